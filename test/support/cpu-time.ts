/**
 * CPU time for the bounds tests. A bound such as "5,000 centred lines take under a second" or "the
 * engine gives up within its budget plus a margin" is about the work done, and a loaded machine
 * (two cores, ten processes) stretches wall time two to three times over the same work. These read
 * the process's CPU time instead. In a worker thread (test:quick) the process's time includes the
 * other threads', which can only make a bound stricter.
 */

/** CPU time of this process (every thread: the engine's, the garbage collector's), in ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** fn's result and the CPU time it took, in ms. */
export function cpuTimed<T>(fn: () => T): [T, number] {
  const t = cpuMs();
  const value = fn();
  return [value, cpuMs() - t];
}

/**
 * Runs fn with `performance.now()` reading the CPU clock, so the engine's deadline (which reads
 * `performance.now()`) counts work rather than waiting, then puts the clock back.
 */
export function onCpuClock<T>(fn: () => T): T {
  const perf = performance as unknown as { now: () => number };
  const own = Object.prototype.hasOwnProperty.call(perf, 'now');
  const was = perf.now;
  perf.now = cpuMs;
  try {
    return fn();
  } finally {
    if (own) perf.now = was;
    else delete (perf as { now?: () => number }).now;
  }
}
