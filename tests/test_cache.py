"""cache: a cached result is identical to a fresh one, and any change to code, arguments or libraries
computes it anew."""

from __future__ import annotations

import numpy as np
import pytest

from deepseek_shock import cache, distill, export_controls, i18n, load


@pytest.fixture
def scratch_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DEEPSEEK_SHOCK_CACHE", str(tmp_path))
    return tmp_path


@pytest.fixture(scope="module")
def small():
    split = distill.load_digits_split.uncached(seed=0)
    return split, distill.train_teacher.uncached(split.X_train, split.y_train, hidden_units=8, seed=0)


def test_cached_result_is_identical_to_a_fresh_one_and_read_back_from_disk(scratch_cache, small):
    split, teacher = small
    first = distill.run_experiment(split, teacher, seeds=[0, 1])
    (stored,) = scratch_cache.glob("run_experiment-*.pickle")
    again = distill.run_experiment(split, teacher, seeds=range(2))  # same arguments, spelled otherwise
    assert list(scratch_cache.glob("*.pickle")) == [stored], "a second call computed a new result"
    fresh = distill.run_experiment.uncached(split, teacher, seeds=[0, 1])
    assert first.equals(fresh) and again.equals(fresh)


def test_cached_teacher_has_the_same_weights(scratch_cache, small):
    split, teacher = small
    args = (split.X_train, split.y_train)
    distill.train_teacher(*args, hidden_units=8, seed=0)
    reread = distill.train_teacher(*args, hidden_units=8, seed=0)
    for got, want in zip(reread.weights + reread.biases, teacher.weights + teacher.biases):
        np.testing.assert_array_equal(got, want)


def test_key_changes_with_arguments_code_and_libraries(small, monkeypatch):
    split, teacher = small
    key = cache.cache_key(distill.run_experiment.uncached, split, teacher, seeds=[0])
    assert key == cache.cache_key(distill.run_experiment.uncached, split, teacher, [0])  # defaults bound
    assert key != cache.cache_key(distill.run_experiment.uncached, split, teacher, seeds=[1])
    assert key != cache.cache_key(distill.run_experiment.uncached, split, teacher, seeds=[0], alpha=0.5)
    other_split = distill.DigitsSplit(split.X_train[:-1], split.y_train[:-1], split.X_test, split.y_test)
    assert key != cache.cache_key(distill.run_experiment.uncached, other_split, teacher, seeds=[0])
    monkeypatch.setattr(cache, "_module_source", lambda name: b"# the module, edited")
    assert key != cache.cache_key(distill.run_experiment.uncached, split, teacher, seeds=[0])
    monkeypatch.undo()
    monkeypatch.setattr(cache, "_versions", lambda: "numpy==0.0")
    assert key != cache.cache_key(distill.run_experiment.uncached, split, teacher, seeds=[0])


def test_off_writes_nothing(tmp_path, monkeypatch, small):
    monkeypatch.setenv("DEEPSEEK_SHOCK_CACHE", "off")
    assert cache.cache_dir() is None
    monkeypatch.chdir(tmp_path)
    split, teacher = small
    distill.run_experiment(split, teacher, seeds=[0])
    assert not list(tmp_path.rglob("*.pickle"))


def test_default_folder_is_in_the_build_folder(monkeypatch):
    monkeypatch.delenv("DEEPSEEK_SHOCK_CACHE", raising=False)
    assert cache.cache_dir().parts[-3:] == ("_build", ".cache", "results")


def test_key_changes_with_a_course_module_the_function_uses_and_with_the_language(monkeypatch):
    """Frames are drawn by style and worded by strings_fr: editing either, or changing the kernel's
    language, must not bring back the frames cached before."""
    chips = load("chips")
    key = cache.cache_key(export_controls.density_frames.uncached, chips)
    assert {"deepseek_shock.style", "deepseek_shock.strings_fr"} <= set(
        cache.course_modules("deepseek_shock.export_controls")
    )
    source = cache._module_source
    monkeypatch.setattr(
        cache, "_module_source", lambda name: b"# edited" if name.endswith(".strings_fr") else source(name)
    )
    assert key != cache.cache_key(export_controls.density_frames.uncached, chips)
    monkeypatch.undo()
    assert key == cache.cache_key(export_controls.density_frames.uncached, chips)
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, "fr")
    assert key != cache.cache_key(export_controls.density_frames.uncached, chips)


def test_cached_frames_are_the_frames_drawn_afresh(scratch_cache):
    chips = load("chips")
    first = export_controls.density_frames(chips, tops_values=(100, 300))
    assert len(list(scratch_cache.glob("density_frames-*.pickle"))) == 1
    assert export_controls.density_frames(chips, tops_values=(100, 300)) == first
    assert export_controls.density_frames.uncached(chips, tops_values=(100, 300)) == first
