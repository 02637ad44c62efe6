"""The four forms of a lease (DOMAIN.md §4.8), each of one lease by its number (ZL…), A4, in Chinese:

* 租户入住登记表 — the tenant's registration (住户登记表): room, owner, tenant and document (always masked, 4+4),
  phone, term, rent, who pays the fees, deposits held, access cards, the co-residents, the police-registration
  reminder; signatures of the owner, the tenant and the handler;
* 业主授权委托书 — the owner's authorisation: the owner lets the room to the tenant for the term, authorises the
  registration and the access cards, and stays liable for the fees and disputes;
* 承租须知 — the rules the desk explains to the tenant, acknowledged by the tenant's signature;
* 门禁卡发放登记 — every access card issued for the lease, a line each with the tenant's signature.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.domain.validation import mask_id, shown_phone
from app.printing.layout import Column, Document, Field, Fields, Heading, ItemTable, Meta, Note, Printed, Signatures
from app.printing.registry import register_form


def _day(value: date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def _term(start: date, end: date) -> str:
    return f"{start:%Y年%m月%d日} 至 {end:%Y年%m月%d日}"


@dataclass(frozen=True)
class Resident:
    name: str
    id_number: str = ""
    relation: str = ""


@dataclass(frozen=True, kw_only=True)
class LeaseRegistration(Printed):
    number: str
    room: str
    owner_name: str
    tenant_name: str
    tenant_type: str                # 个人 / 单位
    id_type: str
    id_number: str
    phone: str
    start_date: date
    end_date: date
    fee_payer: str
    rent: Decimal | None = None
    deposits: str = ""
    access_cards: str = ""
    police_reminded_at: datetime | None = None
    residents: list[Resident] = field(default_factory=list)
    status: str = ""
    remarks: str = ""
    mask_private: bool = True


POLICE = ("根据流动人口及出租房屋管理规定，出租人应于租户入住后24小时内登记居住人员信息，并于3个工作日内到"
          "辖区派出所（或社区警务室）申报登记。此项由业主与租户自行办理，物业服务中心已提醒。")


def registration_sample() -> LeaseRegistration:
    return LeaseRegistration(
        number="ZL20250612-0001", room="3-2-1502", owner_name="王建国", tenant_name="李明", tenant_type="个人",
        id_type="居民身份证", id_number="110105199001011234", phone="13912345678", start_date=date(2025, 6, 15),
        end_date=date(2026, 6, 14), rent=Decimal("4500.00"), fee_payer="业主", deposits="水电保证金 500",
        access_cards="MJ-0101, MJ-0102", police_reminded_at=datetime(2025, 6, 12, 10, 30),
        residents=[Resident("张小红", "110105199203041234", "配偶")], status="在租",
        printed_by="陈晓雪", printed_at=datetime(2025, 6, 12, 10, 40))


@register_form(code="lease_registration", title="租户入住登记表", paper="A4", number_prefix="ZL",
               sample=registration_sample)
def build_registration(r: LeaseRegistration) -> Document:
    rows = [(k, x.name, mask_id(x.id_number), x.relation, "") for k, x in enumerate(r.residents, 1)]
    return Document(number=r.number, date=r.printed_at, parts=[
        Heading("一、房屋与租期"),
        Fields([
            ("房号", r.room), ("状态", r.status),
            ("业主（出租人）", r.owner_name), ("费用承担", r.fee_payer),
            Field("租期", _term(r.start_date, r.end_date), span=2),
            ("月租金", f"{r.rent:,.2f} 元" if r.rent is not None else "（未登记）"), ("押金", r.deposits),
            Field("门禁卡", r.access_cards, span=2),
        ]),
        Heading("二、承租人"),
        Fields([
            ("承租人", r.tenant_name), ("类别", r.tenant_type),
            ("证件类型", r.id_type), ("证件号码", mask_id(r.id_number) if r.mask_private else r.id_number),
            ("联系电话", shown_phone(r.phone, r.mask_private)), ("入住日期", _day(r.start_date)),
        ]),
        Heading("三、同住人员"),
        ItemTable([Column("序号", 0.5, "center"), Column("姓名", 1.2), Column("证件号码", 2.0),
                   Column("与承租人关系", 1.2), Column("备注", 1.5)], rows, min_rows=3, empty="（无）"),
        Note(POLICE + (f"（提醒时间：{r.police_reminded_at:%Y-%m-%d %H:%M}）" if r.police_reminded_at else ""),
             label="治安登记提醒", size=8),
        Note(r.remarks, label="备注") if r.remarks else Note("业主对物业费用及纠纷承担连带责任。", size=8),
        Signatures(["业主签字", "承租人签字", "经办人"], columns=2, date=True),
        Meta("", r.printed_line()),
    ])


@dataclass(frozen=True, kw_only=True)
class OwnerAuthorisation:
    number: str
    room: str
    owner_name: str
    tenant_name: str
    start_date: date
    end_date: date
    fee_payer: str
    owner_id_number: str = ""
    owner_phone: str = ""
    tenant_id_number: str = ""
    mask_private: bool = True


def authorisation_sample() -> OwnerAuthorisation:
    return OwnerAuthorisation(number="ZL20250612-0001", room="3-2-1502", owner_name="王建国",
                              owner_id_number="11010519491231002X", owner_phone="13805716688",
                              tenant_name="李明", tenant_id_number="110105199001011234",
                              start_date=date(2025, 6, 15), end_date=date(2026, 6, 14), fee_payer="业主")


@register_form(code="lease_authorisation", title="业主授权委托书", paper="A4", number_prefix="ZL",
               sample=authorisation_sample)
def build_authorisation(a: OwnerAuthorisation) -> Document:
    tenant_id = mask_id(a.tenant_id_number)
    text = (f"本人{a.owner_name}系{a.room}房屋的业主，现将该房屋出租给{a.tenant_name}（证件号码：{tenant_id}）"
            f"使用，租期{_term(a.start_date, a.end_date)}。本人授权承租人在租期内凭本委托书到物业服务中心办理"
            f"租户入住登记、门禁卡领取及日常报修等事务。租期内物业服务费等费用由{a.fee_payer}缴纳；承租人欠缴"
            f"的，由本人承担连带责任。承租人装修房屋须另行取得本人书面同意。")
    return Document(number=a.number, parts=[
        Fields([
            ("委托人（业主）", a.owner_name), ("联系电话", shown_phone(a.owner_phone, a.mask_private)),
            ("证件号码", mask_id(a.owner_id_number)), ("房号", a.room),
            ("受托人（承租人）", a.tenant_name), ("证件号码", tenant_id),
            Field("租期", _term(a.start_date, a.end_date), span=2),
        ]),
        Note(text, boxed=True),
        Note("本委托书一式两份，业主与物业服务中心各执一份；附业主及承租人身份证复印件、租赁合同复印件。", size=8),
        Signatures(["委托人（业主）签字", "受托人（承租人）签字", "物业经办人"], columns=2, date=True),
    ])


NOTICE_RULES = (
    "一、承租人应遵守《管理规约》及小区各项管理制度，爱护公共设施，不得擅自改变房屋结构和用途。",
    "二、入住时须在物业服务中心办理租户入住登记，同住人员变动应及时告知物业服务中心。",
    "三、门禁卡仅限本人及登记的同住人员使用，不得转借；遗失应及时挂失补办。",
    "四、房屋装修须事先取得业主书面同意，并按《装修管理规定》向物业服务中心申报，经批准后方可施工。",
    "五、物业服务费等费用按约定缴纳；由承租人缴纳的，业主仍承担连带责任。",
    "六、不得存放易燃、易爆、有毒等危险物品；不得高空抛物、占用消防通道、私拉电线充电。",
    "七、出租人应于入住后24小时内登记居住人员，3个工作日内向辖区派出所申报（流动人口登记）。",
    "八、租期届满前30日，物业服务中心将提醒续租或办理撤租；退租须按《撤租流程》结清费用后办理物品放行。",
)


@dataclass(frozen=True, kw_only=True)
class TenantNotice:
    number: str
    room: str
    tenant_name: str
    start_date: date
    end_date: date
    fee_payer: str = ""


def notice_sample() -> TenantNotice:
    return TenantNotice(number="ZL20250612-0001", room="3-2-1502", tenant_name="李明",
                        start_date=date(2025, 6, 15), end_date=date(2026, 6, 14), fee_payer="业主")


@register_form(code="lease_notice", title="承租须知", paper="A4", number_prefix="ZL", sample=notice_sample)
def build_notice(n: TenantNotice) -> Document:
    return Document(number=n.number, parts=[
        Fields([("房号", n.room), ("承租人", n.tenant_name), Field("租期", _term(n.start_date, n.end_date), span=2)]),
        *[Note(rule) for rule in NOTICE_RULES],
        Note(f"本人已阅读并知悉以上承租须知，承诺在租期内遵守。承租人：{n.tenant_name}", boxed=True),
        Signatures(["承租人签字", "经办人"], columns=2, date=True),
    ])


@dataclass(frozen=True)
class CardLine:
    card_no: str
    holder: str
    issued_at: datetime
    issued_by: str = ""


@dataclass(frozen=True, kw_only=True)
class AccessCardRegister(Printed):
    number: str
    room: str
    tenant_name: str
    phone: str = ""
    lines: list[CardLine] = field(default_factory=list)
    mask_private: bool = True


def cards_sample() -> AccessCardRegister:
    return AccessCardRegister(number="ZL20250612-0001", room="3-2-1502", tenant_name="李明", phone="13912345678",
                              lines=[CardLine("MJ-0101", "李明", datetime(2025, 6, 12, 10, 35), "陈晓雪"),
                                     CardLine("MJ-0102", "李明", datetime(2025, 6, 12, 10, 35), "陈晓雪")],
                              printed_by="陈晓雪", printed_at=datetime(2025, 6, 12, 10, 40))


@register_form(code="lease_cards", title="门禁卡发放登记", paper="A4", number_prefix="ZL", sample=cards_sample)
def build_cards(c: AccessCardRegister) -> Document:
    rows = [(k, line.card_no, line.holder, f"{line.issued_at:%Y-%m-%d %H:%M}", line.issued_by, "")
            for k, line in enumerate(c.lines, 1)]
    return Document(number=c.number, date=c.printed_at, parts=[
        Fields([("房号", c.room), ("承租人", c.tenant_name), ("联系电话", shown_phone(c.phone, c.mask_private)),
                ("发放张数", f"{len(c.lines)} 张")]),
        ItemTable([Column("序号", 0.5, "center"), Column("卡号", 1.2), Column("领卡人", 1.0),
                   Column("发放时间", 1.4, "center"), Column("经办人", 0.9), Column("领卡人签字", 1.3)],
                  rows, min_rows=4, empty="（无）"),
        Note("门禁卡仅限登记人员使用，不得转借；遗失须及时到物业服务中心挂失补办，退租时须交回。", size=8),
        Meta("", c.printed_line()),
    ])
