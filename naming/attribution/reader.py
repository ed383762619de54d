"""The article as attribution reads it: tokens, quoted tokens, the language in force, shared limits."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

from ..corpus import Article
from ..cues import CueLexicon, WordSet, load_cues
from ..nlp import Doc, Sentence, Token
from ..quotes import Quote
from ..speakers import Speaker, SpeakerDirectory
from ..text import ARMENIAN_COMMA, ARMENIAN_SENTENCE_END, QUOTE_CHARS, SENTENCE_END_MARKS, fold, piece_spans
from ..text import HYPHENS as DASHES_AND_HYPHENS  # this module's HYPHENS are those inside a word

SCARE_MAX_TOKENS = 3            # longer quoted spans are somebody's words, not a word held at a distance
FLOATING_MAX_SENTENCES = 3      # a quote with no cue keeps the speaker of an attributed quote this close
TITLE_MAX_WORDS = 6             # a programme's or a book's title after a preposition or a possessive
SUBJECT_RELS = ("nsubj", "nsubj:pass", "csubj")
SOURCE_MAX_TOKENS = 30          # a longer "subject" is a parse gone astray
# Marks that end a clause, so a source phrase: the Armenian comma sets off "Ըստ X՝ …" as a comma does.
CLAUSE_MARKS = {",", ";", ":", ".", ARMENIAN_COMMA, ARMENIAN_SENTENCE_END}
SENTENCE_ENDS = set(SENTENCE_END_MARKS)
CASE_SUFFIX_MAX_LETTERS = 3     # "ՊՆ-ն", "ԱԳՆ-ի": an ending hyphened to an abbreviation
SURFACE_ADJECTIVES_MAX = 3      # "dem neuen aserbaidschanischen Ministerium": lowercase words after an article
NOMINAL_TAGS = {"NOUN", "PROPN", "PRON", "NUM"}
VERB_TAGS = {"VERB", "AUX"}
NP_TAGS = NOMINAL_TAGS | {"DET", "ADJ"}
SKIPPABLE_BEFORE_CUE = {"ADV", "AUX"}  # "Macron reportedly urged", "the ministry has said"
HYPHENS = {"-", "‐", "‑", "–"}  # inside a word ("Holtz-Eakin"); not the dashes glued between clauses ("cut—and")
SIGNATURE_DASHES = DASHES_AND_HYPHENS  # '“…” ― Sonya Herridge': a quote signed with a dash and a name
SIGNATURE_MAX_WORDS = 6
POSSESSIVE_ENDINGS = {"'s", "’s"}  # "Azerbaijan's", tokenized apart from the noun
POSSESSIVE_MARKS = POSSESSIVE_ENDINGS | {"'", "’"}  # and the bare apostrophe of "the Armenians' claims"
APPOSITION_TAGS = NP_TAGS | {"ADP", "PART"}  # "a senior fellow at the Brookings Institution"
APPOSITION_MAX_TOKENS = 20
SPEAKER_AFTER_QUOTE_MAX_TOKENS = 12  # "«…», — рассказала бывшая учительница из столицы Арцаха Анаит Саргсян"
ANAPHOR_SUBJECT_MAX_WORDS = 3  # "Об этом он сказал", "Об этом глава МИД заявил"
UNNAMED_SPEAKER_MAX_WORDS = 4  # "«…», — сказал собеседник агентства": no capital, no role word of the lexicon
LONG_RELATIVE_MAX_TOKENS = 16  # "leaders who would rather be working now on a campaign for Cruz or Rubio said"
SETTING_MAX_TOKENS = 8         # "asks at Western High School, “…”": where the words were said, before them
POSTNOMINAL_MAX_TOKENS = 8     # "familiar with the planning for Thursday's meeting": the adjective's phrase
RELATIVE_VERB_MAX_TOKENS = 3  # "who toured", "who have long opposed": the verb group of a relative clause
# where the part of a source phrase that names the speaker ends ("Mrs. Clinton -- whose husband …"), and any dash
# or hyphen set off by spaces (see Referents._ends_nucleus)
NUCLEUS_ENDS = {",", "(", "—", "–", ";", "--"}
PARENTHESIS_MAX_TOKENS = 8  # a party and state after a name: "(R-Ky.)", "(D-Conn.)"
APOSTROPHE_NAME = re.compile(r"[A-Z]['’ʼ][A-Z][a-z]")  # O’Malley, D'Amato, O'Rourke
YEAR = re.compile(r"1[89]\d\d|20\d\d")
WORD = re.compile(r"\w+")
CONTENT_OPENER_WINDOW = 12  # tokens between the cue and "that": "told an audience in Houston last week that"
PARTICLE_WINDOW = 8  # tokens from a verb to its cue particle: "spoke at the White House on Tuesday about"
TEMPORAL_RELS = ("obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod")  # "said Sunday" names no speaker


@dataclass
class Cue:
    """A cue found in a sentence, with its speaker's phrase and the clause it reports."""
    token: Token
    span: tuple[int, int]
    source: list[Token]              # the speaker's noun phrase, maybe empty
    content: tuple[int, int] | None  # reported content, offsets
    kind: str                        # "verb", "preposition", "colon"
    speaker: Speaker | None = None
    quoted: bool = False             # a quote is this cue's whole content
    lead: tuple[int, int] | None = None  # "Sooner or later, he said, it will pay off": the piece before
    impersonal: bool = False         # "it was announced that …": reported, and by nobody named


@dataclass
class Referent:
    """Somebody a later pronoun or role noun may point back to."""
    offset: int
    speaker: Speaker
    words: tuple[str, ...]  # the phrase's folded words: "the minister" looks for one called "minister"
    # a name inside another speaker's phrase ("Hikmet Hajiyev, an aide to President Ilham Aliyev"), inside
    # what a cue reports, or a share of a group ("most of whom"): no antecedent for a later "he", which means
    # the speaker
    described: bool = False
    # a speaker named inside what an earlier cue reports ("Earnest said that President Obama has long called for
    # …"): no antecedent for a later "he" or "she", who is the reporting speaker going on, unless a title gives the
    # pronoun's sex ("Earnest said that Ms. Clinton …. She said"); "they" and "it" may still be what was reported
    # on ("Polls show that most voters believe …. They are hungry for change.")
    reported_on: bool = False
    # more than one ("Democratic politicians", "Cruz and Trump"): what a later "they" means first, and never "he",
    # "she" or "it"
    plural: bool = False


class Reader:
    """What every part of attribution reads an article with: its tokens, which of them are quoted, and
    the cue lexicon and speaker directory of the language being read (see `_reading`)."""

    def __init__(self, doc: Doc, article: Article, speakers: SpeakerDirectory | None = None,
                 cues: CueLexicon | None = None):
        self.doc = doc
        self.article = article
        self.text = article.content
        self.cues = cues or load_cues(doc.lang)
        self.speakers = speakers or SpeakerDirectory(lang=doc.lang, words=self.cues.speaker_words)
        # the cues, speaker titles and folding in force: the article's, or those of a paragraph in
        # another language while it is read (see _reading)
        self._lang = doc.lang
        self._own = (self.cues, self.speakers)
        self._foreign: dict[str, tuple[CueLexicon, SpeakerDirectory]] = {}
        self._titled_sexes: dict[str, dict[str, str]] = {}  # per language: see Referents._titled_names
        self.quotes: list[Quote] = []
        # indexes, so that the article's attribution takes time in proportion to its length
        self._starts = [t.start for t in doc.tokens]
        self._sentence_starts = [s.start for s in doc.sentences]
        self._quoted = bytearray(len(doc.tokens))   # token i is inside a quote
        self._cue_starts: list[int] = []
        self._outer: list[Quote] = []
        self._outer_starts: list[int] = []
        self._quote_ends: set[int] = set()
        self._quote_starts: set[int] = set()

    @cached_property
    def _common_words(self) -> frozenset[str]:
        """The words the article writes in small letters somewhere: capitalised, no name, whether opening a
        sentence ("Women and children waited …") or before a surname ("Maybe Trump will …", "Team Trump")."""
        return frozenset(word for word in WORD.findall(self.text) if word.islower())

    def _lookup(self, words: list[str]) -> Speaker:
        """The speaker the words name, in the directory in force (see `SpeakerDirectory.lookup`)."""
        return self.speakers.lookup(words, self._common_words)

    def _index_quotes(self, quotes: list[Quote]) -> list[Quote]:
        """Keep the article's quotes, mark the tokens inside them; the outer quotes, in order."""
        self.quotes = quotes
        self._quote_ends = {q.end for q in quotes}
        self._quote_starts = {q.start for q in quotes}
        for quote in quotes:
            for token in self._quote_tokens(quote):
                self._quoted[token.i] = 1
        outer, reach = [], -1
        for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
            if quote.end > reach:  # not inside the quote that reaches furthest so far
                outer.append(quote)
                reach = quote.end
        self._outer_starts = [q.start for q in outer]
        self._outer = outer
        return outer

    # -- helpers over tokens
    def _quote_tokens(self, quote: Quote) -> list[Token]:
        """The tokens inside a quote, with those that carry its marks glued on ('"Barış', 'istiyoruz"':
        Stanza's Turkish tokenizer does not split them off)."""
        inside = self._tokens_within(quote.inner_start, quote.inner_end)
        edges = [t for t in (self._token_at(quote.inner_start), self._token_at(quote.inner_end - 1))
                 if t is not None and t not in inside and not self.text[max(t.start, quote.inner_start):
                                                                        min(t.end, quote.inner_end)].isspace()
                 and all(c in QUOTE_CHARS for c in self.text[t.start:quote.inner_start] + self.text[quote.inner_end:t.end])]
        return sorted({t.i: t for t in inside + edges}.values(), key=lambda t: t.i)

    def _quote_words(self, quote: Quote) -> list[Token]:
        return [t for t in self._quote_tokens(quote) if self._is_word(t)]

    def _names_a_work(self, quote: Quote) -> bool:
        """'the documentary "Artsakh: The Last Days"', 'her new book, “Artsakh Lost”': a quote right after a noun
        for a work (`work_nouns`), past a comma (not a colon, which opens a statement), or right before one where
        the noun follows its title, is its title: words its author chose, quoted, neither the last speaker's nor
        held at a distance."""
        mark = self._token_at(quote.start)
        if mark is not None and self._work_noun_after(quote, mark):
            return True
        j = mark.i - 1 if mark is not None else -1
        if j >= 0 and self.doc.tokens[j].text == ",":
            j -= 1
        if j < 0 or self.doc.tokens[j].sent != mark.sent:
            return False
        before = self.doc.tokens[j]
        # 'said on "Morning Joe"', 'CBS's "Face the Nation"': a programme's title, no words of his; not a name
        # given ('referring to Warren as "Pocahontas"'), a slogan promised ('promise to "Make America Great
        # Again"') or a headline, whose every word is capitalised
        preposition = before.upos == "ADP" and not (self._fold(before) in self.cues.as_openers
                                                    or self._fold(before) in self.cues.infinitive_markers)
        if (preposition or before.text in POSSESSIVE_ENDINGS) and self._title_cased(quote) \
                and not self.article.in_headline(quote.start):
            return True
        # a noun, not a verb with a noun's lemma ("showing") nor a name ("Dr. Paul Song")
        if before.upos not in ("NOUN", None) or not self.cues.listed(before, self.cues.work_nouns):
            return False
        # not what somebody calls the work: 'called the show "the conservative news show of record"'
        return not any(self.cues.listed(t, self.cues.naming_verbs) for t in self.doc.tokens[max(0, j - 3):j])

    def _in_title(self, token: Token) -> bool:
        """Is the token inside a quote that names a work ("in his 2012 book, “An American Son.”")?"""
        return any(quote.start <= token.start < quote.end and self._names_a_work(quote) for quote in self.quotes)

    def _work_noun_after(self, quote: Quote, mark: Token) -> bool:
        """'“Karabağ: Son Günler” filmi', '“…” adlı kitap', '«…» ֆիլմը': where a title comes before its noun
        (`work_nouns_after`), that noun right after the closing mark, in the same sentence."""
        k = bisect_left(self._starts, quote.end)
        if k >= len(self.doc.tokens):
            return False
        after = self.doc.tokens[k]
        return after.sent == mark.sent and after.upos not in VERB_TAGS \
            and self.cues.listed(after, self.cues.work_nouns_after)

    def _title_cased(self, quote: Quote) -> bool:
        """A few words, each capitalised but short linking ones ("Meet the Press", "Growth and Opportunity
        Project"), as titles are written; one capitalised word is as likely a name ('of "Hamas"')."""
        words = [t.text for t in self._quote_words(quote) if any(ch.isalpha() for ch in t.text)]
        return 1 < len(words) <= TITLE_MAX_WORDS and words[0][:1].isupper() \
            and all(w[:1].isupper() or len(w) <= 3 for w in words)

    def _possessive(self, token: Token) -> bool:
        """An owner's mark: the 's split off a noun, or a possessive pronoun ("Kasich's", "her")."""
        return token.text in POSSESSIVE_ENDINGS or "Poss=Yes" in (token.feats or "")

    def _is_naming_verb(self, token: Token) -> bool:
        """A verb that gives a name ("called", "назвал", "nitelendirdi"), by its lemma or, where the
        lemmatizer strays, its surface."""
        return any(fold(word, self._lang) in self.cues.naming_verbs for word in (token.text, token.lemma) if word)

    def _tokens_within(self, start: int, end: int) -> list[Token]:
        tokens = self.doc.tokens
        first = bisect_left(self._starts, start)
        return [t for t in tokens[first:bisect_left(self._starts, end, lo=first)] if t.end <= end]

    def _glued(self, token: Token) -> bool:
        """No space on either side: a hyphen inside a word."""
        return 0 < token.start and token.end < len(self.text) and not self.text[token.start - 1].isspace() \
            and not self.text[token.end].isspace()

    def _fold(self, token: Token) -> str:
        return fold(token.text, self._lang)

    def _folded(self, tokens: list[Token]) -> tuple[str, ...]:
        return tuple(self._fold(t) for t in tokens)

    def _name_start(self, token: Token) -> int:
        """Where a speaker's phrase opening with this token begins: after a complementizer elided onto it
        ("tandis qu'Erevan dénonce …")."""
        if not self._elided_into(token, self.cues.complementizers):
            return token.start
        return token.end - len(self._elision(token)[1])

    def _elided_into(self, token: Token, words) -> bool:
        """Is the token a word of `words` elided onto the next one ("parle d’un …")? Read only for tokens
        with an apostrophe-like break, so that plain words cost no split."""
        if token.text.isalpha():
            return False
        elision = self._elision(token)
        return elision is not None and elision[0] in words

    def _elision(self, token: Token) -> tuple[str, str] | None:
        """A word elided onto the next one in a single token, and the rest: "d’un" → ("d'", "un"),
        "l'ONU" → ("l'", "ONU"), any apostrophe; None where the token is one piece."""
        pieces = piece_spans(token.text, self._lang)
        if len(pieces) < 2:
            return None
        first_end = pieces[0][1]
        return fold(token.text[:first_end + 1], self._lang), token.text[pieces[1][0]:]

    def _in_quote(self, token: Token) -> bool:
        return bool(self._quoted[token.i])

    def _token_at(self, offset: int) -> Token | None:
        k = bisect_right(self._starts, offset) - 1
        return self.doc.tokens[k] if k >= 0 and offset < self.doc.tokens[k].end else None

    @staticmethod
    def _is_word(token: Token) -> bool:
        return any(ch.isalnum() for ch in token.text)

    @staticmethod
    def _phrase_at(pieces_of: list[list[str]], k: int, phrase: tuple[str, ...]) -> int:
        """How many tokens from the k-th spell the phrase, piece by piece and ending with a token; 0 if
        they do not."""
        at = n = 0
        while at < len(phrase):
            own = pieces_of[k + n] if k + n < len(pieces_of) else None
            if not own or tuple(own) != phrase[at:at + len(own)]:
                return 0
            at += len(own)
            n += 1
        return n

    def _links_to_name(self, parts: list[Token], k: int) -> bool:
        """Is parts[k] a linking preposition before a name ("Republic | of Artsakh", "Department | of State")? Not
        where the parts end before k ("so-called Artsakh" closing the text)."""
        if k >= len(parts):
            return False
        following = parts[k + 1] if k + 1 < len(parts) else None
        return self._fold(parts[k]) in self.cues.linking_prepositions and following is not None \
            and following.upos in ("PROPN", "DET") and (following.upos == "PROPN" or following.text[:1].isupper()
                                                      or k + 2 < len(parts) and parts[k + 2].upos == "PROPN")

    @classmethod
    def _capitalised_word(cls, token: Token) -> bool:
        return token.text[:1].isupper() and cls._is_word(token)

    def _closes_quote(self, token: Token) -> bool:
        """Is the token (or the mark glued to its end) the one that closes a quote?"""
        return token.end in self._quote_ends

    def _closes_phrase(self, token: Token) -> bool:
        """Does an untagged word end with an ending that closes its noun phrase (`phrase_final_endings`)?"""
        return token.upos is None and self._fold(token).endswith(self.cues.phrase_final_endings)

    def _opens_quote(self, token: Token) -> bool:
        return token.start in self._quote_starts

    def _is_quote_mark(self, token: Token) -> bool:
        # also a doubled mark the tokenizer keeps whole: the typewriter convention ''…'' of some wire copy
        return bool(token.text) and len(token.text) <= 2 and all(ch in QUOTE_CHARS for ch in token.text)

    def _present_participle(self, token: Token) -> bool:
        """'suggesting', 'saying': a gerund or present participle, from its features (the weak tagger may leave
        out a participle's tense, so its -ing says it)."""
        feats = token.feats or ""
        return "VerbForm=Ger" in feats or "VerbForm=Part" in feats and (
            "Tense=Pres" in feats or "Tense=" not in feats and self._fold(token).endswith("ing"))

    def _clause_comma(self, token: Token) -> bool:
        """A comma outside quotes, or one closing a quote's words ('In declaring it "not Christian," the pope'),
        where American style puts the comma inside the marks."""
        if token.text != ",":
            return False
        following = self.doc.tokens[token.i + 1] if token.i + 1 < len(self.doc.tokens) else None
        return not self._in_quote(token) or following is not None and self._closing_mark(following)

    def _closing_mark(self, token: Token) -> bool:
        """Is the token a quote mark that closes a quote (not one that opens it, nor an apostrophe)?"""
        return self._is_quote_mark(token) and self._closes_quote(token)

    def _np_like(self, token: Token, next_token: Token | None) -> bool:
        """Can this token be part of a speaker's noun phrase (read from tags, or capitals without tags)?"""
        if (token.text in HYPHENS or token.text == "/") and self._glued(token):
            return not self._in_quote(token)  # "Holtz-Eakin", "Texas-based", "a CNN/ORC poll", split by the tokenizer
        if token.text == "." and self._abbreviated_title(token, next_token):
            return not self._in_quote(token)
        if token.text == "%" and token.start and self.text[token.start - 1].isdigit():
            return not self._in_quote(token)  # "42% say"
        if not self._is_word(token) or self._in_quote(token):
            return False
        if token.upos is not None and (next_token is not None and next_token.text in HYPHENS
                                       and next_token.start == token.end and self._glued(next_token)
                                       or self._after_glued_hyphen(token)):
            # "the so-called Islamic State", "a well-known lawyer": the parts of a compound, read from tags
            # (untagged French "a-t-il" is a verb and its pronoun)
            return True
        if self._fold(token) in self.cues.relative_pronouns:
            return False
        if token.upos is None:
            return self._surface_np_word(token) or self._fold(token) in self.cues.pronouns
        if token.upos in NP_TAGS or token.text in POSSESSIVE_ENDINGS:
            return True
        if self._fold(token) in self.cues.role_nouns or APOSTROPHE_NAME.match(token.text):
            return True  # "which officials/VERB said", "O’Malley/ADV spoke": a role noun or a name in other tags
        # '"…," Ebeling said'; '"…," said Thomas Burke', 'said Will Doyle': a first name tagged ADP or AUX;
        # '"…," From said', '"…," Will wrote': a surname so tagged between the quote and its cue
        if self._misread_name(token) or next_token is not None and next_token.upos == "PROPN" \
                and self._name_in_running_text(token):
            return True
        if token.upos == "ADP" and self._fold(token) in self.cues.linking_prepositions:
            # "backers of tougher immigration laws", "many of his endorsers", "two of 10"
            return next_token is not None and (next_token.upos in ("PROPN", "NOUN", "DET", "ADJ", "NUM")
                                               or "Poss=Yes" in (next_token.feats or ""))
        if token.upos == "ADV" and next_token is not None and self._cardinal(next_token):
            return True  # "almost half", "nearly 60 percent"
        if token.upos in ("ADP", "SCONJ") and next_token is not None and self._cardinal(next_token) and token.i \
                and (self._cardinal(self.doc.tokens[token.i - 1])
                     or self.cues.listed(self.doc.tokens[token.i - 1], self.cues.comparatives)):
            return True  # a share: "three in 10", "4 out of 10", "one in five/NOUN", "more than 4 in 10"
        if self.cues.listed(token, self.cues.comparatives) and next_token is not None and next_token.i + 1 < len(self.doc.tokens) \
                and next_token.upos in ("ADP", "SCONJ") and self._cardinal(self.doc.tokens[next_token.i + 1]):
            return True  # "more than 4 in 10"
        # participles tagged as verbs inside a noun phrase: "Armenian unrecognized authorities"
        return token.upos == "VERB" and next_token is not None and next_token.upos in ("NOUN", "PROPN", "ADJ") \
            and self._fold(token).endswith(("ed", "ing")) and not self.cues.is_verb(token) \
            and self._fold(token) not in self.cues.setting_prepositions \
            and not (token.i and self.cues.listed(self.doc.tokens[token.i - 1], self.cues.auxiliaries))
        # (not "during/VERB the second debate", nor a verb after its auxiliary: "have launched petitions calling")

    def _cardinal(self, token: Token) -> bool:
        """A number, however tagged: "10", "three/NUM", "five/NOUN"."""
        return token.upos == "NUM" or token.text.isdigit() or self._fold(token) in self.cues.number_words

    def _before_relative(self, phrase: list[Token], pronouns=None) -> list[Token]:
        """The phrase up to its relative clause ("an American official | who was briefed on …"); all of it where
        none follows its first word. `pronouns`: the relative pronouns to look for (default: all of them)."""
        pronouns = self.cues.relative_pronouns if pronouns is None else pronouns
        return next((phrase[:k] for k in range(1, len(phrase)) if self._fold(phrase[k]) in pronouns), phrase)

    def _misread_name(self, token: Token) -> bool:
        """A name the weak tagger reads as something else: a verb ('"…," says Suckling/VERB, who …') or, between a
        quote and its cue, a preposition or an auxiliary ('"…," From/ADP said')."""
        return token.upos == "VERB" and self._name_in_running_text(token) or self._name_before_cue(token)

    def _name_before_cue(self, token: Token) -> bool:
        """'"…," From said', '"…," Will wrote', 'Instead, Will called for …', 'But Wheeler added': a capitalised
        word right before a cue verb, alone after a quote or tagged as a preposition, an auxiliary or an adverb
        (which a sentence writes in lower case), or as an interjection, is the speaker's name."""
        if not token.text[:1].isupper() or token.i == 0 or token.i + 1 == len(self.doc.tokens):
            return False
        if token.upos in ("INTJ", "X") and self.cues.is_verb(self.doc.tokens[token.i + 1]) and not token.text.isupper():
            return True  # "Aliyev/INTJ said …": no interjection stands right before a verb, even opening a sentence
        return self.cues.is_verb(self.doc.tokens[token.i + 1]) and (
            token.upos in ("AUX", "ADP", "ADV") or self._after_closing_quote(token.i - 1, self.doc.sentences[token.sent])) \
            and self._name_in_running_text(token)

    def _abbreviated_title(self, period: Token, next_token: Token | None) -> bool:
        """'Sen. Marco Rubio', with the title's period split off by the tokenizer before a name."""
        if period.i == 0 or next_token is None or not next_token.text[:1].isupper():
            return False
        title = self.doc.tokens[period.i - 1]
        return title.end == period.start and fold(title.text + ".", self._lang) in self.cues.titles

    def _after_glued_hyphen(self, token: Token) -> bool:
        """Does the word follow a hyphen inside a compound ("so-called")?"""
        if token.i == 0:
            return False
        hyphen = self.doc.tokens[token.i - 1]
        return hyphen.text in HYPHENS and hyphen.end == token.start and self._glued(hyphen)

    def _name_in_running_text(self, token: Token) -> bool:
        """'"We live in Chicago," Ebeling said', '…," Husted said': a capitalised word inside a sentence in
        running text is a name (Ebeling, Manning, Husted), which the weak tagger reads as a participle (or,
        before a surname, as a preposition or an auxiliary: Thomas, Will)."""
        sentence = self.doc.sentences[token.sent]
        if not token.text[:1].isupper() or token.text.isupper() or token.i == sentence.first:
            return False
        previous = self.doc.tokens[token.i - 1]
        if self._is_quote_mark(previous) and not self._closes_quote(previous) or previous.text == ":":
            return False  # a quote or a statement opens there
        words = [t for t in self.doc.sentence_tokens(sentence) if self._is_word(t) and t.text[:1].isalpha()]
        return sum(t.text[:1].isupper() for t in words) * 2 <= len(words)  # not a title-case headline

    def _after_closing_quote(self, j: int, sentence: Sentence) -> bool:
        """Is token j, or the comma or dash at j, right after a closing quote mark ('"…," declares X')?"""
        tokens = self.doc.tokens
        while j >= sentence.first and tokens[j].text in (",", "—", "–", "--"):
            j -= 1
        return j >= sentence.first and self._closing_mark(tokens[j])

    def _quantifier_determiner(self, token: Token) -> bool:
        """'some', 'another', 'each': a quantifier the tagger calls a determiner, which may stand for a noun phrase."""
        return token.upos == "DET" and any(kind in (token.feats or "") for kind in ("PronType=Ind", "PronType=Tot"))

    def _partitive(self, tokens: list[Token]) -> bool:
        """'two of', 'most of', 'each of': a share and the "of" before the group it is taken from."""
        return len(tokens) == 2 and self._fold(tokens[1]) in self.cues.linking_prepositions and (
            tokens[0].upos == "NUM" or self._quantifier_determiner(tokens[0])
            or any(self._fold(tokens[0]) in words for words in (
                self.cues.number_words, self.cues.quantifier_subjects, self.cues.floating_quantifiers)))

    def _share_of_pronoun(self, phrase: list[Token]) -> bool:
        """'most of whom', 'two of them': a share of the group a pronoun stands for."""
        return len(phrase) == 3 and self._partitive(phrase[:2]) and "Poss=Yes" not in (phrase[2].feats or "") and (
            self._fold(phrase[2]) in self.cues.relative_pronouns or self._fold(phrase[2]) in self.cues.pronouns)

    def _quantifier_subject_of(self, quantifier: Token, cue: Token) -> bool:
        """'a tactic some believe …', 'laws that some say target …': is the word a quantifier standing for the
        plural subject (`quantifier_subjects`) of the cue verb's base form?"""
        return self._fold(quantifier) in self.cues.quantifier_subjects and self._fold(cue) == self.cues.verb_key(cue)

    def _opens_subject_relative(self, j: int) -> bool:
        """Does token j open a relative clause on the noun before it, as its subject: a person's "who", or a
        "that" or "which" between a noun and a verb ("progressive organizations that have endorsed him say";
        not "said that he", nor "the claim that Armenia …")?"""
        tokens = self.doc.tokens
        word = self._fold(tokens[j])
        if word in self.cues.person_relatives:
            return True
        return word in self.cues.relative_pronouns and 0 < j < len(tokens) - 1 \
            and tokens[j - 1].upos in ("NOUN", "PROPN") and tokens[j + 1].upos in VERB_TAGS

    def _back_past_adverbs(self, j: int, sentence: Sentence, keeping: WordSet = WordSet()) -> int:
        """Token j, or the first token before it that the tagger calls no adverb ("to seriously contemplate",
        "spent more time mocking"), but not before the sentence's first; an adverb `keeping` lists stops there."""
        while j > sentence.first and self.doc.tokens[j].upos == "ADV" and not self.cues.listed(self.doc.tokens[j], keeping):
            j -= 1
        return j

    def _past_adverbs(self, index: int, sentence: Sentence) -> int:
        """The index of the token before token `index`, past the adverbs and auxiliaries right before it
        ("Macron reportedly urged", "the ministry has said", "who had said"); below the sentence's first when
        none is left."""
        j = index - 1
        gerund = self._fold(self.doc.tokens[index]).endswith("ing")
        while j >= sentence.first:
            if self._auxiliary_or_adverb(self.doc.tokens[j]) or gerund and j == index - 1 \
                    and self.cues.listed(self.doc.tokens[j], self.cues.subject_control):
                j -= 1  # "Perez just starts/NOUN talking about baseball": the verb before the gerund, whatever its tag
                continue
            phrase = self._adverbial_phrase_ending(j, sentence)
            if not phrase:
                return j
            j -= phrase  # "Britain and France in particular feared"
        return j

    def _adverbial_phrase_ending(self, j: int, sentence: Sentence) -> int:
        """How many tokens an adverb of several words (`adverbial_phrases`) that ends at token j has; 0 where none
        does."""
        for phrase in self.cues.adverbial_phrases:
            n = len(phrase)
            if j - n + 1 >= sentence.first and self._folded(self.doc.tokens[j - n + 1:j + 1]) == phrase:
                return n
        return 0

    def _auxiliary_or_adverb(self, token: Token) -> bool:
        """An adverb, a negation or an auxiliary between a speaker and its verb: tagged so, or an auxiliary of
        the cue lexicon that the weak tagger calls a verb ("had") or that has no tag at all ("hat am Montag
        erklärt")."""
        folded = self._fold(token)
        negation = token.upos == "PART" and "Polarity=Neg" in (token.feats or "")  # "did not mention"
        return (token.upos in SKIPPABLE_BEFORE_CUE or negation or token.upos in (None, "VERB")
                and folded in self.cues.auxiliaries or folded in self.cues.adverbs) and folded not in self.cues.pronouns \
            and not self._name_before_cue(token)  # '"…," Will wrote'

    def _before_noun_phrase(self, noun: Token, sentence: Sentence) -> int:
        """The index of the word before the noun's phrase (its determiners, adjectives, numbers and nouns),
        stopping at an "of" that links it to a head before it ("an average of recent polls")."""
        k = noun.i - 1
        while k > sentence.first and self.doc.tokens[k].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") \
                and self._fold(self.doc.tokens[k]) not in self.cues.linking_prepositions:
            k -= 1
        return k

    def _before_time_phrase(self, j: int, sentence: Sentence) -> int:
        """The index of the token before the time phrase that ends at token j ("on Thursday evening", "last
        week", "later"); j itself when token j is no time word."""
        tokens = self.doc.tokens
        k = j
        while k >= sentence.first and self._time_word(tokens[k], sentence):
            k -= 1
        for _ in range(2):  # "on", "last", "in the"
            if j > k >= sentence.first and tokens[k].text.islower() and tokens[k].upos in ("ADP", "DET", "ADJ"):
                k -= 1
        return k

    def _opening_question(self, sentence: Sentence) -> tuple[int, int] | None:
        """The question put to the speaker that opens the sentence ('Asked whether …,', 'When asked whom …,',
        'Pressed on …,'): the index of its participle and of the comma that closes it (inside the marks too, or
        the sentence's end); None where the sentence opens otherwise."""
        tokens = self.doc.tokens
        k = sentence.first + self._opens_adverbial(sentence.first, sentence)
        if k >= sentence.last or not self._fold(tokens[k]).endswith("ed") \
                or not self.cues.listed(tokens[k], self.cues.addressed_verbs):
            return None
        return k, next((t.i for t in tokens[k + 1:sentence.last] if self._clause_comma(t)), sentence.last)

    def _opens_adverbial(self, k: int, sentence: Sentence) -> bool:
        """Does token k open an adverbial clause ("When pressed on …, she replied", "…, and when asked …"): a
        subordinator opening the sentence or following a comma or a conjunction?"""
        if k < sentence.first or self._fold(self.doc.tokens[k]) not in self.cues.adverbial_subordinators:
            return False
        return k == sentence.first or self.doc.tokens[k - 1].text == "," or self.doc.tokens[k - 1].upos == "CCONJ"

    def _besides_time(self, words: list[Token], sentence: Sentence) -> list[Token]:
        """The words but those of time phrases ("Monday", "late last month", "two weeks ago"): a time word and
        the lowercase modifiers and numbers right before it."""
        timed: set[int] = set()
        for t in reversed(words):
            if self._time_word(t, sentence) or self._fold(t) in self.cues.durations \
                    or t.i + 1 in timed and (t.upos == "NUM" or t.upos in ("DET", "ADJ", "ADV") and t.text.islower()):
                timed.add(t.i)
        return [t for t in words if t.i not in timed]

    def _states_nothing(self, words: list[Token]) -> bool:
        """No verb, complementizer or quote among the words: an adjunct of whom, where or when, not a clause."""
        return not any(t.upos in VERB_TAGS or self._in_quote(t) or self._fold(t) in self.cues.complementizers
                       for t in words)

    def _time_word(self, token: Token, sentence: Sentence) -> bool:
        """A word of a time phrase ("on Thursday evening", "last week"), a year after its preposition ("who in
        2010 said") or a month after a lowercase word ("a poll released in late August found")."""
        before = self.doc.tokens[token.i - 1] if token.i > sentence.first else None
        if self._fold(token) in self.cues.time_words:
            return True
        if before is None or not before.text.islower():
            return False
        return bool(YEAR.fullmatch(token.text)) and before.upos == "ADP" or self._fold(token) in self.cues.months

    @contextmanager
    def _reading(self, sentence: Sentence) -> Iterator[CueLexicon]:
        """Read a sentence with its own language's cues, titles and case folding (a Russian paragraph in
        an English report), and the article's again afterwards, whatever happens inside."""
        saved = self.cues, self.speakers, self._lang
        lang = sentence.lang or self.doc.lang
        if lang != self._lang:
            if lang == self.doc.lang:
                self.cues, self.speakers = self._own
            else:
                if lang not in self._foreign:
                    cues = load_cues(lang)
                    self._foreign[lang] = (cues, self._own[1].for_language(lang, cues.speaker_words))
                self.cues, self.speakers = self._foreign[lang]
            self._lang = lang
        try:
            yield self.cues
        finally:
            self.cues, self.speakers, self._lang = saved
