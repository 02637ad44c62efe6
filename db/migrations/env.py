"""Alembic environment: runs on the connection the app hands over (``config.attributes['connection']``)."""
from alembic import context

from db.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine
        url = config.get_main_option("sqlalchemy.url")
        if url is None:
            raise RuntimeError("db/migrations/env.py needs a connection or a sqlalchemy.url")
        connection = create_engine(url).connect()
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run()
