/**
 * Turns (seed, index) into one fuzz case. The first `sweepSize` indices apply every mutation
 * once to every fixture (fixture = index mod F, mutation = index div F); later indices are
 * random combinations of one to four mutations on a random fixture, sometimes with the URL
 * dropped or mangled. Everything comes from a per-case PRNG, so any case replays on its own.
 */
import type { Fixture } from './corpus';
import { MUTATIONS, pickWeighted, type Mutation } from './mutations';
import { caseSeed, mulberry32, type Rng } from './prng';

export interface FuzzCase {
  index: number;
  fixture: string;
  url: string | undefined;
  /** Labels of the applied mutations, in order, with their parameters. */
  mutations: string[];
  html: string;
}

export function sweepSize(corpus: readonly Fixture[]): number {
  return corpus.length * MUTATIONS.length;
}

const ODD_URLS = [
  'javascript:alert(1)',
  'not a url',
  'https://finance.sina.com.cn/',
  'https://evil.example/doc-ifxeuwwr9250746.shtml',
  'https://finance.sina.com.cn/roll/2021-08-24/doc-%ZZ%.shtml',
  'ftp://finance.sina.com.cn/a.shtml',
  '',
];

function combination(rng: Rng): Mutation[] {
  const r = rng.next();
  const n = r < 0.5 ? 1 : r < 0.8 ? 2 : r < 0.95 ? 3 : 4;
  return Array.from({ length: n }, () => pickWeighted(rng));
}

export function generateCase(seed: number, index: number, corpus: readonly Fixture[]): FuzzCase {
  const rng = mulberry32(caseSeed(seed, index));
  const donors = corpus.map((f) => f.html);
  const sweep = sweepSize(corpus);
  let fixture: Fixture;
  let plan: Mutation[];
  let url: string | undefined;
  const labels: string[] = [];
  if (index < sweep) {
    fixture = corpus[index % corpus.length] as Fixture;
    plan = [MUTATIONS[Math.floor(index / corpus.length)] as Mutation];
    url = fixture.url;
  } else {
    fixture = rng.pick(corpus);
    plan = combination(rng);
    url = fixture.url;
    const u = rng.next();
    if (u < 0.08) {
      url = undefined;
      labels.push('url(dropped)');
    } else if (u < 0.12) {
      url = rng.pick(ODD_URLS);
      labels.push(`url(${JSON.stringify(url)})`);
    }
  }
  let html = fixture.html;
  for (const m of plan) {
    const r = m.apply(html, { rng, donors });
    html = r.html;
    labels.push(r.label);
  }
  return { index, fixture: fixture.name, url, mutations: labels, html };
}
