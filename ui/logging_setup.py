"""The GUI's log: a rotating file in the user log folder, with Qt's own messages routed into it."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger(f"qt.{context.category or 'default'}").log(
        _QT_LEVELS.get(kind, logging.WARNING), message
    )


def setup_logging(folder: Path | None = None) -> Path:
    """Log INFO and above to kezek.log (1 MB × 5 files); returns the log file's path."""
    folder = folder or Path(platformdirs.user_log_dir("Kezek", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kezek.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    for console in root.handlers:
        # A console the command line set up keeps showing warnings only; the detail goes to the file.
        if console.level == logging.NOTSET:
            console.setLevel(logging.WARNING)
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    qInstallMessageHandler(_qt_message)
    return path
