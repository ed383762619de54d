"""The lexicon format: every validation error and warning at its exact file:line:column, YAML safety, several
files together, suffix tables, show/export, scope, and the shipped lexicons (whose examples run through the
real matcher and Stanza models)."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from naming import lexicon as lx
from naming import located_yaml
from naming.nlp import paragraphs, surface_doc

DATA = Path(__file__).resolve().parent / "data" / "lexicons"
LANGUAGES = Path(lx.__file__).resolve().parent.parent / "lexicons" / "languages"


def reported(diagnostics, name: str, line: int, column: int, level: str, *fragments: str) -> str:
    """The one diagnostic at name:line:column of that level containing every fragment."""
    prefix = f"{DATA / name}:{line}:{column}: {level}: "
    found = [str(d) for d in diagnostics if str(d).startswith(prefix) and all(f in str(d) for f in fragments)]
    assert found, f"nothing like {prefix}{' … '.join(fragments)} in:\n" + "\n".join(map(str, diagnostics))
    return found[0]


def write(tmp_path: Path, body: str, name: str = "test.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


MINIMAL = """\
    name: mini
    version: "1"
    description: d
    license: CC0-1.0
    sources: [s]
    {extra}
    camps:
      armenian: {{label: Armenian, colour: "#E69F00"}}
      azerbaijani: {{label: Azerbaijani, colour: "#0072B2"}}
    concepts:
      capital:
        label: The capital
        variants:
          khankendi:
            label: Khankendi
            camp: azerbaijani
            terms:
    {terms}
    """


def mini(tmp_path: Path, terms: str, extra: str = "") -> Path:
    indented = textwrap.indent(textwrap.dedent(terms), " " * 10)
    return write(tmp_path, textwrap.dedent(MINIMAL).format(extra=extra, terms=indented))


class SurfaceAnnotator:
    """Regex tokens, no model: enough for surface and suffix-table matching."""

    def annotate_text(self, text: str, lang: str):
        return surface_doc(text, lang, paragraphs(text, 0, len(text)))


# --------------------------------------------------------------------------------- schema errors

SCHEMA_ERRORS = [
    (10, 45, "camps.azerbaijani.colour", "'not-a-colour' is not a colour"),
    (12, 3, "concepts.region.variants", "missing the required key 'variants'"),
    (14, 5, "concepts.region.varaints", "unknown key 'varaints'", "did you mean 'variants'?"),
    (18, 7, "concepts.capital.variants.Stepanakert", "'Stepanakert' is not a valid id", "lowercase"),
    (22, 7, "concepts.capital.variants.khankendi.label", "missing the required key 'label'"),
    (23, 15, "concepts.capital.variants.khankendi.camp", "expected a list of camp ids", "got a mapping"),
    (26, 15, "terms.en[0]", "exactly one of phrase, lemma, glob, regex; got phrase and glob"),
    (27, 40, "terms.en[1].gap", "`gap: 2` needs a gap marker"),
    (28, 23, "terms.en[2].regex", "'(a+)+b' nests a quantifier", "catastrophically"),
    (29, 23, "terms.en[3].regex", "invalid regular expression '[unclosed'", "unterminated character set"),
    (30, 43, "terms.en[4].inflect", "expected true or false, got the string 'sometimes'"),
    (31, 22, "terms.en[5].glob", "glob piece '*' matches every word"),
    (32, 15, "terms.en[6]", "expected a term", "got a list"),
    (33, 19, "khankendi.examples", "expected a mapping with `match` and/or `no_match`, got a list"),
    (36, 9, "shusha.label", "duplicate key 'label' (first at line 35, column 9)"),
    (39, 24, "shusha.terms.en[1]", "YAML tag '!!python/object:os.system' is not allowed"),
    (42, 5, "speakers.armenian.peoples", "unknown key 'peoples'", "did you mean 'people'?"),
    (43, 16, "speakers.armenian.patterns[0]", "'(x*)*' nests a quantifier"),
]


@pytest.mark.parametrize("line,column,key,fragments", [(*e[:3], e[3:]) for e in SCHEMA_ERRORS],
                         ids=[f"{e[0]}:{e[1]}" for e in SCHEMA_ERRORS])
def test_each_schema_error_is_reported_at_its_line_and_column(line, column, key, fragments):
    diagnostics = lx.validate([DATA / "schema_errors.yaml"])
    reported(diagnostics, "schema_errors.yaml", line, column, "error", key, *fragments)


def test_all_schema_errors_come_at_once_and_nothing_else():
    with pytest.raises(lx.LexiconError) as raised:
        lx.load_lexicon(DATA / "schema_errors.yaml")
    errors = raised.value.diagnostics
    assert len(errors) == len(SCHEMA_ERRORS), "\n".join(map(str, errors))
    text = str(raised.value)
    assert text.startswith(f"{len(SCHEMA_ERRORS)} errors in lexicon files:")
    for line, column, *_ in SCHEMA_ERRORS:
        assert f"{DATA / 'schema_errors.yaml'}:{line}:{column}: error: " in text


def test_yaml_syntax_error_has_its_position():
    diagnostics = lx.validate([DATA / "syntax_error.yaml"])
    reported(diagnostics, "syntax_error.yaml", 4, 9, "error", "YAML syntax error", "flow mapping, line 3")


def test_missing_top_level_keys_and_empty_file(tmp_path):
    empty = write(tmp_path, "# nothing\n", "empty.yaml")
    (d,) = lx.validate([empty])
    assert str(d) == f"{empty}:1:1: error: the file is empty; expected a mapping with `name`, `camps` and `concepts`"
    listed = write(tmp_path, "- a\n- b\n", "list.yaml")
    assert "expected a mapping with `name`, `camps` and `concepts`" in str(lx.validate([listed])[0])
    bare = write(tmp_path, "name: bare\n", "bare.yaml")
    messages = [str(d) for d in lx.validate([bare])]
    assert f"{bare}:1:1: error: camps: a lexicon file is missing the required key 'camps'" in messages
    assert f"{bare}:1:1: error: concepts: a lexicon file is missing the required key 'concepts'" in messages
    assert f"{bare}:1:1: warning: license: no `license`: say how others may reuse it" in messages


# --------------------------------------------------------------------------------- warnings

WARNINGS = [
    (20, 16, "terms.ru[0]", "'Aрцах' mixes scripts: 'A' (Latin) inside a Cyrillic word"),
    (25, 16, "karabakh.terms.en", "collision: term 'Karabakh' (en) is also a term of variant "
                                  "'warnings:region:nagorno_karabakh' at", "warnings.yaml:19:34"),
    (25, 26, "karabakh.terms.en", "'Nagorno Karabakh' (en) equals 'Nagorno-Karabakh'", "after normalization",
     "warnings.yaml:19:16"),
    (27, 11, "karabakh.terms.de", "language 'de' is not listed in the file's `languages` (en, ru, tr)"),
    (28, 11, "karabakh.terms.eng", "unknown language code 'eng'", "such as 'en'"),
    (31, 15, "karabagh.camp", "camp 'russain' is used but not declared under `camps` (declared: armenian, azerbaijani)"),
    (33, 16, "karabagh.terms.tr", "'Diyarbakır' (tr) equals 'DİYARBAKIR'", "after normalization"),
    (34, 7, "empty.terms", "variant 'empty' has no terms: it can never match"),
]


@pytest.mark.parametrize("line,column,key,fragments", [(*w[:3], w[3:]) for w in WARNINGS],
                         ids=[f"{w[0]}:{w[1]}" for w in WARNINGS])
def test_each_warning_is_reported_at_its_line_and_column(line, column, key, fragments):
    diagnostics = lx.validate([DATA / "warnings.yaml"])
    reported(diagnostics, "warnings.yaml", line, column, "warning", key, *fragments)


def test_warnings_do_not_stop_loading():
    diagnostics = lx.validate([DATA / "warnings.yaml"])
    assert all(d.level == "warning" for d in diagnostics)
    assert len(diagnostics) == len(WARNINGS), "\n".join(map(str, diagnostics))
    lexicon = lx.load_lexicon(DATA / "warnings.yaml")
    assert len(lexicon.diagnostics) == len(WARNINGS)
    # An undeclared camp still loads, so that the analysis can go on; the warning says what to fix.
    assert lx.load_lexicons([DATA / "warnings.yaml"]).camps["russain"].label == "Russain"


def test_case_folding_is_language_aware():
    # Python's lower() keeps a combining dot from "İ" and never produces the dotless "ı".
    assert "DİYARBAKIR".lower() != "diyarbakır"
    from naming.text import fold

    assert fold("DİYARBAKIR", "tr") == fold("Diyarbakır", "tr") == "diyarbakır"
    assert fold("QARABAĞ", "az") == fold("Qarabağ", "az")


def test_decomposed_accents_and_hyphen_variants_are_the_same_term(tmp_path):
    path = mini(tmp_path, """\
        az: [Xankəndi]
        en: [Nagorno‑Karabakh]
        """) .read_text(encoding="utf-8")
    path += textwrap.indent(textwrap.dedent("""\
        xankendi_nfd:
          label: NFD
          camp: azerbaijani
          terms:
            az: ["Xanke\u0306ndi", "Xanka\u0306ndi"]
        nk:
          label: hyphen
          camp: armenian
          terms:
            en: [Nagorno-Karabakh]
        """), " " * 6)
    file = write(tmp_path, path, "nfd.yaml")
    messages = [str(d) for d in lx.validate([file])]
    assert any("'Nagorno-Karabakh' (en) equals 'Nagorno‑Karabakh'" in m for m in messages), messages
    assert not any("Xankăndi" in m for m in messages)   # ă is not ə: different letters stay different


# --------------------------------------------------------------------------------- YAML safety

def test_alias_bomb_is_refused():
    (d,) = lx.validate([DATA / "alias_bomb.yaml"])
    assert str(d).startswith(f"{DATA / 'alias_bomb.yaml'}:2:15: error: more than 100,000 YAML nodes")


def test_deep_nesting_is_refused():
    (d,) = lx.validate([DATA / "deep_nesting.yaml"])
    assert str(d).startswith(f"{DATA / 'deep_nesting.yaml'}:1:57: error: mappings and lists are nested more "
                             "than 50 deep")


def test_recursive_alias_is_refused():
    (d,) = lx.validate([DATA / "recursive_alias.yaml"])
    assert str(d) == (f"{DATA / 'recursive_alias.yaml'}:1:8: error: an alias refers to a node that contains it "
                      "(a recursive structure)")


def test_merge_keys_are_refused_with_a_hint():
    errors = [d for d in lx.validate([DATA / "merge_key.yaml"]) if d.level == "error"]
    assert [str(d) for d in errors] == [
        f"{DATA / 'merge_key.yaml'}:5:5: error: camps.azerbaijani: merge keys ('<<') are not supported: "
        "write the keys out (aliases to whole values are fine)"]


def test_object_tags_never_construct_anything(tmp_path):
    marker = tmp_path / "pwned"
    path = write(tmp_path, f"""\
        name: evil
        camps: !!python/object/apply:os.system ["touch {marker}"]
        concepts: {{}}
        """)
    messages = [str(d) for d in lx.validate([path])]
    assert any("2:8: error: camps: the YAML tag '!!python/object/apply:os.system' is not allowed" in m
               for m in messages), messages
    assert not marker.exists()


def test_file_size_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(located_yaml, "MAX_FILE_BYTES", 100)
    path = write(tmp_path, "name: big\n" + "# padding\n" * 20)
    (d,) = lx.validate([path])
    assert str(d).startswith(f"{path}:1:1: error: the file is 210 bytes; a lexicon file may be at most 100 bytes")


def test_non_utf8_file_says_where(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("name: x\ncamps: {}\nconcepts: {a: Şuşa}\n".encode("utf-8")[:-8] + b"\xfe\xff\n")
    (d,) = lx.validate([path])
    assert str(d).startswith(f"{path}:3:") and "is not UTF-8" in str(d)


# --------------------------------------------------------------------------------- terms

def test_term_kinds_gaps_and_inflection(tmp_path):
    path = mini(tmp_path, """\
        az: [Xankəndi, {phrase: Xankəndi şəhər, inflect: false}]
        en:
          - anti-terror … operation
          - {phrase: "anti-terror ... measure", gap: 1}
          - {lemma: [restore, order]}
          - {glob: "Khank*"}
          - {regex: '\\bXankendi\\b', case_sensitive: true}
        """, extra="inflect: [az]")
    variant = lx.load_lexicon(path).concepts[0].variants[0]
    az, en = variant.terms["az"], variant.terms["en"]
    assert [(t.kind, t.inflect) for t in az] == [("phrase", True), ("phrase", False)]
    assert [(t.kind, t.gap) for t in en] == [("phrase", 2), ("phrase", 1), ("lemma", 0), ("glob", 0), ("regex", 0)]
    assert en[0].segments() == (("anti", "terror"), ("operation",))
    assert en[2].value == "restore order"
    assert en[3].segments() == (("khank*",),)
    assert en[4].case_sensitive and en[4].segments() == ()
    assert str(en[0].location) == f"{path}:20:15"   # the "  - anti-terror … operation" line
    assert variant.id == "mini:capital:khankendi" and variant.concept_id == "mini:capital"


@pytest.mark.parametrize("term,message", [
    ("{regex: '(\\\\w+\\\\s?)*'}", "nests a quantifier"),
    ("{regex: 'a|'}", "matches the empty string"),
    ("{regex: 'x', gap: 2}", "`gap` and `inflect` apply to phrase, lemma and glob terms"),
    ("{lemma: Khankendi, inflect: true}", "a lemma term already matches every inflected form"),
    ("'… Khankendi'", "a gap marker ('…' or '...') must stand between two words"),
    ("{phrase: anti … x, gap: 11}", "expected a whole number from 0 to 10"),
    ("'--'", "has no letters or digits"),
    ("{phrase: x, note: y, kind: z}", "unknown key 'kind' in a term"),
])
def test_bad_terms(tmp_path, term, message):
    path = mini(tmp_path, f"en: [{term}]\n")
    errors = [d for d in lx.validate([path]) if d.level == "error"]
    assert any(message in str(d) for d in errors), "\n".join(map(str, errors))
    assert all(d.location and d.location.line == 18 for d in errors)


@pytest.mark.parametrize("term,message", [
    ("'Карабах*'", "contains '*' or '?'"),
    ("'\\\\bKarabakh\\\\b'", "looks like a regular expression"),
    ("{glob: Karabakh}", "has no '*', '?' or '[...]'"),
    ("{glob: 'К*'}", "fewer than 3 letters"),
    ("{phrase: Qarabağ, inflect: true}", "no suffix table for 'en'"),
])
def test_suspicious_terms_warn(tmp_path, term, message):
    path = mini(tmp_path, f"en: [{term}]\n")
    diagnostics = lx.validate([path])
    assert [d.level for d in diagnostics] == ["warning"], diagnostics
    assert message in str(diagnostics[0]) and diagnostics[0].location.line == 18


def test_safe_regexes_are_accepted(tmp_path):
    path = mini(tmp_path, r"""
        en: [{regex: '\bShush(?:a|i)\b'}, {regex: '(?-i:\bUN\b)'}, {regex: '(?>a+)+b'}]
        """)
    assert lx.validate([path]) == []


# --------------------------------------------------------------------------------- several files

def test_same_name_twice_is_an_error_and_camps_are_shared(tmp_path):
    messages = [str(d) for d in lx.validate([DATA / "part_a.yaml", DATA / "part_b.yaml"])]
    assert any(m.startswith(f"{DATA / 'part_b.yaml'}:2:1: error: name: lexicon name 'shared_name' is also used "
                            f"by {DATA / 'part_a.yaml'}") for m in messages), messages
    # The camp part_b uses is declared in part_a: no warning when the two are loaded together.
    assert not any("not declared" in m for m in messages)
    alone = [str(d) for d in lx.validate([DATA / "part_b.yaml"])]
    assert any("camp 'armenian' is used but not declared" in m for m in alone)


def test_ids_are_namespaced_by_name_or_file_stem(tmp_path):
    renamed = write(tmp_path, (DATA / "part_b.yaml").read_text(encoding="utf-8").replace(
        "name: shared_name\n", ""), "second_half.yaml")
    lexset = lx.load_lexicons([DATA / "part_a.yaml", renamed])
    assert sorted(lexset.variants_by_id) == ["second_half:capital:stepanakert", "shared_name:region:artsakh"]
    assert list(lexset.concepts_by_id) == ["shared_name:region", "second_half:capital"]
    assert list(lexset.camps) == ["armenian"]
    assert lexset.diagnostics and all(d.level == "warning" for d in lexset.diagnostics)


def test_load_lexicons_raises_with_errors_of_every_file():
    with pytest.raises(lx.LexiconError) as raised:
        lx.load_lexicons([DATA / "schema_errors.yaml", DATA / "syntax_error.yaml"])
    files = {d.location.file for d in raised.value.diagnostics}
    assert files == {str(DATA / "schema_errors.yaml"), str(DATA / "syntax_error.yaml")}


# --------------------------------------------------------------------------------- suffix tables

def test_suffix_tables():
    az = lx.load_suffix_table("az")
    assert {"də", "yə", "nin", "dən", "li", "dakı"} <= set(az)
    assert list(az) == sorted(az, key=lambda s: (-len(s), s))
    assert {"da", "ta", "nin", "ndaki"} - set(lx.load_suffix_table("tr")) == {"ndaki"}
    assert "ում" in lx.load_suffix_table("hy")
    assert lx.load_suffix_table("ru") == () and lx.load_suffix_table("../etc") == ()
    assert lx.validate(sorted(LANGUAGES.glob("*.yaml"))) == []


def test_broken_suffix_table(tmp_path):
    folder = tmp_path / "languages"
    folder.mkdir()
    (folder / "xx.yaml").write_text("language: yy\nsuffixes: [da, \"-da\"]\n", encoding="utf-8")
    messages = [str(d) for d in lx.validate([folder / "xx.yaml"])]
    assert f"{folder / 'xx.yaml'}:1:11: error: language: language 'yy' does not match the file name 'xx.yaml'" \
        in messages
    assert any(m.startswith(f"{folder / 'xx.yaml'}:2:16: error:") and "letters only" in m for m in messages)
    with pytest.raises(lx.LexiconError):
        lx.load_suffix_table("xx", folder)


def test_inflected_azerbaijani_forms_match_without_a_model(tmp_path):
    from naming.matching import Matcher

    path = mini(tmp_path, "az: [Xankəndi]\n", extra="inflect: [az]")
    matcher = Matcher(lx.load_lexicons([path]))
    annotator = SurfaceAnnotator()
    for text in ("Xankəndidə bayraq qaldırıldı.", "Xankəndiyə avtobus gəldi.", "Xankəndinin küçələri."):
        assert [m.variant_id for m in matcher.match(annotator.annotate_text(text, "az"), text=text)] == \
            ["mini:capital:khankendi"], text
    text = "Xankəndiqala yoxdur."
    assert matcher.match(annotator.annotate_text(text, "az"), text=text) == []


# --------------------------------------------------------------------------------- show, test, export, scope

def test_run_examples_reports_failures_with_their_location(tmp_path):
    path = mini(tmp_path, """\
        en: [Khankendi]
        """)
    text = path.read_text(encoding="utf-8") + textwrap.indent(textwrap.dedent("""\
        examples:
          match:
            en: ["Flags flew in Khankendi.", "Flags flew in Stepanakert."]
          no_match:
            en: ["Flags flew in Stepanakert."]
        """), " " * 8)
    path.write_text(text, encoding="utf-8")
    results = lx.run_examples(lx.load_lexicons([path]), SurfaceAnnotator())
    assert [(r.expected, r.passed) for r in results] == [(True, True), (True, False), (False, True)]
    failed = results[1]
    assert str(failed).startswith(f"{path}:22:46: FAIL: mini:capital:khankendi [en] expected match")


def test_lexicon_table_and_quanteda_export():
    lexset = lx.load_lexicons(lx.bundled_lexicon_paths())
    table = lx.lexicon_table(lexset)
    assert {"lexicon", "concept", "variant", "camps", "lang", "kind", "term", "role", "location"} <= set(table.columns)
    karabakh = table[table.lexicon == "karabakh"]
    assert set(karabakh.lang) >= {"en", "ru", "hy", "az", "tr", "fr", "de"}
    assert len(table) == sum(len(terms) for v in lexset.variants for table_ in (v.terms, v.exclude)
                             for terms in table_.values())

    exported = lx.export_quanteda(lexset)
    tree = yaml.safe_load(exported)
    region = tree["karabakh"]["region"]
    assert {"nagorno-karabakh", "nagorno karabakh", "нагорн* карабах*"} <= set(region["nagorno_karabakh"])
    assert "xankəndi*" in tree["karabakh"]["capital"]["khankendi"]
    assert "#   karabakh:shusha:shusha [ru]:" in exported   # regex terms are listed, not exported


def test_scope_keeps_lexicons_to_their_topic():
    from naming.matching import Matcher

    lexset = lx.load_lexicons(lx.bundled_lexicon_paths())
    matcher, keep = Matcher(lexset), lx.scope_filter(lexset)
    annotator = SurfaceAnnotator()

    def found(text):
        doc = annotator.annotate_text(text, "en")
        return {m.variant_id for m in keep(doc, matcher.match(doc, text=text), text)}

    ukraine = "The military offensive near Kharkiv continued."
    assert found(ukraine) == {"ukraine:kharkiv:kharkiv"}
    karabakh = "The military offensive in Nagorno-Karabakh continued."
    assert found(karabakh) == {"karabakh:military_action:offensive", "karabakh:region:nagorno_karabakh"}


# --------------------------------------------------------------------------------- the shipped lexicons

def test_bundled_lexicons_validate_cleanly():
    paths = lx.bundled_lexicon_paths()
    assert [p.name for p in paths] == ["karabakh.yaml", "ukraine.yaml", "us_immigration.yaml"]
    assert lx.validate(paths + sorted(LANGUAGES.glob("*.yaml"))) == []


def test_bundled_variants_are_documented_and_exemplified():
    lexset = lx.load_lexicons(lx.bundled_lexicon_paths())
    for variant in lexset.variants:
        langs = {lang for lang, _ in variant.examples_match}
        assert len(langs) >= 2, f"{variant.id}: match examples in {langs}"
        assert variant.examples_no_match, variant.id
        assert variant.camps and all(c in lexset.camps for c in variant.camps), variant.id
    karabakh = lexset.lexicons[0]
    assert set(karabakh.languages) >= {"en", "ru", "hy", "az", "tr", "fr", "de", "uk"}
    assert len(karabakh.sources) >= 5 and karabakh.license


@pytest.mark.parametrize("words,canonical,group", [
    ("US Secretary of State Antony Blinken", "Antony Blinken", "international"),
    ("French President Emmanuel Macron", "Emmanuel Macron", "international"),
    ("Armenian Prime Minister Nikol Pashinyan", "Nikol Pashinyan", "armenian"),
    ("Armenian unrecognized authorities", "Armenian unrecognized authorities", "armenian"),
    ("Artsakh authorities", "Karabakh Armenian authorities", "armenian"),
    ("Karabakh Armenian authorities", "Karabakh Armenian authorities", "armenian"),
    ("the Azerbaijani Defense Ministry", "Azerbaijani Defense Ministry", "azerbaijani"),
    ("Ilham Aliyev", "Ilham Aliyev", "azerbaijani"),
    ("Baku", None, "azerbaijani"),
    ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "russian"),
    ("Zakharova", "Maria Zakharova", "russian"),
    ("Turkish President Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", "turkish"),
    ("Ankara", None, "turkish"),
    ("EU foreign policy chief Josep Borrell", "Josep Borrell", "international"),
    ("the UN", None, "international"),
])
def test_karabakh_speakers(words, canonical, group):
    from naming.speakers import SpeakerDirectory

    lexset = lx.load_lexicons([lx.LEXICONS_DIR / "karabakh.yaml"])
    speaker = SpeakerDirectory(lexset.speakers, lang="en").lookup(words.split())
    assert speaker.group == group
    if canonical:
        assert speaker.name == canonical


@pytest.mark.parametrize("words,group", [
    ("армянского омбудсмена", "armenian"),  # армянский: an adjective's ending declines, -ий → -ого
    ("азербайджанского министерства", "azerbaijani"),
    ("турецкой стороны", "turkish"),
    ("Власти непризнанной Нагорно-Карабахской Республики", "armenian"),
])
def test_karabakh_speakers_in_declined_russian(words, group):
    from naming.speakers import SpeakerDirectory

    lexset = lx.load_lexicons([lx.LEXICONS_DIR / "karabakh.yaml"])
    assert SpeakerDirectory(lexset.speakers, lang="ru").lookup(words.split()).group == group


def test_shipped_examples_pass(models_dir):
    """`naming lexicon test` on every shipped lexicon, loaded together as the pipeline loads them."""
    from naming.nlp import Annotator

    lexset = lx.load_lexicons(lx.bundled_lexicon_paths())
    results = lx.run_examples(lexset, Annotator(models_dir))
    failures = [str(r) for r in results if not r.passed]
    assert not failures, "\n".join(failures)
    assert len(results) > 500


@pytest.mark.parametrize("extra,column,message", [
    ("lean: [azerbaijani, martian]", 21, "lean[1]: unknown camp 'martian'"),
    ("lean: [armenian]", 7, "expected two different camps"),
    ("lean: [armenian, armenian]", 7, "expected two different camps"),
])
def test_lean_axis_names_two_declared_camps(tmp_path, extra, column, message):
    path = mini(tmp_path, "en: [Khankendi]\n", extra=extra)
    (error,) = [d for d in lx.validate([path]) if d.level == "error"]
    assert message in str(error) and (error.location.line, error.location.column) == (6, column), str(error)


def test_declared_lean_axis_is_what_the_report_uses(tmp_path, models_dir):
    """lean: [azerbaijani, armenian] → +1 for Armenian names, whatever camps are most frequent."""
    import json

    from naming.pipeline import Analyzer
    from naming.report import write_report

    path = mini(tmp_path, "en: [Khankendi]\n", extra="lean: [azerbaijani, armenian]")
    lexicons = lx.load_lexicons([path])
    assert lexicons.lean == ("azerbaijani", "armenian")
    analyzer = Analyzer([path], models_dir, tmp_path / "cache")
    run = analyzer.run([write(tmp_path, "Khankendi.\n\nThe flag was raised in Khankendi.\n", "a.txt")])
    write_report(run, analyzer.lexicons, tmp_path / "out", min_n=1)
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["lean_camps"] == ["armenian", "azerbaijani"]          # (positive, negative)
    assert [row["mean"] for row in summary["lean_summary"]] == [-1.0]    # only Azerbaijani names
