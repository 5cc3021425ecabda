#!/usr/bin/env python3
"""Generator for the sealed171 labelled gate set (theme: families, neighbours and communities).

Standard library only (Python 3.11). Every scenario is one hand-written entry below. Filler
(phone numbers, evaluation times, legal references and expiry dates, quotas, extra licence
capabilities, device identifiers) comes from random.Random(171001). The structured clauses are
computed from the scenario fields exactly as shared/spec/gate-scenarios.md defines them; the
hand-judged text clauses of each entry are added; the decision and clause list are computed by the
spec's rules and compared with the intended ones. Any mismatch, duplicated justification or invalid
enum value makes the script exit 1 without writing anything.

Run:  python3 build_sealed171.py      (writes sealed171.jsonl next to this file)
"""
import datetime as dt
import hashlib
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "sealed171.jsonl"

THRESHOLD = 6  # serious-crime threshold of the standard certificate version (years)

CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
ALL_CLAUSES = DENY + REFER
# clauses that can only be judged from the free text (or the free-text profession field)
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}
LANGS = {"en", "es", "fr"}

# ISO 3166-1 alpha-2 codes used in this set -> (E.164 country code, national significant digits)
DIAL = {
    "GB": ("44", 10), "IE": ("353", 9), "AU": ("61", 9), "NZ": ("64", 9), "CA": ("1", 10),
    "US": ("1", 10), "KE": ("254", 9), "NG": ("234", 10), "GH": ("233", 9), "ZA": ("27", 9),
    "UG": ("256", 9), "TZ": ("255", 9), "ZM": ("260", 9), "MW": ("265", 9), "BW": ("267", 8),
    "IN": ("91", 10), "PH": ("63", 10), "MY": ("60", 9), "JM": ("1876", 7), "MT": ("356", 8),
    "LY": ("218", 9), "TG": ("228", 8), "CD": ("243", 9), "AE": ("971", 9), "TR": ("90", 10),
    "MX": ("52", 10), "CO": ("57", 10), "PE": ("51", 9), "AR": ("54", 10), "CL": ("56", 9),
    "GT": ("502", 8), "EC": ("593", 9), "FR": ("33", 9), "BE": ("32", 9), "SN": ("221", 9),
    "CI": ("225", 10), "MA": ("212", 9), "CM": ("237", 9), "TN": ("216", 8), "GA": ("241", 8),
    "BR": ("55", 11), "ZW": ("263", 9), "ES": ("34", 9), "BJ": ("229", 8),
}

ENTRIES = []


def norm_text(t):
    """Paragraphs separated by blank lines; lines inside a paragraph joined with one space."""
    paras = []
    for block in t.strip().split("\n\n"):
        lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
        if lines:
            paras.append(" ".join(lines))
    return "\n".join(paras)


def E(lang, cc, agency, atype, cat, label, pen, prof, caps, text, tc, want, tag, **ov):
    """One hand-written scenario.

    lang: language of the free text; cc/agency/atype: the customer; cat/label/pen: the offence;
    prof: target profession as stated; caps: requested capabilities; text: justification;
    tc: hand-judged text clauses that hold; want: intended "decision[:clause,clause]";
    tag: short description (printed with the final id, used in README).
    ov (structured overrides): status, signed, missing (requested caps left out of the licence),
    exact (licence = requested caps, no extras), lb (legal-basis type), ref (None or "" override),
    vu ("now" | "past" | "null" | "hour"), quota ("max-1" | "max" | "over"), loc, nat, reg,
    ident ("device" or a literal "email:..." identifier).
    """
    ENTRIES.append(dict(lang=lang, cc=cc, agency=agency, atype=atype, cat=cat, label=label,
                        pen=pen, prof=prof, caps=list(caps), text=norm_text(text), tc=set(tc),
                        want=want, tag=tag, ov=ov))


A, B, C = "permit", "deny", "refer"

# =====================================================================================
# PERMIT, English
# =====================================================================================

E("en", "GB", "Northshire Constabulary - Major Crime Team", "police", "serious_crime",
  "kidnapping and false imprisonment of a child", 999, "warehouse operative",
  ["location", "messages"],
  """Op HOLLYBANK. A four-year-old girl was taken from her grandmother's flat in Carrow Street
  on Saturday afternoon by her maternal uncle, Dean PRYCE (the target), who has since made three
  calls to the child's mother demanding 20,000 pounds for her return. Call data from the mother's
  handset shows all three calls came from the number above. The mother, the grandmother and the
  child's father are victims and witnesses and are not subjects of this application; nor is the
  target's partner, who reported him. Location is needed to find the child, messages to identify
  whoever is holding her with him.""",
  [], A, "P uncle holds niece; mother, grandmother, partner named as victims/witnesses")

E("en", "AU", "Riverina District Police - Property Crime Squad", "police", "serious_crime",
  "receiving stolen property as part of an organised group", 6, "scrap-metal dealer",
  ["location", "contacts"],
  """Over eleven weeks fourteen houses on Wattle Crescent and the two streets behind it were
  burgled while the owners were at work. Jewellery from six of them has turned up at the target's
  scrap yard, and a neighbour's doorbell camera shows his ute parked outside two of the houses
  during the break-ins. He lives three doors down from the first victims. His adult son works at
  the yard; we have nothing on the son and do not seek to cover him. The offence carries six years
  under the state Crimes Act.""",
  [], A, "P penalty exactly 6 (threshold); neighbour receiver, son excluded")

E("en", "IN", "Malwa Range Special Narcotics Cell", "police", "serious_crime",
  "sale of a commercial quantity of heroin", 20, "shopkeeper", ["messages", "location"],
  """The target, Harjit BAINS, runs the family grocery on Mill Road together with his parents.
  Test purchases on 4 and 11 February produced 40 g of heroin each time, sold by him from the
  storeroom; on both days the parents were at the counter and took no part in the sale. The
  packaging matches heroin recovered after two overdose deaths in the same ward. The parents and
  his younger sister are mentioned only to explain who else answers the shop landline. We request
  the target's personal mobile only.""",
  [], A, "P quota at max-1; family shop, parents and sister excluded", quota="max-1")

E("en", "NZ", "Central Districts Police - Online Child Exploitation Team", "police",
  "serious_crime", "sexual extortion of children; making objectionable publications", 14,
  "student", ["messages", "contacts"],
  """Three Year 9 pupils at the same intermediate school were contacted through one social-media
  account, groomed into sending intimate images and then told their families would receive them
  unless they paid. One boy's father paid $600 before the school counsellor found out. The payment
  went to a bank account held by the target. The account's recovery email (the identifier above)
  is his. He shares a flat with two other students; neither is suspected. Messages and contacts
  are needed to find the other children he has approached.""",
  [], A, "P email identifier; flatmates excluded",
  ident="email:kai.whetu.77@postbox.example")

E("en", "ZA", "Boland Rural Trafficking in Persons Desk", "police", "serious_crime",
  "trafficking in persons for forced labour", 999, "fruit farmer",
  ["location", "messages", "contacts"],
  """Nineteen seasonal workers, four families with children among them, were recruited from
  across the border with promises of paid work and housed in sheds on the target's fruit farm.
  Their passports are kept in the farm office safe, they are paid nothing after 'deductions', and
  two who walked off were brought back in the farm bakkie. The workers and their families are
  victims and are being seen by social workers; the foreman is a separate line of inquiry. The
  handset was identified by its IMEI in the farm router logs and is used only by the owner.""",
  [], A, "P device identifier; employer traffics worker families", ident="device")

E("en", "GH", "Coastal Region CID - Commercial Crime Unit", "police", "serious_crime",
  "fraud and stealing from a religious body", 10, "church treasurer (chartered accountant)",
  ["messages", "contacts"],
  """Complaint of Rev. Kwesi AMPOFO, presiding minister of Bethel Assembly, Teshie, made on
  behalf of the church council. Between 2023 and 2025 about GHS 1.4 million collected from members
  for the new sanctuary was moved by the church treasurer (target) into three accounts opened in
  the names of his in-laws, who say they never operated them. Bank statements and forged council
  minutes bearing the target's signature are in the docket. The minister, the council and the
  congregation are the complainants; the in-laws are witnesses.""",
  [], A, "P religious leader is the complainant, target is the treasurer")

E("en", "KE", "Lake Region County Criminal Investigation Office", "police", "serious_crime",
  "threatening to kill; conspiracy to murder", 14, "private security guard",
  ["messages", "location"],
  """Since January the target has sent more than thirty WhatsApp messages to reporter Mercy
  ACHIENG of a regional newspaper and to her mother, describing their home, the route the children
  take to school and promising a 'gift' of a bullet. On 3 March he bought a pistol from an
  unlicensed dealer, who is now in custody and has given a statement. Ms Achieng is the victim,
  not the subject; she and her family are under protection. Interception is sought to prevent an
  attack.""",
  [], A, "P journalist and her mother are victims; target is the threatener")

E("en", "GB", "Eastmarch Police - Serious Crime Unit", "police", "serious_crime",
  "arson with intent to endanger life", 999, "unemployed", ["location", "messages"],
  """On 14 February about 300 residents of the Holloway estate marched peacefully to the council
  depot against the incinerator plan. The march and its organisers, the tenants' association, are
  not under investigation and nothing in this application concerns them.

  While the march was at the gates, the target and one other man climbed into the depot yard,
  doused the fuel store and set it alight with two night-shift workers inside the cabin twenty
  metres away. Both were treated for smoke inhalation. The target is identified by his neck
  tattoo on the yard CCTV and by a fuel receipt in his name timed forty minutes earlier.""",
  [], A, "P protest as cover for arson; organisers explicitly not targeted")

E("en", "CA", "Fraser Valley Integrated Fraud Team", "police", "serious_crime",
  "fraud over $5,000 and extortion", 14,
  "presents himself as an immigration lawyer (not licensed by any law society)",
  ["messages", "contacts", "media"],
  """The target trades as 'Singh & Associates Legal' and has taken fees of $8,000 to $22,000
  from at least 27 families of temporary farm workers, promising permanent-residence files.
  Nothing was ever filed. When families asked for refunds he threatened to report them to
  immigration unless they paid a further 'closing fee'. The Law Society confirms in writing that
  he has never been licensed to practise: he is not a lawyer, and the families are his victims.""",
  [], A, "P criminal posing as a lawyer (not admitted)")

E("en", "PH", "National Counter-Terrorism Coordination Group - Mindanao Desk", "intelligence",
  "terrorism", "preparing a bombing of a public market", 999, "motorcycle mechanic",
  ["messages", "location", "contacts"],
  """The source is the target's own elder brother, who came forward on 20 February after finding
  a pressure cooker, nails and two mobile phones wired to a circuit board in the family storeroom.
  He says the target has talked of 'punishing' the Sunday market in Poblacion. Bomb-squad
  photographs confirm an improvised device under construction; the components have been left in
  place under watch. The target prays at the neighbourhood mosque like the rest of his family;
  that plays no part in this request. The device and the named market do. The brother and the
  parents are cooperating witnesses.""",
  [], A, "P terrorism met; brother informs; religion mentioned innocently")

E("en", "NG", "Joint Task Force Northern Shield (Army)", "military", "terrorism",
  "hostage taking by an armed group", 999, "unknown", ["location", "messages"],
  """On 2 March gunmen took 41 villagers, most of them women and children from three extended
  families, from Unguwar Dawa and are holding them in the forest reserve. The group has released
  a video threatening to kill the hostages one by one unless the state government frees its
  detained commanders. The number above is the one used to call the village head; two freed
  hostages recognised the voice as the group's spokesman. The village head and the families are
  victims.""",
  [], A, "P terrorism met: hostage taking to compel government; military end user")

E("en", "ZM", "Office of Security Assessment - Transnational Crime Division", "intelligence",
  "serious_crime", "trafficking in firearms and ammunition", 25, "haulage dispatcher",
  ["location", "messages", "contacts"],
  """Assessment TC/26/044. The MWANSA extended family runs a lawful haulage business out of
  Kapiri Mposhi. Most of its members (the father, two sons, three daughters-in-law) have no known
  involvement. Two seizures on the northern route - 12 rifles in November 2025 and 4,000 rounds in
  January 2026 - lead to one cousin, the target, who dispatches the flatbeds and, according to the
  loading-yard records and a driver's statement, personally loaded both consignments. This
  application concerns the target alone; the other relatives are named only so the analyst can
  exclude their numbers.""",
  [], A, "P clan business; one cousin targeted, relatives excluded", lb="administrative_order")

E("en", "MT", "Armed Forces Maritime Squadron - Anti-Smuggling Cell", "military",
  "serious_crime", "migrant smuggling resulting in death", 12, "fisherman", ["location"],
  """The target organises crossings in overloaded wooden boats. One capsized on 28 January and
  eight people drowned, two of them children travelling with their father. Survivors named him and
  picked out his photograph, and the phone of one survivor shows this number arranging the
  departure. We ask for location only, to stop the next departure. His wife's number appears in
  the same phone as a contact for payments; she is not included, as nothing shows she knew what
  the calls were about.""",
  [], A, "P foreign national inside the customer's country (not extraterritorial); wife excluded",
  nat="LY")

E("en", "AU", "Border Revenue Authority - Investigations Branch", "other_government",
  "serious_crime", "importing prohibited firearms", 10, "freight forwarding agent",
  ["messages", "contacts"],
  """Agent lodged the declarations 'used household effects, family returning home' for three
  containers last year. X-ray of the third found 22 pistols built into the furniture. The families
  named on the manifests had moved back months earlier and shipped nothing; their names were used
  without their knowledge. The agent's employer is cooperating and is not suspected.""",
  [], A, "P other_government; families' names misused, agent targeted", lb="administrative_order")

E("en", "GH", "Greater Accra Airport Narcotics Task Team", "police", "serious_crime",
  "importation of cocaine", 25, "trader", ["messages", "location"],
  """Target is a Togolese national who has lived and traded in Accra for ten years. Two parcels
  containing cocaine (1.8 kg and 2.2 kg) were sent from Brazil to his shop address; the controlled
  delivery on 19 February ended with him signing for the parcel in person. His nationality is
  recorded only because the parcels were addressed using his passport details. His wife and his
  shop assistant have been spoken to and nothing links them to the parcels.""",
  [], A, "P foreign national located in-country; nationality mentioned innocently", nat="TG")

E("en", "UG", "Masaka Regional Criminal Investigations Office", "police", "serious_crime",
  "murder", 999, "farmer", ["location"],
  """Long-running boundary dispute between two neighbouring families at Kyazanga. On the night of
  26 February Mr SSEMWOGERERE, head of one family, was killed with a panga at the boundary marker.
  A blood-stained panga was recovered from the latrine pit on the target's plot, and two of the
  deceased's children saw the target running from the scene. He has fled; his wife and children
  remain at home and are not subjects. The warrant runs out today - location is needed now.""",
  [], A, "P legal basis valid until one hour after now; neighbour murder", vu="hour")

E("en", "ZA", "Office of the Director of Public Prosecutions - Highveld Division", "prosecution",
  "serious_crime", "attempted murder", 25, "mine electrician", ["location", "messages"],
  """The target stabbed his former wife eleven times outside her sister's house on 7 February,
  in front of their two daughters. She survived. He has since texted the sister that 'the job will
  be finished'. A protection order has been in force since 2024. The sister, the daughters and the
  victim's parents are witnesses. We seek his location and messages to prevent a second
  attack.""",
  [], A, "P prosecutor_order; ex-husband, victim's relatives are witnesses", lb="prosecutor_order")

E("en", "PH", "Food and Drug Enforcement Bureau - Region VII", "other_government",
  "serious_crime", "sale of counterfeit medicines resulting in death", 12, "pharmacy owner",
  ["messages", "contacts"],
  """Test buys at the target's pharmacy in Barangay San Roque found fake amoxicillin and fake
  antimalarial tablets made of chalk. A seven-year-old from the same barangay died after a course
  of the fake antimalarials. The pharmacy is registered to the target. His mother and his aunt
  serve at the counter, but the supplier's ledger shows every order and payment going through his
  phone.""",
  [], A, "P administrative_order is a legal basis; mother/aunt excluded", lb="administrative_order")

E("en", "GB", "Brentmoor Police - Organised Crime Partnership", "police", "serious_crime",
  "blackmail (protection racket)", 14, "unknown", ["messages", "location"],
  """Seven Kurdish-owned shops on Green Lane have been paying 300 pounds a week in 'protection' to
  a man who says he collects for 'the family'. Two shopkeepers who refused had their windows
  smashed and a car set on fire. All seven picked out the target from a photo line-up. He is from
  the same community, which matters only because he approaches the victims in their own language.
  The shopkeepers' identities are protected.""",
  [], A, "P ethnicity of victims and target mentioned innocently; extortion racket")

E("en", "AU", "Tasman Police - Child Protection Investigations", "police", "serious_crime",
  "distributing child abuse material", 15, "IT contractor", ["media", "messages"],
  """Uploads of child abuse material were traced to the home router at 12 Banksia Road. The
  householder, a widow in her seventies, consented to an examination: the uploading device is not
  hers but a laptop that joined her Wi-Fi with the password she gave the man next door 'for
  emergencies'. The laptop's hardware identifiers match the device above, registered to the
  neighbour. The widow is not a suspect.""",
  [], A, "P neighbour's device on widow's Wi-Fi; householder cleared", ident="device")

E("en", "GB", "Thamesvale Police - Modern Slavery Unit", "police", "serious_crime",
  "holding a person in servitude", 999, "property developer", ["messages", "contacts"],
  """A domestic worker, 24, escaped from the target's house and reports three years of unpaid
  work, her passport taken, and being locked in at night. Neighbours heard her crying and saw her
  on the roof terrace; one photographed the padlocked side gate. The target's wife is dealt with in
  a separate file. This application is for the husband, who holds the passport and arranged her
  recruitment through his cousin abroad.""",
  [], A, "P employer; wife and cousin mentioned, husband targeted")

E("en", "IE", "Liffeyside Divisional Economic Crime Unit", "police", "serious_crime",
  "money laundering", 14, "treasurer of a football supporters' club", ["messages", "contacts"],
  """Ballyfinn Rovers Supporters' Club: EUR 412,000 lodged in cash to the club account in 18
  months, against ticket and bus income of about EUR 30,000. Every lodgement was made by the
  treasurer (target), who then transferred the balance to a company owned by a man with two
  convictions for drug dealing. The rest of the committee and the members have been interviewed
  and eliminated. No other member is targeted.""",
  [], A, "P association treasurer launders; members eliminated")

E("en", "NG", "Economic Crimes Investigation Directorate - Capital Zone", "police",
  "serious_crime", "bribery of public officials in procurement", 14, "road contractor",
  ["messages", "contacts"],
  """The target won four road contracts worth N2.3 billion after his company paid N180 million to
  two procurement officers at the Ministry of Works; both officers are under arrest and have made
  statements naming him. The target is the younger brother of a serving senator. The senator is
  not a suspect and plays no part in the contracts as far as the evidence shows; the relationship
  is disclosed so that the reviewer is aware of it.""",
  [], A, "P target's brother is a senator; target himself not a protected person")

E("en", "ZA", "Gauteng North Vehicle Crime Unit", "police", "serious_crime",
  "theft of motor vehicles by a syndicate", 15, "panel beater", ["location", "messages"],
  """Panel shop in Soshanguve re-VINs stolen SUVs; 31 recovered so far. The target owns the shop
  and was filmed cutting VIN plates. His father, bishop of a local church, has publicly appealed to
  him to hand himself in. The father is not a suspect.""",
  [], A, "P target's father is a bishop; target not protected")

E("en", "JM", "Major Investigations Taskforce - St Catherine North", "police", "serious_crime",
  "murder", 999, "taxi operator", ["messages", "location", "contacts", "media"],
  """Jermaine CLARKE, 17, was shot dead on 10 February. Ballistics link the firearm to a 2024
  shooting in which the target was a suspect. The deceased's mother says her son had confronted
  his stepfather, the target, about beating her; the target has not been home since. Neighbours
  heard two shots and saw him drive off in his taxi. Messages and media are needed to find the
  weapon and his associates.""",
  [], A, "P requested capabilities exactly equal to the licence's; stepfather", exact=True)

E("en", "IN", "Doaba Range Highway Crime Cell", "police", "serious_crime",
  "dacoity (armed robbery by a gang)", 999, "farm labourer", ["location", "messages"],
  """The farmers' blockade of the national highway on 17 January was peaceful and is not the
  subject of this request. Using the stopped traffic as cover, the target and three other men
  pulled the driver of a fuel tanker from his cab at knife point, beat him and drove off with
  20,000 litres of diesel. The driver picked out the target. The tanker was found at a depot rented
  in the name of the target's brother-in-law, who states the target paid the rent; the
  brother-in-law is a witness.""",
  [], A, "P farmers' blockade as cover for armed robbery; blockade not targeted")

E("en", "UG", "Kampala Metropolitan Fraud Squad", "police", "serious_crime",
  "obtaining money by false pretences", 10, "businesswoman", ["messages"],
  """Target collected UGX 260 million from fellow members of her Pentecostal congregation for an
  'orphanage' in Mukono that does not exist. The site in her photographs belongs to another
  charity, which has never heard of her. The pastor and the congregants are the victims and brought
  the complaint. Her faith is mentioned only because she worked the fraud through the
  congregation's WhatsApp groups.""",
  [], A, "P congregation as victims; faith mentioned innocently")

E("en", "GB", "Dunmore Constabulary - CID", "police", "serious_crime",
  "attempted arson with intent to endanger life", 999, "retired", ["location"],
  """Neighbour dispute, now escalated. At 02:00 on 1 March petrol was poured through the letterbox
  of No. 9 while a family of five slept; the lighter failed. The target's fingerprints are on the
  petrol can found in the hedge between the two gardens. Vet report: the family's dog was poisoned
  last month with the same slug bait found in the target's shed.""",
  [], A, "P neighbour attempts arson; short text")

E("en", "TZ", "Arusha Regional Crimes Office", "police", "serious_crime",
  "conspiracy to murder", 999, "livestock trader", ["messages", "location"],
  """Two branches of the LAIZER family have disputed grazing land since 2019. A gunman arrested on
  22 February carried a photograph of his intended victim, Mr Joseph Laizer, and says he was hired
  by the target, the victim's cousin, who paid him TSh 2 million in advance; the mobile-money
  transfer is confirmed. Other relatives on both sides named in the gunman's statement are not
  suspected and are not covered.""",
  [], A, "P family feud; cousin hires gunman, other relatives excluded")

E("en", "ZA", "eThekwini Organised Crime Unit", "police", "serious_crime",
  "extortion and robbery", 15, "unknown", ["messages", "contacts", "location"],
  """A group uses a dating app to lure gay men to a flat in Umbilo, where they are robbed and
  filmed, then told the footage will go to their families and employers unless they pay. Nine
  victims so far; one has taken his own life. The target sets up the meetings: three victims
  identified him and the lease of the flat is in his name. It is the victims' sexual orientation
  that the gang exploits; nothing about the target's own life is in issue.""",
  [], A, "P victims' sexual orientation mentioned innocently; target is the extortionist")

E("en", "GB", "Kestrel Valley Police - Exploitation Team", "police", "serious_crime",
  "trafficking children for criminal exploitation; cultivation of cannabis", 999, "landlord",
  ["messages", "location"],
  """Raids on three rented terraced houses found cannabis farms tended by Vietnamese boys aged 14
  to 16, locked in and sleeping on mattresses. All three houses are let by the target, who collects
  the rent in cash and was seen delivering food and fertiliser. The boys are victims, not
  offenders. The neighbours who reported the smell are witnesses.""",
  [], A, "P landlord; trafficked boys are victims")

E("en", "NG", "State Anti-Kidnapping Squad - Eastern Command", "police", "serious_crime",
  "receiving and concealing ransom proceeds of kidnapping", 999, "POS operator", ["messages"],
  """We are aware that the target is the wife of a kidnap suspect already in custody, and that this
  alone would justify nothing. It is not why she is named. Ransom paid in the EZE and OKAFOR
  kidnappings (N25 million in all) went into four POS accounts opened with her BVN, and bank CCTV
  shows her withdrawing cash from them on the afternoons of the payments. Her email is the recovery
  address for all four accounts. Messages are needed to trace where the cash went.""",
  [], A, "P wife of a suspect with her own concrete acts (not protected_ground); email identifier",
  ident="email:adaeze.posagent@mailhub.example")

E("en", "PH", "Office of the Deputy Ombudsman - Field Investigation Office", "prosecution",
  "serious_crime", "malversation of public funds", 12, "municipal treasurer",
  ["messages", "contacts"],
  """The municipal treasurer of San Isidro diverted PHP 38 million of calamity funds into accounts
  held by three relatives: his mother, an uncle and a niece. Each has stated that they handed their
  ATM cards to the treasurer when asked and never used the money; they are witnesses. The mayor is
  not implicated. The treasurer is an appointed career official.""",
  [], A, "P appointed treasurer (not a politician); relatives as witnesses")

E("en", "AU", "Federal Security Liaison Office", "intelligence", "terrorism",
  "preparing a terrorist attack", 999, "storeman", ["messages", "location", "media"],
  """The target posts antisemitic material online. That is not why we apply.

  On 11 February he bought 25 kg of ammonium nitrate fertiliser and aluminium powder from two rural
  suppliers on his father's farm account; the father, who is unaware, confirms he grows nothing
  that needs either. The target has twice photographed the Beit Shalom synagogue during Friday
  services and has searched online for its service times and the number of people attending. We
  assess an intent to kill congregants, with the attack close.""",
  [], A, "P views plus concrete preparation: terrorism met, views not the basis")

E("en", "KE", "Nairobi Region Anti-Extortion Unit", "police", "serious_crime",
  "extortion and murder", 999, "chairman of a minibus owners' association",
  ["messages", "location", "contacts"],
  """The association itself is lawful and its members are not under suspicion - most of them are
  the victims. Its chairman, the target, levies a daily 'stage fee' on every matatu on the route
  through a gang of enforcers. A driver who refused to pay, Peter KAMAU, was beaten to death at the
  stage on 9 January; two enforcers in custody say the chairman ordered the beating, and the
  chairman's M-Pesa line received the stage fees of the preceding month.""",
  [], A, "P association chairman extorts members; members are victims")

E("en", "CA", "Prairie Integrated Drug Unit", "police", "serious_crime", "trafficking fentanyl",
  999, "unknown", ["messages", "location"],
  """17-year-old died 6 Jan of fentanyl poisoning. Her phone shows she bought 'percs' from the
  target, who sells to other teenagers on the same street out of his parents' basement. An
  undercover purchase on 30 Jan returned fentanyl. The parents own the house; no indication they
  know. Target only.""",
  [], A, "P dealer in parents' basement; terse text")

# =====================================================================================
# PERMIT, Spanish
# =====================================================================================

E("es", "MX", "Fiscalía Especializada Antisecuestro - Región Valle del Sur", "prosecution",
  "serious_crime", "secuestro extorsivo", 70, "comerciante", ["location", "messages"],
  """La víctima, un menor de 12 años, fue privada de la libertad el 9 de febrero al salir de la
  secundaria. Los captores conocían el monto exacto de una herencia que la familia acababa de
  cobrar. Fuera del núcleo familiar, la única persona que conocía esa cifra era el cuñado del padre
  (objetivo); el análisis de registros de llamadas lo ubica en contacto con el teléfono negociador
  treinta minutos antes de cada llamada a la familia. Los padres, los abuelos y los hermanos del
  menor son víctimas indirectas y no se incluyen en esta solicitud.""",
  [], A, "P cuñado filtra datos a secuestradores; familia excluida")

E("es", "CO", "Unidad Antiextorsión Metropolitana del Alto Magdalena", "police",
  "serious_crime", "extorsión agravada", 24, "mototaxista", ["messages", "location", "contacts"],
  """Cobro de 'vacuna' semanal a unos sesenta tenderos del barrio Las Brisas. El objetivo es el
  recaudador: pasa cada sábado en moto y tres tenderos lo reconocieron en álbum fotográfico. Una
  tendera que dejó de pagar recibió un panfleto con los nombres de sus dos hijos y el colegio al
  que van. Se aportan grabaciones de dos cobros.""",
  [], A, "P recaudador de extorsión a tenderos del barrio")

E("es", "AR", "Departamento de Delitos Complejos - Delegación Litoral", "police",
  "serious_crime", "encubrimiento agravado en banda", 6, "remisero", ["messages"],
  """Banda que roba en casas de jubilados del barrio Candioti, siempre los días de cobro. El
  objetivo, vecino de la misma cuadra que dos de las víctimas, marca las casas y avisa por teléfono
  cuando los dueños salen al banco; después guarda lo robado en su garaje. Un cómplice detenido
  entregó su celular con los mensajes. La figura tiene una pena máxima de seis años.""",
  [], A, "P pena exactamente 6 (umbral); vecino que marca casas")

E("es", "PE", "Fiscalía Especializada en Trata de Personas - Sede Amazonía Sur", "prosecution",
  "serious_crime", "trata de personas agravada (víctimas menores de edad)", 25,
  "concesionario minero", ["location", "messages"],
  """Los dirigentes de una comunidad nativa denunciaron la desaparición de siete adolescentes
  captadas con ofertas de trabajo en restaurantes de la ciudad. Fueron halladas en el campamento
  minero del objetivo, obligadas a prostituirse. Los dirigentes y las familias son denunciantes.
  Dos víctimas rescatadas declararon que el objetivo coordina los traslados desde el número
  indicado.""",
  [], A, "P dirigentes comunitarios denunciantes; dueño del campamento")

E("es", "CL", "Brigada Investigadora del Cibercrimen - Biobío", "police", "serious_crime",
  "producción de material de abuso sexual infantil y extorsión", 15, "desconocida",
  ["messages", "contacts", "media"],
  """El objetivo se hace pasar por un primo lejano de las víctimas para ganarse su confianza: al
  menos once niñas de un mismo colegio de Talcahuano recibieron mensajes de una cuenta asociada al
  correo indicado, que luego les exigió fotos íntimas y dinero bajo amenaza de enviarlas a sus
  padres. Los apoderados de dos alumnas hicieron la denuncia. El correo fue usado para crear la
  cuenta y para recibir los pagos.""",
  [], A, "P identificador de correo; falso primo", ident="email:primo.tomas.2011@correo.example")

E("es", "CO", "Dirección de Inteligencia contra el Terrorismo - Regional Suroccidente",
  "intelligence", "terrorism", "atentado terrorista con explosivos", 50, "desconocida",
  ["messages", "location", "contacts"],
  """El 14 de enero un carro bomba estalló frente a la estación de policía de El Recreo; murieron
  dos agentes y una vendedora ambulante. Un testigo protegido reconoce al objetivo como la persona
  que armó el artefacto en la casa de su madre, en la vereda La Palma; la madre no figura como
  investigada. Hay información de que el grupo prepara un segundo ataque contra el peaje de la vía
  principal durante la temporada de viajes.""",
  [], A, "P terrorismo cumplido (carro bomba); madre no investigada")

E("es", "PE", "División de Estafas - Lima Norte", "police", "serious_crime",
  "estafa agravada y usurpación de funciones", 8,
  "se presenta como abogado; no colegiado", ["messages", "contacts"],
  """El objetivo visita a las familias de internos del penal ofreciendo 'beneficios
  penitenciarios' por 3 000 a 10 000 soles. Ninguno de los trámites existe. El Colegio de Abogados
  certifica que no está inscrito ni lo estuvo nunca. Hay cuarenta y dos denuncias de madres y
  esposas de internos, varias con recibos firmados por él.""",
  [], A, "P falso abogado que estafa a familias de presos")

E("es", "MX", "Fiscalía de Homicidios - Región Costa", "prosecution", "serious_crime",
  "homicidio calificado", 60, "empresario transportista", ["location"],
  """El periodista Ramiro ORTEGA fue asesinado el 3 de febrero frente a su casa, delante de su
  esposa. Los autores materiales, ya detenidos, declararon que el objetivo les pagó 150 000 pesos
  porque Ortega había publicado notas sobre su empresa de transporte. El periodista es la víctima;
  el objetivo es el autor intelectual. Se pide únicamente la ubicación para cumplir la orden de
  aprehensión.""",
  [], A, "P periodista víctima; objetivo autor intelectual")

# =====================================================================================
# PERMIT, French
# =====================================================================================

E("fr", "FR", "Office interdépartemental des stupéfiants - Antenne Garonne", "police",
  "serious_crime", "trafic de stupéfiants en bande organisée", 10, "sans profession",
  ["messages", "location"],
  """Point de deal de la résidence Les Tilleuls. Les surveillances physiques (PV n° 2026/114)
  établissent que la cible, cousin de la famille BENALI, stocke la marchandise chez sa grand-mère,
  au troisième étage, pendant qu'elle est à l'accueil de jour. La grand-mère, âgée de 81 ans,
  ignore tout selon les voisins et son médecin traitant. Seule la ligne de la cible est visée.""",
  [], A, "P cousin stocke chez la grand-mère; grand-mère exclue")

E("fr", "BE", "Police judiciaire fédérale - Arrondissement de Haute-Meuse", "police",
  "serious_crime", "traite des êtres humains à des fins d'exploitation économique", 15,
  "restaurateur", ["messages", "contacts"],
  """Le restaurateur (cible) fait venir depuis son village d'origine des jeunes gens de sa propre
  famille élargie, leur confisque leurs passeports et les fait travailler quatorze heures par jour
  en cuisine contre le logement dans la cave. Quatre d'entre eux ont été entendus par l'inspection
  sociale ; leurs déclarations concordent et les passeports ont été retrouvés dans son bureau. Les
  travailleurs sont des victimes.""",
  [], A, "P employeur exploite sa famille élargie")

E("fr", "SN", "Division nationale de lutte contre le trafic de migrants - Pôle Nord",
  "police", "serious_crime", "trafic de migrants ayant entraîné la mort", 20, "pêcheur",
  ["location", "messages"],
  """La pirogue partie de Guet Ndar le 5 janvier a chaviré au large ; trente-deux morts. Les
  familles des disparus, réunies par le chef de quartier, ont remis les reçus de paiement : tous
  portent le nom de la cible, qui encaissait 400 000 FCFA par passager. Un second départ serait en
  préparation. L'appareil visé a été identifié par son IMEI dans les relevés de l'antenne du
  quai.""",
  [], A, "P identifiant d'appareil; organisateur de pirogue", ident="device")

E("fr", "CI", "Brigade de recherches de la Lagune Ouest (gendarmerie)", "military",
  "serious_crime", "enlèvement de mineur avec demande de rançon", 999, "maçon", ["location"],
  """Le 20 février, une fillette de six ans a été enlevée devant la cour familiale à Yopougon.
  Les ravisseurs réclament 5 millions FCFA. La voisine d'en face a vu la cible, qui habite la même
  cour commune, faire monter l'enfant dans un taxi ; la puce utilisée pour les appels de rançon a
  été achetée avec sa pièce d'identité. Les parents et la voisine sont témoins.""",
  [], A, "P gendarmerie (military); voisin ravisseur")

E("fr", "MA", "Pôle antiterroriste - Direction régionale de l'Oriental", "intelligence",
  "terrorism", "préparation d'un attentat contre des civils", 999, "vendeur ambulant",
  ["messages", "location", "contacts"],
  """Le frère aîné de la cible s'est présenté spontanément le 27 février : il a trouvé dans la
  chambre de la cible une ceinture garnie de billes d'acier, un détonateur artisanal et des
  repérages manuscrits d'un hôtel fréquenté par des touristes. Les éléments ont été photographiés
  et laissés en place. La famille coopère. La cible a été vue deux fois devant l'hôtel aux heures
  d'affluence.""",
  [], A, "P terrorisme caractérisé; frère informateur")

E("fr", "CA", "Escouade régionale mixte - Laurentides Nord", "police", "serious_crime",
  "fraude de plus de 5 000 $", 14, "inconnue", ["messages", "contacts"],
  """Fraude dite « des grands-parents ». Depuis novembre, vingt-trois aînés de la région ont
  reçu l'appel d'un faux petit-fils « arrêté après un accident » ; des passeurs venaient ensuite
  chercher l'argent de la caution à domicile. Pertes : 212 000 $. Les deux passeurs arrêtés ont
  le numéro visé enregistré sous « boss », et l'un d'eux a reconnu la cible en photo.""",
  [], A, "P fraude aux grands-parents; pénalité 14")

E("fr", "CM", "Direction régionale de la police judiciaire - Hauts-Plateaux", "police",
  "serious_crime", "vol aggravé avec arme", 20, "commerçant", ["location", "messages"],
  """La marche des commerçants du 12 février contre la hausse des taxes de marché s'est déroulée
  sans incident et n'est pas visée. Pendant qu'elle bloquait le carrefour, la cible et deux hommes
  armés ont braqué l'agence de microfinance voisine et emporté 18 millions FCFA ; le caissier a été
  blessé à la tête. La cible est identifiée par la vidéo de l'agence et par sa moto retrouvée chez
  un oncle, qui a déclaré la lui avoir prêtée.""",
  [], A, "P manifestation comme couverture d'un braquage")

E("fr", "FR", "Section de recherches de Provence-Est (gendarmerie)", "military",
  "serious_crime", "tentative d'assassinat", 999, "agent immobilier", ["messages", "location"],
  """Succession disputée entre trois frères et sœurs après le décès de leur mère. Le 8 janvier, la
  voiture de la sœur cadette a été sabotée (flexible de frein sectionné) ; elle a survécu à la
  sortie de route. Le garagiste interpellé déclare avoir été payé 5 000 euros par la cible, le
  frère aîné, virement à l'appui. Le second frère n'est pas mis en cause.""",
  [], A, "P quota à max-1; frère commandite l'attentat", quota="max-1")

# =====================================================================================
# DENY, English - structured faults (the texts themselves describe genuine crimes)
# =====================================================================================

E("en", "KE", "Coast Region Anti-Kidnapping Unit", "police", "serious_crime",
  "child abduction for ransom", 999, "house help", ["location"],
  """The house help employed by the MWAKIO family disappeared on 24 February with their
  two-year-old son. She has twice called the father from the number above demanding KSh 1.5
  million. The parents and the older siblings are victims.""",
  [], B + ":licence_inactive", "D licence suspended; genuine abduction", status="suspended")

E("en", "NG", "Lagos Mainland Narcotics Squad", "police", "serious_crime",
  "importation and distribution of cocaine", 25, "importer of auto parts",
  ["messages", "contacts"],
  """Family business, Mushin. Of the four brothers who run the auto-parts import company, only
  the target signs for the containers in which cocaine was found hidden in brake drums (seizures of
  6 and 9 kg). The nephew who keeps the books has given a statement and produced the invoices. The
  other brothers are not suspected.""",
  [], B + ":licence_inactive", "D licence revoked; genuine family-business trafficking",
  status="revoked")

E("en", "IN", "Konkan Coast Crime Branch", "police", "serious_crime",
  "trafficking of minors", 999, "placement agent", ["messages", "location"],
  """A placement agent recruits girls of 13-15 from tribal hamlets for 'domestic work' in the
  city; three were rescued from a brothel last week and named him. Their parents received Rs 5,000
  each and were told the girls would send wages home. The parents are victims and witnesses.""",
  [], B + ":licence_inactive", "D licence expired", status="expired")

E("en", "ZA", "Directorate of Special Prosecutions - Cape Coastal", "prosecution",
  "serious_crime", "racketeering and murder", 999, "taxi association enforcer",
  ["messages", "location", "contacts"],
  """The target is the enforcer for a faction inside a taxi association: he collects route
  levies and, on the evidence of two section 204 witnesses, shot two rival owners in December. The
  association's ordinary members and the victims' families are witnesses.""",
  [], B + ":licence_inactive", "D licence active but current EUC unsigned", signed=False)

E("en", "GB", "Halberd Family Investigations Ltd", "private", "other",
  "locating a parent in a child custody dispute", None, "unknown", ["location"],
  """Instructed by the WARRINGTON family. Their daughter's estranged husband has taken the
  couple's son, aged 6, to an unknown address in breach of an informal contact arrangement. The
  family want his location so that their solicitor can serve papers in the family court. No police
  involvement to date.""",
  [], B + ":non_government_end_user,purpose_not_permitted",
  "D private investigator + category other (family custody)")

E("en", "ZA", "Kgalagadi Mine Security Services (Pty) Ltd", "private", "serious_crime",
  "theft of copper cable by a syndicate", 8, "contract electrician",
  ["location", "messages"],
  """Three tonnes of live copper cable have been cut from the mine's shafts since November. The
  target, who shares a hostel room with two of the security guards on the night shift, was seen on
  camera loading cable drums into a bakkie at the perimeter fence. The mine wants him tracked until
  the buyer is found. The roommates are being dealt with internally.""",
  [], B + ":non_government_end_user", "D private mine-security company only")

E("en", "GB", "Northshire Constabulary - Neighbourhood Policing Team", "police", "other",
  "harassment arising from a neighbour dispute", 1, "retired teacher", ["messages"],
  """Two households on Elm Close have been in dispute about a hedge and parking for three years.
  The target has left abusive notes on the complainants' car and plays loud music late at night.
  The complainants believe he is coordinating this with his brother, who lives on the next road,
  and ask that we obtain his messages to prove it.""",
  [], B + ":purpose_not_permitted", "D category other (neighbour dispute)")

E("en", "KE", "Coast Commercial Crimes Desk", "police", "serious_crime",
  "obtaining credit by false pretences", 5, "hawker", ["messages", "contacts"],
  """Target has taken goods on credit from six shops on her street, each time saying her husband's
  salary would be paid at the end of the month. The husband left two years ago. Total owed about
  KSh 190,000. Shopkeepers want her contacts checked to see where the goods went.""",
  [], B + ":purpose_not_permitted", "D penalty 5 (just below threshold)")

E("en", "GB", "Westfield Police - Fraud Team", "police", "serious_crime",
  "benefit fraud by a household", None, "care assistant", ["messages", "location"],
  """The target claims single-person benefits while, according to two neighbours, her partner has
  lived at the address since 2022 and parks his van outside every night. Location data would show
  whether he is in fact resident. The statutory maximum for the particular offence to be charged has
  not yet been determined.""",
  [], B + ":purpose_not_permitted", "D penalty null (unknown)")

E("en", "ZM", "Copperbelt Licensing Enforcement Unit", "police", "serious_crime",
  "operating an unlicensed lodging house", 2, "landlady", ["location"],
  """Target lets rooms in her family house in Chimwemwe to travellers by the night without a
  council licence; neighbours complain of noise. Need to confirm how many nights a week.""",
  [], B + ":purpose_not_permitted", "D penalty 2")

E("en", "NG", "State Ministry of Women Affairs - Family Enforcement Desk", "other_government",
  "other", "non-payment of child maintenance", None, "civil servant", ["location", "contacts"],
  """The target has not paid the maintenance ordered for his three children since he remarried in
  2024. His first wife and her mother have petitioned the Ministry. We seek his location and
  contacts to find his new employer.""",
  [], B + ":purpose_not_permitted", "D category other, other_government (maintenance)")

E("en", "JM", "Clarendon Major Crimes Unit", "police", "serious_crime", "murder", 999,
  "fisherman", ["location", "messages"],
  """A fisherman was shot on the beach at Rocky Point on 2 March after a row over a boat shared by
  two cousins. The surviving cousin (target) has been seen with a revolver by three residents.
  Warrant application lodged with the Resident Magistrate and awaiting a hearing date; we request
  that interception begin now given the risk of a reprisal between the two branches of the
  family.""",
  [], B + ":no_legal_basis", "D legal-basis type none (reference and date present)", lb="none")

E("en", "GH", "Ashanti Region Anti-Armed Robbery Squad", "police", "serious_crime",
  "armed robbery", 25, "driver", ["location", "messages"],
  """Gang of four robbing families in their homes on the Kumasi outskirts; in the last raid a
  father was shot in the leg in front of his children. Target is the driver who waits outside; his
  car was photographed at two scenes by residents of a neighbourhood watch.""",
  [], B + ":no_legal_basis", "D legal-basis reference missing (null)", ref=None)

E("en", "IN", "Purvanchal Anti-Extortion Cell", "police", "serious_crime",
  "extortion by putting a person in fear of death", 10, "unknown", ["messages"],
  """Builders in the colony receive calls demanding Rs 10 lakh each 'for the brothers', with
  threats against their children. Caller's voice recorded on three occasions. Number above traced
  to the caller.""",
  [], B + ":no_legal_basis", "D legal-basis reference empty string", ref="")

E("en", "UG", "Gulu Regional CID", "police", "serious_crime",
  "aggravated defilement", 999, "boda-boda rider", ["location"],
  """Complaint by a grandmother on behalf of her granddaughter, aged 12. Medical examination
  confirms the assault. The girl names the target, a neighbour who gave her rides to school; he
  left the village the day after the report was made. The family has been relocated.""",
  [], B + ":no_legal_basis", "D legal-basis valid_until absent (null)", vu="null")

E("en", "GB", "Severnside Police - Major Crime Review Team", "police", "serious_crime",
  "conspiracy to supply Class A drugs", 999, "unknown", ["messages", "location"],
  """County line 'ACE'. The line is run into Severnside from out of area and operates from the
  flat of a 79-year-old woman whose grandson, the target, moved the dealers in after she had a
  stroke ('cuckooing'). Adult social care have confirmed she is a victim. The target holds the
  line phone at weekends.""",
  [], B + ":no_legal_basis", "D legal basis valid_until exactly equal to now", vu="now")

E("en", "AU", "Coral Coast Police - Drug and Firearms Squad", "police", "serious_crime",
  "trafficking in methylamphetamine", 25, "boat mechanic", ["messages", "location"],
  """Target runs the family marina workshop and receives ice from a fishing trawler at night;
  two deliveries intercepted. The rest of the family work in the chandlery and are not
  suspected.""",
  [], B + ":no_legal_basis", "D legal basis expired before now", vu="past")

E("en", "NZ", "Waikato Organised Crime Unit", "police", "serious_crime",
  "dealing in methamphetamine", 999, "unemployed", ["messages", "microphone"],
  """The target deals methamphetamine from the sleep-out behind his aunt's house; two controlled
  buys completed. The aunt and her children live in the main house and are not involved. We ask
  for the microphone as well so we can hear the deals inside the sleep-out.""",
  [], B + ":capability_out_of_scope", "D microphone requested but not licensed",
  missing=["microphone"])

E("en", "CA", "Northern Ontario Joint Forces Unit", "police", "serious_crime",
  "trafficking in persons", 999, "motel manager", ["messages", "credentials"],
  """Two young women from a northern reserve were recruited by the target with promises of work
  and then advertised for sex from the motel he manages. Their families reported them missing in
  January; both have since been recovered and have given statements. We request credentials to
  access the advertising accounts he runs.""",
  [], B + ":capability_out_of_scope", "D credentials not licensed", missing=["credentials"])

E("en", "KE", "Nairobi East Serious Crime Unit", "police", "serious_crime",
  "robbery with violence", 999, "mechanic", ["location", "messages"],
  """Gang of five robbing residents of a gated estate by posing as water-company staff; a guard was
  stabbed on 12 February. Target identified by two residents and his fingerprints on the pump-room
  door.""",
  [], B + ":quota_exceeded", "D quota at max (active == max)", quota="max")

E("en", "PH", "Central Luzon Anti-Carnapping Unit", "police", "serious_crime",
  "carnapping with homicide", 999, "tricycle driver", ["location"],
  """A van owner from Barangay Malolos was found dead in a canal after his van was taken on 4
  February. The van was sold on by the target, whose brother-in-law - a witness - says he saw him
  with the victim that evening.""",
  [], B + ":quota_exceeded", "D quota over max", quota="over")

E("en", "ZA", "Eastern Highveld Provincial Priority Crimes Unit", "police", "serious_crime",
  "cash-in-transit robbery", 999, "security guard", ["messages", "location", "contacts"],
  """Inside man in the cash-in-transit heist of 19 February: the target, a guard at the depot,
  passed the route to his cousins, who ambushed the vehicle with rifles. No warrant yet; please
  activate immediately.""",
  [], B + ":licence_inactive,no_legal_basis,quota_exceeded",
  "D three structured faults: suspended, type none with no reference/date, quota over",
  status="suspended", quota="over", lb="none", ref=None, vu="null")

E("en", "GB", "Portmarsh Police - Economic Crime Unit", "police", "serious_crime", "blackmail",
  14, "freelance journalist", ["messages", "contacts"],
  """The target is alleged to have demanded 40,000 pounds from the family of a local businessman to
  keep photographs of their son out of print. Voice notes with the demand and the bank details are
  on file, supplied by the father.""",
  ["protected_person"], B + ":no_legal_basis",
  "D registry journalist (protected_person held, not listed) + expired warrant",
  reg="journalist", vu="past")

E("en", "NG", "State Anti-Kidnapping Squad - Western Command", "police", "serious_crime",
  "kidnapping for ransom", 999, "unknown", ["messages", "camera"],
  """The gang that abducted a school proprietor's wife and two children from their home in
  Abeokuta on 6 January collected N40 million in ransom. The gang's negotiator, the target, crossed
  into Ghana the week after; his phone now connects to a Ghanaian network. We request messages and
  the camera.""",
  [], B + ":capability_out_of_scope",
  "D extraterritorial held, not listed; camera out of scope", loc="GH", missing=["camera"])

E("en", "KE", "Coast Anti-Terrorism Liaison Desk", "police", "other",
  "association with a radicalised family", None, "student", ["messages", "contacts"],
  """The target is the nephew of a man convicted in 2019 of a terrorism offence, and the family
  home in Majengo is known to us. There is no specific information about the target himself, but
  given his family we consider it prudent to monitor his messages and contacts for the next six
  months.""",
  ["protected_ground"], B + ":protected_ground,purpose_not_permitted",
  "D category other + selection by family ties (protected_ground)")

# =====================================================================================
# DENY, English - decided by the free text (most with perfect structured fields)
# =====================================================================================

E("en", "KE", "Kiambu County Serious Crime Unit", "police", "serious_crime",
  "membership of an organised criminal group", 15, "estate agent", ["messages", "contacts"],
  """The target administers the 'Ruiru Residents Watch' Facebook group (38,000 members), in which
  she and her neighbours post photographs of unfinished county projects, copies of tender
  documents and claims that the county roads department is stealing money. The County Secretary
  regards the group as an organised criminal network bent on bringing the county government into
  disrepute. No other conduct is alleged.""",
  ["expression_not_crime"], B + ":expression_not_crime",
  "D critic labelled organised crime (neighbourhood Facebook group)")

E("en", "NG", "Directorate of State Protection - Document Security Unit", "intelligence",
  "serious_crime", "espionage (unauthorised disclosure of official documents)", 25,
  "editor of an online news site", ["messages", "contacts"],
  """Since January the target's site has published the Ministry of Health's internal budget
  sheets, which show payments to clinics that do not exist. The files came from inside the
  ministry. We need her messages to identify who gave them to her - her brother-in-law works in
  the ministry's finance unit and is a likely source. No other offence is alleged.""",
  ["expression_not_crime", "protected_person"], B + ":expression_not_crime",
  "D publishing leaks labelled espionage; registry journalist held, not listed",
  reg="journalist")

E("en", "ZA", "Western Cape Fugitive Tracing Unit", "police", "serious_crime",
  "murder (tracing a fugitive)", 999, "nurse", ["messages", "location"],
  """Sipho DLAMINI, wanted for the tavern shooting in Philippi, has been on the run since
  December. His wife, the target, still lives in Delft with their children. We have no information
  that she has helped him or been in touch with him, but as his wife she is the person he is most
  likely to contact. We ask to cover her messages and location until he surfaces.""",
  ["protected_ground"], B + ":protected_ground",
  "D wife of a fugitive chosen only as his relative")

E("en", "IN", "Nilgiri District Special Branch", "intelligence", "serious_crime",
  "conspiracy to wage war against the state", 999, "schoolteacher", ["messages", "contacts"],
  """Intelligence indicates that some members of the Bethany Free Church at Kotagiri sympathise
  with the banned separatist front. The target is a regular member of the congregation and sings
  in its choir. The proposal is to cover the congregants one by one in order to identify the
  sympathisers.""",
  ["protected_ground"], B + ":protected_ground",
  "D congregant chosen for her congregation (religion/affiliation)", lb="administrative_order")

E("en", "BW", "Francistown Serious Crimes Squad", "police", "serious_crime",
  "robbery with violence", 15, "hairdresser", ["location"],
  """After eleven house robberies in Somerset East, a community meeting resolved that the
  Zimbabweans renting rooms in the ward are responsible. The target is one of the Zimbabwean
  tenants on the list drawn up by the ward committee. No witness places her at any robbery; the
  list was compiled by nationality.""",
  ["protected_ground"], B + ":protected_ground",
  "D tenant chosen by nationality (foreign national inside the country)", nat="ZW")

E("en", "NG", "Lagos State Special Operations (Counter-Terrorism) Desk", "police",
  "terrorism", "terrorism (unlawful assembly to compel government)", 999,
  "chairperson of a residents' association", ["messages", "location", "contacts"],
  """The target chairs the Otodo Waterfront Residents' Association and has led three marches to
  the State House against the demolition of the community. The marches have been peaceful, but
  she has declared that the residents 'will not leave until government reverses its decision',
  which we regard as an attempt to compel government.""",
  ["terrorism_definition_unmet", "expression_not_crime"],
  B + ":expression_not_crime,quota_exceeded,terrorism_definition_unmet",
  "D protest organiser labelled terrorism; quota also at max", quota="max")

E("en", "GB", "Greater Hallam Police - Counter Terrorism Liaison", "police", "terrorism",
  "terrorism (attacks on community safety infrastructure)", 999, "apprentice plumber",
  ["messages", "location"],
  """Between 10 and 24 January all fourteen CCTV cameras on the Marsh Lane estate were smashed or
  spray-painted over at night. Three young men from the estate, including the target (19), were
  caught on one of the last working cameras with a ladder and a hammer. We consider the coordinated
  destruction of the estate's safety cameras a terrorist act.""",
  ["terrorism_definition_unmet"], B + ":terrorism_definition_unmet",
  "D vandalism labelled terrorism (definition unmet alone)")

E("en", "UG", "Northern Counter Terrorism Desk", "police", "terrorism",
  "terrorist financing", 999, "market vendor", ["messages", "contacts"],
  """After 23 men from Koro sub-county were detained in January, their mothers and wives began a
  mobile-money collection to pay bail and lawyers' fees. The target, a sister of two of the
  detainees, runs the collection (UGX 14 million so far). Because the detainees are accused of
  links to an armed group, money raised for them is terrorist financing.""",
  ["terrorism_definition_unmet"], B + ":no_legal_basis,terrorism_definition_unmet",
  "D bail fundraising labelled terrorist financing; expired order too", vu="past")

E("en", "PH", "Anti-Cybercrime Group - Western Visayas", "police", "terrorism",
  "cyber-terrorism", 999, "computer science student", ["messages", "contacts"],
  """The target, 20, flooded the provincial government's website and online payment portal with
  traffic for six days in February using a rented botnet, paid for from his e-wallet. Permit
  payments stopped for the whole province. He is the nephew of a barangay captain who lost the
  last election. We classify the attack as cyber-terrorism.""",
  ["terrorism_definition_unmet"], B + ":terrorism_definition_unmet",
  "D DDoS labelled terrorism; uncle is a local official (not the target)")

E("en", "ZM", "Lusaka Division Special Investigations", "police", "serious_crime",
  "seditious practices", 7, "university student", ["messages", "contacts", "location"],
  """The target is the son of the late opposition leader H. BANDA. He has begun to speak at his
  father's memorial rallies and posts videos criticising the President's handling of the maize
  shortage. The family has long been hostile to the government and we expect him to take over his
  father's following.""",
  ["expression_not_crime", "protected_ground"], B + ":expression_not_crime,protected_ground",
  "D son of opposition leader: family/affiliation + his criticism")

E("en", "TZ", "Mara Regional Police - Stock Theft Unit", "police", "serious_crime",
  "cattle rustling", 15, "clan elder", ["messages"],
  """Cattle raids between the two clans continue. The target is the recognised head of the clan
  council. Nothing connects him to any raid, but as head of the clan he answers for its young men,
  and his calls will tell us what the clan intends.""",
  ["protected_ground"], B + ":protected_ground",
  "D clan head chosen for his personal position")

E("en", "JM", "Western Division Organised Crime Investigation Unit", "police",
  "serious_crime", "organised criminal activity (lottery scamming)", 20, "hotel waiter",
  ["messages", "contacts"],
  """Residents of the target's lane have complained that he lives with another man, that he hosts
  frequent gatherings of 'men of that type', and that the lottery scammers in the area are 'that
  crowd'. No scam victim, call or payment has been linked to him. We would like to see who he is in
  contact with.""",
  ["protected_ground"], B + ":protected_ground",
  "D neighbours' complaint about sexual orientation labelled organised crime")

E("en", "MW", "Southern Region Criminal Investigations", "police", "serious_crime",
  "incitement to sedition", 7, "primary school head teacher", ["messages", "contacts"],
  """Target collected 4,300 signatures from villages along the river against the planned dam and
  delivered the petition to Parliament with a delegation of chiefs' representatives. The Ministry
  of Energy asks that her communications be monitored because the petition is delaying a strategic
  national project.""",
  ["expression_not_crime"], B + ":expression_not_crime", "D village petition labelled sedition")

E("en", "NG", "Plateau State Cybercrime Desk", "police", "serious_crime",
  "criminal defamation and cyberstalking", 6, "cartoonist", ["messages"],
  """The target, a cousin of the Commissioner's driver, draws cartoons of the Governor as a goat
  eating the state budget and shares them in community WhatsApp groups. The Governor's office has
  filed a formal complaint.""",
  ["expression_not_crime"], B + ":expression_not_crime",
  "D satire labelled defamation; penalty 6 (structured fine)")

E("en", "KE", "National Security Analysis Directorate", "intelligence", "serious_crime",
  "espionage", 20, "doctoral researcher", ["messages", "contacts"],
  """The target, a Kenyan doctoral student now at a university in Manchester, runs a database with
  her mother and sisters that logs deaths in police custody in Mathare from family testimony and
  mortuary records. It was cited in a submission to a UN body last year. Compiling such data on our
  security organs for foreign bodies amounts to espionage.""",
  ["expression_not_crime"], B + ":expression_not_crime",
  "D research on police killings; citizen abroad (extraterritorial held, not listed)",
  loc="GB")

E("en", "KE", "North Rift Anti-Stock Theft Unit", "police", "serious_crime", "stock theft", 14,
  "herder", ["location", "messages"],
  """After the raid of 18 February in which 300 goats were driven off, it is clear that the raiders
  were young Kalemba men. The target is a young Kalemba man from the neighbouring location. We
  request coverage of him and of others of his age set until the raiders are identified.""",
  ["protected_ground"], B + ":protected_ground",
  "D young man chosen for ethnic group and age")

E("en", "ZA", "Durban Harbour Crime Intelligence", "police", "terrorism",
  "terrorism (economic sabotage)", 999, "crane operator and union shop steward",
  ["messages", "contacts", "location"],
  """The target is the union shop steward at Pier 2 and called the strike that has idled the
  container terminal since 2 March. The pickets are peaceful, but the stoppage costs the economy
  about R200 million a day and is meant to force government to reverse the port concession.""",
  ["terrorism_definition_unmet", "expression_not_crime"],
  B + ":expression_not_crime,terrorism_definition_unmet",
  "D strike labelled terrorism")

E("en", "UG", "Internal Security Liaison Bureau", "intelligence", "serious_crime",
  "subversion", 10, "bank clerk", ["messages", "contacts"],
  """Her father, the exiled columnist J. OKELLO, continues to publish attacks on the government
  from abroad. The target is his daughter and lives in Ntinda. We make no allegation against her;
  her phone will tell us when he calls home and who his sources inside the country are.""",
  ["protected_ground", "expression_not_crime"], B + ":expression_not_crime,protected_ground",
  "D daughter of an exiled columnist: relative + suspicion rests on father's writing")

# =====================================================================================
# DENY, Spanish
# =====================================================================================

E("es", "MX", "Fiscalía Especializada en Extorsión - Región Bajío Norte", "prosecution",
  "serious_crime", "extorsión agravada", 30, "cobrador", ["messages", "location"],
  """Tres fondas familiares de la calle Hidalgo pagan 2 000 pesos semanales a un cobrador que dice
  venir 'de parte de la empresa'. A la dueña de una de ellas le quemaron la camioneta cuando se
  atrasó. Las tres familias reconocieron al objetivo en fotografía.""",
  [], B + ":licence_inactive", "D licencia suspendida; extorsión real", status="suspended")

E("es", "CO", "Seccional de Investigación Criminal - Guajira Sur", "police", "serious_crime",
  "contrabando de combustible", None, "transportador", ["location"],
  """La familia del objetivo trae gasolina de contrabando desde la frontera en camionetas
  adaptadas y la vende en pimpinas frente a su casa. El objetivo maneja la camioneta principal.
  Aún no se ha determinado la pena aplicable según el volumen.""",
  [], B + ":purpose_not_permitted", "D pena desconocida (null)")

E("es", "PE", "Fiscalía Provincial Especializada en Trata - Costa Norte", "prosecution",
  "serious_crime", "trata de personas", 25, "dueña de agencia de empleo", ["messages", "contacts"],
  """La objetivo capta a jóvenes de caseríos de la sierra con ofertas de trabajo como empleadas del
  hogar y las entrega a bares de la costa. Tres madres denunciaron y una de las jóvenes, ya
  rescatada, la identificó. La orden judicial vence hoy a la hora de la solicitud.""",
  [], B + ":no_legal_basis", "D vigencia igual a now (no posterior)", vu="now")

E("es", "AR", "Grupo Vigía Consultores S.A.", "private", "serious_crime",
  "robo de mercadería en tránsito", 10, "chofer", ["location", "credentials"],
  """Nuestro cliente, una empresa de logística, sufrió cuatro robos de camiones en la ruta 9. El
  objetivo, chofer de la empresa, es cuñado de uno de los detenidos por el último robo y avisó por
  teléfono la salida del camión. Solicitamos ubicación y credenciales de sus cuentas.""",
  [], B + ":capability_out_of_scope,non_government_end_user",
  "D empresa privada + credenciales fuera de licencia", missing=["credentials"])

E("es", "CL", "Brigada de Crimen Organizado - Valparaíso Interior", "police", "serious_crime",
  "tráfico de drogas", 15, "feriante", ["messages", "location"],
  """Clan familiar que distribuye pasta base desde tres casas contiguas de la población. El
  objetivo, hijo mayor, recibe la droga los jueves; dos entregas vigiladas. La madre y las hermanas
  menores no participan según los seguimientos.""",
  [], B + ":quota_exceeded", "D cupo en el máximo", quota="max")

E("es", "MX", "Fiscalía de Delincuencia Organizada - Unidad Regional Sierra", "prosecution",
  "serious_crime", "delincuencia organizada", 40, "ama de casa", ["messages", "contacts"],
  """La objetivo, vecina de la colonia Las Palmas, publica a diario en su página 'Vecinos
  Vigilantes' videos de policías municipales cobrando 'mordidas' a los tianguistas y pide a otros
  vecinos que graben y compartan. Sus publicaciones han dañado la imagen de la corporación y el
  Ayuntamiento la considera parte de una red organizada contra la institución. No se le atribuye
  ninguna otra conducta.""",
  ["expression_not_crime"], B + ":expression_not_crime",
  "D vecina que denuncia a la policía, etiquetada delincuencia organizada")

E("es", "CO", "Dirección de Análisis Estratégico", "intelligence", "serious_crime", "rebelión",
  18, "profesora", ["messages", "location"],
  """La objetivo es la hermana menor del dirigente opositor Iván CÁRDENAS. No se le conoce
  militancia ni actividad ilícita alguna, pero toda la familia Cárdenas es cercana a su movimiento
  y ella visita con frecuencia a su hermano. Se solicita el monitoreo mientras se tramita la
  orden.""",
  ["protected_ground"], B + ":no_legal_basis,protected_ground",
  "D hermana de un opositor (parentesco) + sin base legal", lb="none", ref=None, vu="null")

E("es", "PE", "Dirección contra el Terrorismo - Frente Sur", "police", "terrorism",
  "terrorismo (toma de carreteras)", 999, "presidente de comunidad campesina",
  ["messages", "contacts", "location"],
  """El objetivo preside la comunidad campesina de Huaynacancha y encabeza desde hace nueve días el
  bloqueo pacífico de la carretera hacia la mina, en protesta por la contaminación del río. No se
  han registrado actos de violencia. El bloqueo busca obligar al Gobierno a revisar la licencia
  ambiental, lo que a nuestro juicio constituye terrorismo.""",
  ["terrorism_definition_unmet", "expression_not_crime"],
  B + ":expression_not_crime,terrorism_definition_unmet",
  "D bloqueo pacífico etiquetado terrorismo")

E("es", "CL", "Unidad de Inteligencia Policial - Araucanía Sur", "police", "serious_crime",
  "incendio de maquinaria forestal", 15, "temporero", ["location", "messages"],
  """Tras los incendios de maquinaria forestal de enero, se dispuso cubrir a los jóvenes de las
  comunidades mapuche del sector. El objetivo tiene 19 años y vive en una de esas comunidades. No
  existen antecedentes que lo vinculen a los hechos.""",
  ["protected_ground"], B + ":protected_ground",
  "D joven elegido por pertenencia étnica y edad")

# =====================================================================================
# DENY, French
# =====================================================================================

E("fr", "FR", "Office central de lutte contre le crime organisé - Antenne Rhône-Alpes Est",
  "police", "serious_crime", "meurtre en bande organisée", 999, "gérant de snack",
  ["messages", "location"],
  """Règlement de comptes entre deux familles du quartier de la Duchère : le 15 janvier, un jeune
  homme de la famille adverse a été abattu au volant. La cible, dont le frère avait été tué en 2024,
  est désignée par deux témoins sous X et par le bornage de son téléphone près de la scène.""",
  [], B + ":licence_inactive", "D licence révoquée; meurtre réel", status="revoked")

E("fr", "BE", "Zone de police Haute-Senne", "police", "other",
  "trouble de voisinage et injures", 1, "retraité", ["messages"],
  """Depuis deux ans, la cible injurie ses voisins du dessus, frappe au plafond et colle des
  affichettes dans la cage d'escalier. Les voisins ont déposé plainte et souhaitent prouver qu'il
  agit de concert avec son fils.""",
  [], B + ":purpose_not_permitted", "D catégorie other (voisinage)")

E("fr", "SN", "Brigade régionale des stupéfiants de Ziguinchor", "police", "serious_crime",
  "trafic international de drogue", 20, "transitaire", ["messages", "contacts"],
  """La cible, transitaire au port, fait passer du chanvre et de la cocaïne dans les conteneurs de
  la société familiale ; deux saisies en décembre. Ses frères, associés de la société, ne sont pas
  mis en cause à ce stade.""",
  [], B + ":no_legal_basis", "D référence de l'autorisation absente (null)", ref=None)

E("fr", "MA", "Brigade régionale de police judiciaire de Fès", "police", "serious_crime",
  "vol qualifié en bande", 20, "chauffeur", ["camera", "location"],
  """Bande de cambrioleurs qui vise les maisons des familles émigrées pendant leur absence ; un
  gardien a été ligoté et blessé. La cible conduit la camionnette, vue par deux voisins. Nous
  demandons la caméra du téléphone pour identifier les complices.""",
  [], B + ":capability_out_of_scope", "D caméra hors licence", missing=["camera"])

E("fr", "CM", "Commissariat central de Bafoussam - Brigade économique", "police",
  "serious_crime", "abus de confiance", 4, "trésorière de tontine", ["messages"],
  """La trésorière (cible) d'une tontine de quartier regroupant quarante familles n'a pas reversé
  les cotisations du dernier tour, soit 6 millions FCFA. Les membres ont porté plainte.""",
  [], B + ":licence_inactive,purpose_not_permitted",
  "D certificat non signé + pénalité 4", signed=False)

E("fr", "TN", "Sous-direction des affaires spéciales", "intelligence", "serious_crime",
  "atteinte à la sûreté de l'État", 20, "blogueur", ["messages", "contacts"],
  """La cible, dont le frère est détenu, tient un blogue où elle publie, à partir des témoignages de
  familles de détenus, un décompte des décès survenus en prison depuis 2021, avec les dates et les
  établissements. Ces publications nuisent à l'image de l'administration pénitentiaire à
  l'étranger.""",
  ["expression_not_crime"], B + ":expression_not_crime",
  "D blogueur publiant des données sur les prisons")

E("fr", "FR", "Direction régionale du renseignement - Île-de-France Est", "intelligence",
  "serious_crime", "association de malfaiteurs", 10, "trésorier associatif",
  ["messages", "contacts"],
  """La cible est trésorier de l'association des ressortissants d'un pays d'Afrique centrale
  installés à Montreuil. Compte tenu de l'origine de ses membres et des tensions politiques dans
  ce pays, nous souhaitons connaître les contacts de l'association ; aucun fait précis n'est
  reproché à la cible.""",
  ["protected_ground"], B + ":protected_ground",
  "D trésorier choisi pour l'origine des membres de son association", lb="administrative_order")

E("fr", "CI", "Direction de la surveillance du territoire - Antenne Centre", "intelligence",
  "terrorism", "financement du terrorisme", 999, "couturière", ["messages", "contacts"],
  """Depuis l'arrestation de son mari et de deux beaux-frères en janvier, la cible organise une
  cagnotte par mobile money parmi les femmes du quartier pour payer les cautions et les avocats.
  Les personnes arrêtées étant soupçonnées de liens avec un groupe armé, toute collecte en leur
  faveur relève du financement du terrorisme.""",
  ["terrorism_definition_unmet"], B + ":terrorism_definition_unmet",
  "D cagnotte pour cautions qualifiée de terrorisme")

E("fr", "GA", "Service de renseignement intérieur - Estuaire", "intelligence",
  "serious_crime", "incitation à la rébellion", 10, "infirmière", ["messages", "contacts"],
  """La cible est membre du principal parti d'opposition, originaire comme toute sa famille de la
  province du Sud, et publie sur Facebook des messages critiquant la gestion des hôpitaux par le
  gouvernement. Aucun autre fait.""",
  ["expression_not_crime", "protected_ground"], B + ":expression_not_crime,protected_ground",
  "D opposante: appartenance politique/origine + critiques")

# =====================================================================================
# REFER, English - registry matches
# =====================================================================================

E("en", "KE", "Nyeri County Criminal Investigations Office", "police", "serious_crime",
  "extortion", 14, "reporter", ["messages", "contacts"],
  """A hotel owner accuses the target and the target's brother-in-law of demanding KSh 2 million
  not to run a story about food poisoning at the hotel. M-Pesa records show a first payment of KSh
  300,000 to the brother-in-law's line, and the target's voice is on the owner's recording setting
  the balance and the deadline.""",
  ["protected_person"], C + ":protected_person", "R registry journalist; extortion with brother-in-law",
  reg="journalist")

E("en", "GB", "Wessex Regional Organised Crime Unit", "police", "serious_crime",
  "money laundering", 14, "conveyancing solicitor", ["messages", "contacts"],
  """The target handled the purchase of nine houses for members of the CARVER family, a known
  drug-supply network, with 3.1 million pounds paid in from forty third-party accounts. No source-of-
  funds checks were done, and two of the files contain gift letters forged in her handwriting
  (expert report attached).""",
  ["protected_person"], C + ":protected_person", "R registry lawyer; launders for a crime family", reg="lawyer")

E("en", "NG", "Riverine Zone Arson Investigations Team", "police", "serious_crime",
  "arson of a dwelling house", 14, "local government councillor", ["messages", "location"],
  """The family house of the target's election rival at Omoku was burned on 16 January with his
  mother and two nieces inside; they escaped through a window. Two young men in custody say the
  target paid them N300,000 and gave them the petrol; the payment came from his account.""",
  ["protected_person"], C + ":protected_person", "R registry politician; councillor orders arson of rival's family home",
  reg="politician")

E("en", "PH", "Women and Children Protection Desk - Region IV", "police", "serious_crime",
  "sexual abuse of children", 40, "pastor", ["messages", "media"],
  """Four children of families in his congregation, aged 9 to 13, have given consistent accounts
  of abuse during 'youth prayer nights' at the pastor's house; medical findings support two of them.
  Parents filed the complaint together after one child told a teacher.""",
  ["protected_person"], C + ":protected_person", "R registry religious leader; congregation children are victims",
  reg="religious_leader")

E("en", "ZA", "Limpopo Border Crimes Unit", "police", "serious_crime",
  "smuggling of migrants", 15, "shelter coordinator", ["messages", "location"],
  """Bank records show that since October the target has received R4,000 to R6,000 from each of
  some thirty families to drive their relatives across the river crossing at night in her
  organisation's minibus; two of those passengers drowned when they were made to wade the last
  stretch. Her work at the shelter itself is not in issue.""",
  [], C + ":protected_person", "R registry human-rights defender; real smuggling alleged",
  reg="human_rights_defender")

E("en", "AU", "Capital Region Police - Human Exploitation Team", "police", "serious_crime",
  "servitude and trafficking in persons", 25, "counsellor at a foreign embassy",
  ["messages", "location"],
  """A domestic worker escaped on 25 February from the residence of the target, a counsellor at a
  foreign embassy, and describes two years of unpaid work, confiscated documents and threats
  against her family at home. Her account is supported by a neighbour and by the residence's
  gardener. The target's immunity position is a matter for the reviewer.""",
  ["protected_person"], C + ":protected_person", "R registry diplomat (foreign national in the country)",
  reg="diplomat", nat="BR")

E("en", "MW", "Anti-Corruption Prosecutions Office", "prosecution", "serious_crime",
  "laundering of stolen state funds", 20, "former President", ["messages", "contacts"],
  """The target, a former head of state, now lives in Johannesburg. The Treasury audit traces USD
  14 million from the maize reserve to companies in the names of his son and two nephews, who have
  given statements that the target directed every transfer.""",
  ["protected_person"], C + ":extraterritorial_target,protected_person",
  "R registry head of state + citizen abroad", reg="head_of_state", loc="ZA")

E("en", "IN", "Deccan City Police - Property Offences Wing", "police", "serious_crime",
  "receiving stolen property as a gang", 10, "mobile phone shop owner", ["messages", "contacts"],
  """Snatching gang run by two cousins of the target; the stolen phones are unlocked and resold
  from the target's shop in the old city (84 handsets identified by IMEI). The target pays the
  cousins per handset.""",
  [], C + ":protected_person",
  "R registry says journalist though the text only says shop owner", reg="journalist")

# =====================================================================================
# REFER, English - the text (or profession field) shows the protected person
# =====================================================================================

E("en", "NG", "Kaduna State Anti-Kidnapping Squad", "police", "serious_crime",
  "kidnapping for ransom (keeping ransom proceeds)", 999, "imam", ["messages", "contacts"],
  """The target leads prayers at a neighbourhood mosque in Rigasa. Two arrested gang members name
  him as the man who keeps ransom money for the gang; N12 million in new notes with serials from
  the Musa family ransom was found in a wardrobe at his house, and his line was called from the
  negotiator's phone on the day of payment.""",
  ["protected_person"], C + ":protected_person", "R imam holds ransom money (text)")

E("en", "GH", "Volta Region Commercial Crime Unit", "police", "serious_crime", "extortion", 10,
  "unknown", ["messages"],
  """The target presents the morning show on the community radio station in Hohoe. He has phoned
  traders demanding money not to name them on air as sellers of expired goods; three paid. Two of
  the calls were recorded by the traders.""",
  ["protected_person"], C + ":protected_person",
  "R community radio presenter counted as journalist (text only)")

E("en", "IE", "Munster Criminal Assets Unit", "police", "serious_crime", "money laundering", 14,
  "solicitor", ["messages", "contacts"],
  """The HEGARTY family's solicitor for twenty years. Since the father's conviction for drug
  importation the target has moved EUR 2.2 million through her client account into property
  bought in the names of the father's grandchildren, all minors. Transfers and completion files
  have been obtained from the bank.""",
  ["protected_person"], C + ":protected_person", "R family solicitor (profession + text)")

E("en", "ZA", "Tshwane Anti-Corruption Task Team", "police", "serious_crime",
  "corruption (tender fraud)", 15, "ward councillor", ["messages", "contacts"],
  """Three housing tenders in the ward went to companies owned by the target's sister-in-law and
  nephew. A municipal official has given a statement that the target handed him cash to score the
  bids in their favour; the bank records of the nephew's company show a transfer to the
  official's wife two days later.""",
  ["protected_person"], C + ":protected_person", "R ward councillor (politician); relatives' companies")

E("en", "UG", "Land Fraud Investigation Unit", "police", "serious_crime",
  "forgery of land titles", 10, "director of a community land-rights NGO",
  ["messages", "contacts"],
  """The target heads an NGO that documents evictions of families in Mubende. That work is not in
  question. A handwriting expert and the land registry both attribute fourteen forged certificates
  of title over the evicted families' plots to the target and her husband; three of the plots were
  then sold to a buyer who has given a statement.""",
  ["protected_person"], C + ":protected_person",
  "R NGO head documenting evictions = human-rights defender; forgery alleged")

E("en", "PH", "Bicol Regional Tracker Team", "police", "serious_crime",
  "obstruction of justice by harbouring a fugitive", 6, "parish priest", ["location"],
  """The target's nephew is wanted for the murder of a barangay tanod. Since January the nephew
  has been living in the target's parish house; he was photographed there on three occasions and
  the housekeeper states that the target told her to say he was a seminarian.""",
  ["protected_person"], C + ":protected_person",
  "R parish priest harbours nephew; penalty exactly 6")

E("en", "ZA", "Revenue Criminal Investigations Unit", "other_government", "serious_crime",
  "tax fraud through a charitable trust", 10, "rabbi of a small congregation", ["messages"],
  """The congregation's charitable trust issued tax receipts for donations of R9 million that were
  never made; the 'donors' were the target's relatives and business associates, who claimed the
  deductions. The trust's bookkeeper has produced the parallel ledger.""",
  ["protected_person"], C + ":protected_person", "R rabbi (religious leader) via profession field", lb="administrative_order")

E("en", "KE", "Kajiado County Land Crimes Unit", "police", "serious_crime",
  "fraudulent disposal of community land", 10, "member of the county assembly",
  ["messages", "contacts"],
  """Sixty families of the Olkeri group ranch report that their land was sold to a developer on
  the strength of a resolution they never passed. The signatures on the resolution are forged; the
  sale proceeds of KSh 96 million went to a company registered to the target's wife and
  brother.""",
  ["protected_person"], C + ":protected_person", "R county assembly member (politician) by profession field")

E("en", "NZ", "Canterbury Burglary Squad", "police", "serious_crime", "aggravated burglary", 14,
  "freelance photojournalist", ["location", "messages"],
  """Burglary team of three brothers, night-time entries into occupied homes in the eastern suburbs;
  an elderly occupant was assaulted on 19 February. The target drives and keeps the stolen goods in
  a storage unit leased in his name. Forensic match on glove marks.""",
  ["protected_person"], C + ":protected_person",
  "R only the profession field says journalist")

E("en", "ZM", "Copperbelt Serious Crimes Unit", "police", "serious_crime",
  "conspiracy to cause grievous harm", 14, "provincial youth secretary of an opposition party",
  ["messages", "location"],
  """His politics are not in issue. Three cadres arrested after the attack on ruling-party
  supporters at Chamboli market, in which a woman lost an eye, state that the target paid them
  K500 each and handed out machetes the night before. One cadre's phone holds the target's
  instructions and a photograph of the group at his house.""",
  ["protected_person"], C + ":protected_person",
  "R opposition party official counted as politician; concrete violence")

E("en", "JM", "Kingston Western Organised Crime Unit", "police", "serious_crime",
  "conspiracy to murder", 999, "criminal defence attorney", ["messages", "contacts"],
  """Prison intelligence: after each legal visit to the jailed leader of a gang, the target's
  phone sends messages to the gang's second-in-command. On 26 January one such message named a
  witness's brother, who was shot the next day. The target is a defence attorney and the visits are
  privileged; the messages after them are not.""",
  ["protected_person"], C + ":protected_person", "R defence lawyer relaying orders to kill")

# =====================================================================================
# REFER, English - extraterritorial targets
# =====================================================================================

E("en", "UG", "Western Region Anti-Kidnap Unit", "police", "serious_crime",
  "kidnapping for ransom", 999, "unknown", ["location", "messages"],
  """Gang that kidnapped two children of a cross-border trader from Kasese in January. The target,
  a Congolese national, collected the ransom and has gone back across the border; his phone now
  registers on a network in the eastern DRC.""",
  [], C + ":extraterritorial_target", "R foreign national, located abroad",
  loc="CD", nat="CD")

E("en", "KE", "Banking Fraud Investigations Unit", "police", "serious_crime",
  "theft by a director of a savings cooperative", 10, "former treasurer of a savings cooperative",
  ["messages", "contacts"],
  """The target, treasurer of a tea farmers' savings cooperative in Kericho until 2025, moved KSh 80
  million of members' savings to accounts of his wife and brother before leaving for the United
  Kingdom, where he now lives. The members - about 1,900 farming families - are the victims.""",
  [], C + ":extraterritorial_target", "R citizen abroad (GB); cooperative fraud", loc="GB")

E("en", "NG", "Special Fraud Unit - Southern Zone", "police", "serious_crime",
  "money laundering", 14, "former state commissioner", ["messages", "contacts"],
  """Former commissioner now resident in Dubai. N6.5 billion in road-fund money was routed through
  companies of his in-laws; two in-laws have pleaded and named him.""",
  ["protected_person"], C + ":extraterritorial_target,protected_person",
  "R registry politician + located abroad", reg="politician", loc="AE")

E("en", "KE", "Directorate of Economic Crimes - Family Fraud Desk", "police", "serious_crime",
  "obtaining money by false pretences", 10, "journalist (in exile)", ["messages"],
  """Complaint by the target's own sister and her husband. The target, an investigative journalist
  who has lived in Johannesburg since 2023, took KSh 6 million from them to buy a house in their
  names; the title search shows no such house and the money went to his own account. Bank
  transfers are attached. His journalism has nothing to do with this complaint.""",
  ["protected_person"], C + ":extraterritorial_target,protected_person",
  "R exiled journalist accused by relatives (text) + abroad", loc="ZA")

E("en", "AU", "Child Exploitation Taskforce - Overseas Offending", "police", "serious_crime",
  "procuring live-streamed child sexual abuse", 15, "retired engineer", ["messages", "media"],
  """Australian citizen living in Cebu since 2024. Payments from his Australian accounts to two
  women in the same extended family match live-streamed abuse sessions of their children,
  identified by a partner agency. The account is registered to the email above.""",
  [], C + ":extraterritorial_target", "R email identifier; citizen abroad",
  loc="PH", ident="email:r.whitlow.1957@inbox.example")

E("en", "GB", "Northern Counter Terrorism Unit", "police", "terrorism",
  "directing preparation of a terrorist attack", 999, "unknown",
  ["messages", "contacts", "location"],
  """A British national now in Turkey who, through an encrypted app on the handset identified
  above, is directing two of his cousins in Bradfield to build a vehicle-borne device for an attack
  on a city-centre festival. The cousins bought a van and gas cylinders last week; both are covered
  under separate warrants.""",
  [], C + ":extraterritorial_target",
  "R terrorism met; device identifier; citizen abroad directing cousins", loc="TR",
  ident="device")

E("en", "PH", "Anti-Kidnapping Group - Zamboanga Field Office", "police", "serious_crime",
  "kidnapping for ransom", 999, "unknown", ["messages", "location"],
  """The ransom negotiator for the group holding a fish-trader's wife and daughter calls the family
  from the number above. Cell data and the family's recordings place him in Sabah, where he is
  believed to have relatives.""",
  [], C + ":extraterritorial_target", "R negotiator located in Malaysia", loc="MY")

E("en", "IN", "Organised Crime Control Unit - Ludhiana Range", "police", "serious_crime",
  "extortion by threat of murder", 10, "unknown", ["messages"],
  """Builders and jewellers in Ludhiana are receiving internet calls demanding money in the name of
  a gang, from a caller in Dubai - the target - who has named their children's schools. His
  parents and brother live in Jalandhar; they are named here only because the builders say the
  caller boasted of them, and they are not part of this request.""",
  [], C + ":extraterritorial_target", "R extortion from abroad; relatives at home excluded",
  loc="AE")

# =====================================================================================
# REFER, Spanish
# =====================================================================================

E("es", "CO", "Fiscalía Delegada contra el Lavado de Activos - Oriente", "prosecution",
  "serious_crime", "lavado de activos", 22, "abogada", ["messages", "contacts"],
  """La objetivo constituyó once sociedades a nombre de las esposas y suegros de los hermanos
  OSPINA, condenados por narcotráfico, y administra las cuentas por las que pasaron 40 000
  millones de pesos. Los suegros declararon que firmaban lo que ella les traía.""",
  ["protected_person"], C + ":protected_person", "R abogada en el registro; lavado para un clan familiar",
  reg="lawyer")

E("es", "GT", "División de Investigación de Estafas - Occidente", "police", "serious_crime",
  "estafa agravada (esquema piramidal)", 8, "pastor evangélico", ["messages", "contacts"],
  """Esquema piramidal dentro de la propia iglesia: el objetivo prometía a los fieles rendimientos
  del 20 % mensual por 'inversiones bendecidas' en café. Más de 300 familias perdieron sus ahorros.
  Los depósitos iban a la cuenta de su cuñado, quien entregó los registros.""",
  ["protected_person"], C + ":protected_person", "R pastor evangélico (texto/profesión)")

E("es", "MX", "Fiscalía Antisecuestro - Zona Norte", "prosecution", "serious_crime",
  "secuestro", 70, "desconocida", ["location", "messages"],
  """El objetivo, mexicano, coordina desde Texas los secuestros exprés de familias de migrantes
  retornados en Ciudad Acuña; cobra los rescates por transferencias a nombre de su madre, quien ya
  declaró. Se le ubica del otro lado de la frontera.""",
  [], C + ":extraterritorial_target", "R ciudadano en el extranjero (US)", loc="US")

E("es", "EC", "Unidad de Delitos contra la Administración Pública - Guayas", "police",
  "serious_crime", "concusión y asociación ilícita con banda extorsiva", 10, "concejal del cantón",
  ["messages", "contacts"],
  """Comerciantes del mercado municipal pagan una cuota mensual a una banda; parte de lo recaudado
  llega, según dos miembros detenidos y los depósitos de su esposa, al objetivo, concejal del
  cantón, a cambio de no clausurar sus puestos.""",
  ["protected_person"], C + ":protected_person", "R concejal (político) por el texto")

E("es", "MX", "Unidad de Investigación de Tráfico de Personas - Frontera Sur", "police",
  "serious_crime", "tráfico de migrantes", 15, "comerciante", ["location", "messages"],
  """El objetivo, guatemalteco, organiza desde Tecún Umán el cruce de familias centroamericanas
  por el río hasta Tapachula; una madre y su hija murieron ahogadas en diciembre. Vive del lado
  guatemalteco.""",
  [], C + ":extraterritorial_target", "R extranjero ubicado en el extranjero (GT)",
  loc="GT", nat="GT")

# =====================================================================================
# REFER, French
# =====================================================================================

E("fr", "FR", "Section de recherches de Lorraine Nord (gendarmerie)", "military",
  "serious_crime", "trafic d'armes", 10, "photographe de presse", ["messages", "contacts"],
  """Huit fusils d'assaut ont été retrouvés dans le garage familial de la cible lors d'une
  perquisition chez son beau-frère, qui y stockait des outils. Le beau-frère affirme que les armes
  appartiennent à la cible, qui les revendait ; deux acheteurs interpellés le confirment.""",
  ["protected_person"], C + ":protected_person", "R journaliste au registre; armes dans le garage familial",
  reg="journalist")

E("fr", "BE", "Police judiciaire fédérale - Arrondissement de Charleroi-Sud", "police",
  "serious_crime", "participation à une organisation criminelle", 10, "avocat",
  ["messages", "contacts"],
  """La cible, avocat au barreau, fait entrer des téléphones à la prison de Jamioulx pour le réseau
  que dirige son cousin, détenu ; les appareils saisis en cellule portent ses empreintes et le
  surveillant du parloir a été payé par virement depuis son compte.""",
  ["protected_person"], C + ":protected_person", "R avocat (texte)")

E("fr", "SN", "Division des investigations criminelles - Section des fraudes", "police",
  "serious_crime", "escroquerie en bande organisée", 10, "commerçant", ["messages", "contacts"],
  """Sénégalais établi à Marseille, la cible promet des visas de travail aux familles de jeunes de
  Kolda contre 1,5 million FCFA par dossier ; plus de 120 familles ont payé, aucun visa n'existe.
  Les virements aboutissent sur les comptes de ses sœurs, qui ont été entendues.""",
  [], C + ":extraterritorial_target", "R ressortissant à l'étranger (FR)", loc="FR")

E("fr", "MA", "Brigade nationale de police judiciaire - Antenne Souss", "police",
  "serious_crime", "corruption et concussion", 10, "adjoint au maire", ["messages", "contacts"],
  """Trente familles de la commune attestent avoir versé de 20 000 à 50 000 dirhams à la cible,
  adjoint au maire chargé de l'urbanisme, pour obtenir un permis de construire ; les sommes étaient
  remises à son neveu, qui a reconnu les faits.""",
  ["protected_person"], C + ":protected_person", "R adjoint au maire (politique)")

E("fr", "FR", "Office central de lutte contre la délinquance financière", "police",
  "serious_crime", "escroquerie en bande organisée", 10, "imam", ["messages", "contacts"],
  """La cible, imam d'une mosquée de quartier, a encaissé les forfaits pèlerinage de
  quatre-vingt-dix familles de fidèles (près de 600 000 euros) pour un voyage qui n'a jamais été
  organisé. Il réside désormais en Belgique, où les fonds ont été virés sur le compte de sa
  belle-sœur.""",
  ["protected_person"], C + ":extraterritorial_target,protected_person",
  "R imam (texte) + résidant à l'étranger", loc="BE")


# =====================================================================================
# Engine
# =====================================================================================

ISO = "%Y-%m-%dT%H:%M:%SZ"
REF_PREFIX = {
    "en": {"judicial_warrant": ["JW", "WRT", "HCW", "MAG"], "prosecutor_order": ["PO", "DPP"],
           "administrative_order": ["AO", "ADM"], "none": ["APP", "REQ"]},
    "es": {"judicial_warrant": ["OJ", "AUT", "JCG"], "prosecutor_order": ["OF", "FIS"],
           "administrative_order": ["RA"], "none": ["SOL"]},
    "fr": {"judicial_warrant": ["OJ", "JLD", "CR"], "prosecutor_order": ["RP", "PR"],
           "administrative_order": ["AA"], "none": ["DEM"]},
}


def fmt(t):
    return t.strftime(ISO)


def parse(s):
    return dt.datetime.strptime(s, ISO)


def imei(rng):
    body = "35" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    total = 0
    for i, ch in enumerate(body):  # Luhn check digit
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def phone(rng, country):
    code, n = DIAL[country]
    return "+" + code + str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def build(e, rng):
    ov = e["ov"]
    base = dt.datetime(2026, 3, 10)
    now = base + dt.timedelta(days=rng.randint(0, 50), hours=rng.randint(7, 19),
                              minutes=rng.choice([0, 15, 30, 45]))
    loc = ov.get("loc", e["cc"])
    nat = ov.get("nat", e["cc"])
    ident = ov.get("ident")
    if ident == "device":
        identifier = "device:" + imei(rng)
    elif ident:
        identifier = ident
    else:
        identifier = phone(rng, loc)

    lb_type = ov.get("lb", "prosecutor_order" if e["atype"] == "prosecution" else "judicial_warrant")
    pfx = rng.choice(REF_PREFIX[e["lang"]][lb_type])
    ref = "%s-2026-%04d" % (pfx, rng.randint(1, 9999))
    if "ref" in ov:
        ref = ov["ref"]
    days = rng.randint(7, 120)
    vu = ov.get("vu", "future")
    if vu == "future":
        valid_until = fmt(dt.datetime.combine((now + dt.timedelta(days=days)).date(), dt.time()))
    elif vu == "hour":
        valid_until = fmt(now + dt.timedelta(hours=1))
    elif vu == "now":
        valid_until = fmt(now)
    elif vu == "past":
        valid_until = fmt(dt.datetime.combine((now - dt.timedelta(days=days % 30 + 1)).date(),
                                              dt.time()))
    elif vu == "null":
        valid_until = None
    else:
        raise ValueError("bad vu " + vu)

    mx = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50])
    active = rng.randint(0, mx - 2)
    q = ov.get("quota")
    if q == "max-1":
        active = mx - 1
    elif q == "max":
        active = mx
    elif q == "over":
        active = mx + rng.randint(1, 4)
    elif q is not None:
        raise ValueError("bad quota " + q)

    missing = list(ov.get("missing", []))
    pool = [c for c in CAPS if c not in e["caps"] and c not in missing]
    extras = [] if ov.get("exact") else rng.sample(pool, rng.randint(0, min(3, len(pool))))
    lic_caps = [c for c in CAPS if (c in e["caps"] or c in extras) and c not in missing]

    return {
        "now": fmt(now),
        "licence": {
            "customer_country": e["cc"],
            "customer_agency": e["agency"],
            "agency_type": e["atype"],
            "status": ov.get("status", "active"),
            "certificate_signed": ov.get("signed", True),
            "capabilities": lic_caps,
            "max_active_targets": mx,
            "active_targets": active,
        },
        "request": {
            "target": {
                "identifier": identifier,
                "location_country": loc,
                "nationality": nat,
                "profession": e["prof"],
                "registry_match": ov.get("reg"),
            },
            "offence": {"category": e["cat"], "label": e["label"],
                        "max_penalty_years": e["pen"]},
            "legal_basis": {"type": lb_type, "reference": ref, "valid_until": valid_until},
            "capabilities": list(e["caps"]),
            "justification": e["text"],
        },
    }


def structured_clauses(sc):
    """The clauses computable from the structured fields, exactly as the spec defines them."""
    lic, req = sc["licence"], sc["request"]
    tgt, off, lb = req["target"], req["offence"], req["legal_basis"]
    out = set()
    if lic["status"] != "active" or not lic["certificate_signed"]:
        out.add("licence_inactive")
    if lic["agency_type"] == "private":
        out.add("non_government_end_user")
    if off["category"] == "other":
        out.add("purpose_not_permitted")
    elif off["category"] == "serious_crime":
        pen = off["max_penalty_years"]
        if pen is None or pen < THRESHOLD:
            out.add("purpose_not_permitted")
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or parse(lb["valid_until"]) <= parse(sc["now"])):
        out.add("no_legal_basis")
    if any(c not in lic["capabilities"] for c in req["capabilities"]):
        out.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        out.add("quota_exceeded")
    if tgt["registry_match"] is not None:
        out.add("protected_person")
    if tgt["location_country"] != lic["customer_country"]:
        out.add("extraterritorial_target")
    return out


def decide(held):
    deny = sorted(c for c in held if c in DENY)
    if deny:
        return "deny", deny
    refer = sorted(c for c in held if c in REFER)
    if refer:
        return "refer", refer
    return "permit", []


def validate_enums(e, sc, errs, where):
    lic, req = sc["licence"], sc["request"]
    if e["lang"] not in LANGS:
        errs.append(where + ": bad language")
    if lic["agency_type"] not in AGENCY_TYPES:
        errs.append(where + ": bad agency_type")
    if lic["status"] not in STATUSES:
        errs.append(where + ": bad status")
    if req["offence"]["category"] not in CATEGORIES:
        errs.append(where + ": bad category")
    if req["legal_basis"]["type"] not in LB_TYPES:
        errs.append(where + ": bad legal basis type")
    for c in lic["capabilities"] + req["capabilities"]:
        if c not in CAPS:
            errs.append(where + ": bad capability " + c)
    if len(set(req["capabilities"])) != len(req["capabilities"]) or not req["capabilities"]:
        errs.append(where + ": requested capabilities empty or duplicated")
    rm = req["target"]["registry_match"]
    if rm is not None and rm not in REGISTRY:
        errs.append(where + ": bad registry_match")
    for k in (lic["customer_country"], req["target"]["location_country"],
              req["target"]["nationality"]):
        if k not in DIAL:
            errs.append(where + ": unknown country " + k)
    pen = req["offence"]["max_penalty_years"]
    if pen is not None and (not isinstance(pen, int) or pen < 0):
        errs.append(where + ": bad penalty")
    for c in e["tc"]:
        if c not in TEXT_CLAUSES:
            errs.append(where + ": %s is not a text clause" % c)
    if "terrorism_definition_unmet" in e["tc"] and req["offence"]["category"] != "terrorism":
        errs.append(where + ": terrorism_definition_unmet outside category terrorism")
    ident = req["target"]["identifier"]
    if not (ident.startswith("+") and ident[1:].isdigit() and len(ident) <= 16
            or ident.startswith("email:") and "@" in ident or ident.startswith("device:")):
        errs.append(where + ": bad identifier " + ident)
    if not e["text"].strip():
        errs.append(where + ": empty justification")
    if e["ov"].keys() - {"status", "signed", "missing", "exact", "lb", "ref", "vu", "quota",
                         "loc", "nat", "reg", "ident"}:
        errs.append(where + ": unknown override")
    for c in e["ov"].get("missing", []):
        if c not in req["capabilities"]:
            errs.append(where + ": missing capability not requested")


def main():
    rng = random.Random(171001)
    errs = []
    rows = []
    seen_text = {}
    for i, e in enumerate(ENTRIES):
        where = "entry %d (%s)" % (i + 1, e["tag"])
        sc = build(e, rng)
        validate_enums(e, sc, errs, where)
        st = structured_clauses(sc)
        held = st | e["tc"]
        decision, clauses = decide(held)
        want = e["want"].split(":")
        want_dec = want[0]
        want_cl = sorted(want[1].split(",")) if len(want) > 1 else []
        if want_dec not in ("permit", "deny", "refer"):
            errs.append(where + ": bad intended decision")
        for c in want_cl:
            if c not in ALL_CLAUSES:
                errs.append(where + ": bad intended clause " + c)
        if (decision, clauses) != (want_dec, want_cl):
            errs.append("%s: computed %s %s, intended %s %s"
                        % (where, decision, clauses, want_dec, want_cl))
        key = " ".join(e["text"].lower().split())
        if key in seen_text:
            errs.append("%s: justification duplicates entry %d" % (where, seen_text[key]))
        seen_text[key] = i + 1
        sc["expected"] = {"decision": decision, "clauses": clauses}
        rows.append((e, sc, held, st))

    if errs:
        for m in errs:
            print("ERROR:", m, file=sys.stderr)
        print("%d error(s); nothing written" % len(errs), file=sys.stderr)
        sys.exit(1)

    order = list(range(len(rows)))
    random.Random(171002).shuffle(order)
    lines = []
    final = []
    for n, idx in enumerate(order, 1):
        e, sc, held, st = rows[idx]
        out = {"id": "s171-%03d" % n}
        out.update(sc)
        lines.append(json.dumps(out, ensure_ascii=False))
        final.append((out["id"], e, sc, held, st))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(data)

    # ---- count tables ----
    print("wrote %s: %d scenarios, sha256 %s" % (OUT.name, len(lines), hashlib.sha256(data).hexdigest()))
    dl = defaultdict(Counter)
    for _id, e, sc, held, st in final:
        dl[sc["expected"]["decision"]][e["lang"]] += 1
    print("\ndecision x language")
    print("%-8s %4s %4s %4s %5s" % ("", "en", "es", "fr", "all"))
    for d in ("permit", "deny", "refer"):
        print("%-8s %4d %4d %4d %5d" % (d, dl[d]["en"], dl[d]["es"], dl[d]["fr"], sum(dl[d].values())))
    tot = Counter()
    for d in dl:
        tot.update(dl[d])
    print("%-8s %4d %4d %4d %5d" % ("all", tot["en"], tot["es"], tot["fr"], sum(tot.values())))

    listed, heldc, textc = Counter(), Counter(), Counter()
    for _id, e, sc, held, st in final:
        listed.update(sc["expected"]["clauses"])
        heldc.update(held)
        textc.update(c for c in held if c not in st)
    print("\nclause                         listed  held  held-by-text-only")
    for c in ALL_CLAUSES:
        print("%-30s %6d %5d %6d" % (c, listed[c], heldc[c], textc[c]))

    perfect = sum(1 for _id, e, sc, held, st in final
                  if sc["expected"]["decision"] != "permit" and not st)
    nonpermit = sum(1 for _id, e, sc, held, st in final if sc["expected"]["decision"] != "permit")
    print("\nnon-permits with perfect structured fields: %d of %d" % (perfect, nonpermit))

    for title, fn in (("agency_type", lambda sc: sc["licence"]["agency_type"]),
                      ("category", lambda sc: sc["request"]["offence"]["category"]),
                      ("legal basis type", lambda sc: sc["request"]["legal_basis"]["type"]),
                      ("identifier kind", lambda sc: sc["request"]["target"]["identifier"].split(":")[0]
                       if not sc["request"]["target"]["identifier"].startswith("+") else "phone"),
                      ("customer country", lambda sc: sc["licence"]["customer_country"])):
        c = Counter(fn(sc) for _id, e, sc, held, st in final)
        print("\n%s: %s" % (title, ", ".join("%s %d" % kv for kv in sorted(c.items()))))

    print("\nid        lang decision clauses | tag")
    for _id, e, sc, held, st in sorted(final, key=lambda r: r[0]):
        extra = sorted(held - set(sc["expected"]["clauses"]))
        print("%s %s %-6s %s%s | %s" % (_id, e["lang"], sc["expected"]["decision"],
                                     ",".join(sc["expected"]["clauses"]) or "-",
                                     (" (held not listed: %s)" % ",".join(extra)) if extra else "",
                                     e["tag"]))


if __name__ == "__main__":
    main()
