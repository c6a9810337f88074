/**
 * Where the engine's time goes, stage by stage, without a profiler: the calls `run()` in
 * src/engine/extract.ts makes, in the same order, each timed with performance.now(). Per input the
 * fastest of `rounds` runs of each stage is kept (on a shared machine the fastest run is the one no
 * other process interrupted), and the report gives microseconds per input and shares.
 *   node --import tsx bench/stages.ts [rounds]          (BENCH_PROFILE_ONLY=pages|seed-format|fragments)
 * With BENCH_COLD=peer (Readability on linkedom over another input) or BENCH_COLD=<n> (n iterations
 * of integer arithmetic), that work runs before every input's stages, as other extractors' work does
 * in the bench, and the median of the rounds is kept instead of the fastest (the fastest run would
 * be the one least disturbed by it: the opposite of what is asked).
 * It mirrors run() by hand: each input's text is checked against extract()'s, and a mismatch is
 * reported (the mirror has drifted from the engine and must be brought up to date).
 */
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { loadCorpus } from './corpus';
import { TEMPLATES, type PageInput, type TemplateResult } from '../src/templates';
import { BlockBuilder, imageSrc } from '../src/engine/blocks';
import { cleanBody } from '../src/engine/clean';
import { makeCtx } from '../src/engine/context';
import { extract, Page } from '../src/engine/extract';
import { sortLines } from '../src/engine/lines';
import { cleanDocumentTitle, readMetaTags } from '../src/engine/meta';
import { readBodyFacts, resolveMetadata } from '../src/engine/metadata';
import { parseHtml, splitFrontMatter } from '../src/engine/parse';
import { scanOf } from '../src/engine/scan';
import { PageIndex, textContent } from '../src/engine/select';
import { strip } from '../src/engine/strip';
import { countWords } from '../src/engine/text';
import { safeHttpUrl } from '../src/render/safe';
import { renderText } from '../src/render/text';
import { PAGE_WIDE_READS } from '../src/rules/page-families';

const STAGES = ['parse', 'strip', 'index', 'template', 'meta tags', 'body facts', 'clean', 'blocks', 'lines', 'metadata', 'render'] as const;
const PARSING = new Set<string>(['parse']);

/** One input through the stages; the clock's reading after each. Null when the page has no body. */
function stages(html: string, url: string | null): { laps: number[]; text: string } | null {
  const ctx = makeCtx();
  const laps = [performance.now()];
  const lap = () => laps.push(performance.now());
  const { frontMatter, body: markup } = splitFrontMatter(html);
  // As run() does: the parse records the scan's answers, read back with scanOf (no pass of its own).
  const doc = parseHtml(markup, ctx);
  const scanned = scanOf(doc, markup, ctx);
  lap();
  const { comments, regionImages } = strip(doc, ctx);
  lap();
  const index = new PageIndex(doc, ctx.deadline);
  lap();
  // As run() builds it (a class: see Page in src/engine/extract.ts).
  const page: PageInput = new Page(doc, index, url, frontMatter, comments, scanned, ctx);
  let template = TEMPLATES.find((t) => t.matches(page)) ?? TEMPLATES[TEMPLATES.length - 1]!;
  let r: TemplateResult = template.extract(page);
  if (!r.body && template.id !== 'readability') {
    template = TEMPLATES[TEMPLATES.length - 1]!;
    r = template.extract(page);
  }
  if (!r.body) return null;
  const $ = r.$ ? new PageIndex(r.$.root()[0]!, ctx.deadline) : index;
  lap();
  const meta = readMetaTags(index);
  const base = safeHttpUrl(url) ?? safeHttpUrl(r.url) ?? safeHttpUrl(meta.url);
  lap();
  const facts = readBodyFacts($, index, r.body, comments, template, ctx);
  lap();
  const { droppedImages } = cleanBody(r.body, { ends: r.bodyEnd ?? [], comments, base }, ctx);
  for (const img of regionImages) droppedImages.add(imageSrc(img, base));
  lap();
  const built = new BlockBuilder(base, ctx).build(r.body);
  lap();
  const headline = r.title || meta.title || cleanDocumentTitle(textContent(index.first(PAGE_WIDE_READS.title)));
  const { blocks, fields } = sortLines(built, headline, ctx);
  lap();
  resolveMetadata({ $page: index, template, result: r, meta, fields, facts, blocks, droppedImages, base }, ctx);
  lap();
  // Markdown is written only when the Article's `markdown` is read: extract() no longer renders it.
  const text = renderText(blocks);
  countWords(text);
  lap();
  return { laps, text };
}

const rounds = Number(process.argv[2] ?? '15');
const only = process.env.BENCH_PROFILE_ONLY;
const inputs = loadCorpus(join(import.meta.dirname, '..', 'fixtures')).filter((i) => !only || i.folder === only);
const coldArg = process.env.BENCH_COLD;
const cold: 'peer' | number | null = !coldArg ? null : coldArg === 'peer' ? 'peer' : Number(coldArg);
if (typeof cold === 'number' && !(cold > 0)) throw new Error(`BENCH_COLD must be 'peer' or a positive number of iterations (got ${coldArg})`);
let sink = 0;
/** The other work before an input's stages (BENCH_COLD); not timed. */
function churn(i: number): void {
  if (cold === 'peer') {
    const other = inputs[(i + 1) % inputs.length]!;
    sink += new Readability(parseHTML(other.peerHtml).document as unknown as Document, {}).parse()?.length ?? 0;
  } else if (cold !== null) {
    let x = 1;
    for (let k = 0; k < cold; k++) x = (x * 31 + k) | 0;
    sink += x;
  }
}
const laps = inputs.map(() => STAGES.map(() => [] as number[]));
const drifted: string[] = [];
for (let round = -1; round < rounds; round++) {
  inputs.forEach((input, i) => {
    let run: ReturnType<typeof stages> = null;
    churn(i);
    try {
      run = stages(input.html, input.url);
    } catch {
      return;
    }
    if (!run) return;
    if (round < 0) {
      try {
        if (extract(input.html, input.url ? { url: input.url } : {}).text !== run.text) drifted.push(input.id);
      } catch {
        drifted.push(input.id);
      }
      return;
    }
    STAGES.forEach((_, k) => laps[i]![k]!.push(run.laps[k + 1]! - run.laps[k]!));
  });
}
const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
};
const best = laps.map((ls) => ls.map((xs) => (!xs.length ? Number.POSITIVE_INFINITY : cold === null ? Math.min(...xs) : median(xs))));
const counted = best.filter((b) => b.every(Number.isFinite));
const us = STAGES.map((_, k) => (1000 * counted.reduce((a, b) => a + b[k]!, 0)) / counted.length);
const total = us.reduce((a, b) => a + b, 0);
const after = us.reduce((a, v, k) => (PARSING.has(STAGES[k]!) ? a : a + v), 0);
const lines = STAGES.map((s, k) => `${s.padEnd(11)} ${us[k]!.toFixed(0).padStart(6)} µs  ${((100 * us[k]!) / total).toFixed(1).padStart(5)} %  ${PARSING.has(s) ? '' : `${((100 * us[k]!) / after).toFixed(1).padStart(5)} % of the rest`}`);
process.stdout.write(
  `${only ?? 'all inputs'}: ${counted.length} inputs, ${cold === null ? 'fastest' : `median (cold: ${cold === 'peer' ? 'Readability on linkedom' : `${cold} iterations of arithmetic`} before every input)`} of ${rounds} rounds per stage and input\n` +
    `mean per input ${total.toFixed(0)} µs; after parsing ${after.toFixed(0)} µs (${((100 * after) / total).toFixed(0)} %)\n${lines.join('\n')}\n` +
    (sink === 0.5 ? '\n' : '') +
    (drifted.length ? `\nthe mirror of run() gives another text than extract() on ${drifted.length} inputs (${drifted.slice(0, 3).join(', ')}…): update bench/stages.ts\n` : ''),
);
