# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The Docker deployment, read as files: no Docker daemon runs here, so the
image is not built; these checks hold the Dockerfile, docker-compose.yml and
config/production/ to what README.md says of them."""

import configparser
import re

import yaml
from suite_addons import ROOT

PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;#]+)", re.M)
PRODUCTION = {
    "db-primary",
    "db-replica",
    "pgbouncer",
    "odoo-init",
    "odoo-web",
    "odoo-cron",
    "nginx",
}


def pins(path):
    """name (lower case) → pinned version of a requirements file."""
    return {name.lower(): version for name, version in PIN.findall(path.read_text())}


def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def odoo_conf(name):
    parser = configparser.ConfigParser()
    parser.read(ROOT / "config" / "production" / "odoo" / name)
    return parser["options"]


def command(service):
    """The service's command line as one string (list or string form)."""
    value = service.get("command", "")
    return value if isinstance(value, str) else " ".join(value)


def test_dockerfile_installs_pinned_packages_at_build_time():
    """The image is odoo:18.0 plus the extra packages, installed by a RUN
    step from config/docker-requirements.txt; every package of that list is
    pinned, at the version requirements.txt pins when it lists it."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM odoo:18\.0$", dockerfile, re.M)
    assert "COPY config/docker-requirements.txt" in dockerfile
    assert re.search(r"RUN pip3 install [^\n]*--no-cache-dir", dockerfile)
    extra_path = ROOT / "config" / "docker-requirements.txt"
    lines = [
        line.strip()
        for line in extra_path.read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    extra = pins(extra_path)
    assert len(extra) == len(lines), "every extra package is pinned with =="
    assert {"pyhanko", "pyhanko-certvalidator", "cryptography"} <= set(extra)
    main = pins(ROOT / "requirements.txt")
    differ = {
        name: (version, main[name])
        for name, version in extra.items()
        if name in main and main[name] != version
    }
    assert not differ, f"docker-requirements.txt and requirements.txt differ: {differ}"
    assert "COPY --chown=odoo:odoo addons /opt/party/addons" in dockerfile


def test_no_install_at_start():
    """No service installs Python packages when it starts any more."""
    for name, service in compose()["services"].items():
        assert "pip" not in command(service), name


def test_demo_profile_is_the_default():
    """`docker compose up` alone runs the demo: .env selects the demo
    profile, and the demo's Odoo uses the built image."""
    services = compose()["services"]
    env = (ROOT / ".env").read_text()
    assert re.search(r"^COMPOSE_PROFILES=demo$", env, re.M)
    demo = {name for name, s in services.items() if "demo" in s.get("profiles", [])}
    assert demo == {"db", "odoo"}
    assert services["odoo"]["build"] == "."
    assert services["odoo"]["ports"] == ["8069:8069"]
    # Every service belongs to a profile: the two never start together.
    assert all(s.get("profiles") for s in services.values())


def test_production_profile_services():
    """Primary, replica, PgBouncer, web workers, cron worker, proxy."""
    services = compose()["services"]
    production = {
        name for name, s in services.items() if "production" in s.get("profiles", [])
    }
    assert production == PRODUCTION
    primary = command(services["db-primary"])
    assert "wal_level=replica" in primary
    assert "max_wal_senders" in primary
    assert any(
        "docker-entrypoint-initdb.d" in volume
        for volume in services["db-primary"]["volumes"]
    )
    replica = services["db-replica"]
    assert replica["entrypoint"] == ["/usr/local/bin/replica-entrypoint.sh"]
    assert "hot_standby=on" in command(replica)
    web = command(services["odoo-web"])
    assert re.search(r"--workers=\$\{ODOO_WORKERS:-\d+\}", web)
    assert "--max-cron-threads=0" in web
    assert "odoo-web.conf" in web
    cron = command(services["odoo-cron"])
    assert "--no-http" in cron
    assert "--workers=0" in cron
    assert "--max-cron-threads=1" in cron
    assert "odoo-cron.conf" in cron
    for name in ("odoo-web", "odoo-cron"):
        depends = services[name]["depends_on"]
        assert depends["odoo-init"]["condition"] == "service_completed_successfully"
        assert services[name]["image"] == "party-work-suite:18.0"


def test_replica_is_made_by_pg_basebackup():
    """The replica copies the primary once with pg_basebackup -R (standby
    configuration written by PostgreSQL itself), over a replication slot."""
    script = (ROOT / "config/production/postgres/replica-entrypoint.sh").read_text()
    assert re.search(r"pg_basebackup [^\n]*\\\n[^\n]*-R -X stream -C -S", script)
    assert "exec docker-entrypoint.sh" in script
    init = (ROOT / "config/production/postgres/primary-init.sh").read_text()
    assert "WITH REPLICATION LOGIN" in init
    assert "host replication replicator" in init


def test_odoo_configs():
    """Web workers reach the primary through PgBouncer and read from the
    replica; the cron worker talks to the primary straight (LISTEN)."""
    web = odoo_conf("odoo-web.conf")
    assert (web["db_host"], web["db_port"]) == ("pgbouncer", "6432")
    assert (web["db_replica_host"], web["db_replica_port"]) == ("db-replica", "5432")
    assert web["max_cron_threads"] == "0"
    assert web["proxy_mode"] == "True"
    assert web["list_db"] == "False"
    cron = odoo_conf("odoo-cron.conf")
    assert (cron["db_host"], cron["db_port"]) == ("db-primary", "5432")
    assert cron["http_enable"] == "False"
    assert (cron["workers"], cron["max_cron_threads"]) == ("0", "1")
    for conf in (web, cron):
        assert "db_password" not in conf  # from PGPASSWORD
        assert conf["addons_path"].startswith("/opt/party/addons,")


def test_pgbouncer_transaction_mode():
    """The party database is pooled per transaction, the "postgres" one
    (Odoo's LISTEN/NOTIFY) per session."""
    parser = configparser.ConfigParser()
    parser.read(ROOT / "config/production/pgbouncer/pgbouncer.ini")
    assert parser["pgbouncer"]["pool_mode"] == "transaction"
    assert "pool_mode=transaction" in parser["databases"]["party"]
    assert "pool_mode=session" in parser["databases"]["postgres"]
    assert parser["pgbouncer"]["listen_port"] == "6432"
