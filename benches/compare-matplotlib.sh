#!/usr/bin/env bash
# How much faster our chart export is than matplotlib drawing the same charts.
#
# Times, in one run and alternating, 5 rounds each of
#   (a) hk-ai-dashboard export --chart all --format png --width 1600 --height 900
#       --scale 2 --out DIR        (the release build; 4 PNGs of 3200 x 1800)
#   (b) python3 benches/matplotlib_charts.py   (the same 4 charts, same size,
#       from the same numbers: the CSVs `export --format csv` writes)
# and prints each median, the ratio, and (b)'s own split between importing
# matplotlib and drawing. Both are whole processes, started cold, as a person
# would run them. Our export uses every core (one chart per thread); the last
# lines repeat (a) pinned to one core for a like-for-like comparison.
#
# usage: benches/compare-matplotlib.sh [ROUNDS]       (default 5)
# Needs python3 with matplotlib (`pip install matplotlib`); builds the release
# binary if it is missing.
set -euo pipefail
name=compare-matplotlib
source "$(dirname "$0")/compare-common.sh"

ours=() theirs=() single=() split=()
for i in $(seq "$rounds"); do
  t0=$(now)
  "$bin" export --chart all --format png --width 1600 --height 900 --scale 2 --out "$work/ours-$i" 2>/dev/null
  t1=$(now)
  split+=("$(python3 benches/matplotlib_charts.py --csv "$work/csv" --data data/hk_ai.ron --out "$work/mpl-$i" 2>&1)")
  t2=$(now)
  ours+=("$(ms "$t0" "$t1")") theirs+=("$(ms "$t1" "$t2")")
  if command -v taskset >/dev/null; then
    t3=$(now)
    taskset -c 0 "$bin" export --chart all --format png --width 1600 --height 900 --scale 2 --out "$work/one-$i" 2>/dev/null
    single+=("$(ms "$t3" "$(now)")")
  fi
done

size=$(python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print('%dx%d' % struct.unpack('>II', d[16:24]))" "$work/ours-1/funding-by-sector.png")
msize=$(python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print('%dx%d' % struct.unpack('>II', d[16:24]))" "$work/mpl-1/funding-by-sector.png")
a=$(printf '%s\n' "${ours[@]}" | median)
b=$(printf '%s\n' "${theirs[@]}" | median)
# matplotlib's drawing and saving alone, without starting Python and importing it.
d=$(printf '%s\n' "${split[@]}" | sed -n 's/.*drawn and saved \([0-9]*\) ms.*/\1/p' | median)
bytes() { du -cb "$1"/*.png | tail -1 | cut -f1; }
echo "4 charts as PNG, ours $size, matplotlib $msize; $rounds rounds; $(nproc) cores"
echo "  (a) hk-ai-dashboard export:  median ${a} ms   (${ours[*]})"
echo "  (b) matplotlib $(python3 -c 'import matplotlib; print(matplotlib.__version__)'):        median ${b} ms   (${theirs[*]})"
echo "      matplotlib's own split, last round: ${split[-1]}"
awk -v a="$a" -v b="$b" 'BEGIN { printf "  ratio (b)/(a): %.1fx\n", b / a }'
awk -v a="$a" -v d="$d" 'BEGIN { printf "  ratio (b drawing and saving only, median %d ms)/(a): %.1fx\n", d, d / a }'
echo "  PNG bytes for the 4 charts: ours $(bytes "$work/ours-1"), matplotlib $(bytes "$work/mpl-1")"
if [ ${#single[@]} -gt 0 ]; then
  c=$(printf '%s\n' "${single[@]}" | median)
  echo "  (a) pinned to one core:      median ${c} ms   (${single[*]})"
  awk -v c="$c" -v b="$b" 'BEGIN { printf "  ratio (b)/(a, one core): %.1fx\n", b / c }'
fi
