"""Fields declared once: the one parser of every kind, its refusals naming the field, and how values show."""
from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.domain.fields import EFFECTIVE_AT, NOTE, FieldSpec
from app.domain.keys import BorrowerType
from app.i18n import QT_TRANSLATE_NOOP

NOW = datetime(2025, 6, 12, 15, 30)


def spec(kind, **kw) -> FieldSpec:
    return FieldSpec("f", QT_TRANSLATE_NOOP("Field", "Note"), kind, **kw)


@pytest.mark.parametrize(("kind", "kw", "raw", "value"), [
    ("text", {}, "  王建国 ", "王建国"),
    ("text", {}, "你好，世界：", "你好，世界："),       # free text keeps Chinese punctuation
    ("multiline", {}, "a\nb ", "a\nb"),
    ("room", {}, " 3-2-1502 ", "3-2-1502"),
    ("room", {}, "b1-1-０１", "B1-1-01"),                 # full-width digits from a Chinese keyboard
    ("choice", {"choices": BorrowerType}, "agent", "agent"),
    ("choice", {"choices": BorrowerType}, BorrowerType.STAFF, "staff"),
    ("choice", {"choices": BorrowerType}, "Staff", "staff"),  # the label as shown
    ("bool", {}, "是", True),
    ("bool", {}, False, False),
    ("int", {"lo": 0, "hi": 50}, "１２", 12),
    ("int", {}, 7, 7),
    ("money", {}, "1,234.5", Decimal("1234.50")),
    ("date", {}, "2025/6/1", date(2025, 6, 1)),
    ("date", {}, datetime(2025, 6, 1, 9, 0), date(2025, 6, 1)),
    ("datetime", {}, "2025-06-11 09:05", datetime(2025, 6, 11, 9, 5)),
    ("datetime", {}, "14：05", datetime(2025, 6, 12, 14, 5)),  # a time alone is today
    ("time", {}, "17:30", time(17, 30)),
    ("staff", {}, "12", 12),
    ("attachment", {}, ("scan.png", b"\x89PNG"), [("scan.png", b"\x89PNG")]),
])
def test_each_kind_parses_what_the_desk_types(kind, kw, raw, value):
    assert spec(kind, **kw).parse(raw, now=NOW) == value


@pytest.mark.parametrize(("kind", "kw", "raw", "message"), [
    ("text", {"max_len": 3}, "abcd", "too long"),
    ("choice", {"choices": BorrowerType}, "nobody", "Choose"),
    ("int", {"lo": 1, "hi": 50}, "0", "between 1 and 50"),
    ("int", {}, "1.5", "whole number"),
    ("int", {}, "9" * 40, "whole number"),
    ("money", {}, "-1", "below"),
    ("money", {}, "1.234", "decimal places"),
    ("date", {}, "2025-02-30", "date such as"),
    ("datetime", {}, "tomorrow", "time such as"),
    ("time", {}, "25:00", "time of day"),
    ("staff", {}, "王", "choose from the list"),
])
def test_bad_input_is_refused_naming_the_field(kind, kw, raw, message):
    with pytest.raises(ValidationError, match=message) as err:
        spec(kind, **kw).parse(raw, now=NOW)
    assert err.value.field == "f"


def test_required_and_optional_empty_values():
    assert spec("text").parse("  ") == "" and spec("int").parse("") is None and spec("bool").parse(None) is False
    with pytest.raises(ValidationError, match="required"):
        spec("text", required=True).parse(" ")
    with pytest.raises(ValidationError, match="Tick"):   # a required tick box must be ticked
        spec("bool", required=True).parse(False)


def test_the_extra_check_sees_the_value_and_the_values_before_it():
    def same_as_id(value, values):
        if values.get("id_type") == "resident" and len(value) != 18:
            raise ValidationError(QT_TRANSLATE_NOOP("Field", "Note"), "f")
        return value.upper()
    field = spec("text", check=same_as_id)
    assert field.parse("x12345", values={"id_type": "passport"}) == "X12345"
    with pytest.raises(ValidationError):
        field.parse("x12345", values={"id_type": "resident"})


def test_values_are_shown_and_printed():
    assert spec("choice", choices=BorrowerType).show("staff") == "Staff"
    assert spec("choice", choices=BorrowerType).show_printed("staff") == "员工"
    assert spec("bool").show_printed(True) == "是" and spec("money").show(Decimal("1234.5")) == "1,234.50"
    assert spec("text", private=True).show("13805716688") == "1380***6688"
    assert FieldSpec("phone", NOTE.label, private=True).show("13805716688") == "138****6688"
    assert NOTE.printed_label == "备注" and EFFECTIVE_AT.kind == "datetime"


def test_a_declaration_with_choices_of_the_wrong_kind_is_refused():
    with pytest.raises(ValueError):
        spec("text", choices=BorrowerType)
    with pytest.raises(ValueError):
        spec("colour")


def test_a_field_required_only_in_some_cases():
    from app.domain.fields import check_required_when, missing_required_when
    kind = FieldSpec("kind", QT_TRANSLATE_NOOP("Field", "Kind"))
    place = FieldSpec("place", QT_TRANSLATE_NOOP("Field", "Place"), required_when=lambda v: v.get("kind") == "public")
    assert place.required_in({"kind": "public"}) and not place.required_in({"kind": "owner"})
    assert missing_required_when((kind, place), {"kind": "owner", "place": ""}) == []
    assert missing_required_when((kind, place), {"kind": "public", "place": " "}) == [place]
    with pytest.raises(ValidationError) as err:
        check_required_when((kind, place), {"kind": "public", "place": ""})
    assert err.value.field == "place"
    check_required_when((kind, place), {"kind": "public", "place": "水泵房"})
    with pytest.raises(ValueError):
        FieldSpec("x", QT_TRANSLATE_NOOP("Field", "X"), required=True, required_when=lambda v: True)


def test_the_engine_names_a_field_the_case_requires_but_not_before_the_input():
    from app.domain.keys import KEY
    wf = KEY
    name = "lend"
    t = wf.transition(name)
    perms = {t.permission}
    state = "in_cabinet"
    fields = {f.key: f.initial() for f in t.form_fields}
    fields.update(borrower_type="agent", borrower_name="张三", id_number="", phone="")
    with pytest.raises(ValidationError) as err:
        wf.check(state, name, perms, fields)
    assert err.value.field == "id_number" and "Document no." in str(err.value) and "Phone" in str(err.value)
    fields.update(borrower_type="staff")
    wf.check(state, name, perms, fields)
    wf.check_allowed(state, name, perms)        # whether it can be done at all asks for no input
