/**
 * `--since` / `--until`: dates or date-times, Beijing time unless an offset is written, turned
 * into a half-open range of instants [from, to) that `publishedAt` is tested against.
 */

export interface DateBound {
  /** As the user wrote it (for messages). */
  text: string;
  /** First instant the bound covers, in ms since the epoch. */
  start: number;
  /** First instant after it (a date covers the whole day, a minute the whole minute). */
  end: number;
}

const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Parse a bound; null when it is not one of the accepted forms or not a real date. */
export function parseDateBound(text: string): DateBound | null {
  const m = FORM.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  let offsetMinutes = 8 * 60;
  if (zone && zone.toUpperCase() !== 'Z') {
    const z = zone.replace(':', '');
    offsetMinutes = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
  } else if (zone) {
    offsetMinutes = 0;
  }
  const start = utc - offsetMinutes * 60_000;
  const unit = h === undefined ? 86_400_000 : s === undefined ? 60_000 : 1000;
  return { text: text.trim(), start, end: start + unit };
}

export interface DateRange {
  since: DateBound | null;
  until: DateBound | null;
}

export type DateVerdict = 'in' | 'no-date' | 'before' | 'after';

/** Where an ISO 8601 `publishedAt` falls against the range. */
export function checkDate(publishedAt: string | null, range: DateRange): DateVerdict {
  if (!range.since && !range.until) return 'in';
  if (!publishedAt) return 'no-date';
  const t = Date.parse(publishedAt);
  if (Number.isNaN(t)) return 'no-date';
  if (range.since && t < range.since.start) return 'before';
  if (range.until && t >= range.until.end) return 'after';
  return 'in';
}
