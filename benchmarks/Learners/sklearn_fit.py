#!/usr/bin/python3
"""Times scikit-learn's fit on the learner benchmark data (issue 3, section 6) and prints JSON.

Data (the same CSV files the .NET side reads):
    data/classification.csv   100,000 x 50, 3 classes (make_data.py)
    data/regression.csv       100,000 x 50            (make_data.py)
    digits.csv                1,797 x 64, 10 classes   (../shared/datasets/digits.csv, or the test copy)

Split, identical in both languages: row i (0-based, after the header) is a test row when i % 5 == 4, a
training row otherwise (80 % / 20 %). Every model is fitted on the training rows; accuracy and R² are
measured on the test rows, k-means inertia on the training rows (the fitted model's inertia_).

Timing: untimed warm-up fits (at least one, then more until 30 fits or 3 s), then --repeats timed fits (time.perf_counter around fit() only); the
median is reported. With --serve it fits one model per request instead (compare.py interleaves it with the .NET
side). BLAS and OpenMP are limited to --threads threads (default 2) through the environment
(set before numpy is imported) and threadpoolctl.
"""
import argparse
import contextlib
import io
import json
import os
import platform
import sys
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default=os.path.join(HERE, "data"))
    p.add_argument("--digits", default=None, help="path of digits.csv")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--only", default=None, help="comma-separated dataset:algorithm filter, e.g. digits:lda")
    p.add_argument("--serve", action="store_true", help="line protocol on stdin/stdout for compare.py")
    return p.parse_args()


ARGS = parse_args()
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = str(ARGS.threads)

import numpy as np  # noqa: E402
import scipy  # noqa: E402
import sklearn  # noqa: E402
from threadpoolctl import threadpool_info, threadpool_limits  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.linear_model import ElasticNet, Lasso, LinearRegression, LogisticRegression, Ridge  # noqa: E402
from sklearn.metrics import accuracy_score, r2_score  # noqa: E402
from sklearn.naive_bayes import GaussianNB  # noqa: E402


def find_digits():
    if ARGS.digits:
        return ARGS.digits
    for candidate in (os.path.join(HERE, "..", "..", "..", "shared", "datasets", "digits.csv"),
                      os.path.join(HERE, "..", "..", "tests", "ModelDsl.Runtime.Tests", "Data", "digits.csv")):
        if os.path.exists(candidate):
            return os.path.abspath(candidate)
    sys.exit("digits.csv not found: pass --digits PATH")


def load(path, integer_label):
    data = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float64)
    x = np.ascontiguousarray(data[:, :-1])
    y = data[:, -1].astype(np.int64) if integer_label else data[:, -1].copy()
    test = np.arange(len(y)) % 5 == 4
    return x[~test], y[~test], x[test], y[test]


def logistic_objective(model, x, y, c):
    """C * sum of multinomial log-losses + 1/2 ||W||^2 (intercepts unpenalised): scikit-learn's lbfgs objective."""
    scores = x @ model.coef_.T + model.intercept_
    scores -= scores.max(axis=1, keepdims=True)
    log_p = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
    return float(c * -log_p[np.arange(len(y)), y].sum() + 0.5 * (model.coef_ ** 2).sum())


def runs():
    """(dataset, algorithm) -> (make, metric), in the order of the report."""
    table = {
        ("regression", "ols"): (lambda: LinearRegression(), "r2"),
        ("regression", "ridge"): (lambda: Ridge(alpha=1.0), "r2"),
        ("regression", "lasso"): (lambda: Lasso(alpha=1.0), "r2"),
        ("regression", "elastic_net"): (lambda: ElasticNet(alpha=1.0, l1_ratio=0.5), "r2"),
    }
    for name in ("classification", "digits"):
        table[(name, "logistic")] = (lambda: LogisticRegression(C=1.0, solver="lbfgs", multi_class="multinomial", max_iter=1000), "accuracy")
        table[(name, "gaussian_nb")] = (lambda: GaussianNB(), "accuracy")
        table[(name, "lda")] = (lambda: LinearDiscriminantAnalysis(solver="svd"), "accuracy")
        table[(name, "kmeans_1")] = (lambda: KMeans(n_clusters=8, n_init=1, random_state=0, algorithm="lloyd"), "inertia")
        table[(name, "kmeans_10")] = (lambda: KMeans(n_clusters=8, n_init=10, random_state=0, algorithm="lloyd"), "inertia")
    return table


class Bench:
    """Loads each data set once; fits and evaluates one (dataset, algorithm) at a time."""

    def __init__(self, data_dir, digits):
        self.paths = {
            "classification": (os.path.join(data_dir, "classification.csv"), True),
            "regression": (os.path.join(data_dir, "regression.csv"), False),
            "digits": (digits, True),
        }
        self.loaded = {}
        self.table = runs()

    def data(self, dataset):
        if dataset not in self.loaded:
            path, integer_label = self.paths[dataset]
            self.loaded[dataset] = load(path, integer_label)
        return self.loaded[dataset]

    def fit_once(self, dataset, algorithm):
        """One fit: (seconds, model, caught warnings). Only model.fit() is inside the clock."""
        make, metric = self.table[(dataset, algorithm)]
        x, y, _, _ = self.data(dataset)
        model = make()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ConvergenceWarning)
            start = time.perf_counter()
            model.fit(x, None if metric == "inertia" else y)
            seconds = time.perf_counter() - start
        converged = not any(issubclass(w.category, ConvergenceWarning) for w in caught)
        return seconds, model, converged

    def evaluate(self, dataset, algorithm, model, converged):
        _, metric = self.table[(dataset, algorithm)]
        x, y, xt, yt = self.data(dataset)
        entry = {"dataset": dataset, "algorithm": algorithm, "train_rows": int(x.shape[0]), "test_rows": int(xt.shape[0]),
                 "features": int(x.shape[1]), "metric": metric, "converged": converged}
        if metric == "accuracy":
            entry["value"] = float(accuracy_score(yt, model.predict(xt)))
        elif metric == "r2":
            entry["value"] = float(r2_score(yt, model.predict(xt)))
        else:
            entry["value"] = float(model.inertia_)
        if getattr(model, "n_iter_", None) is not None:
            entry["iterations"] = int(np.max(model.n_iter_))
        if algorithm == "logistic":
            entry["objective"] = logistic_objective(model, x, y, 1.0)
        if algorithm.startswith("kmeans"):
            # Lloyd iterations over all initialisations: refit (untimed) with verbose=1, which prints one
            # "Iteration i, inertia ..." line per iteration; same random_state, so the same runs.
            make, _ = self.table[(dataset, algorithm)]
            verbose = make().set_params(verbose=1)
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                verbose.fit(x)
            entry["total_iterations"] = sum(1 for line in printed.getvalue().splitlines() if line.startswith("Iteration "))
        return entry


def header():
    return {
        "tool": "scikit-learn",
        "versions": {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
                     "sklearn": sklearn.__version__},
        "threadpools": [{k: v for k, v in pool.items() if k in ("internal_api", "version", "threading_layer", "architecture", "filepath", "num_threads")}
                        for pool in threadpool_info()],
        "threads": ARGS.threads,
    }


def serve(bench):
    """Line protocol for compare.py: 'fit DATASET ALGORITHM [eval]' -> one JSON line; 'load DATASET'; 'info' -> versions; 'quit'."""
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "quit":
            break
        if words[0] == "info":
            reply = header()
        elif words[0] == "load":
            bench.data(words[1])
            reply = {}
        else:
            seconds, model, converged = bench.fit_once(words[1], words[2])
            reply = {"seconds": seconds}
            if len(words) > 3 and words[3] == "eval":
                reply.update(bench.evaluate(words[1], words[2], model, converged))
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


def main():
    bench = Bench(ARGS.data, find_digits())
    with threadpool_limits(limits=ARGS.threads):
        if ARGS.serve:
            serve(bench)
            return
        wanted = set(ARGS.only.split(",")) if ARGS.only else None
        results = []
        for (dataset, algorithm) in bench.table:
            if wanted is not None and f"{dataset}:{algorithm}" not in wanted:
                continue
            # untimed warm-ups: at least one, then more until 30 fits or 3 s (the same rule as compare.py)
            first, _, _ = bench.fit_once(dataset, algorithm)
            spent, fits = first, 1
            while fits < 30 and spent < 3.0:
                spent += bench.fit_once(dataset, algorithm)[0]
                fits += 1
            times = []
            for _ in range(ARGS.repeats):
                seconds, model, converged = bench.fit_once(dataset, algorithm)
                times.append(seconds)
            entry = bench.evaluate(dataset, algorithm, model, converged)
            entry["times_s"] = times
            entry["median_s"] = float(np.median(times))
            entry["first_s"] = first
            results.append(entry)
            print(f"{dataset:15s} {algorithm:12s} median {entry['median_s'] * 1000:10.1f} ms  {entry['metric']} {entry['value']:.6g}", file=sys.stderr)

    out = header()
    out.update({"repeats": ARGS.repeats, "load_average": list(os.getloadavg()), "results": results})
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
