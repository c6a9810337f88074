/**
 * The Article extract() gives a corpus fixture (its text as the CLI reads it, with its URL), made
 * once per test worker and shared by the files that check it: the corpus promises, the goldens, the
 * truth files, the Markdown read-back, the rule-table screens and the extension's digest each used
 * to extract the whole corpus again. `npm run test:quick` runs files in shared threads
 * (`isolate: false`), so one extraction serves every file of a thread; `npm test` isolates files,
 * so there it serves the file's own repeats.
 *
 * Every call returns a fresh deep copy: a test cannot change what another test sees. The cache
 * lives in this module, so a change to the engine (which this module imports) discards it in watch
 * mode; a file that swaps the engine's modules (vi.doMock) must call extract() itself.
 */
import type { Article } from '../../src/article';
import { extract } from '../../src/engine/extract';
import { readFixture, type Fixture } from './corpus';

const made = new Map<string, Article>();

export function fixtureArticle(f: Fixture, opts: { trace?: boolean } = {}): Article {
  const trace = opts.trace === true;
  const key = `${trace ? 'trace' : 'plain'}\n${f.url ?? ''}\n${f.path}`;
  let article = made.get(key);
  if (!article) {
    article = trace ? extract(readFixture(f), { url: f.url, trace: true }) : extract(readFixture(f), { url: f.url });
    made.set(key, article);
  }
  return structuredClone(article);
}
