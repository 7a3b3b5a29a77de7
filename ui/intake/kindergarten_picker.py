"""Up to N kindergartens of the locality, in the applicant's order of preference."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from app.services.reference_data import Kindergarten


class KindergartenPicker(QWidget):
    def __init__(self, slots: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos = [QComboBox() for _ in range(slots)]
        self._kindergartens: list[Kindergarten] = []
        self._language = "kk"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for combo in self.combos:
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            layout.addWidget(combo)
        self._fill()

    def set_kindergartens(self, kindergartens: Sequence[Kindergarten], language: str) -> None:
        """Offer these; choices still on offer are kept in their order."""
        kept = self.chosen()
        self._kindergartens, self._language = list(kindergartens), language
        self._fill()
        self.set_chosen(kept)

    def chosen(self) -> tuple[str, ...]:
        """The chosen org codes in order of preference, gaps closed."""
        return tuple(code for combo in self.combos if (code := combo.currentData()))

    def set_chosen(self, codes: Sequence[str]) -> None:
        wanted = [code for code in codes if any(k.org_code == code for k in self._kindergartens)]
        for index, combo in enumerate(self.combos):
            combo.setCurrentIndex(max(combo.findData(wanted[index]), 0) if index < len(wanted) else 0)

    def _fill(self) -> None:
        for position, combo in enumerate(self.combos, start=1):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("{n}. — not chosen —").format(n=position), "")
            for kindergarten in self._kindergartens:
                combo.addItem(f"{position}. {kindergarten.name(self._language)}", kindergarten.org_code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
