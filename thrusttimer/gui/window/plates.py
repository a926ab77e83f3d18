"""The plates shown large on the gym screen: the first set's during the lead-in (the rest
screen shows the next set's). How the loads are worked out is `loads`'."""

from __future__ import annotations

import math

from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from thrusttimer.core.i18n import translate
from thrusttimer.core.model import Phase
from thrusttimer.core.session import Session
from thrusttimer.core.session_events import Event
from thrusttimer.core.session_states import State
from thrusttimer.core.set_specs import plates_line, spec_of
from thrusttimer.gui import theme
from thrusttimer.gui.widgets.base import SessionBinding
from thrusttimer.gui.widgets.text import ReadableText, block_height

PLATES_COLOUR = theme.BREATH_COLOUR
"""The plates stand out from the white of the other lines: they are what the lifter acts on."""


class PlatesLine(SessionBinding, ReadableText):
    """The first set's plates, large, while the lifter sets up: "Warm-up 1 of 4: 20 kg:
    the empty bar". Hidden when the workout has no loads, and once the first set starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("PlatesLine", "Plates"),
            share=0.6,
            bold=True,
            colour=PLATES_COLOUR,
            parent=parent,
        )
        self.hide()

    def on_event(self, event: Event | None) -> None:
        session = self.session
        text = setup_plates(session) if session is not None else ""
        self.setText(text)
        self.setVisible(bool(text))
        self._reserve()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reserve()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reserve()

    def _reserve(self) -> None:
        if self.isVisible() and self.text():
            font = theme.font(theme.readable_px(self), True)
            self.setMinimumHeight(math.ceil(block_height(font, self.lines_needed())))


def setup_plates(session: Session) -> str:
    """The first set's plates during the lead-in (before the start too); "" otherwise."""
    if session.plan.loads is None:
        return ""
    if session.active and session.current_segment.phase is not Phase.SETUP:
        return ""
    if session.state is State.DONE:
        return ""
    return plates_line(spec_of(session.plan, 1))
