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
 * The atoms one of which matches the first character (or, `fromEnd`, the last) of any non-empty
 * match of `seq`, and whether a match may be empty; null when a match may start (end) with anything.
 */
function edgeAtoms(seq: readonly Item[], fromEnd: boolean): { atoms: string[]; nullable: boolean } | null {
  const atoms: string[] = [];
  for (let k = 0; k < seq.length; k++) {
    const it = seq[fromEnd ? seq.length - 1 - k : k]!;
    if (it.kind === 'assert' || (it.kind === 'group' && it.look)) continue; // zero-width
    if (it.kind === 'other') return null;
    if (it.kind === 'atom') {
      atoms.push(it.src);
      if (it.min >= 1) return { atoms, nullable: false };
      continue;
    }
    // A group: the edge atoms of each alternative; a group that may match nothing is passed over.
    let nullable = it.min === 0;
    for (const alt of it.alts) {
      const f = edgeAtoms(alt, fromEnd);
      if (f === null) return null;
      atoms.push(...f.atoms);
      if (f.nullable) nullable = true;
    }
    if (!nullable) return { atoms, nullable: false };
  }
  return { atoms, nullable: true };
}

/** The atoms one of which matches the first character of any non-empty match of `seq` (see edgeAtoms). */
const firstAtoms = (seq: readonly Item[]) => edgeAtoms(seq, false);

/** The atoms one of which matches the last character of any non-empty match of `seq` (see edgeAtoms). */
const lastAtoms = (seq: readonly Item[]) => edgeAtoms(seq, true);

/** Atoms every match uses (the sequence's own mandatory atoms, and those of mandatory groups without alternatives). */
function neededAtoms(seq: readonly Item[]): string[] {
  const out: string[] = [];
  for (const it of seq) {
    if (it.kind === 'atom' && it.min >= 1) out.push(it.src);
    else if (it.kind === 'group' && !it.look && it.min >= 1 && it.alts.length === 1) out.push(...neededAtoms(it.alts[0]!));
  }
  return out;
}

/** Mandatory groups with several alternatives (at the top, or inside mandatory groups without alternatives): every match goes through one of their alternatives. */
function neededChoices(seq: readonly Item[]): Item[][][] {
  const out: Item[][][] = [];
  for (const it of seq) {
    if (it.kind !== 'group' || it.look || it.min < 1) continue;
    if (it.alts.length === 1) out.push(...neededChoices(it.alts[0]!));
    else out.push(it.alts);
  }
  return out;
}

/** Characters written as themselves in a pattern source (no special meaning). */
const PLAIN = /^[^\\[\].^$|?*+(){}]$/;

/** The one character an atom stands for when it is written as itself (or as an escaped punctuation mark) and has no case under `i`; else null. */
function plainChar(src: string, ignoreCase: boolean): string | null {
  const c = src.length === 1 && PLAIN.test(src) ? src : src.length === 2 && src[0] === '\\' && !/[A-Za-z0-9]/.test(src[1]!) ? src[1]! : null;
  if (c === null || c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff) return null;
  return !ignoreCase || c.toLowerCase() === c.toUpperCase() ? c : null;
}

/** What a pattern's matches need, as tests on a (trimmed) line. */
export interface PatternScreen {
  /** For a pattern anchored at the start: whether a line starting with this code point may match. */
  first: ((ch: string) => boolean) | null;
  /** Whether the line may match, by its last character and the atoms it must contain. */
  rest: ((line: string) => boolean) | null;
}

/** The parts of a screen, as a table runs them (the first- and last-character answers kept per character). */
interface Parts extends PatternScreen {
  /** For a pattern anchored at the end: whether a line ending in this character (a code point for a `u` pattern, else a code unit) may match. */
  last: ((ch: string) => boolean) | null;
  /** Whether the line holds every atom a match needs (the rest without the last character). */
  atoms: ((line: string) => boolean) | null;
}

const screens = new WeakMap<RegExp, Parts>();
const NONE: Parts = { first: null, rest: null, last: null, atoms: null };

/**
 * What a pattern's screen is made of, as plain data (what reading its source gives; null: no
 * screen). A build can work it out ahead of time (see primeScreens): reading the sources of the
 * rule tables is most of what setting up the screens costs.
 */
export interface ScreenData {
  /** Anchored at the start: the atoms one of which a match's first character is. */
  first: string[] | null;
  /** Anchored at the end: the atoms one of which a match's last character is. */
  last: string[] | null;
  /** Characters a match must contain (from the line's one scan; a character given no bit is looked for with `includes`, the first two of them). */
  plain: string[];
  /** Other atoms a match must contain (looked for with a probe pattern each). */
  probes: string[];
  /** Characters one of which a match must contain (a choice's alternatives). */
  any: string[] | null;
}

/** A pattern's key for primed screens: a hash (FNV-1a) and the length of its flags and source. */
export function screenKey(re: RegExp): string {
  const s = `${re.flags}/${re.source}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}.${s.length.toString(36)}`;
}

/** Screens worked out ahead of time (primeScreens), and those worked out here so far (derivedScreens). */
const primed = new Map<string, ScreenData | null>();
const derived = new Map<string, ScreenData | null>();
const derivedFrom: RegExp[] = [];

/**
 * Gives the screens of patterns by key (screenKey) as a build worked them out with
 * derivedScreens, so that they are not read from the sources again. Call it before any table is
 * set up; each primed screen must be what this code derives (a test checks the build's).
 */
export function primeScreens(data: Readonly<Record<string, ScreenData | null>>): void {
  for (const [k, v] of Object.entries(data)) primed.set(k, v);
}

/** The screens this code has read from pattern sources so far (not primed ones), by key. */
export function derivedScreens(): Record<string, ScreenData | null> {
  return Object.fromEntries(derived);
}

/** The patterns whose screens this code has read from their sources so far. */
export function derivedPatterns(): readonly RegExp[] {
  return derivedFrom;
}

/** The screen of one pattern (derived once per RegExp object). */
export function patternScreen(re: RegExp): PatternScreen {
  const { first, rest } = partsOf(re);
  return { first, rest };
}

function partsOf(re: RegExp): Parts {
  let s = screens.get(re);
  if (!s) {
    const key = screenKey(re);
    let data = primed.get(key);
    if (data === undefined) {
      derived.set(key, (data = describe(re)));
      derivedFrom.push(re);
    }
    screens.set(re, (s = build(re, data)));
  }
  return s;
}

/** The last character of a line: a code point for a `u` pattern, else a code unit (what the pattern's last atom reads). */
function lastChar(line: string, unicode: boolean): string {
  const n = line.length;
  if (unicode && n >= 2 && /[\udc00-\udfff]/.test(line[n - 1]!) && /[\ud800-\udbff]/.test(line[n - 2]!)) return line.slice(n - 2);
  return line[n - 1]!;
}

/**
 * The plain characters the screens need, each given a bit (up to MAX_BITS - 1 of them; a character
 * beyond that is searched for as before). A line is scanned once for all of them, whichever
 * tables and patterns then ask about it. The answers are kept in SLOTS places, a line's place
 * chosen by its length and first character (the lines stage asks several tables about every line,
 * then the byline table again in a second pass, and about the next line beside the current one).
 */
const MAX_BITS = 128;
const WORDS = MAX_BITS / 32;
/** Code unit → its bit (0: not a character any screen needs). Made with the first screen. */
let bitOf: Uint8Array | null = null;
let bits = 1;
const SLOTS = 64;
/** The line whose answer each place holds. */
const slotLine: (string | null)[] = new Array<string | null>(SLOTS).fill(null);
/** The answers: WORDS numbers per place. */
const present = new Int32Array(SLOTS * WORDS);

/** The bit of a (one code unit) character, given one on first use; 0 when all are given. */
function bitFor(c: string): number {
  bitOf ??= new Uint8Array(0x10000);
  const code = c.charCodeAt(0);
  let b = bitOf[code]!;
  if (!b && bits < MAX_BITS) {
    b = bits++;
    bitOf[code] = b;
    slotLine.fill(null); // a line scanned before did not look for this character
  }
  return b;
}

/** Which needed characters `line` holds: where its answer starts in `present` (one scan per line while its place keeps it). */
function charsIn(line: string): number {
  const slot = (line.length * 31 + (line.length ? line.charCodeAt(0) : 0)) & (SLOTS - 1);
  const at = slot * WORDS;
  if (slotLine[slot] !== line) {
    present.fill(0, at, at + WORDS);
    const map = bitOf!;
    for (let i = 0; i < line.length; i++) {
      const b = map[line.charCodeAt(i)]!;
      if (b) present[at + (b >>> 5)]! |= 1 << (b & 31);
    }
    slotLine[slot] = line;
  }
  return at;
}

/** A mask over the character bits, as its words that are not zero: [word, bits, word, bits…]. */
function maskOf(bitList: readonly number[]): number[] {
  const m = new Int32Array(WORDS);
  for (const b of bitList) m[b >>> 5]! |= 1 << (b & 31);
  const out: number[] = [];
  for (let w = 0; w < WORDS; w++) if (m[w]) out.push(w, m[w]!);
  return out;
}

/** The line holds every character of `all`. */
function holdsAll(all: readonly number[]): (line: string) => boolean {
  return (l) => {
    const at = charsIn(l);
    for (let i = 0; i < all.length; i += 2) if ((present[at + all[i]!]! & all[i + 1]!) !== all[i + 1]!) return false;
    return true;
  };
}

/** The line holds one character of `any` at least. */
function holdsAny(any: readonly number[]): (line: string) => boolean {
  return (l) => {
    const at = charsIn(l);
    for (let i = 0; i < any.length; i += 2) if (present[at + any[i]!]! & any[i + 1]!) return true;
    return false;
  };
}

/** All the tests, in turn (a loop: no closure made per line). */
function allOf(tests: readonly ((line: string) => boolean)[]): (line: string) => boolean {
  return (l) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(l)) return false;
    return true;
  };
}

/** The screen's parts a pattern's source gives, as data. */
export function describe(re: RegExp): ScreenData | null {
  // Stateful (g, y) patterns are run as they are; `v` and `m` change what the reader would assume.
  if (/[gyvm]/.test(re.flags)) return null;
  const unicode = re.flags.includes('u');
  let alts: Item[][];
  try {
    alts = parse(re.source, unicode);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  if (alts.length !== 1) return null;
  const seq = alts[0]!;
  const data: ScreenData = { first: null, last: null, plain: [], probes: [], any: null };
  if (seq[0]?.kind === 'assert' && seq[0].src === '^') {
    const f = firstAtoms(seq.slice(1));
    if (f && !f.nullable && f.atoms.length) data.first = f.atoms;
  }
  // A pattern ending in `$`: the last atoms before it (…\s*摄$, …(?:>>|＞＞|》》)$).
  const end = seq[seq.length - 1];
  if (end?.kind === 'assert' && end.src === '$') {
    const l = lastAtoms(seq.slice(0, -1));
    if (l && !l.nullable && l.atoms.length) data.last = l.atoms;
  }
  // For an anchored pattern whose first character is narrow a failed attempt is already cheap.
  // The others (unanchored, or free to start with any ideograph or after any prefix) look for the
  // atoms a match needs first: plain characters (all of them) from the line's one scan for every
  // table, other atoms by a probe pattern
  // (unanchored patterns only, as they scan the line anyway).
  const ignoreCase = re.flags.includes('i');
  const first = data.first && firstTest(data.first, re);
  if (!first || first('中')) {
    const needed = [...new Set(neededAtoms(seq))];
    const plain = needed.map((a) => plainChar(a, ignoreCase)).filter((c): c is string => c !== null);
    data.plain = plain;
    if (!first) data.probes = needed.filter((x) => plainChar(x, ignoreCase) === null).slice(0, Math.max(0, 3 - Math.min(2, plain.length)));
    // Nothing needed outside a choice (…(?:欢迎关注|速关注|加关注)…): one of its alternatives' characters.
    if (!data.plain.length && !data.probes.length) {
      for (const alts of neededChoices(seq)) {
        const options = alts.map((alt) => neededAtoms(alt).map((a) => plainChar(a, ignoreCase)).find((c) => c !== null) ?? null);
        if (options.some((o) => o === null)) continue;
        data.any = [...new Set(options as string[])];
        break;
      }
    }
  }
  return data;
}

/** The probe flags of a pattern: only those that change what one character matches. */
const probeFlags = (re: RegExp) => re.flags.replace(/[^iu]/g, '');

/** For a pattern anchored at the start: whether a line starting with this code point may match (a pattern without `u` reads its first code unit). */
function firstTest(atoms: readonly string[], re: RegExp): (cp: string) => boolean {
  const probe = new RegExp(`^(?:${atoms.join('|')})$`, probeFlags(re));
  return re.flags.includes('u') ? (cp) => probe.test(cp) : (cp) => probe.test(cp[0]!);
}

/** The screen's tests, from its data. */
function build(re: RegExp, data: ScreenData | null): Parts {
  if (!data) return NONE;
  const unicode = re.flags.includes('u');
  const flags = probeFlags(re);
  const first = data.first && firstTest(data.first, re);
  let last: Parts['last'] = null;
  if (data.last) {
    const probe = new RegExp(`^(?:${data.last.join('|')})$`, flags);
    last = (ch) => probe.test(ch);
  }
  const tests: ((line: string) => boolean)[] = [];
  // Every plain character a match needs, from the line's one scan (a character without a bit is searched for).
  const withBits = data.plain.filter((c) => bitFor(c) > 0);
  if (withBits.length) tests.push(holdsAll(maskOf(withBits.map(bitFor))));
  for (const c of data.plain.filter((x) => bitFor(x) === 0).slice(0, 2)) tests.push((l) => l.includes(c));
  for (const a of data.probes) {
    const probe = new RegExp(a, flags);
    tests.push((l) => probe.test(l));
  }
  const chars = data.any;
  if (chars && chars.every((c) => bitFor(c) > 0)) tests.push(holdsAny(maskOf(chars.map(bitFor))));
  else if (chars) {
    // One search for any of them (a class of the characters, each escaped).
    const any = new RegExp(`[${chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`);
    tests.push((l) => any.test(l));
  }
  const atoms = tests.length === 0 ? null : tests.length === 1 ? tests[0]! : allOf(tests);
  const rest =
    !last && !atoms
      ? null
      : (l: string) => (!last || (l.length > 0 && last(lastChar(l, unicode)))) && (!atoms || atoms(l));
  return { first, rest, last: last && (unicode ? last : (ch) => last(ch.slice(-1))), atoms };
}

/** The first code point of a non-empty string, as a string. */
const firstCodePoint = (s: string): string => String.fromCodePoint(s.codePointAt(0)!);

/** False only when `re` cannot match `s` (what `re.test(s)` answers otherwise is up to `re`). */
export function mayMatch(re: RegExp, s: string): boolean {
  const { first, rest } = partsOf(re);
  if (!s) return true;
  return (!first || first(firstCodePoint(s))) && (!rest || rest(s));
}

/** How many first (and last) characters a table keeps its answers for (beyond that, they are worked out each time). */
const MAX_CHARS = 4096;

/**
 * A table's screen asked pattern by pattern: `start(line)` with a trimmed line gives, in table
 * order, the patterns whose first-character test lets the line through (kept per character for the
 * whole table); `may(k)`, for one of them, asks the rest (last character, kept per character too,
 * then the characters it needs), so that a pattern the caller skips for another reason costs
 * nothing.
 */
export interface TableTester {
  start(line: string): readonly number[];
  may(k: number): boolean;
}

export function tableTester(patterns: readonly RegExp[]): TableTester {
  const list = patterns.map(partsOf);
  const every = patterns.map((_, k) => k);
  // The answers are worked out in functions of their own: a closure over `ch` in the look-ups
  // themselves would make a context object on every call, found or not.
  const byFirst = new Map<number, readonly number[]>();
  const firstAnswer = (ch: string): readonly number[] => every.filter((k) => !list[k]!.first || list[k]!.first!(ch));
  const firstOf = (cp: number): readonly number[] => {
    let ok = byFirst.get(cp);
    if (ok) return ok;
    ok = firstAnswer(String.fromCodePoint(cp));
    if (byFirst.size < MAX_CHARS) byFirst.set(cp, ok);
    return ok;
  };
  // Kept per last code unit, for lines that do not end in a surrogate pair (those are worked out each time).
  const byLast = new Map<number, boolean[]>();
  const lastAnswer = (ch: string): boolean[] => list.map((s) => !s.last || s.last(ch));
  const lastOf = (line: string): boolean[] => {
    const n = line.length;
    const code = line.charCodeAt(n - 1);
    const pair = code >= 0xdc00 && code <= 0xdfff && n >= 2 && line.charCodeAt(n - 2) >= 0xd800 && line.charCodeAt(n - 2) <= 0xdbff;
    let ok = pair ? undefined : byLast.get(code);
    if (ok) return ok;
    ok = lastAnswer(pair ? line.slice(n - 2) : line[n - 1]!);
    if (!pair && byLast.size < MAX_CHARS) byLast.set(code, ok);
    return ok;
  };
  let line = '';
  let lastOk: boolean[] = [];
  return {
    start(s) {
      line = s;
      if (!s) return every;
      lastOk = lastOf(s);
      return firstOf(s.codePointAt(0)!);
    },
    may(k) {
      if (!line) return true;
      if (!lastOk[k]) return false;
      const atoms = list[k]!.atoms;
      return !atoms || atoms(line);
    },
  };
}

/** A table's screen: for a trimmed line, which of `patterns` (in table order) may match it. */
export function tableScreen(patterns: readonly RegExp[]): (line: string) => readonly boolean[] {
  const t = tableTester(patterns);
  return (line) => {
    const out = patterns.map(() => false);
    for (const k of t.start(line)) out[k] = t.may(k);
    return out;
  };
}
