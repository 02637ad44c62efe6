"""房屋租赁 (DOMAIN.md §4.8): filing a lease and every refusal (tenant under 18, a company without its licence,
end before start, overlapping lease, arrears blocking or warning by the parameter, not an owner, not handed
over), documents completing the file, access cards, the police reminder, renewal as a linked record, the
tenant moving out, void; 即将到期 / 已到期 derived; the tenant and co-residents on the household card; the
room's occupancy at each step; two desks filing overlapping leases at once; the home tile, the handover's
items, the KPIs and the four forms read back from their PDFs."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select, update

from app.domain import id_numbers
from app.domain.errors import PermissionDenied, ValidationError
from app.services import catalog, dashboard, open_items, params, records, registry
from app.services import lease as svc
from db.models import Room, RoomPerson
from db.models.lease import Lease
from tests.helpers import clock, estate  # noqa: F401  (fixtures)

catalog.load_all()

KIND = "lease"
ROOM = "3-2-1502"


def rid(born: str, seq: str = "123") -> str:
    """A valid resident ID number of someone born on ``born`` (YYYYMMDD) in 东城 (110101)."""
    body = f"110101{born}{seq}"
    return body + id_numbers.check_digit(body)


def uscc(body: str = "91440300MA5D00001") -> str:
    from stdnum.cn import uscc as code
    return body + code.calc_check_digit(body)


TENANT_ID = rid("19900101")
DOCS = {"contract": [("合同.pdf", b"%PDF-1.4 contract")], "authorisation": [("授权书.pdf", b"%PDF-1.4 auth")],
        "ids": [("身份证.png", b"id copy")]}


def lease_input(**kw) -> dict:
    data = dict(room=ROOM, owner_name="王建国", tenant_type="individual", tenant_name="李明", id_type="resident",
                id_number=TENANT_ID, phone="13912345678", co_residents=f"张小红 {rid('19920304', '246')} 配偶",
                start_date="2026-06-15", end_date="2027-06-14", rent="4500", fee_payer="owner",
                deposits="水电保证金 500", access_cards="MJ-0101", police_reminded=True, **DOCS)
    data.update(kw)
    return data


def file(db, actor, **kw) -> int:
    return records.create(db, actor, KIND, lease_input(**kw))


def occupancy(db, code=ROOM) -> str:
    with db.read() as s:
        return s.scalar(select(Room.occupancy_state).where(Room.code == code))


def view(db, actor, lid):
    return records.get(db, actor, KIND, lid)


@pytest.fixture
def desk(actor):
    return actor("receptionist")


# ------------------------------------------------------------------------------------------ filing

def test_filing_a_complete_lease(db, desk, admin, estate, clock):
    assert occupancy(db) == "vacant"
    lid = file(db, desk)
    v = view(db, desk, lid)
    assert v.status == "active" and v.number.startswith("ZL20260608-")
    assert v.tenant_name == "李明" and v.id_number == "1101**********" + TENANT_ID[-4:]
    assert [c.name for c in v.co_residents] == ["张小红"] and v.co_residents[0].relation == "配偶"
    assert v.police_reminded_at == clock.at and v.missing == ()
    assert {a.role for a in v.attachments} == {"contract", "authorisation", "ids"}
    assert occupancy(db) == "rented"
    with db.read() as s:
        links = s.scalars(select(RoomPerson).where(RoomPerson.source == f"lease:{lid}")).all()
        assert sorted((link.role, link.start_date, link.end_date) for link in links) == [
            ("co_resident", date(2026, 6, 15), None), ("tenant", date(2026, 6, 15), None)]


def test_the_household_card_shows_the_tenant_with_the_lease(db, desk, admin, estate, clock):
    lid = file(db, desk)
    card = registry.household_card(db, admin, estate[ROOM])
    roles = {(p.role, p.name) for p in card.people}
    assert ("tenant", "李明") in roles and ("co_resident", "张小红") in roles and ("owner", "王建国") in roles
    section = card.sections["lease"]
    [row] = section.rows
    number = view(db, admin, lid).number
    assert row[0] == number and row[1].startswith("李明") and "张小红" in row[1]
    assert "2026-06-15 – 2027-06-14" in row[2]


def test_a_lease_with_documents_missing_waits_for_them(db, desk, estate, clock):
    lid = file(db, desk, contract=[], ids=[])
    v = view(db, desk, lid)
    assert v.status == "incomplete" and v.missing == ("contract", "ids")
    assert occupancy(db) == "rented"     # the tenant lives there all the same
    with pytest.raises(ValidationError, match="lease contract") as err:
        records.act(db, desk, KIND, lid, "complete", {"ids": DOCS["ids"]})
    assert err.value.field == "contract"
    records.act(db, desk, KIND, lid, "complete", {"contract": DOCS["contract"], "ids": DOCS["ids"]})
    assert view(db, desk, lid).status == "active" and view(db, desk, lid).missing == ()


@pytest.mark.parametrize("kw,field,message", [
    (dict(id_number=rid("20100101")), "id_number", "at least 18"),
    (dict(id_number=rid("20080616")), "id_number", "is 17 on the start date"),   # 18 the day after the start
    (dict(end_date="2026-06-15"), "end_date", "must end after it starts"),
    (dict(end_date="2026-06-01"), "end_date", "must end after it starts"),
    (dict(tenant_type="company", tenant_name="深圳某科技有限公司"), "id_type", "business licence"),
    (dict(tenant_type="company", id_type="business", id_number=""), "id_number", "required"),
    (dict(id_type="business", id_number=uscc()), "id_type", "personal document"),
    (dict(owner_name="李四"), "owner_name", "not registered as an owner"),
    (dict(room="3-2-1501"), "owner_name", "no registered owner"),
    (dict(id_type="passport", id_number="E12345678"), "birth_date", ""),
    (dict(co_residents="110105199203041234 张三"), "co_residents", "name first"),
    (dict(co_residents="张三 110105199203041239"), "co_residents", "line 1"),
])
def test_refusals(db, desk, estate, clock, kw, field, message):
    with pytest.raises(ValidationError, match=message) as err:
        file(db, desk, **kw)
    assert err.value.field == field
    with db.read() as s:
        assert s.scalar(select(Lease.id)) is None
    assert occupancy(db) == "vacant"


def test_the_messages_are_chinese(db, desk, estate, clock):
    from app.domain.lease import MSG_MINOR
    from app.i18n import chinese
    assert "18" in chinese(MSG_MINOR) and "租户" in chinese(MSG_MINOR)


def test_an_adult_on_the_start_date_and_an_old_district(db, desk, estate, clock):
    from tests.helpers import OLD_DISTRICT_ID
    assert file(db, desk, id_number=rid("20080615"))           # 18 on the start date exactly
    assert file(db, desk, room="3-2-1601", owner_name="曾经纬", id_number=OLD_DISTRICT_ID)


def test_a_company_tenant_with_its_licence(db, desk, estate, clock):
    lid = file(db, desk, tenant_type="company", tenant_name="深圳某科技有限公司", id_type="business",
               id_number=uscc(), co_residents="", fee_payer="tenant")
    v = view(db, desk, lid)
    assert v.status == "active" and v.tenant_type == "company" and v.fee_payer == "tenant"


def test_a_passport_holder_gives_the_birth_date(db, desk, estate, clock):
    with pytest.raises(ValidationError, match="at least 18"):
        file(db, desk, id_type="passport", id_number="E12345678", birth_date="2010-01-01")
    assert file(db, desk, id_type="passport", id_number="E12345678", birth_date="1980-01-01")


def test_a_room_not_handed_over_cannot_be_let(db, desk, admin, estate, clock):
    with db.write() as s:
        s.execute(update(Room).where(Room.code == ROOM).values(delivery_state="sold"))
    with pytest.raises(ValidationError, match="handed over"):
        file(db, desk)


def test_overlapping_leases_are_refused(db, desk, estate, clock):
    first = file(db, desk)
    number = view(db, desk, first).number
    for start, end in (("2026-07-01", "2026-12-31"), ("2026-01-01", "2026-06-15"), ("2027-06-14", "2028-01-01")):
        with pytest.raises(ValidationError, match=number) as err:
            file(db, desk, start_date=start, end_date=end, tenant_name="赵六", id_number=rid("19850505"))
        assert err.value.field == "start_date"
    assert file(db, desk, start_date="2027-06-15", end_date="2028-06-14")   # the day after: no overlap
    assert file(db, desk, room="3-2-1601", owner_name="曾经纬")            # another room


def test_two_desks_filing_overlapping_leases_at_once(db, actor, estate, clock):
    """Two receptionists at two desks (two connections to one store) file leases of the same room for
    overlapping terms at the same moment: one is filed, the other refused, the room has one open lease."""
    from db.engine import Database
    desks = [db, Database(db.url)]
    who = [actor("receptionist"), actor("steward")]
    start, done, errors = threading.Barrier(2), [], []

    def filing(k):
        try:
            start.wait()
            done.append(records.create(desks[k], who[k], KIND, lease_input(
                tenant_name=("李明", "赵六")[k], id_number=(TENANT_ID, rid("19850505"))[k])))
        except ValidationError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=filing, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    desks[1].dispose()
    assert len(done) == 1 and len(errors) == 1 and errors[0].field == "start_date"
    with db.read() as s:
        assert s.scalar(select(Lease.id).where(Lease.status.in_(("active", "incomplete")))) == done[0]
        assert len(s.scalars(select(Lease.id)).all()) == 1


def _arrears(db, admin):
    """Room 3-2-1502 owes an overdue bill."""
    from tests.helpers import bill_estate
    bill_estate(db, admin)


def test_arrears_block_by_the_parameter(db, desk, admin, estate, clock):
    _arrears(db, admin)
    with pytest.raises(ValidationError, match="arrears") as err:
        file(db, desk)
    assert err.value.field == "room"
    params.set_value(db, admin, "lease.arrears_block", "false")
    lid = file(db, desk)
    v = view(db, desk, lid)
    assert v.status == "active" and "arrears" in v.arrears
    assert any("arrears" in flag for flag in v.flags)


# ------------------------------------------------------------------------------------------ the actions

def test_cards_and_the_police_reminder(db, desk, estate, clock):
    lid = file(db, desk, police_reminded=False)
    assert view(db, desk, lid).police_reminded_at is None
    assert any("police" in flag for flag in view(db, desk, lid).flags)
    clock.advance(hours=1)
    records.act(db, desk, KIND, lid, "police", {"note": "已电话提醒业主"})
    records.act(db, desk, KIND, lid, "cards", {"cards": "MJ-0102，MJ-0103"})
    v = view(db, desk, lid)
    assert v.police_reminded_at == clock.at and v.access_cards == "MJ-0101, MJ-0102, MJ-0103"


def test_renewal_is_a_linked_new_record(db, desk, estate, clock):
    old = file(db, desk)
    with pytest.raises(ValidationError, match="after the current lease"):
        records.act(db, desk, KIND, old, "renew", {"new_end": "2027-06-01"})
    records.act(db, desk, KIND, old, "renew", {"new_end": "2028-06-14", "new_rent": "4800",
                                               "new_contract": [("续租合同.pdf", b"%PDF renewal")]})
    v = view(db, desk, old)
    assert v.status == "renewed"
    [link] = v.links
    assert link.relation == "renewal"
    new = view(db, desk, link.id)
    assert new.status == "active" and new.start_date == date(2027, 6, 15) and new.end_date == date(2028, 6, 14)
    assert str(new.rent) == "4800.00" and {a.role for a in new.attachments} == {"contract", "authorisation", "ids"}
    assert [x.number for x in new.links] == [v.number]
    assert occupancy(db) == "rented"
    with db.read() as s:   # the tenant's links now belong to the renewal, still current
        links = s.scalars(select(RoomPerson).where(RoomPerson.role.in_(("tenant", "co_resident")))).all()
        assert {(x.source, x.end_date) for x in links} == {(f"lease:{link.id}", None)}


def test_a_renewal_without_a_new_contract_waits_for_it(db, desk, estate, clock):
    old = file(db, desk)
    records.act(db, desk, KIND, old, "renew", {"new_end": "2028-06-14"})
    new = view(db, desk, view(db, desk, old).links[0].id)
    assert new.status == "incomplete" and new.missing == ("contract",) and str(new.rent) == "4500.00"


def test_moving_out_ends_the_links_and_gives_the_occupancy_back(db, desk, admin, estate, clock):
    with db.write() as s:
        s.execute(update(Room).where(Room.code == ROOM).values(occupancy_state="owner_occupied"))
    lid = file(db, desk)
    assert occupancy(db) == "rented"
    with pytest.raises(ValidationError, match="before it started"):
        records.act(db, desk, KIND, lid, "terminate", {"ended_on": "2026-06-01"})
    records.act(db, desk, KIND, lid, "terminate", {"ended_on": "2026-12-31"})
    assert view(db, desk, lid).status == "terminated" and view(db, desk, lid).ended_on == date(2026, 12, 31)
    assert occupancy(db) == "owner_occupied"
    card = registry.household_card(db, admin, estate[ROOM])
    assert {p.role for p in card.people} == {"owner"}
    assert {(p.role, p.end_date) for p in card.former} == {("tenant", date(2026, 12, 31)),
                                                           ("co_resident", date(2026, 12, 31))}
    assert file(db, desk, start_date="2027-01-01", end_date="2027-12-31")   # the room can be let again


def test_void_by_the_supervisor_only(db, desk, admin, estate, clock):
    lid = file(db, desk)
    with pytest.raises(PermissionDenied):
        records.act(db, desk, KIND, lid, "void", {"reason": "登记错误"})
    records.act(db, admin, KIND, lid, "void", {"reason": "登记错误"})
    assert view(db, admin, lid).status == "void" and occupancy(db) == "vacant"


def test_the_lease_takes_the_room_off_the_vacancy_register(db, admin, desk, estate, clock):
    from app.services import vacancy
    uid = records.create(db, admin, vacancy.UNIT_KIND, {"room": ROOM, "vacancy_type": "3",
                                                        "since": "2026-01-01", "holder": "owner"})
    file(db, desk)
    assert records.get(db, admin, vacancy.UNIT_KIND, uid).status == "removed"


# ------------------------------------------------------------------------------------------ derived states

def test_expiring_and_expired_are_derived(db, desk, admin, estate, clock):
    lid = file(db, desk, start_date="2026-01-01", end_date="2026-07-01")
    other = file(db, desk, room="3-2-1601", owner_name="曾经纬", start_date="2026-06-01", end_date="2027-05-31")
    rows = {r.id: r for r in svc.list_leases(db, desk, status="all")}
    assert rows[lid].derived == "expiring" and rows[lid].status_label == "Expiring soon"
    assert rows[other].derived == "" and rows[other].status == "active"
    assert [r.id for r in svc.list_leases(db, desk, status="expiring")] == [lid]
    assert svc.count_leases(db, desk, status="expiring") == 1
    with db.read() as s:
        assert s.get(Lease, lid).status == "active"       # nothing stored
    tiles = [t for t in dashboard.tiles(db, desk, clock.at.date()) if t.page == "lease"]
    assert tiles[0].value == "1" and "3-2-1502" in tiles[0].items[0]
    items = [i for i in open_items.collect(db, desk, clock.at) if i.page == "lease"]
    assert [(i.record_id, i.level) for i in items] == [(lid, "attention")]
    clock.advance(days=30)                                 # 2026-07-08: past its end
    rows = {r.id: r for r in svc.list_leases(db, desk, status="all")}
    assert rows[lid].derived == "expired" and rows[lid].overdue
    assert [r.id for r in svc.list_leases(db, desk, status="expired")] == [lid]
    assert any("ended on 2026-07-01" in f for f in view(db, desk, lid).flags)
    items = [i for i in open_items.collect(db, desk, clock.at) if i.page == "lease"]
    assert [(i.record_id, i.level) for i in items] == [(lid, "alert")]
    params.set_value(db, admin, "lease.expiry_reminder_days", "10")
    clock.at = clock.at.replace(month=6, day=8)
    assert svc.list_leases(db, desk, status="expiring") == []


def test_kpis(db, desk, admin, estate, clock):
    file(db, desk, start_date="2026-01-01", end_date="2026-06-30")
    lid = file(db, desk, room="3-2-1601", owner_name="曾经纬")
    records.act(db, desk, KIND, lid, "terminate", {"ended_on": "2026-06-20"})
    k = svc.kpis(db, desk, date(2026, 6, 1), date(2026, 6, 30))
    assert (k.delivered, k.rented, k.filed, k.ended, k.expiring_in_period) == (3, 1, 2, 1, 1)
    assert str(k.rate) == "33.3"


# ------------------------------------------------------------------------------------------ forms

@pytest.mark.parametrize("form,words", [
    ("lease_registration", ["租户入住登记表", "李明", "张小红", "配偶", "王建国", "MJ-0101", "派出所", "承租人签字"]),
    ("lease_authorisation", ["业主授权委托书", "王建国", "李明", "连带责任", "委托人（业主）签字"]),
    ("lease_notice", ["承租须知", "李明", "管理规约", "承租人签字"]),
    ("lease_cards", ["门禁卡发放登记", "MJ-0101", "MJ-0102", "领卡人签字"]),
])
def test_forms_read_back(db, desk, estate, clock, form, words):
    from app.services import printing
    from tests.printing.print_helpers import page_texts, squash
    lid = file(db, desk)
    records.act(db, desk, KIND, lid, "cards", {"cards": "MJ-0102"})
    number = view(db, desk, lid).number
    text = squash("".join(page_texts(printing.render_document(db, desk, form, number))))
    for word in words:
        assert squash(word) in text, word
    assert number in text and TENANT_ID not in text          # the ID number always masked on paper
