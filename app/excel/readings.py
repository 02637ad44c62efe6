"""Reading a month's meter readings (抄表记录) from an office spreadsheet into rows, without a database.

The sheet is what a meter reader hands in: a title row (often merged across the columns: “2026年6月水电抄表”),
then a header row found by name among the first 20 rows, in any order, with spaces, full-width characters,
a ``*`` or a unit in brackets tolerated::

    房号 (or 楼栋 + 单元 + 房号)   收费项目 / 表计 (optional)   本月读数   抄表日期 (optional)

Other columns (上月读数, 用量, 备注 …) are ignored: the previous reading is the meter's last one in the app.
Blank rows and totals rows (合计 …) are skipped; numbers typed as text (``" 1,234.5"``, full-width digits) are
read as numbers; room codes lose their spaces (``"3 - 2 - 1601"`` → ``3-2-1601``).

:func:`read_readings` returns a :class:`ReadingsSheet` of :class:`ReadingRow`; a row it cannot read keeps
``reading`` None with its :class:`~app.excel.roster.RowError`. The checks that need the database (the room
exists, the item is metered, one valid reading per meter and month, not below the previous reading) are the
service's (app.services.fees.readings.import_readings), which reports every row.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from app.domain.errors import UserError, ValidationError
from app.domain.validation import parse_decimal
from app.excel.roster import _TOTALS_RE, RowError, _text, normalise_header, sheets_of
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

#: field key -> the Chinese header of the template (and the column named in reports)
COLUMNS_ZH = {"building_no": "楼栋", "unit_no": "单元", "room": "房号", "item": "收费项目",
              "reading": "本月读数", "read_on": "抄表日期"}
_ALIASES: dict[str, str] = {}
for _key, _names in {
    "building_no": "楼栋 楼栋号 栋 楼号 幢 building",
    "unit_no": "单元 单元号 unit",
    "room": "房号 房间号 房屋编号 房屋 房间 户号 门牌号 room roomcode roomno",
    "item": "收费项目 项目 费用项目 表计 表类型 表具 仪表 表 类别 item meter",
    "reading": "本月读数 本期读数 本次读数 读数 本月止码 止码 本月表数 表数 当前读数 reading",
    "read_on": "抄表日期 抄表时间 日期 readon date",
}.items():
    for _name in _names.split():
        _ALIASES[_name] = _key

MSG_NO_HEADER = T("Readings", "No header row found: the first rows of the sheet need the columns 房号 and 本月读数")
MSG_NO_ROOM = T("Readings", "The room is empty")
MSG_DATE = T("Readings", "“{value}” is not a date")
LABEL_READING = T("Readings", "The reading")

_CODE_JUNK_RE = re.compile(r"[\s\u3000]+")
_DASHES_RE = re.compile(r"[－—–_~/／、]")
_DATE_RE = re.compile(r"^(\d{4})\D(\d{1,2})\D(\d{1,2})\D?$")


@dataclass(slots=True)
class ReadingRow:
    row: int                      # the row number in the sheet, as Excel shows it
    room: str = ""                # the room code, spaces removed
    item: str = ""                # the item as written (name, code or meter: 水费, SF, 水表); "" when none
    reading: Decimal | None = None
    read_on: date | None = None
    error: RowError | None = None


@dataclass(slots=True)
class ReadingsSheet:
    path: str
    sheet: str
    header_row: int
    columns: dict[str, str]       # field key -> header as found
    rows: list[ReadingRow] = field(default_factory=list)


def _key(value: object) -> str | None:
    return _ALIASES.get(normalise_header(value))


def room_code(value: object, building: object = None, unit: object = None) -> str:
    """A room code as the app writes it: ``3-2-1601`` from ``" 3 - 2 - 1601 "``, ``3－2－1601`` or the three
    columns 楼栋 / 单元 / 房号 (``3栋``, ``2单元``, ``1601室``)."""
    text = _CODE_JUNK_RE.sub("", _DASHES_RE.sub("-", _text(value))).upper()
    parts = [re.sub(r"(号楼|栋|幢|座|单元|室|号)$", "", _CODE_JUNK_RE.sub("", _text(v)))
             for v in (building, unit) if v is not None and _text(v)]
    if parts and "-" not in text:
        text = "-".join([*(p.lstrip("0") or "0" for p in parts), re.sub(r"(室|号)$", "", text)])
    return text


def _date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE_RE.match(_text(value).replace("年", "-").replace("月", "-").replace("日", ""))
    if match:
        try:
            return date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    raise ValidationError(MSG_DATE.format(value=_text(value)), "read_on")


def read_readings(path: str | Path) -> ReadingsSheet:
    """The readings of the first sheet that has a readings header (.xlsx, or .csv in UTF-8 or GBK)."""
    return read_table(path, _key, ("room", "reading"), _read, MSG_NO_HEADER)


_S = TypeVar("_S")
Reader = Callable[[Path, str, int, dict[str, tuple[int, str]], Iterator[tuple]], _S]


def read_table(path: str | Path, key_of: Callable[[object], str | None], required: tuple[str, ...],
               read: Reader[_S], no_header: Text) -> _S:
    """The first sheet of an office file with a header row (in its first 20 rows) naming every ``required``
    column, read by ``read(path, sheet title, header row, {key: (column, header)}, rows after it)``; the
    header's cells are named by ``key_of`` (None: a column not read). ``no_header`` refuses a file with none.
    Shared by the imports of one table a sheet (meter readings, the developer's handover list)."""
    path = Path(path)
    with sheets_of(path) as sheets:
        for title, _declared, rows in sheets:
            for header_row, cells in enumerate(itertools.islice(rows(1), 20), 1):
                found: dict[str, tuple[int, str]] = {}
                for i, cell in enumerate(cells):
                    key = key_of(cell)
                    if key and key not in found:
                        found[key] = (i, str(cell).strip())
                if all(k in found for k in required):
                    return read(path, title, header_row, found, rows(header_row + 1))
    raise ValidationError(no_header, "path")


def _read(path: Path, title: str, header_row: int, found: dict[str, tuple[int, str]], rows) -> ReadingsSheet:
    sheet = ReadingsSheet(str(path), title, header_row, {k: h for k, (_i, h) in found.items()})

    def cell(cells: tuple, key: str) -> object:
        i = found.get(key, (None, ""))[0]
        return cells[i] if i is not None and i < len(cells) else None

    for r, cells in enumerate(rows, header_row + 1):
        filled = [c for c in cells if c is not None and (not isinstance(c, str) or c.strip())]
        if not filled or _TOTALS_RE.match(_text(filled[0]).replace(" ", "")):
            continue
        out = ReadingRow(r, room_code(cell(cells, "room"), cell(cells, "building_no"), cell(cells, "unit_no")),
                         unicodedata.normalize("NFKC", _text(cell(cells, "item"))).replace(" ", ""))
        sheet.rows.append(out)
        key = "reading"
        try:
            if not out.room:
                key = "room"
                raise ValidationError(MSG_NO_ROOM, "room")
            key = "reading"
            out.reading = parse_decimal(_text(cell(cells, "reading")), "reading", str(LABEL_READING))
            if (raw := cell(cells, "read_on")) is not None and _text(raw):
                key = "read_on"
                out.read_on = _date(raw)
        except UserError as exc:
            out.reading = None
            out.error = RowError(r, sheet.columns.get(key, COLUMNS_ZH[key]), str(exc), key)
    return sheet
