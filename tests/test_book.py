"""Checks of the built HTML book (`make book` first): every page is there, figures have alt text,
the widgets' state is embedded, exercises are numbered, and no page loads anything from another site."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.html

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "_build" / "html"


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
        pytest.fail(f"{path.relative_to(ROOT)} missing: run `make book` before the HTML checks")
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


@pytest.mark.parametrize("page", toc_pages())
def test_no_script_style_or_font_from_another_site(page):
    text, tags = parse(page)
    external = [attrs.get("src") or attrs.get("href") for tag, attrs in tags
                if (tag == "script" and re.match(r"https?://", attrs.get("src", "")))
                or (tag == "link" and attrs.get("rel") in ("stylesheet", "preload")
                    and re.match(r"https?://", attrs.get("href", "")))]
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


def test_vendored_javascript_is_served_by_the_book():
    for path in ("_static/vendor/require.js",
                 "_static/vendor/@jupyter-widgets/html-manager/dist/embed-amd.js",
                 "_static/vendor/mathjax/tex-mml-chtml.js"):
        assert (HTML / path).is_file(), f"{path} not in the built book"
