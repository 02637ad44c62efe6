"""The three front-desk forms of a move-in (零星入住, DOMAIN.md §4.13 Forms), from one record:

* 业主入住登记表 — the household's data for the file (一户一档): the room, the owner and their document (masked),
  the agent, the family members, the emergency contact, vehicles, access cards; the owner and the clerk sign;
* 房屋验收交接单 — the joint inspection: the room, the date, who inspected, the item checklist (合格/缺陷, what
  was found, the defect's work slip), the water, electricity and gas readings, the owner's opinion; signature
  lines for the owner, the developer, the property's clerk and engineering;
* 钥匙/资料领取签收单 — what the owner took: the keys (count and cabinet slots), access cards, the papers
  (业主手册, 住宅质量保证书, 住宅使用说明书), the agreements signed, the fees' receipt; the owner signs for them.

The service gives every word in Chinese (states, items, document types: their print labels) and masks the
document number unless the desk may see it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from app.domain.validation import mask_id, shown_phone
from app.printing.layout import Column, Document, Field, Fields, Heading, ItemTable, Note, Signatures, format_value
from app.printing.registry import register_form

RECEIPT_NOTICE = ("业主已当面清点以上钥匙、门禁卡及资料，确认无误。钥匙交付后，房屋内财物由业主自行保管；"
                  "如需委托物业保管钥匙，请另行办理《业主托管钥匙委托书》。")
INSPECTION_NOTICE = ("验收中发现的缺陷已登记并由工程部以工作联系单转开发商整改，整改完成后通知业主复验。"
                     "水、电、燃气表读数自交房之日起由业主承担。")


@dataclass(frozen=True)
class MoveInSheet:
    """One move-in in the words of paper (Chinese, as the services layer writes them)."""

    number: str
    room_code: str
    owner_name: str
    status: str = ""
    area: str = ""
    layout: str = ""
    id_type: str = ""
    id_number: str = ""
    phone: str = ""
    agent_name: str = ""
    notice_no: str = ""
    documents: str = ""                                 # 入住通知书、身份证件 …
    developer_match: bool = False
    inspected_on: date | None = None
    inspectors: str = ""
    checks: Sequence[tuple[str, str, str, str]] = ()    # (item, 合格/缺陷, what was found, work slip)
    meter_water: str = ""
    meter_power: str = ""
    meter_gas: str = ""
    agreements: Sequence[tuple[str, bool]] = ()         # (agreement, signed)
    signed_on: date | None = None
    handover_date: date | None = None
    fee_start_date: date | None = None
    fees_total: str = ""
    receipt_no: str = ""
    keys_count: int = 0
    key_slots: str = ""
    cards_count: int = 0
    card_nos: str = ""
    papers: Sequence[tuple[str, bool]] = ()             # (paper, handed)
    received_by: str = ""
    occupancy: str = ""
    family: Sequence[tuple[str, str, str]] = field(default_factory=tuple)    # (name, relation, phone)
    emergency: tuple[str, str] = ("", "")                # (name, phone)
    vehicles: str = ""
    staff: str = ""
    remarks: str = ""
    mask_private: bool = True


def sample() -> MoveInSheet:
    items = ("入户门、窗及门锁", "墙面、天花", "地面", "给排水", "电气（插座、开关、配电箱）", "燃气管道及阀门",
             "厨卫设施", "无渗漏", "对讲及门铃")
    checks = [(text, "合格", "", "") for text in items]
    checks[1] = (checks[1][0], "缺陷", "客厅东墙发丝裂缝约40cm", "LX20250612-0008")
    return MoveInSheet(
        number="RZ20250612-0002", room_code="3-2-1502", owner_name="王建国", status="已交钥匙", area="128.56",
        layout="三室两厅", id_type="居民身份证", id_number="330106197512034512", phone="13957112345",
        notice_no="RH-2025-0318", documents="入住通知书、身份证件、购房合同或发票", developer_match=True,
        inspected_on=date(2025, 6, 12), inspectors="工程部李工、开发商刘经理", checks=checks,
        meter_water="12.50", meter_power="305.00", meter_gas="0.00",
        agreements=[("前期物业服务协议", True), ("管理规约", True), ("装修管理协议", True), ("车位协议", False)],
        signed_on=date(2025, 6, 12), handover_date=date(2025, 6, 12), fee_start_date=date(2025, 6, 12),
        fees_total="1,256.40", receipt_no="SJ2025-000318", keys_count=3, key_slots="D-015", cards_count=2,
        card_nos="A1001、A1002", papers=[("业主手册", True), ("住宅质量保证书", True), ("住宅使用说明书", True)],
        received_by="王建国", occupancy="自住", family=[("李芳", "家庭成员", "13957112346")],
        emergency=("王建军", "13957112347"), vehicles="浙A12345", staff="陈晓雪")


def _tick(done: bool) -> str:
    return "■" if done else "□"


def _document(d: MoveInSheet) -> str:
    return f"{d.id_type} {mask_id(d.id_number) if d.mask_private else d.id_number}".strip() if d.id_number else "—"


def _room(d: MoveInSheet) -> list[Field | tuple[str, object]]:
    return [("房号", d.room_code), ("建筑面积", f"{d.area} ㎡" if d.area else ""),
            ("户型", d.layout), ("交房日期", format_value(d.handover_date))]


@register_form(code="movein_register", title="业主入住登记表", paper="A4", number_prefix="RZ", sample=sample)
def build_register(d: MoveInSheet) -> Document:
    family = [(k, name, relation, shown_phone(phone, d.mask_private))
              for k, (name, relation, phone) in enumerate(d.family, 1)]
    name, phone = d.emergency
    emergency = f"{name} {shown_phone(phone, d.mask_private)}".strip()
    return Document(number=d.number, date=d.handover_date or d.inspected_on, parts=[
        Heading("一、房屋信息"),
        Fields([*_room(d), ("计费起始日", format_value(d.fee_start_date)), ("使用状况", d.occupancy)], columns=2),
        Heading("二、业主信息"),
        Fields([("业主姓名", d.owner_name), ("联系电话", shown_phone(d.phone, d.mask_private)),
                Field("证件", _document(d), span=2),
                ("代理人", d.agent_name or "—"), ("入住通知书", d.notice_no or "—"),
                Field("已核资料", d.documents, span=2),
                ("开发商交房清单", "已核对" if d.developer_match else "未列入"), ("紧急联系人", emergency)],
               columns=2),
        Heading("三、家庭成员"),
        ItemTable([Column("序号", 0.5, "center"), Column("姓名", 1.6), Column("关系", 1.2), Column("联系电话", 2.0)],
                  family, min_rows=3),
        Fields([("车辆", d.vehicles or "—"), ("门禁卡", f"{d.cards_count} 张 {d.card_nos}".strip())], columns=2),
        Note(d.remarks or "无", label="备注"),
        Signatures(["业主签字", "经办人"], columns=2),
    ])


@register_form(code="movein_inspection", title="房屋验收交接单", paper="A4", number_prefix="RZ", sample=sample)
def build_inspection(d: MoveInSheet) -> Document:
    rows = [(k, *line) for k, line in enumerate(d.checks, 1)]
    defects = sum(1 for c in d.checks if c[1] != "合格")
    return Document(number=d.number, date=d.inspected_on, parts=[
        Fields([("房号", d.room_code), ("业主", d.owner_name), ("验房日期", format_value(d.inspected_on)),
                ("验房人员", d.inspectors)], columns=2),
        Heading("一、验收项目"),
        ItemTable([Column("序号", 0.5, "center"), Column("验收项目", 2.8), Column("结果", 0.7, "center"),
                   Column("情况说明", 3.2), Column("工作联系单", 1.8)], rows, min_rows=0),
        Heading("二、表计读数"),
        ItemTable([Column("表计", 2.0), Column("读数", 2.0, "right"), Column("备注", 3.0)],
                  [("水表", d.meter_water, ""), ("电表", d.meter_power, ""), ("燃气表", d.meter_gas, "")], min_rows=0),
        Note(f"共 {defects} 项缺陷" if defects else "验收合格，无缺陷", label="验收结论", boxed=True),
        Note("\n", label="业主意见", boxed=True),
        Note(INSPECTION_NOTICE, size=8),
        Signatures(["业主签字", "开发商代表", "物业经办人", "工程部"], columns=2),
    ])


@register_form(code="movein_receipt", title="钥匙/资料领取签收单", paper="A4", number_prefix="RZ", sample=sample)
def build_receipt(d: MoveInSheet) -> Document:
    items = [(1, "钥匙", f"{d.keys_count} 把", d.key_slots and f"钥匙柜 {d.key_slots}"),
             (2, "门禁卡", f"{d.cards_count} 张", d.card_nos)]
    items += [(3 + k, name, f"{_tick(done)} {'已领' if done else '未领'}", "")
              for k, (name, done) in enumerate(d.papers)]
    agreements = "；".join(f"{_tick(done)} {name}" for name, done in d.agreements)
    return Document(number=d.number, date=d.handover_date, parts=[
        Fields([*_room(d), ("业主", d.owner_name), ("领取人", d.received_by)], columns=2),
        Heading("一、领取物品"),
        ItemTable([Column("序号", 0.5, "center"), Column("物品", 2.4), Column("数量/已领", 1.4, "center"),
                   Column("说明", 3.2)], items, min_rows=0),
        Heading("二、签约与缴费"),
        Fields([Field("已签协议", agreements, span=2), ("签约日期", format_value(d.signed_on)),
                ("计费起始日", format_value(d.fee_start_date)), ("缴费金额", d.fees_total and f"{d.fees_total} 元"),
                ("收据号", d.receipt_no)], columns=2),
        Note(RECEIPT_NOTICE, size=8),
        Signatures(["领取人签字", "经办人"], columns=2),
    ])
