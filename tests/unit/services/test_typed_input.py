"""Typed input that used to escape as a raw exception (issue 16, item 9 / review D15–D17): every service
refuses it with its domain error, and nothing is written."""
from __future__ import annotations

import pytest

from app.domain.errors import UserError, ValidationError
from app.domain.keys import LOAN_KIND
from app.services import keys, notices, records, registry, search
from app.services import visits as svc
from tests.unit.services.test_keys import clock, desk, estate, intake, owner_key, owner_loan  # noqa: F401
from tests.unit.services.test_notices import notice_input
from tests.unit.services.test_visits import visitor

BIG = 2 ** 63


@pytest.mark.parametrize("name", ["张\x00三", "李\x01\x02四", "\u202egnp.exe", "王\udcff五", "赵\u2066六"])
def test_control_bidi_and_broken_characters_are_refused_in_names(db, estate, desk, name):
    with pytest.raises(ValidationError) as refused:
        svc.register_visit(db, desk, visitor(visitor_name=name), acknowledge=True)
    assert refused.value.field == "visitor_name"
    assert svc.list_visits(db, desk) == []


def test_control_characters_are_refused_in_notes_too(db, admin, estate):
    with pytest.raises(ValidationError):
        registry.save_person(db, admin, registry.PersonInput("钱七", "13800138000", notes="备注\u202e反转"))


def test_an_unknown_id_type_is_a_validation_error(db, estate, desk):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError) as refused:
        keys.lend(db, desk, kid, owner_loan(id_type="\u202egnp.exe"))
    assert refused.value.field == "id_type"


@pytest.mark.parametrize("call", [
    lambda db, a: registry.get_person(db, a, BIG),
    lambda db, a: registry.get_room(db, a, BIG * 4),
    lambda db, a: records.act(db, a, LOAN_KIND, BIG, "return", {"count_in": "1", "returned_by": "王建国"}),
    lambda db, a: registry.save_unit(db, a, BIG, "2"),
    lambda db, a: records.get(db, a, svc.KIND, BIG),
])
def test_ids_beyond_64_bits_are_refused(db, admin, estate, call):
    with pytest.raises(UserError):
        call(db, admin)


@pytest.mark.parametrize("text", ["\udcff", "张\ud800"])
def test_a_lone_surrogate_in_a_search_is_a_domain_error_or_no_hit(db, admin, estate, text):
    for find in (lambda: search.search(db, admin, text), lambda: registry.list_rooms(db, admin, text=text),
                 lambda: keys.list_keys(db, admin, text=text),
                 lambda: keys.list_loans(db, admin, text=text),
                 lambda: svc.list_visits(db, admin, text=text)):
        try:
            assert find() == []
        except UserError:
            pass


def test_percent_and_underscore_are_not_wildcards_in_the_key_lists(db, estate, desk):
    owner_key(db, desk)
    intake(db, desk, key_no="C-001", category="public", location="水泵房")
    intake(db, desk, key_no="C-002", category="public", location="配电房")
    keys.lend(db, desk, owner_key(db, desk, key_no="A-001"), owner_loan())
    for text in ("%", "_", "C_0", "A%1"):
        assert keys.list_keys(db, desk, text=text) == [], text
        assert keys.list_loans(db, desk, text=text) == [], text
    assert [k.key_no for k in keys.list_keys(db, desk, text="C-0")] == ["C-001", "C-002"]


@pytest.mark.parametrize("when", ["1900-01-01 00:00", "2999-12-31 08:00"])
def test_a_notice_dated_1900_is_refused(db, admin, when):
    with pytest.raises(ValidationError) as refused:
        notices.create_notice(db, admin, notice_input(effective_from=when, valid_until="2026-06-15 18:00"))
    assert refused.value.field == "effective_from"
