import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeHtml, DecodeError, encodingForLabel, looksBinary } from '../../src/cli/decode';
import { SYNTHETIC, SYNTHETIC_PARAGRAPHS, SYNTHETIC_TITLE } from './make-synthetic';

const root = new URL('../../fixtures/', import.meta.url);

/** Rows of a fixtures MANIFEST.tsv as objects keyed by the header. */
function manifest(folder: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(new URL(`${folder}/MANIFEST.tsv`, root), 'utf8').trim().split('\n');
  const keys = head!.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [keys[i], v])));
}

const gbPages = manifest('pages').filter((r) => r.charset!.startsWith('gb18030'));

describe('GB18030 fixture pages (MANIFEST charset gb18030)', () => {
  it('the manifest lists the five pages in original GB bytes', () => {
    expect(gbPages.map((r) => r.file).sort()).toEqual([
      'bj-house_20050331_031868306.html',
      'book_20041013_114366.html',
      'chanye-finance_20050321_244339.html',
      'ent_20091109_13482762951.html',
      'ent_20091109_13562762964.html',
    ]);
  });

  for (const row of gbPages) {
    it(`${row.file}: decoded as gb18030 from its meta, without replacement characters`, () => {
      const bytes = readFileSync(new URL(`pages/${row.file}`, root));
      const d = decodeHtml(bytes);
      expect(d.encoding).toBe('gb18030');
      expect(d.source).toBe('meta');
      expect(d.declared).toBe('GBK');
      expect(d.warning).toBeNull();
      expect(d.text).not.toContain('\ufffd');
      // Same text as an independent GB18030 decode, and it round-trips to the same bytes.
      expect(d.text).toBe(iconv.decode(bytes, 'gb18030'));
      expect(iconv.encode(d.text, 'gb18030').equals(bytes)).toBe(true);
      expect(/<title>[^<]*新浪[^<]*<\/title>/i.test(d.text)).toBe(true);
    });
  }

  it('the UTF-8 fixture pages decode as UTF-8 with nothing replaced', () => {
    for (const row of manifest('pages').filter((r) => r.charset === 'utf-8')) {
      const bytes = readFileSync(new URL(`pages/${row.file}`, root));
      const d = decodeHtml(bytes);
      expect(d.encoding, row.file).toBe('UTF-8');
      expect(d.text, row.file).toBe(bytes.toString('utf8').replace(/^\ufeff/, ''));
      expect(d.warning, row.file).toBeNull();
    }
  });
});

describe('synthetic charset fixtures', () => {
  const expected: Record<string, { encoding: string; source: string; warned: boolean }> = {
    'synthetic-gbk-bom.html': { encoding: 'gb18030', source: 'bom', warned: false },
    'synthetic-utf8-bom-meta-gb2312.html': { encoding: 'UTF-8', source: 'bom', warned: false },
    'synthetic-utf8-declared-gb2312.html': { encoding: 'UTF-8', source: 'detected', warned: true },
    'synthetic-gbk-declared-utf8.html': { encoding: 'gb18030', source: 'detected', warned: true },
    'synthetic-gbk-undeclared.html': { encoding: 'gb18030', source: 'detected', warned: false },
    'synthetic-gbk-late-meta.html': { encoding: 'gb18030', source: 'detected', warned: false },
    'synthetic-gbk-wrapper.html': { encoding: 'gb18030', source: 'wrapper', warned: false },
  };

  it('every generated fixture is committed byte for byte', () => {
    for (const [name, { bytes }] of Object.entries(SYNTHETIC)) {
      expect(readFileSync(new URL(`synthetic/${name}`, root)).equals(bytes), name).toBe(true);
    }
    expect(Object.keys(expected).sort()).toEqual(Object.keys(SYNTHETIC).sort());
  });

  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: ${want.encoding} via ${want.source}`, () => {
      const d = decodeHtml(readFileSync(new URL(`synthetic/${name}`, root)));
      expect(d.encoding).toBe(want.encoding);
      expect(d.source).toBe(want.source);
      expect(d.warning !== null).toBe(want.warned);
      expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
      expect(d.text).toContain(`<h1 class="main-title">${SYNTHETIC_TITLE}</h1>`);
      for (const p of SYNTHETIC_PARAGRAPHS) expect(d.text).toContain(p);
    });
  }

  it('a wrong declaration is named in the warning', () => {
    const d = decodeHtml(readFileSync(new URL('synthetic/synthetic-utf8-declared-gb2312.html', root)));
    expect(d.declared).toBe('GBK');
    expect(d.warning).toMatch(/declared GBK \(meta\) but the bytes are valid UTF-8; decoded as UTF-8/);
  });
});

describe('declarations and transport', () => {
  const cjk = '新浪财经：人民币汇率中间价';
  const html = (head: string) => `<html><head>${head}<title>${cjk}</title></head><body><p>${cjk}</p></body></html>`;

  it('an HTTP charset beats the meta when the bytes fit it', () => {
    const bytes = iconv.encode(html('<meta charset="big5">'), 'gb18030');
    const d = decodeHtml(bytes, { contentType: 'text/html; charset=GBK' });
    expect(d.source).toBe('transport');
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain(cjk);
  });

  it('a lying HTTP charset loses to bytes that are valid UTF-8', () => {
    const d = decodeHtml(Buffer.from(html(''), 'utf8'), { contentType: 'text/html;charset="gb2312"' });
    expect(d.encoding).toBe('UTF-8');
    expect(d.warning).toMatch(/declared GBK \(transport\)/);
    expect(d.text).toContain(cjk);
  });

  it('http-equiv content-type is read like <meta charset>', () => {
    const bytes = iconv.encode(html('<meta http-equiv="content-type" content="text/html; charset=GB18030">'), 'gb18030');
    const d = decodeHtml(bytes);
    expect(d.source).toBe('meta');
    expect(d.declared).toBe('gb18030');
    expect(d.text).toContain(cjk);
  });

  it('a Latin-1 declaration on valid UTF-8 bytes decodes as UTF-8', () => {
    const d = decodeHtml(Buffer.from(html('<meta charset="iso-8859-1">'), 'utf8'));
    expect(d.declared).toBe('windows-1252');
    expect(d.encoding).toBe('UTF-8');
    expect(d.text).toContain(cjk);
  });

  it('UTF-16LE with a BOM', () => {
    const body = html('');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
    const d = decodeHtml(bytes);
    expect(d.encoding).toBe('UTF-16LE');
    expect(d.text).toBe(body);
  });

  it('UTF-16LE without a BOM, declared by its own <meta charset> (was refused as binary)', () => {
    const body = html('<meta charset="utf-16le">');
    const d = decodeHtml(Buffer.from(body, 'utf16le'));
    expect(d.encoding).toBe('UTF-16LE');
    expect(d.source).toBe('meta');
    expect(d.declared).toBe('UTF-16LE');
    expect(d.warning).toBeNull();
    expect(d.text).toBe(body);
  });

  it('UTF-16BE without a BOM, declared by the HTTP charset', () => {
    const body = html('');
    const be = Buffer.from(body, 'utf16le').swap16();
    const d = decodeHtml(be, { contentType: 'text/html; charset=UTF-16BE' });
    expect(d.encoding).toBe('UTF-16BE');
    expect(d.source).toBe('transport');
    expect(d.text).toBe(body);
  });

  it('a UTF-16 label naming the other byte order: the bytes decide, and the note says so', () => {
    const body = html('<meta http-equiv="Content-Type" content="text/html; charset=utf-16be">');
    const d = decodeHtml(Buffer.from(body, 'utf16le'));
    expect(d.encoding).toBe('UTF-16LE');
    expect(d.text).toBe(body);
    expect(d.warning).toBe('declared UTF-16BE (meta) but the bytes are UTF-16LE; decoded as UTF-16LE');
  });

  it('UTF-16 bytes without BOM and without any label stay refused as binary; a UTF-16 label on UTF-8 bytes is ignored', () => {
    expect(() => decodeHtml(Buffer.from(html(''), 'utf16le'))).toThrow(DecodeError);
    const d = decodeHtml(Buffer.from(html('<meta charset="utf-16">'), 'utf8'));
    expect(d.encoding).toBe('UTF-8');
    expect(d.text).toContain(cjk);
  });

  it('pure ASCII needs no guessing', () => {
    const d = decodeHtml(Buffer.from('<p>hello</p>'));
    expect(d.text).toBe('<p>hello</p>');
    expect(d.warning).toBeNull();
  });

  it('a truncated UTF-8 file stays UTF-8 (one broken character is damage, not a wrong charset)', () => {
    const full = Buffer.from(html('<meta charset="gb2312">').repeat(20), 'utf8');
    const cut = full.subarray(0, full.indexOf(Buffer.from('财经', 'utf8'), 500) + 4);
    const d = decodeHtml(cut);
    expect(d.encoding).toBe('UTF-8');
    expect(d.text).toContain(cjk);
    expect(d.warning).toMatch(/U\+FFFD|decoded as UTF-8/);
  });

  it('labels and Content-Type parsing', () => {
    expect(encodingForLabel('gb2312')).toBe('GBK');
    expect(encodingForLabel(' GB18030 ')).toBe('gb18030');
    expect(encodingForLabel('x-no-such-charset')).toBeNull();
    expect(charsetFromContentType('text/html; charset="utf-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
  });
});

describe('binary input', () => {
  it('NUL bytes or many control characters are binary; text with tabs and newlines is not', () => {
    expect(looksBinary(Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR'))).toBe(true);
    expect(looksBinary(Buffer.from('\x1f\x8b\x08\x00\x01\x02\x03\x04\x05\x06\x07'.repeat(10)))).toBe(true);
    expect(looksBinary(Buffer.from('<p>\t正文\r\n</p>\f'))).toBe(false);
  });

  it('decodeHtml refuses binary data with a DecodeError', () => {
    const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(64, 0)]);
    expect(() => decodeHtml(png)).toThrow(DecodeError);
    expect(() => decodeHtml(png)).toThrow(/binary/);
  });
});
