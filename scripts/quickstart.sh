#!/usr/bin/env bash
# Quick start: installs what is missing, builds Marmot, and runs examples/blinky on the
# emulated Cortex-M3 board for a few seconds, printing what the firmware prints.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
echo
echo "== examples/blinky on the emulated cortex-m-qemu board (stops after 6 s) =="
build/bin/marmot run -target=cortex-m-qemu -timeout=6 examples/blinky || status=$?
if [[ ${status:-0} -ne 0 && ${status:-0} -ne 124 ]]; then exit "$status"; fi
echo "== done: try build/bin/marmot targets, or marmot run -target=riscv-qemu examples/blinky =="
