"""Cold run (empty cache) vs bare `stanza.Pipeline` on the same documents: the cost of all that is ours.

    python bench/cold.py [--quick] [--corpus DIR] [--workers N] [--json OUT]

Both sides use the same Stanza processors and have their pipelines loaded and warmed up before the
clock starts (loading is reported apart). Bare Stanza gets each article's body as one document, all
articles of a language in one call: its best case. Ours is the whole line (language identification per
paragraph, parsing, cache writes, attribution, matching, mentions), batched as `naming` runs it, then
one article at a time (batch size 1, how the pipeline ran before batching). The variants take turns
for `--rounds` rounds and each keeps its best time, so that load from elsewhere on a shared machine
weighs on all of them alike. `--workers N` adds a run
of the command-line engine with N processes against one process, model loading included.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Timer, dump, machine, sample_articles, setup_env, tempdir, write_jsonl  # noqa: E402


def run(quick: bool = False, corpus: str | None = None, workers: int = 0, rounds: int | None = None) -> dict:
    rounds = rounds or (1 if quick else 2)
    setup_env()
    import stanza

    from naming.parallel import batches
    from naming.pipeline import DEFAULT_BATCH, Analyzer

    probe = Analyzer(use_cache=False)
    articles = sample_articles(quick, corpus)
    languages = probe.languages_of(articles)
    # the same documents on both sides: articles whose language has Stanza models
    chosen = [(a, guess.code) for a, (guess, _) in zip(articles, languages) if probe.annotator.parses(guess.code)]
    articles = [a for a, _ in chosen]
    langs = sorted({code for _, code in chosen})

    # --- bare Stanza
    bare_pipelines = {}
    with Timer() as load_bare:
        for code in langs:
            models = probe.annotator.models(code)
            bare_pipelines[code] = stanza.Pipeline(models.lang, dir=str(probe.annotator.models_dir),
                                                   processors=models.processors, download_method=None,
                                                   verbose=False, use_gpu=False)
            bare_pipelines[code]("Warm up.")
    counts = {}

    def bare() -> Timer:
        words = sentences = 0
        with Timer() as clock:
            for code in langs:
                docs = [stanza.Document([], text=a.content[a.body_start:]) for a, c in chosen if c == code]
                for parsed in bare_pipelines[code](docs):
                    sentences += len(parsed.sentences)
                    words += sum(len(s.words) for s in parsed.sentences)
        counts.update(words=words, sentences=sentences)
        return clock

    # --- ours, batched as naming runs, and one article at a time; pipelines loaded once, caches new
    analyzer = Analyzer(use_cache=False)
    with Timer() as load_ours:
        for code in {c for _, by in languages for c in by if analyzer.annotator.parses(c)}:
            analyzer.annotator.pipeline(code)("Warm up.")
    runs = {}

    def ours(batch_size: int) -> Timer:
        fresh = Analyzer(analyzer.lexicons, cache_dir=tempdir("cold"), batch_size=batch_size)
        fresh.annotator = analyzer.annotator
        with Timer() as clock:
            results = [r for chunk in batches(articles, batch_size) for r in fresh.process_many(chunk)]
        runs[batch_size] = (fresh, results)
        return clock

    # The machine may be shared: the variants take turns, round after round, and each keeps its best.
    variants = {"bare": bare, "ours": lambda: ours(DEFAULT_BATCH)}
    if not quick:
        variants["one_by_one"] = lambda: ours(1)
    best: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for _ in range(rounds):
        for name, measure in variants.items():
            clock = measure()
            best[name] = min(clock.seconds, best.get(name, clock.seconds))
            cpu[name] = min(clock.cpu, cpu.get(name, clock.cpu))
    words, sentences = counts["words"], counts["sentences"]
    analyzer, results = runs[DEFAULT_BATCH]
    mentions = sum(len(r.mentions) for r in results)
    ours_batched = best["ours"]
    one_by_one = best.get("one_by_one")
    bare_pipelines.clear()  # their memory back before the summary

    n = len(articles)
    result = {
        "benchmark": "cold run vs bare stanza.Pipeline",
        "machine": machine(),
        "articles": n,
        "languages": langs,
        "words": words,
        "sentences": sentences,
        "mentions": mentions,
        "paragraphs_parsed": analyzer.stats["paragraphs_parsed"],
        "rounds": rounds,
        "model_load_s": {"bare": round(load_bare.seconds, 2), "ours": round(load_ours.seconds, 2)},
        "bare_stanza_s": round(best["bare"], 3),
        "ours_s": round(ours_batched, 3),
        "bare_articles_per_s": round(n / best["bare"], 2),
        "ours_articles_per_s": round(n / ours_batched, 2),
        "bare_words_per_s": round(words / best["bare"], 1),
        "ours_words_per_s": round(words / ours_batched, 1),
        "overhead_ratio": round(ours_batched / best["bare"], 3),
        "bare_cpu_s": round(cpu["bare"], 2),
        "ours_cpu_s": round(cpu["ours"], 2),
        "overhead_ratio_cpu": round(cpu["ours"] / cpu["bare"], 3),
    }
    if one_by_one is not None:
        result["ours_one_by_one_s"] = round(one_by_one, 3)
        result["batching_speedup"] = round(one_by_one / ours_batched, 2)
        result["ours_one_by_one_cpu_s"] = round(cpu["one_by_one"], 2)
        result["batching_speedup_cpu"] = round(cpu["one_by_one"] / cpu["ours"], 2)
    if workers and workers > 1:
        result.update(engine_workers(articles, workers))
    return result


def engine_workers(articles, workers: int) -> dict:
    """The command-line engine on a JSONL of the articles: 1 process vs `workers`, model loading included."""
    from naming.pipeline import Analyzer

    folder = tempdir("workers")
    corpus = write_jsonl(articles, folder / "corpus.jsonl")
    times = {}
    for n in (1, workers):
        analyzer = Analyzer(cache_dir=tempdir(f"workers{n}"))
        with Timer() as clock:
            count = sum(1 for _ in analyzer.iter_results([corpus], workers=n, progress=False, keep_docs=False))
        times[n] = clock.seconds
    return {"engine_articles": count, "engine_1_process_s": round(times[1], 2),
            f"engine_{workers}_processes_s": round(times[workers], 2),
            "processes_speedup": round(times[1] / times[workers], 2)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="two short articles: checks that it runs")
    parser.add_argument("--corpus", help="a folder or file of articles (default: seeds/)")
    parser.add_argument("--workers", type=int, default=0, help="also time the engine with N processes")
    parser.add_argument("--rounds", type=int, default=None, help="rounds of turns, best time kept (default 2)")
    parser.add_argument("--json", help="write the results here too")
    args = parser.parse_args(argv)
    dump(run(args.quick, args.corpus, args.workers, args.rounds), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
