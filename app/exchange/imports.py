"""The exchange-file imports the command line and the GUI call (DESIGN §9), in one place."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol

from sqlalchemy.orm import Session

from app.exchange.application_rows import COLUMNS as APPLICATION_COLUMNS
from app.exchange.applications import import_applications, validate_applications
from app.exchange.common import ImportRejected, ImportResult, RowError
from app.exchange.orgs import COLUMNS as ORG_COLUMNS
from app.exchange.orgs import import_orgs, validate_orgs
from app.exchange.places import COLUMNS as PLACE_COLUMNS
from app.exchange.places import import_places, validate_places
from app.progress import Progress
from app.services.actors import Actor

ImportKind = Literal["orgs", "places", "applications"]


class Importer(Protocol):
    def __call__(self, session: Session, actor: Actor, path: Path, *, progress: Progress) -> ImportResult: ...


IMPORTERS: dict[ImportKind, Importer] = {
    "orgs": import_orgs,
    "places": import_places,
    "applications": import_applications,
}
"""Each kind of exchange file (`kezek import KIND FILE`) and what imports it in the caller's transaction."""

__all__ = [
    "APPLICATION_COLUMNS",
    "IMPORTERS",
    "ORG_COLUMNS",
    "PLACE_COLUMNS",
    "ImportKind",
    "ImportRejected",
    "ImportResult",
    "Importer",
    "RowError",
    "import_applications",
    "import_orgs",
    "import_places",
    "validate_applications",
    "validate_orgs",
    "validate_places",
]
