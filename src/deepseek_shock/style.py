"""One look for every figure of the course: a colour-blind-safe palette and readable defaults.

The palette is Okabe & Ito's (2008), distinguishable under the common forms of colour blindness.
Figures should still not rely on colour alone: pair colours with markers or labels.
"""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure

#: Okabe–Ito colours, by name.
PALETTE = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

#: The order in which series take colours (yellow last: it has poor contrast on white).
CYCLE = [PALETTE[k] for k in ("blue", "vermillion", "bluish_green", "orange", "reddish_purple",
                              "sky_blue", "black", "yellow")]

#: Markers that go with CYCLE, so that series differ in shape as well as colour.
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]


def figure_and_axes(
    ax: Axes | None = None,
    figsize: tuple[float, float] | None = None,
) -> tuple[Figure, Axes]:
    """``(figure, axes)``: the figure of ``ax`` when one is given, else a new figure of ``figsize``."""
    if ax is None:
        return plt.subplots(figsize=figsize)
    return ax.figure, ax


def apply() -> None:
    """Set matplotlib defaults for the course (palette, sizes, no top/right spines, SVG-friendly fonts)."""
    mpl.rcParams.update({
        "axes.prop_cycle": mpl.cycler(color=CYCLE),
        "figure.figsize": (8.0, 4.2),
        "figure.dpi": 100,
        "savefig.dpi": 100,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "grid.alpha": 0.3,
        "font.size": 10.5,
        "axes.titlesize": 11,
        "legend.frameon": False,
        "svg.fonttype": "none",
    })
