#!/usr/bin/env bash
# Validate the desktop-integration assets: .desktop entry, hicolor PNGs, MIME XML.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-desktop: FAIL: $*" >&2; exit 1; }

desktop=assets/hk.ai.dashboard.desktop
mime=assets/hk.ai.dashboard.xml

# (a) desktop-file-validate must print nothing (no errors, warnings or hints).
if ! command -v desktop-file-validate >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "check-desktop: installing desktop-file-utils ..."
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq desktop-file-utils >/dev/null \
            || { apt-get update -qq >/dev/null \
                 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq desktop-file-utils >/dev/null; } \
            || fail "could not install desktop-file-utils"
    else
        fail "desktop-file-validate not found; install it with: sudo apt-get install desktop-file-utils"
    fi
fi
[ -f "$desktop" ] || fail "$desktop is missing"
out=$(desktop-file-validate "$desktop" 2>&1) || true
[ -z "$out" ] || fail "desktop-file-validate reported:"$'\n'"$out"

# (b) + (c) PNG sizes and MIME XML, with the Python standard library only.
python3 - "$mime" <<'PY' || exit 1
import pathlib, struct, sys
import xml.etree.ElementTree as ET

def fail(msg):
    print(f"check-desktop: FAIL: {msg}", file=sys.stderr)
    sys.exit(1)

root = pathlib.Path("assets/icon/hicolor")
sizes = [16, 24, 32, 48, 64, 128, 256, 512]
for n in sizes:
    p = root / f"{n}x{n}" / "apps" / "hk.ai.dashboard.png"
    if not p.is_file():
        fail(f"missing icon {p} (run scripts/render-icons.sh)")
for p in sorted(root.glob("*/apps/*.png")):
    head = p.read_bytes()[:24]
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        fail(f"{p} is not a PNG file")
    w, h = struct.unpack(">II", head[16:24])
    want = p.parent.parent.name
    if f"{w}x{h}" != want:
        fail(f"{p} is {w}x{h} px, but its folder says {want}")

mime = sys.argv[1]
try:
    tree = ET.parse(mime)
except (OSError, ET.ParseError) as e:
    fail(f"{mime} is not well-formed XML: {e}")
ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
if tree.getroot().tag != ns + "mime-info":
    fail(f"{mime}: root element is not shared-mime-info <mime-info>")
PY

echo "desktop assets OK"
