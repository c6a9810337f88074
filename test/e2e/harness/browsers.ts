/**
 * Launch Debian's Chromium or Firefox ESR headless with the built extension loaded, pointed at
 * the local Sina stand-in through the e2e proxy, and give tests one small API for both.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './catalog';
import type { SinaSite } from './server';

export type BrowserName = 'chromium' | 'firefox';
/** Browsers this test process drives: E2E_BROWSERS=chromium,firefox (the e2e config sets one per project). */
export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((b) => b.trim())
  .filter((b): b is BrowserName => b === 'chromium' || b === 'firefox');

const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';
const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** The built extension directory for a browser, or a clear error telling how to build it. */
export function extensionDir(name: BrowserName): string {
  const override = process.env[name === 'chromium' ? 'E2E_EXT_CHROMIUM' : 'E2E_EXT_FIREFOX'];
  if (override) return path.resolve(override);
  const candidates =
    name === 'chromium' ? ['.output/chrome-mv3'] : ['.output/firefox-mv2', '.output/firefox-mv3'];
  for (const c of candidates) {
    const dir = path.join(ROOT, c);
    if (existsSync(path.join(dir, 'manifest.json'))) return dir;
  }
  throw new Error(`no built extension for ${name} (looked for ${candidates.join(', ')}); run \`npm run build\` first`);
}

export function manifestOf(name: BrowserName): Record<string, any> {
  return JSON.parse(readFileSync(path.join(extensionDir(name), 'manifest.json'), 'utf8'));
}

/** Chromium's id for an unpacked extension: sha256 of its real path, first 32 hex digits mapped to a-p. */
export function chromiumExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface Harness {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  extBase: string;
  /** Open a URL in a new tab and wait for it to load. */
  open(url: string): Promise<Page>;
  /** Open an extension page (e.g. `popup.html?tabId=3`) in a new tab, loaded and scriptable. */
  openExtensionPage(rel: string): Promise<Page>;
  /** Run a function in an extension page with `api` = browser/chrome extension API. */
  ext<T, A extends unknown[]>(fn: (api: any, ...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** The extension tab id for a page opened with `open`. */
  tabIdOf(page: Page): Promise<number>;
  /** Installs the built extension again over the running one (an update while pages stay open). */
  reinstall(): Promise<void>;
  /**
   * Chromium only: fires the extension's own chrome.commands.onCommand / contextMenus.onClicked
   * listeners in its service worker for a tab (headless browsers route no key chords or native
   * menus to extensions). Returns false where this is not possible (Firefox).
   */
  fireBackgroundEvent(kind: 'command' | 'menu', id: string, tabId: number): Promise<boolean>;
  /** Ask the content script for its state, as the popup does. */
  state(page: Page): Promise<{ recognised: boolean; cleaned: boolean } | null>;
  /**
   * Closes every tab but the one the browser started with and the extension page `ext` runs in:
   * what a test left open (a failed test skips its own closing, and the extension opens tabs of
   * its own, e.g. the library) is gone before the next test.
   */
  closeTabs(): Promise<void>;
  close(): Promise<void>;
}

function firefoxPrefs(site: SinaSite, uuid: string, geckoId: string): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': site.proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': site.proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    // Firefox's own background requests (remote settings, studies, region lookup) would reach the
    // proxy and read as requests the extension made; Mozilla's test harnesses turn them off so.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'app.normandy.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    'dom.events.asyncClipboard.readText': true,
    'dom.events.testing.asyncClipboard': true,
    'ui.systemUsesDarkTheme': 0,
    // Timings to the microsecond (Firefox rounds performance.now() to 1 ms by default).
    'privacy.reduceTimerPrecision': false,
  };
}

async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}
export { waitFor };

export async function launch(name: BrowserName, site: SinaSite): Promise<Harness> {
  const dir = extensionDir(name);
  const profile = mkdtempSync(path.join(os.tmpdir(), `sina-e2e-${name}-`));
  let browser: Browser;
  let extBase: string;
  if (name === 'chromium') {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_BIN,
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: profile,
      // Extensions are installed over the pipe (CDP Extensions.loadUnpacked): the same call
      // later simulates an update of the extension under open pages.
      pipe: true,
      enableExtensions: true,
      defaultViewport: { width: 1280, height: 900 },
      // The UI language a Chinese user's browser has (Chromium on Linux takes it from the
      // environment; it needs Debian's chromium-l10n, else it stays en-US).
      env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        `--proxy-server=127.0.0.1:${site.proxyPort}`,
        '--proxy-bypass-list=<-loopback>',
        '--lang=zh-CN',
        // Measures only (browser-profile.ts): e.g. --js-flags=--runtime-call-stats.
        ...(process.env.E2E_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean),
      ],
    });
    const id = await browser.installExtension(dir);
    if (id !== chromiumExtensionId(dir)) throw new Error(`extension id ${id}, expected ${chromiumExtensionId(dir)}`);
    extBase = `chrome-extension://${id}/`;
  } else {
    const manifest = manifestOf('firefox');
    const geckoId: string =
      manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id ?? 'sina-clean@sina-clean.app';
    const uuid = randomUUID();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_BIN,
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 900 },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: firefoxPrefs(site, uuid, geckoId),
      // Release and ESR builds ignore `services.settings.server` (the Remote Settings address)
      // unless this is set: Firefox then fetched firefox.settings.services.mozilla.com mid-test.
      // (150 s after a start without it: requests at 0, 1 and 25 s; with it: none.)
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    });
    await browser.installExtension(dir);
    extBase = `moz-extension://${uuid}/`;
  }

  let helper: Page | null = null;
  // The tab the browser opened at launch: kept, so that closing the others never closes the last window.
  const [startTab] = await browser.pages();

  const openExtensionPage = async (rel: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = extBase + rel;
    if (name === 'chromium') {
      await waitFor(`extension page ${rel}`, async () => {
        await page.goto(url, { waitUntil: 'load', timeout: 5_000 });
        return page.evaluate(() => document.readyState === 'complete' && location.protocol === 'chrome-extension:');
      });
    } else {
      // Over BiDi, goto on moz-extension: may never resolve: start it and poll the document.
      page.goto(url).catch(() => undefined);
      await waitFor(`extension page ${rel}`, () =>
        page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete'),
      );
    }
    return page;
  };

  const ext: Harness['ext'] = async (fn, ...args) => {
    // Functions are serialised: `api` is resolved inside the extension page.
    // (`__name`: the helper esbuild's keepNames (tsx) puts into serialised functions.)
    const source = `globalThis.__name ??= (f) => f; (${fn.toString()})(globalThis.browser ?? globalThis.chrome, ...${JSON.stringify(args)})`;
    for (let attempt = 0; ; attempt++) {
      if (!helper || helper.isClosed()) helper = await openExtensionPage('options.html');
      try {
        return (await helper.evaluate(source)) as any;
      } catch (e) {
        // The helper page goes away when the extension reloads; open a new one once.
        const gone = /closed|detached|destroyed|No target|context|Navigat/i.test(String(e));
        if (!gone || attempt > 0) throw e;
        await helper.close().catch(() => undefined);
        helper = null;
      }
    }
  };

  const open = async (url: string): Promise<Page> => {
    const page = await browser.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    } catch (err) {
      // Firefox's BiDi navigate can report an error from a subframe (e.g. a beacon iframe the
      // local server answers with 404) although the page itself loaded: check the page.
      const loaded = await waitFor(`page ${url} loaded`, () =>
        page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
      ).catch(() => false);
      if (!loaded) throw err;
    }
    return page;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    // Tab URLs are visible only with host access to them; otherwise the tab is found as the
    // active one after bringing its page to the front.
    const found = await ext(async (api, u: string) => {
      const hits = (await api.tabs.query({})).filter((t: any) => t.url === u);
      return hits.length === 1 ? (hits[0].id as number) : -1;
    }, url);
    if (found >= 0) return found;
    // (Chromium: the extension has no host permissions, so tab URLs are hidden from it.) The page
    // is the active tab once it is visible: the browser activates the tab before it shows the page,
    // so the active tab read after that is this page's, not the one in front a moment before. It is
    // taken only if the page is still in front after the read (no other page came forward meanwhile).
    const visible = () => page.evaluate(() => document.visibilityState === 'visible');
    return waitFor(`active tab for ${url}`, async () => {
      await page.bringToFront();
      await waitFor(`${url} in front`, visible, 5_000);
      const tabs = await ext(async (api) => (await api.tabs.query({ active: true, lastFocusedWindow: true })).map((t: any) => t.id as number));
      return tabs.length === 1 && (await visible()) ? tabs[0]! : null;
    });
  };

  const state: Harness['state'] = async (page) => {
    const tabId = await tabIdOf(page);
    return ext(
      (api, id: number) =>
        api.tabs.sendMessage(id, { type: 'sina-clean:state' }).then(
          (r: any) => r ?? null,
          () => null,
        ),
      tabId,
    );
  };

  return {
    name,
    browser,
    extBase,
    open,
    openExtensionPage,
    ext,
    tabIdOf,
    state,
    async fireBackgroundEvent(kind, id, tabId) {
      if (name !== 'chromium') return false;
      // Wake the service worker (it stops when idle), then find it.
      await ext((api) => api.runtime.sendMessage({ type: 'e2e:wake' }).catch(() => undefined));
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(extBase),
        { timeout: 10_000 },
      );
      const worker = await target.worker();
      if (!worker) return false;
      const call =
        kind === 'command'
          ? `chrome.commands.onCommand.dispatch(${JSON.stringify(id)}, tab)`
          : `chrome.contextMenus.onClicked.dispatch({ menuItemId: ${JSON.stringify(id)}, pageUrl: tab.url, editable: false }, tab)`;
      await worker.evaluate(`chrome.tabs.get(${Number(tabId)}).then((tab) => { ${call}; return true; })`);
      return true;
    },
    async closeTabs() {
      // (Firefox over BiDi keeps listing a tab the extension opened after it is gone; closing it again does nothing.)
      // A tab opened a moment ago may not be listed yet: look again until two looks in a row find none.
      let quiet = 0;
      for (let round = 0; round < 20 && quiet < 2; round++) {
        const open = (await browser.pages()).filter((p) => p !== startTab && p !== helper && !p.isClosed());
        for (const p of open) await p.close().catch(() => undefined);
        quiet = open.length ? 0 : quiet + 1;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async reinstall() {
      if (helper && !helper.isClosed()) await helper.close().catch(() => undefined);
      helper = null;
      // Chromium: Extensions.loadUnpacked on the same path reloads it; Firefox: a temporary
      // add-on installed again from the same directory replaces the running one.
      await browser.installExtension(dir);
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
