"""The load, asked when a workout starts: before the lead-in, the window asks what is on the
bar, so no set is ever logged at a load nobody gave.

The prompt comes up on Start (Space, a clicker's B or ".", a headset's Play) with today's
suggestion in a line and its load (the first time, the load last used with any workout),
its number selected: Start again accepts it. W turns the warm-up ramp on or off for today.
Typing replaces it; the arrows and a clicker's PageUp/PageDown step it by the smallest pair
of plates. With no load ever logged the field waits for one: type it, or choose "not logged"
(N, the button, PageDown, or Start pressed twice, which a headset's one button can do), and
the sets are recorded with no load, never 0 kg. Esc puts off the start. While it has the
keys no other window key acts (a stray D starts no demo). `load_asker.LoadAsker` is the
window's side: when to ask, and what to do after.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from thrusttimer.core.i18n import QT_TRANSLATE_NOOP, singular, translate
from thrusttimer.gui.block_loads import BlockLoadRows
from thrusttimer.gui.floor_panel import FloorPanel, step_button
from thrusttimer.gui.load_field import LoadField
from thrusttimer.store.log import UNITS, Unit, from_kg

if TYPE_CHECKING:
    from thrusttimer.gui.window.loads import BlockAdvice

Key = Qt.Key
START_KEYS: Final = frozenset(
    {
        Key.Key_Return,
        Key.Key_Enter,
        Key.Key_Space,
        Key.Key_B,
        Key.Key_MediaPlay,
        Key.Key_MediaPause,
        Key.Key_MediaTogglePlayPause,
    }
)
"""Start's own keys (a clicker's "blank screen" too): they accept the load and start."""
STEP_KEYS: Final = {Key.Key_Up: 1, Key.Key_PageUp: 1, Key.Key_Down: -1, Key.Key_PageDown: -1}
EDIT_KEYS: Final = frozenset(
    {
        *(getattr(Key, f"Key_{digit}") for digit in range(10)),
        Key.Key_Backspace,
        Key.Key_Delete,
        Key.Key_Left,
        Key.Key_Right,
        Key.Key_Home,
        Key.Key_End,
        Key.Key_Comma,
    }
)
"""Keys that edit the number in the field."""
PASSED_ON: Final = frozenset({Key.Key_F11})
"""Window keys that still work while the prompt is up."""
HINT: Final = QT_TRANSLATE_NOOP("LoadPrompt", "Type it or step it (PageUp/PageDown) · Esc: not now")
BLOCKS_HINT: Final = QT_TRANSLATE_NOOP(
    "LoadPrompt",
    "Type it or step it (PageUp/PageDown) · Esc: not now · Tab: the next exercise's",
)
NOT_LOGGED: Final = (
    QT_TRANSLATE_NOOP("LoadPrompt", "Not logging the load  (N)"),
    QT_TRANSLATE_NOOP("LoadPrompt", "Not logged  (N)"),
)
START: Final = (
    QT_TRANSLATE_NOOP("LoadPrompt", "Start  (Enter)"),
    QT_TRANSLATE_NOOP("LoadPrompt", "Start  (⏎)"),
)
"""Each button's words, and the shorter ones a window too narrow for the first gets. These
texts are marked: `translate("LoadPrompt", ...)` where shown."""
BUTTON_PADDING_PX: Final = 8
"""The buttons' padding on each side (`floor_panel.panel_style`)."""
CHOOSE_FIRST: Final = QT_TRANSLATE_NOOP(
    "LoadPrompt", "No load yet: type it, or Start again to go without logging it"
)


WarmupCounter = Callable[[float | None, Unit], int]
"""How many warm-up sets the saved ramp gives before a load (in a unit)."""


@dataclass(frozen=True, slots=True)
class LoadChoice:
    load: float | None
    """In `unit`; None: not logged."""
    unit: Unit
    warmup: bool = False
    """Run the warm-up ramp before the work sets."""
    more: tuple[float | None, ...] = ()
    """The loads of the blocks after the first, in `unit` (None: not logged)."""


class LoadPrompt(FloorPanel):
    """Asks for the load. `ask` shows it; `chosen` (a `LoadChoice`) or `cancelled` answers."""

    chosen = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("LoadPrompt", parent)  # i18n: not shown
        self.count_warmups: WarmupCounter = lambda load, unit: 0
        self.advice = QLabel("")
        self.advice.setObjectName("advice")
        self.advice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.advice.setWordWrap(True)
        self.warmup_button = QPushButton()
        self.warmup_button.setCheckable(True)
        self.warmup_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.warmup_button.toggled.connect(lambda _on: self._show_warmup())
        self.title = QLabel(self.tr("Load on the bar"))
        self.title.setObjectName("title")
        self.hint = QLabel(translate("LoadPrompt", HINT))
        self.hint.setObjectName("hint")
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Its own line under the title, the panel's whole width: beside a long workout name
        # at 1024 px it was squeezed into a column of four lines and cut off.
        self.hint.setWordWrap(True)
        self.load = LoadField()
        self.load.installEventFilter(self)
        self.unit = QComboBox()
        self.unit.addItems(list(UNITS))
        self.unit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unit.currentTextChanged.connect(self._unit_changed)
        self.blocks = BlockLoadRows()
        self.load.valueChanged.connect(lambda _value: self._show_warmup())
        self.not_logged_button = QPushButton(translate("LoadPrompt", NOT_LOGGED[0]))
        self.not_logged_button.clicked.connect(self.start_not_logged)
        self.start_button = QPushButton(translate("LoadPrompt", START[0]))
        self.start_button.setObjectName("save")
        self.start_button.clicked.connect(self.accept_load)
        for button in (self.not_logged_button, self.start_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.installEventFilter(self)
        self.setFocusProxy(self.load)
        self._typed_digit = False
        """The last key typed a digit: a "." now is a decimal point, not a clicker's Start."""
        self._told = False
        """Start was pressed with no load chosen, and the hint says what a second press does."""

        row = QHBoxLayout()
        # No "Load" label before the field: the title says it ("Load for …"), and the
        # field's name says it to a screen reader; at 1024 px the row needs the room.
        self.load.setAccessibleName(self.tr("Load"))
        row.addWidget(step_button("−", lambda: self._step(-1)))
        row.addWidget(self.load, 2)
        row.addWidget(step_button("+", lambda: self._step(1)))
        row.addWidget(self.unit, 1)
        row.addSpacing(12)
        row.addWidget(self.not_logged_button)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 5, 12, 5)
        layout.setSpacing(4)
        today = QHBoxLayout()
        today.addWidget(self.advice, 1)
        today.addWidget(self.warmup_button)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(today)
        layout.addLayout(row)
        layout.addWidget(self.blocks)
        self.advice.hide()
        self.hide()

    def _fit_button(self, button: QPushButton) -> None:
        """The button's full words when they fit its width, else its short ones: never a
        word cut off at either end (a 1024 px window has no room for both in full)."""
        words = [
            translate("LoadPrompt", text)
            for text in (NOT_LOGGED if button is self.not_logged_button else START)
        ]
        room = button.contentsRect().width() - 2 * BUTTON_PADDING_PX
        metrics = button.fontMetrics()
        full = metrics.horizontalAdvance(words[0])
        text = words[0] if full <= room else words[1]
        # The short words always fit: the layout gives the button at least their width
        # (longer in some languages than in English), and the load field gives way.
        frame = button.width() - button.contentsRect().width()
        least = metrics.horizontalAdvance(words[1]) + 2 * BUTTON_PADDING_PX + frame
        if button.minimumWidth() != least:
            button.setMinimumWidth(least)
        if button.text() != text:
            button.setText(text)

    def ask(
        self,
        workout: str,
        default: tuple[float | None, Unit] | None,
        advice: str = "",
        warmup: bool = False,
        more: Sequence[BlockAdvice] = (),
    ) -> None:
        """Show, with `default` (a load in kg, or None: not logged, and its unit) or, when
        there is none, a field that waits for the lifter's choice; `advice` is today's
        suggestion in a line, `warmup` whether the ramp is on, `more` the later blocks'."""
        self.title.setText(
            self.tr("Load for {workout}").format(workout=workout)
            if workout
            else self.tr("Load on the bar")
        )
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))
        self.warmup_button.blockSignals(True)
        self.warmup_button.setChecked(warmup)
        self.warmup_button.blockSignals(False)
        unit: Unit = default[1] if default is not None else "kg"
        self.blocks.set_blocks(more, unit)
        for field in self.blocks.fields:
            field.installEventFilter(self)
        self._show_hint()
        self.unit.blockSignals(True)
        self.unit.setCurrentText(unit)
        self.unit.blockSignals(False)
        self.load.set_unit(unit)
        if default is None:
            self.load.set_awaiting_choice(True)
        else:
            load_kg = default[0]
            self.load.set_load(None if load_kg is None else from_kg(load_kg, unit))
        self._typed_digit = self._told = False
        self._show_warmup()
        self.show()
        self.load.setFocus(Qt.FocusReason.OtherFocusReason)
        self.load.selectAll()

    @property
    def warmup(self) -> bool:
        """The warm-up ramp runs before the work sets (on, and the load gives one)."""
        return self.warmup_button.isChecked() and self.warmup_button.isEnabled()

    def toggle_warmup(self) -> None:
        if self.warmup_button.isEnabled():
            self.warmup_button.toggle()

    def _show_warmup(self) -> None:
        """ "Warm-up: 4 sets (W)" while on; what W would run while off; none without a load."""
        sets = self.count_warmups(self.load.load(), self.load.unit)
        self.warmup_button.setEnabled(sets > 0)
        if sets == 0:
            self.warmup_button.setText(self.tr("No warm-up"))
        elif self.warmup_button.isChecked():
            self.warmup_button.setText(
                (
                    self.tr("Warm-up: {count} set  (W)")
                    if singular(sets)
                    else self.tr("Warm-up: {count} sets  (W)")
                ).format(count=sets)
            )
        else:
            self.warmup_button.setText(
                (
                    self.tr("No warm-up ({count} set: W)")
                    if singular(sets)
                    else self.tr("No warm-up ({count} sets: W)")
                ).format(count=sets)
            )

    def _show_hint(self) -> None:
        """What the keys do: with Tab to the next exercise's field when there is one."""
        self.hint.setText(translate("LoadPrompt", BLOCKS_HINT if self.blocks.fields else HINT))

    def accept_load(self) -> None:
        """Start with the load shown, if one was chosen."""
        if not self.isVisible():
            return
        self.load.interpretText()
        if self.load.awaiting_choice and not self._told:
            self.hint.setText(translate("LoadPrompt", CHOOSE_FIRST))
            self._told = True
            return
        more = self.blocks.loads()
        self._answer(LoadChoice(self.load.load(), self.load.unit, self.warmup, more))

    def start_not_logged(self) -> None:
        if self.isVisible():
            self._answer(LoadChoice(None, self.load.unit))

    def cancel(self) -> None:
        if self.isVisible():
            self._close()
            self.cancelled.emit()

    def _answer(self, choice: LoadChoice) -> None:
        self._close()
        self.chosen.emit(choice)

    def _unit_changed(self, text: str) -> None:
        unit: Unit = "lb" if text == "lb" else "kg"
        self.load.set_unit(unit)
        self.blocks.set_unit(unit)

    @property
    def focused(self) -> LoadField:
        """The field the keys act on: block 1's, or a later block's (Tab, or a click)."""
        fields = [self.load, *self.blocks.fields]
        return next((f for f in fields if f.hasFocus()), self.load)

    def _tab(self, steps: int) -> None:
        fields = [self.load, *self.blocks.fields]
        field = fields[(fields.index(self.focused) + steps) % len(fields)]
        field.setFocus(Qt.FocusReason.TabFocusReason)
        field.selectAll()

    def _step(self, steps: int) -> None:
        field = self.focused
        field.interpretText()
        field.stepBy(steps)
        field.selectAll()
        self._typed_digit = self._told = False
        self._show_hint()

    # Keys ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            return self._claim(event)
        key = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if key and isinstance(event, QKeyEvent) and self._key(event):
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QPushButton):
            self._fit_button(watched)
        if (watched is self.load or watched in self.blocks.fields) and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride:
                return self._claim(event)
            if event.type() == QEvent.Type.KeyPress:
                return self._key(event)
        return super().eventFilter(watched, event)

    def _claim(self, event: QKeyEvent) -> bool:
        """Every key is the prompt's while it has the focus (none of the window's commands
        runs), but full screen."""
        if event.key() in PASSED_ON:
            return False
        event.accept()
        return True

    def _key(self, event: QKeyEvent) -> bool:
        """Act on a key press; False leaves it to the field (a digit, Backspace…)."""
        key = Key(event.key())
        if key == Key.Key_Period and self._typed_digit and "." not in self.focused.cleanText():
            return False  # a decimal point after typed digits, not a clicker's Start
        if key in EDIT_KEYS:
            self._typed_digit = key not in (Key.Key_Left, Key.Key_Right)
            self._told = False
            self._show_hint()
            return False
        self._typed_digit = False
        if key in START_KEYS or key == Key.Key_Period:
            self.accept_load()
        elif key == Key.Key_N:
            self.start_not_logged()
        elif key == Key.Key_W:
            self.toggle_warmup()
        elif key == Key.Key_Escape:
            self.cancel()
        elif key in STEP_KEYS:
            self._step(STEP_KEYS[key])
        elif key in (Key.Key_Tab, Key.Key_Backtab):
            self._tab(-1 if key == Key.Key_Backtab else 1)
        return True  # any other key does nothing while the prompt is up
