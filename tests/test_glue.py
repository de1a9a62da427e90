"""glue: computed values go to myst-nb (in the book) and to GLUED (everywhere), with clear errors."""

from __future__ import annotations

import pytest

from deepseek_shock import glue


def test_glue_text_records_the_formatted_text(capsys):
    glue.glue_text("t_cost", "$5.576 million")
    assert glue.GLUED["t_cost"] == "$5.576 million"
    assert capsys.readouterr().out == ""  # display=False: nothing is shown where it is computed


def test_glue_value_keeps_the_raw_value():
    glue.glue_value("t_n", 67)
    assert glue.GLUED["t_n"] == 67


def test_glue_texts_glues_each():
    glue.glue_texts(t_a="1", t_b="2")
    assert (glue.GLUED["t_a"], glue.GLUED["t_b"]) == ("1", "2")


def test_a_number_given_as_text_is_refused():
    with pytest.raises(TypeError, match="glue_text\\('t_x', 3.5\\): expected formatted text"):
        glue.glue_text("t_x", 3.5)


@pytest.mark.parametrize("name", ["with space", "", "1st", None])
def test_bad_names_are_refused(name):
    with pytest.raises(ValueError, match="expected a glue key"):
        glue.glue_value(name, 1)
    with pytest.raises(ValueError, match="expected a glue key"):
        glue.glue_text(name, "1")
