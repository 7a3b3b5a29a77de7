"""The journal: appends in the act's transaction, refuses changes, and verify finds every tampering."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.db import journal_guard
from app.db.database import Database
from app.errors import RuleViolation
from app.services import journal
from app.services.actors import SYSTEM


def _write_acts(db: Database, count: int) -> None:
    """`count` acts of two kinds in turn, ids and payloads with Kazakh letters, quotes and backslashes."""
    kinds = [("test.act", "thing"), ("test.other", "қағаз")]
    with db.transaction() as session:
        journal.append_many(
            session,
            SYSTEM,
            [
                journal.Act(
                    *kinds[n % 2], f'id-{n} "Ұ\\{n}"', {"n": n, "name": "Әлихан Қуанышұлы", "q": '"\\'}
                )
                for n in range(count)
            ],
        )


def _tamper(db: Database, *statements: str) -> None:
    """What an attacker with direct database access could do: drop the guard, then edit."""
    dialect = db.url.get_backend_name()
    with db.write_engine.begin() as connection:
        for statement in journal_guard.drop_statements(dialect):
            connection.exec_driver_sql(statement)
        for statement in statements:
            connection.exec_driver_sql(statement)


def _verify(db: Database) -> journal.VerifyResult:
    with db.reading() as session:
        return journal.verify(session)


def test_intact_chain_verifies(db: Database) -> None:
    _write_acts(db, 5)
    _write_acts(db, 3)
    result = _verify(db)
    assert result.ok
    assert result.entries == 8


def test_entries_join_the_acts_transaction(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as session:
        journal.append(session, SYSTEM, journal.Act("test.act", "thing", "x", {}))
        raise RuntimeError("the act failed")
    assert _verify(db).entries == 0


def test_a_refused_act_keeps_nothing_and_is_logged_once(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app.db.database")
    with pytest.raises(RuleViolation), db.transaction() as session:
        journal.append(session, SYSTEM, journal.Act("test.act", "thing", "x", {}))
        raise RuleViolation("test.refused", "thing {name} may not be done", name="x")
    assert _verify(db).entries == 0
    assert [record.getMessage() for record in caplog.records] == [
        "refused, nothing written: test.refused: thing x may not be done"
    ]


@pytest.mark.parametrize("statement", ["UPDATE journal SET actor = 'mallory'", "DELETE FROM journal"])
def test_triggers_refuse_update_and_delete(db: Database, statement: str) -> None:
    _write_acts(db, 2)
    with pytest.raises(DBAPIError, match="append-only"), db.write_engine.begin() as connection:
        connection.execute(text(statement))
    assert _verify(db).ok


def test_changed_payload_is_named(db: Database) -> None:
    _write_acts(db, 5)
    _tamper(db, "UPDATE journal SET payload = '{\"n\":99}' WHERE seq = 3")
    result = _verify(db)
    assert (result.broken_seq, result.reason) == (3, "its content does not match its hash")


def test_changed_hash_is_named(db: Database) -> None:
    _write_acts(db, 5)
    _tamper(db, "UPDATE journal SET hash = '" + "a" * 64 + "' WHERE seq = 2")
    result = _verify(db)
    assert result.broken_seq == 2


def test_deleted_row_is_named(db: Database) -> None:
    _write_acts(db, 5)
    _tamper(db, "DELETE FROM journal WHERE seq = 4")
    result = _verify(db)
    assert result.broken_seq == 4
    assert "missing" in result.reason


def test_deleted_last_row_is_caught_by_the_head(db: Database) -> None:
    _write_acts(db, 5)
    _tamper(db, "DELETE FROM journal WHERE seq = 5")
    assert _verify(db).broken_seq == 5


def test_swapped_rows_are_named(db: Database) -> None:
    _write_acts(db, 5)
    _tamper(
        db,
        "UPDATE journal SET seq = 100 WHERE seq = 2",
        "UPDATE journal SET seq = 2 WHERE seq = 3",
        "UPDATE journal SET seq = 3 WHERE seq = 100",
    )
    result = _verify(db)
    assert result.broken_seq == 2
