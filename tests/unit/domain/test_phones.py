"""Phones as owners give them: one parser, one stored form, shown grouped, masked by one rule."""
from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.domain.phones import format_phone, parse_phone
from app.domain.validation import check_mobile, check_phone, mask_phone

ACCEPTED = [
    # typed                          stored              shown                masked
    ("13812345678", "13812345678", "138 1234 5678", "138****5678"),
    ("138 1234 5678", "13812345678", "138 1234 5678", "138****5678"),
    ("138-1234-5678", "13812345678", "138 1234 5678", "138****5678"),
    ("+86 138 1234 5678", "13812345678", "138 1234 5678", "138****5678"),
    ("0086 13812345678", "13812345678", "138 1234 5678", "138****5678"),
    ("86-13812345678", "13812345678", "138 1234 5678", "138****5678"),
    ("+8613812345678", "13812345678", "138 1234 5678", "138****5678"),
    ("１３８１２３４５６７８", "13812345678", "138 1234 5678", "138****5678"),
    ("14912345678", "14912345678", "149 1234 5678", "149****5678"),   # a range phonenumbers lacks
    ("021-12345678", "02112345678", "021-1234 5678", "021-****5678"),
    ("(021)12345678", "02112345678", "021-1234 5678", "021-****5678"),
    ("（021）1234 5678", "02112345678", "021-1234 5678", "021-****5678"),
    ("010-6552 9988", "01065529988", "010-6552 9988", "010-****9988"),
    ("0755 2888 1234", "075528881234", "0755-2888 1234", "0755-****1234"),
    ("0755－28881234", "075528881234", "0755-2888 1234", "0755-****1234"),
    ("０７５５－２８８８１２３４", "075528881234", "0755-2888 1234", "0755-****1234"),
    ("0755—2888 1234", "075528881234", "0755-2888 1234", "0755-****1234"),
    ("+86 755 2888 1234", "075528881234", "0755-2888 1234", "0755-****1234"),
    ("86-755-28881234", "075528881234", "0755-2888 1234", "0755-****1234"),
    ("0755-28881234 转 808", "075528881234-808", "0755-2888 1234 转808", "0755-****1234"),
    ("0755-28881234-808", "075528881234-808", "0755-2888 1234 转808", "0755-****1234"),
    ("400-820-8820", "4008208820", "400-820-8820", "400-***8820"),
    ("800 820 8820", "8008208820", "800-820-8820", "800-***8820"),
    ("+852 9123 4567", "+85291234567", "+852 9123 4567", "+852 ****4567"),
]


@pytest.mark.parametrize("typed,stored,shown,masked", ACCEPTED)
def test_real_forms_of_phone_numbers(typed, stored, shown, masked):
    assert check_phone(typed) == stored
    assert format_phone(stored) == shown
    assert mask_phone(stored) == masked
    assert mask_phone(masked) == masked                # masking twice changes nothing
    assert check_phone(shown) == stored                # the shown form reads back


@pytest.mark.parametrize("typed,reason", [
    ("28881234", "A landline needs its area code, e.g. 0755-2888 1234"),
    ("1381234567", "A mobile number has 11 digits (this one has {n})"),
    ("12012345678", "No Chinese mobile number starts with {prefix}"),
    ("138-1234-5678 转 8", "A mobile number has no extension"),
    ("电话13812345678", "A phone number has only digits, spaces, hyphens, brackets and a leading +"),
    ("0571-8888123", "This is neither a mobile number (11 digits) nor a landline with its area code "
                     "(e.g. 0755-2888 1234) nor a 400/800 number"),
])
def test_refusals_say_why(typed, reason):
    with pytest.raises(ValidationError) as info:
        check_phone(typed, "other_phone")
    assert info.value.message.source == reason and info.value.field == "other_phone"


def test_required_and_empty():
    assert check_phone("  ") == ""
    with pytest.raises(ValidationError, match="Phone number is required"):
        check_phone("", required=True)
    with pytest.raises(ValidationError, match="Mobile number is required"):
        check_mobile(" ")


def test_check_mobile_takes_any_form_of_a_mobile_but_no_landline():
    assert check_mobile("+86 139-0000-1111") == "13900001111"
    with pytest.raises(ValidationError, match="not a mobile"):
        check_mobile("0755-2888 1234")


def test_kinds_and_old_stored_values():
    assert parse_phone("0755 2888 1234").kind == "landline"
    assert parse_phone("400-820-8820").kind == "service"
    assert format_phone("0755-12345678") == "0755-12345678"    # not canonical: shown as it is
    assert mask_phone("12345") == "1****"
    assert mask_phone("") == "" and mask_phone(None) == ""


def test_new_mobile_ranges_with_a_country_prefix_and_bad_foreign_numbers():
    assert check_phone("+86 149 1234 5678") == "14912345678"
    assert check_phone("0086-19412345678") == "19412345678"
    with pytest.raises(ValidationError):
        check_phone("+852 123")
