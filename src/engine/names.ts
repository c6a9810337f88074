/**
 * Tag and attribute names, read from the input as shared strings. A page repeats a few dozen
 * names thousands of times; each was a new string (a slice, lower-cased), and every attribute map
 * then stored its values under a key V8 had to look up in its table of unique strings first (about
 * a tenth of the fast path's time). Here a name in ASCII letters, digits and `:_.-` is found in a
 * small cache by a hash of its characters (ASCII letters read in lower case) and the cache's string,
 * which is unique (V8's own, as a property name is), is returned: no slice, no lower-casing, and a
 * key the attribute map and every later `name === 'p'` compare by identity.
 *
 * The cache is direct-mapped (a name that meets another's slot replaces it) and holds only names up
 * to MAX_NAME characters, so it stays a few kilobytes whatever a page holds.
 */
const SLOTS = 2048;
const MAX_NAME = 32;
const cache: string[] = new Array<string>(SLOTS).fill('');

/**
 * `name` as V8's unique string (the one an object's property name is). The object inherits
 * nothing, so `__proto__` is a name like any other (on a plain object it would set no property).
 */
function unique(name: string): string {
  const o = Object.create(null) as Record<string, 0>;
  o[name] = 0;
  return Object.keys(o)[0] ?? name;
}

/**
 * The name `s.slice(start, end)` with ASCII letters in lower case, as a shared string; null when it
 * holds a character other than ASCII letters, digits and `:_.-`, is empty or is longer than
 * MAX_NAME (the caller then reads it as before).
 */
export function sharedName(s: string, start: number, end: number): string | null {
  const len = end - start;
  if (len <= 0 || len > MAX_NAME) return null;
  let h = len;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2e || c === 0x2d)) return null;
    h = (Math.imul(h, 31) + c) | 0;
  }
  const slot = (h ^ (h >>> 11)) & (SLOTS - 1);
  const k = cache[slot]!;
  if (k.length === len) {
    let i = 0;
    for (; i < len; i++) {
      let c = s.charCodeAt(start + i);
      if (c >= 0x41 && c <= 0x5a) c |= 0x20;
      if (c !== k.charCodeAt(i)) break;
    }
    if (i === len) return k;
  }
  const name = unique(s.slice(start, end).toLowerCase());
  cache[slot] = name;
  return name;
}
