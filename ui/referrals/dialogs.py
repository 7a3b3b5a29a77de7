"""The small dialogs of the referral acts: extension days, and the enrolment date with the contract number."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from ui.date_field import date_edit, date_of


class _ActDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.form = QFormLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)


class ExtendDialog(_ActDialog):
    """`submitted(days)`; the spin box allows what the rules profile allows."""

    submitted = Signal(int)

    def __init__(self, referral_no: str, max_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = QSpinBox()
        self.days.setRange(1, max_days)
        self.days.setValue(max_days)
        self.days_label = QLabel(self.tr("&Calendar days:"))
        self.days_label.setBuddy(self.days)
        self.form.addRow(self.days_label, self.days)
        self.setWindowTitle(self.tr("Extend referral {number}").format(number=referral_no))
        self.note.setText(
            self.tr("On the applicant's request, once, by up to {max} calendar days.").format(max=max_days)
        )

    def accept(self) -> None:
        super().accept()
        self.submitted.emit(self.days.value())


class EnrolDialog(_ActDialog):
    """`submitted(enrolled_on, contract_no)`; OK waits for a contract number."""

    submitted = Signal(object, str)

    def __init__(self, referral_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = local_time.today()
        self.enrolled_on = date_edit(today)
        self.contract_no = QLineEdit()
        self.date_label, self.contract_label = (
            QLabel(self.tr("Enrolled &on:")),
            QLabel(self.tr("&Contract No.:")),
        )
        self.date_label.setBuddy(self.enrolled_on)
        self.contract_label.setBuddy(self.contract_no)
        self.form.addRow(self.date_label, self.enrolled_on)
        self.form.addRow(self.contract_label, self.contract_no)
        self.ok_button.setEnabled(False)
        self.contract_no.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.setWindowTitle(self.tr("Enrolment by referral {number}").format(number=referral_no))
        self.note.setText(self.tr("The kindergarten confirmed the enrolment and signed the contract."))

    def accept(self) -> None:
        contract = self.contract_no.text().strip()
        if not contract:
            return
        super().accept()
        self.submitted.emit(date_of(self.enrolled_on), contract)
