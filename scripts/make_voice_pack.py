"""Regenerate a bundled voice pack in assets/voice/<language> from espeak-ng through pyttsx3.

    /work/venv/bin/python scripts/make_voice_pack.py [--language en] [--out DIR] [--voice gmw/en]

Each phrase of `thrusttimer.audio.phrases.pack_phrases()` is rendered with its own
`save_to_file` + `runAndWait` (`render.worker.render_phrase`, which renders again what comes
out empty or cut off), trimmed and levelled by `processing.clean`, resampled from espeak-ng's
22.05 kHz to 24 kHz and written as a mono Ogg Opus clip (`voicepack.encode_clip`), with
`index.json` (format 2) mapping text -> file and exact length in samples.
Commit the result together with any change to this script or to the phrases.
With --only-missing, the clips the pack already has are kept as they are, only phrases
new to it are rendered, and clips no phrase needs any more are removed.
--language picks the phrases' language (the exercise files' translations and the .ts
catalogue's "Speech" texts), the folder and the espeak-ng voice.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from thrusttimer.audio import processing  # noqa: E402
from thrusttimer.audio.phrases import pack_phrases  # noqa: E402
from thrusttimer.audio.render.worker import render_phrase  # noqa: E402
from thrusttimer.audio.settings import DEFAULT_RATE  # noqa: E402
from thrusttimer.audio.voicepack import (  # noqa: E402
    CLIP_SUFFIX,
    CODEC,
    INDEX_NAME,
    LANGUAGES,
    PACK_FORMAT,
    PACK_RATE_HZ,
    encode_clip,
    resample,
)

VOICES = {"en": "gmw/en", "de": "gmw/de", "es": "roa/es", "fr": "roa/fr", "pt_BR": "roa/pt-br"}
"""The espeak-ng voice of each pack language."""


def slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:48] or "phrase"
    name = base
    while name in taken:
        name = f"{base}-{hashlib.sha256(text.encode()).hexdigest()[:6]}"
        base = name
    taken.add(name)
    return name


def kept_clips(
    out: Path, args: argparse.Namespace, needed: set[str]
) -> dict[str, dict[str, object]]:
    """The index entries of the pack in `out` that can stay: made with the same voice and
    rate, still needed, and with their file present."""
    try:
        index = json.loads((out / INDEX_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if (index.get("format"), index.get("voice"), index.get("rate")) != (
        PACK_FORMAT,
        args.voice,
        args.rate,
    ):
        return {}
    return {
        text: entry
        for text, entry in index.get("phrases", {}).items()
        if text in needed and (out / str(entry["file"])).is_file()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=LANGUAGES, default="en")
    parser.add_argument("--out", type=Path, help="default: assets/voice/<language>")
    parser.add_argument("--voice", help="espeak-ng voice id (default: the language's)")
    parser.add_argument("--rate", type=int, default=DEFAULT_RATE, help="words per minute")
    parser.add_argument(
        "--only-missing", action="store_true", help="keep existing clips, render new phrases"
    )
    args = parser.parse_args()
    args.out = args.out or ROOT / "assets" / "voice" / args.language
    args.voice = args.voice or VOICES[args.language]
    # The phrases in the pack's language: the exercises' words, and the coach's words made
    # in code from the .ts catalogue (the "Speech" context).
    from thrusttimer.commands.language import install

    install(args.language)

    import numpy as np
    import pyttsx3

    engine = pyttsx3.init("espeak")
    engine.setProperty("voice", args.voice)
    engine.setProperty("rate", args.rate)
    engine.setProperty("volume", 1.0)

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    texts = pack_phrases()
    kept = kept_clips(out, args, set(texts)) if args.only_missing else {}
    for old in [*out.glob(f"*{CLIP_SUFFIX}"), *out.glob("*.wav")]:
        if old.name not in {entry["file"] for entry in kept.values()}:
            old.unlink()
    phrases: dict[str, dict[str, object]] = {}
    digest = hashlib.sha256()
    taken: set[str] = {str(entry["file"])[: -len(CLIP_SUFFIX)] for entry in kept.values()}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        raw = Path(scratch) / "phrase.wav"
        for number, text in enumerate(texts, 1):
            if text in kept:
                phrases[text] = kept[text]
                digest.update(text.encode() + b"\0" + (out / str(kept[text]["file"])).read_bytes())
                continue
            segment = processing.clean(processing.load_wav(render_phrase(engine, text, raw)))
            segment = segment.set_channels(1).set_sample_width(2)
            spoken = np.frombuffer(segment.raw_data, dtype=np.int16)
            samples = resample(spoken, segment.frame_rate, PACK_RATE_HZ)
            name = f"{slug(text, taken)}{CLIP_SUFFIX}"
            data = encode_clip(samples)
            (out / name).write_bytes(data)
            digest.update(text.encode() + b"\0" + data)
            phrases[text] = {"file": name, "samples": len(samples)}
            print(f"\r{number}/{len(texts)} {text[:50]:<50}", end="", file=sys.stderr)
    print(file=sys.stderr)
    index = {
        "format": PACK_FORMAT,
        "codec": CODEC,
        "language": args.language,
        "version": digest.hexdigest()[:16],
        "engine": "espeak-ng via pyttsx3",
        "voice": args.voice,
        "rate": args.rate,
        "sample_rate": PACK_RATE_HZ,
        "phrases": phrases,
    }
    (out / INDEX_NAME).write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n")
    size = sum(p.stat().st_size for p in out.iterdir())
    print(
        f"{len(phrases)} phrases, {size / 1e6:.2f} MB, "
        f"{time.perf_counter() - started:.1f} s -> {out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
