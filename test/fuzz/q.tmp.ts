import { load } from 'cheerio';
import { selectAll } from 'css-select';
for (const n of [5000, 20000, 40000]) {
  const $ = load(`<div id=b>${'<p>x</p>'.repeat(n)}</div>`);
  const body = $('#b').get(0)!;
  let t = performance.now(); const a = $(body).find('span[id*="stock_"], a[href]').length; const t1 = performance.now() - t;
  t = performance.now(); const b = selectAll('span[id*="stock_"], a[href]', body).length; const t2 = performance.now() - t;
  console.log(n, 'cheerio find', t1.toFixed(0), 'ms; css-select selectAll(el)', t2.toFixed(1), 'ms', a, b);
}
