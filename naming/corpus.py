"""Articles: reading .txt files (with optional YAML front matter), folders of them, and CSV/JSONL tables.

Offsets everywhere in the project index into `Article.content`, the decoded file content with the
front matter included, so that a user can check any mention with `content[start:end]`.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from .text import QUOTE_CHARS

TEXT_SUFFIXES = {".txt"}  # notes such as README.md beside the articles are not articles
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".parquet"}
FRONT_MATTER_KEYS = {"outlet", "date", "lang", "url", "title", "id"}

# Hostile or broken input is skipped with its reason, never allowed to stop a run or to hold it for hours:
# an article longer than MAX_CHARS characters is skipped (the longest newspaper pieces run to about 150,000
# characters; a longer file is a book, a dump or an accident, and would hold the parser for a long time).
# `read_articles(max_chars=N)`, `Analyzer.run(max_chars=N)` or `naming ... --max-chars N` changes it for a
# run; 0 means no limit.
DEFAULT_MAX_CHARS = 1_000_000
MAX_CHARS = DEFAULT_MAX_CHARS
MAX_FRONT_MATTER_CHARS = 65_536   # front matter holds a few keys; YAML anchors and aliases are refused
MAX_FRONT_MATTER_DEPTH = 20
PARQUET_BATCH = 1024              # rows read from a Parquet file at a time
BINARY_SHARE = 0.3                # --lenient: more undecodable characters than this share: a binary file

# Lines that point elsewhere rather than speak for the outlet ("Read more: ...", "Also read ...").
BOILERPLATE_LINE = re.compile(
    r"^\s*(read more|read also|also read|see also|related|recommended|more on this|watch|listen|"
    r"subscribe|follow us|click here|читайте также|читайте еще|смотрите также|подробнее|"
    r"ayrıca oku|daha fazla|həmçinin oxuyun|lire aussi|à lire aussi|voir aussi|mehr zum thema|lesen sie auch|"
    r"читайте також|դիտեք նաև|կարդացեք նաև)\b\s*[:.\-–—]?",
    re.IGNORECASE,
)
QUOTE_MARKS = "".join(sorted(QUOTE_CHARS))  # around a label alone: '"Related:"'

# Credit lines: who reported or edited the article, not what it says ("Costa reported from Washington.",
# "Reporting by Felix Light; Editing by Alex Richardson", "Staff writer Ann Lee contributed to this report.").
_NAME = r"[A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*){0,3}"
_NAMES = rf"{_NAME}(?:(?:,| and|, and) {_NAME})*"
CREDIT_LINES = (
    re.compile(r"^\s*\(?\s*(?:additional )?(?:reporting|editing|writing) by\b", re.IGNORECASE),
    re.compile(rf"^\s*{_NAMES} reported from {_NAME}(?:(?:,| and|, and) (?:{_NAME} )?(?:from )?{_NAME})*\.?\)?\s*$"),
    re.compile(rf"^\s*\(?(?:(?:[Ss]taff )?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?) )?{_NAMES} contributed"
               rf"(?: reporting)?(?: (?:to|for) this (?:report|article|story))?(?: from {_NAME})?\.?\)?\s*$"),
)
CREDIT_LINE_MAX_CHARS = 200


class CorpusError(Exception):
    """An input that cannot be read; the message names the file and the problem."""


@dataclass
class Article:
    id: str
    content: str
    body_start: int = 0
    outlet: str | None = None
    date: str | None = None
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    source: str = ""
    headline: tuple[int, int] | None = None
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)   # what reading changed, e.g. bytes replaced by --lenient

    @property
    def body(self) -> str:
        return self.content[self.body_start:]

    def is_boilerplate(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.boilerplate)

    def in_headline(self, offset: int) -> bool:
        return self.headline is not None and self.headline[0] <= offset < self.headline[1]


def _split_front_matter(content: str, source: str) -> tuple[dict, int]:
    """Return (metadata, offset of the body). Front matter is '---' ... '---' at the very start."""
    match = re.match(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", content, re.DOTALL)
    if not match:
        return {}, 0
    block = match.group(1)
    if len(block) > MAX_FRONT_MATTER_CHARS:
        raise CorpusError(f"{source}: front matter is {len(block):,} characters; at most "
                          f"{MAX_FRONT_MATTER_CHARS:,} are read")
    try:
        _check_front_matter(block, source)
        meta = yaml.safe_load(block) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f" (line {mark.line + 2}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise CorpusError(f"{source}: front matter is not valid YAML{where}: {' '.join(problem.split())}") from None
    if not isinstance(meta, dict):
        raise CorpusError(f"{source}: front matter must be a mapping of keys to values")
    return {str(k): v for k, v in meta.items()}, match.end()


def _check_front_matter(block: str, source: str) -> None:
    """Refuse anchors and aliases (an alias bomb expands to billions of values when printed) and deep
    nesting (the YAML composer recurses), from PyYAML's event stream, which is built without recursion."""
    depth = 0
    for event in yaml.parse(block, Loader=yaml.SafeLoader):
        line = event.start_mark.line + 2 if event.start_mark is not None else "?"
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise CorpusError(f"{source}: front matter line {line}: YAML anchors and aliases (&name, *name) "
                              "are not allowed in front matter; write the values out")
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_FRONT_MATTER_DEPTH:
                raise CorpusError(f"{source}: front matter line {line}: lists and mappings nested more than "
                                  f"{MAX_FRONT_MATTER_DEPTH} deep")
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def _lines(content: str, start: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty line from `start`; \n, \r\n and a lone \r all end a line."""
    for match in re.finditer(r"[^\r\n]+", content[start:]):
        yield start + match.start(), start + match.end()


def _as_text(value) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return str(value)


def make_article(content: str, id: str, source: str, meta: dict | None = None,
                 headline_from_first_line: bool = True) -> Article:
    """Build an Article from decoded content: front matter, headline span and boilerplate lines."""
    front, body_start = _split_front_matter(content, source)
    meta = {**(meta or {}), **front}
    headline = None
    boilerplate = []
    link_follows = False  # after a label alone on its line ("Read more:", '"Related:"'), the linked headline
    for start, end in _lines(content, body_start):
        line = content[start:end]
        if not line.strip():
            continue
        stripped_start = start + len(line) - len(line.lstrip())
        stripped_end = start + len(line.rstrip())
        if headline is None and headline_from_first_line:
            headline = (stripped_start, stripped_end)
            continue
        headline_from_first_line = False
        bare = line.strip().strip(QUOTE_MARKS)
        label = BOILERPLATE_LINE.match(bare)
        label_alone = label is not None and not bare[label.end():].strip()
        # in quote marks, only a label alone: '"Watch out," he said.' is a quote
        quoted = line.lstrip()[:1] in QUOTE_MARKS
        if label is not None and (label_alone or not quoted) or link_follows \
                or len(line) <= CREDIT_LINE_MAX_CHARS and any(c.match(line) for c in CREDIT_LINES):
            boilerplate.append((stripped_start, stripped_end))
        link_follows = label_alone
    title = _as_text(meta.get("title")) or (content[headline[0]:headline[1]] if headline else None)
    date = _as_text(meta.get("date"))
    return Article(
        id=_as_text(meta.get("id")) or id,
        content=content,
        body_start=body_start,
        outlet=_as_text(meta.get("outlet")),
        date=date[:10] if date else None,
        lang=_as_text(meta.get("lang")),
        title=title,
        url=_as_text(meta.get("url")),
        source=source,
        headline=headline,
        boilerplate=boilerplate,
        meta={k: v for k, v in meta.items() if k not in FRONT_MATTER_KEYS},
    )


_lenient = threading.local()


def _replace_and_record(exc: UnicodeDecodeError):
    """Like errors="replace", and records where each undecodable sequence starts."""
    positions = getattr(_lenient, "positions", None)
    if positions is not None:
        positions.append(exc.start)
    return "\ufffd", exc.end


def _escape_bytes(exc: UnicodeDecodeError):
    """Each undecodable byte becomes the lone surrogate U+DC00 + byte, which decoded text never holds,
    so that a table row with a bad byte can be found (and skipped or repaired) after parsing."""
    return "".join(chr(0xDC00 + b) for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error("naming.replace", _replace_and_record)
codecs.register_error("naming.escape", _escape_bytes)
_SURROGATE = re.compile("[\ud800-\udfff]")
_NUL = b"\x00"


def _bytes_per_unit(encoding: str) -> bool:
    """Whether NUL bytes are part of ordinary text in this encoding (UTF-16 and UTF-32)."""
    return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


def decode(data: bytes, source: str, encoding: str | None = None, lenient: bool = False,
           notes: list | None = None) -> str:
    """Decode bytes as UTF-8 (BOM-aware, UTF-16 with BOM too); errors name the file and byte offset.

    A NUL byte marks a binary file. `lenient` replaces undecodable bytes and NULs with U+FFFD and says so
    in `notes`; a file with more than BINARY_SHARE of them is still refused as binary."""
    if encoding is None:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            encoding = "utf-16"
        else:
            encoding = "utf-8-sig"
    try:
        wide = _bytes_per_unit(encoding)
    except LookupError:
        raise CorpusError(f"{source}: unknown encoding {encoding!r}") from None
    notes = notes if notes is not None else []
    if not lenient and not wide and _NUL in data:
        raise CorpusError(f"{source}: NUL byte at byte {data.index(_NUL)}: this looks like a binary file, "
                          "not an article")
    bad = 0
    # the utf-8-sig codec counts error positions after the BOM it strips
    shift = 3 if codecs.lookup(encoding).name == "utf-8-sig" and data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if not lenient:
            raise CorpusError(
                f"{source}: not valid {exc.encoding} at byte {exc.start + shift} "
                f"(use --encoding to name the right one, or --lenient to replace bad bytes)"
            ) from None
        _lenient.positions = positions = []
        try:
            text = data.decode(encoding, errors="naming.replace")
        finally:
            _lenient.positions = None
        bad = len(positions)
        notes.append(f"not valid {exc.encoding}: {bad:,} undecodable byte sequence(s) replaced with U+FFFD "
                     f"(first at byte {(positions[0] if positions else exc.start) + shift}; --lenient)")
    if "\x00" in text:
        if not lenient:
            raise CorpusError(f"{source}: NUL character at character {text.index(chr(0))}: this looks like a "
                              "binary file, not an article")
        count = text.count("\x00")
        where = f"byte {data.index(_NUL)}" if not wide else f"character {text.index(chr(0))}"
        text = text.replace("\x00", "\ufffd")
        bad += count
        notes.append(f"{count:,} NUL character(s) replaced with U+FFFD (first at {where}; --lenient)")
    if bad >= 16 and bad > BINARY_SHARE * len(text):
        raise CorpusError(f"{source}: {bad:,} of {len(text):,} characters could not be read as {encoding}: a "
                          "binary file, or text in another encoding (name it with --encoding)")
    return text


def _limit(max_chars: int | None) -> int | None:
    """The size limit in characters: `max_chars`, or MAX_CHARS when None; 0 means no limit."""
    limit = MAX_CHARS if max_chars is None else max_chars
    return limit if limit and limit > 0 else None


def _too_long(length: int, limit: int, unit: str = "characters") -> str:
    return (f"{length:,} {unit}, more than the {limit:,} characters an article may have "
            f"(skipped; raise the limit with --max-chars)")


def read_text_file(path: Path, id: str, outlet: str | None = None, encoding: str | None = None,
                   lenient: bool = False, max_chars: int | None = None) -> Article:
    limit = _limit(max_chars)
    try:
        size = path.stat().st_size
        if limit and size > 4 * limit:   # no encoding spends more than 4 bytes a character: not read at all
            raise CorpusError(f"{path}: {_too_long(size, limit, 'bytes')}")
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc.strerror or exc}") from None
    notes: list[str] = []
    content = decode(data, str(path), encoding, lenient, notes)
    if limit and len(content) > limit:
        raise CorpusError(f"{path}: {_too_long(len(content), limit)}")
    if not content.strip():
        raise CorpusError(f"{path}: empty article")
    article = make_article(content, id=id, source=str(path))
    if not article.body.strip():
        raise CorpusError(f"{path}: empty article (front matter only)")
    if article.outlet is None:
        article.outlet = outlet
    article.notes.extend(notes)
    return article


def _raise_csv_field_limit() -> None:
    """csv refuses fields over 131,072 characters and would stop at one; the article limit applies instead."""
    wanted = min(sys.maxsize, 2**31 - 1)
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


def _parquet_rows(path: Path) -> Iterator[tuple[int, str, dict, list]]:
    """The rows of a Parquet file, PARQUET_BATCH at a time, converted as `pandas.read_parquet` converts them."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise CorpusError(f"{path}: reading Parquet needs pyarrow (pip install pyarrow)") from None
    number = 0
    try:
        with pq.ParquetFile(path) as table:
            for batch in table.iter_batches(batch_size=PARQUET_BATCH):
                for row in batch.to_pandas().to_dict("records"):
                    number += 1
                    yield number, f"row {number}", row, []
    except Exception as exc:  # pyarrow's errors for a damaged or foreign file
        if not number:
            raise CorpusError(f"{path}: not a readable Parquet file: {_one_line(exc)}") from None
        raise CorpusError(f"{path}: after row {number}: not readable Parquet ({_one_line(exc)}); "
                          "the rest of the file is skipped") from None


def _table_rows(path: Path, encoding: str | None, lenient: bool) -> Iterator[tuple[int, str, dict | str, list]]:
    """(row number, where in the file, the row or why it cannot be read, notes) for each row. A problem
    with one row is that row's; only a file that cannot be read at all raises CorpusError."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        yield from _parquet_rows(path)
        return
    try:
        handle = io.TextIOWrapper(path.open("rb"), encoding=encoding or "utf-8-sig", errors="naming.escape",
                                  newline="")
    except LookupError:
        raise CorpusError(f"{path}: unknown encoding {encoding!r}") from None
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with handle:
        if suffix == ".csv":
            _raise_csv_field_limit()
            reader = csv.DictReader(handle)
            try:
                columns = reader.fieldnames
                if not columns:
                    return
                if "text" not in columns:
                    shown = ", ".join(repr(c) for c in columns[:10])
                    raise CorpusError(f"{path}: no 'text' column (the header has {shown})")
                number = 0
                for row in reader:
                    number += 1
                    yield number, f"row {number} (line {reader.line_num})", row, []
            except csv.Error as exc:
                raise CorpusError(f"{path}: line {reader.line_num}: not valid CSV ({_one_line(exc)}); "
                                  "the rest of the file is skipped") from None
            return
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where, notes = f"line {number}", []
            bad = _SURROGATE.findall(line)
            if bad:
                first = f"0x{ord(bad[0]) - 0xDC00:02x}"
                if not lenient:
                    yield number, where, (f"not valid {encoding or 'utf-8'}: undecodable byte {first} (use "
                                          "--encoding to name the right one, or --lenient to replace bad bytes)"), notes
                    continue
                line = _SURROGATE.sub("\ufffd", line)
                notes.append(f"not valid {encoding or 'utf-8'}: {len(bad):,} undecodable byte(s) replaced with "
                             "U+FFFD (--lenient)")
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, where, f"not a JSON object: {exc.msg} (column {exc.colno})", notes
                continue
            except (ValueError, RecursionError) as exc:   # a 5,000-digit number; nesting a thousand deep
                yield number, where, f"not a readable JSON object: {_one_line(exc) or type(exc).__name__}", notes
                continue
            if not isinstance(row, dict):
                yield number, where, "each line must be a JSON object", notes
                continue
            yield number, where, row, notes


def _repair_row(row: dict, source: str, where: str, lenient: bool, notes: list, csv_bytes: bool) -> dict:
    """Lone surrogates (a CSV's undecodable bytes, or JSON escapes like \\ud800) cannot be written as
    UTF-8 anywhere later: the row is refused, or with --lenient repaired and noted."""
    out = {}
    for key, value in row.items():
        fixed = []
        for item in (key, value):
            if isinstance(item, str) and _SURROGATE.search(item):
                first = _SURROGATE.search(item).group()
                if not lenient:
                    what = (f"an undecodable byte 0x{ord(first) - 0xDC00:02x}" if csv_bytes
                            else f"a lone surrogate U+{ord(first):04X} (not valid Unicode)")
                    raise CorpusError(f"{source}: {where}: {key!r} holds {what} (--lenient replaces it)")
                notes.append(f"{where}: {len(_SURROGATE.findall(item)):,} invalid character(s) in {key!r} "
                             "replaced with U+FFFD (--lenient)")
                item = _SURROGATE.sub("\ufffd", item)
            fixed.append(item)
        out[fixed[0]] = fixed[1]
    return out


def read_table(path: Path, encoding: str | None = None, lenient: bool = False, errors: list | None = None,
               max_chars: int | None = None) -> Iterator[Article]:
    """CSV/JSONL/Parquet rows with columns id, outlet, date, lang, title, text.

    The content of a row is its title, a blank line, then its text: offsets index into that. A row that
    cannot be read raises CorpusError or, when `errors` is a list, is appended to it as (file:row,
    message) and skipped; the other rows are read.
    """
    limit = _limit(max_chars)
    for number, where, row, notes in _table_rows(path, encoding, lenient):
        source = f"{path}:{number}"
        try:
            if isinstance(row, str):
                raise CorpusError(f"{source}: {where}: {row}")
            row = _repair_row(row, source, where, lenient, notes, path.suffix.lower() == ".csv")
            text = _as_text(row.get("text"))
            if text is None:
                raise CorpusError(f"{source}: {where} has no 'text'")
            if not text.strip():
                raise CorpusError(f"{source}: {where}: empty text")
            title = _as_text(row.get("title")) or ""
            content = f"{title}\n\n{text}" if title else text
            if limit and len(content) > limit:
                raise CorpusError(f"{source}: {where}: {_too_long(len(content), limit)}")
            meta = {k: v for k, v in row.items() if k not in {"text", "title"} and _as_text(v) is not None}
            article = make_article(content, id=_as_text(row.get("id")) or f"{path.stem}-{number}",
                                   source=source, meta=meta, headline_from_first_line=bool(title))
        except CorpusError as exc:
            if errors is None:
                raise
            errors.append((source, str(exc).removeprefix(f"{source}: ")))
            continue
        article.notes.extend(notes)
        yield article


def read_articles(inputs: Iterable[str | Path], encoding: str | None = None, lenient: bool = False,
                  errors: list | None = None, max_chars: int | None = None) -> Iterator[Article]:
    """Every article in the given files and folders.

    A folder's sub-folder name is the outlet when the front matter names none. Unreadable files (and
    table rows) raise CorpusError, or, when `errors` is a list, are appended to it as (source, message)
    and skipped. Articles longer than `max_chars` characters (None: MAX_CHARS; 0: no limit) are skipped
    so. `lenient` replaces undecodable bytes and says so in the article's `notes`.
    """
    for item in inputs:
        path = Path(item)
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | TABLE_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            entries = [(p, p.relative_to(path)) for p in files]
        else:
            entries = [(path, Path(path.name))]
        for file, relative in entries:
            try:
                if file.suffix.lower() in TABLE_SUFFIXES:
                    yield from read_table(file, encoding, lenient, errors, max_chars)
                else:
                    outlet = relative.parts[0] if len(relative.parts) > 1 else None
                    yield read_text_file(file, relative.with_suffix("").as_posix(), outlet, encoding, lenient,
                                         max_chars)
            except CorpusError as exc:
                if errors is None:
                    raise
                errors.append((str(file), str(exc).removeprefix(f"{file}: ")))
