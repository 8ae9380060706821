/**
 * A seeded pseudo-random generator, so a clustering with the same data and seed gives the same
 * answer on every recalculation (Sheets recalculates custom functions often).
 *
 * Mulberry32 by Tommy Ettinger (public domain, 2017), the 32-bit generator widely used in JS where
 * a reproducible stream is needed and `Math.random` cannot be seeded. Period 2^32, passes gjrand
 * and PractRand up to modest sizes: ample for picking seeds and samples, not for cryptography.
 *
 * @example
 * const next = seededRandom(42);
 * next(); // 0.6011037519201636, the same on every run
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
