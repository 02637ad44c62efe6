"""Files attached to records: photos, scanned IDs, signed forms, contracts, drawings (the record kit).

Files live in the database (``attachment_blob``), so backups hold them and every desk on PostgreSQL can open
them; the same content is stored once (SHA-256 of what was attached). A file larger than the parameter
``attach.max_mb`` is refused; a photo larger than ``attach.image_max_px`` on its longest side is scaled down
(JPEG, EXIF orientation applied) and every image gets a thumbnail for the detail pane. Reading an attachment
needs the view permission of the record it belongs to (app.services.records registers it per kind).

Pillow is imported on the first image only.
"""
from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services.base import Actor
from db.engine import Database
from db.models import Attachment, AttachmentBlob

THUMB_PX = 240
#: who may read the attachments of a kind of record: kind → view permission
VIEW_PERMISSIONS: dict[str, str] = {}

MSG_TOO_BIG = T("Attachments", "{name} is {size} MB; files up to {limit} MB can be attached")
MSG_UNREADABLE = T("Attachments", "{name} cannot be read: {reason}")
MSG_NONE = T("Attachments", "This attachment no longer exists")


def register_kind(kind: str, view_permission: str) -> None:
    VIEW_PERMISSIONS[kind] = view_permission


@dataclass(frozen=True)
class AttachmentView:
    id: int
    name: str
    role: str
    size: int
    mime: str
    is_image: bool
    missing_path: str       # a photo of an older version whose file was gone: shown, not hidden
    created_at: datetime
    event_id: int | None


def add(session: Session, actor: Actor, kind: str, record_id: int, files: Iterable[Any], *, role: str = "",
        event_id: int | None = None, field: str | None = None) -> list[int]:
    """Attach ``files`` (paths, ``(name, bytes)`` pairs, or ids of attachments to copy) to a record."""
    from app.services import params
    values = params.load(session)
    limit_mb, max_px = values["attach.max_mb"], values["attach.image_max_px"]
    ids = []
    for item in files:
        if isinstance(item, int):
            source = session.get(Attachment, item)
            if source is None or source.blob_id is None:
                raise NotFound(MSG_NONE)
            name, blob_id = source.name, source.blob_id
        else:
            name, content = _read(item, field or role)
            if len(content) > limit_mb * 1024 * 1024:
                raise ValidationError(MSG_TOO_BIG.format(name=name, size=f"{len(content) / 1048576:.1f}",
                                                         limit=limit_mb), field or role)
            blob_id = _blob(session, name, content, max_px).id
        row = Attachment(kind=kind, record_id=record_id, event_id=event_id, role=role, blob_id=blob_id,
                         name=name[:200], created_by=actor.staff_id)
        session.add(row)
        session.flush()
        ids.append(row.id)
    return ids


def add_missing(session: Session, kind: str, record_id: int, path: str, role: str) -> int:
    """Record a file path whose file no longer exists (moved from an older version): reported, not dropped."""
    row = Attachment(kind=kind, record_id=record_id, role=role, blob_id=None, name=Path(path).name[:200],
                     missing_path=path[:500])
    session.add(row)
    session.flush()
    return row.id


def _read(item: Any, field: str) -> tuple[str, bytes]:
    if isinstance(item, tuple | list) and len(item) == 2:
        return str(item[0]), bytes(item[1])
    path = Path(str(item))
    try:
        return path.name, path.read_bytes()
    except OSError as exc:
        raise ValidationError(MSG_UNREADABLE.format(name=path.name, reason=exc.strerror or exc), field) from None


def _blob(session: Session, name: str, content: bytes, max_px: int) -> AttachmentBlob:
    digest = hashlib.sha256(content).hexdigest()
    blob = session.scalar(select(AttachmentBlob).where(AttachmentBlob.sha256 == digest))
    if blob is not None:
        return blob
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    data, width, height, thumb = content, 0, 0, None
    image = _image(content)
    if image is not None:
        data, mime, width, height, thumb = _scaled(image, content, mime, max_px)
    blob = AttachmentBlob(sha256=digest, size=len(data), mime=mime, width=width, height=height, data=data,
                          thumb=thumb)
    session.add(blob)
    session.flush()
    return blob


def _image(content: bytes) -> Any:
    if not content[:16].startswith((b"\x89PNG", b"\xff\xd8", b"GIF8", b"BM", b"RIFF", b"II*\x00", b"MM\x00*")):
        return None
    import io

    from PIL import Image, UnidentifiedImageError
    try:
        image = Image.open(io.BytesIO(content))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    return image


def _scaled(image: Any, content: bytes, mime: str, max_px: int) -> tuple[bytes, str, int, int, bytes]:
    import io

    from PIL import ImageOps
    image = ImageOps.exif_transpose(image)
    data = content
    if max(image.size) > max_px:
        image.thumbnail((max_px, max_px))
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
        data, mime = out.getvalue(), "image/jpeg"
    width, height = image.size
    small = image.copy()
    small.thumbnail((THUMB_PX, THUMB_PX))
    out = io.BytesIO()
    small.convert("RGB").save(out, "JPEG", quality=80)
    return data, mime, width, height, out.getvalue()


# ------------------------------------------------------------------------------------------ reading

def of_record(session: Session, kind: str, record_id: int) -> list[AttachmentView]:
    rows = session.execute(
        select(Attachment, AttachmentBlob.size, AttachmentBlob.mime, AttachmentBlob.thumb.isnot(None))
        .outerjoin(AttachmentBlob, AttachmentBlob.id == Attachment.blob_id)
        .where(Attachment.kind == kind, Attachment.record_id == record_id).order_by(Attachment.id)).all()
    return [AttachmentView(a.id, a.name, a.role, size or 0, mime or "", bool(has_thumb), a.missing_path,
                           a.created_at, a.event_id) for a, size, mime, has_thumb in rows]


def _readable(session: Session, actor: Actor, attachment_id: int) -> Attachment:
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound(MSG_NONE)
    actor.require(VIEW_PERMISSIONS.get(row.kind, "registry.view"))
    return row


def content(db: Database, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    """The file's name and bytes, to open it with the system viewer or save it."""
    with db.read() as s:
        row = _readable(s, actor, attachment_id)
        blob = s.get(AttachmentBlob, row.blob_id) if row.blob_id else None
        if blob is None:
            raise NotFound(T("Attachments", "The file {name} was missing when it was moved into the database "
                                            "({path})").format(name=row.name, path=row.missing_path))
        return row.name, bytes(blob.data)


def thumbnail(db: Database, actor: Actor, attachment_id: int) -> bytes | None:
    with db.read() as s:
        row = _readable(s, actor, attachment_id)
        if row.blob_id is None:
            return None
        return s.scalar(select(AttachmentBlob.thumb).where(AttachmentBlob.id == row.blob_id))
