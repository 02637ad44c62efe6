"""Permissions and the five role presets (DOMAIN.md §1). Services enforce them; the UI only mirrors them.

Workflow modules add their own permissions with :func:`declare` so the matrix in 设置 → 用户 lists them.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import StaffRole
from app.i18n import QT_TRANSLATE_NOOP, Text

S, ST, R, C, IT = (StaffRole.SUPERVISOR, StaffRole.STEWARD, StaffRole.RECEPTIONIST, StaffRole.CLERK,
                   StaffRole.IT)


@dataclass(frozen=True)
class Permission:
    code: str
    label: Text
    group: Text
    presets: frozenset[StaffRole]


PERMISSIONS: dict[str, Permission] = {}


def declare(code: str, label: Text, group: Text, *roles: StaffRole) -> str:
    PERMISSIONS[code] = Permission(code, label, group, frozenset(roles))
    return code


_REG = QT_TRANSLATE_NOOP("Permission", "Estate registry")
_SYS = QT_TRANSLATE_NOOP("Permission", "System")

REGISTRY_VIEW = declare("registry.view", QT_TRANSLATE_NOOP("Permission", "View rooms and households"),
                        _REG, S, ST, R, C)
REGISTRY_EDIT = declare("registry.edit", QT_TRANSLATE_NOOP("Permission", "Edit rooms and people"),
                        _REG, S, ST, C)
PEOPLE_SEE_ID = declare("people.see_id", QT_TRANSLATE_NOOP(
    "Permission", "See full ID and phone numbers"), _REG, S)
REGISTRY_IMPORT = declare("registry.import", QT_TRANSLATE_NOOP("Permission", "Import the roster"),
                          _REG, S, C)
REGISTRY_EXPORT = declare("registry.export", QT_TRANSLATE_NOOP("Permission", "Export rooms and people"),
                          _REG, S, C)
USERS_MANAGE = declare("users.manage", QT_TRANSLATE_NOOP("Permission", "Manage users and permissions"),
                       _SYS, S, IT)
USERS_GRANT = declare("users.grant", QT_TRANSLATE_NOOP(
    "Permission", "Grant permissions to roles and manage supervisor accounts"), _SYS, S)
PARAMS_EDIT = declare("params.edit", QT_TRANSLATE_NOOP("Permission", "Edit parameters and calendar"),
                      _SYS, S)
AUDIT_VIEW = declare("audit.view", QT_TRANSLATE_NOOP("Permission", "View the audit log"), _SYS, S, IT)
BACKUP_RUN = declare("backup.run", QT_TRANSLATE_NOOP("Permission", "Back up and restore"), _SYS, S, IT)
PRINT_SETTINGS = declare("print.settings", QT_TRANSLATE_NOOP("Permission", "Printer settings"),
                         _SYS, S, IT)


def preset(role: StaffRole | str) -> set[str]:
    """The permissions a role has by default."""
    role = StaffRole(role)
    return {p.code for p in PERMISSIONS.values() if role in p.presets}
