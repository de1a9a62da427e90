"""Every live widget of the course driven to its limits.

Each control is set to its minimum, its maximum and random values, in random order (hypothesis), and
also one at a time to each end. After every change: no exception escapes, no NaN or infinity is shown
in any HTML/Label/Output of the widget, the figure's plotted data are finite, and what is displayed
is what the library computes for the controls' current values (one "reflects" check per widget).
"""

from __future__ import annotations

import math
import re

import ipywidgets as W
import matplotlib.patches as mpatches
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import dataset
from deepseek_shock import claims, costs, distill, export_controls, i18n, market, timeline, widgets

#: Which figure each output (an HTML widget) was last given by show_figure, by id of the output.
_SHOWN: dict[int, str] = {}


@pytest.fixture(autouse=True, scope="module")
def _record_displayed_figures():
    """Make show_figure record which figure it shows, so that a test can tell a figure on display from
    none (and a widget that forgets to clear a stale one) and from another figure."""
    real = widgets.show_figure

    def show_and_record(output, figure, alt, render=None):
        real(output, figure, alt, render)
        _SHOWN[id(output)] = f"<Figure {id(figure)}>"

    with pytest.MonkeyPatch.context() as mp:
        for module in (widgets, claims, costs, distill, export_controls, market, timeline):
            if hasattr(module, "show_figure"):  # imported by name at the top of a chapter module
                mp.setattr(module, "show_figure", show_and_record)
        yield


def displayed(output) -> list[str]:
    """The figure ``output`` shows (as an <img>), or none."""
    return [_SHOWN[id(output)]] if output.value.startswith("<img") else []


# --- data, loaded once (conftest.dataset), and the small experiment, built once ----------------------

_data = dataset
_EXPERIMENT: dict = {}


#: The small, cheap inputs tests/test_distill.py already uses (the real experiment is slow).
LOGITS = np.array([4.0, 1.0, 0.0, -1.0, 0.5, 0.0, 0.0, 2.0, 0.0, 0.0])
#: A very confident teacher: at the slider's lowest temperature exp() would overflow without care.
CONFIDENT = np.array([400.0, -300.0, 0.0, 1.0, -1.0, 250.0, 0.0, 0.0, -400.0, 3.0])
GRID = pd.DataFrame(
    {
        "temperature": [1.0, 1.0, 4.0, 4.0] * 2,
        "alpha": [0.0, 1.0] * 4,
        "seed": [0] * 4 + [1] * 4,
        "accuracy": [0.8, 0.82, 0.8, 0.9, 0.84, 0.86, 0.84, 0.94],
    }
)
#: One seed (the spread is undefined) and no alpha = 0 column (no hard-label baseline).
GRID_ONE_SEED = pd.DataFrame(
    {
        "temperature": [0.5, 0.5, 20.0, 20.0],
        "alpha": [0.5, 1.0] * 2,
        "seed": [0] * 4,
        "accuracy": [0.7, 0.75, 0.9, 1.0],
    }
)


def _small_experiment():
    """The digits and a teacher with seeded random weights (training the real one takes ~10 s): enough to
    build the widgets the way chapter 5 does, with an image and a grid from accuracy_grid."""
    if "experiment" not in _EXPERIMENT:
        split = distill.load_digits_split(seed=0)
        rng = np.random.default_rng(0)
        teacher = distill.Teacher(
            (rng.normal(0, 1, (split.n_features, 16)), rng.normal(0, 1, (16, 10))),
            (np.zeros(16), np.zeros(10)),
        )
        grid = distill.accuracy_grid(split, teacher, temperatures=(1.0, 4.0), alphas=(0.0, 1.0), seeds=[0, 1])
        _EXPERIMENT["experiment"] = split, teacher, grid
    return _EXPERIMENT["experiment"]


def _temperature_with_image():
    split, teacher, _ = _small_experiment()
    return distill.TemperatureExplorer(teacher.logits(split.X_test[0]), image=split.X_test[0])


def _drop_explorer():
    prices, losses = _data("prices"), _data("record_losses")
    return market.DropExplorer(
        market.close_on(prices, "NVDA", "2025-01-24"), market.press_share_count(losses)
    )


def _cost_calculator():
    return costs.CostCalculator(costs.waterfall_inputs(_data("training_runs"), _data("cost_estimates")))


def _compute_calculator():
    price = costs.waterfall_inputs(_data("training_runs"), _data("cost_estimates"))["usd_per_gpu_hour"]
    return costs.ComputeCalculator(_data("gpu_specs"), usd_per_gpu_hour=float(price))


BUILDERS = {
    "timeline.TimelineExplorer": lambda: timeline.TimelineExplorer(_data("events"), _data("prices")),
    "market.DropExplorer": _drop_explorer,
    "market.PathPicker": lambda: market.PathPicker(_data("prices"), _data("index_levels")),
    "costs.CostCalculator": _cost_calculator,
    "costs.ComputeCalculator": _compute_calculator,
    "export_controls.ChipDesigner": lambda: export_controls.ChipDesigner(_data("chips")),
    "distill.TemperatureExplorer": lambda: distill.TemperatureExplorer(LOGITS),
    "distill.TemperatureExplorer (confident)": lambda: distill.TemperatureExplorer(CONFIDENT),
    "distill.TemperatureExplorer (digit image)": _temperature_with_image,
    "distill.GridExplorer": lambda: distill.GridExplorer(GRID),
    "distill.GridExplorer (small experiment)": lambda: distill.GridExplorer(_small_experiment()[2]),
    "distill.GridExplorer (one seed)": lambda: distill.GridExplorer(GRID_ONE_SEED),
    "claims.ClaimBrowser": lambda: claims.ClaimBrowser(claims.ledger()),
}


# --- controls: find them, set them to an end or to a random value ---------------------------------


def controls(obj) -> list:
    """The value controls of a live widget (as tools/bench.py finds them), in a fixed order."""
    found = [
        v
        for v in vars(obj).values()
        if isinstance(v, W.ValueWidget)
        and not isinstance(v, (W.HTML, W.HTMLMath, W.Label, W.Output))
        and not getattr(v, "disabled", False)
    ]
    assert found, f"{type(obj).__name__}: no controls found"
    return found


def target(control, where: str, u: float, seed: int):
    """(trait, value) that puts ``control`` at its minimum, maximum or a random point (u in [0, 1])."""
    rng = np.random.default_rng(seed)
    if isinstance(control, W.SelectionRangeSlider):
        n = len(control.options)
        if where == "min":
            return "index", (0, 0)
        if where == "max":
            return "index", (n - 1, n - 1)
        i, j = sorted(int(k) for k in rng.integers(0, n, size=2))
        return "index", (i, j)
    if isinstance(control, W.SelectMultiple):
        n = len(control.options)
        if where == "min":
            return "index", ()  # a student can deselect everything
        if where == "max":
            return "index", tuple(range(n))
        k = int(rng.integers(1, n + 1))
        return "index", tuple(sorted(int(i) for i in rng.choice(n, size=k, replace=False)))
    if hasattr(control, "options"):  # Dropdown, ToggleButtons, SelectionSlider
        n = len(control.options)
        return "index", {"min": 0, "max": n - 1}.get(where, min(int(u * n), n - 1))
    lo, hi = control.min, control.max
    if isinstance(control, W.FloatLogSlider):  # min and max are exponents
        exponent = {"min": lo, "max": hi}.get(where, lo + u * (hi - lo))
        return "value", float(control.base**exponent)
    if isinstance(control, (W.IntSlider, W.BoundedIntText)):
        if where in ("min", "max"):
            return "value", {"min": lo, "max": hi}[where]  # the ends, even when max is off the step grid
        step = control.step or 1
        return "value", int(lo + int(u * ((hi - lo) // step)) * step)
    return "value", float({"min": lo, "max": hi}.get(where, lo + u * (hi - lo)))


def set_control(control, where: str, u: float = 0.5, seed: int = 0) -> None:
    trait, value = target(control, where, u, seed)
    if trait == "value" and isinstance(control, W.FloatLogSlider):
        value = min(max(value, control.base**control.min), control.base**control.max)
    setattr(control, trait, value)


# --- what every widget must satisfy after every change --------------------------------------------

_DATA_URI = re.compile(r"data:image/[a-z]+;base64,[A-Za-z0-9+/=\s]+")
#: How Python, numpy and pandas print a non-finite number: "nan", "-inf", "NaN", "NaT", "$nanB", "inf%".
#: A letter may not come before it, nor a lowercase one after ("information", "Nancy" are words).
_NON_FINITE = re.compile(r"(?<![A-Za-z])(nan|NaN|NAN|inf|Inf|INF|NaT|[Ii]nfinity)(?![a-z])|∞")


def shown_texts(widget) -> list[str]:
    """Every text the widget tree displays: HTML/Label values and Output contents."""
    texts = []
    if isinstance(widget, (W.HTML, W.HTMLMath, W.Label)):
        texts.append(widget.value)
    if isinstance(widget, W.Output):
        for out in widget.outputs:
            texts.extend(str(v) for v in out.get("data", {}).values())
            texts.append(str(out.get("text", "")))
    for child in getattr(widget, "children", ()):
        texts.extend(shown_texts(child))
    return texts


def assert_no_non_finite_text(obj) -> None:
    for text in shown_texts(obj.widget):
        bare = _DATA_URI.sub("", text)
        match = _NON_FINITE.search(bare)
        assert match is None, (
            f"non-finite value shown: …{bare[max(0, match.start() - 80) : match.end() + 40]}…"
        )


def _finite(values, what) -> None:
    arr = np.ma.filled(np.ma.asarray(values, dtype=float), 0.0)
    assert np.isfinite(arr).all(), f"{what}: non-finite plotted data {arr}"


def assert_figure_finite(figure) -> None:
    if figure is None:
        return
    for ax in figure.axes:
        _finite(ax.get_xlim() + ax.get_ylim(), "axis limits")
        for line in ax.get_lines():
            xy = np.ma.asarray(line.get_xydata(), dtype=float)
            # matplotlib's own axhline/axvline use axis coordinates; a gap (NaN) between segments is allowed
            # only if the line has finite points at all.
            if xy.size:
                assert np.isfinite(np.ma.filled(xy, np.nan)).any(axis=1).any(), "a line with no finite point"
                _finite(np.ma.masked_invalid(xy).compressed(), "line")
                assert not np.isinf(np.ma.filled(xy, 0.0)).any(), "a line reaches infinity"
        for coll in ax.collections:
            _finite(coll.get_offsets(), "collection offsets")
        for patch in ax.patches:
            if isinstance(patch, mpatches.Rectangle):
                _finite([*patch.get_xy(), patch.get_width(), patch.get_height()], "bar")
            else:
                _finite(patch.get_path().vertices, "patch")
        for text in ax.texts + [ax.title, ax.xaxis.label, ax.yaxis.label]:
            assert _NON_FINITE.search(text.get_text()) is None, (
                f"non-finite text in figure: {text.get_text()!r}"
            )
            _finite(np.ravel(text.get_position()), "text position")


def assert_visible(line) -> None:
    """Every point of ``line`` lies inside its axes' limits (a marker of the current value is in view)."""
    (x0, x1), (y0, y1) = sorted(line.axes.get_xlim()), sorted(line.axes.get_ylim())
    for px, py in line.get_xydata():
        assert x0 <= px <= x1 and y0 <= py <= y1, f"point ({px:g}, {py:g}) outside the axes"


# --- "the output reflects the latest value": one check per widget, against the library -------------


def _reflects_timeline(x):
    start, end_month = x.window.value
    end = end_month + pd.offsets.MonthEnd(0)
    expected = timeline.select(x.events, list(x.categories.value), start, end)
    assert list(x.shown["event_id"]) == list(expected["event_id"])
    assert f"<b>{len(expected)}</b> events shown, {start:%b %Y} – {end:%b %Y}" in x.summary.value
    assert x.output.value.startswith("<img")


def _reflects_drop(x):
    shares = x.shares_bn.value * 1e9
    try:
        market.market_cap(x.price_before, shares)
        expected = market.drop_summary(x.drop.value, x.price_before, shares)
    except ValueError as exc:
        assert x.result is None and str(exc) in x.summary.value
        assert displayed(x.output) == [], "a stale figure stays on display under the error message"
        return
    assert x.result == pytest.approx(expected)
    assert displayed(x.output) == [f"<Figure {id(x.figure)}>"]
    (marker,) = [line for line in x.axes[1].get_lines() if line.get_marker() == "o"]
    assert list(marker.get_xydata()[0]) == pytest.approx([x.drop.value, 100 * expected["recovery"]])
    assert_visible(marker)
    heights = [p.get_height() for p in x.axes[0].patches]
    assert heights == pytest.approx(
        [expected["cap_before"] / 1e12, expected["cap_after"] / 1e12, expected["value_lost"] / 1e12]
    )
    assert f"A {x.drop.value:.2f}% fall" in x.summary.value
    assert f"loses ${expected['value_lost'] / 1e9:,.1f}B" in x.summary.value
    assert f"{100 * expected['recovery']:.1f}%" in x.summary.value


def _reflects_paths(x):
    assert x.shown == list(x.picker.value)
    if not x.shown:
        assert "Pick at least one series" in x.summary.value
        return
    last = x.paths[x.paths["series"].isin(x.shown)].sort_values("date").groupby("series").last()
    for name, row in last.iterrows():
        assert f"<li>{name}: {row['normalised']:.1f} on {row['date']:%d %b}</li>" in x.summary.value
    drawn = {  # every series is drawn once, the ones not picked hidden
        line.get_label()
        for line in x.ax.get_lines()
        if line.get_visible() and not line.get_label().startswith("_")
    }
    assert drawn == set(x.shown)


def _reflects_costs(x):
    steps = costs.cost_waterfall(
        x.gpu_hours.value * 1e6,
        x.price.value,
        r1_gpu_hours=x.inputs["r1_gpu_hours"],
        research_multiplier=x.research.value,
        cluster_size=x.cluster.value,
        capex_usd_per_gpu=x.inputs["capex_usd_per_gpu"],
        opex_usd_per_gpu_year=x.inputs["opex_usd_per_gpu_year"],
        amortisation_years=x.years.value,
        utilisation=x.utilisation.value,
        staff_multiplier=x.staff.value,
    )
    total = costs.waterfall_total(steps)
    assert x.total_usd == pytest.approx(total)
    assert math.isfinite(total) and total > 0
    assert f"Headline <b>${steps[0].usd / 1e6:,.2f}M</b>" in x.summary.value
    assert f"total <b>${total / 1e6:,.1f}M</b>" in x.summary.value
    assert steps[0].usd == pytest.approx(x.gpu_hours.value * 1e6 * x.price.value)


def _reflects_compute(x):
    flops = costs.training_flops(x.params.value * 1e9, x.tokens.value * 1e12)
    peak = costs.peak_flop_per_s(x.gpu_specs, x.gpu.value, x.precision.value)
    hours = costs.gpu_hours_needed(flops, peak, x.utilisation.value)
    days = costs.wall_clock_days(hours, x.num_gpus.value)
    assert x.result["flops"] == pytest.approx(flops) and x.result["gpu_hours"] == pytest.approx(hours)
    assert f"{flops:.3g} FLOP" in x.output.value
    assert f"{hours / 1e6:,.3f} million" in x.output.value
    assert (
        f"Wall-clock on {x.num_gpus.value:,} {x.gpu.value} GPUs</td><td><b>{days:,.1f} days" in x.output.value
    )
    assert f"Peak of one {x.gpu.value}" in x.output.value and f"{peak / 1e12:,.1f} TFLOP/s" in x.output.value


def _reflects_chip(x):
    t = export_controls.tpp(x.dense_tops.value, x.bit_length.value)
    expected = export_controls.classify(
        t, die_area_mm2=x.die_area.value, io_gb_s=x.io.value, datacenter=x.datacenter.value, rule=x.rule.value
    )
    assert x.result == expected
    assert f"<b>{t:,.0f}</b>" in x.summary.value and f"<b>{expected.label}</b>" in x.summary.value
    # The star is on the map, where the design is, or on the map's edge with a note when it is beyond.
    d = expected.performance_density
    ax = x._star.axes
    ((sx, sy),) = x._star.get_offsets()
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    assert x0 <= sx <= x1 and y0 <= sy <= y1, f"the star ({t:g}, {d:g}) is off the figure"
    assert sx == pytest.approx(min(max(t, x0), x1)) and sy == pytest.approx(min(max(d, y0), y1))
    beyond = not (x0 <= t <= x1 and y0 <= d <= y1)
    assert ("Off the map's scale" in x.summary.value) == beyond


def _reflects_temperature(x):
    T = x.temperature.value
    p = distill.softmax(x.logits, T)
    assert np.allclose(x.probabilities, p)
    assert [b.get_height() for b in x.bars] == pytest.approx(list(p))
    assert f"T = <b>{T:.2f}</b>" in x.summary.value
    assert f"top class <b>{p.max():.2f}</b>" in x.summary.value
    assert f"entropy <b>{float(distill.entropy(p)):.2f}</b> nats" in x.summary.value


def _reflects_grid(x):
    T, a = x.temperature.value, x.alpha.value
    cell = x.grid[(x.grid["temperature"] == T) & (x.grid["alpha"] == a)]["accuracy"]
    assert x.accuracy == pytest.approx(cell.mean())
    assert f"T = <b>{T:g}</b>, alpha = <b>{a:g}</b>" in x.summary.value
    assert f"<b>{100 * cell.mean():.1f}%</b>" in x.summary.value
    assert list(x.marker.get_xdata()) == pytest.approx([T])
    assert list(x.marker.get_ydata()) == pytest.approx([100 * cell.mean()])
    assert_visible(x.marker)


def _reflects_claim(x):
    row = x.table.loc[x.picker.value]
    assert x.card.value == claims.claim_card(row)
    assert row["verdict"] in claims.VERDICTS and row["verdict"] in x.card.value


REFLECTS = {
    "timeline.TimelineExplorer": _reflects_timeline,
    "market.DropExplorer": _reflects_drop,
    "market.PathPicker": _reflects_paths,
    "costs.CostCalculator": _reflects_costs,
    "costs.ComputeCalculator": _reflects_compute,
    "export_controls.ChipDesigner": _reflects_chip,
    "distill.TemperatureExplorer": _reflects_temperature,
    "distill.TemperatureExplorer (confident)": _reflects_temperature,
    "distill.TemperatureExplorer (digit image)": _reflects_temperature,
    "distill.GridExplorer": _reflects_grid,
    "distill.GridExplorer (small experiment)": _reflects_grid,
    "distill.GridExplorer (one seed)": _reflects_grid,
    "claims.ClaimBrowser": _reflects_claim,
}


def check(name, obj) -> None:
    assert_no_non_finite_text(obj)
    assert_figure_finite(getattr(obj, "figure", None))
    output = getattr(obj, "output", None)
    if getattr(obj, "figure", None) is not None and getattr(obj, "result", True) is not None:
        assert isinstance(output, W.HTML), f"{name}: a live figure is shown as an <img> in an HTML widget"

        assert displayed(output) == [f"<Figure {id(obj.figure)}>"], f"{name}: its figure is not on display"
    REFLECTS[name](obj)


_BUILT: dict = {}


def built(name):
    """One widget per kind, reused across examples (as a student reuses one): state carries over."""
    if name not in _BUILT:
        _BUILT[name] = BUILDERS[name]()
    return _BUILT[name]


# --- the tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(BUILDERS))
def test_each_control_at_each_end(name):
    """Each control alone to its minimum, then its maximum, then back to its start value."""
    obj = BUILDERS[name]()
    check(name, obj)
    for control in controls(obj):
        start = control.index if hasattr(control, "options") else control.value
        for where in ("min", "max"):
            set_control(control, where)
            check(name, obj)
        setattr(control, "index" if hasattr(control, "options") else "value", start)
        check(name, obj)


@pytest.mark.parametrize("name", list(BUILDERS))
@pytest.mark.parametrize("where", ["min", "max"])
def test_all_controls_at_the_same_end(name, where):
    """Every control at its minimum together (then every one at its maximum)."""
    obj = BUILDERS[name]()
    for control in controls(obj):
        set_control(control, where)
        check(name, obj)


steps = st.lists(
    st.tuples(
        st.integers(0, 10_000),
        st.sampled_from(["min", "max", "random", "random"]),
        st.floats(0, 1),
        st.integers(0, 2**31 - 1),
    ),
    min_size=1,
    max_size=5,
)


@pytest.mark.parametrize("name", list(BUILDERS))
@given(moves=steps)
@settings(max_examples=12, deadline=None)
def test_random_sequences_of_changes(name, moves):
    obj = built(name)
    found = controls(obj)
    for pick, where, u, seed in moves:
        set_control(found[pick % len(found)], where, u, seed)
        check(name, obj)


@pytest.mark.parametrize("shares_bn", [0.0, 1e-9, -0.01, 1000.0])
@pytest.mark.parametrize("drop", [0.0, 59.99, 60.0])
def test_drop_explorer_at_awkward_share_counts(shares_bn, drop):
    """Zero, tiny and negative share counts typed in the box: a message or a finite figure, never NaN."""
    obj = _drop_explorer()
    obj.shares_bn.value, obj.drop.value = shares_bn, drop
    check("market.DropExplorer", obj)
    if shares_bn < 0:
        assert obj.result is None and "Cannot compute" in obj.summary.value


def test_the_checks_catch_planted_faults():
    """The checks above can fail: a NaN in the text, an infinite bar, a stale summary are all caught."""
    obj = _drop_explorer()
    obj.summary.value = "<p>loses $nanB</p>"
    with pytest.raises(AssertionError, match="non-finite value shown"):
        assert_no_non_finite_text(obj)
    with pytest.raises(AssertionError, match="loses"):
        _reflects_drop(obj)
    obj.axes[0].patches[0].set_height(float("inf"))
    with pytest.raises(AssertionError, match="non-finite plotted data"):
        assert_figure_finite(obj.figure)


# --- readouts: every slider writes its value in the widget's language -------------------------------


def descendants(widget) -> list:
    found = [widget]
    for child in getattr(widget, "children", ()):
        found += descendants(child)
    return found


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_slider_shows_its_value_in_the_widgets_language(name, language, monkeypatch):
    """English keeps ipywidgets' own readout (2.50); French hides it and shows 2,50 beside the slider,
    following the value as a student moves it."""
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, language)
    obj = BUILDERS[name]()
    shown = descendants(obj.widget)
    sliders = [w for w in shown if isinstance(w, widgets.NUMBER_SLIDERS)]
    if not sliders:
        pytest.skip(f"{name} has no number slider")
    beside = {
        id(box.children[0]): box.children[1]
        for box in shown
        if isinstance(box, W.HBox) and len(box.children) == 2 and isinstance(box.children[1], W.Label)
    }
    for slider in sliders:
        if language == "en":
            assert slider.readout and id(slider) not in beside, slider.description
            continue
        assert not slider.readout and id(slider) in beside, (
            f"{name}: {slider.description} has no French readout"
        )
        for where in ("start", "max"):
            if where == "max":
                set_control(slider, "max")
            text = beside[id(slider)].value
            assert "." not in text, f"{slider.description}: {text!r} has a decimal point"
            number = float(text.replace("\u202f", "").replace(",", "."))
            last_digit = 10.0 ** -len(text.partition(",")[2])  # the value, to the digits shown
            assert abs(number - slider.value) <= last_digit / 2 + 1e-9 or math.isclose(
                number, slider.value, rel_tol=5e-4
            ), (text, slider.value)
