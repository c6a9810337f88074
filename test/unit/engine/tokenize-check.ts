/**
 * Helpers of the tokenizer tests (tokenize.test.ts, tokenize.slow.test.ts). The fast path's own tokenizer (src/engine/tokenize.ts) against htmlparser2's, which it stands in
 * for: on every input it does not give up on, its calls (names, positions, order) must be exactly
 * htmlparser2's with `decodeEntities: false`. The tree builder behind both is the same code, so the
 * fast path's tree equals parse5's by fast-parse*.test.ts either way; this proves the tokens the
 * builder sees are the same. Inputs: every fixture and audit post, cuts of pages at every position
 * of a stretch and every few hundred characters, hand-made edges, the adversarial and extreme
 * generators, random tag trees and token soup, and the mutation fuzzer's mutants.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { expect } from 'vitest';
import { splitFrontMatter } from '../../../src/engine/parse';
import { OwnTokenizer } from '../../../src/engine/tokenize';

export const body = (html: string) => splitFrontMatter(html).body;

/** The raw-text elements htmlparser2 does not know, which the builder makes raw text as it opens them. */
const EXTRA_RAW = new Map(['noscript', 'iframe', 'noembed', 'noframes'].map((n) => [n, new Uint8Array([...`</${n}`].map((c) => c.charCodeAt(0)))]));

/** Every call a tokenizer makes, as text; the builder's raw-text switch is made as the builder makes it. */
export function record(html: string, own: boolean): { events: string[]; why: string | null } {
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
export function check(inputs: Iterable<[string, string]>): { read: number; total: number; why: Map<string, number> } {
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

