import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/engine/extract';
import { renderMarkdown } from '../src/render/markdown';

const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed-format', '000_e61d407e7bc7dc3d.txt'), 'utf8');
const KEYS = ['url', 'docId', 'template', 'kind', 'title', 'originalTitle', 'publishedAt', 'source', 'authors', 'editor', 'keywords', 'stocks', 'leadImage', 'images', 'blocks', 'text', 'wordCount', 'readingMinutes', 'markdown'];

describe('the Article as returned (markdown written when first read)', () => {
  it('has its keys in the contract order, markdown after readingMinutes and trace last', () => {
    expect(Object.keys(extract(seed))).toEqual(KEYS);
    expect(Object.keys(JSON.parse(JSON.stringify(extract(seed))))).toEqual(KEYS);
    expect(Object.keys(extract(seed, { trace: true }))).toEqual([...KEYS, 'trace']);
  });

  it('gives the same markdown to every reader: property, JSON, structured clone, spread', () => {
    const a = extract(seed);
    const md = renderMarkdown(a);
    expect(md).toMatch(/^# /);
    expect(JSON.parse(JSON.stringify(extract(seed))).markdown).toBe(md);
    expect(structuredClone(extract(seed)).markdown).toBe(md);
    expect({ ...extract(seed) }.markdown).toBe(md);
    expect(a.markdown).toBe(md);
    expect(a.markdown).toBe(md);
  });

  it('shares one accessor between Articles (no closures made per call, which kept each page alive until a full collection)', () => {
    const a = Object.getOwnPropertyDescriptor(extract(seed), 'markdown');
    const b = Object.getOwnPropertyDescriptor(extract(seed), 'markdown');
    expect(a?.get).toBeTypeOf('function');
    expect(a?.get).toBe(b?.get);
    expect(a?.set).toBe(b?.set);
    expect(a?.enumerable).toBe(true);
  });

  it('keeps a value assigned to markdown', () => {
    const a = extract(seed);
    a.markdown = 'mine';
    expect(a.markdown).toBe('mine');
    expect(JSON.parse(JSON.stringify(a)).markdown).toBe('mine');
  });
});
