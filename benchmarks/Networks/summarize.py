"""Turns results/runs.jsonl (one JSON line per training run, written by run.sh) into the tables of RESULTS.md."""
import json
import statistics
import sys

runs = [json.loads(line) for line in open(sys.argv[1] if len(sys.argv) > 1 else "results/runs.jsonl") if line.strip()]
sides = ["generated", "handwritten", "pytorch"]


def steady(run):
    # epochs 2..N: epoch 1 of the generated side also holds the runtime's setup (preprocessing fit, tensors)
    return run["EpochSeconds"][1:] or run["EpochSeconds"]


print("| round | side | s per epoch (1, 2, ...) | mean of epochs 2..N | train loss per epoch | live tensors per epoch | working set MB per epoch | test accuracy | setup s | load before / after |")
print("|---:|---|---|---:|---|---|---|---:|---:|---|")
for r in sorted(runs, key=lambda r: (r["Round"], sides.index(r["Side"]))):
    print(f"| {r['Round']} | {r['Side']} | {', '.join(f'{s:.2f}' for s in r['EpochSeconds'])} | {statistics.mean(steady(r)):.2f} | "
          f"{', '.join(f'{l:.4f}' for l in r['TrainLoss'])} | {', '.join(str(t) for t in r.get('LiveTensors', [])) or '—'} | "
          f"{', '.join(str(m) for m in r['WorkingSetMB'])} | {r['TestAccuracy']:.4f} | {r['SetupSeconds']:.2f} | {r['LoadBefore']} / {r['LoadAfter']} |")

print()
mean = {}
for side in sides:
    times = [t for r in runs if r["Side"] == side for t in steady(r)]
    if times:
        mean[side] = statistics.mean(times)
        accuracy = [r["TestAccuracy"] for r in runs if r["Side"] == side]
        print(f"- {side}: {mean[side]:.2f} s per epoch (mean of {len(times)} epochs 2..N; median {statistics.median(times):.2f}), "
              f"test accuracy {min(accuracy):.4f}–{max(accuracy):.4f}")
# the per-round ratios pair runs that ran next to each other, under similar load
for a, b in [("generated", "handwritten"), ("pytorch", "handwritten"), ("pytorch", "generated")]:
    pairs = [(statistics.mean(steady(x)) / statistics.mean(steady(y)))
             for x in runs if x["Side"] == a for y in runs if y["Side"] == b and y["Round"] == x["Round"]]
    if a in mean and b in mean:
        print(f"- {a} / {b}: {mean[a] / mean[b]:.3f} overall; per round {', '.join(f'{p:.3f}' for p in pairs)}")
