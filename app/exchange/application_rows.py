"""One row of an `applications` exchange file: its columns and every check that needs no other row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Applicant, Application, Child, Org
from app.domain.iin import InvalidIin, parse_iin, require_agreement
from app.domain.local_time import LOCAL_TZ
from app.domain.rules_profile import CodeKind, DocumentKind, RulesProfile
from app.errors import InvalidInput
from app.exchange.common import Problems, code_problem, text_lengths
from app.exchange.spreadsheet import SheetRow
from app.services.profile import profile_in_force

COLUMNS = (
    "application_no",
    "registered_at",
    "locality",
    "child_iin",
    "child_last_name",
    "child_first_name",
    "child_middle_name",
    "child_birth_date",
    "applicant_iin",
    "applicant_last_name",
    "applicant_first_name",
    "applicant_middle_name",
    "phone",
    "email",
    "language",
    "group_type",
    "work_mode",
    "special_needs",
    "category",
    "category_doc_date",
    "preferred_orgs",
)
_REQUIRED = (
    "application_no",
    "registered_at",
    "locality",
    "child_iin",
    "child_last_name",
    "child_first_name",
    "child_birth_date",
    "applicant_iin",
    "applicant_last_name",
    "applicant_first_name",
    "language",
    "group_type",
    "work_mode",
    "category",
)
_LENGTHS = {
    **text_lengths(
        Application,
        {name: name for name in ("application_no", "locality", "phone", "email")},
    ),
    **text_lengths(
        Child,
        {f"child_{name}": name for name in ("last_name", "first_name", "middle_name")},
    ),
    **text_lengths(
        Applicant,
        {f"applicant_{name}": name for name in ("last_name", "first_name", "middle_name")},
    ),
}
_PREFERRED_LENGTH = text_lengths(Application, {"preferred_orgs": "preferred_orgs"})["preferred_orgs"]
_BOOLEANS = {"": False, "false": False, "0": False, "no": False, "true": True, "1": True, "yes": True}
_OFFSET_EXAMPLE = "2025-03-04T09:15:00+05:00"


@dataclass(slots=True)
class Planned:
    """A valid row, parsed; the text fields are the file's own."""

    values: dict[str, str]
    registered_at: datetime
    child_birth_date: date
    child_sex: str
    special_needs: bool
    list_code: str
    category_doc_date: date | None
    preferred: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RowRules:
    """What the row checks need from the profile and the database, looked up once."""

    profile: RulesProfile
    now: datetime
    categories: dict[str, tuple[str, tuple[DocumentKind, ...]]]
    codes: tuple[tuple[CodeKind, frozenset[str]], ...]
    org_localities: dict[str, str]


def row_rules(session: Session, now: datetime) -> RowRules:
    """The profile in force and the kindergartens, looked up once for all the rows."""
    profile = profile_in_force(session)
    return RowRules(
        profile=profile,
        now=now,
        categories={
            c.code: (
                c.list_code,
                tuple(
                    kind
                    for kind in map(profile.document_kind, c.documents)
                    if kind.validity_months is not None
                ),
            )
            for c in profile.categories
        },
        codes=(
            ("language", frozenset(profile.languages)),
            ("group_type", frozenset(profile.group_types)),
            ("work_mode", frozenset(profile.work_modes)),
        ),
        org_localities={
            code: locality for code, locality in session.execute(select(Org.org_code, Org.locality))
        },
    )


def check_row(rules: RowRules, problems: Problems, row: SheetRow) -> Planned | None:
    """Every check of one row that needs no other row; the parsed row when it passes them all."""
    before = len(problems.items)
    problems.shape(row, _REQUIRED, _LENGTHS)
    number, values = row.number, row.values
    add, add_error = problems.add, problems.add_error
    registered = _registered_at(problems, number, values["registered_at"], rules.now)
    registered_day = registered.astimezone(LOCAL_TZ).date() if registered else None
    birth = problems.date(number, "child_birth_date", values["child_birth_date"])
    child = None
    if values["child_iin"]:
        try:
            child = parse_iin(values["child_iin"])
        except InvalidIin as error:
            add_error(number, "child_iin", error)
    if child is not None and birth is not None:
        try:
            require_agreement(child, birth)
        except InvalidIin as error:
            add_error(number, "child_birth_date", error)
    if values["applicant_iin"]:
        try:
            parse_iin(values["applicant_iin"])
        except InvalidIin as error:
            add_error(number, "applicant_iin", error)
    if birth is not None and registered_day is not None:
        limit = rules.profile.age_limit_years
        if birth > registered_day:
            add(number, "child_birth_date", "import.born_after", "the child was born after registered_at")
        elif rules.profile.over_age_limit(birth, registered_day):
            add(
                number,
                "child_birth_date",
                "import.over_age",
                "the child was {years} or older when registered",
                years=limit,
            )
    profile = rules.profile
    for kind, known in rules.codes:
        value = values[kind]
        if value and value not in known and (unknown := code_problem(profile, kind, value)):
            add_error(number, kind, unknown)
    group_type = values["group_type"]
    special_needs = _BOOLEANS.get(values["special_needs"].lower())
    if special_needs is None:
        add(
            number,
            "special_needs",
            "import.boolean",
            "must be true or false (1/0, yes/no), or empty for false",
        )
    elif group_type == "special" and not special_needs:
        add(
            number,
            "special_needs",
            "group.special_needs_required",
            "a special group needs a documented special educational need",
        )
    doc_date = problems.date(number, "category_doc_date", values["category_doc_date"])
    category = rules.categories.get(values["category"])
    if category is None:
        if values["category"]:
            try:
                profile.category(values["category"])
            except InvalidInput as error:
                add_error(number, "category", error)
    elif registered_day is not None:
        _check_document(problems, number, values, category[1], doc_date, registered_day)
    email = values["email"]
    if email and "@" not in email:
        add(number, "email", "import.email", "'{email}' is not an e-mail address", email=email)
    preferred = _preferred(rules, problems, number, values)
    if (
        len(problems.items) > before
        or registered is None
        or birth is None
        or child is None
        or special_needs is None
        or category is None
    ):
        return None
    return Planned(
        values, registered.astimezone(UTC), birth, child.sex, special_needs, category[0], doc_date, preferred
    )


def _registered_at(problems: Problems, number: int, text: str, now: datetime) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        problems.add(
            number,
            "registered_at",
            "import.moment_form",
            "'{text}' is not an ISO 8601 date and time like {example}",
            text=text,
            example=_OFFSET_EXAMPLE,
        )
        return None
    if moment.tzinfo is None:
        problems.add(
            number,
            "registered_at",
            "import.no_offset",
            "{text} has no UTC offset; write it like {example}",
            text=text,
            example=_OFFSET_EXAMPLE,
        )
        return None
    if moment > now:
        problems.add(number, "registered_at", "import.in_future", "{text} is in the future", text=text)
        return None
    return moment


def _check_document(
    problems: Problems,
    number: int,
    values: dict[str, str],
    limited: tuple[DocumentKind, ...],
    issued: date | None,
    registered_day: date,
) -> None:
    """The priority document's date: needed when its validity is limited, valid on the registration day."""
    if issued is None:
        if limited and not values["category_doc_date"]:
            problems.add(
                number,
                "category_doc_date",
                "import.doc_date_needed",
                "category {category} needs the issue date of its {document}",
                category=values["category"],
                document=limited[0],
            )
        return
    if issued > registered_day:
        problems.add(
            number,
            "category_doc_date",
            "import.doc_after_registration",
            "{issued} is after the registration day {registered}",
            issued=issued,
            registered=registered_day,
        )
        return
    for kind in limited:
        until = kind.valid_until(issued)
        if until is not None and until < registered_day:
            problems.add(
                number,
                "category_doc_date",
                "import.doc_expired",
                "the {document} had expired (valid until {until}) when registered on {registered}",
                document=kind,
                until=until,
                registered=registered_day,
            )


def _preferred(rules: RowRules, problems: Problems, number: int, values: dict[str, str]) -> tuple[str, ...]:
    text = values["preferred_orgs"]
    if not text:
        return ()
    codes = tuple(code.strip() for code in text.split(";") if code.strip())
    limit = rules.profile.max_chosen_kindergartens
    if len(codes) > limit:
        problems.add(
            number,
            "preferred_orgs",
            "orgs.too_many",
            "at most {n} kindergartens may be chosen, not {count}",
            n=limit,
            count=len(codes),
        )
    if len(set(codes)) != len(codes):
        problems.add(number, "preferred_orgs", "orgs.repeated", "a kindergarten is chosen twice")
    if len(";".join(codes)) > _PREFERRED_LENGTH:
        problems.too_long(number, "preferred_orgs", _PREFERRED_LENGTH)
    locality = values["locality"]
    for code in codes:
        org_locality = rules.org_localities.get(code)
        if org_locality is None:
            problems.unknown_org(number, "preferred_orgs", code)
        elif locality and org_locality != locality:
            problems.add(
                number,
                "preferred_orgs",
                "import.org_elsewhere",
                "kindergarten {org} is in {org_locality}, not {locality}",
                org=code,
                org_locality=org_locality,
                locality=locality,
            )
    return codes
