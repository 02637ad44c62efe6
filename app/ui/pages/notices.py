"""通知 — the notices page: a record pane of the kit (status chips with what waits counted, kind filter,
search, the lazy list printed as the 通告发布目录, the detail with its fields, flags, the buttons the
workflow allows this user, the print buttons and the timeline) and, in the detail, the notice's recipients
(individual notices, with their deliveries) or its postings (public ones).

What is this page's own: the list's columns, the notice editor (new, edit, correction), the recipients, and
the offer of a correction notice after a published notice is revoked. Every action is the kit's action
dialog; a delivery is the kit's action dialog of the ``notice_delivery`` workflow.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.domain import notices as rules
from app.domain.notices import NOTICE, NOTICE_DRAFT, NoticeKind
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import notices, records
from app.ui.widgets.flow import FlowLayout
from app.ui.widgets.record_pane import (
    ChoiceFilter,
    MonthFigures,
    PaneSpec,
    PrintButton,
    RecordButton,
    RecordPage,
    RecordPane,
    figure,
    percent,
)
from app.ui.widgets.table_model import Column, LazyTableModel, attr, label_of, record_view
from app.ui.widgets.tones import ATTENTION, LATE

translate = QCoreApplication.translate


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _status_colour(row):
    if row.expired:
        return LATE
    if row.expiring or row.status == "pending":
        return ATTENTION
    return None


LIST_COLUMNS = [
    Column("number", T("Notice", "No."), lambda r: NOTICE.shown_number(r.number), width=112),
    Column("title", T("Notice", "Title"), attr("title"), width=250),
    Column("kind", T("Notice", "Kind"), label_of(NoticeKind, "kind"), width=110),
    Column("status", T("Notice", "Status"), lambda r: r.status_label, foreground=_status_colour, width=140),
    Column("from", T("Notice", "Applies from"), lambda r: _when(r.effective_from), width=122),
    Column("until", T("Notice", "Valid until"), lambda r: _when(r.valid_until), width=122),
    Column("scope", T("Notice", "Scope"), attr("scope"), width=140),
    Column("deliveries", T("Notice", "Deliveries"), attr("recipients")),
]

RECIPIENT_COLUMNS = [
    Column("room", T("Notice", "Room"), attr("room"), width=80),
    Column("name", T("Notice", "Recipient"), attr("name"), width=70),
    Column("status", T("Notice", "Delivery"), lambda r: r.status_label,
           foreground=lambda r: LATE if r.status == "refused" else None, width=110),
    Column("at", T("Notice", "Delivered at"), lambda r: _when(r.delivered_at), width=122),
    Column("method", T("Notice", "How"), lambda r: r.method_label, width=110),
    Column("signed", T("Notice", "Signed by / witness"), lambda r: r.signed_by or r.witness, width=90),
    Column("note", T("Notice", "Note"), attr("note")),
]

POSTING_COLUMNS = [
    Column("where", T("Notice", "Location"), attr("location"), width=150),
    Column("at", T("Notice", "Posted at"), lambda p: _when(p.posted_at), width=122),
    Column("by", T("Notice", "By"), attr("by"), width=70),
    Column("photo", T("Notice", "Photo"), attr("photo"), width=110),
    Column("note", T("Notice", "Note"), attr("note")),
]

PANE = PaneSpec(
    kind=notices.KIND, settings_key="notices", columns=LIST_COLUMNS, title=T("Notice", "Notices"),
    list_fn=notices.list_notices, count_fn=notices.count_notices, statuses=notices.VIEWS,
    default_statuses=("open",), counted=("pending", "expired"),
    filters=[ChoiceFilter("kind", [("", T("Notice", "All kinds")), *[(m.value, m.label) for m in NoticeKind]])],
    search_hint=T("Notice", "Title or number (Ctrl+F)"), choose_hint=T("Notice", "Choose a notice on the left."),
    empty_hint=T("Notice", "No notices here yet. Press “New notice” (Ctrl+N) to draft one."),
    empty_hints={"expired": T("Notice", "No expired notice is still on the boards."),
                 "pending": T("Notice", "No notice is waiting for approval.")},
    report_title=T("Notice", "Notice index"), new_label=T("Notice", "New notice"), new_permission=NOTICE_DRAFT,
    new_method="new_notice", after_method="after_action",
    detail_extra="deliveries",
    buttons=[RecordButton("editNotice", T("Notice", "Edit"), "", "edit_notice", enabled=lambda v: v.editable),
             RecordButton("addRecipients", T("Notice", "Add recipients…"), "", "add_recipients",
                          enabled=lambda v: v.can_add_recipients)],
    prints=[PrintButton("notice", T("Notice", "Print notice"), "printNotice"),
            PrintButton("notice_sign_sheet", T("Notice", "Print sign sheet"), "printSignSheet",
                        enabled=lambda v: v.individual and bool(v.recipients))])


class Deliveries(QTabWidget):
    """A notice's recipients with their deliveries (individual notices) or its postings (public ones)."""

    def __init__(self, page: NoticesPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.view: records.RecordView | None = None
        self.setObjectName("noticeDeliveries")
        recipients = QWidget(self)
        layout = QVBoxLayout(recipients)
        layout.setContentsMargins(4, 4, 4, 4)
        self.recipients = LazyTableModel(RECIPIENT_COLUMNS, lambda after, n: [], parent=self)
        self.recipients_view = record_view(recipients, self.recipients, "recipientsView")
        self.recipients_view.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.hint = QLabel(recipients, objectName="recipientsHint")
        self.hint.setStyleSheet("color:#666;")
        self.hint.setWordWrap(True)
        row_box = QWidget(recipients)
        row = FlowLayout(row_box)   # the delivery buttons wrap in a narrow pane (English labels are long)
        self.buttons: dict[str, QPushButton] = {}
        for t in rules.DELIVERY.transitions:
            button = QPushButton(str(t.label) + "…", row_box, objectName=f"delivery_{t.name}")
            button.clicked.connect(lambda _=False, name=t.name: self.page.record_delivery(self.recipient(), name))
            self.buttons[t.name] = button
            row.addWidget(button)
        self.remove_btn = QPushButton(translate("NoticesPage", "Take off the list"), row_box,
                                      objectName="removeRecipient")
        self.remove_btn.clicked.connect(lambda: self.page.remove_recipient(self.recipient()))
        row.addWidget(self.remove_btn)
        layout.addWidget(self.recipients_view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(row_box)
        self.postings = LazyTableModel(POSTING_COLUMNS, lambda after, n: [], parent=self)
        postings = QWidget(self)
        inner = QVBoxLayout(postings)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(record_view(postings, self.postings, "postingsView"), 1)
        self.postings_hint = QLabel(postings, objectName="postingsHint")
        self.postings_hint.setStyleSheet("color:#666;")
        self.postings_hint.setWordWrap(True)
        inner.addWidget(self.postings_hint)
        self.addTab(recipients, translate("NoticesPage", "Recipients"))
        self.addTab(postings, translate("NoticesPage", "Postings"))

    def recipient(self) -> notices.RecipientRow | None:
        index = self.recipients_view.currentIndex()
        return self.recipients.row_at(index.row()) if index.isValid() else None

    def show_record(self, view: records.RecordView | None) -> None:
        self.view = view
        self.setVisible(view is not None)
        if view is None:
            return
        self.recipients.set_rows(view.recipients)
        self.postings.set_rows(view.postings)
        self.setTabVisible(0, view.individual)
        self.setTabVisible(1, not view.individual)
        self.hint.setText(translate("NoticesPage", "No recipients yet: add them by room code.") if not view.recipients
                          else translate("NoticesPage", "{n} to deliver · print the sign sheet, deliver, then record "
                                                        "each signature or refusal.").format(n=view.pending_recipients))
        self.postings_hint.setText("" if view.postings else translate(
            "NoticesPage", "Not posted anywhere yet: record where it went up (“Record a posting”)."))
        self._update()

    def _update(self) -> None:
        """The delivery buttons of the chosen recipient: what the ``notice_delivery`` workflow allows now."""
        rec = self.recipient()
        for name, button in self.buttons.items():
            button.setEnabled(rec is not None and name in rec.actions)
        self.remove_btn.setEnabled(rec is not None and rec.removable)


class NoticesPage(MonthFigures, RecordPage):
    panes = (PANE,)
    also_watches = (notices.DELIVERY_KIND,)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.pane_ = self.record_panes[0]
        shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.pane_.record_buttons["editNotice"].click())

    # -- the month's figures (§4.4 KPIs)
    figures_name = "noticeKpis"

    def month_figures(self, db, actor, date_from: date, date_to: date) -> notices.NoticeKpis:
        return notices.kpis(db, actor, date_from, date_to)

    def figures_text(self, k: notices.NoticeKpis) -> list[str]:
        parts = [
            self.tr("This month: issued {n}").format(n=figure(k.issued)),
            self.tr("posted in time {rate}").format(rate=figure(percent(k.on_time_rate))),
            self.tr("delivered and signed {signed}/{due}, refused {refused}").format(
                signed=figure(k.signed), due=k.recipients, refused=k.refused),
            self.tr("expired, not taken down {n}").format(
                n=figure(k.expired_not_removed, bool(k.expired_not_removed))),
        ]
        return parts

    def deliveries(self, pane: RecordPane) -> Deliveries:
        widget = Deliveries(self, pane)
        pane.shown.connect(widget.show_record)
        return widget

    def _open(self, dialog, on_saved: Callable | None = None):
        dialog.accepted.connect(lambda: self.bar.info(translate("NoticesPage", "Saved.")))
        if on_saved is not None:
            dialog.accepted.connect(lambda: on_saved(dialog))
        dialog.show()
        self.dialog = dialog
        return dialog

    def new_notice(self, values: dict | None = None, corrects_id: int | None = None):
        if not self.actor.can(NOTICE_DRAFT):
            return None
        from app.ui.dialogs.notices import new_notice_dialog
        dialog = new_notice_dialog(self.window_, values, corrects_id=corrects_id)
        return self._open(dialog, lambda d: self.open_record(notices.KIND, d.result_value))

    def edit_notice(self, view: records.RecordView):
        from app.ui.dialogs.notices import NoticeDialog
        return self._open(NoticeDialog(self.window_, {
            "id": view.id, "version": view.version, "number": view.number, "corrects_id": view.corrects_id,
            "values": notices.editor_values(view)}))

    def add_recipients(self, view: records.RecordView):
        from app.ui.dialogs.notices import RecipientsDialog
        return self._open(RecipientsDialog(self.window_, {"id": view.id, "number": view.number}))

    def after_action(self, view: records.RecordView, action: str) -> None:
        """A published notice revoked: offer its correction notice, linked to it (更正通知)."""
        if action != "void" or not view.issued:
            return
        answer = QMessageBox.question(self, translate("NoticesPage", "Correction notice"), translate(
            "NoticesPage", "Draft a correction notice for {number} now?").format(number=view.number))
        if answer == QMessageBox.StandardButton.Yes:
            self.new_notice(notices.correction_values(self.db, self.actor, view.id), corrects_id=view.id)

    def record_delivery(self, rec: notices.RecipientRow | None, action: str):
        """签收 / 拒签 of one recipient: the kit's action dialog of the delivery workflow."""
        if rec is None or action not in rec.actions:
            return None
        from app.ui.dialogs.action import ActionDialog
        return self._open(ActionDialog(self.window_, {
            "kind": notices.DELIVERY_KIND, "id": rec.id, "version": rec.version, "action": action,
            "number": f"{rec.room} {rec.name}",
            "values": {"signed_by": rec.name, "delivered_at": rules.format_when(datetime.now())}}))

    def remove_recipient(self, rec: notices.RecipientRow | None):
        if rec is None:
            return None
        answer = QMessageBox.question(self, translate("NoticesPage", "Take off the list"), translate(
            "NoticesPage", "Take {room} {name} off the recipients?").format(room=rec.room, name=rec.name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        db, actor = self.db, self.actor
        return self.ops.run(lambda: notices.remove_recipient(db, actor, rec.id, version=rec.version),
                            kind=notices.KIND, on_error=lambda exc: self.bar.error(str(exc)))


def open_from_worklog(window, prefill: dict, on_saved: Callable[[int], None]):
    """转为通知: a new notice drafted from a work-log row (its content, its room as the scope), over
    whatever page is showing; ``on_saved(notice_id)`` lets the work log link the row to the notice."""
    from app.ui.dialogs.notices import new_notice_dialog, values_from_worklog
    if not window.actor.can(NOTICE_DRAFT):
        return None
    dlg = new_notice_dialog(window, values_from_worklog(prefill))
    dlg.accepted.connect(lambda: on_saved(dlg.result_value))
    dlg.show()
    window.last_dialog = dlg
    return dlg
