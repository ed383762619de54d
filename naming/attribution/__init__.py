"""Who says it: quotes, reported speech, speakers and distancing, as a voice map over an article.

The voice map answers, for any span of the article: is this the outlet's own voice (narrative), words
quoted from a speaker (direct), a speaker's words reported by the outlet (reported), and is it held at
arm's length (scare quotes, "so-called")? It works on every level of analysis: with a dependency parse
the speaker is the subject of the cue; without one, cue words and quote marks still find most of it.

Where each part lives: `voice` (the plain data handed on), `reader` (tokens, quoted tokens, the language
in force), `speaker_phrase` (the source's noun phrase), `reported` (cue verbs, "according to" and their
clauses), `colons` (statements a colon or a signature's dash introduces), `stance_cues` (nouns and adjectives
that report: "Baku's claim that …", "critical of …"), `referents` (pronouns and role nouns resolved), `surface` (the rules for text without tags), and
`attributor` (the whole map: quotes placed, floating quotes, distancing). Quote marks are found in
`naming.quotes`.
"""
from .attributor import Attributor, attribute
from .voice import ATTRIBUTION_COLUMNS, Attribution, Distancing, Span, VoiceMap, attribution_to_dict, attribution_to_row

__all__ = ["ATTRIBUTION_COLUMNS", "Attribution", "Attributor", "Distancing", "Span", "VoiceMap", "attribute",
           "attribution_to_dict", "attribution_to_row"]
