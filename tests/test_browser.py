"""The built book in a real browser, offline: Playwright driving Debian's chromium (`make test-browser`).

The book is served from a thread on 127.0.0.1 and every other request is aborted and reported, so a
page that reaches for another site fails here as it would in a classroom with no internet. For every
page of the table of contents: it loads with no failed request and no console error; math is typeset;
widgets whose state the page embeds are rendered; each static slider ("works without Python") swaps
its figure when moved with the keyboard; axe-core finds no serious or critical accessibility problem.
A full-page screenshot of each page is written to ``_build/screenshots/`` (``_build/screenshots/fr/``
for the French edition) for review.

Each page is loaded once at each width and shared by the tests that only read it; a test that moves
a control (the static sliders) opens its own copy, so what one test does cannot change what another sees.

Widths: at 1280 px (a laptop) no code or output block on a chapter page is wider than its box; at
390 px (a phone) the page itself does not scroll sideways and its figures and widgets fit the screen
(code may scroll inside its own box). Each chapter page is photographed at both widths
(``<page>-1280.png``, ``<page>-390.png``).

``BOOK_HTML`` points the tests at another built book (default ``_build/html``); ``CHROMIUM`` at
another browser binary (default Debian's ``/usr/bin/chromium``, which the Makefile installs).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from pathlib import Path

import pytest
import yaml

from conftest import load_tool
from deepseek_shock import i18n, widgets

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
HTML = Path(os.environ.get("BOOK_HTML", ROOT / "_build" / "html")).resolve()
# The language of that book: BOOK_LANGUAGE=fr with BOOK_HTML=_build/html/fr checks the French edition.
LANGUAGE = i18n.language(os.environ.get("BOOK_LANGUAGE", "en"))
SCREENSHOTS = ROOT / "_build" / "screenshots" / ("" if i18n.LANGUAGES[0] == LANGUAGE else LANGUAGE)
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The marker the chapters put in the description of a slider that works with no kernel.
STATIC_SLIDER_MARK = i18n.tr(widgets.STATIC_MARK, LANGUAGE)
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
SETTLE_TIMEOUT_MS = 30_000


# Every page of the table of contents, as tools/make_pdf.py prints them.
PAGES = load_tool("make_pdf").book_pages(yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8")))


def page_html(page: str) -> str:
    path = HTML / f"{page}.html"
    if not path.is_file():
        pytest.fail(f"{path} missing: build the book first (`make book`), or set BOOK_HTML")
    return path.read_text(encoding="utf-8")


# --- the server and the browser -------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature is http.server's
        pass


@pytest.fixture(scope="session")
def base_url():
    """The built book served over HTTP from a background thread on 127.0.0.1 (a free port)."""
    if not (HTML / "index.html").is_file():
        pytest.fail(f"{HTML}/index.html missing: build the book first (`make book`), or set BOOK_HTML")
    handler = functools.partial(_QuietHandler, directory=str(HTML))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="book-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"{CHROMIUM} not found: `make test-browser` installs Debian's chromium "
            "(apt-get install chromium), or set CHROMIUM to a Chromium binary"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """One page opened in a fresh browser context, with everything that went wrong while loading it."""

    def __init__(self, browser, base_url: str, page: str, width: int = 1280):
        self.name = page
        # A phone (width below 600 px) is emulated as one: a touch screen that honours the page's
        # <meta name="viewport">, as a reader's phone does.
        phone = width < 600
        self.context = browser.new_context(
            viewport={"width": width, "height": 844 if phone else 900},
            is_mobile=phone,
            has_touch=phone,
            service_workers="block",
            reduced_motion="reduce",
        )
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.failed: list[str] = []
        self.blocked: list[str] = []
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda exc: self.console_errors.append(f"uncaught: {exc}"))
        self.page.on("requestfailed", lambda req: self.failed.append(f"{req.url} ({req.failure})"))
        self.page.on("response", self._on_response)
        self.page.route("**/*", functools.partial(self._route, base_url))
        self.page.goto(base_url + f"{page}.html", wait_until="load")
        self.page.wait_for_load_state("networkidle")
        self._wait_for_mathjax()

    def _on_console(self, message):
        if message.type == "error":
            self.console_errors.append(f"{message.text} at {message.location.get('url', '?')}")

    def _on_response(self, response):
        if response.status >= 400:
            self.failed.append(f"{response.url} (HTTP {response.status})")

    def _route(self, base_url, route):
        url = route.request.url
        if url.startswith(base_url):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort("blockedbyclient")

    def _wait_for_mathjax(self):
        # MathJax 3 typesets after load; its startup promise resolves once the page is done.
        self.page.wait_for_function(
            "() => !window.MathJax || (MathJax.startup && MathJax.startup.promise"
            " && MathJax.startup.promise.then(() => true))",
            timeout=SETTLE_TIMEOUT_MS,
        )

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, base_url):
    """A page of one's own, freshly loaded (for a test that changes it: moves a slider)."""
    opened: list[Visit] = []

    def open_page(page: str, width: int = 1280) -> Visit:
        opened.append(Visit(browser, base_url, page, width))
        return opened[-1]

    yield open_page
    for v in opened:
        v.close()


@pytest.fixture(scope="session")
def loaded(browser, base_url):
    """A page loaded once for the whole session, its widgets rendered, at a width: for the tests that
    only look at it (what went wrong while loading it is kept on the :class:`Visit`)."""
    pages: dict[tuple[str, int], Visit] = {}

    def open_page(page: str, width: int = 1280) -> Visit:
        if (page, width) not in pages:
            v = Visit(browser, base_url, page, width)
            if WIDGET_STATE in page_html(page):
                wait_for_widgets(v)
            v.page.wait_for_load_state("networkidle")
            pages[page, width] = v
        return pages[page, width]

    yield open_page
    for v in pages.values():
        v.close()


def wait_for_widgets(visit: Visit) -> int:
    """Wait until the html-manager has rendered every embedded widget view; return how many.

    The manager puts each rendered view in a ``div.widget-subarea`` just before the view's
    ``<script type="application/vnd.jupyter.widget-view+json">`` tag.
    """
    views = visit.page.locator('script[type="application/vnd.jupyter.widget-view+json"]').count()
    assert views > 0, f"{visit.name}: widget state embedded but no widget view in the page"
    visit.page.wait_for_function(
        """() => Array.from(document.querySelectorAll(
                 'script[type="application/vnd.jupyter.widget-view+json"]')).every(tag => {
               const area = tag.previousElementSibling;
               return area && area.classList.contains('widget-subarea')
                 && area.querySelector('.lm-Widget') !== null; })""",
        timeout=SETTLE_TIMEOUT_MS,
    )
    return views


# --- the tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_offline_without_errors(loaded, page):
    v = loaded(page)
    assert not v.blocked, f"{page} asked for other sites (blocked): {v.blocked}"
    assert not v.failed, f"{page}: failed requests: {v.failed}"
    assert not v.console_errors, f"{page}: console errors: {v.console_errors}"
    # Math written in the page is typeset by the book's own MathJax.
    if v.page.locator(".math").count():
        assert v.page.locator("mjx-container").count() > 0, f"{page}: math present but not typeset"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    v.page.screenshot(path=str(SCREENSHOTS / f"{page.replace('/', '__')}.png"), full_page=True)


@pytest.mark.parametrize("page", PAGES)
def test_the_page_is_in_the_books_language(loaded, page):
    v = loaded(page)
    assert v.page.evaluate("document.documentElement.lang") == LANGUAGE
    switch = v.page.locator("nav.language-switch a")
    assert switch.count() == 1, f"{page}: no language switch"
    other = switch.get_attribute("hreflang")
    assert other != LANGUAGE and switch.evaluate("a => a.href").endswith(f"/{page}.html")


@pytest.mark.parametrize("page", PAGES)
def test_embedded_widgets_render(loaded, page):
    if WIDGET_STATE not in page_html(page):
        pytest.skip(f"{page} embeds no widget state")
    v = loaded(page)
    views = wait_for_widgets(v)
    errors = v.page.locator(".widget-subarea .jupyter-widgets-error-widget, .widget-subarea .widget-error")
    assert errors.count() == 0, f"{page}: {errors.count()} widget(s) failed to render"
    # Each rendered view takes room on the page (not an empty or hidden box).
    sizes = v.page.eval_on_selector_all(
        ".widget-subarea", "areas => areas.map(a => [a.offsetWidth, a.offsetHeight])"
    )
    assert len(sizes) == views and all(w > 0 and h > 0 for w, h in sizes), (
        f"{page}: widget areas (width, height): {sizes}"
    )
    assert not v.console_errors, f"{page}: console errors while rendering widgets: {v.console_errors}"


def static_sliders(v: Visit):
    sliders = v.page.locator(".widget-slider").filter(has_text=STATIC_SLIDER_MARK)
    return [sliders.nth(i) for i in range(sliders.count())]


def shown_images(container) -> list[tuple[str, str]]:
    """(tail of src, alt) of every visible <img> inside ``container``."""
    images = container.locator("img")
    return [
        (images.nth(i).get_attribute("src")[-120:], images.nth(i).get_attribute("alt") or "")
        for i in range(images.count())
        if images.nth(i).is_visible()
    ]


def shown_frames(container) -> list[str]:
    """The HTML of every visible HTML widget inside ``container``: the frame shown (figure or text card)."""
    frames = container.locator(".widget-html")
    return [frames.nth(i).inner_html() for i in range(frames.count()) if frames.nth(i).is_visible()]


@pytest.mark.parametrize("page", PAGES)
def test_static_sliders_swap_the_figure_without_a_kernel(visit, page):
    if WIDGET_STATE not in page_html(page) or STATIC_SLIDER_MARK not in page_html(page):
        pytest.skip(f"{page} has no static slider")
    v = visit(page)
    wait_for_widgets(v)
    sliders = static_sliders(v)
    assert sliders, f"{page}: a slider marked {STATIC_SLIDER_MARK!r} is in the page state but not rendered"
    for slider in sliders:
        box = slider.locator("xpath=..")  # the VBox holding the slider and its Stack of frames
        handle = slider.locator(".noUi-handle")
        readout = slider.locator(".widget-readout")
        before_frames, before_label = shown_frames(box), readout.inner_text()
        before_images = shown_images(box)
        assert len(before_images) <= 1, (
            f"{page}: expected at most one figure shown, found {len(before_images)}"
        )
        at_end = handle.get_attribute("aria-valuenow") == handle.get_attribute("aria-valuemax")
        handle.focus()
        v.page.keyboard.press("Home" if at_end else "End")
        v.page.wait_for_function(
            "([el, before]) => el.innerText !== before",
            arg=[readout.element_handle(), before_label],
            timeout=SETTLE_TIMEOUT_MS,
        )
        after_frames, after_images = shown_frames(box), shown_images(box)
        assert after_frames != before_frames, (
            f"{page}: slider moved from {before_label!r} to {readout.inner_text()!r} "
            "but the frame shown did not change"
        )
        assert len(after_images) == len(before_images), f"{page}: figure frames and text frames mixed"
        assert all(alt.strip() for _, alt in after_images), f"{page}: the figure shown has no alt text"
    assert not v.console_errors, f"{page}: console errors while moving sliders: {v.console_errors}"


def test_the_book_has_a_static_slider():
    """At least one page (the finished Timeline chapter) proves the static widgets work."""
    pages = [p for p in PAGES if STATIC_SLIDER_MARK in page_html(p) and WIDGET_STATE in page_html(p)]
    assert pages, f"no page has a slider marked {STATIC_SLIDER_MARK!r}"


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"{AXE.relative_to(ROOT)} missing: run `npm ci` (or `make setup`)")
    return AXE.read_text(encoding="utf-8")


@pytest.mark.parametrize("page", PAGES)
def test_no_serious_or_critical_accessibility_violation(loaded, axe_source, page):
    v = loaded(page)
    # Injected by the test, never shipped with the book. Wrapped so that require.js's `define`
    # does not capture it as an anonymous AMD module.
    v.page.add_script_tag(content="window.__axeDefine = window.define; window.define = undefined;")
    v.page.add_script_tag(content=axe_source)
    v.page.add_script_tag(content="window.define = window.__axeDefine;")
    results = v.page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    bad = [violation for violation in results["violations"] if violation["impact"] in ("serious", "critical")]
    report = [
        {
            "rule": x["id"],
            "impact": x["impact"],
            "help": x["help"],
            "where": [node["target"] for node in x["nodes"][:5]],
            "summary": x["nodes"][0].get("failureSummary", "")[:300],
        }
        for x in bad
    ]
    assert not bad, f"{page}: axe-core found:\n" + json.dumps(report, indent=1, ensure_ascii=False)


# --- widths: a laptop and a phone ------------------------------------------------------------------

LAPTOP_PX, PHONE_PX = 1280, 390
CHAPTER_PAGES = [p for p in PAGES if p.startswith("chapters/")]

# Every visible <pre> (code cells, their printed output, error messages) wider than its own box.
OVERFLOWING_PRE = """() => Array.from(document.querySelectorAll('article pre, main pre'))
    .filter(pre => pre.getClientRects().length && pre.scrollWidth > pre.clientWidth + 1)
    .map(pre => ({text: pre.innerText.split('\\n').sort((a, b) => b.length - a.length)[0].slice(0, 100),
                  scrollWidth: pre.scrollWidth, clientWidth: pre.clientWidth}))"""

# Every visible figure or widget whose box pokes out of the screen (left of 0 or right of its width).
OFF_SCREEN = """() => {
    const width = window.innerWidth, out = [];
    const boxes = [...document.querySelectorAll('article img, main img')].map(el => ['img', el])
        .concat([...document.querySelectorAll('.widget-subarea')].map(el => ['widget', el]));
    for (const [kind, el] of boxes) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        if (r.right > width + 1 || r.left < -1)
            out.push({kind, left: Math.round(r.left), right: Math.round(r.right), viewport: width,
                      what: (el.getAttribute('alt') || el.className || '').slice(0, 80)});
    }
    return out; }"""


def open_at(loaded, page: str, width: int) -> Visit:
    v = loaded(page, width)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    v.page.screenshot(path=str(SCREENSHOTS / f"{page.replace('/', '__')}-{width}.png"), full_page=True)
    return v


@pytest.mark.parametrize("page", CHAPTER_PAGES)
def test_code_and_output_fit_their_box_on_a_laptop(loaded, page):
    v = open_at(loaded, page, LAPTOP_PX)
    wide = v.page.evaluate(OVERFLOWING_PRE)
    assert not wide, (
        f"{page} at {LAPTOP_PX} px: {len(wide)} code or output block(s) wider than their box "
        "(longest line of each):\n" + json.dumps(wide, indent=1, ensure_ascii=False)
    )


# The widgets' descriptions that do not fit their box (ipywidgets cuts them with an ellipsis): shown
# ones only (not those of a frame hidden in a Stack).
CUT_DESCRIPTIONS = """() => [...document.querySelectorAll('.widget-label')]
    .filter(el => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
    .map(el => el.textContent)"""


@pytest.mark.parametrize("page", CHAPTER_PAGES)
def test_no_widget_description_is_cut_short_on_a_laptop(loaded, page):
    v = open_at(loaded, page, LAPTOP_PX)
    cut = v.page.evaluate(CUT_DESCRIPTIONS)
    assert not cut, f"{page} at {LAPTOP_PX} px: widget descriptions cut short by an ellipsis: {cut}"


@pytest.mark.parametrize("page", CHAPTER_PAGES)
def test_a_phone_does_not_scroll_sideways_and_figures_fit(loaded, page):
    v = open_at(loaded, page, PHONE_PX)
    # A phone zooms out to show a page wider than its screen: then the layout is wider than 390 px.
    page_width, screen = v.page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert screen == PHONE_PX and page_width <= screen, (
        f"{page} at {PHONE_PX} px: the page is {page_width} px wide (screen {screen} px) and scrolls "
        "sideways; reaching past the edge: "
        + json.dumps(v.page.evaluate(WIDEST_ELEMENTS, PHONE_PX), ensure_ascii=False)
    )
    off = v.page.evaluate(OFF_SCREEN)
    assert not off, f"{page} at {PHONE_PX} px: figures or widgets off the screen:\n" + json.dumps(
        off, indent=1, ensure_ascii=False
    )


# For the failure message: the elements reaching furthest right, to say what makes a page too wide.
# Elements that start on the screen and end past its edge (not the theme's off-canvas sidebars), and
# are not inside a box that scrolls.
WIDEST_ELEMENTS = """(screen) => [...document.querySelectorAll('body *')]
    .map(el => [el, el.getBoundingClientRect()])
    .filter(([el, r]) => r.right > screen + 1 && r.left < screen && !el.closest('pre, .output'))
    .sort((a, b) => b[1].right - a[1].right).slice(0, 5)
    .map(([el, r]) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`)"""
