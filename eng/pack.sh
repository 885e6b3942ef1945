#!/usr/bin/env bash
# Packs ModelDsl (generator + build files), ModelDsl.Runtime, ModelDsl.Runtime.Torch, ModelDsl.Plots, ModelDsl.Templates
# and the modeldsl tool into artifacts/packages. The tool carries libtorch (for networks), so it is packed per platform:
# ModelDsl.Cli (a pointer) plus ModelDsl.Cli.linux-x64, .win-x64 and .osx-arm64 (70-140 MB each; see docs/cli.md).
# The version comes from Directory.Build.props; pass -p:Version=1.2.3 to override.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in generator/ModelDsl.Package runtime/ModelDsl.Runtime runtime/ModelDsl.Runtime.Torch runtime/ModelDsl.Plots templates tools/ModelDsl.Cli; do
    dotnet pack "$project" -c Release -o artifacts/packages "$@"
done
ls -l artifacts/packages
