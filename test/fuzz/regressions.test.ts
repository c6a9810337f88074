/**
 * Minimized inputs the fuzzer found, kept as permanent checks (each must now pass the same
 * checks as a fuzz case: a valid Article or a specific ExtractError, no invented text,
 * idempotent, silent). Add new ones from test/fuzz/failures/*.min.html with their replay line.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/article';
import { extract } from '../../src/engine/extract';
import * as verify from '../../src/verify';
import { SAMPLED } from '../support/sweep';
import { checkCase, type Outcome } from './lib/check';
import { EngineRunner } from './lib/pool';
import { silenced } from './lib/silence';

const REGRESSIONS: { name: string; found: string; html: string; url?: string }[] = [
  {
    name: 'a byline counts as near the edge only after promo paragraphs are dropped (idempotence)',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=376',
    html: '元<p>1<p>推<p>文 晓薇<!><div>海量资讯、精准解读，尽在新浪财经APP<p>健<div>韴',
  },
  {
    name: 'text on both sides of a removed QR box is not joined into one paragraph (invented text)',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=390',
    html: 'ƌ<div class="appendQr_wrap">P</div>\u0012',
  },
  {
    name: 'a front matter with an unknown YAML tag prints no warning',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=1499',
    html: '---\n!e\n---\n<!>',
    url: 'http://ent.sina.com.cn/y/2009-11-09/13482762951.shtml',
  },
  {
    name: 'a seed-format title with markup in it is the page\'s own text (not invented)',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=1503',
    html: '---\ntitle: <t>\n---',
    url: 'http://k.sina.com.cn/article_6598441619_1894c3a9300100elpc.html',
  },
  {
    name: 'markup inside a front matter does not swallow the body when looking for invented text',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=1698',
    html: '---\n<g\n---\n情>',
  },
  {
    name: 'a headline repeated twice at the top of the body is dropped the same way on re-extraction',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=2221',
    html: '<meta property="og:title"content=城市有轨电车之困：一边争相上马，一边接连叫停>城市有轨电车之困：一边争相上马，一边接连叫停<div>城市有轨电车之困：一边争相上马，一边接连叫停',
    url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml',
  },
  {
    name: 'a page linkedom parses without a body does not crash Readability',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=1937',
    html: '<l><head><p>最近的一份报价，那么‘魔术师’约翰逊和佩林卡显然希',
    url: 'http://news.sina.cn/gj/2019-09-11/detail-iicezzrq5132048.d.html',
  },
  {
    name: 'words joined across removed live-quote spans are the page\'s own text (not invented)',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=731',
    html: '<a>太<span id=quote_>。<a>中',
  },
  {
    name: 'markup shown as text by an <xmp> stays text through the Readability fallback (not &lt; entities)',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=2090',
    html: '<html><head><title>标题</title></head><body><xmp><meta name="applicable-device" content="pc,mobile"> <meta name="MobileOptimized" content="width"/> 这是一段足够长的文字，让正文提取器认为它是文章的主体部分，因此需要更多的字数才能通过阈值。这是一段足够长的文字，让正文提取器认为它是文章的主体部分。</xmp></body></html>',
    url: 'https://news.sina.com.cn/o/2018-09-28/doc-ihkmwytp7000569.shtml',
  },
  {
    name: 'a video with a link but no title: its own HTML (the address as the link text) gives no title back',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=578',
    html: '><d class="video-2017"><a href=http://">',
  },
  {
    name: 'a picture address with a user name (http:n@…) is no picture: the tool\'s own HTML could not keep it (idempotence)',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=648',
    html: '厚。。<img src=http:n@">',
  },
  {
    name: 'a video poster off Sina\'s picture hosts (//0) is no poster: the tool\'s own HTML could not keep it (idempotence)',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=681',
    html: "><v class=\"video-2017\"><script>videoDatas\tthumbUrl:'//0'",
    url: 'http://sports.sina.com.cn/g/laliga/2019-02-06/doc-ihrfqzka3902493.shtml',
  },
  {
    name: 'a player\'s video title written with a character reference shows the character (not the reference)',
    found: 'FUZZ_SEED=20261122 FUZZ_CASE=2256',
    html: "<div><d class=\"video-2017\"><script>videoDatas\ttitle:'&#125;'",
  },
];

/**
 * The same checks on this thread: the engine this file already loaded, the fuzz worker's case
 * check and its capture of anything printed. `npm run test:quick` runs them so (a fuzz worker
 * compiles the whole engine again on start); `npm test` runs them in the fuzz worker, with its
 * 1 MB stack and its timeout, as the fuzzer ran them.
 */
function inProcess(html: string, url: string | undefined): Outcome {
  const printed: string[] = [];
  const outcome = silenced(printed, () => checkCase(extract, ExtractError, verify, html, url), { oneLine: true });
  if (printed.length && outcome.status !== 'fail') return { status: 'fail', kind: 'engine-output', detail: `${printed.length} write(s); first: ${printed[0]}` };
  return outcome;
}

describe('fuzz regressions', () => {
  const runner = SAMPLED ? null : new EngineRunner();
  afterAll(async () => {
    await runner?.close();
  });

  it.each(REGRESSIONS)('$name ($found)', async ({ html, url }) => {
    const outcome = runner ? (await runner.run({ type: 'html', html, ...(url ? { url } : {}) }, 10_000)).outcome : inProcess(html, url);
    expect(outcome.status === 'fail' ? `${outcome.kind}: ${outcome.detail}` : 'ok').toBe('ok');
  });
});
