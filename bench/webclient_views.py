# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""What the web client asks for, read from the action and its views as the
browser reads them (``/web/action/load``, then ``get_views``).

``ActionViews(client, xmlid)`` loads the window action and its views as the
user; ``spec(view_type)`` is the field specification the web client builds
from a view's arch for ``web_search_read`` / ``web_read``
(web/static/src/model/relational_model/utils.js ``getFieldsSpec``: a
many2one gets its ``display_name``, an x2many the fields of its inline list
and a limit of 40, an image its ``write_date``); ``default_domain()`` is the
domain of the action's ``search_default_*`` filters; ``filter_domain`` the
domain a search field builds for a typed value.
"""

from datetime import date, datetime

from dateutil.relativedelta import relativedelta
from lxml import etree

from odoo.tools.safe_eval import safe_eval

X2MANY_LIMIT = 40  # the web client's default page of an inline x2many list
RELATIONAL = ("one2many", "many2many")
SUBVIEWS = ("list", "kanban", "form")


class ActionViews:
    def __init__(self, client, xmlid, view_types=("list", "form", "search")):
        self.client = client
        self.action = client._post("/web/action/load", {"action_id": xmlid})
        self.model = self.action["res_model"]
        self.context = safe_eval(self.action.get("context") or "{}", self._eval())
        result = client.call(
            self.model,
            "get_views",
            views=[[False, view_type] for view_type in view_types],
            options={"action_id": self.action["id"], "load_filters": True},
            context=self.context,
        )
        self.fields = {
            model: info["fields"] for model, info in result["models"].items()
        }
        self.archs = {
            view_type: etree.fromstring(view["arch"])
            for view_type, view in result["views"].items()
        }

    def _eval(self, values=None):
        return {
            "context": self.client.context,
            "uid": self.client.uid,
            "context_today": date.today,
            "datetime": datetime,
            "relativedelta": relativedelta,
            **(values or {}),
        }

    def call_context(self):
        """The context of the action's calls: the user's and the action's."""
        return {"bin_size": True, **self.context}

    def spec(self, view_type):
        return _spec(self.archs[view_type], self.model, self.fields)

    def default_domain(self):
        """The domain of the filters the action's context switches on
        (``search_default_<name>``), ANDed as the search bar does."""
        domain = []
        for node in self.archs["search"].iter("filter"):
            if self.context.get(f"search_default_{node.get('name')}") and node.get(
                "domain"
            ):
                domain += safe_eval(node.get("domain"), self._eval())
        return domain

    def filter_domain(self, field_name, value):
        """The domain of the search view's field ``field_name`` for ``value``."""
        for node in self.archs["search"].iter("field"):
            if node.get("name") == field_name:
                expression = node.get("filter_domain")
                if expression:
                    return safe_eval(expression, self._eval({"self": value}))
                return [(field_name, node.get("operator") or "ilike", value)]
        raise KeyError(field_name)

    def group_by_filters(self):
        """Map filter name → the field its ``group_by`` context groups on."""
        groups = {}
        for node in self.archs["search"].iter("filter"):
            context = node.get("context")
            if context and "group_by" in context:
                groups[node.get("name")] = safe_eval(context, self._eval())["group_by"]
        return groups


def _spec(node, model, fields):
    """The specification of the fields under ``node`` (not those of the
    x2many subviews, which nest in their field's own specification)."""
    spec = {}
    for child in node:
        if not isinstance(child.tag, str):
            continue  # comments
        if child.tag == "field":
            spec[child.get("name")] = _field_spec(child, model, fields)
            if child.get("widget") == "image":
                spec["write_date"] = {}
        else:
            spec.update(_spec(child, model, fields))
    return spec


def _field_spec(node, model, fields):
    info = fields[model][node.get("name")]
    always_invisible = node.get("invisible") in ("True", "1")
    if info["type"] in ("many2one", "reference"):
        return {} if always_invisible else {"fields": {"display_name": {}}}
    if info["type"] not in RELATIONAL or always_invisible:
        return {}
    subview = next((c for c in node if c.tag in SUBVIEWS), None)
    if subview is not None:
        fields_spec = _spec(subview, info["relation"], fields)
    else:  # many2many_tags and other widgets show the names
        fields_spec = {"display_name": {}}
    return {
        "fields": fields_spec,
        "context": {},
        "limit": int(subview.get("limit", X2MANY_LIMIT))
        if subview is not None
        else X2MANY_LIMIT,
    }
