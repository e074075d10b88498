# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.2.1.0: a reopened closing of the statistics is archived, no longer
deleted; one closing in force per company and date is now a partial unique
index (party.statistics.closing.init), so the old constraint goes. The
statistics are no longer a database view either (the model's _table_query):
its init drops the view."""


def migrate(cr, version):
    cr.execute(
        """ALTER TABLE party_statistics_closing
           DROP CONSTRAINT IF EXISTS party_statistics_closing_company_date_unique"""
    )
    cr.execute(
        """DELETE FROM ir_model_constraint
           WHERE name = 'party_statistics_closing_company_date_unique'"""
    )
