"""The filters the Free places and Referrals pages share: translated; F5 reads the kindergartens again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.db.distribution_helpers import add_org
from tests.ui.ts_catalogue import translation
from ui.page_context import PageContext
from ui.places import PlacesPage
from ui.places.filtered_register import FilteredRegisterPage
from ui.referrals import ReferralsPage

PAGES: dict[str, Callable[[PageContext], FilteredRegisterPage]] = {
    "places": PlacesPage,
    "referrals": ReferralsPage,
}


def open_page(qtbot: QtBot, context: PageContext, name: str) -> FilteredRegisterPage:
    page = PAGES[name](context)
    qtbot.addWidget(page)
    page.show()
    return page


def org_names(page: FilteredRegisterPage) -> list[str]:
    return [page.org_combo.itemText(index) for index in range(page.org_combo.count())]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_filters_speak_the_screen_language(qtbot: QtBot, context: PageContext, name: str) -> None:
    context.translations.apply("kk")
    with context.db.transaction() as session:
        add_org(session, "BB-1")
    page = open_page(qtbot, context, name)
    assert page.status_label.text() == translation("kk", "FilteredRegisterPage", "&Status:")
    assert page.org_label.text() == translation("kk", "FilteredRegisterPage", "&Kindergarten:")
    assert page.refresh_button.text() == translation("kk", "FilteredRegisterPage", "Re&fresh (F5)")
    assert page.status_combo.itemText(0) == translation("kk", "FilteredRegisterPage", "All statuses")
    assert org_names(page) == [
        translation("kk", "FilteredRegisterPage", "All kindergartens"),
        "BB-1 балабақшасы",
    ]
    code = page.status_combo.itemData(1)
    assert page.status_combo.itemText(1) == translation("kk", "Codes", page.status_names[code])
    context.translations.apply("ru")
    qtbot.waitUntil(lambda: page.status_label.text() == translation("ru", "FilteredRegisterPage", "&Status:"))
    assert page.status_combo.itemText(0) == translation("ru", "FilteredRegisterPage", "All statuses")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_f5_reads_the_kindergartens_again_and_keeps_the_chosen_one(
    qtbot: QtBot, context: PageContext, name: str
) -> None:
    with context.db.transaction() as session:
        add_org(session, "BB-2")
    page = open_page(qtbot, context, name)
    page.org_combo.setCurrentIndex(page.org_combo.findData("BB-2"))
    with context.db.transaction() as session:
        add_org(session, "BB-1")
    assert page.org_combo.findData("BB-1") == -1
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert [page.org_combo.itemData(index) for index in range(page.org_combo.count())] == [
        None,
        "BB-1",
        "BB-2",
    ]
    assert page.org_combo.currentData() == "BB-2"
    assert [org.org_code for org in page.orgs] == ["BB-1", "BB-2"]
