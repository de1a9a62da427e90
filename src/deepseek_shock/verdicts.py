"""The verdict scale shared by every chapter: the words a claim can be graded with, and how a number is
graded against the one the broadcast quoted.

This is a ground-floor module: it imports nothing from the course, so every chapter module can use it
(the claims ledger of chapter 6 sits on top of them all).

>>> number_verdict(589.0, 600)
'approximately right'
>>> number_verdict(16.97, 17)
'accurate'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .i18n import tr

#: The fixed scale of verdicts, from best to worst, then the two that are not about accuracy.
VERDICTS = ("accurate", "approximately right", "misleading", "wrong", "unverifiable", "opinion")

#: A number is "accurate" when within this relative distance of the claimed one …
ACCURATE_WITHIN = 0.005
#: … and "approximately right" when within this one.
APPROXIMATE_WITHIN = 0.05

__all__ = [
    "VERDICTS",
    "ACCURATE_WITHIN",
    "APPROXIMATE_WITHIN",
    "check_verdict",
    "verdict_name",
    "number_verdict",
    "Evidence",
    "sentence",
    "evidence_in",
]


def check_verdict(verdict: str) -> str:
    """Return ``verdict`` if it is on the scale, else raise ``ValueError`` listing the scale."""
    if verdict not in VERDICTS:
        raise ValueError(f"verdict={verdict!r}: expected one of {', '.join(VERDICTS)}")
    return verdict


def verdict_name(verdict: str, language: str | None = None) -> str:
    """``verdict`` as a reader sees it, in ``language`` (the kernel's by default): the French edition
    writes the scale with the terms of ``locales/fr/TERMS.md``.

    >>> verdict_name("approximately right", "fr")
    'approximativement juste'
    """
    return tr(check_verdict(verdict), language)


def number_verdict(actual: float, claimed: float) -> str:
    """Grade a number quoted in the news against the one computed from the data.

    "accurate" within ``ACCURATE_WITHIN`` (relative), "approximately right" within
    ``APPROXIMATE_WITHIN``, otherwise "wrong". ``claimed`` must be non-zero.
    """
    if claimed == 0:
        raise ValueError("claimed=0: expected a non-zero claimed number (the distance is relative to it)")
    if actual != actual or claimed != claimed:
        raise ValueError(f"actual={actual!r}, claimed={claimed!r}: expected numbers, not NaN")
    distance = abs(actual - claimed) / abs(claimed)
    if distance <= ACCURATE_WITHIN:
        return "accurate"
    if distance <= APPROXIMATE_WITHIN:
        return "approximately right"
    return "wrong"


@dataclass(frozen=True)
class Evidence:
    """What the data say about one claim (``finding``), the ``verdict``, and how it was reached."""

    finding: str
    verdict: str
    method: str

    def __post_init__(self):
        check_verdict(self.verdict)


def sentence(text: str) -> str:
    """``text`` as a sentence: first letter upper-case, one full stop at the end.

    >>> sentence("the fall is 16.97%")
    'The fall is 16.97%.'
    """
    text = str(text).strip().rstrip(".")
    return text[:1].upper() + text[1:] + "."


def evidence_in(rows: Iterable[Mapping], claim_id: str, method: str | None = None) -> Evidence:
    """The :class:`Evidence` for ``claim_id`` in a chapter's table of checked claims.

    ``rows`` is a DataFrame (or any iterable of mappings) with columns ``claim_id``, ``finding`` and
    ``verdict``, and ``method`` unless one is given. The claim is looked up by id, never by position.
    """
    records = rows.to_dict("records") if hasattr(rows, "to_dict") else list(rows)
    found = [r for r in records if isinstance(r, Mapping) and r.get("claim_id") == claim_id]
    if len(found) != 1:
        have = ", ".join(str(r.get("claim_id")) for r in records if isinstance(r, Mapping))
        raise ValueError(
            f"claim_id={claim_id!r}: expected exactly one row with this id, found {len(found)} "
            f"(ids: {have or 'none'})"
        )
    row = found[0]
    return Evidence(sentence(row["finding"]), row["verdict"], method if method is not None else row["method"])
