"""Where the speaker is: the noun phrase of a cue's source before the cue, from the surface and the parse, and
the choice among all the places a speaker may stand (after the cue: `inverted_speakers`; in another clause:
`borrowed_subjects`)."""
from __future__ import annotations

from ..nlp import Sentence, Token
from .borrowed_subjects import BorrowedSubjects
from .inverted_speakers import InvertedSpeakers
from .reader import (APPOSITION_MAX_TOKENS, APPOSITION_TAGS, CLAUSE_MARKS, HYPHENS, LONG_RELATIVE_MAX_TOKENS,
                     NOMINAL_TAGS, NP_TAGS, PARENTHESIS_MAX_TOKENS, POSSESSIVE_ENDINGS, POSSESSIVE_MARKS,
                     POSTNOMINAL_MAX_TOKENS, RELATIVE_VERB_MAX_TOKENS, SCARE_MAX_TOKENS, SOURCE_MAX_TOKENS, SUBJECT_RELS,
                     VERB_TAGS)


class SpeakerPhrases(BorrowedSubjects, InvertedSpeakers):
    """Where the speaker is: the noun phrase right before the cue (widened to the parse's subject phrase),
    a name right after a cue that closes its clause, an apposition, a relative pronoun; never a time word."""

    def _run_before(self, index: int, sentence: Sentence) -> list[Token]:
        """The noun phrase ending right before token `index`, adverbs and auxiliaries skipped."""
        tokens = self.doc.tokens
        j = self._past_adverbs(index, sentence)
        if j > sentence.first and self._fold(tokens[j]) in self.cues.floating_quantifiers:
            k = j - 1
            while k > sentence.first and (tokens[k].upos == "AUX" or self.cues.listed(tokens[k], self.cues.auxiliaries)):
                k -= 1  # "Carson, Fiorina and Huckabee have/VERB all characterized"
            if tokens[k].upos in ("NOUN", "PROPN", "PRON"):
                j = k  # "the ministers all urged", "Bolton and Gorka both denounced"
        if j >= sentence.first and tokens[j].upos is not None and self._time_word(tokens[j], sentence):
            j = self._skip_time_before(j, sentence)  # "Spokesman Sean Spicer on Thursday evening said"
            j = self._past_adverbs(j + 1, sentence)  # "allies have in the past said"
        if j >= sentence.first and tokens[j].upos is None:  # no tags: "hat am Montag erklärt", "в понедельник заявил"
            j = self._skip_adjuncts_before(j, sentence)
            while j >= sentence.first and self._surface_skippable(tokens[j]) and self._fold(tokens[j]) not in self.cues.pronouns:
                j -= 1
        if j - 2 >= sentence.first and tokens[j].text == tokens[j - 2].text == "," and tokens[j - 1].text.islower():
            j -= 3  # "Sanders, meanwhile, said", "Clinton, too, said"
        if j - 1 >= sentence.first and tokens[j].text == "," and tokens[j - 1].text == ")" and index == j + 1:
            j -= 1  # "Sen. Jack Reed (D-R.I.), said"
        run: list[Token] = []
        while j >= sentence.first and len(run) < 14:
            quoted = self._scare_quoted_before(j, sentence) if run else None
            if quoted is not None:  # 'The so-called "de facto authorities" in Khankendi announced'
                run[:0] = tokens[quoted:j + 1]
                j = quoted - 1
                continue
            if tokens[j].text == ")":  # "Sen. Rand Paul (R-Ky.) said"
                opening = next((k for k in range(j - 1, max(sentence.first, j - PARENTHESIS_MAX_TOKENS) - 1, -1)
                                if tokens[k].text == "("), None)
                if opening is not None and opening > sentence.first \
                        and self._np_like(tokens[opening - 1], tokens[opening]):
                    run[:0] = tokens[opening:j + 1]
                    j = opening - 1
                    continue
            if not self._np_like(tokens[j], run[0] if run else None) and not self._gerund_head(j, run, sentence) \
                    and not self._joins_modifiers(j, run, sentence) and not (
                    run and self._names_a_place(run) and j > sentence.first and (
                        # "Demonstrators in Yerevan", "Donald Trump and Sen. Ted Cruz"
                        self._fold(tokens[j]) in self.cues.place_prepositions
                        and (tokens[j - 1].upos == "NOUN" or self._scare_quoted_before(j - 1, sentence) is not None)
                        or tokens[j].upos == "CCONJ" and (tokens[j - 1].upos == "PROPN" or self._subject_pronoun(tokens[j - 1]))
                        )) and not (
                    # no tags: "Представитель МИД в Баку", "Die Regierung in Baku"
                    run and run[0].upos is None and j > sentence.first and not self._in_quote(tokens[j])
                    and self._fold(tokens[j]) in self.cues.adjunct_prepositions and self._surface_np_word(tokens[j - 1])):
                break
            run.insert(0, tokens[j])
            j -= 1
        if not run and j == index - 1 and j >= sentence.first and tokens[j].upos == "VERB" \
                and tokens[sentence.first].text[:1].isupper() and all(t.upos == "ADV" for t in tokens[sentence.first:j]) \
                and not self._in_quote(tokens[j]) and "VerbForm=Fin" in (tokens[index].feats or ""):
            # "Schilling told WEEI", "Polling shows", "Nearly half said": the verb opening the sentence (after
            # adverbs) is its subject
            return tokens[sentence.first:j + 1]
        while run and (run[0].upos == "ADP" and not self._name_before_cue(run[0]) or run[0].text in POSSESSIVE_ENDINGS
                       or run[0].text in HYPHENS or len(run) > 1 and self._relative_object(run[0])):
            run = run[1:]
        closed = next((k for k, t in enumerate(run[:-1]) if self._closes_phrase(t) and not self._in_quote(t)), None)
        if closed is not None:
            run = run[:closed + 1]  # "Փաշինյանը Բաքվին մեղադրեց": the article closes the speaker's phrase
        if run and run[0].upos is None and run[-1].i == index - 1:
            run = self._without_object_after_name(run)  # "Aliyev Paşinyan'ı suçladı"
        for k in range(len(run) - 1, 0, -1):  # "the only Amendment | the Founding Fathers say": two phrases
            if run[k].upos == "DET" and run[k - 1].upos in ("NOUN", "PROPN"):
                run = run[k:]
                break
        for k in range(len(run) - 1, 0, -1):  # "In September she said": a personal pronoun is a phrase of its own
            if run[k].upos == "PRON" and self._fold(run[k]) in self.cues.pronouns \
                    and "Poss=Yes" not in (run[k].feats or "") and run[k - 1].upos in ("NOUN", "PROPN", "NUM"):
                run = run[k:]
                break
        if run and run[0].upos is not None:
            medium = self._medium_adjunct_before(run, sentence)
            if medium is not None:
                return self._run_before(medium, sentence) or run
        # "a former official said", "analyst says": the weak tagger often takes the head noun for an adjective
        # or a gerund after its article: "the same polling suggests"
        gerund = len(run) > 1 and run[0].upos == "DET" and run[-1].upos == "VERB" \
            and self._fold(run[-1]).endswith("ing")
        headed = bool(run) and run[-1].i == index - 1 and (run[-1].upos == "ADJ" or gerund)
        return run if headed or self._quantifier_pronoun(run) or any(
            t.upos in NOMINAL_TAGS or t.upos is None or self._misread_name(t)
            or self._fold(t) in self.cues.role_nouns for t in run) else []

    def _gerund_head(self, j: int, run: list[Token], sentence: Sentence) -> bool:
        """'the same polling suggests', 'Exit polling shows', 'people familiar with her thinking say': a gerund
        after an article, an adjective, a noun or a possessive, right before the cue, heads the speaker's
        phrase."""
        tokens = self.doc.tokens
        return not run and j > sentence.first and tokens[j].upos == "VERB" and self._fold(tokens[j]).endswith("ing") \
            and (tokens[j - 1].upos in ("DET", "ADJ", "NOUN", "PROPN") or self._possessive(tokens[j - 1])) \
            and not self._in_quote(tokens[j - 1])

    def _joins_modifiers(self, j: int, run: list[Token], sentence: Sentence) -> bool:
        """'…, current and former officials said': a coordinator between two modifiers of the speaker's head
        (the first set off on its left, the tagger may call it a noun) joins them into one phrase."""
        tokens = self.doc.tokens
        if not run or run[0].upos != "ADJ" or j - 1 < sentence.first \
                or self._fold(tokens[j]) not in self.cues.coordinators:
            return False
        modifier = tokens[j - 1]
        return (modifier.upos == "ADJ" or modifier.upos == "NOUN" and modifier.text.islower()) \
            and (j - 1 == sentence.first or not self._is_word(tokens[j - 2])) and not self._in_quote(modifier)

    def _quantifier_pronoun(self, run: list[Token]) -> bool:
        """'Some have urged Republicans to …', 'Another tweeted': a quantifier standing for its noun phrase,
        which the tagger calls a determiner, alone before the cue."""
        if len(run) != 1 or not self._quantifier_determiner(run[0]):
            return False
        sentence = self.doc.sentences[run[0].sent]
        previous = self.doc.tokens[run[0].i - 1] if run[0].i > sentence.first else None
        return previous is None or not self._is_word(previous) or previous.upos == "CCONJ"

    def _subject_pronoun(self, token: Token) -> bool:
        """'he and Mr. Allen said': a personal pronoun in the nominative joined to a name."""
        return token.upos == "PRON" and "Case=Nom" in (token.feats or "") and self._fold(token) in self.cues.pronouns

    def _names_a_place(self, run: list[Token]) -> bool:
        """Does the phrase open with a name ('Yerevan', 'the Karabakh region')?"""
        return run[0].upos == "PROPN" or len(run) > 1 and run[0].upos == "DET" and run[1].upos == "PROPN"

    def _medium_adjunct_before(self, run: list[Token], sentence: Sentence) -> int | None:
        """'Jeb Bush in a Medium post said', 'The ministry in a statement said', 'Pashinyan in an interview
        with Reuters said': the noun phrase before the cue ends a chain of prepositional phrases, one of which
        names the medium (a noun of `nouns`); the speaker stands before it. Where its preposition is, or
        None."""
        tokens = self.doc.tokens
        group, medium = run, None
        while True:
            if any(t.upos == "NOUN" and self._fold(t) in self.cues.nouns for t in group):
                medium = group[0].i - 1
            p = group[0].i - 1
            if p <= sentence.first or tokens[p].upos != "ADP" or self._in_quote(tokens[p]) \
                    or self._fold(tokens[p]) in self.cues.linking_prepositions:
                break
            k = p - 1
            while k >= sentence.first and tokens[k].upos in NP_TAGS and not self._in_quote(tokens[k]):
                k -= 1
            group = tokens[k + 1:p]
            if not group:
                break
        return medium if medium is not None and tokens[medium].upos == "ADP" and medium > sentence.first else None

    def _skip_time_before(self, j: int, sentence: Sentence) -> int:
        """Past a time phrase that ends at token j ("on Thursday evening", "last week"), to the noun phrase
        before it; j itself where none stands there (a time phrase opening the sentence is no speaker)."""
        tokens = self.doc.tokens
        k = self._before_time_phrase(j, sentence)
        return k if k >= sentence.first and tokens[k].upos in NOMINAL_TAGS and not self._in_quote(tokens[k]) else j

    def _scare_quoted_before(self, j: int, sentence: Sentence) -> int | None:
        """Where the quote opens whose closing mark is token j, when it holds a short noun phrase ('"de facto
        authorities"'): part of a speaker's phrase, held at a distance. None otherwise."""
        tokens = self.doc.tokens
        if not self._closing_mark(tokens[j]):
            return None
        for k in range(j - 1, max(sentence.first, j - SCARE_MAX_TOKENS - 2) - 1, -1):
            if self._is_quote_mark(tokens[k]):
                inner = tokens[k + 1:j]
                named = inner and all(t.upos in NP_TAGS for t in inner) and any(t.upos in ("NOUN", "PROPN") for t in inner)
                return k if named else None
        return None

    def _relative_object(self, token: Token) -> bool:
        """'Nagorno-Karabakh, which Armenians call Artsakh': a relative pronoun that opens the phrase before
        the cue is the clause's object, not part of its subject ('That poll found' keeps its demonstrative)."""
        feats = token.feats or ""
        previous = self.doc.tokens[token.i - 1] if token.i else None
        return self._fold(token) in self.cues.relative_pronouns and "Poss=Yes" not in feats \
            and ("PronType=Rel" in feats or previous is not None and previous.text == ",")

    def _apposition_before(self, index: int, sentence: Sentence) -> list[Token]:
        """'A Twitter spokesman, Christopher Abboud, said', 'Suu Kyi, 70, said': two noun phrases and commas
        right before the cue (the parse often misses this subject)."""
        tokens = self.doc.tokens
        j = self._past_adverbs(index, sentence)
        if j <= sentence.first or tokens[j].text != ",":
            return []
        k = j - 1
        while k >= sentence.first and j - k <= APPOSITION_MAX_TOKENS and tokens[k].text != "," and (
                tokens[k].upos in APPOSITION_TAGS or tokens[k].upos is None or tokens[k].text in HYPHENS):
            k -= 1
        if k <= sentence.first or tokens[k].text != "," or k == j - 1:
            return []
        first = self._run_before(k, sentence)
        return tokens[first[0].i:j] if first else []

    def _surface_apposition_subject(self, comma: Token, sentence: Sentence) -> list[Token]:
        """'Le Premier ministre arménien, Nikol Pachinian, a accusé Bakou …', 'Премьер-министр Армении, Никол
        Пашинян, обвинил Баку …': without tags, a speaker's phrase and its apposition between commas open the
        sentence before the cue; the name after the cue is its object, not an inverted speaker."""
        tokens = self.doc.tokens
        opening = tokens[sentence.first:comma.i]
        commas = [t for t in opening if t.text == ","]
        if len(commas) != 1 or any(self._in_quote(t) or self._is_quote_mark(t) for t in opening):
            return []
        head, apposition = opening[:commas[0].i - sentence.first], opening[commas[0].i - sentence.first + 1:]
        if not head or not apposition \
                or not all(self._surface_np_word(t) or t.text in HYPHENS for t in head + apposition):
            return []
        return opening if self._names_somebody(head) or self._names_somebody(apposition) else []

    def _set_off_adjunct_before(self, index: int, sentence: Sentence) -> int | None:
        """The comma that opens a prepositional phrase set off right before the cue ('X, in a statement on
        Tuesday, said'), where a parse gives prepositions; None where there is none."""
        tokens = self.doc.tokens
        j = self._past_adverbs(index, sentence)
        if not self.doc.has_parse or j <= sentence.first or tokens[j].text != ",":
            return None
        m = self._opening_comma(j, sentence)
        chunk = [t for t in tokens[m + 1:j] if self._is_word(t)] if m is not None else []
        if not chunk or chunk[0].upos != "ADP" or any(self._in_quote(t) for t in chunk):
            return None
        return m

    def _opening_comma(self, j: int, sentence: Sentence) -> int | None:
        """The comma that opens the phrase which the comma at j closes ('X, in a statement on Tuesday, said'),
        within an apposition's length; None where there is none."""
        tokens = self.doc.tokens
        return next((m for m in range(j - 1, max(sentence.first, j - APPOSITION_MAX_TOKENS) - 1, -1)
                     if tokens[m].text == ","), None)

    def _set_off(self, token: Token) -> bool:
        """A comma or a dash that sets off an apposition or a relative clause."""
        return token.text in (",", "—", "--") or (token.text in HYPHENS and not self._glued(token))

    def _apposition_chain(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Cruz, who has proposed …, said', 'Graham, a former candidate, told', 'Woodrow Benford, 58, who
        lives outside Minneapolis, says': a noun phrase, then appositions, ages and non-restrictive relative
        clauses set off by commas or dashes, right before the cue. The source is all of it (PARC, PolNeAR),
        but for the adjuncts set off right before the cue ('An Israeli official, speaking on condition of
        anonymity, said'), which say how, not who."""
        tokens = self.doc.tokens
        if not self.doc.has_parse:
            return []
        close = self._past_adverbs(cue.i, sentence)
        if close - 1 > sentence.first and self._closing_mark(tokens[close]) \
                and tokens[close - 1].text == ",":
            close -= 1  # 'Joe Scarborough, host of MSNBC's "Morning Joe," suggested': the comma inside the quotes
        if close <= sentence.first or not self._set_off(tokens[close]):
            return []
        stripped = close
        while (piece := self._set_off_piece(stripped, sentence)) is not None:
            m, chunk = piece
            if not chunk or m < sentence.first:
                break
            if stripped != close and self._subordinate_subject(chunk):
                return chunk[1:]  # "…, as Peña Nieto, contradicting Trump, said": the subordinate clause's subject
            if len(chunk) == 1 and chunk[0].upos == "CCONJ":
                return []  # "X stood at his pulpit in Burlington, Iowa, and, citing Exodus, endorsed": a second verb of X's
            if self._set_off_adjunct(chunk):
                stripped = m
                continue
            # "Clinton, during a town hall meeting in Columbus, Ohio, said", "Grassley, facing a challenge in
            # Iowa, a swing state, said": a short piece that closes an adjunct before it
            closing = len(chunk) <= 4 and self._fold(chunk[0]) not in self.cues.relative_pronouns
            before = self._set_off_piece(m, sentence) if closing else None
            if before is not None and self._subordinate_subject(before[1]) and stripped == close:
                return tokens[before[1][1].i:close]  # "…, while Mike Huckabee, the former Arkansas governor, said"
            if before is None or not before[1] or before[0] < sentence.first or not self._set_off_adjunct(before[1]):
                break
            stripped = before[0]
        if stripped == close:
            return self._chain_ending_at(close, sentence)
        if self._speaker_closes_sentence(cue, sentence):
            return []
        head = self._run_before(stripped, sentence)
        return self._chain_ending_at(stripped, sentence) or (head if head and head[-1].i == stripped - 1 else [])

    def _subordinate_subject(self, chunk: list[Token]) -> bool:
        """'as Peña Nieto', 'while Mike Huckabee': a subordinator and a noun phrase, set off before the cue."""
        return len(chunk) > 1 and self._subordinator(chunk[0]) \
            and all(self._np_like(t, self.doc.tokens[t.i + 1]) for t in chunk[1:])

    def _aside_after(self, phrase: list[Token], sentence: Sentence) -> int | None:
        """'…,\'\' said Mr. Burman (a view echoed by everyone I interviewed).': where the writer's aside in
        parentheses right after a speaker's phrase closes (the index of its ")"); None where none follows."""
        return self._closing_parenthesis(phrase[-1].i + 1, sentence, longest=sentence.last)

    def _set_off_piece(self, k: int, sentence: Sentence) -> tuple[int, list[Token]] | None:
        """The words between the comma or dash at k and the one before it (or the sentence's start), and
        where that one is; a comma inside a title's quotes ('the co-author of "Going Viral," about …') is
        passed over. None where nothing is left before k."""
        tokens = self.doc.tokens
        while k > sentence.first:
            m = k - 1
            while m >= sentence.first and not self._set_off(tokens[m]):
                m -= 1
            between = tokens[max(m, sentence.first - 1) + 1:k]
            chunk = [t for t in between if self._is_word(t)]
            if chunk or not between or not all(self._is_quote_mark(t) for t in between) or m < sentence.first:
                return m, chunk
            k = m
        return None

    def _chain_ending_at(self, close: int, sentence: Sentence) -> list[Token]:
        """The apposition chain whose last piece ends at the comma or dash `close` (see `_apposition_chain`)."""
        tokens = self.doc.tokens
        k = close
        chained = False
        while k > sentence.first and close - k <= SOURCE_MAX_TOKENS + 10:
            piece = self._set_off_piece(k, sentence)
            if piece is None or not piece[1]:
                return []
            m, chunk = piece
            if len(chunk) == 1 and m >= sentence.first and self._set_off_adjunct(chunk):
                k = m  # "Sanders, meanwhile, who sits …, said": a lone adverb between the pieces
                continue
            if m < sentence.first:  # "But Mr. Guerrero, a Republican who …, said": the sentence's conjunction
                while len(chunk) > 1 and chunk[0].upos in ("CCONJ", "ADV") and chunk[0].text.istitle():
                    chunk = chunk[1:]
            relative = chained or k == close  # only set-off pieces after the head may be relative clauses
            relative = relative and self._fold(chunk[0]) in self.cues.relative_pronouns \
                and self._fold(chunk[0]) not in self.cues.complementizers
            age = all(t.upos == "NUM" or self._fold(t) == "then" and t is chunk[0] for t in chunk[:2]) \
                and len(chunk) <= 2  # "Suu Kyi, 70,", "Mr. Sperling, then 38,"
            # "Donna Sampson Rawlings, 59, of Ashton, Md., who …": where the speaker is from, and its state
            place = self._place_piece(chunk) or len(chunk) <= 2 and all(t.upos == "PROPN" for t in chunk) \
                and m >= sentence.first and (left := self._set_off_piece(m, sentence)) is not None \
                and self._place_piece(left[1])
            # "a Navy veteran who now is a civilian employee": a noun phrase, maybe with its relative clause
            noun_part = self._before_relative(chunk)
            # "an economic adviser to Republicans and former director of …", "another unaligned strategist"
            # "one of only a handful of RNC members", "also a GOP presidential hopeful": an adverb inside, or
            # one before an article or adjective
            leading_adverb = chunk[0].upos == "ADV" and len(chunk) > 1 and chunk[1].upos in ("DET", "ADJ", "NUM") \
                or self._fold(chunk[0]) in self.cues.floating_quantifiers  # "Berger and Moore, both Republicans, said"
            # "Democrats — and some Republicans — say": a conjunct set off by dashes
            conjunct = chunk[0].upos == "CCONJ" and tokens[k].text != "," and len(chunk) > 1
            nominal = (chunk[0].upos not in ("ADP", "ADV", "SCONJ", "CCONJ") or leading_adverb or conjunct) \
                and len(noun_part) <= APPOSITION_MAX_TOKENS \
                and all(t.upos in APPOSITION_TAGS or t.upos is None or t.upos in ("CCONJ", "ADV")
                        or t.upos == "VERB" and ("VerbForm=Part" in (t.feats or "") or self._after_infinitive_marker(t))
                        for t in noun_part) \
                and any(t.upos in ("NOUN", "PROPN") for t in noun_part)
            if chained and nominal and not relative and not place and noun_part is chunk:
                head = self._run_before(k, sentence)  # the noun phrase the set-off pieces hang on
                if head and head[-1].i == k - 1:
                    return tokens[head[0].i:close]
                return []
            if not (relative or age or place or nominal) or m < sentence.first:
                return []
            chained = True
            k = m
        return []

    def _place_piece(self, chunk: list[Token]) -> bool:
        """'of Ashton', 'from Hemet': a preposition and a place's name, set off after a speaker's name."""
        return len(chunk) > 1 and chunk[0].upos == "ADP" and chunk[0].text.islower() \
            and all(t.upos == "PROPN" or not self._is_word(t) for t in chunk[1:])

    def _after_infinitive_marker(self, token: Token) -> bool:
        """'the only candidate to campaign in Wyoming', 'attorney for one of the groups to file suit': an
        infinitive inside a noun phrase."""
        return token.i > 0 and self._fold(self.doc.tokens[token.i - 1]) in self.cues.infinitive_markers

    def _set_off_adjunct(self, chunk: list[Token]) -> bool:
        """A piece between commas that says how or when, not who: a participle clause ("speaking on
        condition of anonymity", "citing …"), a prepositional phrase ("about the rapid spread of …", "in a
        statement") or a lone adverb ("meanwhile", "too")."""
        first = chunk[0]
        if len(chunk) == 1 and first.text.islower() and first.upos not in ("PRON", "PROPN", "NUM"):
            return True
        participle = first.upos == "VERB" and (self._fold(first).endswith("ing") or (
            # "Mr. Trump, asked about the deaths …, had said"
            self._fold(first).endswith("ed") and self.cues.listed(first, self.cues.addressed_verbs)))
        # "when contacted by Reuters", "after trading insults with …"
        subordinate = first.upos == "SCONJ" or first.upos == "ADV" and len(chunk) > 1 and chunk[1].upos == "VERB"
        return participle or subordinate or first.upos == "ADP" and self._fold(first) not in self.cues.linking_prepositions

    def _np_around(self, head: Token) -> list[Token]:
        """The noun phrase around a parse head: contiguous noun-phrase tokens on both sides."""
        sentence = self.doc.sentences[head.sent]
        tokens = self.doc.tokens
        start = end = head.i
        while start - 1 >= sentence.first and self._np_like(tokens[start - 1], tokens[start]):
            start -= 1
        while end + 1 < sentence.last and tokens[end + 1].upos in ("PROPN", "NOUN") and not self._in_quote(tokens[end + 1]):
            end += 1
        return tokens[start:end + 1]

    def _subject_phrase(self, cue: Token) -> list[Token]:
        """The parse's subject of the cue, or of the verb it hangs on ("X said … and called on …"), as the
        whole phrase with its appositions and relative clauses ("Geoff Garin, a pollster who …, said")."""
        doc = self.doc
        node = cue
        for _ in range(3):
            children = list(doc.children(node))
            # of two subjects ("Later on Sunday, Carson shared"), a parse error, the one nearest the verb
            nearest = [c for c in children if c.deprel in SUBJECT_RELS and c.i < node.i and not self._in_quote(c)][-1:]
            for child in nearest + [c for c in children if c not in nearest]:
                # an active cue's "nsubj:pass" is a parse error; passive cues never come here
                if child.deprel in SUBJECT_RELS and not self._in_quote(child) \
                        and self._fold(child) not in self.cues.adverbs \
                        and not (child.i > cue.i and self._after_infinitive_marker(cue)):  # "to explain who Ali was"
                    phrase = [t for t in doc.subtree(child) if t.i < cue.i]
                    while phrase and not self._is_word(phrase[-1]):
                        phrase.pop()
                    texts = [t.text for t in phrase]
                    if phrase and texts.count("(") > texts.count(")") and doc.tokens[phrase[-1].i + 1].text == ")":
                        phrase.append(doc.tokens[phrase[-1].i + 1])  # "Gov. John Kasich (R-OH)"
                    while phrase and (not self._is_word(phrase[0]) or phrase[0].upos == "CCONJ"
                                      or len(phrase) > 1 and self._relative_object(phrase[0])):
                        phrase.pop(0)
                    contiguous = phrase and phrase[-1].i - phrase[0].i + 1 == len(phrase)
                    if contiguous and len(phrase) <= SOURCE_MAX_TOKENS and not any(self._in_quote(t) for t in phrase):
                        return phrase
                    return self._np_around(child)
            if node.head is not None and node.deprel in ("conj", "xcomp", "advcl") \
                    and not self._frames_its_head(cue, doc.tokens[node.head]):
                node = doc.tokens[node.head]
                continue
            break
        return []

    def _frames_its_head(self, cue: Token, head: Token) -> bool:
        """Is the verb a cue hangs on (in the weak parse) the clause the cue frames? 'X on Thursday evening
        said the party was not worried', with "said" an advcl of "worried": the head's subject is content.
        A clause set off before its head ('By refusing to admit any fault, Trump appeared …') is not."""
        return head.i > cue.i and not any(t.text == "," and not self._in_quote(t)
                                          for t in self.doc.tokens[cue.i + 1:head.i])

    def _source_of(self, cue: Token) -> list[Token]:
        """The speaker's phrase (see `_speaker_phrase`) without a time phrase the weak parse hangs on it
        ("President Obama Friday declared", "Ryan, the Speaker, on Tuesday called"); a phrase that is only
        time ("Monday") gives way to the speaker before it. A quantifier right before the cue is the whole
        speaker: "a strategy some believe …", "laws that some say …"."""
        sentence = self.doc.sentences[cue.sent]
        j = self._past_adverbs(cue.i, sentence)
        if j >= sentence.first and self.doc.has_parse and self._quantifier_subject_of(self.doc.tokens[j], cue):
            return [self.doc.tokens[j]]
        source = self._with_share(self._speaker_phrase(cue))
        if not source or not self.doc.has_parse:
            return source
        comma = self._after_question_put(source, cue, sentence)
        main = self._run_after(comma, sentence) if comma is not None else []
        if main:  # "Asked whether Mr. Clinton would …, Mrs. Clinton shook/NOUN her head and said": her name
            named = next((k for k, t in enumerate(main) if not t.text[:1].isupper()), len(main))
            source = main[:named] or main
        source = self._with_phrase_before(self._past_closed_relative(source, cue), cue)
        while len(source) > 1 and self._subordinator(source[0]):
            source = source[1:]  # "Although Mr. Brown said", "because the young ones think": the parse's subtree
        tokens = self.doc.tokens
        cut = len(source)
        while cut and self._fold(source[cut - 1]) in self.cues.time_words:
            cut -= 1
        # a month or a year (with its preposition) that the parse made the subject: "A poll released in late
        # August found" (but "who helped found the group in 2014" keeps its year)
        only_time = any(self._time_word(t, sentence) for t in source) \
            and all(self._time_word(t, sentence) or t.upos in ("DET", "ADJ", "ADP") for t in source)
        if cut == len(source) and not only_time:
            return source
        while cut and source[cut - 1].upos in ("DET", "ADJ", "ADP") and source[cut - 1].text.islower():
            cut -= 1  # "last", "this", "early on"
        if any(t.upos in NOMINAL_TAGS and not self._time_word(t, sentence) for t in source[:cut]):
            return source[:cut]
        start = source[0].i
        while start > sentence.first and (tokens[start - 1].text == "," or tokens[start - 1].text.islower()
                                          and tokens[start - 1].upos in ("ADP", "DET", "ADJ")):
            start -= 1  # "The government on Monday said", "Ryan, the Speaker, last Tuesday called"
        return self._apposition_before(start + 1 if tokens[start].text == "," else start, sentence) \
            or self._run_before(start, sentence) or self._clause_before_time(start, source, cue, sentence) \
            or self._main_clause_source(cue, sentence) or self._first_subject(cue, sentence)

    def _with_share(self, source: list[Token]) -> list[Token]:
        """'two of whom have pledged', 'most of them said': the parse takes the pronoun (with its "of") for the
        subject; the speaker's phrase is the share of them."""
        if not source:
            return source
        tokens = self.doc.tokens
        of = source[0].i if self._fold(source[0]) in self.cues.linking_prepositions else source[0].i - 1
        if of < 1 or tokens[of - 1].sent != source[0].sent or not self._partitive([tokens[of - 1], tokens[of]]):
            return source
        if of < source[0].i and len(source) > 1:
            return source  # "of" before a phrase, not a pronoun: "most of the voters" is the parse's already
        if "Number=Sing" in (source[-1].feats or ""):
            return source  # "some of it mentioning …": a share of a thing
        return tokens[of - 1:source[-1].i + 1]

    def _clause_before_time(self, start: int, time: list[Token], cue: Token, sentence: Sentence) -> list[Token]:
        """'disclosures filed on Sunday night revealed', 'none of the scholars I interviewed this week
        thought': the time phrase before a finite cue closes a participle or a contact clause on the
        speaker's noun, and the speaker's phrase is all of it. Before a participle the verb is the
        sentence's own ("Pashinyan spent Sunday speaking …")."""
        tokens = self.doc.tokens
        verb = start - 1
        # a cue verb there is a cue of its own, not a participle; but one that is a cue only in its idiom
        # ("released a statement") is a participle without it ("A report released Wednesday said")
        if self._fold(cue).endswith("ing") or verb <= sentence.first or tokens[verb].upos != "VERB" \
                or self._in_quote(tokens[verb]) \
                or self.cues.is_verb(tokens[verb]) and self.cues.verb_key(tokens[verb]) not in self.cues.needs_particle:
            return []
        head = self._run_before(verb, sentence)
        if not head or head[-1].i != verb - 1:
            return []
        if len(head) == 1 and head[0].upos == "PRON":  # "the scholars | I interviewed"
            noun = self._run_before(head[0].i, sentence)
            head = noun if noun and noun[-1].i == head[0].i - 1 else []

        if not any(t.upos in ("NOUN", "PROPN") for t in head):
            return []
        return tokens[head[0].i:time[-1].i + 1]

    def _subordinator(self, token: Token) -> bool:
        """Does this word open a subordinate clause ("After", "Although", "because", "whether", "As")?"""
        word = self._fold(token)
        return token.upos == "SCONJ" or word in self.cues.adverbial_subordinators or word in self.cues.as_openers \
            or word in self.cues.question_words or word in self.cues.concessives and word not in self.cues.coordinators

    def _with_phrase_before(self, source: list[Token], cue: Token) -> list[Token]:
        """The weak parse often makes the last noun phrase before the cue its subject, where the speaker's
        phrase began earlier: at coordinated subjects ('Mr. Rubio and his advisers said', 'Both the AFT and
        the NEA endorsed', 'On Tuesday, Cruz, Kasich and Rubio said') and at a head noun with its
        preposition ('A spokesperson for the ministry said', 'A study by Media Matters found'). The phrase
        joins what stands before it when that is noun phrases back to the sentence's start or to the comma
        after an opening adjunct. Not an object before "and": 'The army shelled the town and residents fled'
        reaches a verb."""
        sentence = self.doc.sentences[cue.sent]
        if not source or source[-1].i >= cue.i or source[0].i - 1 <= sentence.first:
            return source
        tokens = self.doc.tokens
        anchor = tokens[source[0].i - 1]
        # "Cruz, | Kasich and Rubio": a list whose last two the phrase holds already
        listed = anchor.text == "," and any(self._fold(t) in self.cues.coordinators for t in source)
        headed = self._joins_heads(anchor.i)
        if not (listed or headed or self._fold(anchor) in self.cues.coordinators) or self._in_quote(anchor):
            return source
        comma = anchor.i if listed else None  # the leftmost comma between the noun phrases read so far
        j = anchor.i - 1
        while j >= sentence.first:
            if tokens[j].text == "," and not self._in_quote(tokens[j]) \
                    or self._closing_mark(tokens[j]) and j > sentence.first and tokens[j - 1].text == ",":
                comma = j  # '"…," a spokesperson for the ministry said': the quote's closing mark after its comma
            elif not self._in_headed_phrase(j):
                break
            j -= 1
        if any(t.upos == "VERB" or self._fold(t) in self.cues.verb_forms
               or not headed and self.cues.is_verb(t) for t in tokens[j + 1:anchor.i]):
            return source  # "…, records show, and aviation experts say"
        lead = [t for t in tokens[sentence.first:j + 1] if self._is_word(t)]
        if all(t.upos in ("CCONJ", "ADV") and not (self._fold(t) in self.cues.concessives
                                                     and self._fold(t) not in self.cues.coordinators)
               or self._fold(t) in self.cues.floating_quantifiers for t in lead):
            # the phrase opens the sentence, perhaps after "Both", "But" or "Later," (not "Though")
            start = next((t.i for t in tokens[j + 1:anchor.i] if self._is_word(t)), None)
        elif comma is not None and tokens[anchor.i - 1].text != ",":
            # "On Tuesday, Cruz and Rubio said", "…, residents and officials said"; but "…, Calif., and many
            # candidates" joins clauses
            start = comma + 1
        else:
            return source
        if start is None or start >= anchor.i or source[-1].i - start + 1 > SOURCE_MAX_TOKENS:
            return source
        return tokens[start:source[-1].i + 1]

    def _in_headed_phrase(self, j: int) -> bool:
        """Is token j part of a noun phrase, with the prepositions between its heads ("A report by the Center
        for Economic Research")?"""
        return self._np_like(self.doc.tokens[j], self.doc.tokens[j + 1]) or self._joins_heads(j)

    def _joins_heads(self, j: int) -> bool:
        """Is token j a preposition between a head noun and its noun phrase: "A report by the Center for
        Economic Research"?"""
        tokens = self.doc.tokens
        return 0 < j < len(tokens) - 1 and self._fold(tokens[j]) in self.cues.head_prepositions \
            and tokens[j - 1].upos in ("NOUN", "PROPN") and not self._in_quote(tokens[j]) \
            and tokens[j + 1].upos in NP_TAGS

    def _past_closed_relative(self, source: list[Token], cue: Token) -> list[Token]:
        """'Clinton, who was speaking to the mayors, did not mention Trump but told …', "O'Malley, who signed
        gun laws, interjected to say", 'The NRA, which has endorsed Trump, used the comments to urge': a cue
        after the comma that closes a relative clause (whose own verb stands before that comma) is the
        antecedent's, not the relative pronoun's."""
        tokens = self.doc.tokens
        sentence = self.doc.sentences[cue.sent]
        pronoun = source[0]
        if len(source) != 1 or self._fold(pronoun) not in self.cues.relative_pronouns \
                or pronoun.i - 1 <= sentence.first or tokens[pronoun.i - 1].text != ",":
            return source
        for comma in tokens[pronoun.i + 1:cue.i]:
            if comma.text == "," and not self._in_quote(comma):
                clause = tokens[pronoun.i + 1:comma.i]
                if any(t.upos == "AUX" or "VerbForm=Fin" in (t.feats or "") for t in clause):
                    return self._run_before(pronoun.i - 1, sentence) or source
        return source

    def _speaker_phrase(self, cue: Token) -> list[Token]:
        """The speaker's phrase: the noun phrase right before the cue (widened to the parse's subject
        phrase when that one ends there too); else a name right after a cue that closes its clause
        ('…," said Blinken.'); else the parse's subject; else an apposition before the cue. A participle
        opening the sentence speaks for the main clause's subject after its comma."""
        doc = self.doc
        sentence = doc.sentences[cue.sent]
        relative = self._relative_before(cue, sentence)
        if relative:
            return relative
        if doc.has_parse and self._opening_participle(cue):
            comma = next(t for t in doc.tokens[cue.i + 1:sentence.last] if self._clause_comma(t))
            main_subject = self._run_after(comma.i + 1 if self._in_quote(comma) else comma.i, sentence)  # past the mark
            verb = next((t for t in doc.tokens[main_subject[-1].i + 1:sentence.last] if t.upos != "ADV"), None) \
                if main_subject else None  # "the pope again demonstrated"
            if verb is not None and verb.upos in VERB_TAGS:
                return main_subject
        present_participle = self._present_participle(cue)
        j = self._back_past_adverbs(cue.i - 1, sentence)
        # "…, while acknowledging", "undermines confidence by suggesting"
        subordinate = j > sentence.first and doc.tokens[j].upos in ("SCONJ", "ADP") \
            and self._fold(doc.tokens[j]) in self.cues.adverbial_subordinators
        if subordinate:
            j = self._back_past_adverbs(j - 1, sentence)
        if j > sentence.first + 1 and self._closing_mark(doc.tokens[j]) and doc.tokens[j - 1].text == ",":
            j -= 1  # 'hailed the vote as “fantastic,” telling reporters'
        if present_participle and doc.has_parse and j > sentence.first and (
                subordinate or doc.tokens[j].text in (",", "—", "--", *HYPHENS)):
            # "He has banned news organizations, including The Post, from covering his events, citing …": the
            # main clause's speaker, not what is set off between commas before the participle
            main = self._nearest_finite_source(cue, sentence) or self._main_clause_source(cue, sentence) \
                or (self._words_opening(j, sentence) if subordinate else [])
            if main:
                return main
        controller = self._infinitive_controller(cue, sentence)
        if controller:
            return controller
        adjunct = self._set_off_adjunct_before(cue.i, sentence)
        if adjunct is not None and not self._speaker_closes_sentence(cue, sentence):
            # "Corey Lewandowski, in a statement released by the campaign on Thursday, said": the phrase
            # before the adjunct, which the weak parse makes the subject (or nothing)
            source = self._run_before(adjunct, sentence)
            if source and source[-1].i == adjunct - 1:
                # "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said": a
                # relative clause before the adjunct, whose last words are no speaker
                return self._apposition_chain(cue, sentence) or self._apposition_before(adjunct + 1, sentence) or source
        before = self._contact_clause_before(cue, sentence) or self._run_before(cue.i, sentence) \
            or self._participle_phrase_before(cue, sentence)
        subject = self._subject_phrase(cue) if doc.has_parse else []
        if subject and subject[0].i > cue.i and (
                present_participle and not self._opening_participle(cue)
                or any(self._fold(t) in self.cues.complementizers for t in doc.tokens[cue.i + 1:subject[0].i])):
            # "…, saying the state was important", "… and asserted that she …": the reported clause's subject
            subject = []
        if subject and present_participle and not before and self._coordinated(cue):
            # "Albright urged women to vote …, saying": the main clause's speaker, whom a weak parse may
            # split ("Former Secretary" as the subject of "vote")
            subject = self._main_clause_source(cue, sentence) or subject
        elif subject and not before and subject[-1].i < cue.i and self._coordinated(cue):
            subject = self._reporter_of(subject, sentence)  # "said it was too early but added"
        if before and present_participle:
            issuer = self._issuer(before, sentence)
            if issuer:
                return issuer
            agent = self._agent_of_object(before, sentence)
            if agent:
                return agent
        if before:
            # widened to "A spokesman for Mr. Clinton", "Republicans who oppose the bill"; not to a fronted
            # adjunct that a parse error hung on the subject ("At the moment Chris Christie")
            parsed = bool(subject) and subject[0].i <= before[0].i and subject[-1].i == before[-1].i \
                and subject[0].upos not in ("ADP", "SCONJ", "ADV")
            if parsed:
                before = subject
            # (a parsed pronoun is a relative clause's own subject: "the congressman who gained attention when he yelled")
            if not parsed or any(t.upos in ("NOUN", "PROPN") for t in before):
                before = self._with_relative_clause(before, sentence)
            return self._noun_cue_owner(before)
        chain = self._apposition_chain(cue, sentence)
        if chain:
            return chain
        previous = self._word_before_cue(cue, sentence)
        if not doc.has_parse and previous is not None and previous.text == ",":
            apposed = self._surface_apposition_subject(previous, sentence)
            if apposed:
                return apposed
        # "Howard, a brother of Ron Howard, endorsed Ted Cruz": after a comma, only verbs of saying put their
        # speaker after them
        inverting = self.cues.inverting_verbs
        inverts = previous is None or previous.text != "," or not inverting.exact or not self.doc.has_parse \
            or self.cues.verb_key(cue) in inverting
        if inverts and (previous is None or not self._is_word(previous)):
            # "…," said Blinken (in a statement).': the name closes the clause; the parse would take the
            # content before the comma for the subject
            inverted = self._inverted_source(cue, sentence)
            if inverted and self._names_speaker(inverted, cue):
                return inverted
            unnamed = self._unnamed_speaker_after_quote(cue, sentence) or self._rest_after_quote_and_cue(cue, sentence)
            if unnamed:
                return unnamed
        if subject:
            return self._noun_cue_owner(subject)
        return self._apposition_before(cue.i, sentence) or self._first_subject(cue, sentence) \
            or self._clause_opener(cue, sentence) or self._main_clause_source(cue, sentence) \
            or self._before_infinitive(cue, sentence) or self._opening_phrase_set_off(cue, sentence) \
            or self._opening_phrase_closed(cue, sentence)

    def _contact_clause_before(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Refugees from Stepanakert we spoke to rejected the idea', 'Refugees we met in Goris said': a noun
        phrase and a relative clause without its pronoun (a pronoun, a verb, a stranded preposition or a
        short prepositional phrase) right before the cue; the speaker is the noun phrase with its clause, not
        the pronoun (the outlet's "we") or the place."""
        tokens = self.doc.tokens
        j = cue.i - 1
        if j > sentence.first and tokens[j].upos in ("ADP", "PART"):
            j -= 1  # "we spoke to"
        else:
            k = j
            while k > sentence.first and cue.i - k <= 4 and tokens[k].upos in ("PROPN", "NOUN", "DET", "ADJ"):
                k -= 1
            if k < j and tokens[k].upos == "ADP":
                j = k - 1  # "we met in Goris"
        verbs = 0
        while j > sentence.first and tokens[j].upos in VERB_TAGS and verbs < 2:
            j -= 1
            verbs += 1
        pronoun = tokens[j] if verbs and j > sentence.first else None
        if pronoun is None or pronoun.upos != "PRON" or self._fold(pronoun) not in self.cues.pronouns \
                or "Poss=Yes" in (pronoun.feats or "") or self._in_quote(pronoun):
            return []
        head = self._run_before(j, sentence)
        if not head or head[-1].i != j - 1 or not any(t.upos in ("NOUN", "PROPN") for t in head):
            return []
        return tokens[head[0].i:cue.i]

    def _participle_phrase_before(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Most of those surveyed said', 'Voters polled said': a noun phrase and the past participle that
        qualifies it, right before the cue (the phrase before a verb is no noun phrase to `_run_before`)."""
        tokens = self.doc.tokens
        j = self._past_adverbs(cue.i, sentence)
        participle = tokens[j] if j > sentence.first else None
        # the weak tagger calls some of these participles finite, and "had" a verb ("the region had agreed")
        if participle is None or participle.upos != "VERB" or "Tense=Past" not in (participle.feats or "") \
                or not ("VerbForm=Part" in (participle.feats or "") or self._fold(participle).endswith("ed")) \
                or self.cues.is_verb(participle) or self._in_quote(participle):
            return []
        k = j - 1  # "Most of those": determiners and quantifiers are a phrase here, which `_run_before` wants a noun in
        while k >= sentence.first and j - k <= APPOSITION_MAX_TOKENS and (tokens[k].upos in NP_TAGS or tokens[k].upos == "ADP") \
                and not self._in_quote(tokens[k]):
            k -= 1
        head = tokens[k + 1:j]
        while head and head[0].upos == "ADP":
            head = head[1:]
        if not head or not any(t.upos in ("NOUN", "PROPN", "PRON", "DET") for t in head):
            return []
        return tokens[head[0].i:j + 1]

    def _after_postnominal_adjective(self, k: int) -> bool:
        """Is token k the preposition after an adjective that follows its noun ("familiar with", "privy to/PART")?"""
        tokens = self.doc.tokens
        return tokens[k].upos in ("ADP", "PART") and self._fold(tokens[k - 1]) in self.cues.postnominal_adjectives

    def _with_relative_clause(self, run: list[Token], sentence: Sentence) -> list[Token]:
        """'UN officials who toured the city said …': the phrase before the cue is the object of a relative
        clause, which the weak parse makes the sentence's main verb; the speaker is the noun phrase the
        clause hangs on, with the clause. Only a relative pronoun that names persons ("who", no commas), or a
        "that" between a noun and a verb: "that" may open the reported clause."""
        tokens = self.doc.tokens
        j = run[0].i - 1
        # "people familiar with the matter said", "sources privy to/PART", "A person familiar with the planning for
        # Thursday's meeting says": the adjective's phrase may hold prepositional phrases of its own
        k = j
        while k - 1 > sentence.first and j - k < POSTNOMINAL_MAX_TOKENS and not self._after_postnominal_adjective(k):
            if not (tokens[k].upos in NP_TAGS or tokens[k].upos == "ADP" or tokens[k].text in POSSESSIVE_ENDINGS):
                break
            k -= 1
        if k - 1 > sentence.first and self._after_postnominal_adjective(k):
            head = self._run_before(k - 1, sentence)
            if head and head[-1].i == k - 2 and any(t.upos in ("NOUN", "PROPN", "PRON") for t in head):
                return tokens[head[0].i:run[-1].i + 1]
        if j - 1 > sentence.first and tokens[j].upos == "ADP" and tokens[j - 1].upos == "VERB":
            j -= 2  # "Current and former officials who spoke with The Huffington Post said"
        while j > sentence.first and run[0].i - j <= RELATIVE_VERB_MAX_TOKENS + 2 and not self._in_quote(tokens[j]) and (
                tokens[j].upos in ("VERB", "AUX", "ADV")
                # "Hawkins and others who want to ban abortion said": an infinitive and the verb it completes
                or self._fold(tokens[j]) in self.cues.infinitive_markers and tokens[j + 1].upos == "VERB"
                or tokens[j].upos == "VERB" and self._fold(tokens[j + 1]) in self.cues.infinitive_markers):
            j -= 1
        if not self._opens_subject_relative(j):
            # "GOP leaders who would rather be working now on a campaign for Cruz or Rubio said": a longer
            # relative clause, with no comma, quote or complementizer in it ("Voters who expect … should
            # remember that social scientists say": the speaker's phrase starts after "that")
            k = next((k for k in range(run[0].i - 1, max(sentence.first, run[0].i - LONG_RELATIVE_MAX_TOKENS), -1)
                      if tokens[k].text in CLAUSE_MARKS or self._in_quote(tokens[k])
                      or self._fold(tokens[k]) in self.cues.person_relatives
                      or self._fold(tokens[k]) in self.cues.complementizers), None)
            if k is not None and self._fold(tokens[k]) in self.cues.person_relatives \
                    and tokens[k + 1].upos in VERB_TAGS:
                j = k
        # (the relative clause's verb may be in the run already, taken for a modifier: "Armenians who fled/VERB
        # Stepanakert say"; not "the man who Trump said …", whose relative pronoun is the object)
        verb_in_run = run[0].upos == "VERB" and self._opens_subject_relative(j)
        if j == run[0].i - 1 and not verb_in_run or self._in_quote(tokens[j]):
            return run
        if not self._opens_subject_relative(j):
            # "Another intelligence source speaking to Fox News said", "A memo obtained by Reuters says": a
            # participle phrase, no pronoun (its agent is no speaker)
            participle = tokens[j + 1]
            by_agent = participle.i + 1 < run[0].i \
                and self._fold(tokens[participle.i + 1]) in self.cues.agent_prepositions \
                and ("VerbForm=Part" in (participle.feats or "") or self._fold(participle).endswith("ed"))
            if participle.upos == "VERB" and (self._fold(participle).endswith("ing") or by_agent) \
                    and tokens[j].upos in ("NOUN", "PROPN", "ADJ"):  # the weak tagger's "official/ADJ"
                head = self._run_before(j + 1, sentence)
                if head and head[-1].i == j:
                    return tokens[head[0].i:run[-1].i + 1]
            return run
        head = self._run_before(j, sentence)
        if not head or head[-1].i != j - 1 or not any(t.upos in ("NOUN", "PROPN") for t in head):
            return run
        return tokens[head[0].i:run[-1].i + 1]

    def _relative_before(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Clinton, who announced a plan on Monday', 'a report that found': the relative pronoun right
        before a cue is its source, as PARC and PolNeAR annotate it (the speaker is still the phrase it
        refers to, see `_resolve`)."""
        if not self.doc.has_parse:
            return []
        tokens = self.doc.tokens
        j = self._past_adverbs(cue.i, sentence)
        if j > sentence.first and tokens[j].upos is not None:
            j = self._past_adverbs(self._before_time_phrase(j, sentence) + 1, sentence)  # "who has in the past described"
        if j > sentence.first and tokens[j].text == ",":
            # "Bret Stephens, who, after trading insults with Mr. Hannity, said": past a phrase set off by commas
            m = self._opening_comma(j, sentence)
            if m is not None and m - 1 > sentence.first and self._fold(tokens[m - 1]) in self.cues.relative_pronouns:
                j = m - 1
        if j > sentence.first and self._fold(tokens[j]) in self.cues.relative_pronouns \
                and tokens[j].upos in ("PRON", "SCONJ", "DET") and not self._in_quote(tokens[j]):
            previous = tokens[j - 1]
            if previous.text == "," or previous.upos in ("NOUN", "PROPN", "PRON", "NUM"):
                return [tokens[j]]
        return []

    def _opening_phrase_set_off(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Johnny Isakson of Georgia and John Boozman of Arkansas, both up for reelection, also said': a
        finite cue after a set-off piece of no verb of its own, and a noun phrase opening the sentence before
        that piece, which no other reading took for the speaker: the phrase and the piece (an adjunct piece,
        "in a statement", is not the speaker's)."""
        tokens = self.doc.tokens
        close = self._past_adverbs(cue.i, sentence)
        finite = "VerbForm=Fin" in (cue.feats or "") or close + 1 < cue.i
        if not self.doc.has_parse or not finite or close <= sentence.first or tokens[close].text != "," \
                or self._in_quote(tokens[close]):
            return []
        comma = next((t.i for t in tokens[sentence.first:close] if t.text == "," and not self._in_quote(t)), None)
        if comma is None or comma == sentence.first:
            return []
        opening = tokens[sentence.first:comma]
        if not all(self._in_headed_phrase(t.i) or t.upos == "CCONJ" and 0 < k < len(opening) - 1
                   for k, t in enumerate(opening)) \
                or not any(t.upos in NOMINAL_TAGS for t in opening):
            return []
        piece = [t for t in tokens[comma + 1:close] if self._is_word(t)]
        if not piece or len(piece) > SOURCE_MAX_TOKENS or any(
                t.upos == "AUX" or "VerbForm=Fin" in (t.feats or "") or self._in_quote(t) for t in piece):
            return []
        return opening if self._set_off_adjunct(piece) else tokens[sentence.first:close]

    def _opening_phrase_closed(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Փաշինյանը Ադրբեջանի գործողությունները որակել է …': without tags, where an article closes noun
        phrases (`phrase_final_endings`), the phrase that opens the sentence and is closed by one before the
        cue is its speaker when it names somebody, the object between them."""
        if not self.cues.phrase_final_endings or cue.upos is not None:
            return []
        run = []
        for t in self.doc.tokens[sentence.first:cue.i]:
            if not self._surface_np_word(t):
                return []
            run.append(t)
            if self._closes_phrase(t):
                return run if self._names_somebody(run) or self._lookup(self._words(run)).group else []
        return []

    def _closing_parenthesis(self, j: int, sentence: Sentence, longest: int = PARENTHESIS_MAX_TOKENS) -> int | None:
        """The index of the ")" closing a parenthesis that opens at token j, within `longest` tokens (by default
        a short one: "(D-Conn.)"), if one does."""
        tokens = self.doc.tokens
        if j >= sentence.last or tokens[j].text != "(" or self._in_quote(tokens[j]):
            return None
        return next((k for k in range(j + 1, min(j + longest, sentence.last)) if tokens[k].text == ")"), None)

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
