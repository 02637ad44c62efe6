"""月度报表 — the supervisor's month (DOMAIN.md §6), from each workflow's own KPIs (``<workflow>.kpis``): every
figure for the period, the period before and the same period a year earlier, the targets of §6 marked where
missed; printed (``monthly_report``) and exported to Excel with one sheet per section, numbers as numbers.

A section is left out for an account that may not see its workflow. Occupancy (入住率/出租率/空置率) is a
figure of today, not of a past period, so it has no comparisons.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.domain.complaints import COMPLAINT_VIEW, FollowUpType
from app.domain.errors import NotFound, ValidationError
from app.domain.fees.codes import FEES_VIEW
from app.domain.keys import KEYS_VIEW
from app.domain.lease import LEASE_VIEW
from app.domain.monthly import (
    COUNT,
    DAYS,
    MONEY,
    RATE,
    REPORT_VIEW,
    TREND_KEYS,
    Figure,
    Period,
    Report,
    Target,
    Trend,
    Value,
)
from app.domain.movein import MOVEIN_VIEW
from app.domain.moveout import MOVEOUT_VIEW
from app.domain.notices import NOTICE_VIEW
from app.domain.patrol import PATROL_VIEW
from app.domain.relay import RELAY_VIEW
from app.domain.release import RELEASE_VIEW
from app.domain.renovation import RENO_VIEW
from app.domain.site import SITE_VIEW
from app.domain.vacancy import VACANCY_VIEW
from app.domain.visits import VISIT_VIEW
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text, chinese
from app.services import base, printing
from app.services.base import Actor
from db.engine import Database

Values = dict[str, Value]
MSG_NOT_BEGUN = T("Monthly", "{period} has not begun: there is nothing to count yet.")


def _rate(numerator: Any, denominator: Any) -> Value:
    return Value(RATE, numerator, denominator)


def _count(n: int) -> Value:
    return Value(COUNT, amount=int(n))


@dataclass(frozen=True)
class Line:
    """A figure's declaration: its key, name, formula, target, and whether it is of today."""

    key: str
    label: Text
    formula: Text
    target: Target | None = None
    current: bool = False


@dataclass(frozen=True)
class Section:
    title: Text
    permissions: tuple[str, ...]
    lines: tuple[Line, ...]
    values: Callable[[Database, Actor, Period, date], Values]


# ---------------------------------------------------------------------------------------- the sections

def _complaints(db: Database, actor: Actor, p: Period, today: date) -> Values:
    from app.services import complaints, followups
    k = complaints.kpis(db, actor, p.first, p.last)
    f = followups.kpis(db, actor, p.first, p.last)
    planned, done, _in_time, _sat = f.by_type.get(FollowUpType.REPAIR.value, (0, 0, 0, 0))
    all_done = sum(v[1] for v in f.by_type.values())
    all_satisfied = sum(v[3] for v in f.by_type.values())
    return {"complaints.received": _count(k.received),
            "complaints.on_time": _rate(k.on_time.numerator, k.on_time.denominator),
            "complaints.closed": _rate(k.closed_rate.numerator, k.closed_rate.denominator),
            "complaints.followed_up": _rate(k.followed_up.numerator, k.followed_up.denominator),
            "complaints.satisfied": _rate(k.satisfied.numerator, k.satisfied.denominator),
            "complaints.repeat": _rate(k.repeat.numerator, k.repeat.denominator),
            "complaints.escalated": _count(k.escalated),
            "followups.repair": _rate(done, planned),
            "followups.satisfied": _rate(all_satisfied, all_done)}


def _fees(db: Database, actor: Actor, p: Period, today: date) -> Values:
    from app.services.fees import arrears
    from app.services.fees import kpis as fee_kpis
    k = fee_kpis.kpis(db, actor, p.first, p.last)
    aging = arrears.aging(db, actor, today=min(p.last, today))
    out = {"fees.collection": _rate(k.received, k.receivable),
           "fees.households": _rate(k.households_paid, k.households_billed),
           "fees.clearing": _rate(k.old_collected, k.old_arrears_start),
           "fees.takings": Value(MONEY, amount=k.takings),
           "fees.voids": _count(k.voids), "fees.reversals": _count(k.reversals),
           "fees.arrears": Value(MONEY, amount=sum((row.amount for row in aging), start=k.takings * 0)),
           "fees.arrears_households": _count(sum(row.households for row in aging))}
    for row in aging:
        out[f"fees.aging.{row.bucket.value}"] = Value(MONEY, amount=row.amount)
    return out


def _patrols(db: Database, actor: Actor, p: Period, today: date) -> Values:
    from app.services import patrol
    k = patrol.kpis(db, actor, p.first, min(p.last, today))
    return {"patrol.done": _rate(k.done, k.planned), "patrol.fixed": _rate(k.fixed_on_time, k.fixes_due),
            "patrol.missed": _count(k.missed)}


def _vacancy(db: Database, actor: Actor, p: Period, today: date) -> Values:
    from app.services import vacancy
    month = min(p.last, today)
    total = vacancy.monthly_stats(db, actor, month.year, month.month).total
    return {"vacancy.coverage": _rate(total.inspected_vacant, total.vacant)}


def _desk(db: Database, actor: Actor, p: Period, today: date) -> Values:
    from app.services import keys, notices, relay, visits
    out: Values = {}
    if actor.can(KEYS_VIEW):
        k = keys.kpis(db, actor, p.first, p.last)
        out |= {"keys.overdue": _count(k.overdue), "keys.losses": _count(k.losses)}
    if actor.can(NOTICE_VIEW):
        n = notices.kpis(db, actor, p.first, p.last)
        out["notices.on_time"] = _rate(n.on_time, n.issued)
    if actor.can(RELAY_VIEW):
        r = relay.kpis(db, actor, p.first, p.last)
        out["relay.replied"] = _rate(r.replied_on_time, r.reply_due)
    if actor.can(VISIT_VIEW):
        v = visits.kpis(db, actor, p.first, p.last)
        out |= {"visits.total": _count(v.total), "visits.refused": _rate(v.refused, v.admitted + v.refused)}
    return out


def _renovation(db: Database, actor: Actor, p: Period, today: date) -> Values:
    from app.services import release, renovation, site
    k = renovation.kpis(db, actor, p.first, p.last)
    out = {"renovation.applied": _count(k.applied), "renovation.permits": _count(k.permits),
           "renovation.review_days": Value(DAYS, amount=k.average_review_days),
           "renovation.refund_on_time": _rate(k.refunds_on_time, k.refunds_due)}
    if actor.can(SITE_VIEW):
        v = site.kpis(db, actor, p.first, p.last)
        out["site.violations"] = _rate(v.with_violation, v.under_way)
    if actor.can(RELEASE_VIEW):
        r = release.kpis(db, actor, p.first, p.last)
        out["release.reconciled"] = _rate(r.reconciled, r.released)
    return out


def _occupancy(db: Database, actor: Actor, p: Period, today: date) -> Values:
    from app.services import lease, movein, moveout
    m = movein.kpis(db, actor, p.first, p.last)
    out = {"occupancy.moved_in": _count(m.completed), "occupancy.occupied": _rate(m.occupied, m.delivered)}
    if actor.can(LEASE_VIEW):
        k = lease.kpis(db, actor, p.first, p.last)
        out["occupancy.rented"] = _rate(k.rented, k.delivered)
    out["occupancy.vacant"] = _rate(m.vacant, m.delivered)
    if actor.can(MOVEOUT_VIEW):
        k_out = moveout.kpis(db, actor, p.first, p.last)
        out["occupancy.moved_out"] = _count(k_out.completed)
        out["occupancy.moveout_arrears"] = Value(MONEY, amount=k_out.arrears)
    return out


AT_LEAST_ALL, AT_LEAST_95, AT_LEAST_90 = Target(">=", 1.0), Target(">=", 0.95), Target(">=", 0.9)
AT_MOST_NONE = Target("<=", 0)

SECTIONS: tuple[Section, ...] = (
    Section(T("Monthly", "Complaints and follow-ups"), (COMPLAINT_VIEW,), (
        Line("complaints.received", T("Monthly", "Complaints received"), T("Monthly", "complaints received")),
        Line("complaints.on_time", T("Monthly", "Complaints resolved in time"),
             T("Monthly", "resolved within the deadline ÷ resolved"), AT_LEAST_ALL),
        Line("complaints.closed", T("Monthly", "Complaints closed"), T("Monthly", "resolved ÷ received")),
        Line("complaints.followed_up", T("Monthly", "Complaints followed up"),
             T("Monthly", "followed up ÷ resolved"), AT_LEAST_ALL),
        Line("complaints.satisfied", T("Monthly", "Satisfaction with complaint handling"),
             T("Monthly", "satisfied or fairly satisfied ÷ followed up"), AT_LEAST_95),
        Line("complaints.repeat", T("Monthly", "Repeat complaints"), T("Monthly", "reopened or repeated ÷ received")),
        Line("complaints.escalated", T("Monthly", "Complaints escalated"), T("Monthly", "escalated to the manager")),
        Line("followups.repair", T("Monthly", "Repair follow-ups"), T("Monthly", "repair follow-ups done ÷ due"),
             AT_LEAST_90),
        Line("followups.satisfied", T("Monthly", "Satisfaction of all follow-ups"),
             T("Monthly", "satisfied or fairly satisfied ÷ follow-ups done"), AT_LEAST_95)),
        _complaints),
    Section(T("Monthly", "Fees"), (FEES_VIEW,), (
        Line("fees.collection", T("Monthly", "Collection rate (amount)"),
             T("Monthly", "received of the period's bills ÷ receivable")),
        Line("fees.households", T("Monthly", "Collection rate (households)"),
             T("Monthly", "households paid up ÷ households billed")),
        Line("fees.clearing", T("Monthly", "Old arrears cleared"),
             T("Monthly", "old arrears collected ÷ old arrears at the start")),
        Line("fees.takings", T("Monthly", "Takings"), T("Monthly", "receipts of the period, in yuan")),
        Line("fees.voids", T("Monthly", "Receipts voided"), T("Monthly", "voids the same day")),
        Line("fees.reversals", T("Monthly", "Red reversals"), T("Monthly", "reversals approved")),
        Line("fees.arrears", T("Monthly", "Arrears at the end"),
             T("Monthly", "due by the period's end and unpaid today, in yuan")),
        Line("fees.arrears_households", T("Monthly", "Households in arrears"), T("Monthly", "households owing")),
        Line("fees.aging.m1", T("Monthly", "Arrears up to 1 month"), T("Monthly", "in yuan")),
        Line("fees.aging.m3", T("Monthly", "Arrears 1–3 months"), T("Monthly", "in yuan")),
        Line("fees.aging.m6", T("Monthly", "Arrears 3–6 months"), T("Monthly", "in yuan")),
        Line("fees.aging.m12", T("Monthly", "Arrears 6–12 months"), T("Monthly", "in yuan")),
        Line("fees.aging.over12", T("Monthly", "Arrears over 12 months"), T("Monthly", "in yuan"))),
        _fees),
    Section(T("Monthly", "Patrols and vacant units"), (PATROL_VIEW,), (
        Line("patrol.done", T("Monthly", "Patrols completed"), T("Monthly", "rounds done ÷ rounds planned"),
             AT_LEAST_ALL),
        Line("patrol.fixed", T("Monthly", "Findings fixed in time"), T("Monthly", "fixed by the due date ÷ due")),
        Line("patrol.missed", T("Monthly", "Rounds missed"), T("Monthly", "planned rounds never started"))),
        _patrols),
    Section(T("Monthly", "Vacant units"), (VACANCY_VIEW,), (
        Line("vacancy.coverage", T("Monthly", "Vacant units inspected"),
             T("Monthly", "vacant units inspected this month ÷ vacant units"), AT_LEAST_ALL),), _vacancy),
    Section(T("Monthly", "Keys, notices, relay and visits"), (), (
        Line("keys.overdue", T("Monthly", "Key loans overdue"), T("Monthly", "loans past due now"), current=True),
        Line("keys.losses", T("Monthly", "Keys lost"), T("Monthly", "losses reported")),
        Line("notices.on_time", T("Monthly", "Notices posted in time"),
             T("Monthly", "posted with the lead time ÷ notices")),
        Line("relay.replied", T("Monthly", "Work slips answered in time"),
             T("Monthly", "replied by the required time ÷ slips due")),
        Line("visits.total", T("Monthly", "Visits"), T("Monthly", "visits registered")),
        Line("visits.refused", T("Monthly", "Visitors refused"), T("Monthly", "refused ÷ admitted or refused"))),
        _desk),
    Section(T("Monthly", "Renovation"), (RENO_VIEW,), (
        Line("renovation.applied", T("Monthly", "Renovation applications"), T("Monthly", "applications received")),
        Line("renovation.permits", T("Monthly", "Permits issued"), T("Monthly", "permits issued")),
        Line("renovation.review_days", T("Monthly", "Average review time"),
             T("Monthly", "days from application to decision")),
        Line("renovation.refund_on_time", T("Monthly", "Deposits refunded in time"),
             T("Monthly", "refunded within the limit ÷ refunds due")),
        Line("site.violations", T("Monthly", "Violation rate"),
             T("Monthly", "cases with a violation notice ÷ cases under way")),
        Line("release.reconciled", T("Monthly", "Release slips returned and reconciled"),
             T("Monthly", "gate copies reconciled ÷ slips released"), AT_LEAST_ALL)),
        _renovation),
    Section(T("Monthly", "Occupancy (today)"), (MOVEIN_VIEW,), (
        Line("occupancy.moved_in", T("Monthly", "Move-ins completed"), T("Monthly", "move-ins of the period")),
        Line("occupancy.moved_out", T("Monthly", "Move-outs completed"),
             T("Monthly", "tenants moved out in the period")),
        Line("occupancy.moveout_arrears", T("Monthly", "Arrears at move-out"),
             T("Monthly", "due by the move-out date and unpaid, in yuan"), AT_MOST_NONE),
        Line("occupancy.occupied", T("Monthly", "Occupancy rate"), T("Monthly", "lived in ÷ delivered units"),
             current=True),
        Line("occupancy.rented", T("Monthly", "Rented rate"), T("Monthly", "rented ÷ delivered units"), current=True),
        Line("occupancy.vacant", T("Monthly", "Vacancy rate"), T("Monthly", "vacant ÷ delivered units"),
             current=True)),
        _occupancy),
)


# -------------------------------------------------------------------------------------------- the report

def report(db: Database, actor: Actor, period: Period) -> Report:
    """Every figure the actor may see for ``period``, with the period before and a year before."""
    actor.require(REPORT_VIEW)
    period.check()
    today = base.now().date()
    if period.first > today:
        raise ValidationError(MSG_NOT_BEGUN.format(period=period.label()))
    periods = (period, period.previous(), period.a_year_before())
    figures: list[Figure] = []
    for section in SECTIONS:
        if not all(actor.can(p) for p in section.permissions):
            continue
        now, before, year = (section.values(db, actor, p, today) if p.first <= today else {} for p in periods)
        for line in section.lines:
            if line.key not in now:
                continue
            figures.append(Figure(line.key, section.title, line.label, line.formula, now[line.key],
                                  None if line.current else before.get(line.key),
                                  None if line.current else year.get(line.key), line.target, line.current))
    return Report(period, tuple(figures), actor.name, _trend(db, actor, period, today))


def _trend(db: Database, actor: Actor, period: Period, today: date) -> Trend | None:
    """The twelve months to the period's last (begun) month: complaints received/resolved, 收缴率, 满意率."""
    from app.services import complaints
    from app.services.fees import kpis as fee_kpis
    end = Period.of_month(min(period.last, today))
    months = [end]
    while len(months) < 12:
        months.insert(0, months[0].previous())
    series: dict[str, list[float | None]] = {key: [] for key in TREND_KEYS}
    seen = False
    if actor.can(COMPLAINT_VIEW):
        seen = True
        for m in months:
            k = complaints.kpis(db, actor, m.first, m.last)
            series["complaints.received"].append(k.received)
            series["complaints.resolved"].append(k.on_time.denominator)
            series["complaints.satisfied"].append(k.satisfied.value)
        k = complaints.kpis(db, actor, period.first, period.last)
        categories = tuple(sorted(k.by_category.items(), key=lambda cn: -cn[1]))
    else:
        categories = ()
    if actor.can(FEES_VIEW):
        seen = True
        series["fees.collection"] = [fee_kpis.kpis(db, actor, m.first, m.last).collection_rate for m in months]
    if not seen:
        return None
    return Trend(tuple(months), {key: tuple(values) for key, values in series.items() if values}, categories)


# ------------------------------------------------------------------------------------- paper and Excel

def report_form(session: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """The printed report of the period ``number`` (2026-11, 2026-Q4, 2026)."""
    from app.printing.forms.monthly_report import MonthlyReport
    try:
        period = Period.parse(number)
    except ValidationError as exc:
        raise NotFound(str(exc)) from None
    # the figures come from each workflow's KPIs, which read the store (printing puts it in the session)
    return MonthlyReport(report(session.info["db"], actor, period), printed_by=actor.name,
                         printed_at=base.now()), False


HEADER = ("指标", "公式", "分子", "分母", "本期", "上期", "去年同期", "目标", "未达标")


def sheet_rows(figures: list[Figure]) -> list[list[object]]:
    """The rows of a section's sheet: rates as fractions, amounts and counts as numbers."""
    def number(v: Value | None) -> object:
        n = v.number if v is not None else None
        return float(n) if n is not None else None

    rows: list[list[object]] = []
    for f in figures:
        rate = f.now.kind == RATE
        rows.append([chinese(f.label), chinese(f.formula),
                     float(f.now.numerator or 0) if rate else None, float(f.now.denominator or 0) if rate else None,
                     number(f.now), number(f.previous), number(f.year_before),
                     f.target.shown(f.now.kind) if f.target else "", "是" if f.missed else ""])
    return rows


def to_excel(db: Database, actor: Actor, period: Period, path: str | Path) -> int:
    """The report as a workbook, one sheet per section; returns the figures written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    data = report(db, actor, period)
    wb = Workbook()
    wb.remove(wb.active)
    count = 0
    for title, figures in data.sections():
        ws = wb.create_sheet(chinese(title)[:31])
        ws.append([f"月度报表 {period.printed}：{chinese(title)}"])
        ws["A1"].font = Font(bold=True)
        ws.append(list(HEADER))
        for row, f in zip(sheet_rows(figures), figures, strict=True):
            ws.append(row)
            fmt = {RATE: "0.0%", MONEY: "#,##0.00", DAYS: "0.0"}.get(f.now.kind)
            if fmt:
                for col in (5, 6, 7):
                    ws.cell(ws.max_row, col).number_format = fmt
            count += 1
        for letter, width in zip("ABCDEFGHI", (26, 40, 10, 10, 12, 12, 12, 8, 8), strict=True):
            ws.column_dimensions[letter].width = width
    wb.save(str(path))
    printing.record_list_output(db, actor, f"月度报表 {period.printed}", count, to="excel",
                                details={"file": str(path)})
    return count


printing.register_source("monthly_report", report_form)

__all__ = ["SECTIONS", "report", "to_excel", "sheet_rows"]
