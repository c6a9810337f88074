/** Path of the library page (for `runtime.getURL`), optionally opened on a stock or a search. */
export function libraryPagePath(open: { stock?: string; q?: string } = {}): `/library.html${string}` {
  const params = new URLSearchParams();
  if (open.stock) params.set('stock', open.stock);
  if (open.q) params.set('q', open.q);
  const qs = params.toString();
  return `/library.html${qs ? `?${qs}` : ''}` as const;
}
