"""Meter readings of metered items (§5.1): one valid reading per meter (room × item) and month, voidable;
the previous reading is the meter's last valid one. A month's readings come typed one by one
(:func:`record_reading`) or from the meter reader's spreadsheet (:func:`import_readings`, read by
app.excel.readings) with a report of every row: imported, or refused and why."""
from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError, NotFound, UserError, ValidationError
from app.domain.fees import rules
from app.domain.fees.codes import FEES_READINGS, Formula
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import audit, base
from app.services.base import Actor, unit_of_work
from app.services.fees.common import room_of
from db.engine import Database
from db.models import Room
from db.models.fees import FeeItem, MeterReading

MSG_BACKWARDS = T("Fees", "The reading {reading} is below the previous one ({previous})")
MSG_GONE = T("Fees", "This reading no longer exists")
MSG_REASON = T("Fees", "Give the reason for voiding the reading")
MSG_TWICE = T("Fees", "{room} {item} already has a reading for {month} ({reading}): void it first")
MSG_NOT_METERED = T("Fees", "{item} is not a metered item")
MSG_NO_ITEM = T("Fees", "There is no metered fee item “{item}”")
MSG_TWICE_IN_FILE = T("Fees", "The same meter is also in row {row} of this file")
MSG_NO_ITEM_CHOSEN = T("Fees", "The row names no fee item and none was chosen for the file")
MSG_NOTHING_TO_SAVE = T("Fees", "No row of the file can be saved: correct the rows refused and check the file again")
IMPORTED = T("Fees", "Imported")


def record_reading(db: Database, actor: Actor, room: int | str, item_id: int, month: date, reading: Decimal,
                   read_on: date | None = None) -> int:
    """A month's reading; a second valid one for the meter and month is refused (void the first)."""
    actor.require(FEES_READINGS)
    with unit_of_work(db, actor) as s:
        return int(record_in(s, actor, room, item_id, month, reading, read_on).id)


def record_in(s: Session, actor: Actor, room: int | str, item_id: int, month: date, reading: Decimal,
              read_on: date | None = None) -> MeterReading:
    r = room_of(s, room)
    item = s.get(FeeItem, item_id)
    if item is None or item.formula != Formula.METERED.value:
        raise ValidationError(MSG_NOT_METERED.format(item=item.name if item else item_id), "item")
    key = rules.period_key(month.replace(day=1))
    valid = (MeterReading.room_id == r.id, MeterReading.item_id == item_id, MeterReading.void_key == 0)
    there = s.scalar(select(MeterReading.reading).where(*valid, MeterReading.month == key))
    if there is not None:
        raise ConflictError(MSG_TWICE.format(room=r.code, item=item.name, month=key, reading=there))
    previous = s.scalar(select(MeterReading.reading).where(*valid, MeterReading.month < key)
                        .order_by(MeterReading.month.desc()).limit(1)) or rules.ZERO
    if reading < previous:
        raise ValidationError(MSG_BACKWARDS.format(reading=reading, previous=previous), "reading")
    row = MeterReading(room_id=r.id, item_id=item_id, month=key, previous=previous, reading=reading,
                       read_on=read_on or base.now().date(), entered_by=actor.staff_id)
    s.add(row)
    s.flush()
    return row


def record_readings(db: Database, actor: Actor, item_id: int, month: date, readings: Mapping[int | str, Decimal],
                    read_on: date | None = None) -> list[int]:
    """A month's readings of many meters (a round of the meter reader), in one unit of work: all or none."""
    actor.require(FEES_READINGS)
    with unit_of_work(db, actor) as s:
        return record_readings_in(s, actor, item_id, month, readings, read_on)


def record_readings_in(s: Session, actor: Actor, item_id: int, month: date, readings: Mapping[int | str, Decimal],
                       read_on: date | None = None) -> list[int]:
    """:func:`record_readings` in an open unit of work: the ids of the new readings, in the order given. Each
    meter's previous reading is its last valid one before ``month``; a reading below it is refused."""
    actor.require(FEES_READINGS)
    item = s.get(FeeItem, item_id)
    if item is None or item.formula != Formula.METERED.value:
        raise ValidationError(MSG_NOT_METERED.format(item=item.name if item else item_id), "item")
    key = rules.period_key(month.replace(day=1))
    known = set(s.scalars(select(Room.id).where(Room.id.in_([r for r in readings if isinstance(r, int)]))))
    rooms = [(room if room in known else room_of(s, room).id, reading) for room, reading in readings.items()]
    ids = [rid for rid, _reading in rooms]
    last = (select(MeterReading.room_id, func.max(MeterReading.month).label("month"))
            .where(MeterReading.room_id.in_(ids), MeterReading.item_id == item_id, MeterReading.void_key == 0,
                   MeterReading.month < key).group_by(MeterReading.room_id).subquery())
    previous = dict(s.execute(select(MeterReading.room_id, MeterReading.reading).join(
        last, (last.c.room_id == MeterReading.room_id) & (last.c.month == MeterReading.month))
        .where(MeterReading.item_id == item_id, MeterReading.void_key == 0)).all())
    there = dict(s.execute(select(MeterReading.room_id, MeterReading.reading).where(
        MeterReading.room_id.in_(ids), MeterReading.item_id == item_id, MeterReading.void_key == 0,
        MeterReading.month == key)).all())
    if there:
        rid = next(iter(there))
        code = s.scalar(select(Room.code).where(Room.id == rid))
        raise ConflictError(MSG_TWICE.format(room=code, item=item.name, month=key, reading=there[rid]))
    day = read_on or base.now().date()
    rows = []
    for rid, reading in rooms:
        before = previous.get(rid, rules.ZERO)
        if reading < before:
            raise ValidationError(MSG_BACKWARDS.format(reading=reading, previous=before), "reading")
        rows.append(MeterReading(room_id=rid, item_id=item_id, month=key, previous=before, reading=reading,
                                 read_on=day, entered_by=actor.staff_id))
    s.add_all(rows)
    s.flush()
    return [int(row.id) for row in rows]


def void_reading(db: Database, actor: Actor, reading_id: int, reason: str) -> None:
    actor.require(FEES_READINGS)
    if not reason.strip():
        raise ValidationError(MSG_REASON, "reason")
    with unit_of_work(db, actor) as s:
        row = s.get(MeterReading, reading_id)
        if row is None or row.void_key:
            raise NotFound(MSG_GONE)
        row.void_key, row.void_reason = row.id, reason.strip()[:200]


# ============================================================================================ import

@dataclass(frozen=True)
class ReportLine:
    """One data row of the spreadsheet: imported (``refused`` empty), or refused and why."""

    row: int
    room: str
    item: str
    reading: Decimal | None
    refused: str = ""
    #: the meter's item and the day read (the row's 抄表日期, or None: the day it is saved), to save the line
    item_id: int | None = None
    read_on: date | None = None

    @property
    def imported(self) -> bool:
        return not self.refused

    @property
    def sort_key(self) -> int:
        return self.row


@dataclass(frozen=True)
class ImportReport:
    sheet: str
    month: str
    lines: tuple[ReportLine, ...]

    @property
    def imported(self) -> int:
        return sum(1 for ln in self.lines if ln.imported)

    @property
    def refused(self) -> tuple[ReportLine, ...]:
        return tuple(ln for ln in self.lines if not ln.imported)

    def table(self) -> tuple[list[str], list[tuple[int, str, str, str, str]]]:
        """(headers, rows) of the report for app.excel.export.write_xlsx (the reading as a number)."""
        headers = [str(T("Fees", "Row")), str(T("Fees", "Room")), str(T("Fees", "Meter")),
                   str(T("Fees", "Reading")), str(T("Fees", "Result"))]
        return headers, [(ln.row, ln.room, ln.item, ln.reading, ln.refused or str(IMPORTED))  # type: ignore[misc]
                         for ln in self.lines]


def _fold(text: str) -> str:
    """An item as a meter reader writes it, folded: 水费, 水表, 水 and ``sf`` name the same meter."""
    text = unicodedata.normalize("NFKC", text).replace(" ", "").lower()
    return text.removesuffix("费").removesuffix("表").removesuffix("读数") or text


def import_readings(db: Database, actor: Actor, path: str | Path, month: date, item_id: int | None = None
                    ) -> ImportReport:
    """Import the month's readings from a spreadsheet; ``item_id``: the meter of rows that name none. Every
    row is reported: imported, or refused (room unknown, item not metered, a second reading of the meter this
    month, in this file or already in the app, below the previous reading, not a number). The valid rows are
    written in one transaction."""
    return _import(db, actor, path, month, item_id, save=True)


def check_import(db: Database, actor: Actor, path: str | Path, month: date, item_id: int | None = None
                 ) -> ImportReport:
    """The report :func:`import_readings` would give (every row checked the same way), nothing written: the
    import screen shows it, then :func:`save_import` saves the round of the rows it accepted."""
    return _import(db, actor, path, month, item_id, save=False)


def save_import(db: Database, actor: Actor, report: ImportReport, month: date) -> list[int]:
    """Save the rows a checked report accepted, as one round (:func:`record_readings_in` per meter item and day
    read): all or none; refused whole when a meter got a reading meanwhile (another desk) or nothing is left."""
    actor.require(FEES_READINGS)
    accepted = [ln for ln in report.lines if ln.imported and ln.item_id is not None and ln.reading is not None]
    if not accepted:
        raise ValidationError(MSG_NOTHING_TO_SAVE, "path")
    key = rules.period_key(month.replace(day=1))
    groups: dict[tuple[int, date | None], dict[int | str, Decimal]] = {}
    for ln in accepted:
        assert ln.item_id is not None and ln.reading is not None
        groups.setdefault((ln.item_id, ln.read_on), {})[ln.room] = ln.reading
    ids: list[int] = []
    with unit_of_work(db, actor) as s:
        for (item, read_on), round_ in groups.items():
            ids += record_readings_in(s, actor, item, month, round_, read_on)
        audit.record(s, "import_readings", "meter_reading", key,
                     after={"month": key, "imported": len(ids), "refused": len(report.refused)})
    return ids


def _import(db: Database, actor: Actor, path: str | Path, month: date, item_id: int | None, *, save: bool
            ) -> ImportReport:
    actor.require(FEES_READINGS)
    from app.excel.readings import read_readings
    sheet = read_readings(path)
    key = rules.period_key(month.replace(day=1))
    lines: list[ReportLine] = []
    with unit_of_work(db, actor) as s:
        check = s.begin_nested()     # rolled back when only checking
        metered = list(s.scalars(select(FeeItem).where(FeeItem.formula == Formula.METERED.value)))
        names = {_fold(word): item for item in metered for word in (item.name, item.code)}
        default = s.get(FeeItem, item_id) if item_id is not None else None
        seen: dict[tuple[str, int], int] = {}
        for row in sheet.rows:
            item = names.get(_fold(row.item)) if row.item else default
            shown = item.name if item is not None else row.item
            try:
                if row.error is not None:
                    raise ValidationError(str(row.error.message), row.error.field)
                if item is None:
                    raise ValidationError(MSG_NO_ITEM.format(item=row.item) if row.item else MSG_NO_ITEM_CHOSEN,
                                          "item")
                earlier = seen.get((row.room, item.id))
                if earlier is not None:
                    raise ConflictError(MSG_TWICE_IN_FILE.format(row=earlier))
                assert row.reading is not None
                with s.begin_nested():
                    record_in(s, actor, row.room, item.id, month, row.reading, row.read_on)
                seen[(row.room, item.id)] = row.row
                lines.append(ReportLine(row.row, row.room, shown, row.reading, item_id=item.id, read_on=row.read_on))
            except UserError as exc:
                lines.append(ReportLine(row.row, row.room, shown, row.reading, str(exc)))
        report = ImportReport(sheet.sheet, key, tuple(lines))
        if not save:
            check.rollback()
            return report
        check.commit()
        audit.record(s, "import_readings", "meter_reading", key,
                     after={"month": key, "imported": report.imported, "refused": len(report.refused)})
    return report
