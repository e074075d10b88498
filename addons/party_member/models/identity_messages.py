# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The messages of the identity engine's problem keys (``engine.identity``):
one catalogue for the member constraints and the 7-HSĐV import.

English msgids; ``vi.po`` translates them and each user reads their own
language: ``env._(IDENTITY_MESSAGES[key]) % {"number": ...}``.
"""

from odoo.tools.translate import LazyTranslate

from ..engine import identity

# Lazy msgids, translated when a caller formats them: env._(MESSAGE).
# pylint: disable=prefer-env-translation
_lt = LazyTranslate(__name__)

CITIZEN_ID_FORMAT = _lt(
    "Citizen ID %(number)s must be 12 digits starting with a province code 001-096."
)
IDENTITY_MESSAGES = {
    identity.PROBLEM_CITIZEN_ID_FORMAT: CITIZEN_ID_FORMAT,
    identity.PROBLEM_CITIZEN_ID_PROVINCE: CITIZEN_ID_FORMAT,
    identity.PROBLEM_CITIZEN_ID_BIRTH: _lt(
        "Citizen ID %(number)s does not match the sex and year of birth "
        "(digits 4 to 6, Thông tư 59/2021/TT-BCA)."
    ),
    identity.PROBLEM_FILE_NUMBER_FORMAT: _lt(
        "File number %(number)s must be 6 digits followed by 1 to 3 capital "
        "letters, e.g. 012345HN."
    ),
}


def identity_message(env, problem, number):
    """The message of ``problem`` for ``number`` in the language of ``env``."""
    return env._(IDENTITY_MESSAGES[problem]) % {"number": number}
