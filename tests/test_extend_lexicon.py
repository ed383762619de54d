"""The README's walk-through: a user adds a variant to karabakh.yaml, validates it and sees it counted."""
import re
import shutil

from naming.cli import main

from .conftest import ROOT

NEW_VARIANT = """      artsakh_republic_short:
        label: Artsakh Republic
        camp: armenian
        terms: {en: [Artsakh Republic]}
        examples: {match: {en: ["The Artsakh Republic dissolved itself."]}}
"""


def test_a_new_variant_is_validated_and_counted(models_dir, tmp_path, capsys):
    lexicon = tmp_path / "karabakh.yaml"
    text = (ROOT / "lexicons" / "karabakh.yaml").read_text(encoding="utf-8")
    # under concepts → region → variants:, exactly where the README says
    region = re.search(r"^  region:\n(?:    .*\n)*?    variants:\n", text, re.M)
    lexicon.write_text(text[:region.end()] + NEW_VARIANT + text[region.end():], encoding="utf-8")

    assert main(["lexicon", "validate", str(lexicon)]) == 0
    assert "0 error(s)" in capsys.readouterr().out

    article = tmp_path / "in" / "note.txt"
    article.parent.mkdir()
    article.write_text("Headline\nThe Artsakh Republic dissolved itself on 1 January 2024.\n", encoding="utf-8")
    out = tmp_path / "report"
    assert main(["report", str(article.parent), "--lexicon", str(lexicon), "--models", str(models_dir),
                 "--cache", str(tmp_path / "cache"), "--out", str(out)]) == 0
    mentions = (out / "mentions.csv").read_text(encoding="utf-8")
    assert "karabakh:region:artsakh_republic_short" in mentions
    assert "Artsakh Republic" in (out / "index.html").read_text(encoding="utf-8")


def test_a_broken_edit_points_at_file_line_and_column(tmp_path, capsys):
    lexicon = tmp_path / "karabakh.yaml"
    shutil.copy(ROOT / "lexicons" / "karabakh.yaml", lexicon)
    text = lexicon.read_text(encoding="utf-8")
    region = re.search(r"^  region:\n(?:    .*\n)*?    variants:\n", text, re.M)
    broken = NEW_VARIANT.replace("label: Artsakh Republic", "lable: Artsakh Republic")  # a typo in a key
    lexicon.write_text(text[:region.end()] + broken + text[region.end():], encoding="utf-8")
    line = text[:region.end()].count("\n") + 2  # the variant's second line
    assert main(["lexicon", "validate", str(lexicon)]) == 1
    out = capsys.readouterr().out
    assert re.search(rf"karabakh\.yaml:{line}:9: error: .*lable", out), out
