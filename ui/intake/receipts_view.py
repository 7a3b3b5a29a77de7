"""The register of issued refusal receipts (Annex 3), newest first, with reprinting."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.rules_profile import RulesProfile
from app.services.receipts import ReceiptRow, list_receipts
from app.services.session import Database
from ui.intake import acts
from ui.intake.local_format import format_moment

SHOWN = 500


class ReceiptsView(QWidget):
    document_ready = Signal(bytes)

    def __init__(
        self, db: Database, profile: RulesProfile, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._profile, self._language = db, profile, language
        self.rows: list[ReceiptRow] = []
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.reprint())
        self.reprint_button = QPushButton()
        self.reprint_button.clicked.connect(self.reprint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reprint_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    def refresh(self) -> None:
        with self._db.reading() as session:
            self.rows = list_receipts(session, SHOWN)
        self.table.setRowCount(len(self.rows))
        for row, receipt in enumerate(self.rows):
            missing = "; ".join(
                self._profile.document_kind(c).name(self._language) for c in receipt.missing_codes
            )
            values = (receipt.receipt_no, format_moment(receipt.issued_at), receipt.applicant_name,
                      f"{receipt.child_name} ({receipt.child_iin})", missing)  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def reprint(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.document_ready.emit(acts.receipt_pdf(self._db, self.rows[row].receipt_no))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Receipt No."), self.tr("Issued"), self.tr("Applicant"), self.tr("Child"),
             self.tr("Missing or expired documents")]
        )  # fmt: skip
        self.reprint_button.setText(self.tr("&Print again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
