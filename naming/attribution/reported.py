"""Reported speech: every cue of an article, sentence by sentence: verbs (which words are: `cue_verbs`), "according
to", findings ("in a poll"), stance openers, verbs framing quotes; and each one's source and clause (the clause:
`reported_clause`; colons: `colons`; nouns and adjectives: `stance_cues`)."""
from __future__ import annotations

from ..cues import CueLexicon
from ..nlp import Sentence, Token
from ..text import fold, token_pieces
from .colons import ColonStatements
from .cue_verbs import CueVerbs
from .reader import (CLAUSE_MARKS, HYPHENS, NOMINAL_TAGS, NP_TAGS, PARTICLE_WINDOW, POSSESSIVE_MARKS, SOURCE_MAX_TOKENS,
                     SUBJECT_RELS, VERB_TAGS, Cue)
from .reported_clause import ReportedClause
from .stance_cues import NounAndAdjectiveCues


class ReportedSpeech(CueVerbs, ReportedClause, ColonStatements, NounAndAdjectiveCues):
    """The cues of an article (speech verbs, "according to", colons) and the clause each one reports."""

    def _find_cues(self) -> list[Cue]:
        found: list[Cue] = []
        for sentence in self.doc.sentences:
            if not self.article.is_boilerplate(sentence.start):
                with self._reading(sentence) as cues:
                    found += self._cues_in(sentence, cues)
        found += self._verbs_framing_quotes({c.token.i for c in found})
        # "according to state news agency Azertac": the word opening the source no cue of its own (one in a clause
        # of the source still is: "according to a poll that shows …")
        named = {c.source[0].i for c in found if c.kind == "preposition"}
        found = [c for c in found if c.kind != "verb" or c.token.i not in named]
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
        if not source or not any(self._is_word(t) for t in rest) or self._lookup(self._words(source)).group is None:
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
        idle noun the infinitive belongs to (not "sees the issue as a way to …"); 'unveiled a five-year plan to
        rebuild …': a document the infinitive says the purpose of."""
        between = self.doc.tokens[cue.i + 1:marker.i]
        if not between:
            return False
        last = self._fold(between[-1])
        if len(between) <= 2 and last.rstrip("s") in self.cues.idle_nouns:
            return True
        return len(between) <= 6 and last in self.cues.document_nouns and not any(t.upos in VERB_TAGS for t in between)

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
