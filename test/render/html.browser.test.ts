/**
 * The HTML's CSP as a real browser applies it (Debian's Chromium, headless): the policy parses
 * without complaint, the style sheet passes by its hash, a Sina picture loads, and markup that
 * somehow got into the document (a script, a foreign picture, a frame, a form) is refused without a
 * single request leaving for another host. Escaping already keeps such markup out (html.test.ts);
 * this checks the second wall.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html';
import { article } from './helpers';

const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';
const PAGE = 'https://sina-clean.test/article.html';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe.skipIf(!existsSync(CHROMIUM))('renderHtml in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      pipe: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('applies the CSP: Sina picture and style allowed; injected script, picture, frame and form refused', async () => {
    const a = article([
      { type: 'paragraph', text: '正文第一段。' },
      { type: 'image', src: 'https://n.sinaimg.cn/finance/a.png', caption: '新浪图片' },
      { type: 'image', src: 'https://evil.example/never.png', caption: '外站图片' },
    ]);
    const injected = [
      '<script>window.__ran = 1</script>',
      '<img id="x" src="https://evil.example/pixel.png">',
      '<iframe src="https://evil.example/frame"></iframe>',
      '<form action="https://evil.example/post" method="post"><button id="b">go</button></form>',
      '<link rel="stylesheet" href="https://evil.example/x.css">',
    ].join('');
    const html = renderHtml(a).replace('</div>\n</body>', `${injected}</div>\n</body>`);

    const page = await browser.newPage();
    const requests: string[] = [];
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      requests.push(req.url());
      if (req.url() === PAGE) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else if (req.url().startsWith('https://n.sinaimg.cn/')) void req.respond({ status: 200, contentType: 'image/png', body: PNG });
      else void req.abort();
    });
    await page.evaluateOnNewDocument(() => {
      (window as unknown as { __v: string[] }).__v = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __v: string[] }).__v.push(e.effectiveDirective));
    });
    await page.goto(PAGE, { waitUntil: 'load' });
    await page.click('#b').catch(() => undefined);
    await new Promise((r) => setTimeout(r, 300));

    const state = await page.evaluate(() => ({
      ran: (window as unknown as { __ran?: number }).__ran ?? null,
      violations: (window as unknown as { __v: string[] }).__v,
      maxWidth: getComputedStyle(document.body).maxWidth,
      sinaLoaded: (document.querySelector('figure img') as HTMLImageElement | null)?.naturalWidth ?? 0,
      url: location.href,
    }));
    await page.close();

    // (Chromium's own data: pictures for the refused frame's placeholder are not network requests.)
    expect(requests.filter((u) => u !== PAGE && !u.startsWith('data:'))).toEqual(['https://n.sinaimg.cn/finance/a.png']);
    expect(state.ran).toBeNull();
    expect(state.url).toBe(PAGE);
    expect(state.sinaLoaded).toBe(1);
    expect(state.maxWidth).toBe('756px'); // 42em at 18px: the hashed style sheet applied
    expect(new Set(state.violations)).toEqual(new Set(['script-src-elem', 'img-src', 'frame-src', 'form-action', 'style-src-elem']));
    // Chromium reports each refusal; a directive it did not understand would be reported too.
    const csp = console.filter((m) => /Content.Security.Policy/i.test(m));
    expect(csp.length).toBe(5);
    expect(csp.filter((m) => !/has been blocked/.test(m))).toEqual([]);
  }, 60_000);
});
