"""装修许可证, 施工人员出入证, 装修申请表 and 装修施工人员登记表 printed from a real case and read back from their
PDFs (pypdf); no QR decoder is installed, so the QR payloads are asserted on the data the forms are built
with (each card's QR is its pass number, the permit's its permit number)."""
from __future__ import annotations

import pytest

from app.domain.errors import ConflictError
from app.services import printing, records
from app.services import renovation as svc
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.printing.print_helpers import page_texts, reader, squash
from tests.services.test_renovation import (  # noqa: F401  (fixtures)
    WORKER_ID_2,
    apply,
    approved,
    desk,
    load,
    permitted,
    png,
    with_worker,
)


def text(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


def test_the_permit_reads_back(db, desk):  # noqa: F811
    case_id = permitted(db, desk)
    case = load(db, case_id)
    pdf = printing.render_document(db, desk, "renovation_permit", case.permit_no)
    assert len(reader(pdf).pages) == 1
    t = text(pdf)
    for expected in ("装修许可证", case.permit_no, "3-2-1502", "王建国", "杭州美家装饰有限公司", "赵工头",
                     "13900001111", "2026年06月16日至2026年08月31日", "施工时间（工作日）08:00–12:00、14:00–18:00",
                     "施工时间（周末及节假日）08:30–12:00、14:00–18:00", "禁止噪音施工12:00–14:00及18:00以后",
                     "投诉电话", "发证人", "管理处（盖章）"):
        assert expected in t, expected
    with db.read() as s:
        permit, _void = svc.permit_form(s, desk, case.number)       # by the application's number too
    assert permit.permit_no == case.permit_no


def test_the_permit_is_refused_before_it_is_issued(db, desk):  # noqa: F811
    case_id = approved(db, desk)
    with pytest.raises(ConflictError, match="has no permit yet"):
        printing.render_document(db, desk, "renovation_permit", load(db, case_id).number)


def test_the_passes_sheet_has_a_card_per_worker_with_masked_ids(db, desk):  # noqa: F811
    case_id = permitted(db, desk)
    svc.add_worker(db, desk, case_id, "孙师傅", WORKER_ID_2)       # no photo: an empty frame
    case = load(db, case_id)
    pdf = printing.render_document(db, desk, "renovation_passes", case.permit_no)
    t = text(pdf)
    for expected in ("施工人员出入证", "钱师傅", "孙师傅", "1101**********002X", "4403**********0414",
                     f"{case.permit_no}-01", f"{case.permit_no}-02", "有效期至：2026-07-08", "房号：3-2-1502",
                     "照片", "沿虚线裁开"):
        assert expected in t, expected
    assert "11010519491231002X" not in t
    with db.read() as s:
        sheet, _void = svc.passes_form(s, desk, case.permit_no)
    # the QR of each card is built from its pass number; the first card carries the worker's photo
    assert [c.pass_no for c in sheet.cards] == [f"{case.permit_no}-01", f"{case.permit_no}-02"]
    assert sheet.cards[0].photo is not None and sheet.cards[1].photo is None
    images = [name for page in reader(pdf).pages for name in page.images]
    assert len(images) >= 1


def test_the_application_form_has_the_signature_lines_and_the_checklist(db, desk):  # noqa: F811
    case_id = apply(db, desk, doc_drawings=[], special_waterproof=True)
    with_worker(db, desk, case_id)
    number = load(db, case_id).number
    t = text(printing.render_document(db, desk, "renovation_application", number))
    for expected in ("装修申请表", number, "3-2-1502", "王建国（业主）", "局部装修", "墙面、地面、水电改造", "防水改动",
                     "2026-06-16至2026-08-31", "杭州美家装饰有限公司", "1人", "李消防", "缺少资料",
                     "施工图纸（平面、水电走向）", "闭水试验记录", "业主签字", "施工单位负责人签字(盖章)",
                     "客服初审(经办人)", "工程部意见", "管理处经理审批"):
        assert expected in t, expected


def test_the_worker_register_reads_back(db, desk):  # noqa: F811
    case_id = permitted(db, desk)
    svc.add_worker(db, desk, case_id, "孙师傅", WORKER_ID_2, photo=png())
    case = load(db, case_id)
    t = text(printing.render_document(db, desk, "renovation_workers", case.number))
    for expected in ("装修施工人员登记表", case.number, case.permit_no, "钱师傅", "孙师傅", "1101**********002X",
                     f"{case.permit_no}-02", "30.00", "施工负责人签字"):
        assert expected in t, expected
    assert records.get(db, desk, svc.KIND, case_id).detail.workers[1].pass_no == f"{case.permit_no}-02"
