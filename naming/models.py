"""Where Stanza models live, what each language offers, and installing them.

Nothing here downloads unless the user runs `naming models install` without `--from`.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Processors the pipeline can use, in Stanza's order; which ones a language has decides its level.
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")


class MissingModelError(Exception):
    """A Stanza model the run needs is not in the model directory."""

    def __init__(self, lang: str | None, models_dir: Path, what: str = "models"):
        self.lang = lang
        self.models_dir = models_dir
        # lang None: the directory itself is missing or unreadable, whatever the language
        super().__init__(
            f"no Stanza {what}{f' for language {lang!r}' if lang else ''} in {models_dir}; install with: "
            f"naming models install {lang or 'LANG'} [--from DIR]  (or point NAMING_STANZA_DIR / --models at a Stanza "
            "resources directory)"
        )


def resolve_models_dir(models_dir: str | os.PathLike | None = None) -> Path:
    """--models DIR, else NAMING_STANZA_DIR, else Stanza's own default directory."""
    if models_dir:
        return Path(models_dir).expanduser()
    if os.environ.get("NAMING_STANZA_DIR"):
        return Path(os.environ["NAMING_STANZA_DIR"]).expanduser()
    if os.environ.get("STANZA_RESOURCES_DIR"):
        return Path(os.environ["STANZA_RESOURCES_DIR"]).expanduser()
    return Path.home() / "stanza_resources"


def _resources(models_dir: Path) -> dict:
    path = models_dir / "resources.json"
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise MissingModelError(None, models_dir, f"resources.json (unreadable: {exc})") from None


@dataclass(frozen=True)
class LanguageModels:
    lang: str
    processors: dict[str, str]   # processor -> package, only those whose file is present
    missing: dict[str, str]      # listed in resources.json but absent on disk

    @property
    def level(self) -> str:
        if "depparse" in self.processors:
            return "parse"
        if "lemma" in self.processors:
            return "lemma"
        if "tokenize" in self.processors:
            return "tokens"
        return "surface"

    @property
    def version_key(self) -> str:
        """Identifies the models, for cache keys: a new model means a new parse."""
        return ",".join(f"{p}={pkg}" for p, pkg in sorted(self.processors.items()))


def language_models(lang: str, models_dir: Path) -> LanguageModels:
    resources = _resources(models_dir)
    entry = resources.get(lang, {})
    if "alias" in entry:
        lang, entry = entry["alias"], resources.get(entry["alias"], {})
    wanted = entry.get("default_processors", {})
    present, missing = {}, {}
    for processor in PROCESSORS:
        package = wanted.get(processor)
        if not package:
            continue
        if (models_dir / lang / processor / f"{package}.pt").is_file():
            present[processor] = package
        else:
            missing[processor] = package
    if "tokenize" not in present:
        present = {}
    return LanguageModels(lang, present, missing)


def models_status(models_dir: Path) -> list[LanguageModels]:
    resources = _resources(models_dir)
    langs = sorted(k for k, v in resources.items() if isinstance(v, dict) and "default_processors" in v)
    return [language_models(lang, models_dir) for lang in langs]


def install_models(langs: list[str], models_dir: Path, source: Path | None = None) -> list[str]:
    """Copy languages from a local Stanza resources directory, or download them with Stanza.

    resources.json is rewritten atomically so an interrupted install never leaves it half-written.
    """
    models_dir.mkdir(parents=True, exist_ok=True)
    done = []
    if source is None:
        import stanza

        for lang in langs:
            stanza.download(lang, model_dir=str(models_dir), verbose=False)
            done.append(lang)
        return done
    source_resources = _resources(source)
    if not source_resources:
        raise MissingModelError(langs[0] if langs else None, source, "resources.json")
    target_resources = _resources(models_dir)
    for lang in langs:
        if lang not in source_resources or not (source / lang).is_dir():
            raise MissingModelError(lang, source)
        shutil.copytree(source / lang, models_dir / lang, dirs_exist_ok=True)
        target_resources[lang] = source_resources[lang]
        for key, value in source_resources.items():
            if isinstance(value, dict) and value.get("alias") == lang:
                target_resources[key] = value
        done.append(lang)
    for key, value in source_resources.items():
        if not isinstance(value, dict) or "default_processors" not in value and "alias" not in value:
            target_resources.setdefault(key, value)
    handle, tmp = tempfile.mkstemp(dir=models_dir, prefix=".resources.", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(target_resources, out, ensure_ascii=False, indent=1)
    os.replace(tmp, models_dir / "resources.json")
    return done
