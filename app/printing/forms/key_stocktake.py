"""钥匙盘点表 — one count of the key cabinet (DOMAIN.md §4.6 Forms): A4, one row per open key in slot order
(slot, room or location, state expected, keys the slot should hold, keys found, result), the discrepancies
first in the summary, the counter's and the supervisor's signatures. Printed from the stock-take just recorded
or from any earlier one (its history); states and results come in Chinese from the service.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.printing.layout import Column, Document, ItemTable, Meta, Printed, Signatures
from app.printing.registry import register_form

RESULTS = {"ok": "相符", "short": "短少", "extra": "多出", "unexpected": "不应在柜"}


@dataclass(frozen=True)
class StocktakeEntry:
    key_no: str
    room: str
    state: str              # as printed: 在柜, 借出 …
    expected: int
    found: int
    result: str             # ok | short | extra | unexpected


@dataclass(frozen=True)
class KeyStocktakeSheet(Printed):
    number: str             # PD + the stock-take's id, e.g. PD-0007
    taken_at: datetime
    counted_by: str
    entries: Sequence[StocktakeEntry]
    note: str = ""


def sample() -> KeyStocktakeSheet:
    rows = [("A-015", "3-2-1502", "在柜", 2, 2, "ok"), ("A-016", "3-2-1501", "在柜", 1, 0, "short"),
            ("B-003", "5-1-0801", "借出", 0, 0, "ok"), ("P-001", "水泵房", "在柜", 2, 3, "extra")]
    return KeyStocktakeSheet(
        number="PD-0007", taken_at=datetime(2025, 6, 30, 16, 0), counted_by="陈晓雪",
        entries=[StocktakeEntry(*row) for row in rows], note="月度盘点", printed_by="王丽华",
        printed_at=datetime(2025, 6, 30, 16, 30))


def summary(sheet: KeyStocktakeSheet) -> str:
    wrong = [e for e in sheet.entries if e.result != "ok"]
    text = f"盘点 {len(sheet.entries)} 个柜位：相符 {len(sheet.entries) - len(wrong)}，差异 {len(wrong)}"
    if wrong:
        text += "（" + "、".join(f"{e.key_no} {RESULTS[e.result]}" for e in wrong) + "）"
    return text


COLUMNS = [Column("序号", 0.5, "center"), Column("柜位号", 0.9, "center"), Column("房号/位置", 1.6),
           Column("应在状态", 1.0, "center"), Column("应有数量", 0.8, "center"), Column("实有数量", 0.8, "center"),
           Column("结果", 0.9, "center"), Column("备注", 1.6)]


def rows_of(sheet: KeyStocktakeSheet) -> list[tuple]:
    return [(k, e.key_no, e.room, e.state, e.expected, e.found, RESULTS.get(e.result, e.result), "")
            for k, e in enumerate(sheet.entries, 1)]


@register_form(code="key_stocktake", title="钥匙盘点表", paper="A4", qr=False, sample=sample)
def build(sheet: KeyStocktakeSheet) -> Document:
    meta = f"盘点时间 {sheet.taken_at:%Y-%m-%d %H:%M}　盘点人 {sheet.counted_by}"
    if sheet.note:
        meta += f"　说明 {sheet.note}"
    return Document(
        number=sheet.number, date=sheet.taken_at,
        parts=[
            Meta(meta, sheet.printed_line()),
            Meta(summary(sheet), ""),
            ItemTable(COLUMNS, rows_of(sheet), zebra=True, font_size=8, min_rows=10, empty="（柜内无钥匙）"),
            Signatures(["盘点人", "钥匙管理员", "客服主管审核"], columns=3, date=False),
        ])
