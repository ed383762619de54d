import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from naming.evaluation import (
    Counts,
    GoldAttribution,
    evaluate,
    format_table,
    load_brat,
    match_spans,
    normalize_span,
    parse_brat,
    quote_mark_baseline,
    read_text,
    score_article,
    score_spans,
    score_tokens,
)

REPO = Path(__file__).resolve().parent.parent
POLNEAR = Path(os.environ.get("NAMING_SHARED", REPO.parent / "shared")) / "eval" / "polnear"


def span(text: str, piece: str, start: int = 0) -> tuple[int, int]:
    at = text.index(piece, start)
    return at, at + len(piece)


def test_exact_and_overlap_differ_after_trimming():
    text = 'He said "we will win" and she said "no way." Later, "maybe".'
    gold = [span(text, '"we will win"'), span(text, '"no way."')]
    predicted = [
        span(text, "we will win"),       # quote marks trimmed: exact
        span(text, 'said "no way."', 20),  # overlaps, wider than the gold
        span(text, "Later"),             # nothing
    ]
    exact = score_spans(predicted, gold, text, "exact")
    assert (exact.matched, exact.predicted, exact.gold) == (1, 3, 2)
    assert exact.precision == pytest.approx(1 / 3)
    assert exact.recall == pytest.approx(1 / 2)
    assert exact.f1 == pytest.approx(0.4)
    overlap = score_spans(predicted, gold, text, "overlap")
    assert overlap.matched == 2
    assert overlap.precision == pytest.approx(2 / 3)
    assert overlap.recall == 1.0
    assert overlap.f1 == pytest.approx(0.8)


def test_one_long_prediction_matches_one_gold():
    text = "abcdefghij" * 5
    counts = score_spans([(0, 40)], [(0, 10), (20, 40)], text, "overlap")
    assert (counts.matched, counts.precision, counts.recall) == (1, 1.0, 0.5)
    assert counts.f1 == pytest.approx(2 / 3)
    # The pair with the larger overlap wins; the other prediction is left unmatched.
    assert match_spans([(0, 40)], [(0, 10), (20, 40)], text) == [(0, 1)]
    assert match_spans([(5, 30), (0, 12)], [(0, 10)], text) == [(1, 0)]


def test_duplicate_predictions_are_credited_once():
    text = "abcdefghij" * 2
    assert score_spans([(0, 10), (0, 10)], [(0, 10)], text, "exact") == Counts(1, 2, 1)


def test_discontinuous_gold_is_a_set_of_characters():
    text = "“We will win,” Bob said, “and soon.”"
    gold = [[span(text, "“We will win,”"), span(text, "“and soon.”")]]
    hull = [(0, len(text))]
    assert score_spans(hull, gold, text, "exact").matched == 0
    assert score_spans(hull, gold, text, "overlap").matched == 1
    assert score_spans(gold, gold, text, "exact").matched == 1
    # Fragments separated only by whitespace or punctuation are one stretch of text.
    text = "We will win. And soon."
    assert normalize_span([(0, 11), (13, 22)], text) == ((0, 21),)
    assert score_spans([(0, 22)], [[(0, 11), (13, 22)]], text, "exact").matched == 1


def test_normalize_span_trims_quotes_punctuation_and_space():
    text = ' «“Yes,” he said.» '
    assert normalize_span((0, len(text)), text) == ((3, 16),)
    assert normalize_span((2, 3), text) == ()
    assert score_spans([(2, 3)], [(2, 3)], text, "overlap").matched == 0


@settings(deadline=None)  # a loaded machine is no failure of the matching
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 20)), max_size=6),
       st.lists(st.tuples(st.integers(0, 30), st.integers(1, 20)), max_size=6))
def test_matching_bounds(pred, gold):
    text = "ab cd, ef " * 6
    pred = [(s, s + n) for s, n in pred]
    gold = [(s, s + n) for s, n in gold]
    exact = score_spans(pred, gold, text, "exact")
    overlap = score_spans(pred, gold, text, "overlap")
    assert exact.matched <= overlap.matched <= min(len(pred), len(gold))
    pairs = match_spans(pred, gold, text)
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)


def test_token_accuracy_and_attributed_class():
    text = "Bob said “we win today” again."
    counts = score_tokens([span(text, "we win")], [span(text, "“we win today”")], text)
    # Tokens: Bob said “we win today” again. — gold attributes 3, the prediction 2 of them.
    assert (counts.accuracy.hits, counts.accuracy.total) == (5, 6)
    assert counts.attributed == Counts(matched=2, predicted=2, gold=3)
    assert counts.attributed.f1 == pytest.approx(0.8)


def prediction(text, content, source=None, speaker=None):
    def part(piece):
        return None if piece is None else {"start": piece[0], "end": piece[1], "text": text[piece[0]:piece[1]]}
    return {"article": "a", "kind": "direct", "content": part(content), "source": part(source),
            "cue": None, "speaker": speaker, "speaker_group": None}


def test_speaker_accuracy():
    text = 'Donald Trump spoke. "One," he said. "Two," Clinton said. "Three," said Bob. "Four," it was said.'
    gold = [
        GoldAttribution("E1", [span(text, '"One,"')], [span(text, "he")], [span(text, "said")], "he"),
        GoldAttribution("E2", [span(text, '"Two,"')], [span(text, "Clinton")], [], "Clinton"),
        GoldAttribution("E3", [span(text, '"Three,"')], [span(text, "Bob")], [], "Bob"),
        GoldAttribution("E4", [span(text, '"Four,"')], [], [], None),
    ]
    predictions = [
        prediction(text, span(text, "One"), source=span(text, "he"), speaker="Donald Trump"),  # span overlaps
        prediction(text, span(text, "Two"), source=span(text, "Trump"), speaker="Hillary Clinton's"),  # name
        prediction(text, span(text, "Three")),  # no speaker
        prediction(text, span(text, "Four"), speaker="Bob"),  # gold has no source: not counted
    ]
    scores = score_article(predictions, gold, text)
    assert (scores.speaker.hits, scores.speaker.total) == (2, 3)
    assert scores.spans["content", "exact"] == Counts(4, 4, 4)
    assert scores.spans["source", "overlap"] == Counts(1, 2, 3)
    assert scores.prediction_mismatches == 0


def test_prediction_offsets_are_checked():
    text = "“Yes,” he said."
    bad = prediction(text, (0, 6))
    bad["content"]["text"] = "Yes"
    assert score_article([bad], [], text).prediction_mismatches == 1


TEXT = "“Yes,” Ann said. “We will,” she added, “win.”\nRead more here."
ANN = "\n".join([
    "T1\tContent 0 6\t“Yes,”",
    "T2\tSource 7 10\tAnn",
    "T3\tCue 11 15\tsaid",
    "T4\tAttribution 11 15\tsaid",
    "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
    "T5\tContent 17 27;39 45\t“We will,” “win.”",
    "T6\tCue 32 37\tadded",
    "T7\tAttribution-no-source 32 37\tadded",
    "E2\tAttribution-no-source:T7 Content:T5 Cue:T6",
    "E3\tAttribution-no-source:T7 ",
    "T8\tDiscard 39 61\t“win.”",
    "Read more here",
    "#1\tAnnotatorNotes T8\twrong text on purpose",
    "",
])


def test_parse_brat():
    document = parse_brat(ANN, TEXT)
    first, second = document.attributions  # E3, a trigger without content, is left out
    assert (first.id, first.content, first.source, first.cue, first.source_text) == (
        "E1", [(0, 6)], [(7, 10)], [(11, 15)], "Ann")
    assert (second.content, second.source, second.cue, second.source_text) == (
        [(17, 27), (39, 45)], [], [(32, 37)], None)
    # The Discard span holds a line break and its recorded text stops short of its offsets.
    assert [(m.id, m.recorded) for m in document.mismatches] == [("T8", "“win.”\nRead more here")]


def test_load_brat_from_a_file(tmp_path):
    path = tmp_path / "a.ann"
    path.write_text(ANN.replace("T8\tDiscard 39 61", "T8\tDiscard 39 60"), encoding="utf-8")
    assert len(load_brat(path, TEXT)) == 2


def test_numbered_roles_add_fragments():
    text = "“A,” Bo said, “B.”"
    ann = "T1\tContent 0 4\t“A,”\nT2\tSource 5 7\tBo\nT3\tContent 14 18\t“B.”\nE1\tAttribution:T9 Content:T1 Source:T2 Content2:T3\n"
    (attribution,) = parse_brat(ann, text).attributions
    assert attribution.content == [(0, 4), (14, 18)]


def test_quote_mark_baseline():
    text = 'He said "yes" and “no”.\n"Open\nquote'
    predicted = quote_mark_baseline(text, article="x")
    assert [p["content"]["text"] for p in predicted] == ['"yes"', "“no”"]
    assert predicted[0] == {"article": "x", "kind": "direct", "content": {"start": 8, "end": 13, "text": '"yes"'},
                            "source": None, "cue": None, "speaker": None, "speaker_group": None}


def write_split(root: Path) -> Path:
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir()
    rows = ["compartment\tfilename\tpublisher"]
    for name, publisher in [("a1", "alpha"), ("a2", "alpha"), ("b1", "beta")]:
        (root / "dev" / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
        (root / "dev" / "attributions" / f"{name}.ann").write_text(ANN, encoding="utf-8")
        rows.append(f"dev\t{name}\t{publisher}")
    (root / "metadata.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root / "dev"


def gold_predictor(split_dir: Path):
    """A stand-in system that returns the gold contents, sources and cues (fragment by fragment)."""
    def predict(path: Path) -> list[dict]:
        text = read_text(path)
        out = []
        for g in parse_brat(read_text(split_dir / "attributions" / f"{path.stem}.ann"), text).attributions:
            for i, piece in enumerate(g.content):
                out.append(prediction(text, piece, g.source[0] if g.source and i == 0 else None, g.source_text))
        return out
    return predict


def test_evaluate_with_a_stand_in_predictor(tmp_path):
    split_dir = write_split(tmp_path)
    result = evaluate(split_dir, gold_predictor(split_dir))
    assert result.overall.articles == 3
    assert list(result.by_publisher) == ["alpha", "beta"]
    assert result.by_publisher["alpha"].articles == 2
    assert result.overall.spans["content", "overlap"] == Counts(matched=6, predicted=9, gold=6)
    assert result.overall.spans["source", "exact"].f1 == 1.0
    assert result.overall.tokens.accuracy.value == 1.0
    assert (result.overall.speaker.hits, result.overall.speaker.total) == (3, 3)
    assert set(result.gold_mismatches) == {"a1", "a2", "b1"}
    table = format_table(result)
    assert "| content overlap | 0.667 | 1.000 | 0.800 | 6 | 9 | 6 |" in table
    assert "| beta | 1 |" in table
    json.dumps(result.to_dict())
    # A prefix of the articles covers every publisher before repeating one.
    assert list(evaluate(split_dir, gold_predictor(split_dir), limit=2).by_article) == ["a1", "b1"]


def test_evaluate_names_the_article_a_predictor_fails_on(tmp_path):
    split_dir = write_split(tmp_path)

    def broken(path):
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError) as info:
        evaluate(split_dir, broken)
    assert any("a1.txt" in note for note in info.value.__notes__)


@pytest.fixture
def polnear():
    if not (POLNEAR / "dev" / "text").is_dir():
        pytest.skip(f"PolNeAR not found at {POLNEAR} (set NAMING_SHARED to the shared data folder)")
    return POLNEAR


def test_polnear_dev_parses_without_mismatches(polnear):
    texts = sorted((polnear / "dev" / "text").glob("*.txt"))
    assert len(texts) == 84
    relations = 0
    mismatches = {}
    for path in texts:
        text = read_text(path)
        document = parse_brat(read_text(polnear / "dev" / "attributions" / f"{path.stem}.ann"), text)
        relations += len(document.attributions)
        assert all(a.content for a in document.attributions), path
        assert all(0 <= s < e <= len(text) for a in document.attributions for s, e in a.content + a.source + a.cue)
        if document.mismatches:
            mismatches[path.stem] = document.mismatches
    assert mismatches == {}
    assert relations > 2000


def test_polnear_dev_baseline_runs(polnear):
    result = evaluate(polnear / "dev", lambda p: quote_mark_baseline(read_text(p), p.stem), limit=14)
    assert result.overall.articles == 14
    assert all(s.articles == 2 for s in result.by_publisher.values()) and len(result.by_publisher) == 7
    assert 0 < result.overall.spans["content", "exact"].matched <= result.overall.spans["content", "overlap"].matched
    assert result.overall.prediction_mismatches == 0


def test_attribution_eval_scores_every_annotated_corpus_in_its_language(models_dir, tmp_path, monkeypatch, capsys):
    """Annotated data added under eval/ in another language is found and scored in that language."""
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    from attribution_eval import main

    text = ("В Баку заявили о завершении операции.\n"
            "«Карабах — это Азербайджан», — заявил Ильхам Алиев в среду.\n")
    content = "Карабах — это Азербайджан"
    spans = {"Content": span(text, content), "Cue": span(text, "заявил "), "Source": span(text, "Ильхам Алиев")}
    spans["Cue"] = (spans["Cue"][0], spans["Cue"][1] - 1)
    ann = "".join(f"T{i}\t{role} {s} {e}\t{text[s:e]}\n" for i, (role, (s, e)) in enumerate(spans.items(), 1))
    ann += "E1\tAttribution:T1 Content:T1 Cue:T2 Source:T3\n"
    corpus = tmp_path / "eval" / "mini_ru"
    for sub in ("dev/text", "dev/attributions"):
        (corpus / sub).mkdir(parents=True)
    (corpus / "dev" / "text" / "a1.txt").write_text(text, encoding="utf-8")
    (corpus / "dev" / "attributions" / "a1.ann").write_text(ann, encoding="utf-8")
    (corpus / "metadata.tsv").write_text("filename\tpublisher\tlang\na1\ttest-ru\tru\n", encoding="utf-8")
    (tmp_path / "eval" / "notes").mkdir()                     # not laid out as a corpus: ignored
    monkeypatch.setenv("NAMING_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("NAMING_STANZA_DIR", str(models_dir))

    assert main(["--shared", str(tmp_path), "--json", str(tmp_path / "scores.json")]) == 0
    printed = capsys.readouterr().out
    assert "## mini_ru (dev, 1 articles)" in printed and "notes" not in printed
    scores = json.loads((tmp_path / "scores.json").read_text(encoding="utf-8"))
    assert list(scores) == ["system", "mini_ru"]
    spans_found = scores["mini_ru"]["overall"]["spans"]
    assert spans_found["content/overlap"]["matched"] == spans_found["source/overlap"]["matched"] == 1

    assert main(["--shared", str(tmp_path), "--dataset", "polnear"]) == 2     # named but not there
    assert "no dev split of polnear" in capsys.readouterr().err


def test_the_benchmarks_find_the_models_beside_the_checkout(tmp_path, monkeypatch):
    """`python bench/attribution_eval.py --split dev` and `bench/polnear_compare.py`, the README's commands, need
    no NAMING_STANZA_DIR when the models lie in <shared>/stanza_resources; a user's own setting still wins."""
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    from common import bundled_models

    monkeypatch.delenv("NAMING_STANZA_DIR", raising=False)
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    assert bundled_models(tmp_path) is None                       # nothing there: Stanza's own default
    (tmp_path / "stanza_resources").mkdir()
    (tmp_path / "stanza_resources" / "resources.json").write_text("{}", encoding="utf-8")
    assert bundled_models(tmp_path) == tmp_path / "stanza_resources"
    monkeypatch.setenv("NAMING_STANZA_DIR", str(tmp_path / "mine"))
    assert bundled_models(tmp_path) is None                       # the user's setting is left to resolve_models_dir


CONLLU = """# newdoc id = a
# sent_id = a-1
# text = The minister said the talks failed.
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	minister	minister	NOUN	NN	Number=Sing	3	nsubj	_	_
3	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	talks	talk	NOUN	NNS	Number=Plur	6	nsubj	_	_
6	failed	fail	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	3	ccomp	_	SpaceAfter=No
7	.	.	PUNCT	.	_	3	punct	_	_

# newdoc id = b
# sent_id = b-1
# text = It rained all day.
1	It	it	PRON	PRP	Case=Nom|Number=Sing|Person=3|PronType=Prs	2	expl	_	_
2-3	rained	_	_	_	_	_	_	_	_
2	rained	rain	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	all	all	DET	DT	_	4	det	_	_
4	day	day	NOUN	NN	Number=Sing	2	obl:tmod	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_parser_effect_attributes_gold_and_predicted_trees_of_a_treebank(models_dir, tmp_path, monkeypatch, capsys):
    """bench/parser_effect.py reads documents of a CoNLL-U treebank (multiword ranges left out), attributes
    each on its gold tree and on the bundled models' tree, and scores the second against the first."""
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    from parser_effect import layout, main, read_conllu

    (tmp_path / "en_ewt-ud-dev.conllu").write_text(CONLLU, encoding="utf-8")
    docs = read_conllu(tmp_path / "en_ewt-ud-dev.conllu")
    assert [[[row[1] for row in s] for s in d] for d in docs] == [
        [["The", "minister", "said", "the", "talks", "failed", "."]], [["It", "rained", "all", "day", "."]]]
    text, offsets = layout(docs[0])
    assert text == "The minister said the talks failed.\n" and text[slice(*offsets[0][5])] == "failed"

    monkeypatch.setenv("NAMING_STANZA_DIR", str(models_dir))
    assert main(["--ud", str(tmp_path), "--split", "dev"]) == 0
    printed = capsys.readouterr().out
    assert "2 documents, 2 sentences, 1 attributions on gold trees, 1 on predicted trees" in printed
    assert "| source   | overlap | 1.000 | 1.000 | 1.000 |" in printed
    assert main(["--ud", str(tmp_path / "nowhere")]) == 2
    assert "no treebank at" in capsys.readouterr().err
