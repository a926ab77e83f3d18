"""Upstream workarounds, one module each, each behind a version guard."""
