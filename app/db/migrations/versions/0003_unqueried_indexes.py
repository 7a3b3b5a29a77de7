"""drop the indexes no query uses: office_id on every table, journal.action

Every write paid for them (a distribution run updates 25,000 applications and places and inserts as many
referrals, messages and journal entries), and nothing read through them: an office's rows are found by
their own keys, and its journal by (office_id, seq).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 08:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = (
    ("applications", "office_id"),
    ("notifications", "office_id"),
    ("orgs", "office_id"),
    ("places", "office_id"),
    ("referrals", "office_id"),
    ("refusal_receipts", "office_id"),
    ("users", "office_id"),
    ("journal", "action"),
)


def upgrade() -> None:
    for table, column in _INDEXES:
        op.drop_index(f"ix_{table}_{column}", table_name=table)


def downgrade() -> None:
    for table, column in _INDEXES:
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False)
