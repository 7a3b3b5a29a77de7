"""`kezek import …` and `kezek queue export|position`."""

from __future__ import annotations

import argparse
import csv
import sys
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.orm import Session

from app.cli.context import CommandContext
from app.cli.progress import progress_bar
from app.domain.iin import InvalidIin, parse_iin
from app.exchange import imports
from app.files import replaced_on_success
from app.progress import Progress, silent
from app.services import queue

EXPORT_COLUMNS = queue.QueueRow._fields


def register(commands: Any) -> None:
    load = commands.add_parser("import", help="import an exchange file (.csv or .xlsx, DESIGN §9)")
    load.add_argument("kind", choices=tuple(imports.IMPORTERS))
    load.add_argument("file", type=Path)
    load.set_defaults(handler=import_file)

    queue_parser = commands.add_parser("queue", help="the waiting list").add_subparsers(
        dest="queue_command", metavar="ACTION", required=True
    )
    export = queue_parser.add_parser("export", help="waiting applications with priority numbers (CSV)")
    export.add_argument("--locality")
    export.add_argument("--birth-year", type=int)
    export.add_argument("--out", type=Path, help="file to write (default: standard output)")
    export.set_defaults(handler=queue_export)
    position = queue_parser.add_parser("position", help="the priority number of a child by IIN")
    position.add_argument("iin")
    position.set_defaults(handler=queue_position)


def import_file(context: CommandContext, args: argparse.Namespace) -> int:
    actor = context.actor()
    try:
        with context.database().transaction() as session, progress_bar() as progress:
            result = imports.IMPORTERS[args.kind](session, actor, args.file, progress=progress)
    except imports.ImportRejected as rejected:
        for error in rejected.errors:
            print(f"row {error.row}: {error.column}: {error.reason}", file=sys.stderr)
        print(f"kezek: {rejected.text()}", file=sys.stderr)
        return 1
    print(f"imported {result.created} {args.kind}; journal head {result.journal_hash[:16]}")
    return 0


def write_export(
    session: Session, out: TextIO, locality: str | None, birth_year: int | None, progress: Progress = silent
) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    total = queue.waiting_count(session, locality, birth_year)
    rows = queue.export_rows(session, locality, birth_year)
    count = 0
    # The rows are the file's lines already: written a batch per call, not a Python call per line.
    while batch := list(islice(rows, 10_000)):
        writer.writerows(batch)
        count += len(batch)
        progress("writing the queue", count, total)
    return count


def queue_export(context: CommandContext, args: argparse.Namespace) -> int:
    with context.database().reading() as session, progress_bar() as progress:
        if args.out is None:
            write_export(session, sys.stdout, args.locality, args.birth_year, progress)
            return 0
        with replaced_on_success(args.out) as partial, partial.open("w", encoding="utf-8", newline="") as out:
            count = write_export(session, out, args.locality, args.birth_year, progress)
    print(f"{count} waiting applications written to {args.out}", file=sys.stderr)
    return 0


def queue_position(context: CommandContext, args: argparse.Namespace) -> int:
    try:
        parse_iin(args.iin)
    except InvalidIin as error:
        print(f"kezek: IIN {args.iin}: {error.text()}", file=sys.stderr)
        return 1
    with context.database().reading() as session:
        for position in queue.positions_by_iin(session, args.iin):
            print(
                f"{position.locality}\t{position.birth_year}\t{position.application_no}\t{position.priority_number}"
            )
            print(f"  {position.explanation.describe()}")
    return 0
