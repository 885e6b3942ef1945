#!/usr/bin/env bash
# Tests the TextMate grammar of .mlmodel files (editors/vscode) with vscode-tmgrammar-test:
# unit tests with scope assertions (tests/grammar/*.test.mlmodel) and snapshots of every sample
# (tests/grammar/samples/*.snap; update them with `bash eng/grammar-test.sh -u` and review the diff).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm > /dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        apt-get update -q && apt-get install -y -q nodejs npm
    else
        echo "The grammar tests need Node.js and npm (Debian: apt-get install nodejs npm)." >&2
        exit 1
    fi
fi
extension=editors/vscode
(cd "$extension" && npm ci --no-audit --no-fund --loglevel=error)
grammar="$extension/syntaxes/mlmodel.tmLanguage.json"
bin="$extension/node_modules/.bin"

"$bin/vscode-tmgrammar-test" --config "$extension/package.json" -g "$grammar" "tests/grammar/*.test.mlmodel"

# Snapshots: the samples are copied (as Sample.File.mlmodel) beside their committed .snap files.
mkdir -p tests/grammar/samples
rm -f tests/grammar/samples/*.mlmodel
for file in dsl-samples/*/*.mlmodel; do
    sample=$(basename "$(dirname "$file")")
    cp "$file" "tests/grammar/samples/$sample.$(basename "$file")"
done
"$bin/vscode-tmgrammar-snap" --config "$extension/package.json" -g "$grammar" "$@" "tests/grammar/samples/*.mlmodel"
