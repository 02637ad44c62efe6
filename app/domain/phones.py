"""Phone numbers as people give them, parsed with ``phonenumbers`` into one stored form.

Accepted: Chinese mobiles (``138 1234 5678``), landlines with their area code (``021-12345678``,
``(021)12345678``, ``0755 2888 1234``, full-width ``０７５５－２８８８１２３４``), 400/800 service numbers
(``400-820-8820``), each with or without ``+86``/``0086``/``86-`` and spaces, an extension after 转, 分机,
ext or ``#`` (``0755-2888 1234 转 808``), and valid numbers of other countries written with ``+``
(``+852 9123 4567``, Hong Kong owners).

Stored (canonical) form: the digits as dialled inside China, nothing else: ``13812345678``,
``075528881234``, ``4008208820``; an extension follows a hyphen (``075528881234-808``); a foreign number
is ``+`` and its digits (``+85291234567``). Every suffix of those digits is a search key, so any part of
either the stored or the shown form finds the person.

Shown (:func:`format_phone`): ``138 1234 5678``, ``0755-2888 1234``, ``021-1234 5678``,
``400-820-8820``, ``+852 9123 4567``. Masked (:func:`mask_phone`): the same rule for every kind, the
first three digits of a mobile or the area code / service prefix, and the last four: ``138****5678``,
``0755-****1234``, ``400-***8820``.

Formatting and masking read the stored form without ``phonenumbers``, so lists stay fast; parsing
imports it on first use (never at start-up).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from app.domain.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

MOBILE, LANDLINE, SERVICE, FOREIGN = "mobile", "landline", "service", "foreign"

_EXTENSION_RE = re.compile(r"^(.*?\d)\s*(?:转|分机|ext\.?|x|#|,|-)\s*(\d{1,6})$", re.IGNORECASE)
#: DOMAIN.md §3.4: a Chinese mobile is 1[3-9] and 9 digits. phonenumbers' metadata does not know every
#: range the carriers opened (149, 174, 194 …), so such numbers are taken as mobiles without asking it.
_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
_ALLOWED_RE = re.compile(r"^[+\d\s()\-.]*$")
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―﹣"})


@dataclass(frozen=True)
class Phone:
    stored: str          # the canonical form (see the module docstring)
    kind: str            # MOBILE, LANDLINE, SERVICE or FOREIGN
    head: str            # 138 / 0755 / 400 / +852: what stays visible in front when masked
    body: str            # the rest of the digits
    extension: str = ""

    @property
    def grouped(self) -> str:
        ext = f" 转{self.extension}" if self.extension else ""
        if self.kind == MOBILE:
            return f"{self.head} {self.body[:4]} {self.body[4:]}"
        if self.kind == LANDLINE:
            cut = len(self.body) - 4
            return f"{self.head}-{self.body[:cut]} {self.body[cut:]}{ext}"
        if self.kind == SERVICE:
            return f"{self.head}-{self.body[:3]}-{self.body[3:]}{ext}"
        return _international(self.stored) + ext

    @property
    def masked(self) -> str:
        hidden = "*" * (len(self.body) - 4) + self.body[-4:]
        if self.kind == MOBILE:
            return self.head + hidden
        return f"{self.head}{' ' if self.kind == FOREIGN else '-'}{hidden}"


def _split_stored(value: str) -> Phone | None:
    """A :class:`Phone` from a stored value, or None when it is not in the canonical form."""
    number, _, ext = value.partition("-")
    if ext and not ext.isdigit():
        return None
    if number.startswith("+") and number[1:].isdigit() and len(number) > 7:
        cc = _country_code(number[1:])
        return Phone(value, FOREIGN, "+" + cc, number[1 + len(cc):], ext)
    if not number.isdigit():
        return None
    if len(number) == 11 and number[0] == "1" and not ext:
        return Phone(value, MOBILE, number[:3], number[3:])
    if len(number) == 10 and number[:3] in ("400", "800"):
        return Phone(value, SERVICE, number[:3], number[3:], ext)
    if number.startswith("0") and 10 <= len(number) <= 12:
        area = 3 if number[1] in "12" else 4       # 010 and 020–029; every other area code has 4 digits
        if 7 <= len(number) - area <= 8:
            return Phone(value, LANDLINE, number[:area], number[area:], ext)
    return None


def _country_code(digits: str) -> str:
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE
    for n in (1, 2, 3):
        if int(digits[:n]) in COUNTRY_CODE_TO_REGION_CODE:
            return digits[:n]
    return digits[:2]


def _international(stored: str) -> str:
    import phonenumbers
    number = phonenumbers.parse(stored.partition("-")[0], None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def format_phone(value: str | None) -> str:
    """The grouped form of a stored phone (``138 1234 5678``); anything else is shown as it is."""
    phone = _split_stored(value or "")
    return phone.grouped if phone else (value or "")


def mask_phone(value: str | None) -> str:
    """The masked form of a stored phone (``138****5678``, ``0755-****1234``); masking twice changes
    nothing, and a value not in the canonical form keeps only its first part."""
    if not value or "*" in value:
        return value or ""
    phone = _split_stored(value)
    if phone is not None:
        return phone.masked
    return value[:-4] + "****" if len(value) > 4 else value


def normalise(value: str | None) -> str:
    """Half-width characters, one kind of hyphen, single spaces."""
    text = unicodedata.normalize("NFKC", value or "").translate(_DASHES)
    return re.sub(r"\s+", " ", text).strip()


def parse_phone(value: str | None, field: str = "phone") -> Phone:
    """Parse what the user typed; ValidationError (with the reason) if it is no reachable number."""
    import phonenumbers
    text = normalise(value)
    extension = ""
    match = _EXTENSION_RE.match(text)
    if match and _digits(match.group(1)) and len(_digits(match.group(1))) >= 10:
        text, extension = match.group(1), match.group(2)
    if not _ALLOWED_RE.match(text):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "A phone number has only digits, spaces, hyphens, brackets and a leading +"),
            field)
    digits = _digits(text)
    if text.startswith("+") or digits.startswith("00"):
        digits = digits[2:] if digits.startswith("00") else digits
        if not digits.startswith("86"):
            return _checked(_foreign(phonenumbers, digits, extension), digits, field)
        digits = digits[2:]
    elif digits.startswith("86") and len(digits) in (12, 13) and digits[2] != "0":
        digits = digits[2:]                         # 86-13812345678, 8675528881234
    if _MOBILE_RE.match(digits) and not extension:
        return Phone(digits, MOBILE, digits[:3], digits[3:])   # new ranges open before the metadata
    number = _parse(phonenumbers, digits, "CN")
    if number is None or not phonenumbers.is_valid_number(number):
        raise _invalid(digits, field)
    national = str(number.national_number)
    if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
        if extension:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Validation", "A mobile number has no extension"), field)
        stored = national
    elif national[:3] in ("400", "800"):
        stored = national
    else:
        stored = "0" + national
    return _checked(stored + (f"-{extension}" if extension else ""), digits, field)


def _foreign(phonenumbers: ModuleType, digits: str, extension: str) -> str:
    """The stored form of a valid number of another country (``+85291234567``), or ""."""
    number = _parse(phonenumbers, "+" + digits, None)
    if number is None or not phonenumbers.is_valid_number(number):
        return ""
    return f"+{number.country_code}{number.national_number}" + (f"-{extension}" if extension else "")


def _checked(stored: str, digits: str, field: str) -> Phone:
    phone = _split_stored(stored) if stored else None
    if phone is None:
        raise _invalid(digits, field)
    return phone


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _parse(phonenumbers: ModuleType, text: str, region: str | None) -> Any:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _invalid(digits: str, field: str) -> ValidationError:
    """The most useful reason a Chinese number was refused."""
    if digits.startswith("1"):
        if len(digits) != 11:
            return ValidationError(QT_TRANSLATE_NOOP(
                "Validation", "A mobile number has 11 digits (this one has {n})").format(n=len(digits)), field)
        return ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "No Chinese mobile number starts with {prefix}").format(prefix=digits[:3]), field)
    if not digits.startswith("0") and 7 <= len(digits) <= 8:
        return ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "A landline needs its area code, e.g. 0755-2888 1234"), field)
    return ValidationError(QT_TRANSLATE_NOOP(
        "Validation", "This is neither a mobile number (11 digits) nor a landline with its area code "
                      "(e.g. 0755-2888 1234) nor a 400/800 number"), field)
