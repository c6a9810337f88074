/**
 * The always-injected content script's size budget: it runs on every Sina article page load, so it
 * holds only the URL and marker checks, messaging and the loader of the reader chunk. The build
 * fails over the budget (wxt.config.ts), and test/unit/ext/budget.test.ts checks the rule.
 */
export const CONTENT_SCRIPT_BUDGET = 20 * 1024;

/** A message saying by how much `code` is over `budget` bytes (UTF-8), or null when it fits. */
export function overBudget(code: string, budget: number): string | null {
  const bytes = new TextEncoder().encode(code).length;
  return bytes > budget
    ? `content script is ${bytes} bytes minified, over its budget of ${budget} bytes: keep the engine, cheerio, storage and the reader view out of it`
    : null;
}
