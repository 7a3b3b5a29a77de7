"""The `kezek` command: the GUI by default, subcommands for what supervisors script (DESIGN §8)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from app import __version__
from app.cli import admin_commands, distribution_commands, places_commands, queue_commands
from app.cli.context import CommandContext
from app.errors import UserError

log = logging.getLogger("kezek")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kezek",
        description="Kezek: the kindergarten waiting list of a local executive body. "
        "Without a command it opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"kezek {__version__}")
    parser.add_argument(
        "--database", metavar="URL", help="database URL (default: $KEZEK_DATABASE_URL, else a SQLite file)"
    )
    parser.add_argument("--user", metavar="NAME", help="act as this user (default: the system actor)")
    parser.add_argument(
        "--demo", action="store_true", help="open the GUI on a demo database with a living queue"
    )
    parser.add_argument("--language", choices=("kk", "ru", "en"), help="language of the GUI")
    parser.add_argument("--smoke-test", action="store_true", help="check the installation and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    admin_commands.register(commands)
    queue_commands.register(commands)
    distribution_commands.register(commands)
    places_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.smoke_test:
        from ui.smoke import run_smoke_test

        return run_smoke_test()
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args.database, demo=args.demo, language=args.language)
    context = CommandContext(args.database, args.user)
    try:
        result: int = args.handler(context, args)
        return result
    except UserError as error:
        print(f"kezek: {error.text()}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("kezek: interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        return 130
    finally:
        context.close()
