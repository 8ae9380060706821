/** Shared helpers for the benchmarks: timing with warm-up and a figure printer. */
import { performance } from 'node:perf_hooks';

/** Median wall time in ms of `fn` over `runs` runs after `warmup` runs. */
export function timeMs(fn: () => unknown, runs = 5, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Prints one figure line: `label  value unit  (target ...)`. */
export function report(label: string, ms: number, extra = '', target?: number): void {
  const verdict = target === undefined ? '' : ms <= target ? `  (target ≤ ${target} ms: met)` : `  (target ≤ ${target} ms: MISSED)`;
  console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(9)} ms ${extra}${verdict}`);
}
