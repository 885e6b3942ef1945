#!/usr/bin/env bash
# The tour: builds and runs every sample in dsl-samples/ on its bundled data (CPU). Sets up what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash eng/prerequisites.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

for project in dsl-samples/*/*.csproj; do
    name=$(basename "$(dirname "$project")")
    printf '\n==================== %s ====================\n\n' "$name"
    dotnet run -c Release --project "$project"
done
