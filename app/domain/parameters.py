"""The configurable parameters of DOMAIN.md §7 (and the other [R] limits of §4): declarations and parsing.

Every time limit, rate and count that a rule uses is a :class:`Param` here, never a constant in code. The
services layer stores the overrides a supervisor makes as text (:func:`to_text`/:func:`parse_value`) and
hands the rules a mapping of typed values; :func:`effective_value` falls back to the default for a missing
key.

Typed values by kind: ``int``, ``minutes``, ``hours``, ``days``, ``working_days`` → ``int``; ``decimal`` →
``Decimal`` (``places`` decimals); ``bool``; ``text`` and ``choice`` → ``str`` (a choice is one of the codes
in ``choices``); ``time`` → ``datetime.time``. The duration kinds also tell a workflow clock how to count:
minutes, hours and days in calendar time, working days on the working-day calendar; a ``time`` is a closing
time ("due at the end of the working day").
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from decimal import Decimal
from functools import partial
from typing import Any, Literal

from app.domain.errors import ValidationError
from app.domain.validation import MSG_REQUIRED, parse_decimal
from app.i18n import QT_TRANSLATE_NOOP, Text

Kind = Literal["int", "decimal", "bool", "text", "choice", "hours", "days", "working_days", "minutes",
               "office_minutes", "time"]
INT_KINDS = frozenset({"int", "minutes", "office_minutes", "hours", "days", "working_days"})
DURATION_KINDS = frozenset({"minutes", "office_minutes", "hours", "days", "working_days", "time"})

_KIND_UNITS: dict[str, Text] = {
    "minutes": QT_TRANSLATE_NOOP("Unit", "minutes"),
    "office_minutes": QT_TRANSLATE_NOOP("Unit", "minutes of office hours"),
    "hours": QT_TRANSLATE_NOOP("Unit", "hours"),
    "days": QT_TRANSLATE_NOOP("Unit", "days"),
    "working_days": QT_TRANSLATE_NOOP("Unit", "working days"),
}
_TRUE = frozenset({"true", "yes", "y", "on", "1", "是"})
_FALSE = frozenset({"false", "no", "n", "off", "0", "否"})
_TIME_RE = re.compile(r"(\d{1,2})[:：](\d{2})")
_INT_RE = re.compile(r"[+-]?\d+")

_MSG_BELOW = QT_TRANSLATE_NOOP("Validation", "{field} must not be below {min}")
_MSG_ABOVE = QT_TRANSLATE_NOOP("Validation", "{field} must not exceed {max}")


@dataclass(frozen=True)
class Param:
    """A declared parameter; ``minimum``/``maximum`` bound numeric kinds, ``places`` a decimal's precision."""

    key: str
    label: Text
    kind: Kind
    default: Any
    minimum: int | Decimal | None = None
    maximum: int | Decimal | None = None
    unit: Text | None = None
    group: Text = field(kw_only=True)
    places: int = field(default=2, kw_only=True)
    choices: tuple[tuple[str, Text], ...] = field(default=(), kw_only=True)

    def __post_init__(self) -> None:
        if self.unit is None and self.kind in _KIND_UNITS:
            object.__setattr__(self, "unit", _KIND_UNITS[self.kind])
        if (self.kind == "choice") != bool(self.choices):
            raise ValueError(f"{self.key}: choices go with kind 'choice' and only with it")
        try:
            stored = parse_value(self, to_text(self, self.default))
        except ValidationError as err:
            raise ValueError(f"{self.key}: the default {self.default!r} is refused: {err}") from None
        if stored != self.default:
            raise ValueError(f"{self.key}: the default {self.default!r} does not survive to_text/parse_value")


def parse_value(param: Param, text: str) -> Any:
    """The typed value of ``text`` for ``param``, or a :class:`ValidationError` that says what is wrong."""
    text = (text or "").strip()
    if not text and param.kind != "text":
        raise ValidationError(MSG_REQUIRED.format(field=param.label), param.key)
    if param.kind in INT_KINDS:
        if not _INT_RE.fullmatch(text):
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} must be a whole number").format(
                field=param.label), param.key)
        return _in_range(param, int(text))
    if param.kind == "decimal":
        return parse_decimal(text, param.key, str(param.label), places=param.places,
                             minimum=_decimal(param.minimum), maximum=_decimal(param.maximum))
    if param.kind == "bool":
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} must be yes or no").format(
            field=param.label), param.key)
    if param.kind == "time":
        return _parse_time(param, text)
    if param.kind == "choice":
        return _parse_choice(param, text)
    return text


def _decimal(bound: int | Decimal | None) -> Decimal | None:
    return None if bound is None else Decimal(bound)


def to_text(param: Param, value: Any) -> str:
    """The stored form of ``value``; :func:`parse_value` reads it back to the same value."""
    if param.kind == "bool":
        return "true" if value else "false"
    if param.kind == "time":
        return f"{value:%H:%M}"
    if param.kind == "decimal":
        return f"{value:.{param.places}f}"
    return str(value)


def effective_value(key: str, values: Mapping[str, Any]) -> Any:
    """The value of ``key`` in ``values`` or else its default; an undeclared key is a ``KeyError``."""
    param = PARAMS[key]
    return values.get(key, param.default)


def params_by_group() -> list[tuple[Text, list[Param]]]:
    """The parameters in declaration order, grouped for the settings page."""
    groups: dict[Text, list[Param]] = {}
    for param in PARAMS.values():
        groups.setdefault(param.group, []).append(param)
    return list(groups.items())


def _in_range(param: Param, number: int) -> int:
    if param.minimum is not None and number < param.minimum:
        raise ValidationError(_MSG_BELOW.format(field=param.label, min=param.minimum), param.key)
    if param.maximum is not None and number > param.maximum:
        raise ValidationError(_MSG_ABOVE.format(field=param.label, max=param.maximum), param.key)
    return number


def _parse_time(param: Param, text: str) -> time:
    match = _TIME_RE.fullmatch(text)
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return time(int(match[1]), int(match[2]))
    raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} must be a time such as 17:30").format(
        field=param.label), param.key)


def _parse_choice(param: Param, text: str) -> str:
    for code, label in param.choices:
        if text in (code, label.source, str(label)):
            return code
    raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} must be one of: {choices}").format(
        field=param.label, choices=" / ".join(str(label) for _, label in param.choices)), param.key)


# Declarations, in the order of the settings page: sign-in and backup first, then workflow by workflow.
# Keys are ``<workflow>.<name>``; a key, once released, is never renamed (overrides are stored under it).

PARAMS: dict[str, Param] = {}


def _declare(*params: Param) -> None:
    for param in params:
        if param.key in PARAMS:
            raise ValueError(f"parameter {param.key} declared twice")
        PARAMS[param.key] = param


_PERCENT = QT_TRANSLATE_NOOP("Unit", "%")

_security = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Sign-in and security"))
_declare(
    _security("auth.max_failed_logins",
              QT_TRANSLATE_NOOP("Param", "Failed sign-ins before the account locks"),
              "int", 5, 1, 20, QT_TRANSLATE_NOOP("Unit", "attempts")),
    _security("auth.lockout_minutes", QT_TRANSLATE_NOOP("Param", "Account lock after failed sign-ins"),
              "minutes", 15, 1, 1440),
    _security("auth.idle_lock_minutes", QT_TRANSLATE_NOOP("Param", "Lock the window after idle time"),
              "minutes", 10, 1, 240),
)

_backup = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Backup"))
_declare(
    _backup("backup.daily", QT_TRANSLATE_NOOP("Param", "Back up automatically every day"), "bool", True),
    _backup("backup.keep", QT_TRANSLATE_NOOP("Param", "Backups to keep"), "int", 14, 1, 365,
            QT_TRANSLATE_NOOP("Unit", "copies")),
)

_visit = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Visitors"))
_declare(
    _visit("visit.host_reply_minutes", QT_TRANSLATE_NOOP("Param", "Time to reach the host of a visitor"),
           "minutes", 10, 1, 120),
    _visit("visit.day_end",
           QT_TRANSLATE_NOOP("Param", "Visitors still on site at this time are flagged as not signed out"),
           "time", time(22, 0)),
)

_complaint = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Complaints"))
_declare(
    _complaint("complaint.reply_hours_urgent", QT_TRANSLATE_NOOP("Param", "Initial reply, urgent complaint"),
               "hours", 2, 1, 72),
    _complaint("complaint.reply_hours_general",
               QT_TRANSLATE_NOOP("Param", "Initial reply, general complaint"), "hours", 24, 1, 168),
    _complaint("complaint.resolve_hours_urgent", QT_TRANSLATE_NOOP("Param", "Resolution, urgent complaint"),
               "hours", 24, 1, 168),
    _complaint("complaint.resolve_working_days_general",
               QT_TRANSLATE_NOOP("Param", "Resolution, general complaint"), "working_days", 7, 1, 60),
    _complaint("complaint.progress_hours_urgent",
               QT_TRANSLATE_NOOP("Param", "Progress report interval, urgent complaint"), "hours", 24, 1, 168),
    _complaint("complaint.progress_working_days_general",
               QT_TRANSLATE_NOOP("Param", "Progress report interval, general complaint"),
               "working_days", 2, 1, 30),
    _complaint("complaint.manager_escalation_factor",
               QT_TRANSLATE_NOOP("Param", "Escalate to the manager at this multiple of a deadline"),
               "int", 2, 2, 10, QT_TRANSLATE_NOOP("Unit", "× deadline")),
    _complaint("complaint.repeat_reopens",
               QT_TRANSLATE_NOOP("Param", "Reopenings that mark a repeat complaint"), "int", 2, 1, 10,
               QT_TRANSLATE_NOOP("Unit", "times")),
)

_followup = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Follow-ups"))
_declare(
    _followup("followup.complaint_days",
              QT_TRANSLATE_NOOP("Param", "Follow-up deadline after a complaint is resolved"),
              "days", 3, 1, 30),
    _followup("followup.complaint_rate", QT_TRANSLATE_NOOP("Param", "Complaints followed up"),
              "int", 100, 0, 100, _PERCENT),
    _followup("followup.repair_rate", QT_TRANSLATE_NOOP("Param", "Repairs followed up"),
              "int", 30, 0, 100, _PERCENT),
    _followup("followup.repair_batch_day",
              QT_TRANSLATE_NOOP("Param", "Day of the month for the repair follow-up batch"),
              "int", 26, 1, 28),
    _followup("followup.activity_rate",
              QT_TRANSLATE_NOOP("Param", "Community-activity participants followed up"),
              "int", 10, 0, 100, _PERCENT),
    _followup("followup.activity_days", QT_TRANSLATE_NOOP("Param", "Follow-up deadline after an activity"),
              "days", 5, 1, 30),
    _followup("followup.household_visits_per_year",
              QT_TRANSLATE_NOOP("Param", "Routine visits per household per year"), "int", 2, 0, 12),
    _followup("followup.surveys_per_year", QT_TRANSLATE_NOOP("Param", "Satisfaction surveys per year"),
              "int", 1, 0, 12),
    _followup("followup.max_attempts",
              QT_TRANSLATE_NOOP("Param", "Failed contact attempts before a follow-up is given up"),
              "int", 3, 1, 10),
)

_notice = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Notices"))
_declare(
    _notice("notice.lead_hours",
            QT_TRANSLATE_NOOP("Param", "Post a notice at least this long before it applies"),
            "hours", 48, 0, 720),
    _notice("notice.prepare_lead_hours",
            QT_TRANSLATE_NOOP("Param", "Lead time when residents must prepare"), "hours", 72, 0, 720),
    _notice("notice.number_prefix", QT_TRANSLATE_NOOP(
        "Param", "Prefix of official notice numbers (empty: the estate's name + 物业)"), "text", ""),
    _notice("notice.expiring_days", QT_TRANSLATE_NOOP("Param", "Show a notice as expiring this long before "
                                                      "it ends"), "days", 1, 0, 30),
    _notice("notice.card_days", QT_TRANSLATE_NOOP("Param", "The household card shows notices published "
                                                  "within"), "days", 30, 1, 365),
)

_vacant = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Vacant units"))
_declare(
    _vacant("vacant.inspection_days", QT_TRANSLATE_NOOP("Param", "Inspect each vacant unit every"),
            "days", 30, 1, 90),
    _vacant("vacant.airing_days", QT_TRANSLATE_NOOP("Param", "Air each vacant unit every"), "days", 7, 1, 60),
    _vacant("vacant.cleaning_days", QT_TRANSLATE_NOOP("Param", "Clean each unrenovated unit every"),
            "days", 10, 1, 60),
    _vacant("vacant.storm_check_hours",
            QT_TRANSLATE_NOOP("Param", "Inspect vacant units after a storm within"),
            "hours", 24, 1, 72),
)

_keys = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Keys"))
_declare(
    _keys("keys.loan_due_close_time",
          QT_TRANSLATE_NOOP("Param", "Lent keys are due back on the same working day by"),
          "time", time(17, 30)),
    _keys("keys.inventory_days",
          QT_TRANSLATE_NOOP("Param", "Count the key cabinet every"), "days", 30, 1, 90),
    _keys("keys.record_retention_years", QT_TRANSLATE_NOOP("Param", "Keep key records for"), "int", 2, 1, 30,
          QT_TRANSLATE_NOOP("Unit", "years")),
)

_renovation = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Renovation"))
_declare(
    _renovation("renovation.application_lead_days",
                QT_TRANSLATE_NOOP("Param", "Apply at least this long before work starts"), "days", 7, 0, 60),
    _renovation("renovation.review_working_days", QT_TRANSLATE_NOOP("Param", "Review an application within"),
                "working_days", 5, 1, 30),
    _renovation("renovation.max_duration_days", QT_TRANSLATE_NOOP("Param", "Longest renovation period"),
                "days", 90, 1, 365),
    _renovation("renovation.weekday_start", QT_TRANSLATE_NOOP("Param", "Working hours on weekdays start at"),
                "time", time(8, 0)),
    _renovation("renovation.weekday_end", QT_TRANSLATE_NOOP("Param", "Working hours on weekdays end at"),
                "time", time(18, 0)),
    _renovation("renovation.weekend_start",
                QT_TRANSLATE_NOOP("Param", "Working hours on weekends and holidays start at"),
                "time", time(8, 30)),
    _renovation("renovation.weekend_end",
                QT_TRANSLATE_NOOP("Param", "Working hours on weekends and holidays end at"),
                "time", time(18, 0)),
    _renovation("renovation.quiet_start", QT_TRANSLATE_NOOP("Param", "Midday quiet time starts at"),
                "time", time(12, 0)),
    _renovation("renovation.quiet_end", QT_TRANSLATE_NOOP("Param", "Midday quiet time ends at"),
                "time", time(14, 0)),
    _renovation("renovation.weekend_work", QT_TRANSLATE_NOOP("Param", "Allow work on weekends and holidays"),
                "bool", True),
    _renovation("renovation.pass_long_days", QT_TRANSLATE_NOOP("Param", "Long-term worker pass valid for"),
                "days", 30, 1, 365),
    _renovation("renovation.pass_short_days", QT_TRANSLATE_NOOP("Param", "Short-term worker pass valid for"),
                "days", 15, 1, 365),
    _renovation("renovation.pass_deposit_return_days",
                QT_TRANSLATE_NOOP("Param", "Return passes within this time of expiry to keep the deposit"),
                "days", 7, 0, 90),
    _renovation("renovation.patrol_interval_days",
                QT_TRANSLATE_NOOP("Param", "Patrol each active site every"),
                "days", 1, 1, 7),
    _renovation("renovation.rectification_hours",
                QT_TRANSLATE_NOOP("Param", "Default deadline to correct a violation"), "hours", 48, 1, 720),
    _renovation("renovation.reinspection_days",
                QT_TRANSLATE_NOOP("Param", "Re-inspect this long after acceptance"), "days", 30, 1, 180),
    _renovation("renovation.deposit_refund_days",
                QT_TRANSLATE_NOOP("Param", "Refund the deposit within this time of passing re-inspection"),
                "days", 30, 1, 180),
    _renovation("renovation.arrears_block_permit",
                QT_TRANSLATE_NOOP("Param", "Refuse a permit while the room has arrears"), "bool", True),
    _renovation("renovation.followup_days",
                QT_TRANSLATE_NOOP("Param", "Renovation follow-up (装修回访) within this time of the refund"),
                "days", 7, 1, 90),
)

_lease = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Leases"))
_declare(
    _lease("lease.expiry_reminder_days", QT_TRANSLATE_NOOP("Param", "Remind this long before a lease ends"),
           "days", 30, 1, 180),
    _lease("lease.arrears_block",
           QT_TRANSLATE_NOOP("Param", "Refuse a lease while the room has arrears (otherwise warn)"),
           "bool", True),
)

_relay = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Work slips and parcels"))
_declare(
    _relay("relay.sign_minutes_urgent", QT_TRANSLATE_NOOP("Param", "Sign for an urgent work slip within"),
           "office_minutes", 30, 1, 480),
    _relay("relay.sign_minutes_normal", QT_TRANSLATE_NOOP("Param", "Sign for a normal work slip within"),
           "office_minutes", 120, 1, 1440),
    _relay("parcel.reminder_hours", QT_TRANSLATE_NOOP("Param", "Remind about an uncollected parcel after"),
           "hours", 24, 1, 168),
    _relay("parcel.return_days", QT_TRANSLATE_NOOP("Param", "Return an uncollected parcel after"),
           "days", 7, 1, 60),
)

_patrol = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Common-area patrols"))
_declare(
    _patrol("patrol.issue_fix_days",
            QT_TRANSLATE_NOOP("Param", "Fix a patrol finding within"), "days", 7, 1, 90),
    _patrol("patrol.escalate_hours",
            QT_TRANSLATE_NOOP("Param", "Report a major patrol finding to the manager within"), "hours", 2, 1, 72),
    _patrol("patrol.supervisor_per_day", QT_TRANSLATE_NOOP("Param", "Supervisor patrols per day"),
            "int", 2, 0, 10),
)

_moveout = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Move-out"))
_declare(
    _moveout("moveout.notice_days_residential", QT_TRANSLATE_NOOP("Param", "Notice before moving out, homes"),
             "days", 3, 0, 90),
    _moveout("moveout.notice_days_commercial",
             QT_TRANSLATE_NOOP("Param", "Notice before moving out, shops and offices"),
             "days", 30, 0, 180),
    _moveout("moveout.deposit_refund_days", QT_TRANSLATE_NOOP("Param", "Refund a tenant's deposit within"),
             "days", 15, 1, 90),
)

_release = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Release slips"))
_declare(
    _release("release.valid_days",
             QT_TRANSLATE_NOOP("Param", "Extra days a release slip stays valid (0: the day of issue)"),
             "days", 0, 0, 7),
    _release("release.reconcile_weekday", QT_TRANSLATE_NOOP("Param", "Reconcile the week's release slips on"),
             "choice", "mon", choices=(
                 ("mon", QT_TRANSLATE_NOOP("Weekday", "Monday")),
                 ("tue", QT_TRANSLATE_NOOP("Weekday", "Tuesday")),
                 ("wed", QT_TRANSLATE_NOOP("Weekday", "Wednesday")),
                 ("thu", QT_TRANSLATE_NOOP("Weekday", "Thursday")),
                 ("fri", QT_TRANSLATE_NOOP("Weekday", "Friday")),
                 ("sat", QT_TRANSLATE_NOOP("Weekday", "Saturday")),
                 ("sun", QT_TRANSLATE_NOOP("Weekday", "Sunday")))),
    _release("release.retention_years", QT_TRANSLATE_NOOP("Param", "Keep release slips for"), "int", 1, 1, 30,
             QT_TRANSLATE_NOOP("Unit", "years")),
)

_movein = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Move-in"))
_declare(
    _movein("movein.fee_start_rule", QT_TRANSLATE_NOOP("Param", "Fees start"), "choice", "handover", choices=(
        ("handover", QT_TRANSLATE_NOOP("Param", "On the handover date")),
        ("mid_month", QT_TRANSLATE_NOOP("Param", "Handover by the 15th: on the 15th; later: next month")),
        ("next_month", QT_TRANSLATE_NOOP("Param", "On the 1st of the month after handover")))),
    _movein("movein.defect_fix_days",
            QT_TRANSLATE_NOOP("Param", "The developer fixes handover defects within"),
            "days", 15, 1, 180),
    _movein("movein.max_prepay_months", QT_TRANSLATE_NOOP("Param", "Most months of fees payable in advance"),
            "int", 3, 0, 36, QT_TRANSLATE_NOOP("Unit", "months")),
    _movein("movein.keys_after_fees",
            QT_TRANSLATE_NOOP("Param", "Hand over keys only after fees and agreements"),
            "bool", True),
    _movein("movein.followup_days", QT_TRANSLATE_NOOP("Param", "Move-in follow-up (入住回访) within"),
            "days", 7, 1, 90),
)

_fee = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Fees"))
_declare(
    _fee("fee.billing_day", QT_TRANSLATE_NOOP("Param", "Billing day of the month"), "int", 1, 1, 28),
    _fee("fee.due_day", QT_TRANSLATE_NOOP("Param", "Due day of the month"), "int", 15, 1, 28),
    _fee("fee.late_fee_enabled",
         QT_TRANSLATE_NOOP("Param", "Charge late fees (only if the contract provides for them)"),
         "bool", False),
    _fee("fee.late_fee_daily_rate",
         QT_TRANSLATE_NOOP("Param", "Late fee per day, as a fraction of the overdue amount"),
         "decimal", Decimal("0.0003"), Decimal(0), Decimal("0.01"), places=6),
    _fee("fee.late_fee_grace_days", QT_TRANSLATE_NOOP("Param", "Days overdue before late fees start"),
         "days", 0, 0, 365),
    _fee("fee.late_fee_capped", QT_TRANSLATE_NOOP("Param", "Late fees never exceed the overdue amount"),
         "bool", True),
    _fee("fee.vacant_rate",
         QT_TRANSLATE_NOOP("Param", "Fee rate for vacant units"), "int", 70, 0, 100, _PERCENT),
    _fee("fee.vacant_min_months",
         QT_TRANSLATE_NOOP("Param", "Vacant rate applies after the unit is unused for"),
         "int", 6, 0, 36, QT_TRANSLATE_NOOP("Unit", "months")),
    _fee("fee.final_notice_after_days",
         QT_TRANSLATE_NOOP("Param", "Final payment notice this long after the first"),
         "days", 8, 1, 90),
    _fee("fee.final_notice_pay_days", QT_TRANSLATE_NOOP("Param", "Pay within this time of the final notice"),
         "days", 5, 1, 30),
    _fee("fee.cash_handin_days",
         QT_TRANSLATE_NOOP("Param", "Hand cash in to finance within (0: the same day)"),
         "days", 0, 0, 7),
)

_duty = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Duty log and work log"))
_declare(
    _duty("duty.day_shift_start", QT_TRANSLATE_NOOP("Param", "Day shift starts at"), "time", time(8, 30)),
    _duty("duty.night_shift_start", QT_TRANSLATE_NOOP("Param", "Night shift starts at"), "time",
          time(17, 30)),
    _duty("duty.early_takeover_minutes",
          QT_TRANSLATE_NOOP("Param", "Take over the next shift up to this long before it starts"),
          "minutes", 30, 0, 120),
)

_office = partial(Param, group=QT_TRANSLATE_NOOP("ParamGroup", "Office hours and attachments"))
_declare(
    _office("office.opens", QT_TRANSLATE_NOOP("Param", "The office opens at (limits in office hours)"), "time",
            time(8, 30)),
    _office("office.closes", QT_TRANSLATE_NOOP("Param", "The office closes at"), "time", time(17, 30)),
    _office("attach.max_mb", QT_TRANSLATE_NOOP("Param", "Largest file that can be attached"), "int", 20, 1, 200,
            QT_TRANSLATE_NOOP("Unit", "MB")),
    _office("attach.image_max_px",
            QT_TRANSLATE_NOOP("Param", "Photos larger than this are scaled down to it (longest side)"), "int",
            2400, 640, 8000, QT_TRANSLATE_NOOP("Unit", "pixels")),
)
