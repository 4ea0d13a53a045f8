#!/usr/bin/env bash
# Checks that every C++ source of pacta is formatted as .clang-format says (clang-format 14, Debian's):
# prints each difference and exits 1 when there is one. Installs clang-format when it is missing.
#   scripts/check-format.sh          check
#   scripts/check-format.sh --fix    reformat the files in place
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh format
mapfile -t files < <(git ls-files 'include/*.hpp' 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' \
  'examples/*.cpp' 'benchmarks/*.cpp' 'benchmarks/*.hpp' 'python/*.cpp')
if [ "${1:-}" = --fix ]; then
  clang-format -i "${files[@]}"
  echo "check-format: ${#files[@]} files formatted"
  exit 0
fi
clang-format --dry-run -Werror "${files[@]}"
echo "check-format: ${#files[@]} files, formatted as .clang-format says"
