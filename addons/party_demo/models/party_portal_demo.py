# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, time, timedelta

from odoo import api, fields, models

DEMO_AGENDA = [
    "Quán triệt Nghị quyết về nhiệm vụ trọng tâm sáu tháng cuối năm",
    "Biểu quyết kế hoạch sinh hoạt chuyên đề năm tới",
    "Thu đảng phí",
]
# Issued, non-secret documents delivered to the demo logins.
DEMO_DOCUMENTS = [
    "party_docs.document_out_plan_demo",
    "party_docs.document_out_resolution_demo",
    "party_docs.document_out_signed_demo",
]


class PartyPortalDemo(models.AbstractModel):
    _name = "party.portal.demo"
    _description = "Member Portal Demo Data"

    @api.model
    def _demo_logins(self):
        """Link the demo logins (party_demo/demo/party_portal_demo.xml) to
        their records and give them something to see: the secretary's user
        on her employee (she chairs the branch's meetings), the portal user
        on a plain member of the same branch, two meetings (one opening for
        check-in now, one tomorrow), documents delivered to both, this
        year's reviews of the branch and this month's fees."""
        cell = self.env.ref("party_org.org_cell_finance_demo")
        secretary = self.env.ref("party_member.member_jep_demo")
        clerk = self.env.ref("party_member.member_jgo_demo")
        member = self.env.ref("party_member.member_hne_demo")
        portal_user = self.env.ref("party_demo.user_member_demo")
        self.env.ref("hr.employee_jep").user_id = self.env.ref(
            "party_demo.user_secretary_demo"
        )
        member.sudo().write(
            {"partner_id": portal_user.partner_id.id, "user_id": portal_user.id}
        )
        self._demo_lang(
            self.env.ref("party_demo.user_office_demo")
            | self.env.ref("party_demo.user_secretary_demo")
            | portal_user
        )
        self._demo_meetings(cell, secretary, clerk)
        self._demo_deliveries(portal_user)
        today = fields.Date.context_today(self)
        self.env["party.evaluation"]._create_for_organization(cell, today.year)
        self.env["party.fee.line"]._generate(today.replace(day=1))
        self._demo_collector(secretary)

    @api.model
    def _demo_collector(self, secretary):
        """The demo's fees were collected by the data loader (the superuser,
        shown as OdooBot on receipts and on the member's fee page): give
        them the branch secretary's user as collector, as in real life."""
        lines = self.env["party.fee.line"].search(
            [("collector_id", "=", self.env.ref("base.user_root").id)]
        )
        lines.sudo().write({"collector_id": secretary.user_id.id})

    @api.model
    def _demo_lang(self, users):
        """The demo logins read Vietnamese when it is installed."""
        if "vi_VN" in dict(self.env["res.lang"].get_installed()):
            users.write({"lang": "vi_VN", "tz": "Asia/Ho_Chi_Minh"})

    @api.model
    def _demo_meetings(self, cell, chair, clerk):
        """A thematic meeting whose check-in opens now (votes can be tried)
        and the regular one of tomorrow morning, both invited."""
        now = fields.Datetime.now().replace(second=0, microsecond=0)
        tomorrow = datetime.combine(now.date() + timedelta(days=1), time(1, 0))
        documents = self.env.ref("party_docs.document_out_resolution_demo")
        meetings = (
            self.env["party.meeting"]
            .with_context(tracking_disable=True)
            .create(
                [
                    {
                        "organization_id": cell.id,
                        "kind": kind,
                        "date_start": start,
                        "date_end": start + timedelta(hours=3),
                        "place": "Phòng họp tầng 2",
                        "chair_id": chair.id,
                        "secretary_id": clerk.id,
                        "document_ids": [(6, 0, documents.ids)],
                        "agenda_ids": [
                            (0, 0, {"sequence": index, "name": name})
                            for index, name in enumerate(DEMO_AGENDA)
                        ],
                    }
                    for kind, start in (
                        ("thematic", now + timedelta(minutes=20)),
                        ("regular", tomorrow),
                    )
                ]
            )
        )
        meetings.action_invite()
        return meetings

    @api.model
    def _demo_deliveries(self, portal_user):
        """The issued documents delivered again now that the secretary has a
        user, and to the portal member."""
        documents = self.env["party.document"].browse(
            [self.env.ref(xmlid).id for xmlid in DEMO_DOCUMENTS]
        )
        documents = documents.filtered(
            lambda doc: doc.state == "issued" and not doc.is_secret
        )
        documents._deliver()
        Delivery = self.env["party.document.delivery"].sudo()
        delivered = Delivery.search(
            [("document_id", "in", documents.ids), ("user_id", "=", portal_user.id)]
        ).document_id
        return Delivery.create(
            [
                {"document_id": doc.id, "user_id": portal_user.id}
                for doc in documents - delivered
            ]
        )
