/** What a case must give: from a generated case's shape and family, or from a regression recipe. */
import type { BuiltCase } from './cases';
import type { Expectations } from './check';
import type { Recipe } from './protocol';

/** What a generated case must give. */
export function expectationsOf(c: BuiltCase): Expectations {
  const { piece, family } = c;
  return {
    template: family.template,
    title: family.title || null,
    visible: family.bestEffort ? [] : [...c.anchors, ...(piece.visible ?? [])],
    hidden: piece.hidden ?? [],
    absent: [...(piece.movesBodyEnd ? [] : family.chrome), ...(piece.absent ?? [])],
    movable: piece.movable ?? [],
    ...(piece.count && !family.bestEffort ? { count: piece.count } : {}),
    ...(piece.editor !== undefined ? { editor: piece.editor } : {}),
    ...(piece.authors ? { authors: piece.authors } : {}),
    ...(piece.images !== undefined ? { images: piece.images } : {}),
    // The Readability fallback refuses pages it could not read within the budget: no article.
    // The Readability fallback cannot be interrupted: it is only given pages it reads within what is
    // left of the budget (else no article), and its one call may run past the budget on a loaded machine.
    // A small page must give an Article; from the second size on, inputs (100 KB to megabytes) may
    // run out of a small budget on a loaded machine: that is a specific error within the budget,
    // and the time and heap bounds still hold.
    refusals: [...(piece.refusals ?? []), ...(family.bestEffort ? (['not-an-article', 'timeout'] as const) : []), ...(c.plan.tier >= 1 || piece.mustRefuse ? (['timeout'] as const) : [])],
    // A size past a bound: its error, or (on the small budget of a run) running out of time first.
    ...(piece.mustRefuse ? { mustRefuse: piece.mustRefuse } : {}),
    // The small sizes are extracted a second time with the trace on (it must change nothing).
    ...(c.plan.tier <= 1 ? { traceCheck: true } : {}),
  };
}

export function recipeHtml(r: Recipe): string {
  return r.parts
    .map((p) => {
      if (!p.numbered) return p.text.repeat(p.repeat ?? 1);
      const out = new Array<string>(p.repeat ?? 1);
      for (let i = 0; i < out.length; i++) out[i] = p.text.replaceAll('{i}', i.toString(36));
      return out.join('');
    })
    .join('');
}

export function recipeExpectations(r: Recipe): Expectations {
  return { template: null, title: null, visible: [], hidden: [], absent: [], movable: [], refusals: [], ...r.expect };
}
