"""Small charts drawn with QPainter (no chart library to load): bars for categories, lines for a year's
months. Grey-friendly: the series differ by shade and by marker, and every value is written on its bar or
point, so a chart reads the same on screen and in a grey-scale screenshot."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SHADES = (QColor("#2f6fdf"), QColor("#c77700"), QColor("#555555"), QColor("#2e7d32"))


class Chart(QWidget):
    """A titled chart: ``set_bars(labels, values)`` or ``set_lines(labels, {name: values})``; ``shown(v)``
    writes a value (a rate as a percentage)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, shown: Callable[[float], str] = str,
                 name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title, self.shown = title, shown
        self.labels: list[str] = []
        self.bars: list[float] = []
        self.lines: dict[str, list[float | None]] = {}
        self.empty = ""
        self.setMinimumSize(280, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bars(self, labels: Sequence[str], values: Sequence[float], empty: str = "") -> None:
        self.labels, self.bars, self.lines, self.empty = list(labels), list(values), {}, empty
        self.update()

    def set_lines(self, labels: Sequence[str], lines: dict[str, Sequence[float | None]], empty: str = "") -> None:
        self.labels, self.bars, self.empty = list(labels), [], empty
        self.lines = {name: list(values) for name, values in lines.items()}
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        fm = p.fontMetrics()
        p.drawText(QRectF(8, 4, self.width() - 16, fm.height() + 4), Qt.AlignmentFlag.AlignLeft, self.title)
        top = fm.height() + 10
        if self.lines:
            top += self._legend(p, top)
        area = QRectF(8, top, self.width() - 16, self.height() - top - fm.height() - 8)
        values = self.bars or [v for vs in self.lines.values() for v in vs if v is not None]
        if not values or max(values) <= 0 and not self.lines:
            p.setPen(QColor("#777"))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty)
            return
        if self.bars:
            self._draw_bars(p, area)
        else:
            self._draw_lines(p, area, max(values) or 1.0)

    def _legend(self, p: QPainter, top: float) -> float:
        x = 8.0
        for k, name in enumerate(self.lines):
            p.fillRect(QRectF(x, top + 4, 14, 4), SHADES[k % len(SHADES)])
            p.setPen(QColor("#333"))
            p.drawText(QPointF(x + 18, top + p.fontMetrics().ascent()), name)
            x += 30 + p.fontMetrics().horizontalAdvance(name)
        return p.fontMetrics().height() + 4

    def _draw_bars(self, p: QPainter, area: QRectF) -> None:
        """Horizontal bars, a label on the left and the value at the bar's end."""
        fm = p.fontMetrics()
        label_w = max(fm.horizontalAdvance(label) for label in self.labels) + 8
        value_w = max(fm.horizontalAdvance(self.shown(v)) for v in self.bars) + 8
        step = area.height() / len(self.bars)
        top = max(self.bars) or 1.0
        width = max(area.width() - label_w - value_w, 10)
        for k, (label, value) in enumerate(zip(self.labels, self.bars, strict=True)):
            y = area.top() + k * step
            h = min(step * 0.7, 22)
            p.setPen(QColor("#333"))
            p.drawText(QRectF(area.left(), y, label_w - 6, step), Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignVCenter, label)
            bar = QRectF(area.left() + label_w, y + (step - h) / 2, width * value / top, h)
            p.fillRect(bar, SHADES[0])
            p.drawText(QRectF(bar.right() + 4, y, value_w, step), Qt.AlignmentFlag.AlignVCenter, self.shown(value))

    def _draw_lines(self, p: QPainter, area: QRectF, top: float) -> None:
        """A year's months along the bottom, each series a line with its values written at the points."""
        fm = p.fontMetrics()
        n = len(self.labels)
        step = area.width() / max(n, 1)
        p.setPen(QPen(QColor("#bbb"), 1))
        p.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        p.setPen(QColor("#333"))
        for k, label in enumerate(self.labels):
            p.drawText(QRectF(area.left() + k * step, area.bottom() + 2, step, fm.height()),
                       Qt.AlignmentFlag.AlignHCenter, label)
        for s, values in enumerate(self.lines.values()):
            colour = SHADES[s % len(SHADES)]
            points = [(k, QPointF(area.left() + (k + 0.5) * step,
                                  area.bottom() - (area.height() - fm.height()) * v / top))
                      for k, v in enumerate(values) if v is not None]
            p.setPen(QPen(colour, 2, Qt.PenStyle.SolidLine if s % 2 == 0 else Qt.PenStyle.DashLine))
            for (_a, a), (_b, b) in zip(points, points[1:], strict=False):
                p.drawLine(a, b)
            for k, pt in points:
                p.setBrush(colour)
                p.drawEllipse(pt, 3, 3)
                if n <= 12:
                    p.setPen(QColor("#333"))
                    p.drawText(QPointF(pt.x() - fm.horizontalAdvance(self.shown(values[k] or 0)) / 2, pt.y() - 5),
                               self.shown(values[k] or 0))
                    p.setPen(QPen(colour, 2))
