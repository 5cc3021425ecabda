"""transparency log: entries, perfect-subtree nodes, sequencer, checkpoints, pseudonym secrets

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 14:19:08.991941
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "tlog_checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tree_size", sa.BigInteger(), nullable=False),
        sa.Column("root", sa.LargeBinary(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tlog_checkpoints")),
        sa.UniqueConstraint("tree_size", name=op.f("uq_tlog_checkpoints_tree_size")),
    )
    op.create_table(
        "tlog_entries",
        sa.Column("sequence", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=False, nullable=False),
        sa.Column("leaf", sa.LargeBinary(), nullable=False),
        sa.Column("licence_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("logged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ref", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_tlog_entries")),
    )
    with op.batch_alter_table("tlog_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tlog_entries_licence_id"), ["licence_id"], unique=False)

    op.create_table(
        "tlog_nodes",
        sa.Column("level", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("idx", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("level", "idx", name=op.f("pk_tlog_nodes")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "tlog_pseudonym_secrets",
        sa.Column("licence_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("secret", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("licence_id", name=op.f("pk_tlog_pseudonym_secrets")),
    )
    state = op.create_table(
        "tlog_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("tree_size", sa.BigInteger(), nullable=False),
        sa.Column("frontier", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tlog_state")),
    )
    # The sequencer row every append locks: an empty tree.
    op.bulk_insert(state, [{"id": 1, "tree_size": 0, "frontier": b"", "updated_at": None}])


def downgrade() -> None:
    op.drop_table("tlog_state")
    op.drop_table("tlog_pseudonym_secrets")
    op.drop_table("tlog_nodes")
    with op.batch_alter_table("tlog_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tlog_entries_licence_id"))
    op.drop_table("tlog_entries")
    op.drop_table("tlog_checkpoints")
