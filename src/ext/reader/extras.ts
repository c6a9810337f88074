/**
 * The reader's second chunk (entrypoints/reader-extras.ts): the copy formats (text, Markdown with
 * its YAML front matter, citations), which the reader's first screen does not need. Loaded on the
 * first copy, so the first click on the page evaluates none of it.
 */
import { copyOptionsOf, copyPayload } from '../format';
import type { ReaderExtras } from './types';

export const READER_EXTRAS: ReaderExtras = {
  copy: (article, kind, settings, accessed) => copyPayload(article, kind, copyOptionsOf(settings, accessed)),
};
