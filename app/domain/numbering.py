"""Document numbers (DOMAIN.md §2.3): the formats and the counter keys; allocation is the services' job.

* Daily types: ``{CODE}{yyyyMMdd}-{seq:04d}``, e.g. ``TS20250612-0003``.
* Yearly types (notices TZ and receipts SJ, which must run continuously through the year):
  ``{CODE}{yyyy}-{seq:05d}``, e.g. ``SJ2025-00012``. Five digits because a 5,000-room estate issues tens of
  thousands of receipts a year; the width is a minimum, so 100,000 still formats (``SJ2025-100000``).

A sequence counter is kept per (estate, code, :func:`period_key`), and numbers are never reused: a voided
document keeps its number. The number carries no estate code, so it is unique within an estate only.

A notice also prints an official number, ``XX物业[2026]第012号`` (:func:`notice_number`), made from the
same yearly sequence as its ``TZ2026-00012``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple

from app.domain.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Text

Period = Literal["day", "year"]
_SEQ_WIDTH: dict[Period, int] = {"day": 4, "year": 5}
_KEY_LENGTH: dict[Period, int] = {"day": 8, "year": 4}
_NUMBER_RE = re.compile(r"(?P<code>[A-Z]{2})(?P<period>\d{4}|\d{8})-(?P<seq>\d+)")


@dataclass(frozen=True)
class DocType:
    code: str
    label: Text
    period: Period = "day"


def _types(*types: DocType) -> dict[str, DocType]:
    return {t.code: t for t in types}


DOC_TYPES: dict[str, DocType] = _types(
    DocType("FK", QT_TRANSLATE_NOOP("DocType", "Visit")),
    DocType("TS", QT_TRANSLATE_NOOP("DocType", "Complaint")),
    DocType("HF", QT_TRANSLATE_NOOP("DocType", "Follow-up")),
    DocType("TZ", QT_TRANSLATE_NOOP("DocType", "Notice"), "year"),
    DocType("KZ", QT_TRANSLATE_NOOP("DocType", "Vacant-unit inspection")),
    DocType("YS", QT_TRANSLATE_NOOP("DocType", "Key loan")),
    DocType("ZX", QT_TRANSLATE_NOOP("DocType", "Renovation application")),
    DocType("XC", QT_TRANSLATE_NOOP("DocType", "Renovation patrol")),
    DocType("WG", QT_TRANSLATE_NOOP("DocType", "Violation notice")),
    DocType("ZL", QT_TRANSLATE_NOOP("DocType", "Lease")),
    DocType("LX", QT_TRANSLATE_NOOP("DocType", "Work slip")),
    DocType("XJ", QT_TRANSLATE_NOOP("DocType", "Common-area patrol")),
    DocType("CZ", QT_TRANSLATE_NOOP("DocType", "Move-out")),
    DocType("FX", QT_TRANSLATE_NOOP("DocType", "Release slip")),
    DocType("RZ", QT_TRANSLATE_NOOP("DocType", "Move-in")),
    DocType("SJ", QT_TRANSLATE_NOOP("DocType", "Receipt"), "year"),
    DocType("DS", QT_TRANSLATE_NOOP("DocType", "Parcel or letter kept")),
    DocType("ZB", QT_TRANSLATE_NOOP("DocType", "Duty log")),
    DocType("GZ", QT_TRANSLATE_NOOP("DocType", "Work-log request")),
    DocType("KD", QT_TRANSLATE_NOOP("DocType", "Vacant-unit registration")),
)


class DocNumber(NamedTuple):
    code: str
    period_key: str
    seq: int


def period_key(doc_type: DocType | str, when: date) -> str:
    """The key the sequence counter is kept under: ``"20250612"`` for daily types, ``"2025"`` for yearly."""
    key = f"{when.year:04d}{when.month:02d}{when.day:02d}"
    return key[:_KEY_LENGTH[_doc_type(doc_type).period]]


def format_number(doc_type: DocType | str, when: date, seq: int) -> str:
    doc_type = _doc_type(doc_type)
    _check_seq(seq)
    return f"{doc_type.code}{period_key(doc_type, when)}-{seq:0{_SEQ_WIDTH[doc_type.period]}d}"


def parse_number(text: str) -> DocNumber:
    """Split a document number into its parts; anything else is a :class:`ValidationError`.

    Lower case and surrounding spaces are accepted (people type numbers into the search box); otherwise only
    the exact form :func:`format_number` writes is, so one document has one number.
    """
    number = _parse((text or "").strip().upper())
    if number is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Numbering", "“{text}” is not a document number (such as TS20250612-0003)").format(text=text))
    return number


def notice_number(prefix: str, year: int, seq: int) -> str:
    """The official number printed on a notice: ``XX物业[2026]第012号`` for ("XX物业", 2026, 12).

    ``prefix`` is the company and project abbreviation; ``seq`` is the notice's TZ sequence of that year.
    """
    _check_seq(seq)
    return f"{prefix}[{year}]第{seq:03d}号"


def _doc_type(doc_type: DocType | str) -> DocType:
    return doc_type if isinstance(doc_type, DocType) else DOC_TYPES[doc_type]


def _check_seq(seq: int) -> None:
    if seq < 1:
        raise ValueError(f"sequence numbers start at 1, got {seq}")


def _parse(text: str) -> DocNumber | None:
    match = _NUMBER_RE.fullmatch(text)
    doc_type = DOC_TYPES.get(match["code"]) if match else None
    key = match["period"] if match else ""
    if match is None or doc_type is None or len(key) != _KEY_LENGTH[doc_type.period]:
        return None
    try:
        when = date(int(key[:4]), int(key[4:6] or 1), int(key[6:] or 1))
    except ValueError:  # no such day
        return None
    seq = int(match["seq"])
    if seq < 1 or format_number(doc_type, when, seq) != text:
        return None
    return DocNumber(doc_type.code, match["period"], seq)
DOC_TYPES["ZG"] = DocType("ZG", QT_TRANSLATE_NOOP("DocType", "Patrol finding to rectify"))  # 公共区域巡查整改
DOC_TYPES["WT"] = DocType("WT", QT_TRANSLATE_NOOP("DocType", "Key entrustment"))  # 业主托管钥匙委托书
DOC_TYPES["YJ"] = DocType("YJ", QT_TRANSLATE_NOOP("DocType", "Deposit"))  # 押金
#: a notice's provisional number while it is a draft: the official TZ number is taken at publication
DOC_TYPES["NG"] = DocType("NG", QT_TRANSLATE_NOOP("DocType", "Notice draft"))  # 拟稿
DOC_TYPES["TK"] = DocType("TK", QT_TRANSLATE_NOOP("DocType", "Deposit refund application"))  # 押金退还
DOC_TYPES["XK"] = DocType("XK", QT_TRANSLATE_NOOP("DocType", "Renovation permit"))  # 装修许可证
