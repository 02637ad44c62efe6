"""Input rules of DOMAIN.md §3.4: each ``check_*`` returns the normalised value or raises
:class:`ValidationError` with a message in the user's language and the field it belongs to."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain import id_numbers, phones
from app.domain.enums import IdType
from app.domain.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

ROOM_PART_RE = re.compile(r"^[0-9A-Za-z]{1,8}$")

MSG_REQUIRED = QT_TRANSLATE_NOOP("Validation", "{field} is required")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "{field} is too long (at most {max} characters)")


#: control characters (but tab and line breaks), bidi overrides and isolates, lone surrogates, and
#: noncharacters: invisible in a form, they reorder or hide text (U+202E "gnp.exe") and break exports
_HIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e"
                           "\u2066-\u2069\ud800-\udfff\ufeff\ufffe\uffff]")
MSG_HIDDEN_CHAR = QT_TRANSLATE_NOOP("Validation", "{field} contains an invisible control or direction "
                                                  "character (often pasted with the text): retype it")


def check_text(value: str | None, field: str, label: str, *, max_len: int = 100,
               required: bool = True) -> str:
    """Strip ``value``; refuse it empty (when required), longer than ``max_len``, or with a hidden
    control or direction character."""
    text = (value or "").strip()
    if not text:
        if required:
            raise ValidationError(MSG_REQUIRED.format(field=label), field)
        return ""
    if len(text) > max_len:
        raise ValidationError(MSG_TOO_LONG.format(field=label, max=max_len), field)
    if _HIDDEN_CHARS.search(text):
        raise ValidationError(MSG_HIDDEN_CHAR.format(field=label), field)
    return text


def check_mobile(value: str | None, field: str = "mobile", *, required: bool = True) -> str:
    """A Chinese mobile number in its stored form (``13812345678``), from any way of writing it."""
    if not phones.normalise(value):
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Mobile number is required"), field)
        return ""
    phone = phones.parse_phone(value, field)
    if phone.kind != phones.MOBILE:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "This is not a mobile number: a mobile has 11 digits starting with 13–19"), field)
    return phone.stored


def check_phone(value: str | None, field: str = "phone", *, required: bool = False) -> str:
    """A mobile, a landline with its area code or a 400/800 number, in its stored form
    (:mod:`app.domain.phones`): ``13812345678``, ``075528881234``, ``4008208820``."""
    if not phones.normalise(value):
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Phone number is required"), field)
        return ""
    return phones.parse_phone(value, field).stored


def check_id_number(id_type: IdType | str, value: str | None, field: str = "id_number") -> str:
    """Validate and normalise a document number (:mod:`app.domain.id_numbers` for resident IDs and
    credit codes); full-width characters, spaces and lower-case letters are accepted."""
    try:
        id_type = IdType(id_type)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Choose a document type"), "id_type") from None
    if id_type is IdType.RESIDENT:
        return id_numbers.check_resident_id(value, field)
    if id_type is IdType.BUSINESS:
        return id_numbers.check_credit_code(value, field)
    text = id_numbers.normalise(value)
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "ID number is required"), field)
    if not re.fullmatch(r"[A-Z0-9]{5,20}", text):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "A document number has 5 to 20 letters and digits"), field)
    return text


def parse_decimal(value: str | Decimal | int | float | None, field: str, label: str, *,
                  places: int = 2, minimum: Decimal | None = Decimal(0), strict_positive: bool = False,
                  maximum: Decimal | None = Decimal("100000000"), required: bool = True) -> Decimal | None:
    """Parse an exact decimal with at most ``places`` decimals (money: 2). Floats are refused as text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(MSG_REQUIRED.format(field=label), field)
        return None
    text = str(value).strip().replace(",", "").replace("，", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} must be a number").format(
            field=label), field) from None
    if not number.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} must be a number").format(
            field=label), field)
    exponent = number.as_tuple().exponent  # an int: the number is finite
    if isinstance(exponent, int) and -exponent > places and number != number.quantize(Decimal(1).scaleb(-places)):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "{field} has at most {places} decimal places").format(
                field=label, places=places), field)
    if strict_positive and number <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} must be greater than 0").format(
            field=label), field)
    if minimum is not None and number < minimum:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} must not be below {min}").format(
            field=label, min=minimum), field)
    if maximum is not None and number > maximum:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{field} must not exceed {max}").format(
            field=label, max=maximum), field)
    return number.quantize(Decimal(1).scaleb(-places))


def parse_money(value: str | Decimal | int | float | None, field: str = "amount", label: str = "",
                **kw: Any) -> Decimal | None:
    return parse_decimal(value, field, label or str(QT_TRANSLATE_NOOP("Validation", "Amount")),
                         places=2, **kw)


def check_room_part(value: str | None, field: str, label: str) -> str:
    """A building, unit or room number: 1–8 letters or digits (``3``, ``02``, ``1502``, ``B1``)."""
    text = check_text(value, field, label, max_len=8)
    if not ROOM_PART_RE.match(text):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validation", "{field} may contain only letters and digits").format(field=label), field)
    return text.upper()


def mask_id(value: str | None) -> str:
    """Show the first 4 and last 4 characters of a document number (DOMAIN.md §3.3)."""
    if not value:
        return ""
    if len(value) <= 8:
        return value[:2] + "*" * (len(value) - 2)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


_DOCUMENT_TOKEN = re.compile(r"(?<![0-9A-Za-z*])(?=[0-9A-Za-z*]*\d{4})[0-9A-Za-z*]{8,}(?![0-9A-Za-z*])")


def mask_ids_in(text: str | None) -> str:
    """``text`` with every document number in it masked by :func:`mask_id` (a collector's
    ``李四 440304196203150414`` → ``李四 4403**********0414``); used where a printed or exported list
    column holds document numbers."""
    return _DOCUMENT_TOKEN.sub(lambda m: mask_id(m.group(0)), str(text or ""))


def mask_phone(value: str | None) -> str:
    """The first three digits of a mobile, or the area code or service prefix, and the last four:
    ``138****5678``, ``0755-****1234``, ``400-***8820`` (DOMAIN.md §3.3). Masking twice changes nothing."""
    return phones.mask_phone(value)


format_phone = phones.format_phone


def shown_phone(value: str | None, masked: bool) -> str:
    """A phone as a form or list shows it: masked (:func:`mask_phone`) unless the user may see it whole."""
    return mask_phone(value) if masked else format_phone(value)
