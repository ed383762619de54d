import json

import pytest

from naming.corpus import CorpusError, read_articles

from .conftest import SEED


def test_seed_front_matter_headline_and_boilerplate():
    (article,) = list(read_articles([SEED]))
    assert article.id == "karabakh-armenians-blame"
    assert article.outlet == "real-2023" and article.date == "2023-09-19" and article.lang == "en"
    start, end = article.headline
    assert article.content[start:end] == "Karabakh Armenians blame int. community for failing to prevent clash"
    lines = [article.content[s:e] for s, e in article.boilerplate]
    assert lines and all(line.startswith("Read more:") for line in lines)
    assert article.content.startswith("---\n")  # offsets index the file content, front matter included


def test_folder_outlet_from_subfolder_and_ids(tmp_path):
    (tmp_path / "herald").mkdir()
    (tmp_path / "herald" / "a.txt").write_text("Headline\nBody text.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\noutlet: Wire\n---\nTitle\nText.\n", encoding="utf-8")
    articles = {a.id: a for a in read_articles([tmp_path])}
    assert articles["herald/a"].outlet == "herald"
    assert articles["b"].outlet == "Wire"
    assert articles["herald/a"].title == "Headline"


def test_csv_and_jsonl_content_is_title_blank_line_text(tmp_path):
    (tmp_path / "c.csv").write_text("id,outlet,date,lang,title,text\nx1,Out,2023-10-01,en,The title,Body here.\n",
                                    encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(json.dumps({"id": "y1", "outlet": "O2", "title": "T", "text": "B."}) + "\n",
                                      encoding="utf-8")
    articles = {a.id: a for a in read_articles([tmp_path / "c.csv", tmp_path / "d.jsonl"])}
    assert articles["x1"].content == "The title\n\nBody here."
    assert articles["x1"].headline == (0, 9)
    assert articles["y1"].outlet == "O2" and articles["y1"].content == "T\n\nB."


def test_bad_files_name_the_file_and_problem(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Headline\nabc \xff\xfe def")
    with pytest.raises(CorpusError, match=r"bad.txt: not valid utf-8 at byte 13"):
        list(read_articles([bad]))
    errors = []
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert list(read_articles([tmp_path], errors=errors)) == []
    assert sorted(e[0].rsplit("/", 1)[-1] for e in errors) == ["bad.txt", "empty.txt"]
    (lenient,) = list(read_articles([bad], lenient=True))
    assert "\ufffd" in lenient.content


def test_utf16_bom_crlf(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Заголовок\r\nТекст статьи.\r\n".encode("utf-16"))
    (article,) = list(read_articles([path]))
    assert article.content[slice(*article.headline)] == "Заголовок"
