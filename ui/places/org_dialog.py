"""The kindergarten dialog: add one by hand or correct one's names, locality, address and BIN."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.errors import UserError
from app.services.actors import Actor
from app.services.kindergartens import OrgInput, org_problems
from app.services.places import OrgRow
from app.services.session import Database
from ui.places import acts
from ui.record_dialog import RecordDialog

FIELDS = ("org_code", "name_kk", "name_ru", "locality", "address", "bin")


class OrgDialog(RecordDialog):
    """`saved(OrgRow)` once the kindergarten is stored; `errors[field].code` says what is wrong where."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        localities: list[str],
        org: OrgRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self.org = db, actor, org
        self.locality = QComboBox()
        self.locality.setEditable(True)
        self.locality.addItems(localities)
        self.edits = {field: QLineEdit() for field in FIELDS if field != "locality"}
        form = self.field_rows({field: self.edits.get(field) or self.locality for field in FIELDS})
        self.setLayout(form)
        form.addRow(self.banner)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)
        if org is not None:
            for field, edit in self.edits.items():
                edit.setText(getattr(org, field))
            self.locality.setCurrentText(org.locality)
            # Places, applications and exchange files name a kindergarten by its code.
            self.edits["org_code"].setReadOnly(True)
        else:
            self.locality.setCurrentText("")
        self.retranslate()

    def org_input(self) -> OrgInput:
        return OrgInput(
            org_code=self.edits["org_code"].text(),
            name_kk=self.edits["name_kk"].text(),
            name_ru=self.edits["name_ru"].text(),
            locality=self.locality.currentText(),
            address=self.edits["address"].text(),
            bin=self.edits["bin"].text(),
        )

    def problems(self) -> list[UserError]:
        return list(org_problems(self.org_input()))

    def store(self) -> OrgRow:
        return acts.save_org(self._db, self._actor, self.org_input(), self.org is not None)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Add a kindergarten") if self.org is None else self.tr("Correct the kindergarten")
        )
        texts = {
            "org_code": self.tr("&Code:"),
            "name_kk": self.tr("Name in &Kazakh:"),
            "name_ru": self.tr("Name in &Russian:"),
            "locality": self.tr("&Locality:"),
            "address": self.tr("&Address:"),
            "bin": self.tr("&BIN:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.edits["bin"].setPlaceholderText(self.tr("12 digits; may stay empty"))
        for error in self.errors.values():
            error.retranslate()
