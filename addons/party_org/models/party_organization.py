# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import SUPERUSER_ID, api, fields, models
from odoo.exceptions import ValidationError

ORG_TYPES = [
    ("grassroots_committee", "Grassroots Party Committee"),
    ("sub_committee", "Sub-committee"),
    ("grassroots_cell", "Grassroots Party Cell"),
    ("cell", "Subordinate Party Cell"),
    ("party_group", "Party Group"),
    ("external", "External Committee"),
]

# Điều lệ Đảng and Quy định 232-QĐ/TW: which type may sit under which.
# None stands for "no parent" (the top of a tree).
ALLOWED_PARENT_TYPES = {
    "external": {None},
    "grassroots_committee": {None, "external"},
    "grassroots_cell": {None, "external"},
    "sub_committee": {"grassroots_committee"},
    "cell": {"grassroots_committee", "sub_committee"},
    "party_group": {"grassroots_cell", "cell"},
}

OFFICE_GROUP = "party_org.group_party_office"
# Types that count as a branch (chi bộ), where members hold their activity.
CELL_TYPES = ("grassroots_cell", "cell")
# Grassroots organisations (tổ chức cơ sở đảng): they admit members and hold
# the quality-review quota.
GRASSROOTS_TYPES = ("grassroots_committee", "grassroots_cell")


class PartyOrganization(models.Model):
    _name = "party.organization"
    _description = "Party Organisation"
    _inherit = ["mail.thread", "mail.activity.mixin", "party.protected.mixin"]
    _order = "complete_name"
    _rec_name = "complete_name"
    _parent_store = True
    _check_company_auto = True

    # Identity
    name = fields.Char(required=True, tracking=True)
    code = fields.Char(
        tracking=True,
        help="Issuer code used in document symbols, e.g. ĐU in 12-NQ/ĐU "
        "(Hướng dẫn 36-HD/VPTW).",
    )
    org_type = fields.Selection(
        ORG_TYPES, string="Type", required=True, default="cell", tracking=True
    )
    complete_name = fields.Char(
        compute="_compute_complete_name", recursive=True, store=True
    )
    active = fields.Boolean(default=True)
    color = fields.Integer()
    note = fields.Html()
    # Tree
    parent_id = fields.Many2one(
        "party.organization",
        string="Parent Organisation",
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many("party.organization", "parent_id", string="Sub-units")
    child_count = fields.Integer(
        string="Sub-units Count", compute="_compute_child_count"
    )
    # Company and the units it covers
    company_id = fields.Many2one(
        "res.company",
        index=True,
        default=lambda self: self.env.company,
        help="Empty only for external committees shared by several companies.",
    )
    department_ids = fields.Many2many(
        "hr.department",
        string="Departments Covered",
        check_company=True,
        help="The units of the enterprise whose employees belong to this "
        "organisation.",
    )
    # Life
    date_established = fields.Date(tracking=True)
    date_dissolved = fields.Date(tracking=True)
    # Committee
    term_ids = fields.One2many("party.term", "organization_id", string="Terms")
    current_term_id = fields.Many2one("party.term", compute="_compute_current_term_id")
    position_ids = fields.One2many(
        "party.position", "organization_id", string="Committee Positions"
    )
    position_count = fields.Integer(compute="_compute_position_count")
    secretary_id = fields.Many2one(
        "hr.employee", string="Secretary", compute="_compute_secretary_id"
    )

    _sql_constraints = [
        (
            "code_company_uniq",
            "unique(code, company_id)",
            "The issuer code must be unique per company.",
        ),
    ]

    @api.depends("name", "parent_id.complete_name")
    def _compute_complete_name(self):
        for org in self:
            if org.parent_id:
                org.complete_name = f"{org.parent_id.complete_name} / {org.name}"
            else:
                org.complete_name = org.name

    @api.depends("complete_name", "parent_path")
    def _compute_display_name(self):
        """The path from the enterprise's own top: external committees above
        it are left out of the name (they stay in ``complete_name``)."""
        external_ids = self._external_ancestor_ids()
        for org in self:
            names = org.complete_name.split(" / ") if org.complete_name else []
            ancestors = [int(i) for i in (org.parent_path or "").split("/") if i]
            skip = sum(1 for i in ancestors[:-1] if i in external_ids)
            org.display_name = " / ".join(names[skip:]) or org.name

    def _external_ancestor_ids(self):
        ancestor_ids = {
            int(i) for org in self for i in (org.parent_path or "").split("/")[:-2] if i
        }
        if not ancestor_ids:
            return set()
        return set(
            self.sudo()
            .search([("id", "in", list(ancestor_ids)), ("org_type", "=", "external")])
            .ids
        )

    def _compute_child_count(self):
        groups = self._read_group(
            [("parent_id", "in", self.ids)], ["parent_id"], ["__count"]
        )
        counts = {parent.id: count for parent, count in groups}
        for org in self:
            org.child_count = counts.get(org.id, 0)

    @api.depends_context("date")
    def _compute_current_term_id(self):
        terms_by_org = self.env["party.term"]._current_terms_by_organization(
            self.ids, self.env.context.get("date")
        )
        for org in self:
            org.current_term_id = terms_by_org.get(org.id, False)

    def _compute_position_count(self):
        groups = self.env["party.position"]._read_group(
            [("organization_id", "in", self.ids), ("state", "=", "open")],
            ["organization_id"],
            ["__count"],
        )
        counts = {org.id: count for org, count in groups}
        for org in self:
            org.position_count = counts.get(org.id, 0)

    @api.depends_context("date")
    def _compute_secretary_id(self):
        today = self.env["party.term"]._reference_date()
        positions = self.env["party.position"].search(
            [
                ("organization_id", "in", self.ids),
                ("role", "=", "secretary"),
                ("state", "=", "open"),
                ("date_start", "<=", today),
                "|",
                ("date_end", "=", False),
                ("date_end", ">=", today),
            ]
        )
        secretary = {pos.organization_id.id: pos.employee_id for pos in positions}
        for org in self:
            org.secretary_id = secretary.get(org.id, False)

    @api.onchange("parent_id")
    def _onchange_parent_id(self):
        if self.parent_id.company_id:
            self.company_id = self.parent_id.company_id

    @api.constrains("parent_id")
    def _check_parent_id(self):
        if self._has_cycle():
            raise self._cycle_error()

    @api.constrains("parent_id", "company_id")
    def _check_parent_company(self):
        for org in self:
            parent = org.parent_id
            if parent.company_id and parent.company_id != org.company_id:
                raise ValidationError(
                    self.env._(
                        "%(org)s belongs to %(company)s but its parent %(parent)s "
                        "belongs to %(parent_company)s.",
                        org=org.name,
                        company=org.company_id.name or "-",
                        parent=parent.name,
                        parent_company=parent.company_id.name,
                    )
                )

    @api.constrains("parent_id", "org_type")
    def _check_type_nesting(self):
        type_labels = dict(self._fields["org_type"]._description_selection(self.env))
        for org in self | self.child_ids:
            parent_type = org.parent_id.org_type or None
            if parent_type in ALLOWED_PARENT_TYPES[org.org_type]:
                continue
            if parent_type is None:
                raise ValidationError(
                    self.env._(
                        "A %(type)s must sit under a parent organisation (Quy định "
                        "294-QĐ/TW).",
                        type=type_labels[org.org_type],
                    )
                )
            raise ValidationError(
                self.env._(
                    "A %(type)s cannot sit under a %(parent_type)s (%(org)s under "
                    "%(parent)s).",
                    type=type_labels[org.org_type],
                    parent_type=type_labels[parent_type],
                    org=org.name,
                    parent=org.parent_id.name,
                )
            )

    @api.constrains("date_established", "date_dissolved")
    def _check_dates(self):
        for org in self:
            if (
                org.date_established
                and org.date_dissolved
                and org.date_dissolved < org.date_established
            ):
                raise ValidationError(
                    self.env._(
                        "%(org)s cannot be dissolved before it was established.",
                        org=org.name,
                    )
                )

    def write(self, vals):
        if vals.get("parent_id") and self.search_count(
            [("id", "child_of", self.ids), ("id", "=", vals["parent_id"])]
        ):
            # Checked before writing: the parent store refuses cycles first,
            # with a less helpful message.
            raise self._cycle_error()
        res = super().write(vals)
        if "parent_id" in vals or "active" in vals:
            # Organisation scopes in record rules follow the tree.
            self.env["res.users"]._party_scope_changed()
        return res

    def action_view_children(self):
        self.ensure_one()
        return self._action_open_related(
            "party_org.party_organization_action",
            [("parent_id", "=", self.id)],
            {"default_parent_id": self.id, "default_company_id": self.company_id.id},
        )

    def action_view_positions(self):
        self.ensure_one()
        return self._action_open_related(
            "party_org.party_position_action",
            [("organization_id", "=", self.id)],
            {"default_organization_id": self.id},
        )

    def action_view_terms(self):
        self.ensure_one()
        return self._action_open_related(
            "party_org.party_term_action",
            [("organization_id", "=", self.id)],
            {"default_organization_id": self.id},
        )

    def _action_open_related(self, xmlid, domain, context):
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action.update(domain=domain, context=context)
        return action

    def _cycle_error(self):
        return ValidationError(
            self.env._("An organisation cannot be its own ancestor.")
        )

    def _get_grassroots_map(self):
        """Map organisation id → its grassroots organisation: the nearest
        ancestor of a grassroots type (itself included), else itself (an
        external committee). One query for the whole batch."""
        ancestor_ids = {
            int(part)
            for org in self
            for part in (org.parent_path or "").split("/")
            if part
        }
        grassroots_ids = set(
            self.sudo()
            .search(
                [("id", "in", list(ancestor_ids)), ("org_type", "in", GRASSROOTS_TYPES)]
            )
            .ids
        )
        result = {}
        for org in self:
            path = [int(part) for part in (org.parent_path or "").split("/") if part]
            found = [org_id for org_id in path if org_id in grassroots_ids]
            result[org.id] = self.browse(found[-1]) if found else org
        return result

    def _get_grassroots(self):
        """The grassroots organisation of this organisation (empty if none)."""
        if not self:
            return self
        self.ensure_one()
        return self._get_grassroots_map()[self.id]

    def _get_cells(self):
        """Return the branches (chi bộ) in these organisations' subtrees."""
        return self.search(
            [
                ("id", "child_of", self._subtree_roots().ids),
                ("org_type", "in", CELL_TYPES),
            ]
        )

    def _subtree_roots(self):
        """These organisations but those below another of them. ``child_of``
        the roots is the same set as ``child_of`` all of them, with one
        condition per root instead of one per organisation (every
        organisation of a million-member committee made a query PostgreSQL
        could not parse: "memory exhausted")."""
        ids = set(self.ids)
        return self.filtered(
            lambda org: not ids.intersection(
                int(ancestor) for ancestor in (org.parent_path or "").split("/")[:-2]
            )
        )

    def _party_responsible_users(self):
        """Organisation id → the user a party task about it goes to: the
        secretary of the organisation, else of its nearest ancestor in the
        enterprise with one, else a Party Office user of its company. Never
        the superuser (OdooBot); an empty user when nobody fits. A constant
        number of queries."""
        orgs = self.sudo()
        paths = {
            org.id: [int(part) for part in (org.parent_path or "").split("/") if part]
            for org in orgs
        }
        ancestors = orgs.browse({org_id for path in paths.values() for org_id in path})
        secretary_user = {
            org.id: org.secretary_id.user_id.filtered("active")
            for org in ancestors
            if org.org_type != "external"
        }
        office = self._party_office_users(orgs.company_id)
        users = self.env["res.users"]
        result = {}
        for org in orgs:
            found = next(
                (
                    secretary_user[org_id]
                    for org_id in reversed(paths[org.id])
                    if secretary_user.get(org_id)
                    and secretary_user[org_id].id != SUPERUSER_ID
                ),
                None,
            )
            result[org.id] = found or office.get(org.company_id.id) or users
        return result

    @api.model
    def _party_office_users(self, companies):
        """Company id → a Party Office user of it (its own users first),
        never the superuser."""
        if not companies:
            return {}
        users = (
            self.env["res.users"]
            .sudo()
            .search(
                [
                    ("groups_id", "in", self.env.ref(OFFICE_GROUP).ids),
                    ("share", "=", False),
                    ("id", "!=", SUPERUSER_ID),
                    ("company_ids", "in", companies.ids),
                ],
                order="id",
            )
        )
        result = {}
        for company in companies:
            fits = users.filtered(lambda u, c=company: c in u.company_ids)
            own = fits.filtered(lambda u, c=company: u.company_id == c)
            result[company.id] = (own or fits)[:1]
        return result
