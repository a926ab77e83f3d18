"""The bundled voice packs: pre-rendered cues for when no engine can speak.

``assets/voice/<language>/index.json`` (format 2) maps each phrase to an Ogg Opus clip
(24 kHz mono, already trimmed and levelled by `processing.clean`) and its exact length in
samples. Opus in Ogg keeps a pack about a sixth the size of 16-bit WAV; it is decoded with
`soundfile`, whose wheels bundle a libsndfile that reads it on Linux, Windows and macOS, and
its decoded length equals the encoded one to the sample (libsndfile applies Opus's pre-skip
and end trim), which the pack's own tests check for every clip against the index.
The packs are made by ``scripts/make_voice_pack.py``; format 1 (WAV clips) is no longer
read.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import numpy.typing as npt

from thrusttimer.core.i18n import translate
from thrusttimer.core.language import ENGLISH, LANGUAGES
from thrusttimer.paths import assets_dir

if TYPE_CHECKING:
    from pydub import AudioSegment

PACK_FORMAT: Final = 2
INDEX_NAME: Final = "index.json"
CODEC: Final = "opus"
"""Ogg Opus, one file per phrase, named ``*.opus``."""
CLIP_SUFFIX: Final = ".opus"
PACK_RATE_HZ: Final = 24_000
"""A rate Opus codes natively (it takes 8, 12, 16, 24 or 48 kHz); half the output's 48 kHz."""
OPUS_COMPRESSION_LEVEL: Final = 0.8
"""libsndfile's Opus bitrate knob (0 = largest): 0.8 is about 62 kbit/s on this speech, which
keeps the waveform (about 20 dB SNR) where lower ones switch Opus to its speech coder."""
DEFAULT_LANGUAGE: Final = ENGLISH
"""The pack every language falls back to; each shipped language (`LANGUAGES`) has its own in
``assets/voice/<language>/``."""

Samples = npt.NDArray[np.int16]


class PackError(ValueError):
    """A pack index that cannot be used, with what is wrong with it."""


def default_pack_dir(language: str = DEFAULT_LANGUAGE) -> Path:
    """The bundled pack of `language`, or the English one when that language has none."""
    voice = assets_dir() / "voice"
    if language in LANGUAGES and (voice / language / INDEX_NAME).is_file():
        return voice / language
    return voice / DEFAULT_LANGUAGE


@dataclass(frozen=True, slots=True)
class PackEntry:
    file: str
    samples: int
    """The clip's exact length, at the pack's sample rate."""
    duration_s: float


@dataclass(frozen=True, slots=True)
class VoicePack:
    """A loaded pack index; the clips are decoded only when one is prepared."""

    root: Path
    version: str
    """Changes whenever the pack's sound changes; part of the cache key of its clips."""
    voice: str
    sample_rate: int
    entries: dict[str, PackEntry]

    def __contains__(self, text: object) -> bool:
        return text in self.entries

    def clip_path(self, text: str) -> Path | None:
        entry = self.entries.get(text)
        return self.root / entry.file if entry else None

    @property
    def engine(self) -> str:
        """The cache key's engine part for clips made from this pack."""
        return f"voicepack-{self.version}"

    @classmethod
    def load(cls, root: Path | None = None, language: str = DEFAULT_LANGUAGE) -> VoicePack | None:
        """The pack in `root` (default: the bundled one of `language`), or None if it is
        missing or broken."""
        root = root if root is not None else default_pack_dir(language)
        try:
            return cls.read(root)
        except (OSError, PackError):
            return None

    @classmethod
    def read(cls, root: Path) -> VoicePack:
        """The pack in `root`; OSError if its index cannot be read, PackError if it is bad."""
        return cls.from_text(root, (root / INDEX_NAME).read_bytes())

    @classmethod
    def from_text(cls, root: Path, text: bytes | str) -> VoicePack:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
            # i18n: not shown
            raise PackError(f"the index is not JSON ({type(error).__name__})") from None
        return cls.from_index(root, data)

    @classmethod
    def from_index(cls, root: Path, data: object) -> VoicePack:
        """The pack that the parsed `data` describes; PackError if it is not a good index."""
        if not isinstance(data, dict):
            raise PackError("the index is not a JSON object")  # i18n: not shown
        if data.get("format") != PACK_FORMAT:
            # i18n: not shown
            raise PackError(f"voice pack format {data.get('format')!r}, expected {PACK_FORMAT}")
        if data.get("codec") != CODEC:
            # i18n: not shown
            raise PackError(f"voice pack codec {data.get('codec')!r}, expected {CODEC!r}")
        rate = data.get("sample_rate")
        if not isinstance(rate, int) or isinstance(rate, bool) or rate != PACK_RATE_HZ:
            # i18n: not shown
            raise PackError(f"voice pack sample rate {rate!r}, expected {PACK_RATE_HZ}")
        version, voice, phrases = data.get("version"), data.get("voice"), data.get("phrases")
        if not isinstance(version, str) or not version or not isinstance(voice, str):
            raise PackError("the index has no version or voice")  # i18n: not shown
        if not isinstance(phrases, dict) or not phrases:
            raise PackError("the index has no phrases")  # i18n: not shown
        entries = {text: _entry(text, item) for text, item in phrases.items()}
        return cls(root, version, voice, PACK_RATE_HZ, entries)


def _entry(text: str, item: Any) -> PackEntry:
    if not isinstance(item, dict):
        raise PackError(f"phrase {text!r}: not an object")  # i18n: not shown
    file, samples = item.get("file"), item.get("samples")
    if (
        not isinstance(file, str)
        or not file.endswith(CLIP_SUFFIX)
        or Path(file).name != file
        or "\\" in file
        or file.startswith(".")
    ):
        raise PackError(f"phrase {text!r}: file {file!r} is not a clip's name")  # i18n: not shown
    if not isinstance(samples, int) or isinstance(samples, bool) or not 0 < samples < 2**31:
        # i18n: not shown
        raise PackError(f"phrase {text!r}: length {samples!r} is not a sample count")
    return PackEntry(file, samples, samples / PACK_RATE_HZ)


# Clips ---------------------------------------------------------------------------------------


def decode_clip(source: Path | bytes, samples: int | None = None) -> Samples:
    """An Ogg Opus clip as int16 mono samples at PACK_RATE_HZ.

    With `samples` (the index's length) the result has exactly that many: cut or padded
    with silence, should a decoder ever differ by a sample from the one that made the pack.
    """
    import soundfile

    data = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        decoded, rate = soundfile.read(data, dtype="int16", always_2d=True)
    except (soundfile.LibsndfileError, RuntimeError, TypeError) as error:
        raise PackError(
            translate("VoicePack", "a voice pack clip could not be decoded: {error}").format(
                error=error
            )
        ) from None
    if rate != PACK_RATE_HZ:
        raise PackError(
            translate("VoicePack", "a voice pack clip is at {rate} Hz, expected {expected}").format(
                rate=rate, expected=PACK_RATE_HZ
            )
        )
    mono: Samples = np.ascontiguousarray(decoded[:, 0])
    if samples is not None and len(mono) != samples:
        mono = np.pad(mono[:samples], (0, max(0, samples - len(mono))))
    return mono


def load_clip(path: Path) -> AudioSegment:
    """A pack clip as the AudioSegment `processing.to_clip` takes (like `processing.load_wav`)."""
    from pydub import AudioSegment

    return AudioSegment(
        data=decode_clip(path).tobytes(), sample_width=2, frame_rate=PACK_RATE_HZ, channels=1
    )


def encode_clip(samples: Samples) -> bytes:
    """int16 mono samples at PACK_RATE_HZ as an Ogg Opus clip (for the scripts that make packs)."""
    import soundfile

    out = io.BytesIO()
    soundfile.write(
        out,
        np.asarray(samples, dtype=np.int16),
        PACK_RATE_HZ,
        format="OGG",
        subtype="OPUS",
        compression_level=OPUS_COMPRESSION_LEVEL,
    )
    return out.getvalue()


def resample(samples: Samples, rate: int, to_rate: int = PACK_RATE_HZ) -> Samples:
    """int16 `samples` from `rate` to `to_rate`, band-limited (a Hann-windowed sinc, 32 taps
    a side) so that going up or down adds no images or aliases; the length scales to the
    nearest sample. For the scripts: espeak-ng speaks at 22.05 kHz, Opus wants 24 kHz."""
    if rate == to_rate or len(samples) == 0:
        return np.asarray(samples, dtype=np.int16)
    half = 32
    count = round(len(samples) * to_rate / rate)
    cutoff = min(1.0, to_rate / rate)
    source = np.asarray(samples, dtype=np.float64)
    out = np.zeros(count)
    times = np.arange(count) * (rate / to_rate)
    base = np.floor(times).astype(np.int64)
    for tap in range(-half + 1, half + 1):
        index = base + tap
        inside = (index >= 0) & (index < len(source))
        offset = times - index
        weight = cutoff * np.sinc(cutoff * offset) * (0.5 + 0.5 * np.cos(math.pi * offset / half))
        out += np.where(inside, source[np.clip(index, 0, len(source) - 1)] * weight, 0.0)
    resampled: Samples = np.round(out).clip(-32768, 32767).astype(np.int16)
    return resampled
