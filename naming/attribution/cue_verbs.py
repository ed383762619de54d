"""Which words are cue verbs: a speech or cognition verb used as a verb, however the weak tagger read it
('Trump claims/NOUN that', headlines), in the active or the passive, or coordinated with one; not a word that only
looks like one ("271 pledged delegates", "Trump's claims", "You know, …", "her poor showing")."""
from __future__ import annotations

from ..cues import PERSON_KINDS, CueLexicon
from ..nlp import Sentence, Token
from .reader import (CLAUSE_MARKS, CONTENT_OPENER_WINDOW, HYPHENS, NOMINAL_TAGS, NP_TAGS, POSSESSIVE_ENDINGS,
                     SENTENCE_ENDS, SETTING_MAX_TOKENS, SKIPPABLE_BEFORE_CUE, SOURCE_MAX_TOKENS, SUBJECT_RELS, VERB_TAGS,
                     Cue, Reader)


class CueVerbs(Reader):
    """Whether a token is a verb that reports, and in which voice; read by `ReportedSpeech`."""

    def _coordinated(self, cue: Token) -> bool:
        """Does the cue go on from an earlier one ('…, adding', '… and called for'), active?"""
        tokens = self.doc.tokens
        j = cue.i - 1
        while j >= 0 and tokens[j].upos in SKIPPABLE_BEFORE_CUE:
            j -= 1
        if j > 0 and tokens[j].upos is not None:
            j = self._before_time_phrase(j, self.doc.sentences[cue.sent])  # "… and on Monday announced"
        return j >= 0 and (tokens[j].text in (",", ";") or tokens[j].upos == "CCONJ"
                           or self._fold(tokens[j]) in self.cues.coordinators) and not self._is_passive(cue)

    def _after_conjunction(self, cue: Token) -> bool:
        """'… but added', '… and later said': a conjunction (adverbs and auxiliaries between) before the cue."""
        sentence = self.doc.sentences[cue.sent]
        j = self._past_adverbs(cue.i, sentence)
        return j >= sentence.first and self.doc.tokens[j].upos == "CCONJ"

    def _takes_preposition(self, cue: Token, content: tuple[int, int] | None) -> bool:
        """Does the content open with a preposition that the cue governs: "called for …", "said of …",
        "called on X to …" (but not "said on Tuesday …")?"""
        sentence = self.doc.sentences[cue.sent]
        first = self.doc.tokens[cue.i + 1] if cue.i + 1 < sentence.last else None
        if first is None or content is None or first.upos not in ("ADP", "ADV", "PART") or first.start > content[0]:
            return False
        word = self._fold(first)
        if word in self.cues.object_prepositions:
            # "called on Azerbaijan to …", not "said on Tuesday that …"
            return any(self._fold(t) in self.cues.infinitive_markers and t.upos in ("PART", "ADP")
                       for t in self.doc.tokens[first.i + 2:min(first.i + 6, sentence.last)])
        return word in self.cues.cue_prepositions

    def _cue_preposition(self, token: Token) -> bool:
        """A preposition a cue takes ("called for", "said of", "called on X to …")."""
        word = self._fold(token)
        return word in self.cues.cue_prepositions or word in self.cues.object_prepositions

    def _cue_start(self, cue: Token, source: list[Token]) -> int:
        """Auxiliaries, negation and adverbs right before the verb belong to the cue: "has said", "also
        said", "did not deny", "is calling for"."""
        tokens = self.doc.tokens
        first = self.doc.sentences[cue.sent].first
        j = cue.i
        while j - 1 >= first and (tokens[j - 1].upos in ("AUX", "ADV", "PART") or self._surface_skippable(tokens[j - 1])) \
                and tokens[j - 1] not in source \
                and self._is_word(tokens[j - 1]) and not self._in_quote(tokens[j - 1]):
            j -= 1
        return tokens[j].start

    def _reduced_relative(self, token: Token) -> bool:
        """'The region called Artsakh was taken': a naming participle after a noun, whose clause's own verb
        follows the name it gives. ('Officials said the operation was over' is reported speech.)"""
        sentence = self.doc.sentences[token.sent]
        tokens = self.doc.tokens
        if not self._is_naming_verb(token) or token.i == sentence.first \
                or tokens[token.i - 1].upos not in ("NOUN", "PROPN") or "Tense=Pres" in (token.feats or ""):
            return False  # "What Baku calls an anti-terror operation has …": a present tense is no participle
        following = tokens[token.i + 1] if token.i + 1 < sentence.last else None
        if following is not None and self._cue_preposition(following):
            return False  # "as Trump called for an Apple boycott", "Sanders called on …": a demand, not a name
        k = token.i - 1
        while k > sentence.first and tokens[k - 1].upos in NP_TAGS and self._fold(tokens[k - 1]) not in self.cues.relative_pronouns:
            k -= 1
        if k > sentence.first and self._fold(tokens[k - 1]) in self.cues.relative_pronouns:
            return False  # "The operation, which Pashinyan called ethnic cleansing, ended": the noun is its subject
        if self._names_after_indefinite(token, k):
            return True  # "a website called “Cape Breton If Donald Trump Wins”", "a super PAC called Our Principles"
        if self.doc.has_parse and "VerbForm=Part" in (token.feats or "") and not any(
                child.deprel in SUBJECT_RELS or (child.deprel or "").startswith("aux") for child in self.doc.children(token)):
            return True  # "Thousands left a region called Artsakh.": a participle with no subject of its own
        j = token.i + 1
        while j < sentence.last and tokens[j].upos in ("PROPN", "NOUN", "DET", "ADJ") and not self._in_quote(tokens[j]):
            j += 1
        # the main clause's verb, not a participle inside a second noun phrase ("called the United States a
        # dumping ground") nor the name given, where the parse hangs it on the naming verb with a subject
        # ("The Trump campaign called the charges unsubstantiated/VERB")
        return j < sentence.last and j > token.i + 1 and tokens[j].upos in VERB_TAGS \
            and tokens[j - 1].upos != "DET" and tokens[j].deprel not in ("amod", "compound") \
            and not (tokens[j].head == token.i and any(child.deprel in SUBJECT_RELS for child in self.doc.children(token)))

    def _subject_relative_before(self, verb: int, sentence: Sentence) -> bool:
        """Is the verb at index `verb` that of a relative clause on the sentence's subject, the subject's phrase
        opening the sentence ("Republicans who have praised …")?"""
        tokens = self.doc.tokens
        pronoun = next((t for t in reversed(tokens[sentence.first:verb])
                        if self._fold(t) in self.cues.relative_pronouns), None)
        return pronoun is not None and pronoun.i > sentence.first and self._opens_subject_relative(pronoun.i) \
            and all(t.upos in NP_TAGS or t.upos == "ADV" for t in tokens[sentence.first:pronoun.i]) \
            and all(t.upos != "VERB" for t in tokens[pronoun.i + 1:verb])

    def _names_after_indefinite(self, token: Token, start: int) -> bool:
        """Does the naming verb follow an indefinite noun phrase (from `start`) and precede the name it gives,
        quoted or capitalised ("a competition called the House to Home Prize")? A finite verb after such a
        subject names nothing so ("A man called the police")."""
        tokens = self.doc.tokens
        indefinite = any(t.upos == "DET" and "Definite=Ind" in (t.feats or "") for t in tokens[start:token.i])
        k = token.i + 1
        if k < len(tokens) and tokens[k].upos == "DET":
            k += 1
        name = tokens[k] if k < len(tokens) else None
        return indefinite and name is not None and (self._is_quote_mark(name) or name.text[:1].isupper())

    def _verb_of_its_clause(self, token: Token, sentence: Sentence) -> bool:
        """'Sen. Bernie Sanders of Vermont called on the administration to block the deal', '…, yet Vatican
        officials emphasized on Friday that …': a past form that the weak tagger calls a participle is the
        verb of its clause when no verb comes before it in that clause and what it reports follows (a
        complementizer, an infinitive, a quote or a colon) before any other verb; a participle after a noun
        ('a statement posted online said that …') has the verb of its clause elsewhere."""
        tokens = self.doc.tokens
        k = token.i - 1
        while k >= sentence.first and tokens[k].text not in (",", ";", ":") and tokens[k].upos != "CCONJ":
            if tokens[k].upos in VERB_TAGS and not self._in_quote(tokens[k]):
                if self._subject_relative_before(k, sentence):
                    break  # "Republicans who have praised his candidacy warned on Tuesday that …"
                return False
            k -= 1
        if k > sentence.first and tokens[k].text == "," and not any(
                t.upos in VERB_TAGS or self._in_quote(t) for t in tokens[token.i + 1:sentence.last]):
            return True  # '…," this Trump look-alike declared in Mexico City.': it closes the sentence it reports
        if token.i + 1 < sentence.last and self._is_naming_verb(token) and self._cue_preposition(tokens[token.i + 1]):
            return True  # "The ministry's statement called for calm": a demand, not a name
        if k < sentence.first and self._fold(tokens[sentence.first]) in self.cues.as_openers \
                and self._comma_past_occasion(token, tokens[token.i + 1:sentence.last], sentence) is not None:
            return True  # "As the Post's investigative unit/ADP reported just today, …": the verb of the "as" clause
        for t in tokens[token.i + 1:min(sentence.last, token.i + 1 + CONTENT_OPENER_WINDOW)]:
            following = tokens[t.i + 1] if t.i + 1 < sentence.last else None
            if self._in_quote(t) or t.text == ":" or self._fold(t) in self.cues.complementizers:
                return True
            if self._fold(t) in self.cues.infinitive_markers and following is not None and following.upos == "VERB":
                return True
            if t.upos in VERB_TAGS:
                return False
        return False

    def _title_case(self, sentence: Sentence) -> bool:
        """A headline written in title case ("Trump Says He Will Win"), where capitals tell no names."""
        words = [t for t in self.doc.sentence_tokens(sentence) if t.text[:1].isalpha() and len(t.text) > 3]
        return len(words) >= 2 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)

    def _verb_cue(self, token: Token) -> bool:
        """Is this cue word used as a verb of speech here? Not a participle qualifying a noun ('a region
        called Artsakh', 'self-proclaimed'). A tagger's NOUN counts when the word is inflected, a noun or
        pronoun stands before it and an object, clause or infinitive follows ('Trump claims that', 'the poll
        shows Trump', 'Pashinyan vows to …'; not 'his claims', 'the reports were')."""
        if token.start and self.text[token.start - 1] in HYPHENS:
            return False  # "self-proclaimed", "so-called": part of an adjective
        if not self.doc.has_parse or token.upos is None:  # no tags, or a paragraph in an untagged language
            return True
        sentence = self.doc.sentences[token.sent]
        feats = token.feats or ""
        # "Asked about the offensive, Pashinyan …", "Interrogé sur …": what was said to him, not by him (the
        # weak English tagger calls "Asked" a finite past)
        opens_as_participle = "Tense=Past" in feats and ("VerbForm=Part" in feats or self._fold(token).endswith("ed"))
        if (token.i == sentence.first or self._opens_adverbial(token.i - 1, sentence)) and opens_as_participle \
                and any(t.text == "," for t in self.doc.tokens[token.i + 1:sentence.last]) \
                and not (token.i + 1 < sentence.last and self._fold(self.doc.tokens[token.i + 1]) in self.cues.agent_prepositions):
            return False  # but "Asked by Reuters whether …, Pashinyan said": the question is Reuters'
        if self._set_off_participle(token, sentence) or self._inside_set_off_participle(token, sentence) \
                or self._closing_manner_participle(token, sentence):
            return False
        if any(c.deprel == "aux" and c.i < token.i and self.cues.listed(c, self.cues.obligation_modals)
               for c in self.doc.children(token)):
            # "Yerevan should accept that …": what the sentence's speaker demands, nothing said (but the weak parse
            # may hang the content's modal on the cue: "has said there should/aux be a ban")
            return False
        previous = self.doc.tokens[token.i - 1] if token.i > sentence.first else None
        following = self.doc.tokens[token.i + 1] if token.i + 1 < sentence.last else None
        if self._attributive(token, previous, following) or self._gerund_noun(token, sentence, following) \
                or self._owned_noun(token, previous) or self._discourse_marker(token, previous, following):
            return False
        if token.upos in ("PROPN", "NOUN") and previous is not None and previous.text[:1].isupper() and token.text[:1].isupper() \
                and not self._title_case(sentence):
            return False  # part of a name: "the United States", "Fox News Reports" in running text
        takes_object = following is not None and following.upos in ("DET", "PRON", "PROPN", "SCONJ", "NUM", "PUNCT", "PART")
        past_participle = "VerbForm=Part" in feats and "Tense=Past" in feats
        if (past_participle and (token.deprel == "acl" or previous is not None and previous.upos == "NOUN")
                and not takes_object or self._reduced_relative(token)) and not self._is_passive(token) \
                and not self._verb_of_its_clause(token, sentence):
            return False  # "a video message posted online"; but "a poll last week showed Rubio …" is a cue
        if token.upos == "VERB":
            return True
        if self._fold(token) in self.cues.plural_nouns:
            return False
        if self._fold(token) in self.cues.verb_forms and (previous is None or previous.upos not in ("DET", "ADP")
                                                          and "Poss=Yes" not in (previous.feats or "")
                                                          or self._inflected_after_quantifier(token, previous)):
            return True  # "42% say they …", "Carson says cut …", tagged SCONJ or NOUN; not "have a say"
        if self._plural_subject_before(token, previous, following) or self._base_form_after_quantifier(token, previous, following):
            return True
        return self._third_person_after_subject(token, sentence)

    def _closing_manner_participle(self, token: Token, sentence: Sentence) -> bool:
        """'…,'' said Robin Maynard, half joking.': a present participle after a comma that closes the sentence
        says how something was said; it reports nothing of its own."""
        if not self._present_participle(token) or self._in_quote(token):
            return False
        if any(self._is_word(t) or t.text not in SENTENCE_ENDS for t in self.doc.tokens[token.i + 1:sentence.last]):
            return False  # but "…, reporting: “…”"
        j = self._past_adverbs(token.i, sentence)
        if j > sentence.first and self._is_word(self.doc.tokens[j]) and self.doc.tokens[j].upos not in ("PROPN", "PRON"):
            j -= 1  # "half/NOUN joking": a word the tagger does not call an adverb
        return j > sentence.first and self.doc.tokens[j].text == ","

    def _base_form_after_quantifier(self, token: Token, previous: Token | None, following: Token | None) -> bool:
        """'a strategy some believe he could replicate', 'laws that some say target Muslims': a cue verb's base
        form right after a quantifier that stands for its noun phrase, before what it reports (or inside a
        relative clause, whose gap it reports). An article makes the word a noun ('have a say')."""
        if previous is None or following is None or not self._quantifier_subject_of(previous, token) \
                or not self._is_word(following):
            return False
        return self._reports_after(following) or self._after_relative(previous)

    def _after_relative(self, subject: Token) -> bool:
        """Does a relative pronoun stand right before the subject's phrase ('a show of muscle that Clinton hopes
        can help …')?"""
        sentence = self.doc.sentences[subject.sent]
        k = self._before_noun_phrase(subject, sentence) if subject.upos in NP_TAGS else subject.i - 1
        return k >= sentence.first and self._fold(self.doc.tokens[k]) in self.cues.relative_pronouns \
            and not self._in_quote(self.doc.tokens[k])

    def _inflected_after_quantifier(self, token: Token, previous: Token) -> bool:
        """'another says there are …', 'each said': an inflected form after a quantifier standing for its noun
        phrase (only the base form follows an article as a noun: 'have a say')."""
        return self._quantifier_determiner(previous) and self._fold(token) != self.cues.verb_key(token)

    def _attributive(self, token: Token, previous: Token | None, following: Token | None) -> bool:
        """'271 pledged delegates', 'those pledged delegates', 'eight states': after a number or an article, a
        past participle before a noun qualifies it, and an -s form after a number above one is a plural noun
        (no third-person singular has such a subject; 'six in 10 say' keeps its cue)."""
        third_singular = self._fold(token).endswith("s") and "Number=Sing" in (token.feats or "")
        if previous is not None and following is not None and following.upos == "NOUN" and self._fold(token).endswith("ed") \
                and (previous.upos in ("ADP", "ADJ") or self._possessive(previous)) \
                and not self._in_quote(previous):
            return True  # "in pledged delegates", "the convention's pledged delegates", "a large pledged delegate lead"
        if previous is None or previous.upos not in ("NUM", "DET") or self._in_quote(previous) \
                or self._fold(previous) in self.cues.relative_pronouns:
            return False
        if following is not None and following.upos == "NOUN" and self._fold(token).endswith("ed") \
                and (previous.upos == "NUM" or "PronType=Art" in (previous.feats or "") or "PronType=Dem" in (previous.feats or "")):
            return True
        return previous.upos == "NUM" and self._fold(previous) not in ("1", "one") and third_singular

    def _owned_noun(self, token: Token, previous: Token | None) -> bool:
        """"Editor's note:", "Trump's claims": a cue word after a noun's possessive is a noun; not a past or
        -ing form ("Clinton's said" is "has said", "Trump's talking about …")."""
        return previous is not None and previous.text in POSSESSIVE_ENDINGS and token.i >= 2 \
            and self.doc.tokens[token.i - 2].upos in ("NOUN", "PROPN") \
            and not self._fold(token).endswith(("ing", "ed")) and self._fold(token) not in self.cues.verb_forms

    def _discourse_marker(self, token: Token, previous: Token | None, following: Token | None) -> bool:
        """'You know, the blockade …', '…, you see, …', 'That said, …', 'to, say, single digits': a cue, alone or
        after a pronoun, set off by punctuation."""
        set_off = following is None or following.text in (",", ")", ".", "?", "!", "—", "–", "--")
        if not set_off or previous is None:
            return False
        if previous.text == ",":
            return self._fold(token) in self.cues.discourse_markers
        # the pronoun opens its sentence or follows punctuation ("a message that said, …" reports)
        opens = previous.i == self.doc.sentences[token.sent].first or not self._is_word(self.doc.tokens[previous.i - 1])
        return opens and f"{self._fold(previous)} {self._fold(token)}" in self.cues.discourse_markers

    def _gerund_noun(self, token: Token, sentence: Sentence, following: Token | None) -> bool:
        """'her poor showing and …', "Clinton's showing in the state", 'the right calling card', 'something
        promising, too': an -ing form after a possessive, an article or an indefinite pronoun (adjectives
        between), with no object or clause after it, is a noun or an adjective; 'the media declaring Clinton
        the winner', 'his saying that …' keep their cue. So is one right after an adjective (see
        `_ing_after_adjective`)."""
        if not self._fold(token).endswith("ing"):
            return False
        if self._ing_after_adjective(token, sentence, following):
            return True
        if following is not None and (following.upos == "AUX" or following.upos == "VERB" and "VerbForm=Fin" in (
                following.feats or "")) and self._after_possessive(token, sentence):
            # "Mr. Rubio's showing will be enough", "Her best showing is 10 percent", "people familiar with her
            # thinking say": the subject of the verb after it
            return True
        if following is not None and (
                following.upos not in ("ADP", "NOUN", "CCONJ", "PUNCT") or self._reports_after(following)
                or following.text == "," or self._cue_preposition(following)):
            return False
        # the weak tagger calls many such adjectives nouns ('its strong showing')
        j = self._before_modifiers(token, sentence, ("ADJ", "NOUN"))
        if j < sentence.first or following is not None and following.upos == "NOUN" \
                and any(t.upos == "NOUN" for t in self.doc.tokens[j + 1:token.i]):
            return False  # 'a statement expressing optimism': the noun's participle and its object
        before = self.doc.tokens[j]
        feats = before.feats or ""
        return before.upos in ("PRON", "DET") and ("Poss=Yes" in feats or "PronType=Art" in feats
                                                   or "PronType=Ind" in feats)

    def _before_modifiers(self, token: Token, sentence: Sentence, tags: tuple[str, ...]) -> int:
        """The index of the word before the one or two lowercase modifiers (of these tags) right before the
        token: the determiner or possessive of "her best showing", "its strong showing"."""
        j = token.i - 1
        while j > sentence.first and token.i - j <= 2 and self.doc.tokens[j].upos in tags and self.doc.tokens[j].text.islower():
            j -= 1
        return j

    def _after_possessive(self, token: Token, sentence: Sentence) -> bool:
        """Does a possessive stand before the word, a lowercase adjective or two between ("Kasich's showing",
        "her best showing"; the tagger calls some of them adverbs or nouns)?"""
        j = self._before_modifiers(token, sentence, ("ADJ", "ADV", "NOUN"))
        before = self.doc.tokens[j]
        return j >= sentence.first and (self._possessive(before) or before.upos == "PRON" and before.deprel == "nmod:poss")

    def _ing_after_adjective(self, token: Token, sentence: Sentence, following: Token | None) -> bool:
        """'critical thinking', 'wishful thinking', 'other telling signs': no verb follows a lowercase
        adjective, unless the adjective is a mistagged subject (a noun or pronoun before it) or an object or
        clause follows the -ing form."""
        previous = self.doc.tokens[token.i - 1] if token.i > sentence.first else None
        if previous is None or previous.upos != "ADJ" or not previous.text.islower() \
                or previous.i > sentence.first and self.doc.tokens[previous.i - 1].upos in ("NOUN", "PROPN", "PRON"):
            return False
        return following is None or following.upos not in ("DET", "PRON", "PROPN", "NUM") \
            and not self._is_quote_mark(following) and following.text != ":" \
            and self._fold(following) not in self.cues.infinitive_markers \
            and self._fold(following) not in self.cues.complementizers

    def _third_person_after_subject(self, token: Token, sentence: Sentence) -> bool:
        """'O'Malley frequently notes that …', 'Mr. Cruz supports squeezing out …', 'Rubio opposes abortion',
        '…, a new poll indicates.': a cue verb's third-person form that the weak tagger calls a noun or an
        adjective, right after its subject (a name, a pronoun or a singular noun, adverbs between) and before
        what it reports, or closing the sentence after its content. A determiner, a preposition or a possessive
        before it makes it the noun ('his calls for', 'the claims', 'in reports')."""
        if token.upos not in ("NOUN", "PROPN", "ADJ") \
                or self.cues.verb_key(token) not in self.cues.third_person_lemmas(self._fold(token)):
            return False
        j = self._past_adverbs(token.i, sentence)
        if j < sentence.first:
            return False
        if self._after_closing_quote(j, sentence):
            return True  # '"I'm a voter," declares Stephanie Acs'
        subject = self.doc.tokens[j]
        feats = subject.feats or ""
        following = self.doc.tokens[token.i + 1] if token.i + 1 < sentence.last else None
        if subject.upos == "CCONJ" and following is not None and self._reports_after(following) \
                and any(t.upos == "VERB" for t in self.doc.tokens[sentence.first:j]):
            return True  # "… runs an oil field and says it has …": a second verb of the sentence's subject
        if "Poss=Yes" in feats or subject.upos in ("DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX"):
            return False
        if subject.upos in ("NOUN", "ADJ") and self._counted(subject, sentence):
            return False  # "the two lengthy investigative reports": a plural noun, not a verb agreeing with one
        if subject.upos == "PROPN" and self._after_closing_quote(self._past_adverbs(subject.i, sentence), sentence):
            return True  # '"…," Bozell concludes on the matchup', '…," Bozell points out.'
        if following is not None and self._fold(following) in self.cues.complementizers and token.i + 2 < sentence.last \
                and self.doc.tokens[token.i + 2].upos in ("DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM") \
                and subject.upos in ("NOUN", "PROPN", "VERB") and not self._in_quote(subject):
            # "Polling of union voters shows that Mrs. Clinton …", "the same polling suggests that Mr. Trump …":
            # a complementizer and the subject of its clause; the noun before may be plural (the head of its
            # phrase is not) or tagged a verb (not an adjective: "similar views that", "new worries that")
            return True
        if subject.text == ",":
            # "Yang Shu, director of the institute, calls Horgos …": after an apposition's closing comma
            named = bool(self._apposition_chain(token, sentence))
        else:
            named = subject.upos in ("PROPN", "PRON") or subject.text[:1].isupper() and subject.upos in ("ADJ", "NOUN")
        singular_head = "Number=Plur" not in feats or self._of_phrase_end(subject, sentence)  # "an average of polls"
        # "The survey/ADJ asks whether …": a word after an article and before the verb is the noun the tagger missed
        noun = subject.upos == "NOUN" or subject.upos == "ADJ" and j > sentence.first \
            and "PronType=Art" in (self.doc.tokens[j - 1].feats or "")
        if not named and not (noun and singular_head or self._gerund_head(j, [], sentence)):
            return False
        return self._cue_by_what_follows(token, subject, named, sentence)

    def _counted(self, word: Token, sentence: Sentence) -> bool:
        """Does a numeral above one, spelled out, open the noun phrase the word is in ("the two lengthy
        investigative")? Not digits, which are dates as often ("A Sept. 15, 2011 email shows")."""
        start = self._before_noun_phrase(word, sentence) + 1
        return any(t.upos == "NUM" and t.text.isalpha() and self._fold(t) != "one"
                   for t in self.doc.tokens[start:word.i + 1])

    def _cue_by_what_follows(self, token: Token, subject: Token, named: bool, sentence: Sentence) -> bool:
        """Is the word after a third-person form (its subject found, `named` when a name or pronoun) what a cue
        reports: a content clause, a quote, a gerund, a finding, or, after a name, any object?"""
        following = self.doc.tokens[token.i + 1] if token.i + 1 < sentence.last else None
        if following is None or following.text in SENTENCE_ENDS:
            # "…, a new poll indicates.": the content is the sentence before the subject's phrase
            return any(t.text == "," for t in self.doc.tokens[sentence.first:subject.i])
        if self._reports_after(following) or self._quote_after_comma(following) \
                or following.upos == "NOUN" and following.text[:1].isupper() and not self._in_quote(following):
            return True  # "The book accuses Bob/NOUN of …": a name the tagger calls a common noun
        if named and following.upos == "ADP" and self._complementizer_after_phrase(following):
            return True  # "Bozell agrees with Viguerie that Cruz is …"
        if named and following.upos in VERB_TAGS and self._after_relative(subject):
            return True  # "a show of muscle that Clinton hopes can help …": the relative clause's gap is reported
        if following.upos == "VERB" and self._present_participle(following):
            return True  # "suggests reducing regulations"
        if self._finding([subject]):
            return True  # "The poll shows both Trump and Carson beating Clinton": a poll's finding, whatever follows
        if self.cues.listed(following, self.cues.reflexives):
            return True  # "The separatist regime calls itself/VERB the Republic of Artsakh": a verb's own object
        # "Rubio opposes abortion", "Trump calls for …", "as Trump points out", "the Associated Press reports more
        # than half of …": a name's verb, whatever follows
        after = self.doc.tokens[following.i + 1] if following.i + 1 < sentence.last else None
        return named and (following.upos in ("NOUN", "ADJ") or self._np_like(following, after)
                          or self.cues.listed(following, self.cues.content_proforms)
                          or following.upos == "ADP" and self._cue_preposition(following)
                          or self._fold(following) in self.cues.needs_particle.get(self.cues.verb_key(token), ()))

    def _complementizer_after_phrase(self, preposition: Token) -> bool:
        """Does a complementizer follow the preposition's short noun phrase ("with Viguerie that …")?"""
        sentence = self.doc.sentences[preposition.sent]
        for t in self.doc.tokens[preposition.i + 1:min(sentence.last, preposition.i + 5)]:
            if self._fold(t) in self.cues.complementizers:
                return t.i > preposition.i + 1
            if t.upos not in NP_TAGS:
                return False
        return False

    def _of_phrase_end(self, noun: Token, sentence: Sentence) -> bool:
        """Does the plural noun end an "of" phrase on a singular head ("an average of recent polls shows", "a USA
        TODAY analysis of newly filed campaign-finance reports shows")?"""
        k = self._before_noun_phrase(noun, sentence)
        tokens = self.doc.tokens
        while k > sentence.first and (tokens[k].text in HYPHENS and self._glued(tokens[k])
                                      or tokens[k].upos in ("VERB", "ADV") and self._fold(tokens[k]).endswith(("ed", "ly"))):
            k = self._before_noun_phrase(tokens[k - 1], sentence) if tokens[k - 1].upos in NP_TAGS else k - 1
        return k > sentence.first and self._fold(self.doc.tokens[k]) in self.cues.linking_prepositions \
            and self.doc.tokens[k - 1].upos == "NOUN" and "Number=Plur" not in (self.doc.tokens[k - 1].feats or "")

    def _reports_after(self, following: Token) -> bool:
        """Does the word after a cue open what it reports: an object, a clause, a quote, a colon, an infinitive?"""
        return following.upos in ("DET", "PRON", "PROPN", "NUM", "SCONJ") or self._is_quote_mark(following) \
            or following.text == ":" or self._fold(following) in self.cues.complementizers \
            or self._fold(following) in self.cues.infinitive_markers

    def _set_off_participle(self, token: Token, sentence: Sentence) -> bool:
        """'Pashinyan, asked about the offensive, said …', 'The region, also known as Artsakh, was emptied': a
        past participle set off by commas, opening on a preposition or 'whether', is said TO the noun before
        it or names it; it reports nothing of that noun's. (The weak tagger calls such participles finite,
        so the commas, the past tense and the word after it decide; '…", said Trump' keeps its cue.)"""
        tokens = self.doc.tokens
        following = tokens[token.i + 1] if token.i + 1 < sentence.last else None
        if "Tense=Past" not in (token.feats or "") or following is None \
                or following.upos not in ("ADP", "SCONJ") and self._fold(following) not in self.cues.as_openers:
            return False
        j = self._back_past_adverbs(token.i - 1, sentence)
        if j < sentence.first or tokens[j].text != ",":
            return False
        rest = tokens[token.i + 1:sentence.last]
        # "known as", "known to Armenians as", "described as"; not the "as" that opens a clause of its own
        # ('"…," Quina Jones, 25, said as she and other demonstrators moved through the city')
        if any(self._fold(t) in self.cues.as_openers and t.deprel != "mark" for t in rest[:4]):
            return self._agent_after_as(token, sentence) is None  # but 'described as “…” by Baku'
        closing = next((k for k, t in enumerate(rest) if t.text == "," and not self._in_quote(t)), None)
        after = [t for t in rest[closing + 1:] if t.upos != "ADV"] if closing is not None else []
        # the main clause's verb; not a participle opening a clause of its own ('Burr, a Republican who …,
        # acknowledged that the party may have to disavow Trump, employing the maxim …')
        # (not a quote's mark the tagger calls a verb: '…, called over her shoulder, ''His comments …''')
        return bool(after) and after[0].upos in VERB_TAGS and self._is_word(after[0]) and not self._in_quote(after[0]) \
            and not self._fold(after[0]).endswith("ing")

    def _inside_set_off_participle(self, token: Token, sentence: Sentence) -> bool:
        """'Trump, asked whether he would concede, said no', 'When asked whom she supported, Ms. Sherry …': a cue
        word inside the question put to the speaker (up to its closing comma) is the asker's wording, not a
        speaker's."""
        tokens = self.doc.tokens
        for j in range(token.i - 1, sentence.first, -1):
            if tokens[j].text == "," and not self._in_quote(tokens[j]):
                return False
            if self._set_off_participle(tokens[j], sentence):
                return True
        question = self._opening_question(sentence)
        return question is not None and question[0] < token.i < question[1]

    def _name_audience(self, tokens: list[Token], k: int, key: str | None, cues: CueLexicon) -> Cue | None:
        """'The region, known to Armenians as Artsakh, …': those the name is known to are its speaker,
        and the name after 'as' (to the phrase's closing comma) its content."""
        if key not in cues.name_audiences or k + 1 >= len(tokens) \
                or self._fold(tokens[k + 1]) not in cues.name_audiences[key]:
            return None
        opener = next((j for j in range(k + 2, min(k + 2 + SOURCE_MAX_TOKENS, len(tokens)))
                       if self._fold(tokens[j]) in self.cues.as_openers), None)
        if opener is None:
            return None
        source = [t for t in tokens[k + 2:opener] if self._is_word(t)]
        name = [t for t in self._clause_end(tokens[opener + 1:], subordinate=True)
                if self._is_word(t) or self._is_quote_mark(t)]
        # a noun phrase, not "known to use the house as …"
        if not source or not any(t.upos in NOMINAL_TAGS or t.upos is None for t in source) or not name or not all(
                t.upos in NP_TAGS or t.upos is None or self._fold(t) in self.cues.linking_prepositions for t in source):
            return None
        return Cue(tokens[k], (tokens[k].start, tokens[k + 1].end), source, (name[0].start, name[-1].end), "verb")

    def _name_known_to_nobody(self, token: Token, sentence: Sentence) -> bool:
        """'many of them derisively known as …', 'known by the acronym ISIL', 'known to be bullish': the participle
        of a name's audience (`name_audiences`) with none named reports nobody's words, wherever it stands."""
        following = self.doc.tokens[token.i + 1] if token.i + 1 < sentence.last else None
        return "Tense=Past" in (token.feats or "") and following is not None \
            and self.cues.verb_key(token) in self.cues.name_audiences \
            and (self._fold(following) in self.cues.as_openers or self._fold(following) in self.cues.agent_prepositions
                 or following.upos == "PART" and self._fold(following) in self.cues.infinitive_markers)

    def _headline_cue_key(self, token: Token, sentence: Sentence) -> str | None:
        """'Pashinyan Calls Azerbaijani Offensive An Aggression', 'Flight attendants' union endorses Clinton',
        'Black Lawmakers Rip Donald Trump': headlines are written as noun phrases, which the tagger reads every
        word of as a name or a noun; a third-person form of a cue verb after a name or noun (or its base form
        after a plural) is the cue. In running text, a capitalised word is most often a name: there only a
        title-case headline counts."""
        j = self._past_adverbs(token.i, sentence)  # "Donald Trump Finally Endorses …", "Time Just Announced …"
        previous = self.doc.tokens[j] if j >= sentence.first else None
        headline = self.article.in_headline(token.start)
        # (in a headline the tagger may even call the subject's noun an adjective: "Yerevan mayor/ADJ blames")
        nominal = ("PROPN", "NOUN", "ADJ") if headline else ("PROPN", "NOUN")
        if previous is None or token.upos not in ("PROPN", "NOUN") or previous.upos not in nominal \
                or self._in_quote(token):
            return None
        if not headline and not token.text[:1].isupper():
            return None
        word = self._fold(token)
        following = self.doc.tokens[token.i + 1] if token.i + 1 < sentence.last else None
        if headline and not token.text[:1].isupper() and (
                word in self.cues.plural_nouns or following is None or following.upos in VERB_TAGS | {"ADV"}):
            return None  # "More than 1,200 Clinton emails now deemed classified", "Nomination questions are …"
        lemmas = self.cues.third_person_lemmas(word)
        key = next((k for k in [word, *lemmas] if k in self.cues.verbs), None) if lemmas else None
        if key is None and headline and word in self.cues.verbs and previous.upos in ("NOUN", "PROPN") \
                and (self._plural_noun(previous) or self._fold(previous).endswith("s")
                     and not self._fold(previous).endswith(("ss", "us", "is"))):  # not "A Curious Plan"
            key = word  # "Black Lawmakers Rip Donald Trump"
        # the sentence's case is read last
        return key if key is not None and (headline or self._title_case(sentence)) else None

    def _plural_subject_before(self, token: Token, previous: Token | None, following: Token | None) -> bool:
        """'many Sanders supporters insist there were …', 'His advisers believe he can win', 'Only a quarter
        of Americans agree with him': the base form of a cue verb after a plural noun or pronoun, which
        the weak tagger takes for a noun or a conjunction, and a clause or an object after it."""
        if token.upos not in ("NOUN", "SCONJ", "ADJ") or previous is None or following is None \
                or self._fold(token) != self.cues.verb_key(token):
            return False
        plural = self._plural_noun(previous) or self._plural_head_before_phrase(previous)
        if plural and following.text in SENTENCE_ENDS:
            return self._closes_on_its_content(previous, self.doc.sentences[previous.sent])
        return plural and (following.upos in ("DET", "PRON", "PROPN", "SCONJ", "NUM", "ADP", "ADV", "NOUN", "ADJ")
                           or self._quote_after_comma(following)) and not self._in_quote(following)

    def _plural_noun(self, token: Token) -> bool:
        return token.upos in ("NOUN", "PROPN", "PRON") and "Number=Plur" in (token.feats or "") \
            and "Poss=Yes" not in (token.feats or "")

    def _plural_head_before_phrase(self, noun: Token) -> bool:
        """'Supporters of the law hope …', 'FEC records from the 2008 election cycle show …': the noun before the
        verb ends a prepositional phrase on a plural head."""
        if noun.upos not in ("NOUN", "PROPN"):
            return False
        sentence = self.doc.sentences[noun.sent]
        k = self._before_noun_phrase(noun, sentence)
        preposition = self.doc.tokens[k]
        # (not a time clause's "since", "after": "in the weeks since the DNC email leaks")
        return k - 1 >= sentence.first and preposition.upos == "ADP" and preposition.text.islower() \
            and self._fold(preposition) not in self.cues.adverbial_subordinators \
            and self._plural_noun(self.doc.tokens[k - 1]) and self.doc.tokens[k - 1].upos != "PRON"

    def _closes_on_its_content(self, subject: Token, sentence: Sentence) -> bool:
        """'He agreed to sell it in 2010, records show.', '…, Federal Election Commission records show.': a cue
        and its subject's phrase closing the sentence after a comma, whose content is the sentence before them."""
        k = self._before_noun_phrase(subject, sentence)
        return k > sentence.first and self.doc.tokens[k].text == "," \
            and any(self._is_word(t) for t in self.doc.tokens[sentence.first:k])

    def _quote_after_comma(self, following: Token) -> bool:
        """'Prager continues, “In fact, …”', 'Sanders asks at Western High School, “Any questions …?”': a comma and
        the opening mark of a quote after the cue, where it was said between them."""
        tokens = self.doc.tokens
        sentence = self.doc.sentences[following.sent]
        comma = following
        if following.upos == "ADP":
            comma = next((t for t in tokens[following.i + 1:min(sentence.last, following.i + SETTING_MAX_TOKENS)]
                          if t.text == "," or t.upos in VERB_TAGS or self._in_quote(t)), following)
        k = comma.i + 1
        return comma.text == "," and k + 1 < len(tokens) and self._is_quote_mark(tokens[k]) \
            and self._in_quote(tokens[k + 1])

    def _is_passive(self, cue: Token) -> bool:
        """'was announced', 'has been reported': a passive auxiliary in the parse, or a form of 'be' right
        before the participle when there is no parse."""
        sentence = self.doc.sentences[cue.sent]
        previous = self.doc.tokens[cue.i - 1] if cue.i > sentence.first else None
        j = self._past_adverbs(cue.i, sentence)  # ("The investigation, often labeled as …")
        participle = "VerbForm=Part" in (cue.feats or "") and "Tense=Past" in (cue.feats or "") or (
            j >= sentence.first and (self.doc.tokens[j].upos == "NOUN" or self.doc.tokens[j].text == ",")
            and self._fold(cue).endswith("ed")) or self._ed_before_agent(cue, sentence)
        # (not past a bare plural, the object whose makers "by" names: "praised efforts by Secretary Kerry")
        following = self.doc.tokens[cue.i + 1] if cue.i + 1 < sentence.last else None
        near = 1 if following is not None and following.upos == "NOUN" and "Number=Plur" in (following.feats or "") else 2
        if participle and self._agent_preposition(cue, sentence, near=near) is not None:
            # "Asked by Stephanopoulos to respond, …", "the region called Artsakh by Armenians", "Stepanakert,
            # called Khankendi by Azerbaijan, …" (the weak tagger calls it a finite past)
            return True
        if self.doc.has_parse:
            # not an auxiliary the weak parse hangs on the cue from inside a quote before it ('"… so be it,"
            # said Deb Kline') or from the clause the cue is set into ('It was impossible, Gabuyev said, so …'),
            # nor one of the reported clause after it ('Paul said Trump is unelectable')
            return any(child.deprel == "aux:pass" and child.i < cue.i and not self._in_quote(child)
                       and not self._is_quote_mark(child)  # the tagger's "''/AUX" closing a typewriter quote
                       and not any(self._is_quote_mark(t) or t.text in CLAUSE_MARKS or t.upos in ("PROPN", "PRON")
                                   for t in self.doc.tokens[child.i + 1:cue.i])
                       and not self._has_contracted(child)
                       for child in self.doc.children(cue))
        return previous is not None and self._fold(previous) in self.cues.passive_auxiliaries

    def _has_contracted(self, auxiliary: Token) -> bool:
        """"he's said", "who's called for": the contracted 's after a person is "has", not a passive "is"."""
        if auxiliary.text not in POSSESSIVE_ENDINGS or auxiliary.i == 0:
            return False
        person = self._fold(self.doc.tokens[auxiliary.i - 1])
        return self.cues.pronouns.get(person) in PERSON_KINDS or person in self.cues.person_relatives

    def _agent_preposition(self, cue: Token, sentence: Sentence, near: int) -> Token | None:
        """The preposition of a passive cue's agent: within `near` tokens after the cue ("announced by", "called
        Artsakh by"), or after the name an "as" gives (`_agent_after_as`)."""
        found = next((t for t in self.doc.tokens[cue.i + 1:min(cue.i + 1 + near, sentence.last)]
                      if self._fold(t) in self.cues.agent_prepositions), None)
        return found or self._agent_after_as(cue, sentence)

    def _agent_after_as(self, cue: Token, sentence: Sentence) -> Token | None:
        """'described as “anti-terror” by Baku': the agent's preposition after the name an "as" right after the
        participle gives, in the same clause; none after an active verb ("strategists acknowledged as much … by")."""
        tokens = self.doc.tokens
        if cue.i + 1 >= sentence.last or self._fold(tokens[cue.i + 1]) not in self.cues.as_openers \
                or not self._participle_of_passive(cue, sentence):
            return None
        for t in tokens[cue.i + 2:sentence.last]:
            if t.text in CLAUSE_MARKS and not self._in_quote(t) or t.upos in VERB_TAGS:
                return None
            if self._fold(t) in self.cues.agent_prepositions:
                return t
        return None

    def _participle_of_passive(self, verb: Token, sentence: Sentence) -> bool:
        """'was described', 'The operation, described …': a passive auxiliary, a comma before the participle (past
        its adverbs) or no subject at all; not a verb after its subject ('strategists acknowledged')."""
        children = self.doc.children(verb)
        j = self._past_adverbs(verb.i, sentence)
        return any(c.deprel == "aux:pass" for c in children) or j >= sentence.first and self.doc.tokens[j].text == "," \
            or not any((c.deprel or "").startswith("nsubj") for c in children)

    def _ed_before_agent(self, cue: Token, sentence: Sentence) -> bool:
        """'when asked by a reporter', which the weak tagger calls a finite past: an -ed form before the
        agent's preposition; not 'concluded by admonishing journalists', where an -ing form follows it."""
        tokens = self.doc.tokens
        by = cue.i + 1
        return self._fold(cue).endswith("ed") and by < sentence.last \
            and self._fold(tokens[by]) in self.cues.agent_prepositions \
            and not (by + 1 < sentence.last and self._fold(tokens[by + 1]).endswith("ing"))

    def _passive(self, cue: Token) -> tuple[list[Token], tuple[int, int] | None] | None:
        """The agent of a passive cue as its source ('It was announced by the ministry that …'), and as
        content the clause after it, or else the subject ('The operation was announced by the ministry').
        None when the cue is active."""
        if not self._is_passive(cue):
            return None
        sentence = self.doc.sentences[cue.sent]
        tokens = self.doc.tokens
        by = self._agent_preposition(cue, sentence, near=3)
        agent = self._run_after(by.i, sentence) if by is not None else []
        if not agent:
            # "it was announced that …": reported with no speaker (the subject of a passive is not its speaker)
            return [], self._impersonal_content(cue, sentence)
        named = [t for t in tokens[cue.i + 1:by.i] if self._is_word(t) or self._is_quote_mark(t)]
        if named and self._fold(named[0]) in self.cues.as_openers:
            named = named[1:]  # 'described as “anti-terror” by Baku'
        if any(self._is_word(t) for t in named):  # "the region called Artsakh by Armenians": the name is their word
            return agent, (named[0].start, named[-1].end)
        clause = self._content_of(cue, agent[-1].end, agent)
        subject = [t for t in tokens[sentence.first:cue.i] if self._is_word(t)]
        while subject and (subject[-1].upos in SKIPPABLE_BEFORE_CUE or self._fold(subject[-1]) in self.cues.passive_auxiliaries
                           or subject[-1].upos == "SCONJ"):
            subject.pop()
        passive_subject = next((c for c in self.doc.children(cue) if c.deprel == "nsubj:pass" and c.i < cue.i), None)
        if passive_subject is not None:
            # "…, only to laud the same concepts when they were offered by a man": the clause's own subject
            # is what the agent did it to, not the sentence before the clause
            first = min(t.i for t in self.doc.subtree(passive_subject))
            subject = [t for t in subject if t.i >= first] or subject
        if subject and subject[-1].i == cue.i - 1 and subject[-1].upos in ("NOUN", "PROPN"):
            # "Rubio sought a compromise plan endorsed by top Senate Democrats": a participle after its noun,
            # with no auxiliary, says what the agent did to that noun, not to the whole sentence before it
            subject = self._run_before(cue.i, sentence) or subject
        relative = next((t for t in reversed(subject) if self._fold(t) in self.cues.relative_pronouns
                         and self.doc.tokens[t.i - 1].text == ","), None)
        if relative is not None and not any(t.text == "," for t in tokens[relative.i:cue.i]):
            subject = [relative]  # '"…," Ash wrote in the email, which was first reported by the AP': the email
        opener = self._fold(self._token_at(clause[0])) if clause else None
        # "Asked by Reuters whether …", "When asked by a reporter to respond …": what the agent asked
        if clause and (opener in self.cues.complementizers or not subject and opener in self.cues.infinitive_markers):
            return agent, clause
        return agent, (subject[0].start, subject[-1].end) if subject else None
