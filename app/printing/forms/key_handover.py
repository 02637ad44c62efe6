"""钥匙交接单 — the key handover (loan) form of one loan (DOMAIN.md §4.6): A4, one sheet per loan, printed when
the key is lent (the return section left blank to fill in by hand) or after the return (filled in).

Number (YS…) red top right with its QR code; the room and key, the number of keys, the borrower and their
document (always masked, 4+4: the form leaves the cabinet with the borrower's signature), purpose, the
owner's authorisation and the supervisor's approval, lent and due times; signature lines for the borrower,
the keeper (钥匙管理员) and the approver; then the return section: time, keys returned, who returned them,
both signatures. Two copies, a page each: 第一联 存根联 kept at the desk, 第二联 借用人联 for the borrower.
The service gives every word in Chinese (category, borrower, purpose, document type,
authorisation: their enums' print labels).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.validation import mask_id, shown_phone
from app.printing.layout import Document, Field, Fields, Heading, Note, Signatures, format_value
from app.printing.registry import register_form

NOTICE = ("借用人须妥善保管钥匙，不得转借、复制；须于应还时间前归还前台。逾期未还，前台将电话联系借用人并记入"
          "钥匙管理备忘录。看房时由工作人员开门，钥匙不交予看房人。")
BLANK_TIME = "____年__月__日 __时__分"


@dataclass(frozen=True)
class KeyHandover:
    number: str
    key_no: str
    room: str
    count_out: int
    borrower_name: str
    borrower_type: str              # 业主, 代理人/家属 …
    purpose: str                    # 维修, 看房 …
    lent_at: datetime
    due_at: datetime | None
    category: str = ""              # 业主托管钥匙 …
    by_owner: bool = False          # the borrower is the owner (authorised by being it)
    description: str = ""
    id_type: str = ""
    id_number: str = ""
    phone: str = ""
    purpose_text: str = ""
    authorisation: str = ""
    authoriser: str = ""
    emergency: bool = False
    approver: str = ""
    approved_at: datetime | None = None
    owner_notified: str = ""
    keeper: str = ""
    returned_at: datetime | None = None
    count_in: int | None = None
    returned_by: str = ""
    received_by: str = ""
    remarks: str = ""
    mask_private: bool = True


def sample() -> KeyHandover:
    return KeyHandover(
        number="YS20250612-0003", key_no="A-015", category="业主托管钥匙", room="3-2-1502",
        description="入户门钥匙", count_out=2, borrower_name="李建华", borrower_type="员工", id_type="居民身份证",
        id_number="330106198507134512", phone="13957112345", purpose="维修", purpose_text="卫生间漏水检修",
        approver="王丽华", approved_at=datetime(2025, 6, 12, 9, 40), owner_notified="电话告知业主王建国 09:38",
        lent_at=datetime(2025, 6, 12, 9, 45), due_at=datetime(2025, 6, 12, 17, 30), keeper="陈晓雪",
        remarks="工程部维修，客服陪同入户。")


def _approval(h: KeyHandover) -> str:
    parts = []
    if h.approver:
        parts.append(f"{h.approver} {h.approved_at:%H:%M}" if h.approved_at else h.approver)
    if h.emergency:
        parts.append("紧急入户，事后告知业主")
    return "；".join(parts) or "无需审批"


def _authorisation(h: KeyHandover) -> str:
    text = h.authorisation
    if h.authoriser:
        text = f"{text}（业主 {h.authoriser}）"
    return text or ("本人" if h.by_owner else "—")


#: the keeper's copy stays at the desk, the borrower takes the second (a page each, marked in its corner)
COPIES_HANDOVER = ("第一联 存根联（前台留存）", "第二联 借用人联")


@register_form(code="key_handover", title="钥匙交接单", paper="A4", number_prefix="YS", sample=sample,
               copies=COPIES_HANDOVER)
def build(h: KeyHandover) -> Document:
    phone = shown_phone(h.phone, h.mask_private)
    document = f"{h.id_type} {mask_id(h.id_number)}".strip() if h.id_number else "—"
    purpose = h.purpose + (f"：{h.purpose_text}" if h.purpose_text else "")
    key = " ".join(p for p in (h.key_no, h.category, h.description) if p)
    returned = h.returned_at is not None
    count_in = f"{h.count_in} 把" if h.count_in is not None else "____ 把"
    missing = ""
    if h.count_in is not None and h.count_in < h.count_out:
        missing = f"（短少 {h.count_out - h.count_in} 把，已登记遗失）"
    parts = [
        Heading("一、借出"),
        Fields([
            ("房号/位置", h.room), ("钥匙数量", f"{h.count_out} 把"),
            Field("钥匙", key, span=2),
            ("借用人", f"{h.borrower_name}（{h.borrower_type}）"), ("联系电话", phone),
            Field("证件", document, span=2),
            Field("借用事由", purpose, span=2),
            ("业主授权", _authorisation(h)), ("业主告知", h.owner_notified or "—"),
            ("审批", _approval(h)), ("经办人", h.keeper),
            ("借出时间", format_value(h.lent_at)), ("应还时间", format_value(h.due_at)),
            Field("备注", h.remarks, span=2),
        ], columns=2),
        Signatures(["借用人签字", "钥匙管理员", "审批人"], columns=3, date=False),
        Heading("二、归还"),
        Fields([
            ("归还时间", format_value(h.returned_at) if returned else BLANK_TIME),
            ("归还数量", count_in + missing),
            ("归还人", h.returned_by), ("接收人", h.received_by),
        ], columns=2),
        Signatures(["归还人签字", "钥匙管理员签收"], columns=2, date=False),
        Note(NOTICE, size=8),
    ]
    return Document(number=h.number, date=h.lent_at, parts=parts)
