"""What every page is built with: the database handle, who is signed in, the office, rules, translations."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.rules_profile import RulesProfile
from app.services.actors import Actor, OfficeInfo
from app.services.session import Database
from ui.i18n import Translations


@dataclass(frozen=True)
class PageContext:
    """Passed to each page factory. Pages open a short `with db.transaction() as s:` per act."""

    db: Database
    actor: Actor
    office: OfficeInfo
    profile: RulesProfile
    translations: Translations
    demo: bool = False
