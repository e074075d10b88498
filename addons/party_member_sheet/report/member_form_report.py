# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Phiếu đảng viên (mẫu 2-HSĐV, Hướng dẫn 12-HD/BTCTW) as a QWeb report:
one page a member, in the Print menu of party.member."""

from odoo import api, models

from odoo.addons.party_org.tools.print_format import format_date

OFFICE = "party_org.group_party_office"
PARTY_SECRETARY = "party_org.group_party_secretary"


def _selection_label(record, fname):
    value = record[fname]
    if not value:
        return ""
    return dict(record._fields[fname]._description_selection(record.env)).get(
        value, value
    )


def member_form_rows(member, private=False):
    """(label, value) of the 2-HSĐV form for ``member`` (sudo-read record);
    ethnicity and religion only when ``private`` (restricted fields)."""
    return [
        ("1. Họ và tên đang dùng", (member.name or "").upper()),
        ("2. Họ và tên khai sinh", member.birth_name or ""),
        ("3. Bí danh", member.aliases or ""),
        ("4. Giới tính", _selection_label(member, "sex")),
        ("5. Sinh ngày", format_date(member.birth_date)),
        ("6. Nơi sinh", member.birth_place or ""),
        ("7. Quê quán", member.hometown or ""),
        ("8. Nơi thường trú", member.permanent_residence or ""),
        ("9. Nơi ở hiện nay", member.current_residence or ""),
        ("10. Dân tộc", member.ethnicity_id.name or "" if private else ""),
        ("11. Tôn giáo", member.religion_id.name or "" if private else ""),
        ("12. Nghề nghiệp", member.occupation or ""),
        ("13. Chức vụ", member.job or ""),
        ("14. Giáo dục phổ thông", member.general_education or ""),
        ("15. Chuyên môn nghiệp vụ", member.professional_qualification or ""),
        ("16. Lý luận chính trị", _selection_label(member, "political_theory_level")),
        ("17. Ngoại ngữ", member.languages or ""),
        ("18. Ngày vào Đảng (quyết định)", format_date(member.admission_decision_date)),
        ("19. Ngày kết nạp", format_date(member.admission_date)),
        ("20. Ngày chính thức", format_date(member.official_date)),
        ("21. Số lý lịch", member.file_number or ""),
        ("22. Số thẻ đảng viên", member._party_card_number() or ""),
        ("23. Chi bộ", member.organization_id.complete_name or ""),
        ("24. Tuổi đảng", member.party_age_display or ""),
    ]


class ReportPartyMemberForm(models.AbstractModel):
    _name = "report.party_member_sheet.report_party_member_form"
    _description = "Party Member Record Form (2-HSĐV)"

    @api.model
    def _get_report_values(self, docids, data=None):
        """The members in the user's charge (checked before any sudo read);
        ethnicity and religion for the party office only; one access-log
        line a member printed."""
        members = self.env["party.member"].browse(docids)
        members._party_check_action("write", PARTY_SECRETARY)
        private = self.env.user.has_group(OFFICE)
        self.env["party.member.access.log"]._log(members, "print", ["2-HSĐV"])
        forms = [
            {
                "name": member.name,
                "photo": member.image_256,
                "rows": member_form_rows(member, private),
            }
            for member in members.sudo()
        ]
        return {
            "doc_ids": members.ids,
            "doc_model": "party.member",
            "docs": members,
            "forms": forms,
        }
