"""The background work's budget and gate: a duty cycle of CPU seconds, idle, power and visibility."""

from __future__ import annotations

from reader.core.render.cpu_budget import BackgroundGate, CpuBudget


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_budget_allows_a_burst_then_makes_work_wait_for_its_cpu_time() -> None:
    clock = Clock()
    budget = CpuBudget(per_minute=3.0, burst=2.0, clock=clock)
    assert budget.wait_seconds() == 0
    budget.spend(1.5)
    assert budget.wait_seconds() == 0, "within the burst"
    budget.spend(1.5)  # 1 s over: at 3 s per minute that takes 20 s to earn back
    assert abs(budget.wait_seconds() - 20.0) < 1e-6
    clock.now += 10
    assert abs(budget.wait_seconds() - 10.0) < 1e-6
    clock.now += 10
    assert budget.wait_seconds() == 0


def test_over_a_long_run_the_work_gets_no_more_than_its_share() -> None:
    clock = Clock()
    budget = CpuBudget(per_minute=3.0, burst=2.0, clock=clock)
    start = clock.now
    while clock.now - start < 600:  # ten minutes of work that takes 0.7 s of CPU each time
        wait = budget.wait_seconds()
        if wait > 0:
            clock.now += wait
            continue
        budget.spend(0.7)
        clock.now += 0.7
    minutes = (clock.now - start) / 60
    assert budget.spent <= 3.0 * minutes + 2.0 + 0.7
    assert budget.spent >= 3.0 * minutes - 1.0, "and it does get its share"


def test_the_gate_waits_for_idle_then_lets_work_run() -> None:
    clock = Clock()
    gate = BackgroundGate(budget=None, idle_seconds=5, clock=clock)
    assert gate.reason_to_wait() == "busy", "right after start the person may be about to do something"
    clock.now += 3
    assert abs(gate.wait_seconds() - 2.0) < 1e-6
    clock.now += 2
    assert gate.wait_seconds() == 0
    gate.input_seen()
    assert gate.reason_to_wait() == "busy"


def test_the_gate_stops_work_while_hidden_or_on_battery() -> None:
    clock = Clock()
    battery = [False]
    gate = BackgroundGate(budget=None, idle_seconds=0, on_battery=lambda: battery[0], clock=clock,
                          power_check_seconds=60)  # fmt: skip
    assert gate.reason_to_wait() == ""
    gate.set_visible(False)
    assert gate.reason_to_wait() == "hidden"
    gate.set_visible(True)
    battery[0] = True
    assert gate.reason_to_wait() == "", "the power supply is read again only after a minute"
    clock.now += 60
    assert gate.reason_to_wait() == "battery"
    battery[0] = False
    clock.now += 60
    assert gate.reason_to_wait() == ""


def test_the_gate_keeps_work_to_the_budget() -> None:
    clock = Clock()
    gate = BackgroundGate(
        budget=CpuBudget(per_minute=6.0, burst=0.0, clock=clock), idle_seconds=0, clock=clock
    )
    gate.spend(1.0)
    assert gate.reason_to_wait() == "budget"
    assert abs(gate.wait_seconds() - 10.0) < 1e-6
    assert BackgroundGate.unlimited().wait_seconds() == 0
