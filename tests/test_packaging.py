"""What a wheel carries: every module of the package and every bundled lexicon, so that `pip install .`
(not only the editable install of the README) runs."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_a_wheel_carries_every_module_and_every_lexicon(tmp_path):
    pytest.importorskip("setuptools")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                            "-w", str(tmp_path), str(REPO)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(tmp_path.glob("naming-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "naming").rglob("*.py") if "__pycache__" not in p.parts}
    assert modules <= names, sorted(modules - names)
    lexicons = {"naming/data/" + p.relative_to(REPO).as_posix() for p in (REPO / "lexicons").rglob("*.yaml")}
    assert lexicons and lexicons <= names, sorted(lexicons - names)
