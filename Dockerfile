# Party Work Suite on the official Odoo 18 image (Ubuntu 24.04, Python 3.12).
#   docker build -t party-work-suite:18.0 .
# The image already carries Odoo's own Python dependencies as Ubuntu
# packages; the few the party addons need beyond them are installed here,
# once, at build time, at the versions requirements.txt pins
# (config/docker-requirements.txt lists them; tests/test_deployment.py
# checks that both files agree and that this file installs that list).
FROM odoo:18.0

USER root
COPY config/docker-requirements.txt /tmp/party-requirements.txt
# cryptography and pyOpenSSL replace Ubuntu's older copies: installed beside
# them (pip cannot uninstall a Debian package), then the rest as usual.
RUN pip3 install --no-cache-dir --break-system-packages --ignore-installed --no-deps \
        $(grep -E '^(cryptography|pyopenssl)==' /tmp/party-requirements.txt) \
    && pip3 install --no-cache-dir --break-system-packages \
        -r /tmp/party-requirements.txt \
    && rm /tmp/party-requirements.txt

# The addons live in the image, outside the image's /mnt/extra-addons volume.
COPY --chown=odoo:odoo addons /opt/party/addons
COPY --chown=odoo:odoo scripts/demo_finish.py /opt/party/demo_finish.py
COPY --chown=odoo:odoo config/odoo-docker.conf config/production/odoo/ /etc/odoo/

USER odoo
