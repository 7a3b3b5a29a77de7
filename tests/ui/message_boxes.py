"""The message boxes pages open without blocking, found and answered as a user would."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot


def open_box(qtbot: QtBot) -> QMessageBox:
    """The message box in front, once it is there."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def answer_yes(qtbot: QtBot) -> None:
    open_box(qtbot).button(QMessageBox.StandardButton.Yes).click()
