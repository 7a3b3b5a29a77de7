"""Filling the intake screen in tests, and kindergartens to choose from."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db.models import Org
from app.services.actors import ensure_office
from app.services.session import Database
from ui.intake.page import IntakePage

LOCALITY = "Қосшы"
ORGS = (
    ("KSH-001", "«Балапан» бөбекжай-бақшасы", "Ясли-сад «Балапан»"),
    ("KSH-002", "«Айгөлек» балабақшасы", "Детский сад «Айгөлек»"),
    ("KSH-003", "«Еркетай» бөбекжайы", "Ясли «Еркетай»"),
)


def add_orgs(db: Database, locality: str = LOCALITY) -> None:
    with db.transaction() as session:
        office = ensure_office(session)
        for code, name_kk, name_ru in ORGS:
            session.add(
                Org(
                    office_id=office.id,
                    org_code=code,
                    name_kk=name_kk,
                    name_ru=name_ru,
                    locality=locality,
                    address="",
                    bin=uuid.uuid4().hex[:12],
                )
            )


def fill(
    qtbot: QtBot,
    page: IntakePage,
    child_iin: str,
    applicant_iin: str,
    *,
    category: str = "general",
    documents: tuple[str, ...] = ("application", "birth_certificate", "applicant_identity"),
) -> None:
    """Type the form as a clerk would; QTest types ASCII only, so Kazakh names are set as text."""
    form = page.form
    qtbot.keyClicks(form.child_iin.edit, child_iin)
    form.child_last.setText("Нұрғалиев")
    form.child_first.setText("Әлихан")
    form.child_middle.setText("Қуанышұлы")
    qtbot.keyClicks(form.applicant_iin.edit, applicant_iin)
    form.applicant_last.setText("Нұрғалиева")
    form.applicant_first.setText("Гүлнұр")
    form.applicant_middle.setText("Серікқызы")
    form.id_document.setText("ЖК 045612378")
    qtbot.keyClicks(form.phone, "+7 701 234 56 78")
    form.locality.setEditText(LOCALITY)
    form.category.setCurrentIndex(form.category.findData(category))
    for code in documents:
        page.checklist.boxes[code].setChecked(True)


def submit(qtbot: QtBot, page: IntakePage) -> object:
    with qtbot.waitSignal(page.submitted, timeout=20000) as blocker:
        qtbot.keyClick(page.form.email, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return blocker.args[0] if blocker.args else None


def register_many(db: Database, n: int, locality: str = LOCALITY) -> list[str]:
    """n registered applications in one queue (birth year 2023), a mix of lists, an hour apart."""
    from datetime import date, datetime, timedelta

    from app.services import intake
    from app.services.actors import Actor
    from tests.db.intake_helpers import documents, form

    clerk = Actor("clerk", "Нұрлан Өмірұлы", "clerk")
    start = datetime.fromisoformat("2026-03-02T09:00:00+05:00")
    categories = ("general", "general", "large_family", "general", "military", "general", "teacher")
    numbers = []
    with db.transaction() as session:
        for i in range(n):
            category = categories[i % len(categories)]
            moment = start + timedelta(hours=i)
            own = {"military": "military_service_certificate", "large_family": "large_family_certificate",
                   "teacher": "teacher_workplace_certificate"}.get(category)  # fmt: skip
            papers = documents(own, moment.date() if own else None)
            child = form(date(2023, 1 + i % 12, 1 + i % 28), locality, category)
            result = intake.submit(session, clerk, child, papers, now=moment)
            assert isinstance(result, intake.Registered)
            numbers.append(result.application_no)
    return numbers
