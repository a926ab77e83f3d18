"""argparse's own words (usage, sections, -h, its errors) in the command's language."""

from __future__ import annotations

import pytest

from thrusttimer.commands import UsageError
from thrusttimer.commands.argparse_words import translated_error
from thrusttimer.commands.options import Parser
from thrusttimer.core import i18n


@pytest.fixture
def marked() -> None:
    """A catalogue that marks every text it was asked for, to see what is translated."""
    i18n.install(lambda context, text, disambiguation=None: f"«{text}»", "de")


def parser() -> Parser:
    made = Parser(prog="thrusttimer demo")
    made.add_argument("--sets", type=int)
    made.add_argument("--mode", choices=["full", "tones"])
    made.add_argument("--preset")
    made.add_argument("--prefix")
    made.add_argument("name")
    return made


@pytest.mark.usefixtures("marked")
@pytest.mark.parametrize(
    "args",
    [
        ["--sets"],  # expected one argument
        ["--sets", "x", "n"],  # invalid int value
        ["--mode", "loud", "n"],  # invalid choice
        ["--pre", "x", "n"],  # ambiguous option
        ["n", "--bogus"],  # unrecognized arguments
        [],  # the following arguments are required
    ],
)
def test_every_argparse_error_this_python_makes_is_reworded(args: list[str]) -> None:
    """Fails when a Python release words one of argparse's errors differently: its pattern
    in `argparse_words.ERRORS` must follow."""
    with pytest.raises(UsageError) as raised:
        parser().parse_args(args)
    assert str(raised.value).count("«") == 1, str(raised.value)


def test_an_unknown_error_stays_as_argparse_said_it() -> None:
    assert translated_error("something new happened") == "something new happened"
    assert translated_error("--sets: expected one argument") == "--sets: expected one argument"


@pytest.mark.usefixtures("marked")
def test_the_help_says_argparses_own_words_in_the_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("«usage: »thrusttimer demo")
    assert "«positional arguments»:" in out
    assert "«options»:" in out
    assert "«show this help message and exit»" in out
