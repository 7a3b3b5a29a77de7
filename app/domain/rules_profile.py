"""The rules profile: versioned data for every rule that is a default of practice rather than of Order 254."""

from __future__ import annotations

import calendar
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any, Literal, TypeVar, cast

from app.domain.working_days import CalendarOverrides
from app.errors import InvalidInput

ListCode = Literal["E", "F", "G"]
CodeKind = Literal["language", "group_type", "work_mode", "enrollment_mode"]

PROFILE_PACKAGE = "resources.rules"
DEFAULT_PROFILE = "default"
QUEUE_KEY_FIELDS = frozenset({"locality", "birth_year"})
_LISTS: tuple[ListCode, ...] = ("E", "F", "G")
_CODE_LABELS: dict[CodeKind, str] = {
    "language": "language",
    "group_type": "group type",
    "work_mode": "work mode",
    "enrollment_mode": "enrolment mode",
}
_T = TypeVar("_T")


@dataclass(frozen=True)
class DocumentKind:
    """A kind of supporting document; validity_months None means it does not expire."""

    code: str
    name_kk: str
    name_ru: str
    name_en: str
    validity_months: int | None = None

    def name(self, language: str) -> str:
        """The name in kk, ru or en (English for anything else)."""
        return {"kk": self.name_kk, "ru": self.name_ru}.get(language, self.name_en)

    def __str__(self) -> str:
        """The English name: what an English message naming the document says (screens use `name`)."""
        return self.name_en

    def valid_until(self, issued: date) -> date | None:
        """The last day the document is valid: the same day N months later, or that month's last day."""
        if self.validity_months is None:
            return None
        return add_months(issued, self.validity_months)

    def expired(self, issued: date, on: date) -> bool:
        """Whether the document is no longer valid on the given day."""
        until = self.valid_until(issued)
        return until is not None and on > until


@dataclass(frozen=True)
class Category:
    """A priority category: its list (E extraordinary, F first priority, G general) and its documents."""

    code: str
    name_kk: str
    name_ru: str
    name_en: str
    list_code: ListCode
    documents: tuple[str, ...]

    def name(self, language: str) -> str:
        """The name in kk, ru or en (English for anything else)."""
        return {"kk": self.name_kk, "ru": self.name_ru}.get(language, self.name_en)


@dataclass(frozen=True)
class RulesProfile:
    """One version of the rules in force from effective_from; see resources/rules/default.toml."""

    code: str
    title: str
    effective_from: date
    source: str
    queue_key: tuple[str, ...]
    first_priority_ratio: int
    age_limit_years: int
    max_chosen_kindergartens: int
    referral_validity_working_days: int
    extension_limit: int
    extension_max_days: int
    stop_list_days: int
    distribution_frozen_months: frozenset[int]
    holiday_days_off: frozenset[date]
    holiday_working_days: frozenset[date]
    languages: tuple[str, ...]
    group_types: tuple[str, ...]
    work_modes: tuple[str, ...]
    enrollment_modes: tuple[str, ...]
    base_documents: tuple[str, ...]
    document_kinds: tuple[DocumentKind, ...]
    categories: tuple[Category, ...]

    def category(self, code: str) -> Category:
        """The category with this code; InvalidInput `category.unknown` if there is none."""
        for category in self.categories:
            if category.code == code:
                return category
        raise InvalidInput("category.unknown", "unknown category '{value}'", value=code)

    def list_of(self, category_code: str) -> ListCode:
        """The list (E, F or G) the category belongs to."""
        return self.category(category_code).list_code

    def categories_in(self, list_code: ListCode) -> tuple[Category, ...]:
        """The categories of one list, in profile order."""
        return tuple(c for c in self.categories if c.list_code == list_code)

    def document_kind(self, code: str) -> DocumentKind:
        """The document kind with this code; InvalidInput `document.unknown` if there is none."""
        for kind in self.document_kinds:
            if kind.code == code:
                return kind
        raise InvalidInput("document.unknown", "unknown document kind '{value}'", value=code)

    def required_documents(self, category_code: str) -> tuple[DocumentKind, ...]:
        """The base documents followed by the category's own, without repeats."""
        codes = dict.fromkeys((*self.base_documents, *self.category(category_code).documents))
        return tuple(self.document_kind(code) for code in codes)

    def document_expired(self, doc_code: str, issued: date, on: date) -> bool:
        """Whether a document of this kind issued on `issued` is expired on `on`."""
        return self.document_kind(doc_code).expired(issued, on)

    def check_document(self, doc_code: str, issued: date, on: date) -> None:
        """Raise InvalidInput if the document is dated in the future or expired on `on`."""
        kind = self.document_kind(doc_code)
        if issued > on:
            raise InvalidInput("document.future", "issue date {issued} is in the future", issued=str(issued))
        until = kind.valid_until(issued)
        if until is not None and on > until:
            raise InvalidInput("document.expired", "expired: valid until {until}", until=until)

    def calendar_overrides(self) -> CalendarOverrides:
        """The profile's extra days off and working days, for WorkingCalendar."""
        return CalendarOverrides(days_off=self.holiday_days_off, working_days=self.holiday_working_days)

    def over_age_limit(self, birth_date: date, on: date) -> bool:
        """Whether a child has reached the age limit on the given day (on the birthday itself: yes)."""
        return add_months(birth_date, 12 * self.age_limit_years) <= on

    def is_distribution_frozen(self, d: date) -> bool:
        """Whether distribution is suspended on d (the August regrouping by default)."""
        return d.month in self.distribution_frozen_months

    def validate_code(self, kind: CodeKind, value: str) -> str:
        """Return value if it is a known code of that kind; InvalidInput `code.unknown` otherwise."""
        allowed = {
            "language": self.languages,
            "group_type": self.group_types,
            "work_mode": self.work_modes,
            "enrollment_mode": self.enrollment_modes,
        }[kind]
        if value not in allowed:
            label = _CODE_LABELS[kind]
            raise InvalidInput(
                "code.unknown", "unknown {label} '{value}'", kind=kind, label=label, value=value
            )
        return value


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 January + 1 month = 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def load_profile_text(text: str) -> RulesProfile:
    """Parse and check a profile written in TOML; InvalidInput `profile.syntax` or `profile.invalid`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InvalidInput(
            "profile.syntax", "rules profile is not valid TOML: {detail}", detail=str(error)
        ) from error
    return _Reader(data, "").profile()


def list_profiles() -> tuple[str, ...]:
    """Names of the profiles shipped with the application (file names without .toml), sorted."""
    root = resources.files(PROFILE_PACKAGE)
    return tuple(sorted(p.name.removesuffix(".toml") for p in root.iterdir() if p.name.endswith(".toml")))


def shipped_profile_text(name: str) -> str:
    """The TOML of a shipped profile by name; InvalidInput `profile.unknown` if there is no such file."""
    if name not in list_profiles():
        raise InvalidInput("profile.unknown", "unknown rules profile '{value}'", value=name)
    return resources.files(PROFILE_PACKAGE).joinpath(f"{name}.toml").read_text(encoding="utf-8")


@cache
def load_profile(name: str) -> RulesProfile:
    """A shipped profile by name; InvalidInput `profile.unknown` if there is no such file."""
    return load_profile_text(shipped_profile_text(name))


def default_profile() -> RulesProfile:
    """The default profile shipped with the application (loaded once)."""
    return load_profile(DEFAULT_PROFILE)


def _invalid(path: str, reason: str) -> InvalidInput:
    return InvalidInput("profile.invalid", "rules profile: {path}: {reason}", path=path, reason=reason)


class _Reader:
    """Typed access to one TOML table that names the offending key in every error."""

    def __init__(self, table: dict[str, Any], path: str) -> None:
        self.table = table
        self.path = path
        self.used: set[str] = set()

    def _at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, kind: type[_T], *, default: _T | None = None) -> _T:
        self.used.add(key)
        if key not in self.table:
            if default is not None:
                return default
            raise _invalid(self._at(key), "missing")
        value = self.table[key]
        # bool is an int and datetime a date in Python; TOML keeps them apart, so do we.
        wrong_subtype = (kind is int and isinstance(value, bool)) or (
            kind is date and isinstance(value, datetime)
        )
        if not isinstance(value, kind) or wrong_subtype:
            raise _invalid(self._at(key), f"must be {kind.__name__}, not {type(value).__name__}")
        return value

    def natural(self, key: str, *, minimum: int = 0) -> int:
        value = self.get(key, int)
        if value < minimum:
            raise _invalid(self._at(key), f"must be at least {minimum}")
        return value

    def items(self, key: str, kind: type[_T], check: Callable[[_T], bool] | None = None) -> tuple[_T, ...]:
        values = self.get(key, list, default=[])
        result: list[_T] = []
        for i, value in enumerate(values):
            if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                raise _invalid(f"{self._at(key)}[{i}]", f"must be {kind.__name__}")
            if check is not None and not check(value):
                raise _invalid(f"{self._at(key)}[{i}]", f"{value!r} is not allowed")
            if value in result:
                raise _invalid(f"{self._at(key)}[{i}]", f"{value!r} is repeated")
            result.append(value)
        return tuple(result)

    def sub(self, key: str) -> _Reader:
        return _Reader(self.get(key, dict), self._at(key))

    def tables(self, key: str) -> list[_Reader]:
        values = self.get(key, list)
        if not all(isinstance(v, dict) for v in values):
            raise _invalid(self._at(key), "must be an array of tables")
        return [_Reader(cast(dict[str, Any], v), f"{self._at(key)}[{i}]") for i, v in enumerate(values)]

    def done(self) -> None:
        # An unknown key is most likely a typo that would otherwise silently keep a default.
        unknown = sorted(set(self.table) - self.used)
        if unknown:
            raise _invalid(self._at(unknown[0]), "unknown key")

    def codes(self, key: str, check: Callable[[str], bool] | None = None) -> tuple[str, ...]:
        result = self.items(key, str, check or (lambda v: bool(v.strip())))
        if not result:
            raise _invalid(self._at(key), "must not be empty")
        return result

    def document_kind(self) -> DocumentKind:
        validity = self.natural("validity_months", minimum=1) if "validity_months" in self.table else None
        kind = DocumentKind(
            code=self.get("code", str),
            name_kk=self.get("name_kk", str),
            name_ru=self.get("name_ru", str),
            name_en=self.get("name_en", str),
            validity_months=validity,
        )
        self.done()
        return kind

    def category(self, known_documents: set[str]) -> Category:
        list_code = self.get("list", str)
        if list_code not in _LISTS:
            raise _invalid(self._at("list"), f"must be E, F or G, not {list_code!r}")
        documents = self.items("documents", str, lambda v: v in known_documents)
        category = Category(
            code=self.get("code", str),
            name_kk=self.get("name_kk", str),
            name_ru=self.get("name_ru", str),
            name_en=self.get("name_en", str),
            list_code=list_code,
            documents=documents,
        )
        self.done()
        return category

    def profile(self) -> RulesProfile:
        queue, referral = self.sub("queue"), self.sub("referral")
        distribution, cal, codes = self.sub("distribution"), self.sub("calendar"), self.sub("codes")
        documents = self.sub("documents")
        kinds = tuple(r.document_kind() for r in self.tables("document_kinds"))
        _unique([k.code for k in kinds], self._at("document_kinds"))
        known = {k.code for k in kinds}
        categories = tuple(r.category(known) for r in self.tables("categories"))
        _unique([c.code for c in categories], self._at("categories"))
        if not categories:
            raise _invalid(self._at("categories"), "must not be empty")
        days_off = frozenset(cal.items("days_off", date))
        working_days = frozenset(cal.items("working_days", date))
        if days_off & working_days:
            raise _invalid(cal.path, f"{min(days_off & working_days)} is both a day off and a working day")
        profile = RulesProfile(
            code=self.get("code", str),
            title=self.get("title", str),
            effective_from=self.get("effective_from", date),
            source=self.get("source", str),
            queue_key=queue.codes("key", lambda v: v in QUEUE_KEY_FIELDS),
            first_priority_ratio=queue.natural("first_priority_ratio"),
            age_limit_years=queue.natural("age_limit_years", minimum=1),
            max_chosen_kindergartens=queue.natural("max_chosen_kindergartens", minimum=1),
            referral_validity_working_days=referral.natural("validity_working_days", minimum=1),
            extension_limit=referral.natural("extension_limit"),
            extension_max_days=referral.natural("extension_max_days"),
            stop_list_days=referral.natural("stop_list_days"),
            distribution_frozen_months=frozenset(
                distribution.items("frozen_months", int, lambda m: 1 <= m <= 12)
            ),
            holiday_days_off=days_off,
            holiday_working_days=working_days,
            languages=codes.codes("languages"),
            group_types=codes.codes("group_types"),
            work_modes=codes.codes("work_modes"),
            enrollment_modes=codes.codes("enrollment_modes"),
            base_documents=documents.items("base", str, lambda v: v in known),
            document_kinds=kinds,
            categories=categories,
        )
        for reader in (queue, referral, distribution, cal, codes, documents, self):
            reader.done()
        return profile


def _unique(codes: list[str], path: str) -> None:
    seen: set[str] = set()
    for i, code in enumerate(codes):
        if code in seen:
            raise _invalid(f"{path}[{i}].code", f"{code!r} is repeated")
        seen.add(code)
