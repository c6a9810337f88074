import type { Template } from '../../templates/types';

/**
 * Extension builds only: stands in for the engine's seed-format template (src/templates/seed.ts),
 * whose YAML reader is most of the YAML library. The extension reads live Sina pages, whose
 * serialisation starts with the document's doctype or <html>, never with a post's `---` front
 * matter, so the seed template never answers there; leaving it out keeps the reader chunk smaller.
 */
export const seed: Template = {
  id: 'seed-format',
  describe: 'seed-format post (not shipped in the extension: live pages have no front matter)',
  matches: () => false,
  extract: () => ({ body: null }),
};
