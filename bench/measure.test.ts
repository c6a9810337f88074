import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadGold, type Gold } from './corpus';
import { readabilityLinkedom, sinaClean } from './extractors';
import { measure } from './measure';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
// A few inputs of each folder, not in corpus order: the timing processes must time the inputs the
// parent names, in its order.
const corpus = loadCorpus(fixtures);
const inputs = (['fragments', 'seed-format', 'pages'] as const).flatMap((f) => corpus.filter((i) => i.folder === f).slice(0, 2)).reverse();
const golds = new Map<string, Gold>();
for (const i of inputs) {
  const g = loadGold(fixtures, i);
  if (g) golds.set(i.id, g);
}
const run = (method: 'processes' | 'shared') => measure([sinaClean, readabilityLinkedom], inputs, golds, ['扫二维码'], 2, new Map(), () => {}, method);

describe('the timed rounds', () => {
  it('time each extractor in a process of its own with the same scores as in this process', async () => {
    const [apart, shared] = [await run('processes'), await run('shared')];
    for (const id of [sinaClean.id, readabilityLinkedom.id]) {
      expect(apart.scores[id]).toEqual(shared.scores[id]);
      expect(apart.scores[id]!.map((s) => s.id)).toEqual(inputs.map((i) => i.id));
      for (const r of [apart, shared]) {
        const speed = r.speed[id]!;
        expect(Object.keys(speed.perPageMs)).toEqual(inputs.map((i) => i.id));
        for (const i of inputs) {
          expect(speed.perPageMs[i.id]).toBeGreaterThan(0);
          expect(speed.perPageCpuMs![i.id]).toBeGreaterThanOrEqual(0);
        }
      }
    }
    // sina-clean's own scores on its reviewed goldens: a wrong input order would break them.
    for (const s of apart.scores[sinaClean.id]!) if (s.prf) expect(s.prf.f1).toBe(1);
  }, 120_000);
});
