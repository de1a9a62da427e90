"""Checks of the built HTML book (`make book` first): every page is there, figures have alt text,
the widgets' state is embedded, exercises are numbered, and no page loads anything from another site."""

from __future__ import annotations

import html
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from deepseek_shock import i18n, widgets

pytestmark = pytest.mark.html

ROOT = Path(__file__).resolve().parents[1]
# BOOK_HTML checks another built book (for example one built with --path-output elsewhere).
HTML = Path(os.environ.get("BOOK_HTML", ROOT / "_build" / "html")).resolve()
# Its language (BOOK_LANGUAGE=fr with BOOK_HTML=_build/html/fr checks the French edition).
LANGUAGE = i18n.language(os.environ.get("BOOK_LANGUAGE", "en"))


def toc_pages() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    pages = [toc["root"]]
    for part in toc.get("parts", []):
        pages += [chapter["file"] for chapter in part["chapters"]]
    return pages


CHAPTERS = [p for p in toc_pages() if re.match(r"chapters/0\d_", p)]


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(page: str) -> tuple[str, list[tuple[str, dict]]]:
    path = HTML / f"{page}.html"
    if not path.exists():
        pytest.fail(f"{path} missing: run `make book` before the HTML checks (or set BOOK_HTML)")
    text = path.read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(text)
    return text, parser.tags


@pytest.mark.parametrize("page", toc_pages())
def test_page_built_with_every_image_described(page):
    _, tags = parse(page)
    images = [attrs for tag, attrs in tags if tag == "img"]
    missing = [attrs.get("src", "")[:60] for attrs in images if not (attrs.get("alt") or "").strip()]
    assert not missing, f"{page}: images without alt text: {missing}"
    # Sphinx writes an image's own path as its alt text when it has none: that describes nothing.
    paths = [attrs["alt"][:80] for attrs in images if attrs["alt"].strip() == attrs.get("src", "").strip()]
    assert not paths, f"{page}: images whose alt text is their file's path: {paths}"


@pytest.mark.parametrize("page", toc_pages())
def test_no_script_style_or_font_from_another_site(page):
    text, tags = parse(page)
    external = [
        attrs.get("src") or attrs.get("href")
        for tag, attrs in tags
        if (tag == "script" and re.match(r"https?://", attrs.get("src", "")))
        or (
            tag == "link"
            and attrs.get("rel") in ("stylesheet", "preload")
            and re.match(r"https?://", attrs.get("href", ""))
        )
    ]
    assert not external, f"{page} loads from other sites: {external}"


@pytest.mark.parametrize("page", ["chapters/01_timeline"])
def test_finished_chapter_has_widgets_figures_exercises_and_citations(page):
    text, tags = parse(page)
    assert "application/vnd.jupyter.widget-state+json" in text, "widget state not embedded"
    assert text.count("application/vnd.jupyter.widget-view+json") >= 2
    assert re.search(r"Fig(ure)?\.?\s*1\.1", text), "numbered figure caption missing"
    assert len(re.findall(r'class="[^"]*exercise', text)) >= 3
    assert "solution" in text and "dropdown" in text
    assert "bibliography.html#id" in text or "bibliography.html#" in text, "no {cite} link"
    # glue filled the text with computed values: nothing left as a raw role
    assert "{glue" not in text


MATH = re.compile(r'<(span|div) class="math notranslate nohighlight">(.*?)</\1>', re.S)
# TeX commands whose argument is text, then any other command: what is left of real math has no words.
TEXT_IN_TEX = re.compile(r"\\(text|mathrm|operatorname|textrm|mathit|textit|mbox|mathbf|textbf)\s*\{[^}]*\}")


@pytest.mark.parametrize("page", toc_pages())
def test_no_prose_read_as_math(page):
    """Two dollar amounts in one paragraph ("$589 billion … Reuters $593") become inline math with
    dollarmath unless escaped (\\$); the words then print as a run of italic letters, on screen and paper."""
    text, _ = parse(page)
    read_as_math = []
    for match in MATH.finditer(text):
        tex = html.unescape(match[2])
        if re.findall(r"[A-Za-z]{4,}", re.sub(r"\\[A-Za-z]+", "", TEXT_IN_TEX.sub("", tex))):
            read_as_math.append(tex[:80])
    assert not read_as_math, f"{page}: prose typeset as math (escape the dollars as \\$): {read_as_math}"


def test_vendored_javascript_is_served_by_the_book():
    for path in (
        "_static/vendor/require.js",
        "_static/vendor/@jupyter-widgets/html-manager/dist/embed-amd.js",
        "_static/vendor/mathjax/tex-mml-chtml.js",
    ):
        assert (HTML / path).is_file(), f"{path} not in the built book"


def test_glossary_defines_the_course_terms_and_the_chapters_link_to_it():
    text, _ = parse("chapters/glossary")
    for term in (
        "TPP",
        "performance density",
        "MFU",
        "FLOP",
        "GPU-hour",
        "mixture of experts",
        "distillation",
        "soft targets",
        "temperature",
        "market capitalisation",
        "shares outstanding",
        "ECCN",
        "export control",
        "H800",
        "H20",
        "NVLink",
        "closing price",
    ):
        assert re.search(rf'<dt id="term-[^"]*">{re.escape(term)}<', text), f"glossary lacks {term!r}"
    for page in ("index", "chapters/01_timeline"):
        assert "glossary.html#term-" in parse(page)[0], f"{page} links no glossary term"


def test_reader_pages_are_computed():
    data_page, _ = parse("chapters/data")
    # One row per registered data set, with counts filled in by the notebook.
    from deepseek_shock.data import SCHEMAS

    for name in SCHEMAS:
        assert re.search(rf"<td>{name}</td>\s*<td>\d+</td>", data_page), (
            f"data page has no row count for data set {name!r}"
        )
        assert (
            f'<code class="docutils literal notranslate"><span class="pre">{name}</span></code>' in data_page
            or f"<code>{name}</code>" in data_page
        ), f"data page does not list the columns of {name!r}"
    status, _ = parse("chapters/execution_status")
    assert "chapters/01_timeline" in status, "execution table lists no notebook"
    assert re.search(r"<td>jupyter-book</td>\s*<td>\d", status), "package versions not computed"
    trouble, _ = parse("chapters/troubleshooting")
    assert "line 2, column &#39;date&#39;" in trouble or "line 2, column 'date'" in trouble, (
        "the DataError example was not run"
    )


def test_chapters_download_as_ipynb_and_buttons_follow_the_repository_url():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    url = (config.get("repository") or {}).get("url") or ""
    text, _ = parse("chapters/01_timeline")
    assert "_sources/chapters/01_timeline.ipynb" in text, "no .ipynb download link"
    assert (HTML / "_sources" / "chapters" / "01_timeline.ipynb").is_file()
    launch = re.search(r"mybinder\.org|colab\.research\.google\.com", text)
    if url:
        assert url.rstrip("/") in text, "repository.url is set but the page has no repository button"
        assert launch, "repository.url is set but the page has no launch button"
    else:
        assert not launch, "launch buttons shipped with no repository URL (they would be broken)"
        assert "repository-button" not in text and "issues-button" not in text


@pytest.mark.parametrize("page", CHAPTERS)
def test_every_chapter_has_a_static_widget_and_exercises(page):
    """Each of the six chapters responds without a kernel, and ends with exercises and solutions."""
    text, _ = parse(page)
    assert "application/vnd.jupyter.widget-state+json" in text, f"{page}: no widget state embedded"
    assert i18n.tr(widgets.STATIC_MARK, LANGUAGE) in text, f"{page}: no static-responsive slider"
    assert len(re.findall(r'class="[^"]*exercise', text)) >= 3, f"{page}: fewer than 3 exercises"
    assert "{glue" not in text, f"{page}: a glue role was left unfilled"
