"""Print every library figure's smallest text (CSS px in the book's column), its size and overlaps.

usage: python tools/figure_report.py    (the same figures tests/test_figures.py checks)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import matplotlib.pyplot as plt  # noqa: E402

from deepseek_shock import style  # noqa: E402
from figure_catalogue import FIGURES  # noqa: E402


def main() -> None:
    print(f"{'figure':34} {'size (in)':>11} {'smallest text (px)':>19} {'overlaps':>9} {'cut off':>8}")
    for name, build in FIGURES.items():
        fig = build()
        w, h = fig.get_size_inches()
        print(
            f"{name:34} {w:5.1f}×{h:<5.1f} {style.smallest_text_px(fig):19.1f} "
            f"{len(style.overlapping_texts(fig)):9d} {len(style.texts_outside(fig)):8d}"
        )
        plt.close(fig)


if __name__ == "__main__":
    main()
