"""The latency calibration room: the screen (`dialog`) over its Qt-free measuring (`measuring`)."""
