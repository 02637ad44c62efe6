"""The Chinese font every form prints with, found at run time and embedded in the PDF.

Order of search (DESIGN.md §7):

1. the configured path (a setting; ``path.ttc`` may carry its face as ``path.ttc#1``);
2. Windows: ``%WINDIR%\\Fonts`` simhei.ttf, simsun.ttc, msyh.ttc (msyh.ttf on old systems);
3. Linux: WenQuanYi Micro Hei / Zen Hei — asked from fontconfig (``fc-match``) and at the paths Debian,
   Fedora and Arch install them;
4. any other TrueType-outline (``glyf``) Chinese font fontconfig lists (``fc-list :lang=zh``). Noto/Source
   Han CJK are OpenType/CFF, which reportlab cannot embed, so they are skipped;
5. last resort: reportlab's CID font ``STSong-Light``. It is *not* embedded: a PDF viewer or printer without
   that font shows blanks or boxes, so :attr:`FontInfo.warning` says so and the preview must show it.

reportlab embeds a TrueType font as a subset (only the glyphs used; BaseFont ``AAAAAA+Name``). The
resolution is cached per process and configured path: the first print pays for finding and parsing the
font (about 0.1 s for WenQuanYi Micro Hei), later prints nothing.

reportlab is imported inside the functions, so importing this module costs nothing.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, Text

FALLBACK_CID_FONT = "STSong-Light"

MSG_NOT_EMBEDDED = QT_TRANSLATE_NOOP(
    "Printing",
    "No Chinese TrueType font was found on this computer, so the printout uses the non-embedded font "
    "STSong-Light: a printer or PDF viewer without that font may print blanks or boxes instead of "
    "Chinese. Install a Chinese TrueType font (e.g. SimHei, SimSun or WenQuanYi Micro Hei) or set the "
    "print font in the settings.")
MSG_CONFIGURED_UNUSABLE = QT_TRANSLATE_NOOP(
    "Printing",
    "The configured print font {path} cannot be used ({reason}); printing with {font} instead.")

WINDOWS_FONTS = (("simhei.ttf", 0), ("simsun.ttc", 0), ("msyh.ttc", 0), ("msyh.ttf", 0))
LINUX_FAMILIES = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei")
LINUX_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",     # Debian, Ubuntu
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",     # Fedora
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",  # Arch
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
)


@dataclass(frozen=True)
class FontInfo:
    """The font forms print with. ``name`` is the reportlab font name to use in styles."""

    name: str
    path: str | None
    embedded: bool
    warning: Text | None = None
    subfont_index: int = 0


_lock = threading.Lock()
_cache: dict[str | None, FontInfo] = {}


def resolve_font(configured_path: str | os.PathLike[str] | None = None) -> FontInfo:
    """Find, register with reportlab and return the print font (cached per process and path)."""
    key = os.fspath(configured_path) if configured_path else None
    with _lock:
        info = _cache.get(key)
        if info is None:
            info = _cache[key] = _resolve(key)
        return info


def clear_cache() -> None:
    """Forget the resolved fonts (tests; after the user changed the font setting)."""
    with _lock:
        _cache.clear()


def _resolve(configured: str | None) -> FontInfo:
    problem: tuple[str, str] | None = None
    if configured:
        path, index = _split_index(configured)
        try:
            return _register_ttf(path, index)
        except Exception as e:  # noqa: BLE001 - any unusable file falls through to the next candidate
            problem = (configured, _reason(e))
    seen: set[tuple[str, int]] = set()
    for path, index in _candidates():
        if (path, index) in seen:
            continue
        seen.add((path, index))
        try:
            info = _register_ttf(path, index)
        except Exception:  # noqa: BLE001 - CFF, damaged or unreadable: try the next one
            continue
        if problem:
            info = FontInfo(info.name, info.path, info.embedded,
                            MSG_CONFIGURED_UNUSABLE.format(path=problem[0], reason=problem[1],
                                                           font=Path(info.path or "").name),
                            info.subfont_index)
        return info
    return _register_cid()


def _split_index(spec: str) -> tuple[str, int]:
    base, sep, idx = spec.rpartition("#")
    if sep and idx.isdigit() and base.lower().endswith((".ttc", ".otc")):
        return base, int(idx)
    return spec, 0


def _reason(e: Exception) -> str:
    if isinstance(e, FileNotFoundError):
        return "file not found"
    text = str(e) or type(e).__name__
    if "postscript" in text.lower() or "cff" in text.lower():
        return "PostScript/CFF outlines cannot be embedded"
    return text.splitlines()[0][:120]


def _candidates():
    """(path, face index) pairs in the order of the module docstring."""
    if sys.platform.startswith("win"):
        fonts_dir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        for name, index in WINDOWS_FONTS:
            p = fonts_dir / name
            if p.is_file():
                yield str(p), index
    for family in LINUX_FAMILIES:
        found = _fc_match(family)
        if found:
            yield found
    for p in LINUX_PATHS:
        if os.path.isfile(p):
            yield p, 0
    yield from _fc_list_zh()


def _run_fc(args: list[str]) -> str:
    exe = shutil.which(args[0])
    if not exe:
        return ""
    try:
        return subprocess.run([exe, *args[1:]], capture_output=True, text=True, timeout=5,
                              check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def _fc_match(family: str) -> tuple[str, int] | None:
    out = _run_fc(["fc-match", "-f", "%{family}|%{file}|%{index}|%{fontformat}", family])
    fam, _, rest = out.partition("|")
    path, _, rest = rest.partition("|")
    index, _, fmt = rest.partition("|")
    # fc-match always answers something: accept it only if it really is the family asked for.
    if not path or family.lower() not in fam.lower() or fmt.strip() not in ("", "TrueType"):
        return None
    return path, int(index) if index.isdigit() else 0


def _fc_list_zh():
    out = _run_fc(["fc-list", ":lang=zh", "-f", "%{file}|%{index}|%{fontformat}\n"])
    rows = []
    for line in out.splitlines():
        path, _, rest = line.partition("|")
        index, _, fmt = rest.partition("|")
        if fmt.strip() == "TrueType" and path.lower().endswith((".ttf", ".ttc")):
            rows.append((path, int(index) if index.isdigit() else 0))
    yield from sorted(set(rows))


def _register_ttf(path: str, index: int) -> FontInfo:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if not os.path.isfile(path):
        raise FileNotFoundError(path)
    name = f"FD-{Path(path).stem}-{index}-{zlib.crc32(os.fsencode(path)):08x}"
    if name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(name, path, subfontIndex=index)  # raises for CFF ("postscript outlines")
        if not _has_cjk(font):
            raise ValueError("font has no Chinese glyphs")
        pdfmetrics.registerFont(font)
    return FontInfo(name=name, path=path, embedded=True, warning=None, subfont_index=index)


def _has_cjk(font) -> bool:
    cmap = font.face.charToGlyph
    return all(ord(ch) in cmap for ch in "房号业主签字")


def _register_cid() -> FontInfo:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    try:
        pdfmetrics.getFont(FALLBACK_CID_FONT)
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID_FONT))
    return FontInfo(name=FALLBACK_CID_FONT, path=None, embedded=False, warning=MSG_NOT_EMBEDDED)
