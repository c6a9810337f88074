/**
 * Swapping the page's visible content for the reader host and back, without touching anything
 * else. The page's body children are moved, as the same node objects and in order, into one
 * hidden holder element at the end of <body>; the reader host follows it. Restore moves them back
 * in front of the holder and removes holder and host, so the serialisation equals the original;
 * html/body attributes are never modified.
 *
 * Where the browser has `moveBefore` (state-preserving move), iframes are not reloaded, media and
 * focus keep their state and the page's own scripts do not run again; elsewhere plain
 * `insertBefore` is used. Nodes stay connected while hidden, so page scripts that look them up
 * keep working. Nodes the page appends to <body> meanwhile join the holder (after the others);
 * nodes it removes stay removed.
 */

export const HOLDER_TAG = 'sina-clean-keep';

export interface Swap {
  readonly host: Element;
  readonly holder: Element;
  readonly scrollX: number;
  readonly scrollY: number;
  readonly observer: MutationObserver | null;
}

type Mover = Element & { moveBefore?: (node: Node, child: Node | null) => void };

/** Moves `node` into `parent` before `ref`, preserving its state where the browser can. */
function move(parent: Element, node: Node, ref: Node | null): void {
  const p = parent as Mover;
  if (typeof p.moveBefore === 'function') {
    try {
      p.moveBefore(node, ref);
      return;
    } catch {
      /* e.g. a node type moveBefore refuses: fall back to a plain insert */
    }
  }
  parent.insertBefore(node, ref);
}

function park(records: MutationRecord[], body: HTMLElement, swap: { host: Element; holder: Element }): void {
  for (const r of records) {
    for (const node of Array.from(r.addedNodes)) {
      // Our own elements (and a second reader host from another script instance) stay where they are.
      if (node.parentNode !== body || node.nodeName === swap.host.nodeName || node === swap.holder) continue;
      move(swap.holder, node, null);
    }
  }
}

export function swapIn(doc: Document, host: Element): Swap {
  const body = doc.body;
  const win = doc.defaultView;
  const scrollX = win?.scrollX ?? 0;
  const scrollY = win?.scrollY ?? 0;
  const holder = doc.createElement(HOLDER_TAG);
  holder.setAttribute('hidden', '');
  holder.setAttribute('style', 'display:none !important');
  const nodes = Array.from(body.childNodes);
  body.appendChild(holder);
  for (const node of nodes) move(holder, node, null);
  // Hidden media would keep playing (and be heard): pause it.
  for (const m of Array.from(holder.querySelectorAll('video, audio')) as HTMLMediaElement[]) {
    try {
      if (!m.paused) m.pause();
    } catch {
      /* not a real media element (tests) */
    }
  }
  body.appendChild(host);
  let observer: MutationObserver | null = null;
  if (win && typeof win.MutationObserver === 'function') {
    observer = new win.MutationObserver((records) => park(records, body, { host, holder }));
    observer.observe(body, { childList: true });
  }
  scrollTo(win, 0, 0);
  return { host, holder, scrollX, scrollY, observer };
}

export function swapOut(doc: Document, swap: Swap): void {
  const body = doc.body;
  // Nodes appended just before restore have not reached the observer callback yet.
  if (swap.observer) {
    park(swap.observer.takeRecords(), body, swap);
    swap.observer.disconnect();
  }
  swap.host.remove();
  if (swap.holder.parentNode === body) {
    for (const node of Array.from(swap.holder.childNodes)) move(body, node, swap.holder);
    swap.holder.remove();
  } else {
    // The page removed our holder: put back what it still holds at the end of <body>.
    for (const node of Array.from(swap.holder.childNodes)) body.appendChild(node);
  }
  scrollTo(doc.defaultView, swap.scrollX, swap.scrollY);
}

function scrollTo(win: Window | null, x: number, y: number): void {
  if (!win || typeof win.scrollTo !== 'function') return;
  try {
    win.scrollTo({ left: x, top: y, behavior: 'instant' as ScrollBehavior });
  } catch {
    /* no layout (tests) */
  }
}
