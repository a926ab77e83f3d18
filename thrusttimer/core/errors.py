"""The one error the engine raises for bad input: it names the field, the value and the range."""

from __future__ import annotations

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
    detail = f" ({clipped(problem, 200)})" if problem else ""
    return (
        f"{clipped(field, 60)}: {shown(value)} is not allowed{detail}; "
        f"allowed: {printable(allowed)}"
    )


def shown(value: object) -> str:
    """`value` as an error line shows it: text quoted, lists and objects by their kind.

    A list or object read from a file may be huge or nested thousands deep: printing it
    would be long, or fail, and says less than its kind does.
    """
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
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
        self.name = name
        self.low = low
        self.high = high
        self.unit = unit
        self.integer = integer

    @property
    def allowed(self) -> str:
        low = _fmt(self.low)
        high = _fmt(self.high)
        unit = f" {self.unit}" if self.unit else ""
        kind = "a whole number" if self.integer else "a number"
        return f"{kind} from {low} to {high}{unit}"

    def check(self, value: object) -> float:
        """Return `value` as a number inside the range, or raise ValidationError."""
        number: float
        if isinstance(value, bool):
            raise ValidationError(self.name, value, self.allowed, "not a number")
        if isinstance(value, int | float):
            number = value
        elif isinstance(value, str):
            number = self._parse(value)
        else:
            raise ValidationError(self.name, value, self.allowed, "not a number")
        if number != number or number in (float("inf"), float("-inf")):
            raise ValidationError(self.name, value, self.allowed, "not a finite number")
        if self.integer and number != int(number):
            raise ValidationError(self.name, value, self.allowed, "not a whole number")
        if not self.low <= number <= self.high:
            raise ValidationError(self.name, value, self.allowed, "out of range")
        return int(number) if self.integer else float(number)

    def _parse(self, text: str) -> float:
        stripped = text.strip()
        try:
            number = int(stripped) if self.integer else float(stripped)
        except ValueError:
            problem = "not a whole number" if self.integer else "not a number"
            raise ValidationError(self.name, text, self.allowed, problem) from None
        return number


def _fmt(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:g}"
