"""The Annex 1 application form: child, applicant, queue and preferences; no rules, only inputs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.iin import IinInfo
from app.domain.rules_profile import RulesProfile
from app.services.reference_data import Kindergarten
from ui.intake import codes
from ui.intake.checklist import date_edit
from ui.intake.field_error import FieldError
from ui.intake.iin_field import IinField
from ui.intake.kindergarten_picker import KindergartenPicker


def _combo(items: Sequence[str] = ()) -> QComboBox:
    combo = QComboBox()
    # Category names run to 150 characters; sized to its contents a combo would push the form off screen.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    for code in items:
        combo.addItem(code, code)
    return combo


class IntakeForm(QWidget):
    """`category_changed(code)` and `locality_changed(name)` let the page refresh what depends on them."""

    category_changed = Signal(str)
    locality_changed = Signal(str)

    def __init__(self, profile: RulesProfile, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile, self.language = profile, language
        self.child_iin, self.applicant_iin = IinField(), IinField()
        self.child_last, self.child_first, self.child_middle = QLineEdit(), QLineEdit(), QLineEdit()
        self.birth_date = date_edit()
        self.sex = _combo(["", "M", "F"])
        self.applicant_last, self.applicant_first = QLineEdit(), QLineEdit()
        self.applicant_middle, self.id_document = QLineEdit(), QLineEdit()
        self.relation = _combo(list(codes.RELATIONS))
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.locality = _combo()
        self.locality.setEditable(True)
        self.language_of_education = _combo(profile.languages)
        self.group_type = _combo(profile.group_types)
        self.special_needs = QCheckBox()
        self.work_mode = _combo(profile.work_modes)
        self.desired_start = date_edit()
        self.kindergartens = KindergartenPicker(profile.max_chosen_kindergartens)
        self.category = _combo([c.code for c in profile.categories])
        self.reset_category()
        self.notify_consent = QCheckBox()
        self.doc_language = _combo(["kk", "ru"])
        self.doc_language.setCurrentIndex(1 if language == "ru" else 0)
        self.errors: dict[str, FieldError] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups = [QGroupBox(), QGroupBox(), QGroupBox()]
        self._build()
        self.child_iin.completed.connect(self._child_iin_complete)
        self.category.currentIndexChanged.connect(lambda _i: self.category_changed.emit(self.category_code()))
        self.locality.currentTextChanged.connect(self.locality_changed)
        self.retranslate()

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel()
        self.labels[key] = label
        if isinstance(widget, IinField):
            label.setBuddy(widget.edit)
            self.errors[key] = widget.error
            form.addRow(label, widget)
            return
        label.setBuddy(widget)
        error = FieldError(widget)
        self.errors[key] = error
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(label, box)

    def _build(self) -> None:
        rows: list[list[tuple[str, QWidget]]] = [
            [
                ("child_iin", self.child_iin),
                ("child_last_name", self.child_last),
                ("child_first_name", self.child_first),
                ("child_middle_name", self.child_middle),
                ("child_birth_date", self.birth_date),
                ("child_sex", self.sex),
            ],
            [
                ("applicant_iin", self.applicant_iin),
                ("applicant_last_name", self.applicant_last),
                ("applicant_first_name", self.applicant_first),
                ("applicant_middle_name", self.applicant_middle),
                ("applicant_id_document", self.id_document),
                ("applicant_relation", self.relation),
                ("phone", self.phone),
                ("email", self.email),
            ],
            [
                ("locality", self.locality),
                ("language", self.language_of_education),
                ("group_type", self.group_type),
                ("special_needs", self.special_needs),
                ("work_mode", self.work_mode),
                ("desired_start", self.desired_start),
                ("preferred_orgs", self.kindergartens),
                ("category", self.category),
                ("notify_consent", self.notify_consent),
                ("doc_language", self.doc_language),
            ],
        ]
        for group, fields in zip(self.groups, rows, strict=True):
            form = QFormLayout(group)
            for key, widget in fields:
                self._row(form, key, widget)
        left, self.right_column = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.groups[0])
        left.addWidget(self.groups[1])
        left.addStretch(1)
        self.right_column.addWidget(self.groups[2])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(self.right_column, 3)

    def inputs(self) -> list[QWidget]:
        """Every editor in tab order: the child, the applicant, then the queue and preferences."""
        return [
            self.child_iin.edit, self.child_last, self.child_first, self.child_middle, self.birth_date,
            self.sex, self.applicant_iin.edit, self.applicant_last, self.applicant_first,
            self.applicant_middle, self.id_document, self.relation, self.phone, self.email, self.locality,
            self.language_of_education, self.group_type, self.special_needs, self.work_mode,
            self.desired_start, *self.kindergartens.combos, self.category, self.notify_consent,
            self.doc_language,
        ]  # fmt: skip

    def reset_category(self) -> None:
        """Most applicants are in the general list, so the form starts there."""
        general = self.profile.categories_in("G")
        self.category.setCurrentIndex(max(self.category.findData(general[0].code), 0) if general else 0)

    def category_code(self) -> str:
        return str(self.category.currentData())

    def set_localities(self, names: Sequence[str]) -> None:
        typed = self.locality.currentText()
        self.locality.blockSignals(True)
        self.locality.clear()
        self.locality.addItems(list(names))
        self.locality.setEditText(typed)
        self.locality.blockSignals(False)

    def set_kindergartens(self, kindergartens: Sequence[Kindergarten]) -> None:
        self.kindergartens.set_kindergartens(kindergartens, self.language)

    def _child_iin_complete(self, info: IinInfo) -> None:
        self.birth_date.setDate(info.birth_date)
        self.sex.setCurrentIndex(self.sex.findData(info.sex))

    def retranslate(self) -> None:
        titles = (self.tr("Child"), self.tr("Applicant"), self.tr("Queue and preferences"))
        for group, title in zip(self.groups, titles, strict=True):
            group.setTitle(title)
        texts = {
            "child_iin": self.tr("&IIN:"),
            "child_last_name": self.tr("&Last name:"),
            "child_first_name": self.tr("&First name:"),
            "child_middle_name": self.tr("&Patronymic:"),
            "child_birth_date": self.tr("&Birth date:"),
            "child_sex": self.tr("Se&x:"),
            "applicant_iin": self.tr("IIN:"),
            "applicant_last_name": self.tr("Last name:"),
            "applicant_first_name": self.tr("First name:"),
            "applicant_middle_name": self.tr("Patronymic:"),
            "applicant_id_document": self.tr("ID document:"),
            "applicant_relation": self.tr("Relation to the child:"),
            "phone": self.tr("Phone:"),
            "email": self.tr("E-mail:"),
            "locality": self.tr("L&ocality:"),
            "language": self.tr("Language of education:"),
            "group_type": self.tr("Group type:"),
            "special_needs": self.tr("Special educational needs:"),
            "work_mode": self.tr("Work mode:"),
            "desired_start": self.tr("Desired start:"),
            "preferred_orgs": self.tr("Kindergartens (in order):"),
            "category": self.tr("Priority &category:"),
            "notify_consent": self.tr("SMS / e-mail notifications:"),
            "doc_language": self.tr("Language of documents:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.notify_consent.setText(self.tr("the applicant agrees"))
        self.special_needs.setText(self.tr("documented"))
        self.phone.setPlaceholderText("+7 7xx xxx xx xx")
        self.id_document.setPlaceholderText(self.tr("kind and number"))
        tables = (
            (self.sex, codes.SEXES),
            (self.relation, codes.RELATIONS),
            (self.language_of_education, codes.LANGUAGES),
            (self.group_type, codes.GROUP_TYPES),
            (self.work_mode, codes.WORK_MODES),
            (self.doc_language, codes.LANGUAGES),
        )
        for combo, table in tables:
            for index in range(combo.count()):
                code = combo.itemData(index)
                combo.setItemText(index, codes.label(table, code) if code else "—")
        for index, category in enumerate(self.profile.categories):
            name = category.name(self.language)
            self.category.setItemText(index, f"{category.list_code}: {name}")
            self.category.setItemData(index, name, Qt.ItemDataRole.ToolTipRole)
        for error in self.errors.values():
            error.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
