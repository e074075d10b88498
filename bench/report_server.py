# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Odoo's HTTP server in a thread of the bench process, so that wkhtmltopdf
prints styled pages.

wkhtmltopdf loads the report's CSS (``web.report_assets_common``,
``web.report_assets_pdf``) from the ``report.url`` system parameter, else
from ``web.base.url``. Without a server answering there the pages print
unstyled: no Bootstrap grid, no table borders, no paper margins of the
layout. ``serve`` starts the server on a free port of 127.0.0.1 for the
bench database only (monodb: ``db_name`` set, no ``dbfilter``), and builds
the asset bundles once, so that no scenario is charged the SCSS compile.
The scenarios then set ``report.url`` in their own transaction, which the
runner rolls back (``use_in``).
"""

import socket
import time
import urllib.request

import odoo
from odoo import SUPERUSER_ID, api
from odoo.tools import config

REPORT_BUNDLES = ("web.report_assets_common", "web.report_assets_pdf")


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url, timeout=300):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read()


def serve(registry):
    """Start the server for ``registry``'s database; return its base URL."""
    port = _free_port()
    config["http_interface"] = "127.0.0.1"
    config["http_port"] = port
    config["db_name"] = registry.db_name
    config["dbfilter"] = ""
    config["list_db"] = False
    odoo.service.server.ThreadedServer(odoo.http.root).http_spawn()
    url = f"http://127.0.0.1:{port}"
    for _attempt in range(60):
        try:
            if _get(f"{url}/web/health", timeout=5)[0] == 200:
                break
        except OSError:
            pass
        time.sleep(0.5)
    else:
        raise RuntimeError(f"the bench HTTP server did not answer on {url}")
    _build_report_assets(registry, url)
    return url


def _build_report_assets(registry, url):
    """Fetch the report bundles once: the server compiles and stores them
    (committed by its own request), as a running server would have."""
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        links = []
        for bundle in REPORT_BUNDLES:
            links += [
                link
                for link in env["ir.qweb"]._get_asset_bundle(bundle).get_links()
                if link
            ]
    for link in links:
        status, body = _get(url + link)
        if status != 200 or not body:
            raise RuntimeError(f"the bench HTTP server did not build {link}")


def use_in(env, url):
    """Point wkhtmltopdf at the bench server, in ``env``'s transaction."""
    env["ir.config_parameter"].set_param("report.url", url)
