"""收费: fee items and standards, meter readings, bills, receipts with their lines and methods, waivers, the
prepayment balance, deposits with their ledger and refunds, daily closings and arrears reminders

The posted money (bills, receipts, their lines and methods, waivers, balance and deposit entries, closings) gets
the triggers of db.immutable: the database itself refuses to change or delete it.

Revision ID: 0020_fees
Revises: 0019_auth_stamp
Create Date: 2026-12-07 13:30:00
"""
from alembic import op
import sqlalchemy as sa

from db.immutable import trigger_sql


revision = "0020_fees"
down_revision = "0019_auth_stamp"
branch_labels = None
depends_on = None

#: the posted columns of each table (as db.models.fees declares them)
IMMUTABLE = {
    "fee_bill": ("room_id", "item_id", "period", "period_start", "period_end", "quantity", "unit_price",
                 "amount", "due_date", "created_at"),
    "fee_receipt": ("number", "room_id", "payer", "day", "issued_at", "cashier_id", "total", "change",
                    "prepaid", "reversal_of_id"),
    "fee_receipt_line": ("receipt_id", "seq", "kind", "bill_id", "item_name", "period_start", "period_end",
                         "quantity", "unit_price", "amount", "deposit_id"),
    "fee_payment_method": ("receipt_id", "method", "amount", "reference"),
    "fee_waiver": ("bill_id", "kind", "amount", "reason", "approved_by", "at", "by", "receipt_id"),
    "fee_balance_entry": ("room_id", "amount", "receipt_id", "at"),
    "fee_deposit_entry": ("deposit_id", "kind", "amount", "reason", "approved_by", "receipt_id", "refund_id",
                          "at", "by"),
    "fee_closing": ("cashier_id", "day", "first_number", "last_number", "count", "cash", "pos", "wechat",
                    "alipay", "transfer", "other", "voids", "void_amount", "reversals", "reversal_amount",
                    "cash_counted", "difference", "closed_at"),
}


def upgrade() -> None:
    op.create_table('fee_closing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cashier_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('first_number', sa.String(length=30), nullable=False),
    sa.Column('last_number', sa.String(length=30), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('cash', sa.Integer(), nullable=False),
    sa.Column('pos', sa.Integer(), nullable=False),
    sa.Column('wechat', sa.Integer(), nullable=False),
    sa.Column('alipay', sa.Integer(), nullable=False),
    sa.Column('transfer', sa.Integer(), nullable=False),
    sa.Column('other', sa.Integer(), nullable=False),
    sa.Column('voids', sa.Integer(), nullable=False),
    sa.Column('void_amount', sa.Integer(), nullable=False),
    sa.Column('reversals', sa.Integer(), nullable=False),
    sa.Column('reversal_amount', sa.Integer(), nullable=False),
    sa.Column('cash_counted', sa.Integer(), nullable=False),
    sa.Column('difference', sa.Integer(), nullable=False),
    sa.Column('explanation', sa.String(length=200), nullable=False),
    sa.Column('handed_to', sa.String(length=40), nullable=False),
    sa.Column('handin_ref', sa.String(length=40), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=False),
    sa.Column('checked_by', sa.Integer(), nullable=True),
    sa.Column('checked_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_closing')),
    sa.UniqueConstraint('cashier_id', 'day', name=op.f('uq_fee_closing_cashier_id_day'))
    )
    op.create_table('fee_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('formula', sa.String(length=12), nullable=False),
    sa.Column('unit_price', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=12), nullable=False),
    sa.Column('cycle_months', sa.Integer(), nullable=False),
    sa.Column('due_day', sa.Integer(), nullable=False),
    sa.Column('rounding', sa.String(length=10), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('late_fee', sa.Boolean(), nullable=False),
    sa.Column('developer_pays', sa.Boolean(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=True),
    sa.Column('effective_to', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_item')),
    sa.UniqueConstraint('code', name=op.f('uq_fee_item_code'))
    )
    op.create_table('fee_bill',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('paid', sa.Integer(), nullable=False),
    sa.Column('waived', sa.Integer(), nullable=False),
    sa.Column('outstanding', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('developer', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('void_key', sa.Integer(), nullable=False),
    sa.Column('void_reason', sa.String(length=200), nullable=False),
    sa.Column('voided_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['fee_item.id'], name=op.f('fk_fee_bill_item_id_fee_item')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_fee_bill_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_bill')),
    sa.UniqueConstraint('room_id', 'item_id', 'period', 'void_key', name=op.f('uq_fee_bill_room_id_item_id_period_void_key'))
    )
    op.create_index('ix_fee_bill_aging', 'fee_bill', ['status', 'due_date', 'outstanding', 'room_id'], unique=False)
    op.create_index('ix_fee_bill_period', 'fee_bill', ['period', 'status'], unique=False)
    op.create_index('ix_fee_bill_room', 'fee_bill', ['room_id', 'status', 'period'], unique=False)
    op.create_table('fee_receipt',
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('room_code', sa.String(length=30), nullable=False),
    sa.Column('payer', sa.String(length=60), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('cashier_id', sa.Integer(), nullable=True),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('change', sa.Integer(), nullable=False),
    sa.Column('prepaid', sa.Integer(), nullable=False),
    sa.Column('reversal_of_id', sa.Integer(), nullable=True),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('closing_id', sa.Integer(), nullable=True),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('voided_by', sa.Integer(), nullable=True),
    sa.Column('reprints', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('owner_staff_id', sa.Integer(), nullable=True),
    sa.Column('handler_id', sa.Integer(), nullable=True),
    sa.Column('void_reason', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['closing_id'], ['fee_closing.id'], name=op.f('fk_fee_receipt_closing_id_fee_closing')),
    sa.ForeignKeyConstraint(['reversal_of_id'], ['fee_receipt.id'], name=op.f('fk_fee_receipt_reversal_of_id_fee_receipt')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_fee_receipt_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_receipt')),
    sa.UniqueConstraint('number', name=op.f('uq_fee_receipt_number'))
    )
    op.create_index('ix_fee_receipt_day', 'fee_receipt', ['cashier_id', 'day'], unique=False)
    op.create_index('ix_fee_receipt_room', 'fee_receipt', ['room_id', 'issued_at'], unique=False)
    op.create_index(op.f('ix_fee_receipt_status'), 'fee_receipt', ['status'], unique=False)
    op.create_table('fee_reminder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_fee_reminder_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_reminder'))
    )
    op.create_index('ix_fee_reminder_room', 'fee_reminder', ['room_id', 'at'], unique=False)
    op.create_table('fee_standard',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=True),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('unit_price', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('effective_to', sa.Date(), nullable=True),
    sa.Column('vacant_approved_by', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_fee_standard_building_id_building')),
    sa.ForeignKeyConstraint(['item_id'], ['fee_item.id'], name=op.f('fk_fee_standard_item_id_fee_item')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_fee_standard_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_standard'))
    )
    op.create_index('ix_fee_standard_item', 'fee_standard', ['item_id', 'effective_from'], unique=False)
    op.create_table('meter_reading',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('previous', sa.Integer(), nullable=False),
    sa.Column('reading', sa.Integer(), nullable=False),
    sa.Column('read_on', sa.Date(), nullable=False),
    sa.Column('entered_by', sa.Integer(), nullable=True),
    sa.Column('void_key', sa.Integer(), nullable=False),
    sa.Column('void_reason', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['fee_item.id'], name=op.f('fk_meter_reading_item_id_fee_item')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_meter_reading_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meter_reading')),
    sa.UniqueConstraint('room_id', 'item_id', 'month', 'void_key', name=op.f('uq_meter_reading_room_id_item_id_month_void_key'))
    )
    op.create_table('fee_balance_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['fee_receipt.id'], name=op.f('fk_fee_balance_entry_receipt_id_fee_receipt')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_fee_balance_entry_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_balance_entry'))
    )
    op.create_index('ix_fee_balance_entry_room', 'fee_balance_entry', ['room_id'], unique=False)
    op.create_table('fee_deposit',
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('room_code', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('payer', sa.String(length=60), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('held', sa.Integer(), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('owner_staff_id', sa.Integer(), nullable=True),
    sa.Column('handler_id', sa.Integer(), nullable=True),
    sa.Column('void_reason', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['fee_receipt.id'], name=op.f('fk_fee_deposit_receipt_id_fee_receipt')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_fee_deposit_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_deposit')),
    sa.UniqueConstraint('number', name=op.f('uq_fee_deposit_number'))
    )
    op.create_index('ix_fee_deposit_room', 'fee_deposit', ['room_id', 'status'], unique=False)
    op.create_index(op.f('ix_fee_deposit_status'), 'fee_deposit', ['status'], unique=False)
    op.create_table('fee_payment_method',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['fee_receipt.id'], name=op.f('fk_fee_payment_method_receipt_id_fee_receipt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_payment_method'))
    )
    op.create_index('ix_fee_payment_method_receipt', 'fee_payment_method', ['receipt_id'], unique=False)
    op.create_table('fee_waiver',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bill_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.Integer(), nullable=True),
    sa.Column('receipt_id', sa.Integer(), nullable=True),
    sa.Column('undone_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['bill_id'], ['fee_bill.id'], name=op.f('fk_fee_waiver_bill_id_fee_bill')),
    sa.ForeignKeyConstraint(['receipt_id'], ['fee_receipt.id'], name=op.f('fk_fee_waiver_receipt_id_fee_receipt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_waiver'))
    )
    op.create_index('ix_fee_waiver_bill', 'fee_waiver', ['bill_id'], unique=False)
    op.create_table('fee_receipt_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('bill_id', sa.Integer(), nullable=True),
    sa.Column('item_name', sa.String(length=40), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('unit_price', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('deposit_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['bill_id'], ['fee_bill.id'], name=op.f('fk_fee_receipt_line_bill_id_fee_bill')),
    sa.ForeignKeyConstraint(['deposit_id'], ['fee_deposit.id'], name=op.f('fk_fee_receipt_line_deposit_id_fee_deposit')),
    sa.ForeignKeyConstraint(['receipt_id'], ['fee_receipt.id'], name=op.f('fk_fee_receipt_line_receipt_id_fee_receipt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_receipt_line'))
    )
    op.create_index('ix_fee_receipt_line_bill', 'fee_receipt_line', ['bill_id'], unique=False)
    op.create_index('ix_fee_receipt_line_receipt', 'fee_receipt_line', ['receipt_id', 'seq'], unique=False)
    op.create_table('fee_refund',
    sa.Column('deposit_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('deduction', sa.Integer(), nullable=False),
    sa.Column('deduction_reason', sa.String(length=200), nullable=False),
    sa.Column('payee', sa.String(length=60), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.Column('reviewed_by', sa.Integer(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.Column('paid_at', sa.DateTime(), nullable=True),
    sa.Column('paid_by', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('owner_staff_id', sa.Integer(), nullable=True),
    sa.Column('handler_id', sa.Integer(), nullable=True),
    sa.Column('void_reason', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['deposit_id'], ['fee_deposit.id'], name=op.f('fk_fee_refund_deposit_id_fee_deposit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_refund')),
    sa.UniqueConstraint('number', name=op.f('uq_fee_refund_number'))
    )
    op.create_index('ix_fee_refund_deposit', 'fee_refund', ['deposit_id'], unique=False)
    op.create_index(op.f('ix_fee_refund_status'), 'fee_refund', ['status'], unique=False)
    op.create_table('fee_deposit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deposit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('receipt_id', sa.Integer(), nullable=True),
    sa.Column('refund_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['deposit_id'], ['fee_deposit.id'], name=op.f('fk_fee_deposit_entry_deposit_id_fee_deposit')),
    sa.ForeignKeyConstraint(['receipt_id'], ['fee_receipt.id'], name=op.f('fk_fee_deposit_entry_receipt_id_fee_receipt')),
    sa.ForeignKeyConstraint(['refund_id'], ['fee_refund.id'], name=op.f('fk_fee_deposit_entry_refund_id_fee_refund')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_deposit_entry'))
    )
    op.create_index('ix_fee_deposit_entry_deposit', 'fee_deposit_entry', ['deposit_id'], unique=False)

    dialect = op.get_bind().dialect.name
    for table, columns in IMMUTABLE.items():
        for statement in trigger_sql(dialect, table, columns):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        for table in IMMUTABLE:
            op.execute(f"DROP FUNCTION IF EXISTS fn_{table}_immutable() CASCADE")
    op.drop_index('ix_fee_deposit_entry_deposit', table_name='fee_deposit_entry')
    op.drop_table('fee_deposit_entry')
    op.drop_index(op.f('ix_fee_refund_status'), table_name='fee_refund')
    op.drop_index('ix_fee_refund_deposit', table_name='fee_refund')
    op.drop_table('fee_refund')
    op.drop_index('ix_fee_receipt_line_receipt', table_name='fee_receipt_line')
    op.drop_index('ix_fee_receipt_line_bill', table_name='fee_receipt_line')
    op.drop_table('fee_receipt_line')
    op.drop_index('ix_fee_waiver_bill', table_name='fee_waiver')
    op.drop_table('fee_waiver')
    op.drop_index('ix_fee_payment_method_receipt', table_name='fee_payment_method')
    op.drop_table('fee_payment_method')
    op.drop_index(op.f('ix_fee_deposit_status'), table_name='fee_deposit')
    op.drop_index('ix_fee_deposit_room', table_name='fee_deposit')
    op.drop_table('fee_deposit')
    op.drop_index('ix_fee_balance_entry_room', table_name='fee_balance_entry')
    op.drop_table('fee_balance_entry')
    op.drop_table('meter_reading')
    op.drop_index('ix_fee_standard_item', table_name='fee_standard')
    op.drop_table('fee_standard')
    op.drop_index('ix_fee_reminder_room', table_name='fee_reminder')
    op.drop_table('fee_reminder')
    op.drop_index(op.f('ix_fee_receipt_status'), table_name='fee_receipt')
    op.drop_index('ix_fee_receipt_room', table_name='fee_receipt')
    op.drop_index('ix_fee_receipt_day', table_name='fee_receipt')
    op.drop_table('fee_receipt')
    op.drop_index('ix_fee_bill_room', table_name='fee_bill')
    op.drop_index('ix_fee_bill_period', table_name='fee_bill')
    op.drop_index('ix_fee_bill_aging', table_name='fee_bill')
    op.drop_table('fee_bill')
    op.drop_table('fee_item')
    op.drop_table('fee_closing')
