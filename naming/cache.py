"""The annotation cache: parsed documents in one SQLite file, keyed by text, language and models.

SQLite commits atomically, so a run killed mid-write leaves either the whole entry or none, and
several runs can share one cache. Its place: --cache DIR, else NAMING_CACHE, else .naming-cache/.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from pathlib import Path

SCHEMA = "CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, lang TEXT, created REAL, data BLOB)"


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


class AnnotationCache:
    def __init__(self, directory: str | os.PathLike | None = None):
        self.directory = resolve_cache_dir(directory)
        self.path = self.directory / "annotations.sqlite"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=60)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(SCHEMA)
            self._db.commit()
        except (OSError, sqlite3.DatabaseError) as exc:
            raise CacheError(f"{self.path}: cannot open the annotation cache: {exc}") from None

    def get(self, key: str) -> dict | None:
        row = self._db.execute("SELECT data FROM docs WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return json.loads(zlib.decompress(row[0]))
        except (zlib.error, json.JSONDecodeError):
            # an unreadable entry is dropped and rebuilt, never trusted
            self._db.execute("DELETE FROM docs WHERE key = ?", (key,))
            self._db.commit()
            return None

    def put(self, key: str, lang: str, data: dict) -> None:
        import time

        blob = zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?)", (key, lang, time.time(), blob))

    def info(self) -> dict:
        count, size = self._db.execute("SELECT COUNT(*), COALESCE(SUM(LENGTH(data)), 0) FROM docs").fetchone()
        langs = dict(self._db.execute("SELECT lang, COUNT(*) FROM docs GROUP BY lang").fetchall())
        return {"path": str(self.path), "documents": count, "bytes": size, "languages": langs}

    def clear(self) -> int:
        with self._db:
            count = self._db.execute("DELETE FROM docs").rowcount
        self._db.execute("VACUUM")
        return count

    def close(self) -> None:
        self._db.close()
