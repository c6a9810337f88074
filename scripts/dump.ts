// Developer aid: prints what the engine makes of fixture files (used when reviewing goldens).
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { extract } from '../src/engine/extract';

for (const f of process.argv.slice(2)) {
  const buf = readFileSync(f);
  const utf = buf.toString('utf8');
  const html = utf.includes('\uFFFD') ? iconv.decode(buf, 'gb18030') : utf;
  try {
    const a = extract(html);
    const { markdown, blocks, text, ...rest } = a;
    void markdown; void blocks;
    console.log(`==== ${f}`);
    console.log(JSON.stringify({ ...rest, images: rest.images.length }, null, 0));
    console.log(text);
  } catch (e) {
    console.log(`==== ${f} ERROR ${(e as Error).message}`);
  }
}
