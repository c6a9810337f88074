/**
 * Build-time only: the reader chunk's copy of the UI strings (src/ext/strings.ts) keeps only the
 * messages the reader's code can ask for. The `_locales` tables hold every string of the popup,
 * options and 文库 pages as well (188 keys; the reader's code names about 50), and the reader
 * chunk carried both locales whole, a sixteenth of what the first click loads and compiles.
 *
 * A key is kept when its name appears as a quoted literal in any source file other than the
 * extension pages' own (READER_FREE below): more than the chunk needs, never less of what it
 * names. A key the table lacks is still answered, by `i18n.getMessage` (tableTr's fallback), so a
 * miss costs one API call, not a wrong string. test/unit/ext/reader-strings.test.ts checks, on
 * the reader chunk's real module graph, that every key its modules name is kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The `_locales` tables (as src/ext/strings.ts imports them). */
export const LOCALE_TABLE = /[\\/]public[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/;

/** Source files only the extension's own pages and background run (their strings are not the reader's). */
export const READER_FREE = /^(?:src\/ext\/(?:popup|options|background)\.ts|src\/library\/page\.ts|entrypoints\/(?:popup|options|library)\/.*|entrypoints\/background\.ts)$/;

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) sources(rel, out);
    else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) && !READER_FREE.test(rel)) out.push(rel);
  }
  return out;
}

/**
 * Every quoted literal that is a plain identifier-like word in the given source files (by default
 * all the reader can include), and, written `name*`, the fixed start of every template literal that
 * builds a key (`readerEmpty_${kind}`: every key that starts so).
 */
export function namedKeys(files: readonly string[] = [...sources('src'), ...sources('entrypoints')]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    const code = readFileSync(path.join(ROOT, f), 'utf8');
    for (const m of code.matchAll(/['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]/g)) out.add(m[1]!);
    for (const m of code.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)\$\{/g)) out.add(`${m[1]!}*`);
  }
  return out;
}

/** Whether `keep` (namedKeys) names `key`, itself or by the start of a built key. */
export function isNamed(keep: ReadonlySet<string>, key: string): boolean {
  if (keep.has(key)) return true;
  for (let i = key.length - 1; i > 0; i--) if (keep.has(`${key.slice(0, i)}*`)) return true;
  return false;
}

/** A `_locales` table (its JSON text) with only the messages `keep` names, as JSON text. */
export function readerStrings(json: string, keep: ReadonlySet<string> = namedKeys()): string {
  const table = JSON.parse(json) as Record<string, { message: string }>;
  const out: Record<string, { message: string }> = {};
  for (const [k, v] of Object.entries(table)) if (isNamed(keep, k)) out[k] = { message: v.message };
  return JSON.stringify(out);
}
