/**
 * Constructs Apps Script's V8 cannot load or run: module syntax, `require`, and browser/Node
 * globals it lacks. Comments and string literals are removed first so help text may mention them.
 */
const FORBIDDEN = [
  ['import', /(^|[^.\w$])import\s*[\s{*("'`]/],
  ['export', /(^|[^.\w$])export\s+[\w{*]/],
  ['require', /(^|[^.\w$])require\s*\(/],
  ['setTimeout', /(^|[^.\w$])setTimeout\b/],
  ['setInterval', /(^|[^.\w$])setInterval\b/],
  ['TextEncoder', /(^|[^.\w$])TextEncoder\b/],
  ['TextDecoder', /(^|[^.\w$])TextDecoder\b/],
  ['URL', /(^|[^.\w$])URL\b/],
  ['URLSearchParams', /(^|[^.\w$])URLSearchParams\b/],
  ['process', /(^|[^.\w$])process\./],
];

/** Blanks out comments, strings and template literals (a small scanner; regex literals are rare in our bundle). */
export function stripCommentsAndStrings(code) {
  let out = '';
  let i = 0;
  const n = code.length;
  while (i < n) {
    const c = code[i];
    const d = code[i + 1];
    if (c === '/' && d === '/') {
      while (i < n && code[i] !== '\n') i++;
    } else if (c === '/' && d === '*') {
      i = code.indexOf('*/', i + 2);
      i = i === -1 ? n : i + 2;
      out += ' ';
    } else if (c === '"' || c === "'" || c === '`') {
      i++;
      while (i < n && code[i] !== c) {
        if (code[i] === '\\') i++;
        i++;
      }
      i++;
      out += '""';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Lists each forbidden construct found, with the line it is on. */
export function forbiddenConstructs(code) {
  const lines = stripCommentsAndStrings(code).split('\n');
  const found = [];
  lines.forEach((line, i) => {
    for (const [name, re] of FORBIDDEN) if (re.test(line)) found.push(`line ${i + 1}: ${name}: ${line.trim().slice(0, 120)}`);
  });
  return found;
}
