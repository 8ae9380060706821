"""Peer for scripts/bench/clv.ts: BG/NBD fitted the way Python lifetimes fits it with scipy's Nelder-Mead.

Our own re-implementation (not lifetimes' code) of what `BetaGeoFitter.fit` computes in
lifetimes v0.10.1 (github.com/CamDavidsonPilon/lifetimes, tag v0.10.1 = commit
ed3745568640e5c60dea47f7be96da510d08db3e: lifetimes/fitters/beta_geo_fitter.py `fit` and
`_negative_log_likelihood`, lifetimes/utils.py `_fit` and `_scale_time`), the last release
whose default `fit_method` is 'Nelder-Mead':

- time is rescaled so that the largest T is 1 (alpha is scaled back afterwards);
- the objective is the mean over rows of weight * (-log-likelihood), plus
  penalizer * sum(params**2), on the natural (not log) parameters, +inf if any is <= 0;
  the log-likelihood is FHL 2005's, as ln A1 + ln A2 + logsumexp(ln A3, [x > 0] ln A4);
- scipy.optimize.minimize(method='Nelder-Mead', tol=1e-4, options={'maxiter': 2000}),
  from x0 = normal(1, 0.05) per parameter (lifetimes draws it unseeded; we seed it, so every
  run solves the same problem).

(lifetimes >= 0.11 instead minimises over log-parameters with scipy's BFGS and autograd
gradients from x0 = 0.1; autograd is not installed here, so that route is not reproduced.)

stdin: JSON {"x": [...], "tx": [...], "T": [...], "weights": [...] | null, "runs": 5, "penalizer": 0}.
stdout: one JSON object. Only the fit (rescaling + minimize + unscaling) is timed: warm-up
once, then the median of `runs` runs, in ms, like scripts/bench/_util.ts's timeMs.
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy.optimize import minimize
from scipy.special import gammaln, logsumexp


def neg_mean_loglik(params, x, tx, T, w, penalizer):
    if np.any(np.asarray(params) <= 0):
        return np.inf
    r, alpha, a, b = params
    ln_a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    ln_a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    ln_a3 = -(r + x) * np.log(alpha + T)
    # For x = 0 the A4 branch is switched off by the logsumexp weight below; its value is then
    # irrelevant (lifetimes writes 1 into b + x - 1 there and zeroes any inf/nan).
    ln_a4 = np.log(a) - np.log(b + np.where(x == 0, 1, x) - 1) - (r + x) * np.log(tx + alpha)
    ln_a4[~np.isfinite(ln_a4)] = 0
    on = np.c_[np.ones_like(x), (x > 0)]
    ll = ln_a1 + ln_a2 + logsumexp(np.c_[ln_a3, ln_a4], axis=1, b=on)
    return -(w * ll).mean() + penalizer * np.sum(np.asarray(params) ** 2)


def fit(x, tx, T, w, penalizer, seed=0):
    scale = 1.0 / T.max()
    x0 = np.random.RandomState(seed).normal(1.0, 0.05, size=4)
    out = minimize(neg_mean_loglik, x0, args=(x, tx * scale, T * scale, w, penalizer),
                   method="Nelder-Mead", tol=1e-4, options={"maxiter": 2000})
    r, alpha, a, b = out.x
    return {"r": r, "alpha": alpha / scale, "a": a, "b": b}, out


def total_loglik(p, x, tx, T, w):
    """Total weighted log-likelihood in the data's own time unit (comparable with ours)."""
    params = [p["r"], p["alpha"], p["a"], p["b"]]
    return -neg_mean_loglik(params, x, tx, T, w, 0.0) * len(x)


def main():
    req = json.load(sys.stdin)
    x = np.asarray(req["x"]).astype(int)
    tx = np.asarray(req["tx"], dtype=float)
    T = np.asarray(req["T"], dtype=float)
    w = np.ones_like(tx) if req.get("weights") is None else np.asarray(req["weights"], dtype=float)
    penalizer = float(req.get("penalizer", 0.0))
    runs = int(req.get("runs", 5))
    fit(x, tx, T, w, penalizer)  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        params, out = fit(x, tx, T, w, penalizer)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    json.dump({
        "ms": times[len(times) // 2],
        "params": params,
        "logLikelihood": total_loglik(params, x, tx, T, w),
        "iterations": int(out.nit),
        "evaluations": int(out.nfev),
        "success": bool(out.success),
        "rows": int(len(x)),
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__},
    }, sys.stdout)


if __name__ == "__main__":
    main()
