#!/usr/bin/env bash
# Render assets/icon/hk-ai-dashboard.svg to the hicolor PNG sizes.
# The PNGs are committed, so building the app never needs this tool.
set -euo pipefail
cd "$(dirname "$0")/.."

svg=assets/icon/hk-ai-dashboard.svg
out=assets/icon/hicolor
sizes=(16 24 32 48 64 128 256 512)

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "error: rsvg-convert not found; install it with: sudo apt-get install librsvg2-bin" >&2
    exit 1
fi

for n in "${sizes[@]}"; do
    dir="$out/${n}x${n}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$n" --height "$n" --format png "$svg" --output "$dir/hk.ai.dashboard.png"
    # Optional lossless shrink; skipped silently when optipng is absent.
    if command -v optipng >/dev/null 2>&1; then
        optipng -quiet -o5 -strip all "$dir/hk.ai.dashboard.png"
    fi
    echo "rendered $dir/hk.ai.dashboard.png"
done

# The Windows icon (embedded in the .exe by build.rs, used by the installer):
# 16 to 64 px as bitmaps for old shell views, 128 and 256 px as PNG entries.
if ! command -v icotool >/dev/null 2>&1; then
    echo "error: icotool not found; install it with: sudo apt-get install icoutils" >&2
    exit 1
fi
png() { echo "$out/$1x$1/apps/hk.ai.dashboard.png"; }
icotool --create --output assets/icon/hk-ai-dashboard.ico \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" \
    --raw="$(png 128)" --raw="$(png 256)"
echo "rendered assets/icon/hk-ai-dashboard.ico"
