# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The addons of the suite: every folder of addons/ with a manifest."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ADDONS = sorted(
    path.parent.name for path in (ROOT / "addons").glob("*/__manifest__.py")
)
