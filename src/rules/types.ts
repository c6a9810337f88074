/**
 * The shapes every Sina rule table uses. A rule is data: a stable `id`, a one-line `reason`, the
 * `fixture` (path under fixtures/) of a real page that shows it, patterns with named capture
 * groups, and examples of what must match (with the groups expected) and of article sentences
 * that must not. Tests are generated from the examples (test/rules/).
 */

/** Where on the page a rule applies. */
export type Where =
  /** the first lines of the body (before the article's own first sentences) */
  | 'lead'
  /** the last lines of the body (after the article's own last sentence) */
  | 'tail'
  /**
   * the article's last text line only (no line of the article after it, only end credits and
   * metadata lines), and the only one of the last lines the rule reads: where two or more of them
   * read so (a roundup of several papers' items, each closing with its paper's reporter), none is
   * the article's
   */
  | 'last'
  /** the first or the last lines of the body: lead or tail */
  | 'edge'
  /** any line of the body */
  | 'anywhere';

export interface RuleMeta {
  /** Stable and unique across all tables, e.g. `promo.follow-wechat`, `byline.outlet-reporter`. */
  id: string;
  /** One line: what it means and why it goes (or moves, or stays). */
  reason: string;
  /** Path under fixtures/ of a page that shows it (`synthetic/synthetic-*` only when no real page does). */
  fixture: string;
}

/** A class of boilerplate: Sina's or an outlet's words around the article, never the article's own. */
export interface BoilerplateClass extends RuleMeta {
  where: Where;
  /**
   * How much one match removes:
   * - `line`: the whole line (paragraph) the pattern matches from start to end;
   * - `run`: the matching lead-in line and the title or link lines right after it (see `run`);
   * - `inline`: only the matched span inside a line (live quote numbers after a stock name).
   */
  scope: 'line' | 'run' | 'inline';
  /** Whole-line patterns (anchored) for `line`/`run`; span patterns for `inline`. */
  patterns: readonly RegExp[];
  /** For `run`: the lines after the lead-in that belong to it, and at most how many. */
  run?: { item: RegExp; max: number };
  /** Elements whose whole content is this class (removed with everything inside). */
  selectors?: readonly string[];
  examples: {
    /** Real boilerplate lines (or spans, for `inline`) that must match. */
    drop: readonly string[];
    /** For `run`: real lines that follow the lead-in and belong to the run. */
    runItems?: readonly string[];
    /** Real article sentences that mention the same words and must stay. */
    keep: readonly string[];
    /**
     * For `inline` classes whose spans are furniture only in their place (inside the brackets after
     * a stock's name): the text printed before and after each `drop` span in the tests.
     */
    around?: readonly [before: string, after: string];
  };
}

/** Expected named groups of one match; a group not listed must be absent (undefined). */
export type Groups = Readonly<Record<string, string>>;

/** A recognition rule: a line shape that carries metadata, read through named groups. */
export interface Recognizer extends RuleMeta {
  where: Where;
  pattern: RegExp;
  /**
   * What the wiring does with the line once recognised:
   * - `keep`: the line is the article's printed words and stays in `text` (bylines, credits);
   * - `move`: the line leaves `text` and becomes metadata (责任编辑, 原标题, a 来源 line at an edge);
   * - `drop`: the line is a credit wrapped in a promo and goes (the metadata is still read).
   */
  line: 'keep' | 'move' | 'drop';
  /** Read only when the next text line is one this rule (an id of the metadata-line table) recognises. */
  followedBy?: string;
  /**
   * Read only inside a block of credits: right after a line one of these entries (byline ids)
   * recognised as a whole line naming two or more people, and right before a line that is a credit
   * or a metadata line (编辑 | X, 来源：X, 责任编辑：X). The names run on from that byline.
   */
  continues?: readonly string[];
  /**
   * The line is a sentence of the article that mentions the outlet in running text (its reporter
   * found or learned something): the outlet is the source only when no other place names one.
   */
  mentions?: boolean;
  /**
   * The shape closes a paragraph or the article (reporters in brackets at the end, name/文): the
   * outlet it names is a closing credit's, never a lead byline's, even when a short article puts
   * the line among its first ones.
   */
  closes?: boolean;
  /**
   * Read only right above a writer's credit (the next text line is a byline naming the writers with
   * the role 作者 or 文: 作   者 | 董道力, 文 | 刘建中): a name printed alone there is the account's
   * masthead over its credits block, never a heading of the article.
   */
  aboveCredit?: boolean;
  examples: {
    match: readonly { text: string; groups: Groups }[];
    noMatch: readonly string[];
  };
}
