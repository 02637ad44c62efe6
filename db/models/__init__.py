"""All mapped classes; importing this package registers every table on ``Base.metadata``."""
from db.models.base import Base, Hundredths
from db.models.estate import Building, Estate, Room, Unit
from db.models.people import Person, RoomPerson
from db.models.system import (AuditLog, CalendarDay, DocSequence, Parameter, RolePermission, SearchKey,
                              Staff, UiDraft, WorkflowEvent)

__all__ = ["Base", "Hundredths", "Estate", "Building", "Unit", "Room", "Person", "RoomPerson", "Staff",
           "RolePermission", "AuditLog", "Parameter", "DocSequence", "CalendarDay", "SearchKey", "UiDraft",
           "WorkflowEvent"]
