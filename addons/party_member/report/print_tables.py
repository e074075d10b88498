# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The printed lists (receipts, fee book, badge proposals) as plain data for
the shared QWeb page ``party_member.report_party_table_page``.

A *table* is a dict: ``parent`` and ``issuer`` (the issuing body and the
level above, Hướng dẫn 36-HD/VPTW), ``place_date``, ``title``, ``subtitle``,
``headers``, ``rows``, ``footer``, ``numeric`` (indexes of right-aligned
columns), ``note`` (a line under the table, e.g. the amount in words) and
``signatures`` (``(role, name)`` pairs). QWeb escapes every
value, so a member's text never becomes markup.
"""

from odoo.addons.party_org.tools.print_format import PrintFormat, format_number

PARTY_SECRETARY = "party_org.group_party_secretary"


def vnd(amount):
    """``1.234.567``: whole đồng with Vietnamese separators."""
    return format_number(int(amount or 0))


def issuer_of(organizations, company):
    """(level above, issuing body) for ``organizations``: the organisation
    when there is one, else their common parent, else the company."""
    organizations = organizations.sudo()
    if len(organizations) == 1:
        return organizations.parent_id.name or "", organizations.name or ""
    parents = organizations.parent_id
    if len(parents) == 1:
        return parents.parent_id.name or "", parents.name or ""
    return "", company.sudo().name or ""


def make_table(**values):
    """A table dict with the defaults of every key the page reads."""
    table = {
        "parent": "",
        "issuer": "",
        "place_date": "",
        "title": "",
        "subtitle": "",
        "headers": [],
        "rows": [],
        "footer": [],
        "numeric": (),
        "signatures": [],
        "note": "",
    }
    table.update(values)
    return table


def issued_table(organizations, company, **values):
    """A table issued by ``organizations`` (see ``issuer_of``), dated today
    in the company's time zone at the company's city, unless ``place_date``
    is given."""
    company = company.sudo()
    parent, issuer = issuer_of(organizations, company)
    if "place_date" not in values:
        fmt = PrintFormat(company._party_tz())
        values["place_date"] = fmt.place_and_date(company.city, fmt.now().date())
    return make_table(parent=parent, issuer=issuer, **values)
