"""Documents as bytes from the report builders, and saving bytes through a non-blocking file dialog."""

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


def ask_save(
    parent: QWidget | None, title: str, file_name: str, name_filter: str, on_chosen: Callable[[Path], None]
) -> QFileDialog:
    """Open a save dialog without blocking; `on_chosen(path)` runs when a file is picked."""
    dialog = QFileDialog(parent, title, file_name, name_filter)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(Path(file_name).suffix.lstrip("."))
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    dialog.open()
    return dialog
