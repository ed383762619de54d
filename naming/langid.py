"""Language identification: the article's metadata, else polyglot's Detector (CLD2) checked against
script and letter evidence.

CLD2 is good on long text and weak exactly where this project needs it: it answers "un" for short
Russian sentences, mixes up Turkish and Azerbaijani, and on a mixed article counts bytes, so two-byte
Cyrillic weighs double against Latin. So the script of the letters decides first (Armenian is hy), and
inside a script, letters and function words that belong to one language only settle the close calls:

* Cyrillic: і ї є ґ are Ukrainian, ы э ё Russian; plus words such as що/что, він/он.
* Latin, Turkish vs Azerbaijani: ə, q and x are Azerbaijani letters that Turkish does not have; a
  suffix set off by an apostrophe after a name (Karabağ'da, Bakü'ye) is Turkish spelling, which
  Azerbaijani writes solid (Qarabağda); and spellings such as ve/və, için/üçün, değil/deyil.
  ("bu", "bir", "var" and most of the vocabulary are shared and tell nothing.)

Codes are ISO 639-1; "und" when nothing can be said.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

from .text import is_apostrophe_at, phrase_pieces, script_counts

UNDETERMINED = "und"

# A paragraph shorter than this, in the article's own script, is too little for its own guess.
MIN_PARAGRAPH_LETTERS = 30


@dataclass(frozen=True)
class LanguageGuess:
    """`confidence` is in [0, 1]. `method`: "metadata", "polyglot" (CLD2, confirmed or not contradicted
    by the letters), "letters" (letter and word evidence over CLD2), "script" (the script alone),
    "article" (a paragraph too short for its own guess took the article's), "none"."""
    code: str
    confidence: float
    method: str
    reliable: bool


_UNKNOWN = LanguageGuess(UNDETERMINED, 0.0, "none", False)

_CODE_ALIASES = {
    "eng": "en", "english": "en", "rus": "ru", "russian": "ru", "hye": "hy", "arm": "hy", "armenian": "hy",
    "aze": "az", "azerbaijani": "az", "azeri": "az", "tur": "tr", "turkish": "tr", "fra": "fr", "fre": "fr",
    "french": "fr", "deu": "de", "ger": "de", "german": "de", "ukr": "uk", "ukrainian": "uk",
}
# CLD2 still uses some withdrawn ISO 639-1 codes.
_LEGACY_CODES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}


def _normalize_code(code: str | None) -> str | None:
    """An ISO 639-1 code from a metadata value or a CLD2 code ("en-US", "rus", "zh_Hant"); None if it
    names no language."""
    if not code:
        return None
    code = code.strip().lower().replace("_", "-")
    if code in _CODE_ALIASES:
        return _CODE_ALIASES[code]
    primary = code.split("-")[0]
    primary = _CODE_ALIASES.get(primary, _LEGACY_CODES.get(primary, primary))
    if len(primary) == 2 and primary.isalpha() and primary != "un":
        return primary
    return None


# --- polyglot ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Cld2:
    reliable: bool
    choices: tuple[tuple[str, float], ...]  # (code, share of the text in [0, 1]), best first


def _cld2_safe(text: str) -> str:
    # CLD2 rejects control characters, surrogates and non-characters as "invalid UTF-8"; they carry no
    # language, so spaces stand in for them.
    return "".join(c if c in "\t\n\r" or unicodedata.category(c) not in ("Cc", "Cs", "Cn") else " "
                   for c in text)


def _polyglot(text: str) -> _Cld2:
    # Imported here: polyglot pulls in ICU and CLD2, which `import naming.langid` should not pay for.
    from polyglot.detect import Detector
    from pycld2 import error as Cld2Error
    # polyglot logs a warning for every unreliable guess, even with quiet=True.
    logging.getLogger("polyglot").setLevel(logging.ERROR)
    try:
        detector = Detector(_cld2_safe(text), quiet=True)
    except Cld2Error:
        return _Cld2(False, ())
    choices = []
    for language in detector.languages:
        code = _normalize_code(language.code)
        if code and language.confidence > 0:
            choices.append((code, language.confidence / 100))
    return _Cld2(detector.reliable, tuple(choices))


# --- evidence ---------------------------------------------------------------------------------------

_NON_LATIN_LANGS = {
    "Cyrillic": frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "tt", "ba", "cv"}),
    "Armenian": frozenset({"hy"}),
    "Greek": frozenset({"el"}),
    "Georgian": frozenset({"ka"}),
    "Arabic": frozenset({"ar", "fa", "ur", "ps", "ug", "sd", "ku"}),
}
_ALL_NON_LATIN = frozenset().union(*_NON_LATIN_LANGS.values())
# Scripts written by one language of any weight in news.
_SCRIPT_LANG = {"Armenian": "hy", "Greek": "el", "Georgian": "ka"}


def _written_in(code: str, script: str) -> bool:
    if script == "Latin":
        return code not in _ALL_NON_LATIN
    return code in _NON_LATIN_LANGS.get(script, ())


_UK_LETTERS = frozenset("іїєґІЇЄҐ")
_RU_LETTERS = frozenset("ыэёЫЭЁ")
# Cyrillic letters of neither Russian nor Ukrainian: Belarusian, Serbian, Macedonian, Kazakh, Tajik...
_OTHER_CYRILLIC = frozenset("ўЎјЈљЉњЊђЂћЋџЏѓЃќЌѕЅәӘғҒқҚңҢөӨұҰүҮһҺӣӢӯӮҳҲҷҶ")

_RU_WORDS = frozenset("""и с что это как он она они был была были его её также который которая которые
после если или уже только между против где когда чтобы году""".split())
_UK_WORDS = frozenset("""і й та з із що це як він вона вони був була були його її також який яка які
після якщо або вже лише тільки між проти де коли щоб році""".split())

_AZ_LETTERS = frozenset("əqx")
_AZ_WORDS = frozenset("""üçün deyil indi isə amma bildirib edib olub deyib kimi hansı bakı""".split())
_TR_WORDS = frozenset("""ve ile için değil çok yok olarak gibi göre şimdi kadar tarafından hakkında ancak
ama veya ise azerbaycan ermenistan ermeni karabağ bakü hankendi hocalı türkiye etti yaptı açıkladı ülke
şehir""".split())
# Letters of Turkish and Azerbaijani (and few other languages written in Latin script).
_TURKIC_LETTERS = frozenset("ığşə")

_LATIN_WORDS = {
    "en": frozenset("""the and of to in is was that for on with said by from it as are were has have had
this an at be not but which its their they he she will would""".split()),
    "fr": frozenset("""le la les des du de et est une un dans pour sur que qui pas par au aux avec sont
été ont il elle ils ce cette mais selon l d qu""".split()),  # l', d', qu': elided, a piece of their own
    "de": frozenset("""der die das und ist nicht ein eine den dem des mit von zu im auf für sich es sie
auch wurde werden hat haben nach bei aus wie dass oder""".split()),
}

_APOSTROPHE_SUFFIX = re.compile(r"[^\W\d_]{1,5}\b")


def _letters_decide(scores: dict[str, int], cld2_code: str | None, cld2_reliable: bool,
                    cld2_share: float) -> LanguageGuess | None:
    """The language with the most evidence; None on a tie."""
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top == second:
        return None
    if best == cld2_code:
        return LanguageGuess(best, cld2_share, "polyglot", cld2_reliable or top - second >= 2)
    return LanguageGuess(best, (top + 1) / (top + second + 2), "letters", top - second >= 2)


def _cyrillic(text: str, cld2: _Cld2, choice: tuple[str, float] | None) -> LanguageGuess:
    code, share = choice if choice else (None, 0.0)
    if code not in (None, "ru", "uk") and (cld2.reliable or any(c in _OTHER_CYRILLIC for c in text)):
        return LanguageGuess(code, share, "polyglot", cld2.reliable)
    words = phrase_pieces(text, "ru")
    scores = {
        "ru": sum(c in _RU_LETTERS for c in text) + sum(w in _RU_WORDS for w in words),
        "uk": sum(c in _UK_LETTERS for c in text) + sum(w in _UK_WORDS for w in words),
    }
    guess = _letters_decide(scores, code, cld2.reliable, share)
    if guess:
        return guess
    if code in ("ru", "uk"):
        return LanguageGuess(code, share, "polyglot", cld2.reliable)
    # Most Cyrillic news without a Ukrainian letter is Russian; too little to call it reliable.
    return LanguageGuess("ru", 0.5, "script", False)


def _turkish_apostrophes(text: str) -> int:
    """Suffixes set off by an apostrophe after a capitalised word or a number: Karabağ'da, 2020'de."""
    count = 0
    for i, c in enumerate(text):
        if not is_apostrophe_at(text, i):
            continue
        start = i
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        if (text[start].isupper() or text[start].isdigit()) and _APOSTROPHE_SUFFIX.match(text, i + 1):
            count += 1
    return count


def _turkic(text: str, cld2: _Cld2, choice: tuple[str, float] | None) -> LanguageGuess:
    code, share = choice if choice else (None, 0.0)
    words = phrase_pieces(text, "tr")
    az = sum(w in _AZ_WORDS or any(c in _AZ_LETTERS for c in w) for w in words)
    tr = sum(w in _TR_WORDS for w in words) + _turkish_apostrophes(text)
    guess = _letters_decide({"tr": tr, "az": az}, code, cld2.reliable, share)
    if guess:
        return guess
    if code in ("tr", "az"):
        return LanguageGuess(code, share, "polyglot", cld2.reliable)
    return LanguageGuess("tr", 0.5, "letters", False)


def _latin(text: str, cld2: _Cld2, choice: tuple[str, float] | None) -> LanguageGuess:
    code, share = choice if choice else (None, 0.0)
    if code in ("tr", "az"):
        return _turkic(text, cld2, choice)
    if code and cld2.reliable:
        return LanguageGuess(code, share, "polyglot", True)
    # CLD2 is unsure (short text): count function words, Turkish and Azerbaijani together first.
    words = phrase_pieces(text, "tr")
    scores = {lang: sum(w in vocabulary for w in words) for lang, vocabulary in _LATIN_WORDS.items()}
    scores["turkic"] = sum(w in _TR_WORDS or w in _AZ_WORDS or any(c in _TURKIC_LETTERS for c in w)
                           for w in words)
    guess = _letters_decide(scores, code, False, share)
    if guess and guess.code == "turkic":
        return _turkic(text, cld2, choice)
    if guess:
        return guess
    if code:
        return LanguageGuess(code, share, "polyglot", False)
    return _UNKNOWN


def _dominant_script(text: str) -> tuple[str | None, float, int]:
    """The script most letters of `text` are in, its share of the letters, and the number of letters."""
    counts = script_counts(text)
    total = sum(counts.values())
    if not total:
        return None, 0.0, 0
    script, n = counts.most_common(1)[0]
    return script, n / total, total


def identify_language(text: str, hint: str | None = None) -> LanguageGuess:
    """The language of `text`. A metadata `hint` ("en", "ru-RU", "rus") wins when it names a language."""
    hinted = _normalize_code(hint)
    if hinted:
        return LanguageGuess(hinted, 1.0, "metadata", True)
    script, script_share, letters = _dominant_script(text)
    if script is None:
        return _UNKNOWN
    if script in _SCRIPT_LANG:
        return LanguageGuess(_SCRIPT_LANG[script], script_share, "script", letters >= 10)
    cld2 = _polyglot(text)
    # CLD2's best language written in the dominant script: on a mixed article its first answer may be
    # the language of a quoted paragraph.
    choice = next(((c, s) for c, s in cld2.choices if _written_in(c, script)), None)
    if script == "Cyrillic":
        return _cyrillic(text, cld2, choice)
    if script == "Latin":
        return _latin(text, cld2, choice)
    if choice:
        return LanguageGuess(choice[0], choice[1], "polyglot", cld2.reliable)
    return _UNKNOWN


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        start, end = line.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def identify_paragraphs(text: str, hint: str | None = None) -> list[tuple[int, int, LanguageGuess]]:
    """(start, end, guess) for every non-blank line of `text`, offsets without surrounding whitespace.

    A paragraph keeps its own guess when it is in another script than the article (a Russian quote in
    an English article, however short) or when its own guess is reliable, it is long enough to trust and
    its function words do not side with the article's language; otherwise it takes the article's guess
    (`hint` applies to the article, not the paragraphs).
    """
    article = identify_language(text, hint)
    article_script = _dominant_script(text)[0]
    inherited = LanguageGuess(article.code, article.confidence, "article", article.reliable)
    out = []
    for start, end in _paragraph_spans(text):
        paragraph = text[start:end]
        guess = identify_language(paragraph)
        script, _, letters = _dominant_script(paragraph)
        own = guess.code != UNDETERMINED and (
            script != article_script or (guess.reliable and letters >= MIN_PARAGRAPH_LETTERS
                                         and not _function_words_deny(paragraph, guess.code, article.code)))
        out.append((start, end, guess if own else inherited))
    return out


def _function_words_deny(paragraph: str, code: str, article_code: str) -> bool:
    """Do the paragraph's function words side with the article's language against its own guess? CLD2 calls
    "Baku bezeichnet die Offensive als „Anti-Terror-Operation“." English, reliably, on its international words."""
    if code == article_code or code not in _LATIN_WORDS or article_code not in _LATIN_WORDS:
        return False
    words = phrase_pieces(paragraph, article_code)
    own, article = (sum(w in _LATIN_WORDS[c] for w in words) for c in (code, article_code))
    return article > own
