"""`kezek users`, `kezek db`, `kezek demo` and `kezek journal verify` through the real command."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.cli import main
from app.db import journal_guard
from app.db.database import Database
from app.services import users


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _run(db: Database, monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--database", _url(db), *args])


def test_users_add_list_passwd(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        _run(
            db,
            monkeypatch,
            "users",
            "add",
            "clerk1",
            "--role",
            "clerk",
            "--password-stdin",
            stdin="long-enough\n",
        )
        == 1
    )
    assert "first user" in capsys.readouterr().err
    assert (
        _run(
            db,
            monkeypatch,
            "users",
            "add",
            "boss",
            "--role",
            "admin",
            "--full-name",
            "Әсем Құрманова",
            "--password-stdin",
            stdin="long-enough\n",
        )
        == 0
    )
    assert (
        _run(
            db,
            monkeypatch,
            "--user",
            "boss",
            "users",
            "add",
            "clerk1",
            "--role",
            "clerk",
            "--password-stdin",
            stdin="another-secret\n",
        )
        == 0
    )
    assert _run(db, monkeypatch, "users", "list") == 0
    listing = capsys.readouterr().out
    assert "boss\tadmin\tӘсем Құрманова" in listing
    assert "clerk1\tclerk" in listing
    assert (
        _run(
            db, monkeypatch, "--user", "clerk1", "users", "passwd", "boss", "--password-stdin", stdin="x" * 9
        )
        == 1
    )
    assert "admin role" in capsys.readouterr().err
    assert (
        _run(
            db,
            monkeypatch,
            "--user",
            "boss",
            "users",
            "passwd",
            "clerk1",
            "--password-stdin",
            stdin="new-secret-1\n",
        )
        == 0
    )
    with db.reading() as session:
        assert users.authenticate(session, "clerk1", "new-secret-1").role == "clerk"


def test_journal_verify_exit_codes(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(
        db, monkeypatch, "users", "add", "boss", "--role", "admin", "--password-stdin", stdin="long-enough\n"
    )
    _run(
        db,
        monkeypatch,
        "--user",
        "boss",
        "users",
        "add",
        "clerk1",
        "--role",
        "clerk",
        "--password-stdin",
        stdin="long-enough\n",
    )
    assert _run(db, monkeypatch, "journal", "verify") == 0
    assert "journal intact: 2 entries" in capsys.readouterr().out
    with db.write_engine.begin() as connection:
        for statement in journal_guard.drop_statements(db.url.get_backend_name()):
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql("UPDATE journal SET actor = 'mallory' WHERE seq = 1")
    assert _run(db, monkeypatch, "journal", "verify") == 1
    assert "journal broken at entry 1" in capsys.readouterr().out


def test_demo_then_backup_and_restore(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(sqlite_db, monkeypatch, "demo", "--applications", "120", "--seed", "7") == 0
    assert "120 applications" in capsys.readouterr().out
    assert _run(sqlite_db, monkeypatch, "demo") == 1
    backup = tmp_path / "copy.sqlite3"
    assert _run(sqlite_db, monkeypatch, "db", "backup", str(backup)) == 0
    assert _run(sqlite_db, monkeypatch, "journal", "verify") == 0
    capsys.readouterr()
    with sqlite_db.transaction() as session:
        users.change_password(session, users.find_actor(session, "admin"), "admin", "changed-after-backup")
    sqlite_db.dispose()
    assert _run(sqlite_db, monkeypatch, "db", "restore", str(backup)) == 0
    restored = Database(_url(sqlite_db))
    with restored.reading() as session:
        assert users.authenticate(session, "admin", "admin-kezek").username == "admin"
    restored.dispose()
