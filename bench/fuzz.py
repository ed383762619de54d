"""Fuzz targets for the parts of naming that read what strangers write (issue 8).

    python bench/fuzz.py lexicon  --examples 20000     # YAML lexicon documents, structured and raw bytes
    python bench/fuzz.py quotes   --examples 20000     # quote finder + attribution on surface-level docs
    python bench/fuzz.py corpus   --examples 20000     # article files: bytes, front matter, JSONL rows
    python bench/fuzz.py all                           # each of them, --examples each
    python bench/fuzz.py quotes --atheris              # coverage-guided, when `pip install atheris` works

Each target takes one input and raises AssertionError when naming misbehaves: an exception that is not
the tool's own (LexiconError, CorpusError), or a result that breaks an invariant (an offset outside the
text, a match whose text is not the text at its offsets). Hypothesis drives the targets by default
(no extra dependency; `tests/test_hostile.py` runs them with a few examples); atheris drives the same
targets from raw bytes. No Stanza model is loaded: the matcher and the attribution run on the
regex-tokenized surface level (`naming.nlp.surface_doc`), which is where hostile text reaches them
first and fastest.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import warnings
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from naming.attribution import attribute  # noqa: E402
from naming.quotes import find_quotes  # noqa: E402
from naming.corpus import CorpusError, make_article, read_articles  # noqa: E402
from naming.cues import load_cues  # noqa: E402
from naming.lexicon import LexiconError, load_lexicons  # noqa: E402
from naming.matching import Matcher  # noqa: E402
from naming.nlp import paragraphs, surface_doc  # noqa: E402
from naming.speakers import SpeakerDirectory  # noqa: E402

MINI = ROOT / "tests" / "data" / "mini_lexicon.yaml"
LANGS = ("en", "de", "tr", "xx")        # en/de/tr have cue lexicons (de and xx have no Stanza model); xx has none
SAMPLE_TEXT = ('Headline about Artsakh\n"Artsakh is ours," Pashinyan said. Baku called it «Karabakh».\n'
               "„Nagorno-Karabakh“, sagte er, 'so-called' anti-terror … operation; Xankəndidə İstanbul ıı.\n")

# Everything a fuzz input may legitimately raise: the tool's own errors.
OWN_ERRORS = (LexiconError, CorpusError)

_TMP = Path(tempfile.mkdtemp(prefix="naming-fuzz-"))


# --------------------------------------------------------------------------- shared pieces

@lru_cache(maxsize=None)
def _mini():
    return load_lexicons([MINI])


@lru_cache(maxsize=None)
def _speakers(lang: str) -> SpeakerDirectory:
    cues = load_cues(lang)
    return SpeakerDirectory(_mini().speakers, lang, cues.speaker_words)


def _check_matches(matches, text: str) -> None:
    for m in matches:
        assert 0 <= m.start < m.end <= len(text), (m, len(text))
        assert m.first_token <= m.last_token, m


def _check_span(span, text: str) -> None:
    if span is None:
        return
    assert 0 <= span.start <= span.end <= len(text), (span, len(text))
    assert text[span.start:span.end] == span.text, span


# --------------------------------------------------------------------------- targets

def check_lexicon_bytes(data: bytes, texts=(SAMPLE_TEXT,)) -> None:
    """Load a lexicon file with these bytes: it loads or raises LexiconError; a loaded one matches."""
    path = _TMP / f"lexicon-{os.getpid()}.yaml"
    path.write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # re's FutureWarning on '[[' and friends; matcher timeouts
        try:
            lexicons = load_lexicons([path])
        except OWN_ERRORS:
            return
        matcher = Matcher(lexicons)
        for text in texts:
            for lang in LANGS:
                doc = surface_doc(text, lang, paragraphs(text, 0, len(text)))
                _check_matches(matcher.match(doc, text=text), text)


def check_lexicon_document(document, texts=(SAMPLE_TEXT,)) -> None:
    """A lexicon as a YAML-able value (what a colleague could write)."""
    check_lexicon_bytes(yaml.safe_dump(document, allow_unicode=True).encode("utf-8"), texts)


def check_quotes(text: str, lang: str = "en") -> None:
    """The quote finder and the attribution on one text: no exception, every span inside the text."""
    spans = paragraphs(text, 0, len(text))
    for quote in find_quotes(text, spans):
        # an unclosed quote that opens a paragraph runs to its end: inner_end == end there
        assert 0 <= quote.start < quote.inner_start <= quote.inner_end <= quote.end <= len(text), quote
    article = make_article(text, id="fuzz", source="fuzz", headline_from_first_line=False)
    doc = surface_doc(text, lang, spans)
    voice = attribute(doc, article, _speakers(lang), load_cues(lang))
    for attribution in voice.attributions:
        for span in (attribution.content, attribution.source, attribution.cue, *attribution.continuation):
            _check_span(span, text)
    for distancing in voice.distancing:
        assert 0 <= distancing.start <= distancing.end <= len(text), distancing
    _check_matches(Matcher(_mini()).match(doc, text=text), text)


def check_corpus_bytes(data: bytes, suffix: str = ".txt", lenient: bool = False) -> None:
    """An article file with these bytes: read as articles or listed as skipped, nothing else."""
    path = _TMP / f"article-{os.getpid()}{suffix}"
    path.write_bytes(data)
    errors: list = []
    articles = list(read_articles([path], lenient=lenient, errors=errors))
    assert all(isinstance(source, str) and isinstance(reason, str) and reason for source, reason in errors), errors
    if suffix == ".txt":
        assert len(articles) + len(errors) == 1, (articles, errors)
    for article in articles:
        assert 0 <= article.body_start <= len(article.content)
        if article.headline:
            assert 0 <= article.headline[0] <= article.headline[1] <= len(article.content)
        article.content.encode("utf-8")   # no lone surrogate gets through
    try:
        list(read_articles([path], lenient=lenient))
    except CorpusError:
        pass


# --------------------------------------------------------------------------- hypothesis strategies

def strategies():
    """Hypothesis strategies: (lexicon documents, article texts, raw article bytes, JSONL lines)."""
    from hypothesis import strategies as st

    tricky = list("aAbİıiIЖжəğş-‐‑–—'’ʼ.…*?[]!\\()+|^${}#&<>=@0 \t\n\r\u00a0\u200b\u202e\ufeff")
    quotes = list("\"'“”„«»‹›‘’‚「」『』")
    word = st.text(alphabet=st.sampled_from(tricky), max_size=12)
    any_text = st.text(max_size=30)
    term = st.one_of(
        word, any_text, st.integers(), st.none(), st.lists(word, max_size=2),
        st.fixed_dictionaries({}, optional={
            "phrase": word, "glob": word, "regex": word, "lemma": st.one_of(word, st.lists(word, max_size=3)),
            "gap": st.one_of(st.integers(-3, 20), word), "inflect": st.one_of(st.booleans(), word),
            "case_sensitive": st.booleans()}))
    lang = st.one_of(st.sampled_from(["en", "ru", "tr", "az", "de", "xx", "en-US", "EN", ""]), word)
    ident = st.one_of(st.sampled_from(["a", "b_1", "region", "artsakh"]), word)
    examples = st.dictionaries(lang, st.lists(any_text, max_size=2), max_size=2)
    variant = st.fixed_dictionaries({"id": ident}, optional={
        "label": any_text, "camp": ident, "camps": st.lists(ident, max_size=2),
        "terms": st.dictionaries(lang, st.one_of(term, st.lists(term, max_size=3)), max_size=3),
        "exclude": st.dictionaries(lang, st.lists(term, max_size=2), max_size=2),
        "examples": st.fixed_dictionaries({}, optional={"match": examples, "no_match": examples})})
    concept = st.fixed_dictionaries({"id": ident}, optional={
        "label": any_text, "variants": st.one_of(st.lists(variant, max_size=3), st.dictionaries(ident, variant, max_size=2))})
    camp = st.fixed_dictionaries({}, optional={"label": any_text, "colour": st.one_of(word, st.just("#abcdef"))})
    people = st.one_of(st.dictionaries(any_text, st.lists(any_text, max_size=2), max_size=2), st.lists(any_text, max_size=2))
    speakers = st.dictionaries(ident, st.fixed_dictionaries({}, optional={
        "people": people, "institutions": people, "countries": st.lists(any_text, max_size=2),
        "demonyms": st.lists(any_text, max_size=2), "patterns": st.lists(word, max_size=2)}), max_size=2)
    document = st.fixed_dictionaries(
        {"camps": st.one_of(st.lists(camp.map(lambda c: c), max_size=2), st.dictionaries(ident, camp, max_size=2)),
         "concepts": st.one_of(st.lists(concept, max_size=2), st.dictionaries(ident, concept, max_size=2))},
        optional={"name": ident, "version": st.one_of(any_text, st.integers(), st.floats()),
                  "languages": st.lists(lang, max_size=3), "inflect": st.lists(lang, max_size=2),
                  "scope": st.dictionaries(lang, st.lists(term, max_size=2), max_size=2), "speakers": speakers,
                  "sources": st.lists(st.one_of(any_text, st.dictionaries(word, any_text, max_size=2)), max_size=2)})
    # a valid lexicon whose terms are random: reaches the matcher far more often than random documents
    valid = st.builds(lambda terms, label: {
        "name": "fuzz", "camps": [{"id": "a", "label": label}],
        "concepts": [{"id": "c", "label": label, "variants": [{"id": "v", "label": label, "camp": "a",
                                                                "terms": {"en": terms, "xx": terms}}]}]},
        st.lists(term, min_size=1, max_size=4), any_text)
    lexicon = st.one_of(document, valid)

    piece = st.one_of(st.sampled_from(["Artsakh", "Karabakh", "Nagorno-Karabakh", "Pashinyan", "said", "sagte",
                                       "according to", "so-called", "Baku", "anti-terror", "operation", ":", ".",
                                       ",", "\n", "\n\n", " ", "—", "…", "\r\n", "\r"]),
                      st.sampled_from(quotes), word, st.text(max_size=8))
    article_text = st.lists(piece, max_size=60).map(" ".join)
    article_bytes = st.one_of(st.binary(max_size=400), article_text.map(lambda t: t.encode("utf-8")),
                              article_text.map(lambda t: t.encode("utf-16")),
                              st.builds(lambda fm, body: f"---\n{fm}\n---\n{body}".encode("utf-8", "replace"),
                                        st.text(max_size=80), article_text))
    json_value = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
                              lambda children: st.one_of(st.lists(children, max_size=3),
                                                         st.dictionaries(st.text(max_size=5), children, max_size=3)),
                              max_leaves=10)
    row = st.one_of(st.fixed_dictionaries({"text": st.one_of(article_text, json_value)}, optional={
        "id": json_value, "outlet": json_value, "title": json_value, "lang": json_value, "date": json_value}), json_value)
    jsonl = st.lists(st.one_of(row.map(lambda r: json.dumps(r)), st.text(max_size=30)), max_size=5).map(
        lambda lines: "\n".join(lines).encode("utf-8", "replace"))
    return lexicon, article_text, article_bytes, jsonl


def hypothesis_targets():
    """name -> (strategy, target(value)) for the hypothesis runner and the tests."""
    from hypothesis import strategies as st

    lexicon, article_text, article_bytes, jsonl = strategies()
    raw_lexicon = st.one_of(st.binary(max_size=300), _mutated(MINI.read_bytes()))
    return {
        "lexicon": (st.one_of(lexicon.map(lambda d: ("doc", d)), raw_lexicon.map(lambda b: ("bytes", b))),
                    lambda v: check_lexicon_document(v[1]) if v[0] == "doc" else check_lexicon_bytes(v[1])),
        "quotes": (st.tuples(article_text, st.sampled_from(LANGS)), lambda v: check_quotes(*v)),
        "corpus": (st.one_of(st.tuples(article_bytes, st.just(".txt"), st.booleans()),
                             st.tuples(jsonl, st.just(".jsonl"), st.booleans()),
                             st.tuples(article_bytes, st.just(".csv"), st.booleans())),
                   lambda v: check_corpus_bytes(*v)),
    }


def _mutated(seed: bytes):
    from hypothesis import strategies as st

    return st.tuples(st.integers(0, len(seed)), st.integers(0, 40), st.binary(max_size=20)).map(
        lambda t: seed[:t[0]] + t[2] + seed[t[0] + t[1]:])


# --------------------------------------------------------------------------- runners

def run_hypothesis(name: str, examples: int, seed: int | None = None) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hseed

    strategy, target = hypothesis_targets()[name]

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def fuzz(value):
        target(value)

    if seed is not None:
        fuzz = hseed(seed)(fuzz)
    fuzz()
    print(f"{name}: {examples} examples, no failure")


def run_atheris(name: str) -> None:
    import atheris  # pip install atheris

    def one_input(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        if name == "lexicon":
            check_lexicon_bytes(data)
        elif name == "quotes":
            check_quotes(fdp.ConsumeUnicodeNoSurrogates(4096), LANGS[fdp.ConsumeIntInRange(0, len(LANGS) - 1)])
        else:
            check_corpus_bytes(data, ".txt", lenient=bool(data[:1]) and data[0] % 2 == 1)

    atheris.instrument_all()   # coverage of every loaded Python function (naming's included) guides the fuzzer
    atheris.Setup([sys.argv[0], *sys.argv[sys.argv.index("--atheris") + 1:]], one_input)
    atheris.Fuzz()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("target", choices=("lexicon", "quotes", "corpus", "all"))
    parser.add_argument("--examples", type=int, default=2000, help="hypothesis examples per target")
    parser.add_argument("--seed", type=int, help="hypothesis seed, to repeat a run")
    parser.add_argument("--atheris", action="store_true", help="coverage-guided fuzzing with atheris instead; "
                                                                "arguments after it go to libFuzzer")
    args, _ = parser.parse_known_args(argv)
    names = ("lexicon", "quotes", "corpus") if args.target == "all" else (args.target,)
    if args.atheris:
        if len(names) != 1:
            parser.error("--atheris fuzzes one target at a time")
        run_atheris(names[0])
        return 0
    for name in names:
        run_hypothesis(name, args.examples, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
