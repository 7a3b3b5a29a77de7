"""The group dialog: add a group to a kindergarten or change one, errors shown at the fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.domain.rules_profile import RulesProfile
from app.errors import UserError
from app.services.actors import Actor
from app.services.groups import MAX_CAPACITY, GroupInput, GroupRow, group_problems
from app.services.places import CLASS_FIELDS, OrgRow
from app.services.session import Database
from ui.places import acts
from ui.places.codes import fill_class_combos, kindergarten_name, show_class
from ui.record_dialog import RecordDialog

FIELDS = ("name", "birth_year", "language", "group_type", "work_mode", "capacity")


class GroupDialog(RecordDialog):
    """`saved(GroupRow)` once the group is stored; `errors[field].code` says what is wrong where."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        profile: RulesProfile,
        org: OrgRow,
        language: str,
        group: GroupRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._profile = db, actor, profile
        self.org, self.group, self._language = org, group, language
        self.today = local_time.today()
        self.org_label, self.class_note = QLabel(), QLabel()
        self.class_note.setWordWrap(True)
        self.class_note.hide()
        self.name = QLineEdit()
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1990, 2100)
        self.language, self.group_type, self.work_mode = QComboBox(), QComboBox(), QComboBox()
        fill_class_combos(profile, self.language, self.group_type, self.work_mode)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, MAX_CAPACITY * 10)
        widgets = (self.name, self.birth_year, self.language, self.group_type, self.work_mode, self.capacity)
        form = self.field_rows(dict(zip(FIELDS, widgets, strict=True)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.org_label)
        layout.addLayout(form)
        layout.addWidget(self.class_note)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._fill(group)
        self.retranslate()

    def _fill(self, group: GroupRow | None) -> None:
        if group is None:
            self.birth_year.setValue(self.today.year - 3)
            self.capacity.setValue(25)
            return
        self.name.setText(group.name)
        show_class(group, self.birth_year, self.language, self.group_type, self.work_mode)
        self.capacity.setValue(group.capacity)
        # The service refuses a new class while a free place of the group waits: say so before it is typed.
        for field in CLASS_FIELDS:
            self.widgets[field].setEnabled(not group.free_places)
        self.class_note.setVisible(bool(group.free_places))

    def group_input(self) -> GroupInput:
        return GroupInput(
            org_code=self.org.org_code,
            name=self.name.text().strip(),
            birth_year=self.birth_year.value(),
            language=str(self.language.currentData()),
            group_type=str(self.group_type.currentData()),
            work_mode=str(self.work_mode.currentData()),
            capacity=self.capacity.value(),
        )

    def problems(self) -> list[UserError]:
        return list(group_problems(self._profile, self.group_input(), self.today))

    def store(self) -> GroupRow:
        return acts.save_group(
            self._db, self._actor, self.group_input(), self.group.id if self.group else None
        )

    def retranslate(self) -> None:
        name = kindergarten_name(self.org.name_kk, self.org.name_ru, self._language)
        title = self.tr("Add a group") if self.group is None else self.tr("Change the group")
        self.setWindowTitle(title)
        self.org_label.setText(f"{self.org.org_code} — {name}")
        free = self.group.free_places if self.group else 0
        self.class_note.setText(
            self.tr(
                "{n} free place(s) of this group wait for referrals: its birth year, language, type and work "
                "mode stay until they are given."
            ).format(n=free)
        )
        texts = {
            "name": self.tr("&Name:"),
            "birth_year": self.tr("&Birth year (age group):"),
            "language": self.tr("&Language of education:"),
            "group_type": self.tr("&Group type:"),
            "work_mode": self.tr("&Work mode:"),
            "capacity": self.tr("&Capacity (children):"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        for error in self.errors.values():
            error.retranslate()
