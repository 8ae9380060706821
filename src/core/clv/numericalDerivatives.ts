/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * Central finite differences: the gradient that drives {@link bfgs} and the Hessian whose
 * inverse gives the standard errors of maximum-likelihood estimates (the observed
 * information matrix, as lifetimes and CLVTools report).
 *
 * Step sizes follow the usual cube-root / fourth-root of machine epsilon rules,
 * scaled by the coordinate (Nocedal & Wright 2006, §8.1).
 *
 * @example gradient(([x]) => x * x, [3]) // ≈ [6]
 */
export function gradient(f: (x: number[]) => number, x: number[]): number[] {
  return x.map((xi, i) => {
    const h = 6e-6 * M.max(1, M.abs(xi));
    const up = x.slice();
    const down = x.slice();
    up[i] = xi + h;
    down[i] = xi - h;
    return (f(up) - f(down)) / (2 * h);
  });
}

/** Symmetric Hessian by central differences of f. @example hessian(([x, y]) => x * x * y, [1, 2]) // ≈ [[4, 2], [2, 0]] */
export function hessian(f: (x: number[]) => number, x: number[]): number[][] {
  const n = x.length;
  const h = x.map((xi) => 1e-4 * M.max(1, M.abs(xi)));
  const at = (di: number, si: number, dj: number, sj: number): number => {
    const y = x.slice();
    y[di] += si * h[di];
    y[dj] += sj * h[dj];
    return f(y);
  };
  const f0 = f(x);
  const H: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const up = x.slice();
    const down = x.slice();
    up[i] += h[i];
    down[i] -= h[i];
    H[i][i] = (f(up) - 2 * f0 + f(down)) / (h[i] * h[i]);
    for (let j = 0; j < i; j++) {
      const v = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h[i] * h[j]);
      H[i][j] = v;
      H[j][i] = v;
    }
  }
  return H;
}

/**
 * Symmetric Hessian by central differences of an analytic gradient g (one column per
 * coordinate, then (H + Hᵀ)/2): 2n gradient calls instead of the 2n² + 1 function calls of
 * {@link hessian}, and only first-order differencing error (Nocedal & Wright 2006, §8.1).
 * @example hessianFromGradient(([x, y]) => [2 * x * y, x * x], [1, 2]) // ≈ [[4, 2], [2, 0]]
 */
export function hessianFromGradient(g: (x: number[]) => number[], x: number[]): number[][] {
  const n = x.length;
  const cols = x.map((xi, j) => {
    const h = 6e-6 * M.max(1, M.abs(xi));
    const up = x.slice();
    const down = x.slice();
    up[j] = xi + h;
    down[j] = xi - h;
    const gu = g(up);
    const gd = g(down);
    return gu.map((v, i) => (v - gd[i]) / (2 * h));
  });
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (cols[j][i] + cols[i][j]) / 2));
}

/**
 * Inverse of a symmetric positive-definite matrix by Cholesky, or null when the matrix is
 * not positive definite (at a maximum of the likelihood the Hessian of −LL must be).
 */
export function invertSpd(A: number[][]): number[][] | null {
  const n = A.length;
  const L: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      if (i === j) {
        if (!(s > 0)) return null;
        L[i][i] = M.sqrt(s);
      } else L[i][j] = s / L[j][j];
    }
  }
  // inv(A) = inv(L)ᵀ inv(L)
  const Linv: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    Linv[i][i] = 1 / L[i][i];
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[i][k] * Linv[k][j];
      Linv[i][j] = s / L[i][i];
    }
  }
  const out: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = M.max(i, j); k < n; k++) s += Linv[k][i] * Linv[k][j];
      out[i][j] = s;
    }
  return out;
}
