/**
 * The attribute map of every element the parse stage creates. A page's attribute names are its
 * own: `constructor`, `__proto__` or `toString` are attributes like any other, so the map has no
 * prototype to inherit such names from (and `map[name] = value` never sets a prototype).
 *
 * `Object.create(null)` gives that, but V8 keeps such an object as a hash table from the start
 * ("dictionary mode"): about 170 bytes even when empty, slower to fill and slower to read than an
 * object with a hidden class. An instance of a constructor whose prototype has no prototype
 * itself reads the same to every caller (no inherited names, own properties in insertion order)
 * and stays a fast object of a dozen bytes plus its attributes.
 */
export type Attribs = Record<string, string>;

function AttribMap(this: Attribs): void {}
AttribMap.prototype = Object.create(null) as object;
const Ctor = AttribMap as unknown as new () => Attribs;

/** A new, empty attribute map without inherited names. */
export function newAttribs(): Attribs {
  return new Ctor();
}
