"""Batched parsing, the annotation cache in the pipeline, and the engines (processes, Dask): real Stanza
models throughout, and the same results, in input order, whatever the engine."""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

import naming
from naming.attribution import attribution_to_dict
from naming.cli import build_parser, main
from naming.corpus import read_articles
from naming.lexicon import Term
from naming.parallel import count_articles, result_from_dict, result_to_dict
from naming.pipeline import Analyzer, analyze

ARTICLES = {
    "wire/offensive.txt": "Azerbaijan launches offensive in Nagorno-Karabakh\n\n"
                          "Azerbaijan launched a military operation in Nagorno-Karabakh on Tuesday, officials said.\n\n"
                          '"Artsakh will not be forgotten," Pashinyan said in Yerevan.\n\n'
                          "Aid groups asked for a humanitarian corridor to Stepanakert.\n",
    "wire/quote-ru.txt": "Talks after the offensive\n\n"
                         "The talks in Brussels ended without a statement, diplomats said.\n\n"
                         "«Мы никогда не признаем так называемую Нагорно-Карабахскую республику», — заявил министр.\n\n"
                         "The so-called 'anti-terror' operation lasted one day.\n",
    "vestnik/boi.txt": "Бои в Нагорном Карабахе\n\n"
                       "В Нагорном Карабахе возобновились боевые действия, сообщили власти Арцаха.\n",
    "presse/karabakh.txt": "Le Haut-Karabakh vidé\n\n"
                           "Les combats ont repris au Haut-Karabakh, selon les autorités.\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _sharing(analyzer, tmp_path, lexicons=None, **options) -> Analyzer:
    """A new Analyzer with its own cache that reuses the session's loaded Stanza pipelines."""
    fresh = Analyzer(lexicons if lexicons is not None else analyzer.lexicons, analyzer.annotator.models_dir,
                     tmp_path, **options)
    fresh.annotator = analyzer.annotator
    return fresh


def _rows(run):
    mentions = [m.contract() for r in run.articles for m in r.mentions]
    quotes = [attribution_to_dict(a, r.article.id) for r in run.articles for a in r.attributions]
    return [r.article.id for r in run.articles], mentions, quotes


def test_batched_docs_equal_article_by_article(analyzer, corpus):
    articles = list(read_articles([corpus]))
    items = []
    for article in articles:
        guess = analyzer.language(article)
        items.append((article.content, guess.code, analyzer.paragraph_languages(article, guess.code)))
    assert any(len(by_lang) > 1 for _, _, by_lang in items), "a mixed-language article is part of the test"
    one_by_one = [analyzer.annotator.annotate_languages(*item) for item in items]
    assert [d.to_dict() for d in analyzer.annotator.annotate_many(items)] == [d.to_dict() for d in one_by_one]


def test_one_stanza_call_per_language_for_a_batch(analyzer, corpus, tmp_path):
    fresh = _sharing(analyzer, tmp_path)
    calls = []
    real = fresh.annotator.parse_paragraphs

    def counting(lang, texts, *args, **kwargs):
        calls.append((lang, len(texts)))
        return real(lang, texts, *args, **kwargs)

    fresh.annotator.parse_paragraphs = counting
    try:
        fresh.process_many(list(read_articles([corpus])))
    finally:
        del fresh.annotator.parse_paragraphs
    langs = [lang for lang, _ in calls]
    assert sorted(langs) == sorted(set(langs)) and {"en", "ru"} <= set(langs)


def test_second_run_and_lexicon_edit_parse_nothing(analyzer, corpus, tmp_path):
    articles = list(read_articles([corpus]))
    first = _sharing(analyzer, tmp_path)
    cold = first.process_many(articles)
    assert first.stats["paragraphs_parsed"] > 0

    edited = copy.deepcopy(analyzer.lexicons)
    variant = edited.variants[0]
    variant.terms.setdefault("en", []).append(Term("phrase", "humanitarian corridor", "en"))
    second = _sharing(analyzer, tmp_path, lexicons=edited)
    warm = second.process_many(articles)
    assert second.stats["paragraphs_parsed"] == 0
    assert second.stats["paragraphs_cached"] == first.stats["paragraphs_parsed"]
    assert second.stats["voices_cached"] == len(articles)
    new = [m for r in warm for m in r.mentions if m.text == "humanitarian corridor"]
    assert [m.variant for m in new] == [variant.id]
    old = [(m.variant, m.start) for r in cold for m in r.mentions]
    assert old == [(m.variant, m.start) for r in warm for m in r.mentions if m.text != "humanitarian corridor"]
    # and with no cache at all, the same
    uncached = _sharing(analyzer, tmp_path / "unused", lexicons=edited, use_cache=False).process_many(articles)
    assert [r.mentions for r in uncached] == [r.mentions for r in warm]
    assert [r.voice for r in uncached] == [r.voice for r in warm]
    assert [r.doc for r in uncached] == [r.doc for r in warm]


def test_plain_data_round_trip(seed_result):
    again = result_from_dict(json.loads(json.dumps(result_to_dict(seed_result, keep_docs=True))), seed_result.article)
    assert again.mentions == seed_result.mentions
    assert again.voice == seed_result.voice
    assert again.matches == seed_result.matches
    assert again.doc == seed_result.doc and again.language == seed_result.language
    light = result_from_dict(result_to_dict(seed_result), seed_result.article)
    assert light.doc.tokens == [] and light.doc.lang == seed_result.doc.lang


def test_engines_give_the_same_results_in_input_order(analyzer, corpus, tmp_path):
    from dask.distributed import Client, LocalCluster

    local = _sharing(analyzer, tmp_path / "local", batch_size=1).run([corpus])
    ids = [r.article.id for r in local.articles]
    assert ids == [a.id for a in read_articles([corpus])] and len(ids) == 4

    pool = Analyzer(analyzer.lexicons, analyzer.annotator.models_dir, tmp_path / "pool")
    by_processes = pool.run([corpus], workers=2, progress=False)
    assert _rows(by_processes) == _rows(local)

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        remote = Analyzer(analyzer.lexicons, analyzer.annotator.models_dir, tmp_path / "dask")
        by_dask = remote.run([corpus], engine="dask", scheduler=client, progress=False)
        table = naming.analyze(corpus, analyzer.lexicons, analyzer.annotator.models_dir, tmp_path / "api",
                               engine="dask", scheduler=client, progress=False)
    assert _rows(by_dask) == _rows(local)
    assert by_dask.mentions.equals(local.mentions)
    assert len(table) and table.equals(local.mentions)
    assert [r.level for r in by_dask.articles] == [r.level for r in local.articles]


def test_streaming_table_and_progress(analyzer, corpus, tmp_path, capsys):
    french = [corpus / "presse"]   # surface level: no model loading
    frame = analyze(french, lexicons=analyzer.lexicons, models_dir=analyzer.annotator.models_dir, cache_dir=tmp_path)
    run = Analyzer(analyzer.lexicons, analyzer.annotator.models_dir, tmp_path).run(french)
    assert len(frame) and frame.equals(run.mentions)
    capsys.readouterr()
    quiet = Analyzer(analyzer.lexicons, analyzer.annotator.models_dir, tmp_path)
    list(quiet.iter_results(french))            # stderr is not a terminal here: no bar
    assert capsys.readouterr().err == ""
    list(quiet.iter_results(french, progress=True))
    assert "article" in capsys.readouterr().err


def test_streamed_results_keep_no_tokens_when_asked(analyzer, corpus, tmp_path):
    fresh = _sharing(analyzer, tmp_path)
    results = list(fresh.iter_results([corpus / "presse"], keep_docs=False))
    assert results and all(r.doc.tokens == [] and r.doc.lang for r in results)


def test_count_articles(corpus, tmp_path):
    assert count_articles([corpus]) == 4
    table = tmp_path / "t.jsonl"
    table.write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    assert count_articles([table, corpus / "presse"]) == 3


def test_command_line_options(corpus, tmp_path, models_dir, capsys):
    args = build_parser().parse_args(["report", "x", "--engine", "dask", "--scheduler", "tcp://h:8786",
                                      "--workers", "3", "--no-progress"])
    assert (args.engine, args.scheduler, args.workers, args.progress) == ("dask", "tcp://h:8786", 3, False)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["mentions", "x", "--workers", "0"])
    capsys.readouterr()
    common = ["mentions", str(corpus / "presse"), "--cache", str(tmp_path), "--models", str(models_dir),
              "--format", "jsonl"]
    assert main(common) == 0
    one = capsys.readouterr().out
    assert main(common + ["--workers", "2", "--no-progress"]) == 0
    assert capsys.readouterr().out == one and one.count("\n") >= 1


def test_dask_from_the_command_line_with_a_scheduler(corpus, tmp_path, models_dir):
    """`naming mentions --scheduler ADDRESS` against a real scheduler and worker started here."""
    pytest.importorskip("distributed")
    code = (
        "import sys, json\n"
        "from dask.distributed import LocalCluster\n"
        "from naming.cli import main\n"
        "with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as c:\n"
        f"    sys.exit(main(['mentions', {str(corpus / 'presse')!r}, '--scheduler', c.scheduler_address,\n"
        f"                   '--cache', {str(tmp_path)!r}, '--models', {str(models_dir)!r}, '--format', 'jsonl']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    local = subprocess.run([sys.executable, "-m", "naming", "mentions", str(corpus / "presse"), "--no-cache",
                            "--models", str(models_dir), "--format", "jsonl"], capture_output=True, text=True,
                           timeout=240)
    assert done.stdout == local.stdout and done.stdout.strip()


def test_a_failing_article_is_skipped_with_its_reason(analyzer, tmp_path, attribution_fails_on_boom):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a", "Le titre\nHaut-Karabakh boom, 4711.\n"), ("b", "Le titre\nHaut-Karabakh, 4712.\n"),
                       ("c", "Le titre\nArtsakh, 4713.\n")):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    fresh = _sharing(analyzer, tmp_path / "cache")
    run = fresh.run([folder])
    assert [r.article.id for r in run.articles] == ["b", "c"]
    assert len(run.skipped) == 1 and "attribution exploded" in run.skipped[0].reason
    with pytest.raises(RuntimeError, match="exploded"):   # without an errors list, the error stands
        list(fresh.iter_results([folder]))


def test_long_runs_without_spaces_are_not_parsed(analyzer, tmp_path):
    from naming.pipeline import MAX_WORD, parseable_spans

    text = "Artsakh " + "x" * 1500 + " Karabakh."
    assert parseable_spans(text, [(0, len(text))]) == [(0, 7), (len(text) - 9, len(text))]
    assert parseable_spans("short", [(0, 5)]) == [(0, 5)]
    assert parseable_spans("y" * MAX_WORD, [(0, MAX_WORD)]) == []
    result = _sharing(analyzer, tmp_path).analyze_text(text, lang="en")
    assert {m.text for m in result.mentions} == {"Artsakh", "Karabakh"}
    assert all(t.end - t.start < MAX_WORD for t in result.doc.tokens)
    assert all(result.article.content[t.start:t.end] == t.text for t in result.doc.tokens)


@pytest.mark.parametrize("line,dateline", [
    ("WASHINGTON (AP) — The talks ended.", "WASHINGTON (AP) —"),
    ("NEW YORK, Dec. 11 (UPI) — The talks ended.", "NEW YORK, Dec. 11 (UPI) —"),
    ("BOCA RATON, Fla. -- The talks ended.", "BOCA RATON, Fla. --"),
    ("WASHINGTON \u2015 The talks ended.", "WASHINGTON \u2015"),
    ("WASHINGTON \u2212 The talks ended.", "WASHINGTON \u2212"),  # a minus sign typed for the dash
    ("IOWA POLLS NOT NECESSARILY WRONG - Jeffrey M. Jones: “They are early.”", "IOWA POLLS NOT NECESSARILY WRONG -"),
    ("Pashinyan - who was in Moscow - said the talks ended.", None),
    ("NATO troops - and Russian ones - stayed.", None),
    ("US-Armenian talks ended.", None),
])
def test_a_dateline_is_parsed_apart_from_the_sentence_it_opens(line, dateline):
    from naming.pipeline import parseable_spans

    spans = parseable_spans(line, [(0, len(line))])
    assert [line[s:e] for s, e in spans][:-1] == ([dateline] if dateline else [])


def test_the_sentence_after_a_dateline_keeps_its_speaker(analyzer, tmp_path):
    """Read with "ORLANDO, Fla. (Reuters) -", the tagger took "President Barack Obama met" for one name and
    "said" had no speaker."""
    text = ("Obama meets survivors.\n\nORLANDO, Fla. (Reuters) - President Barack Obama met survivors of a gay "
            "nightclub massacre on Thursday and said the United States must act to control gun violence.")
    result = _sharing(analyzer, tmp_path).analyze_text(text, lang="en")
    said = next(a for a in result.attributions if a.cue and a.cue.text == "said")
    assert said.source.text == "President Barack Obama"
