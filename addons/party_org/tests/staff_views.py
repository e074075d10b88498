# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Checks of what staff expect of an Odoo app's views: the activity view
and the side panel by organisation."""

from lxml import etree


class StaffViewsMixin:
    """assertActionViews for a TransactionCase."""

    def assertActionViews(self, action_xmlid, searchpanel_field=None):
        """The action opens an activity view that loads, and, when given, its
        search view has a side panel on ``searchpanel_field``."""
        action = self.env.ref(action_xmlid)
        self.assertIn("activity", action.view_mode.split(","), action_xmlid)
        model = self.env[action.res_model]
        views = model.get_views([(False, "activity"), (False, "search")])["views"]
        activity = etree.fromstring(views["activity"]["arch"])
        self.assertEqual(activity.tag, "activity")
        self.assertTrue(activity.xpath("//div[@t-name='activity-box']"))
        if searchpanel_field:
            search = etree.fromstring(views["search"]["arch"])
            field = search.xpath(f"//searchpanel/field[@name='{searchpanel_field}']")
            self.assertTrue(field, f"{action_xmlid}: no side panel")
            self.assertTrue(model._fields[searchpanel_field].store)
