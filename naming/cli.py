"""The `naming` command: parses arguments and calls the library, nothing more."""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_SKIPPED = 0, 1, 3


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return int(value)


def _analysis_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", help="files (.txt, .csv, .jsonl, .parquet) or folders of them")
    parser.add_argument("--lexicon", action="append", metavar="FILE",
                        help="a lexicon YAML file (repeatable); default: the bundled lexicons")
    parser.add_argument("--models", metavar="DIR", help="Stanza resources directory (default: NAMING_STANZA_DIR)")
    parser.add_argument("--cache", metavar="DIR", help="annotation cache (default: NAMING_CACHE or .naming-cache/)")
    parser.add_argument("--no-cache", action="store_true", help="parse everything again, store nothing")
    parser.add_argument("--strict-models", action="store_true",
                        help="fail when a language has no Stanza model instead of using surface forms")
    parser.add_argument("--encoding", help="encoding of the input files (default: UTF-8, BOM-aware)")
    parser.add_argument("--lenient", action="store_true", help="replace undecodable bytes instead of skipping the file")
    parser.add_argument("--max-chars", type=int, metavar="N",
                        help="skip articles longer than N characters (default 1,000,000; 0: no limit)")
    parser.add_argument("--engine", choices=("local", "dask"), default=None,
                        help="local (this machine, --workers processes) or dask (a Dask cluster; see --scheduler)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (implies --engine dask; "
                             "without it the dask engine starts a local cluster of --workers processes)")
    parser.add_argument("--workers", type=_positive_int, default=1, metavar="N",
                        help="processes parsing in parallel (local engine), or workers of a local Dask cluster")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="progress bar on stderr (default: only when stderr is a terminal)")


def _analyzer(args):
    from .pipeline import Analyzer

    return Analyzer(args.lexicon, args.models, args.cache, use_cache=not args.no_cache, strict=args.strict_models)


def _run(analyzer, args):
    """Every article of the inputs with the engine the options name; results keep no parse tokens."""
    engine = args.engine or ("dask" if args.scheduler else "local")
    return analyzer.run(args.inputs, args.encoding, args.lenient, engine=engine, workers=args.workers,
                        scheduler=args.scheduler, progress=args.progress, keep_docs=False,
                        max_chars=None if args.max_chars is None else max(0, args.max_chars))


# Control characters (terminal escape sequences), bidirectional overrides and line separators in file
# names or article text must not reach a terminal as they are.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def printable(value) -> str:
    """`value` as one line safe to print on a terminal: control characters are shown escaped."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(value))


def _report_skipped(run) -> int:
    """Say on stderr what was read with changes (--lenient) and what was skipped; the exit status says
    whether anything was skipped."""
    for result in run.articles:
        for note in getattr(result.article, "notes", ()):
            print(f"note: {printable(result.article.source)}: {printable(note)}", file=sys.stderr)
    for skipped in run.skipped:
        print(f"skipped: {printable(skipped.source)}: {printable(skipped.reason)}", file=sys.stderr)
    return EXIT_SKIPPED if run.skipped else EXIT_OK


def _write_rows(rows, fmt: str, out) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        import pandas as pd

        frame = pd.DataFrame(rows)
        if fmt == "csv":
            from .report import csv_safe

            csv_safe(frame).to_csv(out, index=False)
        else:
            frame = pd.DataFrame([{k: printable(v) if isinstance(v, str) else ("—" if v is None else v)
                                   for k, v in row.items()} for row in rows])
            out.write(frame.to_string(index=False) + "\n" if len(frame) else "(none)\n")


def cmd_mentions(args) -> int:
    analyzer = _analyzer(args)
    run = _run(analyzer, args)
    rows = [m.contract() for result in run.articles for m in result.mentions]
    if args.format == "table":
        rows = [{k: r[k] for k in ("article", "variant", "text", "voice", "distanced", "speaker")} for r in rows]
    _write_rows(rows, args.format, sys.stdout)
    return _report_skipped(run)


def cmd_quotes(args) -> int:
    from .attribution import attribution_to_dict

    analyzer = _analyzer(args)
    run = _run(analyzer, args)
    if args.format == "csv":
        from .report import csv_safe

        csv_safe(run.attributions).to_csv(sys.stdout, index=False)
        return _report_skipped(run)
    rows = [attribution_to_dict(a, result.article.id) for result in run.articles for a in result.attributions]
    if args.format == "table":
        rows = [{"article": r["article"], "kind": r["kind"], "speaker": r["speaker"],
                 "content": (r["content"]["text"][:70] + "…") if len(r["content"]["text"]) > 70 else r["content"]["text"]}
                for r in rows]
    _write_rows(rows, args.format, sys.stdout)
    return _report_skipped(run)


def cmd_report(args) -> int:
    """`report` and `compare` write the same report; `compare` leaves out the per-article pages."""
    from .report import write_report

    analyzer = _analyzer(args)
    run = _run(analyzer, args)
    out = Path(args.out)
    written = write_report(run, analyzer.lexicons, out, by=args.by, min_n=args.min_n, title=args.title,
                           per_article=args.command == "report")
    print(f"wrote {len(written)} files to {out}/ ({len(run.articles)} articles grouped by {args.by}, "
          f"{sum(len(r.mentions) for r in run.articles)} mentions, {len(run.skipped)} skipped)")
    return _report_skipped(run)


def cmd_models(args) -> int:
    from .models import install_models, models_status, resolve_models_dir

    models_dir = resolve_models_dir(args.models)
    if args.action == "status":
        status = models_status(models_dir)
        print(f"Stanza models in {models_dir}" + ("" if status else " — none found (naming models install LANG)"))
        for lang in status:
            processors = ", ".join(f"{p}={pkg}" for p, pkg in lang.processors.items()) or "-"
            missing = f"  missing: {', '.join(lang.missing)}" if lang.missing else ""
            print(f"  {lang.lang}: level {lang.level:<7} {processors}{missing}")
        print("  other languages: surface forms + suffix tables, quote-mark attribution")
        return EXIT_OK
    if not args.langs:
        print("naming models install: name at least one language, e.g. `naming models install en`", file=sys.stderr)
        return EXIT_ERROR
    done = install_models(args.langs, models_dir, Path(args.source) if args.source else None)
    print(f"installed {', '.join(done)} into {models_dir}")
    return EXIT_OK


def cmd_lexicon(args) -> int:
    from . import lexicon as lex

    paths = [Path(p) for p in args.files] if args.files else lex.bundled_lexicon_paths()
    if args.action == "validate":
        diagnostics = lex.validate(paths)
        for d in diagnostics:
            print(printable(d))
        errors = sum(1 for d in diagnostics if d.level == "error")
        warnings = len(diagnostics) - errors
        print(f"{len(paths)} file(s): {errors} error(s), {warnings} warning(s)")
        return EXIT_ERROR if errors else EXIT_OK
    lexicons = lex.load_lexicons(paths)
    if args.action == "show":
        table = lex.lexicon_table(lexicons)
        if args.lang:
            table = table[table["lang"] == args.lang]
        print("\n".join(printable(line) for line in table.to_string(index=False).splitlines()))
        return EXIT_OK
    if args.action == "export":
        print(lex.export_quanteda(lexicons), end="")
        return EXIT_OK
    from .nlp import Annotator

    results = lex.run_examples(lexicons, Annotator(args.models))
    failed = [r for r in results if not r.passed]
    for r in failed:
        print(printable(r))
    print(f"{len(results)} example(s): {len(results) - len(failed)} passed, {len(failed)} failed")
    return EXIT_ERROR if failed else EXIT_OK


def cmd_cache(args) -> int:
    from .cache import AnnotationCache

    cache = AnnotationCache(args.cache)
    if args.action == "info":
        info = cache.info()
        kinds = ", ".join(f"{n} {k}" for k, n in info["kinds"].items()) or "empty"
        langs = ", ".join(f"{lang} {n}" for lang, n in info["languages"].items()) or "-"
        print(f"{info['path']}: {info['entries']} entries ({kinds}), {info['file_bytes'] / 1e6:.1f} MB on disk")
        print(f"  parsed paragraphs by language: {langs}")
    elif args.action == "verify":
        good, dropped = cache.verify()
        print(f"{cache.path}: {good} entries decode, {dropped} dropped")
    else:
        print(f"removed {cache.clear()} entries from {cache.path}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="naming", description="Who calls what by which name, in whose voice.")
    commands = parser.add_subparsers(dest="command", required=True)

    for name, help_text in (("report", "framing report on articles: Markdown, HTML, JSON, CSV, charts"),
                            ("compare", "compare groups (outlets, languages, months) side by side")):
        p = commands.add_parser(name, help=help_text)
        _analysis_options(p)
        p.add_argument("--out", default=f"reports/{name}", help=f"output folder (default reports/{name})")
        p.add_argument("--by", default="outlet",
                       help="group articles by this metadata column (outlet, lang, month, ...); default outlet")
        p.add_argument("--min-n", type=int, default=10, help="mentions below which a cell is shown but not tested")
        p.add_argument("--title", help="report title")
        p.set_defaults(func=cmd_report)

    for name, func, help_text in (("mentions", cmd_mentions, "every lexicon mention, with voice and speaker"),
                                  ("quotes", cmd_quotes, "every attribution found (quotes, reported speech)")):
        p = commands.add_parser(name, help=help_text)
        _analysis_options(p)
        p.add_argument("--format", choices=("jsonl", "csv", "table"), default="table")
        p.set_defaults(func=func)

    p = commands.add_parser("models", help="Stanza models: status, install")
    p.add_argument("action", choices=("status", "install"))
    p.add_argument("langs", nargs="*")
    p.add_argument("--models", metavar="DIR", help="Stanza resources directory to use or install into")
    p.add_argument("--from", dest="source", metavar="DIR", help="copy from this local Stanza resources directory")
    p.set_defaults(func=cmd_models)

    p = commands.add_parser("lexicon", help="lexicons: validate, show, test, export")
    p.add_argument("action", choices=("validate", "show", "test", "export"))
    p.add_argument("files", nargs="*", help="lexicon files (default: the bundled lexicons)")
    p.add_argument("--lang", help="show: only this language")
    p.add_argument("--format", choices=("quanteda",), default="quanteda", help="export format")
    p.add_argument("--models", metavar="DIR")
    p.set_defaults(func=cmd_lexicon)

    p = commands.add_parser("cache", help="the annotation cache: info, clear, verify")
    p.add_argument("action", choices=("info", "clear", "verify"))
    p.add_argument("--cache", metavar="DIR", help="the cache (default: NAMING_CACHE or .naming-cache/)")
    p.set_defaults(func=cmd_cache)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .cache import CacheError
    from .corpus import CorpusError
    from .models import MissingModelError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (MissingModelError, CorpusError, CacheError) as exc:
        print(f"naming: error: {printable(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # lexicon errors carry every diagnostic in their message
        if type(exc).__name__ == "LexiconError":
            print("naming: " + "\n".join(printable(line) for line in str(exc).splitlines()), file=sys.stderr)
            return EXIT_ERROR
        raise


if __name__ == "__main__":
    sys.exit(main())
