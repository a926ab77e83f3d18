"""The tempo editor: a text field that parses as you type, and per-phase spin boxes in sync.

The text is the one source of truth. Typing parses it (core.tempo.parse_tempo) and, when it
parses, moves the spin boxes; turning a spin box writes the text, which is then parsed the
same way. So both views always agree and show the same inline message when the tempo is
not allowed. Below them a plain-words preview says what one rep will feel like.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.plan import Plan
from thrusttimer.core.tempo import EXPLOSIVE, Tempo, format_tempo, parse_tempo
from thrusttimer.core.timeline import tempo_words

SPIN_MAX_S: Final = 99.0
"""Spin boxes go past the allowed 30 s so a too-long phase shows its message, not a clamp."""

SPIN_HEIGHT: Final = 40

PHASES: Final = (
    (
        "eccentric",
        QT_TRANSLATE_NOOP("TempoEditor", "Down"),
        QT_TRANSLATE_NOOP("TempoEditor", "Tempo: down"),
        QT_TRANSLATE_NOOP("TempoEditor", "Lowering the hips (eccentric), seconds"),
    ),
    (
        "bottom_pause",
        QT_TRANSLATE_NOOP("TempoEditor", "Pause at bottom"),
        QT_TRANSLATE_NOOP("TempoEditor", "Tempo: pause at bottom"),
        QT_TRANSLATE_NOOP("TempoEditor", "Pause with the hips down, seconds"),
    ),
    (
        "concentric",
        QT_TRANSLATE_NOOP("TempoEditor", "Up"),
        QT_TRANSLATE_NOOP("TempoEditor", "Tempo: up"),
        QT_TRANSLATE_NOOP("TempoEditor", "Driving the hips up (concentric), seconds"),
    ),
    (
        "top_pause",
        QT_TRANSLATE_NOOP("TempoEditor", "Squeeze at top"),
        QT_TRANSLATE_NOOP("TempoEditor", "Tempo: squeeze at top"),
        QT_TRANSLATE_NOOP("TempoEditor", "Hold and squeeze at the top, seconds"),
    ),
)
"""(field, caption, name for screen readers, tooltip) of each phase's spin box; the words
are translated where shown."""


def _seconds(value: float) -> str:
    return f"{round(value, 3):g}"


class TempoEditor(QWidget):
    """Edits a tempo; `tempo` is the parsed value or None, `error` says why not."""

    changed = Signal()
    """The text or a spin box changed (after parsing)."""

    def __init__(self, tempo: Tempo, base: Plan | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._base = base or Plan()
        self._tempo: Tempo | None = tempo
        self._error: ValidationError | None = None
        self._syncing = False

        self.text_field = QLineEdit()
        self.text_field.setObjectName("tempoText")
        self.text_field.setPlaceholderText(translate("TempoEditor", "E-P-C-P, e.g. 3-1-X-1"))
        self.text_field.setAccessibleName(translate("TempoEditor", "Tempo"))
        self.text_field.setToolTip(
            translate(
                "TempoEditor",
                "Down – pause at bottom – up – squeeze at top, in seconds. "
                "X for an explosive lift. Examples: 3-1-X-1, 31X1, 2.5-0-1-2.",
            )
        )
        self.preview = QLabel()
        self.preview.setObjectName("tempoPreview")
        self.preview.setAccessibleName(translate("TempoEditor", "Tempo in words"))

        self.spins: dict[str, QDoubleSpinBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        # Two by two in the order of the notation: down, pause / up (or X), squeeze.
        for index, (name, label, accessible, tip) in enumerate(PHASES):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"tempo_{name}")
            spin.setRange(0.0, SPIN_MAX_S)
            spin.setDecimals(2)
            spin.setSingleStep(0.5)
            spin.setSuffix(" s")
            spin.setMinimumHeight(SPIN_HEIGHT)
            spin.setAccessibleName(translate("TempoEditor", accessible))
            spin.setToolTip(translate("TempoEditor", tip))
            spin.valueChanged.connect(self._spins_changed)
            caption = QLabel(translate("TempoEditor", label))
            caption.setBuddy(spin)
            row, column = divmod(index, 2)
            grid.addWidget(caption, row * 2, column * 2)
            grid.addWidget(spin, row * 2, column * 2 + 1)
            self.spins[name] = spin
        self.explosive = QCheckBox(translate("TempoEditor", "Explosive (X)"))
        self.explosive.setObjectName("tempoExplosive")
        self.explosive.setToolTip(
            translate("TempoEditor", "Lift as fast as you can; the plan times the lift")
        )
        self.explosive.toggled.connect(self._spins_changed)
        grid.addWidget(self.explosive, 3, 1)
        grid.setColumnStretch(4, 1)

        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_field)
        layout.addWidget(self.preview)
        layout.addLayout(grid)

        self.text_field.textChanged.connect(self._text_changed)
        self.set_tempo(tempo)

    # Reading ----------------------------------------------------------------------------

    @property
    def tempo(self) -> Tempo | None:
        return self._tempo

    @property
    def error(self) -> ValidationError | None:
        return self._error

    def add_message(self, label: QLabel) -> None:
        """Show the form's inline message for the tempo right under the text field."""
        self._layout.insertWidget(1, label)

    # Writing ----------------------------------------------------------------------------

    def set_tempo(self, tempo: Tempo) -> None:
        self.text_field.setText(format_tempo(tempo))
        self._text_changed(self.text_field.text())

    def set_base(self, base: Plan) -> None:
        """The plan the preview describes (its explosive lift length, its exercise)."""
        self._base = base
        self._update_preview()

    # Sync -------------------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        try:
            tempo = parse_tempo(text)
        except ValidationError as error:
            self._tempo, self._error = None, error
        else:
            self._tempo, self._error = tempo, None
            if not self._syncing:
                self._show_in_spins(tempo)
        self._update_preview()
        self.changed.emit()

    def _show_in_spins(self, tempo: Tempo) -> None:
        self._syncing = True
        try:
            self.spins["eccentric"].setValue(tempo.eccentric)
            self.spins["bottom_pause"].setValue(tempo.bottom_pause)
            if tempo.concentric is not None:
                self.spins["concentric"].setValue(tempo.concentric)
            self.explosive.setChecked(tempo.explosive)
            self.spins["concentric"].setEnabled(not tempo.explosive)
            self.spins["top_pause"].setValue(tempo.top_pause)
        finally:
            self._syncing = False

    def _spins_changed(self, *_: object) -> None:
        if self._syncing:
            return
        self.spins["concentric"].setEnabled(not self.explosive.isChecked())
        concentric = (
            EXPLOSIVE if self.explosive.isChecked() else _seconds(self.spins["concentric"].value())
        )
        parts = (
            _seconds(self.spins["eccentric"].value()),
            _seconds(self.spins["bottom_pause"].value()),
            concentric,
            _seconds(self.spins["top_pause"].value()),
        )
        # Written as text and parsed like typing, so a spin box past the range gets the
        # same message as the same tempo typed.
        self._syncing = True
        try:
            self.text_field.setText("-".join(parts))
        finally:
            self._syncing = False

    def _update_preview(self) -> None:
        if self._tempo is None:
            self.preview.setText("")
            return
        self.preview.setText(tempo_words(Plan.build(self._base, tempo=self._tempo)))
