"""Property tests (hypothesis) of deepseek_shock.timeline, over the whole valid input range.

Widgets driven through their whole range are in tests/test_widget_limits.py.
"""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deepseek_shock import timeline
from deepseek_shock.data import EVENT_CATEGORIES

dates = st.dates(min_value=pd.Timestamp("2015-01-01").date(), max_value=pd.Timestamp("2026-12-31").date())
category_sets = st.lists(st.sampled_from(EVENT_CATEGORIES), unique=True)


@given(categories=category_sets, a=dates, b=dates)
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_select_is_a_filter(events, categories, a, b):
    start, end = min(a, b), max(a, b)
    chosen = timeline.select(events, categories, start, end)
    assert set(chosen.index) <= set(events.index)
    assert chosen["category"].isin(categories).all()
    assert chosen["date"].between(pd.Timestamp(start), pd.Timestamp(end)).all()
    outside = events.drop(chosen.index)
    assert not (
        outside["category"].isin(categories) & outside["date"].between(pd.Timestamp(start), pd.Timestamp(end))
    ).any()


@given(a=dates, b=dates)
def test_days_between_is_antisymmetric_and_additive(a, b):
    assert timeline.days_between(a, b) == -timeline.days_between(b, a)
    assert timeline.days_between(a, b) == (b - a).days


@given(gap=st.integers(-400, 400), lo=st.integers(0, 30), width=st.integers(0, 30), slack=st.integers(0, 5))
def test_timing_verdict_is_always_on_the_scale(gap, lo, width, slack):
    verdict = timeline.timing_verdict(gap, lo, lo + width, slack)
    assert verdict in ("accurate", "approximately right", "wrong")
    assert (verdict == "accurate") == (lo <= gap <= lo + width)
