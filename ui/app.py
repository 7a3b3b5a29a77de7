"""The GUI's composition root: QApplication, logging, fonts, translations, database, then the startup flow."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication

from app import __version__
from app.errors import UserError
from app.services.session import Database, open_database, upgrade_database
from ui import msgbox
from ui.demo_start import demo_database_url, prepare_demo
from ui.error_dialog import install_excepthook
from ui.fonts import use_screen_font
from ui.i18n import Translations, saved_language
from ui.logging_setup import setup_logging
from ui.messages import message_text
from ui.startup import StartupFlow

log = logging.getLogger(__name__)


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("Kezek")
    app.setApplicationName("Kezek")
    app.setApplicationVersion(__version__)
    use_screen_font(app)
    return app


def open_and_upgrade(database_url: str | None) -> Database:
    """Open the database and bring its schema up to date; UserError (translated by code) when that fails."""
    db = open_database(database_url)
    try:
        backup = upgrade_database(db)
    except UserError:
        db.dispose()
        raise
    except Exception as error:
        db.dispose()
        raise UserError(
            "db.open_failed",
            "the database {name} could not be opened: {error}",
            name=db.display_name(),
            error=str(error).splitlines()[0] if str(error) else type(error).__name__,
        ) from error
    if backup is not None:
        log.info("database upgraded; the copy made before is %s", backup)
    return db


def close_database(db: Database) -> None:
    """At the end: background work (the daily run, a distribution) finishes writing first."""
    QThreadPool.globalInstance().waitForDone()
    db.dispose()


def run_gui(database_url: str | None, demo: bool, language: str | None) -> int:
    """Run the desktop application until its last window closes; returns the exit code."""
    log_file = setup_logging()
    app = make_application()
    install_excepthook()
    log.info("Kezek %s starting; log at %s", __version__, log_file)
    translations = Translations()
    translations.apply(language or saved_language())
    # The dialogs before the main window are windows too; closing one must not end the application.
    app.setQuitOnLastWindowClosed(False)
    try:
        db = open_and_upgrade(database_url or (demo_database_url() if demo else None))
    except UserError as error:
        log.error("cannot start: %s", error.text())
        msgbox.critical(
            None,
            QCoreApplication.translate("Startup", "Kezek cannot start"),
            message_text(error),
            on_finished=lambda _b: app.exit(1),
        )
        return app.exec()
    flow = StartupFlow(db, translations, demo=demo)
    flow.cancelled.connect(app.quit)
    flow.window_shown.connect(lambda _window: app.setQuitOnLastWindowClosed(True))
    if demo:
        prepare_demo(db, on_ready=flow.start, on_failed=lambda: app.exit(1))
    else:
        flow.start()
    try:
        return app.exec()
    finally:
        close_database(db)
