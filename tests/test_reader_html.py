"""The book's Sphinx extension (_ext/reader_html.py): one switch for the buttons, tidy pages."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))
from sphinx.builders.html._assets import _CascadingStyleSheet, _JavaScript  # noqa: E402

import reader_html  # noqa: E402

LAUNCH = {
    "notebook_interface": "jupyterlab",
    "binderhub_url": "https://mybinder.org",
    "colab_url": "https://colab.research.google.com",
    "jupyterhub_url": "",
}


def config(url: str) -> SimpleNamespace:
    # What Jupyter Book hands Sphinx: its defaults switch the repository buttons off.
    return SimpleNamespace(
        html_theme_options={
            "repository_url": url,
            "launch_buttons": dict(LAUNCH),
            "use_repository_button": False,
            "use_issues_button": False,
        }
    )


def test_no_repository_url_means_no_repository_or_launch_button():
    cfg = config("")
    reader_html.wire_buttons(None, cfg)
    options = cfg.html_theme_options
    assert "repository_url" not in options
    assert options["use_repository_button"] is False and options["use_issues_button"] is False
    assert not any(options["launch_buttons"].get(k) for k in reader_html.LAUNCH_PROVIDERS)
    assert options["use_download_button"] is True


def test_setting_the_repository_url_turns_every_button_on():
    cfg = config("https://github.com/org/repo")
    reader_html.wire_buttons(None, cfg)
    options = cfg.html_theme_options
    assert options["repository_url"] == "https://github.com/org/repo"
    assert options["use_repository_button"] is True and options["use_issues_button"] is True
    assert options["launch_buttons"]["binderhub_url"] == "https://mybinder.org"
    assert options["launch_buttons"]["colab_url"] == "https://colab.research.google.com"
    assert options["use_download_button"] is True


def test_pages_lose_duplicate_scripts_and_unused_thebe_and_get_list_roles():
    thebe_config = 'const THEBE_JS_URL = "x"; const thebe_selector = ".cell"'
    context = {
        "script_files": [
            _JavaScript("_static/doctools.js"),
            _JavaScript(None, body="var a = 1"),
            _JavaScript("", body="var a = 1"),
            _JavaScript(None, body=thebe_config),
            _JavaScript("_static/sphinx-thebe.js", **{"async": "async"}),
        ],
        "css_files": [
            _CascadingStyleSheet("_static/sphinx-thebe.css"),
            _CascadingStyleSheet("_static/a.css"),
        ],
        "body": '<div role="list"><div class="citation" role="doc-biblioentry">x</div></div>',
    }
    app = SimpleNamespace(config=SimpleNamespace(html_theme_options={"launch_buttons": {"thebe": False}}))
    reader_html.tidy_page(app, "chapters/bibliography", "page.html", context, None)
    assert [(js.filename, js.attributes.get("body")) for js in context["script_files"]] == [
        ("_static/doctools.js", None),
        (None, "var a = 1"),
    ]
    assert [css.filename for css in context["css_files"]] == ["_static/a.css"]
    assert 'role="listitem"' in context["body"] and "doc-biblioentry" not in context["body"]
