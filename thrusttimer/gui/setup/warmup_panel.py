"""The set-up room's warm-up panel: the steps before the work sets (the empty bar, or a share
of the work load, each with its reps), checked by `loading_form.check_warmup`.

What is wrong is one line under the steps naming the step, the field and its allowed range;
"Default warm-up" puts back the default scheme. The panel saves nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, translate
from thrusttimer.core.loading.warmup import DEFAULT_SCHEME, MAX_STEPS, WarmupScheme, WarmupStep
from thrusttimer.gui.setup.loading_form import (
    StepFields,
    WarmupCheck,
    check_warmup,
    line,
    warmup_room,
)
from thrusttimer.gui.setup.messages import field_message
from thrusttimer.gui.setup.rows import ROW_HEIGHT, RowList, button, entry

EMPTY_BAR: Final = QT_TRANSLATE_NOOP("StepRow", "Empty bar")
SHARE: Final = QT_TRANSLATE_NOOP("StepRow", "% of the work load")
"""The two kinds of step, shown as `translate("StepRow", …)`."""
SPIN_WIDTH: Final = 130


class StepRow(QWidget):
    """One step: the empty bar or a share of the work load, its reps, and Remove. The step's
    own tempo and rest (set in a settings file, not shown) are kept."""

    def __init__(self, step: WarmupStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("StepRow", "Warm-up step kind"))
        self.kind.setMinimumHeight(ROW_HEIGHT)
        self.kind.addItems([translate("StepRow", EMPTY_BAR), translate("StepRow", SHARE)])
        self.percent = QDoubleSpinBox()
        self.percent.setAccessibleName(translate("StepRow", "Warm-up step percent"))
        self.percent.setDecimals(1)
        self.percent.setRange(-999, 999)
        self.percent.setSingleStep(5)
        self.percent.setSuffix(" %")
        self.reps = QSpinBox()
        self.reps.setAccessibleName(translate("StepRow", "Warm-up step reps"))
        self.reps.setRange(-999, 999)
        self.reps.setSuffix(" " + translate("StepRow", "reps", "after the number of reps"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for spin in (self.percent, self.reps):
            spin.setMinimumHeight(ROW_HEIGHT)
            spin.setMinimumWidth(SPIN_WIDTH)
        self.remove = button(
            translate("StepRow", "Remove"), translate("StepRow", "Leave this step out")
        )
        for widget in (self.kind, self.percent, QLabel("×"), self.reps, self.remove):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.kind.setCurrentIndex(0 if step.percent is None else 1)
        self.percent.setValue(step.percent or 0)
        self.reps.setValue(step.reps)
        # Hidden for the empty bar, its room kept: the reps stay in line with the rows'.
        policy = self.percent.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.percent.setSizePolicy(policy)
        self.percent.setVisible(step.percent is not None)
        self.kind.currentIndexChanged.connect(lambda index: self.percent.setVisible(index == 1))

    def fields(self) -> StepFields:
        percent = entry(self.percent) if self.kind.currentIndex() == 1 else None
        return StepFields(percent, entry(self.reps), self.step.tempo, self.step.rest_s)


class WarmupPanel(QGroupBox):
    """The "Warm-up" box. `scheme` is what it shows, None while a field is not allowed."""

    changed = Signal()

    def __init__(self, scheme: WarmupScheme, parent: QWidget | None = None) -> None:
        super().__init__(translate("WarmupPanel", "Warm-up"), parent)
        self._check = WarmupCheck(scheme)
        self._loading = False
        self.summary = QLabel()
        self.summary.setObjectName("warmupSummary")
        self.summary.setWordWrap(True)
        self._rows_box = QVBoxLayout()
        self._list: RowList[StepRow] = RowList(self._rows_box, self._changed)
        self.rows = self._list.rows
        self.add_button = button(
            translate("WarmupPanel", "Add a step"),
            translate("WarmupPanel", "Another warm-up set, heavier than the last"),
        )
        self.add_button.clicked.connect(lambda: self.add_row())
        self.default_button = button(
            translate("WarmupPanel", "Default warm-up"), DEFAULT_SCHEME.describe()
        )
        self.default_button.clicked.connect(lambda: self.load(DEFAULT_SCHEME))
        self.message = field_message(warmup_room())
        self.message.setObjectName("warmupError")
        self.message.setAccessibleName(translate("WarmupPanel", "Warm-up: problem"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self._rows_box)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.load(scheme)

    @property
    def scheme(self) -> WarmupScheme | None:
        return self._check.scheme

    def field_errors(self) -> Mapping[str, ValidationError]:
        """What keeps the steps from being a warm-up, by field ("warm-up step 2 reps"…)."""
        return self._check.errors

    def load(self, scheme: WarmupScheme) -> None:
        self._loading = True
        try:
            self._list.clear()
            for step in scheme.steps:
                self.add_row(step)
        finally:
            self._loading = False
        self.validate()

    def add_row(self, step: WarmupStep | None = None) -> StepRow:
        """A step at the end: a share heavier than the last step's (80 % if it has none)."""
        if step is None:
            last = self.rows[-1].fields().percent if self.rows else None
            share = min(95.0, last + 10) if isinstance(last, float) else 80.0
            step = WarmupStep(share if self.rows else None, 5)
        row = StepRow(step)
        row.kind.currentIndexChanged.connect(self._changed)
        return self._list.add(row, (row.percent, row.reps), row.remove)

    def remove_row(self, row: StepRow) -> None:
        self._list.remove(row)

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.validate()

    def validate(self) -> None:
        self._check = check_warmup(tuple(row.fields() for row in self.rows))
        self.add_button.setEnabled(len(self.rows) < MAX_STEPS)
        errors = list(self._check.errors.values())
        self.message.say(line(errors[0]) if errors else None)
        scheme = self._check.scheme
        self.summary.setText(
            translate("WarmupPanel", "Before the first work set: {steps}").format(
                steps=scheme.describe()
            )
            if scheme is not None
            else ""
        )
        self.changed.emit()
