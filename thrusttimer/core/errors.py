"""The one error the engine raises for bad input: it names the field, the value and the range."""

from __future__ import annotations


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
        shown = repr(value) if isinstance(value, str) else str(value)
        detail = f" ({problem})" if problem else ""
        super().__init__(f"{field}: {shown} is not allowed{detail}; allowed: {allowed}")


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
