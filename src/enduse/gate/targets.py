"""Target identifiers in one canonical form, so one person is one pseudonym.

- phone numbers → E.164 (``+5215512345678``) with ``phonenumbers``; ``tel:`` and visual
  separators are dropped; a national number is read in the target's ``location_country``
  and must be a possible number there;
- ``email:ADDR`` (or a bare address) → ``email:`` + the address trimmed and lower-cased;
- ``device:ID`` → ``device:`` + the id trimmed and lower-cased.

The canonical form is what the registry hashes, what the log pseudonymises and what the
request record keeps. The screening registry's phone fast path and this one agree on E.164.
"""

from __future__ import annotations

import re

import phonenumbers

from enduse.errors import InvalidInputError

_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
_SEPARATORS = re.compile(r"[\s().\-/]")
_EMAIL = re.compile(r"^[^@\s:]+@[^@\s]+\.[^@\s]+$")
_DEVICE = re.compile(r"^[^\s]{1,200}$")
FIELD = "target.identifier"


def canonical_identifier(raw: str, *, region: str | None = None) -> str:
    """The canonical form of a target identifier; ``InvalidInputError`` naming
    ``target.identifier`` when it is none of phone, ``email:``, ``device:``."""
    text = raw.strip()
    lower = text.lower()
    if lower.startswith("email:") or ("@" in text and not lower.startswith("device:")):
        addr = (text.split(":", 1)[1] if lower.startswith("email:") else text).strip()
        if not _EMAIL.match(addr):
            raise InvalidInputError(
                f"{raw!r} is not an e-mail address ('email:name@example.org')",
                field=FIELD,
            )
        return f"email:{addr.lower()}"
    if lower.startswith("device:"):
        ident = text.split(":", 1)[1].strip().lower()
        if not _DEVICE.match(ident):
            raise InvalidInputError(
                "a device identifier is 'device:' and up to 200 characters without spaces",
                field=FIELD,
            )
        return f"device:{ident}"
    return _phone(text, raw, region)


def _phone(text: str, raw: str, region: str | None) -> str:
    if text.lower().startswith("tel:"):
        text = text[4:]
    compact = _SEPARATORS.sub("", text)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    international = compact.startswith("+")
    try:
        number = phonenumbers.parse(compact, None if international else region)
    except phonenumbers.NumberParseException:
        raise InvalidInputError(
            f"{raw!r} is not a phone number ('+5215512345678'), 'email:...' or 'device:...'",
            field=FIELD,
        ) from None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not _E164.match(e164) or (
        not international and not phonenumbers.is_possible_number(number)
    ):
        raise InvalidInputError(
            f"{raw!r} is not a possible phone number"
            + (f" in {region}" if region and not international else "")
            + "; give it in international form ('+52...')",
            field=FIELD,
        )
    return e164
