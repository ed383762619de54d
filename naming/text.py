"""Unicode handling shared by the lexicon loader, the cue lexicons and the matcher.

Two ways of looking at text live here:

* `fold(s, lang)` turns a term or a token into the key it is compared by. Both sides of every
  comparison go through it, so it may change the length of its input (ß → ss, İ → i).
* `normalize_for_nlp(text)` prepares a whole article for the tokenizer and never changes its length,
  so offsets computed on its output are offsets into the original content.

The piece rule (`phrase_pieces`, `token_pieces`, `piece_spans`): a lexicon phrase and an article token
are both cut into pieces the same way, and a term matches when its pieces appear in a row among the
article's pieces. A piece is a maximal run of letters, digits and combining marks; everything else
separates pieces and is dropped: whitespace, hyphens and dashes, apostrophes, quote marks and other
punctuation. Soft hyphens, zero-width characters and the Armenian marks written inside a word
(՛ ՜ ՞) do not separate pieces; folding removes them. Hence

    "Nagorno-Karabakh", "Nagorno Karabakh", "Nagorno‑Karabakh"  → ["nagorno", "karabakh"]
    "Karabağ'da" (tr) → ["karabağ", "da"]      "l'Arménie" → ["l", "arménie"]
    "Azerbaijan's"    → ["azerbaijan", "s"]    "-", "«", "…" → []

Dropping the apostrophe on both sides is the one rule that leaves the name itself as a whole piece
whether the attached part is a suffix (Turkish "'da", English "'s") or an elided article (French "l'").
Ukrainian words spelt with an apostrophe (Прип'ять) become two pieces, identically on both sides.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

# --- character tables -----------------------------------------------------------------------------

HYPHEN = "-"
APOSTROPHE = "'"

HYPHENS = frozenset({
    "-",       # hyphen-minus
    "\u2010",  # hyphen
    "\u2011",  # non-breaking hyphen
    "\u2012",  # figure dash
    "\u2013",  # en dash
    "\u2014",  # em dash
    "\u2015",  # horizontal bar
    "\u2212",  # minus sign
    "\u058a",  # Armenian hyphen
    "\ufe63",  # small hyphen-minus
    "\uff0d",  # fullwidth hyphen-minus
})

APOSTROPHES = frozenset({
    "'",       # ASCII apostrophe
    "\u2019",  # right single quotation mark, the typographic apostrophe
    "\u2018",  # left single quotation mark, often typed by mistake for ’
    "\u02bc",  # modifier letter apostrophe, Ukrainian official spelling
    "\u02bb",  # modifier letter turned comma (ʻ), Uzbek and transliterations
    "`",       # grave accent typed as apostrophe
    "\u00b4",  # acute accent typed as apostrophe
    "\u2032",  # prime
    "\u055a",  # Armenian apostrophe
})

SOFT_HYPHEN = "\u00ad"

# Invisible characters that carry no letters; they are dropped when folding.
ZERO_WIDTH = frozenset({
    "\u200b",  # zero width space
    "\u200c",  # zero width non-joiner
    "\u200d",  # zero width joiner
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark / zero width no-break space
})

# Armenian punctuation.
ARMENIAN_SENTENCE_END = "\u0589"   # ։ full stop (the ASCII ":" is often typed for it)
ARMENIAN_COMMA = "\u055d"          # ՝
ARMENIAN_APOSTROPHE = "\u055a"     # ՚
ARMENIAN_EMPHASIS = "\u055b"       # ՛ stress/emphasis mark, written over a vowel
ARMENIAN_EXCLAMATION = "\u055c"    # ՜ written over the stressed vowel, not at the end of the sentence
ARMENIAN_QUESTION = "\u055e"       # ՞ written over the stressed vowel, not at the end of the sentence
ARMENIAN_ABBREVIATION = "\u055f"   # ՟

# The marks that close a sentence: one definition for the parse's sentence repair and for attribution.
SENTENCE_END_MARKS = (".", "!", "?", "…", ARMENIAN_SENTENCE_END)
ARMENIAN_HYPHEN = "\u058a"         # ֊
# Marks that sit inside a word without changing it: the word is the same word without them.
ARMENIAN_WORD_MARKS = frozenset({ARMENIAN_EMPHASIS, ARMENIAN_EXCLAMATION, ARMENIAN_QUESTION})

# Opening quote mark → the marks that may close it. Conventions differ by language and by house style:
# “…” (en), „…“ (de), „…” (pl, ro, hu), «…» (ru, fr, hy, az; French puts spaces inside), »…« (de, da),
# »…» (sv, fi), ”…” (sv, fi), ‘…’ (en), ‚…‘ (de), ‹…› and ›…‹, and ASCII "…" and '…'.
QUOTE_PAIRS: dict[str, frozenset[str]] = {
    '"': frozenset({'"'}),
    "\u201c": frozenset({"\u201d", "\u201c"}),   # “ → ” (en), “ (typed twice by mistake)
    "\u201e": frozenset({"\u201c", "\u201d"}),   # „ → “ (de) or ” (pl, ro)
    "\u201d": frozenset({"\u201d"}),             # ” → ” (sv, fi)
    "\u2018": frozenset({"\u2019"}),             # ‘ → ’
    "\u201a": frozenset({"\u2018", "\u2019"}),   # ‚ → ‘ (de) or ’ (pl)
    "\u2019": frozenset({"\u2019"}),             # ’ → ’ (sv, fi)
    "\u00ab": frozenset({"\u00bb"}),             # « → »
    "\u00bb": frozenset({"\u00ab", "\u00bb"}),   # » → « (de, da) or » (sv, fi)
    "\u2039": frozenset({"\u203a"}),             # ‹ → ›
    "\u203a": frozenset({"\u2039"}),             # › → ‹ (de)
    "'": frozenset({"'"}),
}
OPEN_QUOTES = frozenset(QUOTE_PAIRS)
CLOSE_QUOTES = frozenset().union(*QUOTE_PAIRS.values())
QUOTE_CHARS = OPEN_QUOTES | CLOSE_QUOTES


def is_apostrophe_at(text: str, i: int) -> bool:
    """Whether the apostrophe-like character at `text[i]` is an apostrophe inside a word.

    It is when a letter (or, for Turkish "2020'de", a digit) stands before it and a letter after it:
    "Azerbaijan's", "Karabağ'da", "l'Arménie". A mark with a space or the text's edge on either side is
    a quote mark (or a plural possessive, "the Armenians' claims", which cannot be told from one here).
    """
    if not 0 < i < len(text) - 1 or text[i] not in APOSTROPHES:
        return False
    before, after = text[i - 1], text[i + 1]
    return (before.isalnum() or _is_mark(before)) and after.isalpha() and after not in APOSTROPHES


# --- scripts --------------------------------------------------------------------------------------

_SCRIPT_NAMES = {
    "LATIN": "Latin", "CYRILLIC": "Cyrillic", "ARMENIAN": "Armenian",
    "GREEK": "Greek", "ARABIC": "Arabic", "GEORGIAN": "Georgian",
}


@lru_cache(maxsize=4096)
def char_script(c: str) -> str | None:
    """The script of a letter ("Latin", "Cyrillic", ..., "other"); None for anything else.

    Modifier letters (ʼ ʻ) belong to no script: they are punctuation in practice.
    """
    if not c.isalpha():
        return None
    words = unicodedata.name(c, "").split()
    if not words or words[0] == "MODIFIER":
        return None
    for word in words[:2]:  # "FULLWIDTH LATIN CAPITAL LETTER A"
        if word in _SCRIPT_NAMES:
            return _SCRIPT_NAMES[word]
    return "other"


def script_counts(s: str) -> Counter:
    """How many letters of each script `s` has."""
    return Counter(script for script in map(char_script, s) if script)


def script_of(s: str) -> str:
    """"Latin", "Cyrillic", "Armenian", "Greek", "Arabic", "Georgian" or "other" when all letters of `s`
    share that script, "mixed" when they do not, "none" without letters."""
    counts = script_counts(s)
    if not counts:
        return "none"
    if len(counts) > 1:
        return "mixed"
    return next(iter(counts))


def mixed_script_words(s: str) -> list[str]:
    """The words of `s` that mix scripts, as written (a Latin "P" inside "Арцах" is a typical one)."""
    return [s[start:end] for start, end in _word_spans(s) if len(script_counts(s[start:end])) > 1]


# --- homoglyphs -----------------------------------------------------------------------------------

# Letters that look the same in Latin and Cyrillic type. Only these are swapped, and only inside a
# word whose other letters are mostly of the other script, where the odd letter is a typing or OCR slip.
_LATIN_CYRILLIC = {
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О", "P": "Р",
    "T": "Т", "X": "Х", "Y": "У", "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х",
    "y": "у",
}
_TO_CYRILLIC = str.maketrans(_LATIN_CYRILLIC)
_TO_LATIN = str.maketrans({cyr: lat for lat, cyr in _LATIN_CYRILLIC.items()}
                          | {"ѕ": "s", "Ѕ": "S", "ј": "j", "Ј": "J"})

_CYRILLIC_LANGS = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"})


def _unmix_word(word: str, lang: str | None) -> str:
    counts = script_counts(word)
    latin, cyrillic = counts.get("Latin", 0), counts.get("Cyrillic", 0)
    if not latin or not cyrillic:
        return word
    if latin != cyrillic:
        to_cyrillic = cyrillic > latin
    elif lang is not None:  # no majority: the language's own script decides
        to_cyrillic = lang in _CYRILLIC_LANGS
    else:
        return word
    if to_cyrillic:
        # Decomposed first, so that a Latin "á" typed to mark stress becomes Cyrillic "а" + accent.
        return unicodedata.normalize("NFD", word).translate(_TO_CYRILLIC)
    return word.translate(_TO_LATIN)


def _word_spans(s: str) -> list[tuple[int, int]]:
    """Runs of letters and combining marks."""
    spans, start = [], None
    for i, c in enumerate(s):
        if c.isalpha() or (_is_mark(c) and start is not None):
            if start is None:
                start = i
        elif start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(s)))
    return spans


# --- folding --------------------------------------------------------------------------------------

_TURKIC = frozenset({"tr", "az"})
_TURKIC_CAPITALS = {"i": "İ", "ı": "I"}

_PLAIN_APOSTROPHES = {a: APOSTROPHE for a in APOSTROPHES}
_PUNCTUATION = str.maketrans(
    {h: HYPHEN for h in HYPHENS}
    | _PLAIN_APOSTROPHES
    | {c: None for c in ZERO_WIDTH | ARMENIAN_WORD_MARKS | {SOFT_HYPHEN}}
)
_APOSTROPHES_ONLY = str.maketrans(_PLAIN_APOSTROPHES)

_COMBINING_ACUTE, _COMBINING_GRAVE, _COMBINING_DOT = "\u0301", "\u0300", "\u0307"


def _is_mark(c: str) -> bool:
    return unicodedata.category(c).startswith("M")


def _drop_cyrillic_stress(s: str) -> str:
    # Dictionaries and some headlines mark Russian and Ukrainian stress with an accent over the vowel
    # (Карабáх); it is not part of the spelling. Accents on Latin letters are (Şuşa is not Susa).
    if _COMBINING_ACUTE not in s and _COMBINING_GRAVE not in s:
        return s
    out = []
    for c in s:
        if c in (_COMBINING_ACUTE, _COMBINING_GRAVE) and out and char_script(out[-1]) == "Cyrillic":
            continue
        out.append(c)
    return "".join(out)


def _case_fold(s: str, lang: str | None) -> str:
    # "İ" is the Turkic capital of "i" in any language's text; Python lower-cases it to "i" + a combining
    # dot. Only in Turkish and Azerbaijani is "I" the capital of the dotless "ı".
    s = s.replace("İ", "i")
    if lang in _TURKIC:
        s = s.replace("I", "ı")
    # Reformed Armenian spelling writes the ligature "և" in lower case and "ԵՎ" in capitals; casefold()
    # would give "եւ" for one and "եվ" for the other.
    s = s.replace("և", "եվ").casefold()
    # Text lower-cased by Python before it reached us carries the stray dot from "İ".
    return s.replace("i" + _COMBINING_DOT, "i")


def plain_apostrophes(s: str) -> str:
    """The text with every apostrophe variant (’ ʼ ' …) written as the plain one, as `fold` writes it; nothing else
    changed."""
    return s.translate(_APOSTROPHES_ONLY)


def capitalise(s: str, lang: str | None = None) -> str:
    """The text with its first letter in capitals the way `lang` writes it (tr/az: i → İ, ı → I)."""
    first = s[:1]
    capital = _TURKIC_CAPITALS.get(first, first.upper()) if lang in _TURKIC else first.upper()
    return capital + s[1:] if len(capital) == 1 else s  # not "ß" → "SS", nor an empty text


def fold(s: str, lang: str | None = None) -> str:
    """The comparison key of a term or token: NFC, punctuation variants unified, invisible characters
    and Armenian in-word marks dropped, Latin/Cyrillic look-alikes swapped to the word's majority
    script (on a tie, to `lang`'s script), stress accents on Cyrillic vowels dropped, then lower-cased
    the way `lang` does it (tr/az: I → ı, İ → i). Other diacritics stay.

    Not length-preserving: compare folded strings with folded strings only.
    """
    if not s:
        return s
    s = unicodedata.normalize("NFC", s).translate(_PUNCTUATION)
    if script_of(s) == "mixed":
        s = "".join(_unmix_pieces(s, lang))
    s = _drop_cyrillic_stress(s)
    return unicodedata.normalize("NFC", _case_fold(s, lang))


def _unmix_pieces(s: str, lang: str | None):
    last = 0
    for start, end in _word_spans(s):
        yield s[last:start]
        yield _unmix_word(s[start:end], lang)
        last = end
    yield s[last:]


# --- pieces ---------------------------------------------------------------------------------------

def _is_piece_char(c: str) -> bool:
    if c in APOSTROPHES or c in HYPHENS:
        return False
    return (c.isalnum() or _is_mark(c) or c in ZERO_WIDTH or c == SOFT_HYPHEN
            or c in ARMENIAN_WORD_MARKS)


def piece_spans(text: str, lang: str | None = None) -> list[tuple[int, int, str]]:
    """The pieces of `text` (see the module docstring) as (start, end, folded piece), offsets into `text`."""
    spans, start = [], None
    for i, c in enumerate(text):
        if _is_piece_char(c):
            if start is None:
                start = i
        elif start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    out = []
    for start, end in spans:
        piece = fold(text[start:end], lang)
        if piece:
            out.append((start, end, piece))
    return out


def hyphened_pieces(text: str, lang: str | None = None) -> list[tuple[int, int, str]]:
    """The pieces of `piece_spans`, with a "-" piece for each hyphen that alone joins two: a distancing
    marker written with one ("so-called", "would-be") matches hyphened text only, as "so called" matches
    the two words only ("Khankendi would be reintegrated" holds no marker)."""
    out: list[tuple[int, int, str]] = []
    for start, end, piece in piece_spans(text, lang):
        if out and start - out[-1][1] == 1 and text[out[-1][1]] in HYPHENS:
            out.append((start - 1, start, HYPHEN))
        out.append((start, end, piece))
    return out


def phrase_pieces(phrase: str, lang: str | None = None) -> list[str]:
    """The folded pieces of a lexicon phrase: "Nagorno‑Karabakh" → ["nagorno", "karabakh"]."""
    return [piece for _, _, piece in piece_spans(phrase, lang)]


def token_pieces(token_text: str, lang: str | None = None) -> list[str]:
    """The folded pieces of an article token, by the same rule as `phrase_pieces`:
    "Karabağ'da" → ["karabağ", "da"], "-" → []."""
    return phrase_pieces(token_text, lang)


# --- text for the tokenizer -----------------------------------------------------------------------

# Code point for code point, so that offsets survive. Only substitutions that help a tokenizer trained
# on plain text: exotic spaces become spaces (French puts U+202F inside «…» and before : ; ! ?), the
# hyphens that tokenizers do not know become "-", a zero width space becomes the word break it marks,
# and Unicode line and paragraph separators become newlines. Quote marks, apostrophes, the Armenian
# full stop and the Armenian hyphen are left as written: the tokenizers know them and the attribution
# step reads them.
_NLP_MAP = str.maketrans(
    {c: " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                     "\u200a\u202f\u205f\u3000\u200b"}
    | {c: "-" for c in "\u2010\u2011\ufe63\uff0d"}
    | {c: "\n" for c in "\u2028\u2029\u0085"}
)


def normalize_for_nlp(text: str) -> str:
    """`text` with look-alike spaces, hyphens and line breaks replaced one code point for one:
    `len(normalize_for_nlp(t)) == len(t)` always."""
    return text.translate(_NLP_MAP)
