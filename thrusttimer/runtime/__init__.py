"""Every workaround for a bug or cost in CPython or PySide6: one module each, behind a
version guard, with a test in tests/runtime that fails once upstream no longer needs it.

- `feature_scan`: PySide6 (6.x up to 6.11) reads the source of every module imported after
  it; read the file instead (saves ~7 ms of the window's start-up).
- `gc_pause`: no garbage collection until the first frame on CPython before 3.14 (its
  young collections find nothing then; ~5.3 ms).
- `thread_state`: the QAudioSink feed's thread keeps one Python thread state for its life
  instead of one per call from Qt (saves 0.2-0.5 % of a core on that output path).

Kept only while each saves at least 5 ms of start-up or 0.2 % of a core during a set; the
README's start-up section has the figures, and those of the workarounds removed.
"""
