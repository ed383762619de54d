"""Peak memory for a 10 000-article corpus, generated from the sample articles.

    python bench/memory.py [--quick] [--articles 10000] [--json OUT]

The corpus is a JSONL file of articles assembled from the paragraphs of seeds/ (every article is new
text; its paragraphs repeat, so Stanza parses each distinct paragraph once and the paragraph cache
serves the rest: this measures what grows with the corpus, not Stanza). `naming.pipeline.analyze` runs in a
child process, which streams the file in batches and builds the Mention table incrementally; its peak
resident memory (ru_maxrss) is read when it ends. The same is measured on a tenth of the corpus: if the
corpus were held in memory, the peak would grow about tenfold.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, dump, machine, sample_articles, setup_env, synthetic_corpus, tempdir  # noqa: E402

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {repo!r})
from naming.pipeline import analyze
start = time.perf_counter()
frame = analyze([{corpus!r}], cache_dir={cache!r}, progress=False)
print(json.dumps({{"mentions": len(frame), "articles": int(frame["article"].nunique()) if len(frame) else 0,
                  "seconds": time.perf_counter() - start,
                  "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def measure(corpus: Path, cache: Path) -> dict:
    code = CHILD.format(repo=str(REPO), corpus=str(corpus), cache=str(cache))
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy())
    if done.returncode:
        raise SystemExit(f"child failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_s"] = time.perf_counter() - started
    return result


def run(quick: bool = False, n: int = 10000) -> dict:
    setup_env()
    if quick:
        n = min(n, 40)
    folder = tempdir("memory")
    articles = sample_articles(quick)
    big = synthetic_corpus(articles, n, folder / f"corpus-{n}.jsonl")
    small = synthetic_corpus(articles, max(1, n // 10), folder / f"corpus-{n // 10}.jsonl")
    cache = folder / "cache"
    first = measure(small, cache)          # parses the distinct paragraphs, fills the cache
    small_run = measure(small, cache)      # the same, warm: the baseline peak
    big_run = measure(big, cache)
    return {
        "benchmark": "peak memory, streaming corpus",
        "machine": machine(),
        "articles": n,
        "corpus_mib": round(big.stat().st_size / 2**20, 1),
        "small_articles": max(1, n // 10),
        "first_run_s": round(first["wall_s"], 1),
        "peak_mib_small": round(small_run["maxrss_mib"]),
        "peak_mib": round(big_run["maxrss_mib"]),
        "peak_ratio_10x_corpus": round(big_run["maxrss_mib"] / small_run["maxrss_mib"], 2),
        "mentions": big_run["mentions"],
        "seconds": round(big_run["seconds"], 1),
        "articles_per_s": round(n / big_run["seconds"], 1),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="40 articles: checks that it runs")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--json", help="write the results here too")
    args = parser.parse_args(argv)
    dump(run(args.quick, args.articles), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
