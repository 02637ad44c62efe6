"""物品放行条 一式三联 printed from a real slip and read back from its PDF (pypdf): the three parts on one A4
sheet (存根 / 保安联 / 申请人联), the number, room, applicant (ID masked), authorisation, items, vehicle,
validity and signature lines. No QR decoder is installed: the QR codes are read back from the PDF's drawing (the
dark modules of each part's code, as rectangles) and must be, module for module, the QR code of the slip's
number (level M, what any scanner at the gate reads as the number)."""
from __future__ import annotations

from pypdf.generic import ContentStream

from app.printing.layout import qr_runs
from app.services import printing, records
from app.services import release as svc
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.printing.print_helpers import page_texts, reader, squash
from tests.services.test_renovation import desk  # noqa: F401  (fixtures)
from tests.unit.services.test_release import CARRIER_ID, approved, load, permit  # noqa: F401  (fixtures)


def test_the_three_part_slip_reads_back(db, desk, permit):  # noqa: F811
    row = approved(db, desk, applicant="赵工头", applicant_type="contractor", authorisation="phone",
                   confirm_owner="王建国", confirm_at="2026-06-08 08:50")
    pdf = printing.render_document(db, desk, "release_slip", row.number)
    assert len(reader(pdf).pages) == 1                       # three slips of 210 × 99 mm on one A4 sheet
    t = squash("".join(page_texts(pdf)))
    for expected in ("物品放行条", row.number, "3-2-1502", "装修物品", row.permit_no, "赵工头（施工单位）",
                     "1101**********002X", "138****6688", "业主电话确认（王建国06-0808:50）", "浙A12345",
                     "2026-06-08（当天有效）", "旧木地板", "12", "捆", "拆除", "废弃瓷砖", "电锤",
                     "申请人签字", "经办人：王主管", "审核人：王主管", "保安核验",
                     "第一联存根联", "第二联保安联", "第三联申请人联"):
        assert expected in t, expected
    assert t.count("物品放行条") >= 3 and "11010519491231002X" not in t
    # the QR of every part is the slip's number (what the gate scans)
    assert qr_codes(pdf) == [set(qr_runs(row.number)[1])] * 3
    assert qr_codes(pdf)[0] != set(qr_runs(row.number[:-1] + "9")[1])      # another number's code differs


def qr_codes(pdf: bytes) -> list[set[tuple[int, int, int]]]:
    """The QR codes drawn on the first page: each a filled path of many rectangles (runs of dark modules),
    turned back into (row, first column, length) in modules."""
    r = reader(pdf)
    codes, rects = [], []
    for operands, op in ContentStream(r.pages[0].get_contents(), r).operations:
        if op == b"re":
            rects.append([float(v) for v in operands])
            continue
        if op in (b"f", b"f*") and len(rects) > 40:
            box = min(h for _x, _y, _w, h in rects)
            left, top = min(x for x, *_ in rects), max(y + h for _x, y, _w, h in rects)
            codes.append({(round((top - y - h) / box), round((x - left) / box), round(w / box))
                          for x, y, w, h in rects})
        if op not in (b"re", b"m", b"l"):
            rects = []
    return codes


def test_a_released_slip_prints_the_guard_and_the_time(db, desk, permit, actor):  # noqa: F811
    row = approved(db, desk)
    svc.gate_release(db, actor("receptionist"), row.number, CARRIER_ID)
    t = squash("".join(page_texts(printing.render_document(db, desk, "release_slip", row.number, copy=2))))
    assert "保安核验（放行时间2026-06-0809:00）" in t and "第二联保安联" in t and "第一联" not in t


def test_a_void_slip_prints_void(db, desk, permit):  # noqa: F811
    row = approved(db, desk)
    records.act(db, desk, svc.KIND, row.id, "void", {"reason": "业主取消"})
    with db.read() as s:
        _data, voided = svc.slip_form(s, desk, load(db, row.id).number)
    assert voided
