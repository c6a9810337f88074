/**
 * The hooks every browser suite shares: one Sina stand-in and one browser with the extension for
 * the whole suite (started before its first test, closed after its last), and no tab left open
 * from one test to the next.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launch, type BrowserName, type Harness } from './browsers';
import { startSinaSite, type SinaSite } from './server';

/** Registers the hooks in the calling describe; `started` receives the site and browser once both run. */
export function siteAndBrowser(name: BrowserName, started: (env: { site: SinaSite; h: Harness }) => void): void {
  let site: SinaSite | undefined;
  let h: Harness | undefined;
  beforeAll(async () => {
    site = await startSinaSite();
    h = await launch(name, site);
    started({ site, h });
  });
  // Each test starts with no tab another test left open (a failed test skips its own closing).
  afterEach(async () => {
    await h?.closeTabs();
  });
  afterAll(async () => {
    await h?.close();
    await site?.close();
  });
}
