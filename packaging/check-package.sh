#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The ctest `package-deb`: makes the .deb from a built tree and checks what a user would get.
#
#   packaging/check-package.sh <build dir> <source dir> <version>     (CPACK: the cpack to use)
#
# - `cpack -G DEB` into a temporary folder (the build tree is left as it was);
# - its contents (`dpkg-deb -c`): both programs, the desktop entry, the AppStream metainfo,
#   the icon in every size, the licence; nothing of the build or the tests, no build path;
# - its dependencies were computed (dpkg-shlibdeps) and name the plugins no linker sees;
# - the desktop entry and the metainfo validate (desktop-file-validate, appstreamcli);
# - extracted without root (`dpkg-deb -x`), the programs start: parcours renders its views
#   offscreen once, parcours-cli answers --help and speaks Dutch (its embedded translation).
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
version=$3
id=be.parcours.Parcours
work=$(mktemp -d "${TMPDIR:-/tmp}/parcours-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

"${CPACK:-cpack}" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || {
  cat "$work/cpack.log" >&2
  echo "FAIL: cpack -G DEB" >&2
  exit 1
}
debs=("$work"/out/parcours_"$version"_*.deb)
[ -f "${debs[0]}" ] || { cat "$work/cpack.log" >&2; echo "FAIL: no parcours_${version}_*.deb" >&2; exit 1; }
deb=${debs[0]}
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
for f in /usr/bin/parcours /usr/bin/parcours-cli \
         /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/$id.svg /usr/share/doc/parcours/copyright; do
  grep -qx -- "$f" "$work/contents" || fail "$f is not in the package"
done
for size in 16 22 24 32 48 64 128 256; do
  grep -qx -- "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" "$work/contents" ||
    fail "the ${size}x${size} icon is not in the package"
done
grep -E -- "_tests|rendericon|/include/|\.a$|CMakeFiles|$build" "$work/contents" && fail "build or test files in the package"
grep -v '^/usr/' "$work/contents" | grep -vx '/' && fail "files outside /usr"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for d in libqt6widgets6 libqt6sql6 libsodium23 libqt6sql6-sqlite qt6-qpa-plugins; do
  grep -q -- "$d" <<<"$depends" || fail "Depends lacks $d"
done

dpkg-deb -x "$deb" "$work/root"
root=$work/root
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >"$work/appstream.log" 2>&1 ||
  { cat "$work/appstream.log" >&2; fail "appstreamcli validate"; }
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$id.metainfo.xml" ||
  fail "the metainfo has no <release> for version $version"
cmp -s "$source/packaging/linux/$id.desktop" "$root/usr/share/applications/$id.desktop" ||
  fail "the packaged desktop entry is not packaging/linux/$id.desktop"
cmp -s "$source/packaging/linux/$id.metainfo.xml" "$root/usr/share/metainfo/$id.metainfo.xml" ||
  fail "the packaged metainfo is not packaging/linux/$id.metainfo.xml"
grep -q "^Icon=$id$" "$root/usr/share/applications/$id.desktop" || fail "the desktop entry names another icon"
for size in 16 48 256; do
  file "$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" | grep -q "PNG image data, $size x $size" ||
    fail "the ${size}x${size} icon is not a ${size} x ${size} PNG"
done
for program in parcours parcours-cli; do
  if readelf -d "$root/usr/bin/$program" | grep -E 'RPATH|RUNPATH'; then fail "$program carries an RPATH"; fi
  grep -qF -- "$build" "$root/usr/bin/$program" && fail "$program contains the build path $build"
done

# The extracted programs, offscreen. A sanitized (CI) build reports Qt's caches as leaks at
# exit; the tests' suppression file covers the test binaries, not this run.
export ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME"
"$root/usr/bin/parcours" --screenshot "$work/shots" >"$work/gui.log" 2>&1 || { cat "$work/gui.log" >&2; fail "parcours --screenshot"; }
shots=$(find "$work/shots" -name '*.png' -size +1k 2>/dev/null | wc -l)
[ "$shots" -gt 0 ] || fail "parcours --screenshot wrote no PNG"
echo "parcours --screenshot: $shots views"
"$root/usr/bin/parcours-cli" --help >"$work/cli.log" 2>&1 || { cat "$work/cli.log" >&2; fail "parcours-cli --help"; }
grep -q "parcours-cli" "$work/cli.log" || fail "parcours-cli --help says nothing of itself"
if "$root/usr/bin/parcours-cli" --lang nl --db "$work/none.sqlite" check >"$work/nl.log" 2>&1; then
  fail "parcours-cli check on a missing database succeeded"
fi
grep -q "bestaat niet" "$work/nl.log" || { cat "$work/nl.log" >&2; fail "parcours-cli --lang nl does not speak Dutch"; }

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "package-deb: all checks passed"
