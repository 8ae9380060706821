"""Peer for test/core/products/onlineRetail.test.ts: top products, pairs bought together and the
next product to suggest on UCI Online Retail, computed with pandas the way an analyst writes it.

usage: /usr/bin/python3 test/core/products/online_retail_products.py [BY_DAY_DIR]
       (default ../shared/data/online-retail/by-day; prints JSON to stdout)

Rows kept (the same rows the reader keeps, src/core/parse/readRows.ts): CustomerID present,
InvoiceNo not starting with "C" (cancellations), Quantity > 0, UnitPrice >= 0. An order is an
InvoiceNo; a line's amount is Quantity * UnitPrice; a product is a StockCode.
Charges billed as lines are not goods and are dropped before any product figure: the codes whose
descriptions read as charges (POST POSTAGE, DOT DOTCOM POSTAGE, M Manual, BANK CHARGES Bank
Charges, C2 CARRIAGE, 23444 Next Day Carriage, 23574 PACKING CHARGE), listed by hand here.

- Top products: per StockCode the invoices containing it and the sum of amounts, share = sum /
  all amounts; sorted by revenue desc, orders desc, StockCode asc; first 10.
- Pairs: each invoice's distinct StockCodes; invoices with more than 200 of them are left out; over
  the N invoices left, every pair a < b (StockCode order) found together by a self-merge (no
  pruning), support = both / N, confidence = both / orders with the antecedent, lift = N * both /
  (orders with a * orders with b). Kept when both >= max(10, ceil(0.01 * N)). Listed: lift > 1,
  sorted by both desc, lift desc, a, b; first 20.
- Next products for all customers: rules A -> B and B -> A of every kept pair with lift > 1, sorted by lift desc,
  confidence desc, both desc, B asc, A asc; a rule is taken when some customer bought A (in any
  kept row) and never B and B was not taken before; first 3, with that customer count.
"""
import glob
import json
import math
import os
import sys

import pandas as pd

MAX_PRODUCTS_PER_ORDER = 200
CHARGE_CODES = ["POST", "DOT", "M", "BANK CHARGES", "C2", "23444", "23574"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../../../shared/data/online-retail/by-day")
    files = sorted(glob.glob(os.path.join(folder, "*.csv")))
    df = pd.concat([pd.read_csv(f, dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": str, "Description": str}) for f in files], ignore_index=True)
    rows = len(df)
    df = df[df["CustomerID"].notna() & ~df["InvoiceNo"].str.startswith("C") & (df["Quantity"] > 0) & (df["UnitPrice"] >= 0)].copy()
    df["Amount"] = df["Quantity"] * df["UnitPrice"]
    kept_rows, customer_count = len(df), int(df["CustomerID"].nunique())
    charged = df[df["StockCode"].isin(CHARGE_CODES)]
    charges = charged.groupby("StockCode")["InvoiceNo"].nunique().sort_values(ascending=False)
    df = df[~df["StockCode"].isin(CHARGE_CODES)].copy()

    total = df["Amount"].sum()
    by_product = df.groupby("StockCode").agg(orders=("InvoiceNo", "nunique"), revenue=("Amount", "sum")).reset_index()
    by_product["share"] = by_product["revenue"] / total
    top = by_product.sort_values(["revenue", "orders", "StockCode"], ascending=[False, False, True]).head(10)

    baskets = df[["InvoiceNo", "StockCode"]].drop_duplicates()
    size = baskets.groupby("InvoiceNo")["StockCode"].transform("size")
    left_out = baskets.loc[size > MAX_PRODUCTS_PER_ORDER, "InvoiceNo"].nunique()
    baskets = baskets[size <= MAX_PRODUCTS_PER_ORDER]
    n = baskets["InvoiceNo"].nunique()
    item_orders = baskets.groupby("StockCode").size()
    min_count = max(10, math.ceil(0.01 * n))
    both = baskets.merge(baskets, on="InvoiceNo", suffixes=("_a", "_b"))
    both = both[both["StockCode_a"] < both["StockCode_b"]]
    pairs = both.groupby(["StockCode_a", "StockCode_b"]).size().rename("count").reset_index()
    pairs = pairs[pairs["count"] >= min_count].copy()
    na = item_orders.loc[pairs["StockCode_a"]].to_numpy()
    nb = item_orders.loc[pairs["StockCode_b"]].to_numpy()
    pairs["support"] = pairs["count"] / n
    pairs["confidence_ab"] = pairs["count"] / na
    pairs["confidence_ba"] = pairs["count"] / nb
    pairs["lift"] = n * pairs["count"] / (na * nb)
    listed = pairs[pairs["lift"] > 1].sort_values(["count", "lift", "StockCode_a", "StockCode_b"], ascending=[False, False, True, True]).head(20)

    forward = pairs.rename(columns={"StockCode_a": "from", "StockCode_b": "to", "confidence_ab": "confidence"})[["from", "to", "count", "confidence", "lift"]]
    backward = pairs.rename(columns={"StockCode_b": "from", "StockCode_a": "to", "confidence_ba": "confidence"})[["from", "to", "count", "confidence", "lift"]]
    rules = pd.concat([forward, backward])
    rules = rules[rules["lift"] > 1].sort_values(["lift", "confidence", "count", "to", "from"], ascending=[False, False, False, True, True])
    buyers = df.groupby("StockCode")["CustomerID"].apply(set)
    suggestions, taken = [], set()
    for r in rules.itertuples():
        if len(suggestions) >= 3:
            break
        if r.to in taken:
            continue
        customers = len(buyers[r[1]] - buyers[r.to])
        if customers == 0:
            continue
        taken.add(r.to)
        suggestions.append({"product": r.to, "because": r[1], "lift": r.lift, "confidence": r.confidence, "count": int(r.count), "customers": customers})

    out = {
        "rows": rows,
        "keptRows": kept_rows,
        "orders": int(df["InvoiceNo"].nunique()),
        "customers": customer_count,
        "charges": [{"code": c, "orders": int(n)} for c, n in charges.items()],
        "products": int(df["StockCode"].nunique()),
        "revenue": float(total),
        "topProducts": [{"product": r.StockCode, "orders": int(r.orders), "revenue": float(r.revenue), "share": float(r.share)} for r in top.itertuples()],
        "pairOrders": int(n),
        "ordersLeftOutOfPairs": int(left_out),
        "minPairOrders": int(min_count),
        "keptPairs": int(len(pairs)),
        "pairs": [
            {"a": r.StockCode_a, "b": r.StockCode_b, "count": int(r.count), "support": float(r.support), "confidenceAB": float(r.confidence_ab), "confidenceBA": float(r.confidence_ba), "lift": float(r.lift)}
            for r in listed.itertuples()
        ],
        "nextProducts": suggestions,
    }
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
