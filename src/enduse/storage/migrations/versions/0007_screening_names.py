"""screening: stored blocking features per listed name

Revision ID: 0007
Revises: 0003
Create Date: 2026-11-25 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "screening_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("entity_pk", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("scheme", sa.Integer(), nullable=False),
        sa.Column("features", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["screening_lists.id"],
            name=op.f("fk_screening_names_list_id_screening_lists"),
        ),
        sa.ForeignKeyConstraint(
            ["entity_pk"],
            ["screening_entities.id"],
            name=op.f("fk_screening_names_entity_pk_screening_entities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_names")),
    )
    with op.batch_alter_table("screening_names", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_screening_names_list_id"), ["list_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("screening_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_screening_names_list_id"))
    op.drop_table("screening_names")
