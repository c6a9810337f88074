/**
 * The audit: every fixture's extracted text (the golden corpus and the random sample in
 * fixtures/seed-audit/) is scanned for promotional smell — the words below, and any line the
 * boilerplate table (src/rules/boilerplate.ts) classifies or any inline span it knows (live quotes, 详情>>). Each hit must be gone from the text or
 * be covered by an entry of test/audit.allow.ts: the article's own words, and why. A line the
 * boilerplate table recognises is never allowed (the engine removes it). An entry that no longer
 * matches anything is an error too, so the list stays true.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/engine/extract';
import { boilerplateOf, inlineClassOf } from '../src/rules/boilerplate';
import { AUDIT_ALLOW, type AuditEntry } from './audit.allow';
import { loadAuditDocs, type Doc } from './support/corpus';

/** Words that smell of promotion, follow-us boxes, disclaimers, related lists or moved metadata lines. */
export const SMELL =
  /炒股|二维码|扫码|扫描|关注|公众号|微信|视频号|下载|APP|App|客户端|免责|声明|点击|报道：|专题|原标题|原题|责任编辑|转载|推荐阅读|相关新闻|相关阅读|延伸阅读|往期|来源[：:|｜]|原创|报料|>>/g;

const docs = loadAuditDocs();

interface Hit {
  file: string;
  paragraph: string;
  smells: string[];
  boilerplate: string | null;
}

function hitsOf(doc: Doc): Hit[] {
  const text = extract(doc.html, { url: doc.url }).text;
  const out: Hit[] = [];
  for (const paragraph of text.split('\n\n')) {
    const smells = [...new Set(paragraph.match(SMELL) ?? [])];
    const boilerplate = boilerplateOf(paragraph)?.id ?? inlineClassOf(paragraph)?.id ?? null;
    if (smells.length || boilerplate) out.push({ file: doc.id, paragraph, smells, boilerplate });
  }
  return out;
}

function covers(e: AuditEntry, h: Hit): boolean {
  if (e.file !== h.file) return false;
  if (e.sentence !== undefined) return h.paragraph.startsWith(e.sentence);
  return e.word !== undefined && h.boilerplate === null && h.smells.length > 0 && h.smells.every((s) => s === e.word);
}

describe('audit: promotional smell in every fixture’s text', () => {
  const hits = docs.flatMap(hitsOf);

  it('scans the golden corpus and the random audit sample', () => {
    expect(docs.filter((d) => d.id.startsWith('seed-audit/')).length).toBeGreaterThan(0);
    expect(docs.length).toBeGreaterThan(60);
  });

  it('every hit is covered by an allow-list entry', () => {
    const uncovered = hits.filter((h) => !AUDIT_ALLOW.some((e) => covers(e, h)));
    expect(uncovered.map((h) => `${h.file} | ${h.boilerplate ?? h.smells.join(',')} | ${h.paragraph.slice(0, 80)}`)).toEqual([]);
  });

  it('every allow-list entry still matches a hit (stale entries are removed)', () => {
    const stale = AUDIT_ALLOW.filter((e) => !hits.some((h) => covers(e, h)));
    expect(stale.map((e) => `${e.file} | ${e.sentence ?? e.word}`)).toEqual([]);
  });

  it('allowed entries are not lines the boilerplate table recognises, and say why', () => {
    for (const e of AUDIT_ALLOW) {
      expect(e.status).toBe('allowed');
      expect(e.why.length, `${e.file} | ${e.sentence ?? e.word}`).toBeGreaterThan(10);
      for (const h of hits.filter((x) => covers(e, x))) expect(h.boilerplate, h.paragraph).toBeNull();
    }
    console.log(`audit: ${hits.length} smelling paragraphs in ${docs.length} fixtures; allow-list ${AUDIT_ALLOW.length} entries, all the article's own words`);
  });
});
