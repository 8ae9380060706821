/**
 * Speed peer for scripts/bench/engine.ts: RFM per customer in DuckDB, embedded through
 * @duckdb/node-api, in its own node process so its peak RSS is measured apart.
 *
 * usage: node rfm_duckdb.mjs FILE.csv YYYY-MM-DD
 *
 * FILE has the columns InvoiceNo, InvoiceDate, CustomerID, Amount. The same filter as the pandas
 * peer (no CustomerID, invoices starting with "C" and negative amounts out), recency in days from
 * the last order day, distinct invoices, summed amount, and NTILE(5) scores (recency 5 = most
 * recent). Writes one CSV line per customer to stdout and "DuckDB <version>, <n> threads" to stderr.
 */
import { DuckDBInstance } from '@duckdb/node-api';

const [file, analysisDate] = process.argv.slice(2);
const literal = (s) => `'${s.replaceAll("'", "''")}'`;
const sql = `
  WITH orders AS (
    SELECT CustomerID AS customer_id, InvoiceNo AS invoice, CAST(InvoiceDate AS DATE) AS day, Amount AS amount
    FROM read_csv(${literal(file)}, header = true,
      columns = {'InvoiceNo': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP', 'CustomerID': 'VARCHAR', 'Amount': 'DOUBLE'})
    WHERE CustomerID IS NOT NULL AND NOT starts_with(InvoiceNo, 'C') AND Amount >= 0
  ), rfm AS (
    SELECT customer_id, date_diff('day', max(day), DATE ${literal(analysisDate)}) AS recency_days,
      count(DISTINCT invoice) AS frequency, round(sum(amount), 2) AS monetary
    FROM orders GROUP BY customer_id
  ), scored AS (
    SELECT *, ntile(5) OVER (ORDER BY recency_days DESC) AS r, ntile(5) OVER (ORDER BY frequency) AS f,
      ntile(5) OVER (ORDER BY monetary) AS m
    FROM rfm
  )
  SELECT *, r * 100 + f * 10 + m AS rfm_score FROM scored ORDER BY customer_id`;

const connection = await (await DuckDBInstance.create(':memory:')).connect();
const result = await connection.runAndReadAll(sql);
const lines = [result.columnNames().join(','), ...result.getRows().map((row) => row.join(','))];
process.stdout.write(`${lines.join('\n')}\n`);
const about = (await connection.runAndReadAll("SELECT version(), current_setting('threads')")).getRows()[0];
process.stderr.write(`DuckDB ${about[0]}, ${about[1]} threads\n`);
