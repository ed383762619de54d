"""The command line, run as a user runs it: a real subprocess for the entry points, main() for the rest."""
import json
import os
import subprocess
import sys

from .conftest import ROOT, SEED

CONTRACT = ["article", "outlet", "lang", "concept", "variant", "camp", "text", "start", "end", "sentence",
            "headline", "voice", "distanced", "speaker", "speaker_group", "speaker_start", "speaker_end"]


def run_cli(*args, models_dir, cache):
    env = {**os.environ, "NAMING_STANZA_DIR": str(models_dir), "NAMING_CACHE": str(cache)}
    return subprocess.run([sys.executable, "-m", "naming", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=600)


def test_mentions_jsonl_follows_the_contract(models_dir, tmp_path):
    done = run_cli("mentions", str(SEED), "--format", "jsonl", models_dir=models_dir, cache=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert rows
    content = SEED.read_text(encoding="utf-8")
    for row in rows:
        assert list(row)[:len(CONTRACT)] == CONTRACT
        assert content[row["start"]:row["end"]] == row["text"]
        assert row["voice"] in ("narrative", "direct", "reported")
        assert row["article"] == "karabakh-armenians-blame" and row["outlet"] == "real-2023"
    # without --lexicon the bundled lexicons apply, their ids namespaced by file
    assert {"karabakh:region:artsakh", "karabakh:region:nagorno_karabakh"} <= {r["variant"] for r in rows}


def test_quotes_jsonl_follows_the_contract(models_dir, tmp_path):
    done = run_cli("quotes", str(SEED), "--format", "jsonl", models_dir=models_dir, cache=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    keys = ["article", "kind", "content", "source", "cue", "speaker", "speaker_group"]
    assert rows and all(list(r)[:len(keys)] == keys for r in rows)  # the contract first; extensions may follow
    assert any(r["kind"] == "direct" and r["speaker"] == "Antony Blinken" for r in rows)


def test_quotes_csv_has_one_flat_column_per_part(models_dir, tmp_path):
    """CSV cells hold text and numbers, not Python reprs of the JSONL objects: each span as its text and
    offsets (empty where there is no span), the further pieces of a quote as JSON."""
    import csv
    import io

    article = tmp_path / "a.txt"
    article.write_text('"We will not leave Artsakh," Pashinyan said, "not now."\n\n"It is over."\n', encoding="utf-8")
    done = run_cli("quotes", str(article), "--format", "csv", models_dir=models_dir, cache=tmp_path / "cache")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(rows[0]) == ["article", "kind", "content", "content_start", "content_end", "source", "source_start",
                             "source_end", "cue", "cue_start", "cue_end", "speaker", "speaker_group", "continuation"]
    content = article.read_text(encoding="utf-8")
    said = next(r for r in rows if r["cue"] == "said")
    assert (said["content"], said["source"]) == ("We will not leave Artsakh,", "Pashinyan")
    assert content[int(said["content_start"]):int(said["content_end"])] == said["content"]
    assert content[int(said["source_start"]):int(said["source_end"])] == "Pashinyan"
    pieces = json.loads(said["continuation"])  # the quote after the cue, then the floating one below
    assert [p[2] for p in pieces] == ["not now.", "It is over."]
    assert all(content[start:end] == text for start, end, text in pieces)
    assert all("{" not in r["content"] + r["source"] for r in rows)


def test_missing_model_is_one_clear_line(tmp_path):
    env = {**os.environ, "NAMING_STANZA_DIR": str(tmp_path / "no-models")}
    done = subprocess.run([sys.executable, "-m", "naming", "mentions", str(SEED)], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "naming models install" in lines[0] and "no-models" in lines[0]


def test_models_status_and_install(models_dir, tmp_path):
    from naming.cli import main

    assert main(["models", "status", "--models", str(models_dir)]) == 0
    assert main(["models", "install", "tr", "--from", str(models_dir), "--models", str(tmp_path / "m")]) == 0
    assert (tmp_path / "m" / "tr" / "tokenize").is_dir()


def test_unreadable_input_is_skipped_and_the_exit_code_says_so(models_dir, tmp_path, capsys):
    from naming.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Headline\nThe Artsakh question.\n", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary\x00")
    code = main(["mentions", str(folder), "--format", "jsonl", "--models", str(models_dir),
                 "--cache", str(tmp_path / "c")])
    captured = capsys.readouterr()
    assert code == 3
    assert "bad.txt" in captured.err and "good" in captured.out


def test_table_shows_a_missing_speaker_as_a_dash_not_nan():
    import io

    from naming.cli import _write_rows

    out = io.StringIO()
    _write_rows([{"text": "Artsakh", "speaker": None}, {"text": "Karabakh", "speaker": "Ilham Aliyev"}], "table", out)
    assert "NaN" not in out.getvalue() and "None" not in out.getvalue()
    assert out.getvalue().splitlines()[1].split() == ["Artsakh", "—"]
