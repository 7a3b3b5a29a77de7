"""The Free places page: the places table filtered by status and kindergarten; publish, recall, refer by
hand, bulletins."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from app.errors import UserError
from app.exchange.imports import ImportResult
from app.services.places import PlaceRow
from app.services.referral_views import ReferralRow
from ui import msgbox
from ui.file_import import FileImport
from ui.intake.local_format import format_date
from ui.page_context import PageContext
from ui.places import acts
from ui.places.bulletin_panel import BulletinDialog
from ui.places.codes import PLACE_STATUSES as STATUS_NAMES
from ui.places.columns import place_columns
from ui.places.filtered_register import FilteredRegisterPage
from ui.places.manual_referral_dialog import ManualReferralDialog
from ui.places.publish_dialog import PublishPlaceDialog
from ui.reason_dialog import ReasonDialog
from ui.row_table import selected_row


class PlacesPage(FilteredRegisterPage):
    """`changed()` after every act that altered a place (publish, recall, a referral by hand)."""

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, STATUS_NAMES, "published", place_columns, {1: 200}, parent)
        self.dialog: QWidget | None = None
        self.total = 0
        """How many places the filters match; the table reads them a page at a time."""
        self.publish_button, self.recall_button = QPushButton(), QPushButton()
        self.refer_button, self.import_button = QPushButton(), QPushButton()
        self.file_import = FileImport(self, context.db, context.actor, "places", self._imported)
        self.bulletin_button = QPushButton()
        self._build()
        self.reload()
        self.retranslate()

    def _build(self) -> None:
        self.publish_button.clicked.connect(self.open_publish)
        self.recall_button.clicked.connect(self.ask_recall)
        self.refer_button.clicked.connect(self.ask_refer)
        self.import_button.clicked.connect(self.ask_import)
        self.bulletin_button.clicked.connect(self.open_bulletins)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(
            QKeySequence("Ctrl+N"),
            self,
            self.open_publish,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        buttons = (self.publish_button, self.recall_button, self.refer_button, self.import_button)
        self.lay_out((*buttons, self.bulletin_button))

    def refresh(self) -> None:
        db, status, org = self.context.db, self.status_combo.currentData(), self.org_combo.currentData()
        self.model.set_pages(lambda offset: acts.place_rows(db, status, org, offset), acts.PAGE)
        self.total = acts.count_places(db, status, org)
        self.count_label.setText(self.tr("Places: {n}").format(n=self.total))
        self._update_buttons()

    def selected(self) -> PlaceRow | None:
        row: PlaceRow | None = selected_row(self.table)
        return row

    def _update_buttons(self) -> None:
        row = self.selected()
        supervisor = self.context.actor.may("supervisor")
        self.publish_button.setEnabled(supervisor)
        self.recall_button.setEnabled(
            supervisor and row is not None and row.status in ("published", "referred")
        )
        self.refer_button.setEnabled(supervisor and row is not None and row.status == "published")
        self.import_button.setEnabled(supervisor)

    def open_publish(self) -> PublishPlaceDialog | None:
        if not self.publish_button.isEnabled():
            return None
        dialog = PublishPlaceDialog(
            self.context.db, self.context.actor, self.context.profile, self.orgs, self.language, self
        )
        dialog.published.connect(lambda _row: self._changed())
        dialog.open()
        self.dialog = dialog
        return dialog

    def ask_recall(self) -> ReasonDialog | None:
        row = self.selected()
        if row is None or not self.recall_button.isEnabled():
            return None
        dialog = ReasonDialog(
            self.tr("Recall place {code}").format(code=row.place_code),
            self.tr("Why does the kindergarten recall this place?"),
            lambda reason: self.recall(row.place_code, reason),
            self,
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def recall(self, place_code: str, reason: str) -> UserError | None:
        """The recall typed into the dialog; the refusal, if any, is for the dialog to show."""
        return self.attempt_in_dialog(
            lambda: acts.recall(self.context.db, self.context.actor, place_code, reason),
            lambda _row: self._changed(),
        )

    def ask_refer(self) -> ManualReferralDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = ManualReferralDialog(self.context.db, self.context.actor, row, self.language, self)
        dialog.saved.connect(self._referred)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _referred(self, referral: ReferralRow) -> None:
        self._changed()
        until = format_date(referral.valid_until) if referral.valid_until else ""
        msgbox.information(
            self,
            self.tr("Referral issued"),
            self.tr(
                "Referral {number} gives place {place} to application {application}, valid until {until}. "
                "It is printed on the Referrals page."
            ).format(
                number=referral.referral_no,
                place=referral.place_code,
                application=referral.application_no,
                until=until,
            ),
        )

    def ask_import(self) -> QWidget | None:
        return self.file_import.ask(self.tr("Import free places")) if self.import_button.isEnabled() else None

    def _imported(self, result: ImportResult) -> None:
        self._changed()
        msgbox.information(
            self,
            self.tr("Free places imported"),
            self.tr(
                "{n} place(s) published from the file; they are in today's bulletin of vacant places."
            ).format(n=result.created),
        )

    def _changed(self) -> None:
        self.last_error = None
        self.refresh()
        self.changed.emit()

    def open_bulletins(self) -> BulletinDialog:
        dialog = BulletinDialog(self.context, self)
        dialog.show()
        self.dialog = dialog
        return dialog

    def retranslate(self) -> None:
        self.title.setText(self.tr("Free places"))
        self.retranslate_filters()
        self.publish_button.setText(self.tr("&Publish place… (Ctrl+N)"))
        self.recall_button.setText(self.tr("&Recall…"))
        self.refer_button.setText(self.tr("Refer by &hand…"))
        self.refer_button.setToolTip(self.tr("A supervisor's act; the reason is journaled."))
        self.publish_button.setToolTip(self.tr("Free places are a supervisor's to publish and recall."))
        self.import_button.setText(self.tr("&Import places…"))
        self.import_button.setToolTip(
            self.tr("A places exchange file (.csv or .xlsx), as `kezek import places` takes.")
        )
        self.bulletin_button.setText(self.tr("&Bulletins…"))
        self.count_label.setText(self.tr("Places: {n}").format(n=self.total))
        self.model.retranslate()
