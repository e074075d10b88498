# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A small photo for the member records of the tests."""

import base64
import io

from PIL import Image


def _png():
    """A 30 × 40 red PNG, base64-encoded (as in an image field)."""
    buffer = io.BytesIO()
    Image.new("RGB", (30, 40), "red").save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue())
