"""Where things live: the user data folder (database, backups, logs) and per-machine settings.

Paths come from platformdirs (e.g. ``~/.local/share/frontdesk`` on Linux,
``%LOCALAPPDATA%\\frontdesk`` on Windows). ``FRONTDESK_HOME`` overrides the folder (tests, portable use).
"""
from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "frontdesk"
ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"


def data_dir() -> Path:
    home = os.environ.get("FRONTDESK_HOME")
    if home:
        path = Path(home)
    else:
        from platformdirs import user_data_path
        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path(demo: bool = False) -> Path:
    return data_dir() / ("demo.sqlite3" if demo else "frontdesk.sqlite3")


def backup_dir(db_path: Path | None = None) -> Path:
    """Backups sit beside the data: ``<data>/backups`` (or ``<db folder>/backups`` for --db)."""
    base = db_path.parent if db_path else data_dir()
    path = base / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_url(db_path: str | Path | None = None, db_url: str | None = None, demo: bool = False) -> str:
    """The database URL from ``--db``/``--db-url``/``--demo`` (the user data folder by default)."""
    if db_url:
        return db_url
    return f"sqlite:///{Path(db_path) if db_path else default_db_path(demo)}"
