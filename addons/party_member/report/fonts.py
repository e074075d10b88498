# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A TrueType font with Vietnamese glyphs for reportlab, registered once."""

import os

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from . import markup  # noqa: F401  (no network access while printing)

FONT = "PartySans"
FONT_BOLD = "PartySans-Bold"
_CANDIDATES = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    (
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    ),
)
_registered = []


def _odoo_font():
    """Noto Sans shipped with Odoo's web addon (Vietnamese glyphs)."""
    from odoo.tools.misc import file_path

    try:
        return file_path("web/static/fonts/sign/NotoSans-Reg.ttf")
    except FileNotFoundError:
        return None


def register_fonts():
    """Register ``FONT`` and ``FONT_BOLD`` once per process; return their names."""
    if not _registered:
        regular = bold = None
        for reg, bld in _CANDIDATES:
            if os.path.exists(reg):
                regular, bold = reg, bld if os.path.exists(bld) else reg
                break
        if regular is None:
            regular = bold = _odoo_font()
        if regular is None:
            return "Helvetica", "Helvetica-Bold"
        pdfmetrics.registerFont(TTFont(FONT, regular))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, bold))
        _registered.append(True)
    return FONT, FONT_BOLD
