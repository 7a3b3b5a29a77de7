"""Documents as bytes from the report builders, and files chosen through non-blocking file dialogs."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.settings_store import settings

FOLDER_KEY = "files/folder"


def render(build: Callable[[Any, BinaryIO], None], data: object) -> bytes:
    buffer = io.BytesIO()
    build(data, buffer)
    return buffer.getvalue()


def _file_dialog(
    parent: QWidget | None,
    title: str,
    file_name: str,
    name_filter: str,
    mode: QFileDialog.AcceptMode,
    on_chosen: Callable[[Path], None],
) -> QFileDialog:
    """Opens in the folder the last file was chosen in (kept across sessions): an office reads and files
    its exchange files and documents in one place."""
    folder = str(settings().value(FOLDER_KEY, "") or "")
    dialog = QFileDialog(parent, title, str(Path(folder) / file_name) if folder else file_name, name_filter)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAcceptMode(mode)

    def chosen(name: str) -> None:
        store = settings()
        store.setValue(FOLDER_KEY, str(Path(name).parent))
        store.sync()
        on_chosen(Path(name))

    dialog.fileSelected.connect(chosen)
    return dialog


def ask_save(
    parent: QWidget | None, title: str, file_name: str, name_filter: str, on_chosen: Callable[[Path], None]
) -> QFileDialog:
    """Open a save dialog without blocking; `on_chosen(path)` runs when a file is picked."""
    dialog = _file_dialog(parent, title, file_name, name_filter, QFileDialog.AcceptMode.AcceptSave, on_chosen)
    dialog.setDefaultSuffix(Path(file_name).suffix.lstrip("."))
    dialog.open()
    return dialog


def ask_open(
    parent: QWidget | None, title: str, name_filter: str, on_chosen: Callable[[Path], None]
) -> QFileDialog:
    """Open a dialog choosing an existing file without blocking; `on_chosen(path)` runs when one is picked."""
    dialog = _file_dialog(parent, title, "", name_filter, QFileDialog.AcceptMode.AcceptOpen, on_chosen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.open()
    return dialog
