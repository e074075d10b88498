# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import json
from datetime import date

from psycopg2.extras import execute_values

from odoo import api, fields, models
from odoo.tools import SQL

from ..engine.risk import FEATURES, LogisticModel, auc

PARAM_MODEL = "party_kpi.risk_model"
PARAM_AUC = "party_kpi.risk_auc"
DEFAULT_LAST_SCORE = 80.0
MIN_TRAINING_ROWS = 20
MAX_TRAINING_ROWS = 20000
SCORED_STATES = ("probationary", "official")


class PartyMember(models.Model):
    _inherit = "party.member"

    evaluation_ids = fields.One2many(
        "party.evaluation", "member_id", string="Quality Reviews"
    )
    risk_score = fields.Float(
        string="Risk of Not Completing (%)",
        readonly=True,
        digits=(5, 1),
        groups="party_org.group_party_secretary",
        help="Probability of the grade 'Not Completed' at the next review, from "
        "a logistic regression trained on past reviews (meeting attendance, "
        "unexcused absences, unpaid fee months, last score). Advisory only: it "
        "never grades a member. The party office can switch it off for the "
        "company (Personal Data Protection Law 91/2025/QH15).",
    )
    party_risk_enabled = fields.Boolean(
        related="company_id.party_risk_enabled", string="Risk Model Enabled"
    )
    # Office only: the factors profile a member's behaviour.
    risk_factors = fields.Char(
        string="Top Risk Factors",
        readonly=True,
        groups="party_org.group_party_office",
    )

    def _risk_feature_labels(self):
        """engine.risk feature → translated label of a risk factor."""
        return {
            "attendance_rate": self.env._("low meeting attendance"),
            "unexcused_absences": self.env._("unexcused absences"),
            "unpaid_fee_months": self.env._("unpaid fee months"),
            "last_score": self.env._("low score at the last review"),
        }

    # Features
    @api.model
    def _risk_features(self, member_ids, years):
        """(member id, year) → feature list (engine.risk.FEATURES order), in a
        constant number of queries."""
        first, last = date(min(years), 1, 1), date(max(years), 12, 31)
        unpaid = self._risk_unpaid_fee_months(member_ids, first, last)
        attendance = self._risk_attendance(member_ids, first, last)
        scores = self._risk_last_scores(member_ids, years)
        result = {}
        for member_id in member_ids:
            for year in years:
                present, invited, unexcused = attendance.get(
                    (member_id, year), (0, 0, 0)
                )
                result[(member_id, year)] = [
                    100.0 * present / invited if invited else 100.0,
                    float(unexcused),
                    float(unpaid.get((member_id, year), 0)),
                    scores.get((member_id, year - 1), DEFAULT_LAST_SCORE),
                ]
        return result

    @api.model
    def _risk_attendance(self, member_ids, first, last):
        """Hook: ``{(member id, year): (present, invited, unexcused)}`` of
        the members' meetings held from ``first`` to ``last``, in a constant
        number of queries. None here: party_kpi_meeting reads the meetings.
        A member without meetings counts as fully present."""
        return {}

    @api.model
    def _risk_unpaid_fee_months(self, member_ids, first, last):
        """Hook: ``{(member id, year): months not paid}`` of the members'
        fees from ``first`` to ``last``, in a constant number of queries.
        None here: party_kpi_fee reads the fee lines. A member without
        fees counts as having no unpaid month."""
        return {}

    @api.model
    def _risk_last_scores(self, member_ids, years):
        reviews = (
            self.env["party.evaluation"]
            .sudo()
            .search_read(
                [
                    ("member_id", "in", member_ids),
                    ("year", ">=", min(years) - 1),
                    ("year", "<=", max(years)),
                    ("grade", "!=", False),
                ],
                ["member_id", "year", "total"],
            )
        )
        return {(r["member_id"][0], r["year"]): r["total"] for r in reviews}

    # Training and scoring
    @api.model
    def _risk_training_set(self):
        """Graded reviews of the companies that use the model. Reviews with
        a discipline in the year are left out: the knock-out decides their
        grade by rule (Quy định 366-QĐ/TW), there is nothing to learn."""
        companies = self._risk_enabled_companies()
        if not companies:
            return [], [], []
        Evaluation = self.env["party.evaluation"].sudo()
        graded = Evaluation._search(
            [
                ("grade", "!=", False),
                ("knockout_discipline", "=", False),
                ("company_id", "in", companies.ids),
            ]
        )
        # A model of four features learns as much from a sample as from a
        # million reviews: at most MAX_TRAINING_ROWS, the same ones at every
        # run (ordered by a hash of the id), all of them below that.
        self.env.cr.execute(
            SQL(
                "SELECT id FROM party_evaluation WHERE id IN %s"
                " ORDER BY md5(id::text) LIMIT %s",
                graded.subselect(),
                MAX_TRAINING_ROWS,
            )
        )
        sample = Evaluation.browse([row[0] for row in self.env.cr.fetchall()])
        reviews = sample.read(["member_id", "year", "grade"])
        if not reviews:
            return [], [], []
        years = sorted({r["year"] for r in reviews})
        features = self._risk_features(
            list({r["member_id"][0] for r in reviews}), years
        )
        rows = [features[(r["member_id"][0], r["year"])] for r in reviews]
        labels = [1 if r["grade"] == "not_completed" else 0 for r in reviews]
        return rows, labels, [r["year"] for r in reviews]

    @api.model
    def _train_risk_model(self):
        """Fit the model on every graded review; measure its AUC on the
        latest year held out first. Returns (model, auc) or (None, None)."""
        rows, labels, years = self._risk_training_set()
        if len(rows) < MIN_TRAINING_ROWS or len(set(labels)) < 2:
            return None, None
        held_out = max(years)
        data = list(zip(rows, labels, years, strict=True))
        train = [(r, y) for r, y, year in data if year < held_out]
        test = [(r, y) for r, y, year in data if year == held_out]
        score = None
        if (
            train
            and len({y for _r, y in train}) == 2
            and len({y for _r, y in test}) == 2
        ):
            model = LogisticModel().fit([r for r, _y in train], [y for _r, y in train])
            score = auc(
                [model.predict_proba(r) for r, _y in test], [y for _r, y in test]
            )
        model = LogisticModel().fit(rows, labels)
        params = self.env["ir.config_parameter"].sudo()
        params.set_param(PARAM_MODEL, json.dumps(model.to_dict()))
        params.set_param(PARAM_AUC, score if score is not None else "")
        return model, score

    @api.model
    def _risk_model(self):
        raw = self.env["ir.config_parameter"].sudo().get_param(PARAM_MODEL)
        data = json.loads(raw) if raw else None
        if not data or data.get("features") != list(FEATURES):
            # Never scored with a model fitted on other features (the ones
            # stored before discipline was dropped): retrain first.
            return None
        return LogisticModel.from_dict(data)

    @api.model
    def _risk_enabled_companies(self):
        """Companies whose party office uses the risk model."""
        return (
            self.env["res.company"].sudo().search([("party_risk_enabled", "=", True)])
        )

    @api.model
    def _cron_risk(self):
        """Train and score for the companies that use the model; clear every
        other score (companies that switched it off, members who left)."""
        companies = self._risk_enabled_companies()
        members = self.sudo().with_context(active_test=False)
        scored = members.search(
            [("state", "in", SCORED_STATES), ("company_id", "in", companies.ids)]
        )
        members.search(
            [("risk_score", "!=", False), ("id", "not in", scored.ids)]
        )._clear_risk()
        if not companies:
            return
        self._train_risk_model()
        scored._score_risk()

    def action_party_risk_switch_off(self):
        """Switch the risk model off for the current company (party office,
        checked in ``res.company.write``); the scores are cleared."""
        self.env.company._party_check_risk_switch()
        self.env.company.write({"party_risk_enabled": False})
        return {"type": "ir.actions.client", "tag": "reload"}

    def action_party_risk_switch_on(self):
        """Switch the risk model on for the current company (party office);
        the members are scored at the next weekly run."""
        self.env.company._party_check_risk_switch()
        self.env.company.write({"party_risk_enabled": True})
        return {"type": "ir.actions.client", "tag": "reload"}

    def _clear_risk(self):
        """Remove the scores and factors of these members, in one UPDATE."""
        if not self:
            return
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE party_member SET risk_score = NULL, risk_factors = NULL "
            "WHERE id IN %s",
            (tuple(self.ids),),
        )
        self.invalidate_recordset(["risk_score", "risk_factors"])

    def _score_risk(self, year=None):
        """Store each member's risk for ``year`` (default this year) and top
        factors, in one UPDATE. Members of a company that switched the model
        off are not scored."""
        self = self.filtered(lambda member: member.company_id.party_risk_enabled)
        model = self._risk_model()
        if not model or not self:
            return
        year = year or fields.Date.context_today(self).year
        features = self._risk_features(self.ids, [year])
        labels = self._risk_feature_labels()
        values = []
        for member in self:
            row = features[(member.id, year)]
            factors = ", ".join(labels[name] for name, _v in model.top_factors(row))
            values.append(
                (member.id, round(100.0 * model.predict_proba(row), 1), factors)
            )
        self.env.flush_all()
        execute_values(
            self.env.cr._obj,
            "UPDATE party_member SET risk_score = v.score, risk_factors = v.factors "
            "FROM (VALUES %s) AS v(id, score, factors) WHERE party_member.id = v.id",
            values,
        )
        self.invalidate_recordset(["risk_score", "risk_factors"])
