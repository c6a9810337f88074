/**
 * Cheap screens in front of the rule tables' line patterns (how the tables are matched, not what
 * they match). Each pattern's source is read once, and what any match must contain is derived
 * from it:
 *
 * - a pattern anchored at the start (`^…`, no `m` flag) can only match a line whose first
 *   character one of its leading atoms accepts (`^[（(]?\s*(?:作者|文)…` needs 作, 文, a bracket
 *   or a space first): a table is screened per first character, and that answer is kept per
 *   character, so a line costs one look-up instead of a run of every pattern;
 * - a pattern ending in one single-character atom before `$` (`…\s*摄$`) can only match a line
 *   ending in a character that atom accepts;
 * - every atom a match must use (outside optional parts and alternatives) must occur in the line.
 *
 * A screen only ever says "cannot match"; the pattern itself still decides every line the screen
 * lets through, so what matches is unchanged. Whatever the reader of the source does not follow
 * (a `v` flag, a surrogate, an unusual escape or quantifier) gets no screen at all.
 */

/** One item of a sequence: an atom (one character of a class), a group, an assertion or anything else. */
type Item =
  | { kind: 'atom'; src: string; min: number; max: number }
  | { kind: 'group'; alts: Item[][]; look: boolean; min: number; max: number }
  | { kind: 'assert'; src: '^' | '$' | 'b' }
  | { kind: 'other'; min: number };

class Unsupported extends Error {}

/** Whether the character at `i` opens a quantifier. */
const quantifierAt = (src: string, i: number) => i < src.length && '*+?{'.includes(src[i]!);

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S']);
const CONTROL_ESCAPES = new Set(['n', 'r', 't', 'f', 'v', '0']);

/** Reads a regular expression's source into sequences of items (throws Unsupported). */
function parse(src: string, unicode: boolean): Item[][] {
  let i = 0;
  const quantify = (): { min: number; max: number } => {
    const c = src[i];
    let q = { min: 1, max: 1 };
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i));
      if (!m) throw new Unsupported('brace');
      const min = Number(m[1]);
      q = { min, max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : min };
      i += m[0].length - 1;
    } else return q;
    i++;
    if (src[i] === '?') i++;
    return q;
  };
  const escape = (): { atom: string } | { assert: 'b' } | { other: true } => {
    const start = i;
    const c = src[i + 1];
    if (c === undefined) throw new Unsupported('trailing backslash');
    i += 2;
    if (c === 'b' || c === 'B') return c === 'b' ? { assert: 'b' } : { other: true };
    if (CLASS_ESCAPES.has(c) || CONTROL_ESCAPES.has(c)) {
      if (c === '0' && /\d/.test(src[i] ?? '')) throw new Unsupported('octal');
      return { atom: src.slice(start, i) };
    }
    if (/[1-9]/.test(c)) {
      while (/\d/.test(src[i] ?? '')) i++;
      return { other: true };
    }
    if (c === 'k') {
      const end = src.indexOf('>', i);
      if (src[i] !== '<' || end < 0) throw new Unsupported('k');
      i = end + 1;
      return { other: true };
    }
    if (c === 'x') {
      if (!/^[0-9a-fA-F]{2}/.test(src.slice(i))) throw new Unsupported('x');
      i += 2;
      return { atom: src.slice(start, i) };
    }
    if (c === 'u') {
      if (/^[0-9a-fA-F]{4}/.test(src.slice(i))) {
        const code = parseInt(src.slice(i, i + 4), 16);
        if (code >= 0xd800 && code <= 0xdfff) throw new Unsupported('surrogate');
        i += 4;
        return { atom: src.slice(start, i) };
      }
      throw new Unsupported('u');
    }
    if (c === 'c') {
      if (!/[A-Za-z]/.test(src[i] ?? '')) throw new Unsupported('c');
      i++;
      return { atom: src.slice(start, i) };
    }
    if ((c === 'p' || c === 'P') && unicode) {
      const end = src.indexOf('}', i);
      if (src[i] !== '{' || end < 0) throw new Unsupported('p');
      i = end + 1;
      return { atom: src.slice(start, i) };
    }
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported(`escape ${c}`);
    return { atom: src.slice(start, i) };
  };
  const klass = (): string => {
    const start = i;
    i++;
    if (src[i] === '^') i++;
    while (i < src.length && src[i] !== ']') {
      if (src[i] === '\\') {
        if (src[i + 1] === 'u' && /^[dD][89abAB]/.test(src.slice(i + 2))) throw new Unsupported('surrogate');
        i += 2;
      } else if (src[i] === '[' && unicode && src[i + 1] === ':') throw new Unsupported('class');
      else i++;
    }
    if (src[i] !== ']') throw new Unsupported('open class');
    i++;
    return src.slice(start, i);
  };
  const alternatives = (): Item[][] => {
    const alts: Item[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      const seq = alts[alts.length - 1]!;
      const c = src[i]!;
      const code = c.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) throw new Unsupported('surrogate');
      if (c === '|') {
        i++;
        alts.push([]);
      } else if (c === '^' || c === '$') {
        i++;
        seq.push({ kind: 'assert', src: c });
        if (quantifierAt(src, i)) throw new Unsupported('quantified assertion');
      } else if (c === '(') {
        let look = false;
        if (src.startsWith('(?:', i)) i += 3;
        else if (src.startsWith('(?=', i) || src.startsWith('(?!', i)) {
          look = true;
          i += 3;
        } else if (src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) {
          look = true;
          i += 4;
        } else if (src.startsWith('(?<', i)) {
          const end = src.indexOf('>', i);
          if (end < 0) throw new Unsupported('group name');
          i = end + 1;
        } else if (src[i + 1] === '?') throw new Unsupported('group');
        else i++;
        const inner = alternatives();
        if (src[i] !== ')') throw new Unsupported('open group');
        i++;
        if (look && quantifierAt(src, i)) throw new Unsupported('quantified lookaround');
        seq.push({ kind: 'group', alts: inner, look, ...quantify() });
      } else if (c === '[') {
        const src0 = klass();
        seq.push({ kind: 'atom', src: src0, ...quantify() });
      } else if (c === '\\') {
        const e = escape();
        if ('assert' in e) seq.push({ kind: 'assert', src: 'b' });
        else if ('other' in e) seq.push({ kind: 'other', ...quantify() });
        else seq.push({ kind: 'atom', src: e.atom, ...quantify() });
      } else if (c === '.') {
        i++;
        seq.push({ kind: 'other', ...quantify() });
      } else if ('*+?{}]'.includes(c)) {
        // A quantifier with nothing before it, or a bracket the reader does not take as a literal.
        throw new Unsupported(`syntax ${c}`);
      } else {
        i++;
        seq.push({ kind: 'atom', src: c, ...quantify() });
      }
    }
    return alts;
  };
  const alts = alternatives();
  if (i !== src.length) throw new Unsupported('unbalanced');
  return alts;
}

/**
 * The atoms one of which matches the first character of any non-empty match of `seq`, and whether
 * a match may be empty; null when a match may start with anything.
 */
function firstAtoms(seq: readonly Item[]): { atoms: string[]; nullable: boolean } | null {
  const atoms: string[] = [];
  for (const it of seq) {
    if (it.kind === 'assert' || (it.kind === 'group' && it.look)) continue; // zero-width
    if (it.kind === 'other') return null;
    if (it.kind === 'atom') {
      atoms.push(it.src);
      if (it.min >= 1) return { atoms, nullable: false };
      continue;
    }
    // A group: the first atoms of each alternative; a group that may match nothing is passed over.
    let nullable = it.min === 0;
    for (const alt of it.alts) {
      const f = firstAtoms(alt);
      if (f === null) return null;
      atoms.push(...f.atoms);
      if (f.nullable) nullable = true;
    }
    if (!nullable) return { atoms, nullable: false };
  }
  return { atoms, nullable: true };
}

/** Atoms every match uses (the sequence's own mandatory atoms, and those of mandatory groups without alternatives). */
function neededAtoms(seq: readonly Item[]): string[] {
  const out: string[] = [];
  for (const it of seq) {
    if (it.kind === 'atom' && it.min >= 1) out.push(it.src);
    else if (it.kind === 'group' && !it.look && it.min >= 1 && it.alts.length === 1) out.push(...neededAtoms(it.alts[0]!));
  }
  return out;
}

/** What a pattern's matches need, as tests on a (trimmed) line. */
export interface PatternScreen {
  /** For a pattern anchored at the start: whether a line starting with this code point may match. */
  first: ((ch: string) => boolean) | null;
  /** Whether the line may match, by its last character and the atoms it must contain. */
  rest: ((line: string) => boolean) | null;
}

const screens = new WeakMap<RegExp, PatternScreen>();
const NONE: PatternScreen = { first: null, rest: null };

/** The screen of one pattern (derived once per RegExp object). */
export function patternScreen(re: RegExp): PatternScreen {
  let s = screens.get(re);
  if (!s) screens.set(re, (s = derive(re)));
  return s;
}

/** The last character of a line: a code point for a `u` pattern, else a code unit (what the pattern's last atom reads). */
function lastChar(line: string, unicode: boolean): string {
  const n = line.length;
  if (unicode && n >= 2 && /[\udc00-\udfff]/.test(line[n - 1]!) && /[\ud800-\udbff]/.test(line[n - 2]!)) return line.slice(n - 2);
  return line[n - 1]!;
}

function derive(re: RegExp): PatternScreen {
  // Stateful (g, y) patterns are run as they are; `v` and `m` change what the reader would assume.
  if (/[gyvm]/.test(re.flags)) return NONE;
  const unicode = re.flags.includes('u');
  const flags = re.flags.replace(/[^iu]/g, '');
  let alts: Item[][];
  try {
    alts = parse(re.source, unicode);
  } catch (e) {
    if (e instanceof Unsupported) return NONE;
    throw e;
  }
  if (alts.length !== 1) return NONE;
  const seq = alts[0]!;
  let first: PatternScreen['first'] = null;
  if (seq[0]?.kind === 'assert' && seq[0].src === '^') {
    const f = firstAtoms(seq.slice(1));
    if (f && !f.nullable && f.atoms.length) {
      const probe = new RegExp(`^(?:${f.atoms.join('|')})$`, flags);
      // The first code point of the line; a pattern without `u` reads its first code unit.
      first = unicode ? (cp) => probe.test(cp) : (cp) => probe.test(cp[0]!);
    }
  }
  const tests: ((line: string) => boolean)[] = [];
  const last = seq[seq.length - 1];
  const beforeLast = seq[seq.length - 2];
  if (last?.kind === 'assert' && last.src === '$' && beforeLast?.kind === 'atom' && beforeLast.min === 1 && beforeLast.max === 1) {
    const probe = new RegExp(`^(?:${beforeLast.src})$`, flags);
    tests.push((l) => l.length > 0 && probe.test(lastChar(l, unicode)));
  }
  // For an anchored pattern a failed attempt is already cheap: only the unanchored ones scan for their atoms.
  if (!first) {
    for (const a of [...new Set(neededAtoms(seq))].slice(0, 3)) {
      const probe = new RegExp(a, flags);
      tests.push((l) => probe.test(l));
    }
  }
  const rest = tests.length === 0 ? null : tests.length === 1 ? tests[0]! : (l: string) => tests.every((t) => t(l));
  return { first, rest };
}

/** The first code point of a non-empty string, as a string. */
const firstCodePoint = (s: string): string => String.fromCodePoint(s.codePointAt(0)!);

/** False only when `re` cannot match `s` (what `re.test(s)` answers otherwise is up to `re`). */
export function mayMatch(re: RegExp, s: string): boolean {
  const { first, rest } = patternScreen(re);
  if (!s) return true;
  return (!first || first(firstCodePoint(s))) && (!rest || rest(s));
}

/** How many first characters a table keeps its answers for (beyond that, they are worked out each time). */
const MAX_FIRST_CHARS = 4096;

/**
 * A table's screen: for a trimmed line, which of `patterns` (in table order) may match it. The
 * first-character part of the answer is kept per character.
 */
export function tableScreen(patterns: readonly RegExp[]): (line: string) => readonly boolean[] {
  const list = patterns.map(patternScreen);
  const byFirst = new Map<string, boolean[]>();
  const all = patterns.map(() => true);
  const firstOf = (ch: string): boolean[] => {
    let ok = byFirst.get(ch);
    if (ok) return ok;
    ok = list.map((s) => !s.first || s.first(ch));
    if (byFirst.size < MAX_FIRST_CHARS) byFirst.set(ch, ok);
    return ok;
  };
  return (line) => {
    if (!line) return all;
    const ok = firstOf(firstCodePoint(line));
    let out: boolean[] | null = null;
    for (let k = 0; k < list.length; k++) {
      if (!ok[k]) continue;
      const rest = list[k]!.rest;
      if (rest && !rest(line)) {
        out ??= ok.slice();
        out[k] = false;
      }
    }
    return out ?? ok;
  };
}
