"""One owner of a running workout: the session, its sound, its record and its log, on one tick."""
