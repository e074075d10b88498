# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
# No network access while reportlab prints, for every addon that prints with
# it (security review M9).
from . import markup
