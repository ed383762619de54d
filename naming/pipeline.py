"""The whole line for one article or many: Article → language → Doc (cached) → voice map → matches → Mentions."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from .attribution import VoiceMap, attribute
from .cache import AnnotationCache, cache_key
from .corpus import Article, CorpusError, make_article, read_articles
from .cues import load_cues
from .langid import LanguageGuess, identify_language, identify_paragraphs
from .lexicon import bundled_lexicon_paths, load_lexicons, load_suffix_table
from .matching import Match, Matcher
from .mentions import Mention, build_mentions, describe_level, mentions_frame
from .nlp import Annotator, Doc
from .speakers import SpeakerDirectory


@dataclass
class ArticleResult:
    article: Article
    language: LanguageGuess
    doc: Doc
    voice: VoiceMap
    matches: list[Match]
    mentions: list[Mention]
    level: str

    @property
    def attributions(self):
        return self.voice.attributions


@dataclass
class Skipped:
    source: str
    reason: str


@dataclass
class RunResult:
    articles: list[ArticleResult] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def mentions(self) -> pd.DataFrame:
        return mentions_frame([m for r in self.articles for m in r.mentions])


def _load(lexicons):
    if lexicons is None:
        return load_lexicons(bundled_lexicon_paths())
    if hasattr(lexicons, "concepts"):
        return lexicons
    return load_lexicons([Path(p) for p in lexicons])


class Analyzer:
    """Holds what is costly to build (Stanza pipelines, the lexicon index, the cache) across articles."""

    def __init__(self, lexicons=None, models_dir=None, cache_dir=None, use_cache: bool = True,
                 strict: bool = False):
        self.lexicons = _load(lexicons)
        self.annotator = Annotator(models_dir, strict=strict)
        self.matcher = Matcher(self.lexicons)
        self.cache = AnnotationCache(cache_dir) if use_cache else None
        self._speakers: dict[str, SpeakerDirectory] = {}

    def speakers(self, lang: str) -> SpeakerDirectory:
        if lang not in self._speakers:
            self._speakers[lang] = SpeakerDirectory(self.lexicons.speakers, lang, load_cues(lang).titles, load_cues(lang).role_nouns)
        return self._speakers[lang]

    def language(self, article: Article) -> LanguageGuess:
        return identify_language(article.body, hint=article.lang)

    def paragraph_languages(self, article: Article, lang: str) -> dict[str, list[tuple[int, int]]]:
        """The article's paragraphs by language: a Russian quote paragraph in an English article is
        analysed as Russian."""
        spans: dict[str, list[tuple[int, int]]] = {}
        body = article.body
        for start, end, guess in identify_paragraphs(body, hint=lang):
            code = guess.code if guess.method not in ("article", "metadata") and guess.code != "und" else lang
            spans.setdefault(code, []).append((article.body_start + start, article.body_start + end))
        return spans

    def annotate(self, article: Article, lang: str) -> Doc:
        by_lang = self.paragraph_languages(article, lang)
        if self.cache is None:
            return self.annotator.annotate_languages(article.content, lang, by_lang)
        models = ";".join(self.annotator.version_key(code) for code in sorted(by_lang))
        key = cache_key(article.content + f"\x00{article.body_start}\x00{sorted(by_lang.items())}", lang, models)
        cached = self.cache.get(key)
        if cached is not None:
            return Doc.from_dict(cached)
        doc = self.annotator.annotate_languages(article.content, lang, by_lang)
        self.cache.put(key, lang, doc.to_dict())
        return doc

    def process(self, article: Article) -> ArticleResult:
        language = self.language(article)
        lang = language.code
        doc = self.annotate(article, lang)
        voice = attribute(doc, article, self.speakers(lang), load_cues(lang))
        matches = self.matcher.match(doc, text=article.content)
        level = f"{lang}: {describe_level(doc, bool(load_suffix_table(lang)))}"
        mentions = build_mentions(article, doc, matches, voice, self.lexicons, level)
        return ArticleResult(article, language, doc, voice, matches, mentions, level)

    def analyze_text(self, text: str, lang: str | None = None, article_id: str = "text",
                     outlet: str | None = None) -> ArticleResult:
        """Analyse a string as an article whose first line is not a headline (e.g. a quote or a paragraph)."""
        article = make_article(text, id=article_id, source=article_id, headline_from_first_line=False)
        article.lang = lang or article.lang
        article.outlet = outlet or article.outlet
        return self.process(article)

    def run(self, inputs: Iterable[str | Path], encoding: str | None = None, lenient: bool = False) -> RunResult:
        """Every article of the inputs; an article that cannot be read or analysed is skipped with its reason."""
        result = RunResult()
        errors: list = []
        for article in read_articles(inputs, encoding=encoding, lenient=lenient, errors=errors):
            result.articles.append(self.process(article))
        result.skipped.extend(Skipped(source, reason) for source, reason in errors)
        return result


def analyze(inputs, lexicons=None, models_dir=None, cache_dir=None, use_cache: bool = True) -> pd.DataFrame:
    """The Mention table of every article in `inputs` (files, folders, CSV/JSONL)."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    return Analyzer(lexicons, models_dir, cache_dir, use_cache).run(inputs).mentions


__all__ = ["Analyzer", "ArticleResult", "RunResult", "Skipped", "analyze", "CorpusError"]
