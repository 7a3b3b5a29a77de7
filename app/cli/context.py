"""What every subcommand shares: the database it works on and the actor it acts as."""

from __future__ import annotations

import argparse
from collections.abc import Collection

from app.db import migrate
from app.db.database import Database
from app.domain.documents import DocumentLanguage
from app.services.actors import SYSTEM, Actor
from app.services.users import find_actor


class CommandContext:
    def __init__(self, database_url: str | None, username: str | None) -> None:
        self._url = database_url
        self._username = username
        self._db: Database | None = None

    def database(self, *, upgrade: bool = True) -> Database:
        """The database, migrated to the newest schema first (as the GUI does on start)."""
        if self._db is None:
            self._db = Database(self._url)
            if upgrade:
                migrate.upgrade(self._db)
        return self._db

    def actor(self) -> Actor:
        if self._username is None:
            return SYSTEM
        with self.database().reading() as session:
            return find_actor(session, self._username)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


def add_document_language(
    parser: argparse.ArgumentParser, languages: Collection[DocumentLanguage], default: DocumentLanguage
) -> None:
    """A command's `--language` of the document it writes. Left out, the global `--language` stands
    (both fill `args.language`), and where that is not one of `languages`, `default` does: see
    `document_language`."""
    parser.add_argument(
        "--language",
        choices=tuple(languages),
        default=argparse.SUPPRESS,
        help=f"language of the document (default: the global --language, else {default})",
    )


def document_language(
    args: argparse.Namespace, languages: Collection[DocumentLanguage], default: DocumentLanguage
) -> DocumentLanguage:
    return next((language for language in languages if language == args.language), default)
