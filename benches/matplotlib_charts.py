#!/usr/bin/env python3
"""The dashboard's four charts drawn with matplotlib, for a speed comparison.

Reads the numbers from the CSV files that

    hk-ai-dashboard export --chart all --format csv --out CSV_DIR

writes (the charts' table twins) and the initiative dates from the dataset, and
draws the same four charts as `hk-ai-dashboard export --list`, at the same pixel
size as `export --format png --width 1600 --height 900 --scale 2` (3200 x 1800:
16 x 9 inches at 200 dpi), each saved as a PNG:

  startups-per-year     total per year (line + points), sector series where
                        published, initiatives as diamonds on the year axis
  startups-by-sector    a row per survey category, a column per published count,
                        "no published figure" where there is none
  funding-by-sector     disclosed funding stacked by sector per year, HK$ axis
  initiatives-per-year  initiatives per year stacked by kind, with the diamonds

Same data, colours, titles, legends and source/definition lines; not pixel for
pixel the same look. Used by benches/compare-matplotlib.sh.

With --pdf FILE the four charts go, a page each, into one PDF (PdfPages)
instead: what benches/compare-matplotlib.sh --pdf times against the report.

usage: matplotlib_charts.py --csv CSV_DIR --data data/hk_ai.ron --out OUT_DIR [--pdf FILE]
"""

import argparse
import csv
import os
import re
import sys
import time

T_START = time.perf_counter()

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

T_IMPORTED = time.perf_counter()

# src/charts.rs: PALETTE, TOTAL_COLOR, INITIATIVE_MARKER, kind_color.
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
           "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"]
TOTAL_COLOR = "#00897b"
MARKER_COLOR = "#a06c00"
KINDS = ["Strategy", "Funding scheme", "Infrastructure", "Regulation & guidance",
         "Research centre", "Talent & education", "Institution"]
WIDTH_IN, HEIGHT_IN, DPI = 16, 9, 200  # 3200 x 1800 px

# With --pdf: one multi-page PDF (matplotlib's PdfPages), a chart per page.
PDF = None


def save(fig, out, slug):
    if PDF is not None:
        PDF.savefig(fig)
    else:
        fig.savefig(os.path.join(out, slug + ".png"), dpi=DPI)


def number(cell):
    """'1,065' / '~2,229' / '>600' -> float; gaps and blanks -> None."""
    digits = re.sub(r"[^0-9.]", "", cell or "")
    return float(digits) if digits else None


def read_csv(folder, slug):
    with open(os.path.join(folder, slug + ".csv"), newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    # The table ends at the first blank row (the definition and sources follow).
    end = next((i for i, r in enumerate(rows) if not r or not r[0].strip()), len(rows))
    return rows[0], rows[1:end]


def initiative_dates(ron_path):
    """Fractional years of the initiatives (model::PartialDate::as_fractional_year)."""
    text = open(ron_path, encoding="utf-8").read()
    block = text[text.index("initiatives: ["):text.index("startup_counts: [")]
    years = []
    for m in re.finditer(r'\bdate: "(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?"', block):
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        if month is None:
            years.append(year + 0.5)
            continue
        within = 0.5 / 12 if day is None else (int(day) - 0.5) / 31 / 12
        years.append(year + (int(month) - 1) / 12 + within)
    as_of = re.search(r'as_of: "([^"]+)"', text).group(1)
    return years, as_of


def hkd(value, _pos=None):
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            return f"HK${value / size:g}{suffix}"
    return f"HK${value:g}"


def new_figure(title, unit, definition, source):
    fig = plt.figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
    fig.text(0.02, 0.965, title, fontsize=18, fontweight="bold", va="top")
    fig.text(0.02, 0.925, unit, fontsize=10, va="top")
    fig.text(0.02, 0.055, definition, fontsize=9, color="#666666", va="top")
    fig.text(0.02, 0.03, source, fontsize=9, va="top")
    ax = fig.add_axes([0.07, 0.12, 0.91, 0.78])
    ax.grid(True, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    return fig, ax


def year_axis(ax, first, last):
    ax.set_xlim(first - 0.6, last + 0.6)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))


def markers(ax, dates, first, last):
    shown = [d for d in dates if first - 0.6 <= d <= last + 0.6]
    ax.scatter(shown, [0] * len(shown), marker="D", s=40, color=MARKER_COLOR,
               zorder=5, label="Government initiatives")


def startups_per_year(csv_dir, dates, as_of, out):
    header, rows = read_csv(csv_dir, "startups-per-year")
    years = [int(r[0]) for r in rows]
    fig, ax = new_figure("Startups per year", "Unit: startups",
                         "InvestHK startup survey: startups in Hong Kong per year.",
                         f"Source: see the table. Data as of {as_of}.")
    for column in range(1, len(header) - 1):
        points = [(y, number(r[column])) for y, r in zip(years, rows)]
        points = [(y, v) for y, v in points if v is not None]
        color = TOTAL_COLOR if column == 1 else PALETTE[(column - 2) % len(PALETTE)]
        width = 2.5 if column == 1 else 1.5
        ax.plot([p[0] for p in points], [p[1] for p in points], color=color,
                linewidth=width, marker="o", markersize=6, label=header[column])
    markers(ax, dates, years[0], years[-1])
    year_axis(ax, years[0], years[-1])
    ax.set_ylim(bottom=0)
    ax.set_ylabel("startups")
    ax.legend(loc="upper left")
    save(fig, out, "startups-per-year")
    plt.close(fig)


def startups_by_sector(csv_dir, as_of, out):
    header, rows = read_csv(csv_dir, "startups-by-sector")
    years = [int(h.split()[0]) for h in header[2:-1]]  # category, sector, "2015 (startups)"…, source
    span = f"{years[0]}\u2013{years[-1]}" if years else "\u2013"
    fig, ax = new_figure(f"Startups by survey category, {span}", "Unit: startups",
                         "InvestHK startup survey counts by its own categories, where published.",
                         f"Source: see the table. Data as of {as_of}.")
    count = len(rows)
    values = [[number(cell) for cell in row[2:-1]] for row in rows]
    largest = max([v for row in values for v in row if v is not None] or [1.0])
    for i, (row, counts) in enumerate(zip(rows, values)):
        y = count - 1 - i  # first category at the top
        if all(v is None for v in counts):
            ax.text(years[0] - 0.6 if years else 0, y, " no published figure",
                    va="center", fontsize=9, color="#888888")
            continue
        color = PALETTE[0] if row[1] != "none" else "#808080"
        for year, value, cell in zip(years, counts, row[2:-1]):
            if value is None:
                continue
            height = 0.6 * value / largest
            ax.bar(year, height, bottom=y, width=0.6, color=color)
            ax.text(year, y + height, cell, ha="center", va="bottom", fontsize=8)
    ax.set_yticks(range(count))
    ax.set_yticklabels([r[0] for r in reversed(rows)])
    ax.set_ylim(-0.5, count - 0.5 + 0.8)
    if years:
        year_axis(ax, years[0], years[-1])
    save(fig, out, "startups-by-sector")
    plt.close(fig)


def funding_by_sector(csv_dir, dates, as_of, out):
    header, rows = read_csv(csv_dir, "funding-by-sector")
    years = [int(r[0]) for r in rows]
    fig, ax = new_figure("Disclosed funding by sector", "Unit: HK$",
                         "Disclosed amounts (programmes, rounds, listings, funds), not market totals.",
                         f"Source: see the table. Data as of {as_of}.")
    base = [0.0] * len(years)
    for column in range(1, len(header) - 1):
        values = [number(r[column]) for r in rows]
        xs = [y for y, v in zip(years, values) if v is not None]
        heights = [v for v in values if v is not None]
        bottoms = [b for b, v in zip(base, values) if v is not None]
        ax.bar(xs, heights, bottom=bottoms, width=0.7,
               color=PALETTE[(column - 1) % len(PALETTE)], label=header[column])
        base = [b + (v or 0.0) for b, v in zip(base, values)]
    markers(ax, dates, years[0], years[-1])
    year_axis(ax, years[0], years[-1])
    ax.yaxis.set_major_formatter(FuncFormatter(hkd))
    ax.set_ylabel("HK$")
    ax.legend(loc="upper left")
    save(fig, out, "funding-by-sector")
    plt.close(fig)


def initiatives_per_year(csv_dir, dates, as_of, out):
    header, rows = read_csv(csv_dir, "initiatives-per-year")
    years = [int(r[0]) for r in rows]
    fig, ax = new_figure("Government initiatives per year", "Unit: initiatives",
                         "Initiatives on the timeline, by the year they were announced.",
                         f"Source: see the table. Data as of {as_of}.")
    base = [0.0] * len(years)
    for k, kind in enumerate(KINDS):
        values = [number(r[1 + k]) or 0.0 for r in rows]
        if not any(values):
            continue
        xs = [y for y, v in zip(years, values) if v]
        heights = [v for v in values if v]
        bottoms = [b for b, v in zip(base, values) if v]
        ax.bar(xs, heights, bottom=bottoms, width=0.7,
               color=PALETTE[(k + 3) % len(PALETTE)], label=kind)
        base = [b + v for b, v in zip(base, values)]
    markers(ax, dates, years[0], years[-1])
    year_axis(ax, years[0], years[-1])
    ax.set_ylabel("initiatives")
    ax.legend(loc="upper left")
    save(fig, out, "initiatives-per-year")
    plt.close(fig)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", required=True, help="folder of the exported CSV files")
    parser.add_argument("--data", required=True, help="the dataset (.ron), for initiative dates")
    parser.add_argument("--out", required=True, help="folder for the PNG files")
    parser.add_argument("--pdf", help="write the 4 charts to this multi-page PDF instead")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    dates, as_of = initiative_dates(args.data)
    t0 = time.perf_counter()
    global PDF
    if args.pdf:
        from matplotlib.backends.backend_pdf import PdfPages
        PDF = PdfPages(args.pdf)
    startups_per_year(args.csv, dates, as_of, args.out)
    startups_by_sector(args.csv, as_of, args.out)
    funding_by_sector(args.csv, dates, as_of, args.out)
    initiatives_per_year(args.csv, dates, as_of, args.out)
    if PDF is not None:
        PDF.close()
    t1 = time.perf_counter()
    print(f"matplotlib {matplotlib.__version__}: import {1000 * (T_IMPORTED - T_START):.0f} ms, "
          f"4 charts drawn and saved {1000 * (t1 - t0):.0f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()
