"""Stop pure-Python work that runs too long, so one hostile file cannot stall a thread for hours."""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class TimeLimitExceeded(BaseException):  # noqa: N818 - reads better than ...Error at the call site
    """The work took longer than its limit (a BaseException, so library code cannot swallow it)."""


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


class _Alarm:
    """Raises TimeLimitExceeded in the calling thread after a delay, unless disarmed first."""

    def __init__(self, seconds: float) -> None:
        self._thread_id = threading.get_ident()
        self._lock = threading.Lock()
        self._armed = True
        self.fired = False
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def start(self) -> None:
        self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if self._armed:
                self.fired = True
                _set_async_exc(self._thread_id, TimeLimitExceeded)

    def disarm(self) -> None:
        """Stop the alarm and drop an exception that was set but not yet raised."""
        with self._lock:
            self._armed = False
            if self.fired:
                _set_async_exc(self._thread_id, None)
        self._timer.cancel()


def call_with_time_limit(func: Callable[[], T], seconds: float) -> T:
    """Return func(), or raise TimeLimitExceeded once it has run for `seconds`.

    The limit interrupts Python code only (between bytecodes), which is where python-markdown and
    PyYAML spend their time on hostile input; a single long C call finishes before it is stopped.
    """
    alarm = _Alarm(seconds)
    result: T | None = None
    try:
        alarm.start()
        result = func()
    except TimeLimitExceeded:
        pass
    finally:
        try:
            alarm.disarm()
        except TimeLimitExceeded:  # raised between the alarm firing and disarm() taking the lock
            pass
    if alarm.fired:
        raise TimeLimitExceeded(f"stopped after {seconds:g} seconds")
    return result  # type: ignore[return-value]
