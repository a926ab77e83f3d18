"""The one error the engine raises for bad input: it names the field, the value and the range."""

from __future__ import annotations

from thrusttimer.core.i18n import number, translate
from thrusttimer.core.shown import clipped, printable, shown_value


class Described:
    """A value an error line shows in words, unquoted: "JSON nested too deeply", "a list"."""

    def __init__(self, words: str) -> None:
        self.words = words

    def __str__(self) -> str:
        return self.words

    def __repr__(self) -> str:
        return self.words


def message(field: str, value: object, allowed: str, problem: str = "") -> str:
    """The one line an error shows: field, value (escaped, cut short), problem and range."""
    parts = {"field": clipped(field, 60), "value": shown(value), "allowed": printable(allowed)}
    if problem:
        return translate(
            "Validation", "{field}: {value} is not allowed ({problem}); allowed: {allowed}"
        ).format(problem=clipped(problem, 200), **parts)
    return translate("Validation", "{field}: {value} is not allowed; allowed: {allowed}").format(
        **parts
    )


def shown(value: object) -> str:
    """`value` as an error line shows it: text quoted, lists and objects by their kind.

    A list or object read from a file may be huge or nested thousands deep: printing it
    would be long, or fail, and says less than its kind does.
    """
    if isinstance(value, list | tuple):
        return translate("Validation", "a list")
    if isinstance(value, dict):
        return translate("Validation", "an object")
    return shown_value(value)


class ValidationError(ValueError):
    """A value the user gave is not allowed.

    `field` is the plan field's name (``reps``, ``tempo``, ``rest_s``…), `value` what was
    given, and `allowed` the allowed range or form in the user's words.
    """

    def __init__(self, field: str, value: object, allowed: str, problem: str = "") -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        self.problem = problem
        super().__init__(message(field, value, allowed, problem))


class NumberField:
    """A numeric field with an inclusive range, used by the plan and the command line alike."""

    def __init__(
        self, name: str, low: float, high: float, unit: str = "", integer: bool = False
    ) -> None:
        """`unit` is English ("s", "kg", "% of the work load"), translated where shown
        (context "Units")."""
        self.name = name
        self.low = low
        self.high = high
        self.unit = unit
        self.integer = integer

    @property
    def allowed(self) -> str:
        low = _fmt(self.low)
        high = _fmt(self.high)
        if self.integer and self.unit:
            text = translate("Validation", "a whole number from {low} to {high} {unit}")
        elif self.integer:
            text = translate("Validation", "a whole number from {low} to {high}")
        elif self.unit:
            text = translate("Validation", "a number from {low} to {high} {unit}")
        else:
            text = translate("Validation", "a number from {low} to {high}")
        return text.format(low=low, high=high, unit=translate("Units", self.unit))

    def check(self, value: object) -> float:
        """Return `value` as a number inside the range, or raise ValidationError."""
        number: float
        if isinstance(value, bool):
            raise ValidationError(self.name, value, self.allowed, _not_a_number())
        if isinstance(value, int | float):
            number = value
        elif isinstance(value, str):
            number = self._parse(value)
        else:
            raise ValidationError(self.name, value, self.allowed, _not_a_number())
        if number != number or number in (float("inf"), float("-inf")):
            raise ValidationError(
                self.name, value, self.allowed, translate("Validation", "not a finite number")
            )
        if self.integer and number != int(number):
            raise ValidationError(self.name, value, self.allowed, _not_whole())
        if not self.low <= number <= self.high:
            raise ValidationError(
                self.name, value, self.allowed, translate("Validation", "out of range")
            )
        return int(number) if self.integer else float(number)

    def _parse(self, text: str) -> float:
        stripped = text.strip()
        try:
            number = int(stripped) if self.integer else float(stripped)
        except ValueError:
            problem = _not_whole() if self.integer else _not_a_number()
            raise ValidationError(self.name, text, self.allowed, problem) from None
        return number


def _not_a_number() -> str:
    return translate("Validation", "not a number")


def _not_whole() -> str:
    return translate("Validation", "not a whole number")


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else number(value)
