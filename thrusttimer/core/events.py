"""A minimal publish/subscribe channel, so the core can announce without knowing who listens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

E = TypeVar("E")


class Channel(Generic[E]):
    """Subscribers are called in order, synchronously, on the thread that emits."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[E], None]] = []

    def connect(self, subscriber: Callable[[E], None]) -> Callable[[], None]:
        """Subscribe; returns a function that unsubscribes."""
        self._subscribers.append(subscriber)
        return lambda: self.disconnect(subscriber)

    def disconnect(self, subscriber: Callable[[E], None]) -> None:
        if subscriber in self._subscribers:
            self._subscribers.remove(subscriber)

    def emit(self, event: E) -> None:
        for subscriber in list(self._subscribers):
            subscriber(event)
