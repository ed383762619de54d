"""Attribution without tags: speakers and clauses read from the cue lexicon's words and the language's traits."""
from __future__ import annotations

from ..nlp import Sentence, Token
from ..speakers import Speaker
from ..text import fold, token_pieces
from .reader import (CASE_SUFFIX_MAX_LETTERS, CLAUSE_MARKS, FLOATING_MAX_SENTENCES, HYPHENS, SURFACE_ADJECTIVES_MAX,
                     Cue, Reader, Referent)


class SurfaceReading(Reader):
    """Attribution where tokens have no tags (az, fr, de, uk… and the languages with only a tokenizer):
    the speaker's phrase read from the cue lexicon's words and the language's traits."""

    def _surface_skippable(self, token: Token) -> bool:
        """An untagged auxiliary or adverb of the cue lexicon, between a speaker and the verb."""
        return token.upos is None and self._fold(token) in self.cues.auxiliaries

    def _word_before_cue(self, cue: Token, sentence: Sentence) -> Token | None:
        j = cue.i - 1
        while j >= sentence.first and self._surface_skippable(self.doc.tokens[j]):
            j -= 1  # "», a déclaré X": the speaker after the cue still closes the clause
        if j < sentence.first or self._in_quote(self.doc.tokens[j]):
            return None  # 'istiyoruz" dedi Aliyev': the quote's last word, its mark glued on
        return self.doc.tokens[j]

    def _next_in_sentence(self, token: Token) -> Token | None:
        sentence = self.doc.sentences[token.sent]
        return self.doc.tokens[token.i + 1] if token.i + 1 < sentence.last else None

    def _surface_np_word(self, token: Token, depth: int = 0) -> bool:
        """Can an untagged word be part of a speaker's noun phrase? A capitalised word, a title or role noun
        ("le Premier ministre arménien", "վարչապետ"), an elided article before such a word (l'ONU), an
        article or link followed by such a word ("de la Défense"), and, where nouns are capitalised, an
        adjective between an article and its noun."""
        if not self._is_word(token) or self._in_quote(token):
            return False
        word = self._fold(token)
        if depth < 3 and self._in_distancing_before_name(token, depth):
            return True  # "du soi-disant Artsakh", "так называемой НКР": the marker is part of the phrase
        if word in self.cues.linking_prepositions and self._links_role_to_name(token):
            return True  # "der frühere Ombudsmann von Bergkarabach"
        if self._not_name(token):
            return False  # "Как заявил …", "hat am Montag erklärt"
        if token.text[:1].isupper() or self._in_words(token, self.cues.role_words):
            return True
        if len(token.text) <= CASE_SUFFIX_MAX_LETTERS and self._after_glued_hyphen(token) \
                and self.doc.tokens[token.i - 2].text[:1].isupper():
            return True  # "ՊՆ-ն", "ԱԳՆ-ի": an article or case ending hyphened to an abbreviation
        following = self._next_in_sentence(token)
        if word.endswith(self.cues.genitive_endings) and following is not None \
                and self._in_words(following, self.cues.role_words):
            return True  # "rejimin rəhbəri": the possessor in the genitive before its role noun
        rest = self._after_elided_article(token)
        if rest is not None:
            return rest[:1].isupper() or fold(rest, self._lang) in self.cues.role_words
        if word in self.cues.determiners:
            following = self._next_in_sentence(token)
            return following is not None and depth < 3 and self._surface_np_word(following, depth + 1)
        return self.cues.nouns_capitalized and self._adjective_before_noun(token) or self._between_name_words(token)

    def _between_name_words(self, token: Token) -> bool:
        """'Власти непризнанной Нагорно-Карабахской Республики': one lowercase word between a role noun or a
        capitalised word and a capitalised word is inside the phrase (an adjective of the name after it)."""
        sentence = self.doc.sentences[token.sent]
        if token.i == sentence.first or token.i + 1 >= sentence.last or self.cues.nouns_capitalized:
            return False  # German capitalises nouns: a lowercase word between two is the verb ("Laut dem
            # Außenministerium betreibt Aserbaidschan …"); its adjectives follow an article instead
        previous, following = self.doc.tokens[token.i - 1], self.doc.tokens[token.i + 1]
        return all(self._is_word(t) and not self._in_quote(t) for t in (previous, following)) \
            and following.text[:1].isupper() and not self._not_name(following) \
            and (previous.text[:1].isupper() and previous.i > sentence.first or self._role_word(previous))

    def _role_word(self, token: Token) -> bool:
        """A title or role noun, after its elided article too ("l'analyste")."""
        rest = self._after_elided_article(token)
        return self._fold(token) in self.cues.role_words \
            or rest is not None and fold(rest, self._lang) in self.cues.role_words

    def _in_distancing_before_name(self, token: Token, depth: int = 0) -> bool:
        """Is the token a piece of a distancing marker (the lexicon's `distancing`) that a word of a
        speaker's phrase follows: "Les autorités du soi-disant Artsakh", "Власти так называемой НКР"?"""
        if not self.cues.distancing:
            return False
        tokens, sentence = self.doc.tokens, self.doc.sentences[token.sent]
        window = tokens[max(sentence.first, token.i - 4):min(sentence.last, token.i + 5)]
        pieces = [(piece, t) for t in window for piece in token_pieces(t.text, self._lang)]
        for k in range(len(pieces)):
            for marker in self.cues.distancing_by_first.get(pieces[k][0], ()):
                if tuple(p for p, _ in pieces[k:k + len(marker)]) != marker:
                    continue
                first, last = pieces[k][1], pieces[k + len(marker) - 1][1]
                if first.i <= token.i <= last.i:
                    following = self._next_in_sentence(last)
                    return following is not None and self._surface_np_word(following, depth + 1)
        return False

    def _links_role_to_name(self, token: Token) -> bool:
        """Is the preposition between a role word and a capitalised name ("Ombudsmann von Bergkarabach")?"""
        sentence = self.doc.sentences[token.sent]
        if token.i == sentence.first or token.i + 1 >= sentence.last:
            return False
        before, after = self.doc.tokens[token.i - 1], self.doc.tokens[token.i + 1]
        return self._in_words(before, self.cues.role_words) and after.text[:1].isupper() and not self._in_quote(after)

    def _in_words(self, token: Token, words) -> bool:
        """Is the word, or the hyphenated word it is a piece of, in the list ("porte-parole", which the
        tokenizer splits at its hyphen)?"""
        word = self._fold(token)
        if word in words:
            return True
        compound = fold(self._hyphen_compound(token), self._lang)
        return compound != word and compound in words

    def _hyphen_compound(self, token: Token) -> str:
        """The whole word a token is a piece of, where the tokenizer split it at hyphens."""
        tokens, sentence = self.doc.tokens, self.doc.sentences[token.sent]
        first = last = token.i
        while first - 2 >= sentence.first and tokens[first - 1].text in HYPHENS and self._glued(tokens[first - 1]):
            first -= 2
        while last + 2 < sentence.last and tokens[last + 1].text in HYPHENS and self._glued(tokens[last + 1]):
            last += 2
        return self.text[tokens[first].start:tokens[last].end]

    def _after_elided_article(self, token: Token) -> str | None:
        """'l'ONU' → 'ONU', "qu'Erevan" → 'Erevan', where "l'" is an article of the language and "qu'" a
        complementizer (any apostrophe)."""
        elision = self._elision(token)
        if elision and (elision[0] in self.cues.determiners or elision[0] in self.cues.complementizers):
            return elision[1]
        return None

    def _adjective_before_noun(self, token: Token) -> bool:
        """'dem zuständigen Ministerium': lowercase words between an article and a capitalised noun."""
        tokens, sentence = self.doc.tokens, self.doc.sentences[token.sent]
        j = token.i - 1
        while j >= sentence.first and token.i - j <= SURFACE_ADJECTIVES_MAX and tokens[j].text.islower() \
                and self._fold(tokens[j]) not in self.cues.determiners and not self.cues.is_verb(tokens[j]):
            j -= 1
        if j < sentence.first or self._fold(tokens[j]) not in self.cues.determiners:
            return False
        k = token.i + 1
        while k < sentence.last and k - token.i <= SURFACE_ADJECTIVES_MAX and tokens[k].text.islower() \
                and not self.cues.is_verb(tokens[k]):
            k += 1
        return k < sentence.last and self._capitalised_word(tokens[k])

    def _surface_run(self, tokens: list[Token], limit: int | None = None) -> list[Token]:
        """The words of a speaker's phrase that open `tokens`, without tags: phrase words and the hyphens
        glued inside them, at most `limit`, ending on a word."""
        run: list[Token] = []
        for k, t in enumerate(tokens):
            if (limit is not None and len(run) >= limit) \
                    or not (self._surface_np_word(t) or (t.text in HYPHENS and self._glued(t) and run)
                            or run and run[-1] is tokens[k - 1] and self._country_after_preposition(tokens, k)):
                break
            run.append(t)
        while run and not self._is_word(run[-1]):
            run.pop()
        return run

    def _country_after_preposition(self, tokens: list[Token], k: int) -> bool:
        """'des Außenministeriums in Baku': a place preposition and the country or capital after it belong
        to the speaker's phrase (they say whose ministry)."""
        return self._fold(tokens[k]) in self.cues.adjunct_prepositions and k + 1 < len(tokens) \
            and self.speakers.country_group([tokens[k + 1].text]) is not None and not self._in_quote(tokens[k + 1])

    def _surface_source_after(self, tokens: list[Token], k: int) -> tuple[list[Token], list[Token]]:
        """'Laut dem aserbaidschanischen Verteidigungsministerium waren die … beendet': with no comma and
        no tags, the source is the noun phrase after the preposition, and the clause goes on after it.
        (source, the words after it); both empty when no phrase stands there."""
        source = self._surface_run(tokens[k:])
        rest = [t for t in tokens if self._is_word(t) and source and t.i > source[-1].i]
        return (source, rest) if source and rest else ([], [])

    def _clause_opener(self, cue: Token, sentence: Sentence) -> list[Token]:
        """'Azerbaycan Cumhurbaşkanı İlham Aliyev, "…" dedi.': where the verb closes the clause, the
        speaker is the noun phrase that opens it, set off by a comma."""
        if not self.cues.verb_final or not self._closes_clause(cue):
            return []
        run = []
        for t in self.doc.tokens[sentence.first:cue.i]:
            if t.text == ",":
                break
            if not self._np_like(t, None) or len(run) >= 10:
                return self._name_opening(run)
            run.append(t)
        else:
            return self._name_opening(run)  # "Aliyev Paşinyan'ı suçladı": names up to the verb
        return run if self._names_somebody(run) else []

    def _names_somebody(self, phrase: list[Token]) -> bool:
        """Every sentence opens with a capital, so more than that must say a phrase is somebody: a title or
        role noun, a capital after its first word, or a speaker of a known group."""
        return any(self._fold(t) in self.cues.role_words or k and t.text[:1].isupper() for k, t in enumerate(phrase)) \
            or bool(phrase) and self._lookup(self._words(phrase)).group is not None

    def _name_opening(self, run: list[Token]) -> list[Token]:
        """'İlham Aliyev dün yaptığı açıklamada … açıkladı.': with no comma, the words that open a clause
        closed by the cue are its speaker only where they name somebody: a known person, or two capitalised
        words (titles between them), the last without a case ending ("Karabağ'da" is a place, not a subject)."""
        while run and not self._is_word(run[-1]):
            run = run[:-1]
        place = next((k for k, t in enumerate(run) if k and self._names_a_place_in_case(t)), None)
        if place is not None:
            run = run[:place]  # "Ermənistan tərəfi Qarabağda … iddia edir": where, not who
        run = self._without_object_after_name(run)
        if not run or len(token_pieces(run[-1].text, self._lang)) != 1:
            return []
        if len(run) == 1 and self._known_person(run):
            return run  # "Aliyev …"; not a people or a place alone: "Ermeni askerler …" is more than "Ermeni"
        capitalised = [t for t in run if t.text[:1].isupper() and not self._not_name(t)]
        named = all(t in capitalised or self._fold(t) in self.cues.role_words for t in run)
        # "Bölge sakinleri …", "Ermənistan tərəfi …": a role noun closing a short phrase before a place
        role_closes = place is not None and len(run) <= 3 and self._in_words(run[-1], self.cues.role_words)
        return run if named and (len(capitalised) >= 2 or role_closes) else []

    def _names_a_place_in_case(self, token: Token, adjectival: bool = False) -> bool:
        """A capitalised word in the locative or ablative (`place_endings`: "Qarabağda", "Hankendi'den"); with
        `adjectival`, the adjective made of it too ("Karabağ'daki")."""
        endings = self.cues.place_endings + tuple(e + "ki" for e in self.cues.place_endings) if adjectival \
            else self.cues.place_endings
        return token.text[:1].isupper() and self._fold(token).endswith(endings)

    def _without_object_after_name(self, run: list[Token]) -> list[Token]:
        """'Paşinyan Bakını … ittiham edib', "Aliyev Paşinyan'ı suçladı": in a verb-final language, a name the
        lexicon knows as a person, then a name in a case (`object_endings`, or a suffix after an apostrophe),
        is the speaker and the object; a name with a case suffix alone ("Aliyev dün Paşinyan'ı suçladı") is
        no speaker at all."""
        if not self.cues.verb_final or not run:
            return run
        suffixed = len(token_pieces(run[-1].text, self._lang)) != 1
        if len(run) > 1 and self._known_person(run[:-1]) \
                and (suffixed or self._fold(run[-1]).endswith(self.cues.object_endings)):
            return run[:-1]
        return [] if suffixed else run

    def _closes_clause(self, cue: Token) -> bool:
        following = self._next_in_sentence(cue)
        key = self.cues.verb_key(cue)
        if following is not None and self._fold(following) in self.cues.needs_particle.get(key, ()):
            following = self._next_in_sentence(following)  # "… ittiham edib.": the particle closes it with the verb
        return following is None or (not self._is_word(following) and following.text not in HYPHENS)

    def _verb_final_content(self, cue: Token, source: list[Token]) -> tuple[int, int] | None:
        """'X, Dağlık Karabağ'da … yapıldığını söyledi': the content stands between the speaker that opens
        the clause and the verb that closes it."""
        if not self.cues.verb_final or not source or source[-1].i >= cue.i or not self._closes_clause(cue):
            return None
        tokens = self.doc.tokens[source[-1].i + 1:cue.i]
        while tokens and (tokens[0].text == "," or self._not_name(tokens[0])):
            tokens = tokens[1:]  # the comma that sets the speaker off, a particle after it ("Paşinyan ise …")
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
        if comma is not None and self._statement_setting(tokens[:comma]):
            tokens = tokens[comma + 1:]  # "X, yaptığı açıklamada, …": where X said it, not what
        else:
            setting = next((k for k in range(1, 5) if self._statement_setting(tokens[:k])), None)
            tokens = tokens[setting:] if setting else tokens  # "X dün yaptığı açıklamada …", with no comma
        between = [t for t in tokens if self._is_word(t) or self._is_quote_mark(t)]
        if not any(self._is_word(t) for t in between):
            return None
        if self._is_naming_verb(cue):
            between = self._name_after_object(between)
        return between[0].start, between[-1].end

    def _statement_setting(self, words: list[Token]) -> bool:
        """'yaptığı açıklamada', 'müsahibəsində': a short phrase ending in a noun of speech in the locative
        (`setting_endings`), the occasion of the words."""
        if not words or len(words) > 4 or not self.cues.listed(words[-1], self.cues.nouns):
            return False
        word = self._fold(words[-1])
        return word.endswith(self.cues.setting_endings)

    def _name_by_markers(self, parts: list[Token]) -> list[Token]:
        """Without a parse: the name starts at the first word after the object's first that opens a name
        (the language's `name_markers`: "eine", "als", "d'"), or at the last run of words in the name's case
        (`name_endings`: "назвал наступление в Карабахе неприкрытой агрессией") that no preposition governs
        ("над зданием" is in that case too); with neither, all of it is content."""
        words = [k for k, t in enumerate(parts) if self._is_word(t)][1:]
        for k in words:
            first_piece = (token_pieces(parts[k].text, self._lang) or [parts[k].text])[0]
            if self._fold(parts[k]) in self.cues.name_markers or fold(first_piece, self._lang) in self.cues.name_markers:
                return parts[k:]
        in_case: list[bool] = []
        governed: list[bool] = []
        for n, k in enumerate(words):
            word = self._fold(parts[k])
            in_case.append(any(word.endswith(e) and len(word) > len(e) + 2 for e in self.cues.name_endings))
            previous = self._fold(parts[words[n - 1]]) if n else ""
            governed.append(previous in self.cues.case_prepositions or n > 0 and in_case[n - 1] and governed[n - 1])
        names = [n for n in range(len(words)) if in_case[n] and not governed[n]]
        if not names:
            return self._capitalised_name(parts, words)
        n = names[-1]
        while n > 0 and in_case[n - 1] and not governed[n - 1]:
            n -= 1
        return parts[words[n]:]

    def _capitalised_name(self, parts: list[Token], words: list[int]) -> list[Token]:
        """'Азербайджанские власти называют город Ханкенди и уже подняли флаг …': a lowercase common noun,
        then a capitalised run; the run is the name (not where nouns are capitalised anyway, as in German)."""
        if self.cues.nouns_capitalized or not words or not parts[words[0]].text[:1].isupper():
            return parts
        first = next(t for t in parts if self._is_word(t))
        if not first.text[:1].islower():
            return parts
        end = words[0]
        while end + 1 < len(parts) and (parts[end + 1].text[:1].isupper() or parts[end + 1].text in HYPHENS
                                        and self._glued(parts[end + 1])):
            end += 1
        return parts[words[0]:end + 1]

    def _name_after_object(self, words: list[Token]) -> list[Token]:
        """'Paşinyan saldırıyı saldırganlık olarak nitelendirdi': the name a verb-final naming verb gives is
        what follows the last word in the object's case (`object_endings`) that leaves a word for the name."""
        def marked(t: Token) -> bool:
            word = self._fold(t).split("'")[-1].split("’")[-1]
            return self._is_word(t) and not self._in_quote(t) and \
                any(word.endswith(e) and len(word) > len(e) + 1 for e in self.cues.object_endings)

        for k in range(len(words) - 2, -1, -1):
            rest = words[k + 1:]
            if marked(words[k]) and sum(self._is_word(t) and self._fold(t) not in self.cues.name_markers for t in rest):
                return rest
        return words

    # -- without tags: function words, time and place phrases, "as" clauses, dropped subjects, referents
    def _not_name(self, token: Token) -> bool:
        """A word that never names a speaker, even with a capital at the start of a sentence: "Как",
        "Comme", "Wie", a complementizer, a time word ("Montag") or a preposition of an adjunct ("Am")."""
        return self._fold(token) in self.cues.never_names

    def _time_filler(self, token: Token) -> bool:
        """A word inside a time phrase before its time word: a number, an article, an adjective
        ("am vergangenen Montag", "на прошлой неделе", "le 3 octobre")."""
        if self._in_quote(token) or self._surface_skippable(token):
            return False
        word = self._fold(token)
        if token.text.isdigit() or token.text == "." or word in self.cues.determiners:
            return True
        return token.text.islower() and not self.cues.is_verb(token) and word not in self.cues.role_words \
            and word not in self.cues.pronouns and word not in self.cues.adjunct_prepositions

    def _time_phrase_before(self, j: int, sentence: Sentence) -> int:
        """Where tokens[j] ends a time phrase ("Montag", "am vergangenen Montag", "в понедельник", "20
        сентября"), the index before the phrase; else j."""
        tokens, first = self.doc.tokens, sentence.first
        if self._in_quote(tokens[j]) or self._fold(tokens[j]) not in self.cues.time_words:
            return j
        k = j - 1
        while k >= first and not self._in_quote(tokens[k]) and (
                tokens[k].text.isdigit() or tokens[k].text == "." or self._fold(tokens[k]) in self.cues.time_words):
            k -= 1  # "20 сентября", "вчера вечером", "Montag."
        m = k
        while m >= first and k - m < SURFACE_ADJECTIVES_MAX and self._time_filler(tokens[m]):
            m -= 1
        if m >= first and not self._in_quote(tokens[m]) and self._fold(tokens[m]) in self.cues.adjunct_prepositions:
            return m - 1  # its preposition, with its article and adjectives: "am vergangenen Montag"
        return k

    def _adjunct_phrase_before(self, j: int, sentence: Sentence) -> tuple[int, bool] | None:
        """A phrase that an adjunct preposition opens and tokens[j] ends ("in Baku", "на брифинге",
        "gegenüber der Presse"): the index before it, and whether its words could name somebody (a
        speaker's phrase may go on with it: "Представитель МИД в Баку"). None where there is none."""
        tokens, first = self.doc.tokens, sentence.first
        m = j
        while m >= first and j - m < 4 and not self._in_quote(tokens[m]) \
                and (self._is_word(tokens[m]) or tokens[m].text in HYPHENS and self._glued(tokens[m])) \
                and self._fold(tokens[m]) not in self.cues.adjunct_prepositions \
                and not self._surface_skippable(tokens[m]) and not self.cues.is_verb(tokens[m]) \
                and self._fold(tokens[m]) not in self.cues.pronouns:
            m -= 1
        if m == j or m < first or self._in_quote(tokens[m]) or self._fold(tokens[m]) not in self.cues.adjunct_prepositions:
            return None
        return m - 1, any(self._surface_np_word(t) for t in tokens[m + 1:j + 1])

    def _skip_adjuncts_before(self, j: int, sentence: Sentence) -> int:
        """'Die Regierung hat am Montag erklärt', 'Песков в понедельник на брифинге заявил': time phrases
        and prepositional phrases between the speaker and the cue are none of the speaker's. All of them are
        skipped where an auxiliary stands before them; otherwise those nearest the cue, up to one whose
        words could name somebody ("Представитель МИД в Баку заявил": the place is part of the phrase)."""
        tokens, start = self.doc.tokens, j
        chain: list[tuple[int, bool]] = []
        while j >= sentence.first and tokens[j].upos is None and not self._in_quote(tokens[j]):
            before = self._time_phrase_before(j, sentence)
            if before != j:
                chain.append((before, False))
                j = before
                continue
            phrase = self._adjunct_phrase_before(j, sentence)
            if phrase is None:
                break
            chain.append(phrase)
            j = phrase[0]
        if not chain:
            return start
        if j >= sentence.first and self._surface_skippable(tokens[j]):
            return j
        end = start
        for before, names in chain:
            if names:
                break
            end = before
        return end

    def _skip_time_after(self, j: int, sentence: Sentence) -> int:
        """'— заявил в понедельник Песков', 'a déclaré lundi le Premier ministre', 'sagte am Montag der
        Sprecher': the index after the time phrases that start at token j."""
        tokens = self.doc.tokens
        while j < sentence.last and tokens[j].upos is None and not self._in_quote(tokens[j]):
            word = self._fold(tokens[j])
            opened = word in self.cues.adjunct_prepositions
            if not (opened or word in self.cues.time_words or word in self.cues.determiners or tokens[j].text.isdigit()):
                break
            k = j + (1 if opened else 0)
            while k < sentence.last and k - j <= SURFACE_ADJECTIVES_MAX and self._fold(tokens[k]) not in self.cues.time_words \
                    and (self._time_filler(tokens[k]) if opened else
                         tokens[k].text.isdigit() or self._fold(tokens[k]) in self.cues.determiners):
                k += 1
            if k >= sentence.last or self._in_quote(tokens[k]) or self._fold(tokens[k]) not in self.cues.time_words:
                break
            j = k + 1
        return j

    def _skip_setting_after(self, j: int, sentence: Sentence) -> int:
        """'— сказал в комментарии агентству Reuters бывший омбудсмен …', '— заявил на брифинге Песков', 'a
        déclaré dans un communiqué le ministère …', 'a déclaré à l'AFP une habitante …': the occasion of the
        words (a preposition and a noun of speech, or a name) and the audience after it are none of the
        speaker's phrase, which starts at the first role word after them, with its article and a distancing
        marker ("так называемого президента"), and, where nouns are capitalised, its adjectives ("mit der ARD
        der armenische Außenminister"); or, with no role word, at the capitalised run that ends the clause.
        The index of its first word, past the clause where none follows ("— заявил в Москве."); j where no
        occasion stands at j."""
        tokens = self.doc.tokens
        noun = j + 1
        while noun < sentence.last and self._fold(tokens[noun]) in self.cues.determiners:
            noun += 1
        if not (noun < sentence.last and tokens[j].upos is None
                and self._fold(tokens[j]) in self.cues.adjunct_prepositions
                and (self.cues.listed(tokens[noun], self.cues.nouns) or self._names_audience(tokens[noun]))):
            return j
        end = next((m for m in range(noun + 1, sentence.last)
                    if not self._is_word(tokens[m]) or self._in_quote(tokens[m])), sentence.last)
        if self._institution_spoke(tokens[noun:end]):
            return noun
        role = next((m for m in range(noun + 1, end) if self._fold(tokens[m]) in self.cues.role_words), None)
        if role is not None:
            start = role
            while start - 1 > noun and role - start < SURFACE_ADJECTIVES_MAX and (
                    self._fold(tokens[start - 1]) in self.cues.determiners
                    or self._in_distancing_before_name(tokens[start - 1])
                    or self.cues.nouns_capitalized and tokens[start - 1].text.islower()):
                start -= 1
            return start
        start = end
        while start - 1 > noun and tokens[start - 1].text[:1].isupper():
            start -= 1
        return start

    def _institution_spoke(self, phrase: list[Token]) -> bool:
        """'Об этом сообщили в Министерстве обороны Азербайджана': an institution after the preposition is where
        the words came from, the speaker, unless a person is named after it ('заявил в Кремле Песков')."""
        return self._in_words(phrase[0], self.cues.role_nouns) and not any(
            self._in_words(t, self.cues.titles) and self._in_words(t, self.cues.role_nouns) for t in phrase[1:]) \
            and self._lookup([t.text for t in phrase]).kind != "person"

    def _names_audience(self, token: Token) -> bool:
        """'à l'AFP', 'à Reuters': a capitalised name right after the preposition, the one the words were
        said to (or where)."""
        rest = self._after_elided_article(token)
        return (rest if rest is not None else token.text)[:1].isupper() and not self._not_name(token)

    def _as_clause(self, cue: Token) -> tuple[list[Token], tuple[int, int] | None, tuple[int, int] | None] | None:
        """'Как заявил министр иностранных дел Армении Арарат Мирзоян, переговоры продолжаются', 'Comme l'a
        déclaré X, …', 'Ситуация, как отметила Захарова, остаётся напряжённой': an "as" clause set off by
        commas. Its speaker is the phrase after the cue up to the comma, its content the rest of the
        sentence, with the piece before the clause as a lead. (source, content, lead), or None."""
        if cue.upos is not None or not self.cues.as_openers.exact:
            return None
        tokens, sentence = self.doc.tokens, self.doc.sentences[cue.sent]
        j = cue.i - 1
        while j >= sentence.first and self._surface_skippable(tokens[j]) and not self._in_quote(tokens[j]):
            j -= 1
        if j < sentence.first or self._in_quote(tokens[j]) or self._fold(tokens[j]) not in self.cues.as_openers:
            return None
        opener = tokens[j]
        if opener.i > sentence.first and tokens[opener.i - 1].text not in (",", "—", "–", "(") \
                and not self._is_quote_mark(tokens[opener.i - 1]):
            return None
        k = cue.i + 1
        while k < sentence.last and self._surface_skippable(tokens[k]) and not self._in_quote(tokens[k]):
            k += 1  # "Ինչպես հայտարարել է …": the auxiliary after the participle
        source = []
        while k < sentence.last and tokens[k].text not in CLAUSE_MARKS and tokens[k].text not in ("—", "–", ")") \
                and not self._is_quote_mark(tokens[k]) and not self._in_quote(tokens[k]):
            source.append(tokens[k])
            k += 1
        # "как подчеркнули в Минобороны", "как заявил в понедельник Песков": the phrase that names somebody
        while source and not self._surface_np_word(source[0]) and self._fold(source[0]) not in self.cues.pronouns:
            source.pop(0)
        source = [t for t in source if self._is_word(t) or t.text in HYPHENS and self._glued(t)]
        rest = [t for t in tokens[k + 1:sentence.last] if self._is_word(t) or self._is_quote_mark(t)]
        before = [t for t in tokens[sentence.first:opener.i - 1] if self._is_word(t) or self._is_quote_mark(t)] \
            if opener.i > sentence.first else []
        content = (rest[0].start, rest[-1].end) if any(self._is_word(t) for t in rest) else None
        lead = (before[0].start, before[-1].end) if any(self._is_word(t) for t in before) else None
        if content is None:
            content, lead = lead, None  # "…, как заявил Песков."
        return source, content, lead

    def _dropped_subject(self, cue: Cue, earlier: list[Cue]) -> Speaker | None:
        """'Bölgede barış olacak, dedi.', '… bildirib.': where the verb closes the clause and the language
        drops its subject, a cue with no subject speaks for the speaker of the nearest attribution in the
        sentences before (as a floating quote does), and its content is all the clause before it; with
        none that close, nobody."""
        token = cue.token
        if cue.kind != "verb" or token.upos is not None or not self.cues.verb_final or cue.content is None \
                or not self._closes_clause(token):
            return None
        # a subject this reading missed ('Sözde "Artsakh" yönetimi, … duyurdu'): the clause's opening
        # phrase (up to a comma that does not close the clause right before the verb) names somebody
        tokens = self.doc.tokens[self.doc.sentences[token.sent].first:token.i]
        commas = [k for k, t in enumerate(tokens) if t.text == "," and not self._in_quote(t)]
        opening = [] if commas and commas[0] == len(tokens) - 1 else tokens[:commas[0]] if commas else tokens
        opening = [t for t in opening if self._is_word(t) and not self._in_quote(t)]
        if self._names_somebody(opening):
            return None
        for other in reversed(earlier):
            if token.sent - other.token.sent > FLOATING_MAX_SENTENCES:
                return None
            if other.speaker is not None:
                words = [t for t in self.doc.tokens[self.doc.sentences[token.sent].first:token.i]
                         if self._is_word(t) or self._is_quote_mark(t)]
                if any(self._is_word(t) for t in words) and not cue.quoted:
                    cue.content = (words[0].start, words[-1].end)
                return other.speaker
        return None

    def _surface_subjects(self) -> list[Referent]:
        """Without a parse: the noun phrase that opens a sentence ('Nikol Pachinian a parlé lundi.'), after
        a time or place phrase set off by a comma ('Lundi, le ministre …'), when it names somebody (a known
        speaker, a person's full name, a title or role noun): what a later 'a-t-il déclaré' or 'selon lui'
        may refer to, as `_named_subjects` finds with a parse."""
        found = []
        for sentence in self.doc.sentences:
            tokens = self.doc.sentence_tokens(sentence)
            if tokens and tokens[0].upos is None and not self.article.is_boilerplate(sentence.start):
                with self._reading(sentence):
                    found += self._opening_referent(tokens)
        return found

    def _opening_referent(self, tokens: list[Token]) -> list[Referent]:
        k = 0
        comma = next((i for i, t in enumerate(tokens[:8]) if t.text == ","), None)
        if comma and (self._fold(tokens[0]) in self.cues.time_words or self._fold(tokens[0]) in self.cues.adjunct_prepositions):
            k = comma + 1
        run = self._surface_run(tokens[k:], limit=10)
        folded = self._folded(run)
        if not run or all(w in self.cues.determiners for w in folded):
            return []
        speaker = self._lookup(self._words(run))
        if speaker.group is not None or speaker.kind == "person" \
                or any(w in self.cues.role_words for w in folded):
            return [Referent(run[0].start, speaker, folded)]
        return []
