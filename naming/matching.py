r"""Lexicon terms found in an annotated document.

Terms and tokens are compared as folded pieces (see `naming.text`): hyphens, apostrophes and quote
marks separate pieces and are skipped, so "'anti-terror' military operation" reads as
anti · terror · military · operation. A phrase piece matches a token piece by its surface form or its
lemma; `lemma` terms match lemmas only (surface forms where the level has no lemmas); globs and the
language's suffix tables (`inflect: true`) cover inflection where lemmas are weak or missing.

The lexicon is indexed, so matching costs about the same with ten terms or a hundred thousand: phrase,
lemma and inflecting terms by their first piece, globs by the first GLOB_KEY characters of their literal
prefix ("арцах" for `Арцах*`), regexes by the first REGEX_KEY characters of theirs ("Кар" for
`\bКарабах\w*`: a regex runs only on the sentences that hold its key, in any case where the regex ignores
case). Only globs and regexes without a literal prefix (`*ство`, `[AА]rtsakh`, `(?:a|b)c`) are tried
everywhere, in a short list of their own: keep them few.
Longest match wins; a match inside one of its variant's `exclude` forms is dropped.

Regex terms run with the `regex` engine (installed with Stanza) under a time limit per sentence, so a
pattern that backtracks catastrophically and slipped past the lexicon's checks costs seconds, not hours:
a term that runs out of time REGEX_MAX_TIMEOUTS times is switched off for the rest of the run, with a
RuntimeWarning that names it.
"""
from __future__ import annotations

import fnmatch
import re
import re._constants as _sre
import re._parser as _sre_parser
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from .nlp import Doc
from .text import fold, phrase_pieces, piece_spans

try:
    import regex as _regex_engine
except ImportError:  # pragma: no cover - a dependency of Stanza; without it regexes run unbounded
    _regex_engine = None

GAP_MARKERS = re.compile(r"\s*(?:…|\.\.\.)\s*")
DEFAULT_GAP = 2
REGEX_TIMEOUT = 0.25        # seconds a regex term may take on one sentence
REGEX_MAX_TIMEOUTS = 3      # timeouts after which a regex term is switched off for the run
GLOB_KEY = 5                # characters of a glob's literal prefix that index it
REGEX_KEY = 3               # characters of a regex's literal prefix that index it (each costs a pass over a sentence)


@dataclass(frozen=True)
class Piece:
    surface: str
    lemma: str | None
    token: int
    start: int
    end: int
    sent: int
    lang: str


@dataclass(frozen=True)
class Match:
    concept_id: str
    variant_id: str
    term: object          # naming.lexicon.Term
    start: int
    end: int
    sentence: int
    first_token: int
    last_token: int


@dataclass(frozen=True)
class _Step:
    """One piece of a compiled term: what it accepts and how many pieces may be skipped before it."""
    value: str
    mode: str            # "any" (surface or lemma), "lemma", "glob", "inflect"
    gap_before: int = 0


@dataclass(frozen=True)
class _Pattern:
    concept_id: str
    variant_id: str
    term: object
    steps: tuple[_Step, ...]
    exclude: bool = False
    order: int = 0       # place in the lexicons: among equally long overlapping matches, the earlier term wins


_order = attrgetter("order")


def doc_pieces(doc: Doc) -> list[Piece]:
    """The document as a stream of folded pieces, each with the lemma of its token where that is clear."""
    pieces = []
    for token in doc.tokens:
        lang = doc.sentences[token.sent].lang or doc.lang
        spans = piece_spans(token.text, lang)
        lemma_pieces = phrase_pieces(token.lemma, lang) if token.lemma else []
        for k, (start, end, piece) in enumerate(spans):
            if len(lemma_pieces) == len(spans):
                lemma = lemma_pieces[k]
            elif len(lemma_pieces) == 1 and k == 0:
                lemma = lemma_pieces[0]
            else:
                lemma = None
            pieces.append(Piece(piece, lemma, token.i, token.start + start, token.start + end, token.sent, lang))
    return pieces


def _compile(term, concept_id: str, variant_id: str, exclude: bool = False, order: int = 0) -> _Pattern | None:
    lang = term.lang
    segments = GAP_MARKERS.split(term.value)
    gap = term.gap or (DEFAULT_GAP if len(segments) > 1 else 0)
    steps: list[_Step] = []
    for index, segment in enumerate(segments):
        if term.kind == "glob":
            words = [fold(w, lang) for w in re.split(r"[\s\-‐‑–]+", segment.strip()) if w]
            values = [p for w in words for p in ([w] if any(c in w for c in "*?[") else phrase_pieces(w, lang))]
            modes = ["glob" if any(c in v for c in "*?[") else "any" for v in values]
        else:
            values = phrase_pieces(segment, lang)
            modes = ["lemma" if term.kind == "lemma" else "any"] * len(values)
        for k, (value, mode) in enumerate(zip(values, modes)):
            steps.append(_Step(value, mode, gap if index > 0 and k == 0 else 0))
    if not steps:
        return None
    if term.inflect and steps[-1].mode == "any":
        steps[-1] = _Step(steps[-1].value, "inflect", steps[-1].gap_before)
    return _Pattern(concept_id, variant_id, term, tuple(steps), exclude, order)


def glob_prefix(glob: str) -> str:
    """What every string the glob matches starts with."""
    return re.split(r"[*?\[]", glob, maxsplit=1)[0]


def regex_prefix(pattern: str, flags: int = 0) -> tuple[str, bool]:
    """(what every match of the regex starts with, whether it is compared ignoring case); "" when
    that is not certain: a pattern that `re` cannot read (`regex`-only syntax) has no prefix."""
    try:
        with warnings.catch_warnings():   # "possible nested set" and such: the lexicon check has said so
            warnings.simplefilter("ignore")
            parsed = _sre_parser.parse(pattern, flags)
    except Exception:
        return "", False
    chars: list[str] = []
    for op, arg in parsed.data:
        if op is _sre.AT and not chars:     # \b, ^: zero-width
            continue
        if op is not _sre.LITERAL:
            break
        if arg == ord("{"):                 # `regex` reads "c{e<=1}" as a fuzzy "c"
            chars = chars[:-1]
            break
        chars.append(chr(arg))
    return "".join(chars), bool(parsed.state.flags & re.IGNORECASE)


@lru_cache(maxsize=1)
def _every_character() -> str:
    return "".join(map(chr, range(0x110000)))


@lru_cache(maxsize=None)
def _caseless_twins(char: str) -> frozenset[str]:
    """Every character that a case-insensitive regex takes for `char`, with either engine (their Unicode
    versions differ, and both differ from `str.lower`: `regex` pairs "ɤ" with U+A7CB)."""
    twins = set()
    for engine in (re, _regex_engine) if _regex_engine is not None else (re,):
        twins.update(engine.compile(engine.escape(char), engine.IGNORECASE).findall(_every_character()))
    return frozenset(twins)


def compile_regex(pattern: str, flags: int = 0):
    """A regex term compiled with the `regex` engine, which can be given a timeout (`re` as a fallback;
    `regex`'s default mode matches as `re` does, and its flag values are `re`'s)."""
    if _regex_engine is not None:
        try:
            return _regex_engine.compile(pattern, flags)
        except Exception:  # a construct `re` reads differently: keep `re`'s reading
            pass
    return re.compile(pattern, flags)


def _finditer(compiled, text: str):
    if _regex_engine is not None and isinstance(compiled, _regex_engine.Pattern):
        return compiled.finditer(text, timeout=REGEX_TIMEOUT)
    return compiled.finditer(text)


class Matcher:
    """Matches a set of lexicons against documents; build once, use for every article."""

    def __init__(self, lexicons, suffixes=None):
        from .lexicon import load_suffix_table

        self.lexicons = lexicons
        self._suffixes = suffixes or load_suffix_table
        # lang -> first piece -> patterns
        self._index: dict[str, dict[str, list[_Pattern]]] = defaultdict(lambda: defaultdict(list))
        self._inflect_index: dict[str, dict[str, list[_Pattern]]] = defaultdict(lambda: defaultdict(list))
        # lang -> first GLOB_KEY characters of the literal prefix -> globs; lang -> the lengths of those keys
        self._globs: dict[str, dict[str, list[_Pattern]]] = defaultdict(lambda: defaultdict(list))
        self._glob_lengths: dict[str, set[int]] = defaultdict(set)
        # lang -> (the shortest key length, every key cut to it): most pieces need no look-up of each length
        self._glob_gate: dict[str, tuple[int, set[str]]] = {}
        self._scan: dict[str, list[_Pattern]] = defaultdict(list)   # globs without a literal prefix
        # lang -> (ignoring case, first REGEX_KEY characters of the literal prefix) -> regexes; regexes without one
        self._regex: dict[str, dict[tuple[bool, str], list]] = defaultdict(lambda: defaultdict(list))
        self._regex_lengths: dict[str, set[tuple[bool, int]]] = defaultdict(set)
        self._regex_scan: dict[str, list[tuple[re.Pattern, _Pattern]]] = defaultdict(list)
        self._caseless: dict[int, str] = {}   # character -> the one its case-insensitive twins fold to
        self._terms = 0
        self.regex_timeouts: Counter = Counter()   # regex term -> sentences it ran out of time on
        for concept in lexicons.concepts:
            for variant in concept.variants:
                for table, exclude in ((variant.terms, False), (variant.exclude, True)):
                    for lang, terms in table.items():
                        for term in terms:
                            self._add(term, concept.id, variant.id, exclude)
        for lang, globs in self._globs.items():
            shortest = min(self._glob_lengths[lang])
            self._glob_gate[lang] = (shortest, {key[:shortest] for key in globs})

    def _add(self, term, concept_id, variant_id, exclude):
        self._terms += 1
        if term.kind == "regex":
            flags = 0 if term.case_sensitive else re.IGNORECASE
            entry = (compile_regex(term.value, flags), _Pattern(concept_id, variant_id, term, (), exclude, self._terms))
            prefix, caseless = regex_prefix(term.value, flags)
            if not prefix:
                self._regex_scan[term.lang].append(entry)
            else:
                key = self._fold_case(prefix[:REGEX_KEY]) if caseless else prefix[:REGEX_KEY]
                self._regex[term.lang][(caseless, key)].append(entry)
                self._regex_lengths[term.lang].add((caseless, len(key)))
            return
        pattern = _compile(term, concept_id, variant_id, exclude, self._terms)
        if pattern is None:
            return
        first = pattern.steps[0]
        if first.mode in ("any", "lemma"):
            self._index[term.lang][first.value].append(pattern)
        elif first.mode == "inflect":
            self._inflect_index[term.lang][first.value].append(pattern)
        elif glob_prefix(first.value):
            key = glob_prefix(first.value)[:GLOB_KEY]
            self._globs[term.lang][key].append(pattern)
            self._glob_lengths[term.lang].add(len(key))
        else:
            self._scan[term.lang].append(pattern)

    def _fold_case(self, text: str) -> str:
        """`text` with each character replaced by the one that stands for all its case-insensitive twins."""
        for char in text:
            if ord(char) in self._caseless:
                continue
            group, todo = set(), [char]
            while todo:
                twin = todo.pop()
                if twin not in group:
                    group.add(twin)
                    todo.extend(_caseless_twins(twin))
            stand_in = min(group)
            self._caseless.update((ord(twin), stand_in) for twin in group)
        return text.translate(self._caseless)

    @lru_cache(maxsize=None)
    def _suffix_set(self, lang: str) -> tuple[frozenset[str], tuple[int, ...]]:
        suffixes = frozenset(fold(s, lang) for s in self._suffixes(lang))
        return suffixes, tuple(sorted({len(s) for s in suffixes}, reverse=True))

    def _accepts(self, step: _Step, piece: Piece, lang: str, level_has_lemmas: bool) -> bool:
        if step.mode == "any":
            return piece.surface == step.value or piece.lemma == step.value
        if step.mode == "lemma":
            return piece.lemma == step.value if level_has_lemmas else piece.surface == step.value
        if step.mode == "glob":
            return fnmatch.fnmatchcase(piece.surface, step.value) or (
                piece.lemma is not None and fnmatch.fnmatchcase(piece.lemma, step.value))
        if step.mode == "inflect":
            if piece.surface == step.value or piece.lemma == step.value:
                return True
            suffixes, _ = self._suffix_set(lang)
            return piece.surface.startswith(step.value) and piece.surface[len(step.value):] in suffixes
        return False

    def _run(self, pattern: _Pattern, pieces: list[Piece], at: int, lang: str, has_lemmas: bool) -> int | None:
        """Index one past the last piece matched when the pattern matches starting at `at`."""
        position = at
        for number, step in enumerate(pattern.steps):
            if number == 0:
                if not self._accepts(step, pieces[at], lang, has_lemmas):
                    return None
                position = at + 1
                continue
            for skip in range(step.gap_before + 1):
                k = position + skip
                if k >= len(pieces) or pieces[k].sent != pieces[at].sent:
                    return None
                if self._accepts(step, pieces[k], lang, has_lemmas):
                    position = k + 1
                    break
            else:
                return None
        return position

    def _candidates(self, piece: Piece, lang: str) -> list[_Pattern]:
        index = self._index.get(lang, {})
        found = list(index.get(piece.surface, ()))
        if piece.lemma and piece.lemma != piece.surface:
            found += index.get(piece.lemma, ())
        inflect = self._inflect_index.get(lang)
        if inflect:
            found += inflect.get(piece.surface, ())
            suffixes, lengths = self._suffix_set(lang)
            for length in lengths:
                if len(piece.surface) > length and piece.surface[-length:] in suffixes:
                    found += inflect.get(piece.surface[:-length], ())
        globs = self._globs.get(lang)
        if not globs:
            return found + self._scan.get(lang, [])
        later = []
        shortest, gate = self._glob_gate[lang]
        for form in (piece.surface, piece.lemma) if piece.lemma and piece.lemma != piece.surface else (piece.surface,):
            if form[:shortest] in gate:
                for length in self._glob_lengths[lang]:
                    later += globs.get(form[:length], ())
        later += self._scan.get(lang, ())
        if len(later) > 1:
            later.sort(key=_order)
        return found + later

    def match(self, doc: Doc, pieces: list[Piece] | None = None, text: str | None = None) -> list[Match]:
        """Every lexicon match in the document, longest first where they overlap, in text order."""
        pieces = doc_pieces(doc) if pieces is None else pieces
        has_lemmas = any(t.lemma for t in doc.tokens[:50])
        hits: list[tuple[int, int, _Pattern]] = []  # piece range
        for at, piece in enumerate(pieces):
            lang = piece.lang
            seen = set()
            for pattern in self._candidates(piece, lang):
                if id(pattern) in seen:
                    continue
                seen.add(id(pattern))
                end = self._run(pattern, pieces, at, lang, has_lemmas)
                if end is not None:
                    hits.append((at, end, pattern))
        spans = [(pieces[a].start, pieces[e - 1].end, p, a, e) for a, e, p in hits]
        spans += self._regex_hits(doc, pieces, text)
        excluded = [(s, e, p.variant_id) for s, e, p, _, _ in spans if p.exclude]
        chosen: list[Match] = []
        taken: list[tuple[int, int]] = []
        for start, end, pattern, a, e in sorted(
                (h for h in spans if not h[2].exclude), key=lambda h: (-(h[4] - h[3]), -(h[1] - h[0]), h[0])):
            if any(xs <= start and end <= xe and v == pattern.variant_id for xs, xe, v in excluded):
                continue
            if any(start < te and ts < end for ts, te in taken):
                continue
            taken.append((start, end))
            chosen.append(Match(pattern.concept_id, pattern.variant_id, pattern.term, start, end,
                                pieces[a].sent, pieces[a].token, pieces[e - 1].token))
        return sorted(chosen, key=lambda m: m.start)

    def _regex_hits(self, doc: Doc, pieces: list[Piece], text: str | None):
        """Regex terms run over each sentence's text; hits snap to the pieces they cover."""
        if not (self._regex or self._regex_scan) or text is None:
            return []
        hits = []
        by_sentence: dict[int, list[int]] = defaultdict(list)   # a hit covers pieces of its own sentence only
        for k, piece in enumerate(pieces):
            by_sentence[piece.sent].append(k)
        for sentence in doc.sentences:
            chunk = text[sentence.start:sentence.end]
            patterns = self._regex_candidates(sentence.lang or doc.lang, chunk)
            own = by_sentence.get(sentence.i, ())
            for compiled, pattern in patterns:
                if self.regex_timeouts[pattern.term] >= REGEX_MAX_TIMEOUTS:
                    continue
                try:
                    found = [(m.start(), m.end()) for m in _finditer(compiled, chunk)]
                except TimeoutError:
                    self._timed_out(pattern.term)
                    continue
                for m_start, m_end in found:
                    start, end = sentence.start + m_start, sentence.start + m_end
                    covered = [k for k in own if pieces[k].start < end and start < pieces[k].end]
                    if covered:
                        hits.append((pieces[covered[0]].start, pieces[covered[-1]].end, pattern,
                                     covered[0], covered[-1] + 1))
        return hits

    def _regex_candidates(self, lang: str, chunk: str) -> list[tuple[re.Pattern, _Pattern]]:
        """The regexes whose literal prefix occurs in the sentence, and those without one, in lexicon order."""
        index = self._regex.get(lang)
        if not index:
            return self._regex_scan.get(lang, [])
        found = list(self._regex_scan.get(lang, ()))
        folded = chunk.translate(self._caseless) if self._caseless else chunk
        for caseless, length in self._regex_lengths[lang]:
            within = folded if caseless else chunk
            for key in {within[at:at + length] for at in range(len(within) - length + 1)}:
                found += index.get((caseless, key), ())
        return sorted(found, key=lambda entry: entry[1].order)

    def _timed_out(self, term) -> None:
        self.regex_timeouts[term] += 1
        if self.regex_timeouts[term] == REGEX_MAX_TIMEOUTS:
            where = f" ({term.location})" if getattr(term, "location", None) else ""
            warnings.warn(f"regex term {term.value!r}{where} ran out of time ({REGEX_TIMEOUT}s) on "
                          f"{REGEX_MAX_TIMEOUTS} sentences and is switched off for the rest of this run: it "
                          "backtracks catastrophically; rewrite it", RuntimeWarning, stacklevel=2)
