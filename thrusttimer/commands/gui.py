"""`thrusttimer` with no subcommand: open the window on a workout."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from thrusttimer.commands import UsageError, language
from thrusttimer.commands.options import (
    PATH_SHOWN,
    Parser,
    add_plan_arguments,
    check_writable,
    open_event_log,
    parse,
    plan_from_args,
)
from thrusttimer.core.i18n import translate
from thrusttimer.core.shown import shown_value

if TYPE_CHECKING:
    from thrusttimer.gui.app import Screenshot


def main(args: Sequence[str], prog: str) -> int:
    parser = Parser(
        prog=prog,
        description=translate(
            "GuiCommand", "Open the ThrustTimer window. Subcommands: plan, presets (see --help)."
        ),
    )
    add_plan_arguments(parser)
    parser.add_argument(
        "--event-log",
        metavar="FILE",
        help=translate(
            "GuiCommand", "write what the session does to FILE, one JSON object per line"
        ),
    )
    parser.add_argument(
        "--window-size", metavar="WxH", help=translate("GuiCommand", "open the window at this size")
    )
    # Test hook (documented in the README's testing section): run on a fake clock, save a
    # picture of the window SECONDS into the workout to PATH (and PATH.json), then quit.
    parser.add_argument(
        "--screenshot-at",
        action="append",
        default=[],
        metavar="SECONDS:PATH",
        help=argparse.SUPPRESS,
    )
    options = parse(parser, args)
    size = _size(options.window_size, prog) if options.window_size else None
    shots = [_screenshot(text, prog) for text in options.screenshot_at]
    from thrusttimer.runtime.feature_scan import quicken_feature_scan

    quicken_feature_scan()  # done by `thrusttimer.cli` already; here for direct callers
    from thrusttimer.gui import app

    named = options.preset is not None or options.plan_file is not None
    # Screenshots (a test hook) never touch the user's settings.
    startup = None if shots else app.load_last_plan()
    base = None if named or startup is None else startup.plan
    plan = plan_from_args(options, prog, base=base)
    # Opened now, so a missing folder or a directory is one line before any window opens.
    event_log = None if options.event_log is None else open_event_log(options.event_log, prog)
    return app.run_app(
        plan,
        startup=startup,
        event_log=event_log,
        window_size=size,
        screenshots=shots,
        language=language.requested(args, prog),
    )


def _size(text: str, prog: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        problem = translate("GuiCommand", "{flag}: {value} is not WIDTHxHEIGHT, e.g. 1366x768")
        raise UsageError(
            problem.format(flag="--window-size", value=shown_value(text)), prog
        ) from None
    if not (320 <= width <= 10000 and 240 <= height <= 10000):
        problem = translate(
            "GuiCommand", "{flag}: {value} is out of range; allowed 320x240 to 10000x10000"
        )
        raise UsageError(problem.format(flag="--window-size", value=shown_value(text)), prog)
    return width, height


def _screenshot(text: str, prog: str) -> Screenshot:
    from thrusttimer.gui.app import Screenshot

    seconds, _, path = text.partition(":")
    try:
        at = float(seconds)
    except ValueError:
        at = -1.0
    if not path or not 0 <= at < float("inf"):
        raise UsageError(
            translate("GuiCommand", "{flag}: {value} is not SECONDS:PATH").format(
                flag="--screenshot-at", value=shown_value(text, PATH_SHOWN)
            ),
            prog,
        )
    picture = Path(path)
    check_writable(picture, "--screenshot-at", prog)
    check_writable(picture.with_suffix(".json"), "--screenshot-at", prog)
    return Screenshot(at, picture)
