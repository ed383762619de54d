"""YAML read with every value's position, for the project's data files (lexicons, cue lexicons, suffix tables).

PyYAML's SafeLoader is used at the node level (`compose`), so every value keeps its file:line:column and no
tag can build an object. Files are bounded in size, nesting depth and node count (aliases count each time
they are expanded, which defuses "billion laughs"); duplicate keys, merge keys, lone surrogates and tags
other than YAML's plain ones are errors. Problems are collected as `Diagnostic`s, never raised one by one,
and the schema helpers below check a value's shape and report what was expected where.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

MAX_FILE_BYTES = 5_000_000
MAX_NODES = 100_000          # YAML nodes after alias expansion
MAX_DEPTH = 50               # nesting of mappings and lists

YAML_TAG = "tag:yaml.org,2002:"
ALLOWED_TAGS = frozenset(YAML_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map"))


@dataclass(frozen=True)
class Location:
    file: str
    line: int     # 1-based
    column: int   # 1-based

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Diagnostic:
    level: str                     # "error" | "warning"
    location: Location | None
    key: str                       # dotted path of the offending key, e.g. "concepts.region.variants.artsakh.camp"
    message: str

    def __str__(self) -> str:
        where = str(self.location) if self.location else "<lexicon>"
        key = f"{self.key}: " if self.key else ""
        return f"{where}: {self.level}: {key}{self.message}"

    def sort_key(self):
        loc = self.location
        return (loc.file, loc.line, loc.column) if loc else ("", 0, 0)


# --- reading --------------------------------------------------------------------------------------

@dataclass
class Node:
    """A YAML node with its position: a mapping (dict of key -> Node), a list, or a scalar kept as written."""
    kind: str                    # "map" | "seq" | "scalar"
    value: object
    loc: Location
    tag: str = ""
    key_locs: dict[str, Location] = field(default_factory=dict)
    plain: bool = True           # a scalar without quotes

    @property
    def is_null(self) -> bool:
        return self.kind == "scalar" and self.tag == YAML_TAG + "null"

    @property
    def rejected(self) -> bool:
        """A node with a forbidden tag: reported once when read, then ignored."""
        return self.tag not in ALLOWED_TAGS

    def describe(self) -> str:
        if self.kind == "map":
            return "a mapping"
        if self.kind == "seq":
            return "a list"
        if self.is_null:
            return "nothing (null)"
        return f"{_short_type(self.tag)} '{_clip(self.value)}'"


def _short_type(tag: str) -> str:
    return {"str": "the string", "int": "the number", "float": "the number", "bool": "the boolean",
            "timestamp": "the date"}.get(tag.replace(YAML_TAG, ""), "the value")


def _clip(s, n: int = 60) -> str:
    s = str(s)
    return s if len(s) <= n else s[: n - 1] + "…"


class _Abort(Exception):
    def __init__(self, location: Location, message: str):
        self.location, self.message = location, message


class FileDiagnostics:
    """Collects diagnostics for one file."""

    def __init__(self, shown: str):
        self.file = shown
        self.diagnostics: list[Diagnostic] = []

    def error(self, loc: Location | None, key: str, message: str) -> None:
        self.diagnostics.append(Diagnostic("error", loc, key, message))

    def warn(self, loc: Location | None, key: str, message: str) -> None:
        self.diagnostics.append(Diagnostic("warning", loc, key, message))

    def loc(self, mark) -> Location:
        return Location(self.file, mark.line + 1, mark.column + 1)

    @property
    def has_errors(self) -> bool:
        return any(d.level == "error" for d in self.diagnostics)


def read_yaml_data(path: Path, allowed: Iterable[str], what: str) -> tuple[object, list[Diagnostic]]:
    """A YAML file of another kind than a lexicon (a cue lexicon), read with the lexicons' checks: encoding,
    syntax, size, duplicate keys and, where it is a mapping, keys outside `allowed`. Its data comes back plain
    (scalars as written, but for null and YAML's booleans, so that a caller can still catch a bare "on"), with
    the errors found; an empty file is an empty mapping."""
    ctx = FileDiagnostics(str(path))
    root = read_located_yaml(path, ctx, empty_ok=True)
    if root is not None and root.kind == "map":
        check_keys(root, tuple(allowed), (), "", ctx, what, Location(ctx.file, 1, 1))
    errors = [d for d in ctx.diagnostics if d.level == "error"]
    return ({} if root is None else _plain(root)), errors


def _plain(y: Node) -> object:
    if y.kind == "map":
        return {key: _plain(value) for key, value in y.value.items()}
    if y.kind == "seq":
        return [_plain(item) for item in y.value]
    if y.is_null:
        return None
    if y.tag == YAML_TAG + "bool":
        return str(y.value).lower() in ("yes", "true", "on")
    return y.value


def read_located_yaml(path: Path, ctx: FileDiagnostics, empty_ok: bool = False) -> Node | None:
    top = Location(ctx.file, 1, 1)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            ctx.error(top, "", f"the file is {size:,} bytes; a lexicon file may be at most {MAX_FILE_BYTES:,} "
                               "bytes (split it into several files and load them together)")
            return None
        data = path.read_bytes()
    except OSError as e:
        ctx.error(top, "", f"cannot read the file: {e.strerror or e}")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        column = len(data[data.rfind(b"\n", 0, e.start) + 1:e.start].decode("utf-8", "replace")) + 1
        ctx.error(Location(ctx.file, line, column), "",
                  f"byte 0x{data[e.start]:02x} is not UTF-8: save the file as UTF-8")
        return None
    try:
        # First pass over the event stream, which PyYAML produces without recursion: nesting and size are
        # checked before the (recursive) composer sees the document.
        depth = nodes = 0
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.NodeEvent):
                nodes += 1
                if nodes > MAX_NODES:
                    raise _Abort(ctx.loc(event.start_mark), f"more than {MAX_NODES:,} YAML nodes; split the file")
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _Abort(ctx.loc(event.start_mark),
                                 f"mappings and lists are nested more than {MAX_DEPTH} deep; "
                                 "a lexicon needs about 8 levels")
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        if root is None:
            if not empty_ok:
                ctx.error(top, "", "the file is empty; expected a mapping with `name`, `camps` and `concepts`")
            return None
        return _convert(root, ctx, "", 0, set(), [0])
    except _Abort as e:
        ctx.error(e.location, "", e.message)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = e.problem or "invalid YAML"
        context = f" ({e.context}, line {e.context_mark.line + 1})" if e.context and e.context_mark else ""
        hint = "; YAML indents with spaces, not tabs" if "\t" in problem or "tab" in problem else ""
        ctx.error(ctx.loc(mark) if mark else top, "", f"YAML syntax error: {problem}{context}{hint}")
    except yaml.YAMLError as e:
        ctx.error(top, "", f"YAML error: {e}")
    except RecursionError:
        ctx.error(top, "", "the YAML document is nested too deeply")
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _convert(node, ctx: FileDiagnostics, path: str, depth: int, active: set, counter: list) -> Node:
    loc = ctx.loc(node.start_mark)
    counter[0] += 1
    if counter[0] > MAX_NODES:
        raise _Abort(loc, f"more than {MAX_NODES:,} YAML nodes once aliases are expanded "
                          "(an alias bomb?); repeat less with aliases")
    if depth > MAX_DEPTH:
        raise _Abort(loc, f"mappings and lists are nested more than {MAX_DEPTH} deep once aliases are expanded")
    if id(node) in active:
        raise _Abort(loc, "an alias refers to a node that contains it (a recursive structure)")
    if node.tag not in ALLOWED_TAGS:
        tag = node.tag.replace(YAML_TAG, "!!")
        ctx.error(loc, path, f"the YAML tag '{tag}' is not allowed in a lexicon: write plain strings, "
                             "numbers, lists and mappings")
    if isinstance(node, yaml.ScalarNode):
        surrogate = _SURROGATE.search(node.value)
        if surrogate:
            # "\ud800" in a quoted YAML string: no UTF-8 writer (CSV, Parquet, HTML) could take it later
            ctx.error(loc, path, f"'\\u{ord(surrogate.group()):04x}' is a lone surrogate, not a character; "
                                 "write the character itself (or its \\U0001xxxx escape)")
            return Node("scalar", _SURROGATE.sub("\ufffd", node.value), loc, "!rejected")
        return Node("scalar", node.value, loc, node.tag, plain=node.style in (None, ""))
    active.add(id(node))
    try:
        if isinstance(node, yaml.SequenceNode):
            items = [_convert(item, ctx, f"{path}[{i}]", depth + 1, active, counter)
                     for i, item in enumerate(node.value)]
            return Node("seq", items, loc, node.tag)
        mapping, key_locs = {}, {}
        for key_node, value_node in node.value:
            key_loc = ctx.loc(key_node.start_mark)
            if key_node.tag == YAML_TAG + "merge":
                ctx.error(key_loc, path, "merge keys ('<<') are not supported: write the keys out "
                                         "(aliases to whole values are fine)")
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                ctx.error(key_loc, path, "a mapping key must be a plain word, not a list or a mapping")
                continue
            key = key_node.value
            sub = f"{path}.{key}" if path else key
            if key in mapping:
                first = key_locs[key]
                ctx.error(key_loc, sub, f"duplicate key '{key}' (first at line {first.line}, column "
                                        f"{first.column}); YAML would silently keep only the last one")
                continue
            key_locs[key] = key_loc
            mapping[key] = _convert(value_node, ctx, sub, depth + 1, active, counter)
        return Node("map", mapping, loc, node.tag, key_locs)
    finally:
        active.discard(id(node))


# --- schema helpers -------------------------------------------------------------------------------

def check_keys(y: Node, allowed: Iterable[str], required: Iterable[str], path: str, ctx: FileDiagnostics, what: str,
                anchor: Location | None = None) -> None:
    allowed = tuple(allowed)
    for key in y.value:
        if key not in allowed:
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            ctx.error(y.key_locs[key], join_key(path, key),
                      f"unknown key '{key}' in {what}{hint} (expected one of: {', '.join(allowed)})")
    for key in required:
        if key not in y.value:
            ctx.error(anchor or y.loc, join_key(path, key), f"{what} is missing the required key '{key}'")


def join_key(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def expect_map(y: Node | None, path: str, ctx: FileDiagnostics, what: str) -> bool:
    if y is None or y.rejected:
        return False
    if y.kind != "map":
        ctx.error(y.loc, path, f"expected {what}, got {y.describe()}")
        return False
    return True


def scalar_string(y: Node | None, path: str, ctx: FileDiagnostics, what: str = "a string") -> str | None:
    if y is None or y.rejected:
        return None
    if y.kind != "scalar" or y.is_null:
        ctx.error(y.loc, path, f"expected {what}, got {y.describe()}")
        return None
    return str(y.value)


def optional_string(m: dict, key: str, path: str, ctx: FileDiagnostics, what: str = "a string") -> str | None:
    y = m.get(key)
    if y is None or y.is_null:
        return None
    value = scalar_string(y, join_key(path, key), ctx, what)
    return value.strip() if value is not None else None


def scalar_bool(y: Node, path: str, ctx: FileDiagnostics) -> bool | None:
    if y.kind == "scalar" and y.tag == YAML_TAG + "bool":
        return str(y.value).lower() in ("true", "yes", "on", "y")
    ctx.error(y.loc, path, f"expected true or false, got {y.describe()}")
    return None


def scalar_int(y: Node, path: str, ctx: FileDiagnostics, low: int, high: int) -> int | None:
    if y.kind == "scalar" and y.tag == YAML_TAG + "int":
        try:
            value = int(str(y.value).replace("_", ""), 0)
        except ValueError:
            value = None
        if value is not None and low <= value <= high:
            return value
    ctx.error(y.loc, path, f"expected a whole number from {low} to {high}, got {y.describe()}")
    return None


def string_list(y: Node | None, path: str, ctx: FileDiagnostics, what: str) -> list[tuple[str, Location]]:
    """A list of strings (a single string is a list of one), each with its location."""
    if y is None or y.is_null or y.rejected:
        return []
    if y.kind == "map":
        ctx.error(y.loc, path, f"expected a list of {what}, got {y.describe()}")
        return []
    items = y.value if y.kind == "seq" else [y]
    out = []
    for i, item in enumerate(items):
        value = scalar_string(item, f"{path}[{i}]" if y.kind == "seq" else path, ctx, what)
        if value is not None and value.strip():
            out.append((value.strip(), item.loc))
        elif value is not None:
            ctx.error(item.loc, f"{path}[{i}]", f"empty string; expected {what}")
    return out
