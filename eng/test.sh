#!/usr/bin/env bash
# The whole test suite: native prerequisites, restore and build of everything (samples and benchmarks
# included, warnings as errors), then the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash eng/prerequisites.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build ModelDsl.sln -c Release
bash eng/grammar-test.sh
dotnet test tests/ModelDsl.Runtime.Tests/ModelDsl.Runtime.Tests.csproj -c Release --no-build --logger "console;verbosity=normal" "$@"
dotnet test tests/ModelDsl.Tests/ModelDsl.Tests.csproj -c Release --no-build --logger "console;verbosity=normal" "$@"
dotnet test tests/ModelDsl.Runtime.Torch.Tests/ModelDsl.Runtime.Torch.Tests.csproj -c Release --no-build --logger "console;verbosity=normal" "$@"
