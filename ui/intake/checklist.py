"""The documents presented: a box per document of the category, an issue date where validity is limited."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain.rules_profile import DocumentKind

NOT_SET = QDate(2000, 1, 1)


def date_edit() -> QDateEdit:
    """A date editor that starts empty ("—") rather than on a plausible but untyped date."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMinimumDate(NOT_SET)
    edit.setSpecialValueText("—")
    edit.setDate(NOT_SET)
    return edit


def date_value(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NOT_SET else date(value.year(), value.month(), value.day())


class DocumentChecklist(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        self.dates: dict[str, QDateEdit] = {}
        self.date_labels: dict[str, QLabel] = {}
        self._kinds: list[DocumentKind] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.retranslate()

    def set_documents(self, kinds: Sequence[DocumentKind], language: str) -> None:
        """Show these documents; what was ticked or dated for a document still listed is kept."""
        kept = {
            code: (box.isChecked(), self.dates[code].date() if code in self.dates else None)
            for code, box in self.boxes.items()
        }
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; until then it would still paint
                widget.deleteLater()
        self.boxes, self.dates, self.date_labels, self._kinds = {}, {}, {}, list(kinds)
        for row, kind in enumerate(kinds):
            box = QCheckBox(kind.name(language))
            box.setObjectName(f"doc_{kind.code}")
            box.toggled.connect(self.changed)
            self.grid.addWidget(box, row, 0)
            self.boxes[kind.code] = box
            if kind.validity_months is not None:
                label, edit = QLabel(), date_edit()
                label.setBuddy(edit)
                box.toggled.connect(edit.setEnabled)
                edit.setEnabled(False)
                self.grid.addWidget(label, row, 1)
                self.grid.addWidget(edit, row, 2)
                self.dates[kind.code], self.date_labels[kind.code] = edit, label
            checked, issued = kept.get(kind.code, (False, None))
            box.setChecked(checked)
            if issued is not None and kind.code in self.dates:
                self.dates[kind.code].setDate(issued)
        self.grid.setColumnStretch(0, 1)
        self.retranslate()

    def inputs(self) -> list[QWidget]:
        """The editors in tab order."""
        widgets: list[QWidget] = []
        for code, box in self.boxes.items():
            widgets.append(box)
            if code in self.dates:
                widgets.append(self.dates[code])
        return widgets

    def presented(self) -> dict[str, date | None]:
        return {
            code: date_value(self.dates[code]) if code in self.dates else None
            for code, box in self.boxes.items()
            if box.isChecked()
        }

    def any_checked(self) -> bool:
        return any(box.isChecked() for box in self.boxes.values())

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)
        for edit in self.dates.values():
            edit.setDate(NOT_SET)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Documents presented"))
        for kind in self._kinds:
            if kind.code in self.date_labels:
                self.date_labels[kind.code].setText(
                    self.tr("issued on (valid {n} months):").format(n=kind.validity_months)
                )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
