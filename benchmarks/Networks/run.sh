#!/usr/bin/env bash
# Reproduces RESULTS.md: builds ModelDsl.Benchmarks.Networks (Release), writes the batch order of every epoch
# (results/order.bin; an order file with more epochs serves fewer), then trains the Fashion-MNIST MLP 784-512-10 ROUNDS times on each side — the generated model
# (FashionMlp.Train), the hand-written TorchSharp loop, PyTorch (pytorch_fashion.py) — interleaved, the order of the
# three rotating from round to round so background load hits all sides alike. Each run is a fresh process and appends
# one JSON line to results/runs.jsonl; summarize.py prints the tables of RESULTS.md from it. results/ is git-ignored.
#
#   bash benchmarks/Networks/run.sh                  # EPOCHS=3 ROUNDS=2 THREADS=2, into results/runs.jsonl
#   EPOCHS=5 ROUNDS=3 bash benchmarks/Networks/run.sh
#   FIRST_ROUND=3 ROUNDS=4 bash benchmarks/Networks/run.sh            # rounds 3 and 4, appended
#   THREADS=1 OUT=results/runs-1thread.jsonl bash benchmarks/Networks/run.sh
#   NO_BUILD=1 bash benchmarks/Networks/run.sh                       # the binary as built
#
# Needs the Debian packages dataset-fashion-mnist (idx files in /usr/share/datasets/fashion-mnist, or set
# FASHION_MNIST) and python3-torch (PyTorch 1.13, CPU) for /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")"
epochs=${EPOCHS:-3}
rounds=${ROUNDS:-2}
first=${FIRST_ROUND:-1}
out=${OUT:-results/runs.jsonl}
export THREADS=${THREADS:-2}
# One thread count everywhere: TorchSharp and PyTorch also get torch.set_num_threads(THREADS) from the programs.
export OMP_NUM_THREADS=$THREADS MKL_NUM_THREADS=$THREADS OPENBLAS_NUM_THREADS=$THREADS
python=/usr/bin/python3
exe=ModelDsl.Benchmarks.Networks/bin/Release/net10.0/ModelDsl.Benchmarks.Networks
mkdir -p results
[ "$first" -gt 1 ] || : > "$out"

load() { cut -d' ' -f1-3 /proc/loadavg; }

# NO_BUILD=1: use the binary as it is (e.g. when build servers must not start during the measurement)
[ -n "${NO_BUILD:-}" ] || dotnet build ModelDsl.Benchmarks.Networks -c Release -v quiet -nologo
$exe order "$epochs" results/order.bin

sides=(generated handwritten pytorch)
for round in $(seq "$first" "$rounds"); do
    for k in 0 1 2; do
        side=${sides[$(( (k + round - 1) % 3 ))]}
        before=$(load)
        echo "[run.sh] $(date -u +%H:%M:%S) round $round: $side (load average $before)" >&2
        if [ "$side" = pytorch ]; then
            line=$($python pytorch_fashion.py --epochs "$epochs" --order results/order.bin --threads "$THREADS")
        else
            line=$($exe "$side" "$epochs" results/order.bin)
        fi
        # the load averages before and after the run go into its line
        echo "${line%\}}, \"Round\": $round, \"LoadBefore\": \"$before\", \"LoadAfter\": \"$(load)\"}" | tee -a "$out"
    done
done
$python summarize.py results/runs*.jsonl | tee results/summary.md
