"""A lexicon match together with its voice: the Mention, and the Mention table (pandas)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields

import pandas as pd

from .attribution import VoiceMap
from .corpus import Article
from .matching import Match
from .nlp import Doc


@dataclass
class Mention:
    article: str
    outlet: str | None
    lang: str
    concept: str
    variant: str
    camp: str | None
    text: str
    start: int
    end: int
    sentence: int
    headline: bool
    voice: str
    distanced: bool
    speaker: str | None
    speaker_group: str | None
    speaker_start: int | None
    speaker_end: int | None
    # beyond the JSONL contract
    date: str | None = None
    title: str | None = None
    camps: str = ""
    concept_label: str = ""
    variant_label: str = ""
    boilerplate: bool = False
    # what holds it at a distance, "+"-joined: "scare quotes", "so-called", a denial's cue word ("denied")
    distanced_by: str = ""
    level: str = ""
    sentence_text: str = ""

    def contract(self) -> dict:
        """The keys of the `naming mentions --format jsonl` contract, then the rest."""
        return asdict(self)


MENTION_COLUMNS = [f.name for f in fields(Mention)]


def describe_level(doc: Doc, has_suffixes: bool) -> str:
    """What the analysis of this article could rest on, e.g. 'az: surface + suffixes, no parse'."""
    parts = {"parse": "lemmas + dependency parse", "lemma": "lemmas, no parse",
             "tokens": "tokens, no lemmas, no parse", "surface": "surface forms, no parse"}[doc.level]
    if has_suffixes and doc.level != "parse":
        parts = parts.replace(", no parse", " + suffixes, no parse")
    return parts


def build_mentions(article: Article, doc: Doc, matches: list[Match], voice: VoiceMap, lexicons,
                   level: str = "") -> list[Mention]:
    variants = lexicons.variants_by_id
    concepts = {c.id: c for c in lexicons.concepts}
    mentions = []
    for match in matches:
        variant = variants[match.variant_id]
        concept = concepts[match.concept_id]
        sentence = doc.sentences[match.sentence]
        voice_name, attribution = voice.voice_at(match.start, match.end)
        source = attribution.source if attribution else None
        boilerplate = article.is_boilerplate(match.start)
        mentions.append(Mention(
            article=article.id, outlet=article.outlet, lang=sentence.lang or doc.lang,
            concept=concept.id, variant=variant.id, camp=variant.camps[0] if variant.camps else None,
            text=article.content[match.start:match.end], start=match.start, end=match.end,
            sentence=match.sentence, headline=article.in_headline(match.start),
            voice="narrative" if boilerplate else voice_name,
            distanced=voice.is_distanced(match.start, match.end),
            speaker=attribution.speaker if attribution else None,
            speaker_group=attribution.speaker_group if attribution else None,
            speaker_start=source.start if source else None, speaker_end=source.end if source else None,
            date=article.date, title=article.title, camps="+".join(variant.camps),
            concept_label=concept.label, variant_label=variant.label, boilerplate=boilerplate,
            distanced_by="+".join(voice.distanced_by(match.start, match.end)),
            level=level, sentence_text=article.content[sentence.start:sentence.end],
        ))
    return mentions


def mentions_frame(mentions: list[Mention]) -> pd.DataFrame:
    frame = pd.DataFrame([asdict(m) for m in mentions], columns=MENTION_COLUMNS)
    for column in ("speaker_start", "speaker_end"):
        frame[column] = frame[column].astype("Int64")
    for column in ("headline", "distanced", "boilerplate"):
        frame[column] = frame[column].astype(bool)
    return frame
