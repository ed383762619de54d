"""Group comparison tables over the Mention table.

:func:`compare` answers "which group names what by which name, in whose
voice" with counts, shares and intervals, pairwise tests between groups, a
per-article camp lean, a breakdown by voice, shares over time and the
keyword-in-context evidence behind every cell. Boilerplate mentions ("Read
more:" lines) are dropped first: they are not the outlet writing.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from naming import stats

#: Voice scopes: "own" is the outlet speaking (narrative, not distanced),
#: "all" adds quotes, reported speech and distanced uses.
SCOPES = ("own", "all")
VOICES = ("narrative", "direct", "reported")
#: Group label for mentions whose grouping value is missing, so that they are
#: counted in the open rather than silently dropped.
MISSING_GROUP = "(unknown)"
NO_CAMP = "(none)"

_GROUP = "_group"
_MONTH = "_month"

EVIDENCE_COLUMNS = [
    "article",
    "sentence",
    "start",
    "end",
    "text",
    "sentence_text",
    "voice",
    "speaker",
    "distanced",
    "headline",
]

SHARE_COLUMNS = [
    "scope", "concept", "group", "variant", "cell", "concept_label", "variant_label",
    "camp", "mentions", "N", "articles", "share", "wilson_low", "wilson_high",
    "boot_low", "boot_high", "languages", "tested",
]
# Filled after the per-cell loop, vectorised over the whole table.
_DERIVED_SHARE = {"share", "wilson_low", "wilson_high", "tested"}
TEST_COLUMNS = [
    "scope", "concept", "variant", "variant_label", "camp", "group_a", "group_b",
    "y_a", "y_b", "n_a", "n_b", "share_a", "share_b", "diff", "diff_low", "diff_high",
    "delta", "z", "p", "q", "tested",
]
LEAN_COLUMNS = ["group", "article", "n_pos", "n_neg", "lean"]
LEAN_SUMMARY_COLUMNS = ["group", "articles", "articles_without", "mean", "median", "boot_low", "boot_high"]
VOICE_COLUMNS = [
    "group", "camp", *VOICES, "distanced", "mentions", "quoted", "quoted_share",
    "quoted_low", "quoted_high",
]
OVER_TIME_COLUMNS = [
    "scope", "month", "concept", "variant", "variant_label", "camp", "mentions", "N",
    "articles", "share", "wilson_low", "wilson_high",
]


@dataclass
class Comparison:
    """Every table of one comparison (columns: the ``*_COLUMNS`` lists above).

    shares: one row per (scope, concept, group, variant), zero rows included.
    tests: one row per (scope, concept, variant, group_a, group_b).
    lean / lean_summary: per (group, article) camp lean, and per group.
    voice_breakdown: per (group, camp) mentions by voice.
    over_time: per (scope, month, concept, variant); empty without dates.
    evidence: keyword-in-context rows, `cell` joins them to `shares`.
    summary: corpus counts and the settings used.
    """

    by: str
    shares: pd.DataFrame
    tests: pd.DataFrame
    lean: pd.DataFrame
    lean_summary: pd.DataFrame
    voice_breakdown: pd.DataFrame
    over_time: pd.DataFrame
    evidence: pd.DataFrame
    summary: dict = field(default_factory=dict)


def cell_key(scope, concept, group, variant):
    """Key joining a `shares` row to its `evidence` rows (strings or string Series)."""
    return scope + "|" + concept + "|" + group + "|" + variant


def months(dates: pd.Series) -> pd.Series:
    """YYYY-MM of ISO dates; missing or malformed dates give NA."""
    return dates.astype("string").str.extract(r"^(\d{4}-(?:0[1-9]|1[0-2]))", expand=False)


def compare(
    df: pd.DataFrame,
    by: str = "outlet",
    min_n: int = 10,
    n_boot: int = 1000,
    seed: int = 0,
    level: float = 0.95,
    alpha0: float = stats.DEFAULT_ALPHA0,
    camps: tuple[str, str] | None = None,
) -> Comparison:
    """Compare naming between the groups of column ``by`` ("month" groups by date).

    ``min_n`` is the number of mentions of a concept a group needs for its
    shares to be tested; smaller groups are still shown, flagged untested.
    ``camps`` is the (positive, negative) pair of the camp lean, by default
    :func:`naming.stats.default_camps`.
    """
    data = _prepare(df, by)
    scopes = {"own": data[_own(data)], "all": data}
    shares, replicates = _shares(scopes, min_n, n_boot, seed, level)
    tests = _tests(scopes, shares, replicates, min_n, level, alpha0)
    if camps is None:
        camps = stats.default_camps(data) if not data.empty else None
    lean, lean_summary = _lean(data, camps, n_boot, seed, level)
    summary = {
        "by": by,
        "mentions": int(len(data)),
        "boilerplate_excluded": int(len(df) - len(data)),
        "articles": int(data["article"].nunique()),
        "groups": int(data[_GROUP].nunique()),
        "group_names": sorted(data[_GROUP].unique().tolist()),
        "languages": int(data["lang"].dropna().nunique()),
        "language_codes": sorted(data["lang"].dropna().astype(str).unique().tolist()),
        "concepts": int(data["concept"].nunique()),
        "dated_mentions": int(data[_MONTH].notna().sum()),
        "lean_camps": camps,
        "min_n": min_n,
        "n_boot": n_boot,
        "seed": seed,
        "level": level,
        "alpha0": alpha0,
    }
    return Comparison(
        by=by,
        shares=shares,
        tests=tests,
        lean=lean,
        lean_summary=lean_summary,
        voice_breakdown=_voice_breakdown(data, level),
        over_time=_over_time(scopes, level),
        evidence=_evidence(scopes),
        summary=summary,
    )


def _prepare(df: pd.DataFrame, by: str) -> pd.DataFrame:
    if by != "month" and by not in df.columns:
        raise ValueError(f"cannot group by {by!r}: not a Mention column nor 'month'")
    data = df
    if "boilerplate" in data:
        data = data[~stats.flag(data["boilerplate"])]
    data = data.copy()
    data["distanced"] = stats.flag(data["distanced"]) if "distanced" in data else False
    data[_MONTH] = months(data["date"]) if "date" in data else pd.Series(pd.NA, index=data.index, dtype="string")
    group = data[_MONTH] if by == "month" else data[by]
    data[_GROUP] = group.astype(object).where(group.notna(), MISSING_GROUP).astype(str)
    return data


def _own(data: pd.DataFrame) -> pd.Series:
    return data["voice"].eq(stats.OWN_VOICE) & ~data["distanced"]


def _first_value(frame: pd.DataFrame, column: str, key: str) -> dict:
    """First non-missing value of ``column`` for each ``key`` (e.g. a variant's camp)."""
    if column not in frame:
        return {}
    return frame.dropna(subset=[column]).groupby(key)[column].first().to_dict()


def _shares(scopes, min_n, n_boot, seed, level):
    rows = []
    # Bootstrap replicates per (scope, concept, group), columns in sorted
    # variant order, reused for the differences between groups.
    replicates: dict[tuple[str, str, str], np.ndarray] = {}
    for scope, sub in scopes.items():
        for concept, cdf in sub.groupby("concept", sort=True):
            variants = sorted(cdf["variant"].unique())
            camp = _first_value(cdf, "camp", "variant")
            vlabel = _first_value(cdf, "variant_label", "variant")
            clabel = _first_value(cdf, "concept_label", "concept").get(concept, concept)
            langs = (
                cdf.dropna(subset=["lang"])
                .groupby([_GROUP, "variant"])["lang"]
                .agg(lambda s: "+".join(sorted(set(map(str, s)))))
                .to_dict()
            )
            for group, gdf in cdf.groupby(_GROUP, sort=True):
                table = stats.cluster_counts(gdf, concept).reindex(columns=variants, fill_value=0.0)
                reps = stats.bootstrap_share_replicates(
                    table.to_numpy(), n_boot, stats.keyed_rng(seed, scope, concept, group)
                )
                replicates[(scope, concept, group)] = reps
                low, high = stats.percentile_interval(reps, level)
                counts = table.sum(axis=0)
                n = int(counts.sum())
                for j, variant in enumerate(variants):
                    rows.append(
                        {
                            "scope": scope,
                            "concept": concept,
                            "group": group,
                            "variant": variant,
                            "cell": cell_key(scope, concept, group, variant),
                            "concept_label": clabel,
                            "variant_label": vlabel.get(variant, variant),
                            "camp": camp.get(variant),
                            "mentions": int(counts[variant]),
                            "N": n,
                            "articles": len(table),
                            "boot_low": low[j],
                            "boot_high": high[j],
                            "languages": langs.get((group, variant), ""),
                        }
                    )
    shares = pd.DataFrame(rows, columns=[c for c in SHARE_COLUMNS if c not in _DERIVED_SHARE])
    shares["share"] = shares["mentions"] / shares["N"]
    shares["wilson_low"], shares["wilson_high"] = stats.wilson_interval(
        shares["mentions"].to_numpy(), shares["N"].to_numpy(), stats.z_for_level(level)
    )
    shares["tested"] = shares["N"] >= min_n
    return shares[SHARE_COLUMNS], replicates


def _tests(scopes, shares, replicates, min_n, level, alpha0):
    frames = []
    for scope in scopes:
        # One block of arrays per (concept, pair), concatenated column-wise at
        # the end: a DataFrame per pair would dominate the run time.
        columns: dict[str, list] = {c: [] for c in TEST_COLUMNS if c not in ("tested", "p", "q")}
        scoped = shares[shares["scope"] == scope]
        for concept, cshares in scoped.groupby("concept", sort=True):
            counts = cshares.pivot(index="variant", columns="group", values="mentions").astype(float)
            info = cshares.drop_duplicates("variant").set_index("variant").reindex(counts.index)
            for group_a, group_b in itertools.combinations(counts.columns, 2):
                y_a, y_b = counts[group_a].to_numpy(), counts[group_b].to_numpy()
                _, delta, _, z = stats.log_odds_arrays(y_a, y_b, alpha0=alpha0)
                # Both groups were resampled independently, so pairing
                # replicate i of a with replicate i of b is a draw of the
                # difference under independent within-group resampling.
                diff_low, diff_high = stats.percentile_interval(
                    replicates[(scope, concept, group_a)] - replicates[(scope, concept, group_b)], level
                )
                # A variant neither group used: a pair of zeros carries no evidence.
                used = y_a + y_b > 0
                k = int(used.sum())
                n_a, n_b = y_a.sum(), y_b.sum()
                block = {
                    "scope": [scope] * k,
                    "concept": [concept] * k,
                    "variant": counts.index.to_numpy()[used],
                    "variant_label": info["variant_label"].to_numpy()[used],
                    "camp": info["camp"].to_numpy()[used],
                    "group_a": [group_a] * k,
                    "group_b": [group_b] * k,
                    "y_a": y_a[used].astype(int),
                    "y_b": y_b[used].astype(int),
                    "n_a": np.full(k, int(n_a)),
                    "n_b": np.full(k, int(n_b)),
                    "share_a": y_a[used] / n_a,
                    "share_b": y_b[used] / n_b,
                    "diff": y_a[used] / n_a - y_b[used] / n_b,
                    "diff_low": diff_low[used],
                    "diff_high": diff_high[used],
                    "delta": delta[used],
                    "z": z[used],
                }
                for name, values in block.items():
                    columns[name].append(values)
        frame = pd.DataFrame({name: np.concatenate(parts) if parts else [] for name, parts in columns.items()})
        # A NaN z (a variant that is all of the pooled usage) cannot be tested.
        frame["tested"] = (frame["n_a"] >= min_n) & (frame["n_b"] >= min_n) & frame["z"].notna()
        frame["p"] = np.where(frame["tested"], stats.normal_two_sided_p(frame["z"].to_numpy()), np.nan)
        frame["q"] = stats.benjamini_hochberg(frame["p"].to_numpy())
        frames.append(frame[TEST_COLUMNS])
    return pd.concat(frames, ignore_index=True)


def _lean(data, camps, n_boot, seed, level):
    if camps is None or data.empty:
        return pd.DataFrame(columns=LEAN_COLUMNS), pd.DataFrame(columns=LEAN_SUMMARY_COLUMNS)
    positive, negative = camps
    per_group = []
    summary = []
    # Lean is computed within each group's mentions of an article, which for
    # article-level groupings (outlet, month, lang) is simply the article.
    for group, gdf in data.groupby(_GROUP, sort=True):
        table = stats.camp_lean(gdf, positive, negative).reset_index()
        table.insert(0, "group", group)
        per_group.append(table)
        values = table["lean"].dropna().to_numpy()
        low, high = stats.bootstrap_mean(values, n_boot, stats.keyed_rng(seed, "lean", group), level)
        summary.append(
            {
                "group": group,
                "articles": int(values.size),
                "articles_without": int(table["lean"].isna().sum()),
                "mean": float(values.mean()) if values.size else np.nan,
                "median": float(np.median(values)) if values.size else np.nan,
                "boot_low": low,
                "boot_high": high,
            }
        )
    lean = pd.concat(per_group, ignore_index=True)[LEAN_COLUMNS]
    return lean, pd.DataFrame(summary, columns=LEAN_SUMMARY_COLUMNS)


def _voice_breakdown(data, level):
    if data.empty:
        return pd.DataFrame(columns=VOICE_COLUMNS)
    camp = data["camp"].astype(object).where(data["camp"].notna(), NO_CAMP) if "camp" in data else NO_CAMP
    keyed = data.assign(_camp=camp)
    table = keyed.groupby([_GROUP, "_camp", "voice"]).size().unstack("voice", fill_value=0)
    table = table.reindex(columns=list(VOICES), fill_value=0)
    by_cell = keyed.groupby([_GROUP, "_camp"])
    table["distanced"] = by_cell["distanced"].sum()
    # Counted from the data, not from the three voices, so an unexpected voice
    # label still shows up as the gap between `mentions` and their sum.
    table["mentions"] = by_cell.size()
    table = table.reset_index().rename(columns={_GROUP: "group", "_camp": "camp"})
    table["quoted"] = table["direct"] + table["reported"]
    table["quoted_share"] = table["quoted"] / table["mentions"]
    table["quoted_low"], table["quoted_high"] = stats.wilson_interval(
        table["quoted"].to_numpy(), table["mentions"].to_numpy(), stats.z_for_level(level)
    )
    table.columns.name = None
    return table[VOICE_COLUMNS]


def _over_time(scopes, level):
    frames = []
    for scope, sub in scopes.items():
        dated = sub[sub[_MONTH].notna()]
        camp = _first_value(dated, "camp", "variant")
        vlabel = _first_value(dated, "variant_label", "variant")
        for concept, cdf in dated.groupby("concept", sort=True):
            # unstack fills months without a variant with 0, so its line drops
            # to zero there instead of leaving a gap.
            counts = cdf.groupby([_MONTH, "variant"]).size().unstack("variant", fill_value=0)
            long = counts.stack().rename("mentions").reset_index().rename(columns={_MONTH: "month"})
            long["N"] = long["month"].map(counts.sum(axis=1))
            long["articles"] = long["month"].map(cdf.groupby(_MONTH)["article"].nunique())
            long["scope"] = scope
            long["concept"] = concept
            long["variant_label"] = long["variant"].map(lambda v: vlabel.get(v, v))
            long["camp"] = long["variant"].map(camp.get)
            frames.append(long)
    if not frames:
        return pd.DataFrame(columns=OVER_TIME_COLUMNS)
    table = pd.concat(frames, ignore_index=True)
    table["share"] = table["mentions"] / table["N"]
    table["wilson_low"], table["wilson_high"] = stats.wilson_interval(
        table["mentions"].to_numpy(), table["N"].to_numpy(), stats.z_for_level(level)
    )
    return table[OVER_TIME_COLUMNS].sort_values(["scope", "concept", "variant", "month"], ignore_index=True)


def _evidence(scopes):
    frames = []
    for scope, sub in scopes.items():
        columns = [c for c in EVIDENCE_COLUMNS if c in sub.columns]
        frame = sub[["concept", "variant", _GROUP, *columns]].rename(columns={_GROUP: "group"})
        frame.insert(0, "scope", scope)
        frames.append(frame)
    evidence = pd.concat(frames, ignore_index=True)
    evidence.insert(
        0,
        "cell",
        cell_key(*(evidence[c].astype(str) for c in ("scope", "concept", "group", "variant"))),
    )
    return evidence.sort_values(["cell", "article", "start"], ignore_index=True, kind="stable")
