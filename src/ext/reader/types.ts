/**
 * The contract between the always-injected content script and the reader chunk it loads on
 * demand (entrypoints/reader.ts). The content script imports these types only.
 */
import type { Article } from '../../article';
import type { CopyKind } from '../format';
import type { ActionResult, ExtractResult, Timings } from '../messages';
import type { Settings } from '../settings';
import type { SpeechDeps } from './speech';
import type { LibraryClient } from '../library-client';
import type { UiLocale } from '../ui-locale';

/** What the content script hands the chunk: the page and the browser-bound helpers. */
export interface ReaderHost {
  doc: Document;
  url: string;
  tr: (key: string, ...subs: string[]) => string;
  /**
   * The `_locales` table `tr` reads, when the message that asked for the reader said
   * (src/ext/strings.ts): the reader then reads its strings from the chunk's copy of the tables.
   */
  locale?: () => UiLocale | null;
  loadSettings: () => Promise<Settings>;
  /** The settings, when already read (the reader then opens without waiting for storage). */
  settings?: Settings;
  saveSettings: (patch: Partial<Settings>) => Promise<unknown>;
  /** Writes the clipboard; `container` is where a fallback textarea may go (the reader's shadow root). */
  writeClipboard: (text: string, container: Node) => Promise<boolean>;
  prefersDark?: () => boolean;
  print?: () => void;
  /** The reader was shown or taken away (the toolbar badge follows). */
  onChange?: () => void;
  speech?: SpeechDeps | null;
  /** 文库 (through the background's library messages): the reader then offers 保存, and auto-save works. */
  library?: LibraryClient;
  /** Engine time budget in ms (default READER_BUDGET_MS). */
  budgetMs?: number;
  /**
   * Loads the reader's second chunk (the copy formats: entrypoints/reader-extras.ts), which the
   * first screen does not need: the session asks for it on the first copy.
   */
  loadExtras: () => Promise<ReaderExtras>;
}

export interface ReaderSession {
  readonly cleaned: boolean;
  /** The extraction result once it ran, else null. */
  readonly result: ExtractResult | null;
  /** The page's Article: extracted from the live page on the first call, then remembered. */
  article(): ExtractResult;
  /** Extracts if needed and shows the reader over the page. */
  show(): Promise<ActionResult>;
  /** Takes the reader away; the page is as it was. */
  restore(): ActionResult;
  applySettings(s: Settings): void;
  /** Re-resolves the theme (the system colour scheme changed). */
  refresh(): void;
  /**
   * Time of the first extraction and the first show, ms (null until they ran); when the reader was
   * first in the page (epoch ms); what evaluating the chunk's modules took (ms; null if unmeasured).
   */
  readonly timings: Pick<Timings, 'extractMs' | 'digestMs' | 'showMs' | 'shownAt' | 'chunkEvalMs'>;
  /** Extracts the page `runs` more times, without keeping the results, and returns the time of each (ms). */
  timeExtraction(runs: number): number[];
}

/** The reader's second chunk: what the copy buttons need and the first screen does not. */
export interface ReaderExtras {
  /** What a copy button puts on the clipboard, with the user's options; `accessed`: the day read. */
  copy(article: Article, kind: CopyKind, settings: Settings, accessed: Date): string;
}

export interface ReaderChunk {
  openSession(host: ReaderHost): ReaderSession;
}
