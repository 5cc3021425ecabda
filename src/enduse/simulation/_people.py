"""Simulated buyers' countries and the people their taskings name."""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers

# Buying states for the simulation (ISO 3166-1 alpha-2) and the language their officers write.
COUNTRIES: dict[str, str] = {
    "MX": "es",
    "CO": "es",
    "PE": "es",
    "IN": "en",
    "KE": "en",
    "PH": "en",
    "GH": "en",
    "TH": "en",
    "SN": "fr",
    "CI": "fr",
    "MA": "fr",
    "ID": "en",
}
# Where people live abroad: exiles and cross-border suspects.
ABROAD = ("ES", "FR", "GB", "US", "DE", "NL", "CA", "ZA", "AE", "BE")

AGENCIES = (
    ("Serious Crime Directorate", "police"),
    ("Office of the Attorney General", "prosecution"),
    ("National Anti-Kidnapping Unit", "police"),
    ("Counter-Narcotics Command", "police"),
    ("National Intelligence Service", "intelligence"),
    ("Financial Crimes Prosecutor", "prosecution"),
)

PROFESSIONS = (
    "unknown",
    "trader",
    "driver",
    "mechanic",
    "accountant",
    "shop owner",
    "farmer",
    "unemployed",
    "construction worker",
)
CRITIC_PROFESSIONS = ("blogger", "activist", "community organiser", "student", "writer")
BENIGN_ROLES = ("politician", "lawyer")  # the odd corruption or money-laundering case
CRITIC_ROLES = ("journalist", "human_rights_defender", "politician", "lawyer")
_ROLE_PROFESSION = {
    "journalist": "journalist",
    "human_rights_defender": "human rights defender",
    "politician": "opposition politician",
    "lawyer": "lawyer",
}


@dataclass(frozen=True)
class Person:
    identifier: str
    location_country: str
    nationality: str
    profession: str
    registry_match: str | None = None
    template: int = 0  # index into the buyer's template list (their case)

    def target(self) -> dict[str, object]:
        return {
            "identifier": self.identifier,
            "location_country": self.location_country,
            "nationality": self.nationality,
            "profession": self.profession,
            "registry_match": self.registry_match,
        }


class Phones:
    """Unique, well-formed mobile numbers per region, from libphonenumber's example numbers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self._examples: dict[str, str] = {}

    def _example(self, region: str) -> str:
        if region not in self._examples:
            number = phonenumbers.example_number_for_type(
                region, phonenumbers.PhoneNumberType.MOBILE
            )
            if number is None:
                number = phonenumbers.example_number(region)
            if number is None:
                raise ValueError(f"no example phone number for {region}")
            self._examples[region] = phonenumbers.format_number(
                number, phonenumbers.PhoneNumberFormat.E164
            )
        return self._examples[region]

    def new(self, region: str) -> str:
        example = self._example(region)
        keep = max(4, len(example) - 5)
        while True:
            tail = "".join(
                str(self.rng.randrange(10)) for _ in range(len(example) - keep)
            )
            number = example[:keep] + tail
            if number not in self.used:
                self.used.add(number)
                return number


def new_identifier(rng: random.Random, phones: Phones, region: str) -> str:
    if rng.random() < 0.05:
        return f"device:{rng.getrandbits(64):016x}"
    return phones.new(region)


def ordinary_person(
    rng: random.Random, phones: Phones, home: str, templates: int
) -> Person:
    """A suspect of a benign buyer: mostly at home; a few abroad (fugitives, cross-border
    gangs); very rarely a registry match (a politician or lawyer in a corruption case)."""
    roll = rng.random()
    if roll < 0.02:
        location, nationality = home, home
    elif roll < 0.04:  # an own national abroad (fugitive)
        location, nationality = rng.choice(ABROAD), home
    elif roll < 0.06:  # a foreign member of a cross-border network, abroad
        location = rng.choice(ABROAD)
        nationality = location
    elif roll < 0.09:  # a foreigner in the country
        location, nationality = home, rng.choice(ABROAD)
    else:
        location, nationality = home, home
    registry = None
    profession = rng.choice(PROFESSIONS)
    if location == home and rng.random() < 0.007:
        registry = rng.choice(BENIGN_ROLES)
        profession = _ROLE_PROFESSION[registry]
    return Person(
        new_identifier(rng, phones, location),
        location,
        nationality,
        profession,
        registry,
        rng.randrange(templates),
    )


def critic(rng: random.Random, phones: Phones, home: str) -> Person:
    """Whom a drifting buyer turns to: journalists and defenders at home, exiles abroad (with
    or without a registry entry)."""
    roll = rng.random()
    if roll < 0.3:
        role = rng.choice(CRITIC_ROLES)
        return Person(phones.new(home), home, home, _ROLE_PROFESSION[role], role)
    abroad = rng.choice(ABROAD)
    if roll < 0.65:
        role = rng.choice(CRITIC_ROLES)
        return Person(phones.new(abroad), abroad, home, _ROLE_PROFESSION[role], role)
    return Person(phones.new(abroad), abroad, home, rng.choice(CRITIC_PROFESSIONS))


def activist(rng: random.Random, phones: Phones, home: str) -> Person:
    """Whom a launderer targets: an activist at home with no registry entry."""
    return Person(phones.new(home), home, home, rng.choice(CRITIC_PROFESSIONS))
