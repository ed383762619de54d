"""The voice map: what attribution hands on, as plain data (spans, attributions, distancing)."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from ..quotes import Quote


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, content: str, start: int, end: int) -> "Span":
        return cls(start, end, content[start:end])


@dataclass
class Attribution:
    # "direct", "reported", "mixed" (a partial quote inside reported speech) or "title" (a work's or programme's
    # title in quotes: quoted words, whose author is not said)
    kind: str
    content: Span
    source: Span | None
    cue: Span | None
    speaker: str | None
    speaker_group: str | None
    sentence: int
    speaker_kind: str = "unknown"
    # Later pieces of the same words: the rest of a quote interrupted by its cue ('"…," she said, "…"')
    # and floating quotes that go on in the next sentences with no cue of their own.
    continuation: list[Span] = field(default_factory=list)

    def __post_init__(self):
        # read back from plain data (the cache, worker processes), the pieces come as dicts
        self.continuation = [Span(**s) if isinstance(s, dict) else s for s in self.continuation]

    @property
    def spans(self) -> list[Span]:
        return [self.content, *self.continuation]

    def piece_holding(self, start: int, end: int) -> Span | None:
        return next((s for s in self.spans if s.start <= start and end <= s.end), None)


@dataclass
class Distancing:
    start: int
    end: int
    marker: str                  # "scare quotes" or the marker word ("so-called")


@dataclass
class VoiceMap:
    attributions: list[Attribution] = field(default_factory=list)
    distancing: list[Distancing] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def attribution_at(self, start: int, end: int) -> Attribution | None:
        """The attribution whose content holds the span; a quote beats the reported clause around it,
        and of two alike the one with the shorter piece (the inner one) wins."""
        def rank(attribution: Attribution, piece: Span):
            return attribution.kind == "reported", piece.end - piece.start

        held = [(rank(a, piece), a) for a in self.attributions if (piece := a.piece_holding(start, end))]
        return min(held, key=lambda item: item[0])[1] if held else None

    def voice_at(self, start: int, end: int) -> tuple[str, Attribution | None]:
        attribution = self.attribution_at(start, end)
        if attribution is None:
            return "narrative", None
        return ("reported" if attribution.kind == "reported" else "direct"), attribution

    def is_distanced(self, start: int, end: int) -> bool:
        return bool(self.distanced_by(start, end))

    def distanced_by(self, start: int, end: int) -> list[str]:
        """What holds the span at a distance, each once: "scare quotes", a marker ("so-called") or a denial's cue
        word ("denied")."""
        return list(dict.fromkeys(d.marker for d in self.distancing if d.start < end and start < d.end))


def attribution_to_dict(attribution: Attribution, article_id: str | None = None) -> dict:
    """The `naming quotes` JSONL contract; `continuation` lists the content's further pieces."""
    def span(s):
        return None if s is None else asdict(s)
    return {"article": article_id, "kind": attribution.kind, "content": span(attribution.content),
            "source": span(attribution.source), "cue": span(attribution.cue),
            "speaker": attribution.speaker, "speaker_group": attribution.speaker_group,
            "continuation": [span(s) for s in attribution.continuation]}


ATTRIBUTION_COLUMNS = ("article", "kind", "content", "content_start", "content_end", "source", "source_start",
                       "source_end", "cue", "cue_start", "cue_end", "speaker", "speaker_group", "continuation")


def attribution_to_row(attribution: Attribution, article_id: str | None = None) -> dict:
    """One flat row of the contract, for CSV and DataFrames: each span as its text and offsets (null where the
    span is), the further pieces of the content as JSON `[[start, end, text], …]`."""
    row = {"article": article_id, "kind": attribution.kind}
    for part in ("content", "source", "cue"):
        span = getattr(attribution, part)
        row[part] = span and span.text
        row[f"{part}_start"] = span and span.start
        row[f"{part}_end"] = span and span.end
    row.update(speaker=attribution.speaker, speaker_group=attribution.speaker_group,
               continuation=json.dumps([[s.start, s.end, s.text] for s in attribution.continuation], ensure_ascii=False))
    return row

