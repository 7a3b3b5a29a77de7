"""Users and roles: adding, listing, changing passwords, signing in (argon2 hashes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import User
from app.errors import InvalidInput, NotFound, UserError
from app.services import journal
from app.services.actors import ROLES, SYSTEM, Actor, ensure_office, require_role

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True, slots=True)
class UserInfo:
    username: str
    full_name: str
    role: str
    active: bool


def _info(user: User) -> UserInfo:
    return UserInfo(user.username, user.full_name, user.role, user.active)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            "user.password_short", "the password must have at least {n} characters", n=MIN_PASSWORD_LENGTH
        )


def has_users(session: Session) -> bool:
    return (session.scalar(select(func.count()).select_from(User)) or 0) > 0


def add_user(
    session: Session,
    actor: Actor,
    username: str,
    full_name: str,
    role: str,
    password: str,
    *,
    now: datetime | None = None,
) -> UserInfo:
    """Create a user; the first user of a database may be created by anyone and must be an admin."""
    if has_users(session):
        require_role(actor, "admin")
    elif role != "admin":
        raise InvalidInput("user.first_is_admin", "the first user of a database must be an admin")
    username = username.strip()
    if not username or not username.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise InvalidInput("user.bad_name", "user names use letters, digits, '.', '_' or '-'")
    if username.casefold() == SYSTEM.username:
        raise InvalidInput(
            "user.reserved",
            "'{username}' is the name Kezek signs its own automatic acts with; choose another",
            username=username,
        )
    if role not in ROLES:
        raise InvalidInput("user.bad_role", "unknown role '{role}' (clerk, supervisor, admin)", role=role)
    _check_password(password)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise InvalidInput("user.exists", "a user named '{username}' already exists", username=username)
    office = ensure_office(session)
    moment = now or datetime.now(UTC)
    user = User(
        office_id=office.id,
        username=username,
        full_name=full_name.strip() or username,
        role=role,
        password_hash=_hasher.hash(password),
        active=True,
        created_at=moment,
    )
    session.add(user)
    session.flush()
    journal.append(
        session,
        actor,
        journal.Act(
            "user.add", "user", username, {"username": username, "full_name": user.full_name, "role": role}
        ),
        moment,
    )
    return _info(user)


def list_users(session: Session) -> list[UserInfo]:
    return [_info(u) for u in session.scalars(select(User).order_by(User.username))]


def change_password(session: Session, actor: Actor, username: str, password: str) -> None:
    """Admins change anyone's password; everyone else only their own."""
    if actor.username != username:
        require_role(actor, "admin")
    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None:
        raise NotFound("user.not_found", "no user named '{username}'", username=username)
    _check_password(password)
    user.password_hash = _hasher.hash(password)
    journal.append(session, actor, journal.Act("user.passwd", "user", username, {"username": username}))


def authenticate(session: Session, username: str, password: str) -> Actor:
    """The actor for a correct user name and password; one message for every failure."""
    user = session.scalars(select(User).where(User.username == username.strip())).one_or_none()
    failure = UserError("auth.failed", "wrong user name or password")
    if user is None or not user.active:
        raise failure
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise failure from None
    return Actor(user.username, user.full_name, user.role)


def find_actor(session: Session, username: str) -> Actor:
    """The actor named by `--user` on the command line."""
    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None or not user.active:
        raise NotFound("user.not_found", "no user named '{username}'", username=username)
    return Actor(user.username, user.full_name, user.role)
