"""A register filtered by status and kindergarten: the layout and filters the Free places and Referrals
pages share."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.places import OrgRow
from ui.intake.codes import label
from ui.page_context import PageContext
from ui.places.acts import orgs
from ui.places.codes import kindergarten_name
from ui.register_page import RegisterPage
from ui.row_table import Column, RowTableModel, make_table


class FilteredRegisterPage(RegisterPage):
    """The title; the Status and Kindergarten filters and Refresh; the table; the page's acts and count.

    `columns(language)` gives the table's columns. A subclass makes its buttons, lays them out with
    `lay_out`, calls `reload()` once they exist, and calls `retranslate_filters()` from its
    `retranslate()`. `reload()` (F5, Refresh) reads the kindergartens again into `orgs` and the filter,
    then the rows.
    """

    def __init__(
        self,
        context: PageContext,
        status_names: Mapping[str, str],
        status: str,
        columns: Callable[[str], list[Column]],
        widths: dict[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.language = context.translations.language or "en"
        self.status_names = status_names
        self.orgs: list[OrgRow] = []
        self.title, self.count_label = QLabel(), QLabel()
        self.title.setObjectName("pageTitle")
        self.status_combo, self.org_combo = QComboBox(), QComboBox()
        self.status_label, self.org_label = QLabel(), QLabel()
        self.status_label.setBuddy(self.status_combo)
        self.org_label.setBuddy(self.org_combo)
        self.model = RowTableModel(columns(self.language), self)
        self.table = make_table(self.model, widths)
        self.refresh_button = QPushButton()
        self.status_combo.addItem("", None)
        for code in status_names:
            self.status_combo.addItem("", code)
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.org_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.reload)

    def lay_out(self, buttons: Sequence[QPushButton], more_filters: Sequence[QWidget] = ()) -> None:
        filters = QHBoxLayout()
        for widget in (self.status_label, self.status_combo, self.org_label, self.org_combo, *more_filters):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        for button in buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def reload(self) -> None:
        """The kindergartens read again (the one chosen stays chosen if it is still there), then the rows."""
        current = self.org_combo.currentData()
        self.orgs = orgs(self.context.db)
        self.org_combo.blockSignals(True)
        self.org_combo.clear()
        self.org_combo.addItem("", None)
        for org in self.orgs:
            self.org_combo.addItem(kindergarten_name(org.name_kk, org.name_ru, self.language), org.org_code)
        self.org_combo.setCurrentIndex(max(self.org_combo.findData(current), 0))
        self.org_combo.blockSignals(False)
        self.retranslate_filters()
        self.refresh()

    def retranslate_filters(self) -> None:
        translate = QCoreApplication.translate
        self.status_label.setText(translate("FilteredRegisterPage", "&Status:"))
        self.org_label.setText(translate("FilteredRegisterPage", "&Kindergarten:"))
        self.refresh_button.setText(translate("FilteredRegisterPage", "Re&fresh (F5)"))
        self.status_combo.setItemText(0, translate("FilteredRegisterPage", "All statuses"))
        for index in range(1, self.status_combo.count()):
            self.status_combo.setItemText(index, label(self.status_names, self.status_combo.itemData(index)))
        self.org_combo.setItemText(0, translate("FilteredRegisterPage", "All kindergartens"))
