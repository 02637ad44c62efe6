"""业主入住登记表, 房屋验收交接单 and 钥匙/资料领取签收单 printed from a move-in in the database and read back
from their PDFs."""
from __future__ import annotations

import pytest

from app.domain import movein as M
from app.domain.errors import NotFound, PermissionDenied
from app.services import printing, records
from tests.printing.print_helpers import page_texts, squash
from tests.unit.services.test_movein import KEYS, act, clock, inspection, register, rooms  # noqa: F401


def text(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


@pytest.fixture
def number(db, actor, rooms):  # noqa: F811
    desk = actor("receptionist")
    mid = register(db, desk)
    act(db, desk, mid, "inspect", inspection(walls="客厅墙面裂缝"))
    act(db, desk, mid, "sign", {"agr_service": True, "agr_rules": True})
    act(db, desk, mid, "pay", {"method": "cash"})
    act(db, desk, mid, "hand_keys", KEYS)
    act(db, desk, mid, "archive", {"family": "李小明 13900002222", "emergency_name": "李大山",
                                   "emergency_phone": "13900004444", "vehicles": "粤B12345"})
    return records.get(db, desk, M.MOVEIN_KIND, mid).number


def test_the_inspection_sheet_has_the_checklist_meters_and_signature_lines(db, actor, number):
    t = text(printing.print_document(db, actor("receptionist"), "movein_inspection", number))
    for expected in ("房屋验收交接单", number, "3-2-1501", "李四", "墙面、天花", "缺陷", "客厅墙面裂缝", "LX", "合格",
                     "水表", "12.50", "电表", "305.00", "燃气表", "0.00", "共 1 项缺陷", "业主签字", "开发商代表",
                     "物业经办人", "工程部"):
        assert squash(expected) in t, expected
    assert "补打" in text(printing.print_document(db, actor("receptionist"), "movein_inspection", number))


def test_the_register_form_has_the_household_masked_for_the_desk(db, actor, number):
    t = text(printing.render_document(db, actor("receptionist"), "movein_register", number))
    for expected in ("业主入住登记表", "李四", "居民身份证", "1101**********0016", "李小明", "家庭成员",
                     "李大山 139****4444", "139****2222",
                     "粤B12345", "2 张", "已核资料", "入住通知书", "自住", "业主签字", "经办人"):
        assert squash(expected) in t, expected
    assert "110105198001010016" not in t
    assert "110105198001010016" in text(printing.render_document(db, actor("supervisor"), "movein_register", number))


def test_the_receipt_lists_keys_cards_papers_agreements_and_fees(db, actor, number):
    t = text(printing.render_document(db, actor("receptionist"), "movein_receipt", number))
    for expected in ("钥匙/资料领取签收单", "2 把", "钥匙柜 D-001", "门禁卡", "A1001", "业主手册", "住宅质量保证书",
                     "■ 前期物业服务协议", "■ 管理规约", "□ 车位协议", "收据号", "SJ", "领取人签字"):
        assert squash(expected) in t, expected


def test_forms_of_an_unknown_number_or_for_another_role(db, actor, number):
    with pytest.raises(NotFound):
        printing.render_document(db, actor("receptionist"), "movein_receipt", "RZ20260608-0099")
    with pytest.raises(PermissionDenied):
        printing.render_document(db, actor("it"), "movein_receipt", number)
