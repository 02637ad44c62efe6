"""Reading the developer's handover list (开发商交房清单) from an office spreadsheet into rows, without a database.

The sheet is what the developer sends with the sold units: a title row, then a header row found by name among
the first 20 rows, in any order (spaces, full-width characters, ``*`` or a bracketed note tolerated)::

    房号 (or 楼栋 + 单元 + 房号)   业主 / 购房人   证件号码 (optional)   电话 (optional)   合同编号 (optional)

Other columns are ignored; blank rows and totals rows are skipped; room codes lose their spaces, names their
padding, ID numbers are checked (one Excel rounded is refused with the way to fix it). A row it cannot read
keeps its :class:`~app.excel.roster.RowError`; the checks that need the database (the room exists, is sold
and not handed over) are the service's (app.services.movein.import_handover_list), which reports every row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.enums import IdType
from app.domain.errors import UserError, ValidationError
from app.domain.validation import check_phone
from app.excel.readings import read_table, room_code
from app.excel.roster import _TOTALS_RE, RowError, _id_number, _name, _text, normalise_header
from app.i18n import QT_TRANSLATE_NOOP as T

#: field key -> the Chinese header of the template (and the column named in reports)
COLUMNS_ZH = {"building_no": "楼栋", "unit_no": "单元", "room": "房号", "buyer": "购房人", "id_number": "证件号码",
              "phone": "电话", "contract_no": "合同编号"}
_ALIASES: dict[str, str] = {}
for _key, _names in {
    "building_no": "楼栋 楼栋号 栋 楼号 幢 building",
    "unit_no": "单元 单元号 unit",
    "room": "房号 房间号 房屋编号 房屋 房间 户号 门牌号 room roomcode roomno",
    "buyer": "购房人 业主 业主姓名 购房人姓名 买受人 客户 客户姓名 姓名 buyer owner name",
    "id_number": "证件号码 身份证号 身份证号码 身份证 证件号 idnumber id",
    "phone": "电话 手机 手机号 联系电话 联系方式 phone mobile",
    "contract_no": "合同编号 合同号 购房合同号 contract contractno",
}.items():
    for _name_ in _names.split():
        _ALIASES[_name_] = _key

MSG_NO_HEADER = T("MoveIn", "No header row found: the first rows of the sheet need the columns 房号 and 购房人")
MSG_NO_ROOM = T("MoveIn", "The room is empty")
MSG_NO_BUYER = T("MoveIn", "The buyer's name is empty")


@dataclass(slots=True)
class HandoverRow:
    row: int                      # the row number in the sheet, as Excel shows it
    room: str = ""
    buyer: str = ""
    id_number: str = ""
    phone: str = ""
    contract_no: str = ""
    error: RowError | None = None


@dataclass(slots=True)
class HandoverSheet:
    path: str
    sheet: str
    header_row: int
    columns: dict[str, str]       # field key -> header as found
    rows: list[HandoverRow] = field(default_factory=list)


def _key(value: object) -> str | None:
    return _ALIASES.get(normalise_header(value))


def read_handover_list(path: str | Path) -> HandoverSheet:
    """The lines of the first sheet with a handover-list header (.xlsx, or .csv in UTF-8 or GBK)."""
    return read_table(path, _key, ("room", "buyer"), _read, MSG_NO_HEADER)


def _read(path: Path, title: str, header_row: int, found: dict[str, tuple[int, str]], rows: Any) -> HandoverSheet:
    sheet = HandoverSheet(str(path), title, header_row, {k: h for k, (_i, h) in found.items()})

    def cell(cells: tuple, key: str) -> object:
        i = found.get(key, (None, ""))[0]
        return cells[i] if i is not None and i < len(cells) else None

    for r, cells in enumerate(rows, header_row + 1):
        filled = [c for c in cells if c is not None and (not isinstance(c, str) or c.strip())]
        if not filled or _TOTALS_RE.match(_text(filled[0]).replace(" ", "")):
            continue
        out = HandoverRow(r, room_code(cell(cells, "room"), cell(cells, "building_no"), cell(cells, "unit_no")),
                          _name(cell(cells, "buyer")), contract_no=re.sub(r"\s", "", _text(cell(cells, "contract_no"))))
        sheet.rows.append(out)
        key = "room"
        try:
            if not out.room:
                raise ValidationError(MSG_NO_ROOM, "room")
            key = "buyer"
            if not out.buyer or len(out.buyer) > 50:
                raise ValidationError(MSG_NO_BUYER, "buyer")
            key = "id_number"
            raw = cell(cells, "id_number")
            if raw is not None and _text(raw):
                out.id_number, problem = _id_number(IdType.RESIDENT, raw)
                if problem is not None:
                    raise ValidationError(problem, "id_number")
            key = "phone"
            out.phone = check_phone(_text(cell(cells, "phone")), "phone")
        except UserError as exc:
            out.error = RowError(r, sheet.columns.get(key, COLUMNS_ZH[key]), str(exc), key)
    return sheet
