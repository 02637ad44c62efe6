"""The main window (DESIGN.md §6): the left-hand page bar, menus, status bar, global search."""
from __future__ import annotations

import importlib
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services import store
from app.ui import settings
from app.ui.pages import PAGES, PageSpec

NAV_ROLE = Qt.ItemDataRole.UserRole + 1
#: the window's first size, cut to the screen (the reception PC's is often 1366×768)
DEFAULT_SIZE = (1280, 720)
#: what no page or dialog may need: the reception PC's screen (tests/ui/test_screen_fit.py)
SCREEN = (1366, 768)
#: the page bar's width, shown and folded to its button
SIDE_WIDTH, SIDE_FOLDED = 206, 34
#: the widest the status bar's database path is shown (cut in the middle, in full as the tooltip)
DB_LABEL_MAX = 360


def shift_label(now: datetime) -> str:
    from PySide6.QtCore import QCoreApplication
    minutes = now.hour * 60 + now.minute
    if 8 * 60 + 30 <= minutes < 17 * 60 + 30:
        return QCoreApplication.translate("MainWindow", "Day shift 08:30–17:30")
    return QCoreApplication.translate("MainWindow", "Night shift 17:30–08:30")


class MainWindow(QMainWindow):
    def __init__(self, db, actor, ops, session=None) -> None:
        super().__init__()
        self.db, self.actor, self.ops, self.session = db, actor, ops, session
        self.estate = store.estate(db)
        self.setWindowTitle(self.tr("{estate} — Front Desk").format(estate=self.estate.name))
        self.specs = [p for p in PAGES if p.permission is None or actor.can(p.permission)]
        self.pages: dict[str, QWidget] = {}
        self._build()
        self._menus()
        self._status()
        ops.user_error.connect(lambda exc: self.statusBar().showMessage(str(exc), 10000))
        ops.records_changed.connect(self._records_changed)
        ops.unexpected_error.connect(self._bug)
        ops.background_progress.connect(self._background_progress)
        ops.background_finished.connect(self._background_finished)
        self._restore_geometry()
        self.show_page("home")

    # -- layout
    def _build(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        side = QFrame(central, objectName="sideBar")
        side.setStyleSheet("QFrame#sideBar{background:#f3f5f8;border-right:1px solid #d8dde6;}")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 10, 8, 10)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.collapse_btn = QToolButton(side, objectName="collapseSideBar")
        self.collapse_btn.setAutoRaise(True)
        self.collapse_btn.clicked.connect(lambda: self.set_side_bar(self.nav.isHidden()))
        self.search_box = QLineEdit(side, objectName="globalSearch")
        self.search_box.setPlaceholderText(self.tr("Search (Ctrl+K)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(lambda: self.open_search(self.search_box.text()))
        top.addWidget(self.search_box, 1)
        top.addWidget(self.collapse_btn)
        side_layout.addLayout(top)
        self.nav = QListWidget(side, objectName="nav")
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setStyleSheet(
            "QListWidget{background:transparent;font-size:14px;}"
            "QListWidget::item{padding:5px 10px;border-radius:4px;}"   # every page fits 768 px without scrolling
            "QListWidget::item:selected{background:#2f6fdf;color:white;}")
        group = None
        for i, spec in enumerate(self.specs):
            if spec.group != group:
                group = spec.group
                header = QListWidgetItem(str(group))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setForeground(Qt.GlobalColor.gray)
                self.nav.addItem(header)
            item = QListWidgetItem(str(spec.title))
            item.setData(NAV_ROLE, spec.key)
            item.setToolTip(f"{spec.title} (Ctrl+{i + 1})" if i < 9 else str(spec.title))
            self.nav.addItem(item)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.nav.setFixedWidth(190)
        self.side = side
        side_layout.addWidget(self.nav, 1)
        self.set_side_bar(True)
        self.stack = QStackedWidget(central)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def set_side_bar(self, shown: bool) -> None:
        """Show the page bar, or fold it to its button (F9): a 1280×720 screen then fits every page."""
        self.nav.setVisible(shown)
        self.search_box.setVisible(shown)
        self.side.setFixedWidth(SIDE_WIDTH if shown else SIDE_FOLDED)
        self.collapse_btn.setText("«" if shown else "»")
        self.collapse_btn.setToolTip(self.tr("Hide the page bar (F9)") if shown
                                     else self.tr("Show the page bar (F9)"))

    def _nav_changed(self, item: QListWidgetItem | None, _prev=None) -> None:
        if item is not None and item.data(NAV_ROLE):
            self.show_page(item.data(NAV_ROLE))

    def page(self, key: str):
        """The page widget, created on first use (its module is imported then)."""
        if key not in self.pages:
            spec: PageSpec = next(s for s in self.specs if s.key == key)
            module, cls = spec.factory.split(":")
            widget = getattr(importlib.import_module(module), cls)(self)
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def show_page(self, key: str):
        if not any(s.key == key for s in self.specs):
            from app.ui import menus
            menus.open_tile_dialog(self, key)
            return None
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        for row in range(self.nav.count()):
            if self.nav.item(row).data(NAV_ROLE) == key and self.nav.currentRow() != row:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
        widget.shown()
        return widget

    def current_page(self):
        return self.stack.currentWidget()

    def open_room(self, room_id: int) -> None:
        """Open the household card of a room (from search, tiles, any workflow)."""
        page = self.show_page("registry")
        if page is not None:
            page.select_room(room_id)

    def open_record(self, kind: str, record_id: int):
        """Show a record on its workflow's page (a link, a tile, an open item, a search result)."""
        from app.services import records
        rk = records.KINDS.get(kind)
        page = self.show_page(rk.page) if rk is not None and rk.page else None
        if page is not None and hasattr(page, "open_record"):
            page.open_record(kind, record_id)
        return page

    def open_search(self, text: str = "") -> None:
        from app.ui.dialogs.search import SearchDialog
        dlg = SearchDialog(self, text, getattr(self.current_page(), "pick_room", None))
        dlg.show()
        self.search_dialog = dlg

    # -- menus
    def _action(self, menu, text: str, slot, shortcut=None, permission: str | None = None,
                name: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        if name:
            act.setObjectName(name)
        if permission and not self.actor.can(permission):
            act.setEnabled(False)
        if menu is not None:
            menu.addAction(act)
        else:
            self.addAction(act)
        return act

    def _menus(self) -> None:
        from app.ui import menus
        menus.build(self)
        self._action(None, "search", lambda: self.open_search(), QKeySequence("Ctrl+K"))
        self._action(None, "sideBar", lambda: self.set_side_bar(self.nav.isHidden()), QKeySequence("F9"))
        for i, spec in enumerate(self.specs[:9]):
            self._action(None, str(spec.title), lambda _=False, k=spec.key: self.show_page(k),
                         QKeySequence(f"Ctrl+{i + 1}"))

    # -- status bar
    def _status(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(self.tr("{name} ({role})").format(name=self.actor.name,
                                                                    role=self.actor.role_label))
        self.shift_label = QLabel(shift_label(datetime.now()))
        self.db_label = QLabel(self.tr("Database: {db}").format(db=self.db.describe()))
        # a backup running on its own thread: what and how far (shown only while it copies)
        self.background_label = QLabel(self, objectName="backgroundLabel")
        self.background_bar = QProgressBar(self, objectName="backgroundProgress")
        self.background_bar.setMaximumWidth(120)
        self.background_bar.setMaximumHeight(14)
        for w in (self.background_label, self.background_bar):
            w.hide()
            bar.addPermanentWidget(w)
        for w in (self.user_label, self.shift_label, self.db_label):
            w.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(w)
        # a long database path never widens the window past the screen: it is cut, in full as the tooltip
        full = self.db_label.text()
        self.db_label.setToolTip(full)
        self.db_label.setText(self.db_label.fontMetrics().elidedText(full, Qt.TextElideMode.ElideMiddle,
                                                                     DB_LABEL_MAX))

    def _background_progress(self, what: str, done: int, total: int) -> None:
        if total <= 0:           # started: shown once it has something to copy (a backup not due is not)
            return
        self.background_label.setText(what)
        self.background_bar.setRange(0, total)
        self.background_bar.setValue(done)
        self.background_label.show()
        self.background_bar.show()

    def _background_finished(self, _what: str) -> None:
        self.background_label.hide()
        self.background_bar.hide()

    def _records_changed(self, kind: str, _ids) -> None:
        if kind == "estate":  # the print settings renamed the estate
            self.estate = store.estate(self.db)
            self.setWindowTitle(self.tr("{estate} — Front Desk").format(estate=self.estate.name))

    def _bug(self, message: str, details: str) -> None:
        from app.ui.crash import show_bug
        show_bug(message, details)

    # -- geometry
    def _restore_geometry(self) -> None:
        geometry = settings.MAIN_GEOMETRY.get()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(*DEFAULT_SIZE)
        self.fit_screen()

    def fit_screen(self) -> None:
        """Keep the window on its screen: at most the available area (1366×768 less the taskbar), inside it."""
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        if area.width() < SCREEN[0]:   # narrower than the reception PC's 1366 px: the pages need the room
            self.set_side_bar(False)
        frame = self.frameGeometry().size() - self.geometry().size()   # the title bar and borders, if any
        width = min(self.width(), area.width() - frame.width())
        height = min(self.height(), area.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = min(max(self.x(), area.left()), area.right() - self.frameGeometry().width() + 1)
        y = min(max(self.y(), area.top()), area.bottom() - self.frameGeometry().height() + 1)
        if (x, y) != (self.x(), self.y()):
            self.move(x, y)

    def save_geometry(self) -> None:
        settings.MAIN_GEOMETRY.set(self.saveGeometry())

    def close_for_lock(self) -> None:
        self.save_geometry()
        self._locking = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.save_geometry()
        if not getattr(self, "_locking", False):
            from PySide6.QtWidgets import QApplication
            if self.session is not None:
                from app.services import auth
                auth.sign_out(self.db, self.actor, "exit")
            QApplication.instance().quit()
        super().closeEvent(event)
