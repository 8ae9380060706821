/** Central differences with a relative step (1e-6 of each value), to check analytic gradients against. */
export function numericGradient(f: (p: number[]) => number, p: number[]): number[] {
  return p.map((v, i) => {
    const h = 1e-6 * v;
    const up = p.slice();
    const down = p.slice();
    up[i] += h;
    down[i] -= h;
    return (f(up) - f(down)) / (2 * h);
  });
}
