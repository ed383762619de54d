"""Who says it: quotes, reported speech, speakers and distancing, as a voice map over an article.

The voice map answers, for any span of the article: is this the outlet's own voice (narrative), words
quoted from a speaker (direct), a speaker's words reported by the outlet (reported), and is it held at
arm's length (scare quotes, "so-called")? It works on every level of analysis: with a dependency parse
the speaker is the subject of the cue; without one, cue words and quote marks still find most of it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Iterator

from .corpus import Article
from .cues import CueLexicon, load_cues
from .nlp import Doc, Sentence, Token, paragraphs
from .quotes import SINGLE_QUOTES, Quote, find_quotes
from .speakers import Speaker, SpeakerDirectory
from .text import ARMENIAN_COMMA, ARMENIAN_SENTENCE_END, QUOTE_CHARS, fold, piece_spans, token_pieces

SCARE_MAX_TOKENS = 3            # longer quoted spans are somebody's words, not a word held at a distance
FLOATING_MAX_SENTENCES = 3      # a quote with no cue keeps the speaker of an attributed quote this close
SUBJECT_RELS = ("nsubj", "nsubj:pass", "csubj")
SOURCE_MAX_TOKENS = 30          # a longer "subject" is a parse gone astray
# Marks that end a clause, so a source phrase: the Armenian comma sets off "Ըստ X՝ …" as a comma does.
CLAUSE_MARKS = {",", ";", ":", ".", ARMENIAN_COMMA, ARMENIAN_SENTENCE_END}
SURFACE_ADJECTIVES_MAX = 3      # "dem neuen aserbaidschanischen Ministerium": lowercase words after an article


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, content: str, start: int, end: int) -> "Span":
        return cls(start, end, content[start:end])


@dataclass
class Attribution:
    kind: str                   # "direct", "reported" or "mixed" (a partial quote inside reported speech)
    content: Span
    source: Span | None
    cue: Span | None
    speaker: str | None
    speaker_group: str | None
    sentence: int
    speaker_kind: str = "unknown"
    # Later pieces of the same words: the rest of a quote interrupted by its cue ('"…," she said, "…"')
    # and floating quotes that go on in the next sentences with no cue of their own.
    continuation: list[Span] = field(default_factory=list)

    def __post_init__(self):
        # read back from plain data (the cache, worker processes), the pieces come as dicts
        self.continuation = [Span(**s) if isinstance(s, dict) else s for s in self.continuation]

    @property
    def spans(self) -> list[Span]:
        return [self.content, *self.continuation]

    def piece_holding(self, start: int, end: int) -> Span | None:
        return next((s for s in self.spans if s.start <= start and end <= s.end), None)


@dataclass
class Distancing:
    start: int
    end: int
    marker: str                  # "scare quotes" or the marker word ("so-called")


@dataclass
class VoiceMap:
    attributions: list[Attribution] = field(default_factory=list)
    distancing: list[Distancing] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def attribution_at(self, start: int, end: int) -> Attribution | None:
        """The attribution whose content holds the span; a quote beats the reported clause around it,
        and of two alike the one with the shorter piece (the inner one) wins."""
        def rank(attribution: Attribution, piece: Span):
            return attribution.kind == "reported", piece.end - piece.start

        held = [(rank(a, piece), a) for a in self.attributions if (piece := a.piece_holding(start, end))]
        return min(held, key=lambda item: item[0])[1] if held else None

    def voice_at(self, start: int, end: int) -> tuple[str, Attribution | None]:
        attribution = self.attribution_at(start, end)
        if attribution is None:
            return "narrative", None
        return ("reported" if attribution.kind == "reported" else "direct"), attribution

    def is_distanced(self, start: int, end: int) -> bool:
        return any(d.start < end and start < d.end for d in self.distancing)


def attribution_to_dict(attribution: Attribution, article_id: str | None = None) -> dict:
    """The `naming quotes` JSONL contract; `continuation` lists the content's further pieces."""
    def span(s):
        return None if s is None else asdict(s)
    return {"article": article_id, "kind": attribution.kind, "content": span(attribution.content),
            "source": span(attribution.source), "cue": span(attribution.cue),
            "speaker": attribution.speaker, "speaker_group": attribution.speaker_group,
            "continuation": [span(s) for s in attribution.continuation]}


# ---------------------------------------------------------------- cues and speakers

NOMINAL_TAGS = {"NOUN", "PROPN", "PRON", "NUM"}
NP_TAGS = NOMINAL_TAGS | {"DET", "ADJ"}
SKIPPABLE_BEFORE_CUE = {"ADV", "AUX"}  # "Macron reportedly urged", "the ministry has said"
HYPHENS = {"-", "‐", "‑", "–"}
APPOSITION_TAGS = NP_TAGS | {"ADP", "PART"}  # "a senior fellow at the Brookings Institution"
APPOSITION_MAX_TOKENS = 20
NUCLEUS_ENDS = {",", "(", "—", "–", ";"}
CONTENT_OPENER_WINDOW = 12  # tokens between the cue and "that": "told an audience in Houston last week that"
TEMPORAL_RELS = ("obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod")  # "said Sunday" names no speaker


@dataclass
class _Cue:
    token: Token
    span: tuple[int, int]
    source: list[Token]              # the speaker's noun phrase, maybe empty
    content: tuple[int, int] | None  # reported content, offsets
    kind: str                        # "verb", "preposition", "colon"
    speaker: Speaker | None = None
    quoted: bool = False             # a quote is this cue's whole content
    lead: tuple[int, int] | None = None  # "Sooner or later, he said, it will pay off": the piece before


@dataclass
class _Referent:
    """Somebody a later pronoun or role noun may point back to."""
    offset: int
    speaker: Speaker
    words: tuple[str, ...]  # the phrase's folded words: "the minister" looks for one called "minister"


GROUP_KINDS = ("institution", "country", "demonym")


def _fits(speaker: Speaker, wanted: str) -> bool:
    """Can a pronoun of this kind ("person", "group", "any") refer to the speaker? A name of unknown kind
    ("Trump", "Reuters") may be either; a common noun ("video message") is no person."""
    if wanted == "person":
        return speaker.kind == "person" or (speaker.kind == "unknown" and speaker.name[:1].isupper())
    if wanted == "group":
        return speaker.kind != "person"
    return True


class Attributor:
    """Builds the voice map of one article. One instance per article: speakers seen so far resolve
    later pronouns and surnames.

    The parses available may be weak (English LAS about 70 here), so the surface comes first: the
    speaker is the noun phrase right before the cue (widened to the parse's subject phrase when both end
    there), or a name right after it ('…," said Blinken'), and the parse's subject only when the surface
    has none; the content is the side of the sentence the cue faces, from its complementizer to the end
    of the clause. Conventions follow PARC-style annotation (Pareti 2016) as in PolNeAR, on whose train
    split the rules were tuned (bench/attribution_eval.py, bench/attribution_errors.py).
    """

    def __init__(self, doc: Doc, article: Article, speakers: SpeakerDirectory | None = None,
                 cues: CueLexicon | None = None):
        self.doc = doc
        self.article = article
        self.text = article.content
        self.cues = cues or load_cues(doc.lang)
        self.speakers = speakers or SpeakerDirectory(lang=doc.lang, titles=self.cues.titles,
                                                     role_nouns=self.cues.role_nouns, determiners=self.cues.determiners)
        # the cues, speaker titles and folding in force: the article's, or those of a paragraph in
        # another language while it is read (see _reading)
        self._lang = doc.lang
        self._own = (self.cues, self.speakers)
        self._foreign: dict[str, tuple[CueLexicon, SpeakerDirectory]] = {}
        self.quotes: list[Quote] = []
        # indexes, so that the article's attribution takes time in proportion to its length
        self._starts = [t.start for t in doc.tokens]
        self._sentence_starts = [s.start for s in doc.sentences]
        self._quoted = bytearray(len(doc.tokens))   # token i is inside a quote
        self._cue_starts: list[int] = []
        self._outer: list[Quote] = []
        self._outer_starts: list[int] = []

    def _index_quotes(self, quotes: list[Quote]) -> list[Quote]:
        """Keep the article's quotes, mark the tokens inside them; the outer quotes, in order."""
        self.quotes = quotes
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

    def _in_quote(self, token: Token) -> bool:
        return bool(self._quoted[token.i])

    def _token_at(self, offset: int) -> Token | None:
        k = bisect_right(self._starts, offset) - 1
        return self.doc.tokens[k] if k >= 0 and offset < self.doc.tokens[k].end else None

    @staticmethod
    def _is_word(token: Token) -> bool:
        return any(ch.isalnum() for ch in token.text)

    def _is_quote_mark(self, token: Token) -> bool:
        return len(token.text) == 1 and token.text in QUOTE_CHARS

    def _np_like(self, token: Token, next_token: Token | None) -> bool:
        """Can this token be part of a speaker's noun phrase (read from tags, or capitals without tags)?"""
        if token.text in HYPHENS and self._glued(token):
            return not self._in_quote(token)  # "Holtz-Eakin", "Texas-based", split by the tokenizer
        if token.text == "%" and token.start and self.text[token.start - 1].isdigit():
            return not self._in_quote(token)  # "42% say"
        if not self._is_word(token) or self._in_quote(token):
            return False
        if self._fold(token) in self.cues.relative_pronouns:
            return False
        if token.upos is None:
            return self._surface_np_word(token) or self._fold(token) in self.cues.pronouns
        if token.upos in NP_TAGS or token.text in ("'s", "’s"):
            return True
        if token.upos == "ADP" and self._fold(token) in self.cues.linking_prepositions:
            # "backers of tougher immigration laws", "many of his endorsers", "two of 10"
            return next_token is not None and (next_token.upos in ("PROPN", "NOUN", "DET", "ADJ", "NUM")
                                               or "Poss=Yes" in (next_token.feats or ""))
        if token.upos == "ADV" and next_token is not None and next_token.upos == "NUM":
            return True  # "almost half", "nearly 60 percent"
        # participles tagged as verbs inside a noun phrase: "Armenian unrecognized authorities"
        return token.upos == "VERB" and next_token is not None and next_token.upos in ("NOUN", "PROPN", "ADJ") \
            and self._fold(token).endswith(("ed", "ing")) and not self.cues.is_verb(token)

    # -- the speaker's phrase
    def _run_before(self, index: int, sentence: Sentence) -> list[Token]:
        """The noun phrase ending right before token `index`, adverbs and auxiliaries skipped."""
        tokens = self.doc.tokens
        j = index - 1
        while j >= sentence.first and (tokens[j].upos in SKIPPABLE_BEFORE_CUE or self._surface_skippable(tokens[j])) \
                and self._fold(tokens[j]) not in self.cues.pronouns:
            j -= 1
        if j >= sentence.first and tokens[j].upos is None:  # no tags: "hat am Montag erklärt", "в понедельник заявил"
            j = self._skip_adjuncts_before(j, sentence)
            while j >= sentence.first and self._surface_skippable(tokens[j]) and self._fold(tokens[j]) not in self.cues.pronouns:
                j -= 1
        if j - 2 >= sentence.first and tokens[j].text == tokens[j - 2].text == "," and tokens[j - 1].text.islower():
            j -= 3  # "Sanders, meanwhile, said", "Clinton, too, said"
        run: list[Token] = []
        while j >= sentence.first and len(run) < 14:
            if tokens[j].text == ")":  # "Sen. Rand Paul (R-Ky.) said"
                opening = next((k for k in range(j - 1, max(sentence.first, j - 8) - 1, -1)
                                if tokens[k].text == "("), None)
                if opening is not None and opening > sentence.first \
                        and self._np_like(tokens[opening - 1], tokens[opening]):
                    run[:0] = tokens[opening:j + 1]
                    j = opening - 1
                    continue
            if not self._np_like(tokens[j], run[0] if run else None) and not (
                    run and run[0].upos == "PROPN" and j > sentence.first and (
                        # "Demonstrators in Yerevan", "Donald Trump and Sen. Ted Cruz"
                        self._fold(tokens[j]) in self.cues.place_prepositions and tokens[j - 1].upos == "NOUN"
                        or tokens[j].upos == "CCONJ" and tokens[j - 1].upos == "PROPN")) and not (
                    # no tags: "Представитель МИД в Баку", "Die Regierung in Baku"
                    run and run[0].upos is None and j > sentence.first and not self._in_quote(tokens[j])
                    and self._fold(tokens[j]) in self.cues.adjunct_prepositions and self._surface_np_word(tokens[j - 1])):
                break
            run.insert(0, tokens[j])
            j -= 1
        while run and (run[0].upos == "ADP" or run[0].text in ("'s", "’s") or run[0].text in HYPHENS):
            run = run[1:]
        for k in range(len(run) - 1, 0, -1):  # "the only Amendment | the Founding Fathers say": two phrases
            if run[k].upos == "DET" and run[k - 1].upos in ("NOUN", "PROPN"):
                run = run[k:]
                break
        for k in range(len(run) - 1, 0, -1):  # "In September she said": a personal pronoun is a phrase of its own
            if run[k].upos == "PRON" and self._fold(run[k]) in self.cues.pronouns \
                    and "Poss=Yes" not in (run[k].feats or "") and run[k - 1].upos in ("NOUN", "PROPN", "NUM"):
                run = run[k:]
                break
        # "a former official said", "analyst says": the weak tagger often takes the head noun for an adjective
        headed = run and run[-1].i == index - 1 and run[-1].upos == "ADJ"
        return run if headed or any(t.upos in NOMINAL_TAGS or t.upos is None for t in run) else []

    def _apposition_before(self, index: int, sentence: Sentence) -> list[Token]:
        """'A Twitter spokesman, Christopher Abboud, said', 'Suu Kyi, 70, said': two noun phrases and commas
        right before the cue (the parse often misses this subject)."""
        tokens = self.doc.tokens
        j = index - 1
        while j >= sentence.first and tokens[j].upos in SKIPPABLE_BEFORE_CUE:
            j -= 1
        if j <= sentence.first or tokens[j].text != ",":
            return []
        k = j - 1
        while k >= sentence.first and j - k <= APPOSITION_MAX_TOKENS and tokens[k].text != "," and (
                tokens[k].upos in APPOSITION_TAGS or tokens[k].upos is None or tokens[k].text in HYPHENS):
            k -= 1
        if k <= sentence.first or tokens[k].text != "," or k == j - 1:
            return []
        first = self._run_before(k, sentence)
        return tokens[first[0].i:j] if first else []

    def _set_off(self, token: Token) -> bool:
        """A comma or a dash that sets off an apposition or a relative clause."""
        return token.text in (",", "—", "--") or (token.text in HYPHENS and not self._glued(token))

    def _apposition_chain(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Cruz, who has proposed …, said', 'Graham, a former candidate, told', 'Woodrow Benford, 58, who
        lives outside Minneapolis, says': a noun phrase, then appositions, ages and non-restrictive relative
        clauses set off by commas or dashes, right before the cue. The source is all of it (PARC, PolNeAR)."""
        tokens = self.doc.tokens
        if not self.doc.has_parse:
            return []
        j = cue.i - 1
        while j >= sentence.first and tokens[j].upos in SKIPPABLE_BEFORE_CUE:
            j -= 1
        if j <= sentence.first or not self._set_off(tokens[j]):
            return []
        close, k = j, j
        chained = False
        while k > sentence.first and close - k <= SOURCE_MAX_TOKENS + 10:
            m = k - 1
            while m >= sentence.first and not self._set_off(tokens[m]):
                m -= 1
            chunk = [t for t in tokens[max(m, sentence.first - 1) + 1:k] if self._is_word(t)]
            if not chunk:
                return []
            relative = chained or k == close  # only set-off pieces after the head may be relative clauses
            relative = relative and self._fold(chunk[0]) in self.cues.relative_pronouns \
                and self._fold(chunk[0]) not in self.cues.complementizers
            age = all(t.upos == "NUM" for t in chunk)
            # "a Navy veteran who now is a civilian employee": a noun phrase, maybe with its relative clause
            noun_part = next((chunk[:n] for n in range(1, len(chunk))
                              if self._fold(chunk[n]) in self.cues.relative_pronouns), chunk)
            # "an economic adviser to Republicans and former director of …", "another unaligned strategist"
            nominal = chunk[0].upos not in ("ADP", "ADV", "SCONJ", "CCONJ") and len(noun_part) <= APPOSITION_MAX_TOKENS \
                and all(t.upos in APPOSITION_TAGS or t.upos is None or t.upos == "CCONJ"
                        or t.upos == "VERB" and "VerbForm=Part" in (t.feats or "") for t in noun_part) \
                and any(t.upos in ("NOUN", "PROPN") for t in noun_part)
            if chained and nominal and not relative and noun_part is chunk:
                head = self._run_before(k, sentence)  # the noun phrase the set-off pieces hang on
                if head and head[-1].i == k - 1:
                    return tokens[head[0].i:close]
                return []
            if not (relative or age or nominal) or m < sentence.first:
                return []
            chained = True
            k = m
        return []

    def _run_after(self, index: int, sentence: Sentence) -> list[Token]:
        """'..., said Blinken': a noun phrase right after the cue."""
        tokens = self.doc.tokens
        run: list[Token] = []
        j = index + 1
        while j < sentence.last and self._surface_skippable(tokens[j]):
            j += 1  # "հայտարարել է վարչապետ …": the auxiliary follows the participle
        if j < sentence.last and tokens[j].upos is None:  # "— заявил в понедельник Песков"
            j = self._skip_time_after(j, sentence)
        while j < sentence.last and len(run) < 10 \
                and self._np_like(tokens[j], tokens[j + 1] if j + 1 < sentence.last else None):
            if tokens[j].upos is None and not self._surface_np_word(tokens[j]):
                break
            run.append(tokens[j])
            j += 1
        return run if any(t.upos in ("PROPN", "NOUN") or (t.upos is None and t.text[:1].isupper()) for t in run) else []

    def _np_around(self, head: Token) -> list[Token]:
        """The noun phrase around a parse head: contiguous noun-phrase tokens on both sides."""
        sentence = self.doc.sentences[head.sent]
        tokens = self.doc.tokens
        start = end = head.i
        while start - 1 >= sentence.first and self._np_like(tokens[start - 1], tokens[start]):
            start -= 1
        while end + 1 < sentence.last and tokens[end + 1].upos in ("PROPN", "NOUN") and not self._in_quote(tokens[end + 1]):
            end += 1
        return tokens[start:end + 1]

    def _subject_phrase(self, cue: Token) -> list[Token]:
        """The parse's subject of the cue, or of the verb it hangs on ("X said … and called on …"), as the
        whole phrase with its appositions and relative clauses ("Geoff Garin, a pollster who …, said")."""
        doc = self.doc
        node = cue
        for _ in range(3):
            children = list(doc.children(node))
            # of two subjects ("Later on Sunday, Carson shared"), a parse error, the one nearest the verb
            nearest = [c for c in children if c.deprel in SUBJECT_RELS and c.i < node.i and not self._in_quote(c)][-1:]
            for child in nearest + [c for c in children if c not in nearest]:
                # an active cue's "nsubj:pass" is a parse error; passive cues never come here
                if child.deprel in SUBJECT_RELS and not self._in_quote(child):
                    phrase = [t for t in doc.subtree(child) if t.i < cue.i]
                    while phrase and not self._is_word(phrase[-1]):
                        phrase.pop()
                    while phrase and (not self._is_word(phrase[0]) or phrase[0].upos == "CCONJ"):
                        phrase.pop(0)
                    contiguous = phrase and phrase[-1].i - phrase[0].i + 1 == len(phrase)
                    if contiguous and len(phrase) <= SOURCE_MAX_TOKENS and not any(self._in_quote(t) for t in phrase):
                        return phrase
                    return self._np_around(child)
            if node.head is not None and node.deprel in ("conj", "xcomp", "advcl"):
                node = doc.tokens[node.head]
                continue
            break
        return []

    def _source_of(self, cue: Token) -> list[Token]:
        """The speaker's phrase (see `_speaker_phrase`) without a time phrase the weak parse hangs on it
        ("President Obama Friday declared", "Ryan, the Speaker, on Tuesday called"); a phrase that is only
        time ("Monday") gives way to the speaker before it."""
        source = self._speaker_phrase(cue)
        if not source or not self.doc.has_parse:
            return source
        tokens = self.doc.tokens
        cut = len(source)
        while cut and self._fold(source[cut - 1]) in self.cues.time_words:
            cut -= 1
        if cut == len(source):
            return source
        while cut and source[cut - 1].upos in ("DET", "ADJ", "ADP") and source[cut - 1].text.islower():
            cut -= 1  # "last", "this", "early on"
        if any(t.upos in NOMINAL_TAGS and self._fold(t) not in self.cues.time_words for t in source[:cut]):
            return source[:cut]
        sentence = self.doc.sentences[cue.sent]
        start = source[0].i
        while start > sentence.first and (tokens[start - 1].text == "," or tokens[start - 1].text.islower()
                                          and tokens[start - 1].upos in ("ADP", "DET", "ADJ")):
            start -= 1  # "The government on Monday said", "Ryan, the Speaker, last Tuesday called"
        return self._apposition_before(start + 1 if tokens[start].text == "," else start, sentence) \
            or self._run_before(start, sentence) or source

    def _speaker_phrase(self, cue: Token) -> list[Token]:
        """The speaker's phrase: the noun phrase right before the cue (widened to the parse's subject
        phrase when that one ends there too); else a name right after a cue that closes its clause
        ('…," said Blinken.'); else the parse's subject; else an apposition before the cue."""
        doc = self.doc
        sentence = doc.sentences[cue.sent]
        relative = self._relative_before(cue, sentence)
        if relative:
            return relative
        before = self._run_before(cue.i, sentence)
        subject = self._subject_phrase(cue) if doc.has_parse else []
        feats = cue.feats or ""
        if subject and subject[0].i > cue.i and ("VerbForm=Ger" in feats or "VerbForm=Part" in feats and "Tense=Pres" in feats):
            subject = []  # "…, saying the state was important": that is the reported clause's subject
        if before:
            # widened to "A spokesman for Mr. Clinton", "Republicans who oppose the bill"; not to a fronted
            # adjunct that a parse error hung on the subject ("At the moment Chris Christie")
            if subject and subject[0].i <= before[0].i and subject[-1].i == before[-1].i \
                    and subject[0].upos not in ("ADP", "SCONJ", "ADV"):
                before = subject
            return self._noun_cue_owner(before)
        chain = self._apposition_chain(cue, sentence)
        if chain:
            return chain
        previous = self._word_before_cue(cue, sentence)
        if previous is None or not self._is_word(previous):
            # "…," said Blinken (in a statement).': the name closes the clause; the parse would take the
            # content before the comma for the subject
            inverted = self._inverted_source(cue, sentence)
            if inverted and self._names_speaker(inverted, cue):
                return inverted
        if subject:
            return self._noun_cue_owner(subject)
        return self._apposition_before(cue.i, sentence) or self._first_subject(cue, sentence) \
            or self._clause_opener(cue, sentence) or self._main_clause_source(cue, sentence)

    def _main_clause_source(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Clinton drew a contrast, saying …', 'Trump has picked up on it, telling ABC …': a cue after a comma
        or a conjunction, with no subject of its own, speaks for the subject of the verb it hangs on (or of
        the sentence's main verb), found as that verb's own source."""
        if not self.doc.has_parse or not self._coordinated(cue):
            return []
        tokens = self.doc.tokens
        heads = [tokens[cue.head]] if cue.head is not None else []
        heads += [t for t in tokens[sentence.first:cue.i] if t.head is None]
        for verb in heads:
            if verb.i < cue.i and verb.upos in ("VERB", "AUX") and not self._in_quote(verb):
                source = self._source_of(verb)
                if source and source[-1].i < verb.i:
                    return source
        return []

    def _relative_before(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Clinton, who announced a plan on Monday', 'a report that found': the relative pronoun right
        before a cue is its source, as PARC and PolNeAR annotate it (the speaker is still the phrase it
        refers to, see `_resolve`)."""
        if not self.doc.has_parse:
            return []
        tokens = self.doc.tokens
        j = cue.i - 1
        while j >= sentence.first and tokens[j].upos in SKIPPABLE_BEFORE_CUE:
            j -= 1
        if j > sentence.first and self._fold(tokens[j]) in self.cues.relative_pronouns \
                and tokens[j].upos in ("PRON", "SCONJ", "DET") and not self._in_quote(tokens[j]):
            previous = tokens[j - 1]
            if previous.text == "," or previous.upos in ("NOUN", "PROPN", "PRON", "NUM"):
                return [tokens[j]]
        return []

    def _first_subject(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'O'Malley spoke at the forum on Sunday, and criticized Sanders': a cue coordinated with the
        sentence's first verb shares its subject, the noun phrase the sentence opens with."""
        if not self._coordinated(cue):
            return []
        tokens = self.doc.tokens
        run = []
        for t in tokens[sentence.first:cue.i]:
            if not self._np_like(t, tokens[t.i + 1]):
                break
            run.append(t)
        following = tokens[run[-1].i + 1] if run else None
        if run and following is not None and following.upos in ("VERB", "AUX") and following.i < cue.i:
            return run
        return []

    def _names_speaker(self, phrase: list[Token], cue: Token) -> bool:
        """Is the phrase after a cue its speaker ('…," said Senator John McCain.', '…, the ministry said'),
        not its object ('urged a strong stand', 'told an audience'), the subject of the next clause ('said
        their speeches were …') or a date ('said Sunday')?"""
        if self._fold(cue).endswith("ing") or all(t.deprel in TEMPORAL_RELS for t in phrase):
            return False
        sentence = self.doc.sentences[cue.sent]
        following = next((t for t in self.doc.tokens[phrase[-1].i + 1:sentence.last] if self._is_word(t)), None)
        # '…," said spokesman John Kirby, referring to …': a participle after a comma is no clause of the name's
        participle = following is not None and self.doc.tokens[following.i - 1].text == "," \
            and "VerbForm=Ger" in (following.feats or "") or following is not None and \
            self.doc.tokens[following.i - 1].text == "," and following.upos == "VERB" and self._fold(following).endswith("ing")
        if following is not None and not participle and (following.upos in ("VERB", "AUX")
                                                          or self._fold(following) in self.cues.complementizers):
            return False
        return any(t.upos == "PROPN" or (t.upos is None and t.text[:1].isupper()) or self._fold(t) in self.cues.role_nouns
                   or self._fold(t) in self.cues.titles for t in phrase)

    def _inverted_source(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'…," said Blinken', '…, said Mark Jones, a political scientist who …': the name after the cue,
        with an apposition that runs to the end of the sentence."""
        run = self._run_after(cue.i, sentence)
        if not run:
            return []
        tokens = self.doc.tokens
        rest = tokens[run[-1].i + 1:sentence.last]
        words = [t for t in rest if self._is_word(t)]
        if not (rest and rest[0].text == "," and words and len(words) <= SOURCE_MAX_TOKENS and (
                words[0].upos in NP_TAGS or words[0].upos is None) and not self.cues.is_verb(words[0])
                and not any(self._in_quote(t) for t in words)):
            return run
        # comma by comma: an age ("Yin Myint May, 60, a doctor") or a relative clause ("…, who lives in …")
        # goes on; another phrase after a comma belongs to something else
        source, chunk = list(run), []
        for t in rest[1:] + [None]:
            if t is not None and t.text != ",":
                chunk.append(t)
                continue
            chunk_words = [x for x in chunk if self._is_word(x)]
            if not chunk_words:
                break
            source += [x for x in rest if source[-1].i < x.i <= chunk_words[-1].i]
            nxt = tokens[t.i + 1] if t is not None and t.i + 1 < sentence.last else None
            if nxt is None or not (all(x.upos == "NUM" for x in chunk_words) or self._fold(nxt) in self.cues.relative_pronouns):
                break
            chunk = []
        return source

    # -- cue verbs
    def _coordinated(self, cue: Token) -> bool:
        """Does the cue go on from an earlier one ('…, adding', '… and called for'), active?"""
        tokens = self.doc.tokens
        j = cue.i - 1
        while j >= 0 and tokens[j].upos in SKIPPABLE_BEFORE_CUE:
            j -= 1
        return j >= 0 and (tokens[j].text in (",", ";") or tokens[j].upos == "CCONJ"
                           or self._fold(tokens[j]) in self.cues.coordinators) and not self._is_passive(cue)

    def _takes_preposition(self, cue: Token, content: tuple[int, int] | None) -> bool:
        """Does the content open with a preposition that the cue governs: "called for …", "said of …",
        "called on X to …" (but not "said on Tuesday …")?"""
        sentence = self.doc.sentences[cue.sent]
        first = self.doc.tokens[cue.i + 1] if cue.i + 1 < sentence.last else None
        if first is None or content is None or first.upos not in ("ADP", "ADV", "PART") or first.start > content[0]:
            return False
        word = self._fold(first)
        if word in self.cues.object_prepositions:
            # "called on Azerbaijan to …", not "said on Tuesday that …"
            return any(self._fold(t) in self.cues.infinitive_markers and t.upos in ("PART", "ADP")
                       for t in self.doc.tokens[first.i + 2:min(first.i + 6, sentence.last)])
        return word in self.cues.cue_prepositions

    def _cue_start(self, cue: Token, source: list[Token]) -> int:
        """Auxiliaries, negation and adverbs right before the verb belong to the cue: "has said", "also
        said", "did not deny", "is calling for"."""
        tokens = self.doc.tokens
        first = self.doc.sentences[cue.sent].first
        j = cue.i
        while j - 1 >= first and (tokens[j - 1].upos in ("AUX", "ADV", "PART") or self._surface_skippable(tokens[j - 1])) \
                and tokens[j - 1] not in source \
                and self._is_word(tokens[j - 1]) and not self._in_quote(tokens[j - 1]):
            j -= 1
        return tokens[j].start

    def _reduced_relative(self, token: Token) -> bool:
        """'The region called Artsakh was taken': a naming participle after a noun, whose clause's own verb
        follows the name it gives. ('Officials said the operation was over' is reported speech.)"""
        sentence = self.doc.sentences[token.sent]
        tokens = self.doc.tokens
        if fold(token.lemma or token.text, self._lang) not in self.cues.naming_verbs or token.i == sentence.first \
                or tokens[token.i - 1].upos not in ("NOUN", "PROPN"):
            return False
        j = token.i + 1
        while j < sentence.last and tokens[j].upos in ("PROPN", "NOUN", "DET", "ADJ") and not self._in_quote(tokens[j]):
            j += 1
        return j < sentence.last and j > token.i + 1 and tokens[j].upos in ("AUX", "VERB")

    def _title_case(self, sentence: Sentence) -> bool:
        """A headline written in title case ("Trump Says He Will Win"), where capitals tell no names."""
        words = [t for t in self.doc.sentence_tokens(sentence) if t.text[:1].isalpha() and len(t.text) > 3]
        return len(words) >= 2 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)

    def _verb_cue(self, token: Token) -> bool:
        """Is this cue word used as a verb of speech here? Not a participle qualifying a noun ('a region
        called Artsakh', 'self-proclaimed'). A tagger's NOUN counts when the word is
        inflected, a noun or pronoun stands before it and an object or clause follows ('Trump claims that',
        'the poll shows Trump'; not 'his claims', 'the reports were')."""
        if token.start and self.text[token.start - 1] in HYPHENS:
            return False  # "self-proclaimed", "so-called": part of an adjective
        if not self.doc.has_parse or token.upos is None:  # no tags, or a paragraph in an untagged language
            return True
        sentence = self.doc.sentences[token.sent]
        previous = self.doc.tokens[token.i - 1] if token.i > sentence.first else None
        following = self.doc.tokens[token.i + 1] if token.i + 1 < sentence.last else None
        if token.upos == "PROPN" and previous is not None and previous.text[:1].isupper() and token.text[:1].isupper() \
                and not self._title_case(sentence):
            return False  # part of a name: "the United States", "Fox News Reports" in running text
        takes_object = following is not None and following.upos in ("DET", "PRON", "PROPN", "SCONJ", "NUM", "PUNCT")
        past_participle = "VerbForm=Part" in (token.feats or "") and "Tense=Past" in (token.feats or "")
        if (past_participle and (token.deprel == "acl" or previous is not None and previous.upos == "NOUN")
                and not takes_object or self._reduced_relative(token)) and not self._is_passive(token):
            return False  # "a video message posted online"; but "a poll last week showed Rubio …" is a cue
        if token.upos == "VERB":
            return True
        if self._fold(token) in self.cues.verb_forms and (previous is None or previous.upos not in ("DET", "ADP")
                                                          and "Poss=Yes" not in (previous.feats or "")):
            return True  # "42% say they …", "Carson says cut …", tagged SCONJ or NOUN; not "have a say"
        return token.upos in ("NOUN", "PROPN") and self._fold(token) != fold(token.lemma or "", self._lang) \
            and previous is not None and previous.upos in ("PROPN", "PRON", "NOUN") \
            and "Poss=Yes" not in (previous.feats or "") and takes_object \
            and not (following.upos == "PUNCT" and not self._is_quote_mark(following) and following.text != ":")

    def _is_passive(self, cue: Token) -> bool:
        """'was announced', 'has been reported': a passive auxiliary in the parse, or a form of 'be' right
        before the participle when there is no parse."""
        sentence = self.doc.sentences[cue.sent]
        previous = self.doc.tokens[cue.i - 1] if cue.i > sentence.first else None
        participle = "VerbForm=Part" in (cue.feats or "") and "Tense=Past" in (cue.feats or "") or (
            previous is not None and previous.upos == "NOUN" and self._fold(cue).endswith("ed"))
        if participle and any(self._fold(t) in self.cues.agent_prepositions for t in self.doc.tokens[cue.i + 1:min(cue.i + 3, sentence.last)]):
            return True  # "Asked by Stephanopoulos to respond, …", "the region called Artsakh by Armenians"
        if self.doc.has_parse:
            return any(child.deprel == "aux:pass" for child in self.doc.children(cue))
        return previous is not None and self._fold(previous) in self.cues.passive_auxiliaries

    def _passive(self, cue: Token) -> tuple[list[Token], tuple[int, int] | None] | None:
        """The agent of a passive cue as its source ('It was announced by the ministry that …'), and as
        content the clause after it, or else the subject ('The operation was announced by the ministry').
        None when the cue is active."""
        if not self._is_passive(cue):
            return None
        sentence = self.doc.sentences[cue.sent]
        tokens = self.doc.tokens
        by = next((t for t in tokens[cue.i + 1:min(cue.i + 4, sentence.last)] if self._fold(t) in self.cues.agent_prepositions), None)
        agent = self._run_after(by.i, sentence) if by is not None else []
        if not agent:
            return [], None  # "it was announced that …": the subject of a passive is not its speaker
        named = [t for t in tokens[cue.i + 1:by.i] if self._is_word(t)]
        if named:  # "the region called Artsakh by Armenians": the name is their word
            return agent, (named[0].start, named[-1].end)
        clause = self._content_of(cue, agent[-1].end, agent)
        if clause and self._fold(self._token_at(clause[0])) in self.cues.complementizers:
            return agent, clause
        subject = [t for t in tokens[sentence.first:cue.i] if self._is_word(t)]
        while subject and (subject[-1].upos in SKIPPABLE_BEFORE_CUE or self._fold(subject[-1]) in self.cues.passive_auxiliaries):
            subject.pop()
        return agent, (subject[0].start, subject[-1].end) if subject else None

    def _noun_cue_owner(self, phrase: list[Token]) -> list[Token]:
        """'a statement by the ministry said', 'the ministry's statement said' speak for the ministry."""
        folded = [self._fold(t) for t in phrase]
        for k, word in enumerate(folded):
            if word in self.cues.nouns:
                after = phrase[k + 1:]
                if after and self._fold(after[0]) in self.cues.owner_prepositions:
                    return after[1:]
                owner = [t for t in phrase[:k] if t.text not in ("'s", "’s", "'", "’")]
                if owner and phrase[k - 1].text in ("'s", "’s", "'", "’"):
                    return owner
        return phrase

    # -- content
    def _content_of(self, cue: Token, end_of_cue: int, source: list[Token]) -> tuple[int, int] | None:
        """The reported clause: the side of the sentence that the cue faces."""
        doc = self.doc
        sentence = doc.sentences[cue.sent]
        tokens = doc.sentence_tokens(sentence)
        after = [t for t in tokens if t.start >= end_of_cue and not (source and source[0].i <= t.i <= source[-1].i)]
        words_after = [t for t in after if self._is_word(t)]
        # ", officials said." or ", X said in a statement.": nothing (or only an adjunct) follows the cue,
        # so the content is what precedes the speaker
        first_before = min([cue.i] + [t.i for t in source if t.i < cue.i])
        faces_before = not words_after or (len(words_after) <= 4 and words_after[0].upos == "ADP")
        if faces_before and any(self._is_word(t) for t in tokens if t.i < first_before):
            parts = [t for t in tokens if t.i < first_before]
            commas = [k for k, t in enumerate(parts) if t.text == ","]
            if commas and commas[-1] > 0:  # "…, officials in Baku said": the speaker starts after the comma
                parts = parts[:commas[-1]]
        else:
            # skip what stands between the cue and its clause: "in a statement," "on Tuesday that",
            # "told reporters that", "promised Monday to …"; the complementizer belongs to the content, as
            # PARC and PolNeAR annotate it
            for k, t in enumerate(after[:CONTENT_OPENER_WINDOW]):
                opener = self._fold(t) in self.cues.complementizers or (self._fold(t) in self.cues.infinitive_markers and t.upos == "PART")
                if opener or t.text in (",", ":"):
                    skipped = after[:k]
                    if all(x.upos in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "ADV", None) or x.text == ","
                           for x in skipped) and (opener or not skipped or skipped[0].upos == "ADP"
                                                  or all(x.deprel in TEMPORAL_RELS for x in skipped)
                                                  # no tags: "teilte am Dienstag mit, dass …"
                                                  or skipped[0].upos is None and self._not_name(skipped[0])):
                        after = after[k:] if opener else after[k + 1:]
                    break
            # a relative clause set off by commas ("Barkley, who said he votes Democratic, said …") ends at
            # its closing comma, as a subordinate clause does
            relative = len(source) == 1 and self._fold(source[0]) in self.cues.relative_pronouns \
                and source[0].i > sentence.first and self.doc.tokens[source[0].i - 1].text == ","
            parts = self._clause_end(after, subordinate=relative or self._in_subordinate_clause(cue))
        parts = [t for t in parts if self._is_word(t) or self._is_quote_mark(t)]
        while parts and self._is_quote_mark(parts[-1]) and not self._in_quote(parts[-1]) \
                and parts[-1].end > parts[0].start and not any(q.end == parts[-1].end for q in self.quotes):
            parts = parts[:-1]
        if not parts:
            return None
        start, end = parts[0].start, parts[-1].end
        for quote in self.quotes:  # never cut a quote in half
            if quote.start < end < quote.end:
                end = quote.end
        return start, end

    def _lead(self, cue: Token, source: list[Token], content: tuple[int, int] | None) -> tuple[int, int] | None:
        """'Sooner or later, he said, it starts to pay off': the speaker and cue set off by commas inside
        the reported sentence, whose first piece then belongs to the content too."""
        if not source or content is None or source[-1].i > cue.i or source[0].i == self.doc.sentences[cue.sent].first:
            return None
        tokens = self.doc.tokens
        comma = tokens[source[0].i - 1]
        between = self._tokens_within(cue.end, content[0])
        if comma.text != "," or not between or between[0].text != ",":
            return None
        lead = [t for t in tokens[self.doc.sentences[cue.sent].first:comma.i] if self._is_word(t) or self._is_quote_mark(t)]
        words = [t for t in lead if self._is_word(t)]
        if not words or any(self.cues.is_verb(t) and t.upos == "VERB" for t in words):
            return None
        return lead[0].start, lead[-1].end

    def _clause_end(self, tokens: list[Token], subordinate: bool = False) -> list[Token]:
        """The reported clause stops at a semicolon or a dash, and before ', though …' or ', while …'
        (outside quotes): what follows is the outlet's again. In a subordinate clause ('As Trump lamented
        illegal immigration, Clinton …') it stops at the first comma."""
        for k, t in enumerate(tokens):
            if self._in_quote(t) or k == 0:
                continue
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if t.text in (";", "—", "–") or (t.text == "-" and not self._glued(t)) or (t.text == "," and (
                    subordinate or nxt is not None and self._fold(nxt) in self.cues.concessives)):
                return tokens[:k]
        return tokens

    def _in_subordinate_clause(self, cue: Token) -> bool:
        """Does the sentence open with a subordinator ('As', 'When', 'After') whose clause holds the cue?"""
        sentence = self.doc.sentences[cue.sent]
        first = self.doc.tokens[sentence.first]
        return first.i < cue.i and (first.upos == "SCONJ" or first.deprel == "mark") and not any(
            t.text == "," for t in self.doc.tokens[sentence.first:cue.i])

    # -- all cues of the article
    def _find_cues(self) -> list[_Cue]:
        found: list[_Cue] = []
        for sentence in self.doc.sentences:
            if not self.article.is_boilerplate(sentence.start):
                with self._reading(sentence) as cues:
                    found += self._cues_in(sentence, cues)
        return found + self._verbs_framing_quotes({c.token.i for c in found})

    def _cues_in(self, sentence: Sentence, cues: CueLexicon) -> list[_Cue]:
        doc = self.doc
        found: list[_Cue] = []
        tokens = doc.sentence_tokens(sentence)
        # compared piece by piece: "d'après" is one surface token and two pieces
        pieces_of = [token_pieces(t.text, self._lang) for t in tokens]
        for k, token in enumerate(tokens):
            if self._in_quote(token):
                continue
            for pieces in cues.source_prepositions:  # "according to X": the source follows
                if n := self._phrase_at(pieces_of, k, pieces):
                    source = self._prepositional_source(tokens, k + n)
                    if source:
                        # the side of the sentence away from the cue: "Y, according to X" or "According to X, Y"
                        rest = [t for t in tokens if self._is_word(t) and t.i < token.i] or \
                               [t for t in tokens if self._is_word(t) and t.i > source[-1].i]
                        if not rest and source[-1].upos is None:
                            source, rest = self._surface_source_after(tokens, k + n)
                        content = (rest[0].start, rest[-1].end) if rest else None
                        if source:
                            found.append(_Cue(token, (token.start, tokens[k + n - 1].end), source, content,
                                              "preposition"))
            for pieces in cues.source_postpositions:  # "X'e göre": the source precedes
                if k > 0 and (n := self._phrase_at(pieces_of, k, pieces)):
                    source = self._postpositional_source(tokens, k)
                    if source:
                        rest = [t for t in tokens[k + n:] if self._is_word(t)]
                        content = (rest[0].start, rest[-1].end) if rest else None
                        found.append(_Cue(token, (token.start, tokens[k + n - 1].end), source, content,
                                          "preposition"))
            key = cues.verb_key(token)
            if key is None or not self._verb_cue(token):
                continue
            end_of_cue = token.end
            after = k + 1
            while after < len(tokens) and self._surface_skippable(tokens[after]) and not self._in_quote(tokens[after]):
                end_of_cue = tokens[after].end  # "հայտարարել է, որ": the auxiliary after the participle
                after += 1
            if key in cues.needs_particle:
                particle = next((t for t in tokens[k + 1:k + 4] if self._fold(t) in cues.needs_particle[key]), None)
                if particle is None:
                    continue
                end_of_cue = particle.end
            passive = self._passive(token)
            # no tags: "Как заявил X, …", "Comme l'a déclaré X, …"
            parenthetical = self._as_clause(token) if passive is None else None
            if passive is not None:
                source, content = passive
            elif parenthetical is not None:
                source, content, lead = parenthetical
            else:
                source = self._source_of(token)
                content = self._verb_final_content(token, source) or self._content_of(token, end_of_cue, source)
                if self._takes_preposition(token, content):
                    # "called for an end to …", "said of Trump": the preposition is part of the cue
                    end_of_cue = doc.tokens[token.i + 1].end
                    content = self._content_of(token, end_of_cue, source)
            found.append(_Cue(token, (self._cue_start(token, source), end_of_cue), source, content, "verb",
                              lead=lead if parenthetical is not None else self._lead(token, source, content)))
        colon = self._colon_statement(tokens)
        if colon:
            found.append(colon)
        return found

    def _verbs_framing_quotes(self, known: set[int]) -> list[_Cue]:
        """'"…," he continued.', '"…," Trump joked.': a verb right after a quote, with its subject and
        nothing more in the sentence, speaks the quote, in the cue lexicon or not. Needs tags."""
        found = []
        tokens = self.doc.tokens
        for quote in self.quotes:
            last = self._token_at(quote.end - 1)
            if last is None or not self.doc.has_parse:
                continue
            sentence = self.doc.sentences[last.sent]
            rest = [t for t in tokens[last.i + 1:sentence.last] if self._is_word(t)]
            verbs = [k for k, t in enumerate(rest[:4]) if t.upos == "VERB"]
            if not verbs or rest[verbs[0]].i in known or self._in_quote(rest[verbs[0]]):
                continue
            k = verbs[0]
            verb, before, after = rest[k], rest[:k], rest[k + 1:]
            subject = before or after[:3]
            if not subject or not any(t.upos in ("PRON", "PROPN") for t in subject) or len(after) > (4 if before else 3):
                continue
            if after and before and after[0].upos != "ADP":
                continue
            found.append(_Cue(verb, (self._cue_start(verb, before), verb.end), before or after, None, "verb"))
        return found

    def _prepositional_source(self, tokens: list[Token], k: int) -> list[Token]:
        """The object of "according to": up to the clause's end, or to the sentence's end when nothing
        else follows ("…, according to data released Friday by state regulators.")."""
        source = []
        for t in tokens[k:]:
            if t.text in CLAUSE_MARKS or self._is_quote_mark(t) or (t.upos in ("VERB", "AUX") and source):
                break
            source.append(t)
        words = [t for t in source if self._is_word(t)]
        rest = tokens[k + len(source):]
        if words and rest and rest[0].upos == "VERB" and not any(t.text in (",", ";", ":") or self._is_quote_mark(t)
                                                                  for t in rest):
            words += [t for t in rest if self._is_word(t)]
        return words[:SOURCE_MAX_TOKENS]

    def _postpositional_source(self, tokens: list[Token], k: int) -> list[Token]:
        source = []
        for t in reversed(tokens[:k]):
            if t.text in CLAUSE_MARKS or self._is_quote_mark(t) or len(source) >= 6:
                break
            source.insert(0, t)
        return [t for t in source if self._is_word(t)]

    def _name_like(self, head: list[Token]) -> bool:
        """Is a phrase before a colon a speaker's name ('Sen. John McCain:'), not an interview's 'Q:', a
        label ('The Latest:', 'Still to come:') or an opening clause? Read from tags, where there are tags."""
        if not self.doc.has_parse or any(t.upos is None for t in head):
            return True
        return len(head[0].text) > 1 and head[0].upos != "DET" and any(t.upos == "PROPN" for t in head) \
            and all(t.text[:1].isupper() or t.upos in ("ADP", "PART") or t.text in ("'s", "’s") for t in head) \
            and not any(t.upos in ("VERB", "AUX", "ADV", "INTJ", "PRON", "SCONJ", "CCONJ") for t in head)

    def _colon_statement(self, tokens: list[Token]) -> _Cue | None:
        """'Pashinyan: "We will not..."' — a short capitalised name, a colon, then the statement."""
        for k, token in enumerate(tokens[:7]):
            if token.text == ":":
                head = [t for t in tokens[:k] if self._is_word(t)]
                rest = [t for t in tokens[k + 1:] if self._is_word(t)]
                if (head and rest and len(head) <= 6 and head[0].text[:1].isupper()
                        and not any(self.cues.is_verb(t) for t in head) and self._name_like(head)
                        and not self.article.in_headline(token.start)):
                    return _Cue(token, (token.start, token.end), head, (rest[0].start, rest[-1].end), "colon")
                return None
        return None

    # -- speakers
    def _named_subjects(self) -> list[_Referent]:
        """Names in subject position outside quotes ('Pashinyan spoke later.'): what a later 'he' or 'it'
        may refer to even when it said nothing itself. Needs a parse to tell subjects."""
        if not self.doc.has_parse:
            return []
        found = []
        for sentence in self.doc.sentences:
            subjects = [t for t in self.doc.sentence_tokens(sentence)
                        if t.upos == "PROPN" and t.deprel in ("nsubj", "nsubj:pass") and not self._in_quote(t)]
            if subjects:
                with self._reading(sentence):  # an English paragraph of a Russian article: English names
                    for token in subjects:
                        phrase = self._np_around(token)
                        speaker = self.speakers.lookup(self._words(phrase))
                        found.append(_Referent(phrase[0].start, speaker, tuple(self._fold(t) for t in phrase)))
        return found

    def _words(self, tokens: list[Token]) -> list[str]:
        """The words as written: tokens with nothing between them are one word ("Holtz-Eakin", "Rubio's")."""
        words: list[str] = []
        for k, token in enumerate(tokens):
            if k and tokens[k - 1].end == token.start:
                words[-1] += token.text
            else:
                words.append(token.text)
        return words

    def _nucleus(self, source: list[Token]) -> list[Token]:
        """The part of a source phrase that names the speaker: 'Geoff Garin' of 'Geoff Garin, a pollster
        who advises Clinton,', so that the name looked up is not the name of somebody else in it."""
        for k, token in enumerate(source[1:], start=1):
            if token.text in NUCLEUS_ENDS or self._fold(token) in self.cues.relative_pronouns:
                return source[:k]
        return source

    def _resolve(self, source: list[Token], referents: list[_Referent]) -> Speaker | None:
        """The speaker a source phrase names; pronouns, role nouns ('the ministry') and surnames alone
        are resolved to the nearest compatible referent before them."""
        if len(source) == 1 and self._fold(source[0]) in self.cues.relative_pronouns:
            # "Cruz, who has proposed …": the phrase the relative clause hangs on
            k = source[0].i - (1 if source[0].i and self.doc.tokens[source[0].i - 1].text == "," else 0)
            source = self._run_before(k, self.doc.sentences[source[0].sent]) or source
        source = self._nucleus(source)
        if not source:
            return None
        words = self._words(source)
        folded = [fold(w, self._lang) for w in words]
        content_words = [w for w in folded if not self.speakers.is_determiner(w)]
        # nearest first, read lazily: most pronouns stop at the first referent or two
        first = bisect_left(referents, source[0].start, key=lambda r: r.offset)
        earlier = (referents[k] for k in range(first - 1, -1, -1))
        pronoun_kind = self.cues.pronouns.get(folded[0]) if len(source) == 1 else None
        if pronoun_kind:
            return next((r.speaker for r in earlier if _fits(r.speaker, pronoun_kind)), None)
        if len(content_words) == 1 and content_words[0] in self.cues.role_nouns:
            role = content_words[0]
            # "the minister" is the speaker last called a minister, else the last person; "the ministry"
            # the last institution called so, else the last one that is not a person
            kind = "person" if role in self.cues.titles else "group"
            earlier = list(earlier)
            named = next((r.speaker for r in earlier if role in r.words and _fits(r.speaker, kind)), None)
            return named or next((r.speaker for r in earlier if r.speaker.kind == kind or (
                kind == "group" and r.speaker.kind in GROUP_KINDS)), None) or self.speakers.lookup(words)
        speaker = self.speakers.lookup(words)
        if len(speaker.name.split()) == 1:
            # a surname alone: the full name of an earlier speaker ending with it
            for previous in earlier:
                if previous.speaker.name != speaker.name and previous.speaker.name.split()[-1:] == [speaker.name]:
                    return previous.speaker
        return speaker

    # -- without tags: the speaker's phrase read from the cue lexicon's words and the language's traits
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
                    self._foreign[lang] = (cues, self._own[1].for_language(lang, cues.titles, cues.role_nouns,
                                                                          cues.determiners))
                self.cues, self.speakers = self._foreign[lang]
            self._lang = lang
        try:
            yield self.cues
        finally:
            self.cues, self.speakers, self._lang = saved

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

    def _surface_skippable(self, token: Token) -> bool:
        """An untagged auxiliary or adverb of the cue lexicon, between a speaker and the verb."""
        return token.upos is None and self._fold(token) in self.cues.auxiliaries

    def _word_before_cue(self, cue: Token, sentence: Sentence) -> Token | None:
        j = cue.i - 1
        while j >= sentence.first and self._surface_skippable(self.doc.tokens[j]):
            j -= 1  # "», a déclaré X": the speaker after the cue still closes the clause
        if j < sentence.first or self._in_quote(self.doc.tokens[j]):
            return None  # 'istiyoruz" dedi Aliyev': the quote's last word, its mark glued on
        return self.doc.tokens[j]

    def _next_in_sentence(self, token: Token) -> Token | None:
        sentence = self.doc.sentences[token.sent]
        return self.doc.tokens[token.i + 1] if token.i + 1 < sentence.last else None

    def _surface_np_word(self, token: Token, depth: int = 0) -> bool:
        """Can an untagged word be part of a speaker's noun phrase? A capitalised word, a title or role noun
        ("le Premier ministre arménien", "վարչապետ"), an elided article before such a word (l'ONU), an
        article or link followed by such a word ("de la Défense"), and, where nouns are capitalised, an
        adjective between an article and its noun."""
        if not self._is_word(token) or self._in_quote(token):
            return False
        word = self._fold(token)
        if depth < 3 and self._in_distancing_before_name(token, depth):
            return True  # "du soi-disant Artsakh", "так называемой НКР": the marker is part of the phrase
        if self._not_name(token):
            return False  # "Как заявил …", "hat am Montag erklärt"
        if token.text[:1].isupper() or word in self.cues.titles or word in self.cues.role_nouns:
            return True
        compound = fold(self._hyphen_compound(token), self._lang)
        if compound != word and (compound in self.cues.titles or compound in self.cues.role_nouns):
            return True  # "porte-parole", split at its hyphen by the tokenizer
        rest = self._after_elided_article(token)
        if rest is not None:
            return rest[:1].isupper() or fold(rest, self._lang) in self.cues.titles \
                or fold(rest, self._lang) in self.cues.role_nouns
        if word in self.cues.determiners:
            following = self._next_in_sentence(token)
            return following is not None and depth < 3 and self._surface_np_word(following, depth + 1)
        return self.cues.nouns_capitalized and self._adjective_before_noun(token)

    def _in_distancing_before_name(self, token: Token, depth: int = 0) -> bool:
        """Is the token a piece of a distancing marker (the lexicon's `distancing`) that a word of a
        speaker's phrase follows: "Les autorités du soi-disant Artsakh", "Власти так называемой НКР"?"""
        if not self.cues.distancing:
            return False
        tokens, sentence = self.doc.tokens, self.doc.sentences[token.sent]
        window = tokens[max(sentence.first, token.i - 4):min(sentence.last, token.i + 5)]
        pieces = [(piece, t) for t in window for piece in token_pieces(t.text, self._lang)]
        for k in range(len(pieces)):
            for marker in self.cues.distancing_by_first.get(pieces[k][0], ()):
                if tuple(p for p, _ in pieces[k:k + len(marker)]) != marker:
                    continue
                first, last = pieces[k][1], pieces[k + len(marker) - 1][1]
                if first.i <= token.i <= last.i:
                    following = self._next_in_sentence(last)
                    return following is not None and self._surface_np_word(following, depth + 1)
        return False

    def _hyphen_compound(self, token: Token) -> str:
        """The whole word a token is a piece of, where the tokenizer split it at hyphens."""
        tokens, sentence = self.doc.tokens, self.doc.sentences[token.sent]
        first = last = token.i
        while first - 2 >= sentence.first and tokens[first - 1].text in HYPHENS and self._glued(tokens[first - 1]):
            first -= 2
        while last + 2 < sentence.last and tokens[last + 1].text in HYPHENS and self._glued(tokens[last + 1]):
            last += 2
        return self.text[tokens[first].start:tokens[last].end]

    def _after_elided_article(self, token: Token) -> str | None:
        """'l'ONU' → 'ONU' where "l'" is an article of the language (any apostrophe)."""
        pieces = piece_spans(token.text, self._lang)
        if len(pieces) < 2 or not self.cues.determiners.exact:
            return None
        first_end = pieces[0][1]
        elided = fold(token.text[:first_end + 1], self._lang)
        return token.text[pieces[1][0]:] if elided in self.cues.determiners else None

    def _adjective_before_noun(self, token: Token) -> bool:
        """'dem zuständigen Ministerium': lowercase words between an article and a capitalised noun."""
        tokens, sentence = self.doc.tokens, self.doc.sentences[token.sent]
        j = token.i - 1
        while j >= sentence.first and token.i - j <= SURFACE_ADJECTIVES_MAX and tokens[j].text.islower() \
                and self._fold(tokens[j]) not in self.cues.determiners and not self.cues.is_verb(tokens[j]):
            j -= 1
        if j < sentence.first or self._fold(tokens[j]) not in self.cues.determiners:
            return False
        k = token.i + 1
        while k < sentence.last and k - token.i <= SURFACE_ADJECTIVES_MAX and tokens[k].text.islower() \
                and not self.cues.is_verb(tokens[k]):
            k += 1
        return k < sentence.last and tokens[k].text[:1].isupper() and self._is_word(tokens[k])

    def _surface_run(self, tokens: list[Token], limit: int | None = None) -> list[Token]:
        """The words of a speaker's phrase that open `tokens`, without tags: phrase words and the hyphens
        glued inside them, at most `limit`, ending on a word."""
        run: list[Token] = []
        for t in tokens:
            if (limit is not None and len(run) >= limit) \
                    or not (self._surface_np_word(t) or (t.text in HYPHENS and self._glued(t) and run)):
                break
            run.append(t)
        while run and not self._is_word(run[-1]):
            run.pop()
        return run

    def _surface_source_after(self, tokens: list[Token], k: int) -> tuple[list[Token], list[Token]]:
        """'Laut dem aserbaidschanischen Verteidigungsministerium waren die … beendet': with no comma and
        no tags, the source is the noun phrase after the preposition, and the clause goes on after it.
        (source, the words after it); both empty when no phrase stands there."""
        source = self._surface_run(tokens[k:])
        rest = [t for t in tokens if self._is_word(t) and source and t.i > source[-1].i]
        return (source, rest) if source and rest else ([], [])

    def _clause_opener(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Azerbaycan Cumhurbaşkanı İlham Aliyev, "…" dedi.': where the verb closes the clause, the
        speaker is the noun phrase that opens it, set off by a comma."""
        if not self.cues.verb_final or not self._closes_clause(cue):
            return []
        run = []
        for t in self.doc.tokens[sentence.first:cue.i]:
            if t.text == ",":
                break
            if not self._np_like(t, None) or len(run) >= 10:
                return self._name_opening(run)
            run.append(t)
        else:
            return []
        # every sentence opens with a capital: more than that must say that this is somebody
        evidence = any(self._fold(t) in self.cues.titles or self._fold(t) in self.cues.role_nouns for t in run) \
            or any(t.text[:1].isupper() for t in run[1:]) or self.speakers.lookup(self._words(run)).group is not None
        return run if run and evidence else []

    def _name_opening(self, run: list[Token]) -> list[Token]:
        """'İlham Aliyev dün yaptığı açıklamada … açıkladı.': with no comma, the words that open a clause
        closed by the cue are its speaker only where they name somebody: a known person, or two capitalised
        words (titles between them), the last without a case ending ("Karabağ'da" is a place, not a subject)."""
        while run and not self._is_word(run[-1]):
            run = run[:-1]
        if not run or len(token_pieces(run[-1].text, self._lang)) != 1:
            return []
        if len(run) == 1 and self.speakers.lookup(self._words(run)).kind == "person":
            return run  # "Aliyev …"; not a people or a place alone: "Ermeni askerler …" is more than "Ermeni"
        capitalised = [t for t in run if t.text[:1].isupper() and not self._not_name(t)]
        named = all(t in capitalised or self._fold(t) in self.cues.titles or self._fold(t) in self.cues.role_nouns
                    for t in run)
        return run if named and len(capitalised) >= 2 else []

    def _closes_clause(self, cue: Token) -> bool:
        following = self._next_in_sentence(cue)
        return following is None or (not self._is_word(following) and following.text not in HYPHENS)

    def _verb_final_content(self, cue: Token, source: list[Token]) -> tuple[int, int] | None:
        """'X, Dağlık Karabağ'da … yapıldığını söyledi': the content stands between the speaker that opens
        the clause and the verb that closes it."""
        if not self.cues.verb_final or not source or source[-1].i >= cue.i or not self._closes_clause(cue):
            return None
        between = [t for t in self.doc.tokens[source[-1].i + 1:cue.i]
                   if self._is_word(t) or self._is_quote_mark(t)]
        if not any(self._is_word(t) for t in between):
            return None
        return between[0].start, between[-1].end

    # -- without tags: function words, time and place phrases, "as" clauses, dropped subjects, referents
    def _not_name(self, token: Token) -> bool:
        """A word that never names a speaker, even with a capital at the start of a sentence: "Как",
        "Comme", "Wie", a complementizer, a time word ("Montag") or a preposition of an adjunct ("Am")."""
        return self._fold(token) in self.cues.never_names

    def _time_filler(self, token: Token) -> bool:
        """A word inside a time phrase before its time word: a number, an article, an adjective
        ("am vergangenen Montag", "на прошлой неделе", "le 3 octobre")."""
        if self._in_quote(token) or self._surface_skippable(token):
            return False
        word = self._fold(token)
        if token.text.isdigit() or token.text == "." or word in self.cues.determiners:
            return True
        return token.text.islower() and not self.cues.is_verb(token) and word not in self.cues.titles \
            and word not in self.cues.role_nouns and word not in self.cues.pronouns \
            and word not in self.cues.adjunct_prepositions

    def _time_phrase_before(self, j: int, sentence: Sentence) -> int:
        """Where tokens[j] ends a time phrase ("Montag", "am vergangenen Montag", "в понедельник", "20
        сентября"), the index before the phrase; else j."""
        tokens, first = self.doc.tokens, sentence.first
        if self._in_quote(tokens[j]) or self._fold(tokens[j]) not in self.cues.time_words:
            return j
        k = j - 1
        while k >= first and not self._in_quote(tokens[k]) and (
                tokens[k].text.isdigit() or tokens[k].text == "." or self._fold(tokens[k]) in self.cues.time_words):
            k -= 1  # "20 сентября", "вчера вечером", "Montag."
        m = k
        while m >= first and k - m < SURFACE_ADJECTIVES_MAX and self._time_filler(tokens[m]):
            m -= 1
        if m >= first and not self._in_quote(tokens[m]) and self._fold(tokens[m]) in self.cues.adjunct_prepositions:
            return m - 1  # its preposition, with its article and adjectives: "am vergangenen Montag"
        return k

    def _adjunct_phrase_before(self, j: int, sentence: Sentence) -> tuple[int, bool] | None:
        """A phrase that an adjunct preposition opens and tokens[j] ends ("in Baku", "на брифинге",
        "gegenüber der Presse"): the index before it, and whether its words could name somebody (a
        speaker's phrase may go on with it: "Представитель МИД в Баку"). None where there is none."""
        tokens, first = self.doc.tokens, sentence.first
        m = j
        while m >= first and j - m < 4 and not self._in_quote(tokens[m]) \
                and (self._is_word(tokens[m]) or tokens[m].text in HYPHENS and self._glued(tokens[m])) \
                and self._fold(tokens[m]) not in self.cues.adjunct_prepositions \
                and not self._surface_skippable(tokens[m]) and not self.cues.is_verb(tokens[m]) \
                and self._fold(tokens[m]) not in self.cues.pronouns:
            m -= 1
        if m == j or m < first or self._in_quote(tokens[m]) or self._fold(tokens[m]) not in self.cues.adjunct_prepositions:
            return None
        return m - 1, any(self._surface_np_word(t) for t in tokens[m + 1:j + 1])

    def _skip_adjuncts_before(self, j: int, sentence: Sentence) -> int:
        """'Die Regierung hat am Montag erklärt', 'Песков в понедельник на брифинге заявил': time phrases
        and prepositional phrases between the speaker and the cue are none of the speaker's. All of them are
        skipped where an auxiliary stands before them; otherwise those nearest the cue, up to one whose
        words could name somebody ("Представитель МИД в Баку заявил": the place is part of the phrase)."""
        tokens, start = self.doc.tokens, j
        chain: list[tuple[int, bool]] = []
        while j >= sentence.first and tokens[j].upos is None and not self._in_quote(tokens[j]):
            before = self._time_phrase_before(j, sentence)
            if before != j:
                chain.append((before, False))
                j = before
                continue
            phrase = self._adjunct_phrase_before(j, sentence)
            if phrase is None:
                break
            chain.append(phrase)
            j = phrase[0]
        if not chain:
            return start
        if j >= sentence.first and self._surface_skippable(tokens[j]):
            return j
        end = start
        for before, names in chain:
            if names:
                break
            end = before
        return end

    def _skip_time_after(self, j: int, sentence: Sentence) -> int:
        """'— заявил в понедельник Песков', 'a déclaré lundi le Premier ministre', 'sagte am Montag der
        Sprecher': the index after the time phrases that start at token j."""
        tokens = self.doc.tokens
        while j < sentence.last and tokens[j].upos is None and not self._in_quote(tokens[j]):
            word = self._fold(tokens[j])
            opened = word in self.cues.adjunct_prepositions
            if not (opened or word in self.cues.time_words or word in self.cues.determiners or tokens[j].text.isdigit()):
                break
            k = j + (1 if opened else 0)
            while k < sentence.last and k - j <= SURFACE_ADJECTIVES_MAX and self._fold(tokens[k]) not in self.cues.time_words \
                    and (self._time_filler(tokens[k]) if opened else
                         tokens[k].text.isdigit() or self._fold(tokens[k]) in self.cues.determiners):
                k += 1
            if k >= sentence.last or self._in_quote(tokens[k]) or self._fold(tokens[k]) not in self.cues.time_words:
                break
            j = k + 1
        return j

    def _as_clause(self, cue: Token) -> tuple[list[Token], tuple[int, int] | None, tuple[int, int] | None] | None:
        """'Как заявил министр иностранных дел Армении Арарат Мирзоян, переговоры продолжаются', 'Comme l'a
        déclaré X, …', 'Ситуация, как отметила Захарова, остаётся напряжённой': an "as" clause set off by
        commas. Its speaker is the phrase after the cue up to the comma, its content the rest of the
        sentence, with the piece before the clause as a lead. (source, content, lead), or None."""
        if cue.upos is not None or not self.cues.as_openers.exact:
            return None
        tokens, sentence = self.doc.tokens, self.doc.sentences[cue.sent]
        j = cue.i - 1
        while j >= sentence.first and self._surface_skippable(tokens[j]) and not self._in_quote(tokens[j]):
            j -= 1
        if j < sentence.first or self._in_quote(tokens[j]) or self._fold(tokens[j]) not in self.cues.as_openers:
            return None
        opener = tokens[j]
        if opener.i > sentence.first and tokens[opener.i - 1].text not in (",", "—", "–", "(") \
                and not self._is_quote_mark(tokens[opener.i - 1]):
            return None
        k = cue.i + 1
        while k < sentence.last and self._surface_skippable(tokens[k]) and not self._in_quote(tokens[k]):
            k += 1  # "Ինչպես հայտարարել է …": the auxiliary after the participle
        source = []
        while k < sentence.last and tokens[k].text not in CLAUSE_MARKS and tokens[k].text not in ("—", "–", ")") \
                and not self._is_quote_mark(tokens[k]) and not self._in_quote(tokens[k]):
            source.append(tokens[k])
            k += 1
        # "как подчеркнули в Минобороны", "как заявил в понедельник Песков": the phrase that names somebody
        while source and not self._surface_np_word(source[0]) and self._fold(source[0]) not in self.cues.pronouns:
            source.pop(0)
        source = [t for t in source if self._is_word(t) or t.text in HYPHENS and self._glued(t)]
        rest = [t for t in tokens[k + 1:sentence.last] if self._is_word(t) or self._is_quote_mark(t)]
        before = [t for t in tokens[sentence.first:opener.i - 1] if self._is_word(t) or self._is_quote_mark(t)] \
            if opener.i > sentence.first else []
        content = (rest[0].start, rest[-1].end) if any(self._is_word(t) for t in rest) else None
        lead = (before[0].start, before[-1].end) if any(self._is_word(t) for t in before) else None
        if content is None:
            content, lead = lead, None  # "…, как заявил Песков."
        return source, content, lead

    def _dropped_subject(self, cue: _Cue, earlier: list[_Cue]) -> Speaker | None:
        """'Bölgede barış olacak, dedi.', '… bildirib.': where the verb closes the clause and the language
        drops its subject, a cue with no subject speaks for the speaker of the nearest attribution in the
        sentences before (as a floating quote does), and its content is all the clause before it; with
        none that close, nobody."""
        token = cue.token
        if cue.kind != "verb" or token.upos is not None or not self.cues.verb_final or cue.content is None \
                or not self._closes_clause(token):
            return None
        # a subject this reading missed ('Sözde "Artsakh" yönetimi, … duyurdu'): the clause's opening
        # phrase (up to a comma that does not close the clause right before the verb) names somebody
        tokens = self.doc.tokens[self.doc.sentences[token.sent].first:token.i]
        commas = [k for k, t in enumerate(tokens) if t.text == "," and not self._in_quote(t)]
        opening = [] if commas and commas[0] == len(tokens) - 1 else tokens[:commas[0]] if commas else tokens
        opening = [t for t in opening if self._is_word(t) and not self._in_quote(t)]
        if any(self._fold(t) in self.cues.titles or self._fold(t) in self.cues.role_nouns
               or k and t.text[:1].isupper() for k, t in enumerate(opening)) \
                or opening and self.speakers.lookup(self._words(opening)).group is not None:
            return None
        for other in reversed(earlier):
            if token.sent - other.token.sent > FLOATING_MAX_SENTENCES:
                return None
            if other.speaker is not None:
                words = [t for t in self.doc.tokens[self.doc.sentences[token.sent].first:token.i]
                         if self._is_word(t) or self._is_quote_mark(t)]
                if any(self._is_word(t) for t in words) and not cue.quoted:
                    cue.content = (words[0].start, words[-1].end)
                return other.speaker
        return None

    def _surface_subjects(self) -> list[_Referent]:
        """Without a parse: the noun phrase that opens a sentence ('Nikol Pachinian a parlé lundi.'), after
        a time or place phrase set off by a comma ('Lundi, le ministre …'), when it names somebody (a known
        speaker, a person's full name, a title or role noun): what a later 'a-t-il déclaré' or 'selon lui'
        may refer to, as `_named_subjects` finds with a parse."""
        found = []
        for sentence in self.doc.sentences:
            tokens = self.doc.sentence_tokens(sentence)
            if tokens and tokens[0].upos is None and not self.article.is_boilerplate(sentence.start):
                with self._reading(sentence):
                    found += self._opening_referent(tokens)
        return found

    def _opening_referent(self, tokens: list[Token]) -> list[_Referent]:
        k = 0
        comma = next((i for i, t in enumerate(tokens[:8]) if t.text == ","), None)
        if comma and (self._fold(tokens[0]) in self.cues.time_words or self._fold(tokens[0]) in self.cues.adjunct_prepositions):
            k = comma + 1
        run = self._surface_run(tokens[k:], limit=10)
        folded = tuple(self._fold(t) for t in run)
        if not run or all(w in self.cues.determiners for w in folded):
            return []
        speaker = self.speakers.lookup(self._words(run))
        if speaker.group is not None or speaker.kind == "person" \
                or any(w in self.cues.titles or w in self.cues.role_nouns for w in folded):
            return [_Referent(run[0].start, speaker, folded)]
        return []

    # -- the whole map
    def build(self) -> VoiceMap:
        text = self.text
        spans = [s for s in paragraphs(text, self.article.body_start, len(text))
                 if not self.article.is_boilerplate(s[0])]
        outer = self._index_quotes(find_quotes(text, spans))
        cues = sorted(self._find_cues(), key=lambda c: c.token.start)
        self._cue_starts = [c.token.start for c in cues]
        # without a parse, the phrases that open sentences stand in for named subjects
        referents = sorted(self._named_subjects() + self._surface_subjects(), key=lambda r: r.offset)
        for k, cue in enumerate(cues):
            with self._reading(self.doc.sentences[cue.token.sent]):
                if not cue.source and k and cues[k - 1].token.sent == cue.token.sent and cues[k - 1].source \
                        and self._coordinated(cue.token):
                    cue.source = cues[k - 1].source  # "X urged … and called for …", "X said …, adding …": one speaker
                cue.speaker = self._resolve(cue.source, referents)
                if cue.speaker is not None:
                    insort(referents, _Referent(cue.source[0].start, cue.speaker,
                                                tuple(self._fold(t) for t in cue.source)), key=lambda r: r.offset)
                elif not cue.source:  # no tags: "…, dedi." with its subject dropped
                    cue.speaker = self._dropped_subject(cue, cues[:k])
        voice = VoiceMap(quotes=list(self.quotes))
        by_cue: dict[int, Attribution] = {}
        floating = [q for q in outer if not self._place_quote(q, cues, voice, by_cue)]
        outer_ids = {id(q) for q in outer}
        for quote in self.quotes:
            if id(quote) not in outer_ids and self._is_short(quote):  # a word held at a distance inside a quote
                voice.distancing.append(Distancing(quote.start, quote.end, "scare quotes"))
        for cue in cues:
            if cue.quoted or cue.content is None or not (cue.source or cue.speaker):
                continue
            with self._reading(self.doc.sentences[cue.token.sent]):  # a paragraph in another language: its complementizers
                content = self._cut_before_next_cue(cue, cues)
            if content is None or self._within_one_quote(*content):
                continue
            attribution = self._attribution("reported", content, cue)
            if cue.lead is not None:  # the sentence's first piece, before "he said,"
                attribution.content, attribution.continuation = Span.of(self.text, *cue.lead), [attribution.content]
            voice.attributions.append(attribution)
        self._float(floating, voice, cues)
        voice.attributions.sort(key=lambda a: (a.content.start, a.content.end))
        voice.distancing.extend(self._distancing_markers())
        return voice

    def _within_one_quote(self, start: int, end: int) -> bool:
        k = bisect_right(self._outer_starts, start) - 1
        return k >= 0 and end <= self._outer[k].end

    def _cut_before_next_cue(self, cue: _Cue, cues: list[_Cue]) -> tuple[int, int] | None:
        """A reported clause ends where a coordinated attribution begins: "X said Y, adding that Z",
        "X said Y, and Z said W". (One inside it, "X said Y found Z", stays nested in it.)"""
        start, end = cue.content
        if cue.kind != "verb":
            return cue.content  # "According to a statement, …, Macron urged …": all of it
        sentence = self.doc.sentences[cue.token.sent]
        for other in self._cues_within(cues, cue.token.start + 1, sentence.end):
            if not other.source or other.content is None:
                continue
            begin = min([other.token.start] + [t.start for t in other.source if t.start > start])
            joint = self._tokens_within(start, begin)[-2:]  # ", and", ", adding", ", though he added"
            if start < begin < end and any(t.text in (",", ";", "—", "–") or t.upos == "CCONJ" for t in joint):
                end = begin
        words = self._tokens_within(start, end)
        while words and (not self._is_word(words[-1]) or words[-1].upos in ("CCONJ", "SCONJ")
                         or self._fold(words[-1]) in self.cues.complementizers
                         or words[-1].upos is None and self._fold(words[-1]) in self.cues.coordinators):
            words.pop()
        return (start, words[-1].end) if words else None

    # -- quotes
    def _attribution(self, kind, content, cue: _Cue | None, speaker: Speaker | None = None,
                     source: Span | None = None) -> Attribution:
        text = self.text
        if cue is not None:
            speaker = cue.speaker
            source = Span.of(text, cue.source[0].start, cue.source[-1].end) if cue.source else None
        first = self._token_at(content[0])
        return Attribution(
            kind=kind,
            content=Span.of(text, *content),
            source=source,
            cue=Span.of(text, *cue.span) if cue else None,
            speaker=speaker.name if speaker else None,
            speaker_group=speaker.group if speaker else None,
            sentence=first.sent if first else 0,
            speaker_kind=speaker.kind if speaker else "unknown",
        )

    def _quote_words(self, quote: Quote) -> list[Token]:
        return [t for t in self._quote_tokens(quote) if self._is_word(t)]

    def _sentences_of(self, start: int, end: int) -> list[Sentence]:
        sentences = self.doc.sentences
        k = max(0, bisect_right(self._sentence_starts, start) - 1)
        found = []
        while k < len(sentences) and sentences[k].start < end:
            if start < sentences[k].end:
                found.append(sentences[k])
            k += 1
        return found

    def _cues_within(self, cues: list[_Cue], start: int, end: int) -> list[_Cue]:
        """The cues whose word lies in [start, end) (cues sorted by position)."""
        return cues[bisect_left(self._cue_starts, start):bisect_left(self._cue_starts, end)]

    def _frames(self, quote: Quote, cue: _Cue) -> bool:
        """Does the cue frame the whole quote: '"…," Blinken said', 'Blinken said: "…"', 'said Blinken'?
        Between them there may be only punctuation, the speaker, the cue and adverbs or auxiliaries."""
        sentences = self._sentences_of(quote.start, quote.end)
        if cue.token.start >= quote.end:
            start, end = quote.end, cue.token.start
            outside = (sentences[0].start, quote.start)     # nothing of the sentence before the quote
        elif cue.span[1] <= quote.start:
            start, end = cue.span[1], quote.start
            outside = (quote.end, sentences[-1].end)        # nothing of the sentence after it
        else:
            return False
        skip = {t.i for t in cue.source}
        if any(self._is_word(t) and t.i not in skip for t in self._tokens_within(*outside)):
            return False  # a partial quote inside a longer clause: "urged "an immediate …" to find …"
        for t in self._tokens_within(start, end):
            if t.i not in skip and self._is_word(t):
                if t.upos in SKIPPABLE_BEFORE_CUE or self._surface_skippable(t) \
                        or self._fold(t) in self.cues.complementizers:
                    continue
                return False
        return True

    def _words_beside(self, content: tuple[int, int], quote: Quote) -> bool:
        """Has the content words outside the quote ('urged "an immediate …"', 'said it was "…"')?"""
        return any(self._is_word(t) and not quote.start <= t.start < quote.end for t in self._tokens_within(*content))

    def _is_short(self, quote: Quote) -> bool:
        """A few words and no sentence: what scare quotes hold ('traitor', 'anti-terror')."""
        inner = self.text[quote.inner_start:quote.inner_end].strip()
        return len(self._quote_words(quote)) <= SCARE_MAX_TOKENS and not inner.endswith((".", "!", "?", "…"))

    def _place_quote(self, quote: Quote, cues: list[_Cue], voice: VoiceMap, by_cue: dict[int, Attribution]) -> bool:
        """Attribute a quote to the cue that frames it, the reported clause it is part of, or a cue next to
        it; or hold it as scare quotes. False for a floating quote, which has none of these."""
        sentences = self._sentences_of(quote.start, quote.end)
        if not self._quote_words(quote) or not sentences:
            return True
        with self._reading(sentences[0]):  # a paragraph in another language: its complementizers
            return self._place_quote_in(quote, sentences, cues, voice, by_cue)

    def _place_quote_in(self, quote: Quote, sentences: list[Sentence], cues: list[_Cue], voice: VoiceMap,
                        by_cue: dict[int, Attribution]) -> bool:
        paragraph_ids = {s.paragraph for s in sentences}
        around = [s for s in self.doc.sentences[max(0, sentences[0].i - 1):sentences[-1].i + 2]
                  if s.paragraph in paragraph_ids]
        previous = self.doc.sentences[sentences[0].i - 1] if sentences[0].i else None
        if previous is not None and previous.paragraph not in paragraph_ids and self.text[previous.end - 1] == ":":
            around.insert(0, previous)  # "Pashinyan said:" closing one paragraph, the quote opening the next
        candidates = [c for c in self._cues_within(cues, around[0].start, around[-1].end)
                      if any(s.start <= c.token.start < s.end for s in around)
                      and not quote.inner_start <= c.token.start < quote.inner_end]
        # without tags, a cue with no speaker found has most likely misread its clause ('Sözde "Artsakh"
        # yönetimi, … duyurdu': the subject taken for content): a quote in it is not its words
        partial = [c for c in candidates if (c.source or c.speaker or c.token.upos is not None)
                   and c.content and c.content[0] <= quote.start + 1 and quote.end - 1 <= c.content[1]
                   and self._words_beside(c.content, quote)]
        framing = [c for c in candidates if self._frames(quote, c)]
        # a few words with nobody framing them are held at a distance: 'anti-terror' even inside reported
        # speech, "immediately" only outside it (inside, double quotes are the speaker's words)
        if self._is_short(quote) and not any(c.source or c.speaker for c in framing) and (quote.mark in SINGLE_QUOTES or not partial):
            voice.distancing.append(Distancing(quote.start, quote.end, "scare quotes"))
            return True
        content = (quote.inner_start, quote.inner_end)
        if partial and not framing:
            cue = min(partial, key=lambda c: c.content[1] - c.content[0])
            voice.attributions.append(self._attribution("mixed", content, cue))
            return True
        if not candidates:
            return False

        def distance(c: _Cue) -> int:
            return c.token.start - quote.end if c.token.start >= quote.end else quote.start - c.token.end
        cue = min(framing or candidates, key=distance)
        # a cue next to the quote keeps its own clause, if it has one: 'Huckabee called the program "worse
        # than amnesty." And Santorum's campaign said Cruz was "not a real conservative."'
        cue.quoted = cue.quoted or cue in framing or cue.content is None
        if id(cue) in by_cue:  # the rest of a quote interrupted by its cue: '"…," she said, "…"'
            by_cue[id(cue)].continuation.append(Span.of(self.text, *content))
        else:
            by_cue[id(cue)] = self._attribution("direct", content, cue)
            voice.attributions.append(by_cue[id(cue)])
            if cue.lead is not None and cue.lead[1] <= quote.start:
                # "Whether the issue is …, Mr. Garin added, ''it becomes harder …''": the unquoted first
                # piece is his too, in the outlet's words
                voice.attributions.append(self._attribution("reported", cue.lead, cue))
        return True

    def _float(self, floating: list[Quote], voice: VoiceMap, cues: list[_Cue]) -> None:
        """A quote with no cue of its own continues the words of the attribution just before it, when
        that one is close and no other cue stands between them; otherwise its speaker is unknown."""
        placed = sorted(voice.attributions, key=lambda a: a.spans[-1].end)
        ends = [a.spans[-1].end for a in placed]
        last: Attribution | None = None  # the attribution the last floating quote went to (its end moved)
        for quote in floating:
            k = bisect_right(ends, quote.start) - 1
            previous = placed[k] if k >= 0 else None
            if last is not None and last.spans[-1].end <= quote.start and (
                    previous is None or last.spans[-1].end >= previous.spans[-1].end):
                previous = last
            content = Span.of(self.text, quote.inner_start, quote.inner_end)
            sentence = self._sentences_of(quote.start, quote.end)[0].i
            if previous is not None and previous.speaker and self._continues(previous, quote, sentence, cues):
                if previous.kind == "direct":
                    previous.continuation.append(content)
                    last = previous
                    continue
                last = Attribution("direct", content, previous.source, None, previous.speaker,
                                   previous.speaker_group, sentence, previous.speaker_kind)
            else:
                last = Attribution("direct", content, None, None, None, None, sentence)
            voice.attributions.append(last)

    def _continues(self, previous: Attribution, quote: Quote, sentence: int, cues: list[_Cue]) -> bool:
        """Is a floating quote close enough to the attribution before it, with no other speaker between?"""
        end = previous.spans[-1].end
        if sentence - self._sentences_of(previous.spans[-1].start, end)[-1].i > FLOATING_MAX_SENTENCES:
            return False
        own = (previous.cue.start, previous.cue.end) if previous.cue else None
        return not any(c.source and c.span != own for c in self._cues_within(cues, end, quote.start))

    def _distancing_markers(self) -> list[Distancing]:
        """'so-called X', 'self-proclaimed X': the marker and the words it qualifies, up to the noun."""
        found = []
        for sentence in self.doc.sentences:
            # a paragraph in another language has its own markers; "so-called" is the pieces so · called
            with self._reading(sentence) as cues:
                found += self._markers_in(sentence, cues.distancing_by_first)
        return found

    def _markers_in(self, sentence: Sentence, markers_by_first: dict) -> list[Distancing]:
        doc, found = self.doc, []
        tokens = doc.sentence_tokens(sentence)
        pieces = []  # (piece, token) with hyphens split, as the markers are written
        for t in tokens:
            for piece in fold(t.text, self._lang).replace("-", " ").split():
                pieces.append((piece, t))
        for k in range(len(pieces)):
            for flat in markers_by_first.get(pieces[k][0], ()):
                if tuple(p for p, _ in pieces[k:k + len(flat)]) == flat:
                    first = pieces[k][1]
                    after = [t for t in tokens if t.start >= pieces[k + len(flat) - 1][1].end]
                    target = []
                    for t in after:
                        if not any(ch.isalnum() for ch in t.text) and t.text not in ("-", "‑", "–"):
                            if target:
                                break
                            continue
                        target.append(t)
                        if doc.has_parse and t.upos in ("NOUN", "PROPN") and (
                                t is after[-1] or after[after.index(t) + 1].upos not in ("NOUN", "PROPN", "PUNCT")):
                            break
                        if len(target) >= 4:
                            break
                    end = target[-1].end if target else pieces[k + len(flat) - 1][1].end
                    found.append(Distancing(first.start, end, " ".join(flat)))
        return found


def attribute(doc: Doc, article: Article, speakers: SpeakerDirectory | None = None,
              cues: CueLexicon | None = None) -> VoiceMap:
    return Attributor(doc, article, speakers, cues).build()
