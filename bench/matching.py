"""Matching cost for lexicons of 10, 1 000 and 100 000 terms on the same corpus (target: roughly flat).

    python bench/matching.py [--quick] [--corpus DIR] [--sizes 10,1000,100000] [--json OUT]

The corpus is parsed once (or read from the cache); then, for each lexicon size, the Matcher is built
and run over every document, best of three. Each lexicon holds the same ten real terms (taken from the
bundled lexicons, so that there are matches) and synthetic terms of 1-3 made-up words in the corpus's
languages. Three mixes:
  made-up   phrase, lemma and inflecting terms of made-up words (other topics' terms): what the index serves;
  shared    the same, but one term in ten starts with a word of the corpus, so the index finds candidates
            that then fail on their second word: the cost grows with terms that share a first word;
  bundled   made-up words in the kinds and proportions of the bundled lexicons: about a third are globs
            (indexed by their literal prefix, as phrases are by their first piece).
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Timer, dump, machine, sample_articles, setup_env, tempdir  # noqa: E402

LATIN = ["ka", "ro", "mel", "tu", "vin", "sa", "dor", "pel", "qu", "ix", "ban", "te", "lo", "mur", "gen", "zi"]
CYRILLIC = ["ка", "ро", "мел", "ту", "вин", "са", "дор", "пел", "зу", "лик", "бан", "те", "ло", "мур", "жен"]
ARMENIAN = ["կա", "րո", "մել", "տու", "վին", "սա", "դոր", "պել", "զու", "լիկ"]


def _word(rng: random.Random, lang: str) -> str:
    syllables = CYRILLIC if lang in ("ru", "uk") else ARMENIAN if lang == "hy" else LATIN
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))


def synthetic_lexicons(size: int, real_terms: list, vocabulary: dict[str, list[str]], mix: str, seed: int = 11):
    """A LexiconSet of `size` terms: the real ones first, then made-up ones."""
    from naming.lexicon import Concept, Lexicon, LexiconSet, Term, Variant

    rng = random.Random(seed)
    langs = sorted(vocabulary)
    terms = list(real_terms[:size])
    while len(terms) < size:
        lang = langs[len(terms) % len(langs)]
        words = [_word(rng, lang) for _ in range(rng.randint(1, 3))]
        if mix == "shared" and rng.random() < 0.1 and vocabulary[lang]:
            words = [rng.choice(vocabulary[lang])] + (words[1:] or [_word(rng, lang)])
        value = " ".join(words)
        roll = rng.random()
        if mix == "bundled" and roll < 0.35:
            terms.append(Term("glob", value + "*", lang))
        elif roll < 0.5:
            terms.append(Term("phrase", value, lang, inflect=lang in ("tr", "hy", "az")))
        elif roll < 0.6:
            terms.append(Term("lemma", value, lang))
        else:
            terms.append(Term("phrase", value, lang))
    concepts = []
    for c in range(0, len(terms), 100):
        variants = []
        for v in range(c, min(c + 100, len(terms)), 10):
            by_lang: dict[str, list] = {}
            for term in terms[v:v + 10]:
                by_lang.setdefault(term.lang, []).append(term)
            vid = f"bench:c{c}:v{v}"
            variants.append(Variant(vid, f"v{v}", f"variant {v}", ("camp",), by_lang, {}, [], [], concept_id=f"bench:c{c}"))
        concepts.append(Concept(f"bench:c{c}", f"c{c}", f"concept {c}", variants))
    lexicon = Lexicon("bench", "1", None, langs, [], None, {}, concepts, [], "<bench>")
    return LexiconSet([lexicon], {}, [])


def run(quick: bool = False, corpus: str | None = None, sizes=(10, 1000, 100000), cache_dir: str | None = None,
        mixes=("made-up", "shared", "bundled")) -> dict:
    setup_env()
    from naming.matching import Matcher, doc_pieces
    from naming.parallel import batches
    from naming.pipeline import Analyzer

    articles = sample_articles(quick, corpus)
    analyzer = Analyzer(cache_dir=cache_dir or tempdir("matching"))
    results = [r for chunk in batches(articles, analyzer.batch_size) for r in analyzer.process_many(chunk)]
    docs = [(r.doc, doc_pieces(r.doc), r.article.content) for r in results]
    pieces = sum(len(p) for _, p, _ in docs)
    vocabulary: dict[str, set] = {}
    for doc, ps, _ in docs:
        for p in ps:
            if len(p.surface) > 3 and p.surface.isalpha():
                vocabulary.setdefault(p.lang, set()).add(p.surface)
    vocabulary = {lang: sorted(words) for lang, words in vocabulary.items()}
    # ten real terms that occur in the corpus: the matches every lexicon size must find
    matched = {}
    for r in results:
        for m in r.matches:
            matched.setdefault((m.term.kind, m.term.value, m.term.lang), m.term)
    real = list(matched.values())[:10]

    out = {"benchmark": "matching cost by lexicon size", "machine": machine(), "articles": len(articles),
           "pieces": pieces, "real_terms": len(real), "mixes": {}}
    repeats = 1 if quick else 3
    for mix in mixes:
        rows = []
        for size in sizes:
            lexicons = synthetic_lexicons(size, real, vocabulary, mix)
            with Timer() as build:
                matcher = Matcher(lexicons)
            best = None
            for _ in range(repeats):
                with Timer() as clock:
                    found = sum(len(matcher.match(doc, pieces=ps, text=text)) for doc, ps, text in docs)
                best = clock.seconds if best is None else min(best, clock.seconds)
                if clock.seconds > 5:
                    break
            rows.append({"terms": size, "build_s": round(build.seconds, 3), "match_s": round(best, 4),
                         "us_per_piece": round(1e6 * best / max(1, pieces), 2), "matches": found})
        base = rows[0]["match_s"] or 1e-9
        for row in rows:
            row["vs_smallest"] = round(row["match_s"] / base, 2)
        out["mixes"][mix] = rows
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="two short articles, small lexicons")
    parser.add_argument("--corpus", help="a folder or file of articles (default: seeds/)")
    parser.add_argument("--sizes", default=None, help="comma-separated lexicon sizes (default 10,1000,100000)")
    parser.add_argument("--mix", choices=("made-up", "shared", "bundled", "all"), default="all")
    parser.add_argument("--cache", help="cache folder (default: a new temporary one)")
    parser.add_argument("--json", help="write the results here too")
    args = parser.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(",")) if args.sizes else ((10, 100, 1000) if args.quick else (10, 1000, 100000))
    mixes = ("made-up", "shared", "bundled") if args.mix == "all" else (args.mix,)
    dump(run(args.quick, args.corpus, sizes, args.cache, mixes), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
