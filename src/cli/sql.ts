/**
 * `node dist/cli.js sql --dialect bigquery|duckdb|postgres --from <table expression> --customer <col>
 *   --date <col> --amount <col> [--order <col>] --analysis-date YYYY-MM-DD [--bins 5]
 *   [--preset shopify|rfm] [--lang en|zh-TW|zh-CN|ms]`
 *
 * Prints one SELECT that segments the customers inside the database as `rfm` does on a file (R `rfm`
 * 0.3.0 scores, the preset's segments): see src/core/sql/rfmSql.ts for what it covers. `--from` is put
 * in after FROM as is, e.g. `orders`, `` `project.dataset.orders` `` or DuckDB's `read_csv('orders.csv')`.
 * Columns are the table's column names, as they are spelt in the database.
 */
import { langFromLocale } from '../core/i18n';
import { rfmPackageSegments, rulesAtScores, shopifySegments } from '../core/rfm';
import { rfmSql, SQL_DIALECTS, type RfmSqlOptions, type SqlDialect } from '../core/sql';
import type { CliCommand } from './command';
import { defineCommand, LANG_FLAG, UsageError, type FlagSpec } from './flags';

const SQL_FLAGS: FlagSpec[] = [
  { name: 'dialect', kind: 'enum', values: SQL_DIALECTS, required: true },
  { name: 'from', kind: 'string', required: true, help: 'table expression, put in after FROM as is' },
  { name: 'customer', kind: 'string', required: true },
  { name: 'date', kind: 'string', required: true },
  { name: 'amount', kind: 'string', required: true },
  { name: 'order', kind: 'string' },
  { name: 'analysis-date', kind: 'date', required: true },
  { name: 'bins', kind: 'integer', min: 2, max: 10 },
  { name: 'preset', kind: 'enum', values: ['shopify', 'rfm'] },
  LANG_FLAG,
];

export const sqlCommand: CliCommand = defineCommand({
  name: 'sql',
  summary: 'the rfm segmentation as one SQL SELECT to run in BigQuery, DuckDB or PostgreSQL',
  usage: 'sql --dialect bigquery|duckdb|postgres --from <table expression> --customer <col> --date <col> --amount <col> [--order <col>] --analysis-date YYYY-MM-DD [--bins 5] [--preset shopify|rfm] [--lang en]',
  positional: [],
  flags: SQL_FLAGS,
  async run(args) {
    const bins = args.int('bins') ?? 5;
    const order = args.str('order');
    const options: RfmSqlOptions = {
      dialect: args.str('dialect') as SqlDialect,
      from: args.str('from') as string,
      columns: { customer: args.str('customer') as string, date: args.str('date') as string, amount: args.str('amount') as string, ...(order === undefined ? {} : { order }) },
      analysisDate: args.str('analysis-date') as string,
      bins,
      rules: rulesAtScores(args.str('preset') === 'rfm' ? rfmPackageSegments : shopifySegments, bins),
      lang: langFromLocale(args.str('lang') ?? 'en'),
    };
    try {
      process.stdout.write(rfmSql(options));
    } catch (e) {
      // The generator refuses what cannot be written safely (an empty table expression, a NUL in a name).
      if (e instanceof RangeError) throw new UsageError(e.message.replace(/^SQL: /, ''));
      throw e;
    }
    return 0;
  },
});
