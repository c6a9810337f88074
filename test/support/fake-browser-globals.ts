/**
 * The fake extension APIs as the `browser` and `chrome` globals, set again before every test file.
 *
 * WxtVitest() registers a setup module that stubs them too, but under a virtual id: vitest re-runs
 * a setup file before each test file by invalidating it under its resolved path, which the virtual
 * module never matches, so with `isolate: false` (vitest.quick.config.ts) it runs only for the first
 * file of each worker thread. A later file that calls `vi.unstubAllGlobals()` (test/unit/library/
 * store.test.ts) then removes the globals for every file after it in that thread, and
 * `@wxt-dev/storage` (loaded by Node, not by vite) takes its `browser` from `@wxt-dev/browser`,
 * which reads the globals once, when first imported: undefined from then on in that thread.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
