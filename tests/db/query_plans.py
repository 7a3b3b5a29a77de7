"""SQLite's own account of how it runs a statement: which indexes it takes, which tables it scans."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Executable
from sqlalchemy.orm import Session


def plan_of(session: Session, sql: str, parameters: Any = ()) -> str:
    """EXPLAIN QUERY PLAN of `sql` with its parameters, the steps joined by " | "."""
    rows = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters)
    return " | ".join(row[-1] for row in rows)


def plan_of_statement(session: Session, statement: Executable) -> str:
    compiled = statement.compile(dialect=session.get_bind().dialect)
    return plan_of(
        session, str(compiled), tuple(compiled.params[name] for name in compiled.positiontup or ())
    )
