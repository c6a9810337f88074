/**
 * Marker regions are recognised by their comments' text without whitespace: a comment is looked
 * at only when its first non-space character can start a region's begin or end, which must not
 * lose a region written with spaces, line breaks or tabs anywhere in its comments.
 */
import { describe, expect, test } from 'vitest';
import { makeCtx } from '../src/engine/context';
import { parseHtml } from '../src/engine/parse';
import { strip } from '../src/engine/strip';
import { textContent } from '../src/engine/select';
import { MARKER_REGIONS } from '../src/rules/page';

const spaced = (s: string, ws: string) => ws + [...s].join(ws) + ws;

describe('marker regions', () => {
  test.each(MARKER_REGIONS.map((r) => [r.id, r] as const))('%s: cut however its comments are spaced', (_id, r) => {
    for (const ws of ['', ' ', '\n\t', '\u3000']) {
      const html = `<body><p>前文<!--${spaced(r.begin, ws)}-->广告内容<!--${spaced(r.end, ws)}-->后文</p><!-- 其他注释 --></body>`;
      const ctx = makeCtx();
      const doc = parseHtml(html, ctx);
      const { comments } = strip(doc, ctx);
      const text = textContent(doc);
      expect(text, JSON.stringify(ws)).not.toContain('广告内容');
      expect(text).toContain('前文');
      expect(text).toContain('后文');
      expect(comments.map((c) => c.data.trim())).toEqual(['其他注释']);
    }
  });

  test('a comment that cannot open or close a region is left, and keeps no squashed text', () => {
    const ctx = makeCtx();
    const doc = parseHtml('<body><p>一<!-- 普通注释 -->二</p></body>', ctx);
    const { comments } = strip(doc, ctx);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.squashed).toBeUndefined();
  });
});
