"""The exchange-file imports the command line and the GUI call (DESIGN §9), in one place."""

from __future__ import annotations

from app.exchange.application_rows import COLUMNS as APPLICATION_COLUMNS
from app.exchange.applications import import_applications, validate_applications
from app.exchange.common import ImportRejected, ImportResult, RowError
from app.exchange.orgs import COLUMNS as ORG_COLUMNS
from app.exchange.orgs import import_orgs, validate_orgs
from app.exchange.places import COLUMNS as PLACE_COLUMNS
from app.exchange.places import import_places, validate_places

__all__ = [
    "APPLICATION_COLUMNS",
    "ORG_COLUMNS",
    "PLACE_COLUMNS",
    "ImportRejected",
    "ImportResult",
    "RowError",
    "import_applications",
    "import_orgs",
    "import_places",
    "validate_applications",
    "validate_orgs",
    "validate_places",
]
