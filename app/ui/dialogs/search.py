"""Global search (Ctrl+K): type a room code, name, pinyin initials, phone or its last four digits,
or a document number; Enter opens the household card, or a document (a visit, a work slip …) on its page.

On a page that takes a room (the fees counter answers ``pick_room(room_id)``), Enter on a room or a person
chooses the room for that page instead of opening the card."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from app.domain.errors import UserError
from app.services import search


class SearchDialog(QDialog):
    def __init__(self, window, text: str = "", pick_room=None) -> None:
        super().__init__(window)
        self.window_ = window
        self.pick_room = pick_room
        self.setWindowTitle(self.tr("Search"))
        self.setMinimumSize(520, 420)
        layout = QVBoxLayout(self)
        self.query = QLineEdit(self, objectName="searchQuery")
        self.query.setPlaceholderText(self.tr("Room 3-2-1502, name, initials (zs), phone, last 4 digits, ID…"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self, objectName="searchResults")
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color:#666;")
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.timer = QTimer(self, singleShot=True, interval=150, timeout=self.run)
        self.query.textChanged.connect(lambda *_: self.timer.start())
        self.query.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(lambda *_: self.open_current())
        self.query.installEventFilter(self)
        self.query.setText(text)
        self.run()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - arrows move through the results
        if obj is self.query and event.type() == event.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)

    def run(self) -> None:
        self.timer.stop()
        self.results.clear()
        text = self.query.text().strip()
        if not text:
            self.hint.setText(self.tr("Type at least one character."))
            return
        try:
            hits = search.search(self.window_.db, self.window_.actor, text)
        except UserError as exc:
            self.hint.setText(str(exc))
            return
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}    {hit.subtitle}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        if hits and self._page_of(hits[0]):
            self.results.setCurrentRow(0)
            self.hint.setText(self.tr("{n} found — Enter opens the document on its page").format(n=len(hits)))
        elif hits and self.pick_room is not None:
            self.results.setCurrentRow(0)
            self.hint.setText(self.tr("{n} found — Enter chooses the room").format(n=len(hits)))
        elif hits:
            self.results.setCurrentRow(0)
            self.hint.setText(self.tr("{n} found — Enter opens the household card").format(n=len(hits)))
        else:
            self.hint.setText(self.tr("Nothing found for “{q}”.").format(q=text))

    def _page_of(self, hit: search.Hit) -> str:
        """The page that shows a document hit, if the user may open it ("" for a room or a person)."""
        from app.services import records
        rk = records.KINDS.get(hit.record_kind) if hit.record_kind else None
        specs = getattr(self.window_, "specs", ())
        return rk.page if rk is not None and any(s.key == rk.page for s in specs) else ""

    def open_current(self) -> None:
        self.run() if self.timer.isActive() else None
        item = self.results.currentItem()
        if item is None:
            return
        hit = item.data(Qt.ItemDataRole.UserRole)
        if self._page_of(hit):               # a document number: the document itself, on its page
            self.accept()
            self.window_.open_record(hit.record_kind, hit.ref_id)
            return
        if hit.room_id is None:
            self.hint.setText(self.tr("{name} is not linked to a room.").format(name=hit.title))
            return
        self.accept()
        if self.pick_room is not None:
            self.pick_room(hit.room_id)
        else:
            self.window_.open_room(hit.room_id)
