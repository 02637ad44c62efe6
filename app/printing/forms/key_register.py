"""钥匙借用登记表 — the day's key loans (DOMAIN.md §4.6 Forms): A4 landscape, one row per loan in time order
(No., key, room, borrower, ID (masked), purpose, out time, due, in time, borrower signature, keeper signature),
with the day's totals and the supervisor's check. Purpose and state come in Chinese from the service.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.validation import mask_id
from app.printing.layout import Column, Document, ItemTable, Meta, Printed, Signatures, format_cn_day
from app.printing.registry import register_form


@dataclass(frozen=True)
class RegisterEntry:
    number: str
    key_no: str
    room: str
    borrower_name: str
    purpose: str                    # as printed: 维修, 看房 …
    lent_at: datetime
    due_at: datetime | None
    id_number: str = ""
    purpose_text: str = ""
    returned_at: datetime | None = None
    count_out: int = 1
    count_in: int | None = None
    status: str = "out"             # the loan's state (counted in the totals)
    status_label: str = ""          # as printed: 遗失, 作废 …
    overdue: bool = False


@dataclass(frozen=True)
class KeyRegister(Printed):
    day: date
    entries: Sequence[RegisterEntry]


def sample() -> KeyRegister:
    day = date(2025, 6, 12)
    rows = [("A-015", "3-2-1502", "李建华", "330106198507134512", "维修", (9, 45), (17, 30), (11, 20), 2, 2),
            ("B-003", "5-1-0801", "张伟", "330102197912011238", "看房", (10, 30), (17, 30), (11, 5), 1, 1),
            ("P-001", "2号楼屋顶", "王师傅", "", "公共区域作业", (13, 10), (17, 30), None, 1, None),
            ("A-021", "6-2-1101", "赵敏", "330104199203154421", "业主自用", (14, 0), (17, 30), (16, 40), 3, 2)]
    entries = []
    for i, (slot, room, name, idno, purpose, out, due, back, n_out, n_in) in enumerate(rows, 1):
        entries.append(RegisterEntry(
            number=f"YS20250612-{i:04d}", key_no=slot, room=room, borrower_name=name, id_number=idno,
            purpose=purpose, lent_at=datetime(2025, 6, 12, *out), due_at=datetime(2025, 6, 12, *due),
            returned_at=datetime(2025, 6, 12, *back) if back else None, count_out=n_out, count_in=n_in,
            status="out" if back is None else ("lost" if n_in < n_out else "returned"),
            status_label="遗失" if back and n_in < n_out else "", overdue=back is None))
    return KeyRegister(day=day, entries=entries, printed_by="王丽华", printed_at=datetime(2025, 6, 12, 18, 0))


def hm(value: datetime | None, day: date) -> str:
    if value is None:
        return ""
    return f"{value:%H:%M}" if value.date() == day else f"{value:%m-%d %H:%M}"


def rows_of(register: KeyRegister) -> list[tuple]:
    rows = []
    for k, e in enumerate(register.entries, 1):
        count = f"{e.count_out}/{e.count_in}" if e.count_in is not None else f"{e.count_out}/"
        back = hm(e.returned_at, register.day)
        if e.overdue:
            back = "逾期未还"
        elif e.status in ("lost", "void"):
            back = f"{back} {e.status_label}".strip()
        rows.append((k, e.number[-4:], e.key_no, e.room, e.borrower_name, mask_id(e.id_number),
                     e.purpose, hm(e.lent_at, register.day), hm(e.due_at, register.day), back,
                     count, "", ""))
    return rows


def summary(register: KeyRegister) -> str:
    live = [e for e in register.entries if e.status != "void"]
    back = sum(e.status == "returned" for e in live)
    lost = sum(e.status == "lost" for e in live)
    out = sum(e.status == "out" for e in live)
    overdue = sum(e.overdue for e in live)
    return f"共借出 {len(live)} 次：已归还 {back}，遗失 {lost}，未还 {out}（逾期 {overdue}）"


COLUMNS = [Column("序号", 0.5, "center"), Column("单号", 0.6, "center"), Column("钥匙", 0.8, "center"),
           Column("房号/位置", 1.2), Column("借用人", 0.9), Column("证件号码", 1.8), Column("事由", 1.2),
           Column("借出", 0.7, "center"), Column("应还", 0.7, "center"), Column("归还", 0.9, "center"),
           Column("借/还数", 0.7, "center"), Column("借用人签字", 1.1), Column("管理员签字", 1.1)]


@register_form(code="key_register", title="钥匙借用登记表", paper="A4", qr=False, sample=sample)
def build(register: KeyRegister) -> Document:
    day = register.day
    printed = register.printed_line()
    return Document(
        date=day, landscape=True, subtitle=format_cn_day(day),
        parts=[
            Meta(summary(register), printed),
            ItemTable(COLUMNS, rows_of(register), zebra=True, font_size=8, min_rows=8,
                      empty="（当日无钥匙借用）"),
            Signatures(["钥匙管理员", "客服主管审核"], columns=2, date=False),
        ])
