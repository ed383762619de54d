"""Articles: reading .txt files (with optional YAML front matter), folders of them, and CSV/JSONL tables.

Offsets everywhere in the project index into `Article.content`, the decoded file content with the
front matter included, so that a user can check any mention with `content[start:end]`.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml

TEXT_SUFFIXES = {".txt"}  # notes such as README.md beside the articles are not articles
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".parquet"}
FRONT_MATTER_KEYS = {"outlet", "date", "lang", "url", "title", "id"}

# Lines that point elsewhere rather than speak for the outlet ("Read more: ...", "Also read ...").
BOILERPLATE_LINE = re.compile(
    r"^\s*(read more|read also|also read|see also|related|recommended|more on this|watch|listen|"
    r"subscribe|follow us|click here|читайте также|читайте еще|смотрите также|подробнее|"
    r"ayrıca oku|daha fazla|həmçinin oxuyun|lire aussi|à lire aussi|voir aussi|mehr zum thema|lesen sie auch|"
    r"читайте також|դիտեք նաև|կարդացեք նաև)\b\s*[:.\-–—]?",
    re.IGNORECASE,
)


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
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise CorpusError(f"{source}: front matter is not valid YAML: {exc}") from None
    if not isinstance(meta, dict):
        raise CorpusError(f"{source}: front matter must be a mapping of keys to values")
    return {str(k): v for k, v in meta.items()}, match.end()


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
        if BOILERPLATE_LINE.match(line):
            boilerplate.append((stripped_start, stripped_end))
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


def decode(data: bytes, source: str, encoding: str | None = None, lenient: bool = False) -> str:
    """Decode bytes as UTF-8 (BOM-aware, UTF-16 with BOM too); errors name the file and byte offset."""
    if encoding is None:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            encoding = "utf-16"
        else:
            encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if not lenient:
            raise CorpusError(
                f"{source}: not valid {exc.encoding} at byte {exc.start} "
                f"(use --encoding to name the right one, or --lenient to replace bad bytes)"
            ) from None
        text = data.decode(encoding, errors="replace")
    except LookupError:
        raise CorpusError(f"{source}: unknown encoding {encoding!r}") from None
    if "\x00" in text:
        raise CorpusError(f"{source}: contains NUL bytes; this looks like a binary file, not an article")
    return text


def read_text_file(path: Path, id: str, outlet: str | None = None, encoding: str | None = None,
                   lenient: bool = False) -> Article:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc.strerror}") from None
    content = decode(data, str(path), encoding, lenient)
    if not content.strip():
        raise CorpusError(f"{path}: empty article")
    article = make_article(content, id=id, source=str(path))
    if article.outlet is None:
        article.outlet = outlet
    return article


def _table_rows(path: Path, encoding: str | None) -> Iterator[dict]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(newline="", encoding=encoding or "utf-8-sig") as handle:
            yield from csv.DictReader(handle)
    elif suffix in {".jsonl", ".ndjson"}:
        with path.open(encoding=encoding or "utf-8-sig") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CorpusError(f"{path}:{number}: not a JSON object: {exc.msg}") from None
                if not isinstance(row, dict):
                    raise CorpusError(f"{path}:{number}: each line must be a JSON object")
                yield row
    else:
        import pandas as pd

        for row in pd.read_parquet(path).to_dict("records"):
            yield row


def read_table(path: Path, encoding: str | None = None) -> Iterator[Article]:
    """CSV/JSONL/Parquet rows with columns id, outlet, date, lang, title, text.

    The content of a row is its title, a blank line, then its text: offsets index into that.
    """
    for number, row in enumerate(_table_rows(path, encoding), 1):
        text = _as_text(row.get("text"))
        if text is None:
            raise CorpusError(f"{path}: row {number} has no 'text' column")
        title = _as_text(row.get("title")) or ""
        content = f"{title}\n\n{text}" if title else text
        meta = {k: v for k, v in row.items() if k not in {"text", "title"} and _as_text(v) is not None}
        article = make_article(content, id=_as_text(row.get("id")) or f"{path.stem}-{number}",
                               source=f"{path}:{number}", meta=meta, headline_from_first_line=bool(title))
        yield article


def read_articles(inputs: Iterable[str | Path], encoding: str | None = None, lenient: bool = False,
                  errors: list | None = None) -> Iterator[Article]:
    """Every article in the given files and folders.

    A folder's sub-folder name is the outlet when the front matter names none. Unreadable files raise
    CorpusError, or, when `errors` is a list, are appended to it as (source, message) and skipped.
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
                    yield from read_table(file, encoding)
                else:
                    outlet = relative.parts[0] if len(relative.parts) > 1 else None
                    yield read_text_file(file, relative.with_suffix("").as_posix(), outlet, encoding, lenient)
            except CorpusError as exc:
                if errors is None:
                    raise
                errors.append((str(file), str(exc).removeprefix(f"{file}: ")))
