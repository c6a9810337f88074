/**
 * Sweeps that repeat one check over every fixture, where the check costs a whole parse of its own
 * (a jsdom document, the extension's parse stage, parse5 fed in pieces) rather than the Article the
 * goldens already read, and seeded generators of many cases. `npm test` and CI run every case;
 * `npm run test:quick` (vitest.quick.config.ts sets SINA_CLEAN_TEST_SAMPLE=1) runs one fixture of
 * each kind, the first of each folder and template (a 2017+ page, a 2012 page, a mobile page, a
 * table layout, a seed post, a fragment...), every hand-made page (each is its own kind), and the
 * first part of each generator's sequence. The golden, truth, corpus and rules tests still read
 * every fixture in the quick run.
 */
import type { Fixture } from './corpus';

/** True in `npm run test:quick`: sweeps run one case of each kind. */
export const SAMPLED = process.env.SINA_CLEAN_TEST_SAMPLE === '1';

/** The items, or in the quick run the first of each kind that `kind` names, in their order. */
export function sweep<T>(items: readonly T[], kind: (item: T) => string): T[] {
  if (!SAMPLED) return [...items];
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = kind(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A fixture's kind: its folder and the template that must claim it. */
export const fixtureKind = (f: Fixture): string => `${f.folder} ${f.template}`;
