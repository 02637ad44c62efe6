"""Reading a room roster (房屋清册 with owners) from Excel into a checked preview, without a database.

The sheet has a header row with these columns, found by name (any order, extra spaces, full-width
characters, a ``*`` required-marker or a unit in brackets like ``建筑面积(㎡)`` are tolerated, and so are
English headers)::

    楼栋  单元  房号  楼层  建筑面积  户型  房屋类型  业主姓名  证件类型  证件号码  手机

Required columns: 楼栋, 单元, 房号, 建筑面积. 楼层 may be left out (it is then read from the room number:
``1502`` → 15). 户型 and 房屋类型 may be two columns or one (``户型/房屋类型``): a value that is a room
type (住宅, 商铺 …) sets the room type, anything else is the layout. A blank room type is 住宅. The owner
columns are optional, but a row that names an owner needs the ID number and a phone (mobile or
landline); a blank ID type means 居民身份证 (统一社会信用代码 when the name ends in 公司/集团/企业…).
One row is one room with its primary owner; co-owners are entered in the app. Owner names and layouts
are trimmed, runs of spaces made one, and spaces between Chinese characters (``李　娜``) removed.

Normalisation: numbers Excel stored as numbers are turned back into text (``1502.0`` → ``"1502"``);
building and unit numbers that are all digits lose leading zeros and a trailing 栋/号楼/幢/座/单元
(``"01栋"`` → ``"1"``) so that they match the room codes the app uses (``3-2-1502``); room numbers lose a
trailing 室/号. ID numbers are upper-cased without spaces; phones are kept in one canonical form
(app.domain.phones: spaces, dashes and +86 dropped).

ID numbers typed into a cell that is not formatted as text become numbers, and Excel keeps only 15
significant digits: 110105194912310021 becomes 110105194912310000 (shown as 1.10105E+17). Those rows are
reported with an explanation instead of a bare "check digit wrong".

:func:`read_roster` returns a :class:`RosterPreview`: every non-blank data row as a :class:`RosterRow`
(invalid fields left ``None``/empty) and every problem as a :class:`RowError`. The caller adds the checks
that need the database (room already exists …) with :meth:`RosterPreview.add_error` and imports
:attr:`RosterPreview.valid_rows`. Problems with the whole file (not an .xlsx, no header row, a required
column missing) raise :class:`~app.domain.errors.ValidationError`.

openpyxl is imported inside the functions, so importing this module costs nothing at start-up.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from app.domain.enums import IdType, PersonType, RoomType
from app.domain.errors import ValidationError
from app.domain.validation import MSG_REQUIRED, check_id_number, check_phone, check_room_part, parse_decimal
from app.i18n import QT_TRANSLATE_NOOP, Text

Progress = Callable[[int, int], object]

#: How often (in rows) ``progress(done, total)`` is called while reading.
PROGRESS_EVERY = 200

# ---------------------------------------------------------------------------------------------------------
# Columns

#: field key -> the Chinese header of the import template (also the column name in error reports).
COLUMNS_ZH: dict[str, str] = {
    "building_no": "楼栋",
    "unit_no": "单元",
    "room_no": "房号",
    "floor": "楼层",
    "area": "建筑面积",
    "layout": "户型",
    "room_type": "房屋类型",
    "owner_name": "业主姓名",
    "id_type": "证件类型",
    "id_number": "证件号码",
    "mobile": "联系电话",
}
ROSTER_HEADERS_ZH: tuple[str, ...] = tuple(COLUMNS_ZH.values())
REQUIRED_COLUMNS = ("building_no", "unit_no", "room_no", "area")

# Normalised header text -> field key ("layout_or_type" is a combined 户型/房屋类型 column).
_HEADER_ALIASES: dict[str, str] = {}
for _key, _names in {
    "building_no": "楼栋 楼栋号 栋 栋号 楼号 幢 幢号 楼宇 楼座 building buildingno bldg block",
    "unit_no": "单元 单元号 unit unitno entrance",
    "room_no": "房号 房间号 室号 房屋编号 门牌号 room roomno roomnumber flat flatno",
    "floor": "楼层 层 所在楼层 floor floorno level",
    "area": "建筑面积 面积 产权面积 builtuparea grossarea floorarea area",
    "layout": "户型 房型 户型结构 layout",
    "room_type": "房屋类型 房间类型 房屋性质 房屋用途 用途 类型 roomtype propertytype type usage",
    "owner_name": "业主姓名 业主 业主名称 姓名 owner ownername name",
    "id_type": "证件类型 证件种类 idtype documenttype",
    "id_number": "证件号码 证件号 身份证号 身份证号码 身份证 证件编号 idnumber idno id documentnumber "
                 "documentno",
    "mobile": "手机 手机号 手机号码 联系电话 电话 联系方式 mobile mobileno mobilephone phone tel telephone",
}.items():
    for _name in _names.split():
        _HEADER_ALIASES[_name] = _key

# Chinese labels of the enums as people write them in rosters (the enums' own labels are English source
# text; their zh_CN translations may not be installed in a test or CLI process).
ID_TYPE_LABELS_ZH: dict[IdType, str] = {
    IdType.RESIDENT: "居民身份证",
    IdType.PASSPORT: "护照",
    IdType.HK_MACAO: "港澳居民来往内地通行证",
    IdType.TAIWAN: "台湾居民来往大陆通行证",
    IdType.BUSINESS: "统一社会信用代码",
}
ROOM_TYPE_LABELS_ZH: dict[RoomType, str] = {
    RoomType.RESIDENTIAL: "住宅",
    RoomType.SHOP: "商铺",
    RoomType.OFFICE: "办公",
    RoomType.GARAGE: "车库",
    RoomType.STORAGE: "储藏室",
}
_ID_TYPE_ALIASES: dict[str, IdType] = {
    **{v: k for k, v in ID_TYPE_LABELS_ZH.items()},
    "身份证": IdType.RESIDENT, "二代身份证": IdType.RESIDENT, "居民身份证号": IdType.RESIDENT,
    "中华人民共和国居民身份证": IdType.RESIDENT, "id": IdType.RESIDENT, "idcard": IdType.RESIDENT,
    "港澳通行证": IdType.HK_MACAO, "回乡证": IdType.HK_MACAO, "港澳居民居住证": IdType.HK_MACAO,
    "台胞证": IdType.TAIWAN, "台湾居民居住证": IdType.TAIWAN,
    "营业执照": IdType.BUSINESS, "社会信用代码": IdType.BUSINESS, "统一信用代码": IdType.BUSINESS,
    "组织机构代码": IdType.BUSINESS, "组织机构代码证": IdType.BUSINESS,
}
_ROOM_TYPE_ALIASES: dict[str, RoomType] = {
    **{v: k for k, v in ROOM_TYPE_LABELS_ZH.items()},
    "住房": RoomType.RESIDENTIAL, "住家": RoomType.RESIDENTIAL, "公寓": RoomType.RESIDENTIAL,
    "普通住宅": RoomType.RESIDENTIAL, "洋房": RoomType.RESIDENTIAL, "别墅": RoomType.RESIDENTIAL,
    "商业": RoomType.SHOP, "店铺": RoomType.SHOP, "门面": RoomType.SHOP, "铺面": RoomType.SHOP,
    "底商": RoomType.SHOP, "商用": RoomType.SHOP,
    "写字楼": RoomType.OFFICE, "办公室": RoomType.OFFICE, "办公用房": RoomType.OFFICE,
    "储藏": RoomType.STORAGE, "储物间": RoomType.STORAGE, "杂物间": RoomType.STORAGE,
    "储藏间": RoomType.STORAGE, "地下室": RoomType.STORAGE,
    "汽车库": RoomType.GARAGE, "私家车库": RoomType.GARAGE,
}

_BRACKETS_RE = re.compile(r"[(\[【（].*?[)\]】）]")
_HEADER_JUNK_RE = re.compile(r"[\s*＊:：._\-#№]+")
_BUILDING_SUFFIX_RE = re.compile(r"(号楼|栋|幢|座|号)$")
_UNIT_SUFFIX_RE = re.compile(r"(单元|号)$")
_ROOM_SUFFIX_RE = re.compile(r"(室|号|房)$")
_FLOOR_SUFFIX_RE = re.compile(r"(层|楼|f)$", re.IGNORECASE)
_AREA_UNIT_RE = re.compile(r"(平方米|平米|平|m2|m\^2|sqm)$", re.IGNORECASE)
_COMPANY_RE = re.compile(r"(公司|集团|企业|商行|事务所|合作社)$")
_SCI_RE = re.compile(r"^\d(\.\d+)?E\+?\d+$", re.IGNORECASE)

# ---------------------------------------------------------------------------------------------------------
# Messages

MSG_ROUNDED_ID = QT_TRANSLATE_NOOP(
    "Roster", "Excel has turned this ID number into a number and rounded it; format the column as text "
         "and type it again")
MSG_UNKNOWN_ID_TYPE = QT_TRANSLATE_NOOP("Roster", "Unknown ID type “{value}”")
MSG_UNKNOWN_ROOM_TYPE = QT_TRANSLATE_NOOP("Roster", "Unknown room type “{value}”")
MSG_FLOOR_NOT_INT = QT_TRANSLATE_NOOP("Roster", "The floor must be a whole number (this is “{value}”)")
MSG_FLOOR_UNKNOWN = QT_TRANSLATE_NOOP(
    "Roster", "The floor is empty and cannot be read from the room number; fill in the floor")
MSG_DUPLICATE = QT_TRANSLATE_NOOP("Roster", "Room {code} is also in row(s) {rows} of this file")
MSG_OWNER_MISSING = QT_TRANSLATE_NOOP(
    "Roster", "An ID number or phone is given but the owner's name is empty")
MSG_NOT_XLSX = QT_TRANSLATE_NOOP(
    "Roster", "This file is neither an Excel workbook (.xlsx) nor a CSV file: save the roster from Excel or "
              "WPS as .xlsx (文件 → 另存为 → Excel 工作簿) and import that file")
MSG_XLS = QT_TRANSLATE_NOOP(
    "Roster", "This is an old Excel 97–2003 workbook (.xls), which cannot be read directly. Open it in Excel "
              "or WPS, choose 文件 → 另存为, file type “Excel 工作簿 (*.xlsx)”, and import the .xlsx file")
MSG_ODS = QT_TRANSLATE_NOOP(
    "Roster", "This is an OpenDocument spreadsheet (.ods), which cannot be read directly. Open it in "
              "LibreOffice Calc, choose 文件 → 另存为, file type “Excel 2007-365 (.xlsx)”, and import the "
              ".xlsx file")
MSG_CSV_ENCODING = QT_TRANSLATE_NOOP(
    "Roster", "This CSV file is neither UTF-8 nor GBK text: save it from Excel as “CSV UTF-8 (逗号分隔)”")
MSG_TOTALS_SKIPPED = QT_TRANSLATE_NOOP(
    "Roster", "Row {row} is a totals row (“{label}”) and was skipped")
MSG_NO_HEADER = QT_TRANSLATE_NOOP(
    "Roster", "No header row found: the first rows of the sheet need the columns {columns}")
MSG_MISSING_COLUMNS = QT_TRANSLATE_NOOP("Roster", "The sheet has no column {columns}")

#: a row whose first filled cell says one of these sums up the rows above it (合计/小计/总计, 共计 …)
_TOTALS_RE = re.compile(r"^(合计|小计|总计|共计|累计|总数|total|subtotal|sum)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------------------
# Result types


@dataclass(slots=True, frozen=True)
class RowError:
    row: int             # the row number in the sheet (1-based, as Excel shows it); 0 for the whole file
    column: str          # the column header as written in the file ("" when the whole row is meant)
    message: Text | str
    field: str = ""      # the RosterRow field key ("id_number"), "" when the whole row is meant

    def __str__(self) -> str:
        where = f"{self.row}" + (f" {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(slots=True)
class RosterRow:
    row: int                          # row number in the sheet
    building_no: str = ""
    unit_no: str = ""
    room_no: str = ""
    floor: int | None = None
    area: Decimal | None = None       # 2 decimals, > 0
    layout: str = ""
    room_type: RoomType = RoomType.RESIDENTIAL
    owner_name: str = ""              # "" when the room has no owner in the file
    id_type: IdType | None = None     # None when there is no owner
    id_number: str = ""
    mobile: str = ""

    @property
    def code(self) -> str:
        """The room code 楼栋-单元-房号 (``3-2-1502``)."""
        return f"{self.building_no}-{self.unit_no}-{self.room_no}"

    @property
    def has_owner(self) -> bool:
        return bool(self.owner_name)

    @property
    def person_type(self) -> PersonType | None:
        if not self.owner_name:
            return None
        return PersonType.COMPANY if self.id_type is IdType.BUSINESS else PersonType.INDIVIDUAL


@dataclass(slots=True)
class RosterPreview:
    path: str
    sheet: str
    header_row: int
    columns: dict[str, str]            # field key -> header text as found in the file
    rows: list[RosterRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    notes: list[RowError] = field(default_factory=list)   # rows skipped on purpose (totals), not errors

    def add_error(self, row: int, column: str, message: Text | str) -> RowError:
        """Record a problem with sheet row ``row``; ``column`` is a field key (``"room_no"``) or a header."""
        key = column if column in COLUMNS_ZH else ""
        header = self.columns.get(column) or COLUMNS_ZH.get(column) or column
        error = RowError(row, header, message, key)
        self.errors.append(error)
        return error

    @property
    def error_rows(self) -> set[int]:
        return {e.row for e in self.errors}

    @property
    def valid_rows(self) -> list[RosterRow]:
        """The rows without any error (in sheet order): what an import may write."""
        bad = self.error_rows
        return [r for r in self.rows if r.row not in bad]

    @property
    def ok(self) -> bool:
        return not self.errors

    def errors_for(self, row: int) -> list[RowError]:
        return [e for e in self.errors if e.row == row]

    def sorted_errors(self) -> list[RowError]:
        order = {key: i for i, key in enumerate(COLUMNS_ZH)}
        return sorted(self.errors, key=lambda e: (e.row, order.get(e.field, len(order))))

    def error_report(self) -> tuple[list[str], list[tuple[int, str, str]]]:
        """``(headers, rows)`` of the error list for ``app.excel.export.write_xlsx``."""
        headers = [str(QT_TRANSLATE_NOOP("Roster", "Row")), str(QT_TRANSLATE_NOOP("Roster", "Column")),
                   str(QT_TRANSLATE_NOOP("Roster", "Problem"))]
        return headers, [(e.row, e.column, str(e.message)) for e in self.sorted_errors()]


# ---------------------------------------------------------------------------------------------------------
# Reading


def normalise_header(value: object) -> str:
    text = unicodedata.normalize("NFKC", str(value or "")).strip().lower()
    text = _BRACKETS_RE.sub("", text)
    return _HEADER_JUNK_RE.sub("", text)


def match_header(value: object) -> str | None:
    """The field key a header cell names, ``"layout_or_type"`` for a combined 户型/房屋类型, or None."""
    text = normalise_header(value)
    if not text:
        return None
    if text in _HEADER_ALIASES:
        return _HEADER_ALIASES[text]
    parts = [p for p in re.split(r"[/、,，|或]", text) if p]
    keys = [_HEADER_ALIASES.get(p) for p in parts]
    if len(parts) > 1 and set(keys) == {"layout", "room_type"}:
        return "layout_or_type"
    for key in keys:
        if key:
            return key
    return None


def _map_header(cells: tuple) -> dict[str, tuple[int, str]]:
    """field key -> (column index, header text) for one candidate header row; the first match wins."""
    found: dict[str, tuple[int, str]] = {}
    for i, cell in enumerate(cells):
        key = match_header(cell)
        if key and key not in found:
            found[key] = (i, str(cell).strip())
    return found


def read_roster(path: str | Path, progress: Progress | None = None) -> RosterPreview:
    """Read and check the roster in the .xlsx workbook (first sheet that has a roster header) or the
    .csv file (UTF-8, or GBK as Chinese Excel saves it) at ``path``. Old .xls and .ods files are refused
    with the way to convert them.

    ``progress(done, total)`` is called every :data:`PROGRESS_EVERY` rows and at the end; ``total`` is
    the sheet's row count as the file declares it (0 when unknown), never less than ``done``.
    """
    path = Path(path)
    with sheets_of(path) as sheets:
        return _read_sheets(path, sheets, progress)


@contextmanager
def sheets_of(path: Path) -> Iterator[list[tuple[str, int, Callable[..., Iterator[tuple]]]]]:
    """The sheets of an office file, as (title, declared row count, rows(first_row) → cell tuples): an
    .xlsx workbook's sheets (the active one first) or a .csv file's one; .xls and .ods are refused with the
    way to convert them. Shared by every import of office spreadsheets (the roster, meter readings)."""
    kind = _file_kind(path)
    if kind == "csv":
        rows = _csv_rows(path)
        yield [(path.stem, len(rows), lambda first=1: iter(rows[first - 1:]))]
        return
    if kind != "xlsx":
        raise ValidationError({"xls": MSG_XLS, "ods": MSG_ODS}.get(kind, MSG_NOT_XLSX), "path")
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, OSError, ValueError) as exc:
        if isinstance(exc, (FileNotFoundError, PermissionError)):
            raise
        raise ValidationError(MSG_NOT_XLSX, "path") from None
    try:
        sheets = []
        for ws in [wb.active] + [ws for ws in wb.worksheets if ws is not wb.active]:
            if ws is None:
                continue
            declared = ws.max_row or 0     # from the file's <dimension>, which may be missing or wrong:
            ws.reset_dimensions()          # read every row and column whatever it says
            sheets.append((ws.title, declared,
                           lambda first=1, ws=ws: ws.iter_rows(min_row=first, values_only=True)))
        yield sheets
    finally:
        wb.close()


def _file_kind(path: Path) -> str:
    """"xlsx", "csv", "xls", "ods" or "" from the file's first bytes (and its name for CSV)."""
    with open(path, "rb") as f:
        head = f.read(8)
        if head.startswith(b"\xd0\xcf\x11\xe0"):               # OLE2 compound file: Excel 97–2003
            return "xls"
        if head.startswith(b"PK"):
            f.seek(30)
            name = f.read(8)
            if name == b"mimetype":                             # OpenDocument puts its type first
                f.seek(38)
                return "ods" if b"opendocument.spreadsheet" in f.read(60) else ""
            return "xlsx"
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return "csv"
    return {".xls": "xls", ".ods": "ods"}.get(suffix, "")


def _csv_rows(path: Path) -> list[tuple]:
    """The cells of a CSV file: UTF-8 (with or without Excel's BOM), else GBK/GB 18030; comma, semicolon
    or tab separated."""
    import csv
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError(MSG_CSV_ENCODING, "path")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [tuple(c if c.strip() else None for c in row) for row in csv.reader(text.splitlines(), dialect)]


def _read_sheets(path: Path, sheets: list, progress: Progress | None) -> RosterPreview:
    """``sheets``: (title, declared row count, rows(first_row) → iterator of cell tuples) of one file."""
    best: tuple | None = None
    for title, declared, rows in sheets:
        for r_idx, cells in enumerate(itertools.islice(rows(1), 20), 1):
            mapping = _map_header(cells)
            score = sum(k in mapping for k in REQUIRED_COLUMNS)
            if score >= 3 and (best is None or score > best[0]):
                best = (score, (title, declared, rows), r_idx, mapping)
            if best and best[0] == len(REQUIRED_COLUMNS):
                break
        if best and best[0] == len(REQUIRED_COLUMNS):
            break
    if best is None:
        raise ValidationError(MSG_NO_HEADER.format(
            columns="、".join(COLUMNS_ZH[k] for k in REQUIRED_COLUMNS)), "path")
    _, (title, declared, rows), header_row, mapping = best
    missing = [COLUMNS_ZH[k] for k in REQUIRED_COLUMNS if k not in mapping]
    if missing:
        raise ValidationError(MSG_MISSING_COLUMNS.format(columns="、".join(missing)), "path")

    columns = {key: header for key, (_, header) in mapping.items()}
    if "layout_or_type" in columns:
        columns.setdefault("layout", columns["layout_or_type"])
        columns.setdefault("room_type", columns["layout_or_type"])
    preview = RosterPreview(str(path), title, header_row, columns)

    total = max(declared - header_row, 0)
    index = {key: i for key, (i, _) in mapping.items()}
    parser = _RowParser(preview, index)
    done = 0
    for r_idx, cells in enumerate(rows(header_row + 1), header_row + 1):
        done += 1
        if progress and done % PROGRESS_EVERY == 0:
            progress(done, max(total, done))
        filled = [c for c in cells if c is not None and (not isinstance(c, str) or c.strip())]
        if not filled:
            continue
        label = _text(filled[0]).replace(" ", "")
        if _TOTALS_RE.match(label):
            preview.notes.append(RowError(r_idx, "", MSG_TOTALS_SKIPPED.format(row=r_idx, label=label)))
            continue
        parser.parse(r_idx, cells)
    parser.check_duplicates()
    if progress:
        progress(done, max(total, done))
    return preview


def _text(value: object) -> str:
    """A cell as text: numbers without a spurious ``.0``, full-width letters and digits folded, trimmed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


_SPACES_RE = re.compile(r"[\s\u3000]+")
_CJK_GAP_RE = re.compile(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")


def _name(value: object) -> str:
    """A name as typed, trimmed, runs of spaces made one; spaces between Chinese characters (``李　娜``,
    padded for alignment) removed. No NFKC here: it would change rare characters in people's names."""
    text = _SPACES_RE.sub(" ", _text(value) if not isinstance(value, str) else value).strip()
    return _CJK_GAP_RE.sub("", text)


class _RowParser:
    def __init__(self, preview: RosterPreview, index: dict[str, int]) -> None:
        self.preview = preview
        self.index = index
        self.seen: dict[str, list[int]] = {}

    def cell(self, cells: tuple, key: str) -> object:
        i = self.index.get(key)
        if i is None or i >= len(cells):
            return None
        return cells[i]

    def error(self, row: int, key: str, message: Text | str) -> None:
        self.preview.add_error(row, key, message)

    def parse(self, r: int, cells: tuple) -> None:
        out = RosterRow(row=r)
        ok = True

        # -- building, unit, room
        for key, suffix in (("building_no", _BUILDING_SUFFIX_RE), ("unit_no", _UNIT_SUFFIX_RE),
                            ("room_no", _ROOM_SUFFIX_RE)):
            text = suffix.sub("", _text(self.cell(cells, key)))
            if key != "room_no" and text.isdigit():
                text = str(int(text))
            try:
                setattr(out, key, check_room_part(text, key, COLUMNS_ZH[key]))
            except ValidationError as e:
                self.error(r, key, e.message)
                ok = False

        # -- floor (from the room number when blank)
        raw_floor = self.cell(cells, "floor")
        floor_text = _FLOOR_SUFFIX_RE.sub("", _text(raw_floor))
        if floor_text:
            if re.fullmatch(r"-?\d+", floor_text):
                out.floor = int(floor_text)
            else:
                self.error(r, "floor", MSG_FLOOR_NOT_INT.format(value=_text(raw_floor)))
        elif out.room_no.isdigit() and len(out.room_no) >= 3:
            out.floor = int(out.room_no[:-2])
        elif out.room_no:
            self.error(r, "floor", MSG_FLOOR_UNKNOWN)

        # -- area
        raw_area = self.cell(cells, "area")
        if isinstance(raw_area, float):
            area_text = repr(round(raw_area, 9))   # drop float noise of formulas (89.12000000000001)
        else:
            area_text = _AREA_UNIT_RE.sub("", _text(raw_area)).strip()
        try:
            out.area = parse_decimal(area_text, "area", COLUMNS_ZH["area"], places=2,
                                     strict_positive=True, maximum=Decimal("100000"))
        except ValidationError as e:
            self.error(r, "area", e.message)

        # -- layout and room type
        self._layout_and_type(r, cells, out)

        # -- owner
        self._owner(r, cells, out)

        self.preview.rows.append(out)
        if ok:
            self.seen.setdefault(out.code, []).append(r)

    def _layout_and_type(self, r: int, cells: tuple, out: RosterRow) -> None:
        type_text = _text(self.cell(cells, "room_type"))
        layout = ""
        for text in (_name(self.cell(cells, "layout")), _name(self.cell(cells, "layout_or_type"))):
            if not text:
                continue
            # Without a 房屋类型 column, 户型 (or 户型/房屋类型) may hold a room type instead of a layout.
            if "room_type" not in self.index and not type_text and _room_type(text) is not None:
                type_text = text
            elif not layout:
                layout = text
        if type_text:
            room_type = _room_type(type_text)
            if room_type is None:
                self.error(r, "room_type", MSG_UNKNOWN_ROOM_TYPE.format(value=type_text))
            else:
                out.room_type = room_type
        if len(layout) > 30:
            self.error(r, "layout", QT_TRANSLATE_NOOP("Validation", "{field} is too long (at most {max} "
                                                      "characters)").format(field=COLUMNS_ZH["layout"],
                                                                            max=30))
        else:
            out.layout = layout

    def _owner(self, r: int, cells: tuple, out: RosterRow) -> None:
        name = _name(self.cell(cells, "owner_name"))
        raw_id = self.cell(cells, "id_number")
        raw_mobile = self.cell(cells, "mobile")
        type_text = _text(self.cell(cells, "id_type"))
        id_given = raw_id is not None and _text(raw_id) != ""
        mobile_given = _text(raw_mobile) != ""
        if not name:
            if id_given or mobile_given:
                self.error(r, "owner_name", MSG_OWNER_MISSING)
            return
        if len(name) > 50:
            self.error(r, "owner_name", QT_TRANSLATE_NOOP(
                "Validation", "{field} is too long (at most {max} characters)").format(
                    field=COLUMNS_ZH["owner_name"], max=50))
        out.owner_name = name

        # A blank ID type means 居民身份证, or 统一社会信用代码 when the owner is evidently a company.
        id_type: IdType | None = IdType.BUSINESS if _COMPANY_RE.search(name) else IdType.RESIDENT
        if type_text:
            id_type = _id_type(type_text)
            if id_type is None:
                self.error(r, "id_type", MSG_UNKNOWN_ID_TYPE.format(value=type_text))
        out.id_type = id_type

        if not id_given:
            self.error(r, "id_number", MSG_REQUIRED.format(field=COLUMNS_ZH["id_number"]))
        elif id_type is not None:
            number, message = _id_number(id_type, raw_id)
            if message is not None:
                self.error(r, "id_number", message)
            else:
                out.id_number = number

        try:
            out.mobile = check_phone(_text(raw_mobile), "mobile", required=True)
        except ValidationError as e:
            message = e.message
            if not mobile_given:
                message = MSG_REQUIRED.format(field=COLUMNS_ZH["mobile"])
            self.error(r, "mobile", message)

    def check_duplicates(self) -> None:
        for code, rows in self.seen.items():
            if len(rows) < 2:
                continue
            for r in rows:
                others = ", ".join(str(x) for x in rows if x != r)
                self.preview.add_error(r, "room_no", MSG_DUPLICATE.format(code=code, rows=others))


def _room_type(text: str) -> RoomType | None:
    key = re.sub(r"\s", "", text)
    return _ROOM_TYPE_ALIASES.get(key) or _ROOM_TYPE_ALIASES.get(key.lower()) or RoomType.from_label(text)


def _id_type(text: str) -> IdType | None:
    key = re.sub(r"\s", "", text)
    return _ID_TYPE_ALIASES.get(key) or _ID_TYPE_ALIASES.get(key.lower()) or IdType.from_label(text)


def _id_number(id_type: IdType, raw: object) -> tuple[str, Text | str | None]:
    """(normalised number, None) or ("", message). Detects ID numbers that Excel rounded."""
    if isinstance(raw, bool):
        raw = str(raw)
    if isinstance(raw, float):
        if raw.is_integer() and abs(raw) < 1e15:
            raw = int(raw)
        elif abs(raw) >= 1e15:
            return "", MSG_ROUNDED_ID            # a float cannot hold 16+ digits
    if isinstance(raw, int):
        text = str(raw)
        if len(text) >= 16 and len(text.rstrip("0")) <= 15:
            # Excel keeps 15 significant digits; an exact 18-digit integer written by a program is
            # checked like text below.
            try:
                return check_id_number(id_type, text), None
            except ValidationError:
                return "", MSG_ROUNDED_ID
    else:
        text = _text(raw)
        if _SCI_RE.match(text.replace(" ", "")):
            return "", MSG_ROUNDED_ID            # "1.10105194912310E+17" copied as text
    try:
        return check_id_number(id_type, text), None
    except ValidationError as e:
        if (id_type is IdType.RESIDENT and re.fullmatch(r"\d{15}0{3}", text)):
            return "", MSG_ROUNDED_ID            # the digits after the 15th were lost, then re-typed
        return "", e.message
