/**
 * Command-line arguments -> a lazy, deterministic stream of inputs.
 * Directories are walked recursively in sorted order, one directory listing in memory at a time.
 */
import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { messages, type Lang } from './i18n';

/** File extensions picked up when walking a directory (a file named explicitly is always read). */
export const WALK_EXTENSIONS: readonly string[] = ['.html', '.htm', '.shtml', '.md', '.txt'];

export type InputSpec =
  /** `walked`: found by walking a directory rather than named by the user. */
  | { kind: 'file'; path: string; label: string; walked?: boolean }
  | { kind: 'url'; url: string; label: string }
  | { kind: 'stdin'; label: string };

export type InputItem =
  | { type: 'input'; input: InputSpec }
  | {
      type: 'problem';
      label: string;
      reason: 'not-found' | 'read-failed' | 'no-inputs' | 'usage' | 'special-file';
      message: string;
    }
  | { type: 'skip'; label: string; message: string }
  | { type: 'ignored'; label: string; message: string };

type Kind = 'fifo' | 'char' | 'block' | 'socket' | 'other';

export function specialKind(s: Pick<Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): Kind {
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice()) return 'char';
  if (s.isBlockDevice()) return 'block';
  if (s.isSocket()) return 'socket';
  return 'other';
}

export function isHttpUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

function hasScheme(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

/** True when the argument list stands for several documents (so JSON output is an array). */
export async function isSeveral(args: readonly string[]): Promise<boolean> {
  if (args.length !== 1) return args.length > 1;
  const arg = args[0]!;
  if (arg === '-' || hasScheme(arg)) return false;
  try {
    return (await stat(arg)).isDirectory();
  } catch {
    return false;
  }
}

async function* walk(dir: string, label: string, lang: Lang, skip: string | null): AsyncGenerator<InputItem> {
  const t = messages(lang);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { type: 'problem', label, reason: 'read-failed', message: (err as Error).message };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const shown = path.join(label, entry.name);
    // stat never blocks on a FIFO (only opening one does), so links and special files are safe to look at.
    let s: Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'> = entry;
    if (entry.isSymbolicLink()) {
      try {
        s = await stat(full);
      } catch {
        continue;
      }
      // Follow links to files; never links to directories (no cycles).
      if (s.isDirectory()) continue;
    }
    if (s.isDirectory()) {
      // The --out folder inside a walked folder holds this run's own output: never input.
      if (skip && path.resolve(full) === skip) continue;
      yield* walk(full, shown, lang, skip);
      continue;
    }
    if (!WALK_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) continue;
    if (s.isFile()) {
      yield { type: 'input', input: { kind: 'file', path: full, label: shown, walked: true } };
    } else {
      yield { type: 'ignored', label: shown, message: t.ignoredSpecial(t.fileKind[specialKind(s)]!) };
    }
  }
}

/**
 * Expand arguments in order. Problems (missing paths, empty directories, special files) come out
 * as items so the batch can report them with the rest; an input named twice is skipped the
 * second time.
 */
export async function* expandInputs(
  args: readonly string[],
  lang: Lang = 'en',
  outDir: string | null = null,
): AsyncGenerator<InputItem> {
  const t = messages(lang);
  const skip = outDir ? path.resolve(outDir) : null;
  const seen = new Set<string>();
  const once = function* (key: string, label: string, item: InputItem): Generator<InputItem> {
    if (seen.has(key)) {
      yield { type: 'skip', label, message: t.givenTwice };
    } else {
      seen.add(key);
      yield item;
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      yield* once('-', 'stdin', { type: 'input', input: { kind: 'stdin', label: 'stdin' } });
      continue;
    }
    if (isHttpUrl(arg)) {
      yield* once(arg, arg, { type: 'input', input: { kind: 'url', url: arg, label: arg } });
      continue;
    }
    if (hasScheme(arg)) {
      yield { type: 'problem', label: arg, reason: 'usage', message: t.onlyHttp };
      continue;
    }
    let s;
    try {
      s = await stat(arg);
    } catch {
      yield { type: 'problem', label: arg, reason: 'not-found', message: t.noSuchPath };
      continue;
    }
    if (s.isDirectory()) {
      let found = false;
      for await (const item of walk(arg, arg, lang, skip)) {
        if (item.type === 'input' && item.input.kind === 'file') {
          found = true;
          yield* once(path.resolve(item.input.path), item.input.label, item);
        } else {
          if (item.type === 'ignored') found = true;
          yield item;
        }
      }
      if (!found) {
        yield { type: 'problem', label: arg, reason: 'no-inputs', message: t.emptyDir(WALK_EXTENSIONS.join('/')) };
      }
    } else if (s.isFile()) {
      yield* once(path.resolve(arg), arg, { type: 'input', input: { kind: 'file', path: arg, label: arg } });
    } else {
      yield { type: 'problem', label: arg, reason: 'special-file', message: t.specialFile(t.fileKind[specialKind(s)]!) };
    }
  }
}
