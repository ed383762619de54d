"""Statistics over the Mention table.

Plain functions, numpy only. The unit of independent evidence is the article,
not the mention: an article that repeats one name twenty times reflects one
editorial choice, so intervals that treat its mentions as twenty independent
draws would be far too narrow. Hence the cluster bootstrap, which resamples
whole articles. Wilson intervals (which do assume independent mentions) are
kept beside it as the textbook reference, and the gap between the two shows
how clustered the naming is.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import pandas as pd

OWN_VOICE = "narrative"

#: Strength of the informative Dirichlet prior in :func:`log_odds_dirichlet`,
#: in pseudo-mentions. Ten keeps zero counts finite and pulls a group with a
#: handful of mentions towards the pooled shares, while it is negligible once a
#: group has a few dozen mentions of the concept. A prior as large as the pooled
#: total (Monroe et al. used a whole background corpus) would halve every
#: difference within a single concept, where the counts are small.
DEFAULT_ALPHA0 = 10.0

# Bound on the size of one block of bootstrap weights (rows x clusters), so
# that memory stays around 32 MB whatever the corpus size.
_MAX_WEIGHT_CELLS = 1 << 22


def flag(values: pd.Series) -> pd.Series:
    """A boolean column where missing means False (e.g. `distanced`, `boilerplate`)."""
    return values.astype("boolean").fillna(False).astype(bool)


def own_voice_mask(df: pd.DataFrame) -> pd.Series:
    """Mentions in the outlet's own voice: narrative, not distanced, not boilerplate."""
    mask = df["voice"].eq(OWN_VOICE)
    if "distanced" in df:
        mask &= ~flag(df["distanced"])
    if "boilerplate" in df:
        mask &= ~flag(df["boilerplate"])
    return mask


def wilson_interval(k, n, z: float = 1.96):
    """Wilson score interval for k successes out of n.

    Scalars give a ``(low, high)`` pair of floats, arrays a pair of arrays.
    Where n is 0 the interval is (nan, nan): there is nothing to estimate.
    """
    k_arr = np.asarray(k, dtype=float)
    n_arr = np.asarray(n, dtype=float)
    if np.any(k_arr < 0) or np.any(k_arr > n_arr):
        raise ValueError("wilson_interval needs 0 <= k <= n")
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k_arr / n_arr
        z2 = z * z
        denom = 1.0 + z2 / n_arr
        centre = (p + z2 / (2.0 * n_arr)) / denom
        half = z * np.sqrt(p * (1.0 - p) / n_arr + z2 / (4.0 * n_arr * n_arr)) / denom
    empty = n_arr <= 0
    # Clipping only removes floating-point overshoot: the exact bounds lie in [0, 1].
    low = np.where(empty, np.nan, np.clip(centre - half, 0.0, 1.0))
    high = np.where(empty, np.nan, np.clip(centre + half, 0.0, 1.0))
    if low.ndim == 0:
        return float(low), float(high)
    return low, high


def z_for_level(level: float) -> float:
    """Two-sided standard-normal quantile: 1.959964 for 0.95.

    Lets Wilson intervals follow the same confidence level as the bootstrap.
    """
    return NormalDist().inv_cdf(0.5 + level / 2.0)


def keyed_rng(seed: int, *keys: object) -> np.random.Generator:
    """A generator that depends only on the seed and the keys.

    Each table cell gets its own stream, so a cell's bootstrap interval does not
    change when other groups or concepts are added to the corpus or when cells
    are visited in another order. crc32 is used because Python's hash() of a
    string changes between processes.
    """
    entropy = [int(seed)] + [zlib.crc32(str(key).encode("utf-8")) for key in keys]
    return np.random.default_rng(np.random.SeedSequence(entropy))


def _resample_weights(
    n_clusters: int, n_boot: int, rng: np.random.Generator
) -> Iterator[np.ndarray]:
    """Blocks of bootstrap weights: how many times each cluster is drawn.

    Drawing n cluster indices with replacement and counting them equals a
    uniform multinomial draw, but the counting (one bincount over the block)
    is much faster than numpy's sequential multinomial for many clusters.
    """
    rows = max(1, _MAX_WEIGHT_CELLS // max(n_clusters, 1))
    for start in range(0, n_boot, rows):
        m = min(rows, n_boot - start)
        draws = rng.integers(0, n_clusters, size=(m, n_clusters))
        draws += (np.arange(m) * n_clusters)[:, None]
        yield np.bincount(draws.ravel(), minlength=m * n_clusters).reshape(m, n_clusters)


def bootstrap_share_replicates(
    counts, n_boot: int = 1000, seed: int | np.random.Generator = 0
) -> np.ndarray:
    """Cluster-bootstrap replicates of within-concept shares.

    ``counts`` is a (clusters x variants) matrix of mentions, one row per
    article, covering every variant of one concept, so that a row's sum is the
    article's mentions of the concept. Returns an (n_boot x variants) array of
    shares, each replicate being sum(drawn rows) / sum(drawn row totals).
    Articles without the concept carry no information about its shares and
    are dropped.
    """
    matrix = np.asarray(counts, dtype=float)
    if matrix.ndim != 2:
        raise ValueError("counts must be a clusters x variants matrix")
    matrix = matrix[matrix.sum(axis=1) > 0]
    n_clusters, n_variants = matrix.shape
    if n_clusters == 0:
        return np.full((n_boot, n_variants), np.nan)
    rng = np.random.default_rng(seed)
    totals = matrix.sum(axis=1)
    blocks = []
    for weights in _resample_weights(n_clusters, n_boot, rng):
        # Every drawn row has a positive total, so the denominator is never 0.
        blocks.append((weights @ matrix) / (weights @ totals)[:, None])
    return np.vstack(blocks)


def percentile_interval(replicates, level: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval of bootstrap replicates along the first axis.

    A column of NaN replicates (nothing to resample) gives a NaN interval.
    """
    reps = np.asarray(replicates, dtype=float)
    tail = (1.0 - level) / 2.0
    if reps.shape[0] == 0:
        nan = np.full(reps.shape[1:], np.nan)
        return nan, nan.copy()
    # np.quantile propagates NaN per column, which is what an empty cell
    # needs, and is much faster than nanquantile's per-column loop.
    low, high = np.quantile(reps, [tail, 1.0 - tail], axis=0)
    return low, high


def cluster_counts(df: pd.DataFrame, concept: str, cluster: str = "article") -> pd.DataFrame:
    """Mentions of each variant of ``concept`` per cluster (rows) and variant (columns).

    Only clusters that mention the concept appear; columns are the concept's
    variants found in ``df``, sorted.
    """
    rows = df[df["concept"] == concept]
    if rows.empty:
        return pd.DataFrame(dtype=float)
    table = rows.groupby([cluster, "variant"]).size().unstack("variant", fill_value=0)
    return table.reindex(columns=sorted(table.columns)).astype(float)


@dataclass(frozen=True)
class ShareEstimate:
    """A share (or a difference of shares) with its cluster-bootstrap interval."""

    estimate: float
    low: float
    high: float
    clusters: int
    n_boot: int
    level: float


def _share_point(table: pd.DataFrame, variant: str) -> float:
    total = table.to_numpy().sum()
    if total == 0 or variant not in table.columns:
        return 0.0 if total else math.nan
    return float(table[variant].sum() / total)


def _variant_replicates(
    table: pd.DataFrame, variant: str, n_boot: int, rng: np.random.Generator
) -> np.ndarray:
    if table.empty:
        return np.full(n_boot, np.nan)
    if variant not in table.columns:
        # The article still mentions the concept, so the variant's share is a real zero.
        table = table.assign(**{variant: 0.0})
    reps = bootstrap_share_replicates(table.to_numpy(), n_boot, rng)
    return reps[:, list(table.columns).index(variant)]


def cluster_bootstrap_share(
    df: pd.DataFrame,
    variant: str,
    concept: str,
    cluster: str = "article",
    n_boot: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> ShareEstimate:
    """Share of ``variant`` among the mentions of ``concept``, with a cluster-bootstrap interval.

    Clusters (articles by default) that mention the concept are resampled
    with replacement, and the share is recomputed as mentions of the variant
    over mentions of the concept in the resample.
    """
    table = cluster_counts(df, concept, cluster)
    reps = _variant_replicates(table, variant, n_boot, np.random.default_rng(seed))
    low, high = percentile_interval(reps[:, None], level)
    return ShareEstimate(
        _share_point(table, variant), float(low[0]), float(high[0]), len(table), n_boot, level
    )


def cluster_bootstrap_difference(
    df_a: pd.DataFrame,
    df_b: pd.DataFrame,
    variant: str,
    concept: str,
    cluster: str = "article",
    n_boot: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> ShareEstimate:
    """Share in group a minus share in group b, with a cluster-bootstrap interval.

    The two groups are resampled independently, each from its own articles,
    as the groups are independent samples of outlets' writing.
    """
    rng_a, rng_b = (np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(2))
    table_a = cluster_counts(df_a, concept, cluster)
    table_b = cluster_counts(df_b, concept, cluster)
    reps = _variant_replicates(table_a, variant, n_boot, rng_a) - _variant_replicates(
        table_b, variant, n_boot, rng_b
    )
    low, high = percentile_interval(reps[:, None], level)
    return ShareEstimate(
        _share_point(table_a, variant) - _share_point(table_b, variant),
        float(low[0]),
        float(high[0]),
        len(table_a) + len(table_b),
        n_boot,
        level,
    )


def bootstrap_mean(
    values, n_boot: int = 1000, seed: int | np.random.Generator = 0, level: float = 0.95
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of ``values`` (NaNs ignored)."""
    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    if x.size == 0:
        return math.nan, math.nan
    rng = np.random.default_rng(seed)
    reps = np.concatenate([(w @ x) / x.size for w in _resample_weights(x.size, n_boot, rng)])
    low, high = percentile_interval(reps[:, None], level)
    return float(low[0]), float(high[0])


def log_odds_dirichlet(counts_a, counts_b, prior=None, alpha0: float = DEFAULT_ALPHA0) -> pd.DataFrame:
    """Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).

    ``counts_a`` and ``counts_b`` are per-variant mention counts of one concept
    in two groups: Series indexed by variant (aligned, missing variants are 0)
    or equal-length sequences. ``prior`` gives the pseudo-counts alpha_w
    explicitly (alpha0 is then their sum); by default alpha_w = alpha0 *
    pooled share of w over both groups, so the prior says "both groups name
    it like the two of them together do".

    delta_w = log((y_aw + a_w) / (n_a + a0 - y_aw - a_w))
            - log((y_bw + a_w) / (n_b + a0 - y_bw - a_w))
    var_w  ~ 1 / (y_aw + a_w) + 1 / (n_a + a0 - y_aw - a_w)
           + 1 / (y_bw + a_w) + 1 / (n_b + a0 - y_bw - a_w),    z_w = delta_w / sqrt(var_w)

    The variance keeps the terms of the other variants' counts, which Monroe et al. drop because over a
    whole vocabulary a word is a tiny part of n. Within one concept a variant is often most of it: Clinton
    named "Hillary Clinton" 479 times in 481 against 255 in 280 gives z = 39 without those terms and 4.6
    with them. With them, the two variants of a two-variant concept get mirror-image z-scores.

    Positive delta means group a uses the variant more. Returns a DataFrame
    indexed by variant with y_a, y_b, alpha, delta, var and z. A variant that
    takes no part of the prior (never used) or all of it (the only variant
    used by either group) has no defined odds: its delta, var and z are NaN.
    """
    y_a, y_b = _aligned_counts(counts_a, counts_b)
    alpha, delta, var, z = log_odds_arrays(
        y_a.to_numpy(), y_b.to_numpy(), None if prior is None else np.asarray(prior, dtype=float), alpha0
    )
    return pd.DataFrame({"y_a": y_a, "y_b": y_b, "alpha": alpha, "delta": delta, "var": var, "z": z})


def log_odds_arrays(y_a: np.ndarray, y_b: np.ndarray, prior: np.ndarray | None = None, alpha0: float = DEFAULT_ALPHA0):
    """The arithmetic of :func:`log_odds_dirichlet` on aligned float arrays.

    Returns (alpha, delta, var, z). Kept separate because comparing every
    pair of groups calls it thousands of times, where building a DataFrame
    each time would dominate the run time.
    """
    if prior is None:
        total = y_a.sum() + y_b.sum()
        alpha = alpha0 * (y_a + y_b) / total if total > 0 else np.zeros_like(y_a)
        a0 = float(alpha0)
    else:
        alpha = prior
        a0 = float(alpha.sum())
    n_a, n_b = y_a.sum(), y_b.sum()
    defined = (alpha > 0) & (alpha < a0)
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((y_a + alpha) / (n_a + a0 - y_a - alpha)) - np.log(
            (y_b + alpha) / (n_b + a0 - y_b - alpha)
        )
        var = (1.0 / (y_a + alpha) + 1.0 / (n_a + a0 - y_a - alpha)
               + 1.0 / (y_b + alpha) + 1.0 / (n_b + a0 - y_b - alpha))
        z = delta / np.sqrt(var)
    nan = np.nan
    return alpha, np.where(defined, delta, nan), np.where(defined, var, nan), np.where(defined, z, nan)


def _aligned_counts(counts_a, counts_b) -> tuple[pd.Series, pd.Series]:
    if isinstance(counts_a, pd.Series) or isinstance(counts_b, pd.Series):
        a = pd.Series(counts_a, dtype=float)
        b = pd.Series(counts_b, dtype=float)
        a, b = a.align(b, fill_value=0.0)
        return a, b
    a = np.asarray(counts_a, dtype=float)
    b = np.asarray(counts_b, dtype=float)
    if a.shape != b.shape:
        raise ValueError("counts_a and counts_b must have the same length")
    return pd.Series(a), pd.Series(b)


def normal_two_sided_p(z) -> np.ndarray:
    """Two-sided p-value of a standard-normal z (NaN stays NaN)."""
    z_arr = np.atleast_1d(np.asarray(z, dtype=float))
    # erfc keeps precision in the far tail, where 1 - cdf would round to 0.
    return np.array([math.erfc(abs(v) / math.sqrt(2.0)) if not math.isnan(v) else math.nan for v in z_arr])


def benjamini_hochberg(pvalues: Sequence[float] | np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted q-values, in the input order.

    q_(i) = min over j >= i of m * p_(j) / j, capped at 1, with m the number
    of non-NaN p-values; NaN entries stay NaN and do not count towards m.
    """
    p = np.asarray(pvalues, dtype=float)
    q = np.full(p.shape, np.nan)
    finite = ~np.isnan(p)
    m = int(finite.sum())
    if m == 0:
        return q
    values = p[finite]
    order = np.argsort(values, kind="stable")
    ranked = values[order] * m / np.arange(1, m + 1)
    # The running minimum from the largest p downwards makes q monotone in p.
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(ranked, 1.0)
    q[finite] = adjusted
    return q


def _camp_sets(df: pd.DataFrame) -> pd.Series:
    """All camps of each mention's variant: `camps` ("a+b") when present, else `camp`."""
    if "camps" in df:
        source = df["camps"].where(df["camps"].notna() & df["camps"].ne(""), df.get("camp"))
    else:
        source = df["camp"]
    return source.map(lambda v: frozenset(str(v).split("+")) if isinstance(v, str) and v else frozenset())


def default_camps(df: pd.DataFrame) -> tuple[str, str] | None:
    """The pair of camps :func:`camp_lean` uses when none is given.

    The two camps with the most mentions outside boilerplate, ordered
    alphabetically so that the sign of the lean does not flip between two
    corpora where their frequencies swap. None when fewer than two camps occur.
    Lexicons with a third (e.g. neutral) camp that is frequent should pass
    the pair explicitly.
    """
    rows = df[~flag(df["boilerplate"])] if "boilerplate" in df else df
    counts = _camp_sets(rows).explode().dropna().value_counts()
    if len(counts) < 2:
        return None
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    first, second = sorted([ranked[0][0], ranked[1][0]])
    return first, second


def camp_lean(
    df: pd.DataFrame,
    positive: str | None = None,
    negative: str | None = None,
    cluster: str = "article",
) -> pd.DataFrame:
    """Per-article lean between two camps in the outlet's own voice.

    lean = (n_pos - n_neg) / (n_pos + n_neg) in [-1, 1], counting mentions
    that are narrative, not distanced and not boilerplate, by the camps of
    their variant (a variant shared by both camps counts for both and so
    cancels). Quotes are excluded because they show whom the outlet quotes,
    not what it calls things. Every article of ``df`` gets a row; the lean is
    NaN when it has no own-voice mention of either camp. Without a pair,
    :func:`default_camps` chooses one.
    """
    if positive is None or negative is None:
        pair = default_camps(df)
        if pair is None:
            raise ValueError("camp_lean needs two camps and fewer than two occur in the data")
        positive, negative = pair
    if positive == negative:
        raise ValueError("camp_lean needs two different camps")
    own = df[own_voice_mask(df)]
    sets = _camp_sets(own)
    counted = pd.DataFrame(
        {
            cluster: own[cluster].to_numpy(),
            "n_pos": sets.map(lambda s: positive in s).to_numpy(dtype=int),
            "n_neg": sets.map(lambda s: negative in s).to_numpy(dtype=int),
        }
    )
    table = counted.groupby(cluster)[["n_pos", "n_neg"]].sum()
    table = table.reindex(pd.Index(df[cluster].unique(), name=cluster), fill_value=0)
    total = table["n_pos"] + table["n_neg"]
    table["lean"] = ((table["n_pos"] - table["n_neg"]) / total).where(total > 0)
    return table.sort_index()
