"""收费 (DOMAIN.md §4.15, §5): permissions and the stored codes of fee items, bills, receipts and deposits.

* cashier (``fees.collect``): 接待员 and 内勤 take payments at the counter, issue receipts, void them the same
  day before closing, take deposits, close their day; the supervisor may too;
* approvals (``fees.approve``): only the 客服主管 approves discounts, waivers, late-fee waivers, red reversals,
  deposit deductions and refunds, and checks the daily closings, acting herself (signed in, or her own password
  typed at this desk);
* set-up (``fees.setup``): fee items and standards, the billing run; ``fees.view`` reads bills and arrears.
"""
from __future__ import annotations

from app.domain.enums import LabelledEnum, StaffRole
from app.domain.permissions import declare
from app.i18n import QT_TRANSLATE_NOOP as T

S, R, C = StaffRole.SUPERVISOR, StaffRole.RECEPTIONIST, StaffRole.CLERK
_GROUP = T("Permission", "Fees")

FEES_VIEW = declare("fees.view", T("Permission", "View bills, receipts and arrears"), _GROUP, S, R, C)
FEES_COLLECT = declare("fees.collect", T("Permission", "Take payments and deposits, issue receipts"), _GROUP, S, R, C)
FEES_APPROVE = declare("fees.approve", T("Permission", "Approve discounts, waivers, reversals and refunds"),
                       _GROUP, S)
FEES_SETUP = declare("fees.setup", T("Permission", "Set up fee items and run billing"), _GROUP, S)
FEES_READINGS = declare("fees.readings", T("Permission", "Enter and import meter readings"), _GROUP, S, C)


class Formula(LabelledEnum):
    AREA = ("area", T("Enum", "Area × unit price"))
    FIXED = ("fixed", T("Enum", "Fixed amount"))
    METERED = ("metered", T("Enum", "Meter reading × unit price"))


class ItemCategory(LabelledEnum):
    PERIODIC = ("periodic", T("Enum", "Periodic"), "周期")
    ONE_OFF = ("one_off", T("Enum", "One-off"), "一次性")
    DEPOSIT = ("deposit", T("Enum", "Deposit"), "押金")


class Rounding(LabelledEnum):
    """How a computed amount is rounded to fen: half up (四舍五入), up (进一) or down (去尾)."""

    HALF_UP = ("half_up", T("Enum", "Round half up"))
    UP = ("up", T("Enum", "Round up"))
    DOWN = ("down", T("Enum", "Round down"))


class PayMethod(LabelledEnum):
    CASH = ("cash", T("Enum", "Cash"), "现金")
    POS = ("pos", T("Enum", "Card (POS)"), "POS刷卡")
    WECHAT = ("wechat", T("Enum", "WeChat Pay"), "微信")
    ALIPAY = ("alipay", T("Enum", "Alipay"), "支付宝")
    TRANSFER = ("transfer", T("Enum", "Bank transfer"), "转账")
    #: the room's prepayment balance (预存抵扣) and a deposit transferred to fees: no money changes hands
    BALANCE = ("balance", T("Enum", "Prepaid balance"), "预存抵扣")
    DEPOSIT = ("deposit", T("Enum", "Deposit transferred"), "押金转抵")


#: the methods money comes in by (the daily closing counts these)
MONEY_METHODS = (PayMethod.CASH, PayMethod.POS, PayMethod.WECHAT, PayMethod.ALIPAY, PayMethod.TRANSFER)


class BillStatus(LabelledEnum):
    OPEN = ("open", T("Enum", "To pay"), "待缴")
    PARTIAL = ("partial", T("Enum", "Partly paid"), "部分缴纳")
    PAID = ("paid", T("Enum", "Paid"), "已缴清")
    WAIVED = ("waived", T("Enum", "Waived"), "减免/核销")
    VOID = ("void", T("Enum", "Void"), "作废")


#: bills with something still to pay (the counter, the aging)
OWING = (BillStatus.OPEN.value, BillStatus.PARTIAL.value)


class LineKind(LabelledEnum):
    """A receipt line: a bill paid, its late fee, a discount, money put to the balance, a deposit taken."""

    BILL = ("bill", T("Enum", "Fee"))
    LATE_FEE = ("late_fee", T("Enum", "Late fee"), "滞纳金")
    DISCOUNT = ("discount", T("Enum", "Discount"), "减免/优惠")
    PREPAY = ("prepay", T("Enum", "Prepayment"), "预存")
    DEPOSIT = ("deposit", T("Enum", "Deposit"), "押金")
    REFUND = ("refund", T("Enum", "Deposit refund"), "押金退还")


class WaiverKind(LabelledEnum):
    WAIVE = ("waive", T("Enum", "Waiver"), "减免")
    WRITE_OFF = ("write_off", T("Enum", "Write-off"), "核销")
    DISCOUNT = ("discount", T("Enum", "Discount at the counter"), "优惠")
    VACANT = ("vacant", T("Enum", "Vacant-unit discount"), "空置优惠")
    #: a late fee not charged (never part of a bill's own amount)
    LATE_FEE = ("late_fee", T("Enum", "Late fee waived"), "滞纳金减免")


class DepositKind(LabelledEnum):
    RENOVATION = ("renovation", T("Enum", "Renovation deposit"), "装修押金")
    PASS = ("pass", T("Enum", "Pass deposit"), "出入证押金")
    UTILITY = ("utility", T("Enum", "Water and power deposit"), "水电保证金")
    TENANT = ("tenant", T("Enum", "Tenant deposit"), "租户押金")


class EntryKind(LabelledEnum):
    """A line of a deposit's ledger."""

    TAKEN = ("taken", T("Enum", "Taken"), "收取")
    DEDUCTED = ("deducted", T("Enum", "Deducted"), "扣除")
    TRANSFERRED = ("transferred", T("Enum", "Transferred to fees"), "转抵费用")
    REFUNDED = ("refunded", T("Enum", "Refunded"), "退还")
    #: the receipt that took it was voided the same day
    VOIDED = ("voided", T("Enum", "Voided with its receipt"), "随收据作废")


class Channel(LabelledEnum):
    """How a reminder of arrears reached the household (never by cutting a supply: §8.6)."""

    PHONE = ("phone", T("Enum", "Phone"), "电话")
    SMS = ("sms", T("Enum", "SMS"), "短信")
    VISIT = ("visit", T("Enum", "Home visit"), "上门")
    NOTICE = ("notice", T("Enum", "Payment reminder (催款通知书)"), "催款通知书")
    FINAL = ("final", T("Enum", "Final notice (最后缴款通知书)"), "最后缴款通知书")


class Aging(LabelledEnum):
    """The aging buckets of §5.3, by whole months overdue."""

    M1 = ("m1", T("Enum", "Up to 1 month"), "1个月以内")
    M3 = ("m3", T("Enum", "1–3 months"), "1–3个月")
    M6 = ("m6", T("Enum", "3–6 months"), "3–6个月")
    M12 = ("m12", T("Enum", "6–12 months"), "6–12个月")
    OVER12 = ("over12", T("Enum", "Over 12 months"), "12个月以上")
