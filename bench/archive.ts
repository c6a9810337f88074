/**
 * `npm run bench:archive` (also the last step of `npm run bench`): the command line on an archive
 * the size of the seed feed, as an archivist runs it.
 *
 * 1. Builds the CLI and makes a synthetic archive under bench/tmp/archive-N/: the fixture corpus
 *    (pages, seed-format posts, fragments) repeated with distinct names until it holds N files
 *    (hard links, so it costs no disk; N = BENCH_ARCHIVE_FILES, default 20,000).
 * 2. Runs `node bin/sina-clean.mjs ARCHIVE -o OUT -f json -q -j N` (N the default) once, as a separate process, and
 *    records wall time, pages/s, the process's peak RSS (getrusage, worker threads included),
 *    and every 250 ms the files written and the RSS, from which it judges:
 *    - linear time: pages/s over the second 40% of the files within 20% of the first 40%;
 *    - flat memory: the RSS peak after half the files within 20% of the peak before it.
 * 3. Runs the same command on an archive of BENCH_ARCHIVE_JOBS_FILES files (default 2,000) with each
 *    of `-j` BENCH_ARCHIVE_JOBS (default 1,2,3), interleaved over BENCH_ARCHIVE_ROUNDS rounds
 *    (default 3): the measurement behind the default `-j`.
 * Writes bench/results/archive.json and archive.md and the README block between
 * `<!-- archive:start -->` and `<!-- archive:end -->`. The outputs in bench/tmp are removed.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { defaultJobs } from '../src/cli/batch';

const root = join(import.meta.dirname, '..');
const tmp = join(root, 'bench', 'tmp');
const resultsDir = join(root, 'bench', 'results');
const files = Number(process.env.BENCH_ARCHIVE_FILES ?? '20000');
const jobsFiles = Number(process.env.BENCH_ARCHIVE_JOBS_FILES ?? '2000');
const jobsList = (process.env.BENCH_ARCHIVE_JOBS ?? '1,2,3').split(',').map(Number).filter((n) => n > 0);
const rounds = Number(process.env.BENCH_ARCHIVE_ROUNDS ?? '3');
const log = (line: string) => process.stderr.write(`[bench:archive] ${line}\n`);

/** The corpus the archive repeats: every page, seed post and fragment under fixtures/. */
function corpusFiles(): string[] {
  const corpus: string[] = [];
  for (const folder of ['pages', 'seed-format', 'fragments']) {
    for (const f of readdirSync(join(root, 'fixtures', folder)).sort()) {
      if (/\.(html|md|txt)$/.test(f)) corpus.push(join(root, 'fixtures', folder, f));
    }
  }
  return corpus;
}

/**
 * The archive: N files, the corpus repeated, each name prefixed with its repetition. Made anew on
 * every run (hard links are cheap): a folder left by an earlier run may hold an older corpus.
 */
function makeArchive(n: number, corpus: string[]): string {
  const dir = join(tmp, `archive-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const source = corpus[i % corpus.length]!;
    const rep = String(Math.floor(i / corpus.length)).padStart(4, '0');
    const name = `${rep}-${source.split('/').at(-1)}`;
    try {
      linkSync(source, join(dir, name));
    } catch {
      copyFileSync(source, join(dir, name));
    }
  }
  return dir;
}

interface Sample {
  seconds: number;
  files: number;
  rssMB: number;
}

interface Run {
  args: string[];
  inputs: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMB: number;
  exitCode: number | null;
  written: number;
  samples: Sample[];
}

function rssMB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Report the whole process's peak RSS when it exits (it ends with process.exit). */
const PEAK = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\npeak-rss-kb "+process.resourceUsage().maxRSS+"\\n"))`;

async function runCli(input: string, out: string, inputs: number, extra: string[]): Promise<Run> {
  rmSync(out, { recursive: true, force: true });
  const args = [input, '-o', out, '-f', 'json', '-q', ...extra];
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', PEAK, join(root, 'bin', 'sina-clean.mjs'), ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' },
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const samples: Sample[] = [];
  const timer = setInterval(() => {
    const rss = rssMB(child.pid!);
    let n = 0;
    try {
      n = readdirSync(out).length;
    } catch {
      /* not yet */
    }
    if (rss !== null) samples.push({ seconds: (performance.now() - started) / 1000, files: n, rssMB: rss });
  }, 250);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const peak = /peak-rss-kb (\d+)/.exec(stderr);
  const written = existsSync(out) ? readdirSync(out).length : 0;
  if (exitCode !== 0) log(`exit ${exitCode}: ${stderr.slice(-400)}`);
  rmSync(out, { recursive: true, force: true });
  return {
    args: ['sina-clean', ...args.map((a) => (a.startsWith(root) ? a.slice(root.length + 1) : a))],
    inputs,
    seconds,
    pagesPerSecond: inputs / seconds,
    peakRssMB: peak ? Number(peak[1]) / 1024 : Math.max(0, ...samples.map((s) => s.rssMB)),
    exitCode,
    written,
    samples,
  };
}

/** Seconds at which `count` files had been written (linear between samples). */
function timeAt(samples: Sample[], count: number): number | null {
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    if (b.files >= count && a.files < count) {
      return a.seconds + ((count - a.files) / Math.max(1, b.files - a.files)) * (b.seconds - a.seconds);
    }
  }
  return null;
}

function judge(run: Run): { firstRate: number | null; secondRate: number | null; linear: boolean | null; firstPeak: number; secondPeak: number; flat: boolean } {
  const n = run.written;
  const t10 = timeAt(run.samples, Math.round(n * 0.1));
  const t50 = timeAt(run.samples, Math.round(n * 0.5));
  const t90 = timeAt(run.samples, Math.round(n * 0.9));
  const firstRate = t10 !== null && t50 !== null ? (0.4 * n) / (t50 - t10) : null;
  const secondRate = t50 !== null && t90 !== null ? (0.4 * n) / (t90 - t50) : null;
  const linear = firstRate && secondRate ? secondRate >= 0.8 * firstRate : null;
  const half = run.samples.filter((s) => s.files >= n * 0.1 && s.files < n / 2);
  const later = run.samples.filter((s) => s.files >= n / 2);
  const firstPeak = Math.max(0, ...half.map((s) => s.rssMB));
  const secondPeak = Math.max(0, ...later.map((s) => s.rssMB));
  return { firstRate, secondRate, linear, firstPeak, secondPeak, flat: secondPeak <= firstPeak * 1.2 };
}

const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);

interface ArchiveResults {
  date: string;
  machine: { cpu: string; cores: number; node: string; loadAvgStart: number[]; loadAvgEnd: number[] };
  archive: { files: number; corpusFiles: number; command: string };
  run: Omit<Run, 'samples'>;
  samples: Sample[];
  verdict: ReturnType<typeof judge>;
  jobs: { files: number; rounds: number; rows: { jobs: number; seconds: number; peakRssMB: number; allSeconds: number[] }[]; fastest: number; cores: number };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function measureAll(): Promise<ArchiveResults> {
  log('building the CLI');
  execSync('npm run -s build:cli', { cwd: root, stdio: 'inherit' });
  const corpus = corpusFiles();
  const archive = makeArchive(files, corpus);
  log(`archive: ${files} files in ${archive.slice(root.length + 1)}`);
  const loadStart = os.loadavg();
  // The default -j, written out so the command line in the results says what ran.
  const main = await runCli(archive, join(tmp, 'archive-out'), files, ['-j', String(defaultJobs())]);
  const verdict = judge(main);
  log(
    `${files} files: ${f1(main.seconds)} s, ${f0(main.pagesPerSecond)} pages/s, peak RSS ${f0(main.peakRssMB)} MB; ` +
      `pages/s ${verdict.firstRate ? f0(verdict.firstRate) : '?'} then ${verdict.secondRate ? f0(verdict.secondRate) : '?'}; ` +
      `RSS peak ${f0(verdict.firstPeak)} then ${f0(verdict.secondPeak)} MB`,
  );
  const small = makeArchive(jobsFiles, corpus);
  const jobs: { jobs: number; runs: Run[] }[] = jobsList.map((j) => ({ jobs: j, runs: [] }));
  for (let r = 0; r < rounds; r++) {
    for (const entry of r % 2 ? [...jobs].reverse() : jobs) {
      const run = await runCli(small, join(tmp, 'archive-jobs-out'), jobsFiles, ['-j', String(entry.jobs)]);
      entry.runs.push(run);
      log(`-j ${entry.jobs}, ${jobsFiles} files: ${f1(run.seconds)} s, peak RSS ${f0(run.peakRssMB)} MB`);
    }
  }
  const rows = jobs.map((e) => ({
    jobs: e.jobs,
    seconds: median(e.runs.map((r) => r.seconds)),
    peakRssMB: median(e.runs.map((r) => r.peakRssMB)),
    allSeconds: e.runs.map((r) => r.seconds),
  }));
  const cpus = os.cpus();
  const { samples, ...run } = main;
  return {
    date: new Date().toISOString(),
    machine: { cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, node: process.version, loadAvgStart: loadStart, loadAvgEnd: os.loadavg() },
    archive: { files, corpusFiles: corpus.length, command: main.args.join(' ') },
    run,
    samples,
    verdict,
    jobs: { files: jobsFiles, rounds, rows, fastest: [...rows].sort((a, b) => a.seconds - b.seconds)[0]!.jobs, cores: cpus.length },
  };
}

/** The Markdown of the results (archive.md and the README block). */
function render(r: ArchiveResults): string[] {
  const v = r.verdict;
  const load = `load average ${r.machine.loadAvgStart[0]!.toFixed(1)} at the start, ${r.machine.loadAvgEnd[0]!.toFixed(1)} at the end, from other work`;
  return [
    `Measured ${r.date.slice(0, 10)} on ${r.machine.cpu} (${r.machine.cores} cores, Node ${r.machine.node}; ${load}).`,
    '',
    `| archive | wall | pages/s | peak RSS | pages/s, 10–50% → 50–90% of the files | RSS peak, 10–50% → 50–100% |`,
    '| --- | --- | --- | --- | --- | --- |',
    `| ${r.archive.files.toLocaleString('en')} files (\`${r.archive.command}\`) | ${f1(r.run.seconds)} s | ${f0(r.run.pagesPerSecond)} | ${f0(r.run.peakRssMB)} MB | ${v.firstRate ? f0(v.firstRate) : '?'} → ${v.secondRate ? f0(v.secondRate) : '?'} (${v.linear ? 'linear' : 'not linear'}) | ${f0(v.firstPeak)} → ${f0(v.secondPeak)} MB (${v.flat ? 'flat' : 'growing'}) |`,
    '',
    `Parallel workers on ${r.jobs.files.toLocaleString('en')} files (median of ${r.jobs.rounds} interleaved runs): ` +
      r.jobs.rows.map((j) => `-j ${j.jobs}: ${f1(j.seconds)} s (${j.allSeconds.map(f1).join(', ')}), ${f0(j.peakRssMB)} MB`).join('; ') +
      `. Fastest here: -j ${r.jobs.fastest}. The default is one worker per core but one (${defaultJobs()} on ${r.machine.cores} cores; see docs/cli.md).`,
    '',
    `Exit code ${r.run.exitCode}; ${r.run.written.toLocaleString('en')} files written. The archive is the ${r.archive.corpusFiles}-file corpus repeated under distinct names (docIds repeat, so most outputs are renamed -2, -3…).`,
  ];
}

// BENCH_ARCHIVE_PUBLISH=only re-renders archive.md and the README block from archive.json.
const results: ArchiveResults =
  process.env.BENCH_ARCHIVE_PUBLISH === 'only'
    ? (JSON.parse(readFileSync(join(resultsDir, 'archive.json'), 'utf8')) as ArchiveResults)
    : await measureAll();
mkdirSync(resultsDir, { recursive: true });
if (process.env.BENCH_ARCHIVE_PUBLISH !== 'only') writeFileSync(join(resultsDir, 'archive.json'), JSON.stringify(results, null, 1) + '\n');
const lines = render(results);
writeFileSync(join(resultsDir, 'archive.md'), `# Archive at scale\n\n${lines.join('\n')}\n`);

const readme = join(root, 'README.md');
const text = readFileSync(readme, 'utf8');
const block = `<!-- archive:start -->\n${lines.join('\n')}\n<!-- archive:end -->`;
if (/<!-- archive:start -->[\s\S]*<!-- archive:end -->/.test(text)) {
  writeFileSync(readme, text.replace(/<!-- archive:start -->[\s\S]*<!-- archive:end -->/, block));
  log('README.md updated');
} else {
  log('README.md has no archive block; results are in bench/results/archive.md');
}
