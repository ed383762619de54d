"""Nouns and adjectives that report a stance or a speech act: "Baku's claim that …", "his criticism of …",
"Trump was critical of …", "Baku is confident that …"."""
from __future__ import annotations

from ..nlp import Token
from ..text import fold
from .reader import NOMINAL_TAGS, NP_TAGS, POSSESSIVE_MARKS, VERB_TAGS, Cue, Reader


class NounAndAdjectiveCues(Reader):
    """Cues that are nouns owned by their speaker or adjectives after a linking verb."""

    def _object_noun_cue(self, tokens: list[Token], k: int) -> Cue | None:
        """'Trump's attacks on Bill Clinton', "Obama's endorsement of Clinton": a noun of a speech act
        (`object_nouns`) owned by a possessive, before its preposition; the owner speaks, and the content is the
        noun phrase the preposition governs."""
        token = tokens[k]
        prepositions = self.cues.object_nouns.get(self._fold(token))
        if not prepositions or not self.doc.has_parse or k + 2 >= len(tokens) or self._in_quote(token) \
                or self._fold(tokens[k + 1]) not in prepositions:
            return None
        source = self._owner_before(tokens, k)
        phrase = []
        for t in tokens[k + 2:]:
            if not (t.upos in NP_TAGS or t.text in POSSESSIVE_MARKS or self._fold(t) in self.cues.linking_prepositions) \
                    or self._in_quote(t) != self._in_quote(tokens[k + 2]):
                break
            phrase.append(t)
        while phrase and (phrase[-1].upos not in NOMINAL_TAGS):
            phrase.pop()
        if not source or not phrase:
            return None
        return Cue(token, (token.start, tokens[k + 1].end), source, (phrase[0].start, phrase[-1].end), "noun")

    def _owner_before(self, tokens: list[Token], k: int) -> list[Token]:
        """The possessive that owns the noun at k, a lowercase adjective or two between ("his repeated attacks",
        "Trump's attacks"); none when no possessive does."""
        sentence = self.doc.sentences[tokens[k].sent]
        j = self._before_modifiers(tokens[k], sentence, ("ADJ",))
        owner = self.doc.tokens[j]
        if j < sentence.first or self._in_quote(owner):
            return []
        if owner.upos == "PRON" and "Poss=Yes" in (owner.feats or ""):
            return [owner]
        if owner.text in POSSESSIVE_MARKS:
            return self._run_before(owner.i, self.doc.sentences[owner.sent])
        return []

    def _clause_noun_cue(self, tokens: list[Token], k: int) -> Cue | None:
        """'Baku's claim that the operation targeted only separatists was rejected', 'his warning that …': a
        noun of speech or thought (`clause_nouns`), owned by a possessive, with the clause its "that" opens
        (see `_noun_clause`). Not a relative clause ('the claim that he made'): the "that" must be tagged a
        complementizer."""
        token = tokens[k]
        # the weak tagger calls "warning" after "His" a verb; the possessive makes it the noun
        if not self.doc.has_parse or token.upos not in ("NOUN", "VERB") or k + 1 >= len(tokens) \
                or self._fold(token) not in self.cues.clause_nouns \
                and fold(token.lemma or "", self._lang) not in self.cues.clause_nouns:
            return None
        that = tokens[k + 1]
        if self._fold(that) not in self.cues.complementizers or that.upos != "SCONJ" or self._in_quote(that):
            return None
        clause = self._noun_clause(tokens[k + 2:])
        if not clause:
            return None
        source = self._owner_before(tokens, k)  # "Baku's repeated claim"
        if not source:
            return None
        return Cue(token, (token.start, token.end), source, (that.start, clause[-1].end), "noun")

    def _linking_verb_before(self, tokens: list[Token], k: int) -> int | None:
        """Where the linking verb before the adjective at k is, past adverbs and negation ("is now more
        confident", "are not convinced"); None if there is none."""
        j = k - 1
        while j >= 0 and self._auxiliary_or_adverb(tokens[j]) and tokens[j].upos in ("ADV", "PART"):
            j -= 1
        if j < 0 or fold(tokens[j].lemma or tokens[j].text, self._lang) not in self.cues.linking_verbs:
            return None
        return j

    def _stance_adjective_cue(self, tokens: list[Token], k: int) -> Cue | None:
        """'Trump was critical of Obama's leadership', 'Viguerie is upbeat about Cruz's chances': an adjective of
        stance (`stance_adjectives`) after a linking verb and before its preposition; the speaker is the
        linking verb's subject, the content what the preposition governs, to the clause's end."""
        token = tokens[k]
        prepositions = self.cues.stance_adjectives.get(self._fold(token))
        if not prepositions or not self.doc.has_parse or k + 2 >= len(tokens) or self._in_quote(token):
            return None
        preposition = tokens[k + 1]
        if self._fold(preposition) not in prepositions:
            return None
        j = self._linking_verb_before(tokens, k)
        if j is None:
            return None
        source = self._source_of(tokens[j])
        clause = [t for t in self._clause_end(tokens[k + 2:]) if self._is_word(t) or self._is_quote_mark(t)]
        if not source or not clause:
            return None
        return Cue(token, (tokens[j].start, preposition.end), source, (clause[0].start, clause[-1].end), "verb")

    def _clause_adjective_cue(self, tokens: list[Token], k: int) -> Cue | None:
        """'Baku is confident that the region will be reintegrated', 'Armenians remain convinced that …': an
        adjective of belief or feeling (`clause_adjectives`) after a linking verb and before the clause its
        "that" opens; the speaker is the linking verb's subject."""
        token = tokens[k]
        if not self.doc.has_parse or k + 1 >= len(tokens) or self._fold(token) not in self.cues.clause_adjectives:
            return None
        that = tokens[k + 1]
        if self._fold(that) not in self.cues.complementizers or self._in_quote(that):
            return None
        j = self._linking_verb_before(tokens, k)
        if j is None:
            return None
        source = self._source_of(tokens[j])
        clause = self._clause_end([t for t in tokens[k + 1:]])
        clause = [t for t in clause if self._is_word(t) or self._is_quote_mark(t)]
        if not source or len(clause) < 3:
            return None
        # a predicate as a verb is: the clause stops where a coordinated attribution begins
        return Cue(token, (tokens[j].start, token.end), source, (clause[0].start, clause[-1].end), "verb")

    def _noun_clause(self, rest: list[Token]) -> list[Token]:
        """The clause after a noun's "that": up to the verb group of the sentence it sits in ("[that the
        operation targeted only separatists] was rejected", "[that Artsakh would be emptied] went unheeded"),
        which the weak parse often makes part of it; to the clause's end where the sentence's verb came before.
        Empty where no verb follows (a relative "that": "the claim that he made")."""
        clause: list[Token] = []
        seen_verb = False
        for t in rest:
            if t.text in (";", ":", ".", "—", "--") or (self._in_quote(t) and not clause):
                break
            if self._fold(t) in self.cues.complementizers:
                seen_verb = False  # "… and that the region was calm": another clause with a subject of its own
            verbal = t.upos in VERB_TAGS and not self._fold(t).endswith("ing")  # "ethnic cleansing"
            if verbal and seen_verb and clause:
                before = clause[-1]
                after_noun = before.upos not in ("VERB", "AUX", "PART", "CCONJ", "SCONJ", "PRON") \
                    and self._fold(before) not in self.cues.relative_pronouns
                # "would be emptied | went unheeded"; not "had carried", which the tagger may call two verbs
                after_group = before.upos == "VERB" and t.upos == "VERB" \
                    and fold(before.lemma or before.text, self._lang) not in self.cues.auxiliaries
                if after_noun or after_group:
                    break  # a second verb group: the predicate of the sentence the clause sits in
            seen_verb = seen_verb or verbal
            clause.append(t)
        while clause and not (self._is_word(clause[-1]) or self._closing_mark(clause[-1])):
            clause.pop()
        return clause if seen_verb else []
