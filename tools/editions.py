"""The book's editions: the configuration of a translated build, and its catalogues kept up to date.

The English book is built from ``_config.yml``. Another edition (French: ``make book-fr``) is the same
book, the same notebooks and library, with three differences, written by :func:`edition_config` into
``_build/<language>/_config.yml``:

- Sphinx's ``language`` and the translations in ``locales/<language>/LC_MESSAGES/`` (one catalogue per
  page, ``gettext_compact: false``);
- its own execution cache, because its kernels run in the edition's language
  (``DEEPSEEK_SHOCK_LANGUAGE``, set by the Makefile) and their outputs differ from the English ones;
- the title in the language (``strings_fr.py``, the library's one table).

``make po`` extracts the English messages (Sphinx's gettext builder; ``_ext/gettext_prose.py`` keeps
code outputs out) and :func:`update_catalogues` merges them into the catalogues with Babel: a new or
changed paragraph becomes an untranslated (or fuzzy) message, and a removed one is dropped, so the
French book can never drift silently from the English (``tests/test_editions.py`` fails on either).

Usage::

    python tools/editions.py config --language fr          # writes _build/fr/_config.yml
    python tools/editions.py extraction-config             # writes _build/gettext/_config.yml
    python tools/editions.py update --pot _build/gettext/_build/gettext --language fr
"""

from __future__ import annotations

import argparse
import copy
import io
import sys
from pathlib import Path
from typing import Any

import yaml
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from deepseek_shock.i18n import LANGUAGES, tr  # noqa: E402

#: Where each edition is built; its HTML is then copied to ``_build/html/<language>/``.
BUILD = ROOT / "_build"


def edition_dir(language: str, root: Path = ROOT) -> Path:
    """The folder an edition is built in (``--path-output`` of Jupyter Book)."""
    return root / "_build" / language


def _read_config(root: Path) -> dict[str, Any]:
    with open(root / "_config.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _absolute_extensions(config: dict[str, Any], root: Path) -> None:
    """Jupyter Book resolves ``local_extensions`` from the configuration file's folder: make them absolute."""
    sphinx = config.setdefault("sphinx", {})
    sphinx["local_extensions"] = {
        name: str((root / path).resolve()) for name, path in (sphinx.get("local_extensions") or {}).items()
    }


def edition_config(language: str, root: Path = ROOT) -> dict[str, Any]:
    """The configuration of the ``language`` edition: ``_config.yml`` with its language and catalogues.

    >>> config = edition_config("fr")
    >>> config["sphinx"]["config"]["language"], config["title"]
    ('fr', 'Le choc DeepSeek')
    >>> config["execute"]["cache"].endswith("_build/fr/.jupyter_cache")
    True
    >>> edition_config("de")
    Traceback (most recent call last):
    ...
    ValueError: language='de': expected a translated edition, one of 'fr'
    """
    if language not in LANGUAGES[1:]:
        raise ValueError(
            f"language={language!r}: expected a translated edition, one of "
            + ", ".join(repr(x) for x in LANGUAGES[1:])
        )
    config = copy.deepcopy(_read_config(root))
    config["title"] = tr(config["title"], language)
    config.setdefault("execute", {})["cache"] = str(edition_dir(language, root) / ".jupyter_cache")
    _absolute_extensions(config, root)
    sphinx_config = config["sphinx"].setdefault("config", {})
    sphinx_config.update(
        language=language,
        locale_dirs=[str(root / "locales")],
        gettext_compact=False,
    )
    return config


def extraction_config(root: Path = ROOT) -> dict[str, Any]:
    """The configuration ``make po`` extracts the English messages with: the book's own, its notebooks'
    outputs read from the English book's cache (a figure's caption reaches the doctree only with its
    outputs), ``gettext_compact: false`` (one catalogue per page)."""
    config = copy.deepcopy(_read_config(root))
    config.setdefault("execute", {})["cache"] = str(root / "_build" / ".jupyter_cache")
    _absolute_extensions(config, root)
    config["sphinx"].setdefault("config", {})["gettext_compact"] = False
    return config


def _write(config: dict[str, Any], out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("# Written by tools/editions.py from _config.yml: edit _config.yml, not this file.\n")
        yaml.safe_dump(config, handle, allow_unicode=True, sort_keys=False)
    return out


def _po_bytes(catalogue) -> bytes:
    """A catalogue as the repository keeps it: no source locations, no line wrapping."""
    buffer = io.BytesIO()
    write_po(buffer, catalogue, width=0, no_location=True, omit_header=False)
    return buffer.getvalue()


def update_catalogues(pot_dir: Path, language: str, root: Path = ROOT) -> list[str]:
    """Merge the English messages of ``pot_dir`` (``*.pot``) into ``locales/<language>/LC_MESSAGES``.

    Returns what changed, one line per catalogue: messages added, dropped, and left fuzzy.
    """
    if not pot_dir.is_dir():
        raise FileNotFoundError(f"{pot_dir}: no extracted messages; run the gettext build first (make po)")
    report = []
    locale_dir = root / "locales" / language / "LC_MESSAGES"
    for pot in sorted(pot_dir.rglob("*.pot")):
        relative = pot.relative_to(pot_dir).with_suffix(".po")
        with open(pot, "rb") as handle:
            template = read_po(handle)
        target = locale_dir / relative
        if target.exists():
            with open(target, "rb") as handle:
                catalogue = read_po(handle, locale=language)
        else:
            catalogue = copy.deepcopy(template)
            catalogue.locale = language
            catalogue.fuzzy = False
        before = {m.id for m in catalogue if m.id}
        old_text = _po_bytes(catalogue)
        catalogue.update(template, no_fuzzy_matching=False)
        catalogue.obsolete.clear()
        after = {m.id for m in catalogue if m.id}
        fuzzy = sum(1 for m in catalogue if m.id and m.fuzzy)
        if not target.exists() or _po_bytes(catalogue) != old_text:  # a new date alone is no change
            catalogue.creation_date = template.creation_date
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(_po_bytes(catalogue))
        if after != before or fuzzy:
            report.append(
                f"{target.relative_to(root)}: {len(after - before)} new, {len(before - after)} dropped, "
                f"{fuzzy} fuzzy"
            )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    config = commands.add_parser("config", help="write _build/<language>/_config.yml")
    config.add_argument("--language", required=True)
    commands.add_parser("extraction-config", help="write _build/gettext/_config.yml")
    update = commands.add_parser("update", help="merge extracted messages into the catalogues")
    update.add_argument("--pot", type=Path, required=True)
    update.add_argument("--language", required=True)
    args = parser.parse_args(argv)
    if args.command == "config":
        print(_write(edition_config(args.language), edition_dir(args.language) / "_config.yml"))
    elif args.command == "extraction-config":
        print(_write(extraction_config(), BUILD / "gettext" / "_config.yml"))
    else:
        for line in update_catalogues(args.pot, args.language) or ["catalogues up to date"]:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
