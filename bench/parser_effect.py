"""How much of the attribution error is the parser's: the same rules on gold trees and on our models' trees.

PolNeAR has no gold parses, but UD English-EWT does. Each EWT document is attributed twice over the same
(gold) tokens: once with the treebank's own tags, lemmas and trees, once with what the bundled Stanza models
predict for those tokens. The attributions found on gold trees are the reference; the table scores the ones
found on predicted trees against them, with the PolNeAR scorer. Where the two agree the parser did not
matter; the rest is what a better parser could change (README, "Attribution: how good").

    python bench/parser_effect.py                  # EWT dev + test
    python bench/parser_effect.py --split dev --limit 200
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from common import REPO, bundled_models, setup_env

DEFAULT_UD = REPO.parent / "shared" / "ud" / "en_ewt"


def read_conllu(path: Path) -> list[list[list[list[str]]]]:
    """Documents of sentences of word rows (10 columns); multiword-token ranges and empty nodes left out."""
    docs: list[list[list[list[str]]]] = [[]]
    sentence: list[list[str]] = []
    for line_number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("# newdoc"):
            if sentence:
                docs[-1].append(sentence)
                sentence = []
            if line.startswith("# newdoc"):
                docs.append([])
            continue
        if line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) != 10:
            raise SystemExit(f"{path}:{line_number}: expected 10 tab-separated columns, found {len(row)}")
        if row[0].isdigit():
            sentence.append(row)
    if sentence:
        docs[-1].append(sentence)
    return [d for d in docs if d]


def layout(sentences: list[list[list[str]]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """The document's text (sentences one per line, words spaced as the treebank's SpaceAfter says) and
    each word's offsets."""
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    cursor = 0
    for sentence in sentences:
        spans = []
        for k, row in enumerate(sentence):
            spans.append((cursor, cursor + len(row[1])))
            parts.append(row[1])
            cursor += len(row[1])
            if "SpaceAfter=No" not in row[9] and k + 1 < len(sentence):
                parts.append(" ")
                cursor += 1
        parts.append("\n")
        cursor += 1
        offsets.append(spans)
    return "".join(parts), offsets


def gold_doc(sentences, offsets):
    from naming.nlp import Doc, Sentence, Token

    doc = Doc(lang="en", level="parse", processors={"gold": "ud"})
    for sentence, spans in zip(sentences, offsets):
        first = len(doc.tokens)
        for row, (start, end) in zip(sentence, spans):
            head = int(row[6]) if row[6].isdigit() else 0
            doc.tokens.append(Token(len(doc.tokens), row[1], start, end, len(doc.sentences), lemma=row[2],
                                    upos=row[3], feats=None if row[5] == "_" else row[5],
                                    head=first + head - 1 if head else None, deprel=row[7]))
        doc.sentences.append(Sentence(len(doc.sentences), spans[0][0], spans[-1][1], first, len(doc.tokens), 0))
    return doc


def predicted_doc(nlp, sentences, offsets):
    """The same words, tagged, lemmatized and parsed by the bundled models."""
    from naming.nlp import Doc, Sentence, Token

    parsed = nlp([[row[1] for row in sentence] for sentence in sentences])
    doc = Doc(lang="en", level="parse", processors={"predicted": "bundled"})
    for sentence, spans in zip(parsed.sentences, offsets):
        first = len(doc.tokens)
        for word, (start, end) in zip(sentence.words, spans):
            doc.tokens.append(Token(len(doc.tokens), word.text, start, end, len(doc.sentences), lemma=word.lemma,
                                    upos=word.upos, feats=word.feats,
                                    head=first + word.head - 1 if word.head else None, deprel=word.deprel))
        doc.sentences.append(Sentence(len(doc.sentences), spans[0][0], spans[-1][1], first, len(doc.tokens), 0))
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", type=Path, default=DEFAULT_UD, help="UD English-EWT folder (default ../shared/ud/en_ewt)")
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="at most this many documents")
    args = parser.parse_args(argv)
    setup_env()

    import stanza

    from naming.attribution import attribute, attribution_to_dict
    from naming.corpus import Article
    from naming.cues import load_cues
    from naming.evaluation import GoldAttribution, Scores, score_article
    from naming.lexicon import bundled_lexicon_paths, load_lexicons
    from naming.models import resolve_models_dir
    from naming.speakers import SpeakerDirectory

    splits = ["dev", "test"] if args.split == "both" else [args.split]
    paths = [args.ud / f"en_ewt-ud-{s}.conllu" for s in splits]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        print(f"parser_effect: no treebank at {', '.join(missing)} (give --ud)", file=sys.stderr)
        return 2
    docs = [d for p in paths for d in read_conllu(p)][: args.limit]

    cues = load_cues("en")
    speakers = SpeakerDirectory(load_lexicons(bundled_lexicon_paths()).speakers, "en", cues.speaker_words)
    models = resolve_models_dir(bundled_models())
    nlp = stanza.Pipeline("en", dir=str(models), processors="tokenize,pos,lemma,depparse",
                          tokenize_pretokenized=True, download_method=None, verbose=False)

    def attributions(doc, text, index):
        article = Article(id=f"ewt-{index}", content=text)
        return [attribution_to_dict(a) for a in attribute(doc, article, speakers, cues).attributions]

    total = Scores()
    started = time.perf_counter()
    sentences_seen = 0
    for index, sentences in enumerate(docs):
        text, offsets = layout(sentences)
        reference = attributions(gold_doc(sentences, offsets), text, index)
        predicted = attributions(predicted_doc(nlp, sentences, offsets), text, index)
        gold = [GoldAttribution(id=str(k), content=[(r["content"]["start"], r["content"]["end"])],
                                source=[(r["source"]["start"], r["source"]["end"])] if r.get("source") else [],
                                cue=[(r["cue"]["start"], r["cue"]["end"])] if r.get("cue") else [])
                for k, r in enumerate(reference)]
        total = total + score_article(predicted, gold, text)
        sentences_seen += len(sentences)

    print(f"UD English-EWT {'+'.join(splits)}: {len(docs)} documents, {sentences_seen} sentences, "
          f"{total.gold_attributions} attributions on gold trees, {total.predicted_attributions} on predicted "
          f"trees ({time.perf_counter() - started:.0f} s)")
    print("predicted trees scored against gold trees (same rules, same tokens):")
    print(f"| {'role':8} | {'mode':7} | {'P':>5} | {'R':>5} | {'F1':>5} |")
    print("|---|---|---:|---:|---:|")
    for role in ("source", "cue", "content"):
        for mode in ("overlap", "exact"):
            c = total.spans[role, mode]
            print(f"| {role:8} | {mode:7} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
