"""tools/make_pdf.py, its parts without a browser: which pages and notebooks are printed, headings and
their page numbers, the generated front matter and page stamps, and how the book is joined (page labels,
outline). The printed PDFs themselves are checked by tests/test_pdf.py (`make test-pdf`)."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import nbformat
import pytest
import yaml
from pypdf import PdfReader, PdfWriter

from conftest import load_tool

ROOT = Path(__file__).resolve().parents[1]
mp = load_tool("make_pdf")

H = mp.Heading


def blank_pdf(pages: int, outline: list[tuple[int, str, int]] = ()) -> bytes:
    """A PDF of ``pages`` blank A4 pages with an outline of (level, title, page) entries."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    parents = {}
    for level, title, page in outline:
        parents[level] = writer.add_outline_item(title=title, page_number=page, parent=parents.get(level - 1))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def outline_tree(reader: PdfReader) -> list:
    """The outline as nested [(title, page), [children…]] lists, for comparing whole structures."""

    def walk(items):
        out = []
        for item in items:
            if isinstance(item, list):
                out.append(walk(item))
            else:
                out.append((item.title, reader.get_destination_page_number(item)))
        return out

    return walk(reader.outline)


def test_book_pages_follow_the_toc_with_sections_and_no_suffix():
    toc = {
        "root": "index",
        "parts": [
            {
                "chapters": [
                    {"file": "chapters/01_a.ipynb"},
                    {"file": "chapters/02_b", "sections": [{"file": "c/s.md"}]},
                ]
            },
            {"chapters": [{"file": "chapters/glossary.md"}]},
        ],
    }
    assert mp.book_pages(toc) == ["index", "chapters/01_a", "chapters/02_b", "c/s", "chapters/glossary"]


def test_the_course_toc_gives_every_chapter_in_order():
    pages = mp.book_pages(yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8")))
    chapters = sorted(p.name.removesuffix(".ipynb") for p in (ROOT / "chapters").glob("0[1-9]_*.ipynb"))
    assert [p.split("/")[-1] for p in pages if p.split("/")[-1][:2].isdigit()] == chapters
    assert pages[0] == "index" and "chapters/bibliography" in pages and "chapters/glossary" in pages


def test_student_notebooks_prefer_the_assignments_folder_and_never_take_keys(tmp_path):
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "01_a.ipynb").write_text("{}")
    (tmp_path / "02_b.ipynb").write_text("{}")
    (tmp_path / "01_a.ipynb").write_text("{}")
    assert [p.name for p in mp.student_notebooks(tmp_path)] == ["01_a.ipynb", "02_b.ipynb"]
    (tmp_path / "assignments").mkdir()
    (tmp_path / "assignments" / "03_c.ipynb").write_text("{}")
    assert mp.student_notebooks(tmp_path) == [tmp_path / "assignments" / "03_c.ipynb"]


def test_no_student_notebook_is_a_clear_error(tmp_path):
    with pytest.raises(mp.PdfError, match=r"no student notebook in .*make student"):
        mp.student_notebooks(tmp_path)


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("4.1. The claims#", "4.1. The claims"),
        ("  Glossary ¶ ", "Glossary"),
        ("1.  Timeline:\n what   happened", "1. Timeline: what happened"),
        ("C# and F#", "C# and F"),  # only one trailing sign is a permalink
    ],
)
def test_clean_title(raw, clean):
    assert mp.clean_title(raw) == clean


def test_outline_headings_read_levels_titles_and_pages():
    pdf = blank_pdf(
        3, [(1, "4. Chips#", 0), (2, "4.1. Rules", 1), (3, "4.1.1. Mistakes", 1), (2, "4.2. More", 2)]
    )
    assert mp.outline_headings(PdfReader(io.BytesIO(pdf))) == [
        H(1, "4. Chips", 0),
        H(2, "4.1. Rules", 1),
        H(3, "4.1.1. Mistakes", 1),
        H(2, "4.2. More", 2),
    ]


def test_named_headings_take_the_page_titles_only_when_the_lists_agree():
    outline = [H(1, "4. 4. XX", 0), H(2, "4.1. Y", 1), H(2, "The courseThe course", 1)]
    assert mp.named_headings(outline, ["4. X", "4.1. Y", "The course"]) == [
        H(1, "4. X", 0),
        H(2, "4.1. Y", 1),
        H(2, "The course", 1),
    ]
    assert mp.named_headings(outline, ["4. X", "4.1. Y"]) == outline
    assert mp.named_headings(outline, ["4. X", "4.2. Z", "The course"]) == outline


def parts() -> list:
    return [
        mp.Part("index", blank_pdf(2), 2, [H(1, "The book", 0), H(2, "About", 1)]),
        mp.Part(
            "chapters/01_a",
            blank_pdf(3),
            3,
            [H(1, "1. A", 0), H(2, "1.1. A1", 0), H(3, "1.1.1. deep", 1), H(2, "1.2. A2", 2)],
        ),
        mp.Part("chapters/glossary", blank_pdf(1), 1, [H(1, "Glossary", 0)]),
    ]


def test_toc_entries_number_pages_from_one_with_sections_of_numbered_chapters_only():
    assert mp.toc_entries(parts()) == [
        H(1, "The book", 1),
        H(1, "1. A", 3),
        H(2, "1.1. A1", 3),
        H(2, "1.2. A2", 5),
        H(1, "Glossary", 6),
    ]
    assert [h.title for h in mp.toc_entries(parts(), max_level=1)] == ["The book", "1. A", "Glossary"]
    assert [h.title for h in mp.toc_entries(parts(), max_level=3)][2:5] == [
        "1.1. A1",
        "1.1.1. deep",
        "1.2. A2",
    ]


def test_assignment_stamps_number_pages_and_shorten_long_titles():
    assert mp.assignment_stamps("Assignment 1", 2) == [
        ("The DeepSeek Shock · Assignment 1", "1 / 2"),
        ("The DeepSeek Shock · Assignment 1", "2 / 2"),
    ]
    head, _ = mp.assignment_stamps("x" * 200, 1)[0]
    assert len(head) == 90 and head.endswith("…")


def test_body_stamps_number_every_page_and_head_all_but_a_chapters_first():
    assert mp.body_stamps(parts(), "Book") == [
        ("Book", "1"),
        ("The book", "2"),
        ("Book", "3"),
        ("1. A", "4"),
        ("1. A", "5"),
        ("Book", "6"),
    ]


def test_part_without_headings_is_titled_by_its_name():
    assert mp.Part("chapters/x", b"", 1).title == "chapters/x"


@pytest.mark.parametrize(
    "number, numeral", [(1, "i"), (2, "ii"), (4, "iv"), (5, "v"), (9, "ix"), (14, "xiv")]
)
def test_roman(number, numeral):
    assert mp.roman(number) == numeral


def test_front_matter_has_title_licence_date_and_escaped_contents():
    markup = mp.front_matter_html(
        "The <Shock>", "Sub", "Authors", dt.date(2026, 3, 9), [H(1, "1. A & B", 3), H(2, "1.1. C", 4)]
    )
    assert "The &lt;Shock&gt;" in markup and "1. A &amp; B" in markup
    assert "CC BY 4.0" in markup and "MIT" in markup and "2026-03-09" in markup
    assert (
        '<li class="l1"><span class="t">1. A &amp; B</span><span class="dots"></span><span class="n">3</span>'
        in markup
    )
    assert '<li class="l2">' in markup


def test_stamp_html_has_one_page_per_stamp():
    markup = mp.stamp_html([("A", "1"), ("B <2>", "2")])
    assert markup.count('<div class="p">') == 2 and "B &lt;2&gt;" in markup


def test_join_book_labels_pages_and_nests_the_outline():
    writer = mp.join_book(blank_pdf(2), parts(), blank_pdf(6))
    buffer = io.BytesIO()
    writer.write(buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) == 8
    assert reader.page_labels == ["i", "ii", "1", "2", "3", "4", "5", "6"]
    assert outline_tree(reader) == [
        ("Contents", 1),
        ("The book", 2),
        [("About", 3)],
        ("1. A", 4),
        [("1.1. A1", 4), [("1.1.1. deep", 5)], ("1.2. A2", 6)],
        ("Glossary", 7),
    ]


def test_join_book_refuses_a_stamp_count_that_does_not_match():
    with pytest.raises(mp.PdfError, match="5 page stamps for 6 pages"):
        mp.join_book(blank_pdf(2), parts(), blank_pdf(5))


def test_notebook_html_loads_the_books_mathjax_3_with_dollar_delimiters(tmp_path):
    notebook = tmp_path / "n.ipynb"
    nbformat.write(
        nbformat.v4.new_notebook(
            cells=[
                nbformat.v4.new_markdown_cell("# Q\n\nThe loss $x^2$."),
                nbformat.v4.new_code_cell("x = 1"),
            ]
        ),
        notebook,
    )
    markup = mp.notebook_html(notebook, "http://127.0.0.1:1/book/mj.js")
    assert mp.MATHJAX3_CONFIG + '<script src="http://127.0.0.1:1/book/mj.js">' in markup
    assert "inlineMath: [['$', '$']" in markup
    assert not [
        src
        for src in re.findall(r'<script[^>]+src="([^"]+)"', markup)
        if not src.startswith("http://127.0.0.1:1/")
    ]
