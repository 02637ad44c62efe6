"""月度报表 — the supervisor's month (DOMAIN.md §6), reviewed by the 5th of the next month: per section each KPI
with its formula, numerator/denominator, this period, the period before, the same period a year earlier, the
target and a mark where it is missed; a bar chart of the arrears by aging (grey, so that it prints on any
printer); the lines where the 客服主管 and the manager sign. A4 landscape, page x of y; its "number" is the
period (``2026-11``, ``2026-Q4``, ``2026``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table

from app.domain.complaints import Category
from app.domain.monthly import MONEY, RATE, Figure, Period, Report, Target, Value
from app.i18n import chinese
from app.printing.layout import Column, Ctx, Custom, Document, Heading, ItemTable, Meta, Note, Printed, Signatures
from app.printing.registry import register_form

AGING_KEYS = ("fees.aging.m1", "fees.aging.m3", "fees.aging.m6", "fees.aging.m12", "fees.aging.over12")
AGING_LABELS = ("1个月以内", "1–3个月", "3–6个月", "6–12个月", "12个月以上")


@dataclass(frozen=True)
class MonthlyReport(Printed):
    report: Report


def sample() -> MonthlyReport:
    from app.i18n import QT_TRANSLATE_NOOP as T
    complaints, fees = T("Monthly", "Complaints and follow-ups"), T("Monthly", "Fees")
    figures = (
        Figure("complaints.on_time", complaints, T("Monthly", "Complaints resolved in time"),
               T("Monthly", "resolved within the deadline ÷ resolved"), Value(RATE, 45, 48), Value(RATE, 50, 50),
               Value(RATE, 40, 44), Target(">=", 1.0)),
        Figure("complaints.satisfied", complaints, T("Monthly", "Satisfaction with complaint handling"),
               T("Monthly", "satisfied or fairly satisfied ÷ followed up"), Value(RATE, 44, 45),
               Value(RATE, 47, 50), None, Target(">=", 0.95)),
        Figure("fees.collection", fees, T("Monthly", "Collection rate (amount)"),
               T("Monthly", "received of the period's bills ÷ receivable"),
               Value(RATE, Decimal("912345.60"), Decimal("1003200.00")),
               Value(RATE, Decimal("930000.00"), Decimal("1001000.00"))),
        *(Figure(key, fees, T("Monthly", "in yuan"), T("Monthly", "in yuan"),
                 Value(MONEY, amount=Decimal(amount))) for key, amount in zip(
            AGING_KEYS, ("48210.50", "35120.00", "20210.00", "12800.00", "30560.40"), strict=True)),
    )
    return MonthlyReport(Report(Period(2026, "month", 11), figures, "王丽华"), printed_by="王丽华",
                         printed_at=datetime(2026, 12, 3, 9, 30))


def _shown(v: Value | None) -> str:
    return "—" if v is None else v.shown()


def rows(figures: list[Figure]) -> list[tuple]:
    """A figure of today (occupancy, loans overdue) is marked （当前） and has no comparisons."""
    return [(chinese(f.label) + ("（当前）" if f.current else ""), chinese(f.formula), f.now.parts() or "",
             f.now.shown(), _shown(f.previous), _shown(f.year_before),
             f.target.shown(f.now.kind) if f.target else "", "未达标" if f.missed else "")
            for f in figures if not f.key.startswith("fees.aging.")]


COLUMNS = [Column("指标", 2.2), Column("公式", 3.2), Column("分子/分母", 1.6, "center"),
           Column("本期", 1.1, "right"), Column("上期", 1.1, "right"), Column("去年同期", 1.1, "right"),
           Column("目标", 0.9, "center"), Column("达标", 0.9, "center")]


def _aging_chart(report: Report) -> Custom | None:
    amounts = []
    for key in AGING_KEYS:
        found = [f for f in report.figures if f.key == key]
        amounts.append(float(found[0].now.number or 0) if found else None)
    if all(a is None for a in amounts):
        return None
    values = [a or 0.0 for a in amounts]

    def make(ctx: Ctx) -> list:
        width, height = min(ctx.width, 150 * mm), 48 * mm
        d = Drawing(width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y, chart.width, chart.height = 22 * mm, 4 * mm, width - 50 * mm, height - 8 * mm
        chart.data = [values]
        chart.categoryAxis.categoryNames = list(AGING_LABELS)
        chart.categoryAxis.reverseDirection = True
        chart.categoryAxis.labels.fontName = ctx.font
        chart.categoryAxis.labels.fontSize = 8
        chart.valueAxis.labels.fontName = ctx.font
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labelTextFormat = lambda v: f"{v / 10000:g}万" if v >= 10000 else f"{v:g}"
        chart.bars[0].fillColor = colors.Color(0.45, 0.45, 0.45)
        chart.bars[0].strokeColor = None
        chart.barLabelFormat = lambda v: f"{v:,.2f}"
        chart.barLabels.fontName = ctx.font
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        d.add(chart)
        return [d]
    return Custom(make)


GREYS = (colors.Color(0.1, 0.1, 0.1), colors.Color(0.55, 0.55, 0.55))
MARKERS = ("FilledCircle", "FilledSquare")


def _trend_chart(ctx: Ctx, labels: list[str], series: dict[str, tuple[float | None, ...]], percent: bool,
                 width: float) -> Drawing:
    """Lines of a year's months, told apart by shade, dash and marker (they print in grey)."""
    height = 50 * mm
    d = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 8 * mm, width - 16 * mm, height - 20 * mm
    chart.data = [[(v * 100 if percent else v) if v is not None else None for v in values]
                  for values in series.values()]
    chart.categoryAxis.categoryNames = labels
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = ctx.font, 7
    chart.valueAxis.valueMin = 0
    if percent:
        chart.valueAxis.valueMax = 100
        chart.valueAxis.labelTextFormat = "%d%%"
    for k in range(len(series)):
        chart.lines[k].strokeColor = GREYS[k % 2]
        chart.lines[k].strokeWidth = 1.2
        chart.lines[k].strokeDashArray = None if k % 2 == 0 else (3, 2)
        chart.lines[k].symbol = makeMarker(MARKERS[k % 2], size=3)
    d.add(chart)
    legend = Legend()
    legend.x, legend.y, legend.alignment = 12 * mm, height - 3 * mm, "right"
    legend.fontName, legend.fontSize, legend.columnMaximum = ctx.font, 8, 1
    legend.colorNamePairs = [(GREYS[k % 2], name) for k, name in enumerate(series)]
    d.add(legend)
    return d


def _trends(report: Report) -> list:
    """The year's trends side by side (complaints received/resolved; 收缴率 and 满意率), then the categories."""
    trend = report.trend
    if trend is None:
        return []
    labels = [f"{m.index}月" for m in trend.months]
    s = trend.series
    def drawable(values: tuple[float | None, ...]) -> bool:     # a line needs two points
        return sum(v is not None for v in values) >= 2

    charts = [(series, percent) for series, percent in (
        ({name: s[key] for key, name in (("complaints.received", "投诉受理"), ("complaints.resolved", "投诉办结"))
          if key in s and drawable(s[key])}, False),
        ({name: s[key] for key, name in (("fees.collection", "收缴率"), ("complaints.satisfied", "满意率"))
          if key in s and drawable(s[key])}, True)) if series]

    def make(ctx: Ctx) -> list:
        width = ctx.width / 2 - 2 * mm
        cells = [_trend_chart(ctx, labels, series, percent, width) for series, percent in charts]
        return [Table([cells], colWidths=[ctx.width / 2] * len(cells), hAlign="LEFT")]
    parts: list = [Heading("近12个月趋势"), Custom(make)] if charts else []
    if trend.by_category:
        parts.append(Note("、".join(f"{Category.printed(c) or c} {n}件" for c, n in trend.by_category),
                          label="本期投诉分类"))
    return parts


@register_form(code="monthly_report", title="客服部月度报表", paper="A4", qr=False, sample=sample)
def build(data: MonthlyReport) -> Document:
    report = data.report
    parts: list = [Meta(f"统计期间：{report.period.first:%Y-%m-%d} 至 {report.period.last:%Y-%m-%d}；"
                        f"上期：{report.period.previous().printed}；去年同期：{report.period.a_year_before().printed}",
                        data.printed_line(who="制表人", when="制表时间"))]
    numerals = "一二三四五六七八九十"
    for k, (title, figures) in enumerate(report.sections()):
        parts.append(Heading(f"{numerals[k % 10]}、{chinese(title)}"))
        parts.append(ItemTable(COLUMNS, rows(figures), font_size=8.5, min_rows=0, zebra=True))
        if any(f.key in AGING_KEYS for f in figures) and (chart := _aging_chart(report)):
            parts.append(Heading("欠费账龄（元）"))
            parts.append(chart)
    parts += _trends(report)
    missed = report.missed
    parts.append(Note("、".join(chinese(f.label) for f in missed) if missed else "本期各项指标均达到目标。",
                      label="未达标指标"))
    parts.append(Signatures(["制表人", "客服主管审核", "经理审阅"], columns=3, date=True))
    return Document(parts, date=report.period.number, subtitle=report.period.printed, landscape=True)
