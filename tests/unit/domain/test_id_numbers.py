"""Resident ID numbers and credit codes as people really have them (DOMAIN.md §3.4)."""
from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
import stdnum
from stdnum.cn import ric

from app.domain import id_numbers
from app.domain.errors import ValidationError
from app.domain.validation import check_id_number

#: valid numbers refused by python-stdnum 2.x because the district was created after the birth year
REAL = {
    "440304196203150414": "深圳福田 (1990), born 1962",
    "330108195511200625": "杭州滨江 (1996), born 1955",
    "310115198001010032": "上海浦东 (1992), born 1980",
    "500101198501010060": "重庆万州 (1998), born 1985",
}


@pytest.mark.parametrize("number", REAL)
def test_numbers_issued_where_the_district_is_younger_than_the_holder(number):
    assert not ric.is_valid(number)          # what the old check relied on
    assert check_id_number("resident", number) == number


def test_full_width_spaces_hyphens_and_lower_case_x():
    assert check_id_number("resident", "４４０３０４１９６２０３１５０４１４") == "440304196203150414"
    assert check_id_number("resident", " 440304 19620315 0414 ") == "440304196203150414"
    assert check_id_number("resident", "440304-19620315-0414") == "440304196203150414"
    assert check_id_number("resident", "11010519491231002x") == "11010519491231002X"
    assert check_id_number("resident", "11010519491231002ｘ") == "11010519491231002X"


def test_fifteen_digit_numbers_are_converted():
    assert check_id_number("resident", "440304620315041") == "440304196203150414"
    assert check_id_number("resident", "110105491231002") == "11010519491231002X"
    with pytest.raises(ValidationError, match="not a real date"):
        check_id_number("resident", "440304621315041")


def _valid(body17: str) -> str:
    return body17 + id_numbers.check_digit(body17)


@pytest.mark.parametrize("number,reason", [
    ("440304196203150415", "The check digit of this ID number is wrong: please check every digit"),
    (_valid("44030419620231041"), "The birth date {date} in this ID number is not a real date"),
    (_valid("44030420300101041"), "The birth date {date} in this ID number is in the future"),
    (_valid("44030418500101041"), "The birth date {date} in this ID number is impossibly early"),
    (_valid("99030419620315041"), "The district code {code} at the start of this ID number does not exist "
                                  "and never existed"),
    (_valid("44999919620315041"), "The district code {code} at the start of this ID number does not exist "
                                  "and never existed"),
    ("44030419620315041", "A resident ID number has 18 characters, or 15 digits for an old card "
                          "(this one has {n})"),
    ("4403041962031504X4", "A resident ID number has only digits, and its last character may be X"),
    ("", "ID number is required"),
])
def test_each_refusal_names_its_exact_reason(number, reason):
    with pytest.raises(ValidationError) as info:
        check_id_number("resident", number, "owner_id")
    assert info.value.message.source == reason and info.value.field == "owner_id"


def test_a_birth_date_of_today_is_fine_and_tomorrow_is_not():
    body = "440304" + date.today().strftime("%Y%m%d") + "041"
    assert id_numbers.check_resident_id(_valid(body)) == _valid(body)
    with pytest.raises(ValidationError, match="future"):
        id_numbers.check_resident_id(_valid(body), today=date(2000, 1, 1))


def test_abolished_districts_still_count():
    assert id_numbers.district_known("110103")          # 北京崇文区, merged into 东城 in 2010
    assert check_id_number("resident", _valid("11010319700101001"))


def test_synthetic_well_formed_numbers_are_all_accepted():
    """Every district code stdnum lists (any years), any birth date 1930–2008: none is refused,
    where stdnum's own check refuses a large share."""
    rng = random.Random(9)
    codes = []
    province = ""
    for line in (Path(stdnum.__file__).parent / "cn" / "loc.dat").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", " ")):
            province = line[:2]
        elif line.startswith(" ") and 'county="' in line:
            codes.append(province + line.split()[0])
    refused_by_stdnum = 0
    for _ in range(2000):
        born = date.fromordinal(rng.randint(date(1930, 1, 1).toordinal(), date(2008, 12, 31).toordinal()))
        number = _valid(f"{rng.choice(codes)}{born:%Y%m%d}{rng.randint(0, 999):03d}")
        assert check_id_number("resident", number) == number
        refused_by_stdnum += not ric.is_valid(number)
    assert refused_by_stdnum > 400


def test_unified_social_credit_codes():
    assert check_id_number("business", "91110000600037341L") == "91110000600037341L"
    assert check_id_number("business", "９１１１０００ ０６０００３７３４１ｌ") == "91110000600037341L"
    with pytest.raises(ValidationError) as info:
        check_id_number("business", "91110000600037341M")
    assert info.value.message.source.startswith("The check character")
    with pytest.raises(ValidationError) as info:
        check_id_number("business", "9111000060003734IL")
    assert info.value.message.source.startswith("A unified social credit code has digits")
    with pytest.raises(ValidationError, match="18 letters"):
        check_id_number("business", "12345")


def test_other_documents_are_normalised_too():
    assert check_id_number("hk_macao", "ｈ１２３４５６７８") == "H12345678"
    assert check_id_number("passport", "e 1234 5678") == "E12345678"
