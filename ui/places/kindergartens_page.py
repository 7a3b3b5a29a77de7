"""The Kindergartens tab: the kindergartens (most from `kezek import orgs`, some added or corrected here)
and the groups a supervisor keeps for each, which free places are then published in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.exchange.imports import ImportResult
from app.services.groups import GroupRow
from app.services.places import OrgRow
from ui import msgbox
from ui.file_import import FileImport
from ui.page_context import PageContext
from ui.places import acts
from ui.places.codes import kindergarten_name
from ui.places.columns import group_columns, org_columns
from ui.places.group_dialog import GroupDialog
from ui.places.org_dialog import OrgDialog
from ui.register_page import RegisterPage
from ui.row_table import RowTableModel, make_table, select_where, selected_row


class KindergartensPage(RegisterPage):
    """`changed()` after a kindergarten or a group was added or changed, or a group removed."""

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = context.translations.language or "en"
        self.dialog: QWidget | None = None
        self.title, self.groups_title, self.count_label = QLabel(), QLabel(), QLabel()
        self.title.setObjectName("pageTitle")
        self.org_model = RowTableModel(org_columns(self.language), self)
        self.org_table = make_table(self.org_model, {1: 260, 3: 260})
        self.group_model = RowTableModel(group_columns(), self)
        self.group_table = make_table(self.group_model, {0: 200})
        self.add_org_button, self.edit_org_button = QPushButton(), QPushButton()
        self.import_button, self.remove_org_button = QPushButton(), QPushButton()
        self.file_import = FileImport(self, context.db, context.actor, "orgs", self._imported)
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.remove_button, self.refresh_button = QPushButton(), QPushButton()
        self.add_org_button.clicked.connect(self.open_add_org)
        self.edit_org_button.clicked.connect(self.open_edit_org)
        self.import_button.clicked.connect(self.ask_import)
        self.remove_org_button.clicked.connect(self.ask_remove_org)
        self.add_button.clicked.connect(self.open_add)
        self.edit_button.clicked.connect(self.open_edit)
        self.remove_button.clicked.connect(self.ask_remove)
        self.refresh_button.clicked.connect(self.reload)
        self.org_table.selectionModel().selectionChanged.connect(lambda *_: self._show_groups())
        self.group_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.group_table.activated.connect(lambda _i: self.open_edit())
        self.org_table.activated.connect(lambda _i: self.open_edit_org())
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        org_actions = QHBoxLayout()
        for button in (self.add_org_button, self.edit_org_button, self.remove_org_button, self.import_button):
            org_actions.addWidget(button)
        org_actions.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.org_table, 3)
        layout.addLayout(org_actions)
        layout.addWidget(self.groups_title)
        layout.addWidget(self.group_table, 2)
        layout.addLayout(actions)
        self.refresh()
        self.retranslate()

    def refresh(self) -> None:
        """Both tables read again; the kindergarten selected stays selected."""
        org = self.selected_org()
        self.org_model.set_rows(acts.orgs(self.context.db))
        if org is None or not select_where(self.org_table, lambda row: row.org_code == org.org_code):
            self.org_table.selectRow(0)
        self._show_groups()

    def selected_org(self) -> OrgRow | None:
        row: OrgRow | None = selected_row(self.org_table)
        return row

    def selected_group(self) -> GroupRow | None:
        row: GroupRow | None = selected_row(self.group_table)
        return row

    def _show_groups(self) -> None:
        org = self.selected_org()
        self.group_model.set_rows(acts.group_rows(self.context.db, org.org_code) if org else [])
        self._retranslate_groups_title()
        self._update_buttons()

    def _update_buttons(self) -> None:
        supervisor = self.context.actor.may("supervisor")
        group = self.selected_group()
        self.add_org_button.setEnabled(supervisor)
        self.import_button.setEnabled(supervisor)
        self.edit_org_button.setEnabled(supervisor and self.selected_org() is not None)
        self.remove_org_button.setEnabled(
            supervisor and self.selected_org() is not None and self.group_model.rowCount() == 0
        )
        self.add_button.setEnabled(supervisor and self.selected_org() is not None)
        self.edit_button.setEnabled(supervisor and group is not None)
        self.remove_button.setEnabled(supervisor and group is not None and group.places == 0)

    def _org_dialog(self, org: OrgRow | None) -> OrgDialog:
        localities = sorted({row.locality for row in self.org_model.rows})
        dialog = OrgDialog(self.context.db, self.context.actor, localities, org, self)
        dialog.saved.connect(self._org_saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_add_org(self) -> OrgDialog | None:
        return self._org_dialog(None) if self.add_org_button.isEnabled() else None

    def open_edit_org(self) -> OrgDialog | None:
        org = self.selected_org()
        return self._org_dialog(org) if org is not None and self.edit_org_button.isEnabled() else None

    def ask_import(self) -> QWidget | None:
        return (
            self.file_import.ask(self.tr("Import kindergartens")) if self.import_button.isEnabled() else None
        )

    def _imported(self, result: ImportResult) -> None:
        self._reloaded()
        msgbox.information(
            self,
            self.tr("Kindergartens imported"),
            self.tr("{n} kindergarten(s) added from the file.").format(n=result.created),
        )

    def _org_saved(self, org: OrgRow) -> None:
        self.last_error = None
        self.org_model.set_rows(acts.orgs(self.context.db))
        select_where(self.org_table, lambda row: row.org_code == org.org_code)
        self._show_groups()
        self.changed.emit()

    def _dialog(self, group: GroupRow | None) -> GroupDialog | None:
        org = self.selected_org()
        if org is None:
            return None
        context = self.context
        dialog = GroupDialog(context.db, context.actor, context.profile, org, self.language, group, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_add(self) -> GroupDialog | None:
        return self._dialog(None)

    def open_edit(self) -> GroupDialog | None:
        group = self.selected_group()
        return self._dialog(group) if group is not None and self.edit_button.isEnabled() else None

    def _saved(self, group: GroupRow) -> None:
        self._changed()
        select_where(self.group_table, lambda row: row.id == group.id)

    def ask_remove_org(self) -> None:
        org = self.selected_org()
        if org is None or not self.remove_org_button.isEnabled():
            return

        def answered(yes: bool) -> None:
            if yes:
                self.remove_org(org)

        name = kindergarten_name(org.name_kk, org.name_ru, self.language)
        msgbox.question(
            self,
            self.tr("Remove kindergarten"),
            self.tr(
                "Remove {code} {name}? Only a kindergarten added by mistake is removed: one without groups, "
                "places or applications that chose it."
            ).format(code=org.org_code, name=name),
            answered,
        )

    def remove_org(self, org: OrgRow) -> None:
        self._act(lambda: acts.remove_org(self.context.db, self.context.actor, org.org_code))

    def ask_remove(self) -> None:
        group = self.selected_group()
        if group is None:
            return

        def answered(yes: bool) -> None:
            if yes:
                self.remove(group)

        msgbox.question(
            self,
            self.tr("Remove group"),
            self.tr("Remove group {name}? No place was published in it.").format(name=group.name),
            answered,
        )

    def remove(self, group: GroupRow) -> None:
        self._act(lambda: acts.remove_group(self.context.db, self.context.actor, group.id))

    def _act(self, act: Callable[[], None]) -> None:
        """Do a removal; a refusal is shown and the tables read again, as another desk may have acted."""
        self.attempt(act, lambda _none: self._reloaded())

    def _reloaded(self) -> None:
        """After a kindergarten or group came or went: both tables read again, and the places told."""
        self.last_error = None
        self.refresh()
        self.changed.emit()

    def _changed(self) -> None:
        self.last_error = None
        self._show_groups()
        self.changed.emit()

    def _retranslate_groups_title(self) -> None:
        org = self.selected_org()
        name = kindergarten_name(org.name_kk, org.name_ru, self.language) if org else ""
        self.groups_title.setText(self.tr("Groups of {kindergarten}").format(kindergarten=name))
        self.count_label.setText(self.tr("Groups: {n}").format(n=self.group_model.rowCount()))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Kindergartens and their groups"))
        self.add_org_button.setText(self.tr("Add &kindergarten…"))
        self.edit_org_button.setText(self.tr("Co&rrect kindergarten…"))
        self.remove_org_button.setText(self.tr("Remo&ve kindergarten"))
        self.remove_org_button.setToolTip(
            self.tr(
                "Only a kindergarten without groups, places or applications that chose it can be removed."
            )
        )
        self.import_button.setText(self.tr("&Import kindergartens…"))
        self.import_button.setToolTip(
            self.tr("An orgs exchange file (.csv or .xlsx), as `kezek import orgs` takes.")
        )
        self.add_button.setText(self.tr("&Add group…"))
        self.edit_button.setText(self.tr("C&hange group…"))
        self.remove_button.setText(self.tr("Re&move group"))
        self.remove_button.setToolTip(self.tr("Only a group no place was published in can be removed."))
        self.refresh_button.setText(self.tr("Re&fresh (F5)"))
        self._retranslate_groups_title()
        self.org_model.retranslate()
        self.group_model.retranslate()
