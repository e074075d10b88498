# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Encrypt small secrets (certificate passwords) with a key kept outside the
database, so that neither the ORM nor a database backup yields them.

>>> box = secret_box_from_passphrase("not-in-the-database")
>>> token = encrypt(box, "mat-khau")
>>> token != "mat-khau" and decrypt(box, token)
'mat-khau'
>>> decrypt(secret_box_from_passphrase("another key"), token) is None
True
"""

import base64
import hashlib
import os

from cryptography.fernet import Fernet, InvalidToken


def secret_box_from_passphrase(passphrase):
    """A Fernet box whose key is derived from ``passphrase`` (any string,
    e.g. the ``party_signing_key`` option of odoo.conf)."""
    digest = hashlib.sha256(passphrase.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def secret_box_from_key_file(path):
    """A Fernet box with the key stored in ``path``; the file is created with
    mode 0600 (owner only) and a random key the first time."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "wb") as key_file:
            key_file.write(Fernet.generate_key())
    with open(path, "rb") as key_file:
        return Fernet(key_file.read().strip())


def encrypt(box, text):
    """Ciphertext (str) of ``text``."""
    return box.encrypt(text.encode()).decode()


def decrypt(box, token):
    """Plain text of ``token``, or None when the key does not open it."""
    try:
        return box.decrypt(token.encode()).decode()
    except (InvalidToken, ValueError):
        return None
