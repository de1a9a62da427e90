"""Tests of deepseek_shock.arguments: the argument checks every chapter module uses."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from deepseek_shock import arguments as a


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: a.number("many", "x"), r"^x='many': expected a number$"),
        (lambda: a.number(math.nan, "x"), r"^x=nan: expected a finite number$"),
        (
            lambda: a.non_negative(-1, "gpu_hours", "a number of GPU-hours"),
            r"^gpu_hours=-1: expected a number of GPU-hours ≥ 0$",
        ),
        (
            lambda: a.positive(0, "num_gpus", "a number of GPUs"),
            r"^num_gpus=0: expected a number of GPUs > 0$",
        ),
        (
            lambda: a.finite_positive("624", "dense_tops", "TOPS"),
            r"^dense_tops='624': expected a number > 0 \(TOPS\)$",
        ),
        (lambda: a.finite_positive(True, "bits"), r"^bits=True: expected a number > 0$"),
        (
            lambda: a.finite_positive(-1, "tpp", "TOPS × bits"),
            r"^tpp=-1.0: expected a finite number > 0 \(TOPS × bits\)$",
        ),
        (
            lambda: a.finite_positive(0, "temperature", lenient=True),
            r"^temperature=0: expected a finite number > 0$",
        ),
        (
            lambda: a.finite_positive("hot", "temperature", lenient=True),
            r"^temperature='hot': expected a number > 0$",
        ),
        (lambda: a.numbers("17", "price"), r"^price='17': expected a number \(or numbers\), not text$"),
        (lambda: a.numbers([1.0, math.nan], "price"), r"expected numbers, got NaN"),
        (lambda: a.numbers(math.inf, "price"), r"expected finite numbers, got infinity"),
        (lambda: a.numbers(object(), "price"), r"expected a number \(or numbers\)$"),
        (
            lambda: a.non_negative_numbers(pd.Series([1.0, -2.0]), "price", "a price"),
            r"^price=-2: expected a price ≥ 0$",
        ),
        (
            lambda: a.positive_numbers(np.array([3.0, 0.0]), "before", "a level"),
            r"^before=0: expected a level > 0$",
        ),
    ],
)
def test_each_check_names_the_argument_and_what_was_expected(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_checks_return_what_they_accepted():
    assert a.number("2.5", "x") == 2.5
    assert a.finite_positive(np.int64(8), "bits") == 8.0
    assert a.finite_positive("2", "temperature", lenient=True) == 2.0
    np.testing.assert_array_equal(a.non_negative_numbers([0, 1.5], "x", "a count"), [0.0, 1.5])
    assert a.first_bad(np.array(-3.0), np.array(True)) == -3.0


def test_finite_result_refuses_what_a_float_cannot_hold():
    assert a.finite_result(lambda: 2.0 * 3.0, "the product", x=2.0) == 6.0
    with pytest.raises(
        ValueError, match=r"^x=1e\+200, y=1e\+200: the product is beyond what a float can hold"
    ):
        a.finite_result(lambda: 1e200 * 1e200, "the product", x=1e200, y=1e200)
    with pytest.raises(ValueError, match="the ratio is beyond"):
        a.finite_result(lambda: 1 / 0, "the ratio", x=0)
    with pytest.raises(ValueError, match="the growth is beyond"):
        a.finite_result(lambda: math.exp(1000), "the growth", x=1000)
    with pytest.raises(ValueError, match="the value is beyond"):
        a.finite_result(lambda: np.array([1.0, 1e308]) * 10, "the value", x=10)
