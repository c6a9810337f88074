/**
 * Writes the charset fixtures in fixtures/synthetic/ (committed; rerun to regenerate):
 *   npx tsx test/cli/make-synthetic.ts
 * One small 2017+ finance page, saved in the byte layouts real files come in.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';

const dir = new URL('../../fixtures/synthetic/', import.meta.url);

export const SYNTHETIC_TITLE = '合成测试：编码样例页';
export const SYNTHETIC_PARAGRAPHS = [
  '上海市地方金融监管局表示，数字人民币试点范围继续扩大，银行网点已完成改造。',
  '记者了解到，本次试点覆盖零售、交通和政务缴费等场景，商户反馈总体积极。',
  // U+3400 and U+20000 exist only as four-byte sequences in GB18030 (not in GB2312/GBK).
  '生僻字“㐀”与“𠀀”也应原样保留。',
];

function page(head: string, prefix = ''): string {
  return `${prefix}<!DOCTYPE html>
<html>
<head>
${head}<title>${SYNTHETIC_TITLE}_新浪财经_新浪网</title>
</head>
<body>
<div class="main-content w1240">
<h1 class="main-title">${SYNTHETIC_TITLE}</h1>
<div class="top-bar-inner"><div class="date-source"><span class="date">2021年08月24日 15:57</span><a href="https://finance.sina.com.cn/" class="source">新浪财经</a></div></div>
<div class="article" id="artibody">
${SYNTHETIC_PARAGRAPHS.map((p) => `<p>　　${p}</p>`).join('\n')}
<p class="article-editor">责任编辑：王编辑</p>
</div>
</div>
</body>
</html>
`;
}

const gb = (s: string): Buffer => iconv.encode(s, 'gb18030');
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const GB18030_BOM = Buffer.from([0x84, 0x31, 0x95, 0x33]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const META_GB = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n';
const META_UTF8 = '<meta charset="utf-8">\n';
const LONG_COMMENT = `<!-- ${'x'.repeat(1500)} -->\n`;
const WRAPPER_URL = 'https://finance.sina.com.cn/roll/2021-08-24/doc-ikqcfncc4687342.shtml';

export const SYNTHETIC: Record<string, { bytes: Buffer; note: string }> = {
  'synthetic-gbk-bom.html': {
    bytes: Buffer.concat([GB18030_BOM, gb(page(''))]),
    note: 'GB18030 bytes starting with the GB18030 byte-order mark (84 31 95 33), no declaration',
  },
  'synthetic-utf8-bom-meta-gb2312.html': {
    bytes: Buffer.concat([UTF8_BOM, utf8(page(META_GB))]),
    note: 'UTF-8 with a UTF-8 BOM whose <meta> still says gb2312 (the BOM wins)',
  },
  'synthetic-utf8-declared-gb2312.html': {
    bytes: utf8(page(META_GB)),
    note: 'UTF-8 bytes, no BOM, <meta http-equiv> says gb2312 (a re-saved page): wrong declaration',
  },
  'synthetic-gbk-declared-utf8.html': {
    bytes: gb(page(META_UTF8)),
    note: 'GB18030 bytes whose <meta charset> says utf-8: wrong declaration',
  },
  'synthetic-gbk-undeclared.html': {
    bytes: gb(page('')),
    note: 'GB18030 bytes, no BOM and no declaration: detected because they are not UTF-8',
  },
  'synthetic-gbk-late-meta.html': {
    bytes: gb(page(META_GB, LONG_COMMENT)),
    note: 'GB18030 bytes whose <meta> comes after the first 1024 bytes (outside the HTML prescan)',
  },
  'synthetic-gbk-wrapper.html': {
    bytes: gb(
      `<text id="${WRAPPER_URL}" title="${SYNTHETIC_TITLE}_新浪财经_新浪网" encoding="gb2312">\n${page('')}</text>\n`,
    ),
    note: 'GB18030 page inside a data-set <text id=URL encoding="gb2312"> record, no <meta>',
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  // README.md is shared with other synthetic fixtures: only this generator's lines are replaced.
  const readme = new URL('README.md', dir);
  const intro = [
    '# Synthetic fixtures',
    '',
    'Written by this project, not by Sina, for cases the corpus lacks. Regenerate the charset ones',
    'with `npx tsx test/cli/make-synthetic.ts`; they are tested by `test/cli/`.',
    '',
  ];
  const lines = existsSync(readme) ? readFileSync(readme, 'utf8').replace(/\n$/, '').split('\n') : intro;
  let insertAt = intro.length;
  for (const [name, { bytes, note }] of Object.entries(SYNTHETIC)) {
    writeFileSync(new URL(name, dir), bytes);
    const line = `- \`${name}\`: ${note}.`;
    const at = lines.findIndex((l) => l.startsWith(`- \`${name}\``));
    if (at >= 0) {
      lines[at] = line;
      insertAt = at + 1;
    } else {
      lines.splice(insertAt++, 0, line);
    }
  }
  writeFileSync(readme, `${lines.join('\n')}\n`);
}
