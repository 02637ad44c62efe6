"""Document numbers: formats, counter keys, parsing, and that distinct allocations never share a number."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.numbering import DOC_TYPES, DocNumber, format_number, notice_number, parse_number, period_key
from app.i18n import Text


def test_registry_holds_the_type_codes_of_domain_2_3():
    domain = ["FK", "TS", "HF", "TZ", "KZ", "YS", "ZX", "XC", "WG", "ZL", "LX", "XJ", "CZ", "FX", "RZ", "SJ"]
    assert list(DOC_TYPES)[:len(domain)] == domain      # workflows may add codes of their own after these
    assert {code for code, t in DOC_TYPES.items() if t.period == "year"} == {"TZ", "SJ"}
    assert all(t.code == code and isinstance(t.label, Text) for code, t in DOC_TYPES.items())


def test_period_key():
    assert period_key("TS", date(2025, 6, 12)) == "20250612"
    assert period_key(DOC_TYPES["SJ"], date(2025, 6, 12)) == "2025"


@pytest.mark.parametrize(("code", "when", "seq", "number"), [
    ("TS", date(2025, 6, 12), 3, "TS20250612-0003"),
    ("FK", date(2025, 1, 1), 9999, "FK20250101-9999"),
    ("FK", date(2025, 1, 1), 10000, "FK20250101-10000"),   # the width is a minimum, never a cap
    ("SJ", date(2025, 12, 31), 12, "SJ2025-00012"),
    ("TZ", date(2026, 3, 1), 100000, "TZ2026-100000"),
])
def test_format_number(code, when, seq, number):
    assert format_number(code, when, seq) == number
    assert format_number(DOC_TYPES[code], when, seq) == number


def test_sequences_start_at_one():
    with pytest.raises(ValueError):
        format_number("TS", date(2025, 6, 12), 0)


def test_unknown_type_is_a_bug():
    with pytest.raises(KeyError):
        format_number("QQ", date(2025, 6, 12), 1)


@pytest.mark.parametrize(("text", "parsed"), [
    ("TS20250612-0003", ("TS", "20250612", 3)),
    ("  ts20250612-0003 ", ("TS", "20250612", 3)),
    ("SJ2025-00012", ("SJ", "2025", 12)),
    ("FK20250101-10000", ("FK", "20250101", 10000)),
])
def test_parse_number(text, parsed):
    number = parse_number(text)
    assert number == parsed
    assert isinstance(number, DocNumber) and number.code == parsed[0]


@pytest.mark.parametrize("text", [
    "", None, "TS", "TS2025061-0003", "TS20250612-", "TS20250612 0003", "QQ20250612-0001",
    "TS2025-00001",        # a daily type with a yearly key
    "SJ20250612-00001",    # a yearly type with a daily key
    "TS20250230-0001",     # no such day
    "TS20250612-3",        # not the written form
    "TS20250612-00003",
    "TS20250612-0000",
    "TS20250612-0003X",
])
def test_parse_number_refuses_anything_else(text):
    with pytest.raises(ValidationError) as err:
        parse_number(text)
    assert "is not a document number" in str(err.value)


def test_notice_number():
    assert notice_number("XX物业", 2026, 12) == "XX物业[2026]第012号"
    assert notice_number("XX物业", 2026, 1000) == "XX物业[2026]第1000号"
    with pytest.raises(ValueError):
        notice_number("XX物业", 2026, 0)


CODES = st.sampled_from(sorted(DOC_TYPES))
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
SEQS = st.integers(min_value=1, max_value=10**6)


@given(CODES, DAYS, SEQS)
def test_parse_reads_back_what_format_writes(code, when, seq):
    assert parse_number(format_number(code, when, seq)) == (code, period_key(code, when), seq)


@given(st.tuples(CODES, DAYS, SEQS), st.tuples(CODES, DAYS, SEQS))
def test_distinct_allocations_never_share_a_number(a, b):
    """A counter hands out (code, period, seq) once; two different ones must not print the same number."""
    key_a = (a[0], period_key(a[0], a[1]), a[2])
    key_b = (b[0], period_key(b[0], b[1]), b[2])
    assert (format_number(*a) == format_number(*b)) == (key_a == key_b)


@given(CODES, DAYS, DAYS)
def test_period_key_groups_dates_by_the_types_period(code, d1, d2):
    same_period = d1 == d2 if DOC_TYPES[code].period == "day" else d1.year == d2.year
    assert (period_key(code, d1) == period_key(code, d2)) == same_period
