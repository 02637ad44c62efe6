"""Unsaved editor input kept across an idle lock (``ui_draft``), for the user who typed it and nobody else.

The UI turns its open editors into (form key, JSON payload) pairs; this module stores and hands them back.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select

from app.services.base import Actor
from db.engine import Database
from db.models import UiDraft


def keep(db: Database, actor: Actor, drafts: Sequence[tuple[str, str]]) -> int:
    """Replace the user's drafts with ``drafts`` (form key, payload); returns how many were kept."""
    if not drafts or actor.staff_id is None:
        return 0
    with db.write() as s:
        s.execute(delete(UiDraft).where(UiDraft.staff_id == actor.staff_id))
        s.add_all([UiDraft(staff_id=actor.staff_id, form_key=key, payload=payload) for key, payload in drafts])
    return len(drafts)


def take(db: Database, actor: Actor) -> list[tuple[str, str]]:
    """The user's drafts (form key, payload), in the order they were kept, removed from the store."""
    if actor.staff_id is None:
        return []
    with db.write() as s:
        rows = s.execute(select(UiDraft.form_key, UiDraft.payload).where(UiDraft.staff_id == actor.staff_id)
                         .order_by(UiDraft.id)).all()
        s.execute(delete(UiDraft).where(UiDraft.staff_id == actor.staff_id))
    return [(key, payload) for key, payload in rows]
