"""The Free places page: the places table filtered by status and kindergarten; publish, recall, refer by
hand, bulletins."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import UserError
from app.exchange.imports import ImportResult
from app.services.places import PLACE_STATUSES, PlaceRow
from app.services.referral_views import ReferralRow
from ui import msgbox
from ui.error_dialog import report_exception
from ui.file_import import FileImport
from ui.intake.codes import label
from ui.intake.local_format import format_date
from ui.messages import show_error
from ui.page_context import PageContext
from ui.places import acts
from ui.places.bulletin_panel import BulletinDialog
from ui.places.codes import PLACE_STATUSES as STATUS_NAMES
from ui.places.codes import kindergarten_name
from ui.places.columns import place_columns
from ui.places.manual_referral_dialog import ManualReferralDialog
from ui.places.publish_dialog import PublishPlaceDialog
from ui.reason_dialog import ReasonDialog
from ui.row_table import RowTableModel, make_table, selected_row


class PlacesPage(QWidget):
    """`changed()` after every act that altered a place (publish, recall, a referral by hand)."""

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = context.translations.language or "en"
        self.last_error: UserError | None = None
        self.dialog: QWidget | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.status_combo, self.org_combo = QComboBox(), QComboBox()
        self.status_label, self.org_label = QLabel(), QLabel()
        self.status_label.setBuddy(self.status_combo)
        self.org_label.setBuddy(self.org_combo)
        self.model = RowTableModel(place_columns(self.language), self)
        self.table = make_table(self.model, {1: 200})
        self.count_label = QLabel()
        self.publish_button, self.recall_button = QPushButton(), QPushButton()
        self.refer_button, self.import_button = QPushButton(), QPushButton()
        self.file_import = FileImport(self, context.db, context.actor, "places", self._imported)
        self.bulletin_button, self.refresh_button = QPushButton(), QPushButton()
        self._build()
        self.reload_orgs()
        self.retranslate()

    def _build(self) -> None:
        self.status_combo.addItem("", None)
        for status in PLACE_STATUSES:
            self.status_combo.addItem("", status)
        self.status_combo.setCurrentIndex(self.status_combo.findData("published"))
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.org_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.publish_button.clicked.connect(self.open_publish)
        self.recall_button.clicked.connect(self.ask_recall)
        self.refer_button.clicked.connect(self.ask_refer)
        self.import_button.clicked.connect(self.ask_import)
        self.bulletin_button.clicked.connect(self.open_bulletins)
        self.refresh_button.clicked.connect(self.reload_orgs)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(
            QKeySequence("Ctrl+N"),
            self,
            self.open_publish,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence("F5"), self, self.reload_orgs, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        filters = QHBoxLayout()
        for widget in (self.status_label, self.status_combo, self.org_label, self.org_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        buttons = (self.publish_button, self.recall_button, self.refer_button, self.import_button)
        for button in (*buttons, self.bulletin_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def reload_orgs(self) -> None:
        current = self.org_combo.currentData()
        self.orgs = acts.orgs(self.context.db)
        self.org_combo.blockSignals(True)
        self.org_combo.clear()
        self.org_combo.addItem("", None)
        for org in self.orgs:
            self.org_combo.addItem(kindergarten_name(org.name_kk, org.name_ru, self.language), org.org_code)
        self.org_combo.setCurrentIndex(max(self.org_combo.findData(current), 0))
        self.org_combo.blockSignals(False)
        self._retranslate_filters()
        self.refresh()

    def refresh(self) -> None:
        rows = acts.place_rows(self.context.db, self.status_combo.currentData(), self.org_combo.currentData())
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("Places: {n}").format(n=len(rows)))
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
            self,
        )
        dialog.submitted.connect(lambda reason: self.recall(row.place_code, reason))
        dialog.open()
        self.dialog = dialog
        return dialog

    def recall(self, place_code: str, reason: str) -> None:
        try:
            acts.recall(self.context.db, self.context.actor, place_code, reason)
        except UserError as error:
            self.last_error = error
            show_error(self, error)
            self.refresh()
            return
        except Exception as error:  # a bug: logged and shown with its details
            report_exception(error, self)
            return
        self._changed()

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

    def _retranslate_filters(self) -> None:
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for index in range(1, self.status_combo.count()):
            self.status_combo.setItemText(index, label(STATUS_NAMES, self.status_combo.itemData(index)))
        self.org_combo.setItemText(0, self.tr("All kindergartens"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Free places"))
        self.status_label.setText(self.tr("&Status:"))
        self.org_label.setText(self.tr("&Kindergarten:"))
        self._retranslate_filters()
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
        self.refresh_button.setText(self.tr("Re&fresh (F5)"))
        self.count_label.setText(self.tr("Places: {n}").format(n=self.model.rowCount()))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
