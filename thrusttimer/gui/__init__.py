"""The Qt window: a thin adapter that drives the core session and shows its events."""
