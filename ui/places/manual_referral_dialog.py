"""The "Refer by hand" dialog: a supervisor gives the selected free place to one application, saying why.

The service checks everything a distribution run would (eligibility, the place still free and vacant, the
August freeze); a refusal is shown in the dialog, which stays open with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.actors import Actor
from app.services.places import PlaceRow
from app.services.session import Database
from ui.error_dialog import report_exception
from ui.intake import codes
from ui.intake.field_error import error_banner
from ui.messages import message_text
from ui.places import acts
from ui.places.codes import kindergarten_name


class ManualReferralDialog(QDialog):
    """`issued(ReferralRow)` once the referral is made; `last_error` holds the last refusal."""

    issued = Signal(object)

    def __init__(
        self, db: Database, actor: Actor, place: PlaceRow, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._db, self._actor, self.place, self._language = db, actor, place, language
        self.last_error: UserError | None = None
        self.place_label, self.note = QLabel(), QLabel()
        self.place_label.setWordWrap(True)
        self.note.setWordWrap(True)
        self.number_edit, self.reason_edit = QLineEdit(), QLineEdit()
        self.number_label, self.reason_label = QLabel(), QLabel()
        self.number_label.setBuddy(self.number_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.banner = error_banner()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.number_edit, self.reason_edit):
            edit.textChanged.connect(lambda _text: self._update_ok())
        form = QFormLayout()
        form.addRow(self.number_label, self.number_edit)
        form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.place_label)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update_ok()
        self.retranslate()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.number_edit.text().strip() and self.reason_edit.text().strip()))

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            referral = acts.refer_by_hand(
                self._db,
                self._actor,
                self.place.place_code,
                self.number_edit.text().strip(),
                self.reason_edit.text().strip(),
            )
        except UserError as error:
            self.last_error = error
            self.banner.setText(message_text(error))
            self.banner.show()
            self.adjustSize()  # the wrapped lines of the message need the height
            return
        except Exception as error:  # a bug: logged and shown with its details
            report_exception(error, self)
            return
        self.issued.emit(referral)
        self.accept()

    def retranslate(self) -> None:
        place = self.place
        self.setWindowTitle(self.tr("Refer by hand: place {code}").format(code=place.place_code))
        self.place_label.setText(
            self.tr("{kindergarten}, born in {year}: {language}, {group_type}, {work_mode}").format(
                kindergarten=kindergarten_name(place.org_name_kk, place.org_name_ru, self._language),
                year=place.birth_year,
                language=codes.label(codes.LANGUAGES, place.language),
                group_type=codes.label(codes.GROUP_TYPES, place.group_type),
                work_mode=codes.label(codes.WORK_MODES, place.work_mode),
            )
        )
        self.note.setText(
            self.tr(
                "The application must wait in this place's queue and be eligible for it, as in a "
                "distribution run. The reason is journaled, and the queue's cycle moves as after any "
                "referral."
            )
        )
        self.number_label.setText(self.tr("&Application number:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. the court decision and its date"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
