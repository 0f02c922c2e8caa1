"""documents.source: the document's path as users see it, personal data in it masked.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A data dir adopted from before migrations may have been created with today's columns.
    if "source" in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("documents")}:
        return
    # Empty for documents ingested before: they show their path until re-ingested (--force).
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("source", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("source")
