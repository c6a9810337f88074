/**
 * Build-time only: what each built script holds, module by module, for deciding what the reader's
 * first click loads (`SINA_CLEAN_BUNDLE_REPORT=1 npx wxt build`, or `-b firefox`). Sizes are the
 * bundler's rendered bytes per module, before minification: a module's share of a chunk, not its
 * shipped size. Modules are grouped by package (node_modules) or by source folder.
 */

/** The parts of a rollup output chunk the report reads. */
export interface BundleReportChunk {
  type: string;
  fileName: string;
  code?: string;
  modules?: Record<string, { renderedLength: number }>;
}

const ROOT_MARK = /[\\/](?:src|entrypoints|node_modules)[\\/]/;

/** A module id shortened to its path from the repository's `src/`, `entrypoints/` or `node_modules/`. */
export function shortModuleId(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const m = ROOT_MARK.exec(clean);
  return m ? clean.slice(m.index + 1).replace(/\\/g, '/') : clean;
}

/** A module's group: its package (`node_modules/<pkg>` or `@scope/pkg`), else its folder. */
export function moduleGroup(short: string): string {
  const nm = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(short);
  if (nm) return nm[1]!;
  const i = short.lastIndexOf('/');
  return i > 0 ? short.slice(0, i) : short;
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** The report: for each script chunk, its size, then its groups and its largest modules. */
export function bundleReport(chunks: readonly BundleReportChunk[], top = 25): string {
  const out: string[] = [];
  for (const c of [...chunks].sort((a, b) => (b.code?.length ?? 0) - (a.code?.length ?? 0))) {
    if (c.type !== 'chunk' || !c.modules) continue;
    const mods = Object.entries(c.modules)
      .map(([id, m]) => ({ id: shortModuleId(id), bytes: m.renderedLength }))
      .filter((m) => m.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes);
    const total = mods.reduce((s, m) => s + m.bytes, 0);
    out.push(`\n${c.fileName}: ${kb(new TextEncoder().encode(c.code ?? '').length)} built, ${kb(total)} rendered in ${mods.length} modules`);
    const groups = new Map<string, number>();
    for (const m of mods) groups.set(moduleGroup(m.id), (groups.get(moduleGroup(m.id)) ?? 0) + m.bytes);
    out.push('  by group:');
    for (const [g, b] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top))
      out.push(`    ${kb(b).padStart(9)} ${((100 * b) / total).toFixed(1).padStart(5)} %  ${g}`);
    out.push('  largest modules:');
    for (const m of mods.slice(0, top)) out.push(`    ${kb(m.bytes).padStart(9)} ${((100 * m.bytes) / total).toFixed(1).padStart(5)} %  ${m.id}`);
  }
  return out.join('\n');
}
