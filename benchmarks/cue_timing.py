"""When are cues heard? ThrustTimer's player against the usual ways, through a real sink.

One run, one plan (tones mode, 1-0-1-0 tempo, as long as --minutes), several ways to sound
its cues, one after the other through a private null sink that is recorded:

- reference:    a WAV with clicks at exact sample positions, played by `paplay`: what the
                harness itself adds (its heard gaps must be exact);
- player:       `thrusttimer run --headless` on the app's own output (on Linux: written to
                the sound server, placed by the server's latency answers);
- qtsink:       the same player on the QAudioSink path (Windows and macOS use it; it was the
                Linux path before issue 12);
- qsoundeffect: a QSoundEffect per tone, fired by a Qt.PreciseTimer at each boundary;
- pyttsx3:      `engine.say(word); engine.runAndWait()` at each boundary.

For each: the first cue, the median offset of the heard onset from the planned boundary,
the p95 and max jitter around that median, the p95 and max error of each heard gap between
consecutive cues against the planned gap (from the recording's sample counts alone, no clock
fit), dropped cues, the drift slope of the offset (ms per minute), and the CPU used.

    python benchmarks/cue_timing.py [--minutes 2] [--methods reference,player,qsoundeffect]
                                    [--server pulseaudio|pipewire] [--load]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.machine_load import machine_load  # noqa: E402
from tests.e2e.pulse import Recorder, find_onsets, sound_server, tools_missing  # noqa: E402
from thrusttimer.audio import clocktrace  # noqa: E402
from thrusttimer.core.plan import Plan  # noqa: E402
from thrusttimer.core.timeline import compile_plan  # noqa: E402

METHODS = ("reference", "player", "qtsink", "qsoundeffect", "pyttsx3")
RATE = 48_000
EARLY_S = 0.05
"""An onset this much before a boundary still counts as that boundary's."""
LATE_S = 2.0
"""No onset within this after a boundary: the cue was dropped."""


def plan_args(minutes: float) -> list[str]:
    """Plan options for a tones plan lasting about `minutes`."""
    total = minutes * 60
    per_set_max = 3 + 2 * 100 + 15
    sets = min(20, max(1, math.ceil(total / per_set_max)))
    reps = min(100, max(1, round((total / sets - 18) / 2)))
    return ["--sets", str(sets), "--reps", str(reps), "--tempo", "1-0-1-0"]
    # rest and lead-in follow below, so each driver gets the same list


def common_args(minutes: float, cue_mode: str = "tones") -> list[str]:
    return [*plan_args(minutes), "--rest", "15", "--lead-in", "0", "--cue-mode", cue_mode]


def build_plan(args: list[str]) -> Plan:
    values = dict(zip(args[::2], args[1::2], strict=True))
    return Plan.build(
        None,
        sets=values["--sets"],
        reps=values["--reps"],
        tempo=values["--tempo"],
        rest_s=values["--rest"],
        lead_in_s=values["--lead-in"],
        cue_mode=values["--cue-mode"],
    )


# Drivers: each runs in its own process on the private server and writes the boundaries --


def drive_player(args: list[str], out: Path, backend: str = "pulse") -> None:
    log = out.with_suffix(".events.jsonl")
    subprocess.run(
        [sys.executable, "-m", "thrusttimer", "run", "--headless", *args, "--event-log", str(log)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        env=dict(os.environ, THRUSTTIMER_AUDIO_BACKEND=backend),
    )
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    start = next(e["t_mono"] for e in entries if e["event"] == "session_start")
    cues = [e for e in entries if e["event"] in ("cue", "cue_dropped")]
    boundaries = [{"id": c["id"], "t": start + c["at_s"]} for c in cues]
    dropped = [c["reason"] for c in cues if c["event"] == "cue_dropped"]
    if dropped:
        reasons: dict[str, int] = {}
        for reason in dropped:
            reasons[reason] = reasons.get(reason, 0) + 1
        print(f"  the player dropped {len(dropped)} cues: {reasons}", flush=True)
    out.write_text(json.dumps({"boundaries": boundaries, "dropped_by_method": len(dropped)}))


def _write_wav(path: Path, clip: np.ndarray) -> None:
    """A clip (int16 samples, as the player plays them) as a 16-bit WAV."""
    data = clip.astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(data.shape[1])
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(data.tobytes())


def drive_qsoundeffect(args: list[str], out: Path) -> None:
    from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
    from PySide6.QtMultimedia import QSoundEffect

    from thrusttimer.audio.clips import AudioFormat
    from thrusttimer.audio.tones import render_tone
    from thrusttimer.core.model import Tone
    from thrusttimer.core.session import Session

    app = QCoreApplication([])
    folder = Path(tempfile.mkdtemp(prefix="cue-timing-"))
    effects: dict[Tone, QSoundEffect] = {}
    for tone in Tone:
        path = folder / f"{tone.name}.wav"
        _write_wav(path, render_tone(tone, AudioFormat(RATE, 2)))  # the player's own tones
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effects[tone] = effect
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not all(e.isLoaded() for e in effects.values()):
        app.processEvents()
        time.sleep(0.01)
    session = Session(build_plan(args))
    boundaries: list[dict[str, object]] = []
    cues = list(session.timeline.cues)
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setSingleShot(True)
    index = [0]

    def arm() -> None:
        if index[0] >= len(cues):
            QTimer.singleShot(1500, app.quit)
            return
        at = session.mono_at(cues[index[0]].at_ms)
        assert at is not None
        timer.start(max(0, round((at - time.monotonic()) * 1000)))

    def fire() -> None:
        cue = cues[index[0]]
        effects[cue.tone or Tone.TICK].play()
        at = session.mono_at(cue.at_ms)
        boundaries.append({"id": cue.id, "t": at})
        index[0] += 1
        session.tick()
        arm()

    timer.timeout.connect(fire)
    session.start()
    arm()
    app.exec()
    out.write_text(json.dumps({"boundaries": boundaries, "dropped_by_method": 0}))


def drive_pyttsx3(args: list[str], out: Path) -> None:
    import pyttsx3

    from thrusttimer.core.session import Session

    engine = pyttsx3.init()
    engine.say("ready")
    engine.runAndWait()
    session = Session(build_plan(args))
    boundaries = []
    session.start()
    for cue in session.timeline.cues:
        at = session.mono_at(cue.at_ms)
        assert at is not None
        while (wait := at - time.monotonic()) > 0:
            time.sleep(min(wait, 0.05) if wait > 0.002 else 0)
        boundaries.append({"id": cue.id, "t": at})
        engine.say(cue.text or word_for(cue.id))
        engine.runAndWait()
    time.sleep(1.0)
    out.write_text(json.dumps({"boundaries": boundaries, "dropped_by_method": 0}))


def word_for(cue_id: str) -> str:
    """A short word for a tone cue, for the speech baseline in tones mode."""
    last = cue_id.split(".")[-1]
    return {"thrust": "up", "descent": "down", "brace": "brace", "done": "done"}.get(last, last)


def drive_qtsink(args: list[str], out: Path) -> None:
    drive_player(args, out, backend="qt")


def drive_reference(args: list[str], out: Path) -> None:
    """Clicks at exact sample positions, one per boundary of the plan, played by paplay.
    Its boundaries are the plan's moments counted from when paplay starts, so only the heard
    gaps (and the drift of the fit) are meaningful, not the offsets."""
    from thrusttimer.audio.clips import AudioFormat
    from thrusttimer.audio.tones import render_tone
    from thrusttimer.core.model import Tone

    timeline = compile_plan(build_plan(args))
    click = render_tone(Tone.TICK, AudioFormat(RATE, 2))
    lead = RATE // 2
    frames = lead + round(timeline.total_s * RATE) + len(click) + RATE
    samples = np.zeros((frames, 2), dtype=np.int16)
    for cue in timeline.cues:
        at = lead + cue.at_ms * RATE // 1000
        samples[at : at + len(click)] = click
    wav = out.with_suffix(".wav")
    _write_wav(wav, samples)
    started = time.monotonic() + lead / RATE
    subprocess.run(["paplay", str(wav)], check=True)
    boundaries = [{"id": c.id, "t": started + c.at_ms / 1000} for c in timeline.cues]
    out.write_text(json.dumps({"boundaries": boundaries, "dropped_by_method": 0}))


DRIVERS = {
    "reference": drive_reference,
    "player": drive_player,
    "qtsink": drive_qtsink,
    "qsoundeffect": drive_qsoundeffect,
    "pyttsx3": drive_pyttsx3,
}


# Measuring ---------------------------------------------------------------------------------


@dataclass
class Figures:
    method: str
    cues: int
    dropped: int
    first_ms: float
    """The first cue, at the very start: nothing can be scheduled ahead of it."""
    median_ms: float
    p95_ms: float
    max_ms: float
    drift_ms_per_min: float
    minutes: float
    cpu_percent: float
    gap_p95_ms: float = math.nan
    """|heard gap − planned gap| between consecutive cues, from sample counts alone."""
    gap_max_ms: float = math.nan
    unfound: int = 0
    """Cues with no onset found in the recording. For the player, set against `dropped`
    (what its event log says it dropped): a spoken cue that follows a word with under
    ~0.1 s of silence can be heard and still not be found as an onset."""


def pair(boundaries: list[float], onsets: list[float]) -> list[tuple[float, float]]:
    """(boundary, onset) for each boundary that was heard, pairing in order (one sound per
    cue): an onset belongs to the last boundary before it, so a cue never heard cannot take
    the next cue's sound."""
    pairs: list[tuple[float, float]] = []
    used_until = -math.inf
    heard = sorted(onsets)
    j = 0
    for index, t in enumerate(boundaries):
        end = t + LATE_S
        if index + 1 < len(boundaries):
            end = min(end, boundaries[index + 1] - EARLY_S)
        while j < len(heard) and (heard[j] < t - EARLY_S or heard[j] <= used_until):
            j += 1
        if j < len(heard) and heard[j] <= end:
            pairs.append((t, heard[j]))
            used_until = heard[j] + 0.2
            j += 1
    return pairs


def measure(
    method: str,
    boundaries: list[float],
    onsets: list[float],
    dropped_by_method: int,
    cpu_s: float,
    wall_s: float,
) -> Figures:
    """Pair boundaries with onsets, then the figures: the first cue on its own, the others
    as offset median, jitter around it, and drift."""
    pairs = pair(boundaries, onsets)
    dropped = len(boundaries) - len(pairs)
    index = {t: i for i, t in enumerate(boundaries)}
    gaps = np.array(
        [
            abs((h2 - h1) - (t2 - t1)) * 1000
            for (t1, h1), (t2, h2) in itertools.pairwise(pairs)
            if index[t2] == index[t1] + 1
        ]
    )
    first = math.nan
    if pairs and boundaries and pairs[0][0] == boundaries[0]:
        first = (pairs[0][1] - pairs[0][0]) * 1000
        pairs = pairs[1:]
    offsets = np.array([(h - t) * 1000 for t, h in pairs])
    times = np.array([(t - boundaries[0]) / 60 for t, _ in pairs])
    median = float(np.median(offsets)) if len(offsets) else math.nan
    jitter = np.abs(offsets - median)
    slope = float(np.polyfit(times, offsets, 1)[0]) if len(pairs) > 2 else math.nan
    return Figures(
        method,
        len(boundaries),
        dropped_by_method if method == "player" else dropped,
        first,
        median,
        float(np.percentile(jitter, 95)) if len(jitter) else math.nan,
        float(jitter.max()) if len(jitter) else math.nan,
        slope,
        (boundaries[-1] - boundaries[0]) / 60 if boundaries else 0.0,
        100 * cpu_s / wall_s if wall_s else 0.0,
        float(np.percentile(gaps, 95)) if len(gaps) else math.nan,
        float(gaps.max()) if len(gaps) else math.nan,
        dropped,
    )


LOCAL_S = 30.0
"""The local anchor fits the recording's envelope over this much either side of an onset."""


def local_times(arrivals: np.ndarray, indexes: np.ndarray, rate: int = RATE) -> list[float]:
    """Onset times from a line fitted to the recording's per-second envelope minima within
    `LOCAL_S` of each onset, rather than one line over the whole recording: the null sink's
    rate wanders with load, and over 30 minutes one line bent by up to 0.4 ms."""
    t = arrivals[:, 0]
    x = arrivals[:, 1] / rate
    e = t - x
    second = (t - t[0]).astype(int)
    order = np.lexsort((e, second))
    _, first = np.unique(second[order], return_index=True)
    bx, be = x[order][first], e[order][first]
    if len(bx) > 1:  # the first second holds parec's start-up burst, as in fit_anchor
        bx, be = bx[1:], be[1:]
    times = []
    for i in indexes:
        xi = i / rate
        near = np.abs(bx - xi) <= LOCAL_S
        if near.sum() >= 3:
            _, intercept = np.polyfit(bx[near] - xi, be[near], 1)
            times.append(float(xi + intercept))
        else:
            times.append(math.nan)
    return times


def run_method(
    method: str, args: list[str], server: object, folder: Path, clock_trace: bool = False
) -> tuple[Figures, Figures]:
    out = folder / f"{method}.json"
    env = dict(server.env, PYTHONPATH=str(ROOT))  # type: ignore[attr-defined]
    env.pop(clocktrace.ENV, None)
    if clock_trace and method == "player":
        env[clocktrace.ENV] = str(folder / "player.clocktrace")
    recorder = Recorder(server)  # type: ignore[arg-type]
    recorder.start()
    time.sleep(0.5)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    subprocess.run(
        [sys.executable, __file__, "--drive", method, "--out", str(out), "--", *args],
        env=env,
        check=True,
    )
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    time.sleep(0.3)
    recording = recorder.stop()
    result = json.loads(out.read_text())
    boundaries = [float(b["t"]) for b in result["boundaries"]]
    gap = 0.08 if "tones" in args else 0.15
    indexes = find_onsets(recording.samples, min_gap_s=gap)
    onsets = [recording.time_of(i) for i in indexes]
    if method == "reference" and onsets:
        # paplay's start is not known to the sample: count from its first click instead,
        # and its clicks are sample counts apart, which the sink plays at its own rate.
        rate = 1.0 + recording.anchor[1]
        boundaries = [(t - boundaries[0]) * rate + onsets[0] for t in boundaries]
    (folder / f"{method}.onsets.json").write_text(json.dumps(onsets))
    # The recording's own clock readings, so its anchor can be checked offline too.
    np.savez(
        folder / f"{method}.recording.npz",
        arrivals=np.array(recording.arrivals, dtype=np.float64),
        onsets=np.array(indexes, dtype=np.int64),
        anchor=np.array(recording.anchor),
    )
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    local = local_times(np.array(recording.arrivals, dtype=np.float64), np.array(indexes))
    return (
        measure(method, boundaries, onsets, result["dropped_by_method"], cpu, wall),
        measure(method, boundaries, local, result["dropped_by_method"], cpu, wall),
    )


def rescore(folder: Path, methods: list[str]) -> tuple[list[Figures], list[Figures]]:
    """Both tables again from a kept folder's boundaries and recording (CPU is not kept)."""
    rows: list[Figures] = []
    local_rows: list[Figures] = []
    for method in methods:
        if not (folder / f"{method}.recording.npz").exists():
            continue
        result = json.loads((folder / f"{method}.json").read_text())
        boundaries = [float(b["t"]) for b in result["boundaries"]]
        kept = np.load(folder / f"{method}.recording.npz")
        a, b = kept["anchor"]
        onsets = [float(a + (1.0 + b) * i / RATE) for i in kept["onsets"]]
        local = local_times(kept["arrivals"], kept["onsets"])
        dropped = result["dropped_by_method"]
        rows.append(measure(method, boundaries, onsets, dropped, math.nan, math.nan))
        local_rows.append(measure(method, boundaries, local, dropped, math.nan, math.nan))
    return rows, local_rows


def table(rows: list[Figures], args: list[str], local: bool = False, where: str = "") -> str:
    lines = [
        f"Plan: `{' '.join(args)}` · {rows[0].cues} cues · {rows[0].minutes:.1f} min "
        f"per method · {where or 'null sink'}, recorded",
        "",
        "| method | first cue | median offset | jitter p95 | jitter max | gap p95 | gap max "
        "| dropped | not found | drift | CPU |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    if local:
        lines[0] = "Same runs, each onset timed by the recording's envelope within ±30 s of it:"
    for r in rows:
        cpu = "–" if math.isnan(r.cpu_percent) else f"{r.cpu_percent:.1f}%"
        lines.append(
            f"| {r.method} | {r.first_ms:+.0f} ms | {r.median_ms:+.2f} ms | "
            f"{r.p95_ms:.2f} ms | {r.max_ms:.2f} ms | "
            f"{r.gap_p95_ms:.2f} ms | {r.gap_max_ms:.2f} ms | "
            f"{r.dropped}/{r.cues} | {r.unfound} | {r.drift_ms_per_min:+.3f} ms/min | {cpu} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=2.0, help="length of the plan")
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument(
        "--cue-mode",
        default="tones",
        help="tones (default), or a spoken mode for the player and pyttsx3 (which says each "
        "cue's words); QSoundEffect only plays tones",
    )
    parser.add_argument("--keep", metavar="DIR", help="keep logs and onsets in DIR")
    parser.add_argument(
        "--server",
        choices=("pulseaudio", "pipewire"),
        default="pulseaudio",
        help="the private sound server to record through (default pulseaudio)",
    )
    parser.add_argument(
        "--load",
        action="store_true",
        help="keep one core busy and a disk writer going during the runs (benchmarks/"
        "machine_load.py)",
    )
    parser.add_argument(
        "--clock-trace",
        action="store_true",
        help="have the player record its clock readings and placements (player.clocktrace), "
        "for benchmarks/clock_replay.py",
    )
    parser.add_argument(
        "--rescore", metavar="DIR", help="print the tables again from a --keep DIR, without running"
    )
    parser.add_argument("--drive", choices=METHODS, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.drive:
        DRIVERS[options.drive](options.rest, Path(options.out))
        return 0
    missing = tools_missing()
    if missing:
        print(f"needs PulseAudio: {', '.join(missing)} not installed", file=sys.stderr)
        return 1
    args = common_args(options.minutes, options.cue_mode)
    methods = options.methods.split(",")
    if options.rescore:
        rows, local_rows = rescore(Path(options.rescore), methods)
        print(table(rows, ["(kept run)"]))
        print()
        print(table(local_rows, [], local=True))
        return 0
    if options.cue_mode != "tones" and "qsoundeffect" in methods:
        methods.remove("qsoundeffect")
        print("(QSoundEffect is left out: it only plays the tones)", flush=True)
    timeline = compile_plan(build_plan(args))
    print(f"{len(timeline.cues)} cues over {timeline.total_s / 60:.1f} min per method", flush=True)
    rows = []
    local_rows = []
    folder = Path(options.keep or tempfile.mkdtemp(prefix="cue-timing-"))
    folder.mkdir(parents=True, exist_ok=True)
    where = f"{options.server} null sink{', loaded' if options.load else ', quiet'}"
    print(where, flush=True)
    with sound_server(options.server) as server, machine_load(options.load):
        for method in methods:
            print(f"running {method}…", flush=True)
            figures, local_figures = run_method(method, args, server, folder, options.clock_trace)
            rows.append(figures)
            local_rows.append(local_figures)
            print(f"  {rows[-1]}", flush=True)
    print()
    print(table(rows, args, where=where))
    print()
    print(table(local_rows, args, local=True))
    print(f"\n(logs and onsets: {folder})")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    sys.exit(main())
