# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""User text in reportlab paragraphs, and no network access while printing.

A reportlab ``Paragraph`` parses its text as markup: a member's residence
written ``<img src="http://169.254.169.254/…"/>`` would make the server
fetch that URL, and a lone ``<`` stops the whole batch. Every data value
goes through :func:`text` (escaped); only the fixed labels of the forms
carry markup. As a second line, reportlab may read ``data:`` URIs and local
files only (``rl_config.trustedHosts`` / ``trustedSchemes``), never a
network resource.
"""

import io
from urllib.parse import urlparse
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import utils as rl_utils

TRUSTED_SCHEMES = ["data"]
# No host is trusted: ".invalid" never resolves (RFC 2606).
TRUSTED_HOSTS = ["no-remote-resource.invalid"]


def text(value):
    """``value`` as paragraph text: ``&``, ``<`` and ``>`` escaped; empty
    for None or False.

    >>> text('a < b & <img src="http://x"/>')
    'a &lt; b &amp; &lt;img src="http://x"/&gt;'
    """
    if value is None or value is False:
        return ""
    return escape(str(value))


def _refuse_remote(opener):
    """Wrap reportlab's resource opener: a URL with a scheme other than
    ``data:`` is refused before anything is fetched."""

    def open_for_read(name, mode="b"):
        if isinstance(name, str):
            scheme = urlparse(name).scheme.lower()
            # One letter is a Windows drive, not a scheme.
            if len(scheme) > 1 and scheme not in TRUSTED_SCHEMES:
                raise OSError(f'Cannot open resource "{name}"')
        return opener(name, mode)

    open_for_read.party_guarded = True
    return open_for_read


def lock_down_reportlab():
    """Trust no host and only ``data:`` URIs. reportlab reads the settings
    when it first opens a resource, so the opener it may already have built
    is wrapped as well (idempotent)."""
    rl_config.trustedHosts = list(TRUSTED_HOSTS)
    rl_config.trustedSchemes = list(TRUSTED_SCHEMES)
    rl_utils.open_for_read(io.BytesIO())  # builds the opener with the settings
    if not getattr(rl_utils.open_for_read, "party_guarded", False):
        rl_utils.open_for_read = _refuse_remote(rl_utils.open_for_read)


lock_down_reportlab()
