"""`kezek profile show|activate` through the real command: the profile in force, the cycles it resets."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db.database import Database
from app.db.models import JournalEntry, RulesProfileRecord
from app.domain.rules_profile import DEFAULT_PROFILE, shipped_profile_text
from app.services import distribution, queue, users
from app.services.actors import SYSTEM
from app.services.profile import profile_in_force
from tests.db.distribution_helpers import LOCALITY, add_org, publish, register

MONDAY = date(2026, 12, 14)


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _ratio_one(tmp_path: Path) -> Path:
    text = shipped_profile_text(DEFAULT_PROFILE)
    assert "first_priority_ratio = 3" in text
    path = tmp_path / "ratio-one.toml"
    path.write_text(text.replace("first_priority_ratio = 3", "first_priority_ratio = 1"), encoding="utf-8")
    return path


def _stored(db: Database) -> tuple[int, int]:
    """Profiles put in force, journal entries."""
    with db.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(RulesProfileRecord)) or 0,
            session.scalar(select(func.count()).select_from(JournalEntry)) or 0,
        )


def test_show_prints_the_shipped_profile_until_another_is_put_in_force(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--database", _url(db), "profile", "show"]) == 0
    assert capsys.readouterr().out == shipped_profile_text(DEFAULT_PROFILE)
    path = _ratio_one(tmp_path)
    assert main(["--database", _url(db), "profile", "activate", str(path)]) == 0
    assert "is in force" in capsys.readouterr().out
    assert main(["--database", _url(db), "profile", "show"]) == 0
    assert capsys.readouterr().out == path.read_text(encoding="utf-8")


def test_a_lower_ratio_sends_the_cycles_beyond_it_back_to_an_f_and_is_journaled(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as session:
        add_org(session)
        fs = [register(session, f"2026-11-0{day}T09:00:00+05:00", "large_family") for day in (1, 2)]
        register(session, "2026-11-03T09:00:00+05:00")
        publish(session, "P-1")
        queue.set_queue_cycle(session, LOCALITY, 2023, 3)
        queue.set_queue_cycle(session, "Other", 2022, 1)
    assert main(["--database", _url(db), "profile", "activate", str(_ratio_one(tmp_path))]) == 0
    with db.reading() as session:
        assert profile_in_force(session).first_priority_ratio == 1
        assert queue.queue_cycle(session, LOCALITY, 2023) == 0
        assert queue.queue_cycle(session, "Other", 2022) == 1
        entry = session.scalars(select(JournalEntry).where(JournalEntry.action == "profile.activate")).one()
        # c = 3 is no cycle of a 1 : 1 ratio; the F due again takes the place.
        row = distribution.plan(session, MONDAY).rows[0]
    assert json.loads(entry.payload)["cycles_reset"] == [f"{LOCALITY} 2023"]
    assert (row.application_no, row.cycle_before, row.cycle_after) == (fs[0], 0, 1)


def test_a_broken_profile_is_refused_and_nothing_is_kept(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.toml"
    text = shipped_profile_text(DEFAULT_PROFILE)
    broken.write_text(text.replace("first_priority_ratio = 3", "first_priority_ratio = -1"), encoding="utf-8")
    before = _stored(db)
    assert main(["--database", _url(db), "profile", "activate", str(broken)]) == 1
    assert "first_priority_ratio" in capsys.readouterr().err
    not_toml = tmp_path / "not.toml"
    not_toml.write_text("[queue\n", encoding="utf-8")
    assert main(["--database", _url(db), "profile", "activate", str(not_toml)]) == 1
    assert "not valid TOML" in capsys.readouterr().err
    assert main(["--database", _url(db), "profile", "activate", str(tmp_path / "missing.toml")]) == 1
    assert "missing.toml" in capsys.readouterr().err
    assert _stored(db) == before


def test_only_an_admin_puts_a_profile_in_force(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with db.transaction() as session:
        users.add_user(session, SYSTEM, "boss", "Әсем Құрманова", "admin", "long-enough")
        users.add_user(session, SYSTEM, "head", "Нұрлан Өмірұлы", "supervisor", "long-enough")
    before = _stored(db)
    path = _ratio_one(tmp_path)
    assert main(["--database", _url(db), "--user", "head", "profile", "activate", str(path)]) == 1
    assert "head (supervisor) may not do this; it needs the admin role" in capsys.readouterr().err
    assert _stored(db) == before
    assert main(["--database", _url(db), "--user", "boss", "profile", "activate", str(path)]) == 0
    with db.reading() as session:
        record = session.scalars(select(RulesProfileRecord)).one()
    assert record.activated_by == "boss"
