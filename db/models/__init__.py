"""All mapped classes; importing this package registers every table on ``Base.metadata``."""
from db.models.base import Base, Hundredths
from db.models.estate import Building, Estate, Room, Unit
from db.models.people import Person, RoomPerson
from db.models.system import (AuditLog, AuthStamp, CalendarDay, DocSequence, Parameter, PermissionSeed, RolePermission,
                              SearchKey,
                              Staff, UiDraft, WorkflowEvent)

__all__ = ["Base", "Hundredths", "Estate", "Building", "Unit", "Room", "Person", "RoomPerson", "Staff",
           "RolePermission", "AuditLog", "AuthStamp", "Parameter", "PermissionSeed", "DocSequence", "CalendarDay", "SearchKey", "UiDraft",
           "WorkflowEvent"]

# the workflows' tables (each module registers its mapped classes on Base.metadata)
from db.models import duty, keys, notice, patrol, relay, vacancy, visit  # noqa: E402,F401
