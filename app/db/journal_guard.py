"""Database triggers that make the journal append-only, on SQLite and PostgreSQL."""

from __future__ import annotations

SQLITE_CREATE = (
    "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal "
    "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END",
    "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal "
    "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END",
)
SQLITE_DROP = ("DROP TRIGGER IF EXISTS journal_no_update", "DROP TRIGGER IF EXISTS journal_no_delete")

POSTGRESQL_CREATE = (
    "CREATE FUNCTION journal_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'the journal is append-only'; END $$",
    "CREATE TRIGGER journal_no_change BEFORE UPDATE OR DELETE ON journal "
    "FOR EACH ROW EXECUTE FUNCTION journal_refuse_change()",
    "CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON journal "
    "FOR EACH STATEMENT EXECUTE FUNCTION journal_refuse_change()",
)
POSTGRESQL_DROP = (
    "DROP TRIGGER IF EXISTS journal_no_truncate ON journal",
    "DROP TRIGGER IF EXISTS journal_no_change ON journal",
    "DROP FUNCTION IF EXISTS journal_refuse_change()",
)


def create_statements(dialect: str) -> tuple[str, ...]:
    return POSTGRESQL_CREATE if dialect == "postgresql" else SQLITE_CREATE


def drop_statements(dialect: str) -> tuple[str, ...]:
    return POSTGRESQL_DROP if dialect == "postgresql" else SQLITE_DROP
