#!/usr/bin/env bash
# Installs the Debian 12 packages Marmot needs to build, test and run.
# Only what is missing is installed; safe to run again. Needs root (or sudo).
set -euo pipefail

packages=(
  cmake ninja-build ccache g++ pkg-config libgtest-dev
  clang-15 llvm-15-dev lld-15 liblld-15-dev
  golang-1.19-go golang-golang-x-tools-dev golang-1.19-src
  qemu-system-arm qemu-system-misc gdb-multiarch
  gcc-arm-none-eabi gcc-riscv64-unknown-elf
  # the IDE
  qt6-base-dev qt6-base-dev-tools libqscintilla2-qt6-dev qt6-serialport-dev qt6-svg-dev
  libgl-dev libgit2-dev gopls libusb-1.0-0-dev
  # checks: GUI tests on a virtual display, screenshots, package lint
  xvfb xauth imagemagick lintian
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
