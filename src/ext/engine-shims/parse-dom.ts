/**
 * Extension builds only (swapped in for the engine's `./parse` by the build, see wxt.config.ts): the
 * parse stage with the browser's own HTML parser instead of parse5. Both implement the WHATWG
 * parsing algorithm and its repairs of broken markup (Chromium also attaches elements deeper than
 * 512 levels at that level, as the engine's parse5 adapter does); the browser parses natively, and
 * the reader chunk carries no parse5. The tree is copied into the domhandler nodes the engine walks
 * (src/ext/engine-shims/browser-tree.ts), bounded in attributes, nodes and the time budget.
 *
 * Splitting a seed-format post's front matter is text handling and stays the engine's own.
 */
import type { Document } from 'domhandler';
import type { Ctx } from '../../engine/context';
import { parseWithBrowser, withDeadline } from './browser-tree';

export { splitFrontMatter, type SplitInput } from '../../engine/front-matter';

/** The engine's parseHtml, with the browser's parser; within what is left of the time budget. */
export function parseHtml(html: string, ctx: Ctx): Document {
  ctx.deadline.check();
  const doc = withDeadline(Math.max(0, ctx.deadline.remaining()), () => parseWithBrowser(html));
  ctx.deadline.check();
  return doc;
}
