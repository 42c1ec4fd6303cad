#!/usr/bin/env bash
# make-font-subset.sh — regenerate assets/fonts/NotoSansHK-Subset.otf, the CJK
# font that hk-ai-dashboard embeds (egui's bundled fonts have no CJK glyphs).
#
# SOURCE
#   One static face, Regular weight, of Noto Sans CJK: the face named
#   "Noto Sans CJK HK" (Hong Kong glyph forms) inside the OpenType collection
#   /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc from the Debian
#   package fonts-noto-cjk (Debian 12: 1:20220127+repack1-1, font version 2.004).
#   The face is extracted from the .ttc with fontTools.ttLib.TTCollection; the
#   output is a single CFF-flavoured OpenType font (.otf), not a collection and
#   not a variable font. Licence: SIL Open Font License 1.1 (assets/fonts/OFL.txt).
#
# CHARACTER SET (the union of)
#   (a) every non-ASCII character in the repository's own text sources:
#       data/*.ron, src/**/*.rs, assets/i18n/** (whichever exist now) plus any
#       extra files or directories given as arguments. Re-run this script after
#       the data or the UI strings change.
#   (b) a common Traditional Chinese set: Big5 level 1 (常用字), i.e. the 5,401
#       hanzi at Big5 0xA440–0xC67E, decoded with Python's built-in 'big5'
#       codec. The Ministry of Education's 常用國字標準字體表 (4,808 characters)
#       is not available offline. Big5 level 1 was compiled from that MoE
#       list plus part of its 次常用字 list, so in practice it covers the 4,808
#       and more, and its codec ships with every Python (no download needed).
#   (c) a small Hong Kong supplement (listed below): district / place names and
#       common Cantonese characters that are outside Big5 level 1 (e.g. 埗 邨 滙
#       鰂 啲 嘅 咗 冇 喺).
#   (d) punctuation and symbols, so the font is a sane fallback: ASCII
#       U+0020–007E, Latin-1 U+00A0–00FF, Latin Extended-A U+0100–017F,
#       General Punctuation U+2010–2027 and U+2030–205E, a few letter-like
#       symbols / arrows / maths / circled numbers / shapes, CJK Symbols and
#       Punctuation U+3000–303F, Halfwidth and Fullwidth Forms U+FF00–FFEF.
#   Code points the source face has no glyph for are dropped (reported).
#
# SUBSETTING (fontTools' pyftsubset, run as `python3 -m fontTools.subset`)
#   --no-hinting                 CFF stem hints dropped (egui/skrifa hints itself)
#   --layout-features=kern,vert  OpenType features kept; GSUB 'locl' etc. are
#                                dropped so no regional alternates are pulled in
#   --name-IDs=0-14 (less 10)    copyright, trademark, vendor, designer, licence
#                                and licence-URL records are kept (OFL §2)
#   --desubroutinize             CFF subroutines flattened: after subsetting
#                                this is slightly *smaller* (about 8 KB) and
#                                simpler to interpret; DESUBROUTINIZE=0 keeps them
#   --drop-tables+=BASE          baseline table unused by egui
#   Only Basic Multilingual Plane characters are in (b)-(d); a character beyond
#   U+FFFF in the repository text adds a format-12 cmap (about 45 KB).
#
# USAGE
#   scripts/make-font-subset.sh [EXTRA_FILE_OR_DIR ...]
#   Environment overrides:
#     SOURCE_TTC   path of the source .ttc/.otf   (default: Debian's, see above)
#     FACE_NAME    face to extract from the .ttc  (default: "Noto Sans CJK HK")
#     OUT          output font                    (default: assets/fonts/NotoSansHK-Subset.otf)
#     MAX_BYTES    size budget, fails above it    (default: 2500000)
#     DESUBROUTINIZE=0  keep CFF subroutines       (default: 1, flatten)
#     PYTHON       python interpreter             (default: python3)
#   Missing tools are installed: fonts-noto-cjk via apt-get (when root) and
#   fonttools via pip (falling back to Debian's python3-fonttools).
#   The check of the result is scripts/check-font.py.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

PYTHON="${PYTHON:-python3}"
SOURCE_TTC="${SOURCE_TTC:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}"
FACE_NAME="${FACE_NAME:-Noto Sans CJK HK}"
OUT="${OUT:-assets/fonts/NotoSansHK-Subset.otf}"
MAX_BYTES="${MAX_BYTES:-2500000}"
DESUBROUTINIZE="${DESUBROUTINIZE:-1}"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'make-font-subset.sh: error: %s\n' "$*" >&2; exit 1; }

# --- tools -------------------------------------------------------------------
command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found"

if [[ ! -f "$SOURCE_TTC" ]]; then
    if [[ "$SOURCE_TTC" == /usr/share/fonts/opentype/noto/* && "$(id -u)" -eq 0 ]] \
        && command -v apt-get >/dev/null 2>&1; then
        log "installing fonts-noto-cjk with apt-get"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y --no-install-recommends fonts-noto-cjk >&2 \
            || { apt-get update >&2 && apt-get install -y --no-install-recommends fonts-noto-cjk >&2; }
    fi
    [[ -f "$SOURCE_TTC" ]] || die "source font $SOURCE_TTC not found; install the Debian package fonts-noto-cjk (as root) or set SOURCE_TTC"
fi

if ! "$PYTHON" -c 'import fontTools.subset' >/dev/null 2>&1; then
    log "installing fonttools with pip"
    if ! "$PYTHON" -m pip install --quiet 'fonttools>=4.38' >&2; then
        if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
            log "pip failed; installing Debian's python3-fonttools"
            DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-fonttools >&2
        fi
    fi
    "$PYTHON" -c 'import fontTools.subset' >/dev/null 2>&1 \
        || die "fontTools is not importable by $PYTHON; run: $PYTHON -m pip install fonttools"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/font-subset.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# --- 1. extract the face -------------------------------------------------------
log "extracting \"$FACE_NAME\" from $SOURCE_TTC"
"$PYTHON" - "$SOURCE_TTC" "$FACE_NAME" "$work/face.otf" <<'PY'
import sys
from fontTools.ttLib import TTCollection, TTFont

src, face_name, dst = sys.argv[1:4]
with open(src, "rb") as fh:
    is_collection = fh.read(4) == b"ttcf"
# recalcTimestamp=False keeps the source's head.modified: reproducible output
opts = dict(lazy=True, recalcTimestamp=False)
faces = TTCollection(src, **opts).fonts if is_collection else [TTFont(src, **opts)]
names = []
for font in faces:
    name = font["name"]
    family = name.getDebugName(16) or name.getDebugName(1)
    full = name.getDebugName(4)
    style = name.getDebugName(17) or name.getDebugName(2)
    names.append(full)
    if face_name in (family, full) and style == "Regular":
        if "fvar" in font:
            sys.exit(f"{full} is a variable font; a static face is required")
        font.save(dst)
        print(f"source face: {full} | {name.getDebugName(5)} | "
              f"{font['maxp'].numGlyphs} glyphs | {'CFF' if 'CFF ' in font else 'glyf'} outlines",
              file=sys.stderr)
        break
else:
    sys.exit(f"no Regular face named {face_name!r} in {src}; faces: {names}")
PY

# --- 2. the character set ------------------------------------------------------
log "building the character set"
"$PYTHON" - "$work/face.otf" "$work/unicodes.txt" "$@" <<'PY'
import glob
import os
import sys
import unicodedata
from fontTools.ttLib import TTFont

face, out, extra = sys.argv[1], sys.argv[2], sys.argv[3:]
cmap = TTFont(face, lazy=True).getBestCmap()

# (a) the repository's own text sources
paths = set(glob.glob("data/*.ron"))
paths |= set(glob.glob("src/**/*.rs", recursive=True))
paths |= {p for p in glob.glob("assets/i18n/**/*", recursive=True) if os.path.isfile(p)}
for e in extra:
    if os.path.isdir(e):
        paths |= {p for p in glob.glob(os.path.join(e, "**", "*"), recursive=True) if os.path.isfile(p)}
    elif os.path.isfile(e):
        paths.add(e)
    else:
        sys.exit(f"no such file or directory: {e}")
repo = set()
for p in sorted(paths):
    try:
        with open(p, encoding="utf-8") as fh:
            text = fh.read()
    except UnicodeDecodeError:
        print(f"  warning: {p} is not UTF-8; skipped", file=sys.stderr)
        continue
    found = {c for c in text if ord(c) > 0x7F and unicodedata.category(c) not in ("Cc", "Cf", "Cs")}
    repo |= found
    print(f"  {p}: {len(found)} distinct non-ASCII characters", file=sys.stderr)

# (b) Big5 level 1 (常用字): lead bytes 0xA4-0xC6, trail bytes 0x40-0x7E, 0xA1-0xFE
big5 = set()
for lead in range(0xA4, 0xC7):
    for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
        if 0xA440 <= (lead << 8 | trail) <= 0xC67E:
            try:
                big5.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
assert len(big5) == 5401, len(big5)

# (c) Hong Kong supplement: place names and Cantonese characters (only the ones
# outside Big5 level 1 add anything)
hk = set(
    "中西區灣仔東區南區油尖旺深水埗九龍城黃大仙觀塘荃灣屯門元朗北區大埔西貢沙田葵青離島"
    "鰂魚涌筲箕灣柴灣銅鑼灣尖沙咀旺角紅磡啟德啓將軍澳天水圍上水粉嶺馬鞍山東涌赤鱲角大嶼山"
    "薄扶林香港仔鴨脷洲數碼港科學園河套落馬洲前海南沙橫琴深圳廣州珠海澳門氹仔粵港澳"
    "大灣區佛山東莞惠州中山江門肇慶屋邨滙豐峯麪綫裏着衞啓强羣"
    "啲嘅咗冇喺㗎嘢咁嗰乜嚟睇啱嬲攞揸噉冚攰咩嘞喎囉吖㖭哋佢畀俾唔係嘥諗嚿餸靚瞓攬搵揾冧晒咪噃嗱啫咋喇啩嘛"
)

# (d) punctuation and symbols
ranges = [
    (0x0020, 0x007E), (0x00A0, 0x00FF), (0x0100, 0x017F),  # ASCII, Latin-1, Latin Ext-A
    (0x2010, 0x2027), (0x2030, 0x205E),                    # General Punctuation
    (0x20AC, 0x20AC),                                      # €
    (0x2190, 0x2199),                                      # arrows
    (0x2460, 0x2473),                                      # ①-⑳
    (0x3000, 0x303F),                                      # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),                                      # Halfwidth and Fullwidth Forms
]
punct = {chr(cp) for a, b in ranges for cp in range(a, b + 1)}
punct |= set("℃℉№™←→↑↓−±×÷≈≠≤≥∞√∑∙•·■□▲△▼▽◆◇○●◎★☆✓✔✕✗")

groups = {"repository": repo, "Big5 level 1": big5, "HK supplement": hk, "punctuation/symbols": punct}
wanted = set().union(*groups.values())
for label, chars in groups.items():
    lost = sorted(c for c in chars if ord(c) not in cmap)
    print(f"  {label}: {len(chars)} characters, {len(lost)} not in the source face", file=sys.stderr)
    if lost and label in ("repository", "HK supplement"):
        shown = " ".join(f"U+{ord(c):04X}({c})" for c in lost[:40])
        print(f"    not in the source face (egui's fallback fonts may cover them): {shown}", file=sys.stderr)
keep = sorted(ord(c) for c in wanted if ord(c) in cmap)
print(f"  total: {len(wanted)} wanted, {len(keep)} code points kept", file=sys.stderr)
with open(out, "w") as fh:
    fh.write("\n".join(f"U+{cp:04X}" for cp in keep) + "\n")
PY

# --- 3. subset ------------------------------------------------------------------
log "subsetting with fontTools $("$PYTHON" -c 'import fontTools; print(fontTools.version)')"
subset_args=(
    "$work/face.otf"
    --unicodes-file="$work/unicodes.txt"
    --output-file="$work/out.otf"
    --layout-features=kern,vert
    --no-hinting
    --notdef-outline
    --name-IDs=0,1,2,3,4,5,6,7,8,9,11,12,13,14
    --name-languages=0x0409
    --no-glyph-names
    --drop-tables+=BASE
)
if [[ "$DESUBROUTINIZE" == 1 ]]; then subset_args+=(--desubroutinize); fi
"$PYTHON" -m fontTools.subset "${subset_args[@]}"

mkdir -p "$(dirname "$OUT")"
mv -f "$work/out.otf" "$OUT"

# --- 4. report and check --------------------------------------------------------
bytes="$(wc -c <"$OUT" | tr -d ' ')"
"$PYTHON" - "$OUT" <<'PY'
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
print(f"font:        {sys.argv[1]}")
print(f"face:        {f['name'].getDebugName(4)} | {f['name'].getDebugName(5)}")
print(f"glyphs:      {f['maxp'].numGlyphs}")
print(f"code points: {len(f.getBestCmap())}")
print(f"tables:      {' '.join(sorted(t for t in f.keys() if t != 'GlyphOrder'))}")
PY
echo "size:        $bytes bytes ($(( (bytes + 1023) / 1024 )) KiB)"

"$PYTHON" "$here/check-font.py" --quiet --required "$OUT" \
    || die "the subset lacks required characters"
if (( bytes > MAX_BYTES )); then
    die "$OUT is $bytes bytes, over the budget of $MAX_BYTES"
fi
log "done"
