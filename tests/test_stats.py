import math

import numpy as np
import pandas as pd
import pytest

from naming import stats


# --- Wilson -----------------------------------------------------------------


def test_wilson_matches_hand_computation_for_3_of_10():
    # p = 0.3, z = 1.96, z^2 = 3.8416, n = 10
    # denominator = 1 + z^2/n = 1.38416
    # centre = (p + z^2/(2n)) / denom = (0.3 + 0.19208) / 1.38416 = 0.355508...
    # half = z * sqrt(p(1-p)/n + z^2/(4n^2)) / denom
    #      = 1.96 * sqrt(0.021 + 0.009604) / 1.38416 = 1.96 * 0.174940 / 1.38416 = 0.247719...
    # low = 0.107789, high = 0.603227
    centre = (0.3 + 3.8416 / 20) / 1.38416
    half = 1.96 * math.sqrt(0.3 * 0.7 / 10 + 3.8416 / 400) / 1.38416
    low, high = stats.wilson_interval(3, 10)
    assert low == pytest.approx(centre - half, abs=1e-12)
    assert high == pytest.approx(centre + half, abs=1e-12)
    assert (low, high) == pytest.approx((0.107789, 0.603227), abs=1e-6)


def test_wilson_edges_and_arrays():
    assert all(math.isnan(v) for v in stats.wilson_interval(0, 0))
    low, high = stats.wilson_interval(0, 5)
    assert low == 0.0 and 0 < high < 1
    low, high = stats.wilson_interval(5, 5)
    assert high == pytest.approx(1.0) and 0 < low < 1
    lows, highs = stats.wilson_interval(np.array([3, 0]), np.array([10, 0]))
    assert lows[0] == pytest.approx(0.107789, abs=1e-6) and np.isnan(lows[1]) and np.isnan(highs[1])
    with pytest.raises(ValueError):
        stats.wilson_interval(4, 3)


# --- log-odds with an informative Dirichlet prior ----------------------------


def test_log_odds_matches_hand_computation():
    # Group a: 8 x v1, 2 x v2 (n_a = 10); group b: 3 x v1, 7 x v2 (n_b = 10).
    # alpha0 = 10, pooled shares (11/20, 9/20) -> alpha = (5.5, 4.5).
    # v1: a: (8 + 5.5) / (10 + 10 - 8 - 5.5) = 13.5 / 6.5
    #     b: (3 + 5.5) / (10 + 10 - 3 - 5.5) = 8.5 / 11.5
    #     delta = ln(13.5/6.5) - ln(8.5/11.5) = 0.730888 + 0.302281 = 1.033168
    #     var = 1/13.5 + 1/6.5 + 1/8.5 + 1/11.5 = 0.074074 + 0.153846 + 0.117647 + 0.086957 = 0.432524
    #     z = 1.033168 / 0.657666 = 1.570963
    # v2: a: 6.5 / 13.5, b: 11.5 / 8.5 -> delta = -1.033168, the same var: z = -1.570963 (mirror image)
    result = stats.log_odds_dirichlet(
        pd.Series({"v1": 8, "v2": 2}), pd.Series({"v1": 3, "v2": 7}), alpha0=10
    )
    delta = math.log(13.5 / 6.5) - math.log(8.5 / 11.5)
    assert result.loc["v1", "alpha"] == pytest.approx(5.5)
    assert result.loc["v1", "delta"] == pytest.approx(delta)
    var = 1 / 13.5 + 1 / 6.5 + 1 / 8.5 + 1 / 11.5
    assert result.loc["v1", "z"] == pytest.approx(delta / math.sqrt(var))
    assert result.loc["v2", "delta"] == pytest.approx(-delta)
    assert result.loc["v2", "z"] == pytest.approx(-delta / math.sqrt(var))
    assert (result.loc["v1", "delta"], result.loc["v1", "z"]) == pytest.approx((1.033168, 1.570963), abs=1e-6)


def test_log_odds_default_prior_is_ten_pseudo_mentions():
    result = stats.log_odds_dirichlet([8, 2], [3, 7])
    assert stats.DEFAULT_ALPHA0 == 10.0
    assert result["alpha"].sum() == pytest.approx(10.0)
    assert result.loc[0, "z"] == pytest.approx(1.570963, abs=1e-6)


def test_log_odds_aligns_series_and_accepts_an_explicit_prior():
    # Missing variants count as zero; with an explicit prior alpha0 is its sum (here 2).
    result = stats.log_odds_dirichlet(pd.Series({"v1": 4}), pd.Series({"v2": 4}), prior=[1.0, 1.0])
    # v1: a: (4 + 1) / (4 + 2 - 4 - 1) = 5, b: (0 + 1) / (4 + 2 - 0 - 1) = 1/5 -> delta = ln 25
    assert result.loc["v1", "delta"] == pytest.approx(math.log(25))
    assert result.loc["v1", "var"] == pytest.approx(1 / 5 + 1 / 1 + 1 / 1 + 1 / 5)


def test_log_odds_undefined_when_a_variant_is_all_or_nothing_of_the_pool():
    result = stats.log_odds_dirichlet(pd.Series({"only": 5, "never": 0}), pd.Series({"only": 3, "never": 0}))
    assert result["z"].isna().all()


def test_z_for_level_inverts_the_two_sided_p():
    assert stats.z_for_level(0.95) == pytest.approx(1.959964, abs=1e-6)
    assert stats.normal_two_sided_p(stats.z_for_level(0.9))[0] == pytest.approx(0.1)


def test_normal_two_sided_p():
    assert stats.normal_two_sided_p(1.959964)[0] == pytest.approx(0.05, abs=1e-6)
    assert stats.normal_two_sided_p([0.0])[0] == pytest.approx(1.0)
    assert math.isnan(stats.normal_two_sided_p([np.nan])[0])


# --- Benjamini-Hochberg -------------------------------------------------------


def test_bh_matches_textbook_example():
    # m = 5 sorted p: 0.001, 0.008, 0.039, 0.041, 0.042
    # m * p / rank:   0.005, 0.020, 0.065, 0.05125, 0.042
    # running minimum from the top: 0.042, min(0.05125, 0.042) = 0.042,
    #   min(0.065, 0.042) = 0.042, 0.020, 0.005
    p = [0.039, 0.001, 0.042, 0.008, 0.041]  # shuffled: q must come back in input order
    q = stats.benjamini_hochberg(p)
    assert q == pytest.approx([0.042, 0.005, 0.042, 0.020, 0.042])


def test_bh_keeps_nan_out_of_the_count_and_caps_at_one():
    q = stats.benjamini_hochberg([0.01, np.nan, 0.04, 0.9])
    # m = 3: 0.01*3/1 = 0.03, 0.04*3/2 = 0.06, 0.9*3/3 = 0.9
    assert np.isnan(q[1])
    assert q[[0, 2, 3]] == pytest.approx([0.03, 0.06, 0.9])
    assert stats.benjamini_hochberg([0.6, 0.7])[0] <= 1.0
    assert np.isnan(stats.benjamini_hochberg([np.nan])).all()
    assert stats.benjamini_hochberg([]).size == 0


def test_bh_is_monotone_in_p():
    rng = np.random.default_rng(3)
    p = rng.uniform(size=200)
    q = stats.benjamini_hochberg(p)
    order = np.argsort(p)
    assert np.all(np.diff(q[order]) >= -1e-15)
    assert np.all(q >= p)


# --- cluster bootstrap -------------------------------------------------------


def _frame(articles):
    """Mentions from {article: [variant, ...]} for concept 'k:c'."""
    rows = [
        {"article": a, "concept": "k:c", "variant": v}
        for a, variants in articles.items()
        for v in variants
    ]
    return pd.DataFrame(rows)


CORPUS = {
    f"a{i}": ["k:c:x"] * (i % 3 + 1) + ["k:c:y"] * (i % 2) for i in range(40)
}


def test_cluster_bootstrap_is_seeded_and_contains_the_estimate():
    df = _frame(CORPUS)
    first = stats.cluster_bootstrap_share(df, "k:c:x", "k:c", n_boot=500, seed=7)
    again = stats.cluster_bootstrap_share(df, "k:c:x", "k:c", n_boot=500, seed=7)
    other = stats.cluster_bootstrap_share(df, "k:c:x", "k:c", n_boot=500, seed=8)
    assert first == again
    assert (first.low, first.high) != (other.low, other.high)
    x = sum(v == "k:c:x" for vs in CORPUS.values() for v in vs)
    total = sum(len(vs) for vs in CORPUS.values())
    assert first.estimate == pytest.approx(x / total)
    assert first.low < first.estimate < first.high
    assert first.clusters == 40


def test_cluster_bootstrap_resamples_articles_not_mentions():
    df = _frame(CORPUS)
    base = stats.cluster_bootstrap_share(df, "k:c:x", "k:c", n_boot=300, seed=1)
    # Repeating every mention of one article adds mentions, not clusters.
    repeated = pd.concat([df, df[df["article"] == "a5"]], ignore_index=True)
    assert stats.cluster_bootstrap_share(repeated, "k:c:x", "k:c", n_boot=300, seed=1).clusters == base.clusters
    # Doubling every article leaves every resampled ratio unchanged: identical interval.
    doubled = stats.cluster_bootstrap_share(pd.concat([df, df]), "k:c:x", "k:c", n_boot=300, seed=1)
    assert (doubled.low, doubled.high) == pytest.approx((base.low, base.high))
    # Mentions inside one article are not independent draws: if every article
    # names it 2 x then 1 y, every resample has share 2/3, whatever Wilson says.
    same = _frame({f"s{i}": ["k:c:x", "k:c:x", "k:c:y"] for i in range(30)})
    fixed = stats.cluster_bootstrap_share(same, "k:c:x", "k:c", n_boot=200, seed=0)
    assert fixed.low == pytest.approx(2 / 3) and fixed.high == pytest.approx(2 / 3)


def test_bootstrap_replicates_only_take_resampled_article_ratios():
    # Two articles, one all-x (1 mention) and one all-y (1 mention): a resample
    # draws two articles, so the share of x can only be 0, 1/2 or 1.
    reps = stats.bootstrap_share_replicates([[1, 0], [0, 1]], n_boot=400, seed=0)
    assert reps.shape == (400, 2)
    assert set(np.round(reps[:, 0], 9)) == {0.0, 0.5, 1.0}
    assert np.allclose(reps.sum(axis=1), 1.0)
    # Articles without the concept are ignored rather than dividing by zero.
    assert not np.isnan(stats.bootstrap_share_replicates([[0, 0], [2, 1]], n_boot=10)).any()
    assert np.isnan(stats.bootstrap_share_replicates(np.zeros((0, 2)), n_boot=5)).all()


def test_bootstrap_difference_between_groups():
    a = _frame({f"a{i}": ["k:c:x", "k:c:x", "k:c:y"] for i in range(20)})
    b = _frame({f"b{i}": ["k:c:x", "k:c:y", "k:c:y", "k:c:y"] for i in range(10)} | {"b_x": ["k:c:x"]})
    diff = stats.cluster_bootstrap_difference(a, b, "k:c:x", "k:c", n_boot=400, seed=2)
    assert diff.estimate == pytest.approx(40 / 60 - 11 / 41)
    assert diff.low <= diff.estimate <= diff.high
    assert diff == stats.cluster_bootstrap_difference(a, b, "k:c:x", "k:c", n_boot=400, seed=2)
    # A variant one group never uses has share 0 there, not NaN.
    only_a = stats.cluster_bootstrap_difference(a, _frame({"c": ["k:c:y"]}), "k:c:x", "k:c", n_boot=50)
    assert only_a.estimate == pytest.approx(40 / 60)


def test_bootstrap_mean():
    assert stats.bootstrap_mean([0.5] * 10, n_boot=100) == pytest.approx((0.5, 0.5))
    low, high = stats.bootstrap_mean([-1, 1, 0, 1, np.nan], n_boot=500, seed=0)
    assert low < 0.25 < high
    assert all(math.isnan(v) for v in stats.bootstrap_mean([np.nan]))


# --- camp lean ------------------------------------------------------------------


def _lean_row(article, camps, voice="narrative", distanced=False, boilerplate=False):
    return {
        "article": article,
        "camps": camps,
        "camp": camps.split("+")[0],
        "voice": voice,
        "distanced": distanced,
        "boilerplate": boilerplate,
    }


def test_camp_lean_counts_only_the_outlets_own_voice():
    df = pd.DataFrame(
        [
            _lean_row("a1", "pro"),
            _lean_row("a1", "pro"),
            _lean_row("a1", "anti"),
            _lean_row("a1", "anti", voice="direct"),  # a quote: not the outlet's voice
            _lean_row("a1", "anti", distanced=True),  # "so-called": the outlet keeps its distance
            _lean_row("a1", "anti", boilerplate=True),  # "Read more:" line
            _lean_row("a2", "anti", voice="reported"),
            _lean_row("a3", "pro+anti"),  # a name both camps use counts for both
            _lean_row("a4", "anti"),
        ]
    )
    lean = stats.camp_lean(df, "pro", "anti")
    # a1: (2 - 1) / (2 + 1) = 1/3; a2: no own-voice mention -> NaN; a3: (1 - 1) / 2 = 0; a4: -1
    assert lean.loc["a1", "lean"] == pytest.approx(1 / 3)
    assert (lean.loc["a1", "n_pos"], lean.loc["a1", "n_neg"]) == (2, 1)
    assert math.isnan(lean.loc["a2", "lean"])
    assert lean.loc["a3", "lean"] == 0
    assert lean.loc["a4", "lean"] == -1
    # Swapping the camps flips the sign.
    assert stats.camp_lean(df, "anti", "pro").loc["a1", "lean"] == pytest.approx(-1 / 3)


def test_default_camps_are_the_two_most_used_in_alphabetical_order():
    df = pd.DataFrame(
        [_lean_row("a", "zeta")] * 5 + [_lean_row("a", "alpha")] * 3 + [_lean_row("a", "mid")] * 1
    )
    assert stats.default_camps(df) == ("alpha", "zeta")
    assert stats.camp_lean(df).loc["a", "lean"] == pytest.approx((3 - 5) / 8)
    with pytest.raises(ValueError):
        stats.camp_lean(pd.DataFrame([_lean_row("a", "zeta")]))


def test_log_odds_z_of_a_dominant_variant_counts_the_other_variants():
    """479 of 481 against 255 of 280: the rare alternatives carry the uncertainty (z about 4.6, not 39)."""
    result = stats.log_odds_dirichlet([479, 2], [255, 25])
    alpha = 10 * 734 / 761
    var = 1 / (479 + alpha) + 1 / (481 + 10 - 479 - alpha) + 1 / (255 + alpha) + 1 / (280 + 10 - 255 - alpha)
    assert result.loc[0, "var"] == pytest.approx(var)
    assert 4 < result.loc[0, "z"] < 5.5
    assert result.loc[1, "z"] == pytest.approx(-result.loc[0, "z"])
