"""pydub, imported once without its import-time warnings: ThrustTimer only reads and writes
WAV, which pydub handles itself (no ffmpeg), and audioop is still in Python 3.11–3.12 (the
audioop-lts dependency provides it from 3.13)."""

import warnings

with warnings.catch_warnings():
    # pydub's own warnings, matched by their words.
    no_ffmpeg = "Couldn't find ffmpeg or avconv"  # i18n: not shown
    warnings.filterwarnings("ignore", no_ffmpeg, RuntimeWarning)
    deprecated = "'audioop' is deprecated"  # i18n: not shown
    warnings.filterwarnings("ignore", deprecated, DeprecationWarning)
    from pydub import AudioSegment
    from pydub.silence import detect_leading_silence

__all__ = ["AudioSegment", "detect_leading_silence"]
