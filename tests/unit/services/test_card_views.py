"""一户一档 is privacy-sensitive (DOMAIN.md §2.2, §3.3; issue 10 item 3): every view of a household card is in
the audit trail (who, which room, when), the supervisor reads them as a report in the audit log, and showing
the full ID and phone numbers on a card is an action of its own, logged, for people.see_id only."""
from __future__ import annotations

import pytest

from app.domain.errors import PermissionDenied
from app.services import audit_log, printing, registry
from app.services.registry import BuildingInput, PersonInput, RoomInput

OWNER_ID = "11010519491231002X"
MOBILE = "13805716688"


@pytest.fixture
def rooms(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    first = registry.save_room(db, admin, RoomInput(u, "1502", "15", "89.5"))
    second = registry.save_room(db, admin, RoomInput(u, "1501", "15", "89.5"))
    registry.save_person(db, admin, PersonInput("王建国", MOBILE, id_number=OWNER_ID), room_id=first, role="owner",
                         is_primary=True)
    return first, second


def views(db, admin):
    return [(r.username, r.action, r.entity_id) for r in audit_log.query(db, admin, action="card_views")]


def test_every_card_view_is_in_the_audit_trail(db, admin, actor, rooms):
    first, second = rooms
    desk = actor("receptionist")
    assert views(db, admin) == []
    registry.household_card(db, desk, first)
    [row] = audit_log.query(db, admin, action="view_card")
    assert (row.username, row.entity, row.entity_id) == (desk.username, "household_card", "3-2-1502")
    assert row.action_label == "Viewed a household card" and row.entity_label == "Household card"
    registry.household_card(db, desk, first)          # the same card again at once (refreshed): one viewing
    assert len(views(db, admin)) == 1
    registry.household_card(db, desk, second)
    registry.household_card(db, desk, first)          # back to the first: a viewing of its own
    registry.household_card(db, actor("clerk"), first)
    assert views(db, admin) == [("clerk", "view_card", "3-2-1502"), (desk.username, "view_card", "3-2-1502"),
                                (desk.username, "view_card", "3-2-1501"), (desk.username, "view_card", "3-2-1502")]
    # the card's own history is its changes, not who read it
    assert {e.action for e in registry.household_card(db, desk, first).history} <= {"create", "update", "delete"}


def test_the_card_is_masked_and_a_full_reveal_is_a_logged_action(db, admin, actor, rooms):
    first, _ = rooms
    card = registry.household_card(db, admin, first)
    assert card.masked and card.people[0].id_number == "1101**********002X"
    assert card.people[0].mobile == "138****6688"
    full = registry.household_card(db, admin, first, reveal=True)
    assert not full.masked and (full.people[0].id_number, full.people[0].mobile) == (OWNER_ID, MOBILE)
    assert views(db, admin)[0] == (admin.username, "reveal_card", "3-2-1502")
    assert audit_log.query(db, admin, action="reveal_card")[0].action_label == "Showed full ID and phone numbers"
    desk = actor("receptionist")
    with pytest.raises(PermissionDenied, match="may not see full ID and phone numbers"):
        registry.household_card(db, desk, first, reveal=True)
    assert all(user != desk.username for user, _a, _r in views(db, admin))


def test_the_refusal_in_chinese(qapp, db, actor, rooms):
    from app import i18n_qt
    i18n_qt.install("zh_CN")
    try:
        with pytest.raises(PermissionDenied) as err:
            registry.household_card(db, actor("receptionist"), rooms[0], reveal=True)
        assert "完整" in str(err.value) and "客服主管" in str(err.value)
    finally:
        i18n_qt.install("en")


def test_only_who_may_read_the_audit_log_reads_the_report(db, admin, actor, rooms):
    registry.household_card(db, actor("receptionist"), rooms[0])
    with pytest.raises(PermissionDenied):
        audit_log.query(db, actor("receptionist"), action="card_views")
    assert views(db, admin) and "card_views" in audit_log.actions()
    assert audit_log.action_label("card_views") == "Household card views (all)"


def test_printing_the_card_is_its_own_audit_row_not_a_view(db, admin, rooms):
    printing.print_document(db, admin, "household_card", "3-2-1502")
    assert views(db, admin) == []
    assert audit_log.query(db, admin, action="print")[0].entity == "household_card"
