"""Drafts: what a user was typing when the screen locked, kept for them in ``ui_draft`` (DESIGN.md §6).

The UI decides what a draft holds (app.ui.drafts: an open editor's context and values; the work log's quick
entry); this module is the one place that writes and reads the table, always for one user. A draft's key is
``form_key#n`` (several editors of one kind may be open).
"""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select

from app.services.base import Actor
from db.engine import Database
from db.models import UiDraft


def replace_all(db: Database, actor: Actor, drafts: list[tuple[str, dict[str, Any]]]) -> int:
    """The user's drafts become ``drafts`` (key, payload); nothing is written when there are none."""
    if not drafts or actor.staff_id is None:
        return 0
    with db.write() as s:
        s.execute(delete(UiDraft).where(UiDraft.staff_id == actor.staff_id))
        s.add_all([UiDraft(staff_id=actor.staff_id, form_key=key, payload=json.dumps(payload, ensure_ascii=False))
                   for key, payload in drafts])
    return len(drafts)


def keep(db: Database, actor: Actor, form_key: str, payload: dict[str, Any]) -> bool:
    """Keep one draft of ``form_key`` for the user, in place of the ones kept before."""
    if actor.staff_id is None:
        return False
    with db.write() as s:
        s.execute(delete(UiDraft).where(UiDraft.staff_id == actor.staff_id,
                                        UiDraft.form_key.like(f"{form_key}#%")))
        s.add(UiDraft(staff_id=actor.staff_id, form_key=f"{form_key}#0",
                      payload=json.dumps(payload, ensure_ascii=False)))
    return True


def take(db: Database, actor: Actor) -> list[tuple[str, dict[str, Any]]]:
    """The user's drafts as (form_key, payload), in the order they were kept, removed from the store."""
    if actor.staff_id is None:
        return []
    with db.write() as s:
        rows = list(s.scalars(select(UiDraft).where(UiDraft.staff_id == actor.staff_id).order_by(UiDraft.id)))
        s.execute(delete(UiDraft).where(UiDraft.staff_id == actor.staff_id))
        return [(row.form_key.split("#")[0], json.loads(row.payload)) for row in rows]
