"""Figures of a :class:`naming.compare.Comparison`, one function a figure.

Every function writes a PNG and an SVG into ``out_dir`` and returns their
paths (an empty list when there is nothing to draw). Figures are built on
:class:`matplotlib.figure.Figure` directly, never through pyplot, so no
global figure state is left behind and no display backend is needed.

File names come from a slug of the ids plus a short hash of the full ids:
the slug keeps them readable, the hash keeps two ids that slug alike (e.g.
names in different scripts) from overwriting each other, and no raw user
string reaches the file system.
"""

from __future__ import annotations

import colorsys
import hashlib
import re
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd
import matplotlib
from matplotlib import colors as mcolors
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from naming.compare import NO_CAMP, SCOPES, VOICES, Comparison

# Colour-blind-safe qualitative palette (Okabe & Ito) for camps without a colour.
_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"]
_NO_CAMP_COLOR = "#8C8C8C"
_VOICE_COLORS = {"narrative": "#404040", "direct": "#E69F00", "reported": "#56B4E9"}
_SCOPE_TITLES = {"own": "Outlet's own voice", "all": "All voices (incl. quotes)"}
_SLUG_LENGTH = 48


def _plain_text(plot):
    """Labels, outlet names and titles come from outside: "$\\foo$" is text, not mathtext to parse."""
    import functools

    @functools.wraps(plot)
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context({"text.parse_math": False}):
            return plot(*args, **kwargs)
    return wrapper



def safe_name(*ids: object) -> str:
    """A file stem from ids: ASCII letters, digits, '-' and '_' only, plus a hash."""
    joined = "\x1f".join(str(i) for i in ids)
    ascii_text = unicodedata.normalize("NFKD", joined).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_text).strip("-_")[:_SLUG_LENGTH] or "figure"
    digest = hashlib.sha1(joined.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


def camp_palette(camps, camp_colors: dict[str, str] | None = None) -> dict[str, str]:
    """Colour of each camp: the given one, else the next unused palette colour, in camp order."""
    given = dict(camp_colors or {})
    spare = [c for c in _PALETTE if c not in given.values()] or _PALETTE
    palette = {}
    for i, camp in enumerate(sorted({c for c in camps if isinstance(c, str)} - set(given))):
        palette[camp] = spare[i % len(spare)]
    palette.update(given)
    palette.setdefault(NO_CAMP, _NO_CAMP_COLOR)
    return palette


def _shades(base: str, count: int) -> list[str]:
    """``count`` distinguishable shades of one hue, darkest first."""
    h, lightness, s = colorsys.rgb_to_hls(*mcolors.to_rgb(base))
    if count == 1:
        return [mcolors.to_hex(mcolors.to_rgb(base))]
    levels = np.linspace(max(0.2, lightness - 0.2), min(0.85, lightness + 0.3), count)
    return [mcolors.to_hex(colorsys.hls_to_rgb(h, li, s)) for li in levels]


def _legend_label(label: str, camp: str) -> str:
    return f"{label} (no camp)" if camp == NO_CAMP else f"{label} ({camp})"


def _camp_rank(camp: str, *rest: str) -> tuple:
    """Sort key putting named camps in order and variants without a camp last."""
    return (camp == NO_CAMP, camp, *rest)


def _camp_of(table: pd.DataFrame) -> pd.Series:
    return table["camp"].astype(object).where(table["camp"].notna(), NO_CAMP)


def variant_colors(variants: pd.DataFrame, palette: dict[str, str]) -> dict[str, str]:
    """Variants of one camp in shades of the camp's colour.

    ``variants`` has `variant` and `camp` columns (one or more rows per variant).
    """
    table = variants.drop_duplicates("variant")
    table = table.assign(_camp=_camp_of(table))
    result = {}
    for camp, rows in table.groupby("_camp", sort=True):
        ordered = sorted(rows["variant"])
        result.update(zip(ordered, _shades(palette.get(camp, _NO_CAMP_COLOR), len(ordered))))
    return result


def _ink(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = mcolors.to_rgb(background)
    return "black" if 0.299 * r + 0.587 * g + 0.114 * b > 0.5 else "white"


def _save(fig: Figure, out_dir, stem: str) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"{stem}.png", out / f"{stem}.svg"]
    fig.savefig(paths[0], dpi=150)
    # no timestamp and no random element ids: the same data gives the same file
    with matplotlib.rc_context({"svg.hashsalt": stem}):
        fig.savefig(paths[1], metadata={"Date": None})
    return paths


def _labels(table: pd.DataFrame) -> dict[str, str]:
    return {
        v: str(label)
        for v, label in table.drop_duplicates("variant").set_index("variant")["variant_label"].items()
    }


def _percent_axis(ax, axis: str = "x") -> None:
    ticks = np.linspace(0, 1, 6)
    names = [f"{t:.0%}" for t in ticks]
    if axis == "x":
        ax.set_xticks(ticks, names)
    else:
        ax.set_yticks(ticks, names)


@_plain_text
def plot_concept_shares(
    comparison: Comparison,
    concept: str,
    out_dir,
    camp_colors: dict[str, str] | None = None,
    interval: str = "bootstrap",
) -> list[Path]:
    """Stacked bars of one concept's variant shares per group, own voice beside all voices.

    The leading variant (most mentions over all voices) is drawn first, so its
    ``interval`` ("bootstrap" or "wilson") whisker sits on an absolute share
    scale; the other variants follow grouped by camp, each camp in shades of
    its colour. N (mentions of the concept) and the number of articles are
    written beside each bar; groups under min_n are hatched.
    """
    if interval not in ("bootstrap", "wilson"):
        raise ValueError("interval must be 'bootstrap' or 'wilson'")
    shares = comparison.shares[comparison.shares["concept"] == concept]
    if shares.empty:
        return []
    low_col, high_col = ("boot_low", "boot_high") if interval == "bootstrap" else ("wilson_low", "wilson_high")
    palette = camp_palette(comparison.shares["camp"].dropna().unique(), camp_colors)
    colours = variant_colors(shares, palette)
    labels = _labels(shares)
    camp_of = dict(zip(shares["variant"], _camp_of(shares)))
    leader = shares[shares["scope"] == "all"].groupby("variant")["mentions"].sum().idxmax()
    others = shares[shares["variant"] != leader].drop_duplicates("variant")
    order = [leader] + sorted(others["variant"], key=lambda v: _camp_rank(camp_of[v], v))
    # Reversed so that the first group in sort order is drawn at the top.
    groups = sorted(shares["group"].unique(), reverse=True)
    level = comparison.summary.get("level", 0.95)

    fig = Figure(figsize=(12, 2.4 + 0.45 * len(groups)), layout="constrained")
    axes = fig.subplots(1, 2, sharey=True)
    for ax, scope in zip(axes, SCOPES):
        table = shares[shares["scope"] == scope].set_index(["group", "variant"])
        ax.set_title(_SCOPE_TITLES[scope])
        ax.set_xlim(0, 1.25)
        _percent_axis(ax)
        ax.set_xlabel("share of the concept's mentions")
        ax.set_yticks(range(len(groups)), groups)
        present = set(table.index.get_level_values("group"))
        for y, group in enumerate(groups):
            if group not in present:
                ax.text(0.01, y, "N = 0 (no mentions in this voice)", va="center", fontsize=8)
                continue
            cell = table.loc[group]
            hatch = None if bool(cell["tested"].iloc[0]) else "///"
            left = 0.0
            for variant in order:
                if variant not in cell.index:
                    continue
                share = float(cell.at[variant, "share"])
                ax.barh(y, share, left=left, height=0.7, color=colours[variant], edgecolor="white", hatch=hatch)
                left += share
            if leader in cell.index:
                share = float(cell.at[leader, "share"])
                low, high = float(cell.at[leader, low_col]), float(cell.at[leader, high_col])
                if not np.isnan(low):
                    ax.errorbar(share, y, xerr=[[share - low], [high - share]], fmt="none", ecolor="black", capsize=3, lw=1)
            ax.text(
                1.02, y, f"N={int(cell['N'].iloc[0])}, {int(cell['articles'].iloc[0])} art.",
                va="center", fontsize=7,
            )
    fig.legend(
        handles=[Patch(facecolor=colours[v], label=_legend_label(labels.get(v, v), camp_of[v])) for v in order],
        loc="outside lower center",
        ncols=min(len(order), 4),
        fontsize=8,
        title="name used (camp)",
    )
    fig.suptitle(
        f"{shares['concept_label'].iloc[0]}: names used, by {comparison.by}\n"
        f"whiskers: {level:.0%} {interval} CI of the share of “{labels.get(leader, leader)}”; "
        f"hatched: N < {comparison.summary.get('min_n', '?')}, not tested",
        fontsize=10,
    )
    return _save(fig, out_dir, safe_name("shares", concept, comparison.by))


@_plain_text
def plot_share_heatmap(comparison: Comparison, out_dir, scope: str = "all") -> list[Path]:
    """Groups x variants heatmap of shares (within each concept), annotated with share and k/N."""
    shares = comparison.shares[comparison.shares["scope"] == scope]
    if shares.empty:
        return []
    columns = shares.drop_duplicates("variant").sort_values(["concept", "variant"])
    variants = list(columns["variant"])
    groups = sorted(shares["group"].unique())
    grid = shares.pivot(index="group", columns="variant", values="share").reindex(index=groups, columns=variants)
    table = shares.set_index(["group", "variant"])

    labels = [f"{c}: {v}" for c, v in zip(columns["concept_label"], columns["variant_label"])]
    # the labels stand at 45° under the grid: their length, not the number of groups, sets most of the height
    label_height = 0.06 * max(map(len, labels))
    fig = Figure(figsize=(max(8.0, 2.5 + 1.1 * len(variants)), 2.2 + 0.55 * len(groups) + label_height),
                 layout="constrained")
    ax = fig.subplots()
    image = ax.imshow(grid.to_numpy(dtype=float), cmap="Blues", vmin=0, vmax=1, aspect="auto")
    for i, group in enumerate(groups):
        for j, variant in enumerate(variants):
            if (group, variant) not in table.index:
                ax.text(j, i, "–", ha="center", va="center", fontsize=8, color="grey")
                continue
            row = table.loc[(group, variant)]
            value = float(row["share"])
            ax.text(
                j, i, f"{value:.0%}\n{int(row['mentions'])}/{int(row['N'])}",
                ha="center", va="center", fontsize=7,
                color=_ink(mcolors.to_hex(image.cmap(value))),
                fontstyle="normal" if row["tested"] else "italic",
            )
    ax.set_xticks(
        range(len(variants)),
        labels,
        rotation=45, ha="right", fontsize=8,
    )
    ax.set_yticks(range(len(groups)), groups)
    ax.set_xlabel("concept / name used")
    ax.set_ylabel(comparison.by)
    # Lines between concepts, since shares only add up to 100% within one.
    bounds = np.flatnonzero(columns["concept"].to_numpy()[1:] != columns["concept"].to_numpy()[:-1])
    for b in bounds:
        ax.axvline(b + 0.5, color="black", lw=1.5)
    colourbar = fig.colorbar(image, ax=ax)
    colourbar.set_label("share within the concept")
    fig.suptitle(
        f"Share of each name within its concept, by {comparison.by}\n"
        f"{_SCOPE_TITLES[scope]}; cells: share and mentions/N; "
        f"italic: N < {comparison.summary.get('min_n', '?')}, not tested",
        fontsize=10,
    )
    return _save(fig, out_dir, safe_name("heatmap", scope, comparison.by))


@_plain_text
def plot_voice_breakdown(
    comparison: Comparison, out_dir, camp_colors: dict[str, str] | None = None
) -> list[Path]:
    """Per camp, how each group's mentions divide between narrative, direct quotes and reported speech."""
    table = comparison.voice_breakdown
    if table.empty:
        return []
    camps = sorted(table["camp"].unique(), key=_camp_rank)
    palette = camp_palette([c for c in camps if c != NO_CAMP], camp_colors)
    groups = sorted(table["group"].unique(), reverse=True)

    fig = Figure(figsize=(4.2 * len(camps), 2.4 + 0.45 * len(groups)), layout="constrained")
    axes = np.atleast_1d(fig.subplots(1, len(camps), sharey=True, squeeze=False)[0])
    for ax, camp in zip(axes, camps):
        rows = table[table["camp"] == camp].set_index("group")
        ax.set_title(f"camp: {camp}", color=palette.get(camp, _NO_CAMP_COLOR), fontweight="bold")
        ax.set_xlim(0, 1.3)
        _percent_axis(ax)
        ax.set_xlabel("share of the camp's mentions")
        ax.set_yticks(range(len(groups)), groups)
        for y, group in enumerate(groups):
            if group not in rows.index:
                ax.text(0.01, y, "N = 0", va="center", fontsize=8)
                continue
            row = rows.loc[group]
            total = int(row["mentions"])
            left = 0.0
            for voice in VOICES:
                width = row[voice] / total
                ax.barh(y, width, left=left, height=0.7, color=_VOICE_COLORS[voice], edgecolor="white")
                left += width
            ax.text(1.02, y, f"N={total}\nquoted {row['quoted_share']:.0%}", va="center", fontsize=7)
    fig.legend(
        handles=[Patch(facecolor=_VOICE_COLORS[v], label=v) for v in VOICES],
        loc="outside lower center", ncols=len(VOICES), fontsize=8, title="voice",
    )
    fig.suptitle(f"In whose voice each camp's names appear, by {comparison.by} (N = mentions)", fontsize=10)
    return _save(fig, out_dir, safe_name("voices", comparison.by))


@_plain_text
def plot_camp_lean(comparison: Comparison, out_dir) -> list[Path]:
    """Distribution of the per-article camp lean for each group: box, articles as dots, mean with CI."""
    lean = comparison.lean.dropna(subset=["lean"])
    camps = comparison.summary.get("lean_camps")
    if lean.empty or not camps:
        return []
    positive, negative = camps
    summary = comparison.lean_summary.set_index("group")
    groups = [g for g in sorted(comparison.lean_summary["group"], reverse=True) if summary.at[g, "articles"] > 0]
    values = [lean.loc[lean["group"] == g, "lean"].to_numpy(dtype=float) for g in groups]
    level = comparison.summary.get("level", 0.95)

    fig = Figure(figsize=(9, 2.2 + 0.5 * len(groups)), layout="constrained")
    ax = fig.subplots()
    # Boxes drawn by hand (quartiles, median, 1.5 IQR whiskers) because the
    # boxplot orientation argument changed name across matplotlib versions.
    for y, vals in enumerate(values):
        q1, median, q3 = np.percentile(vals, [25, 50, 75])
        reach = 1.5 * (q3 - q1)
        lo, hi = vals[vals >= q1 - reach].min(), vals[vals <= q3 + reach].max()
        ax.barh(y, q3 - q1, left=q1, height=0.6, facecolor="none", edgecolor="black", lw=1)
        ax.plot([median, median], [y - 0.3, y + 0.3], color="black", lw=1.5)
        ax.plot([lo, q1], [y, y], color="black", lw=1)
        ax.plot([q3, hi], [y, y], color="black", lw=1)
    # Fixed seed: the jitter only separates dots and must not change between runs.
    jitter = np.random.default_rng(0)
    for y, vals in enumerate(values):
        ax.scatter(vals, y + jitter.uniform(-0.2, 0.2, vals.size), s=8, alpha=0.35, color="#0072B2", linewidths=0)
        row = summary.loc[groups[y]]
        ax.errorbar(row["mean"], y, xerr=[[row["mean"] - row["boot_low"]], [row["boot_high"] - row["mean"]]],
                    fmt="D", color="#D55E00", capsize=3, ms=5)
        ax.text(1.08, y, f"n={int(row['articles'])} art.\n(+{int(row['articles_without'])} without)",
                va="center", fontsize=7)
    ax.axvline(0, color="grey", lw=0.8, ls="--")
    ax.set_xlim(-1.1, 1.45)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1], [f"-1\nall {negative}", "-0.5", "0", "0.5", f"1\nall {positive}"])
    ax.set_yticks(range(len(groups)), groups)
    ax.set_ylabel(comparison.by)
    ax.set_xlabel(f"camp lean of the article's own-voice names: (n {positive} − n {negative}) / (n {positive} + n {negative})")
    fig.legend(
        handles=[
            Patch(facecolor="#0072B2", alpha=0.35, label="one article"),
            Patch(facecolor="none", edgecolor="black", label="quartiles and median"),
            Patch(facecolor="#D55E00", label=f"mean, {level:.0%} bootstrap CI"),
        ],
        loc="outside lower center", ncols=3, fontsize=7,
    )
    fig.suptitle(f"Camp lean per article, by {comparison.by} (articles without either camp are not shown)", fontsize=10)
    return _save(fig, out_dir, safe_name("lean", comparison.by))


@_plain_text
def plot_shares_over_time(
    comparison: Comparison, concept: str, out_dir, camp_colors: dict[str, str] | None = None
) -> list[Path]:
    """Monthly share of each variant of one concept, own voice beside all voices, with Wilson bands."""
    table = comparison.over_time[comparison.over_time["concept"] == concept]
    if table.empty:
        return []
    palette = camp_palette(comparison.shares["camp"].dropna().unique(), camp_colors)
    # Colours from the concept's full variant list, as in its share bars.
    colours = variant_colors(comparison.shares[comparison.shares["concept"] == concept], palette)
    labels = _labels(table)
    label = comparison.shares.loc[comparison.shares["concept"] == concept, "concept_label"]
    title = str(label.iloc[0]) if len(label) else concept
    level = comparison.summary.get("level", 0.95)

    fig = Figure(figsize=(12, 4.5), layout="constrained")
    axes = fig.subplots(1, 2, sharey=True)
    for ax, scope in zip(axes, SCOPES):
        scoped = table[table["scope"] == scope]
        ax.set_title(_SCOPE_TITLES[scope])
        ax.set_ylim(0, 1)
        _percent_axis(ax, "y")
        if scoped.empty:
            ax.text(0.5, 0.5, "no dated mentions", transform=ax.transAxes, ha="center", va="center")
            continue
        month_list = sorted(scoped["month"].unique())
        x = {m: i for i, m in enumerate(month_list)}
        for variant, rows in scoped.groupby("variant", sort=True):
            rows = rows.sort_values("month")
            xs = rows["month"].map(x)
            ax.plot(xs, rows["share"], marker="o", ms=3, color=colours[variant], label=labels.get(variant, variant))
            ax.fill_between(xs, rows["wilson_low"], rows["wilson_high"], color=colours[variant], alpha=0.15, lw=0)
        totals = scoped.drop_duplicates("month").set_index("month")["N"]
        ax.set_xticks(range(len(month_list)), [f"{m}\nN={int(totals[m])}" for m in month_list],
                      rotation=45 if len(month_list) > 6 else 0, fontsize=7)
        ax.set_xlabel("month (N = mentions of the concept)")
    axes[0].set_ylabel("share of the concept's mentions")
    # A variant may occur in one scope only, so the legend merges both panels.
    entries = {}
    for ax in axes:
        handles, names = ax.get_legend_handles_labels()
        entries.update(zip(names, handles))
    fig.legend(list(entries.values()), list(entries), loc="outside lower center",
               ncols=max(1, min(len(entries), 4)), fontsize=8, title="name used (colour = camp)")
    fig.suptitle(f"{title}: names used per month (bands: {level:.0%} Wilson interval)", fontsize=10)
    return _save(fig, out_dir, safe_name("over-time", concept))


@_plain_text
def plot_all(comparison: Comparison, out_dir, camp_colors: dict[str, str] | None = None) -> list[Path]:
    """Every figure of a comparison; returns the paths written."""
    paths: list[Path] = []
    concepts = sorted(comparison.shares["concept"].unique())
    for concept in concepts:
        paths += plot_concept_shares(comparison, concept, out_dir, camp_colors)
    paths += plot_share_heatmap(comparison, out_dir)
    paths += plot_voice_breakdown(comparison, out_dir, camp_colors)
    paths += plot_camp_lean(comparison, out_dir)
    for concept in concepts:
        paths += plot_shares_over_time(comparison, concept, out_dir, camp_colors)
    return paths


@_plain_text
def plot_variants_by_voice(mentions: pd.DataFrame, out_dir) -> list[Path]:
    """Variant counts by voice over all articles: a horizontal stacked bar per variant."""
    counted = mentions[~mentions["boilerplate"]]
    if counted.empty:
        return []
    table = (counted.assign(voice=counted["voice"].where(~counted["distanced"], counted["voice"] + " (distanced)"))
             .pivot_table(index="variant_label", columns="voice", values="start", aggfunc="count", fill_value=0))
    table = table.loc[table.sum(axis=1).sort_values().index]
    order = [v for v in ("narrative", "narrative (distanced)", "direct", "direct (distanced)",
                         "reported", "reported (distanced)") if v in table.columns]
    colours = {"narrative": "#4c72b0", "narrative (distanced)": "#a1b8dc", "direct": "#dd8452",
               "direct (distanced)": "#f0c1a0", "reported": "#55a868", "reported (distanced)": "#a8d5b3"}
    fig = Figure(figsize=(8, max(2.5, 0.35 * len(table) + 1.2)))
    ax = fig.add_subplot()
    left = [0] * len(table)
    for voice in order:
        values = table[voice].tolist()
        ax.barh(range(len(table)), values, left=left, color=colours[voice], label=voice)
        left = [a + b for a, b in zip(left, values)]
    for y, total in enumerate(left):
        ax.text(total + 0.1, y, f"n={total}", va="center", fontsize=8)
    ax.set_yticks(range(len(table)), [str(v) for v in table.index], fontsize=8)
    ax.set_xlabel("mentions")
    ax.set_title("Lexicon variants by voice (all articles)")
    ax.legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    return _save(fig, out_dir, "variants_by_voice")
