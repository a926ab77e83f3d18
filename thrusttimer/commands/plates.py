"""`thrusttimer plates LOAD [--unit kg|lb]`: how to load the bar with the saved plates.

Exit codes: 0 the load can be made; 1 it cannot, and the nearest load is shown (rounded,
and which way, said plainly); 2 bad options.
"""

from __future__ import annotations

from collections.abc import Sequence

from thrusttimer.commands import UsageError
from thrusttimer.commands.loading import open_settings, saved_loading, unit_option
from thrusttimer.commands.options import Parser, describe_error, parse
from thrusttimer.core.errors import ValidationError
from thrusttimer.core.i18n import translate
from thrusttimer.core.loading.plates import load_bar, target_field
from thrusttimer.core.loading.units import convert, with_unit
from thrusttimer.core.loading.wording import loading_text


def exit_codes() -> str:
    return translate(
        "PlatesCommand",
        "exit codes: 0 the load can be made; 1 it cannot (the nearest load is shown, and which "
        "way it was rounded); 2 bad options",
    )


def main(args: Sequence[str], prog: str) -> int:
    parser = Parser(
        prog=prog,
        description=translate(
            "PlatesCommand",
            "Print the plates to put on each side of the bar for a load, with the "
            "plates saved in the settings (a commercial gym's, until you change them).",
        ),
        epilog=exit_codes(),
    )
    parser.add_argument(
        "load", help=translate("PlatesCommand", "the load on the bar, such as 142.5")
    )
    parser.add_argument(
        "--unit",
        metavar="UNIT",
        help=translate("PlatesCommand", "kg or lb (default: the unit of your plates)"),
    )
    options = parse(parser, args)
    given = unit_option("--unit", options.unit, prog)
    inventory, _ = saved_loading(open_settings())
    unit = given or inventory.unit
    try:
        target = target_field(unit).check(options.load)
    except ValidationError as error:
        raise UsageError(describe_error(error), prog) from None
    wanted = convert(target, unit, inventory.unit)
    if unit != inventory.unit:
        print(
            translate("PlatesCommand", "{load} is {converted} (your plates are in {unit}).").format(
                load=with_unit(target, unit),
                converted=with_unit(wanted, inventory.unit),
                unit=inventory.unit,
            )
        )
    loading = load_bar(inventory, wanted)
    print(loading_text(loading))
    print(translate("PlatesCommand", "Your plates: {plates}.").format(plates=inventory.describe()))
    return 0 if loading.exact else 1
