"""Warm run after a lexicon edit vs cold run on the same corpus (target: at least 100 times faster).

    python bench/warm.py [--quick] [--corpus DIR] [--json OUT]

Cold: an empty cache, the bundled lexicons. Then one term is added to a copy of the lexicons and a new
Analyzer (as a new `naming` run would) analyses the same corpus with the same cache: it must parse
nothing (checked) and match everything again. Two ratios: processing alone (Stanza pipelines loaded
before the cold clock starts; the warm side never loads them), and end to end (building the Analyzer,
lexicon loading and, cold, model loading included; Python start-up and imports excluded).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Timer, dump, edited_lexicons, machine, sample_articles, setup_env, tempdir  # noqa: E402


def run(quick: bool = False, corpus: str | None = None, cache_dir: str | None = None) -> dict:
    setup_env()
    from naming.lexicon import bundled_lexicon_paths
    from naming.parallel import batches
    from naming.pipeline import Analyzer

    articles = sample_articles(quick, corpus)
    cache = Path(cache_dir) if cache_dir else tempdir("warm")

    with Timer() as cold_build:
        cold = Analyzer(lexicons=bundled_lexicon_paths(), cache_dir=cache)
        languages = [cold.paragraph_languages(a, cold.language(a).code) for a in articles]   # nothing cached
        for code in sorted({c for by in languages for c in by if cold.annotator.parses(c)}):
            cold.annotator.pipeline(code)("Warm up.")
    cold.stats.clear()
    with Timer() as cold_run:
        cold_results = [r for chunk in batches(articles, cold.batch_size) for r in cold.process_many(chunk)]

    edited = edited_lexicons(tempdir("lexicon"))
    with Timer() as warm_build:
        warm = Analyzer(lexicons=edited, cache_dir=cache)
    with Timer() as warm_run:
        warm_results = [r for chunk in batches(articles, warm.batch_size) for r in warm.process_many(chunk)]
    if warm.stats["paragraphs_parsed"]:
        raise SystemExit(f"warm run parsed {warm.stats['paragraphs_parsed']} paragraphs: the cache missed")
    terms = lambda lex: sum(len(t) for v in lex.variants for t in v.terms.values())  # noqa: E731

    n = len(articles)
    cold_total = cold_build.seconds + cold_run.seconds
    warm_total = warm_build.seconds + warm_run.seconds
    return {
        "benchmark": "warm run after a lexicon edit vs cold run",
        "machine": machine(),
        "articles": n,
        "paragraphs_parsed_cold": cold.stats["paragraphs_parsed"],
        "paragraphs_parsed_warm": warm.stats["paragraphs_parsed"],
        "terms_before_after": [terms(cold.lexicons), terms(warm.lexicons)],
        "mentions_cold_warm": [sum(len(r.mentions) for r in cold_results), sum(len(r.mentions) for r in warm_results)],
        "cold_processing_s": round(cold_run.seconds, 3),
        "warm_processing_s": round(warm_run.seconds, 4),
        "cold_ms_per_article": round(1000 * cold_run.seconds / n, 1),
        "warm_ms_per_article": round(1000 * warm_run.seconds / n, 2),
        "processing_ratio": round(cold_run.seconds / warm_run.seconds, 1),
        "cold_processing_cpu_s": round(cold_run.cpu, 2),
        "warm_processing_cpu_s": round(warm_run.cpu, 4),
        "processing_ratio_cpu": round(cold_run.cpu / max(warm_run.cpu, 1e-6), 1),
        "cold_end_to_end_s": round(cold_total, 2),
        "warm_end_to_end_s": round(warm_total, 3),
        "warm_setup_s": round(warm_build.seconds, 3),
        "end_to_end_ratio": round(cold_total / warm_total, 1),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="two short articles: checks that it runs")
    parser.add_argument("--corpus", help="a folder or file of articles (default: seeds/)")
    parser.add_argument("--cache", help="cache folder (default: a new temporary one)")
    parser.add_argument("--json", help="write the results here too")
    args = parser.parse_args(argv)
    dump(run(args.quick, args.corpus, args.cache), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
