"""装修申请表 (D01) and 装修施工人员登记表 (D02) of a renovation case (DOMAIN.md §4.14), A4.

The application: the owner and the room, the applicant and their role, type, items and special works, the
period, the contractor, its head and the fire-safety person, the number of workers, the documents received
(and what is missing); then the signature lines of §4.14: 业主签字, 施工单位负责人签字(盖章), 客服初审(经办人),
工程部意见, 管理处经理审批 (the opinions printed when given). The worker register: every worker with the
masked ID, phone, pass number and validity, pass deposit and whether the pass came back. The service gives
every word in Chinese.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.printing.layout import Column, Document, Field, Fields, Heading, ItemTable, Note, Signatures
from app.printing.registry import register_form


@dataclass(frozen=True)
class RenovationApplication:
    number: str
    room: str
    owner: str
    applicant: str
    applicant_role: str             # 业主 / 租户 / 代理人
    phone: str
    reno_type: str
    items: str
    special: str
    planned_start: date
    planned_end: date
    contractor: str
    licence_no: str
    head: str
    head_phone: str
    fire_person: str
    workers: int
    documents: tuple[str, ...]
    missing: tuple[str, ...]
    applied_on: date
    eng_opinion: str = ""
    mgr_opinion: str = ""
    status: str = ""


def sample() -> RenovationApplication:
    return RenovationApplication(
        number="ZX20260608-0001", room="3-2-1502", owner="王建国", applicant="王建国", applicant_role="业主",
        phone="138****6688", reno_type="局部装修", items="墙面、地面、水电改造", special="防水改动",
        planned_start=date(2026, 6, 16), planned_end=date(2026, 8, 31), contractor="杭州美家装饰有限公司",
        licence_no="330100000012345", head="赵工头", head_phone="139****1111", fire_person="李消防", workers=3,
        documents=("申请人身份证", "业主证/房产证/购房合同", "施工图纸（平面、水电走向）", "闭水试验记录"),
        missing=("施工负责人身份证及担保书",), applied_on=date(2026, 6, 8), eng_opinion="同意，注意卫生间防水",
        status="待工程审核")


@register_form(code="renovation_application", title="装修申请表", paper="A4", number_prefix="ZX", sample=sample)
def build(a: RenovationApplication) -> Document:
    return Document(number=a.number, date=a.applied_on, parts=[
        Heading("一、申请人与房屋"),
        Fields([("房号", a.room), ("业主", a.owner), ("申请人", f"{a.applicant}（{a.applicant_role}）"),
                ("联系电话", a.phone)], columns=2),
        Heading("二、装修内容"),
        Fields([("装修类型", a.reno_type), ("特殊项目", a.special or "无"), Field("装修项目", a.items, span=2),
                Field("装修期限", f"{a.planned_start:%Y-%m-%d} 至 {a.planned_end:%Y-%m-%d}", span=2)], columns=2),
        Heading("三、施工单位"),
        Fields([Field("施工单位", a.contractor, span=2), ("营业执照号", a.licence_no), ("施工人数", f"{a.workers} 人"),
                ("施工负责人", a.head), ("负责人电话", a.head_phone), Field("消防责任人", a.fire_person, span=2)],
               columns=2),
        Heading("四、申报资料"),
        Fields([Field("已交资料", "、".join(a.documents) or "—", span=2),
                Field("缺少资料", "、".join(a.missing) or "无", span=2)], columns=2),
        Heading("五、审核审批"),
        Fields([Field("工程部意见", a.eng_opinion, span=2), Field("管理处经理审批", a.mgr_opinion, span=2)],
               columns=2, min_row_height=36),
        Signatures(["业主签字", "施工单位负责人签字(盖章)", "客服初审(经办人)", "工程部意见", "管理处经理审批"],
                   columns=3),
        Note("本人已阅读并承诺遵守《装修须知》及《装修管理服务协议》，如有违反，愿承担相应责任。", size=8.5),
    ])


@dataclass(frozen=True)
class WorkerLine:
    seq: int
    name: str
    id_masked: str
    phone: str
    pass_no: str
    pass_valid_until: date | None
    pass_deposit: Decimal
    returned: bool


@dataclass(frozen=True)
class WorkerRegister:
    number: str
    room: str
    contractor: str
    head: str
    permit_no: str
    printed_on: date
    workers: tuple[WorkerLine, ...]


def worker_sample() -> WorkerRegister:
    return WorkerRegister("ZX20260608-0001", "3-2-1502", "杭州美家装饰有限公司", "赵工头", "XK20260615-0001",
                          date(2026, 6, 15), (
                              WorkerLine(1, "钱师傅", "1101**********002X", "137****1111", "XK20260615-0001-01",
                                         date(2026, 7, 15), Decimal("30.00"), False),
                              WorkerLine(2, "孙师傅", "4403**********0414", "", "XK20260615-0001-02",
                                         date(2026, 7, 15), Decimal("30.00"), True)))


@register_form(code="renovation_workers", title="装修施工人员登记表", paper="A4", number_prefix="ZX",
               sample=worker_sample)
def build_workers(r: WorkerRegister) -> Document:
    rows = [[str(w.seq), w.name, w.id_masked, w.phone, w.pass_no,
             f"{w.pass_valid_until:%Y-%m-%d}" if w.pass_valid_until else "", f"{w.pass_deposit:,.2f}",
             "已交回" if w.returned else ""] for w in r.workers]
    return Document(number=r.number, date=r.printed_on, parts=[
        Fields([("房号", r.room), ("许可证号", r.permit_no or "—"), ("施工单位", r.contractor), ("施工负责人", r.head)],
               columns=2),
        ItemTable([Column("序号", 0.6, "center"), Column("姓名", 1.1), Column("身份证号", 2.9), Column("电话", 1.5),
                   Column("出入证号", 2.6), Column("有效期至", 1.4, "center"), Column("押金", 0.9, "right"),
                   Column("交回", 0.9, "center")], rows, min_rows=8),
        Signatures(["施工负责人签字", "经办人"], columns=2),
    ])
