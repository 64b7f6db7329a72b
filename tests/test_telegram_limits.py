"""The per-user flood gate: a budget per window, one notice, bounded memory."""

from __future__ import annotations

from bot.telegram.limits import FloodGate


def test_flood_gate_counts_per_user_and_forgets_old_windows() -> None:
    now = [0.0]
    gate = FloodGate(3, 60.0, capacity=10, clock=lambda: now[0])
    assert [gate.check(1) for _ in range(6)] == ["ok"] * 3 + ["notice", "drop", "drop"]
    assert gate.check(2) == "ok"
    now[0] = 60.0
    assert gate.check(1) == "ok"
    for user in range(100):
        gate.check(user)
    assert len(gate) == 10
