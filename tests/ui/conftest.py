"""GUI test fixtures: offscreen Qt, isolated settings, translations compiled into a temp cache, users."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from app.services import users
from app.services.actors import SYSTEM, Actor, ensure_office
from app.services.profile import profile_in_force
from app.services.session import Database
from ui.fonts import use_screen_font
from ui.i18n import Translations
from ui.page_context import PageContext

HERE = Path(__file__).parent
# The offscreen platform plugin says this for every top-level widget with a layout; it is not our warning.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
ADMIN_PASSWORD = "admin-pass-254"
CLERK_PASSWORD = "clerk-pass-254"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def _gui_environment(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> None:
    """Settings go to a temp folder, never the tester's profile; the screen font is ours, as in the app."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("settings"))
    )
    use_screen_font(qapp)


@pytest.fixture(scope="session")
def qm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("qm-cache")


@pytest.fixture
def translations(qm_cache: Path) -> Iterator[Translations]:
    """A Translations object; whatever a test installs is removed afterwards (English again)."""
    translations = Translations(cache_dir=qm_cache)
    yield translations
    translations.remove()
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def admin(db: Database) -> Actor:
    with db.transaction() as session:
        users.add_user(session, SYSTEM, "admin", "Әсем Қайратқызы", "admin", ADMIN_PASSWORD)
    return Actor("admin", "Әсем Қайратқызы", "admin")


@pytest.fixture
def clerk(db: Database, admin: Actor) -> Actor:
    with db.transaction() as session:
        users.add_user(session, admin, "clerk", "Нұрлан Өмірұлы", "clerk", CLERK_PASSWORD)
    return Actor("clerk", "Нұрлан Өмірұлы", "clerk")


@pytest.fixture
def context(db: Database, clerk: Actor, translations: Translations) -> PageContext:
    with db.transaction() as session:
        office = ensure_office(session)
        profile = profile_in_force(session)
    return PageContext(db, clerk, office, profile, translations)
