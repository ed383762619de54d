"""The clause a cue reports: the side of the sentence the cue faces, up to where the reported words end."""
from __future__ import annotations

from ..nlp import Sentence, Token
from .reader import (ANAPHOR_SUBJECT_MAX_WORDS, CLAUSE_MARKS, CONTENT_OPENER_WINDOW, HYPHENS, NP_TAGS, POSSESSIVE_ENDINGS,
                     SKIPPABLE_BEFORE_CUE, SUBJECT_RELS, TEMPORAL_RELS, VERB_TAGS, Reader)


class ReportedClause(Reader):
    """What each cue reports: its content span, its lead-in, names given in it."""

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
                                  or words[k].text in POSSESSIVE_ENDINGS
                                  or self._fold(words[k]) in self.cues.audience_nouns) \
                and not (k and words[k].upos == "DET"):
            # "The Associated/VERB Press", "parliament/VERB"; up to the next phrase's article ("told reporters the …")
            k += 1
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
