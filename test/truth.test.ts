/**
 * Page truth: for every whole page and seed-format post, a hand-read truth file
 * (fixtures/truth/<folder>/<name>.json) says what a reader sees on the page: the title, the time
 * printed, the outlet the article names, the reporters, the editor, the original title, article
 * sentences that must stay and boilerplate that must go. They were read from the pages, not from
 * the engine's output.
 *
 * This test asserts every field of every truth file against the engine (one test per file), and
 * that every whole page and seed-format post has a well-formed truth file naming a fixture that
 * exists. The only differences allowed are the entries of TRUTH_EXCEPTIONS below, each with the
 * reason the page and the engine may disagree; an exception that no longer differs is an error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { extract } from '../src/engine/extract';
import { FIXTURES, loadCorpus, readFixture } from './support/corpus';
import { fixtureArticle } from './support/fixture-article';

interface Truth {
  title: string;
  publishedAt: string | null;
  source: string | null;
  authors: string[];
  editor: string | null;
  originalTitle: string | null;
  mustContain: string[];
  mustNotContain: string[];
  notes?: string;
}

const FIELDS = ['title', 'publishedAt', 'source', 'authors', 'editor', 'originalTitle'] as const;
const TRUTH = join(FIXTURES, 'truth');
const compact = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');

const corpus = loadCorpus();
const truths = ['pages', 'seed-format'].flatMap((folder) =>
  existsSync(join(TRUTH, folder))
    ? readdirSync(join(TRUTH, folder))
        .filter((f) => f.endsWith('.json'))
        .map((f) => ({ folder, stem: f.replace(/\.json$/, ''), path: join(TRUTH, folder, f) }))
    : [],
);

/**
 * Where the engine may differ from a truth file, with why (a genuinely ambiguous page). Empty: on
 * every truth file the engine gives every field as the page shows it. The doubtful calls were
 * decided and written into the truth files' notes (2022-01-20_ff78a956, 2022-03-14_134ac107,
 * 2022-02-18_546384f9, chanye-finance_20050321_244339).
 */
export const TRUTH_EXCEPTIONS: readonly { fixture: string; field: string; why: string }[] = [];

export interface Mismatch {
  fixture: string;
  field: string;
  expected: unknown;
  got: unknown;
}

/** Every difference between a truth file and what the engine gives for its fixture. */
export function compareTruth(fixtureId: string, truth: Truth, article: ReturnType<typeof extract>): Mismatch[] {
  const out: Mismatch[] = [];
  for (const field of FIELDS) {
    const got = article[field];
    if (JSON.stringify(got) !== JSON.stringify(truth[field])) out.push({ fixture: fixtureId, field, expected: truth[field], got });
  }
  const text = compact(article.text);
  for (const s of truth.mustContain) if (!text.includes(compact(s))) out.push({ fixture: fixtureId, field: 'mustContain', expected: s, got: null });
  for (const s of truth.mustNotContain) if (text.includes(compact(s))) out.push({ fixture: fixtureId, field: 'mustNotContain', expected: s, got: 'present' });
  return out;
}

describe('page truth files', () => {
  it('every whole page and seed-format post has a truth file', () => {
    const have = new Set(truths.map((t) => `${t.folder}/${t.stem}`));
    const missing = corpus
      .filter((f) => f.folder === 'pages' || f.folder === 'seed-format')
      .map((f) => f.id.replace(/\.(html|md|txt)$/, ''))
      .filter((id) => !have.has(id));
    expect(missing).toEqual([]);
  });

  it.each(truths.map((t) => [`${t.folder}/${t.stem}`, t] as const))('%s is well formed and names a fixture', (_id, t) => {
    const truth = JSON.parse(readFileSync(t.path, 'utf8')) as Truth;
    const f = corpus.find((c) => c.id.replace(/\.(html|md|txt)$/, '') === `${t.folder}/${t.stem}`);
    expect(f, `no fixture for ${t.path}`).toBeDefined();
    expect(typeof truth.title).toBe('string');
    expect(truth.publishedAt === null || /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/.test(truth.publishedAt)).toBe(true);
    expect(Array.isArray(truth.authors) && truth.authors.every((a) => typeof a === 'string' && a.length > 0)).toBe(true);
    expect(Array.isArray(truth.mustContain) && Array.isArray(truth.mustNotContain)).toBe(true);
    // A sentence that must stay is on the page; a truth never asks for text the page lacks.
    const raw = compact(readFixture(f!).replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' '));
    for (const s of truth.mustContain) expect(raw, s).toContain(compact(s));
    if (truth.title) expect(truth.title.length).toBeGreaterThan(3);
  });

  it.each(truths.map((t) => [`${t.folder}/${t.stem}`, t] as const))('%s: the engine gives what the page shows', (id, t) => {
    const f = corpus.find((c) => c.id.replace(/\.(html|md|txt)$/, '') === id)!;
    const truth = JSON.parse(readFileSync(t.path, 'utf8')) as Truth;
    const mismatches = compareTruth(f.id, truth, fixtureArticle(f));
    const excused = (m: Mismatch) => TRUTH_EXCEPTIONS.some((e) => e.fixture === m.fixture && e.field === m.field);
    expect(mismatches.filter((m) => !excused(m))).toEqual([]);
    for (const e of TRUTH_EXCEPTIONS.filter((x) => x.fixture === f.id)) {
      expect(mismatches.some((m) => m.field === e.field), `stale exception ${e.fixture} ${e.field}`).toBe(true);
    }
  });

  it('every exception names a truth file and says why', () => {
    for (const e of TRUTH_EXCEPTIONS) {
      expect(truths.some((t) => e.fixture.startsWith(`${t.folder}/${t.stem}.`)), e.fixture).toBe(true);
      expect(e.why.length).toBeGreaterThan(20);
    }
  });
});
