import { generateCase } from './lib/cases';
import { loadCorpus } from './lib/corpus';
import { extract } from '../../src/engine/extract';
const c = generateCase(20261122, Number(process.argv[2] ?? 638), loadCorpus());
const t = performance.now();
try { const a = extract(c.html, c.url ? { url: c.url } : {}); console.log('article', a.blocks.length); } catch (e) { console.log('err', String(e).slice(0, 200)); }
console.log('ms', performance.now() - t);
