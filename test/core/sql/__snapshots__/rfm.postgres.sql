WITH
src AS (
  SELECT
    NULLIF(TRIM(CAST(t."CustomerID" AS TEXT)), '') AS customer_id,
    CAST(t."InvoiceDate" AS DATE) AS order_date,
    CAST(t."Amount" AS DOUBLE PRECISION) AS amount,
    NULLIF(TRIM(CAST(t."InvoiceNo" AS TEXT)), '') AS order_id
  FROM shop.orders AS t
),
lines AS (SELECT customer_id, order_date, CAST(ROUND(amount * 100) AS BIGINT) AS cents, order_id FROM src WHERE amount IS NULL OR amount >= 0),
orders AS (
  SELECT MIN(customer_id) AS customer_id, MIN(order_date) AS order_date, SUM(cents) AS cents FROM lines WHERE order_id IS NOT NULL GROUP BY order_id
  UNION ALL
  SELECT customer_id, order_date, cents FROM lines WHERE order_id IS NULL
),
kept AS (SELECT customer_id, order_date, cents FROM orders WHERE customer_id IS NOT NULL AND order_date IS NOT NULL AND cents IS NOT NULL AND order_date <= DATE '2011-12-10' AND order_date >= DATE '1900-01-01'),
summary AS (
  SELECT customer_id, (DATE '2011-12-10' - MAX(order_date)) AS recency_days, COUNT(*) AS frequency, CAST(SUM(cents) AS DOUBLE PRECISION) / 100 AS monetary, (MAX(order_date) - MIN(order_date)) AS tenure_days
  FROM kept GROUP BY customer_id
),
customers AS (SELECT customer_id, recency_days, frequency, monetary, CAST(recency_days AS DOUBLE PRECISION) AS rv, CAST(frequency AS DOUBLE PRECISION) AS fv, monetary AS mv, tenure_days AS tv FROM summary),
vals AS (SELECT 1 AS dim, rv AS v FROM customers UNION ALL SELECT 2 AS dim, fv AS v FROM customers UNION ALL SELECT 3 AS dim, mv AS v FROM customers),
sorted AS (SELECT dim, v, ROW_NUMBER() OVER (PARTITION BY dim ORDER BY v) AS i, COUNT(*) OVER (PARTITION BY dim) AS n FROM vals),
probs AS (SELECT 1 AS k, CAST('0.25' AS DOUBLE PRECISION) AS p UNION ALL SELECT 2 AS k, CAST('0.5' AS DOUBLE PRECISION) AS p UNION ALL SELECT 3 AS k, CAST('0.75' AS DOUBLE PRECISION) AS p),
idx AS (SELECT s.dim, p.k, 1 + CAST(s.n - 1 AS DOUBLE PRECISION) * p.p AS ix FROM (SELECT DISTINCT dim, n FROM sorted) AS s CROSS JOIN probs AS p),
cuts AS (
  SELECT q.dim, q.k,
    CASE WHEN q.ix > xl.i AND xh.v <> xl.v THEN (1 - (q.ix - xl.i)) * xl.v + (q.ix - xl.i) * xh.v ELSE xl.v END + 1 AS cut
  FROM idx AS q
  JOIN sorted AS xl ON xl.dim = q.dim AND xl.i = CAST(FLOOR(q.ix) AS BIGINT)
  JOIN sorted AS xh ON xh.dim = q.dim AND xh.i = CAST(CEIL(q.ix) AS BIGINT)
),
quantile_row AS (
  SELECT
    MAX(CASE WHEN dim = 1 AND k = 1 THEN cut END) AS r1,
    MAX(CASE WHEN dim = 1 AND k = 2 THEN cut END) AS r2,
    MAX(CASE WHEN dim = 1 AND k = 3 THEN cut END) AS r3,
    MAX(CASE WHEN dim = 2 AND k = 1 THEN cut END) AS f1,
    MAX(CASE WHEN dim = 2 AND k = 2 THEN cut END) AS f2,
    MAX(CASE WHEN dim = 2 AND k = 3 THEN cut END) AS f3,
    MAX(CASE WHEN dim = 3 AND k = 1 THEN cut END) AS m1,
    MAX(CASE WHEN dim = 3 AND k = 2 THEN cut END) AS m2,
    MAX(CASE WHEN dim = 3 AND k = 3 THEN cut END) AS m3
  FROM cuts
),
gap_sorted AS (SELECT g, ROW_NUMBER() OVER (ORDER BY g) AS i, COUNT(*) OVER () AS n FROM (SELECT CAST(tv AS DOUBLE PRECISION) / CAST(fv - 1 AS DOUBLE PRECISION) AS g FROM customers WHERE fv >= 2 AND tv > 0) AS gaps),
gap_row AS (SELECT CASE WHEN MOD(MAX(n), 2) = 1 THEN MAX(CASE WHEN 2 * i = n + 1 THEN g END) ELSE MAX(CASE WHEN 2 * i = n THEN g END) + CAST('0.5' AS DOUBLE PRECISION) * (MAX(CASE WHEN 2 * i = n + 2 THEN g END) - MAX(CASE WHEN 2 * i = n THEN g END)) END AS gap FROM gap_sorted),
small_row AS (SELECT (SELECT COUNT(*) FROM customers) < 100 AND gap IS NOT NULL AS small, GREATEST(1, CASE WHEN gap * 1 - FLOOR(gap * 1) >= CAST('0.5' AS DOUBLE PRECISION) THEN CEIL(gap * 1) ELSE FLOOR(gap * 1) END) AS s1, GREATEST(1, CASE WHEN gap * 2 - FLOOR(gap * 2) >= CAST('0.5' AS DOUBLE PRECISION) THEN CEIL(gap * 2) ELSE FLOOR(gap * 2) END) AS s2, GREATEST(1, CASE WHEN gap * 4 - FLOOR(gap * 4) >= CAST('0.5' AS DOUBLE PRECISION) THEN CEIL(gap * 4) ELSE FLOOR(gap * 4) END) AS s3 FROM gap_row),
cut_row AS (
  SELECT
    CASE WHEN s.small THEN s.s1 ELSE q.r1 END AS r1,
    CASE WHEN s.small THEN s.s2 ELSE q.r2 END AS r2,
    CASE WHEN s.small THEN s.s3 ELSE q.r3 END AS r3,
    q.f1,
    q.f2,
    q.f3,
    q.m1,
    q.m2,
    q.m3
  FROM quantile_row AS q CROSS JOIN small_row AS s
),
scored AS (
  SELECT c.customer_id, c.recency_days, c.frequency, c.monetary,
    5 - (1 + CASE WHEN x.r1 <= c.rv THEN 1 ELSE 0 END + CASE WHEN x.r2 <= c.rv THEN 1 ELSE 0 END + CASE WHEN x.r3 <= c.rv THEN 1 ELSE 0 END) AS r,
    1 + CASE WHEN x.f1 <= c.fv THEN 1 ELSE 0 END + CASE WHEN x.f2 <= c.fv THEN 1 ELSE 0 END + CASE WHEN x.f3 <= c.fv THEN 1 ELSE 0 END AS f,
    1 + CASE WHEN x.m1 <= c.mv THEN 1 ELSE 0 END + CASE WHEN x.m2 <= c.mv THEN 1 ELSE 0 END + CASE WHEN x.m3 <= c.mv THEN 1 ELSE 0 END AS m
  FROM customers AS c CROSS JOIN cut_row AS x
)
SELECT customer_id, recency_days, frequency, monetary, r, f, m,
  CONCAT(CAST(r AS TEXT), CAST(f AS TEXT), CAST(m AS TEXT)) AS rfm_score,
  CASE
    WHEN r BETWEEN 0 AND 0 AND f BETWEEN 0 AND 0 AND m BETWEEN 0 AND 0 THEN '潜在客户'
    WHEN r BETWEEN 4 AND 4 AND f BETWEEN 1 AND 4 AND m BETWEEN 1 AND 4 AND f + m BETWEEN 7 AND 8 THEN '冠军客户'
    WHEN r BETWEEN 3 AND 3 AND f BETWEEN 1 AND 4 AND m BETWEEN 1 AND 4 AND f + m BETWEEN 7 AND 8 THEN '忠实客户'
    WHEN r BETWEEN 3 AND 4 AND f BETWEEN 1 AND 4 AND m BETWEEN 1 AND 4 AND f + m BETWEEN 4 AND 6 THEN '活跃客户'
    WHEN r BETWEEN 4 AND 4 AND f BETWEEN 1 AND 4 AND m BETWEEN 1 AND 4 AND f + m BETWEEN 2 AND 3 THEN '新客户'
    WHEN r BETWEEN 3 AND 3 AND f BETWEEN 1 AND 4 AND m BETWEEN 1 AND 4 AND f + m BETWEEN 2 AND 3 THEN '潜力客户'
    WHEN r BETWEEN 1 AND 2 AND f BETWEEN 1 AND 4 AND m BETWEEN 1 AND 4 AND f + m BETWEEN 7 AND 8 THEN '曾经忠实'
    WHEN r BETWEEN 1 AND 2 AND f BETWEEN 1 AND 4 AND m BETWEEN 1 AND 4 AND f + m BETWEEN 5 AND 6 THEN '流失风险'
    WHEN r BETWEEN 2 AND 2 AND f BETWEEN 1 AND 4 AND m BETWEEN 1 AND 4 AND f + m BETWEEN 2 AND 4 THEN '即将流失'
    WHEN r BETWEEN 1 AND 1 AND f BETWEEN 1 AND 4 AND m BETWEEN 1 AND 4 AND f + m BETWEEN 2 AND 4 THEN '沉睡客户'
    ELSE '其他'
  END AS segment
FROM scored
ORDER BY customer_id
