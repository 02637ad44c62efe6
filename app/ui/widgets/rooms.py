"""The room completer every form with a room field uses (DESIGN.md §4: one completer for every workflow)."""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.domain.permissions import REGISTRY_VIEW


def attach_room_completer(window, edit: QLineEdit) -> None:
    """Complete room codes from the registry as the user types (``3-2-15`` → ``3-2-1501`` …)."""
    if not window.actor.can(REGISTRY_VIEW):
        return
    from app.services import registry

    model = QStringListModel(edit)
    completer = QCompleter(model, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    edit.setCompleter(completer)

    def update(text: str) -> None:
        text = text.strip()
        if not text:
            model.setStringList([])
            return
        rows = registry.list_rooms(window.db, window.actor, text=text, limit=15)
        model.setStringList([r.code for r in rows])

    edit.textEdited.connect(update)
