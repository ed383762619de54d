"""The whole voice map of an article: cues and speakers found, quotes placed, distancing marked."""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Container

from ..corpus import Article
from ..cues import CueLexicon
from ..nlp import Doc, Sentence, Token, paragraphs
from ..quotes import SINGLE_QUOTES, Quote, find_quotes
from ..speakers import Speaker, SpeakerDirectory
from ..text import hyphened_pieces
from .reader import FLOATING_MAX_SENTENCES, SCARE_MAX_TOKENS, SKIPPABLE_BEFORE_CUE, VERB_TAGS, Cue, Referent
from .referents import Referents
from .reported import ReportedSpeech
from .speaker_phrase import SpeakerPhrases
from .surface import SurfaceReading
from .voice import Attribution, Distancing, Span, VoiceMap


class Attributor(SpeakerPhrases, ReportedSpeech, Referents, SurfaceReading):
    """Builds the voice map of one article. One instance per article: speakers seen so far resolve
    later pronouns and surnames.

    The parses available may be weak (English LAS about 70 here), so the surface comes first: the
    speaker is the noun phrase right before the cue (widened to the parse's subject phrase when both end
    there), or a name right after it ('…," said Blinken'), and the parse's subject only when the surface
    has none; the content is the side of the sentence the cue faces, from its complementizer to the end
    of the clause. Conventions follow PARC-style annotation (Pareti 2016) as in PolNeAR, on whose train
    split the rules were tuned (bench/attribution_eval.py, bench/attribution_errors.py).
    """

    # -- the whole map
    def build(self) -> VoiceMap:
        text = self.text
        spans = [s for s in paragraphs(text, self.article.body_start, len(text))
                 if not self.article.is_boilerplate(s[0])]
        outer = self._index_quotes(find_quotes(text, spans, dialogue_dashes=self.cues.dialogue_dashes))
        cues = sorted(self._find_cues(), key=lambda c: c.token.start)
        self._cue_starts = [c.token.start for c in cues]
        # without a parse, the phrases that open sentences stand in for named subjects; one inside what a cue
        # reports is no antecedent of a pronoun (in 'X said Stepanakert was empty. "…," he added.' he is X,
        # who goes on speaking), though a surname alone may still be its name
        reported = _union(c.content for c in cues if c.content is not None)
        referents = sorted(self._named_subjects() + self._surface_subjects(), key=lambda r: r.offset)
        for referent in referents:
            referent.described = _within(referent.offset, reported)
        for k, cue in enumerate(cues):
            with self._reading(self.doc.sentences[cue.token.sent]):
                if k and cues[k - 1].token.sent == cue.token.sent and cues[k - 1].source \
                        and self._coordinated(cue.token) and _within_phrase(cue.source, cues[k - 1].source):
                    # "X urged … and called for …", "X said …, adding …": one speaker, whose whole phrase the
                    # weak parse may have cut for the second cue ("Sen. Bernie Sanders (I-Vt.) called … and accused")
                    cue.source = cues[k - 1].source
                cue.speaker = self._resolve(cue.source, referents)
                if cue.speaker is not None:
                    self._mark_described(referents, cue)
                    # a share of a group ("most of whom said") stands for no later "he"
                    insort(referents, Referent(cue.source[0].start, cue.speaker, self._folded(cue.source),
                                               described=self._share_of_pronoun(cue.source),
                                               reported_on=self._reported_by_earlier(cue, cues[:k]),
                                               plural=self._plural(cue.source, cue.speaker)),
                           key=lambda r: r.offset)
                elif not cue.source and not cue.impersonal:  # no tags: "…, dedi." with its subject dropped
                    cue.speaker = self._dropped_subject(cue, cues[:k])
        for cue in cues:  # named as the tables show them once resolved: resolving reads capitals as a name's sign
            cue.speaker = cue.speaker and cue.speaker.labelled(self._lang)
        outer = self._split_at_turns(outer, cues)
        voice = VoiceMap(quotes=list(self.quotes))
        by_cue: dict[int, Attribution] = {}
        self._framed: dict[int, Cue] = {}  # an outer quote's start: the cue that frames it
        floating = [q for q in outer if not self._place_quote(q, cues, voice, by_cue)]
        outer_ids = {id(q) for q in outer}
        for quote in self.quotes:
            if id(quote) not in outer_ids and self._is_short(quote):  # a word held at a distance inside a quote
                voice.distancing.append(Distancing(quote.start, quote.end, "scare quotes"))
        intents: list[Attribution] = []
        for cue in cues:
            if cue.quoted or cue.content is None or not (cue.source or cue.speaker or cue.impersonal):
                continue
            with self._reading(self.doc.sentences[cue.token.sent]):  # a paragraph in another language: its complementizers
                content = self._cut_before_next_cue(cue, cues)
                content = self._cut_before_framed_statement(content, cue)
            if content is None or self._within_one_quote(*content):
                continue
            attribution = self._attribution("reported", content, cue)
            if cue.lead is not None:  # the sentence's first piece, before "he said,"
                attribution.content, attribution.continuation = Span.of(self.text, *cue.lead), [attribution.content]
            voice.attributions.append(attribution)
            denied = self._denied_words(cue, content)
            if denied is not None:
                voice.distancing.append(Distancing(*denied, cue.token.text))
            if self._opens_infinitive(content) and not self.text[cue.span[1]:content[0]].strip():
                intents.append(attribution)  # "agreed to", "decided to"; not "urged Baku to", which is speech
        nested = {id(a) for a in intents if self._inside_other(a, voice)}
        voice.attributions = [a for a in voice.attributions if id(a) not in nested]
        self._float(floating, voice, cues)
        voice.attributions.sort(key=lambda a: (a.content.start, a.content.end))
        voice.distancing.extend(self._distancing_markers())
        return voice

    def _denied_words(self, cue: Cue, content: tuple[int, int]) -> tuple[int, int] | None:
        """'Baku denied ethnic cleansing in Karabakh', 'Azerbaijan rejected accusations of ethnic cleansing', 'Bakü etnik
        temizlik iddialarını reddetti': the words of what a denial's object names are the accusers', which the speaker
        holds at arm's length (`denial_verbs`), short of a place named with it ('in Karabakh' is where). None for a
        clause it denies ('denied that its forces had …', '… yapıldığını reddetti': `clause_endings`), the speaker's
        own wording, and for an object framed with "as" where the content is only the characterization ('dismissed
        the reports as lies')."""
        if cue.kind != "verb" or self.cues.verb_key(cue.token) not in self.cues.denial_verbs:
            return None
        before = self.cues.head_final and content[1] <= cue.token.start  # "… iddialarını reddetti"
        gap = (content[1], cue.token.start) if before else (cue.span[1], content[0])
        if not before and content[0] < cue.span[1] or any(self._is_word(t) for t in self._tokens_within(*gap)):
            return None
        words = [t for t in self._tokens_within(*content) if self._is_word(t)]
        framing = next((k for k, t in enumerate(words) if k and self._fold(t) in self.cues.as_openers), len(words))
        words = words[:framing]  # 'rejected accusations of ethnic cleansing as "baseless"': the characterization is theirs
        if not words or self._fold(words[0]) in self.cues.complementizers \
                or self.cues.clause_endings and self._fold(words[-1]).endswith(self.cues.clause_endings) \
                or any(self._in_quote(t) or t.upos == "AUX" or "VerbForm=Fin" in (t.feats or "") for t in words):
            return None
        if before:  # "Karabağ'daki etnik temizlik": the place opens the phrase
            while len(words) > 1 and self._names_a_place_in_case(words[0], adjectival=True):
                words = words[1:]
            return words[0].start, words[-1].end
        place = next((k for k in range(1, len(words) - 1) if self.cues.listed(words[k], self.cues.place_prepositions)
                      and words[k + 1].text[:1].isupper()), len(words))
        return words[0].start, words[place - 1].end

    def _opens_infinitive(self, content: tuple[int, int]) -> bool:
        first = self._token_at(content[0])
        return first is not None and first.upos in ("PART", None) and self._fold(first) in self.cues.infinitive_markers

    @staticmethod
    def _inside_other(attribution: Attribution, voice: VoiceMap) -> bool:
        """'The ministry said the formations had agreed to leave their positions around Khankendi': what an
        infinitive cue inside somebody's words reports is what those words say another means to do, no words
        of that other's; "Khankendi" is the ministry's. Such a cue is no attribution of its own."""
        cue, end = attribution.cue, attribution.content.end
        return cue is not None and any(
            other is not attribution and other.kind != "title" and other.piece_holding(cue.start, end)
            for other in voice.attributions)

    def _split_at_turns(self, outer: list[Quote], cues: list[Cue]) -> list[Quote]:
        """'"WALLACE: … ¶ "PENCE: … ¶ "…': a transcript quoted paragraph after paragraph, each turn opened by its
        speaker's label and a colon, is one quote to its marks but the words of several speakers. Each turn, from
        its colon to the next turn, is a quote of its own, which the colon before it frames."""
        marked = [(self.doc.tokens[c.source[0].i - 1], c) for c in cues if c.kind == "colon" and c.source and c.source[0].i]
        turns = [(mark, c) for mark, c in marked if self._is_quote_mark(mark) and self._opens_paragraph(mark)]
        split = []
        for quote in outer:
            within = [(mark, c) for mark, c in turns if quote.start < c.source[0].start < quote.inner_end]
            if not within or within[0][0].start != quote.start:
                split.append(quote)
                continue
            for (mark, turn), following in zip(within, within[1:] + [None]):
                end = quote.inner_end if following is None else self.doc.tokens[following[0].i - 1].end
                split.append(Quote(mark.start, end, turn.content[0], end, quote.mark, quote.depth))
        return split

    def _within_one_quote(self, start: int, end: int) -> bool:
        k = bisect_right(self._outer_starts, start) - 1
        return k >= 0 and end <= self._outer[k].end

    def _reported_by_earlier(self, cue: Cue, earlier: list[Cue]) -> bool:
        """Is the cue's speaker named inside what an earlier cue reports ("Earnest said that President Obama has
        long called for …", `Referent.reported_on`)? A later cue's content that takes in the sentence before it
        ("X said …, they said") says nothing."""
        start = cue.source[0].start
        return any(c.kind == "verb" and c.token.sent == cue.token.sent and c.content is not None
                   and c.content[0] <= start < c.content[1] for c in earlier)

    def _mark_described(self, referents: list[Referent], cue: Cue) -> None:
        """Names that describe the cue's speaker, after a preposition or in a relative clause of the source
        ("Hikmet Hajiyev, an aide to President Ilham Aliyev", "Juanita Broaddrick, who said Clinton …"), are
        no antecedent of a later "he": that is the speaker. A name set off after a comma ("His digital
        mastermind, Teddy Goff") is the speaker's own."""
        for referent in referents:
            if not cue.source[0].start < referent.offset < cue.source[-1].end or referent.speaker == cue.speaker:
                continue
            before = [t for t in cue.source if t.start < referent.offset]
            if any(t.upos == "ADP" or self._fold(t) in self.cues.relative_pronouns for t in before):
                referent.described = True

    def _reports_back(self, other: Cue) -> bool:
        """Does a later cue report words before it that close another cue's content, so that they are its own:
        "says his streak is proof …, which stood at 263, according to the AP", or the outlet's apposition of a
        claim the later cue judges, "accused Baku of ethnic cleansing, a charge Baku denies"?"""
        if other.kind == "preposition":
            return other.content[1] <= other.token.start
        if other.content[1] > other.source[0].start:
            return False
        claim = self._tokens_within(*other.content)
        return bool(claim) and self.cues.listed(claim[-1], self.cues.clause_nouns) and claim[0].i > 0 \
            and self.doc.tokens[claim[0].i - 1].text == ","

    def _cut_before_next_cue(self, cue: Cue, cues: list[Cue]) -> tuple[int, int] | None:
        """A reported clause ends where a coordinated attribution begins: "X said Y, adding that Z",
        "X said Y, and Z said W". (One inside it, "X said Y found Z", stays nested in it.) An idiom of speech
        inside another cue's speaker phrase reports nothing: it describes that speaker."""
        start, end = cue.content
        if cue.kind != "verb":
            return cue.content  # "According to a statement, …, Macron urged …": all of it
        sentence = self.doc.sentences[cue.token.sent]
        idiom = self.cues.verb_key(cue.token) in self.cues.needs_particle
        for other in self._cues_within(cues, cue.token.start + 1, sentence.end):
            if not other.source or other.content is None:
                continue
            if other.source[0].start < cue.token.start < other.source[-1].end:
                if idiom:
                    return None  # "The activists who sent a letter to Aliyev said …": who they are, not what they said
                if len(cue.source) == 1 and self._fold(cue.source[0]) in self.cues.relative_pronouns:
                    # "Republicans who have praised his candidacy warned that …": the relative clause ends at
                    # the verb of the phrase it is part of
                    end = min(end, other.span[0])
                    continue
            if start < other.content[0] < end and self._reports_back(other):
                end = other.content[0]
                continue
            begin = min([other.token.start] + [t.start for t in other.source if t.start > start])
            between = self._tokens_within(start, begin)
            joint = between[-2:]  # ", and", ", adding", ", though he added"
            # (not "reported that, according to an analysis, …": nothing reported before the other cue)
            said = self._says_something(between)
            # "… condemned the plan while Sanders suggests …": a clause of its own after words of this one's
            subordinate = bool(joint) and self._subordinates(joint[-1]) and self._says_something(between[:-1])
            if start < begin < end and (said and self._coordinates(joint, start, other) or subordinate):
                end = begin
        words = self._tokens_within(start, end)
        while words and (not self._is_word(words[-1]) or words[-1].upos in ("CCONJ", "SCONJ")
                         or self._fold(words[-1]) in self.cues.complementizers
                         or self._fold(words[-1]) in self.cues.as_openers  # "…in Khankendi, as Baku calls the city"
                         # "…in Stepanakert, which Baku calls …" (but the "which" a passive reports stays)
                         or len(words) > 1 and self._fold(words[-1]) in self.cues.relative_pronouns
                         or words[-1].upos is None and self._fold(words[-1]) in self.cues.coordinators):
            if any(q.end == words[-1].end and q.start >= start for q in self.quotes):
                break  # the mark that closes a quote inside the content: 'calls it "an aggression"'
            words.pop()
        return (start, words[-1].end) if words else None

    def _cut_before_framed_statement(self, content: tuple[int, int] | None, cue: Cue) -> tuple[int, int] | None:
        """'Mosman saw Santilli's words differently: "…," he said.': a quote opened by a colon at the end of the
        content, which a cue and speaker of its own close, is theirs; the content ends before the colon."""
        if content is None:
            return None
        start, end = content
        k = bisect_right(self._outer_starts, start)
        while k < len(self._outer) and self._outer[k].start < end:
            quote, other = self._outer[k], self._framed.get(self._outer[k].start)
            if other is not None and other is not cue and end <= quote.end and self._after_colon(quote) \
                    and self._closes_with_speaker(quote, other):
                words = [t for t in self._tokens_within(start, quote.start) if self._is_word(t)]
                return (start, words[-1].end) if words else None
            k += 1
        return content

    def _says_something(self, tokens: list[Token]) -> bool:
        """Is there a word among the tokens besides a complementizer ("that")?"""
        return any(self._is_word(t) and self._fold(t) not in self.cues.complementizers for t in tokens)

    def _coordinates(self, joint: list[Token], start: int, other: Cue) -> bool:
        """Does punctuation or a conjunction join the other cue's clause to this content (", and", ", adding",
        "…: A Quinnipiac poll found")?
        Not a conjunction opening the content that pairs the other cue's subjects ("said both he and Rubio
        promised")."""
        return any(t.text in (",", ";", ":", "—", "–")
                   or (t.upos == "CCONJ" or t.upos is None and self._fold(t) in self.cues.coordinators)  # untagged "и"
                   and not (t.start == start and self._fold(t) in self.cues.correlatives
                            and any(x.upos == "CCONJ" for x in other.source))
                   for t in joint)

    def _subordinates(self, token: Token) -> bool:
        """'… condemned the plan while Sanders suggests …', '… as polls show …': a concessive or an "as" that
        opens a clause with a speaker of its own."""
        return token.upos == "SCONJ" and (self._fold(token) in self.cues.concessives or self._fold(token) in self.cues.as_openers)

    # -- quotes
    def _attribution(self, kind, content, cue: Cue | None, speaker: Speaker | None = None,
                     source: Span | None = None) -> Attribution:
        text = self.text
        if cue is not None:
            speaker = cue.speaker
            source = Span.of(text, self._name_start(cue.source[0]), cue.source[-1].end) if cue.source else None
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

    def _sentences_of(self, start: int, end: int) -> list[Sentence]:
        sentences = self.doc.sentences
        k = max(0, bisect_right(self._sentence_starts, start) - 1)
        found = []
        while k < len(sentences) and sentences[k].start < end:
            if start < sentences[k].end:
                found.append(sentences[k])
            k += 1
        return found

    def _cues_within(self, cues: list[Cue], start: int, end: int) -> list[Cue]:
        """The cues whose word lies in [start, end) (cues sorted by position)."""
        return cues[bisect_left(self._cue_starts, start):bisect_left(self._cue_starts, end)]

    def _frames(self, quote: Quote, cue: Cue) -> bool:
        """Does the cue frame the whole quote: '"…," Blinken said', 'Blinken said: "…"', 'said Blinken'?
        Between them there may be only punctuation, the speaker, the cue and adverbs or auxiliaries."""
        sentences = self._sentences_of(quote.start, quote.end)
        if cue.token.start >= quote.end:
            start, end = quote.end, cue.token.start
            # nothing of the sentence before the quote, but a clause closed by a colon where the speaker and the
            # cue close the quote's sentence ('X seemed irritated: “…,” she wrote.')
            outside = (quote.start if self._after_colon(quote) and self._closes_with_speaker(quote, cue)
                       else sentences[0].start, quote.start)
        elif cue.span[1] <= quote.start:
            start, end = cue.span[1], quote.start
            outside = (quote.end, sentences[-1].end)        # nothing of the sentence after it
        else:
            return False
        skip = {t.i for t in cue.source}
        if self._has_words(*outside, skip=skip):
            return False  # a partial quote inside a longer clause: "urged "an immediate …" to find …"
        between = self._tokens_within(start, end)
        if cue.token.start < quote.start and self._audience_or_setting(between):
            return True
        for t in between:
            if t.i not in skip and self._is_word(t):
                if t.upos in SKIPPABLE_BEFORE_CUE or self._surface_skippable(t) \
                        or self._fold(t) in self.cues.complementizers:
                    continue
                return False
        return True

    def _stands_alone(self, quote: Quote, sentences: list[Sentence]) -> bool:
        """Is the quote all of its sentences, no word of them outside its marks?"""
        return not self._has_words(sentences[0].start, quote.start) and not self._has_words(quote.end, sentences[-1].end)

    def _has_words(self, start: int, end: int, skip: Container[int] = ()) -> bool:
        """Is there a word between the offsets, but for the tokens at the indices in `skip`?"""
        return any(self._is_word(t) and t.i not in skip for t in self._tokens_within(start, end))

    def _closes_with_speaker(self, quote: Quote, cue: Cue) -> bool:
        """'“…,” she wrote.': the speaker between the quote and the cue, and nothing reported after the cue."""
        return bool(cue.source) and quote.end <= cue.source[0].start and cue.source[-1].end <= cue.token.start \
            and (cue.content is None or cue.content[1] <= cue.token.start)

    def _audience_or_setting(self, between: list[Token]) -> bool:
        """'told the Reuters news agency simply, "…"', 'said Thursday on Twitter, "…"': words set off from the quote
        after them by a comma or colon, with no verb and no complementizer, are whom and where the cue speaks."""
        if not between or between[-1].text not in (",", ":"):
            return False
        return not any(t.upos == "SCONJ" for t in between) and self._states_nothing(between)

    def _words_beside(self, content: tuple[int, int], quote: Quote) -> bool:
        """Has the content words outside the quote ('urged "an immediate …"', 'said it was "…"')?"""
        return any(self._is_word(t) and not quote.start <= t.start < quote.end for t in self._tokens_within(*content))

    def _is_short(self, quote: Quote) -> bool:
        """A few words and no sentence: what scare quotes hold ('traitor', 'anti-terror')."""
        inner = self.text[quote.inner_start:quote.inner_end].strip()
        return len(self._quote_words(quote)) <= SCARE_MAX_TOKENS and not inner.endswith((".", "!", "?", "…"))

    def _place_quote(self, quote: Quote, cues: list[Cue], voice: VoiceMap, by_cue: dict[int, Attribution]) -> bool:
        """Attribute a quote to the cue that frames it, the reported clause it is part of, or a cue next to
        it; or take it for a title, or hold it as scare quotes. False for a floating quote, which has none of
        these."""
        sentences = self._sentences_of(quote.start, quote.end)
        if not self._quote_words(quote) or not sentences:
            return True
        if self._names_a_work(quote):  # its author's words, whoever that is: not the last speaker's
            voice.attributions.append(self._attribution("title", (quote.inner_start, quote.inner_end), None))
            return True
        with self._reading(sentences[0]):  # a paragraph in another language: its complementizers
            return self._place_quote_in(quote, sentences, cues, voice, by_cue)

    def _place_quote_in(self, quote: Quote, sentences: list[Sentence], cues: list[Cue], voice: VoiceMap,
                        by_cue: dict[int, Attribution]) -> bool:
        paragraph_ids = {s.paragraph for s in sentences}
        around = [s for s in self.doc.sentences[max(0, sentences[0].i - 1):sentences[-1].i + 2]
                  if s.paragraph in paragraph_ids]
        previous = self.doc.sentences[sentences[0].i - 1] if sentences[0].i else None
        if previous is not None and previous.paragraph not in paragraph_ids and self.text[previous.end - 1] == ":":
            around.insert(0, previous)  # "Pashinyan said:" closing one paragraph, the quote opening the next
        # not a cue whose speaker's phrase the quote opens in: 'X, author of "Artsakh Diaries," said …'
        candidates = [c for c in self._cues_within(cues, around[0].start, around[-1].end)
                      if any(s.start <= c.token.start < s.end for s in around)
                      and not quote.inner_start <= c.token.start < quote.inner_end
                      and not (c.source and c.source[0].start <= quote.start < c.source[-1].end)]
        # a signature in the paragraph under the quote ('- Bernie Sanders.') names the quote as its content
        candidates += [c for c in cues if c.kind == "colon" and c.content == (quote.inner_start, quote.inner_end)
                       and c not in candidates]
        # without tags, a cue with no speaker found has most likely misread its clause ('Sözde "Artsakh"
        # yönetimi, … duyurdu': the subject taken for content): a quote in it is not its words
        partial = [c for c in candidates if (c.source or c.speaker or c.token.upos is not None)
                   and c.content and c.content[0] <= quote.start + 1 and quote.end - 1 <= c.content[1]
                   and self._words_beside(c.content, quote)]
        framing = [c for c in candidates if self._frames(quote, c)]
        # a cue whose whole content is the quoted words: 'who still call the town "Stepanakert"' (the name
        # given, in quotes, is theirs), never scare quotes
        naming = [c for c in candidates if (c.source or c.speaker) and c.content
                  and quote.start <= c.content[0] and c.content[1] <= quote.end]
        if naming and not framing:
            cue = min(naming, key=lambda c: abs(c.token.start - quote.start))
            cue.quoted = True
            voice.attributions.append(self._attribution("direct", (quote.inner_start, quote.inner_end), cue))
            return True
        # a few words with no cue framing them are held at a distance: 'anti-terror' even inside reported
        # speech, "immediately" only outside it (inside, double quotes are the speaker's words); framed, they
        # are somebody's words though the speaker is not found ('«Ми захищатимемо Степанакерт», — сказав.')
        if self._is_short(quote) and not framing and (quote.mark in SINGLE_QUOTES or not partial):
            voice.distancing.append(Distancing(quote.start, quote.end, "scare quotes"))
            return True
        content = (quote.inner_start, quote.inner_end)
        if partial and not framing:
            cue = min(partial, key=lambda c: c.content[1] - c.content[0])
            voice.attributions.append(self._attribution("mixed", content, cue))
            return True
        if not candidates:
            return False

        def distance(c: Cue) -> int:
            return c.token.start - quote.end if c.token.start >= quote.end else quote.start - c.token.end
        if not framing and self._stands_alone(quote, sentences):
            # '“…,” X told the WSJ, after de Blasio stated an interest in …. “These contracts are binding.”': a
            # quote that is a sentence of its own goes on with the speaker quoted before it, not with the
            # nearest cue of the sentence before
            candidates = [c for c in candidates if c.quoted and c.token.start < quote.start] or candidates
        if any(c.kind != "colon" and c.token.start >= quote.end for c in framing):
            # 'Clinton seemed irritated: “…!” she wrote.': the cue after the quote names its speaker
            framing = [c for c in framing if not (c.kind == "colon" and c.span[1] <= quote.start)]
        cue = min(framing or candidates, key=distance)
        if cue.token.sent < sentences[0].i:  # the quote after '"…," X said, according to Y.' is X's
            cue = self._speech_relayed_by(cue, cues) or cue
        # a cue next to the quote keeps its own clause, if it has one: 'Huckabee called the program "worse
        # than amnesty." And Santorum's campaign said Cruz was "not a real conservative."'
        cue.quoted = cue.quoted or cue in framing or cue.content is None
        if cue in framing:
            self._framed[quote.start] = cue
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

    def _speech_relayed_by(self, cue: Cue, cues: list[Cue]) -> Cue | None:
        """The speech cue that an "according to" right after it relays ('"…," Pashinyan said in a statement,
        according to Armenpress'): the words are the speaker's, the agency only the channel; None when the
        "according to" reports a clause of its own."""
        if cue.kind != "preposition":
            return None
        sentence = self.doc.sentences[cue.token.sent]
        before = [c for c in self._cues_within(cues, sentence.start, cue.token.start) if c.kind == "verb" and c.source]
        if not before:
            return None
        speech = before[-1]
        between = self._tokens_within(max(speech.span[1], speech.source[-1].end), cue.token.start)
        if any(t.upos in VERB_TAGS or self._fold(t) in self.cues.complementizers for t in between):
            return None
        return speech

    def _float(self, floating: list[Quote], voice: VoiceMap, cues: list[Cue]) -> None:
        """A quote with no cue of its own continues the words of the attribution just before it, when
        that one is close and no other cue stands between them; otherwise its speaker is unknown."""
        placed = sorted((a for a in voice.attributions if a.kind != "title"), key=lambda a: a.spans[-1].end)
        ends = [a.spans[-1].end for a in placed]
        last: Attribution | None = None  # the attribution the last floating quote went to (its end moved)
        for quote in floating:
            k = bisect_right(ends, quote.start) - 1
            previous = placed[k] if k >= 0 else None
            if last is not None and last.spans[-1].end <= quote.start and (
                    previous is None or last.spans[-1].end >= previous.spans[-1].end):
                previous = last
            content = Span.of(self.text, quote.inner_start, quote.inner_end)
            sentences = self._sentences_of(quote.start, quote.end)
            sentence = sentences[0].i
            # (a name in quotes inside the outlet's own sentence goes on with nobody's words: 'Cruz is holding a
            # party at the “Red Neck Country Club” honkytonk')
            named = self._title_cased(quote) and not self._stands_alone(quote, sentences)
            if previous is not None and previous.speaker and not named \
                    and self._continues(previous, quote, sentence, cues):
                if previous.kind == "direct":
                    previous.continuation.append(content)
                    last = previous
                    continue
                last = Attribution("direct", content, previous.source, None, previous.speaker,
                                   previous.speaker_group, sentence, previous.speaker_kind)
            else:
                last = Attribution("direct", content, None, None, None, None, sentence)
            voice.attributions.append(last)

    def _continues(self, previous: Attribution, quote: Quote, sentence: int, cues: list[Cue]) -> bool:
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
            # a paragraph in another language has its own markers; "so-called" is the pieces so · - · called
            with self._reading(sentence) as cues:
                found += self._markers_in(sentence, cues.distancing_by_first)
        return found

    def _markers_in(self, sentence: Sentence, markers_by_first: dict) -> list[Distancing]:
        found = []
        tokens = self.doc.sentence_tokens(sentence)
        # (piece, token), cut as the markers are
        pieces = [(piece, self._token_at(sentence.start + start))
                  for start, _, piece in hyphened_pieces(self.text[sentence.start:sentence.end], self._lang)]
        for k in range(len(pieces)):
            for flat in markers_by_first.get(pieces[k][0], ()):
                if tuple(p for p, _ in pieces[k:k + len(flat)]) == flat:
                    first = pieces[k][1]
                    after = [t for t in tokens if t.start >= pieces[k + len(flat) - 1][1].end]
                    target = self._marker_target(after)
                    end = target[-1].end if target else pieces[k + len(flat) - 1][1].end
                    found.append(Distancing(first.start, end, " ".join(flat).replace(" - ", "-")))
        return found

    def _marker_target(self, after: list[Token]) -> list[Token]:
        """The words a distancing marker qualifies: up to the noun that ends their phrase, at most four."""
        target: list[Token] = []
        for k, t in enumerate(after):
            if not any(ch.isalnum() for ch in t.text) and t.text not in ("-", "‑", "–"):
                if target:
                    break
                continue
            target.append(t)
            # ('the self-styled Republic of Artsakh': a capitalised name goes on past "of" to the name after it)
            if self.doc.has_parse and t.upos in ("NOUN", "PROPN") and (
                    k + 1 == len(after) or after[k + 1].upos not in ("NOUN", "PROPN", "PUNCT")) \
                    and not (t.upos == "PROPN" and t.text[:1].isupper() and self._links_to_name(after, k + 1)):
                break
            if len(target) >= 4:
                break
        return target


def _union(spans) -> list[tuple[int, int]]:
    """The spans merged where they overlap, in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _within_phrase(part: list[Token], phrase: list[Token]) -> bool:
    """Is the speaker phrase found for a cue empty, or a piece of `phrase` cut off inside its noun phrase
    ("the congressional | report", "Sen. Bernie Sanders (I- | Vt. | )")? Not the name before what is set off
    after it ("Pashinyan | , who was speaking …,"), which is a whole phrase of its own."""
    if not part:
        return True
    if not phrase[0].i <= part[0].i <= part[-1].i <= phrase[-1].i:
        return False
    rest = phrase[part[-1].i - phrase[0].i + 1:]
    return not (part[0].i == phrase[0].i and rest and rest[0].text == ",")


def _within(offset: int, merged: list[tuple[int, int]]) -> bool:
    """Is the offset inside one of the merged spans?"""
    k = bisect_right(merged, (offset, float("inf"))) - 1
    return k >= 0 and offset < merged[k][1]


def attribute(doc: Doc, article: Article, speakers: SpeakerDirectory | None = None,
              cues: CueLexicon | None = None) -> VoiceMap:
    return Attributor(doc, article, speakers, cues).build()
