"""The workout engine: tempo, plan, timeline and session, in pure Python (no Qt, no audio)."""
