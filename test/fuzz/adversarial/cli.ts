/**
 * `npm run fuzz:adversarial`: the larger adversarial run on demand, with progress.
 *   ADV_SEED=random ADV_TIER=3 ADV_CASES=2000 npm run fuzz:adversarial
 *   ADV_ONLY=nesting,engine.headlineRepeated npm run fuzz:adversarial     # shapes or groups
 *   ADV_PLAN=nest.selfClosing:pc2017:2400:12345 npm run fuzz:adversarial  # replay one case
 * Knobs: ADV_SEED (integer or `random`, printed), ADV_CASES (random cases after the sweep and the
 * growing sizes; default 500), ADV_TIER (largest size tier, default 3: every size of every shape),
 * ADV_BUDGET_MS, ADV_MARGIN_MS, ADV_MINIMIZE_MS. Exit code 1 when any case fails.
 */
import { describePlan } from './cases';
import { envList, envNumber, envPlan, envSeed } from './env';
import { DEFAULT_BOUNDS, DEFAULT_SEED, FAILURES_DIR, formatReport, runAdversarial } from './run';

const seed = envSeed('ADV_SEED', DEFAULT_SEED);
const plan = envPlan();
const bounds = { ...DEFAULT_BOUNDS, budgetMs: envNumber('ADV_BUDGET_MS', DEFAULT_BOUNDS.budgetMs), marginMs: envNumber('ADV_MARGIN_MS', DEFAULT_BOUNDS.marginMs) };
const only = envList('ADV_ONLY');
if (plan) console.log(`replaying ${describePlan(plan)}`);
const report = await runAdversarial({
  seed,
  random: envNumber('ADV_CASES', 500),
  maxTier: envNumber('ADV_TIER', 3),
  ...(only ? { only } : {}),
  ...(plan ? { plans: [plan] } : {}),
  bounds,
  failuresDir: FAILURES_DIR,
  minimizeMs: envNumber('ADV_MINIMIZE_MS', 120_000),
  log: (line) => console.log(line),
});
console.log(formatReport(report));
process.exit(report.failures.length ? 1 : 0);
