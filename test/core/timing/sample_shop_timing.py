"""Independent peer for test/core/report/timingTab.test.ts: the sample shop's orders by weekday x hour, weekday and month, with pandas.

usage: /usr/bin/python3 test/core/timing/sample_shop_timing.py scripts/sample-shop/orders.csv

One row per invoice. Keeps rows with a Customer ID and an Amount above 0 (the cancellations
"C..." carry negative amounts), as the reader keeps orders. Weekday `dt.dayofweek` (0 = Monday),
hour `dt.hour`. Prints JSON: orders, counts[weekday][hour], orders by weekday, orders by month.
"""
import json
import sys

import pandas as pd


def main():
    rows = pd.read_csv(sys.argv[1], dtype={"Invoice": str, "Customer ID": str})
    rows = rows[rows["Customer ID"].notna() & (rows["Amount"] > 0)].copy()
    rows["date"] = pd.to_datetime(rows["Invoice Date"])
    grid = rows.groupby([rows["date"].dt.dayofweek, rows["date"].dt.hour]).size()
    by_month = rows.groupby(rows["date"].dt.month).size()
    print(json.dumps({
        "orders": int(rows["Invoice"].nunique()),
        "counts": [[int(grid.get((w, h), 0)) for h in range(24)] for w in range(7)],
        "weekdayOrders": [int(rows["date"].dt.dayofweek.eq(w).sum()) for w in range(7)],
        "monthOrders": [int(by_month.get(m, 0)) for m in range(1, 13)],
        "first": rows["date"].min().strftime("%Y-%m-%d"),
        "last": rows["date"].max().strftime("%Y-%m-%d"),
    }))


if __name__ == "__main__":
    main()
