/**
 * Issue 5, restore and lifecycle: clean twice and restore once, the page's own handlers after a
 * restore, twenty tabs cleaned at once, and the extension reloaded under an open page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitFor, type BrowserName, type Harness } from '../harness/browsers';
import { MANY_TABS, manyTabsUrl, page as servedPage } from '../harness/catalog';
import { cleanViaPopup, openPopupFor, settledState, toggleViaBackground } from '../harness/flows';
import {
  clickReaderButton,
  firstDifference,
  pageState,
  readerPresent,
  readerSnapshot,
  readerToast,
  waitForNoReader,
  waitForReader,
} from '../harness/reader';
import { siteAndBrowser } from '../harness/suite';

const LIFECYCLE = servedPage('synthetic-lifecycle');

/** Errors a page reports: uncaught exceptions and console errors (ours would show up here). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${String((e as Error)?.message ?? e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}

/** Network noise from the fixture's own blocked resources is not an error of ours. */
const isOurs = (e: string) => !/Failed to load resource|net::ERR_|status of 40[34]/.test(e);

export function lifecycleSuite(name: BrowserName): void {
  describe(`${name} lifecycle`, () => {
  let h: Harness;
  siteAndBrowser(name, (env) => (h = env.h));

  test('clean twice, restore once: the original page, its handlers still working', async () => {
    const page = await h.open(LIFECYCLE.url);
    await settledState(h, page, true);
    const clicks = () =>
      page.evaluate(() => ({
        count: (window as any).__pageClicks as number,
        shown: document.getElementById('page-own-count')?.textContent,
      }));
    await page.click('#page-own-button');
    expect(await clicks(), 'page handler before cleaning').toEqual({ count: 1, shown: '1' });
    await page.evaluate(() => window.scrollTo(0, 400));
    const before = await pageState(page);

    // Two clean requests in a row: a double click in the popup, then the popup asked again.
    const popup = await openPopupFor(h, page);
    await popup.evaluate(() => {
      const b = document.querySelector<HTMLElement>('[data-testid=btn-clean]')!;
      b.click();
      b.click();
    });
    await waitForReader(page, 'first clean');
    await popup.close();
    await cleanAgain(page);
    expect(await readerPresent(page), 'reader still shown after the second clean').toBe(true);

    await clickReaderButton(page, 'btn-restore');
    await waitForNoReader(page, 'restore once');
    const after = await pageState(page);
    expect(after.html === before.html, `outerHTML after clean, clean, restore: ${firstDifference(before.html, after.html)}`).toBe(true);
    expect(after.scrollY, 'scroll position').toBe(before.scrollY);
    await page.click('#page-own-button');
    expect(await clicks(), 'page handler after restore').toEqual({ count: 2, shown: '2' });
    await page.close();
  });

  /** A second clean request while the reader is shown, through the popup like the first. */
  async function cleanAgain(page: Page) {
    const popup = await openPopupFor(h, page);
    const clicked = await popup.evaluate(() => {
      const b = document.querySelector<HTMLElement>('[data-testid=btn-clean]');
      if (!b || b.hidden) return false;
      b.click();
      return true;
    });
    if (clicked) {
      // The popup answers a clean with its toast (and may close itself): the tab has answered then.
      await waitFor('the popup\'s answer to the second clean', async () =>
        popup.isClosed() || (await popup.evaluate(() => (document.querySelector('[data-testid=popup-toast]')?.textContent ?? '') !== '').catch(() => true)),
      );
    } else {
      // When the popup offers only "restore" on a cleaned tab, ask the content script directly.
      const tabId = await h.tabIdOf(page);
      const r = await h.ext((api, id: number) => api.tabs.sendMessage(id, { type: 'sina-clean:clean' }), tabId);
      expect(r, 'a second clean request on a cleaned tab').toEqual(expect.objectContaining({ ok: true, cleaned: true }));
    }
    await popup.close().catch(() => undefined);
  }

  test(`${MANY_TABS} tabs cleaned at once each show their own article`, async () => {
    // Opened five at a time: quicker than one by one, gentle on a two-core machine.
    const pages: Page[] = [];
    for (let i = 0; i < MANY_TABS; i += 5) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(5, MANY_TABS - i) }, (_, k) => h.open(manyTabsUrl(i + k))),
      );
      pages.push(...batch);
    }
    const ids: number[] = [];
    for (const p of pages) ids.push(await h.tabIdOf(p));
    await waitFor(
      `${MANY_TABS} tabs recognised`,
      () =>
        h.ext(async (api, tabIds: number[]) => {
          const states = await Promise.all(
            tabIds.map((id) => api.tabs.sendMessage(id, { type: 'sina-clean:state' }).catch(() => null)),
          );
          return states.every((s: any) => s?.recognised);
        }, ids),
      45_000,
    );
    // All toggles sent together, as fast as the background will take them. Each answers once its
    // tab has cleaned (or says why not), so a tab that does not show its reader is named with why.
    const results = await h.ext(
      (api, tabIds: number[]) =>
        Promise.all(tabIds.map((id) => api.runtime.sendMessage({ type: 'sina-clean:toggle', tabId: id }))),
      ids,
    );
    // The tab's time budget is wall time (1.5 s): twenty extractions at once on a loaded two-core
    // machine can run an ordinary page past it, and that tab says so ("timeout"; CI saw it as a
    // tab without its reader). Such a tab is not lost: asked again on its own, it cleans (the
    // refusal for time is not remembered). Any other answer is a toggle lost or misrouted.
    const answers = results as any[];
    const timedOut = answers.flatMap((r, i) => (!r?.ok && r?.reason === 'timeout' ? [i] : []));
    for (const i of timedOut) answers[i] = await toggleViaBackground(h, ids[i]!);
    if (timedOut.length) console.info(`[${name}] ${timedOut.length} of ${MANY_TABS} tabs ran past their time budget at once and cleaned when asked again: ${timedOut.join(', ')}`);
    const refused = answers
      .map((r, i) => [String(i).padStart(4, '0'), r] as const)
      .filter(([, r]) => !(r?.ok && r?.cleaned))
      .map(([n, r]) => `tab ${n}: ${JSON.stringify(r)}`);
    expect(refused, 'toggles that did not clean their tab').toEqual([]);
    // Every toggle answered "cleaned", so each reader is in its page now; a tab without one is
    // named with what its content script says of itself and whether the page was loaded again.
    const missing: string[] = [];
    for (let i = 0; i < MANY_TABS; i++) {
      if (await readerPresent(pages[i]!).catch(() => false)) continue;
      const state = await h
        .ext((api, id: number) => api.tabs.sendMessage(id, { type: 'sina-clean:state' }).catch((e: Error) => String(e)), ids[i]!)
        .catch((e: Error) => String(e));
      const nav = await pages[i]!.evaluate(() => performance.getEntriesByType('navigation').map((e) => (e as PerformanceNavigationTiming).type)).catch((e: Error) => String(e));
      missing.push(`tab ${String(i).padStart(4, '0')}: state ${JSON.stringify(state)}, navigation ${JSON.stringify(nav)}, url ${pages[i]!.url()}`);
    }
    expect(missing, 'tabs whose toggle answered "cleaned" but show no reader').toEqual([]);
    // Each reader is in its page (checked just above): what it shows is read from the DOM, with no
    // wait for a painted frame (a tab in the background gets none; 20 such waits cost 20 s).
    const wrong: string[] = [];
    for (let i = 0; i < MANY_TABS; i++) {
      const n = String(i).padStart(4, '0');
      const seen = await readerSnapshot(pages[i]!);
      const want = `合成多标签测试文章${n}号：第${n}篇独立文章`;
      if (seen.title !== want) wrong.push(`tab ${n}: title ${JSON.stringify(seen.title)}`);
      if (!seen.blocks.some((b) => b.includes(`这是第${n}篇合成文章的第一段`))) wrong.push(`tab ${n}: body ${JSON.stringify(seen.blocks.slice(0, 2))}`);
    }
    expect(wrong, 'tabs showing another tab\'s article (or none)').toEqual([]);
    for (const p of pages) await p.close();
    // Twenty pages opened, found, cleaned and read: about 30 s on an idle two-core machine, and
    // several times that on a loaded one (the default 60 s is one page's bound).
  }, 240_000);

  test('extension updated (reinstalled) under an open page: no errors in the page, works after a page reload', async () => {
    const page = await h.open(servedPage('synthetic-lifecycle').url);
    const errors = collectErrors(page);
    await settledState(h, page, true);
    await cleanViaPopup(h, page);

    // The extension is installed again from its build directory: an update under the open page.
    await h.reinstall();
    await waitFor(
      'extension back after the update',
      async () => {
        const p = await h.openExtensionPage('options.html');
        await p.close();
        return true;
      },
      20_000,
    );
    // The orphaned reader on the open page: its buttons must not throw into the page.
    // The copy is asynchronous (its chunk is loaded, the clipboard written): the reader answers it
    // with a toast, 复制失败 here; errors it threw would be in the page by then. (Bounded: a copy
    // that throws before its toast leaves none, and the errors below say why.)
    await clickReaderButton(page, 'btn-copy-text').catch(() => undefined);
    await waitFor('the orphaned reader\'s answer to the copy', async () => (await readerToast(page)) !== '', 10_000).catch(() => undefined);
    await clickReaderButton(page, 'btn-restore').catch(() => undefined);
    expect(errors.filter(isOurs), 'errors thrown into the page after the extension reloaded').toEqual([]);
    expect(
      await page.evaluate(() => (document.getElementById('page-own-button') ? 'page intact' : 'page broken')),
    ).toBe('page intact');

    await page.reload({ waitUntil: 'load' });
    await settledState(h, page, true);
    await cleanViaPopup(h, page);
    expect((await readerSnapshot(page)).title).toBe('合成测试公司一季度营收同比增长12%');
    expect(errors.filter(isOurs), 'errors in the page after reload and clean').toEqual([]);
    await page.close();
  });
});
}
