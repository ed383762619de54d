"""The annotation cache: parsed paragraphs (and language guesses) in one SQLite file.

Parsing with Stanza is the one costly step, so its output is kept: each paragraph's parse under a hash
of its text, its language and the model versions (see `naming.nlp.Annotator.version_key`), and each
article's language guess under a hash of its content and the language-identification code. A second
run, or a run after a lexicon edit, parses nothing: matching and attribution read the cached parse.

Where: `--cache DIR`, else `NAMING_CACHE`, else `.naming-cache/` in the current directory.

Safety: SQLite in WAL mode commits atomically, so a run killed at any point (even `kill -9` in the
middle of a write) leaves every entry whole or absent; each entry is also zlib-compressed, whose
checksum turns any damage into a miss that is dropped and rebuilt, never trusted. Several runs, and the
processes of one run, can share a cache: readers never wait, writers take turns.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
import zlib
from pathlib import Path
from typing import Iterable

log = logging.getLogger(__name__)

CACHE_FILE = "annotations.sqlite"
SCHEMA = ("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, kind TEXT NOT NULL, lang TEXT, "
          "created REAL, data BLOB NOT NULL)")
_IN_CHUNK = 500   # keys per SELECT ... IN (...)


class CacheError(Exception):
    pass


def resolve_cache_dir(cache_dir: str | os.PathLike | None = None) -> Path:
    if cache_dir:
        return Path(cache_dir).expanduser()
    if os.environ.get("NAMING_CACHE"):
        return Path(os.environ["NAMING_CACHE"]).expanduser()
    return Path.cwd() / ".naming-cache"


def cache_key(text: str, lang: str, models_key: str) -> str:
    digest = hashlib.sha256()
    for part in (models_key, lang, text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def encode(data) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 3)


def decode(blob: bytes):
    return json.loads(zlib.decompress(blob))


class AnnotationCache:
    """A key → JSON value store in SQLite, safe to share between threads, processes and runs."""

    def __init__(self, directory: str | os.PathLike | None = None):
        self.directory = resolve_cache_dir(directory)
        self.path = self.directory / CACHE_FILE
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._pid = None
        self._warned = False
        self._connect()

    # --- connection ---------------------------------------------------------------------------------

    def _connect(self) -> None:
        last = None
        for attempt in range(20):   # a fresh file being set up by another process at the same moment
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=60, check_same_thread=False, isolation_level=None)
                db.execute("PRAGMA busy_timeout = 60000")
                if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute(SCHEMA)
                db.execute("DROP TABLE IF EXISTS docs")   # the per-article layout of earlier versions
                self._db, self._pid = db, os.getpid()
                return
            except sqlite3.OperationalError as exc:   # "database is locked" while another opens it
                last = exc
                time.sleep(0.05 * (attempt + 1))
            except (OSError, sqlite3.DatabaseError) as exc:
                raise CacheError(f"{self.path}: cannot open the annotation cache: {exc}") from None
        raise CacheError(f"{self.path}: cannot open the annotation cache: {last}")

    @property
    def db(self) -> sqlite3.Connection:
        if self._pid != os.getpid():   # a forked child never uses its parent's connection
            self._connect()
        return self._db

    def close(self) -> None:
        with self._lock:
            if self._db is not None and self._pid == os.getpid():
                self._db.close()
            self._db = None
            self._pid = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getstate__(self):   # pickles as its place: the other process opens its own connection
        return {"directory": str(self.directory)}

    def __setstate__(self, state):
        self.__init__(state["directory"])

    # --- reading and writing ------------------------------------------------------------------------

    def get(self, key: str):
        return self.get_many([key]).get(key)

    def get_many(self, keys: Iterable[str]) -> dict:
        """The entries found among `keys`; an entry that does not decode is dropped (and rebuilt by the
        caller), never returned."""
        keys = list(dict.fromkeys(keys))
        found, bad = {}, []
        with self._lock:
            db = self.db
            for at in range(0, len(keys), _IN_CHUNK):
                chunk = keys[at:at + _IN_CHUNK]
                rows = db.execute(f"SELECT key, data FROM entries WHERE key IN ({','.join('?' * len(chunk))})",
                                  chunk).fetchall()
                for key, blob in rows:
                    try:
                        found[key] = decode(blob)
                    except (zlib.error, ValueError, TypeError):
                        bad.append(key)
            if bad:
                self._write(lambda db: db.executemany("DELETE FROM entries WHERE key = ?", [(k,) for k in bad]))
        return found

    def put(self, key: str, lang: str | None, data, kind: str = "parse") -> None:
        self.put_many([(key, kind, lang, data)])

    def put_many(self, items: Iterable[tuple[str, str, str | None, object]]) -> None:
        """Store ``(key, kind, lang, data)`` entries in one transaction. A cache that cannot be written
        (disk full, read-only, locked for a minute) costs speed, not the run: a warning, once."""
        now = time.time()
        rows = [(key, kind, lang, now, encode(data)) for key, kind, lang, data in items]
        if rows:
            self._write(lambda db: db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?)", rows))

    def _write(self, action) -> None:
        with self._lock:
            db = self.db
            try:
                db.execute("BEGIN IMMEDIATE")
                try:
                    action(db)
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
            except sqlite3.Error as exc:
                if not self._warned:
                    log.warning("%s: annotation cache not written (%s); going on without it", self.path, exc)
                    self._warned = True

    # --- upkeep -------------------------------------------------------------------------------------

    def info(self) -> dict:
        with self._lock:
            db = self.db
            count, size = db.execute("SELECT COUNT(*), COALESCE(SUM(LENGTH(data)), 0) FROM entries").fetchone()
            langs = dict(db.execute("SELECT lang, COUNT(*) FROM entries WHERE kind = 'parse' "
                                    "GROUP BY lang ORDER BY lang").fetchall())
            kinds = dict(db.execute("SELECT kind, COUNT(*) FROM entries GROUP BY kind ORDER BY kind").fetchall())
        on_disk = sum(p.stat().st_size for p in self.directory.glob(CACHE_FILE + "*") if p.is_file())
        return {"path": str(self.path), "documents": count, "entries": count, "bytes": size,
                "file_bytes": on_disk, "languages": langs, "kinds": kinds}

    def verify(self) -> tuple[int, int]:
        """Decode every entry; drop those that do not decode. Returns (good, dropped)."""
        good, bad = 0, []
        with self._lock:
            for key, blob in self.db.execute("SELECT key, data FROM entries"):
                try:
                    decode(blob)
                    good += 1
                except (zlib.error, ValueError, TypeError):
                    bad.append(key)
            if bad:
                self._write(lambda db: db.executemany("DELETE FROM entries WHERE key = ?", [(k,) for k in bad]))
        return good, len(bad)

    def clear(self) -> int:
        with self._lock:
            db = self.db
            db.execute("BEGIN IMMEDIATE")
            count = db.execute("DELETE FROM entries").rowcount
            db.execute("COMMIT")
            try:
                db.execute("VACUUM")   # gives the space back; skipped while another run reads the cache
            except sqlite3.OperationalError:
                pass
        return count
