"""Documents as bytes from the report builders, and files chosen through non-blocking file dialogs."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget


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
    dialog = QFileDialog(parent, title, file_name, name_filter)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAcceptMode(mode)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
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
