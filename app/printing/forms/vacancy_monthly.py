"""空置房月统计表 — the month's vacant-unit statistics (DOMAIN.md §4.5 Forms, step 9): per building the rooms,
the units vacant at the month's end by type and the vacancy rate (空置率), units added and removed, units
inspected and the coverage (巡检覆盖率), anomalies found and fixed; then the list of vacant units and the
month's changes, and the lines where the clerk and 客服主管 sign. A4 landscape; its "number" is the month
(``2025-06``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.vacancy import BuildingStat, ChangeLine, Holder, MonthlyStats, RemovalReason, UnitLine, VacancyType
from app.printing.layout import Column, Document, Heading, ItemTable, Meta, Printed, Signatures
from app.printing.registry import register_form


@dataclass(frozen=True)
class VacancyMonthly(Printed):
    stats: MonthlyStats


def sample() -> VacancyMonthly:
    buildings = [
        BuildingStat("1", 72, 6, {"1": 2, "2": 3, "3": 1}, 1, 1, 6, 2, 2, 66, 2, 6),
        BuildingStat("2", 72, 4, {"2": 2, "3": 2}, 0, 2, 3, 1, 0, 72, 3, 3),
        BuildingStat("3", 96, 9, {"1": 5, "2": 2, "3": 2}, 2, 0, 9, 0, 0, 88, 3, 9),
    ]
    units, k = [], 0
    for b in buildings:
        for t, n in b.by_type.items():
            for _ in range(n):
                k += 1
                units.append(UnitLine(b.building_no, f"{b.building_no}-{1 + k % 2}-{(k % 17) + 2:02d}0{1 + k % 4}", t,
                                      date(2024, 1 + k % 12, 1 + k % 27), "developer" if t == "1" else "owner",
                                      1 if k % 7 else 0, date(2025, 6, 1 + k % 28) if k % 7 else None,
                                      1 if k % 9 == 0 else 0))
    changes = [ChangeLine("1-1-0502", "added", date(2025, 6, 3), "2"),
               ChangeLine("3-2-1101", "added", date(2025, 6, 9), "1"),
               ChangeLine("3-1-0801", "added", date(2025, 6, 18), "1"),
               ChangeLine("1-2-0302", "removed", date(2025, 6, 12), "moved_in"),
               ChangeLine("2-1-0601", "removed", date(2025, 6, 20), "renovation"),
               ChangeLine("2-2-1502", "removed", date(2025, 6, 25), "leased")]
    return VacancyMonthly(MonthlyStats(2025, 6, buildings, units, changes, 4.5), printed_by="王丽华",
                          printed_at=datetime(2025, 6, 30, 17, 20))


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def building_rows(stats: MonthlyStats) -> list[tuple]:
    rows = []
    for b in [*stats.buildings, stats.total]:
        rows.append((f"{b.building_no}号楼" if b.building_no else "合计", b.rooms, b.vacant, _pct(b.rate),
                     b.by_type.get("1", 0), b.by_type.get("2", 0), b.by_type.get("3", 0), b.added, b.removed,
                     b.inspected, _pct(b.coverage), b.anomalies, b.fixed))
    return rows


def unit_rows(stats: MonthlyStats) -> list[tuple]:
    return [(u.room_code, VacancyType.printed(u.vacancy_type), u.since.isoformat(),
             Holder.printed(u.holder), u.inspections,
             u.last_inspected_on.isoformat() if u.last_inspected_on else "未巡检", u.anomalies or "")
            for u in stats.units]


def change_rows(stats: MonthlyStats) -> list[tuple]:
    return [(c.on.isoformat(), c.room_code, "新增登记" if c.change == "added" else "移出",
             VacancyType.printed(c.reason) if c.change == "added" else RemovalReason.printed(c.reason))
            for c in stats.changes]


BUILDING_COLUMNS = [
    Column("楼栋", 1.0, "center"), Column("总套数", 0.8, "center"), Column("空置套数", 0.9, "center"),
    Column("空置率", 0.9, "center"), Column("一类 交付未售", 1.1, "center"),
    Column("二类 已售未交付", 1.2, "center"), Column("三类 已入住未装修", 1.3, "center"),
    Column("本月新增", 0.9, "center"), Column("本月移出", 0.9, "center"), Column("本月巡检", 0.9, "center"),
    Column("巡检覆盖率", 1.0, "center"), Column("发现异常", 0.9, "center"), Column("已整改", 0.8, "center"),
]
UNIT_COLUMNS = [
    Column("房号", 1.3, "center"), Column("空置类型", 1.8, "center"), Column("登记日期", 1.3, "center"),
    Column("持有人", 1.0, "center"), Column("本月巡检次数", 1.2, "center"), Column("最近巡检", 1.3, "center"),
    Column("异常", 0.8, "center"),
]
CHANGE_COLUMNS = [Column("日期", 1.2, "center"), Column("房号", 1.3, "center"), Column("变动", 1.0, "center"),
                  Column("类型/原因", 2.0, "center")]


def summary(stats: MonthlyStats) -> str:
    t = stats.total
    fix = f"，平均整改天数 {stats.avg_fix_days:.1f} 天" if stats.avg_fix_days is not None else ""
    return (f"月末空置 {t.vacant} 套（已交付 {t.delivered} 套，空置率 {_pct(t.rate)}），"
            f"本月新增 {t.added} 套、移出 {t.removed} 套；"
            f"巡检 {t.inspected} 套（覆盖率 {_pct(t.coverage)}），发现异常 {t.anomalies} 项，已整改 {t.fixed} 项{fix}")


@register_form(code="vacancy_monthly", title="空置房月统计表", paper="A4", qr=False, sample=sample)
def build(data: VacancyMonthly) -> Document:
    stats = data.stats
    printed = data.printed_line(who="制表人", when="制表时间")
    return Document(
        date=date(stats.year, stats.month, 1).strftime("%Y-%m"), landscape=True,
        subtitle=f"{stats.year}年{stats.month:02d}月",
        parts=[
            Meta(summary(stats), printed),
            Heading("一、分楼栋统计"),
            ItemTable(BUILDING_COLUMNS, building_rows(stats), font_size=8.5, min_rows=0),
            Heading("二、空置房清单（月末在册）"),
            ItemTable([Column("序号", 0.6, "center"), *UNIT_COLUMNS],
                      [(k, *r) for k, r in enumerate(unit_rows(stats), 1)], zebra=True, font_size=8.5,
                      min_rows=0, empty="（月末无在册空置房）"),
            Heading("三、本月变动"),
            ItemTable(CHANGE_COLUMNS, change_rows(stats), font_size=8.5, min_rows=0, empty="（本月无变动）"),
            Signatures(["制表人", "客服主管审核"], columns=2, date=True),
        ])
