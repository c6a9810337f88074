/**
 * The guard stage: what the input is before anything looks inside it. A string, not empty, within
 * the size limit, and text rather than binary data read as text.
 */
import { ExtractError } from '../article';
import { LIMITS } from './limits';

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MiB`;

/** NUL bytes, or more than one character in ten the replacement character: binary data or a wrong encoding. */
export function looksBinary(s: string): boolean {
  const n = Math.min(s.length, 8192);
  // Two searches instead of a loop over 8,192 characters on every call (about 1.5 % of a seed
  // post's time). lastIndexOf, not indexOf: on a two-byte string V8's indexOf('\0') looks for the
  // zero byte, which every ASCII character's other byte is.
  if (s.lastIndexOf('\0', n - 1) >= 0) return true;
  if (n <= 64) return false;
  let bad = 0;
  for (let i = s.indexOf('\ufffd'); i >= 0 && i < n; i = s.indexOf('\ufffd', i + 1)) bad++;
  return bad / n > 0.1;
}

export function guard(html: unknown): string {
  if (typeof html !== 'string' || !/[^\s\u200b-\u200d\u2060\ufeff]/.test(html)) throw new ExtractError('empty', 'input is empty');
  if (html.length > LIMITS.maxInputChars) {
    throw new ExtractError('too-large', `the page has ${html.length.toLocaleString('en-US')} characters, over the ${MB(LIMITS.maxInputChars)} (${LIMITS.maxInputChars.toLocaleString('en-US')} characters) limit`);
  }
  if (looksBinary(html)) throw new ExtractError('unreadable', 'input is not text (binary data or wrong encoding)');
  return html;
}
