#!/usr/bin/env python3
"""Generator for the independent labelled gate set sealed190 (150 scenarios).

Standard library only. Every scenario is a hand-written entry below; random
filler (phone numbers, dates, legal references, quotas, extra licence
capabilities) comes from random.Random(190001); the order is shuffled with
random.Random(190002). Structured clauses are computed from the fields exactly
as shared/spec/gate-scenarios.md defines them, the hand-judged text clauses are
added, and the decision and clause list are derived by the spec's rules. Any
mismatch with the intended label, any duplicated justification or any invalid
enum value makes the script exit 1 without writing anything.
"""
import collections
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed190.jsonl")

THRESHOLD = 6
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician",
            "head_of_state", "diplomat", "religious_leader"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}
LANGS = {"en", "es", "fr"}
DECISIONS = {"permit", "deny", "refer"}

# country -> (dialling code, national significant number length)
DIAL = {
    "MX": ("52", 10), "CO": ("57", 10), "PE": ("51", 9), "AR": ("54", 10), "CL": ("56", 9),
    "ES": ("34", 9), "FR": ("33", 9), "BE": ("32", 9), "MA": ("212", 9), "SN": ("221", 9),
    "CI": ("225", 10), "CM": ("237", 9), "TN": ("216", 8), "GT": ("502", 8), "EC": ("593", 9),
    "PA": ("507", 8), "BO": ("591", 8), "GB": ("44", 10), "KE": ("254", 9), "NG": ("234", 10),
    "GH": ("233", 9), "IN": ("91", 10), "PH": ("63", 10), "ZA": ("27", 9), "AU": ("61", 9),
    "TH": ("66", 9), "ID": ("62", 10), "AE": ("971", 9), "PL": ("48", 9), "RO": ("40", 9),
    "HU": ("36", 9), "GR": ("30", 10), "UG": ("256", 9), "ZM": ("260", 9), "RW": ("250", 9),
    "MY": ("60", 9), "PK": ("92", 10), "BD": ("880", 10), "SG": ("65", 8), "CA": ("1", 10),
    "DE": ("49", 10), "NL": ("31", 9), "IT": ("39", 10), "PT": ("351", 9), "HN": ("504", 8),
    "SV": ("503", 8), "PY": ("595", 9), "UY": ("598", 8), "CR": ("506", 8), "DZ": ("213", 9),
    "BF": ("226", 8), "ML": ("223", 8), "GA": ("241", 8), "TG": ("228", 8), "BJ": ("229", 8),
    "HT": ("509", 8), "CH": ("41", 9), "LU": ("352", 9), "TZ": ("255", 9), "LK": ("94", 9),
    "JM": ("1876", 7), "NP": ("977", 10), "VE": ("58", 10), "NI": ("505", 8), "US": ("1", 10),
    "TR": ("90", 10), "RS": ("381", 9), "BG": ("359", 9), "NE": ("227", 8), "CD": ("243", 9),
    "GN": ("224", 9), "MR": ("222", 8), "LB": ("961", 8), "QA": ("974", 8), "DK": ("45", 8),
    "SE": ("46", 9), "GE": ("995", 9), "AM": ("374", 8), "UA": ("380", 9), "MZ": ("258", 9),
    "BW": ("267", 8), "NA": ("264", 9), "ET": ("251", 9), "SA": ("966", 9), "KH": ("855", 9),
    "VN": ("84", 9), "BR": ("55", 11), "DO": ("1809", 7), "MW": ("265", 9), "MM": ("95", 9), "SO": ("252", 8), "LY": ("218", 9),
}

LB_PREFIX = {
    "judicial_warrant": ["JW", "CW", "HC-ORD", "TRIB", "MAG", "INT-J"],
    "prosecutor_order": ["PO", "FISC", "PRO", "PP-ORD", "DPP"],
    "administrative_order": ["AO", "MIN-ORD", "DIR", "ADM"],
}
EMAIL_DOMAINS = ["mailbox-relay.net", "postmail.io", "quickmsg.org", "securemail.example",
                 "inboxhub.com", "pigeonpost.net", "zmail.cc", "fastnote.org"]

ENTRIES = []


def S(key, lang, cc, agency, atype, cat, label, pen, prof, caps, text,
      tc=(), dec="permit", cl=(), **ov):
    """One hand-written scenario. tc: hand-judged text clauses; dec/cl: intended label."""
    ENTRIES.append(dict(key=key, lang=lang, cc=cc, agency=agency, atype=atype, cat=cat,
                        label=label, pen=pen, prof=prof, caps=list(caps), text=text,
                        tc=set(tc), dec=dec, cl=sorted(cl), ov=ov))


# ============================ scenarios ============================
# ---------------- batch 1: permits (English) ----------------
S("p01", "en", "KE", "Directorate of Serious Crimes - Anti-Kidnapping Unit", "police",
  "serious_crime", "kidnapping for ransom", 999, "matatu driver", ["messages", "location"],
  "A nine-year-old girl was taken outside her school gate on Monday afternoon. Since then three "
  "ransom calls demanding KES 4 million have come from this number, the last one about forty minutes "
  "before this request. The school guard picked the subject out of a photo board as the driver of the "
  "white van used in the abduction. We need live location to find the child and the message traffic "
  "to identify the others in the group. Case file AKU/112/26.",
  edge="penalty 999 (life)")

S("p02", "en", "NG", "Federal Narcotics Interdiction Command", "police",
  "serious_crime", "importation of cocaine", 999, "clearing agent", ["messages", "contacts"],
  "Subject is believed to be the local receiver for a 40 kg cocaine consignment concealed in frozen "
  "fish cartons and seized at the port on arrival. The consignee company is a shell registered to the "
  "subject's cousin. Extraction of the arrested haulier's phone shows 57 calls and 212 messages with "
  "this number in the two weeks before the vessel docked. Contacts and messages are requested to "
  "identify the financier and the onward distribution network.")

S("p03", "en", "GH", "Regional Vehicle Crime Unit, Ashanti", "police",
  "serious_crime", "organised receiving of stolen motor vehicles", 6, "auto body sprayer", ["location"],
  "Ring stealing pickups from supermarket car parks, re-spraying them and driving them north to the "
  "border. Subject runs the spraying yard. Three stolen vehicles (engine numbers confirmed by the "
  "manufacturer) were recovered from his compound last week, and the GPS tracker of a fourth stopped "
  "at his yard for six hours before going dark. Location only - we need to find the second yard before "
  "the next batch leaves.",
  edge="penalty exactly at threshold (6)")

S("p04", "en", "PH", "National Counter-Terrorism Intelligence Group", "intelligence",
  "terrorism", "planning a bombing of a commuter rail station", 999, "electronics repair technician",
  ["messages", "media", "contacts", "location"],
  "Source reporting corroborated by a seizure: on the 3rd we recovered 18 kg of ammonium nitrate, "
  "pressure cookers and two modified phones from a rented room paid for in the subject's name. "
  "Messages recovered from a detained courier discuss 'the morning crowd' at a named interchange "
  "station and the number of dead the group wants 'so the government understands'. The subject "
  "is assessed to be the device builder. Access to messages, media, contacts and location is "
  "requested to locate the remaining components and the other members before an attack.")

S("p05", "en", "UG", "Combined Counter-Terror Cell, Western Command", "military",
  "terrorism", "conspiracy to take hostages", 999, "farmer", ["messages", "location", "contacts"],
  "Intercepted couriers and a defector's statement describe a plan by an armed cell to seize a "
  "boarding school near the border and hold the pupils until the government releases four detained "
  "commanders. The defector named the subject as the cell's logistics man; he bought two motorcycles "
  "and 600 rounds last month (receipts and a seller's statement on file). We are asking for messages, "
  "contacts and location to establish the date and the site and to prevent the seizure.")

S("p06", "en", "ZA", "Provincial Organised Crime Unit, Gauteng", "police",
  "serious_crime", "robbery with aggravating circumstances (cash-in-transit)", 25, "unknown",
  ["location", "messages"],
  "1. Three cash-in-transit attacks since November, explosives used on two vehicles, one guard shot. "
  "2. Getaway BMW from the last attack found burnt; the key fob was bought with the subject's card. "
  "3. Cell-site data puts this handset within 300 m of both scenes at the times of the attacks. "
  "4. Informer says the crew is 'doing another one before month end'. "
  "Location and messages requested to intercept before the next hit.",
  quota="max-1", edge="quota at max-1")

S("p07", "en", "PL", "Regional Directorate for Organised Crime, Lower Silesia", "police",
  "serious_crime", "trafficking in firearms", 12, "warehouse worker", ["messages", "contacts"],
  "The subject, a Ukrainian national resident here since 2023, is identified by two test purchases "
  "of converted blank-firing pistols (4 pieces, ballistics confirm they fire live rounds) arranged "
  "through this number. Payment went to an account in his name. We request messages and contacts to "
  "identify the workshop doing the conversions and the buyers.",
  nat="UA", edge="foreign national inside customer country",
  jc="nationality given for identification; selection rests on test purchases, not on nationality")

S("p08", "en", "IN", "State Special Investigation Team (Sand Mining)", "police",
  "serious_crime", "conspiracy to murder", 999, "sand mining contractor", ["messages", "location"],
  "On the night of the 11th a district reporter who had published a series on illegal sand mining "
  "was stabbed four times outside his home; he survived. Both attackers are in custody and one has "
  "given a statement that the subject paid them Rs 2 lakh and gave them the reporter's address. "
  "Call records show the subject's number called the attackers' phones 14 times in the week before. "
  "The subject is a contractor whose leases were exposed in the reporter's articles. Messages and "
  "location requested to trace the payment chain and prevent a second attempt.",
  jc="journalist is the victim, not the target: no protected_person")

S("p09", "en", "ZM", "Correctional Intelligence Division", "other_government",
  "serious_crime", "trafficking in narcotic drugs into a correctional facility", 10,
  "unemployed (falsely presents as an advocate)", ["messages", "contacts"],
  "Subject has visited inmates at the central correctional facility 23 times this year presenting "
  "himself as their advocate. He is not enrolled with the Law Association and the practising "
  "certificate he shows at the gate is a forgery (the Association has confirmed the number belongs "
  "to a deceased member). Two inmates he visited were found with heroin wraps minutes after his "
  "visits. Messages and contacts are needed to identify the supplier outside and the inmates "
  "distributing inside.",
  jc="criminal posing as a lawyer: the text says he is not one, so no protected_person")

S("p10", "en", "BG", "Regional Arson and Explosives Squad", "police",
  "serious_crime", "arson endangering human life", 15, "unemployed", ["messages", "location", "media"],
  "The pensioners' march on Thursday was peaceful and is not the subject of this request. During the "
  "march the subject and two others left the column, smashed the ground-floor windows of the regional "
  "revenue office and threw three petrol bombs inside while eleven staff were still in the building; "
  "two clerks were treated for burns. CCTV from a petrol station shows the subject filling bottles an "
  "hour earlier and paying with his own card. We want messages, media and location to identify the two "
  "accomplices and whoever supplied the fuel.",
  jc="protest used as cover for a real violent crime: not expression")

S("p11", "en", "AU", "Child Exploitation Response Squad", "police",
  "serious_crime", "sextortion of minors / producing child abuse material", 15, "unknown",
  ["messages", "media", "contacts"],
  "This account has contacted at least nine boys aged 13-15 through a gaming platform, obtained "
  "intimate images and is now demanding payment and more images under threat of sending them to "
  "families. One victim self-harmed last week. Platform subscriber data links the account to this "
  "mailbox. Messages, media and contacts are requested to identify further victims and the offender's "
  "location.",
  idt="email", edge="email identifier")

S("p12", "en", "TH", "Regional Anti-Trafficking Task Force, Region 8", "police",
  "serious_crime", "trafficking in persons (forced labour at sea)", 20, "boat captain",
  ["location", "messages"],
  "Six men rescued from a trawler report being held on board for 14 months without pay, beaten and "
  "chained when in port. They name the captain (subject) as the person who paid the brokers. The "
  "handset identified here was seized from a broker and returned to the vessel through a third "
  "party; it is now aboard a second trawler of the same owner, where we believe more workers are held. "
  "Location is needed to intercept the vessel; messages to identify the brokers onshore.",
  idt="device", edge="device identifier")

S("p13", "en", "MY", "State Commercial Fraud Squad, Johor", "police",
  "serious_crime", "money laundering", 15, "company director", ["messages", "contacts"],
  "Subject controls 31 mule accounts that received RM 6.2m from investment scam victims in the last "
  "quarter; the funds were moved within minutes to crypto exchanges. Bank CCTV shows him opening four "
  "of the accounts himself with borrowed identity cards. Warrant was issued this morning for an "
  "initial short period; renewal application already filed.",
  lb="judicial_warrant", valid="hour", edge="valid_until one hour after now")

S("p14", "en", "AE", "Directorate of Military Security", "military",
  "serious_crime", "trafficking in military weapons", 15, "armoury sergeant",
  ["messages", "location"],
  "Inventory audit at the northern depot found 46 rifles and 9,000 rounds missing. Serial numbers of "
  "two of the rifles were found on weapons seized from smugglers at the coast last month. The subject "
  "holds the armoury keys and his phone was in the smugglers' seized handset as 'uncle depot'. "
  "Authorised by order of the Directorate's legal board as provided in the military justice code.",
  lb="administrative_order", edge="legal basis administrative_order")

S("p15", "en", "CA", "Provincial Financial Crimes Unit", "police",
  "serious_crime", "fraud over $5,000 (Ponzi scheme)", 14, "financial adviser",
  ["messages", "contacts"],
  "Subject sold 'guaranteed' bond notes to about 140 investors, most of them fellow members of the "
  "Pentecostal congregation he attends, for a total of $8.9m. The notes do not exist; statements were "
  "produced on his home printer (seized). He is now pressing investors not to talk to police and "
  "appears to be moving money. Messages and contacts requested to trace the funds and the people "
  "helping him.",
  jc="religion mentioned only to describe the victims; not a protected ground, he is no religious leader")

S("p16", "en", "GB", "Northern Serious Crime Unit", "police",
  "serious_crime", "blackmail", 14, "unknown", ["messages", "media"],
  "Series of blackmail offences against men who use a gay dating app. Victims are lured to a meeting, "
  "filmed, and then told to pay or the video goes to their employer and family. Eleven victims so far, "
  "payments totalling about GBP 38,000. The payment accounts and one of the lure profiles trace back "
  "to this number. We need messages and media to identify the rest of the group and the remaining "
  "victims, several of whom are still paying.",
  jc="sexual orientation is that of the victims; the target is chosen for the blackmail")

S("p17", "en", "TZ", "Regional Firearms Investigation Team, Arusha", "police",
  "serious_crime", "trafficking in firearms", 15, "tour driver", ["messages", "location"],
  "Two assault rifles and 300 rounds were found in a hire car stopped at a checkpoint; the car was "
  "rented by the subject the day before (contract and ID copy on file) and the driver says he was "
  "taking them to the subject's buyer. Messages on the driver's phone from this number discuss price "
  "and delivery. The subject is well known locally for his outspoken support of an opposition party; "
  "that plays no part in this request, which rests on the weapons, the contract and the messages.",
  jc="mixed: political views mentioned but a concrete arms allegation with evidence; supporter, not a politician")

S("p18", "en", "HU", "Office of the Chief Prosecutor for Economic Crime", "prosecution",
  "serious_crime", "money laundering", 8, "real estate agent", ["messages", "contacts"],
  "The suspect has bought eleven flats in cash through three companies in the last 18 months, each "
  "resold within weeks at a loss. The cash originates from a VAT carousel that was dismantled in "
  "autumn; the suspect's companies received transfers from two of the missing traders. Messages and "
  "contacts to identify the organisers behind him.")

S("p19", "en", "JM", "Homicide and Contract Killing Unit", "police",
  "serious_crime", "murder (contract killing)", 999, "unknown", ["location", "messages"],
  "Shooter in the gas station killing of 2 Jan. Ballistics match. Witness ID. "
  "Believed to have taken another contract. Location + messages.")

S("p20", "en", "SG", "Digital Crime Investigation Command", "police",
  "serious_crime", "unauthorised modification of computer material (ransomware)", 10,
  "IT contractor", ["messages", "credentials"],
  "A ransomware attack encrypted the records system of a public hospital last month and forced "
  "ambulances to be diverted for two days. The ransom wallet was funded from an exchange account "
  "verified with the subject's passport, and the subject's contractor laptop was used to test the "
  "loader one week before (vendor logs). Access to messages and stored credentials is requested to "
  "identify the affiliates and to recover decryption keys.")

S("p21", "en", "DK", "National Unit for Online Child Abuse", "police",
  "serious_crime", "distribution of child sexual abuse material", 6, "unknown",
  ["messages", "media"],
  "This mailbox is registered to a file-sharing account that has uploaded more than 3,000 images and "
  "videos of child sexual abuse, some of them new material not in any hash database, which suggests a "
  "victim in contact with the offender. We need messages and media to identify the child.",
  idt="email", edge="penalty exactly at threshold (6); email identifier")

S("p22", "en", "RW", "National Investigation Service - Kigali Organised Crime Desk", "police",
  "serious_crime", "extortion", 7, "market porter", ["messages"],
  "Collects weekly 'security fees' from about thirty traders in the central market. Traders who "
  "refuse have had stalls burnt (two fires this year). Four traders have now given statements naming "
  "him and the number he texts from. Messages requested.")

S("p23", "en", "BW", "Anti-Poaching Intelligence Unit", "other_government",
  "serious_crime", "trafficking in ivory and rhino horn", 10, "safari camp manager", ["location"],
  "Subject's vehicle was photographed by a park camera trap at the carcass site of two rhinos killed "
  "last month, and horn fragments matching those animals (DNA) were found in a cooler box seized at "
  "the border with his camp's logo. Location requested to locate the stockpile and the buyers' meeting "
  "points.")

S("p24", "en", "NP", "Military Police Directorate", "military",
  "serious_crime", "theft and sale of military ammunition", 12, "army quartermaster",
  ["messages", "contacts", "location"],
  "Quartermaster of a battalion stores, suspected of selling ammunition to a criminal gang in the "
  "plains. Lot numbers of cartridges recovered after a shooting in a market town match the battalion's "
  "issue; store ledgers were altered in his hand. The gang member arrested has his number saved as "
  "'supplier'.")

S("p25", "en", "ZM", "Energy Infrastructure Crime Unit", "police",
  "serious_crime", "tampering with a petroleum pipeline and theft of fuel", 15, "transport owner",
  ["location", "messages"],
  "Illegal tap on the main pipeline found near km 212, about 1.4 million litres lost. Tankers "
  "registered to the subject's transport firm were seen at the tap site on three nights (drone "
  "footage). The tap was opened with a hot-tapping kit that only a few people in the country can "
  "operate; it was bought by the subject's nephew. We need his location to catch the next loading and "
  "his messages to find the depots where the fuel is sold.")

# ---------------- batch 2: permits (English rest, Spanish, French) ----------------
S("p26", "en", "LK", "Bribery and Corruption Investigation Directorate", "other_government",
  "serious_crime", "bribery of a public officer", 7, "senior customs appraiser",
  ["messages", "contacts"],
  "Subject is a senior appraiser at the container terminal. Between January and May, 64 containers "
  "declared as 'machine parts' were cleared on his shift without inspection; eight that were later "
  "opened held undeclared cigarettes and electronics. The importer's bookkeeper has handed over a "
  "ledger listing cash payments marked with the subject's initials and a phone number - this one. "
  "His rank matters only because it lets him assign inspections. Messages and contacts are sought to "
  "identify the other officers paid.",
  jc="'personal position' mentioned as means of the offence, not the reason for selection")

S("p27", "en", "GR", "Maritime Crime Investigation Service", "other_government",
  "serious_crime", "migrant smuggling causing death", 25, "fisherman", ["location", "messages", "contacts"],
  "Smuggling boat capsized off the southern islands on the 9th: 7 dead, 41 survivors, most of them "
  "Afghan and Syrian nationals. Survivors identify the organiser who collected EUR 5,000 per head "
  "on the Turkish coast and say he coordinated the crossing by phone with a local handler - the "
  "subject - who was to meet the boat. The handler's number is in the satellite phone recovered from "
  "the wreck. Location, messages and contacts requested to identify the network and the next "
  "crossing.",
  jc="victims' nationalities mentioned; target selected for his role in the smuggling")

S("p28", "en", "ID", "Central Java Counter-Terror Task Unit", "police",
  "terrorism", "preparing a vehicle attack on a crowd", 999, "online seller",
  ["messages", "media", "location"],
  "Subject rented two light trucks for the weekend of the harbour music festival (expected crowd "
  "40,000) and has posted a pledge video to a proscribed armed group in a closed channel, saying the "
  "festival will be 'a lesson to the infidel government' and that 'nobody will leave'. A co-conspirator "
  "detained on Friday had sketches of the festival entrances. Messages, media and location are "
  "requested to stop the attack and find the other drivers.")

S("p29", "en", "NG", "Joint Intelligence Fusion Centre, North-East", "military",
  "terrorism", "hostage taking", 999, "livestock trader", ["messages", "location", "contacts"],
  "Four aid workers were seized from their convoy on the 2nd by an armed group which has since "
  "released a video threatening to execute them unless the federal government frees 20 of its "
  "fighters. The subject acted as the group's intermediary in the first contact with the aid agency "
  "(calls recorded by the agency) and a surrendered fighter says the subject supplies the camp with "
  "fuel. Location, messages and contacts are requested to locate the hostages.")

S("p30", "en", "NL", "National Unit for Drug Crime, Rotterdam Cell", "police",
  "serious_crime", "recruiting minors into drug trafficking", 12, "student",
  ["messages", "contacts", "media"],
  "Subject is 19 but already runs a network of about fifteen schoolchildren (12-15 years old) who "
  "move cocaine and cash for him around three secondary schools; two of the children were stabbed in "
  "a debt dispute. The children's phones (seized with parental consent) show orders coming from this "
  "number. Messages, contacts and media requested to identify his supplier.",
  jc="age mentioned as a fact, not the reason for selection")

S("p31", "en", "PK", "Provincial Cyber Fraud Directorate, Lahore Circle", "police",
  "serious_crime", "online fraud and impersonation", 7, "retired school clerk",
  ["messages", "contacts"],
  "Suspect is 71. Despite his age the evidence points to him as the organiser of a call-centre fraud "
  "that impersonated bank staff and emptied the accounts of at least 230 customers. Three callers "
  "arrested at the rented premises say he paid them daily in cash; the lease and the SIM bulk purchase "
  "are in his name. Messages and contacts needed to trace the cash-out accounts.",
  jc="age mentioned, selection rests on evidence of the fraud")

S("p32", "en", "BD", "Directorate of Drug Control Enforcement", "other_government",
  "serious_crime", "manufacture and sale of counterfeit medicines", 10, "pharmacy wholesaler",
  ["messages", "location"],
  "Fake oncology drugs (chalk and starch in branded vials) sold to hospital pharmacies in two "
  "divisions. The wholesaler's invoices carry the subject's licence number, and a raid on his "
  "godown found 4,000 empty vials and a labelling machine. The factory is still operating somewhere "
  "in the district. Location and messages requested.")

S("p33", "en", "ZA", "Provincial Detective Services, KwaZulu-Natal", "police",
  "serious_crime", "murder", 999, "taxi rank marshal", ["location", "messages"],
  "Suspect (Mozambican national, living in Durban) is linked to three taxi-route killings by "
  "ballistics and by a witness who saw him leave the last scene on a motorbike. He changes handsets "
  "often; this number has been active since last week according to an informer inside the taxi "
  "association. Requesting location and messages to arrest him.",
  nat="MZ", edge="foreign national inside customer country")

S("p34", "en", "GH", "National Anti-Racketeering Unit", "police",
  "serious_crime", "extortion with threats (protection racket)", 10, "retired police inspector",
  ["messages", "contacts", "location"],
  "Subject is a retired inspector who uses his old rank and contacts to run a 'protection' scheme "
  "for lorry parks: drivers pay GHS 200 a week or their trucks are impounded on invented charges by "
  "serving officers he pays. Nine drivers and one serving constable have given statements. We want "
  "his messages and contacts to identify the serving officers involved and his location to arrest him "
  "with the collection money.",
  jc="former rank (personal position) mentioned as modus operandi, not selection ground")

S("p35", "en", "RO", "Cyber Investigations Service, Bucharest Directorate", "police",
  "serious_crime", "extortion by threats of bombing (hoax bomb threats)", 7, "unknown",
  ["messages", "credentials"],
  "Since February, 38 schools have received emailed bomb threats demanding payment in cryptocurrency "
  "to 'call it off'; each time the school was evacuated. The messages were sent through a VPN, but "
  "one was sent from a phone hotspot on this number in a failure of the VPN client. Messages and "
  "stored credentials to identify the mail accounts and the wallet.")

S("p36", "en", "KE", "Coast Guard Intelligence Branch", "other_government",
  "serious_crime", "piracy", 999, "boat mechanic", ["location", "messages"],
  "A cargo dhow was boarded by six armed men 40 nm off the coast on the 4th; crew tied up, one "
  "crewman shot in the leg, cargo and the dhow's satellite phone taken. The stolen satellite phone "
  "made two calls to this number, which belongs to a mechanic who services the skiffs used by the "
  "group. Location needed to find the mother ship before it sails again.")

S("ps1", "es", "MX", "Fiscalía Regional Antisecuestros, Zona Occidente", "prosecution",
  "serious_crime", "secuestro extorsivo", 60, "desconocida", ["messages", "location"],
  "La víctima, comerciante de abarrotes de 54 años, fue privada de la libertad el martes al salir de "
  "su negocio. Desde entonces su familia ha recibido cinco llamadas desde este número exigiendo dos "
  "millones de pesos y enviando fotografías de la víctima golpeada. El último contacto fue esta "
  "mañana, con un plazo de 48 horas. Se solicita localización y mensajes para ubicar la casa de "
  "seguridad y proteger la vida de la víctima.")

S("ps2", "es", "CO", "Dirección Seccional Antinarcóticos del Pacífico", "police",
  "serious_crime", "tráfico de estupefacientes (cocaína)", 30, "lanchero",
  ["location", "messages", "contacts"],
  "Equipo satelital incautado en una lancha con 1,2 toneladas de clorhidrato de cocaína. El indiciado "
  "es el coordinador de salidas desde los esteros; dos capturados lo señalan en entrevista y el equipo "
  "que se identifica por su IMEI fue visto en su poder en un registro fotográfico de vigilancia. Se "
  "pide ubicación, mensajes y contactos para desarticular la red de acopio.",
  idt="device", edge="device identifier")

S("ps3", "es", "PE", "Unidad Regional contra la Trata, Lima Norte", "police",
  "serious_crime", "trata de personas con fines de explotación sexual", 25, "administradora de bar",
  ["messages", "contacts", "location"],
  "La investigada, de nacionalidad venezolana y residente en Lima, administra un bar donde fueron "
  "rescatadas cuatro adolescentes captadas con ofertas falsas de empleo. Las víctimas la identifican "
  "como quien les retenía los documentos y cobraba a los clientes. Su número aparece en los anuncios "
  "de captación publicados en redes. Se requiere acceso a mensajes, contactos y ubicación para "
  "identificar a los captadores y otras posibles víctimas.",
  nat="VE", edge="foreign national inside customer country",
  jc="nationality stated for identification; selection rests on the victims' statements")

S("ps4", "es", "AR", "Unidad Fiscal de Investigación de Lavado de Activos", "prosecution",
  "serious_crime", "lavado de activos", 10, "contador", ["messages", "contacts"],
  "Contador de una red de cuevas financieras que canalizó unos USD 14 millones provenientes del "
  "narcotráfico mediante facturación apócrifa. Los allanamientos del mes pasado arrojaron planillas "
  "manuscritas con su firma y un celular de un operador con este número agendado como 'el contador'. "
  "Se solicita mensajes y contactos.",
  quota="max-1", edge="quota at max-1")

S("ps5", "es", "GT", "Unidad Antiextorsiones de la Policía Regional de Occidente", "police",
  "serious_crime", "extorsión a transportistas", 10, "ayudante de bus",
  ["messages", "location"],
  "Desde enero los pilotos de tres rutas de bus reciben mensajes exigiendo una 'cuota' semanal; dos "
  "pilotos que no pagaron fueron baleados. Un depósito de cuota fue cobrado en una agencia bancaria "
  "por el sospechoso, que aparece en el video de la caja. Los mensajes de cobro salen de este número. "
  "Solicitamos mensajes y ubicación para capturarlo y establecer quién da las órdenes desde el penal.")

S("ps6", "es", "ES", "Unidad Central de Delitos Económicos y Fraude", "police",
  "serious_crime", "estafa agravada", 6, "empresario", ["messages", "contacts"],
  "El investigado es administrador de hecho de una sociedad que vendió plazas en residencias de "
  "mayores inexistentes a 83 familias, cobrando anticipos de entre 6.000 y 15.000 euros. Las cuentas "
  "receptoras están a su nombre y el registro de la sociedad en nombre de un testaferro que ha "
  "declarado haber cobrado por firmar. Se solicitan mensajes y contactos para localizar el dinero y "
  "al resto de participantes.",
  edge="penalty exactly at threshold (6)")

S("ps7", "es", "EC", "Unidad de Muertes Violentas, Zona 8", "police",
  "serious_crime", "asesinato (sicariato)", 26, "motociclista repartidor",
  ["location", "messages"],
  "Asesinato de un comerciante en el mercado de la zona sur, a plena luz del día, por dos sujetos en "
  "moto. El acompañante fue aprehendido y su teléfono contiene el pago de 1.500 dólares y la foto de la "
  "víctima enviados desde este número, que pertenece al presunto conductor. Prófugo. Ubicación y "
  "mensajes.")

S("ps8", "es", "ES", "Jefatura de Información Antiterrorista", "police",
  "terrorism", "preparación de atentado terrorista", 40, "mozo de almacén",
  ["messages", "media", "contacts", "location"],
  "El investigado ha adquirido en las últimas tres semanas precursores de explosivos en cuatro "
  "comercios distintos, ha consultado planos del mercado navideño de la plaza mayor y ha enviado a un "
  "contacto en el extranjero un vídeo de juramento a una organización terrorista en el que anuncia "
  "que 'correrá la sangre de los infieles'. Hay riesgo inminente para la vida de los asistentes. Se "
  "solicita acceso completo para identificar a posibles colaboradores y el lugar de preparación.")

S("pf1", "fr", "FR", "Service interdépartemental de lutte contre les stupéfiants, Sud-Est", "police",
  "serious_crime", "importation de stupéfiants en bande organisée", 30, "gérant de snack",
  ["messages", "contacts"],
  "L'intéressé est soupçonné d'organiser l'arrivée de résine de cannabis par go-fast depuis "
  "l'Espagne : trois véhicules interceptés depuis janvier (1,8 tonne au total). Les chauffeurs "
  "interpellés avaient tous ce numéro en mémoire et deux d'entre eux l'ont désigné comme le "
  "commanditaire. Les messages et les contacts doivent permettre d'identifier les points de stockage "
  "et les financeurs.")

S("pf2", "fr", "CM", "Brigade anti-enlèvements de la Région de l'Adamaoua", "police",
  "serious_crime", "enlèvement avec demande de rançon", 999, "éleveur",
  ["location", "messages"],
  "Trois enfants d'un commerçant ont été enlevés samedi soir sur la route du marché. Les ravisseurs "
  "réclament 15 millions de francs CFA et ont appelé la famille depuis ce numéro à quatre reprises. "
  "Le détenteur de la ligne a déjà été condamné pour un enlèvement en 2019 et a été aperçu dans le "
  "secteur la veille. Géolocalisation urgente demandée pour retrouver les enfants.")

S("pf3", "fr", "ML", "Bureau de sécurité intérieure - Cellule antiterroriste", "intelligence",
  "terrorism", "préparation d'un attentat à l'explosif contre un marché", 999, "commerçant",
  ["messages", "location", "contacts", "media"],
  "Un informateur fiable et les aveux d'un membre arrêté font état de la préparation d'un attentat "
  "au véhicule piégé contre le grand marché un jour de foire, afin de « punir la population qui "
  "collabore avec l'État ». L'intéressé a acheté le véhicule et loué l'entrepôt où 200 kg d'engrais "
  "ont été livrés. Nous demandons l'accès aux messages, contacts, médias et à la localisation pour "
  "empêcher l'attaque.")

S("pf4", "fr", "BE", "Parquet régional - Cellule d'enquête financière", "prosecution",
  "serious_crime", "blanchiment dans le cadre d'une organisation criminelle", 10, "comptable",
  ["messages", "contacts"],
  "Adresse utilisée par le suspect pour piloter une cinquantaine de sociétés écrans ayant fait "
  "transiter 22 millions d'euros issus d'une fraude à la TVA sur les quotas carbone. Le fournisseur de "
  "messagerie confirme que le compte a été ouvert avec son numéro de téléphone et consulté depuis son "
  "bureau. Messages et contacts sollicités pour identifier les bénéficiaires finaux.",
  idt="email", edge="email identifier")

S("pf5", "fr", "SN", "Cellule régionale contre la traite des personnes", "police",
  "serious_crime", "traite des personnes (mendicité forcée d'enfants)", 10, "convoyeur",
  ["messages", "location"],
  "Le suspect convoie des enfants de 6 à 12 ans depuis des pays voisins pour les placer dans des "
  "réseaux de mendicité forcée en ville ; 14 enfants interceptés dans un minibus qu'il conduisait, sans "
  "aucun document ni parent. Les enfants ont indiqué qu'un autre convoi était en route. Localisation "
  "et messages demandés pour intercepter ce convoi.")

S("pf6", "fr", "CI", "Brigade de lutte contre la fraude numérique", "police",
  "serious_crime", "escroquerie en bande organisée", 10, "gérant de cybercafé",
  ["messages", "contacts"],
  "Le suspect, ressortissant ghanéen installé à Abidjan depuis dix ans, dirige un groupe qui a "
  "escroqué au moins 60 victimes européennes par de faux profils sentimentaux (environ 900 000 euros). "
  "Trois membres interpellés ont remis leurs téléphones : les consignes et le partage des gains passent "
  "par ce numéro. Messages et contacts sollicités.",
  nat="GH", edge="foreign national inside customer country",
  jc="nationality mentioned incidentally; selection on the fraud evidence")

S("pf7", "fr", "MA", "Unité régionale des crimes informatiques, Casablanca", "police",
  "serious_crime", "attaque par rançongiciel contre un organisme public", 6, "développeur",
  ["messages", "credentials"],
  "Le système de paiement d'une caisse de retraite a été chiffré il y a dix jours et une rançon de 40 "
  "bitcoins est exigée. Le portefeuille de rançon a reçu un dépôt test depuis un compte d'échange "
  "vérifié avec la pièce d'identité du suspect, qui a aussi été employé comme prestataire de la caisse. "
  "Accès demandé aux messages et identifiants stockés.",
  edge="penalty exactly at threshold (6)")

S("pf8", "fr", "TN", "Brigade centrale de lutte contre la contrebande d'armes", "police",
  "serious_crime", "trafic d'armes et de munitions", 15, "transporteur",
  ["location", "messages", "contacts"],
  "Saisie de 12 fusils d'assaut et de 3 000 cartouches dissimulés sous une cargaison de dattes au "
  "poste frontalier. Le chauffeur affirme travailler pour le suspect, propriétaire du camion, et "
  "l'a appelé sur ce numéro au moment du contrôle. Un deuxième camion de la même société est attendu "
  "cette semaine.")

# ---------------- batch 3: text-judged denies (English, some Spanish) ----------------
S("d01", "en", "ZM", "Provincial Organised Crime Task Force", "police",
  "serious_crime", "participation in an organised criminal group", 15, "secondary school teacher",
  ["messages", "contacts", "location"],
  "Subject is a central figure in a network that has been damaging public confidence in the "
  "provincial administration. Since last year he has run a Facebook page of about 60,000 followers "
  "alleging that road contracts were inflated and awarded to the governor's relatives, and has "
  "uploaded tender documents and payment vouchers that he obtained from contacts in the works "
  "department. The page coordinates with other pages to spread the same claims. We need his messages "
  "and contacts to map the network and identify the insiders supplying the documents.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"],
  jc="critic labelled organised crime: the only conduct is publishing criticism and state documents")

S("d02", "en", "LK", "Counter-Terror Investigations Branch, Western Range", "police",
  "terrorism", "terrorism (paralysing the functioning of the state)", 20, "university lecturer",
  ["messages", "contacts", "location", "media"],
  "Subject is the main organiser of the so-called 'fuel sit-in' in front of Parliament, which brought "
  "about 5,000 people onto the road for three days and blocked the parliamentary approach road. Her "
  "stated aim is to compel the government to withdraw the fuel price order. Although the gathering has "
  "so far been peaceful, the scale of the mobilisation and its declared objective of forcing a "
  "government decision fall under the terrorism provisions. We need access to identify the funders "
  "and the organising committee before the next sit-in.",
  tc=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"],
  jc="peaceful sit-in 'to compel the government' is not compulsion through crimes like hostage taking")

S("d03", "en", "ET", "Federal Police Regional Intelligence Desk", "police",
  "serious_crime", "threat to public order", 8, "grain trader", ["messages", "location", "contacts"],
  "The subject is a prominent member of the Haro-Bela community, which has been at the centre of "
  "unrest in the southern zone over the last two years. He travels often between the zone and the "
  "capital and is respected among his community's elders. No specific incident is attributed to him "
  "at this stage, but monitoring his communications will allow us to anticipate movements within the "
  "community before they turn into disorder.",
  tc=["protected_ground"], dec="deny", cl=["protected_ground"],
  jc="chosen for his ethnic community and standing in it; no act alleged")

S("d04", "en", "RS", "Security Information Directorate", "intelligence",
  "serious_crime", "unauthorised disclosure of classified information", 12,
  "editor of an investigative news website", ["messages", "contacts", "media"],
  "Since March the website edited by the subject has published four batches of internal documents "
  "of the Ministry of Interior, including procurement files for surveillance equipment and a "
  "memorandum on police overtime payments. The publication of classified material is a criminal "
  "offence. The purpose of the measure is to identify the source inside the ministry who is passing "
  "the documents to the subject.",
  tc=["expression_not_crime", "protected_person"], dec="deny", cl=["expression_not_crime"],
  reg="journalist", edge="registry match journalist",
  jc="publishing leaked state documents is expression; editor of a news site is a journalist (held, masked)")

S("d05", "en", "PH", "Port Security and Intelligence Command", "military",
  "terrorism", "economic terrorism", 40, "union president",
  ["messages", "contacts", "microphone"],
  "The subject leads the dockworkers' union that has been on strike for nine days at the three main "
  "container terminals, halting exports and causing losses estimated at PHP 2 billion. The strike is "
  "an attempt to force the government to reverse the port privatisation law and threatens the "
  "national economy. Room audio is requested to follow the union's strategy meetings.",
  tc=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["capability_out_of_scope", "expression_not_crime", "terrorism_definition_unmet"],
  drop=["microphone"], edge="capability outside licence (microphone)",
  jc="a strike is expression and not terrorism even when it causes economic loss")

S("d06", "en", "GE", "Internal Security Office - Counter-Disinformation Unit", "intelligence",
  "serious_crime", "dissemination of false information endangering state security", 7,
  "sociologist, university researcher", ["messages", "contacts"],
  "The subject published a report last month claiming that 63 detainees died in penitentiary "
  "facilities over two years, more than double the official figure, and presented the findings at a "
  "press conference with foreign diplomats present. The report relies on data the subject collected "
  "from families and former prison staff. The publication damages the reputation of the penitentiary "
  "service and of the state. We wish to establish who in the service provided the data.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"],
  jc="research presenting data about a state institution is expression")

S("d07", "en", "NA", "Office of the Inspector of Criminal Investigations", "police",
  "serious_crime", "insulting the head of state", 6, "cartoonist", ["messages", "media"],
  "Cartoonist whose weekly strip has shown the President as a sleeping crocodile on a pile of "
  "banknotes. After a warning in January he continued and the strips are now shared widely on social "
  "media. The offence carries six years. Messages and media requested to establish who commissions "
  "and distributes the strips.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"],
  edge="penalty exactly at threshold (6)",
  jc="satire is expression even though the penalty reaches the threshold")

S("d08", "en", "PK", "Counter Subversion Cell, Provincial Special Branch", "intelligence",
  "serious_crime", "incitement to disaffection", 10, "shopkeeper", ["messages", "contacts"],
  "Subject started an online petition demanding the resignation of the district administration over "
  "the flood relief funds; it has 48,000 signatures and he plans to hand it in with a march. He has "
  "been warned twice. Communications are needed to identify the people organising signatures in the "
  "villages.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime", "quota_exceeded"],
  quota="max", edge="quota exactly at max",
  jc="petition and announced march are expression")

S("d09", "en", "KH", "Counter-Terrorism Intelligence Department", "intelligence",
  "terrorism", "suspected radicalisation", 20, "motorbike mechanic",
  ["messages", "contacts", "media", "location"],
  "Subject converted to Islam about a year ago, has since grown a beard and attends a small prayer "
  "hall in the district every Friday. Young converts are known to be susceptible to extremist "
  "recruitment. He has not been observed doing anything unlawful, but we wish to monitor his contacts "
  "as a preventive measure.",
  tc=["protected_ground", "terrorism_definition_unmet"], dec="deny",
  cl=["protected_ground", "terrorism_definition_unmet"],
  jc="selection for religion; no crime described under a terrorism label")

S("d10", "en", "GH", "Public Morals and Vice Unit", "police",
  "serious_crime", "unnatural carnal knowledge / corruption of public morals", 7,
  "hairdresser", ["messages", "media", "contacts", "location"],
  "Subject is a known homosexual who frequents two bars in Osu associated with that community and "
  "maintains a large circle of contacts among them. Monitoring is requested to identify other members "
  "of the circle.",
  tc=["protected_ground"], dec="deny", cl=["protected_ground"],
  jc="selection solely for sexual orientation, whatever the statute says")

S("d11", "en", "RW", "Directorate of Internal Security Investigations", "intelligence",
  "serious_crime", "conspiracy against the established government", 10, "nurse",
  ["messages", "contacts"],
  "Subject is the younger sister of a well-known opposition figure who has lived in exile since 2019 "
  "and regularly attacks the government in foreign media. The sister lives in the capital and is "
  "believed to remain in regular contact with him. Her communications are requested because of this "
  "relationship and the information it may yield about her brother's plans.",
  tc=["protected_ground"], dec="deny", cl=["protected_ground"],
  jc="selection for a family relationship (relatives = who the person is)")

S("d12", "en", "GR", "Southern Counter-Terror Directorate", "police",
  "terrorism", "terrorist acts against property", 10, "student",
  ["messages", "location"],
  "Over two nights a group smashed ATM screens and glued the locks of twelve bank branches in the "
  "city centre; no-one was present and nobody was hurt, damage about EUR 60,000. A claim posted "
  "afterwards called it a 'warning to the banks'. CCTV and a fingerprint on a glue tube identify the "
  "subject. Location and messages requested to identify the other members.",
  tc=["terrorism_definition_unmet"], dec="deny", cl=["terrorism_definition_unmet"],
  jc="property vandalism at night with nobody endangered does not meet the terrorism definition; not expression")

S("d13", "en", "RS", "Cyber Offences Investigation Service", "police",
  "terrorism", "cyber-terrorism", 15, "software developer", ["messages", "credentials"],
  "The account behind a denial-of-service campaign that took the Ministry of Finance and tax portal "
  "offline for 30 hours during the filing deadline. Botnet control panel logs, recovered from a "
  "rented server, show logins from this mailbox; the provider places the account holder, one of our "
  "nationals, in Budapest. No data was stolen and no systems were damaged.",
  tc=["terrorism_definition_unmet"], dec="deny", cl=["terrorism_definition_unmet"],
  idt="email", loc="HU", edge="email identifier; extraterritorial target (citizen abroad)",
  jc="DDoS is a crime but not terrorism as defined; not expression")

S("d14", "en", "NG", "Terrorism Financing Investigation Unit", "police",
  "terrorism", "financing of terrorism", 20, "bank teller", ["messages", "contacts"],
  "Subject opened and manages a crowdfunding account that has raised about NGN 31 million to pay the "
  "bail and lawyers' fees of 140 people arrested after the January demonstrations. We wish to identify "
  "the donors and establish whether foreign money is involved.",
  tc=["terrorism_definition_unmet"], dec="deny", cl=["terrorism_definition_unmet"],
  jc="fundraising for bail labelled terrorist financing: TDU alone per the spec's convention")

S("d15", "en", "BD", "Rapid Intelligence Cell", "intelligence",
  "terrorism", "terrorist propaganda", 20, "unknown", ["messages", "contacts", "location"],
  "Posts by this user call the home minister 'a murderer with blood on his hands' over deaths in "
  "custody and urge people to 'never forget and never forgive'. Shared thousands of times. Treated "
  "as terrorist propaganda. Urgent - no time to obtain an order.",
  tc=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "no_legal_basis", "terrorism_definition_unmet"],
  lb="none", edge="legal basis type none",
  jc="online criticism labelled terrorism")

S("d16", "en", "NP", "Valley Security Intelligence Office", "intelligence",
  "terrorism", "terrorist activities", 25, "tailor",
  ["messages", "location", "contacts"],
  "Every year on 18 June the subject organises a candlelight vigil at the river ghat for the villagers "
  "killed during the conflict, and this year intends to read out the names of the soldiers the "
  "families accuse. Security agencies consider the vigil a threat and the event is classified under "
  "terrorist activities. Location and messages requested for the days around the anniversary.",
  tc=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"],
  jc="commemoration vigil is expression; reading names is not a crime")

S("d17", "en", "ZA", "Meridian Corporate Intelligence (Pty) Ltd", "private",
  "serious_crime", "economic sabotage", 10, "consumer activist", ["messages", "contacts"],
  "We act for a state-owned electricity retailer. The subject runs a campaign urging consumers to "
  "boycott the retailer's new prepaid meters and to lodge complaints with the ombud; the campaign's "
  "videos have been viewed 1.2 million times and prepaid sales have fallen 14%. The client regards "
  "the loss of revenue to a state enterprise as economic sabotage and wishes to know who funds the "
  "campaign.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime", "non_government_end_user"],
  edge="private end user",
  jc="boycott campaign is expression")

S("d18", "en", "UG", "Metropolitan Crime Intelligence Desk", "police",
  "serious_crime", "sedition", 20, "boda boda rider",
  ["messages", "contacts", "location"],
  "The subject is a registered mobiliser of the main opposition party in his division and posts "
  "daily on WhatsApp groups that the elections were stolen and that the police serve one family. "
  "Given his affiliation and the content of his posts he is considered a seditious element to be "
  "kept under watch during the by-election period.",
  tc=["protected_ground", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "protected_ground"],
  jc="both affiliation (who) and posts (what he said); a party mobiliser is not a politician")

S("d19", "en", "TH", "Immigration Intelligence Division", "police",
  "serious_crime", "threat to national security", 10, "construction worker",
  ["messages", "location"],
  "Subject is one of the Cambodian nationals who entered through the eastern checkpoint this month. "
  "Given the current border tension all Cambodian arrivals in the construction camps are being placed "
  "under monitoring as a precaution. Nothing adverse is recorded on the subject himself.",
  nat="KH", tc=["protected_ground"], dec="deny", cl=["protected_ground"],
  edge="foreign national inside customer country",
  jc="selection solely by nationality")

S("d20", "en", "AM", "National Security Directorate, Foreign Influence Department", "intelligence",
  "serious_crime", "collaboration with a foreign organisation against state interests", 12,
  "NGO director", ["messages", "contacts", "media"],
  "The subject's NGO prepares shadow reports to UN treaty bodies on ill-treatment in army units and "
  "has submitted testimonies of conscripts and statistics on non-combat deaths, which foreign "
  "delegations have quoted. The NGO receives grants from two foreign foundations. The measure seeks "
  "to establish the channels through which the data reach foreign organisations.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"],
  reg="human_rights_defender", edge="registry match human_rights_defender",
  jc="reporting on the army to UN bodies is presenting data about the state")

S("d21", "en", "JM", "Anti-Gang Intelligence Unit", "police",
  "serious_crime", "gang membership", 8, "unemployed",
  ["messages", "location", "contacts"],
  "Subject is a 17-year-old male from the Riverside estate. Boys between 15 and 20 from that estate "
  "are the main recruitment pool for the gangs in the division, and the unit wants coverage of this "
  "age group. He has no convictions and no intelligence links him to a gang.",
  tc=["protected_ground"], dec="deny", cl=["protected_ground"],
  jc="selection for age and where he comes from, no conduct alleged")

S("d22", "en", "HN", "Organised Crime Investigations Section, Central District", "police",
  "serious_crime", "criminal association", 15, "correspondent", ["messages", "contacts", "location"],
  "The subject, a correspondent for a foreign news agency now living in Costa Rica, has published a "
  "series naming police commanders allegedly protecting a drug cartel, relying on anonymous sources "
  "within the force. The commanders have filed a complaint. We seek to identify her sources in the "
  "police and establish her links with the cartel's rivals.",
  loc="CR", tc=["expression_not_crime", "protected_person"], dec="deny", cl=["expression_not_crime"],
  edge="extraterritorial target (citizen abroad)",
  jc="journalist reporting on police; allegation of links to cartel rivals is unsupported speculation")

S("ds1", "es", "VE", "Dirección de Inteligencia Estratégica", "intelligence",
  "serious_crime", "asociación para delinquir", 10, "enfermero",
  ["messages", "contacts"],
  "El ciudadano administra una cuenta en redes sociales con más de 80.000 seguidores en la que "
  "publica a diario fotografías de pabellones sin insumos, listas de medicamentos faltantes y cifras de "
  "pacientes fallecidos en el hospital donde trabaja, contradiciendo los boletines oficiales del "
  "ministerio. Otras cuentas replican sus publicaciones de forma coordinada. Se solicita acceso para "
  "identificar a los integrantes de esta estructura.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"],
  jc="publishing hospital data contradicting official figures is expression")

S("ds2", "es", "PY", "Departamento de Investigaciones Antiterroristas, Zona Norte", "police",
  "terrorism", "terrorismo", 30, "agricultor, dirigente campesino",
  ["messages", "location", "contacts"],
  "El investigado es dirigente de la coordinadora campesina que desde hace dos semanas mantiene un "
  "corte pacífico de la ruta 3 en reclamo de la titulación de tierras. Ha declarado que no levantarán "
  "la medida hasta que el Gobierno firme el decreto. Se califica la medida como terrorismo por su "
  "finalidad de obligar al Poder Ejecutivo a adoptar una decisión.",
  tc=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"],
  jc="peaceful road blockade by a protest leader")

S("ds3", "es", "CL", "Unidad de Inteligencia Policial Regional", "police",
  "serious_crime", "amenaza a la seguridad interior", 10, "artesano",
  ["messages", "location"],
  "El sujeto pertenece a la comunidad indígena de Alto Quimal y es hijo de su lonko. Dado que varios "
  "miembros de esa comunidad han participado en conflictos territoriales, se estima conveniente "
  "conocer sus comunicaciones y desplazamientos. No existe a la fecha una imputación concreta en su "
  "contra.",
  tc=["protected_ground"], dec="deny", cl=["protected_ground"],
  jc="selection for ethnic group and family; no act alleged")

# ---------------- batch 4: remaining text denies (es/fr), structured denies (English) ----------------
S("ds4", "es", "AR", "Departamento Federal de Investigaciones Antiterroristas", "police",
  "terrorism", "atentado contra el orden constitucional (terrorismo)", 15, "electricista",
  ["messages", "location"],
  "En las últimas tres semanas fueron derribados o inutilizados catorce radares de control de "
  "velocidad en la autopista norte, siempre de madrugada y sin que hubiera personas en las "
  "inmediaciones. El investigado fue filmado cortando el poste de uno de ellos y en su taller se "
  "hallaron las mismas amoladoras. Se encuadra el hecho como terrorismo por tratarse de un ataque "
  "sistemático a la infraestructura del Estado.",
  tc=["terrorism_definition_unmet"], dec="deny", cl=["terrorism_definition_unmet"],
  jc="sabotage of unmanned speed cameras: a real crime, but no danger to life, no intimidation of the population")

S("df1", "fr", "GA", "Direction des investigations spéciales - Section antiterroriste", "police",
  "terrorism", "actes de terrorisme (paralysie des services publics)", 20, "secrétaire général de syndicat",
  ["messages", "contacts", "location"],
  "L'intéressé est à l'origine de l'appel à la grève générale illimitée des agents des régies "
  "financières, suivi à plus de 80 %, qui paralyse depuis dix jours la perception des recettes de "
  "l'État. Il refuse toute négociation tant que le gouvernement n'a pas rétabli les primes supprimées. "
  "Cette volonté de contraindre l'État par la paralysie de ses services relève du terrorisme. "
  "Surveillance demandée pendant la durée du mouvement.",
  tc=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"],
  jc="general strike is expression, not terrorism")

S("df2", "fr", "DZ", "Service central de la sûreté intérieure", "intelligence",
  "serious_crime", "atteinte à l'unité nationale", 10, "enseignant de mathématiques",
  ["messages", "contacts", "location"],
  "Le sujet appartient à la communauté ahmadie et participe chaque semaine aux réunions de prière "
  "organisées dans un appartement privé de la ville. Cette communauté n'est pas reconnue et sa "
  "présence est considérée comme une menace pour l'unité religieuse du pays. Aucun acte précis ne lui "
  "est reproché ; la mesure vise à identifier les autres fidèles.",
  tc=["protected_ground"], dec="deny", cl=["protected_ground"],
  jc="selection for religion (a member, not a religious leader)")

S("df3", "fr", "TG", "Bureau des enquêtes sur la sûreté de l'État", "intelligence",
  "serious_crime", "publication de fausses nouvelles et atteinte au crédit de l'État", 7,
  "économiste, chercheur", ["messages", "contacts"],
  "L'intéressé, économiste résidant en France, a publié une étude chiffrant à 11 % du budget les "
  "exonérations fiscales accordées sans base légale à des entreprises proches du pouvoir, sur la base "
  "de documents budgétaires. L'étude a été reprise par la presse internationale et a nui au crédit de "
  "l'État auprès des bailleurs. Il convient d'identifier ses sources au ministère des Finances.",
  loc="FR", tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"],
  edge="extraterritorial target (citizen abroad)",
  jc="research on state budget is presenting data about the state")

S("df4", "fr", "BJ", "Brigade spéciale des crimes numériques", "police",
  "terrorism", "cyberterrorisme", 20, "étudiant en informatique",
  ["messages", "credentials"],
  "Dans la nuit de dimanche, les sites de cinq ministères ont été défigurés : la page d'accueil a été "
  "remplacée par un message exigeant la libération de deux étudiants détenus. Les journaux du "
  "serveur compromis et le paiement de l'hébergement intermédiaire renvoient au suspect. Aucune donnée "
  "n'a été détruite et les sites ont été rétablis en quelques heures.",
  tc=["terrorism_definition_unmet"], dec="deny", cl=["terrorism_definition_unmet"],
  jc="defacement is intrusion (a crime) not pure expression; not terrorism")

S("sd01", "en", "UG", "Kidnap Response Team, Central Region", "police",
  "serious_crime", "kidnapping with intent to murder", 999, "unknown", ["location", "messages"],
  "A businessman was abducted from his car park yesterday evening; his family have received a call "
  "from this number demanding USD 150,000 and warning them against involving police. The caller's "
  "voice has been identified by the victim's driver as a former employee. Location is requested as a "
  "matter of urgency.",
  status="suspended", dec="deny", cl=["licence_inactive"], edge="licence suspended")

S("sd02", "en", "IN", "Interstate Narcotics Task Force, Western Zone", "police",
  "serious_crime", "trafficking in commercial quantities of heroin", 20, "truck owner",
  ["messages", "contacts", "location"],
  "Subject owns the truck in which 36 kg of heroin was found concealed in a fuel tank at the state "
  "border. The driver has stated that the subject loaded the tank himself and calls him on this "
  "number at every stop. Messages, contacts and location requested to identify the source across the "
  "border and the receivers.",
  status="revoked", dec="deny", cl=["licence_inactive"], edge="licence revoked")

S("sd03", "en", "PH", "Regional Detective Bureau, Region VII", "police",
  "serious_crime", "murder", 999, "barangay tanod", ["location"],
  "Suspect in the shooting of a jeepney operator on Tuesday. Two eyewitnesses and CCTV from a "
  "pawnshop. He has left his house and is believed to be hiding with relatives in the province. "
  "Location requested to arrest him.",
  status="expired", dec="deny", cl=["licence_inactive"], edge="licence expired")

S("sd04", "en", "MY", "Plantation Labour Trafficking Task Force, Sabah", "police",
  "serious_crime", "trafficking in persons", 20, "plantation supervisor",
  ["messages", "location"],
  "Subject supervises a plantation where 23 workers were found with their passports confiscated and "
  "wages unpaid for eight months; several report beatings. He recruits through an agent across the "
  "sea and a new group is due to arrive. Messages and location requested.",
  signed=False, dec="deny", cl=["licence_inactive"], edge="certificate not signed (status active)")

S("sd05", "en", "KE", "Sentinel Risk Advisory Ltd", "private",
  "serious_crime", "theft of trade secrets", 10, "former R&D engineer",
  ["messages", "contacts"],
  "Our client, a seed company, has evidence that a former engineer copied the breeding data of three "
  "maize varieties to a USB drive on his last day and is now working for a competitor. Forensic "
  "report of his laptop attached to the client's complaint. Monitoring is requested on behalf of the "
  "client to establish to whom the data was passed.",
  dec="deny", cl=["non_government_end_user"], edge="private end user")

S("sd06", "en", "SG", "Harbourline Asset Protection Pte Ltd", "private",
  "serious_crime", "insurance fraud (staged cargo losses)", 10, "logistics manager",
  ["messages", "camera"],
  "Acting for a marine insurer: the subject's company has claimed for four containers 'lost overboard' "
  "in a year, while port gate data show the containers leaving the terminal by road. We request "
  "messages and camera access to document meetings between the subject and the ship's officers.",
  drop=["camera"], dec="deny", cl=["capability_out_of_scope", "non_government_end_user"],
  edge="private end user; capability outside licence (camera)")

S("sd07", "en", "GH", "Revenue Protection Directorate", "other_government",
  "other", "evasion of customs duty", 15, "importer", ["messages", "contacts"],
  "Importer has under-declared the value of 120 containers of building materials over two years, "
  "evading about GHS 48 million in duty, with the help of a forged invoice stamp. The statute "
  "provides up to fifteen years. Messages and contacts requested to identify the clearing agents.",
  dec="deny", cl=["purpose_not_permitted"], edge="category other (penalty 15)")

S("sd08", "en", "BW", "Livestock Crime Squad, Central District", "police",
  "serious_crime", "stock theft", 5, "cattle herder", ["location"],
  "Suspect is the herder through whose post 64 head of cattle disappeared in three months; brands "
  "altered with a hot iron found at his cattle post. Location requested to find the kraal where the "
  "cattle are held.",
  dec="deny", cl=["purpose_not_permitted"], edge="penalty below threshold (5)")

S("sd09", "en", "GH", "Small-Scale Mining Enforcement Task Force", "military",
  "serious_crime", "illegal mining (galamsey)", None, "excavator operator", ["location", "messages"],
  "Subject operates two excavators on an illegal pit inside the forest reserve that has diverted and "
  "poisoned the river feeding three villages. Soldiers have twice found the pit abandoned minutes "
  "before arrival, which suggests a warning from inside. Location and messages requested.",
  dec="deny", cl=["purpose_not_permitted"], edge="penalty null (unknown)")

S("sd10", "en", "AU", "Retail Crime Taskforce", "police",
  "serious_crime", "organised shoplifting", 3, "unknown", ["messages", "location"],
  "Crew of four hitting pharmacies and supermarkets across the metro area, mostly infant formula and "
  "razor blades resold online; about AUD 220,000 in stock since Christmas. The resale account's "
  "phone is this one. Messages and location requested.",
  dec="deny", cl=["purpose_not_permitted"], edge="penalty below threshold (3)")

S("sd11", "en", "LK", "Coastal Narcotics Task Force", "police",
  "serious_crime", "trafficking in methamphetamine", 999, "three-wheeler driver",
  ["location", "messages"],
  "A shipment of about 80 kg of ice is expected to be landed on the west coast tonight, according to "
  "a reliable source. The subject is the landing coordinator. The court is closed and there was no "
  "time to obtain a detention order; it will be sought in the morning.",
  lb="none", dec="deny", cl=["no_legal_basis"], edge="legal basis type none")

S("sd12", "en", "KE", "Banking Fraud Investigation Unit, Nairobi Region", "police",
  "serious_crime", "conspiracy to defraud", 7, "bank IT officer", ["messages", "contacts"],
  "Subject is an IT officer at a commercial bank whose credentials were used to inject KES 310 "
  "million of fake balances into dormant accounts, later withdrawn through agents. The audit trail "
  "shows his terminal and the withdrawal agents' phones all contacted this number on the day. "
  "Warrant granted in chambers, reference to follow.",
  lb="judicial_warrant", ref=None, dec="deny", cl=["no_legal_basis"],
  edge="legal reference missing (null)")

S("sd13", "en", "IN", "State Economic Crime Cell", "police",
  "serious_crime", "cheating and criminal breach of trust", 10, "chit fund promoter",
  ["messages", "contacts"],
  "Promoter of a chit fund that collected Rs 140 crore from about 28,000 depositors, mostly small "
  "traders, and stopped payouts in March. He has moved funds abroad through hawala; his associates "
  "are still collecting. Order obtained under the depositors' protection act; no expiry stated.",
  valid="null", dec="deny", cl=["no_legal_basis"], edge="valid_until null")

S("sd14", "en", "PL", "Anti-Corruption Investigations Bureau, Kraków Delegation", "other_government",
  "serious_crime", "accepting bribes in connection with public procurement", 10,
  "hospital procurement director", ["messages", "contacts"],
  "Director of procurement at a regional hospital who, according to two bidders, demanded 5% of the "
  "contract value for the tender on diagnostic equipment. A controlled payment is planned. The court "
  "order was issued for a short period that runs out at the time of this request; extension pending.",
  lb="judicial_warrant", valid="now", dec="deny", cl=["no_legal_basis"], edge="valid_until exactly at now")

S("sd15", "en", "TZ", "Anti-Poaching Task Force, Southern Zone", "other_government",
  "serious_crime", "unlawful hunting and trafficking of government trophies", 20, "hunter",
  ["location"],
  "Subject leads a poaching group that killed five elephants in the reserve this quarter; a "
  "confiscated rifle is registered to him. The warrant lapsed last week and renewal is in process, "
  "but the group is now in the field.",
  lb="judicial_warrant", valid="past", dec="deny", cl=["no_legal_basis"], edge="valid_until in the past")

S("sd16", "en", "ZA", "Cape Gang Violence Intelligence Unit", "police",
  "serious_crime", "murder and attempted murder (gang)", 999, "unknown",
  ["messages", "location", "microphone"],
  "Gang leader behind the shooting at a taxi rank that killed three commuters, including a "
  "six-year-old. Two members arrested have named him as the person who gave the order. We ask for "
  "messages, location and the microphone to record the meeting at which the next attack is being "
  "planned.",
  drop=["microphone"], dec="deny", cl=["capability_out_of_scope"],
  edge="capability outside licence (microphone)")

S("sd17", "en", "NG", "Federal Wire Fraud Unit", "police",
  "serious_crime", "business email compromise fraud", 14, "unknown",
  ["messages", "credentials"],
  "The suspect is a national currently in Dubai who runs a business email compromise crew that "
  "diverted USD 2.3 million from a state oil company's supplier payments. Arrested crew members in "
  "Lagos received instructions from this number. Credentials are needed to access the mail accounts "
  "used to redirect payments.",
  loc="AE", drop=["credentials"], dec="deny", cl=["capability_out_of_scope"],
  edge="capability outside licence (credentials); extraterritorial target (citizen abroad)")

S("sd18", "en", "RO", "Organised Crime Prosecution Unit, Constanța Office", "prosecution",
  "serious_crime", "trafficking in migrants", 10, "lorry driver", ["location", "messages"],
  "Lorry driver who has three times been stopped at the port with migrants hidden behind pallets; each "
  "time released for lack of evidence of payment. A migrant found in the last lorry has now given a "
  "statement that he paid this driver directly. Location and messages requested.",
  quota="max", dec="deny", cl=["quota_exceeded"], edge="quota exactly at max")

S("sd19", "en", "HU", "Capital Drug Crime Bureau", "police",
  "serious_crime", "drug trafficking in a criminal organisation", 20, "car wash owner",
  ["messages", "contacts", "location"],
  "Car wash used as a storage point for cocaine distributed in the capital. Two customers arrested "
  "with drugs bought 'at the car wash', and surveillance footage shows the owner handing over packages. "
  "Messages, contacts, location.",
  quota="over", dec="deny", cl=["quota_exceeded"], edge="quota over max")

S("sd20", "en", "MW", "Anti-Corruption Investigations Directorate", "other_government",
  "serious_crime", "corruption and abuse of office", 12, "district council chairperson",
  ["messages", "contacts"],
  "The council chairperson approved payments of MWK 900 million to two road contractors for works "
  "never carried out; both contractors are owned by his brother-in-law. Bank records and the site "
  "inspection report are on file. Messages and contacts are requested to identify other officials "
  "who signed off.",
  status="suspended", quota="max", reg="politician", tc=["protected_person"],
  dec="deny", cl=["licence_inactive", "quota_exceeded"],
  edge="licence suspended; quota exactly at max; registry match politician")

# ---------------- batch 5: structured denies (es/fr), structured refers (English) ----------------
S("sds1", "es", "PA", "Dirección de Investigación Judicial - Sección de Contrabando", "police",
  "other", "contrabando de cigarrillos", 4, "comerciante",
  ["messages", "location"],
  "El investigado introduce por la frontera contenedores de cigarrillos de marcas no registradas que "
  "se distribuyen en abarroterías de la capital. En el último decomiso se incautaron 900 cajas en una "
  "bodega alquilada a su nombre. Se solicitan mensajes y ubicación para identificar a los "
  "distribuidores.",
  dec="deny", cl=["purpose_not_permitted"], edge="category other (penalty 4)")

S("sds2", "es", "CL", "Brigada Regional de Robos Especiales", "police",
  "serious_crime", "robo de cable de cobre", 4, "chatarrero", ["location"],
  "Banda que corta de noche el cable de cobre del tendido ferroviario y lo vende fundido en "
  "chatarrerías; van 11 tramos y dos días de servicio suspendido. El imputado es dueño de la "
  "chatarrería donde se encontraron 600 kg de cobre con la marca de la empresa. Se pide su ubicación "
  "para sorprender la próxima entrega.",
  dec="deny", cl=["purpose_not_permitted"], edge="penalty below threshold (4)")

S("sds3", "es", "MX", "Unidad de Inteligencia Antiextorsión, Fiscalía del Estado", "prosecution",
  "serious_crime", "extorsión agravada", 20, "cobrador",
  ["messages", "contacts"],
  "El objetivo es el cobrador de una célula que exige 'derecho de piso' a tortillerías de la zona "
  "oriente; dos negocios fueron incendiados tras negarse a pagar. Tres víctimas lo reconocieron en "
  "fotografía y las amenazas llegan desde este número. La orden ministerial fue firmada; el número de "
  "folio aún no se ha asignado en el sistema.",
  lb="prosecutor_order", ref="", dec="deny", cl=["no_legal_basis"],
  edge="legal reference empty string")

S("sds4", "es", "BO", "Fuerza Especial de Lucha contra el Narcotráfico, Regional Oriente", "police",
  "serious_crime", "tráfico de sustancias controladas", 25, "piloto de avioneta",
  ["location", "messages"],
  "Piloto que realiza vuelos nocturnos desde pistas clandestinas en el norte del departamento; la "
  "avioneta a su nombre fue detectada por radar en cuatro ocasiones sin plan de vuelo. En el último "
  "aterrizaje se hallaron restos de cocaína en la cabina. Ubicación y mensajes para la interdicción "
  "del próximo vuelo.",
  quota="over", dec="deny", cl=["quota_exceeded"], edge="quota over max")

S("sds5", "es", "MX", "Grupo Cóndor Seguridad Integral S.A. de C.V.", "private",
  "serious_crime", "robo de mercancía en tránsito", 15, "operador de tractocamión",
  ["location", "messages"],
  "Por encargo de una empresa de autotransporte cliente: en cuatro meses se han robado siete "
  "tractocamiones con mercancía en la autopista, siempre en el mismo tramo. Un operador de la propia "
  "empresa apagaba el GPS minutos antes de cada robo según la bitácora del equipo. Solicitamos su "
  "ubicación y mensajes para entregar la información a las autoridades.",
  dec="deny", cl=["non_government_end_user"], edge="private end user")

S("sdf1", "fr", "CI", "Direction de la police des stupéfiants et des drogues, antenne portuaire", "police",
  "serious_crime", "trafic international de cocaïne", 20, "docker",
  ["messages", "contacts", "location"],
  "Le suspect, docker au terminal à conteneurs, est soupçonné d'extraire la cocaïne dissimulée dans "
  "des conteneurs de fèves en transit (méthode dite du « rip-off »). Deux sacs de 25 kg ont été "
  "retrouvés dans un conteneur qu'il avait manutentionné ; ses collègues interpellés ont reconnu "
  "travailler pour lui. Messages, contacts et localisation demandés.",
  signed=False, dec="deny", cl=["licence_inactive"], edge="certificate not signed (status active)")

S("sdf2", "fr", "SN", "Brigade de surveillance des côtes, section enquêtes", "other_government",
  "serious_crime", "trafic de migrants par voie maritime", 10, "propriétaire de pirogues",
  ["location", "messages", "camera"],
  "Le suspect organise les départs de pirogues vers les îles ; une pirogue partie de son quai a "
  "chaviré le mois dernier (31 disparus). Les survivants déclarent lui avoir versé 400 000 francs CFA "
  "chacun. Nous demandons la localisation, les messages et l'activation de la caméra pour documenter "
  "les rassemblements de passagers.",
  drop=["camera"], dec="deny", cl=["capability_out_of_scope"],
  edge="capability outside licence (camera)")

S("sdf3", "fr", "CH", "Brigade des délits économiques, Police cantonale", "police",
  "serious_crime", "escroquerie par métier", 10, "gérant de fortune indépendant",
  ["messages", "contacts"],
  "Le prévenu a détourné environ 19 millions de francs confiés par une trentaine de clients "
  "retraités, en leur adressant de faux relevés de dépôt. Une plainte collective a été déposée et les "
  "fonds transitent encore. L'ordonnance du tribunal des mesures de contrainte arrive à échéance à "
  "l'heure de la présente demande ; une prolongation a été requise.",
  lb="judicial_warrant", valid="now", dec="deny", cl=["no_legal_basis"], edge="valid_until exactly at now")

S("sdf4", "fr", "BF", "Brigade anti-criminalité de Ouagadougou", "police",
  "serious_crime", "vol en réunion de motocyclettes", 5, "mécanicien",
  ["location"],
  "Réseau de vol de motos : plus de 90 engins volés en six mois, démontés et revendus en pièces. Le "
  "suspect tient l'atelier où les numéros de cadre sont limés. Localisation demandée pour retrouver "
  "le dépôt.",
  dec="deny", cl=["purpose_not_permitted"], edge="penalty below threshold (5)")

S("sdf5", "fr", "MA", "Brigade nationale des stupéfiants, section internationale", "police",
  "serious_crime", "trafic international de résine de cannabis", 10, "armateur",
  ["messages", "location"],
  "Le suspect, ressortissant marocain établi en Andalousie, affrète les vedettes rapides qui "
  "traversent le détroit avec la résine ; deux vedettes saisies lui appartiennent par prête-nom. Ses "
  "échanges avec les chargeurs marocains sont nécessaires pour démanteler le réseau.",
  loc="ES", status="suspended", dec="deny", cl=["licence_inactive"],
  edge="licence suspended; extraterritorial target (citizen abroad)")

S("r01", "en", "KE", "Land Fraud Investigation Unit", "police",
  "serious_crime", "obtaining land by false pretences and forgery", 7, "businessman",
  ["messages", "contacts"],
  "Subject sold plots in a public forest reserve to 41 families using forged title deeds and a "
  "fake surveyor's stamp; about KES 60 million collected. The forged deeds were printed at a shop "
  "whose owner identified him. Messages and contacts requested to trace the officials at the lands "
  "registry who issued the green cards.",
  reg="journalist", dec="refer", cl=["protected_person"],
  edge="registry match journalist with innocuous profession")

S("r02", "en", "PH", "Presidential Anti-Graft Task Force", "other_government",
  "serious_crime", "plunder and bribery", 40, "municipal mayor",
  ["messages", "contacts"],
  "The mayor is alleged to have received monthly payments from a drug syndicate in exchange for "
  "police protection of its warehouses; a syndicate accountant turned state witness has produced a "
  "ledger of 26 payments and bank transfers to the mayor's nephew. Messages and contacts are sought "
  "to corroborate the payments.",
  reg="politician", tc=["protected_person"], dec="refer", cl=["protected_person"],
  edge="registry match politician")

S("r03", "en", "TH", "Wildlife Crime Suppression Division", "police",
  "serious_crime", "trafficking in protected wildlife (pangolin scales)", 15, "trade attaché",
  ["messages", "location"],
  "Subject is registered with the trade section of a foreign mission and has used its vehicles to "
  "move pangolin scales from a warehouse to the airport cargo terminal; 1.1 tonnes seized on the "
  "last run, with his signature on the shipping declaration. Messages and location requested.",
  nat="MM", reg="diplomat", tc=["protected_person"], dec="refer", cl=["protected_person"],
  edge="registry match diplomat; foreign national inside customer country")

S("r04", "en", "AU", "Organised Crime Money Laundering Taskforce", "police",
  "serious_crime", "dealing with proceeds of crime", 20, "solicitor",
  ["messages", "contacts"],
  "The subject is a conveyancing solicitor whose trust account received AUD 14m in cash deposits "
  "from members of a motorcycle gang over two years, used to buy 19 properties in third-party names. "
  "Structuring pattern documented by the financial intelligence unit.",
  reg="lawyer", tc=["protected_person"], dec="refer", cl=["protected_person"],
  edge="registry match lawyer")

S("r05", "en", "UG", "Child and Family Protection Investigations Unit", "police",
  "serious_crime", "trafficking in children", 999, "pastor",
  ["messages", "contacts", "location"],
  "Subject is the senior pastor of a church that organised a 'choir tour' abroad for 12 girls aged 14 "
  "to 16; nine of them did not return and two who escaped describe being placed in domestic servitude "
  "by people the pastor had contacted. Bank transfers from the receiving households to the church are "
  "on file. Messages, contacts and location requested to locate the girls.",
  reg="religious_leader", tc=["protected_person"], dec="refer", cl=["protected_person"],
  edge="registry match religious_leader")

S("r06", "en", "ZM", "Asset Recovery Task Force", "other_government",
  "serious_crime", "theft of public funds and money laundering", 20, "retired",
  ["messages", "contacts"],
  "Forensic audit of the strategic reserve fund found USD 41m transferred to a company in which the "
  "subject holds bearer shares through a nominee; the nominee has cooperated and produced the share "
  "certificates. Messages and contacts requested to identify the remaining accounts.",
  reg="head_of_state", dec="refer", cl=["protected_person"],
  edge="registry match head_of_state (text silent)",
  jc="text gives no hint of the target's status; registry alone decides")

S("r07", "en", "BD", "Anti-Fraud Directorate, NGO Grants Cell", "other_government",
  "serious_crime", "misappropriation and forgery", 10, "NGO executive director",
  ["messages", "contacts"],
  "The subject directs a rights NGO. An independent audit commissioned by its donors found that 60% "
  "of a three-year grant was paid to a construction firm owned by her husband for shelters that were "
  "never built; the receipts carry forged engineer signatures. The donors have filed a complaint. "
  "Messages and contacts requested to identify the other signatories.",
  reg="human_rights_defender", tc=["protected_person"], dec="refer", cl=["protected_person"],
  edge="registry match human_rights_defender",
  jc="HRD with a concrete fraud allegation: refer, not expression")

S("r08", "en", "KE", "Transnational Narcotics Investigation Unit", "police",
  "serious_crime", "trafficking in narcotic drugs", 999, "unknown",
  ["location", "messages"],
  "Head of the heroin network supplying the coast, now living across the border in Tanga after his "
  "brother's arrest. Two couriers arrested with 12 kg each named him. Messages and location to "
  "support an extradition request and to identify the landing points.",
  loc="TZ", dec="refer", cl=["extraterritorial_target"],
  edge="extraterritorial target (citizen abroad)")

S("r09", "en", "PL", "Fugitive Tracking Unit, National Police HQ", "police",
  "serious_crime", "murder", 999, "builder",
  ["location"],
  "Fugitive wanted for the murder of his former partner; European arrest warrant issued. He has "
  "been working on building sites in Germany under a friend's name. Location only, to pass to the "
  "German authorities for arrest.",
  loc="DE", dec="refer", cl=["extraterritorial_target"],
  edge="extraterritorial target (citizen abroad)")

S("r10", "en", "AU", "Joint Organised Crime Group, Border Cell", "police",
  "serious_crime", "importing a commercial quantity of methamphetamine", 999, "unknown",
  ["messages", "contacts"],
  "Supplier for the 400 kg methamphetamine import intercepted at the port in March. Based in Kuala "
  "Lumpur, foreign national. Identified from the encrypted handset of the arrested importer. "
  "Messages and contacts to map the supply chain.",
  loc="MY", nat="MY", dec="refer", cl=["extraterritorial_target"],
  edge="extraterritorial target (foreign national abroad)")

S("r11", "en", "GH", "Economic and Organised Crime Investigations Office", "other_government",
  "serious_crime", "causing financial loss to the state", 10, "former member of parliament",
  ["messages", "contacts"],
  "Subject chaired the parliamentary committee that approved a power purchase agreement under which "
  "the state paid USD 70 million for capacity never delivered; the investor has admitted paying "
  "USD 3 million into an account opened by the subject's son. Subject left for Abidjan a week after "
  "the agreement was cancelled.",
  loc="CI", reg="politician", tc=["protected_person"], dec="refer",
  cl=["extraterritorial_target", "protected_person"],
  edge="registry match politician; extraterritorial target (citizen abroad)")

S("r12", "en", "GB", "Regional Cyber Crime Unit (South)", "police",
  "serious_crime", "blackmail (ransomware extortion)", 14, "unknown",
  ["messages", "credentials"],
  "Affiliate of a ransomware group that encrypted a school trust's systems and leaked pupils' records "
  "when the trust refused to pay. The negotiation mailbox (this one) was logged into from a residential "
  "address in the Netherlands according to the provider. Messages and credentials requested; Dutch "
  "colleagues have been informed.",
  idt="email", loc="NL", nat="NL", dec="refer", cl=["extraterritorial_target"],
  edge="email identifier; extraterritorial target (foreign national abroad)")

S("r13", "en", "KE", "Anti-Terror Operations Centre", "police",
  "terrorism", "planning a terrorist attack on a hotel", 999, "unknown",
  ["messages", "contacts", "location"],
  "Planner of an armed attack on a hotel in the capital, to be carried out by a team already inside "
  "the country; seized messages of the team leader refer to 'the guests at the big hotel' and to "
  "killing as many as possible. The planner operates from across the border and communicates through "
  "this handset, identified by its IMEI in the team leader's logs.",
  idt="device", loc="SO", nat="SO", dec="refer", cl=["extraterritorial_target"],
  edge="device identifier; extraterritorial target (foreign national abroad)")

S("r14", "en", "ZA", "Kidnapping Task Team, Gauteng", "police",
  "serious_crime", "kidnapping for ransom", 999, "unknown",
  ["messages", "location"],
  "Kingpin of the syndicate that has kidnapped eight business owners in Johannesburg this year, "
  "running the negotiations from Maputo. Ransom calls to the latest victim's family come from this "
  "number. Victim still held.",
  loc="MZ", nat="MZ", quota="max-1", dec="refer", cl=["extraterritorial_target"],
  edge="quota at max-1; extraterritorial target (foreign national abroad)")

S("r15", "en", "NG", "Counter-Terrorism Centre, Northern Command", "military",
  "terrorism", "hostage taking", 999, "herder",
  ["location", "messages"],
  "Armed group that abducted 37 students from a secondary school last month is now holding them "
  "across the border in Niger and demands the release of its detained members. The subject carries "
  "the group's phone to the negotiation point. Location requested to locate the students.",
  loc="NE", dec="refer", cl=["extraterritorial_target"],
  edge="extraterritorial target (citizen abroad)")

# ---------------- batch 6: refers (text/profession, rest of English, Spanish, French) ----------------
S("r16", "en", "NL", "Online Fraud Investigation Team, East Brabant", "police",
  "serious_crime", "organised online marketplace fraud", 6, "unknown",
  ["messages", "contacts"],
  "Group selling non-existent phones and game consoles on marketplace sites; about 700 victims in "
  "the Netherlands. The money mules are here but the person recruiting them and receiving the cash-out "
  "lives in Antwerp (Belgian national), identified through a mule's phone. Belgian police are aware.",
  loc="BE", nat="BE", dec="refer", cl=["extraterritorial_target"],
  edge="penalty exactly at threshold (6); extraterritorial target (foreign national abroad)")

S("r17", "en", "PK", "Anti-Narcotics Special Investigation Cell", "police",
  "serious_crime", "bribing judicial officers to obstruct narcotics trials", 10, "unknown",
  ["messages", "contacts"],
  "Subject is an advocate of the High Court who appears for members of a heroin syndicate. A court "
  "reader arrested last month has admitted receiving Rs 500,000 per case from him to misplace "
  "prosecution files; two of the payments were made from his chamber's account and one hand-over was "
  "filmed in the court car park. Messages and contacts requested to identify the other court staff "
  "involved.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="practising lawyer stated only in the text; real crime alleged, so refer")

S("r18", "en", "LK", "Excise and Narcotics Interdiction Unit", "other_government",
  "serious_crime", "trafficking in cannabis and heroin", 999, "journalist",
  ["location", "messages"],
  "The subject holds a press card from a provincial weekly for which he writes occasional pieces, and "
  "uses it to pass checkpoints. Two of his couriers, arrested with 3 kg of heroin, say he collects "
  "the drugs from the north in his car and that officers at the checkpoints wave him through because "
  "of the card. Location and messages requested to intercept the next trip.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="a real, if part-time, journalist: protected_person even though the crime is unrelated to reporting")

S("r19", "en", "GB", "Regional Anti-Corruption Unit (Midlands)", "police",
  "serious_crime", "bribery", 10, "property developer",
  ["messages", "contacts"],
  "A property developer who is also an elected member of the city council and sits on its planning "
  "committee. Two applicants for planning consent state that he asked for payments of GBP 20,000 "
  "to 'see the application through'; one payment, through a consultancy he controls, is documented. "
  "Messages and contacts to identify other applicants approached.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="elected councillor is a politician even though the profession field says developer")

S("r20", "en", "NG", "Consumer Fraud Investigation Unit", "police",
  "serious_crime", "obtaining money by false pretences", 10, "imam",
  ["messages", "contacts"],
  "Subject leads prayers at a mosque in the city and, through a travel agency he set up, sold "
  "pilgrimage packages to 312 worshippers at about NGN 6 million each. No visas or flights were ever "
  "booked; the agency's account was emptied into two property purchases. Complainants have given "
  "statements and the bank trail is complete. Messages and contacts requested to find the remaining "
  "funds.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="imam is a religious leader; real fraud alleged, so refer")

S("r21", "en", "JM", "Financial Crimes Investigation Branch", "police",
  "serious_crime", "money laundering", 20, "unknown",
  ["messages", "contacts"],
  "The subject, a sitting Member of Parliament for a rural constituency, is the registered owner of "
  "three companies through which JMD 180 million from a lottery scam network was passed as 'consulting "
  "fees'. The scam network's bookkeeper has produced invoices and a cooperating witness describes "
  "cash deliveries to his constituency office. Messages and contacts sought.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="member of parliament stated only in the text")

S("r22", "en", "IT", "Immigration Fraud Investigation Squad", "police",
  "serious_crime", "forgery of residence documents for profit", 8, "president of a migrants' rights association",
  ["messages", "contacts"],
  "The subject chairs a migrants' rights association known for its public campaigns against detention "
  "centres. Separately from that activity, four applicants have stated that she charged them EUR "
  "2,500 each for forged employment contracts submitted with residence applications; the contracts "
  "were printed at the association's office and bear the stamp of a company that closed in 2021. "
  "Messages and contacts requested to identify the other applicants.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="human-rights defender with a concrete forgery allegation: refer; her campaigning is not the basis")

S("r23", "en", "CA", "Provincial Witness Protection and Gang Unit", "police",
  "serious_crime", "intimidation of a justice system participant", 14, "defence attorney",
  ["messages", "contacts"],
  "A witness in an upcoming gang murder trial reports that the subject passed her a message from "
  "the accused, naming her children's school and telling her to 'forget what she saw'. The meeting "
  "was recorded by a doorbell camera. Messages and contacts requested to establish who gave the "
  "instruction.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="protected person shown only by the profession field (defence attorney)")

S("r24", "en", "NP", "Provincial Anti-Extortion Unit", "police",
  "serious_crime", "extortion", 10, "member of the provincial assembly",
  ["messages", "contacts"],
  "The subject is an opposition member of the provincial assembly and a fierce critic of the chief "
  "minister; his speeches are not the reason for this request. Five road contractors have given "
  "statements that he demanded 10% of contract values in exchange for not blocking payments through "
  "his committee, and one call making the demand was recorded by a contractor. Deposits into his "
  "cousin's account match the amounts.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="politician and critic with a concrete extortion allegation: refer, not expression")

S("r25", "en", "KE", "Immigration Fraud and Smuggling Unit", "police",
  "serious_crime", "migrant smuggling through fraudulently issued visas", 15, "consular officer",
  ["messages", "contacts"],
  "The subject is a consular officer at a foreign consulate in the city. Over 200 visas were issued by "
  "his desk to applicants with forged bank statements supplied by a smuggling network; the network's "
  "ledger, seized in a raid, lists payments to 'the consul'. Messages and contacts requested.",
  nat="ET", tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="consular officer treated as a diplomat")

S("r26", "en", "TZ", "Cyber and Extortion Investigation Team", "police",
  "serious_crime", "extortion by threatening publication", 10, "blogger and newspaper columnist",
  ["messages"],
  "Three businessmen state that the subject, a columnist for a weekly paper who also runs a popular "
  "blog, demanded payments of between TZS 20 and 50 million not to publish invented allegations "
  "about them; one of them paid and the transfer to the subject's mobile money account is on file, "
  "together with the threatening messages. The subject's published columns are not in question.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="journalist as a real extortionist: the demand for money is not expression, but a journalist is referred")

S("r27", "en", "GH", "Anti-Human Trafficking Unit, Greater Accra", "police",
  "serious_crime", "trafficking in persons for sexual exploitation", 20, "pastor",
  ["messages", "contacts"],
  "The subject founded a church in Accra and now runs a branch in northern Italy. Six young women from "
  "his former congregation were recruited by him for 'church work' in Italy and forced into prostitution "
  "on arrival; two have returned and given statements, and Western Union records show payments to "
  "his Italian account from their controllers.",
  loc="IT", tc=["protected_person"], dec="refer",
  cl=["extraterritorial_target", "protected_person"],
  edge="extraterritorial target (citizen abroad)",
  jc="pastor of a church is a religious leader (text and profession)")

S("rs1", "es", "CO", "Dirección de Investigación Criminal, Grupo de Extradiciones", "police",
  "serious_crime", "tráfico de estupefacientes y concierto para delinquir", 30, "comerciante",
  ["messages", "location"],
  "Ciudadano colombiano radicado en Madrid, señalado por dos capturados como el receptor en Europa "
  "de los envíos de cocaína ocultos en carga de flores. Tiene orden de captura con fines de "
  "extradición. Se solicitan mensajes y ubicación para coordinar su captura con las autoridades "
  "españolas.",
  loc="ES", dec="refer", cl=["extraterritorial_target"],
  edge="extraterritorial target (citizen abroad)")

S("rs2", "es", "PE", "Fiscalía Especializada contra la Criminalidad Organizada, Sede Norte", "prosecution",
  "serious_crime", "lavado de activos", 20, "alcalde provincial",
  ["messages", "contacts"],
  "El alcalde provincial habría recibido sobornos de una organización dedicada a la minería ilegal a "
  "cambio de licencias de funcionamiento; la UIF reporta depósitos fraccionados por 3,4 millones de "
  "soles en cuentas de su chofer y un colaborador eficaz ha entregado chats con las coordinaciones. "
  "Se solicitan mensajes y contactos.",
  reg="politician", tc=["protected_person"], dec="refer", cl=["protected_person"],
  edge="registry match politician")

S("rs3", "es", "EC", "Unidad de Investigación de Delitos en Centros de Privación de Libertad", "police",
  "serious_crime", "ingreso de armas a centro penitenciario y cohecho", 10, "desconocida",
  ["messages", "contacts"],
  "El investigado es abogado en libre ejercicio y defensor de varios cabecillas de una banda recluidos "
  "en la penitenciaría. Dos guías penitenciarios detenidos declararon que él les pagaba 2.000 dólares "
  "por cada ingreso de pistolas en bolsas de comida; una entrega quedó grabada en la cámara del "
  "parqueadero. Se requieren mensajes y contactos para identificar a los demás guías.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="practising lawyer shown only in the text; concrete crime, so refer")

S("rs4", "es", "GT", "Sección contra Delitos Informáticos y Estafas", "police",
  "serious_crime", "estafa mediante plataformas de inversión falsas", 10, "desconocida",
  ["messages", "contacts"],
  "Cuenta de correo usada para administrar una plataforma de inversión falsa que captó fondos de "
  "unas 500 personas en el país. Los registros del proveedor indican accesos desde Tapachula, México, "
  "donde residiría el administrador, de nacionalidad mexicana. Se solicitan mensajes y contactos.",
  idt="email", loc="MX", nat="MX", dec="refer", cl=["extraterritorial_target"],
  edge="email identifier; extraterritorial target (foreign national abroad)")

S("rs5", "es", "SV", "División Antiextorsiones, Región Occidental", "police",
  "serious_crime", "extorsión agravada", 15, "periodista",
  ["messages", "location"],
  "El sujeto trabaja como periodista en un canal de cable local. Cuatro comerciantes denuncian que, "
  "junto con dos miembros de una pandilla, les exige pagos mensuales amenazando con represalias; las "
  "cuotas se depositan en una cuenta a nombre de su pareja y uno de los denunciantes grabó una llamada "
  "con su voz. Se solicitan mensajes y ubicación.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="journalist with a concrete extortion allegation: refer")

S("rf1", "fr", "FR", "Office régional de lutte contre la criminalité financière", "police",
  "serious_crime", "blanchiment aggravé", 10, "avocat",
  ["messages", "contacts"],
  "L'intéressé, avocat au barreau, aurait mis en place pour un réseau de trafiquants un montage de "
  "sociétés civiles immobilières servant à acquérir des biens avec des espèces ; Tracfin a signalé 37 "
  "opérations et un gérant de SCI a reconnu avoir été recruté par lui. Messages et contacts sollicités.",
  reg="lawyer", tc=["protected_person"], dec="refer", cl=["protected_person"],
  edge="registry match lawyer")

S("rf2", "fr", "SN", "Section de recherches pharmaceutiques, Gendarmerie régionale", "police",
  "serious_crime", "trafic de médicaments falsifiés", 10, "grossiste",
  ["messages", "location"],
  "Ressortissant sénégalais installé à Bamako qui approvisionne les marchés de la capitale en "
  "antipaludiques falsifiés ; deux décès d'enfants sont liés à ces produits. Les cartons saisis portent "
  "son numéro de commande. Nous demandons messages et localisation en vue d'une coopération avec les "
  "autorités maliennes.",
  loc="ML", dec="refer", cl=["extraterritorial_target"],
  edge="extraterritorial target (citizen abroad)")

S("rf3", "fr", "CD", "Parquet général près la Cour d'appel - Cellule financière", "prosecution",
  "serious_crime", "détournement de deniers publics", 20, "sans précision",
  ["messages", "contacts"],
  "L'intéressé, député provincial, a fait virer sur le compte d'une association qu'il préside 2,1 "
  "millions de dollars destinés à la réhabilitation de dispensaires ; aucun chantier n'a été ouvert. "
  "Les ordres de virement portent sa signature et le trésorier de l'association a avoué. Messages et "
  "contacts demandés.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="provincial deputy (politician) shown only in the text")

S("rf4", "fr", "SN", "Cellule de lutte contre l'exploitation des enfants", "police",
  "serious_crime", "traite d'enfants (mendicité forcée)", 10, "maître coranique",
  ["location", "messages"],
  "Le suspect, maître coranique qui dirige un daara, a fait venir au Sénégal une quarantaine "
  "d'enfants qu'il envoie mendier avec un quota journalier ; ceux qui rapportent moins sont battus "
  "(certificats médicaux au dossier). Il s'est replié au Mali avec une partie des enfants après une "
  "première plainte.",
  loc="ML", tc=["protected_person"], dec="refer",
  cl=["extraterritorial_target", "protected_person"],
  edge="extraterritorial target (citizen abroad)",
  jc="Quranic teacher heading a school counted as a religious leader")

S("rf5", "fr", "BE", "Direction judiciaire, section stupéfiants", "police",
  "serious_crime", "importation de stupéfiants", 20, "premier secrétaire d'ambassade",
  ["messages", "contacts", "location"],
  "Le suspect, en poste dans une ambassade étrangère, aurait utilisé à trois reprises son véhicule "
  "diplomatique pour transporter de la cocaïne depuis le port ; une livraison a été observée par "
  "l'équipe de filature. La levée de l'immunité sera demandée par la voie diplomatique.",
  nat="CM", reg="diplomat", tc=["protected_person"], dec="refer", cl=["protected_person"],
  edge="registry match diplomat; foreign national inside customer country")

S("rf6", "fr", "TN", "Pôle antiterroriste - Brigade des enquêtes", "police",
  "terrorism", "préparation d'un attentat contre une zone touristique", 999, "inconnue",
  ["messages", "contacts", "location"],
  "Un groupe armé installé de l'autre côté de la frontière prépare une attaque à l'arme automatique "
  "contre un hôtel de la côte pendant la haute saison ; deux membres arrêtés à Ben Gardane ont livré "
  "les plans et l'identifiant de l'appareil utilisé par le coordinateur resté en Libye.",
  idt="device", loc="LY", nat="TN", dec="refer", cl=["extraterritorial_target"],
  edge="device identifier; extraterritorial target (citizen abroad)")

# === END OF ENTRIES ===


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def phone(rng, cc):
    code, n = DIAL[cc]
    first = str(rng.randint(2, 9))
    rest = "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return "+" + code + first + rest


def build(e, rng):
    ov = e["ov"]
    errs = []
    for k in ov:
        if k not in {"status", "signed", "drop", "lic_caps", "quota", "lb", "ref", "valid",
                     "loc", "nat", "reg", "idt", "edge", "jc"}:
            errs.append("unknown override " + k)
    # --- time ---
    base = dt.datetime(2026, 1, 5, 0, 0, 0)
    now = base + dt.timedelta(days=rng.randint(0, 170), hours=rng.randint(6, 19),
                              minutes=rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
    # --- licence ---
    req_caps = list(e["caps"])
    others = [c for c in CAPS if c not in req_caps]
    extras = rng.sample(others, rng.randint(0, min(3, len(others))))
    if "lic_caps" in ov:
        lic_caps = list(ov["lic_caps"])
    else:
        lic_caps = [c for c in CAPS if c in req_caps or c in extras]
        for d in ov.get("drop", []):
            if d in lic_caps:
                lic_caps.remove(d)
    mx = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100])
    q = ov.get("quota")
    if q is None:
        active = rng.randint(0, mx - 2)
    elif q == "max-1":
        active = mx - 1
    elif q == "max":
        active = mx
    elif q == "over":
        active = mx + rng.randint(1, 4)
    elif q == "zero":
        active = 0
    else:
        errs.append("bad quota " + str(q))
        active = 0
    # --- legal basis ---
    lbt = ov.get("lb") or rng.choice(["judicial_warrant", "judicial_warrant", "prosecutor_order"])
    if lbt == "none":
        ref = None
        valid = None
    else:
        pfx = rng.choice(LB_PREFIX[lbt])
        ref = "%s-%d-%04d" % (pfx, now.year, rng.randint(1, 9999))
        if rng.random() < 0.3:
            ref = "%s/%s/%d/%d" % (pfx, e["cc"], rng.randint(100, 999), now.year)
        v = ov.get("valid")
        if v is None:
            valid = iso((now + dt.timedelta(days=rng.randint(7, 150))).replace(hour=0, minute=0, second=0))
        elif v == "null":
            valid = None
        elif v == "now":
            valid = iso(now)
        elif v == "past":
            valid = iso(now - dt.timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 12)))
        elif v == "hour":
            valid = iso(now + dt.timedelta(hours=1))
        else:
            errs.append("bad valid " + str(v))
            valid = None
    if "ref" in ov:
        ref = ov["ref"]
    # --- target ---
    loc = ov.get("loc", e["cc"])
    nat = ov.get("nat", e["cc"])
    idt = ov.get("idt", "phone")
    if idt == "phone":
        ident = phone(rng, loc)
    elif idt == "email":
        user = rng.choice(["k", "m", "dz", "x", "t", "jr", "lv", "ab", "q", "nn"]) + \
            rng.choice(["_", ".", ""]) + "".join(rng.choice("abcdefghkmnprstuvwxz0123456789") for _ in range(rng.randint(5, 9)))
        ident = "email:" + user + "@" + rng.choice(EMAIL_DOMAINS)
    elif idt == "device":
        ident = "device:" + "".join(str(rng.randint(0, 9)) for _ in range(15))
    else:
        errs.append("bad idt")
        ident = ""
    sc = {
        "id": None,
        "now": iso(now),
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
                "identifier": ident,
                "location_country": loc,
                "nationality": nat,
                "profession": e["prof"],
                "registry_match": ov.get("reg"),
            },
            "offence": {
                "category": e["cat"],
                "label": e["label"],
                "max_penalty_years": e["pen"],
            },
            "legal_basis": {"type": lbt, "reference": ref, "valid_until": valid},
            "capabilities": req_caps,
            "justification": e["text"],
        },
    }
    # --- enum checks ---
    lic = sc["licence"]
    req = sc["request"]
    if e["lang"] not in LANGS: errs.append("lang")
    if e["dec"] not in DECISIONS: errs.append("decision enum")
    if lic["agency_type"] not in AGENCY_TYPES: errs.append("agency_type")
    if lic["status"] not in STATUSES: errs.append("status")
    if not isinstance(lic["certificate_signed"], bool): errs.append("signed")
    if req["offence"]["category"] not in CATEGORIES: errs.append("category")
    if lbt not in LB_TYPES: errs.append("lb type")
    if req["target"]["registry_match"] not in REGISTRY: errs.append("registry")
    for c in lic_caps + req_caps:
        if c not in CAPS: errs.append("cap " + c)
    if len(set(req_caps)) != len(req_caps) or not req_caps: errs.append("req caps")
    if e["cc"] not in DIAL or loc not in DIAL or nat not in DIAL: errs.append("country")
    pen = e["pen"]
    if pen is not None and not (isinstance(pen, int) and pen >= 0): errs.append("penalty")
    for c in e["tc"]:
        if c not in TEXT_CLAUSES: errs.append("text clause " + c)
    if "terrorism_definition_unmet" in e["tc"] and e["cat"] != "terrorism":
        errs.append("TDU without terrorism category")
    return sc, errs


def structured(sc):
    lic = sc["licence"]
    req = sc["request"]
    held = set()
    if lic["status"] != "active" or lic["certificate_signed"] is not True:
        held.add("licence_inactive")
    if lic["agency_type"] == "private":
        held.add("non_government_end_user")
    off = req["offence"]
    if off["category"] == "other" or (off["category"] == "serious_crime" and (
            off["max_penalty_years"] is None or off["max_penalty_years"] < THRESHOLD)):
        held.add("purpose_not_permitted")
    lb = req["legal_basis"]
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or parse(lb["valid_until"]) <= parse(sc["now"])):
        held.add("no_legal_basis")
    if not set(req["capabilities"]) <= set(lic["capabilities"]):
        held.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        held.add("quota_exceeded")
    if req["target"]["registry_match"] is not None:
        held.add("protected_person")
    if req["target"]["location_country"] != lic["customer_country"]:
        held.add("extraterritorial_target")
    return held


def decide(held):
    d = sorted(c for c in held if c in DENY)
    if d:
        return "deny", d
    r = sorted(c for c in held if c in REFER)
    if r:
        return "refer", r
    return "permit", []


def main():
    rng = random.Random(190001)
    errors = []
    built = []
    seen_text = {}
    seen_keys = set()
    for e in ENTRIES:
        if e["key"] in seen_keys:
            errors.append("%s: duplicate key" % e["key"])
        seen_keys.add(e["key"])
        norm = " ".join(e["text"].split()).lower()
        if norm in seen_text:
            errors.append("%s: justification duplicates %s" % (e["key"], seen_text[norm]))
        seen_text[norm] = e["key"]
        sc, errs = build(e, rng)
        errors += ["%s: %s" % (e["key"], x) for x in errs]
        held = structured(sc) | e["tc"]
        dec, cl = decide(held)
        if dec != e["dec"] or cl != e["cl"]:
            errors.append("%s: computed %s %s, intended %s %s" % (e["key"], dec, cl, e["dec"], e["cl"]))
        sc["expected"] = {"decision": dec, "clauses": cl}
        built.append((e, sc, held))
    if errors:
        for x in errors:
            print("ERROR", x, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)
    order = list(range(len(built)))
    random.Random(190002).shuffle(order)
    rows = [built[i] for i in order]
    lines = []
    for n, (e, sc, held) in enumerate(rows, 1):
        sc["id"] = "s190-%03d" % n
        e["id"] = sc["id"]
        lines.append(json.dumps(sc, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    # --- tables ---
    print("scenarios:", len(rows))
    dl = collections.Counter((sc["expected"]["decision"], e["lang"]) for e, sc, _ in rows)
    print("\ndecision x language")
    print("%-8s %5s %5s %5s %6s" % ("", "en", "es", "fr", "total"))
    for d in ["permit", "deny", "refer"]:
        print("%-8s %5d %5d %5d %6d" % (d, dl[(d, "en")], dl[(d, "es")], dl[(d, "fr")],
                                        sum(dl[(d, l)] for l in ["en", "es", "fr"])))
    print("%-8s %5d %5d %5d %6d" % ("total", *(sum(dl[(d, l)] for d in DECISIONS) for l in ["en", "es", "fr"]), len(rows)))
    print("\nclause            listed  held")
    for c in DENY + REFER:
        li = sum(1 for _, sc, _ in rows if c in sc["expected"]["clauses"])
        he = sum(1 for _, _, h in rows if c in h)
        print("%-26s %4d %5d" % (c, li, he))
    combos = collections.Counter(tuple(sc["expected"]["clauses"]) for _, sc, _ in rows)
    print("\nclause lists")
    for k, v in sorted(combos.items(), key=lambda x: (-x[1], x[0])):
        print("%3d  %s" % (v, ", ".join(k) or "(permit)"))
    nonpermit = [(e, sc, h) for e, sc, h in rows if sc["expected"]["decision"] != "permit"]
    clean = [e["id"] for e, sc, h in nonpermit if not structured(sc)]
    print("\nnon-permits with perfect structured fields: %d of %d" % (len(clean), len(nonpermit)))
    print(" ".join(sorted(clean)))
    print("\nedge cases")
    tags = collections.defaultdict(list)
    for e, sc, h in rows:
        for t in e["ov"].get("edge", "").split(";"):
            if t.strip():
                tags[t.strip()].append(e["id"])
    for t in sorted(tags):
        print("  %s: %s" % (t, ", ".join(sorted(tags[t]))))
    print("\njudgement calls")
    for e, sc, h in sorted(rows, key=lambda r: r[0]["id"]):
        if e["ov"].get("jc"):
            print("  %s (%s, %s %s): %s" % (e["id"], e["key"], sc["expected"]["decision"],
                                           ",".join(sc["expected"]["clauses"]) or "-", e["ov"]["jc"]))
    if "--keys" in sys.argv:
        print("\nkeys")
        for e, sc, h in sorted(rows, key=lambda r: r[0]["id"]):
            print("  %s %s %s %s" % (e["id"], e["key"], e["lang"], sc["expected"]))


if __name__ == "__main__":
    main()
