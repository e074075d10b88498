# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import party_fee_generate
from . import party_fee_collect
from . import party_fee_book
