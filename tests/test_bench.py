"""The benchmarks still run: `bench/run_all.py --quick` on tiny inputs (no timing is checked)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmarks_run_in_quick_mode(tmp_path, models_dir):
    env = {**os.environ, "NAMING_STANZA_DIR": str(models_dir)}
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run_all.py"), "--quick", "--out",
                           str(tmp_path / "RESULTS.md"), "--json", str(tmp_path / "results.json")],
                          capture_output=True, text=True, env=env, timeout=900, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-4000:]
    text = (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
    assert text.startswith("## Performance") and "bare `stanza.Pipeline`" in text and "peak memory" in text
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert results["warm"]["paragraphs_parsed_warm"] == 0 and results["warm"]["paragraphs_parsed_cold"] > 0
    assert results["cold"]["articles"] >= 1 and results["cold"]["words"] > 0
    assert [row["terms"] for row in results["matching"]["mixes"]["made-up"]] == [10, 100, 1000]
    assert results["memory"]["peak_mib"] > 0
    assert [row["lang"] for row in results["scaling"]["rows"]] == ["de", "ru", "en"]
    assert all(row["long_s"] > 0 for row in results["scaling"]["rows"]) and "quoted statements" in text
