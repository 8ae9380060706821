"""Independent peer for test/core/timing/*.test.ts: UCI Online Retail orders by weekday x hour and by month, with pandas.

usage: /usr/bin/python3 test/core/timing/online_retail_timing.py ../shared/data/online-retail/by-day

Reads every by-day CSV, keeps rows with a CustomerID whose InvoiceNo does not start with "C"
(cancellations), and takes one order per InvoiceNo dated by its first row (file order), as the
reader dates an order by its first dated line. Revenue of an order = sum of Quantity * UnitPrice
over its rows. Prints JSON: counts[weekday][hour] (weekday 0 = Monday, pandas dt.dayofweek; hour
dt.hour), revenue by weekday, orders and revenue by calendar month of year, and the year-months present.
"""
import glob
import json
import os
import sys

import pandas as pd


def main():
    folder = sys.argv[1]
    frames = [pd.read_csv(p, dtype={"InvoiceNo": str, "CustomerID": str}) for p in sorted(glob.glob(os.path.join(folder, "*.csv")))]
    rows = pd.concat(frames, ignore_index=True)
    rows = rows[rows["CustomerID"].notna() & ~rows["InvoiceNo"].str.startswith("C")].copy()
    rows["InvoiceDate"] = pd.to_datetime(rows["InvoiceDate"])
    rows["line"] = rows["Quantity"] * rows["UnitPrice"]
    orders = rows.groupby("InvoiceNo", sort=False).agg(date=("InvoiceDate", "first"), revenue=("line", "sum"))
    orders["weekday"] = orders["date"].dt.dayofweek
    orders["hour"] = orders["date"].dt.hour
    orders["month"] = orders["date"].dt.month
    grid = orders.groupby(["weekday", "hour"]).size()
    counts = [[int(grid.get((w, h), 0)) for h in range(24)] for w in range(7)]
    by_weekday = orders.groupby("weekday")["revenue"].sum()
    by_month = orders.groupby("month").agg(orders=("revenue", "size"), revenue=("revenue", "sum"))
    print(json.dumps({
        "orders": int(len(orders)),
        "counts": counts,
        "weekdayRevenue": [round(float(by_weekday.get(w, 0.0)), 2) for w in range(7)],
        "monthOrders": [int(by_month["orders"].get(m, 0)) for m in range(1, 13)],
        "monthRevenue": [round(float(by_month["revenue"].get(m, 0.0)), 2) for m in range(1, 13)],
        "yearMonths": sorted(orders["date"].dt.strftime("%Y-%m").unique().tolist()),
    }))


if __name__ == "__main__":
    main()
