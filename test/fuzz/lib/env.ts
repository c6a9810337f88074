/** Reads the FUZZ_* knobs shared by the vitest run and `npm run fuzz`. */
import { DEFAULT_SEED } from './fuzz';

export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
  return n;
}

/** FUZZ_SEED: an integer, or `random` for a fresh seed (printed, so the run can be repeated). */
export function envSeed(): number {
  const raw = process.env.FUZZ_SEED;
  if (raw === 'random') return Math.floor(Math.random() * 2 ** 31);
  return envInt('FUZZ_SEED', DEFAULT_SEED);
}
