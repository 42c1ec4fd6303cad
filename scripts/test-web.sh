#!/usr/bin/env bash
# Tests the web build in a real browser: builds it (scripts/build-web.sh),
# serves target/web/ on 127.0.0.1, and loads it in headless Chromium with
# software WebGL (scripts/web_check.py): the overview and two share links
# must paint (non-blank screenshots that differ), give the right page title
# and address; on the Charts tab "Export all charts…" as an Excel workbook must
# download (a zip with a sheet per chart) and "Copy link" must put the page's
# address on the clipboard; no error may reach the console (a Rust panic is
# one). Prints the first-frame times, where they went (download, wasm start,
# app built, frames drawn), and the compressed sizes of what a browser downloads.
# Installs Debian's chromium and brotli when missing. SKIP_BUILD=1 tests the existing build.
# Screenshots: SHOTS=dir (default target/web-shots).
set -euo pipefail
cd "$(dirname "$0")/.."

site=${WEB_OUT:-target/web}
shots=${SHOTS:-target/web-shots}

[ -n "${SKIP_BUILD:-}" ] || bash scripts/build-web.sh

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v brotli >/dev/null || missing+=(brotli)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "== what a browser downloads (index.html, .js, .wasm, icon)"
total_raw=0 total_gz=0 total_br=0
for file in "$site"/index.html "$site"/*.js "$site"/*.wasm "$site"/icon.svg; do
    raw=$(stat -c %s "$file")
    gz=$(gzip -9 -c "$file" | wc -c)
    br=$(brotli -c -q 11 "$file" | wc -c)
    total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
    printf '   %-28s %9d bytes  %9d gzip  %9d brotli\n' "$(basename "$file")" "$raw" "$gz" "$br"
done
printf '   %-28s %9d bytes  %9d gzip  %9d brotli\n' total "$total_raw" "$total_gz" "$total_br"
if [ "$total_gz" -gt $((6 * 1024 * 1024)) ]; then
    echo "FAIL: over 6 MiB gzip-compressed"
    exit 1
fi

# A free port on the loopback interface, and a static server on it.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$site" "$port" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break
    sleep 0.1
done

echo "== headless Chromium: http://127.0.0.1:$port/"
python3 scripts/web_check.py "http://127.0.0.1:$port/" "$shots"
