/** Multi-step user flows shared by the e2e files. */
import type { Page } from 'puppeteer-core';
import { waitFor, type Harness } from './browsers';
import { clickTestId, waitForReader } from './reader';

/** Waits until the content script has answered and decided whether the page is an article. */
export async function settledState(h: Harness, page: Page, expectRecognised: boolean, timeout = 10_000) {
  let last: Awaited<ReturnType<Harness['state']>> = null;
  try {
    return await waitFor(
      `content script state (expect recognised=${expectRecognised})`,
      async () => {
        last = await h.state(page);
        return last && last.recognised === expectRecognised ? last : null;
      },
      timeout,
    );
  } catch {
    return last;
  }
}

/** Opens popup.html?tabId=N as a tab and waits until it shows an article or says it is none. */
export async function openPopupFor(h: Harness, page: Page): Promise<Page> {
  const tabId = await h.tabIdOf(page);
  const popup = await h.openExtensionPage(`popup.html?tabId=${tabId}`);
  await waitFor('popup to finish loading', () =>
    popup.evaluate(() => {
      const art = document.querySelector('[data-testid=popup-article]');
      const not = document.querySelector('[data-testid=popup-not-article]');
      const shown = (el: Element | null) => !!el && !(el as HTMLElement).hidden;
      return shown(not) || (shown(art) && (document.querySelector('[data-testid=popup-title]')?.textContent ?? '') !== '');
    }),
  );
  return popup;
}

/** The user's path: open the popup for the tab, press 清理, see the reader view. */
export async function cleanViaPopup(h: Harness, page: Page): Promise<void> {
  const popup = await openPopupFor(h, page);
  try {
    await clickTestId(popup, 'btn-clean');
    await waitForReader(page, `${h.name}: after popup btn-clean`);
  } finally {
    if (!popup.isClosed()) await popup.close().catch(() => undefined);
  }
}

/** The same toggle the shortcut and the context menu send, asked of the background directly. */
export async function toggleViaBackground(h: Harness, tabId: number): Promise<unknown> {
  return h.ext((api, id: number) => api.runtime.sendMessage({ type: 'sina-clean:toggle', tabId: id }), tabId);
}

/** Sets an on/off setting through its options page checkbox (the one a user clicks), and waits until it is stored. */
export async function setOption(h: Harness, testid: string, key: string, on: boolean): Promise<void> {
  const opts = await h.openExtensionPage('options.html');
  try {
    const box = `[data-testid=${testid}]`;
    await waitFor(`options control ${testid}`, () => opts.evaluate((sel) => !!document.querySelector(sel), box));
    const now = await opts.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).checked, box);
    if (now !== on) await opts.evaluate((sel) => (document.querySelector(sel) as HTMLElement).click(), box);
    await waitFor(`${key} stored as ${on}`, async () => {
      const local = (await h.ext((api) => api.storage.local.get('settings'))) as { settings?: Record<string, unknown> };
      return (local.settings?.[key] === true) === on;
    });
  } finally {
    await opts.close().catch(() => undefined);
  }
}

/** Sets auto-clean through the options page checkbox. */
export function setAutoClean(h: Harness, on: boolean): Promise<void> {
  return setOption(h, 'opt-autoclean', 'autoClean', on);
}
