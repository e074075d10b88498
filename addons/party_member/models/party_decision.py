# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError

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
PARTY_OFFICE = "party_org.group_party_office"
PARTY_SECRETARY = "party_org.group_party_secretary"
# What a signed decision says: it changes only through a recorded correction.
SETTLED_FIELDS = frozenset(
    {
        "name",
        "date",
        "decision_type",
        "issuer_organization_id",
        "issuer_text",
        "summary",
        "signer",
        "member_ids",
        "event_ids",
        "company_id",
    }
)


class PartyDecision(models.Model):
    _name = "party.decision"
    _description = "Party Decision"
    _inherit = ["mail.thread", "mail.activity.mixin", "party.protected.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True
    # Signed through action_sign, back to draft only by a recorded correction.
    _party_protected_fields = ("state",)
    _party_create_fields = ("state",)

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
        "party.organization",
        string="Issuing Organisation",
        index=True,
        check_company=True,
    )
    issuer_text = fields.Char(
        string="Issuing Level",
        help="Issuer outside the enterprise, e.g. Đảng ủy Khối Doanh nghiệp Trung ương.",
    )
    summary = fields.Text(help="Summary: what the decision is about.")
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
                        "issuing level.",
                        name=decision.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not vals.get("name"):
                # No number typed: the register gives one when it keeps the
                # issuer's decisions (party_docs), else the summary names it.
                vals["name"] = self._get_next_decision_number(vals) or vals.get(
                    "summary"
                )
        decisions = super().create(vals_list)
        decisions._check_members_in_reach()
        return decisions

    def write(self, vals):
        if not self.env.su and SETTLED_FIELDS & set(vals):
            self._check_not_signed()
        res = super().write(vals)
        if not self.env.su:
            # Re-check where the decision ends up (issuer, members).
            self.check_access("write")
            if "member_ids" in vals:
                self._check_members_in_reach()
        return res

    @api.model
    def _get_next_decision_number(self, vals):
        """Hook: the number and symbol the register gives a new decision
        created with ``vals`` (no number typed), or False when no register
        keeps the issuer's decisions. party_docs numbers them in the issuer's
        QĐ register, shared with its Quyết định documents."""
        return False

    def action_sign(self):
        """Record the decision as signed: it is then settled."""
        self._party_check_action("write", group=PARTY_SECRETARY)
        self.sudo().filtered(lambda d: d.state == "draft").write({"state": "signed"})
        return True

    def action_draft(self):
        """A signed decision goes back to draft only through a recorded
        correction by the party office: open it."""
        self._party_check_action("write", group=PARTY_OFFICE)
        self.ensure_one()
        return self.env["party.correction.wizard"]._open_for(self, to_draft=True)

    def action_correct(self):
        """Open the recorded correction of this decision (party office)."""
        self._party_check_action("write", group=PARTY_OFFICE)
        self.ensure_one()
        return self.env["party.correction.wizard"]._open_for(self)

    def action_view_members(self):
        self._party_check_action("write", group=PARTY_SECRETARY)
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_member.party_member_action"
        )
        action["domain"] = [("id", "in", self.member_ids.ids)]
        return action

    def _check_members_in_reach(self):
        """A secretary's decision concerns members of their own subtree:
        naming another cell's member would show it to that member and
        their secretary."""
        if self.env.su or self.env.user.has_group(PARTY_OFFICE):
            return
        self.member_ids.check_access("write")

    def _check_not_signed(self):
        signed = self.filtered(lambda d: d.state == "signed")
        if signed:
            raise AccessError(
                self.env._(
                    "Decision %(names)s is signed: it changes only through a "
                    "recorded correction by the party office (Correct button), "
                    "with its reason.",
                    names=", ".join(signed.mapped("name")),
                )
            )
