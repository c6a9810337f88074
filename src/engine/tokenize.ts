/**
 * The fast path's own tokenizer (src/engine/fast-parse.ts). It reads the markup well-formed pages
 * are made of and reports it through htmlparser2's tokenizer callbacks, with the same calls, in the
 * same order, with the same positions as htmlparser2's `Tokenizer` run without reading character
 * references (`decodeEntities: false`), so the tree builder behind it is the same code for both.
 * Where htmlparser2's reading is not certain from a simple scan it gives up (`why`), and the
 * builder runs again on htmlparser2's tokenizer.
 *
 * htmlparser2 reads one character per step of a state machine; here a text is one `indexOf` to the
 * next `<`, an attribute value one `indexOf` to its quote, a comment one to its `-->`, raw text
 * one per `</`, and tag and attribute names a loop over character codes.
 *
 * It gives up on: the input ending inside a tag, a comment, a declaration or raw text; a tag name
 * that is not ASCII letters, digits and `:_.-` up to whitespace, `/` or `>`; `</` not followed by a
 * letter; a tag name htmlparser2 reads as raw text that the standard does not (`<tmp>`, `<xitle>`,
 * `<xextarea>`); an attribute name starting with `=`; `/` followed by whitespace inside a tag; `<!` not
 * followed by `--` or a `d`; `<!-->` and `<!--->`; `<?`; a `<` last in the input. The builder gives
 * up on most of these itself.
 *
 * test/unit/engine/tokenize.test.ts compares its calls with htmlparser2's on every fixture, the
 * generators, the mutation fuzzer's mutants and cuts of pages at every position.
 */
import type { TokenizerCallbacks } from 'htmlparser2';

/** htmlparser2's QuoteType: how an attribute's value was written. */
const NO_VALUE = 0;
const UNQUOTED = 1;
const SINGLE = 2;
const DOUBLE = 3;

/** `</` + the name, as htmlparser2 holds the end sequences of its raw-text elements. */
const seq = (name: string) => new Uint8Array([...`</${name}`].map((c) => c.charCodeAt(0)));
const SCRIPT = seq('script');
const STYLE = seq('style');
const TITLE = seq('title');
const TEXTAREA = seq('textarea');
const XMP = seq('xmp');

const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
/** ASCII letters, digits and `:_.-`: the tag-name characters both tokenizers read alike. */
const isNameChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2e || c === 0x2d;
const isAlpha = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** What a tag name whose raw-text reading differs from the standard's gives (the tokenizer gives up). */
const ODD: Uint8Array = new Uint8Array(0);

/**
 * htmlparser2's raw-text elements (script, style, title, textarea, xmp): their end sequence, by the
 * tag name's span; ODD for a name htmlparser2 also reads as raw text though no element of the
 * standard is. htmlparser2 picks the sequence by the name's first two characters (s + c or t; t or
 * x + i, e or m) and compares the rest, so `<tmp>` reads as an xmp, `<xitle>` as a title and
 * `<xextarea>` as a textarea: their content would be text up to `</xmp`, `</title` or `</textarea`.
 */
function specialOf(html: string, start: number, end: number): Uint8Array | undefined {
  const len = end - start;
  if (len < 3) return undefined;
  const c = html.charCodeAt(start) | 0x20;
  const c1 = html.charCodeAt(start + 1) | 0x20;
  let s: Uint8Array;
  if (c === 0x73) {
    if (c1 === 0x63) s = SCRIPT;
    else if (c1 === 0x74) s = STYLE;
    else return undefined;
  } else if (c === 0x74 || c === 0x78) {
    if (c1 === 0x69) s = TITLE;
    else if (c1 === 0x65) s = TEXTAREA;
    else if (c1 === 0x6d) s = XMP;
    else return undefined;
  } else return undefined;
  if (len !== s.length - 2) return undefined;
  for (let i = 2; i < len; i++) if ((html.charCodeAt(start + i) | 0x20) !== s[i + 2]) return undefined;
  return c === s[2] ? s : ODD;
}

export class OwnTokenizer {
  /** Set (by the builder, from its start-tag callback) when the tag just read opens raw text ending at `currentSequence`. */
  isSpecial = false;
  currentSequence: Uint8Array | undefined = undefined;
  /** Why it gave up, or null. */
  why: string | null = null;
  private running = true;
  /** Whether the input holds U+000F or U+001C anywhere (else no raw text needs the look for them). */
  private controls = false;

  constructor(private readonly cbs: TokenizerCallbacks) {}

  pause(): void {
    this.running = false;
  }

  private giveUp(why: string): void {
    this.why = why;
    this.running = false;
  }

  /** Reads the whole input (one write, then the end, as the builder calls htmlparser2's). */
  write(html: string): void {
    const cbs = this.cbs;
    const len = html.length;
    this.controls = html.indexOf('\x0f') >= 0 || html.indexOf('\x1c') >= 0;
    /** Start of the text being read. */
    let text = 0;
    let i = html.indexOf('<');
    while (i >= 0) {
      if (i + 1 >= len) return this.giveUp('< last in the input');
      const c = html.charCodeAt(i + 1);
      if (isAlpha(c)) {
        if (i > text) {
          cbs.ontext(text, i);
          if (!this.running) return;
        }
        const end = this.startTag(html, i + 1);
        if (end < 0) return;
        i = end;
      } else if (c === 0x2f) {
        // An end tag: </name, whitespace, >.
        const start = i + 2;
        if (!isAlpha(html.charCodeAt(start))) return this.giveUp('</ without a name');
        if (i > text) {
          cbs.ontext(text, i);
          if (!this.running) return;
        }
        let j = start + 1;
        while (j < len && isNameChar(html.charCodeAt(j))) j++;
        if (j >= len) return this.giveUp('input ends inside an end tag');
        const t = html.charCodeAt(j);
        if (t !== 0x3e && !isWs(t)) return this.giveUp('unusual end tag name');
        const end = this.closeTag(html, start, j);
        if (end < 0) return;
        i = end;
      } else if (c === 0x21) {
        if (i > text) {
          cbs.ontext(text, i);
          if (!this.running) return;
        }
        const c2 = html.charCodeAt(i + 2);
        if (c2 === 0x2d) {
          if (html.charCodeAt(i + 3) !== 0x2d) return this.giveUp('<!- without a second -');
          const start = i + 4;
          const c4 = html.charCodeAt(start);
          // htmlparser2 lets `<!-->` and `<!--->` end at once, which a search for --> would not see.
          if (c4 === 0x3e || (c4 === 0x2d && html.charCodeAt(start + 1) === 0x3e)) return this.giveUp('short comment');
          const close = html.indexOf('-->', start);
          if (close < 0) return this.giveUp('input ends inside a comment');
          cbs.oncomment(start, close + 2, 2);
          if (!this.running) return;
          i = close + 3;
        } else if ((c2 | 0x20) === 0x64) {
          const gt = html.indexOf('>', i + 3);
          if (gt < 0) return this.giveUp('input ends inside a declaration');
          cbs.ondeclaration(i + 2, gt);
          if (!this.running) return;
          i = gt + 1;
        } else return this.giveUp('<! other than a comment or a doctype');
      } else if (c === 0x3f) {
        return this.giveUp('processing instruction');
      } else {
        // A `<` that opens nothing is text; htmlparser2 starts a new text at it.
        if (i > text) {
          cbs.ontext(text, i);
          if (!this.running) return;
        }
        text = i;
        i = html.indexOf('<', i + 1);
        continue;
      }
      text = i;
      i = html.indexOf('<', i);
    }
    if (len > text) cbs.ontext(text, len);
  }

  end(): void {
    if (this.running) this.cbs.onend();
  }

  /**
   * A start tag whose name starts at `start`; returns where the text after it starts, or -1 (gave
   * up or paused). Raw text after it is read here too.
   */
  private startTag(html: string, start: number): number {
    const cbs = this.cbs;
    const len = html.length;
    let j = start + 1;
    while (j < len && isNameChar(html.charCodeAt(j))) j++;
    if (j >= len) return this.fail('input ends inside a tag');
    let c = html.charCodeAt(j);
    if (c !== 0x3e && c !== 0x2f && !isWs(c)) return this.fail('unusual tag name');
    const special = specialOf(html, start, j);
    if (special === ODD) return this.fail('a tag name htmlparser2 reads as raw text');
    this.isSpecial = special !== undefined;
    this.currentSequence = special;
    cbs.onopentagname(start, j);
    if (!this.running) return -1;
    // Before an attribute name.
    for (;;) {
      while (isWs(c)) c = html.charCodeAt(++j);
      if (c === 0x3e) {
        cbs.onopentagend(j);
        if (!this.running) return -1;
        return this.isSpecial ? this.rawText(html, j + 1) : j + 1;
      }
      if (c === 0x2f) {
        c = html.charCodeAt(++j);
        if (c === 0x3e) {
          cbs.onselfclosingtag(j);
          this.isSpecial = false;
          if (!this.running) return -1;
          return j + 1;
        }
        if (j >= len) return this.fail('input ends inside a tag');
        if (isWs(c)) return this.fail('/ and whitespace in a tag');
        continue;
      }
      if (j >= len) return this.fail('input ends inside a tag');
      if (c === 0x3d) return this.fail('attribute name starting with =');
      // An attribute name: up to =, whitespace, / or >.
      const nameStart = j;
      c = html.charCodeAt(++j);
      while (j < len && c !== 0x3d && c !== 0x3e && c !== 0x2f && !isWs(c)) c = html.charCodeAt(++j);
      if (j >= len) return this.fail('input ends inside a tag');
      cbs.onattribname(nameStart, j);
      const nameEnd = j;
      while (isWs(c)) c = html.charCodeAt(++j);
      if (c !== 0x3d) {
        if (j >= len) return this.fail('input ends inside a tag');
        cbs.onattribend(NO_VALUE, nameEnd);
        continue;
      }
      c = html.charCodeAt(++j);
      while (isWs(c)) c = html.charCodeAt(++j);
      if (j >= len) return this.fail('input ends inside a tag');
      if (c === 0x22 || c === 0x27) {
        const q = html.indexOf(c === 0x22 ? '"' : "'", j + 1);
        if (q < 0) return this.fail('input ends inside an attribute value');
        cbs.onattribdata(j + 1, q);
        cbs.onattribend(c === 0x22 ? DOUBLE : SINGLE, q + 1);
        j = q + 1;
        c = html.charCodeAt(j);
        continue;
      }
      // Unquoted: up to whitespace or >.
      const valueStart = j;
      while (j < len && c !== 0x3e && !isWs(c)) c = html.charCodeAt(++j);
      if (j >= len) return this.fail('input ends inside a tag');
      cbs.onattribdata(valueStart, j);
      cbs.onattribend(UNQUOTED, j);
    }
  }

  /** An end tag whose name spans start..end (`end` is whitespace or >); returns where the text after it starts, or -1. */
  private closeTag(html: string, start: number, end: number): number {
    this.cbs.onclosetag(start, end);
    if (!this.running) return -1;
    // htmlparser2 skips everything up to the next >.
    const gt = html.charCodeAt(end) === 0x3e ? end : html.indexOf('>', end + 1);
    if (gt < 0) return this.fail('input ends inside an end tag');
    return gt + 1;
  }

  /** Raw text from `from` up to `</name` (any ASCII case) followed by whitespace or >, and that end tag. */
  private rawText(html: string, from: number): number {
    const s = this.currentSequence!;
    const n = s.length;
    const len = html.length;
    for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 1)) {
      let k = 2;
      while (k < n && (html.charCodeAt(at + k) | 0x20) === s[k]) k++;
      if (k < n) continue;
      if (at + n >= len) break;
      const t = html.charCodeAt(at + n);
      if (t !== 0x3e && !isWs(t)) continue;
      // htmlparser2 matches the end tag with `c | 0x20`, so U+000F reads as its '/' and U+001C as its '<'
      // (<U+000Fstyle>, U+001C/style>): raw text holding either before the end is given up, not guessed.
      if (this.controls && rawControl(html, from, at)) return this.fail('raw text holds a control character htmlparser2 may read as an end tag');
      this.isSpecial = false;
      if (at > from) {
        this.cbs.ontext(from, at);
        if (!this.running) return -1;
      }
      return this.closeTag(html, at + 2, at + n);
    }
    return this.fail('input ends inside raw text');
  }

  private fail(why: string): number {
    this.giveUp(why);
    return -1;
  }
}

/**
 * Whether html[from, to) holds U+000F after a '<', or U+001C, which htmlparser2's case folding reads
 * as an end tag's '/' or '<'. One pass over the raw text the end-tag search has already crossed,
 * made only when the input holds either character (the whole-page fixtures hold some 22,000
 * characters of scripts and styles each).
 */
function rawControl(html: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = html.charCodeAt(i);
    if (c === 0x1c || (c === 0x0f && i > from && html.charCodeAt(i - 1) === 0x3c)) return true;
  }
  return false;
}
