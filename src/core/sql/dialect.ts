/** The SQL dialects {@link rfmSql} writes: BigQuery (the target), DuckDB (the tests) and PostgreSQL. */
export type SqlDialect = 'bigquery' | 'duckdb' | 'postgres';

export const SQL_DIALECTS: readonly SqlDialect[] = ['bigquery', 'duckdb', 'postgres'];

/** What differs between the dialects: quoting, type names and the day difference. */
export interface DialectText {
  /** A quoted identifier (a user's column name), safe whatever characters it holds. */
  ident(name: string): string;
  /** A string literal, safe whatever characters it holds. */
  str(text: string): string;
  double: string;
  bigint: string;
  text: string;
  /** Whole days from `start` to `end`, both DATE expressions. */
  daysBetween(end: string, start: string): string;
}

/** BigQuery string and quoted-identifier escapes (GoogleSQL lexical structure): backslash sequences, no doubling. */
function bigQueryEscape(text: string, quote: string): string {
  return text.replace(/[\\'"`\n\r\t]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return c === quote || c === '\\' ? `\\${c}` : c;
  });
}

/** Standard SQL doubling (DuckDB; PostgreSQL with standard_conforming_strings on, its default since 9.1). */
const doubled = (text: string, quote: string) => quote + text.split(quote).join(quote + quote) + quote;

// NUL cannot be stored in PostgreSQL text and ends C strings, so no name or literal may hold it.
function checkName(name: string): string {
  if (name === '' || name.includes('\0')) throw new RangeError(`SQL: column name ${JSON.stringify(name)} is empty or holds a NUL character`);
  return name;
}

function checkText(text: string): string {
  if (text.includes('\0')) throw new RangeError(`SQL: text ${JSON.stringify(text)} holds a NUL character`);
  return text;
}

const DIALECTS: Record<SqlDialect, DialectText> = {
  bigquery: {
    ident: (name) => `\`${bigQueryEscape(checkName(name), '`')}\``,
    str: (text) => `'${bigQueryEscape(checkText(text), "'")}'`,
    double: 'FLOAT64',
    bigint: 'INT64',
    text: 'STRING',
    daysBetween: (end, start) => `DATE_DIFF(${end}, ${start}, DAY)`,
  },
  duckdb: {
    ident: (name) => doubled(checkName(name), '"'),
    str: (text) => doubled(checkText(text), "'"),
    double: 'DOUBLE',
    bigint: 'BIGINT',
    text: 'VARCHAR',
    daysBetween: (end, start) => `(${end} - ${start})`,
  },
  postgres: {
    ident: (name) => doubled(checkName(name), '"'),
    str: (text) => doubled(checkText(text), "'"),
    double: 'DOUBLE PRECISION',
    bigint: 'BIGINT',
    text: 'TEXT',
    daysBetween: (end, start) => `(${end} - ${start})`,
  },
};

/** The text helpers of one dialect. @example dialectText('bigquery').ident('Customer ID') // '`Customer ID`' */
export function dialectText(dialect: SqlDialect): DialectText {
  const d = DIALECTS[dialect];
  if (!d) throw new RangeError(`SQL: unknown dialect ${JSON.stringify(dialect)}; use ${SQL_DIALECTS.join(', ')}`);
  return d;
}
