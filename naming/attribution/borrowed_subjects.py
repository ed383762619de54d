"""Speakers a cue takes from another clause, having no subject of its own: an infinitive's controller ("forced
Sanders to acknowledge"), the main clause's subject for a participle ("Clinton drew a contrast, saying …"), the
first subject of coordinated verbs, the speaker of the clause a cue goes on from ("said … but added")."""
from __future__ import annotations

from ..nlp import Sentence, Token
from .reader import POSSESSIVE_ENDINGS, POSSESSIVE_MARKS, VERB_TAGS, Reader


class BorrowedSubjects(Reader):
    """The subject a cue borrows: read by `SpeakerPhrases` when the cue has none of its own."""

    def _infinitive_controller(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'forced Sanders to acknowledge', 'prompted Britain's Parliament to call', 'for news accounts to
        portray': the noun phrase between an infinitive cue and a control verb or "for" before it is who
        speaks. 'his inability to answer', "Trump's failure to denounce": the owner of the noun before the
        infinitive, where no verb governs that noun ('used his speech to call for' is the subject's)."""
        if not self.doc.has_parse:
            return []
        tokens = self.doc.tokens
        j = self._infinitive_marker_before(cue, sentence)
        if j is None:
            return []
        if j - 1 > sentence.first and self.cues.listed(tokens[j - 1], self.cues.subject_control) \
                and tokens[j - 1].upos == "VERB":
            return self._infinitive_controller(tokens[j - 1], sentence)  # "prompted their opponents to begin to speak"
        phrase = self._run_before(j, sentence)
        if not phrase or phrase[-1].i != j - 1:
            return []
        # the noun phrase may have taken in the verb before it, which the weak tagger may call a noun ("the
        # timing of the debate led/NOUN Republicans to say")
        verb = next((k for k in range(len(phrase) - 1, -1, -1)
                     if phrase[k].upos == "VERB" or self.cues.listed(phrase[k], self.cues.control_verbs)), None)
        if verb is not None:
            governor, phrase = phrase[verb], phrase[verb + 1:]
        else:
            governor = tokens[phrase[0].i - 1] if phrase[0].i > sentence.first else None
        if not phrase or self._fold(phrase[-1]) in self.cues.time_words \
                or not (phrase[-1].upos in ("NOUN", "PROPN", "PRON") or len(phrase) == 1 and phrase[0].upos == "ADJ"):
            return []  # "caused many to wonder"
        if governor is not None and (governor.upos == "VERB" or verb is not None):
            controls = self.cues.listed(governor, self.cues.control_verbs)
            return phrase if controls and "Case=Nom" not in (phrase[-1].feats or "") else []
        if governor is not None and self._fold(governor) == "for":
            # "a natural opening for Clinton to highlight", not "is looking for United Technologies to post"
            after_verb = governor.i > sentence.first and tokens[governor.i - 1].upos == "VERB"
            return [] if after_verb else phrase
        if phrase[-1].upos != "NOUN" or self._fold(phrase[-1]) in self.cues.idle_nouns:
            return []
        mark = next((k for k in range(len(phrase) - 1, 0, -1) if phrase[k].text in POSSESSIVE_MARKS), None)
        if mark is not None:
            return phrase[:mark]
        return phrase[:1] if "Poss=Yes" in (phrase[0].feats or "") and len(phrase) > 1 else []

    def _before_infinitive(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Insiders in New Hampshire were more likely to say', 'The faction continues to tell itself': where the
        parse gives an infinitive cue no subject, the noun phrase before a subject-control word (which the weak
        tagger may call a noun or an adverb)."""
        tokens = self.doc.tokens
        j = self._infinitive_marker_before(cue, sentence)
        if j is None:
            return []
        k = self._back_past_adverbs(j - 1, sentence, keeping=self.cues.subject_control)
        # ("were slightly more likely to say": "likely" tagged an adverb)
        if k > sentence.first and tokens[k].upos in ("ADP", "ADV", "PART") \
                and self.cues.listed(tokens[k - 1], self.cues.subject_control):
            k -= 1  # "The email goes on to say: …": the control verb's particle
        if not self.cues.listed(tokens[k], self.cues.subject_control):
            return []
        run = self._run_before(j, sentence)
        run = self._run_before(k, sentence) if not run or run[-1].i != k else run[:-1]
        return run if any(t.upos in ("NOUN", "PROPN") for t in run) else []

    def _infinitive_marker_before(self, cue: Token, sentence: Sentence) -> int | None:
        """Where the infinitive marker before the cue is ('to say', 'to seriously contemplate'); None if there
        is none."""
        tokens = self.doc.tokens
        j = self._back_past_adverbs(cue.i - 1, sentence)
        if j <= sentence.first or tokens[j].upos not in ("PART", "ADP") \
                or self._fold(tokens[j]) not in self.cues.infinitive_markers:
            return None
        return j

    def _source_before(self, verb: Token) -> list[Token]:
        """The source of a verb outside quotes, when it stands before the verb (the subject of the clause a
        participle or a message goes on from); otherwise none."""
        if self._in_quote(verb):
            return []
        source = self._source_of(verb)
        return source if source and source[-1].i < verb.i else []

    def _opens_subordinate_clause(self, verb: Token) -> bool:
        """Does a subordinator ('that', 'as', 'when') open the verb's clause in the parse?"""
        return any(c.deprel == "mark" for c in self.doc.children(verb))

    def _words_opening(self, verb: int, sentence: Sentence) -> list[Token]:
        """'A Chinese official/ADJ responded by saying …', 'Husted/VERB continued by saying …': the few words that
        open the sentence before the verb a participle's subordinator follows, the subject the weak tagger
        missed (capitalised first, no punctuation or clause word among them)."""
        words = self.doc.tokens[sentence.first:verb]
        if not words or len(words) > 6 or not words[0].text[:1].isupper() or any(
                not self._is_word(t) or self._in_quote(t) or t.upos in ("CCONJ", "SCONJ", "ADP", "AUX", "ADV", "NUM")
                or len(t.text) > 1 and t.text.isupper() for t in words):  # not "Now", "One", a dateline's "WASHINGTON"
            return []
        return words

    def _nearest_finite_source(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Prosecutors charged the officer and Emanuel fired his police chief, acknowledging …': the subject of
        the nearest finite verb before the participle's comma, not of a relative clause ('jobs that serve as
        a ladder, noting …') nor of a subordinate one."""
        tokens = self.doc.tokens
        # a verb ("could make"), or a copula ("Trump was 340 miles away in Bangor, Maine, promising")
        verb = next((t for t in reversed(tokens[sentence.first:cue.i]) if not self._in_quote(t) and (
                     t.upos == "VERB" and self._finite(t)
                     or t.upos == "AUX" and t.deprel == "cop" and "VerbForm=Fin" in (t.feats or ""))), None)
        if verb is None:
            return []
        # "… at the suggestion that he was responsible …, saying": the subordinator hangs on a copula's predicate
        predicate = tokens[verb.head] if verb.upos == "AUX" and verb.head is not None else verb
        if self._opens_subordinate_clause(predicate):
            return []
        source = self._source_before(verb)
        if self._asks_about(source, sentence):
            return []
        source = self._reporter_of(source, sentence)
        return [] if source and self._fold(source[0]) in self.cues.relative_pronouns else source

    def _asks_about(self, source: list[Token], sentence: Sentence) -> bool:
        """Is the source the subject of an embedded question ('provided no details about how he planned …,
        saying'), which speaks for no cue after it?"""
        return bool(source) and source[0].i > sentence.first \
            and self._fold(self.doc.tokens[source[0].i - 1]) in self.cues.question_words

    def _reporter_of(self, source: list[Token], sentence: Sentence) -> list[Token]:
        """'Carson said he plans …, insisting', 'Suu Kyi said it was too early but added': a cue that goes on
        from a clause another cue reports speaks for that cue's speaker, not for the reported clause's
        subject (the source of a verb right after a cue, "that" or a day between)."""
        tokens = self.doc.tokens
        inside = next((k for k in range(1, len(self._before_relative(source))) if source[k].upos in ("VERB", "NOUN")
                       and self.cues.is_verb(source[k]) and not self._in_quote(source[k])), None)
        if inside is not None:
            # "Suckling says he could": a weak parse's subject that takes in the cue (not a verb of its relative
            # clause: "Clinton, who was speaking to …, did not mention Trump, but told …")
            return source[:inside]
        for _ in range(3):  # "X said Y reported that Z believes …": a few reporting verbs deep at most
            if not source:
                return source
            k = source[0].i - 1
            if k >= sentence.first and self._fold(tokens[k]) in self.cues.complementizers:
                k -= 1
            if k >= sentence.first:
                k = self._before_time_phrase(k, sentence)
            k = self._before_prepositional_phrase(k, sentence)  # "questioned in recent days whether Trump …"
            if k < sentence.first or tokens[k].upos not in ("VERB", "AUX", "NOUN") or not self.cues.is_verb(tokens[k]):
                return source
            outer = self._source_before(tokens[k])
            if not outer:
                return source
            source = outer
        return source

    def _before_prepositional_phrase(self, k: int, sentence: Sentence) -> int:
        """The index before the short prepositional phrase that ends at token k ("in recent days", "at the
        hearing"); k itself where none does."""
        tokens = self.doc.tokens
        if k <= sentence.first or tokens[k].upos not in ("NOUN", "PROPN", "NUM"):
            return k
        j = self._before_noun_phrase(tokens[k], sentence)
        return j - 1 if k - j <= 4 and tokens[j].upos == "ADP" and j - 1 >= sentence.first else k

    def _agent_of_object(self, before: list[Token], sentence: Sentence) -> list[Token]:
        """'He sent out a fundraising email as the meeting began vowing to …', 'Cruz is making a pitch to New
        York voters saying …': a participle after the object of a verb or a preposition speaks for the
        verb's subject, unless the phrase is a name (not after a preposition of place or audience: 'Sanders
        was on CNN talking about …'), a pronoun, a message or a finding ('a sign saying', 'a poll showing'),
        or the subject of an absolute construction ('with 30 percent of voters saying')."""
        tokens = self.doc.tokens
        j = self._back_past_adverbs(before[0].i - 1, sentence)  # "spent more time mocking"
        if not self.doc.has_parse or j < sentence.first:
            return []
        after_preposition = tokens[j].upos == "ADP" and self._fold(tokens[j]) not in self.cues.absolute_prepositions
        # after a preposition of place or audience a name is no speaker ('was on CNN talking about'); after a
        # verb or another preposition it may be ('featured Hispanics telling their stories')
        setting = after_preposition and self._fold(tokens[j]) in self.cues.setting_prepositions
        speakers = ("PRON",) if setting else ("PROPN", "PRON")
        # "have left 62 percent of voters saying …": a verb that makes its object do what follows
        if not (tokens[j].upos == "VERB" or after_preposition) or self.cues.listed(tokens[j], self.cues.participle_control) \
                or any(t.upos in speakers and "Poss=Yes" not in (t.feats or "") for t in before) \
                or any(self._fold(t) in self.cues.nouns or self._fold(t) in self.cues.finding_nouns for t in before):
            return []
        # the copula of 'Sanders was on CNN talking about'
        verb = next((t for t in reversed(tokens[sentence.first:before[0].i]) if t.upos == "VERB"
                     or t.upos == "AUX" and setting), None)
        if verb is not None and verb.upos == "AUX":
            return self._run_before(verb.i, sentence)
        return self._source_before(verb) if verb is not None else []

    def _issuer(self, before: list[Token], sentence: Sentence) -> list[Token]:
        """'The ministry issued a statement saying …', 'Sanders started a petition this week calling on …': a
        participle after a message that a verb's subject puts out speaks for that subject, not the message."""
        if before and all(self._fold(t) in self.cues.time_words or t.upos in ("DET", "ADJ") for t in before) \
                and not any(self._fold(t) in self.cues.nouns for t in before):
            before = self._run_before(before[0].i, sentence)  # "a petition this week calling on …"
        # "a statement Wednesday", with "statement/ADJ" as the weak tagger has it
        nouns = [t for t in before if t.upos in ("NOUN", "ADJ") and self._fold(t) not in self.cues.time_words
                 and (t.upos == "NOUN" or self._fold(t) in self.cues.nouns)]
        if not nouns or self._fold(nouns[-1]) not in self.cues.nouns:
            return []
        j = self._past_adverbs(before[0].i, sentence)
        if j - 1 >= sentence.first and self.doc.tokens[j].upos in ("ADP", "PART") \
                and self.doc.tokens[j - 1].upos == "VERB":
            j -= 1  # "put out a statement saying", "sent out a press release saying": the verb's particle
        verb = self.doc.tokens[j] if j >= sentence.first else None
        return self._source_before(verb) if verb is not None and verb.upos == "VERB" else []

    def _after_question_put(self, subject: list[Token], cue: Token, sentence: Sentence) -> int | None:
        """The index of the comma that closes a question put to the speaker ('Asked whether …,', 'When asked whom
        she supported,'), where the subject found lies inside that question and the cue after it; else None."""
        question = self._opening_question(sentence)
        if question is None:
            return None
        k, comma = question
        return comma if k < subject[0].i and subject[-1].i < comma < cue.i else None

    def _opening_participle(self, cue: Token) -> bool:
        """'Noting that the blockade had lasted months, Pashinyan called …': a participle opening the
        sentence, whose clause a comma closes; its speaker is the subject of the main clause after it."""
        sentence = self.doc.sentences[cue.sent]
        return cue.upos == "VERB" and self._fold(cue).endswith("ing") and self._opens_sentence(cue, sentence) and any(
            self._clause_comma(t) for t in self.doc.tokens[cue.i + 1:sentence.last])

    def _opens_sentence(self, cue: Token, sentence: Sentence) -> bool:
        """Is the cue first in its sentence, but for a conjunction, adverbs, a time phrase and the words that
        may open a participle's clause ('But after initially saying', 'One month after announcing', 'In
        addition to stating')?"""
        return all(t.upos in ("CCONJ", "ADV", "NUM") or self._fold(t) in self.cues.participle_openers
                   or self._fold(t) in self.cues.time_words for t in self.doc.tokens[sentence.first:cue.i])

    def _main_clause_source(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Clinton drew a contrast, saying …', 'Trump has picked up on it, telling ABC …': a cue after a comma
        or a conjunction, with no subject of its own, speaks for the subject of the verb it hangs on (or of
        the sentence's main verb), found as that verb's own source."""
        if not self.doc.has_parse or not self._coordinated(cue):
            return []
        tokens = self.doc.tokens
        heads = [tokens[cue.head]] if cue.head is not None else []
        heads += [t for t in tokens[sentence.first:cue.i] if t.head is None]
        # "Albright urged women to vote …, saying": a cue verb before it first, which the weak parse may not
        # make the participle's head
        heads += [t for t in tokens[sentence.first:cue.i] if t.upos == "VERB" and self.cues.is_verb(t)]
        heads.sort(key=lambda t: not self.cues.is_verb(t))
        for verb in heads:
            if self._opens_subordinate_clause(verb):
                continue  # "… an admission that Russian soldiers had fought …, saying": a subordinate clause's subject
            if verb.i < cue.i and verb.upos in VERB_TAGS:
                source = self._source_before(verb)
                if self._asks_about(source, sentence):
                    continue
                source = self._reporter_of(source, sentence)
                if source:
                    return source
        return []

    def _first_subject(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'O'Malley spoke at the forum on Sunday, and criticized Sanders': a cue coordinated with the
        sentence's first verb shares its subject, the noun phrase the sentence opens with."""
        if not self._coordinated(cue):
            return []
        tokens = self.doc.tokens
        run = []
        for t in tokens[sentence.first:cue.i]:
            if not self._np_like(t, tokens[t.i + 1]):
                break
            run.append(t)
        if len(run) > 1 and run[-1].text in POSSESSIVE_ENDINGS and (run[-1].upos in VERB_TAGS or run[-2].upos == "PRON"):
            run.pop()  # "He’s comparing …, and says": the contracted "is", no possessive
        k = run[-1].i + 1 if run else cue.i
        close = self._closing_parenthesis(k, sentence) if run else None
        if close is not None and close < cue.i:
            run, k = tokens[run[0].i:close + 1], close + 1  # "Sen. Chuck Grassley (R-Iowa) downplayed …, and said"
        if k + 1 < cue.i and tokens[k].upos == "ADP" and tokens[k].text.islower() \
                and self._time_word(tokens[k + 1], sentence):
            k += 1  # "… on Wednesday downplayed …"
        while k < cue.i and self._time_word(tokens[k], sentence):
            k += 1
        while k < cue.i and tokens[k].upos == "ADV":
            k += 1  # "Donald Trump often takes …, and has promised"
        following = tokens[k] if run and k < cue.i else None
        if following is None:
            return []
        # the weak tagger's "takes/NOUN" after a name
        third_person = following.upos == "NOUN" and following.text.endswith("s") and run[-1].upos == "PROPN" \
            and "Number=Sing" in (run[-1].feats or "")
        return run if following.upos in VERB_TAGS or third_person else []
