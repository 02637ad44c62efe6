"""Money: exact fen, yuan formatting and the Chinese uppercase amount (人民币大写)."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.money import amount_in_words, format_yuan, from_fen, to_fen

FEN = st.integers(min_value=-10**14, max_value=10**14)


@pytest.mark.parametrize(("amount", "fen"), [
    ("1.23", 123), (Decimal("0.1"), 10), ("1.500", 150), ("-0.01", -1), (5, 500), (" 2.50 ", 250),
    ("0", 0), ("1e2", 10000), (Decimal("-1234.5"), -123450),
])
def test_to_fen(amount, fen):
    assert to_fen(amount) == fen


@pytest.mark.parametrize("amount", ["1.005", "0.001", "abc", "", "NaN", "Infinity", "1,000"])
def test_to_fen_refuses_what_is_not_exact_money(amount):
    with pytest.raises(ValidationError):
        to_fen(amount)


def test_to_fen_refuses_float_as_a_bug():
    with pytest.raises(TypeError):
        to_fen(1.1)


@pytest.mark.parametrize(("fen", "text"), [(123, "1.23"), (100, "1.00"), (0, "0.00"), (-5, "-0.05"),
                                           (123456789, "1234567.89")])
def test_from_fen_has_exactly_two_places(fen, text):
    value = from_fen(fen)
    assert isinstance(value, Decimal)
    assert str(value) == text


@pytest.mark.parametrize("fen", [1.0, True, "100"])
def test_from_fen_refuses_non_integers(fen):
    with pytest.raises(TypeError):
        from_fen(fen)


@given(FEN)
def test_fen_round_trip(fen):
    assert to_fen(from_fen(fen)) == fen
    assert to_fen(str(from_fen(fen))) == fen


@given(st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_decimal_round_trip(amount):
    assert from_fen(to_fen(amount)) == amount


@pytest.mark.parametrize(("amount", "text"), [
    ("1234.5", "¥1,234.50"), ("0", "¥0.00"), ("-1234.5", "-¥1,234.50"), (1000000, "¥1,000,000.00"),
    ("0.05", "¥0.05"),
])
def test_format_yuan(amount, text):
    assert format_yuan(amount) == text


@pytest.mark.parametrize(("amount", "words"), [
    ("0.00", "零元整"),
    ("0.05", "伍分"),
    ("0.50", "伍角整"),
    ("0.15", "壹角伍分"),
    ("1.20", "壹元贰角整"),             # our choice: 整 after 角 too
    ("1.05", "壹元零伍分"),             # 角 zero, 分 not: 零 after 元 is mandatory
    ("10.00", "壹拾元整"),              # 拾 always carries its digit
    ("1001.00", "壹仟零壹元整"),
    ("10000.00", "壹万元整"),
    ("110000", "壹拾壹万元整"),
    ("2000", "贰仟元整"),
    ("100000010.01", "壹亿零壹拾元零壹分"),
    ("100010000", "壹亿零壹万元整"),
    ("110000000", "壹亿壹仟万元整"),
    ("1000000000.00", "壹拾亿元整"),
    ("1000100000000", "壹万零壹亿元整"),
    # the examples of 《正确填写票据和结算凭证的基本规定》
    ("1409.50", "壹仟肆佰零玖元伍角整"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
    ("107000.53", "壹拾万柒仟元伍角叁分"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("99999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    # red reversal
    ("-10.00", "负壹拾元整"),
    ("-0.05", "负伍分"),
    ("-1001.20", "负壹仟零壹元贰角整"),
    ("-0.00", "零元整"),
])
def test_amount_in_words(amount, words):
    assert amount_in_words(Decimal(amount)) == words


def test_amount_in_words_refuses_more_than_two_decimals():
    with pytest.raises(ValidationError):
        amount_in_words(Decimal("1.001"))


def test_amount_in_words_refuses_amounts_beyond_its_units():
    assert amount_in_words(Decimal(10**16 - 1)).startswith("玖仟玖佰玖拾玖万")
    with pytest.raises(ValidationError):
        amount_in_words(Decimal(10**16))


_DIGIT = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_SMALL_UNIT = {"拾": 10, "佰": 100, "仟": 1000}


def _integer_value(words: str) -> int:
    """An independent reading of uppercase integers, as a person reads them."""
    total = section = number = 0
    for char in words:
        if char in _DIGIT:
            number = _DIGIT[char]
        elif char in _SMALL_UNIT:
            section += number * _SMALL_UNIT[char]
            number = 0
        elif char == "万":
            section = (section + number) * 10**4
            number = 0
        elif char == "亿":
            total = (total + section + number) * 10**8
            section = number = 0
        else:
            raise AssertionError(f"unexpected {char!r} in {words!r}")
    return total + section + number


def _words_value(words: str) -> int:
    sign = -1 if words.startswith("负") else 1
    words = words.removeprefix("负").removesuffix("整")
    yuan, _, fraction = words.rpartition("元")
    match = re.fullmatch(r"零?(?:(.)角)?(?:(.)分)?", fraction)
    assert match, fraction
    jiao, fen = (_DIGIT[g] if g else 0 for g in match.groups())
    return sign * (_integer_value(yuan) * 100 + jiao * 10 + fen)


@given(FEN)
def test_words_read_back_to_the_amount(fen):
    assert _words_value(amount_in_words(from_fen(fen))) == fen


@given(FEN)
def test_words_follow_the_writing_rules(fen):
    words = amount_in_words(from_fen(fen)).removeprefix("负")
    assert "零零" not in words
    assert not re.search("零[元万亿角分整]", words) or words == "零元整"
    assert not re.search("(^|[^壹贰叁肆伍陆柒捌玖])[拾佰仟]", words), "拾/佰/仟 must carry a digit"
    assert words.endswith("整") == (fen % 10 == 0)
    assert words.startswith("零") == (fen == 0)
    assert ("元" in words) == (abs(fen) >= 100 or fen == 0)
