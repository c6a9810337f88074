/**
 * What the checks of an engine built another way (the extension's parse stage, the reader chunk
 * without cheerio, the rule tables as the extension ships them) compare against the engine itself:
 * the pages they run (every fixture, or one of each kind in the quick run, plus every synthetic e2e
 * and hostile page) and an extraction's outcome, the Article or the reason it was refused.
 */
import { loadCorpus, readFixture } from './corpus';
import { fixtureKind, sweep } from './sweep';
import { allPages } from '../e2e/harness/catalog';
import { pageText } from '../e2e/harness/expected';

export type Extract = (html: string, opts: { url?: string }) => unknown;

/** The Article, or `{ error: reason }` when the engine refused the page (matched by name: an engine
 * loaded with stand-ins has its own ExtractError class). */
export function outcome(run: Extract, html: string, url: string | undefined): unknown {
  try {
    return run(html, { url });
  } catch (e) {
    if (e instanceof Error && e.name === 'ExtractError') return { error: (e as Error & { reason: string }).reason };
    throw e;
  }
}

/** [name, html, url] of every page the comparison runs. */
export function comparedPages(): Array<[string, string, string | undefined]> {
  return [
    ...sweep(loadCorpus(), fixtureKind).map((f) => [f.id, readFixture(f), f.url] as [string, string, string | undefined]),
    ...allPages()
      .filter((p) => p.kind !== 'fixture')
      .map((p) => [p.name, pageText(p), p.url] as [string, string, string | undefined]),
  ];
}
