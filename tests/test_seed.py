"""The seed article through the real pipeline (Stanza models from ../shared, no mocks)."""


def mention(result, text, after=None, concept=None):
    """The mention whose text is `text`, first after the substring `after` of the content."""
    content = result.article.content
    offset = content.index(after) if after else 0
    for m in result.mentions:
        if m.text == text and m.start >= offset and (concept is None or m.concept.endswith(concept)):
            return m
    raise AssertionError(f"no mention {text!r} after {after!r}: {[(m.text, m.start) for m in result.mentions]}")


def test_offsets_point_into_the_file_content(seed_result):
    content = seed_result.article.content
    assert seed_result.mentions
    for m in seed_result.mentions:
        assert content[m.start:m.end] == m.text
        if m.speaker_start is not None:
            assert 0 <= m.speaker_start < m.speaker_end <= len(content)


def test_artsakh_and_aggression_are_quoted_from_the_armenian_authorities(seed_result):
    for text in ("Artsakh", "aggression"):
        m = mention(seed_result, text, after="By ignoring warnings")
        assert m.voice == "direct"
        assert m.speaker == "Armenian unrecognized authorities"
        assert m.speaker_group == "armenian"


def test_nagorno_karabakh_in_blinkens_quote(seed_result):
    m = mention(seed_result, "Nagorno-Karabakh", after="The United States is deeply concerned")
    assert m.voice == "direct"
    assert m.speaker == "Antony Blinken"
    content = seed_result.article.content
    assert content[m.speaker_start:m.speaker_end] == "Blinken"


def test_headline_karabakh_is_narrative(seed_result):
    m = seed_result.mentions[0]
    assert m.text == "Karabakh" and m.headline and m.voice == "narrative" and not m.distanced


def test_anti_terror_operation_is_reported_from_azerbaijan_and_distanced(seed_result):
    m = mention(seed_result, "anti-terror' military operation", after="This came after")
    assert m.voice == "reported"
    assert m.speaker == "Azerbaijan"
    assert m.speaker_group == "azerbaijani"
    assert m.distanced


def test_nagorno_karabakh_in_the_outlets_own_voice(seed_result):
    m = mention(seed_result, "Nagorno-Karabakh", after="Armenians in Nagorno-Karabakh on Tuesday")
    assert m.voice == "narrative" and not m.distanced and not m.headline


def test_read_more_lines_are_boilerplate_not_the_outlets_voice(seed_result):
    read_more = [m for m in seed_result.mentions if m.boilerplate]
    assert read_more and all(m.sentence_text.startswith("Read more") for m in read_more)


def test_attributions_follow_the_contract(seed_result):
    from naming.attribution import attribution_to_dict

    content = seed_result.article.content
    rows = [attribution_to_dict(a, seed_result.article.id) for a in seed_result.attributions]
    assert {"direct", "reported", "mixed"} <= {r["kind"] for r in rows}
    for row in rows:
        for key in ("content", "source", "cue"):
            span = row[key]
            if span is not None:
                assert content[span["start"]:span["end"]] == span["text"]
    speakers = {r["speaker"] for r in rows}
    assert {"Antony Blinken", "Nikol Pashinyan", "Armenian unrecognized authorities"} <= speakers
    pashinyan = [r for r in rows if r["content"]["text"].startswith("As expected")]
    assert pashinyan and pashinyan[0]["speaker"] == "Nikol Pashinyan"  # "he added" resolved to the last speaker


def test_a_second_run_reads_the_cache(analyzer, seed_result):
    from naming.corpus import read_articles
    from naming.pipeline import Analyzer

    from .conftest import SEED

    again = Analyzer(models_dir=analyzer.annotator.models_dir, cache_dir=analyzer.cache.directory)
    again.annotator.pipeline = None  # a cached document needs no Stanza pipeline at all
    (article,) = list(read_articles([SEED]))
    assert [m.contract() for m in again.process(article).mentions] == [m.contract() for m in seed_result.mentions]


def test_a_lexicon_counts_only_in_articles_on_its_topic(analyzer):
    # "military offensive", "blockade" and "evacuation" are Karabakh framing words too; this article is on Ukraine
    result = analyzer.analyze_text("The military offensive and the blockade forced an evacuation from Kharkiv.",
                                   lang="en")
    lexicons = {m.concept.split(":")[0] for m in result.mentions}
    assert "ukraine" in lexicons and "karabakh" not in lexicons
