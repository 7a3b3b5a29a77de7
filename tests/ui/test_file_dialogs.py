"""File dialogs open where the office last chose a file: an import's folder is where the next PDF is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ui.documents import ask_open
from ui.pdf_preview import PdfPreviewDialog
from ui.smoke import sample_pdf


def test_the_next_dialog_opens_in_the_folder_of_the_last_file_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    exchange = tmp_path / "обмен"
    exchange.mkdir()
    places = exchange / "places.csv"
    places.write_text("place_code\n", encoding="utf-8")
    chosen: list[Path] = []
    opening = ask_open(None, "Import", "Exchange files (*.csv *.xlsx)", chosen.append)
    opening.setOption(QFileDialog.Option.DontUseNativeDialog)
    opening.selectFile(str(places))
    opening.accept()
    assert chosen == [places]
    pdf = sample_pdf()
    preview = PdfPreviewDialog(pdf, "Notification")
    qtbot.addWidget(preview)
    saving = preview.ask_save()
    assert Path(saving.directory().absolutePath()) == exchange
    saving.selectFile(str(exchange / "notification.pdf"))
    saving.accept()
    assert (exchange / "notification.pdf").read_bytes() == pdf
