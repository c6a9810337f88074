import { readFileSync } from 'node:fs';
import { extract } from '../src/engine/extract';
import { META_LINES } from '../src/rules';
const a = extract(readFileSync(process.argv[2]!, 'utf8'));
console.log(META_LINES.map(r=>r.pattern.source));
console.log(a.text.split('\n\n').filter((t) => /关键/.test(t) || /绿屏问题严重/.test(t)));
