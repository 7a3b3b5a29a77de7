"""The Kindergartens tab on a real database: groups kept by a supervisor, and a place published in one."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.db.distribution_helpers import LOCALITY, add_org, register
from tests.ui.distribution_data import supervisor_context
from tests.ui.message_boxes import answer_yes, open_box
from ui.page_context import PageContext
from ui.places import PlacesPage
from ui.places.kindergartens_page import KindergartensPage
from ui.places.org_dialog import OrgDialog
from ui.row_table import select_where


def make_page(qtbot: QtBot, context: PageContext) -> KindergartensPage:
    page = KindergartensPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_supervisor_keeps_the_groups_of_a_kindergarten(qtbot: QtBot, context: PageContext) -> None:
    with context.db.transaction() as session:
        add_org(session, "BB-1")
        add_org(session, "BB-2")
    clerks = make_page(qtbot, context)
    assert not clerks.add_button.isEnabled()
    page = make_page(qtbot, supervisor_context(context))
    assert [row.org_code for row in page.org_model.rows] == ["BB-1", "BB-2"]
    assert select_where(page.org_table, lambda row: row.org_code == "BB-2")
    dialog = page.open_add()
    assert dialog is not None
    dialog.capacity.setValue(0)
    dialog.submit()
    assert dialog.errors["name"].code == "group.name_required"
    assert dialog.errors["capacity"].code == "group.capacity"
    assert dialog.isVisible()
    dialog.name.setText("«Күншуақ» тобы")
    dialog.capacity.setValue(25)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    assert [(row.name, row.language, row.capacity) for row in page.group_model.rows] == [
        ("«Күншуақ» тобы", "ru", 25)
    ]
    assert page.edit_button.isEnabled()
    changing = page.open_edit()
    assert changing is not None
    assert changing.name.text() == "«Күншуақ» тобы"
    changing.capacity.setValue(20)
    with qtbot.waitSignal(changing.saved):
        changing.submit()
    assert [row.capacity for row in page.group_model.rows] == [20]
    assert select_where(page.org_table, lambda row: row.org_code == "BB-1")
    assert page.group_model.rows == []
    assert select_where(page.org_table, lambda row: row.org_code == "BB-2")
    assert select_where(page.group_table, lambda row: row.name == "«Күншуақ» тобы")
    assert page.remove_button.isEnabled()
    page.ask_remove()
    answer_yes(qtbot)
    qtbot.waitUntil(lambda: page.group_model.rows == [])


def test_a_place_published_in_a_group_takes_its_class(qtbot: QtBot, context: PageContext) -> None:
    with context.db.transaction() as session:
        add_org(session, "BB-1")
    supervisor = supervisor_context(context)
    groups = make_page(qtbot, supervisor)
    dialog = groups.open_add()
    assert dialog is not None
    dialog.name.setText("Балапан")
    dialog.birth_year.setValue(2023)
    dialog.work_mode.setCurrentIndex(dialog.work_mode.findData("part"))
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    page = PlacesPage(supervisor)
    qtbot.addWidget(page)
    page.show()
    publishing = page.open_publish()
    assert publishing is not None
    assert publishing.birth_year.isEnabled()
    publishing.group.setCurrentIndex(publishing.group.findText("Балапан"))
    assert (publishing.birth_year.value(), publishing.work_mode.currentData()) == (2023, "part")
    assert not publishing.birth_year.isEnabled()
    assert not publishing.work_mode.isEnabled()
    with qtbot.waitSignal(publishing.published) as published:
        publishing.submit()
    assert published.args[0].group_name == "Балапан"
    assert [row.group_name for row in page.model.rows] == ["Балапан"]
    groups.reload()
    assert [row.places for row in groups.group_model.rows] == [1]
    assert select_where(groups.group_table, lambda row: row.name == "Балапан")
    assert not groups.remove_button.isEnabled()
    editing = groups.open_edit()
    assert editing is not None
    assert not editing.birth_year.isEnabled()  # a free place of it waits: the class stays
    assert editing.capacity.isEnabled()
    assert editing.class_note.isVisibleTo(editing)


def test_a_supervisor_adds_a_kindergarten_and_corrects_it(qtbot: QtBot, context: PageContext) -> None:
    with context.db.transaction() as session:
        add_org(session, "BB-1")
    page = make_page(qtbot, supervisor_context(context))
    dialog = page.open_add_org()
    assert dialog is not None
    assert dialog.locality.findText(LOCALITY) >= 0  # the localities already known are offered
    dialog.edits["org_code"].setText("DO-31")
    dialog.edits["bin"].setText("12345")
    dialog.submit()
    assert dialog.errors["name_kk"].code == "field.required"
    assert dialog.errors["bin"].code == "org.bin"
    assert dialog.errors["org_code"].code is None
    for field, value in (("name_kk", "«Балапан» бөбекжайы"), ("name_ru", "Ясли-сад «Балапан»")):
        dialog.edits[field].setText(value)
    dialog.edits["address"].setText("Абай к-сі, 7")
    dialog.edits["bin"].setText("123456789012")
    dialog.locality.setCurrentText("Ақмол")
    with qtbot.waitSignal(dialog.saved):
        dialog.submit()
    assert [row.org_code for row in page.org_model.rows] == ["DO-31", "BB-1"]  # by locality, then code
    assert page.selected_org() is not None
    assert page.selected_org().org_code == "DO-31"  # type: ignore[union-attr]
    page.org_table.setFocus()
    qtbot.keyClick(page.org_table, Qt.Key.Key_Return)  # Enter on a kindergarten opens its correction
    correcting = page.dialog
    assert isinstance(correcting, OrgDialog)
    assert correcting.edits["org_code"].isReadOnly()
    correcting.edits["address"].setText("Абай к-сі, 9")
    with qtbot.waitSignal(correcting.saved):
        correcting.submit()
    assert [row.address for row in page.org_model.rows if row.org_code == "DO-31"] == ["Абай к-сі, 9"]


def test_a_kindergarten_added_by_mistake_is_removed_and_one_in_use_stays(
    qtbot: QtBot, context: PageContext, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app.db.database")
    with context.db.transaction() as session:
        add_org(session, "BB-1")
        add_org(session, "BB-2")
        register(session, "2026-03-02T10:00:00+05:00", preferred_orgs=("BB-2",))
    context.translations.apply("kk")
    page = make_page(qtbot, supervisor_context(context))
    assert select_where(page.org_table, lambda row: row.org_code == "BB-2")
    assert page.remove_org_button.isEnabled()
    page.ask_remove_org()
    answer_yes(qtbot)
    qtbot.waitUntil(lambda: page.last_error is not None)
    assert page.last_error is not None
    assert (page.last_error.code, page.last_error.params["count"]) == ("org.chosen", 1)
    assert [row.org_code for row in page.org_model.rows] == ["BB-1", "BB-2"]
    refusal = open_box(qtbot)
    assert refusal.text() == "BB-2 балабақшасын 1 өтініш таңдаған: олар оны атайтындықтан, ол есепте қалады."
    refusal.close()
    assert "refused, nothing written: org.chosen: 1 application(s) chose BB-2" in caplog.text
    assert select_where(page.org_table, lambda row: row.org_code == "BB-1")
    with qtbot.waitSignal(page.changed):
        page.ask_remove_org()
        answer_yes(qtbot)
    assert [row.org_code for row in page.org_model.rows] == ["BB-2"]
    assert page.last_error is None
