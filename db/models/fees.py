"""收费 (DOMAIN.md §5): fee items and standards, meter readings, bills, receipts with their lines and methods,
waivers, the prepayment balance, deposits with their ledger and refunds, daily closings and reminders.

Posted money is :class:`~db.immutable.Immutable`: a bill's amount, a receipt's total, lines and methods, a
waiver, a balance or deposit entry, a closing's figures never change and are never deleted (the ORM, the
session's statements and the database's triggers refuse it). What moves is bookkeeping beside them: a bill's
``paid``/``waived``/``outstanding`` and status, a receipt's status and closing.

A bill is unique per room × item × period among live bills (``void_key`` is 0 until the bill is voided, then its
id), so a billing run is idempotent and a wrong bill can be voided and billed again. A meter reading is unique
per meter (room × item) and month in the same way.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.immutable import Immutable, install_triggers
from db.models.base import Base, Hundredths, Timestamps, Versioned, WorkflowRecord


class FeeItem(Versioned, Timestamps, Base):
    """A fee item (收费项目) with its formula, default unit price, cycle, due day and rounding."""

    __tablename__ = "fee_item"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(12), default="periodic")
    formula: Mapped[str] = mapped_column(String(12), default="area")
    unit_price: Mapped[Decimal] = mapped_column(Hundredths)
    unit: Mapped[str] = mapped_column(String(12), default="")
    cycle_months: Mapped[int] = mapped_column(Integer, default=1)
    due_day: Mapped[int] = mapped_column(Integer, default=15)
    rounding: Mapped[str] = mapped_column(String(10), default="half_up")
    places: Mapped[int] = mapped_column(Integer, default=2)
    late_fee: Mapped[bool] = mapped_column(Boolean, default=False)
    #: who pays for unsold or undelivered rooms: the developer (a bill to the room, payer 开发商)
    developer_pays: Mapped[bool] = mapped_column(Boolean, default=True)
    effective_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    effective_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)


class FeeStandard(Versioned, Timestamps, Base):
    """A unit price of an item for one building or one room from a date (a room's wins over its building's,
    the building's over the item's)."""

    __tablename__ = "fee_standard"
    __audited__ = True
    __table_args__ = (Index("ix_fee_standard_item", "item_id", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("fee_item.id"))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"), nullable=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)
    unit_price: Mapped[Decimal] = mapped_column(Hundredths)
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: the supervisor who approved a vacant-unit rate for the room (fee.vacant_rate), if it is one
    vacant_approved_by: Mapped[int | None] = mapped_column(Integer, nullable=True)


class MeterReading(Timestamps, Base):
    """One reading of a room's meter of a metered item for a month; a voided one keeps its row."""

    __tablename__ = "meter_reading"
    __table_args__ = (UniqueConstraint("room_id", "item_id", "month", "void_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("fee_item.id"))
    month: Mapped[str] = mapped_column(String(7))
    previous: Mapped[Decimal] = mapped_column(Hundredths)
    reading: Mapped[Decimal] = mapped_column(Hundredths)
    read_on: Mapped[date] = mapped_column(Date)
    entered_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    void_key: Mapped[int] = mapped_column(Integer, default=0)
    void_reason: Mapped[str] = mapped_column(String(200), default="")


class FeeBill(Immutable, Base):
    """A bill (应收): one room × item × period, its amount posted once."""

    __tablename__ = "fee_bill"
    __immutable__ = ("room_id", "item_id", "period", "period_start", "period_end", "quantity", "unit_price",
                     "amount", "due_date", "created_at")
    __table_args__ = (
        UniqueConstraint("room_id", "item_id", "period", "void_key"),
        Index("ix_fee_bill_room", "room_id", "status", "period"),
        Index("ix_fee_bill_aging", "status", "due_date", "outstanding", "room_id"),
        Index("ix_fee_bill_period", "period", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("fee_item.id"))
    period: Mapped[str] = mapped_column(String(7))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    quantity: Mapped[Decimal] = mapped_column(Hundredths)
    unit_price: Mapped[Decimal] = mapped_column(Hundredths)
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    due_date: Mapped[date] = mapped_column(Date)
    paid: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    waived: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    outstanding: Mapped[Decimal] = mapped_column(Hundredths)
    status: Mapped[str] = mapped_column(String(10), default="open")
    #: the developer pays this bill (an unsold or undelivered room)
    developer: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    void_key: Mapped[int] = mapped_column(Integer, default=0)
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    voided_by: Mapped[int | None] = mapped_column(Integer, nullable=True)


class FeeReceipt(Immutable, WorkflowRecord, Base):
    """A receipt (收据): one per payment, numbered SJ{yyyy}-{seq}; a red reversal is a negative receipt with
    ``reversal_of_id``."""

    __tablename__ = "fee_receipt"
    __immutable__ = ("number", "room_id", "payer", "day", "issued_at", "cashier_id", "total", "change",
                     "prepaid", "reversal_of_id")
    __table_args__ = (
        Index("ix_fee_receipt_day", "cashier_id", "day"),
        Index("ix_fee_receipt_room", "room_id", "issued_at"),
    )

    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)
    room_code: Mapped[str] = mapped_column(String(30), default="")
    payer: Mapped[str] = mapped_column(String(60), default="")
    day: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    cashier_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: what the receipt is for (Σ lines): fees + late fees − discounts + prepayment + deposits
    total: Mapped[Decimal] = mapped_column(Hundredths)
    change: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    prepaid: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    reversal_of_id: Mapped[int | None] = mapped_column(ForeignKey("fee_receipt.id"), nullable=True)
    approved_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    closing_id: Mapped[int | None] = mapped_column(ForeignKey("fee_closing.id"), nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    voided_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reprints: Mapped[int] = mapped_column(Integer, default=0)


class FeeReceiptLine(Immutable, Base):
    """A line of a receipt: a bill paid (with its period), a late fee, a discount, a prepayment, a deposit."""

    __tablename__ = "fee_receipt_line"
    __immutable__ = ("receipt_id", "seq", "kind", "bill_id", "item_name", "period_start", "period_end",
                     "quantity", "unit_price", "amount", "deposit_id")
    __table_args__ = (Index("ix_fee_receipt_line_receipt", "receipt_id", "seq"),
                      Index("ix_fee_receipt_line_bill", "bill_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("fee_receipt.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    bill_id: Mapped[int | None] = mapped_column(ForeignKey("fee_bill.id"), nullable=True)
    item_name: Mapped[str] = mapped_column(String(40))
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    quantity: Mapped[Decimal | None] = mapped_column(Hundredths, nullable=True)
    unit_price: Mapped[Decimal | None] = mapped_column(Hundredths, nullable=True)
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    deposit_id: Mapped[int | None] = mapped_column(ForeignKey("fee_deposit.id"), nullable=True)


class FeePaymentMethod(Immutable, Base):
    """What one method paid of a receipt (several methods in one payment)."""

    __tablename__ = "fee_payment_method"
    __immutable__ = ("receipt_id", "method", "amount", "reference")
    __table_args__ = (Index("ix_fee_payment_method_receipt", "receipt_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("fee_receipt.id"))
    method: Mapped[str] = mapped_column(String(10))
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    reference: Mapped[str] = mapped_column(String(40), default="")


class FeeWaiver(Immutable, Base):
    """An approved reduction of a bill: 减免, 核销, a discount at the counter (with its receipt), a vacancy rate."""

    __tablename__ = "fee_waiver"
    __immutable__ = ("bill_id", "kind", "amount", "reason", "approved_by", "at", "by", "receipt_id")
    __table_args__ = (Index("ix_fee_waiver_bill", "bill_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int | None] = mapped_column(ForeignKey("fee_bill.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(10))
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    reason: Mapped[str] = mapped_column(String(200))
    approved_by: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("fee_receipt.id"), nullable=True)
    #: a waiver withdrawn with the receipt it came with (a void): the receipt's id, else 0
    undone_by: Mapped[int] = mapped_column(Integer, default=0)


class FeeBalanceEntry(Immutable, Base):
    """A movement of a room's prepayment balance (预存): + paid in, − used for a bill; the balance is the sum."""

    __tablename__ = "fee_balance_entry"
    __immutable__ = ("room_id", "amount", "receipt_id", "at")
    __table_args__ = (Index("ix_fee_balance_entry_room", "room_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("fee_receipt.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime)


class FeeDeposit(WorkflowRecord, Base):
    """A deposit (押金) held for a room: 收取中 → 部分退还 → 已结清; its ledger is :class:`FeeDepositEntry`."""

    __tablename__ = "fee_deposit"
    __table_args__ = (Index("ix_fee_deposit_room", "room_id", "status"),)

    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    room_code: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(12))
    payer: Mapped[str] = mapped_column(String(60), default="")
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    #: what is still held (amount − deducted − transferred − refunded), kept with each ledger entry
    held: Mapped[Decimal] = mapped_column(Hundredths)
    taken_on: Mapped[date] = mapped_column(Date)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("fee_receipt.id"), nullable=True)
    #: the record that took it (a renovation application ZX…), for the workflows to come
    source: Mapped[str] = mapped_column(String(40), default="")


class FeeDepositEntry(Immutable, Base):
    """A line of a deposit's ledger: taken, deducted (reason, approval), transferred to fees, refunded."""

    __tablename__ = "fee_deposit_entry"
    __immutable__ = ("deposit_id", "kind", "amount", "reason", "approved_by", "receipt_id", "refund_id", "at", "by")
    __table_args__ = (Index("ix_fee_deposit_entry_deposit", "deposit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deposit_id: Mapped[int] = mapped_column(ForeignKey("fee_deposit.id"))
    kind: Mapped[str] = mapped_column(String(12))
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    reason: Mapped[str] = mapped_column(String(200), default="")
    approved_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("fee_receipt.id"), nullable=True)
    refund_id: Mapped[int | None] = mapped_column(ForeignKey("fee_refund.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[int | None] = mapped_column(Integer, nullable=True)


class FeeRefund(WorkflowRecord, Base):
    """An application to refund (part of) a deposit: 审核中 → 已批准 → 已退款, or 已驳回 (押金退还审批表)."""

    __tablename__ = "fee_refund"
    __table_args__ = (Index("ix_fee_refund_deposit", "deposit_id"),)

    deposit_id: Mapped[int] = mapped_column(ForeignKey("fee_deposit.id"))
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    deduction: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    deduction_reason: Mapped[str] = mapped_column(String(200), default="")
    payee: Mapped[str] = mapped_column(String(60), default="")
    method: Mapped[str] = mapped_column(String(10), default="cash")
    reason: Mapped[str] = mapped_column(String(200), default="")
    applied_at: Mapped[datetime] = mapped_column(DateTime)
    reviewed_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    paid_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    paid_by: Mapped[int | None] = mapped_column(Integer, nullable=True)


class FeeClosing(Immutable, Timestamps, Base):
    """A cashier's daily closing (日结): the day's receipts and figures, frozen; the supervisor's check after."""

    __tablename__ = "fee_closing"
    __immutable__ = ("cashier_id", "day", "first_number", "last_number", "count", "cash", "pos", "wechat",
                     "alipay", "transfer", "other", "voids", "void_amount", "reversals", "reversal_amount",
                     "cash_counted", "difference", "closed_at")
    __table_args__ = (UniqueConstraint("cashier_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cashier_id: Mapped[int] = mapped_column(Integer)
    day: Mapped[date] = mapped_column(Date)
    first_number: Mapped[str] = mapped_column(String(30), default="")
    last_number: Mapped[str] = mapped_column(String(30), default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    cash: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    pos: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    wechat: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    alipay: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    transfer: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    #: balance and deposit transfers: receipts paid without money changing hands
    other: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    voids: Mapped[int] = mapped_column(Integer, default=0)
    void_amount: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    reversals: Mapped[int] = mapped_column(Integer, default=0)
    reversal_amount: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    cash_counted: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    #: 长短款: cash counted − cash expected (positive: over)
    difference: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    explanation: Mapped[str] = mapped_column(String(200), default="")
    handed_to: Mapped[str] = mapped_column(String(40), default="")
    handin_ref: Mapped[str] = mapped_column(String(40), default="")
    closed_at: Mapped[datetime] = mapped_column(DateTime)
    checked_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    checked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class FeeReminder(Base):
    """A reminder of arrears given (phone, SMS, visit, 催款通知书, 最后缴款通知书), with the amount it named."""

    __tablename__ = "fee_reminder"
    __table_args__ = (Index("ix_fee_reminder_room", "room_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    channel: Mapped[str] = mapped_column(String(10))
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[int | None] = mapped_column(Integer, nullable=True)


for _model in (FeeBill, FeeReceipt, FeeReceiptLine, FeePaymentMethod, FeeWaiver, FeeBalanceEntry, FeeDepositEntry,
               FeeClosing):
    install_triggers(_model.__table__, _model.__immutable__)  # type: ignore[arg-type]
