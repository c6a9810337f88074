/**
 * The offsets a style gives its box (ownOffset), the box a positioned one is placed against
 * (placedFrom), and the flex and grid items a container blockifies (laysOutItems, elementBoxHidden).
 */
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { findFirst } from '../../../src/engine/dom';
import { elementBoxHidden, laysOutItems, offPage, ownOffset, placedFrom, type Offset } from '../../../src/engine/visibility';

const never = { tick: () => undefined } as never;
const far = (style: string, name?: string) => offPage(ownOffset(style, name));

describe('ownOffset: right, bottom and margin-top', () => {
  it('right and bottom move a positioned box left and up; a static box ignores them', () => {
    expect(['position:relative;right:9999px', 'position:absolute;right:9999px', 'position:fixed;bottom:9999px', 'position:relative;bottom:60em', 'position:absolute;right:150%', 'position:relative;right:-9999px'].map((s) => far(s))).toEqual(Array(6).fill(true));
    expect(['right:9999px', 'bottom:9999px', 'position:static;right:9999px', 'position:relative;right:20px', 'position:relative;bottom:-9999px', 'position:absolute;right:50%'].map((s) => far(s))).toEqual(Array(6).fill(false));
  });
  it('left wins over right and top over bottom', () => {
    expect(far('position:relative;left:0;right:9999px')).toBe(false);
    expect(far('position:absolute;left:0;right:-9999px')).toBe(false);
    expect(far('position:relative;top:0;bottom:9999px')).toBe(false);
    expect(far('position:relative;left:auto;right:9999px')).toBe(true);
  });
  it('a sticky box is not moved by its offsets (they are a scroll threshold)', () => {
    expect(far('position:sticky;top:-9999px')).toBe(false);
    expect(far('position:sticky;right:9999px')).toBe(false);
  });
  it('margin-top moves a block, not an inline box', () => {
    expect(far('margin-top:-9999px')).toBe(true);
    expect(far('margin-top:-9999px', 'div')).toBe(true);
    expect(far('margin-top:-9999px', 'span')).toBe(false);
    expect(far('margin-top:-9999px;display:block', 'span')).toBe(true);
    expect(far('margin-top:-9999px;position:absolute', 'em')).toBe(true);
    expect(far('margin-top:-20px', 'div')).toBe(false);
    expect(far('margin-top:-100%', 'div')).toBe(false);
  });
  it('a calc() of one term is read; a sum is not', () => {
    expect(far('position:relative;left:calc(-9999px)')).toBe(true);
    expect(far('position:relative;left:calc( -60em )')).toBe(true);
    expect(far('position:relative;left:calc(-9999px + 9999px)')).toBe(false);
    expect(far('position:relative;left:-9999px)')).toBe(false);
  });
});

describe('placedFrom: an absolute or fixed box is placed against its containing block', () => {
  const place = (html: string, nets: [string, Offset][]) => {
    const doc = parseDocument(html);
    const byId = (id: string) => findFirst(doc, never, (e) => e.attribs?.id === id)!;
    const netOf = new Map<Element, Offset>(nets.map(([id, o]) => [byId(id), o]));
    const el = byId('t');
    const parentNet = netOf.get(el.parent as Element) ?? null;
    return placedFrom(el, el.attribs.style, parentNet, (e) => netOf.get(e), never);
  };
  const off: Offset = { x: -9999, y: 0, r: 0 };
  it('a static or relative box is laid out in its parent', () => {
    expect(place('<div id="a"><p id="t" style="position:relative;left:0">x</p></div>', [['a', off]])).toEqual(off);
    expect(place('<div id="a"><p id="t">x</p></div>', [['a', off]])).toEqual(off);
  });
  it('an absolute box skips static ancestors; a positioned or transformed one contains it', () => {
    expect(place('<div id="a"><p id="t" style="position:absolute;left:0">x</p></div>', [['a', off]])).toBeNull();
    expect(place('<div id="r" style="position:relative"><div id="a"><p id="t" style="position:absolute;left:0">x</p></div></div>', [['r', off], ['a', off]])).toEqual(off);
    expect(place('<div id="r" style="transform:scale(1)"><div id="a"><p id="t" style="position:absolute;left:0">x</p></div></div>', [['r', off], ['a', off]])).toEqual(off);
  });
  it('on an axis it sets no offset on, an absolute box stays where its parent lays it out', () => {
    expect(place('<div id="a"><p id="t" style="position:absolute">x</p></div>', [['a', off]])).toEqual(off);
    expect(place('<div id="a"><p id="t" style="position:absolute;top:0">x</p></div>', [['a', off]])).toEqual(off);
  });
  it('a fixed box is placed against the viewport, unless a transformed ancestor contains it', () => {
    expect(place('<div id="r" style="position:relative"><div id="a"><p id="t" style="position:fixed;left:0">x</p></div></div>', [['r', off], ['a', off]])).toBeNull();
    expect(place('<div id="r" style="transform:translateX(0)"><div id="a"><p id="t" style="position:fixed;left:0">x</p></div></div>', [['r', off], ['a', off]])).toEqual(off);
  });
  it('the walk up is bounded: a containing block more than 256 levels up is not looked for', () => {
    const nest = (n: number) => `<div id="r" style="position:relative">${'<div>'.repeat(n)}<p id="t" style="position:absolute;left:0">x</p>${'</div>'.repeat(n)}</div>`;
    expect(place(nest(200), [['r', off]])).toEqual(off);
    expect(place(nest(300), [['r', off]])).toBeNull();
  });
});

describe('flex and grid items are blockified', () => {
  it('a flex, grid, inline-flex or inline-grid container lays out items', () => {
    expect(['display:flex', 'display:grid', 'display:inline-flex', 'display: inline-grid !important'].map(laysOutItems)).toEqual([true, true, true, true]);
    expect(['display:block', 'display:inline', 'display:contents', undefined, ''].map(laysOutItems)).toEqual([false, false, false, false, false]);
  });
  it('an inline box or a cell as an item collapses; a table or a contents box does not', () => {
    expect(elementBoxHidden('span', 'height:0;overflow:hidden', true)).toBe('collapsed');
    expect(elementBoxHidden('div', 'display:table-cell;height:0;overflow:hidden', true)).toBe('collapsed');
    expect(elementBoxHidden('span', 'height:0;overflow:hidden', false)).toBeNull();
    expect(elementBoxHidden('table', 'height:0;overflow:hidden', true)).toBeNull();
    expect(elementBoxHidden('span', 'display:contents;height:0;overflow:hidden', true)).toBeNull();
  });
});
