"""Refresh resources/i18n/kezek_{kk,ru,en}.ts from ui/ (pyside6-lupdate keeps the existing translations)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("kk", "ru", "en")


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if found is None:
        raise SystemExit("pyside6-lupdate was not found; install the dev dependencies into the venv")
    return found


def main() -> int:
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))
    targets = [f"resources/i18n/kezek_{language}.ts" for language in LANGUAGES]
    command = [lupdate(), "-locations", "none", "-no-obsolete", *sources, "-ts", *targets]
    return subprocess.run(command, cwd=ROOT, check=False).returncode  # noqa: S603 - fixed arguments


if __name__ == "__main__":
    raise SystemExit(main())
