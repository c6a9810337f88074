/**
 * Build-time only: the rule tables' screens (src/rules/screen.ts), worked out ahead of time for
 * the reader chunk. Reading the tables' pattern sources is most of what setting the screens up
 * costs when the chunk's modules are evaluated, on the user's click; the build does it once, in
 * Node, and writes the result as the content of src/ext/reader/screen-data.ts, which the chunk
 * gives to `primeScreens` before any table is set up (src/ext/reader/prime-screens.ts).
 *
 * The screens are what the tables' modules derive when they are evaluated here (every table sets
 * its screen up at module evaluation). A test checks that each equals what the code derives at
 * run time and that, primed, the chunk derives none.
 */
import { derivedPatterns, derivedScreens, screenKey, type ScreenData } from '../../rules/screen';
import '../../rules/boilerplate';
import '../../rules/bylines';
import '../../engine/lines';

/** The module whose content the build replaces. */
export const SCREEN_DATA_MODULE = /[\\/]src[\\/]ext[\\/]reader[\\/]screen-data\.ts$/;

/** The screens the tables set up, by key (see screenKey). */
export function tableScreens(): Record<string, ScreenData | null> {
  return derivedScreens();
}

/** The content of src/ext/reader/screen-data.ts in the build (fails on two patterns with one key). */
export function screenDataModule(): string {
  const sources = new Map<string, string>();
  for (const re of derivedPatterns()) {
    const k = screenKey(re);
    const src = `${re.flags}/${re.source}`;
    if (sources.has(k) && sources.get(k) !== src) throw new Error(`two rule patterns share the screen key ${k}: ${sources.get(k)} and ${src}`);
    sources.set(k, src);
  }
  // JSON.parse of a string literal: faster to load than the same object written as a literal.
  return `export const SCREEN_DATA = JSON.parse(${JSON.stringify(JSON.stringify(tableScreens()))});\n`;
}
