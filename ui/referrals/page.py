"""The Referrals page (live referrals and their acts) and the Enrolment page, the same widget filtered."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.check_code import REFERRAL, read_check_code
from app.errors import UserError
from app.services.referral_views import ReferralRow
from ui import msgbox
from ui.error_dialog import report_exception
from ui.find_field import FindField
from ui.page_context import PageContext
from ui.pdf_preview import PdfPreviewDialog, preview_pdf
from ui.places.filtered_register import FilteredRegisterPage
from ui.referrals import acts
from ui.referrals.codes import REFERRAL_STATUSES, referral_columns
from ui.referrals.dialogs import EnrolDialog, ExtendDialog
from ui.row_table import selected_row
from ui.tasks import run_task

LIVE = "issued"


class ReferralsPage(FilteredRegisterPage):
    """`enrolment=True` shows only the referrals awaiting enrolment, with the Enrol and Print acts.

    `changed()` after every act; `document_ready(pdf)` for every printed referral.
    """

    changed = Signal()
    document_ready = Signal(bytes)

    def __init__(self, context: PageContext, enrolment: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(context, REFERRAL_STATUSES, LIVE, referral_columns, {1: 220, 5: 230}, parent)
        self.enrolment = enrolment
        self.last_document: bytes | None = None
        self.preview: PdfPreviewDialog | None = None
        self.dialog: QWidget | None = None
        self.show_previews = True
        self.total = 0
        """How many referrals the filters match; the table reads them a page at a time."""
        self.other_statuses = 0
        """When a find matches nothing under the status shown: how many it matches under the others."""
        self.print_button, self.extend_button = QPushButton(), QPushButton()
        self.decline_button, self.enrol_button = QPushButton(), QPushButton()
        self.find_edit = FindField(self)
        self._build()
        self.reload()
        self.retranslate()

    def _build(self) -> None:
        for widget in (self.status_label, self.status_combo, self.extend_button, self.decline_button):
            widget.setVisible(not self.enrolment)
        self.print_button.clicked.connect(self.print_referral)
        self.extend_button.clicked.connect(self.ask_extend)
        self.decline_button.clicked.connect(self.ask_decline)
        self.enrol_button.clicked.connect(self.ask_enrol)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.activated.connect(lambda _i: self.enrolment and self.ask_enrol())
        self.find_edit.submitted.connect(self.find)
        self.find_edit.emptied.connect(self.refresh)
        self.lay_out(
            (self.enrol_button, self.extend_button, self.decline_button, self.print_button), (self.find_edit,)
        )

    def refresh(self) -> None:
        db, org, find = self.context.db, self.org_combo.currentData(), self.find_edit.text()
        status = LIVE if self.enrolment else self.status_combo.currentData()
        self.model.set_pages(lambda offset: acts.rows(db, status, org, find, offset), acts.PAGE)
        self.total = acts.count(db, status, org, find)
        looked_for = find.strip() and status is not None and self.total == 0
        self.other_statuses = acts.count(db, None, org, find) if looked_for else 0
        self._update_count()
        self._update_buttons()

    def find(self) -> None:
        """Enter in the find field: the referrals it finds. One found is selected, ready for its act; a
        scanned referral QR is checked against the journal, and a warning says if it does not match."""
        self.refresh()
        if self.total == 1:
            self.table.selectRow(0)
            self.table.setFocus()
        code = read_check_code(self.find_edit.text())
        if code is None:
            return
        if code.kind != REFERRAL:
            msgbox.warning(self, self.tr("Not a referral"), self.tr("The code scanned is not a referral's."))
        elif not acts.genuine(self.context.db, code):
            text = self.tr(
                "The code scanned does not match referral {number} as it was issued. The printout may be "
                "altered or not from this register: check it against the referral in the table before "
                "acting on it."
            ).format(number=code.number)
            msgbox.warning(self, self.tr("Check code does not match"), text)

    def selected(self) -> ReferralRow | None:
        row: ReferralRow | None = selected_row(self.table)
        return row

    def _update_buttons(self) -> None:
        row = self.selected()
        live = row is not None and row.status == LIVE
        for button in (self.extend_button, self.decline_button, self.enrol_button):
            button.setEnabled(live)
        self.print_button.setEnabled(row is not None)

    def _changed(self, _row: ReferralRow) -> None:
        self.refresh()
        self.changed.emit()

    def print_referral(self) -> None:
        row = self.selected()
        if row is None:
            return
        task = run_task(lambda _s: acts.referral_pdf(self.context.db, row.referral_no), self)
        task.succeeded.connect(self._show_pdf)
        task.failed.connect(lambda error: report_exception(error, self))

    def _show_pdf(self, pdf: bytes) -> None:
        self.last_document = pdf
        self.document_ready.emit(pdf)
        if self.show_previews:
            self.preview = preview_pdf(pdf, "", self)

    def ask_extend(self) -> ExtendDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = ExtendDialog(
            row.referral_no,
            self.context.profile.extension_max_days,
            lambda days: self.extend(row.referral_no, days),
            self,
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def extend(self, referral_no: str, days: int) -> UserError | None:
        """The extension typed into the dialog; the refusal, if any, is for the dialog to show."""
        return self.attempt_in_dialog(
            lambda: acts.extend(self.context.db, self.context.actor, referral_no, days), self._changed
        )

    def ask_decline(self) -> None:
        row = self.selected()
        if row is None:
            return
        text = self.tr(
            "Record that the applicant declined referral {number}? The place returns to distribution "
            "and application {application} to its place in the queue."
        ).format(number=row.referral_no, application=row.application_no)
        msgbox.question(
            self, self.tr("Decline referral"), text, lambda yes: self._declined(yes, row.referral_no)
        )

    def _declined(self, yes: bool, referral_no: str) -> None:
        if yes:
            self.decline(referral_no)

    def decline(self, referral_no: str) -> bool:
        return self.attempt(
            lambda: acts.decline(self.context.db, self.context.actor, referral_no), self._changed
        )

    def ask_enrol(self) -> EnrolDialog | None:
        row = self.selected()
        if row is None or row.status != LIVE:
            return None
        dialog = EnrolDialog(
            row.referral_no, lambda day, contract: self.enrol(row.referral_no, day, contract), self
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def enrol(self, referral_no: str, enrolled_on: date, contract_no: str) -> UserError | None:
        """The enrolment typed into the dialog; the refusal, if any, is for the dialog to show."""
        return self.attempt_in_dialog(
            lambda: acts.enrol(self.context.db, self.context.actor, referral_no, enrolled_on, contract_no),
            self._changed,
        )

    def _update_count(self) -> None:
        text = self.tr("Referrals: {n}").format(n=self.total)
        if self.other_statuses:
            text += " " + self.tr("({n} found with another status)").format(n=self.other_statuses)
        self.count_label.setText(text)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Enrolment by referral") if self.enrolment else self.tr("Referrals"))
        self.retranslate_filters()
        self.print_button.setText(self.tr("&Print referral"))
        self.extend_button.setText(self.tr("E&xtend…"))
        self.decline_button.setText(self.tr("&Decline…"))
        self.enrol_button.setText(self.tr("&Enrol…"))
        self.find_edit.setPlaceholderText(self.tr("Find (Ctrl+F): number, IIN, name or QR code"))
        self._update_count()
        self.model.retranslate()


def enrolment_page(context: PageContext) -> ReferralsPage:
    """The Enrolment page: live referrals awaiting the kindergarten's confirmation."""
    return ReferralsPage(context, enrolment=True)
