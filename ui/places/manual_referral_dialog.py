"""The "Refer by hand" dialog: a supervisor gives the selected free place to one application, saying why.

The service checks everything a distribution run would (eligibility, the place still free and vacant, the
August freeze); a refusal is shown in the dialog, which stays open with what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import UserError
from app.services.actors import Actor
from app.services.places import PlaceRow
from app.services.referral_views import ReferralRow
from app.services.session import Database
from ui.intake import codes
from ui.places import acts
from ui.places.codes import kindergarten_name
from ui.record_dialog import RecordDialog


class ManualReferralDialog(RecordDialog):
    """`saved(ReferralRow)` once the referral is made; `last_error` holds the last refusal."""

    def __init__(
        self, db: Database, actor: Actor, place: PlaceRow, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self.place, self._language = db, actor, place, language
        self.place_label, self.note = QLabel(), QLabel()
        self.place_label.setWordWrap(True)
        self.note.setWordWrap(True)
        self.number_edit, self.reason_edit = QLineEdit(), QLineEdit()
        form = self.field_rows({"application_no": self.number_edit, "reason": self.reason_edit})
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for edit in (self.number_edit, self.reason_edit):
            edit.textChanged.connect(lambda _text: self._update_ok())
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

    def problems(self) -> list[UserError]:
        """None found here: whether the application may have the place is the service's to say."""
        return []

    def store(self) -> ReferralRow:
        number, reason = self.number_edit.text().strip(), self.reason_edit.text().strip()
        return acts.refer_by_hand(self._db, self._actor, self.place.place_code, number, reason)

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
        self.labels["application_no"].setText(self.tr("&Application number:"))
        self.labels["reason"].setText(self.tr("&Reason:"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. the court decision and its date"))
