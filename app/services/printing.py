"""Printing documents from the database: where each form's data comes from, who printed what, reprints,
list reports, and the printer settings (DESIGN.md §7, DOMAIN.md §2.5).

**Sources.** A printed form (``app/printing/forms``) knows how to draw its dataclass; a *source* knows how
to build that dataclass from the database for one document number. A workflow registers one per form::

    from app.services import printing

    def _slip(session, actor, number):          # number as printed: FX20250612-0003
        actor.require(RELEASE_VIEW)
        slip = session.scalar(select(ReleaseSlip).where(ReleaseSlip.number == number))
        if slip is None:
            raise NotFound(T("Release", "There is no release slip {n}").format(n=number))
        from app.printing.forms.release_slip import ReleaseSlipForm   # reportlab: lazily
        return ReleaseSlipForm(number=slip.number, ...), slip.status == "void"

    printing.register_source("release_slip", _slip)

The loader returns ``(data, voided)``; ``voided`` prints the large 作废 stamp. ``session.info["db"]`` is
the :class:`~db.engine.Database`, for loaders that reuse a service's read function (the household card
does). The modules of :mod:`app.services` are imported the first time a source is looked up
(:func:`load_sources`), so a workflow's registration needs no edit here.

**Numbers and copies.** ``number`` is what the form prints as its number (the room code ``3-2-1502`` for
the household card, the document number otherwise) and what the audit trail records. ``copy`` is
1-based like the paper (``1`` = 第一联 存根联, ``2`` = 第二联 …); ``None`` prints every copy in order.

**Reprints and the audit trail.** :func:`print_document` counts the earlier ``print`` rows of the same
form and number in the audit trail (index ``ix_audit_log_entity``), renders with that count (0: the
original; n: ``补打 第n次``) and appends its own audit row (``after={"copy": …, "reprint": n}``) in the
same transaction, so two desks printing at once get different counts and a failed render leaves no
row (the render, ~0.1–0.5 s, runs inside that write transaction: a deliberate trade for exact counts).
:func:`render_document` renders the same PDF for a preview and writes nothing: the preview shows
the 补打 mark the next print will carry.

**Settings.** The estate header (name, company, address, hotline, logo) is the :class:`Estate` row,
changed with :func:`update_estate_header` (permission ``print.settings``; audited by the unit of work).
The print font and the paper per form are settings *of the PC* (fonts differ between PCs): the UI keeps
them in QSettings and passes the font with :func:`configure`; the command line reads the font from the
environment variable ``FRONTDESK_PRINT_FONT``; with neither, the font is found automatically
(:mod:`app.printing.fonts`).

reportlab is imported only inside the functions that render; importing this module costs nothing.
reportlab is not thread-safe: the UI runs renders on its one worker thread.
"""
from __future__ import annotations

import contextvars
import enum
import os
import platform
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.permissions import PEOPLE_SEE_ID, PRINT_SETTINGS
from app.domain.validation import check_text
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import audit, privacy
from app.services.base import STALE, Actor, now, system_actor, unit_of_work
from db.engine import Database
from db.models import AuditLog, Estate

if TYPE_CHECKING:
    from app.printing.forms.household_card import HouseholdCard as HouseholdCardForm
    from app.printing.forms.test_page import PrintTestPage
    from app.printing.layout import Column, EstateHeader

__all__ = [
    "PRINT_ACTION", "FONT_ENV", "AUTO_FONT", "Loader", "Source", "FormInfo", "Rendered", "Header",
    "FontStatus",
    "register_source", "unregister_source", "load_sources", "list_forms", "all_forms", "form_info",
    "configure", "current_font_path", "font_status", "estate_header", "update_estate_header",
    "render_document", "preview_document", "print_document", "print_count",
    "list_report", "list_to_excel", "record_list_output",
]

PRINT_ACTION = "print"
EXPORT_ACTION = "export"
LIST_ENTITY = "list_report"
FONT_ENV = "FRONTDESK_PRINT_FONT"
#: pass as ``font_path`` to find the font automatically whatever is configured (settings: 自动)
AUTO_FONT = ":auto:"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")

#: ``loader(session, actor, number) -> (data, voided)``
Loader = Callable[[Session, Actor, str], tuple[Any, bool]]


# ------------------------------------------------------------------------------------------- sources

@dataclass(frozen=True)
class Source:
    form: str
    loader: Loader
    reprints: bool = True      # count earlier prints and stamp 补打 (False: test pages)


_sources: dict[str, Source] = {}


def register_source(form_code: str, loader: Loader, *, reprints: bool = True) -> None:
    """Make form ``form_code`` printable by number: ``loader(session, actor, number) -> (data, voided)``.

    ``reprints=False`` for pages that are not documents (the test page): no 补打 count.
    """
    if not callable(loader):
        raise TypeError(f"source of {form_code!r}: loader must be callable")
    _sources[form_code] = Source(form_code, loader, reprints)


def unregister_source(form_code: str) -> None:
    """Remove a source (tests register throw-away ones)."""
    _sources.pop(form_code, None)


def load_sources() -> None:
    """Import every module of :mod:`app.services` once, so that each has registered its sources."""
    from app.printing.discover import import_modules  # here: importing this module imports no app.printing

    import_modules("app.services")


@dataclass(frozen=True)
class FormInfo:
    code: str
    title: str
    copies: tuple[str, ...]      # labels of the parts (联), empty for a single sheet
    paper: str                   # the layout: "A4" or "A5x2" (two slips per A4 sheet)
    printable: bool              # has a source: printable by number


def all_forms() -> list[FormInfo]:
    """Every registered form (with or without a source), by code. Imports reportlab."""
    from app.printing import registry

    load_sources()
    return [FormInfo(s.code, s.title, s.copies, s.paper, s.code in _sources)
            for s in registry.list_forms()]


def list_forms() -> list[tuple[str, str]]:
    """``(code, title)`` of the forms printable by number (``frontdesk print --list``), by code."""
    return [(f.code, f.title) for f in all_forms() if f.printable]


def form_info(form: str) -> FormInfo:
    from app.printing import registry

    load_sources()
    try:
        s = registry.get_form(form)
    except KeyError:
        raise NotFound(_unknown_form(form)) from None
    return FormInfo(s.code, s.title, s.copies, s.paper, s.code in _sources)


def _unknown_form(form: str) -> Text:
    return T("Printing", "There is no printable form {form} (printable: {forms})").format(
        form=form, forms=", ".join(sorted(_sources)) or "—")


def _source(form: str) -> Source:
    load_sources()
    src = _sources.get(form)
    if src is None:
        raise NotFound(_unknown_form(form))
    return src


# ------------------------------------------------------------------------------------------- settings

_font_path: str | None = None
_render_font: contextvars.ContextVar[str | None] = contextvars.ContextVar("print_font", default=None)


def configure(*, font_path: str | None = None) -> None:
    """Set this PC's print font (a .ttf/.ttc path, ``path.ttc#1`` for a face; ``None``: automatic)."""
    global _font_path
    _font_path = font_path or None


def current_font_path(explicit: str | None = None) -> str | None:
    """The font to print with: ``explicit``, else :func:`configure`'s, else ``$FRONTDESK_PRINT_FONT``;
    ``None`` (and :data:`AUTO_FONT`) means: found automatically."""
    if explicit == AUTO_FONT:
        return None
    return explicit or _font_path or os.environ.get(FONT_ENV) or None


@dataclass(frozen=True)
class FontStatus:
    name: str                  # reportlab's name (FD-wqy-microhei-0-…, or STSong-Light)
    path: str | None
    embedded: bool
    warning: str | None        # translated; shown by the preview and the settings
    family: str = ""           # as people know it: WenQuanYi Micro Hei Regular


def font_status(explicit: str | None = None) -> FontStatus:
    """Which font a print would use now, and the warning to show (not embedded, unusable setting)."""
    from app.printing.fonts import resolve_font
    from app.printing.forms.test_page import font_facts

    info = resolve_font(current_font_path(explicit))
    return FontStatus(info.name, info.path, info.embedded, str(info.warning) if info.warning else None,
                      font_facts(info.name)[0])


@dataclass(frozen=True)
class Header:
    """The estate header every form prints (from the Estate row)."""

    name: str
    company: str = ""
    address: str = ""
    hotline: str = ""
    logo_path: str = ""
    version: int | None = None


def _estate(s: Session) -> Estate:
    est = s.scalar(select(Estate).order_by(Estate.id).limit(1))
    if est is None:
        raise NotFound(T("Printing", "No estate has been set up yet"))
    return est


def _header_of(est: Estate) -> Header:
    return Header(est.name, est.company or "", est.address or "", est.hotline or "",
                  est.logo_path or "", est.version)


def estate_header(db: Database) -> Header:
    with db.read() as s:
        return _header_of(_estate(s))


def update_estate_header(db: Database, actor: Actor, *, name: str, company: str = "",
                         address: str = "", hotline: str = "", logo_path: str = "",
                         version: int | None = None) -> Header:
    """Change the header printed on every form (permission ``print.settings``); audited."""
    actor.require(PRINT_SETTINGS)
    values = {
        "name": check_text(name, "name", str(T("Printing", "Estate name")), max_len=60),
        "company": check_text(company, "company", str(T("Printing", "Company")), max_len=60,
                              required=False),
        "address": check_text(address, "address", str(T("Printing", "Address")), max_len=200,
                              required=False),
        "hotline": check_text(hotline, "hotline", str(T("Printing", "Service hotline")), max_len=30,
                              required=False),
        "logo_path": check_text(logo_path, "logo_path", str(T("Printing", "Logo")), max_len=500,
                                required=False),
    }
    logo = values["logo_path"]
    if logo:
        if Path(logo).suffix.lower() not in LOGO_SUFFIXES:
            raise ValidationError(T("Printing", "The logo must be a PNG or JPEG picture"), "logo_path")
        if not Path(logo).is_file():
            raise ValidationError(T("Printing", "The logo file {path} does not exist").format(path=logo),
                                  "logo_path")
    with unit_of_work(db, actor) as s:
        est = _estate(s)
        if version is not None and est.version != version:
            raise ConflictError(STALE)
        for key, value in values.items():
            if getattr(est, key) != value:
                setattr(est, key, value)
        s.flush()
        return _header_of(est)


def _layout_header(header: Header) -> EstateHeader:
    from app.printing.layout import EstateHeader

    return EstateHeader(name=header.name, company=header.company, address=header.address,
                        hotline=header.hotline, logo_path=header.logo_path or None)


# ------------------------------------------------------------------------------------------- documents

@dataclass(frozen=True)
class Rendered:
    """A rendered document and what the preview shows about it."""

    pdf: bytes
    form: str
    number: str
    title: str
    copy: int | None
    copies: tuple[str, ...]
    reprint_count: int           # 0: the original; n: stamped 补打 第n次
    voided: bool
    font: FontStatus


def _refresh_system(actor: Actor) -> Actor:
    # The command line makes its system actor before the workflow modules declared their permissions.
    if actor.staff_id is None and actor.username == "system":
        return system_actor(see_private=actor.can(PEOPLE_SEE_ID))
    return actor


def _number(number: str) -> str:
    text_ = (number or "").strip()
    if not text_:
        raise ValidationError(T("Printing", "Give the number of the document to print"), "number")
    if len(text_) > 40:
        raise NotFound(T("Printing", "There is no document {number}").format(number=text_[:40] + "…"))
    return text_


def _copy_index(info_copies: tuple[str, ...], form: str, copy: int | None) -> int | None:
    if copy is None:
        return None
    n = max(len(info_copies), 1)
    if not isinstance(copy, int) or not 1 <= copy <= n:
        raise ValidationError(T("Printing", "Form {form} has {n} copies: choose a copy from 1 to {n}")
                              .format(form=form, n=n), "copy")
    return copy - 1


def print_count(db: Database, form: str, number: str) -> int:
    """How many times the document has been printed (or saved as PDF) so far."""
    with db.read() as s:
        return _count(s, form, number.strip())


def _count(s: Session, form: str, number: str) -> int:
    return s.scalar(select(func.count()).select_from(AuditLog).where(
        AuditLog.entity == form, AuditLog.entity_id == number,
        AuditLog.action == PRINT_ACTION)) or 0


def _render(s: Session, db: Database, actor: Actor, form: str, number: str, copy: int | None,
            font: str | None, earlier: int) -> Rendered:
    from app.printing import registry

    src = _source(form)
    spec = form_info(form)
    index = _copy_index(spec.copies, form, copy)
    s.info["db"] = db
    token = _render_font.set(font)
    try:
        data, voided = src.loader(s, actor, number)
        reprint = earlier if src.reprints else 0
        fp = current_font_path(font)
        pdf = registry.render(form, data, copy_index=index, reprint_count=reprint, voided=bool(voided),
                              estate=_layout_header(_header_of(_estate(s))), font_path=fp)
    finally:
        _render_font.reset(token)
    return Rendered(pdf, form, number, spec.title, copy, spec.copies, reprint, bool(voided),
                    font_status(font))


def preview_document(db: Database, actor: Actor, form: str, number: str, *, copy: int | None = None,
                     font_path: str | None = None) -> Rendered:
    """Render for a preview (no audit row); carries the 补打 mark the next print will have."""
    actor = _refresh_system(actor)
    _source(form)
    number = _number(number)
    with db.read() as s:
        return _render(s, db, actor, form, number, copy, font_path, _count(s, form, number))


def render_document(db: Database, actor: Actor, form: str, number: str, *, copy: int | None = None,
                    font_path: str | None = None) -> bytes:
    """The PDF of a document as a preview shows it; writes nothing."""
    return preview_document(db, actor, form, number, copy=copy, font_path=font_path).pdf


def print_document(db: Database, actor: Actor, form: str, number: str, *, copy: int | None = None,
                   font_path: str | None = None, details: Mapping[str, Any] | None = None) -> bytes:
    """Render the document for printing (or saving) and record the print in the audit trail.

    The first print is the original; each later one is stamped ``补打 第n次``. One audit row
    (action ``print``, entity = form, entity_id = number, ``after={"copy", "reprint", ...details}``)
    is written in the same transaction as the count. ``details`` adds e.g. the printer and the copies.
    """
    actor = _refresh_system(actor)
    _source(form)
    number = _number(number)
    with unit_of_work(db, actor) as s:
        conn = s.connection()
        if conn.dialect.name == "postgresql":  # the audit chain's lock: counts are serialised too
            conn.execute(text("SELECT pg_advisory_xact_lock(7411)"))
        rendered = _render(s, db, actor, form, number, copy, font_path, _count(s, form, number))
        after: dict[str, Any] = {"copy": copy, "reprint": rendered.reprint_count}
        if rendered.voided:
            after["voided"] = True
        after.update(details or {})
        audit.record(s, PRINT_ACTION, form, number, after=after)
        return rendered.pdf


# ------------------------------------------------------------------------------------------- list reports

Col = str | Text | tuple


def _columns(columns: Sequence[Col]) -> list[Column]:
    from app.printing.layout import Column

    out: list[Column] = []
    for c in columns:
        if isinstance(c, tuple):
            header, *rest = c
            width = float(rest[0]) if rest else 1.0
            align = rest[1] if len(rest) > 1 else "left"
            out.append(Column(str(header), width, align))
        elif isinstance(c, (str, Text)):
            out.append(Column(str(c)))
        else:
            out.append(c)  # already a layout Column
    return out


def _header_text(c: Col) -> str:
    if isinstance(c, tuple):
        return str(c[0])
    return str(getattr(c, "header", c))


def list_report(title: str, filter_text: str, columns: Sequence[Col], rows: Iterable[Sequence[object]],
                *, db: Database | None = None, estate: Header | None = None, printed_by: str = "",
                printed_at: datetime | date | None = None, totals: Sequence[object] | None = None,
                amount_total: Decimal | None = None, amount_label: str = "合计金额",
                landscape: bool | None = None, signatures: Sequence[str] = (),
                font_path: str | None = None) -> bytes:
    """The generic printed list of any page: its title, the filter that made it, every row.

    ``columns`` are headers, or ``(header, relative width[, "left"|"center"|"right"])``. The estate
    header comes from ``estate`` or is read from ``db``. Writes nothing (see :func:`record_list_output`).
    """
    from app.printing import registry
    from app.printing.forms.list_report import ListReport

    if estate is None:
        if db is None:
            raise ValueError("list_report needs the estate header: pass db or estate")
        estate = estate_header(db)
    report = ListReport(title=str(title), columns=_columns(columns), rows=list(rows),
                        filter_text=str(filter_text or ""), totals=totals, amount_total=amount_total,
                        amount_label=amount_label, printed_by=printed_by,
                        printed_at=printed_at or now(), landscape=landscape,
                        signatures=tuple(signatures))
    return registry.render("list_report", report, estate=_layout_header(estate),
                           font_path=current_font_path(font_path))


def list_to_excel(path: str | Path, title: str, columns: Sequence[Col],
                  rows: Iterable[Sequence[object]], *, progress: Callable[[int, int], None] | None = None,
                  cancel: Callable[[], bool] | None = None, total: int | None = None) -> int:
    """The same list as an .xlsx workbook (formula-safe, typed cells); returns the number of rows."""
    from app.excel.export import write_xlsx

    return write_xlsx(path, str(title), [_header_text(c) for c in columns], rows, progress, cancel,
                      total=total)


def record_list_output(db: Database, actor: Actor, title: str, rows: int, *, filter_text: str = "",
                       to: str = "printer", details: Mapping[str, Any] | None = None) -> None:
    """The audit row of a printed, saved (``to="pdf"``) or exported (``to="excel"``) list."""
    action = EXPORT_ACTION if to == "excel" else PRINT_ACTION
    with unit_of_work(db, actor) as s:
        audit.record(s, action, LIST_ENTITY, str(title)[:40],
                     after={"rows": rows, "filter": filter_text, "to": to, **(details or {})})


# ------------------------------------------------------------------------------------------- sources here

_EVENT_ZH = {"create": "登记", "update": "信息变更", "delete": "删除"}
_FIELD_ZH = {
    "area": "建筑面积", "inner_area": "套内面积", "layout": "户型", "room_type": "房屋类型",
    "delivery_state": "交付状态", "occupancy_state": "使用状态", "handover_date": "交房日期",
    "fee_start_date": "计费起始日", "notes": "备注", "floor": "楼层", "room_no": "房号", "code": "房号",
    "unit_id": "单元", "vacancy_flag": "空置登记", "fee_coefficient": "计费系数", "role": "身份",
    "is_primary": "主要联系人", "start_date": "开始日期", "end_date": "结束日期",
    "person_id": "人员",
}


def _household_card(session: Session, actor: Actor, number: str) -> tuple[HouseholdCardForm, bool]:
    """房屋档案卡 by room code (3-2-1502), IDs and phones masked unless the actor may see them."""
    from app.domain.enums import DeliveryState, OccupancyState, RoomRole, RoomType
    from app.printing.forms.household_card import HistoryEntry, HouseholdCard, Occupant, zh
    from app.services import registry
    from db.models import Room

    room_id = session.scalar(select(Room.id).where(Room.code == number))
    if room_id is None:
        raise NotFound(T("Printing", "There is no room {code}").format(code=number))
    card = registry.card_in(session, actor, room_id, history_limit=20, full=privacy.sees_all(actor))
    # the card masked IDs and phones already unless the actor may see them (people.see_id); the form must not
    # mask them again (a masked phone masked twice loses its last digits). The print is audited itself.
    room, building, unit = card.room, card.building, card.unit

    def role(code: str) -> RoomRole | str:
        return _enum(RoomRole, code)

    people = [Occupant(role(p.role), p.name, p.id_number, p.mobile, p.start_date,
                       "主要联系人" if p.is_primary and p.role == RoomRole.OWNER.value else "")
              for p in card.people]
    dated: list[tuple[datetime, HistoryEntry]] = []
    for e in reversed(card.history):   # oldest first
        fields = "、".join(dict.fromkeys(_FIELD_ZH.get(k, k) for k in e.fields))
        detail = fields if e.action == "update" else ""
        dated.append((e.at, HistoryEntry(e.at, _EVENT_ZH.get(e.action, e.action), detail, e.who)))
    for p in card.former:
        if p.end_date is not None:     # (a former occupant's link has ended)
            dated.append((datetime.combine(p.end_date, datetime.min.time()),
                          HistoryEntry(p.end_date, "关系结束", f"{zh(role(p.role))} {p.name}")))
    dated.sort(key=lambda d: d[0])
    history = [h for _, h in dated]
    data = HouseholdCard(
        room_code=room.code, building=building.name or f"{building.building_no}号楼",
        unit=f"{unit.unit_no}单元", floor=room.floor, area=room.area, inner_area=room.inner_area,
        layout=room.layout or "", room_type=_enum(RoomType, room.room_type),
        delivery_state=_enum(DeliveryState, room.delivery_state),
        occupancy_state=_enum(OccupancyState, room.occupancy_state),
        vacancy="已登记空置" if room.vacancy_flag else "", handover_date=room.handover_date,
        fee_start_date=room.fee_start_date, people=people, history=history[-20:],
        notes=room.notes or "", number=room.code, printed_at=now(), mask_private=False)
    return data, False


E = TypeVar("E", bound=enum.Enum)


def _enum(kind: type[E], code: str) -> E | str:
    try:
        return kind(code)
    except ValueError:
        return code or ""


def _test_page(session: Session, actor: Actor, number: str) -> tuple[PrintTestPage, bool]:
    """打印测试页: any number; it shows the font this PC prints with."""
    from app.printing.forms.test_page import PrintTestPage

    stamp = now()
    return PrintTestPage(number=f"CS{stamp:%Y%m%d-%H%M%S}", printed_at=stamp, printed_by=actor.name,
                         font_setting=current_font_path(_render_font.get()) or "",
                         computer=platform.node()), False


register_source("household_card", _household_card)
register_source("test_page", _test_page, reprints=False)
