"""naming: who calls what by which name, in whose voice.

`analyze(inputs)` returns the Mention DataFrame; `compare(df, by="outlet")` the comparison tables.
Heavy modules (Stanza, matplotlib) load only when used.
"""
from __future__ import annotations

__version__ = "0.1.0"


def analyze(inputs, lexicons=None, models_dir=None, cache_dir=None, use_cache: bool = True, *,
            engine: str = "local", workers: int = 1, scheduler=None, progress: bool | None = None):
    """The Mention table of every article in `inputs`; `engine`, `workers`, `scheduler` and `progress` as
    for `naming report` (`--engine dask --scheduler ADDRESS --workers N`), see `naming.pipeline.analyze`."""
    from .pipeline import analyze as _analyze

    return _analyze(inputs, lexicons, models_dir, cache_dir, use_cache, engine=engine, workers=workers,
                    scheduler=scheduler, progress=progress)


def compare(df, by: str = "outlet", **options):
    from .compare import compare as _compare

    return _compare(df, by=by, **options)
