"""Convert a format-1 voice pack (WAV clips) in place to format 2 (Ogg Opus clips).

    /work/venv/bin/python scripts/convert_voice_pack.py [assets/voice/en]

Reads the old index.json and its 16-bit mono WAVs, resamples each clip to 24 kHz, encodes it
with `voicepack.encode_clip`, checks that it decodes back to the same length, then writes
the new index (format 2: codec, exact length in samples) and deletes the WAVs. The pack's
version changes (its sound does), so the app's cached clips of the old one are not reused.
`scripts/make_voice_pack.py` writes format 2 itself; this is for packs made before it did.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from thrusttimer.audio.voicepack import (  # noqa: E402
    CLIP_SUFFIX,
    CODEC,
    INDEX_NAME,
    PACK_FORMAT,
    PACK_RATE_HZ,
    VoicePack,
    decode_clip,
    encode_clip,
    resample,
)


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path)) as handle:
        if (handle.getnchannels(), handle.getsampwidth()) != (1, 2):
            raise SystemExit(f"{path}: not a mono 16-bit WAV")
        data = np.frombuffer(handle.readframes(handle.getnframes()), dtype="<i2")
        return data.astype(np.int16), handle.getframerate()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pack", type=Path, nargs="?", default=ROOT / "assets" / "voice" / "en")
    args = parser.parse_args()
    pack: Path = args.pack
    old = json.loads((pack / INDEX_NAME).read_text(encoding="utf-8"))
    if old.get("format") != 1:
        raise SystemExit(f"{pack}: format {old.get('format')!r}, this converts format 1")
    started = time.perf_counter()
    digest = hashlib.sha256()
    phrases: dict[str, dict[str, object]] = {}
    worst_ms = 0.0
    for number, (text, entry) in enumerate(old["phrases"].items(), 1):
        wav = pack / str(entry["file"])
        spoken, rate = read_wav(wav)
        samples = resample(spoken, rate, PACK_RATE_HZ)
        data = encode_clip(samples)
        if len(decode_clip(data)) != len(samples):
            raise SystemExit(f"{text!r}: the encoded clip does not decode to its length")
        worst_ms = max(worst_ms, abs(len(samples) / PACK_RATE_HZ - len(spoken) / rate) * 1000)
        name = wav.with_suffix(CLIP_SUFFIX).name
        (pack / name).write_bytes(data)
        digest.update(text.encode() + b"\0" + data)
        phrases[text] = {"file": name, "samples": len(samples)}
        print(f"\r{number}/{len(old['phrases'])} {text[:50]:<50}", end="", file=sys.stderr)
    print(file=sys.stderr)
    index = {
        "format": PACK_FORMAT,
        "codec": CODEC,
        "language": old.get("language", pack.name),
        "version": digest.hexdigest()[:16],
        "engine": old["engine"],
        "voice": old["voice"],
        "rate": old["rate"],
        "sample_rate": PACK_RATE_HZ,
        "phrases": phrases,
    }
    VoicePack.from_index(pack, index)  # the reader takes it
    (pack / INDEX_NAME).write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n")
    for entry in old["phrases"].values():
        (pack / str(entry["file"])).unlink()
    size = sum(p.stat().st_size for p in pack.iterdir())
    print(
        f"{len(phrases)} phrases, {size / 1e6:.2f} MB, lengths kept within {worst_ms:.3f} ms, "
        f"{time.perf_counter() - started:.1f} s -> {pack}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
