"""Per-language attribution cues (speech verbs, "according to", distancing markers), kept as YAML data.

Entries ending in `*` are prefixes, for languages matched on surface forms (заявил*, açıkla*).
Each entry is compared, folded, with a token's lemma and with its surface form.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .text import fold, phrase_pieces

CUES_DIR = Path(__file__).resolve().parent.parent / "lexicons" / "cues"


@dataclass(frozen=True)
class WordSet:
    """Exact words and prefixes (from entries ending in `*`), folded."""
    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()

    @classmethod
    def of(cls, words, lang: str) -> "WordSet":
        exact, prefixes = set(), []
        for word in words or ():
            word = fold(str(word), lang)
            if word.endswith("*"):
                prefixes.append(word[:-1])
            else:
                exact.add(word)
        return cls(frozenset(exact), tuple(prefixes))

    def __contains__(self, word: str) -> bool:
        return word in self.exact or any(word.startswith(p) for p in self.prefixes)


@dataclass(frozen=True)
class CueLexicon:
    lang: str
    verbs: WordSet = WordSet()
    needs_particle: dict[str, frozenset[str]] = field(default_factory=dict)
    source_prepositions: tuple[tuple[str, ...], ...] = ()   # folded pieces of "according to" forms
    source_postpositions: tuple[tuple[str, ...], ...] = ()  # source BEFORE the cue: "X'e göre", "X-ə görə"
    nouns: WordSet = WordSet()
    distancing: tuple[tuple[str, ...], ...] = ()
    pronouns: dict[str, str] = field(default_factory=dict)
    role_nouns: WordSet = WordSet()
    titles: WordSet = WordSet()
    complementizers: WordSet = WordSet()

    def token_keys(self, token) -> list[str]:
        keys = [fold(token.text, self.lang)]
        if token.lemma:
            keys.append(fold(token.lemma, self.lang))
        return keys

    def is_verb(self, token) -> bool:
        return any(key in self.verbs for key in self.token_keys(token))

    def verb_key(self, token) -> str | None:
        for key in reversed(self.token_keys(token)):
            if key in self.verbs:
                return key
        return None


def _pieces(phrases, lang) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase_pieces(str(p), lang)) for p in phrases or () if phrase_pieces(str(p), lang))


@lru_cache(maxsize=None)
def load_cues(lang: str, cues_dir: Path = CUES_DIR) -> CueLexicon:
    """The cue lexicon for a language; English is the fallback for languages without one."""
    path = cues_dir / f"{lang}.yaml"
    if not path.is_file():
        path = cues_dir / "en.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    cue_lang = str(data.get("lang", lang))
    return CueLexicon(
        lang=cue_lang,
        verbs=WordSet.of(data.get("verbs"), cue_lang),
        needs_particle={fold(str(k), cue_lang): frozenset(fold(str(v), cue_lang) for v in vs)
                        for k, vs in (data.get("needs_particle") or {}).items()},
        source_prepositions=_pieces(data.get("source_prepositions"), cue_lang),
        source_postpositions=_pieces(data.get("source_postpositions"), cue_lang),
        nouns=WordSet.of(data.get("nouns"), cue_lang),
        distancing=_pieces(data.get("distancing"), cue_lang),
        pronouns={fold(k, cue_lang): str(v) for k, v in (data.get("pronouns") or {}).items()},
        role_nouns=WordSet.of(data.get("role_nouns"), cue_lang),
        titles=WordSet.of(data.get("titles"), cue_lang),
        complementizers=WordSet.of(data.get("complementizers") or ["that"], cue_lang),
    )
