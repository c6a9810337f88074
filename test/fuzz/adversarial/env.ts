/** The ADV_* knobs shared by the vitest run and `npm run fuzz:adversarial`. */
import type { Plan } from './cases';

export function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
  return n;
}

/** An integer, or `random` for a fresh seed (printed by the report, so the run can be repeated). */
export function envSeed(name: string, fallback: number): number {
  return process.env[name] === 'random' ? Math.floor(Math.random() * 2 ** 31) : envNumber(name, fallback);
}

export function envList(name: string): string[] | undefined {
  const raw = process.env[name];
  return raw ? raw.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
}

/** ADV_PLAN=shape:family:n:seed, as a failure's replay line gives it. */
export function envPlan(): Plan | undefined {
  const raw = process.env.ADV_PLAN;
  if (!raw) return undefined;
  const [shape, family, n, seed] = raw.split(':');
  if (!shape || !family || !n || !seed) throw new Error(`ADV_PLAN must be shape:family:n:seed, got ${JSON.stringify(raw)}`);
  return { shape, family, tier: 0, n: Number(n), seed: Number(seed) };
}
