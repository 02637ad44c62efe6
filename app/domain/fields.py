"""Fields declared once (the record kit, DESIGN.md §3).

A :class:`FieldSpec` says everything the program needs to know about one input: its key, its label, its
kind, whether it is required, its limits and choices, and an extra rule. The same spec then serves the action
dialog (the widget and the check as the user types), the service (:meth:`FieldSpec.parse`, the one parser,
which raises the field's :class:`ValidationError`), the detail pane and the event timeline
(:meth:`FieldSpec.show`) and the printed forms (:meth:`FieldSpec.show_printed`, always in Chinese).

Kinds and the value :meth:`FieldSpec.parse` returns:

=========== ============================================================================================
text        ``str``, stripped (``max_len`` 100 unless given)
multiline   ``str``, stripped (``max_len`` 500 unless given)
choice      ``str``, the code of a member of ``choices`` (a :class:`LabelledEnum`); typed labels accepted
bool        ``bool``; a required bool must be ticked (已致歉, the collector signed)
int         ``int`` within ``lo``..``hi``
money       ``Decimal`` with two places, ``lo`` (default 0) .. ``hi``
date        ``date``; ``2025-06-12`` or ``2025/6/12`` as typed
datetime    ``datetime``; ``2025-06-12 14:05`` or ``14:05`` (today)
time        ``time``; ``17:30``
room        ``str``, a room code as the registry writes it (the service checks that it exists)
person      ``int``, a person's id (the service checks it)
staff       ``int``, a staff member's id (the service checks it)
attachment  ``list`` of files (paths, ``(name, bytes)`` pairs or attachment ids; the service stores them)
=========== ============================================================================================

Empty values: ``""`` for text kinds, ``False`` for bool, ``None`` otherwise, ``[]`` for attachments.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import KW_ONLY, dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, Literal, TypeVar

from app.domain.enums import LabelledEnum
from app.domain.errors import ValidationError
from app.domain.validation import MSG_REQUIRED, check_text, mask_id, mask_phone, parse_decimal
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text, chinese

Kind = Literal["text", "multiline", "choice", "bool", "int", "money", "date", "datetime", "time", "room",
               "person", "staff", "attachment"]
KINDS: frozenset[str] = frozenset(Kind.__args__)  # type: ignore[attr-defined]
TEXT_KINDS = frozenset({"text", "multiline", "room"})
#: a check beyond the kind's own: gets the parsed value and every value parsed before it, returns the value
Check = Callable[[Any, Mapping[str, Any]], Any]

_DEFAULT_MAX = {"text": 100, "multiline": 500, "room": 30}
_TRUE = frozenset({"true", "yes", "y", "on", "1", "是", "✓"})
_FALSE = frozenset({"false", "no", "n", "off", "0", "否", ""})
_DATE_RE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_TIME_RE = re.compile(r"^(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$")
_DATETIME_RE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$")
_INT_RE = re.compile(r"^[+-]?\d+$")
_V = TypeVar("_V")

MSG_CHOOSE = T("Validation", "Choose {field}")
MSG_TICK = T("Validation", "Tick “{field}” first")
MSG_WHOLE = T("Validation", "{field} must be a whole number")
MSG_RANGE = T("Validation", "{field} must be between {lo} and {hi}")
MSG_BELOW = T("Validation", "{field} must not be below {min}")
MSG_ABOVE = T("Validation", "{field} must not exceed {max}")
MSG_DATE = T("Validation", "{field} must be a date such as 2025-06-12")
MSG_DATETIME = T("Validation", "{field} must be a time such as 14:05 or 2025-06-12 14:05")
MSG_TIME = T("Validation", "{field} must be a time of day such as 17:30")
MSG_ID = T("Validation", "{field}: choose from the list")
YES = T("Field", "yes")
NO = T("Field", "no")


@dataclass(frozen=True)
class FieldSpec:
    """One input, declared once; see the module docstring for the kinds."""

    key: str
    label: Text
    kind: Kind = "text"
    _: KW_ONLY
    required: bool = False
    max_len: int = 0
    lo: int | Decimal | None = None
    hi: int | Decimal | None = None
    choices: type[LabelledEnum] | tuple[LabelledEnum, ...] | None = None
    check: Check | None = None
    placeholder: Text | str = ""
    #: the value a new form starts with (a callable is called then: ``default=datetime.now``)
    default: Any = None
    #: spans both columns of a two-column dialog
    wide: bool = False
    #: an ID number or phone: shown masked in the event log and on printed lists
    private: bool = False
    #: the word printed on paper when it is not the Chinese translation of ``label``
    print_label: str = ""
    #: the record attribute an action's value is kept in (the record service stores it there)
    column: str = ""
    #: a staff field: only staff whose role holds this permission are offered (the supervisor who approves)
    permission: str = ""
    #: values offered for a text field, which accepts any other (where notices usually go up)
    suggestions: tuple[str, ...] = ()
    #: an action's input left empty takes the record's value of ``column`` (a result given before need not be
    #: typed again to close the record)
    from_record: bool = False
    #: the refusal of a value the kind cannot read, when its own words say too little ("Choose whether the
    #: person visits a resident or has business at the desk" rather than "Choose Category")
    invalid: Text | None = None
    #: required only in some cases: a predicate over the form's values (each value as typed or parsed: a
    #: choice is its code, a tick a bool), e.g. the place of a public key, the ID of a borrower who is not
    #: staff; the dialog shows the ``*`` while it holds, :func:`check_required_when` refuses the missing value
    required_when: Callable[[Mapping[str, Any]], bool] | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"field {self.key}: unknown kind {self.kind!r}")
        if (self.kind == "choice") != (self.choices is not None):
            raise ValueError(f"field {self.key}: choices go with kind 'choice' and only with it")
        if self.from_record and not self.column:
            raise ValueError(f"field {self.key}: from_record needs the column it reads")
        if self.required and self.required_when is not None:
            raise ValueError(f"field {self.key}: required always or required_when, not both")

    # -- declaration helpers
    @property
    def limit(self) -> int:
        """The longest text accepted (text kinds)."""
        return self.max_len or _DEFAULT_MAX.get(self.kind, 0)

    @property
    def members(self) -> tuple[LabelledEnum, ...]:
        return tuple(self.choices) if self.choices is not None else ()

    def mask(self, text: str | None) -> str:
        """A private field's value as shown to someone who may not see it whole (a phone, else an ID)."""
        return mask_phone(text) if "phone" in self.key else mask_id(text)

    def empty(self) -> Any:
        if self.kind in TEXT_KINDS:
            return ""
        if self.kind == "bool":
            return False
        if self.kind == "attachment":
            return []
        return None

    def initial(self) -> Any:
        """What a new form shows."""
        value = self.default() if callable(self.default) else self.default
        return self.empty() if value is None else value

    def required_in(self, values: Mapping[str, Any]) -> bool:
        """Whether the field must be given along with these values of its form."""
        return self.required or (self.required_when is not None and bool(self.required_when(values)))

    def missing_error(self) -> ValidationError:
        """The refusal of this field left empty (a tick, a choice, or any other input)."""
        return ValidationError((MSG_TICK if self.kind == "bool" else MSG_CHOOSE if self.kind == "choice"
                                else MSG_REQUIRED).format(field=self.label), self.key)

    def is_missing(self, value: Any) -> bool:
        if value is None:
            return True
        if isinstance(value, str):
            return not value.strip()
        if self.kind == "bool":
            return value is not True
        return isinstance(value, list | tuple | set | frozenset | dict) and not value

    # -- the one parser
    def parse(self, raw: Any, *, now: datetime | None = None, values: Mapping[str, Any] | None = None) -> Any:
        """The typed value of ``raw`` (as typed, or already typed), or the field's ValidationError.

        ``now`` dates a time typed alone (``14:05``); ``values`` are the fields parsed before this one, for
        ``check``.
        """
        value = self._parse(raw, now)
        if self.is_missing(value):
            if self.required:
                raise self.missing_error()
            return self.empty()
        if self.check is not None:
            value = self.check(value, values or {})
        return value

    def _parse(self, raw: Any, now: datetime | None) -> Any:
        kind = self.kind
        if kind in ("text", "multiline"):
            return check_text(_text(raw, fold=False), self.key, str(self.label), max_len=self.limit,
                              required=False)
        if kind == "room":
            return check_text(re.sub(r"\s", "", _text(raw)).upper(), self.key, str(self.label),
                              max_len=self.limit, required=False)
        if kind == "choice":
            return self._choice(raw)
        if kind == "bool":
            return self._bool(raw)
        if kind == "int":
            return self._int(raw)
        if kind == "money":
            return self._money(raw)
        if kind == "date":
            return self._date(raw)
        if kind == "datetime":
            return self._datetime(raw, now)
        if kind == "time":
            return self._time(raw)
        if kind in ("person", "staff"):
            return self._id(raw)
        return _files(raw)

    def _error(self, message: Text, **args: Any) -> ValidationError:
        return ValidationError((self.invalid or message).format(field=self.label, **args), self.key)

    def _choice(self, raw: Any) -> str | None:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, bool):   # a yes/no question answered with a tick
            raw = "yes" if raw else "no"
        for member in self.members:
            if raw is member or raw == member.value:
                return str(member.value)
        choices = self.choices
        assert choices is not None
        found = choices.from_label(str(raw)) if isinstance(choices, type) else next(
            (m for m in self.members if str(raw).strip() in (m.value, m.label.source, str(m.label))), None)
        if found is None or found not in self.members:
            raise self._error(MSG_CHOOSE)
        return str(found.value)

    def _bool(self, raw: Any) -> bool:
        if isinstance(raw, bool) or raw is None:
            return bool(raw)
        text = _text(raw).lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise self._error(MSG_TICK)

    def _int(self, raw: Any) -> int | None:
        if isinstance(raw, bool):
            raise self._error(MSG_WHOLE)
        if isinstance(raw, int):
            number = raw
        else:
            text = _text(raw)
            if not text:
                return None
            if not _INT_RE.match(text) or len(text) > 12:
                raise self._error(MSG_WHOLE)
            number = int(text)
        lo, hi = self.lo, self.hi
        if lo is not None and hi is not None and not lo <= number <= hi:
            raise self._error(MSG_RANGE, lo=lo, hi=hi)
        if lo is not None and number < lo:
            raise self._error(MSG_BELOW, min=lo)
        if hi is not None and number > hi:
            raise self._error(MSG_ABOVE, max=hi)
        return number

    def _money(self, raw: Any) -> Decimal | None:
        if isinstance(raw, float):
            raw = repr(raw)
        lo = Decimal(self.lo) if self.lo is not None else Decimal(0)
        hi = Decimal(self.hi) if self.hi is not None else Decimal("100000000")
        return parse_decimal(_text(raw) if isinstance(raw, str) else raw, self.key, str(self.label),
                             minimum=lo, maximum=hi, required=False)

    def _date(self, raw: Any) -> date | None:
        if isinstance(raw, datetime):
            return raw.date()
        if isinstance(raw, date):
            return raw
        return self._matched(raw, MSG_DATE, (_DATE_RE, lambda g: date(g[0], g[1], g[2])))

    def _datetime(self, raw: Any, now: datetime | None) -> datetime | None:
        if isinstance(raw, datetime):
            return raw.replace(microsecond=0)
        if isinstance(raw, date):
            return datetime.combine(raw, time())
        return self._matched(
            raw, MSG_DATETIME, (_DATETIME_RE, lambda g: datetime(g[0], g[1], g[2], g[3], g[4], g[5])),
            (_TIME_RE, lambda g: datetime.combine((now or datetime.now()).date(), time(g[0], g[1], g[2]))))

    def _time(self, raw: Any) -> time | None:
        if isinstance(raw, time):
            return raw.replace(microsecond=0)
        return self._matched(raw, MSG_TIME, (_TIME_RE, lambda g: time(g[0], g[1], g[2])))

    def _matched(self, raw: Any, message: Text,
                 *forms: tuple[re.Pattern[str], Callable[[tuple[int, ...]], _V]]) -> _V | None:
        """A date or time typed in the first of ``forms`` (pattern, maker of the value from the pattern's
        numbers; a group left out is 0) that the text matches; None when empty. Text that matches none,
        or names no such day or time, is refused with ``message``."""
        text = _text(raw)
        if not text:
            return None
        for pattern, make in forms:
            match = pattern.match(text)
            if match:
                try:
                    return make(tuple(int(g or 0) for g in match.groups()))
                except ValueError:
                    break
        raise self._error(message)

    def _id(self, raw: Any) -> int | None:
        if raw is None or isinstance(raw, bool):
            return None
        if isinstance(raw, int):
            return raw
        text = _text(raw)
        if not text:
            return None
        if not text.isdigit() or len(text) > 18:
            raise self._error(MSG_ID)
        return int(text)

    # -- showing a value
    def show(self, value: Any) -> str:
        """``value`` as the detail pane and the timeline show it, in the user's language."""
        return _shown(self, value, printed=False)

    def show_printed(self, value: Any) -> str:
        """``value`` as a printed form shows it (Chinese, whatever the UI language)."""
        return _shown(self, value, printed=True)

    @property
    def printed_label(self) -> str:
        return self.print_label or chinese(self.label)

    def choice_label(self, code: Any, *, printed: bool = False) -> str:
        for member in self.members:
            if member.value == code:
                return member.print_label if printed else str(member.label)
        return "" if code is None else str(code)


def _text(raw: Any, fold: bool = True) -> str:
    """Typed text, stripped; with ``fold``, full-width digits, letters and colons (a Chinese keyboard) as
    ASCII. Free text keeps its Chinese punctuation."""
    if raw is None:
        return ""
    text = str(raw)
    if fold and not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return text.strip()


def _files(raw: Any) -> list[Any]:
    if raw is None or raw == "":
        return []
    if isinstance(raw, list | tuple) and not (len(raw) == 2 and isinstance(raw[1], bytes | bytearray)):
        return [item for item in raw if item not in (None, "")]
    return [raw]


def _shown(spec: FieldSpec, value: Any, *, printed: bool) -> str:
    if value is None or value == "" or value == []:
        return ""
    kind = spec.kind
    if kind == "choice":
        return spec.choice_label(value, printed=printed)
    if kind == "bool":
        if isinstance(value, str):
            value = value.strip().lower() in _TRUE
        answer = YES if value else NO
        return chinese(answer) if printed else str(answer)
    if kind == "money":
        return f"{Decimal(str(value)):,.2f}"
    if kind in ("datetime", "date") and isinstance(value, str):   # as the event log keeps it
        try:
            value = datetime.fromisoformat(value) if kind == "datetime" else date.fromisoformat(value[:10])
        except ValueError:
            return str(value)
    if kind == "datetime":
        return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else str(value)
    if kind == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    if kind == "time":
        return value.strftime("%H:%M") if isinstance(value, time) else str(value)
    if kind == "attachment":
        return str(len(value)) if isinstance(value, list) else str(value)
    if isinstance(value, list | tuple):   # several values, as an older version kept some in the event log
        return "、".join(str(v) for v in value)
    text = str(value)
    return spec.mask(text) if spec.private else text


# the endings of a picture, for an attachment field that takes photos only
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".heic")


def pictures_only(message: Text, key: str = "photo") -> Check:
    """An attachment field's ``check`` that takes pictures only: a file given by its name must end in one of
    :data:`PHOTO_SUFFIXES` (one already stored, given by its id, was checked then); ``message`` refuses it."""
    def check(files: list[Any], _values: Mapping[str, Any] | None = None) -> list[Any]:
        for item in files:
            name = str(item[0] if isinstance(item, tuple | list) else item)
            if not isinstance(item, int) and not name.lower().endswith(PHOTO_SUFFIXES):
                raise ValidationError(message, key)
        return files
    return check


def missing_required_when(specs: Sequence[FieldSpec], values: Mapping[str, Any]) -> list[FieldSpec]:
    """The fields required in this case (``required_when`` holds over ``values``) that are left empty."""
    return [spec for spec in specs if spec.required_when is not None and spec.required_when(values)
            and spec.is_missing(values.get(spec.key))]


def check_required_when(specs: Sequence[FieldSpec], values: Mapping[str, Any]) -> None:
    """Refuse the first field required in this case and left empty, with its own message."""
    missing = missing_required_when(specs, values)
    if missing:
        raise missing[0].missing_error()


def by_key(specs: Sequence[FieldSpec]) -> dict[str, FieldSpec]:
    return {spec.key: spec for spec in specs}


# ------------------------------------------------------------------------------------------ common fields

NOTE = FieldSpec("note", T("Field", "Note"), "multiline", max_len=500, wide=True)
NOTE_REQUIRED = FieldSpec("note", T("Field", "Note"), "multiline", max_len=500, wide=True, required=True)
REASON = FieldSpec("reason", T("Field", "Reason"), required=True, max_len=200, wide=True)
#: the reason of a void, kept on the record (every workflow record has ``void_reason``)
VOID_REASON = FieldSpec("reason", T("Field", "Reason"), required=True, max_len=200, wide=True, column="void_reason")
#: when an action recorded from paper really happened (empty: now)
EFFECTIVE_AT = FieldSpec("effective_at", T("Field", "When it happened"), "datetime",
                         placeholder=T("Field", "14:05 or 2025-06-12 14:05; empty: now"))
