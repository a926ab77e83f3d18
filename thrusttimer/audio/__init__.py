"""Speech rendering and sample-accurate playback of the session's cues."""
