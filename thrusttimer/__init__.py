"""ThrustTimer: a spoken, on-tempo coach for the barbell hip thrust."""

__version__ = "0.1.0"
