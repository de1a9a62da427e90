"""export_controls: TPP, density, the 2022 and 2023 classifiers at every boundary, the chip table, widgets,
and the verdicts on the broadcast's chip claims."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from deepseek_shock import export_controls as ec
from deepseek_shock import load
from french import english_words, kernel_language, widget_texts


@pytest.fixture(scope="module")
def chips():
    return load("chips")


@pytest.fixture(scope="module")
def rules():
    return load("export_rules")


# --- tpp and performance_density against hand-computed values from the sources ------------------


@pytest.mark.parametrize(
    "tops, bits, expected",
    [
        (624, 8, 4992),  # A100 INT8 (= 312 TFLOPS FP16 x 16)
        (312, 16, 4992),
        (296, 8, 2368),  # H20
        (600, 8, 4800),  # BIS's own example of the threshold ...
        (300, 16, 4800),  # ... at 8 and at 16 bits
        (383, 16, 6128),  # MI250X: FP16, because its INT8 rate is no faster
    ],
)
def test_tpp_is_dense_tops_times_bit_length(tops, bits, expected):
    assert ec.tpp(tops, bits) == pytest.approx(expected)


def test_performance_density_matches_published_figures():
    assert ec.performance_density(4992, 826) == pytest.approx(6.04, abs=0.005)  # A100
    assert ec.performance_density(2368, 814) == pytest.approx(2.91, abs=0.005)  # H20
    assert ec.performance_density(15832, 814) == pytest.approx(19.45, abs=0.005)  # H100/H800


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: ec.tpp(-1, 8), r"dense_tops=-1.0: expected a finite number > 0"),
        (lambda: ec.tpp(0, 8), r"dense_tops=0.0: expected a finite number > 0"),
        (lambda: ec.tpp(100, 0), r"bit_length=0.0: expected a finite number > 0"),
        (lambda: ec.tpp("624", 8), r"dense_tops='624': expected a number > 0"),
        (lambda: ec.tpp(math.nan, 8), r"dense_tops=nan"),
        (lambda: ec.performance_density(4992, 0), r"die_area_mm2=0.0: expected a finite number > 0"),
        (lambda: ec.performance_density(-5, 800), r"tpp=-5.0: expected a finite number > 0"),
    ],
)
def test_bad_numbers_are_refused_with_the_argument_named(call, message):
    with pytest.raises(ValueError, match=message):
        call()


# --- classify: 2022 rule --------------------------------------------------------------------------


def test_2022_needs_both_tests():
    assert ec.classify(4992, io_gb_s=600, rule="2022-10").eccn == "3A090.a"  # A100
    assert ec.classify(4992, io_gb_s=400, rule="2022-10").eccn is None  # A800
    assert ec.classify(15832, io_gb_s=400, rule="2022-10").eccn is None  # H800
    assert ec.classify(2368, io_gb_s=900, rule="2022-10").eccn is None  # H20
    result = ec.classify(15832, io_gb_s=400, rule="2022-10")
    assert "400 GB/s is below 600 GB/s" in result.reason


@pytest.mark.parametrize(
    "tpp, io, expected",
    [
        (4800, 600, "3A090.a"),  # both exactly at the line: >= means controlled
        (4799.999, 600, None),
        (4800, 599.999, None),
        (1e6, 1e6, "3A090.a"),
    ],
)
def test_2022_boundaries_are_inclusive(tpp, io, expected):
    assert ec.classify(tpp, io_gb_s=io, rule="2022-10").eccn == expected


def test_2022_ignores_datacenter_and_die_area():
    a = ec.classify(5286, io_gb_s=700, datacenter=False, rule="2022-10")
    b = ec.classify(5286, io_gb_s=700, die_area_mm2=608.5, rule="2022-10")
    assert a.eccn == b.eccn == "3A090.a"


def test_2022_without_io_says_what_is_missing_and_why():
    with pytest.raises(ValueError, match=r"io_gb_s is missing: the 2022 rule .* ≥ 600 GB/s"):
        ec.classify(15832, rule="2022-10")


# --- classify: 2023 rule, every tier and every boundary ------------------------------------------


@pytest.mark.parametrize(
    "tpp, area, expected",
    [
        # a.1: TPP >= 4800, density irrelevant (area not even needed)
        (4800, None, "3A090.a.1"),
        (4799.99, 1e6, None),  # density tiny, TPP just under: not controlled
        # a.2: TPP >= 1600 and density >= 5.92
        (2960, 500, "3A090.a.2"),  # density exactly 5.92
        (2960, 500.01, "3A090.b.1"),  # density just under 5.92, TPP >= 2400 -> b.1
        (1600, 1600 / 5.92, "3A090.a.2"),  # TPP exactly 1600 at density 5.92
        (1599.99, 1, None),  # below 1600: never controlled, whatever the density
        # b.1: 2400 <= TPP < 4800 and 1.6 <= density < 5.92
        (2400, 1500, "3A090.b.1"),  # TPP 2400 and density exactly 1.6
        (2400, 1500.01, None),  # density just under 1.6
        (2399.99, 1000, None),  # TPP just under 2400, density 2.4 < 3.2: neither b.1 nor b.2
        # b.2: TPP >= 1600 and 3.2 <= density < 5.92
        (1600, 500, "3A090.b.2"),  # density exactly 3.2
        (1600, 500.01, None),  # density just under 3.2
        (2399.99, 2399.99 / 3.2, "3A090.b.2"),
        (3000, 3000 / 3.2, "3A090.b.1"),  # in both b.1 and b.2: b.1 is tested first
    ],
)
def test_2023_tiers_at_their_boundaries(tpp, area, expected):
    assert ec.classify(tpp, die_area_mm2=area).eccn == expected


def test_2023_reasons_name_the_deciding_numbers():
    h20 = ec.classify(2368, die_area_mm2=814)
    assert h20.eccn is None
    assert "2,368 < 2400" in h20.reason and "2.91 < 3.2" in h20.reason
    assert h20.performance_density == pytest.approx(2.909, abs=1e-3)
    l40 = ec.classify(2896, die_area_mm2=608.5)
    assert l40.eccn == "3A090.b.1" and l40.licence_exception and l40.label == "3A090.b.1 (NAC/ACA)"
    assert not ec.classify(15832, die_area_mm2=814).licence_exception


def test_2023_non_datacenter_note_2():
    assert ec.classify(4707, datacenter=False).eccn is None  # RTX 4090D, no die area needed
    assert ec.classify(4707, die_area_mm2=10, datacenter=False).eccn is None  # density ignored
    rtx = ec.classify(5286, datacenter=False)
    assert rtx.eccn == "3A090.a.1" and rtx.licence_exception  # RTX 4090: NAC-eligible
    assert ec.classify(4800, datacenter=False).eccn == "3A090.a.1"
    assert ec.classify(4799.99, datacenter=False).eccn is None


def test_2023_die_area_needed_only_where_density_decides():
    assert ec.classify(15832).eccn == "3A090.a.1"
    assert ec.classify(1500).eccn is None
    with pytest.raises(ValueError, match=r"die_area_mm2 is missing: .* TPP 2,368 .* performance density"):
        ec.classify(2368)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"rule": "2024-12"}, r"rule='2024-12': unknown; expected one of '2022-10', '2023-10'"),
        ({"die_area_mm2": -814}, r"die_area_mm2=-814.0: expected a finite number > 0"),
        ({"die_area_mm2": 0}, r"die_area_mm2=0.0"),
        ({"io_gb_s": 0, "rule": "2022-10"}, r"io_gb_s=0.0: expected a finite number > 0"),
        ({"io_gb_s": -1}, r"io_gb_s=-1.0"),
        ({"datacenter": "yes"}, r"datacenter='yes': expected True"),
    ],
)
def test_classify_rejects_bad_input(kwargs, message):
    with pytest.raises(ValueError, match=message):
        ec.classify(2368, **kwargs)


def test_classify_rejects_bad_tpp():
    for bad in (0, -4800, math.inf):
        with pytest.raises(ValueError, match=r"tpp=.*: expected a finite number > 0"):
            ec.classify(bad, die_area_mm2=814)


def test_every_result_is_one_of_the_documented_eccns():
    rng = np.random.default_rng(4)
    for _ in range(300):
        t, a = rng.uniform(100, 40000), rng.uniform(50, 2000)
        for rule in ec.RULES:
            result = ec.classify(
                t, die_area_mm2=a, io_gb_s=rng.uniform(10, 2000), datacenter=bool(rng.integers(2)), rule=rule
            )
            assert result.eccn in ec.ECCNS and result.reason.endswith(".")


# --- largest TPP outside 3A090 --------------------------------------------------------------------


@pytest.mark.parametrize("area", [200, 400, 600, 814, 1000, 1500, 2000, 4000])
def test_largest_uncontrolled_tpp_matches_a_brute_force_scan(area):
    bound = ec.largest_uncontrolled_tpp(area)
    grid = np.arange(1, 6000, 0.5)
    free = [t for t in grid if ec.classify(t, die_area_mm2=area).eccn is None]
    assert max(free) < bound <= max(free) + 0.5
    assert ec.classify(bound, die_area_mm2=area).eccn is not None


def test_largest_uncontrolled_tpp_on_an_h100_die_is_2400():
    assert ec.largest_uncontrolled_tpp(814) == 2400  # the H20's 2,368 sits just under it


# --- the chip table reproduces the status the sources give ---------------------------------------


def test_every_chip_gets_the_status_its_sources_give(chips):
    table = ec.chip_table(chips)
    for _, row in table.iterrows():
        assert row["eccn_2022"] == row["expected_eccn_2022"], row["name"]
        assert row["eccn_2023"] == row["expected_eccn_2023"], row["name"]


def test_computed_tpp_agrees_with_published_figures(chips):
    table = ec.chip_table(chips)
    published = table[table["tpp_published"].notna()]
    assert len(published) >= 10
    assert np.allclose(published["tpp"], published["tpp_published"], atol=1.0)


def test_the_key_chips(chips):
    t = ec.chip_table(chips).set_index("name")
    assert t.at["H800 SXM", "tpp"] == t.at["H100 SXM", "tpp"]  # same compute ...
    assert t.at["H800 SXM", "io_gb_s"] < ec.IO_LICENCE_GB_S <= t.at["H100 SXM", "io_gb_s"]  # ... less I/O
    assert t.at["H20", "eccn_2023"] == "none"
    assert t.at["L4", "eccn_2023"] == "3A090.a.2"


def test_status_table_has_one_row_per_chip(chips):
    table = ec.status_table(chips)
    assert len(table) == len(chips)
    assert set(table["Oct 2023 rule"]) <= {
        "not controlled",
        "3A090.a.1",
        "3A090.a.1 (NAC/ACA)",
        "3A090.a.2",
        "3A090.b.1 (NAC/ACA)",
        "3A090.b.2 (NAC/ACA)",
    }


def test_export_rules_match_the_events(rules, events):
    linked = rules[rules["event_id"].notna()]
    assert len(linked) >= 5
    for _, rule in linked.iterrows():
        event = events.loc[events["event_id"] == rule["event_id"]]
        assert len(event) == 1, rule["rule_id"]
        dates = {rule["announced"], rule["published"], rule["effective"]}
        assert event["date"].iloc[0] in dates, rule["rule_id"]


def test_rule_dates_are_in_order(rules):
    for _, r in rules.iterrows():
        if r["published"] == r["published"]:  # not NaT
            assert r["published"] >= r["announced"], r["rule_id"]


# --- figures and widgets --------------------------------------------------------------------------


def test_rule_map_draws_chips_and_the_design(chips):
    import matplotlib.pyplot as plt

    fig, ax = ec.plot_rule_map(chips, design=(2368, 2.91))
    labels = [t.get_text() for t in ax.texts]
    assert "H100 / H800 / H200" in labels and "H20" in labels
    assert ax.get_xscale() == "log"
    assert "your chip" in [t.get_text() for t in ax.get_legend().get_texts()]
    plt.close(fig)
    assert "not controlled" in ec.describe_rule_map(None, (2368, 2.91))


def test_density_frames_cross_the_regions(chips):
    import matplotlib.pyplot as plt

    frames = ec.density_frames(chips, tops_values=(50, 148, 150, 300))
    assert [label for label, _ in frames] == ["50 TFLOPS", "148 TFLOPS", "150 TFLOPS", "300 TFLOPS"]
    assert all(body.startswith("<img") and "alt=" in body for _, body in frames)
    assert "3A090.b.1" in frames[2][1] and "3A090.a.1" in frames[3][1] and "not controlled" in frames[1][1]
    assert plt.get_fignums() == []  # frames close their figures


def test_chip_designer_follows_its_controls(chips):
    d = ec.ChipDesigner(chips)
    h20 = chips.set_index("name").loc["H20"]  # the designer starts at the H20's row of chips.csv
    assert (d.dense_tops.value, d.bit_length.value, d.die_area.value, d.io.value, d.datacenter.value) == (
        h20["dense_tops"],
        h20["bit_length"],
        h20["die_area_mm2"],
        h20["io_gb_s"],
        True,
    )
    assert d.result.eccn is None and f"{ec.tpp(h20['dense_tops'], h20['bit_length']):,.0f}" in d.summary.value
    d.dense_tops.value = 1978.9
    assert d.result.eccn == "3A090.a.1"
    d.io.value = 400
    d.rule.value = "2022-10"
    assert d.result.eccn is None and "400 GB/s is below 600" in d.result.reason  # the H800 in 2022
    d.io.value = 900
    assert d.result.eccn == "3A090.a"
    d.rule.value = "2023-10"
    d.dense_tops.value = 300
    d.bit_length.value = 16  # TPP 4800
    assert d.result.eccn == "3A090.a.1"
    d.dense_tops.value = 200  # TPP 3200, density 3.93
    assert d.result.eccn == "3A090.b.1"
    d.datacenter.value = False
    assert d.result.eccn is None and "Note 2" in d.result.reason
    assert "Note 2" in d.summary.value
    assert d.figure is not None and len(d.figure.axes) == 1


# --- controls that cannot change the result (inert_controls) --------------------------------------


def _outcome(tpp, area, io, datacenter, rule):
    r = ec.classify(tpp, die_area_mm2=area, io_gb_s=io, datacenter=datacenter, rule=rule)
    return r.eccn, r.licence_exception


# Every threshold of both rules with a value on each side, over the designer's ranges (TPP up to 10^4 × 64).
PROBE_TPP = sorted(
    {1.0, 640_000.0}
    | {x * f for x in (ec.TPP_FLOOR, ec.TPP_B1_FLOOR, ec.TPP_LICENCE) for f in (0.999, 1.0, 1.001)}
)
PROBE_AREA = [1.0, 50.0, 300.0, 600.0, 814.0, 2000.0, 1e6]
PROBE_IO = [1.0, 400.0, ec.IO_LICENCE_GB_S, 900.0, 1e6]


def _alternatives(name, tpp, area, io, datacenter):
    """The design with one input changed to each probe value (or, for datacenter, to the other kind)."""
    values = {"tpp": PROBE_TPP, "die_area_mm2": PROBE_AREA, "io_gb_s": PROBE_IO, "datacenter": [True, False]}[
        name
    ]
    for value in values:
        design = {"tpp": tpp, "die_area_mm2": area, "io_gb_s": io, "datacenter": datacenter}
        design[name] = value
        yield design["tpp"], design["die_area_mm2"], design["io_gb_s"], design["datacenter"]


@pytest.mark.parametrize("rule", list(ec.RULES))
def test_inert_controls_names_exactly_the_inputs_that_cannot_change_the_result(rule):
    checked = {name: [0, 0] for name in ec.DESIGN_INPUTS}  # [states inert, states not inert]
    for tpp in PROBE_TPP:
        for area in [50.0, 300.0, 814.0, 2000.0]:
            for io in [400.0, 900.0]:
                for datacenter in (True, False):
                    inert = ec.inert_controls(
                        tpp, die_area_mm2=area, io_gb_s=io, datacenter=datacenter, rule=rule
                    )
                    assert set(inert) <= set(ec.DESIGN_INPUTS)
                    for name in ec.DESIGN_INPUTS:
                        outcomes = {
                            _outcome(*alt, rule) for alt in _alternatives(name, tpp, area, io, datacenter)
                        }
                        state = (rule, name, tpp, area, io, datacenter, inert.get(name), outcomes)
                        assert (name in inert) == (len(outcomes) == 1), state
                        checked[name][name not in inert] += 1
    # The probe meets both cases for every input, except the ones a rule never reads (always inert)
    # and TPP under the 2023 rule (its a.1 tier catches any chip with enough TPP: never inert).
    never_read = {"2022-10": {"die_area_mm2", "datacenter"}, "2023-10": {"io_gb_s"}}[rule]
    always_read = {"2022-10": set(), "2023-10": {"tpp"}}[rule]
    for name, (n_inert, n_live) in checked.items():
        assert (n_inert > 0) == (name not in always_read), (name, n_inert, n_live)
        assert (n_live > 0) == (name not in never_read), (name, n_inert, n_live)


def test_inert_controls_says_why():
    io_2023 = ec.inert_controls(2000, die_area_mm2=814, io_gb_s=900)
    assert "no I/O test" in io_2023["io_gb_s"]
    big = ec.inert_controls(5000, die_area_mm2=814, io_gb_s=900)
    assert "whatever the density" in big["die_area_mm2"] and "datacenter" not in big
    assert "io_gb_s" not in ec.inert_controls(5000, die_area_mm2=814, io_gb_s=900, rule="2022-10")
    slow = ec.inert_controls(5000, die_area_mm2=814, io_gb_s=400, rule="2022-10")
    assert "400 GB/s" in slow["tpp"] and "no density test" in slow["die_area_mm2"]


def test_chip_designer_notes_each_control_that_changes_nothing(chips):
    d = ec.ChipDesigner(chips)

    def shown():
        return {name for name, note in d.notes.items() if note.value and note.layout.display != "none"}

    # the H20's row at 8 bits: TPP 1,184 under 2023, below every line, so I/O and area change nothing
    d.bit_length.value, d.dense_tops.value, d.die_area.value, d.io.value = 8, 148, 814, 900
    assert {"io_gb_s", "die_area_mm2"} <= shown()
    assert "no I/O test" in d.notes["io_gb_s"].value
    d.dense_tops.value = 300  # TPP 2,400: density now decides
    assert shown() == {"io_gb_s"}
    d.rule.value = "2022-10"  # I/O counts; area and kind do not
    assert "io_gb_s" in shown()  # ... but TPP 2,400 < 4800, so not yet
    d.dense_tops.value = 1978.9
    assert shown() == {"die_area_mm2", "datacenter"}
    d.io.value = 400  # the H800: now TPP cannot make it controlled
    assert shown() == {"die_area_mm2", "datacenter", "tpp"} and "400 GB/s" in d.notes["tpp"].value
    d.rule.value = "2023-10"
    assert shown() == {"io_gb_s", "die_area_mm2"}
    assert all(not note.value for name, note in d.notes.items() if name not in shown())


# --- verdicts on the broadcast's claims -----------------------------------------------------------


def test_deprived_claim_is_misleading_on_the_real_data(chips):
    evidence = ec.deprived_claim(chips)
    assert evidence.verdict == "misleading"
    assert "100%" in evidence.finding and "400 vs 900" in evidence.finding


def test_deprived_verdict_follows_the_data(chips):
    weaker = chips.copy()
    weaker.loc[weaker["name"] == "H800 SXM", "dense_tops"] = 296  # as if DeepSeek had H20-class compute
    assert ec.deprived_claim(weaker).verdict == "accurate"
    weaker.loc[weaker["name"] == "H800 SXM", "dense_tops"] = 1300
    assert ec.deprived_claim(weaker).verdict == "approximately right"
    assert ec.deprived_claim(chips, used="H20").verdict == "accurate"


def test_weaker_chips_claim(chips):
    assert ec.weaker_chips_claim(chips).verdict == "wrong"
    assert ec.weaker_chips_claim(chips, used="H20").verdict == "accurate"
    assert ec.weaker_chips_claim(chips, used="A100 SXM").verdict == "accurate"
    with pytest.raises(ValueError, match=r"name='H900': found 0 chips"):
        ec.deprived_claim(chips, used="H900")


def test_weaker_chips_claim_at_the_cluster_level(chips):
    runs = load("training_runs")
    assert ec.weaker_chips_claim(chips, runs=runs).verdict == "misleading"
    assert "12.5% of the compute" in ec.weaker_chips_claim(chips, runs=runs).finding
    big = runs.copy()
    big.loc[big["run_id"] == "v3_pretrain", "num_gpus"] = 16384
    assert ec.weaker_chips_claim(chips, runs=big).verdict == "wrong"
    # a weaker chip stays "accurate" whatever the cluster
    assert ec.weaker_chips_claim(chips, used="H20", runs=runs).verdict == "accurate"


def test_deprived_claim_does_not_date_the_purchase(chips):
    assert "when DeepSeek bought its chips is not public" in ec.deprived_claim(chips).finding


def test_innovated_claim_needs_something_to_work_around(chips):
    assert ec.innovated_claim(chips).verdict == "approximately right"
    assert ec.innovated_claim(chips, used="H100 SXM").verdict == "wrong"


def test_designer_can_start_at_any_chip(chips):
    d = ec.ChipDesigner(chips, start="A800 SXM")
    assert d.io.value == 400 and d.result.eccn == "3A090.a.1"
    with pytest.raises(ValueError, match="name='Z9'"):
        ec.ChipDesigner(chips, start="Z9")


@pytest.mark.parametrize(
    "value, kwargs, text",
    [
        (15831.2, {}, "15,831"),
        (4992.0, {}, "4,992"),
        (2.9091, {"decimals": 2}, "2.91"),
        (0.14958, {"percent": True}, "15%"),
    ],
)
def test_format_number_is_the_one_format(value, kwargs, text):
    assert ec.format_number(value, **kwargs) == text


@pytest.mark.parametrize(
    "value, decimals, error",
    [("4992", 0, TypeError), (True, 0, TypeError), (1.0, -1, ValueError), (float("nan"), 0, ValueError)],
)
def test_format_number_refuses_bad_input(value, decimals, error):
    with pytest.raises(error):
        ec.format_number(value, decimals)


# --- the French edition ---------------------------------------------------------------------------


def _alt(html: str) -> str:
    """The alt text of the one image in ``html`` (a widget's figure)."""
    (alt,) = re.findall(r'alt="([^"]*)"', html)
    return alt


def test_the_french_designer_shows_no_english(chips):
    d = ec.ChipDesigner(chips, language="fr")
    assert english_words(*widget_texts(d.widget)) == []
    steps = [
        ("dense_tops", 1978.9),
        ("io", 400),
        ("rule", "2022-10"),
        ("rule", "2023-10"),
        ("bit_length", 16),
        ("dense_tops", 200),
        ("datacenter", False),
        ("datacenter", True),
        ("die_area", 50),
    ]
    for control, value in steps:  # through each tier, both rules, Note 2 and off the map's scale
        getattr(d, control).value = value
        texts = widget_texts(d.widget) + [_alt(d.output.value)]  # the tags go, so the alt text is read
        assert english_words(*texts) == [], (control, value, d.summary.value)
    assert "la règle du 17 octobre 2023" in _alt(d.output.value)
    assert "Hors de l'échelle de la carte" in d.summary.value  # density 64 is off the map's scale
    assert "règle du 17 octobre 2023" in d.summary.value and "3A090.a.2" in d.summary.value
    assert d.result.reason.startswith("TPP 3\u202f200 ≥ 1600 et densité 64,00 ≥ 5,92")


def test_the_designer_speaks_the_kernels_language(chips):
    with kernel_language("fr"):
        box = ec.designer(chips)
        d = ec.ChipDesigner(chips)
        d.rule.value, d.io.value, d.datacenter.value = "2022-10", 400, False
    assert english_words(*widget_texts(box)) == []
    assert english_words(*widget_texts(d.widget)) == []
    assert [label for label, _ in d.rule.options] == ["oct. 2023", "oct. 2022"]
    # and the English designer is untouched by a French kernel before it
    english = ec.ChipDesigner(chips, language="en")
    assert english.dense_tops.description == "Dense TOPS / TFLOPS"
    assert "density =" in english.summary.value


def test_every_french_reason_and_note_is_french():
    """Every branch of classify and inert_controls, written in French: an entry missing from the table
    would raise; an English word left in one would show."""
    texts = []
    for rule in ec.RULES:
        for tpp in (1000, 2000, 2500, 3000, 5000):
            for area in (100, 400, 814, 2000):
                for io in (100, 900):
                    for datacenter in (True, False):
                        kw = dict(die_area_mm2=area, io_gb_s=io, datacenter=datacenter, rule=rule)
                        result = ec.classify(tpp, **kw, language="fr")
                        texts += [result.reason, result.label]
                        texts += ec.inert_controls(tpp, **kw, language="fr").values()
                        english = ec.classify(tpp, **kw, language="en")  # the same outcome
                        assert (result.eccn, result.licence_exception) == (
                            english.eccn,
                            english.licence_exception,
                        )
    assert english_words(*texts) == []
    assert "non contrôlée" in texts
    with pytest.raises(ValueError, match=r"die_area_mm2 manque : une puce de centre de données de TPP 2"):
        ec.classify(2368, language="fr")


def test_the_french_numbers_and_sentences(chips):
    assert ec.format_number(15831.2, language="fr") == "15\u202f831"
    assert ec.format_number(0.1496, percent=True, language="fr") == "15\u202f%"
    assert ec.format_number(15831.2, language="en") == "15,831"
    table = ec.status_table(chips, language="fr")
    assert list(table.columns)[:2] == ["puce", "fabricant"]
    assert english_words(*[str(v) for v in [*table.columns, *table.to_numpy().ravel()]]) == []
    for evidence in (
        ec.deprived_claim(chips, language="fr"),
        ec.weaker_chips_claim(chips, runs=load("training_runs"), language="fr"),
        ec.innovated_claim(chips, language="fr"),
    ):
        assert english_words(evidence.finding, evidence.method) == [], evidence.finding
    deprived = ec.deprived_claim(chips, language="fr")
    assert "400 contre 900 Go/s" in deprived.finding and deprived.verdict == "misleading"
    assert deprived.verdict == ec.deprived_claim(chips, language="en").verdict


def test_the_french_density_frames(chips):
    frames = ec.density_frames(chips, tops_values=(148, 989.4), language="fr")
    assert [label for label, _ in frames] == ["148 TFLOPS", "989,4 TFLOPS"]
    assert english_words(*[_alt(html) for _, html in frames]) == []
    assert "densité 2,91" in frames[0][1]  # the alt text of the first frame, in French


def test_the_chapters_glued_words_and_slider_in_french(chips):
    assert ec.no_area_finding(chips, language="en").startswith("none of them needs it")
    assert ec.no_area_finding(chips, language="fr").startswith("aucune n'en a besoin")
    bare = chips.copy()
    bare.loc[bare["name"] == "H20", "die_area_mm2"] = float("nan")  # density decides the H20: now unknown
    assert ec.no_area_finding(bare, language="fr") == "1 d'entre elles ne peuvent être classées sans elle"
    slider = ec.density_slider(chips, 148, language="fr")
    assert (
        slider.children[0].value == "148 TFLOPS"
        and "fonctionne sans Python" in slider.children[0].description
    )
    assert english_words(*widget_texts(slider)) == []


def test_the_printed_lines_read_as_the_f_strings_in_english_and_in_french_in_french():
    assert ec.line("a100_8", tpp=4992.0, language="en") == "A100 at 8 bits:  4,992"
    values = {"chip": "H20", "tpp": 2368.0, "area": 814.0, "density": 2.91}
    assert ec.line("chip_density", language="en", **values) == (
        f"{'H20':9} TPP {2368.0:8,.0f}  die {814.0:6.1f} mm²  density {2.91:5.2f}"
    )
    assert ec.line("chip_density", language="fr", **values) == (
        "H20       TPP    2\u202f368  puce  814,0 mm²  densité  2,91"
    )
    # a whole number from a pandas row (numpy's int64) stays whole
    l40 = {"tops": 362.0, "bits": np.int64(8), "tpp": 2896.0, "area": 608.5, "density": 4.76}
    assert (
        ec.line("l40", language="fr", **l40)
        == "TPP = 362 × 8 = 2\u202f896 ; densité = 2\u202f896 / 608,5 = 4,76"
    )
    for name, template in ec.LINES.items():
        fields = set(re.findall(r"\{(\w+)", template))
        text = ec.line(name, language="fr", **{f: ("x" if f in ("chip", "label") else 1.5) for f in fields})
        assert english_words(text) == [], name
