"""The small dialogs of the referral acts: extension days, and the enrolment date with the contract number.

Each does its act on OK and stays open on a refusal, with what was typed, showing why (FormActDialog)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from app.domain import local_time
from app.errors import UserError
from ui.act_dialog import FormActDialog
from ui.date_field import date_edit, date_of


class ExtendDialog(FormActDialog):
    """`on_extend(days)` on OK; the spin box allows what the rules profile allows."""

    def __init__(
        self,
        referral_no: str,
        max_days: int,
        on_extend: Callable[[int], UserError | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_extend = on_extend
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

    def act(self) -> UserError | None:
        return self._on_extend(self.days.value())


class EnrolDialog(FormActDialog):
    """`on_enrol(enrolled_on, contract_no)` on OK, which waits for a contract number."""

    def __init__(
        self,
        referral_no: str,
        on_enrol: Callable[[date, str], UserError | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_enrol = on_enrol
        self.enrolled_on = date_edit(local_time.today())
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

    def act(self) -> UserError | None:
        return self._on_enrol(date_of(self.enrolled_on), self.contract_no.text().strip())
