# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.candidate: the admission rules of each stage and the admission."""

from odoo import models
from odoo.exceptions import UserError, ValidationError

from ..engine import admission
from .party_candidate import (
    DOSSIER_FIELDS,
    LEAVING_EVENTS,
    READMISSION_STATES,
    STAGE_ORDER,
)


class PartyCandidate(models.Model):
    _inherit = "party.candidate"

    # Rules
    def _dossier_missing(self):
        self.ensure_one()
        checklist = {item: self[field] for field, item in DOSSIER_FIELDS.items()}
        return admission.dossier_missing(checklist)

    def _check_stage_requirements(self, stage):
        """Raise when a candidate does not meet the rules of ``stage``."""
        for candidate in self:
            problems = candidate._stage_problems(stage)
            if problems:
                raise ValidationError(
                    self.env._(
                        "%(name)s cannot move to this stage: / %(name)s chưa thể "
                        "chuyển sang bước này:\n%(problems)s",
                        name=candidate.name,
                        problems="\n".join(f"- {p}" for p in problems),
                    )
                )

    def _stage_problems(self, stage):
        """Return the translated problems blocking this candidate from ``stage``."""
        self.ensure_one()
        order = STAGE_ORDER[stage]
        problems = []
        if order >= STAGE_ORDER["dossier"] and not self.certificate_date:
            problems.append(
                self.env._(
                    "The party-awareness class certificate date is missing. / "
                    "Chưa có ngày cấp giấy chứng nhận lớp bồi dưỡng nhận thức về "
                    "Đảng."
                )
            )
        if order < STAGE_ORDER["branch_voted"]:
            return problems
        labels = {
            item: self._fields[field].get_description(self.env)["string"]
            for field, item in DOSSIER_FIELDS.items()
        }
        missing = self._dossier_missing()
        if missing:
            problems.append(
                self.env._(
                    "The dossier is incomplete: %(items)s (Hướng dẫn 12-HD/BTCTW). "
                    "/ Hồ sơ chưa đủ: %(items)s.",
                    items=", ".join(labels[item] for item in missing),
                )
            )
        if not admission.two_thirds_majority(
            self.votes_for, self.official_member_count
        ):
            problems.append(
                self.env._(
                    "%(votes)s of %(total)s official members voted for: at least "
                    "two thirds are needed (Điều lệ Đảng, Điều 4.3). / %(votes)s "
                    "trên %(total)s đảng viên chính thức tán thành: cần ít nhất "
                    "hai phần ba.",
                    votes=self.votes_for,
                    total=self.official_member_count,
                )
            )
        if not self.planned_admission_date:
            problems.append(
                self.env._(
                    "The planned admission date is missing. / Chưa có ngày dự kiến kết nạp."
                )
            )
            return problems
        problems += self._date_problems(self.planned_admission_date)
        if stage == "admitted" and self.former_member_id:
            problems += self._readmission_problems(self.planned_admission_date)
        return problems

    def _date_problems(self, on_date):
        problems = []
        age_problem = admission.check_admission_age(self.birth_date, on_date)
        if age_problem == admission.PROBLEM_NO_BIRTH_DATE:
            problems.append(
                self.env._("The birth date is missing. / Chưa có ngày sinh.")
            )
        elif age_problem:
            problems.append(
                self.env._(
                    "On %(date)s the candidate is %(years)s years %(months)s months "
                    "old: admission requires 18 to 60 years, counted in months "
                    "(Quy định 232-QĐ/TW). / Ngày %(date)s người vào Đảng "
                    "%(years)s tuổi %(months)s tháng: tuổi kết nạp từ đủ 18 đến "
                    "đủ 60 (tính theo tháng).",
                    date=on_date,
                    years=admission.age_in_months(self.birth_date, on_date) // 12,
                    months=admission.age_in_months(self.birth_date, on_date) % 12,
                )
            )
        if self.certificate_date and not admission.certificate_valid(
            self.certificate_date, on_date
        ):
            problems.append(
                self.env._(
                    "The awareness certificate of %(cert)s is not valid on %(date)s "
                    "(valid 5 years, Hướng dẫn 12-HD/BTCTW). / Giấy chứng nhận "
                    "ngày %(cert)s không còn giá trị vào ngày %(date)s (giá trị 5 "
                    "năm).",
                    cert=self.certificate_date,
                    date=on_date,
                )
            )
        return problems

    def _readmission_problems(self, on_date):
        member = self.former_member_id
        if member.state not in READMISSION_STATES:
            return [
                self.env._(
                    "%(member)s was neither removed nor left at own request: only "
                    "they may be readmitted (Quy định 232-QĐ/TW). / %(member)s "
                    "không thuộc diện bị xóa tên hoặc xin ra khỏi Đảng nên không "
                    "được xem xét kết nạp lại.",
                    member=member.name,
                )
            ]
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
            readmissions, left.date or on_date, on_date
        )
        if allowed:
            return []
        if problem == admission.PROBLEM_ALREADY_READMITTED:
            return [
                self.env._(
                    "%(member)s was already readmitted once: readmission is allowed "
                    "only once (Quy định 232-QĐ/TW). / %(member)s đã được kết nạp "
                    "lại một lần: chỉ được kết nạp lại một lần.",
                    member=member.name,
                )
            ]
        return [
            self.env._(
                "%(member)s left on %(left)s: readmission needs at least 36 months "
                "after leaving (Quy định 232-QĐ/TW). / %(member)s ra khỏi Đảng ngày "
                "%(left)s: chỉ được kết nạp lại sau ít nhất 36 tháng.",
                member=member.name,
                left=left.date,
            )
        ]

    # Admission
    def _admit(self):
        """Create (or readmit) the probationary member with its admission
        event and the admission decision of the grassroots committee.
        Callers checked the party office (``_move_to_stage``); every rule of
        the stage is checked here, whatever the context."""
        for candidate in self.sudo():
            if candidate.stage == "admitted":
                continue
            if candidate.stage == "dropped":
                raise UserError(
                    self.env._(
                        "%(name)s was dropped: reset the candidate first. / "
                        "%(name)s đã dừng xem xét: hãy khôi phục trước.",
                        name=candidate.name,
                    )
                )
            candidate._check_stage_requirements("admitted")
            decision = candidate.env["party.decision"].create(
                candidate._prepare_decision_values()
            )
            member = candidate.former_member_id
            if member:
                member._add_event(
                    "readmission",
                    decision.date,
                    decision=decision,
                    to_organization=candidate.organization_id,
                )
                member.write(candidate._prepare_readmission_values())
            else:
                member = candidate.env["party.member"].create(
                    candidate._prepare_member_values()
                )
                member._add_event(
                    "admission",
                    decision.date,
                    decision=decision,
                    to_organization=candidate.organization_id,
                )
            decision.member_ids = [(4, member.id)]
            candidate.write(
                {
                    "stage": "admitted",
                    "member_id": member.id,
                    "decision_id": decision.id,
                }
            )

    def _prepare_decision_values(self):
        self.ensure_one()
        decision_date = self.decision_date or self.planned_admission_date
        return {
            "name": self.decision_number
            or self.env._("Admission of %(name)s", name=self.name),
            "date": decision_date,
            "issuer_organization_id": self.organization_id._get_grassroots().id,
            "decision_type": "admission",
            "summary": self.env._(
                "Admission of %(name)s as a probationary member",
                name=self.name,
            ),
            "company_id": self.company_id.id,
        }

    def _prepare_member_values(self):
        self.ensure_one()
        return {
            "name": self.name,
            "birth_date": self.birth_date,
            "employee_id": self.employee_id.id,
            "organization_id": self.organization_id.id,
            "admission_decision_date": self.decision_date
            or self.planned_admission_date,
            "admission_date": self.planned_admission_date,
            "company_id": self.company_id.id,
        }

    def _prepare_readmission_values(self):
        """Values written on a readmitted member: the new cell and ceremony
        date (a new probation starts); the admission decision date stays the
        first one, as party age counts from the first admission."""
        self.ensure_one()
        return {
            "organization_id": self.organization_id.id,
            "admission_date": self.planned_admission_date,
            "official_date": False,
        }
