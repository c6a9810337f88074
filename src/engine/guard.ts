/**
 * The guard stage: what the input is before anything looks inside it. A string, not empty, within
 * the size limit, and text rather than binary data read as text.
 */
import { ExtractError } from '../article';
import { LIMITS } from './limits';

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MiB`;

/** NUL bytes, or more than one character in ten the replacement character: binary data or a wrong encoding. */
function looksBinary(s: string): boolean {
  const n = Math.min(s.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return true;
    if (c === 0xfffd) bad++;
  }
  return n > 64 && bad / n > 0.1;
}

export function guard(html: unknown): string {
  if (typeof html !== 'string' || !/[^\s\u200b-\u200d\u2060\ufeff]/.test(html)) throw new ExtractError('empty', 'input is empty');
  if (html.length > LIMITS.maxInputChars) {
    throw new ExtractError('too-large', `the page has ${html.length.toLocaleString('en-US')} characters, over the ${MB(LIMITS.maxInputChars)} (${LIMITS.maxInputChars.toLocaleString('en-US')} characters) limit`);
  }
  if (looksBinary(html)) throw new ExtractError('unreadable', 'input is not text (binary data or wrong encoding)');
  return html;
}
