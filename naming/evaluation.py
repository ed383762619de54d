"""Evaluation of attribution (who says what) against gold standoff annotation, e.g. PolNeAR.

Gold comes as brat standoff (`load_brat`); predictions come as the JSONL contract of
`naming quotes`, one dict per attribution with `content`, `source` and `cue` spans
(`{"start", "end", "text"}`, code-point offsets into the article file content), a `speaker`, and
optionally `continuation`: further pieces of the content (a quote interrupted by its cue).

Definitions (PARC-style, after Pareti 2016):

* A span is a tuple of fragments `(start, end)`; gold spans may be discontinuous. A span is
  compared as the SET OF ITS CHARACTERS, not its hull: the hull of a discontinuous quotation
  usually contains the source and the cue ("“…,” Caddell said, “…”"), so a prediction of that
  hull is not the annotated content. Before any comparison each fragment is trimmed of
  surrounding whitespace, punctuation and quote marks, and fragments separated only by such
  characters are joined, on both sides alike.
* EXACT: the trimmed character sets are equal. OVERLAP: they share at least one character.
  Both use a one-to-one matching, greedy by largest overlap, so one long prediction cannot
  match several gold spans and duplicates are not credited twice.
  P = matched / predicted, R = matched / gold, F1 their harmonic mean; micro-averaged over the
  articles by summing the counts.
* Sources and cues are scored as the distinct spans of an article: a speaker named once for
  three quotations is one span to find.
* Tokens: every whitespace token is "attributed" when its core (the token trimmed of
  punctuation and quote marks, or the whole token if nothing else is left) touches a content
  span; accuracy over all tokens and P/R/F1 of the attributed class, gold vs predicted.
* Direct quotes: the gold contents that are quotations (their first fragment opens with a quote
  mark and their last closes with one) against the predictions of kind "direct", exact and overlap:
  the quote-span figure that systems for quotation attribution report.
* Speaker accuracy: over the content pairs of the OVERLAP matching whose gold attribution has
  a source, the share whose predicted source span overlaps the gold source, or whose speaker's
  last word occurs in the gold source text (a pronoun resolved to a name said elsewhere).
"""
from __future__ import annotations

import csv
import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path
from typing import Callable, Iterable, Sequence

log = logging.getLogger(__name__)

Fragment = tuple[int, int]
SpanLike = Fragment | Sequence[Fragment]
ROLES = ("content", "source", "cue")
MODES = ("exact", "overlap")

# brat record ids: T, E, R, A, M, N with a number, `#` notes, `*` equivalences. Anything else
# is the continuation of a span text that contains a line break.
_BRAT_RECORD = re.compile(r"^(?:[TERAMN]\d+|#\d*|\*)\t")
_WORD = re.compile(r"\w+")


def read_text(path: str | Path) -> str:
    """An article as the offsets see it: UTF-8, line endings untouched."""
    return Path(path).read_bytes().decode("utf-8")


# ---------------------------------------------------------------- gold


@dataclass
class GoldAttribution:
    id: str
    content: list[Fragment]
    source: list[Fragment] = field(default_factory=list)
    cue: list[Fragment] = field(default_factory=list)
    source_text: str | None = None


@dataclass
class SpanMismatch:
    """A brat span whose recorded text is not what its offsets select in the text file."""
    id: str
    recorded: str
    found: str


@dataclass
class BratDocument:
    attributions: list[GoldAttribution]
    mismatches: list[SpanMismatch]


def parse_brat(ann: str, text: str) -> BratDocument:
    """Attribution relations (`E` records) of a brat .ann string, with their span offsets checked.

    Roles are read from the relation, not from the span labels, since one source span can
    serve several relations; numbered roles (`Content2`) add fragments to their role. A relation
    without content is an unfinished annotation (PolNeAR has a few, bare triggers) and is left out.
    """
    records: list[str] = []
    # split("\n"), not splitlines(): span texts may hold U+2028 or U+0085, which are not line ends in brat.
    for line in ann.split("\n"):
        if _BRAT_RECORD.match(line) or not records:
            records.append(line)
        else:
            records[-1] += "\n" + line

    spans: dict[str, list[Fragment]] = {}
    span_text: dict[str, str] = {}
    relations: list[tuple[str, dict[str, list[str]]]] = []
    mismatches: list[SpanMismatch] = []
    for record in records:
        if record.startswith("T"):
            tid, label_offsets, recorded = record.split("\t", 2)
            _, offsets = label_offsets.split(" ", 1)
            fragments = [(int(a), int(b)) for a, b in (f.split() for f in offsets.split(";"))]
            spans[tid] = fragments
            # brat writes fragments joined by a space and may break a span text over lines, so
            # only a difference beyond whitespace is a mismatch.
            found = " ".join(text[a:b] for a, b in fragments)
            span_text[tid] = found
            if recorded.split() != found.split():
                mismatches.append(SpanMismatch(tid, recorded, found))
        elif record.startswith("E"):
            eid, arguments = record.split("\t", 1)
            roles: dict[str, list[str]] = defaultdict(list)
            for argument in arguments.split():
                role, tid = argument.split(":", 1)
                roles[role.rstrip("0123456789").lower()].append(tid)
            relations.append((eid, roles))

    attributions = []
    for eid, roles in relations:
        if not roles["content"]:
            continue
        content, source, cue = ([f for tid in roles[role] for f in spans[tid]] for role in ROLES)
        attributions.append(GoldAttribution(
            id=eid, content=sorted(content), source=sorted(source), cue=sorted(cue),
            source_text=" ".join(span_text[tid] for tid in roles["source"]) if roles["source"] else None,
        ))
    return BratDocument(attributions, mismatches)


def load_brat(ann_path: str | Path, text: str) -> list[GoldAttribution]:
    """The attribution relations of a brat .ann file; span/text mismatches are logged, not raised."""
    document = parse_brat(read_text(ann_path), text)
    if document.mismatches:
        log.warning("%s: %d span(s) whose text does not match the text file", ann_path, len(document.mismatches))
    return document.attributions


# ---------------------------------------------------------------- spans


def _fragments(span: SpanLike) -> tuple[Fragment, ...]:
    return (span,) if span and isinstance(span[0], int) else tuple(span)


def _is_trim(ch: str) -> bool:
    # Backtick and acute accent are symbols to Unicode but serve as quote marks in ``PTB'' style text.
    return ch.isspace() or ch in "`´" or unicodedata.category(ch).startswith("P")


def normalize_span(span: SpanLike, text: str) -> tuple[Fragment, ...]:
    """Fragments trimmed of whitespace/punctuation/quote marks, sorted, with filler-only gaps closed."""
    trimmed = []
    for start, end in sorted(_fragments(span)):
        while start < end and _is_trim(text[start]):
            start += 1
        while end > start and _is_trim(text[end - 1]):
            end -= 1
        if start < end:
            trimmed.append((start, end))
    joined: list[Fragment] = []
    for start, end in trimmed:
        if joined and all(_is_trim(ch) for ch in text[joined[-1][1]:start]):
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return tuple(joined)


def _overlap(a: Sequence[Fragment], b: Sequence[Fragment]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def match_spans(predicted: Sequence[SpanLike], gold: Sequence[SpanLike], text: str,
                mode: str = "overlap") -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, greedy by largest character overlap.

    Spans that are empty once trimmed never match. Ties go to the earlier prediction, then
    the earlier gold span, so the result does not depend on anything but the input order.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    pred = [normalize_span(s, text) for s in predicted]
    gold_n = [normalize_span(s, text) for s in gold]
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold_n):
            if mode == "exact" and p != g:
                continue
            shared = _overlap(p, g)
            if shared:
                candidates.append((-shared, i, j))
    candidates.sort()
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return sorted(pairs)


@dataclass
class Counts:
    """Matched / predicted / gold counts of a one-to-one matching; add them to micro-average."""
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.matched + other.matched, self.predicted + other.predicted, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"matched": self.matched, "predicted": self.predicted, "gold": self.gold,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def score_spans(predicted: Sequence[SpanLike], gold: Sequence[SpanLike], text: str, mode: str = "overlap") -> Counts:
    return Counts(len(match_spans(predicted, gold, text, mode)), len(predicted), len(gold))


# ---------------------------------------------------------------- tokens and speakers


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def to_dict(self) -> dict:
        return {"hits": self.hits, "total": self.total, "value": self.value}


@dataclass
class TokenCounts:
    """Whitespace tokens, narrative vs attributed: `attributed` is the P/R/F1 of the attributed class."""
    accuracy: Ratio = field(default_factory=Ratio)
    attributed: Counts = field(default_factory=Counts)

    def __add__(self, other: TokenCounts) -> TokenCounts:
        return TokenCounts(self.accuracy + other.accuracy, self.attributed + other.attributed)

    def to_dict(self) -> dict:
        return {"accuracy": self.accuracy.to_dict(), "attributed": self.attributed.to_dict()}


def _mask(spans: Iterable[SpanLike], size: int) -> bytearray:
    mask = bytearray(size)
    for span in spans:
        for start, end in _fragments(span):
            end = min(end, size)
            mask[start:end] = b"\x01" * max(0, end - start)
    return mask


def score_tokens(predicted: Sequence[SpanLike], gold: Sequence[SpanLike], text: str) -> TokenCounts:
    """Narrative-vs-attributed agreement over the whitespace tokens of `text`."""
    gold_mask, pred_mask = _mask(gold, len(text)), _mask(predicted, len(text))
    result = TokenCounts()
    for token in re.finditer(r"\S+", text):
        core = normalize_span((token.start(), token.end()), text) or ((token.start(), token.end()),)
        in_gold = any(any(gold_mask[a:b]) for a, b in core)
        in_pred = any(any(pred_mask[a:b]) for a, b in core)
        result.accuracy.total += 1
        result.accuracy.hits += in_gold == in_pred
        result.attributed.gold += in_gold
        result.attributed.predicted += in_pred
        result.attributed.matched += in_gold and in_pred
    return result


def _last_word(name: str | None) -> str | None:
    words = _WORD.findall(name or "")
    # "Trump's" → "s" otherwise; the possessive is not the name.
    while words and words[-1].casefold() == "s" and len(words) > 1:
        words.pop()
    return words[-1].casefold() if words else None


def speaker_matches(prediction: dict, gold: GoldAttribution, text: str) -> bool:
    """Whether a prediction names the gold attribution's source (see the module docstring)."""
    source = prediction.get("source")
    if source and gold.source:
        if _overlap(normalize_span((source["start"], source["end"]), text), normalize_span(gold.source, text)):
            return True
    last = _last_word(prediction.get("speaker"))
    return last is not None and last in {w.casefold() for w in _WORD.findall(gold.source_text or "")}


# ---------------------------------------------------------------- one article, a split


def _span_of(part: dict | None) -> Fragment | None:
    return (part["start"], part["end"]) if part else None


def content_fragments(prediction: dict) -> tuple[Fragment, ...]:
    """The content's fragments: `content` and, when the prediction has them, its `continuation` pieces."""
    return tuple(_span_of(part) for part in [prediction["content"], *(prediction.get("continuation") or ())])


def _distinct(spans: Iterable[SpanLike | None], text: str) -> list[tuple[Fragment, ...]]:
    """Spans deduplicated by their trimmed form; one that trims to nothing is kept as it is, to count as predicted."""
    seen: dict[tuple[Fragment, ...], None] = {}
    for span in spans:
        if span:
            seen.setdefault(normalize_span(span, text) or _fragments(span))
    return list(seen)


@dataclass
class Scores:
    articles: int = 0
    gold_attributions: int = 0
    predicted_attributions: int = 0
    spans: dict[tuple[str, str], Counts] = field(
        default_factory=lambda: {(role, mode): Counts() for role in ROLES for mode in MODES})
    tokens: TokenCounts = field(default_factory=TokenCounts)
    speaker: Ratio = field(default_factory=Ratio)
    quotes: dict[str, Counts] = field(default_factory=lambda: {mode: Counts() for mode in MODES})
    # Predicted spans whose `text` is not `content[start:end]`: a sign of shifted offsets.
    prediction_mismatches: int = 0

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            articles=self.articles + other.articles,
            gold_attributions=self.gold_attributions + other.gold_attributions,
            predicted_attributions=self.predicted_attributions + other.predicted_attributions,
            spans={key: self.spans[key] + other.spans[key] for key in self.spans},
            tokens=self.tokens + other.tokens,
            speaker=self.speaker + other.speaker,
            quotes={mode: self.quotes[mode] + other.quotes[mode] for mode in MODES},
            prediction_mismatches=self.prediction_mismatches + other.prediction_mismatches,
        )

    def to_dict(self) -> dict:
        return {
            "articles": self.articles,
            "gold_attributions": self.gold_attributions,
            "predicted_attributions": self.predicted_attributions,
            "spans": {f"{role}/{mode}": counts.to_dict() for (role, mode), counts in self.spans.items()},
            "tokens": self.tokens.to_dict(),
            "speaker": self.speaker.to_dict(),
            "quotes": {mode: counts.to_dict() for mode, counts in self.quotes.items()},
            "prediction_mismatches": self.prediction_mismatches,
        }


_QUOTE_MARKS = frozenset('"\'“”„‚‘’«»‹›`')


def _is_quotation(content: Sequence[Fragment], text: str) -> bool:
    """A content that is a quotation: it opens with a quote mark and closes with one (after any
    whitespace), as PolNeAR annotates direct quotes with their marks."""
    first = text[content[0][0]:content[0][1]].lstrip()
    last = text[content[-1][0]:content[-1][1]].rstrip()
    return bool(first and last) and first[0] in _QUOTE_MARKS and last[-1] in _QUOTE_MARKS


def score_article(predictions: Sequence[dict], gold: Sequence[GoldAttribution], text: str) -> Scores:
    scores = Scores(articles=1, gold_attributions=len(gold), predicted_attributions=len(predictions))
    for prediction in predictions:
        for part in (prediction.get("content"), prediction.get("source"), prediction.get("cue"),
                     *(prediction.get("continuation") or ())):
            if part and part.get("text") is not None and text[part["start"]:part["end"]] != part["text"]:
                scores.prediction_mismatches += 1

    pred_content = [content_fragments(p) for p in predictions]
    gold_content = [g.content for g in gold]
    for mode in MODES:
        scores.spans["content", mode] = score_spans(pred_content, gold_content, text, mode)
        for role in ("source", "cue"):
            scores.spans[role, mode] = score_spans(
                _distinct((_span_of(p.get(role)) for p in predictions), text),
                _distinct((getattr(g, role) for g in gold), text), text, mode)
    scores.tokens = score_tokens(pred_content, gold_content, text)
    direct = [content_fragments(p) for p in predictions if p.get("kind") == "direct"]
    quoted = [g.content for g in gold if _is_quotation(g.content, text)]
    for mode in MODES:
        scores.quotes[mode] = score_spans(direct, quoted, text, mode)
    for i, j in match_spans(pred_content, gold_content, text, "overlap"):
        if gold[j].source:
            scores.speaker.total += 1
            scores.speaker.hits += speaker_matches(predictions[i], gold[j], text)
    return scores


@dataclass
class EvalResult:
    split: str
    overall: Scores
    by_publisher: dict[str, Scores]
    by_article: dict[str, Scores]
    gold_mismatches: dict[str, list[SpanMismatch]]

    def to_dict(self) -> dict:
        return {
            "split": self.split,
            "overall": self.overall.to_dict(),
            "by_publisher": {k: v.to_dict() for k, v in self.by_publisher.items()},
            "by_article": {k: v.to_dict() for k, v in self.by_article.items()},
            "gold_mismatches": {k: [vars(m) for m in v] for k, v in self.gold_mismatches.items()},
        }


def read_publishers(metadata_path: str | Path) -> dict[str, str]:
    """Article name (file name without .txt) → publisher, from PolNeAR's metadata.tsv."""
    with open(metadata_path, encoding="utf-8", newline="") as handle:
        return {row["filename"]: row["publisher"] for row in csv.DictReader(handle, delimiter="\t")}


def split_articles(split_dir: str | Path, publishers: dict[str, str]) -> list[Path]:
    """The split's text files, interleaved publisher by publisher so that a prefix covers every outlet."""
    by_publisher: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(Path(split_dir, "text").glob("*.txt")):
        by_publisher[publishers.get(path.stem, "unknown")].append(path)
    rounds = zip_longest(*(by_publisher[p] for p in sorted(by_publisher)))
    return [path for round_ in rounds for path in round_ if path is not None]


def find_datasets(eval_dir: str | Path, split: str) -> list[Path]:
    """Every annotated corpus under `eval_dir` laid out like PolNeAR (`<name>/<split>/text/*.txt` with
    `<name>/<split>/attributions/*.ann`): data added there later in other languages is found, not listed."""
    eval_dir = Path(eval_dir)
    if not eval_dir.is_dir():
        return []
    return sorted(d / split for d in eval_dir.iterdir()
                  if (d / split / "text").is_dir() and (d / split / "attributions").is_dir())


def read_languages(metadata_path: str | Path) -> dict[str, str]:
    """Article name → language, from a `lang` or `language` column of the corpus's metadata.tsv; empty
    when there is none (the pipeline then identifies each article's language)."""
    if not Path(metadata_path).is_file():
        return {}
    with open(metadata_path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    column = next((c for c in ("lang", "language") if rows and c in rows[0]), None)
    return {row["filename"]: row[column].strip() for row in rows if column and row.get(column, "").strip()}


class SkipArticle(Exception):
    """Raised by a predictor that cannot (or should not) answer for an article, e.g. one not yet parsed
    when only cached parses are wanted: the article is left out of the scores."""


def evaluate(split_dir: str | Path, predict: Callable[[Path], list[dict]], limit: int | None = None) -> EvalResult:
    """Score `predict(text_path)` against the gold of a PolNeAR-style split (`text/`, `attributions/`).

    Publishers come from `metadata.tsv` beside the split when it exists. With `limit`, the first
    `limit` articles of the publisher-interleaved order are scored (skipped ones included, see
    `SkipArticle`).
    """
    split_dir = Path(split_dir)
    metadata = split_dir.parent / "metadata.tsv"
    publishers = read_publishers(metadata) if metadata.exists() else {}
    paths = split_articles(split_dir, publishers)[:limit]
    if not paths:
        raise FileNotFoundError(f"{split_dir}: no text/*.txt articles")

    by_article: dict[str, Scores] = {}
    by_publisher: dict[str, Scores] = defaultdict(Scores)
    gold_mismatches: dict[str, list[SpanMismatch]] = {}
    for path in paths:
        text = read_text(path)
        document = parse_brat(read_text(split_dir / "attributions" / f"{path.stem}.ann"), text)
        if document.mismatches:
            gold_mismatches[path.stem] = document.mismatches
        try:
            predictions = predict(path)
        except SkipArticle:
            continue
        except Exception as exc:
            exc.add_note(f"while predicting attributions for {path}")
            raise
        scores = score_article(predictions, document.attributions, text)
        by_article[path.stem] = scores
        publisher = publishers.get(path.stem, "unknown")
        by_publisher[publisher] = by_publisher[publisher] + scores
    overall = sum(by_article.values(), Scores())
    return EvalResult(split_dir.name, overall, dict(sorted(by_publisher.items())), by_article, gold_mismatches)


# ---------------------------------------------------------------- output


def format_table(result: EvalResult) -> str:
    """Markdown: span P/R/F1, token and speaker scores, then one row per publisher."""
    o = result.overall
    lines = [
        f"Attribution on {result.split}: {o.articles} articles, {o.gold_attributions} gold attributions, "
        f"{o.predicted_attributions} predicted.",
        "",
        "| metric | P | R | F1 | matched | predicted | gold |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    rows = [(f"{role} {mode}", o.spans[role, mode]) for role in ROLES for mode in MODES]
    rows += [(f"direct quotes {mode}", o.quotes[mode]) for mode in MODES]
    rows.append(("tokens attributed", o.tokens.attributed))
    for name, c in rows:
        lines.append(f"| {name} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.matched} | {c.predicted} | {c.gold} |")
    lines += [
        "",
        f"Token accuracy (narrative vs attributed): {o.tokens.accuracy.value:.3f} "
        f"({o.tokens.accuracy.hits}/{o.tokens.accuracy.total} tokens).",
        f"Speaker accuracy: {o.speaker.value:.3f} "
        f"({o.speaker.hits}/{o.speaker.total} overlapping contents whose gold has a source).",
    ]
    gold_bad = sum(len(v) for v in result.gold_mismatches.values())
    if gold_bad or o.prediction_mismatches:
        lines.append(f"Offset checks: {gold_bad} gold span(s) and {o.prediction_mismatches} predicted span(s) "
                     f"whose text does not match the article.")
    lines += [
        "",
        "| publisher | articles | content exact F1 | content overlap F1 | source overlap F1 | token acc | attributed F1 | speaker acc |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for publisher, s in result.by_publisher.items():
        lines.append(
            f"| {publisher} | {s.articles} | {s.spans['content', 'exact'].f1:.3f} | {s.spans['content', 'overlap'].f1:.3f} "
            f"| {s.spans['source', 'overlap'].f1:.3f} | {s.tokens.accuracy.value:.3f} | {s.tokens.attributed.f1:.3f} "
            f"| {s.speaker.value:.3f} |")
    return "\n".join(lines)


# ---------------------------------------------------------------- baseline

_QUOTED = re.compile(r"“[^“”\n]+”|\"[^\"\n]+\"")


def quote_mark_baseline(text: str, article: str = "") -> list[dict]:
    """Every double-quoted stretch within a paragraph as a direct content with no source: a floor to beat."""
    return [
        {"article": article, "kind": "direct",
         "content": {"start": m.start(), "end": m.end(), "text": m.group()},
         "source": None, "cue": None, "speaker": None, "speaker_group": None}
        for m in _QUOTED.finditer(text)
    ]
