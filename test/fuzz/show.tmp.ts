import { generateCase } from '/work/main/test/fuzz/lib/cases.ts';
import { loadCorpus } from '/work/main/test/fuzz/lib/corpus.ts';
for (const i of process.argv.slice(2)) { const c = generateCase(20261122, Number(i), loadCorpus()); console.log(i, c.fixture, c.html.length, c.mutations.join(' + ')); }
