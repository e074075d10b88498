# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

DECISION_TYPES = [
    ("admission", "Admission"),
    ("official_recognition", "Official Recognition"),
    ("transfer", "Transfer"),
    ("exemption", "Exemption from Activity"),
    ("removal", "Removal"),
    ("expulsion", "Expulsion"),
    ("leave", "Leaving the Party"),
    ("death", "Death"),
    ("readmission", "Readmission"),
    ("reward", "Reward"),
    ("discipline", "Discipline"),
    ("card", "Party Card"),
    ("badge", "Party Badge"),
    ("other", "Other"),
]


class PartyDecision(models.Model):
    _name = "party.decision"
    _description = "Party Decision"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Number",
        required=True,
        tracking=True,
        help="Number and symbol, e.g. 15-QĐ/ĐU (Hướng dẫn 36-HD/VPTW).",
    )
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    decision_type = fields.Selection(
        DECISION_TYPES, string="Type", required=True, default="other", tracking=True
    )
    issuer_organization_id = fields.Many2one(
        "party.organization", string="Issuing Organisation", index=True
    )
    issuer_text = fields.Char(
        string="Issuing Level",
        help="Issuer outside the enterprise, e.g. Đảng ủy Khối Doanh nghiệp Trung ương.",
    )
    summary = fields.Text(help="Trích yếu: what the decision is about.")
    signer = fields.Char()
    state = fields.Selection(
        [("draft", "Draft"), ("signed", "Signed")], default="signed", tracking=True
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    member_ids = fields.Many2many(
        "party.member",
        "party_decision_party_member_rel",
        "decision_id",
        "member_id",
        string="Members Concerned",
        check_company=True,
    )
    member_count = fields.Integer(compute="_compute_member_count")
    event_ids = fields.One2many("party.member.event", "decision_id", string="Events")
    attachment_ids = fields.Many2many(
        "ir.attachment",
        "party_decision_ir_attachment_rel",
        "decision_id",
        "attachment_id",
        string="Attachments",
    )

    @api.depends("member_ids")
    def _compute_member_count(self):
        for decision in self:
            decision.member_count = len(decision.member_ids)

    @api.constrains("name", "issuer_organization_id", "issuer_text")
    def _check_issuer(self):
        for decision in self:
            if not decision.issuer_organization_id and not decision.issuer_text:
                raise ValidationError(
                    self.env._(
                        "Decision %(name)s needs an issuing organisation or an "
                        "issuing level. / Quyết định %(name)s cần có tổ chức hoặc "
                        "cấp ban hành.",
                        name=decision.name,
                    )
                )

    def action_sign(self):
        self.write({"state": "signed"})

    def action_draft(self):
        self.write({"state": "draft"})

    def action_view_members(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_member.party_member_action"
        )
        action["domain"] = [("id", "in", self.member_ids.ids)]
        return action
