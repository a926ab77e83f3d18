"""Settings and the training log."""
