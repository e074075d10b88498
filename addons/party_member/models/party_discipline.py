# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

DISCIPLINE_FORMS = [
    ("reprimand", "Reprimand"),
    ("warning", "Warning"),
    ("removal_from_post", "Removal from Post"),
    ("expulsion", "Expulsion"),
]


class PartyDiscipline(models.Model):
    _name = "party.discipline"
    _description = "Party Discipline"
    _inherit = ["party.member.record.mixin"]

    decision_id = fields.Many2one(
        domain="[('decision_type', 'in', ('discipline', 'expulsion'))]"
    )
    form = fields.Selection(DISCIPLINE_FORMS, required=True, tracking=True)
    reason = fields.Text(help="The violation, as written in the decision.")
    event_id = fields.Many2one(
        "party.member.event",
        string="Expulsion Event",
        readonly=True,
        ondelete="set null",
    )

    @api.model_create_multi
    def create(self, vals_list):
        disciplines = super().create(vals_list)
        disciplines.filtered(lambda d: d.form == "expulsion")._write_expulsion_events()
        return disciplines

    def _write_expulsion_events(self):
        """Expulsion (khai trừ) ends membership: write the expulsion event of
        each member (Điều lệ Đảng, Điều 35)."""
        for discipline in self:
            discipline.sudo().event_id = discipline.member_id._add_event(
                "expulsion",
                discipline.date,
                decision=discipline.decision_id,
                note=discipline.reason,
            )
