"""`kezek distribute`, `kezek daily` and `kezek referral issue|extend|decline|enrol|print`."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from app.cli.context import CommandContext, add_document_language, document_language
from app.cli.progress import progress_bar
from app.domain import local_time
from app.domain.documents import DocumentLanguage
from app.services import daily, distribution, referrals
from app.services.distribution_protocol import protocol_data
from reports.distribution_protocol import build_protocol_pdf, build_protocol_xlsx
from reports.referral import build_referral

PROTOCOL_LANGUAGES: tuple[DocumentLanguage, ...] = ("kk", "ru", "en")
PLAN_COLUMNS = ("place_code", "application_no", "priority_number", "referral_no", "valid_until", "note")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-14") from error


def register(commands: Any) -> None:
    distribute = commands.add_parser("distribute", help="give the free places to the queues (RULES §5)")
    distribute.add_argument("--as-of", type=_day, help="the day of issue (default: today)")
    distribute.add_argument("--dry-run", action="store_true", help="show the plan, issue nothing")
    distribute.add_argument("--out", type=Path, help="plan CSV file (default: standard output)")
    distribute.add_argument("--protocol", type=Path, help="also write the protocol (.pdf or .xlsx)")
    add_document_language(distribute, PROTOCOL_LANGUAGES, "ru")
    distribute.set_defaults(handler=distribute_command)

    job = commands.add_parser("daily", help="expire referrals, release the stop list, close bulletins")
    job.add_argument("--as-of", type=_day, help="the day (default: today)")
    job.set_defaults(handler=daily_command)

    referral = commands.add_parser("referral", help="one referral").add_subparsers(
        dest="referral_command", metavar="ACTION", required=True
    )
    by_hand = referral.add_parser(
        "issue", help="a supervisor gives one free place to one application, for a stated reason"
    )
    by_hand.add_argument("place_code")
    by_hand.add_argument("application_no")
    by_hand.add_argument("--reason", required=True, help="why by hand (e.g. the court decision)")
    by_hand.set_defaults(handler=referral_issue)
    extend = referral.add_parser("extend", help="extend a live referral once")
    extend.add_argument("referral_no")
    extend.add_argument("--days", type=int, required=True)
    extend.set_defaults(handler=referral_extend)
    decline = referral.add_parser("decline", help="the applicant declines the place")
    decline.add_argument("referral_no")
    decline.set_defaults(handler=referral_decline)
    enrol = referral.add_parser("enrol", help="the kindergarten enrolled the child")
    enrol.add_argument("referral_no")
    enrol.add_argument("--on", type=_day, required=True, dest="enrolled_on")
    enrol.add_argument("--contract", required=True)
    enrol.set_defaults(handler=referral_enrol)
    show = referral.add_parser("print", help="write the referral as a PDF")
    show.add_argument("referral_no")
    show.add_argument("--out", type=Path, required=True)
    show.set_defaults(handler=referral_print)


def write_plan(result: distribution.PlanResult, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PLAN_COLUMNS)
    for row in result.rows:
        writer.writerow(
            (
                row.place_code,
                row.application_no or "",
                row.priority_number or "",
                row.referral_no or "",
                row.valid_until.isoformat() if row.valid_until else "",
                row.note,
            )
        )


def distribute_command(context: CommandContext, args: argparse.Namespace) -> int:
    actor = context.actor()
    db = context.database()
    as_of = args.as_of or local_time.today()
    unit = db.reading if args.dry_run else db.transaction
    with unit() as session, progress_bar(unit="") as progress:
        result = distribution.run(session, actor, as_of, args.dry_run, progress=progress)
    if args.out is None:
        write_plan(result, sys.stdout)
    else:
        with args.out.open("w", encoding="utf-8", newline="") as out:
            write_plan(result, out)
    if args.protocol is not None:
        with db.reading() as session:
            data = protocol_data(
                session, result, actor.full_name, document_language(args, PROTOCOL_LANGUAGES, "ru")
            )
        build = build_protocol_xlsx if args.protocol.suffix.lower() == ".xlsx" else build_protocol_pdf
        with progress_bar(unit=" places") as progress:
            build(data, args.protocol, progress)
    issued = "" if args.dry_run else f", {result.awarded} referrals issued"
    print(f"{len(result.rows)} places, {result.awarded} awarded{issued}", file=sys.stderr)
    return 0


def daily_command(context: CommandContext, args: argparse.Namespace) -> int:
    actor = context.actor()
    with context.database().transaction() as session:
        summary = daily.run_daily(session, actor, args.as_of or local_time.today())
    print(
        f"{summary.as_of}: {summary.expired} referrals expired, {summary.released} released from the "
        f"stop list, {summary.bulletins_closed} bulletins closed"
    )
    return 0


def _report(row: referrals.ReferralRow) -> int:
    print(f"{row.referral_no}\t{row.status}\t{row.application_no}\t{row.place_code}\t{row.valid_until or ''}")
    return 0


def referral_issue(context: CommandContext, args: argparse.Namespace) -> int:
    actor = context.actor()
    with context.database().transaction() as session:
        return _report(
            referrals.issue_manual(session, actor, args.place_code, args.application_no, args.reason)
        )


def referral_extend(context: CommandContext, args: argparse.Namespace) -> int:
    actor = context.actor()
    with context.database().transaction() as session:
        return _report(referrals.extend(session, actor, args.referral_no, args.days))


def referral_decline(context: CommandContext, args: argparse.Namespace) -> int:
    actor = context.actor()
    with context.database().transaction() as session:
        return _report(referrals.decline(session, actor, args.referral_no))


def referral_enrol(context: CommandContext, args: argparse.Namespace) -> int:
    actor = context.actor()
    with context.database().transaction() as session:
        return _report(referrals.enrol(session, actor, args.referral_no, args.enrolled_on, args.contract))


def referral_print(context: CommandContext, args: argparse.Namespace) -> int:
    with context.database().reading() as session:
        data = referrals.referral_data(session, args.referral_no)
    build_referral(data, args.out)
    return 0
