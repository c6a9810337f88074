/**
 * The archivist's options: --since/--until on publishedAt, --dedupe by docId, and the summary's
 * articles per template and per source.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article';
import { ExtractError } from '../../src/article';
import { checkDate, parseDateBound } from '../../src/cli/dates';
import { EXIT } from '../../src/cli/main';
import { article, runMain, tempDir } from './helpers';

describe('parseDateBound', () => {
  const iso = (ms: number) => new Date(ms).toISOString();

  it('a date is the whole day in Beijing time', () => {
    const b = parseDateBound('2021-08-24')!;
    expect(iso(b.start)).toBe('2021-08-23T16:00:00.000Z');
    expect(iso(b.end)).toBe('2021-08-24T16:00:00.000Z');
  });

  it('a date-time is its minute or second; an offset or Z is honoured', () => {
    expect(iso(parseDateBound('2021-08-24 15:57')!.start)).toBe('2021-08-24T07:57:00.000Z');
    expect(parseDateBound('2021-08-24T15:57')!.end - parseDateBound('2021-08-24T15:57')!.start).toBe(60_000);
    expect(parseDateBound('2021-08-24T15:57:27')!.end - parseDateBound('2021-08-24T15:57:27')!.start).toBe(1000);
    expect(iso(parseDateBound('2021-08-24T07:57:27Z')!.start)).toBe('2021-08-24T07:57:27.000Z');
    expect(iso(parseDateBound('2021-08-24T15:57+09:00')!.start)).toBe('2021-08-24T06:57:00.000Z');
  });

  it.each(['2021-02-30', '2021-13-01', '2021-8-24', '24/08/2021', 'yesterday', '2021-08-24 25:00', ''])('refuses %j', (s) => {
    expect(parseDateBound(s)).toBeNull();
  });

  it('checkDate: inclusive at both ends, to the precision given', () => {
    const range = { since: parseDateBound('2021-08-24'), until: parseDateBound('2021-08-24 15:57') };
    expect(checkDate('2021-08-24T00:00:00+08:00', range)).toBe('in');
    expect(checkDate('2021-08-23T23:59:59+08:00', range)).toBe('before');
    expect(checkDate('2021-08-24T15:57:59+08:00', range)).toBe('in');
    expect(checkDate('2021-08-24T15:58:00+08:00', range)).toBe('after');
    expect(checkDate(null, range)).toBe('no-date');
    expect(checkDate(null, { since: null, until: null })).toBe('in');
  });
});

/** `<doc id=ID date=ISO source=S template=T>` -> an Article with those fields. */
function metaExtract(html: string): Article {
  const m = html.match(/<doc id="([^"]*)" date="([^"]*)" source="([^"]*)" template="([^"]*)">([^<]*)<\/doc>/);
  if (!m) throw new ExtractError('not-an-article', 'no <doc> element');
  return article({
    docId: m[1] || null,
    publishedAt: m[2] || null,
    source: m[3] || null,
    template: m[4] as Article['template'],
    title: m[5]!,
    text: m[5]!,
    markdown: `# ${m[5]}`,
  });
}

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function put(rel: string, attrs: { id?: string; date?: string; source?: string; template?: string }, text: string): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  const { id = '', date = '', source = '', template = 'pc-2017' } = attrs;
  writeFileSync(file, `<doc id="${id}" date="${date}" source="${source}" template="${template}">${text}</doc>`);
  return file;
}

describe('--since / --until', () => {
  it('keeps articles in the range; the others are counted as filtered, not failures', async () => {
    put('in/1.html', { id: 'a', date: '2021-08-23T23:59:00+08:00' }, 'before');
    put('in/2.html', { id: 'b', date: '2021-08-24T00:00:00+08:00' }, 'first minute');
    put('in/3.html', { id: 'c', date: '2021-08-31T23:59:59+08:00' }, 'last second');
    put('in/4.html', { id: 'd', date: '2021-09-01T00:00:00+08:00' }, 'after');
    put('in/5.html', { id: 'e' }, 'no date');
    const r = await runMain([path.join(dir, 'in'), '-f', 'jsonl', '--since', '2021-08-24', '--until', '2021-08-31'], {
      extract: metaExtract,
    });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).docId)).toEqual(['b', 'c']);
    expect(r.stderr).toMatch(/^sina-clean: done 2, failed 0, skipped 0, filtered 3 /);
    expect(r.stderr).toContain(`filtered  ${path.join(dir, 'in/1.html')}: published 2021-08-23T23:59:00+08:00, before --since 2021-08-24`);
    expect(r.stderr).toContain(`filtered  ${path.join(dir, 'in/4.html')}: published 2021-09-01T00:00:00+08:00, after --until 2021-08-31`);
    expect(r.stderr).toContain(`filtered  ${path.join(dir, 'in/5.html')}: no publication time`);
  });

  it('filtered inputs write no file in --out', async () => {
    put('in/1.html', { id: 'old', date: '2019-01-01T08:00:00+08:00' }, 'old');
    put('in/2.html', { id: 'new', date: '2022-01-01T08:00:00+08:00' }, 'new');
    const out = path.join(dir, 'out');
    const r = await runMain([path.join(dir, 'in'), '-o', out, '--since', '2020-01-01T00:00Z'], { extract: metaExtract });
    expect(r.code).toBe(EXIT.ok);
    expect(readdirSync(out)).toEqual(['new.md']);
  });

  it('a range that cannot match is a usage error', async () => {
    const r = await runMain(['x.html', '--since', '2022-01-02', '--until', '2022-01-01']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain('--since is later than --until');
  });
});

describe('--dedupe', () => {
  it('one output per docId; later inputs are reported as merged into the first', async () => {
    put('in/1.html', { id: 'x' }, 'first copy');
    put('in/2.html', { id: 'y' }, 'other');
    put('in/3.html', { id: 'x' }, 'second copy');
    put('in/4.html', {}, 'no docId');
    put('in/5.html', {}, 'no docId either');
    const out = path.join(dir, 'out');
    const r = await runMain([path.join(dir, 'in'), '-o', out, '-f', 'text', '--dedupe'], { extract: metaExtract });
    expect(r.code).toBe(EXIT.ok);
    expect(readdirSync(out).sort()).toEqual(['4.txt', '5.txt', 'x.txt', 'y.txt']);
    expect(r.stderr).toMatch(/^sina-clean: done 4, failed 0, skipped 0, merged 1 /);
    expect(r.stderr).toContain(`merged    ${path.join(dir, 'in/3.html')}: same article (x) as ${path.join(dir, 'in/1.html')}`);
  });

  it('on stdout too', async () => {
    put('in/1.html', { id: 'x' }, 'first');
    put('in/2.html', { id: 'x' }, 'again');
    const r = await runMain([path.join(dir, 'in'), '-f', 'jsonl', '--dedupe'], { extract: metaExtract });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).text).toBe('first');
  });
});

describe('the summary counts articles per template and per source', () => {
  it('most first, ties by name; the long tail folded', async () => {
    const sources = ['新京报', '新京报', '新京报', '澎湃新闻', '澎湃新闻', '', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    sources.forEach((source, i) =>
      put(`in/${String(i).padStart(2, '0')}.html`, { id: `d${i}`, source, template: i % 3 ? 'pc-2017' : 'seed-format' }, `t${i}`),
    );
    // A failure counts in neither.
    writeFileSync(path.join(dir, 'in/zz.html'), 'not a doc');
    const r = await runMain([path.join(dir, 'in'), '-f', 'jsonl'], { extract: metaExtract });
    expect(r.stderr).toContain('  templates pc-2017 9 · seed-format 5\n');
    expect(r.stderr).toContain('  sources   新京报 3 · 澎湃新闻 2 · (no source) 1 · A 1 · B 1 · C 1 · D 1 · E 1 · 3 more: 3\n');
  });
});
