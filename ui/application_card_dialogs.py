"""The card's two small forms: withdrawal (reason and note) and correction of data; they call back to act."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.application_card import ApplicationCard
from app.services.archive import WITHDRAWAL_REASONS
from app.services.reference_data import Kindergarten
from ui.act_dialog import ActDialog
from ui.intake import codes
from ui.intake.kindergarten_picker import KindergartenPicker


class WithdrawDialog(ActDialog):
    def __init__(
        self, on_withdraw: Callable[[str, str], UserError | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._on_withdraw = on_withdraw
        self.setWindowTitle(self.tr("Withdraw the application"))
        self.reason = QComboBox()
        for code in WITHDRAWAL_REASONS:
            self.reason.addItem(codes.label(codes.ARCHIVE_REASONS, code), code)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.ok_button.setText(self.tr("&Withdraw and print"))
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def act(self) -> UserError | None:
        return self._on_withdraw(str(self.reason.currentData()), self.note.toPlainText())


class CorrectionDialog(ActDialog):
    """Names, phone, e-mail, language of documents and kindergartens; only changed values are sent."""

    def __init__(
        self,
        card: ApplicationCard,
        kindergartens: Sequence[Kindergarten],
        language: str,
        on_correct: Callable[[Mapping[str, object]], UserError | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_correct = on_correct
        self.setWindowTitle(self.tr("Correct data"))
        values = {
            "child_last_name": card.child.last_name,
            "child_first_name": card.child.first_name,
            "child_middle_name": card.child.middle_name,
            "applicant_last_name": card.applicant.last_name,
            "applicant_first_name": card.applicant.first_name,
            "applicant_middle_name": card.applicant.middle_name,
            "phone": card.phone,
            "email": card.email,
        }
        self.original: dict[str, object] = {**values, "doc_language": card.doc_language,
                                            "preferred_orgs": card.preferred_orgs}  # fmt: skip
        self.edits = {field: QLineEdit(value) for field, value in values.items()}
        self.doc_language = QComboBox()
        for code in ("kk", "ru"):
            self.doc_language.addItem(codes.label(codes.LANGUAGES, code), code)
        self.doc_language.setCurrentIndex(max(self.doc_language.findData(card.doc_language), 0))
        self.kindergartens = KindergartenPicker(max(4, len(card.preferred_orgs)))
        self.kindergartens.set_kindergartens(kindergartens, language)
        self.kindergartens.set_chosen(card.preferred_orgs)
        self.ok_button.setText(self.tr("&Save the correction"))
        form = QFormLayout()
        for field, edit in self.edits.items():
            form.addRow(codes.label(codes.FIELDS, field) + ":", edit)
        form.addRow(codes.label(codes.FIELDS, "doc_language") + ":", self.doc_language)
        form.addRow(codes.label(codes.FIELDS, "preferred_orgs") + ":", self.kindergartens)
        note = QLabel(
            self.tr("The IIN, the birth date and the category are not corrected: that is a new application.")
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def changes(self) -> dict[str, object]:
        current: dict[str, object] = {field: edit.text().strip() for field, edit in self.edits.items()}
        current["doc_language"] = str(self.doc_language.currentData())
        current["preferred_orgs"] = self.kindergartens.chosen()
        return {field: value for field, value in current.items() if value != self.original[field]}

    def act(self) -> UserError | None:
        return self._on_correct(self.changes())
