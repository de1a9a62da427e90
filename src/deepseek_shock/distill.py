"""Chapter 5 — Distillation: soft targets, temperature, the distillation loss, and a small experiment.

The three functions of the chapter's public API:

- :func:`softmax` — temperature-softened softmax along the last axis, numerically stable;
- :func:`kl_divergence` — KL(p ‖ q) in nats along the last axis;
- :func:`distillation_loss` — Hinton, Vinyals and Dean's (2015) loss, averaged over the batch:
  ``alpha·T²·KL(softmax(teacher/T) ‖ softmax(student/T)) + (1 − alpha)·CE(labels, softmax(student))``.

Around them: an experiment on scikit-learn's handwritten digits (8×8 images, ten classes) in which a
teacher network trained on the whole training set teaches a much smaller student — a softmax regression
trained by full-batch gradient descent — from a handful of labelled images; the R1-distilled models'
scores; the allegations; the widgets. Everything is deterministic given a seed, and offline.
Probabilities are fractions in [0, 1]; entropies and losses are in nats; accuracies are fractions.
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import ipywidgets as W
import matplotlib.pyplot as plt
import numpy as np
import numpy.typing as npt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from . import i18n, style, widgets
from .arguments import finite_positive
from .cache import cached
from .data import one_row
from .i18n import tr
from .verdicts import APPROXIMATE_WITHIN, Evidence, check_verdict, verdict_name

__all__ = [
    "LINES",
    "line",
    "mean_std_table",
    "softmax",
    "log_softmax",
    "kl_divergence",
    "entropy",
    "cross_entropy",
    "distillation_loss",
    "distillation_gradient",
    "DEFAULT_TEMPERATURE",
    "DEFAULT_ALPHA",
    "LABELLED_PER_CLASS",
    "SEEDS",
    "GRID_TEMPERATURES",
    "GRID_ALPHAS",
    "METHODS",
    "method_name",
    "summary_table",
    "grid_table",
    "DigitsSplit",
    "load_digits_split",
    "Teacher",
    "train_teacher",
    "SoftmaxStudent",
    "example_image",
    "TRANSFER_IMAGES",
    "train_students",
    "train_student",
    "labelled_subset",
    "run_experiment",
    "summarise",
    "accuracy_grid",
    "grid_summary",
    "plot_soft_targets",
    "plot_experiment",
    "plot_grid",
    "describe_grid",
    "plot_distribution",
    "describe_distribution",
    "temperature_label",
    "temperature_frames",
    "temperature_slider",
    "TemperatureExplorer",
    "GridExplorer",
    "BENCHMARKS",
    "plot_r1_distilled",
    "describe_r1_distilled",
    "plot_rl_vs_distillation",
    "distillation_verdicts",
    "verdicts_view",
    "PARITY_RIVAL",
    "parity_table",
    "check_parity_claim",
    "SCORED_COLUMNS",
    "size_reversals",
    "below_teacher",
    "size_trend_sentence",
    "below_teacher_sentence",
    "size_range",
    "wins_words",
    "wins",
    "scale_text",
    "count_or_none",
    "setting_text",
    "true_digit_line",
    "probabilities_line",
    "gradient_line",
    "loss_line",
    "recovered_line",
    "soft_gain_by_temperature",
    "grid_trend_sentence",
    "describe_soft_targets",
    "describe_experiment",
    "describe_rl_vs_distillation",
]

# --- The public API -----------------------------------------------------------------------------


def _temperature(temperature) -> float:
    return finite_positive(temperature, "temperature", lenient=True)


def _finite_array(values, name: str) -> np.ndarray:
    try:
        array = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name}: expected an array of numbers") from None
    if array.ndim == 0:
        raise ValueError(f"{name}: expected at least one axis (one score per class), got a scalar")
    if array.shape[-1] == 0:
        raise ValueError(f"{name}: expected at least one class along the last axis")
    if not np.isfinite(array).all():
        raise ValueError(f"{name}: expected finite numbers (no NaN or infinity)")
    return array


def log_softmax(logits: npt.ArrayLike, temperature: float = 1.0) -> np.ndarray:
    """log softmax(logits / temperature) along the last axis, computed without overflow."""
    z, T = _finite_array(logits, "logits"), _temperature(temperature)
    # Shift by the largest logit *before* dividing by T: the largest becomes exactly 0, so a tiny T or a
    # huge logit cannot make inf − inf = NaN. A gap too large for a float is clipped to the most
    # negative finite number (a probability of 0 whose log stays finite).
    with np.errstate(over="ignore"):
        z = np.maximum((z - z.max(axis=-1, keepdims=True)) / T, -np.finfo(float).max)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def softmax(logits: npt.ArrayLike, temperature: float = 1.0) -> np.ndarray:
    """Temperature-softened softmax along the last axis: exp(z_i/T) / Σ_j exp(z_j/T).

    ``temperature`` T > 0: T = 1 is the ordinary softmax, larger T spreads the probability over more
    classes, smaller T concentrates it on the largest logit. Subtracting the largest logit first keeps
    the result finite for huge logits (1e300 works). Returns fractions that sum to 1 along the last axis.
    """
    return np.exp(log_softmax(logits, temperature))


def _distribution(values, name: str, atol: float = 1e-6) -> np.ndarray:
    array = _finite_array(values, name)
    if (array < 0).any():
        raise ValueError(f"{name}: expected probabilities ≥ 0")
    sums = array.sum(axis=-1)
    if not np.allclose(sums, 1.0, atol=atol):
        worst = float(sums.flat[np.argmax(np.abs(sums - 1.0))])
        raise ValueError(f"{name}: each distribution must sum to 1 along the last axis (found {worst:.6g})")
    return array


def kl_divergence(p: npt.ArrayLike, q: npt.ArrayLike) -> np.ndarray:
    """KL(p ‖ q) = Σ_i p_i·ln(p_i / q_i) in nats, along the last axis.

    ``p`` and ``q`` are probability distributions of the same shape. Terms with p_i = 0 count 0; a
    class with p_i > 0 and q_i = 0 makes the divergence infinite. Returns one value per distribution.
    """
    p, q = _distribution(p, "p"), _distribution(q, "q")
    if p.shape != q.shape:
        raise ValueError(f"q: shape {q.shape} does not match p's shape {p.shape}")
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p > 0, p * (np.log(np.where(p > 0, p, 1.0)) - np.log(q)), 0.0)
    return terms.sum(axis=-1)


def entropy(p: npt.ArrayLike) -> np.ndarray:
    """Shannon entropy −Σ p_i·ln p_i in nats along the last axis (ln 10 ≈ 2.303 for ten equal classes)."""
    p = _distribution(p, "p")
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.where(p > 0, p * np.log(np.where(p > 0, p, 1.0)), 0.0).sum(axis=-1)


def _labels(labels, n_classes: int, batch_shape: tuple) -> np.ndarray:
    array = np.asarray(labels)
    if array.shape != batch_shape:
        raise ValueError(f"labels: shape {array.shape} does not match the logits' batch shape {batch_shape}")
    if array.size and not np.issubdtype(array.dtype, np.integer):
        if not np.issubdtype(array.dtype, np.number) or not np.all(np.mod(array, 1) == 0):
            raise ValueError("labels: expected whole-number class indices")
        array = array.astype(int)
    if array.size and (array.min() < 0 or array.max() >= n_classes):
        bad = array[(array < 0) | (array >= n_classes)].flat[0]
        raise ValueError(f"labels: found {bad}; expected class indices in [0, {n_classes - 1}]")
    return array.astype(int)


def cross_entropy(labels: npt.ArrayLike, logits: npt.ArrayLike) -> np.ndarray:
    """−ln softmax(logits)[label] in nats for each example (the ordinary loss on hard labels)."""
    logp = log_softmax(logits)
    y = _labels(labels, logp.shape[-1], logp.shape[:-1])
    return -np.take_along_axis(logp, y[..., None], axis=-1)[..., 0]


def _check_loss_arguments(student_logits, teacher_logits, labels, temperature, alpha):
    student = _finite_array(student_logits, "student_logits")
    teacher = _finite_array(teacher_logits, "teacher_logits")
    if teacher.shape != student.shape:
        raise ValueError(
            f"teacher_logits: shape {teacher.shape} does not match student_logits' shape {student.shape}"
        )
    if student.ndim != 2:
        raise ValueError(
            f"student_logits: expected a 2-D array (examples × classes), got shape {student.shape}"
        )
    T = _temperature(temperature)
    try:
        a = float(alpha)
    except (TypeError, ValueError):
        raise ValueError(f"alpha={alpha!r}: expected a weight in [0, 1]") from None
    if not 0.0 <= a <= 1.0:
        raise ValueError(f"alpha={alpha!r}: expected a weight in [0, 1] (1 = soft targets only)")
    y = _labels(labels, student.shape[-1], student.shape[:-1])
    return student, teacher, y, T, a


def distillation_loss(
    student_logits: npt.ArrayLike,
    teacher_logits: npt.ArrayLike,
    labels: npt.ArrayLike,
    temperature: float,
    alpha: float,
) -> float:
    """Hinton et al.'s distillation loss, in nats, averaged over the batch.

    alpha·T²·KL(softmax(teacher/T) ‖ softmax(student/T)) + (1 − alpha)·CE(labels, softmax(student)).

    ``student_logits`` and ``teacher_logits`` have shape (examples, classes); ``labels`` holds one class
    index per example; ``temperature`` T > 0 softens both distributions in the first term; ``alpha`` in
    [0, 1] weighs the soft term against the hard one. The T² keeps the soft term's gradients the same
    size as T changes (they shrink as 1/T² otherwise).
    """
    student, teacher, y, T, a = _check_loss_arguments(
        student_logits, teacher_logits, labels, temperature, alpha
    )
    log_q = log_softmax(student, T)
    log_p = log_softmax(teacher, T)
    kl = (np.exp(log_p) * (log_p - log_q)).sum(axis=-1)
    ce = -np.take_along_axis(log_softmax(student), y[:, None], axis=-1)[:, 0]
    return float(np.mean(a * T * T * kl + (1.0 - a) * ce))


def distillation_gradient(
    student_logits: npt.ArrayLike,
    teacher_logits: npt.ArrayLike,
    labels: npt.ArrayLike,
    temperature: float,
    alpha: float,
) -> np.ndarray:
    """Gradient of :func:`distillation_loss` with respect to the student's logits.

    For each example: [alpha·T·(softmax(student/T) − softmax(teacher/T)) + (1 − alpha)·(softmax(student)
    − onehot(label))] / batch size. The T of the soft term is what is left of T² after the chain rule.
    """
    student, teacher, y, T, a = _check_loss_arguments(
        student_logits, teacher_logits, labels, temperature, alpha
    )
    onehot = np.zeros_like(student)
    np.put_along_axis(onehot, y[:, None], 1.0, axis=-1)
    grad = (1.0 - a) * (softmax(student) - onehot) + a * T * (softmax(student, T) - softmax(teacher, T))
    return grad / len(student)


# --- The experiment: digits, a teacher, a small student -----------------------------------------

#: Settings of the chapter's main comparison (chosen before looking at the results; the grid shows the rest).
DEFAULT_TEMPERATURE = 4.0
DEFAULT_ALPHA = 0.9
#: Labelled training images per digit that the student may see (so 50 in all).
LABELLED_PER_CLASS = 5
#: The seeds of the repeated experiment: each one draws a different set of labelled images.
SEEDS = tuple(range(10))
#: The grid behind the accuracy widget.
GRID_TEMPERATURES = (1.0, 2.0, 4.0, 8.0, 20.0)
GRID_ALPHAS = (0.0, 0.5, 0.9, 1.0)
#: Student training: full-batch gradient descent, fixed for every method so the comparison is fair.
STUDENT_STEPS = 400
STUDENT_LEARNING_RATE = 1.0
STUDENT_WEIGHT_DECAY = 1e-3

#: The methods of :func:`run_experiment`, in the order they are shown.
METHODS = {
    "hard": "hard labels, few images",
    "soft": "teacher's soft targets, same few images",
    "transfer": "teacher's answers on more images, no labels",
}
#: Unlabelled training images per seed that the teacher answers for the ``transfer`` student.
TRANSFER_IMAGES = 500


@dataclass(frozen=True)
class DigitsSplit:
    """scikit-learn's 1,797 handwritten digits, pixels scaled to [0, 1], split into train and test."""

    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray

    @property
    def n_features(self) -> int:
        return self.X_train.shape[1]


@cached
def load_digits_split(seed: int = 0, test_fraction: float = 0.3) -> DigitsSplit:
    """Load the digits bundled with scikit-learn (no download) and split them, stratified by digit."""
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    if not 0.0 < test_fraction < 1.0:
        raise ValueError(f"test_fraction={test_fraction!r}: expected a fraction strictly between 0 and 1")
    digits = load_digits()
    X = digits.data / 16.0  # pixel intensities 0–16 → 0–1
    X_train, X_test, y_train, y_test = train_test_split(
        X, digits.target, test_size=test_fraction, random_state=seed, stratify=digits.target
    )
    return DigitsSplit(X_train, y_train, X_test, y_test)


def _one_blas_thread():
    """Run the enclosed matrix products on one BLAS thread.

    The course's networks are tiny (at most 1,257 × 128 matrices): several BLAS threads spend longer
    handing work to each other than computing, and fight the kernel's other threads on a small machine.
    One thread trains the teacher about three times faster here, with the same result.
    """
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


@dataclass(frozen=True)
class Teacher:
    """A one-hidden-layer ReLU network (trained by scikit-learn); :meth:`logits` gives its raw scores."""

    weights: tuple[np.ndarray, np.ndarray]
    biases: tuple[np.ndarray, np.ndarray]

    def logits(self, X) -> np.ndarray:
        hidden = np.maximum(0.0, np.asarray(X, dtype=float) @ self.weights[0] + self.biases[0])
        return hidden @ self.weights[1] + self.biases[1]

    def accuracy(self, X, y) -> float:
        return float(np.mean(self.logits(X).argmax(axis=1) == np.asarray(y)))

    @property
    def n_parameters(self) -> int:
        return int(sum(w.size for w in self.weights) + sum(b.size for b in self.biases))


@cached
def train_teacher(X: npt.ArrayLike, y: npt.ArrayLike, hidden_units: int = 128, seed: int = 0) -> Teacher:
    """Train the teacher (scikit-learn's MLPClassifier, Adam, L2 penalty 1e-3) on all of (X, y)."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    if int(hidden_units) < 1:
        raise ValueError(f"hidden_units={hidden_units!r}: expected a whole number ≥ 1")
    net = MLPClassifier(hidden_layer_sizes=(int(hidden_units),), alpha=1e-3, max_iter=400, random_state=seed)
    with warnings.catch_warnings(), _one_blas_thread():
        warnings.simplefilter("ignore", ConvergenceWarning)
        net.fit(X, y)
    return Teacher(tuple(net.coefs_), tuple(net.intercepts_))


@dataclass(frozen=True)
class SoftmaxStudent:
    """A softmax regression: logits = X·W + b (650 parameters for 64 pixels and 10 digits)."""

    weights: np.ndarray
    bias: np.ndarray

    def logits(self, X) -> np.ndarray:
        return np.asarray(X, dtype=float) @ self.weights + self.bias

    def accuracy(self, X, y) -> float:
        return float(np.mean(self.logits(X).argmax(axis=1) == np.asarray(y)))

    @property
    def n_parameters(self) -> int:
        return int(self.weights.size + self.bias.size)


def train_students(
    X: npt.ArrayLike,
    labels: npt.ArrayLike,
    teacher_logits: npt.ArrayLike,
    temperatures: Sequence[float] | float,
    alphas: Sequence[float] | float,
    *,
    steps: int = STUDENT_STEPS,
    learning_rate: float = STUDENT_LEARNING_RATE,
    weight_decay: float = STUDENT_WEIGHT_DECAY,
) -> tuple[np.ndarray, np.ndarray]:
    """Train softmax-regression students by full-batch gradient descent on the distillation loss.

    ``X`` has shape (S, n, features): S training sets of n examples; ``labels`` (S, n);
    ``teacher_logits`` (S, n, classes). ``temperatures`` and ``alphas`` are C settings (two sequences of
    equal length); every training set is trained under every setting, S × C students in all. Weights
    start at zero, so the result is deterministic. Returns weights (S, C, features, classes) and biases
    (S, C, classes). The C students of one training set share one matrix product per step.
    """
    X = np.asarray(X, dtype=float)
    zt = _finite_array(teacher_logits, "teacher_logits")
    if X.ndim != 3 or zt.ndim != 3 or zt.shape[:2] != X.shape[:2]:
        raise ValueError(
            f"teacher_logits: shape {zt.shape} does not fit X's shape {X.shape} "
            "(expected (sets, examples, classes) and (sets, examples, features))"
        )
    S, n, d = X.shape
    k = zt.shape[-1]
    y = _labels(labels, k, (S, n))
    temps = [_temperature(t) for t in np.atleast_1d(temperatures)]
    a = np.atleast_1d(np.asarray(alphas, dtype=float))
    if len(a) != len(temps):
        raise ValueError(
            f"alphas: {len(a)} values for {len(temps)} temperatures; expected one alpha per temperature"
        )
    if not np.isfinite(a).all() or ((a < 0) | (a > 1)).any():
        raise ValueError(f"alphas={a.tolist()}: expected weights in [0, 1]")
    if int(steps) < 1:
        raise ValueError(f"steps={steps!r}: expected a whole number ≥ 1")
    if not learning_rate > 0:
        raise ValueError(f"learning_rate={learning_rate!r}: expected a number > 0")
    if not weight_decay >= 0:
        raise ValueError(f"weight_decay={weight_decay!r}: expected a number ≥ 0")
    C = len(temps)
    T = np.array(temps)[None, None, :, None]  # broadcast over (S, n, C, k)
    A = a[None, None, :, None]
    onehot = np.zeros((S, n, 1, k))
    np.put_along_axis(onehot, y[..., None, None], 1.0, axis=-1)
    soft = _batched_softmax(zt[:, :, None, :] / T)
    W, b = np.zeros((S, d, C * k)), np.zeros((S, 1, C * k))
    Xt = np.swapaxes(X, 1, 2)
    # The gradient (1 − α)(softmax(z) − onehot) + αT(softmax(z/T) − soft), over n, rearranged so that the
    # parts that do not change from step to step are computed once: only the two softmaxes are per step,
    # and they share one shift by the largest logit (max(z/T) = max(z)/T for T > 0).
    hard_weight, soft_weight = (1.0 - A) / n, A * T / n
    target = hard_weight * onehot + soft_weight * soft
    inverse_T = 1.0 / T
    with _one_blas_thread():
        for _ in range(int(steps)):
            z = (X @ W + b).reshape(S, n, C, k)
            z -= z.max(axis=-1, keepdims=True)
            e1, eT = np.exp(z), np.exp(z * inverse_T)
            g = (hard_weight / e1.sum(axis=-1, keepdims=True)) * e1
            g += (soft_weight / eT.sum(axis=-1, keepdims=True)) * eT
            g -= target
            g = g.reshape(S, n, C * k)
            W -= learning_rate * (Xt @ g + weight_decay * W)
            b -= learning_rate * g.sum(axis=1, keepdims=True)
    return (np.moveaxis(W.reshape(S, d, C, k), 2, 1), b.reshape(S, C, k))


def _batched_softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def train_student(
    X: npt.ArrayLike,
    labels: npt.ArrayLike,
    teacher_logits: npt.ArrayLike | None = None,
    temperature: float = 1.0,
    alpha: float = 0.0,
    **training: Any,
) -> SoftmaxStudent:
    """Train one softmax-regression student on (X, labels), with the teacher's logits when alpha > 0.

    ``alpha = 0`` is ordinary training on hard labels (``teacher_logits`` may then be ``None``).
    Keyword arguments ``steps``, ``learning_rate`` and ``weight_decay`` go to :func:`train_students`.
    """
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    if teacher_logits is None:
        if alpha != 0:
            raise ValueError(f"teacher_logits=None: needed when alpha={alpha!r} > 0")
        teacher_logits = np.zeros((len(X), int(labels.max()) + 1 if labels.size else 1))
    W, b = train_students(
        X[None],
        labels[None],
        np.asarray(teacher_logits, dtype=float)[None],
        [temperature],
        [alpha],
        **training,
    )
    return SoftmaxStudent(W[0, 0], b[0, 0])


def labelled_subset(y: npt.ArrayLike, per_class: int, seed: int) -> np.ndarray:
    """Indices of ``per_class`` examples of each class, drawn at random (reproducibly) with ``seed``."""
    y = np.asarray(y)
    classes = np.unique(y)
    counts = np.array([np.sum(y == c) for c in classes])
    if not 1 <= int(per_class) <= counts.min():
        raise ValueError(f"per_class={per_class!r}: expected a whole number in [1, {counts.min()}]")
    rng = np.random.default_rng(seed)
    return np.concatenate(
        [rng.choice(np.flatnonzero(y == c), int(per_class), replace=False) for c in classes]
    )


@cached
def run_experiment(
    split: DigitsSplit,
    teacher: Teacher,
    seeds: Sequence[int] = SEEDS,
    per_class: int = LABELLED_PER_CLASS,
    temperature: float = DEFAULT_TEMPERATURE,
    alpha: float = DEFAULT_ALPHA,
    transfer_images: int = TRANSFER_IMAGES,
) -> pd.DataFrame:
    """Train the three students of :data:`METHODS` for each seed; return their held-out accuracies.

    - ``hard``: ``per_class`` labelled images per digit, ordinary cross-entropy on their labels;
    - ``soft``: the same images, the distillation loss with the teacher's logits (``temperature``, ``alpha``);
    - ``transfer``: ``transfer_images`` training images drawn at random, no labels at all — the student
      copies the teacher's top answer on each (the way LLMs are distilled: fine-tuning on text the
      teacher wrote).

    One row per (seed, method): ``seed``, ``method``, ``label`` (its description), ``n_images``,
    ``accuracy`` (fraction of the test images right).
    """
    seeds = list(seeds)
    if not seeds:
        raise ValueError("seeds=[]: expected at least one seed")
    T, a = _temperature(temperature), float(alpha)
    subsets = [labelled_subset(split.y_train, per_class, s) for s in seeds]
    zt_train = teacher.logits(split.X_train)
    if not 1 <= int(transfer_images) <= len(split.y_train):
        raise ValueError(
            f"transfer_images={transfer_images!r}: expected a whole number in [1, {len(split.y_train)}]"
        )
    W, b = train_students(*_stack(split, zt_train, subsets, split.y_train), [1.0, T], [0.0, a])
    # Transfer: unlabelled images, the teacher's top answer as the label (alpha = 0: no soft targets).
    drawn = [
        np.random.default_rng(s).choice(len(split.y_train), int(transfer_images), replace=False)
        for s in seeds
    ]
    Wt, bt = train_students(*_stack(split, zt_train, drawn, zt_train.argmax(axis=1)), [1.0], [0.0])
    rows = []
    for j, seed in enumerate(seeds):
        for method, Wm, bm, n in (
            ("hard", W[j, 0], b[j, 0], len(subsets[j])),
            ("soft", W[j, 1], b[j, 1], len(subsets[j])),
            ("transfer", Wt[j, 0], bt[j, 0], len(drawn[j])),
        ):
            rows.append(
                {
                    "seed": seed,
                    "method": method,
                    "label": METHODS[method],
                    "n_images": n,
                    "accuracy": SoftmaxStudent(Wm, bm).accuracy(split.X_test, split.y_test),
                }
            )
    return pd.DataFrame(rows)


def example_image(split: DigitsSplit, teacher: Teacher, confidence: float = 0.9) -> int:
    """Index of a test image the teacher gets right with probability ≥ ``confidence`` (at T = 1) and
    whose runner-up class gets the most probability among such images.

    A good image to look at soft targets with: the answer is clear, yet its wrong classes are not all ≈ 0.
    """
    p = softmax(teacher.logits(split.X_test))
    right = (p.argmax(axis=1) == split.y_test) & (p.max(axis=1) >= confidence)
    if not right.any():
        raise ValueError(
            f"confidence={confidence!r}: no test image is classified right with that probability"
        )
    runner_up = np.sort(p, axis=1)[:, -2]
    return int(np.flatnonzero(right)[np.argmax(runner_up[right])])


def _stack(split: DigitsSplit, zt_train: np.ndarray, subsets, labels) -> tuple:
    """(X, labels, teacher logits) of each subset of the training images, stacked for train_students."""
    return (
        np.stack([split.X_train[i] for i in subsets]),
        np.stack([np.asarray(labels)[i] for i in subsets]),
        np.stack([zt_train[i] for i in subsets]),
    )


def summarise(results: pd.DataFrame) -> pd.DataFrame:
    """Mean, standard deviation, minimum and maximum accuracy per method (columns in fractions)."""
    table = results.groupby("method", sort=False)["accuracy"].agg(["mean", "std", "min", "max", "count"])
    table["std"] = table["std"].fillna(0.0)
    return table.rename(columns={"count": "seeds"})


@cached
def accuracy_grid(
    split: DigitsSplit,
    teacher: Teacher,
    temperatures: Sequence[float] = GRID_TEMPERATURES,
    alphas: Sequence[float] = GRID_ALPHAS,
    seeds: Sequence[int] = SEEDS,
    per_class: int = LABELLED_PER_CLASS,
) -> pd.DataFrame:
    """Held-out accuracy of the student for every (temperature, alpha, seed): one row each.

    All students are trained together in one batch. With alpha = 0 the temperature plays no part.
    """
    temperatures, alphas, seeds = list(temperatures), list(alphas), list(seeds)
    if not temperatures or not alphas or not seeds:
        raise ValueError("temperatures, alphas and seeds: each needs at least one value")
    subsets = [labelled_subset(split.y_train, per_class, s) for s in seeds]
    zt_train = teacher.logits(split.X_train)
    settings = [(T, a) for T in temperatures for a in alphas]
    # With alpha = 0 the temperature plays no part: such students are trained once and their result reused.
    distinct = list(dict.fromkeys((1.0, 0.0) if a == 0 else (T, a) for T, a in settings))
    W, b = train_students(
        *_stack(split, zt_train, subsets, split.y_train), [T for T, _ in distinct], [a for _, a in distinct]
    )
    predictions = (split.X_test[None, None] @ W + b[:, :, None, :]).argmax(axis=-1)  # (seeds, settings, test)
    accuracy = (predictions == split.y_test).mean(axis=-1)
    column = {setting: c for c, setting in enumerate(distinct)}
    return pd.DataFrame(
        [
            {
                "temperature": T,
                "alpha": a,
                "seed": seed,
                "accuracy": float(accuracy[j, column[(1.0, 0.0) if a == 0 else (T, a)]]),
            }
            for j, seed in enumerate(seeds)
            for T, a in settings
        ]
    )


def grid_summary(grid: pd.DataFrame) -> pd.DataFrame:
    """Mean and standard deviation of the accuracy over seeds, for each (temperature, alpha)."""
    return grid.groupby(["temperature", "alpha"])["accuracy"].agg(["mean", "std"]).reset_index()


def soft_gain_by_temperature(grid: pd.DataFrame) -> pd.Series:
    """For each temperature of the grid: the best mean accuracy with soft targets (alpha > 0) minus the
    mean with hard labels only (alpha = 0), as a fraction (0.05 = five points)."""
    s = grid_summary(grid)
    hard = s[s["alpha"] == 0].set_index("temperature")["mean"]
    soft = s[s["alpha"] > 0].groupby("temperature")["mean"].max()
    if hard.empty or soft.empty:
        raise ValueError("grid: expected runs with alpha = 0 and with alpha > 0 (see accuracy_grid)")
    return (soft - hard).dropna().rename("gain")


def _number(value: float, decimals: int, language: str) -> str:
    """``value`` with ``decimals`` digits: as Python writes it in English (the English edition stays as
    it was), through :func:`i18n.format_number` in the other languages."""
    if language == "en":
        return f"{value:.{decimals}f}"
    return i18n.format_number(value, decimals, language, grouping=False)


def _g(value: float, language: str) -> str:
    """``value`` as ``format(value, "g")`` writes it (``0.5``, ``20``), in ``language``'s way."""
    text = f"{float(value):g}"
    if language == "en" or "e" in text:
        return text
    return i18n.format_number(float(value), len(text.partition(".")[2]), language, grouping=False)


def _percent(value_pct: float, decimals: int, language: str) -> str:
    """A percentage given in percent points: ``93.5%`` in English, ``93,5 %`` in French."""
    if language == "en":
        return f"{value_pct:.{decimals}f}%"
    return i18n.format_percent(value_pct, decimals, language)


def _signed(value: float, decimals: int, language: str) -> str:
    """``value`` with its sign, ``+2.3`` or ``-1.0``, in ``language``'s way."""
    if language == "en":
        return f"{value:+.{decimals}f}"
    text = _number(value, decimals, language)
    return text if text.startswith("-") else "+" + text


def method_name(method: str, *, language: str | None = None) -> str:
    """The readable name of a method of :data:`METHODS`, in ``language`` (the kernel's by default).

    >>> method_name("hard", language="fr")
    "étiquettes dures, peu d'images"
    """
    if method not in METHODS:
        raise ValueError(f"method={method!r}: expected one of {', '.join(METHODS)}")
    return tr(METHODS[method], language)


def summary_table(summary: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """:func:`summarise`'s mean, standard deviation, minimum and maximum in percent (one decimal), one row
    per method under its readable name, headed in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    table = (100 * summary[["mean", "std", "min", "max"]]).round(1)
    table = table.rename(index={m: method_name(m, language=language) for m in METHODS})
    if language == "en":
        return table
    table = table.map(lambda value: i18n.format_number(value, 1, language))
    table.index.name = tr("method", language)
    return table.rename(columns={c: tr(c, language) for c in table.columns})


def grid_table(grid: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """The grid's mean accuracy in percent (one decimal): one row per temperature, one column per alpha;
    in French, numbers and headers written the French way."""
    language = i18n.language(language)
    table = (100 * grid_summary(grid).pivot(index="temperature", columns="alpha", values="mean")).round(1)
    if language == "en":
        return table
    table = table.map(lambda value: i18n.format_number(value, 1, language))
    table.index = pd.Index([_g(t, language) for t in table.index], name=tr("temperature", language))
    table.columns = pd.Index([_g(a, language) for a in table.columns], name="alpha")
    return table


def grid_trend_sentence(grid: pd.DataFrame, *, language: str | None = None) -> str:
    """The chapter's sentence on the grid, written from :func:`soft_gain_by_temperature`, in ``language``
    (the kernel's by default)."""
    language = i18n.language(language)
    gain = 100 * soft_gain_by_temperature(grid)
    helped = gain[gain > 0]
    if len(helped) == len(gain):
        where = tr("at every temperature of the grid", language)
    elif helped.empty:
        where = tr("at no temperature of the grid", language)
    else:
        where = tr("at T = {temperatures} only", language).format(
            temperatures=", ".join(_g(t, language) for t in helped.index)
        )
    steps = np.diff(gain.to_numpy())
    trend = ""
    if len(steps) and (steps > 0).all():
        trend = tr(", rising with the temperature", language) + (
            tr(", by less at each step", language) if (np.diff(steps) < 0).all() else ""
        )
    return tr(
        "Across the {n} runs of the grid (temperatures × weights × seeds), the soft targets help "
        "{where}: by {first} points at T = {t_first} and {last} at T = {t_last}{trend}.",
        language,
    ).format(
        n=len(grid),
        where=where,
        first=_number(gain.iloc[0], 1, language),
        t_first=_g(gain.index[0], language),
        last=_number(gain.iloc[-1], 1, language),
        t_last=_g(gain.index[-1], language),
        trend=trend,
    )


# --- Figures -----------------------------------------------------------------------------------

_DIGITS = [str(d) for d in range(10)]


def plot_soft_targets(
    logits: npt.ArrayLike,
    temperatures: Sequence[float] = (1.0, 4.0, 20.0),
    image: np.ndarray | None = None,
    *,
    language: str | None = None,
) -> tuple[Figure, Sequence[Axes]]:
    """The teacher's probabilities for one image at a few temperatures, as grouped bars (one per T); its
    words in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    temperatures = [_temperature(t) for t in temperatures]
    logits = _finite_array(logits, "logits")
    if image is not None:
        fig, (ax_img, ax) = plt.subplots(
            1, 2, figsize=style.figsize(3.6), gridspec_kw={"width_ratios": [1, 4]}
        )
        _show_digit(ax_img, image, language)
    else:
        fig, ax = plt.subplots(figsize=style.figsize(3.6))
    width = 0.8 / len(temperatures)
    hatches = ["", "//", "..", "xx", "\\\\"]
    for i, T in enumerate(temperatures):
        p = softmax(logits, T)
        ax.bar(
            np.arange(10) + (i - (len(temperatures) - 1) / 2) * width,
            p,
            width,
            color=style.CYCLE[i],
            hatch=hatches[i % len(hatches)],
            edgecolor="white",
            label=tr("T = {t} (entropy {h} nats)", language).format(
                t=_g(T, language), h=_number(float(entropy(p)), 2, language)
            ),
        )
    ax.set_xticks(range(10), _DIGITS)
    ax.set_xlabel(tr("Digit (class)", language))
    ax.set_ylabel(tr("Teacher's probability (fraction)", language))
    _number_ticks(ax.yaxis, language)
    ax.set_ylim(0, 1.05)
    ax.legend(fontsize=style.SMALL_PT, loc="upper right")
    fig.tight_layout()
    style.set_alt(fig, describe_soft_targets(logits, temperatures, language=language))
    return fig, ax


def _number_ticks(axis: Axis, language: str) -> None:
    """Numbers on ``axis`` written ``language``'s way (``0,2``); English keeps matplotlib's own ticks."""
    if language != "en":
        axis.set_major_formatter(FuncFormatter(lambda value, _: _g(round(value, 6), language)))


def _show_digit(ax, image, language: str = "en"):
    ax.imshow(np.asarray(image, dtype=float).reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    ax.set_title(tr("the image\n(8×8 pixels)", language), fontsize=style.SMALL_PT)


def plot_distribution(
    logits: npt.ArrayLike,
    temperature: float,
    image: np.ndarray | None = None,
    ax: Axes | None = None,
    image_ax: Axes | None = None,
    *,
    language: str | None = None,
) -> tuple[Figure, Axes, BarContainer]:
    """Bars of softmax(logits, temperature) with its entropy; one figure, used by both widgets; its words
    in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    p = softmax(logits, temperature)
    if ax is None:
        if image is not None:
            fig, (image_ax, ax) = plt.subplots(
                1, 2, figsize=style.figsize(3.4), gridspec_kw={"width_ratios": [1, 4]}
            )
        else:
            fig, ax = plt.subplots(figsize=style.figsize(3.4))
    fig = ax.figure
    if image is not None and image_ax is not None:
        _show_digit(image_ax, image, language)
    top = int(np.argmax(p))
    colours = [style.PALETTE["vermillion"] if i == top else style.PALETTE["blue"] for i in range(10)]
    bars = ax.bar(range(10), p, color=colours, edgecolor="white")
    bars[top].set_hatch("//")
    ax.set_xticks(range(10), _DIGITS)
    xlabel = tr("Digit (class); the teacher's top answer hatched, in vermillion", language)
    ax.set_xlabel(xlabel if language == "en" else style.wrap_label(xlabel, 60))
    ax.set_ylabel(tr("Probability (fraction)", language))
    _number_ticks(ax.yaxis, language)
    ax.set_ylim(0, 1.05)
    ax.set_title(_distribution_title(p, temperature, language), fontsize=10)
    fig.tight_layout()
    style.set_alt(fig, describe_distribution(logits, temperature, language=language))
    return fig, ax, bars


def _distribution_title(p, temperature, language: str = "en") -> str:
    return tr("T = {t}: top class {top}, entropy {h} nats (max {most})", language).format(
        t=_g(temperature, language),
        top=_number(np.max(p), 2, language),
        h=_number(float(entropy(p)), 2, language),
        most=_number(math.log(len(p)), 2, language),
    )


def describe_distribution(logits: npt.ArrayLike, temperature: float, *, language: str | None = None) -> str:
    """Alt text for :func:`plot_distribution`, in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    p = softmax(logits, temperature)
    order = np.argsort(p)[::-1]
    return tr(
        "Bar chart of the teacher's ten probabilities at temperature {t}: digit {d0} gets {p0}, digit "
        "{d1} {p1}, digit {d2} {p2}; entropy {h} nats out of a maximum of {most}.",
        language,
    ).format(
        t=_g(temperature, language),
        d0=order[0],
        p0=_number(p[order[0]], 2, language),
        d1=order[1],
        p1=_number(p[order[1]], 2, language),
        d2=order[2],
        p2=_number(p[order[2]], 2, language),
        h=_number(float(entropy(p)), 2, language),
        most=_number(math.log(10), 2, language),
    )


def temperature_label(temperature: float, *, language: str | None = None) -> str:
    """The label of a frame of :func:`temperature_frames`: ``T = 0.5`` (``T = 0,5`` in French)."""
    return "T = " + _g(temperature, i18n.language(language))


@cached
def temperature_frames(
    logits: npt.ArrayLike,
    temperatures: Sequence[float] = (0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 20.0, 50.0),
    image: np.ndarray | None = None,
    *,
    language: str | None = None,
) -> list[widgets.Frame]:
    """Pre-rendered ``(label, <img> HTML)`` frames of :func:`plot_distribution`, one per temperature,
    labelled by :func:`temperature_label`, in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    labels = [temperature_label(t, language=language) for t in temperatures]
    lookup = dict(zip(labels, temperatures))

    # One figure for all frames, as in the live widget: the bars' heights and the title change, nothing
    # else does (the top class is the same at every temperature), so each frame is one render, no layout.
    fig, ax, bars = plot_distribution(logits, temperatures[0], image=image, language=language)

    def draw(label):
        p = softmax(logits, lookup[label])
        for bar, height in zip(bars, p):
            bar.set_height(height)
        ax.set_title(_distribution_title(p, lookup[label], language), fontsize=10)
        return fig, describe_distribution(logits, lookup[label], language=language)

    try:
        return widgets.render_frames(
            labels, draw, close=False, render=widgets.MovingArtists(fig, [*bars, ax.title])
        )
    finally:
        plt.close(fig)


def temperature_slider(
    logits: npt.ArrayLike,
    image: np.ndarray | None = None,
    temperature: float = 1.0,
    *,
    language: str | None = None,
) -> W.VBox:
    """The chapter's static temperature widget: :func:`temperature_frames` joined to a slider that works
    without a kernel, set at ``temperature``, with its description and caption in ``language``."""
    language = i18n.language(language)
    return widgets.precomputed_slider(
        temperature_frames(logits, image=image, language=language),
        widgets.static_label("Temperature", language),
        value=temperature_label(temperature, language=language),
        caption=tr(
            "Each frame shows the teacher's probabilities for the same image at one temperature.", language
        ),
    )


def plot_experiment(
    results: pd.DataFrame,
    teacher_accuracy: float | None = None,
    ax: Axes | None = None,
    *,
    language: str | None = None,
) -> tuple[Figure, Axes]:
    """One dot per seed for each method, with the mean ± one standard deviation; accuracies in %; its
    words in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    if ax is None:
        fig, ax = plt.subplots(figsize=style.figsize(3.8))
    fig = ax.figure
    methods = [m for m in METHODS if m in set(results["method"])]
    for i, method in enumerate(methods):
        acc = 100 * results.loc[results["method"] == method, "accuracy"].to_numpy()
        jitter = np.linspace(-0.12, 0.12, len(acc)) if len(acc) > 1 else np.zeros(1)
        ax.scatter(acc, i + jitter, color=style.CYCLE[i], marker=style.MARKERS[i], s=30, alpha=0.8, zorder=3)
        mean, sd = acc.mean(), acc.std(ddof=1) if len(acc) > 1 else 0.0
        ax.errorbar(mean, i + 0.3, xerr=sd, fmt="|", color="black", capsize=4, ms=14, zorder=4)
        ax.annotate(
            tr("mean {mean} ± {sd}", language).format(
                mean=_percent(mean, 1, language), sd=_number(sd, 1, language)
            ),
            (mean, i + 0.3),
            xytext=(0, -9),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=style.SMALL_PT,
        )
    if teacher_accuracy is not None:
        ax.axvline(100 * teacher_accuracy, color="#555555", ls="--", lw=1.2)
        ax.annotate(
            tr("teacher {accuracy}", language).format(accuracy=_percent(100 * teacher_accuracy, 1, language)),
            (100 * teacher_accuracy, -0.4),
            ha="right",
            xytext=(-4, 0),
            textcoords="offset points",
            fontsize=style.SMALL_PT,
            color="#333333",
        )
    names = [method_name(m, language=language).replace(", ", ",\n") for m in methods]
    ax.set_yticks(range(len(methods)), names)
    ax.set_ylim(-0.5, len(methods) - 0.05)
    ax.invert_yaxis()
    ax.set_xlabel(tr("Accuracy on the held-out test images (%)", language))
    _number_ticks(ax.xaxis, language)
    ax.grid(axis="y", alpha=0)
    fig.tight_layout()
    style.set_alt(fig, describe_experiment(results, teacher_accuracy, language=language))
    return fig, ax


def plot_grid(
    grid: pd.DataFrame,
    highlight: tuple[float, float] | None = None,
    ax: Axes | None = None,
    *,
    language: str | None = None,
) -> tuple[Figure, Axes]:
    """Mean accuracy (%) against temperature, one line per alpha; shaded band = ± one standard deviation;
    its words in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    summary = grid_summary(grid)
    if ax is None:
        fig, ax = plt.subplots(figsize=style.figsize(4))
    fig = ax.figure
    for i, (a, rows) in enumerate(summary.groupby("alpha")):
        mean, sd = 100 * rows["mean"].to_numpy(), 100 * rows["std"].fillna(0).to_numpy()
        label = tr("alpha = 0 (hard labels only)", language) if a == 0 else "alpha = " + _g(a, language)
        ax.plot(
            rows["temperature"],
            mean,
            marker=style.MARKERS[i % len(style.MARKERS)],
            color=style.CYCLE[i % len(style.CYCLE)],
            label=label,
            lw=1.5,
        )
        ax.fill_between(
            rows["temperature"], mean - sd, mean + sd, color=style.CYCLE[i % len(style.CYCLE)], alpha=0.08
        )
    if highlight is not None:
        T, a = highlight
        row = summary[(summary["temperature"] == T) & (summary["alpha"] == a)]
        if len(row):
            ax.plot(
                [T], [100 * row["mean"].iloc[0]], marker="o", ms=14, mfc="none", mec="black", mew=2, zorder=5
            )
    ax.set_xscale("log")
    temps = sorted(summary["temperature"].unique())
    ax.set_xticks(temps, [_g(t, language) for t in temps])
    ax.minorticks_off()
    ax.set_xlabel(tr("Temperature T of the soft targets (log scale)", language))
    ax.set_ylabel(tr("Student's test accuracy (%, mean)", language))
    _number_ticks(ax.yaxis, language)
    ax.legend(fontsize=style.SMALL_PT, ncol=1, loc="upper left")
    fig.tight_layout()
    style.set_alt(fig, describe_grid(grid, language=language))
    return fig, ax


def describe_grid(grid: pd.DataFrame, *, language: str | None = None) -> str:
    """Alt text for :func:`plot_grid`, from the numbers, in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    s = grid_summary(grid)
    best = s.loc[s["mean"].idxmax()]
    hard = s[s["alpha"] == 0]["mean"]
    hard_text = (
        tr("With hard labels only (alpha = 0) it is {accuracy} at every temperature; ", language).format(
            accuracy=_percent(100 * hard.mean(), 1, language)
        )
        if len(hard)
        else ""
    )
    return tr(
        "Line chart of the student's mean test accuracy against temperature, one line per alpha. "
        "{hard}The best setting, T = {t} and alpha = {alpha}, reaches {accuracy}.",
        language,
    ).format(
        hard=hard_text,
        t=_g(best["temperature"], language),
        alpha=_g(best["alpha"], language),
        accuracy=_percent(100 * best["mean"], 1, language),
    )


# --- Widgets -----------------------------------------------------------------------------------


class TemperatureExplorer:
    """Live widget: a temperature slider and the teacher's probabilities for one image, redrawn in place.

    ``explorer.widget`` is displayed; ``explorer.temperature`` is the slider; ``explorer.probabilities``
    and ``explorer.entropy_nats`` hold what is shown (tests read them). Its words are in ``language``
    (the kernel's by default).
    """

    def __init__(self, logits, image=None, temperature: float = 2.0, *, language: str | None = None):
        self.language = i18n.language(language)
        self.logits = _finite_array(logits, "logits")
        self.temperature = W.FloatLogSlider(
            value=_temperature(temperature),
            base=10,
            min=-0.5,
            max=1.7,
            step=0.02,
            description=tr("Temperature T", self.language),
            continuous_update=True,
            readout_format=".2f",
            style={"description_width": "initial"},
            layout=W.Layout(width="95%"),
        )
        self.summary = W.HTML()
        self.output = W.HTML()  # the figure, as an <img> (widgets.show_figure)
        self.figure, self.axes, self.bars = plot_distribution(
            self.logits, self.temperature.value, image=image, language=self.language
        )
        plt.close(self.figure)  # shown as an <img> in self.output, never by the inline backend
        self._render = widgets.MovingArtists(
            self.figure, [*self.bars, self.axes.title]
        )  # the rest is drawn once
        self.probabilities = softmax(self.logits, self.temperature.value)
        self.entropy_nats = float(entropy(self.probabilities))
        self.temperature.observe(self.update, names="value")
        self.widget = W.VBox([widgets.readout(self.temperature, self.language), self.summary, self.output])
        self.update()

    @widgets.live_update
    def update(self, change=None) -> None:
        T, language = self.temperature.value, self.language
        self.probabilities = softmax(self.logits, T)
        self.entropy_nats = float(entropy(self.probabilities))
        for bar, height in zip(self.bars, self.probabilities):
            bar.set_height(height)
        self.axes.set_title(_distribution_title(self.probabilities, T, language), fontsize=10)
        self.summary.value = tr(
            "<p>T = <b>{t}</b>: top class <b>{top}</b>, entropy <b>{h}</b> nats (ten equal classes: "
            "{most}).</p>",
            language,
        ).format(
            t=_number(T, 2, language),
            top=_number(self.probabilities.max(), 2, language),
            h=_number(self.entropy_nats, 2, language),
            most=_number(math.log(10), 2, language),
        )
        widgets.show_figure(
            self.output, self.figure, describe_distribution(self.logits, T, language=language), self._render
        )


class GridExplorer:
    """Live widget: sliders for temperature and alpha that look up the student's accuracy in a grid.

    The grid (:func:`accuracy_grid`) is computed once; moving a slider only reads it. ``explorer.accuracy``
    and ``explorer.spread`` are the mean and standard deviation over seeds of the chosen cell (fractions).
    Its words are in ``language`` (the kernel's by default).
    """

    def __init__(self, grid: pd.DataFrame, *, language: str | None = None):
        self.language = language = i18n.language(language)
        self.grid = grid
        self.table = grid_summary(grid).set_index(["temperature", "alpha"])
        temps = sorted(grid["temperature"].unique())
        alphas = sorted(grid["alpha"].unique())
        self.temperature = W.SelectionSlider(
            options=[(_g(t, language), t) for t in temps],
            value=min(temps, key=lambda t: abs(t - DEFAULT_TEMPERATURE)),
            description=tr("Temperature T", language),
            style={"description_width": "initial"},
            layout=W.Layout(width="95%"),
        )
        self.alpha = W.SelectionSlider(
            options=[(_g(a, language), a) for a in alphas],
            value=min(alphas, key=lambda a: abs(a - DEFAULT_ALPHA)),
            description=tr("Weight of the soft targets, alpha", language),
            style={"description_width": "initial"},
            layout=W.Layout(width="95%"),
        )
        self.summary = W.HTML()
        self.output = W.HTML()  # the figure, as an <img> (widgets.show_figure)
        self.figure = plt.figure(figsize=style.figsize(4))
        plt.close(self.figure)
        self.axes = self.figure.add_subplot()
        plot_grid(grid, ax=self.axes, language=language)
        self._grid_alt = describe_grid(grid, language=language)
        (self.marker,) = self.axes.plot([], [], marker="o", ms=14, mfc="none", mec="black", mew=2, zorder=5)
        self._render = widgets.MovingArtists(self.figure, [self.marker])  # the grid's lines are drawn once
        self.hard_accuracy = (
            float(self.table.xs(0.0, level="alpha")["mean"].mean()) if 0.0 in alphas else None
        )
        self.temperature.observe(self.update, names="value")
        self.alpha.observe(self.update, names="value")
        self.widget = W.VBox([self.temperature, self.alpha, self.summary, self.output])
        self.update()

    @widgets.live_update
    def update(self, change=None) -> None:
        T, a, language = self.temperature.value, self.alpha.value, self.language
        cell = self.table.loc[(T, a)]
        self.accuracy, self.spread = float(cell["mean"]), float(0.0 if pd.isna(cell["std"]) else cell["std"])
        self.marker.set_data([T], [100 * self.accuracy])
        versus = ""
        if self.hard_accuracy is not None:
            versus = tr("; hard labels only: {hard} ({difference} points)", language).format(
                hard=_percent(100 * self.hard_accuracy, 1, language),
                difference=_signed(100 * (self.accuracy - self.hard_accuracy), 1, language),
            )
        self.summary.value = tr(
            "<p>T = <b>{t}</b>, alpha = <b>{alpha}</b>: the student gets <b>{accuracy}</b> ± {spread} of "
            "the test images right{versus}.</p>",
            language,
        ).format(
            t=_g(T, language),
            alpha=_g(a, language),
            accuracy=_percent(100 * self.accuracy, 1, language),
            spread=_number(100 * self.spread, 1, language),
            versus=versus,
        )
        circle = tr(" The circle marks T = {t}, alpha = {alpha}: {accuracy} right.", language).format(
            t=_g(T, language), alpha=_g(a, language), accuracy=_percent(100 * self.accuracy, 1, language)
        )
        widgets.show_figure(self.output, self.figure, self._grid_alt + circle, self._render)


# --- The R1-distilled models -------------------------------------------------------------------

#: Benchmarks of ``r1_distilled.csv`` scored in percent, with readable names.
BENCHMARKS = {
    "aime2024_pass1_pct": "AIME 2024 (pass@1, %)",
    "math500_pass1_pct": "MATH-500 (pass@1, %)",
    "gpqa_diamond_pass1_pct": "GPQA Diamond (pass@1, %)",
    "livecodebench_pass1_pct": "LiveCodeBench (pass@1, %)",
}


#: Every score column of ``r1_distilled.csv`` that the size comparison reads: the four percentages and
#: the Codeforces rating.
SCORED_COLUMNS = {**BENCHMARKS, "codeforces_rating": "Codeforces (rating)"}

_SHORT = {
    "aime2024_pass1_pct": "AIME 2024",
    "math500_pass1_pct": "MATH-500",
    "gpqa_diamond_pass1_pct": "GPQA Diamond",
    "livecodebench_pass1_pct": "LiveCodeBench",
    "codeforces_rating": "Codeforces",
}


def _students(table: pd.DataFrame) -> pd.DataFrame:
    students = table[table["training"] == "distilled"]
    if students.empty:
        raise ValueError("table: no row with training == 'distilled'; expected r1_distilled.csv")
    return students.sort_values("parameters_b")


def size_reversals(table: pd.DataFrame, columns: Sequence[str] = tuple(SCORED_COLUMNS)) -> pd.DataFrame:
    """Every pair of distilled students where the *larger* one scores *below* the smaller, per benchmark.

    Columns: ``benchmark``, ``larger``, ``larger_b``, ``larger_score``, ``smaller``, ``smaller_b``,
    ``smaller_score`` (sizes in billions of parameters). Empty exactly when every student scores at least
    as well as every smaller one on every benchmark: "bigger is better" without exception.
    """
    students = _students(table)
    rows = []
    for column in columns:
        if column not in table:
            raise ValueError(
                f"columns: {column!r} is not a column of the table; expected some of {sorted(SCORED_COLUMNS)}"
            )
        scored = students.dropna(subset=[column])
        for _, big in scored.iterrows():
            for _, small in scored.iterrows():
                if small["parameters_b"] < big["parameters_b"] and big[column] < small[column]:
                    rows.append(
                        {
                            "benchmark": column,
                            "larger": big["model"],
                            "larger_b": big["parameters_b"],
                            "larger_score": big[column],
                            "smaller": small["model"],
                            "smaller_b": small["parameters_b"],
                            "smaller_score": small[column],
                        }
                    )
    return pd.DataFrame(
        rows,
        columns=["benchmark", "larger", "larger_b", "larger_score", "smaller", "smaller_b", "smaller_score"],
    )


def below_teacher(
    table: pd.DataFrame, teacher: str = "DeepSeek-R1", columns: Sequence[str] = tuple(SCORED_COLUMNS)
) -> bool:
    """True if every distilled student scores below ``teacher`` on every benchmark both report."""
    ref = one_row(table, "model", teacher, what="r1_distilled")
    students = _students(table)
    return all((students[c].dropna() < ref[c]).all() for c in columns if pd.notna(ref[c]))


def _short_model(model: str) -> str:
    return model.replace("DeepSeek-R1-Distill-", "")


def size_trend_sentence(
    table: pd.DataFrame, columns: Sequence[str] = tuple(SCORED_COLUMNS), *, language: str | None = None
) -> str:
    """The chapter's sentence on size, written from :func:`size_reversals` and :func:`below_teacher`, in
    ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    reversals = size_reversals(table, columns)
    n = len(_students(table))
    teacher = tr(
        "none reaches its teacher" if below_teacher(table, columns=columns) else "some reach their teacher",
        language,
    )
    if reversals.empty:
        return tr(
            "All {n} students get better with size on every benchmark, and {teacher}.", language
        ).format(n=n, teacher=teacher)
    pairs = []
    for (larger, smaller), group in reversals.groupby(["larger", "smaller"], sort=False):
        names = [_SHORT.get(b, b) for b in group["benchmark"]]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + tr(" and ", language) + names[-1]
        pairs.append(
            tr("{larger} is below {smaller} on {listed}", language).format(
                larger=_short_model(larger), smaller=_short_model(smaller), listed=listed
            )
        )
    hit = reversals["benchmark"].nunique()
    students = _students(table)
    compared = sum(math.comb(int(students[c].notna().sum()), 2) for c in columns)
    return tr(
        "In {higher} of {compared} comparisons of two students on one benchmark, the larger one scores "
        "higher. But not always: on {hit} of the {benchmarks} benchmarks a larger student scores below a "
        "smaller one ({pairs}). Size is not the only difference: the Llama students start from other base "
        "models than the Qwen ones. Of the {n} students, {teacher}.",
        language,
    ).format(
        higher=compared - len(reversals),
        compared=compared,
        hit=hit,
        benchmarks=len(columns),
        pairs="; ".join(pairs),
        n=n,
        teacher=teacher,
    )


def wins(
    table: pd.DataFrame, model: str, other: str, columns: Sequence[str] = tuple(SCORED_COLUMNS)
) -> tuple[int, int]:
    """``(wins, compared)``: on how many benchmarks ``model`` scores above ``other``, of those both report."""
    a = one_row(table, "model", model, what="r1_distilled")
    b = one_row(table, "model", other, what="r1_distilled")
    both = [c for c in columns if pd.notna(a[c]) and pd.notna(b[c])]
    return sum(bool(a[c] > b[c]) for c in both), len(both)


def _family(model: str) -> str:
    return "Llama" if "Llama" in model else "Qwen"


def below_teacher_sentence(table: pd.DataFrame, *, language: str | None = None) -> str:
    """ "every student stays below R1" or "some students reach R1" (from :func:`below_teacher`), in
    ``language`` (the kernel's by default)."""
    return tr("every student stays below R1" if below_teacher(table) else "some students reach R1", language)


def size_range(table: pd.DataFrame, *, language: str | None = None) -> str:
    """ "from 1.5 to 70": the smallest and the largest distilled student, in billions of parameters."""
    language = i18n.language(language)
    sizes = _students(table)["parameters_b"]
    return tr("from {smallest} to {largest}", language).format(
        smallest=_g(sizes.min(), language), largest=_g(sizes.max(), language)
    )


def wins_words(wins: int, compared: int, *, language: str | None = None) -> str:
    """ "every one of the" when ``wins == compared``, else "3 of the", in ``language``: the words before
    "{compared} benchmarks" in the chapter's sentence."""
    if wins == compared:
        return tr("every one of the", language)
    return tr("{wins} of the", language).format(wins=wins)


def plot_r1_distilled(
    table: pd.DataFrame,
    benchmarks: Sequence[str] = tuple(BENCHMARKS),
    *,
    language: str | None = None,
) -> tuple[Figure, Sequence[Axes]]:
    """Scores of the six R1-distilled models against their size, one panel per benchmark; its words in
    ``language`` (the kernel's by default).

    Qwen-based models are circles, Llama-based squares; dashed lines mark the teacher (DeepSeek-R1) and
    dotted ones OpenAI o1-mini and GPT-4o (whose sizes are not public, so they have no x position).
    """
    language = i18n.language(language)
    unknown = [b for b in benchmarks if b not in BENCHMARKS]
    if unknown:
        raise ValueError(f"benchmarks={unknown!r}: expected some of {list(BENCHMARKS)}")
    distilled = table[table["training"] == "distilled"].sort_values("parameters_b")
    refs = {
        "teacher": table[table["training"] == "teacher"],
        "o1-mini": table[table["model"] == "OpenAI-o1-mini"],
        "GPT-4o": table[table["model"] == "GPT-4o-0513"],
    }
    ncols = 2 if len(benchmarks) > 1 else 1
    nrows = math.ceil(len(benchmarks) / ncols)
    fig, axes = plt.subplots(
        nrows, ncols, figsize=style.figsize(3.1 * nrows + 0.6), squeeze=False, sharex=True
    )
    for ax, bench in zip(axes.flat, benchmarks):
        for j, fam in enumerate(("Qwen", "Llama")):
            rows = distilled[distilled["model"].map(_family) == fam]
            ax.plot(
                rows["parameters_b"],
                rows[bench],
                marker=style.MARKERS[j],
                color=style.CYCLE[j],
                lw=1.2,
                ls="-" if fam == "Qwen" else "--",
                label=f"R1-Distill-{fam}",
            )
            for _, r in rows.iterrows():  # Qwen values above their points, Llama values below
                ax.annotate(
                    _number(r[bench], 1, language),
                    (r["parameters_b"], r[bench]),
                    xytext=(0, 5 if j == 0 else -6),
                    textcoords="offset points",
                    ha="center",
                    va="bottom" if j == 0 else "top",
                    fontsize=style.TINY_PT,
                )
        for (name, rows), ls, colour in zip(
            refs.items(),
            ["--", ":", ":"],
            ["black", style.PALETTE["reddish_purple"], style.PALETTE["orange"]],
        ):
            if len(rows) and pd.notna(rows[bench].iloc[0]):
                value = rows[bench].iloc[0]
                label = tr("DeepSeek-R1 (the teacher)", language) if name == "teacher" else name
                ax.axhline(value, color=colour, ls=ls, lw=1.1, label=label)
        ax.set_xscale("log")
        sizes = [1.5, 7, 14, 32, 70]
        ax.set_xticks(sizes, [_g(s, language) for s in sizes])
        ax.minorticks_off()
        ax.set_title(BENCHMARKS[bench], fontsize=style.FONT_PT)
        ax.set_ylim(0, 105)
    for ax in axes[-1]:
        ax.set_xlabel(tr("Student size (billions of parameters, log)", language), fontsize=style.SMALL_PT)
    for ax in axes[:, 0]:
        ax.set_ylabel(tr("Score (%)", language))
    for ax in list(axes.flat)[len(benchmarks) :]:
        ax.set_visible(False)
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(
        handles, labels, loc="lower center", ncol=3, fontsize=style.SMALL_PT, bbox_to_anchor=(0.5, 0.0)
    )
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    style.set_alt(fig, " ".join(describe_r1_distilled(table, b, language=language) for b in benchmarks))
    return fig, axes


def describe_r1_distilled(
    table: pd.DataFrame, benchmark: str = "aime2024_pass1_pct", *, language: str | None = None
) -> str:
    """One sentence summarising a benchmark's panel of :func:`plot_r1_distilled` (for alt text), in
    ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    d = table[table["training"] == "distilled"].sort_values("parameters_b")
    small, large = d.iloc[0], d.loc[d[benchmark].idxmax()]
    teacher = table[table["training"] == "teacher"][benchmark].iloc[0]
    return tr(
        "{benchmark}: from {smallest} for the {size}B student to {largest} for {model}, below the "
        "teacher's {teacher}.",
        language,
    ).format(
        benchmark=BENCHMARKS[benchmark],
        smallest=_number(small[benchmark], 1, language),
        size=_g(small["parameters_b"], language),
        largest=_number(large[benchmark], 1, language),
        model=large["model"],
        teacher=_number(teacher, 1, language),
    )


def plot_rl_vs_distillation(
    table: pd.DataFrame, size_b: float = 32, *, language: str | None = None
) -> tuple[Figure, Axes]:
    """Grouped bars: the same-size models trained by RL alone, by distillation, and QwQ, per benchmark;
    its words in ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    rows = table[
        (table["parameters_b"] == size_b) & table["training"].isin(["rl_only", "distilled", "reference"])
    ]
    order = {"reference": 0, "rl_only": 1, "distilled": 2}
    rows = rows.sort_values("training", key=lambda s: s.map(order))
    if rows.empty:
        raise ValueError(f"size_b={size_b!r}: no models of that size in the table")
    fig, ax = plt.subplots(figsize=style.figsize(3.8))
    width = 0.8 / len(rows)
    hatches = ["..", "//", ""]
    for i, (_, r) in enumerate(rows.iterrows()):
        xs = np.arange(len(BENCHMARKS)) + (i - (len(rows) - 1) / 2) * width
        values = [r[b] for b in BENCHMARKS]
        ax.bar(
            xs,
            values,
            width,
            color=style.CYCLE[[3, 1, 0][order[r["training"]]]],
            hatch=hatches[i % 3],
            edgecolor="white",
            label=f"{r['model']} ({tr(_TRAINING_WORDS[r['training']], language)})",
        )
        for x, v in zip(xs, values):
            ax.annotate(
                _number(v, 1, language),
                (x, v),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                fontsize=style.TINY_PT,
            )
    ax.set_xticks(range(len(BENCHMARKS)), [BENCHMARKS[b].split(" (")[0] for b in BENCHMARKS])
    ax.set_ylabel(tr("Score (%)", language))
    ax.set_ylim(0, 105)
    ax.legend(fontsize=style.SMALL_PT, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=1)
    fig.tight_layout()
    style.set_alt(fig, describe_rl_vs_distillation(table, size_b, language=language))
    return fig, ax


_TRAINING_WORDS = {
    "reference": "reference",
    "rl_only": "RL only",
    "distilled": "distilled from R1",
    "teacher": "teacher",
}


# --- The allegations and the verdicts -----------------------------------------------------------


#: How the ledger's ``evidence_public`` values read in a sentence ("yes" alone would be ambiguous).
_EVIDENCE_WORDS = {"yes": "with public evidence"}


def distillation_verdicts(
    claims: pd.DataFrame, teacher: str = "OpenAI", *, language: str | None = None
) -> pd.DataFrame:
    """Verdicts, on the course's fixed scale, for the broadcast's three statements about distillation.

    Read from ``distillation_claims.csv`` (one row per statement by someone, with its ``kind`` and
    whether its evidence was made public):

    1. "OpenAI accused DeepSeek of relying on its models": *accurate* if an allegation by ``teacher``'s
       company about its own models is recorded in January 2025, else *wrong*.
    2. "massive distillation" of ``teacher``'s models: *accurate* if such distillation is documented, or
       alleged with public evidence; *unverifiable* if it is only alleged, with no evidence made public;
       *wrong* if nobody alleges it.
    3. "forbidden by the terms of service": *accurate* if a ``terms of use`` row of ``teacher`` forbids it,
       else *unverifiable*.

    The ``verdict`` column holds the scale's own words (the ledger reads them); the ``finding`` is
    written in ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    about = claims[claims["teacher"].str.contains(teacher, case=False, na=False)]
    allegations = about[about["kind"] == "allegation"]
    documented = about[about["kind"] == "documented distillation"]
    public = allegations[allegations["evidence_public"] == "yes"]
    january = allegations[
        (allegations["actor"].str.startswith(teacher))
        & (allegations["date"] >= pd.Timestamp("2025-01-01"))
        & (allegations["date"] <= pd.Timestamp("2025-01-31"))
    ]
    terms = about[about["kind"] == "terms of use"]
    own = claims[(claims["kind"] == "documented distillation")]

    accused = tr("{n} allegation(s) by {teacher} in January 2025 recorded", language).format(
        n=len(january), teacher=teacher
    )
    if len(january):
        first = january["date"].min()
        day = f"{first:%d %B %Y}" if language == "en" else i18n.format_date(first, "long", language)
        accused += tr(", first on {day}", language).format(day=day)
    accused = ("accurate" if len(january) else "wrong", accused)
    if len(documented) or len(public):
        massive = (
            "accurate",
            tr(
                "{documented} documented case(s) and {public} allegation(s) with public evidence of "
                "distilling {teacher}'s models",
                language,
            ).format(documented=len(documented), public=len(public), teacher=teacher),
        )
    elif len(allegations):
        shown = allegations["evidence_public"].value_counts()
        massive = (
            "unverifiable",
            tr(
                "{n} allegation(s) that DeepSeek distilled {teacher}'s models, none with evidence made "
                "public ({shown}); the distillation DeepSeek documents ({own} case(s)) is of its own models",
                language,
            ).format(
                n=len(allegations),
                teacher=teacher,
                shown=", ".join(f"{n} {tr(_EVIDENCE_WORDS.get(k, k), language)}" for k, n in shown.items()),
                own=len(own),
            ),
        )
    else:
        massive = (
            "wrong",
            tr("nobody in the data alleges that DeepSeek distilled {teacher}'s models", language).format(
                teacher=teacher
            ),
        )
    forbidden = (
        (
            "accurate",
            tr(
                "{teacher}'s terms of use forbid using its output to build competing models "
                "(a contract term, not a law; no court has ruled on it)",
                language,
            ).format(teacher=teacher),
        )
        if len(terms)
        else (
            "unverifiable",
            tr("no terms-of-use clause of {teacher} recorded", language).format(teacher=teacher),
        )
    )
    rows = [
        (
            "openai_accused",
            "« OpenAI […] a ainsi accusé dernièrement DeepSeek de s'être appuyé sur ses propres modèles »",
            *accused,
        ),
        ("massive_distillation", "« Une technique dite de la distillation massive »", *massive),
        (
            "terms_of_service",
            "« évidemment totalement interdite par les conditions générales du service »",
            *forbidden,
        ),
    ]
    if language != "en":
        rows = [(claim_id, claim, verdict, _elide(finding)) for claim_id, claim, verdict, finding in rows]
    for row in rows:
        check_verdict(row[2])  # a verdict off the scale is a bug here: stop before it reaches the ledger
    return pd.DataFrame(rows, columns=["claim_id", "claim", "verdict", "finding"])


# --- « Faire aussi bien que ses concurrents américains » -------------------------------------------

#: The US model DeepSeek compared R1 with in its paper (Table 4).
PARITY_RIVAL = "OpenAI-o1-1217"


def parity_table(
    benchmarks: pd.DataFrame,
    model: str = "DeepSeek-R1",
    rival: str = PARITY_RIVAL,
    within: float = APPROXIMATE_WITHIN,
) -> pd.DataFrame:
    """One row per benchmark of r1_benchmarks.csv: both scores, R1's lead in % of the rival's score, and
    ``matches`` (R1 ahead, or behind by at most ``within`` of the rival's score)."""
    if not 0 <= within < 1:
        raise ValueError(f"within={within!r}: expected a fraction in [0, 1)")
    wide = benchmarks.pivot_table(
        index=["benchmark", "metric"], columns="model", values="score", aggfunc="first"
    )
    for name, argument in ((model, "model"), (rival, "rival")):
        if name not in wide.columns:
            raise ValueError(
                f"{argument}={name!r}: no scores in r1_benchmarks; models: {', '.join(wide.columns)}"
            )
    table = wide[[model, rival]].dropna().reset_index()
    table["lead_pct"] = 100 * (table[model] - table[rival]) / table[rival]
    table["matches"] = table["lead_pct"] >= -100 * within
    return table


def check_parity_claim(
    benchmarks: pd.DataFrame,
    model: str = "DeepSeek-R1",
    rival: str = PARITY_RIVAL,
    within: float = APPROXIMATE_WITHIN,
    *,
    language: str | None = None,
) -> Evidence:
    """« Faire aussi bien que ses concurrents » / « égaler les performances »: R1 against o1 on the R1 paper's
    benchmarks.

    R1 matches on a benchmark when it is ahead or behind by at most ``within`` of o1's score. Matching on
    more than half → "approximately right", not "accurate": every score is DeepSeek's own (o1's copied
    from OpenAI's reports), none measured independently; on half or fewer → "wrong". Finding and method
    in ``language`` (the kernel's by default).
    """
    language = i18n.language(language)
    table = parity_table(benchmarks, model, rival, within)
    if table.empty:
        raise ValueError(f"model={model!r}, rival={rival!r}: no benchmark scores both")
    ahead = table[table["lead_pct"] > 0]
    matched = int(table["matches"].sum())
    worst = table.loc[table["lead_pct"].idxmin()]
    verdict = "approximately right" if matched > len(table) / 2 else "wrong"
    finding = i18n.fill(
        "On DeepSeek's own figures (R1 paper, Table 4), {model} is ahead of {rival} on {ahead} of "
        "{n} benchmarks and within {within:.0%} on {matched}; its largest gap is on "
        "{benchmark} ({score:g} vs {rival_score:g}, {lead:+.1f}%).",
        {
            "model": model,
            "rival": rival,
            "ahead": len(ahead),
            "n": len(table),
            "within": within,
            "matched": matched,
            "benchmark": worst["benchmark"],
            "score": worst[model],
            "rival_score": worst[rival],
            "lead": worst["lead_pct"],
        },
        language,
    )
    method = i18n.fill(
        "distill.check_parity_claim on r1_benchmarks.csv: R1 ahead or behind by at most {within:.0%} "
        "counts as a match; a match on most benchmarks → approximately right (self-reported scores, "
        "never accurate)",
        {"within": within},
        language,
    )
    return Evidence(finding, verdict, method)


# --- Alt text for the figures that had none --------------------------------------------------------


def describe_soft_targets(
    logits: npt.ArrayLike, temperatures: Sequence[float] = (1.0, 4.0, 20.0), *, language: str | None = None
) -> str:
    """Alt text for :func:`plot_soft_targets`: at each temperature, the top class and the entropy; in
    ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    logits = _finite_array(logits, "logits")
    parts = []
    for T in (_temperature(t) for t in temperatures):
        p = softmax(logits, T)
        parts.append(
            tr("at T = {t} the top digit {digit} has probability {p} (entropy {h} nats)", language).format(
                t=_g(T, language),
                digit=int(np.argmax(p)),
                p=_number(float(p.max()), 2, language),
                h=_number(float(entropy(p)), 2, language),
            )
        )
    return tr(
        "Grouped bars of the teacher's probability for each of the ten digits at {n} temperatures: "
        "{parts}. The higher T, the flatter the bars.",
        language,
    ).format(n=len(parts), parts="; ".join(parts))


def describe_experiment(
    results: pd.DataFrame, teacher_accuracy: float | None = None, *, language: str | None = None
) -> str:
    """Alt text for :func:`plot_experiment`: each method's mean accuracy ± standard deviation; in
    ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    parts = []
    for method in (m for m in METHODS if m in set(results["method"])):
        acc = 100 * results.loc[results["method"] == method, "accuracy"]
        sd = acc.std(ddof=1) if len(acc) > 1 else 0.0
        parts.append(
            tr("{method}: mean {mean} ± {sd} over {n} seeds", language).format(
                method=method_name(method, language=language),
                mean=_percent(acc.mean(), 1, language),
                sd=_number(sd, 1, language),
                n=len(acc),
            )
        )
    text = tr("A dot plot, one dot per seed. {parts}.", language).format(parts="; ".join(parts))
    if teacher_accuracy is not None:
        text += tr(" A dashed line marks the teacher's {accuracy}.", language).format(
            accuracy=_percent(100 * teacher_accuracy, 1, language)
        )
    return text


def describe_rl_vs_distillation(
    table: pd.DataFrame, size_b: float = 32, *, language: str | None = None
) -> str:
    """Alt text for :func:`plot_rl_vs_distillation`: per benchmark, the best of the same-size models; in
    ``language`` (the kernel's by default)."""
    language = i18n.language(language)
    rows = table[
        (table["parameters_b"] == size_b) & table["training"].isin(["rl_only", "distilled", "reference"])
    ]
    if rows.empty:
        raise ValueError(f"size_b={size_b!r}: no models of that size in the table")
    parts = []
    for bench, name in BENCHMARKS.items():
        best = rows.loc[rows[bench].idxmax()]
        parts.append(
            tr("{benchmark}: {model} highest at {score}", language).format(
                benchmark=name.split(" (")[0], model=best["model"], score=_number(best[bench], 1, language)
            )
        )
    return tr(
        "Grouped bars of {n} models of {size} billion parameters on {benchmarks} benchmarks. {parts}.",
        language,
    ).format(n=len(rows), size=_g(size_b, language), benchmarks=len(BENCHMARKS), parts="; ".join(parts))


def _elide(text: str) -> str:
    """French elision before a name that starts with a vowel: « de OpenAI » → « d'OpenAI »."""
    return re.sub(r"\b([dD])e (?=[AEIOUaeiou])", r"\1'", text)


def scale_text(claims: pd.DataFrame, claim_id: str, *, language: str | None = None) -> str:
    """How much a statement of ``distillation_claims.csv`` says was distilled (its ``scale``), in
    ``language`` (the kernel's by default): the ``scale_fr`` column, same source, in French."""
    row = one_row(claims, "claim_id", claim_id, what="distillation_claims")
    column = "scale" if i18n.language(language) == "en" else "scale_fr"
    if pd.isna(row[column]):
        raise ValueError(
            f"claim_id={claim_id!r}: distillation_claims.csv gives no {column} for this statement"
        )
    return str(row[column])


def count_or_none(n: int, *, language: str | None = None) -> str:
    """``n`` as a word of the chapter's sentences: "none" for 0 (« aucune » in French), else the number."""
    if n == 0:
        return tr("none", language)
    return i18n.format_number(n, language=language)


def setting_text(value: float, *, language: str | None = None) -> str:
    """A setting of the experiment (a temperature, a weight, a size in billions) as the chapter writes
    it: ``4``, ``0.9`` (``0,9`` in French), in ``language`` (the kernel's by default)."""
    return _g(value, i18n.language(language))


# --- What chapter 5's cells print, in the build's language -----------------------------------------


#: The lines of the solutions of chapter 5's exercises, by name: English templates whose fields keep
#: Python's formats (the French table holds their French; :func:`line` fills them).
LINES = {
    "softmax": "{T} {q} entropy {h} nats",
    "gain": "gain: {gain:.1f} points, {times:.1f} times the spread of the hard-label runs",
    "beats": "{model:32s} beats GPT-4o on {gpt4o}, o1-mini on {o1_mini}",
    "gpqa_7b": "GPQA Diamond, 7B student vs GPT-4o: {student} vs {gpt4o}",
}


def line(name: str, *, language: str | None = None, **values: Any) -> str:
    """The line :data:`LINES` names ``name``, its fields filled with ``values``, in ``language`` (the
    kernel's by default): English exactly as the f-string would print it, French with its separators.

    >>> line("gpqa_7b", student=49.1, gpt4o=49.9, language="fr")
    'GPQA Diamond, élève 7B contre GPT-4o : 49,1 contre 49,9'
    """
    return i18n.named_line(LINES, name, values, language)


def mean_std_table(summary: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """:func:`summarise`'s mean and standard deviation in percent (one decimal), one row per method:
    in English as the methods' code names; in French as :func:`summary_table` writes them."""
    if i18n.language(language) == "en":
        return (100 * summary[["mean", "std"]]).round(1)
    return summary_table(summary, language=language)[[tr("mean", language), tr("std", language)]]


def true_digit_line(digit: int, *, language: str | None = None) -> str:
    """``true digit: 3``, the first line the chapter prints about its example image."""
    return tr("true digit: {digit}", language).format(digit=int(digit))


def probabilities_line(
    temperature: float, probabilities: npt.ArrayLike, *, language: str | None = None
) -> str:
    """One printed line: the temperature, the ten probabilities (two decimals) and their entropy in nats.

    >>> probabilities_line(4, [0.5, 0.5], language="fr")
    'T =  4 : 0,50 0,50 | entropie 0,69 nats'
    """
    language = i18n.language(language)
    p = _distribution(probabilities, "probabilities")
    return tr("T = {t}: {probabilities} | entropy {h} nats", language).format(
        t=_g(temperature, language).rjust(2),
        probabilities=" ".join(_number(x, 2, language) for x in p),
        h=_number(float(entropy(p)), 2, language),
    )


def gradient_line(temperature: float, gradient_size: float, *, language: str | None = None) -> str:
    """One printed line: the size (sum of absolute values) of the soft-target gradient at a temperature,
    with the T² factor and without it."""
    language = i18n.language(language)
    return tr("T = {t}: size of the gradient with T² {with_t2}, without T² {without_t2}", language).format(
        t=_g(temperature, language).rjust(2),
        with_t2=_number(gradient_size, 3, language).rjust(6),
        without_t2=_number(gradient_size / float(temperature) ** 2, 4, language).rjust(6),
    )


def loss_line(temperature: float, alpha: float, loss_nats: float, *, language: str | None = None) -> str:
    """``loss at T = 4, alpha = 0.9: 2.445 nats``, the loss rounded to three decimals."""
    language = i18n.language(language)
    return tr("loss at T = {t}, alpha = {alpha}: {loss} nats", language).format(
        t=_g(temperature, language), alpha=_g(alpha, language), loss=_g(round(loss_nats, 3), language)
    )


def recovered_line(fraction: float, *, language: str | None = None) -> str:
    """``distillation recovered 85% of the gap between student and teacher`` (``fraction`` in [0, 1])."""
    language = i18n.language(language)
    return tr("distillation recovered {share} of the gap between student and teacher", language).format(
        share=f"{fraction:.0%}" if language == "en" else i18n.format_percent(100 * fraction, 0, language)
    )


def verdicts_view(verdicts: pd.DataFrame, *, language: str | None = None) -> pd.DataFrame:
    """:func:`distillation_verdicts` as the chapter shows it: unchanged in English; in French, the
    verdicts' French names (:func:`verdicts.verdict_name`) under French headers."""
    language = i18n.language(language)
    if language == "en":
        return verdicts
    return pd.DataFrame(
        {
            tr("claim", language): verdicts["claim"],
            tr("verdict", language): verdicts["verdict"].map(lambda v: verdict_name(v, language)),
            tr("what the data say", language): verdicts["finding"],
        },
        index=verdicts.index,
    )
