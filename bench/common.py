"""Shared helpers of the benchmarks: the machine, the sample corpus, timing, lexicon edits."""
from __future__ import annotations

import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SEEDS = REPO / "seeds"


def bundled_models(shared: Path | None = None) -> Path | None:
    """The Stanza models laid beside the checkout (`<shared>/stanza_resources`), when the user names none
    (NAMING_STANZA_DIR, STANZA_RESOURCES_DIR), so that a benchmark's README command needs no environment set;
    None where the user's setting or Stanza's default applies."""
    if os.environ.get("NAMING_STANZA_DIR") or os.environ.get("STANZA_RESOURCES_DIR"):
        return None
    bundled = Path(shared or REPO.parent / "shared") / "stanza_resources"
    return bundled if (bundled / "resources.json").is_file() else None


def setup_env() -> None:
    """Use the Stanza models beside the checkout when NAMING_STANZA_DIR is not set (as the Makefile does)."""
    bundled = bundled_models()
    if bundled is not None:
        os.environ["NAMING_STANZA_DIR"] = str(bundled)
    import logging

    logging.getLogger("stanza").setLevel(logging.ERROR)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f", {int(line.split()[1]) / 2**20:.0f} GiB memory"
    except OSError:
        pass
    versions = []
    for name in ("torch", "stanza"):
        try:
            versions.append(f"{name} {__import__(name).__version__}")
        except Exception:
            pass
    try:
        load = f", load average {os.getloadavg()[0]:.1f} at the start"
    except OSError:
        load = ""
    return (f"{os.cpu_count()} cores ({cpu}){memory}, no GPU (torch CPU), Python {platform.python_version()}, "
            f"{', '.join(versions)}{load}")


def sample_articles(quick: bool = False, corpus: str | Path | None = None):
    """The sample articles (seeds/, or `corpus`); quick: two short English ones."""
    from naming.corpus import make_article, read_articles

    articles = list(read_articles([corpus or SEEDS], errors=[]))
    if not quick:
        return articles
    english = [a for a in articles if (a.lang or "en") == "en" and a.content.isascii()] or articles
    short = []
    for a in english[:2]:
        lines = [line for line in a.content[a.body_start:].splitlines() if line.strip()][:4]
        short.append(make_article("\n\n".join(lines), id=a.id, source=a.source))
        short[-1].outlet, short[-1].lang = a.outlet, a.lang
    return short


def write_jsonl(articles, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            body = a.content[a.body_start:]
            out.write(json.dumps({"id": a.id, "outlet": a.outlet, "date": a.date, "lang": a.lang, "text": body},
                                 ensure_ascii=False) + "\n")
    return path


def synthetic_corpus(articles, n: int, path: Path, seed: int = 7) -> Path:
    """`n` articles assembled from the paragraphs of the sample articles (same language, 3-8 paragraphs
    each, a headline of their own): every article's text is new, its paragraphs are not."""
    from naming.langid import identify_language

    rng = random.Random(seed)
    by_lang: dict[str, list[str]] = {}
    outlets = sorted({a.outlet or "unknown" for a in articles})
    for a in articles:
        lines = [line.strip() for line in a.content[a.body_start:].splitlines() if line.strip()]
        by_lang.setdefault(identify_language(a.body, hint=a.lang).code, []).extend(lines[1:])
    langs = sorted(by_lang)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            lang = langs[i % len(langs)]
            pool = by_lang[lang]
            paragraphs = rng.sample(pool, min(len(pool), rng.randint(3, 8)))
            out.write(json.dumps({"id": f"a{i:06d}", "outlet": outlets[i % len(outlets)], "lang": lang,
                                  "date": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}", "title": f"Article {i}",
                                  "text": "\n\n".join(paragraphs)}, ensure_ascii=False) + "\n")
    return path


def edited_lexicons(folder: Path) -> list[Path]:
    """Copies of the bundled lexicons with one term added (a lexicon edit)."""
    import yaml

    from naming.lexicon import bundled_lexicon_paths

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    edited = False
    for source in bundled_lexicon_paths():
        target = folder / source.name
        if not edited:
            data = yaml.safe_load(source.read_text(encoding="utf-8"))
            for concept in (data.get("concepts") or {}).values():
                for variant in (concept.get("variants") or {}).values():
                    terms = variant.get("terms") or {}
                    if isinstance(terms.get("en"), list):
                        terms["en"].append("bench edit term")
                        edited = True
                        break
                if edited:
                    break
            target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        else:
            shutil.copy(source, target)
        paths.append(target)
    return paths


class Timer:
    """Wall time (`seconds`) and the CPU time of this process, all its threads (`cpu`). On a shared
    machine the CPU time is the steadier measure of work done: waiting for a core does not count."""

    def __enter__(self):
        self.start, self.cpu_start = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start
        self.cpu = time.process_time() - self.cpu_start


def tempdir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"naming-bench-{prefix}-"))


def dump(result: dict, out: str | None) -> None:
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if out:
        Path(out).write_text(text + "\n", encoding="utf-8")
    print(text)
