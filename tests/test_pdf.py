"""The PDF edition as printed by `make pdf` (run by `make test-pdf`): read back with pypdf and Debian's
poppler tools (pdftotext, pdftoppm) and compared with the built HTML book it was printed from.

The book: a title page with the licence and the build date; a table of contents whose page numbers
lead to the page where each chapter starts; every page's title and every figure caption in the text;
no raw MyST; an outline entry for every page and section; no word beyond the page's margins; the
exercises' solutions gathered at the end of their chapter; a note on every live widget; and a sample
of pages of each chapter rendered to PNG with ink on them. The assignments: one PDF for each student
notebook, with its questions and no solution.

``BOOK_HTML`` and ``BOOK_PDF`` point the tests at another built book and another PDF folder.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
import yaml
from PIL import Image
from pypdf import PdfReader

from conftest import load_tool

pytestmark = pytest.mark.pdf

ROOT = Path(__file__).resolve().parents[1]
HTML = Path(os.environ.get("BOOK_HTML", ROOT / "_build" / "html")).resolve()
PDF_DIR = Path(os.environ.get("BOOK_PDF", ROOT / "_build" / "pdf")).resolve()
BOOK = PDF_DIR / "the-deepseek-shock.pdf"
STUDENT = ROOT / "student"
# Raw MyST that must never reach paper: roles, directives and fences the chapters use.
RAW_MYST = [
    "{glue",
    ":::",
    "{cite",
    "{ref}",
    "{numref}",
    "{term}",
    "{doc}",
    "```{",
    "{eval",
    # and TeX that MathJax did not typeset
    "$$",
    "\\frac",
    "\\text{",
    "\\mathrm",
    "\\times",
    "\\begin{",
]
MM = 72 / 25.4  # PDF points per millimetre
MARGIN_TOLERANCE_PT = 1.5

mp = load_tool("make_pdf")

PAGES = mp.book_pages(yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8")))
CHAPTERS = [p for p in PAGES if re.match(r"chapters/0\d_", p)]


def need(path: Path, what: str) -> Path:
    if not path.exists():
        pytest.fail(f"{path} missing: {what}")
    return path


def tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.fail(
            f"{name} not found: `make test-pdf` installs Debian's poppler-utils "
            "(apt-get install poppler-utils)"
        )
    return found


def words(text: str) -> str:
    """Text with every run of white space as one space, for comparing across line breaks."""
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def squash(text: str) -> str:
    """Text without white space or hyphens: a phrase broken over lines still matches (pdftotext joins a
    word hyphenated at a line's end: "data-centre" there can come out as "datacentre")."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


# --- the built HTML: what the PDF must contain ---------------------------------------------------------


class _Page(HTMLParser):
    """Titles (h1, h2), figure captions (without permalink signs) and the code and output blocks (pre)
    of a built page."""

    def __init__(self):
        super().__init__()
        self.h1: list[str] = []
        self.h2: list[str] = []
        self.captions: list[str] = []
        self.pre: list[str] = []
        self._stack: list[list] = []  # [tag, collected text] of open headings and captions
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if self._skip or "headerlink" in classes:
            self._skip += 1
        if tag in ("h1", "h2", "figcaption", "pre"):
            self._stack.append([tag, []])

    def handle_endtag(self, tag):
        if self._skip:
            self._skip -= 1
        if self._stack and self._stack[-1][0] == tag:
            name, parts = self._stack.pop()
            if name == "pre":
                self.pre.append("".join(parts))
            else:
                {"h1": self.h1, "h2": self.h2, "figcaption": self.captions}[name].append(
                    words("".join(parts))
                )

    def handle_data(self, data):
        if self._stack and not self._skip:
            for entry in self._stack:
                entry[1].append(data)


@cache
def built(page: str) -> _Page:
    text = need(HTML / f"{page}.html", "build the book first (`make book`)").read_text(encoding="utf-8")
    article = re.search(r'<article class="bd-article".*?</article>', text, re.S)
    assert article, f'{page}.html has no <article class="bd-article">'
    parser = _Page()
    parser.feed(article[0])
    return parser


# --- the PDF, read back ----------------------------------------------------------------------------------


@cache
def reader() -> PdfReader:
    return PdfReader(need(BOOK, "run `make pdf`"))


@cache
def page_texts(path: Path = BOOK, mode: str = "") -> tuple[str, ...]:
    """The text of every page, from poppler's pdftotext: in reading order, or in ``mode`` "-layout" (lines
    as laid out) or "-raw" (in the order it was drawn: columns of aligned output stay on their line)."""
    out = subprocess.run(
        [tool("pdftotext"), "-enc", "UTF-8", *([mode] if mode else []), str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return tuple(out.split("\f")[:-1])


@cache
def book_text() -> str:
    return words(" ".join(page_texts()))


@cache
def outline() -> list[tuple[int, str, int]]:
    """(depth, title, page index) of every bookmark."""
    found = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader().get_destination_page_number(item)))

    walk(reader().outline, 1)
    return found


@cache
def part_ranges() -> dict[str, range]:
    """Page indexes of each page of the book in the PDF, from the top-level bookmarks."""
    starts = [(title, page) for depth, title, page in outline() if depth == 1 and title != "Contents"]
    titles = [built(p).h1[0] for p in PAGES]
    assert [t for t, _ in starts] == titles, "top-level bookmarks are not the pages of the book in order"
    ends = [page for _, page in starts[1:]] + [len(reader().pages)]
    return {p: range(start, end) for p, (_, start), end in zip(PAGES, starts, ends)}


def words_with_boxes(path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page index, xMin, xMax, page width, page height, word) from ``pdftotext -bbox``."""
    out = subprocess.run(
        [tool("pdftotext"), "-bbox", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    boxes, index, width, height = [], -1, 0.0, 0.0
    for line in out.splitlines():
        page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if page:
            index, width, height = index + 1, float(page[1]), float(page[2])
            continue
        word = re.search(
            r'<word xMin="([-\d.]+)" yMin="[-\d.]+" xMax="([-\d.]+)" yMax="[-\d.]+">(.*)</word>', line
        )
        if word:
            boxes.append((index, float(word[1]), float(word[2]), width, height, word[3]))
    return boxes


def render(path: Path, page_index: int, tmp_path: Path, dpi: int = 40) -> Image.Image:
    prefix = tmp_path / f"p{page_index}"
    subprocess.run(
        [
            tool("pdftoppm"),
            "-r",
            str(dpi),
            "-gray",
            "-png",
            "-singlefile",
            "-f",
            str(page_index + 1),
            "-l",
            str(page_index + 1),
            str(path),
            str(prefix),
        ],
        check=True,
    )
    return Image.open(f"{prefix}.png")


def ink(image: Image.Image) -> float:
    """Share of pixels darker than light grey."""
    histogram = image.convert("L").histogram()
    return sum(histogram[:200]) / sum(histogram)


# --- the book ---------------------------------------------------------------------------------------------


def test_title_page_has_the_title_licence_and_build_date():
    first = words(page_texts()[0])
    assert "The DeepSeek Shock" in first
    assert "CC BY 4.0" in first and "MIT" in first
    date = re.search(r"Built on (\d{4}-\d\d-\d\d)", first)
    assert date, f"no build date on the title page: {first[:300]!r}"
    assert dt.date.fromisoformat(date[1]) <= dt.date.today()


def test_page_labels_are_roman_in_the_front_matter_then_arabic_from_one():
    labels = reader().page_labels
    first_body = part_ranges()[PAGES[0]].start
    assert labels[:first_body] == [mp.roman(n) for n in range(1, first_body + 1)]
    assert labels[first_body:] == [str(n) for n in range(1, len(labels) - first_body + 1)]


def test_contents_page_numbers_lead_to_each_page_title():
    """Each page title in the table of contents, with its number, and the title is on that page."""
    first_body = part_ranges()[PAGES[0]].start
    contents = contents_entries(page_texts(mode="-layout")[1:first_body])
    for page in PAGES:
        title = built(page).h1[0]
        assert title in contents, f"{title!r} not in the table of contents: {list(contents)[:8]}…"
        index = first_body + contents[title] - 1
        assert squash(title) in squash(page_texts()[index]), (
            f"contents say {title!r} is on page {contents[title]}, it is not"
        )
        assert index == part_ranges()[page].start


def test_every_page_title_and_figure_caption_is_printed():
    text = squash(book_text())
    missing = [
        (page, t)
        for page in PAGES
        for t in built(page).h1 + built(page).h2 + built(page).captions
        if squash(t) not in text
    ]
    assert not missing, f"not in the PDF's text: {missing[:10]}"
    assert sum(len(built(p).captions) for p in CHAPTERS) >= len(CHAPTERS), (
        "too few captions found in the HTML"
    )


def contents_entries(pages: tuple[str, ...]) -> dict[str, int]:
    """{title: page number} from the table of contents as laid out: "title ..... 12", where a long title
    goes on over the next line, below its number. The first entry of a title that appears twice wins."""
    entries: list[list] = []
    for line in "\n".join(pages).splitlines():
        entry = re.match(r"\s*(.+?)\s+(\d+)\s*$", line)
        if entry:
            entries.append([entry[1], int(entry[2])])
        elif line.strip() and entries and line.strip() != "Contents":
            entries[-1][0] += " " + line.strip()
    return dict(reversed([(words(title), number) for title, number in entries]))


@pytest.mark.parametrize("page", PAGES)
def test_every_line_of_code_and_output_is_printed_whole(page):
    """Chromium prints nothing of a line cut at the margin, so a cut line is missing from the text."""
    pages = part_ranges()[page]
    text = squash(" ".join(page_texts(mode="-raw")[pages.start : pages.stop]))
    lines = [line for block in built(page).pre for line in block.splitlines() if squash(line)]
    cut = [line for line in lines if squash(line) not in text]
    assert not cut, f"{page}: {len(cut)} of {len(lines)} lines of code or output not printed whole: {cut[:5]}"


@pytest.mark.parametrize("raw", RAW_MYST)
def test_no_raw_myst(raw):
    text = book_text()
    at = text.find(raw)
    assert at < 0, f"raw MyST {raw!r} in the PDF: …{text[max(0, at - 80) : at + 80]}…"


def test_outline_has_every_page_and_every_section():
    ranges = part_ranges()  # checks the top level
    for page in PAGES:
        sections = [title for depth, title, index in outline() if depth == 2 and index in ranges[page]]
        missing = [h2 for h2 in built(page).h2 if h2 not in sections]
        assert not missing, f"{page}: sections without a bookmark: {missing}"


@pytest.mark.parametrize(
    "path", [BOOK] + sorted((PDF_DIR / "assignments").glob("*.pdf")), ids=lambda p: p.name
)
def test_no_word_beyond_the_margins(path):
    need(path, "run `make pdf`")
    left, right = float(mp.PAGE_MARGINS_MM["left"][:-2]) * MM, float(mp.PAGE_MARGINS_MM["right"][:-2]) * MM
    outside = [
        (page + 1, word, round(x0), round(x1))
        for page, x0, x1, width, _, word in words_with_boxes(path)
        if x1 > width - right + MARGIN_TOLERANCE_PT or x0 < left - MARGIN_TOLERANCE_PT
    ]
    assert not outside, f"{path.name}: words outside the margins (page, word, xMin, xMax): {outside[:12]}"


@pytest.mark.parametrize("page", CHAPTERS)
def test_solutions_are_gathered_at_the_end_of_the_chapter(page):
    pages = part_ranges()[page]
    text = words(" ".join(page_texts()[pages.start : pages.stop]))
    exercises = sorted(set(re.findall(r"Exercise (\d+\.\d+)", text)), key=lambda n: int(n.split(".")[1]))
    assert exercises, f"{page}: no exercise printed"
    at = text.rfind("Solutions to the exercises")
    assert at > text.find("Exercise " + exercises[-1]), f"{page}: no solutions section after the exercises"
    for number in exercises:
        assert f"Solution to Exercise {number}: at the end of the chapter." in text[:at]
        assert f"Solution to Exercise {number}" in text[at:], f"{page}: solution to {number} not gathered"
    sections = [title for depth, title, index in outline() if depth == 2 and index in pages]
    assert sections[-1] == "Solutions to the exercises"


@pytest.mark.parametrize("page", CHAPTERS)
def test_each_live_widget_prints_with_a_note(page):
    html = (HTML / f"{page}.html").read_text(encoding="utf-8")
    views = html.count("application/vnd.jupyter.widget-view+json")
    pages = part_ranges()[page]
    text = words(" ".join(page_texts()[pages.start : pages.stop]))
    assert text.count("Interactive in the notebook.") == views, f"{page}: {views} widgets, notes differ"
    assert views == 0 or "Printed at its default settings (" in text


@pytest.mark.parametrize("page", PAGES)
def test_sample_pages_of_each_chapter_render_with_ink(page, tmp_path):
    pages = part_ranges()[page]
    for index in sorted({pages.start, pages.start + len(pages) // 2}):
        image = render(BOOK, index, tmp_path)
        assert image.size[0] > 250, f"page {index + 1} rendered at {image.size}"
        assert ink(image) > 0.01, f"{page}: page {index + 1} looks blank ({ink(image):.4f} ink)"
        # Not a page filled by one block either (a black or grey box where a figure should be).
        assert ink(image) < 0.6, f"{page}: page {index + 1} is mostly dark ({ink(image):.2f})"


# --- the assignments --------------------------------------------------------------------------------------


def test_one_pdf_per_student_notebook():
    notebooks = mp.student_notebooks(STUDENT)
    pdfs = sorted((PDF_DIR / "assignments").glob("*.pdf"))
    assert [p.stem for p in pdfs] == [n.stem for n in notebooks]


@pytest.mark.parametrize(
    "notebook", mp.student_notebooks(STUDENT) if STUDENT.is_dir() else [], ids=lambda p: p.stem
)
def test_assignment_pdf_has_its_questions_and_no_solution(notebook):
    pdf = need(PDF_DIR / "assignments" / f"{notebook.stem}.pdf", "run `make pdf`")
    text = words(" ".join(page_texts(pdf)))
    cells = nbformat.read(notebook, as_version=4).cells
    headings = [
        words(line[2:])
        for c in cells
        if c.cell_type == "markdown"
        for line in c.source.splitlines()
        if re.match(r"#{1,2} ", line)
    ]
    missing = [h for h in headings if squash(re.sub(r"[`*]", "", h)) not in squash(text)]
    assert not missing, f"{pdf.name}: headings not printed: {missing}"
    assert "YOUR CODE HERE" in text and "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text
    assert not [raw for raw in RAW_MYST if raw in text]
    assert PdfReader(pdf).metadata.title.startswith("The DeepSeek Shock")


def test_math_in_a_student_notebook_is_typeset_on_paper(tmp_path):
    """An assignment's $…$ goes through the book's own MathJax 3, with no network, onto paper."""
    notebook = tmp_path / "math.ipynb"
    nbformat.write(
        nbformat.v4.new_notebook(
            cells=[
                nbformat.v4.new_markdown_cell(
                    "# Math\n\nInline $\\frac{a}{b} = \\sqrt{x}$ and displayed $$\\sum_i p_i = 1.$$"
                )
            ]
        ),
        notebook,
    )
    with (
        mp.serve({"book": need(HTML, "build the book first"), "work": tmp_path}) as base_url,
        mp.browser(os.environ.get("CHROMIUM", "/usr/bin/chromium")) as chromium,
    ):
        context = chromium.new_context()
        page = tmp_path / "math.html"
        page.write_text(mp.notebook_html(notebook, f"{base_url}book/{mp.MATHJAX}"), encoding="utf-8")
        pdf, headings = mp.print_url(context, f"{base_url}work/math.html", base_url, book_page=False)
        context.close()
    (tmp_path / "math.pdf").write_bytes(pdf)
    text = " ".join(page_texts(tmp_path / "math.pdf"))
    assert headings[0] == "Math"
    assert "Inline" in text and "$" not in text and "\\frac" not in text and "\\sum" not in text


def test_no_body_page_is_left_half_empty(tmp_path):
    """Page breaks come only before a page of the book: every page but the last of each is at least half
    filled (measured on the rendered page, figures included, above the page stamp)."""
    subprocess.run(
        [tool("pdftoppm"), "-r", "20", "-gray", "-png", str(BOOK), str(tmp_path / "p")], check=True
    )
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == len(reader().pages)
    sparse = []
    for page, pages in part_ranges().items():
        for index in pages[:-1]:
            image = Image.open(images[index]).convert("L")
            width, height = image.size
            content = image.crop((0, 0, width, int(height * (1 - mp.STAMP_ZONE_MM / 297))))
            box = content.point(lambda v: 255 if v < 200 else 0).getbbox()
            filled = box[3] / height if box else 0
            if filled < 0.5:
                sparse.append((page, index + 1, round(filled, 2)))
    assert not sparse, f"pages filled less than half (page of the book, PDF page, share): {sparse}"


# Widget controls that must not be drawn on paper (they would print as empty boxes).
CONTROLS = "input, select, button, textarea, .noUi-target, .widget-readout, .widget-toggle-buttons"


@pytest.mark.parametrize("page", [p for p in PAGES if p in CHAPTERS])
def test_widgets_print_what_they_show_and_no_control(page):
    html = (HTML / f"{page}.html").read_text(encoding="utf-8")
    if "application/vnd.jupyter.widget-view+json" not in html:
        pytest.skip(f"{page} has no widget")
    with (
        mp.serve({"book": HTML}) as base_url,
        mp.browser(os.environ.get("CHROMIUM", "/usr/bin/chromium")) as b,
    ):
        context = b.new_context()
        with mp.opened(context, f"{base_url}book/{page}.html", base_url, book_page=True) as tab:
            areas = tab.evaluate(
                """(controls) => Array.from(document.querySelectorAll('.widget-subarea')).map(a => ({
                controls: Array.from(a.querySelectorAll(controls))
                                .filter(c => c.getClientRects().length > 0).length,
                figures: Array.from(a.querySelectorAll('img')).filter(i => i.getClientRects().length > 0
                                                                      && i.naturalWidth > 0).length,
                text: a.innerText.trim().length,
                note: getComputedStyle(a, '::before').content}))""",
                CONTROLS,
            )
        context.close()
    assert areas
    for number, area in enumerate(areas, 1):
        assert area["controls"] == 0, f"{page}: widget {number} prints {area['controls']} controls"
        # Its figure, or the card of text or the table it shows.
        assert area["figures"] >= 1 or area["text"] > 80, f"{page}: widget {number} prints nothing: {area}"
        assert "Interactive in the notebook" in area["note"]
