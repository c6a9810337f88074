/**
 * Showing the reader over the page and taking it away again, without changing the page.
 *
 * The reader host is appended as the last child of <body>: a fixed, full-viewport element with its
 * own scrolling (its styles live in its shadow root). A <style> element inside the host's light
 * DOM (it renders nothing; the shadow root has no slot), from the frame after the reader is first
 * painted, stops the page from scrolling and hides the page's other body children with
 * `visibility:hidden`. The page's
 * nodes are never moved or removed: iframes and embeds do not reload, scripts do not run again,
 * handlers, focus targets and the scroll position are simply left as they were. Restore removes
 * the host (and with it the <style>), so the serialisation equals the original; html/body
 * attributes are never touched. Media that was playing is paused; the focused page element is
 * blurred so keys go to the reader.
 *
 * The reader sets its own viewport: a desktop page opened in a phone browser has no viewport meta
 * (the phone lays it out 980 px wide and the text shows tiny), so while the reader is shown the
 * head holds `width=device-width, initial-scale=1` — a meta added for the purpose, or the page's own
 * viewport meta with its content changed; restore takes the added one away or puts the content back.
 */

/**
 * Rules that apply to the page while the reader is shown (the host's tag name is `tag`). With
 * `firstFrame`, only those the first frame needs: the opaque, topmost, fixed reader covers the
 * page, and the page's body may not be transformed (that would carry the fixed host with it).
 * The rest waits until the reader has been painted once (see swapIn), because each costs a pass
 * over the whole page: making the page's own elements invisible and deaf to the pointer restyles
 * every element (about 5 ms on the largest fixture page in Chromium), and stopping the page from
 * scrolling changes the root's overflow, which Firefox answers by rebuilding and laying out the
 * page's whole box tree (10-15 ms there). For that one frame the page's scrollbar (where the
 * platform shows one) stays beside the reader.
 */
export function pageRules(tag: string, firstFrame = false): string {
  return [
    ...(firstFrame ? [] : [`html,body{overflow:hidden !important}`, `body>:not(${tag}){visibility:hidden !important;pointer-events:none !important}`]),
    // A transformed/filtered body would make the fixed host scroll with it.
    `body{transform:none !important;filter:none !important;perspective:none !important;contain:none !important}`,
    `@media print{html,body{overflow:visible !important}body>:not(${tag}){display:none !important}}`,
  ].join('\n');
}

/** A hidden tab gets no frames: what waits for one runs after this long anyway (ms). */
export const NO_FRAME_WAIT_MS = 200;

/**
 * Runs `fn` once the next frame has been painted (its rAF, then the next task); at once where there
 * are no frames. With `noFrameMs`, also after that long if no frame comes (a background tab gets
 * none until it is shown): for work the page needs done, not for work only a visible page needs.
 */
export function afterNextPaint(win: (Window & typeof globalThis) | null, fn: () => void, noFrameMs?: number): void {
  if (!win || typeof win.requestAnimationFrame !== 'function') return fn();
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    if (timer !== undefined) win.clearTimeout(timer);
    fn();
  };
  const timer = noFrameMs === undefined ? undefined : win.setTimeout(once, noFrameMs);
  win.requestAnimationFrame(() => void win.setTimeout(once, 0));
}

export interface Swap {
  readonly host: Element;
  readonly scrollX: number;
  readonly scrollY: number;
  /** Undoes the viewport change. */
  readonly viewport: () => void;
}

export const READER_VIEWPORT = 'width=device-width, initial-scale=1';

/** Gives the page a device-width viewport; returns how to undo it. */
export function setViewport(doc: Document): () => void {
  const metas = Array.from(doc.querySelectorAll('meta[name=viewport i]')) as HTMLMetaElement[];
  const own = metas[metas.length - 1];
  if (own) {
    const before = own.getAttribute('content');
    if (before !== null && /width\s*=\s*device-width/i.test(before)) return () => undefined;
    own.setAttribute('content', READER_VIEWPORT);
    return () => {
      if (before === null) own.removeAttribute('content');
      else own.setAttribute('content', before);
    };
  }
  const meta = doc.createElement('meta');
  meta.setAttribute('name', 'viewport');
  meta.setAttribute('content', READER_VIEWPORT);
  (doc.head ?? doc.documentElement).appendChild(meta);
  return () => {
    // Chromium keeps the last viewport it was given when the meta goes away: give it the width a
    // page without viewport meta is laid out at first, so the page looks as before.
    meta.setAttribute('content', `width=${PAGE_LAYOUT_WIDTH}`);
    meta.remove();
  };
}

/** The width mobile browsers lay out a page without a viewport meta at. */
export const PAGE_LAYOUT_WIDTH = 980;

export function swapIn(doc: Document, host: Element): Swap {
  const win = doc.defaultView;
  const scrollX = win?.scrollX ?? 0;
  const scrollY = win?.scrollY ?? 0;
  const style = doc.createElement('style');
  style.textContent = pageRules(host.localName, true);
  host.appendChild(style);
  // The rest of the rules once the reader is on screen (not if it has been taken away by then).
  afterNextPaint(win as (Window & typeof globalThis) | null, () => {
    if (host.isConnected && style.parentNode === host) style.textContent = pageRules(host.localName);
  });
  // A focused page element would keep receiving keys under the reader.
  const active = doc.activeElement as HTMLElement | null;
  if (active && active !== doc.body && doc.body.contains(active) && typeof active.blur === 'function') active.blur();
  for (const m of Array.from(doc.body.querySelectorAll('video, audio')) as HTMLMediaElement[]) {
    try {
      if (!m.paused) m.pause();
    } catch {
      /* not a real media element (tests) */
    }
  }
  doc.body.appendChild(host);
  const viewport = setViewport(doc);
  return { host, scrollX, scrollY, viewport };
}

export function swapOut(doc: Document, swap: Swap): void {
  swap.host.remove();
  swap.viewport();
  // The page did not scroll underneath; put it back anyway in case a page script moved it.
  const win = doc.defaultView;
  if (win && (win.scrollX !== swap.scrollX || win.scrollY !== swap.scrollY) && typeof win.scrollTo === 'function') {
    try {
      win.scrollTo({ left: swap.scrollX, top: swap.scrollY, behavior: 'instant' as ScrollBehavior });
    } catch {
      /* no layout (tests) */
    }
  }
}
