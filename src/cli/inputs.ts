/**
 * Command-line arguments -> a lazy, deterministic stream of inputs.
 * Directories are walked recursively in sorted order, one directory listing in memory at a time.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** File extensions picked up when walking a directory (a file named explicitly is always read). */
export const WALK_EXTENSIONS: readonly string[] = ['.html', '.htm', '.shtml', '.md', '.txt'];

export type InputSpec =
  | { kind: 'file'; path: string; label: string }
  | { kind: 'url'; url: string; label: string }
  | { kind: 'stdin'; label: string };

export type InputItem =
  | { type: 'input'; input: InputSpec }
  | { type: 'problem'; label: string; reason: 'not-found' | 'read-failed' | 'no-inputs' | 'usage'; message: string }
  | { type: 'skip'; label: string; message: string };

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

async function* walk(dir: string, label: string): AsyncGenerator<InputItem> {
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
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links to files; never links to directories (no cycles).
      try {
        const s = await stat(full);
        isFile = s.isFile();
        isDir = false;
      } catch {
        continue;
      }
    }
    if (isDir) {
      yield* walk(full, shown);
    } else if (isFile && WALK_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      yield { type: 'input', input: { kind: 'file', path: full, label: shown } };
    }
  }
}

/**
 * Expand arguments in order. Problems (missing paths, empty directories) come out as items so the
 * batch can report them with the rest; an input named twice is skipped the second time.
 */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<InputItem> {
  const seen = new Set<string>();
  const once = function* (key: string, label: string, item: InputItem): Generator<InputItem> {
    if (seen.has(key)) {
      yield { type: 'skip', label, message: 'given more than once' };
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
      yield { type: 'problem', label: arg, reason: 'usage', message: 'only http and https URLs can be fetched' };
      continue;
    }
    let s;
    try {
      s = await stat(arg);
    } catch {
      yield { type: 'problem', label: arg, reason: 'not-found', message: 'no such file or directory' };
      continue;
    }
    if (s.isDirectory()) {
      let found = false;
      for await (const item of walk(arg, arg)) {
        if (item.type === 'input' && item.input.kind === 'file') {
          found = true;
          yield* once(path.resolve(item.input.path), item.input.label, item);
        } else {
          yield item;
        }
      }
      if (!found) {
        yield {
          type: 'problem',
          label: arg,
          reason: 'no-inputs',
          message: `directory has no ${WALK_EXTENSIONS.join('/')} files`,
        };
      }
    } else {
      yield* once(path.resolve(arg), arg, { type: 'input', input: { kind: 'file', path: arg, label: arg } });
    }
  }
}
