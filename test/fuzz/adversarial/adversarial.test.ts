/**
 * The CI-size adversarial run: every shape in every page family at its small size, every shape at
 * its next two sizes (one family after another), and random combinations, with a fixed seed.
 * Larger runs on demand: `ADV_SEED=random ADV_TIER=3 ADV_CASES=2000 npm run fuzz:adversarial`.
 * A failing case is minimised (its size, then its markup when the failure does not depend on it)
 * into test/fuzz/adversarial/failures/ with its replay line; once understood it becomes a fixture
 * in fixtures/adversarial/ (test/fuzz/regressions-adversarial.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { pageText } from '../../../src/verify';
import { buildCase, makePlans } from './cases';
import { compact } from './check';
import { envNumber, envSeed } from './env';
import { DEFAULT_BOUNDS, DEFAULT_SEED, FAILURES_DIR, formatReport, killBound, runAdversarial } from './run';
import { SHAPES } from './shapes';
import { FAMILIES } from './families';

const seed = envSeed('ADV_SEED', DEFAULT_SEED);
/** CI size: sizes up to the third of each shape, and this many random cases (of the first two sizes) after them. */
const maxTier = envNumber('ADV_TIER', 2);
const random = envNumber('ADV_CASES', 40);
const randomMaxTier = Math.min(maxTier, 1);
const bounds = { ...DEFAULT_BOUNDS, budgetMs: envNumber('ADV_BUDGET_MS', DEFAULT_BOUNDS.budgetMs), marginMs: envNumber('ADV_MARGIN_MS', DEFAULT_BOUNDS.marginMs) };
const cases = makePlans(seed, { random, maxTier, randomMaxTier }).length;

describe('adversarial generator', () => {
  it('builds every shape in every family it fits, deterministically', () => {
    const plans = makePlans(seed, { random: 10, maxTier });
    expect(makePlans(seed, { random: 10, maxTier })).toEqual(plans);
    for (const s of SHAPES) {
      const fams = new Set(plans.filter((p) => p.shape === s.id && p.tier === 0).map((p) => p.family));
      expect(fams.size, s.id).toBe(s.families?.length ?? FAMILIES.length);
      expect(s.sizes.every((n, i) => i === 0 || n > s.sizes[i - 1]!), `${s.id} sizes grow`).toBe(true);
    }
  });

  it('says what a reader sees: every visible text of a small case is on the page as parsed', () => {
    // The page's selectable text (src/verify.ts: parse5, then the strip stage) must hold what the
    // shape calls visible, or the generator, not the engine, would be wrong.
    for (const plan of makePlans(seed, { random: 0, maxTier: 0 })) {
      const c = buildCase(plan);
      const page = compact(pageText(c.html));
      for (const v of [...c.anchors, ...(c.piece.visible ?? [])]) expect(page, `${plan.shape} × ${plan.family}: ${v}`).toContain(compact(v));
    }
  });

  it(
    `${cases} cases, seed ${seed}: an Article or a specific error within ${bounds.budgetMs} ms + ${bounds.marginMs} ms, bounded heap, every promise kept`,
    async () => {
      const report = await runAdversarial({ seed, random, maxTier, randomMaxTier, bounds, failuresDir: FAILURES_DIR, minimizeMs: envNumber('ADV_MINIMIZE_MS', 20_000) });
      const text = formatReport(report);
      console.log(text);
      expect(report.failures.length, text).toBe(0);
    },
    // The whole run is bounded by its cases' kill bounds; this only stops a runaway harness.
    cases * killBound(bounds) + 120_000,
  );
});
