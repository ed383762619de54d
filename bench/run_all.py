"""Every benchmark, one after the other, and a Markdown summary (bench/RESULTS.md).

    python bench/run_all.py            # the full set (about 10-20 minutes on 2 cores); writes bench/RESULTS.md
    python bench/run_all.py --quick    # a minute: checks that every benchmark runs; numbers mean nothing

Each benchmark also runs alone: bench/cold.py, bench/warm.py, bench/matching.py, bench/memory.py.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cold  # noqa: E402
import matching  # noqa: E402
import memory  # noqa: E402
import warm  # noqa: E402
from common import machine, setup_env  # noqa: E402

HERE = Path(__file__).resolve().parent


def markdown(results: dict, quick: bool) -> str:
    c, w, m, mem = results["cold"], results["warm"], results["matching"], results["memory"]
    lines = ["## Performance", ""]
    if quick:
        lines += ["*Quick mode: tiny inputs, the figures only show that the benchmarks run.*", ""]
    lines += [
        f"Measured in one run of `make bench` (`python bench/run_all.py`) on {results['machine']}. "
        "Figures are ratios of times taken in the same run; the machine was shared with other work, "
        "so absolute times vary from run to run.",
        "",
        "| what | figure |",
        "|---|---|",
        f"| cold run (empty cache) vs bare `stanza.Pipeline`, same {c['articles']} articles "
        f"({', '.join(c['languages'])}; {c['words']} words) | **{c['overhead_ratio']}×** the time of bare Stanza "
        f"({c['ours_articles_per_s']} vs {c['bare_articles_per_s']} articles/s, "
        f"{c['ours_words_per_s']:.0f} vs {c['bare_words_per_s']:.0f} words/s) |",
    ]
    if "batching_speedup" in c:
        lines.append(f"| batching articles through Stanza (16 a call) vs one article at a time | "
                     f"**{c['batching_speedup']}×** faster |")
    if "processes_speedup" in c:
        workers = [k for k in c if k.startswith("engine_") and k.endswith("_processes_s")][0].split("_")[1]
        lines.append(f"| `--workers {workers}` vs one process, cold, model loading included | "
                     f"**{c['processes_speedup']}×** ({c['engine_1_process_s']} s vs {c[f'engine_{workers}_processes_s']} s) |")
    lines += [
        f"| warm run after a lexicon edit vs cold run, {w['articles']} articles | **{w['processing_ratio']}×** faster "
        f"({w['warm_ms_per_article']} vs {w['cold_ms_per_article']} ms an article; "
        f"{w['paragraphs_parsed_warm']} paragraphs re-parsed) |",
        f"| the same, end to end (lexicon loading, Analyzer set-up and, cold, model loading included) | "
        f"**{w['end_to_end_ratio']}×** ({w['warm_end_to_end_s']} s vs {w['cold_end_to_end_s']} s) |",
    ]
    for mix, rows in m["mixes"].items():
        figures = ", ".join(f"{r['terms']:,} terms {r['vs_smallest']}×" for r in rows)
        lines.append(f"| matching time by lexicon size, `{mix}` terms, vs {rows[0]['terms']} terms | {figures} |")
    lines += [
        f"| peak memory, {mem['articles']:,}-article corpus ({mem['corpus_mib']} MiB JSONL), `naming.analyze` | "
        f"**{mem['peak_mib']} MiB**; {mem['peak_ratio_10x_corpus']}× the peak for {mem['small_articles']:,} articles "
        f"({mem['peak_mib_small']} MiB); {mem['articles_per_s']} articles/s with parses cached |",
        "",
        "Matching mixes (bench/matching.py): `made-up`: phrase, lemma and inflecting terms that do not occur in the "
        "corpus (what the first-piece index serves); `shared`: one term in ten starts with a word of the corpus; "
        "`bundled`: the kinds of the bundled lexicons, about a third globs.",
        "",
        "Run them: `make bench` (all, writes bench/RESULTS.md), or one at a time: `python bench/cold.py`, "
        "`python bench/warm.py`, `python bench/matching.py`, `python bench/memory.py` (each takes `--quick`).",
        "",
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny inputs: checks that every benchmark runs")
    parser.add_argument("--out", help="Markdown summary (default: bench/RESULTS.md; quick: not written)")
    parser.add_argument("--json", help="all results as JSON")
    parser.add_argument("--workers", type=int, default=2, help="processes for the --workers comparison (full mode)")
    args = parser.parse_args(argv)
    setup_env()
    started = time.perf_counter()
    results = {"machine": machine(), "quick": args.quick}
    steps = [("cold", lambda: cold.run(args.quick, workers=0 if args.quick else args.workers)),
             ("warm", lambda: warm.run(args.quick)),
             ("matching", lambda: matching.run(args.quick, sizes=(10, 100, 1000) if args.quick else (10, 1000, 100000))),
             ("memory", lambda: memory.run(args.quick))]
    for name, step in steps:
        t = time.perf_counter()
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        results[name] = step()
        print(f"[bench] {name}: {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
    results["total_s"] = round(time.perf_counter() - started, 1)
    text = markdown(results, args.quick)
    out = args.out or (None if args.quick else str(HERE / "RESULTS.md"))
    if out:
        Path(out).write_text(text, encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
