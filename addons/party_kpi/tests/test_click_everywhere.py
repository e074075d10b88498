# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, new_test_user, tagged

CLICKBOT = (
    "odoo.loader.modules.get('@web/webclient/clickbot/clickbot_loader')"
    ".startClickEverywhere('party_org.party_root_menu');"
)


@tagged("post_install", "-at_install")
class TestClickEverywhere(HttpCase):
    """Odoo's clickbot opens every menu, view and filter of the Party Work app."""

    allow_end_on_form = True

    def _click_everything(self, login):
        self.browser_js(
            "/odoo",
            CLICKBOT,
            "odoo.isReady === true",
            login=login,
            timeout=900,
            success_signal="clickbot test succeeded",
        )

    def test_click_every_party_menu_as_admin(self):
        """As administrator, every screen of the app opens without error."""
        self.env.ref("base.user_admin").tour_enabled = False
        self._click_everything("admin")

    def test_click_every_party_menu_as_secretary(self):
        """A branch secretary reaches no screen that fails on access rights."""
        Org = self.env["party.organization"]
        committee = Org.create(
            {"name": "Đảng bộ kiểm thử", "org_type": "grassroots_committee"}
        )
        cell = Org.create(
            {"name": "Chi bộ kiểm thử", "org_type": "cell", "parent_id": committee.id}
        )
        user = new_test_user(
            self.env,
            login="click_secretary",
            groups="base.group_user,party_org.group_party_secretary",
            tour_enabled=False,
        )
        user.party_organization_ids = cell
        self._click_everything("click_secretary")

    def test_click_every_party_menu_as_member(self):
        """A plain party member reaches no screen that fails on access rights."""
        new_test_user(
            self.env,
            login="click_member",
            groups="base.group_user,party_org.group_party_member",
            tour_enabled=False,
        )
        self._click_everything("click_member")
