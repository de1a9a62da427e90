"""distill: property tests (hypothesis). Over the whole valid
range the functions return finite values of the right shape; outside it, a ValueError that says why."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from deepseek_shock import distill

shapes = st.tuples(st.integers(1, 4), st.integers(2, 10))
logit_rows = arrays(float, shapes, elements=st.floats(-1e6, 1e6, allow_nan=False))
moderate_rows = arrays(float, shapes, elements=st.floats(-30, 30, allow_nan=False))
temperatures = st.floats(1e-3, 1e3)
alphas = st.floats(0, 1)


def distributions(shape):
    return (
        arrays(float, shape, elements=st.floats(0, 1))
        .filter(lambda a: (a.sum(-1) > 1e-3).all())
        .map(lambda a: a / a.sum(axis=-1, keepdims=True))
    )


def _labels_for(data, z):
    return data.draw(arrays(int, z.shape[:1], elements=st.integers(0, z.shape[1] - 1)))


# --- softmax, log_softmax, entropy, KL --------------------------------------------------------------


@given(z=logit_rows, T=temperatures, shift=st.floats(-1e6, 1e6))
def test_softmax_ignores_a_common_shift_and_keeps_the_order(z, T, shift):
    p = distill.softmax(z, T)
    assert p.shape == z.shape
    assert np.allclose(distill.softmax(z + shift, T), p, atol=1e-6)
    # a larger logit never gets a smaller probability
    i, j = np.unravel_index(np.argmax(z), z.shape)
    assert p[i, j] == pytest.approx(p[i].max())


@given(z=logit_rows, T=temperatures)
def test_log_softmax_is_finite_and_matches_softmax(z, T):
    logp = distill.log_softmax(z, T)
    assert logp.shape == z.shape and np.isfinite(logp).all() and (logp <= 1e-12).all()
    assert np.allclose(np.exp(logp), distill.softmax(z, T))


@given(z=moderate_rows, T1=temperatures, T2=temperatures)
def test_entropy_grows_with_the_temperature(z, T1, T2):
    low, high = sorted((T1, T2))
    h_low, h_high = distill.entropy(distill.softmax(z, low)), distill.entropy(distill.softmax(z, high))
    assert (h_high >= h_low - 1e-9).all()
    assert ((h_low >= -1e-12) & (h_high <= math.log(z.shape[1]) + 1e-9)).all()


@given(data=st.data(), shape=shapes)
def test_kl_is_non_negative_and_zero_on_itself(data, shape):
    p, q = data.draw(distributions(shape)), data.draw(distributions(shape))
    kl = distill.kl_divergence(p, q)
    assert kl.shape == shape[:1]
    assert (kl >= -1e-9).all()  # may be +inf where q has a zero that p does not
    assert np.allclose(distill.kl_divergence(p, p), 0.0, atol=1e-9)
    q_pos = distill.softmax(np.log(np.clip(q, 1e-12, None)))
    assert np.isfinite(distill.kl_divergence(p, q_pos)).all()


@given(z=logit_rows, data=st.data())
def test_cross_entropy_is_finite_and_non_negative(z, data):
    labels = _labels_for(data, z)
    ce = distill.cross_entropy(labels, z)
    assert ce.shape == z.shape[:1] and np.isfinite(ce).all() and (ce >= -1e-9).all()


# --- the loss and its gradient ----------------------------------------------------------------------


@given(z=moderate_rows, T=st.floats(0.2, 20), alpha=alphas, data=st.data())
@settings(max_examples=60)
def test_gradient_has_the_logits_shape_and_matches_finite_differences(z, T, alpha, data):
    teacher = data.draw(arrays(float, z.shape, elements=st.floats(-30, 30)))
    labels = _labels_for(data, z)
    g = distill.distillation_gradient(z, teacher, labels, T, alpha)
    assert g.shape == z.shape and np.isfinite(g).all()
    assert np.allclose(g.sum(axis=-1), 0.0, atol=1e-9)  # adding a constant to a row does not change the loss
    i, j = data.draw(st.integers(0, z.shape[0] - 1)), data.draw(st.integers(0, z.shape[1] - 1))
    h = 1e-5
    up, down = z.copy(), z.copy()
    up[i, j] += h
    down[i, j] -= h
    numeric = (
        distill.distillation_loss(up, teacher, labels, T, alpha)
        - distill.distillation_loss(down, teacher, labels, T, alpha)
    ) / (2 * h)
    assert numeric == pytest.approx(g[i, j], rel=1e-3, abs=1e-5)


@given(z=logit_rows, T=temperatures, alpha=alphas, data=st.data())
def test_loss_is_linear_in_alpha_and_zero_soft_term_on_the_teacher(z, T, alpha, data):
    labels = _labels_for(data, z)
    teacher = data.draw(arrays(float, z.shape, elements=st.floats(-1e3, 1e3)))
    hard = distill.distillation_loss(z, teacher, labels, T, 0.0)
    soft = distill.distillation_loss(z, teacher, labels, T, 1.0)
    mixed = distill.distillation_loss(z, teacher, labels, T, alpha)
    assert math.isfinite(mixed)
    assert mixed == pytest.approx(alpha * soft + (1 - alpha) * hard, rel=1e-6, abs=1e-6)
    assert distill.distillation_loss(z, z, labels, T, 1.0) == pytest.approx(0.0, abs=1e-6 * max(1, T * T))


# --- bad input: a ValueError that names the argument ------------------------------------------------

bad_temperatures = st.one_of(
    st.floats(max_value=0),
    st.just(math.nan),
    st.just(math.inf),
    st.just(-math.inf),
    st.text(max_size=5).filter(lambda s: not _is_number(s)),
    st.none(),
)


def _is_number(s) -> bool:
    try:
        return math.isfinite(float(s)) and float(s) > 0
    except ValueError:
        return False


@given(T=bad_temperatures)
def test_bad_temperatures_are_refused(T):
    with pytest.raises(ValueError, match="temperature="):
        distill.softmax([1.0, 2.0], T)
    with pytest.raises(ValueError, match="temperature="):
        distill.distillation_loss([[1.0, 2.0]], [[0.0, 1.0]], [0], T, 0.5)


@given(alpha=st.one_of(st.floats(allow_nan=True).filter(lambda a: not 0 <= a <= 1), st.just("half")))
def test_bad_alphas_are_refused(alpha):
    with pytest.raises(ValueError, match="alpha="):
        distill.distillation_loss([[1.0, 2.0]], [[0.0, 1.0]], [0], 1.0, alpha)


@given(z=logit_rows, bad=st.sampled_from([math.nan, math.inf, -math.inf]), data=st.data())
def test_non_finite_logits_are_refused(z, bad, data):
    i, j = data.draw(st.integers(0, z.shape[0] - 1)), data.draw(st.integers(0, z.shape[1] - 1))
    spoilt = z.copy()
    spoilt[i, j] = bad
    with pytest.raises(ValueError, match="logits: expected finite numbers"):
        distill.softmax(spoilt)
    labels = np.zeros(len(z), dtype=int)
    with pytest.raises(ValueError, match="student_logits: expected finite"):
        distill.distillation_loss(spoilt, z, labels, 1.0, 0.5)
    with pytest.raises(ValueError, match="teacher_logits: expected finite"):
        distill.distillation_gradient(z, spoilt, labels, 1.0, 0.5)


@given(z=logit_rows, offset=st.integers(0, 2**40), negative=st.booleans())
def test_labels_outside_the_classes_are_refused(z, offset, negative):
    labels = np.zeros(len(z), dtype=np.int64)
    labels[-1] = -1 - offset if negative else z.shape[1] + offset
    with pytest.raises(ValueError, match="expected class indices in"):
        distill.cross_entropy(labels, z)


# --- training: small, cheap problems -----------------------------------------------------------------


@given(
    seed=st.integers(0, 2**31 - 1),
    n=st.integers(2, 12),
    d=st.integers(1, 5),
    k=st.integers(2, 4),
    T=st.floats(0.1, 50),
    alpha=alphas,
    scale=st.sampled_from([1.0, 1e3]),
)
@settings(max_examples=40)
def test_student_training_is_finite_and_shaped(seed, n, d, k, T, alpha, scale):
    rng = np.random.default_rng(seed)
    X = rng.uniform(0, 1, size=(n, d)) * scale
    labels = rng.integers(0, k, size=n)
    teacher = rng.normal(0, 10, size=(n, k))
    student = distill.train_student(
        X, labels, teacher, temperature=T, alpha=alpha, steps=20, learning_rate=0.5
    )
    assert student.weights.shape == (d, k) and student.bias.shape == (k,)
    assert np.isfinite(student.weights).all() and np.isfinite(student.bias).all()
    assert student.n_parameters == d * k + k
    acc = student.accuracy(X, labels)
    assert 0.0 <= acc <= 1.0


@given(seed=st.integers(0, 2**31 - 1))
@settings(max_examples=10)
def test_training_is_deterministic(seed):
    rng = np.random.default_rng(seed)
    X, labels, teacher = rng.uniform(size=(8, 3)), rng.integers(0, 3, size=8), rng.normal(size=(8, 3))
    a = distill.train_student(X, labels, teacher, temperature=2.0, alpha=0.5, steps=10)
    b = distill.train_student(X, labels, teacher, temperature=2.0, alpha=0.5, steps=10)
    assert np.array_equal(a.weights, b.weights) and np.array_equal(a.bias, b.bias)


@given(
    steps=st.integers(max_value=0),
    lr=st.floats(max_value=0) | st.just(math.nan),
    wd=st.floats(max_value=-1e-12) | st.just(math.nan),
)
def test_bad_training_settings_are_refused(steps, lr, wd):
    X, labels, teacher = np.ones((2, 2)), np.array([0, 1]), np.zeros((2, 2))
    with pytest.raises(ValueError, match="steps="):
        distill.train_student(X, labels, teacher, steps=steps)
    with pytest.raises(ValueError, match="learning_rate="):
        distill.train_student(X, labels, teacher, learning_rate=lr)
    with pytest.raises(ValueError, match="weight_decay="):
        distill.train_student(X, labels, teacher, weight_decay=wd)


# --- the extremes of the valid range: any finite logits, any finite T > 0 -------------------------

any_logits = arrays(
    float, shapes, elements=st.floats(-1.7e308, 1.7e308, allow_nan=False, allow_infinity=False)
)
any_temperature = st.floats(min_value=5e-324, max_value=1.7e308, allow_nan=False, allow_infinity=False)


@given(z=any_logits, T=any_temperature)
@settings(max_examples=200)
def test_softmax_is_finite_for_any_finite_logits_and_temperature(z, T):
    """Found by this test: softmax([1e300, 0], T=1e-10) and softmax([1, 2], T=1e-320) were NaN (the logits
    were divided by T before the largest was subtracted: inf − inf). Fixed in log_softmax."""
    p, logp = distill.softmax(z, T), distill.log_softmax(z, T)
    assert np.isfinite(p).all() and np.isfinite(logp).all() and (p >= 0).all()
    assert np.allclose(p.sum(axis=-1), 1.0)
    assert (p.argmax(axis=-1) == z.argmax(axis=-1)).all() or np.allclose(
        np.take_along_axis(p, z.argmax(axis=-1)[:, None], -1)[:, 0], p.max(axis=-1)
    )


huge_logits = arrays(float, shapes, elements=st.floats(-1e100, 1e100))


@given(z=huge_logits, T=st.floats(1e-6, 1e6), alpha=alphas, data=st.data())
@settings(max_examples=150)
def test_loss_and_gradient_are_finite_for_huge_logits(z, T, alpha, data):
    """Logits up to 1e100 and T from 1e-6 to 1e6: the loss (up to ~1e118 nats) fits a float and is finite.
    (Beyond, T²·KL can exceed the largest float: the loss is then +inf, never NaN.)"""
    teacher = data.draw(arrays(float, z.shape, elements=st.floats(-1e100, 1e100)))
    labels = _labels_for(data, z)
    loss = distill.distillation_loss(z, teacher, labels, T, alpha)
    grad = distill.distillation_gradient(z, teacher, labels, T, alpha)
    assert math.isfinite(loss) and loss >= 0
    assert grad.shape == z.shape and np.isfinite(grad).all()
