/**
 * Delta-debugging minimizer: removes chunks of the input (first whole tags/text runs, then
 * characters) while the failure still reproduces, within a time budget.
 */
export interface MinimizeResult {
  input: string;
  tries: number;
  complete: boolean;
}

function tokenize(html: string): string[] {
  return html.split(/(<[^<>]*>)/).filter((t) => t.length > 0);
}

async function ddmin(
  units: string[],
  stillFails: (s: string) => Promise<boolean>,
  deadline: number,
  counter: { tries: number },
): Promise<{ units: string[]; complete: boolean }> {
  let n = 2;
  while (units.length >= 2) {
    if (performance.now() > deadline) return { units, complete: false };
    const size = Math.ceil(units.length / n);
    let reduced = false;
    for (let i = 0; i < units.length; i += size) {
      if (performance.now() > deadline) return { units, complete: false };
      const candidate = units.slice(0, i).concat(units.slice(i + size));
      counter.tries++;
      if (await stillFails(candidate.join(''))) {
        units = candidate;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= units.length) break;
      n = Math.min(units.length, n * 2);
    }
  }
  return { units, complete: true };
}

export async function minimize(
  input: string,
  stillFails: (s: string) => Promise<boolean>,
  budgetMs: number,
): Promise<MinimizeResult> {
  const deadline = performance.now() + budgetMs;
  const counter = { tries: 0 };
  const byTokens = await ddmin(tokenize(input), stillFails, deadline, counter);
  let out = byTokens.units.join('');
  let complete = byTokens.complete;
  if (complete && out.length <= 20_000) {
    const byChars = await ddmin(Array.from(out), stillFails, deadline, counter);
    out = byChars.units.join('');
    complete = byChars.complete;
  }
  return { input: out, tries: counter.tries, complete };
}
