"""The gym screen's widgets. Each one binds to a core `Session`, listens to its events and
reads its position on each frame; none of them drives the session."""
