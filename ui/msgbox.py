"""The one door to message boxes: never blocking, so tests can find a box, read it and close it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton


def msgbox(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon,
    buttons: QMessageBox.StandardButton = Button.Ok,
    on_finished: Callable[[int], None] | None = None,
) -> QMessageBox:
    """Show a window-modal box with `open()` (never `exec()`) and return it at once.

    `on_finished` gets the clicked standard button. The box deletes itself when closed.
    """
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(buttons)
    if on_finished is not None:
        box.finished.connect(lambda _result: on_finished(_clicked(box)))
    box.open()
    return box


def _clicked(box: QMessageBox) -> int:
    button = box.clickedButton()
    return (box.standardButton(button) if button is not None else Button.NoButton).value


def information(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return msgbox(parent, title, text, icon=Icon.Information)


def warning(
    parent: QWidget | None, title: str, text: str, on_finished: Callable[[int], None] | None = None
) -> QMessageBox:
    return msgbox(parent, title, text, icon=Icon.Warning, on_finished=on_finished)


def critical(
    parent: QWidget | None, title: str, text: str, on_finished: Callable[[int], None] | None = None
) -> QMessageBox:
    return msgbox(parent, title, text, icon=Icon.Critical, on_finished=on_finished)


def question(parent: QWidget | None, title: str, text: str, on_answer: Callable[[bool], None]) -> QMessageBox:
    """Ask yes/no; `on_answer(True)` only for Yes (closing the box counts as No)."""
    return msgbox(
        parent,
        title,
        text,
        icon=Icon.Question,
        buttons=Button.Yes | Button.No,
        on_finished=lambda button: on_answer(button == Button.Yes.value),
    )
