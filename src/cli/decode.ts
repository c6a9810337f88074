/**
 * Bytes -> text for saved and fetched Sina pages.
 *
 * Order of evidence: a byte-order mark (UTF-8, UTF-16, and the GB18030 one), then the
 * transport label (HTTP Content-Type), then the HTML prescan of `<meta charset>` /
 * `http-equiv=content-type` (html-encoding-sniffer implements the HTML standard's algorithm),
 * then the `<text ... encoding="gb2312">` record wrapper some data sets put around a page,
 * else UTF-8. Declarations are checked against the bytes: a page whose declared charset is
 * wrong (a browser-saved UTF-8 copy still saying gb2312, a GBK page claiming UTF-8) is decoded
 * with the charset its bytes actually fit, and `warning` says so.
 *
 * UTF-16 without a byte-order mark is read when a label says so (the HTTP charset, or a
 * `<meta charset>` / record wrapper inside the UTF-16 text itself, which the byte-level prescan
 * cannot see) and the bytes have UTF-16's shape (markup's ASCII leaves every other byte zero);
 * the bytes decide the byte order when the label names the other one.
 */
import sniff from 'html-encoding-sniffer';
import iconv from 'iconv-lite';
import { messages, type Lang } from './i18n';

export type CharsetSource = 'bom' | 'transport' | 'meta' | 'wrapper' | 'detected';

export interface Decoded {
  text: string;
  /** Encoding actually used (WHATWG name: 'UTF-8', 'gb18030', 'UTF-16LE', …). */
  encoding: string;
  /** Where the decision came from. 'detected' = no usable declaration, or a declaration the bytes contradict. */
  source: CharsetSource;
  /** What the page or transport declared, if anything (canonical name). */
  declared: string | null;
  /** Human-readable note (English) when a declaration was overridden or the bytes had invalid sequences. */
  warning: string | null;
  /** The same note as data, for messages in other languages (`formatDecodeNote`). */
  note: DecodeNote | null;
}

export type DecodeNote =
  | {
      kind: 'override';
      declared: string;
      source: CharsetSource;
      why: 'valid-utf8' | 'nearly-utf8' | 'not-utf8' | 'other-endian';
      used: string;
    }
  | { kind: 'replaced'; count: number; encoding: string };

/** A decode note as a sentence in the given language. */
export function formatDecodeNote(note: DecodeNote, lang: Lang = 'en'): string {
  const t = messages(lang);
  if (note.kind === 'replaced') return t.replaced(note.count, note.encoding);
  const why =
    note.why === 'valid-utf8'
      ? t.whyValidUtf8
      : note.why === 'nearly-utf8'
        ? t.whyNearlyUtf8
        : note.why === 'not-utf8'
          ? t.whyNotUtf8
          : t.whyOtherEndian(note.used);
  return t.declaredBut(note.declared, note.source, why, note.used);
}

export class DecodeError extends Error {
  constructor(
    public readonly reason: 'binary',
    message: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

const GB_FAMILY = new Set(['GBK', 'gb18030']);

/** Canonical WHATWG encoding name for a label ("gb2312" -> "GBK"), or null if unknown. */
export function encodingForLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const name = sniff(new Uint8Array(0), { transportLayerEncodingLabel: label.trim(), defaultEncoding: '' });
  return name || null;
}

/** The charset parameter of a Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType?.match(/;\s*charset\s*=\s*("?)([^";\s]+)\1/i);
  return m ? m[2]! : null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'UTF-8', length: 3 };
  if (a === 0xfe && b === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  if (a === 0xff && b === 0xfe) return { encoding: 'UTF-16LE', length: 2 };
  // U+FEFF encoded in GB18030; the HTML standard does not know it, GB18030 files do carry it.
  if (a === 0x84 && b === 0x31 && c === 0x95 && d === 0x33) return { encoding: 'gb18030', length: 4 };
  return null;
}

/** `<text id=... title=... encoding="gb2312">` record wrapper at the start of a data-set file. */
function wrapperLabel(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = head.match(/^\s*<text\b[^>]*?\sencoding\s*=\s*["']?([\w.:-]+)/i);
  return m ? m[1]! : null;
}

/**
 * Heuristic for "this is not text": NUL bytes, or many C0 control characters, near the start.
 * UTF-16 with a BOM is exempt (it is full of NULs by nature).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.byteLength, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) controls++;
  }
  return n > 0 && controls / n > 0.02;
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** Occurrences of the bytes EF BF BD (a literal U+FFFD written in UTF-8). */
function countLiteralUtf8Replacement(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function countNonAscii(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) n++;
  return n;
}

interface Attempt {
  encoding: string;
  text: string;
  /** Invalid byte sequences met while decoding. */
  errors: number;
}

function decodeUtf8(bytes: Uint8Array): Attempt {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const errors = Math.max(0, countReplacement(text) - countLiteralUtf8Replacement(bytes));
  return { encoding: 'UTF-8', text, errors };
}

function decodeGb18030(bytes: Uint8Array): Attempt {
  // GB2312 and GBK are subsets of GB18030; the Encoding Standard decodes all three the same way.
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030', {
    stripBOM: false,
  });
  return { encoding: 'gb18030', text, errors: countReplacement(text) };
}

function decodeWith(encoding: string, bytes: Uint8Array): Attempt {
  if (encoding === 'UTF-8') return decodeUtf8(bytes);
  if (GB_FAMILY.has(encoding)) return decodeGb18030(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  } catch {
    // A Node build without full ICU lacks some legacy decoders; iconv-lite has them.
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
      stripBOM: false,
    });
  }
  return { encoding, text, errors: countReplacement(text) };
}

/** Few enough invalid sequences to be damage (a truncated file), not a wrong charset. */
function fewErrors(errors: number, nonAscii: number): boolean {
  return errors * 200 < nonAscii;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * UTF-16's shape without a BOM: in markup, most code units are ASCII, so one byte of each pair
 * is zero (the second in little-endian, the first in big-endian) and the other almost never is.
 */
export function utf16Layout(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.byteLength, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.3 && evenZero <= pairs * 0.02) return 'UTF-16LE';
  if (evenZero >= pairs * 0.3 && oddZero <= pairs * 0.02) return 'UTF-16BE';
  return null;
}

/** A charset label inside UTF-16 text: `<meta charset>`, `http-equiv` content, or the record wrapper. */
function innerLabel(text: string): string | null {
  const head = text.slice(0, 2048);
  const meta = head.match(/<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i);
  if (meta) return meta[1]!;
  const wrapper = head.match(/^\s*<text\b[^>]*?\sencoding\s*=\s*["']?([\w.:-]+)/i);
  return wrapper ? wrapper[1]! : null;
}

export interface DecodeOptions {
  /** HTTP Content-Type header (or just a charset label) from the transport, when fetched. */
  contentType?: string | null;
}

/** Decode a page's bytes; throws DecodeError('binary') for data that is not text at all. */
export function decodeHtml(input: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = bomEncoding(input);
  const transportLabel = options.contentType?.includes('=')
    ? charsetFromContentType(options.contentType)
    : (options.contentType ?? null);
  const fromTransport = bom ? null : encodingForLabel(transportLabel);

  if (!bom) {
    const utf16 = decodeUtf16WithoutBom(input, fromTransport);
    if (utf16) return utf16;
  }

  if (!bom && looksBinary(input)) {
    throw new DecodeError('binary', 'binary data, not a text page');
  }
  const bytes = bom ? input.subarray(bom.length) : input;
  const nonAscii = countNonAscii(bytes);

  let declared: string | null = null;
  let source: CharsetSource = 'detected';
  if (bom) {
    declared = bom.encoding;
    source = 'bom';
  } else {
    const fromMeta = fromTransport ? null : sniff(input, { defaultEncoding: '' }) || null;
    const fromWrapper = fromTransport || fromMeta ? null : encodingForLabel(wrapperLabel(input));
    declared = fromTransport ?? fromMeta ?? fromWrapper;
    source = fromTransport ? 'transport' : fromMeta ? 'meta' : fromWrapper ? 'wrapper' : 'detected';
  }
  // A UTF-16 label on bytes without UTF-16's shape (checked above) is a lie the HTML standard also ignores.
  if (!bom && declared?.startsWith('UTF-16')) declared = 'UTF-8';

  const done = (a: Attempt, src: CharsetSource, note: DecodeNote | null): Decoded => {
    let n = note;
    if (!n && a.errors > 0) n = { kind: 'replaced', count: a.errors, encoding: a.encoding };
    return { text: stripBom(a.text), encoding: a.encoding, source: src, declared, warning: n && formatDecodeNote(n), note: n };
  };
  const overridden = (a: Attempt, why: 'valid-utf8' | 'nearly-utf8' | 'not-utf8'): Decoded =>
    done(a, 'detected', { kind: 'override', declared: declared!, source, why, used: a.encoding });

  if (nonAscii === 0) {
    // Pure ASCII decodes the same in every charset a Sina page could declare.
    return done(decodeWith(declared && !declared.startsWith('UTF-16') ? declared : 'UTF-8', bytes), source, null);
  }

  if (declared && source === 'bom' && declared !== 'UTF-8') {
    return done(decodeWith(declared, bytes), source, null);
  }

  const utf8 = decodeUtf8(bytes);

  if (declared === null || declared === 'UTF-8') {
    if (utf8.errors === 0) return done(utf8, source, null);
    const gb = decodeGb18030(bytes);
    if (gb.errors === 0 || (!fewErrors(utf8.errors, nonAscii) && gb.errors < utf8.errors)) {
      return declared ? overridden(gb, 'not-utf8') : done(gb, 'detected', null);
    }
    return done(utf8, source, null);
  }

  if (GB_FAMILY.has(declared)) {
    if (utf8.errors === 0) return overridden(utf8, 'valid-utf8');
    const gb = decodeGb18030(bytes);
    if (gb.errors > 0 && fewErrors(utf8.errors, nonAscii) && utf8.errors < gb.errors) {
      return overridden(utf8, 'nearly-utf8');
    }
    return done(gb, source, null);
  }

  // Any other declared charset (windows-1252, Big5, Shift_JIS…): valid UTF-8 wins, as it never
  // occurs by accident in legacy-encoded Chinese text.
  if (utf8.errors === 0) return overridden(utf8, 'valid-utf8');
  return done(decodeWith(declared, bytes), source, null);
}

/**
 * UTF-16 without a BOM, when a label names UTF-16: the transport's, or one inside the text.
 * Null when the bytes do not have UTF-16's shape or nothing declares UTF-16.
 */
function decodeUtf16WithoutBom(input: Uint8Array, fromTransport: string | null): Decoded | null {
  const layout = utf16Layout(input);
  const transportSays16 = fromTransport?.startsWith('UTF-16') ?? false;
  if (!layout) return null;
  let declared: string | null = null;
  let source: CharsetSource = 'detected';
  if (transportSays16) {
    declared = fromTransport;
    source = 'transport';
  } else if (!fromTransport) {
    const head = new TextDecoder(layout, { ignoreBOM: true }).decode(input.subarray(0, 4096));
    const inner = encodingForLabel(innerLabel(head));
    if (inner?.startsWith('UTF-16')) {
      declared = inner;
      source = head.trimStart().startsWith('<text') ? 'wrapper' : 'meta';
    }
  }
  if (!declared) return null;
  const attempt = decodeWith(layout, input.byteLength % 2 ? input.subarray(0, input.byteLength - 1) : input);
  let note: DecodeNote | null = null;
  if (declared !== layout) note = { kind: 'override', declared, source, why: 'other-endian', used: layout };
  else if (attempt.errors > 0) note = { kind: 'replaced', count: attempt.errors, encoding: layout };
  return {
    text: stripBom(attempt.text),
    encoding: layout,
    source: note?.kind === 'override' ? 'detected' : source,
    declared,
    warning: note && formatDecodeNote(note),
    note,
  };
}
