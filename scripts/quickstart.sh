#!/usr/bin/env bash
# Quick start: installs what is missing, builds Marmot, and opens the IDE on a copy of
# examples/blinky with the emulated Cortex-M3 board selected (press Run). Without a
# display, runs blinky on the emulated board in the terminal for a few seconds instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  echo "== opening the Marmot IDE on examples/blinky (a copy in ~/Marmot): press Run =="
  exec build/bin/marmot-ide --example blinky --board cortex-m-qemu
fi
echo "== no display: examples/blinky on the emulated cortex-m-qemu board (stops after 6 s) =="
build/bin/marmot run -target=cortex-m-qemu -timeout=6 examples/blinky || status=$?
if [[ ${status:-0} -ne 0 && ${status:-0} -ne 124 ]]; then exit "$status"; fi
