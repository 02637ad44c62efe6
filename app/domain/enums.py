"""Enumerations shared by the estate registry and every workflow.

Values are stable English codes stored in the database; ``label`` is the translatable text users see.
"""
from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Self

from app.i18n import QT_TRANSLATE_NOOP, Text, chinese


class LabelledEnum(str, enum.Enum):
    """A str enum whose members carry a translatable label: ``Member = ("code", QT_TRANSLATE_NOOP(...))``.

    A third item is the word printed on paper when it is not the Chinese translation of the label
    (``("visit", T("Enum", "In person"), "上门")``): forms are Chinese whatever the UI language.
    """

    label: Text
    _print: str

    if TYPE_CHECKING:  # looking a member up by its code: ``Channel("phone")``
        def __new__(cls, value: str, label: Text = ..., print_label: str = "") -> Self: ...

    def __new__(cls, value: str, label: Text, print_label: str = "") -> Self:  # type: ignore[no-redef]
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        obj._print = print_label
        return obj

    @property
    def print_label(self) -> str:
        """The member as printed on a form (Chinese)."""
        return self._print or chinese(self.label)

    @classmethod
    def printed(cls, code: str | None) -> str:
        """The printed word of a stored code (the code itself when unknown)."""
        if code is None:
            return ""
        try:
            return cls(code).print_label
        except ValueError:
            return code

    def __str__(self) -> str:
        return str(self.label)

    @classmethod
    def from_label(cls, text: str | None) -> Self | None:
        """The member whose label (translated or source) or code is ``text``; ``None`` if none."""
        text = (text or "").strip()
        for m in cls:
            if text in (m.value, m.label.source, str(m.label)):
                return m
        for m in cls:   # the Chinese word, whatever the UI language (imported sheets, the demo)
            if text and text == m.print_label:
                return m
        return None


class Answer(LabelledEnum):
    """A yes/no question that must be answered (a department accepting a request): no default."""

    YES = ("yes", QT_TRANSLATE_NOOP("Enum", "Yes"), "是")
    NO = ("no", QT_TRANSLATE_NOOP("Enum", "No"), "否")


class StaffRole(LabelledEnum):
    SUPERVISOR = ("supervisor", QT_TRANSLATE_NOOP("Enum", "CS supervisor"))
    STEWARD = ("steward", QT_TRANSLATE_NOOP("Enum", "Property officer"))
    RECEPTIONIST = ("receptionist", QT_TRANSLATE_NOOP("Enum", "Receptionist"))
    CLERK = ("clerk", QT_TRANSLATE_NOOP("Enum", "Back-office clerk"))
    IT = ("it", QT_TRANSLATE_NOOP("Enum", "Network engineer"))


class IdType(LabelledEnum):
    RESIDENT = ("resident", QT_TRANSLATE_NOOP("Enum", "Resident ID card"))
    PASSPORT = ("passport", QT_TRANSLATE_NOOP("Enum", "Passport"))
    HK_MACAO = ("hk_macao", QT_TRANSLATE_NOOP("Enum", "Mainland travel permit (HK/Macao)"))
    TAIWAN = ("taiwan", QT_TRANSLATE_NOOP("Enum", "Mainland travel permit (Taiwan)"))
    BUSINESS = ("business", QT_TRANSLATE_NOOP("Enum", "Unified social credit code"))


class Gender(LabelledEnum):
    MALE = ("m", QT_TRANSLATE_NOOP("Enum", "Male"))
    FEMALE = ("f", QT_TRANSLATE_NOOP("Enum", "Female"))


class PersonType(LabelledEnum):
    INDIVIDUAL = ("individual", QT_TRANSLATE_NOOP("Enum", "Individual"))
    COMPANY = ("company", QT_TRANSLATE_NOOP("Enum", "Company"))


class RoomRole(LabelledEnum):
    """A person's relation to a room (the household card groups people by it, in this order)."""

    OWNER = ("owner", QT_TRANSLATE_NOOP("Enum", "Owner"))
    CO_OWNER = ("co_owner", QT_TRANSLATE_NOOP("Enum", "Co-owner"))
    FAMILY = ("family", QT_TRANSLATE_NOOP("Enum", "Family member"))
    TENANT = ("tenant", QT_TRANSLATE_NOOP("Enum", "Tenant"))
    CO_RESIDENT = ("co_resident", QT_TRANSLATE_NOOP("Enum", "Co-resident"))
    AGENT = ("agent", QT_TRANSLATE_NOOP("Enum", "Agent"))
    EMERGENCY = ("emergency", QT_TRANSLATE_NOOP("Enum", "Emergency contact"))


class RoomType(LabelledEnum):
    RESIDENTIAL = ("residential", QT_TRANSLATE_NOOP("Enum", "Residential"))
    SHOP = ("shop", QT_TRANSLATE_NOOP("Enum", "Shop"))
    OFFICE = ("office", QT_TRANSLATE_NOOP("Enum", "Office"))
    GARAGE = ("garage", QT_TRANSLATE_NOOP("Enum", "Garage"))
    STORAGE = ("storage", QT_TRANSLATE_NOOP("Enum", "Storage"))


class DeliveryState(LabelledEnum):
    UNSOLD = ("unsold", QT_TRANSLATE_NOOP("Enum", "Unsold"))
    SOLD = ("sold", QT_TRANSLATE_NOOP("Enum", "Sold, not handed over"))
    DELIVERED = ("delivered", QT_TRANSLATE_NOOP("Enum", "Handed over"))


class OccupancyState(LabelledEnum):
    VACANT = ("vacant", QT_TRANSLATE_NOOP("Enum", "Vacant"))
    RENOVATING = ("renovating", QT_TRANSLATE_NOOP("Enum", "Renovating"))
    OWNER_OCCUPIED = ("owner_occupied", QT_TRANSLATE_NOOP("Enum", "Owner-occupied"))
    RENTED = ("rented", QT_TRANSLATE_NOOP("Enum", "Rented"))
