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


def test_the_key_approval_and_viewing_refusals_are_translated(qapp):
    from app.domain import keys as K
    i18n_qt.install("zh_CN")
    try:
        assert str(K.MSG_APPROVER_ABSENT.format(name="王主管")).startswith("须由王主管本人审批")
        assert str(K.MSG_VIEWING).startswith("看房由工作人员持钥匙开门")
        from app.i18n import QT_TRANSLATE_NOOP as T
        wrong = T("Auth", "Wrong password of {name}. After {n} failed attempts in a row the account is locked "
                          "for {m} minutes.")
        assert str(wrong.format(name="王主管", n=5, m=15)).startswith("王主管的密码错误")
    finally:
        i18n_qt.install("en")
