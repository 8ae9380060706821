/** Chinese, Japanese or Korean script: family name first and no spaces, so there is nothing safe to split on. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** Malay and Malaysian Indian patronymics: "Ahmad bin Abdullah" has no family name; the given name comes first. */
const PATRONYMIC = /\s(bin|binti|bte|a\/l|a\/p|s\/o|d\/o)\s/i;

/**
 * A full name as first and last name for a contact import, conservatively: a name is split only
 * where its form says how (one comma as "Last, First"; a Malay patronymic; exactly two words, as
 * "Alice Tan"). Anything else (陳小明, "Tan Ah Kow", whose family name comes first) stays whole in
 * the first name, so a greeting such as "Hi {first name}" still reads right.
 * @example splitName('Alice Tan') // { first: 'Alice', last: 'Tan' }
 * @example splitName('Ahmad bin Abdullah') // { first: 'Ahmad', last: 'bin Abdullah' }
 * @example splitName('陳小明') // { first: '陳小明', last: '' }
 */
export function splitName(full: string): { first: string; last: string } {
  const name = full.trim().replace(/\s+/g, ' ');
  const comma = name.split(',');
  if (comma.length === 2 && comma[0].trim() && comma[1].trim()) return { first: comma[1].trim(), last: comma[0].trim() };
  if (CJK.test(name)) return { first: name, last: '' };
  const p = PATRONYMIC.exec(name);
  if (p) return { first: name.slice(0, p.index), last: name.slice(p.index + 1) };
  const words = name.split(' ');
  return words.length === 2 ? { first: words[0], last: words[1] } : { first: name, last: '' };
}
