"""The annotation cache: where it lives, what it keeps, and that it survives kill -9 and sharing."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from naming.cache import AnnotationCache, CacheError, cache_key, resolve_cache_dir
from naming.cli import main

ROOT = Path(__file__).resolve().parent.parent

WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from naming.cache import AnnotationCache
    cache = AnnotationCache(sys.argv[1])
    prefix, count, size = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    for i in range(count):
        # big entries, several a transaction: a kill lands in the middle of writes
        cache.put_many([(f"{{prefix}}-{{i}}-{{k}}", "parse", "en",
                         {{"i": i, "k": k, "words": [[f"w{{i}}-{{k}}-{{j}}", j, j + 1] for j in range(size)]}})
                        for k in range(4)])
        found = cache.get(f"{{prefix}}-{{i}}-0")
        assert found is not None and found["i"] == i, found
    print("done", flush=True)
""").format(root=str(ROOT))


def _writer(tmp_path: Path) -> Path:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    return script


def test_place_flag_then_environment_then_working_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("NAMING_CACHE", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_cache_dir(None) == tmp_path / ".naming-cache"
    monkeypatch.setenv("NAMING_CACHE", str(tmp_path / "env"))
    assert resolve_cache_dir(None) == tmp_path / "env"
    assert resolve_cache_dir(tmp_path / "flag") == tmp_path / "flag"


def test_keys_depend_on_text_language_and_models():
    key = cache_key("text", "en", "models-1")
    assert key == cache_key("text", "en", "models-1")
    assert len({key, cache_key("text.", "en", "models-1"), cache_key("text", "ru", "models-1"),
                cache_key("text", "en", "models-2")}) == 4


def test_put_get_info_verify_clear(tmp_path):
    cache = AnnotationCache(tmp_path / "c")
    cache.put("k1", "en", {"tokens": [["Artsakh", 0, 7]]})
    cache.put_many([("k2", "parse", "ru", [1, 2]), ("k3", "voice", "en", {"a": None})])
    assert cache.get("k1") == {"tokens": [["Artsakh", 0, 7]]}
    assert cache.get("missing") is None
    assert cache.get_many(["k2", "k3", "nope"]) == {"k2": [1, 2], "k3": {"a": None}}
    info = cache.info()
    assert info["entries"] == 3 and info["kinds"] == {"parse": 2, "voice": 1}
    assert info["languages"] == {"en": 1, "ru": 1} and info["file_bytes"] > 0
    assert cache.verify() == (3, 0)
    assert cache.clear() == 3
    assert cache.info()["entries"] == 0


def test_a_damaged_entry_is_dropped_never_trusted(tmp_path):
    cache = AnnotationCache(tmp_path)
    cache.put("good", "en", {"x": 1})
    with sqlite3.connect(cache.path) as db:
        db.execute("INSERT INTO entries VALUES ('bad', 'parse', 'en', 0, ?)", (b"not zlib at all",))
    assert cache.get("bad") is None
    assert cache.get("good") == {"x": 1}
    assert cache.info()["entries"] == 1


def test_unusable_place_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(CacheError, match="cannot open the annotation cache"):
        AnnotationCache(blocker / "cache")


def _wait_for_entries(where: Path, at_least: int, child: subprocess.Popen, seconds: float) -> int:
    """Entries the child has written to the cache at `where`, once there are `at_least` (or time is up, or
    the child has ended)."""
    deadline, seen = time.monotonic() + seconds, 0
    while time.monotonic() < deadline and seen < at_least and child.poll() is None:
        time.sleep(0.2)
        if (where / "annotations.sqlite").exists():
            try:
                with sqlite3.connect(where / "annotations.sqlite", timeout=5) as db:
                    seen = db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
            except sqlite3.OperationalError:
                pass
    return seen


def test_survives_kill_9_in_the_middle_of_writes(tmp_path):
    script, where = _writer(tmp_path), tmp_path / "cache"
    child = subprocess.Popen([sys.executable, str(script), str(where), "run1", "100000", "400"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = _wait_for_entries(where, 150, child, seconds=60)   # well into the run, writes going on
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    assert seen >= 150, child.stderr.read().decode()

    cache = AnnotationCache(where)
    good, dropped = cache.verify()
    assert dropped == 0 and good >= 150 and good % 4 == 0   # whole transactions only
    entries = cache.get_many(f"run1-{i}-{k}" for i in range(good // 4) for k in range(4))
    assert len(entries) == good and all(len(e["words"]) == 400 for e in entries.values())
    cache.close()
    # a rerun on the same cache completes
    rerun = subprocess.run([sys.executable, str(script), str(where), "run2", "30", "50"], capture_output=True,
                           text=True, timeout=120)
    assert rerun.returncode == 0 and "done" in rerun.stdout, rerun.stderr


def test_concurrent_writers_share_one_cache(tmp_path):
    script, where = _writer(tmp_path), tmp_path / "shared"
    children = [subprocess.Popen([sys.executable, str(script), str(where), f"p{n}", "150", "100"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(3)]
    for child in children:
        out, err = child.communicate(timeout=180)
        assert child.returncode == 0 and "done" in out, err
    cache = AnnotationCache(where)
    assert cache.verify() == (3 * 150 * 4, 0)


def _french(folder: Path, count: int) -> Path:
    # French has no Stanza model here: the surface level, so these runs need no model loading
    lines = [json.dumps({"id": f"fr{i}", "outlet": "o", "lang": "fr", "title": f"Le Haut-Karabakh, jour {i}",
                         "text": f"Les combats ont repris au Haut-Karabakh, selon les autorités ({i}).\n\n"
                                 f"« L'Artsakh ne sera pas oublié », a déclaré le ministre numéro {i}."})
             for i in range(count)]
    path = folder / "fr.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_concurrent_runs_share_a_cache_directory(tmp_path, models_dir):
    corpus, where = _french(tmp_path, 40), tmp_path / "cache"
    env = {**os.environ, "NAMING_STANZA_DIR": str(models_dir)}
    command = [sys.executable, "-m", "naming", "mentions", str(corpus), "--cache", str(where), "--format", "jsonl"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            for _ in range(2)]
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=240)
        assert run.returncode == 0, err
        outputs.append(out)
    assert outputs[0] == outputs[1] and outputs[0].count("\n") >= 40
    # and a third, warm run gives the same
    warm = subprocess.run(command, capture_output=True, text=True, env=env, timeout=240)
    assert warm.returncode == 0 and warm.stdout == outputs[0]
    assert AnnotationCache(where).verify()[1] == 0


def test_interrupted_real_run_leaves_a_usable_cache(tmp_path, models_dir):
    corpus, where = _french(tmp_path, 3000), tmp_path / "cache"
    env = {**os.environ, "NAMING_STANZA_DIR": str(models_dir)}
    command = [sys.executable, "-m", "naming", "mentions", str(corpus), "--cache", str(where), "--format", "jsonl"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _wait_for_entries(where, 100, child, seconds=120)
    assert child.poll() is None, "the run ended before it could be interrupted"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert AnnotationCache(where).verify() == (AnnotationCache(where).info()["entries"], 0)
    (tmp_path / "small").mkdir()
    small = _french(tmp_path / "small", 5)
    rerun = subprocess.run(command[:4] + [str(small)] + command[5:], capture_output=True, text=True, env=env,
                           timeout=240)
    cold = subprocess.run(command[:4] + [str(small), "--no-cache", "--format", "jsonl"], capture_output=True,
                          text=True, env=env, timeout=240)
    assert rerun.returncode == 0 and cold.returncode == 0, rerun.stderr + cold.stderr
    assert rerun.stdout == cold.stdout


def test_cache_command(tmp_path, capsys):
    cache = AnnotationCache(tmp_path)
    cache.put_many([("a", "parse", "en", [1]), ("b", "langid", "en", [2])])
    assert main(["cache", "info", "--cache", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2 entries" in out and "1 langid" in out and "en 1" in out
    assert main(["cache", "verify", "--cache", str(tmp_path)]) == 0
    assert "2 entries decode, 0 dropped" in capsys.readouterr().out
    assert main(["cache", "clear", "--cache", str(tmp_path)]) == 0
    assert "removed 2 entries" in capsys.readouterr().out
    assert AnnotationCache(tmp_path).info()["entries"] == 0
