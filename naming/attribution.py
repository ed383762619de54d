"""Who says it: quotes, reported speech, speakers and distancing, as a voice map over an article.

The voice map answers, for any span of the article: is this the outlet's own voice (narrative), words
quoted from a speaker (direct), a speaker's words reported by the outlet (reported), and is it held at
arm's length (scare quotes, "so-called")? It works on every level of analysis: with a dependency parse
the speaker is the subject of the cue; without one, cue words and quote marks still find most of it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .corpus import Article
from .cues import CueLexicon, load_cues
from .nlp import Doc, Sentence, Token, paragraphs
from .speakers import Speaker, SpeakerDirectory
from .text import QUOTE_PAIRS, fold, is_apostrophe_at

SINGLE_QUOTES = {"'", "‘", "’", "‚", "‹", "›"}
SCARE_MAX_TOKENS = 3            # longer quoted spans are somebody's words, not a word held at a distance
FLOATING_MAX_SENTENCES = 3      # a quote with no cue keeps the speaker of an attributed quote this close
SUBJECT_RELS = ("nsubj", "nsubj:pass", "csubj")
CONTENT_RELS = ("ccomp", "xcomp", "parataxis", "obj", "iobj")
NP_EXCLUDED_RELS = ("acl", "acl:relcl", "advcl", "parataxis", "punct", "appos", "dep", "ccomp", "xcomp")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, content: str, start: int, end: int) -> "Span":
        return cls(start, end, content[start:end])


@dataclass
class Quote:
    start: int          # opening mark
    end: int            # after the closing mark
    inner_start: int
    inner_end: int
    mark: str
    depth: int = 0

    def contains(self, start: int, end: int) -> bool:
        return self.inner_start <= start and end <= self.inner_end


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
        """The attribution whose content holds the span; a quote beats the reported clause around it."""
        best = None
        for attribution in self.attributions:
            if attribution.content.start <= start and end <= attribution.content.end:
                if best is None or (best.kind == "reported" and attribution.kind != "reported") or (
                        (best.kind == "reported") == (attribution.kind == "reported")
                        and attribution.content.end - attribution.content.start
                        < best.content.end - best.content.start):
                    best = attribution
        return best

    def voice_at(self, start: int, end: int) -> tuple[str, Attribution | None]:
        attribution = self.attribution_at(start, end)
        if attribution is None:
            return "narrative", None
        return ("reported" if attribution.kind == "reported" else "direct"), attribution

    def is_distanced(self, start: int, end: int) -> bool:
        return any(d.start < end and start < d.end for d in self.distancing)


def attribution_to_dict(attribution: Attribution, article_id: str | None = None) -> dict:
    """The `naming quotes` JSONL contract."""
    def span(s):
        return None if s is None else asdict(s)
    return {"article": article_id, "kind": attribution.kind, "content": span(attribution.content),
            "source": span(attribution.source), "cue": span(attribution.cue),
            "speaker": attribution.speaker, "speaker_group": attribution.speaker_group}


# ---------------------------------------------------------------- quotes

def _closes(mark: str, char: str) -> bool:
    return char in QUOTE_PAIRS.get(mark, ())


def _can_open(text: str, i: int, end: int) -> bool:
    after = text[i + 1] if i + 1 < end else " "
    before = text[i - 1] if i > 0 else " "
    if after.isspace():
        return False
    if text[i] in SINGLE_QUOTES or text[i] == '"':
        return not before.isalnum()
    return True


def _can_close(text: str, i: int, end: int) -> bool:
    after = text[i + 1] if i + 1 < end else " "
    before = text[i - 1] if i > 0 else " "
    if text[i] in SINGLE_QUOTES:
        return not before.isspace() and not after.isalnum()
    return not before.isspace() or after.isspace() or not after.isalnum()


def find_quotes(text: str, spans: list[tuple[int, int]]) -> list[Quote]:
    """Quoted spans in the given paragraphs, with every quote-mark convention.

    A paragraph that opens a quote and does not close it continues into the next paragraph when that
    one opens with a quote mark again (the newspaper convention for quotes of several paragraphs).
    """
    quotes: list[Quote] = []
    carried: tuple[int, str] | None = None  # (inner start, mark) of a quote continuing from the last paragraph
    for p_start, p_end in spans:
        stack: list[tuple[int, str]] = []
        first = p_start
        if carried is not None:
            if text[p_start] in QUOTE_PAIRS:
                stack.append(carried)
                first = p_start + 1
            carried = None
        for i in range(first, p_end):
            char = text[i]
            if char not in QUOTE_PAIRS and not any(char in closers for closers in QUOTE_PAIRS.values()):
                continue
            if char in ("'", "’") and is_apostrophe_at(text, i):
                continue
            if stack and _closes(stack[-1][1], char) and _can_close(text, i, p_end):
                inner_start, mark = stack.pop()
                quotes.append(Quote(inner_start - 1, i + 1, inner_start, i, mark, len(stack)))
                continue
            if char in QUOTE_PAIRS and _can_open(text, i, p_end):
                stack.append((i + 1, char))
        if stack:
            inner_start, mark = stack[0]
            if inner_start - 1 <= p_start:
                # a paragraph that opens with a quote and does not close it: the quote may go on
                quotes.append(Quote(inner_start - 1, p_end, inner_start, p_end, mark, 0))
                carried = (inner_start, mark)
    return _merge_continued(quotes)


def _merge_continued(quotes: list[Quote]) -> list[Quote]:
    """Join the pieces of a quote that runs across paragraphs into one quote."""
    merged: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if merged and quote.inner_start == merged[-1].inner_start and quote.end > merged[-1].end:
            merged[-1] = quote
        elif merged and quote.inner_start < merged[-1].inner_start:
            continue
        else:
            merged.append(quote)
    return merged


# ---------------------------------------------------------------- cues and speakers

@dataclass
class _Cue:
    token: Token
    span: tuple[int, int]
    source: list[Token]            # the speaker's noun phrase, maybe empty
    content: tuple[int, int] | None  # reported content, offsets
    kind: str                      # "verb", "preposition", "colon"


class Attributor:
    """Builds the voice map of one article. One instance per article: speakers seen so far resolve
    later pronouns and surnames."""

    def __init__(self, doc: Doc, article: Article, speakers: SpeakerDirectory | None = None,
                 cues: CueLexicon | None = None):
        self.doc = doc
        self.article = article
        self.text = article.content
        self.cues = cues or load_cues(doc.lang)
        self.speakers = speakers or SpeakerDirectory(lang=doc.lang, titles=self.cues.titles)
        self.quotes: list[Quote] = []

    # -- helpers over tokens
    def _in_quote(self, token: Token) -> Quote | None:
        for quote in self.quotes:
            if quote.contains(token.start, token.end):
                return quote
        return None

    def _words(self, tokens: list[Token]) -> list[Token]:
        return [t for t in tokens if any(ch.isalnum() for ch in t.text)]

    def _contiguous_np(self, head: Token) -> list[Token]:
        """The head's noun phrase: its subtree minus clauses and appositions, contiguous around the head,
        never crossing a quote mark."""
        doc = self.doc
        sentence = doc.sentences[head.sent]
        keep = {head.i}
        frontier = [head]
        while frontier:
            node = frontier.pop()
            for child in doc.children(node):
                if child.deprel and child.deprel.split(":")[0] in {r.split(":")[0] for r in NP_EXCLUDED_RELS} \
                        and child.deprel not in ("nmod:poss",):
                    continue
                keep.add(child.i)
                frontier.append(child)
        start = end = head.i
        while start - 1 >= sentence.first and (start - 1) in keep and not self._is_quote_mark(doc.tokens[start - 1]):
            start -= 1
        while end + 1 < sentence.last and (end + 1) in keep and not self._is_quote_mark(doc.tokens[end + 1]):
            end += 1
        tokens = doc.tokens[start:end + 1]
        while tokens and not any(ch.isalnum() for ch in tokens[-1].text):
            tokens = tokens[:-1]
        while tokens and not any(ch.isalnum() for ch in tokens[0].text):
            tokens = tokens[1:]
        return tokens

    def _is_quote_mark(self, token: Token) -> bool:
        return len(token.text) == 1 and (token.text in QUOTE_PAIRS or any(token.text in c for c in QUOTE_PAIRS.values()))

    def _surface_np(self, sentence: Sentence, cue: Token) -> list[Token]:
        """Without a parse: the capitalised run (or pronoun) right before the cue, else right after it
        ("..., said Blinken")."""
        tokens = self.doc.sentence_tokens(sentence)
        idx = cue.i - sentence.first
        before = []
        j = idx - 1
        while j >= 0 and self._words([tokens[j]]) and not self._in_quote(tokens[j]) and len(before) < 8:
            word = tokens[j]
            if fold(word.text, self.doc.lang) in self.cues.pronouns and not before:
                return [word]
            if word.text[:1].isupper() or (before and fold(word.text, self.doc.lang) in {"of", "the", "de", "du"}):
                before.insert(0, word)
                j -= 1
                continue
            if before and word.text[:1].islower() and len(before) < 6:
                before.insert(0, word)
                j -= 1
                continue
            break
        while before and not before[0].text[:1].isupper() and fold(before[0].text, self.doc.lang) not in self.cues.pronouns:
            before = before[1:]
        if before:
            return before
        after = []
        for word in tokens[idx + 1:]:
            if word.text[:1].isupper() and self._words([word]) and not self._in_quote(word):
                after.append(word)
            elif after:
                break
            else:
                break
        return after

    def _source_of(self, cue: Token) -> list[Token]:
        doc = self.doc
        if not doc.has_parse:
            return self._surface_np(doc.sentences[cue.sent], cue)
        node = cue
        for _ in range(4):
            for child in doc.children(node):
                if child.deprel in SUBJECT_RELS and not self._in_quote(child):
                    if child.deprel == "nsubj:pass":
                        continue
                    return self._source_np(child)
            for child in doc.children(node):  # passive: "was announced by the ministry"
                if child.deprel and child.deprel.startswith("obl") and any(
                        fold(g.text, doc.lang) == "by" for g in doc.children(child)):
                    return self._source_np(child)
            # "... and called on X": the subject is the head verb's
            if node.head is not None and node.deprel in ("conj", "xcomp", "advcl", "parataxis"):
                node = doc.tokens[node.head]
                continue
            break
        return self._surface_np(doc.sentences[cue.sent], cue)

    def _source_np(self, head: Token) -> list[Token]:
        """Noun cues: 'a statement by the ministry', 'the ministry's statement' speak for the ministry."""
        doc = self.doc
        if any(key in self.cues.nouns for key in self.cues.token_keys(head)):
            for child in doc.children(head):
                if child.deprel in ("nmod", "nmod:poss", "nmod:agent") and (
                        child.deprel == "nmod:poss" or any(fold(g.text, doc.lang) in ("by", "of", "from")
                                                           for g in doc.children(child))):
                    return [t for t in self._contiguous_np(child)
                            if fold(t.text, doc.lang) not in ("by", "of", "from", "'s", "'")]
        return self._contiguous_np(head)

    def _content_of(self, cue: Token, source: list[Token]) -> tuple[int, int] | None:
        """The reported clause: the cue's complement when the parse has one, else the side of the
        sentence away from the speaker."""
        doc = self.doc
        sentence = doc.sentences[cue.sent]
        words = [t for t in doc.sentence_tokens(sentence)]
        source_ids = {t.i for t in source}
        parts: list[Token] = []
        if doc.has_parse:
            for child in doc.children(cue):
                if child.deprel in CONTENT_RELS and child.i not in source_ids:
                    parts.extend(t for t in doc.subtree(child) if t.i not in source_ids and t.i != cue.i)
        if not parts:
            if source and source[0].i < cue.i or not source:
                parts = [t for t in words if t.i > cue.i]
            else:
                parts = [t for t in words if t.i < min(source_ids)]
        parts = [t for t in parts if any(ch.isalnum() for ch in t.text) or self._is_quote_mark(t)]
        while parts and fold(parts[0].text, doc.lang) in self.cues.complementizers | {"in", "a", "statement"} \
                and len(parts) > 1 and fold(parts[0].text, doc.lang) in self.cues.complementizers:
            parts = parts[1:]
        if not parts:
            return None
        return parts[0].start, max(t.end for t in parts)

    def _find_cues(self) -> list[_Cue]:
        doc, cues = self.doc, self.cues
        found: list[_Cue] = []
        for sentence in doc.sentences:
            if self.article.is_boilerplate(sentence.start):
                continue
            tokens = doc.sentence_tokens(sentence)
            folded = [fold(t.text, doc.lang) for t in tokens]
            for k, token in enumerate(tokens):
                if self._in_quote(token):
                    continue
                # "according to X": the source follows the preposition
                for pieces in cues.source_prepositions:
                    if tuple(folded[k:k + len(pieces)]) == pieces:
                        source = self._prepositional_source(tokens, k + len(pieces))
                        if source:
                            rest = [t for t in tokens if t not in source and t.i >= tokens[0].i
                                    and not (token.i <= t.i < source[-1].i + 1)
                                    and any(ch.isalnum() for ch in t.text)]
                            content = (rest[0].start, rest[-1].end) if rest else None
                            found.append(_Cue(token, (token.start, tokens[k + len(pieces) - 1].end), source, content, "preposition"))
                # "X'e göre", "X-ə görə": the source precedes
                for pieces in cues.source_postpositions:
                    if tuple(folded[k:k + len(pieces)]) == pieces and k > 0:
                        source = self._postpositional_source(tokens, k)
                        if source:
                            rest = [t for t in tokens[k + len(pieces):] if any(ch.isalnum() for ch in t.text)]
                            content = (rest[0].start, rest[-1].end) if rest else None
                            found.append(_Cue(token, (token.start, tokens[k + len(pieces) - 1].end), source, content, "preposition"))
                key = cues.verb_key(token)
                if key is None:
                    continue
                if doc.has_parse and token.upos not in ("VERB",):
                    continue
                if key in cues.needs_particle:
                    following = folded[k + 1:k + 4]
                    if not any(w in cues.needs_particle[key] for w in following):
                        continue
                source = self._source_of(token)
                if source and fold(source[0].text, doc.lang) in ("who", "which", "that"):
                    source = []
                content = self._content_of(token, source)
                found.append(_Cue(token, (token.start, token.end), source, content, "verb"))
            colon = self._colon_statement(sentence, tokens)
            if colon:
                found.append(colon)
        return found

    def _prepositional_source(self, tokens: list[Token], k: int) -> list[Token]:
        source = []
        for t in tokens[k:]:
            if t.text in (",", ";", ":", ".") or self._is_quote_mark(t) or (
                    self.doc.has_parse and t.upos in ("VERB", "AUX") and source):
                break
            source.append(t)
        return self._words(source)[:10]

    def _postpositional_source(self, tokens: list[Token], k: int) -> list[Token]:
        source = []
        for t in reversed(tokens[:k]):
            if t.text in (",", ";", ":", ".") or self._is_quote_mark(t) or len(source) >= 6:
                break
            source.insert(0, t)
        return self._words(source)

    def _colon_statement(self, sentence: Sentence, tokens: list[Token]) -> _Cue | None:
        """'Pashinyan: "We will not..."' — a short capitalised name, a colon, then the statement."""
        for k, token in enumerate(tokens[:7]):
            if token.text == ":":
                head = self._words(tokens[:k])
                rest = [t for t in tokens[k + 1:] if any(ch.isalnum() for ch in t.text)]
                if (head and rest and len(head) <= 6 and head[0].text[:1].isupper()
                        and not any(self.cues.is_verb(t) for t in head)
                        and not self.article.in_headline(token.start)):
                    return _Cue(token, (token.start, token.end), head, (rest[0].start, rest[-1].end), "colon")
                return None
        return None

    # -- speakers
    def _speaker(self, source: list[Token], seen: list[Attribution]) -> tuple[Speaker | None, list[Token]]:
        if not source:
            return None, source
        doc = self.doc
        words = [t.text for t in source]
        folded = [fold(w, doc.lang) for w in words]
        content_words = [w for w in folded if w not in ("the", "a", "an")]
        pronoun_kind = self.cues.pronouns.get(folded[0]) if len(source) == 1 else None
        is_role = len(content_words) <= 2 and content_words and all(w in self.cues.role_nouns for w in content_words[-1:]) \
            and len(content_words) == 1
        if pronoun_kind or is_role:
            for previous in reversed(seen):
                if previous.speaker is None:
                    continue
                if pronoun_kind == "person" and previous.speaker_kind not in ("person",):
                    continue
                if is_role and content_words[-1] not in fold(previous.speaker, doc.lang) and previous.speaker_kind == "person" \
                        and content_words[-1] in ("ministry", "government", "office", "department", "agency", "embassy"):
                    continue
                return Speaker(previous.speaker, previous.speaker_group, previous.speaker_kind), source
            if pronoun_kind:
                return None, source
        speaker = self.speakers.lookup(words)
        if speaker.group is None or speaker.kind in ("person", "unknown"):
            # a surname alone: the full name of an earlier speaker ending with it
            last = speaker.name.split()[-1] if speaker.name else ""
            for previous in reversed(seen):
                if previous.speaker and previous.speaker != speaker.name and previous.speaker.split()[-1] == last \
                        and len(speaker.name.split()) == 1:
                    return Speaker(previous.speaker, previous.speaker_group, previous.speaker_kind), source
        return speaker, source

    # -- the whole map
    def build(self) -> VoiceMap:
        doc, text = self.doc, self.text
        spans = [s for s in paragraphs(text, self.article.body_start, len(text))
                 if not self.article.is_boilerplate(s[0])]
        self.quotes = find_quotes(text, spans)
        cues = self._find_cues()
        voice = VoiceMap(quotes=list(self.quotes))
        events: list[tuple[int, str, object]] = [(c.token.start, "cue", c) for c in cues]
        outer = [q for q in self.quotes if not any(o is not q and o.start <= q.start and q.end <= o.end
                                                   for o in self.quotes)]
        events += [(q.start, "quote", q) for q in outer]
        events.sort(key=lambda e: e[0])
        seen: list[Attribution] = []
        used_cues: set[int] = set()
        pending_quotes = []
        for _, kind, item in events:
            if kind == "cue":
                cue: _Cue = item
                speaker, source = self._speaker(cue.source, seen)
                cue.resolved = (speaker, source)
                if cue.content is None:
                    continue
                content = cue.content
                quote_inside = [q for q in outer if content[0] <= q.start + 1 and q.end - 1 <= content[1]]
                whole_quote = [q for q in quote_inside if q.end - q.start >= (content[1] - content[0]) * 0.8]
                if whole_quote:
                    continue  # the quote carries this cue; handled with the quote
                attribution = self._attribution("reported", content, cue, speaker, source)
                voice.attributions.append(attribution)
                seen.append(attribution)
            else:
                pending_quotes.append(item)
        # quotes after cues are resolved, so a quote may take a cue that follows it
        for quote in pending_quotes:
            attribution = self._attribute_quote(quote, cues, used_cues, voice, seen)
            if attribution is not None:
                voice.attributions.append(attribution)
                seen.append(attribution)
                seen.sort(key=lambda a: a.content.start)
        voice.attributions.sort(key=lambda a: (a.content.start, a.content.end))
        voice.distancing.extend(self._distancing_markers())
        return voice

    def _attribution(self, kind, content, cue: _Cue | None, speaker: Speaker | None, source) -> Attribution:
        text = self.text
        first_sentence = self.doc.token_at(content[0])
        return Attribution(
            kind=kind,
            content=Span.of(text, *content),
            source=Span.of(text, source[0].start, source[-1].end) if source else None,
            cue=Span.of(text, *cue.span) if cue else None,
            speaker=speaker.name if speaker else None,
            speaker_group=speaker.group if speaker else None,
            sentence=first_sentence.sent if first_sentence else 0,
            speaker_kind=speaker.kind if speaker else "unknown",
        )

    def _quote_words(self, quote: Quote) -> list[Token]:
        return [t for t in self.doc.tokens if quote.contains(t.start, t.end) and any(ch.isalnum() for ch in t.text)]

    def _sentences_of(self, start: int, end: int) -> list[Sentence]:
        return [s for s in self.doc.sentences if s.start < end and start < s.end]

    def _attribute_quote(self, quote: Quote, cues: list[_Cue], used: set[int], voice: VoiceMap,
                         seen: list[Attribution]) -> Attribution | None:
        words = self._quote_words(quote)
        if not words:
            return None
        sentences = self._sentences_of(quote.start, quote.end)
        if not sentences:
            return None
        paragraph = sentences[0].paragraph
        # the sentences around the quote in its paragraph: a cue before ("X said: ...") or after ("..., X said.")
        around = [s for s in self.doc.sentences if s.paragraph in (paragraph, sentences[-1].paragraph)
                  and sentences[0].i - 1 <= s.i <= sentences[-1].i + 1]
        candidates = [c for c in cues if any(s.start <= c.token.start < s.end for s in around)
                      and not (quote.inner_start <= c.token.start < quote.inner_end)]
        partial = [c for c in candidates if c.content and c.content[0] <= quote.start + 1 and quote.end - 1 <= c.content[1]
                   and (c.content[1] - c.content[0]) > (quote.end - quote.start) * 1.25]
        short = len(words) <= SCARE_MAX_TOKENS and not any(ch in ".!?" for ch in self.text[quote.inner_start:quote.inner_end].strip()[-1:])
        if short and (quote.mark in SINGLE_QUOTES or not partial):
            voice.distancing.append(Distancing(quote.start, quote.end, "scare quotes"))
            return None
        if partial:
            cue = min(partial, key=lambda c: c.content[1] - c.content[0])
            speaker, source = cue.resolved
            return self._attribution("mixed", (quote.inner_start, quote.inner_end), cue, speaker, source)
        if candidates:
            def distance(c: _Cue) -> int:
                if c.token.start >= quote.end:
                    return c.token.start - quote.end
                return quote.start - c.token.end
            same_sentence = [c for c in candidates if any(s.start <= c.token.start < s.end for s in sentences)]
            cue = min(same_sentence or candidates, key=distance)
            used.add(cue.token.i)
            speaker, source = cue.resolved
            return self._attribution("direct", (quote.inner_start, quote.inner_end), cue, speaker, source)
        # a floating quote keeps the speaker of the attributed quote just before it
        for previous in reversed(seen):
            if previous.content.end <= quote.start and previous.kind in ("direct", "mixed") and previous.speaker \
                    and sentences[0].i - previous.sentence <= FLOATING_MAX_SENTENCES:
                return Attribution("direct", Span.of(self.text, quote.inner_start, quote.inner_end), None, None,
                                   previous.speaker, previous.speaker_group, sentences[0].i, previous.speaker_kind)
        return Attribution("direct", Span.of(self.text, quote.inner_start, quote.inner_end), None, None, None, None,
                           sentences[0].i)

    def _distancing_markers(self) -> list[Distancing]:
        """'so-called X', 'self-proclaimed X': the marker and the words it qualifies, up to the noun."""
        doc, found = self.doc, []
        for sentence in doc.sentences:
            tokens = doc.sentence_tokens(sentence)
            pieces = []  # (piece, token) with hyphens split, as the markers are written
            for t in tokens:
                for piece in fold(t.text, doc.lang).replace("-", " ").split():
                    pieces.append((piece, t))
            for k in range(len(pieces)):
                for marker in self.cues.distancing:
                    flat = tuple(p for m in marker for p in m.replace("-", " ").split())
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
                        found.append(Distancing(first.start, end, " ".join(marker)))
        return found


def attribute(doc: Doc, article: Article, speakers: SpeakerDirectory | None = None,
              cues: CueLexicon | None = None) -> VoiceMap:
    return Attributor(doc, article, speakers, cues).build()
