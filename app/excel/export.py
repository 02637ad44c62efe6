"""Exporting any list to an .xlsx file, streaming (openpyxl write-only mode, lxml), safe to open in Excel.

What a written sheet looks like: a bold header row that stays visible (frozen pane, repeated on every
printed page, with an auto-filter), column widths from the header and the first rows (a CJK character
counts as two), and typed cells:

* ``Decimal`` → a number shown with ``0.00`` (money, areas); openpyxl writes it with 16 significant
  digits (``1234.5``), exact for any amount of money — read it back with ``Decimal(str(value))``;
* ``int``/``float`` → numbers, except integers of 16 digits or more, which Excel would round: text;
* ``date`` → ``yyyy-mm-dd``, ``datetime`` → ``yyyy-mm-dd hh:mm:ss`` (an aware datetime is converted to
  local time first: Excel has no time zones), ``time`` → ``hh:mm:ss``;
* ``bool`` → an Excel boolean (pass 是/否 text instead if that is what the list shows);
* enums with labels and :class:`~app.i18n.Text` → their (translated) text;
* strings stay strings. Strings Excel would read as numbers if retyped (ID numbers, room numbers,
  ``"0755"``) get the text format ``@``, so editing the cell keeps them text.

Formula injection: a string that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
written as a *string cell with Excel's quote prefix* (what Excel itself stores when a user types
``'=1+1``). Excel and LibreOffice show the text exactly as it is (no visible apostrophe, the value is not
changed, so it reads back identical), never evaluate it, and keep it text when the cell is edited.
Characters that XML cannot hold (control characters) are dropped, and strings are cut at Excel's limit
of 32,767 characters.

The file is written to a temporary name beside the target and renamed at the end, so a failed or
cancelled export never leaves half a file, and an existing file is replaced only by a complete one.
"""
from __future__ import annotations

import enum
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from itertools import islice
from pathlib import Path

from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP, Text

Progress = Callable[[int, int], object]

#: Rows between two calls of ``progress``.
PROGRESS_EVERY = 500
#: Rows between two polls of ``cancel`` (a cancel stops the export within a tenth of a second).
CANCEL_EVERY = 100
#: Rows looked at to size the columns before streaming the rest.
WIDTH_SAMPLE = 200
MAX_WIDTH = 60
MIN_WIDTH = 6
EXCEL_MAX_STRING = 32767

FORMAT_DECIMAL = "0.00"
FORMAT_DATE = "yyyy-mm-dd"
FORMAT_DATETIME = "yyyy-mm-dd hh:mm:ss"
FORMAT_TIME = "hh:mm:ss"
FORMAT_TEXT = "@"

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_LIKE_RE = re.compile(r"^\s*[+-]?(\d[\d,]*(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?\s*$|^\d{6,}[0-9Xx]$")
_ILLEGAL_RE = re.compile(r"[\000-\010\013\014\016-\037]")
_SHEET_TITLE_BAD_RE = re.compile(r"[\[\]:*?/\\]")
_UNKNOWN = object()


class ExportCancelled(Exception):
    """Raised by :func:`write_xlsx` when ``cancel()`` returned true; nothing was written."""


def display_width(text: str) -> int:
    """Width in Excel character units: East Asian wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def safe_sheet_title(title: str) -> str:
    text = _SHEET_TITLE_BAD_RE.sub("_", str(title)).strip("'").strip() or "Sheet1"
    return text[:31]


def is_formula_like(text: str) -> bool:
    return text.startswith(_FORMULA_START)


def _clean_text(text: str) -> str:
    if _ILLEGAL_RE.search(text):
        text = _ILLEGAL_RE.sub("", text)
    return text[:EXCEL_MAX_STRING]


def _plain(value: object) -> object:
    """The value as Excel can store it (before styling): str, number, bool, date/datetime/time or None."""
    if isinstance(value, enum.Enum):
        label = getattr(value, "label", None)   # LabelledEnum: the (translated) label, not the code
        if label is not None:
            return str(label)
        return value.value if isinstance(value.value, (int, float, str)) else str(value.value)
    if value is None or isinstance(value, (str, bool, int, float, Decimal)):
        return value
    if isinstance(value, datetime):
        return value.astimezone().replace(tzinfo=None) if value.tzinfo is not None else value
    if isinstance(value, time):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return value
    return str(value)                           # Text, Path, anything else: its text


def _shown(value: object) -> str:
    """Roughly what Excel shows, for sizing columns."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, datetime):
        return "2000-01-01 00:00:00"
    if isinstance(value, date):
        return "2000-01-01"
    return str(value)


def write_xlsx(path: str | Path, sheet_title: str, headers: Sequence[str | Text],
               rows: Iterable[Sequence[object]], progress: Progress | None = None,
               cancel: Callable[[], bool] | None = None, *, total: int | None = None) -> int:
    """Write ``headers`` and ``rows`` as one sheet to ``path``; return the number of data rows.

    ``progress(done, total)`` is called every :data:`PROGRESS_EVERY` rows and at the end; ``total`` is
    ``len(rows)`` when ``rows`` has a length, else the ``total`` argument, else 0 (unknown). ``cancel()``
    is polled as often; when it returns true, :class:`ExportCancelled` is raised and no file is left.
    A target that another program holds open (Excel on Windows) raises :class:`UserError`.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    path = Path(path)
    if total is None:
        try:
            total = len(rows)  # type: ignore[arg-type]
        except TypeError:
            total = 0
    headers = [_clean_text(str(h)) for h in headers]
    ncols = len(headers)

    rows_iter = iter(rows)
    sample = list(islice(rows_iter, WIDTH_SAMPLE))

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(safe_sheet_title(sheet_title))

    widths = [display_width(h) + 4 for h in headers]  # room for the filter button
    for row in sample:
        for i, value in enumerate(row):
            w = display_width(_shown(_plain(value))) + 2
            if i < len(widths):
                widths[i] = max(widths[i], w)
            else:
                widths.append(w)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(w, MIN_WIDTH), MAX_WIDTH)
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"

    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    header_border = Border(bottom=Side(style="thin", color="808080"))
    header_align = Alignment(horizontal="center", vertical="center", wrap_text=True)
    header_cells = []
    for h in headers:
        c = WriteOnlyCell(ws, h)
        if isinstance(h, str) and is_formula_like(h):
            c.data_type = "s"
            c.quotePrefix = True
        c.font, c.fill, c.border, c.alignment = header_font, header_fill, header_border, header_align
        header_cells.append(c)
    ws.append(header_cells)

    plain_strings: dict[str, str | None] = {}   # strings written as they are, decided once each

    def cell(value: object) -> object:
        if type(value) is str:
            known = plain_strings.get(value, _UNKNOWN)
            if known is not _UNKNOWN:
                return known
            out = text_cell(value)
            if not isinstance(out, Cell) and len(plain_strings) < 100_000:
                plain_strings[value] = out   # type: ignore[assignment]
            return out
        value = _plain(value)
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, str):
            return text_cell(value)
        return typed_cell(value)

    def text_cell(value: str) -> object:
        value = _clean_text(value)
        if not value:
            return None
        if is_formula_like(value):
            c = WriteOnlyCell(ws, value)
            c.data_type = "s"       # a string, never a formula
            c.quotePrefix = True    # and Excel keeps it text when the cell is edited
            if _NUMBER_LIKE_RE.match(value):
                c.number_format = FORMAT_TEXT
            return c
        if _NUMBER_LIKE_RE.match(value):
            c = WriteOnlyCell(ws, value)
            c.number_format = FORMAT_TEXT
            return c
        return value

    def typed_cell(value: object) -> object:
        if isinstance(value, Decimal):
            if not value.is_finite():
                return str(value)
            c = WriteOnlyCell(ws, value)
            c.number_format = FORMAT_DECIMAL
            return c
        if isinstance(value, int):
            if abs(value) >= 10 ** 15:  # Excel keeps 15 significant digits
                c = WriteOnlyCell(ws, str(value))
                c.number_format = FORMAT_TEXT
                return c
            return value
        if isinstance(value, float):
            return value if value == value and value not in (float("inf"), float("-inf")) else None
        if isinstance(value, datetime):
            c = WriteOnlyCell(ws, value)
            c.number_format = FORMAT_DATETIME
            return c
        if isinstance(value, date):
            c = WriteOnlyCell(ws, value)
            c.number_format = FORMAT_DATE
            return c
        if isinstance(value, time):
            c = WriteOnlyCell(ws, value)
            c.number_format = FORMAT_TIME
            return c
        return str(value)

    count = 0
    max_cols = ncols
    for row in _chain(sample, rows_iter):
        values = [cell(v) for v in row]
        max_cols = max(max_cols, len(values))
        ws.append(values)
        count += 1
        if count % CANCEL_EVERY == 0:
            if cancel is not None and cancel():
                _discard(wb, path)
                raise ExportCancelled()
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count, max(total, count))
    if cancel is not None and cancel():
        _discard(wb, path)
        raise ExportCancelled()
    if max_cols:
        ws.auto_filter.ref = f"A1:{get_column_letter(max_cols)}{count + 1}"

    _save(wb, path)
    if progress is not None:
        progress(count, max(total, count))
    return count


def _chain(first: list, rest):
    yield from first
    yield from rest


def _tmp_path(path: Path) -> Path:
    return path.with_name(f".~{path.stem}.{os.getpid()}.tmp.xlsx")


def _discard(wb, path: Path) -> None:
    """Drop a write-only workbook that will not be kept: its sheets' rows sit in temporary files, which are
    closed and removed (not written out as a workbook first, which took as long as the export so far)."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        rows = getattr(ws, "_rows", None)
        try:
            if rows is not None:
                rows.close()
            if writer is not None:
                writer.close()
        except Exception:  # noqa: BLE001, S110 - best effort: only the temporary file is at stake
            pass
        out = getattr(writer, "out", None)
        if isinstance(out, str):
            try:
                writer.cleanup()
            except (OSError, ValueError):
                Path(out).unlink(missing_ok=True)
    _tmp_path(path).unlink(missing_ok=True)


def _save(wb, path: Path) -> None:
    tmp = _tmp_path(path)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except PermissionError:
        tmp.unlink(missing_ok=True)
        raise UserError(QT_TRANSLATE_NOOP(
            "Export", "Cannot write {path}: the file is open in another program (close it in Excel) "
                      "or the folder is read-only").format(path=str(path)), "path") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
