"""Shared fixtures: the real Stanza models from ../shared (never mocked), a fresh cache per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NAMING_SHARED", ROOT.parent / "shared"))
MODELS = Path(os.environ.get("NAMING_STANZA_DIR", SHARED / "stanza_resources"))
SEED = ROOT / "seeds" / "karabakh-armenians-blame.txt"


def pytest_report_header(config):
    return f"naming: Stanza models from {MODELS} ({'present' if (MODELS / 'resources.json').is_file() else 'MISSING'})"


@pytest.fixture(scope="session")
def models_dir() -> Path:
    if not (MODELS / "resources.json").is_file():
        pytest.fail(f"Stanza models are needed for the core tests and are not in {MODELS}; "
                    "set NAMING_STANZA_DIR or run `naming models install en`")
    return MODELS


@pytest.fixture(scope="session")
def analyzer(models_dir, tmp_path_factory):
    from naming.pipeline import Analyzer

    return Analyzer(models_dir=models_dir, cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def seed_result(analyzer):
    from naming.corpus import read_articles

    (article,) = list(read_articles([SEED]))
    return analyzer.process(article)


@pytest.fixture
def attribution_fails_on_boom(monkeypatch):
    """Attribution raises on any article containing "boom": one failing article among good ones."""
    import naming.pipeline as pipeline

    original = pipeline.attribute

    def attribute(doc, article, *args, **kwargs):
        if "boom" in article.content:
            raise RuntimeError("attribution exploded")
        return original(doc, article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "attribute", attribute)
