"""Attribution time by article length (target: linear): 4 times the quotes should take about 4 times as long.

    python bench/scaling.py [--quick] [--json OUT]

One article of N short quoted statements with a speaker ("'Artsakh ist hier,' sagte Pashinyan."), for each
language below, attributed on the surface level (`naming.nlp.surface_doc`: no model is loaded, so only our
own scanners are timed). The figure is the CPU time for 4N statements over the time for N, best of three:
about 4 is linear; a scan that rereads the article for every quote shows as 16. A ratio above 6.5 is
reported as superlinear (and makes the script exit with 1 outside --quick).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, dump, machine, setup_env  # noqa: E402

STATEMENTS = {
    "de": '"Artsakh ist hier," sagte Pashinyan.',
    "ru": "«Арцах здесь», — заявил Пашинян.",
    "en": '"Artsakh is here," Pashinyan said.',
}
SUPERLINEAR = 6.5


def attribution_seconds(lang: str, statements: int) -> float:
    from naming.attribution import attribute
    from naming.corpus import make_article
    from naming.cues import load_cues
    from naming.lexicon import load_lexicons
    from naming.nlp import paragraphs, surface_doc
    from naming.speakers import SpeakerDirectory

    cues = load_cues(lang)
    speakers = SpeakerDirectory(load_lexicons([REPO / "lexicons" / "karabakh.yaml"]).speakers, lang,
                                cues.speaker_words)
    text = "Headline\n" + " ".join([STATEMENTS[lang]] * statements) + "\n"
    doc = surface_doc(text, lang, paragraphs(text, 0, len(text)))
    article = make_article(text, id="scaling", source="scaling")
    times = []
    for _ in range(3):   # the fastest of three: a collection pause or a busy neighbour is not growth
        started = time.process_time()
        attribute(doc, article, speakers, cues)
        times.append(time.process_time() - started)
    return min(times)


def run(quick: bool = False) -> dict:
    small = 20 if quick else 200
    rows = []
    for lang in STATEMENTS:
        attribution_seconds(lang, 10)   # loads the cue lexicon and warms the caches outside the timing
        short, long = attribution_seconds(lang, small), attribution_seconds(lang, 4 * small)
        ratio = round(long / max(short, 1e-4), 2)
        rows.append({"lang": lang, "statements": small, "short_s": round(short, 4), "long_s": round(long, 4),
                     "ratio": ratio, "superlinear": ratio > SUPERLINEAR})
    return {"machine": machine(), "quick": quick, "rows": rows}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny inputs: checks that it runs")
    parser.add_argument("--json", help="write the result here as well")
    args = parser.parse_args(argv)
    setup_env()
    result = run(args.quick)
    dump(result, args.json)
    return 1 if not args.quick and any(row["superlinear"] for row in result["rows"]) else 0


if __name__ == "__main__":
    sys.exit(main())
