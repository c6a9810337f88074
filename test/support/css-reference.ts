/**
 * The reference the engine's selector matcher is checked against: css-select (the matcher cheerio
 * uses), compiled with the options the engine's meaning follows (an HTML document in standards
 * mode: tag and attribute names in lower case). A dev dependency, for tests only.
 */
import { compile } from 'css-select';
import type { AnyNode, Element } from 'domhandler';

const OPTIONS = { xmlMode: false, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

/** What css-select compiles for the whole selector list. */
export function referenceTest(selector: string): (el: Element) => boolean {
  return compile<AnyNode, Element>(selector, OPTIONS) as (el: Element) => boolean;
}

export { select as referenceSelect } from 'cheerio-select';
