"""交接班 — taking over the shift after sign-in, and handing it over at the end.

:class:`TakeOverDialog` shows what the signing-in user must read — the previous shift's duty log (its
events, what was carried over, the physical items) and the open items built from the live data
(:func:`app.services.open_items.collect`) — and records 已阅/接班. It cannot be closed otherwise: the user
can postpone it only by signing out. It is *window-modal but shown with* ``show()`` (never ``exec``), so the
session and the tests keep running; the main window takes input again once the user has taken over.

:func:`maybe_show_handover` is the session's hook: after sign-in it opens the dialog for a user who may
take over and is not on duty yet (after a forced password change, if one is pending).

:class:`HandOverDialog` is the 交班 form: the colleague handed to, what is carried over, the front-desk
keys, petty items and undelivered mail; the open items of the moment are kept with the log.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from app.domain.duty import DUTY_HANDOVER
from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base, open_items, records
from app.services import duty as svc
from app.ui import drafts
from app.ui.dialogs.action import ActionDialog
from app.ui.dialogs.base import WindowDialog
from app.ui.widgets import tones
from app.ui.widgets.record_pane import rich_label, rows_html, title_html
from app.ui.widgets.table_model import Column, LazyTableModel, attr, record_view

_LEVELS = {"alert": tones.LATE, "attention": tones.ATTENTION}

#: a duty log's events (值班记事), as the duty page and the 交接班 dialog list them
ENTRY_COLUMNS = [
    Column("at", T("Duty", "Time"), lambda e: e.at.strftime("%m-%d %H:%M")),
    Column("kind", T("Duty", "Kind"), lambda e: e.kind_label),
    Column("summary", T("Duty", "Event"), attr("summary")),
    Column("ref", T("Duty", "Linked record"), attr("ref_number")),
    Column("by", T("Duty", "By"), attr("by")),
]
ITEM_COLUMNS = [
    Column("group", T("Duty", "Open item"), lambda i: str(i.group), foreground=lambda i: _LEVELS.get(i.level)),
    Column("title", T("Duty", "Details"), attr("title"), foreground=lambda i: _LEVELS.get(i.level)),
    Column("number", T("Duty", "No."), attr("number")),
]


def stretch_column(view, column: int) -> None:
    """Let ``column`` (the text of a row) take the room left, instead of the last column."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def entries_view(parent, model: LazyTableModel, name: str):
    """The table of a duty log's events."""
    view = record_view(parent, model, name)
    for k, width in enumerate((90, 80, 320, 140, 70)):
        view.setColumnWidth(k, width)
    stretch_column(view, 2)
    return view


def items_view(parent, model: LazyTableModel, name: str):
    """The table of open items (live, or as they were at the handover)."""
    view = record_view(parent, model, name)
    view.setColumnWidth(0, 230)
    view.setColumnWidth(2, 140)
    stretch_column(view, 1)
    return view


def log_html(view: records.RecordView | None) -> str:
    """A duty log as the 交接班 dialog shows it: number, state, shift and its rows."""
    return title_html(view) + rows_html(view.rows) if view is not None else ""


class TakeOverDialog(WindowDialog):
    """已阅/接班: read the previous shift's log and the open items, then take over (or sign out)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("takeOverDialog")
        self.setWindowTitle(self.tr("Shift handover"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.brief: svc.Handover | None = None
        self.taking = False
        layout = self.layout_
        self.headline = rich_label(self, "handoverHeadline")
        self.headline.setStyleSheet("font-size:15px;")
        layout.addWidget(self.headline)
        split = QSplitter(Qt.Orientation.Vertical, self)
        prev = QGroupBox(self.tr("Previous shift"), self)
        prev_layout = QVBoxLayout(prev)
        self.previous = rich_label(prev, "previousLog")
        self.previous.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        prev_layout.addWidget(self.previous)
        self.events = LazyTableModel(ENTRY_COLUMNS, lambda after, n: [], parent=self)
        self.events_view = entries_view(prev, self.events, "handoverEvents")
        prev_layout.addWidget(self.events_view, 1)
        split.addWidget(prev)
        self.items_box = items_box = QGroupBox(self.tr("Open items now"), self)
        items_layout = QVBoxLayout(items_box)
        self.items = LazyTableModel(ITEM_COLUMNS, lambda after, n: [], parent=self)
        self.items_view = items_view(items_box, self.items, "openItems")
        items_layout.addWidget(self.items_view)
        split.addWidget(items_box)
        split.setSizes([440, 220])
        layout.addWidget(split, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("&Note"), self))
        self.note = QLineEdit(self, objectName="handoverNote")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("optional, e.g. why the last shift was not handed over"))
        note_row.itemAt(0).widget().setBuddy(self.note)
        note_row.addWidget(self.note, 1)
        layout.addLayout(note_row)
        buttons = QHBoxLayout()
        self.print_btn = QPushButton(self.tr("&Print the previous record"), self, objectName="printPrevious")
        self.print_btn.clicked.connect(self.print_previous)
        self.sign_out_btn = QPushButton(self.tr("&Sign out"), self, objectName="signOut")
        self.sign_out_btn.clicked.connect(self.sign_out)
        self.sign_out_btn.setVisible(getattr(window, "session", None) is not None)
        self.take_btn = QPushButton(self.tr("&Acknowledge and take over"), self, objectName="takeOver")
        self.take_btn.setDefault(True)
        self.take_btn.clicked.connect(self.take_over)
        buttons.addWidget(self.print_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_btn)
        buttons.addWidget(self.take_btn)
        layout.addLayout(buttons)
        self.resize(900, 680)
        self.load()

    def load(self) -> None:
        self.brief = b = svc.handover_brief(self.db, self.actor)
        shift = f"{b.shift.day:%Y-%m-%d} {b.shift.kind.label} {b.shift.start:%H:%M}–{b.shift.end:%H:%M}"
        prev = b.previous
        if b.mode == "acknowledge":
            text = self.tr("<b>{by}</b> handed over {number} to <b>{to}</b> at {at}. Read it and the open "
                           "items, then take over the {shift}.").format(
                by=escape(prev.handed_by), number=prev.number, to=escape(prev.handed_to),
                at=f"{prev.handed_at:%H:%M}", shift=shift)
            if prev.handed_to_id not in (None, self.actor.staff_id) and b.refusal is None:
                text += f"<br><span style='color:{tones.ATTENTION_HEX}'>" + self.tr(
                    "It was handed over to {name}, not to you.").format(name=escape(prev.handed_to)) + "</span>"
            button = self.tr("&Acknowledge and take over")
        elif b.mode == "take_over":
            text = f"<span style='color:{tones.LATE_HEX}'>" + self.tr(
                "Duty log {number} ({on_duty}) was not handed over.").format(
                    number=prev.number, on_duty=escape(prev.on_duty)) + "</span> " + self.tr(
                "Taking over closes it; sign out instead if the colleague is still here to hand over. "
                "You take over the {shift}.").format(shift=shift)
            button = self.tr("&Acknowledge and take over")
        elif b.mode == "join":
            cur = b.current
            text = self.tr("<b>{names}</b> took over this shift ({number}) at {at}. Read the handover and "
                           "the open items, then join the shift.").format(
                names=escape(cur.on_duty), number=cur.number, at=f"{cur.opened_at:%H:%M}")
            button = self.tr("&Acknowledge and join the shift")
        elif b.mode == "first":
            text = self.tr("There is no duty log yet. Read the open items, then take over the {shift}.").format(
                shift=shift)
            button = self.tr("&Acknowledge and take over")
        else:
            text = self.tr("You are on duty ({number}).").format(number=b.current.number)
            button = self.tr("Close")
        if b.refusal is not None:    # handed over to someone else, or by this user: they only read it
            text += f"<br><span style='color:{tones.LATE_HEX}'>" + escape(str(b.refusal)) + "</span>"
            button = self.tr("Close")
        self.headline.setText(text)
        self.take_btn.setText(button)
        self.previous.setText(log_html(prev) if prev else self.tr("No previous duty log."))
        self.events.set_rows(list(b.previous_events))
        self.items.set_rows(list(b.open_items))
        self.items_box.setTitle(self.tr("Open items now ({n})").format(n=len(b.open_items)))
        self.print_btn.setEnabled(prev is not None)

    # -- the only ways out
    def take_over(self) -> None:
        if self.taking or self.brief is None:
            return
        if self.brief.mode == "on_duty":
            self.done(QDialog.DialogCode.Accepted)
            return
        if self.brief.refusal is not None:    # not theirs to take over: they have read it
            self.done(QDialog.DialogCode.Rejected)
            return
        self.taking = True
        self.take_btn.setEnabled(False)
        db, actor, key, note = self.db, self.actor, self.brief.key, self.note.text()
        self.ops.run(lambda: svc.take_over(db, actor, key, note), kind="duty_log",
                     on_success=self._taken, on_error=self._refused)

    def _taken(self, log_id: int) -> None:
        self.taking = False
        self.take_btn.setEnabled(True)
        self.log_id = log_id
        log = records.get(self.db, self.actor, svc.DUTY_KIND, log_id)
        self.window_.statusBar().showMessage(self.tr("You are on duty: {number}, {shift}.").format(
            number=log.number, shift=log.shift_kind.label), 10000)
        self.done(QDialog.DialogCode.Accepted)

    def _refused(self, exc: UserError) -> None:
        self.taking = False
        self.take_btn.setEnabled(True)
        try:
            self.load()   # show what changed (another desk took over, handed over …)
        except UserError:
            pass
        self.bar.error(str(exc))

    def sign_out(self) -> None:
        session = getattr(self.window_, "session", None)
        if session is not None:
            session.sign_out()

    def reject(self) -> None:
        """Esc does not close it: the handover is read and acknowledged, or the user signs out."""
        self.bar.warning(self.tr("Take over the shift, or sign out to do it later."))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.result() == QDialog.DialogCode.Accepted or not self.isVisible():
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def print_previous(self) -> None:
        if self.brief is None or self.brief.previous is None:
            return
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "shift_handover", self.brief.previous.number)


def maybe_show_handover(window) -> TakeOverDialog | None:
    """The session's hook after sign-in: open the 交接班 dialog for a user who may take over and is not on
    duty yet. A forced password change comes first; the dialog follows when it is done."""
    actor = window.actor
    if not actor.can(DUTY_HANDOVER) or not svc.needs_takeover(window.db, actor):
        return None
    from app.ui.dialogs.account import ChangePasswordDialog
    pending = [d for d in window.findChildren(ChangePasswordDialog) if d.isVisible()]
    if pending:   # after the password dialog; not if the screen locked meanwhile (the window is gone)
        pending[0].finished.connect(lambda *_: QTimer.singleShot(0, lambda: show_take_over(window)))
        return None
    return show_take_over(window)


def show_take_over(window) -> TakeOverDialog | None:
    """Open the 交接班 dialog (or raise the one open), e.g. from the 值班 menu or the duty page."""
    if getattr(window, "handover_dialog", None) is not None and window.handover_dialog.isVisible():
        return window.handover_dialog
    try:
        if not window.isVisible():   # signed out or locked meanwhile
            return None
    except RuntimeError:             # the window was deleted
        return None
    dlg = TakeOverDialog(window)
    dlg.show()
    dlg.raise_()
    window.handover_dialog = dlg
    return dlg


def show_hand_over(window) -> HandOverDialog | None:
    """Open the 交班 form for the log the user is on duty in (the duty page's 交班…, the 值班 menu)."""
    page = window.show_page("duty")
    return page.hand_over() if page is not None else None


class HandOverDialog(ActionDialog):
    """交班: the duty log's ``hand_over`` action to a named colleague (only those who may take over a shift),
    with what is carried over and the physical items; the open items of the moment, kept with the log, are
    listed under the form. Context: the action dialog's, for ``hand_over`` of the log on duty."""

    form_key = "duty_handover"

    def __init__(self, window, context: dict) -> None:
        context = {**context, "kind": svc.DUTY_KIND, "action": "hand_over"}
        context["values"] = {**svc.last_handover_items(window.db, window.actor), **context.get("values", {})}
        super().__init__(window, context)
        self.setWindowTitle(self.tr("Hand over {number}").format(number=context.get("number", "")))
        self.form.widgets["carried_over"].setFixedHeight(90)
        items = open_items.collect(window.db, window.actor, base.now())
        box = QGroupBox(self.tr("Open items kept with the log ({n})").format(n=len(items)), self)
        box_layout = QVBoxLayout(box)
        self.items = LazyTableModel(ITEM_COLUMNS, lambda after, n: [], parent=self)
        self.items.set_rows(list(items))
        view = items_view(box, self.items, "handoverItems")
        view.setMinimumHeight(140)
        box_layout.addWidget(view)
        self.layout().insertWidget(2, box, 1)
        self.resize(760, 600)

    def staff_choices(self, window, permission: str = "") -> list[tuple[str, str]]:
        """Colleagues who may take over a shift, not the user."""
        return [(str(c.id), c.name) for c in svc.colleagues(window.db, window.actor)]


drafts.register("duty_handover", HandOverDialog)
