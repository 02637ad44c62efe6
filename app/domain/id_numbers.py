"""Resident ID numbers (居民身份证号码, GB 11643) and unified social credit codes (统一社会信用代码, GB 32100).

A resident ID number is accepted when its check digit is right, its birth date is a real date that is not
in the future, and its district code exists or existed at any time. The district code records where the
number was *issued* (first in the 1980s, upgraded to 18 digits in 1999), not where the holder was born,
so a code created after the birth year is normal: 440304 (深圳福田, 1990) on a number of someone born in
1962. python-stdnum's ``cn.ric.validate`` refuses those (about two thirds of real numbers, most owners
over forty), so only its district table (``stdnum/cn/loc.dat``, every code with the years it was in use)
is used here, and any listed code counts whatever its years.

Input is normalised first: full-width characters typed on a Chinese keyboard (``４４０３…Ｘ``), spaces and
hyphens, lower-case ``x``. A 15-digit number of the first generation (born 19YYMMDD, no check digit) is
converted to its 18-digit form, which is what is stored and shown.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from app.domain.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Text

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
#: no holder of a number is older than this (the oldest Chinese on record were born in the 1880s)
EARLIEST_BIRTH = date(1880, 1, 1)


def normalise(value: str | None) -> str:
    """Half-width, upper case, without spaces and hyphens: ``'４４０３ ０４…ｘ'`` → ``'440304…X'``."""
    text = unicodedata.normalize("NFKC", value or "")
    return re.sub(r"[\s\-‐‑–—]", "", text).upper()


def check_digit(first17: str) -> str:
    """The GB 11643 check character of the first 17 digits."""
    return _CHECK[sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=False)) % 11]


def upgrade_15(number: str) -> str:
    """The 18-digit form of a first-generation 15-digit number (century 19 inserted, check digit added)."""
    body = number[:6] + "19" + number[6:]
    return body + check_digit(body)


@lru_cache(maxsize=4096)
def district_known(code: str) -> bool:
    """Whether the six-digit district code is, or ever was, an administrative division code."""
    from stdnum import numdb  # the table is read on first use only
    return any("county" in props for _part, props in numdb.get("cn/loc").info(code)[1:])


def birth_date(number: str) -> date | None:
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def _error(message: Text, field: str, **args: object) -> ValidationError:
    return ValidationError(message.format(**args) if args else message, field)


def check_resident_id(value: str | None, field: str = "id_number", *, today: date | None = None) -> str:
    """The normalised 18-digit number, or ValidationError with the exact reason."""
    text = normalise(value)
    if not text:
        raise _error(QT_TRANSLATE_NOOP("Validation", "ID number is required"), field)
    if len(text) == 15 and text.isdigit():
        upgraded = upgrade_15(text)
        _check_18(upgraded, field, today, old=True)
        return upgraded
    if len(text) != 18:
        raise _error(QT_TRANSLATE_NOOP(
            "Validation", "A resident ID number has 18 characters, or 15 digits for an old card "
                          "(this one has {n})"), field, n=len(text))
    _check_18(text, field, today)
    return text


def _check_18(text: str, field: str, today: date | None, *, old: bool = False) -> None:
    if not text[:17].isdigit() or not (text[17].isdigit() or text[17] == "X"):
        raise _error(QT_TRANSLATE_NOOP(
            "Validation", "A resident ID number has only digits, and its last character may be X"), field)
    born = birth_date(text)
    shown = f"{text[6:10]}-{text[10:12]}-{text[12:14]}"
    if born is None:
        raise _error(QT_TRANSLATE_NOOP(
            "Validation", "The birth date {date} in this ID number is not a real date"), field, date=shown)
    if born > (today or date.today()):
        raise _error(QT_TRANSLATE_NOOP(
            "Validation", "The birth date {date} in this ID number is in the future"), field, date=shown)
    if born < EARLIEST_BIRTH:
        raise _error(QT_TRANSLATE_NOOP(
            "Validation", "The birth date {date} in this ID number is impossibly early"), field, date=shown)
    if not district_known(text[:6]):
        raise _error(QT_TRANSLATE_NOOP(
            "Validation", "The district code {code} at the start of this ID number does not exist and "
                          "never existed"), field, code=text[:6])
    if not old and text[17] != check_digit(text[:17]):
        raise _error(QT_TRANSLATE_NOOP(
            "Validation", "The check digit of this ID number is wrong: please check every digit"), field)


def check_credit_code(value: str | None, field: str = "id_number") -> str:
    """A unified social credit code: 18 digits and capital letters (no I, O, S, V, Z) with its check
    character (GB 32100), normalised like an ID number."""
    from stdnum.cn import uscc
    from stdnum.exceptions import InvalidChecksum
    from stdnum.exceptions import ValidationError as StdnumError
    text = normalise(value)
    if not text:
        raise _error(QT_TRANSLATE_NOOP("Validation", "ID number is required"), field)
    if len(text) != 18:
        raise _error(QT_TRANSLATE_NOOP(
            "Validation", "A unified social credit code has 18 letters and digits (this one has {n})"),
            field, n=len(text))
    try:
        return uscc.validate(text)
    except InvalidChecksum:
        raise _error(QT_TRANSLATE_NOOP(
            "Validation", "The check character of this unified social credit code is wrong: please "
                          "check every character"), field) from None
    except StdnumError:  # InvalidFormat: a letter where digits belong, or I/O/S/V/Z
        raise _error(QT_TRANSLATE_NOOP(
            "Validation", "A unified social credit code has digits in its first 8 places and then "
                          "digits or capital letters other than I, O, S, V and Z"), field) from None
