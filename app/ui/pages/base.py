"""What every page shares: its main window's services, a message bar, refresh on change notices, and the
list report (打印列表 / 导出Excel) of the page's current filtered list.

A page with a list gets both actions by answering three hooks (DESIGN.md §6)::

    report_title = T("Registry", "Room list")
    def report_columns(self):  return ROOM_COLUMNS        # the table's Column declarations
    def report_fetch(self):    return self._fetch         # the table's fetch(after, limit), filters bound
    def report_filter_text(self): return "楼栋：3；状态：出租"

and wiring buttons to :meth:`Page.print_list` and :meth:`Page.export_list`. The rows come from the same
service query as the table, paged by key until exhausted on the ops worker — never from the widget,
which holds only the pages scrolled so far.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.ui.dialogs.export import dated_name, excel_path
from app.ui.widgets.message_bar import MessageBar
from app.ui.widgets.table_model import output_value

#: a printed list longer than this is refused (narrow the filter, or export to Excel, which streams)
MAX_PRINT_ROWS = 10_000
FETCH_PAGE = 1000

Fetch = Callable[[Any, int], list]




class Page(QWidget):
    #: record kinds whose change notices make this page refresh
    watches: tuple[str, ...] = ()
    #: the title of the page's printed list and Excel sheet; ``None``: the page has no list report
    report_title: Text | str | None = None
    #: the permission exporting the list to Excel needs (checked on the worker), if any
    report_export_permission: str | None = None

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.db, self.actor, self.ops = window.db, window.actor, window.ops
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(12, 10, 12, 10)
        self.bar = MessageBar(self)
        self.outer.addWidget(self.bar)
        self.ops.records_changed.connect(self._changed)

    def _changed(self, kind: str, ids) -> None:
        if kind in self.watches:
            self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows (called on change notices and when the page is shown)."""

    def shown(self) -> None:
        self.refresh()

    # -- list report hooks (override in pages with a list)
    def report_columns(self) -> Sequence:
        """The columns of the list (:class:`app.ui.widgets.table_model.Column`), as the table shows."""
        return ()

    def report_fetch(self) -> Fetch | None:
        """``fetch(after, limit)`` of the current filtered list (called on the GUI thread; the function
        it returns runs on the worker, so it must capture the filters, not read widgets)."""
        return None

    def report_filter_text(self) -> str:
        """The filter that made the list, as printed under its title."""
        return ""

    def report_count(self) -> Callable[[], int] | None:
        """``count()`` of the current filtered list, bounded (run on the worker: the export's progress
        total), or None when the list has no count."""
        return None

    # -- list report actions
    def print_list(self):
        """打印列表: the current filtered list as a list report, in the print preview."""
        fetch = self.report_fetch()
        if fetch is None or self.report_title is None:
            return None
        from app.services import printing
        from app.ui.dialogs.print_preview import machine_font_path, preview_pdf
        from app.ui.widgets.progress import run_with_progress

        title, filter_text = str(self.report_title), self.report_filter_text()
        columns = list(self.report_columns())
        db, actor, font = self.db, self.actor, machine_font_path()

        def work(progress):
            rows = collect_rows(fetch, columns, progress, limit=MAX_PRINT_ROWS)
            if rows is None:
                return None
            pdf = printing.list_report(title, filter_text, print_columns(columns, rows), rows, db=db,
                                       printed_by=actor.name, font_path=font)
            return pdf, len(rows), printing.font_status(font).warning

        def record(count: int, details: dict) -> None:
            printing.record_list_output(db, actor, title, count, filter_text=filter_text,
                                        to=details.get("to", "printer"),
                                        details={k: v for k, v in details.items() if k != "to"})

        def done(result) -> None:
            if result is None:
                self.bar.info(QCoreApplication.translate("Page", "Cancelled."))
                return
            pdf, count, warning = result
            self.report_dialog = preview_pdf(self.window_, title, pdf, font_warning=warning,
                                             on_print=lambda details: record(count, details))

        return run_with_progress(self.window_, QCoreApplication.translate("Page", "Preparing the list…"), work,
                                 on_success=done, on_error=lambda exc: self.bar.error(str(exc)))

    def export_list(self, path: str | Path | None = None):
        """导出Excel: the current filtered list to an .xlsx file (asks for the file unless given)."""
        fetch = self.report_fetch()
        if fetch is None or self.report_title is None:
            return None
        title, filter_text = str(self.report_title), self.report_filter_text()
        target = excel_path(self, QCoreApplication.translate("Page", "Export to Excel"), dated_name(title), path)
        if target is None:
            return None
        from app.services import printing
        from app.ui.widgets.progress import run_with_progress

        columns = list(self.report_columns())
        db, actor, permission, counter = self.db, self.actor, self.report_export_permission, self.report_count()

        def work(progress):
            from app.excel.export import ExportCancelled
            if permission:
                actor.require(permission)
            try:
                count = export_rows(target, title, fetch, columns, count=counter, progress=progress,
                                    cancel=lambda: progress.cancelled)
            except ExportCancelled:
                return None
            printing.record_list_output(db, actor, title, count, filter_text=filter_text, to="excel",
                                        details={"file": target.name})
            return count

        def done(count) -> None:
            if count is None:
                self.bar.info(QCoreApplication.translate("Page", "Export cancelled; no file was written."))
            else:
                self.bar.info(QCoreApplication.translate("Page", "{n} rows exported to {path}")
                              .format(n=count, path=target))
            self.last_export = (count, target)

        return run_with_progress(self.window_, QCoreApplication.translate("Page", "Exporting to Excel…"), work,
                                 on_success=done, on_error=lambda exc: self.bar.error(str(exc)))


# ------------------------------------------------------------------------------------------ helpers

#: rows an export fetches at a time (a page query's fixed cost spread over more rows)
EXPORT_PAGE = 5000
#: an export counts its list up to this for the progress total (the list's own count stops earlier)
EXPORT_COUNT_LIMIT = 2_000_000


def export_rows(target: str | Path, title: str, fetch: Fetch, columns: Sequence, *,
                count: Callable[[], int] | None = None, progress=None, cancel=None) -> int:
    """The list of ``fetch`` as an .xlsx file (what 导出Excel writes); the progress total is ``count()``
    (bounded) when given. Returns the number of rows; :class:`app.excel.export.ExportCancelled` on a cancel."""
    from app.services import printing

    total = count() if count is not None else None
    return printing.list_to_excel(target, title, [str(c.header) for c in columns],
                                  iter_rows(fetch, columns, EXPORT_PAGE), progress=progress, cancel=cancel,
                                  total=total)


def iter_rows(fetch: Fetch, columns: Sequence, page: int = FETCH_PAGE):
    """Every row of the list as the columns' values (:func:`output_value`), fetched page by page (keyset,
    ``sort_key``)."""
    values = [_output(c) for c in columns]
    after = None
    while True:
        batch = fetch(after, page)
        for row in batch:
            yield [v(row) for v in values]
        if len(batch) < page:
            return
        after = batch[-1].sort_key


def _output(column) -> Callable[[Any], object]:
    """:func:`output_value` of ``column`` as one function of the row (what it does decided once per column,
    not once per cell: an export calls it a million times)."""
    from app.ui.widgets.table_model import format_phone, mask_ids_in

    value = column.value
    if column.private == "id":
        return lambda row: "" if (v := value(row)) is None else mask_ids_in(v)
    if column.is_phone:
        return lambda row: "" if (v := value(row)) is None else format_phone(v)
    return lambda row: "" if (v := value(row)) is None else v


def collect_rows(fetch: Fetch, columns: Sequence, progress=None, *,
                 limit: int = MAX_PRINT_ROWS) -> list[list[object]] | None:
    """The whole list in memory for printing; ``None`` when cancelled; too long a list is refused."""
    rows: list[list[object]] = []
    for row in iter_rows(fetch, columns):
        rows.append(row)
        if len(rows) > limit:
            raise UserError(T("Page", "The list has more than {n} rows: narrow the filter, or export it "
                                      "to Excel.").format(n=f"{limit:,}"))
        if progress is not None and len(rows) % FETCH_PAGE == 0:
            progress(len(rows), 0)
            if getattr(progress, "cancelled", False):
                return None
    return rows


def _value(column, row) -> object:
    return output_value(column, row)


def print_columns(columns: Sequence, rows: Sequence[Sequence[object]]) -> list[tuple[str, float, str]]:
    """``(header, relative width, align)`` of each column for the printed list, from its header and
    the widest of its first rows (a Chinese character counts double)."""
    from app.excel.export import display_width

    out = []
    sample = rows[:200]
    for k, c in enumerate(columns):
        header = str(c.header)
        widest = max([display_width(header)] + [display_width(_text(r[k])) for r in sample])
        weight = min(max(widest / 8.0, 0.7), 5.0)
        out.append((header, round(weight, 2), _align(c)))
    return out


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _align(column) -> str:
    align = getattr(column, "align", Qt.AlignmentFlag.AlignLeft)
    if align & Qt.AlignmentFlag.AlignRight:
        return "right"
    if align & Qt.AlignmentFlag.AlignHCenter:
        return "center"
    return "left"
