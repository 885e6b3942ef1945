#!/usr/bin/python3
"""Writes the seeded synthetic data sets of the learner benchmarks (issue 3, section 6) under data/.

    classification.csv  100,000 rows: f0..f49, label (0, 1, 2)     make_classification, random_state=20251125
    regression.csv      100,000 rows: f0..f49, target              make_regression,     random_state=20251125

Values are written with 17 significant digits, so Python and .NET parse exactly the same doubles.
The same seed gives the same files on every run (scikit-learn 1.2.1, numpy 1.24). Nothing is rewritten
when a file already exists, unless --force is given.
"""
import argparse
import os
import sys

import numpy as np
from sklearn.datasets import make_classification, make_regression

ROWS, FEATURES, SEED = 100_000, 50, 20251125
HERE = os.path.dirname(os.path.abspath(__file__))


def write(path, x, y, label_name, label_format):
    header = ",".join([f"f{j}" for j in range(x.shape[1])] + [label_name])
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(header + "\n")
        fmt = ",".join(["%.17g"] * x.shape[1] + [label_format])
        np.savetxt(f, np.column_stack([x, y]), fmt=fmt, delimiter=",")
    os.replace(tmp, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(HERE, "data"))
    parser.add_argument("--force", action="store_true", help="rewrite existing files")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    path = os.path.join(args.out, "classification.csv")
    if args.force or not os.path.exists(path):
        x, y = make_classification(n_samples=ROWS, n_features=FEATURES, n_informative=20, n_redundant=10,
                                   n_classes=3, n_clusters_per_class=2, class_sep=1.0, flip_y=0.01,
                                   random_state=SEED)
        write(path, x, y, "label", "%d")
        print(f"wrote {path}", file=sys.stderr)

    path = os.path.join(args.out, "regression.csv")
    if args.force or not os.path.exists(path):
        x, y = make_regression(n_samples=ROWS, n_features=FEATURES, n_informative=30, noise=10.0,
                               random_state=SEED)
        write(path, x, y, "target", "%.17g")
        print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
