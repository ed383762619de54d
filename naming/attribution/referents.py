"""Who a source phrase is: pronouns, role nouns and surnames resolved to speakers named before."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..cues import PERSON_KINDS, SEXES
from ..nlp import Sentence, Token
from ..speakers import Speaker
from ..text import HYPHENS, fold, token_pieces
from .reader import DASHES_AND_HYPHENS, NOMINAL_TAGS, NUCLEUS_ENDS, POSSESSIVE_ENDINGS, Reader, Referent

GROUP_KINDS = ("institution", "country", "demonym")
GROUP_PRONOUNS = ("group", "plural")
NOUN_MODIFIER_TAGS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART")  # "last week's poll", "the two-hour debate"
PLURAL_SENTENCES_BACK = 2
PARTY_AND_STATE = re.compile(r"[A-Z]-[A-Z]")  # "R-Texas", after a senator's name
PLURAL_NOUN = re.compile(r"[a-z]+[^su]s")  # "voters", "filings"; not "Jones", "press", "status"
ACRONYM = re.compile(r"(?:[A-Z]\.?|&){2,}")  # "CNN", "F.A.A.", "AT&T"
GIVEN_NAME_AND_SURNAME = 2  # the words of a name read without tags ("Арам Петросян")
OBLIQUE_SOURCE_MAX_TOKENS = 3  # "по словам", "sözlərinə görə", as tokens
ACRONYM_MAX_LETTERS = 5  # "CNN", "MSNBC"; longer words in capitals are as often names ("POLITICO", "FALLIN:")


def fits(speaker: Speaker, wanted: str) -> bool:
    """Can a pronoun of this kind ("person", "group", "plural", "any"; "man" and "woman", persons whose sex
    `Referents._antecedent` weighs; "writer" is resolved before) refer to the speaker? A name of unknown kind
    ("Trump", "Reuters") may be either; a common noun ("video message"), or a plural one after a capitalised word
    ("Republican voters", "Senate filings"), is no person."""
    if wanted in PERSON_KINDS:
        return speaker.kind == "person" or (speaker.kind == "unknown" and speaker.name[:1].isupper()
                                            and not PLURAL_NOUN.fullmatch(speaker.name.split()[-1]))
    if wanted in GROUP_PRONOUNS:
        return speaker.kind != "person"
    return True


def nearest_first(referents: list[Referent], offset: int):
    """The referents before the offset, nearest first, read lazily: most pronouns stop at the first one or two."""
    return (referents[k] for k in range(bisect_left(referents, offset, key=lambda r: r.offset) - 1, -1, -1))


class Referents(Reader):
    """Who a source phrase is: names looked up in the speaker directory, and pronouns, role nouns and
    surnames resolved to the nearest fitting speaker named before."""

    def _named_subjects(self) -> list[Referent]:
        """Names, plural nouns and names coordinated in subject position outside quotes ('Pashinyan spoke later.',
        'Democratic politicians met …', 'Cruz and Rubio spoke …'): what a later 'he', 'it' or 'they' may refer to
        even when it said nothing itself. Needs a parse to tell subjects."""
        if not self.doc.has_parse:
            return []
        found = []
        for sentence in self.doc.sentences:
            # (a capitalised noun in the singular only where the directory knows it: "The United Nations/NOUN sent a team")
            subjects = [t for t in self.doc.sentence_tokens(sentence)
                        if t.deprel in ("nsubj", "nsubj:pass") and not self._in_quote(t)
                        and (t.upos == "PROPN" or t.upos == "NOUN" and (
                            "Number=Plur" in (t.feats or "") or t.text[:1].isupper()))]
            aged = self._aged_name(sentence)
            if aged and not any(t in aged for t in subjects):
                subjects.insert(0, aged[-1])
            if subjects:
                with self._reading(sentence):  # an English paragraph of a Russian article: English names
                    for token in subjects:
                        phrase = self._np_around(token)
                        if all(self._time_word(t, sentence) or not self._is_word(t) for t in phrase):
                            continue  # "Wednesday was …", "a judge in October sentenced": a date the tagger calls a name
                        if phrase == [token] and token.i == sentence.first and self._capitalised_to_open(token) \
                                and token.upos == "PROPN":
                            continue  # "Instead, he was …", "Women and children waited …": no name
                        if phrase[0].i > sentence.first and self.doc.tokens[phrase[0].i - 1].text == "(" \
                                and phrase[-1].i + 1 < sentence.last and self.doc.tokens[phrase[-1].i + 1].text == ")":
                            continue  # "Sen. Bernie Sanders (I-Vt.)": the party and state of the name before
                        # named as a source phrase is ("Republican pollster Frank Luntz"), by itself
                        speaker = self._resolve(phrase, found) or self._lookup(self._words(phrase))
                        # "Democratic politicians typically oppose …. They say": for "they" only; not after a
                        # preposition, where the parse took an object for a subject ("Cruz and Rubio, who in previous
                        # debates had gone after each other")
                        plural = self._plural(phrase, speaker) and not (
                            phrase[0].i > sentence.first and self.doc.tokens[phrase[0].i - 1].upos == "ADP")
                        if token.upos == "PROPN" or plural or token.text[:1].isupper() and (
                                speaker.kind == "country" or self.speakers.names_somebody(self._words(phrase))):
                            found.append(Referent(phrase[0].start, speaker, self._folded(phrase), plural=plural))
                        coordination = self._coordination_from(token, phrase)
                        if coordination:  # "Cruz and Trump have used …. Yet they …": both
                            whole = self.doc.tokens[phrase[0].i:coordination[-1][-1].i + 1]
                            found.append(Referent(phrase[0].start, self._coordinated_speaker(coordination),
                                                  self._folded(whole), plural=True))
        return found

    def _aged_name(self, sentence: Sentence) -> list[Token]:
        """'Sandra Paradis, 78, arrived …', 'Fiorina, 61, declined …': the name a sentence opens with, its age set
        off after it and a verb then, which the weak parse seldom makes the verb's subject; [] where there is none."""
        tokens = self.doc.tokens
        name = []
        for token in tokens[sentence.first:sentence.last]:
            if token.upos != "PROPN" or self._in_quote(token):
                break
            name.append(token)
        k = sentence.first + len(name)
        if not name or k + 3 >= sentence.last or [tokens[k].text, tokens[k + 2].text] != [",", ","] \
                or not tokens[k + 1].text.isdigit():
            return []
        return name if tokens[k + 3].upos in ("VERB", "AUX") else []

    def _coordination_from(self, head: Token, phrase: list[Token]) -> list[list[Token]]:
        """The names coordinated with a subject name ("Cruz and Trump", "Carson, Fiorina and Huckabee"), each as
        its noun phrase, the subject's own first; [] where none is. The weak parse may make the next name a second
        subject of the verb instead of a conjunct."""
        if head.upos != "PROPN":
            return []
        later = [c for c in self.doc.children(head) if c.deprel == "conj"]
        if head.head is not None:
            verb = self.doc.tokens[head.head]
            later += [c for c in self.doc.children(verb) if c.deprel == head.deprel and c.i > head.i]
        later = [c for c in later if c.upos == "PROPN" and c.sent == head.sent and not self._in_quote(c)]
        if not later:
            return []
        end = self._np_around(max(later, key=lambda t: t.i))[-1].i
        return self._coordinated_names(self.doc.tokens[phrase[0].i:end + 1])

    def _coordinated_names(self, phrase: list[Token]) -> list[list[Token]]:
        """The names a phrase coordinates ("Cruz and Trump", "Sen. Susan Collins and Texas Rep. Louis Gohmert",
        "Carson, Fiorina and Huckabee"); [] for a phrase that is one name, or coordinates more than names ("World
        leaders and diplomats", "Democratic presidential candidates Hillary Clinton and Bernie Sanders", "Ted Cruz,
        R-Texas, and …"), or has a coordination inside a description ("David Autor, a scholar of labor economics
        and trade"). Every piece is capitalised words ending on a name, set off by commas and a last "and"."""
        if not self.doc.has_parse:
            return []
        names: list[list[Token]] = [[]]
        conjunctions = []
        for token in phrase:
            if token.upos == "CCONJ" or token.text == ",":
                if names[-1]:
                    names.append([])
                if token.upos == "CCONJ":
                    conjunctions.append(len(names) - 1)
            else:
                names[-1].append(token)
        if len(names) < 2 or conjunctions != [len(names) - 1]:
            return []  # one "and", before the last name
        for name in names:
            if not name or name[-1].upos != "PROPN" or PARTY_AND_STATE.match(self._words(name)[0]) \
                    or not all(self._capitalised_word(t) or t.text == "." and k for k, t in enumerate(name)):
                return []
        return names

    def _coordinated_speaker(self, names: list[list[Token]]) -> Speaker:
        """Several speakers as one ("Ted Cruz and Donald Trump"), each by the name the directory knows, joined as
        the text joins them; of a side only where all are of it."""
        speakers = [self._lookup(self._words(name)) for name in names]
        joined = speakers[0].name
        for before, name, speaker in zip(names, names[1:], speakers[1:]):
            joined += self.text[before[-1].end:name[0].start] + speaker.name
        groups = {speaker.group for speaker in speakers}
        return Speaker(joined, groups.pop() if len(groups) == 1 else None, "unknown")

    def _plural(self, phrase: list[Token], speaker: Speaker) -> bool:
        """Does the phrase, which names the speaker, name more than one: names coordinated ("Cruz and Trump"), a
        head noun in the plural ("Democratic politicians", "Republicans"; not "the United States", a country), or
        "they"?"""
        if self._coordinated_names(phrase):
            return True
        inside = {t.i for t in phrase}
        heads = [t for t in phrase if t.head not in inside and self._is_word(t)]
        if len(heads) != 1:
            return False
        head = heads[0]
        if head.upos == "PRON":
            return self.cues.pronouns.get(self._fold(head)) == "plural"
        # "Mr. Trump vows": a person the parse ran into the verb; "the United Nations": one institution (but
        # "Azerbaijani officials" are more than one, whose side the directory reads as an institution's)
        if head.upos not in ("NOUN", "PROPN") or "Number=Plur" not in (head.feats or "") \
                or speaker.kind in ("country", "person") or speaker.kind == "institution" and not head.text.islower():
            return False
        if (head.lemma is None or fold(head.lemma, self._lang) == self._fold(head)) and not self._plural_verb(head):
            return False  # "Clinton herself", a reflexive the tagger calls a plural noun (but "people say")
        if any(t.upos == "DET" and "Number=Sing" in (t.feats or "") for t in phrase):
            return False  # "This group recognizes": one, and a verb the tagger missed
        following = self.doc.tokens[head.i + 1] if head.i + 1 < len(self.doc.tokens) else None
        if following is not None and following.sent == head.sent and (
                following.upos in ("DET", "PROPN", "NOUN", "NUM")
                or following.upos == "PRON" and "PronType=Rel" not in (following.feats or "")):
            return False  # "a 2010 YouTube video shows their …", "Trump defies Washington": a verb the tagger missed
        # the weak tagger takes many a surname in -s for a plural noun ("Sanders", "Tompkins"): a capitalised word is
        # plural only where the article writes it in small letters ("Officials said", "officials") or without the -s,
        # and not as a given name ("Democrat", "Republican", "the Clintons"; not "Sander M. Levin")
        return head.text.islower() or head.text.lower() in self._common_words or head.text.endswith("s") \
            and re.search(rf"\b{re.escape(head.text[:-1])}\b(?!\s+[A-Z])", self.text) is not None

    def _plural_verb(self, subject: Token) -> bool:
        """Does the verb the word is the subject of, or its auxiliary or copula, agree with a plural ("people say",
        "people … were adamant")?"""
        if subject.head is None or subject.deprel not in ("nsubj", "nsubj:pass"):
            return False
        verb = self.doc.tokens[subject.head]
        return any("Number=Plur" in (t.feats or "") for t in [verb, *self.doc.children(verb)]
                   if t is verb or t.deprel in ("aux", "aux:pass", "cop"))

    def _capitalised_to_open(self, token: Token) -> bool:
        """Is the word that opens a sentence capitalised only for that, which the weak tagger calls a name: an
        adverb ("Instead, he was …", "Still, …"), or a word the article writes in lower case elsewhere
        ("Women and children waited …")?"""
        lower = token.text.lower()
        return lower != token.text and (self.cues.listed(token, self.cues.adverbs) or lower in self._common_words)

    def _words(self, tokens: list[Token]) -> list[str]:
        """The words as written: tokens with nothing between them are one word ("Holtz-Eakin", "Rubio's"), and so
        are tokens a hyphen alone joins, though the phrase left it out ("ԱԳՆ-ի")."""
        words: list[str] = []
        for k, token in enumerate(tokens):
            between = self.text[tokens[k - 1].end:token.start] if k else " "
            if not between or len(between) == 1 and between in HYPHENS:
                words[-1] += between + token.text
            else:
                words.append(self.text[self._name_start(token):token.end] if k == 0 else token.text)
        return words

    def _nucleus(self, source: list[Token]) -> list[Token]:
        """The part of a source phrase that names the speaker: 'Geoff Garin' of 'Geoff Garin, a pollster
        who advises Clinton,', so that the name looked up is not the name of somebody else in it; a title
        with the name set off after it is both ('Le Premier ministre arménien, Nikol Pachinian'); a past participle
        right after the head noun opens a description too ('the few international observers allowed to visit it',
        'a CNN poll conducted on Thursday', whichever form the weak tagger gives it; not a gerund, which it finds in
        "polling", "meeting", nor a word that is its own lemma, "people close/VERB to Clinton"), unless its agent
        follows, whose the words are ('excerpts of his speech released by the White House')."""
        if len(source) > 1 and self._opens_sentence_only(source[0]):
            # "Despite Rubio's …", "Meanwhile Rihanna", "Still, Sanders": the sentence's first word, no name's
            source = source[1:]
            while len(source) > 1 and not self._is_word(source[0]):
                source = source[1:]
        for k, token in enumerate(source[1:], start=1):
            if self._ends_nucleus(token) or self._fold(token) in self.cues.relative_pronouns:
                return source[:k] + self._name_after_title(source[:k], source[k + 1:]) if token.text == "," \
                    else source[:k]
            feats = token.feats or ""
            if token.upos == "VERB" and "Tense=Past" in feats and token.lemma \
                    and fold(token.lemma, self._lang) != self._fold(token) \
                    and source[k - 1].upos == "NOUN" and not any(self.cues.listed(t, self.cues.agent_prepositions)
                                                                 for t in source[k + 1:]):
                return source[:k]
        return source

    def _opens_sentence_only(self, token: Token) -> bool:
        """Is the word the first of its sentence, an adverb ("Meanwhile") or one that opens a clause ("Despite",
        "Since", "Though"), which the weak tagger calls part of the name after it?"""
        return token.i == self.doc.sentences[token.sent].first and any(
            self.cues.listed(token, words) for words in (self.cues.adverbs, self.cues.participle_openers,
                                                         self.cues.concessives))

    def _ends_nucleus(self, token: Token) -> bool:
        """Does the part of a source phrase that names the speaker end before this token: a comma, a
        parenthesis, a dash ("DFA - which was founded …"), not a hyphen inside a word?"""
        return token.text in NUCLEUS_ENDS or token.text in DASHES_AND_HYPHENS and not self._glued(token)

    def _attributive_description(self, described: list[Token], nucleus: list[Token]) -> list[Token]:
        """'Artak Beglaryan, a former Artsakh ombudsman': the words of the apposition before its head noun
        ("former Artsakh"), where a country or nationality says whose side the speaker is on; not a place
        after a preposition or in a relative clause ("a professor at the University of Washington", "who
        flew to Germany"), nor a possessor ("German's brother")."""
        inside = {t.i for t in nucleus}
        if not described or described[0].i not in inside:
            return []
        rest = [t for t in described if t.i not in inside and t.text != ","]
        words: list[Token] = []
        for t in rest:
            if t.upos in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PART") or t.text in POSSESSIVE_ENDINGS \
                    or self._fold(t) in self.cues.relative_pronouns:
                break
            words.append(t)
        return words[:-1]  # the head noun itself is what the speaker is, not where from

    def _name_after_title(self, title: list[Token], rest: list[Token]) -> list[Token]:
        """The name that an apposition after a title phrase gives: capitalised words up to the next comma."""
        end = next((k for k, t in enumerate(rest) if self._ends_nucleus(t)), len(rest))
        name = rest[:end]
        if not title or not 0 < len(name) <= 4 or not all(self._capitalised_word(t) for t in name):
            return []
        if self._fold(title[-1]) in self.cues.role_words:
            return name  # "Pashinyan's spokeswoman, Nazeli Baghdasaryan"
        link = next((k for k, t in enumerate(title) if k and self.cues.listed(t, self.cues.role_links)), None)
        if link is not None and len(name) > 1 and self.speakers.title_before_link(self._words(title)) \
                and not any(t.upos == "PROPN" for t in title[:link]):
            return name  # "The director of the European Centre, Ina Kirsch": a role, no name, before the link
        # a role heading its phrase ("The president of Azerbaijan, Ilham Aliyev") names only a person the
        # lexicon knows after it: an unknown name there may be a party and state ("Sen. Marco Rubio, R-Fla.")
        return name if self._known_person(name) and any(self._fold(t) in self.cues.role_words for t in title) else []

    def _known_person(self, run: list[Token]) -> bool:
        """Does the phrase name a person of the lexicon's speakers ("Aliyev"), not merely a title ("Bakan")?"""
        words = self._words(run)
        return self._lookup(words).kind == "person" and self.speakers.names_somebody(words)

    def _of_owners_side(self, words: list[str], owner: Speaker) -> Speaker:
        """'His aide', 'His campaign chairman Paul Manafort': somebody of the side of whom the possessive means,
        by name where the phrase gives one, unless it names somebody of a side already ('His aide Hikmet
        Hajiyev')."""
        named = self._lookup(words[1:])
        if named.group is not None:
            return named
        if named.name != " ".join(words[1:]):  # the name after the titles
            return Speaker(named.name, owner.group, named.kind)
        # "His aide" is Aliyev's aide: named by its owner, so that the aides of different people, in different
        # articles, are not one speaker; a person where the phrase ends on a role ("his aide", not "his campaign")
        kind = "person" if fold(words[-1], self._lang) in self.cues.role_words else "unknown"
        return Speaker(f"{owner.name}'s {' '.join(words[1:])}", owner.group, kind)

    def _resolve(self, source: list[Token], referents: list[Referent]) -> Speaker | None:
        """The speaker a source phrase names; pronouns, role nouns ('the ministry') and surnames alone
        are resolved to the nearest compatible referent before them."""
        share = self._share_of_pronoun(source)
        if (len(source) == 1 or share) and self._fold(source[-1]) in self.cues.relative_pronouns:
            # "Cruz, who has proposed …", "his family, most of whom thought …": the phrase the clause hangs on
            sentence = self.doc.sentences[source[0].sent]
            # the comma or the dash that sets the clause off ("Donald Trump - who previously said …")
            k = source[0].i - (1 if source[0].i and self._ends_nucleus(self.doc.tokens[source[0].i - 1]) else 0)
            antecedent = self._run_before(k, sentence)
            if antecedent and all(t.upos == "NUM" for t in antecedent) and antecedent[0].i - 1 > sentence.first \
                    and self.doc.tokens[antecedent[0].i - 1].text == ",":
                antecedent = self._run_before(antecedent[0].i - 1, sentence)  # "Anna, 34, who …": not the age
            if not antecedent:
                return None  # a relative pronoun with no phrase before it to stand for names nobody
            source = antecedent
        coordinated = self._coordinated_names(source)
        if coordinated:
            # "Cruz and Trump said": both, not the one the directory knows
            return self._coordinated_speaker(coordinated)
        described = source
        source = self._nucleus(source)
        if len(source) > 1 and (source[-1].text in POSSESSIVE_ENDINGS
                                or self.cues.listed(source[-1], self.cues.reflexives)):
            # "Fox News's reporting tells": the speaker is Fox News, not "Fox News's"; "Clinton herself said": Clinton
            source = source[:-1]
        if not source:
            return None
        words = self._words(source)
        folded = [fold(w, self._lang) for w in words]
        content_words = [w for w in folded if not self.speakers.is_determiner(w)]
        if not content_words:
            return None  # "This", "the": a determiner alone names nobody (its speaker's name would be empty)
        earlier = nearest_first(referents, source[0].start)
        pronoun_kind = self.cues.pronouns.get(folded[-1]) if len(source) == 1 or share else None
        if pronoun_kind == "addressee":
            return None
        if pronoun_kind == "writer":
            # "Refugees we spoke to rejected the idea": outside quotes "we" and "I" are the outlet's writers,
            # nobody named before; inside a quote, the quote's speaker and their side
            if not self._in_quote(source[0]):
                return None
            pronoun_kind = "any"
        if pronoun_kind:
            return self._antecedent(earlier, pronoun_kind, self._plural_horizon(source[0]))
        owner_kind = self.cues.pronouns.get(folded[0]) if "Poss=Yes" in (source[0].feats or "") else None
        if owner_kind and len(words) > 1 and not any(w in self.cues.adversary_nouns for w in folded):
            earlier = list(earlier)
            owner = self._antecedent(earlier, owner_kind, self._plural_horizon(source[0]))
            if owner is not None:
                return self._of_owners_side(words, owner)
        if len(content_words) == 1 and content_words[0] in self.cues.named_roles:
            # "the senator" after "Sen. Ted Cruz said": the one called so, or the phrase as it stands
            called = self.cues.named_roles[content_words[0]]
            return next((r.speaker for r in earlier if not called.isdisjoint(r.words) and fits(r.speaker, "person")),
                        None) or self._lookup(words)
        if len(content_words) == 1 and content_words[0] in self.cues.role_nouns \
                and content_words[0] not in self.cues.people_nouns:
            role = content_words[0]
            # "the minister" is the speaker last called a minister, else the last person the lexicon knows (an
            # office holder of a side, "Pachinian a parlé. « … », a déclaré le ministre"; not merely the last name,
            # "Obama … Harry M. Reid …. The president"); "the ministry" the last institution called so, else the last
            # one that is not a person
            kind = "person" if role in self.cues.titles else "group"
            earlier = list(earlier)
            named = next((r.speaker for r in earlier if role in r.words and fits(r.speaker, kind)), None)
            if kind == "person":
                return named or next((r.speaker for r in earlier if r.speaker.kind == "person"
                                      and self.speakers.names_somebody(r.speaker.name.split())), None) \
                    or self._lookup(words)
            return named or self._called_so_before(role, source[0], referents) \
                or next((r.speaker for r in earlier if r.speaker.kind in GROUP_KINDS), None) or self._lookup(words)
        if len(content_words) == 1 < len(words) and source[-1].upos == "NOUN" \
                and content_words[0] not in self.cues.people_nouns:
            # "A United Nations team visited …. The team said"; "The ministry issued a statement …. The statement
            # said"
            called = self._issued_by(content_words[0], described[len(source):]) \
                or self._called_so_before(content_words[0], source[0], referents) \
                or self._issuer_before(content_words[0], source[0], referents)
            if called is not None:
                return called
        speaker = self._lookup(words)
        set_off = self._set_off_name(source)
        name = self._name_after_description(source) or set_off
        # the directory knew no name in it, nor one after a title; or it knew only the institution of the title that
        # the name is set off after ("Die Sprecherin des armenischen Außenministeriums, Ani Badaljan"); an institution
        # in a description with no comma stays the speaker ("ACLU executive director Anthony Romero": the description
        # may as well be a reporter's beat, which would give the name a side); but a journalist is named
        # ("White House correspondent Ed Henry", `press_titles`), of no side the beat gives
        if name:
            description = self._words(source[:len(source) - len(name)])
            beat = any(w.islower() and fold(w, self._lang) in self.cues.press_titles for w in description)
            if speaker.name == " ".join(self.speakers.without_determiners(words)) \
                    or speaker.kind == "institution" and (set_off or beat):
                named = self._lookup(self._words(name))
                speaker = Speaker(named.name, named.group or self.speakers.country_group(description), named.kind)
        if not self.speakers.names_somebody(speaker.name.split()):
            speaker = self._in_dictionary_form(speaker, source)
        member_group = self._group_of_members_before(folded, source)
        if member_group:
            speaker = Speaker(speaker.name, member_group, speaker.kind)
        if speaker.group is None and len(described) > len(source):
            group = self.speakers.country_group(self._words(self._attributive_description(described, source)))
            speaker = Speaker(speaker.name, group, speaker.kind) if group else speaker
        # an institution's last word alone ("the Post", `institution_heads`), not one the lexicon knows
        headword = speaker.kind == "institution" and speaker.group is None and speaker.name[:1].isupper()
        if len(speaker.name.split()) == 1 and (speaker.kind in ("person", "unknown") or headword):
            # a surname alone: the full name of an earlier person ending with it (not "Baku" after "Officials
            # in Baku"); "the Post" the Washington Post named before
            for previous in earlier:
                if previous.speaker.kind == ("institution" if headword else "person") \
                        and previous.speaker.name != speaker.name \
                        and previous.speaker.name.split()[-1:] == [speaker.name]:
                    return previous.speaker
        if speaker.group is None:
            speaker = self._of_institution_named_before(speaker, content_words[:-1], source[0], referents)
        return speaker

    def _group_of_members_before(self, folded: list[str], source: list[Token]) -> str | None:
        """'Armenian diaspora groups abroad have criticised the plan. One group in France said …': one of a plural
        phrase named just before ("One group", "Another official": `member_determiners`) is of that phrase's side,
        wherever it is; None where the nearest such phrase has no side."""
        if len(folded) < 2 or folded[0] not in self.cues.member_determiners or source[1].upos not in ("NOUN", None) \
                or len(folded) > 2 and folded[2] not in self.cues.place_prepositions:
            return None
        horizon = self._plural_horizon(source[0])
        for token in reversed(self.doc.tokens[:source[0].i]):
            if token.start < horizon:
                return None
            if _plural_of(folded[1], self._fold(token)) and not self._in_quote(token):
                return self._lookup(self._words(self._np_around(token))).group
        return None

    def _plural_horizon(self, pronoun: Token) -> int:
        """Where a "they" stops preferring a plural phrase to a nearer group: the start of the sentence two before
        its own."""
        return self.doc.sentences[max(0, pronoun.sent - PLURAL_SENTENCES_BACK)].start

    def _antecedent(self, earlier, wanted: str, plural_horizon: int) -> Speaker | None:
        """The nearest speaker a pronoun of this kind may stand for: "he" and "she" by sex (`_sexed_antecedent`),
        "it" and "they" a group (`_group_antecedent`), any other kind the nearest that fits."""
        if wanted in SEXES:
            return self._sexed_antecedent(earlier, wanted)
        if wanted in GROUP_PRONOUNS:
            return self._group_antecedent(list(earlier), wanted, plural_horizon)
        return next((r.speaker for r in earlier if self._may_mean(r, wanted)), None)

    def _may_mean(self, referent: Referent, wanted: str) -> bool:
        """May a pronoun of this kind mean the referent at all: one not described by another speaker, of a kind that
        fits, and for a person's pronoun one person?"""
        return not referent.described and fits(referent.speaker, wanted) \
            and not (wanted in PERSON_KINDS and self._no_one_person(referent))

    def _sexed_antecedent(self, earlier, wanted: str) -> Speaker | None:
        """The nearest person a "he" or "she" may stand for. Past a person of the other sex ("she" after "Mr. King
        said"), only one the directory or a title calls a person, and never the same speaker named without the
        title: the capitalised phrases between are as often no name at all ("Happily, …", "Britain's exit …")."""
        other_sex: set[str] = set()
        for referent in earlier:
            if not self._may_mean(referent, wanted):
                continue
            sex = self._sex(referent)
            # "Earnest said that Obama has long called for …. He said …" is Earnest (but "… that Ms. Clinton …. She")
            passed_over = referent.reported_on and sex != wanted
            if not passed_over and (sex == wanted or sex is None and referent.speaker.name not in other_sex
                                    and (not other_sex or referent.speaker.kind == "person")):
                return referent.speaker
            if sex is not None:
                other_sex.add(referent.speaker.name)
        return None

    def _group_antecedent(self, earlier: list[Referent], wanted: str, plural_horizon: int) -> Speaker | None:
        """The group an "it" or a "they" stands for. A "they" means a plural phrase ("Cruz and Trump", "Democratic
        politicians") named since the plural horizon before any nearer group ("the campaign"), and the nearest group
        only failing one; "it" is never a plural phrase. Neither is one man or woman a title marks ("Mr. VandeHei
        says …, how they want it"; his campaign may be), nor anybody an earlier "he" or "she" was taken for ("Obama
        said …. He …. It also points out …")."""
        persons = {r.speaker.name for r in earlier
                   if len(r.words) == 1 and self.cues.pronouns.get(r.words[0]) in SEXES}
        nearest_group = None
        for referent in earlier:
            if wanted == "plural" and not referent.described:
                if referent.plural and (referent.offset >= plural_horizon or nearest_group is None):
                    return referent.speaker
                if nearest_group is not None and referent.offset < plural_horizon:
                    return nearest_group
            if not self._may_mean(referent, wanted) or wanted == "group" and referent.plural:
                continue
            if referent.speaker.kind == "unknown" and POSSESSIVE_ENDINGS.isdisjoint(referent.words) \
                    and (self._sex(referent) is not None or referent.speaker.name in persons):
                continue
            if wanted == "group":
                return referent.speaker
            nearest_group = nearest_group or referent.speaker
        return nearest_group

    def _no_one_person(self, referent: Referent) -> bool:
        """Is the referent, whatever the directory's kind for it, no one person a "he" could mean: more than one
        ("Cruz and Trump", "Democrats", "they"), an "it", what belongs to somebody ("his campaign", "their
        families"), initials ("MSNBC, which let him go", "the CIA briefed …") or a quantifier's phrase ("Some
        Democrats say …")?"""
        words = referent.words
        if referent.plural or len(words) == 1 and self.cues.pronouns.get(words[0]) in GROUP_PRONOUNS:
            return True  # whatever an "it" or a "they" was taken for
        if referent.speaker.kind != "person" and (
                len(words) > 1 and self.cues.pronouns.get(words[0]) is not None or self._acronym(referent.speaker.name)):
            return True
        return bool(words) and words[0] in self.cues.quantifier_subjects

    def _acronym(self, name: str) -> bool:
        """Is the name initials in capitals ("CNN", "F.A.A.", "MSNBC"), not a surname a transcript writes in
        capitals ("CRUZ:"), which the article writes in small letters too ("Cruz")?"""
        letters = name.replace(".", "").replace("&", "")
        return ACRONYM.fullmatch(name) is not None and len(letters) <= ACRONYM_MAX_LETTERS \
            and re.search(rf"\b{re.escape(letters.capitalize())}\b", self.text) is None

    def _sex(self, referent: Referent) -> str | None:
        """The sex ("man", "woman") a title gives the referent: one in its phrase before the first comma ("Mr.
        King", "a spokeswoman for the ministry") or heading the apposition after it ("Brian Fallon, a spokesman for
        Mrs. Clinton": not the title of whom he speaks for), else one before its name or surname elsewhere in the
        article ("King" after "Mr. King said"). Not the pronoun that stood for it: that was a guess, and guesses
        would breed."""
        words = referent.words
        head = words[:words.index(",")] if "," in words else words
        own = {self.cues.sexed_titles.get(w) for w in head} - {None}
        if not own and len(head) < len(words):
            apposition = words[len(head) + 1:]
            end = next((k for k, w in enumerate(apposition) if w == "," or w in self.cues.role_links
                        or w in self.cues.relative_pronouns), len(apposition))
            own = {self.cues.sexed_titles.get(w) for w in apposition[:end]} - {None}
        if own:
            return own.pop() if len(own) == 1 else None
        titled = self._titled_names()
        name = [fold(w, self._lang) for w in referent.speaker.name.split()]
        return titled.get(" ".join(name)) or (titled.get(name[-1]) if name else None)

    def _titled_names(self) -> dict[str, str]:
        """The sex of each name the article writes after titles of one sex ("Mr. King", "spokeswoman Nazeli
        Baghdasaryan"): the whole name, and its surname alone where the article gives one first name at most
        with it; read once per article."""
        if self._lang not in self._titled_sexes:
            sexes: dict[str, set[str]] = {}
            tokens = self.doc.tokens
            for k, token in enumerate(tokens):
                sex = self.cues.sexed_titles.get(self._fold(token))
                if sex is None:
                    continue
                name = []
                for after in tokens[k + 1:k + 5]:
                    if after.sent != token.sent or not self._capitalised_word(after):
                        break
                    name.append(self._fold(after))
                for key in {" ".join(name), name[-1]} if name else ():
                    sexes.setdefault(key, set()).add(sex)
            first_names: dict[str, set[str]] = {}
            for before, token in zip(tokens, tokens[1:]):
                surname = self._fold(token)
                if surname in sexes and before.sent == token.sent and self._capitalised_word(before) \
                        and self._fold(before) not in self.cues.sexed_titles \
                        and not self.cues.listed(before, self.cues.titles) \
                        and (before.upos in (None, "PROPN") or before.i > self.doc.sentences[before.sent].first):
                    first_names.setdefault(surname, set()).add(self._fold(before))
            self._titled_sexes[self._lang] = {name: next(iter(found)) for name, found in sexes.items()
                                              if len(found) == 1 and len(first_names.get(name, ())) <= 1}
        return self._titled_sexes[self._lang]

    def _name_after_description(self, phrase: list[Token]) -> list[Token]:
        """'pollster Frank Luntz', 'conservative group American Crossroads', 'Azerbaijani analyst Farhad
        Mammadov': a common noun before the name of two words or more that closes the phrase says what the
        name is; the speaker is the name. Without tags, the last two of the capitalised words after a word in small
        letters ("армянский журналист Арам Петросян")."""
        tagged = bool(phrase) and phrase[-1].upos is not None
        k = len(phrase)
        while k > 0 and (phrase[k - 1].upos in ("PROPN", "NOUN") or not tagged) and self._capitalised_word(phrase[k - 1]):
            k -= 1
        if len(phrase) - k < 2 or k == 0:
            return []
        noun = phrase[k - 1]
        if not tagged:
            # "армянский журналист Арам Петросян", "житель Степанакерта Арам Петросян": a word in small letters, no
            # preposition, before capitalised words, of which the last two are a given name and a surname (not
            # where every noun is capitalised, "der Organisation Human Rights Watch")
            word = token_pieces(noun.text, self._lang)[-1:]  # "l'analyste": the noun after its elided article
            prepositions = (self.cues.case_prepositions, self.cues.adjunct_prepositions, self.cues.role_links)
            if self.cues.nouns_capitalized or not word or len(word[0]) < 4 or not word[0].isalpha() \
                    or not noun.text.islower() \
                    or any(self.cues.listed(t, words) for t in phrase[:k] for words in prepositions):
                return []
            return phrase[-GIVEN_NAME_AND_SURNAME:]
        # the weak tagger calls the noun a name as often as not ("pollster/PROPN Frank Luntz"), or an adjective
        # ("economist/ADJ Robert J. Shapiro"); a short word is a name's particle ("Federico de Jesús"), and a name
        # after a preposition is somebody else's ("analysts at the investment bank Centerview Partners"), though not
        # after one that links a title's words ("Former Secretary of State and Democratic frontrunner Hillary Clinton")
        if noun.upos not in ("NOUN", "PROPN", "ADJ") or not noun.text.islower() or len(noun.text) < 4 \
                or not noun.text.replace("-", "").isalpha() \
                or any(t.upos == "ADP" and not self._links_to_name(phrase, j) for j, t in enumerate(phrase[:k])):
            return []
        return phrase[k:]

    def _in_dictionary_form(self, speaker: Speaker, source: list[Token]) -> Speaker:
        """A speaker the lexicon does not name, named as a dictionary would: in the nominative ("по словам
        армянского омбудсмена", "Uzmanlara göre") and without the article that closes the phrase ("Արամ
        Պետրոսյանը", `phrase_final_endings`)."""
        named = speaker.name.split()
        if self._in_oblique_case(source):
            named = self.cues.in_nominative(named, source[0].i == self.doc.sentences[source[0].sent].first)
        last = fold(named[-1], self._lang) if named else ""
        article = next((e for e in self.cues.phrase_final_endings if last.endswith(e) and len(last) > len(e) + 1), "")
        if article:
            named[-1] = named[-1][:len(named[-1]) - len(article)]
        return Speaker(" ".join(named), speaker.group, speaker.kind)

    def _in_oblique_case(self, source: list[Token]) -> bool:
        """Does a source phrase follow a source preposition, or precede a postposition, that puts it in an oblique
        case ("по словам …", "… göre")?"""
        first, last = source[0].i, source[-1].i
        start = max(0, first - OBLIQUE_SOURCE_MAX_TOKENS)
        pieces_of = [token_pieces(t.text, self._lang)
                     for t in self.doc.tokens[start:last + 1 + OBLIQUE_SOURCE_MAX_TOKENS]]
        return any(self._phrase_at(pieces_of, last + 1 - start, phrase)
                   or any(self._phrase_at(pieces_of, k, phrase) == first - start - k for k in range(first - start))
                   for phrase in self.cues.oblique_sources)

    def _set_off_name(self, nucleus: list[Token]) -> list[Token]:
        """The name a comma sets off after a title phrase in the nucleus (`_name_after_title`): 'Ina Kirsch' of
        'The director of the European Centre, Ina Kirsch'."""
        gap = next((k for k in range(1, len(nucleus)) if nucleus[k].i == nucleus[k - 1].i + 2
                    and self.doc.tokens[nucleus[k].i - 1].text == ","), None)
        name = nucleus[gap:] if gap is not None else []
        return name if all(self._capitalised_word(t) for t in name) else []

    def _of_institution_named_before(self, speaker: Speaker, modifiers: list[str], phrase_start: Token,
                                     referents: list[Referent]) -> Speaker:
        """'ministry spokesman Rauf Mammadli', 'a government spokesperson': somebody of the ministry or the
        government named last (as a speaker, else as any phrase that says which), and of its side (the name stays
        the phrase's own)."""
        role = next((w for w in modifiers if w in self.cues.role_nouns and w not in self.cues.titles), None)
        if role is None:
            return speaker
        owner = next((r.speaker for r in nearest_first(referents, phrase_start.start)
                      if role in r.words and r.speaker.group is not None and r.speaker.kind != "person"), None) \
            or self._called_so_before(role, phrase_start, referents)
        return Speaker(speaker.name, owner.group, speaker.kind) if owner is not None and owner.group else speaker

    def _nouns_before(self, noun: str, before: Token):
        """The tokens of the noun before the token, outside quotes, nearest first."""
        return (t for t in reversed(self.doc.tokens[:before.i])
                if t.upos == "NOUN" and self._fold(t) == noun and not self._in_quote(t))

    def _issued_by(self, noun: str, apposition: list[Token]) -> Speaker | None:
        """'The statement, issued by the Azerbaijani Defense Ministry on Tuesday, said': the agent of the participle
        set off after a message or a document (`issued_nouns`) put it out."""
        if noun not in self.cues.issued_nouns:
            return None
        by = next((k for k, t in enumerate(apposition) if self.cues.listed(t, self.cues.agent_prepositions)), None)
        if by is None or by == 0 or apposition[by - 1].upos not in ("VERB", "ADJ"):
            return None
        agent = [t for t in self._run_after(apposition[by].i, self.doc.sentences[apposition[by].sent])
                 if t.i <= apposition[-1].i]
        return self._lookup(self._words(agent)) if agent else None

    def _issuer_before(self, noun: str, before: Token, referents: list[Referent]) -> Speaker | None:
        """Who put out the message the noun (`issued_nouns`: "statement", "plan") last named before the token: the
        speaker or named subject of the verb whose object it is ("The Holocaust Museum issued a statement", "In a
        statement, the union called …"); None for another noun, or where the parse names no such subject (a report's subject
        is as often what it reports on)."""
        if noun not in self.cues.issued_nouns:
            return None
        message = next(self._nouns_before(noun, before), None)
        if message is None or message.head is None or message.deprel not in ("obj", "obl"):
            return None
        subject = next((c for c in self.doc.children(self.doc.tokens[message.head]) if c.deprel == "nsubj"), None)
        if subject is None:
            return None
        phrase_start = min(t.start for t in self.doc.subtree(subject))
        issuer = next((r for r in nearest_first(referents, subject.start + 1) if r.offset >= phrase_start
                       and not r.described and noun not in r.words), None)
        if issuer is not None:
            return issuer.speaker
        # no speaker of its own where putting it out was no speech ("The government has unveiled a five-year plan")
        return self._resolve(self._np_around(subject), referents) if subject.upos in NOMINAL_TAGS else None

    def _says_which(self, modifier: Token) -> bool:
        """Does a word before a noun say which one it is: a name or a word made of one ("the IG report", "the
        Armenian government", "HP's board"; not "One" or "Some" capitalised to open a sentence)? "The long campaign",
        "a drug company", "his campaign" (whose, which the weak parse is often wrong about) may be any."""
        if not modifier.text[:1].isupper() or modifier.upos == "DET" or self.speakers.is_determiner(modifier.text):
            return False
        return modifier.i > self.doc.sentences[modifier.sent].first or not (
            modifier.text.lower() in self._common_words or self.cues.listed(modifier, self.cues.number_words)
            or self.cues.listed(modifier, self.cues.quantifier_subjects))

    def _called_so_before(self, noun: str, before: Token, referents: list[Referent]) -> Speaker | None:
        """What the nearest phrase before the token that ends on the noun (outside quotes) and says which one names,
        as a source phrase would: "A United Nations team" for a later "the team", "The Armenian government" for "the
        government" (not another "the team"). A person the directory finds in the phrase gives only its side: "the
        Trump campaign" is no Trump, and none but a noun for people names somebody a "he" may mean. Needs a parse."""
        for token in self._nouns_before(noun, before):
            phrase = [token]
            for t in reversed([t for t in self._np_around(token) if t.i < token.i]):
                if not (t.upos in NOUN_MODIFIER_TAGS or t.text in HYPHENS or "Poss=Yes" in (t.feats or "")):
                    break  # "much of the debate", "aware of the inquiry", "nearly 90-second ad": only what is the noun's
                phrase.insert(0, t)
                if t.upos == "DET":
                    break  # "sent Congress an unusual white paper": the article opens it
            if not any(self._says_which(t) for t in phrase[:-1]):
                continue
            words = self._words(phrase)
            speaker = self._resolve(phrase, referents) or self._lookup(words)
            # a person or a name of unknown kind only where the noun is one for people ("the official"): a later
            # "he" is no "Trump campaign" nor "Baton Rouge newspaper"
            kind = "unknown" if noun in self.cues.role_words or noun in self.cues.people_nouns else "institution"
            if speaker.kind == "person":
                return Speaker(" ".join(self.speakers.without_determiners(words)), speaker.group, kind)
            return speaker if speaker.kind != "unknown" else Speaker(speaker.name, speaker.group, kind)
        return None


def _plural_of(noun: str, word: str) -> bool:
    """Is the word the noun's plural ("groups", "witnesses", "authorities")?"""
    return word in (noun + "s", noun + "es") or noun.endswith("y") and word == noun[:-1] + "ies"
