"""Two desks as two processes taking payments at the same moment, on SQLite and on PostgreSQL (when
FRONTDESK_TEST_PG_URL is set): on one room (both try every bill) and on two rooms. No receipt number is
repeated or skipped, no bill is paid twice, no payment a desk was told of is lost.

And posted money on both databases: a bill's amount, a receipt's total, a receipt line's and a payment
method's amount cannot be changed or deleted through the ORM, the session's statements, a plain session's
raw SQL or a bare connection.
"""
from __future__ import annotations

import multiprocessing
import queue
import time
from collections import Counter
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from app.domain.fees.codes import LineKind
from app.services import auth
from app.services.fees import Payment, counter
from db.immutable import ImmutableError
from db.models.fees import FeeBill, FeePaymentMethod, FeeReceipt, FeeReceiptLine
from tests.conftest import PASSWORD
from tests.helpers import bill_estate, clock, make_estate, pg_db  # noqa: F401  (fixtures)

D = Decimal
AT = datetime(2026, 6, 8, 9, 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def books(request, clock):  # noqa: F811
    """The fees estate (January–June billed) on a SQLite file or a PostgreSQL database of its own."""
    db = request.getfixturevalue("db" if request.param == "sqlite" else "pg_db")
    admin = auth.sign_in(db, "admin", PASSWORD)
    make_estate(db, admin)
    bill_estate(db, admin)
    return db


def _desk(url: str, username: str, room: str, bill_ids: list[int], start, results) -> None:
    """One desk in its own process: its own engine, signed in, paying each bill (cash, with change)."""
    from app.domain.errors import ConflictError
    from app.services import base, catalog
    from db.engine import Database
    catalog.load_all()
    base.now = lambda: AT   # the desks' clock: the day the estate was billed for
    db = Database(url)
    paid: list[tuple[str, int, str]] = []
    refused, errors = 0, []
    try:
        desk = auth.sign_in(db, username, PASSWORD)
        counter.counter(db, desk, room)   # warm: the first payment is not slowed by lazy imports
        start.wait(120)
        for bill_id in bill_ids:
            try:
                issued = counter.collect(db, desk, room, Payment(bills=[bill_id], tenders=[("cash", D("5000"))]))
                paid.append((issued.number, bill_id, str(issued.total)))
            except ConflictError:   # the other desk paid it first
                refused += 1
            time.sleep(0.02)   # the cashier hands over the receipt: SQLite's busy wait lets the other desk in
    except BaseException as exc:  # reported to the parent
        errors.append(repr(exc))
    finally:
        db.dispose()
        results.put((username, paid, refused, errors))


def _owing(db, code: str) -> list[int]:
    with db.read() as s:
        return [b.bill_id for b in counter.counter_in(s, code, AT.date()).bills]


def _run(db, work: list[tuple[str, str, list[int]]]) -> dict[str, tuple[list, int]]:
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Barrier(len(work)), ctx.Queue()
    desks = [ctx.Process(target=_desk, args=(db.url, user, room, bills, start, results)) for user, room, bills in work]
    for p in desks:
        p.start()
    got = {}
    try:
        for _ in desks:
            user, paid, refused, errors = results.get(timeout=300)
            assert not errors, (user, errors)
            got[user] = (paid, refused)
    except queue.Empty:
        pytest.fail("a desk did not finish")
    finally:
        for p in desks:
            p.join(30)
            if p.is_alive():
                p.kill()
    return got


def _check_books(db, got: dict[str, tuple[list, int]]) -> list[tuple[str, int, str]]:
    """Numbers contiguous and unique, every payment a desk was told of stored as told, no bill paid twice."""
    told = [p for paid, _refused in got.values() for p in paid]
    with db.read() as s:
        stored = s.execute(select(FeeReceipt.number, FeeReceiptLine.bill_id, FeeReceipt.total)
                           .join(FeeReceiptLine, FeeReceiptLine.receipt_id == FeeReceipt.id)
                           .where(FeeReceiptLine.kind == LineKind.BILL.value).order_by(FeeReceipt.id)).all()
        numbers = list(s.scalars(select(FeeReceipt.number).order_by(FeeReceipt.id)))
        bills = Counter(bill for _n, bill, _t in stored)
        assert all(n == 1 for n in bills.values()), "a bill was paid twice"
        for bill in s.scalars(select(FeeBill).where(FeeBill.id.in_(list(bills)))):
            assert (bill.status, bill.paid, bill.outstanding) == ("paid", bill.amount, 0)
    assert sorted(numbers) == [f"SJ2026-{n:05d}" for n in range(1, len(numbers) + 1)], numbers
    assert sorted(told) == sorted((n, b, str(t)) for n, b, t in stored), "a payment was lost or changed"
    return told


def test_two_desks_paying_one_room_at_once(books):
    bills = _owing(books, "3-2-1601")
    assert len(bills) == 18
    got = _run(books, [("reception", "3-2-1601", bills), ("clerk", "3-2-1601", bills[::-1])])   # they meet
    told = _check_books(books, got)
    assert len(told) == len(bills)   # each bill paid once, by whichever desk came first
    assert sum(refused for _paid, refused in got.values()) == len(bills)
    assert _owing(books, "3-2-1601") == []


def test_two_desks_paying_two_rooms_at_once(books):
    first, second = _owing(books, "3-2-1601"), _owing(books, "3-2-1502")
    got = _run(books, [("reception", "3-2-1601", first), ("clerk", "3-2-1502", second)])
    told = _check_books(books, got)
    assert len(told) == len(first) + len(second) and all(refused == 0 for _p, refused in got.values())
    assert [len(got["reception"][0]), len(got["clerk"][0])] == [len(first), len(second)]


POSTED = [(FeeBill, "amount", "fee_bill"), (FeeReceipt, "total", "fee_receipt"),
          (FeeReceiptLine, "amount", "fee_receipt_line"), (FeePaymentMethod, "amount", "fee_payment_method")]


@pytest.mark.parametrize(("model", "column", "table"), POSTED, ids=[p[2] for p in POSTED])
def test_posted_amounts_cannot_change_any_way(books, model, column, table):
    admin = auth.sign_in(books, "admin", PASSWORD)
    bill = counter.counter(books, admin, "3-2-1601").bills[0]
    counter.collect(books, admin, "3-2-1601", Payment(bills=[bill.bill_id], tenders=[("cash", D("5000"))]))
    with books.read() as s:
        row_id = s.scalar(select(func.min(model.id)))
        before = s.scalar(select(getattr(model, column)).where(model.id == row_id))
    with pytest.raises(ImmutableError, match="posted amount"):   # the ORM's flush
        with books.write() as s:
            setattr(s.get(model, row_id), column, D("0.01"))
    with pytest.raises(ImmutableError):
        with books.write() as s:
            s.delete(s.get(model, row_id))
    with pytest.raises(ImmutableError):   # the session's statements
        with books.write() as s:
            s.execute(update(model).where(model.id == row_id).values({column: D("0.01")}))
    with pytest.raises(ImmutableError):
        with books.write() as s:
            s.execute(delete(model).where(model.id == row_id))
    for sql in (f"UPDATE {table} SET {column} = 1 WHERE id = {row_id}", f"DELETE FROM {table} WHERE id = {row_id}"):
        with pytest.raises(DatabaseError, match="posted amounts"):   # a plain session's raw SQL: the trigger
            with Session(books.engine) as s, s.begin():
                s.execute(text(sql))
        with pytest.raises(DatabaseError, match="posted amounts"):   # a bare connection
            with books.engine.begin() as conn:
                conn.execute(text(sql))
    with books.read() as s:
        assert s.scalar(select(getattr(model, column)).where(model.id == row_id)) == before
