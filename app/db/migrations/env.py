"""Alembic environment: runs on the connection Kezek hands over (see app/db/migrate.py)."""

from alembic import context

from app.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
