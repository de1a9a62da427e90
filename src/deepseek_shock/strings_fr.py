"""The French table: each English string the library draws or writes → its French text.

One table for the whole library (``i18n.tr`` reads it), in sections by module. The terms follow
``locales/fr/TERMS.md``; numbers and dates are not written here but by ``i18n.format_*``. A string with
fields (``{n}``) keeps the same fields in French. ``tests/test_i18n.py`` checks that every string the
library passes to ``tr`` has an entry here, and that every entry is used.
"""

from __future__ import annotations

__all__ = ["FRENCH"]

FRENCH: dict[str, str] = {
    # --- i18n (examples in its docstrings) ---
    "Share price (USD)": "Cours de l'action (USD)",
    "{n} events": "{n} événements",
    # --- style and widgets ---
    # --- timeline ---
    # --- market ---
    # --- costs ---
    # --- export_controls ---
    # --- distill ---
    # --- claims and verdicts ---
    # --- questions and check ---
}
