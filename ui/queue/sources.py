"""Where the queue table's rows come from: the whole queue by position, or filtered, page by page."""

from __future__ import annotations

from collections.abc import Sequence

from app.services import queue_view
from app.services.queue_view import QueueTableRow
from app.services.session import Database


class PositionSource:
    """The whole queue: each page read at its merged positions."""

    def __init__(self, db: Database, locality: str, birth_year: int) -> None:
        self.db, self.locality, self.birth_year = db, locality, birth_year
        with db.reading() as session:
            self.size = queue_view.queue_size(session, locality, birth_year)
        self.total: int | None = self.size.total

    def fetch(self, loaded: Sequence[QueueTableRow], count: int) -> list[QueueTableRow]:
        return self.read(len(loaded), count)

    def read(self, start: int, count: int) -> list[QueueTableRow]:
        """The rows at merged positions start..start+count-1: one indexed slice per list."""
        with self.db.reading() as session:
            return queue_view.queue_page(session, self.locality, self.birth_year, start, count, self.size)


class FilteredSource:
    """Only the rows of a status or a category, still with their priority numbers."""

    def __init__(
        self, db: Database, locality: str, birth_year: int, status: str | None, category: str | None
    ) -> None:
        self.db, self.locality, self.birth_year = db, locality, birth_year
        self.status, self.category = status, category
        self.total: int | None = None
        with db.reading() as session:
            self.size = queue_view.queue_size(session, locality, birth_year)

    def fetch(self, loaded: Sequence[QueueTableRow], count: int) -> list[QueueTableRow]:
        after = (loaded[-1].priority_number or 0) if loaded else 0
        with self.db.reading() as session:
            return queue_view.filtered_page(
                session,
                self.locality,
                self.birth_year,
                after,
                count,
                status=self.status,
                category=self.category,
                size=self.size,
            )
