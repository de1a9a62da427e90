"""Scan the book's prose for typed numbers and for universal statements that no code backs.

The course's rule is "computed, not typed": a number in the text comes from a glue role, and a sentence
that says "all", "every", "never", "only", ... about the data is glued whole from a tested library
function. This module finds the exceptions. Exempt by construction (blanked before the scan):

- glue, cite and every other MyST role (``{glue:md}`key```, ``{cite}`key```);
- maths (``$…$``, ``$$…$$``), inline code and fenced blocks (code, directive options, exercise labels);
- broadcast quotes (« … ») and the segment's timestamps (``1:02–1:14``), which cite the broadcast;
- link targets and HTML comments;
- calendar dates and years (``27 January 2025``, ``January 2025``, ``2024``): a date there names the
  event the sentence is about; a date that is a *result* (a gap, a first close) is glued;
- cross-references (``chapter 4``, ``exercise 4.2``, ``step 3``) and ordered-list markers;
- names that carry digits (``H100``, ``Llama 3.1 405B``): a number glued to letters is a name.

Anything else is reported unless an allow-list entry covers it: a phrase of the page, with the reason the
number may stay typed (``tests/prose_allowlist.yml``). Run ``python tools/prose_check.py`` to list what
the test would report.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
ALLOWLIST = ROOT / "tests" / "prose_allowlist.yml"

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
DASH = "[–-]"

# Spans blanked before any scan, in this order (a later pattern never sees what an earlier one blanked).
_EXEMPT = [
    ("HTML comment", re.compile(r"<!--.*?-->", re.S)),
    ("fenced block", re.compile(r"^(`{3,}|~{3,}).*?^\1[ \t]*$", re.S | re.M)),
    ("display maths", re.compile(r"(?<!\\)\$\$.+?(?<!\\)\$\$", re.S)),
    # dollarmath pairs two unescaped "$" within one paragraph (never across a blank line)
    ("inline maths", re.compile(r"(?<![\\$])\$(?!\$)(?:\\.|[^$\\\n]|\n(?![ \t]*\n))+?(?<!\\)\$")),
    ("role", re.compile(r"\{[\w:.-]+\}`[^`]*`")),
    ("inline code", re.compile(r"`[^`\n]+`")),
    ("front matter", re.compile(r"\A---\n.*?\n---\n", re.S)),
    ("broadcast quote", re.compile(r"«.*?»", re.S)),
    # a quotation's own words: the broadcast in English (*"…"*), a source's phrase, a claim as quoted
    ("quotation", re.compile(r'"(?:[^"\n]|\n(?![ \t]*\n)){1,400}"|“[^”]{1,400}”')),
    (
        "name with digits",
        re.compile(
            r"\b(?:S&P 500|Llama \d(?:\.\d)?|Qwen ?\d(?:\.\d)?|RTX \d{4}D?|"
            r"Python \d(?:\.\d+)?|CC BY \d\.\d|AIME \d{4}|No\. \d+)\b"
        ),
    ),
    ("link target", re.compile(r"\]\([^)\s]*\)")),
    ("broadcast timestamp", re.compile(rf"\b\d{{1,2}}:\d{{2}}(?:\s*{DASH}\s*\d{{1,2}}:\d{{2}})?\b")),
    (
        "date",
        re.compile(
            rf"\b(?:(?:{WEEKDAYS})\.?,? )?\d{{1,2}}(?:\s*{DASH}\s*\d{{1,2}})?\s+(?:{MONTHS})\b"
            rf"(?:,?\s+\d{{4}})?"
        ),
    ),
    ("month and year", re.compile(rf"\b(?:{MONTHS})\s+(?:\d{{1,2}},\s+)?\d{{4}}\b")),
    (
        "year",
        re.compile(rf"(?<![\w.,$\\])(?:19|20)\d{{2}}(?:\s*{DASH}\s*(?:19|20)?\d{{2}})?(?![\w.,%]\d|[\w%])"),
    ),
    ("bit length", re.compile(r"\b\d{1,2}(?:-| )bits?\b")),
    (
        "cross-reference",
        re.compile(
            r"\b(?:[Cc]hapters?|[Ss]ections?|§|[Ee]xercises?|[Ss]teps?|[Cc]ells?|"
            r"[Ff]ig(?:ure)?s?\.?|[Tt]ables?|[Pp]arts?|[Aa]ssignments?|[Dd]ays?(?= [,|:]))\s*\d+(?:\.\d+)*"
            r"(?:\s*(?:,|and|or|to|–|-)\s*\d+(?:\.\d+)*)*"
        ),
    ),
    ("list marker", re.compile(r"^[ \t]*\d+[.)][ \t]", re.M)),
]

# A number: digits with thousands separators or a decimal point, optionally signed. Not part of a word
# (H100, 3A090, GPT-4o, 10-Q): no letter, digit, dot or "word-" just before, no letter or "-word" after.
# Money (after "$") is always a number, whatever follows it ("$5.576M").
_NUMBER = re.compile(r"(?<![\w.,])(?<!\w-)(?<!\w–)[−-]?\d+(?:[.,]\d+)*(?![\w²³]|[.,]\d|-[A-Za-z]|·)")
_MONEY = re.compile(r"\\?\$\s?\d[\d.,]*[A-Za-z]*")

UNIVERSAL = ("all", "every", "always", "never", "most", "only", "none")
_UNIVERSAL = re.compile(r"\b(" + "|".join(UNIVERSAL) + r")\b", re.I)
# A universal word is a statement *about the data* when its sentence carries a glued value, or when one of
# these nouns follows it within four words ("every benchmark", "all 6 students", "none of the chips").
DATA_NOUNS = (
    "benchmark",
    "student",
    "model",
    "chip",
    "event",
    "row",
    "compan",
    "stock",
    "share",
    "seed",
    "record",
    "claim",
    "source",
    "estimate",
    "rule",
    "tier",
    "day",
    "price",
    "close",
    "value",
    "gpu",
    "run",
    "temperature",
    "allegation",
    "outlet",
    "series",
    "ticker",
    "index",
    "figure",
    "number",
    "data",
    "file",
    "column",
    "cell",
    "combination",
    "method",
    "verdict",
    "step",
    "year",
)
_GLUE = re.compile(r"\{glue(?::\w+)?\}`")
_FOLLOWED_BY_NOUN = re.compile(r"^(?:\W+\w+){0,4}?\W+(?:" + "|".join(DATA_NOUNS) + r")", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+(?=[A-Z*«(\[{\\$-])|\n\s*\n|\n\s*[-*]\s|\n(?=#)")


@dataclass(frozen=True)
class Finding:
    page: str
    kind: str  # "typed number" or "universal statement"
    text: str  # the number or the word found
    context: str  # the sentence around it

    def __str__(self) -> str:
        return f"{self.page}: {self.kind} {self.text!r} in: {self.context}"


def blank(text: str) -> str:
    """``text`` with every exempt span replaced by spaces (same length, so offsets still match)."""
    for _, pattern in _EXEMPT:
        text = pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    return text


def markdown_of(path: Path) -> str:
    """The Markdown of a page: a .md file's text, or a notebook's Markdown cells joined by blank lines."""
    if path.suffix == ".ipynb":
        nb = json.loads(path.read_text(encoding="utf-8"))
        return "\n\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    return path.read_text(encoding="utf-8")


def _allowed_spans(text: str, phrases) -> list[tuple[int, int]]:
    spans = []
    for phrase in phrases:
        body = r"\s+".join(re.escape(word) for word in phrase.split())  # line breaks match spaces
        pattern = (
            (r"(?<!\w)" if phrase[:1].isalnum() else "") + body + (r"(?!\w)" if phrase[-1:].isalnum() else "")
        )
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return spans


def _sentence(text: str, start: int, end: int) -> str:
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    lo = max(b for b in bounds if b <= start)
    hi = min((b for b in bounds if b >= end), default=len(text))
    return " ".join(text[lo:hi].split())


def scan(text: str, page: str = "<text>", allowed=(), universal: bool = True) -> list[Finding]:
    """Typed numbers and (if ``universal``) unbacked universal words in the Markdown ``text``.

    ``allowed`` is a list of phrases of this page: a finding inside one of them is not reported.
    """
    if not isinstance(text, str):
        raise TypeError(f"scan(text={type(text).__name__}): expected the page's Markdown as a str")
    plain = blank(text)
    spans = _allowed_spans(text, allowed)

    def covered(a: int, b: int) -> bool:
        return any(lo <= a and b <= hi for lo, hi in spans)

    found: list[Finding] = []
    seen: set[int] = set()
    for pattern in (_MONEY, _NUMBER):
        for m in pattern.finditer(plain):
            digits = re.search(r"\d", m.group(0)).start() + m.start()
            if digits in seen or any(digits in range(s, s + 1) for s in seen):
                continue
            seen.update(range(m.start(), m.end()))
            if not covered(m.start(), m.end()):
                found.append(
                    Finding(page, "typed number", m.group(0).strip(), _sentence(text, m.start(), m.end()))
                )
    for m in _UNIVERSAL.finditer(plain) if universal else ():
        sentence = _sentence(text, m.start(), m.end())
        about_data = _GLUE.search(sentence) or _FOLLOWED_BY_NOUN.match(plain[m.end() : m.end() + 80])
        if about_data and not covered(m.start(), m.end()):
            found.append(
                Finding(page, "universal statement", m.group(0), _sentence(text, m.start(), m.end()))
            )
    return found


def load_allowlist(path: Path = ALLOWLIST) -> dict[str, list[dict]]:
    """The allow-list: for each page (``"*"``: every page), entries ``{phrase: …, reason: …}``; every entry
    must give a reason."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for page, entries in data.items():
        for i, entry in enumerate(entries):
            if not (
                isinstance(entry, dict)
                and str(entry.get("phrase", "")).strip()
                and str(entry.get("reason", "")).strip()
            ):
                raise ValueError(
                    f"{path.name}: {page}, entry {i + 1}: expected a phrase and a reason, got {entry!r}"
                )
    return data


def pages() -> list[Path]:
    """Every chapter page of the book: chapters/*.ipynb, chapters/*.md and the front page."""
    return sorted([*ROOT.glob("chapters/*.ipynb"), *ROOT.glob("chapters/*.md"), ROOT / "index.md"])


#: Pages whose sentences are about the course's data: the universal-statement check reads these (the
#: others, such as troubleshooting or instructors' notes, say "all" about software, not data).
DATA_PAGES = (
    "index.md",
    "chapters/01_timeline.ipynb",
    "chapters/02_market.ipynb",
    "chapters/03_costs.ipynb",
    "chapters/04_export_controls.ipynb",
    "chapters/05_distillation.ipynb",
    "chapters/06_claims_ledger.ipynb",
    "chapters/data.ipynb",
)


def scan_book(allowlist: dict | None = None) -> list[Finding]:
    allowlist = load_allowlist() if allowlist is None else allowlist
    found = []
    for path in pages():
        page = str(path.relative_to(ROOT))
        phrases = [e["phrase"] for e in allowlist.get(page, []) + allowlist.get("*", [])]
        found += scan(markdown_of(path), page, phrases, universal=page in DATA_PAGES)
    return found


# --- Maths in the built HTML -------------------------------------------------------------------------
# dollarmath turns the text between two "$" into maths: "$5.6 million at $2" becomes the formula
# "5.6 million at ". In the built book every formula is a span or div of class "math"; its TeX should hold
# symbols, not money or sentences.

_MATH_BLOCK = re.compile(r'<(span|div) class="math[^"]*">(.*?)</\1>', re.S)
_TEX_TEXT = re.compile(r"\\(?:text|mathrm|operatorname|mathit|mathbf|textbf|textit|mbox)\s*\{[^{}]*\}")
_TEX_COMMAND = re.compile(r"\\[A-Za-z]+")
_MONEY_IN_MATH = re.compile(
    r"\d[\d.,]*\s*(?:million|billion|trillion|thousand|[MBK]\b)|\bUSD\b|\$\s*\d", re.I
)
#: Names that may stand in a formula outside \text{}: functions and the course's abbreviations.
MATH_WORDS = {"exp", "log", "max", "min", "sin", "cos", "tan", "lim", "arg", "det", "sup", "inf"}


def maths_problems(html: str) -> list[str]:
    """The formulas of a built page that contain money or ordinary words (outside \\text{})."""
    problems = []
    for _, body in _MATH_BLOCK.findall(html):
        tex = re.sub(r"<[^>]+>", "", body)
        tex = tex.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        inner = re.sub(r"^\s*\\[(\[]|\\[)\]]\s*$", "", tex.strip())
        bare = _TEX_COMMAND.sub(" ", _TEX_TEXT.sub(" ", inner))
        words = [w for w in re.findall(r"[A-Za-z]{3,}", bare) if w.lower() not in MATH_WORDS]
        if _MONEY_IN_MATH.search(_TEX_TEXT.sub(" ", inner)) or words:
            problems.append(" ".join(tex.split())[:120])
    return problems


if __name__ == "__main__":
    results = scan_book()
    kinds = sys.argv[1:] or ["typed number", "universal statement"]
    for f in results:
        if f.kind in kinds:
            print(f)
    print(len(results), "findings", file=sys.stderr)
