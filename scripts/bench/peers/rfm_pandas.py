"""Peer for scripts/bench/engine.ts: RFM per customer with pandas, the way an analyst writes it.

usage: rfm_pandas.py FILE.csv YYYY-MM-DD

FILE has the columns InvoiceNo, InvoiceDate, CustomerID, Amount. Reads it all, drops rows with
no CustomerID, invoices starting with "C" (cancellations) and negative amounts, then per
customer: recency (days from the last order day to the analysis date), frequency (distinct
invoices) and monetary (sum of Amount), and quintile scores 1-5 on the ranks (pd.qcut of
rank(method="first"), so ties cannot merge bins; recency scores 5 for the most recent).
Writes one CSV line per customer to stdout, as `node dist/cli.js rfm --format csv` does.
The whole process is what the bench times.
"""
import sys

import pandas as pd


def quintile(values, ascending=True):
    return pd.qcut(values.rank(method="first", ascending=ascending), 5, labels=False) + 1


def main():
    path, analysis_date = sys.argv[1], pd.Timestamp(sys.argv[2])
    orders = pd.read_csv(path, dtype={"InvoiceNo": str, "CustomerID": str}, parse_dates=["InvoiceDate"])
    orders = orders[orders["CustomerID"].notna() & ~orders["InvoiceNo"].str.startswith("C") & (orders["Amount"] >= 0)]
    orders["day"] = orders["InvoiceDate"].dt.normalize()
    by_customer = orders.groupby("CustomerID")
    rfm = pd.DataFrame({
        "recency_days": (analysis_date - by_customer["day"].max()).dt.days,
        "frequency": by_customer["InvoiceNo"].nunique(),
        "monetary": by_customer["Amount"].sum().round(2),
    })
    rfm["r"] = quintile(rfm["recency_days"], ascending=False)
    rfm["f"] = quintile(rfm["frequency"])
    rfm["m"] = quintile(rfm["monetary"])
    rfm["rfm_score"] = rfm["r"] * 100 + rfm["f"] * 10 + rfm["m"]
    rfm.to_csv(sys.stdout, index_label="customer_id")


if __name__ == "__main__":
    main()
