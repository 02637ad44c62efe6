"""工作日志 — every phone or counter request as one row, entered fast from the keyboard.

The quick entry at the top takes a call as the user hears it: Tab from field to field, the channel with
Alt+1…Alt+5 (or its digit in the list), the category with Alt+letter (咨询 Z, 报修 B, 投诉 T, 建议 J, 求助 Q,
表扬 Y, 其他 O), the room with a completer over the registry's room codes, and Enter saves and clears the
form for the next call (the channel stays). A refused save keeps everything typed, with the reason beside
the field. Under it the day's figures and the supervisor's check, then the record pane of the kit: the lazy
list with its filters (result, period, channel, category, dates, text), the selected row with the actions
the workflow allows (the kit's action dialog; no Alt+digits, the quick entry has them), 编辑… and 转为…
(turn the row into another workflow's record through :mod:`app.ui.conversions`).

An idle lock keeps what was typed in the quick entry: the page keeps it as a draft (app.services.drafts)
when the window closes, and restores it when the same user signs in again (through :mod:`app.ui.drafts`).
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from app.domain.duty import WORK_LOG, WORKLOG_REVIEW, WORKLOG_WRITE, Category, Channel
from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import drafts as kept
from app.services import records
from app.services import worklog as svc
from app.ui import drafts
from app.ui.dialogs.worklog import EntryDialog, ReviewDialog, entry_fields, entry_input, wire_row_form
from app.ui.widgets import tones
from app.ui.widgets.form import FormView
from app.ui.widgets.record_pane import ChoiceFilter, PaneSpec, RecordButton, RecordPage, when
from app.ui.widgets.table_model import Column, attr, label_of

translate = QCoreApplication.translate
QUICK_DRAFT = "worklog_quick"   # drafts key of the quick entry

COLUMNS = [
    Column("at", T("WorkLog", "Time"), lambda r: when(r.at), 84, foreground=tones.row_brush),
    Column("number", T("WorkLog", "No."), attr("number"), 128, foreground=tones.row_brush),
    Column("channel", T("WorkLog", "Channel"), label_of(Channel, "channel"), 70),
    Column("caller", T("WorkLog", "Caller"), attr("caller"), 64),
    Column("room", T("WorkLog", "Room"), attr("room_code"), 72),
    Column("phone", T("WorkLog", "Phone"), attr("phone"), 108),
    Column("category", T("WorkLog", "Category"), label_of(Category, "category"), 58),
    Column("content", T("WorkLog", "Request"), attr("content"), 220),
    Column("answer", T("WorkLog", "Answer"), attr("answer"), 140),
    Column("result", T("WorkLog", "Result"), lambda r: r.result, 110, foreground=tones.row_brush),
]

PERIODS = [("all", T("WorkLogPage", "All dates")), ("today", T("WorkLogPage", "Today")),
           ("yesterday", T("WorkLogPage", "Yesterday")), ("week", T("WorkLogPage", "Last 7 days")),
           ("month", T("WorkLogPage", "This month"))]


def period_days(key: str, today: date | None = None) -> tuple[date | None, date | None]:
    """The first and last day of a period of the filter (None, None: all dates)."""
    today = today or date.today()
    return {"today": (today, today), "yesterday": (today - timedelta(days=1),) * 2,
            "week": (today - timedelta(days=6), today), "month": (today.replace(day=1), today)}.get(key, (None, None))


def _period(key: str) -> dict:
    first, last = period_days(key)
    return {"date_from": first, "date_to": last}


ENTRY_PANE = PaneSpec(
    kind=svc.WORK_KIND, settings_key="worklog", columns=COLUMNS, list_fn=svc.list_entries, count_fn=svc.count_listed,
    statuses=[("all", T("WorkLogPage", "All rows")), ("open", T("WorkLogPage", "Without a result")),
              ("overdue", T("WorkLogPage", "Overdue")),
              *[(s.name, s.label) for s in map(WORK_LOG.state, ("transferred", "void"))]],
    default_statuses=("all", "open", "overdue"),
    filters=[ChoiceFilter("period", PERIODS, to_filters=_period),
             ChoiceFilter("channel", [("", T("WorkLogPage", "All channels")),
                                      *[(c.value, c.label) for c in Channel]]),
             ChoiceFilter("category", [("", T("WorkLogPage", "All categories")),
                                       *[(c.value, c.label) for c in Category]])],
    dates=True, search_hint=T("WorkLogPage", "Caller, room, phone, request or No."),
    choose_hint=T("WorkLogPage", "Choose a row to answer, transfer or close it, or to turn it into a record."),
    empty_hint=T("WorkLogPage", "No requests in this period yet. Type the next call into the form above (F2) and "
                                "press Enter."),
    report_title=T("WorkLog", "Work log"), new_label=T("WorkLogPage", "New request (F2)"),
    new_permission=WORKLOG_WRITE, new_method="new_request", defaults_method="action_defaults", action_keys=False,
    sizes=(760, 420),
    buttons=[RecordButton("editRow", T("WorkLogPage", "&Edit…"), "", "edit_row", enabled=lambda v: v.editable),
             RecordButton("convertRow", T("WorkLogPage", "Con&vert to…"), "", "open_conversions",
                          enabled=lambda v: v.convertible)])


class QuickEntry(QGroupBox):
    """The quick-entry form; Enter anywhere in it saves (the room completer's popup keeps its Enter)."""

    def __init__(self, page: WorkLogPage) -> None:
        super().__init__(page)
        self.setTitle(self.tr("New request (F2)"))
        self.setObjectName("quickEntry")
        self.page = page
        layout = QHBoxLayout(self)
        self.form = FormView(entry_fields(quick=True), columns=4, parent=self)
        layout.addWidget(self.form, 1)
        side = QVBoxLayout()
        self.save_btn = QPushButton(self.tr("Save (Enter)"), self, objectName="quickSave")
        self.save_btn.clicked.connect(page.save_quick)
        self.clear_btn = QPushButton(self.tr("Clear"), self, objectName="quickClear")
        self.clear_btn.clicked.connect(lambda: page.clear_quick(keep_channel=True))
        side.addWidget(self.save_btn)
        side.addWidget(self.clear_btn)
        side.addStretch(1)
        layout.addLayout(side)
        self.completer = wire_row_form(self.form, page.db, page.actor)
        from app.ui.pages.complaints import flag_open_complaints
        flag_open_complaints(self.form, page.db, page.actor, page.bar)
        self.form.widgets["answer"].textEdited.connect(self._answered)
        self.form.widgets["result"].activated.connect(lambda *_: setattr(self, "_result_chosen", True))
        self._result_chosen = False
        self.form.widgets["channel"].setToolTip(self.tr("Alt+1 … Alt+5, or type the digit"))
        self.form.widgets["category"].setToolTip(self.tr(
            "Alt+Z enquiry, Alt+B repair, Alt+T complaint, Alt+J suggestion, Alt+Q help, Alt+Y praise, "
            "Alt+O other; or type the letter"))

    def _answered(self, text: str) -> None:
        """An answer typed while the result is still open makes the row answered (unless chosen)."""
        if not self._result_chosen:
            self.form.set_value("result", "answered" if text.strip() else "open")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.page.save_quick()
            return
        super().keyPressEvent(event)


class WorkLogPage(RecordPage):
    panes = (ENTRY_PANE,)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.entries = self.record_panes[0]
        self.period, self.channel_filter, self.category_filter = self.entries.choice_filters
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData("today"))     # the desk's day, unless widened
        self.period.blockSignals(False)
        self.edit_btn = self.entries.record_buttons["editRow"]
        self.convert_btn = self.entries.record_buttons["convertRow"]
        self.convert_menu = QMenu(self.convert_btn)
        self.convert_btn.setMenu(self.convert_menu)
        self.entries.shown.connect(self._fill_convert_menu)
        self.entries.model.modelReset.connect(self._update_day)
        self.saving = False
        self._shortcuts()
        self.clear_quick(keep_channel=False)
        window.installEventFilter(_DraftKeeper(self))

    # ------------------------------------------------------------------------------------------ layout
    def header(self) -> QWidget:
        self.can_write = self.actor.can(WORKLOG_WRITE)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.quick = QuickEntry(self)
        self.quick.setVisible(self.can_write)
        layout.addWidget(self.quick)
        bar = QHBoxLayout()
        self.day_label = QLabel(box, objectName="dayLabel")
        self.day_label.setTextFormat(Qt.TextFormat.RichText)
        self.review_btn = QPushButton(translate("WorkLogPage", "Mark the day as checked…"), box,
                                      objectName="reviewDay")
        self.review_btn.setVisible(self.actor.can(WORKLOG_REVIEW))
        self.review_btn.clicked.connect(self.review_day)
        bar.addWidget(self.day_label, 1)
        bar.addWidget(self.review_btn)
        layout.addLayout(bar)
        return box

    def _shortcuts(self) -> None:
        def add(sequence: str, slot) -> None:
            sc = QShortcut(QKeySequence(sequence), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        add("F2", self.focus_quick)
        if self.can_write:
            for c in Channel:
                add(f"Alt+{c.key}", lambda c=c: self.quick.form.set_value("channel", c.value))
            for c in Category:
                add(f"Alt+{c.key}", lambda c=c: self.quick.form.set_value("category", c.value))

    # ------------------------------------------------------------------------------------------ quick entry
    def shown(self) -> None:
        super().shown()
        self.focus_quick()

    def new_request(self, _values: dict) -> None:
        """Ctrl+N and the list's button: the quick entry is where a request is typed."""
        self.focus_quick()

    def focus_quick(self) -> None:
        if self.can_write:
            self.quick.form.widgets["caller"].setFocus()
            self.quick.form.widgets["caller"].selectAll()

    def clear_quick(self, keep_channel: bool = True) -> None:
        form = self.quick.form
        channel = form.value("channel")
        form.set_values({"at": "", "caller": "", "room": "", "phone": "", "content": "", "answer": "",
                         "result": "open", "category": Category.ENQUIRY.value,
                         "channel": channel if keep_channel else Channel.PHONE.value})
        form.clear_errors()
        self.quick._result_chosen = False

    def quick_has_input(self) -> bool:
        values = self.quick.form.values()
        return any(str(values[k]).strip() for k in ("caller", "room", "phone", "content", "answer", "at"))

    def save_quick(self) -> None:
        if self.saving or not self.can_write:
            return
        form = self.quick.form
        if not form.check_all():
            form.widgets[form.first_invalid()].setFocus()
            return
        data = entry_input(form.values())
        self.saving = True
        self.quick.save_btn.setEnabled(False)
        db, actor = self.db, self.actor
        self.ops.run(lambda: svc.create_entry(db, actor, data), kind=svc.WORK_KIND,
                     on_success=self._quick_saved, on_error=self._quick_refused)

    def _quick_saved(self, entry_id: int) -> None:
        self.saving = False
        self.quick.save_btn.setEnabled(True)
        number = records.get(self.db, self.actor, svc.WORK_KIND, entry_id).number
        self.bar.info(translate("WorkLogPage", "Saved {number}.").format(number=number))
        self.last_saved = entry_id
        self.clear_quick(keep_channel=True)
        self.focus_quick()

    def _quick_refused(self, exc: UserError) -> None:
        self.saving = False
        self.quick.save_btn.setEnabled(True)
        if not self.quick.form.show_user_error(exc):
            self.bar.error(str(exc))

    # ------------------------------------------------------------------------------------------ the day
    def shown_day(self) -> date | None:
        """The one day the list shows (a period of one day, or a range from a day to the same), if any."""
        f = self.entries.filters()
        return f.get("date_from") if f.get("date_from") and f.get("date_from") == f.get("date_to") else None

    def _update_day(self) -> None:
        day = self.shown_day()
        if day is None:
            self.day_label.setText("")
            self.review_btn.setEnabled(False)
            return
        summary = svc.day_summary(self.db, self.actor, day)
        parts = [translate("WorkLogPage", "{day}: {n} requests, {m} without a result").format(
            day=day.strftime("%Y-%m-%d"), n=summary.total, m=summary.open)]
        if summary.flagged:
            parts[0] = (f"<span style='color:{tones.LATE_HEX};font-weight:600'>{parts[0]}</span> "
                        + translate("WorkLogPage", "— the day's desk hours are over: give every row a result or its "
                                                   "follow-up."))
        if summary.review:
            r = summary.review
            parts.append(translate("WorkLogPage", "Checked by {name} at {at}").format(
                name=r.reviewed_by, at=r.reviewed_at.strftime("%m-%d %H:%M")))
        self.day_label.setText(" · ".join(parts))
        self.review_btn.setEnabled(summary.review is None and day <= date.today())

    def review_day(self):
        day = self.shown_day()
        if day is None:
            return None
        dlg = ReviewDialog(self.window_, {"day": day.isoformat()})
        dlg.accepted.connect(lambda: self.bar.info(translate("WorkLogPage", "The day is marked as checked.")))
        dlg.accepted.connect(self._update_day)
        dlg.show()
        self.dialog = dlg
        return dlg

    # ------------------------------------------------------------------------------------------ a row
    def action_defaults(self, view: records.RecordView, action: str) -> dict:
        """A result already given starts the dialog that gives the next one."""
        return {k: v for k, v in (("answer", view.answer), ("transfer_to", view.transfer_to)) if v}

    def edit_row(self, view: records.RecordView):
        values = {"at": view.at.strftime("%Y-%m-%d %H:%M"), "channel": view.channel, "caller": view.caller,
                  "room": view.room_code, "phone": "" if view.phone_masked else view.phone,
                  "category": view.category, "content": view.content, "answer": view.answer}
        dlg = EntryDialog(self.window_, {"id": view.id, "version": view.version, "number": view.number,
                                         "masked": view.phone_masked, "values": values})
        dlg.accepted.connect(lambda: self.bar.info(translate("WorkLogPage", "Saved.")))
        dlg.show()
        self.dialog = dlg
        return dlg

    def open_conversions(self, _view: records.RecordView) -> None:
        self.convert_btn.showMenu()

    def _fill_convert_menu(self, view: records.RecordView | None) -> None:
        from app.ui import conversions
        self.convert_menu.clear()
        for conversion in conversions.available(self.actor) if view is not None and view.convertible else []:
            action = self.convert_menu.addAction(str(conversion.label))
            action.triggered.connect(lambda _=False, c=conversion: self.convert(c))

    def prefill(self, view: records.RecordView) -> dict:
        """What a conversion's editor is filled in with (the keys every opener reads)."""
        return {"caller": view.caller, "phone": "" if view.phone_masked else view.phone, "room": view.room_code,
                "content": view.content, "channel": view.channel, "category": view.category, "at": view.at,
                "answer": view.answer, "worklog_id": view.id, "worklog_number": view.number,
                "number": view.number}

    def convert(self, conversion):
        """转为…: open the target workflow's editor pre-filled; when it is saved, link the row to it."""
        view = self.entries.view_data
        if view is None:
            return None
        db, actor, entry_id = self.db, self.actor, view.id

        def on_saved(record_id: int, number: str = "") -> None:
            self.ops.run(lambda: svc.link_record(db, actor, entry_id, conversion.kind, int(record_id), number),
                         kind=svc.WORK_KIND,
                         on_success=lambda _id: self.bar.info(translate("WorkLogPage", "Linked to the new record.")),
                         on_error=lambda exc: self.bar.error(str(exc)))
        try:
            return conversion.open(self.window_, self.prefill(view), on_saved)
        except (ImportError, AttributeError):
            self.bar.error(translate("WorkLogPage", "“{what}” is not available in this version.").format(
                what=conversion.label))
            return None

    # ------------------------------------------------------------------------------------------ list report
    def report_filter_text(self) -> str:
        """The filter under the printed list's title, with the days it covers."""
        f = self.entries.filters()
        span = ""
        if f.get("date_from"):
            span = f["date_from"].strftime("%Y-%m-%d")
            if f.get("date_to") != f["date_from"]:
                span += " – " + f["date_to"].strftime("%Y-%m-%d")
        parts = [translate("WorkLogPage", "Date: {span}").format(span=span)] if span else []
        return translate("WorkLogPage", "; ").join([*parts, self.entries.filter_text()])


class _DraftKeeper(QObject):
    """Keeps the quick entry's typing when the window closes (idle lock, sign-out, exit): stored as a
    draft of its user, restored when they sign in again (app.ui.drafts)."""

    def __init__(self, page: WorkLogPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close and getattr(self.page.window_, "session", None) is not None:
            try:
                save_quick_draft(self.page)
            except Exception:  # noqa: BLE001 - a failed draft must not stop the lock
                import logging
                logging.getLogger(__name__).exception("work-log draft not kept")
        return False


def save_quick_draft(page: WorkLogPage) -> bool:
    if not page.can_write or not page.quick_has_input():
        return False
    return kept.keep(page.db, page.actor, QUICK_DRAFT, drafts.payload({}, page.quick.form.values()))


class _QuickDraft:
    """What :func:`app.ui.drafts.reopen` expects of a reopened editor, for the page's quick entry."""

    def __init__(self, window, context: dict) -> None:
        self.page = window.show_page("worklog")
        self.form = self.page.quick.form
        self.bar = self.page.bar

    def tr(self, text: str) -> str:
        return self.page.tr(text)

    def show(self) -> None:
        self.page.quick.form.check_all()


drafts.register(QUICK_DRAFT, _QuickDraft)
