#!/usr/bin/python3
"""Reference results from scikit-learn 1.2.1 for the runtime numerics tests.

Reads the CSV files in tests/ModelDsl.Runtime.Tests/Data and writes JSON fixtures into
tests/ModelDsl.Runtime.Tests/Fixtures. The fixtures are committed: CI never runs Python.

Run with Debian's interpreter and packages (as root: apt-get install -y libopenblas0-pthread python3-sklearn):

    /usr/bin/python3 eng/reference/sklearn_reference.py

Every fixture records the exact train/test row indices used, so the C# tests fit on the same rows.

Convex models are fitted to a tight optimum (logistic regression: newton-cg with tol=1e-8 (max |gradient|) and a large
max_iter, instead of the default lbfgs that stops at tol=1e-4 / ftol=2.2e-9): the tests compare the
minimiser of the objective, not where one optimiser happened to stop. The lbfgs result with
scikit-learn's default stopping rule is recorded beside it ("lbfgs_default_*") for information.
"""

import json
import os
import sys
import warnings

import numpy as np
import scipy
import sklearn
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import ElasticNet, Lasso, LinearRegression, LogisticRegression, Ridge
from sklearn.metrics import (accuracy_score, confusion_matrix, log_loss, mean_absolute_error,
                             mean_squared_error, precision_recall_fscore_support, r2_score,
                             silhouette_score)
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor
from sklearn.linear_model import QuantileRegressor
from sklearn.naive_bayes import GaussianNB, MultinomialNB
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor
from sklearn.svm import SVR
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor
from sklearn.preprocessing import MinMaxScaler, PolynomialFeatures, StandardScaler

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(ROOT, "tests", "ModelDsl.Runtime.Tests", "Data")
FIXTURES = os.path.join(ROOT, "tests", "ModelDsl.Runtime.Tests", "Fixtures")

if sklearn.__version__ != "1.2.1":
    sys.exit(f"scikit-learn 1.2.1 expected (Debian python3-sklearn), found {sklearn.__version__}")


def read_numeric_csv(name, label_column):
    with open(os.path.join(DATA, name)) as f:
        header = f.readline().strip().split(",")
        rows = [line.strip().split(",") for line in f if line.strip()]
    li = header.index(label_column)
    x = np.array([[float(v) for j, v in enumerate(r) if j != li] for r in rows])
    labels = [r[li] for r in rows]
    return x, labels, [h for j, h in enumerate(header) if j != li]


def read_text_csv(name):
    import csv
    with open(os.path.join(DATA, name), newline="") as f:
        rows = list(csv.reader(f))
    return [r[0] for r in rows[1:]], [r[1] for r in rows[1:]]


def encode(labels, order):
    """Label strings -> class indices in the given order (sorted, as scikit-learn's classes_)."""
    return np.array([order.index(v) for v in labels])


def tolist(a):
    return np.asarray(a, dtype=float).tolist()


def write(name, obj):
    obj = dict(obj)
    obj["_generated_by"] = (f"eng/reference/sklearn_reference.py with scikit-learn {sklearn.__version__}, "
                            f"numpy {np.__version__}, scipy {scipy.__version__}")
    path = os.path.join(FIXTURES, name)
    with open(path, "w") as f:
        json.dump(obj, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", os.path.relpath(path, ROOT))


def split(n, y=None, test_size=0.2, seed=42):
    train, test = train_test_split(np.arange(n), test_size=test_size, random_state=seed,
                                   stratify=y)
    return train, test


def classification_summary(y_true, proba, n_classes):
    pred = proba.argmax(axis=1)
    p, r, f1, s = precision_recall_fscore_support(y_true, pred, labels=list(range(n_classes)),
                                                  zero_division=0)
    return {
        "accuracy": float(accuracy_score(y_true, pred)),
        "precision": tolist(p), "recall": tolist(r), "f1": tolist(f1), "support": s.tolist(),
        "confusion": confusion_matrix(y_true, pred, labels=list(range(n_classes))).tolist(),
        "log_loss": float(log_loss(y_true, proba, labels=list(range(n_classes)))),
        "predicted": pred.tolist(),
    }


def regression_summary(y_true, pred):
    return {
        "r2": float(r2_score(y_true, pred)),
        "mae": float(mean_absolute_error(y_true, pred)),
        "rmse": float(np.sqrt(mean_squared_error(y_true, pred))),
        "predictions": tolist(pred),
    }


def max_rel_diff(a, b, floor):
    a = np.asarray(a, dtype=float).ravel()
    b = np.asarray(b, dtype=float).ravel()
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(b), floor)))


# ---------------------------------------------------------------------------------------------
# Regression on diabetes
# ---------------------------------------------------------------------------------------------
def diabetes():
    x, target, names = read_numeric_csv("diabetes.csv", "progression")
    y = np.array([float(v) for v in target])
    train, test = split(len(y), None)
    xtr, xte, ytr, yte = x[train], x[test], y[train], y[test]
    base = {"dataset": "diabetes.csv", "features": names, "target": "progression",
            "train": train.tolist(), "test": test.tolist()}

    ols = LinearRegression().fit(xtr, ytr)
    write("ols_diabetes.json", {**base, "coef": tolist(ols.coef_), "intercept": float(ols.intercept_),
                                **regression_summary(yte, ols.predict(xte))})

    ridge = Ridge(alpha=1.0).fit(xtr, ytr)
    write("ridge_diabetes.json", {**base, "alpha": 1.0, "coef": tolist(ridge.coef_),
                                  "intercept": float(ridge.intercept_),
                                  **regression_summary(yte, ridge.predict(xte))})

    for name, model, extra in [
        ("lasso_diabetes.json", Lasso(alpha=2.0), {"alpha": 2.0, "l1_ratio": 1.0}),
        ("elasticnet_diabetes.json", ElasticNet(alpha=0.5, l1_ratio=0.5), {"alpha": 0.5, "l1_ratio": 0.5}),
    ]:
        with warnings.catch_warnings():
            warnings.simplefilter("error", ConvergenceWarning)
            model.fit(xtr, ytr)
        write(name, {**base, **extra, "max_iter": model.max_iter, "tol": model.tol,
                     "n_iter": int(model.n_iter_), "coef": tolist(model.coef_),
                     "intercept": float(model.intercept_), **regression_summary(yte, model.predict(xte))})

    # Standardise -> polynomial degree 2 (no bias column) -> ridge.
    scaler = StandardScaler().fit(xtr)
    poly = PolynomialFeatures(degree=2, include_bias=False).fit(scaler.transform(xtr))
    ptr, pte = poly.transform(scaler.transform(xtr)), poly.transform(scaler.transform(xte))
    pr = Ridge(alpha=1.0).fit(ptr, ytr)
    write("poly2_ridge_diabetes.json", {**base, "alpha": 1.0, "degree": 2,
                                        "scaler_mean": tolist(scaler.mean_), "scaler_scale": tolist(scaler.scale_),
                                        "powers": poly.powers_.tolist(), "coef": tolist(pr.coef_),
                                        "intercept": float(pr.intercept_),
                                        "first_test_row_expanded": tolist(pte[0]),
                                        **regression_summary(yte, pr.predict(pte))})


# ---------------------------------------------------------------------------------------------
# Logistic regression
# ---------------------------------------------------------------------------------------------
def objective_gradient(model, x, y, n_classes, C, class_weight):
    """Gradient of sum(sample_weight * loss) + 1/(2C) ||W||^2 at the fitted model (intercept unpenalised)."""
    sw = np.ones(len(y))
    if class_weight == "balanced":
        counts = np.bincount(y, minlength=n_classes)
        sw = len(y) / (n_classes * counts[y])
    l2 = 0.0 if C is None or model.penalty is None else 1.0 / C
    if n_classes == 2:
        z = x @ model.coef_[0] + model.intercept_[0]
        r = sw * (1.0 / (1.0 + np.exp(-z)) - y)
        return np.concatenate([x.T @ r + l2 * model.coef_[0], [r.sum()]])
    z = x @ model.coef_.T + model.intercept_
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    r = sw[:, None] * (p - np.eye(n_classes)[y])
    return np.concatenate([(r.T @ x + l2 * model.coef_).ravel(), r.sum(axis=0)])


def logistic_case(name, xtr, ytr, xte, yte, n_classes, base, C=1.0, class_weight=None,
                  penalty="l2", extra=None):
    if penalty == "l2":
        tight = LogisticRegression(C=C, solver="newton-cg", tol=1e-8, max_iter=10000,
                                   class_weight=class_weight)
    elif penalty == "l1":
        tight = LogisticRegression(C=C, penalty="l1", solver="saga", tol=1e-12, max_iter=1000000,
                                   class_weight=class_weight)
    else:
        tight = LogisticRegression(penalty=None, solver="newton-cg", tol=1e-8, max_iter=10000,
                                   class_weight=class_weight)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ConvergenceWarning)
        tight.fit(xtr, ytr)
    proba = tight.predict_proba(xte)
    grad = objective_gradient(tight, xtr, ytr, n_classes, C, class_weight) if penalty != "l1" else None
    out = {**base, **(extra or {}), "C": C, "penalty": penalty, "class_weight": class_weight,
           "n_classes": n_classes, "coef": tight.coef_.tolist(), "intercept": tolist(tight.intercept_),
           "probabilities": proba.tolist(), **classification_summary(yte, proba, n_classes)}
    if grad is not None:
        out["objective_max_abs_gradient"] = float(np.max(np.abs(grad)))
    if penalty == "l2":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            default = LogisticRegression(C=C, class_weight=class_weight).fit(xtr, ytr)
        out["lbfgs_default_coef_max_rel_diff"] = max_rel_diff(default.coef_, tight.coef_, 1e-3)
        out["lbfgs_default_accuracy"] = float(accuracy_score(yte, default.predict(xte)))
    write(name, out)


def logistic():
    x, species, names = read_numeric_csv("iris.csv", "species")
    classes = sorted(set(species))
    y = encode(species, classes)
    train, test = split(len(y), y)
    base = {"dataset": "iris.csv", "features": names, "classes": classes,
            "train": train.tolist(), "test": test.tolist()}
    logistic_case("logreg_iris.json", x[train], y[train], x[test], y[test], 3, base)

    scaler = StandardScaler().fit(x[train])
    logistic_case("logreg_iris_standardized.json", scaler.transform(x[train]), y[train],
                  scaler.transform(x[test]), y[test], 3, base,
                  extra={"scaler_mean": tolist(scaler.mean_), "scaler_scale": tolist(scaler.scale_),
                         "standardized": True})
    logistic_case("logreg_iris_l1.json", scaler.transform(x[train]), y[train],
                  scaler.transform(x[test]), y[test], 3, base, penalty="l1",
                  extra={"scaler_mean": tolist(scaler.mean_), "scaler_scale": tolist(scaler.scale_),
                         "standardized": True})

    # Binary: versicolor (0) against virginica (1), raw features; rows re-indexed within the subset.
    mask = y > 0
    xb, yb = x[mask], y[mask] - 1
    btrain, btest = split(len(yb), yb, test_size=0.3, seed=1)
    bbase = {"dataset": "iris.csv", "subset": "species != setosa; rows of the subset, in file order",
             "features": names, "classes": classes[1:], "train": btrain.tolist(), "test": btest.tolist()}
    logistic_case("logreg_iris_binary.json", xb[btrain], yb[btrain], xb[btest], yb[btest], 2, bbase)

    xd, digit, dnames = read_numeric_csv("digits.csv", "digit")
    dclasses = sorted(set(digit), key=int)
    yd = encode(digit, dclasses)
    dtrain, dtest = split(len(yd), yd)
    dbase = {"dataset": "digits.csv", "features": dnames, "classes": dclasses,
             "train": dtrain.tolist(), "test": dtest.tolist()}
    logistic_case("logreg_digits.json", xd[dtrain], yd[dtrain], xd[dtest], yd[dtest], 10, dbase, C=0.1)

    # Binary digits: "nine" against the rest, standardised, balanced class weights.
    y9 = (yd == 9).astype(int)
    s9 = StandardScaler().fit(xd[dtrain])
    logistic_case("logreg_digits_nine_balanced.json", s9.transform(xd[dtrain]), y9[dtrain],
                  s9.transform(xd[dtest]), y9[dtest], 2,
                  {**dbase, "classes": ["other", "nine"], "target": "digit == 9"},
                  class_weight="balanced",
                  extra={"scaler_mean": tolist(s9.mean_), "scaler_scale": tolist(s9.scale_),
                         "standardized": True})


# ---------------------------------------------------------------------------------------------
# Naive Bayes, LDA
# ---------------------------------------------------------------------------------------------
def gaussian_nb_case(name, path, label):
    x, labels, names = read_numeric_csv(path, label)
    classes = sorted(set(labels), key=lambda v: int(v) if v.isdigit() else v)
    y = encode(labels, classes)
    train, test = split(len(y), y)
    nb = GaussianNB().fit(x[train], y[train])
    proba = nb.predict_proba(x[test])
    write(name, {"dataset": path, "features": names, "classes": classes, "train": train.tolist(),
                 "test": test.tolist(), "var_smoothing": 1e-9, "theta": nb.theta_.tolist(),
                 "var": nb.var_.tolist(), "class_prior": tolist(nb.class_prior_),
                 "epsilon": float(nb.epsilon_), "probabilities": proba.tolist(),
                 "joint_log_likelihood": nb.predict_joint_log_proba(x[test]).tolist(),
                 **classification_summary(y[test], proba, len(classes))})


def multinomial_nb():
    texts, topics = read_text_csv("topics.csv")
    classes = sorted(set(topics))
    y = encode(topics, classes)
    train, test = split(len(y), y, test_size=0.25, seed=42)
    vec = CountVectorizer()  # lowercase, token_pattern (?u)\b\w\w+\b, min_df=1
    ctr = vec.fit_transform([texts[i] for i in train])
    cte = vec.transform([texts[i] for i in test])
    nb = MultinomialNB(alpha=1.0).fit(ctr, y[train])
    proba = nb.predict_proba(cte)
    vec2 = CountVectorizer(min_df=2).fit([texts[i] for i in train])
    write("mnb_topics.json", {"dataset": "topics.csv", "classes": classes, "train": train.tolist(),
                              "test": test.tolist(), "alpha": 1.0,
                              "vocabulary": vec.get_feature_names_out().tolist(),
                              "vocabulary_min_df2": vec2.get_feature_names_out().tolist(),
                              "first_test_counts": cte[0].toarray().ravel().tolist(),
                              "feature_log_prob": nb.feature_log_prob_.tolist(),
                              "class_log_prior": tolist(nb.class_log_prior_),
                              "probabilities": proba.tolist(),
                              **classification_summary(y[test], proba, len(classes))})


def lda():
    x, species, names = read_numeric_csv("iris.csv", "species")
    classes = sorted(set(species))
    y = encode(species, classes)
    train, test = split(len(y), y)
    model = LinearDiscriminantAnalysis(solver="svd").fit(x[train], y[train])
    proba = model.predict_proba(x[test])
    write("lda_iris.json", {"dataset": "iris.csv", "features": names, "classes": classes,
                            "train": train.tolist(), "test": test.tolist(),
                            "coef": model.coef_.tolist(), "intercept": tolist(model.intercept_),
                            "xbar": tolist(model.xbar_), "scalings": model.scalings_.tolist(),
                            "explained_variance_ratio": tolist(model.explained_variance_ratio_),
                            "transform": model.transform(x[test]).tolist(),
                            "probabilities": proba.tolist(),
                            **classification_summary(y[test], proba, len(classes))})


# ---------------------------------------------------------------------------------------------
# k-means
# ---------------------------------------------------------------------------------------------
def kmeans():
    x, _, names = read_numeric_csv("digits.csv", "digit")
    init, init_ids = kmeans_plusplus(x, n_clusters=10, random_state=0)
    km = KMeans(n_clusters=10, init=init, n_init=1, max_iter=300, tol=1e-4).fit(x)
    default = KMeans(n_clusters=10, n_init=10, random_state=0).fit(x)
    write("kmeans_digits.json", {"dataset": "digits.csv", "n_clusters": 10, "tol": 1e-4, "max_iter": 300,
                                 "initial_centers": init.tolist(), "initial_ids": init_ids.tolist(),
                                 "centers": km.cluster_centers_.tolist(), "labels": km.labels_.tolist(),
                                 "inertia": float(km.inertia_), "n_iter": int(km.n_iter_),
                                 "silhouette": float(silhouette_score(x, km.labels_)),
                                 "kmeanspp_n_init10_seed0_inertia": float(default.inertia_)})


# ---------------------------------------------------------------------------------------------
# Preprocessing
# ---------------------------------------------------------------------------------------------
def preprocessing():
    x, _, names = read_numeric_csv("iris.csv", "species")
    mm = MinMaxScaler().fit(x)
    st = StandardScaler().fit(x)
    powers = {}
    for degree in (2, 3):
        for interaction_only in (False, True):
            for include_bias in (False, True):
                p = PolynomialFeatures(degree=degree, interaction_only=interaction_only,
                                       include_bias=include_bias).fit(np.zeros((1, 3)))
                powers[f"d{degree}_i{int(interaction_only)}_b{int(include_bias)}"] = p.powers_.tolist()
    m = np.array([[1.0, np.nan, 3.0], [4.0, 2.0, np.nan], [np.nan, 2.0, 3.0], [7.0, 5.0, 9.0],
                  [4.0, np.nan, 1.0]])
    imputed = {}
    for strategy in ("mean", "median", "most_frequent", "constant"):
        imp = SimpleImputer(strategy=strategy, fill_value=-1.0 if strategy == "constant" else None).fit(m)
        imputed[strategy] = {"statistics": tolist(imp.statistics_), "transformed": imp.transform(m).tolist()}
    docs = ["The quick brown fox, the LAZY dog!", "a b cd e_f 42 x1 don't ünïcödé naïve café",
            "Tabs\tand\nnewlines; dashes-between words", "It's 2023: re-use, co-op and e-mail."]
    cv = CountVectorizer().fit(docs)
    cv_nolower = CountVectorizer(lowercase=False).fit(docs)
    write("preprocessing.json", {"iris_min": tolist(mm.data_min_), "iris_max": tolist(mm.data_max_),
                                 "iris_mean": tolist(st.mean_), "iris_scale": tolist(st.scale_),
                                 "polynomial_powers": powers,
                                 "imputer_input": [[None if np.isnan(v) else v for v in r] for r in m],
                                 "imputer": imputed,
                                 "documents": docs,
                                 "vocabulary": cv.get_feature_names_out().tolist(),
                                 "vocabulary_no_lowercase": cv_nolower.get_feature_names_out().tolist(),
                                 "counts": cv.transform(docs).toarray().tolist()})


# ---------------------------------------------------------------------------------------------
# Trees and forests: a tree depends on its random feature order and a forest on its bootstrap samples,
# which no other implementation reproduces, so each case records the test metric over several seeds and the
# tests compare means over as many seeds of their own.
# ---------------------------------------------------------------------------------------------
TREE_SEEDS = list(range(10))
FOREST_SEEDS = list(range(5))


def tree_case(name, make, seeds, xtr, ytr, xte, yte, base, params, classification=True):
    scores, oob, importances, nodes, depths = [], [], [], [], []
    for seed in seeds:
        model = make(seed).fit(xtr, ytr)
        pred = model.predict(xte)
        scores.append(float(accuracy_score(yte, pred)) if classification else float(r2_score(yte, pred)))
        importances.append(tolist(model.feature_importances_))
        if hasattr(model, "oob_score_"):
            oob.append(float(model.oob_score_))
        if hasattr(model, "tree_"):
            nodes.append(int(model.tree_.node_count))
            depths.append(int(model.tree_.max_depth))
    out = {**base, "params": params, "seeds": seeds, "metric": "accuracy" if classification else "r2",
           "scores": scores, "mean": float(np.mean(scores)), "first_importances": importances[0]}
    if oob:
        out["oob_scores"] = oob
        out["oob_mean"] = float(np.mean(oob))
    if nodes:
        out["node_counts"] = nodes
        out["depths"] = depths
    write(name, out)


def trees():
    x, species, names = read_numeric_csv("iris.csv", "species")
    classes = sorted(set(species))
    y = encode(species, classes)
    train, test = split(len(y), y)
    ibase = {"dataset": "iris.csv", "features": names, "classes": classes, "train": train.tolist(), "test": test.tolist()}
    xd, digit, dnames = read_numeric_csv("digits.csv", "digit")
    dclasses = sorted(set(digit), key=int)
    yd = encode(digit, dclasses)
    dtrain, dtest = split(len(yd), yd)
    dbase = {"dataset": "digits.csv", "features": dnames, "classes": dclasses, "train": dtrain.tolist(), "test": dtest.tolist()}
    xb, target, bnames = read_numeric_csv("diabetes.csv", "progression")
    yb = np.array([float(v) for v in target])
    btrain, btest = split(len(yb), None)
    bbase = {"dataset": "diabetes.csv", "features": bnames, "target": "progression", "train": btrain.tolist(), "test": btest.tolist()}

    def tree(**p):
        return lambda seed: DecisionTreeClassifier(random_state=seed, **p)

    def forest(**p):
        return lambda seed: RandomForestClassifier(random_state=seed, n_jobs=2, **p)

    cases = [
        ("dt_iris_gini.json", tree(), TREE_SEEDS, "iris", {"criterion": "gini"}),
        ("dt_digits_gini.json", tree(), TREE_SEEDS, "digits", {"criterion": "gini"}),
        ("dt_digits_entropy.json", tree(criterion="entropy", max_depth=12, min_samples_leaf=2, max_features="sqrt",
                                       class_weight="balanced"), TREE_SEEDS, "digits",
         {"criterion": "entropy", "max_depth": 12, "min_samples_leaf": 2, "max_features": "sqrt", "class_weight": "balanced"}),
        ("rf_iris.json", forest(n_estimators=100, oob_score=True), FOREST_SEEDS, "iris",
         {"n_estimators": 100, "max_features": "sqrt", "bootstrap": True, "oob_score": True}),
        ("rf_digits.json", forest(n_estimators=100, oob_score=True), FOREST_SEEDS, "digits",
         {"n_estimators": 100, "max_features": "sqrt", "bootstrap": True, "oob_score": True}),
        ("rf_digits_entropy.json", forest(n_estimators=50, criterion="entropy", max_features="log2", max_depth=10,
                                          min_samples_split=4, class_weight="balanced"), FOREST_SEEDS, "digits",
         {"n_estimators": 50, "criterion": "entropy", "max_features": "log2", "max_depth": 10, "min_samples_split": 4,
          "class_weight": "balanced", "bootstrap": True}),
    ]
    for name, make, seeds, data, params in cases:
        if data == "iris":
            tree_case(name, make, seeds, x[train], y[train], x[test], y[test], ibase, params)
        else:
            tree_case(name, make, seeds, xd[dtrain], yd[dtrain], xd[dtest], yd[dtest], dbase, params)

    tree_case("dt_diabetes.json", lambda seed: DecisionTreeRegressor(max_depth=4, random_state=seed), TREE_SEEDS,
              xb[btrain], yb[btrain], xb[btest], yb[btest], bbase, {"criterion": "squared_error", "max_depth": 4},
              classification=False)
    tree_case("rf_diabetes.json", lambda seed: RandomForestRegressor(n_estimators=100, max_features=1.0, min_samples_leaf=3,
                                                                      oob_score=True, random_state=seed, n_jobs=2),
              FOREST_SEEDS, xb[btrain], yb[btrain], xb[btest], yb[btest], bbase,
              {"n_estimators": 100, "max_features": "all", "min_samples_leaf": 3, "oob_score": True}, classification=False)


# ---------------------------------------------------------------------------------------------
# Quantile regression and SVR on diabetes
# ---------------------------------------------------------------------------------------------
def quantile_and_svr():
    x, target, names = read_numeric_csv("diabetes.csv", "progression")
    y = np.array([float(v) for v in target])
    train, test = split(len(y), None)
    base = {"dataset": "diabetes.csv", "features": names, "target": "progression",
            "train": train.tolist(), "test": test.tolist()}
    scaler = StandardScaler().fit(x[train])
    xtr, xte = scaler.transform(x[train]), scaler.transform(x[test])
    std = {"standardized": True, "scaler_mean": tolist(scaler.mean_), "scaler_scale": tolist(scaler.scale_)}
    cases = []
    for q, alpha, fit_intercept, standardized in [(0.5, 1.0, True, True), (0.5, 0.01, True, True), (0.9, 0.1, True, True),
                                                  (0.25, 0.0, True, False), (0.5, 0.05, False, True)]:
        a, b = (xtr, xte) if standardized else (x[train], x[test])
        model = QuantileRegressor(quantile=q, alpha=alpha, fit_intercept=fit_intercept, solver="highs").fit(a, y[train])
        pred = model.predict(b)
        cases.append({"quantile": q, "alpha": alpha, "fit_intercept": fit_intercept, "standardized": standardized,
                      "coef": tolist(model.coef_), "intercept": float(model.intercept_),
                      "pinball_test": float(np.mean(np.maximum(q * (y[test] - pred), (q - 1) * (y[test] - pred)))),
                      "first_test_predictions": tolist(pred[:5])})
    write("quantile_diabetes.json", {**base, **std, "cases": cases})

    svr = []
    for kernel, C, epsilon, gamma in [("rbf", 100.0, 0.1, "scale"), ("linear", 1.0, 0.1, "scale"), ("rbf", 10.0, 5.0, 0.05)]:
        model = SVR(kernel=kernel, C=C, epsilon=epsilon, gamma=gamma, tol=1e-3).fit(xtr, y[train])
        pred = model.predict(xte)
        g = 1.0 / (xtr.shape[1] * xtr.var()) if gamma == "scale" else gamma
        svr.append({"kernel": kernel, "C": C, "epsilon": epsilon, "gamma": 0.0 if gamma == "scale" else gamma,
                    "gamma_value": float(g), "tol": 1e-3, "r2": float(r2_score(y[test], pred)),
                    "intercept": float(model.intercept_[0]), "n_support": int(model.support_.shape[0]),
                    "first_test_predictions": tolist(pred[:5])})
    write("svr_diabetes.json", {**base, **std, "cases": svr})


# ---------------------------------------------------------------------------------------------
# k-nearest neighbours: digits (classifier) and diabetes (regressor), brute force as the runtime
# ---------------------------------------------------------------------------------------------
def knn():
    x, labels, names = read_numeric_csv("digits.csv", "digit")
    order = sorted(set(labels), key=int)
    y = encode(labels, order)
    train, test = split(len(y), y)
    cases = []
    for k, weights, metric in [(5, "uniform", "euclidean"), (3, "distance", "euclidean"), (7, "uniform", "manhattan"),
                               (5, "distance", "manhattan"), (1, "uniform", "euclidean")]:
        model = KNeighborsClassifier(n_neighbors=k, weights=weights, metric=metric, algorithm="brute").fit(x[train], y[train])
        proba = model.predict_proba(x[test])
        cases.append({"n_neighbors": k, "weights": weights, "metric": metric,
                      "predicted": model.predict(x[test]).tolist(), "probabilities": tolist(proba),
                      "accuracy": float(accuracy_score(y[test], model.predict(x[test])))})
    write("knn_digits.json", {"dataset": "digits.csv", "label": "digit", "classes": order, "features": names,
                              "train": train.tolist(), "test": test.tolist(), "cases": cases})

    x, target, names = read_numeric_csv("diabetes.csv", "progression")
    y = np.array([float(v) for v in target])
    train, test = split(len(y), None)
    scaler = StandardScaler().fit(x[train])
    cases = []
    for k, weights, metric, standardized in [(5, "uniform", "euclidean", True), (10, "distance", "euclidean", True),
                                             (5, "uniform", "manhattan", False), (15, "distance", "manhattan", True)]:
        a, b = (scaler.transform(x[train]), scaler.transform(x[test])) if standardized else (x[train], x[test])
        model = KNeighborsRegressor(n_neighbors=k, weights=weights, metric=metric, algorithm="brute").fit(a, y[train])
        pred = model.predict(b)
        cases.append({"n_neighbors": k, "weights": weights, "metric": metric, "standardized": standardized,
                      "predictions": tolist(pred), "r2": float(r2_score(y[test], pred))})
    write("knn_diabetes.json", {"dataset": "diabetes.csv", "target": "progression", "features": names,
                                "train": train.tolist(), "test": test.tolist(),
                                "scaler_mean": tolist(scaler.mean_), "scaler_scale": tolist(scaler.scale_), "cases": cases})


SECTIONS = {"diabetes": diabetes, "logistic": logistic,
            "gnb": lambda: (gaussian_nb_case("gnb_iris.json", "iris.csv", "species"),
                            gaussian_nb_case("gnb_digits.json", "digits.csv", "digit")),
            "mnb": multinomial_nb, "lda": lda, "kmeans": kmeans, "preprocessing": preprocessing,
            "trees": trees, "quantile_svr": quantile_and_svr, "knn": knn}


def main():
    """All fixtures, or only the sections named on the command line (e.g. `trees quantile_svr`)."""
    os.makedirs(FIXTURES, exist_ok=True)
    for name in sys.argv[1:] or SECTIONS:
        SECTIONS[name]()


if __name__ == "__main__":
    main()
