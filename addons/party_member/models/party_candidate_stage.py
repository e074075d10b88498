# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.candidate: stage moves (buttons and kanban drag), who may make
them, and the admission that only the confirmed Admit button performs."""

from odoo import models
from odoo.exceptions import UserError

from .party_candidate import PARTY_OFFICE, PARTY_SECRETARY, STAGE_ORDER


class PartyCandidate(models.Model):
    _inherit = "party.candidate"

    # Stage moves
    def _move_to_stage(self, target):
        """Move to ``target`` after checking the caller and the rules: the
        branch (secretary) moves a candidate up to the vote; admission is
        decided by the grassroots committee (party office)."""
        if not self.env.su:
            self._check_stage_caller(target)
        # Settled: admitted, or a member already created from the candidate
        # (whatever the stage says): never moved back nor dropped, so that
        # no second member or decision can follow.
        admitted = self.filtered(lambda c: c.stage == "admitted" or c.member_id)
        if admitted and target != "admitted":
            raise UserError(
                self.env._(
                    "%(names)s are admitted: the member record exists, the "
                    "admission is settled.",
                    names=", ".join(admitted.mapped("name")),
                )
            )
        if target == "admitted":
            self._admit()
            return True
        forward = self.filtered(
            lambda c: target != "dropped" and STAGE_ORDER[target] > STAGE_ORDER[c.stage]
        )
        self.sudo().write({"stage": target})
        forward._check_stage_requirements(target)
        return True

    def _check_stage_caller(self, target):
        self._party_check_group(PARTY_SECRETARY)
        self.check_access("write")
        if target == "admitted" and not self.env.user.has_group(PARTY_OFFICE):
            raise UserError(
                self.env._(
                    "%(names)s: admission is decided by the grassroots committee "
                    "(Party Office). The branch brings the candidate to the vote; "
                    "the party office records the admission (Điều lệ Đảng, "
                    "Điều 4.3).",
                    names=", ".join(self.mapped("name")) or self.env._("The candidate"),
                )
            )

    def _refuse_admission_by_stage_write(self):
        """Admission creates the member, the admission event and the decision:
        it is done only with the confirmed Admit button, never by dragging a
        card to the column (or writing the stage over RPC)."""
        self._check_stage_caller("admitted")
        if self and all(c.stage == "admitted" or c.member_id for c in self):
            return  # already admitted: nothing is created again
        raise UserError(
            self.env._(
                "Admission creates the member and the admission decision: open "
                "%(names)s and press Admit, which asks for confirmation.",
                names=", ".join(self.mapped("name")) or self.env._("the candidate"),
            )
        )

    def _check_still_in_reach(self):
        """Write access is checked where the candidate ends up too."""
        if not self.env.su:
            self.check_access("write")
