# What benches/compare-matplotlib*.sh share (sourced, not run): the release
# binary (BIN to time another build), matplotlib present, a scratch folder with
# the CSVs both sides draw from, and the timing helpers.
# Sets: rounds, bin, work. Needs: $1 = the rounds (default 5), $name = the script.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds=${1:-5}
bin=${BIN:-${CARGO_TARGET_DIR:-target}/release/hk-ai-dashboard}
[ -x "$bin" ] || cargo build --release --quiet
python3 -c 'import matplotlib' 2>/dev/null || { echo "$name: pip install matplotlib" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" export --chart all --format csv --out "$work/csv" 2>/dev/null

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
