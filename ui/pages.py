"""The page registry: the side navigation of the main window, in order. Add a page in one line here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.archive import ArchivePage
from ui.intake import IntakePage
from ui.page_context import PageContext
from ui.places.section import PlacesSection
from ui.queue import QueuePage
from ui.referrals import ReferralsPage, enrolment_page
from ui.reports_page import ReportsPage
from ui.settings_page import SettingsPage

PageFactory = Callable[[PageContext], QWidget]
CONTEXT = "Pages"


@dataclass(frozen=True)
class PageSpec:
    """`title` is the English source (translated in context "Pages"); no factory means "not built yet"."""

    key: str
    title: str
    factory: PageFactory | None = None

    def display_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


# Ctrl+1 … Ctrl+9, Ctrl+0 open the first ten pages in this order (DESIGN §6).
PAGES: tuple[PageSpec, ...] = (
    PageSpec("intake", QT_TRANSLATE_NOOP("Pages", "Intake"), IntakePage),
    PageSpec("queue", QT_TRANSLATE_NOOP("Pages", "Queue"), QueuePage),
    PageSpec("places", QT_TRANSLATE_NOOP("Pages", "Free places"), PlacesSection),
    PageSpec("referrals", QT_TRANSLATE_NOOP("Pages", "Referrals"), ReferralsPage),
    PageSpec("enrolment", QT_TRANSLATE_NOOP("Pages", "Enrolment"), enrolment_page),
    PageSpec("archive", QT_TRANSLATE_NOOP("Pages", "Stop list & archive"), ArchivePage),
    PageSpec("reports", QT_TRANSLATE_NOOP("Pages", "Reports"), ReportsPage),
    PageSpec("journal", QT_TRANSLATE_NOOP("Pages", "Journal")),
    PageSpec("sync", QT_TRANSLATE_NOOP("Pages", "Sync")),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), SettingsPage),
)
