/**
 * Numbers the benchmark reports but does not measure in Node: the built extension's bundle sizes
 * and the in-browser timings the e2e harness writes to bench/results/browser.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  role: 'content-script' | 'popup';
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The repository (results name its files relative to it, so they read the same on every clone). */
const REPO = join(import.meta.dirname, '..');

export interface BundleReport {
  /** The built extension's folder, relative to the repository. */
  dir: string;
  files: BundleSize[];
  /** Sum per role (a popup page may load several chunks). */
  totals: Record<string, { bytes: number; gzipBytes: number }>;
}

function size(dir: string, file: string, role: BundleSize['role']): BundleSize | null {
  const path = join(dir, file);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  return { role, file: relative(dir, path), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/** Sizes of the always-injected content scripts and of the popup's scripts, from a built extension. */
export function bundleSizes(dir: string): BundleReport | null {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    action?: { default_popup?: string };
    browser_action?: { default_popup?: string };
  };
  const files: BundleSize[] = [];
  for (const cs of manifest.content_scripts ?? []) {
    for (const js of cs.js ?? []) {
      const s = size(dir, js, 'content-script');
      if (s) files.push(s);
    }
  }
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (popup && existsSync(join(dir, popup))) {
    const html = readFileSync(join(dir, popup), 'utf8');
    for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
      const src = m[1]!.replace(/^\//, '');
      const s = size(dir, src, 'popup');
      if (s) files.push(s);
    }
    for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) {
      const s = size(dir, m[1]!.replace(/^\//, ''), 'popup');
      if (s && !files.some((f) => f.file === s.file)) files.push(s);
    }
  }
  const totals: BundleReport['totals'] = {};
  for (const f of files) {
    const t = (totals[f.role] ??= { bytes: 0, gzipBytes: 0 });
    t.bytes += f.bytes;
    t.gzipBytes += f.gzipBytes;
  }
  return { dir: relative(REPO, dir).split('\\').join('/') || '.', files, totals };
}

/** Whatever the e2e harness wrote, passed through as it is (numbers only). */
export function browserResults(path: string): Record<string, unknown> | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}
