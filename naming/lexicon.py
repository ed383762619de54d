"""The YAML lexicon format: load, validate (with file:line:column), show, test and export.

A lexicon file names the camps (who uses which name), the concepts (the thing being named) and, for each
concept, its competing variants (the names or framings), with terms per language, frozen forms to
exclude, examples that `naming lexicon test` runs, and a `speakers` section for attribution. The format
is documented with a worked example in `lexicons/README.md`.

Loading never stops at the first problem: every schema error of every file is collected, each with its
file:line:column, the offending key and what was expected, and raised together as one `LexiconError`.
`validate()` returns the same errors plus the warnings (term collisions, terms that normalization makes
equal, mixed-script words, unknown language codes, undeclared camps, empty variants, ...).

YAML is read by `located_yaml`, so that every value keeps its position and hostile files are refused
with a diagnostic; regular expressions are compiled and refused when a quantifier is nested inside another
(catastrophic backtracking).
"""
from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .located_yaml import (Diagnostic, FileDiagnostics, Location, Node, check_keys, expect_map, join_key,
                           optional_string, read_located_yaml, scalar_bool, scalar_int, scalar_string, string_list)

# --- limits and vocabularies ----------------------------------------------------------------------

MAX_GAP = 10
DEFAULT_GAP = 2              # extra tokens allowed at a gap marker when the term gives no `gap:`
GAP_MARKER_RE = re.compile(r"\s*(?:…|\.\.\.)\s*")
TERM_KINDS = ("phrase", "lemma", "glob", "regex")
WILDCARDS = "*?"
_GLOB_CHARS = "*?[]!"   # fnmatch: * ? [seq] [!seq]

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_ID_EXPECTED = "an id of lowercase letters, digits and '_' (e.g. 'nagorno_karabakh')"
_COLOUR_RE = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
# Colours for camps that declare none (colour-blind-safe, Okabe-Ito).
DEFAULT_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")

# ISO 639-1. A code may carry a region or script subtag ("pt-BR", "sr_Latn").
ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee
el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is
it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms
mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk
sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi
yo za zh zu
""".split())

LEXICONS_DIR = Path(__file__).resolve().parent.parent / "lexicons"
_PACKAGED_LEXICONS_DIR = Path(__file__).resolve().parent / "data" / "lexicons"


# --- the data model -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    kind: str                     # "phrase" | "lemma" | "glob" | "regex"
    value: str                    # as written
    lang: str
    gap: int = 0                  # extra tokens allowed at each gap marker ("…" or "...")
    inflect: bool = False         # the language's suffix table may follow the last piece
    case_sensitive: bool = False
    location: Location | None = field(default=None, compare=False)

    def segments(self) -> tuple[tuple[str, ...], ...]:
        """Folded pieces, one tuple per stretch between gap markers (see `term_segments`)."""
        return term_segments(self.kind, self.value, self.lang)


@dataclass(frozen=True)
class Camp:
    id: str
    label: str
    colour: str
    description: str | None = None


@dataclass
class Variant:
    id: str                        # namespaced "lexname:concept:variant"
    local_id: str
    label: str
    camps: tuple[str, ...]
    terms: dict[str, list[Term]]   # lang -> terms
    exclude: dict[str, list[Term]]  # lang -> frozen forms that contain a term but are not a use of it
    examples_match: list[tuple[str, str]]     # (lang, text)
    examples_no_match: list[tuple[str, str]]
    register: str | None = None
    notes: str | None = None
    concept_id: str = ""
    location: Location | None = None
    # (expected_match, lang, text) -> where the example is written
    example_locations: dict[tuple[bool, str, str], Location] = field(default_factory=dict, repr=False)

    @property
    def camp(self) -> str | None:
        return self.camps[0] if self.camps else None

    def all_terms(self) -> list[Term]:
        return [t for terms in self.terms.values() for t in terms]


@dataclass
class Concept:
    id: str                        # namespaced "lexname:concept"
    local_id: str
    label: str
    variants: list[Variant]
    description: str | None = None
    location: Location | None = None
    lean: tuple[str, str] | None = None   # the camps at -1 and +1 of the camp-lean axis, when declared


@dataclass(frozen=True)
class SpeakerRule:
    group: str                     # a camp id
    names: tuple[str, ...]         # exact names and aliases
    canonical: str | None          # display name; None for country and demonym rules
    patterns: tuple[str, ...]      # explicit regexes, matched case-insensitively against a speaker phrase
    kind: str                      # "person" | "institution" | "country" | "demonym"
    location: Location | None = field(default=None, compare=False)


@dataclass
class Lexicon:
    name: str
    version: str | None
    description: str | None
    languages: list[str]
    sources: list[str]
    license: str | None
    camps: dict[str, Camp]
    concepts: list[Concept]
    speakers: list[SpeakerRule]
    path: str
    inflect_languages: tuple[str, ...] = ()
    # lang -> terms; when given, the lexicon's matches count only in articles where one of these occurs
    scope: dict[str, list[Term]] = field(default_factory=dict)
    diagnostics: list["Diagnostic"] = field(default_factory=list, repr=False)   # warnings
    # (camp id, where it is used, key) for the declared-camp check across files
    camp_refs: list[tuple[str, Location, str]] = field(default_factory=list, repr=False)
    location: Location | None = None

    def variants(self) -> list[Variant]:
        return [v for c in self.concepts for v in c.variants]


@dataclass
class LexiconSet:
    lexicons: list[Lexicon]
    camps: dict[str, Camp]
    speakers: list[SpeakerRule]
    diagnostics: list["Diagnostic"] = field(default_factory=list, repr=False)   # warnings

    @property
    def concepts(self) -> list[Concept]:
        return [c for lex in self.lexicons for c in lex.concepts]

    @property
    def lean(self) -> tuple[str, str] | None:
        """The camp-lean axis the lexicons declare, when they agree on one (else the comparison picks)."""
        declared = {lex.lean for lex in self.lexicons if lex.lean}
        return declared.pop() if len(declared) == 1 else None

    @property
    def variants(self) -> list[Variant]:
        return [v for c in self.concepts for v in c.variants]

    @property
    def variants_by_id(self) -> dict[str, Variant]:
        return {v.id: v for v in self.variants}

    @property
    def concepts_by_id(self) -> dict[str, Concept]:
        return {c.id: c for c in self.concepts}


class LexiconError(Exception):
    """One or more lexicon files are invalid; `.diagnostics` holds every error, each with its location."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = list(diagnostics)
        super().__init__(str(self))

    def __str__(self) -> str:
        errors = [d for d in self.diagnostics if d.level == "error"] or self.diagnostics
        head = f"{len(errors)} error{'s' if len(errors) != 1 else ''} in lexicon files:"
        return "\n".join([head] + [str(d) for d in errors])


# --- terms as pieces ------------------------------------------------------------------------------

def _glob_pieces(part: str, lang: str | None) -> list[str]:
    """Pieces by the rule of `text.phrase_pieces`, keeping the wildcards * and ? inside pieces."""
    from .text import APOSTROPHES, ARMENIAN_WORD_MARKS, HYPHENS, SOFT_HYPHEN, ZERO_WIDTH, fold

    def is_piece_char(c: str) -> bool:
        if c in _GLOB_CHARS:
            return True
        if c in APOSTROPHES or c in HYPHENS:
            return False
        return (c.isalnum() or unicodedata.category(c).startswith("M") or c in ZERO_WIDTH
                or c == SOFT_HYPHEN or c in ARMENIAN_WORD_MARKS)

    pieces, current = [], []
    for c in part + " ":
        if is_piece_char(c):
            current.append(c)
        elif current:
            piece = fold("".join(current), lang)
            if piece:
                pieces.append(piece)
            current = []
    return pieces


def _split_gaps(value: str) -> list[str]:
    return GAP_MARKER_RE.split(value.strip())


@lru_cache(maxsize=65536)
def term_segments(kind: str, value: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """The folded pieces of a phrase, lemma or glob term, one tuple per stretch between gap markers.

    "anti-terror … operation" → (("anti", "terror"), ("operation",)); glob pieces keep their wildcards:
    "Нагорн* Карабах*" → (("нагорн*", "карабах*"),). A regex has no pieces: ().
    """
    from .text import phrase_pieces

    if kind == "regex":
        return ()
    split = _glob_pieces if kind == "glob" else phrase_pieces
    return tuple(tuple(split(part, lang)) for part in _split_gaps(value))


# --- ids and language codes -----------------------------------------------------------------------

def _entries(y: Node | None, path: str, ctx: FileDiagnostics, what: str) -> list[tuple[str, Location, Node, str]]:
    """Entries keyed by id: a mapping `id: {...}` or a list of mappings with `id:`.
    Returns (id, where the id is written, body, key path); ids are checked and de-duplicated."""
    if y is None or y.is_null:
        return []
    raw: list[tuple[str | None, Location, Node, str]] = []
    if y.kind == "map":
        for key, body in y.value.items():
            raw.append((key, y.key_locs[key], body, join_key(path, key)))
    elif y.kind == "seq":
        for i, body in enumerate(y.value):
            item_path = f"{path}[{i}]"
            if body.kind != "map" or "id" not in body.value:
                ctx.error(body.loc, item_path, f"expected {what} with an `id:`, got "
                                               f"{'a mapping without `id`' if body.kind == 'map' else body.describe()}")
                continue
            ident = scalar_string(body.value["id"], item_path + ".id", ctx, _ID_EXPECTED)
            if ident is not None:
                raw.append((ident, body.value["id"].loc, body, join_key(path, ident)))
    else:
        ctx.error(y.loc, path, f"expected a mapping of id → {what} (or a list of them with `id:`), "
                               f"got {y.describe()}")
        return []
    out, seen = [], {}
    for ident, loc, body, sub in raw:
        if not _ID_RE.match(ident):
            ctx.error(loc, sub, f"'{ident}' is not a valid id: expected {_ID_EXPECTED}")
            continue
        if ident in seen:
            first = seen[ident]
            ctx.error(loc, sub, f"duplicate id '{ident}' (first at line {first.line}, column {first.column})")
            continue
        seen[ident] = loc
        if body.kind == "map" and "id" in body.value and y.kind == "map":
            inner = body.value["id"]
            if inner.kind == "scalar" and inner.value != ident:
                ctx.error(inner.loc, sub + ".id", f"id '{inner.value}' differs from its key '{ident}'; drop one")
        out.append((ident, loc, body, sub))
    return out


def _lang_ok(lang: str) -> bool:
    base = re.split(r"[-_]", lang, maxsplit=1)[0]
    return base in ISO_639_1 and base == base.lower()


def _check_lang(lang: str, loc: Location, path: str, ctx: FileDiagnostics, declared: list[str] | None) -> None:
    if not _lang_ok(lang):
        close = difflib.get_close_matches(lang.lower()[:2], sorted(ISO_639_1), n=1, cutoff=0.5)
        hint = f" such as '{close[0]}'" if close and lang.lower()[:2] in ISO_639_1 else ""
        ctx.warn(loc, path, f"unknown language code '{lang}': expected a two-letter ISO 639-1 code{hint} "
                            "(en, ru, hy, az, tr, fr, de, uk, ...)")
    elif declared is not None and lang not in declared:
        ctx.warn(loc, path, f"language '{lang}' is not listed in the file's `languages` ({', '.join(declared)})")


# --- regular expressions --------------------------------------------------------------------------

def _nested_quantifier(pattern: str, flags: int) -> bool:
    """Whether a repeat (+, *, {m,n} with n > 1) contains another, (a+)+, (\\w*\\s?)*, or an alternation
    whose branches can start alike, (a|a)+, (a|ab?)+: both backtrack exponentially on a near-miss."""
    try:
        import re._constants as c
        import re._parser as sre_parse
    except ImportError:  # Python < 3.11
        import sre_constants as c
        import sre_parse
    repeats = {c.MAX_REPEAT, c.MIN_REPEAT} | ({c.POSSESSIVE_REPEAT} if hasattr(c, "POSSESSIVE_REPEAT") else set())

    def walk(items, inside: bool) -> bool:
        for op, av in items:
            if op in repeats:
                _low, high, sub = av
                many = high > 1
                if inside and many:
                    return True
                if walk(sub, inside or many):
                    return True
            elif op is c.SUBPATTERN:
                if walk(av[-1], inside):
                    return True
            elif op is c.BRANCH:
                if inside and _branches_overlap(av[1], c, flags):
                    return True
                if any(walk(branch, inside) for branch in av[1]):
                    return True
            elif op in (c.ASSERT, c.ASSERT_NOT):
                if walk(av[1], inside):
                    return True
            elif op is getattr(c, "ATOMIC_GROUP", None):
                continue  # atomic groups do not backtrack
            elif op is c.GROUPREF_EXISTS:
                if walk(av[1], inside) or (av[2] is not None and walk(av[2], inside)):
                    return True
        return False

    return walk(sre_parse.parse(pattern, flags), False)


_PROBES = "aZ5_ -.éжա"


def _branches_overlap(branches, c, flags: int) -> bool:
    """Whether two branches of an alternation can both start at the same character (or both match
    nothing, as the parser leaves (a|a) after taking out the common prefix)."""
    fold = (lambda ch: ch.casefold()) if flags & re.IGNORECASE else (lambda ch: ch)

    def starts(items, ch: str) -> bool:
        if not items:
            return False  # an empty branch is counted among the branches that match nothing
        op, av = items[0]
        if op is c.LITERAL:
            return fold(chr(av)) == fold(ch)
        if op is c.NOT_LITERAL:
            return fold(chr(av)) != fold(ch)
        if op is c.IN:
            return _in_set(av, ch, c, fold)
        if op is c.SUBPATTERN:
            return starts(list(av[-1]) + list(items[1:]), ch)
        if op is c.BRANCH:
            return any(starts(list(b) + list(items[1:]), ch) for b in av[1])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0:
            return starts(list(av[2]), ch) or starts(items[1:], ch)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            return starts(list(av[2]), ch)
        return True   # anything else (anchors, backreferences): assume the worst

    def nullable(items) -> bool:
        for op, av in items:
            if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0:
                continue
            if op is c.SUBPATTERN and nullable(av[-1]):
                continue
            if op is c.BRANCH and any(nullable(b) for b in av[1]):
                continue
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue
            return False
        return True

    literals = {chr(av) for branch in branches for op, av in branch if op is c.LITERAL}
    for ch in set(_PROBES) | literals:
        if sum(starts(list(branch), ch) for branch in branches) > 1:
            return True
    return sum(nullable(branch) for branch in branches) > 1


def _in_set(items, ch: str, c, fold) -> bool:
    categories = {
        c.CATEGORY_DIGIT: str.isdigit, c.CATEGORY_NOT_DIGIT: lambda x: not x.isdigit(),
        c.CATEGORY_SPACE: str.isspace, c.CATEGORY_NOT_SPACE: lambda x: not x.isspace(),
        c.CATEGORY_WORD: lambda x: x.isalnum() or x == "_",
        c.CATEGORY_NOT_WORD: lambda x: not (x.isalnum() or x == "_"),
    }
    negate, found = False, False
    for op, av in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            found |= fold(chr(av)) == fold(ch)
        elif op is c.RANGE:
            found |= av[0] <= ord(ch) <= av[1] or av[0] <= ord(fold(ch)) <= av[1]
        elif op is c.CATEGORY:
            found |= categories.get(av, lambda x: True)(ch)
        else:
            found = True
    return found != negate


def _check_regex(pattern: str, loc: Location, path: str, ctx: FileDiagnostics, case_sensitive: bool = False) -> bool:
    flags = 0 if case_sensitive else re.IGNORECASE
    try:
        compiled = re.compile(pattern, flags)
    except re.error as e:
        at = f" at position {e.pos}" if e.pos is not None else ""
        ctx.error(loc, path, f"invalid regular expression {pattern!r}: {e.msg}{at}")
        return False
    if _nested_quantifier(pattern, flags):
        ctx.error(loc, path, f"regular expression {pattern!r} nests a quantifier inside a repeated group "
                             "(like '(a+)+'), which can backtrack catastrophically; rewrite it without the "
                             "inner repeat, or make the group atomic '(?>...)'")
        return False
    if compiled.match("") is not None:
        ctx.error(loc, path, f"regular expression {pattern!r} matches the empty string")
        return False
    return True


# --- terms ----------------------------------------------------------------------------------------

_TERM_KEYS = TERM_KINDS + ("gap", "inflect", "case_sensitive", "note")
_REGEX_LOOKING = re.compile(r"\\[bBwWsSdD]|\[[^\]]+\]|\(\?|\|")


@dataclass
class _FileInfo:
    languages: list[str] | None = None
    inflect: tuple[str, ...] = ()


def _term(item: Node, lang: str, path: str, ctx: FileDiagnostics, info: _FileInfo) -> Term | None:
    gap_y = inflect_y = case_y = None
    if item.rejected:
        return None
    if item.kind == "scalar":
        kind, value_y = "phrase", item
    elif item.kind == "map":
        check_keys(item, _TERM_KEYS, (), path, ctx, "a term")
        kinds = [k for k in TERM_KINDS if k in item.value]
        if len(kinds) != 1:
            got = "none" if not kinds else " and ".join(kinds)
            ctx.error(item.loc, path, f"a term mapping needs exactly one of {', '.join(TERM_KINDS)}; got {got}")
            return None
        kind = kinds[0]
        value_y = item.value[kind]
        gap_y, inflect_y, case_y = (item.value.get(k) for k in ("gap", "inflect", "case_sensitive"))
        path = f"{path}.{kind}"
    else:
        ctx.error(item.loc, path, f"expected a term — a phrase string, or a mapping such as "
                                  f"{{glob: 'Карабах*'}} or {{regex: '...'}} — got {item.describe()}")
        return None

    if kind == "lemma" and value_y.kind == "seq":
        words = [scalar_string(w, f"{path}[{i}]", ctx, "a lemma") for i, w in enumerate(value_y.value)]
        if None in words:
            return None
        value = " ".join(w.strip() for w in words)
    else:
        value = scalar_string(value_y, path, ctx, f"the text of a {kind} term")
        if value is None:
            return None
        value = value.strip()
    loc = value_y.loc
    if not value:
        ctx.error(loc, path, f"empty {kind} term")
        return None

    base = path.rsplit(".", 1)[0] if item.kind == "map" else path   # the term's own key path
    case_sensitive = bool(case_y is not None and scalar_bool(case_y, base + ".case_sensitive", ctx))
    gap = 0
    if kind == "regex":
        if gap_y is not None or inflect_y is not None:
            ctx.error(loc, path, "`gap` and `inflect` apply to phrase, lemma and glob terms, not to a regex "
                                 "(write the gap or the endings into the expression)")
        if not _check_regex(value, loc, path, ctx, case_sensitive):
            return None
        return Term("regex", value, lang, 0, False, case_sensitive, loc)

    parts = _split_gaps(value)
    markers = len(parts) - 1
    if markers and any(not p for p in parts):
        ctx.error(loc, path, f"'{value}': a gap marker ('…' or '...') must stand between two words")
        return None
    for part in parts:
        if not (term_segments(kind, part, lang) or ((),))[0]:
            ctx.error(loc, path, f"'{part}' has no letters or digits to match")
            return None
    if gap_y is not None:
        given = scalar_int(gap_y, base + ".gap", ctx, 0, MAX_GAP)
        if given is not None and not markers:
            ctx.error(gap_y.loc, base + ".gap", f"`gap: {given}` needs a gap marker ('…' or '...') in the term "
                                                "where the extra words may stand, e.g. 'anti-terror … operation'")
        gap = given or 0
    elif markers:
        gap = DEFAULT_GAP

    if inflect_y is not None:
        inflect = bool(scalar_bool(inflect_y, base + ".inflect", ctx))
        if inflect and kind == "lemma":
            ctx.error(inflect_y.loc, base + ".inflect", "`inflect` applies to phrase and glob terms; a lemma "
                                                        "term already matches every inflected form")
            inflect = False
        elif inflect and not _has_suffix_table(lang):
            ctx.warn(inflect_y.loc, base + ".inflect",
                     f"no suffix table for '{lang}' (lexicons/languages/{lang}.yaml), so `inflect` has no effect")
    else:
        inflect = kind in ("phrase", "glob") and lang in info.inflect

    if kind == "phrase":
        if any(w in value for w in WILDCARDS):
            ctx.warn(loc, path, f"phrase '{value}' contains '*' or '?', which a phrase ignores as punctuation; "
                                f"write {{glob: '{value}'}} for a wildcard")
        elif _REGEX_LOOKING.search(value):
            ctx.warn(loc, path, f"phrase '{value}' looks like a regular expression but is matched as words; "
                                f"write {{regex: '{value}'}} if it is one")
    if kind == "glob":
        pieces = [p for seg in term_segments(kind, value, lang) for p in seg]
        if not any(w in value for w in "*?["):
            ctx.warn(loc, path, f"glob '{value}' has no '*', '?' or '[...]': write it as a plain phrase")
        for piece in pieces:
            letters = sum(ch not in _GLOB_CHARS for ch in re.sub(r"\[[^\]]*\]", "", piece))
            if not letters:
                ctx.error(loc, path, f"glob piece '{piece}' matches every word; anchor it with letters "
                                     "(e.g. 'Карабах*')")
                return None
            if letters < 3 and any(w in piece for w in "*?["):
                ctx.warn(loc, path, f"glob piece '{piece}' has fewer than 3 letters and will match many words")
    _check_mixed_script(value, loc, path, ctx)
    return Term(kind, value, lang, gap, inflect, case_sensitive, loc)


def _check_mixed_script(value: str, loc: Location, path: str, ctx: FileDiagnostics) -> None:
    from .text import char_script, mixed_script_words, script_counts

    for word in mixed_script_words(value):
        counts = script_counts(word)
        main = counts.most_common(1)[0][0]
        odd = [f"'{ch}' ({char_script(ch)})" for ch in dict.fromkeys(word) if char_script(ch) not in (None, main)]
        ctx.warn(loc, path, f"'{word}' mixes scripts: {', '.join(odd)} inside a {main} word — "
                            "probably a look-alike letter typed by mistake; retype it")


def _term_map(y: Node | None, path: str, ctx: FileDiagnostics, info: _FileInfo, what: str) -> dict[str, list[Term]]:
    out: dict[str, list[Term]] = {}
    if y is None or y.is_null:
        return out
    if y.kind != "map":
        ctx.error(y.loc, path, f"expected {what}: a mapping from language code to a list of terms, "
                               f"e.g. `en: [Nagorno-Karabakh]`; got {y.describe()}")
        return out
    for lang, items in y.value.items():
        sub = join_key(path, lang)
        _check_lang(lang, y.key_locs[lang], sub, ctx, info.languages)
        if items.is_null:
            continue
        entries = items.value if items.kind == "seq" else [items]
        for i, item in enumerate(entries):
            term = _term(item, lang, f"{sub}[{i}]" if items.kind == "seq" else sub, ctx, info)
            if term is not None:
                out.setdefault(lang, []).append(term)
    return out


# --- one file -------------------------------------------------------------------------------------

_TOP_KEYS = ("name", "version", "description", "languages", "sources", "license", "inflect", "scope", "camps",
             "lean", "concepts", "speakers")
_CAMP_KEYS = ("id", "label", "colour", "color", "description")
_CONCEPT_KEYS = ("id", "label", "description", "variants")
_VARIANT_KEYS = ("id", "label", "camp", "camps", "register", "notes", "terms", "exclude", "examples")
_SOURCE_KEYS = ("title", "author", "year", "publisher", "url", "note")
_SPEAKER_KEYS = ("people", "institutions", "countries", "demonyms", "patterns")


def _name_from_stem(stem: str) -> str:
    name = re.sub(r"[^a-z0-9_]+", "_", stem.lower()).strip("_")
    return name or "lexicon"


def _parse_file(path: Path) -> tuple[Lexicon | None, list[Diagnostic]]:
    shown = str(path)
    ctx = FileDiagnostics(shown)
    root = read_located_yaml(path, ctx)
    if root is None:
        return None, ctx.diagnostics
    if root.kind != "map":
        ctx.error(root.loc, "", f"expected a mapping with `name`, `camps` and `concepts` at the top of the file, "
                                f"got {root.describe()}")
        return None, ctx.diagnostics
    top = root.value
    check_keys(root, _TOP_KEYS, ("camps", "concepts"), "", ctx, "a lexicon file", Location(shown, 1, 1))

    name = optional_string(top, "name", "", ctx, "the lexicon's name")
    if name is not None and not _ID_RE.match(name):
        ctx.error(top["name"].loc, "name", f"'{name}' is not a valid lexicon name: expected {_ID_EXPECTED}; "
                                           "it prefixes every id")
        name = None
    name = name or _name_from_stem(path.stem)
    for key, why in (("version", "say which version a study used"), ("description", "say what it covers"),
                     ("license", "say how others may reuse it"), ("sources", "cite where the usages come from")):
        if key not in top:
            ctx.warn(Location(shown, 1, 1), key, f"no `{key}`: {why}")

    languages = []
    for i, (lang, loc) in enumerate(string_list(top.get("languages"), "languages", ctx, "language codes")):
        _check_lang(lang, loc, f"languages[{i}]", ctx, None)
        languages.append(lang)
    info = _FileInfo(languages or None)
    inflect = []
    for i, (lang, loc) in enumerate(string_list(top.get("inflect"), "inflect", ctx, "language codes")):
        _check_lang(lang, loc, f"inflect[{i}]", ctx, info.languages)
        if not _has_suffix_table(lang):
            ctx.warn(loc, f"inflect[{i}]", f"no suffix table for '{lang}' (lexicons/languages/{lang}.yaml), "
                                           "so its terms cannot inflect")
        inflect.append(lang)
    info.inflect = tuple(inflect)

    lexicon = Lexicon(
        name=name,
        version=optional_string(top, "version", "", ctx, "a version string such as '1.0'"),
        description=optional_string(top, "description", "", ctx),
        languages=languages,
        sources=_sources(top.get("sources"), ctx),
        license=optional_string(top, "license", "", ctx, "a license name such as 'CC-BY-4.0'"),
        camps=_camps(top.get("camps"), ctx),
        concepts=[],
        speakers=[],
        path=str(path),
        inflect_languages=info.inflect,
        location=root.loc,
    )
    lexicon.lean = _lean(top.get("lean"), lexicon.camps, ctx)
    lexicon.scope = _term_map(top.get("scope"), "scope", ctx, info, "scope terms")
    lexicon.concepts = _concepts(top.get("concepts"), name, ctx, info, lexicon)
    lexicon.speakers = _speakers(top.get("speakers"), ctx, lexicon)
    lexicon.diagnostics = [d for d in ctx.diagnostics if d.level == "warning"]
    return lexicon, ctx.diagnostics


def _sources(y: Node | None, ctx: FileDiagnostics) -> list[str]:
    if y is None or y.is_null:
        return []
    items = y.value if y.kind == "seq" else [y]
    out = []
    for i, item in enumerate(items):
        path = f"sources[{i}]" if y.kind == "seq" else "sources"
        if item.kind == "map":
            check_keys(item, _SOURCE_KEYS, ("title",), path, ctx, "a source")
            fields = {k: optional_string(item.value, k, path, ctx) for k in _SOURCE_KEYS}
            url = fields["url"]
            if url and not re.match(r"^https?://", url):
                ctx.warn(item.value["url"].loc, path + ".url", f"'{url}' is not an http(s) address")
            head = ". ".join(x for x in (fields["author"], f"({fields['year']})" if fields["year"] else None) if x)
            text = " ".join(x for x in (head, fields["title"]) if x)
            text = ". ".join(x for x in (text, fields["publisher"], url, fields["note"]) if x)
            if fields["title"]:
                out.append(text)
        else:
            value = scalar_string(item, path, ctx, "a source: a citation string or a mapping with title, author, year, url")
            if value:
                out.append(value.strip())
    return out


def _lean(y: Node | None, camps: dict[str, Camp], ctx: FileDiagnostics) -> tuple[str, str] | None:
    """`lean: [left, right]`: the camp whose names count -1 and the one that counts +1 in an article's lean."""
    if y is None or y.is_null:
        return None
    items = string_list(y, "lean", ctx, "two camp ids")
    if y.kind == "map":
        return None   # said by string_list
    if len(items) != 2 or items[0][0] == items[1][0]:
        ctx.error(y.loc, "lean", "expected two different camps, the one at -1 then the one at +1: "
                                 "lean: [left, right]")
        return None
    for i, (camp, loc) in enumerate(items):
        if camp not in camps:
            ctx.error(loc, f"lean[{i}]", f"unknown camp '{camp}': the lean axis takes camps declared under "
                                         f"`camps` ({', '.join(camps) or 'none'})")
            return None
    return items[0][0], items[1][0]


def _camps(y: Node | None, ctx: FileDiagnostics) -> dict[str, Camp]:
    camps = {}
    for i, (ident, loc, body, path) in enumerate(_entries(y, "camps", ctx, "a camp")):
        if body.is_null:
            label, colour, description = ident.replace("_", " ").title(), None, None
        elif expect_map(body, path, ctx, "a camp: a mapping with `label` and `colour`"):
            check_keys(body, _CAMP_KEYS, ("label",), path, ctx, f"camp '{ident}'", loc)
            m = body.value
            label = optional_string(m, "label", path, ctx) or ident
            description = optional_string(m, "description", path, ctx)
            key = "colour" if "colour" in m else "color"
            colour = optional_string(m, key, path, ctx, "a colour such as '#1f77b4'")
            if colour is not None and not _colour_ok(colour):
                ctx.error(m[key].loc, join_key(path, key), f"'{colour}' is not a colour: expected '#rrggbb', '#rgb' "
                                                        "or a matplotlib colour name such as 'tab:blue'")
                colour = None
        else:
            continue
        camps[ident] = Camp(ident, label, colour or DEFAULT_COLOURS[i % len(DEFAULT_COLOURS)], description)
    if y is not None and not camps and not ctx.has_errors:
        ctx.warn(y.loc, "camps", "no camps declared")
    return camps


def _colour_ok(colour: str) -> bool:
    if _COLOUR_RE.match(colour):
        return True
    try:
        from matplotlib.colors import is_color_like
    except ImportError:  # pragma: no cover - matplotlib is a dependency
        return False
    return bool(is_color_like(colour))


def _camp_list(m: dict, path: str, ctx: FileDiagnostics, lexicon: Lexicon, anchor: Location) -> tuple[str, ...]:
    if "camp" in m and "camps" in m:
        ctx.error(m["camps"].loc, path + ".camps", "give either `camp` or `camps`, not both")
    key = "camp" if "camp" in m else "camps" if "camps" in m else None
    if key is None:
        ctx.error(anchor, path + ".camp", "a variant needs a `camp` (or `camps`): which side uses this name?")
        return ()
    out = []
    what = "camp ids (one id, or a list such as [armenian, international])"
    for i, (camp, loc) in enumerate(string_list(m[key], join_key(path, key), ctx, what)):
        sub = join_key(path, key) + (f"[{i}]" if m[key].kind == "seq" else "")
        if not _ID_RE.match(camp):
            ctx.error(loc, sub, f"'{camp}' is not a valid camp id: expected {_ID_EXPECTED}")
            continue
        out.append(camp)
        lexicon.camp_refs.append((camp, loc, sub))
    if not out and not m[key].is_null and m[key].kind != "map":
        ctx.error(m[key].loc, join_key(path, key), "expected at least one camp id")
    return tuple(out)


def _concepts(y: Node | None, lexname: str, ctx: FileDiagnostics, info: _FileInfo, lexicon: Lexicon) -> list[Concept]:
    concepts = []
    for cid, cloc, body, cpath in _entries(y, "concepts", ctx, "a concept"):
        if not expect_map(body, cpath, ctx, "a concept: a mapping with `label` and `variants`"):
            continue
        check_keys(body, _CONCEPT_KEYS, ("label", "variants"), cpath, ctx, f"concept '{cid}'", cloc)
        m = body.value
        concept = Concept(f"{lexname}:{cid}", cid, optional_string(m, "label", cpath, ctx) or cid, [],
                          optional_string(m, "description", cpath, ctx), cloc)
        for vid, vloc, vbody, vpath in _entries(m.get("variants"), cpath + ".variants", ctx, "a variant"):
            variant = _variant(vid, vloc, vbody, vpath, concept, ctx, info, lexicon)
            if variant is not None:
                concept.variants.append(variant)
        if "variants" in m and not concept.variants and not ctx.has_errors:
            ctx.warn(cloc, cpath + ".variants", f"concept '{cid}' has no variants")
        concepts.append(concept)
    if y is not None and not concepts and not ctx.has_errors:
        ctx.warn(y.loc, "concepts", "no concepts: this lexicon can match nothing")
    return concepts


def _variant(vid: str, vloc: Location, body: Node, path: str, concept: Concept, ctx: FileDiagnostics, info: _FileInfo,
             lexicon: Lexicon) -> Variant | None:
    if not expect_map(body, path, ctx, "a variant: a mapping with `label`, `camp` and `terms`"):
        return None
    check_keys(body, _VARIANT_KEYS, ("label",), path, ctx, f"variant '{vid}'", vloc)
    m = body.value
    terms = _term_map(m.get("terms"), path + ".terms", ctx, info, "terms")
    exclude = _term_map(m.get("exclude"), path + ".exclude", ctx, info, "frozen forms to exclude")
    variant = Variant(
        id=f"{concept.id}:{vid}", local_id=vid, label=optional_string(m, "label", path, ctx) or vid,
        camps=_camp_list(m, path, ctx, lexicon, vloc), terms=terms, exclude=exclude,
        examples_match=[], examples_no_match=[],
        register=optional_string(m, "register", path, ctx), notes=optional_string(m, "notes", path, ctx),
        concept_id=concept.id, location=vloc,
    )
    if not any(terms.values()):
        ctx.warn(vloc, path + ".terms", f"variant '{vid}' has no terms: it can never match")
    for lang in exclude:
        if lang not in terms:
            ctx.warn(m["exclude"].key_locs[lang], f"{path}.exclude.{lang}",
                     f"frozen forms in '{lang}' but the variant has no '{lang}' terms to exclude them from")
    _examples(m.get("examples"), path + ".examples", ctx, variant, info)
    return variant


def _examples(y: Node | None, path: str, ctx: FileDiagnostics, variant: Variant, info: _FileInfo) -> None:
    if y is None or y.is_null or not expect_map(y, path, ctx, "a mapping with `match` and/or `no_match`"):
        return
    check_keys(y, ("match", "no_match"), (), path, ctx, "examples")
    for key, expected, target in (("match", True, variant.examples_match),
                                  ("no_match", False, variant.examples_no_match)):
        sub = y.value.get(key)
        if sub is None or sub.is_null:
            continue
        if not expect_map(sub, f"{path}.{key}", ctx, "a mapping from language code to example sentences, "
                                                      "e.g. `en: [\"...\"]`"):
            continue
        for lang, texts in sub.value.items():
            lpath = f"{path}.{key}.{lang}"
            _check_lang(lang, sub.key_locs[lang], lpath, ctx, info.languages)
            if expected and lang not in variant.terms:
                ctx.warn(sub.key_locs[lang], lpath, f"an example in '{lang}' should match, but the variant has "
                                                    f"no '{lang}' terms")
            for text, loc in string_list(texts, lpath, ctx, "example sentences"):
                target.append((lang, text))
                variant.example_locations[(expected, lang, text)] = loc


def _speakers(y: Node | None, ctx: FileDiagnostics, lexicon: Lexicon) -> list[SpeakerRule]:
    rules: list[SpeakerRule] = []
    if y is None or y.is_null:
        return rules
    if y.kind != "map":
        ctx.error(y.loc, "speakers", f"expected a mapping from camp id to its speakers "
                                     f"(people, institutions, countries, demonyms, patterns); got {y.describe()}")
        return rules
    for group, body in y.value.items():
        gloc, path = y.key_locs[group], f"speakers.{group}"
        if not _ID_RE.match(group):
            ctx.error(gloc, path, f"'{group}' is not a valid camp id: expected {_ID_EXPECTED}")
            continue
        lexicon.camp_refs.append((group, gloc, path))
        if not expect_map(body, path, ctx, "a mapping with people, institutions, countries, demonyms or patterns"):
            continue
        check_keys(body, _SPEAKER_KEYS, (), path, ctx, f"the speakers of '{group}'", gloc)
        m = body.value
        for key, kind in (("people", "person"), ("institutions", "institution")):
            sub = m.get(key)
            if sub is None or sub.is_null:
                continue
            if sub.kind == "map":  # canonical name -> aliases
                for canonical, aliases in sub.value.items():
                    loc = sub.key_locs[canonical]
                    names = [canonical] + [a for a, _ in string_list(aliases, f"{path}.{key}.{canonical}", ctx,
                                                                  "aliases")]
                    _check_names(names, loc, f"{path}.{key}.{canonical}", ctx)
                    rules.append(SpeakerRule(group, tuple(dict.fromkeys(names)), canonical, (), kind, loc))
            else:
                for i, (name, loc) in enumerate(string_list(sub, f"{path}.{key}", ctx, "names")):
                    _check_names([name], loc, f"{path}.{key}[{i}]", ctx)
                    rules.append(SpeakerRule(group, (name,), name, (), kind, loc))
        for key, kind in (("countries", "country"), ("demonyms", "demonym")):
            names = string_list(m.get(key), f"{path}.{key}", ctx, "names")
            for i, (name, loc) in enumerate(names):
                _check_names([name], loc, f"{path}.{key}[{i}]", ctx)
            if names:
                rules.append(SpeakerRule(group, tuple(dict.fromkeys(n for n, _ in names)), None, (), kind,
                                         names[0][1]))
        patterns = []
        for i, (pattern, loc) in enumerate(string_list(m.get("patterns"), f"{path}.patterns", ctx, "regexes")):
            if _check_regex(pattern, loc, f"{path}.patterns[{i}]", ctx):
                patterns.append((pattern, loc))
        if patterns:
            rules.append(SpeakerRule(group, (), None, tuple(p for p, _ in patterns), "institution", patterns[0][1]))
    return rules


def _check_names(names: list[str], loc: Location, path: str, ctx: FileDiagnostics) -> None:
    from .text import phrase_pieces

    for name in names:
        if not phrase_pieces(name):
            ctx.error(loc, path, f"speaker name '{name}' has no letters or digits")
        _check_mixed_script(name, loc, path, ctx)


# --- several files --------------------------------------------------------------------------------

def _as_paths(paths) -> list[Path]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return [Path(p) for p in paths]


def _is_suffix_table(path: Path) -> bool:
    return path.parent.name == "languages"


def _parse_all(paths) -> tuple[list[Lexicon], list[Diagnostic]]:
    lexicons, diagnostics = [], []
    for path in _as_paths(paths):
        if _is_suffix_table(path):
            diagnostics += _check_suffix_file(path)
            continue
        lexicon, found = _parse_file(path)
        diagnostics += found
        if lexicon is not None:
            lexicons.append(lexicon)
    diagnostics += _check_set(lexicons)
    return lexicons, diagnostics


def _check_set(lexicons: list[Lexicon]) -> list[Diagnostic]:
    """Checks that need every file: names, camps, term collisions and overlaps, speaker names."""
    out: list[Diagnostic] = []

    def warn(loc, key, message):
        out.append(Diagnostic("warning", loc, key, message))

    names: dict[str, Lexicon] = {}
    for lex in lexicons:
        if lex.name in names:
            out.append(Diagnostic("error", lex.location, "name",
                                  f"lexicon name '{lex.name}' is also used by {names[lex.name].path}; ids would "
                                  "clash: give one file a different `name:`"))
        names.setdefault(lex.name, lex)

    camps = _merged_camps(lexicons, warn)
    for lex in lexicons:
        for camp, loc, key in lex.camp_refs:
            if camp not in camps:
                close = difflib.get_close_matches(camp, list(camps), n=1, cutoff=0.6)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                warn(loc, key, f"camp '{camp}' is used but not declared under `camps`{hint} "
                               f"(declared: {', '.join(camps) or 'none'})")

    _check_terms(lexicons, warn)
    _check_speaker_names(lexicons, warn)
    return out


def _merged_camps(lexicons: list[Lexicon], warn=None) -> dict[str, Camp]:
    camps: dict[str, Camp] = {}
    origin: dict[str, Lexicon] = {}
    for lex in lexicons:
        for camp in lex.camps.values():
            if camp.id in camps:
                first = camps[camp.id]
                if warn and (first.label, first.colour) != (camp.label, camp.colour):
                    warn(lex.location, f"camps.{camp.id}",
                         f"camp '{camp.id}' is declared differently in {origin[camp.id].path} "
                         f"({first.label}, {first.colour}); that declaration is used")
                continue
            camps[camp.id] = camp
            origin[camp.id] = lex
    return camps


def _term_key(term: Term) -> tuple:
    if term.kind == "regex":
        return ("regex", term.value if term.case_sensitive else term.value.lower())
    return ("glob" if term.kind == "glob" else "words", term.segments(), term.gap)


def _where(variant: Variant, term: Term) -> str:
    return f"variant '{variant.id}' at {term.location}" if term.location else f"variant '{variant.id}'"


def _check_terms(lexicons: list[Lexicon], warn) -> None:
    # lang -> comparison key -> [(variant, term)]
    seen: dict[str, dict[tuple, list[tuple[Variant, Term]]]] = {}
    for lex in lexicons:
        for variant in lex.variants():
            for lang, terms in variant.terms.items():
                for term in terms:
                    key = _term_key(term)
                    bucket = seen.setdefault(lang, {}).setdefault(key, [])
                    for other_variant, other in bucket:
                        same_text = other.value == term.value and other.kind == term.kind
                        if other_variant is variant:
                            what = ("is listed twice" if same_text else
                                    f"is the same as '{other.value}' after normalization (case, Unicode, "
                                    "hyphens, apostrophes)")
                            warn(term.location, _variant_key(variant, lang),
                                 f"term '{term.value}' ({lang}) {what} in this variant (first at "
                                 f"{other.location}); one is enough")
                        elif same_text:
                            warn(term.location, _variant_key(variant, lang),
                                 f"collision: term '{term.value}' ({lang}) is also a term of "
                                 f"{_where(other_variant, other)}; a match cannot tell the two apart")
                        else:
                            warn(term.location, _variant_key(variant, lang),
                                 f"term '{term.value}' ({lang}) equals '{other.value}' of "
                                 f"{_where(other_variant, other)} after normalization (case, Unicode, hyphens, "
                                 "apostrophes, look-alike letters); a match cannot tell the two apart")
                        break
                    bucket.append((variant, term))


def _variant_key(variant: Variant, lang: str) -> str:
    concept = variant.concept_id.split(":", 1)[-1]
    return f"concepts.{concept}.variants.{variant.local_id}.terms.{lang}"


def _check_speaker_names(lexicons: list[Lexicon], warn) -> None:
    from .text import phrase_pieces

    seen: dict[tuple[str, ...], tuple[SpeakerRule, str]] = {}
    for lex in lexicons:
        for rule in lex.speakers:
            for name in rule.names:
                key = tuple(phrase_pieces(name))
                if not key:
                    continue
                if key in seen:
                    other, other_name = seen[key]
                    if other.group != rule.group:
                        warn(rule.location, f"speakers.{rule.group}",
                             f"speaker name '{name}' is listed under '{rule.group}' and as '{other_name}' under "
                             f"'{other.group}' (at {other.location}); the first found wins")
                    elif other is not rule and other.canonical != rule.canonical:
                        warn(rule.location, f"speakers.{rule.group}",
                             f"speaker name '{name}' belongs to both '{other.canonical or other.kind}' and "
                             f"'{rule.canonical or rule.kind}'")
                    continue
                seen[key] = (rule, name)


def load_lexicon(path) -> Lexicon:
    """Load one lexicon file; raises `LexiconError` listing every error. Warnings go to `.diagnostics`."""
    lexicons, diagnostics = _parse_all([path])
    errors = [d for d in diagnostics if d.level == "error"]
    if errors or not lexicons:
        raise LexiconError(errors or diagnostics)
    lexicon = lexicons[0]
    lexicon.diagnostics = [d for d in diagnostics if d.level == "warning"]
    return lexicon


def load_lexicons(paths=None) -> LexiconSet:
    """Load several lexicon files together (the bundled ones when `paths` is None). Ids are namespaced by
    each file's `name` (its file stem when it has none); camps and speakers are merged. Raises
    `LexiconError` with the errors of all files at once."""
    paths = bundled_lexicon_paths() if paths is None else _as_paths(paths)
    lexicons, diagnostics = _parse_all([p for p in paths if not _is_suffix_table(p)])
    errors = [d for d in diagnostics if d.level == "error"]
    if errors:
        raise LexiconError(errors)
    speakers = list(dict.fromkeys(rule for lex in lexicons for rule in lex.speakers))
    camps = _merged_camps(lexicons)
    for camp, _, _ in (ref for lex in lexicons for ref in lex.camp_refs):
        if camp not in camps:  # warned about; a stand-in keeps the analysis going
            camps[camp] = Camp(camp, camp.replace("_", " ").title(), DEFAULT_COLOURS[len(camps) % len(DEFAULT_COLOURS)])
    return LexiconSet(lexicons, camps, speakers,
                      sorted((d for d in diagnostics if d.level == "warning"), key=Diagnostic.sort_key))


def validate(paths) -> list[Diagnostic]:
    """Every error and warning of the files, checked together, in file order then line order.
    Suffix tables (`lexicons/languages/*.yaml`) are checked as such."""
    paths = _as_paths(paths)
    order = {str(p): i for i, p in enumerate(paths)}
    _, diagnostics = _parse_all(paths)
    seen, out = set(), []
    for d in diagnostics:
        if d not in seen:
            seen.add(d)
            out.append(d)
    return sorted(out, key=lambda d: (order.get(d.location.file, len(order)) if d.location else -1,
                                      d.sort_key()))


def bundled_lexicon_paths() -> list[Path]:
    """The shipped lexicons (`lexicons/*.yaml` beside the package, or the package's data copy)."""
    for folder in (LEXICONS_DIR, _PACKAGED_LEXICONS_DIR):
        paths = sorted(folder.glob("*.yaml"))
        if paths:
            return paths
    return []


# --- suffix tables --------------------------------------------------------------------------------

def _languages_dir() -> Path:
    for folder in (LEXICONS_DIR / "languages", _PACKAGED_LEXICONS_DIR / "languages"):
        if folder.is_dir():
            return folder
    return LEXICONS_DIR / "languages"


def _parse_suffix_file(path: Path, ctx: FileDiagnostics) -> tuple[str, ...]:
    root = read_located_yaml(path, ctx)
    if root is None:
        return ()
    if root.kind != "map":
        ctx.error(root.loc, "", f"expected a mapping with `language` and `suffixes`, got {root.describe()}")
        return ()
    check_keys(root, ("language", "name", "description", "sources", "suffixes"), ("language", "suffixes"), "",
                ctx, "a suffix table", Location(ctx.file, 1, 1))
    lang = optional_string(root.value, "language", "", ctx, "a language code")
    if lang is not None and lang != path.stem:
        ctx.error(root.value["language"].loc, "language", f"language '{lang}' does not match the file name "
                                                          f"'{path.name}'")
    _sources(root.value.get("sources"), ctx)
    suffixes_y = root.value.get("suffixes")
    if suffixes_y is None:
        return ()
    if suffixes_y.kind != "seq":
        ctx.error(suffixes_y.loc, "suffixes", f"expected a list of suffixes (strings, or lists of strings), "
                                              f"got {suffixes_y.describe()}")
        return ()
    from .text import fold

    out = []
    for i, item in enumerate(suffixes_y.value):
        for suffix, loc in string_list(item, f"suffixes[{i}]", ctx, "suffixes"):
            folded = fold(suffix, lang or path.stem)
            if not folded.isalpha():
                ctx.error(loc, f"suffixes[{i}]", f"suffix '{suffix}' must be letters only (no hyphen or "
                                                 "apostrophe: the matcher splits there anyway)")
                continue
            out.append(folded)
    return tuple(sorted(set(out), key=lambda s: (-len(s), s)))


def _check_suffix_file(path: Path) -> list[Diagnostic]:
    ctx = FileDiagnostics(str(path))
    _parse_suffix_file(path, ctx)
    return ctx.diagnostics


@lru_cache(maxsize=64)
def _suffix_table(path: Path) -> tuple[str, ...]:
    if not path.is_file():
        return ()
    ctx = FileDiagnostics(str(path))
    suffixes = _parse_suffix_file(path, ctx)
    errors = [d for d in ctx.diagnostics if d.level == "error"]
    if errors:
        raise LexiconError(errors)
    return suffixes


def _has_suffix_table(lang: str) -> bool:
    try:
        return bool(load_suffix_table(lang))
    except LexiconError:  # a broken table is reported when it is validated itself
        return True


def load_suffix_table(lang: str, languages_dir: Path | None = None) -> tuple[str, ...]:
    """The folded suffixes a term with `inflect: true` may take in `lang`, longest first; () when the
    language has no table (lexicons/languages/<lang>.yaml)."""
    if not lang or not re.match(r"^[A-Za-z_-]+$", lang):
        return ()
    return _suffix_table((languages_dir or _languages_dir()) / f"{lang}.yaml")


# --- show, test, export ---------------------------------------------------------------------------

def lexicon_table(lexset: LexiconSet):
    """One row per term (and per frozen form, role "exclude"): for `naming lexicon show`."""
    import pandas as pd

    rows = []
    for lex in lexset.lexicons:
        for concept in lex.concepts:
            for variant in concept.variants:
                for role, table in (("term", variant.terms), ("exclude", variant.exclude)):
                    for lang, terms in table.items():
                        for term in terms:
                            rows.append({
                                "lexicon": lex.name, "concept": concept.local_id, "concept_label": concept.label,
                                "variant": variant.local_id, "variant_label": variant.label,
                                "camps": "+".join(variant.camps), "lang": lang, "role": role, "kind": term.kind,
                                "term": term.value, "gap": term.gap, "inflect": term.inflect,
                                "case_sensitive": term.case_sensitive,
                                "location": str(term.location) if term.location else "",
                            })
    columns = ["lexicon", "concept", "concept_label", "variant", "variant_label", "camps", "lang", "role", "kind",
               "term", "gap", "inflect", "case_sensitive", "location"]
    return pd.DataFrame(rows, columns=columns)


@dataclass(frozen=True)
class ExampleResult:
    variant_id: str
    lang: str
    text: str
    expected: bool                 # True for a `match` example, False for `no_match`
    matched: tuple[str, ...]       # every variant id the matcher found in the text
    location: Location | None = None

    @property
    def passed(self) -> bool:
        return (self.variant_id in self.matched) == self.expected

    def __str__(self) -> str:
        status = "ok" if self.passed else "FAIL"
        want = "match" if self.expected else "no match"
        found = ", ".join(self.matched) or "nothing"
        where = f"{self.location}: " if self.location else ""
        return f"{where}{status}: {self.variant_id} [{self.lang}] expected {want}: {self.text!r} (found: {found})"


def run_examples(lexset: LexiconSet, annotator, matcher=None) -> list[ExampleResult]:
    """Run every variant's `examples`: a `match` example passes when the matcher finds that variant in it,
    a `no_match` example when it does not.

    The examples of one language are annotated in one call, one example a line (the annotator parses each
    line as its own paragraph, so no sentence spans two examples), and each match is traced back to its
    line by its offset."""
    if matcher is None:
        from .matching import Matcher

        matcher = Matcher(lexset)
    texts: dict[str, list[str]] = {}
    for variant in lexset.variants:
        for lang, text in variant.examples_match + variant.examples_no_match:
            texts.setdefault(lang, [])
            if text not in texts[lang]:
                texts[lang].append(text)
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for lang, lines in texts.items():
        joined = "\n".join(re.sub(r"[\r\n]", " ", line) for line in lines)   # same lengths, one a line
        starts, offset = [], 0
        for line in lines:
            starts.append(offset)
            offset += len(line) + 1
        per_line: list[list[str]] = [[] for _ in lines]
        for match in matcher.match(annotator.annotate_text(joined, lang), text=joined):
            per_line[bisect.bisect_right(starts, match.start) - 1].append(match.variant_id)
        for line, ids in zip(lines, per_line):
            found[(lang, line)] = tuple(dict.fromkeys(ids))
    return [ExampleResult(variant.id, lang, text, expected, found[(lang, text)],
                          variant.example_locations.get((expected, lang, text)))
            for variant in lexset.variants
            for expected, examples in ((True, variant.examples_match), (False, variant.examples_no_match))
            for lang, text in examples]


SCOPE_CONCEPT = "_scope"


def scope_filter(lexset: LexiconSet, matcher_cls=None):
    """A function `(doc, matches, text=None, pieces=None) -> matches` that drops the matches of every
    lexicon with a `scope` none of whose scope terms occurs in the document, so that lexicons loaded
    together do not read each other's topics ("offensive" in an article on Ukraine is not Karabakh framing).
    Matches of lexicons without a scope always pass. `pieces`: the document's folded pieces
    (`matching.doc_pieces`), when the caller has them already."""
    if matcher_cls is None:
        from .matching import Matcher as matcher_cls

    scoped = [lex for lex in lexset.lexicons if lex.scope]
    if not scoped:
        return lambda doc, matches, text=None, pieces=None: list(matches)
    probes = [Lexicon(name=lex.name, version=None, description=None, languages=[], sources=[], license=None,
                      camps={}, speakers=[], path=lex.path, concepts=[Concept(
                          f"{lex.name}:{SCOPE_CONCEPT}", SCOPE_CONCEPT, "scope", [Variant(
                              f"{lex.name}:{SCOPE_CONCEPT}:any", "any", "scope", (), lex.scope, {}, [], [])])])
              for lex in scoped]
    probe = matcher_cls(LexiconSet(probes, {}, []))
    lexicon_of = {c.id: lex.name for lex in lexset.lexicons for c in lex.concepts}
    names = {lex.name for lex in scoped}

    def keep(doc, matches, text=None, pieces=None):
        present = {m.concept_id.split(":", 1)[0] for m in probe.match(doc, pieces=pieces, text=text)}
        return [m for m in matches if lexicon_of.get(m.concept_id) not in names - present]

    return keep


def _quanteda_entries(term: Term) -> list[str]:
    from .text import fold

    if term.kind == "regex":
        return []
    if term.kind == "glob":
        forms = {fold(" ".join(_split_gaps(term.value)), term.lang)}
    else:
        written = fold(re.sub(r"\s+", " ", " ".join(_split_gaps(term.value))), term.lang)
        pieces = " ".join(p for seg in term.segments() for p in seg)
        # quanteda keeps "nagorno-karabakh" as one token by default, and "nagorno karabakh" as two.
        forms = {written, pieces} if re.sub(r"[^\w\s]", " ", written).split() == pieces.split() else {pieces}
    if term.inflect:
        forms = {f if f.endswith("*") else f + "*" for f in forms}
    return sorted(forms)


def export_quanteda(lexset: LexiconSet) -> str:
    """A quanteda YAML dictionary (lexicon → concept → variant → patterns) for R users:
    `quanteda::dictionary(file = "x.yml")`, then `tokens_lookup(toks, dict, valuetype = "glob")`.

    Terms of all languages are pooled per variant and lower-cased. Globs stay globs; a term with
    `inflect` becomes a prefix glob ("xankəndi*"), a rough stand-in for the suffix table; a gap is dropped
    (the contiguous phrase remains); regex terms cannot be mixed with globs in one quanteda dictionary and
    are listed in a comment instead."""
    tree: dict = {}
    skipped = []
    for lex in lexset.lexicons:
        for concept in lex.concepts:
            node = tree.setdefault(lex.name, {}).setdefault(concept.local_id, {})
            for variant in concept.variants:
                entries = []
                for term in variant.all_terms():
                    if term.kind == "regex":
                        skipped.append(f"{variant.id} [{term.lang}]: {term.value}")
                    entries.extend(_quanteda_entries(term))
                node[variant.local_id] = list(dict.fromkeys(entries))
    header = ["# quanteda dictionary exported by `naming lexicon export --format quanteda`.",
              "# Load: dict <- quanteda::dictionary(file = \"this.yml\")",
              "# Use:  tokens_lookup(tokens(x), dict, valuetype = \"glob\", case_insensitive = TRUE)",
              "# Frozen forms (exclude), gaps and suffix tables are not expressible here; see the lexicon files."]
    for lex in lexset.lexicons:
        header.append(f"# {lex.name} {lex.version or ''}: {lex.path}" + (f" ({lex.license})" if lex.license else ""))
    if skipped:
        header.append("# Regular-expression terms left out:")
        header += [f"#   {line}" for line in skipped]
    body = yaml.safe_dump(tree, allow_unicode=True, sort_keys=False, default_flow_style=False, width=120)
    return "\n".join(header) + "\n" + body


__all__ = [
    "Location", "Term", "Camp", "Variant", "Concept", "SpeakerRule", "Lexicon", "LexiconSet", "Diagnostic",
    "LexiconError", "ExampleResult", "load_lexicon", "load_lexicons", "bundled_lexicon_paths", "validate",
    "load_suffix_table", "lexicon_table", "export_quanteda", "run_examples", "scope_filter", "term_segments",
]
