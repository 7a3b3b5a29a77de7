"""What the three imports share: row errors, the refusal, the result and the field checks."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from app.db.bulk import table_of
from app.db.models import Base
from app.domain.rules_profile import CodeKind, RulesProfile
from app.errors import InvalidInput, UserError
from app.exchange.spreadsheet import SheetRow

CHUNK = 5000
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem of one row: the row number as a spreadsheet shows it, the column, and the problem
    (a code and parameters a screen words in its language; `reason` is the English text)."""

    row: int
    column: str
    problem: UserError

    @property
    def reason(self) -> str:
        return self.problem.text()

    def __str__(self) -> str:
        return f"row {self.row}: {self.column}: {self.reason}"


class ImportRejected(InvalidInput):
    """A file with bad rows: nothing was written; `errors` names every problem, sorted by row."""

    def __init__(self, file: str, errors: list[RowError]) -> None:
        super().__init__(
            "import.rejected",
            "{file}: nothing imported, {rows} bad row(s) with {problems} problem(s)",
            file=file,
            rows=len({error.row for error in errors}),
            problems=len(errors),
        )
        self.errors = errors


@dataclass(frozen=True, slots=True)
class ImportResult:
    kind: str
    created: int
    journal_hash: str


class Problems:
    """The problems found in a file so far, reported together at the end."""

    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        self.path = path
        self.items: list[RowError] = []
        self._order = {name: index for index, name in enumerate(columns)}

    def add(self, row: int, column: str, code: str, message: str, /, **params: object) -> None:
        """A problem of the import's own: its code, English text and parameters, as UserError takes them."""
        self.add_error(row, column, InvalidInput(code, message, **params))

    def add_error(self, row: int, column: str, problem: UserError) -> None:
        """A problem a rule of the core raised (an IIN's check digit, a code the profile does not know)."""
        self.items.append(RowError(row, column, problem))

    def repeated(self, first_rows: dict[str, int], row: int, column: str, value: str) -> None:
        """`value` a second time in a column of unique values (`first_rows`: value -> its first row)."""
        first = first_rows.setdefault(value, row)
        if first != row:
            self.add(
                row,
                column,
                "import.repeated",
                "{value} is repeated (first in row {first})",
                value=value,
                first=first,
            )

    def exists(self, row: int, column: str, value: str) -> None:
        self.add(row, column, "import.exists", "{value} already exists in the database", value=value)

    def raise_if_any(self) -> None:
        """Raise ImportRejected with every problem, by row and then in column order."""
        if self.items:
            last = len(self._order)
            errors = sorted(self.items, key=lambda e: (e.row, self._order.get(e.column, last)))
            raise ImportRejected(self.path.name, errors)

    def shape(self, row: SheetRow, required: Sequence[str], lengths: dict[str, int]) -> None:
        """Values right of the header, empty required cells and text longer than its database column."""
        if row.overflow:
            self.add(
                row.number,
                "(beyond the header)",
                "import.overflow",
                "the row has values right of the last column",
            )
        values = row.values
        for column in required:
            if not values[column]:
                self.add(row.number, column, "import.empty", "must not be empty")
        for column, limit in lengths.items():
            if len(values[column]) > limit:
                self.too_long(row.number, column, limit)

    def too_long(self, row: int, column: str, limit: int) -> None:
        self.add(row, column, "import.too_long", "is longer than {limit} characters", limit=limit)

    def date(self, row: int, column: str, text: str) -> date | None:
        """An ISO date (YYYY-MM-DD) that exists in the calendar; None for empty text (no problem: the
        required check speaks for that) or for a bad one (with a problem)."""
        if not text:
            return None
        if not _ISO_DATE.fullmatch(text):
            self.add(
                row, column, "import.date_form", "'{text}' is not a date written as YYYY-MM-DD", text=text
            )
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.add(row, column, "import.no_such_date", "{text} is not a real date", text=text)
            return None

    def unknown_org(self, row: int, column: str, code: str) -> None:
        self.add(row, column, "import.unknown_org", "unknown kindergarten {org}", org=code)


def code_problem(profile: RulesProfile, kind: CodeKind, value: str) -> InvalidInput | None:
    """The profile's own refusal of an unknown code, None for a known one."""
    try:
        profile.validate_code(kind, value)
    except InvalidInput as error:
        return error
    return None


def text_lengths(model: type[Base], columns: dict[str, str]) -> dict[str, int]:
    """File column -> the length of the database column it is stored in."""
    lengths: dict[str, int] = {}
    for file_column, db_column in columns.items():
        length = getattr(table_of(model).c[db_column].type, "length", None)
        if isinstance(length, int):
            lengths[file_column] = length
    return lengths


CHECKING = "checking rows"
WRITING = "writing rows"
"""The steps an import reports its progress in."""


def chunks(items: Sequence[_T], size: int = CHUNK) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
