# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Party card printing as a background job (kind ``card_print``).

Each step draws the next cards (a whole number of A4 sheets) into one PDF
part, an attachment of the job named after its first card's position: a
step that runs again replaces its part and any later one, never adds a
second copy of a card. The last step merges the parts in order into the result file
(merging 10,000 cards takes a few seconds, drawing them 15 s: measured in
this addon's readme), deletes the parts and posts the file.
"""

from odoo import fields, models
from odoo.tools.pdf import merge_pdf

from ..report.card_pdf import SHEET_COLS, SHEET_ROWS

RESULT_FILE_NAME = "the-dang-vien.pdf"


class PartyJob(models.Model):
    _inherit = "party.job"

    kind = fields.Selection(
        selection_add=[("card_print", "Party Card Printing")],
        ondelete={"card_print": "cascade"},
    )

    def _card_print_part_prefix(self):
        return f"party-card-part-{self.id}-"

    def _card_print_parts(self):
        """The PDF parts made so far, in card order."""
        return (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "=", self.id),
                    ("name", "=like", f"{self._card_print_part_prefix()}%"),
                ],
                order="name",
            )
        )

    def _party_job_step_card_print(self, limit):
        """Draw the cards ``done`` to ``done + limit`` (whole sheets) into
        one part; merge the parts after the last card."""
        self.ensure_one()
        payload = self.payload or {}
        card_ids = payload.get("card_ids", [])
        layout = payload.get("layout", "sheet")
        per_page = SHEET_COLS * SHEET_ROWS if layout == "sheet" else 1
        size = max(limit - limit % per_page, per_page)
        start = self.done
        chunk = card_ids[start : start + size]
        if chunk:
            self._card_print_part(start, chunk, layout)
        if start + len(chunk) >= len(card_ids):
            self._card_print_finish()
        return len(chunk)

    def _card_print_part(self, start, card_ids, layout):
        """Draw ``card_ids`` (those still printable, checked and logged as
        the job's user) into the part of position ``start``."""
        cards = self.env["party.card"].browse(card_ids).exists()
        cards = cards.filtered(lambda card: card.sudo()._is_printable())
        name = f"{self._card_print_part_prefix()}{start:07d}.pdf"
        # Parts from here on are from a run whose counter was lost: redrawn.
        self._card_print_parts().filtered(lambda part: part.name >= name).unlink()
        if not cards:
            return
        pdf = self.env["party.card.print"]._render_cards(cards, layout)
        self.env["ir.attachment"].sudo().create(
            {
                "name": name,
                "raw": pdf,
                "mimetype": "application/pdf",
                "res_model": self._name,
                "res_id": self.id,
                # The number of cards drawn, summed in the final message.
                "description": str(len(cards)),
            }
        )

    def _card_print_finish(self):
        """Merge the parts into the result file and post it."""
        parts = self._card_print_parts()
        printed = sum(int(part.description or 0) for part in parts)
        lang_env = self.sudo().with_context(lang=self.user_id.lang).env
        if not parts:
            message = lang_env._(
                "%(name)s: no card was printable any more.", name=self.name
            )
            self._party_job_finish(message=message)
            return
        data = parts.raw if len(parts) == 1 else merge_pdf(parts.mapped("raw"))
        result = (
            self.env["ir.attachment"]
            .sudo()
            .create(
                {
                    "name": RESULT_FILE_NAME,
                    "raw": data,
                    "mimetype": "application/pdf",
                    "res_model": self._name,
                    "res_id": self.id,
                }
            )
        )
        parts.unlink()
        message = lang_env._(
            "%(name)s: %(count)s cards printed.", name=self.name, count=printed
        )
        self._party_job_finish(attachment=result, message=message)
