import json

import pytest

from naming.models import MissingModelError, install_models, language_models, models_status
from naming.nlp import Annotator


def test_status_lists_what_each_language_offers(models_dir):
    status = {m.lang: m for m in models_status(models_dir)}
    assert status["en"].level == "parse"
    assert "lemma" in status["ru"].processors and status["ru"].level == "lemma"
    assert language_models("az", models_dir).level == "surface"


def test_missing_models_directory_is_a_clear_error(tmp_path):
    with pytest.raises(MissingModelError, match="naming models install LANG") as error:
        Annotator(tmp_path / "nowhere")
    assert "nowhere" in str(error.value) and "language" not in str(error.value)  # no made-up language named


def test_strict_mode_names_the_missing_language(models_dir):
    annotator = Annotator(models_dir, strict=True)
    with pytest.raises(MissingModelError, match=r"language 'az'.*naming models install az"):
        annotator.annotate("Xankəndi şəhəri.", "az")


def test_install_from_a_local_directory(models_dir, tmp_path):
    target = tmp_path / "models"
    assert install_models(["hy"], target, source=models_dir) == ["hy"]
    resources = json.loads((target / "resources.json").read_text())
    assert "hy" in resources and resources["armenian"] == {"alias": "hy"}
    assert language_models("hy", target).processors == language_models("hy", models_dir).processors
    with pytest.raises(MissingModelError, match="'xx'"):
        install_models(["xx"], target, source=models_dir)
