#!/usr/bin/env python3
"""Check that a font has a glyph (a cmap entry) for every character of some text.

Usage:
    scripts/check-font.py FONT [ITEM ...]
    scripts/check-font.py FONT --required            # the built-in list below
    scripts/check-font.py FONT -f data/hk_ai.ron -s "香港人工智能"

Each positional ITEM is read as a UTF-8 file if such a file exists, otherwise it
is taken as a literal string.  Use -f/--file or -s/--string to say which.  With
no ITEM at all, the built-in REQUIRED list is checked (same as --required).

Whitespace and control characters (newline, tab, ...), and format characters
such as ZERO WIDTH JOINER or variation selectors, are not checked: fonts do not
need glyphs for them.  With --non-ascii only characters above U+007F are checked
(useful for source files whose ASCII is served by egui's default Latin font).

Exits 0 when nothing is missing, 1 when characters are missing (each one is
listed with its code point, name and the inputs it came from), 2 on usage or
I/O errors.  Needs only the standard library and fontTools.
"""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata

try:
    from fontTools.ttLib import TTFont
except ImportError:  # pragma: no cover - depends on the environment
    sys.exit("check-font.py: fontTools is required: python3 -m pip install fonttools")

# What the dashboard's UI needs at a minimum: the title, the eight sector names,
# some well-known Hong Kong bodies, the language name and CJK punctuation.
REQUIRED = [
    "香港人工智能概覽",
    "金融",
    "醫療",
    "教育",
    "研究及發展",
    "初創及創新樞紐",
    "政府及智慧城市",
    "倫理及規管",
    "國際及大灣區",
    "人才",
    "創新科技署",
    "數碼港",
    "香港科學園",
    "個人資料私隱專員公署",
    "繁體中文",
    "「」、。，：；（）",
]


def skip(ch: str, non_ascii_only: bool) -> bool:
    if non_ascii_only and ord(ch) < 0x80:
        return True
    if ch.isspace():
        return True
    # Cc control, Cf format (ZWJ, ZWNJ, BOM, bidi marks), Cs surrogates,
    # Co private use, Cn unassigned; variation selectors are Mn but render nothing.
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf", "Cs"):
        return True
    cp = ord(ch)
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:
        return True
    return False


def load_font_cmap(path: str, font_number: int) -> tuple[set[int], str]:
    font = TTFont(path, fontNumber=font_number, lazy=True)
    cmap = font.getBestCmap()
    if cmap is None:
        raise ValueError(f"{path}: no Unicode cmap subtable")
    name = font["name"].getDebugName(4) or "?"
    version = font["name"].getDebugName(5) or "?"
    glyphs = font["maxp"].numGlyphs
    font.close()
    return set(cmap), f"{name} ({version}), {glyphs} glyphs, {len(cmap)} code points"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        description="Exit 1 listing the characters of the given strings/files "
        "that FONT has no glyph for.",
    )
    ap.add_argument("font", help="an OpenType/TrueType font file (.otf/.ttf, or .ttc with --font-number)")
    ap.add_argument("items", nargs="*", help="files (if they exist) or literal strings")
    ap.add_argument("-f", "--file", action="append", default=[], help="a UTF-8 text file to check (repeatable)")
    ap.add_argument("-s", "--string", action="append", default=[], help="a literal string to check (repeatable)")
    ap.add_argument("--required", action="store_true", help="also check the built-in list of UI strings")
    ap.add_argument("--non-ascii", action="store_true", help="check only characters above U+007F")
    ap.add_argument("--font-number", type=int, default=0, help="face index inside a .ttc collection")
    ap.add_argument("-q", "--quiet", action="store_true", help="print only missing characters")
    args = ap.parse_intermixed_args(argv)

    sources: list[tuple[str, str]] = []  # (label, text)
    for item in args.items:
        if os.path.isfile(item):
            args.file.append(item)
        else:
            args.string.append(item)
    for path in args.file:
        try:
            with open(path, encoding="utf-8") as fh:
                sources.append((path, fh.read()))
        except (OSError, UnicodeDecodeError) as exc:
            print(f"check-font.py: cannot read {path}: {exc}", file=sys.stderr)
            return 2
    for s in args.string:
        sources.append((repr(s), s))
    if args.required or not sources:
        sources.extend(("built-in " + repr(s), s) for s in REQUIRED)

    try:
        covered, desc = load_font_cmap(args.font, args.font_number)
    except Exception as exc:  # fontTools raises many types for bad files
        print(f"check-font.py: cannot read font {args.font}: {exc}", file=sys.stderr)
        return 2

    missing: dict[str, list[str]] = {}
    checked: set[str] = set()
    for label, text in sources:
        for ch in text:
            if skip(ch, args.non_ascii):
                continue
            checked.add(ch)
            if ord(ch) not in covered:
                where = missing.setdefault(ch, [])
                if label not in where:
                    where.append(label)

    if not args.quiet:
        print(f"font: {args.font}: {desc}")
        print(f"checked {len(checked)} distinct characters from {len(sources)} input(s)")
    if missing:
        print(f"MISSING {len(missing)} character(s):", file=sys.stderr)
        for ch in sorted(missing, key=ord):
            try:
                uname = unicodedata.name(ch)
            except ValueError:
                uname = "<unnamed>"
            where = ", ".join(missing[ch][:3]) + (" ..." if len(missing[ch]) > 3 else "")
            print(f"  U+{ord(ch):04X} {ch}  {uname}  (in {where})", file=sys.stderr)
        return 1
    if not args.quiet:
        print("OK: every character has a glyph")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
