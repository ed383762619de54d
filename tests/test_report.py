"""Reports from a real run: every format, the same content, untrusted text escaped, a real browser."""
import csv
import json
import shutil
from html.parser import HTMLParser

import pytest

from .conftest import ROOT, SEED

MINI = ROOT / "tests" / "data" / "mini_lexicon.yaml"


@pytest.fixture(scope="module")
def mini_analyzer(models_dir, tmp_path_factory):
    from naming.pipeline import Analyzer

    return Analyzer([MINI], models_dir=models_dir, cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Two outlets, one with hostile names and text, plus the seed article."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copy(SEED, root / "seed.txt")
    evil = root / "<script>alert(1)<" / "x.txt"
    evil.parent.mkdir()
    evil.write_text('---\ntitle: "=HYPERLINK(\\"http://evil\\")"\n---\nHeadline about Artsakh <img src=x onerror=alert(1)>\n'
                    'In Artsakh and Artsakh again, "Karabakh is Azerbaijan," Baku said. [click](javascript:alert(1))\n',
                    encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def report(mini_analyzer, corpus, tmp_path_factory):
    from naming.report import write_report

    out = tmp_path_factory.mktemp("report")
    run = mini_analyzer.run([corpus])
    return run, write_report(run, mini_analyzer.lexicons, out, min_n=2), out


def test_every_output_is_written(report):
    run, written, out = report
    for name in ("index.html", "report.md", "report.json", "summary.json", "mentions.csv",
                 "shares.csv", "tests.csv", "evidence.csv"):
        assert (out / name).stat().st_size > 0, name
    pngs = sorted((out / "figures").glob("*.png"))
    assert len(pngs) >= 4 and all(p.name.isascii() for p in pngs)
    assert all(p.resolve().is_relative_to(out.resolve()) for p in written)


def test_formats_carry_the_same_mentions(report):
    run, _, out = report
    expected = sorted((m.article, m.start, m.variant, m.voice) for r in run.articles for m in r.mentions)
    with (out / "mentions.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    from_csv = sorted((r["article"].lstrip("'"), int(r["start"]), r["variant"], r["voice"]) for r in rows)
    payload = json.loads((out / "report.json").read_text(encoding="utf-8"))
    from_json = sorted((m["article"], m["start"], m["variant"], m["voice"]) for m in payload["mentions"])
    assert expected == from_csv == from_json
    summary = payload["summaries"]["seed"]
    assert summary.startswith("In its own voice the outlet says")


def test_csv_cells_cannot_start_a_formula(report):
    _, _, out = report
    for name in ("mentions.csv", "evidence.csv"):
        with (out / name).open(encoding="utf-8") as handle:
            for row in csv.reader(handle):
                assert not any(cell.startswith(("=", "+", "@")) for cell in row), row


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self.handlers, self.links = 0, [], []

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        self.links += [value for name, value in attrs if name in ("href", "src") and value]


def test_html_has_no_executable_injected_markup(report):
    _, _, out = report
    page = (out / "index.html").read_text(encoding="utf-8")
    parser = _Collector()
    parser.feed(page)
    assert parser.scripts == 0 and parser.handlers == []
    assert not any(link.lower().startswith("javascript:") for link in parser.links)
    assert "&lt;script&gt;alert(1)&lt;" in page  # the outlet name is shown, escaped
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "](javascript" not in md


def test_article_report_marks_voice_and_speaker(report):
    _, _, out = report
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'class="mention voice-direct"' in page
    assert "speaker: Antony Blinken (international)" in page
    assert "Comparison" in page and "Preference tests" in page


def test_cli_report_and_compare(models_dir, tmp_path, corpus):
    from naming.cli import main

    out = tmp_path / "cmp"
    code = main(["compare", str(corpus), "--lexicon", str(MINI), "--models", str(models_dir), "--by", "lang",
                 "--out", str(out), "--cache", str(tmp_path / "c")])
    assert code == 0
    shares = (out / "shares.csv").read_text(encoding="utf-8")
    assert "scope,concept,group" in shares and ",en," in shares


def test_html_opens_in_a_real_browser(report, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Chromium is not installed and the test set-up could not install it (apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    _, _, out = report
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto((out / "index.html").as_uri())
        images = page.evaluate("Array.from(document.images).map(i => [i.complete, i.naturalWidth])")
        page.screenshot(path=str(out / "screenshot.png"), full_page=False)
        browser.close()
    assert images and all(done and width > 0 for done, width in images)
    assert all(url.startswith(("file:", "data:")) for url in requests)  # self-contained: no network
    assert (out / "screenshot.png").stat().st_size > 10_000
    shutil.copy(out / "screenshot.png", tmp_path / "screenshot.png")


def test_share_cells_show_an_interval_that_is_honest_about_few_articles():
    """A 1/1 cell from one article: the cluster bootstrap can only say [100%–100%]; Wilson says [21%–100%]."""
    from types import SimpleNamespace

    from naming.report import MIN_BOOTSTRAP_ARTICLES, _fmt_share

    cell = dict(N=1, mentions=1, share=1.0, boot_low=1.0, boot_high=1.0, wilson_low=0.2065, wilson_high=1.0,
                tested=False)
    assert _fmt_share(SimpleNamespace(**cell, articles=1)) == "100% [21%–100%]ʷ (1/1, 1 art.) ·untested"
    many = dict(cell, N=40, mentions=30, share=0.75, boot_low=0.6, boot_high=0.9, tested=True)
    assert _fmt_share(SimpleNamespace(**many, articles=MIN_BOOTSTRAP_ARTICLES)) == "75% [60%–90%] (30/40, 5 art.)"
