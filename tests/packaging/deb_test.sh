#!/bin/bash
# packaging/deb: builds the .deb with CPack into a temporary folder (the build folder's own
# packages/ is left alone), checks its contents and control fields with dpkg-deb, and runs
# lintian: any error (E:) fails the test, warnings are printed.
# Usage: deb_test.sh BUILD_DIR
set -u
build=$(cd "$1" && pwd)
out=$(mktemp -d /tmp/marmot-deb-test.XXXXXX)
trap 'rm -rf "$out"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

for program in marmot marmot-ide; do
  if [ ! -x "$build/bin/$program" ]; then
    echo "NOTE: $program is not built yet ($build/bin/$program missing): the package leaves it out."
    [ "$program" = marmot ] && fail "the marmot compiler must be built before packaging"
  fi
done

echo "== cpack -G DEB -B $out"
if ! (cd "$build" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out") >"$out/cpack.log" 2>&1; then
  cat "$out/cpack.log"
  fail "cpack failed"
  exit 1
fi
deb=$(ls "$out"/*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { cat "$out/cpack.log"; fail "no .deb produced"; exit 1; }
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$out/contents.txt"
required=(
  /usr/bin/marmot
  /usr/lib/marmot/marmot-frontend
  /usr/share/marmot/targets/
  /usr/share/marmot/goroot-overlay/
  /usr/share/marmot/examples/blinky/main.go
  /usr/share/applications/marmot-ide.desktop
  /usr/share/icons/hicolor/scalable/apps/marmot-ide.svg
  /usr/share/metainfo/io.github.marmot.ide.metainfo.xml
  /lib/udev/rules.d/60-marmot.rules
  /usr/share/doc/marmot-ide/copyright
  /usr/share/doc/marmot-ide/changelog.gz
  /usr/share/man/man1/marmot.1.gz
)
[ -x "$build/bin/marmot-ide" ] && required+=(/usr/bin/marmot-ide /usr/share/man/man1/marmot-ide.1.gz)
for variant in "$build"/lib/marmot/runtime/*.bc; do
  required+=("/usr/lib/marmot/runtime/$(basename "$variant")")
  name=$(basename "$variant" .bc)
  required+=("/usr/lib/marmot/builtins/$name/libgcc.a")
done
for target in "$build"/share/marmot/targets/*.json; do
  required+=("/usr/share/marmot/targets/$(basename "$target")")
done
for path in "${required[@]}"; do
  grep -qxF "$path" "$out/contents.txt" || fail "missing from the package: $path"
done
# Real files, not links back into a source tree.
if dpkg-deb -c "$deb" | grep -E '^l' | grep -q '/usr/share/marmot/'; then
  fail "the package holds symbolic links under /usr/share/marmot"
fi

# The installed layout works: the extracted compiler lists its boards and builds an example.
dpkg-deb -x "$deb" "$out/root"
if ! "$out/root/usr/bin/marmot" targets >"$out/targets.txt" 2>&1 || ! grep -q cortex-m-qemu "$out/targets.txt"; then
  cat "$out/targets.txt"; fail "the packaged marmot does not list its boards"
fi
cp -r "$out/root/usr/share/marmot/examples/blinky" "$out/blinky"
if ! "$out/root/usr/bin/marmot" build -target=cortex-m-qemu -o "$out/blinky.elf" "$out/blinky" >"$out/build.txt" 2>&1; then
  cat "$out/build.txt"; fail "the packaged marmot cannot build examples/blinky"
fi

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
deps=(qemu-system-arm qemu-system-misc gdb-multiarch golang-1.19-src gopls libllvm15)
[ -x "$build/bin/marmot-ide" ] && deps+=(libgit2-1.5 libqscintilla2-qt6-15 libqt6serialport6 qt6-qpa-plugins)
for dep in "${deps[@]}"; do
  echo "$depends" | grep -qw -- "$dep" || fail "Depends lacks $dep"
done

echo "== lintian"
lintian --tag-display-limit 0 "$deb" >"$out/lintian.txt" 2>&1
errors=$(grep -c '^E:' "$out/lintian.txt")
warnings=$(grep -c '^W:' "$out/lintian.txt")
cat "$out/lintian.txt"
echo "lintian: $errors errors, $warnings warnings"
[ "$errors" -eq 0 ] || fail "lintian reported $errors errors"

if [ "$failures" -eq 0 ]; then
  echo "1 passed, 0 failed"
  exit 0
fi
echo "0 passed, 1 failed ($failures problems)"
exit 1
