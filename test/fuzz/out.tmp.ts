import { generateCase } from './lib/cases';
import { loadCorpus } from './lib/corpus';
import { extract } from '../../src/engine/extract';
const corpus = loadCorpus();
const orig = process.stdout.write.bind(process.stdout);
let current = -1; const hits = new Map<string, number[]>();
const origLog = console.log;
for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) (console as any)[m] = (...a: unknown[]) => { const st = (new Error().stack ?? '').split('\n').slice(2, 7).join(' | '); const k = m + ' ' + st; hits.set(k, [...(hits.get(k) ?? []), current]); };
for (let i = 0; i < 2000; i++) {
  const c = generateCase(20261122, i, corpus);
  if (c.mutations.some((m) => m.startsWith('deepNest'))) continue;
  current = i;
  try { extract(c.html, c.url ? { url: c.url } : {}); } catch {}
}
for (const [k, v] of hits) origLog(v.length, v.slice(0, 5), k.slice(0, 600));
