"""Registering and finding real people: landline-only owners, old IDs, surnames people read their own way."""
from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.services import registry, search
from app.services.registry import BuildingInput, PersonInput, RoomInput


@pytest.fixture
def room(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    return registry.save_room(db, admin, RoomInput(u, "1502", "15", "89.5"))


def add(db, admin, room, name, mobile="", other="", id_number="", role="owner"):
    return registry.save_person(db, admin, PersonInput(name, mobile, id_number=id_number, other_phone=other),
                                room_id=room, role=role)


def test_an_owner_with_only_a_landline_and_an_old_id(db, admin, room):
    pid = add(db, admin, room, "曾经纬", "0755 2888 1234", id_number="440304620315041")
    p = registry.get_person(db, admin, pid)
    assert (p.mobile, p.other_phone, p.id_number, p.gender) == ("075528881234", "", "440304196203150414", "m")
    card = registry.household_card(db, admin, room, reveal=True)
    assert card.people[0].mobile == "075528881234"


def test_a_landline_given_as_the_other_phone_becomes_the_main_one(db, admin, room):
    pid = add(db, admin, room, "解放", other="(021)12345678", id_number="310115198001010032")
    p = registry.get_person(db, admin, pid)
    assert (p.mobile, p.other_phone) == ("02112345678", "")


def test_a_person_needs_one_reachable_phone(db, admin, room):
    with pytest.raises(ValidationError) as info:
        add(db, admin, room, "区分明", id_number="330108195511200625")
    assert info.value.field == "mobile" and "at least one phone" in str(info.value)


@pytest.mark.parametrize("query", ["zjw", "zengjingwei", "cjw", "曾经", "经纬", "2888 1234", "0755-2888",
                                   "075528881234", "28881234", "8881", "0755-2888 1234"])
def test_search_by_pinyin_and_any_part_of_either_phone_form(db, admin, room, query):
    pid = add(db, admin, room, "曾经纬", "0755-2888 1234", id_number="440304196203150414")
    hits = search.search(db, admin, query)
    assert pid in [h.ref_id for h in hits if h.kind == "person"], query


@pytest.mark.parametrize("name,query", [("解放", "xf"), ("区分明", "ofm"), ("朴素", "piaosu"),
                                        ("单田芳", "shan"), ("尉迟恭", "yuchi"), ("万俟卨", "mqx"),
                                        ("欧阳修", "oyx")])
def test_surnames_are_found_by_their_own_reading(db, admin, room, name, query):
    pid = add(db, admin, room, name, "13812345678", role="family")
    assert pid in [h.ref_id for h in search.search(db, admin, query)]


@pytest.mark.parametrize("query", ["138 1234", "+86 138 1234 5678", "0086 13812345678", "1234 5678", "5678",
                                   "12345678"])
def test_a_mobile_is_found_by_any_part(db, admin, room, query):
    pid = add(db, admin, room, "张三", "+86 138-1234-5678", role="family")
    assert pid in [h.ref_id for h in search.search(db, admin, query)], query


def test_a_room_code_query_stays_a_room_code(db, admin, room):
    hits = search.search(db, admin, "3-2-1502")
    assert hits and hits[0].kind == "room" and hits[0].title == "3-2-1502"


def test_search_shows_the_phone_masked_for_a_receptionist(db, admin, actor, room):
    add(db, admin, room, "曾经纬", "0755-2888 1234", id_number="440304196203150414")
    hit = [h for h in search.search(db, actor("receptionist"), "zjw") if h.kind == "person"][0]
    assert "0755-****1234" in hit.subtitle and "2888" not in hit.subtitle


@pytest.mark.parametrize("query", ["4403**********0414", "0755-****1234", "138****5678", "4403 ********** 0414"])
def test_search_by_what_the_masked_list_shows(db, admin, actor, room, query):
    pid = add(db, admin, room, "曾经纬", "13812345678", other="0755-2888 1234", id_number="440304196203150414")
    add(db, admin, room, "张三", "13912345678", id_number="11010519491231002X", role="family")
    hits = [h for h in search.search(db, actor("receptionist"), query) if h.kind == "person"]
    assert [h.ref_id for h in hits] == [pid], query
    assert search.search(db, admin, "4401**********0414") == []
