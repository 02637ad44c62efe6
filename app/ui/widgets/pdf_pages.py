"""A PDF's pages as images for the print preview and for printing, rendered with pdfium (pypdfium2).

pdfium is imported when the first preview opens, never at start-up.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, QSizeF
from PySide6.QtGui import QImage

from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP


class PdfPages:
    """The pages of one PDF document held in memory."""

    def __init__(self, pdf: bytes) -> None:
        import pypdfium2 as pdfium
        try:
            self._doc = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as exc:
            raise UserError(QT_TRANSLATE_NOOP("PrintPreview", "The document could not be read ({error})")
                            .format(error=exc)) from None
        if len(self._doc) < 1:
            raise UserError(QT_TRANSLATE_NOOP("PrintPreview", "The document could not be read ({error})")
                            .format(error="0 pages"))

    def pageCount(self) -> int:  # noqa: N802 - the Qt-style names the preview uses
        return len(self._doc) if self._doc is not None else 0

    def pagePointSize(self, page: int) -> QSizeF:  # noqa: N802
        width, height = self._doc[page].get_size()
        return QSizeF(width, height)

    def render(self, page: int, size: QSize) -> QImage:
        """Page ``page`` as an opaque image of ``size`` pixels, on white paper."""
        pdf_page = self._doc[page]
        width, height = pdf_page.get_size()
        bitmap = pdf_page.render(scale=min(size.width() / width, size.height() / height),
                                 fill_color=(255, 255, 255, 255), prefer_bgrx=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
        return image.copy()  # own the pixels: the bitmap's buffer goes away with it

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None
