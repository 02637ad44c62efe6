"""Parameter declarations (DOMAIN.md §7) and the parsing of stored and typed values."""
from __future__ import annotations

import re
from datetime import time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.parameters import (
    DURATION_KINDS,
    INT_KINDS,
    PARAMS,
    Param,
    effective_value,
    params_by_group,
    parse_value,
    to_text,
)
from app.i18n import QT_TRANSLATE_NOOP, Text

GROUP = QT_TRANSLATE_NOOP("ParamGroup", "Test")


def test_security_and_backup_come_first():
    assert list(PARAMS)[:5] == ["auth.max_failed_logins", "auth.lockout_minutes", "auth.idle_lock_minutes",
                                "backup.daily", "backup.keep"]


@pytest.mark.parametrize(("key", "default"), [
    ("auth.max_failed_logins", 5), ("auth.lockout_minutes", 15), ("auth.idle_lock_minutes", 10),
    ("backup.keep", 14), ("backup.daily", True),
    ("complaint.reply_hours_urgent", 2), ("complaint.reply_hours_general", 24),
    ("complaint.resolve_hours_urgent", 24), ("complaint.resolve_working_days_general", 7),
    ("complaint.progress_hours_urgent", 24), ("complaint.progress_working_days_general", 2),
    ("complaint.manager_escalation_factor", 2), ("followup.complaint_days", 3),
    ("notice.lead_hours", 48), ("notice.prepare_lead_hours", 72), ("vacant.inspection_days", 30),
    ("vacant.storm_check_hours", 24), ("keys.loan_due_close_time", time(17, 30)),
    ("keys.record_retention_years", 2), ("renovation.application_lead_days", 7),
    ("renovation.review_working_days", 5), ("renovation.max_duration_days", 90),
    ("renovation.weekday_start", time(8, 0)), ("renovation.weekend_start", time(8, 30)),
    ("renovation.deposit_refund_days", 30), ("patrol.issue_fix_days", 7),
    ("release.reconcile_weekday", "mon"),
    ("moveout.notice_days_residential", 3), ("moveout.notice_days_commercial", 30),
    ("moveout.deposit_refund_days", 15), ("lease.expiry_reminder_days", 30), ("parcel.reminder_hours", 24),
    ("parcel.return_days", 7), ("fee.billing_day", 1), ("fee.due_day", 15), ("fee.late_fee_enabled", False),
    ("fee.late_fee_daily_rate", Decimal("0.0003")), ("fee.late_fee_grace_days", 0), ("fee.vacant_rate", 70),
])
def test_defaults_of_domain_7(key, default):
    assert PARAMS[key].default == default
    assert type(PARAMS[key].default) is type(default)


def test_every_declaration_is_complete():
    for key, param in PARAMS.items():
        assert re.fullmatch(r"[a-z]+\.[a-z_]+", key), key
        assert param.key == key
        assert isinstance(param.label, Text) and isinstance(param.group, Text)
        if param.kind in INT_KINDS:
            assert param.minimum is not None and param.maximum is not None, key
        if param.kind in DURATION_KINDS - {"time"}:
            assert isinstance(param.unit, Text), key


@pytest.mark.parametrize("key", sorted(PARAMS))
def test_every_default_survives_storage(key):
    param = PARAMS[key]
    assert parse_value(param, to_text(param, param.default)) == param.default


def test_groups_are_contiguous_in_declaration_order():
    groups = params_by_group()
    assert str(groups[0][0]) == "Sign-in and security"
    assert [p.key for _, params in groups for p in params] == list(PARAMS)
    assert len({g for g, _ in groups}) == len(groups)


@pytest.mark.parametrize(("key", "text", "value"), [
    ("auth.max_failed_logins", " 7 ", 7),
    ("auth.max_failed_logins", "+3", 3),
    ("backup.daily", "TRUE", True), ("backup.daily", "no", False), ("backup.daily", "是", True),
    ("backup.daily", "0", False),
    ("keys.loan_due_close_time", "8:05", time(8, 5)),
    ("keys.loan_due_close_time", "17：30", time(17, 30)),
    ("fee.late_fee_daily_rate", "0.0005", Decimal("0.0005")),
    ("fee.late_fee_daily_rate", "0", Decimal(0)),
    ("release.reconcile_weekday", "fri", "fri"),
    ("release.reconcile_weekday", "Friday", "fri"),
    ("movein.fee_start_rule", "next_month", "next_month"),
])
def test_parse_value(key, text, value):
    assert parse_value(PARAMS[key], text) == value


@pytest.mark.parametrize(("key", "text", "message"), [
    ("auth.max_failed_logins", "", "Failed sign-ins before the account locks is required"),
    ("auth.max_failed_logins", "five", "Failed sign-ins before the account locks must be a whole number"),
    ("auth.max_failed_logins", "2.5", "must be a whole number"),
    ("auth.max_failed_logins", "0", "Failed sign-ins before the account locks must not be below 1"),
    ("auth.max_failed_logins", "21", "Failed sign-ins before the account locks must not exceed 20"),
    ("backup.daily", "maybe", "must be yes or no"),
    ("keys.loan_due_close_time", "24:00", "must be a time such as 17:30"),
    ("keys.loan_due_close_time", "17.30", "must be a time such as 17:30"),
    ("keys.loan_due_close_time", "17:60", "must be a time such as 17:30"),
    ("fee.late_fee_daily_rate", "abc", "must be a number"),
    ("fee.late_fee_daily_rate", "0.0000001", "at most 6 decimal places"),
    ("fee.late_fee_daily_rate", "0.02", "must not exceed 0.01"),
    ("fee.late_fee_daily_rate", "-0.01", "must not be below 0"),
    ("release.reconcile_weekday", "someday", "must be one of: Monday / Tuesday"),
])
def test_parse_value_says_what_is_wrong(key, text, message):
    with pytest.raises(ValidationError) as err:
        parse_value(PARAMS[key], text)
    assert message in str(err.value)
    assert err.value.field == key


@pytest.mark.parametrize(("key", "value", "text"), [
    ("backup.daily", True, "true"), ("fee.late_fee_enabled", False, "false"),
    ("keys.loan_due_close_time", time(8, 5), "08:05"),
    ("fee.late_fee_daily_rate", Decimal("0.0003"), "0.000300"),
    ("auth.lockout_minutes", 15, "15"), ("movein.fee_start_rule", "mid_month", "mid_month"),
])
def test_to_text(key, value, text):
    assert to_text(PARAMS[key], value) == text


@given(st.sampled_from([p for p in PARAMS.values() if p.kind in INT_KINDS]), st.integers(-10**6, 10**6))
def test_whole_numbers_are_accepted_exactly_within_range(param, number):
    if param.minimum <= number <= param.maximum:
        assert parse_value(param, to_text(param, number)) == number
    else:
        with pytest.raises(ValidationError):
            parse_value(param, str(number))


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_times_round_trip(value):
    param = PARAMS["keys.loan_due_close_time"]
    assert parse_value(param, to_text(param, value)) == value


def test_text_parameters_are_stripped_and_may_be_empty():
    param = Param("test.text", QT_TRANSLATE_NOOP("Param", "Text"), "text", "", group=GROUP)
    assert parse_value(param, "  物业中心 ") == "物业中心"
    assert parse_value(param, "") == ""


def test_duration_kinds_get_their_unit():
    assert PARAMS["auth.lockout_minutes"].unit.source == "minutes"
    assert PARAMS["renovation.review_working_days"].unit.source == "working days"
    assert PARAMS["fee.vacant_rate"].unit.source == "%"


def test_a_default_outside_its_own_range_is_a_declaration_bug():
    with pytest.raises(ValueError, match="test.bad"):
        Param("test.bad", QT_TRANSLATE_NOOP("Param", "Bad"), "int", 50, 1, 10, group=GROUP)


def test_choices_go_with_the_choice_kind_only():
    with pytest.raises(ValueError):
        Param("test.a", QT_TRANSLATE_NOOP("Param", "A"), "choice", "x", group=GROUP)
    with pytest.raises(ValueError):
        Param("test.b", QT_TRANSLATE_NOOP("Param", "B"), "text", "x", group=GROUP,
              choices=(("x", QT_TRANSLATE_NOOP("Param", "X")),))


def test_effective_value_falls_back_to_the_default():
    assert effective_value("auth.lockout_minutes", {}) == 15
    assert effective_value("auth.lockout_minutes", {"auth.lockout_minutes": 30}) == 30
    with pytest.raises(KeyError):
        effective_value("no.such_key", {"no.such_key": 1})
