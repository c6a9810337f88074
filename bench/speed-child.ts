/**
 * One extractor in a process of its own, for the benchmark's timed rounds (bench/measure.ts):
 *   forked by measure() with the extractor id as its argument.
 * It loads the corpus, takes the ids of the inputs to time from the parent, runs the untimed
 * warm-up pass over those and sends back what each
 * input's result scores as; then it runs one input per message from the parent, timed here, and
 * answers with the wall and CPU time of that call. The parent decides the order, so the rounds
 * stay interleaved input by input across the extractors' processes, while each process's
 * garbage, and its collection, is its own.
 */
import { join } from 'node:path';
import { loadCorpus } from './corpus';
import { EXTRACTORS, type Scored } from './extractors';
import { runOnce, warmUp } from './measure';

export type ChildMessage =
  | { type: 'ready' }
  | { type: 'warm'; results: { scored: Scored; error: string | null }[] }
  | { type: 'timed'; k: number; ms: number; cpu: number }
  | { type: 'failed'; error: string };
export type ParentMessage = { type: 'inputs'; ids: string[] } | { type: 'run'; k: number } | { type: 'exit' };

const send = (m: ChildMessage) => process.send!(m);
globalThis.fetch = (() => Promise.reject(new Error('network disabled in the benchmark'))) as typeof fetch;

const id = process.argv[2];
const ex = EXTRACTORS.find((e) => e.id === id);
const corpus = new Map(loadCorpus(join(import.meta.dirname, '..', 'fixtures')).map((i) => [i.id, i]));

if (!ex) {
  send({ type: 'failed', error: `no extractor ${id}` });
  process.exit(1);
}

// The parent names the inputs, in its order (it may time a part of the corpus), once this process
// listens (a message sent before a listener exists would be lost).
const ids = await new Promise<string[]>((resolve) => {
  process.once('message', (m: ParentMessage) => resolve(m.type === 'inputs' ? m.ids : []));
  send({ type: 'ready' });
});
const inputs = ids.map((i) => corpus.get(i)!);
const missing = ids.filter((i) => !corpus.has(i));
if (missing.length) {
  send({ type: 'failed', error: `not in the corpus: ${missing.join(', ')}` });
  process.exit(1);
}

const results = await warmUp(ex, inputs);
send({ type: 'warm', results });

process.on('message', (m: ParentMessage) => {
  if (m.type === 'exit') {
    process.disconnect();
    return;
  }
  if (m.type !== 'run') return;
  void runOnce(ex, inputs[m.k]!).then(({ ms, cpu }) => send({ type: 'timed', k: m.k, ms, cpu }));
});
