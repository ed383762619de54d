"""Statements a colon introduces: 'Pashinyan: "…"', a name before a colon inside the sentence, a clause closed by a
colon before a quote, a quote signed with a dash, and the speakers of headlines written that way."""
from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from ..nlp import Sentence, Token
from ..quotes import Quote
from ..speakers import same_name
from ..text import QUOTE_CHARS
from .reader import (HYPHENS, POSSESSIVE_ENDINGS, SIGNATURE_DASHES, SIGNATURE_MAX_WORDS, SUBJECT_RELS, VERB_TAGS, Cue,
                     Reader)


class ColonStatements(Reader):
    """Cues that a colon or a signature's dash marks, rather than a verb."""

    def _name_like(self, head: list[Token]) -> bool:
        """Is a phrase before a colon a speaker's name ('Sen. John McCain:', 'TAPPER:'), not an interview's
        'Q:', a label ('The Latest:', 'UPDATE:') or an opening clause? Read from tags, where there are tags."""
        if not self.doc.has_parse or any(t.upos is None for t in head):
            return True
        # The tagger's PROPN is no proof for capitals ('UPDATE:', 'BREAKING:'), and it calls some surnames
        # and a transcript's capitals nouns ('Matthews:', 'TRUMP:'): those are names when the article writes
        # them capitalised inside a sentence too.
        shouting = all(t.text.isupper() for t in head if self._is_word(t))
        named = self._fold(head[-1]) in self._capitalised_inside or self._folded(head) in self._turn_labels or \
            not shouting and any(t.upos == "PROPN" for t in head) and (
                self._fold(head[-1]) not in self._common_nouns or self.article.in_headline(head[0].start))
        return len(head[0].text) > 1 and head[0].upos != "DET" and named \
            and all(t.text[:1].isupper() or t.upos in ("ADP", "PART") or t.text in POSSESSIVE_ENDINGS for t in head) \
            and not any(t.upos in ("VERB", "AUX", "ADV", "INTJ", "PRON", "SCONJ", "CCONJ") for t in head)

    @cached_property
    def _capitalised_inside(self) -> set[str]:
        """The folded words the article capitalises inside a sentence of running text (not at its start,
        after a colon or quote mark, in the headline or in a sentence written in capitals)."""
        capitalised = set()
        for sentence in self.doc.sentences:
            tokens = [t for t in self.doc.sentence_tokens(sentence) if self._is_word(t)]
            if self.article.in_headline(sentence.start) or sum(t.text.isupper() for t in tokens) * 2 > len(tokens):
                continue
            for token in tokens[1:]:
                if token.text[:1].isupper() and self.doc.tokens[token.i - 1].text != ":" \
                        and not self._is_quote_mark(self.doc.tokens[token.i - 1]):
                    capitalised.add(self._fold(token))
        return capitalised

    @cached_property
    def _turn_labels(self) -> set[tuple[str, ...]]:
        """The labels in capitals that open paragraphs before a colon ('"WALLACE: …', 'PENCE: …'), where the
        article has two of them or more: the turns of a transcript, each a speaker's name though the article may
        never write it in running text. (One alone is as likely a heading: 'BOOM: Trump …'.)"""
        labels = set()
        for sentence in self.doc.sentences:
            tokens = self.doc.sentence_tokens(sentence)
            if not tokens or not self._opens_paragraph(tokens[0]) or self.article.in_headline(sentence.start):
                continue
            first = 1 if self._is_quote_mark(tokens[0]) else 0
            colon = next((k for k in range(first, min(len(tokens), first + 4)) if tokens[k].text == ":"), None)
            head = tokens[first:colon] if colon else []
            if head and all(self._is_word(t) and len(t.text) > 1 and t.text.isupper() for t in head) \
                    and self._fold(head[0]) not in self.cues.heading_labels:
                labels.add(self._folded(head))
        return labels if len(labels) > 1 else set()

    @cached_property
    def _common_nouns(self) -> set[str]:
        """The folded nouns the article writes in lower case: 'Superdelegates: Clinton is backed by 520
        superdelegates …' opens with a section's topic, not a speaker, though the tagger calls it a name. (In
        the headline, "Poll: …" is the poll's, which the body names as a source.)"""
        return {self._fold(t) for t in self.doc.tokens if t.upos == "NOUN" and t.text[:1].islower()}

    def _colon_statement(self, tokens: list[Token]) -> Cue | None:
        """'Pashinyan: "We will not..."' — a short capitalised name, a colon, then the statement. A name
        opening its paragraph speaks the paragraph ('BLITZER: … ?'), as in a transcript or interview."""
        for k, token in enumerate(tokens[:7]):
            if token.text == ":":
                head = [t for t in tokens[:k] if self._is_word(t)]
                rest = [t for t in self._after_mark(tokens, k) if self._is_word(t)]
                # "Sanders: 1,547": a tally, not a statement; "Nevada: Adam Khan, Andres Ramirez, …", "Kasich: Now or
                # never.": in the body, a list or a section's heading, with no verb (a headline needs none: "Lynch:
                # No outside influence on FBI probe")
                said = any(ch.isalpha() for t in rest for ch in t.text) and (
                    not self.doc.has_parse or self.article.in_headline(token.start)
                    or any(t.upos in VERB_TAGS or self._in_quote(t) for t in rest))
                # an interview's "A:" opening its paragraph: the interviewee's answer (the "Q:" is the outlet's)
                answer = len(head) == 1 and head[0].text in self.cues.answer_labels and head[0].i == tokens[0].i \
                    and self._opens_paragraph(head[0])
                # "Correction:", "Look:", "BREAKING NEWS:" (not the name that ends on one: "Judicial Watch:")
                labelled = bool(head) and self._fold(head[0]) in self.cues.heading_labels
                # ('Insiders: Trump will rebound', 'Historians: …': people named by a plural noun, in a headline,
                # whom `_headline_speaker` then asks the body about)
                people = len(head) == 1 and self.article.in_headline(token.start) and head[0].upos == "NOUN" \
                    and "Number=Plur" in (head[0].feats or "") and not head[0].text.isupper()
                if (head and said and len(head) <= 6 and head[0].text[:1].isupper() and not labelled
                        and (answer or self._headline_message(head) or people
                             or self._name_like(head) and not any(self.cues.is_verb(t) for t in head))):
                    return Cue(token, (token.start, token.end), head, (rest[0].start, self._paragraph_end(rest)),
                               "colon")
                return None
        return None

    def _colons_before_quotes(self, tokens: list[Token]) -> Iterator[int]:
        """Where a colon outside quotes stands right before a quote's opening mark (': “…')"""
        for k in range(1, len(tokens) - 2):
            if tokens[k].text == ":" and not self._in_quote(tokens[k]) and self._is_quote_mark(tokens[k + 1]) \
                    and self._in_quote(tokens[k + 2]):
                yield k

    def _after_colon(self, quote: Quote) -> bool:
        """Does the quote open right after a colon (': “…')?"""
        mark = self._token_at(quote.start)
        return mark is not None and mark.i > 0 and self.doc.tokens[mark.i - 1].text == ":"

    def _name_before_colon_quote(self, tokens: list[Token]) -> Cue | None:
        """'The surge doesn't surprise Republican pollster Daron Shaw: “Historically, …”', 'POLLS DID PREDICT
        THE CAUCUS - HuffPollster: “While …”': a name right before a colon inside the sentence, and a quote
        opening right after the colon, are its speaker and words. The name is the capitalised words before the
        colon ("Daron Shaw"), past a digest's dash."""
        for k in self._colons_before_quotes(tokens):
            head: list[Token] = []
            for t in reversed(tokens[:k]):
                if not (t.text[:1].isupper() or t.upos in ("ADP", "PART", "CCONJ") and head
                        or t.text in POSSESSIVE_ENDINGS or t.text == "." and head) or self._in_quote(t) or len(head) >= 6:
                    break
                head.insert(0, t)
            while head and not head[0].text[:1].isupper():
                head = head[1:]  # "of" or "'s" opening what was kept
            last = next((j + 1 for j in range(len(head) - 1, -1, -1) if head[j].upos == "CCONJ"), 0)
            # "Frank Newport and Jim Harter": each of the names
            if not head[last:] or not self._name_like(head[last:]) or any(self.cues.is_verb(t) for t in head):
                return None
            h = head[0].i - tokens[0].i
            dash = next((j + 1 for j in range(h - 1, -1, -1) if tokens[j].text in ("—", "--", *HYPHENS)
                         and not self._glued(tokens[j])), 0)
            # not an audience or a medium ('wrote to Roffman: "…"', 'said on Twitter: "…"', 'by Times' Ben
            # Sisario: "…"'; "More from Blumenthal and Cohen:" is theirs), nor a quote that a cue verb of the
            # clause frames (a digest's headline before its dash is another clause: "Pollsters agree - Carl
            # Bialik: “…”")
            if h > 0 and tokens[h - 1].upos == "ADP" and self._fold(tokens[h - 1]) not in self.cues.owner_prepositions \
                    or any(self._fold(t) in self.cues.agent_prepositions for t in tokens[max(0, h - 3):h]) \
                    or any(self.cues.verb_key(t) and t.upos == "VERB" for t in tokens[dash:k]):
                return None
            rest = [t for t in tokens[k + 1:] if self._is_word(t) or self._is_quote_mark(t)]
            return Cue(tokens[k], (tokens[k].start, tokens[k].end), [t for t in head if self._is_word(t)],
                       (rest[0].start, self._paragraph_end(rest)), "colon")
        return None

    def _verb_before_colon_quote(self, tokens: list[Token], found: list[Cue]) -> Cue | None:
        """'Asked …, he demurred: “…”', 'he gave the Texan a back-handed compliment: “…”', 'Ashot was blunter:
        “…”': a quote opening after the colon that closes a clause is what the subject of the clause's main verb
        (or predicate) says, whatever the verb;
        the cue is the verb and its objects, up to the colon. Not where a cue of the clause speaks already.
        (After a comma, 'Hillary shot back, “…”', the weak tagger too often misses the verb: measured, no gain.)"""
        if not self.doc.has_parse:
            return None
        for k in self._colons_before_quotes(tokens):
            colon = tokens[k]
            # the last verb with a subject of its own (not a participle inside a noun phrase: "back-handed"), which
            # must head the main clause (not "the code the dynasty has embodied: …"); no cue may frame the quote
            # after it ('…: “…,” she wrote.')
            verb = next((t for t in reversed(tokens[:k]) if self._predicate(t) and not self._in_quote(t)
                         and any(c.deprel in SUBJECT_RELS for c in self.doc.children(t))), None)
            if verb is None or not self._main_verb(verb) \
                    or any(c.token.i > colon.i and not self._in_quote(c.token) for c in found):
                return None
            source = self._source_of(verb)
            quote = next((q for q in self.quotes if q.start == tokens[k + 1].start), None)
            if not source or source[0].i > verb.i or quote is None \
                    or any(source[0].i <= c.token.i < colon.i for c in found):
                return None
            # its words are the quote, which a verb framing it after may claim ('…: “…!” she wrote.')
            return Cue(verb, (verb.start, colon.end), source, (quote.start, quote.end), "colon")
        return None

    def _predicate(self, token: Token) -> bool:
        """A verb, or the adjective or noun of a copula whose subject is a name or a pronoun: 'Her neighbour,
        Ashot, was blunter: “…”' (not 'The verdict was clear: “…”', nor 'there was the most obvious change of
        all: “…”', which name no speaker)."""
        if token.upos == "VERB":
            return True
        children = self.doc.children(token)
        return token.upos in ("ADJ", "NOUN") and any(c.deprel == "cop" for c in children) \
            and any(c.deprel in SUBJECT_RELS and c.upos in ("PROPN", "PRON") for c in children) \
            and not any(c.deprel == "expl" or self.cues.listed(c, self.cues.existentials) for c in children)

    def _main_verb(self, verb: Token) -> bool:
        """Does the verb head a main clause? The weak parse may hang one on the quoted sentence after it
        ("demurred" an advcl of the quote's verb)."""
        return verb.deprel in ("root", "parataxis", "conj") \
            or verb.head is not None and self._in_quote(self.doc.tokens[verb.head])

    def _after_mark(self, tokens: list[Token], k: int) -> list[Token]:
        """The tokens after the mark at k in its sentence; the next sentence of its paragraph where no word
        follows, as when the tokenizer ends a sentence at the mark ("Lynch: | No outside influence …",
        "“…” ― | Pamela Padilla")."""
        rest = tokens[k + 1:]
        sentences = self.doc.sentences
        sent = tokens[k].sent
        if not any(self._is_word(t) for t in rest) and sent + 1 < len(sentences) \
                and sentences[sent + 1].paragraph == sentences[sent].paragraph:
            return self.doc.sentence_tokens(sentences[sent + 1])
        return rest

    def _signed_quote(self, tokens: list[Token]) -> Cue | None:
        """'“He represents our greatest shame.” ― Sonya Herridge': a quote signed with a dash and a name that
        closes the sentence is that name's (a list of voices, an epigraph), not a floating quote. The signature
        may stand in a paragraph of its own under the quote's ('- Bernie Sanders.', '-Michelle Marks,
        Philadelphia.'); a place after a comma is not part of the name."""
        for k, token in enumerate(tokens):
            if not token.text or any(ch not in SIGNATURE_DASHES for ch in token.text.lstrip("".join(QUOTE_CHARS))):
                continue
            quote = next((q for q in self.quotes if token.start - 1 <= q.end <= token.end - 1), None)
            if quote is None and k == 0 and self._opens_paragraph(token):
                quote = self._quote_closing_paragraph_before(token)
            rest = self._after_mark(tokens, k)
            name = [t for t in rest if self._is_word(t)]
            if quote is not None and k == 0:
                comma = next((t for t in rest if t.text == ","), None)
                name = [t for t in name if comma is None or t.start < comma.start]
            if quote is None or not name or len(name) > SIGNATURE_MAX_WORDS \
                    or any(t.text not in (".", ",") and not self._is_word(t) for t in rest) \
                    or not self._name_like(name) or self._lowercase_word(name[0]):
                continue  # '— Куда нам идти? — спросила жительница.': the author's words after the speech
            return Cue(token, (token.start, token.end), name, (quote.inner_start, quote.inner_end), "colon")
        return None

    def _lowercase_word(self, token: Token) -> bool:
        """An untagged word with no capital that is no role word ('спросила'): no signature starts so."""
        return token.upos is None and token.text[:1].islower() and not self._in_words(token, self.cues.role_words)

    def _quote_closing_paragraph_before(self, token: Token) -> Quote | None:
        """The quote that ends the paragraph before the token's, if one does."""
        sentences = self.doc.sentences
        k = token.sent
        if k == 0:
            return None
        end = self._last_word_end(sentences[k - 1])
        return next((q for q in self.quotes if end <= q.end and q.end <= sentences[k - 1].end + 1
                     and q.start < end), None)

    def _opens_paragraph(self, token: Token) -> bool:
        """Is the token the first of its paragraph?"""
        sentences = self.doc.sentences
        k = token.sent
        return token.i == sentences[k].first and (k == 0 or sentences[k - 1].paragraph != sentences[k].paragraph)

    def _paragraph_end(self, rest: list[Token]) -> int:
        """Where the statement after a colon ends: its sentence's end, or its paragraph's when the speaker's
        name opens the paragraph."""
        sentences = self.doc.sentences
        k = rest[0].sent
        if k and sentences[k - 1].paragraph == sentences[k].paragraph:
            return rest[-1].end
        while k + 1 < len(sentences) and sentences[k + 1].paragraph == sentences[k].paragraph:
            k += 1
        return rest[-1].end if k == rest[0].sent else self._last_word_end(sentences[k])

    def _last_word_end(self, sentence: Sentence) -> int:
        words = [t for t in self.doc.sentence_tokens(sentence) if self._is_word(t)]
        return words[-1].end if words else sentence.end

    def _headline_message(self, head: list[Token]) -> bool:
        """'Poll: Trump and Clinton hold narrow leads', 'IG report: State was inaccurate', 'WSJ editorial: …': a
        poll, a study or a message named before a headline's colon, in a few words, speaks the headline."""
        return len(head) <= 3 and self.article.in_headline(head[0].start) \
            and (self._finding(head[-1:]) or self._fold(head[-1]) in self.cues.nouns)

    def _headline_speaker(self, cue: Cue, cues: list[Cue]) -> bool:
        """'Graham: Trump's rhetoric destroying GOP' is Graham's headline; 'Karabakh: thousands flee' is a
        topic's. A name before a headline's colon is a speaker when the lexicon knows it as somebody
        (not a place), when words after it are quoted, or when the article's body gives it as the source of
        something said."""
        if self.speakers.names_somebody(self._words(cue.source)) or self._headline_message(cue.source):
            return True
        # 'Marco Rubio: ‘You Don’t Win The Nomination …’', 'Milbank: Republicans ‘Waving The Flag Of Surrender’':
        # words quoted after a name (not a place: 'Karabakh: ‘We have nowhere to go’') are the name's
        start, end = cue.content
        if any(q.start < end and start < q.end for q in self.quotes) \
                and not self.speakers.country_group(self._words(cue.source)):
            return True
        last = self._fold(cue.source[-1])
        return any(same_name(last, self._fold(t)) for other in cues
                   if not self.article.in_headline(other.token.start) for t in other.source)
