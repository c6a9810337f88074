/**
 * Output file names for `--out`: safe on Linux, macOS and Windows, and never shared by two inputs.
 */

/**
 * Characters a name must not carry: path separators and the ones Windows forbids, controls, and
 * invisible format characters (bidi overrides such as U+202E turn "gpj.exe" into "exe.jpg" on
 * screen; zero-width characters make two names look alike), line and paragraph separators.
 */
const UNSAFE = /[/\\:*?"<>|\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * Names Windows reserves for devices, with or without an extension (`nul.json` is the null
 * device there), in any case, including the superscript-digit forms.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Longest stem in UTF-8 bytes, leaving room for a -N suffix, the extension and a temporary-file suffix. */
const MAX_STEM_BYTES = 150;

function cutToBytes(s: string, max: number): string {
  if (Buffer.byteLength(s) <= max) return s;
  const chars = [...s];
  let bytes = 0;
  let i = 0;
  for (; i < chars.length; i++) {
    const b = Buffer.byteLength(chars[i]!);
    if (bytes + b > max) break;
    bytes += b;
  }
  return chars.slice(0, i).join('');
}

/**
 * A file name stem safe on every common system: no separators, controls or invisible format
 * characters; not hidden (leading "."), not an option (leading "-"); no trailing dots or spaces
 * (Windows drops them); not a Windows device name; at most 150 UTF-8 bytes. Never empty.
 */
export function safeStem(raw: string): string {
  let s = raw.normalize('NFC').replace(UNSAFE, '_').trim();
  s = cutToBytes(s, MAX_STEM_BYTES);
  s = s.replace(/[. ]+$/, '');
  s = s.replace(/^[.-]/, '_');
  const base = s.split('.')[0]!.trimEnd();
  if (RESERVED.test(base)) s = `_${s}`;
  return s || 'article';
}

/** How file systems that ignore case or normalisation see a name. */
function key(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export interface Claim {
  /** The stem this input writes. */
  stem: string;
  /** Set when the wanted stem was taken: by whom, and whether it was the same docId. */
  renamed: { wanted: string; by: string; sameDoc: boolean } | null;
}

/**
 * Hands out output stems in input order: the first input that wants a stem keeps it, later ones
 * get `stem-2`, `stem-3`… (skipping stems another input holds). Names compare without case, as
 * on macOS and Windows, so `A.json` and `a.json` are never two outputs meant to coexist.
 */
export class NameRegistry {
  private readonly held = new Map<string, { label: string; docId: string | null }>();

  claim(wanted: string, label: string, docId: string | null): Claim {
    const first = this.held.get(key(wanted));
    if (!first) {
      this.held.set(key(wanted), { label, docId });
      return { stem: wanted, renamed: null };
    }
    let stem = wanted;
    for (let n = 2; this.held.has(key(stem)); n++) stem = `${wanted}-${n}`;
    this.held.set(key(stem), { label, docId });
    return { stem, renamed: { wanted, by: first.label, sameDoc: docId !== null && first.docId === docId } };
  }
}
