"""Speakers after their cue: '…," said Blinken', '…, said Mark Jones, a political scientist who …', '"Meh," wrote a
Trump supporter who runs the account.': a name or an unnamed speaker's phrase that closes the sentence."""
from __future__ import annotations

from ..nlp import Sentence, Token
from .reader import (CLAUSE_MARKS, HYPHENS, NP_TAGS, SOURCE_MAX_TOKENS, SPEAKER_AFTER_QUOTE_MAX_TOKENS, SUBJECT_RELS,
                     TEMPORAL_RELS, UNNAMED_SPEAKER_MAX_WORDS, VERB_TAGS, Reader)


class InvertedSpeakers(Reader):
    """The speaker's phrase after the cue, and whether a phrase there is one (not its object or a date)."""

    def _run_after(self, index: int, sentence: Sentence) -> list[Token]:
        """'..., said Blinken': a noun phrase right after the cue."""
        tokens = self.doc.tokens
        run: list[Token] = []
        j = index + 1
        while j < sentence.last and self._surface_skippable(tokens[j]):
            j += 1  # "հայտարարել է վարչապետ …": the auxiliary follows the participle
        if j < sentence.last and tokens[j].upos is None:  # "— заявил в понедельник на брифинге Песков"
            j = self._skip_setting_after(self._skip_time_after(j, sentence), sentence)
        while j < sentence.last and len(run) < 10 \
                and (self._np_like(tokens[j], tokens[j + 1] if j + 1 < sentence.last else None)
                     # "said lobbyist and GOP strategist Charlie Black"
                     or run and tokens[j].upos == "CCONJ" and j + 1 < sentence.last and tokens[j + 1].upos in NP_TAGS
                     or run and self._mistagged_in_title(j, sentence)
                     # "said Al From/ADP, who …": a surname the tagger reads as a preposition or an auxiliary
                     or run and run[-1].upos == "PROPN" and tokens[j].upos in ("ADP", "AUX")
                     and self._name_in_running_text(tokens[j])):
            glued_hyphen = bool(run) and tokens[j].text in HYPHENS and self._glued(tokens[j])  # "прем'єр-міністр"
            if tokens[j].upos is None and not self._surface_np_word(tokens[j]) and not glued_hyphen \
                    and (run or self._fold(tokens[j]) not in self.cues.pronouns):
                break
            run.append(tokens[j])
            j += 1
        while run and not self._is_word(run[-1]):
            run.pop()
        if len(run) == 1 and (self._fold(run[0]) in self.cues.pronouns or self._indefinite(run[0])
                              and (run[0].i + 1 == sentence.last or not self._is_word(tokens[run[0].i + 1]))):
            return run  # "«…», — добавил он.", '"…," said he.', '"…," tweeted another.'
        # "a déclaré le ministre": no capital, but a role noun; '"…," says Suckling, who …': a misread name
        return run if any(t.upos in ("PROPN", "NOUN") or t.upos is None and (
            t.text[:1].isupper() or self._in_words(t, self.cues.role_nouns)) or self._misread_name(t) for t in run) else []

    def _mistagged_in_title(self, j: int, sentence: Sentence) -> bool:
        """'said former tech/ADV executive Carly Fiorina': a lowercase word the weak tagger misreads inside a
        title that a name closes, nouns up to the name."""
        tokens = self.doc.tokens
        if tokens[j].upos not in ("ADV", "ADJ", "VERB") or not tokens[j].text.islower() or self.cues.is_verb(tokens[j]):
            return False
        k = j + 1
        while k < sentence.last and k - j <= 2 and tokens[k].upos == "NOUN" and not self._in_quote(tokens[k]):
            k += 1
        return k > j + 1 and k < sentence.last and tokens[k].upos == "PROPN" and tokens[k].text[:1].isupper()

    def _indefinite(self, token: Token) -> bool:
        """'another', 'one', 'others': a word standing for a speaker not named."""
        feats = token.feats or ""
        return token.upos in ("DET", "PRON", "NUM") and ("PronType=Ind" in feats or self._fold(token) == "one")

    def _speaker_closes_sentence(self, cue: Token, sentence: Sentence) -> bool:
        """'…, forcing her to fend off both Trump and Sanders, said Brad Bannon, a pollster.', '…, at both the
        federal and state levels, said lobbyist Charlie Black': the name after the cue, which closes the sentence
        (with a relative clause of its own: "…, said an American official who was briefed on …"), is the
        speaker, not a phrase set off before the cue."""
        inverted = self._inverted_source(cue, sentence)
        if not inverted or inverted[0].upos == "ADP" or not self._names_speaker(inverted, cue):
            return False  # ('Blunt, after a long pause, said of Cruz': whom about)
        close = self._aside_after(inverted, sentence)
        after = [t for t in self.doc.tokens[(inverted[-1].i if close is None else close) + 1:sentence.last]
                 if self._is_word(t)]
        return (not after or self._fold(after[0]) in self.cues.relative_pronouns) \
            and not any("VerbForm=Fin" in (t.feats or "") for t in self._before_relative(inverted))

    def _names_speaker(self, phrase: list[Token], cue: Token) -> bool:
        """Is the phrase after a cue its speaker ('…," said Senator John McCain.', '…, the ministry said'),
        not its object ('urged a strong stand', 'told an audience'), the subject of the next clause ('said
        their speeches were …') or a date ('said Sunday')?"""
        head = self._before_relative(phrase, self.cues.person_relatives)
        if len(head) < len(phrase):
            return self._names_speaker(head, cue)  # "…, said six million people who lost …"
        if self._fold(cue).endswith("ing") or all(t.deprel in TEMPORAL_RELS or self._fold(t) in self.cues.time_words
                                                  for t in phrase):
            return False
        sentence = self.doc.sentences[cue.sent]
        following = next((t for t in self.doc.tokens[phrase[-1].i + 1:sentence.last] if self._is_word(t)), None)
        # '…," said spokesman John Kirby, referring to …': a participle after a comma is no clause of the name's
        # ('…," said Ben Carson, asked about his claims …': a past participle too)
        participle = following is not None and self.doc.tokens[following.i - 1].text == "," and (
            "VerbForm=Ger" in (following.feats or "") or "VerbForm=Part" in (following.feats or "")
            or following.upos == "VERB" and self._fold(following).endswith(("ing", "ed")))
        # "The contrast with Trump, said Doyle and others, would be clear": the cue and its speaker set off
        # inside the reported sentence, which goes on after the comma
        parenthetical = following is not None and self.doc.tokens[following.i - 1].text == "," \
            and cue.i > sentence.first and self.doc.tokens[cue.i - 1].text == ","
        if following is not None and not participle and not parenthetical and (
                following.upos in VERB_TAGS and self._fold(following) not in self.cues.setting_prepositions  # "during/VERB"
                or self._fold(following) in self.cues.complementizers):
            return False
        if len(phrase) == 1 and self._fold(phrase[0]) in self.cues.pronouns:
            if phrase[0].upos is None:
                return True  # "— сказал он журналистам": the languages read untagged list subject pronouns only
            # '"…," said he.' (not 'told him the …'): a pronoun that closes the sentence, but for a time phrase
            after = self._skip_time_after(phrase[0].i + 1, sentence)
            return not any(self._is_word(t) for t in self.doc.tokens[after:sentence.last])
        if any(t.upos == "PROPN" or (t.upos is None and t.text[:1].isupper()) or self._in_words(t, self.cues.role_words)
               or self._misread_name(t) for t in phrase):
            return True
        if len(phrase) == 1 and self._indefinite(phrase[0]):
            return True  # '…," tweeted another.', '…," read one.'
        # "…, said several observers.": a verb of saying and a plural noun's phrase that closes the sentence, or
        # whose relative clause does ("…, said six million people who lost their health insurance.")
        nouns = [t for t in phrase if t.upos == "NOUN"]
        if nouns and self.cues.listed(nouns[-1], self.cues.nouns) and self._is_quote_mark(self.doc.tokens[cue.i - 1]):
            return True  # '"…," reads a Wednesday editorial in The Des Moines Register.': a message, where it ran
        if not nouns or self.cues.verb_key(cue) not in self.cues.inverting_verbs \
                or any("Poss=Yes" in (t.feats or "") for t in phrase):
            return False
        # ("The real problem, say experts, is …": set off inside the sentence it reports)
        if following is None or self._fold(following) in self.cues.person_relatives or parenthetical:
            return "Number=Plur" in (nouns[-1].feats or "") or self._indefinite(phrase[0])
        # "…, said one GOP source in the room.": after a clause and a comma, one unnamed speaker, with a place
        # and no verb after the phrase (not "Kiedis said his band … wrote a host of new songs for the album")
        rest = self.doc.tokens[following.i:sentence.last]
        while rest and not self._is_word(rest[-1]):
            rest = rest[:-1]
        before = self.doc.tokens[sentence.first:cue.i]
        return self._indefinite(phrase[0]) and following.upos == "ADP" and bool(before) and before[-1].text == "," \
            and any(t.upos == "VERB" for t in before) and not any(t.upos in VERB_TAGS or t.text in CLAUSE_MARKS for t in rest) \
            and not any(c.deprel in SUBJECT_RELS and c.i < cue.i for c in self.doc.children(cue))

    def _unnamed_speaker_after_quote(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'"We lost everything," said an elderly woman in the crowd.', '"Meh," wrote a Trump supporter who runs
        the account.': right after a quote, a cue's speaker needs no name or title; the rest of the sentence
        is the speaker when it is one noun phrase with its modifiers (prepositional phrases, a relative
        clause), up to a time phrase or a participle after a comma ('…, adding that …')."""
        if cue.upos is None or self._fold(cue).endswith("ing"):
            return []
        if not self._after_closing_quote(cue.i - 1, sentence):
            return []
        tokens = self.doc.tokens
        phrase: list[Token] = []
        for t in tokens[cue.i + 1:sentence.last]:
            if self._in_quote(t) or self._fold(t) in self.cues.time_words and not self._glued(self.doc.tokens[t.i - 1]):
                break  # a time phrase ends it; not "the 46-year-old"
            if t.text == "," and phrase:
                following = tokens[t.i + 1] if t.i + 1 < sentence.last else None
                rest = [x for x in tokens[t.i + 1:sentence.last] if self._is_word(x)]
                named = rest and all(x.upos == "PROPN" or x.text[:1].isupper() for x in rest)
                if following is None or self._fold(following) not in self.cues.relative_pronouns and not named:
                    break  # '…, adding that …': another clause; but '…, said his best friend, Bruce Turry.'

            phrase.append(t)
        while phrase and (not self._is_word(phrase[-1]) or phrase[-1].upos == "ADP"):
            phrase.pop()  # "… in the crowd on Tuesday": the preposition before the time word
        head = self._before_relative(phrase)
        # "retired neurosurgeon Ben Carson": a participle the tagger calls a verb may open the phrase
        opening = phrase[0].upos in NP_TAGS or phrase[0].upos == "VERB" and self._fold(phrase[0]).endswith("ed") \
            if phrase else False
        if not opening or len(head) > SPEAKER_AFTER_QUOTE_MAX_TOKENS or len(phrase) > SOURCE_MAX_TOKENS \
                or not any(t.upos in ("NOUN", "PROPN") for t in phrase[:4]):
            return []
        if any(t.upos in VERB_TAGS and "VerbForm=Fin" in (t.feats or "") for t in head):
            return []  # '…," said the minister, who …' is fine; '…," told reporters the army had …' is no speaker
        return phrase

    def _rest_after_quote_and_cue(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'«…», — рассказала бывшая учительница из столицы Арцаха Анаит Саргсян.': where there are no tags,
        a sentence that is a quote, the cue and one phrase ends with its speaker, lowercase words and all."""
        if cue.upos is not None:
            return []
        tokens = self.doc.tokens
        j = cue.i - 1
        while j >= sentence.first and not self._is_word(tokens[j]) and not self._is_quote_mark(tokens[j]):
            j -= 1
        if j < sentence.first or not self._is_quote_mark(tokens[j]) and not self._in_quote(tokens[j]):
            return []
        start = cue.i + 1
        while start < sentence.last and self._surface_skippable(tokens[start]):
            start += 1  # "- հայտարարել է պետնախարարը": the auxiliary after the participle
        start = self._skip_setting_after(self._skip_time_after(start, sentence), sentence)  # "— заявил в Москве."
        rest = [t for t in tokens[start:sentence.last] if self._is_word(t)]
        if not rest or len(rest) > SPEAKER_AFTER_QUOTE_MAX_TOKENS or any(self._in_quote(t) or t.text in CLAUSE_MARKS
                                                                        for t in tokens[start:rest[-1].i]):
            return []
        # "— заявил вице-премьер Самир Шарифов на форуме в Баку": a name is whole before an adjunct
        named = next((k for k, t in enumerate(rest) if t.text[:1].isupper()), None)
        cut = next((k for k, t in enumerate(rest) if named is not None and k > named
                    and self._fold(t) in self.cues.adjunct_prepositions), len(rest))
        rest = rest[:cut]
        if rest[-1].text[:1].isupper():
            return rest
        # "— сказал госминистр.", "— сказав собеседник агентства.": a role the cue lexicon lacks; after the
        # quote and its cue, a short phrase with no preposition, pronoun or time word can only be the speaker
        unnamed = len(rest) <= UNNAMED_SPEAKER_MAX_WORDS and not any(
            self._not_name(t) or self._fold(t) in self.cues.pronouns or self._fold(t) in self.cues.case_prepositions
            or self.cues.is_verb(t) for t in rest)
        audience = self._fold(rest[0]).endswith(self.cues.audience_endings)  # (no endings: never)
        return rest if unnamed and not audience else []

    def _inverted_source(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'…," said Blinken', '…, said Mark Jones, a political scientist who …': the name after the cue,
        with an apposition that runs to the end of the sentence."""
        run = self._run_after(cue.i, sentence)
        if not run:
            return []
        tokens = self.doc.tokens
        close = self._closing_parenthesis(run[-1].i + 1, sentence)
        if close is not None:  # "said Sen. Chris Murphy (D-Conn.)"
            run = run + tokens[run[-1].i + 1:close + 1]
        rest = tokens[run[-1].i + 1:sentence.last]
        words = [t for t in rest if self._is_word(t)]
        if words and self._fold(rest[0]) in self.cues.person_relatives and len(words) <= SOURCE_MAX_TOKENS \
                and not any(self._in_quote(t) for t in words):
            return tokens[run[0].i:words[-1].i + 1]  # "…, said an American official who was briefed on …"
        if not (rest and rest[0].text == "," and words and len(words) <= SOURCE_MAX_TOKENS and (
                words[0].upos in NP_TAGS or words[0].upos is None) and not self.cues.is_verb(words[0])
                and not any(self._in_quote(t) for t in words)
                and not (len(words) <= 2 and self._present_participle(words[-1]))):  # "…, half joking."
            return run
        # comma by comma: an age ("Yin Myint May, 60, a doctor") or a relative clause ("…, who lives in …")
        # goes on; another phrase after a comma belongs to something else
        source, chunk = list(run), []
        for t in rest[1:] + [None]:
            if t is not None and t.text != ",":
                chunk.append(t)
                continue
            chunk_words = [x for x in chunk if self._is_word(x)]
            if not chunk_words:
                break
            source += [x for x in rest if source[-1].i < x.i <= chunk_words[-1].i]
            nxt = tokens[t.i + 1] if t is not None and t.i + 1 < sentence.last else None
            if nxt is None or not (all(x.upos == "NUM" for x in chunk_words)
                                   or self._fold(nxt) in self.cues.relative_pronouns
                                   or self._last_apposition(nxt, sentence)):
                break
            chunk = []
        return source

    def _last_apposition(self, token: Token, sentence: Sentence) -> bool:
        """'…, said Alex Conant, a founding partner at Firehouse Strategies, | a Republican consulting firm.',
        '…, a city council member in Somerton, | Ariz.': a noun phrase after a comma that runs to the end of
        the sentence, with no verb, describes the phrase before it."""
        tail = [t for t in self.doc.tokens[token.i:sentence.last] if self._is_word(t)]
        return bool(tail) and tail[0].upos in NP_TAGS and not self._in_quote(token) \
            and not any(t.upos == "AUX" or t.upos == "VERB" and "VerbForm=Part" not in (t.feats or "")
                        or self.cues.is_verb(t) or t.text in CLAUSE_MARKS for t in tail)
