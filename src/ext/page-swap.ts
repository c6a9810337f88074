/**
 * Swapping the page's visible content for the reader host and back, exactly.
 * The page's body children are detached (the same node objects, so their listeners and state
 * survive) and put back in order; nothing on <html> or <body> is touched.
 */
export const HOST_ID = 'sina-clean-host';
export const HOST_TAG = 'sina-clean-reader';

export interface Swap {
  host: HTMLElement;
  shadow: ShadowRoot;
  kept: Node[];
  scrollX: number;
  scrollY: number;
}

function scrollWindow(win: Window, x: number, y: number): void {
  try {
    win.scrollTo({ left: x, top: y, behavior: 'instant' as ScrollBehavior });
  } catch {
    // Environments without layout (tests) have no scrolling.
  }
}

/** Detaches every body child, appends the reader host with an open shadow root. */
export function swapIn(doc: Document): Swap {
  const win = doc.defaultView!;
  const body = doc.body ?? doc.documentElement;
  const scrollX = win.scrollX || 0;
  const scrollY = win.scrollY || 0;
  const kept = Array.from(body.childNodes);
  for (const node of kept) body.removeChild(node);
  const host = doc.createElement(HOST_TAG);
  host.id = HOST_ID;
  const shadow = host.attachShadow({ mode: 'open' });
  body.appendChild(host);
  scrollWindow(win, 0, 0);
  return { host, shadow, kept, scrollX, scrollY };
}

/** Removes the host and puts the kept nodes back where it stood, then the scroll position. */
export function swapOut(doc: Document, swap: Swap): void {
  const { host, kept } = swap;
  if (host.parentNode) {
    host.replaceWith(...kept);
  } else {
    (doc.body ?? doc.documentElement).append(...kept);
  }
  scrollWindow(doc.defaultView!, swap.scrollX, swap.scrollY);
}
