"""The "Publish place" dialog: every attribute of a free place (definition 3), errors shown at the fields."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from app.domain.rules_profile import RulesProfile
from app.errors import InvalidInput, UserError
from app.services.actors import Actor
from app.services.places import CLASS_FIELDS, OrgRow, PlaceInput, place_problems
from app.services.session import Database
from ui.date_field import date_edit, date_of
from ui.error_dialog import report_exception
from ui.intake import codes
from ui.intake.field_error import FieldError, error_banner, show_at_fields
from ui.places import acts
from ui.places.codes import ENROLMENT_MODES, fill_class_combos, kindergarten_name, show_class

FIELDS = (
    "org_code",
    "group",
    "birth_year",
    "language",
    "group_type",
    "work_mode",
    "enrollment_mode",
    "available_from",
    "stay_until",
    "place_code",
)
# Service refusals that name no field but belong to one.
_FIELD_OF_CODE = {"org.not_found": "org_code", "place.code_taken": "place_code"}


class PublishPlaceDialog(QDialog):
    """`published(PlaceRow)` after the place is saved; `errors[field].code` says what is wrong where."""

    published = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        profile: RulesProfile,
        orgs: list[OrgRow],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._db, self._actor, self._profile = db, actor, profile
        self._tried = False
        self.today = local_time.today()
        self.org = QComboBox()
        for org in orgs:
            self.org.addItem(
                f"{org.org_code} — {kindergarten_name(org.name_kk, org.name_ru, language)}", org.org_code
            )
        self.group = QComboBox()
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1990, 2100)
        self.birth_year.setValue(self.today.year - 3)
        self.language, self.group_type = QComboBox(), QComboBox()
        self.work_mode, self.enrollment_mode = QComboBox(), QComboBox()
        self.available_from, self.stay_until = date_edit(self.today), date_edit(self.today)
        self.has_stay_until = QCheckBox()
        self.place_code = QLineEdit()
        self.banner = error_banner()
        self.widgets: dict[str, QWidget] = dict(
            zip(
                FIELDS,
                (
                    self.org,
                    self.group,
                    self.birth_year,
                    self.language,
                    self.group_type,
                    self.work_mode,
                    self.enrollment_mode,
                    self.available_from,
                    self.stay_until,
                    self.place_code,
                ),
                strict=True,
            )
        )
        self.errors = {field: FieldError(widget) for field, widget in self.widgets.items()}
        self.labels = {field: QLabel() for field in FIELDS}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._fill_codes()
        self._wire()
        self._fill_groups()
        self.retranslate()

    def _layout(self) -> None:
        form = QFormLayout()
        for field in FIELDS:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            if field == "stay_until":
                cell.addWidget(self.has_stay_until)
            cell.addWidget(self.widgets[field])
            cell.addWidget(self.errors[field])
            self.labels[field].setBuddy(self.has_stay_until if field == "stay_until" else self.widgets[field])
            form.addRow(self.labels[field], cell)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _fill_codes(self) -> None:
        fill_class_combos(self._profile, self.language, self.group_type, self.work_mode)
        for value in self._profile.enrollment_modes:
            self.enrollment_mode.addItem(codes.label(ENROLMENT_MODES, value), value)

    def _fill_groups(self) -> None:
        """The chosen kindergarten's groups; the place is in none of them until one is chosen."""
        self.groups = {row.id: row for row in acts.group_rows(self._db, str(self.org.currentData() or ""))}
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem("", None)
        for row in self.groups.values():
            self.group.addItem(row.name, row.id)
        self.group.blockSignals(False)
        self.group.setEnabled(bool(self.groups))
        self._take_group_class()
        self._retranslate_groups()

    def _take_group_class(self) -> None:
        """A place in a group is of the group's class: its fields show the group's values, locked."""
        group = self.groups.get(self.group.currentData())
        if group is not None:
            show_class(group, self.birth_year, self.language, self.group_type, self.work_mode)
        for field in CLASS_FIELDS:
            self.widgets[field].setEnabled(group is None)

    def _wire(self) -> None:
        self.stay_until.setEnabled(False)
        self.has_stay_until.toggled.connect(self.stay_until.setEnabled)
        self.enrollment_mode.currentIndexChanged.connect(
            lambda _i: self.has_stay_until.setChecked(self.enrollment_mode.currentData() == "temporary")
        )
        self.org.currentIndexChanged.connect(lambda _i: self._fill_groups())
        self.group.currentIndexChanged.connect(lambda _i: self._take_group_class())
        for combo in (self.org, self.language, self.group_type, self.work_mode, self.enrollment_mode):
            combo.currentIndexChanged.connect(self._revalidate)
        self.birth_year.valueChanged.connect(self._revalidate)
        self.available_from.dateChanged.connect(self._revalidate)
        self.stay_until.dateChanged.connect(self._revalidate)
        self.has_stay_until.toggled.connect(self._revalidate)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Publish a free place"))
        names = {
            "org_code": self.tr("&Kindergarten:"),
            "group": self.tr("G&roup:"),
            "birth_year": self.tr("&Birth year (age group):"),
            "language": self.tr("&Language of education:"),
            "group_type": self.tr("&Group type:"),
            "work_mode": self.tr("&Work mode:"),
            "enrollment_mode": self.tr("&Enrolment mode:"),
            "available_from": self.tr("Enrolment &from:"),
            "stay_until": self.tr("&Stay until:"),
            "place_code": self.tr("Place &code:"),
        }
        for field, text in names.items():
            self.labels[field].setText(text)
        self.has_stay_until.setText(self.tr("Temporary stay ends on"))
        self.place_code.setPlaceholderText(self.tr("numbered automatically if empty"))
        for error in self.errors.values():
            error.retranslate()
        self._retranslate_groups()

    def _retranslate_groups(self) -> None:
        self.group.setItemText(0, self.tr("(none)") if self.groups else self.tr("(no groups kept here)"))

    def place_input(self) -> PlaceInput:
        return PlaceInput(
            org_code=str(self.org.currentData() or ""),
            birth_year=self.birth_year.value(),
            language=str(self.language.currentData()),
            group_type=str(self.group_type.currentData()),
            work_mode=str(self.work_mode.currentData()),
            enrollment_mode=str(self.enrollment_mode.currentData()),
            available_from=date_of(self.available_from),
            stay_until=date_of(self.stay_until) if self.has_stay_until.isChecked() else None,
            place_code=self.place_code.text().strip() or None,
            group_id=self.group.currentData(),
        )

    def _show(self, problems: list[UserError]) -> None:
        show_at_fields(self.errors, self.banner, problems, _FIELD_OF_CODE)

    def _problems(self, place: PlaceInput) -> list[UserError]:
        problems: list[UserError] = list(place_problems(self._profile, place, self.today))
        if not place.org_code:
            problems.append(InvalidInput("place.org_required", "choose the kindergarten", field="org_code"))
        return problems

    def _revalidate(self) -> None:
        if self._tried:
            self._show(self._problems(self.place_input()))

    def _focus_first_error(self) -> None:
        for field in FIELDS:
            if self.errors[field].error is not None:
                self.widgets[field].setFocus()
                return

    def submit(self) -> None:
        """Check the place as the service will, mark each fault at its field, or publish it."""
        self._tried = True
        place = self.place_input()
        problems = self._problems(place)
        self._show(problems)
        if problems:
            self._focus_first_error()
            return
        try:
            row = acts.publish(self._db, self._actor, place)
        except UserError as error:
            self._show([error])
            return
        except Exception as error:  # a bug: logged and shown with its details
            report_exception(error, self)
            return
        self.published.emit(row)
        self.accept()
