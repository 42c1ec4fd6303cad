#!/usr/bin/env bash
# test-clipboard.sh — the system clipboard, read back (issue 18).
#
# Under a virtual X display (Xvfb), `hk-ai-dashboard copy` puts a chart on
# the clipboard as the window's "Copy image" does, then its table as "Copy
# table" does; `xclip` reads each back:
#   - the image as image/png: it must decode at twice the chart's size in
#     points, with the very pixels of `export --format png --scale 2` of that size
#     (with the window's chart options: initiative markers on);
#   - the table as UTF8_STRING: tab-separated, a row per row of the chart's
#     CSV export, same first column, same number of cells.
# An X11 clipboard is served by the program that copied: `copy` stays until
# another program takes the clipboard (the second copy makes the first one
# exit) or --hold seconds pass. Then, with no display at all, `copy` must say
# so and exit 1, not panic.
#
# Usage: scripts/test-clipboard.sh [PATH-TO-hk-ai-dashboard]
# (default: build the debug binary in $CARGO_TARGET_DIR, or target/).
# Needs xvfb, xclip and python3; installs xvfb and xclip with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=""
command -v Xvfb >/dev/null || need="$need xvfb"
command -v xclip >/dev/null || need="$need xclip"
if [ -n "$need" ]; then
  echo "test-clipboard.sh: installing$need" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $need >/dev/null
fi

if [ $# -ge 1 ]; then
  bin=$1
else
  cargo build -q --bin hk-ai-dashboard
  bin=${CARGO_TARGET_DIR:-target}/debug/hk-ai-dashboard
fi
chart=funding-by-sector
width=600 height=340   # points; the image is 1200×680 pixels

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

d=90; while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d+1)); done
Xvfb :$d -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
export DISPLAY=:$d
unset WAYLAND_DISPLAY

# Waits until the clipboard offers $1 (a target such as image/png).
offered() {
  for _ in $(seq 100); do
    xclip -selection clipboard -t TARGETS -o 2>/dev/null | grep -qx "$1" && return 0
    sleep 0.1
  done
  echo "test-clipboard.sh: the clipboard never offered $1" >&2
  return 1
}

echo "== copy image (X11, $DISPLAY)"
"$bin" copy --chart $chart --what image --width $width --height $height --hold 60 &
image_pid=$!
pids+=("$image_pid")
offered image/png
xclip -selection clipboard -t image/png -o > "$work/copied.png"
"$bin" export --chart $chart --format png --width $width --height $height --scale 2 --initiatives on \
  --out "$work/exported.png" 2>/dev/null

echo "== copy table"
"$bin" copy --chart $chart --what table --hold 60 &
table_pid=$!
pids+=("$table_pid")
offered UTF8_STRING
# The table's copy took the clipboard: the image's copy has nothing left to serve.
wait "$image_pid" || { echo "test-clipboard.sh: the image copy failed" >&2; exit 1; }
xclip -selection clipboard -t UTF8_STRING -o > "$work/copied.tsv"
"$bin" export --chart $chart --format csv --csv-bom off --out "$work/exported.csv" 2>/dev/null
kill "$table_pid" 2>/dev/null || true

python3 - "$work" $((2 * width)) $((2 * height)) <<'EOF'
import csv, struct, sys, zlib

work, want_w, want_h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

def decode(path):
    """8-bit RGB or RGBA PNG (what arboard and the exporter write) as RGBA bytes."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        assert zlib.crc32(kind + body) == crc, f"{path}: bad CRC in {kind}"
        if kind == b"IHDR":
            w, h, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    bpp = 4 if colour == 6 else 3
    raw, stride = zlib.decompress(idat), w * bpp
    assert len(raw) == h * (stride + 1), f"{path}: {len(raw)} bytes of pixels"
    out, prev = bytearray(), bytearray(stride)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:
            for i in range(bpp, stride): line[i] = (line[i] + line[i - bpp]) & 255
        elif f == 2:
            for i in range(stride): line[i] = (line[i] + prev[i]) & 255
        elif f == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif f == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        if bpp == 4:
            out += line
        else:
            for i in range(0, stride, 3): out += line[i:i + 3] + b"\xff"
        prev = line
    return w, h, bytes(out)

w, h, copied = decode(f"{work}/copied.png")
assert (w, h) == (want_w, want_h), f"copied image is {w}×{h}, not {want_w}×{want_h}"
ew, eh, exported = decode(f"{work}/exported.png")
assert (ew, eh) == (w, h), (ew, eh)
same = sum(1 for i in range(0, len(copied), 4) if copied[i:i + 4] == exported[i:i + 4])
assert copied == exported, f"copied image differs from the PNG export ({same} of {w * h} pixels alike)"
print(f"image: a {w}×{h} PNG, pixel for pixel the PNG export at scale 2")

tsv = open(f"{work}/copied.tsv", encoding="utf-8").read()
rows = [line.split("\t") for line in tsv.split("\n\n")[0].splitlines()]
with open(f"{work}/exported.csv", encoding="utf-8", newline="") as f:
    table = []
    for row in csv.reader(f):
        if not row or not any(row):
            break
        table.append(row)
assert len(rows) == len(table) > 1, (len(rows), len(table))
for got, want in zip(rows, table):
    assert len(got) == len(want) and got[0] == want[0], (got, want)
print(f"table: {len(rows) - 1} rows of {len(rows[0])} tab-separated cells, as the CSV export's")
EOF

echo "== no display server"
set +e
message=$(env -u DISPLAY -u WAYLAND_DISPLAY "$bin" copy --chart $chart --what image --hold 0 2>&1)
status=$?
set -e
echo "$message" | tail -1
[ $status -eq 1 ] || { echo "test-clipboard.sh: exit status $status, not 1" >&2; exit 1; }
echo "$message" | grep -q "no display server" || { echo "test-clipboard.sh: no clear message" >&2; exit 1; }
! echo "$message" | grep -q panicked || { echo "test-clipboard.sh: it panicked" >&2; exit 1; }
echo "test-clipboard.sh: ok"
