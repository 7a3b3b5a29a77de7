"""Run-time translations: our .ts compiled to .qm on demand, Qt's own qtbase, the locale, the saved choice."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ui.settings_store import settings

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
LOCALES = {"kk": "kk_KZ", "ru": "ru_KZ", "en": "en_US"}
SETTINGS_KEY = "ui/language"
DEFAULT_LANGUAGE = "kk"

log = logging.getLogger(__name__)


def i18n_dir() -> Path:
    return Path(str(files("resources.i18n")))


def ts_path(language: str) -> Path:
    return i18n_dir() / f"kezek_{language}.ts"


def lrelease_command() -> list[str]:
    """PySide6's bundled lrelease binary, else the `pyside6-lrelease` wrapper on PATH."""
    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if binary.exists():
        return [str(binary)]
    wrapper = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if wrapper is None:
        raise RuntimeError("lrelease was not found next to PySide6 nor as pyside6-lrelease")
    return [wrapper]


def compile_ts(source: Path, target: Path) -> Path:
    """Compile a .ts file to .qm (written aside and renamed, so a reader never sees half a file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    result = subprocess.run(  # noqa: S603 - our own binary and paths, no shell
        [*lrelease_command(), "-silent", str(source), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not partial.exists():
        raise RuntimeError(
            f"lrelease failed on {source.name}: {result.stderr.strip() or result.stdout.strip()}"
        )
    partial.replace(target)
    return target


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime)


def qm_path(language: str, cache_dir: Path | None = None) -> Path:
    """The compiled catalogue: the one shipped next to the .ts if current, else one built in the cache."""
    ts = ts_path(language)
    shipped = ts.with_suffix(".qm")
    if _fresh(shipped, ts):
        return shipped
    cached = (
        (cache_dir or Path(platformdirs.user_cache_dir("Kezek", appauthor=False))) / "i18n" / shipped.name
    )
    if not _fresh(cached, ts):
        log.info("compiling %s to %s", ts, cached)
        compile_ts(ts, cached)
    return cached


def saved_language() -> str:
    """The language chosen last time, else the system's if we have it, else Kazakh."""
    stored = settings().value(SETTINGS_KEY)
    if isinstance(stored, str) and stored in LANGUAGES:
        return stored
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else DEFAULT_LANGUAGE


class Translations:
    """Owns the installed translators; `apply` swaps them, and Qt tells every widget (LanguageChange)."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self.cache_dir = cache_dir
        self.language: str | None = None
        self._installed: list[QTranslator] = []

    def apply(self, language: str, *, remember: bool = False) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        loaded = [self._ours(language), *self._qt_base(language)]
        self.remove()
        self._installed = loaded
        for translator in loaded:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(LOCALES[language]))
        self.language = language
        if remember:
            store: QSettings = settings()
            store.setValue(SETTINGS_KEY, language)
            store.sync()

    def remove(self) -> None:
        """Uninstall our translators (the texts fall back to English)."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        self.language = None

    def _ours(self, language: str) -> QTranslator:
        translator = QTranslator()
        path = qm_path(language, self.cache_dir)
        if not translator.load(str(path)):
            raise RuntimeError(f"the translation {path} could not be loaded")
        return translator

    def _qt_base(self, language: str) -> list[QTranslator]:
        translator = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{language}", folder):
            return [translator]
        log.warning("Qt's own translation qtbase_%s was not found in %s", language, folder)
        return []
