# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The worker-kill cases once the import and the fee month run as
background jobs (party.job, h/jobs and h/jobs2): the wizard returns at once
and the cron worker does the work batch by batch, committing each.

Here the operation starts the job and waits until it is done; the process
killed is the cron worker (a separate ``odoo --no-http --workers 0
--max-cron-threads 1``, as the production profile runs it), restarted at
once as its supervisor would. The job must resume from its last commit and
end with every row exactly once. The same ``prepare`` functions as the
synchronous cases; documents are still issued in the request (cases.py).
"""

import time

from . import cases

JOB_TIMEOUT = 1800


def _job_of(client, ctx, model, wizard_id):
    """The job the wizard started: the import wizard names it; the fee
    wizard does not, so the user's newest job."""
    context = cases._context(ctx["company_id"])
    if model == "party.member.import":
        (wizard,) = client.call(model, "read", [wizard_id], ["job_id"], context=context)
        if wizard["job_id"]:
            return wizard["job_id"][0]
    jobs = client.call(
        "party.job", "search", [], limit=1, order="id desc", context=context
    )
    return jobs[0] if jobs else None


def wait_job(client, ctx, job_id):
    """Poll the job as its user until it is done; raise if it failed."""
    context = cases._context(ctx["company_id"])
    deadline = time.monotonic() + JOB_TIMEOUT
    while time.monotonic() < deadline:
        (job,) = client.call(
            "party.job",
            "read",
            [job_id],
            ["state", "done", "total", "error"],
            context=context,
        )
        if job["state"] == "done":
            return job
        if job["state"] == "failed":
            raise AssertionError(f"job {job_id} failed: {job['error']}")
        time.sleep(0.5)
    raise TimeoutError(f"job {job_id} not done in {JOB_TIMEOUT} s")


def import_job_operation(client, ctx):
    context = cases._context(ctx["company_id"])
    model = "party.member.import"
    wizard_id = client.call(
        model,
        "create",
        {
            "file": ctx["file"],
            "company_id": ctx["company_id"],
            "create_employees": True,
        },
        context=context,
    )
    client.call(model, "action_import", [wizard_id], context=context)
    ctx["job_id"] = _job_of(client, ctx, model, wizard_id)
    if not ctx["job_id"]:
        raise AssertionError("the import ran in the request, not as a job")
    wait_job(client, ctx, ctx["job_id"])


def import_job_check(env, client, ctx):
    """After the job resumed: every row exactly once (members, employees)."""
    employees, members, linked = cases._import_counts(env, ctx["codes"])
    ok = (employees, members, linked) == (cases.IMPORT_ROWS,) * 3
    return ok, f"{members}/{cases.IMPORT_ROWS} members, {employees} employees"


def fee_job_operation(client, ctx):
    context = cases._context(ctx["company_id"])
    model = "party.fee.generate"
    wizard_id = client.call(model, "create", {"month": ctx["month"]}, context=context)
    before = _job_of(client, ctx, model, wizard_id)
    client.call(model, "action_generate", [wizard_id], context=context)
    job_id = _job_of(client, ctx, model, wizard_id)
    if not job_id or job_id == before:
        raise AssertionError("the month ran in the request, not as a job")
    ctx["job_id"] = job_id
    wait_job(client, ctx, job_id)


def fee_job_check(env, client, ctx):
    """After the job resumed: exactly the expected lines; a second run of
    the month adds none."""
    expected = ctx["expected"]
    after_job = cases._fee_members(env, ctx)
    fee_job_operation(client, ctx)
    env.cr.rollback()
    after_rerun = cases._fee_members(env, ctx)
    ok = after_job == expected and after_rerun == expected
    detail = (
        f"{len(after_job)}/{len(expected)} lines when the job ended, "
        f"{len(after_rerun)} after a second run"
    )
    return ok and len(expected) == cases.FEE_MEMBERS, detail


def job_progress(env, job_id):
    """(done, total) of the job, as committed."""
    if not job_id:
        return (0, 0)
    env.cr.execute(
        "SELECT coalesce(done, 0), coalesce(total, 0) FROM party_job WHERE id = %s",
        [job_id],
    )
    return env.cr.fetchone() or (0, 0)


CASES = {
    "import": (cases.import_prepare, import_job_operation, import_job_check),
    "fees": (cases.fee_prepare, fee_job_operation, fee_job_check),
}
