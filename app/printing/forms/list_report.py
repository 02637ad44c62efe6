"""列表报表 — the generic printed list: any list screen prints its rows with this form.

A title, a line saying which filter produced the list, the column headers repeated on every page, the
rows (any number), an optional totals row and, for money lists, the total in figures and 大写; printed
by whom and when. A4 portrait, turned to landscape when the columns need it (more than
``PORTRAIT_MAX_COLUMNS`` columns or a total weight above ``PORTRAIT_MAX_WEIGHT``), or as the caller asks.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.printing.layout import Amount, Column, Document, ItemTable, Meta, Printed, Signatures
from app.printing.registry import register_form

PORTRAIT_MAX_COLUMNS = 7
PORTRAIT_MAX_WEIGHT = 12.0


@dataclass(frozen=True)
class ListReport(Printed):
    title: str
    columns: Sequence[Column | str]
    rows: Sequence[Sequence[object]]
    filter_text: str = ""                 # e.g. 楼栋：3号楼；状态：待处理；日期：2025-06-01 至 2025-06-30
    totals: Sequence[object] | None = None
    amount_total: Decimal | None = None   # printed in figures and 大写 under the table
    amount_label: str = "合计金额"
    numbered: bool = True                 # a 序号 column first
    landscape: bool | None = None         # None: decide from the columns
    signatures: Sequence[str] = ()        # e.g. ("制表人", "审核人")


def wants_landscape(report: ListReport) -> bool:
    if report.landscape is not None:
        return report.landscape
    cols = [c if isinstance(c, Column) else Column(str(c)) for c in report.columns]
    weight = sum(c.width for c in cols)
    return len(cols) > PORTRAIT_MAX_COLUMNS or weight > PORTRAIT_MAX_WEIGHT


def sample() -> ListReport:
    names = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "赵敏", "孙丽", "周杰", "吴芳", "郑强"]
    issues = ["楼道灯不亮，已报修", "地下车库入口积水（暴雨后）", "邻居装修噪音扰民，要求限定施工时间",
              "快递柜无法取件", "电梯按钮失灵", "绿化带修剪不及时，树枝遮挡窗户"]
    rows = []
    for i in range(28):
        room = f"{1 + i % 6}-{1 + i % 2}-{(i % 18 + 1):02d}0{1 + i % 4}"
        rows.append((f"TS202506{1 + i % 28:02d}-{i + 1:04d}", room,
                     names[i % len(names)], issues[i % len(issues)],
                     "已关闭" if i % 3 else "处理中", Decimal("50.00") * (i % 4)))
    total = sum((r[5] for r in rows), Decimal("0"))
    return ListReport(
        title="投诉登记清单",
        columns=[Column("单号", 2.4), Column("房号", 1.5, "center"), Column("投诉人", 1.2, "center"),
                 Column("投诉内容", 4.2), Column("状态", 1.1, "center"), Column("赔付金额", 1.4, "right")],
        rows=rows, filter_text="日期：2025-06-01 至 2025-06-30；类别：全部；状态：全部",
        totals=("合计", "", "", f"{len(rows)} 件", "", f"{total:.2f}"),
        amount_total=total, amount_label="赔付合计",
        printed_by="陈静", printed_at=datetime(2025, 6, 30, 17, 5), signatures=("制表人", "审核人"))


@register_form(code="list_report", title="列表", paper="A4", qr=False, sample=sample)
def build(report: ListReport) -> Document:
    columns = [c if isinstance(c, Column) else Column(str(c)) for c in report.columns]
    rows: Sequence[Sequence[object]] = report.rows
    totals = list(report.totals) if report.totals is not None else None
    if report.numbered:
        columns = [Column("序号", 0.7, "center"), *columns]
        rows = [(i, *r) for i, r in enumerate(report.rows, 1)]
        if totals is not None:  # "合计" moves into the 序号 column
            totals = ["合计", "", *totals[1:]] if totals[:1] == ["合计"] else ["合计", *totals]
    printed = report.printed_line(f"共 {len(report.rows)} 条")
    filter_text = f"筛选条件：{report.filter_text}" if report.filter_text else ""
    parts: list = [
        Meta(filter_text, printed),
        ItemTable(columns, rows, totals=totals, zebra=True, empty="（没有符合条件的记录）"),
    ]
    if report.amount_total is not None:
        parts.append(Amount(report.amount_total, label=report.amount_label))
    if report.signatures:
        parts.append(Signatures(list(report.signatures), columns=len(report.signatures), date=False))
    return Document(parts=parts, title=report.title, landscape=wants_landscape(report))
