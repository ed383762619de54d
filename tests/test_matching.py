"""The matcher's indexes (first piece, glob prefix, regex prefix) find what trying every term everywhere finds."""
from __future__ import annotations

import itertools

import pytest

from naming.lexicon import Concept, Lexicon, LexiconSet, Term, Variant
from naming.matching import Matcher, doc_pieces, regex_prefix
from naming.nlp import paragraphs, surface_doc

TEXTS = {
    "en": "Artsakh authorities met in Stepanakert. The ARTSAKH Defence Army and the artsakhi side said so.\n\n"
          "A KELVIN-scale reading (\u212aelvin) near Khankendi; Nagorno-Karabakh talks, Karabakh's future.",
    "ru": "Власти Арцаха и непризнанной НКР заявили: «Карабахский конфликт» — Нагорный Карабах, Арцах.",
    "tr": "İSTANBUL'dan gelen heyet Karabağ'da, Istanbul ve istanbullu gazeteciler Hankendi'de.",
}

TERMS = {
    "en": [("glob", "Artsakh*"), ("glob", "artsa?h"), ("glob", "Ar*"), ("glob", "*akh"), ("glob", "[sS]tepan*"),
           ("glob", "Khan[a-z]endi"), ("glob", "Karab*"), ("glob", "Nagorn* Karab*"), ("phrase", "Artsakh"),
           ("regex", r"\bArtsakh\w*"), ("regex", r"kelvin"), ("regex", r"\bKarabakh('s)?"),
           ("regex", r"(?:Art|Kar)\w+"), ("regex", r"Defen{e<=1}"), ("regex", r"(?i)army"), ("regex", r"[Kk]hankendi"),
           ("regex", r"\w+akh\b")],
    "ru": [("glob", "арцах*"), ("glob", "карабах*"), ("glob", "нагорн* карабах*"), ("glob", "нкр"),
           ("regex", r"Арцах\w*"), ("regex", r"\bкарабах\w*"), ("regex", r"НКР")],
    "tr": [("glob", "istanbul*"), ("glob", "karabağ*"), ("regex", r"istanbul\w*"), ("regex", r"İstanbul"),
           ("regex", r"hankendi")],
}


def lexicons(case_sensitive: bool = False) -> LexiconSet:
    variants = []
    for number, (lang, kind, value) in enumerate((lang, kind, value) for lang, terms in TERMS.items()
                                                 for kind, value in terms):
        term = Term(kind, value, lang, case_sensitive=case_sensitive and kind == "regex")
        variants.append(Variant(f"t:c:v{number}", f"v{number}", value, ("camp",), {lang: [term]}, {}, [], [],
                                concept_id="t:c"))
    return LexiconSet([Lexicon("t", "1", None, list(TERMS), [], None, {}, [Concept("t:c", "c", "c", variants)],
                               [], "<test>")], {}, [])


class EverywhereMatcher(Matcher):
    """Tries every glob at every piece and every regex on every sentence: what the indexes must agree with."""

    def _candidates(self, piece, lang):
        first_piece = [p for p in super()._candidates(piece, lang) if p.steps[0].mode != "glob"]
        globs = [p for patterns in self._globs.get(lang, {}).values() for p in patterns] + self._scan.get(lang, [])
        return first_piece + sorted(globs, key=lambda p: p.order)

    def _regex_candidates(self, lang, chunk):
        every = [e for entries in self._regex.get(lang, {}).values() for e in entries]
        return sorted(every + self._regex_scan.get(lang, []), key=lambda e: e[1].order)


@pytest.mark.parametrize("case_sensitive", [False, True])
@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_indexes_find_what_trying_everything_finds(lang, case_sensitive):
    text = TEXTS[lang]
    doc = surface_doc(text, lang, paragraphs(text, 0, len(text)))
    lexset = lexicons(case_sensitive)
    indexed, everywhere = Matcher(lexset), EverywhereMatcher(lexset)
    found = indexed.match(doc, text=text)
    assert found == everywhere.match(doc, text=text)
    # each term alone, so that no longer match hides one that the index missed
    kinds = set()
    for variant in lexset.variants:
        alone = LexiconSet([Lexicon("t", "1", None, [lang], [], None, {}, [Concept("t:c", "c", "c", [variant])],
                                    [], "<test>")], {}, [])
        found = Matcher(alone).match(doc, text=text)
        assert found == EverywhereMatcher(alone).match(doc, text=text), variant.label
        kinds.update(m.term.kind for m in found)
    assert {"glob", "regex"} <= kinds


def test_globs_and_regexes_with_a_literal_prefix_are_indexed():
    matcher = Matcher(lexicons())
    scanned_globs = {p.term.value for p in matcher._scan["en"]}
    assert scanned_globs == {"*akh", "[sS]tepan*"}
    assert {p.term.value for p in matcher._globs["en"]["artsa"]} == {"Artsakh*", "artsa?h"}
    scanned_regexes = {p.term.value for _, p in matcher._regex_scan["en"]}
    assert scanned_regexes == {r"(?:Art|Kar)\w+", r"[Kk]hankendi", r"\w+akh\b"}


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"\bКарабах\w*", 2, ("Карабах", True)),
    (r"Karabakh('s)?", 0, ("Karabakh", False)),
    (r"(?i)army", 0, ("army", True)),
    (r"^Stepanakert", 0, ("Stepanakert", False)),
    (r"Shush[ia]", 2, ("Shush", True)),
    (r"Kara?bakh", 0, ("Kar", False)),
    (r"Defen{e<=1}", 0, ("Defe", False)),       # `regex`'s fuzzy matching: the "n" may differ
    (r"(?:a|b)c", 0, ("", False)),
    (r"\p{L}+stan", 0, ("", False)),             # `regex` only: no prefix
    (r"(?i:abc)d", 0, ("", False)),
])
def test_regex_prefix(pattern, flags, expected):
    assert regex_prefix(pattern, flags) == expected


def test_case_insensitive_regex_keys_fold_as_the_engine_does():
    matcher = Matcher(lexicons())
    for lower, upper in (("k", "\u212a"), ("i", "İ"), ("s", "ſ"), ("σ", "ς"), ("ɤ", "\ua7cb")):
        assert matcher._fold_case(lower) == matcher._fold_case(upper)
    text = "The \u212aELVIN scale."
    doc = surface_doc(text, "en", paragraphs(text, 0, len(text)))
    assert [m.term.value for m in matcher.match(doc, text=text)] == ["kelvin"]


def test_matching_cost_does_not_grow_with_globs_of_other_words():
    """With a thousand globs of made-up words, a piece looks at the few whose prefix it shares."""
    text = TEXTS["en"]
    doc = surface_doc(text, "en", paragraphs(text, 0, len(text)))
    syllables = ["zo", "qu", "ix", "vy", "wex", "jum"]
    made_up = ["".join(w) + "*" for w in itertools.product(syllables, repeat=4)][:1000]
    variant = Variant("t:c:v", "v", "v", ("camp",), {"en": [Term("glob", g, "en") for g in made_up]
                                                      + [Term("glob", "Artsakh*", "en")]}, {}, [], [], concept_id="t:c")
    matcher = Matcher(LexiconSet([Lexicon("t", "1", None, ["en"], [], None, {}, [Concept("t:c", "c", "c", [variant])],
                                          [], "<test>")], {}, []))
    tried = [len(matcher._candidates(piece, "en")) for piece in doc_pieces(doc)]
    assert max(tried) <= 1
    assert [m.term.value for m in matcher.match(doc, text=text)] == ["Artsakh*"] * 3   # Artsakh, ARTSAKH, artsakhi


def test_scope_probe_reuses_the_pieces_of_the_article(analyzer, seed_result, monkeypatch):
    import naming.matching as matching
    import naming.pipeline as pipeline

    assert any(lexicon.scope for lexicon in analyzer.lexicons.lexicons), "a scoped lexicon is part of the test"
    made = []
    real = matching.doc_pieces

    def counting(doc):
        made.append(doc)
        return real(doc)

    monkeypatch.setattr(matching, "doc_pieces", counting)
    monkeypatch.setattr(pipeline, "doc_pieces", counting)
    r = seed_result
    again = analyzer.finish(r.article, r.language, r.doc, r.voice, real(r.doc))
    assert made == [] and again.matches == r.matches and again.matches
    analyzer.finish(r.article, r.language, r.doc, r.voice)
    assert len(made) == 1     # once for the lexicons and their scope probe together
