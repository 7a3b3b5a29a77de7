"""`kezek --smoke-test`: prove a build can migrate, translate, write a PDF and build its main window."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

from app.domain.documents import QueueNotificationData
from app.services.actors import Actor
from app.services.session import open_database, upgrade_database
from reports.fonts import register_fonts
from reports.queue_notification import build_queue_notification
from ui.app import close_database, make_application
from ui.i18n import Translations
from ui.startup import StartupFlow

SAMPLE_NOTIFICATION = QueueNotificationData(
    provider_name="Жергілікті атқарушы орган",
    office_name="Әкімдік кеңсесі",
    office_code="KZ-00",
    issued_at=datetime(2026, 3, 2, 5, 30, tzinfo=UTC),
    language="kk",
    number="KZ-00-2026-000001",
    registered_at=datetime(2026, 3, 2, 5, 29, 41, tzinfo=UTC),
    child_name="Әлібек Ұлан Нұрсұлтанұлы",
    child_iin="230415500018",
    child_birth_date=date(2023, 4, 15),
    category_code="general",
    locality="Қарағанды",
    birth_year=2023,
    priority_number=1,
    employee_name="Smoke Test",
    journal_hash="0" * 64,
)


def sample_pdf() -> bytes:
    """A real document from `reports/`, built in memory."""
    register_fonts()
    out = BytesIO()
    build_queue_notification(SAMPLE_NOTIFICATION, out)
    return out.getvalue()


def run_smoke_test() -> int:
    """Returns 0 and prints "smoke test ok", or prints the failure and returns 1."""
    # QT_QPA_PLATFORM is read when the QApplication is made: CI machines have no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    with tempfile.TemporaryDirectory(prefix="kezek-smoke-") as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'smoke.sqlite3'}")
        try:
            upgrade_database(db)
            translations = Translations(cache_dir=Path(folder) / "cache")
            for language in ("kk", "ru"):
                translations.apply(language)
            if not sample_pdf().startswith(b"%PDF"):
                raise RuntimeError("the sample PDF is not a PDF")
            window = StartupFlow(db, translations).open_main_window(Actor("smoke", "Smoke Test", "admin"))
            window.close()
            window.deleteLater()
            translations.remove()
            app.processEvents()
        except Exception as error:
            print(f"smoke test FAILED: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
        finally:
            close_database(db)
    print("smoke test ok")
    return 0
