"""From an open database to the main window: first-run administrator, sign-in, then the window, and from
then on the daily job (ui/daily_runner.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services import users
from app.services.actors import Actor, ensure_office
from app.services.profile import profile_in_force
from app.services.session import Database
from ui.admin_dialog import AdminSetupDialog
from ui.daily_runner import DailyRunner
from ui.i18n import Translations
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.page_context import PageContext


class StartupFlow(QObject):
    """Chains the dialogs with open() and signals, never exec(), so tests can drive every step."""

    window_shown = Signal(object)
    cancelled = Signal()

    def __init__(self, db: Database, translations: Translations, *, demo: bool = False) -> None:
        super().__init__()
        self.db = db
        self.translations = translations
        self.demo = demo
        self.admin_dialog: AdminSetupDialog | None = None
        self.login_dialog: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.daily: DailyRunner | None = None

    def start(self) -> None:
        with self.db.reading() as session:
            has_users = users.has_users(session)
        if has_users:
            self._login()
        else:
            self.admin_dialog = AdminSetupDialog(self.db)
            self.admin_dialog.accepted.connect(self._admin_created)
            self.admin_dialog.rejected.connect(self.cancelled)
            self.admin_dialog.open()

    def _admin_created(self) -> None:
        assert self.admin_dialog is not None
        assert self.admin_dialog.created is not None
        self._login(self.admin_dialog.created.username)

    def _login(self, username: str = "") -> None:
        self.login_dialog = LoginDialog(self.db, demo=self.demo, username=username)
        self.login_dialog.accepted.connect(self._signed_in)
        self.login_dialog.rejected.connect(self.cancelled)
        self.login_dialog.open()

    def _signed_in(self) -> None:
        assert self.login_dialog is not None
        assert self.login_dialog.actor is not None
        self.open_main_window(self.login_dialog.actor)

    def open_main_window(self, actor: Actor) -> MainWindow:
        with self.db.transaction() as session:
            office = ensure_office(session)
            profile = profile_in_force(session)
        context = PageContext(self.db, actor, office, profile, self.translations, self.demo)
        self.window = MainWindow(context)
        self.window.show()
        self.daily = DailyRunner(self.db, self.window)
        notice = self.window.notice
        self.daily.ran.connect(notice.show_daily)
        self.daily.failed.connect(notice.show_daily_failure)
        self.daily.run()
        self.window_shown.emit(self.window)
        return self.window
