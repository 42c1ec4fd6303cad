#!/usr/bin/env bash
# Start-up cost of the dashboard against the smallest eframe window.
#
# Under ONE virtual desktop (run-gui.sh: Xvfb + Mesa software GL), launch
# examples/minimal_window and hk-ai-dashboard alternately, N times each, with
# HK_AI_DASHBOARD_STARTUP_PROBE=1 (each closes itself once its content is
# painted and prints "first frame painted after N ms" and "content painted
# after N ms"; the dashboard draws its top bar first and the tab's content one
# frame later, the minimal window everything in its first frame). Per run:
#   (a) those internal times (process start of eframe set-up -> frame shown),
#   (b) the wall time of the whole process (date +%s%N around it: exec, dynamic
#       loading, window, first frame, shutdown),
#   (c) peak RSS (/usr/bin/time -v, "Maximum resident set size").
# Prints the medians and the dashboard/minimal ratios.
#
# usage: scripts/measure-startup.sh [N]          (default N=15)
# Build first (release, same profile as the package):
#   cargo build --release && cargo build --release --example minimal_window
# Env: MINIMAL_BIN / DASHBOARD_BIN to measure other builds (e.g. copies in /tmp,
# since target/release is shared: compare a branch with main back to back),
# RUN_GUI=path/to/run-gui.sh, KEEP_A11Y=1 to leave the accessibility bus
# enabled (run-gui.sh turns it on; by default it is switched off here, as on a
# desktop without a screen reader).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

if [ "${1:-}" = --inside ]; then
    # ------------------------------------------------ runs inside run-gui.sh
    n=$2 out=$3
    minimal=${MINIMAL_BIN:-$repo/target/release/examples/minimal_window}
    dashboard=${DASHBOARD_BIN:-$repo/target/release/hk-ai-dashboard}
    if [ "${KEEP_A11Y:-0}" != 1 ]; then
        for p in IsEnabled ScreenReaderEnabled; do
            dbus-send --session --dest=org.a11y.Bus /org/a11y/bus \
                org.freedesktop.DBus.Properties.Set string:org.a11y.Status \
                string:$p variant:boolean:false >/dev/null 2>&1 || true
        done
    fi
    # Settings of both apps go to a throw-away folder, fresh for this session.
    export XDG_DATA_HOME=$out/data
    mkdir -p "$XDG_DATA_HOME"
    export HK_AI_DASHBOARD_STARTUP_PROBE=1
    one() { # name binary round
        local name=$1 bin=$2 round=$3 t0 t1 ms rss
        t0=$(date +%s%N)
        if ! timeout 120 /usr/bin/time -v -o "$out/time.txt" "$bin" 2>"$out/err.txt" >/dev/null; then
            echo "measure-startup: $name failed (round $round):" >&2
            cat "$out/err.txt" "$out/time.txt" >&2
            return 1
        fi
        t1=$(date +%s%N)
        ms=$(sed -n 's/.*first frame painted after \([0-9.]*\) ms.*/\1/p' "$out/err.txt" | head -n 1)
        [ -n "$ms" ] || { echo "measure-startup: $name printed no probe line:" >&2; cat "$out/err.txt" >&2; return 1; }
        content=$(sed -n 's/.*content painted after \([0-9.]*\) ms.*/\1/p' "$out/err.txt" | head -n 1)
        [ -n "$content" ] || { echo "measure-startup: $name printed no content line:" >&2; cat "$out/err.txt" >&2; return 1; }
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time.txt")
        if [ "$round" -gt 0 ]; then
            printf '%s %s %s %s %s %s\n' "$name" "$round" "$ms" "$(( (t1 - t0) / 1000 ))" "$rss" "$content" >>"$out/runs.txt"
        fi
    }
    # Round 0 warms the page cache and Mesa's shader cache; it is not counted.
    for round in $(seq 0 "$n"); do
        one minimal "$minimal" "$round"
        one dashboard "$dashboard" "$round"
    done
    exit 0
fi

n=${1:-15}
run_gui=${RUN_GUI:-$repo/../shared/scripts/run-gui.sh}
export MINIMAL_BIN=${MINIMAL_BIN:-$repo/target/release/examples/minimal_window}
export DASHBOARD_BIN=${DASHBOARD_BIN:-$repo/target/release/hk-ai-dashboard}
for f in "$MINIMAL_BIN" "$DASHBOARD_BIN"; do
    [ -x "$f" ] || { echo "error: $f not built; run: cargo build --release && cargo build --release --example minimal_window" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time missing (Debian package: time)" >&2; exit 1; }
[ -x "$run_gui" ] || { echo "error: run-gui.sh not found at $run_gui (set RUN_GUI)" >&2; exit 1; }

load=$(cut -d' ' -f1 /proc/loadavg)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The placeholder program only keeps the session open; the work is --exec.
"$run_gui" --wait 1 --exec "$repo/scripts/measure-startup.sh --inside $n $out" -- sleep 86400 \
    || { echo "error: the measurement session failed" >&2; exit 1; }
[ -s "$out/runs.txt" ] || { echo "error: no runs recorded" >&2; exit 1; }

median() { # name column
    awk -v n="$1" -v c="$2" '$1 == n {print $c}' "$out/runs.txt" | sort -g \
        | awk '{v[NR] = $1} END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
mi_ms=$(median minimal 3) da_ms=$(median dashboard 3)
mi_wall=$(median minimal 4) da_wall=$(median dashboard 4)
mi_rss=$(median minimal 5) da_rss=$(median dashboard 5)
mi_content=$(median minimal 6) da_content=$(median dashboard 6)
lowest() { awk -v n="$1" -v c="$2" '$1 == n {print $c}' "$out/runs.txt" | sort -g | head -n 1; }
mi_ms_min=$(lowest minimal 3) da_ms_min=$(lowest dashboard 3)
mi_rss_max=$(awk '$1 == "minimal" {print $5}' "$out/runs.txt" | sort -n | tail -n 1)
da_rss_max=$(awk '$1 == "dashboard" {print $5}' "$out/runs.txt" | sort -n | tail -n 1)

echo
echo "Start-up, median of $n runs each: alternating, one Xvfb + Mesa llvmpipe session,"
echo "dashboard: $DASHBOARD_BIN, minimal: $MINIMAL_BIN"
echo "$(nproc) CPUs, load average $load before the runs"
awk -v mm="$mi_ms" -v dm="$da_ms" -v mw="$mi_wall" -v dw="$da_wall" \
    -v mc="$mi_content" -v dc="$da_content" -v mn="$mi_ms_min" -v dn="$da_ms_min" -v mr="$mi_rss" -v dr="$da_rss" -v mx="$mi_rss_max" -v dx="$da_rss_max" 'BEGIN {
    printf "%-34s %12s %12s %8s\n", "", "minimal", "dashboard", "ratio"
    printf "%-34s %12.1f %12.1f %8.2f\n", "first frame painted (internal, ms)", mm, dm, dm / mm
    printf "%-34s %12.1f %12.1f %8.2f\n", "first frame, fastest run (ms)", mn, dn, dn / mn
    printf "%-34s %12.1f %12.1f %8.2f\n", "content painted (internal, ms)", mc, dc, dc / mc
    printf "%-34s %12.1f %12.1f %8.2f\n", "process wall time (external, ms)", mw / 1000, dw / 1000, dw / mw
    printf "%-34s %12.1f %12.1f %8.2f\n", "peak RSS, median (MiB)", mr / 1024, dr / 1024, dr / mr
    printf "%-34s %12.1f %12.1f %8.2f\n", "peak RSS, largest run (MiB)", mx / 1024, dx / 1024, dx / mx
}'
if [ -n "${KEEP_RUNS:-}" ]; then cp "$out/runs.txt" "$KEEP_RUNS"; echo "runs: $KEEP_RUNS"; fi
