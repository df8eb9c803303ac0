"""When background work may run: a CPU budget (a duty cycle) and the conditions a person would expect.

Background work (preparing converted pages) must not turn a kiosk or an old laptop into a fan heater.
It runs only while the app is idle (no input for a few seconds), the computer is plugged in and the
window is on screen, and then only within a budget of CPU seconds per minute, counted from the CPU time
the work itself reports (the conversion process measures its own). Plain Python: the window side tells
it about input and visibility, a worker thread asks it how long to wait.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

#: Seconds without a key press, click or scroll before the app counts as idle.
IDLE_SECONDS = 5.0
#: CPU seconds background work may use per minute of wall time (about 3 % of one core).
CPU_SECONDS_PER_MINUTE = 2.0
#: CPU seconds it may use at once before it has to wait (the bucket's size).
BURST_SECONDS = 1.0
#: How often the power supply is read again.
POWER_CHECK_SECONDS = 60.0


class CpuBudget:
    """A token bucket of CPU seconds: refills at rate per second of wall time, holds at most burst."""

    def __init__(
        self,
        per_minute: float = CPU_SECONDS_PER_MINUTE,
        burst: float = BURST_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = per_minute / 60.0
        self.burst = burst
        self._clock = clock
        self._tokens = burst
        self._at = clock()
        self._lock = threading.Lock()
        self.spent = 0.0

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now

    def spend(self, cpu_seconds: float) -> None:
        """Count CPU seconds the work used (the bucket may go below zero: then the wait is longer)."""
        with self._lock:
            self._refill()
            self._tokens -= max(0.0, cpu_seconds)
            self.spent += max(0.0, cpu_seconds)

    def wait_seconds(self) -> float:
        """Seconds until the budget allows more work (0 when it does now)."""
        with self._lock:
            self._refill()
            if self._tokens >= -1e-9:  # (rounding after an exact wait)
                return 0.0
            return -self._tokens / self.rate if self.rate > 0 else float("inf")


@dataclass
class GateState:
    """What the window reports: when the person last did something, and whether the window is seen."""

    last_input: float
    visible: bool = True


class BackgroundGate:
    """Says how long background work should wait: for idle, mains power, a visible window and budget.

    budget None means no CPU limit (benchmarks and tests); idle_seconds 0 means do not wait for idle.
    """

    def __init__(
        self,
        budget: CpuBudget | None = None,
        idle_seconds: float = IDLE_SECONDS,
        on_battery: Callable[[], bool] = lambda: False,
        clock: Callable[[], float] = time.monotonic,
        power_check_seconds: float = POWER_CHECK_SECONDS,
    ) -> None:
        self.budget = budget
        self.idle_seconds = idle_seconds
        self._on_battery = on_battery
        self._clock = clock
        self._power_every = power_check_seconds
        self._power_at = float("-inf")
        self._battery = False
        self.state = GateState(last_input=clock())

    @classmethod
    def unlimited(cls) -> BackgroundGate:
        """A gate that never waits (for benchmarks and tests of the work itself)."""
        return cls(budget=None, idle_seconds=0.0)

    def input_seen(self) -> None:
        """The person pressed a key, clicked or scrolled (called from the window)."""
        self.state.last_input = self._clock()

    def set_visible(self, visible: bool) -> None:
        """The window was shown, or hidden or minimised."""
        self.state.visible = visible

    def on_battery(self) -> bool:
        """The power supply's state, read at most every power_check_seconds."""
        now = self._clock()
        if now - self._power_at >= self._power_every:
            self._power_at = now
            self._battery = self._on_battery()
        return self._battery

    def reason_to_wait(self) -> str:
        """Why work should not run now ("" when it may): "hidden", "battery", "busy" or "budget"."""
        if not self.state.visible:
            return "hidden"
        if self.on_battery():
            return "battery"
        if self.idle_seconds > 0 and self._clock() - self.state.last_input < self.idle_seconds:
            return "busy"
        if self.budget is not None and self.budget.wait_seconds() > 0:
            return "budget"
        return ""

    def wait_seconds(self) -> float:
        """Seconds to wait before trying again (0 when work may run now)."""
        reason = self.reason_to_wait()
        if not reason:
            return 0.0
        if reason == "busy":
            return max(0.05, self.idle_seconds - (self._clock() - self.state.last_input))
        if reason == "budget" and self.budget is not None:
            return self.budget.wait_seconds()
        return 1.0  # hidden or on battery: look again soon

    def spend(self, cpu_seconds: float) -> None:
        """Count CPU seconds the work used against the budget."""
        if self.budget is not None:
            self.budget.spend(cpu_seconds)
