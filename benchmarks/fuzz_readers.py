"""Fuzz every reader of a user's file with a large hypothesis budget, and count the inputs.

    python benchmarks/fuzz_readers.py [--examples 20000] [--only plan,presets,csv,settings,log]

Each reader gets random and hostile input through a real file, as the app reads it:

- plan files (`--plan-file`): hostile JSON (wrong types, surrogates, ESC, 6000-digit
  numbers, 100k-deep nesting) and random bytes -> a Plan, or one clear line (UsageError);
- the presets file: hostile preset lists and bytes -> the readable presets and a notice; the
  user's file is never changed (a damaged one is moved aside whole);
- CSV imports: random rows in our, Strong's and Hevy's layouts in random encodings, and
  random bytes -> an import with bad rows named by line, or one clear refusal;
- the settings file: random bytes -> defaults, and the bytes kept aside;
- the training log: random bytes overwritten inside a real log -> rows or a clean report.

Anything else (a traceback, a hang of more than `--deadline-ms` on one input, a changed
user file) is a failure: hypothesis shrinks it and the script prints it and exits 1. The
same properties run with a small budget in the test suite (tests/core/test_plan.py,
tests/store/test_presets.py, test_import_properties.py, test_settings.py,
test_log_damage.py); this is the long run, with the count of inputs tried per reader.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.store.test_import_properties import HEADERS, csv_files, import_checked  # noqa: E402
from tests.support.hostile_json import file_bytes, plan_texts, preset_file_texts  # noqa: E402
from thrusttimer.commands import UsageError  # noqa: E402
from thrusttimer.commands.options import read_plan_file  # noqa: E402
from thrusttimer.core.shown import printable  # noqa: E402
from thrusttimer.store.log import LogUnavailable, TrainingLog  # noqa: E402
from thrusttimer.store.migrations import SchemaTooNew  # noqa: E402
from thrusttimer.store.presets import UserPresets  # noqa: E402
from thrusttimer.store.settings import Settings  # noqa: E402

Fuzzer = Callable[[Path, int, int], None]
TRIED: dict[str, int] = {}
"""Inputs each reader was actually given (hypothesis may stop short of the budget)."""


def tried(name: str) -> None:
    TRIED[name] = TRIED.get(name, 0) + 1


def fuzz_plan(folder: Path, examples: int, deadline_ms: int) -> None:
    path = folder / "plan.json"

    @settings(max_examples=examples, deadline=deadline_ms, database=None)
    @given(st.one_of(plan_texts.map(str.encode), file_bytes))
    def one(data: bytes) -> None:
        tried("plan")
        path.write_bytes(data)
        try:
            read_plan_file(str(path), "thrusttimer")
        except UsageError as error:
            line = str(error)
            assert "\n" not in line, line
            assert printable(line) == line, "an echoed value reached the terminal raw"
        assert path.read_bytes() == data, "the reader changed the file"

    one()


def fuzz_presets(folder: Path, examples: int, deadline_ms: int) -> None:
    @settings(
        max_examples=examples,
        deadline=deadline_ms,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(st.one_of(preset_file_texts().map(str.encode), file_bytes))
    def one(data: bytes) -> None:
        tried("presets")
        case = Path(tempfile.mkdtemp(dir=folder))
        path = case / "presets.json"
        path.write_bytes(data)
        _, notice = UserPresets.load(path)
        kept = [p for p in case.iterdir() if p.read_bytes() == data]
        assert kept, "the user's file was changed or lost"
        if notice is not None:
            assert "\n" not in notice
        shutil.rmtree(case)

    one()


def fuzz_csv(folder: Path, examples: int, deadline_ms: int) -> None:
    with TrainingLog.open(folder / "imports.sqlite3") as log:
        path = folder / "import.csv"

        @settings(
            max_examples=examples,
            deadline=deadline_ms,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(
            st.one_of(
                csv_files(),
                st.tuples(
                    st.sampled_from([b"", *(h.encode() + b"\n" for h in HEADERS)]),
                    st.binary(max_size=2000),
                ).map(lambda parts: parts[0] + parts[1]),
            )
        )
        def one(data: bytes) -> None:
            tried("csv")
            path.write_bytes(data)
            import_checked(path, log)

        one()


def fuzz_settings(folder: Path, examples: int, deadline_ms: int) -> None:
    @settings(max_examples=examples, deadline=deadline_ms, database=None)
    @given(st.binary(max_size=2000))
    def one(data: bytes) -> None:
        tried("settings")
        case = Path(tempfile.mkdtemp(dir=folder))
        path = case / "settings.ini"
        path.write_bytes(data)
        store = Settings(path)
        store.load_last_plan()
        store.load_voice()
        store.form_point_starts()
        assert any(p.read_bytes() == data for p in case.iterdir()), "the bytes were lost"
        shutil.rmtree(case)

    one()


def fuzz_log(folder: Path, examples: int, deadline_ms: int) -> None:
    from tests.store.test_log_damage import healthy_log

    original = healthy_log()

    @settings(max_examples=examples, deadline=deadline_ms, database=None)
    @given(
        st.lists(
            st.tuples(st.integers(0, len(original) - 1), st.integers(0, 255)),
            min_size=1,
            max_size=8,
        )
    )
    def one(flips: list[tuple[int, int]]) -> None:
        tried("log")
        case = Path(tempfile.mkdtemp(dir=folder))
        path = case / "training-log.sqlite3"
        data = bytearray(original)
        for at, value in flips:
            data[at] = value
        path.write_bytes(bytes(data))
        try:
            with TrainingLog.open(path) as log:
                for session in log.sessions():
                    for row in session.sets:
                        printable(row.note)
        except (LogUnavailable, SchemaTooNew) as error:  # clean refusals: one line each
            refusal = str(error)
            assert "\n" not in refusal, refusal
        kept = [p for p in case.iterdir() if p.read_bytes() == bytes(data)]
        assert kept, "the damaged log was changed in place instead of set aside whole"
        shutil.rmtree(case)

    one()


FUZZERS: dict[str, Fuzzer] = {
    "plan": fuzz_plan,
    "presets": fuzz_presets,
    "csv": fuzz_csv,
    "settings": fuzz_settings,
    "log": fuzz_log,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=20_000, help="inputs per reader")
    parser.add_argument("--deadline-ms", type=int, default=5000, help="the most one input may take")
    parser.add_argument("--only", default=",".join(FUZZERS), help="which readers, comma-separated")
    options = parser.parse_args()
    failed = False
    rows = []
    with tempfile.TemporaryDirectory(prefix="thrusttimer-fuzz-") as scratch:
        for name in options.only.split(","):
            folder = Path(scratch) / name
            folder.mkdir()
            began = time.perf_counter()
            try:
                FUZZERS[name](folder, options.examples, options.deadline_ms)
                verdict = "no failure"
            except Exception as error:  # reported; the exit status says it
                failed = True
                verdict = f"FAILED: {type(error).__name__}: {str(error)[:300]}"
            took = time.perf_counter() - began
            count = TRIED.get(name, 0)
            rows.append((name, count, took, verdict))
            print(f"{name}: {count} inputs in {took:.0f} s: {verdict}", flush=True)
    print("\n| reader | inputs | time | result |\n|---|---|---|---|")
    for name, count, took, verdict in rows:
        print(f"| {name} | {count} | {took:.0f} s | {verdict} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
