/**
 * The fast path's own tokenizer (src/engine/tokenize.ts) against htmlparser2's, which it stands in
 * for: on every input it does not give up on, its calls (names, positions, order) must be exactly
 * htmlparser2's with `decodeEntities: false`. The tree builder behind both is the same code, so the
 * fast path's tree equals parse5's by fast-parse*.test.ts either way; this proves the tokens the
 * builder sees are the same. Inputs: every fixture and audit post, cuts of pages at every position
 * of a stretch and every few hundred characters, hand-made edges, the adversarial and extreme
 * generators, random tag trees and token soup, and the mutation fuzzer's mutants.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/engine/parse';
import { OwnTokenizer } from '../../../src/engine/tokenize';
import { attack, deepNesting, manyElements } from '../../extreme/generators';
import { buildCase, makePlans } from '../../fuzz/adversarial/cases';
import { generateCase, sweepSize } from '../../fuzz/lib/cases';
import { loadCorpus as loadFuzzCorpus } from '../../fuzz/lib/corpus';
import { mulberry32 } from '../../fuzz/lib/prng';
import { FIXTURES, loadAuditDocs, loadCorpus, readFixture } from '../../support/corpus';
import { markup, soup, tree } from './tree-diff';

const body = (html: string) => splitFrontMatter(html).body;

/** The raw-text elements htmlparser2 does not know, which the builder makes raw text as it opens them. */
const EXTRA_RAW = new Map(['noscript', 'iframe', 'noembed', 'noframes'].map((n) => [n, new Uint8Array([...`</${n}`].map((c) => c.charCodeAt(0)))]));

/** Every call a tokenizer makes, as text; the builder's raw-text switch is made as the builder makes it. */
function record(html: string, own: boolean): { events: string[]; why: string | null } {
  const events: string[] = [];
  let name = '';
  // eslint-disable-next-line prefer-const
  let t: { isSpecial: boolean; currentSequence: Uint8Array | undefined };
  const cbs: TokenizerCallbacks = {
    onattribdata: (s, e) => void events.push(`attribdata ${s} ${e}`),
    onattribentity: (cp) => void events.push(`attribentity ${cp}`),
    onattribend: (q, e) => void events.push(`attribend ${q} ${e}`),
    onattribname: (s, e) => void events.push(`attribname ${s} ${e}`),
    oncdata: (s, e, o) => void events.push(`cdata ${s} ${e} ${o}`),
    onclosetag: (s, e) => void events.push(`closetag ${s} ${e}`),
    oncomment: (s, e, o) => void events.push(`comment ${s} ${e} ${o}`),
    ondeclaration: (s, e) => void events.push(`declaration ${s} ${e}`),
    onend: () => void events.push('end'),
    onopentagend: (e) => {
      events.push(`opentagend ${e}`);
      const seq = EXTRA_RAW.get(name);
      if (seq) {
        t.isSpecial = true;
        t.currentSequence = seq;
      }
    },
    onopentagname: (s, e) => {
      name = html.slice(s, e).toLowerCase();
      events.push(`opentagname ${s} ${e}`);
    },
    onprocessinginstruction: (s, e) => void events.push(`pi ${s} ${e}`),
    onselfclosingtag: (e) => void events.push(`selfclosingtag ${e}`),
    ontext: (s, e) => void events.push(`text ${s} ${e}`),
    ontextentity: (cp, e) => void events.push(`textentity ${cp} ${e}`),
  };
  const tok = own ? new OwnTokenizer(cbs) : new Tokenizer({ decodeEntities: false }, cbs);
  t = tok as unknown as typeof t;
  tok.write(html);
  tok.end();
  return { events, why: own ? (tok as OwnTokenizer).why : null };
}

/** Compares the two on every input; returns how many the own tokenizer read and why it gave up on the rest. */
function check(inputs: Iterable<[string, string]>): { read: number; total: number; why: Map<string, number> } {
  let read = 0;
  let total = 0;
  const why = new Map<string, number>();
  for (const [label, html] of inputs) {
    total++;
    const own = record(html, true);
    if (own.why !== null) {
      why.set(own.why, (why.get(own.why) ?? 0) + 1);
      continue;
    }
    read++;
    const theirs = record(html, false).events;
    if (own.events.length !== theirs.length || own.events.some((e, i) => e !== theirs[i])) {
      const i = own.events.findIndex((e, k) => e !== theirs[k]);
      expect({ label, at: i, own: own.events.slice(Math.max(0, i - 3), i + 3), htmlparser2: theirs.slice(Math.max(0, i - 3), i + 3) }).toEqual({ label, at: -1 });
    }
  }
  return { read, total, why };
}

describe('the own tokenizer makes htmlparser2’s calls or gives up', () => {
  it('every fixture and audit post (all of them read)', () => {
    const inputs: [string, string][] = [];
    for (const f of loadCorpus()) inputs.push([f.id, body(readFixture(f))]);
    for (const d of loadAuditDocs()) inputs.push([d.id, body(d.html)]);
    const r = check(inputs);
    expect([...r.why]).toEqual([]);
    expect(r.read).toBeGreaterThan(200);
  });

  it('cuts of pages: at every position of a stretch of each of three pages, and every 97th of the whole page', () => {
    const pages = loadCorpus().filter((f) => f.folder === 'pages').slice(0, 3);
    const inputs: [string, string][] = [];
    for (const f of pages) {
      const html = body(readFixture(f));
      const from = Math.floor(html.length / 3);
      for (let n = from; n < Math.min(html.length, from + 3000); n++) inputs.push([`${f.id} cut at ${n}`, html.slice(0, n)]);
      for (let n = 0; n < html.length; n += 97) inputs.push([`${f.id} cut at ${n}`, html.slice(0, n)]);
    }
    const r = check(inputs);
    expect(r.read).toBeGreaterThan(r.total / 5);
  });

  it.each([
    ['text and tags', 'a<b>c</b >d</b\n>e'],
    ['a < that opens nothing', 'a < b <1 <<p>x<\u4e2d>'],
    ['attributes of every shape', '<p a b=c d = "e" f=\'g\' h=i/ j=>k l="m"n o=p"q\' r/s t="" u=\'\'>x</p>'],
    ['attribute names with quotes and angle brackets', '<p "a"=b \'c\'=d <e=f g<h=i>x'],
    ['self-closing tags', '<br/><img src=a /><p/><a b=c/>'],
    ['// in a tag', '<a//><b/c>'],
    ['raw text', '<script>a</b>c</scripty></script\t></SCRIPT><style>x</ style></Style ><title>&amp;<</title><textarea></textarea><xmp><p></xmp>'],
    ['raw text the builder opens', '<noscript><p></noscript ><iframe>x</iframe><noembed></noembed><noframes>a</noframes>'],
    ['<</script>', '<script><</script><style>a</styl</style>'],
    ['names close to raw-text names', '<scr>a</scr><scripts>b<s>c</s><t>d<xm>e<titles>f</titles>'],
    ['self-closed raw text', '<script/>a</script><title/>b'],
    ['comments', '<!-- a --><!----><!-- b --->c<!--d--!>e-->'],
    ['doctypes', '<!DOCTYPE html><!doctype><!Doctype x>'],
    ['end tags with junk', '</p x=y></div  ></a\n\n>'],
  ])('%s', (_, html) => {
    const r = check([[html, html]]);
    expect(r.read).toBe(1);
  });

  it.each([
    ['< last', 'a<'],
    ['an open tag at the end', '<p a="b'],
    ['an unusual tag name', '<p!>'],
    ['</ and no name', 'a</ p>'],
    ['</>', 'a</>b'],
    ['a short comment', '<!-->a'],
    ['a shorter comment', '<!--->a'],
    ['an open comment', '<!-- a'],
    ['<!x', '<!x>'],
    ['<?', '<?xml?>'],
    ['CDATA', '<![CDATA[x]]>'],
    ['/ and whitespace', '<br/ >'],
    ['an attribute name starting with =', '<p =a>'],
    ['open raw text', '<script>a</script'],
    // htmlparser2 picks a raw-text end by a name's first two characters: these read as xmp, title
    // and textarea to it, as ordinary elements to the standard.
    ['<tmp>, which htmlparser2 reads as raw text up to </xmp', '<p>a<tmp><span hidden>b</xmp>c</p>'],
    ['<XITLE>, which htmlparser2 reads as raw text up to </title', '<XITLE><img src=x>b</title>'],
    ['<xextarea>, which htmlparser2 reads as raw text up to </textarea', '<xextarea><b>x</textarea>'],
  ])('gives up on %s', (_, html) => {
    expect(record(html, true).why).not.toBeNull();
  });

  it('the adversarial regression fixtures and generator shapes, the extreme generators', () => {
    const inputs: [string, string][] = [];
    const dir = join(FIXTURES, 'adversarial');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const rec = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { parts?: { text?: string; repeat?: number }[] };
      const html = (rec.parts ?? []).map((p) => (p.text ?? '').repeat(p.repeat ?? 1)).join('');
      if (html.length < 2_000_000) inputs.push([name, html]);
    }
    for (const plan of makePlans(7, { random: 60, maxTier: 1, randomMaxTier: 1 })) {
      const c = buildCase(plan);
      if (c.html.length < 1_500_000) inputs.push([`${plan.shape} × ${plan.family} n=${plan.n}`, body(c.html)]);
    }
    for (const [kind, n] of [['selfClosingDivs', 600], ['selfClosingDivsBare', 600], ['bogusClosers', 600], ['attributeFlood', 600], ['wideBr', 2000], ['wideTable', 500], ['hugeText', 50_000], ['pSpan', 300]] as const) {
      inputs.push([`${kind} ${n}`, attack(kind, n).html]);
    }
    for (const tag of ['div', 'b', 'table']) inputs.push([`deep ${tag}`, deepNesting(300, tag, false).html]);
    for (const kind of ['img', 'stock', 'tr', 'emptyP', 'br'] as const) inputs.push([kind, manyElements(kind, 300).html]);
    const r = check(inputs);
    expect(r.read).toBeGreaterThan(r.total / 2);
  }, 600_000);

  it('random tag trees and token soup', () => {
    const rng = mulberry32(4242);
    const inputs: [string, string][] = [];
    for (let k = 0; k < 3000; k++) {
      const html = k % 2 ? tree(rng) : soup(rng);
      inputs.push([JSON.stringify(html), html]);
    }
    const r = check(inputs);
    expect(r.read).toBeGreaterThan(300);
  }, 600_000);

  it('markup aimed at the search-based scanning (tree-diff.ts markup())', () => {
    const rng = mulberry32(20261127);
    const inputs: [string, string][] = [];
    for (let k = 0; k < 8000; k++) {
      const html = markup(rng);
      inputs.push([JSON.stringify(html), html]);
    }
    const r = check(inputs);
    expect(r.read).toBeGreaterThan(1000);
  }, 600_000);

  it('the mutation fuzzer’s mutants (the sweep and random combinations)', () => {
    const corpus = loadFuzzCorpus();
    const sweep = sweepSize(corpus);
    const inputs: [string, string][] = [];
    for (let i = 0; i < sweep + 150; i++) {
      const c = generateCase(20261127, i, corpus);
      if (c.html.length < 1_500_000) inputs.push([`case ${i} ${c.fixture} ${c.mutations.join(' ')}`, body(c.html)]);
    }
    const r = check(inputs);
    expect(r.read).toBeGreaterThan(r.total / 4);
  }, 600_000);
});
