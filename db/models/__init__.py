"""All mapped classes; importing this package registers every table on ``Base.metadata``."""
from db.models.base import Base, Hundredths
from db.models.estate import Building, Estate, Room, Unit
from db.models.people import Person, RoomPerson
from db.models.records import Attachment, AttachmentBlob, RecordClock, RecordLink
from db.models.system import (
                              AuditLog,
                              AuthStamp,
                              CalendarDay,
                              DocSequence,
                              Parameter,
                              PermissionSeed,
                              RolePermission,
                              SearchKey,
                              Staff,
                              UiDraft,
                              WorkflowEvent,
)

__all__ = ["Base", "Hundredths", "Estate", "Building", "Unit", "Room", "Person", "RoomPerson", "Staff",
           "RolePermission", "AuditLog", "AuthStamp", "Parameter", "PermissionSeed", "DocSequence", "CalendarDay",
           "SearchKey", "UiDraft", "WorkflowEvent", "RecordClock", "Attachment", "AttachmentBlob", "RecordLink"]

# the workflows' tables (each module registers its mapped classes on Base.metadata)
from db import immutable  # noqa: E402,F401  (the guards of posted money)
from db.models import (  # noqa: E402,F401
    complaint,
    duty,
    fees,
    keys,
    lease,
    movein,
    moveout,
    notice,
    patrol,
    relay,
    release,
    renovation,
    signoff,
    site,
    vacancy,
    visit,
)
