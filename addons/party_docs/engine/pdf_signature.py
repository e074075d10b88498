# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""PAdES signing and verification of PDF files with pyHanko (no Odoo import).

Results of ``verify_pdf``: ``unsigned``, ``valid`` (every signature is
cryptographically sound, covers the whole file and chains to a trusted
certificate), ``untrusted`` (sound and intact, but the signer's certificate
is not among the trusted ones), ``modified`` (the file changed after
signing) or ``invalid`` (a broken signature or an unreadable file).

The visible stamp is drawn by reportlab in a Unicode TrueType font (DejaVu
Sans from Debian's ``fonts-dejavu-core``) so Vietnamese diacritics survive,
and placed as the appearance of the signature field. Without the font the
stamp falls back to Helvetica with the letters folded to ASCII.
"""

import binascii
import contextlib
import datetime
import hashlib
import io
import logging
import os
import unicodedata
import uuid

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.content import ImportedPdfPage
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import get_pyca_cryptography_hash
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

# pyHanko logs every untrusted chain and suspicious revision with a
# traceback; the outcome is returned in the details instead.
QUIET_LOGGERS = ("pyhanko", "pyhanko_certvalidator")

STATUS_UNSIGNED = "unsigned"
STATUS_VALID = "valid"
STATUS_UNTRUSTED = "untrusted"
STATUS_MODIFIED = "modified"
STATUS_INVALID = "invalid"


STAMP_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
STAMP_FONT_NAME = "PartyStampDejaVu"
STAMP_BOX = (330, 40, 570, 120)  # lower right corner of the last page


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


class _LoadedKeySigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner parses its private key on every signature
    (twice a PDF: size estimate and signature, ~80 ms each for RSA); this
    one keeps the parsed key, so a batch signs at the speed of RSA."""

    def __init__(self, private_key, **kwargs):
        super().__init__(**kwargs)
        self._private_key = private_key

    def sign_raw(self, data, digest_algorithm):
        mechanism = self.get_signature_mechanism_for_digest(
            digest_algorithm
        ).signature_algo
        if mechanism == "rsassa_pkcs1v15" and isinstance(
            self._private_key, rsa.RSAPrivateKey
        ):
            return self._private_key.sign(
                data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm)
            )
        return super().sign_raw(data, digest_algorithm)


def make_signer(pkcs12_data, password):
    """A pyHanko signer for the key and certificate of a PKCS#12 file; build
    it once and pass it to ``sign_pdf`` for each file of a batch."""
    key, cert, extra = load_pkcs12(pkcs12_data, password)
    der = serialization.Encoding.DER
    signing_cert = asn1_x509.Certificate.load(cert.public_bytes(der))
    signing_key = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(
            der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    others = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in extra]
    return _LoadedKeySigner(
        key,
        signing_cert=signing_cert,
        signing_key=signing_key,
        cert_registry=SimpleCertificateStore.from_certs([signing_cert, *others]),
    )


class _BytesPdfPage(ImportedPdfPage):
    """A page of a PDF held in memory (pyHanko's own class opens a file)."""

    def __init__(self, pdf_bytes, page_ix=0):
        self.pdf_bytes = pdf_bytes
        super().__init__(None, page_ix=page_ix)

    def render(self):
        xobj = self._ensure_writer.import_page_as_xobject(
            PdfFileReader(io.BytesIO(self.pdf_bytes)), page_ix=self.page_ix
        )
        resource_name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
        self.resources.xobject[resource_name.decode("ascii")] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return resource_name + b" Do"


def _stamp_font(font_path):
    """The registered reportlab font name for ``font_path``, or None when
    the file is missing or unreadable (the stamp then folds to ASCII)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    if not font_path or not os.path.exists(font_path):
        return None
    name = f"{STAMP_FONT_NAME}-{sha256(font_path.encode())[:8]}"
    try:
        pdfmetrics.getFont(name)
    except KeyError:
        try:
            pdfmetrics.registerFont(TTFont(name, font_path))
        except TTFError:
            return None
    return name


def stamp_pdf(lines, font_path=STAMP_FONT, box=STAMP_BOX):
    """A one-page PDF of the size of ``box`` with ``lines`` in a frame: the
    appearance of the visible signature."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    width, height = box[2] - box[0], box[3] - box[1]
    font = _stamp_font(font_path)
    if not font:
        font = "Helvetica"
        lines = [ascii_fold(line) for line in lines]
    lines = [line for line in lines if line]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    pdf.setLineWidth(1)
    pdf.rect(0.5, 0.5, width - 1, height - 1)
    size = 8.0
    for line in lines:  # shrink to fit the widest line
        while size > 5 and pdfmetrics.stringWidth(line, font, size) > width - 8:
            size -= 0.5
    leading = min(size * 1.25, (height - 6) / max(len(lines), 1))
    y = height - 4 - size
    for line in lines:
        pdf.setFont(font, size)
        pdf.drawString(4, y, line)
        y -= leading
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def sign_pdf(
    pdf_bytes,
    pkcs12_data,
    password,
    stamp_lines,
    field_name="PartySignature",
    font_path=STAMP_FONT,
    signer=None,
):
    """Sign ``pdf_bytes`` with a visible stamp on the last page; return the
    signed PDF. ``stamp_lines`` are printed as they are (Unicode). ``signer``
    (from ``make_signer``) saves reading the PKCS#12 file again."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
    fields.append_signature_field(
        writer,
        fields.SigFieldSpec(field_name, on_page=-1, box=STAMP_BOX),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, reason="Ban hanh van ban"
    )
    stamp = StaticStampStyle(
        background=_BytesPdfPage(stamp_pdf(stamp_lines, font_path)),
        border_width=0,
    )
    pdf_signer = signers.PdfSigner(
        meta,
        signer=signer or make_signer(pkcs12_data, password),
        stamp_style=stamp,
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
        elif not status.trusted and result == STATUS_VALID:
            result = STATUS_UNTRUSTED
    return result, "\n".join(details)


def public_certificate_der(pkcs12_data, password):
    """The DER bytes of the certificate in a PKCS#12 file (a trust root)."""
    _key, cert, _extra = load_pkcs12(pkcs12_data, password)
    return cert.public_bytes(serialization.Encoding.DER)


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
