"""`kezek db …`, `kezek users …`, `kezek journal verify`, `kezek profile …`, `kezek demo`."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from app.cli.context import CommandContext
from app.cli.progress import progress_bar
from app.db import migrate
from app.errors import InvalidInput, UserError
from app.services import demo, journal, profile, users
from app.services.actors import ROLES


def register(commands: Any) -> None:
    db = commands.add_parser("db", help="database schema, backup and restore").add_subparsers(
        dest="db_command", metavar="ACTION", required=True
    )
    db.add_parser("upgrade", help="migrate the schema to the newest version").set_defaults(handler=db_upgrade)
    backup = db.add_parser("backup", help="write a consistent copy of the database to FILE")
    backup.add_argument("file", type=Path)
    backup.set_defaults(handler=db_backup)
    restore = db.add_parser("restore", help="replace the SQLite database by a backup FILE")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=db_restore)

    user = commands.add_parser("users", help="users and roles").add_subparsers(
        dest="users_command", metavar="ACTION", required=True
    )
    add = user.add_parser("add", help="add a user (the first one must be an admin)")
    add.add_argument("username")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--full-name", default="")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(handler=users_add)
    user.add_parser("list", help="list users").set_defaults(handler=users_list)
    passwd = user.add_parser("passwd", help="change a user's password")
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true")
    passwd.set_defaults(handler=users_passwd)

    verify = commands.add_parser("journal", help="the hash-chained journal").add_subparsers(
        dest="journal_command", metavar="ACTION", required=True
    )
    verify.add_parser("verify", help="exit 1 naming the first broken entry").set_defaults(
        handler=journal_verify
    )

    profile_commands = commands.add_parser("profile", help="the rules profile in force (DESIGN §4)")
    profile_actions = profile_commands.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    profile_actions.add_parser("show", help="print the TOML of the profile in force").set_defaults(
        handler=profile_show
    )
    activate = profile_actions.add_parser(
        "activate", help="put the profile of a TOML FILE in force (an admin; checked first, journaled)"
    )
    activate.add_argument("file", type=Path)
    activate.set_defaults(handler=profile_activate)

    fill = commands.add_parser("demo", help="fill an empty database with a realistic demo district")
    fill.add_argument("--seed", type=int, default=254)
    fill.add_argument("--applications", type=int, default=5000)
    fill.set_defaults(handler=demo_fill)


def db_upgrade(context: CommandContext, _args: argparse.Namespace) -> int:
    db = context.database(upgrade=False)
    before = migrate.current_revision(db)
    backup = migrate.upgrade(db)
    after = migrate.current_revision(db)
    print(f"schema {before or 'empty'} -> {after}" if before != after else f"schema already at {after}")
    if backup is not None:
        print(f"backup kept at {backup}")
    return 0


def db_backup(context: CommandContext, args: argparse.Namespace) -> int:
    print(f"backup written to {migrate.backup(context.database(), args.file)}")
    return 0


def db_restore(context: CommandContext, args: argparse.Namespace) -> int:
    kept = migrate.restore_sqlite(context.database(upgrade=False), args.file)
    print(f"restored from {args.file}; the replaced database was kept at {kept}")
    return 0


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat the password: ") != first:
        raise UserError("user.password_mismatch", "the two passwords differ")
    return first


def users_add(context: CommandContext, args: argparse.Namespace) -> int:
    password = _read_password(args.password_stdin)
    actor = context.actor()
    with context.database().transaction() as session:
        info = users.add_user(session, actor, args.username, args.full_name, args.role, password)
    print(f"user {info.username} added ({info.role})")
    return 0


def users_list(context: CommandContext, _args: argparse.Namespace) -> int:
    with context.database().reading() as session:
        for info in users.list_users(session):
            state = "" if info.active else " (disabled)"
            print(f"{info.username}\t{info.role}\t{info.full_name}{state}")
    return 0


def users_passwd(context: CommandContext, args: argparse.Namespace) -> int:
    password = _read_password(args.password_stdin)
    actor = context.actor()
    with context.database().transaction() as session:
        users.change_password(session, actor, args.username, password)
    print(f"password of {args.username} changed")
    return 0


def journal_verify(context: CommandContext, _args: argparse.Namespace) -> int:
    with context.database().reading() as session, progress_bar() as progress:
        result = journal.verify(session, progress)
    if result.ok:
        print(f"journal intact: {result.entries} entries")
        return 0
    print(f"journal broken at entry {result.broken_seq} of office {result.broken_office}: {result.reason}")
    return 1


def profile_show(context: CommandContext, _args: argparse.Namespace) -> int:
    with context.database().reading() as session:
        sys.stdout.write(profile.profile_text_in_force(session))
    return 0


def profile_activate(context: CommandContext, args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "the file is not UTF-8 text"
        raise InvalidInput("profile.unreadable", "{file}: {reason}", file=str(path), reason=reason) from error
    actor = context.actor()
    with context.database().transaction() as session:
        info = profile.put_in_force(session, actor, text)
    print(f"rules profile {info.code} ({info.title}, effective {info.effective_from}) is in force")
    return 0


def demo_fill(context: CommandContext, args: argparse.Namespace) -> int:
    summary = demo.fill(context.database(), seed=args.seed, applications=args.applications)
    print(summary.describe())
    return 0
