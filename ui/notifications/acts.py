"""The outbox as the notifications page reads it, and printing a notice (build, then mark it printed)."""

from __future__ import annotations

from dataclasses import dataclass

from app.services import outbox
from app.services.actors import Actor
from app.services.outbox import PRINTABLE_STATUSES, NotificationRow
from app.services.session import Database
from reports.notice import build_notice
from ui.documents import render

PAGE = 500
"""Messages read at a time; the table reads the next page as it is scrolled to the end."""


@dataclass(frozen=True)
class Printed:
    pdf: bytes
    row: NotificationRow | None
    """The row as marked printed; None for a reprint of one already done."""


def rows(
    db: Database, status: str | None, channel: str | None, find: str, offset: int = 0
) -> list[NotificationRow]:
    with db.reading() as session:
        return outbox.list_notifications(
            session, status=status, channel=channel, limit=PAGE, offset=offset, find=find
        )


def count(db: Database, status: str | None, channel: str | None, find: str) -> int:
    with db.reading() as session:
        return outbox.count_notifications(session, status=status, channel=channel, find=find)


def print_notice(db: Database, actor: Actor, notification: NotificationRow) -> Printed:
    """The printable notice; a waiting message then leaves the outbox as printed (journaled)."""
    with db.reading() as session:
        pdf = render(build_notice, outbox.notice_data(session, notification.id))
    if notification.status not in PRINTABLE_STATUSES:
        return Printed(pdf, None)
    with db.transaction() as session:
        return Printed(pdf, outbox.mark_printed(session, actor, notification.id))
