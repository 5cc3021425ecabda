"""Target identifiers in one canonical form (one person, one pseudonym)."""

from __future__ import annotations

import pytest

from enduse.errors import InvalidInputError
from enduse.gate.targets import canonical_identifier


@pytest.mark.parametrize(
    ("raw", "region", "canonical"),
    [
        ("+5215512345678", "MX", "+5215512345678"),  # kept as given when international
        ("+52 55 1234 5678", None, "+525512345678"),
        ("tel:+52-55-1234-5678", None, "+525512345678"),
        ("0052 55 1234 5678", None, "+525512345678"),
        ("55 1234 5678", "MX", "+525512345678"),  # national form read in the country
        ("(020) 7946 0958", "GB", "+442079460958"),
        ("email: Ana.Perez@Example.ORG ", None, "email:ana.perez@example.org"),
        ("Ana.Perez@Example.ORG", None, "email:ana.perez@example.org"),
        ("EMAIL:x@y.mx", None, "email:x@y.mx"),
        ("device: IMEI-35-209900-176148-1 ", None, "device:imei-35-209900-176148-1"),
        ("DEVICE:ABC", None, "device:abc"),
    ],
)
def test_identifiers_are_normalised(raw, region, canonical):
    assert canonical_identifier(raw, region=region) == canonical


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("hello", "MX"),
        ("12", "MX"),
        ("email:nobody", None),
        ("email:a b@c.d", None),
        ("device:", None),
        ("device:two words", None),
        ("5512345678", None),  # national form with no country to read it in
    ],
)
def test_other_identifiers_are_refused_naming_the_field(raw, region):
    with pytest.raises(InvalidInputError) as exc:
        canonical_identifier(raw, region=region)
    assert exc.value.field == "target.identifier"
