"""The Lighthouse check `make lighthouse` runs in CI (bench/lighthouse.py): medians per page,
and every measure below its floor named, performance alone with a tolerance."""

from __future__ import annotations

from bench.lighthouse import (
    PERFORMANCE_FLOOR,
    PERFORMANCE_TOLERANCE,
    Result,
    below_floors,
    summarise,
    table,
)

PERFECT = {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 100}


def run(perf=100, a11y=100, cls=0.0, failed=(), error=None) -> Result:
    scores = dict(PERFECT, performance=perf, accessibility=a11y)
    return Result("fr", "lesson", scores, cls, list(failed), error, [{"score": cls}])


def test_medians_over_runs():
    runs = [[run(perf=80, cls=0.3)], [run(perf=97, cls=0.01)], [run(perf=99, cls=0.02)]]
    (row,) = summarise(runs)
    assert row.scores["performance"] == 97
    assert row.cls == 0.02
    assert row.shifts == [{"score": 0.3}]  # what moved in the worst run
    assert below_floors([row], PERFORMANCE_FLOOR) == []
    assert "| lesson | fr | 97 / 100 / 100 / 100 | 0.020 |" in table([row], 3)


def test_every_measure_below_its_floor_is_named():
    (row,) = summarise([[run(perf=89, a11y=96, cls=0.06, failed=["color-contrast [p.x]"])]])
    problems = below_floors([row], PERFORMANCE_FLOOR - PERFORMANCE_TOLERANCE)
    assert problems == [
        "fr lesson: accessibility 96, must be 100 (color-contrast [p.x])",
        "fr lesson: performance 89, floor 90",
        "fr lesson: layout shift 0.06, ceiling 0.05 (moved: [{'score': 0.06}])",
    ]


def test_tolerance_is_for_performance_only():
    (row,) = summarise([[run(perf=92, a11y=99)]])
    problems = below_floors([row], PERFORMANCE_FLOOR - PERFORMANCE_TOLERANCE)
    assert problems == ["fr lesson: accessibility 99, must be 100"]
    assert "performance 92" in " ".join(below_floors([row], PERFORMANCE_FLOOR))


def test_a_failed_run_fails():
    failed = Result("ar", "404", None, None, [], "NO_FCP")
    (row,) = summarise([[failed]])
    problems = below_floors([row], PERFORMANCE_FLOOR)
    assert problems[0] == "ar 404: Lighthouse error NO_FCP"
    assert len(problems) == 6  # the error, three categories, performance, layout shift
