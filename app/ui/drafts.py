"""Drafts: unsaved editor input kept across an idle lock (DESIGN.md §6, issue: idle lock).

At lock time every open :class:`EditorDialog` with a ``form_key`` is kept (app.services.drafts) for the
signed-in user and closed; when that user signs in again, the dialogs reopen filled in. Another user never
sees them. Editors register a factory that rebuilds the dialog from its context.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.services import drafts as store
from app.services.base import Actor
from db.engine import Database

FACTORIES: dict[str, Callable] = {}


def register(form_key: str, factory: Callable) -> None:
    """``factory(main_window, context) -> EditorDialog`` reopens an editor of this kind."""
    FACTORIES[form_key] = factory


def _encode(value):
    return {"__date__": value.isoformat()} if isinstance(value, date) else value


def _decode(value):
    if isinstance(value, dict) and "__date__" in value:
        return date.fromisoformat(value["__date__"])
    return value


def payload(context: dict, values: dict) -> dict:
    """What a draft keeps of an editor: its context and its values as typed."""
    return {"context": context, "values": {k: _encode(v) for k, v in values.items()}}


def _typed(form) -> dict:
    """The form's values less the passwords (a draft never keeps one)."""
    return {k: v for k, v in form.values().items() if form.fields[k].kind != "password"}


def save_open(db: Database, actor: Actor, dialogs) -> int:
    """Store the input of the given open editors; returns how many were kept."""
    kept = [(f"{dlg.form_key}#{i}", payload(dlg.context, _typed(dlg.form))) for i, dlg in enumerate(dialogs)
            if dlg.form_key and dlg.form_key in FACTORIES]
    return store.replace_all(db, actor, kept)


def take(db: Database, actor: Actor) -> list[tuple[str, dict, dict]]:
    """The user's drafts as (form_key, context, values), removed from the store."""
    return [(key, data["context"], {k: _decode(v) for k, v in data["values"].items()})
            for key, data in store.take(db, actor)]


def reopen(window, drafts: list[tuple[str, dict, dict]]) -> list:
    dialogs = []
    for form_key, context, values in drafts:
        factory = FACTORIES.get(form_key)
        if factory is None:
            continue
        dlg = factory(window, context)
        dlg.form.set_values(values)
        dlg.bar.warning(QCoreApplication.translate("Drafts", "Restored what you were typing before the screen locked."))
        dlg.show()
        dialogs.append(dlg)
    return dialogs
