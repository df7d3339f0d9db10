#!/usr/bin/env bash
# Builds and runs the whole test suite (unit, golden programs on every emulated board,
# diagnostics, Go's own test suite on two boards). Installs missing packages first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)" --timeout 1800 "$@"
