"""pydub, imported once without its import-time warnings: ThrustTimer only reads and writes
WAV, which pydub handles itself (no ffmpeg), and audioop is still in Python 3.11–3.12 (the
audioop-lts dependency provides it from 3.13)."""

import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "Couldn't find ffmpeg or avconv", RuntimeWarning)
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    from pydub import AudioSegment
    from pydub.silence import detect_leading_silence

__all__ = ["AudioSegment", "detect_leading_silence"]
