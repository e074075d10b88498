# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""PAdES signing and verification of PDF files with pyHanko (no Odoo import).

Results of ``verify_pdf``: ``unsigned``, ``valid`` (every signature is
cryptographically sound and covers the whole file), ``modified`` (the file
changed after signing) or ``invalid`` (a broken signature or an unreadable
file). Trust in the signer's certificate is reported apart in the details.
"""

import contextlib
import datetime
import hashlib
import io
import logging
import unicodedata

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

# pyHanko logs every untrusted chain and suspicious revision with a
# traceback; the outcome is returned in the details instead.
QUIET_LOGGERS = ("pyhanko", "pyhanko_certvalidator")

STATUS_UNSIGNED = "unsigned"
STATUS_VALID = "valid"
STATUS_MODIFIED = "modified"
STATUS_INVALID = "invalid"


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def ascii_fold(text):
    """Stamp fonts are Latin-1: fold Vietnamese to plain letters.

    >>> ascii_fold("Đảng ủy Tổng công ty")
    'Dang uy Tong cong ty'
    """
    text = (text or "").replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def load_pkcs12(data, password):
    """Return (private key, certificate, extra certificates); ValueError on a
    wrong password or a file without key and certificate."""
    key, cert, extra = pkcs12.load_key_and_certificates(
        data, password.encode() if password else None
    )
    if key is None or cert is None:
        raise ValueError("The PKCS#12 file holds no key and certificate")
    return key, cert, extra or []


def certificate_info(data, password):
    """Subject common name and validity of a PKCS#12 file."""
    _key, cert, _extra = load_pkcs12(data, password)
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return {
        "subject": names[0].value if names else cert.subject.rfc4514_string(),
        "not_before": cert.not_valid_before_utc.date(),
        "not_after": cert.not_valid_after_utc.date(),
        "serial": format(cert.serial_number, "x"),
    }


def _signer(data, password):
    key, cert, extra = load_pkcs12(data, password)
    der = serialization.Encoding.DER
    signing_cert = asn1_x509.Certificate.load(cert.public_bytes(der))
    signing_key = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(
            der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    others = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in extra]
    return signers.SimpleSigner(
        signing_cert=signing_cert,
        signing_key=signing_key,
        cert_registry=SimpleCertificateStore.from_certs([signing_cert, *others]),
    )


def sign_pdf(
    pdf_bytes, pkcs12_data, password, stamp_lines, field_name="PartySignature"
):
    """Sign ``pdf_bytes`` with a visible stamp on the last page; return the signed PDF."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    page = -1
    fields.append_signature_field(
        writer,
        fields.SigFieldSpec(field_name, on_page=page, box=(330, 40, 570, 120)),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, reason="Ban hanh van ban"
    )
    stamp = TextStampStyle(
        stamp_text="\n".join(ascii_fold(line) for line in stamp_lines) + "\n%(ts)s",
        border_width=1,
    )
    pdf_signer = signers.PdfSigner(
        meta, signer=_signer(pkcs12_data, password), stamp_style=stamp
    )
    out = io.BytesIO()
    with _quiet_pyhanko():
        pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


@contextlib.contextmanager
def _quiet_pyhanko():
    loggers = [logging.getLogger(name) for name in QUIET_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def verify_pdf(pdf_bytes, trust_roots=()):
    """Return (status, details) for the signatures of ``pdf_bytes``."""
    with _quiet_pyhanko():
        return _verify_pdf(pdf_bytes, trust_roots)


def _verify_pdf(pdf_bytes, trust_roots):
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # any parse error means an unreadable file
        return STATUS_INVALID, f"Unreadable PDF: {exc}"
    if not signatures:
        return STATUS_UNSIGNED, "No signature"
    roots = [asn1_x509.Certificate.load(c) for c in trust_roots]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    result = STATUS_VALID
    details = []
    for sig in signatures:
        try:
            status = validate_pdf_signature(sig, context)
        except (SignatureValidationError, ValueError) as exc:
            return STATUS_INVALID, f"{sig.field_name}: {exc}"
        signer = (
            status.signing_cert.subject.human_friendly if status.signing_cert else "?"
        )
        details.append(
            f"{sig.field_name}: {signer}; intact={status.intact}; "
            f"valid={status.valid}; trusted={status.trusted}; "
            f"coverage={status.coverage.name}"
        )
        if not status.intact:
            result = STATUS_MODIFIED
        elif not status.valid:
            return STATUS_INVALID, "\n".join(details)
        elif status.coverage.name != "ENTIRE_FILE" and (
            status.modification_level is None
            or status.modification_level.name not in ("NONE", "LTA_UPDATES")
        ):
            result = STATUS_MODIFIED
    return result, "\n".join(details)


def make_self_signed_pkcs12(common_name, password, days=365):
    """A self-signed certificate and key as PKCS#12 (tests and demo data)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        common_name.encode(),
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(password.encode()),
    )
