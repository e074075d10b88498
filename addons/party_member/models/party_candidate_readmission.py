# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.candidate: the readmission rules (kết nạp lại, Quy định 294-QĐ/TW,
point 3.5): a former member, once, at least 36 months after leaving, never
for the barred reasons of point 3.5.2, 60 months after a cleared criminal
record, with the provincial standing committee's written consent."""

from odoo import models

from ..engine import admission
from .party_candidate import LEAVING_EVENTS, READMISSION_STATES


class PartyCandidate(models.Model):
    _inherit = "party.candidate"

    def _readmission_problems(self, on_date):
        member = self.former_member_id
        if member.state not in READMISSION_STATES:
            return [
                self.env._(
                    "%(member)s is not out of the Party (removed, left or "
                    "expelled): only a former member may be readmitted (Quy định "
                    "294-QĐ/TW, point 3.5). / %(member)s không phải người đã ra "
                    "khỏi Đảng nên không được xem xét kết nạp lại.",
                    member=member.name,
                )
            ]
        problems = []
        last_exit = self.env["party.member.event"].search(
            [("member_id", "=", member.id), ("event_type", "in", LEAVING_EVENTS)],
            order="date desc, id desc",
            limit=1,
        )
        if not self.readmission_exit_reason:
            problems.append(
                self.env._(
                    "Record why %(member)s left the Party: some reasons bar "
                    "readmission (Quy định 294-QĐ/TW, point 3.5.2). / Hãy ghi lý "
                    "do %(member)s ra khỏi Đảng: một số trường hợp không được kết "
                    "nạp lại.",
                    member=member.name,
                )
            )
        elif admission.readmission_barred(
            last_exit.event_type, self.readmission_exit_reason
        ):
            if self.readmission_exit_reason in admission.BARRED_EXIT_REASONS:
                reason = dict(
                    self._fields["readmission_exit_reason"]._description_selection(
                        self.env
                    )
                )[self.readmission_exit_reason]
            else:
                reason = self.env._("asked to leave, not for family hardship")
            problems.append(
                self.env._(
                    "%(member)s cannot be readmitted (%(reason)s): Quy định "
                    "294-QĐ/TW, point 3.5.2. / %(member)s không được xem xét kết "
                    "nạp lại (%(reason)s).",
                    member=member.name,
                    reason=reason,
                )
            )
        if not (self.provincial_consent_ref and self.provincial_consent_date):
            problems.append(
                self.env._(
                    "Record the written consent of the provincial standing "
                    "committee (number and date) for readmitting %(member)s (Quy "
                    "định 294-QĐ/TW, point 3.5). / Hãy ghi văn bản đồng ý (số, "
                    "ngày) của ban thường vụ tỉnh ủy hoặc tương đương cho việc kết "
                    "nạp lại %(member)s.",
                    member=member.name,
                )
            )
        return problems + self._readmission_wait_problems(on_date)

    def _readmission_wait_problems(self, on_date):
        member = self.former_member_id
        events = self.env["party.member.event"].search(
            [
                ("member_id", "=", member.id),
                ("event_type", "in", (*LEAVING_EVENTS, "readmission")),
            ],
            order="date desc",
        )
        left = events.filtered(lambda e: e.event_type in LEAVING_EVENTS)[:1]
        readmissions = len(events.filtered(lambda e: e.event_type == "readmission"))
        allowed, problem = admission.readmission_allowed(
            readmissions,
            left.date or on_date,
            on_date,
            record_cleared_date=self.criminal_record_cleared_date or None,
        )
        if allowed:
            return []
        if problem == admission.PROBLEM_ALREADY_READMITTED:
            return [
                self.env._(
                    "%(member)s was already readmitted once: readmission is allowed "
                    "only once (Quy định 294-QĐ/TW, point 3.5). / %(member)s đã được kết nạp "
                    "lại một lần: chỉ được kết nạp lại một lần.",
                    member=member.name,
                )
            ]
        if problem == admission.PROBLEM_READMISSION_RECORD_TOO_RECENT:
            return [
                self.env._(
                    "The criminal record of %(member)s was cleared on %(cleared)s: "
                    "readmission is considered only 60 months after the record is "
                    "cleared (Quy định 294-QĐ/TW, point 3.5).",
                    member=member.name,
                    cleared=self.criminal_record_cleared_date.strftime("%d/%m/%Y"),
                )
            ]
        return [
            self.env._(
                "%(member)s left on %(left)s: readmission needs at least 36 months "
                "after leaving (Quy định 294-QĐ/TW, point 3.5). / %(member)s ra khỏi Đảng ngày "
                "%(left)s: chỉ được kết nạp lại sau ít nhất 36 tháng.",
                member=member.name,
                left=left.date.strftime("%d/%m/%Y"),
            )
        ]
