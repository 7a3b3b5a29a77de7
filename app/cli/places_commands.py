"""`kezek bulletin`, `kezek places list|recall` and `kezek archive withdraw`."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.cli.context import CommandContext, add_document_language, document_language
from app.domain.documents import BulletinData, DocumentLanguage
from app.domain.local_time import local, local_date
from app.errors import InvalidInput
from app.services import archive, places
from app.services.archive import WITHDRAWAL_REASONS
from reports.bulletin import build_bulletin_pdf, build_bulletin_xlsx
from reports.withdrawal_confirmation import build_withdrawal_confirmation

BULLETIN_LANGUAGES: tuple[DocumentLanguage, ...] = ("kk", "ru")
BULLETIN_WRITERS = {".pdf": build_bulletin_pdf, ".xlsx": build_bulletin_xlsx}


def register(commands: Any) -> None:
    sheet = commands.add_parser("bulletin", help="the daily bulletin of vacant or recalled places")
    sheet.add_argument("--date", type=date.fromisoformat, help="the day, YYYY-MM-DD (default: today)")
    sheet.add_argument("--kind", choices=("vacant", "recalled"), default="vacant")
    add_document_language(sheet, BULLETIN_LANGUAGES, "kk")
    sheet.add_argument("--out", type=Path, help="write FILE.pdf or FILE.xlsx (default: rows as text)")
    sheet.set_defaults(handler=bulletin)

    place = commands.add_parser("places", help="free places").add_subparsers(
        dest="places_command", metavar="ACTION", required=True
    )
    listing = place.add_parser("list", help="places in distribution order")
    listing.add_argument("--status", choices=places.PLACE_STATUSES)
    listing.add_argument("--org", metavar="ORG_CODE")
    listing.set_defaults(handler=places_list)
    recall = place.add_parser("recall", help="the kindergarten takes a free place back")
    recall.add_argument("place_code")
    recall.add_argument("--reason", required=True)
    recall.set_defaults(handler=places_recall)

    archived = commands.add_parser("archive", help="the archive of applications").add_subparsers(
        dest="archive_command", metavar="ACTION", required=True
    )
    withdraw = archived.add_parser("withdraw", help="take a waiting application out of the queue")
    withdraw.add_argument("number", help="the application number")
    withdraw.add_argument("--reason", required=True, choices=WITHDRAWAL_REASONS)
    withdraw.add_argument("--note", default="")
    withdraw.add_argument("--out", type=Path, help="write the confirmation as FILE.pdf")
    withdraw.set_defaults(handler=archive_withdraw)


def _bulletin_lines(data: BulletinData) -> list[str]:
    lines = [
        f"{data.number}\t{data.kind}\t{data.bulletin_date.isoformat()}\t{len(data.rows)} place(s)",
        f"journal head {data.journal_head_hash}",
    ]
    for row in data.rows:
        fields = [
            local(row.at).strftime("%H:%M:%S"),
            row.place_code,
            row.kindergarten_name,
            str(row.birth_year),
            row.group_language,
            row.group_type,
            row.work_mode,
            row.enrolment_mode,
            row.available_from.isoformat(),
            row.stay_until.isoformat() if row.stay_until else "",
        ]
        if data.kind == "recalled":
            fields.append(row.recall_reason or "")
        lines.append("\t".join(fields))
    return lines


def bulletin(context: CommandContext, args: argparse.Namespace) -> int:
    day = args.date or local_date(datetime.now(UTC))
    writer = BULLETIN_WRITERS.get(args.out.suffix.lower()) if args.out is not None else None
    if args.out is not None and writer is None:
        raise InvalidInput(
            "bulletin.format", "write the bulletin as .pdf or .xlsx, not {name}", name=args.out
        )
    with context.database().reading() as session:
        data = places.bulletin(session, day, args.kind, document_language(args, BULLETIN_LANGUAGES, "kk"))
    if writer is None:
        print("\n".join(_bulletin_lines(data)))
        return 0
    writer(data, args.out)
    print(f"{len(data.rows)} place(s) written to {args.out}")
    return 0


def places_list(context: CommandContext, args: argparse.Namespace) -> int:
    with context.database().reading() as session:
        rows = places.list_places(session, args.status, args.org)
    for row in rows:
        print(
            f"{row.place_code}\t{row.org_code}\t{row.birth_year}\t{row.language}\t{row.group_type}\t"
            f"{row.work_mode}\t{row.enrollment_mode}\t{row.available_from.isoformat()}\t{row.status}"
        )
    return 0


def places_recall(context: CommandContext, args: argparse.Namespace) -> int:
    actor = context.actor()
    with context.database().transaction() as session:
        row = places.recall_place(session, actor, args.place_code, args.reason)
    print(f"place {row.place_code} recalled: {row.recall_reason}")
    return 0


def archive_withdraw(context: CommandContext, args: argparse.Namespace) -> int:
    actor = context.actor()
    with context.database().transaction() as session:
        data = archive.withdraw(session, actor, args.number, args.reason, args.note)
    print(f"application {data.application_number} archived ({data.reason_code}); confirmation {data.number}")
    if args.out is not None:
        build_withdrawal_confirmation(data, args.out)
        print(f"confirmation written to {args.out}")
    return 0
