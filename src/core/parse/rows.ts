/** How many example rows a report keeps per check (the sidebar shows "rows 2, 5, 9 and 120 more"). */
export const EXAMPLE_ROWS = 5;

/** Adds a sheet row to a short ascending list of examples (rows arrive in order within a chunk). */
export function pushRow(list: number[], row: number): void {
  if (list.length < EXAMPLE_ROWS) {
    if (list.length === 0 || list[list.length - 1] < row) list.push(row);
    else if (!list.includes(row)) {
      list.push(row);
      list.sort((a, b) => a - b);
    }
  } else if (row < list[list.length - 1] && !list.includes(row)) {
    list[list.length - 1] = row;
    list.sort((a, b) => a - b);
  }
}

/** The first rows of two example lists, ascending: the same whichever chunk came first. */
export function mergeRows(a: readonly number[], b: readonly number[]): number[] {
  // The common cases of merging chunk states: nothing on one side.
  if (b.length === 0) return a.slice(0, EXAMPLE_ROWS);
  if (a.length === 0) return b.slice(0, EXAMPLE_ROWS);
  // Lists are made ascending (pushRow, this function): merged in one pass, as finishing a read does
  // once per order. Any other list takes the general way.
  if (!ascending(a) || !ascending(b)) return [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, EXAMPLE_ROWS);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < EXAMPLE_ROWS && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i] : Infinity;
    const y = j < b.length ? b[j] : Infinity;
    const next = x <= y ? x : y;
    if (x === next) i++;
    if (y === next) j++;
    out.push(next);
  }
  return out;
}

/** True when each number is greater than the one before. */
function ascending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1] < list[i])) return false;
  return true;
}

/** Merges [row, text] example lists, keeping the earliest rows' distinct texts. */
export function mergeExamples(a: readonly [number, string][], b: readonly [number, string][], max = 3): [number, string][] {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  const out: [number, string][] = [];
  for (const e of all) if (out.length < max && !out.some((o) => o[1] === e[1])) out.push(e);
  return out;
}
