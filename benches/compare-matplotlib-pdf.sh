#!/usr/bin/env bash
# The PDF report against matplotlib writing the same four charts to one
# multi-page PDF (PdfPages), as benches/compare-matplotlib.sh does for PNGs.
#
# Times, in one run and alternating, ROUNDS rounds each of
#   (a) hk-ai-dashboard report --lang en --out FILE   (release build: the whole
#       report: cover, overview, a page per sector, the 4 charts as vectors with
#       their tables, the timeline and every source; fonts subset and embedded)
#   (b) hk-ai-dashboard report --lang zh-HK --out FILE
#   (c) python3 benches/matplotlib_charts.py --pdf FILE   (the 4 charts only,
#       from the same numbers: the CSVs `export --format csv` writes)
# and prints each median, the ratio (c)/(a) and the file sizes. All are whole
# processes, started cold, as a person would run them; the report is one job
# on one thread.
#
# usage: benches/compare-matplotlib-pdf.sh [ROUNDS]       (default 5; BIN=path times another build)
# Needs python3 with matplotlib (`pip install matplotlib`); builds the release
# binary if it is missing.
set -euo pipefail
name=compare-matplotlib-pdf
source "$(dirname "$0")/compare-common.sh"

en=() zh=() theirs=() split=()
for i in $(seq "$rounds"); do
  t0=$(now)
  "$bin" report --lang en --out "$work/en-$i.pdf" 2>/dev/null
  t1=$(now)
  "$bin" report --lang zh-HK --out "$work/zh-$i.pdf" 2>/dev/null
  t2=$(now)
  split+=("$(python3 benches/matplotlib_charts.py --csv "$work/csv" --data data/hk_ai.ron --out "$work/mpl" --pdf "$work/mpl-$i.pdf" 2>&1)")
  t3=$(now)
  en+=("$(ms "$t0" "$t1")") zh+=("$(ms "$t1" "$t2")") theirs+=("$(ms "$t2" "$t3")")
done

a=$(printf '%s\n' "${en[@]}" | median)
b=$(printf '%s\n' "${zh[@]}" | median)
c=$(printf '%s\n' "${theirs[@]}" | median)
d=$(printf '%s\n' "${split[@]}" | sed -n 's/.*drawn and saved \([0-9]*\) ms.*/\1/p' | median)
size() { stat -c %s "$1"; }
pages() { grep -c '/Type /Page\b' "$1" 2>/dev/null || echo "?"; }
echo "PDF: the report vs matplotlib's 4 charts in PdfPages; $rounds rounds; $(nproc) cores"
echo "  (a) hk-ai-dashboard report (en):     median ${a} ms   (${en[*]})   $(size "$work/en-1.pdf") bytes"
echo "  (b) hk-ai-dashboard report (zh-HK):  median ${b} ms   (${zh[*]})   $(size "$work/zh-1.pdf") bytes"
echo "  (c) matplotlib $(python3 -c 'import matplotlib; print(matplotlib.__version__)') PdfPages, 4 charts: median ${c} ms   (${theirs[*]})   $(size "$work/mpl-1.pdf") bytes"
echo "      matplotlib's own split, last round: ${split[-1]}"
awk -v a="$a" -v c="$c" 'BEGIN { printf "  ratio (c)/(a): %.1fx\n", c / a }'
awk -v a="$a" -v d="$d" 'BEGIN { printf "  ratio (c drawing and saving only, median %d ms)/(a): %.1fx\n", d, d / a }'
