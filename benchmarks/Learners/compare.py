#!/usr/bin/python3
"""Fit-time comparison with the two sides interleaved (for a shared, noisy machine).

Starts `sklearn_fit.py --serve` and the .NET program's `serve` mode side by side (both load each data set once)
and, for each data set and algorithm: untimed warm-up fits on each side (the first one, in a fresh process for that
algorithm, is recorded as the cold fit; then more until 30 fits or 3 s per side), then --repeats rounds of one timed
fit per side, alternating which side goes first, so that both see the same background load. The last round also
evaluates (accuracy / R² on the test rows, inertia, iterations, the logistic objective). Writes
results/sklearn.json and results/modeldsl.json (the same layout as the standalone runs) and the side-by-side table
(results/fit.md, printed by the .NET program's `table` mode). Load averages are logged per algorithm.

    /usr/bin/python3 compare.py [--repeats 5] [--threads 2] [--only regression:ols,digits:lda]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
EXE = os.path.join(HERE, "ModelDsl.Benchmarks.Learners", "bin", "Release", "net10.0", "ModelDsl.Benchmarks.Learners")
WARMUP_FITS, WARMUP_SECONDS, PAUSE = 30, 3.0, 0.25
ORDER = [("regression", a) for a in ("ols", "ridge", "lasso", "elastic_net")] + [
    (d, a) for d in ("classification", "digits") for a in ("logistic", "gaussian_nb", "lda", "kmeans_1", "kmeans_10")]


class Side:
    def __init__(self, name, command, env):
        self.name = name
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=HERE)

    def ask(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        reply = self.process.stdout.readline()
        if not reply:
            sys.exit(f"{self.name} stopped answering (after '{line}')")
        return json.loads(reply)

    def close(self):
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()
        self.process.wait(timeout=60)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--only", default=None)
    p.add_argument("--out", default=os.path.join(HERE, "results"))
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), OPENBLAS_NUM_THREADS=str(args.threads),
               MKL_NUM_THREADS=str(args.threads), DOTNET_PROCESSOR_COUNT=str(args.threads))
    sk = Side("scikit-learn", ["/usr/bin/python3", os.path.join(HERE, "sklearn_fit.py"), "--serve", "--threads", str(args.threads)], env)
    md = Side("ModelDsl", [EXE, "serve"], env)
    sk_info, md_info = sk.ask("info"), md.ask("info")
    wanted = set(args.only.split(",")) if args.only else None
    sk_results, md_results, loads = [], [], []
    for dataset, algorithm in ORDER:
        if wanted is not None and f"{dataset}:{algorithm}" not in wanted:
            continue
        load_before = os.getloadavg()
        request = f"fit {dataset} {algorithm}"
        # Untimed warm-ups, alternating sides: at least one, then more until each side has spent WARMUP_SECONDS or done
        # WARMUP_FITS (.NET's tiered JIT reaches its final code only after a few dozen calls; see RESULTS.md). The first
        # data set request also loads the CSV, so the first fit's time is asked for again to record the cold fit.
        first = {}
        for side in (sk, md):
            side.ask(f"load {dataset}")
            time.sleep(PAUSE)
            first[side.name] = side.ask(request)["seconds"]
        spent = dict(first)
        fits = {sk.name: 1, md.name: 1}
        while True:
            behind = [side for side in (sk, md) if fits[side.name] < WARMUP_FITS and spent[side.name] < WARMUP_SECONDS]
            if not behind:
                break
            for side in behind:
                time.sleep(PAUSE)
                spent[side.name] += side.ask(request)["seconds"]
                fits[side.name] += 1
        times = {"scikit-learn": [], "ModelDsl": []}
        last = {}
        for r in range(args.repeats):
            final = " eval" if r == args.repeats - 1 else ""
            for side in ((sk, md) if r % 2 == 0 else (md, sk)):
                time.sleep(PAUSE)  # let the other process's worker threads stop spinning (2 cores shared)
                reply = side.ask(request + final)
                times[side.name].append(reply["seconds"])
                last[side.name] = reply
        load_after = os.getloadavg()
        loads.append({"dataset": dataset, "algorithm": algorithm, "before": load_before, "after": load_after})
        for name, results in (("scikit-learn", sk_results), ("ModelDsl", md_results)):
            entry = {k: v for k, v in last[name].items() if k != "seconds"}
            entry["times_s"] = times[name]
            entry["median_s"] = statistics.median(times[name])
            entry["first_s"] = first[name]
            entry["warmup_fits"] = fits[name]
            results.append(entry)
        print(f"{dataset:15s} {algorithm:12s} scikit-learn {sk_results[-1]['median_s'] * 1000:9.1f} ms   ModelDsl {md_results[-1]['median_s'] * 1000:9.1f} ms"
              f"   load {load_before[0]:.2f} -> {load_after[0]:.2f}", file=sys.stderr)
    sk.close()
    md.close()

    common = {"repeats": args.repeats, "interleaved": True, "load_averages": loads}
    with open(os.path.join(args.out, "sklearn.json"), "w") as f:
        json.dump(dict(sk_info, **common, results=sk_results), f, indent=1)
    with open(os.path.join(args.out, "modeldsl.json"), "w") as f:
        json.dump(dict(md_info, **common, results=md_results), f, indent=1)
    subprocess.run([EXE, "table", "--sklearn", os.path.join(args.out, "sklearn.json"), "--modeldsl", os.path.join(args.out, "modeldsl.json"),
                    "--markdown", os.path.join(args.out, "fit.md")], check=True)


if __name__ == "__main__":
    main()
