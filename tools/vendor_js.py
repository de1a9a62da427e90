"""Copy the JavaScript the book serves itself from node_modules/ (filled by `npm ci`) into _assets/vendor/.

Run by `make`; nothing here touches the network. The HTML book then loads require.js, the Jupyter
widget manager and MathJax from its own _static/vendor/ folder, so it works with no internet.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE = ROOT / "node_modules"
VENDOR = ROOT / "_assets" / "vendor"

# (source inside node_modules, destination inside _assets/vendor)
COPIES = [
    ("requirejs/require.js", "require.js"),
    ("@jupyter-widgets/html-manager/dist", "@jupyter-widgets/html-manager/dist"),
    # MathJax: the one combined component the book loads (TeX in, CommonHTML out) and what it can ask
    # for later — its fonts, TeX packages loaded on demand, and the accessibility explorer with the
    # speech rule engine (menu options a reader may switch on). The other components are not served.
    ("mathjax/es5/tex-mml-chtml.js", "mathjax/tex-mml-chtml.js"),
    ("mathjax/es5/output/chtml/fonts/woff-v2", "mathjax/output/chtml/fonts/woff-v2"),
    ("mathjax/es5/input/tex/extensions", "mathjax/input/tex/extensions"),
    ("mathjax/es5/a11y", "mathjax/a11y"),
    ("mathjax/es5/sre", "mathjax/sre"),
]
# Only what a page can ask for: the AMD bundle and the icon fonts it references (WOFF2/WOFF/TTF; the
# EOT and SVG fonts are for browsers older than any the book supports), not source maps.
SKIP_SUFFIXES = (".map", ".LICENSE.txt", ".eot", ".svg")
SKIP_NAMES = {"embed.js", "libembed-amd.js"}


def main() -> int:
    missing = [src for src, _ in COPIES if not (NODE / src).exists()]
    if missing:
        print(
            f"vendor_js: {', '.join(missing)} not found under node_modules/; run `npm ci` first",
            file=sys.stderr,
        )
        return 1
    if VENDOR.exists():
        shutil.rmtree(VENDOR)
    for src, dst in COPIES:
        source, target = NODE / src, VENDOR / dst
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_file():
            shutil.copy2(source, target)
        else:
            shutil.copytree(
                source,
                target,
                ignore=lambda d, names: [n for n in names if n.endswith(SKIP_SUFFIXES) or n in SKIP_NAMES],
            )
    print(f"vendor_js: copied {len(COPIES)} packages into {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
