/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * Nelder–Mead simplex minimisation (Nelder & Mead 1965) with the dimension-adapted
 * coefficients of Gao & Han (2012), as scipy's `minimize(method='Nelder-Mead', adaptive=True)`.
 *
 * Why hand-written: the npm candidates are either unmaintained (`fmin` 0.0.4, last released
 * 2016) or least-squares only (`ml-levenberg-marquardt`), and this is 80 lines of pure JS that
 * runs inside the Apps Script bundle. It is derivative-free, so it is robust far from the
 * optimum; {@link bfgs} then polishes the result.
 *
 * @example nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).x // ≈ [1, −2]
 */
export interface NelderMeadResult {
  x: number[];
  fx: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
}

export function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  opts: { maxIterations?: number; xTolerance?: number; fTolerance?: number; step?: number } = {},
): NelderMeadResult {
  const n = start.length;
  const maxIterations = opts.maxIterations ?? 200 * n;
  const xTol = opts.xTolerance ?? 1e-6;
  const fTol = opts.fTolerance ?? 1e-9;
  const step = opts.step ?? 0.5;
  const alpha = 1;
  const gamma = 1 + 2 / n;
  const rho = 0.75 - 1 / (2 * n);
  const sigma = 1 - 1 / n;
  let evaluations = 0;
  // Non-finite values (a parameter outside the model's domain) rank last instead of poisoning the simplex.
  const value = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  const simplex: { x: number[]; fx: number }[] = [{ x: start.slice(), fx: value(start) }];
  for (let i = 0; i < n; i++) {
    const x = start.slice();
    x[i] += step;
    simplex.push({ x, fx: value(x) });
  }
  const combine = (a: number[], b: number[], t: number): number[] => a.map((ai, i) => ai + t * (b[i] - ai));
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    simplex.sort((p, q) => p.fx - q.fx);
    const best = simplex[0];
    const worst = simplex[n];
    let spread = 0;
    for (let i = 1; i <= n; i++) for (let j = 0; j < n; j++) spread = M.max(spread, M.abs(simplex[i].x[j] - best.x[j]));
    if (spread <= xTol && M.abs(worst.fx - best.fx) <= fTol * (1 + M.abs(best.fx))) {
      return { x: best.x, fx: best.fx, iterations, evaluations, converged: true };
    }
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i].x[j] / n;
    const reflected = combine(centroid, worst.x, -alpha);
    const fr = value(reflected);
    if (fr < best.fx) {
      const expanded = combine(centroid, worst.x, -alpha * gamma);
      const fe = value(expanded);
      simplex[n] = fe < fr ? { x: expanded, fx: fe } : { x: reflected, fx: fr };
      continue;
    }
    if (fr < simplex[n - 1].fx) {
      simplex[n] = { x: reflected, fx: fr };
      continue;
    }
    const outside = fr < worst.fx;
    const contracted = outside ? combine(centroid, reflected, rho) : combine(centroid, worst.x, rho);
    const fc = value(contracted);
    if (fc < (outside ? fr : worst.fx)) {
      simplex[n] = { x: contracted, fx: fc };
      continue;
    }
    for (let i = 1; i <= n; i++) {
      const x = combine(best.x, simplex[i].x, sigma);
      simplex[i] = { x, fx: value(x) };
    }
  }
  simplex.sort((p, q) => p.fx - q.fx);
  return { x: simplex[0].x, fx: simplex[0].fx, iterations, evaluations, converged: false };
}
