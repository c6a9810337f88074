import type { Template } from './types';
import { firstWithText } from '../engine/dom';
import { headlineText } from './headline';

/**
 * A bare body: div#artibody saved alone (as crawlers keep it), or any HTML without a document
 * head, or a document whose only known structure is #artibody (this tool's own HTML output).
 * Example: fixtures/fragments/sina-body_2019_cs327259852_00.html.
 */
export const fragment: Template = {
  id: 'fragment',
  describe: 'body fragment (#artibody alone, or HTML without a page around it)',
  matches: ({ index, scan }) =>
    index.has('#artibody') ||
    // Markup with paragraphs but no page around it; plain text (a README, "hello") is not a body.
    (!scan.documentTags && index.has('p, div, br, section')),
  extract: ({ index, ctx }) => ({
    body: firstWithText(index.select('#artibody'), ctx.deadline) ?? index.first('body'),
    title: headlineText(index.first('h1'), ctx) || null,
  }),
};
