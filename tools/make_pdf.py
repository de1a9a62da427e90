"""Print the built book and the student assignments as PDFs (`make pdf`), with Debian's chromium.

usage: python tools/make_pdf.py [--html _build/html] [--out _build/pdf] [--student student]
                                [--chromium /usr/bin/chromium] [--only book|assignments]

The book: every page of ``_toc.yml`` is opened from the built HTML book (served on 127.0.0.1, every
other request refused), its math typeset and its widgets rendered, and printed by Chromium with the
book's print styles (``_assets/print.css``). Before printing, the solutions of the exercises are moved
to a "Solutions" section at the end of their chapter, and each live widget gets a note naming the
settings its figure is printed at. pypdf then joins the pages behind a title page (licence, build date)
and a table of contents with page numbers, stamps page numbers and running heads, and writes the
outline (bookmarks) of every chapter and section: ``_build/pdf/the-deepseek-shock.pdf``.

The assignments: each student notebook (``student/assignments/*.ipynb`` if that folder exists, else
``student/*.ipynb``, as written by ``make student``) is converted to HTML by nbconvert and printed the
same way: ``_build/pdf/assignments/<name>.pdf``.

Nothing here reaches the network: MathJax is the book's own copy, and a page that asks for anything
outside 127.0.0.1 gets nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import html
import http.server
import io
import re
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import yaml
from nbconvert import HTMLExporter
from playwright.sync_api import sync_playwright
from pypdf import PdfReader, PdfWriter

ROOT = Path(__file__).resolve().parents[1]
BOOK_PDF = "the-deepseek-shock.pdf"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SETTLE_TIMEOUT_MS = 60_000
# The page box of print.css (A4, margins in mm): the page numbers are stamped inside its bottom margin.
PAGE_MARGINS_MM = {"top": "16mm", "right": "15mm", "bottom": "18mm", "left": "15mm"}
STAMP_ZONE_MM = 14  # the page number and running head sit this close to the bottom edge
MATHJAX = "_static/vendor/mathjax/tex-mml-chtml.js"
LICENCE = (
    "Text and figures: Creative Commons Attribution 4.0 (CC BY 4.0). Code: MIT licence. "
    "See the file LICENSE of the course."
)


class PdfError(RuntimeError):
    """Something the PDF needs is missing; the message says what and how to get it."""


# --- what to print -----------------------------------------------------------------------------------


def book_pages(toc: dict) -> list[str]:
    """The pages of a Jupyter Book ``_toc.yml`` (already parsed), in reading order, without suffix."""
    pages = [toc["root"]]
    for part in toc.get("parts", []):
        for chapter in part["chapters"]:
            pages.append(chapter["file"])
            pages += [section["file"] for section in chapter.get("sections", [])]
    return [re.sub(r"\.(md|ipynb)$", "", page) for page in pages]


def student_notebooks(student: Path) -> list[Path]:
    """The student versions to print: ``student/assignments/*.ipynb`` if that folder exists, else
    ``student/*.ipynb`` (the answer keys in ``student/keys/`` are never printed)."""
    folder = student / "assignments" if (student / "assignments").is_dir() else student
    notebooks = sorted(folder.glob("*.ipynb"))
    if not notebooks:
        raise PdfError(f"no student notebook in {folder}: run `make student` first")
    return notebooks


# --- headings and the outline ------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    level: int  # 1 for the page's title (h1), 2 for its sections, …
    title: str
    page: int  # 0-based, within the PDF it was read from


@dataclass
class Part:
    """One printed page of the book: its PDF and the headings Chromium found in it."""

    name: str
    pdf: bytes
    pages: int
    headings: list[Heading] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.headings[0].title if self.headings else self.name


def clean_title(text: str) -> str:
    """A heading as a reader should see it: no permalink sign (#, ¶), one space between words."""
    return re.sub(r"\s+", " ", re.sub(r"[#¶]\s*$", "", text.strip())).strip()


def outline_headings(reader: PdfReader) -> list[Heading]:
    """The outline Chromium wrote (one entry per visible heading), flattened with its depth."""
    found: list[Heading] = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append(
                    Heading(level, clean_title(item.title), reader.get_destination_page_number(item))
                )

    walk(reader.outline, 1)
    return found


def toc_entries(parts: list[Part], max_level: int = 2) -> list[Heading]:
    """The table of contents: every part's title and, for the numbered chapters ("4. …"), their
    headings down to ``max_level``; with the page numbers printed in the book (the body starts at 1)."""
    entries, offset = [], 0
    for part in parts:
        depth = max_level if re.match(r"\d+\.", part.title) else 1
        entries += [Heading(h.level, h.title, offset + h.page + 1) for h in part.headings if h.level <= depth]
        offset += part.pages
    return entries


def add_outline(writer: PdfWriter, parts: list[Part], first_body_page: int, contents_page: int) -> None:
    """Bookmarks: the table of contents, then every part's headings nested by level."""
    writer.add_outline_item(title="Contents", page_number=contents_page)
    offset = first_body_page
    for part in parts:
        parents: dict[int, object] = {}
        for heading in part.headings:
            parent = next(
                (parents[level] for level in range(heading.level - 1, 0, -1) if level in parents), None
            )
            parents[heading.level] = writer.add_outline_item(
                title=heading.title, page_number=offset + heading.page, parent=parent
            )
            for deeper in [level for level in parents if level > heading.level]:
                del parents[deeper]
        offset += part.pages


# --- generated pages ---------------------------------------------------------------------------------

FRONT_CSS = """
@page { size: A4; margin: 25mm 22mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 10.5pt; color: #111; }
.title-page { height: 240mm; display: flex; flex-direction: column; break-after: page; }
.title-page h1 { font-size: 30pt; margin: 40mm 0 6mm; font-weight: 600; }
.title-page .subtitle { font-size: 14pt; color: #333; }
.title-page .small { margin-top: auto; font-size: 9pt; color: #333; line-height: 1.5; }
h2 { font-size: 18pt; font-weight: 600; margin: 0 0 8mm; }
ol.toc { list-style: none; padding: 0; margin: 0; }
ol.toc li { display: flex; align-items: baseline; break-inside: avoid; }
ol.toc li .t { flex: 0 1 auto; }
ol.toc li .dots { flex: 1 1 auto; border-bottom: 1px dotted #888; margin: 0 0.4em;
                  transform: translateY(-0.3em); }
ol.toc li .n { flex: 0 0 auto; font-variant-numeric: tabular-nums; }
ol.toc li.l1 { font-weight: 600; margin-top: 0.9em; }
ol.toc li.l2 { margin-left: 1.6em; font-size: 9.5pt; margin-top: 0.15em; }
ol.toc li.l3 { margin-left: 3.2em; font-size: 9pt; }
"""


def front_matter_html(title: str, subtitle: str, author: str, built: dt.date, entries: list[Heading]) -> str:
    """The title page (title, authors, licence, build date) and the table of contents."""
    e = html.escape
    rows = "\n".join(
        f'<li class="l{h.level}"><span class="t">{e(h.title)}</span><span class="dots"></span>'
        f'<span class="n">{h.page}</span></li>'
        for h in entries
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>{FRONT_CSS}</style></head><body>
<section class="title-page"><h1>{e(title)}</h1><div class="subtitle">{e(subtitle)}</div>
<div class="small"><p>{e(author)}</p><p>{e(LICENCE)}</p>
<p>Built on {built.isoformat()} from the executed notebooks of the course. Figures and numbers in the text
are computed from the course's data at build time. Live widgets are printed at their default settings;
they are interactive in the notebooks.</p></div></section>
<section class="contents"><h2>Contents</h2><ol class="toc">
{rows}
</ol></section></body></html>"""


def stamp_html(stamps: list[tuple[str, str]]) -> str:
    """One A4 page per (running head, page number): the text stamped on each page of the body."""
    e = html.escape
    pages = "".join(
        f'<div class="p"><span>{e(head)}</span><span>{e(number)}</span></div>' for head, number in stamps
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 8pt; color: #444; }}
.p {{ height: 297mm; position: relative; break-after: page; overflow: hidden; }}
.p span:first-child {{ position: absolute; left: {PAGE_MARGINS_MM["left"]}; bottom: {STAMP_ZONE_MM - 6}mm; }}
.p span:last-child {{ position: absolute; right: {PAGE_MARGINS_MM["right"]}; bottom: {STAMP_ZONE_MM - 6}mm; }}
</style></head><body>{pages}</body></html>"""


def body_stamps(parts: list[Part], book_title: str) -> list[tuple[str, str]]:
    """(running head, page number) for every page of the body: the chapter's title on each page but
    its first, and the page number from 1."""
    stamps, number = [], 1
    for part in parts:
        for page in range(part.pages):
            stamps.append((part.title if page else book_title, str(number)))
            number += 1
    return stamps


def roman(number: int) -> str:
    """Lower-case roman numeral, for the front matter's page numbers (1 → i)."""
    numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, letters in numerals:
        while number >= value:
            out, number = out + letters, number - value
    return out


# --- the browser -------------------------------------------------------------------------------------


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves several folders, each under its own prefix (``roots``: prefix → folder)."""

    roots: dict[str, Path] = {}

    def translate_path(self, path):
        clean = path.split("?", 1)[0].split("#", 1)[0]
        for prefix, folder in self.roots.items():
            if clean.startswith(f"/{prefix}/"):
                self.directory = str(folder)
                return super().translate_path(clean[len(prefix) + 1 :])
        return str(Path(tempfile.gettempdir()) / "make_pdf-nothing-here")

    def log_message(self, format, *args):  # noqa: A002 - http.server's signature
        pass


@contextlib.contextmanager
def serve(roots: dict[str, Path]):
    """An HTTP server on 127.0.0.1 (a free port) for ``roots``; yields its base URL."""
    handler = type("Handler", (_Handler,), {"roots": dict(roots)})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="make_pdf-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@contextlib.contextmanager
def browser(chromium: str):
    if not Path(chromium).is_file():
        raise PdfError(
            f"{chromium} not found: `make pdf` installs Debian's chromium (apt-get install chromium)"
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def _only_local(base_url: str, refused: list[str], route) -> None:
    if route.request.url.startswith(base_url):
        route.continue_()
    else:
        refused.append(route.request.url)
        route.abort("blockedbyclient")


# Before printing a page of the book: wait for MathJax and for every embedded widget view.
SETTLED_JS = """() => {
  const mathDone = !window.MathJax || (MathJax.startup && MathJax.startup.promise
                   && MathJax.startup.promise.then(() => true));
  const views = Array.from(
    document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]'));
  const widgetsDone = views.every(tag => { const area = tag.previousElementSibling;
    return area && area.classList.contains('widget-subarea') && area.querySelector('.lm-Widget') !== null; });
  return widgetsDone && mathDone;
}"""

# Paper has no kernel and no dropdowns: each live widget gets the settings of the figure it shows (for
# the note print.css writes above it), and the exercises' solutions move to the end of the chapter.
PREPARE_JS = """() => {
  const clean = s => (s || '').replace(/\\s+/g, ' ').trim();
  for (const area of document.querySelectorAll('.widget-subarea')) {
    const settings = [];
    for (const control of area.querySelectorAll('.widget-inline-hbox, .widget-toggle-buttons')) {
      if (control.classList.contains('widget-html')) continue;
      const label = clean((control.querySelector(':scope > .widget-label') || {}).innerText)
                    .replace(/\\s*\\(?works without Python\\)?\\s*/i, ' ').replace(/[:\\s]+$/, '');
      let value = '';
      const readout = control.querySelector('.widget-readout');
      const select = control.querySelector('select');
      const active = control.querySelector('.mod-active, [aria-pressed="true"]');
      const input = control.querySelector('input:not([type="range"])');
      if (readout) value = clean(readout.innerText || readout.value);
      else if (select) value = Array.from(select.selectedOptions).map(o => clean(o.text)).join(', ');
      else if (active) value = clean(active.innerText);
      else if (input) value = clean(input.type === 'checkbox' ? (input.checked ? 'on' : 'off') : input.value);
      if (label && value) settings.push(label + ' = ' + value);
    }
    area.setAttribute('data-print-settings', settings.length ? ' (' + settings.join('; ') + ')' : '');
  }
  const solutions = Array.from(document.querySelectorAll('article .solution'));
  if (!solutions.length) return 0;
  const gathered = document.createElement('section');
  gathered.className = 'print-solutions';
  const heading = document.createElement('h2');
  heading.textContent = 'Solutions to the exercises';
  gathered.appendChild(heading);
  for (const solution of solutions) {
    let exercise = solution.previousElementSibling;
    while (exercise && !exercise.classList.contains('exercise')) exercise = exercise.previousElementSibling;
    const name = exercise ? clean(exercise.querySelector('.admonition-title').innerText) : '';
    const title = solution.querySelector('.admonition-title');
    if (title) title.textContent = name ? 'Solution to ' + name : 'Solution';
    const pointer = document.createElement('p');
    pointer.className = 'print-solution-pointer';
    pointer.textContent = (name ? 'Solution to ' + name : 'Solution') + ': at the end of the chapter.';
    solution.replaceWith(pointer);
    gathered.appendChild(solution);
  }
  const article = document.querySelector('article.bd-article');
  (article.querySelector(':scope > section') || article).appendChild(gathered);
  for (const folded of document.querySelectorAll('.toggle-hidden')) folded.classList.remove('toggle-hidden');
  return solutions.length;
}"""

# The headings a reader sees, in order (Chromium's outline has one entry for each, but its titles can
# repeat a heading's text).
HEADINGS_JS = """() => Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'))
  .filter(h => h.getClientRects().length > 0)
  .map(h => { const copy = h.cloneNode(true); copy.querySelectorAll('.headerlink').forEach(a => a.remove());
              return copy.textContent; })"""


@contextlib.contextmanager
def opened(context, url: str, base_url: str, *, book_page: bool, extra_css: Path | None = None):
    """A new page on ``url``, settled (math typeset, widgets drawn), prepared for paper (a book page's
    solutions gathered and widget notes written) and in print media: as it will be printed."""
    page = context.new_page()
    refused: list[str] = []
    page.route("**/*", functools.partial(_only_local, base_url, refused))
    try:
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        page.wait_for_function(SETTLED_JS, timeout=SETTLE_TIMEOUT_MS)
        if extra_css:
            page.add_style_tag(content=extra_css.read_text(encoding="utf-8"))
        if book_page:
            page.evaluate(PREPARE_JS)
        page.emulate_media(media="print")
        if refused:
            raise PdfError(
                f"{url} asked for other sites, refused (the book must work offline): {refused[:5]}"
            )
        yield page
    finally:
        page.close()


def print_url(
    context, url: str, base_url: str, *, book_page: bool, extra_css: Path | None = None
) -> tuple[bytes, list[str]]:
    """Print ``url`` to PDF (A4, print media, with its outline); return the PDF and the title of every
    heading shown, in order."""
    with opened(context, url, base_url, book_page=book_page, extra_css=extra_css) as page:
        headings = [clean_title(text) for text in page.evaluate(HEADINGS_JS)]
        # The outline needs a tagged PDF: Chromium builds it from the tagged headings.
        pdf = page.pdf(
            prefer_css_page_size=True,
            print_background=True,
            outline=True,
            tagged=True,
            margin=PAGE_MARGINS_MM,
        )
    return pdf, headings


def print_html(context, markup: str) -> bytes:
    """Print an HTML document written here (front matter, page stamps): nothing to load."""
    page = context.new_page()
    try:
        page.route("**/*", lambda route: route.abort("blockedbyclient"))
        page.set_content(markup, wait_until="load")
        return page.pdf(prefer_css_page_size=True, print_background=True, outline=False)
    finally:
        page.close()


# --- assembling ----------------------------------------------------------------------------------------


def named_headings(outline: list[Heading], shown: list[str]) -> list[Heading]:
    """The outline's headings (depths, pages) titled as the page shows them. Chromium's titles can
    repeat a heading's text ("4.3. 4.3. TPPTPP"); when the page lists as many headings, each contained
    in its outline entry, the page's titles are used, otherwise the outline is kept as it is."""

    def bare(text):
        return re.sub(r"\s+", "", text)

    if len(outline) != len(shown) or not all(bare(s) in bare(h.title) for h, s in zip(outline, shown)):
        return outline
    return [Heading(h.level, title or h.title, h.page) for h, title in zip(outline, shown)]


def read_part(name: str, pdf: bytes, shown: list[str]) -> Part:
    reader = PdfReader(io.BytesIO(pdf))
    return Part(name, pdf, len(reader.pages), named_headings(outline_headings(reader), shown))


def join_book(front: bytes, parts: list[Part], stamps: bytes) -> PdfWriter:
    """Front matter, then every part with its page stamp merged on; page labels i, ii, … then 1, 2, …;
    the outline of every part."""
    writer = PdfWriter()
    front_reader = PdfReader(io.BytesIO(front))
    for page in front_reader.pages:
        writer.add_page(page)
    stamp_pages = PdfReader(io.BytesIO(stamps)).pages
    body = [page for part in parts for page in PdfReader(io.BytesIO(part.pdf)).pages]
    if len(stamp_pages) != len(body):
        raise PdfError(f"{len(stamp_pages)} page stamps for {len(body)} pages of the body")
    for page, stamp in zip(body, stamp_pages):
        writer.add_page(page).merge_page(stamp)
    first_body = len(front_reader.pages)
    writer.set_page_label(0, first_body - 1, style="/r")
    writer.set_page_label(first_body, len(writer.pages) - 1, style="/D", start=1)
    add_outline(writer, parts, first_body, contents_page=1 if first_body > 1 else 0)
    writer.page_mode = "/UseOutlines"
    return writer


def book_metadata(config: dict) -> dict[str, str]:
    return {
        "/Title": config.get("title", "The DeepSeek Shock"),
        "/Author": config.get("author", ""),
        "/Subject": "An executable course: the claims of a news report on DeepSeek-R1, checked with data",
        "/Creator": "tools/make_pdf.py (Chromium and pypdf)",
    }


def make_book(
    context, base_url: str, html_dir: Path, out: Path, built: dt.date, only: list[str] | None = None
) -> tuple[Path, int]:
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    pages = only or book_pages(yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8")))
    missing = [p for p in pages if not (html_dir / f"{p}.html").is_file()]
    if missing:
        raise PdfError(f"{html_dir} lacks {', '.join(missing)}: build the book first (`make book`)")
    parts = []
    for name in pages:
        start = time.perf_counter()
        parts.append(
            read_part(name, *print_url(context, f"{base_url}book/{name}.html", base_url, book_page=True))
        )
        print(f"make_pdf: {name}: {parts[-1].pages} pages in {time.perf_counter() - start:.1f} s", flush=True)
    title = config.get("title", "The DeepSeek Shock")
    subtitle = "Checking a news report on DeepSeek-R1 and the market crash of 27 January 2025, with data"
    front = print_html(
        context, front_matter_html(title, subtitle, config.get("author", ""), built, toc_entries(parts))
    )
    stamps = print_html(context, stamp_html(body_stamps(parts, title)))
    writer = join_book(front, parts, stamps)
    writer.add_metadata(book_metadata(config))
    target = out / BOOK_PDF
    with target.open("wb") as handle:
        writer.write(handle)
    return target, len(writer.pages)


# nbconvert's page configures MathJax 2 (a script MathJax 3 ignores); the book's MathJax 3 needs its
# own settings, before it loads, to read $…$ as notebooks do.
MATHJAX3_CONFIG = (
    "<script>window.MathJax = {tex: {inlineMath: [['$', '$'], ['\\\\(', '\\\\)']], "
    "displayMath: [['$$', '$$'], ['\\\\[', '\\\\]']], processEscapes: true, tags: 'ams'}};</script>"
)


def notebook_html(notebook: Path, mathjax_url: str) -> str:
    """A student notebook as one HTML page (nbconvert's lab template), MathJax from the book's copy."""
    exporter = HTMLExporter(template_name="lab")
    exporter.mathjax_url = mathjax_url
    exporter.require_js_url = ""
    body, _ = exporter.from_notebook_node(nbformat.read(notebook, as_version=4))
    loader = f'<script src="{mathjax_url}">'
    if loader not in body:
        raise PdfError(f"{notebook}: nbconvert's page does not load MathJax from {mathjax_url}")
    return body.replace(loader, MATHJAX3_CONFIG + loader, 1)


def make_assignments(context, base_url: str, notebooks: list[Path], out: Path, work: Path) -> list[Path]:
    written = []
    (out / "assignments").mkdir(parents=True, exist_ok=True)
    for notebook in notebooks:
        page = work / f"{notebook.stem}.html"
        page.write_text(notebook_html(notebook, f"{base_url}book/{MATHJAX}"), encoding="utf-8")
        pdf, headings = print_url(
            context,
            f"{base_url}work/{page.name}",
            base_url,
            book_page=False,
            extra_css=ROOT / "_assets" / "print.css",
        )
        title = headings[0] if headings else notebook.stem
        target = out / "assignments" / f"{notebook.stem}.pdf"
        target.write_bytes(stamped_alone(context, pdf, title))
        written.append(target)
        print(f"make_pdf: assignment {notebook.stem}: {len(PdfReader(target).pages)} pages", flush=True)
    return written


def assignment_stamps(title: str, count: int) -> list[tuple[str, str]]:
    """(running head, "n / N") for each of the ``count`` pages of an assignment."""
    head = f"The DeepSeek Shock · {title}"
    head = head if len(head) <= 90 else head[:89].rstrip() + "…"
    return [(head, f"{n} / {count}") for n in range(1, count + 1)]


def stamped_alone(context, pdf: bytes, title: str) -> bytes:
    """An assignment's PDF with its title and "n / N" stamped on every page, its outline kept."""
    reader = PdfReader(io.BytesIO(pdf))
    stamps = PdfReader(
        io.BytesIO(print_html(context, stamp_html(assignment_stamps(title, len(reader.pages)))))
    )
    writer = PdfWriter(clone_from=reader)
    for page, stamp in zip(writer.pages, stamps.pages):
        page.merge_page(stamp)
    writer.add_metadata({"/Title": f"The DeepSeek Shock: {title}", "/Creator": "tools/make_pdf.py"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html", type=Path, default=ROOT / "_build" / "html")
    parser.add_argument("--out", type=Path, default=ROOT / "_build" / "pdf")
    parser.add_argument("--student", type=Path, default=ROOT / "student")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--only", choices=["book", "assignments"])
    parser.add_argument(
        "--page",
        action="append",
        help="print only this page of the book (repeatable; for working on the print styles)",
    )
    args = parser.parse_args(argv)
    html_dir, out = args.html.resolve(), args.out.resolve()
    start = time.perf_counter()
    try:
        notebooks = student_notebooks(args.student) if args.only != "book" else []
        out.mkdir(parents=True, exist_ok=True)
        with (
            tempfile.TemporaryDirectory(prefix="make_pdf-") as work,
            serve({"book": html_dir, "work": Path(work)}) as base_url,
            browser(args.chromium) as chromium,
        ):
            context = chromium.new_context(
                service_workers="block", reduced_motion="reduce", viewport={"width": 1000, "height": 1400}
            )
            if args.only != "assignments":
                target, count = make_book(context, base_url, html_dir, out, dt.date.today(), args.page)
                print(
                    f"make_pdf: wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}"
                    f" ({count} pages)"
                )
            if notebooks:
                if (out / "assignments").is_dir():
                    shutil.rmtree(out / "assignments")
                written = make_assignments(context, base_url, notebooks, out, Path(work))
                print(f"make_pdf: wrote {len(written)} assignments into {out / 'assignments'}")
            context.close()
    except PdfError as error:
        print(f"make_pdf: {error}", file=sys.stderr)
        return 1
    print(f"make_pdf: done in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
