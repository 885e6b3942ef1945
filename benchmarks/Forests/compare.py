#!/usr/bin/python3
"""Random-forest fit times, scikit-learn against ModelDsl, with the two sides interleaved (issue 5, section 6).

Starts `sklearn_forest.py` and the .NET program's `serve` mode side by side; both load
benchmarks/Learners/data/classification.csv once (80,000 training / 20,000 test rows, 50 features, 3 classes).
Then:
  1. --warmups untimed warm-up fits of a 10-tree forest per side (JIT tiering on the .NET side, imports and
     thread pools on the Python side), alternating sides;
  2. --repeats rounds of one timed 100-tree fit per side, alternating which side goes first, with a pause before
     each request so the other process's worker threads are idle. The last round also evaluates: test accuracy,
     tree depths and node counts.
Writes results/fit.json and results/fit.md; logs the load average before and after every fit.

    /usr/bin/python3 compare.py [--repeats 3] [--trees 100] [--threads 2]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
EXE = os.path.join(HERE, "ModelDsl.Benchmarks.Forests", "bin", "Release", "net10.0", "ModelDsl.Benchmarks.Forests")
PAUSE = 1.0


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


def load():
    return tuple(round(v, 2) for v in os.getloadavg())


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--warmups", type=int, default=2)
    p.add_argument("--trees", type=int, default=100)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--out", default=os.path.join(HERE, "results"))
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), OPENBLAS_NUM_THREADS=str(args.threads),
               MKL_NUM_THREADS=str(args.threads), DOTNET_PROCESSOR_COUNT=str(args.threads))
    sk = Side("scikit-learn", ["/usr/bin/python3", os.path.join(HERE, "sklearn_forest.py"), "--threads", str(args.threads)], env)
    md = Side("ModelDsl", [EXE, "serve"], env)
    info = {s.name: s.ask("info") for s in (sk, md)}
    for s in (sk, md):
        print(f"{s.name}: {json.dumps(s.ask('load'))}", file=sys.stderr)
    log = []
    warmups = {sk.name: [], md.name: []}
    for w in range(args.warmups):
        for s in ((sk, md) if w % 2 == 0 else (md, sk)):
            time.sleep(PAUSE)
            before = load()
            seconds = s.ask("fit 10")["seconds"]
            warmups[s.name].append(seconds)
            log.append({"step": f"warm-up {w + 1}", "side": s.name, "trees": 10, "seconds": seconds, "load_before": before, "load_after": load()})
            print(f"warm-up {w + 1} {s.name:12s} 10 trees {seconds:8.2f} s  load {before[0]:.2f} -> {load()[0]:.2f}", file=sys.stderr)
    times = {sk.name: [], md.name: []}
    last = {}
    for r in range(args.repeats):
        request = f"fit {args.trees}" + (" eval" if r == args.repeats - 1 else "")
        for s in ((sk, md) if r % 2 == 0 else (md, sk)):
            time.sleep(PAUSE)
            before = load()
            reply = s.ask(request)
            after = load()
            times[s.name].append(reply["seconds"])
            last[s.name] = reply
            log.append({"step": f"round {r + 1}", "side": s.name, "trees": args.trees, "seconds": reply["seconds"], "load_before": before, "load_after": after})
            print(f"round {r + 1} {s.name:12s} {args.trees} trees {reply['seconds']:8.2f} s  load {before[0]:.2f} -> {after[0]:.2f}", file=sys.stderr)
    sk.close()
    md.close()

    result = {"info": info, "trees": args.trees, "threads": args.threads, "repeats": args.repeats, "warmups": warmups,
              "times_s": times, "median_s": {k: statistics.median(v) for k, v in times.items()},
              "evaluation": {k: {kk: vv for kk, vv in v.items() if kk != "seconds"} for k, v in last.items()}, "log": log}
    with open(os.path.join(args.out, "fit.json"), "w") as f:
        json.dump(result, f, indent=1)

    sk_m, md_m = result["median_s"][sk.name], result["median_s"][md.name]
    sk_e, md_e = result["evaluation"][sk.name], result["evaluation"][md.name]
    ratio = md_m / sk_m
    gap = (md_e["accuracy"] - sk_e["accuracy"]) * 100
    lines = [
        f"| | scikit-learn 1.2.1 | ModelDsl |",
        f"|---|--:|--:|",
        f"| fit times, {args.trees} trees (s, in order) | {', '.join(f'{t:.2f}' for t in times[sk.name])} | {', '.join(f'{t:.2f}' for t in times[md.name])} |",
        f"| **median fit (s)** | **{sk_m:.2f}** | **{md_m:.2f}** |",
        f"| fastest fit (s) | {min(times[sk.name]):.2f} | {min(times[md.name]):.2f} |",
        f"| test accuracy (20,000 rows) | {sk_e['accuracy']:.4f} | {md_e['accuracy']:.4f} |",
        f"| deepest tree | {sk_e['max_depth']} | {md_e['max_depth']} |",
        f"| mean depth per tree | {sk_e['mean_depth']:.1f} | {md_e['mean_depth']:.1f} |",
        f"| nodes, all trees | {sk_e['nodes']:,} | {md_e['nodes']:,} |",
        f"| nodes per tree (mean) | {sk_e['mean_nodes']:.0f} | {md_e['mean_nodes']:.0f} |",
        f"| leaves per tree (mean) | {sk_e['mean_leaves']:.0f} | {md_e['mean_leaves']:.0f} |",
        "",
        f"ratio of medians (ModelDsl / scikit-learn): **{ratio:.2f}×** (fastest runs: {min(times[md.name]) / min(times[sk.name]):.2f}×); "
        f"accuracy difference {gap:+.2f} percentage points.",
    ]
    table = "\n".join(lines) + "\n"
    with open(os.path.join(args.out, "fit.md"), "w") as f:
        f.write(table)
    print(table)


if __name__ == "__main__":
    main()
