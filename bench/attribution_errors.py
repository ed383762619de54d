"""Error dump for attribution on PolNeAR: what the system missed, found in part, or made up, article by article.

    python bench/attribution_errors.py [--split train] [--limit N] [--offset K] [--only content|source|cue] [--cached-only]

For tuning, read errors on TRAIN (never tune on dev). Each gold attribution is printed with the
prediction whose content overlaps it most: `=` exact content, `~` overlapping, `-` missed; then the
predictions that overlap no gold content (`+`). Source and cue are marked ok/XX against the gold.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from attribution_eval import analyzer_predictor, shared_dir  # noqa: E402
from naming.evaluation import (SkipArticle, content_fragments, _overlap, match_spans, normalize_span, parse_brat,  # noqa: E402
                               read_publishers, read_text, split_articles)


def show(text: str, fragments, width: int = 110) -> str:
    joined = " | ".join(text[a:b] for a, b in fragments).replace("\n", " ")
    return joined if len(joined) <= width else joined[:width // 2 - 2] + " … " + joined[-(width // 2 - 2):]


def frag(part):
    return [(part["start"], part["end"])] if part else []


def agrees(text: str, predicted, gold) -> bool:
    if not predicted and not gold:
        return True
    return bool(predicted and gold and _overlap(normalize_span(predicted, text), normalize_span(gold, text)))


def dump(path: Path, ann: Path, predict, only: str | None) -> None:
    text = read_text(path)
    gold = parse_brat(read_text(ann), text).attributions
    predictions = predict(path)
    pairs = dict((j, i) for i, j in match_spans([content_fragments(p) for p in predictions],
                                                 [g.content for g in gold], text, "overlap"))
    print(f"\n=== {path.stem}")
    for j, g in enumerate(gold):
        i = pairs.get(j)
        p = predictions[i] if i is not None else None
        if p is None:
            flag = "-"
        else:
            exact = normalize_span(content_fragments(p), text) == normalize_span(g.content, text)
            flag = "=" if exact else "~"
        source_ok = p is not None and agrees(text, frag(p["source"]), g.source)
        cue_ok = p is not None and agrees(text, frag(p["cue"]), g.cue)
        if only == "content" and flag == "=" or only == "source" and source_ok or only == "cue" and cue_ok:
            continue
        print(f"{flag} G [{show(text, g.source, 40)}] <{show(text, g.cue, 30)}> {show(text, g.content)}")
        if p is not None:
            print(f"    P [{show(text, frag(p['source']), 40)}]{'' if source_ok else 'XX'} "
                  f"<{show(text, frag(p['cue']), 30)}>{'' if cue_ok else 'XX'} {p['kind']} {show(text, content_fragments(p))}")
    matched = set(pairs.values())
    for i, p in enumerate(predictions):
        if i not in matched and only in (None, "content"):
            print(f"+ P [{show(text, frag(p['source']), 40)}] <{show(text, frag(p['cue']), 30)}> "
                  f"{p['kind']} {show(text, content_fragments(p))}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "train"], default="train")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--only", choices=["content", "source", "cue"], help="print only the gold whose ROLE is wrong")
    parser.add_argument("--cached-only", action="store_true", help="skip the articles not parsed yet")
    args = parser.parse_args(argv)
    base = shared_dir() / "eval" / "polnear"
    split_dir = base / args.split
    paths = split_articles(split_dir, read_publishers(base / "metadata.tsv"))[args.offset:args.offset + args.limit]
    predict = analyzer_predictor(args.cached_only, default_lang="en")  # PolNeAR is English
    for path in paths:
        try:
            dump(path, split_dir / "attributions" / f"{path.stem}.ann", predict, args.only)
        except SkipArticle:
            continue
    return 0


if __name__ == "__main__":
    sys.exit(main())
