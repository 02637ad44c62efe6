"""房屋档案卡 — the household card of one room (一户一档): the room, its states, the people by role and
the history of the file. A4, one sheet (it stays in the archive), signed by 经办人 and 审核人.

ID numbers and phones print masked (first 4 + last 4; 138****5678) unless the services layer, having
checked the user may see them, sets ``mask_private=False``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app.domain.enums import DeliveryState, OccupancyState, RoomRole, RoomType
from app.domain.validation import format_phone, mask_id, mask_phone
from app.printing.layout import Column, Document, Field, Fields, Heading, ItemTable, Note, Signatures
from app.printing.registry import register_form

#: The people table lists roles in this order (DOMAIN.md §2.2).
ROLE_ORDER = (RoomRole.OWNER, RoomRole.CO_OWNER, RoomRole.FAMILY, RoomRole.TENANT,
              RoomRole.CO_RESIDENT, RoomRole.AGENT, RoomRole.EMERGENCY)
# The paperwork is Chinese whatever the UI language: the forms name the codes in Chinese themselves.
ZH = {
    RoomRole.OWNER: "业主", RoomRole.CO_OWNER: "共有人", RoomRole.FAMILY: "家庭成员",
    RoomRole.TENANT: "租户", RoomRole.CO_RESIDENT: "同住人", RoomRole.AGENT: "代理人",
    RoomRole.EMERGENCY: "紧急联系人",
    RoomType.RESIDENTIAL: "住宅", RoomType.SHOP: "商铺", RoomType.OFFICE: "办公",
    RoomType.GARAGE: "车库", RoomType.STORAGE: "储藏",
    DeliveryState.UNSOLD: "未售", DeliveryState.SOLD: "已售未交付", DeliveryState.DELIVERED: "已交付",
    OccupancyState.VACANT: "空置", OccupancyState.RENOVATING: "装修中",
    OccupancyState.OWNER_OCCUPIED: "自住", OccupancyState.RENTED: "出租",
}


def zh(value: object) -> str:
    """Chinese name of an enum member (or the text itself)."""
    if value is None:
        return ""
    return ZH.get(value, str(value))  # type: ignore[call-overload]


@dataclass(frozen=True)
class Occupant:
    role: RoomRole | str
    name: str
    id_number: str = ""
    phone: str = ""
    moved_in: date | None = None
    note: str = ""


@dataclass(frozen=True)
class HistoryEntry:
    when: date | datetime | str
    event: str
    detail: str = ""
    handler: str = ""


@dataclass(frozen=True)
class HouseholdCard:
    room_code: str                       # display code, e.g. 3-2-1502
    building: str
    unit: str
    floor: int | str
    area: Decimal | None = None          # 建筑面积 m²
    inner_area: Decimal | None = None    # 套内面积 m²
    layout: str = ""                     # 户型
    room_type: RoomType | str = ""
    delivery_state: DeliveryState | str = ""
    occupancy_state: OccupancyState | str = ""
    vacancy: str = ""                    # 空置登记 (workflow 5), empty when not registered
    handover_date: date | None = None
    fee_start_date: date | None = None
    people: Sequence[Occupant] = ()
    history: Sequence[HistoryEntry] = ()
    notes: str = ""
    number: str | None = None            # 档案编号
    printed_at: date | datetime | None = None
    mask_private: bool = True
    signatures: Sequence[str] = ("经办人", "审核人")


def _area(value: Decimal | None) -> str:
    return f"{value:.2f} m²" if value is not None else ""


def _role_key(p: Occupant) -> int:
    role = RoomRole.from_label(str(p.role)) if not isinstance(p.role, RoomRole) else p.role
    if role is None:
        role = next((r for r, t in ZH.items() if t == p.role), None)
    return ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)


def sample() -> HouseholdCard:
    return HouseholdCard(
        room_code="3-2-1502", building="3号楼", unit="2单元", floor=15,
        area=Decimal("128.56"), inner_area=Decimal("106.20"), layout="三室两厅两卫",
        room_type=RoomType.RESIDENTIAL, delivery_state=DeliveryState.DELIVERED,
        occupancy_state=OccupancyState.OWNER_OCCUPIED, handover_date=date(2021, 6, 18),
        fee_start_date=date(2021, 7, 1), number="DA20250612-0001",
        printed_at=datetime(2025, 6, 12, 14, 30),
        people=[
            Occupant(RoomRole.FAMILY, "王梓涵", "330106201305120021", "", date(2021, 9, 1), "业主之女"),
            Occupant(RoomRole.OWNER, "王建国", "330106197803154517", "13805716688", date(2021, 9, 1)),
            Occupant(RoomRole.CO_OWNER, "李秀英", "330106198011204228", "13905712233", date(2021, 9, 1),
                     "业主配偶"),
            Occupant(RoomRole.EMERGENCY, "王建华", "", "13757109876", None, "业主兄弟，住本市西湖区"),
        ],
        history=[
            HistoryEntry(date(2021, 6, 18), "交房",
                         "钥匙3把、门禁卡2张已交接；水表读数0012，电表读数0035。", "陈静"),
            HistoryEntry(date(2021, 7, 5), "装修申报",
                         "装修许可证ZX20210705-0002，装修期2021-07-08至2021-09-30。", "刘洋"),
            HistoryEntry(date(2021, 9, 1), "入住", "业主一家入住，登记家庭成员3人。", "陈静"),
            HistoryEntry(date(2024, 3, 12), "信息变更",
                         "业主联系电话变更，经业主本人持身份证到客服中心办理。", "赵敏"),
        ],
        notes="业主要求快递放置门卫室；每年春节前后出国探亲约一个月，期间请留意水电安全。")


@register_form(code="household_card", title="房屋档案卡", paper="A4", number_prefix="DA",
               sample=sample)
def build(card: HouseholdCard) -> Document:
    mask = card.mask_private
    people = sorted(card.people, key=_role_key)  # stable: keeps the given order within a role
    rows = [(zh(p.role), p.name, mask_id(p.id_number) if mask else p.id_number,
             mask_phone(p.phone) if mask else format_phone(p.phone), p.moved_in, p.note) for p in people]
    history = [(h.when, h.event, h.detail, h.handler) for h in card.history]
    return Document(
        number=card.number,
        date=card.printed_at,
        parts=[
            Heading("一、房屋信息"),
            Fields([
                ("房号", card.room_code), ("楼栋", card.building), ("单元", card.unit),
                ("楼层", f"{card.floor}层" if isinstance(card.floor, int) else card.floor),
                ("建筑面积", _area(card.area)), ("套内面积", _area(card.inner_area)),
                ("户型", card.layout), ("房屋类型", zh(card.room_type)),
                ("交付状态", zh(card.delivery_state)), ("使用状态", zh(card.occupancy_state)),
                ("交房日期", card.handover_date), ("计费起始日", card.fee_start_date),
                Field("空置登记", card.vacancy or "未登记", span=3),
            ], columns=3),
            ItemTable(
                [Column("身份", 1.1, "center"), Column("姓名", 1.2, "center"), Column("证件号码", 2.3),
                 Column("联系电话", 1.6), Column("迁入日期", 1.3, "center"), Column("备注", 2.2)],
                rows, title="二、人员信息", min_rows=6),
            ItemTable(
                [Column("日期", 1.2, "center"), Column("事项", 1.1, "center"), Column("内容", 5.0),
                 Column("经办人", 1.0, "center")],
                history, title="三、档案记录", min_rows=8),
            Note(card.notes or "无", label="备注", boxed=True),
            Signatures(list(card.signatures), columns=2),
        ])
