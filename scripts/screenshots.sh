#!/bin/bash
# Screenshots of the window for the README and for review: every view
# (Overview, a sector, Timeline, Charts) in English and Chinese at 1280×800,
# 1024×640 and 1920×1080, written to assets/screenshots/window-SIZE-LANG-VIEW.png.
#
# Each shot opens the release build on a virtual display (the shared
# run-gui.sh) with a fresh settings file that names the tab and language, as
# the window saves them on close, and sizes the window to the screen (then
# moves the pointer to a bare corner: plots settle their axes a frame after
# a resize, and egui paints again on input).
#
# Usage: scripts/screenshots.sh [BIN] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/hk-ai-dashboard}
out=${2:-assets/screenshots}
run_gui=${RUN_GUI:-../shared/scripts/run-gui.sh}
[ -x "$bin" ] || cargo build --release
command -v xdotool >/dev/null || { apt-get update -qq && apt-get install -y -qq xdotool >/dev/null; }
mkdir -p "$out"
views=("overview:Overview" "sector:Sector(\\\"finance\\\")" "timeline:Timeline" "charts:Charts")
for size in 1280x800 1024x640 1920x1080; do
  w=${size%x*} h=${size#*x}
  for lang in En:en ZhHk:zh; do
    for view in "${views[@]}"; do
      home=$(mktemp -d)
      mkdir -p "$home/.local/share/hk.ai.dashboard"
      printf '{"app":"(tab:%s,theme:Light,file:None,lang:Some(%s))"}' \
        "${view#*:}" "${lang%:*}" >"$home/.local/share/hk.ai.dashboard/app.ron"
      shot="$out/window-$size-${lang#*:}-${view%%:*}.png"
      "$run_gui" --size "$size" --wait 4 --shot "$shot" \
        --exec "for win in \$(xdotool search --sync --pid \$APP_PID); do xdotool windowmove \$win 0 0 windowsize \$win $w $h; done; sleep 2; xdotool mousemove $((w - 3)) 2 sleep 0.5 mousemove $((w - 2)) 3; sleep 2" \
        -- env HOME="$home" "$bin"
      rm -rf "$home"
      echo "$shot"
    done
  done
done
