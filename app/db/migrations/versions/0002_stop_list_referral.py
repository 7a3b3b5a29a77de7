"""stop list: the unused referral by id, the reason as a code

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 18:40:00
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# How 0001-era expiry worded the reason: "referral AKM-07-REF-2026-000001 not used by 2026-12-22".
_OLD_REASON = re.compile(r"referral (\S+) not used by \d{4}-\d{2}-\d{2}$")
_STOP_LIST = sa.table(
    "stop_list",
    sa.column("id", sa.Uuid()),
    sa.column("reason", sa.Text()),
    sa.column("referral_id", sa.Uuid()),
)
_REFERRALS = sa.table("referrals", sa.column("id", sa.Uuid()), sa.column("referral_no", sa.String()))


def upgrade() -> None:
    with op.batch_alter_table("stop_list", schema=None) as batch_op:
        batch_op.add_column(sa.Column("referral_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_stop_list_referral_id_referrals"), "referrals", ["referral_id"], ["id"]
        )
    connection = op.get_bind()
    for entry_id, reason in connection.execute(sa.select(_STOP_LIST.c.id, _STOP_LIST.c.reason)).all():
        found = _OLD_REASON.match(reason)
        if found is None:
            continue
        referral_id = connection.scalar(
            sa.select(_REFERRALS.c.id).where(_REFERRALS.c.referral_no == found.group(1))
        )
        connection.execute(
            sa.update(_STOP_LIST)
            .where(_STOP_LIST.c.id == entry_id)
            .values(reason="referral_unused", referral_id=referral_id)
        )


def downgrade() -> None:
    with op.batch_alter_table("stop_list", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_stop_list_referral_id_referrals"), type_="foreignkey")
        batch_op.drop_column("referral_id")
