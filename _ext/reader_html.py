"""Sphinx extension of the course (loaded from _config.yml, `sphinx: local_extensions`).

What it does to the HTML book, and why:

1. **One switch for the repository and launch buttons.** Setting ``repository.url`` in _config.yml
   turns on the repository and issue buttons and the Binder, Colab and JupyterHub launch buttons
   configured under ``launch_buttons``. While the URL is empty they are all off, so the book never
   ships a button to an address that does not exist (Jupyter Book refuses a repository button
   without a URL, and sphinx-book-theme fails on launch buttons without one).
2. **Download of each chapter as .ipynb** stays on (``use_download_button``).
3. **No duplicate inline scripts.** sphinx-thebe's configuration script was written twice on every
   page, and the second copy threw "Identifier 'THEBE_JS_URL' has already been declared" in the
   console. The book has no Thebe button (live code needs a server and network), so unless
   ``launch_buttons.thebe`` is set, Thebe's files are left out of the pages altogether.
5. **Downloads and launch buttons give the student edition.** When the build ends, the student edition
   of each chapter (``tools/student_edition.py``: no raw MyST, exercises that answer back, solutions
   folded) replaces the copy of its source that the .ipynb download button serves
   (``_sources/chapters/<name>.ipynb``), in the edition's language (the French book serves the
   French student edition). Launch buttons open the branch ``student-edition``
   (:data:`STUDENT_BRANCH`, written by ``make publish-notebooks``) instead of ``repository.branch``.
4. **Bibliography markup screen readers accept.** docutils marks each reference with the
   deprecated role ``doc-biblioentry`` inside a ``role="list"``; axe-core reports that as a
   critical violation (a list whose children are not list items). Each entry becomes a
   ``listitem``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging

LOGGER = logging.getLogger(__name__)
#: The branch ``make publish-notebooks`` writes, and the launch buttons open.
STUDENT_BRANCH = "student-edition"

LAUNCH_PROVIDERS = ("binderhub_url", "colab_url", "jupyterhub_url", "deepnote_url", "jupyterlite_url")
REPOSITORY_BUTTONS = ("use_repository_button", "use_issues_button")


def wire_buttons(app: Sphinx, config: Config) -> None:
    """Turn the repository and launch buttons on or off from ``repository.url`` alone."""
    options = config.html_theme_options
    url = (options.get("repository_url") or "").strip()
    launch = dict(options.get("launch_buttons") or {})
    options.setdefault("use_download_button", True)
    if url:
        # Jupyter Book's defaults set these to false, so they are switched on here, not defaulted.
        for button in REPOSITORY_BUTTONS:
            options[button] = True
        options["launch_buttons"] = launch
        options["repository_branch"] = STUDENT_BRANCH  # Binder, Colab, JupyterHub open the edition
    else:
        options.pop("repository_url", None)
        for button in REPOSITORY_BUTTONS:
            options[button] = False
        for provider in LAUNCH_PROVIDERS:
            launch.pop(provider, None)
        launch["thebe"] = False
        options["launch_buttons"] = launch


def _is_thebe(asset: Any) -> bool:
    name = str(getattr(asset, "filename", "") or "")
    body = getattr(asset, "attributes", {}).get("body", "") or ""
    return name.endswith(("sphinx-thebe.js", "sphinx-thebe.css")) or "THEBE_JS_URL" in body


def tidy_page(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """Drop duplicate (and unused Thebe) scripts and styles; give bibliography entries list roles."""
    thebe_on = bool((app.config.html_theme_options.get("launch_buttons") or {}).get("thebe"))
    for key in ("script_files", "css_files"):
        assets = context.get(key)
        if not assets:
            continue
        seen, kept = set(), []
        for asset in assets:
            identity = (
                str(getattr(asset, "filename", "") or ""),
                tuple(sorted((k, str(v)) for k, v in getattr(asset, "attributes", {}).items())),
            )
            if identity in seen or (not thebe_on and _is_thebe(asset)):
                continue
            seen.add(identity)
            kept.append(asset)
        context[key] = kept
    body = context.get("body")
    if body and 'role="doc-biblioentry"' in body:
        context["body"] = body.replace('role="doc-biblioentry"', 'role="listitem"')


def _student_edition_module(srcdir: Path):
    spec = importlib.util.spec_from_file_location("student_edition", srcdir / "tools" / "student_edition.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["student_edition"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def download_student_edition(app: Sphinx, exception: Exception | None) -> None:
    """Serve the student edition from each chapter's .ipynb download button."""
    if exception is not None or app.builder.format != "html":
        return
    srcdir, outdir = Path(app.srcdir), Path(app.outdir)
    executed = outdir.parent / "jupyter_execute" / "chapters"
    module = _student_edition_module(srcdir)
    code = module.main(
        [
            "--language",
            app.config.language or "en",
            "--chapters",
            str(srcdir / "chapters"),
            "--executed",
            str(executed),
            "--out",
            str(outdir / "_sources" / "chapters"),
            "--keep-others",
        ]
    )
    if code != 0:
        raise RuntimeError("reader_html: the student edition for the download buttons could not be written")


def setup(app: Sphinx) -> dict[str, Any]:
    # Before the themes read their options (builder-inited).
    app.connect("config-inited", wire_buttons, priority=900)
    # After myst-nb and the themes have added their per-page scripts.
    app.connect("html-page-context", tidy_page, priority=900)
    app.connect("build-finished", download_student_edition)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
