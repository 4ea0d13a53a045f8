#!/usr/bin/env bash
# Installs what is missing, builds the pacta CLI and runs it on the bundled OPSC registry.
#   scripts/run.sh                      pacta eif, then pacta parties (today)
#   scripts/run.sh parties --on 2002-06-01 --format csv    any pacta arguments
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=${PACTA_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target pacta_cli >/dev/null
if [ $# -gt 0 ]; then
  exec "$build/pacta" "$@"
fi
"$build/pacta" eif
echo
exec "$build/pacta" parties
