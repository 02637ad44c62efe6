"""月度报表 — the supervisor's month (DOMAIN.md §6): the report's periods (a month, a quarter, a year, with the
period before and the same period a year earlier), its figures (numerator ÷ denominator, a count or an amount)
and the targets §6 gives. Pure: the figures are computed by app.services.monthly from each workflow's KPIs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.domain.enums import StaffRole
from app.domain.errors import ValidationError
from app.domain.permissions import declare
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

REPORT_VIEW = declare("report.view", T("Permission", "View the monthly report"), T("Permission", "Reports"),
                      StaffRole.SUPERVISOR, StaffRole.STEWARD)

MONTH, QUARTER, YEAR = "month", "quarter", "year"
MSG_PERIOD = T("Monthly", "A report period is a month (2026-11), a quarter (2026-Q4) or a year (2026).")


@dataclass(frozen=True, order=True)
class Period:
    """A month (index 1–12), a quarter (1–4) or a year (index 0)."""

    year: int
    kind: str = MONTH
    index: int = 1

    def check(self) -> Period:
        """This period, if it is one (a month 1–12, a quarter 1–4 or a year of 1900–9999); else refused."""
        top = {MONTH: 12, QUARTER: 4, YEAR: 0}.get(self.kind)
        valid = top is not None and 1900 <= self.year <= 9999 and (
            self.index == 0 if top == 0 else 1 <= self.index <= (top or 0))
        if not valid:
            raise ValidationError(MSG_PERIOD)
        return self

    @property
    def first(self) -> date:
        month = {MONTH: self.index, QUARTER: 3 * self.index - 2, YEAR: 1}[self.kind]
        return date(self.year, month, 1)

    @property
    def last(self) -> date:
        months = {MONTH: 1, QUARTER: 3, YEAR: 12}[self.kind]
        y, m = divmod(self.first.month - 1 + months, 12)
        return date(self.year + y, m + 1, 1) - timedelta(days=1)

    @property
    def number(self) -> str:
        """The report's "document number": 2026-11, 2026-Q4, 2026."""
        return {MONTH: f"{self.year:04d}-{self.index:02d}", QUARTER: f"{self.year:04d}-Q{self.index}",
                YEAR: f"{self.year:04d}"}[self.kind]

    @property
    def printed(self) -> str:
        return {MONTH: f"{self.year}年{self.index}月", QUARTER: f"{self.year}年第{self.index}季度",
                YEAR: f"{self.year}年"}[self.kind]

    def label(self) -> Text:
        """The period in the user's language (2026年11月 / 11/2026)."""
        if self.kind == MONTH:
            return T("Monthly", "{month}/{year}").format(month=self.index, year=self.year)
        if self.kind == QUARTER:
            return T("Monthly", "Q{quarter} {year}").format(quarter=self.index, year=self.year)
        return T("Monthly", "{year}").format(year=self.year)

    def previous(self) -> Period:
        if self.kind == YEAR:
            return Period(self.year - 1, YEAR, 0)
        count = 12 if self.kind == MONTH else 4
        return Period(self.year - (self.index == 1), self.kind, count if self.index == 1 else self.index - 1)

    def a_year_before(self) -> Period:
        return Period(self.year - 1, self.kind, self.index)

    @classmethod
    def parse(cls, number: str) -> Period:
        text = number.strip().upper()
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
            return cls(int(m[1]), MONTH, int(m[2])).check()
        if m := re.fullmatch(r"(\d{4})-Q(\d)", text):
            return cls(int(m[1]), QUARTER, int(m[2])).check()
        if re.fullmatch(r"\d{4}", text):
            return cls(int(text), YEAR, 0).check()
        raise ValidationError(MSG_PERIOD)

    @classmethod
    def of_month(cls, day: date) -> Period:
        return cls(day.year, MONTH, day.month)


RATE, COUNT, MONEY, DAYS = "rate", "count", "money", "days"


@dataclass(frozen=True)
class Value:
    """A figure of one period: a rate (numerator ÷ denominator), a count, an amount or a number of days."""

    kind: str
    numerator: int | Decimal | None = None
    denominator: int | Decimal | None = None
    amount: float | Decimal | int | None = None

    @property
    def number(self) -> float | Decimal | int | None:
        """The figure as a number (a rate as a fraction; ``None`` when there is nothing to divide)."""
        if self.kind == RATE:
            return float(self.numerator or 0) / float(self.denominator) if self.denominator else None
        return self.amount

    def shown(self) -> str:
        n = self.number
        if n is None:
            return "—"
        if self.kind == RATE:
            return f"{n * 100:.1f}%"
        if self.kind == MONEY:
            return f"{Decimal(n):,.2f}"
        if self.kind == DAYS:
            return f"{float(n):.1f}"
        return str(n)

    def parts(self) -> str:
        """分子/分母 of a rate ("45/48"), else empty."""
        if self.kind != RATE:
            return ""
        return f"{_plain(self.numerator)}/{_plain(self.denominator)}"


def _plain(value: int | Decimal | None) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return str(value or 0)


@dataclass(frozen=True)
class Target:
    """A target of §6: at least (``>=``) or at most (``<=``) ``level`` (a fraction for rates)."""

    op: str
    level: float

    def met(self, value: Value) -> bool | None:
        n = value.number
        if n is None:
            return None
        return float(n) >= self.level if self.op == ">=" else float(n) <= self.level

    def shown(self, kind: str) -> str:
        level = f"{self.level * 100:g}%" if kind == RATE else f"{self.level:g}"
        return ("≥" if self.op == ">=" else "≤") + level


@dataclass(frozen=True)
class Figure:
    """One line of the report: the KPI, its formula, this period, the period before, a year before."""

    key: str
    section: Text
    label: Text
    formula: Text
    now: Value
    previous: Value | None = None
    year_before: Value | None = None
    target: Target | None = None
    current: bool = False        # a figure of today (occupancy), not of the period: no comparisons

    @property
    def missed(self) -> bool:
        return bool(self.target and self.target.met(self.now) is False)


@dataclass(frozen=True)
class Trend:
    """Twelve months up to the report's last month: per series key (``TREND_KEYS``) a value per month (a rate
    as a fraction, a count), ``None`` where there was nothing to count; and the period's complaints per category
    code, most first."""

    months: tuple[Period, ...]
    series: dict[str, tuple[float | None, ...]]
    by_category: tuple[tuple[str, int], ...] = ()


#: the trend lines of the report: complaints received and resolved (counts), 收缴率 and 满意率 (rates)
TREND_KEYS = ("complaints.received", "complaints.resolved", "fees.collection", "complaints.satisfied")


@dataclass(frozen=True)
class Report:
    period: Period
    figures: tuple[Figure, ...]
    made_by: str = ""
    trend: Trend | None = None

    def sections(self) -> list[tuple[Text, list[Figure]]]:
        out: dict[str, tuple[Text, list[Figure]]] = {}
        for f in self.figures:
            out.setdefault(f.section.source, (f.section, []))[1].append(f)
        return list(out.values())

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)

    @property
    def missed(self) -> list[Figure]:
        return [f for f in self.figures if f.missed]
