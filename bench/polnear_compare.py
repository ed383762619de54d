"""Outlets compared on real news: PolNeAR's 2016 election articles, grouped by publisher.

    python bench/polnear_compare.py [--limit N] [--out DIR] [--figures DIR]

Reads ../shared/eval/polnear (train + dev; the articles' text belongs to their publishers and is never
copied into the project), analyses them with bench/lexicons/us_politics_2016.yaml, and writes the whole
comparison report to --out (default reports/polnear, not committed: its evidence quotes the articles).
With --figures, the comparison figures and the shares table (numbers only) are copied there for the README.
"""
from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))

from common import bundled_models  # noqa: E402
from naming.corpus import make_article  # noqa: E402
from naming.pipeline import Analyzer, RunResult  # noqa: E402
from naming.report import write_report  # noqa: E402

LEXICON = ROOT / "bench" / "lexicons" / "us_politics_2016.yaml"


def polnear_articles(shared: Path, limit: int | None):
    root = shared / "eval" / "polnear"
    with (root / "metadata.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    rows.sort(key=lambda r: (r["publication_date"], r["filename"]))
    if limit:
        by_publisher: dict[str, list] = {}
        for row in rows:
            by_publisher.setdefault(row["publisher"], []).append(row)
        rows = [r for group in zip(*by_publisher.values()) for r in group][:limit]
    for row in rows:
        path = root / row["compartment"] / "text" / f"{row['filename']}.txt"
        if not path.is_file():
            continue
        content = path.read_text(encoding="utf-8")
        yield make_article(content, id=row["filename"], source=str(path),
                           meta={"outlet": row["publisher"], "date": row["publication_date"], "lang": "en"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("NAMING_SHARED", ROOT.parent / "shared"))
    parser.add_argument("--limit", type=int, help="articles, taken in turn from each publisher")
    parser.add_argument("--out", default=str(ROOT / "reports" / "polnear"))
    parser.add_argument("--figures", help="copy figures and shares.csv here (for the README)")
    parser.add_argument("--min-n", type=int, default=10)
    args = parser.parse_args()
    shared = Path(args.shared)
    if not (shared / "eval" / "polnear" / "metadata.tsv").is_file():
        print(f"PolNeAR not found under {shared}/eval/polnear: nothing to compare")
        return 0
    started = time.perf_counter()
    analyzer = Analyzer([LEXICON], models_dir=bundled_models(shared))
    run = RunResult()
    batch: list = []
    for article in polnear_articles(shared, args.limit):
        batch.append(article)
        if len(batch) == 16:
            run.articles.extend(analyzer.process_many(batch))
            batch = []
            print(f"{len(run.articles)} articles, {time.perf_counter() - started:.0f} s", flush=True)
    run.articles.extend(analyzer.process_many(batch))
    out = Path(args.out)
    write_report(run, analyzer.lexicons, out, by="outlet", min_n=args.min_n,
                 title="US election 2016 vocabulary by outlet (PolNeAR)", per_article=False)
    mentions = run.mentions
    print(f"{len(run.articles)} articles, {len(mentions)} mentions, {time.perf_counter() - started:.0f} s; report in {out}/")
    own = mentions[(mentions.voice == "narrative") & ~mentions.distanced & ~mentions.boilerplate]
    print(f"own voice: {len(own)} of {len(mentions)} mentions")
    if args.figures:
        figures = Path(args.figures)
        figures.mkdir(parents=True, exist_ok=True)
        for png in (out / "figures").glob("*.png"):
            shutil.copy(png, figures / png.name)
        shutil.copy(out / "shares.csv", figures / "shares.csv")
        shutil.copy(out / "tests.csv", figures / "tests.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
