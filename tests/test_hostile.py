"""Hostile input, no harm (issue 8): bad files, hostile YAML, injected markup, interrupted runs.

The corpus is `tests/data/hostile/corpus/` (text cases) plus what `hostile_corpus` writes at run time
(binary, encodings, line ends, sizes, hostile file and folder names). `EXPECTED` says, for every file,
whether it is analysed or skipped and why; the end-to-end test checks every file against it. The lexicon
is `tests/data/hostile/lexicon_injection.yaml`: the mini lexicon's terms with markup in every label.

Property-based tests drive the fuzz targets of `bench/fuzz.py` with a few examples each (run that file
for long fuzzing).
"""
from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
import signal
import subprocess
import sys
import time
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from .conftest import ROOT

HOSTILE = ROOT / "tests" / "data" / "hostile"
LEXICON = HOSTILE / "lexicon_injection.yaml"
MINI = ROOT / "tests" / "data" / "mini_lexicon.yaml"
FAST = settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))

ARTSAKH = "Headline\nArtsakh and Karabakh, in the outlet's own words.\n"

# file (relative to the corpus folder) -> None when analysed, else a regex its skip reason matches.
# Table rows are "file:row".
EXPECTED = {
    # text cases in tests/data/hostile/corpus
    "good.txt": None,
    "injection.txt": None,
    "traversal.txt": None,
    "unknown_language.txt": None,
    "empty.txt": r"^empty article$",
    "whitespace_only.txt": r"^empty article$",
    "front_matter_only.txt": r"^empty article \(front matter only\)$",
    "front_matter_alias_bomb.txt": r"^front matter line 2: YAML anchors and aliases .* not allowed",
    "front_matter_deep.txt": r"^front matter line 2: lists and mappings nested more than 20 deep$",
    "front_matter_object_tag.txt": r"^front matter is not valid YAML \(line 2, column 8\): could not determine a "
                                   r"constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'",
    "rows.csv:1": None,
    "rows.csv:2": r"^row 2 \(line 3\): empty text$",
    "rows.csv:3": None,
    "rows.jsonl:1": None,
    "rows.jsonl:2": r"^line 2: not a JSON object: Expecting value \(column 1\)$",
    "rows.jsonl:3": r"^line 3: each line must be a JSON object$",
    "rows.jsonl:4": r"^line 4 has no 'text'$",
    "rows.jsonl:5": r"^line 5: 'text' holds a lone surrogate U\+D800 \(not valid Unicode\) \(--lenient replaces it\)$",
    "rows.jsonl:6": r"^line 6: not a readable JSON object: Exceeds the limit \(4300 digits\)",
    "rows.jsonl:7": r"^line 7: not a readable JSON object: maximum recursion depth exceeded",
    "rows.jsonl:8": r"^line 8: empty text$",
    "rows.jsonl:9": None,     # a NUL inside a JSON string is text, escaped on purpose
    "rows.jsonl:10": None,    # the row after the bad ones is read
    # written by hostile_corpus
    "binary.txt": r"^NUL byte at byte 6: this looks like a binary file, not an article$",
    "invalid_utf8.txt": r"^not valid utf-8 at byte 21 \(use --encoding to name the right one, or --lenient",
    "latin1.txt": r"^not valid utf-8 at byte 16 ",
    "utf8_bom.txt": None,
    "utf16le_bom.txt": None,
    "utf16be_bom.txt": None,
    "crlf.txt": None,
    "lone_cr.txt": None,
    "nul.txt": r"^NUL byte at byte 16: this looks like a binary file",
    "utf16_nul.txt": r"^NUL character at character 9: this looks like a binary file",
    "huge_50mb.txt": r"^52,428,8\d\d bytes, more than the 1,000,000 characters an article may have \(skipped; "
                     r"raise the limit with --max-chars\)$",
    "long_line_1mb.txt": r"^1,048,586 characters, more than the 1,000,000 characters an article may have",
    "bad_bytes.csv:1": None,
    "bad_bytes.csv:2": r"^row 2 \(line 3\): 'text' holds an undecodable byte 0xff \(--lenient replaces it\)$",
    "bad_bytes.csv:3": None,
    "bad_bytes.jsonl:1": None,
    "bad_bytes.jsonl:2": r"^line 2: not valid utf-8: undecodable byte 0xfe ",
    "bad_bytes.jsonl:3": None,
    "huge_field.csv:1": None,   # a 200,000-character field: csv's own limit (131,072) no longer stops the file
    "huge_field.csv:2": None,
    "corrupt.parquet": r"^not a readable Parquet file: ",
    "no_text_column.csv": r"^no 'text' column \(the header has 'id', 'body'\)$",
    "<img src=x onerror=alert('file')>.txt": None,
    "\x1b[2J\x1b[31mterminal\nescape.txt": r"^NUL byte at byte 0",
    "<script>alert('folder')<": None,     # folder: outlet name from a sub-folder
    "$\\foo$ outlet": None,               # mathtext in an outlet name must not break the figures
    "=cmd|' -C calc'!A0": None,
}


def _load_fuzz():
    spec = importlib.util.spec_from_file_location("naming_bench_fuzz", ROOT / "bench" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fuzz = _load_fuzz()


# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("hostile-cache")


@pytest.fixture(scope="module")
def hostile_analyzer(models_dir, cache_dir):
    from naming.pipeline import Analyzer

    return Analyzer([LEXICON], models_dir=models_dir, cache_dir=cache_dir)


def _write_generated(root: Path) -> None:
    """The cases that cannot be text files in the repository: bytes, line ends, sizes, names."""
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (root / "invalid_utf8.txt").write_bytes(b"Headline\nArtsakh and \xff\xfe broken bytes.\n")
    (root / "latin1.txt").write_bytes("Headline\nThe café in Artsakh and Karabakh was open again.\n".encode("latin-1"))
    (root / "utf8_bom.txt").write_bytes("\ufeff---\noutlet: Bom\n---\nHeadline\nArtsakh with a BOM.\n".encode("utf-8"))
    (root / "utf16le_bom.txt").write_bytes("Headline\nArtsakh in UTF-16.\n".encode("utf-16-le").join(
        [b"\xff\xfe", b""]))
    (root / "utf16be_bom.txt").write_bytes(b"\xfe\xff" + "Headline\nKarabakh in UTF-16 BE.\n".encode("utf-16-be"))
    (root / "crlf.txt").write_bytes(b"Headline\r\nArtsakh here.\r\nRead more: Karabakh\r\nKarabakh there.\r\n")
    (root / "lone_cr.txt").write_bytes(b"Headline\rArtsakh here.\rKarabakh there.\r")
    (root / "nul.txt").write_bytes(b"Headline\nArtsakh\x00 here.\n")
    (root / "utf16_nul.txt").write_bytes("Headline\n\x00Artsakh.\n".encode("utf-16"))
    with (root / "huge_50mb.txt").open("wb") as handle:
        handle.write(b"Headline\n")
        handle.write(b"Artsakh " * (50 * 2**20 // 8 - 1) + b"\n" + b" " * 7)
    (root / "long_line_1mb.txt").write_bytes(b"Headline\n" + b"a" * 2**20 + b"\n")
    (root / "bad_bytes.csv").write_bytes(b"id,lang,text\nb1,en,Artsakh first\nb2,en,Bad \xff byte\nb3,en,Karabakh last\n")
    (root / "bad_bytes.jsonl").write_bytes(b'{"id": "j1", "lang": "en", "text": "Artsakh"}\n'
                                           b'{"id": "j2", "text": "\xfe"}\n{"id": "j3", "lang": "en", "text": "Karabakh"}\n')
    (root / "huge_field.csv").write_text("id,lang,notes,text\nh1,en," + "x" * 200_000 + ",Artsakh\nh2,en,,Karabakh\n",
                                         encoding="utf-8")
    (root / "corrupt.parquet").write_bytes(b"PAR1 this is not parquet PAR1")
    (root / "no_text_column.csv").write_text("id,body\nx,Artsakh\n", encoding="utf-8")
    (root / "<img src=x onerror=alert('file')>.txt").write_text(ARTSAKH, encoding="utf-8")
    (root / "\x1b[2J\x1b[31mterminal\nescape.txt").write_bytes(b"\x00binary")
    for folder in ("<script>alert('folder')<", "$\\foo$ outlet", "=cmd|' -C calc'!A0"):
        (root / folder).mkdir()
        (root / folder / "a.txt").write_text(ARTSAKH.replace("Headline", f"News from {folder}"), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile") / "corpus"
    root.mkdir()
    for path in (HOSTILE / "corpus").iterdir():
        (root / path.name).write_bytes(path.read_bytes())
    _write_generated(root)
    return root


@pytest.fixture(scope="module")
def hostile_run(hostile_analyzer, hostile_corpus):
    started = time.monotonic()
    run = hostile_analyzer.run([hostile_corpus])
    return run, time.monotonic() - started


@pytest.fixture(scope="module")
def hostile_report(hostile_analyzer, hostile_run, tmp_path_factory):
    from naming.report import write_report

    box = tmp_path_factory.mktemp("report-box")   # nothing may appear in it but the report folder
    out = box / "report"
    run, _ = hostile_run
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # matplotlib: glyphs missing from the font (runes)
        written = write_report(run, hostile_analyzer.lexicons, out, min_n=1)
    return written, out, box


def _key(source: str, corpus: Path) -> str:
    """The EXPECTED key of an article's or a skip's source: path relative to the corpus, rows with :N."""
    path, _, row = source.rpartition(":") if re.search(r":\d+$", source) else (source, "", "")
    relative = Path(path).relative_to(corpus).as_posix()
    top = relative.split("/", 1)[0] if "/" in relative else relative
    return f"{top}:{row}" if row else top


# --------------------------------------------------------------------------- the corpus, end to end

def test_every_file_is_analysed_or_skipped_with_its_reason(hostile_run, hostile_corpus):
    run, seconds = hostile_run
    outcomes: dict[str, str | None] = {}
    for result in run.articles:
        key = _key(result.article.source, hostile_corpus)
        assert key not in outcomes, f"{key} analysed twice"
        outcomes[key] = None
    for skipped in run.skipped:
        key = _key(skipped.source, hostile_corpus)
        assert key not in outcomes, f"{key} both analysed and skipped, or skipped twice"
        outcomes[key] = skipped.reason
    assert sorted(outcomes) == sorted(EXPECTED)
    for key, expected in EXPECTED.items():
        if expected is None:
            assert outcomes[key] is None, f"{key} was skipped: {outcomes[key]}"
        else:
            assert outcomes[key] is not None, f"{key} was analysed, expected skipped ({expected})"
            assert re.search(expected, outcomes[key]), f"{key}: {outcomes[key]!r} !~ {expected!r}"
    assert seconds < 300, f"the hostile corpus took {seconds:.0f}s"   # the 50 MB file is never even read


def test_analysed_cases_keep_their_offsets_and_text(hostile_run, hostile_corpus):
    run, _ = hostile_run
    by_key = {_key(r.article.source, hostile_corpus): r for r in run.articles}
    for key, result in by_key.items():
        content = result.article.content
        for m in result.mentions:
            assert content[m.start:m.end] == m.text, (key, m)
        content.encode("utf-8")   # nothing unencodable got in
    # encodings and line ends
    assert by_key["utf8_bom.txt"].article.outlet == "Bom"                 # front matter after a BOM
    for key in ("utf16le_bom.txt", "utf16be_bom.txt", "crlf.txt", "lone_cr.txt"):
        assert by_key[key].article.title == "Headline", key
        assert {m.text for m in by_key[key].mentions} & {"Artsakh", "Karabakh"}, key
    crlf = by_key["crlf.txt"]
    assert [crlf.article.content[s:e] for s, e in crlf.article.boilerplate] == ["Read more: Karabakh"]
    assert {m.text for m in by_key["lone_cr.txt"].mentions} == {"Artsakh", "Karabakh"}
    # a language without a model, or none at all: surface level, said so in the level
    unknown = by_key["unknown_language.txt"]
    assert unknown.doc.level == "surface" and "surface" in unknown.level
    # hostile ids and outlets are kept as data, never interpreted
    assert by_key["traversal.txt"].article.id == "../../../../../tmp/naming-escaped"
    assert by_key["<script>alert('folder')<"].article.outlet == "<script>alert('folder')<"
    assert by_key["rows.jsonl:9"].article.content.count("\x00") == 1


def test_report_of_the_hostile_corpus_is_complete_and_inert(hostile_report, hostile_run):
    written, out, box = hostile_report
    run, _ = hostile_run
    assert [p.name for p in box.iterdir()] == ["report"]     # nothing escaped the output folder
    assert not Path("/tmp/naming-escaped").exists()
    for path in out.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve()), path
        assert re.fullmatch(r"[A-Za-z0-9._-]+", path.name), path.name   # no name from the input
        assert not path.name.startswith("."), f"leftover {path}"
    assert all(p.is_file() and p.resolve().is_relative_to(out.resolve()) for p in written)
    payload = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(payload["skipped"]) == len(run.skipped) == sum(v is not None for v in EXPECTED.values())
    assert len(payload["articles"]) == len(run.articles)
    assert not (out / "report.html").exists()   # one HTML page: index.html
    for name in ("index.html", "report.md"):
        text = (out / name).read_text(encoding="utf-8")
        assert "Skipped" in text and "front matter line 2" in text


class _Elements(HTMLParser):
    """Every element and attribute of a page, to compare with what the report itself writes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.raw: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)

    def unknown_decl(self, data):
        self.raw.append(data)

    def handle_comment(self, data):
        self.raw.append(data)

    def handle_pi(self, data):
        self.raw.append(data)


REPORT_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "p", "span", "s", "table",
               "thead", "tbody", "tr", "th", "td", "a", "figure", "img", "div", "mark", "sup", "br", "ul", "li",
               "code", "strong", "em"}


def test_html_report_has_no_executable_injected_markup(hostile_report):
    _, out, _ = hostile_report
    page = (out / "index.html").read_text(encoding="utf-8")
    parser = _Elements()
    parser.feed(page)
    parser.close()
    tags = [tag for tag, _ in parser.tags]
    assert set(tags) <= REPORT_TAGS, set(tags) - REPORT_TAGS          # no script, svg, iframe, base, ...
    assert tags.count("style") == 1 and tags.count("title") == 1 and not parser.raw
    for tag, attrs in parser.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        if tag == "a":
            assert re.fullmatch(r"#[A-Za-z0-9_-]+|report\.md|report\.json|mentions\.csv", attrs["href"]), attrs
        if tag == "img":
            assert attrs["src"].startswith("data:image/png;base64,"), attrs["src"][:40]
        if tag == "meta":
            assert set(attrs) in ({"charset"}, {"http-equiv", "content"}), attrs
            assert attrs.get("http-equiv", "Content-Security-Policy") == "Content-Security-Policy"
        if "style" in attrs:
            assert re.fullmatch(r"--camp:#[0-9a-fA-F]{3,6}", attrs["style"]), attrs
    text = "".join(parser.text)
    # the hostile strings are shown, as text, where they belong
    for shown in ("<script>alert('outlet')</script>", "</title></style><script>alert('headline')</script>",
                  "<img src=x onerror=alert(2)>", '" onload="alert(3)" x="', "[click](javascript:alert(4))",
                  "<script>alert('folder')<", "../../outside/CON", "$\\foo$ outlet"):
        assert shown in text, shown
    titles = " ".join(attrs.get("title", "") for _, attrs in parser.tags)
    assert "speaker: Nikol Pashinyan <script>alert('speaker')</script>" in titles      # a speaker, on hover
    assert "Artsakh\" onload=\"alert('variant')" in titles                              # a lexicon label


def test_markdown_report_is_inert(hostile_report):
    _, out, _ = hostile_report
    md = (out / "report.md").read_text(encoding="utf-8")
    assert not re.search(r"<\s*[a-zA-Z/!?]", md), re.search(r".{30}<\s*[a-zA-Z/!?].{30}", md).group()  # no HTML
    links = re.findall(r"(?<!\\)\]\((?P<target>[^)]*)\)", md)
    assert links and all(target.startswith("figures/") and target.endswith(".png") for target in links), links
    assert not re.search(r"(?<!\\)\[[^\]\n]*(?<!\\)\]\s*:", md)                       # no link definitions
    assert re.search(r"\\\[Nagorno-Karabakh\\\]\\?\(javascript:alert", md)                 # shown, escaped
    assert re.search(r"&lt;/style&gt;&lt;script&gt;alert\\?\(1\\?\)&lt;/script&gt;", md)
    assert "\x1b" not in md and "\x00" not in md and re.search(r"\\x1b\\?\[2J", md)     # shown, not obeyed
    for line in md.splitlines():
        if line.startswith("|"):
            assert line.endswith("|") and not re.search(r"\n", line)


def test_csv_outputs_cannot_start_a_formula(hostile_report):
    _, out, _ = hostile_report
    seen = set()
    for name in ("mentions.csv", "shares.csv", "tests.csv", "evidence.csv"):
        with (out / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    seen.add(cell)
                    if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                        float(cell)   # only a number may start so (-0.5 is no formula)
    assert "'=1+1" in seen and "'@evil" in seen and "'=HYPERLINK(\"http://evil.example\")" in seen


def test_lenient_mode_replaces_and_says_so(hostile_analyzer, hostile_corpus, tmp_path):
    from naming.report import write_report

    names = ("invalid_utf8.txt", "latin1.txt", "nul.txt", "binary.txt", "bad_bytes.csv", "bad_bytes.jsonl")
    run = hostile_analyzer.run([hostile_corpus / n for n in names], lenient=True)
    notes = {Path(r.article.source).stem: r.article.notes for r in run.articles if r.article.source.endswith(".txt")}
    assert re.fullmatch(r"not valid utf-8: 2 undecodable byte sequence\(s\) replaced with U\+FFFD \(first at byte 21; "
                        r"--lenient\)", notes["invalid_utf8"][0])
    assert notes["latin1"] and "first at byte 16" in notes["latin1"][0]
    assert notes["nul"] == ["1 NUL character(s) replaced with U+FFFD (first at byte 16; --lenient)"]
    (binary,) = run.skipped   # more undecodable than text: still binary
    assert binary.source.endswith("binary.txt")
    assert re.fullmatch(r"[\d,]+ of [\d,]+ characters could not be read as utf-8-sig: a binary file, or text in "
                        r"another encoding \(name it with --encoding\)", binary.reason)
    rows = {r.article.id: r.article for r in run.articles}
    assert "\ufffd" in rows["b2"].content and rows["b2"].notes and rows["j2"].notes
    out = tmp_path / "report"
    write_report(run, hostile_analyzer.lexicons, out, min_n=1)
    payload = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(payload["notes"]) == 5
    assert "Read with changes" in (out / "index.html").read_text(encoding="utf-8")


def test_encoding_option_reads_latin1(hostile_analyzer, hostile_corpus):
    run = hostile_analyzer.run([hostile_corpus / "latin1.txt"], encoding="latin-1")
    (result,) = run.articles
    assert "café" in result.article.content and not result.article.notes and not run.skipped
    assert {m.text for m in result.mentions} == {"Artsakh", "Karabakh"}


def test_max_chars_is_a_documented_limit(tmp_path):
    from naming import corpus

    path = tmp_path / "a.txt"
    path.write_text("Headline\n" + "word " * 100, encoding="utf-8")
    errors: list = []
    assert list(corpus.read_articles([path], max_chars=200, errors=errors)) == []
    assert errors == [(str(path), "509 characters, more than the 200 characters an article may have (skipped; raise "
                                  "the limit with --max-chars)")]
    errors.clear()
    assert list(corpus.read_articles([path], max_chars=100, errors=errors)) == []   # more than 4 bytes a character
    assert errors == [(str(path), "509 bytes, more than the 100 characters an article may have (skipped; raise the "
                                  "limit with --max-chars)")]
    assert len(list(corpus.read_articles([path], max_chars=0))) == 1            # 0: no limit
    assert corpus.MAX_CHARS == corpus.DEFAULT_MAX_CHARS == 1_000_000


# --------------------------------------------------------------------------- the command line

def test_cli_lists_every_skip_safely_and_exits_3(models_dir, hostile_run, hostile_corpus, cache_dir, tmp_path, capsys):
    from naming.cli import main

    out = tmp_path / "out"
    code = main(["report", str(hostile_corpus), "--lexicon", str(LEXICON), "--models", str(models_dir),
                 "--cache", str(cache_dir), "--out", str(out), "--min-n", "1"])
    captured = capsys.readouterr()
    assert code == 3
    lines = captured.err.splitlines()
    skipped = [line for line in lines if line.startswith("skipped: ")]
    assert len(skipped) == sum(v is not None for v in EXPECTED.values())
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", captured.err)       # no terminal escape got through
    assert any("\\x1b[2J\\x1b[31mterminal\\nescape.txt: NUL byte at byte 0" in line for line in skipped)
    assert (out / "index.html").is_file()


def test_cli_max_chars_and_lenient(models_dir, hostile_corpus, cache_dir, capsys):
    from naming import corpus
    from naming.cli import main

    common = ["--lexicon", str(LEXICON), "--models", str(models_dir), "--cache", str(cache_dir), "--format", "jsonl"]
    assert main(["mentions", str(hostile_corpus / "crlf.txt"), "--max-chars", "20", *common]) == 3
    assert "--max-chars" in capsys.readouterr().err
    assert corpus.MAX_CHARS == corpus.DEFAULT_MAX_CHARS                     # the option does not leak
    assert main(["mentions", str(hostile_corpus / "invalid_utf8.txt"), "--lenient", *common]) == 0
    captured = capsys.readouterr()
    assert "note: " in captured.err and "replaced with U+FFFD" in captured.err
    assert {json.loads(line)["text"] for line in captured.out.splitlines()} == {"Artsakh"}


def test_cli_table_output_escapes_terminal_controls(models_dir, cache_dir, tmp_path, capsys):
    from naming.cli import main

    path = tmp_path / "ansi.txt"
    path.write_text('Headline\n"Artsakh \x1b]0;pwned\x07 is \x1b[31mours," Pashinyan said.\n', encoding="utf-8")
    assert main(["quotes", str(path), "--lexicon", str(LEXICON), "--models", str(models_dir),
                 "--cache", str(cache_dir)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\\x1b[31m" in out


def test_cli_lexicon_validate_escapes_terminal_controls(tmp_path, capsys):
    from naming.cli import main

    text = MINI.read_text(encoding="utf-8").replace("terms: {en: [Artsakh]}", 'terms: {en: ["\\e]0;pwned\\a*Arts"]}')
    path = tmp_path / "ansi.yaml"
    path.write_text(text, encoding="utf-8")
    main(["lexicon", "validate", str(path)])
    out = capsys.readouterr().out
    assert "\\x1b]0;pwned\\x07" in out and "\x1b" not in out and "\x07" not in out


# --------------------------------------------------------------------------- interrupted runs

def test_killed_report_run_leaves_the_previous_report_intact(models_dir, hostile_report, hostile_corpus, cache_dir,
                                                             tmp_path):
    """kill -9 a `naming report` while it writes: the previous report is untouched, byte for byte; the
    rerun completes and clears what the killed run left."""
    import shutil

    from naming.cli import main

    _, previous, _ = hostile_report
    out = tmp_path / "report"
    shutil.copytree(previous, out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    env = {**os.environ, "NAMING_STANZA_DIR": str(models_dir), "NAMING_CACHE": str(cache_dir)}
    args = [sys.executable, "-m", "naming", "report", str(hostile_corpus), "--lexicon", str(LEXICON),
            "--out", str(out), "--min-n", "1"]
    killed_while_writing = False
    for _ in range(3):
        process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 300
            while process.poll() is None and time.monotonic() < deadline:
                stages = [p for p in out.glob(".naming-staging-*") if any(p.rglob("*.csv"))]
                if stages:
                    os.kill(process.pid, signal.SIGKILL)
                    killed_while_writing = True
                    break
                time.sleep(0.005)
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()
        if killed_while_writing:
            break
    assert killed_while_writing, "the run ended before it could be killed while writing"
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()
             and not p.relative_to(out).parts[0].startswith(".naming-staging-")}
    assert after == before                                   # not one byte of the old report changed
    assert list(out.glob(".naming-staging-*"))              # the killed run's work in progress, aside
    assert main(["report", str(hostile_corpus), "--lexicon", str(LEXICON), "--models", str(models_dir),
                 "--cache", str(cache_dir), "--out", str(out), "--min-n", "1"]) == 3
    assert not [p for p in out.rglob(".*")], "leftovers of the killed run"
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["articles"]
    assert (out / "index.html").read_text(encoding="utf-8").endswith("</html>")


def test_atomic_write_leaves_old_or_new(tmp_path, monkeypatch):
    from naming import report

    target = tmp_path / "x.csv"
    report.atomic_write(target, "old")

    def broken_replace(src, dst):
        raise KeyboardInterrupt   # interrupted between writing and renaming

    monkeypatch.setattr(report.os, "replace", broken_replace)
    with pytest.raises(KeyboardInterrupt):
        report.atomic_write(target, "new")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["x.csv"]


def test_leftovers_of_dead_processes_only_are_removed(tmp_path):
    from naming.report import remove_leftovers

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    (tmp_path / f".naming-staging-{dead_pid}-abc").mkdir()
    (tmp_path / f".naming-staging-{os.getpid()}-def").mkdir()       # a live run's: kept
    (tmp_path / f".report.html.{dead_pid}.k2j_x.tmp").write_text("partial")
    (tmp_path / "report.html").write_text("kept")
    removed = remove_leftovers(tmp_path)
    assert sorted(p.name for p in removed) == sorted([f".naming-staging-{dead_pid}-abc",
                                                      f".report.html.{dead_pid}.k2j_x.tmp"])
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".naming-staging-{os.getpid()}-def", "report.html"]


# --------------------------------------------------------------------------- hostile lexicons

REDOS = """name: redos
camps: [{id: a, label: A}]
concepts:
  - id: c
    label: C
    variants:
      - id: v
        label: V
        camp: a
        terms: {xx: [{regex: '(a|a)+$'}, Artsakh]}
"""


def test_catastrophic_regex_is_time_bounded_in_the_matcher(tmp_path):
    """Whatever pattern gets past the lexicon's checks, the matcher gives it a time limit."""
    import dataclasses

    from naming import lexicon as lx
    from naming.matching import REGEX_MAX_TIMEOUTS, Matcher
    from naming.nlp import paragraphs, surface_doc

    path = tmp_path / "redos.yaml"
    path.write_text(REDOS.replace("(a|a)+$", "a+!"), encoding="utf-8")
    lexicons = lx.load_lexicons([path])
    terms = lexicons.concepts[0].variants[0].terms["xx"]
    terms[0] = dataclasses.replace(terms[0], value="(a|a)+$")   # as if the checks had let it through
    matcher = Matcher(lexicons)
    text = "\n".join(["a" * 60 + "!"] * 6 + ["Artsakh " * 5])
    doc = surface_doc(text, "xx", paragraphs(text, 0, len(text)))
    started = time.process_time()
    with pytest.warns(RuntimeWarning, match=r"'\(a\|a\)\+\$' \(.*redos.yaml:10:\d+\) ran out of time.*switched off"):
        matches = matcher.match(doc, text=text)
    assert time.process_time() - started < 10        # 2^60 steps unbounded
    assert [m.variant_id for m in matches] == ["redos:c:v"] * 5
    assert max(matcher.regex_timeouts.values()) == REGEX_MAX_TIMEOUTS


def test_overlapping_alternation_in_a_repeat_is_refused(tmp_path):
    from naming import lexicon as lx

    path = tmp_path / "redos.yaml"
    path.write_text(REDOS, encoding="utf-8")
    with pytest.raises(lx.LexiconError, match="catastroph"):
        lx.load_lexicons([path])


def test_lone_surrogate_in_a_lexicon_is_refused(tmp_path):
    from naming import lexicon as lx

    text = MINI.read_text(encoding="utf-8").replace("label: Artsakh", 'label: "Art\\ud800sakh"')
    path = tmp_path / "surrogate.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(lx.LexiconError, match="surrogate|Unicode"):
        lx.load_lexicons([path])


def test_unencodable_text_is_written_not_fatal(tmp_path):
    """The last line of defence: a lone surrogate that reached a writer becomes '?', the file is written."""
    from naming.report import atomic_write

    atomic_write(tmp_path / "x.md", "Art\ud800sakh")
    assert (tmp_path / "x.md").read_text(encoding="utf-8") == "Art?sakh"


# --------------------------------------------------------------------------- property-based

@FAST
@given(fuzz.hypothesis_targets()["lexicon"][0])
def test_lexicon_loader_and_matcher_raise_only_their_own_errors(value):
    fuzz.hypothesis_targets()["lexicon"][1](value)


@FAST
@given(fuzz.hypothesis_targets()["quotes"][0])
def test_quote_finder_and_attribution_on_any_text(value):
    fuzz.check_quotes(*value)


@FAST
@given(fuzz.hypothesis_targets()["corpus"][0])
def test_any_file_is_an_article_or_a_reason(value):
    fuzz.check_corpus_bytes(*value)


@settings(max_examples=6, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(fuzz.strategies()[1])
def test_real_english_pipeline_on_hostile_text(hostile_analyzer, text):
    """A few examples through Stanza's English models: offsets hold, nothing but the tool's errors."""
    result = hostile_analyzer.analyze_text(text or "x", lang="en")
    content = result.article.content
    for m in result.mentions:
        assert content[m.start:m.end] == m.text
    for a in result.attributions:
        for span in (a.content, a.source, a.cue):
            assert span is None or content[span.start:span.end] == span.text


# --------------------------------------------------------------------------- bugs pinned elsewhere

def test_one_failing_article_does_not_stop_the_run(hostile_analyzer, tmp_path, attribution_fails_on_boom):
    (tmp_path / "a.txt").write_text("Headline\nArtsakh boom, unique text 4711.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Headline\nKarabakh, unique text 4712.\n", encoding="utf-8")
    run = hostile_analyzer.run([tmp_path])
    assert [r.article.id for r in run.articles] == ["b"]
    assert len(run.skipped) == 1 and "attribution exploded" in run.skipped[0].reason


def test_a_very_long_word_is_not_parsed(hostile_analyzer):
    result = hostile_analyzer.analyze_text("Artsakh " + "x" * 1500 + " Karabakh.", lang="en")
    content = result.article.content
    assert {m.text for m in result.mentions} == {"Artsakh", "Karabakh"}
    assert not [t for t in result.doc.tokens if t.text == "<UNK>" and content[t.start:t.end] != "<UNK>"]
    assert not [t for t in result.doc.tokens if t.end - t.start > 1000 and t.upos], "a 1,500-character word was parsed"


def test_plots_show_dollar_signs_as_text(hostile_analyzer, tmp_path):
    from naming import plots
    from naming.compare import compare
    from naming.mentions import mentions_frame

    mentions = []
    for outlet in ("$\\foo$", "$x^$", "plain"):   # the lexicon's labels hold '$\\undefined$' and '$\\foo$' too
        result = hostile_analyzer.analyze_text("Artsakh, Nagorno-Karabakh and Karabakh.", lang="en", outlet=outlet)
        mentions += result.mentions
    plots.plot_all(compare(mentions_frame(mentions), by="outlet", min_n=1), tmp_path)
