"""Per-language attribution cues (speech verbs, "according to", distancing markers), kept as YAML data.

Entries ending in `*` are prefixes, for languages matched on surface forms (заявил*, açıkla*).
Each entry is compared, folded, with a token's lemma and with its surface form; source prepositions and
postpositions piece by piece (`naming.text.token_pieces`), so "d'après" is found in one surface token.
Where tokens have no tags, `titles`, `role_nouns`, `determiners` and `auxiliaries` mark out a speaker's
noun phrase and `traits` say where it stands (see the fields of `CueLexicon`).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from pathlib import Path

from .located_yaml import read_yaml_data
from .speakers import SpeakerWords
from .text import APOSTROPHE, fold, hyphened_pieces, phrase_pieces, plain_apostrophes

# lexicons/cues beside the package in a checkout; the copy a wheel installs in the package otherwise
_CHECKOUT_CUES = Path(__file__).resolve().parent.parent / "lexicons" / "cues"
CUES_DIR = _CHECKOUT_CUES if (_CHECKOUT_CUES / "en.yaml").is_file() else Path(__file__).resolve().parent / "data" / "lexicons" / "cues"
# The keys whose value maps a word to words or an ending to an ending; every other key but `lang` is a list.
MAPPING_KEYS = frozenset({"needs_particle", "idle_particles", "name_audiences", "stance_adjectives", "object_nouns",
                          "pronouns", "sexed_titles", "named_roles", "inflections", "nominative_adjectives",
                          "nominative_nouns", "neuter_adjectives"})
SHAPE_NAMES = {str: "word", dict: "mapping ({key: value, …})", list: "list ([…])"}
TRAITS = frozenset({"nouns_capitalized", "verb_final", "head_final", "dialogue_dashes", "copula_dashes"})


@dataclass(frozen=True)
class WordSet:
    """Exact words and prefixes (from entries ending in `*`), folded."""
    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()

    @classmethod
    def of(cls, words, lang: str) -> "WordSet":
        exact, prefixes = set(), []
        for word in words or ():
            word = fold(str(word), lang)
            if word.endswith("*"):
                prefixes.append(word[:-1])
            else:
                exact.add(word)
        return cls(frozenset(exact), tuple(prefixes))

    def __contains__(self, word: str) -> bool:
        return word in self.exact or any(word.startswith(p) for p in self.prefixes)

    def __or__(self, other: "WordSet") -> "WordSet":
        return WordSet(self.exact | other.exact, self.prefixes + other.prefixes)


@dataclass(frozen=True)
class CueLexicon:
    lang: str
    verbs: WordSet = WordSet()
    needs_particle: dict[str, frozenset[str]] = field(default_factory=dict)
    # Particles that make a cue verb no cue: "showed up at the polls", "called off the deal".
    idle_particles: dict[str, frozenset[str]] = field(default_factory=dict)
    quote_only: WordSet = WordSet()  # cues only beside a quote or before a colon: 'he continued: "…"'
    # Verbs of action, attitude and perception that are cues only where they report a clause, a quote, an
    # infinitive or an "as" framing ('Aliyev ordered that …', 'Trump attacked Clinton as "crooked"'): their
    # plain object is the outlet's wording ("Azerbaijani forces attacked Armenian positions" reports nothing).
    clause_only: WordSet = WordSet()
    # Verbs of denial, whose object names what the accusers say: held at arm's length ("Baku denied ethnic cleansing")
    denial_verbs: WordSet = WordSet()
    # Endings of a verb made a noun to close a clause, which a denial of it reports as the speaker's own words
    # ("… etnik temizlik yapıldığını reddetti")
    clause_endings: tuple[str, ...] = ()
    # A naming participle and the preposition before those who use the name it gives: 'the region, known
    # to Armenians as Artsakh' (the Armenians say "Artsakh"); "known as Artsakh" alone names no speaker.
    name_audiences: dict[str, frozenset[str]] = field(default_factory=dict)
    source_prepositions: tuple[tuple[str, ...], ...] = ()   # folded pieces of "according to" forms
    adverbial_phrases: tuple[tuple[str, ...], ...] = ()  # "in particular": an adverb of several words
    # What opens a sentence whose cue reports the sentence before: "Об этом заявил …", "Das sagte …"
    anaphors: tuple[tuple[str, ...], ...] = ()
    # Opening a sentence, before a speaker the lexicon knows and a comma: whose view the rest is ("Pour Bakou, …")
    stance_prepositions: tuple[tuple[str, ...], ...] = ()
    source_postpositions: tuple[tuple[str, ...], ...] = ()  # source BEFORE the cue: "X'e göre", "X-ə görə"
    nouns: WordSet = WordSet()
    # Documents put out by whoever "unveiled", "published" or "adopted" them, no cues themselves: "According to the
    # plan, …" after "The government has unveiled a five-year plan" is the government's.
    document_nouns: WordSet = WordSet()
    # Nouns whose "that" clause is their owner's words: "Baku's claim that …", "his warning that …".
    clause_nouns: WordSet = WordSet()
    # Adjectives of belief and feeling whose "that" clause is their subject's view: "Baku is confident that …".
    clause_adjectives: WordSet = WordSet()
    # Nouns of speech acts and the prepositions of their object, owned by a possessive: "Trump's attacks on Clinton".
    object_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # Adjectives of stance and the prepositions whose object they judge: "Trump was critical of Obama's leadership".
    stance_adjectives: dict[str, frozenset[str]] = field(default_factory=dict)
    distancing: tuple[tuple[str, ...], ...] = ()
    pronouns: dict[str, str] = field(default_factory=dict)
    sexed_titles: dict[str, str] = field(default_factory=dict)  # "mr." → man: whom "she" cannot stand for
    # "the senator" → the words that call somebody so before ("sen.", "senator"): the person it stands for
    named_roles: dict[str, frozenset[str]] = field(default_factory=dict)
    role_nouns: WordSet = WordSet()
    # People who speak as themselves ("жительница Степанакерта", "une habitante", "experts"): speaker phrases
    # as role nouns are, and among them, but never a later mention of a speaker named before, as "the minister" is
    people_nouns: WordSet = WordSet()
    # The other side of whom a possessive names: "his critics" are not on his side, as "his aides" are.
    adversary_nouns: WordSet = WordSet()
    institution_heads: WordSet = WordSet()  # "Associated Press", "Nashua Community College": no person
    # Words of a journalist's title, in small letters: the institution before them is a beat, not an employer ("White
    # House correspondent Ed Henry" speaks for no White House).
    press_titles: WordSet = WordSet()
    titles: WordSet = WordSet()
    complementizers: WordSet = WordSet()
    # Read where tokens have no tags (surface and lemma levels), to find a speaker's noun phrase:
    # articles and linking prepositions inside one ("le ministère de la Défense", "dem … Ministerium"),
    # auxiliaries between the speaker and the verb ("a déclaré", "hat erklärt").
    determiners: WordSet = WordSet()
    auxiliaries: WordSet = WordSet()
    # Between a role and whom it serves: "a spokesman for Aliyev" is of Aliyev's side, not Aliyev.
    role_links: WordSet = WordSet()
    # Joined by a hyphen before a name, a prefix that puts the phrase on the name's side ("pro-Russian
    # separatists"), or that makes it no speaker of the name's, of no side told ("anti-Aliyev", "non-Trump"); the
    # name after any other is the speaker as before ("Cuban-American", "Nagorno-Karabakh").
    siding_prefixes: WordSet = WordSet()
    opposing_prefixes: WordSet = WordSet()
    # Facts of the language that decide where the speaker stands without a parse (YAML `traits: [...]`):
    # nouns_capitalized: a noun starts with a capital (German), so lowercase words between an article and
    #   the next capitalised word are its adjectives ("dem aserbaidschanischen Verteidigungsministerium").
    # verb_final: the verb closes the clause and the speaker opens it (Turkish, Azerbaijani):
    #   'X, "…" dedi', 'X, …dığını söyledi'.
    # head_final: a noun phrase's head noun comes last, after its modifiers, and takes its case ending there
    #   (Turkish, Azerbaijani, Armenian: "Ermeni yetkililerine", "Ադրբեջանական կողմի"; see `in_nominative`).
    # dialogue_dashes: a paragraph that opens with a dash holds direct speech, the author's words after the
    #   next dash ("— Мы не уйдём, — сказала жительница."; see `naming.quotes.dialogue_quotes`).
    # copula_dashes: a dash with no comma before it may stand for "is" inside a clause ("что Арцах — их дом"),
    #   so it ends a reported clause only after a comma (", — сказал он") or before another cue.
    nouns_capitalized: bool = False
    verb_final: bool = False
    head_final: bool = False
    dialogue_dashes: bool = False
    copula_dashes: bool = False
    # Also read where tokens have no tags:
    # not_names: words that open a sentence with a capital and are never (part of) a name: "Как",
    #   "Однако", "Comme", "Wie".
    # as_openers: "Как заявил X, …", "Comme l'a déclaré X, …", "Wie X sagte, …": the speaker follows the
    #   cue up to the comma, the content is the rest of the sentence. With tags, an "as" clause set off by
    #   commas reports only up to its closing comma ("Karabakh, as Azerbaijanis call the region, …").
    # adjunct_prepositions and time_words: "hat am Montag erklärt", "в понедельник заявил", "a déclaré
    #   lundi": a time word (weekday, month, "yesterday"), maybe after one of these prepositions, and a
    #   phrase one of these prepositions opens between the speaker and the cue are no part of the speaker.
    not_names: WordSet = WordSet()
    as_openers: WordSet = WordSet()
    adjunct_prepositions: WordSet = WordSet()
    time_words: WordSet = WordSet()
    # Grammar words that the rules over a parse read (see en.yaml for what each does). A language's file
    # that leaves one out takes English's, so that a parse of any language is read as before.
    relative_pronouns: WordSet = WordSet()
    person_relatives: WordSet = WordSet()
    free_relatives: WordSet = WordSet()
    passive_auxiliaries: WordSet = WordSet()
    naming_verbs: WordSet = WordSet()
    concessives: WordSet = WordSet()
    place_prepositions: WordSet = WordSet()
    cue_prepositions: WordSet = WordSet()
    object_prepositions: WordSet = WordSet()
    infinitive_markers: WordSet = WordSet()
    linking_prepositions: WordSet = WordSet()
    agent_prepositions: WordSet = WordSet()
    owner_prepositions: WordSet = WordSet()
    head_prepositions: WordSet = WordSet()
    coordinators: WordSet = WordSet()
    correlatives: WordSet = WordSet()
    verb_forms: WordSet = WordSet()
    floating_quantifiers: WordSet = WordSet()
    member_determiners: WordSet = WordSet()
    quantifier_subjects: WordSet = WordSet()
    heading_labels: WordSet = WordSet()
    absolute_prepositions: WordSet = WordSet()
    setting_prepositions: WordSet = WordSet()
    adverbs: WordSet = WordSet()
    control_verbs: WordSet = WordSet()
    idle_nouns: WordSet = WordSet()
    work_nouns: WordSet = WordSet()
    # Locative endings that make a noun of speech the occasion of the words: "yaptığı açıklamada, …"
    setting_endings: tuple[str, ...] = ()
    # Endings that close a noun phrase without tags (the Armenian definite article -ը): a word after one is the next
    # phrase ('Փաշինյանը Բաքվին մեղադրեց': the speaker, then the object).
    phrase_final_endings: tuple[str, ...] = ()
    work_nouns_after: WordSet = WordSet()  # where the noun follows its title: '“…” filmi', '«…» ֆիլմը'
    concessive_adverbs: WordSet = WordSet()
    obligation_modals: WordSet = WordSet()
    question_words: WordSet = WordSet()
    postnominal_adjectives: WordSet = WordSet()
    participle_openers: WordSet = WordSet()
    adverbial_subordinators: WordSet = WordSet()
    subject_control: WordSet = WordSet()
    impersonal_adjectives: WordSet = WordSet()
    linking_verbs: WordSet = WordSet()
    existentials: WordSet = WordSet()
    extraposing_pronouns: WordSet = WordSet()
    impersonal_forms: WordSet = WordSet()  # cue forms that report with nobody named: 'Сообщается, что …'
    participle_control: WordSet = WordSet()
    addressed_verbs: WordSet = WordSet()
    audience_verbs: WordSet = WordSet()
    audience_nouns: WordSet = WordSet()
    duration_prepositions: WordSet = WordSet()
    durations: WordSet = WordSet()
    months: WordSet = WordSet()  # time words only after a lowercase word: "in late August", not "August Wilson"
    number_words: WordSet = WordSet()  # numbers the weak tagger may call nouns: "one in five"
    comparatives: WordSet = WordSet()  # "more than 4 in 10", "fewer than half"
    content_proforms: WordSet = WordSet()  # "thinks so": a word that stands for what was said
    reflexives: WordSet = WordSet()  # "calls himself", whatever the tagger calls the pronoun
    # Verbs of saying, the only cues whose speaker may follow them after a comma ("…, said Mark Jones"), where
    # a language lists them; a language that lists none takes any cue's ("…, a déclaré le ministre")
    inverting_verbs: WordSet = WordSet()
    # Forms of cue verbs that are plural nouns unless the tagger calls them verbs ("eight states", "his remarks")
    plural_nouns: WordSet = WordSet()
    # Set-off phrases that look like a pronoun and a cue and report nothing ("you know,", "you see,")
    discourse_markers: frozenset[str] = frozenset()
    # An interview's answer label ("A:"), read as written (capitalised): the answer is the interviewee's
    answer_labels: frozenset[str] = frozenset()
    # Regular inflections, suffix → what stands for it in the lemma, read off a verb's surface when the
    # lemmatizer gets the lemma wrong ("slammed" → "slamm", "favored" → "favore"), and off a headline's
    # capitalised words, which the tagger takes for names ("Pashinyan Calls …").
    inflections: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # "In the latest CNN/ORC poll released Wednesday, he fell to 10 percent": a poll, survey or study named
    # after one of these prepositions at the head of the sentence is the source of the rest of it.
    finding_prepositions: WordSet = WordSet()
    finding_nouns: WordSet = WordSet()
    # Where there is no parse, how the name a naming verb (`naming_verbs`) gives is told from what it names
    # ("назвал наступление агрессией", "nannte die Offensive eine Aggression", "qualifie l'offensive
    # d'opération antiterroriste"): a word that opens the name after the first word of the object
    # (name_markers: "eine", "d'"), or a case ending that marks it (name_endings: the Russian instrumental).
    name_markers: WordSet = WordSet()
    name_endings: tuple[str, ...] = ()
    case_prepositions: WordSet = WordSet()  # whose object is in a name ending's case: "над зданием", "с Россией"
    # Verb-final languages mark what is named instead (the accusative: "saldırıyı saldırganlık olarak
    # nitelendirdi", "hücumu təcavüz adlandırıb"): the name is what follows the last word so marked.
    object_endings: tuple[str, ...] = ()
    # A possessor in the genitive before its role noun is part of the speaker's phrase where nothing is
    # tagged ("separatçı rejimin rəhbəri", "yönetimin temsilcileri").
    genitive_endings: tuple[str, ...] = ()
    # The locative and ablative: a capitalised word so ending is a place, never a speaker ("Qarabağda", "Xankəndidən").
    place_endings: tuple[str, ...] = ()
    # The dative of whom words were said to: a lowercase word so ending after a cue is the audience, not the speaker
    # ("— уточнили журналистам.").
    audience_endings: tuple[str, ...] = ()
    # Source prepositions and postpositions whose source stands in an oblique case ("по словам армянского
    # омбудсмена", "Ermeni yetkililerine göre"), and the endings that name it in the nominative (that case's ending →
    # the nominative's, longest first): of the adjectives before the head noun, and of the head, the first word
    # that is no adjective, or the last where the head comes last (trait head_final).
    oblique_sources: tuple[tuple[str, ...], ...] = ()
    nominative_adjectives: tuple[tuple[str, str], ...] = ()
    nominative_nouns: tuple[tuple[str, str], ...] = ()
    # An adjective's endings before a head that is neuter in the nominative (ends on one of `neuter_endings`): "по
    # данным армянского правительства" → "армянское правительство", not "армянский"
    neuter_adjectives: tuple[tuple[str, str], ...] = ()
    neuter_endings: tuple[str, ...] = ()

    def in_nominative(self, words: list[str], opens_sentence: bool = False) -> list[str]:
        """A source phrase in an oblique case named in the nominative: "армянского омбудсмена" → "армянский
        омбудсмен", "местных наблюдателей" → "местные наблюдатели", "Ermeni yetkililerine" → "Ermeni yetkilileri",
        "Bakü'ye" → "Bakü"; the words after the head noun ("представителя Министерства обороны" → "представитель
        Министерства обороны") stay as written, and so does a head that is a name ("Дмитрия" may be "Дмитрий" or a
        neuter's "-ие"), unless its ending is set off by an apostrophe ("Bakü'ye") or the head's capital is the
        sentence's (`opens_sentence`: "Uzmanlara göre, …"); initials keep their form and their adjectives do not
        ("армянских СМИ" → "армянские СМИ")."""
        plain = [plain_apostrophes(word) for word in words]
        if self.head_final:
            head = len(plain) - 1
        else:
            head = next((k for k, word in enumerate(plain)
                         if k == len(plain) - 1 or not _ending(word, self.nominative_adjectives)), -1)
        ending = _ending(plain[head], self.nominative_nouns) if plain else None
        if ending is not None and (plain[head][:1].islower() or ending[0].startswith(APOSTROPHE)
                                   or opens_sentence and head == 0):
            renamed = _renamed(plain[head], self.nominative_nouns)
        elif plain and plain[head].isupper():
            renamed = plain[head]  # initials take no case ending, their adjectives do: "армянских СМИ"
        elif self.nouns_capitalized and head > 0:
            # every noun capitalised (German): after its adjectives the head is a noun ("laut armenischen Behörden" →
            # "armenische Behörden", "örtlichen Beobachtern" → "örtliche Beobachter")
            renamed = _renamed(plain[head], self.nominative_nouns)
        else:
            return words
        neuter = bool(self.neuter_endings) and renamed.endswith(self.neuter_endings)
        adjectives = self.neuter_adjectives + self.nominative_adjectives if neuter else self.nominative_adjectives
        return [_renamed(word, adjectives) for word in plain[:head]] + [renamed] + words[head + 1:]

    @cached_property
    def never_names(self) -> WordSet:
        """Words that never name a speaker, even capitalised at the start of a sentence."""
        return self.not_names | self.as_openers | self.complementizers | self.time_words | self.adjunct_prepositions

    @cached_property
    def role_words(self) -> WordSet:
        """Titles and role nouns: words that make a phrase somebody ("the minister", "Sprecher")."""
        return self.titles | self.role_nouns

    @cached_property
    def issued_nouns(self) -> WordSet:
        """Messages and documents, whose words are theirs who put them out ("the statement", "the plan")."""
        return self.nouns | self.document_nouns

    @cached_property
    def speaker_words(self) -> SpeakerWords:
        return SpeakerWords(self.titles, self.role_nouns, self.determiners, self.role_links, self.siding_prefixes,
                            self.opposing_prefixes, self.institution_heads)

    @cached_property
    def distancing_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The distancing markers by their first piece, each once."""
        by_first: dict[str, dict[tuple[str, ...], None]] = {}
        for marker in self.distancing:
            by_first.setdefault(marker[0], {})[marker] = None
        return {first: tuple(markers) for first, markers in by_first.items()}

    def token_keys(self, token) -> list[str]:
        """The word as written, the lemmas read off its surface when it is tagged a verb, and its lemma,
        in this order (the last that is a cue wins)."""
        surface = fold(token.text, self.lang)
        keys = [surface]
        if getattr(token, "upos", None) == "VERB":
            keys += self._uninflected(surface)
        if token.lemma:
            keys.append(fold(token.lemma, self.lang))
        return keys

    def third_person_lemmas(self, word: str) -> list[str]:
        """The lemmas a third-person form may have ("calls" → "call", "denounces" → "denounce")."""
        return self._uninflected(word) if word.endswith("s") else []

    def _uninflected(self, word: str) -> list[str]:
        """What the word's lemma may be, by each inflection it ends with; a doubled consonant before the
        suffix is single in the lemma ("slamm" → "slam", but not "call" → "cal")."""
        lemmas = []
        for suffix, replacements in self.inflections:
            stem = word[:-len(suffix)]
            if word.endswith(suffix) and len(stem) >= 3:
                lemmas += [stem + r for r in replacements]
                if stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                    lemmas.append(stem[:-1])
        return lemmas

    def listed(self, token, words: WordSet) -> bool:
        """Is the word, as written or by a lemma read off it, in the list?"""
        return any(key in words for key in self.token_keys(token))

    def is_verb(self, token) -> bool:
        return self.listed(token, self.verbs)

    def verb_key(self, token) -> str | None:
        for key in reversed(self.token_keys(token)):
            if key in self.verbs:
                return key
        return None


# Which earlier speakers a pronoun may stand for: a person, a group, either; "writer" is a first person,
# the outlet's own writers outside quotes ("Refugees we spoke to said") and the quote's speaker inside one;
# "addressee" a second person, whom no earlier name stands for; "man" and "woman" a person not known to be of
# the other sex (by a title such as "Mr." or "spokeswoman", see `sexed_titles`).
SEXES = {"man", "woman"}
PERSON_KINDS = {"person"} | SEXES
PRONOUN_KINDS = PERSON_KINDS | {"group", "plural", "any", "writer", "addressee"}

GRAMMAR_WORDS = ("relative_pronouns", "person_relatives", "free_relatives", "passive_auxiliaries", "naming_verbs",
                 "concessives", "place_prepositions", "cue_prepositions", "object_prepositions",
                 "infinitive_markers", "linking_prepositions", "agent_prepositions", "owner_prepositions",
                 "head_prepositions", "coordinators", "correlatives", "verb_forms", "floating_quantifiers",
                 "member_determiners",
                 "quantifier_subjects", "heading_labels", "absolute_prepositions", "setting_prepositions", "adverbs",
                 "control_verbs", "idle_nouns", "work_nouns", "work_nouns_after", "concessive_adverbs",
                 "obligation_modals", "question_words", "postnominal_adjectives", "participle_openers",
                 "adverbial_subordinators", "subject_control", "impersonal_adjectives", "linking_verbs", "existentials",
                 "extraposing_pronouns", "impersonal_forms", "adversary_nouns", "institution_heads",
                 "participle_control", "addressed_verbs",
                 "audience_verbs", "audience_nouns",
                 "duration_prepositions", "durations", "months", "number_words", "comparatives",
                 "content_proforms", "reflexives")


def _word_map(mapping, lang) -> dict[str, frozenset[str]]:
    """A cue lexicon's word → words mapping ("point: [out, to]"), folded."""
    return {fold(str(k), lang): frozenset(fold(str(v), lang) for v in vs) for k, vs in (mapping or {}).items()}


def _ending(word: str, endings: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """The longest of the endings the word has, with what replaces it; None if it has none."""
    return next(((old, new) for old, new in endings if word.endswith(old) and len(word) > len(old)), None)


def _renamed(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    found = _ending(word, endings)
    return word[:len(word) - len(found[0])] + found[1] if found else word


def _folded(words, lang: str) -> tuple[str, ...]:
    """A list of words or endings, folded, in its order."""
    return tuple(fold(str(word), lang) for word in words or ())


def _endings(mapping, lang: str) -> tuple[tuple[str, str], ...]:
    """A mapping of endings to their replacements, longest first, folded."""
    pairs = [(fold(str(old), lang), fold(str(new or ""), lang)) for old, new in (mapping or {}).items()]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _pieces(phrases, lang, split=phrase_pieces) -> tuple[tuple[str, ...], ...]:
    """Each phrase as its pieces (`split`: how it is cut), phrases of no piece left out."""
    return tuple(pieces for pieces in (tuple(split(str(p), lang)) for p in phrases or ()) if pieces)


def _hyphened_words(phrase: str, lang: str) -> list[str]:
    """A distancing marker's pieces, a hyphen kept as a piece of its own ("so-called" → so · - · called)."""
    return [piece for _, _, piece in hyphened_pieces(phrase, lang)]


def _refuse_unknown(path: Path, what: str, values, known: set[str] | frozenset[str]) -> None:
    """Values of a closed vocabulary (traits, pronoun kinds, sexes) that it does not hold: an error naming them."""
    unknown = {str(v) for v in values} - known
    if unknown:
        raise ValueError(f"{path}: {what} {sorted(unknown)}; known: {sorted(known)}")


@lru_cache(maxsize=None)
def _read_yaml(path: Path) -> dict:
    """The file's data, checked as lexicons are (syntax, duplicate and unknown keys), errors with file:line:col."""
    known = {f.name for f in fields(CueLexicon)} - TRAITS | {"traits"}
    data, errors = read_yaml_data(path, sorted(known), "a cue lexicon")
    if errors:
        raise ValueError(f"{errors[0].location}: {errors[0].message}")
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a cue lexicon is a mapping of keys (lang, verbs, …), not a {type(data).__name__}")
    for key, value in data.items():
        shape = str if key == "lang" else dict if key in MAPPING_KEYS else list
        if value is not None and not isinstance(value, shape):
            # "needs_particle: [point, out]" would fail later on .items(), far from the file
            raise ValueError(f"{path}: {key}: a {SHAPE_NAMES[shape]} is expected here, not a {type(value).__name__}")
        for where, word in _words_of(key, value):
            if isinstance(word, bool):
                # YAML reads a bare on, off, yes or no as true or false: the word is lost without a trace
                raise ValueError(f"{path}: {where}: {str(word).lower()} is a YAML boolean, not a word: quote it "
                                 f"in the YAML (\"on\", \"off\", \"yes\", \"no\")")
    return data


def _words_of(key: str, value) -> Iterator[tuple[str, object]]:
    """(where, item) for each item of a list, or of the lists of a mapping, in a cue lexicon's value."""
    if isinstance(value, list):
        yield from ((key, item) for item in value)
    elif isinstance(value, dict):
        for inner, items in value.items():
            yield from _words_of(f"{key}.{inner}", items)


@lru_cache(maxsize=None)
def load_cues(lang: str, cues_dir: Path = CUES_DIR) -> CueLexicon:
    """The cue lexicon for a language; English is the fallback for languages without one."""
    path = cues_dir / f"{lang}.yaml"
    if not path.is_file():
        path = cues_dir / "en.yaml"
    data = _read_yaml(path)
    cue_lang = str(data.get("lang", lang))
    traits = {str(t) for t in data.get("traits") or ()}
    _refuse_unknown(path, "unknown traits", traits, TRAITS)
    _refuse_unknown(path, "pronouns: unknown kinds", (data.get("pronouns") or {}).values(), PRONOUN_KINDS)
    _refuse_unknown(path, "sexed_titles: unknown values", (data.get("sexed_titles") or {}).values(), SEXES)
    english = _read_yaml(cues_dir / "en.yaml")
    grammar = {key: WordSet.of(data[key] if data.get(key) is not None else english.get(key), cue_lang)
               for key in GRAMMAR_WORDS}
    return CueLexicon(
        lang=cue_lang,
        verbs=WordSet.of(data.get("verbs"), cue_lang),
        needs_particle=_word_map(data.get("needs_particle"), cue_lang),
        idle_particles=_word_map(data.get("idle_particles"), cue_lang),
        quote_only=WordSet.of(data.get("quote_only"), cue_lang),
        name_audiences=_word_map(data.get("name_audiences"), cue_lang),
        stance_adjectives=_word_map(data.get("stance_adjectives"), cue_lang),
        object_nouns=_word_map(data.get("object_nouns"), cue_lang),
        clause_only=WordSet.of(data.get("clause_only"), cue_lang),
        denial_verbs=WordSet.of(data.get("denial_verbs"), cue_lang),
        clause_endings=_folded(data.get("clause_endings"), cue_lang),
        plural_nouns=WordSet.of(data.get("plural_nouns"), cue_lang),
        inverting_verbs=WordSet.of(data.get("inverting_verbs"), cue_lang),
        answer_labels=frozenset(str(label) for label in data.get("answer_labels") or ()),
        discourse_markers=frozenset(fold(str(m), cue_lang) for m in data.get("discourse_markers") or ()),
        source_prepositions=_pieces(data.get("source_prepositions"), cue_lang),
        adverbial_phrases=_pieces(data.get("adverbial_phrases"), cue_lang),
        anaphors=_pieces(data.get("anaphors"), cue_lang),
        stance_prepositions=_pieces(data.get("stance_prepositions"), cue_lang),
        source_postpositions=_pieces(data.get("source_postpositions"), cue_lang),
        nouns=WordSet.of(data.get("nouns"), cue_lang),
        document_nouns=WordSet.of(data.get("document_nouns"), cue_lang),
        press_titles=WordSet.of(data.get("press_titles"), cue_lang),
        clause_nouns=WordSet.of(data.get("clause_nouns"), cue_lang),
        clause_adjectives=WordSet.of(data.get("clause_adjectives"), cue_lang),
        distancing=_pieces(data.get("distancing"), cue_lang, split=_hyphened_words),
        pronouns={fold(k, cue_lang): str(v) for k, v in (data.get("pronouns") or {}).items()},
        sexed_titles={fold(k, cue_lang): str(v) for k, v in (data.get("sexed_titles") or {}).items()},
        named_roles=_word_map(data.get("named_roles"), cue_lang),
        role_nouns=WordSet.of([*(data.get("role_nouns") or ()), *(data.get("people_nouns") or ())], cue_lang),
        people_nouns=WordSet.of(data.get("people_nouns"), cue_lang),
        titles=WordSet.of(data.get("titles"), cue_lang),
        complementizers=WordSet.of(data.get("complementizers") or ["that"], cue_lang),
        determiners=WordSet.of(data.get("determiners"), cue_lang),
        auxiliaries=WordSet.of(data.get("auxiliaries"), cue_lang),
        role_links=WordSet.of(data.get("role_links"), cue_lang),
        siding_prefixes=WordSet.of(data.get("siding_prefixes"), cue_lang),
        opposing_prefixes=WordSet.of(data.get("opposing_prefixes"), cue_lang),
        nouns_capitalized="nouns_capitalized" in traits,
        verb_final="verb_final" in traits,
        head_final="head_final" in traits,
        dialogue_dashes="dialogue_dashes" in traits,
        copula_dashes="copula_dashes" in traits,
        setting_endings=_folded(data.get("setting_endings"), cue_lang),
        phrase_final_endings=_folded(data.get("phrase_final_endings"), cue_lang),
        not_names=WordSet.of(data.get("not_names"), cue_lang),
        as_openers=WordSet.of(data.get("as_openers"), cue_lang),
        adjunct_prepositions=WordSet.of(data.get("adjunct_prepositions"), cue_lang),
        time_words=WordSet.of(data.get("time_words"), cue_lang),
        inflections=tuple((fold(str(k), cue_lang), tuple(fold(str(r), cue_lang) for r in v or [""]))
                          for k, v in (data.get("inflections") or {}).items()),
        finding_prepositions=WordSet.of(data.get("finding_prepositions"), cue_lang),
        finding_nouns=WordSet.of(data.get("finding_nouns"), cue_lang),
        name_markers=WordSet.of(data.get("name_markers"), cue_lang),
        name_endings=_folded(data.get("name_endings"), cue_lang),
        case_prepositions=WordSet.of(data.get("case_prepositions"), cue_lang),
        object_endings=_folded(data.get("object_endings"), cue_lang),
        genitive_endings=_folded(data.get("genitive_endings"), cue_lang),
        place_endings=_folded(data.get("place_endings"), cue_lang),
        audience_endings=_folded(data.get("audience_endings"), cue_lang),
        oblique_sources=_pieces(data.get("oblique_sources"), cue_lang),
        nominative_adjectives=_endings(data.get("nominative_adjectives"), cue_lang),
        nominative_nouns=_endings(data.get("nominative_nouns"), cue_lang),
        neuter_adjectives=_endings(data.get("neuter_adjectives"), cue_lang),
        neuter_endings=_folded(data.get("neuter_endings"), cue_lang),
        **grammar,
    )
