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


def test_credit_lines_are_boilerplate_and_reported_lines_are_not(tmp_path):
    """'Costa reported from Washington.' credits a reporter; it is no source reporting what follows."""
    credits = ["Costa reported from Washington.", "Eilperin reported from Washington and Mufson from New York.",
               "Reporting by Felix Light; Editing by Alex Richardson", "(Additional reporting by Ann Lee in Baku)",
               "Staff writer Ann Lee contributed to this report.", "Karen DeYoung contributed."]
    content = ["Azerbaijani forces reported from the front that Stepanakert had fallen.",
               "He reported from Stepanakert for a decade before the war.", "The ministry said it contributed.",
               "Pashinyan said Armenia contributed to the peace process."]
    (tmp_path / "a.txt").write_text("Headline\n" + "\n".join(credits + content) + "\n", encoding="utf-8")
    (article,) = list(read_articles([tmp_path / "a.txt"]))
    assert [article.content[s:e] for s, e in article.boilerplate] == credits


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


def test_parquet_streams_by_batch_and_reads_as_pandas_does(tmp_path, monkeypatch):
    pd = pytest.importorskip("pandas")
    pq = pytest.importorskip("pyarrow.parquet")
    import naming.corpus as corpus

    rows = [{"id": f"p{i}", "outlet": "Wire" if i % 2 else None, "date": pd.Timestamp(2023, 10, 1 + i % 9),
             "lang": "en", "title": f"Title {i}" if i % 3 else None, "text": "" if i == 7 else f"Body {i}.",
             "words": i} for i in range(40)]
    path = tmp_path / "t.parquet"
    pd.DataFrame(rows).to_parquet(path, row_group_size=6)
    assert pq.ParquetFile(path).num_row_groups == 7

    def whole(*args, **kwargs):
        raise AssertionError("the whole file was read at once")

    monkeypatch.setattr(pq, "read_table", whole)
    monkeypatch.setattr(pd, "read_parquet", whole)
    monkeypatch.setattr(corpus, "PARQUET_BATCH", 5)
    batches_read = []
    iter_batches = pq.ParquetFile.iter_batches

    def counting(self, *args, **kwargs):
        for batch in iter_batches(self, *args, **kwargs):
            batches_read.append(batch.num_rows)
            yield batch

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", counting)
    errors = []
    articles = read_articles([path], errors=errors)
    first = next(articles)
    assert first.id == "p0" and batches_read == [5]   # lazily: one batch read for the first article
    articles = [first, *articles]
    assert len(batches_read) == 8
    assert errors == [(f"{path}:8", "row 8: empty text")]   # a bad row costs only itself
    assert [a.id for a in articles] == [f"p{i}" for i in range(40) if i != 7]
    by_id = {a.id: a for a in articles}
    assert by_id["p1"].content == "Title 1\n\nBody 1." and by_id["p1"].outlet == "Wire"
    assert by_id["p1"].date == "2023-10-02" and by_id["p1"].meta["words"] == 1
    assert by_id["p6"].content == "Body 6." and by_id["p6"].outlet is None and by_id["p6"].headline is None


def test_parquet_damaged_after_its_first_rows_says_where(tmp_path, monkeypatch):
    pd = pytest.importorskip("pandas")
    pq = pytest.importorskip("pyarrow.parquet")
    import naming.corpus as corpus

    path = tmp_path / "t.parquet"
    pd.DataFrame({"id": [f"p{i}" for i in range(12)], "text": [f"Body {i}." for i in range(12)]}).to_parquet(
        path, row_group_size=4)
    monkeypatch.setattr(corpus, "PARQUET_BATCH", 4)
    iter_batches = pq.ParquetFile.iter_batches

    def failing(self, *args, **kwargs):
        batches = iter_batches(self, *args, **kwargs)
        yield next(batches)
        raise OSError("Corrupt snappy compressed data.")

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", failing)
    errors = []
    assert [a.id for a in read_articles([path], errors=errors)] == ["p0", "p1", "p2", "p3"]
    assert errors == [(str(path), "after row 4: not readable Parquet (Corrupt snappy compressed data.); "
                                  "the rest of the file is skipped")]


def test_a_label_alone_on_its_line_makes_the_linked_headline_after_it_boilerplate(tmp_path):
    """'Read more:' or '"Related:"' alone on a line points at the next line, a headline of another article."""
    lines = ["Headline", "Pashinyan said the talks had failed.", '"Related:"', "",
             "Aliyev Calls Karabakh Operation A Success.", "The ministry said the roads were open.",
             "Read more:", "What is Nagorno-Karabakh?", "Read more: Who are the Karabakh Armenians?",
             "Baku said the operation was over.", '"Watch out," the minister said.']
    (tmp_path / "a.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (article,) = list(read_articles([tmp_path / "a.txt"]))
    assert [article.content[s:e] for s, e in article.boilerplate] == [
        '"Related:"', "Aliyev Calls Karabakh Operation A Success.", "Read more:", "What is Nagorno-Karabakh?",
        "Read more: Who are the Karabakh Armenians?"]
