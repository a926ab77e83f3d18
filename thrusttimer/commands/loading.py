"""What `plates` and `next` share: the saved plates and warm-up, a unit option, notices."""

from __future__ import annotations

import sys

from thrusttimer.commands import UsageError
from thrusttimer.core.i18n import translate
from thrusttimer.core.loading.inventory import Inventory
from thrusttimer.core.loading.units import Unit
from thrusttimer.core.loading.warmup import WarmupScheme
from thrusttimer.core.shown import shown_value
from thrusttimer.store.settings import Settings


def open_settings() -> Settings:
    """The user's settings (tests replace this to use a file of their own)."""
    return Settings()


def saved_loading(settings: Settings) -> tuple[Inventory, WarmupScheme]:
    """The saved plates and warm-up; what was damaged in them is said on stderr."""
    inventory, plates_problem = settings.load_inventory()
    scheme, warmup_problem = settings.load_warmup()
    for notice in (settings.notice, plates_problem, warmup_problem):
        if notice:
            print(notice, file=sys.stderr)
    return inventory, scheme


def unit_option(flag: str, text: str | None, prog: str) -> Unit | None:
    """The unit given with `flag` (None: not given), or UsageError naming it."""
    if text is None:
        return None
    if text in ("kg", "lb"):
        return "kg" if text == "kg" else "lb"
    problem = translate("LoadingCommand", "{flag}: {value} is not a unit; allowed: kg or lb")
    raise UsageError(problem.format(flag=flag, value=shown_value(text)), prog)
