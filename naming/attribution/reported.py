"""Reported speech: cue verbs, "according to", and the clause each one reports (colons: `colons`; nouns and
adjectives: `stance_cues`)."""
from __future__ import annotations

from ..cues import PERSON_KINDS, CueLexicon
from ..nlp import Sentence, Token
from ..text import fold, token_pieces
from .colons import ColonStatements
from .reader import (ANAPHOR_SUBJECT_MAX_WORDS, CLAUSE_MARKS, CONTENT_OPENER_WINDOW, HYPHENS, NOMINAL_TAGS, NP_TAGS,
                     PARTICLE_WINDOW, POSSESSIVE_ENDINGS, POSSESSIVE_MARKS, SENTENCE_ENDS, SETTING_MAX_TOKENS,
                     SKIPPABLE_BEFORE_CUE,
                     SOURCE_MAX_TOKENS, SUBJECT_RELS, TEMPORAL_RELS, VERB_TAGS, Cue)
from .stance_cues import NounAndAdjectiveCues


class ReportedSpeech(ColonStatements, NounAndAdjectiveCues):
    """The cues of an article (speech verbs, "according to", colons) and the clause each one reports."""

    # -- cue verbs
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

    def _impersonal_content(self, cue: Token, sentence: Sentence) -> tuple[int, int] | None:
        """'It was reported that …', 'On Monday, it was announced that …', 'Es wurde berichtet, dass …', 'Было
        объявлено, что …', 'Сообщается, что …': with no subject but an expletive pronoun (`extraposing_pronouns`)
        in the cue's clause, past auxiliaries, adverbs and time words, the clause its complementizer opens."""
        opening = next((t.i + 1 for t in reversed(self.doc.tokens[sentence.first:cue.i]) if t.text in CLAUSE_MARKS),
                       sentence.first)
        subject = [t for t in self.doc.tokens[opening:cue.i] if self._is_word(t) and t.upos not in SKIPPABLE_BEFORE_CUE
                   and not any(self.cues.listed(t, words) for words in (
                       self.cues.passive_auxiliaries, self.cues.auxiliaries, self.cues.adverbs, self.cues.time_words))]
        if len(subject) > 1 or subject and self._fold(subject[0]) not in self.cues.extraposing_pronouns \
                or not subject and opening > sentence.first:  # "X, then prime minister, was declared …"
            return None
        clause = self._content_of(cue, cue.end, [])
        opener = self._token_at(clause[0]) if clause else None
        # not a determiner or a relative pronoun: "is considered a case study of that model"
        return clause if opener is not None and opener.upos in (None, "SCONJ") \
            and self._fold(opener) in self.cues.complementizers else None

    def _sentence_before_anaphor(self, cue: Token, sentence: Sentence,
                                 pieces_of: list[list[str]]) -> tuple[tuple[int, int], list[Token]] | None:
        """'Об этом заявил в среду министр …', 'Про це повідомило МЗС', 'Das sagte Aliyev am Dienstag': a cue
        whose clause opens with a word for what was just said (`anaphors`), then at most a short subject,
        reports the sentence before it in the paragraph. That sentence's span, and the subject's words.
        `pieces_of`: the pieces of the sentence's tokens."""
        n = self._opened_by(pieces_of, self.cues.anaphors)
        if not n or sentence.i == 0 or self.doc.sentences[sentence.i - 1].paragraph != sentence.paragraph:
            return None
        tokens = self.doc.tokens[sentence.first:cue.i]
        subject = [t for t in tokens[n:] if self._is_word(t) and not self._surface_skippable(t)
                   and self._fold(t) not in self.cues.time_words and self._fold(t) not in self.cues.adjunct_prepositions]
        if len(subject) > ANAPHOR_SUBJECT_MAX_WORDS or subject and n == 1 and self._fold(tokens[0]) in self.cues.determiners:
            return None  # "Das Ministerium sagte, …": an article, not the anaphor
        if any(t.text in CLAUSE_MARKS or self.cues.is_verb(t) for t in tokens[n:]):
            return None  # "Об этом заявил Гасанов, добавив, что …": the second cue has its own words
        words = [t for t in self.doc.sentence_tokens(self.doc.sentences[sentence.i - 1])
                 if self._is_word(t) or self._is_quote_mark(t)]
        return ((words[0].start, words[-1].end), subject) if words else None

    def _opened_by(self, pieces_of: list[list[str]], phrases: tuple[tuple[str, ...], ...]) -> int:
        """How many tokens of the phrase that opens the sentence, of those given; 0 where none does."""
        return next((n for phrase in phrases if (n := self._phrase_at(pieces_of, 0, phrase))), 0)

    def _noun_cue_owner(self, phrase: list[Token]) -> list[Token]:
        """'a statement by the ministry said', 'the ministry's statement said' speak for the ministry."""
        folded = [self._fold(t) for t in phrase]
        for k, word in enumerate(folded):
            if word in self.cues.nouns:
                after = phrase[k + 1:]
                if after and self._fold(after[0]) in self.cues.owner_prepositions:
                    return after[1:]
                owner = [t for t in phrase[:k] if t.text not in POSSESSIVE_MARKS]
                if owner and phrase[k - 1].text in POSSESSIVE_MARKS:
                    return owner
        return phrase

    # -- content
    def _content_of(self, cue: Token, end_of_cue: int, source: list[Token]) -> tuple[int, int] | None:
        """The reported clause: the side of the sentence that the cue faces."""
        doc = self.doc
        sentence = doc.sentences[cue.sent]
        tokens = doc.sentence_tokens(sentence)
        after = [t for t in tokens if t.start >= end_of_cue and not (source and source[0].i <= t.i <= source[-1].i)]
        if source and source[0].i > cue.i and source[-1].i + 1 < sentence.last \
                and self._fold(doc.tokens[source[-1].i + 1]) in self.cues.person_relatives:
            after = [t for t in after if t.i < source[0].i]  # "…, said six million people who lost …": theirs
        aside = self._aside_after(source, sentence) if source and source[0].i > cue.i else None
        if aside is not None:  # "…,'' said Mr. Burman (a view echoed by everyone I interviewed).": the writer's
            after = [t for t in after if not source[-1].i < t.i <= aside]
        words_after = [t for t in after if self._is_word(t)]
        if cue.upos is None and self._only_particle_after(cue, words_after):
            after = words_after = []  # "…, teilte das Ministerium am Dienstag mit.": the clause before
        if not words_after and after and after[0].text == ":" and cue.upos is not None:
            # "In a speech last July, he said:" closing its paragraph: the statement follows
            after = [t for t in self._after_mark(tokens, after[0].i - tokens[0].i) if t.start > cue.end]
            if not any(self._is_word(t) for t in after):
                following = cue.sent + 1
                after = doc.sentence_tokens(doc.sentences[following]) if following < len(doc.sentences) else []
            words_after = [t for t in after if self._is_word(t)]
        # ", officials said." or ", X said in a statement.": nothing (or only an adjunct) follows the cue,
        # so the content is what precedes the speaker
        first_before = self._cue_and_speaker(cue, source)[0]
        # (not a cue going on from another: "said it was too early but added, | “…”" faces the quote after it)
        # (not a cue inside the clause another reports: "said Wednesday he agrees with Ginsburg")
        # (nor an infinitive: "X declined to comment." reports nothing before X)
        # ("…, Pashinyan said Monday.", "…, he said at a rally last week.": when and where, not what)
        faces_before = (self._occasion(cue, words_after, sentence) or self._outlet_clause_after(cue, source, sentence)
                        or self._when_after_quote(cue, source, words_after, sentence)) \
            and not self._after_infinitive_marker(cue) \
            and not (source and source[-1].i < cue.i - 1 and self._after_conjunction(cue)) \
            and (first_before == sentence.first or not self._is_word(doc.tokens[first_before - 1]) or cue.upos is None
                 or self._as_clause_closing(first_before, sentence, cue))
        before = self._clause_before(tokens, first_before) if faces_before else []
        if before:
            parts = before
        else:
            # set off by commas ("Stepanakert, which Azerbaijan calls Khankendi, …", "Karabakh, as
            # Azerbaijanis call the region, …"), the clause ends at its closing comma
            relative = self._in_relative_clause(cue)
            set_off = relative or self._in_subordinate_clause(cue)
            if set_off and not relative and len(after) > 1 and after[0].text == "," and not self._is_quote_mark(after[1]) \
                    and self._fold(doc.tokens[sentence.first]) not in self.cues.as_openers:
                # "By the time those primaries concluded, …": the main clause after is nobody's words (but
                # 'When someone shouted, “Cruz,” Beck joked' shouted the quote)
                return None
            # skip what stands between the cue and its clause: "in a statement," "on Tuesday that",
            # "told reporters that", "promised Monday to …"; the complementizer belongs to the content, as
            # PARC and PolNeAR annotate it
            for k, t in enumerate([] if set_off else after[:CONTENT_OPENER_WINDOW]):
                if self._setting_before_clause(after, k, sentence):
                    after = after[k:]  # "said in a statement it was …": where it was said, then what
                    break
                opener = self._fold(t) in self.cues.complementizers or (self._fold(t) in self.cues.infinitive_markers and t.upos == "PART")
                if t.text == "," and k + 1 < len(after) and self._fold(after[k + 1]) in self.cues.complementizers:
                    continue  # "заявил журналистам, что …", "sagte Journalisten, dass …": the comma before the clause
                if t.text == "," and k + 1 < len(after) and (self._concessive_at(after, k + 1) or (
                        self._fold(after[k + 1]) in self.cues.relative_pronouns
                        and self._fold(after[k + 1]) not in self.cues.complementizers)):
                    # "made a good case for his wife, while other voters said …", "made no mention of Jeb Bush,
                    # who announced …": the topic, then the outlet's words or a relative clause on the topic
                    break
                if opener or t.text in (",", ":"):
                    skipped = after[:k]
                    # (untagged, a cue verb among them owns the clause: "называет эти заявления «клеветой» и
                    # настаивает, что …", and a quote is what was said: "называет это «добровольным выездом», а …")
                    if all(x.upos in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "ADV", None) or x.text == ","
                           or self._capitalised_in_name(x, skipped) for x in skipped) \
                            and not any(x.upos is None and (self.cues.is_verb(x) or self._in_quote(x)) for x in skipped) \
                            and (opener or not skipped or skipped[0].upos == "ADP"
                                                  or all(x.deprel in TEMPORAL_RELS for x in skipped)
                                                  # no tags: "teilte am Dienstag mit, dass …"
                                                  or skipped[0].upos is None and self._not_name(skipped[0])):
                        after = after[k:] if opener else after[k + 1:]
                    break
            if set_off and self._fold(doc.tokens[sentence.first]) in self.cues.as_openers:
                comma = self._comma_past_occasion(cue, after, sentence)  # "As Pashinyan noted in a speech on Monday, …"
                after = after if comma is None else after[comma:]
            clause = self._besides_audience(cue, after)
            if clause and len(clause) < len(after) and clause[0].upos in ("DET", "PRON", "PROPN", "NOUN", "NUM") \
                    and any(t.upos in VERB_TAGS for t in clause):
                after = clause  # "told reporters the talks had failed": to whom, then what
            parts = self._clause_end(after, subordinate=set_off)
            opener = source[0].i - 1 if source else cue.i - 1
            if opener >= sentence.first and self._fold(doc.tokens[opener]) in self.cues.free_relatives \
                    or self._fold(doc.tokens[sentence.first]) in self.cues.free_relatives and sentence.first < cue.i:
                parts = self._what_is_called(parts)
            elif self._is_naming_verb(cue):
                parts = self._name_given(cue, parts)
        parts = [t for t in parts if self._is_word(t) or self._is_quote_mark(t)]
        if parts and self._is_quote_mark(parts[0]) and not self._opens_quote(parts[0]) \
                and parts[0].start > 0 and self.text[parts[0].start - 1].isalpha():
            parts = parts[1:]  # the apostrophe of "parle d’« … »", split off its word by the tokenizer
        while parts and self._is_quote_mark(parts[-1]) and not self._in_quote(parts[-1]) \
                and parts[-1].end > parts[0].start and not self._closes_quote(parts[-1]):
            parts = parts[:-1]
        if not self._besides_time([t for t in parts if self._is_word(t)], sentence):
            return None  # "Pashinyan said Monday.": when, and nothing said
        start, end = parts[0].start, parts[-1].end
        for quote in self.quotes:  # never cut a quote in half
            if quote.start < end < quote.end:
                end = quote.end
        return start, end

    def _cue_and_speaker(self, cue: Token, source: list[Token]) -> tuple[int, int]:
        """The indices of the first and the last token of the cue and its speaker's phrase, whichever comes first."""
        indices = [cue.i] + [t.i for t in source]
        return min(indices), max(indices)

    def _outlet_clause_after(self, cue: Token, source: list[Token], sentence: Sentence) -> bool:
        """Does a comma after the cue (and its speaker), past only when, where or to whom it was said, open a clause
        of the outlet's ("…, Anthony says, and she felt …", "…, lawmakers said Friday, as they bristled …", "…, he
        said in a statement, arguing that …")? Then the words reported are before the cue."""
        tokens = self.doc.tokens
        start = self._cue_and_speaker(cue, source)[1] + 1
        comma = next((t.i for t in tokens[start:sentence.last] if t.text == ","), None)
        if comma is None or comma + 1 == sentence.last:
            return False
        opening = tokens[comma + 1]
        if comma == start and opening.upos == "CCONJ":
            return True
        if self._present_participle(cue):
            return False  # "his tradition of tweeting about the debates, and …"
        words = [t for t in tokens[start:comma] if self._is_word(t)]
        if not self._occasion(cue, words, sentence) or not self._states_nothing(words):
            return False  # (but "Ike refused to intervene, and …": what he refused)
        # (a subordinator the tagger calls a preposition: "because/ADP the talks had failed")
        clause = opening.upos == "ADP" and self._subject_and_finite_verb(
            [t for t in tokens[comma + 2:sentence.last] if self._is_word(t)])
        return opening.upos == "CCONJ" or self._fold(opening) not in self.cues.complementizers and (
            self._subordinator(opening) or clause or opening.upos == "VERB" and self._present_participle(opening))

    def _when_after_quote(self, cue: Token, source: list[Token], words_after: list[Token], sentence: Sentence) -> bool:
        """'“Really,” she added when the interviewer expressed shock': right after a quote and its speaker, a
        clause opened by a subordinator says when or why the quote was said, not what ("He said when he was
        young, …" may report it)."""
        first, last = self._cue_and_speaker(cue, source)
        return bool(words_after) and words_after[0].i == last + 1 and self._after_closing_quote(first - 1, sentence) \
            and (self._fold(words_after[0]) in self.cues.adverbial_subordinators
                 or self._fold(words_after[0]) in self.cues.as_openers)

    def _clause_before(self, tokens: list[Token], first: int) -> list[Token]:
        """The words before a speaker set off after them ("…, officials in Baku said"), up to the last comma;
        none where they are an adjunct with no verb and no quote ("In a speech last July, he said: …", "Then,
        Trump called into …"): the content is after the cue."""
        parts = [t for t in tokens if t.i < first]
        colons = list(self._colons_before_quotes(parts))
        if colons:
            parts = parts[colons[-1] + 1:]  # 'Clinton seemed irritated: “…,” she wrote.': the quote alone
        if not any(self._is_word(t) for t in parts):
            return []
        commas = [k for k, t in enumerate(parts) if t.text == ","]
        if commas and commas[-1] > 0:
            parts = parts[:commas[-1]]
        words = [t for t in parts if self._is_word(t)]
        adjunct = words[0].upos in ("ADP", "ADV", "SCONJ", "CCONJ")
        if adjunct and not any(t.upos in VERB_TAGS or self._in_quote(t) for t in parts):
            return []
        return parts

    def _comma_past_occasion(self, cue: Token, after: list[Token], sentence: Sentence) -> int | None:
        """Where in the tokens after a cue the comma is that closes its "as" clause, when only when or where it was
        said, or to whom, stand before it ("As Pashinyan noted in a speech on Monday, | the talks …"); None
        where no comma follows or more stands before it."""
        comma = next((k for k, t in enumerate(after) if t.text == ","), None)
        if comma is None or not self._occasion(cue, [t for t in after[:comma] if self._is_word(t)], sentence):
            return None
        return comma

    def _occasion(self, cue: Token, words: list[Token], sentence: Sentence) -> bool:
        """Are the words after a cue, past when and to whom, nothing, a short prepositional phrase ("at a rally",
        "of Trump") or where they were said ("in an interview with Reuters"), with the title of a work where it
        was said ("in his 2012 book, “An American Son.”")?"""
        adjunct = [t for t in self._besides_audience(cue, self._besides_time(words, sentence)) if not self._in_title(t)]
        return not adjunct or len(adjunct) <= 4 and adjunct[0].upos == "ADP" or self._setting(adjunct)

    def _setting(self, words: list[Token]) -> bool:
        """'…, Pashinyan said in an interview with Reuters.', '… wrote in a memo to the inspector general': a
        prepositional phrase of a noun of speech, with no verb, quote or complementizer, is where it was said."""
        return bool(words) and words[0].upos == "ADP" and any(self.cues.listed(t, self.cues.nouns) for t in words) \
            and self._states_nothing(words)

    def _setting_before_clause(self, after: list[Token], k: int, sentence: Sentence) -> bool:
        """Do the tokens after a cue hold, before token k, only where the words were said ("in a statement"),
        ending with a noun of speech, and from k on a clause with no complementizer ("it was …"; not "Tuesday
        that …")?"""
        if k < 2:
            return False
        opening, last = after[k], after[k - 1]
        # the setting ends with its noun of speech, or with a name after a preposition ("in an interview with
        # Reuters", "in a statement on Monday"), where an article or a pronoun opens the clause
        ends = opening.upos in ("PRON", "DET", "PROPN") and self.cues.listed(last, self.cues.nouns) \
            or opening.upos in ("PRON", "DET") and last.text[:1].isupper() and after[k - 2].upos == "ADP"
        return ends and self._setting(after[:k]) and not any(self._time_word(t, sentence) for t in after[k:k + 2]) \
            and self._subject_and_finite_verb([t for t in after[k:] if self._is_word(t)])

    def _besides_audience(self, cue: Token, words: list[Token]) -> list[Token]:
        """The words after the audience that opens them, after a verb whose object is whom the words were for
        ("told reporters", "told The Associated Press", "assured supporters in Goris"): a pronoun, or a noun
        phrase headed by a name or an audience noun."""
        if not words or not self.cues.listed(cue, self.cues.audience_verbs) or words[0].i != cue.i + 1:
            return words
        if words[0].upos == "PRON" and "Case=Acc" in (words[0].feats or ""):
            return words[1:]
        k = 0
        while k < len(words) and (words[k].upos in ("DET", "ADJ", "PROPN", "NOUN", "NUM") or words[k].text[:1].isupper()
                                  or words[k].text in POSSESSIVE_ENDINGS) and not (k and words[k].upos == "DET"):
            k += 1  # "The Associated/VERB Press"; up to the next phrase's article ("told reporters the talks …")
            if words[k - 1].text.islower() and self.cues.listed(words[k - 1], self.cues.audience_nouns):
                break  # "told reporters Moscow was …": the audience noun ends its phrase
        head = words[k - 1] if k else None
        if head is not None and (head.upos == "PROPN" or head.text[:1].isupper()  # "CNN/VERB"
                                 or self.cues.listed(head, self.cues.audience_nouns)):
            return words[k:]
        return words

    def _capitalised_in_name(self, word: Token, phrase: list[Token]) -> bool:
        """'told The Associated/VERB Press that', 'wrote on X/PUNCT that': a capitalised word inside a name
        between a cue and its clause, whatever its tag (any word a preposition opens the phrase for)."""
        return self._name_in_running_text(word) or word.text.isalpha() and word.text[:1].isupper() \
            and word is not phrase[0] and phrase[0].upos == "ADP"

    def _as_clause_closing(self, first: int, sentence: Sentence, cue: Token) -> bool:
        """'The numbers changed, as Pashinyan has acknowledged.': an "as" clause reports the sentence before it,
        unless a cue of that sentence has its speaker already ('"…," she said, as the crowd applauded'); a verb
        of saying itself reports it whatever stands before ('The video does not show whether he had a gun, as
        police have said')."""
        tokens = self.doc.tokens
        if self._fold(tokens[first - 1]) not in self.cues.as_openers:
            return False
        return self.cues.verb_key(cue) in self.cues.inverting_verbs or not any(
            t.upos == "VERB" and self.cues.is_verb(t) and not self._in_quote(t) for t in tokens[sentence.first:first - 1])

    def _lead(self, cue: Token, source: list[Token], content: tuple[int, int] | None) -> tuple[int, int] | None:
        """'Sooner or later, he said, it starts to pay off': the speaker and cue set off by commas inside
        the reported sentence, whose first piece then belongs to the content too."""
        opening = min(cue.i, source[0].i) if source else None  # "…, said Doyle and others, would be …" too
        if not source or content is None or opening == self.doc.sentences[cue.sent].first:
            return None
        tokens = self.doc.tokens
        if source[-1].i < cue.i and any(self._is_word(t) and t.upos not in SKIPPABLE_BEFORE_CUE
                                        for t in tokens[source[-1].i + 1:cue.i]):
            return None  # "Suu Kyi said it was too early but added, …": the speaker is not set off with the cue
        comma = tokens[opening - 1]
        between = self._tokens_within(max(cue.end, source[-1].end), content[0])
        if comma.text != "," or not between or between[0].text != ",":
            return None
        lead = [t for t in tokens[self.doc.sentences[cue.sent].first:comma.i] if self._is_word(t) or self._is_quote_mark(t)]
        words = [t for t in lead if self._is_word(t)]
        if not words or any(self.cues.is_verb(t) and t.upos == "VERB" and not self._after_impersonal_adjective(t) for t in words):
            return None
        opening = tokens[between[-1].i + 1] if between[-1].i + 1 < len(tokens) else None
        if opening is not None and (self._is_quote_mark(opening) or self._in_quote(opening)) and self._sets_the_scene(words):
            return None  # 'In a statement Thursday, he said, "…"': the outlet's setting, the quote his words
        return lead[0].start, lead[-1].end

    def _sets_the_scene(self, words: list[Token]) -> bool:
        """An adverbial opening: a prepositional phrase or adverb with no verb ("In a statement Thursday",
        "Still"), or a clause of time or manner ("As the convoy left", "When asked …")."""
        first = self._fold(words[0])
        if first in self.cues.adverbial_subordinators or first in self.cues.as_openers:
            return True
        # not "whether" or "if", whose clause may be the speaker's and whose verb the tagger may miss
        adverbial = words[0].upos in ("ADP", "ADV", "CCONJ") \
            or first in self.cues.adverbs or first in self.cues.time_words  # "Still/PROPN", "Later/PROPN"
        return adverbial and not any(t.upos in VERB_TAGS for t in words)

    def _clause_end(self, tokens: list[Token], subordinate: bool = False) -> list[Token]:
        """The reported clause stops at a semicolon or a dash, and before ', though …' or ', while …'
        (outside quotes): what follows is the outlet's again. In a subordinate clause ('As Trump lamented
        illegal immigration, Clinton …') it stops at the first comma."""
        for k, t in enumerate(tokens):
            if subordinate and k and self._clause_comma(t):
                return tokens[:k]  # 'In declaring it "not Christian," the pope …': the comma inside the marks too
            if self._in_quote(t) or k == 0:
                continue
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            # "…, but that he was optimistic" goes on with a second clause of the same speaker's
            concessive = nxt is not None and self._concessive_at(tokens, k + 1) \
                and not all(self._fold(x) in self.cues.complementizers for x in tokens[:k])  # "argue that, while …, …"
            dash = t.text in ("—", "–") or t.text == "-" and not self._glued(t)
            if dash and self._copula_dash(tokens, k):
                continue
            if t.text == ";" or dash or (t.text == "," and (
                    subordinate or concessive or self._comment_at(tokens, k + 1))):
                return tokens[:k]
        return tokens

    def _copula_dash(self, tokens: list[Token], k: int) -> bool:
        """'что Арцах — их дом': where a dash may stand for "is" (`copula_dashes`), one with no comma before it
        and no cue between it and the next dash goes on with the clause ('что Карабах — часть Азербайджана —
        так сообщает ТАСС' ends at the second)."""
        if not self.cues.copula_dashes or tokens[k - 1].text == ",":
            return False
        for t in tokens[k + 1:]:
            if t.text in ("—", "–"):
                return True
            if self.cues.is_verb(t):
                return False
        return True

    def _comment_at(self, tokens: list[Token], k: int) -> bool:
        """', an ambitious goal that would surely require …', ', an offer the leadership rebuffed', ', a claim
        disputed by residents': an indefinite noun phrase set off after a whole clause, with a relative clause
        of its own, is the outlet's comment on what was said; so is an apposition that closes the clause after a
        name (', the president of Azerbaijan')."""
        if k >= len(tokens) or not any(t.upos in VERB_TAGS for t in tokens[:k - 1]):
            return False
        article = "PronType=Art" in (tokens[k].feats or "")
        if tokens[k - 2].upos == "PROPN" and article \
                and not any(t.text == "," or t.upos == "AUX" or "VerbForm=Fin" in (t.feats or "") for t in tokens[k:]):
            return True  # "… than Clinton, the 68-year-old former secretary of state": who the name is, in closing
        if not (article and "Definite=Ind" in (tokens[k].feats or "")):
            return False
        for j in range(k + 1, min(k + 6, len(tokens) - 1)):
            following = tokens[j + 1]
            if tokens[j].upos == "NOUN" and (self._fold(following) in self.cues.relative_pronouns
                                             or following.upos in ("DET", "PRON")
                                             or self._ed_before_agent(following, self.doc.sentences[following.sent])):
                return True  # ", a claim disputed by residents": a reduced relative clause is one too
            if tokens[j].upos not in ("ADJ", "ADV", "NOUN"):
                return False
        return False

    def _concessive_at(self, tokens: list[Token], k: int) -> bool:
        """Does a concessive open a clause of its own at k (", while …", ", tandis que …", not ", but that he …":
        a coordinator before a complementizer goes on with the same speaker's words)?"""
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        word = self._fold(tokens[k])
        if word in self.cues.concessive_adverbs and following is not None:  # ", even as …"
            return self._fold(following) in self.cues.concessives or self._fold(following) in self.cues.as_openers
        return word in self.cues.concessives and not (word in self.cues.coordinators and following is not None
                                                      and self._fold(following) in self.cues.complementizers)

    def _what_is_called(self, parts: list[Token]) -> list[Token]:
        """'What Baku calls an "anti-terror operation" began on Tuesday', 'Baku launched what it called
        anti-terror measures in Karabakh': the content is the name, which ends with its quote when it opens
        with one, else with its noun phrase."""
        words = [t for t in parts if self._is_word(t)]
        opening = words[1] if len(words) > 1 and words[0].upos == "DET" else words[0] if words else None
        if opening is not None and self._in_quote(opening):
            quote = next(q for q in self.quotes if q.inner_start <= opening.start < q.inner_end)
            return [t for t in parts if t.end <= quote.end]
        end = next((k for k, t in enumerate(parts) if k and not self._in_name(parts, k)), len(parts))
        return parts[:end]

    def _in_name(self, parts: list[Token], k: int) -> bool:
        """Is parts[k] still part of the noun phrase that gives a name ("anti-terror measures", "the Republic
        of Artsakh"), not a preposition, verb or clause after it ("… in Karabakh on Tuesday", "… began")?"""
        t = parts[k]
        if self._in_quote(t) or t.upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or t.text in HYPHENS and self._glued(t):
            return True
        if t.text in POSSESSIVE_ENDINGS and k + 1 < len(parts):
            return True  # "what it called Azerbaijan's 'aggression'"
        if self._is_quote_mark(t) and (k and (parts[k - 1].text in POSSESSIVE_ENDINGS or self._in_quote(parts[k - 1]))
                                       or k + 1 < len(parts) and self._in_quote(parts[k + 1])):
            return True  # the marks of a quoted word inside the name: 'a "pre-planned" military attack'
        return self._links_to_name(parts, k)

    def _links_to_name(self, parts: list[Token], k: int) -> bool:
        """Is parts[k] a linking preposition before a name ("Republic | of Artsakh", "Department | of State")?"""
        following = parts[k + 1] if k + 1 < len(parts) else None
        return self._fold(parts[k]) in self.cues.linking_prepositions and following is not None \
            and following.upos in ("PROPN", "DET") and (following.upos == "PROPN" or following.text[:1].isupper()
                                                      or k + 2 < len(parts) and parts[k + 2].upos == "PROPN")

    def _claim_noun_before_subject(self, source: list[Token]) -> int:
        """'…, a claim Yerevan rejects', '…, a charge the ministry denies': where the speaker's phrase is an
        article, a noun of speech (`clause_nouns`) and the subject of a relative clause with no relative pronoun,
        the index where that subject starts; 0 where it is no such phrase."""
        for k in range(2, len(source)):
            noun, subject = source[k - 1], source[k]
            if source[k - 2].upos == "DET" and noun.upos == "NOUN" and noun.text.islower() \
                    and self.cues.listed(noun, self.cues.clause_nouns) and (
                    subject.upos in ("PROPN", "DET") or subject.text[:1].isupper()  # "Yerevan/ADJ"
                    or subject.upos == "PRON" and "Case=Nom" in (subject.feats or "")):
                return k
        return 0

    def _name_before_as_clause(self, cue: Token) -> tuple[int, int] | None:
        """'Residents of Khankendi, as Baku calls Stepanakert, …', 'Karabakh, as Azerbaijanis call the
        region, …', 'жители Ханкенди, как в Баку называют Степанакерт, …': a naming verb in an "as" clause set
        off by commas gives the name that stands right before the clause; what it names is the outlet's word."""
        if not self._is_naming_verb(cue):
            return None
        tokens, sentence = self.doc.tokens, self.doc.sentences[cue.sent]
        j = cue.i - 1
        while j > sentence.first and self._fold(tokens[j]) not in self.cues.as_openers:
            if tokens[j].text in CLAUSE_MARKS or self._in_quote(tokens[j]):
                return None
            j -= 1
        if j <= sentence.first + 1 or tokens[j - 1].text != "," or self._fold(tokens[j]) not in self.cues.as_openers:
            return None
        k = j - 2
        tagged = tokens[k].upos is not None
        name: list[Token] = []
        while k >= sentence.first and (self._in_quote(tokens[k]) or tokens[k].text in HYPHENS and self._glued(tokens[k])
                                       or (tokens[k].upos in ("PROPN", "NOUN", "ADJ", "NUM") if tagged
                                           else tokens[k].text[:1].isupper() or not name)):
            name.insert(0, tokens[k])
            k -= 1
            if not tagged and name[0].text[:1].islower():
                break  # no tags: one lowercase word, or the capitalised run of a name
        words = [t for t in name if self._is_word(t)]
        return (name[0].start, name[-1].end) if words else None

    def _name_given(self, cue: Token, parts: list[Token]) -> list[Token]:
        """'Pashinyan called the offensive an aggression', 'Yerevan has branded the operation an act of
        aggression': of a naming verb's two objects, the second is the name the speaker gives; the first,
        what is named, is the outlet's word."""
        if not parts:
            return parts
        if not self.doc.has_parse or cue.upos is None:
            return self._name_by_markers(parts)
        tokens = self.doc.tokens
        children = self.doc.children(cue)
        if any(c.i < cue.i and self._fold(c) in self.cues.relative_pronouns and c.deprel != "mark"
               and any(c.i < s.i < cue.i and s.deprel in SUBJECT_RELS
                       and all(t.upos in NP_TAGS for t in tokens[c.i + 1:s.i]) for s in children) for c in children):
            # "the operation, which Baku calls an "anti-terrorist" campaign": the relative pronoun is the object,
            # so what is named stands outside the clause, and the name, a noun phrase, ends at the main clause's
            # verb ("that Armenians call Artsakh was emptied")
            verb = next((k for k, t in enumerate(parts) if t.upos == "AUX" or "VerbForm=Fin" in (t.feats or "")),
                        len(parts))
            return parts[:verb]
        if len(parts) > 1 and parts[0].i == cue.i + 1 and self._is_word(parts[1]) and (
                parts[0].upos == "PRON" and "PronType=Prs" in (parts[0].feats or "")
                or self.cues.listed(parts[0], self.cues.reflexives)):
            return parts[1:]  # "Yerevan calls it ethnic cleansing", "calls himself a democrat": what is named
        # the weak parse makes a bare second object an oblique ("call Nagorno-Karabakh the Republic of Artsakh")
        objects = [c for c in children if parts[0].start <= c.start <= parts[-1].start and (
            c.deprel in ("obj", "iobj", "xcomp") or c.deprel == "obl" and not any(
                g.deprel == "case" for g in self.doc.children(c)))]
        if not objects:
            return parts
        if len(objects) == 1:
            return self._name_after_common_noun(objects[0], parts)
        first, second = objects[0], objects[1]
        named_end = max(t.i for t in self.doc.subtree(first) if t.i < second.i)
        start = min([t.i for t in self.doc.subtree(second) if t.i > named_end] or [second.i])
        while start < second.i and any(t.text in HYPHENS and self._glued(t) for t in tokens[start - 1:start + 1]):
            start += 1  # the rest of a hyphenated name the parse split between the two ("Nagorno-|Karabakh")
        while start < second.i and tokens[start].upos == "NOUN" and tokens[start].deprel == "compound":
            start += 1  # "calls the Nagorno-Karabakh region Karabakh": the common noun is what is named
        if start > parts[0].i and self._opens_quote(tokens[start - 1]):
            start -= 1  # 'called the offensive "ethnic cleansing"': the name with its marks
        return [t for t in parts if t.i >= start]

    def _name_after_common_noun(self, obj: Token, parts: list[Token]) -> list[Token]:
        """'Azerbaijani authorities call the city Khankendi': one object in the weak parse, a common noun as
        a compound of the proper name it is given; the name is the proper noun."""
        if obj.upos != "PROPN":
            return parts
        before = [t for t in self.doc.subtree(obj) if t.i < obj.i and parts[0].start <= t.start]
        nouns = [t for t in before if t.upos == "NOUN" and t.deprel == "compound"]
        if not nouns or not before or before[0].upos != "DET":
            return parts
        start = next((t.i for t in before if t.i > nouns[-1].i), obj.i)
        return [t for t in parts if t.i >= start]

    def _in_relative_clause(self, cue: Token) -> bool:
        """Is the cue in a relative or "as" clause set off by commas ("Barkley, who said he votes Democratic,
        said …", "Stepanakert, which Azerbaijan calls Khankendi, emptied …", "Karabakh, as Azerbaijanis
        call the region, …")? It ends at its closing comma, as a subordinate clause does."""
        sentence = self.doc.sentences[cue.sent]
        tokens = self.doc.tokens
        comma = next((j for j in range(cue.i - 1, sentence.first, -1) if tokens[j].text == "," and not self._in_quote(tokens[j])),
                     None)
        if comma is None:
            return False
        opener = tokens[comma + 1]
        while opener.i < cue.i and opener.upos in NP_TAGS and self._fold(opener) not in self.cues.relative_pronouns:
            opener = tokens[opener.i + 1]  # "Guerrero, a Republican who described himself as …, said"
        return self._fold(opener) in self.cues.relative_pronouns and opener.upos in ("PRON", "DET", "SCONJ") \
            or self._fold(opener) in self.cues.as_openers and opener.upos in ("SCONJ", "ADP")

    def _in_subordinate_clause(self, cue: Token) -> bool:
        """Does the sentence open with a subordinator ('As', 'When', 'After') whose clause holds the cue, or
        with the cue itself as a participle ('Noting that …, Pashinyan called …')?"""
        sentence = self.doc.sentences[cue.sent]
        first = self.doc.tokens[sentence.first]
        return self._opening_participle(cue) or first.i < cue.i and (first.upos == "SCONJ" or first.deprel == "mark"
                                                                     or self._subordinator(first)) \
            and not any(t.text == "," for t in self.doc.tokens[sentence.first:cue.i])

    # -- all cues of the article
    def _find_cues(self) -> list[Cue]:
        found: list[Cue] = []
        for sentence in self.doc.sentences:
            if not self.article.is_boilerplate(sentence.start):
                with self._reading(sentence) as cues:
                    found += self._cues_in(sentence, cues)
        found += self._verbs_framing_quotes({c.token.i for c in found})
        for cue in found:
            cue.source = self._head_before_preposition(cue.source)
        return [c for c in found if (c.kind != "colon" or not self.article.in_headline(c.token.start)
                                     or self._headline_speaker(c, found)) and not self._misread_source(c)]

    def _head_before_preposition(self, source: list[Token]) -> list[Token]:
        """'[Readers] of TheBlaze were quick to condemn', '[Advisers] to Mr. Rubio are quick to point out': the
        weak parse made the prepositional phrase the subject; the noun phrase before it heads the speaker's."""
        if not source or source[0].upos != "ADP" or not source[0].text.islower() or source[0].i == 0:
            return source
        sentence = self.doc.sentences[source[0].sent]
        head = self.doc.tokens[source[0].i - 1]
        if head.i < sentence.first or head.upos not in ("NOUN", "PROPN") or self._in_quote(head):
            return source
        start = self._before_noun_phrase(head, sentence)
        first = start if self.doc.tokens[start].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") else start + 1
        return self.doc.tokens[first:source[0].i] + source

    def _misread_source(self, cue: Cue) -> bool:
        """A phrase no speaker opens, which the weak parse made one: a preposition's ("in March", "at the
        investment bank"; not "of whom"), a subordinator alone ("whether discussing …"; not a relative "that",
        nor a name so tagged, '"…," From said'), the existential "There were reports", or the "it" of "It is
        too soon to say", "it's important to remember", or what an adjective's infinitive cue is said of ("The
        effects are difficult to predict")."""
        source = cue.source
        if not source or source[0].upos is None:
            return False
        first = source[0]
        # "many of whom said", but not "over who supported which bill": a question, no relative clause
        relative = len(source) > 1 and self._fold(source[1]) in self.cues.relative_pronouns \
            and self._fold(source[1]) not in self.cues.person_relatives
        return first.upos == "ADP" and first.text.islower() and not relative \
            or len(source) == 1 and (first.upos in ("ADP", "SCONJ") or self._fold(first) in self.cues.complementizers) \
            and self._fold(first) not in self.cues.relative_pronouns and not self._misread_name(first) \
            or len(source) == 1 and first.upos == "PRON" and self._fold(first) in self.cues.existentials \
            or len(source) == 1 and self._fold(first) in self.cues.extraposing_pronouns \
            and self._extraposed_infinitive(first, cue.token) \
            or self._after_impersonal_adjective(cue.token)

    def _after_impersonal_adjective(self, cue: Token) -> bool:
        """'hard to say', 'too difficult to predict': an infinitive cue whose subject is not its speaker."""
        sentence = self.doc.sentences[cue.sent]
        k = self._infinitive_marker_before(cue, sentence)
        if k is None:
            return False
        return self.cues.listed(self.doc.tokens[self._back_past_adverbs(k - 1, sentence)], self.cues.impersonal_adjectives)

    def _extraposed_infinitive(self, subject: Token, cue: Token) -> bool:
        """'It is too soon to say', "it's easy to see": a linking verb, an adjective and the cue's
        infinitive marker after the subject, and no other verb; not an adjective whose subject does what the
        infinitive says ("it was ready to announce": `subject_control`)."""
        between = self.doc.tokens[subject.i + 1:cue.i]
        return bool(between) and self._fold(between[-1]) in self.cues.infinitive_markers \
            and any(fold(t.lemma or t.text, self._lang) in self.cues.linking_verbs for t in between) \
            and not any(t.upos == "VERB" or self._fold(t) in self.cues.subject_control for t in between)

    def _cues_in(self, sentence: Sentence, cues: CueLexicon) -> list[Cue]:
        doc = self.doc
        found: list[Cue] = []
        tokens = doc.sentence_tokens(sentence)
        # compared piece by piece: "d'après" is one surface token and two pieces
        pieces_of = [token_pieces(t.text, self._lang) for t in tokens]
        for k, token in enumerate(tokens):
            if self._in_quote(token):
                continue
            for pieces in cues.source_prepositions:  # "according to X": the source follows
                if n := self._phrase_at(pieces_of, k, pieces):
                    source = self._prepositional_source(tokens, k + n)
                    if source:
                        # the side of the sentence away from the cue: "Y, according to X" or "According to X, Y"
                        relative = self._relative_clause_before(tokens, k)
                        rest = relative or [t for t in tokens if self._is_word(t) and t.i < token.i] \
                            or [t for t in tokens if self._is_word(t) and t.i > source[-1].i]
                        if source[-1].upos is None and not relative:
                            source, rest = self._untagged_source_after(tokens, k + n, source, rest)
                        content = (rest[0].start, rest[-1].end) if rest else None
                        # "The city, according to the UN, has been abandoned": set off inside the sentence, the
                        # source vouches for both its pieces
                        lead = None
                        after = self._rest_after_set_off(tokens, k, source) if rest and not relative else []
                        if after:
                            lead, content = content, (after[0].start, after[-1].end)
                        if source:
                            found.append(Cue(token, (token.start, tokens[k + n - 1].end), source, content,
                                              "preposition", lead=lead))
            for pieces in cues.source_postpositions:  # "X'e göre": the source precedes
                if k > 0 and (n := self._phrase_at(pieces_of, k, pieces)):
                    source = self._postpositional_source(tokens, k)
                    if source:
                        rest = [t for t in tokens[k + n:] if self._is_word(t)]
                        content = (rest[0].start, rest[-1].end) if rest else None
                        found.append(Cue(token, (token.start, tokens[k + n - 1].end), source, content,
                                          "preposition"))
            noun_cue = self._clause_noun_cue(tokens, k) or self._clause_adjective_cue(tokens, k) \
                or self._stance_adjective_cue(tokens, k) or self._object_noun_cue(tokens, k)
            if noun_cue is not None:
                found.append(noun_cue)
                continue
            headline_key = self._headline_cue_key(token, sentence)
            key = headline_key or cues.verb_key(token)
            if k + 1 < len(tokens) and self._fold(tokens[k + 1]) in cues.idle_particles.get(key, ()):
                continue  # "showed up at the polls", "called off the deal"
            audience = self._name_audience(tokens, k, key, cues)
            if audience is not None:
                found.append(audience)
                continue
            if self._name_known_to_nobody(token, sentence):
                continue
            if key is None or headline_key is None and not self._verb_cue(token):
                continue
            end_of_cue = token.end
            after = k + 1
            while after < len(tokens) and self._surface_skippable(tokens[after]) and not self._in_quote(tokens[after]):
                end_of_cue = tokens[after].end  # "հայտարարել է, որ": the auxiliary after the participle
                after += 1
            if key in cues.quote_only and not self._beside_quote_or_colon(tokens, k):
                continue
            particle = None
            if key in cues.needs_particle:
                particle = self._particle(tokens, k, cues.needs_particle[key])
                if particle is not None:
                    end_of_cue = particle.end
                elif key not in cues.clause_only:  # "offered an assessment", or as clause-only "offered to mediate"
                    continue
            passive = self._passive(token)
            impersonal = passive is not None and not passive[0] and passive[1] is not None
            # no tags: "Как заявил X, …", "Comme l'a déclaré X, …"
            parenthetical = self._as_clause(token) if passive is None else None
            anaphoric = self._sentence_before_anaphor(token, sentence, pieces_of) if passive is None else None
            if passive is not None:
                source, content = passive
            elif anaphoric is not None:
                # "Об этом он сказал", or the speaker after the cue: "Об этом заявил в среду министр …"
                content, subject = anaphoric
                source = self._source_of(token) if subject else self._run_after(token.i, sentence)
            elif parenthetical is not None:
                source, content, lead = parenthetical
            else:
                source = self._source_of(token)
                gap = self._claim_noun_before_subject(source)
                if gap:  # "…, a claim Yerevan rejects": Yerevan's view of the claim, not of the clause before
                    content, source = (source[0].start, source[gap - 1].end), source[gap:]
                else:
                    content = self._name_before_as_clause(token) or self._verb_final_content(token, source) \
                        or self._content_of(token, end_of_cue, source)
                if not source and cues.listed(token, cues.impersonal_forms):
                    content = self._impersonal_content(token, sentence)  # "Сообщается, что …"
                    impersonal = content is not None
                if self._takes_preposition(token, content):
                    # "called for an end to …", "said of Trump": the preposition is part of the cue
                    end_of_cue = doc.tokens[token.i + 1].end
                    content = self._content_of(token, end_of_cue, source)
                framed = self._framed_by_particle(token, particle, source) if particle is not None else None
                content = framed or self._topic_after(particle, content)
            if parenthetical is None:
                lead = self._lead(token, source, content)
            # "Time, Mr. Pence added, was on their side": set off inside the sentence it reports
            if key in cues.clause_only and particle is None and not self._reports_clause(token, content) \
                    and not self._finding(source) and lead is None:
                continue
            if passive is None and particle is None:
                content = self._as_characterization(token, content)
            found.append(Cue(token, (self._cue_start(token, source), end_of_cue), source, content, "verb", lead=lead,
                             impersonal=impersonal))
        colon = self._colon_statement(tokens) or self._name_before_colon_quote(tokens) or self._signed_quote(tokens)
        if colon:
            found.append(colon)
        elif said := self._verb_before_colon_quote(tokens, found):
            found.append(said)
        finding = self._finding_opener(tokens, cues, found) or self._finding_within(tokens, cues)
        if finding:
            found.append(finding)
        stance = None if found else self._stance_opener(tokens, pieces_of)
        if stance is not None:  # a view, where nothing else in the sentence says whose words it holds
            found.append(stance)
        return found

    def _stance_opener(self, tokens: list[Token], pieces_of: list[list[str]]) -> Cue | None:
        """'Pour Bakou, il s'agit d'une opération antiterroriste', 'Для Баку, это …': a sentence opened by a
        preposition of view (`stance_prepositions`), a speaker up to a comma and a clause gives the speaker's
        view. Only a speaker of known group: "Pour la première fois," is no one's view."""
        n = self._opened_by(pieces_of, self.cues.stance_prepositions)
        comma = next((k for k, t in enumerate(tokens[:SOURCE_MAX_TOKENS]) if t.text in CLAUSE_MARKS), None)
        if not n or comma is None or tokens[comma].text != "," or comma <= n:
            return None
        source = [t for t in tokens[n:comma] if self._is_word(t)]
        rest = [t for t in tokens[comma + 1:] if self._is_word(t) or self._is_quote_mark(t)]
        if not source or not any(self._is_word(t) for t in rest) or self.speakers.lookup(self._words(source)).group is None:
            return None
        return Cue(tokens[0], (tokens[0].start, tokens[n - 1].end), source, (rest[0].start, rest[-1].end), "preposition")

    def _finding_opener(self, tokens: list[Token], cues: CueLexicon, found: list[Cue]) -> Cue | None:
        """'In the latest CNN/ORC poll released Wednesday, he fell to 10 percent': a poll or study named
        after a sentence's opening preposition, up to its comma, is the source of the rest of the sentence
        (and of what its share of people said: 'In a CNN/ORC poll, 38 percent of voters said'); but where
        somebody named in the rest speaks for himself, the study is only where he did: 'In a memo released
        Tuesday, Clinton campaign manager Robby Mook acknowledged …'."""
        if not tokens or self._fold(tokens[0]) not in cues.finding_prepositions or self._in_quote(tokens[0]):
            return None
        comma = next((k for k, t in enumerate(tokens[:SOURCE_MAX_TOKENS]) if t.text in CLAUSE_MARKS), None)
        if comma is None or tokens[comma].text != "," or comma < 2:
            return None
        source = [t for t in tokens[1:comma] if self._is_word(t)]
        rest = [t for t in tokens[comma + 1:] if self._is_word(t) or self._is_quote_mark(t)]
        if not any(self._fold(t) in cues.finding_nouns for t in source) or not any(self._is_word(t) for t in rest):
            return None
        speakers = [c.source for c in found if c.kind == "verb" and c.source and c.source[0].i > tokens[comma].i]
        if speakers and self._names_somebody_not_a_share(min(speakers, key=lambda s: s[0].i)):
            return None
        return Cue(tokens[0], (tokens[0].start, tokens[0].end), source, (rest[0].start, rest[-1].end), "preposition")

    def _names_somebody_not_a_share(self, source: list[Token]) -> bool:
        """'Robby Mook', 'they', 'three economists -- David Autor …'; not a share of a poll's respondents
        ('73 percent of Americans', 'most', 'likely voters')."""
        return any(t.upos in ("PROPN", "PRON") for t in source) and not any(
            any(c.isdigit() for c in t.text) or self._fold(t) in self.cues.quantifier_subjects for t in source)

    def _finding_within(self, tokens: list[Token], cues: CueLexicon) -> Cue | None:
        """'He fell to 10 percent in the latest CNN/ORC poll released Wednesday', 'Trump leads by 57 percent
        to 33 percent in the 50-state poll': one poll or study named after the preposition inside the
        sentence is the source of the clause before it (of the clause after it where nothing before holds a
        verb: '86 percent of black voters in a recent Gallup survey had …'). Not "in the polls", which names
        no poll."""
        for k in range(1, len(tokens) - 2):
            if self._fold(tokens[k]) not in cues.finding_prepositions or self._in_quote(tokens[k]):
                continue
            opener = tokens[k + 1]
            # a determiner or an owner names one poll ("in Iowa poll overhype" is a headline's topic)
            if not (opener.upos == "DET" or "Poss=Yes" in (opener.feats or "")
                    or any(t.text in POSSESSIVE_MARKS for t in tokens[k + 2:k + 4])):
                continue
            phrase = []
            for t in tokens[k + 1:k + 1 + SOURCE_MAX_TOKENS]:
                if not (t.upos in NP_TAGS or t.text in POSSESSIVE_MARKS
                        or t.text in ("/", "-", *HYPHENS)):
                    break
                phrase.append(t)
                if self._fold(t) in cues.finding_nouns:
                    break
            end = k + 1 + len(phrase)
            if not phrase or self._fold(phrase[-1]) not in cues.finding_nouns or "Number=Plur" in (phrase[-1].feats or "") \
                    or end < len(tokens) and self._fold(tokens[end]) in cues.linking_prepositions:
                continue  # "in the polls"; "in the first-floor study of her mansion"
            # the clause it closes, back to a comma or a semicolon ("Six in 10 say …, after half said so in the
            # earlier poll"), else the clause it sits in, up to a comma ("…, 43 said the same")
            start = next((j + 1 for j in range(k - 1, -1, -1) if tokens[j].text in CLAUSE_MARKS
                          and any(t.upos in VERB_TAGS for t in tokens[j + 1:k])), 0)
            before = [t for t in tokens[start:k] if self._is_word(t)]
            after = [t for t in self._clause_end(tokens[end:], subordinate=True) if self._is_word(t)]
            clause = before if any(t.upos in VERB_TAGS for t in before) else after
            if not clause:
                continue
            return Cue(tokens[k], (tokens[k].start, tokens[k].end), phrase, (clause[0].start, clause[-1].end),
                       "preposition")
        return None

    def _finite(self, cue: Token) -> bool:
        """Is the cue the finite verb of its clause, which the tagger may call a noun ("Clinton knows/NOUN
        …"), or a participle after an auxiliary? Not a participle or an infinitive inside a noun phrase
        ("donors to support Trump can still donate", "the super PAC supporting her was …")."""
        if cue.upos != "VERB":
            return True
        return "VerbForm=Fin" in (cue.feats or "") or cue.i > 0 and self.doc.tokens[cue.i - 1].upos == "AUX"

    def _subject_and_finite_verb(self, words: list[Token]) -> bool:
        """Does the content open as a clause on its surface, a noun phrase and then an auxiliary or a
        finite verb ("knows Sanders will run", "knows the region is Azerbaijani's"), where the weak parse
        hangs nothing on the cue? Not an object and an adjunct ("found weapons in Khankendi")."""
        k = 0
        while k < len(words) and self._np_like(words[k], words[k + 1] if k + 1 < len(words) else None):
            k += 1
        if k == 0 or k == len(words) or not any(t.upos in NOMINAL_TAGS for t in words[:k]):
            return False
        verb = words[k]
        return verb.upos == "AUX" or verb.upos == "VERB" and "VerbForm=Fin" in (verb.feats or "")

    def _finding(self, source: list[Token]) -> bool:
        """Is the speaker a poll or a study ('A poll released Wednesday found Clinton leading Trump')? What it
        finds is its finding, whatever the form of the object."""
        return any(self._fold(t) in self.cues.finding_nouns for t in source)

    def _reports_clause(self, cue: Token, content: tuple[int, int] | None) -> bool:
        """Does the cue report a clause or words of the speaker's, rather than act on a thing: a content
        opened by a complementizer ("ordered that …"), holding a quote ('attacked Clinton as "crooked"') or
        an "as" that frames the object, an infinitive (what the subject means to do, or tells others to), or a
        clause the parse hangs on the cue? A plain object is the outlet's wording: "attacked Armenian positions"."""
        if content is None:
            return False
        words = [t for t in self._tokens_within(*content) if self._is_word(t)]
        if not words:
            return False
        if content[1] <= cue.start or any(t.text == ":" for t in self._tokens_within(cue.end, content[0])):
            return True  # "The talks will go on, he added.", "He added: …"
        inside = self._tokens_within(*content)
        colon = next(self._colons_before_quotes(inside), len(inside))
        # (a quote after a colon is a statement of its own: "the information she wanted because it was stuck: “…”")
        if self._fold(words[0]) in self.cues.complementizers or any(self._in_quote(t) for t in inside[:colon]):
            return True
        if self._framing_as(words) is not None:
            return True  # "sees the region as Azerbaijani land", "attacked Clinton as weak"; not "… as talks stalled"
        if words[0].upos == "PRON" and "Reflex=Yes" in (words[0].feats or ""):
            return False  # "found himself playing defense", "found themselves in a muddy battle"
        if any(self._fold(t) in self.cues.infinitive_markers and (t.upos in ("PART", None) or self._before_infinitive_verb(t))
               and not self._idle_object(cue, t) for t in words[:5]):
            # an intention or a directive: "sought to retake …", "ordered the army to …"; not "found a way to …"
            return True
        if content[0] >= cue.end and words[0].upos == "VERB" and self._fold(words[0]).endswith("ing"):
            return True  # a course of action: "supports squeezing out …", "suggests reducing regulations"
        if content[0] >= cue.end and len(words) > 1 and self._fold(words[0]) in self.cues.agent_prepositions \
                and self.cues.is_verb(words[1]) and words[1].upos == "VERB":
            return True  # the speech it was done by: "responded by explaining it was impossible …"
        if content[0] >= cue.end and self._finite(cue) and self._subject_and_finite_verb(words):
            return True
        # a clause hung on the cue, which the weak parse may call an adverbial clause ("He added the talks
        # would go on"): a finite verb of its own, or one with its own subject or auxiliary
        return any(content[0] <= child.start < content[1] and (child.deprel in ("ccomp", "parataxis") or (
                       child.deprel == "advcl" and ("VerbForm=Fin" in (child.feats or "") or any(
                           g.deprel in SUBJECT_RELS or g.deprel == "aux" for g in self.doc.children(child)))))
                   for child in self.doc.children(cue))

    def _framing_as(self, words: list[Token], modifiers: bool = False) -> int | None:
        """Where the "as" is that frames a cue's object ('the region as Azerbaijani land', 'Clinton as weak'),
        with no verb after it ('… as talks stalled' is a clause of time), or with `modifiers` none but a
        participle modifying a noun ('as an attack on undocumented/VERB immigrants'); None if there is none."""
        framing = next((k for k, t in enumerate(words) if k and self._fold(t) in self.cues.as_openers), None)
        if framing is None or any(t.upos in VERB_TAGS and not (modifiers and t.deprel in ("amod", "compound"))
                                  for t in words[framing + 1:]):
            return None
        return framing

    def _as_characterization(self, cue: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
        """'Officials described the exodus as "voluntary"', 'Aliyev dismissed the reports as lies': of what a
        cue frames with "as" after it, the thing framed is the outlet's word and the characterization the
        speaker's, as with the two objects of a naming verb."""
        if content is None or content[0] < cue.end:
            return content
        inside = self._tokens_within(*content)
        words = [t for t in inside if self._is_word(t)]
        framing = self._framing_as(words, modifiers=True)
        # (a noun phrase framed, not "the progress as well as …", "points, such as …", "references to Machado as …")
        if framing is None or self._fold(words[0]) in self.cues.complementizers \
                or any(t.upos in VERB_TAGS or t.upos == "ADP" or self._in_quote(t) for t in words[:framing]) \
                or self._fold(words[framing - 1]) == "such" \
                or framing + 1 < len(words) and self._fold(words[framing + 1]) in ("well", "part"):
            return content
        rest = [t for t in inside if t.start > words[framing].start]
        return (rest[0].start, content[1]) if rest else content

    def _idle_object(self, cue: Token, marker: Token) -> bool:
        """'found ways to press his agenda', 'found a way to make it so': the cue's object, right after it, is an
        idle noun the infinitive belongs to (not "sees the issue as a way to …")."""
        between = self.doc.tokens[cue.i + 1:marker.i]
        return 0 < len(between) <= 2 and self._fold(between[-1]).rstrip("s") in self.cues.idle_nouns

    def _before_infinitive_verb(self, marker: Token) -> bool:
        """'declined to/ADP comment/VERB': the weak tagger's preposition before an infinitive is its marker."""
        following = self.doc.tokens[marker.i + 1] if marker.i + 1 < len(self.doc.tokens) else None
        return following is not None and following.upos == "VERB" and "VerbForm=Inf" in (following.feats or "")

    def _particle(self, tokens: list[Token], k: int, particles: frozenset[str]) -> Token | None:
        """The particle that makes the verb at k a cue: right after it ("pointed out"), or after the place,
        time and audience of the speech ("spoke at the White House on Tuesday about …", "spoke with
        Breitbart News about …"), within the verb's own clause."""
        for t in tokens[k + 1:k + 1 + PARTICLE_WINDOW]:
            if self._in_quote(t) and t.upos is None:
                continue  # "warf Baku eine „ethnische Säuberung“ vor": the particle after the words quoted
            if self._fold(t) in particles or self._elided_into(t, particles):
                return None if t.i > tokens[k].i + 1 and self._links_a_noun(t) or self._opens_duration(t) else t
            if t.text == "," and t.i + 1 < len(self.doc.tokens) and self._fold(self.doc.tokens[t.i + 1]) in particles \
                    and self._fold(self.doc.tokens[t.i + 1]) in self.cues.complementizers:
                continue  # "у заяві йдеться, що …": the comma before a complementizer
            if t.text in CLAUSE_MARKS or t.upos in ("VERB", "AUX", "SCONJ") or self._in_quote(t):
                return None
        return None

    def _only_particle_after(self, cue: Token, words_after: list[Token]) -> bool:
        """Without tags: do only a time phrase and one lowercase word, the separable particle that closes the
        sentence, follow the cue ("teilte am Dienstag mit.")?"""
        sentence = self.doc.sentences[cue.sent]
        if not words_after:
            return False
        rest = [t for t in words_after if t.i >= self._skip_time_after(words_after[0].i, sentence)]
        last_word = max((t.i for t in self.doc.sentence_tokens(sentence) if self._is_word(t)), default=None)
        return len(rest) == 1 and rest[0].text.islower() and rest[0].i == last_word and not self._in_quote(rest[0])

    def _framed_by_particle(self, verb: Token, particle: Token, source: list[Token]) -> tuple[int, int] | None:
        """'Eriwan wirft Aserbaidschan ethnische Säuberung vor.': without tags, where a separable particle
        closes the clause and the speaker stands before the verb, what the verb reports is between the two
        (the time phrase after the verb is none of it: "Baku teilte am Dienstag mit.")."""
        if particle.upos is not None or not source or source[-1].i > verb.i or not self._closes_clause(particle):
            return None
        sentence = self.doc.sentences[verb.sent]
        first = self._skip_time_after(verb.i + 1, sentence)
        words = [t for t in self.doc.tokens[first:particle.i] if self._is_word(t) or self._is_quote_mark(t)]
        return (words[0].start, words[-1].end) if any(self._is_word(t) for t in words) else None

    def _links_a_noun(self, preposition: Token) -> bool:
        """'spoke to the economic club of Washington', 'on the condition of anonymity': an "of" after a noun
        is that noun's, not the verb's ("spoke highly of" is the verb's)."""
        previous = self.doc.tokens[preposition.i - 1]
        return self._fold(preposition) in self.cues.linking_prepositions and previous.upos in ("NOUN", "PROPN", "ADJ")

    def _opens_duration(self, preposition: Token) -> bool:
        """'pushed for nearly a decade', 'spoke for 30 minutes': a span of time, not what is pushed for."""
        words = [t for t in self.doc.tokens[preposition.i + 1:preposition.i + 4] if self._is_word(t)]
        return self._fold(preposition) in self.cues.duration_prepositions and any(
            t.upos == "NUM" or self._fold(t) in self.cues.durations for t in words)

    def _topic_after(self, particle: Token | None, content: tuple[int, int] | None) -> tuple[int, int] | None:
        """'spoke about rights that had been denied …': what follows "about" or "of" is the topic, whole, not
        a clause found further on."""
        if particle is None or content is None or self._fold(particle) not in self.cues.cue_prepositions:
            return content
        topic = next((t for t in self.doc.tokens[particle.i + 1:] if self._is_word(t) or self._is_quote_mark(t)), None)
        if topic is None or topic.start >= content[0] or topic.sent != particle.sent:
            return content
        return topic.start, content[1]

    def _beside_quote_or_colon(self, tokens: list[Token], k: int) -> bool:
        """'Cruz continued: "…"', '"…," he continued, citing …', 'continued Sanders': a verb that reports
        speech only where a quote or a colon shows that it does."""
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is not None and after.text == "," and k + 2 < len(tokens):
            after = tokens[k + 2]  # 'He continued, "…"'
        if after is not None and (after.text == ":" or self._is_quote_mark(after)):
            return True
        first = max(0, k - 5)
        for j in range(k - 1, first - 1, -1):
            if self._is_quote_mark(tokens[j]):
                return self._closes_quote(tokens[j])
            if tokens[j].text in ("—", "–") and self._after_quote(tokens[j]):
                return True  # "— Куда нам идти? — спросила она": the dash after a dialogue's speech
            if tokens[j].text in CLAUSE_MARKS and tokens[j].text != ",":
                return False
        # '"Is he really so stupid?" Scarborough continued.': the quote closed the sentence before, and the verb
        # closes its own ("Trump continues to hover …" after a quote goes on with the outlet's words)
        closes = after is None or after.text in (".", "!", "?")
        return first == 0 and closes and self._after_quote(tokens[0])

    def _after_quote(self, token: Token) -> bool:
        """Does a quote end right before the token, with only spaces between?"""
        at = token.start
        while at > 0 and self.text[at - 1].isspace():
            at -= 1
        return at in self._quote_ends

    def _verbs_framing_quotes(self, known: set[int]) -> list[Cue]:
        """'"…," he continued.', '"…," Trump joked.': a verb right after a quote, with its subject and
        nothing more in the sentence, speaks the quote, in the cue lexicon or not. Needs tags."""
        found = []
        tokens = self.doc.tokens
        for quote in self.quotes:
            last = self._token_at(quote.end - 1)
            if last is None or not self.doc.has_parse:
                continue
            sentence = self.doc.sentences[last.sent]
            rest = [t for t in tokens[last.i + 1:sentence.last] if self._is_word(t)]
            verbs = [k for k, t in enumerate(rest[:4]) if t.upos == "VERB"]
            if not verbs or rest[verbs[0]].i in known or self._in_quote(rest[verbs[0]]):
                continue
            k = verbs[0]
            verb, before, after = rest[k], rest[:k], rest[k + 1:]
            subject = before or after[:3]
            if not subject or not any(t.upos in ("PRON", "PROPN") for t in subject) or len(after) > (4 if before else 3):
                continue
            if after and before and after[0].upos != "ADP":
                continue
            if before and (before[0].upos == "ADP" or self._fold(verb).endswith("ing")):
                continue  # "‘Directly To White People’ After Latest Police Shooting": a phrase, no one speaking
            found.append(Cue(verb, (self._cue_start(verb, before), verb.end), before or after, None, "verb"))
        return found

    def _rest_after_set_off(self, tokens: list[Token], k: int, source: list[Token]) -> list[Token]:
        """The words after "according to X" when commas set it off inside the sentence ("The city, according to
        the UN, has been abandoned"); none when it closes the sentence or opens it."""
        if k == 0 or tokens[k - 1].text != ",":
            return []
        following = [t for t in tokens if t.i > source[-1].i]
        if not following or following[0].text != ",":
            return []
        return [t for t in following[1:] if self._is_word(t) or self._is_quote_mark(t)]

    def _relative_clause_before(self, tokens: list[Token], k: int) -> list[Token]:
        """'…denounced the deal, which would slash Pfizer's tax rate to 17 percent, according to company
        leaders': a relative clause set off right before "according to" is all that its source vouches for
        (the rest of the sentence has a speaker of its own, or is the outlet's)."""
        if k < 2 or tokens[k - 1].text != ",":
            return []
        j = k - 2
        while j > 0 and tokens[j].text not in CLAUSE_MARKS and not self._in_quote(tokens[j]):
            j -= 1
        opener = tokens[j + 1]
        if j <= 0 or tokens[j].text != "," or self._fold(opener) not in self.cues.relative_pronouns \
                or self._fold(opener) in self.cues.complementizers:
            return []
        return [t for t in tokens[j + 1:k - 1] if self._is_word(t)]

    def _prepositional_source(self, tokens: list[Token], k: int) -> list[Token]:
        """The object of "according to": up to the clause's end, or to the sentence's end when nothing
        else follows ("…, according to data released Friday by state regulators."); without tags, up to an
        auxiliary or a cue verb ("Laut dem Außenministerium hat Baku …", the verb second)."""
        source = []
        for t in tokens[k:]:
            if t.text in CLAUSE_MARKS or self._is_quote_mark(t) or (t.upos in VERB_TAGS and source) \
                    or source and t.upos is None and (self.cues.listed(t, self.cues.auxiliaries) or self.cues.is_verb(t)):
                break
            source.append(t)
        words = [t for t in source if self._is_word(t)]
        rest = tokens[k + len(source):]
        if words and rest and rest[0].upos == "VERB" and not any(t.text in (",", ";", ":") or self._is_quote_mark(t)
                                                                  for t in rest):
            words += [t for t in rest if self._is_word(t)]
        return words[:SOURCE_MAX_TOKENS]

    def _untagged_source_after(self, tokens: list[Token], k: int, source: list[Token],
                               rest: list[Token]) -> tuple[list[Token], list[Token]]:
        """'Laut dem Ministerium waren die …', 'Nach Angaben des Ministeriums läuft die „Reintegration“ …':
        without tags and with no comma after it, the source read up to a verb ends where the clause goes on
        (a shorter phrase), and the clause after it is the content."""
        following = source[-1].i + 1 - tokens[0].i
        set_off = following < len(tokens) and tokens[following].text in CLAUSE_MARKS
        if not rest:
            return self._surface_source_after(tokens, k)
        if rest[0].i > source[-1].i and not set_off:
            phrase, clause = self._surface_source_after(tokens, k)
            if phrase and phrase[-1].i < source[-1].i:
                return phrase, clause
        return source, rest

    def _postpositional_source(self, tokens: list[Token], k: int) -> list[Token]:
        source = []
        for t in reversed(tokens[:k]):
            if t.text in CLAUSE_MARKS or self._is_quote_mark(t) or len(source) >= 6:
                break
            source.insert(0, t)
        return [t for t in source if self._is_word(t)]
