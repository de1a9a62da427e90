"""Chapter 6 — The claims ledger: the verdict scale every chapter's "check the claim" box uses."""

from __future__ import annotations

#: The fixed scale of verdicts, from best to worst, then the two that are not about accuracy.
VERDICTS = ("accurate", "approximately right", "misleading", "wrong", "unverifiable", "opinion")

__all__ = ["VERDICTS", "check_verdict"]


def check_verdict(verdict: str) -> str:
    """Return ``verdict`` if it is on the scale, else raise ``ValueError`` listing the scale."""
    if verdict not in VERDICTS:
        raise ValueError(f"verdict={verdict!r}: expected one of {', '.join(VERDICTS)}")
    return verdict
