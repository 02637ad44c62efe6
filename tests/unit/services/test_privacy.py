"""Full ID and phone numbers reach only people.see_id (issue 16, items 1 and 12): the person read model,
an edit by a role that was shown them masked, and the audit trail."""
from __future__ import annotations

import pytest

from app.services import audit_log, registry
from app.services import visits as svc
from app.services.registry import BuildingInput, PersonInput, RoomInput

OWNER_ID = "11010519491231002X"
MOBILE = "13805716688"


@pytest.fixture
def owner(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    room = registry.save_room(db, admin, RoomInput(u, "1502", "15", "89.5"))
    return registry.save_person(db, admin, PersonInput("王建国", MOBILE, id_number=OWNER_ID, address="旧地址"),
                                room_id=room, role="owner", is_primary=True)


@pytest.mark.parametrize("role", ["clerk", "steward"])
def test_an_edit_by_a_masked_role_keeps_the_id_and_phone_it_was_not_shown(db, admin, actor, owner, role):
    """D1: the editor leaves the ID (and now the mobile) out; the save must not write blanks over them."""
    who = actor(role)
    p = registry.get_person(db, who, owner)
    assert {"id_number", "mobile"} <= p.hidden
    registry.save_person(db, who, PersonInput(p.name, "", p.id_type, "", p.gender, address="已更正的地址"),
                         person_id=owner, version=p.version)
    stored = registry.get_person(db, admin, owner)
    assert (stored.id_number, stored.mobile, stored.address) == (OWNER_ID, MOBILE, "已更正的地址")
    # the masked text sent back unchanged is kept too; a newly typed number is taken
    p = registry.get_person(db, who, owner)
    registry.save_person(db, who, PersonInput(p.name, "13900001111", p.id_type, p.id_number, p.gender),
                         person_id=owner, version=p.version)
    stored = registry.get_person(db, admin, owner)
    assert (stored.id_number, stored.mobile) == (OWNER_ID, "13900001111")


@pytest.mark.parametrize("role", ["receptionist", "steward", "clerk"])
def test_get_person_masks_for_roles_without_see_id(db, actor, owner, role):
    """D9: as the household card does."""
    p = registry.get_person(db, actor(role), owner)
    assert p.id_number == "1101**********002X" and p.mobile == "138****6688"


def test_the_supervisor_sees_and_edits_everything(db, admin, owner):
    p = registry.get_person(db, admin, owner)
    assert (p.id_number, p.mobile, p.hidden) == (OWNER_ID, MOBILE, frozenset())


def test_the_audit_log_masks_ids_and_phones_and_cannot_be_searched_by_them(db, admin, actor, owner):
    """D9: the network engineer (audit.view, no people.see_id) read a visitor's full ID from the log."""
    it = actor("it")
    svc.register_visit(db, actor("receptionist"), dict(
        category="visitor", visitor_name="刘志强", phone="13957112345", id_type="resident",
        id_number="330106198507134515", purpose="family", room="3-2-1502", host_name="王建国"),
        acknowledge=True)
    rows = audit_log.query(db, it, entity="visit")
    assert rows and all("330106198507134515" not in r.after_text + r.before_text for r in rows)
    assert "3301**********4515" in rows[0].after_text and "139****2345" in rows[0].after_text
    assert audit_log.query(db, it, text="330106198507134515") == []
    assert audit_log.query(db, it, text=OWNER_ID) == []
    assert audit_log.query(db, admin, text="330106198507134515")       # the supervisor may
    assert "330106198507134515" in audit_log.get(db, admin, rows[0].id).after_text
    assert "330106198507134515" not in audit_log.get(db, it, rows[0].id).after_text
    assert audit_log.query(db, it, text="4515")                         # what the mask shows is searchable
