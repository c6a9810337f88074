/**
 * Byte-level inputs for the charset tests: a fixture's bytes with its charset declaration
 * replaced by a wrong one, decoded by the CLI's decoder as `sina-clean` would, inside the worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../src/cli/decode';
import { FIXTURES, loadCorpus } from '../fuzz/lib/corpus';
import type { Generated } from './generators';

function urlOf(page: string): string | undefined {
  return loadCorpus().find((f) => f.name === page)?.url;
}

/** Rewrites every charset declaration in the (ASCII) markup to `declared`, or adds one. */
export function redeclare(bytes: Buffer, declared: string): Buffer {
  const latin = bytes.toString('latin1');
  let count = 0;
  let out = latin.replace(/(charset\s*=\s*["']?)[\w-]+/gi, (_m, head: string) => {
    count++;
    return head + declared;
  });
  out = out.replace(/(<text\b[^>]*\bencoding\s*=\s*["'])[\w-]+/i, (_m, head: string) => {
    count++;
    return head + declared;
  });
  if (!count) out = out.replace(/<head\b[^>]*>/i, (h) => `${h}<meta charset="${declared}">`);
  return Buffer.from(out, 'latin1');
}

/** The page's bytes, declared as `declared` (null: untouched), decoded by the CLI decoder. */
export function declaredAs(page: string, declared: string | null): Generated {
  const bytes = readFileSync(join(FIXTURES, page));
  const html = decodeHtml(declared ? redeclare(bytes, declared) : bytes).text;
  return { html, url: urlOf(page) };
}

/** A GB18030 page cut right after the first byte of a two-byte character, 70% of the way in. */
export function truncatedGb(page: string): Generated {
  const bytes = readFileSync(join(FIXTURES, page));
  let cut = Math.floor(bytes.length * 0.7);
  while (cut < bytes.length && (bytes[cut] as number) < 0x81) cut++;
  const html = decodeHtml(bytes.subarray(0, cut + 1)).text;
  return { html, url: urlOf(page) };
}
