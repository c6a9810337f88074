/**
 * Swapping the page's visible content for the reader host and back, without touching anything
 * else: body children are detached (the same node objects, so page handlers keep working) and put
 * back in order; html/body attributes are never modified. Nodes the page appends to <body> while
 * the reader is shown are parked with the others and come back on restore.
 */

export interface Swap {
  readonly host: Element;
  /** Body children in document order, as they will be restored. */
  readonly saved: Node[];
  readonly scrollX: number;
  readonly scrollY: number;
  readonly observer: MutationObserver | null;
}

function park(records: MutationRecord[], body: HTMLElement, swap: { host: Element; saved: Node[] }): void {
  for (const r of records) {
    for (const node of Array.from(r.addedNodes)) {
      // Another reader host (a second content-script instance after an update) is left alone.
      if (node.nodeName !== swap.host.nodeName && node.parentNode === body) {
        body.removeChild(node);
        swap.saved.push(node);
      }
    }
  }
}

export function swapIn(doc: Document, host: Element): Swap {
  const body = doc.body;
  const win = doc.defaultView;
  const scrollX = win?.scrollX ?? 0;
  const scrollY = win?.scrollY ?? 0;
  const saved = Array.from(body.childNodes);
  for (const node of saved) body.removeChild(node);
  body.appendChild(host);
  let observer: MutationObserver | null = null;
  if (win && typeof win.MutationObserver === 'function') {
    observer = new win.MutationObserver((records) => park(records, body, { host, saved }));
    observer.observe(body, { childList: true });
  }
  scrollTo(win, 0, 0);
  return { host, saved, scrollX, scrollY, observer };
}

export function swapOut(doc: Document, swap: Swap): void {
  const body = doc.body;
  // Nodes appended just before restore have not reached the observer callback yet: park them in order.
  if (swap.observer) {
    park(swap.observer.takeRecords(), body, swap);
    swap.observer.disconnect();
  }
  swap.host.remove();
  // Anything still in body arrived unobserved; it stays after the restored nodes.
  const anchor = body.firstChild;
  for (const node of swap.saved) body.insertBefore(node, anchor);
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
