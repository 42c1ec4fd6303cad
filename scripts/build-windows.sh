#!/usr/bin/env bash
# Cross-build the Windows app on Debian and package it two ways:
#   target/windows/hk-ai-dashboard-VERSION-windows-x64.zip     portable: unzip, run
#   target/windows/hk-ai-dashboard-VERSION-windows-x64-setup.exe  NSIS installer
# Installs what it needs first: the mingw-w64 linker and windres, NSIS, zip and
# python3 (apt), and the Rust target (rustup). Run as root or with sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-pc-windows-gnu
out=target/windows
started=$SECONDS

# --- what the build needs ---------------------------------------------------
missing=()
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
command -v x86_64-w64-mingw32-windres >/dev/null || missing+=(binutils-mingw-w64-x86-64)
command -v makensis >/dev/null || missing+=(nsis)
command -v zip >/dev/null || missing+=(zip)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! rustup target list --installed | grep -qx "$target"; then
    echo "== rustup target add $target"
    rustup target add "$target"
fi

# --- the .exe ---------------------------------------------------------------
echo "== cargo build --release --target $target"
build_started=$SECONDS
cargo build --release --locked --target "$target" --bin hk-ai-dashboard
echo "   built in $((SECONDS - build_started)) s"
exe=target/$target/release/hk-ai-dashboard.exe
# Its console twin hk-ai-dashboard.com (packaging/windows/console: why).
cargo build --release --locked --target "$target" \
    --manifest-path packaging/windows/console/Cargo.toml --target-dir "$out/console-build"
console=$out/console-build/$target/release/hk-ai-dashboard-console.exe

# Only system DLLs: the mingw runtime (libgcc, winpthread) must be linked in.
for program in "$exe" "$console"; do
    imports=$(x86_64-w64-mingw32-objdump -p "$program" | sed -n 's/^\s*DLL Name: //p' | tr 'A-Z' 'a-z' | sort -u)
    if grep -E '^(lib|.*mingw)' <<<"$imports"; then
        echo "error: $program needs the mingw DLLs above, which Windows does not have" >&2
        exit 1
    fi
done

# --- the staged folder (the zip's content and the installer's files) -----------
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
name=hk-ai-dashboard-$version-windows-x64
stage=$out/stage/$name
rm -rf "$out/stage"
mkdir -p "$stage"
# Debug symbols are not shipped: a third of the file.
x86_64-w64-mingw32-strip -o "$stage/hk-ai-dashboard.exe" "$exe"
cp "$console" "$stage/hk-ai-dashboard.com"
cp README.md "$stage/README.txt"
cp LICENSE-MIT "$stage/LICENSE-MIT.txt"
cp LICENSE-APACHE "$stage/LICENSE-APACHE.txt"
cp assets/fonts/OFL.txt "$stage/LICENSE-FONT-OFL.txt"
python3 scripts/third-party-licences.py "$target" "$stage/THIRD-PARTY-LICENSES.txt"

# The test-only ProcessPrng stub (scripts/test-windows.sh) must never ship.
if find "$stage" -iname 'bcryptprimitives*' | grep -q .; then
    echo "error: the Wine test stub is in $stage" >&2
    exit 1
fi

# Same inputs, same archive: fixed timestamps, sorted names, no extra fields.
epoch=$(git log -1 --format=%ct 2>/dev/null || echo 315532800)
find "$stage" -exec touch -d "@$epoch" {} +

# --- portable zip -----------------------------------------------------------------
zipfile=$out/$name.zip
rm -f "$zipfile"
(cd "$out/stage" && find "$name" -print | LC_ALL=C sort | zip -q -X -9 "../$name.zip" -@)

# --- installer ----------------------------------------------------------------------
setup=$out/$name-setup.exe
makensis -V2 -INPUTCHARSET UTF8 \
    -DVERSION="$version" -DDIST="$PWD/$stage" -DOUTFILE="$PWD/$setup" \
    -DICON="$PWD/assets/icon/hk-ai-dashboard.ico" \
    packaging/windows/installer.nsi

mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
echo "== done in $((SECONDS - started)) s"
echo "   $stage/hk-ai-dashboard.exe  $(mb "$stage/hk-ai-dashboard.exe")"
echo "   $stage/hk-ai-dashboard.com  $(mb "$stage/hk-ai-dashboard.com")"
echo "   $zipfile  $(mb "$zipfile")"
echo "   $setup  $(mb "$setup")"
