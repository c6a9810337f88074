/**
 * A click on the reader toggle as the shortcut and menu send it, timed from the sending extension
 * page to the first frame painted with the reader (the task posted from that frame's
 * requestAnimationFrame): shared by browser-bench.ts and browser-ab.ts.
 */
import type { Page } from 'puppeteer-core';
import type { Timings } from '../../../src/ext/messages';
import { waitFor, type Harness } from './browsers';
import { waitForNoReader } from './reader';

export interface Clicker {
  /** One toggle; `sent.at` receives when it was sent (epoch ms); resolves to when it was painted. */
  clickToPainted(sent?: { at: number }): Promise<number>;
  /** Toggles the reader away again and waits until it is gone. */
  restore(): Promise<void>;
  /** The content script's timings (and `extractRuns` more extractions, timed). */
  timings(extractRuns?: number): Promise<Timings>;
}

export function clicker(h: Harness, page: Page, tabId: number): Clicker {
  return {
    async clickToPainted(sent = { at: 0 }) {
      await page.evaluate('globalThis.__name ??= (f) => f');
      await page.evaluate(() => {
        const w = window as any;
        w.__benchPainted = null;
        const ready = () => !!document.getElementById('sina-clean-host')?.shadowRoot?.querySelector('[data-testid=reader-body]');
        // The reader exists before the frame that shows it: that frame's rAF finds it, the frame
        // paints, and the next task (a message posted from that rAF) marks the time.
        const tick = () => {
          if (!ready()) return requestAnimationFrame(tick);
          const ch = new MessageChannel();
          ch.port1.onmessage = () => (w.__benchPainted = performance.timeOrigin + performance.now());
          ch.port2.postMessage(0);
        };
        requestAnimationFrame(tick);
      });
      const t0 = await h.ext(async (api, id: number) => {
        const start = performance.timeOrigin + performance.now();
        void api.runtime.sendMessage({ type: 'sina-clean:toggle', tabId: id });
        return start;
      }, tabId);
      sent.at = t0;
      return waitFor('reader painted', () => page.evaluate(() => (window as any).__benchPainted as number | null), 15_000);
    },
    async restore() {
      await h.ext((api, id: number) => api.runtime.sendMessage({ type: 'sina-clean:toggle', tabId: id }), tabId);
      await waitForNoReader(page, 'restored');
    },
    timings: (extractRuns = 0) =>
      h.ext((api, id: number, n: number) => api.tabs.sendMessage(id, { type: 'sina-clean:timings', extractRuns: n }), tabId, extractRuns) as Promise<Timings>,
  };
}
