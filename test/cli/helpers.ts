import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { Article, ExtractOptions } from '../../src/article';
import { ExtractError } from '../../src/article';
import { main, type CliIo } from '../../src/cli/main';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(REPO, 'fixtures');

export function tempDir(prefix = 'sina-clean-cli-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Write `content` to dir/rel (folders created); returns the path. */
export function putFile(dir: string, rel: string, content: string | Buffer): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** JSON Lines output as Articles. */
export function jsonl(s: string): Article[] {
  return s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Article);
}

/** Every file left in a directory whose name marks it as temporary or hidden. */
export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.startsWith('.') || f.endsWith('.tmp'));
}

export function article(fields: Partial<Article>): Article {
  return {
    url: null,
    docId: null,
    template: 'fragment',
    kind: 'text',
    title: '',
    originalTitle: null,
    publishedAt: null,
    source: null,
    authors: [],
    editor: null,
    keywords: [],
    stocks: [],
    leadImage: null,
    images: [],
    blocks: [],
    text: '',
    markdown: '',
    wordCount: 0,
    readingMinutes: 0,
    ...fields,
  };
}

/**
 * A stand-in engine for batch mechanics: `<doc id="X">TEXT</doc>` is an article with docId X
 * (id optional); anything else is not an article.
 */
export function fakeExtract(html: string, options: ExtractOptions = {}): Article {
  const m = html.match(/<doc(?: id="([^"]*)")?>([\s\S]*?)<\/doc>/);
  if (!m) throw new ExtractError('not-an-article', 'no <doc> element');
  const text = m[2]!.trim();
  return article({ docId: m[1] ?? null, url: options.url ?? null, title: text.slice(0, 10), text, markdown: `# ${text}` });
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `main` in-process with captured streams. */
export async function runMain(
  argv: string[],
  io: Partial<CliIo> & { stdinBytes?: Buffer } = {},
): Promise<RunResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const code = await main(argv, {
    stdout,
    stderr,
    stdin: io.stdinBytes ? Readable.from([io.stdinBytes]) : Readable.from([]),
    stdinIsTTY: io.stdinIsTTY ?? !io.stdinBytes,
    stderrIsTTY: false,
    inProcess: true,
    ...io,
  });
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out, stderr: err };
}
