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
# by what they test: the generator (parsing, binding, diagnostics, emitted code, samples end to end), the TorchSharp
# runtime, the pictures, then the slow integration through real tools (MSBuild, packages, templates, NativeAOT, the CLI)
for project in ModelDsl.Generator.Tests ModelDsl.Runtime.Torch.Tests ModelDsl.Plots.Tests ModelDsl.Integration.Tests; do
    dotnet test "tests/$project/$project.csproj" -c Release --no-build --logger "console;verbosity=normal" "$@"
done
