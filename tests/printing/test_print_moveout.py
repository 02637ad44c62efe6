"""退租申请表, 退租验房单, 费用结算单 and the fees' 押金退还审批表 printed from a real move-out and read back from
their PDFs (pypdf)."""
from __future__ import annotations

from decimal import Decimal

from app.services import moveout as svc
from app.services import printing
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.printing.print_helpers import page_texts, squash
from tests.unit.services.test_moveout import (  # noqa: F401  (fixtures)
    act,
    apply,
    case,
    consent,
    desk,
    engineer,
    let,
    pay,
)


def text(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


def finished(db, admin, desk, engineer) -> str:  # noqa: F811
    mid = apply(db, desk)
    consent(db, desk, mid)
    act(db, engineer, mid, "inspect", inspector="工程部刘工", damages="客厅 墙面污损 200")
    act(db, desk, mid, "returns", cards_returned="0", keys_returned="2", missing_charge="20")
    pay(db, desk, mid)
    act(db, desk, mid, "settle")
    act(db, desk, mid, "move_out", actual_date="2026-06-11", release_slip_no="FX20260611-0001")
    svc.refund(db, admin, mid, {"amount": "400", "deduction": "100", "deduction_reason": "墙面修补"})
    return case(db, mid).number


def test_the_application_has_the_signature_lines_of_the_spec(db, admin, desk, engineer, let):  # noqa: F811
    mid = apply(db, desk)
    consent(db, desk, mid)
    number = case(db, mid).number
    t = text(printing.render_document(db, desk, "moveout_application", number))
    for expected in ("退租（撤租）申请表", number, "3-2-1502", "李明", "王建国", "租期届满", "2026-06-11",
                     "电话确认王建国2026-06-0808:30", "139****5678", "租户签字", "业主签字", "经办人", "工程部验房",
                     "财务", "审批人"):
        assert expected in t, expected


def test_the_inspection_lists_damages_and_missing_cards(db, admin, desk, engineer, let):  # noqa: F811
    number = finished(db, admin, desk, engineer)
    t = text(printing.render_document(db, desk, "moveout_inspection", number))
    for expected in ("退租验房单", number, "工程部刘工", "客厅", "墙面污损", "200.00", "20.00", "220.00",
                     "门禁卡0/1，钥匙2，出入证0", "验房人（工程部）", "租户签字"):
        assert expected in t, expected


def test_the_statement_shows_the_bills_their_receipts_and_the_deposit(db, admin, desk, engineer, let):  # noqa: F811
    number = finished(db, admin, desk, engineer)
    t = text(printing.render_document(db, desk, "moveout_settlement", number))
    mo = case_by_number(db, number)
    for expected in ("费用结算单", number, "赔偿费", "200.00", "20.00", "结算后欠费0.00元", "押金余额500.00元",
                     "押金扣除100.00元", "押金退还400.00元", mo.refund_no, "SJ"):
        assert expected in t, expected
    assert mo.refunded == Decimal("400.00")


def test_the_refund_prints_the_fees_approval_form(db, admin, desk, engineer, let):  # noqa: F811
    number = finished(db, admin, desk, engineer)
    refund_no = case_by_number(db, number).refund_no
    t = text(printing.render_document(db, desk, "deposit_refund", refund_no))
    for expected in ("押金退还审批表", refund_no, "3-2-1502", "水电保证金", "400.00", "墙面修补", number):
        assert expected in t, expected


def case_by_number(db, number):
    from sqlalchemy import select

    from db.models.moveout import MoveOut
    with db.read() as s:
        return s.scalar(select(MoveOut).where(MoveOut.number == number))
