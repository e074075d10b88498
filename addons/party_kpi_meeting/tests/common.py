# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.addons.party_kpi.tests.common import YEAR, PartyKpiCase

__all__ = ["YEAR", "PartyKpiMeetingCase"]


class PartyKpiMeetingCase(PartyKpiCase):
    """party_kpi's case, plus meetings and incoming documents."""

    @classmethod
    def _meeting(cls, org, kind, when, states, members=None, held=True):
        """A meeting of ``org`` at ``when`` with one attendance per state."""
        members = members or cls._members(len(states), org, f"Dự họp {when}")
        meeting = cls.env["party.meeting"].create(
            {
                "organization_id": org.id,
                "kind": kind,
                "date_start": when,
                "attendance_ids": [
                    (0, 0, {"member_id": member.id, "state": state})
                    for member, state in zip(members, states, strict=True)
                ],
            }
        )
        if held:
            meeting.state = "held"
        return meeting

    @classmethod
    def _incoming(cls, org, summaries, deadline, secrecy="normal", received=None):
        """Incoming documents of ``org`` due on ``deadline``, one per summary,
        received on ``received`` (default: the first of the deadline's month)."""
        doc_type = cls.env.ref("party_docs.document_type_cv")
        return cls.env["party.document"].create(
            [
                {
                    "direction": "incoming",
                    "type_id": doc_type.id,
                    "organization_id": org.id,
                    "summary": summary,
                    "date": received or deadline.replace(day=1),
                    "deadline": deadline,
                    "secrecy": secrecy,
                }
                for summary in summaries
            ]
        )
