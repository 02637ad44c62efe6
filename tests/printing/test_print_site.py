"""违章整改通知书, 装修巡查记录表, 装修验收单 and 装修验收退款审批表 printed from real records and read back from
their PDFs (pypdf)."""
from __future__ import annotations

import pytest

from app.domain.errors import ConflictError
from app.services import printing, records
from app.services import site as svc
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.printing.print_helpers import page_texts, reader, squash
from tests.services.test_renovation import act, desk, load, permitted  # noqa: F401  (fixtures)
from tests.unit.services.test_site import NOTICE, notice, notice_act, patrol, violation


def text(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


def test_the_notice_prints_two_parts_on_one_sheet_with_the_refusal(db, desk):  # noqa: F811
    case_id = permitted(db, desk)
    nid = notice(db, desk, case_id, receiver="", refused=True, stop_work=True)
    number = records.get(db, desk, svc.NOTICES.kind, nid).number
    pdf = printing.render_document(db, desk, "site_notice", number)
    assert len(reader(pdf).pages) == 1                     # 一式两联 on one A4
    t = text(pdf)
    for expected in ("违章整改通知书", number, "第一联存根联（存档）", "第二联业主/施工单位联", "3-2-1502", "王建国",
                     "杭州美家装饰有限公司", "赵工头", "拆改承重墙", "装修管理服务协议第五条", "立即停止拆改并恢复原状",
                     "2026-06-1009:00", "是（责令停工）", "500.00", "拒签", "巡查人", "审批人", "业主/施工负责人签收",
                     "停工"):
        assert expected in t, expected
    assert t.count("拆改承重墙") >= 2                       # both parts carry the items


def test_the_notice_names_who_signed(db, desk):  # noqa: F811
    nid = notice(db, desk, permitted(db, desk))
    number = records.get(db, desk, svc.NOTICES.kind, nid).number
    notice_act(db, desk, nid, "recheck_pass", note="已恢复原状，复查合格")
    t = text(printing.render_document(db, desk, "site_notice", number))
    assert "赵工头" in t and "拒签" not in t and "已恢复原状，复查合格" in t and "否" in t


def test_the_days_patrol_register_has_a_line_per_visit(db, desk, clock):  # noqa: F811
    case_id = permitted(db, desk)
    patrol(db, desk, case_id, presence="absent")
    found = violation(db, desk, case_id)
    issued = svc.issue_notice(db, desk, found, NOTICE)
    wg = records.get(db, desk, svc.NOTICES.kind, issued).number
    t = text(printing.render_document(db, desk, "site_patrol_day", "2026-06-08"))
    for expected in ("装修巡查记录表", "2026年06月08日", "无人", "有人", "剔凿", "违禁作业：拆除卫生间承重墙", wg, "×",
                     "应巡查1户，已巡查1户，发现违章1户次", "客服主管"):
        assert expected in t, expected
    # the next day: nobody patrolled yet, the case is named as not patrolled
    t = text(printing.render_document(db, desk, "site_patrol_day", "20260609"))
    assert "已巡查0户" in t and "未巡查：3-2-1502" in t


def test_the_acceptance_form_has_both_inspections_notices_and_deductions(db, desk, clock):  # noqa: F811
    case_id = permitted(db, desk)
    nid = notice(db, desk, case_id)
    notice_act(db, desk, nid, "recheck_pass", note="已整改")
    act(db, desk, case_id, "apply_completion")
    act(db, desk, case_id, "inspect_fail", inspectors="工程部刘建平", note="卫生间闭水不合格")
    act(db, desk, case_id, "rectified")
    act(db, desk, case_id, "inspect_pass", inspectors="工程部刘建平", passes_collected=True)
    clock.advance(days=30)
    act(db, desk, case_id, "recheck_pass", inspectors="工程部张工")
    svc.list_deduction(db, desk, nid)
    case = load(db, case_id)
    t = text(printing.render_document(db, desk, "renovation_acceptance", case.permit_no))
    for expected in ("装修验收单", case.number, case.permit_no, "初验不合格", "卫生间闭水不合格", "初验合格",
                     "复验合格", "工程部张工", "已收回1张", "拆改承重墙", "扣款合计", "500.00", "业主签字",
                     "施工负责人", "验收人", "审批人"):
        assert expected in t, expected
    with pytest.raises(ConflictError, match="has been refunded yet"):
        printing.render_document(db, desk, "renovation_refund", case.number)
    act(db, desk, case_id, "refund")
    pdf = printing.render_document(db, desk, "renovation_refund", case.number)
    t = text(pdf)
    assert "装修验收退款审批表" in t and f"装修申报{case.number}" in t
    # one 押金退还审批表 per deposit (owner's, contractor's, passes'): the notice's 500 taken from the contractor's
    assert len(reader(pdf).pages) == 3
    assert t.count("一、押金信息") == 3 and "装修违规扣款" in t and "2,500.00" in t
