"""The attribution cue lexicons of ru, uk, hy, az, tr, fr and de: their format, what they recognise and,
as much, what they must not (nouns and homographs of speech verbs)."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
import yaml

from naming.cues import CUES_DIR, load_cues
from naming.nlp import paragraphs, surface_doc
from naming.speakers import SpeakerDirectory
from naming.text import fold, hyphened_pieces, token_pieces

LANGS = ["ru", "uk", "hy", "az", "tr", "fr", "de"]
SURFACE_LANGS = ["uk", "az", "fr", "de"]   # no Stanza model: regular-expression tokens, no lemma
KEYS = {"lang", "verbs", "needs_particle", "source_prepositions", "source_postpositions", "nouns", "distancing",
        "pronouns", "role_nouns", "titles", "complementizers", "determiners", "auxiliaries", "traits",
        "coordinators", "not_names", "as_openers", "adjunct_prepositions", "time_words", "quote_only", "clause_only",
        "naming_verbs", "name_markers", "name_endings", "case_prepositions", "finding_prepositions", "finding_nouns",
        "object_endings", "name_audiences", "work_nouns", "work_nouns_after", "passive_auxiliaries",
        "extraposing_pronouns", "agent_prepositions", "impersonal_forms", "people_nouns", "adversary_nouns",
        "setting_endings", "concessives", "phrase_final_endings", "genitive_endings", "anaphors", "stance_prepositions",
        "place_endings", "linking_prepositions", "audience_endings", "role_links", "siding_prefixes",
        "opposing_prefixes", "institution_heads", "oblique_sources", "nominative_adjectives", "nominative_nouns",
        "document_nouns", "press_titles", "denial_verbs", "neuter_adjectives", "neuter_endings",
        "place_prepositions", "clause_endings", "oblique_sources", "nominative_adjectives"}


@dataclass
class Tok:
    """A stand-in for naming.nlp.Token: what CueLexicon reads of a token."""
    text: str
    lemma: str | None = None


def is_verb(lang: str, text: str, lemma: str | None = None) -> bool:
    return load_cues(lang).is_verb(Tok(text, lemma))


def raw(lang: str) -> dict:
    return yaml.safe_load((CUES_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))


# --- format -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_is_the_languages_own(lang):
    assert (CUES_DIR / f"{lang}.yaml").is_file()
    cues = load_cues(lang)
    assert cues.lang == lang                      # not the English fallback
    assert cues.verbs.exact or cues.verbs.prefixes
    assert cues.distancing and cues.pronouns and cues.titles and cues.role_nouns
    assert cues.source_prepositions or cues.source_postpositions
    assert "that" not in cues.complementizers
    assert set(raw(lang)) <= KEYS


@pytest.mark.parametrize("lang", LANGS + ["en"])
def test_every_value_is_a_string(lang):
    """YAML 1.1 reads on/off/yes/no as booleans (French "on"!): every entry must stay a string."""
    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                assert isinstance(key, str), key
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        else:
            assert isinstance(node, str), repr(node)
    walk(raw(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_needs_particle_keys_are_verbs(lang):
    cues = load_cues(lang)
    for key, particles in cues.needs_particle.items():
        assert key in cues.verbs, key
        assert particles, key


@pytest.mark.parametrize("lang", LANGS)
def test_distancing_markers_are_exact_words(lang):
    """Distancing markers are matched word by word, never as prefixes: inflected forms are spelt out."""
    data = raw(lang)
    for entry in data["distancing"] + (data.get("source_prepositions") or []) + (data.get("source_postpositions") or []):
        assert "*" not in entry, entry
    for marker in load_cues(lang).distancing:
        assert marker and all(marker), marker


@pytest.mark.parametrize("lang", LANGS)
def test_verb_prefixes_are_not_too_short(lang):
    for prefix in load_cues(lang).verbs.prefixes:
        assert len(prefix) >= 5, prefix


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicates(lang):
    data = raw(lang)
    for key in ("verbs", "nouns", "distancing", "role_nouns", "titles", "source_prepositions", "source_postpositions"):
        entries = [fold(str(e), lang) for e in data.get(key) or []]
        assert len(entries) == len(set(entries)), (key, sorted(e for e in entries if entries.count(e) > 1))


# --- speech verbs -------------------------------------------------------------------------------------

VERBS = {
    "ru": ["заявил", "заявила", "заявили", "заявило", "Заявил", "заявляет", "заявляют", "сказал", "сказала",
           "сказали", "сообщил", "сообщила", "сообщили", "сообщает", "сообщается", "отметил", "отметила",
           "подчеркнул", "подчеркнула", "подчёркивает", "подчеркивает", "добавил", "призвал", "призвала",
           "обвинил", "обвинили", "пояснил", "говорит", "говорится", "считает", "уверен", "уверены",
           "утверждает", "напомнил", "предупредил", "опроверг", "опровергла", "написал", "пишет"],
    "uk": ["заявив", "заявила", "заявили", "Заявив", "сказав", "сказала", "сказали", "каже", "повідомив",
           "повідомила", "повідомили", "повідомляє", "зазначив", "зазначила", "наголосив", "наголосила",
           "наголошує", "підкреслив", "закликав", "звинуватив", "пояснив", "вважає", "стверджує",
           "переконаний", "додав"],
    "hy": ["ասաց", "ասացին", "հայտարարեց", "հայտարարեցին", "Հայտարարեց", "նշեց", "նշել", "հայտնեց", "ընդգծեց",
           "շեշտեց", "ավելացրեց", "հավելեց", "պնդեց", "մեղադրեց", "հերքեց", "ասել", "ասում", "կարծում",
           "հայտարարելով", "կոչ"],
    "tr": ["dedi", "dediler", "söyledi", "söylediler", "söylediğini", "açıkladı", "belirtti", "belirttiler",
           "kaydetti", "vurguladı", "bildirdi", "aktardı", "ekledi", "savundu", "söyleyerek", "belirterek",
           "belirtmiştir", "söylemişti", "diyor", "ifade", "iddia", "belirtildi"],
    "az": ["dedi", "deyib", "bildirib", "bildirdi", "bildiriblər", "bildirərək", "açıqladı", "açıqlayıb",
           "vurğulayıb", "vurğuladı", "vurğulayaraq", "söyləyib", "xatırladıb", "qınayıb", "qeyd", "bəyan",
           "əlavə"],
    "fr": ["déclaré", "dit", "affirmé", "indiqué", "souligné", "ajouté", "estimé", "annoncé", "accusé", "affirme",
           "déclare", "estime", "ajoute", "souligne", "disent", "expliqué", "précisé", "assure", "martèle",
           "Déclare", "appelé", "déclara"],
    "de": ["sagte", "sagt", "sagten", "gesagt", "erklärte", "betonte", "betont", "teilte", "mitgeteilt",
           "kündigte", "angekündigt", "forderte", "vorgeworfen", "bekräftigte", "warnte", "kritisierte",
           "Sagte", "äußerte", "betonten", "warf", "hieß"],
}


@pytest.mark.parametrize("lang,word", [(lang, word) for lang, words in VERBS.items() for word in words])
def test_surface_forms_are_verbs_without_a_lemma(lang, word):
    """Tokens of languages without a lemmatizer, and tokens the weak lemmatizers get wrong, are found
    by their surface form alone."""
    assert is_verb(lang, word)


@pytest.mark.parametrize("lang,text,lemma", [
    ("ru", "рассказала", "рассказать"), ("ru", "подтвердила", "подтвердить"), ("ru", "Говорил", "говорить"),
    ("hy", "պնդում", "պնդել"), ("hy", "համարում", "համարել"), ("hy", "նշում", "նշել"),
    ("tr", "söyler", "söyle"), ("tr", "kaydeder", "kaydet"), ("tr", "vurgular", "vurgula"),
])
def test_lemmas_find_the_forms_not_listed(lang, text, lemma):
    assert is_verb(lang, text, lemma)


@pytest.mark.parametrize("lang,text,lemma", [
    # nouns and homographs of speech verbs
    ("ru", "заявление", "заявление"), ("ru", "Заявления", "заявление"), ("ru", "Карабах", "карабах"),
    ("ru", "сообщение", "сообщение"), ("ru", "сообща", "сообща"), ("ru", "признал", "признать"),
    ("ru", "передает", "передать"),
    ("ru", "так", "так"), ("ru", "называемый", "называемый"), ("ru", "по", "по"), ("ru", "словам", "слово"),
    ("uk", "заява", None), ("uk", "заяви", None), ("uk", "повідомлення", None), ("uk", "Карабах", None),
    ("uk", "словами", None), ("uk", "наголос", None),
    ("hy", "հայտարարություն", "հայտարարություն"), ("hy", "Պնդումները", "Պնդում"), ("hy", "Նշումը", "Նշում"),
    ("hy", "համարում", "համար"), ("hy", "Ղարաբաղ", "Ղարաբաղ"), ("hy", "ըստ", "ըստ"), ("hy", "կոչված", "կոչվել"),
    ("tr", "açıklamasına", "açıkla"), ("tr", "açıklaması", "açıkla"), ("tr", "Bildiri", "bil"),
    ("tr", "Savunma", "savun"), ("tr", "Duyuru", "duyur"), ("tr", "Dedikodu", "dedikot"), ("tr", "de", "de"),
    ("tr", "da", "da"), ("tr", "göre", "göre"), ("tr", "sözde", "söz"), ("tr", "Karabağ", "karabağ"),
    ("az", "açıqlama", None), ("az", "deyil", None), ("az", "bildiriş", None), ("az", "görə", None),
    ("az", "Qarabağ", None), ("az", "sözdə", None), ("az", "bəyanat", None),
    ("fr", "selon", None), ("fr", "Selon", None), ("fr", "déclaration", None), ("fr", "annonce", None),
    ("fr", "dire", None), ("fr", "juge", None), ("fr", "reconnu", None), ("fr", "note", None), ("fr", "soutenu", None),
    ("fr", "prétendu", None), ("fr", "Haut-Karabakh", None), ("fr", "d'après", None),
    ("de", "Sage", None), ("de", "sage", None), ("de", "Erklärung", None), ("de", "laut", None),
    ("de", "Angaben", None), ("de", "Glauben", None), ("de", "sogenannte", None), ("de", "zufolge", None),
    ("de", "Bergkarabach", None),
])
def test_non_cues_are_not_verbs(lang, text, lemma):
    assert not is_verb(lang, text, lemma)


@pytest.mark.parametrize("lang,verb,particle", [
    ("ru", "дал", "понять"), ("uk", "дав", "зрозуміти"), ("uk", "йдеться", "що"), ("hy", "կոչ", "արեց"),
    ("tr", "ifade", "etti"), ("tr", "iddia", "etti"), ("tr", "dile", "getirdi"), ("tr", "açıklama", "yaptı"),
    ("az", "qeyd", "edib"), ("az", "bəyan", "etdi"), ("az", "xəbər", "verir"), ("az", "qeyd", "olunub"),
    ("fr", "appelé", "à"), ("fr", "mis", "garde"), ("fr", "fait", "savoir"),
    ("de", "warf", "vor"), ("de", "fügte", "hinzu"), ("de", "hieß", "es"), ("de", "gab", "bekannt"),
])
def test_verbs_that_need_their_particle(lang, verb, particle):
    cues = load_cues(lang)
    assert fold(particle, lang) in cues.needs_particle[fold(verb, lang)]


@pytest.mark.parametrize("lang,verb", [
    ("ru", "дал"), ("uk", "дали"), ("tr", "açıklama"), ("tr", "dile"), ("az", "məlumat"), ("fr", "fait"),
    ("fr", "appelé"), ("de", "hieß"), ("de", "gab"), ("de", "sprach"),
])
def test_homographs_are_cues_only_with_their_particle(lang, verb):
    """"дал", "açıklama", "fait", "hieß" are words of every kind; they are in `verbs` only to be gated."""
    cues = load_cues(lang)
    assert is_verb(lang, verb)
    assert fold(verb, lang) in cues.needs_particle


def test_idioms_that_are_not_speech_keep_out():
    assert "edilen" not in load_cues("tr").needs_particle["iddia"]       # "iddia edilen" = alleged
    assert "про" not in load_cues("uk").needs_particle["йдеться"]       # "йдеться про" = it is about
    assert "zu" not in load_cues("de").needs_particle["gab"]            # "gab ... zu" is too loose
    assert "an" not in load_cues("de").needs_particle["gab"]


# --- according to X, X'e göre -------------------------------------------------------------------------

@pytest.mark.parametrize("lang,pieces", [
    ("ru", ("по", "словам")), ("ru", ("по", "данным")), ("ru", ("согласно",)), ("ru", ("со", "ссылкой", "на")),
    ("uk", ("за", "словами")), ("uk", ("за", "даними")), ("uk", ("згідно", "з")), ("uk", ("на", "думку")),
    ("hy", ("ըստ",)), ("hy", ("համաձայն",)),
    ("fr", ("selon",)), ("fr", ("d", "après")), ("fr", ("à", "en", "croire")),
    ("de", ("laut",)), ("de", ("nach", "angaben")), ("de", ("so", "der")), ("de", ("unter", "berufung", "auf")),
])
def test_source_prepositions(lang, pieces):
    assert pieces in load_cues(lang).source_prepositions


@pytest.mark.parametrize("lang,pieces", [
    ("tr", ("göre",)), ("tr", ("atfen",)),
    ("az", ("sözlərinə", "görə")), ("az", ("məlumatına", "görə")), ("az", ("istinadən",)),
    ("hy", ("համաձայն",)), ("hy", ("խոսքով",)), ("hy", ("տվյալներով",)),
    ("de", ("zufolge",)), ("de", ("meinung", "nach")),
])
def test_source_postpositions(lang, pieces):
    assert pieces in load_cues(lang).source_postpositions


def test_azerbaijani_gore_alone_is_not_according_to():
    """Azerbaijani görə is also "because of" (buna görə, müharibəyə görə); Turkish göre is not."""
    assert ("görə",) not in load_cues("az").source_postpositions
    assert ("göre",) in load_cues("tr").source_postpositions


@pytest.mark.parametrize("lang", ["ru", "uk", "tr", "az"])
def test_languages_with_the_source_on_one_side_only(lang):
    cues = load_cues(lang)
    assert not (cues.source_prepositions and cues.source_postpositions)


# --- distancing -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,pieces", [
    ("ru", ("так", "называемый")), ("ru", ("так", "называемая")), ("ru", ("так", "называемой")),
    ("ru", ("так", "называемых")), ("ru", ("самопровозглашенной",)), ("ru", ("самопровозглашённой",)),
    ("ru", ("якобы",)),
    ("uk", ("так", "званий")), ("uk", ("так", "звана")), ("uk", ("так", "званої")), ("uk", ("самопроголошеної",)),
    ("uk", ("нібито",)),
    ("hy", ("այսպես", "կոչված")), ("hy", ("ինքնահռչակ",)),
    ("tr", ("sözde",)), ("tr", ("sözüm", "ona")), ("tr", ("kendinden", "menkul")),
    ("az", ("sözdə",)), ("az", ("qondarma",)), ("az", ("guya",)),
    ("fr", ("soi", "-", "disant")), ("fr", ("soi", "disant")), ("fr", ("autoproclamée",)),
    ("fr", ("auto", "-", "proclamée")), ("fr", ("prétendue",)),
    ("de", ("sogenannte",)), ("de", ("sogenannten",)), ("de", ("so", "genannte")), ("de", ("sog",)),
    ("de", ("selbsternannten",)), ("de", ("angebliche",)),
])
def test_distancing_markers(lang, pieces):
    assert pieces in load_cues(lang).distancing


@pytest.mark.parametrize("lang,stem,endings", [
    ("ru", "так называем", ["ый", "ая", "ое", "ые", "ого", "ой", "ых", "ым", "ом", "ому", "ую", "ыми"]),
    ("ru", "самопровозглашенн", ["ый", "ая", "ое", "ые", "ого", "ой", "ых", "ым", "ом", "ому", "ую", "ыми"]),
    ("ru", "самопровозглашённ", ["ый", "ая", "ое", "ые", "ого", "ой", "ых", "ым", "ом", "ому", "ую", "ыми"]),
    ("uk", "так зван", ["ий", "а", "е", "і", "ого", "ої", "их", "ому", "ій", "им", "у", "ою", "ими"]),
    ("uk", "самопроголошен", ["ий", "а", "е", "і", "ого", "ої", "их", "ому", "ій", "им", "у", "ою", "ими"]),
    ("fr", "autoproclamé", ["", "e", "s", "es"]),
    ("fr", "prétendu", ["", "e", "s", "es"]),
    ("de", "sogenannt", ["e", "er", "en", "em", "es"]),
    ("de", "so genannt", ["e", "er", "en", "em", "es"]),
    ("de", "selbsternannt", ["e", "er", "en", "em", "es"]),
])
def test_distancing_lists_every_inflection(lang, stem, endings):
    markers = load_cues(lang).distancing
    for ending in endings:
        assert tuple(fold(stem + ending, lang).split()) in markers, stem + ending


# --- pronouns, titles -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,pronoun,kind", [
    ("ru", "он", "person"), ("ru", "они", "any"), ("uk", "він", "person"), ("uk", "вони", "any"),
    ("hy", "նա", "person"), ("hy", "նրա", "person"), ("hy", "վերջինս", "any"), ("tr", "o", "any"),
    ("tr", "ona", "any"), ("az", "onun", "any"), ("fr", "on", "any"), ("fr", "il", "any"), ("fr", "lui", "any"),
    ("de", "er", "any"), ("de", "es", "group"), ("en", "we", "writer"), ("ru", "мы", "writer"), ("tr", "ben", "writer"),
])
def test_pronouns(lang, pronoun, kind):
    assert load_cues(lang).pronouns[fold(pronoun, lang)] == kind


@pytest.mark.parametrize("lang,words,name", [
    ("ru", "Министр иностранных дел Армении Арарат Мирзоян", "Арарат Мирзоян"),
    ("ru", "официальный представитель МИД России Мария Захарова", "Мария Захарова"),
    ("uk", "Міністр закордонних справ України Дмитро Кулеба", "Дмитро Кулеба"),
    ("hy", "ՀՀ վարչապետ Նիկոլ Փաշինյանը", "Նիկոլ Փաշինյանը"),
    ("tr", "Ermenistan Başbakanı Nikol Paşinyan", "Nikol Paşinyan"),
    ("tr", "Azerbaycan Cumhurbaşkanı İlham Aliyev", "İlham Aliyev"),
    ("az", "Azərbaycan Prezidenti İlham Əliyev", "İlham Əliyev"),
    ("fr", "Le Premier ministre arménien Nikol Pachinian", "Nikol Pachinian"),
    ("fr", "Jean Yves Le Drian", "Jean Yves Le Drian"),          # "le" inside a name is not a title
    ("de", "Der armenische Regierungschef Nikol Paschinjan", "Nikol Paschinjan"),
    ("de", "Außenminister Ararat Mirsojan", "Ararat Mirsojan"),
])
def test_titles_leave_the_name(lang, words, name):
    cues = load_cues(lang)
    directory = SpeakerDirectory(lang=lang, words=cues.speaker_words)
    assert directory.canonical_from_phrase(words.split()) == name


INSTITUTIONS = {
    "ru": ["министерство", "МИД", "Минобороны", "правительство", "ведомство", "представительство", "посольство"],
    "uk": ["міністерство", "МЗС", "Міноборони", "уряд", "відомство", "посольство"],
    "hy": ["նախարարությունը", "ԱԳՆ", "ՊՆ", "կառավարությունը", "դեսպանատունը", "գերատեսչությունը"],
    "tr": ["bakanlık", "bakanlığı", "cumhurbaşkanlığı", "hükümet", "büyükelçilik", "başbakanlık"],
    "az": ["nazirlik", "nazirliyi", "XİN", "hökumət", "səfirlik", "nümayəndəlik"],
    "fr": ["ministère", "gouvernement", "présidence", "ambassade", "Kremlin"],
    "de": ["Ministerium", "Außenministerium", "Regierung", "Botschaft", "Kreml"],
}
PEOPLE = {
    "ru": ["министр", "президент", "представитель"], "uk": ["міністр", "президент", "речник"],
    "hy": ["նախարարը", "նախագահը", "խոսնակը"], "tr": ["bakan", "cumhurbaşkanı", "sözcüsü"],
    "az": ["nazir", "prezident", "sözçüsü"], "fr": ["ministre", "président", "porte-parole"],
    "de": ["Minister", "Präsident", "Sprecher"],
}


@pytest.mark.parametrize("lang", LANGS)
def test_institutions_are_roles_but_not_titles(lang):
    """A role noun alone ("the ministry said") resolves to an earlier speaker; one that is also a title
    is taken for a person. So institution words must not fall under a title, not even by a prefix."""
    cues = load_cues(lang)
    for word in INSTITUTIONS[lang]:
        key = fold(word, lang)
        assert key in cues.role_nouns, word
        assert key not in cues.titles, word
    for word in PEOPLE[lang]:
        key = fold(word, lang)
        assert key in cues.role_nouns and key in cues.titles, word


# --- against real tokens ---------------------------------------------------------------------------------

def surface_tokens(text: str, lang: str):
    return surface_doc(text, lang, paragraphs(text, 0, len(text))).tokens


def contains(sequence: list[str], pieces: tuple[str, ...]) -> bool:
    n = len(pieces)
    return any(tuple(sequence[i:i + n]) == pieces for i in range(len(sequence) - n + 1))


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Міністр заявив, що заява МЗС та повідомлення уряду нібито помилкові, — повідомила речниця.",
     {"заявив", "повідомила"}),
    ("az", "Nazir bildirib ki, açıqlama deyil, bəyanat vacibdir. Buna görə də o deyib ki, sülh olacaq.",
     {"bildirib", "deyib"}),
    ("fr", "Selon le ministre, la déclaration a été faite, a-t-il déclaré. Le juge a reconnu la note, affirme-t-elle.",
     {"déclaré", "affirme"}),
    ("de", "Der Minister sagte, die Sage von der Erklärung sei laut Angaben falsch. Er betonte es, hieß es.",
     {"sagte", "betonte", "hieß"}),
])
def test_verbs_in_surface_tokenized_sentences(lang, text, expected):
    cues = load_cues(lang)
    assert {t.text for t in surface_tokens(text, lang) if cues.is_verb(t)} == expected


@pytest.mark.parametrize("lang,text,kind,pieces", [
    ("uk", "За словами речника, ситуація стабільна.", "pre", ("за", "словами")),
    ("fr", "Selon le ministère, la situation est stable.", "pre", ("selon",)),
    ("fr", "Le cessez-le-feu tient, à en croire Bakou.", "pre", ("à", "en", "croire")),
    ("de", "Laut Außenministerium ist die Lage stabil.", "pre", ("laut",)),
    ("de", "Die Lage ist stabil, so der Sprecher.", "pre", ("so", "der")),
    ("de", "Dem Ministerium zufolge wurde nicht geschossen.", "post", ("zufolge",)),
    ("az", "Nazirin sözlərinə görə, sülh vacibdir.", "post", ("sözlərinə", "görə")),
    ("az", "APA-nın məlumatına görə, atəş dayanıb.", "post", ("məlumatına", "görə")),
])
def test_source_words_match_surface_tokens(lang, text, kind, pieces):
    """The matcher compares whole folded tokens with the pieces of an entry."""
    cues = load_cues(lang)
    entries = cues.source_prepositions if kind == "pre" else cues.source_postpositions
    assert pieces in entries
    assert contains([fold(t.text, lang) for t in surface_tokens(text, lang)], pieces)


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc"])
def test_d_apres_is_a_source_across_the_elision(apostrophe):
    """The regular-expression tokenizer keeps d'après as one token: source prepositions are compared
    piece by piece, so d'après (two pieces) is found in it, whatever the apostrophe."""
    from naming.attribution import attribute
    from naming.corpus import make_article

    text = f"D{apostrophe}après l{apostrophe}AFP, les combats ont cessé."
    assert contains([p for t in surface_tokens(text, "fr") for p in token_pieces(t.text, "fr")], ("d", "après"))
    article = make_article(text, id="fr", source="fr", headline_from_first_line=False)
    doc = surface_doc(text, "fr", paragraphs(text, 0, len(text)))
    (reported,) = attribute(doc, article, SpeakerDirectory(lang="fr"), load_cues("fr")).attributions
    assert reported.kind == "reported" and reported.cue.text == f"D{apostrophe}après"
    assert reported.source.text == f"l{apostrophe}AFP"
    assert reported.content.text == "les combats ont cessé"


@pytest.mark.parametrize("lang,text,pieces", [
    ("uk", "Так звана «республіка» не існує.", ("так", "звана")),
    ("uk", "Органи самопроголошеної республіки розпущено.", ("самопроголошеної",)),
    ("az", 'Nazir sözdə "DQR" haqqında danışıb.', ("sözdə",)),
    ("fr", "La soi-disant république était dissoute.", ("soi", "-", "disant")),
    ("fr", "Le gouvernement auto-proclamé est parti.", ("auto", "-", "proclamé")),
    ("fr", "Le gouvernement auto\u2011proclamé est parti.", ("auto", "-", "proclamé")),
    ("de", "Die so genannte Republik ist aufgelöst.", ("so", "genannte")),
    ("de", "Die sog. Republik ist aufgelöst.", ("sog",)),
    ("de", "Die Sogenannte Republik ist aufgelöst.", ("sogenannte",)),
])
def test_distancing_matches_surface_tokens(lang, text, pieces):
    assert pieces in load_cues(lang).distancing
    assert contains([p for _, _, p in hyphened_pieces(text, lang)], pieces)


@pytest.fixture(scope="module")
def annotator(models_dir):
    from naming.nlp import Annotator

    return Annotator(models_dir=models_dir)


@pytest.mark.parametrize("lang,text,expected,absent", [
    ("ru", "Министр заявил, что заявление МИД не признал Карабах. По словам Захаровой, она сообщила это.",
     {"заявил", "сообщила"}, {"заявление", "признал", "словам"}),
    ("hy", "Նախարարը հայտարարեց, որ հայտարարությունը սուտ է։ Նա նշել է, որ պնդումները կեղծ են։",
     {"հայտարարեց", "նշել"}, {"հայտարարությունը", "պնդումները"}),
    ("tr", "Bakan, açıklamasında durumun ciddi olduğunu belirtti. Bildiri yayımlandı ve savunma güçlendi, dedi.",
     {"belirtti", "dedi"}, {"açıklamasında", "Bildiri", "savunma"}),
])
def test_verbs_in_stanza_tokenized_sentences(annotator, lang, text, expected, absent):
    """ru, hy and tr run Stanza's tokenizer and lemmatizer: the cue words are found, the nouns are not,
    whatever lemma the model gives them."""
    cues = load_cues(lang)
    doc = annotator.annotate_text(text, lang)
    found = {t.text for t in doc.tokens if cues.is_verb(t)}
    assert expected <= found
    assert not (absent & found)


@pytest.mark.parametrize("lang,text,pieces", [
    ("ru", "Так называемая «республика» распущена.", ("так", "называемая")),
    ("ru", "Власти самопровозглашённой республики ушли.", ("самопровозглашённой",)),
    ("hy", "Այսպես կոչված ինքնահռչակ ռեժիմը լուծարվել է։", ("այսպես", "կոչված")),
    ("tr", "Sözde cumhuriyet feshedildi.", ("sözde",)),
])
def test_distancing_matches_stanza_tokens(annotator, lang, text, pieces):
    """The markers are matched on the sentence's text, cut as they are; each piece lies in a Stanza token, which
    the distancing starts at."""
    doc = annotator.annotate_text(text, lang)
    spans = hyphened_pieces(text, lang)
    assert contains([p for _, _, p in spans], pieces)
    assert all(any(t.start <= start < t.end for t in doc.tokens) for start, _, _ in spans)


@pytest.mark.parametrize("lang,text,pieces", [
    ("hy", "Ըստ ԱԳՆ-ի, իրավիճակը կայուն է։", ("ըստ",)),
    ("hy", "ՊՆ-ի տվյալներով, կրակոցներ չեն եղել։", ("տվյալներով",)),
    ("tr", "Dışişleri Bakanlığı'nın açıklamasına göre saldırı gece yapıldı.", ("göre",)),
    ("ru", "По словам Захаровой, Баку нарушил договор.", ("по", "словам")),
])
def test_source_words_match_stanza_tokens(annotator, lang, text, pieces):
    doc = annotator.annotate_text(text, lang)
    assert contains([fold(t.text, lang) for t in doc.tokens], pieces)


@pytest.mark.parametrize("word,wrong_lemma,cue", [("slammed", "slamm", "slam"), ("favored", "favore", "favor"),
                                                  ("lambasted", "lambast", "lambaste"), ("bragged", "bragge", "brag"),
                                                  ("decries", "decries", "decry"), ("slamming", "slamm", "slam"),
                                                  ("lambasting", "lambast", "lambaste")])
def test_a_verb_whose_lemma_the_lemmatizer_got_wrong_is_read_off_its_surface(word, wrong_lemma, cue):
    from naming.nlp import Token

    cues = load_cues("en")
    assert cue in cues.verbs and wrong_lemma not in cues.verbs
    assert cues.verb_key(Token(0, word, 0, len(word), 0, lemma=wrong_lemma, upos="VERB")) == cue
    # a noun keeps its own reading: "thanks", "planes", "rulings" are no verbs
    assert cues.verb_key(Token(0, word, 0, len(word), 0, lemma=wrong_lemma, upos="NOUN")) is None


def test_inflections_are_suffixes_with_their_replacements():
    for path in sorted(CUES_DIR.glob("*.yaml")):
        inflections = yaml.safe_load(path.read_text(encoding="utf-8")).get("inflections") or {}
        for suffix, replacements in inflections.items():
            assert isinstance(suffix, str) and suffix, path
            assert all(isinstance(r, str) for r in replacements), path


def test_a_misspelt_key_is_an_error_that_says_where(tmp_path):
    """A user extending a cue lexicon who writes `quote_onyl:` would otherwise get a key read as nothing."""
    (tmp_path / "en.yaml").write_text((CUES_DIR / "en.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "xx.yaml").write_text("lang: xx\nverbs: [dit]\nquote_onyl: [poursuit]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"xx\.yaml:3:1: unknown key 'quote_onyl' .*did you mean 'quote_only'"):
        load_cues("xx", tmp_path)


def test_a_cue_lexicon_that_is_no_mapping_is_an_error_naming_the_file(tmp_path):
    (tmp_path / "xx.yaml").write_text("- dit\n- déclare\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"xx\.yaml: a cue lexicon is a mapping"):
        load_cues("xx", tmp_path)


@pytest.mark.parametrize("lang", LANGS + ["en"])
def test_every_bundled_cue_lexicon_loads_with_known_keys_only(lang):
    assert load_cues(lang).lang == lang


def test_a_duplicate_key_in_a_cue_lexicon_is_an_error_that_says_where(tmp_path):
    """YAML keeps the last of two `verbs:` lists and drops the first without a word."""
    (tmp_path / "en.yaml").write_text((CUES_DIR / "en.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "xx.yaml").write_text("lang: xx\nverbs: [dit]\nverbs: [dire]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"xx\.yaml:3:1: duplicate key 'verbs' \(first at line 2"):
        load_cues("xx", tmp_path)


def test_a_yaml_boolean_where_a_word_was_meant_is_an_error_naming_the_key(tmp_path):
    """'sound: [off]' read as [false] made the particle "false": the idiom never matched, silently."""
    (tmp_path / "en.yaml").write_text((CUES_DIR / "en.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "xx.yaml").write_text("lang: xx\nverbs: [call]\nidle_particles: {call: [off]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"xx\.yaml: idle_particles\.call: false is a YAML boolean, not a word"):
        load_cues("xx", tmp_path)


@pytest.mark.parametrize("entry,message", [
    ("nominative_nouns: [ов, ы]", r"nominative_nouns: a mapping \(\{key: value, …\}\) is expected here, not a list"),
    ("verbs: say", r"verbs: a list \(\[…\]\) is expected here, not a str"),
    ("lang: [xx]", r"lang: a word is expected here, not a list"),
])
def test_a_cue_lexicon_value_of_the_wrong_shape_is_an_error_naming_file_and_key(tmp_path, entry, message):
    (tmp_path / "en.yaml").write_text((CUES_DIR / "en.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "xx.yaml").write_text(f"needs_particle: {{}}\n{entry}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"xx\.yaml: " + message):
        load_cues("xx", tmp_path)


def test_every_mapping_key_is_a_field_of_the_cue_lexicon():
    from dataclasses import fields

    from naming.cues import MAPPING_KEYS, CueLexicon
    assert MAPPING_KEYS <= {f.name for f in fields(CueLexicon)}


def test_an_unknown_pronoun_kind_is_an_error_naming_the_file(tmp_path):
    (tmp_path / "en.yaml").write_text("lang: en\nverbs: [say]\npronouns: {he: person}\n", encoding="utf-8")
    (tmp_path / "xx.yaml").write_text("lang: xx\nverbs: [say]\npronouns: {il: persn}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"xx\.yaml: pronouns: unknown kinds \['persn'\]"):
        load_cues("xx", tmp_path)


def test_an_unknown_sex_of_a_title_is_an_error_naming_the_file(tmp_path):
    (tmp_path / "en.yaml").write_text("lang: en\nverbs: [say]\n", encoding="utf-8")
    (tmp_path / "xx.yaml").write_text("lang: xx\nverbs: [say]\nsexed_titles: {herr: male}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"xx\.yaml: sexed_titles: unknown values \['male'\]"):
        load_cues("xx", tmp_path)
