"""Attribution quality on PolNeAR: content/source/cue P/R/F1, token accuracy, speaker accuracy.

    python bench/attribution_eval.py [--split dev|train] [--dataset NAME]... [--lang LANG] [--limit N]
                                     [--cached-only] [--shared PATH] [--json OUT] [--baseline]

Every corpus under `<shared>/eval/` laid out like PolNeAR (`<name>/<split>/text/*.txt` and
`<name>/<split>/attributions/*.ann`, brat standoff) is scored, one table each, unless --dataset names some.
An article's language comes from a `lang` column of the corpus's metadata.tsv, else --lang, else language
identification.

--cached-only scores only the articles whose parse is already in the annotation cache (it parses
nothing), so that a split being parsed elsewhere can be scored on what is ready.

The data is read where it lies (`$NAMING_SHARED/eval/polnear`, by default `<repo>/../shared`);
it is research data that must not be copied into the project. Without it the script says so
and exits 0, like the tests that need it.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from common import bundled_models  # noqa: E402

from naming.evaluation import (SkipArticle, evaluate, find_datasets, format_table, quote_mark_baseline,  # noqa: E402
                               read_languages, read_text)


def shared_dir() -> Path:
    return Path(os.environ.get("NAMING_SHARED", REPO.parent / "shared"))


def analyzer_predictor(cached_only: bool = False, languages: dict[str, str] | None = None,
                       default_lang: str | None = None, shared: Path | None = None) -> Callable[[Path], list[dict]]:
    # Imported here so that --baseline works while the pipeline (and its models) are unavailable.
    from naming.attribution import attribution_to_dict
    from naming.corpus import make_article
    from naming.cues import load_cues
    from naming.pipeline import Analyzer

    analyzer = Analyzer(models_dir=bundled_models(shared or shared_dir()))
    if cached_only:
        def refuse(*args, **kwargs):
            raise SkipArticle("not parsed yet")
        analyzer.annotator.parse_paragraphs = refuse

    def predict(path: Path) -> list[dict]:
        # read as `naming quotes FILE` reads a .txt file: its first line is the headline ('Poll: Trump and
        # Clinton hold narrow leads'), the text as the offsets see it
        article = make_article(read_text(path), id=path.stem, source=str(path))
        article.lang = (languages or {}).get(path.stem, default_lang)
        result = analyzer.process(article)
        return as_polnear([attribution_to_dict(a) for a in result.attributions],
                          answer_labels=load_cues(result.doc.lang).answer_labels)

    return predict


def as_polnear(predictions: list[dict], answer_labels: frozenset[str] = frozenset()) -> list[dict]:
    """Our attributions as PolNeAR annotates them: one relation per cue, whose content may come in
    pieces ("Whether …, he added, ''it becomes …''"), and each token in at most one relation, so that one
    nested in the content of another (a partial quote inside reported speech, "X said Y found Z") is part
    of that one. An interview's answer ("A: I think …") is no relation there: the label is no cue, and the
    corpus annotates the attributions inside the answer instead; nor is a title in quotes ("on “Meet the
    Press”"), which has neither cue nor source."""
    predictions = [p for p in predictions if p["kind"] != "title" and not (
        p["cue"] and p["cue"]["text"] == ":" and p["source"] and p["source"]["text"] in answer_labels)]
    def pieces(p: dict) -> list[tuple[int, int]]:
        return [(s["start"], s["end"]) for s in [p["content"], *p.get("continuation", [])]]

    merged: list[dict] = []
    by_cue: dict[tuple, dict] = {}
    for p in predictions:
        key = (p["cue"]["start"], p["cue"]["end"], p["source"] and p["source"]["start"]) if p["cue"] else None
        if key in by_cue:
            first = by_cue[key]
            first["continuation"] = [*first.get("continuation", []), p["content"], *p.get("continuation", [])]
            continue
        p = dict(p)
        merged.append(p)
        if key is not None:
            by_cue[key] = p

    def inside(k: int, j: int) -> bool:
        mine, theirs = pieces(merged[k]), pieces(merged[j])
        return all(any(a <= s and e <= b for a, b in theirs) for s, e in mine) and (mine != theirs or j < k)

    return [p for k, p in enumerate(merged) if not any(inside(k, j) for j in range(len(merged)) if j != k)]


def baseline_predictor(path: Path) -> list[dict]:
    return quote_mark_baseline(read_text(path), article=path.stem)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "train"], default="dev")
    parser.add_argument("--dataset", action="append", metavar="NAME",
                        help="score this corpus of <shared>/eval only (repeatable; default: every one found)")
    parser.add_argument("--lang", help="language of articles the corpus's metadata does not give "
                                       "(default: identified per article)")
    parser.add_argument("--limit", type=int, help="score only the first N articles (interleaved across publishers)")
    parser.add_argument("--cached-only", action="store_true",
                        help="score only the articles already parsed in the annotation cache")
    parser.add_argument("--shared", type=Path, help="the shared data folder (default: $NAMING_SHARED or <repo>/../shared)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write all scores, per article too, as JSON")
    parser.add_argument("--baseline", action="store_true",
                        help="score the quote-mark baseline instead of naming.pipeline.Analyzer")
    args = parser.parse_args(argv)

    eval_dir = (args.shared or shared_dir()) / "eval"
    splits = find_datasets(eval_dir, args.split)
    if args.dataset:
        unknown = sorted(set(args.dataset) - {d.parent.name for d in splits})
        if unknown:
            print(f"attribution_eval: no {args.split} split of {', '.join(unknown)} under {eval_dir}", file=sys.stderr)
            return 2
        splits = [d for d in splits if d.parent.name in args.dataset]
    if not splits:
        print(f"attribution_eval: skipped: no annotated {args.split} split under {eval_dir}", file=sys.stderr)
        return 0

    name = "quote-mark baseline" if args.baseline else "naming.pipeline.Analyzer"
    print(f"System: {name}")
    results = {}
    for split_dir in splits:
        if args.baseline:
            predict = baseline_predictor
        else:
            try:
                predict = analyzer_predictor(args.cached_only, read_languages(split_dir.parent / "metadata.tsv"),
                                             args.lang, args.shared)
            except ImportError as exc:
                print(f"attribution_eval: the pipeline cannot be imported ({exc}); --baseline scores the quote-mark "
                      "baseline", file=sys.stderr)
                return 2
        result = evaluate(split_dir, predict, limit=args.limit)
        results[split_dir.parent.name] = result
        print(f"\n## {split_dir.parent.name} ({args.split}, {len(result.by_article)} articles)\n")
        print(format_table(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {"system": name, **{k: r.to_dict() for k, r in results.items()}}
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
