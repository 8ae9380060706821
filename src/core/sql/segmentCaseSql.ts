import { OTHERS_ID, segmentName } from '../rfm/segmentRules';
import type { ScoreRange, SegmentRule } from '../rfm/types';
import type { Lang } from '../types';
import type { DialectText } from './dialect';

/** A finite number as a SQL literal (JavaScript's shortest round-trip text). */
function num(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`SQL: a rule bound must be a finite number, got ${x}`);
  return String(x);
}

const between = (expr: string, [lo, hi]: ScoreRange) => `${expr} BETWEEN ${num(lo)} AND ${num(hi)}`;

/**
 * The segment of columns r, f, m as a first-match `CASE` over the rules, the way src/core/rfm/segmentRules.ts
 * (`firstMatch`, R `rfm`'s `rfm_segment()`: inclusive `dplyr::between`, first rule wins) assigns it, with
 * the names `node dist/cli.js rfm` prints in `lang` and "Others" when no rule matches.
 * FM = (F + M) / 2 is tested as `f + m BETWEEN 2·lo AND 2·hi`: doubling is exact in doubles, and it
 * keeps PostgreSQL's integer division out.
 */
export function segmentCaseSql(d: DialectText, rules: readonly SegmentRule[], lang: Lang): string {
  const whens = rules.map((rule) => {
    const tests = [between('r', rule.r), between('f', rule.f), between('m', rule.m)];
    if (rule.fm) tests.push(between('f + m', [2 * rule.fm[0], 2 * rule.fm[1]]));
    return `    WHEN ${tests.join(' AND ')} THEN ${d.str(segmentName(rule.id, rules, lang))}`;
  });
  return ['CASE', ...whens, `    ELSE ${d.str(segmentName(OTHERS_ID, rules, lang))}`, '  END'].join('\n');
}
