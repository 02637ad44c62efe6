"""The refusals and marks of issue 10's desk rules (patrol, notices, relay, vacancy, visits) read in Chinese
once the Chinese translator is installed, as the desk shows them."""
from __future__ import annotations

from datetime import date

from app import i18n_qt
from app.domain import patrol as P
from app.services import patrol, relay, visits


def test_the_new_refusals_and_marks_are_translated(qapp):
    i18n_qt.install("zh_CN")
    try:
        assert str(visits.MSG_NO_SUCH_RECORD.format(number="TS20260610-0003")).startswith(
            "没有编号为 TS20260610-0003 的单据")
        assert "已记为漏检" in str(P.MSG_MISSED.format(day=date(2026, 6, 9).isoformat()))
        assert str(patrol.MSG_MISSED_FLAG.format(day="2026-06-09")).startswith("漏检")
        assert str(relay.MSG_URGENT.format(title="电梯困人")) == "急：电梯困人"
        from app.domain.notices import NOTICE_POST
        from app.domain.permissions import PERMISSIONS
        assert str(PERMISSIONS[NOTICE_POST].label) == "登记通知张贴"
    finally:
        i18n_qt.install("en")
