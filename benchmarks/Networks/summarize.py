"""Turns the JSON lines run.sh writes (one per training run) into the tables of RESULTS.md.

    /usr/bin/python3 summarize.py results/runs.jsonl [more.jsonl ...]
"""
import json
import statistics
import sys

runs = [json.loads(line) for path in (sys.argv[1:] or ["results/runs.jsonl"]) for line in open(path) if line.strip()]
sides = ["generated", "handwritten", "pytorch", "generated-ab", "handwritten-ab"]


def steady(run, key="EpochSeconds"):
    # epochs 2..N: epoch 1 of the generated side also holds the runtime's setup (preprocessing fit, tensors)
    values = run.get(key) or []
    return values[1:] or values


def fmt(values, f="{:.1f}"):
    return ", ".join(f.format(v) for v in values) if values else "—"


print("| threads | round | side | wall s per epoch | CPU s per epoch | train loss per epoch | live tensors | working set MB | peak MB | test accuracy | setup s | load before / after |")
print("|---:|---:|---|---|---|---|---|---|---:|---:|---:|---|")
for r in sorted(runs, key=lambda r: (r["Threads"], r["Round"], sides.index(r["Side"]))):
    print(f"| {r['Threads']} | {r['Round']} | {r['Side']} | {fmt(r['EpochSeconds'])} | {fmt(r.get('EpochCpuSeconds'))} | "
          f"{fmt(r['TrainLoss'], '{:.4f}')} | {fmt(r.get('LiveTensors'), '{}')} | {fmt(r['WorkingSetMB'], '{}')} | {r.get('PeakWorkingSetMB', '—')} | "
          f"{r['TestAccuracy']:.4f} | {r['SetupSeconds']:.1f} | {r['LoadBefore']} / {r['LoadAfter']} |")

for threads in sorted({r["Threads"] for r in runs}):
    group = [r for r in runs if r["Threads"] == threads]
    print(f"\n{threads} thread(s), epochs 2..N:")
    for key, label in [("EpochSeconds", "wall"), ("EpochCpuSeconds", "CPU")]:
        mean = {}
        for side in sides:
            values = [t for r in group if r["Side"] == side for t in steady(r, key)]
            if values:
                mean[side] = statistics.mean(values)
                print(f"- {label} {side}: mean {mean[side]:.2f} s, median {statistics.median(values):.2f} s over {len(values)} epochs")
        for a, b in [("generated", "handwritten"), ("pytorch", "handwritten"), ("pytorch", "generated"), ("generated-ab", "handwritten-ab")]:
            if a not in mean or b not in mean:
                continue
            # per round: runs that ran next to each other, under similar load
            pairs = [statistics.mean(steady(x, key)) / statistics.mean(steady(y, key))
                     for x in group if x["Side"] == a and steady(x, key)
                     for y in group if y["Side"] == b and y["Round"] == x["Round"] and steady(y, key)]
            print(f"- {label} {a} / {b}: {mean[a] / mean[b]:.3f} (means); per round {fmt(pairs, '{:.3f}')}")
