"""今日 — the home tab: tiles of what needs the desk today, from every workflow's dashboard provider."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services import dashboard
from app.ui.pages.base import Page

LEVEL_COLOURS = {"normal": "#2f6fdf", "attention": "#c77700", "alert": "#c62828"}


class ElidedLabel(QLabel):
    """One line cut with an ellipsis to the width it is given (never widening its tile); the whole line is
    the tooltip."""

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent, objectName="tileItem")
        self.full_text = text
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        elided = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, self.width())
        if elided != self.text():
            self.setText(elided)


class TileWidget(QFrame):
    def __init__(self, tile: dashboard.Tile, on_open, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet("QFrame#tile{background:white;border:1px solid #dde2ea;border-radius:8px;}")
        layout = QVBoxLayout(self)
        title = QLabel(str(tile.title), self)
        title.setStyleSheet("color:#555;font-size:13px;")
        value = QLabel(tile.value, self, objectName="tileValue")
        value.setStyleSheet(f"font-size:28px;font-weight:600;color:{LEVEL_COLOURS[tile.level]};")
        detail = QLabel(tile.detail, self)
        detail.setWordWrap(True)
        detail.setStyleSheet("color:#666;")
        layout.addWidget(title)
        layout.addWidget(value)
        layout.addWidget(detail)
        for line in tile.items[:5]:   # one line each, cut with an ellipsis (the whole line as the tooltip)
            layout.addWidget(ElidedLabel("· " + line, self))
        layout.addStretch(1)
        if tile.page:
            button = QPushButton(self.tr("Open"), self)
            button.setFlat(True)
            button.clicked.connect(lambda: on_open(tile.page))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumSize(240, 150)
        self.setMaximumWidth(360)


class HomePage(Page):
    watches = ("room", "person", "*")

    def __init__(self, window) -> None:
        super().__init__(window)
        today = date.today()
        greeting = QLabel(self.tr("{name}, welcome. Today is {date}, {weekday}.").format(
            name=self.actor.name, date=today.strftime("%Y-%m-%d"),
            weekday=self._weekday(today)), self)
        greeting.setStyleSheet("font-size:18px;font-weight:600;margin:4px 0 10px 0;")
        self.outer.addWidget(greeting)
        # the tiles scroll: however many there are, the page fits the reception PC's 1366×768 screen
        self.scroll = QScrollArea(self, objectName="tilesScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_host = QWidget(self.scroll)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(12)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.grid_host)
        self.outer.addWidget(self.scroll, 1)
        self.empty = QLabel(self.tr("Nothing needs the desk right now."), self)
        self.empty.setStyleSheet("color:#777;")
        self.outer.addWidget(self.empty)

    def _weekday(self, day: date) -> str:
        from PySide6.QtCore import QDate, QLocale
        return QLocale().dayName(QDate(day.year, day.month, day.day).dayOfWeek())

    def _changed(self, kind, ids) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        tiles = dashboard.tiles(self.db, self.actor)
        for i, tile in enumerate(tiles):
            self.grid.addWidget(TileWidget(tile, self.window_.show_page, self.grid_host), i // 4, i % 4)
        self.empty.setVisible(not tiles)
        self.tiles = tiles
