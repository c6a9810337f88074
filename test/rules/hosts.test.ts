import { describe, expect, it } from 'vitest';
import { DOC_ID_SHAPES, docIdFromUrl, isSinaHost, SINA_DOMAINS } from '../../src/rules/hosts';

describe('hosts table: doc-id shapes (one test per example)', () => {
  for (const shape of DOC_ID_SHAPES) {
    for (const [url, id] of shape.examples) {
      it(`${shape.id}: ${url}`, () => {
        expect(url.match(shape.pattern)?.groups?.id).toBe(id);
        expect(docIdFromUrl(url)).toBe(id);
      });
    }
  }
  it('no doc id in a non-article URL', () => {
    expect(docIdFromUrl('https://finance.sina.com.cn/')).toBeNull();
    expect(docIdFromUrl(null)).toBeNull();
  });
});

describe('hosts table: Sina domains', () => {
  it.each(SINA_DOMAINS.suffixes.map((s) => [s]))('%s and its subdomains are Sina', (s) => {
    expect(isSinaHost(s)).toBe(true);
    expect(isSinaHost(`n.${s}`)).toBe(true);
  });
  it.each([['evil-sina.com.cn'], ['sina.com.cn.evil.com'], ['sinaimg.cn.example'], ['example.com']])('%s is not Sina', (h) => {
    expect(isSinaHost(h)).toBe(false);
  });
});
