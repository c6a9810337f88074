/**
 * Which cases a run makes: every shape in every page family at its small size (the sweep), every
 * shape at its growing sizes in one family after another, then random (shape, family, size)
 * combinations. A case is a plan (a few names and numbers); its HTML is built where it runs, in
 * the worker, so large inputs are never copied between threads.
 */
import { caseSeed, mulberry32 } from '../lib/prng';
import { ANCHORS, FAMILIES, bodyOf, familyById, type Family } from './families';
import { SHAPES, shapeById, type Piece, type Shape } from './shapes';

export interface Plan {
  shape: string;
  family: string;
  /** Index into the shape's sizes. */
  tier: number;
  n: number;
  /** Seed of the case's own PRNG. */
  seed: number;
}

export interface BuiltCase {
  plan: Plan;
  html: string;
  url: string | undefined;
  piece: Piece;
  family: Family;
  /** Anchor paragraphs a reader sees (the one after the piece unless the piece swallows it). */
  anchors: string[];
}

const familiesOf = (s: Shape): Family[] => FAMILIES.filter((f) => !s.families || s.families.includes(f.id));

/** The plans of a run: seed, how many random cases, the largest size tier to use. */
export function makePlans(seed: number, opts: { random: number; maxTier: number; randomMaxTier?: number; only?: string[] }): Plan[] {
  const shapes = SHAPES.filter((s) => !opts.only || opts.only.some((o) => s.id === o || s.id.startsWith(`${o}.`) || s.group === o));
  const plans: Plan[] = [];
  const add = (shape: Shape, family: Family, tier: number) => {
    plans.push({ shape: shape.id, family: family.id, tier, n: shape.sizes[tier]!, seed: caseSeed(seed, plans.length) });
  };
  // The sweep: every shape in every family it fits, at the small size.
  for (const s of shapes) for (const f of familiesOf(s)) add(s, f, 0);
  // Growing sizes, each in a different family (rotating, so every family meets big inputs).
  shapes.forEach((s, i) => {
    const fams = familiesOf(s);
    for (let t = 1; t <= Math.min(opts.maxTier, s.sizes.length - 1); t++) add(s, fams[(i + t) % fams.length]!, t);
  });
  // Random combinations.
  const rng = mulberry32(seed);
  for (let k = 0; k < opts.random && shapes.length; k++) {
    const s = rng.pick(shapes);
    const tier = rng.int(Math.min(opts.randomMaxTier ?? opts.maxTier, s.sizes.length - 1) + 1);
    add(s, rng.pick(familiesOf(s)), tier);
  }
  return plans;
}

/** Builds a plan's page (deterministic: the same plan gives the same bytes). */
export function buildCase(plan: Plan): BuiltCase {
  const shape = shapeById(plan.shape);
  const family = familyById(plan.family);
  const piece = shape.build(plan.n, { rng: mulberry32(plan.seed), title: family.title || '无标题的页面', family: family.id });
  const html = family.page(bodyOf(piece), piece);
  const anchors = piece.swallowsRest ? [ANCHORS[0], ANCHORS[1]] : [...ANCHORS];
  return { plan, html, url: family.url, piece, family, anchors };
}

/** One line naming a plan, for reports and replay. */
export function describePlan(p: Plan): string {
  return `${p.shape} × ${p.family} n=${p.n.toLocaleString('en-US')} (tier ${p.tier}, seed ${p.seed})`;
}
