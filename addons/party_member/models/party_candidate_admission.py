# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.candidate: the admission rules of each stage and the admission."""

from odoo import models
from odoo.exceptions import UserError, ValidationError

from ..engine import admission, member_state
from .party_candidate import (
    DOSSIER_FIELDS,
    LEAVING_EVENTS,
    READMISSION_STATES,
    STAGE_ORDER,
)

# Statuses of a member still in the Party (an official introducer may be
# temporarily transferred or exempt).
IN_ACTIVITY = (
    member_state.ACTIVE,
    member_state.TEMPORARILY_TRANSFERRED,
    member_state.EXEMPT,
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
        if not self.vote_date:
            problems.append(
                self.env._(
                    "The date of the branch review (vote) is missing. / Chưa có "
                    "ngày chi bộ xét, biểu quyết kết nạp."
                )
            )
        else:
            problems += self._age_problems(self.vote_date)
            problems += self._introducer_problems(self.vote_date)
        # The base is live on the vote day: never a value cached earlier.
        self.invalidate_recordset(["official_member_count"])
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
        problems += self._certificate_problems(self.planned_admission_date)
        if stage == "admitted" and self.former_member_id:
            problems += self._readmission_problems(self.planned_admission_date)
        return problems

    def _age_problems(self, on_date):
        """Age 18 to 60, counted in months, on the day the branch reviews the
        candidate (Quy định 294-QĐ/TW, point 1.1)."""
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
                    "old at the branch review: admission requires 18 to 60 years, "
                    "counted in months (Quy định 294-QĐ/TW, point 1.1). / Ngày "
                    "%(date)s chi bộ xét kết nạp, người vào Đảng %(years)s tuổi "
                    "%(months)s tháng: tuổi kết nạp từ đủ 18 đến đủ 60 (tính theo "
                    "tháng).",
                    date=on_date.strftime("%d/%m/%Y"),
                    years=admission.age_in_months(self.birth_date, on_date) // 12,
                    months=admission.age_in_months(self.birth_date, on_date) % 12,
                )
            )
        return problems

    def _certificate_problems(self, on_date):
        problems = []
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

    def _introducer_problems(self, review_date):
        """Two official members who have worked with the candidate for at
        least 12 months on the branch review (Điều lệ Đảng, Điều 4.2)."""
        slots = [
            (self.introducer_1_id, self.introducer_1_since),
            (self.introducer_2_id, self.introducer_2_since),
        ]
        people = self.introducer_1_id | self.introducer_2_id
        states = self._member_states_on(people.sudo(), review_date)
        introducers = [
            (
                member.id or None,
                bool(member)
                and states[member.id][0].grade == member_state.OFFICIAL
                and states[member.id][0].status in IN_ACTIVITY,
                since,
            )
            for member, since in slots
        ]
        messages = {
            admission.PROBLEM_INTRODUCER_MISSING: self.env._(
                "Introducer %(number)s is missing: two official members introduce "
                "the candidate (Điều lệ Đảng, Điều 4.2). / Thiếu người giới thiệu "
                "thứ %(number)s: cần hai đảng viên chính thức giới thiệu."
            ),
            admission.PROBLEM_INTRODUCER_SAME: self.env._(
                "The two introducers must be different members. / Hai người giới "
                "thiệu phải là hai đảng viên khác nhau."
            ),
            admission.PROBLEM_INTRODUCER_NOT_OFFICIAL: self.env._(
                "Introducer %(number)s (%(name)s) is not an official member on the "
                "review date (Điều lệ Đảng, Điều 4.2). / Người giới thiệu thứ "
                "%(number)s (%(name)s) không là đảng viên chính thức vào ngày chi "
                "bộ xét."
            ),
            admission.PROBLEM_INTRODUCER_TOO_SHORT: self.env._(
                "Introducer %(number)s (%(name)s) has not worked with the candidate "
                "for 12 months on the review date: record the start of working "
                "together (Điều lệ Đảng, Điều 4.2). / Người giới thiệu thứ "
                "%(number)s (%(name)s) chưa công tác cùng người vào Đảng đủ 12 "
                "tháng vào ngày chi bộ xét."
            ),
        }
        return [
            messages[key] % {"number": index + 1, "name": slots[index][0].name or "-"}
            for key, index in admission.introducer_problems(introducers, review_date)
        ]

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
            readmissions, left.date or on_date, on_date
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
        return [
            self.env._(
                "%(member)s left on %(left)s: readmission needs at least 36 months "
                "after leaving (Quy định 294-QĐ/TW, point 3.5). / %(member)s ra khỏi Đảng ngày "
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
            # No number typed: party.decision numbers it (or names it after
            # its summary when no register keeps the issuer's decisions).
            "name": self.decision_number or False,
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
