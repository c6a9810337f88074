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
 */
import sniff from 'html-encoding-sniffer';
import iconv from 'iconv-lite';

export type CharsetSource = 'bom' | 'transport' | 'meta' | 'wrapper' | 'detected';

export interface Decoded {
  text: string;
  /** Encoding actually used (WHATWG name: 'UTF-8', 'gb18030', 'UTF-16LE', …). */
  encoding: string;
  /** Where the decision came from. 'detected' = no usable declaration, or a declaration the bytes contradict. */
  source: CharsetSource;
  /** What the page or transport declared, if anything (canonical name). */
  declared: string | null;
  /** Human-readable note when a declaration was overridden or the bytes had invalid sequences. */
  warning: string | null;
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

export interface DecodeOptions {
  /** HTTP Content-Type header (or just a charset label) from the transport, when fetched. */
  contentType?: string | null;
}

/** Decode a page's bytes; throws DecodeError('binary') for data that is not text at all. */
export function decodeHtml(input: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = bomEncoding(input);
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
    const transportLabel = options.contentType?.includes('=')
      ? charsetFromContentType(options.contentType)
      : (options.contentType ?? null);
    const fromTransport = encodingForLabel(transportLabel);
    const fromMeta = fromTransport ? null : sniff(input, { defaultEncoding: '' }) || null;
    const fromWrapper = fromTransport || fromMeta ? null : encodingForLabel(wrapperLabel(input));
    declared = fromTransport ?? fromMeta ?? fromWrapper;
    source = fromTransport ? 'transport' : fromMeta ? 'meta' : fromWrapper ? 'wrapper' : 'detected';
  }
  // A UTF-16 label in a byte stream that has no UTF-16 BOM is a lie the HTML standard also ignores.
  if (!bom && declared?.startsWith('UTF-16')) declared = 'UTF-8';

  const done = (a: Attempt, src: CharsetSource, warning: string | null): Decoded => {
    let note = warning;
    if (!note && a.errors > 0) note = `${a.errors} invalid ${a.encoding} byte sequence(s) replaced with U+FFFD`;
    return { text: stripBom(a.text), encoding: a.encoding, source: src, declared, warning: note };
  };
  const overridden = (a: Attempt, why: string): Decoded =>
    done(a, 'detected', `declared ${declared} (${source}) but ${why}; decoded as ${a.encoding}`);

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
      return declared ? overridden(gb, 'the bytes are not valid UTF-8') : done(gb, 'detected', null);
    }
    return done(utf8, source, null);
  }

  if (GB_FAMILY.has(declared)) {
    if (utf8.errors === 0) return overridden(utf8, 'the bytes are valid UTF-8');
    const gb = decodeGb18030(bytes);
    if (gb.errors > 0 && fewErrors(utf8.errors, nonAscii) && utf8.errors < gb.errors) {
      return overridden(utf8, 'the bytes are (nearly) valid UTF-8');
    }
    return done(gb, source, null);
  }

  // Any other declared charset (windows-1252, Big5, Shift_JIS…): valid UTF-8 wins, as it never
  // occurs by accident in legacy-encoded Chinese text.
  if (utf8.errors === 0) return overridden(utf8, 'the bytes are valid UTF-8');
  return done(decodeWith(declared, bytes), source, null);
}
