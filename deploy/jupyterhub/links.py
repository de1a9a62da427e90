"""Print the nbgitpuller link of every chapter and assignment of the student edition, for one hub.

usage: python deploy/jupyterhub/links.py HUB_URL REPO_URL [--branch student-edition] [--format tsv|markdown]

A student who opens one of these links on a JupyterHub that has nbgitpuller installed gets the
repository cloned into their home (or updated, keeping their own changes: nbgitpuller merges), then
the notebook opened in JupyterLab. The links point at the *student edition*: the branch that
``make publish-notebooks`` publishes (``student-edition`` unless you pass ``--branch``), whose
``chapters/`` and ``assignments/`` hold the notebooks ``make student`` writes into ``student/``
(plain notebooks, no solutions). Never point students at ``main``: its ``exercises/`` carry the
answers.

The link format is nbgitpuller's own (its documentation, "Options in an nbgitpuller URL", and its
link generator)::

    {hub}/hub/user-redirect/git-pull?repo={repo}&branch={branch}&urlpath=lab/tree/{folder}/{path}

where ``folder`` is the folder nbgitpuller clones into: the last part of the repository URL, as
nbgitpuller's server computes it (``https://github.com/org/course`` → ``course``). The hub itself is
configured by ``deploy/jupyterhub/config.yaml``; ``make test-hub`` opens such a link on a real hub.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[2]

#: The branch that holds the student edition (``make publish-notebooks``).
DEFAULT_BRANCH = "student-edition"

#: Where each kind of notebook lives in the repository's source, and in the student edition.
SOURCES = (("chapters", "chapters"), ("exercises", "assignments"))

#: JupyterLab (the course's interface) or the classic Notebook interface.
INTERFACES = {"lab": "lab/tree/", "notebook": "tree/"}


def clone_folder(repo_url: str) -> str:
    """The folder nbgitpuller clones ``repo_url`` into: its last path part (nbgitpuller's default)."""
    if not isinstance(repo_url, str) or not repo_url.strip():
        raise ValueError(f"repo_url={repo_url!r}: expected the URL of a git repository, "
                         "for example https://github.com/ORG/REPO")
    folder = repo_url.strip().rstrip("/").split("/")[-1]
    if not folder or folder in (".", "..") or ":" in folder or not urlsplit(repo_url).path.strip("/"):
        raise ValueError(f"repo_url={repo_url!r}: its last part {folder!r} cannot name the folder "
                         "nbgitpuller clones into; expected a URL ending in the repository's name")
    return folder


def _hub_base(hub_url: str) -> str:
    parts = urlsplit(hub_url.strip() if isinstance(hub_url, str) else "")
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"hub_url={hub_url!r}: expected the hub's address, http(s)://host[:port][/prefix], "
                         "with no query or fragment, for example https://hub.example.edu")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def nbgitpuller_link(hub_url: str, repo_url: str, path: str, branch: str = DEFAULT_BRANCH,
                     interface: str = "lab") -> str:
    """The link that clones ``repo_url`` at ``branch`` for the user, then opens ``path`` (a path inside
    the repository, e.g. ``chapters/01_timeline.ipynb``) in ``interface`` ("lab" or "notebook")."""
    if interface not in INTERFACES:
        raise ValueError(f"interface={interface!r}: expected one of {', '.join(INTERFACES)}")
    if not isinstance(branch, str) or not branch.strip() or any(c.isspace() for c in branch):
        raise ValueError(f"branch={branch!r}: expected a git branch name, e.g. {DEFAULT_BRANCH!r}")
    if (not isinstance(path, str) or not path.strip() or path.startswith("/")
            or ".." in Path(path).parts):
        raise ValueError(f"path={path!r}: expected a relative path inside the repository, "
                         "e.g. chapters/01_timeline.ipynb")
    urlpath = INTERFACES[interface] + f"{clone_folder(repo_url)}/{path.strip()}"
    query = urlencode({"repo": repo_url.strip(), "branch": branch, "urlpath": urlpath})
    return f"{_hub_base(hub_url)}/hub/user-redirect/git-pull?{query}"


def edition_paths(root: Path = ROOT) -> list[str]:
    """The paths, inside the student edition, of every numbered chapter and assignment, in order:
    ``chapters/NN_name.ipynb`` for ``chapters/NN_name.ipynb`` and ``assignments/NN_name.ipynb`` for
    ``exercises/NN_name.ipynb`` of the source repository at ``root``."""
    paths = [f"{edition}/{notebook.name}" for source, edition in SOURCES
             for notebook in sorted((root / source).glob("[0-9][0-9]_*.ipynb"))]
    if not paths:
        raise ValueError(f"root={str(root)!r}: no numbered notebooks in chapters/ or exercises/")
    return paths


def links(hub_url: str, repo_url: str, branch: str = DEFAULT_BRANCH, interface: str = "lab",
          root: Path = ROOT) -> list[tuple[str, str]]:
    """(path in the student edition, nbgitpuller link) for every chapter, then every assignment."""
    return [(path, nbgitpuller_link(hub_url, repo_url, path, branch, interface))
            for path in edition_paths(root)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("hub_url", help="the hub's address, e.g. https://hub.example.edu")
    parser.add_argument("repo_url", help="the course repository, e.g. https://github.com/ORG/REPO")
    parser.add_argument("--branch", default=DEFAULT_BRANCH,
                        help=f"the branch of the student edition (default: {DEFAULT_BRANCH})")
    parser.add_argument("--interface", choices=sorted(INTERFACES), default="lab")
    parser.add_argument("--format", choices=("tsv", "markdown"), default="tsv",
                        help="tab-separated lines, or a Markdown table to paste into a course page")
    args = parser.parse_args(argv)
    try:
        rows = links(args.hub_url, args.repo_url, args.branch, args.interface)
    except ValueError as exc:
        parser.error(str(exc))
    if args.format == "markdown":
        print("| notebook | link |\n|---|---|")
        print("\n".join(f"| `{path}` | [open on the hub]({url}) |" for path, url in rows))
    else:
        print("\n".join(f"{path}\t{url}" for path, url in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
