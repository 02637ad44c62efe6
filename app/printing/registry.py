"""The registry of printed forms: each form module registers itself; :func:`render` makes the PDF.

A form is a module in :mod:`app.printing.forms` that defines a plain dataclass for its data, a
``sample()`` returning demo data, and a ``build(data) -> Document`` decorated with
:func:`register_form`. The modules of that package are found and imported the first time the registry
is asked (:func:`list_forms`, :func:`get_form`, :func:`render`), so adding a form needs no other edit;
the gallery test renders every registered form from its sample, so a form is tested the day it is born.

Import this module only when printing (it imports reportlab): services import it, and the form data
classes, inside the function that prints. reportlab is not thread-safe: run prints on one thread (the
services' single worker), never two at once.
"""
from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.printing.discover import import_modules
from app.printing.fonts import FontInfo, resolve_font
from app.printing.layout import PAPER_A4, PAPERS, Document, EstateHeader, build_pdf

__all__ = ["FormSpec", "EstateHeader", "Document", "register_form", "unregister_form", "list_forms",
           "get_form", "render", "render_sample", "warm_up", "SAMPLE_ESTATE", "resolve_font",
           "FontInfo"]

FORMS_PACKAGE = "app.printing.forms"

#: The demo estate the gallery and the samples print with.
SAMPLE_ESTATE = EstateHeader(
    name="阳光花园", company="星河物业服务有限公司阳光花园物业服务中心",
    address="江城市高新区科技大道88号", hotline="0571-88886666")


@dataclass(frozen=True)
class FormSpec:
    """A registered form: its declaration plus the ``build`` and ``sample`` functions."""

    code: str
    title: str
    build: Callable[[Any], Document]
    sample: Callable[[], Any]
    paper: str = PAPER_A4
    copies: tuple[str, ...] = ()
    number_prefix: str | None = None
    qr: bool = True
    data_type: type | None = None
    module: str = ""


_forms: dict[str, FormSpec] = {}


def register_form(*, code: str, title: str, sample: Callable[[], Any], paper: str = PAPER_A4,
                  copies: Sequence[str] = (), number_prefix: str | None = None,
                  qr: bool = True) -> Callable[[Callable[[Any], Document]], Callable[[Any], Document]]:
    """Decorator registering ``build(data) -> Document`` as the form ``code``.

    ``paper`` is ``"A4"`` or ``"A5x2"`` (two A5 slips per A4 sheet); ``copies`` are the labels of the
    parts of a multi-part form (``COPIES_RELEASE`` …), empty for a single sheet; ``number_prefix`` is the
    document type code of DOMAIN.md §2.3 (``FX``); ``qr`` prints a QR code of the document number.
    """
    if paper not in PAPERS:
        raise ValueError(f"form {code!r}: unknown paper {paper!r}; use one of {PAPERS}")
    if not callable(sample):
        raise TypeError(f"form {code!r}: sample must be a function returning demo data")

    def decorator(build: Callable[[Any], Document]) -> Callable[[Any], Document]:
        spec = FormSpec(code=code, title=title, build=build, sample=sample, paper=paper,
                        copies=tuple(copies), number_prefix=number_prefix, qr=qr,
                        data_type=_data_type(build), module=build.__module__)
        old = _forms.get(code)
        if old is not None and (old.module, old.build.__qualname__) != (spec.module,
                                                                         build.__qualname__):
            raise ValueError(f"form code {code!r} is already registered by {old.module}")
        _forms[code] = spec
        return build

    return decorator


def unregister_form(code: str) -> None:
    """Remove a form (tests register throw-away forms)."""
    _forms.pop(code, None)


def _data_type(build: Callable) -> type | None:
    """The class of ``build``'s first parameter, when its annotation names one."""
    try:
        params = list(inspect.signature(build).parameters.values())
        ann = params[0].annotation if params else None
        if isinstance(ann, str):
            ann = eval(ann, build.__globals__)  # noqa: S307 - a module's own annotation
    except Exception:  # noqa: BLE001 - unresolvable annotation: no type check
        return None
    return ann if isinstance(ann, type) else None


def _load_forms() -> None:
    import_modules(FORMS_PACKAGE)


def list_forms() -> list[FormSpec]:
    """Every registered form, by code."""
    _load_forms()
    return [_forms[k] for k in sorted(_forms)]


def get_form(code: str) -> FormSpec:
    _load_forms()
    try:
        return _forms[code]
    except KeyError:
        raise KeyError(f"no printed form {code!r}; registered: {', '.join(sorted(_forms))}") from None


def render(code: str, data: Any, *, copy_index: int | None = None, reprint_count: int = 0,
           voided: bool = False, estate: EstateHeader, font_path: str | None = None) -> bytes:
    """The PDF of form ``code`` for ``data``.

    ``copy_index``: ``None`` prints every copy (联) in order, each a complete form; an index into the
    form's ``copies`` (0 = 第一联) prints that copy alone. ``reprint_count``: 0 for the original, n for
    the n-th reprint (watermarked ``补打 第n次``). ``voided`` prints a large ``作废``. ``font_path`` is the
    configured print font (see :func:`app.printing.fonts.resolve_font`, whose ``warning`` the preview
    shows).
    """
    spec = get_form(code)
    if spec.data_type is not None and not isinstance(data, spec.data_type):
        raise TypeError(f"form {code!r} prints {spec.data_type.__name__}, "
                        f"not {type(data).__name__}")
    if reprint_count < 0:
        raise ValueError("reprint_count must be 0 (original) or the number of the reprint")
    if copy_index is None:
        indices = None
    elif spec.copies and 0 <= copy_index < len(spec.copies):
        indices = [copy_index]
    elif not spec.copies and copy_index == 0:
        indices = None
    else:
        raise ValueError(f"form {code!r} has {max(len(spec.copies), 1)} copies; "
                         f"copy_index {copy_index} is out of range")
    document = spec.build(data)
    if not isinstance(document, Document):
        raise TypeError(f"form {code!r}: build() must return a Document")
    return build_pdf(document, title=spec.title, paper=spec.paper, copies=spec.copies,
                     copy_indices=indices, estate=estate, font=resolve_font(font_path),
                     qr=spec.qr, reprint_count=reprint_count, voided=voided)


def render_sample(code: str, *, estate: EstateHeader | None = None, **kw: Any) -> bytes:
    """The form ``code`` printed from its ``sample()`` (gallery, previews of the form catalogue)."""
    spec = get_form(code)
    return render(code, spec.sample(), estate=estate or SAMPLE_ESTATE, **kw)


def warm_up(font_path: str | None = None) -> FontInfo:
    """Pay the first print's costs now (reportlab's lazy imports, the font, the forms).

    The UI may call this on its worker thread when the desk is idle after start-up, so the first real
    print is as fast as the later ones. Returns the font, whose ``warning`` the UI may show early.
    """
    font = resolve_font(font_path)
    _load_forms()
    render_sample("household_card", font_path=font_path)
    return font
