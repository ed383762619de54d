"""Stanza pipelines, one per language, created lazily; their output as plain tokens with offsets.

Each non-empty line of an article is parsed as its own paragraph: news lines are paragraphs, and a
headline or a "Read more:" line must never be glued to the next sentence.
Languages without a Stanza model get the surface level: a regular-expression tokenizer, no lemmas.
"""
from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .models import LanguageModels, MissingModelError, language_models, resolve_models_dir
from .text import SENTENCE_END_MARKS

NLP_FORMAT_VERSION = 2  # bump when Doc's shape or the way it is built changes: cached docs are rebuilt


@dataclass
class Token:
    i: int                 # index in the document
    text: str
    start: int             # offsets into Article.content
    end: int
    sent: int
    lemma: str | None = None
    upos: str | None = None
    feats: str | None = None
    head: int | None = None  # document index of the head token, None for the root or without a parse
    deprel: str | None = None


@dataclass
class Sentence:
    i: int
    start: int
    end: int
    first: int  # first token index
    last: int   # one past the last token index
    paragraph: int
    lang: str | None = None  # set where a paragraph is in another language than the article


@dataclass
class Doc:
    lang: str
    level: str          # "parse", "lemma", "tokens" or "surface"
    processors: dict[str, str]
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def has_parse(self) -> bool:
        return self.level == "parse"

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first:sentence.last]

    def children(self, token: Token) -> list[Token]:
        sentence = self.sentences[token.sent]
        return [t for t in self.tokens[sentence.first:sentence.last] if t.head == token.i]

    def subtree(self, token: Token) -> list[Token]:
        """The token and everything it dominates, in text order."""
        sentence = self.sentences[token.sent]
        inside = {token.i}
        changed = True
        while changed:
            changed = False
            for t in self.tokens[sentence.first:sentence.last]:
                if t.head in inside and t.i not in inside:
                    inside.add(t.i)
                    changed = True
        return [t for t in self.tokens[sentence.first:sentence.last] if t.i in inside]

    def token_at(self, offset: int) -> Token | None:
        for token in self.tokens:
            if token.start <= offset < token.end:
                return token
        return None

    def to_dict(self) -> dict:
        return {"lang": self.lang, "level": self.level, "processors": self.processors,
                "tokens": [list(asdict(t).values()) for t in self.tokens],
                "sentences": [list(asdict(s).values()) for s in self.sentences]}

    @classmethod
    def from_dict(cls, data: dict) -> "Doc":
        return cls(data["lang"], data["level"], data["processors"],
                   [Token(*row) for row in data["tokens"]], [Sentence(*row) for row in data["sentences"]])


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-empty lines of text[start:end], trimmed, as (start, end) offsets."""
    spans = []
    for match in re.finditer(r"[^\r\n]+", text[start:end]):
        line = match.group()
        if line.strip():
            s = start + match.start() + len(line) - len(line.lstrip())
            spans.append((s, start + match.start() + len(line.rstrip())))
    return spans


_SURFACE_TOKEN = re.compile(
    r"\w+(?:['’ʼʻ]\w+)*|[^\w\s]",
    re.UNICODE,
)
_END_MARKS = re.escape("".join(SENTENCE_END_MARKS))
# What a sentence's last token ends with when the sentence is really over: closing punctuation, maybe
# followed by closing quotes or brackets.
_ENDS_SENTENCE = re.compile(rf"[{_END_MARKS}:;][\"'”’»)\]]*$|^[\"'”’»)\]]+$")
# the next sentence may open with a quote mark, French « with a (no-break) space inside it
_SENTENCE_END = re.compile(rf"[{_END_MARKS}]+[\"'”’»]*\s+(?=(?:[\"'“‘„]|«\s?)?[\w(])")


def surface_doc(text: str, lang: str, spans: list[tuple[int, int]]) -> Doc:
    """Tokens and sentences from regular expressions, for languages with no Stanza model."""
    doc = Doc(lang=lang, level="surface", processors={})
    for paragraph, (p_start, p_end) in enumerate(spans):
        cuts = [p_start] + [p_start + m.end() for m in _SENTENCE_END.finditer(text[p_start:p_end])] + [p_end]
        for s_start, s_end in zip(cuts, cuts[1:]):
            chunk = text[s_start:s_end]
            stripped = chunk.rstrip()
            if not stripped.strip():
                continue
            first = len(doc.tokens)
            for m in _SURFACE_TOKEN.finditer(text, s_start, s_start + len(stripped)):
                doc.tokens.append(Token(len(doc.tokens), m.group(), m.start(), m.end(), len(doc.sentences)))
            if len(doc.tokens) > first:
                doc.sentences.append(Sentence(len(doc.sentences), doc.tokens[first].start, doc.tokens[-1].end,
                                              first, len(doc.tokens), paragraph))
    return doc


def _word_spans(token, base: int) -> list[tuple[int, int]]:
    """Offsets for each word of a Stanza token; a multi-word token's words share its span when they
    do not spell it out (Stanza gives such words no offsets of their own)."""
    words = token.words
    start, end = base + token.start_char, base + token.end_char
    if len(words) == 1:
        return [(start, end)]
    spans, cursor = [], start
    if "".join(w.text for w in words) == token.text:
        for w in words:
            spans.append((cursor, cursor + len(w.text)))
            cursor += len(w.text)
        return spans
    return [(start, end)] * len(words)


class Annotator:
    """Runs the right level of analysis for each language; Stanza pipelines are built on first use."""

    def __init__(self, models_dir: str | Path | None = None, strict: bool = False, use_gpu: bool = False):
        self.models_dir = resolve_models_dir(models_dir)
        self.strict = strict
        self.use_gpu = use_gpu
        self._pipelines: dict[str, object] = {}
        if not (self.models_dir / "resources.json").is_file():
            raise MissingModelError(None, self.models_dir, "resources directory (no resources.json)")

    def models(self, lang: str) -> LanguageModels:
        return language_models(lang, self.models_dir)

    def version_key(self, lang: str) -> str:
        return f"nlp{NLP_FORMAT_VERSION}:{lang}:{self.models(lang).version_key or 'surface'}"

    def pipeline(self, lang: str):
        if lang not in self._pipelines:
            models = self.models(lang)
            if not models.processors:
                if self.strict:
                    raise MissingModelError(lang, self.models_dir)
                self._pipelines[lang] = None
            else:
                import stanza

                logging.getLogger("stanza").setLevel(logging.ERROR)
                self._pipelines[lang] = stanza.Pipeline(
                    models.lang, dir=str(self.models_dir), processors=models.processors,
                    download_method=None, verbose=False, use_gpu=self.use_gpu,
                    tokenize_no_ssplit=False,
                )
        return self._pipelines[lang]

    def annotate_spans(self, text: str, lang: str, spans: list[tuple[int, int]]) -> Doc:
        nlp = self.pipeline(lang)
        if nlp is None:
            return surface_doc(text, lang, spans)
        import stanza

        models = self.models(lang)
        doc = Doc(lang=lang, level=models.level, processors=dict(models.processors))
        inputs = [stanza.Document([], text=text[s:e]) for s, e in spans]
        outputs = nlp(inputs) if inputs else []
        for paragraph, ((base, _), parsed) in enumerate(zip(spans, outputs)):
            for sentence in parsed.sentences:
                first = len(doc.tokens)
                index_of_word = {}
                for token in sentence.tokens:
                    for word, (ws, we) in zip(token.words, _word_spans(token, base)):
                        index_of_word[word.id] = len(doc.tokens)
                        doc.tokens.append(Token(
                            len(doc.tokens), word.text, ws, we, len(doc.sentences),
                            lemma=word.lemma, upos=word.upos, feats=word.feats,
                            head=word.head, deprel=word.deprel))
                for token in doc.tokens[first:]:
                    token.head = index_of_word.get(token.head) if token.head else None
                doc.sentences.append(Sentence(len(doc.sentences), doc.tokens[first].start, doc.tokens[-1].end,
                                              first, len(doc.tokens), paragraph))
        return doc

    def annotate_languages(self, text: str, lang: str, spans_by_lang: dict[str, list[tuple[int, int]]]) -> Doc:
        """One document from paragraphs in several languages, each analysed with its own models;
        the document's language is the article's, each foreign sentence carries its own."""
        main = self.annotate_spans(text, lang, spans_by_lang.get(lang, []))
        others = {other: self.annotate_spans(text, other, spans) for other, spans in spans_by_lang.items()
                  if other != lang and spans}
        if not others:
            return main
        return merge_docs(main, others)

    def annotate(self, text: str, lang: str, start: int = 0, end: int | None = None) -> Doc:
        """Annotate text[start:end] (a whole article's body by default); offsets stay those of `text`."""
        return self.annotate_spans(text, lang, paragraphs(text, start, len(text) if end is None else end))

    def annotate_text(self, text: str, lang: str) -> Doc:
        return self.annotate(text, lang)

    # --- batches of articles -------------------------------------------------------------------
    # A paragraph is parsed as its own Stanza document (see `annotate_spans`), so its parse does not
    # depend on the article around it: paragraphs of many articles go through Stanza in one call per
    # language, and a parsed paragraph is a unit that can be cached and reused wherever it occurs.

    def _known_models(self, lang: str) -> LanguageModels:
        """`models(lang)`, read once per annotator (resources.json is not read again for each article)."""
        memo = self.__dict__.setdefault("_models_memo", {})
        if lang not in memo:
            memo[lang] = self.models(lang)
        return memo[lang]

    def batch_version_key(self, lang: str) -> str:
        """`version_key(lang)`, read once per annotator."""
        memo = self.__dict__.setdefault("_version_memo", {})
        if lang not in memo:
            memo[lang] = self.version_key(lang)
        return memo[lang]

    def parses(self, lang: str) -> bool:
        """Whether `lang` goes through Stanza (False: surface level, nothing to parse or cache)."""
        if lang in self._pipelines:
            return self._pipelines[lang] is not None
        if self._known_models(lang).processors:
            return True
        if self.strict:
            raise MissingModelError(lang, self.models_dir)
        return False

    def parse_paragraphs(self, lang: str, texts: list[str], batch: int = 2000) -> list[list[list[list]]]:
        """Parse paragraphs with one Stanza call per `batch` of them; each paragraph comes back as plain
        records: a list of sentences, each a list of words
        ``[text, start, end, lemma, upos, feats, head, deprel]`` with offsets relative to the paragraph
        and `head` the index of the head word in the sentence (None for the root)."""
        nlp = self.pipeline(lang)
        if nlp is None:
            raise ValueError(f"no Stanza pipeline for {lang!r}: surface-level languages are not parsed")
        import stanza

        records: list[list[list[list]]] = []
        for at in range(0, len(texts), batch):
            chunk = texts[at:at + batch]
            outputs = nlp([stanza.Document([], text=t) for t in chunk]) if chunk else []
            for parsed in outputs:
                sentences = []
                for sentence in parsed.sentences:
                    words, index_of_word = [], {}
                    for token in sentence.tokens:
                        for word, (ws, we) in zip(token.words, _word_spans(token, 0)):
                            index_of_word[word.id] = len(words)
                            words.append([word.text, ws, we, word.lemma, word.upos, word.feats, word.head,
                                          word.deprel])
                    for word in words:
                        word[6] = index_of_word.get(word[6]) if word[6] else None
                    sentences.append(words)
                records.append(sentences)
        return records

    def doc_from_paragraphs(self, text: str, lang: str, spans: list[tuple[int, int]], records) -> Doc:
        """The Doc that `annotate_spans(text, lang, spans)` builds, from parsed paragraphs.

        `records(lang, start, end)` gives the records of `parse_paragraphs` for ``text[start:end]``."""
        if not self.parses(lang):
            return surface_doc(text, lang, spans)
        models = self._known_models(lang)
        doc = Doc(lang=lang, level=models.level, processors=dict(models.processors))
        tokens, sentences = doc.tokens, doc.sentences
        for paragraph, (base, end) in enumerate(spans):
            for words in records(lang, base, end):
                first = len(tokens)
                unparsed = all(w[6] is None for w in words)
                if unparsed and sentences and sentences[-1].paragraph == paragraph \
                        and not _ENDS_SENTENCE.search(tokens[-1].text):
                    # "на Южном | Кавказе": a weak tokenizer's break after no closing punctuation is none
                    # (only where there is no parse, whose heads are counted within a sentence)
                    previous = sentences.pop()
                    first = previous.first
                    for t in tokens[first:]:
                        t.sent = previous.i
                sent = len(sentences)
                for w_text, ws, we, lemma, upos, feats, head, deprel in words:
                    tokens.append(Token(len(tokens), w_text, base + ws, base + we, sent, lemma, upos, feats,
                                        None if head is None else first + head, deprel))
                sentences.append(Sentence(sent, tokens[first].start, tokens[-1].end, first, len(tokens), paragraph))
        return doc

    def assemble(self, text: str, lang: str, spans_by_lang: dict[str, list[tuple[int, int]]], records) -> Doc:
        """What `annotate_languages` returns, from parsed paragraphs (see `doc_from_paragraphs`)."""
        main = self.doc_from_paragraphs(text, lang, spans_by_lang.get(lang, []), records)
        others = {other: self.doc_from_paragraphs(text, other, spans, records)
                  for other, spans in spans_by_lang.items() if other != lang and spans}
        return merge_docs(main, others) if others else main

    def paragraphs_to_parse(self, items: list[tuple[str, str, dict[str, list[tuple[int, int]]]]]
                            ) -> dict[str, list[str]]:
        """The distinct paragraphs of ``(text, lang, spans_by_lang)`` items that go through Stanza, by
        language, in the order first met."""
        wanted: dict[str, dict[str, None]] = {}
        for text, _, spans_by_lang in items:
            for code, spans in spans_by_lang.items():
                if spans and self.parses(code):
                    wanted.setdefault(code, {}).update((text[s:e], None) for s, e in spans)
        return {code: list(texts) for code, texts in wanted.items()}

    def assemble_many(self, items: list[tuple[str, str, dict[str, list[tuple[int, int]]]]],
                      parsed: dict[tuple[str, str], list]) -> list[Doc]:
        """`assemble` for each item, from the records of its paragraphs keyed by ``(lang, paragraph text)``."""
        return [self.assemble(text, lang, spans_by_lang, lambda code, s, e, text=text: parsed[(code, text[s:e])])
                for text, lang, spans_by_lang in items]

    def annotate_many(self, items: list[tuple[str, str, dict[str, list[tuple[int, int]]]]]) -> list[Doc]:
        """`annotate_languages` for many articles at once, ``(text, lang, spans_by_lang)`` each: the
        paragraphs of all of them go through Stanza in one call per language, each distinct one once."""
        parsed: dict[tuple[str, str], list] = {}
        for code, texts in self.paragraphs_to_parse(items).items():
            parsed.update(zip(((code, t) for t in texts), self.parse_paragraphs(code, texts)))
        return self.assemble_many(items, parsed)


def merge_docs(main: Doc, others: dict[str, Doc]) -> Doc:
    """Interleave the sentences of several documents over one text, in text order, re-indexing tokens."""
    sentences = [(s, main, None) for s in main.sentences]
    for lang, doc in others.items():
        sentences += [(s, doc, lang) for s in doc.sentences]
    sentences.sort(key=lambda item: item[0].start)
    merged = Doc(lang=main.lang, level=main.level, processors=dict(main.processors))
    paragraph_ids: dict[tuple[int, int], int] = {}
    for sentence, source, lang in sentences:
        shift = len(merged.tokens) - sentence.first
        for token in source.tokens[sentence.first:sentence.last]:
            merged.tokens.append(Token(token.i + shift, token.text, token.start, token.end, len(merged.sentences),
                                       token.lemma, token.upos, token.feats,
                                       None if token.head is None else token.head + shift, token.deprel))
        paragraph = paragraph_ids.setdefault((id(source), sentence.paragraph), len(paragraph_ids))
        merged.sentences.append(Sentence(len(merged.sentences), sentence.start, sentence.end,
                                         sentence.first + shift, sentence.last + shift, paragraph, lang))
    return merged
