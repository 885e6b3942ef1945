#!/usr/bin/python3
"""Reference autoregression fits for the runtime tests (issue 5: AR coefficients equal an OLS fit on
lagged values within 1e-6), computed independently of ModelDsl with numpy's least squares and, as a
second opinion, statsmodels' AutoReg (conditional MLE = OLS on the lagged values).

Reads tests/ModelDsl.Runtime.Tests/Data/sunspots.csv and writes Fixtures/autoregression_sunspots.json.
The fixture is committed: CI never runs Python. Run with Debian's interpreter:

    apt-get install -y python3-statsmodels
    /usr/bin/python3 eng/reference/autoregression_reference.py
"""

import json
import os

import numpy as np
from statsmodels.tsa.ar_model import AutoReg

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "..", "tests", "ModelDsl.Runtime.Tests")


def lagged_ols(y, lags, difference, seasonal_lag, intercept=True):
    z = np.asarray(y, dtype=float)
    for _ in range(difference):
        z = np.diff(z)
    span = max(lags, seasonal_lag)
    seasonal = seasonal_lag > lags
    rows = []
    for t in range(span, len(z)):
        row = [z[t - 1 - i] for i in range(lags)]
        if seasonal:
            row.append(z[t - seasonal_lag])
        rows.append(row)
    x = np.array(rows)
    target = z[span:]
    if intercept:
        x = np.hstack([np.ones((x.shape[0], 1)), x])
    beta, *_ = np.linalg.lstsq(x, target, rcond=None)
    return (beta[0], beta[1:]) if intercept else (0.0, beta)


def forecast(y, intercept, coef, lags, difference, seasonal_lag, horizon):
    levels = [np.asarray(y, dtype=float)]
    for _ in range(difference):
        levels.append(np.diff(levels[-1]))
    z = list(levels[-1])
    last = [levels[j][-1] for j in range(difference)]
    out = []
    for _ in range(horizon):
        value = intercept + sum(coef[i] * z[-1 - i] for i in range(lags))
        if seasonal_lag > lags:
            value += coef[lags] * z[-seasonal_lag]
        z.append(value)
        for j in range(difference - 1, -1, -1):
            last[j] += value
            value = last[j]
        out.append(value)
    return out


def main():
    data = np.genfromtxt(os.path.join(TESTS, "Data", "sunspots.csv"), delimiter=",", names=True)
    y = data["activity"]
    cases = []
    for lags, difference, seasonal in [(9, 0, 0), (3, 1, 0), (2, 2, 0), (2, 0, 11), (4, 1, 11)]:
        c, phi = lagged_ols(y, lags, difference, seasonal)
        cases.append({
            "lags": lags, "difference": difference, "seasonal_lag": seasonal,
            "intercept": float(c), "coefficients": [float(v) for v in phi],
            "forecast_8": [float(v) for v in forecast(y, c, phi, lags, difference, seasonal, 8)],
        })
    # statsmodels' AutoReg on the plain AR(9): the same estimator, computed by another library.
    sm = AutoReg(y, lags=9, trend="c").fit()
    fixture = {
        "source": "numpy lstsq on lagged values; statsmodels AutoReg for AR(9)",
        "numpy": np.__version__,
        "cases": cases,
        "statsmodels_ar9": [float(v) for v in sm.params],
    }
    path = os.path.join(TESTS, "Fixtures", "autoregression_sunspots.json")
    with open(path, "w") as f:
        json.dump(fixture, f, indent=1)
    print("wrote", path)


if __name__ == "__main__":
    main()
