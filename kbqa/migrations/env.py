"""Alembic environment, configured in code: ``kbqa.migrations.upgrade`` passes the connection."""

from alembic import context

from kbqa.migrations import target_metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "kbqa migrations run through kbqa.migrations.upgrade(engine), or with a connection in "
        "alembic_config(connection)"
    )
context.configure(
    connection=connection,
    target_metadata=target_metadata(),
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
