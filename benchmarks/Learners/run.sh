#!/usr/bin/env bash
# Reproduces RESULTS.md: builds the .NET project (Release), writes the synthetic data (once), times scikit-learn's and
# ModelDsl's fits interleaved (compare.py) and prints the side-by-side table, checks the ML.NET weight copy, then runs
# the BenchmarkDotNet prediction suites. Output: results/ (JSON, the markdown table, logs) and BenchmarkDotNet.Artifacts/
# (both git-ignored).
#
#   bash benchmarks/Learners/run.sh              # everything
#   bash benchmarks/Learners/run.sh fit          # fit times only (interleaved)
#   bash benchmarks/Learners/run.sh fit-separate # fit times, scikit-learn then ModelDsl in two separate runs
#   bash benchmarks/Learners/run.sh predict      # prediction suites only
#
# Before each timing step it waits (polling every 30 s, up to 20 minutes) until no other benchmark of this repository
# (ModelDsl.Benchmarks-* or FirstDecision processes, or a 'dotnet run' of benchmarks/ModelDsl.Benchmarks) is running, and it logs the load average.
set -euo pipefail
cd "$(dirname "$0")"
what=${1:-all}
threads=${THREADS:-2}
repeats=${REPEATS:-5}
python=/usr/bin/python3
exe=ModelDsl.Benchmarks.Learners/bin/Release/net10.0/ModelDsl.Benchmarks.Learners
mkdir -p results

wait_quiet() {
    # the [.] keeps these patterns from matching a shell whose own command line contains them
    for _ in $(seq 40); do
        if ! pgrep -f 'ModelDsl[.]Benchmarks-' >/dev/null && ! pgrep -f 'First[D]ecision' >/dev/null \
            && ! pgrep -f 'project benchmarks/ModelDsl[.]Benchmarks' >/dev/null; then
            echo "[run.sh] $(date -u +%H:%M:%S) quiet; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a results/load.log >&2
            return 0
        fi
        echo "[run.sh] another benchmark is running; waiting 30 s" >&2
        sleep 30
    done
    echo "[run.sh] still busy after 20 minutes; going on (load average $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a results/load.log >&2
}

dotnet build ModelDsl.Benchmarks.Learners -c Release -v quiet -nologo
export OMP_NUM_THREADS=$threads OPENBLAS_NUM_THREADS=$threads DOTNET_PROCESSOR_COUNT=$threads

if [ "$what" = all ] || [ "$what" = fit ]; then
    $python make_data.py
    wait_quiet
    $python compare.py --threads "$threads" --repeats "$repeats" 2>&1 | tee results/compare.log
fi

if [ "$what" = fit-separate ]; then
    $python make_data.py
    wait_quiet
    $python sklearn_fit.py --threads "$threads" --repeats "$repeats" > results/sklearn.json
    wait_quiet
    $exe fit --repeats "$repeats" --sklearn results/sklearn.json --json results/modeldsl.json --markdown results/fit.md
fi

if [ "$what" = all ] || [ "$what" = predict ]; then
    $exe verify | tee results/verify.txt
    wait_quiet
    $exe --filter '*SinglePrediction*' '*BatchPrediction*' '*PredictionBreakdown*' | tee results/predict.log
fi
