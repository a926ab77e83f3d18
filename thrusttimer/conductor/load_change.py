"""A change of plates during the workout (the lifter corrected a set's load): shown at once,
and said ("Next set: one twenty. Add a five each side.") if its words are made in time.

Every other cue is made before the start; these words are known only now. They are made at
once, and once made the cue is placed `LEAD_MS` after that moment, in the wording that fits
before the next cue. Made too late for the rest it belongs to, or fitting nowhere, it is
dropped and logged (``cue_dropped``), never queued: the rest screen shows the plates anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from thrusttimer.conductor.sound import Sound
from thrusttimer.core.cues import fit_cues, load_change_words
from thrusttimer.core.model import Cue, CueKind, Phase
from thrusttimer.core.plan import CueMode
from thrusttimer.core.session import Session
from thrusttimer.core.set_specs import spec_of
from thrusttimer.eventlog import EventLog

if TYPE_CHECKING:
    # Loaded with the load prompt, not before the first frame.
    from thrusttimer.core.loading.today import Loads


log = logging.getLogger(__name__)

LEAD_MS: Final = 500
"""How long after its words are made the cue is heard: placed ahead, like every cue."""
CUE_ID: Final = "rest.load-changed"


class LoadChangeVoice:
    """Says a change of plates made during a rest, when it can."""

    def __init__(self, event_log: EventLog | None = None) -> None:
        self.event_log = event_log
        self._words: tuple[str, ...] = ()
        self._rest: int | None = None
        """The rest (segment index) the words belong to."""
        self.dropped: list[tuple[str, str]] = []
        """(words, why) of each change that could not be said."""

    @property
    def making(self) -> bool:
        return bool(self._words)

    def change(
        self, session: Session, sound: Sound | None, loads: Loads | None, block: int = 0
    ) -> None:
        """The sets of `block` still to come take `loads`; in a rest whose next set's
        plates change, start making the words that say so."""
        done = spec_of(session.plan, session.current_segment.set)
        before = spec_of(session.plan, done.number + 1).loading
        session.amend_loads(loads, block=block)
        segment = session.current_segment
        coming = spec_of(session.plan, segment.set + 1)
        self._words, self._rest = (), None
        in_rest = session.active and segment.phase is Phase.REST
        if not in_rest or coming.loading is None or before is None or coming.block != block:
            return
        if session.plan.cues.mode is not CueMode.FULL:
            return
        # The set just done, at the plates it had: the change is from those.
        words = load_change_words(replace(done, loading=before), coming)
        if not words:
            return
        if sound is None or sound.bank is None:
            self._drop(words, "no voice to say it")  # i18n: not shown
            return
        self._words, self._rest = words, session.current_index
        sound.make_phrases(words)

    def poll(self, session: Session, sound: Sound | None) -> None:
        """Once the words are made, place the cue (or drop it and say why)."""
        if not self._words or sound is None or not sound.extra_made():
            return
        words, rest = self._words, self._rest
        self._words, self._rest = (), None
        if not session.active or session.current_index != rest:
            self._drop(words, "made after its rest was over")  # i18n: not shown
            return
        at = round(session.position_ms()) + LEAD_MS
        cue = Cue(at, CUE_ID, words[0], CueKind.PHASE, words)
        following = session.timeline.cues[session.timeline.first_cue_after(at) :][:1]
        measure = sound.bank.duration_s if sound.bank is not None else (lambda _text: None)
        fitted = [c for c in fit_cues([cue, *following], measure) if c.id == CUE_ID]
        if not fitted or fitted[0].is_tone or fitted[0].at_ms >= session.current_segment.end_ms:
            self._drop(words, "no room before the next cue")  # i18n: not shown
            return
        session.amend_loads(session.plan.loads, fitted[0])  # the cue: no load changes

    def _drop(self, words: Sequence[str], why: str) -> None:
        self.dropped.append((words[0], why))
        log.info("load change not said (%s): %s", why, words[0])
        if self.event_log is not None:
            self.event_log.write("cue_dropped", id=CUE_ID, text=words[0], reason=why)
