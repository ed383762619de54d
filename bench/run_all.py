"""Every benchmark, one after the other, and a Markdown summary (bench/RESULTS.md).

    python bench/run_all.py            # the full set (30-45 minutes on 2 cores); writes bench/RESULTS.md
    python bench/run_all.py --quick    # a minute: checks that every benchmark runs; numbers mean nothing

Each benchmark also runs alone: bench/cold.py, bench/warm.py, bench/matching.py, bench/memory.py,
bench/scaling.py.
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
import scaling  # noqa: E402
import warm  # noqa: E402
from common import machine, setup_env  # noqa: E402

HERE = Path(__file__).resolve().parent


def markdown(results: dict, quick: bool) -> str:
    c, w, m, mem = results["cold"], results["warm"], results["matching"], results["memory"]
    scale = results["scaling"]["rows"]
    lines = ["## Performance", ""]
    if quick:
        lines += ["*Quick mode: tiny inputs, the figures only show that the benchmarks run.*", ""]
    if results.get("from_previous_run"):
        lines += [f"*{', '.join(results['from_previous_run'])}: from an earlier run on the same machine.*", ""]
    lines += [
        f"Measured in one run of `make bench` (`python bench/run_all.py`) on {results['machine']}. "
        "Figures are ratios of times taken in the same run. The machine was shared with other work "
        "(load average 4-7), so wall times swing from one minute to the next; CPU time (all threads of the "
        "process) is the steadier measure and comes first where it applies.",
        "",
        "| what | figure |",
        "|---|---|",
        f"| cold run (empty cache) vs bare `stanza.Pipeline`, same {c['articles']} articles "
        f"({', '.join(c['languages'])}; {c['words']} words), best of {c.get('rounds', 1)} turns | "
        f"**{c.get('overhead_ratio_cpu', '-')}×** the CPU time of bare Stanza ({c.get('ours_cpu_s')} s vs "
        f"{c.get('bare_cpu_s')} s); wall: {c['overhead_ratio']}× ({c['ours_articles_per_s']} vs "
        f"{c['bare_articles_per_s']} articles/s, {c['ours_words_per_s']:.0f} vs {c['bare_words_per_s']:.0f} words/s) |",
    ]
    if "batching_speedup" in c:
        lines.append(f"| batching articles through Stanza (16 a call) vs one article at a time | "
                     f"**{c.get('batching_speedup_cpu', '-')}×** less CPU time; wall: {c['batching_speedup']}× |")
    if "processes_speedup" in c:
        workers = [k for k in c if k.startswith("engine_") and k.endswith("_processes_s")][0].split("_")[1]
        lines.append(f"| `--workers {workers}` vs one process, cold, model loading included (wall) | "
                     f"**{c['processes_speedup']}×** ({c['engine_1_process_s']} s vs {c[f'engine_{workers}_processes_s']} s) |")
    lines += [
        f"| warm run after a lexicon edit vs cold run, {w['articles']} articles | "
        f"**{w.get('processing_ratio_cpu', '-')}×** less CPU time; wall: {w['processing_ratio']}× "
        f"({w['warm_ms_per_article']} vs {w['cold_ms_per_article']} ms an article; "
        f"{w['paragraphs_parsed_warm']} paragraphs re-parsed) |",
        f"| the same, end to end (lexicon loading, Analyzer set-up and, cold, model loading included; wall) | "
        f"**{w['end_to_end_ratio']}×** ({w['warm_end_to_end_s']} s vs {w['cold_end_to_end_s']} s) |",
    ]
    for mix, rows in m["mixes"].items():
        figures = ", ".join(f"{r['terms']:,} terms {r['vs_smallest']}×" for r in rows)
        lines.append(f"| matching time by lexicon size, `{mix}` terms, vs {rows[0]['terms']} terms | {figures} |")
    lines += [
        f"| peak memory, {mem['articles']:,}-article corpus ({mem['corpus_mib']} MiB JSONL), `naming.analyze` | "
        f"**{mem['peak_mib']} MiB**; {mem['peak_ratio_10x_corpus']}× the peak for {mem['small_articles']:,} articles "
        f"({mem['peak_mib_small']} MiB); {mem['articles_per_s']} articles/s with parses cached |",
        f"| attribution time, {4 * scale[0]['statements']} quoted statements vs {scale[0]['statements']} in one "
        f"article, surface level (linear: 4×) | " + ", ".join(f"{r['lang']} **{r['ratio']}×**" for r in scale) + " |",
        "",
        "Matching mixes (bench/matching.py): `made-up`: phrase, lemma and inflecting terms that do not occur in the "
        "corpus (what the first-piece index serves); `shared`: one term in ten starts with a word of the corpus; "
        "`bundled`: the kinds of the bundled lexicons, about a third globs (indexed by literal prefix).",
        "",
        "Run them: `make bench` (all, writes bench/RESULTS.md), or one at a time: `python bench/cold.py`, "
        "`python bench/warm.py`, `python bench/matching.py`, `python bench/memory.py`, `python bench/scaling.py` "
        "(each takes `--quick`).",
        "",
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny inputs: checks that every benchmark runs")
    parser.add_argument("--out", help="Markdown summary (default: bench/RESULTS.md; quick: not written)")
    parser.add_argument("--json", help="all results as JSON (default: bench/results.json in full mode)")
    parser.add_argument("--workers", type=int, default=2, help="processes for the --workers comparison (full mode)")
    parser.add_argument("--only", help="comma-separated subset of cold,warm,matching,memory,scaling to run now")
    parser.add_argument("--previous", help="results JSON of an earlier run (--json) for the benchmarks not run now")
    args = parser.parse_args(argv)
    setup_env()
    started = time.perf_counter()
    results = {"machine": machine(), "quick": args.quick}
    steps = [("cold", lambda: cold.run(args.quick, workers=0 if args.quick else args.workers)),
             ("warm", lambda: warm.run(args.quick)),
             ("matching", lambda: matching.run(args.quick, sizes=(10, 100, 1000) if args.quick else (10, 1000, 100000))),
             ("memory", lambda: memory.run(args.quick)),
             ("scaling", lambda: scaling.run(args.quick))]
    previous = json.loads(Path(args.previous).read_text(encoding="utf-8")) if args.previous else {}
    only = set(args.only.split(",")) if args.only else None
    for name, step in steps:
        if only is not None and name not in only:
            if name not in previous:
                raise SystemExit(f"--only leaves out {name} and --previous has no results for it")
            results[name] = previous[name]
            results.setdefault("from_previous_run", []).append(name)
            continue
        t = time.perf_counter()
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        results[name] = step()
        print(f"[bench] {name}: {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
    results["total_s"] = round(time.perf_counter() - started, 1)
    text = markdown(results, args.quick)
    out = args.out or (None if args.quick else str(HERE / "RESULTS.md"))
    if out:
        Path(out).write_text(text, encoding="utf-8")
    json_out = args.json or (None if args.quick or args.out else str(HERE / "results.json"))
    if json_out:
        Path(json_out).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(text)
    superlinear = [row["lang"] for row in results["scaling"]["rows"] if row["superlinear"]]
    if superlinear and not args.quick:
        print(f"attribution time grows faster than the article in {', '.join(superlinear)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
