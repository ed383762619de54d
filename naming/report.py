"""Framing reports: Markdown, self-contained HTML, JSON and CSV with the same content.

Everything that comes from outside (article text, titles, outlet names, speakers, lexicon labels) is
escaped for the format it lands in; file names inside the report folder never come from it.
"""
from __future__ import annotations

import base64
import html
import json
import math
import os
import re
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from .mentions import MENTION_COLUMNS, mentions_frame

CSV_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
VOICE_MARK = {"narrative": "", "direct": "“”", "reported": "↪"}


# ---------------------------------------------------------------- safe writing

STAGING_PREFIX = ".naming-staging-"   # + pid: where a report is written before it replaces the last one


# Control characters from the input (a terminal escape in a file name, a NUL in a title) are shown as
# \x1b, \x00 in the pages people open or `cat`: HTML forbids them and a terminal would obey them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _visible(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _encode(data: str | bytes) -> bytes:
    # a lone surrogate (from a lexicon's "\\ud800" escape, say) cannot be UTF-8: it becomes "?", the
    # report is still written
    return data.encode("utf-8", errors="replace") if isinstance(data, str) else data


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write to a temporary file beside the target, then rename: a killed run leaves the old file or the new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(_encode(data))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _process_gone(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return True
    except OSError:   # exists, owned by someone else
        return False
    return False


def remove_leftovers(out: Path) -> list[Path]:
    """Remove what a killed run left in a report folder: its staging folder and temporary files (named
    with the process id, removed only when that process is gone). Returns what was removed."""
    removed = []
    for folder in (out, out / "figures"):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            name = path.name
            if name.startswith(STAGING_PREFIX) and path.is_dir() and not path.is_symlink():
                pid = name[len(STAGING_PREFIX):].split("-", 1)[0]
            elif name.startswith(".") and name.endswith(".tmp") and path.is_file():
                pid = name[:-len(".tmp")].rsplit(".", 2)[-2] if name.count(".") >= 3 else ""
            else:
                continue
            if _process_gone(pid):
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def _publish(stage: Path, out: Path, written: list[Path]) -> list[Path]:
    """Move every file of the staging folder into `out` (each by an atomic rename; the HTML entry point
    last), and return where the `written` files now are."""
    files = sorted((p for p in stage.rglob("*") if p.is_file()), key=lambda p: (p.name == "index.html", str(p)))
    for path in files:
        target = out / path.relative_to(stage)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
    return [out / p.relative_to(stage) for p in written]


def _shown_path(path: str) -> str:
    """A path as the report shows it: relative to the working directory when under it, so that a report
    made in a checkout does not carry the machine's folders."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Neutralise spreadsheet formulas in text cells (CSV injection): '=cmd' becomes \"'=cmd\"."""
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(
                lambda v: "'" + v if isinstance(v, str) and v.startswith(CSV_FORMULA_PREFIXES) else v)
    return frame


def md_escape(value) -> str:
    """Text safe inside a Markdown table cell: no markup, links, HTML or line breaks survive."""
    text = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)
    text = html.escape(text, quote=False)
    # brackets, emphasis, code and table pipes are what can turn text into markup mid-line
    for char in "\\`*_{}[]|~":
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())


def _label(lexicons, variant_id: str) -> str:
    variant = lexicons.variants_by_id.get(variant_id)
    return variant.label if variant else variant_id


# ---------------------------------------------------------------- plain-language summary

def _names(values) -> str:
    values = [v for v in dict.fromkeys(values) if v]
    if not values:
        return "an unnamed speaker"
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]


def article_summary(mentions: pd.DataFrame, lexicons) -> str:
    """One paragraph: what the outlet says in its own voice, what it only quotes, reports or distances."""
    m = mentions[~mentions["boilerplate"]]
    if m.empty:
        return "No lexicon term was found in this article."
    sentences = []
    own = m[(m["voice"] == "narrative") & ~m["distanced"]]
    if not own.empty:
        counts = own.groupby("variant").size().sort_values(ascending=False)
        listed = [f"{_label(lexicons, v)} ({n}×)" for v, n in counts.items()]
        sentences.append("In its own voice the outlet says " + _names(listed) + ".")
    else:
        sentences.append("The outlet uses none of the lexicon's names in its own voice.")
    for variant, rows in m.groupby("variant", sort=False):
        if variant in set(own["variant"]):
            continue
        label = _label(lexicons, variant)
        parts = []
        direct = rows[rows["voice"] == "direct"]
        reported = rows[rows["voice"] == "reported"]
        if not direct.empty:
            parts.append(f"appears only inside a quote by {_names(direct['speaker'].tolist())}"
                         if reported.empty else f"is quoted from {_names(direct['speaker'].tolist())}")
        if not reported.empty:
            parts.append(f"is reported from {_names(reported['speaker'].tolist())}")
        if rows["distanced"].any():
            how = dict.fromkeys(way for ways in rows.loc[rows["distanced"], "distanced_by"] for way in ways.split("+") if way)
            parts.append("is held at a distance" + (f" ({', '.join(how)})" if how else ""))
        if parts:
            sentences.append(f"{label} " + " and ".join(parts) + ".")
    return " ".join(sentences)


# ---------------------------------------------------------------- tables

def concept_tables(mentions: pd.DataFrame, lexicons) -> dict[str, pd.DataFrame]:
    """Per concept: variant, camp, voice, distanced, speaker, count."""
    tables = {}
    if mentions.empty:
        return tables
    counted = mentions[~mentions["boilerplate"]].fillna({"speaker": "—"})
    for concept, rows in counted.groupby("concept", sort=False):
        table = (rows.groupby(["variant_label", "camp", "voice", "distanced", "speaker"], dropna=False)
                 .size().reset_index(name="count").sort_values(["count", "variant_label"], ascending=[False, True]))
        tables[rows["concept_label"].iloc[0] or concept] = table.rename(columns={"variant_label": "variant"})
    return tables


def _md_table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "_(none)_\n"
    header = "| " + " | ".join(md_escape(c) for c in frame.columns) + " |"
    rule = "|" + "---|" * len(frame.columns)
    rows = ["| " + " | ".join(md_escape(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *rows]) + "\n"


def _html_table(frame: pd.DataFrame, classes: str = "") -> str:
    if frame.empty:
        return "<p><em>(none)</em></p>"
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape('' if v is None or (isinstance(v, float) and math.isnan(v)) else str(v))}</td>"
                                     for v in row) + "</tr>" for row in frame.itertuples(index=False))
    return f'<table class="{html.escape(classes)}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


# ---------------------------------------------------------------- highlighted article

def highlighted_article(result, lexicons) -> str:
    """The article's body as HTML with every mention marked: camp colour, voice, speaker on hover."""
    article = result.article
    text = article.content
    colours = {camp.id: camp.colour for camp in lexicons.camps.values()}
    pieces, cursor = [], article.body_start
    for m in sorted(result.mentions, key=lambda m: m.start):
        if m.start < cursor:
            continue
        pieces.append(html.escape(text[cursor:m.start]))
        tip = f"{m.variant_label} · {m.camps or 'no camp'} · {m.voice}"
        if m.distanced:
            tip += " · distanced"
        if m.speaker:
            tip += f" · speaker: {m.speaker}" + (f" ({m.speaker_group})" if m.speaker_group else "")
        colour = colours.get(m.camp or "", "#888888")
        classes = f"mention voice-{m.voice}" + (" distanced" if m.distanced else "") + (" boilerplate" if m.boilerplate else "")
        pieces.append(f'<mark class="{classes}" style="--camp:{html.escape(colour)}" title="{html.escape(tip)}">'
                      f'{html.escape(text[m.start:m.end])}<sup>{VOICE_MARK[m.voice]}</sup></mark>')
        cursor = m.end
    pieces.append(html.escape(text[cursor:]))
    return "<div class=\"article-text\">" + "".join(pieces).replace("\n", "<br>\n") + "</div>"


CSS = """
body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left}
th{background:#f3f3f3}.article-text{border-left:4px solid #ddd;padding:.5em 1em;background:#fafafa}
mark.mention{background:color-mix(in srgb,var(--camp) 25%,white);border-bottom:3px solid var(--camp);padding:0 .1em}
mark.voice-direct{border-bottom-style:dotted}mark.voice-reported{border-bottom-style:dashed}
mark.distanced{text-decoration:line-through wavy #999}mark.boilerplate{opacity:.5}
figure img{max-width:100%}.legend span{margin-right:1em}.muted{color:#777}
"""


def _img(path: Path) -> str:
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return f'<figure><img alt="{html.escape(path.stem)}" src="data:image/png;base64,{data}"></figure>'


# ---------------------------------------------------------------- group comparison

# Resampling one or two articles gives a bootstrap interval of zero width (1/1 → [100%–100%]); below this
# many articles a cell shows the Wilson interval instead, which is honest about small N.
MIN_BOOTSTRAP_ARTICLES = 5


def _fmt_share(row) -> str:
    if row.N == 0 or row.share != row.share:
        return "—"
    if row.articles >= MIN_BOOTSTRAP_ARTICLES:
        interval = f"[{row.boot_low:.0%}–{row.boot_high:.0%}]"
    else:
        interval = f"[{row.wilson_low:.0%}–{row.wilson_high:.0%}]ʷ"
    text = f"{row.share:.0%} {interval} ({row.mentions}/{row.N}, {row.articles} art.)"
    return text if row.tested else f"{text} ·untested"


def comparison_outputs(comparison, lexicons, out: Path, save) -> tuple[list[str], list[str], list[Path]]:
    """The comparison's tables, figures and evidence, as Markdown parts, HTML parts and files written."""
    from .plots import plot_all, safe_name

    colours = {camp.id: camp.colour for camp in lexicons.camps.values()}
    files = plot_all(comparison, out / "figures", colours)
    save("shares.csv", csv_safe(comparison.shares).to_csv(index=False))
    save("tests.csv", csv_safe(comparison.tests).to_csv(index=False))
    save("evidence.csv", csv_safe(comparison.evidence).to_csv(index=False))
    save("summary.json", json.dumps({**comparison.summary,
                                     "lean_summary": json.loads(comparison.lean_summary.to_json(orient="records")),
                                     "voice_breakdown": json.loads(comparison.voice_breakdown.to_json(orient="records")),
                                     }, ensure_ascii=False, indent=1, default=str))
    summary = comparison.summary
    by = comparison.by
    intro = (f"Grouped by **{by}**: {summary['groups']} group(s), {summary['articles']} article(s), "
             f"{summary['mentions']} mention(s) ({summary['boilerplate_excluded']} in boilerplate lines excluded); "
             f"languages: {', '.join(summary['language_codes']) or '-'}. Shares are within-concept; "
             f"brackets: 95% article-level cluster bootstrap, or Wilson (ʷ) where the cell has fewer than "
             f"{MIN_BOOTSTRAP_ARTICLES} articles; cells under {summary['min_n']} mentions are untested.")
    md = ["## Comparison\n", md_escape(intro).replace("\\*", "*") + "\n"]
    page = ["<h2>Comparison</h2>", f"<p>{html.escape(intro).replace('**', '')}</p>"]
    shares = comparison.shares
    for concept, rows in shares.groupby("concept", sort=False):
        label = rows["concept_label"].iloc[0] or concept
        md.append(f"### {md_escape(label)}\n")
        page.append(f"<h3>{html.escape(str(label))}</h3>")
        for path in files:
            if path.suffix == ".png" and path.stem in (safe_name("shares", concept, by), safe_name("over-time", concept)):
                md.append(f"![{md_escape(label)}](figures/{path.name})\n")
                page.append(_img(path))
        for scope, title in (("own", "own voice (narrative, not distanced)"), ("all", "all voices")):
            sub = rows[rows["scope"] == scope]
            if sub.empty:
                continue
            table = sub.assign(value=[_fmt_share(r) for r in sub.itertuples()]).pivot_table(
                index="group", columns="variant_label", values="value", aggfunc="first")
            languages = ", ".join(sorted({l for ls in sub["languages"].dropna() for l in str(ls).split("+") if l}))
            md += [f"**{title}** — languages: {md_escape(languages or '-')}\n",
                   _md_table(table.reset_index())]
            html_table = table.reset_index()
            links = {r.cell: safe_name("cell", r.cell) for r in sub.itertuples() if r.mentions}
            cells = sub.set_index(["group", "variant_label"])["cell"].to_dict()
            head = "".join(f"<th>{html.escape(str(c))}</th>" for c in html_table.columns)
            body = []
            for row in html_table.itertuples(index=False):
                group = row[0]
                tds = [f"<td>{html.escape(str(group))}</td>"]
                for column, value in zip(html_table.columns[1:], row[1:]):
                    cell = cells.get((group, column))
                    text = html.escape("" if value is None or value != value else str(value))
                    tds.append(f'<td><a href="#{links[cell]}">{text}</a></td>' if cell in links else f"<td>{text}</td>")
                body.append("<tr>" + "".join(tds) + "</tr>")
            page += [f"<p><strong>{html.escape(title)}</strong> — languages: {html.escape(languages or '-')}</p>",
                     f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"]
    tested = comparison.tests[comparison.tests["tested"]].sort_values("q")
    columns = ["scope", "concept", "variant_label", "group_a", "group_b", "share_a", "share_b", "n_a", "n_b", "z", "q"]
    shown = tested[columns].round(3) if not tested.empty else tested[columns]
    md += ["### Preference tests (log-odds with informative Dirichlet prior, Benjamini–Hochberg q)\n", _md_table(shown)]
    page += ["<h3>Preference tests (log-odds with informative Dirichlet prior, Benjamini–Hochberg q)</h3>", _html_table(shown)]
    md += ["### Camp lean per article (own voice)\n", _md_table(comparison.lean_summary.round(3))]
    page += ["<h3>Camp lean per article (own voice)</h3>", _html_table(comparison.lean_summary.round(3))]
    md += ["### Voices by camp\n", _md_table(comparison.voice_breakdown.round(3))]
    page += ["<h3>Voices by camp</h3>", _html_table(comparison.voice_breakdown.round(3))]
    for path in files:
        if path.suffix == ".png" and not path.stem.startswith(("shares-", "over-time-")):
            md.append(f"![{md_escape(path.stem)}](figures/{path.name})\n")
            page.append(_img(path))
    page.append("<h2>Evidence</h2>")
    for cell, rows in comparison.evidence.groupby("cell", sort=False):
        first = rows.iloc[0]
        page.append(f'<h4 id="{safe_name("cell", cell)}">{html.escape(f"{first.scope} · {first.group} · {first.variant}")}'
                    f" ({len(rows)})</h4><ul>")
        for r in rows.head(20).itertuples():
            page.append(f"<li><code>{html.escape(str(r.article))}</code> s{r.sentence} [{r.start}:{r.end}] "
                        f"{html.escape(str(r.voice))}: {html.escape(str(r.sentence_text))}</li>")
        page.append("</ul>")
    return md, page, files


# ---------------------------------------------------------------- the report

def write_report(run, lexicons, out: Path, by: str = "outlet", min_n: int = 10, title: str | None = None,
                 per_article: bool = True) -> list[Path]:
    """All outputs of a run into `out`: index.html, report.md, report.json, summary.json,
    mentions.csv (and .parquet when pyarrow is there), shares.csv, tests.csv, evidence.csv, figures/.
    `per_article=False` leaves out each article's highlighted text (for large corpora).

    Everything is written into a staging folder inside `out` first and moved into place at the end, one
    rename a file: a run killed while writing leaves the previous report as it was (and its staging
    folder, which the next run removes)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out)
    stage = Path(tempfile.mkdtemp(dir=out, prefix=f"{STAGING_PREFIX}{os.getpid()}-"))
    try:
        import matplotlib

        # labels, outlet names and titles come from outside: "$\\foo$" is text, not mathtext to parse
        with matplotlib.rc_context({"text.parse_math": False}):
            written = _write_report(run, lexicons, stage, by, min_n, title, per_article)
        return _publish(stage, out, written)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _write_report(run, lexicons, out: Path, by: str, min_n: int, title: str | None, per_article: bool) -> list[Path]:
    figures = out / "figures"
    mentions = run.mentions
    title = title or f"Naming report: {len(run.articles)} article(s)"
    written: list[Path] = []

    def save(name: str, data: str | bytes) -> None:
        if name.endswith((".md", ".html")):
            data = _visible(data)
        (out / name).write_bytes(_encode(data))
        written.append(out / name)

    csv_frame = csv_safe(mentions.drop(columns=["sentence_text"]))
    save("mentions.csv", csv_frame.to_csv(index=False))
    try:
        import io

        buffer = io.BytesIO()
        mentions.to_parquet(buffer, index=False)
        save("mentions.parquet", buffer.getvalue())
    except (ImportError, ValueError):
        pass  # Parquet needs pyarrow (and valid Unicode); CSV carries the same table
    from .plots import plot_variants_by_voice

    written.extend(plot_variants_by_voice(mentions, figures))

    levels = [{"article": r.article.id, "outlet": r.article.outlet, "lang": r.doc.lang,
               "language_method": r.language.method, "level": r.level, "mentions": len(r.mentions),
               "attributions": len(r.attributions)} for r in run.articles]
    skipped = [{"source": s.source, "reason": s.reason} for s in run.skipped]
    notes = [{"article": r.article.id, "source": r.article.source, "note": note}
             for r in run.articles for note in getattr(r.article, "notes", ())]
    articles_shown = []
    for r in run.articles if per_article else []:
        frame = mentions_frame(r.mentions)
        articles_shown.append({"result": r, "frame": frame, "summary": article_summary(frame, lexicons),
                            "tables": concept_tables(frame, lexicons)})

    comparison_md, comparison_html = [], []
    if not mentions.empty:
        from .compare import compare

        negative_positive = getattr(lexicons, "lean", None)
        comparison = compare(mentions, by=by, min_n=min_n,
                             camps=negative_positive[::-1] if negative_positive else None)
        comparison_md, comparison_html, files = comparison_outputs(comparison, lexicons, out, save)
        written.extend(files)

    # JSON
    from .attribution import attribution_to_dict

    payload = {
        "title": title,
        "articles": levels,
        "skipped": skipped,
        "notes": notes,
        "summaries": {item["result"].article.id: item["summary"] for item in articles_shown},
        "mentions": json.loads(mentions.to_json(orient="records", force_ascii=False)),
        "attributions": [attribution_to_dict(a, r.article.id) for r in run.articles for a in r.attributions],
        "lexicons": [{"name": lex.name, "version": lex.version, "path": _shown_path(lex.path)}
                     for lex in getattr(lexicons, "lexicons", [])],
    }
    save("report.json", json.dumps(payload, ensure_ascii=False, indent=1, default=str))

    # Markdown
    md = [f"# {md_escape(title)}\n",
          f"{len(run.articles)} article(s), {len(mentions)} mention(s), {len(skipped)} skipped. "
          f"Languages: {md_escape(', '.join(sorted(set(r.doc.lang for r in run.articles))) or '-')}.\n",
          "![variants by voice](figures/variants_by_voice.png)\n" if (figures / "variants_by_voice.png").exists() else "",
          "## Articles and analysis level\n", _md_table(pd.DataFrame(levels)), ]
    if skipped:
        md += ["## Skipped\n", _md_table(pd.DataFrame(skipped))]
    if notes:
        md += ["## Read with changes\n", _md_table(pd.DataFrame(notes))]
    md += comparison_md
    for item in articles_shown:
        r = item["result"]
        md.append(f"## {md_escape(r.article.title or r.article.id)}\n")
        md.append(f"`{md_escape(r.article.id)}` · outlet {md_escape(r.article.outlet or '-')} · "
                  f"{md_escape(r.article.date or 'undated')} · {md_escape(r.level)}\n")
        md.append(md_escape(item["summary"]) + "\n")
        for concept, table in item["tables"].items():
            md += [f"### {md_escape(concept)}\n", _md_table(table)]
    save("report.md", "\n".join(md))

    # HTML
    body = [f"<h1>{html.escape(title)}</h1>",
            f"<p>{len(run.articles)} article(s), {len(mentions)} mention(s), {len(skipped)} skipped. "
            f"Files: <a href=\"report.md\">report.md</a> · <a href=\"report.json\">report.json</a> · "
            f"<a href=\"mentions.csv\">mentions.csv</a></p>",
            '<p class="legend"><span>“” direct quote</span><span>↪ reported speech</span>'
            '<span><s>struck</s>: distanced (scare quotes, so-called)</span><span>hover a mention for its speaker</span></p>']
    if (figures / "variants_by_voice.png").exists():
        body.append(_img(figures / "variants_by_voice.png"))
    body += ["<h2>Articles and analysis level</h2>", _html_table(pd.DataFrame(levels))]
    if skipped:
        body += ["<h2>Skipped</h2>", _html_table(pd.DataFrame(skipped))]
    if notes:
        body += ["<h2>Read with changes</h2>", _html_table(pd.DataFrame(notes))]
    body += comparison_html
    for item in articles_shown:
        r = item["result"]
        body.append(f"<h2>{html.escape(r.article.title or r.article.id)}</h2>")
        body.append(f"<p class=\"muted\">{html.escape(r.article.id)} · outlet {html.escape(r.article.outlet or '-')} · "
                    f"{html.escape(r.article.date or 'undated')} · {html.escape(r.level)}</p>")
        body.append(f"<p>{html.escape(item['summary'])}</p>")
        for concept, table in item["tables"].items():
            body += [f"<h3>{html.escape(concept)}</h3>", _html_table(table)]
        body.append(highlighted_article(r, lexicons))
    page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">"
            f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>" + "\n".join(body) + "</body></html>")
    save("index.html", page)
    return written


__all__ = ["write_report", "article_summary", "concept_tables", "csv_safe", "md_escape", "atomic_write",
           "remove_leftovers", "MENTION_COLUMNS"]
