"""钥匙管理备忘录 — the calls to the borrower of a key not brought back on time (DOMAIN.md §4.6 step 3): A4,
one sheet per loan: the loan (number, key, room, borrower, phone, lent and due times, its state now), then
every call recorded on it in time order (when, who was called, the result, who called), and the keeper's
and the supervisor's signatures. The service gives every word in Chinese.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.validation import shown_phone
from app.printing.layout import Column, Document, Fields, Heading, ItemTable, Meta, Printed, Signatures, format_value
from app.printing.registry import register_form


@dataclass(frozen=True)
class MemoCall:
    at: datetime
    called: str
    result: str
    by: str


@dataclass(frozen=True)
class KeyCallMemo(Printed):
    number: str
    key_no: str
    room: str
    borrower_name: str
    lent_at: datetime | None
    due_at: datetime | None
    state: str                      # as printed: 借出中（逾期）, 已归还 …
    calls: Sequence[MemoCall] = ()
    phone: str = ""
    returned_at: datetime | None = None
    mask_private: bool = True


def sample() -> KeyCallMemo:
    return KeyCallMemo(
        number="YS20250612-0003", key_no="A-015", room="3-2-1502", borrower_name="李建华", phone="13957112345",
        lent_at=datetime(2025, 6, 12, 9, 45), due_at=datetime(2025, 6, 12, 17, 30), state="借出中（逾期）",
        calls=[MemoCall(datetime(2025, 6, 12, 18, 5), "李建华", "未接听", "陈晓雪"),
               MemoCall(datetime(2025, 6, 12, 18, 40), "李建华", "答应明早九点前归还", "陈晓雪")],
        printed_by="王丽华", printed_at=datetime(2025, 6, 12, 19, 0))


COLUMNS = [Column("序号", 0.5, "center"), Column("致电时间", 1.3, "center"), Column("致电对象", 1.2),
           Column("通话结果", 4.0), Column("致电人", 1.0)]


@register_form(code="key_call_memo", title="钥匙管理备忘录", paper="A4", number_prefix="YS", sample=sample)
def build(memo: KeyCallMemo) -> Document:
    rows = [(k, format_value(c.at), c.called, c.result, c.by) for k, c in enumerate(memo.calls, 1)]
    return Document(number=memo.number, date=memo.lent_at, parts=[
        Heading("一、借用"),
        Fields([("钥匙", memo.key_no), ("房号/位置", memo.room),
                ("借用人", memo.borrower_name), ("联系电话", shown_phone(memo.phone, memo.mask_private)),
                ("借出时间", format_value(memo.lent_at)), ("应还时间", format_value(memo.due_at)),
                ("当前状态", memo.state), ("归还时间", format_value(memo.returned_at) if memo.returned_at else "—")],
               columns=2),
        Heading("二、催还记录"),
        ItemTable(COLUMNS, rows, zebra=True, min_rows=6),        # blank rows to write a call in by hand
        Signatures(["钥匙管理员", "客服主管"], columns=2, date=False),
        Meta("", memo.printed_line()),
    ])
