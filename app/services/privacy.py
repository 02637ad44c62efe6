"""The one masking rule of the read models (DESIGN §8, DOMAIN §3.3): full ID numbers and phone numbers only
for roles with people.see_id, everywhere a service hands data out: a record, its editor's pre-fill, the
audit trail's before/after values, the household card.

A field is sensitive by its name: ``…id_number`` is masked as a document number, ``…phone`` / ``…mobile``
as a phone (not ``phone_tail``, the last four digits a search already shows). The formats themselves are
``app.domain.validation.mask_id`` / ``mask_phone``. A masked field is also one the user was *not shown*:
:func:`keep_hidden` puts the stored value back when an editor returns it blank or still masked, so an edit
by such a role never overwrites what it could not see.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.validation import mask_id, mask_phone
from app.services.base import Actor


def sees_all(actor: Actor) -> bool:
    return actor.can(PEOPLE_SEE_ID)


def masker(key: str) -> Callable[[str | None], str] | None:
    """How a field of that name is masked, or None when it is not sensitive."""
    k = key.lower()
    if k.endswith("id_number"):
        return mask_id
    if ("phone" in k or "mobile" in k) and not k.endswith("tail"):
        return mask_phone
    return None


def shown(actor: Actor, key: str, value: Any) -> Any:
    """``value`` of field ``key`` as this actor may see it."""
    mask = masker(key)
    if mask is None or not isinstance(value, str) or sees_all(actor):
        return value
    return mask(value)


def redact(actor: Actor, data: dict[str, Any]) -> dict[str, Any]:
    """A mapping of field → value with the sensitive values masked for this actor."""
    if sees_all(actor):
        return data
    return {k: shown(actor, k, v) for k, v in data.items()}


def redact_json(actor: Actor, text: str) -> str:
    """An audit row's before/after JSON with the sensitive values masked (other text as it is)."""
    if not text or sees_all(actor):
        return text
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if not isinstance(data, dict):
        return text
    return json.dumps(redact(actor, data), ensure_ascii=False, sort_keys=True)


def hidden_fields(actor: Actor, keys: Iterable[str]) -> frozenset[str]:
    """The fields of ``keys`` this actor sees only masked."""
    if sees_all(actor):
        return frozenset()
    return frozenset(k for k in keys if masker(k) is not None)


def keep_hidden(actor: Actor, submitted: dict[str, Any], stored: Any) -> dict[str, Any]:
    """``submitted`` with every field the actor was not shown put back to its ``stored`` value when it comes
    back blank or exactly as masked (a new value typed over it is taken)."""
    out = dict(submitted)
    for key in hidden_fields(actor, submitted):
        old = getattr(stored, key, None) or ""
        new = (out.get(key) or "").strip()
        mask = masker(key)                # (never None for a hidden field)
        if not new or (old and mask is not None and new == mask(old)):
            out[key] = old
    return out
