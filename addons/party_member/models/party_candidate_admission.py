# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.candidate: the admission rules of each stage and the admission."""

from odoo import models
from odoo.exceptions import UserError, ValidationError

from ..engine import admission
from .party_candidate import DOSSIER_FIELDS, STAGE_ORDER


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
        problems += self._date_order_problems()
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
        age_problem = admission.check_admission_age(
            self.birth_date,
            on_date,
            over_age_consent=bool(
                self.over_age_consent_ref and self.over_age_consent_date
            ),
        )
        if age_problem == admission.PROBLEM_NO_BIRTH_DATE:
            problems.append(
                self.env._("The birth date is missing. / Chưa có ngày sinh.")
            )
        elif age_problem == admission.PROBLEM_TOO_OLD:
            months = admission.age_in_months(self.birth_date, on_date)
            problems.append(
                self.env._(
                    "On %(date)s the candidate is %(years)s years %(months)s months "
                    "old at the branch review: a candidate older than 60 is "
                    "admitted only with the written consent of the competent "
                    "committee (provincial level or equivalent); record its "
                    "number and date (Quy định 294-QĐ/TW, point 1.1).",
                    date=on_date.strftime("%d/%m/%Y"),
                    years=months // 12,
                    months=months % 12,
                )
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
        """The awareness certificate must be valid on the ceremony: issued on
        or before it and at most 5 years old (Hướng dẫn 12-HD/BTCTW)."""
        problems = []
        cert = self.certificate_date
        if cert and cert > on_date:
            problems.append(
                self.env._(
                    "The awareness certificate of %(cert)s is not yet valid on "
                    "%(date)s: it is dated after that day (Hướng dẫn 12-HD/BTCTW).",
                    cert=cert.strftime("%d/%m/%Y"),
                    date=on_date.strftime("%d/%m/%Y"),
                )
            )
        elif cert and not admission.certificate_valid(cert, on_date):
            problems.append(
                self.env._(
                    "The awareness certificate of %(cert)s is no longer valid on "
                    "%(date)s: it is valid 5 years (Hướng dẫn 12-HD/BTCTW).",
                    cert=cert.strftime("%d/%m/%Y"),
                    date=on_date.strftime("%d/%m/%Y"),
                )
            )
        return problems

    def _date_order_problems(self):
        """The branch votes, then the grassroots committee decides, then the
        ceremony is held: vote ≤ decision ≤ ceremony (Quy định 294-QĐ/TW,
        points 3.1 and 4.1)."""
        steps = [
            (self.vote_date, self.env._("branch vote")),
            (self.decision_date, self.env._("admission decision")),
            (self.planned_admission_date, self.env._("admission ceremony")),
        ]
        dated = [(day, label) for day, label in steps if day]
        return [
            self.env._(
                "The %(later)s (%(later_date)s) cannot precede the %(earlier)s "
                "(%(earlier_date)s): the branch votes, the grassroots committee "
                "decides, then the ceremony is held (Quy định 294-QĐ/TW).",
                earlier=earlier,
                earlier_date=earlier_day.strftime("%d/%m/%Y"),
                later=later,
                later_date=later_day.strftime("%d/%m/%Y"),
            )
            for index, (earlier_day, earlier) in enumerate(dated)
            for later_day, later in dated[index + 1 :]
            if later_day < earlier_day
        ]

    def _introducer_problems(self, review_date):
        """Two official members who have worked with the candidate for at
        least 12 months on the branch review (Điều lệ Đảng, Điều 4.2)."""
        slots = [
            (self.introducer_1_id, self.introducer_1_since),
            (self.introducer_2_id, self.introducer_2_since),
        ]
        people = self.introducer_1_id | self.introducer_2_id
        official = self._official_in_activity(people.sudo(), review_date)
        introducers = [
            (
                member.id or None,
                bool(member) and member in official,
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

    # Admission
    def _admit(self):
        """Create (or readmit) the probationary member with its admission
        event and the admission decision of the grassroots committee.
        Callers checked the party office (``_move_to_stage``); every rule of
        the stage is checked here, whatever the context."""
        for candidate in self.sudo():
            if candidate.stage == "admitted" or candidate.member_id:
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
