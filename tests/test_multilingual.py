"""Hand-written articles in ru, hy, az, tr, fr, de and a mixed en/ru one (tests/data/multilingual, fictional),
analysed with the bundled karabakh lexicon on the real models where they exist and the surface level where
they do not. The expected mentions are the tables of tests/data/multilingual/EXPECTED.md."""
import re
from pathlib import Path

import pytest

from .conftest import ROOT

DATA = ROOT / "tests" / "data" / "multilingual"


def expected_tables() -> dict[str, dict]:
    text = (DATA / "EXPECTED.md").read_text(encoding="utf-8")
    tables = {}
    for section in re.split(r"^## ", text, flags=re.M)[1:]:
        name = section.split("\n", 1)[0].strip()
        if not name.endswith(".txt"):
            continue
        lang = re.search(r"expected language: (\w+)", section).group(1)
        rows = []
        for line in section.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) == 10 and cells[0].isdigit():
                start, end = (int(x) for x in cells[2].split("–"))
                rows.append({"text": cells[1], "start": start, "end": end, "variant": "karabakh:" + cells[4],
                             "voice": cells[5], "distanced": cells[6] == "yes",
                             "speaker": None if cells[7] == "—" else cells[7],
                             "group": None if cells[8] == "—" else cells[8]})
        tables[name] = {"lang": lang, "rows": rows}
    return tables


EXPECTED = expected_tables()


@pytest.fixture(scope="module")
def results(analyzer):
    from naming.corpus import read_articles

    return {Path(a.source).name: analyzer.process(a) for a in read_articles([DATA])}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_language_and_level(results, models_dir, name):
    from naming.models import language_models

    result = results[name]
    assert result.doc.lang == EXPECTED[name]["lang"]
    level = language_models(result.doc.lang, models_dir).level
    assert result.doc.level == level
    assert result.level.startswith(f"{result.doc.lang}: ")
    if level == "surface":
        assert "no parse" in result.level


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_mentions_found_with_concept_and_variant(results, name):
    found = {(m.start, m.end): m for m in results[name].mentions}
    for row in EXPECTED[name]["rows"]:
        m = found.get((row["start"], row["end"]))
        assert m is not None, f"{name}: {row['text']!r} at {row['start']} not found; found {[(x.text, x.start) for x in found.values()]}"
        assert m.variant == row["variant"], (name, row["text"])
    assert len(found) == len(EXPECTED[name]["rows"]), f"{name}: unexpected extra mentions " \
        f"{sorted(set((m.text, m.start) for m in found.values()) - {(r['text'], r['start']) for r in EXPECTED[name]['rows']})}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_voice_distance_and_speaker(results, name):
    found = {(m.start, m.end): m for m in results[name].mentions}
    wrong = []
    for row in EXPECTED[name]["rows"]:
        m = found.get((row["start"], row["end"]))
        if m is None:
            continue
        got = (m.voice, m.distanced, m.speaker_group)
        want = (row["voice"], row["distanced"], row["group"])
        if got != want or (row["speaker"] and row["group"] and m.speaker != row["speaker"]):
            wrong.append(f"{row['text']}: got {got} {m.speaker!r}, want {want} {row['speaker']!r}")
    assert not wrong, f"{name}: " + "; ".join(wrong)


def test_one_comparison_counts_a_concept_across_languages(results):
    from naming.compare import compare
    from naming.mentions import mentions_frame

    frame = mentions_frame([m for r in results.values() for m in r.mentions])
    comparison = compare(frame, by="lang", min_n=1, n_boot=50)
    region = comparison.shares[(comparison.shares["concept"] == "karabakh:region") & (comparison.shares["scope"] == "all")]
    counted = region[region["mentions"] > 0]
    assert {"ru", "hy", "az", "tr", "fr", "de", "en"} <= set(counted["group"])
    assert all(group in str(langs).split("+") for group, langs in zip(counted["group"], counted["languages"]))
