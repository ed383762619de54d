import math
import re

import numpy as np
import pandas as pd
import pytest

from naming import plots, stats
from naming.compare import MISSING_GROUP, Comparison, cell_key, compare

OLD, NEW, SOLO = "lx:city:old", "lx:city:new", "lx:solo:only"
CAMPS = {OLD: "west", NEW: "east", SOLO: "east"}
LABELS = {OLD: "Oldname", NEW: "Newname", SOLO: "Only name"}


def mention(article, outlet, variant, date, lang="en", voice="narrative", distanced=False, boilerplate=False, n=0):
    concept = variant.rsplit(":", 1)[0]
    return {
        "article": article,
        "outlet": outlet,
        "lang": lang,
        "concept": concept,
        "variant": variant,
        "camp": CAMPS[variant],
        "camps": CAMPS[variant],
        "text": LABELS[variant],
        "start": 10 * n,
        "end": 10 * n + 5,
        "sentence": n,
        "headline": False,
        "voice": voice,
        "distanced": distanced,
        "speaker": "Speaker" if voice != "narrative" else None,
        "speaker_group": None,
        "date": date,
        "concept_label": concept.split(":")[1].title(),
        "variant_label": LABELS[variant],
        "boilerplate": boilerplate,
        "sentence_text": f"Sentence {n} with {LABELS[variant]}.",
    }


def corpus() -> pd.DataFrame:
    """Three outlets; C has too few mentions to be tested (min_n = 5).

    Own voice, city:  A old 12 / new 6 (N 18), B old 6 / new 12 (N 18), C old 2.
    All voices, city: A old 12 / new 12 (6 direct quotes), B old 18 (6 distanced,
    6 reported) / new 12, C old 2. Every A article also has a boilerplate mention.
    """
    rows = []
    for i in range(6):
        a, date = f"A{i}", f"2024-01-{i + 10}"
        rows += [
            mention(a, "A", OLD, date, n=0),
            mention(a, "A", OLD, date, n=1),
            mention(a, "A", NEW, date, n=2),
            mention(a, "A", NEW, date, voice="direct", n=3),
            mention(a, "A", SOLO, date, n=4),
            mention(a, "A", NEW, date, boilerplate=True, n=5),
        ]
        b, date, lang = f"B{i}", f"2024-02-{i + 10}", "de" if i == 0 else "fr"
        rows += [
            mention(b, "B", OLD, date, lang, n=0),
            mention(b, "B", NEW, date, lang, n=1),
            mention(b, "B", NEW, date, lang, n=2),
            mention(b, "B", OLD, date, lang, distanced=True, n=3),
            mention(b, "B", OLD, date, lang, voice="reported", n=4),
            mention(b, "B", SOLO, date, lang, n=5),
        ]
    rows += [mention("C0", "C", OLD, None, n=0), mention("C0", "C", OLD, None, n=1)]
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def result() -> Comparison:
    return compare(corpus(), by="outlet", min_n=5, n_boot=200, seed=0)


def share_row(shares, scope, concept, group, variant):
    rows = shares[
        (shares["scope"] == scope)
        & (shares["concept"] == concept)
        & (shares["group"] == group)
        & (shares["variant"] == variant)
    ]
    assert len(rows) == 1
    return rows.iloc[0]


def test_summary_counts_exclude_boilerplate(result):
    assert result.summary["mentions"] == 6 * 5 + 6 * 6 + 2
    assert result.summary["boilerplate_excluded"] == 6
    assert result.summary["articles"] == 13
    assert result.summary["groups"] == 3
    assert result.summary["languages"] == 3
    assert result.summary["language_codes"] == ["de", "en", "fr"]


def test_shares_count_own_voice_and_all_voices(result):
    s = result.shares
    own_a = share_row(s, "own", "lx:city", "A", OLD)
    assert (own_a["mentions"], own_a["N"], own_a["articles"]) == (12, 18, 6)
    assert own_a["share"] == pytest.approx(12 / 18)
    assert (own_a["wilson_low"], own_a["wilson_high"]) == pytest.approx(stats.wilson_interval(12, 18, z=1.959964), abs=1e-6)
    assert own_a["boot_low"] <= own_a["share"] <= own_a["boot_high"]
    assert own_a["camp"] == "west" and own_a["variant_label"] == "Oldname"
    assert own_a["cell"] == cell_key("own", "lx:city", "A", OLD)
    # The distanced and the reported "old" of B only count among all voices.
    assert share_row(s, "own", "lx:city", "B", OLD)[["mentions", "N"]].tolist() == [6, 18]
    assert share_row(s, "all", "lx:city", "B", OLD)[["mentions", "N"]].tolist() == [18, 30]
    # A's quotes of "new" only count among all voices; its boilerplate "new" nowhere.
    assert share_row(s, "all", "lx:city", "A", NEW)[["mentions", "N"]].tolist() == [12, 24]
    assert share_row(s, "own", "lx:city", "B", NEW)["languages"] == "de+fr"
    # C never uses "new": the row is there with a real zero.
    c_new = share_row(s, "own", "lx:city", "C", NEW)
    assert (c_new["mentions"], c_new["N"], c_new["languages"]) == (0, 2, "")
    # Shares of a concept add up to one in every group.
    totals = s.groupby(["scope", "concept", "group"])["share"].sum()
    assert np.allclose(totals, 1.0)


def test_groups_below_min_n_are_untested(result):
    s = result.shares
    assert not s.loc[s["group"] == "C", "tested"].any()
    assert s.loc[s["group"].isin(["A", "B"]), "tested"].all()


def test_pairwise_tests(result):
    t = result.tests[result.tests["scope"] == "own"]
    city = t[t["concept"] == "lx:city"]
    assert set(zip(city["group_a"], city["group_b"])) == {("A", "B"), ("A", "C"), ("B", "C")}
    ab = city[(city["group_a"] == "A") & (city["group_b"] == "B")].set_index("variant")
    expected = stats.log_odds_dirichlet(pd.Series({OLD: 12, NEW: 6}), pd.Series({OLD: 6, NEW: 12}))
    assert ab.loc[OLD, "delta"] == pytest.approx(expected.loc[OLD, "delta"])
    assert ab.loc[OLD, "z"] == pytest.approx(expected.loc[OLD, "z"])
    assert ab.loc[OLD, "p"] == pytest.approx(math.erfc(abs(expected.loc[OLD, "z"]) / math.sqrt(2)))
    assert ab.loc[OLD, "diff"] == pytest.approx(12 / 18 - 6 / 18)
    assert ab.loc[OLD, "diff_low"] <= ab.loc[OLD, "diff"] <= ab.loc[OLD, "diff_high"]
    assert ab["tested"].all()
    # Pairs with C (N = 2 < 5) keep NaN p and q.
    with_c = t[(t["group_b"] == "C")]
    assert not with_c["tested"].any()
    assert with_c["p"].isna().all() and with_c["q"].isna().all()
    # A concept with a single name has no odds to compare: untested, not p = 1.
    solo = t[t["concept"] == "lx:solo"]
    assert len(solo) == 1 and not solo["tested"].any()
    # BH runs over the tested rows of the scope only.
    tested = t[t["tested"]]
    assert tested["q"].to_numpy() == pytest.approx(stats.benjamini_hochberg(tested["p"].to_numpy()))


def test_camp_lean_per_article_and_group(result):
    assert result.summary["lean_camps"] == ("east", "west")
    lean = result.lean.set_index("article")
    # A: west 2 (old), east 2 (new + solo); the quoted "new" is not the outlet's voice -> 0
    # B: west 1 (the distanced and the reported "old" are excluded), east 3 -> (3 - 1) / 4
    # C: west 2 -> -1
    assert lean.loc["A0", "lean"] == pytest.approx(0.0)
    assert lean.loc["B3", "lean"] == pytest.approx(0.5)
    assert lean.loc["C0", "lean"] == pytest.approx(-1.0)
    summary = result.lean_summary.set_index("group")
    assert summary.loc["B", "articles"] == 6 and summary.loc["B", "mean"] == pytest.approx(0.5)
    assert summary.loc["B", "boot_low"] == pytest.approx(0.5) and summary.loc["B", "boot_high"] == pytest.approx(0.5)


def test_voice_breakdown(result):
    v = result.voice_breakdown.set_index(["group", "camp"])
    assert v.loc[("A", "east"), ["narrative", "direct", "reported", "mentions"]].tolist() == [12, 6, 0, 18]
    assert v.loc[("A", "east"), "quoted_share"] == pytest.approx(6 / 18)
    assert v.loc[("B", "west"), ["narrative", "reported", "distanced", "mentions"]].tolist() == [12, 6, 6, 18]
    assert v.loc[("B", "west"), "quoted_share"] == pytest.approx(6 / 18)


def test_over_time_by_month(result):
    ot = result.over_time
    jan = ot[(ot["scope"] == "own") & (ot["month"] == "2024-01") & (ot["concept"] == "lx:city")].set_index("variant")
    assert jan.loc[OLD, ["mentions", "N", "articles"]].tolist() == [12, 18, 6]
    # Undated C mentions do not appear over time.
    assert set(ot["month"]) == {"2024-01", "2024-02"}
    assert np.allclose(ot.groupby(["scope", "month", "concept"])["share"].sum(), 1.0)


def test_evidence_backs_every_cell(result):
    ev = result.evidence
    counts = ev.groupby("cell").size()
    shares = result.shares.set_index("cell")
    used = shares[shares["mentions"] > 0]
    assert counts.reindex(used.index).tolist() == used["mentions"].tolist()
    rows = ev[ev["cell"] == cell_key("all", "lx:city", "A", NEW)]
    assert set(rows["voice"]) == {"narrative", "direct"}
    assert {"article", "sentence", "start", "end", "text", "sentence_text", "voice", "speaker"} <= set(ev.columns)


def test_group_by_month_and_missing_values():
    c = compare(corpus(), by="month", min_n=5, n_boot=50)
    assert set(c.shares["group"]) == {"2024-01", "2024-02", MISSING_GROUP}
    with pytest.raises(ValueError):
        compare(corpus(), by="no_such_column")


def test_compare_is_deterministic_and_cells_do_not_depend_on_other_groups():
    df = corpus()
    first = compare(df, min_n=5, n_boot=100, seed=3)
    again = compare(df, min_n=5, n_boot=100, seed=3)
    pd.testing.assert_frame_equal(first.shares, again.shares)
    pd.testing.assert_frame_equal(first.tests, again.tests)
    without_c = compare(df[df["outlet"] != "C"], min_n=5, n_boot=100, seed=3)
    keep = first.shares[first.shares["group"] != "C"].reset_index(drop=True)
    pd.testing.assert_frame_equal(keep, without_c.shares)


def test_empty_input_gives_empty_tables():
    c = compare(corpus().iloc[0:0])
    assert c.shares.empty and c.tests.empty and c.lean.empty and c.evidence.empty
    assert c.summary["mentions"] == 0 and c.summary["lean_camps"] is None


# --- plots ------------------------------------------------------------------------


def test_plots_write_non_empty_png_and_svg(result, tmp_path):
    paths = plots.plot_all(result, tmp_path, camp_colors={"west": "#0072B2", "east": "#D55E00"})
    names = {p.name for p in paths}
    assert len(paths) == len(names) > 0
    # Per concept: shares and over time; plus heatmap, voices, lean.
    assert len(paths) == 2 * (2 * 2 + 3)
    for path in paths:
        assert path.parent == tmp_path and path.stat().st_size > 0
        assert re.fullmatch(r"[A-Za-z0-9_-]+\.(png|svg)", path.name)
        head = path.read_bytes()[:200]
        assert head.startswith(b"\x89PNG") if path.suffix == ".png" else b"<svg" in path.read_bytes()
    assert sum(p.suffix == ".png" for p in paths) == sum(p.suffix == ".svg" for p in paths)


def test_plot_of_undated_comparison_skips_time(tmp_path):
    c = compare(corpus().drop(columns=["date"]), min_n=5, n_boot=20)
    assert c.over_time.empty
    assert plots.plot_shares_over_time(c, "lx:city", tmp_path) == []
    assert plots.plot_concept_shares(c, "lx:city", tmp_path, interval="wilson")


def test_safe_names_are_ascii_and_distinct():
    names = [plots.safe_name("shares", s) for s in ("../../etc/passwd", "Київ", "Kyiv", "İstanbul: a/b", "")]
    for name in names:
        assert re.fullmatch(r"[A-Za-z0-9_-]+", name)
    assert len(set(names)) == len(names)
