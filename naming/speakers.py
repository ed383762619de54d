"""Who a speaker is: canonical names and groups from the lexicons' `speakers` sections.

A speaker noun phrase ("US Secretary of State Antony Blinken", "the Azerbaijani Defense Ministry",
"Baku") is looked up in this order: a known name or alias inside the phrase (longest first), an explicit
pattern, then a country or nationality word anywhere in the phrase ("Armenian Prime Minister ..." →
armenian). Within one article a surname alone ("Blinken") resolves to the full name seen earlier.
"""
from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from difflib import SequenceMatcher

from .text import HYPHENS, capitalise, fold, phrase_pieces, piece_spans, script_of

SAME_NAME_RATIO = 0.75  # "Dmitri"/"Dmitry" 0.83, "Ilkham"/"Ilham" 0.91; "Ivanka"/"Donald" 0.17
LEADING_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "le", "la", "les", "l'", "der", "die", "das"}


@dataclass(frozen=True)
class SpeakerWords:
    """A language's words that a speaker's phrase is read with, from its cue lexicon (`CueLexicon.speaker_words`):
    titles and role nouns ("President", "spokesman"), articles beyond LEADING_DETERMINERS ("dem", "einer"), and
    the prepositions between a role and whom it serves ("a spokesman for Aliyev", "le porte-parole d'Aliev"), the
    prefixes that side with a name hyphened after them ("pro-Russian") or turn against it ("anti-Aliyev"), and the last
    words of an institution's name ("Associated Press", "Nashua Community College")."""
    titles: Container[str] = frozenset()
    role_nouns: Container[str] = frozenset()
    determiners: Container[str] = frozenset()
    role_links: Container[str] = frozenset()
    siding_prefixes: Container[str] = frozenset()
    opposing_prefixes: Container[str] = frozenset()
    institution_heads: Container[str] = frozenset()


@dataclass(frozen=True)
class Speaker:
    name: str              # canonical
    group: str | None
    kind: str              # "person", "institution", "country", "demonym" or "unknown"

    def labelled(self, lang: str | None = None) -> "Speaker":
        """The speaker as tables show it: a name that opens in small letters opens with a capital, as it does at
        the start of a sentence, so that "aid groups" and "Aid groups", "армянский омбудсмен" and "Армянский
        омбудсмен" are one speaker (not "iPhone users", which is written so on purpose)."""
        first = self.name.split(" ", 1)[0]
        if not first.islower():
            return self
        return Speaker(capitalise(self.name, lang), self.group, self.kind)


HYPHENED_ENDING_MAX = 2  # "ԱԳՆ-ն": the article or case ending a hyphen joins to an abbreviation, no word of its own
MAX_CASE_ENDING = 4  # Хикмета Гаджиева, Միրզոյանը, Nazirliyinin, Bakanlığına: a name with its case ending


# A Cyrillic name's last vowel gives way to its case ending: Захарова → Захаровой, Армения → Армении.
DECLINED_FINALS = set("аяоеёьйыиі")
# and an adjective's two-letter ending to another: армянский → армянского омбудсмена, армянской стороны
ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "ое", "ие", "ые", "ій", "ої")


def _stem(name: str) -> tuple[str, bool]:
    """What a word of the text must start with to be this word of a name, and whether it must be the name
    itself (a short name takes no ending: "Baku" is no "Bakugan")."""
    if len(name) < 4:
        return name, True
    if len(name) > 5 and name.endswith(ADJECTIVE_ENDINGS):
        return name[:-2], False
    return (name[:-1] if name[-1] in DECLINED_FINALS else name), False


def _fits(word: str, stem: tuple[str, bool]) -> bool:
    start, whole = stem
    return word == start if whole else word.startswith(start) and len(word) - len(start) <= MAX_CASE_ENDING


def _same_word(word: str, name: str) -> bool:
    """A word of the text is a word of a name when it is the name, or the name plus a short ending:
    speakers are written in the genitive, with articles and case suffixes, in most of our languages."""
    return _fits(word, _stem(name))


def same_name(a: str, b: str) -> bool:
    """Two forms of one name, either maybe with a case ending: 'Захарова' and 'Захаровой'."""
    return _same_word(a, b) or _same_word(b, a)


def _finds(haystack: list[str], needle: tuple[tuple[str, bool], ...]):
    """Where the phrase holds the name, word by word, each word maybe with its ending (`needle`: the
    name's words as `_stem` makes them, once, since the directory compares them with every speaker)."""
    n = len(needle)
    return (i for i in range(len(haystack) - n + 1)
            if n and all(_fits(w, p) for w, p in zip(haystack[i:i + n], needle)))


class SpeakerDirectory:
    def __init__(self, rules=(), lang: str = "en", words: SpeakerWords = SpeakerWords()):
        self.lang = lang
        self.words = words
        self._rules = tuple(rules)
        self._other_languages: dict[str, SpeakerDirectory] = {}
        self._names = []      # (stems of the pieces, rule), longest first
        self._patterns = []   # (compiled, rule)
        self._countries = []  # (stems of the pieces, rule)
        # a person's given names, and their scripts: the pieces of every name of the person of more than one word
        self._given_pieces = {rule: [(script_of(name), piece) for name in (*rule.names, rule.canonical or "")
                                     if len(name.split()) > 1 for piece in phrase_pieces(name, lang)]
                              for rule in rules if rule.kind == "person"}
        for rule in rules:
            target = self._countries if rule.kind in ("country", "demonym") else self._names
            for name in rule.names:
                pieces = phrase_pieces(name, lang)
                if pieces:
                    target.append((tuple(_stem(piece) for piece in pieces), rule))
            for pattern in rule.patterns:
                self._patterns.append((re.compile(pattern, re.IGNORECASE), rule))
        self._names.sort(key=lambda item: -len(item[0]))
        self._countries.sort(key=lambda item: -len(item[0]))

    def for_language(self, lang: str, words: SpeakerWords = SpeakerWords()) -> "SpeakerDirectory":
        """The same speakers, read in another language (a paragraph of it inside an article); built once
        a language."""
        if lang not in self._other_languages:
            self._other_languages[lang] = SpeakerDirectory(self._rules, lang, words)
        return self._other_languages[lang]

    def _person_of_institution(self, words: list[str], found: Speaker, start: int, end: int) -> Speaker | None:
        """Somebody the phrase names beside the institution the directory found at words[start:end]: a person after
        a title (`_person_after_title`), or a name before "of" the institution ("Meenakshi Ganguly of Human Rights
        Watch"), of the institution's side."""
        if found.kind == "person":
            return None
        name = self.canonical_from_phrase(words).split()
        if name == words[:len(name)] and len(name) < start:
            return Speaker(" ".join(name), found.group, "person")
        return self._person_after_title(words, found, end)

    def _person_after_title(self, words: list[str], found: Speaker, after: int) -> Speaker | None:
        """'пресс-секретарь Кремля Дмитрий Песков', 'Kremlin spokesman Peskov': a phrase that names an
        institution and then, after a title, a person the lexicon knows is the person's: the one who talks.
        So is an unknown name after a person's office ("State Department spokesman John Kirby", "White House
        press secretary Josh Earnest"), of the institution's side, in the words after the institution's name
        (from `after` on: not "Außenministeriums" of "Die Sprecherin des armenischen Außenministeriums"); not
        capitalised words after a title that is no office ("UN Security Council")."""
        titled = [i for i, w in enumerate(words) if fold(w, self.lang) in self.words.titles]
        if not titled:
            return None
        rest = words[titled[-1] + 1:]
        for rule in self._named_in(rest):
            if rule.kind == "person":
                return Speaker(rule.canonical or " ".join(rest), rule.group, rule.kind)
        # the office may come before the institution's country ("Представитель МИД Азербайджана Айхан Гаджизаде")
        office = next((i for i in reversed(titled) if self._persons_role(fold(words[i], self.lang))), None)
        if office is not None:
            name = self.canonical_from_phrase(words[office:]).split()
            if name != words[office:] and name == words[max(after, len(words) - len(name)):]:
                return Speaker(" ".join(name), found.group, "person")
        return None

    def _another_given_name(self, before: str, rule, common_words: Container[str]) -> bool:
        """Is the word before a person's surname a given name of somebody else: capitalised as a name, and no
        word of the person's names in the lexicon, nor a title, role, article, country, nationality or common word
        ("President Trump", "Armenian Pashinyan", "Donald J. Trump", "Maybe Trump" are the person)?"""
        folded = fold(before, self.lang)
        if len(before) < 3 or not before.isalpha() or not before[:1].isupper() or not before[1:].islower() \
                or folded in common_words:
            return False
        if self._has_role([before]) or self.is_determiner(before) or self.country_group([before]):
            return False
        # the person's own given names, however transliterated ("Dmitri Peskow" for Dmitry Peskov); none known in
        # the word's script (only the surname, "Փաշինյան"), nothing can be told
        script = script_of(before)
        given = [piece for name_script, piece in self._given_pieces.get(rule, ()) if name_script == script]
        return bool(given) and not any(_same_word(folded, piece)
                                       or SequenceMatcher(None, folded, piece).ratio() >= SAME_NAME_RATIO
                                       for piece in given)

    def _pieces(self, words: list[str]) -> tuple[list[str], list[int]]:
        """The phrase's pieces, and the word each piece is of."""
        split = [(i, piece) for i, w in enumerate(words) for piece in phrase_pieces(w, self.lang)]
        return [piece for _, piece in split], [i for i, _ in split]

    def _standing(self, words: list[str], pieces: list[str], word_of: list[int], name_pieces):
        """Where the phrase holds the name, save in a word made against it ("anti-Aliyev"), as (first piece, how it
        stands: None alone, "for" in a word made with it); see `_hyphened_onto`."""
        for at in _finds(pieces, name_pieces):
            hyphened = self._hyphened_onto(words, word_of, at, at + len(name_pieces))
            if hyphened != "against":
                yield at, hyphened

    def _hyphened_onto(self, words: list[str], word_of: list[int], start: int, end: int) -> str | None:
        """Is the name at pieces[start:end] a part of a word made with it, not the name: "against" after an opposing
        prefix ("anti-Aliyev", "non-Trump"), "for" after a siding one ("pro-Pashinyan") and before a word part it
        joins ("Trump-backed", "Kremlin-led")? None where it stands alone or after another word part
        ("Cuban-American", "Nagorno-Karabakh")."""
        first, last = word_of[start], word_of[end - 1]
        opening = piece_spans(words[first], self.lang)[start - word_of.index(first)][0]
        if opening > 0 and words[first][opening - 1] in HYPHENS:
            prefix = fold((re.findall(r"\w+", words[first][:opening - 1]) or [""])[-1], self.lang)
            if prefix in self.words.siding_prefixes:
                return "for"
            return "against" if prefix in self.words.opposing_prefixes else None
        word = words[last]
        closing = piece_spans(word, self.lang)[end - 1 - word_of.index(last)][1]
        joined = re.match(r"\w+", word[closing + 1:]) if closing < len(word) and word[closing] in HYPHENS else None
        return "for" if joined and len(joined.group()) > HYPHENED_ENDING_MAX else None

    def _has_role(self, words: list[str]) -> bool:
        """A title or a role noun among the words ("spokesman", "office"): somebody serving whom they name."""
        return any(fold(w, self.lang) in self.words.titles or fold(w, self.lang) in self.words.role_nouns for w in words)

    def _persons_role(self, folded: str) -> bool:
        """A title that is also a role noun: a person's office ("president", "spokesman", "президент")."""
        return folded in self.words.titles and folded in self.words.role_nouns

    def title_before_link(self, words: list[str]) -> bool:
        """'the former parliament speaker of Artsakh', 'the head of the Migration Service': a title heading the
        phrase before its first linking preposition."""
        pieces, _ = self._pieces(words)
        link = next((k for k, piece in enumerate(pieces) if k and fold(piece, self.lang) in self.words.role_links), None)
        return link is not None and fold(pieces[link - 1], self.lang) in self.words.titles

    def is_determiner(self, word: str) -> bool:
        folded = fold(word, self.lang)
        return folded in LEADING_DETERMINERS or folded in self.words.determiners

    def without_determiners(self, words: list[str]) -> list[str]:
        """The phrase without the articles and determiners that open it ("the Azerbaijani Defense Ministry")."""
        while words and self.is_determiner(words[0]):
            words = words[1:]
        return words

    def canonical_from_phrase(self, words: list[str]) -> str:
        """'the Azerbaijani Defense Ministry' → 'Azerbaijani Defense Ministry';
        'French President Emmanuel Macron' → 'Emmanuel Macron' (the name after the last title word)."""
        words = self.without_determiners(words)
        last_title = -1
        for i, word in enumerate(words):
            if fold(word, self.lang) in self.words.titles:
                last_title = i
        rest = words[last_title + 1:]
        link = next((j for j, w in enumerate(rest) if fold(w, self.lang) in self.words.role_links), 0)
        if last_title >= 0 and link > 0:
            rest = rest[:link]  # "Sen. Ted Cruz of Texas", "Mr. Burman of the Tax Policy Center": the name
        # ("Армянские СМИ", "российский МИД": initials after a nationality are its institution, not a name)
        acronym_of_country = len(rest) == 1 and rest[0].isupper() and self.country_group(words[last_title:last_title + 1])
        if last_title >= 0 and rest and not acronym_of_country \
                and all(w[:1].isupper() and fold(w, self.lang) not in self.words.role_nouns for w in rest):
            while len(rest) > 2 and self.country_group(rest[:1]):
                rest = rest[1:]  # "омбудсмен Арцаху Артак Бегларян": the title's country, then the name
            if len(rest) == 1 and self.country_group(rest) and not self.names_somebody(rest):
                return " ".join(words)  # "Президент Арцаха": whose title, not a name
            return " ".join(rest)
        if last_title < 0 and link >= 2 and rest[link + 1:link + 2] and self._looks_like_name(rest[:link]) \
                and (rest[link + 1][:1].isupper() or self.is_determiner(rest[link + 1])):
            return " ".join(rest[:link])  # "Meenakshi Ganguly of Human Rights Watch": the name, not where she works
        return " ".join(words)

    def _looks_like_name(self, words: list[str]) -> bool:
        """Capitalised words, none a title or a role, and not ending on an institution's word: "Meenakshi Ganguly",
        not "Business Council" (of British Columbia) nor "House Chief" (of Staff)."""
        folded = [fold(w, self.lang) for w in words]
        return all(w[:1].isupper() for w in words) and folded[-1] not in self.words.institution_heads \
            and not any(f in self.words.titles or f in self.words.role_nouns for f in folded)

    def _named_in(self, words: list[str]):
        """The person and institution rules whose names the phrase holds standing alone (not "pro-Trump" nor
        "anti-Trump"), in the directory's order."""
        pieces, word_of = self._pieces(words)
        return (rule for name_pieces, rule in self._names
                if any(hyphened is None for _, hyphened in self._standing(words, pieces, word_of, name_pieces)))

    def names_somebody(self, words: list[str]) -> bool:
        """Does the phrase hold a person or institution of the lexicon (not merely a country or a demonym)?"""
        return next(self._named_in(words), None) is not None

    def _countries_in(self, words: list[str], outside: range = range(0)):
        """The country and demonym rules whose names the phrase holds (not "anti-Armenian"; "pro-Russian" is),
        in the directory's order; with `outside`, only where no piece of the name is one of those pieces."""
        pieces, word_of = self._pieces(words)
        return (rule for name_pieces, rule in self._countries
                if any(not outside or at + len(name_pieces) <= outside.start or at >= outside.stop
                       for at, _ in self._standing(words, pieces, word_of, name_pieces)))

    def country_group(self, words: list[str]) -> str | None:
        """The group of the first country or demonym the words hold ("a former Artsakh ombudsman"), if any."""
        return next((rule.group for rule in self._countries_in(words)), None)

    def _role_right_after(self, word_of: list[int], end: int, pieces: list[str]) -> bool:
        """'Pashinyan spokeswoman Nazeli Baghdasaryan', 'Trump campaign manager Corey Lewandowski': a role
        (maybe after one noun of what the role serves) right after the name, in the next words (no comma
        between: "Pashinyan, the prime minister" is the person and his title)."""
        after = [k for k in range(end, min(end + 2, len(pieces))) if word_of[k] == word_of[end - 1] + 1 + (k - end)]
        return any(self._has_role([pieces[k]]) for k in after)

    def lookup(self, words: list[str], common_words: Container[str] = frozenset()) -> Speaker:
        """The speaker a phrase names. `common_words`: words the text writes in small letters ("maybe", "team"),
        which before a surname are no given name ("Maybe Trump will …")."""
        pieces, word_of = self._pieces(words)
        owner = backer = None
        head = fold(pieces[-1], self.lang) if pieces else ""
        for name_pieces, rule in self._names:
            at, hyphened = next(self._standing(words, pieces, word_of, name_pieces), (-1, None))
            if at > 0 and len(name_pieces) == 1 and rule.kind == "person" \
                    and self._another_given_name(words[word_of[at - 1]], rule, common_words):
                continue  # "Melania Trump", "Heydar Aliyev": another of the family, not the lexicon's person
            if hyphened == "for":
                backer = backer or rule  # "pro-Pashinyan protesters", "Trump-backed candidates": of its side, not it
                continue
            owned = pieces[at + len(name_pieces) + 1:] if at >= 0 else []
            if at >= 0 and rule.kind == "person" and pieces[at + len(name_pieces):at + len(name_pieces) + 1] == ["s"] \
                    and self._has_role(owned):
                # "Pashinyan's spokeswoman", "Pashinyan's office": somebody of the person's side, not the person
                # (though "Trump's speech" is Trump's); unless the phrase names that somebody too ("Aliyev's
                # aide Hikmet Hajiyev", "Aliyev's foreign policy adviser, Hikmet Hajiyev")
                owner = owner or rule
                continue
            if at >= 2 and rule.kind == "person" and pieces[at - 1] in self.words.role_links \
                    and self._has_role(words):
                owner = owner or rule  # "a spokesman for Aliyev", "le porte-parole d'Aliev": the same, linked after
                continue
            if at >= 0 and rule.kind == "person" and self._role_right_after(word_of, at + len(name_pieces), pieces):
                owner = owner or rule  # "Pashinyan spokeswoman Nazeli Baghdasaryan": the same, the name before
                continue
            if at >= 0:
                name_at = range(at, at + len(name_pieces))
                other = next((country for country in self._countries_in(words, name_at)
                              if country.group != rule.group), None) if rule.kind == "institution" else None
                if other is not None:
                    # "Ermenistan Dışişleri Bakanlığı": the alias is the ministry's bare name, which alone
                    # means the lexicon's country's; the country named in the phrase owns this one
                    return Speaker(self.canonical_from_phrase(words), other.group, "institution")
                canonical = rule.canonical or self.canonical_from_phrase(words)
                found = Speaker(canonical, rule.group, rule.kind)
                return self._person_of_institution(words, found, word_of[at], word_of[at + len(name_pieces) - 1] + 1) \
                    or found
        if backer is not None:
            return Speaker(self.canonical_from_phrase(words), backer.group, "unknown")
        if owner is not None:
            canonical = self.canonical_from_phrase(words)
            # "… adviser John Smith": the name after the title
            named = canonical != " ".join(words) and all(w[:1].isupper() for w in canonical.split())
            serves = any(self._persons_role(fold(w, self.lang)) for w in words)
            kind = "person" if head in self.words.titles or named or serves else "institution"
            return Speaker(canonical, owner.group, kind)
        text = " ".join(words)
        for pattern, rule in self._patterns:
            if pattern.search(text):
                return Speaker(rule.canonical or self.canonical_from_phrase(words), rule.group, rule.kind)
        canonical = self.canonical_from_phrase(words)
        # "Nikol Pashinyan"; "Social Security Administration" is an institution
        last = canonical.split()[-1] if canonical else ""
        institution = last[:1].isupper() and fold(last, self.lang) in self.words.institution_heads
        looks_like_person = len(canonical.split()) >= 2 and all(w[:1].isupper() for w in canonical.split()) \
            and not institution
        # "Artsakh's president", "Президент Арцаха": a person's role at either end of the phrase (not a title
        # word such as "вірменська" before a name)
        titled = any(self._persons_role(w) for w in {head, fold(pieces[0], self.lang) if pieces else ""}) \
            or self.title_before_link(words)
        for rule in self._countries_in(words):  # (not "anti-Armenian protesters"; "pro-Russian separatists" are)
            kind = "person" if looks_like_person and canonical != text or titled else "institution"
            return Speaker(canonical, rule.group, kind)
        return Speaker(canonical, None, "person" if looks_like_person else "institution" if institution else "unknown")
