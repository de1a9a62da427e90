"""distill: softmax, KL, the distillation loss (values by hand, bad input), the experiment, the widgets,
the R1 table and the verdicts on the allegations."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from deepseek_shock import distill, i18n, load
from french import english_words, figure_texts, in_language, widget_texts


@pytest.fixture(scope="module")
def digits():
    split = distill.load_digits_split(seed=0)
    teacher = distill.train_teacher(split.X_train, split.y_train, seed=0)
    return split, teacher


@pytest.fixture(scope="module")
def r1():
    return load("r1_distilled")


@pytest.fixture(scope="module")
def claims():
    return load("distillation_claims")


# --- softmax, entropy, KL ------------------------------------------------------------------------


def test_softmax_by_hand():
    # exp(2), exp(1), exp(0) = 7.389, 2.718, 1 → divided by 11.107
    assert np.allclose(distill.softmax([2.0, 1.0, 0.0]), [0.665241, 0.244728, 0.090031], atol=1e-6)
    # At T = 2 the logits are halved: exp(1), exp(0.5), exp(0) / 5.367
    assert np.allclose(
        distill.softmax([2.0, 1.0, 0.0], temperature=2), [0.506480, 0.307196, 0.186324], atol=1e-6
    )


def test_softmax_rows_sum_to_one_and_keep_order():
    z = np.array([[3.0, -1.0, 0.5, 2.0], [0.0, 0.0, 0.0, 0.0]])
    for T in (0.1, 1, 7, 1000):
        p = distill.softmax(z, T)
        assert np.allclose(p.sum(axis=-1), 1.0)
        assert (np.argsort(p[0]) == np.argsort(z[0])).all()
    assert np.allclose(distill.softmax(z[1]), 0.25)


def test_softmax_is_finite_for_huge_logits():
    p = distill.softmax([1e300, 0.0, -1e300])
    assert np.isfinite(p).all() and np.allclose(p, [1.0, 0.0, 0.0])
    assert np.allclose(distill.softmax([1000.0, 1000.0]), [0.5, 0.5])
    assert np.allclose(distill.softmax([1e6, 1e6 - 1], temperature=1e-3), [1.0, 0.0])


def test_high_temperature_tends_to_uniform_and_low_to_argmax():
    z = [5.0, 1.0, -2.0]
    assert np.allclose(distill.softmax(z, 1e6), 1 / 3, atol=1e-5)
    assert np.allclose(distill.softmax(z, 1e-3), [1, 0, 0])


def test_entropy_by_hand():
    assert distill.entropy([0.5, 0.5]) == pytest.approx(math.log(2))
    assert distill.entropy([1.0, 0.0, 0.0]) == pytest.approx(0.0)
    assert distill.entropy(np.full(10, 0.1)) == pytest.approx(math.log(10))


def test_kl_by_hand():
    # KL((0.5, 0.5) ‖ (0.9, 0.1)) = 0.5 ln(0.5/0.9) + 0.5 ln(0.5/0.1) = 0.510826 nats
    assert distill.kl_divergence([0.5, 0.5], [0.9, 0.1]) == pytest.approx(0.5108256, rel=1e-6)
    assert distill.kl_divergence([0.2, 0.8], [0.2, 0.8]) == pytest.approx(0.0)
    assert distill.kl_divergence([1.0, 0.0], [0.5, 0.5]) == pytest.approx(math.log(2))
    assert distill.kl_divergence([0.5, 0.5], [1.0, 0.0]) == np.inf
    batch = distill.kl_divergence([[0.5, 0.5], [0.2, 0.8]], [[0.9, 0.1], [0.2, 0.8]])
    assert batch.shape == (2,) and batch[1] == pytest.approx(0.0)


@pytest.mark.parametrize(
    "p, q, message",
    [
        ([0.5, 0.5], [0.2, 0.3, 0.5], r"q: shape \(3,\) does not match p's shape \(2,\)"),
        ([0.5, 0.6], [0.5, 0.5], "p: each distribution must sum to 1"),
        ([1.5, -0.5], [0.5, 0.5], r"p: expected probabilities ≥ 0"),
        ([0.5, 0.5], [np.nan, 0.5], "q: expected finite numbers"),
    ],
)
def test_kl_rejects_bad_input(p, q, message):
    with pytest.raises(ValueError, match=message):
        distill.kl_divergence(p, q)


@pytest.mark.parametrize("temperature", [0, -1, np.nan, np.inf, "hot"])
def test_softmax_rejects_bad_temperature(temperature):
    with pytest.raises(ValueError, match="temperature="):
        distill.softmax([1.0, 2.0], temperature)


def test_softmax_rejects_non_finite_logits():
    with pytest.raises(ValueError, match="logits: expected finite numbers"):
        distill.softmax([1.0, np.inf])


# --- the distillation loss -----------------------------------------------------------------------

S = np.array([[2.0, 1.0, 0.0], [0.0, 0.0, 3.0]])
T_LOGITS = np.array([[3.0, 0.0, 0.0], [0.0, 1.0, 1.0]])
Y = np.array([0, 2])


def test_loss_alpha_zero_is_cross_entropy():
    # −ln 0.665241 = 0.407606 and −ln(e³/(2 + e³)) = −ln 0.909443 = 0.094924 → mean 0.251265
    assert distill.distillation_loss(S, T_LOGITS, Y, 5.0, 0.0) == pytest.approx(0.251265, rel=1e-5)
    assert distill.cross_entropy(Y, S) == pytest.approx([0.4076059, 0.0949230], rel=1e-6)


def test_loss_alpha_one_is_t_squared_kl():
    T = 2.0
    kl = distill.kl_divergence(distill.softmax(T_LOGITS, T), distill.softmax(S, T))
    assert distill.distillation_loss(S, T_LOGITS, Y, T, 1.0) == pytest.approx(T * T * kl.mean())
    # By hand for the first example at T = 1:
    # p = (0.909443, 0.045278, 0.045278), q = (0.665241, 0.244728, 0.090031)
    p = np.array([0.909443, 0.045278, 0.045278])
    q = np.array([0.665241, 0.244728, 0.090031])
    expected = np.sum(p * np.log(p / q))
    assert distill.distillation_loss(S[:1], T_LOGITS[:1], Y[:1], 1.0, 1.0) == pytest.approx(
        expected, rel=1e-4
    )


def test_loss_mixes_linearly_in_alpha():
    hard = distill.distillation_loss(S, T_LOGITS, Y, 3.0, 0.0)
    soft = distill.distillation_loss(S, T_LOGITS, Y, 3.0, 1.0)
    assert distill.distillation_loss(S, T_LOGITS, Y, 3.0, 0.25) == pytest.approx(0.75 * hard + 0.25 * soft)


def test_loss_is_zero_soft_term_when_student_equals_teacher():
    assert distill.distillation_loss(T_LOGITS, T_LOGITS, Y, 4.0, 1.0) == pytest.approx(0.0, abs=1e-12)


def test_loss_stays_finite_for_huge_logits():
    big = np.array([[1e5, 0.0, -1e5]])
    assert math.isfinite(distill.distillation_loss(big, -big, [0], 2.0, 0.5))


def test_gradient_matches_finite_differences():
    rng = np.random.default_rng(3)
    s, t, y = rng.normal(size=(4, 5)), 2 * rng.normal(size=(4, 5)), rng.integers(0, 5, 4)
    g = distill.distillation_gradient(s, t, y, 3.0, 0.7)
    eps = 1e-6
    numeric = np.zeros_like(s)
    for idx in np.ndindex(s.shape):
        plus, minus = s.copy(), s.copy()
        plus[idx] += eps
        minus[idx] -= eps
        numeric[idx] = (
            distill.distillation_loss(plus, t, y, 3.0, 0.7) - distill.distillation_loss(minus, t, y, 3.0, 0.7)
        ) / (2 * eps)
    assert np.allclose(g, numeric, atol=1e-6)


def test_t_squared_keeps_the_soft_gradient_from_vanishing():
    rng = np.random.default_rng(0)
    s, t, y = rng.normal(size=(50, 10)), 5 * rng.normal(size=(50, 10)), rng.integers(0, 10, 50)
    sizes = [np.abs(distill.distillation_gradient(s, t, y, T, 1.0)).sum() for T in (4, 16)]
    assert 0.5 < sizes[1] / sizes[0] < 2  # with T²: the same order of magnitude
    assert sizes[1] / 16**2 < 0.2 * sizes[0] / 4**2  # without it, it would shrink several-fold


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"temperature": 0}, r"temperature=0: expected a finite number > 0"),
        ({"temperature": -2}, r"temperature=-2"),
        ({"alpha": 1.5}, r"alpha=1.5: expected a weight in \[0, 1\]"),
        ({"alpha": -0.1}, r"alpha=-0.1: expected a weight in \[0, 1\]"),
        ({"alpha": "half"}, r"alpha='half'"),
        (
            {"teacher_logits": np.zeros((2, 4))},
            r"teacher_logits: shape \(2, 4\) does not match student_logits' shape \(2, 3\)",
        ),
        ({"labels": [0, 3]}, r"labels: found 3; expected class indices in \[0, 2\]"),
        ({"labels": [0, -1]}, r"labels: found -1"),
        ({"labels": [0, 1, 2]}, r"labels: shape \(3,\) does not match the logits' batch shape \(2,\)"),
        ({"labels": [0.5, 1]}, r"labels: expected whole-number class indices"),
        (
            {"student_logits": np.zeros(3), "teacher_logits": np.zeros(3), "labels": np.zeros((), int)},
            r"student_logits: expected a 2-D array",
        ),
    ],
)
def test_loss_rejects_bad_input(kwargs, message):
    arguments = {
        "student_logits": S,
        "teacher_logits": T_LOGITS,
        "labels": Y,
        "temperature": 2.0,
        "alpha": 0.5,
    }
    arguments.update(kwargs)
    with pytest.raises(ValueError, match=message):
        distill.distillation_loss(**arguments)
    with pytest.raises(ValueError, match=message):
        distill.distillation_gradient(**arguments)


# --- the experiment ------------------------------------------------------------------------------


def test_split_and_teacher(digits):
    split, teacher = digits
    assert len(split.y_train) + len(split.y_test) == 1797
    assert split.X_train.min() >= 0 and split.X_train.max() <= 1
    assert teacher.accuracy(split.X_test, split.y_test) > 0.95
    assert teacher.n_parameters == 64 * 128 + 128 + 128 * 10 + 10


def test_labelled_subset_is_balanced_and_reproducible(digits):
    split, _ = digits
    a = distill.labelled_subset(split.y_train, 5, seed=7)
    assert np.array_equal(a, distill.labelled_subset(split.y_train, 5, seed=7))
    assert not np.array_equal(a, distill.labelled_subset(split.y_train, 5, seed=8))
    assert (np.bincount(split.y_train[a], minlength=10) == 5).all()
    with pytest.raises(ValueError, match=r"per_class=0: expected a whole number in \[1, "):
        distill.labelled_subset(split.y_train, 0, seed=1)


def test_training_lowers_the_loss_and_alpha_zero_ignores_the_teacher(digits):
    split, teacher = digits
    idx = distill.labelled_subset(split.y_train, 5, seed=0)
    X, y, zt = split.X_train[idx], split.y_train[idx], teacher.logits(split.X_train[idx])
    start = distill.distillation_loss(np.zeros((len(y), 10)), zt, y, 4.0, 0.9)
    student = distill.train_student(X, y, zt, temperature=4.0, alpha=0.9)
    assert distill.distillation_loss(student.logits(X), zt, y, 4.0, 0.9) < 0.5 * start
    hard = distill.train_student(X, y)
    also_hard = distill.train_student(X, y, -zt, temperature=9.0, alpha=0.0)
    assert np.allclose(hard.weights, also_hard.weights)
    assert hard.n_parameters == 650
    with pytest.raises(ValueError, match=r"teacher_logits=None: needed when alpha=0.5"):
        distill.train_student(X, y, None, alpha=0.5)


def test_experiment_is_deterministic_and_soft_targets_help(digits):
    split, teacher = digits
    results = distill.run_experiment(split, teacher, seeds=[0, 1, 2])
    again = distill.run_experiment(split, teacher, seeds=[0, 1, 2])
    pd.testing.assert_frame_equal(results, again)
    assert list(results["method"].unique()) == list(distill.METHODS)
    assert len(results) == 9 and results["accuracy"].between(0, 1).all()
    table = distill.summarise(results)
    # The measured effect on this data set (several points, more than the spread); see the chapter.
    assert table.loc["soft", "mean"] > table.loc["hard", "mean"] + 2 * table.loc["hard", "std"]
    assert set(results.loc[results["method"] == "transfer", "n_images"]) == {distill.TRANSFER_IMAGES}


def test_experiment_rejects_bad_arguments(digits):
    split, teacher = digits
    with pytest.raises(ValueError, match=r"seeds=\[\]"):
        distill.run_experiment(split, teacher, seeds=[])
    with pytest.raises(ValueError, match="temperature=0"):
        distill.run_experiment(split, teacher, seeds=[0], temperature=0)
    with pytest.raises(ValueError, match=r"alphas=\[0.0, 2.0\]: expected weights in \[0, 1\]"):
        distill.run_experiment(split, teacher, seeds=[0], alpha=2.0)
    with pytest.raises(ValueError, match="transfer_images=0"):
        distill.run_experiment(split, teacher, seeds=[0], transfer_images=0)


def test_grid_covers_every_setting_and_alpha_zero_is_flat(digits):
    split, teacher = digits
    grid = distill.accuracy_grid(split, teacher, temperatures=(1.0, 4.0), alphas=(0.0, 1.0), seeds=[0, 1])
    assert len(grid) == 2 * 2 * 2
    hard = grid[grid["alpha"] == 0].pivot(index="seed", columns="temperature", values="accuracy")
    assert (hard[1.0] == hard[4.0]).all()  # the temperature plays no part without soft targets
    # The grid and the experiment train students the same way: same numbers for the same settings.
    exp = distill.run_experiment(split, teacher, seeds=[0, 1], temperature=4.0, alpha=1.0)
    soft = grid[(grid["alpha"] == 1.0) & (grid["temperature"] == 4.0)]["accuracy"].to_numpy()
    assert np.allclose(soft, exp.loc[exp["method"] == "soft", "accuracy"].to_numpy())


# --- widgets -----------------------------------------------------------------------------------


def test_temperature_explorer_follows_its_slider():
    logits = np.array([4.0, 1.0, 0.0, -1.0, 0.5, 0.0, 0.0, 2.0, 0.0, 0.0])
    explorer = distill.TemperatureExplorer(logits, temperature=1.0)
    assert np.allclose(explorer.probabilities, distill.softmax(logits, 1.0))
    low = explorer.entropy_nats
    explorer.temperature.value = 10.0
    assert np.allclose(explorer.probabilities, distill.softmax(logits, 10.0))
    assert explorer.entropy_nats > low
    assert [b.get_height() for b in explorer.bars] == pytest.approx(list(explorer.probabilities))
    assert f"<b>{explorer.entropy_nats:.2f}</b> nats" in explorer.summary.value


def test_temperature_frames_have_alt_text():
    frames = distill.temperature_frames(np.array([3.0, 1.0] + [0.0] * 8), temperatures=(1, 4))
    assert [label for label, _ in frames] == ["T = 1", "T = 4"]
    assert all(
        body.startswith('<img src="data:image/png;base64,') and 'alt="Bar chart' in body for _, body in frames
    )
    assert frames[0][1] != frames[1][1]


def test_grid_explorer_reads_the_grid():
    grid = pd.DataFrame(
        {
            "temperature": [1.0, 1.0, 4.0, 4.0] * 2,
            "alpha": [0.0, 1.0] * 4,
            "seed": [0] * 4 + [1] * 4,
            "accuracy": [0.8, 0.82, 0.8, 0.9, 0.84, 0.86, 0.84, 0.94],
        }
    )
    explorer = distill.GridExplorer(grid)
    explorer.temperature.value, explorer.alpha.value = 4.0, 1.0
    assert explorer.accuracy == pytest.approx(0.92)
    assert explorer.spread == pytest.approx(np.std([0.9, 0.94], ddof=1))
    assert "<b>92.0%</b>" in explorer.summary.value and "+10.0 points" in explorer.summary.value
    explorer.alpha.value = 0.0
    assert explorer.accuracy == pytest.approx(0.82)
    assert list(explorer.marker.get_ydata()) == pytest.approx([82.0])


# --- the R1 table and the figures --------------------------------------------------------------


def test_r1_table_matches_the_paper(r1):
    row = r1.set_index("model")
    assert row.loc["DeepSeek-R1-Distill-Qwen-32B", "aime2024_pass1_pct"] == 72.6
    assert row.loc["DeepSeek-R1-Zero-Qwen-32B", "aime2024_pass1_pct"] == 47.0
    assert row.loc["DeepSeek-R1-Distill-Llama-70B", "codeforces_rating"] == 1633
    distilled = r1[r1["training"] == "distilled"]
    assert len(distilled) == 6 and sorted(distilled["parameters_b"]) == [1.5, 7, 8, 14, 32, 70]
    # The paper's finding: at 32B, distillation beats RL alone on every benchmark.
    for bench in distill.BENCHMARKS:
        assert row.loc["DeepSeek-R1-Distill-Qwen-32B", bench] > row.loc["DeepSeek-R1-Zero-Qwen-32B", bench]
    # No student reaches its teacher.
    for bench in distill.BENCHMARKS:
        assert (distilled[bench] < row.loc["DeepSeek-R1", bench]).all()


def test_r1_figures(r1):
    fig, axes = distill.plot_r1_distilled(r1)
    first = axes.flat[0]
    ys = sorted(
        y for line in first.get_lines() if line.get_label().startswith("R1-Distill") for y in line.get_ydata()
    )
    assert sorted(r1.loc[r1["training"] == "distilled", "aime2024_pass1_pct"]) == ys
    assert "billions of parameters" in axes[-1][0].get_xlabel()
    with pytest.raises(ValueError, match="benchmarks="):
        distill.plot_r1_distilled(r1, benchmarks=("mmlu",))
    fig, ax = distill.plot_rl_vs_distillation(r1)
    assert len(ax.patches) == 3 * len(distill.BENCHMARKS)
    with pytest.raises(ValueError, match="size_b=3"):
        distill.plot_rl_vs_distillation(r1, size_b=3)
    assert "72.6 for DeepSeek-R1-Distill-Qwen-32B" in distill.describe_r1_distilled(r1)


def test_experiment_and_grid_figures(digits):
    split, teacher = digits
    results = distill.run_experiment(split, teacher, seeds=[0, 1])
    fig, ax = distill.plot_experiment(results, teacher_accuracy=0.98)
    assert len(ax.collections) >= 3 and "%" in ax.get_xlabel()
    grid = distill.accuracy_grid(split, teacher, temperatures=(1.0, 4.0), alphas=(0.0, 1.0), seeds=[0, 1])
    fig, ax = distill.plot_grid(grid)
    assert len(ax.get_lines()) == 2 and "Temperature" in ax.get_xlabel()
    assert "alpha = 0" in distill.describe_grid(grid)


# --- the verdicts --------------------------------------------------------------------------------


def verdict(table, claim_id):
    return table.set_index("claim_id").loc[claim_id, "verdict"]


def test_verdicts_on_the_real_data(claims):
    table = distill.distillation_verdicts(claims)
    assert verdict(table, "openai_accused") == "accurate"
    assert verdict(table, "massive_distillation") == "unverifiable"
    assert verdict(table, "terms_of_service") == "accurate"
    assert "29 January 2025" in table.set_index("claim_id").loc["openai_accused", "finding"]


def test_verdict_follows_the_evidence(claims):
    """If OpenAI had published its evidence, the claim would become checkable — and here, 'accurate'."""
    shown = claims.copy()
    shown.loc[shown["claim_id"] == "openai_ft", "evidence_public"] = "yes"
    assert verdict(distill.distillation_verdicts(shown), "massive_distillation") == "accurate"
    nobody = claims[claims["kind"] != "allegation"]
    assert verdict(distill.distillation_verdicts(nobody), "massive_distillation") == "wrong"
    assert verdict(distill.distillation_verdicts(nobody), "openai_accused") == "wrong"
    no_terms = claims[claims["kind"] != "terms of use"]
    assert verdict(distill.distillation_verdicts(no_terms), "terms_of_service") == "unverifiable"


def test_documented_distillation_is_deepseeks_own(claims):
    documented = claims[claims["kind"] == "documented distillation"]
    assert len(documented) >= 2
    assert documented["teacher"].str.contains("DeepSeek").all()
    assert (documented["evidence_public"] == "yes").all()


def test_parity_claim_from_the_r1_paper_table():
    benchmarks = load("r1_benchmarks")
    table = distill.parity_table(benchmarks)
    assert len(table) == 8 and int(table["matches"].sum()) == 7
    gpqa = table.set_index("benchmark").loc["GPQA Diamond"]
    assert gpqa["lead_pct"] == pytest.approx(100 * (71.5 - 75.7) / 75.7)
    evidence = distill.check_parity_claim(benchmarks)
    assert evidence.verdict == "approximately right" and "DeepSeek's own figures" in evidence.finding
    # R1 five points lower everywhere would match on few benchmarks: "wrong"
    worse = benchmarks.copy()
    worse.loc[worse["model"] == "DeepSeek-R1", "score"] *= 0.9
    assert distill.check_parity_claim(worse).verdict == "wrong"
    with pytest.raises(ValueError, match=r"rival='GPT-9': no scores in r1_benchmarks"):
        distill.parity_table(benchmarks, rival="GPT-9")
    with pytest.raises(ValueError, match=r"within=1.5: expected a fraction"):
        distill.parity_table(benchmarks, within=1.5)


def test_the_parity_finding_in_french():
    benchmarks = load("r1_benchmarks")
    evidence = distill.check_parity_claim(benchmarks, language="fr")
    assert evidence.finding == (
        "D'après les chiffres de DeepSeek lui-même (article de R1, tableau 4), DeepSeek-R1 devance "
        "OpenAI-o1-1217 sur 4 des 8 bancs d'essai et reste à moins de 5\u202f% sur 7 ; son plus grand "
        "écart est sur GPQA Diamond (71,5 contre 75,7, -5,5\u202f%)."
    )
    assert "derrière d'au plus 5\u202f%" in evidence.method
    assert evidence.verdict == distill.check_parity_claim(benchmarks, language="en").verdict


# --- Size and the R1-distilled students -----------------------------------------------------------------


def test_size_reversals_are_the_five_the_audit_found(r1):
    found = distill.size_reversals(r1)
    pairs = set(
        zip(
            found["benchmark"],
            found["larger"].str.replace("DeepSeek-R1-Distill-", ""),
            found["smaller"].str.replace("DeepSeek-R1-Distill-", ""),
        )
    )
    assert pairs == {
        ("aime2024_pass1_pct", "Llama-8B", "Qwen-7B"),
        ("math500_pass1_pct", "Llama-8B", "Qwen-7B"),
        ("gpqa_diamond_pass1_pct", "Llama-8B", "Qwen-7B"),
        ("aime2024_pass1_pct", "Llama-70B", "Qwen-32B"),
        ("codeforces_rating", "Llama-70B", "Qwen-32B"),
    }
    assert (found["larger_b"] > found["smaller_b"]).all() and (
        found["larger_score"] < found["smaller_score"]
    ).all()


def test_size_trend_sentence_follows_the_data(r1):
    sentence = distill.size_trend_sentence(r1)
    assert "on 4 of the 5 benchmarks" in sentence and "In 70 of 75 comparisons" in sentence
    assert "Llama-70B is below Qwen-32B on AIME 2024 and Codeforces" in sentence
    assert sentence.endswith("none reaches its teacher.")
    # a table where size always helps gets the universal sentence; a student above R1 changes its end
    monotone = r1.copy()
    students = monotone["training"] == "distilled"
    for column in distill.SCORED_COLUMNS:
        monotone.loc[students, column] = monotone.loc[students, "parameters_b"] / 100  # below R1 everywhere
    assert distill.size_reversals(monotone).empty and distill.below_teacher(monotone)
    assert distill.size_trend_sentence(monotone) == (
        "All 6 students get better with size on every benchmark, and none reaches its teacher."
    )
    monotone.loc[monotone["model"] == "DeepSeek-R1-Distill-Llama-70B", "codeforces_rating"] = 3000
    assert not distill.below_teacher(monotone)
    assert distill.size_trend_sentence(monotone).endswith("some reach their teacher.")
    with pytest.raises(ValueError, match="columns: 'mmlu' is not a column"):
        distill.size_reversals(r1, columns=("mmlu",))


def test_wins_counts_only_benchmarks_both_report(r1):
    # R1-Zero's RL recipe on Qwen-32B has no Codeforces rating: four benchmarks are compared
    assert distill.wins(r1, "DeepSeek-R1-Distill-Qwen-32B", "DeepSeek-R1-Zero-Qwen-32B") == (4, 4)
    assert distill.wins(r1, "DeepSeek-R1-Distill-Llama-70B", "DeepSeek-R1-Distill-Qwen-32B") == (3, 5)
    with pytest.raises(ValueError, match="model='nope'"):
        distill.wins(r1, "nope", "DeepSeek-R1")


def _grid(means: dict) -> pd.DataFrame:
    return pd.DataFrame(
        [{"temperature": t, "alpha": a, "seed": 0, "accuracy": acc} for (t, a), acc in means.items()]
    )


def test_grid_trend_sentence_reads_the_gains():
    rising = _grid({(1, 0): 0.80, (1, 1): 0.82, (4, 0): 0.80, (4, 1): 0.86, (20, 0): 0.80, (20, 1): 0.88})
    assert list((100 * distill.soft_gain_by_temperature(rising)).round(6)) == [2.0, 6.0, 8.0]
    assert distill.grid_trend_sentence(rising) == (
        "Across the 6 runs of the grid (temperatures × weights × seeds), the soft targets help at every "
        "temperature of the grid: by 2.0 points at T = 1 and 8.0 at T = 20, rising with the temperature, "
        "by less at each step."
    )
    mixed = _grid({(1, 0): 0.80, (1, 1): 0.79, (4, 0): 0.80, (4, 1): 0.86})
    assert "help at T = 4 only" in distill.grid_trend_sentence(mixed)
    with pytest.raises(ValueError, match="alpha = 0"):
        distill.soft_gain_by_temperature(_grid({(1, 1): 0.9}))


# --- the French edition ---------------------------------------------------------------------------

_LOGITS = np.array([4.0, 1.0, 0.0, -1.0, 0.5, 0.0, 0.0, 2.0, 0.0, 0.0])
_SMALL_GRID = pd.DataFrame(
    {
        "temperature": [1.0, 1.0, 4.0, 4.0] * 2,
        "alpha": [0.0, 0.5] * 4,
        "seed": [0] * 4 + [1] * 4,
        "accuracy": [0.8, 0.82, 0.8, 0.9, 0.84, 0.86, 0.84, 0.94],
    }
)


def test_the_french_temperature_explorer_shows_no_english_wherever_its_slider_is():
    for explorer in (
        distill.TemperatureExplorer(_LOGITS, temperature=1.0, language="fr"),
        in_language("fr", lambda: distill.TemperatureExplorer(_LOGITS, temperature=1.0)),
    ):
        for value in (0.5, 2.5, 30.0):
            explorer.temperature.value = value
            assert english_words(*widget_texts(explorer.widget)) == []
            assert english_words(*figure_texts(explorer.figure)) == []
        assert explorer.temperature.description == "Température T"
        assert (
            f"entropie <b>{i18n.format_number(explorer.entropy_nats, 2, 'fr')}</b>" in explorer.summary.value
        )
        assert "Diagramme en barres" in explorer.output.value  # the alt text of the <img>


def test_the_french_grid_explorer_shows_no_english_wherever_its_sliders_are():
    for explorer in (
        distill.GridExplorer(_SMALL_GRID, language="fr"),
        in_language("fr", lambda: distill.GridExplorer(_SMALL_GRID)),
    ):
        assert [label for label, _ in explorer.alpha.options] == ["0", "0,5"]
        for t, a in ((4.0, 0.5), (1.0, 0.0), (1.0, 0.5)):
            explorer.temperature.value, explorer.alpha.value = t, a
            assert english_words(*widget_texts(explorer.widget)) == []
        explorer.temperature.value, explorer.alpha.value = 4.0, 0.5
        assert "<b>92,0\u202f%</b>" in explorer.summary.value and "+10,0 points" in explorer.summary.value


def test_the_english_widgets_are_as_they_were():
    explorer = distill.GridExplorer(_SMALL_GRID, language="en")
    explorer.temperature.value, explorer.alpha.value = 4.0, 0.5
    assert explorer.summary.value == (
        "<p>T = <b>4</b>, alpha = <b>0.5</b>: the student gets <b>92.0%</b> ± 2.8 of the test images "
        "right; hard labels only: 82.0% (+10.0 points).</p>"
    )
    assert explorer.alpha.description == "Weight of the soft targets, alpha"


def test_the_french_static_temperature_slider_shows_no_english():
    slider = distill.temperature_slider(_LOGITS, temperature=0.5, language="fr")
    assert slider.children[0].value == "T = 0,5"
    assert english_words(*widget_texts(slider)) == []
    assert 'alt="Diagramme en barres des dix probabilités' in slider.children[1].children[0].value


def test_the_french_sentences_are_french(r1):
    rising = _grid({(1, 0): 0.80, (1, 1): 0.82, (4, 0): 0.80, (4, 1): 0.86, (20, 0): 0.80, (20, 1): 0.88})
    assert distill.grid_trend_sentence(rising, language="fr") == (
        "Sur les 6 entraînements de la grille (températures × poids × graines), les cibles souples aident "
        "à toutes les températures de la grille : de 2,0 points à T = 1 et de 8,0 à T = 20, de plus en "
        "plus avec la température, mais de moins en moins à chaque pas."
    )
    french = distill.size_trend_sentence(r1, language="fr")
    assert french.startswith("Dans ") and english_words(french) == []
    assert distill.size_range(r1, language="fr") == "de 1,5 à 70"
    assert distill.size_range(r1, language="en") == "from 1.5 to 70"
    assert distill.below_teacher_sentence(r1, language="fr") == "tous les élèves restent sous R1"
    assert distill.wins_words(4, 4, language="fr") == "la totalité des"
    assert distill.wins_words(3, 4, language="en") == "3 of the"


def test_the_french_findings_on_the_allegations_are_french_and_dated_in_french(claims):
    french = distill.distillation_verdicts(claims, language="fr").set_index("claim_id")
    english = distill.distillation_verdicts(claims, language="en").set_index("claim_id")
    assert list(french["verdict"]) == list(english["verdict"])  # the scale's own words, for the ledger
    assert french.at["openai_accused", "finding"].endswith("la première le 29 janvier 2025")
    assert english.at["openai_accused", "finding"].endswith("first on 29 January 2025")
    assert english_words(*french["finding"]) == []


def test_the_french_summary_table_names_the_methods_in_french():
    results = pd.DataFrame(
        {"method": ["hard", "soft", "hard", "soft"], "seed": [0, 0, 1, 1], "accuracy": [0.8, 0.9, 0.82, 0.92]}
    )
    table = distill.summary_table(distill.summarise(results), language="fr")
    assert list(table.columns) == ["moyenne", "écart-type", "min.", "max."]
    assert list(table.index) == [
        "étiquettes dures, peu d'images",
        "cibles souples de l'enseignant, mêmes images",
    ]
    english = distill.summary_table(distill.summarise(results), language="en")
    assert list(english.index) == [distill.METHODS["hard"], distill.METHODS["soft"]]
    assert english.loc[distill.METHODS["soft"], "mean"] == pytest.approx(91.0)
    with pytest.raises(ValueError, match="method='cheat': expected one of hard, soft, transfer"):
        distill.method_name("cheat", language="fr")


def test_the_scale_of_a_statement_comes_from_its_column_in_each_language(claims):
    assert distill.scale_text(claims, "anthropic_report", language="en") == (
        "over 150,000 exchanges attributed to DeepSeek"
    )
    assert distill.scale_text(claims, "anthropic_report", language="fr") == (
        "plus de 150\u202f000 échanges attribués à DeepSeek"
    )
    with pytest.raises(ValueError, match="claim_id='sacks_fox': distillation_claims.csv gives no scale_fr"):
        distill.scale_text(claims, "sacks_fox", language="fr")
    with pytest.raises(ValueError, match="claim_id='nobody': found 0 distillation_claims"):
        distill.scale_text(claims, "nobody", language="fr")
    assert [distill.count_or_none(n, language="fr") for n in (0, 2)] == ["aucune", "2"]
    assert distill.count_or_none(0, language="en") == "none"


def test_what_chapter_5_prints_is_as_before_in_english_and_french_in_french(claims):
    p = distill.softmax(_LOGITS, 4)
    english = distill.probabilities_line(4, p, language="en")
    assert english == f"T =  4: {' '.join(f'{x:.2f}' for x in p)} | entropy {distill.entropy(p):.2f} nats"
    french = distill.probabilities_line(4, p, language="fr")
    assert french.startswith("T =  4 : ") and "entropie" in french and "." not in french
    assert distill.true_digit_line(3, language="en") == "true digit: 3"
    assert distill.gradient_line(2, 3.4061, language="en") == (
        "T =  2: size of the gradient with T²  3.406, without T² 0.8515"
    )
    assert distill.gradient_line(2, 3.4061, language="fr") == (
        "T =  2 : taille du gradient avec T²  3,406, sans T² 0,8515"
    )
    assert distill.loss_line(4, 0.9, 18.9243, language="en") == "loss at T = 4, alpha = 0.9: 18.924 nats"
    assert distill.loss_line(4, 0.9, 18.9243, language="fr") == "perte à T = 4, alpha = 0,9 : 18,924 nats"
    assert distill.recovered_line(0.9114, language="en") == (
        "distillation recovered 91% of the gap between student and teacher"
    )
    assert distill.recovered_line(0.9114, language="fr").startswith("la distillation a comblé 91\u202f%")
    lines = [
        distill.true_digit_line(3, language="fr"),
        french,
        distill.gradient_line(2, 3.4, language="fr"),
        distill.recovered_line(0.5, language="fr"),
    ]
    assert english_words(*lines) == []


def test_the_french_tables_of_chapter_5(claims):
    table = distill.grid_table(_SMALL_GRID, language="fr")
    assert list(table.columns) == ["0", "0,5"] and list(table.index) == ["1", "4"]
    assert table.loc["4", "0,5"] == "92,0" and table.index.name == "température"
    english = distill.grid_table(_SMALL_GRID, language="en")
    assert english.loc[4.0, 0.5] == pytest.approx(92.0)
    verdicts = distill.distillation_verdicts(claims, language="fr")
    view = distill.verdicts_view(verdicts, language="fr")
    assert list(view.columns) == ["affirmation", "verdict", "ce que disent les données"]
    assert set(view["verdict"]) <= {"exact", "invérifiable", "faux"}
    assert distill.verdicts_view(verdicts, language="en") is verdicts
    texts = [str(v) for v in view.to_numpy().ravel()]
    assert english_words(*texts) == []


def test_the_printed_lines_and_the_mean_std_table_in_each_language():
    q = np.array([0.665, 0.245, 0.09])
    assert distill.line("softmax", T=1, q=q, h=0.832, language="en") == f"1 {q} entropy 0.832 nats"
    assert (
        distill.line("softmax", T=1, q=q, h=0.832, language="fr")
        == "1 [0,665 0,245 0,09 ] entropie 0,832 nats"
    )
    beats = ["aime2024", "math500"]
    assert distill.line("beats", model="M", gpt4o=beats, o1_mini=[], language="en") == (
        f"{'M':32s} beats GPT-4o on {beats}, o1-mini on []"
    )
    summary = pd.DataFrame(
        {"mean": [0.854, 0.891], "std": [0.018, 0.013], "min": [0.8, 0.87], "max": [0.88, 0.9]},
        index=["hard", "soft"],
    )
    summary.index.name = "method"
    english = distill.mean_std_table(summary, language="en")
    assert english.equals((100 * summary[["mean", "std"]]).round(1))
    shown = distill.mean_std_table(summary, language="fr")
    assert list(shown.columns) == ["moyenne", "écart-type"] and shown.iloc[0, 0] == "85,4"
    assert english_words(*shown.index, distill.line("gain", gain=3.6, times=2.0, language="fr")) == []
