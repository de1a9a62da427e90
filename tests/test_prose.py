"""Every sentence as true as the data: no typed number and no unbacked "all/every/never/only/most" in the
chapters' Markdown, unless glued, quoted, cited, in a formula or on the allow-list with a reason
(tools/prose_check.py, tests/prose_allowlist.yml). The HTML half, maths spans that hold money or words,
is in tests/test_book_maths.py. Each mechanism is first shown to fail on planted text."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("prose_check", ROOT / "tools" / "prose_check.py")
pc = importlib.util.module_from_spec(_spec)
sys.modules["prose_check"] = pc  # dataclasses look their module up by name
_spec.loader.exec_module(pc)

#: Pages another piece of work is rewriting: their findings are expected (xfail, strict, so the marker
#: must go as soon as the page is clean).
PENDING: dict[str, str] = {}


def _kinds(findings):
    return [(f.kind, f.text) for f in findings]


# --- The scanner on planted text ----------------------------------------------------------------------


def test_a_typed_number_is_found():
    assert _kinds(pc.scan("Nvidia fell 16.97% and lost about 593 billion dollars.")) == [
        ("typed number", "16.97"),
        ("typed number", "593"),
    ]


def test_money_is_found_whatever_follows_it():
    found = _kinds(pc.scan("The headline is $5.576M, or \\$5.6 million."))
    assert ("typed number", "$5.576M") in found and ("typed number", "\\$5.6") in found


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia fell {glue:text}`fall_pct:.2f`% to {glue:md}`close_after`.",  # glued
        "« chute brutalement de 17 % » — 1:02–1:07",  # broadcast quote, timestamp
        'The report says "less than two months" and "2,048 H800 GPUs".',  # a source's words
        "The gain is $g = 1/(1-\\ell) - 1$, and $$C \\approx 6 N D.$$",  # formulas
        "See {cite}`deepseek2024v3` and chapter 4, exercise 4.2, step 3.",  # citation, references
        "On Monday 27 January 2025, a year after January 2024, in 2016–2025.",  # dates and years
        "The H100, the A800, Llama 3.1 405B, GPT-4o, the S&P 500 and form 10-Q.",  # names with digits
        "It multiplies 8-bit and 16 bits numbers; ratios run `x = 3`.",  # bit lengths, code
        "```python\nx = 42\n```\n",  # code block
    ],
)
def test_what_is_exempt_is_not_reported(text):
    assert [f for f in pc.scan(text) if f.kind == "typed number"] == []


def test_an_allow_list_phrase_covers_its_number_across_a_line_break():
    text = "Sky-T1 cost less than\n\\$450 of cloud time."
    assert _kinds(pc.scan(text)) == [("typed number", "\\$450")]
    assert pc.scan(text, allowed=["less than \\$450 of cloud time"]) == []


def test_an_allow_list_phrase_is_matched_at_word_edges():
    assert _kinds(pc.scan("a loss of 16 million", allowed=["6 million"])) == [("typed number", "16")]


def test_dollarmath_pairs_are_found_where_the_book_would_pair_them():
    # "$5.6 million at $2" is a formula for dollarmath: the scanner blanks it as maths, so the money is
    # not reported here; the HTML test catches it (tests/test_book_maths.py).
    planted = "DeepSeek values it at $5.6 million at $2 an hour."
    assert pc.blank(planted).count("5.6") == 0
    assert (
        pc.maths_problems(
            '<p>at <span class="math notranslate nohighlight">\\(5.6 million at \\)</span>2</p>'
        )
        != []
    )


def test_a_universal_statement_about_the_data_is_found():
    found = _kinds(pc.scan("All {glue:}`n_distilled` students get better with size on every benchmark."))
    assert found == [("universal statement", "All"), ("universal statement", "every")]
    assert _kinds(pc.scan("None of the chips reaches it.")) == [("universal statement", "None")]


def test_a_glued_universal_sentence_and_other_uses_pass():
    assert pc.scan("{glue:md}`size_trend` The smallest scores well.") == []
    assert pc.scan("It is only a habit, and it always helps.") == []  # no data noun, no glue
    assert pc.scan("every benchmark", universal=False) == []


def test_bad_input_and_a_bad_allow_list_are_refused(tmp_path):
    with pytest.raises(TypeError, match="expected the page's Markdown as a str"):
        pc.scan(None)
    bad = tmp_path / "allow.yml"
    bad.write_text('index.md:\n  - {phrase: "17%"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"allow\.yml: index\.md, entry 1: expected a phrase and a reason"):
        pc.load_allowlist(bad)


# --- The book's pages -----------------------------------------------------------------------------------

ALLOWLIST = pc.load_allowlist()
PAGES = [str(p.relative_to(ROOT)) for p in pc.pages()]


def _page_params():
    for page in PAGES:
        marks = [pytest.mark.xfail(reason=PENDING[page], strict=True)] if page in PENDING else []
        yield pytest.param(page, marks=marks, id=page)


@pytest.mark.parametrize("page", list(_page_params()))
def test_no_typed_number_or_unbacked_universal_statement(page):
    found = [f for f in pc.scan_book(ALLOWLIST) if f.page == page]
    assert not found, (
        f"{len(found)} findings: glue them, quote or cite them, or add an allow-list entry "
        "with its reason (tests/prose_allowlist.yml):\n" + "\n".join(map(str, found))
    )


def test_every_allow_list_entry_is_used():
    texts = {page: pc.markdown_of(ROOT / page) for page in PAGES}
    unknown = sorted(set(ALLOWLIST) - set(texts) - {"*"})
    assert not unknown, f"allow-list pages that do not exist: {unknown}"
    stale = []
    for page, entries in ALLOWLIST.items():
        where = list(texts.values()) if page == "*" else [texts[page]]
        for entry in entries:
            if not any(pc._allowed_spans(text, [entry["phrase"]]) for text in where):
                stale.append((page, entry["phrase"]))
    assert not stale, f"allow-list phrases no page contains any more (remove them): {stale}"


def test_the_allow_list_stays_short():
    entries = sum(len(v) for v in ALLOWLIST.values())
    words = sum(len(re.findall(r"\w+", e["phrase"])) for v in ALLOWLIST.values() for e in v)
    assert entries <= 160 and words / entries <= 12, (entries, words)


# --- The HTML check on planted pages (the built book is checked in tests/test_book_maths.py) -----------


@pytest.mark.parametrize(
    "html",
    [
        '<p>at <span class="math notranslate nohighlight">\\(5.6 million at \\)</span>2 an hour</p>',
        '<p>from <span class="math notranslate nohighlight">\\(589 billion … \\)</span>593</p>',
        '<div class="math notranslate nohighlight">\\[cost of the final run\\]</div>',
    ],
)
def test_the_html_check_finds_money_and_words_in_maths(html):
    assert len(pc.maths_problems(html)) == 1


def test_the_html_check_passes_real_formulas():
    html = (
        '<span class="math notranslate nohighlight">\\(\\text{market cap (USD)} = p \\times n\\)</span>'
        '<div class="math notranslate nohighlight">'
        "\\[\\mathrm{KL}(p \\,\\|\\, q) = \\sum_i p_i \\ln (p_i / q_i),"
        " \\quad q_i(T) = \\frac{\\exp(z_i / T)}{\\sum_j \\exp(z_j / T)}\\]</div>"
    )
    assert pc.maths_problems(html) == []
