/**
 * Reader chunk only (entrypoints/reader.ts): stands in for the YAML writer that src/render/markdown.ts
 * uses for a Markdown copy's front matter. In the reader chunk Markdown is only `Article.markdown`
 * (no metadata, so no front matter: the engine's lazy getter, read when the Article is sent to the
 * popup); every copy with front matter is written by the reader's second chunk
 * (entrypoints/reader-extras.ts), which has the real writer. Leaving it out spares the first click
 * evaluating the YAML library's modules.
 */
export function stringify(): never {
  throw new Error('front matter is written by the reader\'s copy chunk (reader-extras), not the reader chunk');
}
