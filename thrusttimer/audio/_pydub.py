"""pydub, imported once without its warning about ffmpeg: ThrustTimer only reads and writes
WAV, which pydub handles itself."""

import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "Couldn't find ffmpeg or avconv", RuntimeWarning)
    from pydub import AudioSegment
    from pydub.generators import Sine
    from pydub.silence import detect_leading_silence

__all__ = ["AudioSegment", "Sine", "detect_leading_silence"]
