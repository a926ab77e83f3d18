"""Where the quick entry and the load prompt go: a room of their own in the window's column,
right below the rest screen, never over it.

While a panel is open the rest screen is exactly as tall as its texts and buttons need (the
"Next:" line, the form point, −30 s, +30 s, Skip rest and Ready), and the picture above it
gives up the rest, never so much that the phase word falls under its 12 % of the window;
when the panel closes, everything is as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

ROOM_NAME = "log_room"


class Room(QObject):
    """The room below `below` (a widget in a column), which keeps `below` at least as tall
    as `keeping` needs, and no taller, while any of its panels is shown. One per widget:
    `Room.under`."""

    def __init__(self, below: QWidget, keeping: QWidget) -> None:
        super().__init__(below)
        self.setObjectName(ROOM_NAME)
        host = below.parentWidget()
        column = host.layout() if host is not None else None
        if not isinstance(column, QBoxLayout):
            raise TypeError(
                "the widget to go below is not in a column (a box layout)"  # i18n: not shown
            )
        self._column = column
        self._below, self._keeping = below, keeping
        self._panels: list[QWidget] = []
        self._least, self._most = below.minimumHeight(), below.maximumHeight()
        keeping.installEventFilter(self)

    @classmethod
    def under(cls, below: QWidget, keeping: QWidget) -> Room:
        """The room below `below`, made on first use."""
        found = below.findChild(Room, ROOM_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, Room) else cls(below, keeping)

    def add(self, panel: QWidget) -> None:
        """Give `panel` its place, hidden until it is shown, at the height it asks for."""
        panel.hide()
        self._column.insertWidget(self._column.indexOf(self._below) + 1, panel)
        panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        panel.installEventFilter(self)
        self._panels.append(panel)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (watched in self._panels and kind in (QEvent.Type.Show, QEvent.Type.Hide)) or (
            watched is self._keeping and kind == QEvent.Type.LayoutRequest
        ):
            self._hold()
        return False

    def _hold(self) -> None:
        least, most = self._least, self._most
        if any(panel.isVisible() for panel in self._panels):
            least = most = max(least, self._keeping.minimumSizeHint().height())
        if (self._below.minimumHeight(), self._below.maximumHeight()) != (least, most):
            self._below.setMinimumHeight(least)
            self._below.setMaximumHeight(most)
