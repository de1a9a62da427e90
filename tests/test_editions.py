"""The French edition: complete catalogues that keep every role, the configuration of its build, the
translated-notebook fixes (_ext/translation.py), the language switch, and the built French book."""

from __future__ import annotations

import doctest
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "_ext"))
sys.path.insert(0, str(ROOT / "tools"))

import editions  # noqa: E402
import language_switch  # noqa: E402
import translation  # noqa: E402
from deepseek_shock.i18n import OMITTED  # noqa: E402

LOCALES = ROOT / "locales" / "fr" / "LC_MESSAGES"
CATALOGUES = sorted(LOCALES.rglob("*.po"))
HTML = ROOT / "_build" / "html"
ROLE = re.compile(r"\{(?P<kind>[a-z]+)(?::[a-z]*)?\}`(?P<body>[^`]*)`")
# The English rendering of a French quote of the broadcast: a paragraph that is one italic quotation.
BROADCAST_RENDERING = re.compile(r'^\*"[^*]+"\*$')


def _read(path: Path) -> Catalog:
    with open(path, "rb") as handle:
        return read_po(handle)


def _target(kind: str, body: str) -> str:
    """What a role points at: ``text <target>`` or ``target``; a glue key without its format."""
    target = body.rsplit("<", 1)[-1].rstrip(">").strip() if body.endswith(">") else body
    return target.split(":")[0] if kind == "glue" else target


def _roles(text: str, kinds: set[str] | None = None) -> list[tuple[str, str]]:
    return sorted(
        (m["kind"], _target(m["kind"], m["body"]))
        for m in ROLE.finditer(text)
        if kinds is None or m["kind"] in kinds
    )


def test_the_modules_examples_run():
    for module in (editions, language_switch):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


def test_there_is_one_catalogue_per_page():
    pages = {p.relative_to(LOCALES).with_suffix("").as_posix() for p in CATALOGUES}
    assert {"index", "chapters/01_timeline", "chapters/glossary", "chapters/instructors"} <= pages


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_every_message_is_translated_and_none_is_fuzzy(path):
    catalogue = _read(path)
    untranslated = [m.id[:70] for m in catalogue if m.id and not m.string]
    fuzzy = [m.id[:70] for m in catalogue if m.id and m.fuzzy]
    assert untranslated == [], f"{path.name}: {len(untranslated)} untranslated (make po, then translate)"
    assert fuzzy == [], f"{path.name}: {len(fuzzy)} fuzzy: check the translation, then drop the flag"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_a_translation_keeps_every_role_of_its_message(path):
    """Glue keys, citations and cross-references exactly; terms as many (they point at French names)."""
    for message in _read(path):
        if not message.id or not message.string or message.string == OMITTED:
            continue
        exact = {"glue", "cite", "numref", "ref", "doc", "eq", "download"}
        assert _roles(message.string, exact) == _roles(message.id, exact), message.id[:80]
        assert len(_roles(message.string, {"term"})) == len(_roles(message.id, {"term"})), message.id[:80]


def test_the_glossary_is_french_and_every_term_points_at_one_of_its_entries():
    glossary = {m.id: m.string for m in _read(LOCALES / "chapters" / "glossary.po") if m.id}
    source = (ROOT / "chapters" / "glossary.md").read_text(encoding="utf-8")
    entries = [
        line.strip()
        for line in source.split("```{glossary}", 1)[1].split("```", 1)[0].splitlines()
        if line.strip() and not line.startswith((" ", "\t", ":"))
    ]
    french = {glossary[e] for e in entries}
    assert len(french) == len(entries)
    # an entry keeps its name only if it is a name (H100, NVLink) or the same word in French
    unchanged = {e for e in entries if glossary[e] == e}
    assert unchanged <= {e for e in entries if not e.islower()} | {"distillation", "logits"}
    for path in CATALOGUES:
        for message in _read(path):
            for _, target in _roles(message.string or "", {"term"}):
                assert target in french, f"{path.name}: {{term}} {target!r} is not a French glossary entry"


def test_the_french_edition_quotes_the_broadcast_in_the_original_alone():
    renderings = [
        (path.name, m.id, m.string)
        for path in CATALOGUES
        for m in _read(path)
        if m.id and BROADCAST_RENDERING.match(m.id)
    ]
    assert len(renderings) >= 10  # chapters 1 to 5 render the broadcast's words in English
    assert [r for r in renderings if r[2] != OMITTED] == []


# --- the configuration of a translated build, and the catalogues kept up to date -----------------


def test_the_french_configuration_is_the_books_own_with_its_language():
    english, french = editions._read_config(ROOT), editions.edition_config("fr")
    assert french["sphinx"]["config"]["language"] == "fr"
    assert french["sphinx"]["config"]["locale_dirs"] == [str(ROOT / "locales")]
    assert french["sphinx"]["config"]["gettext_compact"] is False
    assert french["execute"]["cache"] != english["execute"].get("cache")
    assert all(Path(p).is_absolute() for p in french["sphinx"]["local_extensions"].values())
    assert set(french["sphinx"]["local_extensions"]) == set(english["sphinx"]["local_extensions"])
    for key in ("parse", "bibtex_bibfiles", "html"):
        assert french[key] == english[key]


def _po(path: Path, messages: dict[str, str], *, fuzzy: set[str] = frozenset()) -> None:
    catalogue = Catalog(locale="fr")
    for msgid, msgstr in messages.items():
        catalogue.add(msgid, msgstr, flags=["fuzzy"] if msgid in fuzzy else [])
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        write_po(handle, catalogue, width=0, no_location=True)


def test_a_change_of_the_english_prose_shows_up_in_the_catalogue(tmp_path):
    _po(tmp_path / "locales/fr/LC_MESSAGES/chapters/page.po", {"Kept.": "Gardé.", "Removed.": "Retiré."})
    _po(tmp_path / "pot/chapters/page.pot", {"Kept.": "", "Added.": ""})
    report = editions.update_catalogues(tmp_path / "pot", "fr", root=tmp_path)
    assert report == ["locales/fr/LC_MESSAGES/chapters/page.po: 1 new, 1 dropped, 0 fuzzy"]
    merged = {m.id: m.string for m in _read(tmp_path / "locales/fr/LC_MESSAGES/chapters/page.po") if m.id}
    assert merged == {"Kept.": "Gardé.", "Added.": ""}
    # a second run changes nothing, not even the date
    before = (tmp_path / "locales/fr/LC_MESSAGES/chapters/page.po").read_bytes()
    assert editions.update_catalogues(tmp_path / "pot", "fr", root=tmp_path) == []
    assert (tmp_path / "locales/fr/LC_MESSAGES/chapters/page.po").read_bytes() == before


def test_updating_without_extracted_messages_says_what_to_run(tmp_path):
    with pytest.raises(FileNotFoundError, match="make po"):
        editions.update_catalogues(tmp_path / "nothing", "fr", root=tmp_path)


# --- _ext/translation.py and _ext/language_switch.py ---------------------------------------------


@pytest.mark.parametrize(
    "text, spec, french",
    [
        ("16.971", ".2f", "16,97"),
        ("-16.971", "+.2f", "-16,97"),
        ("0.5", "+.1f", "+0,5"),
        ("592.94", ".0f", "593"),
        ("24504000000", ",", "24\u202f504\u202f000\u202f000"),
        ("2025", "", "2025"),
        ("2.45", "", "2,45"),
        ("0.1697", ".1%", "17,0\u202f%"),
        ("'derived'", "", "derived"),  # text is the library's to translate, not the role's
    ],
)
def test_a_glued_value_is_written_the_french_way(text, spec, french):
    assert translation.plain_text_in("fr")(text, spec) == french


def test_the_switch_links_each_page_to_the_same_page_in_the_other_language():
    context = {"body": "<p>x</p>", "metatags": ""}
    app = type(
        "App", (), {"config": type("C", (), {"language": "fr"}), "builder": type("B", (), {"format": "html"})}
    )
    language_switch.add_switch(app, "chapters/02_market", "page.html", context, None)
    assert context["body"].startswith('<nav class="language-switch" lang="en"')
    assert 'href="../../chapters/02_market.html" hreflang="en"' in context["body"]
    assert 'rel="alternate" hreflang="en" href="../../chapters/02_market.html"' in context["metatags"]
    with pytest.raises(ValueError, match="expected one of"):
        language_switch.switch_href("index", "de")


# --- the built French book (after `make book`) -----------------------------------------------------

FRENCH_HTML = HTML / "fr"


def _page(root: Path, page: str) -> str:
    path = root / f"{page}.html"
    if not path.exists():
        pytest.fail(f"{path} missing: run `make book` (it builds both editions) before the HTML checks")
    return path.read_text(encoding="utf-8")


def _pages() -> list[str]:
    from test_book import toc_pages

    return toc_pages()


@pytest.mark.html
@pytest.mark.parametrize("page", _pages())
def test_each_french_page_is_french_and_switches_to_its_english_page(page):
    french, english = _page(FRENCH_HTML, page), _page(HTML, page)
    assert re.search(r'<html lang="fr"', french), f"{page}: the French page is not lang=fr"
    for text, root, other in ((french, FRENCH_HTML, HTML), (english, HTML, FRENCH_HTML)):
        link = re.search(r'<nav class="language-switch"[^>]*><a href="([^"]+)"', text)
        assert link, f"{page}: no language switch"
        assert (root / page).parent.joinpath(link[1]).resolve() == (other / f"{page}.html").resolve()


_DISPLAY_MATHS = re.compile(r'<div class="math notranslate nohighlight">\s*\\\[(.*?)\\\]</div>', re.S)


@pytest.mark.html
@pytest.mark.parametrize("page", _pages())
def test_each_equation_of_the_english_page_is_an_equation_of_the_french_page(page):
    """Sphinx parses a translated equation as reST ("::" then the maths); MyST read it as a paragraph
    "::", which replaced the equation (fixed in _ext/translation.py)."""
    english = _DISPLAY_MATHS.findall(_page(HTML, page))
    french = [maths.strip() for maths in _DISPLAY_MATHS.findall(_page(FRENCH_HTML, page))]
    assert len(french) == len(english), (
        f"{page}: {len(english)} equations in English, {len(french)} in French"
    )
    assert "::" not in french, f"{page}: an equation of the French page shows '::' instead of its maths"


@pytest.mark.html
@pytest.mark.parametrize("page", [p for p in _pages() if re.match(r"chapters/0\d_", p)])
def test_a_number_glued_in_the_english_book_is_french_in_the_french_book(page):
    spans = re.compile(r'<span class="pasted-text">([^<]*)</span>')
    english = spans.findall(_page(HTML, page))
    french = spans.findall(_page(FRENCH_HTML, page))
    decimals = sorted({s for s in english if re.fullmatch(r"[+-]?\d+\.\d+", s)})
    if not decimals:
        pytest.skip(f"{page} glues no decimal number as text")
    assert len(french) == len(english), f"{page}: a glued value went missing in translation"
    for number in decimals:
        assert number.replace(".", ",") in french, (
            f"{page}: {number} is not written {number.replace('.', ',')}"
        )
        assert number not in french


@pytest.mark.html
def test_the_catalogues_hold_exactly_the_english_books_messages(tmp_path):
    """A gettext extraction now (outputs from the English book's cache) matches locales/fr/."""
    config = tmp_path / "_config.yml"
    editions._write(editions.extraction_config(), config)
    subprocess.run(
        [str(Path(sys.executable).parent / "jupyter-book"), "build", str(ROOT), "--builder", "custom",
         "--custom-builder", "gettext", "--config", str(config), "--path-output", str(tmp_path)],
        check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    pots = tmp_path / "_build" / "gettext"
    assert len(list(pots.rglob("*.pot"))) == len(CATALOGUES), "the extraction wrote no catalogue per page"
    for pot in sorted(pots.rglob("*.pot")):
        po = LOCALES / pot.relative_to(pots).with_suffix(".po")
        extracted = {m.id for m in _read(pot) if m.id}
        kept = {m.id for m in _read(po) if m.id} if po.exists() else set()
        assert extracted == kept, (
            f"{po.relative_to(ROOT)} is behind the English prose: run `make po` "
            f"({len(extracted - kept)} new, {len(kept - extracted)} gone)"
        )
