#!/usr/bin/python3
"""scikit-learn's side of the random-forest fit comparison (issue 5, section 6), as a long-lived process.

Data: benchmarks/Learners/data/classification.csv (make_classification, 100,000 x 50, 3 classes; written by
benchmarks/Learners/make_data.py). Split as in the learner benchmarks: row i is a test row when i % 5 == 4.

Line protocol on stdin/stdout (compare.py drives it and the .NET program's `serve` mode in turn):
    info                     -> versions and thread pools
    load                     -> reads the CSV once
    fit TREES [eval]         -> {"seconds": ...}; with eval also test accuracy, depths and node counts
    quit
The clock covers RandomForestClassifier(...).fit(X, y) only, with n_jobs=--threads (default 2).
"""
import argparse
import json
import os
import platform
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
p.add_argument("--data", default=os.path.join(HERE, "..", "Learners", "data", "classification.csv"))
p.add_argument("--threads", type=int, default=2)
ARGS = p.parse_args()
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = str(ARGS.threads)

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.ensemble import RandomForestClassifier  # noqa: E402
from sklearn.metrics import accuracy_score  # noqa: E402
from threadpoolctl import threadpool_info, threadpool_limits  # noqa: E402

DATA = None


def load():
    global DATA
    if DATA is None:
        data = np.loadtxt(ARGS.data, delimiter=",", skiprows=1, dtype=np.float64)
        x = np.ascontiguousarray(data[:, :-1])
        y = data[:, -1].astype(np.int64)
        test = np.arange(len(y)) % 5 == 4
        DATA = (x[~test], y[~test], x[test], y[test])
    return DATA


def make(trees):
    # The same hyper-parameters as the .NET side; all but n_estimators and n_jobs are scikit-learn's defaults.
    return RandomForestClassifier(n_estimators=trees, criterion="gini", max_depth=None, min_samples_split=2,
                                  min_samples_leaf=1, max_features="sqrt", bootstrap=True, n_jobs=ARGS.threads,
                                  random_state=0)


def evaluate(model):
    _, _, xt, yt = load()
    estimators = model.estimators_
    depths = [e.tree_.max_depth for e in estimators]
    nodes = [e.tree_.node_count for e in estimators]
    leaves = [e.tree_.n_leaves for e in estimators]
    return {"accuracy": float(accuracy_score(yt, model.predict(xt))), "trees": len(estimators),
            "max_depth": int(max(depths)), "mean_depth": float(np.mean(depths)), "nodes": int(sum(nodes)),
            "mean_nodes": float(np.mean(nodes)), "mean_leaves": float(np.mean(leaves))}


def main():
    with threadpool_limits(limits=ARGS.threads):
        for line in sys.stdin:
            words = line.split()
            if not words:
                continue
            if words[0] == "quit":
                break
            if words[0] == "info":
                reply = {"tool": "scikit-learn", "python": platform.python_version(), "numpy": np.__version__,
                         "sklearn": sklearn.__version__, "threads": ARGS.threads,
                         "threadpools": [{k: v for k, v in pool.items() if k in ("internal_api", "version", "num_threads")}
                                         for pool in threadpool_info()]}
            elif words[0] == "load":
                x, _, xt, _ = load()
                reply = {"train_rows": int(x.shape[0]), "test_rows": int(xt.shape[0]), "features": int(x.shape[1])}
            elif words[0] == "fit":
                x, y, _, _ = load()
                model = make(int(words[1]))
                start = time.perf_counter()
                model.fit(x, y)
                reply = {"seconds": time.perf_counter() - start}
                if len(words) > 2 and words[2] == "eval":
                    reply.update(evaluate(model))
            else:
                reply = {"error": f"unknown request {line.strip()}"}
            sys.stdout.write(json.dumps(reply) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
