"""deploy/jupyterhub/links.py: nbgitpuller links to the student edition (`make test-hub` opens them on a
real hub; these tests pin their format and their errors)."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "deploy" / "jupyterhub"))
import links  # noqa: E402

HUB, REPO = "https://hub.example.edu", "https://github.com/ORG/deepseek-shock"


def query(url: str) -> dict[str, str]:
    parsed = parse_qs(urlsplit(url).query, strict_parsing=True)
    assert all(len(v) == 1 for v in parsed.values()), url
    return {k: v[0] for k, v in parsed.items()}


def test_link_has_nbgitpullers_format():
    url = links.nbgitpuller_link(HUB, REPO, "chapters/01_timeline.ipynb")
    assert url.startswith("https://hub.example.edu/hub/user-redirect/git-pull?")
    assert query(url) == {
        "repo": REPO,
        "branch": "student-edition",
        "urlpath": "lab/tree/deepseek-shock/chapters/01_timeline.ipynb",
    }


@pytest.mark.parametrize(
    "hub, expected",
    [
        ("https://hub.example.edu/", "https://hub.example.edu/hub/"),
        ("https://example.edu/jupyter/", "https://example.edu/jupyter/hub/"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000/hub/"),
    ],
)
def test_hub_prefix_and_trailing_slash(hub, expected):
    assert links.nbgitpuller_link(hub, REPO, "a.ipynb").startswith(expected + "user-redirect/git-pull?")


@pytest.mark.parametrize(
    "repo, folder",
    [
        ("https://github.com/ORG/deepseek-shock", "deepseek-shock"),
        ("https://github.com/ORG/deepseek-shock/", "deepseek-shock"),
        ("https://gitlab.example.edu/group/course.git", "course.git"),  # nbgitpuller keeps ".git"
        ("file:///tmp/x/deepseek-shock", "deepseek-shock"),
    ],
)
def test_clone_folder_is_nbgitpullers_default(repo, folder):
    assert links.clone_folder(repo) == folder
    assert query(links.nbgitpuller_link(HUB, repo, "a.ipynb"))["urlpath"] == f"lab/tree/{folder}/a.ipynb"


def test_branch_and_interface():
    url = links.nbgitpuller_link(
        HUB, REPO, "assignments/01_timeline.ipynb", branch="fall-2026", interface="notebook"
    )
    assert query(url)["branch"] == "fall-2026"
    assert query(url)["urlpath"] == "tree/deepseek-shock/assignments/01_timeline.ipynb"


def test_characters_that_need_escaping_survive():
    url = links.nbgitpuller_link(HUB, "https://example.edu/r?x=1&y=2/course", "a b&c.ipynb")
    assert query(url)["repo"] == "https://example.edu/r?x=1&y=2/course"
    assert query(url)["urlpath"] == "lab/tree/course/a b&c.ipynb"


@pytest.mark.parametrize(
    "kwargs, named",
    [
        ({"hub_url": "hub.example.edu"}, "hub_url"),
        ({"hub_url": "ftp://hub.example.edu"}, "hub_url"),
        ({"hub_url": "https://hub.example.edu/?next=x"}, "hub_url"),
        ({"repo_url": ""}, "repo_url"),
        ({"repo_url": "https://github.com/"}, "repo_url"),
        ({"path": "/etc/passwd"}, "path"),
        ({"path": "../other/x.ipynb"}, "path"),
        ({"path": ""}, "path"),
        ({"branch": "two words"}, "branch"),
        ({"branch": ""}, "branch"),
        ({"interface": "rstudio"}, "interface"),
    ],
)
def test_bad_input_names_the_argument(kwargs, named):
    args = {"hub_url": HUB, "repo_url": REPO, "path": "chapters/01_timeline.ipynb", **kwargs}
    with pytest.raises(ValueError, match=rf"^{named}="):
        links.nbgitpuller_link(**args)


def test_edition_paths_cover_every_chapter_and_assignment():
    paths = links.edition_paths()
    chapters = sorted(p.name for p in (ROOT / "chapters").glob("[0-9][0-9]_*.ipynb"))
    assignments = sorted(p.name for p in (ROOT / "exercises").glob("[0-9][0-9]_*.ipynb"))
    assert chapters and assignments
    assert paths == [f"chapters/{n}" for n in chapters] + [f"assignments/{n}" for n in assignments]


def test_edition_paths_of_an_empty_folder(tmp_path):
    with pytest.raises(ValueError, match="root="):
        links.edition_paths(tmp_path)


def test_main_prints_one_link_per_notebook(capsys):
    assert links.main([HUB, REPO, "--branch", "spring"]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    assert len(lines) == len(links.edition_paths())
    for line, path in zip(lines, links.edition_paths()):
        shown, url = line.split("\t")
        assert shown == path and query(url)["urlpath"] == f"lab/tree/deepseek-shock/{path}"
        assert query(url)["branch"] == "spring"


def test_main_markdown_table(capsys):
    links.main([HUB, REPO, "--format", "markdown"])
    out = capsys.readouterr().out.strip().split("\n")
    assert out[:2] == ["| notebook | link |", "|---|---|"]
    assert len(out) == 2 + len(links.edition_paths())


def test_main_reports_bad_input_as_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stopped:
        links.main(["hub.example.edu", REPO])
    assert stopped.value.code == 2
    assert "hub_url='hub.example.edu'" in capsys.readouterr().err
