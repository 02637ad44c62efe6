"""业主托管钥匙委托书 — the owner's key entrustment (DOMAIN.md §4.6 step 1): A5, 一式两联 on one A4 sheet
(第一联 存根联 stays with the key cabinet; 第二联 业主联 goes to the owner).

Date, room, owner, number of keys, reason, pick-up requirements, the disclaimer the desk explains (the
property company is not responsible for the contents of the home), the owner's signature and the handler.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.validation import shown_phone
from app.printing.layout import PAPER_A5X2, Document, Field, Fields, Note, Signatures
from app.printing.registry import register_form

COPIES_ENTRUST = ("第一联 存根联", "第二联 业主联")
DISCLAIMER = ("本人自愿将上述房屋钥匙交由物业服务中心代为保管。物业服务中心仅负责钥匙的保管，不对房屋内财物"
              "承担保管责任。未经本人同意，除火警、漏水等紧急情况外，物业不使用该钥匙进入房屋；紧急入户须两人"
              "以上在场并事后及时告知本人。取回钥匙时须本人持有效证件及本委托书业主联办理。")


@dataclass(frozen=True)
class KeyEntrustment:
    number: str
    entrusted_at: datetime
    room: str
    owner_name: str
    key_no: str
    count: int
    phone: str = ""
    description: str = ""
    reason: str = ""
    pickup_rule: str = ""
    handler: str = ""
    mask_private: bool = True


def sample() -> KeyEntrustment:
    return KeyEntrustment(
        number="WT20250612-0001", entrusted_at=datetime(2025, 6, 12, 10, 20), room="3-2-1502",
        owner_name="王建国", phone="13805716688", key_no="A-015", count=2, description="入户门钥匙",
        reason="长期出差，房屋空置", pickup_rule="业主本人凭身份证领取；他人须持业主书面委托及本人身份证",
        handler="陈晓雪")


@register_form(code="key_entrustment", title="业主托管钥匙委托书", paper=PAPER_A5X2, copies=COPIES_ENTRUST,
               number_prefix="WT", sample=sample)
def build(e: KeyEntrustment) -> Document:
    phone = shown_phone(e.phone, e.mask_private)
    return Document(number=e.number, date=e.entrusted_at, parts=[
        Fields([
            ("房号", e.room), ("委托日期", f"{e.entrusted_at:%Y-%m-%d}"),
            ("业主姓名", e.owner_name), ("联系电话", phone),
            ("钥匙数量", f"{e.count} 把"), ("柜位号", e.key_no),
            Field("钥匙说明", e.description, span=2),
            Field("委托原因", e.reason, span=2),
            Field("领取要求", e.pickup_rule, span=2),
        ], columns=2),
        Note(DISCLAIMER, size=8),
        Signatures(["业主签字", "经办人"], columns=2, date=True),
    ])
