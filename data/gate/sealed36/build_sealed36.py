#!/usr/bin/env python3
"""Build the sealed36 labelled evaluation set for the EUC tasking gate.

Python 3.11, standard library only.  The free text (justification, labels,
professions, agencies) and the judgement of the text clauses are hand-written
below; filler (evaluation time, identifiers, legal references, validity dates,
quotas, extra licence capabilities) comes from a fixed seed, so the output is
byte-identical on every run.

For every scenario the script
  * computes the structured-field clauses by the rules of gate-scenarios.md,
  * adds the hand-judged text clauses (tc=...),
  * applies deny > refer > permit and the listing rule,
  * checks the result against the hand-stated intent (exp=..., want=...),
and exits non-zero if any scenario disagrees.

Usage:  python3 build_sealed36.py [output.jsonl]
"""
import json
import os
import random
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone

SEED = 360036
THRESHOLD = 6  # serious-crime threshold of the standard certificate (years)

DENY_ORDER = [
    "licence_inactive",
    "non_government_end_user",
    "purpose_not_permitted",
    "terrorism_definition_unmet",
    "expression_not_crime",
    "protected_ground",
    "no_legal_basis",
    "capability_out_of_scope",
    "quota_exceeded",
]
REFER_ORDER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {
    "terrorism_definition_unmet",
    "expression_not_crime",
    "protected_ground",
    "protected_person",  # when only the justification / profession says so
}
ALL_CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician",
            "head_of_state", "diplomat", "religious_leader"}

DIAL = {
    "AE": "971", "AF": "93", "AR": "54", "AU": "61", "BD": "880", "BH": "973", "BN": "673",
    "CL": "56", "CN": "86", "CO": "57", "DE": "49", "DZ": "213", "EC": "593", "EG": "20",
    "ES": "34", "FJ": "679", "FR": "33", "GB": "44", "GH": "233", "GQ": "240", "GT": "502",
    "HK": "852", "ID": "62", "IN": "91", "IQ": "964", "JO": "962", "JP": "81", "KG": "996",
    "KH": "855", "KR": "82", "KW": "965", "KZ": "7", "LA": "856", "LB": "961", "LK": "94",
    "MA": "212", "MM": "95", "MN": "976", "MV": "960", "MX": "52", "MY": "60", "NP": "977",
    "NZ": "64", "OM": "968", "PE": "51", "PG": "675", "PH": "63", "PK": "92", "PY": "595",
    "QA": "974", "SA": "966", "SG": "65", "SY": "963", "TH": "66", "TJ": "992", "TN": "216",
    "TR": "90", "TW": "886", "UZ": "998", "VE": "58", "VN": "84", "YE": "967",
}
MAIL_DOMAINS = ["protonmail.com", "gmail.com", "outlook.com", "yahoo.com", "tutanota.com",
                "mail.ru", "hotmail.com", "yandex.com", "gmx.net", "icloud.com"]
REF_FORMS = {
    "judicial_warrant": ["{cc}-JW-{y}-{n:05d}", "WRT/{cc}/{y}/{n:04d}", "CRT-{n:06d}-{y}",
                         "{cc}/INT/{y}/{n:04d}", "JUD-{y}-{cc}-{n:04d}"],
    "prosecutor_order": ["PO-{cc}-{y}-{n:04d}", "PROS/{y}/{n:05d}", "{cc}-PP-{n:04d}/{y}",
                         "ORD-FISC-{y}-{n:04d}"],
    "administrative_order": ["ADM-{cc}-{y}-{n:04d}", "AO/{y}/{n:05d}", "{cc}-DIR-{n:04d}-{y}"],
    "none": ["{cc}-REQ-{y}-{n:04d}"],
}

MISSING = "__missing__"  # sentinel: legal_basis.reference is null
EMPTY = "__empty__"      # sentinel: legal_basis.reference is ""

SCEN = []


def S(exp, lang, cc, agency, atype, cat, label, pen, caps, want, just, tc=(), **kw):
    """Register one hand-written scenario.

    exp   intended decision; want: intended decisive clause list; tc: text clauses
    kw:   loc, nat, prof, reg, status, signed, lb, ref, vu, lic_caps, extra,
          quota=(max, active) or qmode in {'below1', 'at', 'over'}, ident, month
    """
    if isinstance(just, (list, tuple)) and isinstance(tc, str):
        just, tc = tc, just  # allow S(..., want, tc, just) as well as S(..., want, just, tc=...)
    SCEN.append(dict(exp=exp, lang=lang, cc=cc, agency=agency, atype=atype, cat=cat,
                     label=label, pen=pen, caps=list(caps), want=list(want), just=just,
                     tc=list(tc), kw=dict(kw)))


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def order_caps(caps):
    return [c for c in ALL_CAPS if c in set(caps)]


# ---------------------------------------------------------------------------
# scenarios (hand-written)
# ---------------------------------------------------------------------------

# ----- English: permit --------------------------------------------------------

S("permit", "en", "MY", "Royal Malaysia Police - Narcotics Crime Investigation Department (NCID), Kedah",
  "police", "serious_crime", "trafficking in dangerous drugs (s.39B Dangerous Drugs Act 1952)", 999,
  ["location", "messages"], [],
  """Subject ZULKIFLI alias 'Pak Long' = receiver for 38 kg syabu (methamphetamine) landed Kuala Kedah
  jetty 14/2. Seized phone of arrested courier has 11 voice notes from this no. arranging payment.
  Handover pt is car park beside the surau (small prayer hall) at Taman Seri - chosen by them bcos
  quiet after isyak prayer, no link to any religious group. Req location + msgs 30 days to find the
  storage house.""",
  prof="fisherman")

S("permit", "en", "ID", "Komisi Pemberantasan Korupsi (Corruption Eradication Commission) - Directorate of Investigation",
  "other_government", "serious_crime", "bribery of a civil servant (Art. 5(1)(a) Anti-Corruption Law)", 20,
  ["messages", "contacts"], [],
  """The Commission's investigation team holds bank records showing that between March and November
  2025 the target, a private road contractor, transferred IDR 4.2 billion through three nominee
  accounts to the head of procurement of the Provincial Public Works Office, in exchange for being
  awarded eleven road-maintenance tenders. The recipient official has already been named a suspect
  (tersangka) and is to be summoned next month. It is anticipated that the target will attempt to
  recover or conceal the funds before that summons. Interception of messages and contacts is therefore
  requested in order to identify the nominee account holders and any further recipients. For
  completeness it is noted that the target sponsors a local football club and appears frequently in
  the regional press; this has no bearing on the present request.""",
  lb="prosecutor_order", prof="construction contractor")

S("permit", "en", "PH", "Philippine Drug Enforcement Agency (PDEA) - Regional Office III",
  "police", "serious_crime", "manufacture of dangerous drugs (Sec. 8, RA 9165)", 999,
  ["location", "messages", "contacts"], [],
  """Subject is financier and operator of a clandestine shabu (methamphetamine hydrochloride) laboratory
  set up inside a rented poultry farm in Brgy. San Isidro. The two chemists arrested last 3 January,
  both foreign nationals, named him in their sworn statements, and the lease of the farm is under the
  name of his live-in partner. Present number confirmed during test-buy on 19 January. Respectfully
  requesting location, messages and contacts to locate the second laboratory and the precursor
  supplier.""",
  prof="poultry businessman")

S("permit", "en", "IN", "National Investigation Agency - Counter-Terrorism Wing",
  "police", "terrorism", "conspiracy to commit a terrorist act (UAPA s.18)", 999,
  ["messages", "location", "microphone"], [],
  """Module of four persons planning to detonate pressure-cooker IEDs at the Sunday vegetable market at
  peak hour. Recovered from co-accused arrested at the railway station on 9th inst.: 6 kg ammonium
  nitrate, two timers and a hand-drawn map of the market with the entry points marked. Chat extracts
  show present target was assigned the 'delivery' role, and last week he purchased two second-hand
  motorcycles in cash. Attack window assessed within 10 days. Microphone and location sought to trace
  the remaining explosive and prevent loss of life.""",
  prof="electrician")

S("permit", "en", "TH", "Department of Special Investigation (DSI) - Bureau of Human Trafficking Crime",
  "other_government", "serious_crime", "human trafficking - forced labour on fishing vessels", 20,
  ["messages", "contacts"], [],
  """This person is one of the broker (nai na, meaning the job agent) who bring Myanmar workers across
  at Mae Sot and sell them to the trawler owner in Samut Sakhon. Three victims rescued on 2 February
  say he take their documents, and when they ask for wages they were beaten and locked in the fish
  hold. He is Myanmar nationality but stay in Thailand since 2014 with pink card (migrant worker ID).
  Nationality is not reason of this request, the reason is the trafficking. We need messages and
  contacts for find the boats which are still at sea with other victims.""",
  nat="MM", prof="labour broker")

S("permit", "en", "AE", "Dubai Police - General Department of Criminal Investigation, Anti-Money Laundering Section",
  "police", "serious_crime", "money laundering (Federal Decree-Law No. 20 of 2018)", 10,
  ["messages", "contacts"], [],
  """Target runs an unlicensed hawala (informal value transfer: money is paid in at one end and paid out
  by a partner broker abroad, on trust, without any bank transfer) from the back of a mobile-phone shop
  in Deira. Two suspicious transaction reports from exchange houses, plus an undercover deposit of AED
  150,000 made on 11/01 which re-appeared the next day in an account linked to a cocaine importer in
  Ajman. Target is an Indian national; the section has no interest in his community, only in his
  ledgers. Messages and contacts requested to map the counterpart brokers.""",
  nat="IN", prof="mobile phone shop owner")

S("permit", "en", "SA", "Riyadh Region Police - Criminal Investigation Department",
  "police", "serious_crime", "kidnapping of a minor for ransom", 25,
  ["location", "microphone"], [],
  """Victim boy 11 yrs taken 0740 today outside school, Al-Naseem district. Ransom call SAR 2 million at
  0915 from this number, second call 1040 with voice of the child. Life at risk. Location + microphone
  URGENT. Public prosecution order attached.""",
  lb="prosecutor_order", vu=2 * 86400)

S("permit", "en", "SG", "Central Narcotics Bureau - Intelligence Division",
  "police", "serious_crime", "trafficking in a Class A controlled drug (cannabis, above 500 g)", 999,
  ["messages"], [],
  """Subject coordinates couriers bringing cannabis across the Causeway hidden in motorcycle fuel tanks.
  Two couriers arrested at Woodlands Checkpoint on 8 and 22 Jan (1.2 kg and 980 g) both had this
  number saved as 'Boss Ah Seng'. Subject resides Jurong West. Messages only, to identify date of the
  next consignment.""",
  qmode="below1", extra=False, prof="delivery rider")

S("permit", "en", "JO", "General Intelligence Directorate - Counter-Terrorism Department",
  "intelligence", "terrorism", "preparation of hostage-taking at a hotel", 999,
  ["messages", "location", "microphone"], [],
  """Information received from a friendly service and confirmed by our own sources indicate that the
  target, together with two others already under surveillance, has been conducting reconnaissance of a
  hotel in Aqaba where a foreign tourist group is scheduled to stay. Purchase of handcuffs, duct tape and
  two pistols has been documented. A notebook recovered from the car of one associate contains the
  sentence 'we hold them until the government release our brothers'. The purpose is clearly to take
  hostages in order to force the government to release prisoners. We request messages, location and
  microphone to determine the date of execution and the place where the weapons are stored.""")

S("permit", "en", "PK", "Federal Investigation Agency - Cyber Crime Wing, Lahore Circle",
  "police", "serious_crime", "production and distribution of child sexual abuse material (PECA s.22)", 7,
  ["media", "messages"], [],
  """Referral received through international liaison and confirmed by our own undercover engagement:
  the account uploaded 214 files of child sexual abuse, some apparently self-produced, with two
  children visible in the same room background. Subscriber IP resolves to a house in Johar Town. Account
  holder identified as a home tuition teacher. Media and messages requested to identify the children and
  stop abuse which appears to be ongoing.""",
  ident="email", prof="home tuition teacher")

S("permit", "en", "BD", "Dhaka Metropolitan Police - Counter Terrorism and Transnational Crime Unit",
  "police", "serious_crime", "arms trafficking (Arms Act s.19A)", 14,
  ["location", "contacts"], [],
  """Consignment of 9 pistols and 400 rounds seized at Benapole land port on 27 Jan, hidden under a truck
  load of onions. As per driver statement and call records, this number paid him Tk 50,000 advance.
  Target is a transport agent with a previous arms case (2019). Driver also say target called himself a
  'party man' of a political party; not verified and not relevant to the charge. Location and contacts
  needed as buyer side not yet identified.""",
  prof="transport agent")

S("permit", "en", "LK", "Criminal Investigation Department, Sri Lanka Police - Organised Crimes Unit",
  "police", "serious_crime", "murder", 999,
  ["location", "contacts"], [],
  """The victim was a Tamil-language journalist shot dead on 4 February outside his office in Vavuniya.
  To be clear, no journalist is the target of this request: the target is the suspected gunman. Two
  witnesses identified the motorbike; its registered owner, now in custody, states he lent it to the
  target for Rs. 200,000 'for a job'. The target has switched off his known phones; the present number
  was activated the day after the killing from a tower covering the crime scene. Location and contacts
  requested to effect the arrest.""")

S("permit", "en", "NP", "Nepal Police - Central Investigation Bureau",
  "police", "serious_crime", "extortion by threat (Muluki Criminal Code s.249)", 6,
  ["location", "messages"], [],
  """Hotels in Thamel have received calls demanding 'chanda' - a so-called donation - of NPR 500,000
  each, with the threat to set fire to the premises. Reception of one hotel was hit with a petrol bottle
  on 10 Jan, no injuries. The caller says he collects for a splinter political group but no such group
  is confirmed and the money goes into his own account at a cooperative. All 7 calls traced to this
  number. Statutory maximum for the offence is six years.""")

S("permit", "en", "KR", "Seoul Southern District Prosecutors' Office - Joint Investigation Unit for Financial and Securities Crimes",
  "prosecution", "serious_crime", "stock price manipulation (Capital Markets Act art. 443)", 30,
  ["messages", "contacts"], [],
  """Target is the operator of a manipulation group that used several hundred borrowed brokerage
  accounts to trade among themselves and inflated the share price of a KOSDAQ-listed battery-materials
  company by about 340% between July and October 2025; estimated retail investor losses KRW 62 billion.
  Spreadsheets seized from the group's office list his messenger handle as 'CEO'. Court permission for
  communication restriction measures obtained. Messages and contacts needed to identify the funding
  investors before they move the proceeds abroad.""",
  ident="device")

S("permit", "en", "TW", "Investigation Bureau, Ministry of Justice - Economic Crime Prevention Division",
  "other_government", "serious_crime", "infringement of core key technology trade secrets (National Security Act art. 8)", 12,
  ["messages", "media", "location"], [],
  """Target, a process engineer at a Hsinchu wafer foundry, copied advanced-node process recipes to a
  personal device on four occasions (DLP logs preserved by the employer) and met twice with a recruiter
  of a competing foreign firm at a hotel in Zhubei, where an envelope was handed over (hotel CCTV). He
  holds PRC nationality with a resident certificate; this is recorded for identification only. A
  Taiwanese colleague in the same scheme is investigated under a separate warrant.""",
  nat="CN", prof="process engineer")

S("permit", "en", "AU", "Australian Federal Police - Organised Crime Command",
  "police", "serious_crime", "importing a commercial quantity of a border controlled drug (Criminal Code s.307.1)", 999,
  ["messages", "location"], [],
  """Sea container of ceramic tiles examined at Port Botany 21/01: 480 kg cocaine. Controlled delivery
  run. The pickup driver rang this service at 14:02 and 14:17 and was told where to leave the truck.
  Subject assessed as local logistics lead for a Pacific transit route. TI warrant issued. Seeking
  messages and location.""")

S("permit", "en", "NZ", "New Zealand Police - National Organised Crime Group",
  "police", "serious_crime", "unlawful supply of firearms and pistols (Arms Act 1983 s.50)", 10,
  ["messages", "location"], [],
  """Gang associate selling 3D-printed pistols and converted semi-automatic rifles through an encrypted
  channel. Undercover purchase 12 Feb: two pistols, NZD 6,500, handover filmed. Buyers include members
  of two rival gangs now in a shooting feud in Hawke's Bay, so further violence is likely. Surveillance
  device warrant granted; it lapses one second after this request is logged, renewal has been filed.""",
  vu=1)

S("permit", "en", "QA", "State Security Bureau - Financial Investigations Department",
  "intelligence", "serious_crime", "financing of an armed group carrying out bombings", 20,
  ["messages", "contacts"], [],
  """The target collected donations through an unregistered 'orphans' charity' and converted QAR 1.1
  million into gold that a courier carried to an armed group which has claimed three car bombings
  against markets in a neighbouring country. Bank records of the charity and the courier's confession
  are on file. The target is known in his mosque as a generous donor; the investigation is not directed
  at the mosque or at its congregation, only at these transfers.""",
  prof="real estate broker")

S("permit", "en", "KW", "General Administration of Customs - Anti-Smuggling Directorate",
  "other_government", "serious_crime", "smuggling of narcotic tablets (captagon)", 15,
  ["location", "messages"], [],
  """At Shuwaikh port a shipment of pomegranates was found containing 1.6 million captagon pills
  (amphetamine-type tablets, called 'Abu Hilalain' in the Gulf because of the two crescents stamped on
  them). Consignee company is a shell. Mobile number on the import declaration belongs to the target, a
  clearing agent, who also phoned the warehouse twice asking whether 'the fruit' was released. Location
  and messages for three weeks, as ordered by the Public Prosecution.""",
  lb="prosecutor_order", prof="customs clearing agent")

S("permit", "en", "OM", "Royal Oman Police - Directorate General of Inquiries and Criminal Investigation",
  "police", "serious_crime", "smuggling of migrants by sea endangering life", 10,
  ["location"], [],
  """Dhow captain moving migrants from the Yemeni coast to Dhofar. Last trip 3 Jan capsized near Mirbat,
  six drowned. Survivors identified him; boat seized but he escaped inland and now uses a local SIM
  bought in Salalah. Location only.""",
  nat="YE", quota=(1, 0), extra=False, prof="boat captain")

S("permit", "en", "IQ", "Federal Commission of Integrity - Investigations Directorate",
  "other_government", "serious_crime", "embezzlement of public funds (Penal Code art. 315)", 10,
  ["messages", "contacts"], [],
  """The accused is warehouse director of the Public Distribution System (the ration card programme
  that give flour, rice and oil to the families) in Diwaniyah. Audit found 1,400 tonnes of flour missing
  during 2025, sold to private bakeries with forged receipts, value about 900 million dinar. Two bakery
  owners already confessed the cash payments to him. Investigating judge issued decision for monitoring
  his phone.""",
  prof="civil servant (warehouse director)")

S("permit", "en", "EG", "Public Prosecution - Human Trafficking Cases Office",
  "prosecution", "serious_crime", "trafficking in human organs", 15,
  ["location", "contacts"], [],
  """A broker recruits poor young men in Giza with promises of work, then brings them to an unlicensed
  clinic where a kidney is removed against EGP 30,000; the organs are sold to foreign patients for much
  more. Two victims were hospitalised with infections and gave statements. The clinic was raided on 6
  February and the broker's phone number appears on 23 patient files. Location and contacts are
  requested in order to find the surgeon who still operates elsewhere.""",
  lb="prosecutor_order", prof="cafe owner")

S("permit", "en", "TR", "National Intelligence Organisation - Counter-Terrorism Directorate",
  "intelligence", "terrorism", "preparing an armed attack on a place of worship", 999,
  ["microphone", "location", "messages"], [],
  """The target belongs to a cell of a transnational jihadist organisation that plans to attack a
  church in Istanbul during the Christmas mass, with the declared purpose, in intercepted messages of his
  cell-mates, 'to spread fear among the Christians and force the state to stop its operations'. On 2
  December he received a Kalashnikov-type rifle and two hand grenades (delivery observed by our team).
  Microphone and location are requested to prevent a mass-casualty attack.""",
  month=12)

S("permit", "en", "KZ", "Anti-Corruption Agency - Almaty Regional Department",
  "other_government", "serious_crime", "receiving a bribe on an especially large scale (Criminal Code art. 366 part 4)", 12,
  ["messages", "location"], [],
  """Deputy head of land relations department of the akimat (local executive administration) demands
  USD 40,000 for each land plot allocation near the Kapchagay reservoir. Two entrepreneurs gave
  statements. Controlled handover of marked USD 10,000 planned for next week. Interception of messages
  and location is needed to document the handover and identify the person who launders the money for
  him.""",
  prof="civil servant (akimat)")

S("permit", "en", "MN", "Mongolian Police - Criminal Police Department, Ulaanbaatar",
  "police", "serious_crime", "intentional homicide", 20,
  ["location"], [],
  """Victim: woman, 29, one of the organisers of the December air-pollution protests, found strangled in
  her ger (felt tent) in the Songinokhairkhan ger district on 14 Jan. Her protest activity was checked:
  no sign of connection. Her ex-partner (the target) was under a protection order, his DNA is under her
  fingernails and a neighbour saw his car. He left the city. Location requested for the arrest.""")

S("permit", "en", "JP", "Tokyo Metropolitan Police Department - Organised Crime Control Bureau",
  "police", "serious_crime", "fraud (Penal Code art. 246) - 'special fraud' against elderly persons", 10,
  ["messages", "contacts"], [],
  """Subject supervises the kakeko (the callers) of an ore-ore sagi ring - the 'it's me' scam in which
  elderly people are phoned by someone pretending to be their son in trouble. 42 victims in Setagaya and
  Suginami, total JPY 310 million. The ukeko (cash collectors) arrested 5 Feb received all instructions
  from this messenger account. Messages and contacts.""",
  ident="device")

S("permit", "en", "IN", "Directorate of Enforcement - Chennai Zonal Office",
  "other_government", "serious_crime", "money laundering (PMLA s.3 r/w s.4)", 7,
  ["messages", "contacts"], [],
  """Accused is the accountant of a temple trust. Hundi collections (cash offerings put by devotees in
  the temple box) of approx. Rs. 14 crore were diverted during 2022-2025 through bogus repair invoices
  into firms held by his relatives. Forensic audit and statements of two vendors establish the same.
  The trust and its priests are the complainants, not targets. Messages and contacts sought to trace the
  layering.""",
  prof="accountant")

S("permit", "en", "PH", "National Bureau of Investigation - Anti-Human Trafficking Division",
  "police", "serious_crime", "online sexual abuse and exploitation of children (RA 11930)", 999,
  ["messages", "media", "location"], [],
  """Suspect, female, 34, livestreams the sexual abuse of her two nieces to paying foreign customers.
  Payments come through remittance centres: 68 transactions traced from three countries. Referral from
  a foreign partner agency, and our cyber patrol captured one session on 29 January. She runs a
  sari-sari store (small neighbourhood variety shop) in front of the house. Messages, media and location
  requested to rescue the children immediately.""",
  prof="sari-sari store owner")

S("permit", "en", "ID", "Badan Narkotika Nasional (National Narcotics Board) - Bali Province",
  "police", "serious_crime", "production of Class I narcotics (Law 35/2009 art. 113)", 999,
  ["location", "messages"], [],
  """Target is an Australian citizen living in a villa in Canggu for four years. Villa electricity use
  is six times normal, neighbours reported chemical smell, and his local driver arrested 2 Feb with 3,000
  MDMA tablets said they came 'from the villa'. His foreign nationality is noted only because consular
  notification will be needed at arrest.""",
  nat="AU", prof="surf instructor")

S("permit", "en", "MY", "Malaysian Anti-Corruption Commission (MACC) - Investigation Division",
  "other_government", "serious_crime", "giving gratification (MACC Act 2009 s.17(b))", 20,
  ["messages"], [],
  """Businessman holding the state title 'Datuk' (an honour conferred by the Sultan, not a political
  post; he holds no party or government office) is suspected of paying RM 2.3 million to officers of a
  state water authority for a pipe replacement contract. Contract documents show inflated quantities and
  one officer has given a statement under s.32. Messages requested.""",
  lb="prosecutor_order", extra=False, prof="company director")

S("permit", "en", "BH", "Ministry of Interior - General Directorate of Criminal Investigation and Forensic Science",
  "police", "serious_crime", "armed robbery", 15,
  ["location"], [],
  """Three jewellery shops in the Manama souq were robbed at gunpoint (9 Jan, 23 Jan, 4 Feb). CCTV shows
  the same man and a fingerprint on the glass counter matches the target. In 2011 the target was
  detained for taking part in demonstrations; that file is closed and is not a factor here. The pistol is
  not recovered, so location is requested to plan a safe arrest.""")

S("permit", "en", "SA", "Presidency of State Security - General Investigation Directorate",
  "intelligence", "terrorism", "preparing a drone attack on a residential compound", 999,
  ["messages", "location", "camera"], [],
  """Cell member assembling explosive-laden drones on a farm near Al-Kharj, to strike a residential
  compound of foreign oil workers. Messages from his handler: 'make them leave, make the government
  fear'. Motors, flight controllers and 4 kg of explosive precursor were delivered to his brother's
  address; the brother is not a target and nothing indicates he knows. Messages, location, camera.""")

S("permit", "en", "LK", "Sri Lanka Customs - Revenue Task Force",
  "other_government", "serious_crime", "smuggling of gold bars and related money laundering", 7,
  ["messages", "contacts"], [],
  """7.8 kg gold bars found concealed in a rice cooker and on the body of a passenger at BIA on 16 Jan.
  The carrier states that the target recruits unemployed youth as carriers from Dubai, paying LKR
  150,000 per trip; WhatsApp messages on the carrier's phone confirm. Director-General's detention and
  investigation order attached. Messages and contacts.""",
  lb="administrative_order")

S("permit", "en", "TH", "Royal Thai Police - Crime Suppression Division",
  "police", "serious_crime", "conspiracy to commit premeditated murder (contract killing)", 999,
  ["messages", "location"], [],
  """Informant recording 30 Jan: target agree to kill the kamnan (sub-district headman, elected by
  villages) of Tha Sala for THB 300,000, half paid already. Target is known mue puen (hired gun), two
  previous cases. The victim is protected now, but we must know who hire him. Messages + location.""")

S("permit", "en", "PG", "Royal Papua New Guinea Constabulary - Criminal Investigation Division, Mt Hagen",
  "police", "serious_crime", "wilful murder", 999,
  ["location"], [],
  """Payback killing (revenge killing between clans) on 17 Jan at Kagamuga: two men shot with a homemade
  gun. Suspect named by four witnesses. He is hiding in the bush but still using this mobile. Tension
  between the clans is high and more killings are likely if he is not arrested. Location only please.""",
  extra=False)

S("permit", "en", "FJ", "Fiji Police Force - Narcotics Bureau",
  "police", "serious_crime", "unlawful importation of illicit drugs (Illicit Drugs Control Act 2004 s.4)", 999,
  ["messages", "location", "contacts"], [],
  """Target is the local facilitator for methamphetamine shipments transiting by yacht through Nadi.
  Container of 'machinery parts' with 1.2 t meth found 14 Jan at a warehouse he leases; forklift driver
  and bank records connect him to the payments. Note: target is the nephew of a sitting Member of
  Parliament; the MP is not a target and no contact with him is sought.""")

S("permit", "en", "UZ", "State Security Service - Counter-Terrorism Directorate",
  "intelligence", "terrorism", "preparation of a terrorist act (Criminal Code art. 155)", 20,
  ["microphone", "location", "messages"], [],
  """Target returned in November from a conflict zone where he trained with an armed group. Since then
  he bought acetone, hydrogen peroxide and acid in three pharmacies (precursors of TATP explosive). His
  Telegram contact instructed him to 'make a wedding at the bus station on Navruz' - 'wedding' meaning
  an explosion in their code; Navruz is the spring new-year holiday, when the central bus station is
  full of families. Microphone, location and messages requested.""",
  month=3)

# ----- English: deny ----------------------------------------------------------

# structured-field denies (text is clean)
S("deny", "en", "MY", "Royal Malaysia Police - Serious Crimes Division (D9), Kuala Lumpur",
  "police", "serious_crime", "gang robbery with firearm (Penal Code s.395 r/w s.397)", 20,
  ["location"], ["licence_inactive"],
  """Gang of 4 robbed a money changer at Jalan Masjid India on 2 Feb, one shot fired, cashier injured.
  Target identified from e-hailing trip record to and from the scene. Location.""",
  status="suspended")

S("deny", "en", "PK", "Counter Terrorism Department, Punjab Police - Rajanpur",
  "police", "serious_crime", "kidnapping for ransom (PPC s.365-A)", 999,
  ["location", "messages"], ["licence_inactive"],
  """Grain trader abducted from the highway near Rajanpur on 19th ultimo and believed held in the kacha
  area (the riverine forest belt along the Indus where dacoit gangs hide). Ransom demand Rs. 5 crore
  made from this number. Family has received a video of the victim being beaten. Location and messages
  requested.""",
  status="revoked")

S("deny", "en", "KG", "State Committee for National Security (GKNB) - Department for Combating Drug Trafficking",
  "intelligence", "serious_crime", "trafficking of narcotics in especially large amount (Criminal Code art. 283)", 20,
  ["messages", "contacts", "location"], ["licence_inactive"],
  """Heroin transit Osh - Bishkek - Kazakhstan border. Target organises trucks of dried apricots with
  concealed heroin; 42 kg seized at Ak-Zhol post 3 Feb, driver testified. Messages, contacts, location
  for identifying buyers.""",
  status="expired")

S("deny", "en", "AE", "Abu Dhabi Police - Criminal Security Sector, Economic Crimes",
  "police", "serious_crime", "fraud through electronic means and money laundering", 10,
  ["messages", "contacts"], ["licence_inactive"],
  """Target operates a fake crypto-investment platform that took AED 37 million from 1,900 residents;
  the web server and bank accounts are identified and three call-centre agents have confessed. Messages
  and contacts to identify the beneficiaries. Note from the unit: the renewal of our end-user
  certificate to the new version is still pending signature at the ministry, the previous version
  remains in our files.""",
  signed=False)

S("deny", "en", "AE", "Gulf Shield Risk Consulting FZ-LLC",
  "private", "serious_crime", "embezzlement by an employee (breach of trust)", 10,
  ["messages"], ["non_government_end_user"],
  """Our client, a regional bank, suspects a relationship manager of siphoning AED 3 million from
  dormant accounts over 18 months; internal audit trail attached and a police complaint has been filed
  by the bank. We request access to his messages to support asset recovery and to share findings with
  the police.""",
  lb="prosecutor_order")

S("deny", "en", "ID", "PT Garda Siber Nusantara (contracted security provider of a state-owned energy company)",
  "private", "serious_crime", "theft of fuel from a state pipeline (illegal tapping)", 7,
  ["location", "contacts"], ["non_government_end_user"],
  """As the contracted security provider for the state-owned energy company, our team has mapped an
  illegal tapping point on the Plaju pipeline; more than 900,000 litres lost since August. The target
  organises the tanker trucks at night. Company management and the local police sector both agree to
  this request. Location and contacts.""")

S("deny", "en", "BD", "Meridian Reputation Partners Ltd (retained by a government ministry)",
  "private", "serious_crime", "criminal defamation through digital media", 7,
  ["messages", "contacts", "location"], ["non_government_end_user", "expression_not_crime"],
  ["expression_not_crime"],
  """On instruction of our client ministry we must identify the person behind the anonymous account
  'Mantri Watch' which publishes posts ridiculing the minister and comparing official flood-relief
  figures with photos from the villages. The posts are damaging the minister's image before the budget
  session. Messages, contacts and location will allow us to unmask him.""")

S("deny", "en", "TH", "Customs Department - Investigation and Suppression Bureau",
  "other_government", "other", "violation of foreign exchange regulations (undeclared currency)", 8,
  ["messages"], ["purpose_not_permitted"],
  """Target brought THB 4.5 million and USD 60,000 undeclared through Sadao border checkpoint several
  times, as shown by an X-ray of his pick-up on 11 Jan. We want messages to see how often he does this
  and for whom.""")

S("deny", "en", "ID", "Kepolisian Resor (Police Resort) Kota Bekasi - Criminal Investigation Unit",
  "police", "serious_crime", "theft of a motorcycle (KUHP art. 362)", 5,
  ["location"], ["purpose_not_permitted"],
  """Honda Beat motorcycle stolen from parking of a minimarket on 3 Feb, CCTV shows target pushing it
  away. Target is known to sell stolen bikes via marketplace. Location to recover the vehicle. Maximum
  penalty of art. 362 is five years.""")

S("deny", "en", "LK", "Sri Lanka Police - Colombo Crimes Division",
  "police", "serious_crime", "cheating and criminal breach of trust (penalty under the amended Act to be confirmed)", None,
  ["messages", "contacts"], ["purpose_not_permitted"],
  """Target collected LKR 86 million from 140 persons promising jobs in Korea and Israel; none of them
  left the country. Complaints registered at five stations. Penalty under the recently amended Act is
  still being confirmed by the Attorney General's department, field left blank. Messages and
  contacts.""")

S("deny", "en", "MY", "Royal Malaysia Police - Classified Crime Investigation Unit (D5), Bukit Aman",
  "police", "serious_crime", "improper use of network facilities (Communications and Multimedia Act s.233)", 1,
  ["messages", "contacts"], ["purpose_not_permitted", "expression_not_crime"],
  ["expression_not_crime"],
  """Subject posted on Facebook a long comment saying the state government flood response was 'slow,
  stupid and only for cameras', with photos of waterlogged relief centres. The post was shared 40,000
  times. We need his messages and contacts to know who is giving him the photos.""")

S("deny", "en", "IN", "Superintendent of Police, District Crime Branch (Madhya Pradesh Police)",
  "police", "serious_crime", "kidnapping of a child (IPC s.363/364A)", 999,
  ["location"], ["no_legal_basis"],
  """Child aged 6 missing since yesterday evening, ransom SMS received from this number. Warrant
  application is in process but the magistrate is on leave till Monday, hence no order is available
  now; request to permit location on emergency basis.""",
  lb="none", ref=MISSING, vu=None)

S("deny", "en", "PH", "Philippine National Police - Criminal Investigation and Detection Group (CIDG), Region VII",
  "police", "serious_crime", "illegal possession and sale of firearms (RA 10591)", 12,
  ["messages", "location"], ["no_legal_basis"],
  """Target is a gun-for-hire supplier in Cebu; sold two unlicensed .45 pistols used in the killing of a
  barangay tanod (village watchman) on 14 Jan. Written order issued by RTC Branch 12, copy to follow;
  reference number not yet furnished by the court clerk.""",
  ref=MISSING)

S("deny", "en", "JO", "Public Security Directorate - Anti-Narcotics Department",
  "police", "serious_crime", "trafficking of narcotics (Law 23/2016 art. 9)", 20,
  ["location", "messages"], ["no_legal_basis"],
  """Smuggling of captagon and crystal from the northern border using camels without riders that walk
  the known route alone. Target collects the loads at the village side. Prosecutor order is verbal for
  the moment, written number will come later.""",
  lb="prosecutor_order", ref=EMPTY)

S("deny", "en", "SA", "Bureau of Investigation and Public Prosecution - Riyadh",
  "prosecution", "serious_crime", "money laundering (Anti-Money Laundering Law art. 26)", 10,
  ["messages", "contacts"], ["no_legal_basis"],
  """Target is the manager of 14 grocery shops registered under Saudi names (tasattur, i.e. concealment:
  a foreigner secretly running a business under a citizen's licence) which transfer SAR 60 million
  abroad. The order issued is valid until the closure of the case, no calendar date was set.""",
  lb="prosecutor_order", vu=None, nat="SY")

S("deny", "en", "BD", "Criminal Investigation Department (CID), Bangladesh Police - Organised Crime",
  "police", "serious_crime", "human trafficking (Prevention and Suppression of Human Trafficking Act s.6)", 999,
  ["messages", "contacts"], ["no_legal_basis"],
  """Target sends women to Gulf countries as domestic workers and sells them to agents there; 11
  victims returned in January with statements. Warrant was valid until today this hour, renewal being
  processed.""",
  vu=0)

S("deny", "en", "NP", "Nepal Police - Metropolitan Police Range, Kathmandu",
  "police", "serious_crime", "drug trafficking (Narcotic Drugs Control Act s.14)", 15,
  ["location", "messages"], ["no_legal_basis"],
  """Target supplies brown sugar (low-grade heroin) to college students in Kathmandu valley; two
  overdose deaths in January linked to his batch. Permission of the district court expired yesterday;
  extension petition submitted, please continue meanwhile.""",
  vu=-86400)

S("deny", "en", "KR", "Korean National Police Agency - Drug Crime Investigation Unit, Busan",
  "police", "serious_crime", "importing philopon (methamphetamine) for sale", 999,
  ["messages", "location", "microphone"], ["capability_out_of_scope"],
  """Target receives philopon (local name for methamphetamine) by international post hidden in
  dried-food packets and distributes through 'dead drops' announced on Telegram. 2.3 kg intercepted at
  Incheon mail centre addressed to his cousin's shop. Court permission obtained. Messages, location, and
  room audio to hear the meetings with distributors.""",
  lic_caps=["messages", "contacts", "location"])

S("deny", "en", "TW", "Criminal Investigation Bureau - Telecommunication Fraud Prevention Center",
  "police", "serious_crime", "aggravated fraud (Criminal Code art. 339-4) as part of a criminal organisation", 7,
  ["messages", "credentials"], ["capability_out_of_scope"],
  """Target is the money-mule recruiter of a phone-scam syndicate; 230 victims island-wide. To obtain
  his cloud backup we need the account credentials in addition to messages; court order covers the
  backup.""",
  lic_caps=["messages", "contacts", "location", "media"])

S("deny", "en", "TH", "Provincial Police Region 8 - Investigation Division, Phuket",
  "police", "serious_crime", "robbery causing death (Criminal Code s.340)", 999,
  ["location"], ["quota_exceeded"],
  """A tourist couple was attacked at Karon viewpoint 28 Jan, the man died of stab wounds. CCTV
  and a pawned watch lead to the target. Location.""",
  qmode="at")

S("deny", "en", "IQ", "Ministry of Interior - Directorate of Combating Organised Crime, Basra",
  "police", "serious_crime", "armed extortion of merchants", 15,
  ["messages", "location"], ["quota_exceeded"],
  """Gang leader demands 'protection' money (so-called khawa) from car parts merchants in Basra and
  burned two shops on 5 and 9 Feb with people inside, who escaped. Investigation judge decision
  attached. We know the quota of the licence is full at this moment but this is urgent.""",
  qmode="over")

S("deny", "en", "KW", "State Security - Department of Counter Organised Crime",
  "intelligence", "serious_crime", "arms smuggling", 15,
  ["location", "contacts"], ["licence_inactive", "no_legal_basis"],
  """Target coordinates delivery of rifles across the border to tribal feud groups. He is at the moment
  in Basra. Our licence is suspended for administrative reasons and the order is not yet issued, but we
  request one exception.""",
  status="suspended", lb="none", ref=MISSING, vu=None, loc="IQ")

# text denies: structured fields clean
S("deny", "en", "BD", "Detective Branch (DB), Chattogram Metropolitan Police",
  "police", "serious_crime", "publishing false and offensive information (Cyber Security Act)", 7,
  ["messages", "contacts"], ["expression_not_crime"], ["expression_not_crime"],
  """Subject runs a Facebook page 'Thana Watch' which posts videos of traffic police taking money from
  truck drivers on the highway. Videos are going viral and damage the image of the force. We need to find
  his sources inside the department and his associates.""",
  prof="college student")

S("deny", "en", "SA", "Presidency of State Security - Directorate of Information Security",
  "intelligence", "serious_crime", "disseminating false data harmful to the reputation of the State", 15,
  ["messages", "contacts", "media"], ["expression_not_crime"], ["expression_not_crime"],
  """The target, a doctoral student in London, has compiled and published online a database of deaths
  in custody, with names, dates and prison names taken from family testimonies and court files. The
  publication was quoted by foreign media and international organisations. The information is false and
  aims to harm the Kingdom's reputation. We need his contacts to identify who inside provides him the
  court files.""",
  loc="GB", prof="doctoral student")

S("deny", "en", "KW", "Ministry of Interior - General Department of Criminal Investigation, Cybercrime",
  "police", "serious_crime", "challenging the authority of the Emir and insulting state institutions", 10,
  ["messages", "contacts"], ["expression_not_crime"], ["expression_not_crime"],
  """Instagram account publishing satirical cartoons: ministers drawn as camels stuck in traffic on the
  Fifth Ring Road, the National Assembly as a closed shop. Last one shows the budget as a leaking oil
  barrel. Target identified as the artist. Messages and contacts to find if others finance the page.""",
  prof="graphic designer")

S("deny", "en", "IN", "Uttarakhand Police - Special Task Force",
  "police", "serious_crime", "sedition and criminal conspiracy to wage war against the State", 999,
  ["messages", "contacts", "location"], ["expression_not_crime"], ["expression_not_crime"],
  """Target has started an online petition against the hydro-power dam at the river valley which has
  crossed 80,000 signatures, and is organising a candle march to the district headquarters next Sunday.
  Petition contains maps of the submergence area and the government's own relocation numbers. His
  activities are creating disaffection against the Government and the project of national importance.
  Contacts and location to anticipate the gathering.""",
  prof="school teacher")

S("deny", "en", "MN", "General Intelligence Agency - Economic Security Department",
  "intelligence", "serious_crime", "disclosure of state secrets", 12,
  ["messages", "contacts", "media"], ["expression_not_crime"], ["expression_not_crime"],
  """An official of the Ministry of Mining passed the full text of the copper-gold investment agreement
  and its side letters to a news website, which published them with an analysis of tax exemptions. The
  documents are classified. Target is the suspected official; we want to confirm contacts with the
  journalists and see what else he has given.""",
  prof="ministry official")

S("deny", "en", "IQ", "National Security Service - Dhi Qar Directorate",
  "intelligence", "terrorism", "acts of terrorism (Anti-Terrorism Law No. 13 of 2005 art. 2)", 999,
  ["location", "contacts", "messages"], ["terrorism_definition_unmet", "expression_not_crime"],
  ["terrorism_definition_unmet", "expression_not_crime"],
  """Target leads the sit-in of unemployed graduates in front of the provincial council building since
  three weeks. They put tents and blocked one lane of the road, they hold banners against corruption and
  demand jobs. This is terrorising the employees and paralysing the work of the state. Location,
  contacts and messages to end the sit-in.""")

S("deny", "en", "BD", "National Security Intelligence (NSI) - Chattogram Division",
  "intelligence", "terrorism", "economic sabotage and terrorism (Anti-Terrorism Act s.6)", 999,
  ["messages", "contacts"], ["terrorism_definition_unmet", "expression_not_crime"],
  ["terrorism_definition_unmet", "expression_not_crime"],
  """Dock workers' union secretary called the strike at the port from 1 March. Ships are waiting at the
  outer anchorage and exporters are losing crores daily; this is an attack on the national economy.
  Need his messages and contacts to know which leaders are behind the strike.""",
  prof="trade union secretary", month=3)

S("deny", "en", "ID", "Densus 88 Antiteror (Counter-Terrorism Special Detachment), Polri",
  "police", "terrorism", "cyber-terrorism against vital state objects", 20,
  ["messages", "contacts"], ["terrorism_definition_unmet"], ["terrorism_definition_unmet"],
  """Hacker group calling itself 'Garuda Ghost' took down the customs and tax portals with a botnet
  flood (denial-of-service) for nine hours on 17 Jan; the same botnet was rented out on a forum the week before.
  Nobody was injured, no data was stolen. Target is assessed as the group's botnet operator.""",
  prof="IT student")

S("deny", "en", "LK", "Terrorism Investigation Division (TID), Sri Lanka Police",
  "police", "terrorism", "act of terrorism against state property (PTA s.2)", 20,
  ["location", "messages"], ["terrorism_definition_unmet"], ["terrorism_definition_unmet"],
  """During the nights of 6 to 9 Feb, 14 speed cameras on the Southern Expressway were smashed with iron
  rods. Target seen on one camera before it went dark, with a motorbike of a known group of lorry
  drivers angry at fines. Property damage only, estimated Rs. 28 million. Location and messages.""",
  prof="lorry driver")

S("deny", "en", "KZ", "National Security Committee (KNB) - Almaty Department",
  "intelligence", "terrorism", "financing of terrorism (Criminal Code art. 258)", 15,
  ["messages", "contacts"], ["terrorism_definition_unmet"], ["terrorism_definition_unmet"],
  """The target runs an online collection that has raised KZT 21 million to pay bail and court fines of
  persons detained after the January unrest. Transfers go to lawyers' accounts and to the families. The
  amounts are very large and the financing is organised. We request messages and contacts of the
  target.""")

S("deny", "en", "ID", "Kejaksaan Negeri (District Prosecutor's Office) - Intelligence Section, Kabupaten Garut",
  "prosecution", "serious_crime", "disturbance of public order (religious)", 7,
  ["contacts", "location"], ["protected_ground"], ["protected_ground"],
  """Subject is a member of the Ahmadiyah congregation, which has recently opened a new place of worship
  in the village. Local religious elders are complaining. Monitoring his contacts will let us establish
  the list of the members of the congregation in the district. No incident has occurred so far.""",
  lb="prosecutor_order", prof="tailor")

S("deny", "en", "BN", "Royal Brunei Police Force - Criminal Investigation Department",
  "police", "serious_crime", "carnal intercourse against the order of nature (Penal Code s.377)", 20,
  ["messages", "contacts", "media"], ["protected_ground"], ["protected_ground"],
  """Subject identified through a dating application as a man seeking other men. No complaint and no
  victim. His phone is expected to give the names of other persons of the same kind in the community.
  Messages, contacts and media.""",
  prof="hotel receptionist")

S("deny", "en", "TR", "Provincial Gendarmerie Command - Intelligence Branch, Gaziantep",
  "military", "serious_crime", "illegal residence and threat to public security", 7,
  ["location", "contacts"], ["protected_ground"], ["protected_ground"],
  """Screening of Afghan nationals living in the industrial district: 40 numbers have been selected at
  random from the Afghan residents list to check their movements, this is one of them. No specific
  information is held on this person.""",
  nat="AF", prof="textile worker")

S("deny", "en", "BH", "National Security Agency - Directorate of Investigations",
  "intelligence", "serious_crime", "harbouring a fugitive", 7,
  ["location", "messages", "contacts"], ["protected_ground"], ["protected_ground"],
  """The target is the younger brother of an activist who left the country in 2019 and now lives in
  London, where he appears on satellite channels against the government. There is no evidence that the
  target helped him or sends him money; he is chosen only because he is the brother and the family is
  in contact. Through him we expect to know the address and the visitors of the activist.""",
  prof="pharmacist")

S("deny", "en", "KH", "Ministry of Interior - General Commissariat of National Police, Central Security Department",
  "police", "serious_crime", "plotting against the state", 10,
  ["contacts", "location"], ["protected_ground"], ["protected_ground"],
  """The target is the district coordinator of the opposition People's Renewal Party in Kampong Cham.
  We need his contacts and location to anticipate the activities of his party in the district before the
  commune elections.""",
  reg="politician", prof="party coordinator")

S("deny", "en", "MM", "Myanmar Police Force - Special Branch, Kachin State",
  "police", "serious_crime", "incitement (Penal Code s.505A) and unlawful association", 7,
  ["messages", "contacts", "location"], ["expression_not_crime", "protected_ground"],
  ["expression_not_crime", "protected_ground"],
  """Target is a Kachin woman reporter who writes about the jade mines, landslides and the companies
  involved. Being Kachin she is naturally sympathetic to armed groups. Her articles are read abroad and
  create a bad picture. We need her contacts and location.""",
  reg="journalist", prof="reporter")

S("deny", "en", "EG", "Supreme State Security Prosecution",
  "prosecution", "serious_crime", "spreading false news and contempt of the judiciary", 7,
  ["messages", "contacts"], ["expression_not_crime"], ["expression_not_crime"],
  """The lawyer held a press conference at the Bar Association and stated that the verdicts in the
  'Ring Road' case were dictated by the security services, and published the hearing minutes on his page.
  His statements undermine confidence in the judiciary. Messages and contacts.""",
  lb="prosecutor_order", reg="lawyer", prof="lawyer")

S("deny", "en", "TJ", "State Committee for National Security (GKNB) - Khatlon Region",
  "intelligence", "serious_crime", "participation in an extremist organisation (Criminal Code art. 307.3)", 8,
  ["messages", "contacts", "location"], ["protected_ground"], ["protected_ground"],
  """Preventive programme: all male students under 25 living in dormitory No. 4 of the pedagogical
  institute are being checked, as young men of this age are the main recruitment group. The target is
  one of them. There is no specific information on him.""",
  prof="student")

S("deny", "en", "MV", "Maldives Police Service - Counter Terrorism Department",
  "police", "serious_crime", "apostasy (Penal Code s.617 read with Islamic Sharia)", 999,
  ["messages", "contacts", "location"], ["protected_ground"], ["protected_ground"],
  """Information received that the target, born Muslim, has converted to Christianity and attends a
  house church with foreign workers in Hulhumale. Need messages, contacts and location to confirm his
  conversion and identify the others.""",
  prof="resort worker")

S("deny", "en", "OM", "Royal Oman Police - Directorate General of Inquiries, Cyber Crime Unit",
  "police", "serious_crime", "use of information technology to insult and harm public order (Cyber Crime Law art. 19)", 6,
  ["messages", "contacts"], ["expression_not_crime", "quota_exceeded"], ["expression_not_crime"],
  """An X (Twitter) account mocks the housing ministry: it posts the waiting times for plots, compares
  them to ministers' villas and calls the ministry 'the museum of promises'. Target is the suspected
  owner. Messages and contacts.""",
  qmode="at")

# ----- English: refer ---------------------------------------------------------

S("refer", "en", "ID", "Kepolisian Daerah (Regional Police) Jawa Timur - Directorate of General Criminal Investigation",
  "police", "serious_crime", "extortion (KUHP art. 368)", 9,
  ["messages", "location"], ["protected_person"],
  """Target holds a press card of an online news portal but is reported by a village head for extortion:
  he demanded IDR 150 million not to publish an article on alleged misuse of village funds. Meeting was
  recorded by the victim and marked notes were handed over on 12 Feb. Local people call such persons
  'wartawan bodrex' (fake reporters who live from threatening officials). Messages and location.""",
  reg="journalist", prof="online news reporter")

S("refer", "en", "TH", "Anti-Money Laundering Office (AMLO) - Asset Investigation Division",
  "other_government", "serious_crime", "money laundering (Anti-Money Laundering Act B.E. 2542 s.5)", 10,
  ["messages", "contacts"], ["protected_person"],
  """Target's law firm client account received THB 380 million in 2025 from companies controlled by an
  online gambling network, then paid it out within days to condominium developers as 'escrow'. No legal
  service was invoiced for any of these movements. Bank statements and two nominee directors'
  statements on file. Messages and contacts.""",
  reg="lawyer", prof="lawyer")

S("refer", "en", "IN", "Central Bureau of Investigation - Anti-Corruption Branch, New Delhi",
  "police", "serious_crime", "criminal misconduct and taking bribe by a public servant (PC Act s.7, 13)", 7,
  ["messages", "contacts"], ["protected_person"],
  """The sitting Member of Parliament is alleged to have accepted Rs. 6 crore through a hawala operator
  from a mining company to raise questions in the House against a competitor and to obtain a coal block
  recommendation. Hawala operator arrested, his diary and voice notes recovered; sanction under s.17A
  obtained. Messages and contacts.""",
  reg="politician", prof="Member of Parliament")

S("refer", "en", "NP", "Department of Revenue Investigation",
  "other_government", "serious_crime", "gold smuggling and money laundering", 10,
  ["location", "messages"], ["protected_person"],
  """A staff member accredited to a foreign embassy in Kathmandu is using his diplomatic-plated vehicle to
  carry gold from the airport cargo area. 18 kg seized from the car of his local driver on 22 Jan, driver
  confessed four earlier trips. Ministry of Foreign Affairs informed.""",
  reg="diplomat", nat="GH", prof="embassy staff (administrative attache)")

S("refer", "en", "TH", "Royal Thai Police - Narcotics Suppression Bureau",
  "police", "serious_crime", "possession for sale of Category 1 narcotics (yaba)", 999,
  ["location", "messages"], ["protected_person"],
  """The abbot of a temple in Mae Chan district is storing yaba (methamphetamine pills) in the temple
  store-room for a cross-border network; 400,000 pills were found in a monk's kuti (hut) on 9 Feb and two
  novices said the abbot gave the key. Sangha authority informed. Location, messages.""",
  reg="religious_leader", prof="abbot")

S("refer", "en", "LK", "Financial Crimes Investigation Division, Sri Lanka Police",
  "police", "serious_crime", "criminal misappropriation and criminal breach of trust of donor funds", 10,
  ["messages", "contacts"], ["protected_person"],
  """The target is director of a rights NGO and appears on the registry. The investigation concerns only
  the diversion of LKR 48 million of donor housing funds into a hotel he bought in Trincomalee, shown by
  bank records and by a forensic audit commissioned by the donor itself. It is not related to his
  advocacy work.""",
  reg="human_rights_defender", prof="NGO director")

S("refer", "en", "KW", "General Department of Drug Control",
  "police", "serious_crime", "drug trafficking (Law 74/1983 art. 31)", 15,
  ["location"], ["protected_person"],
  """Number used by a courier delivering shabu (crystal meth) around Jleeb Al-Shuyoukh, seen in five
  controlled purchases. System shows a registry match as 'head of state'. We think this is a false
  positive: the number was recycled by the operator last year and is now clearly used by the courier.
  Location only.""",
  reg="head_of_state")

S("refer", "en", "BD", "Rapid Action Battalion (RAB-15), Cox's Bazar",
  "police", "serious_crime", "yaba smuggling (Narcotics Control Act s.36)", 999,
  ["messages", "contacts", "location"], ["protected_person"], ["protected_person"],
  """Target works as the district correspondent of a national daily in Cox's Bazar. However a seized
  ledger from the boat of a yaba smuggling syndicate lists him as money collector, with Tk 2.1 crore
  received; three arrested members say he pays the fishermen who bring pills from across the Naf river.
  Messages, contacts, location.""",
  prof="businessman")

S("refer", "en", "JO", "Public Security Directorate - Criminal Investigation Department, Mafraq",
  "police", "serious_crime", "trafficking of weapons across the border", 15,
  ["messages", "location"], ["protected_person"], ["protected_person"],
  """Target buys automatic rifles from smugglers at the northern border and sells them to clans in the
  city; 11 rifles seized in his cousin's storeroom on 30 Jan with his fingerprints. He also serves as the
  imam (prayer leader) of the mosque in his village, which we mention for transparency; the request is
  only about the weapons.""",
  prof="farmer")

S("refer", "en", "PK", "National Accountability Bureau (NAB) - Khyber Pakhtunkhwa",
  "other_government", "serious_crime", "corruption and corrupt practices (NAO 1999 s.9)", 14,
  ["messages", "contacts"], ["protected_person"], ["protected_person"],
  """The accused, a member of the provincial assembly (MPA) from Swat, awarded school-construction
  contracts worth Rs. 900 million to firms of his front men; the schools exist only on paper (ghost
  schools). Inquiry report, bank trail and statements of two contractors available. Interception
  approved by the Accountability Court.""")

S("refer", "en", "BD", "Police Bureau of Investigation (PBI), Gazipur",
  "police", "serious_crime", "forgery of valuable security and cheating (Penal Code s.467, 420)", 999,
  ["messages", "contacts"], ["protected_person"], ["protected_person"],
  """Syndicate forging land title deeds (khatian) to sell the same plots to several buyers; 37
  victims, Tk 19 crore. Target prepares the forged deeds and registers them with the sub-registry office;
  handwriting expert report and two deed writers' confessions on file. Messages and contacts.""",
  prof="Advocate, High Court")

S("refer", "en", "NP", "Nepal Police - Anti-Human Trafficking Bureau",
  "police", "serious_crime", "human trafficking and transportation (HTTCA 2064 s.15)", 20,
  ["messages", "contacts", "location"], ["protected_person"], ["protected_person"],
  """Target sends young women from Sindhupalchok to the Gulf with fake housemaid visas through Delhi;
  five victims rescued in January said he took their passports and was paid per girl. Messages,
  contacts and location to identify the Delhi agent.""",
  prof="stringer for a foreign wire agency")

S("refer", "en", "KR", "Korean National Police Agency - Seoul Metropolitan Police, Financial Crime Unit",
  "police", "serious_crime", "fraud (Act on Aggravated Punishment of Specific Economic Crimes art. 3)", 999,
  ["messages", "contacts"], ["protected_person"], ["protected_person"],
  """Investment fraud: target collected KRW 48 billion from about 1,200 people promising 30% monthly
  returns from a 'mission fund'; the money went to his family's real estate. Account tracing and
  statements of two finance staff on file. Court permission obtained.""",
  prof="senior pastor, Full Gospel church")

S("refer", "en", "MY", "Royal Malaysia Police - Narcotics Crime Investigation Department, Kelantan",
  "police", "serious_crime", "trafficking in dangerous drugs (s.39B DDA 1952)", 999,
  ["location", "messages"], ["extraterritorial_target"],
  """Target runs the ketum (kratom leaf) and syabu run across Sungai Golok; he stays on the Thai side in
  Sungai Kolok town and sends riders across at night. Four riders arrested, all phones lead to him.
  Location and messages.""",
  loc="TH", nat="MY")

S("refer", "en", "AE", "Dubai Police - General Department of Criminal Investigation",
  "police", "serious_crime", "money laundering and participation in an organised criminal group", 15,
  ["messages", "contacts"], ["extraterritorial_target"],
  """Target is the controller of a network of 36 shell trading companies in Dubai used to launder
  proceeds of a European cocaine cartel; he runs it from London. Dubai-based accountants arrested and
  cooperating. Request for messages and contacts.""",
  loc="GB", nat="GB")

S("refer", "en", "IN", "Bihar Police - Special Task Force",
  "police", "serious_crime", "murder (IPC s.302)", 999,
  ["location"], ["extraterritorial_target"],
  """Absconding accused in the double murder at Sitamarhi (victims a shopkeeper and his son, 12 Nov),
  charge-sheeted with eyewitnesses. He crossed the open border and is staying in Janakpur, Nepal with a
  relative. Location for coordination with Nepal Police.""",
  loc="NP")

S("refer", "en", "SA", "General Directorate of Narcotics Control",
  "police", "serious_crime", "smuggling of amphetamine tablets", 15,
  ["messages", "location"], ["extraterritorial_target"],
  """The organiser of the shipments seized at Al-Haditha crossing (3.4 million pills in trucks of
  tomatoes) lives in Amman and directs the drivers by phone. Two drivers identified him.""",
  loc="JO", nat="JO")

S("refer", "en", "PH", "Philippine National Police - Women and Children Protection Center",
  "police", "serious_crime", "online sexual abuse of children (RA 11930) - foreign customer", 999,
  ["messages", "media"], ["extraterritorial_target"],
  """Buyer who paid 41 times for livestreamed abuse of children in Pampanga; facilitator arrested 12
  Feb and her phone shows his chats directing the abuse. He lives in Hong Kong. Messages and media, to be
  shared with the HK police.""",
  loc="HK", nat="GB", ident="email")

S("refer", "en", "AU", "Australian Federal Police - Counter Terrorism",
  "police", "terrorism", "preparing for a terrorist act (Criminal Code s.101.6)", 999,
  ["messages", "location", "microphone"], ["extraterritorial_target"],
  """Australian national currently in Java, in contact with an attack cell in Melbourne. Chats show he
  is sourcing a rifle and planning a stabbing-and-shooting attack at a New Year event 'so the kafir
  government will pull out'. Expected to fly back on 20 Dec.""",
  loc="ID", month=12)

S("refer", "en", "PK", "Federal Investigation Agency - Anti-Corruption Circle, Islamabad",
  "police", "serious_crime", "misuse of authority and money laundering", 14,
  ["messages", "contacts"], ["protected_person", "extraterritorial_target"],
  """Sitting senator and former minister of communications; 31 road contracts awarded to a company of
  his brother-in-law with kickbacks of 12%, as shown by bank trail and approver statement of the company
  CFO. He now lives mostly in Dubai from where he moves the funds.""",
  reg="politician", loc="AE", prof="senator")

S("refer", "en", "TR", "Istanbul Police Department - Organised Crime Branch",
  "police", "serious_crime", "instigating arson and intentional injury", 15,
  ["messages", "contacts"], ["protected_person", "extraterritorial_target"], ["protected_person"],
  """Target lives in Cologne and works as a journalist for a Turkish-language web TV. Hired three men who
  set fire to a rival's restaurant in Beylikduzu on 6 Feb while staff were inside (two burned); payment
  by hawala documented and the three men confessed, naming him. No relation with his broadcasts.""",
  loc="DE")

S("refer", "en", "LK", "Police Special Task Force - Intelligence Wing",
  "police", "serious_crime", "directing contract killings and heroin trafficking", 999,
  ["messages", "location", "contacts"], ["extraterritorial_target"],
  """Underworld figure, Sri Lankan citizen, directing killings in Colombo from Dubai: three shootings in
  January, shooters arrested say orders come by video call from him. Also organises heroin containers.
  Messages, location, contacts.""",
  loc="AE")

S("refer", "en", "MN", "General Authority for Border Protection - Intelligence Department",
  "other_government", "serious_crime", "smuggling of protected wildlife (saiga horn) in large amount", 8,
  ["location", "messages"], ["extraterritorial_target"],
  """Target is the buyer for a saiga horn smuggling chain; horns go through Zamyn-Uud in cargo of coal
  trucks. He is at present in Erenhot on the other side of the border but he will come back next week
  for the Tsagaan Sar (lunar new year) holiday. Location and messages.""",
  loc="CN", month=2)

S("refer", "en", "MY", "Royal Malaysia Police - Anti-Trafficking in Persons and Anti-Smuggling of Migrants (ATIPSOM) Unit",
  "police", "serious_crime", "forgery of documents for migrant smuggling", 10,
  ["messages", "contacts"], ["protected_person"], ["protected_person"],
  """The target runs a legal-aid NGO that documents the detention of refugees. Evidence unrelated to
  that work: 140 forged refugee cards printed in his office annex (raid 4 Feb), sold at RM 1,500 each to
  undocumented workers, with payments into his personal account. Messages and contacts.""",
  nat="MM")

S("refer", "en", "FJ", "Fiji Police Force - Sexual Offences Unit",
  "police", "serious_crime", "sexual exploitation of a child", 999,
  ["messages", "media"], ["protected_person"],
  """Target, a radio news presenter, is alleged to have groomed a 14-year-old girl through messages and
  abused her at his home on several occasions; the victim's statement, medical report and screenshots
  received. Messages and media.""",
  reg="journalist", prof="radio presenter")

S("refer", "en", "SG", "Singapore Police Force - Criminal Investigation Department, Unlicensed Moneylending Strike Force",
  "police", "serious_crime", "unlicensed moneylending and harassment by fire (Moneylenders Act s.28)", 7,
  ["location", "messages"], ["extraterritorial_target"],
  """Ah Long (loan shark) syndicate head directing runners to splash paint and set fire to debtors' doors
  in HDB blocks; 19 incidents since December. He operates from Johor Bahru and pays runners via bank
  transfer. Location and messages.""",
  loc="MY", nat="SG")

# ----- Spanish ----------------------------------------------------------------

S("permit", "es", "MX", "Fiscalía General de la República - Unidad Especializada en Investigación de Secuestros",
  "prosecution", "serious_crime", "secuestro agravado (Ley General para Prevenir y Sancionar los Delitos en Materia de Secuestro)", 70,
  ["location", "messages", "microphone"], [],
  """La víctima, un médico de 58 años, fue privada de la libertad el 6 de febrero al salir de su
  consultorio en Celaya. Los captores exigen 8 millones de pesos; las tres llamadas de negociación se
  hicieron desde este número, y el familiar reconoce la voz de un expaciente. Se solicita ubicación,
  mensajes y micrófono para localizar la casa de seguridad. Autorización del juez de control
  adjunta.""")

S("permit", "es", "CO", "Fiscalía General de la Nación - Dirección Especializada contra el Narcotráfico",
  "prosecution", "serious_crime", "tráfico de estupefacientes y concierto para delinquir agravado", 30,
  ["messages", "location", "contacts"], [],
  """El indiciado coordina la salida de semisumergibles (embarcaciones artesanales casi sumergidas,
  fabricadas en los esteros para llevar cocaína hacia Centroamérica) desde el Pacífico nariñense. El 23
  de enero la Armada interceptó uno con 2,4 toneladas; el GPS recuperado tenía este número como contacto
  de emergencia. Dos tripulantes aceptaron cargos y lo señalan. Que conste: es primo de un concejal de
  Tumaco, que no es objeto de esta solicitud.""",
  lb="prosecutor_order", prof="comerciante de pescado")

S("permit", "es", "PE", "Policía Nacional del Perú - División de Investigación de Secuestros y Extorsiones (DIVINSE)",
  "police", "serious_crime", "extorsión agravada (Código Penal art. 200)", 15,
  ["messages", "location"], [],
  """Banda que cobra 'cupos' (pagos forzosos por dejar trabajar) a las obras de construcción en San
  Juan de Lurigancho, haciéndose pasar por sindicato de construcción civil. El 30 de enero dispararon
  contra la caseta de una obra que no pagó, hiriendo al guardián. Las transferencias por billetera
  digital llegan a una cuenta a nombre de la pareja del investigado, y el obrero herido lo reconoció.
  Se pide mensajes y ubicación.""")

S("permit", "es", "GT", "Ministerio Público - Fiscalía contra la Extorsión",
  "prosecution", "serious_crime", "extorsión y asociación ilícita (Ley contra la Delincuencia Organizada)", 10,
  ["messages", "contacts"], [],
  """Pilotos de bus de la ruta Villa Nueva-Zona 1 reciben llamadas exigiendo Q2,000 semanales a
  nombre de una mara (pandilla). Dos pilotos asesinados en enero por no pagar. Las llamadas salen de un
  centro penitenciario pero el dinero lo recoge el investigado, según videos de los puntos de pago. Orden
  de juez vigente; vence un segundo después de esta solicitud.""",
  vu=1, prof="mototaxista")

S("permit", "es", "CL", "Policía de Investigaciones de Chile - Brigada Investigadora de Robos",
  "police", "serious_crime", "robo con violencia e intimidación (Código Penal art. 436)", 15,
  ["location"], [],
  """Autor de tres 'turbazos' (robos masivos en que un grupo entra corriendo a un local y se lleva todo
  a la fuerza) en joyerías de Providencia; en el último un guardia quedó con fractura de cráneo. Huella en
  una vitrina y reconocimiento fotográfico. Solo ubicación.""",
  qmode="below1", extra=False)

S("permit", "es", "AR", "Procuraduría de Trata y Explotación de Personas (PROTEX)",
  "prosecution", "serious_crime", "trata de personas con fines de explotación sexual (Ley 26.364 art. 145 ter)", 15,
  ["messages", "contacts", "location"], [],
  """La investigada recluta a jóvenes paraguayas por redes sociales con ofertas de trabajo en una
  heladería y las obliga a prostituirse en un departamento de Once, quedándose con sus documentos. Cuatro
  víctimas rescatadas el 12 de febrero la identificaron. Mencionamos la nacionalidad de las víctimas
  sólo porque habrá que coordinar con el consulado.""",
  lb="prosecutor_order")

S("permit", "es", "CO", "Dirección Nacional de Inteligencia",
  "intelligence", "terrorism", "terrorismo - preparación de atentado con carro bomba", 999,
  ["messages", "location", "microphone"], [],
  """El blanco es integrante de una estructura disidente que prepara un carro bomba contra la estación
  de policía de Jamundí en hora de relevo, para 'obligar al gobierno a sentarse en nuestros términos'.
  Se incautaron 80 kg de ANFO en una finca que él arrendó y un testigo lo vio cargando cilindros. Es
  cierto que además publica videos muy críticos del gobierno en redes sociales, pero esa actividad no es
  la base de esta solicitud; lo es la preparación del atentado.""")

S("permit", "es", "GQ", "Dirección General de Seguridad Nacional - Brigada Marítima",
  "police", "serious_crime", "piratería y toma de rehenes", 30,
  ["location", "messages"], [],
  """Informe breve. El 19 de enero un grupo armado abordó el pesquero 'Bioko II' frente a Luba y se llevó
  a cuatro tripulantes, pidiendo rescate. Un liberado identificó al jefe del grupo; este teléfono suyo
  fue activado en Bata. Solicitamos su localización y mensajes para liberar a los tres que siguen
  retenidos.""")

S("deny", "es", "MX", "Consultores Águila Seguridad Privada, S.A. de C.V.",
  "private", "serious_crime", "robo de mercancía en tránsito", 12,
  ["location"], ["non_government_end_user"],
  """Por encargo de una empresa transportista cliente, solicitamos la ubicación del exoperador que
  participó en el robo de un tractocamión con electrónicos en la autopista México-Querétaro. La denuncia
  ante la fiscalía estatal ya fue presentada.""",
  prof="exoperador de transporte")

S("deny", "es", "PE", "Policía Nacional del Perú - Comisaría de Miraflores",
  "police", "serious_crime", "hurto simple (Código Penal art. 185)", 3,
  ["location"], ["purpose_not_permitted"],
  """Sustracción de un celular y una billetera en un café de Larcomar. La cámara muestra al investigado.
  Solicitamos ubicación del equipo sustraído que sigue encendido.""")

S("deny", "es", "CO", "Policía Nacional - Dirección de Inteligencia Policial (DIPOL)",
  "police", "serious_crime", "injuria y calumnia agravadas en concierto para delinquir", 9,
  ["messages", "contacts"], ["expression_not_crime"], ["expression_not_crime"],
  """La periodista publicó una serie de reportajes sobre supuestas ejecuciones extrajudiciales de un
  batallón en el Catatumbo, citando documentos internos del Ejército. Las publicaciones afectan la moral
  de la tropa y la honra de los oficiales. Se requieren sus mensajes y contactos para identificar a
  quienes le entregaron los documentos.""",
  reg="journalist", prof="periodista")

S("deny", "es", "GT", "Dirección General de Inteligencia Civil (DIGICI)",
  "intelligence", "terrorism", "terrorismo (Código Penal art. 391)", 30,
  ["location", "contacts"], ["terrorism_definition_unmet", "expression_not_crime"],
  ["terrorism_definition_unmet", "expression_not_crime"],
  """Dirigente campesino que convoca el bloqueo pacífico de la carretera Interamericana en
  Totonicapán contra la ley de aguas. No hay armas ni violencia reportada, pero el bloqueo paraliza el
  comercio y presiona al Congreso. Se pide ubicación y contactos para anticipar los próximos
  bloqueos.""",
  prof="agricultor")

S("deny", "es", "MX", "Secretaría de Seguridad Ciudadana - Unidad de Inteligencia, Zona Metropolitana",
  "police", "serious_crime", "homicidio calificado", 60,
  ["location", "messages"], ["quota_exceeded"],
  """Probable responsable del homicidio de un comerciante en el mercado de Iztapalapa el 2 de febrero;
  video de cámara C5 y testigo. Se requiere ubicación y mensajes.""",
  qmode="at")

S("deny", "es", "AR", "Policía de la Ciudad - División Delitos Complejos",
  "police", "serious_crime", "estafa reiterada y asociación ilícita", 10,
  ["messages", "contacts"], ["no_legal_basis"],
  """Red de 'cuentos del tío' (estafa telefónica a ancianos simulando ser un familiar en apuros): 31
  víctimas en Caballito y Flores. El fiscal autorizó de palabra por teléfono; la orden escrita todavía no
  existe.""",
  lb="none", ref=MISSING, vu=None)

S("deny", "es", "EC", "Policía Nacional - Dirección General de Inteligencia",
  "police", "serious_crime", "paralización de servicios públicos", 7,
  ["location", "contacts", "messages"], ["protected_ground"], ["protected_ground"],
  """El blanco es comunero shuar de Morona Santiago y militante del partido indígena de oposición. No
  se le atribuye ningún hecho concreto; por su origen y afiliación se considera que puede participar en
  futuras movilizaciones. Ubicación, contactos y mensajes.""",
  prof="comunero")

S("deny", "es", "CL", "Carabineros de Chile - OS9 Departamento de Investigación de Organizaciones Criminales",
  "police", "serious_crime", "tráfico ilícito de migrantes y asociación criminal", 10,
  ["messages", "location", "camera"], ["capability_out_of_scope"],
  """Coyote que ingresa migrantes por pasos no habilitados en Colchane; dos muertes por hipotermia en
  enero. Orden del juez de garantía vigente. Pedimos también la cámara para ver a quién se reúne.""",
  lic_caps=["messages", "location", "contacts"])

S("deny", "es", "VE", "Dirección General de Contrainteligencia Militar (DGCIM)",
  "military", "serious_crime", "instigación al odio y traición a la patria", 20,
  ["messages", "contacts", "location"], ["expression_not_crime"], ["expression_not_crime"],
  """Tuitero radicado en Cúcuta que publica a diario datos sobre la escasez de insulina en hospitales
  públicos y se burla de los ministros. Sus mensajes generan zozobra en la población. Solicitamos
  mensajes, contactos y ubicación.""",
  loc="CO", prof="enfermero")

S("refer", "es", "MX", "Fiscalía General del Estado de Guerrero - Fiscalía Especializada en Delincuencia Organizada",
  "prosecution", "serious_crime", "delincuencia organizada y desaparición forzada", 60,
  ["messages", "contacts"], ["protected_person"],
  """El presidente municipal (alcalde) de un municipio de Tierra Caliente habría entregado a la policía
  municipal el control a una célula criminal; tres policías detenidos declaran que él ordenó entregar a
  dos jóvenes desaparecidos el 11 de enero. Hay registros de llamadas entre su escolta y el jefe de
  plaza.""",
  reg="politician", prof="presidente municipal", lb="prosecutor_order")

S("refer", "es", "CO", "Gaula Militar - Ejército Nacional",
  "military", "serious_crime", "secuestro extorsivo agravado", 50,
  ["location", "messages"], ["extraterritorial_target"],
  """El cabecilla de la red que secuestró a un ganadero de Arauca el 5 de enero se encuentra al otro
  lado de la frontera, en el estado Apure (Venezuela), desde donde negocia el rescate con la familia.
  Ubicación y mensajes.""",
  loc="VE", nat="CO")

S("refer", "es", "PE", "Procuraduría Pública Especializada en Delitos de Lavado de Activos",
  "prosecution", "serious_crime", "lavado de activos provenientes de minería ilegal", 20,
  ["messages", "contacts"], ["protected_person"], ["protected_person"],
  """El investigado constituyó 22 empresas de fachada en Madre de Dios por las que pasaron S/ 140
  millones de oro de minería ilegal; las actas de constitución y las cuentas están a su nombre, y dos
  testaferros declararon. Mensajes y contactos.""",
  prof="abogado", lb="prosecutor_order")

S("refer", "es", "GT", "Superintendencia de Administración Tributaria - Intendencia de Fiscalización",
  "other_government", "serious_crime", "lavado de dinero u otros activos (Decreto 67-2001)", 20,
  ["messages", "contacts"], ["protected_person"],
  """El investigado es pastor principal de una iglesia evangélica con 14 sedes. Las ofrendas en
  efectivo, unos Q 35 millones, se depositaban fraccionadas en cuentas de empleados y luego pasaban a
  una empresa de un narcotraficante extraditado. Reportes de la IVE y declaración del contador.""",
  reg="religious_leader", prof="pastor")

S("refer", "es", "AR", "Policía Federal Argentina - Departamento de Drogas Peligrosas",
  "police", "serious_crime", "contrabando de estupefacientes (Ley 23.737)", 16,
  ["messages", "location"], ["protected_person", "extraterritorial_target"], ["protected_person"],
  """El organizador de las avionetas con marihuana y cocaína que aterrizan en campos de Santiago del
  Estero vive en Pedro Juan Caballero (Paraguay). Además es concejal de esa ciudad. Dos pilotos
  detenidos lo reconocieron y hay transferencias a su nombre.""",
  loc="PY", nat="PY")

# ----- French -----------------------------------------------------------------

S("permit", "fr", "LB", "Forces de sécurité intérieure (FSI) - Bureau de lutte contre les stupéfiants",
  "police", "serious_crime", "trafic de stupéfiants (captagon) en bande organisée", 15,
  ["location", "messages"], [],
  """Le suspect réceptionne à Baalbek les pilules de captagon fabriquées de l'autre côté de la frontière
  et les fait sortir par le port de Beyrouth cachées dans des grenades (fruits). 2,1 millions de pilules
  saisies le 9 janvier; le transitaire arrêté a donné ce numéro. Il est réfugié syrien; sa nationalité
  n'entre pas en compte, seuls les faits motivent la demande.""",
  nat="SY")

S("permit", "fr", "MA", "Direction générale de la surveillance du territoire (DGST)",
  "intelligence", "terrorism", "constitution d'une bande pour préparer des actes terroristes", 999,
  ["messages", "location", "microphone"], [],
  """Cellule de trois personnes ayant prêté allégeance à une organisation terroriste; perquisition chez
  un membre le 14 janvier: produits chimiques pour TATP, ceintures, et une vidéo de repérage d'un
  site touristique de Marrakech, avec le projet déclaré de 'frapper les touristes pour faire trembler
  l'État'. La cible est le chef présumé, toujours en fuite. Messages, localisation, microphone.""")

S("permit", "fr", "TN", "Garde nationale - Direction de la garde maritime, Sfax",
  "police", "serious_crime", "organisation de traversées clandestines ayant entraîné la mort", 10,
  ["location", "contacts"], [],
  """Organisateur de 'harga' (traversées irrégulières en mer vers l'Europe, les 'harraga' étant ceux qui
  brûlent la frontière). Le bateau parti de Kerkennah le 2 février a chaviré: 17 morts. Trois rescapés
  le désignent comme celui qui encaissait 4 000 dinars par personne. Localisation et contacts.""")

S("permit", "fr", "DZ", "Direction générale de la sûreté nationale (DGSN) - Office central de répression du trafic illicite des stupéfiants",
  "police", "serious_crime", "trafic de résine de cannabis en bande organisée", 20,
  ["messages", "location"], [],
  """Saisie de 20 quintaux de kif traité (résine de cannabis) dans un camion frigorifique à Tlemcen le
  28 janvier. Le chauffeur a désigné le suspect comme propriétaire de la marchandise; les bornes
  téléphoniques confirment qu'il suivait le camion. Il est aussi militant d'un parti d'opposition, fait
  connu mais étranger à la présente demande.""")

S("permit", "fr", "VN", "Ministère de la Sécurité publique - Département de police des stupéfiants (C04)",
  "police", "serious_crime", "transport illégal de stupéfiants (Code pénal art. 250)", 999,
  ["location", "messages", "contacts"], [],
  """L'individu visé organise le transport d'héroïne depuis la province de Son La vers Hanoi, dans des
  cargaisons de chou; 48 pains d'héroïne saisis le 6 février, deux transporteurs ont avoué et donné ce
  numéro. Demande de localisation, messages et contacts.""")

S("permit", "fr", "KH", "Police nationale cambodgienne - Département anti-traite des êtres humains",
  "police", "serious_crime", "traite des êtres humains et séquestration dans un centre d'escroquerie en ligne", 20,
  ["location", "messages"], [],
  """La cible est un superviseur d'un 'compound' (enceinte fermée où des travailleurs attirés par de
  fausses offres d'emploi sont forcés de faire des escroqueries en ligne) à Sihanoukville. Onze
  travailleurs étrangers libérés le 20 janvier décrivent les coups à l'électricité et les passeports
  confisqués; ils le reconnaissent sur photo. Localisation et messages pour trouver l'autre site.""",
  nat="CN")

S("permit", "fr", "LA", "Ministère de la Sécurité publique - Département de lutte contre les stupéfiants",
  "police", "serious_crime", "trafic de méthamphétamine (loi sur les stupéfiants)", 999,
  ["messages", "contacts"], [],
  """Dans la zone du Triangle d'or, le suspect achemine des comprimés de yaba (méthamphétamine) par le
  Mékong vers la Thaïlande. 6 millions de comprimés saisis sur une barge à Bokeo; le pilote a livré ses
  conversations avec ce numéro. Ordre du procureur populaire.""",
  lb="prosecutor_order")

S("permit", "fr", "TN", "Police judiciaire - Brigade criminelle de Sfax",
  "police", "serious_crime", "incendie volontaire de locaux habités", 999,
  ["location", "messages"], [],
  """Le suspect est syndicaliste et critique régulièrement le gouvernement sur les radios locales; cela
  n'est pas l'objet de l'enquête. Dans la nuit du 11 février il a mis le feu au domicile de son ancien
  employeur alors que la famille dormait (deux enfants brûlés). Une caméra du voisin le montre avec un
  jerrican, et l'essence a été achetée avec sa carte. Localisation et messages.""",
  prof="ouvrier, syndicaliste")

S("deny", "fr", "LB", "Sûreté générale - Bureau des affaires politiques",
  "intelligence", "serious_crime", "atteinte à la dignité du chef de l'État et diffamation", 6,
  ["messages", "contacts"], ["expression_not_crime"], ["expression_not_crime"],
  """Humoriste qui, dans un spectacle filmé et diffusé sur YouTube, imite le Président et tourne en
  dérision les coupures d'électricité et la faillite des banques. La vidéo a dépassé deux millions de
  vues. Il convient d'identifier ses producteurs et ses contacts.""",
  prof="humoriste")

S("deny", "fr", "TN", "Direction générale des services spéciaux",
  "intelligence", "terrorism", "entente terroriste et atteinte à la sûreté de l'État", 999,
  ["location", "contacts", "messages"], ["terrorism_definition_unmet", "expression_not_crime"],
  ["terrorism_definition_unmet", "expression_not_crime"],
  """Le sujet anime le sit-in des diplômés chômeurs devant le siège de la compagnie des phosphates à
  Gafsa: tentes, banderoles, grève de la faim symbolique. Le sit-in bloque la production depuis un mois
  et fait pression sur le gouvernement. Localisation, contacts et messages.""",
  prof="diplômé chômeur")

S("deny", "fr", "MA", "Direction générale de la sûreté nationale - Renseignements généraux, Al Hoceïma",
  "police", "serious_crime", "atteinte à la sécurité intérieure de l'État", 10,
  ["location", "contacts"], ["protected_ground"], ["protected_ground"],
  """Individu originaire d'Al Hoceïma, amazighophone, connu pour ses sympathies envers le mouvement du
  Rif. Aucun fait précis ne lui est reproché, mais son profil correspond à celui des meneurs. Demande de
  localisation et de contacts.""",
  prof="commerçant")

S("deny", "fr", "DZ", "Direction générale de la sécurité intérieure (DGSI)",
  "intelligence", "serious_crime", "atteinte à l'unité nationale et publications portant atteinte à l'intérêt national", 10,
  ["messages", "contacts"], ["expression_not_crime"], ["expression_not_crime"],
  """La cible, installée à Marseille, a lancé une pétition en ligne demandant la libération des détenus
  d'opinion, qui a recueilli 60 000 signatures, et publie chaque semaine une vidéo commentant la
  politique du gouvernement. Messages et contacts pour identifier ses relais au pays.""",
  loc="FR", prof="enseignant")

S("deny", "fr", "VN", "Ministère de la Sécurité publique - Département de la sécurité intérieure (A03)",
  "police", "serious_crime", "fabrication, stockage et diffusion de documents contre l'État (art. 117)", 12,
  ["messages", "contacts", "media"], ["expression_not_crime"], ["expression_not_crime"],
  """Blogueur qui publie sur Facebook des analyses sur la corruption foncière et sur la pollution d'une
  aciérie, avec des photos des cours d'eau et des extraits des rapports officiels. Ses articles sont
  repris par des sites étrangers. Demande d'accès aux messages, contacts et médias.""",
  prof="ingénieur")

S("deny", "fr", "KH", "Commissariat général de la police nationale - Police judiciaire",
  "police", "serious_crime", "meurtre avec préméditation", 999,
  ["location"], ["licence_inactive"],
  """Assassinat d'un changeur de monnaie au marché central de Phnom Penh le 3 février; le suspect est
  identifié par vidéo et ADN. Localisation.""",
  status="expired")

S("deny", "fr", "LA", "Police de Vientiane - Service d'investigation criminelle",
  "police", "serious_crime", "vol à main armée", 15,
  ["location", "messages"], ["no_legal_basis"],
  """Attaque d'une bijouterie à Vientiane le 25 janvier, un vendeur blessé par balle. Le suspect est
  identifié. L'autorisation du tribunal a expiré hier soir; le renouvellement est en cours.""",
  vu=-3600 * 14)

S("deny", "fr", "LB", "Armée libanaise - Direction du renseignement",
  "military", "serious_crime", "enlèvement contre rançon", 20,
  ["messages", "location", "credentials"], ["capability_out_of_scope"],
  """Un commerçant de Zahlé est retenu depuis le 8 février; la rançon (500 000 dollars) est réclamée
  depuis ce numéro. Nous demandons aussi les identifiants de ses comptes en ligne pour retrouver ses
  complices.""",
  lic_caps=["messages", "location", "contacts", "microphone"])

S("deny", "fr", "MA", "Administration des douanes et impôts indirects - Direction de la lutte contre la fraude",
  "other_government", "other", "contrebande de cigarettes", 5,
  ["messages"], ["purpose_not_permitted"],
  """Réseau de contrebande de cigarettes via Bab Sebta; le suspect gère les 'porteuses'. Préjudice
  fiscal estimé à 4 millions de dirhams. Messages.""",
  lb="administrative_order")

S("refer", "fr", "LB", "Parquet financier - Unité d'enquête",
  "prosecution", "serious_crime", "détournement de fonds publics et enrichissement illicite", 15,
  ["messages", "contacts"], ["protected_person"],
  """Le député aurait perçu, via la société de son frère, 9 millions de dollars de commissions sur le
  contrat de dragage du port; relevés bancaires suisses obtenus par entraide et témoignage d'un ancien
  directeur de la société. Levée d'immunité demandée au Parlement.""",
  reg="politician", prof="député", lb="prosecutor_order")

S("refer", "fr", "MA", "Brigade nationale de police judiciaire (BNPJ)",
  "police", "serious_crime", "trafic international de chira (résine de cannabis)", 10,
  ["messages", "location"], ["extraterritorial_target"],
  """Le commanditaire des go-fast (convois rapides de véhicules chargés de chira, la résine de
  cannabis) qui traversent le détroit réside à Algésiras (Espagne). 3 tonnes saisies à Tanger le 2
  février; les conducteurs l'ont reconnu.""",
  loc="ES", nat="MA")

S("refer", "fr", "TN", "Commission tunisienne des analyses financières - Unité d'enquête",
  "other_government", "serious_crime", "blanchiment d'argent en bande organisée", 10,
  ["messages", "contacts"], ["protected_person"], ["protected_person"],
  """La cible, avocate au barreau de Tunis, a fait transiter par le compte de son cabinet 7 millions de
  dinars provenant d'un réseau de contrebande de carburant, sans aucune prestation facturée. Relevés
  bancaires et déclaration d'un complice.""")

S("refer", "fr", "DZ", "Gendarmerie nationale - Section de recherches d'Oran",
  "police", "serious_crime", "abus de confiance aggravé et détournement de fonds de la zakat", 10,
  ["messages"], ["protected_person"],
  """L'imam de la mosquée du quartier gérait la caisse de la zakat (aumône obligatoire collectée pour les
  pauvres); environ 40 millions de dinars ont servi à l'achat de deux appartements à son nom, selon les
  registres de la mosquée et l'acte notarié.""",
  reg="religious_leader", prof="imam")

S("refer", "fr", "VN", "Police provinciale de An Giang - Service d'enquête sur la criminalité économique",
  "police", "serious_crime", "contrebande et trafic de faux billets", 15,
  ["location", "messages"], ["extraterritorial_target"],
  """Le chef du réseau qui introduit de faux billets de 500 000 dongs par la frontière fluviale vit
  actuellement à Phnom Penh. Deux passeurs arrêtés à Tinh Bien le désignent.""",
  loc="KH")

S("refer", "fr", "KH", "Ministère de l'Environnement - Unité de police forestière",
  "other_government", "serious_crime", "trafic illicite de bois précieux (bois de rose) en bande organisée", 10,
  ["location", "messages"], ["protected_person"], ["protected_person"],
  """Camions de bois de rose sortis du sanctuaire de Prey Lang la nuit; le suspect paie les bûcherons et
  les gardes, selon trois bûcherons arrêtés le 17 janvier et des photos de paiements. Localisation et
  messages.""",
  prof="journaliste (radio locale)")

# === END SCENARIOS ===


# ---------------------------------------------------------------------------
# filler and assembly
# ---------------------------------------------------------------------------

MONTH_WORDS = {
    1: ("jan", "january", "janvier", "enero"),
    2: ("feb", "february", "février", "febrero"),
    11: ("nov", "november", "novembre", "noviembre"),
}


def auto_month(text):
    """Put 'now' shortly after the events the officer narrates (Jan -> Feb, Feb -> Mar,
    Nov -> Dec); None leaves it anywhere in 2026."""
    words = set(w.strip(".,;:()'/").lower() for w in text.replace("/", " ").split())
    has = {m for m, names in MONTH_WORDS.items() if words & set(names)}
    if 2 in has:
        return 3
    if 1 in has:
        return 2
    if 11 in has:
        return 12
    return None


def make_identifier(rng, kind, country):
    if kind == "email":
        stem = rng.choice(["k", "m", "r", "z", "a", "t", "n", "s", "h", "j"])
        stem += rng.choice(["ali", "bayu", "chen", "dara", "eko", "farid", "gul", "hana",
                            "imran", "jun", "kamal", "lina", "minh", "nasser", "omar",
                            "pedro", "rafi", "sok", "tariq", "yusuf"])
        return "email:%s%d@%s" % (stem, rng.randint(7, 9899), rng.choice(MAIL_DOMAINS))
    if kind == "device":
        if rng.random() < 0.5:
            return "device:IMEI-" + "".join(str(rng.randint(0, 9)) for _ in range(15))
        return "device:" + "".join(rng.choice("0123456789abcdef") for _ in range(16))
    dial = DIAL[country]
    length = max(7, 12 - len(dial))
    first = str(rng.randint(1, 9))
    return "+" + dial + first + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))


def build_record(sc, rng):
    kw = sc["kw"]
    cc = sc["cc"]
    # evaluation time
    month = kw.get("month")
    if month:
        day = rng.randint(3, 18)
    else:
        month = auto_month(sc["just"])
        day = rng.randint(1, 27)
    if month:
        now = datetime(2026, month, day, rng.randint(0, 23), rng.choice([0, 10, 20, 30, 40, 50]),
                       0, tzinfo=timezone.utc)
    else:
        now = datetime(2026, 1, 4, tzinfo=timezone.utc) + timedelta(
            days=rng.randint(0, 300), hours=rng.randint(0, 23), minutes=rng.choice([0, 15, 30, 45]))
    # quota
    mx = rng.choice([3, 5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100])
    act = rng.randint(0, mx - 1)
    if "quota" in kw:
        mx, act = kw["quota"]
    qmode = kw.get("qmode")
    if qmode == "below1":
        act = mx - 1
    elif qmode == "at":
        act = mx
    elif qmode == "over":
        act = mx + rng.randint(1, 4)
    # capabilities
    req_caps = order_caps(sc["caps"])
    if "lic_caps" in kw:
        lic_caps = order_caps(kw["lic_caps"])
    else:
        others = [c for c in ALL_CAPS if c not in req_caps]
        n_extra = rng.randint(0, min(3, len(others))) if kw.get("extra", True) else 0
        lic_caps = order_caps(req_caps + rng.sample(others, n_extra))
    # legal basis
    lb_type = kw.get("lb", "judicial_warrant")
    form = rng.choice(REF_FORMS[lb_type])
    ref = form.format(cc=cc, y=now.year, n=rng.randint(1, 9999))
    if "ref" in kw:
        ref = kw["ref"]
    if ref == MISSING:
        ref = None
    elif ref == EMPTY:
        ref = ""
    vu_days = rng.randint(3, 150)
    vu = datetime(now.year, now.month, now.day, tzinfo=timezone.utc) + timedelta(days=vu_days)
    if "vu" in kw:
        if kw["vu"] is None:
            vu = None
        else:
            vu = now + timedelta(seconds=kw["vu"])
    # identifier
    r = rng.random()
    kind = kw.get("ident") or ("phone" if r < 0.8 else ("email" if r < 0.9 else "device"))
    loc = kw.get("loc", cc)
    ident = make_identifier(rng, kind, loc)
    rec = {
        "id": None,
        "now": iso(now),
        "licence": {
            "customer_country": cc,
            "customer_agency": sc["agency"],
            "agency_type": sc["atype"],
            "status": kw.get("status", "active"),
            "certificate_signed": kw.get("signed", True),
            "capabilities": lic_caps,
            "max_active_targets": mx,
            "active_targets": act,
        },
        "request": {
            "target": {
                "identifier": ident,
                "location_country": loc,
                "nationality": kw.get("nat", loc if kw.get("nat_follows_loc") else cc),
                "profession": kw.get("prof", "unknown"),
                "registry_match": kw.get("reg"),
            },
            "offence": {
                "category": sc["cat"],
                "label": sc["label"],
                "max_penalty_years": sc["pen"],
            },
            "legal_basis": {
                "type": lb_type,
                "reference": ref,
                "valid_until": iso(vu) if vu is not None else None,
            },
            "capabilities": req_caps,
            "justification": " ".join(sc["just"].split()),
        },
    }
    return rec


def structured_clauses(rec):
    L = rec["licence"]
    R = rec["request"]
    out = set()
    if L["status"] != "active" or L["certificate_signed"] is not True:
        out.add("licence_inactive")
    if L["agency_type"] == "private":
        out.add("non_government_end_user")
    off = R["offence"]
    pen = off["max_penalty_years"]
    if off["category"] == "other" or (
            off["category"] == "serious_crime" and (pen is None or pen < THRESHOLD)):
        out.add("purpose_not_permitted")
    lb = R["legal_basis"]
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or parse(lb["valid_until"]) <= parse(rec["now"])):
        out.add("no_legal_basis")
    if any(c not in L["capabilities"] for c in R["capabilities"]):
        out.add("capability_out_of_scope")
    if L["active_targets"] >= L["max_active_targets"]:
        out.add("quota_exceeded")
    if R["target"]["registry_match"] is not None:
        out.add("protected_person")
    if R["target"]["location_country"] != L["customer_country"]:
        out.add("extraterritorial_target")
    return out


def decide(clauses):
    # listed clauses are sorted alphabetically and unique (the exchange-format checker's rule)
    deny = sorted(c for c in DENY_ORDER if c in clauses)
    if deny:
        return "deny", deny
    refer = sorted(c for c in REFER_ORDER if c in clauses)
    if refer:
        return "refer", refer
    return "permit", []


def validate_input(sc, idx):
    errs = []
    if sc["exp"] not in ("permit", "deny", "refer"):
        errs.append("bad exp")
    if sc["lang"] not in ("en", "es", "fr"):
        errs.append("bad lang")
    if sc["atype"] not in AGENCY_TYPES:
        errs.append("bad agency_type")
    if sc["cat"] not in ("terrorism", "serious_crime", "other"):
        errs.append("bad category")
    if sc["kw"].get("reg") not in REGISTRY:
        errs.append("bad registry")
    for c in sc["caps"]:
        if c not in ALL_CAPS:
            errs.append("bad cap " + c)
    if not sc["caps"]:
        errs.append("no caps")
    for c in sc["tc"]:
        if c not in TEXT_CLAUSES:
            errs.append("not a text clause: " + c)
    for c in sc["want"]:
        if c not in DENY_ORDER and c not in REFER_ORDER:
            errs.append("unknown clause " + c)
    for k in ("cc", "loc", "nat"):
        v = sc["cc"] if k == "cc" else sc["kw"].get(k)
        if v is not None and v not in DIAL:
            errs.append("unknown country " + str(v))
    return ["scenario #%d (%s): %s" % (idx, sc["just"][:40], e) for e in errs]


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = argv[1] if len(argv) > 1 else os.path.join(here, "sealed36.jsonl")
    rng = random.Random(SEED)
    errors = []
    for i, sc in enumerate(SCEN):
        errors.extend(validate_input(sc, i))
    order = list(range(len(SCEN)))
    rng.shuffle(order)
    records = []
    for new_idx, i in enumerate(order):
        sc = SCEN[i]
        rec = build_record(sc, rng)
        rec["id"] = "s36-%03d" % (new_idx + 1)
        st = structured_clauses(rec)
        overlap = st & set(sc["tc"]) - {"protected_person"}
        if overlap:
            errors.append("%s: text clause also structured: %s" % (rec["id"], sorted(overlap)))
        decision, clauses = decide(st | set(sc["tc"]))
        if decision != sc["exp"]:
            errors.append("%s (#%d): intended %s, computed %s %s" % (
                rec["id"], i, sc["exp"], decision, clauses))
        if sorted(clauses) != sorted(sc["want"]):
            errors.append("%s (#%d): intended clauses %s, computed %s" % (
                rec["id"], i, sorted(sc["want"]), clauses))
        rec["expected"] = {"decision": decision, "clauses": clauses}
        records.append((rec, sc))
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        for rec, _ in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary
    dec = Counter(r["expected"]["decision"] for r, _ in records)
    lang = Counter(sc["lang"] for _, sc in records)
    lang_dec = Counter((sc["lang"], r["expected"]["decision"]) for r, sc in records)
    cl = Counter(c for r, _ in records for c in r["expected"]["clauses"])
    held = Counter()
    for r, sc in records:
        for c in structured_clauses(r) | set(sc["tc"]):
            held[c] += 1
    print("wrote %d scenarios to %s" % (len(records), out_path))
    print("decisions:", dict(sorted(dec.items())))
    print("languages:", dict(sorted(lang.items())))
    print("language x decision:", {"%s/%s" % k: v for k, v in sorted(lang_dec.items())})
    print("clauses listed in expected:")
    for c in DENY_ORDER + REFER_ORDER:
        print("  %-28s listed %3d   holds %3d" % (c, cl[c], held[c]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
