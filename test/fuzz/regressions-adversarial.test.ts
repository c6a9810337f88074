/**
 * What the adversarial generator and hand-made attacks found, kept as permanent checks: every
 * `fixtures/adversarial/*.json` is a synthetic page (parts, each repeated, built in the worker) with
 * what it must give, run through the adversarial checks (time budget plus margin, heap bound, the
 * Article's content and every invariant). Each file says how it was found; a new finding is a new file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './lib/corpus';
import type { Recipe } from './adversarial/protocol';
import { DEFAULT_BOUNDS, killBound } from './adversarial/run';
import { AdversarialRunner } from './adversarial/runner';

const DIR = join(ROOT, 'fixtures/adversarial');
const recipes: Recipe[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Recipe);

describe('adversarial regressions (fixtures/adversarial)', () => {
  const runner = new AdversarialRunner();
  afterAll(async () => {
    await runner.close();
  });

  it('every fixture is synthetic and says how it was found', () => {
    expect(recipes.length).toBeGreaterThan(0);
    for (const r of recipes) {
      expect(r.name).toMatch(/^synthetic-/);
      expect(r.found.length).toBeGreaterThan(20);
      expect(r.parts.length).toBeGreaterThan(0);
    }
  });

  const kill = (r: Recipe) => killBound({ ...DEFAULT_BOUNDS, budgetMs: r.budgetMs ?? DEFAULT_BOUNDS.budgetMs });
  it.each(recipes.map((r) => [r.name, r] as const))('%s', async (_name, recipe) => {
    const r = await runner.run({ type: 'recipe', recipe, bounds: DEFAULT_BOUNDS }, kill(recipe));
    const o = r.outcome;
    expect(o.status === 'fail' ? `${o.kind}: ${o.detail}` : 'ok', recipe.found).toBe('ok');
    // The outcome the fixture names: the error past a bound, or an Article.
    if (recipe.expect.mustRefuse) expect(o).toMatchObject({ status: 'extract-error' });
    else if (!recipe.expect.refusals?.length) expect(o).toMatchObject({ status: 'article' });
  }, Math.max(...recipes.map(kill)) + 10_000);
});
