"""The whole line for one article or many: Article → language → Doc (cached) → voice map → matches → Mentions.

Articles go through in batches (`Analyzer.process_many`): the paragraphs of a batch that the cache does
not hold go through Stanza in one call per language, and each distinct paragraph is parsed once. The
engines that spread batches over processes or a Dask cluster are in `naming.parallel`; every engine
gives the same results, in input order.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from .attribution import VoiceMap, attribute
from .cache import AnnotationCache, cache_key
from .corpus import Article, CorpusError, make_article
from .cues import load_cues
from .langid import LanguageGuess, identify_language, identify_paragraphs
from .lexicon import bundled_lexicon_paths, load_lexicons, load_suffix_table, scope_filter
from .matching import Match, Matcher, Piece, doc_pieces
from .mentions import Mention, build_mentions, describe_level, mentions_frame
from .nlp import Annotator, Doc
from .speakers import SpeakerDirectory
from .text import HYPHENS

_PIECE_FIELDS = [f.name for f in fields(Piece)]
MAX_WORD = 200      # characters: a longer run without a space is not sent to Stanza
DEFAULT_BATCH = 16   # articles per batch: enough paragraphs for Stanza to batch well, short enough for progress


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

    @property
    def attributions(self) -> pd.DataFrame:
        """Every attribution found, one flat row each (`naming quotes --format csv`)."""
        from .attribution import ATTRIBUTION_COLUMNS, attribution_to_row

        rows = [attribution_to_row(a, r.article.id) for r in self.articles for a in r.attributions]
        offsets = {c: "Int64" for c in ATTRIBUTION_COLUMNS if c.endswith(("_start", "_end"))}  # null, not NaN
        return pd.DataFrame(rows, columns=list(ATTRIBUTION_COLUMNS)).astype(offsets)


def _load(lexicons):
    if lexicons is None:
        return load_lexicons(bundled_lexicon_paths())
    if hasattr(lexicons, "concepts"):
        return lexicons
    if isinstance(lexicons, (str, Path)):
        lexicons = [lexicons]
    return load_lexicons([Path(p) for p in lexicons])


@lru_cache(maxsize=None)
def langid_version() -> str:
    """Identifies the language-identification code, for cache keys: an edit to it re-guesses."""
    digest = hashlib.sha256(b"langid1")
    here = Path(__file__).resolve().parent
    for name in ("langid.py", "text.py"):
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            pass
    return "langid:" + digest.hexdigest()[:16]


@lru_cache(maxsize=None)
def voice_version() -> str:
    """Identifies the attribution code and the cue lexicons, for the keys of cached voice maps: an edit
    to any of them (or to the text and parse code under them) attributes again."""
    digest = hashlib.sha256(b"voice1")
    here = Path(__file__).resolve().parent
    from .cues import CUES_DIR

    files = [here / n for n in ("quotes.py", "cues.py", "speakers.py", "text.py", "nlp.py", "corpus.py", "pipeline.py",
                                "located_yaml.py")]  # located_yaml.py reads the cue files
    files += sorted((here / "attribution").glob("*.py")) + sorted(Path(CUES_DIR).glob("*.yaml"))
    for path in files:
        digest.update(path.name.encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            pass
    return "voice:" + digest.hexdigest()[:16]


@lru_cache(maxsize=None)
def pieces_version() -> str:
    """Identifies the code that turns a parse into folded pieces for matching (`matching.doc_pieces`)."""
    digest = hashlib.sha256(b"pieces1")
    here = Path(__file__).resolve().parent
    for name in ("matching.py", "text.py", "nlp.py", "pipeline.py"):
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            pass
    return "pieces:" + digest.hexdigest()[:16]


LONG_RUN = re.compile(r"\S{%d,}" % MAX_WORD)


# "WASHINGTON — …", "WASHINGTON ― …" (HuffPost writes the horizontal bar), "WASHINGTON -- …"
DATELINE_DASH = re.compile(r"\s(?:--|[%s])\s+" % re.escape("".join(sorted(HYPHENS))))
DATELINE_MAX = 80  # characters: "PASADENA, Calif., Jan. 1 (UPI) — " is 33
AGENCY = re.compile(r"\([^()]{1,30}\)")


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Where the dateline or capitalised heading that opens the paragraph text[start:end] ends, past its
    dash: "WASHINGTON (AP) — ", "NEW YORK, Dec. 11 (UPI) — ", "IOWA POLLS NOT NECESSARILY WRONG - "; None
    if it opens with none. Its first word is in capitals, and every word of it capitalised or a number."""
    dash = DATELINE_DASH.search(text, start, min(end, start + DATELINE_MAX))
    if dash is None or dash.end() >= end:
        return None
    head = text[start:dash.start()]
    words = head.replace(",", " ").split()
    if not words or len(words[0]) < 2 or not words[0].isupper():
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() for w in AGENCY.sub(" ", head).replace(",", " ").split()):
        return None
    return dash.end()


def parseable_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs as Stanza parses them. A dateline ("WASHINGTON (AP) — ") is parsed apart from the
    sentence it opens: read together, the weak tagger takes the capitals after it for one long name
    ("President Barack Obama met/PROPN survivors"). Runs of more than MAX_WORD characters without a space
    (base64, URLs gone wrong, a table flattened into one line) are left out: Stanza takes seconds over
    such a "word" and gives back "<UNK>". What is on either side of the run is parsed as a paragraph of
    its own."""
    out = []
    for start, end in _without_datelines(text, spans):
        if end - start < MAX_WORD or not LONG_RUN.search(text, start, end):
            out.append((start, end))
            continue
        cuts = [start]
        for m in LONG_RUN.finditer(text, start, end):
            cuts += [m.start(), m.end()]
        cuts.append(end)
        for s, e in zip(cuts[::2], cuts[1::2]):
            chunk = text[s:e]
            if chunk.strip():
                out.append((s + len(chunk) - len(chunk.lstrip()), e - (len(chunk) - len(chunk.rstrip()))))
    return out


def _without_datelines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for start, end in spans:
        cut = dateline_end(text, start, end)
        if cut is None:
            out.append((start, end))
        else:
            head = text[start:cut].rstrip()
            out += [(start, start + len(head)), (cut, end)]
    return out


def doc_header(doc: Doc) -> Doc:
    """The document without its tokens: what a report needs of it, at a fraction of the memory."""
    return Doc(doc.lang, doc.level, dict(doc.processors))


class Analyzer:
    """Holds what is costly to build (Stanza pipelines, the lexicon index, the cache) across articles."""

    def __init__(self, lexicons=None, models_dir=None, cache_dir=None, use_cache: bool = True,
                 strict: bool = False, batch_size: int = DEFAULT_BATCH):
        self.lexicons = _load(lexicons)
        self.models_dir = models_dir
        self.cache_dir = cache_dir
        self.use_cache = use_cache
        self.strict = strict
        self.batch_size = max(1, int(batch_size))
        self.annotator = Annotator(models_dir, strict=strict)
        self.matcher = Matcher(self.lexicons)
        # a lexicon with a `scope` counts only in articles on its topic ("offensive" in Ukraine news is not Karabakh framing)
        self.in_scope = scope_filter(self.lexicons)
        self.cache = AnnotationCache(cache_dir) if use_cache else None
        self._speakers: dict[str, SpeakerDirectory] = {}
        # articles, paragraphs_parsed, paragraphs_cached, words_parsed, langid_cached
        self.stats: Counter = Counter()

    def speakers(self, lang: str) -> SpeakerDirectory:
        if lang not in self._speakers:
            cues = load_cues(lang)
            self._speakers[lang] = SpeakerDirectory(self.lexicons.speakers, lang, cues.speaker_words)
        return self._speakers[lang]

    # --- language -----------------------------------------------------------------------------------

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

    def _article_key(self, article: Article) -> str:
        return cache_key(f"{article.body_start}\x00{article.lang or ''}\x00{article.content}", "*", langid_version())

    def languages_of(self, articles: list[Article]) -> list[tuple[LanguageGuess, dict[str, list[tuple[int, int]]]]]:
        """Each article's language and its paragraphs by language, from the cache where it has them."""
        keys = [self._article_key(a) for a in articles] if self.cache is not None else []
        found = self.cache.get_many(keys) if keys else {}
        out, new = [], []
        for index, article in enumerate(articles):
            entry = found.get(keys[index]) if keys else None
            if entry is not None:
                self.stats["langid_cached"] += 1
                by_lang: dict[str, list[tuple[int, int]]] = {}
                for code, start, end in entry["spans"]:
                    by_lang.setdefault(code, []).append((start, end))
                out.append((LanguageGuess(*entry["guess"]), by_lang))
                continue
            guess = self.language(article)
            by_lang = self.paragraph_languages(article, guess.code)
            out.append((guess, by_lang))
            if keys:
                new.append((keys[index], "langid", guess.code, {
                    "guess": [guess.code, guess.confidence, guess.method, guess.reliable],
                    "spans": [[code, s, e] for code, spans in by_lang.items() for s, e in spans]}))
        if new:
            self.cache.put_many(new)
        return out

    # --- parsing ------------------------------------------------------------------------------------

    def _paragraph_key(self, lang: str, text: str) -> str:
        return cache_key(text, lang, self.annotator.batch_version_key(lang) + ":paragraph")

    def annotate_many(self, items: list[tuple[str, str, dict[str, list[tuple[int, int]]]]]) -> list[Doc]:
        """Docs for ``(content, lang, paragraphs by language)`` items: cached paragraphs are read, the
        others parsed in one Stanza call per language and stored."""
        annotator = self.annotator
        items = [(text, lang, {code: parseable_spans(text, spans) if annotator.parses(code) else spans
                               for code, spans in by_lang.items()}) for text, lang, by_lang in items]
        parsed: dict[tuple[str, str], list] = {}
        for code, texts in annotator.paragraphs_to_parse(items).items():
            missing = texts
            if self.cache is not None:
                keys = {t: self._paragraph_key(code, t) for t in texts}
                found = self.cache.get_many(keys.values())
                missing = []
                for t in texts:
                    if keys[t] in found:
                        parsed[(code, t)] = found[keys[t]]
                    else:
                        missing.append(t)
                self.stats["paragraphs_cached"] += len(texts) - len(missing)
            if missing:
                records = annotator.parse_paragraphs(code, missing)
                self.stats["paragraphs_parsed"] += len(missing)
                self.stats["words_parsed"] += sum(len(words) for sentences in records for words in sentences)
                parsed.update(zip(((code, t) for t in missing), records))
                if self.cache is not None:
                    self.cache.put_many([(keys[t], "parse", code, r) for t, r in zip(missing, records)])
        return annotator.assemble_many(items, parsed)

    def annotate(self, article: Article, lang: str) -> Doc:
        return self.annotate_many([(article.content, lang, self.paragraph_languages(article, lang))])[0]

    # --- the rest of the line -----------------------------------------------------------------------

    def _speakers_key(self) -> str:
        if not hasattr(self, "_speakers_digest"):
            import json

            rules = [[r.group, list(r.names), r.canonical, list(r.patterns), r.kind] for r in self.lexicons.speakers]
            self._speakers_digest = hashlib.sha256(json.dumps(rules, ensure_ascii=False).encode()).hexdigest()[:16]
        return self._speakers_digest

    def _derived_key(self, article: Article, language: LanguageGuess, by_lang, version: str) -> str:
        """What is derived from a parse depends on the parse (the content, its paragraphs' languages,
        their models), the article's headline and boilerplate lines, and the code (`version`)."""
        models = ";".join(self.annotator.batch_version_key(code) for code in sorted(by_lang))
        layout = repr((article.body_start, article.headline, article.boilerplate, language.code,
                       sorted(by_lang.items())))
        return cache_key(f"{layout}\x00{article.content}", language.code, f"{version}:{models}")

    def _voice_key(self, article: Article, language: LanguageGuess, by_lang) -> str:
        """A voice map also depends on the speaker rules, the cues and the attribution code."""
        return self._derived_key(article, language, by_lang, f"{voice_version()}:{self._speakers_key()}")

    def pieces_of(self, articles: list[Article], languages, docs: list[Doc]) -> list[list]:
        """Each document as the folded pieces that matching compares with the lexicon terms: cached, or
        made now (and stored). Lexicon-independent, so a lexicon edit reuses them."""
        keys = [self._derived_key(a, guess, by_lang, pieces_version()) for a, (guess, by_lang) in zip(articles, languages)] \
            if self.cache is not None else []
        found = self.cache.get_many(keys) if keys else {}
        out, new = [], []
        for index, doc in enumerate(docs):
            entry = found.get(keys[index]) if keys else None
            if entry is not None:
                try:
                    out.append([Piece(*row) for row in entry])
                    continue
                except TypeError:   # another shape of Piece
                    pass
            pieces = doc_pieces(doc)
            out.append(pieces)
            if keys:
                new.append((keys[index], "pieces", doc.lang, [[getattr(p, f) for f in _PIECE_FIELDS] for p in pieces]))
        if new:
            self.cache.put_many(new)
        return out

    def voices_of(self, articles: list[Article], languages, docs: list[Doc]) -> list[VoiceMap]:
        """Each article's voice map: cached, or attributed now (and stored)."""
        from .parallel import voice_from_dict, voice_to_dict

        keys = [self._voice_key(a, guess, by_lang) for a, (guess, by_lang) in zip(articles, languages)] \
            if self.cache is not None else []
        found = self.cache.get_many(keys) if keys else {}
        voices, new = [], []
        for index, (article, (guess, _), doc) in enumerate(zip(articles, languages, docs)):
            entry = found.get(keys[index]) if keys else None
            if entry is not None:
                try:
                    voices.append(voice_from_dict(entry))
                    self.stats["voices_cached"] += 1
                    continue
                except (TypeError, KeyError, ValueError):   # written by another shape of VoiceMap
                    pass
            voice = attribute(doc, article, self.speakers(guess.code), load_cues(guess.code))
            voices.append(voice)
            if keys:
                new.append((keys[index], "voice", guess.code, voice_to_dict(voice)))
        if new:
            self.cache.put_many(new)
        return voices

    def finish(self, article: Article, language: LanguageGuess, doc: Doc, voice: VoiceMap | None = None,
               pieces: list | None = None) -> ArticleResult:
        """Attribution (unless given), matching and mentions on a parsed article."""
        lang = language.code
        if voice is None:
            voice = attribute(doc, article, self.speakers(lang), load_cues(lang))
        pieces = doc_pieces(doc) if pieces is None else pieces
        matches = self.in_scope(doc, self.matcher.match(doc, pieces=pieces, text=article.content), article.content,
                                pieces)
        level = f"{lang}: {describe_level(doc, bool(load_suffix_table(lang)))}"
        mentions = build_mentions(article, doc, matches, voice, self.lexicons, level)
        self.stats["articles"] += 1
        return ArticleResult(article, language, doc, voice, matches, mentions, level)

    def process_many(self, articles: list[Article], errors: list | None = None) -> list[ArticleResult]:
        """Every article of a batch, in order. Parsing is batched (see `annotate_many`); the cache holds
        parses, language guesses and voice maps, so only matching runs again after a lexicon edit.

        An article whose analysis fails raises, or, when `errors` is a list, is left out and appended to
        it as (source, reason): the batch is then done again one article at a time, so that one bad
        article costs only itself."""
        articles = list(articles)
        try:
            return self._process_many(articles)
        except Exception as exc:
            if errors is None:
                raise
            if len(articles) == 1:
                article = articles[0]
                errors.append((article.source or article.id, f"analysis failed: {type(exc).__name__}: {exc}"))
                return []
        return [r for article in articles for r in self.process_many([article], errors)]

    def _process_many(self, articles: list[Article]) -> list[ArticleResult]:
        languages = self.languages_of(articles)
        docs = self.annotate_many([(a.content, guess.code, by_lang) for a, (guess, by_lang) in zip(articles, languages)])
        voices = self.voices_of(articles, languages, docs)
        pieces = self.pieces_of(articles, languages, docs)
        return [self.finish(a, guess, doc, voice, p)
                for a, (guess, _), doc, voice, p in zip(articles, languages, docs, voices, pieces)]

    def process(self, article: Article) -> ArticleResult:
        return self.process_many([article])[0]

    def analyze_text(self, text: str, lang: str | None = None, article_id: str = "text",
                     outlet: str | None = None) -> ArticleResult:
        """Analyse a string as an article whose first line is not a headline (e.g. a quote or a paragraph)."""
        article = make_article(text, id=article_id, source=article_id, headline_from_first_line=False)
        article.lang = lang or article.lang
        article.outlet = outlet or article.outlet
        return self.process(article)

    # --- many articles ------------------------------------------------------------------------------

    def iter_results(self, inputs: Iterable[str | Path], encoding: str | None = None, lenient: bool = False,
                     errors: list | None = None, *, engine: str = "local", workers: int = 1,
                     scheduler=None, progress: bool | None = None, keep_docs: bool = True,
                     max_chars: int | None = None) -> Iterator[ArticleResult]:
        """The results of every article of the inputs, in input order, as they come: the corpus is read
        in batches, so it need not fit in memory. Unreadable inputs raise CorpusError or, when `errors`
        is a list, are appended to it as (source, message). `engine` "local" runs `workers` processes
        (1: this one), "dask" a Dask cluster (`scheduler`: its address, a Client, or None for a local
        one); `progress` None shows a bar on a terminal only; `keep_docs` False keeps no tokens; articles
        longer than `max_chars` characters are skipped (None: corpus.MAX_CHARS; 0: no limit)."""
        from .parallel import execute

        if isinstance(inputs, (str, Path)):
            inputs = [inputs]
        return execute(self, list(inputs), encoding=encoding, lenient=lenient, errors=errors, engine=engine,
                       workers=workers, scheduler=scheduler, progress=progress, keep_docs=keep_docs,
                       max_chars=max_chars)

    def run(self, inputs: Iterable[str | Path], encoding: str | None = None, lenient: bool = False, *,
            engine: str = "local", workers: int = 1, scheduler=None, progress: bool | None = None,
            keep_docs: bool = True, max_chars: int | None = None) -> RunResult:
        """Every article of the inputs; an input that cannot be read is skipped with its reason."""
        result = RunResult()
        errors: list = []
        result.articles.extend(self.iter_results(inputs, encoding, lenient, errors, engine=engine, workers=workers,
                                                 scheduler=scheduler, progress=progress, keep_docs=keep_docs,
                                                 max_chars=max_chars))
        result.skipped.extend(Skipped(source, reason) for source, reason in errors)
        return result


def analyze(inputs, lexicons=None, models_dir=None, cache_dir=None, use_cache: bool = True, *,
            engine: str = "local", workers: int = 1, scheduler=None, progress: bool | None = None) -> pd.DataFrame:
    """The Mention table of every article in `inputs` (files, folders, CSV/JSONL/Parquet), built as the
    articles stream through: only the mentions are kept, never the parses."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    analyzer = Analyzer(lexicons, models_dir, cache_dir, use_cache)
    frames, pending = [], []
    for result in analyzer.iter_results(inputs, errors=[], engine=engine, workers=workers, scheduler=scheduler,
                                        progress=progress, keep_docs=False):
        pending.extend(result.mentions)
        if len(pending) >= 5000:
            frames.append(mentions_frame(pending))
            pending = []
    if pending or not frames:
        frames.append(mentions_frame(pending))
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


__all__ = ["Analyzer", "ArticleResult", "RunResult", "Skipped", "analyze", "CorpusError", "DEFAULT_BATCH"]
