/**
 * A function's parameters read from its source text (`fn.toString()`): names and default values, for
 * tests that check generated stubs and registries against the functions they call.
 */
export interface Param {
  name: string;
  /** Source text of the default value, when the parameter has one. */
  default?: string;
}

/** Splits `text` at commas outside brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current);
  return parts;
}

/** The parameters of a function from its source: `function f(a, b = 1)`, `(a, ...rest) =>`, `a =>`, `f(a) {`. */
export function parameters(fn: (...args: never[]) => unknown): Param[] {
  const src = fn.toString().replace(/\/\*[\s\S]*?\*\//g, '');
  const single = /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(src);
  if (single) return [{ name: single[1] }];
  const open = src.indexOf('(');
  if (open < 0) throw new Error(`no parameter list in ${src.slice(0, 80)}`);
  let depth = 0;
  let close = -1;
  for (let i = open; i < src.length && close < 0; i++) {
    if ('([{'.includes(src[i])) depth++;
    else if (')]}'.includes(src[i]) && --depth === 0) close = i;
  }
  if (close < 0) throw new Error(`unbalanced parameter list in ${src.slice(0, 80)}`);
  return splitTopLevel(src.slice(open + 1, close)).map((part) => {
    const eq = part.indexOf('=');
    return eq < 0 ? { name: part.trim() } : { name: part.slice(0, eq).trim(), default: part.slice(eq + 1).trim() };
  });
}
