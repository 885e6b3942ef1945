#!/usr/bin/env bash
# Reproduces RESULTS.md (issue 5, section 6): builds the .NET project (Release), writes the synthetic data (once, shared
# with benchmarks/Learners), times scikit-learn's and ModelDsl's 100-tree forest fits interleaved (compare.py), trains
# the prediction benchmark's forests (ModelDsl and ML.NET FastForest; 'verify'), runs the BenchmarkDotNet prediction
# suite and measures the 500-tree, depth-20 forest's generated code and model file ('size').
# Output: results/ (JSON, markdown, logs, models) and BenchmarkDotNet.Artifacts/ (both git-ignored).
#
#   bash benchmarks/Forests/run.sh            # everything (about 25 minutes on a 2-core machine)
#   bash benchmarks/Forests/run.sh fit        # fit times only
#   bash benchmarks/Forests/run.sh predict    # verify + prediction suite
#   bash benchmarks/Forests/run.sh size       # generated code and model file of the 500-tree forest
set -euo pipefail
cd "$(dirname "$0")"
what=${1:-all}
threads=${THREADS:-2}
repeats=${REPEATS:-3}
exe=ModelDsl.Benchmarks.Forests/bin/Release/net10.0/ModelDsl.Benchmarks.Forests
mkdir -p results
load() { echo "[run.sh] $(date -u +%H:%M:%S) $1; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a results/load.log >&2; }

dotnet build ModelDsl.Benchmarks.Forests -c Release -v quiet -nologo
export OMP_NUM_THREADS=$threads OPENBLAS_NUM_THREADS=$threads DOTNET_PROCESSOR_COUNT=$threads
/usr/bin/python3 ../Learners/make_data.py

if [ "$what" = all ] || [ "$what" = fit ]; then
    load "fit comparison starts"
    /usr/bin/python3 compare.py --threads "$threads" --repeats "$repeats" 2>&1 | tee results/compare.log
    load "fit comparison ends"
fi

if [ "$what" = all ] || [ "$what" = predict ]; then
    $exe verify | tee results/verify.txt
    load "prediction suite starts"
    $exe --filter '*SinglePrediction*' | tee results/predict.log
    load "prediction suite ends"
fi

if [ "$what" = all ] || [ "$what" = size ]; then
    $exe size | tee results/size.txt
fi
