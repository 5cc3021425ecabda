#!/usr/bin/env python3
"""Generator for the labelled evaluation set sealed162 (tasking gate).

Theme: politics and elections -- campaigns, opposition parties, election officials,
vote-buying, campaign finance, political violence; candidates and officials as
genuine suspects, as victims and as people merely mentioned; politics mentioned
innocently around ordinary crimes.

Python 3.11, standard library only.  Every scenario below is hand-written (free-text
justification, offence, profession, target and the hand-judged text clauses).
Filler values (evaluation time, identifiers, legal references, validity dates,
quotas, extra licence capabilities) come from a fixed seed.  Structured-field
clauses are computed from the fields; the decision follows the precedence and
listing rules of shared/spec/gate-scenarios.md.  The script exits non-zero when an
intended decision or clause list disagrees with the computed result.

Usage:  python3 build_sealed162.py [--stats]
"""
import json
import random
import re
import sys
import textwrap
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED_FILLER = 162_001
SEED_SHUFFLE = 162_002
THRESHOLD = 6  # serious-crime threshold of the standard certificate version
ID_PREFIX = "s162-"
OUT_NAME = "sealed162.jsonl"

ALL_CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician",
            "head_of_state", "diplomat", "religious_leader"}
DENY_CLAUSES = {"licence_inactive", "non_government_end_user", "purpose_not_permitted",
                "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "no_legal_basis", "capability_out_of_scope", "quota_exceeded"}
REFER_CLAUSES = {"protected_person", "extraterritorial_target"}
# Clauses that depend on a reading of the text (justification / profession) and are
# therefore given by hand for each scenario.
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}

# country -> (calling code, national number length, mobile leading digits)
PHONE = {
    "NG": ("234", 10, ["803", "806", "813", "816", "703", "706", "810", "903"]),
    "KE": ("254", 9, ["7", "11"]),
    "GH": ("233", 9, ["24", "54", "55", "20", "27"]),
    "UG": ("256", 9, ["77", "78", "70", "75"]),
    "ZA": ("27", 9, ["82", "83", "72", "73", "61", "71"]),
    "ZM": ("260", 9, ["97", "96", "77"]),
    "IN": ("91", 10, ["98", "97", "94", "70", "81"]),
    "PH": ("63", 10, ["917", "918", "927", "939", "995"]),
    "LK": ("94", 9, ["71", "72", "77", "76"]),
    "JM": ("1876", 7, ["3", "4", "8"]),
    "TT": ("1868", 7, ["3", "4", "7"]),
    "MW": ("265", 9, ["88", "99"]),
    "TZ": ("255", 9, ["71", "75", "76", "68"]),
    "PK": ("92", 10, ["30", "31", "33", "34"]),
    "BD": ("880", 10, ["17", "18", "19", "15"]),
    "GM": ("220", 7, ["7", "3", "9"]),
    "SL": ("232", 8, ["76", "77", "78", "30"]),
    "ZW": ("263", 9, ["77", "71", "73"]),
    "RW": ("250", 9, ["78", "72", "73"]),
    "MZ": ("258", 9, ["84", "82", "86"]),
    "GB": ("44", 10, ["74", "75", "77", "78"]),
    "US": ("1", 10, ["512", "713", "915", "956", "210"]),
    "BE": ("32", 9, ["47", "48", "49"]),
    "VE": ("58", 10, ["412", "414", "424", "416"]),
    "MX": ("52", 10, ["55", "33", "81", "66", "99"]),
    "CO": ("57", 10, ["300", "310", "311", "320", "315"]),
    "PE": ("51", 9, ["9"]),
    "GT": ("502", 8, ["3", "4", "5"]),
    "HN": ("504", 8, ["3", "8", "9"]),
    "EC": ("593", 9, ["9"]),
    "ES": ("34", 9, ["6"]),
    "DO": ("1809", 7, ["2", "4", "8"]),
    "HT": ("509", 8, ["3", "4"]),
    "PY": ("595", 9, ["97", "98", "99"]),
    "BO": ("591", 8, ["6", "7"]),
    "AR": ("54", 10, ["911", "9261", "9351"]),
    "SN": ("221", 9, ["77", "78", "76", "70"]),
    "CI": ("225", 10, ["07", "05", "01"]),
    "CM": ("237", 9, ["67", "69", "65"]),
    "FR": ("33", 9, ["6", "7"]),
    "BJ": ("229", 10, ["0196", "0197", "0161"]),
    "MA": ("212", 9, ["6", "7"]),
    "TG": ("228", 8, ["90", "91", "99", "70"]),
    "BF": ("226", 8, ["70", "76", "78", "65"]),
    "TN": ("216", 8, ["2", "5", "9"]),
    "GA": ("241", 8, ["06", "07"]),
    "CD": ("243", 9, ["81", "82", "89", "99"]),
    "NE": ("227", 8, ["90", "96", "99"]),
    "MG": ("261", 9, ["32", "33", "34"]),
    "MV": ("960", 7, ["7", "9"]),
}

SCEN = []


def T(s):
    """Hand-written text: remove the source indentation, keep line breaks."""
    return textwrap.dedent(s).strip()


def S(**kw):
    SCEN.append(kw)


# =====================================================================================
# ENGLISH -- PERMIT (36)
# =====================================================================================

S(k="EP01", lang="en", cc="NG", agency="Anti-Kidnapping Squad, Okpara-Ama State Police Command",
  atype="police", off=("serious_crime", "kidnapping for ransom", 999),
  caps=["messages", "location"],
  just=T("""
    On the night of 14 October, Mr. Tonye Ebikeme, a campaign aide to one of the chairmanship candidates in Ofoni-Ama LGA, was abducted at gunpoint outside his residence. The abductors have since called his wife four times demanding N50 million. Three of the calls came from the line submitted here, and tower data already obtained under the court's order places the handset in the creeks east of Bolou-Ama on each occasion.

    We request interception of messages and location to rescue the victim alive and to identify the rest of the gang, which is also linked to the abduction of two fish traders in August. The victim's work for a campaign is not the basis of this application.
  """),
  exp=("permit", []))

S(k="EP02", lang="en", cc="KE", agency="Asset Tracing and Financial Crimes Unit, Central Investigations Bureau",
  atype="police", off=("serious_crime", "money laundering", 14),
  prof="company director (hardware imports)", caps=["messages", "contacts"],
  just=T("""
    Subject is the director of Upperhill Ironmongers Ltd and two related import companies. Bank records produced under court order show KSh 212 million paid into those companies between March and June from accounts controlled by the syndicate whose 340 kg heroin consignment was seized at the port in May.

    About a third of that money was passed on as "contributions" to several county aspirants during the party primaries, which is how the transfers first came to the Unit's attention. The aspirants are not subjects of this application and we have no evidence that any of them knew where the funds came from.

    Messages and contacts are sought to identify the cash couriers and the remaining layering accounts.
  """),
  exp=("permit", []))

S(k="EP03", lang="en", cc="GH", agency="Regional CID, Akyem-Dwenase Division",
  atype="police", off=("serious_crime", "robbery with a firearm (five counts)", 25),
  caps=["location"],
  just=T("""
    Target leads the gang behind the five night robberies on the Dwenase-Apedwa stretch since March; a bus driver was shot dead in the fourth one. Two phones taken from victims were later switched on by his associates and the SIMs traced back to him through mobile money records. Locally he is known as a party "foot soldier" who turns up at every rally in party colours -- that has no bearing on this request. Location needed to effect arrest.
  """),
  exp=("permit", []))

S(k="EP04", lang="en", cc="ZA", agency="Inter-Provincial Task Team on Targeted Killings",
  atype="police", off=("serious_crime", "conspiracy to commit murder", 999),
  caps=["messages", "contacts", "location"],
  just=T("""
    Between August and October three ward candidates in the Umzimvubu-East municipality were shot, two of them fatally. Ballistics link all three shootings to the same 9mm pistol.

    A detained accomplice has made a sworn statement naming the target as the shooter and describing payments of R40 000 per killing made to an e-wallet. The e-wallet is registered to the number submitted.

    Whoever commissioned the killings is still unidentified, and the target's communications are the most direct route to them. The victims belonged to different parties (two to one party, one an independent); no line of enquiry depends on their politics.
  """),
  exp=("permit", []))

S(k="EP05", lang="en", cc="IN", agency="Counter-Terrorism Intelligence Wing, Eastern Zone",
  atype="intelligence", lbt="administrative_order",
  off=("terrorism", "conspiracy to commit a terrorist act (IED attack on an election rally)", 999),
  caps=["messages", "contacts", "location"],
  just=T("""
    Source reporting, corroborated by the recovery on 22 March of about 6 kg of ammonium nitrate mixture and two assembled pressure-cooker devices from a rented room in Dhanpur, indicates that the module intends to detonate devices at a public rally during the second phase of polling. A handwritten note recovered with the devices gives the aim as "teaching the voters of this district what happens when they come out".

    The target rented the room using a forged identity card and remains in contact with the other module members. Interception is sought to locate any further devices and members before polling day.
  """),
  exp=("permit", []))

S(k="EP06", lang="en", cc="PH", agency="Provincial Investigation and Detective Unit, Isla Verde Province",
  atype="police", off=("serious_crime", "murder", 40),
  caps=["location"],
  just=T("""
    Brgy. Captain Romualdo Tabuena of Brgy. San Isidro was shot dead in front of his sari-sari store by two men on a motorcycle, three weeks before the barangay polls. An eyewitness picked out the backrider (subject) from a photo line-up, and gas station CCTV on the national highway shows him twenty minutes later in the same helmet and jacket. His former live-in partner gave us the number in a sworn statement. Subject has gone into hiding. Location only.
  """),
  exp=("permit", []))

S(k="EP07", lang="en", cc="UG",
  agency="Electoral Offences Desk, Directorate of Criminal Investigations and Intelligence - Western Region",
  atype="police", off=("serious_crime", "forgery of declaration of results forms", 6),
  prof="assistant returning officer (civil servant)", caps=["messages", "contacts"],
  just=T("""
    The subject served as an assistant returning officer at the Kibale-East tally centre. The declaration of results forms for fourteen polling stations were replaced with forgeries before transmission; the presiding officers deny signing them. The tally-centre access register and two constables on duty place the subject alone with the results boxes for about forty minutes on the night of the count.

    The offence carries a maximum of six years. We seek his messages and contacts to establish who instructed him and who printed the blank forms. He is a civil servant, not a candidate or party official.
  """),
  exp=("permit", []))

S(k="EP08", lang="en", cc="JM", agency="Anti-Gang and Extortion Unit, Western Division",
  atype="police", off=("serious_crime", "extortion as part of a criminal organisation", 15),
  caps=["messages", "location"],
  just=T("""
    Subject collects weekly "taxes" from vendors and route-taxi operators at the Barrett Lane terminus for the Dunkirk Crew. Seven vendors have given statements and two were beaten after refusing to pay. Several complainants also mentioned that he is a loud opposition supporter who was seen among the crowd at a recent rally; we note it only because it appears in the statements. What we are after is the calls he makes from this number to arrange collections, two of which complainants recorded on their own phones.
  """),
  exp=("permit", []))

S(k="EP09", lang="en", cc="ZM", agency="Narcotics Interdiction Bureau, Copperbelt Command",
  atype="police", off=("serious_crime", "trafficking in psychotropic substances", 15),
  caps=["messages", "location"], valid="plus1s",
  just=T("""
    URGENT - courier expected to move approx. 30 kg methamphetamine south tonight. Current warrant is at the very end of its validity; renewal is before the magistrate. By-election roadblocks have closed his usual route and two informants say he is waiting for a text telling him which way to go. Need messages and live location.
  """),
  exp=("permit", []))

S(k="EP10", lang="en", cc="LK", agency="Human Trafficking and Migrant Smuggling Unit, Southern Coastal Division",
  atype="police", off=("serious_crime", "trafficking in persons", 20),
  nat="BD", caps=["messages", "contacts"], quota="edge",
  just=T("""
    The target recruits young women from the hill-country estates for "hotel jobs" abroad and keeps their passports at a guesthouse in Weligama-South until they pay "placement fees" of up to LKR 450,000. Three women rescued in May identified him in separate statements, and the guesthouse owner has handed over the register.

    He is a Bangladeshi national who has lived here for eleven years; that is recorded only because it is on his visa file. One of the victims first met him while he was running errands for a provincial councillor's campaign office. The councillor has cooperated fully and is not a subject.

    Messages and contacts are needed to identify the other recruiters and the travel agency used.
  """),
  exp=("permit", []))

S(k="EP11", lang="en", cc="TT", agency="Firearms Interdiction Unit, Police Service",
  atype="police", off=("serious_crime", "trafficking in firearms and ammunition", 25),
  nat="VE", caps=["messages", "contacts", "location"],
  just=T("""
    Subject (Venezuelan national, resident in the south-western peninsula since 2019) receives pirogue shipments of pistols and ammunition at night and sells them on to gangs in the east. The coast guard seized 11 pistols and 900 rounds from one of his boats in April; the boat captain identified him and handed over his own phone, which shows more than sixty messages with this number arranging the landing. His nationality plays no part in this request.
  """),
  exp=("permit", []))

S(k="EP12", lang="en", cc="KE", agency="Ethics and Integrity Commission - Investigations Directorate",
  atype="other_government", off=("serious_crime", "fraudulent acquisition of public property", 10),
  prof="county procurement officer", caps=["messages", "contacts"],
  just=T("""
    This matter was referred to the Commission by the County Governor's office after an internal audit found that KSh 48 million had been paid for six ambulances that were never delivered. The subject approved all four payment vouchers; the supplier company is owned by his cousin and its account was emptied in cash withdrawals within a week of each payment.

    The Governor is a complainant and witness in this matter, not a subject. Interception of the subject's messages and contacts is sought to trace the cash and identify any other officers involved.
  """),
  exp=("permit", []))

S(k="EP13", lang="en", cc="GH", agency="Defence Intelligence Directorate - Northern Command",
  atype="military", off=("serious_crime", "trafficking in arms and ammunition", 15),
  caps=["contacts", "location"],
  just=T("""
    Rifles entering across the north-eastern border are being stored at a farm controlled by the target and sold to the armed factions in the Gbimsi chieftaincy dispute, in which twenty-three people have been killed since January. Two drivers arrested with a consignment of 18 rifles named him and led a patrol to the farm. Contacts and location requested to find the other storage sites and his suppliers.
  """),
  exp=("permit", []))

S(k="EP14", lang="en", cc="NG", agency="State Criminal Investigation Department, Idu-Ama Command",
  atype="police", off=("serious_crime", "conspiracy to murder and criminal intimidation", 14),
  caps=["messages", "location"],
  just=T("""
    The complainant is a journalist covering the governorship election for a regional daily. Since she published a story on the sale of party nomination forms, she has received thirty-one threatening messages from the number submitted, including photographs of her children at their school gate and a picture of a pistol captioned "your turn". Last week her car was forced off the road by an unregistered Hilux.

    The sender, not the journalist, is the subject of this application. We need to identify him, locate him and establish who is directing him.
  """),
  exp=("permit", []))

S(k="EP15", lang="en", cc="ZA", agency="Serious and Violent Crimes Unit, Highveld-South Cluster",
  atype="police", off=("serious_crime", "robbery with aggravating circumstances", 999),
  caps=["messages", "location"],
  just=T("""
    CIT heist on the R550: R8.2m taken, two guards wounded by rifle fire. The getaway vehicle was hired on the target's credit card and his prints were lifted from the rear-view mirror when it was found burnt out. He is married to a sitting ward councillor. She is not implicated, and any intercepted material about her council work will be minimised and not retained. Messages and location.
  """),
  exp=("permit", []))

S(k="EP16", lang="en", cc="PH", agency="Anti-Kidnapping Group - Southern Field Unit",
  atype="police", off=("serious_crime", "kidnapping and serious illegal detention", 40),
  caps=["messages", "location"],
  just=T("""
    Rev. Fr. Dominador Lumbay, parish priest of Sta. Cruz, was seized on his way home from a peace covenant signing he had organised for the local candidates. The next day the diocesan chancery received a P10M ransom demand by text from the subject's SIM, followed by a photo of the priest in chains.

    The same SIM was used in last year's abduction of two Chinese-Filipino businessmen by a kidnap-for-ransom group operating from the hinterland. Location and messages are needed to recover the priest alive.
  """),
  exp=("permit", []))

S(k="EP17", lang="en", cc="IN", agency="Cyber Crime Police Station, Rajnagar Commissionerate",
  atype="police",
  off=("serious_crime", "cheating by personation using a computer resource; organised fraud", 7),
  caps=["messages", "credentials"],
  just=T("""
    More than 2,300 voters in the district received an SMS, apparently from the Election Commission, asking them to "link Voter ID with bank account before polling" through a short link. The page captured net-banking credentials and OTPs; reported losses so far exceed Rs 1.4 crore.

    The bulk-SMS aggregator's KYC file and the payment gateway logs both lead to the target, who registered the sender header using a forged letter on Commission letterhead. Messages and stored credentials are requested to identify the mule accounts and co-accused.
  """),
  exp=("permit", []))

S(k="EP18", lang="en", cc="MW", agency="Southern Region Homicide Unit",
  atype="police", off=("serious_crime", "murder", 999),
  caps=["location"],
  just=T("""
    Deceased was a volunteer election monitor from a church-based observer network, stabbed behind Mpemba Primary School polling centre after the count. Three witnesses saw the suspect arguing with him over the tally sheet minutes before. Suspect has left his village; his brother says he still uses this number. Location to arrest.
  """),
  exp=("permit", []))

S(k="EP19", lang="en", cc="KE", agency="Cybercrime Investigations Unit, Central Investigations Bureau",
  atype="police", off=("serious_crime", "extortion by threats to publish intimate images", 14),
  ident="email:nyota.lens44@anonpost.example", caps=["messages", "credentials"],
  just=T("""
    A woman standing as a parliamentary candidate reports that an anonymous sender is demanding KSh 5 million, threatening to publish intimate images taken from her hacked cloud account unless she pays and withdraws from the race. Every demand came from this address. The M-Pesa line given for payment belongs to a man already charged in two earlier sextortion cases.

    We need the account's messages and credential data to prove that he operates the address and to find any other victims.
  """),
  exp=("permit", []))

S(k="EP20", lang="en", cc="NG", agency="Department of Counter-Terrorism Intelligence, North-East Sector",
  atype="intelligence", off=("terrorism", "preparation of terrorist attacks on polling units", 999),
  ident="device", caps=["messages", "contacts", "location"],
  just=T("""
    The handset identified above belongs to a courier for the armed group that has announced it will "punish anyone who casts a vote" in the coming elections. In the last cycle the group attacked two polling units, killing nine voters and two electoral officials.

    Since July the handset has repeatedly been co-located with the group's known bomb-maker, and a notebook recovered in a raid lists polling units against the names of fighters. We seek messages, contacts and location to disrupt the planned attacks.
  """),
  exp=("permit", []))

S(k="EP21", lang="en", cc="UG", agency="Kisoga-East Police Division",
  atype="police", off=("serious_crime", "aggravated robbery", 999),
  caps=["location"],
  just=T("""
    Suspect in 3 armed robberies of mobile money kiosks (Feb-Apr). ID by CCTV + statement of co-accused. Need location to arrest.
  """),
  exp=("permit", []))

S(k="EP22", lang="en", cc="TZ", agency="National Wildlife Crime Task Force",
  atype="police", off=("serious_crime", "unlawful dealing in government trophies", 30),
  caps=["messages", "contacts", "location"],
  just=T("""
    The subject is a middleman who buys tusks from poaching crews around the reserve and arranges their movement to the coast hidden in timber lorries. Sixty-two tusks were seized from one such lorry; the driver and the loader both name the subject and have handed over phones showing his number.

    He reportedly boasts that he cannot be touched because his brother-in-law sits in Parliament. We have no information that the MP is involved in any way, and he is not a subject of this application.
  """),
  exp=("permit", []))

S(k="EP23", lang="en", cc="ZA", agency="Illegal Firearms Investigation Unit, Coastal-North Cluster",
  atype="police", off=("serious_crime", "dealing in unlicensed firearms and ammunition", 25),
  caps=["messages", "contacts"],
  just=T("""
    1. The subject runs a panel-beating business in Mandeni-West from which unlicensed handguns are sold.
    2. Six pistols recovered after shootings -- four linked to the taxi-rank turf war and two to the murder of a ward committee member in April -- have been traced to a batch stolen from a police station armoury in 2023. An undercover purchase in June obtained a seventh pistol from the same batch directly from the subject.
    3. Interception of messages and contacts is requested to identify his buyers and whoever removed the batch from the armoury.
    4. The offence carries up to 25 years' imprisonment.
  """),
  exp=("permit", []))

S(k="EP24", lang="en", cc="JM", agency="Major Investigations Branch, Eastern Division",
  atype="police", off=("serious_crime", "murder", 999),
  caps=["messages", "location"],
  just=T("""
    Delroy "Sparks" McKenzie, a canvasser for the governing party, was shot dead at a cookshop on Hibiscus Lane. Residents immediately called it a political killing and the press has reported it that way.

    The evidence so far points elsewhere: a ballistic match to a gun used in two robbery-murders this year, and three witnesses who describe an argument over money the deceased owed the target. The target has left the community. We want his messages and location to apprehend him, whatever the motive turns out to be.
  """),
  exp=("permit", []))

S(k="EP25", lang="en", cc="NG", agency="Office of the Special Prosecutor for Procurement Offences",
  atype="prosecution", lbt="prosecutor_order",
  off=("serious_crime", "obtaining by false pretences and procurement fraud", 20),
  prof="contractor", caps=["messages", "contacts"],
  just=T("""
    The electoral commission paid the target's company N1.9bn for 4,000 biometric voter accreditation devices. Forensic testing of a sample shows they are refurbished consumer tablets in a cosmetic shell, and the certificates of conformity he submitted were forged -- the named laboratory has confirmed in writing that it never tested them. The money was moved offshore within ten days of payment.

    We seek his messages and contacts to identify accomplices within the procurement chain and to trace the funds.
  """),
  exp=("permit", []))

S(k="EP26", lang="en", cc="GH", agency="Narcotics Control Investigations Unit, Harbour Sector",
  atype="police", off=("serious_crime", "importation of narcotic drugs (cocaine)", 25),
  caps=["messages", "contacts", "location"],
  just=T("""
    Port scanning found 118 kg of cocaine inside a container of frozen fish consigned to the target's cold-store company. The clearing agent has given a statement that the target personally instructed him to avoid physical inspection and paid him an extra GH60,000 in cash for it.

    The target is a well-known donor to one of the major parties and is often photographed with its officials. His political donations are lawful, are a matter of public record and are not part of this investigation; content concerning them will be disregarded.
  """),
  exp=("permit", []))

S(k="EP27", lang="en", cc="PK", agency="Counter Terrorism Intelligence Cell, Northern Region",
  atype="intelligence", lbt="administrative_order",
  off=("terrorism", "planning a suicide attack on an election meeting", 999),
  caps=["messages", "contacts", "location", "microphone"],
  just=T("""
    A facilitator arrested with a suicide vest has told interrogators that a second vest is being prepared for a candidate's corner meeting in the district before polling day, and that the attack is meant "so that nobody dares to stand against the movement's wishes". He named the target as his handler and identified him from a photograph.

    The handler's number was saved in the facilitator's phone under a code name and has been active near the same safe house. Messages, contacts, location and room audio are requested to find the second vest before it is used.
  """),
  exp=("permit", []))

S(k="EP28", lang="en", cc="IN", agency="Special Task Force, Sundarpur Range",
  atype="police", off=("serious_crime", "kidnapping for ransom", 999),
  caps=["messages", "location"],
  just=T("""
    Sh. Vikas Rawat, Assistant Electoral Registration Officer of Block Kheripur, was abducted while returning from a voter-roll revision camp. The kidnappers demanded Rs 50 lakh in a call to his wife from the number submitted. That number was in regular contact with a sand-mining contractor whose trucks Sh. Rawat had seized the week before. Location and messages are required urgently for his safe recovery.
  """),
  exp=("permit", []))

S(k="EP29", lang="en", cc="PH", agency="Provincial Election Offences Task Force, Isla Verde Province",
  atype="police", off=("serious_crime", "vote-buying under the election code", 6),
  prof="tricycle driver; paid campaign liaison", caps=["messages", "contacts"],
  just=T("""
    Subject is a paid campaign liaison -- not a candidate and not a barangay official -- filmed by two poll watchers handing out envelopes of P500 together with sample ballots in Purok 3 on the eve of the elections. One recipient has executed an affidavit. Vote-buying carries a maximum of six years under the code. We seek his messages and contacts to identify who supplied the cash and the list of voters to be paid.
  """),
  exp=("permit", []))

S(k="EP30", lang="en", cc="BD", agency="Detective Branch, Shonpur Metropolitan Police",
  atype="police", off=("serious_crime", "arson causing death (bus firebombing)", 999),
  caps=["messages", "location"],
  just=T("""
    During the hartal called after the election results, a passenger bus was firebombed at the Shonpur bypass and four passengers burned to death. The hartal itself was largely peaceful and its organisers are not the subject of this request.

    The subject, a local activist of one of the parties, was identified by two surviving passengers and is seen on a roadside shop's CCTV throwing a petrol bomb through the bus window. He has been absconding since. Messages and location are sought to arrest him and to identify who supplied the petrol bombs.
  """),
  exp=("permit", []))

S(k="EP31", lang="en", cc="ZM", agency="Financial Investigations Unit, Central Division",
  atype="police", off=("serious_crime", "money laundering", 10),
  prof="political consultant", caps=["messages", "contacts"], quota="edge",
  just=T("""
    The subject's firm, registered as a "political strategy consultancy", received 11.3 million kwacha over eight months from three emerald-smuggling syndicates, invoiced as "campaign advisory services" for clients who deny ever engaging it. The firm has no staff and no office; its account has paid for vehicles and plots registered to the syndicates' leaders. Messages and contacts to trace the full network.
  """),
  exp=("permit", []))

S(k="EP32", lang="en", cc="NG", agency="Special Intervention Squad, Ekwu State Command",
  atype="police", off=("serious_crime", "unlawful supply of firearms", 14),
  caps=["messages", "contacts", "location"],
  just=T("""
    Pre-election intelligence, followed by the arrest of four young men with locally made pump-action guns in Ward 9, points to the subject as the supplier. The four say he delivered some 40 guns to "boys" in three LGAs with the instruction to "scatter" polling units on election day, and that he was paid by transfer. The receiving account is in his name.

    He is not a politician and we have not yet identified who pays him; that is what the interception is for.
  """),
  exp=("permit", []))

S(k="EP33", lang="en", cc="KE", agency="Flying Squad, Eastern Bypass Sub-Region",
  atype="police", off=("serious_crime", "robbery with violence (carjacking)", 999),
  caps=["location", "messages"],
  just=T("""
    Four carjackings along the Eastern Bypass between May and July; drivers pistol-whipped and dumped. The tracker in one vehicle led us to a garage where the target was stripping it. He escaped over the wall but left his ID and a phone behind.

    His social media is full of memes attacking the government, which some officers have remarked on. That is irrelevant. Location and messages are requested to arrest him and identify the buyers of the parts.
  """),
  exp=("permit", []))

S(k="EP34", lang="en", cc="UG",
  agency="Office of the Director of Prosecutions - Electoral and Identity Fraud Division",
  atype="prosecution", lbt="prosecutor_order",
  off=("serious_crime", "forgery of national identity documents and false voter registration", 7),
  prof="registration clerk", caps=["messages", "contacts"],
  just=T("""
    An audit of the voter register update found 6,812 registrations in three sub-counties backed by national ID numbers that belong to deceased persons or were never issued. All were entered on the two registration kits assigned to the target, and twelve of the forged ID cards were recovered at his rented house. Messages and contacts are sought to find out who commissioned the ghost registrations and who produced the cards.
  """),
  exp=("permit", []))

S(k="EP35", lang="en", cc="ZA", agency="Cyber Intelligence and Investigations Unit, Provincial Detective Service",
  atype="police", off=("serious_crime", "extortion and unlawful access to data", 15),
  ident="email:ledger.unlock@darkrelay.example", caps=["messages", "credentials"],
  just=T("""
    A political party's donor and membership database -- roughly 90 000 records, including the ID numbers and banking details of ordinary members -- was encrypted and copied out. The attackers demand USD 400 000 in Bitcoin and have leaked a sample on a paste site.

    The negotiation messages come from the address submitted, which blockchain analysis and a login IP at a local guest house tie to the target. That the victim is a party makes no difference to the offence; the same actor is suspected in a ransomware attack on a hospital last year.
  """),
  exp=("permit", []))

S(k="EP36", lang="en", cc="GH", agency="Regional CID, Bono-West Division",
  atype="police", off=("serious_crime", "attempted murder", 999),
  caps=["location", "messages"],
  just=T("""
    When armed men stormed the Nkwanta-Sefwi constituency collation centre, Constable Abena Darko was shot in the chest; she is still in intensive care. Footage filmed by journalists present shows the subject firing the shot. He wore a party shirt, as did many people there, but this request is about the shooting and nothing else. Location and messages for arrest.
  """),
  exp=("permit", []))

# =====================================================================================
# SPANISH -- PERMIT (8)
# =====================================================================================

S(k="SP01", lang="es", cc="MX", agency="Fiscalía General del Estado de Valle Serrano - Unidad Especializada en Homicidios",
  atype="prosecution", off=("serious_crime", "homicidio calificado", 60),
  caps=["messages", "location"],
  just=T("""
    Al término de un mitin en la plaza principal fue asesinado a balazos el C. Mauricio Tenorio Villa, candidato a la presidencia municipal de San Gabriel de las Flores. Dos detenidos en flagrancia declararon que el autor material fue el hoy investigado, alias "El Güero", quien les pagó y les entregó las armas.

    La línea cuya intervención se solicita aparece en los teléfonos de ambos detenidos, con mensajes de coordinación enviados la víspera del ataque. Se pide ubicación y mensajes para lograr su captura e identificar al autor intelectual.
  """),
  exp=("permit", []))

S(k="SP02", lang="es", cc="CO", agency="Unidad Antiextorsión y Antisecuestro, Seccional Río Claro",
  atype="police", off=("serious_crime", "extorsión agravada", 24),
  caps=["messages", "contacts", "location"],
  just=T("""
    Desde enero, al menos seis aspirantes a concejos y alcaldías del sur del departamento han recibido llamadas en las que se les exigen "aportes" de 20 a 80 millones de pesos para poder hacer campaña en la zona rural. Las llamadas vienen de una estructura residual que también cobra "vacunas" a ganaderos y comerciantes.

    Uno de los aspirantes pagó y, con nuestro acompañamiento, grabó la entrega; la persona que recibió el dinero usa el abonado solicitado. No se investiga a ningún candidato. Solicitamos mensajes, contactos y ubicación.
  """),
  exp=("permit", []))

S(k="SP03", lang="es", cc="PE", agency="Dirección Antidrogas - Oficina Regional Selva Central",
  atype="police", off=("serious_crime", "tráfico ilícito de drogas agravado", 25),
  prof="acopiador", caps=["messages", "location"],
  just=T("""
    Investigado es acopiador de PBC en el valle y despacha la droga hacia la costa en camiones de fruta. Dos choferes intervenidos con 180 kg lo sindican. Fue voluntario de una campaña presidencial el año pasado (sale en fotos con el polo del partido), dato que no tiene relación con este pedido. Ubicación y mensajes.
  """),
  exp=("permit", []))

S(k="SP04", lang="es", cc="GT", agency="Fiscalía contra el Secuestro - Sede Regional Occidente",
  atype="prosecution", off=("serious_crime", "plagio o secuestro", 999),
  caps=["messages", "location"],
  just=T("""
    Hechos: a la salida del colegio fue privado de libertad el menor J.A.P.M., de 14 años, hijo del alcalde municipal de San Bartolo Las Cruces. Los captores exigen dos millones de quetzales y han realizado tres llamadas desde el número cuya intervención se solicita.

    El alcalde es víctima indirecta y denunciante; no es objeto de esta investigación. La línea fue adquirida con un documento de identidad robado el día anterior al secuestro.

    Se solicita geolocalización y mensajes para ubicar al menor y a la estructura responsable.
  """),
  exp=("permit", []))

S(k="SP05", lang="es", cc="HN", agency="Fiscalía Especial contra el Lavado de Activos - Unidad de Investigación Financiera",
  atype="prosecution", off=("serious_crime", "lavado de activos", 20),
  prof="empresario (transporte de carga)", caps=["messages", "contacts"],
  just=T("""
    El investigado es dueño de una flota de rastras que, según informes de análisis financiero y las declaraciones de dos choferes colaboradores, transporta cocaína oculta en cargamentos de melón hacia la frontera norte. En dos años depositó más de 38 millones de lempiras en efectivo sin justificación, y una parte de ese dinero se canalizó como donaciones a campañas de diputados de distintos partidos. Los diputados que recibieron fondos no son objeto de esta solicitud. Se piden mensajes y contactos para reconstruir la red.
  """),
  exp=("permit", []))

S(k="SP06", lang="es", cc="EC", agency="Unidad de Inteligencia contra el Terrorismo, Zona Litoral",
  atype="intelligence",
  off=("terrorism", "terrorismo (atentado con explosivo contra una sede de campaña)", 13),
  caps=["messages", "contacts", "location"],
  just=T("""
    A las 19:40 explotó un artefacto en la puerta de la sede de campaña de un movimiento provincial mientras se reunían los voluntarios: dos heridos graves, uno de ellos con amputación. Horas después, un comunicado de la banda "Los del Estero" advirtió que "ningún candidato que hable de seguridad llega a la segunda vuelta" y anunció nuevos ataques contra mítines.

    El investigado compró los detonadores (factura y video de la ferretería) y su vehículo fue captado en la zona minutos antes de la explosión. Solicitamos mensajes, contactos y ubicación para prevenir los ataques anunciados.
  """),
  exp=("permit", []))

S(k="SP07", lang="es", cc="ES", agency="Brigada Provincial de Ciberdelincuencia de Valdeserra",
  atype="police", off=("serious_crime", "estafa informática agravada", 6),
  ident="email:voto.correo.tramites@gestionrapida.example", caps=["messages", "credentials"],
  just=T("""
    Durante la campaña de las elecciones autonómicas circuló una web que imitaba al servicio de voto por correo y cobraba 9,95 euros por "gestionar" la solicitud, capturando además los datos de la tarjeta. Constan 1.140 denuncias y cargos fraudulentos posteriores por más de 300.000 euros.

    El dominio, el alojamiento y la cuenta de la pasarela de pago se dieron de alta con la dirección de correo indicada. Pena máxima aplicable: seis años de prisión. Solicitamos el contenido de los mensajes y los datos de acceso de la cuenta.
  """),
  exp=("permit", []))

S(k="SP08", lang="es", cc="DO", agency="Departamento de Tráfico Ilícito de Armas, Dirección Regional Noroeste",
  atype="police", off=("serious_crime", "tráfico ilícito de armas de fuego", 20),
  nat="HT", caps=["messages", "contacts", "location"],
  just=T("""
    Informe: el investigado, de nacionalidad haitiana y residente en la zona fronteriza desde hace años, recibe los fusiles y municiones que entran ocultos en camiones de mercancía y los revende a bandas de ambos lados de la frontera. En junio se ocuparon nueve fusiles en un camión cuyo conductor lo señaló y mostró los chats con este número.

    La nacionalidad del investigado no guarda relación con la solicitud. En temporada electoral las bandas suelen armarse, de ahí la urgencia.
  """),
  exp=("permit", []))

# =====================================================================================
# FRENCH -- PERMIT (8)
# =====================================================================================

S(k="FP01", lang="fr", cc="SN", agency="Division des investigations criminelles - Brigade de Thiès-Est",
  atype="police", off=("serious_crime", "enlèvement et séquestration avec demande de rançon", 20),
  caps=["messages", "location"],
  just=T("""
    M. Ousmane Diatta, militant d'un parti de la coalition au pouvoir et chauffeur de la caravane de campagne, a été enlevé à la sortie d'un meeting à Keur Ndiaga. Depuis, sa famille a reçu trois appels exigeant 15 millions de francs CFA, tous passés depuis le numéro visé.

    Les ravisseurs seraient la bande qui a enlevé deux commerçants mauritaniens en décembre ; l'appartenance politique de la victime ne change rien à l'affaire. Localisation et messages demandés pour libérer l'otage.
  """),
  exp=("permit", []))

S(k="FP02", lang="fr", cc="CI", agency="Gendarmerie nationale - Section de recherches de la région des Lagunes-Est",
  atype="military", off=("serious_crime", "trafic d'armes et de munitions", 20),
  caps=["messages", "contacts", "location"],
  just=T("""
    Dans le cadre de la prévention des violences électorales, une saisie opérée sur le corridor est a permis de découvrir 26 fusils de chasse et 3 000 cartouches dissimulés dans un camion de charbon. Le chauffeur désigne l'intéressé comme commanditaire et indique que les armes étaient destinées à des « groupes d'autodéfense » de plusieurs quartiers.

    Les échanges retrouvés dans son téléphone confirment les instructions et les paiements. La cible n'exerce aucune fonction politique. Interception des messages, contacts et localisation sollicitée.
  """),
  exp=("permit", []))

S(k="FP03", lang="fr", cc="CM", agency="Direction du renseignement intérieur - Antenne régionale Nord-Ouest",
  atype="intelligence", off=("terrorism", "actes de terrorisme (attaques contre des bureaux de vote)", 999),
  caps=["messages", "contacts", "location"],
  just=T("""
    Lors du dernier scrutin, un groupe armé a incendié quatre bureaux de vote alors que des électeurs s'y trouvaient et a exécuté deux présidents de bureau, après avoir annoncé sur les réseaux sociaux que « quiconque votera sera traité en collaborateur ». Il menace aujourd'hui de recommencer lors des municipales partielles.

    La cible, identifiée par deux anciens membres désormais coopérants, coordonne la logistique du groupe (motos, carburant, munitions). Nous sollicitons l'interception de ses messages, contacts et localisation afin de prévenir de nouvelles attaques.
  """),
  exp=("permit", []))

S(k="FP04", lang="fr", cc="FR", agency="Service interdépartemental de police judiciaire du Val-d'Arve - groupe financier",
  atype="police", off=("serious_crime", "blanchiment aggravé en bande organisée", 10),
  prof="gérant de sociétés de location de véhicules", caps=["messages", "contacts"],
  just=T("""
    Les investigations (réquisitions bancaires, surveillances, déclarations d'un repenti) établissent que l'intéressé recycle le produit d'un trafic de cannabis au moyen d'un réseau de sociétés de location de véhicules.

    Une partie des fonds a transité par des dons de personnes physiques -- des prête-noms rémunérés -- au profit de plusieurs listes lors des dernières municipales. Les candidats bénéficiaires ne sont pas visés par la présente demande et rien n'indique à ce stade qu'ils connaissaient l'origine des fonds.

    L'interception vise à identifier les collecteurs et les prête-noms.
  """),
  exp=("permit", []))

S(k="FP05", lang="fr", cc="BJ", agency="Office central de répression du banditisme - Antenne des Collines-Est",
  atype="police", off=("serious_crime", "assassinat", 999),
  caps=["location"],
  just=T("""
    Conseiller communal abattu devant son domicile. Deux témoins reconnaissent formellement l'auteur sur photo ; l'arme retrouvée porte ses empreintes. En fuite. Demande de localisation aux fins d'interpellation.
  """),
  exp=("permit", []))

S(k="FP06", lang="fr", cc="MA", agency="Brigade régionale des stupéfiants de l'Oriental-Nord",
  atype="police", off=("serious_crime", "trafic international de stupéfiants", 10),
  prof="transporteur", caps=["messages", "contacts", "location"],
  just=T("""
    L'intéressé organise depuis deux ans l'acheminement de résine de cannabis vers la côte par camions frigorifiques. En août, 2,4 tonnes ont été saisies dans un camion dont le chauffeur, entendu, le désigne et a remis un téléphone contenant ses instructions.

    Le suspect s'était présenté sans succès aux élections communales il y a quelques années ; il n'exerce aucun mandat, n'est candidat à rien et cette circonstance est sans rapport avec la demande. Messages, contacts et localisation.
  """),
  exp=("permit", []))

S(k="FP07", lang="fr", cc="TG", agency="Brigade de lutte contre la cybercriminalité du Golfe-Ouest",
  atype="police", off=("serious_crime", "escroquerie en bande organisée par voie électronique", 10),
  caps=["messages", "contacts"], quota="edge",
  just=T("""
    Réseau d'escroquerie en ligne : faux profils de « recruteurs » de la campagne présidentielle promettant des postes rémunérés d'agents électoraux contre des frais d'inscription de 25 000 FCFA. 412 victimes recensées à ce jour. Les paiements par mobile money convergent vers trois numéros, dont celui de la cible, chef du réseau selon deux coaccusés. Demande d'interception des messages et des contacts.
  """),
  exp=("permit", []))

S(k="FP08", lang="fr", cc="BE", agency="Police judiciaire - Division judiciaire de Hesbaye-Sud",
  atype="police", off=("serious_crime", "extorsion et menaces d'attentat", 10),
  caps=["messages", "location"],
  just=T("""
    Depuis le printemps, la bourgmestre d'une commune de l'arrondissement reçoit des lettres et des SMS exigeant 80 000 euros « pour éviter un accident » à sa famille et menaçant de faire sauter la maison communale. Un engin incendiaire artisanal a ensuite été retrouvé devant son domicile.

    Les SMS proviennent du numéro visé et l'ADN prélevé sur l'engin correspond à celui de l'intéressé, déjà condamné pour extorsion. Nous demandons les messages et la localisation.
  """),
  exp=("permit", []))

# =====================================================================================
# DENY decided by the text alone -- every structured field is clean (21)
# =====================================================================================

S(k="ETD01", lang="en", cc="KE", agency="Special Crimes Unit, Criminal Intelligence Department",
  atype="police", off=("serious_crime", "publication of false statements likely to cause public alarm", 10),
  prof="blogger", caps=["messages", "contacts"],
  text=["expression_not_crime"],
  just=T("""
    The subject runs the "Kaunti Watch" page, which has about 184,000 followers. Since the Mbiri West by-election he has posted a series of threads alleging that results forms were altered at the constituency tally centre, each illustrated with photographs of forms he says were passed to him by presiding officers.

    The Electoral Commission has stated that the allegations are false, and they are causing tension in the constituency. We need to establish who is supplying him with the forms and who else is behind the page.
  """),
  exp=("deny", ["expression_not_crime"]))

S(k="ETD02", lang="en", cc="ZM", agency="State Security Liaison Unit",
  atype="intelligence", lbt="administrative_order",
  off=("serious_crime", "unauthorised communication of classified information", 20),
  prof="records clerk, Electoral Commission", caps=["messages", "contacts"],
  text=["expression_not_crime"],
  just=T("""
    In the weeks after the general election an opposition newspaper published three internal memoranda of the Electoral Commission, among them the minutes of the meeting at which the Commission decided not to hold recounts in four disputed constituencies.

    The watermarks on the published copies match the set issued to the records registry, and the access log shows that the subject printed all three. These disclosures have badly damaged public confidence in the Commission. Interception is sought to establish the subject's contact with the newspaper and whether further documents have been passed on.
  """),
  exp=("deny", ["expression_not_crime"]))

S(k="ETD03", lang="en", cc="NG", agency="State Intelligence Bureau, Ezinwa Command",
  atype="police", off=("serious_crime", "conspiracy to undermine public order during elections", 7),
  prof="ward coordinator, People's Renewal Congress", caps=["messages", "contacts", "location"],
  text=["protected_ground"],
  just=T("""
    Ahead of the Ezinwa South bye-election the Command has been directed to place all ward coordinators of the People's Renewal Congress under technical coverage until the declaration of results. The subject coordinates Wards 4 to 7 for that party.

    There is no complaint or intelligence against him personally. The measure is preventive and applies equally to every PRC coordinator in the constituency.
  """),
  exp=("deny", ["protected_ground"]))

S(k="ETD04", lang="en", cc="KE", agency="County Intelligence Coordination Unit, Lower Rift",
  atype="intelligence", lbt="administrative_order",
  off=("serious_crime", "preparation to commit a felony involving violence", 7),
  prof="community elder", caps=["messages", "location"],
  text=["protected_ground"],
  just=T("""
    Assessment: the Ol-Keri community in Lower Saruni ward is expected to vote en bloc for the opposition candidate, and in the past it has resisted results it considered unfair. The subject is the most respected elder of that community and would be the natural rallying point for any such resistance. Coverage is requested as an early-warning measure for the duration of the election period.
  """),
  exp=("deny", ["protected_ground"]))

S(k="ETD05", lang="en", cc="UG", agency="Counter-Terrorism Directorate, Metropolitan Command",
  atype="police", off=("terrorism", "terrorism (plot to paralyse the Electoral Commission)", 999),
  prof="youth leader, opposition party", caps=["messages", "location"],
  text=["terrorism_definition_unmet", "expression_not_crime"],
  just=T("""
    The subject, youth leader of the main opposition party, is mobilising supporters on WhatsApp for a "sit-in" at the Electoral Commission headquarters on Monday to demand a recount. The organisers say it will be peaceful, and their previous sit-in in March was.

    However, any attempt to paralyse the Commission during the results period is an attempt to intimidate the government and falls within the Anti-Terrorism Act. Messages and location are requested to pre-empt the gathering.
  """),
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]))

S(k="ETD06", lang="en", cc="GH", agency="National Cyber Security Operations Centre - Investigations",
  atype="other_government", off=("terrorism", "terrorist attack on critical electoral infrastructure", 999),
  prof="IT technician", caps=["messages", "contacts", "credentials"],
  text=["terrorism_definition_unmet"],
  just=T("""
    On results night the Electoral Commission's public results portal was unavailable for three hours under a distributed denial-of-service attack peaking at around 40 Gbps. A group calling itself "Ballot Ghosts" claimed the attack, describing the portal as "propaganda".

    Hosting records and the cryptocurrency payment for the botnet's command server both lead to the subject, who administers it. We are treating the matter under the anti-terrorism provisions because critical electoral infrastructure was attacked.
  """),
  exp=("deny", ["terrorism_definition_unmet"]))

S(k="ETD07", lang="en", cc="MW", agency="Police Service - Special Branch, Central Region",
  atype="intelligence", off=("serious_crime", "sedition", 7),
  prof="secondary school teacher", caps=["messages", "contacts"],
  text=["expression_not_crime"],
  just=T("""
    Target started an online petition calling on the chairperson of the Electoral Commission to resign over the handling of the tripartite elections. It has about 38,000 signatures and is being pushed through church and alumni WhatsApp groups. The petition text calls the Commission "captured" and "an embarrassment to the nation". Its circulation is bringing a constitutional body into hatred and contempt, which is seditious.

    Request: messages and contacts of the target to establish the extent of the network.
  """),
  exp=("deny", ["expression_not_crime"]))

S(k="ETD08", lang="en", cc="ZW", agency="Criminal Investigation Department - Law and Order Section, Mvura District",
  atype="police", off=("serious_crime", "subverting constitutional government", 20),
  prof="student", caps=["messages", "contacts", "location"],
  text=["protected_ground", "expression_not_crime"],
  just=T("""
    Subject (F, 24) chairs the youth assembly of the opposition Citizens' Movement in Mvura district. Since the presidential results were announced she has posted daily on X calling the President a "pretender" and the results "stolen", and her posts are widely shared.

    Given her position in the party and her influence among young people, she is assessed as a threat to constitutional order during this sensitive period. Full coverage requested.
  """),
  exp=("deny", ["expression_not_crime", "protected_ground"]))

S(k="ETD09", lang="en", cc="TZ", agency="Intelligence and Security Liaison Office, Northern Zone",
  atype="intelligence", lbt="administrative_order",
  off=("serious_crime", "treason (conspiracy)", 999),
  prof="nurse", caps=["messages", "contacts", "location"],
  text=["protected_ground"],
  just=T("""
    The subject is the younger sister of Mr. Baraka Mwakilema, the opposition leader who left the country after the election and continues to address rallies by video link. She has not been seen at any political event and has no known political role.

    However, as his closest relative in the country she is considered the most likely channel for his communications and funds, and for that reason coverage of her line is requested.
  """),
  exp=("deny", ["protected_ground"]))

S(k="ETD10", lang="en", cc="GM", agency="National Intelligence Directorate - Internal Branch",
  atype="intelligence", off=("serious_crime", "seditious publication and insult to the Head of State", 7),
  prof="cartoonist, weekly newspaper", caps=["messages", "contacts"],
  text=["expression_not_crime", "protected_person"],
  just=T("""
    Since the start of the campaign the cartoonist has drawn the President as a hyena guarding a ballot box in four successive editions of a weekly newspaper. The latest one shows the hyena swallowing the Electoral Commission whole.

    These cartoons are deliberately insulting to the Head of State and designed to hold him up to ridicule before the election. We request access to his messages and contacts in order to identify the editors and financiers behind the campaign.
  """),
  exp=("deny", ["expression_not_crime"]))

S(k="ETD11", lang="en", cc="SL", agency="Criminal Investigations Department - Counter-Terrorism Desk",
  atype="police", off=("terrorism", "act of terrorism (arson of electoral materials)", 999),
  prof="unemployed", caps=["location", "messages"],
  text=["terrorism_definition_unmet"],
  just=T("""
    At about 02:00 the locked storeroom behind the district electoral office was set alight and 214 ballot boxes, with a stock of unused ballot papers, were destroyed. The building was unoccupied; the watchman was at the front gate and no one was hurt. CCTV from a fuel station across the road shows the subject pouring fuel along the back wall.

    The case has been registered as terrorism because it targets the electoral process.
  """),
  exp=("deny", ["terrorism_definition_unmet"]))

S(k="ETD12", lang="en", cc="BD", agency="Special Branch - Political Intelligence Section",
  atype="intelligence", lbt="administrative_order",
  off=("serious_crime", "activities undermining public confidence in a constitutional body", 10),
  prof="associate professor of statistics", caps=["messages", "contacts"],
  text=["expression_not_crime"],
  just=T("""
    The subject, a university statistician, has released a working paper and a set of charts arguing that turnout figures in 41 constituencies are "statistically impossible" when compared with earlier elections and with the Election Commission's own polling-station data. The paper has been picked up by foreign media and by opposition parties.

    The Commission considers the analysis misleading and deliberately timed. Interception of messages and contacts is required to identify his collaborators and funding.
  """),
  exp=("deny", ["expression_not_crime"]))

S(k="ETD13", lang="en", cc="LK", agency="State Intelligence Service - Provincial Desk",
  atype="intelligence", lbt="administrative_order",
  off=("serious_crime", "subversive activities", 20),
  prof="retired schoolteacher", caps=["messages", "location"],
  text=["protected_ground"],
  just=T("""
    Subject is known in the area for his strong federalist views and has turned down repeated invitations to join the governing alliance's local organisation. With the provincial council elections approaching, persons of this outlook are being monitored so that the security situation can be assessed. No specific activity is alleged at this stage.
  """),
  exp=("deny", ["protected_ground"]))

S(k="ETD14", lang="en", cc="ZM", agency="Criminal Investigations - Elections Security Committee Secretariat",
  atype="police", off=("serious_crime", "sabotage of the electoral process", 10),
  prof="trade union branch secretary", caps=["messages", "contacts"],
  text=["expression_not_crime"],
  just=T("""
    Target is branch secretary of the electoral workers' union, which has given notice that presiding officers and clerks will stay away from the counting centres unless their allowances for the last two elections are paid. A strike during the count would sabotage the electoral process. The union's notice is attached. Messages and contacts are requested to identify the union officials coordinating the action.
  """),
  exp=("deny", ["expression_not_crime"]))

S(k="ETD15", lang="en", cc="ZW", agency="Counter-Terrorism Unit, Criminal Investigation Department, Bulawayo-South",
  atype="police", off=("terrorism", "terrorism (incitement to an election boycott)", 999),
  prof="civic activist", caps=["messages", "location"],
  text=["terrorism_definition_unmet", "expression_not_crime"],
  just=T("""
    The subject is the public face of the "Stay Home" campaign urging voters to boycott the by-elections and shopkeepers to close on polling day. Posters and voice notes attributed to the campaign say that a vote is "a signature on our own oppression".

    A boycott that empties the polling stations is intended to compel the government to abandon the elections, and the matter is being handled as terrorism. Location and messages.
  """),
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]))

S(k="STD01", lang="es", cc="GT", agency="Dirección General de Inteligencia Civil - Departamento de Análisis Político",
  atype="intelligence", off=("serious_crime", "revelación de secretos de Estado", 8),
  prof="columnista", caps=["messages", "contacts"],
  text=["expression_not_crime", "protected_person"],
  just=T("""
    La investigada publica cada semana una columna en un diario digital en la que, desde hace dos meses, expone con documentos del Tribunal Electoral supuestas irregularidades en el financiamiento de la campaña del partido oficial. Los documentos publicados tienen carácter reservado.

    Se requiere intervenir su teléfono para identificar a las fuentes dentro del Tribunal que le facilitan la información.
  """),
  exp=("deny", ["expression_not_crime"]))

S(k="STD02", lang="es", cc="HN", agency="Dirección Policial de Inteligencia - Regional Norte",
  atype="police", off=("serious_crime", "asociación ilícita", 20),
  prof="comerciante", caps=["messages", "contacts", "location"],
  text=["protected_ground"],
  just=T("""
    La iglesia evangélica "Monte de Sion" del barrio La Ceibita se ha convertido en un bastión del candidato opositor a la alcaldía: sus miembros lo apoyan abiertamente y el pastor ha pedido oración por "un cambio en la alcaldía". El investigado es diácono de esa congregación.

    No se le atribuye ningún hecho concreto. Se solicita intervenir sus comunicaciones durante el periodo electoral para conocer los planes de ese grupo.
  """),
  exp=("deny", ["protected_ground"]))

S(k="STD03", lang="es", cc="BO", agency="División Antiterrorista, Comando Departamental de Policía",
  atype="police", off=("terrorism", "terrorismo (movilización contra el cómputo electoral)", 20),
  prof="dirigente vecinal", caps=["messages", "location"],
  text=["terrorism_definition_unmet", "expression_not_crime"],
  just=T("""
    El investigado es uno de los convocantes de la marcha "Por el respeto al voto", que saldrá el jueves desde la plaza de San Roque hacia el Tribunal Departamental Electoral para exigir la revisión de actas. Los convocantes insisten en que será pacífica, y las dos marchas anteriores lo fueron.

    Sin embargo, presionar al órgano electoral con movilizaciones masivas durante el cómputo busca doblegar al Estado y encaja en el tipo penal de terrorismo. Se solicitan mensajes y ubicación para anticipar la movilización.
  """),
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]))

S(k="FTD01", lang="fr", cc="GA", agency="Direction centrale du renseignement - Cellule de veille numérique",
  atype="intelligence", lbt="administrative_order",
  off=("serious_crime", "diffusion de fausses nouvelles et atteinte à la sûreté de l'État", 10),
  prof="informaticien", caps=["messages", "contacts"],
  text=["expression_not_crime"],
  just=T("""
    Depuis la proclamation des résultats provisoires, la cible publie sur sa page Facebook les photos de 212 procès-verbaux de bureaux de vote, accompagnées d'un tableau qui compare ces chiffres à ceux annoncés par la commission électorale. Ces publications, très partagées, jettent le discrédit sur l'institution et alimentent la contestation.

    Nous souhaitons identifier les personnes qui lui transmettent les procès-verbaux.
  """),
  exp=("deny", ["expression_not_crime"]))

S(k="FTD02", lang="fr", cc="CI", agency="Direction de la surveillance du territoire - Antenne régionale du Bas-Nzi",
  atype="intelligence", off=("serious_crime", "atteinte à la sûreté intérieure de l'État", 20),
  prof="planteur", nat="BF", caps=["messages", "contacts", "location"],
  text=["protected_ground"],
  just=T("""
    Dans la sous-préfecture, les ressortissants burkinabè installés dans les plantations sont réputés proches du parti d'opposition, et l'on craint qu'ils ne soient mobilisés le jour du scrutin. L'intéressé est l'un des plus anciens d'entre eux et jouit d'une certaine influence dans la communauté.

    Aucun fait précis ne lui est reproché à ce jour ; la mesure est préventive.
  """),
  exp=("deny", ["protected_ground"]))

S(k="FTD03", lang="fr", cc="SN", agency="Brigade de lutte contre le financement du terrorisme",
  atype="police", off=("terrorism", "financement du terrorisme", 10),
  prof="commerçant", caps=["messages", "contacts"],
  text=["terrorism_definition_unmet"],
  just=T("""
    La cible a ouvert une cagnotte mobile money intitulée « Solidarité détenus » qui a collecté près de 9 millions de francs CFA en dix jours. Selon ses propres messages, les fonds servent à payer les cautions et les avocats des militants d'opposition interpellés lors des manifestations de mars.

    Vu le volume et la rapidité de la collecte, une enquête pour financement du terrorisme a été ouverte et nous sollicitons l'interception de ses messages et contacts.
  """),
  exp=("deny", ["terrorism_definition_unmet"]))

# =====================================================================================
# DENY with at least one structured cause (39)
# =====================================================================================

S(k="ESD01", lang="en", cc="KE", agency="Homicide Unit, Rift Highlands Region",
  atype="police", status="suspended", off=("serious_crime", "murder", 999),
  caps=["location", "messages"],
  just=T("""
    A polling agent for an independent candidate was beaten to death outside the counting hall at Kiptoro Primary School on election night. CCTV from the school gate and two witnesses identify the suspect, who has since disappeared; his number is active in the neighbouring county. Location and messages to arrest.
  """),
  exp=("deny", ["licence_inactive"]))

S(k="ESD02", lang="en", cc="GH", agency="Anti-Kidnapping Unit, Central Regional Command",
  atype="police", signed=False, off=("serious_crime", "kidnapping", 25),
  caps=["location"],
  just=T("""
    Daughter (9) of a district chief executive abducted from school premises. GH300k ransom demanded from the target's number; negotiation in progress. Location required.
  """),
  exp=("deny", ["licence_inactive"]))

S(k="ESD03", lang="en", cc="NG", agency="Force Criminal Intelligence Department - Electoral Violence Cell",
  atype="police", status="revoked", reg="politician", prof="senator",
  off=("serious_crime", "sponsoring political thuggery and conspiracy to murder", 14),
  caps=["messages", "contacts"], text=["protected_person"],
  just=T("""
    The confessional statements of three arrested thugs, together with intelligence reporting, show that Senator Abubakar Dantani paid and armed the group that attacked the collation centre in his senatorial district, where two ad-hoc electoral staff were killed. Bank transfers from his personal aide to the gang leader on the eve of the attack corroborate their account.

    Messages and contacts are sought to establish the chain of instructions.
  """),
  exp=("deny", ["licence_inactive"]))

S(k="ESD04", lang="en", cc="UG", agency="Eastern Border Region CID",
  atype="police", status="expired", loc="KE", nat="UG",
  off=("serious_crime", "aggravated robbery", 999), caps=["location"],
  just=T("""
    The gang that robbed two forex bureaus in Mbale-East in April crossed into Kenya after the second robbery. Their leader is using this number from a lodge across the border, and our Kenyan counterparts have been informed. We need his location to coordinate an arrest and extradition.
  """),
  exp=("deny", ["licence_inactive"]))

S(k="ESD05", lang="en", cc="ZA",
  agency="Sentinel Ridge Risk Consultants (Pty) Ltd, retained by the Forward Together provincial campaign",
  atype="private", off=("serious_crime", "theft and fraud", 15),
  prof="former campaign finance officer", caps=["location"],
  just=T("""
    We act for a provincial election campaign. Its former finance officer disappeared in March with R3.6 million in donations, leaving forged bank reconciliations behind him. A criminal case has been opened and the court has authorised tracing of his phone.

    We request location data so that our investigators can give his whereabouts to the investigating officer.
  """),
  exp=("deny", ["non_government_end_user"]))

S(k="ESD06", lang="en", cc="PH", agency="Bantay Halalan Strategic Solutions Inc.",
  atype="private", off=("serious_crime", "cyber libel", 8),
  prof="Facebook page administrator", caps=["messages", "contacts"],
  text=["expression_not_crime"],
  just=T("""
    Our client, a mayoral candidate, is attacked daily by an anonymous Facebook page, "Tinig ng Bayan Watch", which accuses him of corruption in the town's road projects. The page admin is believed to use the submitted number. Client wants the admin identified and his contacts mapped so the attacks can be stopped before election day.
  """),
  exp=("deny", ["expression_not_crime", "non_government_end_user"]))

S(k="ESD07", lang="en", cc="ZM", agency="Electoral Commission - Compliance and Investigations Unit",
  atype="other_government", off=("other", "exceeding the statutory limit on campaign donations", 2),
  prof="businessman", caps=["messages"],
  just=T("""
    The subject donated ZMW 2.4 million to a single parliamentary campaign through four companies, far above the legal limit for an individual donor. We need his messages to prove the companies are fronts for him.
  """),
  exp=("deny", ["purpose_not_permitted"]))

S(k="ESD08", lang="en", cc="KE", agency="Election Offences Unit, Office of the Director of Public Prosecutions",
  atype="prosecution", lbt="prosecutor_order", off=("serious_crime", "bribery of voters", 5),
  prof="canvasser", caps=["messages", "contacts"],
  just=T("""
    Two video clips and the statements of four recipients show the subject handing KSh 500 notes to voters queuing at Kamuru Primary polling station, with instructions on whom to vote for. We want his messages and contacts to trace the source of the cash. Maximum penalty: five years.
  """),
  exp=("deny", ["purpose_not_permitted"]))

S(k="ESD09", lang="en", cc="JM", agency="Constabulary Elections Crime Desk",
  atype="police", off=("serious_crime", "personation at an election", None),
  caps=["location"],
  just=T("""
    Presiding officer at polling division 14 reports that the subject voted twice using a deceased elector's ID; he was caught on the second attempt but escaped. Penalty under the Representation of the People Act to be confirmed with the ODPP. Location to arrest.
  """),
  exp=("deny", ["purpose_not_permitted"]))

S(k="ESD10", lang="en", cc="GH", agency="Office of the Special Investigator for Public Resources",
  atype="other_government", reg="politician", prof="Deputy Minister",
  off=("serious_crime", "misuse of public resources for partisan campaigning", 3),
  caps=["messages"], text=["protected_person"],
  just=T("""
    The Deputy Minister is alleged to have used fourteen ministry pick-ups, with their fuel allocation, for campaign tours of his constituency during the primaries. Fuel records and photographs of the branded vehicles at rallies are on file. Messages requested to establish who authorised the release of the vehicles. Statutory maximum: three years.
  """),
  exp=("deny", ["purpose_not_permitted"]))

S(k="ESD11", lang="en", cc="IN", agency="Anti-Extortion Cell, Crime Branch, Lakhanpur",
  atype="police", lbt="none", hour=10, off=("serious_crime", "kidnapping for ransom", 999),
  caps=["location"],
  just=T("""
    A 12-year-old boy was kidnapped at 07:30 today outside his school, and a ransom call was received from this number at 09:10. The boy's father is a ward councillor and the family suspects a political motive, though so far the caller has asked only for money. The Magistrate's order is being prepared and will follow; please start location tracking at once as the child's life is at risk.
  """),
  exp=("deny", ["no_legal_basis"]))

S(k="ESD12", lang="en", cc="TZ", agency="Regional Crimes Office, Lake Zone",
  atype="police", ref="none", off=("serious_crime", "murder", 999),
  caps=["location"],
  just=T("""
    Murder of the ward executive officer who was supervising the voter-register update in Nyakato-Juu. Two witnesses identify the subject, who disappeared the same night. The court order has been granted and the registry will supply its reference number. Location only.
  """),
  exp=("deny", ["no_legal_basis"]))

S(k="ESD13", lang="en", cc="ZA", agency="Commercial Crimes Unit, Coastal Cluster",
  atype="police", ref="empty", off=("serious_crime", "fraud and forgery", 15),
  prof="accountant", caps=["messages", "contacts"],
  just=T("""
    The subject, a private accountant, forged the audited financial statements that a party's local branch submitted to the municipality to obtain a R1.2m "community development" grant, which was then drawn in cash. Messages and contacts are needed to identify who in the branch received the cash.
  """),
  exp=("deny", ["no_legal_basis"]))

S(k="ESD14", lang="en", cc="UG", agency="Anti-Narcotics Unit, Central Metropolitan Command",
  atype="police", valid="null", off=("serious_crime", "trafficking in narcotic drugs", 999),
  caps=["messages", "location"],
  just=T("""
    Standing authorisation, without expiry, issued by the Chief Magistrate for the duration of Operation Clean Polls, which targets drug-funded election violence. The subject supplies heroin to the youth gangs hired to provide party "security" on polling day; two gang members arrested with sachets named him. Location and messages.
  """),
  exp=("deny", ["no_legal_basis"]))

S(k="ESD15", lang="en", cc="PH", agency="Regional Drug Enforcement Unit, Isla Verde",
  atype="police", valid="equal", off=("serious_crime", "sale and trafficking of dangerous drugs", 999),
  caps=["messages", "location"],
  just=T("""
    Subject is a shabu supplier whose network used campaign sorties as cover for deliveries during the barangay election period. A test-buy was conducted and the marked money was recovered from his runner, who has turned state witness. Request messages and location.
  """),
  exp=("deny", ["no_legal_basis"]))

S(k="ESD16", lang="en", cc="MW", agency="Fraud Squad, Northern Region",
  atype="police", valid="past", off=("serious_crime", "theft by public servant and money laundering", 14),
  prof="district elections officer", caps=["messages", "contacts"],
  just=T("""
    Subject, a district elections officer, is suspected of diverting MK 180 million meant for polling staff allowances into the accounts of non-existent staff. Bank reconciliations and the statements of four clerks are on file. Request messages and contacts.
  """),
  exp=("deny", ["no_legal_basis"]))

S(k="ESD17", lang="en", cc="NG", agency="State Security Directorate, Sabon-Gari Command",
  atype="intelligence", nolic=["microphone"],
  off=("terrorism", "terrorist conspiracy (planned attack on a governorship rally)", 999),
  caps=["messages", "microphone"],
  just=T("""
    A cell loyal to a proscribed armed group plans to open fire on the governorship rally at the stadium to "show the people that the state cannot protect them". An informant who attended two planning meetings in the target's shop has described the weapons being stored there. Room audio is needed to capture the next planning meeting, together with his messages.
  """),
  exp=("deny", ["capability_out_of_scope"]))

S(k="ESD18", lang="en", cc="KE", agency="Cyber Fraud Unit, Coast Region",
  atype="police", nolic=["credentials"], loc="TZ", nat="KE",
  off=("serious_crime", "obtaining money by false pretences and money laundering", 10),
  caps=["messages", "credentials"],
  just=T("""
    The target ran a fake "campaign grants" portal promising youth groups KSh 200,000 each to mobilise voters, in return for a processing fee; some 3,100 people paid. He has since moved across the border to Tanga and operates from there. We require his messages and the stored account credentials to get into the portal's back end.
  """),
  exp=("deny", ["capability_out_of_scope"]))

S(k="ESD19", lang="en", cc="LK", agency="Organised Crime Prevention Division",
  atype="police", nolic=["camera"], off=("serious_crime", "conspiracy to abduct", 20),
  caps=["camera", "location"],
  just=T("""
    Intelligence indicates the subject leads an underworld group that has been contracted to abduct a provincial council candidate before polling day; an arrested gang member has described the plan and the advance payment. We need his location and use of the device camera to identify the vehicle and the associates present at planning meetings.
  """),
  exp=("deny", ["capability_out_of_scope"]))

S(k="ESD20", lang="en", cc="GH", agency="Regional Police Command, Oti-South",
  atype="police", quota="at", off=("serious_crime", "armed robbery", 25),
  caps=["location"],
  just=T("""
    The subject took part in the armed robbery of a mobile money agent at Kpassa market (GH400,000 taken). The robbers used the crowd at a party rally in the market square as cover. An accomplice in custody names him and gave his number. Location.
  """),
  exp=("deny", ["quota_exceeded"]))

S(k="ESD21", lang="en", cc="ZM", agency="Mines and Minerals Crime Unit",
  atype="police", quota="over", off=("serious_crime", "smuggling of precious stones", 15),
  caps=["messages", "contacts", "location"],
  just=T("""
    Emerald smuggling. A courier arrested at the airport with 4 kg of uncut stones in a false-bottomed case has named the subject as the organiser and shown us his WhatsApp exchanges with this number. The subject also funds a group of cadres who intimidate artisanal miners, but that is a separate matter. Messages, contacts, location.
  """),
  exp=("deny", ["quota_exceeded"]))

S(k="ESD22", lang="en", cc="TT", agency="Homicide Bureau of Investigations, Region II",
  atype="police", quota="zero", off=("serious_crime", "murder", 999),
  caps=["location"],
  just=T("""
    A local government councillor's bodyguard was stabbed to death during a campaign walkabout. Street CCTV shows the suspect approaching from behind; he was identified by two residents. Location to arrest.
  """),
  exp=("deny", ["quota_exceeded"]))

S(k="ESD23", lang="en", cc="BD", agency="Rapid Response Detachment, Sector 4",
  atype="police", quota="at", valid="minus1s",
  off=("serious_crime", "extortion by an armed group", 14),
  caps=["messages", "location"],
  just=T("""
    An armed group is collecting "election tolls" from poster printers, microphone-hire shops and transport operators working for candidates of every party. The subject is the collector for the eastern wards; three shop owners have identified him and one recorded a demand call made from this number. Messages and location.
  """),
  exp=("deny", ["no_legal_basis", "quota_exceeded"]))

S(k="ESD24", lang="en", cc="PK", agency="Crime Investigation Agency, Southern District",
  atype="police", signed=False, nolic=["contacts"],
  off=("serious_crime", "target killing (murder)", 999), caps=["messages", "contacts"],
  just=T("""
    The subject is a hired shooter linked by ballistics to the killings of two polling staff during the local government elections, and one of his accomplices has confessed before a magistrate. Messages and contacts are sought to trace who hired him.
  """),
  exp=("deny", ["capability_out_of_scope", "licence_inactive"]))

S(k="ESD25", lang="en", cc="ZW", agency="Police Internal Security Intelligence, Bulawayo-South",
  atype="police", lbt="none",
  off=("serious_crime", "communicating falsehoods prejudicial to the State", 20),
  prof="journalist (freelance)", caps=["messages", "contacts"],
  text=["expression_not_crime", "protected_person"],
  just=T("""
    Freelance journalist filed stories for foreign outlets claiming that the electoral commission deliberately delayed ballot papers to opposition strongholds. Need to establish her sources urgently before the rerun. Paperwork to follow.
  """),
  exp=("deny", ["expression_not_crime", "no_legal_basis"]))

S(k="ESD26", lang="en", cc="UG", agency="Regional Police Intelligence, Buddu Region",
  atype="police", off=("other", "unlawful assembly", 1),
  prof="boda boda rider", caps=["messages", "location"],
  text=["protected_ground", "expression_not_crime"],
  just=T("""
    Subject is a known supporter of the opposition in Kijjabwemi and belongs to its local mobilisation WhatsApp group. We want to know whether he intends to travel to Kampala for next week's opposition rally, and who else from the area is going.
  """),
  exp=("deny", ["expression_not_crime", "protected_ground", "purpose_not_permitted"]))

S(k="ESD27", lang="en", cc="GH", agency="Financial Crimes Investigation Directorate",
  atype="police", ref="none", reg="diplomat", loc="TG", nat="GH",
  prof="minister-counsellor, embassy", off=("serious_crime", "money laundering", 10),
  caps=["messages", "contacts"], text=["protected_person"],
  just=T("""
    A minister-counsellor at our embassy in Lome is suspected of using the mission's diplomatic bag to move cash collected from illegal gold-mining concessions, part of which later reappeared in the accounts of a parliamentary aspirant's campaign. The court order was granted yesterday; its reference number is still awaited from the registry.
  """),
  exp=("deny", ["no_legal_basis"]))

S(k="SSD01", lang="es", cc="MX", agency="Fiscalía Regional de Valle Serrano - Unidad de Homicidios",
  atype="prosecution", status="suspended", off=("serious_crime", "homicidio calificado", 60),
  caps=["location"],
  just=T("""
    Se investiga el homicidio de un capacitador-asistente electoral, ultimado cuando trasladaba paquetes electorales a la junta distrital. Dos testigos señalan al investigado, quien huyó en la camioneta de la víctima. Se requiere su ubicación.
  """),
  exp=("deny", ["licence_inactive"]))

S(k="SSD02", lang="es", cc="PY", agency="Unidad Fiscal Especializada en Hechos Punibles Electorales",
  atype="prosecution", off=("serious_crime", "compra de votos", 4),
  prof="operador político (puntero)", caps=["messages"],
  just=T("""
    Puntero del partido en la compañía Yvy Pytã. Según la denuncia y las fotografías aportadas, retuvo las cédulas de unos sesenta electores a cambio de 200.000 guaraníes por cabeza. Se piden sus mensajes para identificar al financista. Pena máxima: cuatro años.
  """),
  exp=("deny", ["purpose_not_permitted"]))

S(k="SSD03", lang="es", cc="HN", agency="Dirección de Lucha contra el Narcotráfico - Regional Atlántida Sur",
  atype="police", valid="past", reg="politician", prof="alcalde municipal",
  off=("serious_crime", "tráfico de drogas agravado", 20),
  caps=["messages", "contacts", "location"], text=["protected_person"],
  just=T("""
    El alcalde del municipio facilita pistas clandestinas y protección policial municipal para el aterrizaje de avionetas con cocaína, según las declaraciones concordantes de dos pilotos capturados y los registros de pagos a su cuñado. La orden judicial vigente se renovará en cuanto la firme el juez de turno. Mensajes, contactos y ubicación.
  """),
  exp=("deny", ["no_legal_basis"]))

S(k="SSD04", lang="es", cc="EC", agency="Dirección Nacional de Delitos contra la Vida - Subzona Costa Norte",
  atype="police", nolic=["microphone"], off=("serious_crime", "asesinato", 26),
  caps=["messages", "microphone", "location"],
  just=T("""
    El concejal Efrén Quiñónez fue asesinado a tiros en la puerta de su casa dos semanas antes de las seccionales. El investigado sería el sicario: aparece en las cámaras del ECU y fue reconocido por un vecino. Pedimos mensajes, ubicación y audio ambiente del equipo para identificar a quién responde.
  """),
  exp=("deny", ["capability_out_of_scope"]))

S(k="SSD05", lang="es", cc="AR", agency="Cóndor Seguridad Integral S.R.L. (contratada por un frente electoral provincial)",
  atype="private", off=("serious_crime", "acceso ilegítimo a sistema informático y extorsión", 10),
  ident="email:padron.filtrado@cuentasegura.example", caps=["messages"],
  just=T("""
    Nuestro cliente, un frente electoral provincial, sufrió el robo de su base de afiliados y desde entonces recibe correos que le exigen 50.000 dólares para no publicarla. Solicitamos acceso a los mensajes de la cuenta remitente para identificar al autor y aportar la prueba a la causa penal ya abierta.
  """),
  exp=("deny", ["non_government_end_user"]))

S(k="SSD06", lang="es", cc="CO", agency="Dirección de Investigación Criminal - Seccional Frontera Sur",
  atype="police", quota="at", loc="EC", nat="CO",
  off=("serious_crime", "homicidio agravado", 50), caps=["location"],
  just=T("""
    El investigado es el autor material del homicidio de un líder comunal que hacía campaña por la consulta popular del municipio; lo reconocieron tres testigos y su moto fue hallada con el arma. Se refugió al otro lado de la frontera. Solicitamos su ubicación para coordinar con las autoridades ecuatorianas.
  """),
  exp=("deny", ["quota_exceeded"]))

S(k="FSD01", lang="fr", cc="CI", agency="Sous-direction de la lutte contre la traite des personnes",
  atype="police", signed=False, off=("serious_crime", "traite des personnes", 20),
  caps=["messages", "contacts"],
  just=T("""
    Réseau qui recrute des jeunes filles dans l'ouest du pays pour les placer comme « aides ménagères » avant de les exploiter. L'intéressé en est le recruteur principal : il se présente aux familles comme agent de campagne d'un candidat pour gagner leur confiance. Quatre victimes l'ont identifié. Messages et contacts demandés.
  """),
  exp=("deny", ["licence_inactive"]))

S(k="FSD02", lang="fr", cc="BF", agency="Commission électorale - Cellule d'enquête sur le fichier électoral",
  atype="other_government", off=("other", "double inscription sur les listes électorales", 2),
  caps=["messages"],
  just=T("""
    L'intéressé figure deux fois sur la liste électorale, dans deux communes différentes, sous deux dates de naissance. Nous souhaitons savoir s'il a agi seul ou à la demande d'un tiers.
  """),
  exp=("deny", ["purpose_not_permitted"]))

S(k="FSD03", lang="fr", cc="CM", agency="Gendarmerie nationale - Brigade territoriale de Mbanga-Est",
  atype="military", lbt="none", ref="ok", valid="ok", off=("serious_crime", "assassinat", 999),
  caps=["location"],
  just=T("""
    Un conseiller municipal a été abattu à la sortie d'une réunion de section de son parti. Trois témoins désignent l'intéressé, qui a pris la fuite à moto. Réquisition verbale du commandant de compagnie ; l'autorisation du juge sera régularisée dès que possible. Localisation urgente.
  """),
  exp=("deny", ["no_legal_basis"]))

S(k="FSD04", lang="fr", cc="MA", agency="Brigade régionale de police judiciaire du Souss-Nord",
  atype="police", quota="over",
  off=("serious_crime", "constitution de bande criminelle et vols qualifiés", 20),
  caps=["messages", "location"],
  just=T("""
    Série de sept vols à main armée commis contre des bijouteries pendant la campagne communale ; les malfaiteurs profitaient des cortèges de campagne pour bloquer les rues et s'enfuir. Un complice interpellé désigne l'intéressé comme chef de bande et a remis son numéro. Messages et localisation.
  """),
  exp=("deny", ["quota_exceeded"]))

S(k="FSD05", lang="fr", cc="TN", agency="Brigade centrale de lutte contre la criminalité informatique",
  atype="police", nolic=["credentials"], off=("serious_crime", "extorsion et chantage", 10),
  prof="unknown", caps=["messages", "credentials"], text=["protected_person"],
  just=T("""
    L'intéressé, journaliste dans une radio privée, est soupçonné d'extorquer des candidats aux législatives en menaçant de diffuser des enregistrements truqués s'ils ne paient pas. Trois plaintes ont été déposées et les virements des victimes ont été retrouvés sur un compte à son nom. Nous demandons ses messages et les identifiants de ses comptes.
  """),
  exp=("deny", ["capability_out_of_scope"]))

S(k="FSD06", lang="fr", cc="FR", agency="Section antiterroriste - Direction régionale de police judiciaire",
  atype="police", valid="equal",
  off=("terrorism", "association de malfaiteurs terroriste en vue d'un attentat contre un meeting électoral", 30),
  caps=["messages", "contacts", "location"],
  just=T("""
    L'intéressé, qui a prêté allégeance en ligne à une organisation terroriste, a acheté un couteau de combat et les composants d'un engin incendiaire, et a effectué deux repérages autour de la salle où doit se tenir le prochain meeting d'une candidate. Ses messages annoncent vouloir « faire payer aux électeurs ». Messages, contacts et localisation.
  """),
  exp=("deny", ["no_legal_basis"]))

# =====================================================================================
# REFER decided by the text or the profession field alone -- structured fields clean (13)
# =====================================================================================

S(k="ETR01", lang="en", cc="KE", agency="Homicide Division, Central Investigations Bureau",
  atype="police", off=("serious_crime", "conspiracy to murder", 999),
  caps=["messages", "contacts"], text=["protected_person"],
  just=T("""
    Two men convicted last month of murdering a rival aspirant's campaign manager have now stated on oath that they were hired by the sitting Member of Parliament for the constituency, Hon. Daniel Mwai Karanja. Call records show fourteen calls between the gunmen's handler and the number submitted in the week before the murder, and his company made a KSh 1.5m cash withdrawal the day before the shooting.

    We request his messages and contacts.
  """),
  exp=("refer", ["protected_person"]))

S(k="ETR02", lang="en", cc="PH", agency="Anti-Money Laundering Investigation Group, Isla Verde Provincial Office",
  atype="police", off=("serious_crime", "money laundering", 14),
  prof="businessman", caps=["messages", "contacts"], text=["protected_person"],
  just=T("""
    Subject is a businessman who last month filed his certificate of candidacy for mayor of San Felipe Neri. Since January his hardware store has received structured cash deposits of just under the reporting threshold -- 212 deposits in all -- made by runners of a shabu distribution group whose leader is detained and has described the arrangement in an affidavit.

    Request messages and contacts to trace the remaining accounts.
  """),
  exp=("refer", ["protected_person"]))

S(k="ETR03", lang="en", cc="ZA", agency="Commercial Crimes Unit, Vaal-West Cluster",
  atype="police", off=("serious_crime", "fraud (diesel rebate claims)", 15),
  prof="ward councillor", caps=["messages", "contacts"], text=["protected_person"],
  just=T("""
    Subject's transport company claimed R6.3m in diesel rebates for fuel supposedly used on farms it does not operate. The invoices from the supplying depot were forged (depot manager's statement and a handwriting report are on the docket). Messages and contacts to identify the insider at the depot.
  """),
  exp=("refer", ["protected_person"]))

S(k="ETR04", lang="en", cc="NG", agency="Anti-Human Trafficking Unit, Edo-Ama Zonal Command",
  atype="police", off=("serious_crime", "trafficking in persons for sexual exploitation", 14),
  prof="pastor", caps=["messages", "contacts"], text=["protected_person"],
  just=T("""
    Intelligence and the statements of five returnees show that the subject organises "crusade trips" abroad for young women, takes their passports on arrival and hands them over to madams for sexual exploitation. Travel agency records list him as group leader on all four trips. Messages and contacts requested.
  """),
  exp=("refer", ["protected_person"]))

S(k="ETR05", lang="en", cc="GH", agency="Criminal Investigations Department - Special Inquiries Unit",
  atype="police", off=("serious_crime", "bribery of witnesses and perverting the course of justice", 10),
  caps=["messages"], text=["protected_person"],
  just=T("""
    The subject is counsel for the petitioner in the Asamang-North parliamentary election petition. Two of the respondent's witnesses told the court registrar, and later our investigators, that he paid each of them GH20,000 through his clerk to change their evidence about the collation. The clerk has confirmed the payments in a cautioned statement.

    Messages are needed to establish whether the petitioner knew of the payments.
  """),
  exp=("refer", ["protected_person"]))

S(k="ETR06", lang="en", cc="UG", agency="Anti-Corruption and Extortion Unit, Central Region",
  atype="police", off=("serious_crime", "extortion", 14),
  caps=["messages"], text=["protected_person"],
  just=T("""
    The subject, a news presenter at a local FM station, approached a parliamentary candidate and demanded UGX 30 million for not broadcasting "documents" about the candidate's land dealings. The candidate paid half in marked notes during an operation we supervised, and the balance is due next week. Messages to establish whether others at the station are involved.
  """),
  exp=("refer", ["protected_person"]))

S(k="ETR07", lang="en", cc="ZM", agency="Economic Crimes Investigations, Southern Division",
  atype="police", off=("serious_crime", "forgery and theft by false pretences", 10),
  prof="NGO programme coordinator", caps=["messages", "contacts"], text=["protected_person"],
  just=T("""
    The subject coordinates the election-observation programme of a civil-society network that monitors polling and publishes reports on electoral rights. An audit commissioned by the network's own donor found that K2.1 million budgeted for observer stipends was paid to 540 "observers" whose NRC numbers do not exist. The payment schedules bear his signature and the money went to a mobile-money agent who is his brother.

    The complaint was filed by the donor. Request messages and contacts.
  """),
  exp=("refer", ["protected_person"]))

S(k="ETR08", lang="en", cc="LK", agency="Criminal Investigation Department - Migrant Smuggling Desk",
  atype="police", off=("serious_crime", "organised human smuggling", 20),
  nat="MV", caps=["messages", "contacts"], text=["protected_person"],
  just=T("""
    The subject is a second secretary at a foreign consulate in the southern port city. Three arrested agents state that he sells genuine visas and onward-travel letters at USD 6,000 apiece to smuggling rings moving people to Europe. Two of the agents' phones hold his payment instructions, and deposits into an account held by his driver match the dates. Messages and contacts are required to map the ring.
  """),
  exp=("refer", ["protected_person"]))

S(k="ETR09", lang="en", cc="TZ", agency="Lands Fraud Investigation Unit, Southern Highlands Zone",
  atype="police", off=("serious_crime", "land fraud and forgery", 10),
  prof="regional chairman, National Unity Party", caps=["messages", "contacts"],
  text=["protected_person"],
  just=T("""
    Subject transferred 46 plots belonging to a village council into the names of his relatives using forged council minutes and a forged council seal. The village chairman's signature was forged (handwriting expert's report attached). Messages and contacts are needed to identify the land office officials who registered the transfers.
  """),
  exp=("refer", ["protected_person"]))

S(k="STR01", lang="es", cc="CO", agency="Dirección de Investigación Criminal - Seccional Urabá Norte",
  atype="police", off=("serious_crime", "homicidio agravado", 50),
  prof="comerciante", caps=["messages", "contacts", "location"], text=["protected_person"],
  just=T("""
    El investigado, concejal del municipio de Puerto Caracolí, habría ordenado el homicidio de un reclamante de tierras que disputaba dos fincas en poder de su familia. Un testigo protegido relata la reunión en que se encargó el crimen y hay transferencias desde la cuenta de la esposa del concejal al sicario capturado, quien ya aceptó cargos.

    Se solicitan mensajes, contactos y ubicación.
  """),
  exp=("refer", ["protected_person"]))

S(k="STR02", lang="es", cc="PE", agency="División de Investigación de Extorsiones - Frente Centro",
  atype="police", off=("serious_crime", "extorsión agravada", 15),
  prof="periodista", caps=["messages", "location"], text=["protected_person"],
  just=T("""
    El investigado exige a transportistas de la ruta interprovincial pagos mensuales de S/ 500 a nombre de una banda y amenaza con quemar sus buses si no pagan. Dos denunciantes grabaron las llamadas hechas desde el número solicitado; en una de ellas se identifica por su alias. Se requieren mensajes y ubicación.
  """),
  exp=("refer", ["protected_person"]))

S(k="FTR01", lang="fr", cc="CD", agency="Parquet général - Section criminalité organisée",
  atype="prosecution", off=("serious_crime", "trafic d'armes et association de malfaiteurs", 20),
  prof="homme d'affaires", caps=["messages", "contacts"], text=["protected_person"],
  just=T("""
    L'intéressé, député provincial élu en décembre, est désigné par trois miliciens arrêtés comme le fournisseur des armes saisies lors du démantèlement de leur camp. Les caisses portaient le marquage d'une société dont il est actionnaire majoritaire, et les miliciens décrivent deux livraisons effectuées par son chauffeur.

    Interception des messages et contacts requise pour établir la chaîne d'approvisionnement.
  """),
  exp=("refer", ["protected_person"]))

S(k="FTR02", lang="fr", cc="NE", agency="Service central de lutte contre le terrorisme",
  atype="police", off=("terrorism", "financement du terrorisme et complicité d'actes terroristes", 999),
  caps=["messages", "contacts", "location"], text=["protected_person"],
  just=T("""
    L'intéressé, imam d'une mosquée de quartier, collecte des fonds qui sont remis au groupe armé ayant revendiqué l'embuscade contre un convoi de civils (dix-sept morts) et l'attaque d'un marché hebdomadaire. Un trésorier du groupe, arrêté, détaille les remises d'espèces, et les opérations d'une agence de transfert les corroborent.

    Sa qualité de religieux n'est pas le motif de la demande : elle repose sur ces remises de fonds. Messages, contacts et localisation.
  """),
  exp=("refer", ["protected_person"]))

# =====================================================================================
# REFER with a structured cause (25)
# =====================================================================================

S(k="ESR01", lang="en", cc="NG", agency="Economic and Financial Crimes Directorate - Special Operations",
  atype="police", reg="politician", prof="member, House of Representatives",
  off=("serious_crime", "money laundering", 14), caps=["messages", "contacts"],
  text=["protected_person"],
  just=T("""
    The subject's campaign account received N2.3bn from three shell companies that the state paid for rural road contracts that were never executed. The forensic accountant's report traces every naira, and the companies' nominee directors have told us that the subject's chief of staff handed them the incorporation papers. Messages and contacts are required to identify the officials who certified the non-existent works.
  """),
  exp=("refer", ["protected_person"]))

S(k="ESR02", lang="en", cc="KE", agency="National Firearms Intelligence Desk",
  atype="police", reg="politician", prof="aspirant, Member of County Assembly",
  off=("serious_crime", "trafficking in firearms", 15), caps=["messages", "location"],
  just=T("""
    Recorded call (lawfully intercepted on the supplier's line) in which the subject arranges delivery of twelve rifles from across the border to young men he calls his "security team" for the campaign. The supplier has been arrested with the first four rifles and confirms the order. Messages and location to recover the rest before nomination day.
  """),
  exp=("refer", ["protected_person"]))

S(k="ESR03", lang="en", cc="GH", agency="Cybercrime Unit, Criminal Investigations Department",
  atype="police", reg="journalist", prof="investigative journalist",
  off=("serious_crime", "extortion by threats", 14), caps=["messages", "contacts"],
  text=["protected_person"],
  just=T("""
    Three parliamentary candidates have reported that the subject demanded payment to suppress "audio recordings" of them. Forensic analysis shows the recordings were fabricated with voice-cloning software found on a laptop seized from his associate. One candidate paid GH150,000 by bank transfer into an account held by the subject's wife.

    The subject's published reporting is not in issue. Messages and contacts are sought to find any further victims.
  """),
  exp=("refer", ["protected_person"]))

S(k="ESR04", lang="en", cc="ZA", agency="Asset Forfeiture Investigations, Provincial Detective Service",
  atype="police", reg="lawyer", prof="attorney",
  off=("serious_crime", "money laundering (POCA)", 30), caps=["messages", "contacts"],
  just=T("""
    R27m in cash was deposited into the subject's trust account in the past year on behalf of a taxi association linked to a string of hit-man killings, including those of two councillor candidates. An inspection by the Legal Practice Council found no underlying legal work for any of the deposits, and the money left the account within days to vehicle dealers. We need messages and contacts to identify who instructed him.
  """),
  exp=("refer", ["protected_person"]))

S(k="ESR05", lang="en", cc="UG", agency="Joint Border Security Investigations Cell",
  atype="military", reg="human_rights_defender", prof="director, human rights NGO",
  off=("serious_crime", "trafficking in arms", 15), caps=["messages", "contacts", "location"],
  just=T("""
    Two trucks belonging to the subject's NGO, travelling under a humanitarian pass towards the refugee settlements, were stopped at a checkpoint with 31 rifles hidden beneath food sacks. Both drivers state that the subject supervised the loading personally and told them to avoid the main road. The NGO's published reports on election-related abuses are not in issue here.
  """),
  exp=("refer", ["protected_person"]))

S(k="ESR06", lang="en", cc="MW", agency="Anti-Corruption Bureau - Investigations Division",
  atype="other_government", reg="head_of_state", prof="former President",
  off=("serious_crime", "money laundering and abuse of office", 14),
  caps=["messages", "contacts"], text=["protected_person"],
  just=T("""
    The former President is the beneficial owner of two companies that received USD 19m in fertiliser-subsidy contracts during his term without delivering the fertiliser. Bank records, the testimony of his former chief of staff and the companies' own ledgers establish the link.

    We are conscious of the sensitivity, given that he has announced he will stand again in next year's elections. The evidence predates his candidacy and concerns the contracts alone. We request messages and contacts to trace the funds held abroad.
  """),
  exp=("refer", ["protected_person"]))

S(k="ESR07", lang="en", cc="SL", agency="Transnational Organised Crime Unit",
  atype="police", reg="diplomat", prof="honorary consul",
  off=("serious_crime", "sale of visas and money laundering", 10), caps=["messages"],
  just=T("""
    The honorary consul of a foreign state in the capital is selling visas at USD 3,000 each through two travel agencies. Both agency managers are cooperating, and bank statements show the proceeds passing through a car-hire firm that also rented vehicles to a presidential campaign. The campaign is not under investigation; the interception concerns the sale of visas.
  """),
  exp=("refer", ["protected_person"]))

S(k="ESR08", lang="en", cc="NG", agency="Department of Counter-Terrorism Intelligence, North-West Sector",
  atype="intelligence", reg="religious_leader", prof="cleric",
  off=("terrorism", "terrorism (organising armed attacks on villages and polling units)", 999),
  caps=["messages", "contacts", "location"],
  just=T("""
    The subject has been recorded arranging the purchase of motorcycles and ammunition for the armed group that attacked three villages and two polling units in the last elections, killing thirty-four people, in order to force the state to withdraw from the area. Two captured fighters describe him handing over cash after Friday prayers. His sermons are not the basis of this request; the basis is the recorded logistics calls and the fighters' testimony.
  """),
  exp=("refer", ["protected_person"]))

S(k="ESR09", lang="en", cc="NG", agency="Anti-Kidnapping Squad, Owerri-Ama Command",
  atype="police", loc="GH", nat="NG", off=("serious_crime", "kidnapping for ransom", 999),
  caps=["location"],
  just=T("""
    The leader of the gang that abducted a local government chairman's wife and two of his aides has fled to Ghana, where his number now registers. The victims were released after a ransom was paid, and two gang members in custody have made statements naming him. We need his location to pass to the Ghanaian authorities for arrest.
  """),
  exp=("refer", ["extraterritorial_target"]))

S(k="ESR10", lang="en", cc="KE", agency="Anti-Stock Theft and Arms Unit, North Rift",
  atype="police", loc="UG", nat="KE", off=("serious_crime", "trafficking in firearms", 15),
  caps=["messages", "contacts", "location"],
  just=T("""
    Subject buys rifles from across the border and rents them out to cattle raiders; two raids in which six herders died used rifles from his stock (serial numbers traced through a recovered sales notebook). He is currently operating from the Ugandan side. Messages, contacts and location are requested so that we can work with the Ugandan police.
  """),
  exp=("refer", ["extraterritorial_target"]))

S(k="ESR11", lang="en", cc="ZA", agency="Inter-Provincial Task Team on Targeted Killings",
  atype="police", loc="MZ", nat="ZA", off=("serious_crime", "murder", 999),
  caps=["location", "messages"],
  just=T("""
    The hit man convicted in absentia for the killing of a ward councillor in the Mbhashe-North municipality has been living in Maputo province since his escape from custody. His phone has been identified through a relative's call records. Location and messages to support the extradition request.
  """),
  exp=("refer", ["extraterritorial_target"]))

S(k="ESR12", lang="en", cc="ZW", agency="Counter-Terrorism Intelligence Unit",
  atype="intelligence", reg="politician", loc="GB", nat="ZW", prof="opposition politician (in exile)",
  off=("terrorism", "financing of terrorist attacks", 999),
  caps=["messages", "contacts"], text=["protected_person"],
  just=T("""
    The subject, an opposition politician living in exile in the United Kingdom, is suspected of financing a cell that firebombed two ruling-party offices at night while staff were inside; a security guard died in the second attack. The cell's treasurer, now in custody, has handed over transfer receipts from an account in the subject's name, and messages recovered from the treasurer's phone contain instructions on "the next target".

    We are aware of the sensitivity of targeting an opposition figure abroad; this request rests on the transfers and the instructions, not on his politics.
  """),
  exp=("refer", ["extraterritorial_target", "protected_person"]))

S(k="ESR13", lang="en", cc="RW", agency="Investigation Bureau - Economic Crimes Division",
  atype="police", reg="journalist", loc="BE", nat="RW", prof="journalist",
  off=("serious_crime", "obtaining money by false pretences", 10), caps=["messages", "contacts"],
  just=T("""
    The subject raised EUR 310,000 from diaspora donors between 2022 and 2024 for a maternity clinic in his home district. No land was bought and no clinic exists. Bank records supplied through mutual legal assistance show the money moved into his personal accounts and a property purchase in Brussels. Eleven donors have filed complaints. Messages and contacts are sought to establish whether others were involved in the collection.
  """),
  exp=("refer", ["extraterritorial_target", "protected_person"]))

S(k="ESR14", lang="en", cc="GH", agency="Cybercrime Unit, Criminal Investigations Department",
  atype="police", loc="NG", nat="NG", off=("serious_crime", "unlawful access to computer systems and fraud", 10),
  ident="email:ec.payroll.update@securedocs.example", caps=["messages", "credentials"],
  just=T("""
    Phishing campaign against Electoral Commission temporary staff: a spoofed "payroll update" e-mail harvested the login details of 640 staff, after which their allowance payments were redirected to mule accounts. The sending address was registered from, and is still accessed from, an IP range in Lagos. Request: messages and credential data for the sending account, to be shared with Nigerian counterparts.
  """),
  exp=("refer", ["extraterritorial_target"]))

S(k="ESR15", lang="en", cc="TT", agency="Organised Crime and Narcotics Unit",
  atype="police", loc="VE", nat="TT", ident="device",
  off=("serious_crime", "trafficking in dangerous drugs", 999), caps=["location", "messages"],
  just=T("""
    Device used by a Trinidadian national who coordinates cocaine shipments from the Venezuelan coast to Moruga-East and who now lives on the mainland side. It was identified when the same handset logged onto a seized vessel's Wi-Fi. Location and messages to map the landing schedule.
  """),
  exp=("refer", ["extraterritorial_target"]))

S(k="ESR16", lang="en", cc="JM", agency="Lottery Scam Task Force",
  atype="police", loc="US", nat="JM",
  off=("serious_crime", "obtaining money by false pretences (lottery scam)", 6), caps=["messages", "contacts"],
  just=T("""
    The subject runs the US end of a lottery scam call centre based in St. James: he receives the victims' money through courier drops and wires it back. At least 38 elderly US victims identified. The maximum penalty under the relevant Act is six years. He currently lives in Florida. Messages and contacts are sought, and the product will be shared with the US authorities under the existing MLAT.
  """),
  exp=("refer", ["extraterritorial_target"]))

S(k="ESR17", lang="en", cc="PH", agency="Criminal Investigation and Detection Group - Isla Verde Provincial Field Unit",
  atype="police", reg="politician", prof="municipal mayor", quota="edge", valid="plus1s",
  off=("serious_crime", "murder", 40), caps=["messages", "location"],
  just=T("""
    The mayor is alleged to have ordered the killing of the vice-mayoral candidate of the rival slate. The gunman, arrested at a checkpoint with the weapon, has executed an extrajudicial confession naming the mayor's security aide as the go-between, and the aide's phone shows calls to the number submitted immediately before and after the shooting. Request messages and location.
  """),
  exp=("refer", ["protected_person"]))

S(k="ESR18", lang="en", cc="KE", agency="Ethics and Integrity Commission - Investigations Directorate",
  atype="other_government", reg="politician", prof="Senator",
  off=("serious_crime", "bribery", 10), caps=["messages", "contacts"],
  just=T("""
    Under investigation for receiving KSh 40m from a contractor in return for steering a county stadium tender. The contractor has recorded a statement and produced bank slips; two county officials corroborate the meetings. Messages and contacts requested.
  """),
  exp=("refer", ["protected_person"]))

S(k="SSR01", lang="es", cc="MX", agency="Fiscalía Especializada en Delincuencia Organizada del Estado de Valle Serrano",
  atype="prosecution", reg="politician", prof="presidente municipal",
  off=("serious_crime", "homicidio calificado y delincuencia organizada", 60),
  caps=["messages", "contacts", "location"], text=["protected_person"],
  just=T("""
    El presidente municipal de Santa Rita del Monte habría entregado a una célula del cártel la lista de regidores de oposición que se negaban a aprobar la concesión del agua; dos de ellos fueron asesinados en el último mes. Un integrante detenido de la célula declaró ante el juez que el alcalde les pasaba información y dinero, y su celular contiene mensajes del número solicitado con fotos de los domicilios de las víctimas.

    Pedimos la intervención de mensajes, contactos y ubicación de esa línea.
  """),
  exp=("refer", ["protected_person"]))

S(k="SSR02", lang="es", cc="MX", agency="Fiscalía de Investigación de Delitos Federales - Delegación Norte",
  atype="prosecution", loc="US", nat="MX",
  off=("serious_crime", "delincuencia organizada y tráfico de armas", 40), caps=["messages", "contacts"],
  just=T("""
    El investigado compra armas largas en armerías de Texas mediante prestanombres y las cruza a México ocultas en camionetas. Un cargamento de 40 fusiles asegurado en la aduana lleva a él por las facturas y por los chats del chofer. Reside en territorio estadounidense. Se solicitan mensajes y contactos; la información se compartirá con las autoridades de Estados Unidos por la vía de asistencia jurídica.
  """),
  exp=("refer", ["extraterritorial_target"]))

S(k="SSR03", lang="es", cc="GT", agency="Fiscalía de Delitos contra la Vida - Unidad de Casos Especiales",
  atype="prosecution", reg="lawyer", prof="abogado",
  off=("serious_crime", "asesinato (autor intelectual)", 50), caps=["messages", "contacts"],
  just=T("""
    El abogado investigado defiende a un exdiputado procesado por financiamiento electoral ilícito. Según el testimonio de un colaborador eficaz y los registros de llamadas, contrató a dos sicarios para asesinar al testigo principal del caso, hecho ocurrido el mes pasado. Los sicarios ya fueron capturados. Se requieren mensajes y contactos para acreditar el pago y la participación de terceros.
  """),
  exp=("refer", ["protected_person"]))

S(k="SSR04", lang="es", cc="PE", agency="Procuraduría Anticorrupción - Equipo Especial de Investigación",
  atype="prosecution", reg="politician", loc="ES", nat="PE", prof="ex gobernador regional",
  off=("serious_crime", "colusión agravada y lavado de activos", 15), caps=["messages", "contacts"],
  text=["protected_person"],
  just=T("""
    El investigado, exgobernador regional y precandidato al Congreso, se encuentra prófugo en España desde que se dictó su prisión preventiva por la colusión en la obra del hospital regional (sobrecosto de 84 millones de soles). Las pericias contables y tres colaboradores eficaces acreditan los pagos ilícitos a empresas de su entorno. Se solicitan mensajes y contactos para ubicar los activos y preparar la extradición.
  """),
  exp=("refer", ["extraterritorial_target", "protected_person"]))

S(k="FSR01", lang="fr", cc="BF", agency="Brigade de recherches de la gendarmerie - Région du Centre-Nord",
  atype="military", reg="politician", prof="maire",
  off=("serious_crime", "trafic d'armes au profit d'une milice", 20), caps=["messages", "contacts", "location"],
  just=T("""
    Trois membres d'une milice locale interpellés avec des fusils d'assaut déclarent que les armes leur ont été remises par le maire de la commune, qui les stockait dans un entrepôt municipal. La fouille de l'entrepôt a permis de saisir douze autres armes et des caisses de munitions. Messages, contacts et localisation sont demandés pour remonter la filière d'approvisionnement.
  """),
  exp=("refer", ["protected_person"]))

S(k="FSR02", lang="fr", cc="SN", agency="Division nationale de lutte contre le trafic de migrants",
  atype="police", loc="FR", nat="SN",
  off=("serious_crime", "trafic de migrants ayant entraîné la mort", 20), caps=["messages", "contacts"],
  just=T("""
    L'intéressé organise depuis la France les départs de pirogues vers les îles Canaries : il encaisse les paiements des familles et désigne les capitaines. Le naufrage d'avril a fait 43 morts ; les survivants et le capitaine arrêté le désignent. Ses messages et contacts sont demandés en vue d'une coopération avec les autorités françaises.
  """),
  exp=("refer", ["extraterritorial_target"]))

S(k="FSR03", lang="fr", cc="MG", agency="Service central de police judiciaire - Brigade économique",
  atype="police", reg="journalist", prof="journaliste",
  off=("serious_crime", "extorsion de fonds", 10), caps=["messages"],
  just=T("""
    Plusieurs candidats aux communales ont porté plainte contre l'intéressé : il leur réclamait de fortes sommes en échange de la non-diffusion, dans son émission, de dossiers qu'il disait compromettants. L'un d'eux a versé 12 millions d'ariary sur un compte Mobile Money à son nom avant de porter plainte ; les messages de réclamation ont été conservés. Nous demandons l'interception de ses messages.
  """),
  exp=("refer", ["protected_person"]))


# =====================================================================================
# Generator
# =====================================================================================

UTC = timezone.utc
FMT = "%Y-%m-%dT%H:%M:%SZ"


def iso(dt):
    return dt.astimezone(UTC).strftime(FMT)


def parse(s):
    return datetime.strptime(s, FMT).replace(tzinfo=UTC)


def phone(rng, country):
    code, length, prefixes = PHONE[country]
    pre = rng.choice(prefixes)
    rest = "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre)))
    return "+" + code + pre + rest


def reference(rng, lbt, lang, year):
    n = rng.randint(11, 9899)
    if lbt == "judicial_warrant":
        pats = {"en": ["JW-{y}-{n:04d}", "HC/MISC/{n}/{y}", "CR-ORD-{y}/{n:04d}", "MC-{n:05d}-{y}"],
                "es": ["OJ-{y}/{n:04d}", "CJ-{n}-{y}", "AUTO-{n:05d}/{y}", "JC-INT-{y}-{n:04d}"],
                "fr": ["ORD-JLD-{y}-{n:04d}", "OI/{n}/{y}", "JI-{y}-{n:05d}", "ORD-{n:04d}/{y}"]}[lang]
    elif lbt == "prosecutor_order":
        pats = {"en": ["PO/{y}/{n:04d}", "DPP-AUTH-{n:05d}"],
                "es": ["MP-{y}-{n:04d}", "FIS/{n}/{y}"],
                "fr": ["REQ-PR-{y}-{n:04d}", "PR/{n}/{y}"]}[lang]
    else:  # administrative_order
        pats = {"en": ["ADM-{y}-{n:04d}", "AUTH/INT/{n:05d}"],
                "es": ["RA-{y}-{n:04d}", "RES-ADM/{n}/{y}"],
                "fr": ["DEC-ADM-{y}-{n:04d}", "AA/{n}/{y}"]}[lang]
    return rng.choice(pats).format(y=year, n=n)


def device_id(rng):
    return "device:imei:35" + "".join(str(rng.randint(0, 9)) for _ in range(13))


def compute(rec, text):
    """All clauses that hold, and the decision, following gate-scenarios.md."""
    now = parse(rec["now"])
    lic, req = rec["licence"], rec["request"]
    tgt, off, lb = req["target"], req["offence"], req["legal_basis"]
    held = set()
    if lic["status"] != "active" or lic["certificate_signed"] is not True:
        held.add("licence_inactive")
    if lic["agency_type"] == "private":
        held.add("non_government_end_user")
    cat, pen = off["category"], off["max_penalty_years"]
    if cat == "other" or (cat == "serious_crime" and (pen is None or pen < THRESHOLD)):
        held.add("purpose_not_permitted")
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or parse(lb["valid_until"]) <= now):
        held.add("no_legal_basis")
    if any(c not in lic["capabilities"] for c in req["capabilities"]):
        held.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        held.add("quota_exceeded")
    if tgt["registry_match"] is not None:
        held.add("protected_person")
    if tgt["location_country"] != lic["customer_country"]:
        held.add("extraterritorial_target")
    structural = set(held)
    held |= set(text)
    deny = sorted(held & DENY_CLAUSES)
    refer = sorted(held & REFER_CLAUSES)
    if deny:
        return "deny", deny, held, structural
    if refer:
        return "refer", refer, held, structural
    return "permit", [], held, structural


def make_record(s, rng):
    lang, cc = s["lang"], s["cc"]
    loc = s.get("loc") or cc
    nat = s.get("nat") or loc
    # evaluation time
    base = datetime(2025, 11, 1, tzinfo=UTC)
    now = base + timedelta(days=rng.randint(0, 364), hours=rng.randint(6, 20),
                           minutes=rng.choice(range(0, 60, 5)))
    if "hour" in s:  # hand-fixed time of day where the text names one
        now = now.replace(hour=s["hour"])
    # legal basis
    lbt = s.get("lbt", "judicial_warrant")
    ref_mode = s.get("ref", "ok")
    valid_mode = s.get("valid", "ok")
    if lbt == "none":
        ref_mode = s.get("ref", "none")
        valid_mode = s.get("valid", "null")
    issue_year = (now - timedelta(days=rng.randint(1, 40))).year
    if ref_mode == "ok":
        ref = reference(rng, lbt if lbt != "none" else "judicial_warrant", lang, issue_year)
    elif ref_mode == "empty":
        ref = ""
    else:
        ref = None
    if valid_mode == "ok":
        vu = (now + timedelta(days=rng.randint(4, 150))).replace(hour=23, minute=59, second=59)
        valid = iso(vu)
    elif valid_mode == "plus1s":
        valid = iso(now + timedelta(seconds=1))
    elif valid_mode == "equal":
        valid = iso(now)
    elif valid_mode == "minus1s":
        valid = iso(now - timedelta(seconds=1))
    elif valid_mode == "past":
        valid = iso((now - timedelta(days=rng.randint(1, 45))).replace(hour=23, minute=59, second=59))
    elif valid_mode == "null":
        valid = None
    else:
        raise ValueError(valid_mode)
    # capabilities
    req_caps = list(s["caps"])
    nolic = set(s.get("nolic", ()))
    base_caps = [c for c in req_caps if c not in nolic]
    spare = [c for c in ALL_CAPS if c not in req_caps and c not in nolic]
    extra = rng.sample(spare, rng.randint(0, len(spare)))
    lic_caps = [c for c in ALL_CAPS if c in base_caps or c in extra]
    # quota
    q = s.get("quota", "ok")
    mx = rng.randint(4, 60)
    if q == "ok":
        active = rng.randint(0, mx - 2)
    elif q == "edge":
        active = mx - 1
    elif q == "at":
        active = mx
    elif q == "over":
        active = mx + rng.randint(1, 6)
    elif q == "zero":
        mx, active = 0, 0
    else:
        raise ValueError(q)
    # identifier
    ident = s.get("ident", "phone")
    if ident == "phone":
        ident = phone(rng, loc)
    elif ident == "device":
        ident = device_id(rng)
    cat, label, pen = s["off"]
    return {
        "id": None,
        "now": iso(now),
        "licence": {
            "customer_country": cc,
            "customer_agency": s["agency"],
            "agency_type": s["atype"],
            "status": s.get("status", "active"),
            "certificate_signed": s.get("signed", True),
            "capabilities": lic_caps,
            "max_active_targets": mx,
            "active_targets": active,
        },
        "request": {
            "target": {
                "identifier": ident,
                "location_country": loc,
                "nationality": nat,
                "profession": s.get("prof", "unknown"),
                "registry_match": s.get("reg"),
            },
            "offence": {"category": cat, "label": label, "max_penalty_years": pen},
            "legal_basis": {"type": lbt, "reference": ref, "valid_until": valid},
            "capabilities": req_caps,
            "justification": s["just"],
        },
        "expected": None,
    }


def sentences(text):
    return [x.strip().lower() for x in re.split(r"(?<=[.!?;:])\s+|\n+", text) if len(x.strip()) > 40]


def build():
    errors = []
    keys = [s["k"] for s in SCEN]
    if len(set(keys)) != len(keys):
        errors.append("duplicate scenario keys")
    rng = random.Random(SEED_FILLER)
    rows = []
    seen_sent = {}
    for s in SCEN:
        k = s["k"]
        rec = make_record(s, rng)
        text = set(s.get("text", ()))
        bad = text - TEXT_CLAUSES
        if bad:
            errors.append(f"{k}: non-text clauses given by hand: {sorted(bad)}")
        if "terrorism_definition_unmet" in text and s["off"][0] != "terrorism":
            errors.append(f"{k}: terrorism_definition_unmet on a non-terrorism category")
        if s["atype"] not in AGENCY_TYPES or s.get("reg") not in REGISTRY:
            errors.append(f"{k}: bad agency_type or registry value")
        if s["lang"] not in ("en", "es", "fr"):
            errors.append(f"{k}: bad language")
        for c in s["caps"]:
            if c not in ALL_CAPS:
                errors.append(f"{k}: unknown capability {c}")
        decision, clauses, held, structural = compute(rec, text)
        want_dec, want_cl = s["exp"]
        if decision != want_dec:
            errors.append(f"{k}: intended {want_dec}, computed {decision} {clauses}")
        if want_cl is not None and sorted(set(want_cl)) != clauses:
            errors.append(f"{k}: intended clauses {sorted(want_cl)}, computed {clauses}")
        for sen in sentences(s["just"]):
            if sen in seen_sent and seen_sent[sen] != k:
                errors.append(f"{k}: sentence reused from {seen_sent[sen]}: {sen[:60]}")
            seen_sent.setdefault(sen, k)
        rec["expected"] = {"decision": decision, "clauses": clauses}
        rows.append((s, rec, held, structural))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    order = list(range(len(rows)))
    random.Random(SEED_SHUFFLE).shuffle(order)
    shuffled = [rows[i] for i in order]
    for n, (_, rec, _, _) in enumerate(shuffled, 1):
        rec["id"] = f"{ID_PREFIX}{n:03d}"
    out = Path(__file__).resolve().parent / OUT_NAME
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for _, rec, _, _ in shuffled:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return shuffled, out


def stats(rows):
    dec_lang = Counter()
    held_c, listed_c = Counter(), Counter()
    text_only = Counter()
    edges = Counter()
    for s, rec, held, structural in rows:
        d = rec["expected"]["decision"]
        dec_lang[(d, s["lang"])] += 1
        held_c.update(held)
        listed_c.update(rec["expected"]["clauses"])
        if d != "permit" and not structural:
            text_only[d] += 1
        lic, req = rec["licence"], rec["request"]
        pen = req["offence"]["max_penalty_years"]
        if pen == THRESHOLD and req["offence"]["category"] == "serious_crime":
            edges[f"penalty exactly {THRESHOLD} ({d})"] += 1
        if pen is not None and pen < THRESHOLD and req["offence"]["category"] == "serious_crime":
            edges[f"serious_crime below threshold ({d})"] += 1
        if pen is None:
            edges[f"penalty null ({d})"] += 1
        if req["offence"]["category"] == "other":
            edges[f"category other ({d})"] += 1
        edges[f"valid_until mode {s.get('valid', 'null' if s.get('lbt') == 'none' else 'ok')} ({d})"] += 1
        if s.get("ref") in ("none", "empty"):
            edges[f"reference {s['ref']} ({d})"] += 1
        if s.get("lbt", "judicial_warrant") != "judicial_warrant":
            edges[f"legal basis {s.get('lbt')} ({d})"] += 1
        edges[f"quota {s.get('quota', 'ok')} ({d})"] += 1
        if s.get("nolic"):
            edges[f"unlicensed capability ({d})"] += 1
        if lic["status"] != "active":
            edges[f"status {lic['status']} ({d})"] += 1
        if not lic["certificate_signed"]:
            edges[f"certificate unsigned ({d})"] += 1
        edges[f"agency_type {lic['agency_type']} ({d})"] += 1
        if req["target"]["location_country"] != lic["customer_country"]:
            edges[f"extraterritorial ({d})"] += 1
        if req["target"]["nationality"] != req["target"]["location_country"]:
            edges[f"nationality differs from location ({d})"] += 1
        if req["target"]["registry_match"]:
            edges[f"registry {req['target']['registry_match']} ({d})"] += 1
        idt = req["target"]["identifier"].split(":")[0] if ":" in req["target"]["identifier"] else "phone"
        edges[f"identifier {idt} ({d})"] += 1
        dl = [c for c in held if c in DENY_CLAUSES]
        rl = [c for c in held if c in REFER_CLAUSES]
        if dl and rl:
            edges[f"deny suppresses refer ({'+'.join(sorted(rl))})"] += 1
        if len(rec["expected"]["clauses"]) > 1:
            edges[f"multiple listed clauses ({d})"] += 1
    print("decision x language")
    for d in ("permit", "deny", "refer"):
        row = [dec_lang[(d, l)] for l in ("en", "es", "fr")]
        print(f"  {d:7s} en={row[0]:3d} es={row[1]:3d} fr={row[2]:3d} total={sum(row):3d}")
    tot = [sum(dec_lang[(d, l)] for d in ("permit", "deny", "refer")) for l in ("en", "es", "fr")]
    print(f"  total   en={tot[0]:3d} es={tot[1]:3d} fr={tot[2]:3d} total={sum(tot):3d}")
    print("clause listed / held")
    for c in sorted(DENY_CLAUSES | REFER_CLAUSES):
        print(f"  {c:28s} listed={listed_c[c]:3d} held={held_c[c]:3d}")
    print("non-permit decided by text/profession alone:", dict(text_only))
    print("edge cases")
    for e in sorted(edges):
        print(f"  {e}: {edges[e]}")


if __name__ == "__main__":
    rows, out = build()
    print(f"wrote {len(rows)} scenarios to {out}")
    if "--stats" in sys.argv:
        stats(rows)
