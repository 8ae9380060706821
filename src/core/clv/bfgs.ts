import { gradient } from './numericalDerivatives';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * BFGS quasi-Newton minimisation with a backtracking (Armijo) line search and
 * finite-difference gradients, or the analytic ones in `opts.grad` (Nocedal & Wright 2006,
 * algorithm 6.1). Used straight from the start when a model supplies a gradient, else after
 * {@link nelderMead} to polish the optimum to a small gradient, which is what the
 * convergence check and the Hessian-based standard errors rely on.
 *
 * @example bfgs(([x, y]) => (x - 1) ** 2 + 10 * (y - x * x) ** 2, [0, 0]).x // ≈ [1, 1]
 */
export interface BfgsResult {
  x: number[];
  fx: number;
  gradient: number[];
  iterations: number;
  converged: boolean;
}

export function bfgs(
  f: (x: number[]) => number,
  start: number[],
  opts: {
    maxIterations?: number;
    gradientTolerance?: number;
    grad?: (x: number[]) => number[];
    /** Stop (not converged) as soon as an iterate has some |xᵢ| beyond this. */
    maxAbsX?: number;
    /** Stop as soon as an accepted step no longer lowers f (else a flat valley is walked in place until `maxIterations`). */
    stopWhenStalled?: boolean;
  } = {},
): BfgsResult {
  const n = start.length;
  const maxIterations = opts.maxIterations ?? 100;
  const gTol = opts.gradientTolerance ?? 1e-6;
  const grad = opts.grad ?? ((x: number[]) => gradient(f, x));
  let x = start.slice();
  let fx = f(x);
  let g = grad(x);
  let H: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const norm = (v: number[]): number => M.max(...v.map(M.abs));
  for (let it = 0; it < maxIterations; it++) {
    if (norm(g) <= gTol) return { x, fx, gradient: g, iterations: it, converged: true };
    let d = H.map((row) => -row.reduce((s, h, j) => s + h * g[j], 0));
    let slope = d.reduce((s, di, i) => s + di * g[i], 0);
    if (!(slope < 0)) {
      // Not a descent direction: restart from steepest descent.
      H = H.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
      d = g.map((gi) => -gi);
      slope = -g.reduce((s, gi) => s + gi * gi, 0);
    }
    let t = 1;
    let xNew = x;
    let fNew = fx;
    for (let k = 0; k < 50; k++) {
      xNew = x.map((xi, i) => xi + t * d[i]);
      fNew = f(xNew);
      if (Number.isFinite(fNew) && fNew <= fx + 1e-4 * t * slope) break;
      t /= 2;
    }
    if (!(Number.isFinite(fNew) && fNew <= fx)) return { x, fx, gradient: g, iterations: it, converged: norm(g) <= gTol * 100 };
    if (opts.stopWhenStalled && !(fNew < fx)) return { x, fx, gradient: g, iterations: it, converged: norm(g) <= gTol };
    if (opts.maxAbsX !== undefined && xNew.some((v) => M.abs(v) > (opts.maxAbsX as number))) {
      return { x: xNew, fx: fNew, gradient: g.map(() => Infinity), iterations: it + 1, converged: false };
    }
    const gNew = grad(xNew);
    const s = xNew.map((v, i) => v - x[i]);
    const y = gNew.map((v, i) => v - g[i]);
    const sy = s.reduce((acc, si, i) => acc + si * y[i], 0);
    x = xNew;
    fx = fNew;
    g = gNew;
    if (sy > 1e-12) {
      const Hy = H.map((row) => row.reduce((acc, h, j) => acc + h * y[j], 0));
      const yHy = y.reduce((acc, yi, i) => acc + yi * Hy[i], 0);
      const c = (sy + yHy) / (sy * sy);
      H = H.map((row, i) => row.map((h, j) => h + c * s[i] * s[j] - (Hy[i] * s[j] + s[i] * Hy[j]) / sy));
    }
  }
  return { x, fx, gradient: g, iterations: maxIterations, converged: norm(g) <= gTol };
}
