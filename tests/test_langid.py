import logging
import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from naming.langid import LanguageGuess, identify_language, identify_paragraphs

# All sentences below were written for these tests. What polyglot's Detector alone answers on them
# (polyglot 16.07.04, pycld2 0.41) is noted where it is wrong or unsure.

RU_SHORT = "Армия вошла в город."                                   # polyglot: "un", unreliable
TR_AS_AZ = "Azerbaycan Karabağ'da kontrolü ele aldı."               # polyglot: "az", reliable
TR_AS_AZ_SHORT = "Karabağ'da savaş bitti."                          # polyglot: "az", reliable
TR_AS_MS = "Karabağ'da bu sabah çatışma var."                       # polyglot: "ms", unreliable
AZ = "Azərbaycan Ordusu Qarabağda antiterror tədbirlərinə başladı."
HY = "Արցախում իրավիճակը լարված է։"
UK = "Її джерела підтвердили інформацію."
FR = "L'armée a lancé une offensive au Haut-Karabakh, selon le ministère arménien."
DE = "Die aserbaidschanische Armee hat eine Offensive in Bergkarabach begonnen."
EN = "Azerbaijan's army launched an offensive in Nagorno-Karabakh on Tuesday, officials said."


@pytest.mark.parametrize("text, code", [
    (RU_SHORT, "ru"),
    (TR_AS_AZ, "tr"),
    (TR_AS_AZ_SHORT, "tr"),
    (TR_AS_MS, "tr"),
    (AZ, "az"),
    (HY, "hy"),
    (UK, "uk"),
    (FR, "fr"),
    (DE, "de"),
    (EN, "en"),
])
def test_identify_language(text, code):
    assert identify_language(text).code == code


def test_letters_override_polyglot_on_turkish():
    guess = identify_language(TR_AS_AZ)
    assert guess.method == "letters" and guess.reliable


def test_armenian_by_script():
    guess = identify_language(HY)
    assert guess == LanguageGuess("hy", 1.0, "script", True)


def test_short_russian_is_not_reliable():
    guess = identify_language(RU_SHORT)
    assert guess.code == "ru" and not guess.reliable


def test_russian_quoting_a_ukrainian_name_stays_russian():
    # Written for the test.
    text = "В Киеве заявили, что переговоры о Київ-Пасажирському вокзале продолжатся."
    assert identify_language(text).code == "ru"


@pytest.mark.parametrize("hint, code", [("ru", "ru"), ("en-US", "en"), ("rus", "ru"), ("hy_AM", "hy"),
                                        ("Turkish", "tr"), (" AZ ", "az")])
def test_metadata_hint_wins(hint, code):
    guess = identify_language(EN, hint=hint)
    assert guess == LanguageGuess(code, 1.0, "metadata", True)


@pytest.mark.parametrize("hint", [None, "", "und", "un"])
def test_empty_hint_is_ignored(hint):
    assert identify_language(FR, hint=hint).code == "fr"


@pytest.mark.parametrize("text", ["", "   \n", "2023 — 19.09 !!!"])
def test_no_letters_is_undetermined(text):
    assert identify_language(text) == LanguageGuess("und", 0.0, "none", False)


def test_polyglot_warnings_are_silenced(caplog):
    with caplog.at_level(logging.WARNING):
        identify_language(RU_SHORT)
    assert not [r for r in caplog.records if r.name.startswith("polyglot")]


def test_import_does_not_load_polyglot():
    code = "import sys, naming.langid; sys.exit('polyglot' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gets_a_guess(text):
    guess = identify_language(text)
    assert guess.code == "und" or (len(guess.code) == 2 and guess.code.isalpha() and guess.code.islower())
    assert 0.0 <= guess.confidence <= 1.0


# Written for the test: an English article with a Russian quote paragraph and a short line.
ARTICLE = """Azerbaijan says it has restored sovereignty over Nagorno-Karabakh

President Ilham Aliyev said on Wednesday that the operation in the region was over and that the ethnic Armenian forces had agreed to disarm.
«Мы не оставим наших людей», — заявил премьер-министр.
The Armenian government said it had not been involved in the talks.
Short line.
"""


def test_identify_paragraphs_finds_the_russian_quote():
    paragraphs = identify_paragraphs(ARTICLE)
    assert [ARTICLE[s:e] for s, e, _ in paragraphs] == [line.strip() for line in ARTICLE.splitlines()
                                                         if line.strip()]
    codes = [guess.code for _, _, guess in paragraphs]
    assert codes == ["en", "en", "ru", "en", "en"]


def test_short_paragraph_takes_the_article_guess():
    *_, (start, end, guess) = identify_paragraphs(ARTICLE)
    assert ARTICLE[start:end] == "Short line."
    assert guess.method == "article" and guess.code == "en"


def test_paragraphs_follow_their_own_language_despite_the_hint():
    codes = [guess.code for _, _, guess in identify_paragraphs(ARTICLE, hint="en")]
    assert codes[2] == "ru"


def test_short_russian_paragraph_in_english_article():
    # Written for the test: a Russian line too short for polyglot, in its own script.
    text = "Officials in Baku said the operation was over and the roads were open again.\n" + RU_SHORT
    (_, _, first), (_, _, second) = identify_paragraphs(text)
    assert first.code == "en" and second.code == "ru"


def test_identify_paragraphs_empty():
    assert identify_paragraphs("") == []
    assert identify_paragraphs("\n\n  \n") == []


def test_a_short_paragraph_stays_in_the_article_language_when_its_function_words_say_so():
    # CLD2 calls the second line English, reliably, on its international words; "die" and "als" are German.
    text = ("Die Lage in Bergkarabach bleibt angespannt, sagte der Sprecher der Regierung am Montag.\n"
            "Baku bezeichnet die Offensive als „Anti-Terror-Operation“.\n"
            "The ministry said the operation was over and the roads were open again.")
    codes = [guess.code for _, _, guess in identify_paragraphs(text, hint="de")]
    assert codes == ["de", "de", "en"]


def test_french_elided_articles_count_as_its_function_words():
    # CLD2 calls the line English, reliably; its only function words are the elided "l'" and "d'"
    text = "Aliev qualifie l’offensive d’opération antiterroriste."
    assert [guess.code for _, _, guess in identify_paragraphs(text, hint="fr")] == ["fr"]
