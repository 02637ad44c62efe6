from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.services import registry
from app.services.registry import BuildingInput, PersonInput, RoomInput
from db.models import AuditLog, Person, Room

VALID_ID = "11010519491231002X"


@pytest.fixture
def unit(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    return registry.save_unit(db, admin, b, "2")


def test_room_code_and_card(db, admin, unit):
    room_id = registry.save_room(db, admin, RoomInput(unit, "1502", "15", "89.5", layout="三室两厅"))
    registry.save_person(db, admin, PersonInput("张三", "13800138000", id_number=VALID_ID),
                         room_id=room_id, role="owner", is_primary=True)
    card = registry.household_card(db, admin, room_id)
    assert card.room.code == "3-2-1502"
    assert card.room.area == Decimal("89.50")
    assert [(p.role, p.name) for p in card.people] == [("owner", "张三")]
    assert card.people[0].id_number == "1101**********002X" and card.masked   # masked until shown whole
    card = registry.household_card(db, admin, room_id, reveal=True)            # (a logged action)
    assert card.people[0].id_number == VALID_ID  # the supervisor may see it


def test_card_masks_ids_for_receptionist(db, admin, actor, unit):
    room_id = registry.save_room(db, admin, RoomInput(unit, "101", "1", "60"))
    registry.save_person(db, admin, PersonInput("李四", "13912345678", id_number=VALID_ID),
                         room_id=room_id, role="owner")
    card = registry.household_card(db, actor("receptionist"), room_id)
    assert card.people[0].id_number == "1101**********002X"
    assert card.people[0].mobile == "139****5678"
    assert card.masked


@pytest.mark.parametrize("field,kwargs,message", [
    ("area", dict(area=""), "required"),
    ("area", dict(area="0"), "greater than 0"),
    ("area", dict(area="-5"), "greater than 0"),
    ("area", dict(area="89.555"), "2 decimal"),
    ("area", dict(area="abc"), "number"),
    ("room_no", dict(room_no=""), "required"),
    ("room_no", dict(room_no="15 02"), "letters and digits"),
    ("room_no", dict(room_no="123456789"), "too long"),
    ("floor", dict(floor="1.5"), "decimal"),
    ("inner_area", dict(inner_area="200"), "exceed"),
])
def test_bad_room_input_names_the_field(db, admin, unit, field, kwargs, message):
    data = dict(unit_id=unit, room_no="1502", floor="15", area="89.5")
    data.update(kwargs)
    with pytest.raises(ValidationError, match=message) as err:
        registry.save_room(db, admin, RoomInput(**data))
    assert err.value.field == field
    with db.read() as s:
        assert s.scalar(select(Room.id)) is None  # nothing half-written


def test_duplicate_room_code_refused(db, admin, unit):
    registry.save_room(db, admin, RoomInput(unit, "1502", "15", "89.5"))
    with pytest.raises(ValidationError, match="already exists") as err:
        registry.save_room(db, admin, RoomInput(unit, "1502", "15", "90"))
    assert err.value.field == "room_no"


def test_two_desks_editing_the_same_room(db, admin, actor, unit):
    room_id = registry.save_room(db, admin, RoomInput(unit, "1502", "15", "89.5"))
    desk_a = registry.get_room(db, admin, room_id)
    desk_b = registry.get_room(db, actor("clerk"), room_id)
    registry.save_room(db, admin, RoomInput(unit, "1502", "15", "90"), room_id, desk_a.version)
    with pytest.raises(ConflictError, match="changed this record"):
        registry.save_room(db, actor("clerk"), RoomInput(unit, "1502", "15", "91"), room_id,
                           desk_b.version)
    assert registry.get_room(db, admin, room_id).area == Decimal("90.00")


@pytest.mark.parametrize("kwargs,field", [
    (dict(name=""), "name"),
    (dict(name="张" * 51), "name"),
    (dict(mobile="1380013800"), "mobile"),
    (dict(mobile="23800138000"), "mobile"),
    (dict(id_number="110105194912310021"), "id_number"),   # wrong check digit
    (dict(id_number="11010519491231002"), "id_number"),    # 17 characters
    (dict(id_number="110105194913310021"), "id_number"),   # month 13
    (dict(gender="m"), "gender"),                          # the ID says female
    (dict(other_phone="12345"), "other_phone"),
])
def test_bad_person_input(db, admin, unit, kwargs, field):
    room_id = registry.save_room(db, admin, RoomInput(unit, "101", "1", "60"))
    data = dict(name="张三", mobile="13800138000", id_number=VALID_ID)
    data.update(kwargs)
    with pytest.raises(ValidationError) as err:
        registry.save_person(db, admin, PersonInput(**data), room_id=room_id, role="owner")
    assert err.value.field == field
    with db.read() as s:
        assert s.scalar(select(Person.id)) is None


def test_owner_needs_id_but_family_member_does_not(db, admin, unit):
    room_id = registry.save_room(db, admin, RoomInput(unit, "101", "1", "60"))
    with pytest.raises(ValidationError) as err:
        registry.save_person(db, admin, PersonInput("王五", "13800138000"), room_id=room_id, role="owner")
    assert err.value.field == "id_number"
    registry.save_person(db, admin, PersonInput("王小五", "13800138001"), room_id=room_id, role="family")


def test_duplicate_id_number_refused(db, admin, unit):
    room_id = registry.save_room(db, admin, RoomInput(unit, "101", "1", "60"))
    registry.save_person(db, admin, PersonInput("张三", "13800138000", id_number=VALID_ID),
                         room_id=room_id, role="owner")
    with pytest.raises(ValidationError, match="already registered"):
        registry.save_person(db, admin, PersonInput("张三丰", "13800138001", id_number=VALID_ID.lower()),
                             room_id=room_id, role="co_owner")


def test_end_link_keeps_history(db, admin, unit):
    room_id = registry.save_room(db, admin, RoomInput(unit, "101", "1", "60"))
    registry.save_person(db, admin, PersonInput("租客", "13800138000", id_number=VALID_ID),
                         room_id=room_id, role="tenant")
    link = registry.household_card(db, admin, room_id).people[0]
    with pytest.raises(ValidationError):
        registry.end_link(db, admin, link.link_id, date(2000, 1, 1))
    registry.end_link(db, admin, link.link_id, date.today())
    card = registry.household_card(db, admin, room_id)
    assert not card.people and card.former[0].name == "租客"
    with pytest.raises(ConflictError):
        registry.end_link(db, admin, link.link_id, date.today())
    assert any(e.action == "update" for e in card.history)


def test_receptionist_cannot_edit_registry(db, actor, unit):
    with pytest.raises(PermissionDenied):
        registry.save_room(db, actor("receptionist"), RoomInput(unit, "101", "1", "60"))


def test_every_change_is_audited_in_the_same_transaction(db, admin, unit):
    room_id = registry.save_room(db, admin, RoomInput(unit, "101", "1", "60"))
    room = registry.get_room(db, admin, room_id)
    registry.save_room(db, admin, RoomInput(unit, "101", "1", "61.25"), room_id, room.version)
    with db.read() as s:
        rows = s.scalars(select(AuditLog).where(AuditLog.entity == "room")).all()
    assert [r.action for r in rows] == ["create", "update"]
    assert '"area": "61.25"' in rows[1].after and '"area": "60.00"' in rows[1].before
    assert rows[1].username == "admin"


def test_list_rooms_pages_by_key_without_gaps(db, admin, unit):
    for floor in range(1, 8):
        for n in range(1, 4):
            registry.save_room(db, admin, RoomInput(unit, f"{floor}0{n}", str(floor), "80"))
    seen, after = [], None
    while True:
        page = registry.list_rooms(db, admin, after=after, limit=5)
        if not page:
            break
        seen += [r.code for r in page]
        after = page[-1].sort_key
    assert len(seen) == 21 == len(set(seen))
    assert seen[:4] == ["3-2-101", "3-2-102", "3-2-103", "3-2-201"]
    assert [r.code for r in registry.list_rooms(db, admin, text="3-2-7")] == ["3-2-701", "3-2-702", "3-2-703"]


def test_area_round_trips_exactly(db, admin, unit):
    """Any area with two decimals comes back exactly (stored as integer hundredths, never float)."""
    numbers = iter(range(100, 100000))

    @settings(max_examples=60, deadline=None)
    @given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2))
    def check(area):
        room_id = registry.save_room(db, admin, RoomInput(unit, str(next(numbers)), "1", str(area)))
        assert registry.get_room(db, admin, room_id).area == area
    check()


def test_created_records_are_audited_with_their_id(db, admin):
    building_id = registry.save_building(db, admin, BuildingInput("7"))
    with db.read() as s:
        row = s.scalars(select(AuditLog).where(AuditLog.entity == "building")).one()
    assert (row.action, row.entity_id) == ("create", str(building_id))


def test_export_masks_ids_unless_the_role_may_see_them(db, admin, actor, unit, tmp_path):
    from openpyxl import load_workbook

    from app.services import roster
    room_id = registry.save_room(db, admin, RoomInput(unit, "101", "1", "60"))
    registry.save_person(db, admin, PersonInput("张三", "13800138000", id_number=VALID_ID),
                         room_id=room_id, role="owner")
    for who, expected in ((admin, VALID_ID), (actor("clerk"), "1101**********002X")):
        path = tmp_path / f"{who.username}.xlsx"
        roster.export(db, who, "people", path, masked=False)
        values = [c.value for c in load_workbook(path).active[2]]
        assert expected in values


def test_search_finds_a_document_by_number_and_leads_to_its_room(demo_db):
    from app.services import auth, search
    actor = auth.sign_in(demo_db, "jiedai", "demo1234")
    from sqlalchemy import select as sel

    from db.models.visit import Visit
    with demo_db.read() as s:
        number, room_id = s.execute(sel(Visit.number, Visit.room_id).where(Visit.room_id.is_not(None))
                                    .limit(1)).one()
    hits = search.search(demo_db, actor, number.lower())
    assert hits[0].title == number and hits[0].room_id == room_id
    assert "Visit" in hits[0].subtitle or "访客" in hits[0].subtitle
    assert len(search.search(demo_db, actor, number[:6])) >= 1
