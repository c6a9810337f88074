/**
 * The engine's bounds. Every input either stays within them or ends in a specific ExtractError
 * (`too-large`, `too-complex`, `timeout`) whose message names the limit; docs/hardening.md says
 * why each value is what it is.
 */
export const LIMITS = {
  /** Characters of input (the CLI reads at most 64 MiB of bytes, which decode to at most this). */
  maxInputChars: 64 * 1024 * 1024,
  /** Elements (start tags) in the page: a 20 MB Sina page has about 500,000. */
  maxElements: 1_000_000,
  /**
   * Elements, and separately comments, the parser may create: the tree, not the text, is what
   * costs memory (re-opened formatting elements make a million elements from 27 KB of markup, and
   * a comment costs about what an element does).
   */
  maxNodes: 1_000_000,
  /** Attributes on one element: the parser's duplicate check is quadratic in this. */
  maxAttributes: 512,
  /**
   * Open elements the parser may have nested: past this, the parser's scope checks (linear
   * in the depth of its stack, for every tag) would make parsing quadratic.
   */
  maxNesting: 4_000,
  /**
   * Characters of a seed post's YAML front matter that are read (its lines up to here): real ones
   * are a few hundred, and the YAML parser cannot be interrupted.
   */
  maxFrontMatterChars: 16 * 1024,
  /** Like Chromium's parser: elements deeper than this are attached at this level instead. */
  domDepth: 512,
  /**
   * What the Readability fallback (which cannot be interrupted) is given at most: its cost grows
   * with elements × depth (5,000 paragraphs 500 levels deep took 10 s on a loaded machine).
   */
  readability: { maxChars: 1_000_000, maxElements: 10_000, maxElementsTimesDepth: 1_000_000 },
} as const;

/** The time budget when the caller gives none: extract() returns or throws within it. */
export const DEFAULT_BUDGET_MS = 10_000;
