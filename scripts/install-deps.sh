#!/usr/bin/env bash
# Installs the Debian packages pacta needs to build and test, when they are missing (libxml2-dev for
# the UN Treaty Collection importer of the command-line tool; python3 and
# python3-jsonschema check the bundled data against the JSON Schemas; python3-dev, pybind11-dev and
# python3-pytest build and test the Python module).
#   scripts/install-deps.sh            the build and test tools (g++, cmake, ninja, pkg-config, date, json, Catch2, CLI11)
#   scripts/install-deps.sh clang      the same, plus clang (for scripts/test.sh --compiler clang)
#   scripts/install-deps.sh fuzz       the same, plus clang and its runtimes (libFuzzer, sanitizers)
#   scripts/install-deps.sh format     the same, plus clang-format (scripts/check-format.sh)
#   scripts/install-deps.sh browser    the same, plus Debian's chromium and, from the npm registry, axe-core
#                                      into .cache/node (the test of pacta site in a real browser, and its
#                                      accessibility check)
# On other systems install the same things by hand (see README.md, "Other systems").
set -euo pipefail

packages=(g++ cmake ninja-build pkgconf libhowardhinnant-date-dev nlohmann-json3-dev catch2 libcli11-dev libxml2-dev python3 python3-jsonschema
  python3-dev pybind11-dev python3-pybind11 python3-pytest)
for extra in "$@"; do
  case "$extra" in
    clang) packages+=(clang) ;;
    fuzz) packages+=(clang libclang-rt-14-dev) ;;
    format) packages+=(clang-format) ;;
    browser)
      packages+=(chromium)
      command -v npm >/dev/null 2>&1 || packages+=(npm)
      axe=1
      ;;
    *) echo "install-deps: unknown extra '$extra' (known: clang, fuzz, format, browser)" >&2; exit 2 ;;
  esac
done

# axe-core (the accessibility check of the site test), from the npm registry, beside the sources.
install_axe() {
  [ "${axe:-0}" = 1 ] || return 0
  local root
  root="$(cd "$(dirname "$0")/.." && pwd)"
  [ -f "$root/.cache/node/node_modules/axe-core/axe.min.js" ] && return 0
  echo "install-deps: installing axe-core@4 into $root/.cache/node (npm)"
  npm install --no-save --no-audit --no-fund --silent --prefix "$root/.cache/node" axe-core@4 >/dev/null
}
trap install_axe EXIT

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: missing ${missing[*]} and there is no apt-get here; install them by hand (README.md, 'Other systems')" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "install-deps: missing ${missing[*]}; run as root or install them: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
