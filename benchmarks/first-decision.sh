#!/usr/bin/env bash
# Time to first decision in a fresh process, per engine and rule-set size.
# Builds benchmarks/FirstDecision in Release, then runs each engine RUNS times (default 7) as a new process and
# prints the median of (a) what the process measures itself, Stopwatch from the first line of Main to the first
# decision (rule loading and compilation included for the engines), and (b) the whole process as seen from
# outside (runtime start-up and exit included).
# Usage: benchmarks/first-decision.sh [RUNS] [SIZES...]      e.g. benchmarks/first-decision.sh 7 10 100 1000
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
shift || true
sizes=("${@:-10}")

dotnet build -c Release benchmarks/FirstDecision/FirstDecision.csproj -nologo -v:q >/dev/null
exe=benchmarks/FirstDecision/bin/Release/net10.0/FirstDecision

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

printf '%-12s %6s %22s %22s   %s\n' engine rules "Main→decision (ms)" "process wall (ms)" "decision"
for size in "${sizes[@]}"; do
  for engine in generated handwritten rulesengine nrules; do
    inner=(); outer=(); decision=""
    for ((i = 0; i < runs; i++)); do
      start=$(date +%s%N)
      line=$("$exe" "$engine" "$size")
      end=$(date +%s%N)
      inner+=("$(echo "$line" | awk '{ print $3 }')")
      outer+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e6 }')")
      decision=$(echo "$line" | awk '{ print $4 }')
    done
    printf '%-12s %6s %22s %22s   %s\n' "$engine" "$size" \
      "$(printf '%s\n' "${inner[@]}" | median)" "$(printf '%s\n' "${outer[@]}" | median)" "$decision"
  done
done
echo "(median of $runs fresh processes each; $(nproc) cores; .NET $(dotnet --list-runtimes | awk '/NETCore.App/ { v = $2 } END { print v }'))"
