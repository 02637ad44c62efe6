"""Errors that rules raise and the UI shows to the user (never a crash dialog)."""
from __future__ import annotations

from app.i18n import Text


class UserError(Exception):
    """An expected refusal with a message in the user's language.

    ``field`` names the form field the message belongs beside, when there is one.
    """

    def __init__(self, message: Text | str, field: str | None = None) -> None:
        super().__init__(str(message))
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return str(self.message)


class ValidationError(UserError):
    """Input that breaks a rule (format, range, required)."""


class PermissionDenied(UserError):
    """The signed-in user's role may not do this."""


class ConflictError(UserError):
    """The record changed under the user (another desk saved first), a duplicate, or a state clash."""


class NotFound(UserError):
    """The record does not exist (any more)."""
