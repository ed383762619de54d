"""Engines that run an Analyzer over a corpus: in this process, in a pool of processes, or on Dask.

Every engine reads the corpus as a stream, cuts it into batches of articles in input order, and yields
the results in that order, so the output is the same whatever the engine and however many workers (a
paragraph's parse does not depend on the batch it is parsed in). A worker (a process of the pool, or a
Dask worker) builds its own Analyzer once from an `EngineSpec` (Stanza pipelines cannot be pickled, the
settings and the loaded lexicons can), keeps it for the next batches, and sends back plain dicts
(mentions, attributions, the language guess), never parses.

    naming report corpus.jsonl --workers 2                                 # two processes here
    naming report corpus.jsonl --engine dask --workers 4                   # a local Dask cluster
    naming report corpus.jsonl --scheduler tcp://10.0.0.5:8786             # a running Dask cluster

On a real cluster:
  1. Install the same version of naming (`pip install .`) and the Stanza models on every worker
     machine; point NAMING_STANZA_DIR at the models there (or pass `--models DIR`, a path on the workers).
  2. Start a scheduler (`dask scheduler`) and, on each machine, workers with one thread each, one per
     two cores or so: `dask worker tcp://10.0.0.5:8786 --nworkers 4 --nthreads 1` (torch already
     uses a few cores for each worker's Stanza; more threads per worker only take turns).
  3. Run `naming report ... --scheduler tcp://10.0.0.5:8786` where the corpus can be read: the articles
     travel to the workers with their tasks; only mentions and attributions come back.
  The cache: each worker uses `--cache DIR` (a path on the workers), else its NAMING_CACHE, else
  .naming-cache/ in its working directory. Give each machine a local cache (SQLite over NFS is not
  safe); the processes of one machine share theirs.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import sys
import threading
import types
import typing
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .attribution import VoiceMap
from .corpus import TABLE_SUFFIXES, TEXT_SUFFIXES, Article, read_articles
from .langid import LanguageGuess
from .matching import Match
from .mentions import Mention
from .nlp import Doc

ENGINES = ("local", "dask")


# --- what a worker needs ------------------------------------------------------------------------

@dataclass(frozen=True)
class EngineSpec:
    """The settings of an Analyzer, to build the same one in another process or machine.

    The lexicons travel loaded (pickled), so workers need no lexicon files; `models_dir` and
    `cache_dir` None mean the worker's own defaults (its NAMING_STANZA_DIR, NAMING_CACHE or
    .naming-cache/ in its working directory)."""
    lexicons: bytes
    models_dir: str | None
    cache_dir: str | None
    use_cache: bool
    strict: bool
    batch_size: int
    keep_docs: bool
    token: str

    @classmethod
    def of(cls, analyzer, keep_docs: bool = False) -> "EngineSpec":
        lexicons = pickle.dumps(analyzer.lexicons, protocol=pickle.HIGHEST_PROTOCOL)
        models = None if analyzer.models_dir is None else str(Path(analyzer.models_dir).expanduser().resolve())
        cache = None if analyzer.cache_dir is None else str(Path(analyzer.cache_dir).expanduser().resolve())
        digest = hashlib.sha256(lexicons)
        digest.update(repr((models, cache, analyzer.use_cache, analyzer.strict, analyzer.batch_size)).encode())
        return cls(lexicons, models, cache, analyzer.use_cache, analyzer.strict, analyzer.batch_size, keep_docs,
                   digest.hexdigest())

    def build(self):
        from .pipeline import Analyzer

        return Analyzer(pickle.loads(self.lexicons), self.models_dir, self.cache_dir, self.use_cache, self.strict,
                        self.batch_size)


# One Analyzer per worker process and settings; a lock makes the threads of a worker take turns
# (Stanza already uses the cores through torch, and one set of models per process is enough memory).
_WORKER_ANALYZERS: dict[str, object] = {}
_WORKER_LOCK = threading.RLock()


def worker_analyzer(spec: EngineSpec):
    with _WORKER_LOCK:
        analyzer = _WORKER_ANALYZERS.get(spec.token)
        if analyzer is None:
            analyzer = _WORKER_ANALYZERS[spec.token] = spec.build()
        return analyzer


def process_batch(spec: EngineSpec, articles: list[Article], skip_failures: bool = True) -> dict:
    """Run in a worker: analyse a batch of articles. Returns each result as plain data with the index
    of its article in the batch, and the articles whose analysis failed as (source, reason)."""
    with _WORKER_LOCK:
        analyzer = worker_analyzer(spec)
        errors: list | None = [] if skip_failures else None
        results = analyzer.process_many(articles, errors)
        index = {id(a): i for i, a in enumerate(articles)}
        return {"results": [(index[id(r.article)], result_to_dict(r, spec.keep_docs)) for r in results],
                "errors": errors or []}


def _init_pool_worker(threads: int) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", str(threads))
    try:
        import torch

        torch.set_num_threads(threads)
    except Exception:  # torch is Stanza's; a surface-only run does not need it
        pass


# --- results as plain data ----------------------------------------------------------------------

def result_to_dict(result, keep_docs: bool = False) -> dict:
    """An ArticleResult as JSON-like data, without its article (the caller has it)."""
    doc = result.doc.to_dict() if keep_docs else {"lang": result.doc.lang, "level": result.doc.level,
                                                   "processors": result.doc.processors, "tokens": [],
                                                   "sentences": []}
    return {
        "article": result.article.id,
        "language": dataclasses.asdict(result.language),
        "doc": doc,
        "voice": voice_to_dict(result.voice),
        "matches": [dataclasses.asdict(m) for m in result.matches],
        "mentions": [dataclasses.asdict(m) for m in result.mentions],
        "level": result.level,
    }


def _plain(value):
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    if isinstance(value, (list, tuple)):
        return [_plain(x) for x in value]
    return value


def voice_to_dict(voice: VoiceMap) -> dict:
    return {f.name: _plain(getattr(voice, f.name)) for f in dataclasses.fields(voice)}


def voice_from_dict(data: dict) -> VoiceMap:
    values = {}
    for name, value in data.items():
        item = _item_type(VoiceMap, name)
        values[name] = [_rebuild(item, x) for x in value] if isinstance(value, list) and item else value
    return VoiceMap(**values)


def result_from_dict(data: dict, article: Article):
    """The ArticleResult that `result_to_dict` was made from (the Doc without tokens unless kept)."""
    from .pipeline import ArticleResult

    voice = voice_from_dict(data["voice"])
    return ArticleResult(
        article=article,
        language=_rebuild(LanguageGuess, data["language"]),
        doc=Doc.from_dict(data["doc"]),
        voice=voice,
        matches=[_rebuild(Match, m) for m in data["matches"]],
        mentions=[_rebuild(Mention, m) for m in data["mentions"]],
        level=data["level"],
    )


@lru_cache(maxsize=None)
def _hints(cls) -> dict:
    return typing.get_type_hints(cls)


def _item_type(cls, name: str):
    args = typing.get_args(_hints(cls).get(name))
    return args[0] if len(args) == 1 and dataclasses.is_dataclass(args[0]) else None


def _dataclass_in(tp):
    """The dataclass a field holds, directly or as `X | None`; None for anything else."""
    if dataclasses.is_dataclass(tp):
        return tp
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            if dataclasses.is_dataclass(arg):
                return arg
    return None


@lru_cache(maxsize=None)
def _plan(cls) -> tuple:
    """For each field of a dataclass: (name, nested dataclass or None, whether it is a tuple)."""
    hints = _hints(cls)
    plan = []
    for f in dataclasses.fields(cls):
        tp = hints.get(f.name)
        inner = _dataclass_in(tp)
        if cls is Match and f.name == "term":
            from .lexicon import Term

            inner = Term
        plan.append((f.name, inner, typing.get_origin(tp) is tuple))
    return tuple(plan)


def _rebuild(cls, data):
    """A dataclass instance from `dataclasses.asdict` output, nested dataclasses included."""
    if data is None or not dataclasses.is_dataclass(cls) or not isinstance(data, dict):
        return data
    values = {}
    for name, inner, is_tuple in _plan(cls):
        if name not in data:
            continue
        value = data[name]
        if inner is not None and isinstance(value, dict):
            value = _rebuild(inner, value)
        elif is_tuple and isinstance(value, list):
            value = tuple(value)
        values[name] = value
    return cls(**values)


# --- progress ------------------------------------------------------------------------------------

def count_articles(inputs: Iterable[str | Path]) -> int | None:
    """How many articles the inputs hold, cheaply (for the progress bar's ETA); None when unknown."""
    total = 0
    try:
        for item in inputs:
            path = Path(item)
            if path.is_dir():
                files = [p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | TABLE_SUFFIXES
                         and not any(part.startswith(".") for part in p.relative_to(path).parts)]
            else:
                files = [path]
            for file in files:
                suffix = file.suffix.lower()
                if suffix in {".jsonl", ".ndjson"}:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                elif suffix == ".csv":
                    import csv

                    with file.open(newline="", encoding="utf-8-sig", errors="replace") as handle:
                        total += max(0, sum(1 for _ in csv.reader(handle)) - 1)
                elif suffix == ".parquet":
                    import pyarrow.parquet as pq

                    total += pq.ParquetFile(file).metadata.num_rows
                else:
                    total += 1
    except Exception:
        return None
    return total


class _Progress:
    """A tqdm bar on stderr (articles/s, ETA) when asked for, or by default when stderr is a terminal."""

    def __init__(self, enabled: bool | None, inputs, unit: str = "article"):
        if enabled is None:
            enabled = hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=count_articles(inputs), unit=unit, file=sys.stderr, dynamic_ncols=True,
                            mininterval=0.5, smoothing=0.1, desc="naming")

    def update(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# --- engines -------------------------------------------------------------------------------------

def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _ordered(submit, chunks: Iterable[list[Article]], window: int) -> Iterator[tuple[list[Article], list[dict]]]:
    """Submit batches with at most `window` in flight; hand back their results in submission order."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        while len(pending) >= window:
            chunk, future = pending.popleft()
            yield chunk, future.result()
    while pending:
        chunk, future = pending.popleft()
        yield chunk, future.result()


def execute(analyzer, inputs: list, *, encoding=None, lenient=False, errors=None, engine="local", workers=1,
            scheduler=None, progress=None, keep_docs=True, max_chars=None) -> Iterator:
    """Results of every article of `inputs`, in input order (see `Analyzer.iter_results`)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")
    workers = max(1, int(workers or 1))
    size = analyzer.batch_size
    if engine == "dask" or workers > 1:   # small corpora: enough batches to keep every worker busy
        total = count_articles(inputs)
        if total:
            size = max(1, min(size, -(-total // (2 * workers))))
    # results do not depend on how articles are batched: each paragraph is parsed on its own
    chunks = batches(read_articles(inputs, encoding=encoding, lenient=lenient, errors=errors, max_chars=max_chars),
                     size)
    bar = _Progress(progress, inputs)
    try:
        if engine == "local" and workers == 1:
            from .pipeline import doc_header

            for chunk in chunks:
                results = analyzer.process_many(chunk, errors)
                bar.update(len(chunk))
                for result in results:
                    if not keep_docs:
                        result.doc = doc_header(result.doc)
                    yield result
            return
        spec = EngineSpec.of(analyzer, keep_docs)
        runner = _run_pool if engine == "local" else _run_dask
        for chunk, done in runner(spec, chunks, workers, scheduler, errors is not None):
            bar.update(len(chunk))
            if errors is not None:
                errors.extend(tuple(e) for e in done["errors"])
            for index, row in done["results"]:
                yield result_from_dict(row, chunk[index])
    finally:
        bar.close()


def _run_pool(spec: EngineSpec, chunks, workers: int, scheduler=None, skip_failures: bool = True):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    threads = max(1, (os.cpu_count() or 1) // workers)
    # spawn, not fork: the parent may hold torch threads and a SQLite connection
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_init_pool_worker, initargs=(threads,)) as pool:
        yield from _ordered(lambda chunk: pool.submit(process_batch, spec, chunk, skip_failures), chunks,
                            window=2 * workers)


def _run_dask(spec: EngineSpec, chunks, workers: int, scheduler=None, skip_failures: bool = True):
    """Batches as Dask tasks. `scheduler`: a scheduler address ("tcp://host:8786"), a Client, a
    cluster object, or None for a LocalCluster of `workers` single-threaded processes on this machine."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:   # pragma: no cover - a declared dependency
        raise RuntimeError("the dask engine needs dask.distributed: pip install 'dask[distributed]'") from None
    owned = []
    if isinstance(scheduler, Client):
        client = scheduler
    elif scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        owned = [client, cluster]
    elif isinstance(scheduler, str):
        client = Client(scheduler)
        owned = [client]
    else:   # a cluster object (LocalCluster, a dask-jobqueue or Kubernetes cluster, ...)
        client = Client(scheduler)
        owned = [client]
    try:
        slots = sum(client.nthreads().values()) or workers
        [spec_future] = client.scatter([spec], broadcast=True, hash=False)
        yield from _ordered(lambda chunk: client.submit(process_batch, spec_future, chunk, skip_failures, pure=False),
                            chunks, window=2 * slots)
    finally:
        for thing in owned:
            thing.close()
