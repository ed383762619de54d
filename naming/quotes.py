"""Where quotes are: quoted spans in a text, with every quote-mark convention (" “ ” „ ‚ ‘ ’ « » ‹ ›),
nested quotes, and quotes that run over several paragraphs. Who said them is attribution's business."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .text import QUOTE_PAIRS, is_apostrophe_at

SINGLE_QUOTES = {"'", "‘", "’", "‚", "‹", "›"}


@dataclass
class Quote:
    start: int          # opening mark
    end: int            # after the closing mark
    inner_start: int
    inner_end: int
    mark: str
    depth: int = 0

    def contains(self, start: int, end: int) -> bool:
        return self.inner_start <= start and end <= self.inner_end


# Typed-in and pasted text mixes typewriter and typographic marks: „…" and “…", "…” (an editor that curled
# only the closing mark), ‘…' and '…’.
MIXED_CLOSES = {"„": {'"'}, "“": {'"'}, '"': {"”"}, "‘": {"'"}, "‚": {"'"}, "'": {"’"}}


# The typewriter convention of some wire copy doubles the single mark: ''…''. It is one mark, so that
# "coalitions, '' said" closes the quote whatever stands around each half.
DOUBLED = "''"
ELLIPSES = ("…", "...")


def _closes(mark: str, char: str) -> bool:
    if mark == DOUBLED or char == DOUBLED:
        return mark == char
    return char in QUOTE_PAIRS.get(mark, ()) or char in MIXED_CLOSES.get(mark, ())


def _can_open(text: str, i: int, end: int, width: int = 1) -> bool:
    after = text[i + width] if i + width < end else " "
    before = text[i - 1] if i > 0 else " "
    if after.isspace() and not (text[i] == "«" and i + 2 < end and not text[i + 2].isspace()) \
            and not text.startswith(ELLIPSES, i + width + 1):
        return False  # French typography puts a (no-break) space inside « … »; '” … in the case of Wyoming, …,”' opens
    if width == 1 and text[i] in SINGLE_QUOTES and after.isdigit():
        return False  # "the ’90s", "in '16": an elision, not a quote
    if text[i] in SINGLE_QUOTES or text[i] == '"':
        return not before.isalnum()
    return True


def _can_close(text: str, i: int, end: int, width: int = 1) -> bool:
    after = text[i + width] if i + width < end else " "
    before = text[i - 1] if i > 0 else " "
    if width == 1 and text[i] in SINGLE_QUOTES:
        return not before.isspace() and not after.isalnum()
    return not before.isspace() or after.isspace() or not after.isalnum()


# Direct speech set off by a dash that opens its paragraph (Russian and Ukrainian copy): the author's words
# follow a dash after the speech's comma or mark, and the speech may resume after them.
DIALOGUE_OPENING = re.compile(r"\s*([—–])\s+")
AUTHOR_AFTER_SPEECH = re.compile(r"([,!?…]|\.\.\.)\s+[—–]\s+")  # "…, — сказала она", "…! — крикнул он"
SPEECH_RESUMES = re.compile(r"[.,:]\s+([—–])\s+")                  # "…, — сказала она. — Мы останемся."


def dialogue_quotes(text: str, p_start: int, p_end: int) -> list[Quote]:
    """'— Мы не уйдём, — сказала жительница. — Это наш дом.': the pieces of speech in a paragraph that opens
    with a dash, where the author's words say who speaks; none in a dash line without them (a list item)."""
    dash = DIALOGUE_OPENING.match(text, p_start, p_end)
    quotes: list[Quote] = []
    while dash is not None:
        mark_at, inner_start = dash.start(1), dash.end()
        author = AUTHOR_AFTER_SPEECH.search(text, inner_start, p_end)
        if author is None:
            if quotes:  # the speech resumed after the author's words runs to the paragraph's end
                quotes.append(Quote(mark_at, p_end, inner_start, p_end, "—"))
            break
        # the comma before the dash is punctuation; "!" and "?" are the speaker's
        inner_end = author.start() if author.group(1) == "," else author.end(1)
        quotes.append(Quote(mark_at, inner_end, inner_start, inner_end, "—"))
        dash = SPEECH_RESUMES.search(text, author.end(), p_end)
    return quotes


def find_quotes(text: str, spans: list[tuple[int, int]], dialogue_dashes: bool = False) -> list[Quote]:
    """Quoted spans in the given paragraphs, with every quote-mark convention.

    A paragraph that opens a quote and does not close it continues into the next paragraph when that
    one opens with a quote mark again (the newspaper convention for quotes of several paragraphs). With
    `dialogue_dashes`, a paragraph that opens with a dash holds direct speech (`dialogue_quotes`).
    """
    quotes: list[Quote] = []
    carried: tuple[int, str] | None = None  # (inner start, mark) of a quote continuing from the last paragraph
    for p_start, p_end in spans:
        if dialogue_dashes:
            quotes += dialogue_quotes(text, p_start, p_end)
        stack: list[tuple[int, str]] = []
        first = p_start
        if carried is not None:
            if text[p_start] in QUOTE_PAIRS:
                stack.append(carried)
                first = p_start + 1
            carried = None
        second_half = -1
        for i in range(first, p_end):
            char = text[i]
            if i == second_half:
                continue
            if char not in QUOTE_PAIRS and not any(char in closers for closers in QUOTE_PAIRS.values()):
                continue
            width = 2 if text.startswith(DOUBLED, i) and i + 2 <= p_end else 1
            if width == 2:
                char, second_half = DOUBLED, i + 1
            elif char in ("'", "’") and is_apostrophe_at(text, i):
                continue
            closed = next((k for k in range(len(stack) - 1, -1, -1) if _closes(stack[k][1], char)), None) \
                if stack and _can_close(text, i, p_end, width) else None
            if closed is not None:
                # marks opened inside and never closed were no quotes ("if I asked ‘em. …,” he said)
                del stack[closed + 1:]
                inner_start, mark = stack.pop()
                quotes.append(Quote(inner_start - len(mark), i + width, inner_start, i, mark, len(stack)))
                continue
            if (char in QUOTE_PAIRS or char == DOUBLED) and _can_open(text, i, p_end, width):
                stack.append((i + width, char))
        if stack:
            inner_start, mark = stack[0]
            if inner_start - len(mark) <= p_start:
                # a paragraph that opens with a quote and does not close it: the quote may go on
                quotes.append(Quote(inner_start - 1, p_end, inner_start, p_end, mark, 0))
                carried = (inner_start, mark)
    return [_without_padding(q, text) for q in _merge_continued(quotes)]


def _without_padding(quote: Quote, text: str) -> Quote:
    """« Les négociations sont terminées »: French sets guillemets off with (no-break) spaces, which are
    no part of what was said."""
    inner_start, inner_end = quote.inner_start, quote.inner_end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return replace(quote, inner_start=inner_start, inner_end=inner_end)


def _merge_continued(quotes: list[Quote]) -> list[Quote]:
    """Join the pieces of a quote that runs across paragraphs into one quote."""
    merged: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if merged and quote.inner_start == merged[-1].inner_start and quote.end > merged[-1].end:
            merged[-1] = quote
        elif merged and quote.inner_start < merged[-1].inner_start:
            continue
        else:
            merged.append(quote)
    return merged
