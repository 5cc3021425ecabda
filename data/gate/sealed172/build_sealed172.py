#!/usr/bin/env python3
"""Generator for the independent labelled gate set sealed172.

Brief: no theme -- an ordinary month of tasking requests across many countries and
crimes, as a regulator would see them.

Each scenario below is one hand-written entry.  Random filler (phone numbers, e-mail
handles, device identifiers, dates, legal references, quotas, extra licence
capabilities) comes from random.Random(172001).  The structured clauses are computed
from the fields exactly as shared/spec/gate-scenarios.md defines them; the hand-judged
text clauses (terrorism_definition_unmet, expression_not_crime, protected_ground and
protected_person where only the text or the profession field says it) are added; the
decision and clause list follow the spec's rules.  If any computed result differs from
the intended one, a justification is duplicated, or an enum value is invalid, the script
exits 1 and writes nothing.  Scenarios are shuffled with random.Random(172002), numbered
s172-001 ... s172-150 and written to sealed172.jsonl next to this script.

Standard library only (Python 3.11).  Usage:
    python3 build_sealed172.py            # build, print count tables
    python3 build_sealed172.py --notes    # also print tag -> id -> note table
"""
import hashlib
import json
import os
import random
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed172.jsonl")

THRESHOLD = 6  # serious-crime threshold of the standard certificate (years)

CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
LANGS = {"en", "es", "fr"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}

# ISO 3166-1 alpha-2 -> E.164 country calling code
CALLING = {
    "AE": "971", "AR": "54", "AT": "43", "AU": "61", "AZ": "994", "BD": "880", "BE": "32",
    "BF": "226", "BH": "973", "BJ": "229", "BO": "591", "BS": "1242", "BW": "267", "BZ": "501",
    "CA": "1", "CD": "243", "CH": "41", "CI": "225", "CL": "56", "CM": "237", "CN": "86",
    "CO": "57", "CR": "506", "CY": "357", "DE": "49", "DO": "1809", "EC": "593", "ES": "34",
    "ET": "251", "FR": "33", "GA": "241", "GB": "44", "GH": "233", "GR": "30", "GT": "502",
    "GY": "592", "HN": "504", "HU": "36", "ID": "62", "IE": "353", "IN": "91", "IT": "39",
    "JM": "1876", "JO": "962", "KE": "254", "KZ": "7", "LB": "961", "LK": "94", "MA": "212",
    "MG": "261", "MW": "265", "MX": "52", "MY": "60", "NA": "264", "NE": "227", "NG": "234",
    "NL": "31", "NP": "977", "NZ": "64", "PA": "507", "PE": "51", "PH": "63", "PK": "92",
    "PL": "48", "PT": "351", "PY": "595", "RO": "40", "RS": "381", "RW": "250", "SA": "966",
    "SC": "248", "SG": "65", "SN": "221", "SO": "252", "SS": "211", "SV": "503", "SY": "963",
    "TG": "228", "TH": "66", "TJ": "992", "TN": "216", "TR": "90", "TT": "1868", "TZ": "255",
    "UG": "256", "US": "1", "UY": "598", "UZ": "998", "VN": "84", "ZA": "27", "ZM": "260",
    "ZW": "263",
}

ENTRIES = []


def E(tag, lang, cc, agency, atype, cat, label, pen, prof, caps, text,
      tc="", want="permit", note="", **ov):
    """One hand-written scenario.

    tc   -- hand-judged text clauses (comma separated) that hold on the text/profession
    want -- intended result: "permit", or "deny:a,b" / "refer:a,b" (the listed clauses)
    ov   -- structured overrides:
            status, signed, oos (requested caps missing from the licence),
            quota ('max-1' | 'max' | 'over'), lb ('none' | 'none_ref' | 'noref' |
            'emptyref' | 'nodate' | 'atnow' | 'past' | 'plus1h' | 'plus1m'),
            lbtype, loc, nat, reg, idk ('email' | 'device')
    """
    ENTRIES.append(dict(tag=tag, lang=lang, cc=cc, agency=agency, atype=atype, cat=cat,
                        label=label, pen=pen, prof=prof, caps=list(caps), text=text.strip(),
                        tc=[c for c in tc.split(",") if c], want=want, note=note, ov=ov))


# ---------------------------------------------------------------------------
# PERMITS
# ---------------------------------------------------------------------------

E("P01", "en", "GB", "Humber and Wolds Regional Organised Crime Unit", "police",
  "serious_crime", "conspiracy to import a Class A controlled drug", 999,
  "haulage company director", ["messages", "contacts", "location"], """
Operation KESTREL LANE. On 19 May Border Force found 212 kg of cocaine concealed in a
refrigerated trailer of banana pulp at Immingham. The trailer was booked by a haulage firm
controlled by the target. A handset seized from the arrested driver holds 41 messages from
this number giving collection times and a last-minute change of drop-off address. Content and
contacts are needed to identify the onward distribution cell; live location to plan arrests
before the next shipment, which the driver says is due within three weeks.
""", note="life maximum (999)")

E("P02", "en", "NG", "Lagos Zonal Anti-Kidnap Squad", "police",
  "serious_crime", "kidnapping for ransom", 999, "unknown", ["location", "messages"], """
Victim (boy, 11) abducted on his way home from school in Ikorodu on 3 June. Father has received
three ransom calls from this line, the last demanding N50m by Friday. The SIM was activated four
days before the abduction and has no other history. Live location and messages requested to
find where the child is held. Life at risk.
""")

E("P03", "en", "KE", "Coast Region Transnational Crime Investigations Unit", "police",
  "serious_crime", "trafficking in persons", 30, "employment recruitment agent",
  ["messages", "contacts", "media"], """
The target runs an unregistered recruitment agency in Mombasa that has sent at least 37 young
women abroad on promises of hotel work. Four women who came back have given statements that
their passports were taken on arrival and they were handed over to households without pay. The
Financial Reporting Centre traced payments from the agency account to a handler abroad after
each departure. We need messages, contacts and shared media (the agency sends 'job offer'
flyers and passport scans over this number) to identify the network and the women still
stranded.
""")

E("P04", "en", "IN", "Coastal Range Cyber Crime Police Station", "police",
  "serious_crime", "extortion by threat to publish intimate images (organised)", 7, "unknown",
  ["messages", "media", "contacts"], """
FIR 88/2026. Sextortion ring: victims are befriended on social media, recorded during video
calls and then threatened with publication unless they pay. 63 complaints in the district since
January, total loss approx Rs 1.9 crore; one victim, a 19-year-old student, took his own life
after paying three times. All UPI payments went to mule accounts opened with documents bought
from the target, and this number sent the threat messages in at least 11 of the complaints
(screenshots on file). Request content, media and contacts to identify the callers and the
account holders.
""", note="penalty 7, just above threshold")

E("P05", "en", "PH", "Regional Drug Enforcement Field Office XI", "police",
  "serious_crime", "sale and trafficking of dangerous drugs (methamphetamine)", 999,
  "fish vendor", ["messages", "location"], """
Buy-bust on 28 May yielded 1.2 kg of shabu. Arrested courier named this number as his supplier;
call records show 212 contacts with it in April alone. Messages and location to identify the
stash house.
""")

E("P06", "en", "ZA", "Gauteng Provincial Organised Crime Investigation", "police",
  "serious_crime", "robbery with aggravating circumstances (cash-in-transit)", 25,
  "security guard", ["location", "messages", "contacts"], """
Target is employed by the security company whose cash vehicle was attacked on the R21 on 14 May.
A guard was shot and wounded and R7.2 million was taken. He booked sick leave the day before.
Cell-site analysis places his phone in contact with two burner numbers used by the robbers in
the hour before the attack, and the burners were bought with his cousin's ID. We believe he
supplied the route and timing. Messages and contacts are required to confirm this and to
identify the rest of the gang; location for arrest planning.
""")

E("P07", "en", "AU", "Child Exploitation Investigation Squad", "police",
  "serious_crime", "producing and distributing child abuse material", 15,
  "junior sports coach", ["messages", "media"], """
Device identifier supplied by an overseas platform in a mandatory report after 312 abuse
images were uploaded from it, at least 14 of which appear to have been produced locally (club
uniform visible). The device is registered to the target, who coaches under-12 teams on
weekends. Media and messages needed to identify the children and establish whether abuse is
ongoing. Urgent.
""", idk="device")

E("P08", "en", "SG", "Commercial Crime Investigation Branch", "police",
  "serious_crime", "money laundering", 10, "director of a shell trading company",
  ["messages", "contacts", "credentials"], """
This e-mail account registered four shell companies that together received S$14.6m from a
business e-mail compromise fraud against a logistics firm in April. The funds left for crypto
exchanges within 48 hours. Account credentials and messages will show who controls the
companies and where the money went.
""", idk="email")

E("P09", "en", "TH", "Natural Resources and Wildlife Crime Division", "police",
  "serious_crime", "transnational trafficking of protected wildlife (pangolin scales)", 10,
  "import-export trader", ["messages", "contacts"], """
Customs at Laem Chabang seized 1.7 tonnes of pangolin scales declared as frozen cassava on
22 May. The consignee company is a front registered to the target's driver; the target paid the
storage fees from his personal account. Intercepts of the driver's phone (previous warrant)
show the target arranging the next container with a supplier in West Africa. Messages and
contacts requested to identify the buyers and the next shipment.
""")

E("P10", "en", "GH", "Ashanti Regional CID Highway Robbery Unit", "police",
  "serious_crime", "armed robbery", 25, "commercial driver", ["location"], """
This line was active at the scene of all four highway robberies on the Kumasi-Techiman road
since April (cell-site). In the last one a passenger was shot in the leg. Location only, to
arrest before the next attack.
""")

E("P11", "en", "PL", "Lodz Voivodeship Drug Crime Unit", "police",
  "serious_crime", "manufacture of synthetic drugs in significant quantities", 15,
  "chemistry technician", ["messages", "location", "contacts"], """
Case PZ-114/26. A clandestine amphetamine laboratory was dismantled in a barn near Zgierz on
2 June; two operators arrested. BMK precursor drums found on site were bought by a company whose
sole employee is the target, and his fingerprints are on the reaction vessel. The lab produced
an estimated 300 kg. The operators' phones show him instructing them on the synthesis and
announcing a second site. Location and messages to find it.
""")

E("P12", "en", "HU", "Tax and Customs Criminal Directorate, Central Region", "other_government",
  "serious_crime", "budget fraud causing particularly large damage (VAT carousel)", 10,
  "company director", ["messages", "contacts"], """
Missing-trader VAT carousel in electronics: 14 companies, HUF 3.1bn of unpaid VAT over 18 months.
The target is the director of the buffer company through which every invoice chain runs and
signs the fictitious invoices. Bookkeeper (cooperating) states that instructions on which
invoices to issue come by messaging app from this number. Messages and contacts requested.
""")

E("P13", "en", "AE", "Federal Prosecution for Economic Crimes", "prosecution",
  "serious_crime", "money laundering", 10, "gold trader", ["messages", "contacts"], """
Target's trading company declared AED 410m of gold imports in 2025 against no traceable
purchases; cash deposits were split across 26 accounts of exchange houses below the reporting
limit. Two of the exchange-house employees have confessed to structuring the deposits on his
instructions, given by phone. Authorised by the attached prosecution order.
""", lbtype="prosecutor_order")

E("P14", "en", "KE", "Counter-Terror Response Unit, North Eastern Command", "police",
  "terrorism", "preparation of a terrorist act (planned bombing of a bus terminal)", 999,
  "motorcycle taxi rider", ["messages", "location", "contacts"], """
On 6 June a courier was stopped at the Garissa checkpoint with 40 detonators and 12 kg of
commercial explosive hidden in a water tank. His phone contains voice notes from this number
instructing him where to deliver, and photographs of the main bus terminal taken at the morning
rush hour with arrows marking where the crowd is thickest. The courier says the target is the
local facilitator of the armed group Harakat al-Sayf and that the attack is planned for the end
of the month. Request messages, contacts and location to prevent the attack and identify the
cell.
""", note="terrorism definition met: attack endangering life to intimidate the population")

E("P15", "en", "IN", "Western Coast Counter-Terror Squad", "police",
  "terrorism", "conspiracy to take hostages and commit a terrorist act", 999, "unknown",
  ["messages", "location", "microphone"], """
Source reporting corroborated by the recovery of two AK-pattern rifles and a floor plan of the
Seaview Grand hotel from a rented flat in Andheri (seizure memo enclosed). The plan marks the
conference hall booked for a foreign ministers' dinner on 30 June, with notes on taking the
guests hostage and a list of demands addressed to the state government. Fingerprints of the
target on the rifles; the flat was rented in his name. His present location is unknown. We seek
location, messages and room audio to locate him and the other members before the date.
""")

E("P16", "en", "GB", "Counter Terrorism Unit, Northern Region", "police",
  "terrorism", "preparation of terrorist acts", 999, "warehouse operative",
  ["messages", "media", "location"], """
The target bought 25 kg of ammonium nitrate fertiliser and a quantity of ball bearings in May
although he has no garden or allotment, and he has been filmed twice walking the route of the
city's Pride march, pacing out distances near the main stage. On a forum he has written that he
wants to 'kill as many of them as possible and make the rest afraid to show their faces'. His
far-right views are not the reason for this request; the purchases, the reconnaissance and the
stated intent to kill are. The march is on 28 June. Messages, media and location are needed
to establish whether he has built a device and whether others are involved.
""", note="innocent mention: victims' sexual orientation and target's views; definition met")

E("P17", "en", "NG", "Defence Intelligence Directorate, North East Operations", "military",
  "terrorism", "planting improvised explosive devices in public markets", 999, "unknown",
  ["location", "messages", "contacts"], """
Three IEDs exploded in the Monday market and the cattle market between 12 March and 20 May,
killing 31 civilians. A captured bomb-maker identified this number as that of the cell leader
who chooses the markets and the days with the largest crowds. The number has been active in the
same area as each blast on the preceding evening. Location, messages and contacts requested
under the attached administrative order.
""", lbtype="administrative_order")

E("P18", "en", "ID", "Special Counter-Terror Detachment, East Java", "police",
  "terrorism", "planned bombing attack (pipe bombs)", 999, "labourer",
  ["messages", "location", "contacts"], """
Investigation into a cell that intends to slip into the 1 July labour rally outside the
provincial parliament carrying pipe bombs, in order to attack the police cordon and cause
as many casualties as possible among police and marchers. Two pipe bombs identical to the ones
described by an arrested member were found buried behind the target's house on 9 June. The
unions organising the rally are not under suspicion and are not the subject of this request;
the rally is simply the cover the cell chose. Messages, contacts and location for the target
only.
""", note="protest as cover for a real terrorist plot; organisers not targeted")

E("P19", "es", "CL", "Brigada de Investigación de Robos Violentos, Santiago Centro", "police",
  "serious_crime", "robo con violencia e intimidación", 20, "desconocida",
  ["location", "messages", "contacts"], """
El 29 de mayo, durante la marcha estudiantil por la Alameda, un grupo de seis encapuchados se
separó de la columna, ingresó armado a la sucursal bancaria de calle Lord Cochrane y se llevó
$48 millones; uno de ellos disparó contra el guardia, que permanece hospitalizado. La marcha
transcurrió con normalidad y sus convocantes no son objeto de esta investigación. El número del
objetivo aparece en el celular incautado a uno de los detenidos con mensajes que fijan la hora
del asalto para 'cuando pase la columna' y reparten el dinero. Se solicita ubicación, mensajes y
contactos.
""", note="protest as cover for an armed robbery")

E("P20", "en", "GB", "Modern Slavery and Exploitation Team, Midlands", "police",
  "serious_crime", "holding a person in slavery or servitude; human trafficking", 999,
  "car wash owner", ["messages", "contacts", "location"], """
The target, a Romanian national resident in Leicester, owns four hand car washes. He recruits
workers from villages near his home town through a social media page, pays their travel, then
keeps their passports and makes them work 12-hour days for £10 a day while living in a
container behind one of the sites. Eleven workers were found there in a welfare visit on
30 May; three have given statements naming him and describing beatings. Messages and contacts
to identify the recruiters in Romania and any other sites; location for arrest.
""", nat="RO", note="foreign national inside the customer's country: not extraterritorial; nationality mentioned innocently")

E("P21", "en", "MY", "Financial Fraud Investigation Division, Selangor Contingent", "police",
  "serious_crime", "cheating and criminal breach of trust (investment scheme)", 10,
  "investment adviser", ["messages", "contacts"], """
Ponzi scheme marketed as a 'shariah-compliant' plantation fund. The target approached victims
after Friday prayers at two mosques in Shah Alam and collected about RM 9 million from 240
people, promising 4% a month; no plantation exists, and early investors were paid out of new
deposits until March. Forensic accountant's report and 58 police reports on file. Messages and
contacts to trace where the money went.
""", note="innocent mention of religion: victims recruited at mosques, target chosen for the fraud")

E("P22", "en", "IE", "Dublin Metropolitan Serious Crime Unit", "police",
  "serious_crime", "robbery and blackmail", 14, "unknown", ["messages", "location"], """
A gang is using a dating app to lure gay men to a flat in Tallaght, where they are robbed at
knifepoint and then blackmailed with threats to tell their families. Six victims so far, two of
them seriously injured. The app account that arranges the meetings is linked to this number,
and the victims' bank cards were used at an ATM where the target was filmed. Messages and
location needed to identify the gang and stop the next robbery.
""", note="innocent mention of sexual orientation (victims)")

E("P23", "es", "MX", "Vicefiscalía Regional de Homicidios, Zona Norte", "prosecution",
  "serious_crime", "tentativa de homicidio calificado y amenazas", 40, "desconocida",
  ["location", "messages"], """
El objetivo es el presunto sicario que desde marzo amenaza de muerte a la periodista Mariela
Ontiveros, reportera de un diario local que investiga el cobro de piso en el mercado de abastos.
El 2 de junio un hombre disparó contra el domicilio de la periodista; las cámaras del C5
captaron la motocicleta, que está registrada a nombre del objetivo, y el número solicitado envió
a la víctima fotografías de su hija saliendo de la escuela. Un testigo protegido declara que le
pagaron por matarla. Se solicita ubicación y mensajes para detenerlo antes de un nuevo ataque.
""", lbtype="prosecutor_order", note="journalist is the victim, not the target")

E("P24", "en", "PH", "Provincial Special Investigation Task Group", "police",
  "serious_crime", "murder", 999, "quarry operator", ["messages", "contacts", "location"], """
Radio broadcaster Ramon Ilagan was shot dead outside his station on 2 June, a week after airing
a series on illegal quarrying along the river. The arrested gunman has executed an affidavit
that the target, whose quarry was named in the series, paid him P150,000 through an
intermediary. The target withdrew exactly that amount the day before the killing, and this
number called the intermediary eleven times that week. Request messages, contacts and location.
""", note="journalist is the victim, not the target")

E("P25", "es", "AR", "Brigada de Delitos Complejos, Mar del Plata", "police",
  "serious_crime", "asociación ilícita y estafas reiteradas", 10,
  "se presenta como abogado (no matriculado)", ["messages", "contacts", "location"], """
Banda del 'cuento del abogado': llaman a jubilados haciéndose pasar por un abogado que defiende
a un nieto detenido tras un accidente y piden dinero para la fianza, que retira un cadete en el
domicilio. 23 víctimas desde febrero, unos USD 180.000. El objetivo es quien hace las llamadas
como 'doctor'; el Colegio de Abogados informó que no figura en ninguna matrícula y nunca ejerció
la profesión. Su número aparece en los registros de llamadas de 19 de las víctimas. Mensajes,
contactos y ubicación para identificar a los cadetes y el lugar donde se guarda el dinero.
""", note="criminal posing as a lawyer is not a protected lawyer")

E("P26", "en", "CA", "Border Smuggling Joint Task Force, Eastern Townships", "police",
  "serious_crime", "organizing illegal entry of persons (aggravated, deaths)", 999,
  "self-described immigration lawyer (not licensed)", ["messages", "contacts", "location"], """
The target advertises himself in chat groups as an 'immigration lawyer' and charges families up
to $25,000 to walk them across the border at night. He is not a member of any law society and
is not a licensed consultant (letters from both regulators attached). In January two of his
clients, a father and a teenage son, died of hypothermia after being left in a field. Survivors
identify his number as the one that gave them the meeting point. We need messages, contacts and
location to identify the drivers on both sides and prevent further crossings.
""", note="criminal posing as a lawyer is not a protected lawyer")

E("P27", "en", "MY", "Johor Anti-Scam Task Force", "police",
  "serious_crime", "cheating and participation in an organised criminal group (scam centre)", 20,
  "scam centre manager", ["messages", "contacts", "location"], """
Raid on an office tower in Iskandar Puteri on 27 May found 140 workers running investment and
romance scams from scripted phones. Several workers say the floor manager is the target, a
Chinese national who entered on a social visit pass and was not on site during the raid. The
seized ledgers list his number as 'boss'. Location, messages and contacts to arrest him and
identify the owners.
""", nat="CN", note="foreign national located in the customer's country: not extraterritorial")

E("P28", "fr", "FR", "Cellule régionale stupéfiants de la métropole lilloise", "police",
  "serious_crime", "importation de stupéfiants en bande organisée", 30, "gérant de bar",
  ["messages", "location"], """
Procédure 2026/0412. Le 18 mai, 64 kg d'herbe de cannabis et 9 kg de cocaïne ont été saisis dans
une camionnette en provenance d'Anvers à Roubaix. Le chauffeur a désigné le gérant du bar « Le
Carillon », ressortissant belge installé à Tourcoing, comme le commanditaire des convois
hebdomadaires. La téléphonie montre que ce numéro a guidé le chauffeur jusqu'au lieu de
déchargement. Messages et géolocalisation demandés pour identifier les fournisseurs et
interpeller l'équipe avant le prochain convoi.
""", nat="BE", note="foreign national located in the customer's country: not extraterritorial")

E("P29", "en", "ZM", "Copperbelt Narcotics Bureau", "other_government",
  "serious_crime", "trafficking in psychotropic substances", 15, "bus conductor",
  ["messages"], """
Target moves heroin from the border to Kitwe hidden in parcels on long-distance buses. Seizure of
3.4 kg on 21 May; the parcel was booked from his phone. Messages only.
""", quota="max-1", note="quota at max-1")

E("P30", "fr", "SN", "Brigade régionale des stupéfiants de Kaolack", "police",
  "serious_crime", "trafic international de cocaïne", 20, "transporteur",
  ["location", "messages"], """
Suite à la saisie de 48 kg de cocaïne dans un camion frigorifique au poste de Karang le 30 mai,
l'exploitation du téléphone du chauffeur désigne ce numéro comme celui du donneur d'ordre, qui
le suivait en temps réel et lui a ordonné de changer d'itinéraire. Géolocalisation et messages
sollicités pour remonter le réseau.
""", quota="max-1", note="quota at max-1")

E("P31", "es", "CO", "Fiscalía Especializada Antisecuestro del Valle", "prosecution",
  "serious_crime", "secuestro extorsivo agravado", 50, "comerciante",
  ["location", "messages", "contacts"], """
Víctima: comerciante de Palmira, 58 años, privado de la libertad el 4 de junio. Desde este abonado
se hicieron las tres llamadas de exigencia a la familia (800 millones de pesos). La línea se
activó el día del secuestro y se desplaza entre Jamundí y el Cauca. Se requiere ubicación en
tiempo real para el rescate, y mensajes y contactos para identificar a la red.
""", quota="max-1", note="quota at max-1")

E("P32", "en", "LK", "Criminal Investigation Department, Vehicle Theft Unit", "police",
  "serious_crime", "organised theft of motor vehicles", 6, "garage owner",
  ["messages", "contacts"], """
Thirty-one leased vehicles have disappeared from finance companies since January; the engine and
chassis numbers of nine of them were re-stamped at the target's garage in Kadawatha, where they
were found on 17 May. The garage's phone book and the re-stamping kit were seized. We ask for
messages and contacts to identify the buyers and the insiders at the finance companies.
""", note="penalty exactly at threshold (6)")

E("P33", "fr", "CM", "Brigade économique de Douala", "police",
  "serious_crime", "abus de confiance aggravé", 6, "caissier principal",
  ["messages", "contacts"], """
Le caissier principal d'une microfinance de Douala est soupçonné d'avoir détourné 212 millions
de FCFA d'épargne de commerçantes entre 2024 et 2026 au moyen de faux bordereaux de retrait.
L'audit interne a retrouvé sa signature sur 340 bordereaux et les fonds sur les comptes de deux
sociétés de transfert. Messages et contacts pour établir les complicités et localiser les fonds.
""", note="penalty exactly at threshold (6)")

E("P34", "es", "ES", "Grupo de Estafas Tecnológicas, Jefatura Superior de Levante", "police",
  "serious_crime", "estafa agravada (art. 250 CP)", 6, "desconocida",
  ["messages", "credentials", "contacts"], """
Campaña de SMS suplantando a una entidad bancaria: más de 400 afectados en Valencia y Alicante,
1,3 millones de euros transferidos a cuentas mula. El dominio de la web falsa y el servidor de
envío se contrataron con este número, que también recibía los códigos de verificación
interceptados. Se solicitan mensajes, credenciales y contactos para identificar a los
administradores y a los titulares de las cuentas mula.
""", note="penalty exactly at threshold (6), Spanish aggravated fraud")

E("P35", "en", "UG", "Special Investigations Division, Child Protection Unit", "police",
  "serious_crime", "aggravated trafficking in children", 999, "unknown",
  ["location", "messages"], """
URGENT. Three girls aged 12-14 taken from a children's home in Jinja on Monday by a woman using
this number, who claimed to be an aunt. The home's CCTV and the boda rider who drove them
identify her. Two hours ago the number was active near the Busia border. The magistrate's
warrant expires this evening and a renewal hearing is set for tomorrow; please execute
immediately.
""", lb="plus1h", lbtype="judicial_warrant",
  note="legal basis expires one hour after now (still valid)")

E("P36", "en", "GH", "Western Region Child Labour and Trafficking Desk", "police",
  "serious_crime", "trafficking in persons (forced labour on fishing boats)", 20, "canoe owner",
  ["location", "contacts"], """
Target buys boys from poor families in the north and puts them to work on fishing canoes on the
lake; one boy drowned in April when he was made to dive to untangle nets. Two rescued boys and
their parents identify him. Location and contacts needed immediately: the order we hold
expires in a few minutes.
""", lb="plus1m", note="legal basis expires one minute after now (still valid)")

E("P37", "en", "JO", "Directorate of Border Security Intelligence", "intelligence",
  "serious_crime", "smuggling of weapons and ammunition", 15, "livestock trader",
  ["messages", "location", "contacts"], """
Target is assessed to organise the movement of assault rifles and ammunition across the
northern border hidden in livestock trucks. Two trucks from his farm were intercepted in March
and May with 46 rifles; drivers say he loads them himself. Requested under administrative order
for three months.
""", lbtype="administrative_order")

E("P38", "fr", "CI", "Parquet spécial anti-drogue de San-Pédro", "prosecution",
  "serious_crime", "trafic international de cocaïne", 20, "transitaire",
  ["messages", "contacts", "media"], """
Le transitaire visé a dédouané en avril deux conteneurs de cacao dans lesquels la douane a
découvert 310 kg de cocaïne. Les documents d'embarquement ont été falsifiés depuis son poste et
envoyés depuis ce numéro à un correspondant européen (photos des scellés). Le parquet
requiert l'accès aux messages, contacts et médias pour identifier les destinataires.
""", lbtype="prosecutor_order")

E("P39", "en", "SC", "Coast Guard Maritime Operations Centre", "military",
  "serious_crime", "piracy and armed robbery at sea", 30, "dhow captain",
  ["location", "messages"], """
Two fishing vessels boarded by armed men off Praslin in May; crews held at gunpoint for 30 hours
and the catch and engines taken. A survivor recognised the target's dhow. His satellite-enabled
handset was used to coordinate with the attack skiff (recovered SIM log). Location and messages
to intercept before the next attack.
""")

E("P40", "en", "NL", "Cyber Extortion Team, Eastern Netherlands Regional Unit", "police",
  "serious_crime", "extortion by ransomware against a hospital", 12, "unknown",
  ["messages", "credentials", "contacts"], """
On 26 May a ransomware group encrypted the patient systems of a regional hospital; emergency
admissions were diverted for four days. The ransom negotiation was run from this e-mail account,
which also registered the leak site where patient data is now being threatened for release.
Credentials and messages will identify the operators and their affiliates.
""", idk="email")

E("P41", "fr", "BE", "Cellule exploitation sexuelle des enfants, Police judiciaire fédérale de Liège", "police",
  "serious_crime", "production et diffusion d'images d'abus sexuels sur mineurs", 15, "inconnue",
  ["media", "messages"], """
L'appareil désigné a été signalé par un hébergeur américain : plus de 900 fichiers d'abus
sexuels sur enfants échangés en avril, dont une série récente montrant deux fillettes dans une
cuisine belge (prises, emballages). Médias et messages requis en urgence pour identifier les
victimes et l'auteur.
""", idk="device")

E("P42", "en", "JM", "Customs Contraband Enforcement Team", "other_government",
  "serious_crime", "trafficking in firearms concealed in barrels", 999, "shipping clerk",
  ["messages", "contacts"], """
Nineteen handguns and 2,000 rounds were found in the false bottom of a 'barrel' of groceries at
Kingston wharf on 12 May. The shipping clerk who cleared the barrel without inspection had done
the same for three earlier barrels from the same consignor. His phone number is the only contact
on the consignor's booking forms. Messages and contacts to identify the receivers.
""")

E("P43", "fr", "CM", "Brigade anti-enlèvements de Ngaoundéré", "police",
  "serious_crime", "enlèvement contre rançon", 999, "éleveur",
  ["location", "messages"], """
Depuis janvier, onze bergers et enfants ont été enlevés dans les villages autour de Ngaoundéré et
libérés contre des rançons allant jusqu'à 5 millions de FCFA ; deux otages ont été tués. Ce
numéro a servi à négocier trois rançons et borne régulièrement près d'un campement de
transhumance. Localisation et messages pour libérer l'otage actuellement détenu.
""")

E("P44", "en", "SS", "Criminal Investigation Department, Juba", "police",
  "serious_crime", "illicit trafficking in arms", 20, "trader",
  ["messages", "contacts", "location"], """
Target supplies rifles to cattle-raiding groups in Jonglei. Raid in May left 23 dead; recovered
rifles were traced to a batch stolen from an army store, and the quartermaster has named the
target as the buyer who paid in cattle. Messages, contacts and location.
""")

E("P45", "fr", "TN", "Brigade d'investigation antiterroriste de Sousse", "police",
  "terrorism", "préparation d'un attentat contre des touristes", 999, "sans emploi",
  ["messages", "media", "location"], """
Le suspect a acquis deux fusils d'assaut et des chargeurs par l'intermédiaire d'un passeur à la
frontière, filmé à plusieurs reprises les plages et l'entrée de deux hôtels de Sousse, et envoyé
à un contact à l'étranger une vidéo d'allégeance annonçant qu'il « fera couler le sang des
touristes pour que l'État plie ». Messages, médias et localisation demandés afin de prévenir
l'attaque et d'identifier ses soutiens.
""")

E("P46", "es", "CO", "Centro Regional de Inteligencia Antiterrorista Suroccidente", "intelligence",
  "terrorism", "atentado con explosivos contra estación de policía", 60, "desconocida",
  ["messages", "location", "contacts"], """
Informe de inteligencia corroborado: la estructura disidente 'Frente Libardo Rentería' prepara un
atentado con cilindros bomba contra la estación de policía de un municipio del norte del Cauca,
ubicada junto a la plaza de mercado, para presionar al Gobierno a suspender las operaciones en la
zona. El objetivo es el explosivista de la estructura; este número coordinó el traslado de 80 kg
de ANFO incautados el 25 de mayo. Se solicitan mensajes, ubicación y contactos.
""", lbtype="administrative_order")

E("P47", "es", "PE", "División Antidrogas de Ayacucho, Base Pichari", "police",
  "serious_crime", "tráfico ilícito de drogas agravado", 25, "agricultor",
  ["location", "messages", "contacts"], """
El objetivo administra un laboratorio de clorhidrato de cocaína en la zona de Pichari y coordina
el envío de la droga en mochilas hacia la costa. Colaborador eficaz y dos intervenciones en
abril (390 kg) lo señalan. Ubicación, mensajes y contactos.
""")

E("P48", "es", "GT", "Unidad contra Extorsiones de Mixco", "police",
  "serious_crime", "extorsión y asesinato", 50, "desconocida",
  ["messages", "location", "contacts"], """
Desde enero, los pilotos de la ruta de buses que sale de la colonia El Milagro pagan Q500
semanales a una clica. Dos pilotos que dejaron de pagar fueron asesinados en abril. Las
exigencias y las amenazas de muerte se envían desde este número, que también recibe los avisos
de depósito. El dueño de la ruta colabora y ha entregado las grabaciones. Mensajes, ubicación y
contactos para identificar al cobrador y a los sicarios.
""")

E("P49", "en", "BS", "Grand Bahama Narcotics Interdiction Squad", "police",
  "serious_crime", "importation of dangerous drugs with intent to supply", 999, "boat mechanic",
  ["location", "messages"], """
Go-fast boat intercepted 14 May with 420 kg of cocaine; the two crew are silent but the boat was
fitted with extra fuel tanks at the target's yard two days earlier, and his number called the
boat's satellite phone during the run. Location and messages.
""")

E("P50", "en", "NZ", "Asset Laundering Investigation Team, Auckland City", "police",
  "serious_crime", "money laundering", 7, "retired accountant",
  ["messages", "contacts"], """
Despite being 72 and officially retired, the target still runs the books for a methamphetamine
syndicate: cash is fed through three of his former clients' businesses and out as 'consulting
fees'. A syndicate member now cooperating has handed over spreadsheets in his style and messages
from this number giving instructions on amounts. Messages and contacts.
""", note="innocent mention of age")

E("P51", "en", "AU", "State Crime Command, Engagement and Hate Crime Unit", "police",
  "serious_crime", "arson of a place of worship and threats to kill", 25, "unknown",
  ["messages", "location", "media"], """
The Sikh gurdwara in Blacktown was set alight at 2 am on 1 June; the caretaker escaped with burns.
CCTV shows a man filling jerry cans at a nearby service station 40 minutes earlier with a card
in the target's name, and his phone was at the gurdwara at the time of the fire. The same week
the congregation's committee received text messages from this number threatening to 'finish the
job with people inside'. Messages, location and media needed to establish whether others are
involved and to prevent a repeat attack.
""", note="innocent mention of religion: the victims' faith; hate crime suspect")

E("P52", "en", "GR", "Attica Migrant Smuggling Unit", "police",
  "serious_crime", "migrant smuggling resulting in death", 999, "unknown",
  ["messages", "contacts", "location"], """
An overloaded boat capsized off Lesvos on 11 May; nine people drowned, including four children.
Survivors paid EUR 2,500 each and were told by phone where to board; the number they were given
is the one in this request. The same number appears in the phones of two skippers arrested in
earlier crossings. Messages and contacts to identify the organiser and his payment agents;
location to arrest.
""")

# ---------------------------------------------------------------------------
# REFERS
# ---------------------------------------------------------------------------

# --- registry match (structured protected_person) ---

E("R01", "en", "ZM", "Anti-Corruption Investigations Bureau, Southern Province", "other_government",
  "serious_crime", "corruptly soliciting gratification in public procurement", 12, "mayor",
  ["messages", "contacts"], """
The mayor of Mazabuka is alleged to have demanded 10% of the value of a K40m road contract from
the winning contractor. The contractor recorded the meeting at which the amount was agreed
(recording verified) and has since paid two instalments into the account of a company owned by
the mayor's driver. Messages and contacts to identify who else in the council shares the
payments.
""", tc="protected_person", want="refer:protected_person", reg="politician")

E("R02", "es", "MX", "Fiscalía Especializada Anticorrupción, Región Golfo", "prosecution",
  "serious_crime", "operaciones con recursos de procedencia ilícita", 15, "diputado local",
  ["messages", "contacts"], """
La Unidad de Inteligencia Financiera reportó que, entre 2024 y 2026, empresas fachada vinculadas
al objetivo recibieron 96 millones de pesos de una red de huachicol y los reinvirtieron en
ranchos y gasolineras. Un exsocio declaró ante el Ministerio Público que el objetivo coordinaba
personalmente los depósitos. Se solicitan mensajes y contactos.
""", tc="protected_person", want="refer:protected_person", reg="politician",
  lbtype="judicial_warrant")

E("R03", "en", "ZA", "Cape Flats Witness Protection Investigation Team", "police",
  "serious_crime", "conspiracy to commit murder", 999, "attorney",
  ["messages", "contacts"], """
Prison visit recordings show the target, an attorney, receiving written notes from an
incarcerated gang leader during consultations. Within days of two of those visits, the witnesses
named in the notes were shot dead in Manenberg. A third note, photographed by warders, names a
witness due to testify next month, and a gang member arrested last week says the attorney passed
the order to him by phone. Messages and contacts to protect the remaining witness.
""", tc="protected_person", want="refer:protected_person", reg="lawyer")

E("R04", "fr", "CI", "Cellule d'enquête sur les violences faites aux enfants, Yopougon", "police",
  "serious_crime", "viols sur mineurs de quinze ans", 20, "pasteur",
  ["messages", "media"], """
Quatre adolescentes de 13 à 15 ans ont porté plainte contre le pasteur de leur église à Yopougon
pour des viols commis lors de « séances de délivrance ». Les certificats médicaux et les messages
qu'il leur envoyait sont au dossier. Une cinquième victime aurait quitté la ville. Messages et
médias demandés pour identifier d'autres victimes.
""", tc="protected_person", want="refer:protected_person", reg="religious_leader")

E("R05", "en", "TH", "Immigration Crime Suppression Division", "police",
  "serious_crime", "document fraud facilitating human trafficking", 15, "consular officer",
  ["messages", "contacts"], """
The target, accredited as a consular officer at a foreign consulate in Bangkok, is suspected of
issuing 300 'business' visas against fake invitation letters to women recruited by a trafficking
network that later sold them into bars in Pattaya. Bank transfers from the network to his
relative's account match visa dates. Messages and contacts.
""", tc="protected_person", want="refer:protected_person", reg="diplomat", nat="NP")

E("R06", "en", "UG", "Motor Vehicle Crimes Desk, Kampala Metropolitan", "police",
  "serious_crime", "theft of motor vehicles and forgery of registration documents", 10, "unknown",
  ["location", "messages"], """
Number found on the phone of a broker selling stolen Land Cruisers with forged logbooks; it
arranged the sale of at least six vehicles this year. The system flags the number because it was
formerly assigned to the protocol office at the President's official residence; the network
operator says it was recycled and reissued in 2025 to a new subscriber, who we believe is the
ring's organiser. Location and messages.
""", want="refer:protected_person", reg="head_of_state",
  note="registry match decides even though the text suggests a recycled number")

E("R07", "en", "JM", "Constabulary Anti-Gang Intelligence Unit", "police",
  "serious_crime", "participating in a criminal organisation", 20, "crime reporter",
  ["messages", "contacts"], """
The target is a crime reporter with a Kingston daily. Messages recovered from a gang leader's phone
show the target sending him the names and addresses of two witnesses from police briefings, for
which he received JMD 400,000. One of those witnesses was murdered on 8 April. This is about that
transfer of information and payment, not about anything he published. Messages and contacts.
""", tc="protected_person", want="refer:protected_person", reg="journalist")

E("R08", "es", "BO", "Fiscalía de Delitos Económicos de Cochabamba", "prosecution",
  "serious_crime", "apropiación indebida y legitimación de ganancias ilícitas", 10,
  "directora de fundación", ["messages", "contacts"], """
La objetivo dirige una fundación de defensa de derechos de mujeres campesinas. La auditoría
encargada por el donante europeo detectó que 480.000 euros destinados a talleres se transfirieron
a una constructora propiedad de su esposo y se usaron para levantar dos edificios a nombre de
ambos; los talleres facturados nunca se realizaron según las comunidades visitadas. Se requieren
mensajes y contactos para establecer el destino del resto de los fondos.
""", tc="protected_person", want="refer:protected_person", reg="human_rights_defender",
  lbtype="prosecutor_order")

E("R09", "fr", "GA", "Brigade des stupéfiants de Libreville-Nord", "police",
  "serious_crime", "trafic de cocaïne", 20, "inconnue",
  ["messages", "location"], """
Le numéro visé a été relevé sur le téléphone d'un passeur interpellé à l'aéroport avec 3 kg de
cocaïne ingérée ; il lui a remis le billet et les instructions. Les relevés montrent qu'il
recrute d'autres passeurs dans les quartiers nord. Messages et localisation.
""", want="refer:protected_person", reg="journalist",
  note="registry match only; the text says nothing of journalism")

E("R10", "en", "PH", "Anti-Land Grabbing Task Force, Region III", "police",
  "serious_crime", "estafa through falsification of public documents (syndicated)", 20,
  "notary public", ["messages", "contacts", "media"], """
A syndicate is selling farmland it does not own using forged titles. Every one of the 27 forged
deeds of sale recovered so far was notarised by the target, whose notarial register shows no
entries for those dates. Buyers lost about P85 million. Messages, contacts and media (scans of
titles are exchanged by phone) to identify the land registry insiders.
""", tc="protected_person", want="refer:protected_person", reg="lawyer")

# --- protected person by the text or the profession field only (perfect structured fields) ---

E("R11", "en", "UG", "Kampala Metropolitan Anti-Extortion Unit", "police",
  "serious_crime", "extortion", 14, "journalist (online news site)",
  ["messages", "contacts"], """
A property developer reports that the target demanded UGX 200m not to publish fabricated
allegations about him, and sent a draft article as proof. The first UGX 50m was handed over in a
controlled delivery on 29 May, filmed by our officers; the target then demanded the balance by
phone. We have no interest in what he writes; the request concerns the demands for money.
Messages and contacts to establish whether other businessmen are being extorted.
""", tc="protected_person", want="refer:protected_person",
  note="journalist by profession field: protected, real crime alleged")

E("R12", "en", "KE", "Land Fraud Investigation Unit, Nakuru", "police",
  "serious_crime", "forgery and conspiracy to defraud (land)", 7, "unknown",
  ["messages", "contacts"], """
Ten title deeds for public land set aside for a school were forged and transferred to private
companies in March. Lands registry staff say the transfers were pushed through by the target, a
sitting member of the county assembly, who visited the registry with the forged documents; two
of the companies are owned by his brothers. Messages and contacts requested.
""", tc="protected_person", want="refer:protected_person",
  note="politician stated only in the text")

E("R13", "es", "EC", "Unidad de Lavado de Activos, Guayaquil", "police",
  "serious_crime", "lavado de activos", 13, "abogado penalista",
  ["messages", "contacts"], """
El estudio jurídico del objetivo recibió en 2025 más de 2 millones de dólares en depósitos en
efectivo fraccionados, provenientes de la organización delictiva que él mismo defiende en
juicio, y los usó para comprar once inmuebles a nombre de terceros. Los depositantes fueron
identificados por las cámaras de las agencias bancarias. Mensajes y contactos.
""", tc="protected_person", want="refer:protected_person",
  note="lawyer by profession field; real laundering alleged")

E("R14", "fr", "FR", "Cellule des atteintes aux mineurs, Lyon", "police",
  "serious_crime", "agressions sexuelles sur mineurs", 20, "prêtre de paroisse",
  ["messages", "media"], """
Trois anciens enfants de chœur, aujourd'hui âgés de 14 à 17 ans, ont déposé plainte pour des
agressions sexuelles commises lors de camps d'été. Le téléphone de l'un d'eux contient des
messages récents du mis en cause lui demandant de se taire. Il continue d'encadrer des activités
de jeunesse. Messages et médias demandés.
""", tc="protected_person", want="refer:protected_person",
  note="religious leader by profession field (parish priest)")

E("R15", "en", "LK", "Criminal Investigation Department, Northern Range", "police",
  "serious_crime", "trafficking in firearms", 20, "human rights activist",
  ["messages", "contacts"], """
Customs opened a parcel declared as 'printed reports' addressed to a documentation centre in
Jaffna and found four pistols and 200 rounds. The delivery slip for this and for two earlier
parcels from the same sender was signed by the target, and the sender's account received payment
from her bank account. We request messages and contacts relating to the parcels.
""", tc="protected_person", want="refer:protected_person",
  note="human-rights defender by profession field")

E("R16", "en", "AE", "Airport Narcotics Interdiction Directorate", "police",
  "serious_crime", "trafficking in narcotics", 999, "unknown",
  ["messages", "location"], """
Information from an allied service: a second secretary at a foreign embassy here is using his
status to bring captagon through the airport in personal luggage that is not searched. A courier
arrested on 3 June carried 40,000 pills and a handwritten note with this number, which is
registered to the embassy and issued to that official. Messages and location.
""", tc="protected_person", want="refer:protected_person", nat="LB",
  note="diplomat stated only in the text")

E("R17", "es", "DO", "Procuraduría Especializada contra el Fraude, Santiago", "prosecution",
  "serious_crime", "estafa agravada y asociación de malhechores", 10, "comerciante",
  ["messages", "contacts"], """
El objetivo es pastor de una congregación evangélica en Los Alcarrizos. Entre 2023 y 2025 recaudó
unos RD$60 millones de sus fieles para un proyecto de viviendas que nunca se inició; los terrenos
prometidos pertenecen a otra persona y el dinero terminó en cuentas de una empresa de sus hijos.
Hay 112 denuncias. Mensajes y contactos.
""", tc="protected_person", want="refer:protected_person", lbtype="prosecutor_order",
  note="religious leader stated only in the text, profession field neutral")

E("R18", "en", "PH", "Anti-Graft Special Task Force", "police",
  "serious_crime", "plunder", 999, "senator", ["messages", "contacts"], """
Commission on Audit findings: PHP 740m of the target's development allocations went to
foundations that exist only on paper. The foundations' president has turned state witness and
produced receipts showing 50% kickbacks delivered to the target's chief of staff, plus messages
from this number confirming each 'delivery'. Messages and contacts requested.
""", tc="protected_person", want="refer:protected_person")

E("R19", "fr", "SN", "Brigade spéciale de lutte contre l'émigration clandestine, Saint-Louis", "police",
  "serious_crime", "trafic de migrants en bande organisée", 10, "avocat au barreau",
  ["messages", "contacts"], """
Le mis en cause, avocat inscrit au barreau, rédige de fausses lettres d'invitation et encaisse
les frais des candidats au départ en pirogue pour le compte d'un réseau de passeurs ; deux
départs organisés en avril ont fait sept morts. Les reçus saisis portent le cachet de son
cabinet. Messages et contacts.
""", tc="protected_person", want="refer:protected_person")

E("R20", "en", "CY", "Cultural Heritage Crime Unit", "police",
  "serious_crime", "illicit trafficking in antiquities", 15, "freelance photojournalist",
  ["messages", "contacts", "media"], """
An auction house flagged three Byzantine icons consigned from a company that was created by the
target. Two of them were stolen from churches in the north in the 1970s (photographed in a 1972
inventory). The target's own photographs of the icons, dated before the consignment, were
recovered from a dealer's computer. Messages, contacts and media requested to find the remaining
pieces.
""", tc="protected_person", want="refer:protected_person")

E("R21", "en", "MW", "Child Protection Investigations Unit", "police",
  "serious_crime", "trafficking in children", 999, "NGO director",
  ["messages", "contacts"], """
The target founded and directs a legal-aid organisation that documents police abuses. Separately
from that work, an adoption agency she co-owns sent nine children abroad in 2025 using birth
certificates that the registrar says were never issued; two mothers state they were paid to give
up their babies and were told they could visit them. Messages and contacts to find the children
and the intermediaries.
""", tc="protected_person", want="refer:protected_person",
  note="human-rights defender stated in the text")

# --- extraterritorial (target outside the customer's country) ---

E("R22", "en", "KE", "Nairobi Regional Anti-Kidnapping Unit", "police",
  "serious_crime", "kidnapping with intent to murder", 999, "unknown",
  ["location", "messages"], """
A Nairobi businessman abducted on 1 June was driven across the border; his family has been told
by phone that he will be killed unless KES 30m is paid. The caller, a Kenyan national, is using
this number, which has been roaming in Uganda since the day after the kidnapping. Location and
messages; coordination with the Ugandan police is under way.
""", want="refer:extraterritorial_target", loc="UG", note="citizen abroad")

E("R23", "en", "GB", "South Coast Regional Organised Crime Unit", "police",
  "serious_crime", "conspiracy to supply cocaine", 999, "unknown",
  ["messages", "contacts"], """
The target is a British national living on the Costa del Sol who directs cocaine deliveries in
Southampton and Portsmouth through a network of runners. His encrypted handle appears in
messages recovered from three of them. Messages and contacts.
""", want="refer:extraterritorial_target", loc="ES", note="citizen abroad")

E("R24", "es", "CO", "Unidad Transnacional contra el Narcotráfico, Pacífico", "police",
  "serious_crime", "tráfico de estupefacientes y concierto para delinquir agravado", 30,
  "desconocida", ["messages", "contacts"], """
Ciudadano colombiano radicado en Madrid que, según dos capturados en Buenaventura, coordina los
pagos de los cargamentos de cocaína que salen contaminando contenedores de fruta. Sus números
aparecen en los teléfonos incautados. Se solicitan mensajes y contactos; se tramita en paralelo
asistencia judicial con España.
""", want="refer:extraterritorial_target", loc="ES", note="citizen abroad")

E("R25", "en", "GH", "Cyber Fraud Investigation Bureau, Accra", "police",
  "serious_crime", "fraud by false pretences and money laundering", 10, "unknown",
  ["messages", "contacts", "credentials"], """
Romance-fraud ring: 41 victims, most of them widows in Ghana, persuaded to send money to a
'soldier' abroad. Bank records show the proceeds collected by a Ghanaian national now living in
Manchester, who forwards them to the organisers. This e-mail account is his. Messages, contacts,
credentials.
""", want="refer:extraterritorial_target", loc="GB", idk="email",
  note="citizen abroad, e-mail identifier")

E("R26", "en", "IN", "Cyber Fraud Economic Offences Cell", "police",
  "serious_crime", "cheating and criminal conspiracy (cyber fraud call centre)", 7, "unknown",
  ["messages", "contacts"], """
The target, an Indian citizen, runs from Dubai a call centre that impersonates customs officers
and extracts 'clearance fees' from victims in India; 380 FIRs across the state. Mule accounts and
the SIM boxes used here are managed on his instructions, per two arrested managers. Messages and
contacts.
""", want="refer:extraterritorial_target", loc="AE", note="citizen abroad")

E("R27", "en", "NG", "Federal Cybercrime Investigation Bureau", "other_government",
  "serious_crime", "advance-fee fraud and money laundering", 20, "unknown",
  ["messages", "contacts"], """
Ghanaian national operating from Accra who receives the proceeds of advance-fee frauds run from
Lagos and converts them to crypto. Arrested Lagos operators name him and show his number in
their chats. Messages and contacts.
""", want="refer:extraterritorial_target", nat="GH", loc="GH", note="foreigner abroad")

E("R28", "es", "MX", "Unidad de Investigación de Tráfico de Personas, Tapachula", "prosecution",
  "serious_crime", "tráfico de personas agravado", 30, "desconocida",
  ["messages", "location"], """
Ciudadano guatemalteco que, desde Tecún Umán, organiza el cruce de migrantes por el río Suchiate
y su traslado en tráileres hacia el norte; en el tráiler abandonado en Chiapas el 12 de mayo
murieron asfixiadas cuatro personas. Los sobrevivientes tenían su número guardado como 'el
coyote'. Mensajes y ubicación.
""", want="refer:extraterritorial_target", nat="GT", loc="GT", lbtype="prosecutor_order",
  note="foreigner abroad")

E("R29", "fr", "CI", "Centre de coordination du renseignement, Nord", "intelligence",
  "terrorism", "préparation d'attaques armées contre des villages frontaliers", 999, "inconnue",
  ["location", "messages", "contacts"], """
Un combattant capturé près de Kafolo a désigné ce numéro comme celui du chef de la katiba qui
prépare, depuis l'autre côté de la frontière, des attaques contre les postes de gendarmerie et
les villages ivoiriens pour « chasser les populations et faire reculer l'État ». La ligne est
active au Burkina Faso. Localisation, messages et contacts.
""", want="refer:extraterritorial_target", nat="BF", loc="BF",
  note="genuine terrorism, target abroad")

E("R30", "en", "KE", "Regional Counter-Terrorism Fusion Cell", "intelligence",
  "terrorism", "planning of a bombing against a hotel", 999, "unknown",
  ["messages", "location"], """
Intercepted courier messages indicate that an operations planner of an armed group based in
southern Somalia is finalising a car-bomb attack on a hotel in Nairobi frequented by foreigners,
with the stated aim of forcing Kenya to withdraw its troops. This number is the planner's. He is
a Somali national. Messages and location.
""", want="refer:extraterritorial_target", nat="SO", loc="SO",
  note="genuine terrorism, foreigner abroad")

E("R31", "en", "AU", "Child Abuse Livestream Taskforce", "police",
  "serious_crime", "facilitating live-streamed child sexual abuse", 15, "unknown",
  ["messages", "media", "contacts"], """
An Australian offender arrested in Perth paid AUD 19,000 over two years to this account for
live-streamed abuse of children in the Philippines. The account holder is a Filipino woman in
Pampanga who arranges the streams. Philippine authorities are informed. Messages, media and
contacts to identify the children.
""", want="refer:extraterritorial_target", nat="PH", loc="PH", idk="email",
  note="foreigner abroad, e-mail identifier")

E("R32", "en", "PL", "Szczecin Provincial Police Criminal Bureau", "police",
  "serious_crime", "theft of motor vehicles in an organised group", 10, "unknown",
  ["location", "messages"], """
Handset (device identifier below) used by the Polish national who leads a group stealing premium
cars in western Poland and moving them over the border for dismantling. He has lived in
Brandenburg since 2024. Location and messages.
""", want="refer:extraterritorial_target", loc="DE", idk="device",
  note="citizen abroad, device identifier")

E("R33", "en", "AU", "Federal Organised Crime Taskforce", "police",
  "serious_crime", "importation of a commercial quantity of border-controlled drugs", 999,
  "surf school owner", ["messages", "contacts"], """
An Australian citizen running a surf school in Bali organises couriers bringing cocaine into
Sydney inside surfboards. Two couriers arrested at the airport in May had his number as their
only contact. Messages and contacts.
""", want="refer:extraterritorial_target", loc="ID", note="citizen abroad")

E("R34", "en", "AZ", "State Border Intelligence Service", "intelligence",
  "serious_crime", "illegal trafficking in firearms and explosives", 12, "unknown",
  ["messages", "contacts"], """
Target, an Azerbaijani citizen resident in Istanbul, arranges shipments of pistols and detonators
to criminal groups in Baku hidden in car parts. Two shipments intercepted in March. Messages and
contacts; administrative order attached.
""", want="refer:extraterritorial_target", loc="TR", lbtype="administrative_order",
  note="citizen abroad, intelligence service")

# --- both refer clauses ---

E("R35", "en", "RS", "Metropolitan Organised Financial Crime Unit, Belgrade", "police",
  "serious_crime", "money laundering for a drug trafficking group", 10, "journalist",
  ["messages", "contacts"], """
The target, a Serbian journalist who moved to Vienna in 2023, is registered as the owner of two
companies through which a cocaine-trafficking group has laundered about EUR 6m through Austrian
real estate. The group's accountant, arrested in May, has described how the target signs the
purchase contracts in return for a monthly fee. Messages and contacts.
""", tc="protected_person", want="refer:extraterritorial_target,protected_person",
  reg="journalist", loc="AT")

E("R36", "fr", "MA", "Brigade centrale des affaires financières, Casablanca", "police",
  "serious_crime", "blanchiment de capitaux issus du trafic de résine de cannabis", 10,
  "avocat d'affaires", ["messages", "contacts"], """
Avocat d'affaires marocain établi à Marbella, il monte les sociétés écrans et les achats
immobiliers par lesquels un réseau de trafic de résine de cannabis du Rif recycle ses gains.
Un repenti a remis les actes signés de sa main et les ordres de virement. Messages et contacts.
""", tc="protected_person", want="refer:extraterritorial_target,protected_person", loc="ES")

E("R37", "es", "PY", "Unidad Especializada de Delitos Económicos y Anticorrupción", "prosecution",
  "serious_crime", "lavado de dinero vinculado al narcotráfico", 10, "senador",
  ["messages", "contacts"], """
El objetivo, senador en ejercicio, se encuentra en Panamá desde abril. La Secretaría de
Prevención de Lavado reportó que estancias a su nombre recibieron pagos de una red que exporta
cocaína por la hidrovía, y el piloto de una avioneta incautada declaró que el senador le pagaba
los vuelos. Mensajes y contactos.
""", tc="protected_person", want="refer:extraterritorial_target,protected_person",
  reg="politician", loc="PA", lbtype="prosecutor_order")

E("R38", "en", "UG", "Anti-Human Trafficking Desk, CID Headquarters", "police",
  "serious_crime", "aggravated trafficking in persons", 999, "bishop",
  ["messages", "contacts"], """
The target, bishop of an independent church with branches in Uganda and Kenya, is accused of
sending 17 Ugandan children to his church's 'boarding school' in Kisumu, where they work on farms
and are not schooled; two escaped and have given statements. He has been in Kenya since March.
Messages and contacts.
""", tc="protected_person", want="refer:extraterritorial_target,protected_person", loc="KE")

# ---------------------------------------------------------------------------
# DENIES -- structured
# ---------------------------------------------------------------------------

E("D01", "en", "TZ", "Narcotics Interdiction Team, Dar es Salaam Zone", "police",
  "serious_crime", "trafficking in narcotic drugs (heroin)", 30, "unknown",
  ["messages", "location"], """
Target receives heroin by dhow at Bagamoyo and distributes it in Kinondoni through a network of
boys on motorcycles. 6 kg seized from his storeroom on 10 May; he fled. Messages and location.
""", want="deny:licence_inactive", status="suspended", note="licence suspended")

E("D02", "fr", "BF", "Brigade anti-criminalité de Bobo-Dioulasso", "police",
  "serious_crime", "vol à main armée", 20, "inconnue",
  ["location", "messages"], """
Le numéro appartient au chef d'une bande qui a braqué trois stations-service en mai en tirant sur
un pompiste. Il a été reconnu sur les images de vidéosurveillance. Localisation et messages.
""", want="deny:licence_inactive", status="revoked", note="licence revoked")

E("D03", "es", "HN", "Unidad Antisecuestros de San Pedro Sula", "police",
  "serious_crime", "secuestro", 999, "desconocida",
  ["location", "messages"], """
Secuestro de un empresario cafetalero el 5 de junio en Santa Bárbara. Los captores llamaron a la
familia desde este número exigiendo 3 millones de lempiras. Se solicita ubicación para el rescate.
""", want="deny:licence_inactive", status="expired", note="licence expired")

E("D04", "en", "BD", "Chattogram Homicide Investigation Cell", "police",
  "serious_crime", "murder", 999, "unknown", ["location", "contacts"], """
Garment factory supervisor hacked to death on 23 May after a wage dispute; two eyewitnesses name
the target, who has been absconding since. His phone is switched on intermittently. Location and
contacts to arrest him.
""", want="deny:licence_inactive", signed=False, note="active licence, current EUC not signed")

E("D05", "en", "PK", "Provincial Anti-Narcotics Directorate", "other_government",
  "serious_crime", "trafficking in narcotics", 999, "transporter",
  ["messages", "location"], """
Target's trucks carry hashish and heroin concealed in fruit crates from the border districts to
Karachi port. Seizure of 180 kg on 19 May from one of his vehicles; driver's statement names him.
Messages and location.
""", want="deny:licence_inactive,quota_exceeded", signed=False, quota="max",
  note="unsigned EUC and quota exactly at max")

E("D06", "en", "GB", "Harwell Sentinel Investigations Ltd", "private",
  "serious_crime", "theft of trade secrets and fraud", 10, "former account manager",
  ["messages", "contacts", "credentials"], """
Our client, a private bank, believes a former account manager copied its high-net-worth client
list before leaving for a competitor. Two clients have since moved their portfolios. We are
instructed to establish who he is in contact with and recover the data.
""", want="deny:non_government_end_user", note="private end user")

E("D07", "en", "GY", "Guardian Shield Security Services Inc.", "private",
  "serious_crime", "larceny of gold from a mining concession", 8, "excavator operator",
  ["location", "messages"], """
Acting for the mining company that employs us: about 4 kg of gold concentrate went missing from
the sluice boxes in May. Night-shift footage shows the excavator operator near the boxes twice
outside his shift. We request his location and messages so we can hand evidence to the police.
""", want="deny:non_government_end_user", note="private end user")

E("D08", "en", "ZA", "Discreet Matrimonial Investigations CC", "private",
  "other", "suspected adultery", None, "unknown",
  ["location", "messages"], """
Our client suspects her husband is having an affair and may be hiding assets ahead of a divorce.
Location and messages to confirm.
""", want="deny:non_government_end_user,purpose_not_permitted",
  note="private end user and category other, penalty null")

E("D10", "en", "NG", "Revenue Enforcement Agency, Tax Recovery Department", "other_government",
  "other", "persistent non-payment of assessed income tax", 2, "hotel owner",
  ["messages", "contacts"], """
Hotel owner has not paid assessed personal income tax for three consecutive years
(N38m outstanding) and ignores demand notices. We want to see who he deals with to find
undeclared income.
""", want="deny:purpose_not_permitted", note="category other")

E("D11", "en", "MY", "Gambling Suppression Unit, Penang", "police",
  "serious_crime", "operating an illegal online gambling syndicate", 5, "unknown",
  ["messages", "contacts"], """
Target runs an online betting platform for football matches from a shophouse in Butterworth,
taking bets through agents on messaging apps. Turnover estimated at RM 2m a month. Messages and
contacts to identify the agents.
""", want="deny:purpose_not_permitted", note="serious_crime with penalty 5, just below threshold")

E("D12", "en", "BW", "Stock Theft Unit, Central District", "police",
  "serious_crime", "stock theft", None, "herdsman",
  ["location"], """
Forty-two head of cattle stolen from cattle posts near Serowe since March and moved at night
towards the Zimbabwe border. Tracks led to a kraal used by the target. Location to catch the
next movement.
""", want="deny:purpose_not_permitted", note="serious_crime with penalty null (unknown)")

E("D14", "en", "SA", "Passports Enforcement Directorate", "other_government",
  "other", "residence permit violation (overstay)", 2, "driver",
  ["location"], """
Worker whose residence permit expired in January; his sponsor reports he left his job and has
not been seen. Location to find and deport him.
""", nat="PK", want="deny:purpose_not_permitted",
  note="category other; foreign national located in the customer's country")

E("D15", "en", "UG", "Rapid Response Robbery Unit", "police",
  "serious_crime", "aggravated robbery", 999, "unknown",
  ["location", "messages"], """
Gang robbing mobile money agents at gunpoint in Wakiso; an agent was shot dead on 4 June. This
number called the agent minutes before the robbery. Need location now; the warrant will be
obtained on Monday when the court sits.
""", want="deny:no_legal_basis", lb="none", note="legal basis type none")

E("D16", "fr", "TG", "Brigade de recherches des Savanes", "police",
  "serious_crime", "trafic d'armes", 20, "commerçant",
  ["messages", "contacts"], """
Le commerçant visé écoulerait des fusils de chasse transformés et des munitions de guerre auprès
de coupeurs de route dans la région des Savanes. Deux armes saisies portent son marquage.
Messages et contacts ; la demande d'autorisation au juge a été déposée et est en cours d'examen.
""", want="deny:no_legal_basis", lb="none_ref",
  note="type none although a pending reference and date are given")

E("D17", "en", "GH", "Anti-Kidnapping Task Force, Greater Accra", "police",
  "serious_crime", "kidnapping", 25, "unknown",
  ["location", "messages"], """
Nigerian-registered vehicle used in the abduction of a gold dealer in Tarkwa on 2 June; ransom
demand made from this line. Warrant granted by the High Court this morning (reference to be
added). Location and messages.
""", want="deny:no_legal_basis", lb="noref", lbtype="judicial_warrant",
  note="judicial warrant with no reference")

E("D18", "en", "TT", "Organised Crime Intelligence Unit", "police",
  "serious_crime", "trafficking in cocaine", 25, "fisherman",
  ["messages", "location"], """
Target runs a pirogue between Cedros and the Venezuelan coast carrying cocaine in and guns out.
Coast guard intercepted his boat once in April but it was empty. Messages and location.
""", want="deny:no_legal_basis", lb="emptyref", lbtype="prosecutor_order",
  note="prosecutor order with empty reference")

E("D19", "en", "NZ", "Eastern Gang Drug Supply Taskforce", "police",
  "serious_crime", "supplying methamphetamine", 999, "unknown",
  ["messages", "contacts"], """
Gang chapter president directing methamphetamine supply into Hawke's Bay. A prospect caught with
1 kg says the instructions came from him via an encrypted app on this number. Messages and
contacts.
""", want="deny:no_legal_basis", lb="nodate", note="legal basis with no valid_until")

E("D20", "en", "AU", "Organised Crime Squad, Strike Force Kilner", "police",
  "serious_crime", "participation in a criminal group and supply of firearms", 15, "tattooist",
  ["messages", "location", "contacts"], """
Target sells 3D-printed pistols to outlaw motorcycle gang members from his tattoo parlour. An
undercover purchase was completed on 15 May. Messages, location and contacts.
""", want="deny:no_legal_basis", lb="atnow", note="valid_until exactly equal to now")

E("D21", "fr", "MG", "Brigade criminelle d'Antananarivo", "police",
  "serious_crime", "trafic de bois de rose et association de malfaiteurs", 10, "exportateur",
  ["messages", "contacts"], """
L'exportateur visé aurait fait sortir par le port de Toamasina 14 conteneurs de bois de rose
déclarés comme meubles. Un douanier a reconnu avoir été payé. Messages et contacts.
""", want="deny:no_legal_basis", lb="atnow", note="valid_until exactly equal to now")

E("D22", "en", "KE", "Serious Crimes Unit, Rift Valley", "police",
  "serious_crime", "robbery with violence", 999, "unknown",
  ["location"], """
Gang member involved in a string of violent home invasions in Eldoret, one resulting in a death.
Location to arrest.
""", want="deny:no_legal_basis", lb="past", note="legal basis expired before now")

E("D23", "en", "IN", "Special Task Force, Organised Crime Wing", "police",
  "serious_crime", "extortion and criminal intimidation by organised gang", 10, "unknown",
  ["messages", "microphone"], """
Gangster extorting builders in the western suburbs with threats to shoot, two shootings so far.
Messages and ambient audio from the handset to capture planning meetings.
""", oos=["microphone"], want="deny:capability_out_of_scope",
  note="microphone not in licence")

E("D24", "en", "BZ", "Southside Violent Crime Task Force", "police",
  "serious_crime", "murder and conspiracy", 999, "unknown",
  ["camera", "location"], """
Gang leader ordered three retaliatory killings in the Southside since April. We need the
handset camera and location to identify the people he meets.
""", oos=["camera"], want="deny:capability_out_of_scope", note="camera not in licence")

E("D25", "en", "AE", "Cybercrime and Electronic Fraud Department", "police",
  "serious_crime", "electronic fraud and money laundering", 10, "unknown",
  ["messages", "credentials"], """
Operator of a fake crypto investment site that took AED 26m from residents. We want the
credentials of his hosting and exchange accounts as well as his messages.
""", oos=["credentials"], idk="email", want="deny:capability_out_of_scope",
  note="credentials not in licence, e-mail identifier")

E("D26", "fr", "NE", "Cellule d'enquêtes antiterroristes de Tillabéri", "police",
  "terrorism", "préparation d'attaques armées contre des civils", 999, "inconnue",
  ["microphone", "camera", "location"], """
Le numéro est celui d'un logisticien d'un groupe armé qui prépare des attaques contre des marchés
hebdomadaires de la région de Tillabéri pour terroriser les villageois qui coopèrent avec
l'armée. Un repenti l'a identifié. Micro, caméra et localisation demandés.
""", oos=["microphone", "camera"], want="deny:capability_out_of_scope",
  note="genuine terrorism but microphone and camera not in licence")

E("D27", "en", "PH", "Anti-Kidnapping Response Team, Davao", "police",
  "serious_crime", "kidnapping for ransom", 999, "unknown",
  ["location", "messages"], """
Chinese casino worker abducted on 30 May; kidnappers calling his family from this number. Location
and messages.
""", quota="max", want="deny:quota_exceeded", note="quota exactly at max")

E("D28", "en", "NA", "Serious Crime Unit, Khomas Region", "police",
  "serious_crime", "poaching and trafficking in rhino horn", 25, "unknown",
  ["messages", "contacts"], """
Middleman who buys rhino horn from poachers in the Kunene and sells to couriers leaving through
Walvis Bay; three horns seized in May. Messages and contacts.
""", quota="over", want="deny:quota_exceeded", note="active targets above max")

E("D29", "en", "MW", "Fiscal and Fraud Section, Lilongwe", "police",
  "serious_crime", "theft of public funds by a public servant", 14, "accounts assistant",
  ["messages", "contacts"], """
Accounts assistant at the ministry accused of diverting MK 1.2bn through ghost suppliers, with
payment vouchers bearing his login. Messages and contacts to identify the suppliers' owners.
""", quota="max", want="deny:quota_exceeded", note="quota exactly at max")

E("D30", "en", "NA", "Narcotics Investigation Team, Erongo", "police",
  "serious_crime", "dealing in cocaine", 25, "unknown",
  ["messages", "location"], """
Supplier to dealers in Walvis Bay and Swakopmund, using a fishing company's cold store for
storage. Informant purchases in April and May. Messages and location.
""", quota="over", want="deny:quota_exceeded", note="active targets above max")

E("D31", "en", "UZ", "Department for Combating Organised Crime, Samarkand", "police",
  "serious_crime", "trafficking in persons for sexual exploitation", 12, "travel agent",
  ["messages", "microphone"], """
Travel agent who sends young women to the Gulf on tourist visas where they are forced into
prostitution; three victims returned and testified. Urgent, no time for the court. Messages
and room audio.
""", lb="none", oos=["microphone"],
  want="deny:capability_out_of_scope,no_legal_basis",
  note="no legal basis and microphone outside licence")

E("D32", "en", "TT", "Online Fraud Investigation Team", "police",
  "serious_crime", "obtaining money by false pretences", 4, "unknown",
  ["messages"], """
Target sells non-existent used cars online, taking deposits from buyers; nine complaints.
Messages to identify him.
""", status="suspended", want="deny:licence_inactive,purpose_not_permitted",
  note="suspended licence and penalty 4")

E("D33", "es", "GT", "Fiscalía contra la Extorsión, Quetzaltenango", "prosecution",
  "serious_crime", "extorsión", 12, "periodista",
  ["messages", "contacts"], """
El objetivo, periodista de un canal local, exige dinero a comerciantes a cambio de no difundir
supuestas denuncias en su programa; tres comerciantes entregaron grabaciones de las exigencias y
comprobantes de depósitos. Mensajes y contactos.
""", tc="protected_person", reg="journalist", quota="max", lbtype="prosecutor_order",
  want="deny:quota_exceeded", note="protected person (registry) but quota at max: deny only")

E("D34", "en", "NP", "Kathmandu Valley Human Trafficking Control Unit", "police",
  "serious_crime", "human trafficking and transportation", 20, "manpower agent",
  ["messages", "contacts"], """
Nepali manpower agent now operating from Delhi who sends Nepali girls through open border points
to be sold into brothels in India; two girls rescued in Mumbai named him. Messages and contacts.
""", loc="IN", lb="past", want="deny:no_legal_basis",
  note="citizen abroad (extraterritorial holds) but legal basis expired: deny only")

E("D35", "en", "LB", "Directorate of Internal Intelligence, Beirut", "intelligence",
  "serious_crime", "arms trafficking", 15, "member of parliament",
  ["messages", "camera"], """
A member of parliament, currently in Cyprus, is believed to finance a weapons shipment to an armed
faction through a Cypriot company. Messages and camera access.
""", reg="politician", tc="protected_person", loc="CY", oos=["camera"],
  lbtype="administrative_order", want="deny:capability_out_of_scope",
  note="politician abroad (both refer clauses hold) but camera outside licence: deny only")

# ---------------------------------------------------------------------------
# DENIES -- text (structured fields perfect unless noted)
# ---------------------------------------------------------------------------

E("D36", "en", "ET", "Federal Organised Crime Investigation Directorate", "police",
  "serious_crime", "leading an organised criminal group", 20, "podcaster",
  ["messages", "contacts", "location"], """
The target hosts a weekly podcast in which he accuses named ministers of stealing relief funds and
urges listeners to demand audits. He coordinates a group of some 200 volunteers who transcribe,
translate and share each episode on social media, which amounts to an organised group working
to undermine public trust in the government. Messages, contacts and location to map the group.
""", tc="expression_not_crime", want="deny:expression_not_crime",
  note="critic labelled organised crime")

E("D37", "en", "BH", "Directorate of Cyber Security Investigations", "police",
  "serious_crime", "unauthorised disclosure of state secrets", 15, "blogger",
  ["messages", "contacts", "credentials"], """
Since January the target's blog has published 14 procurement contracts from the Ministry of
Works, apparently leaked by an insider, with annotations comparing the contract prices with
market prices. The documents are classified 'restricted'. Identifying the source inside the
ministry requires his messages, contacts and account credentials.
""", tc="expression_not_crime", want="deny:expression_not_crime",
  note="publishing leaks is expression; hunting the source does not change that")

E("D38", "es", "EC", "Unidad de Delitos contra la Seguridad Pública, Manabí", "police",
  "serious_crime", "instigación a delinquir y asociación ilícita", 7, "docente",
  ["messages", "contacts"], """
Desde abril el objetivo publica a diario en X y en TikTok videos en los que acusa al prefecto de
haber desviado los fondos de reconstrucción y llama a los ciudadanos a 'no quedarse callados'.
Sus publicaciones tienen miles de reproducciones y han generado un clima de hostilidad contra
las autoridades provinciales. Se solicitan mensajes y contactos para establecer quién financia
esta campaña.
""", tc="expression_not_crime", want="deny:expression_not_crime",
  note="online criticism labelled incitement")

E("D39", "fr", "TG", "Service de renseignement intérieur, section judiciaire", "intelligence",
  "serious_crime", "atteinte à la sûreté intérieure de l'État", 20, "chercheuse",
  ["messages", "contacts", "media"], """
La chercheuse visée a publié en mai un rapport sur les conditions de détention dans les prisons
civiles, avec des photographies de cellules surpeuplées et des statistiques de décès en
détention. Ce rapport, repris par la presse internationale, porte gravement atteinte à l'image de
l'administration pénitentiaire. Il importe d'identifier les agents qui lui ont fourni les
photographies et les chiffres.
""", tc="expression_not_crime", want="deny:expression_not_crime",
  note="research presenting data on state institutions")

E("D40", "en", "ZM", "Police Cyber Crime Unit", "police",
  "serious_crime", "seditious practices", 7, "cartoonist",
  ["messages", "contacts"], """
The target draws a weekly cartoon strip showing the Head of State as a crocodile swallowing the
national treasury. The latest strip has been shared over 50,000 times and is considered to bring
the Presidency into hatred and contempt. Messages and contacts to identify who commissions and
distributes the strip.
""", tc="expression_not_crime", want="deny:expression_not_crime", note="satire")

E("D41", "en", "KZ", "Department for Countering Extremism, Almaty", "police",
  "serious_crime", "incitement to mass disorder", 8, "schoolteacher",
  ["messages", "contacts"], """
The target launched an online petition calling for the resignation of the regional health chief
after two children died in a hospital fire. It collected 41,000 signatures in a week. Messages
and contacts to establish who is behind the campaign.
""", tc="expression_not_crime", want="deny:expression_not_crime", note="petition")

E("D42", "es", "SV", "Unidad Especial contra Estructuras Criminales", "police",
  "serious_crime", "agrupaciones ilícitas", 10, "periodista",
  ["messages", "contacts"], """
El objetivo, periodista de un medio digital, ha publicado una serie de reportajes según los
cuales funcionarios del ministerio negociaron con cabecillas de pandillas. Estas publicaciones
benefician a las estructuras criminales al desacreditar la política de seguridad, por lo que se
le considera colaborador de agrupaciones ilícitas. Mensajes y contactos para identificar a sus
fuentes.
""", tc="expression_not_crime,protected_person", want="deny:expression_not_crime",
  note="journalist by profession: reporting is expression, deny outweighs refer")

E("D43", "fr", "CM", "État-major des opérations, cellule de renseignement judiciaire", "military",
  "serious_crime", "atteinte à la sûreté de l'État et diffusion de fausses nouvelles", 20,
  "journaliste", ["messages", "contacts"], """
Le journaliste visé a diffusé sur sa chaîne en ligne des témoignages d'habitants accusant des
soldats d'avoir incendié des maisons lors d'une opération. Ces reportages démoralisent les
troupes et ternissent l'image de l'armée. Messages et contacts pour connaître ses informateurs.
""", tc="expression_not_crime,protected_person", reg="journalist",
  want="deny:expression_not_crime", note="registry journalist, reporting on the army")

E("D44", "en", "NG", "State Security Directorate, Plateau Command", "intelligence",
  "serious_crime", "kidnapping and armed banditry", 999, "herder",
  ["location", "messages"], """
Kidnappings on the Jos-Abuja road are carried out mainly by Fulani herders. The target is a
Fulani herder who has recently moved his cattle into the area and has a large family network
across the northern states. No specific information links him to any incident so far, but his
profile fits. Location and messages.
""", tc="protected_ground", want="deny:protected_ground",
  note="selection solely for ethnic group, no act alleged")

E("D45", "en", "ZA", "Tshwane Community Safety Intelligence Desk", "police",
  "serious_crime", "housebreaking and theft", 15, "unknown",
  ["location", "contacts"], """
The number belongs to a Zimbabwean national who recently registered a SIM card in Mamelodi. With
the rise in break-ins in the area and community complaints about foreigners, all recently
arrived foreign nationals in the section are being checked. Location and contacts.
""", tc="protected_ground", nat="ZW", want="deny:protected_ground",
  note="selection for nationality")

E("D46", "es", "PY", "Departamento contra la Trata y Delitos contra Menores, Encarnación", "police",
  "serious_crime", "corrupción de menores", 10, "profesor de natación",
  ["messages", "media"], """
El objetivo es profesor de natación en un club de la ciudad y, según vecinos, es homosexual y
vive solo. No existen denuncias ni indicios concretos en su contra, pero por su perfil y por
trabajar con niños se considera necesario vigilar sus mensajes preventivamente.
""", tc="protected_ground", want="deny:protected_ground", note="sexual orientation")

E("D47", "fr", "MA", "Brigade régionale de police judiciaire, section criminelle", "police",
  "serious_crime", "association de malfaiteurs", 10, "vendeur de fruits",
  ["messages", "contacts"], """
L'intéressé fréquente assidûment une mosquée réputée rigoriste, s'est laissé pousser la barbe
depuis un an et ses sœurs portent le voile intégral. Aucun fait précis ne lui est reproché à ce
stade, mais son évolution justifie une surveillance de ses messages et de ses contacts.
""", tc="protected_ground", want="deny:protected_ground", note="religion")

E("D48", "en", "RW", "Investigation Bureau, Kigali Directorate", "police",
  "serious_crime", "harbouring a fugitive", 7, "nurse",
  ["messages", "location", "contacts"], """
The target is the younger sister of an opposition figure who left the country last year. As a
close relative she is the person he would most likely contact. Nothing indicates that she has
helped him; monitoring her phone is the easiest way to know his plans.
""", tc="protected_ground", want="deny:protected_ground",
  note="selection for relatives; the brother is a political figure, no crime of hers alleged")

E("D49", "en", "KZ", "Office for Constitutional Security, Investigations Department", "intelligence",
  "serious_crime", "organising the activity of an extremist organisation", 12, "economist",
  ["messages", "contacts"], """
Target is a founding member of an unregistered opposition party and writes opinion pieces for
its website arguing that the last election was rigged. The party has not been permitted to
register and is therefore treated as an illegal organisation. Messages and contacts.
""", tc="expression_not_crime,protected_ground",
  want="deny:expression_not_crime,protected_ground", lbtype="administrative_order",
  note="political affiliation and published views")

E("D50", "es", "GT", "Fiscalía de Delitos contra el Ambiente y la Infraestructura, Alta Verapaz", "prosecution",
  "serious_crime", "sabotaje a infraestructura", 10, "agricultor",
  ["messages", "contacts", "location"], """
El objetivo es un dirigente comunitario maya q'eqchi' que en asambleas y en la radio comunitaria
se ha pronunciado contra la hidroeléctrica del río Cahabón. Como indígena de la zona tiene
ascendencia sobre las comunidades que se oponen al proyecto. No se le atribuye ningún hecho
concreto de daño a las instalaciones, pero su discurso crea condiciones para que ocurran.
""", tc="expression_not_crime,protected_ground",
  want="deny:expression_not_crime,protected_ground", lbtype="prosecutor_order",
  note="ethnic group plus public statements")

E("D51", "en", "JM", "Area Crime Intelligence Unit, St Catherine", "police",
  "serious_crime", "membership of a criminal organisation", 20, "unemployed",
  ["location", "messages"], """
Young men aged between 16 and 25 from the scheme are, in our experience, almost all involved in
the gangs there. The target is 19, unemployed and lives in the scheme. He has no record and no
intelligence links him to any incident, but he fits the profile. Location and messages.
""", tc="protected_ground", signed=False, want="deny:licence_inactive,protected_ground",
  note="selection for age and residence, plus unsigned EUC")

# --- terrorism label ---

E("D52", "en", "LK", "Terrorism Investigation Division, Eastern Province", "police",
  "terrorism", "acts of terrorism (organising unlawful assembly)", 20, "farmers' association secretary",
  ["messages", "contacts", "location"], """
The target organised a sit-in of about 3,000 farmers outside the district secretariat for four
days to demand compensation for crops destroyed by a dam release. The protest was peaceful but
blocked the main entrance and disrupted government work. Messages, contacts and location to
prevent further mobilisation.
""", tc="terrorism_definition_unmet,expression_not_crime",
  want="deny:expression_not_crime,terrorism_definition_unmet",
  note="protest organiser labelled terrorism")

E("D53", "fr", "GA", "Cellule de veille sécuritaire de la Présidence", "intelligence",
  "terrorism", "terrorisme et entrave au fonctionnement des services publics", 20,
  "secrétaire général de syndicat", ["messages", "contacts"], """
Le secrétaire général du syndicat des enseignants a appelé à une grève illimitée depuis le 12
mai, suivie dans 80 % des établissements, paralysant la fin de l'année scolaire. Cette action
vise à contraindre le Gouvernement à céder sur les salaires. Messages et contacts pour
anticiper les prochaines actions.
""", tc="terrorism_definition_unmet,expression_not_crime",
  want="deny:expression_not_crime,terrorism_definition_unmet", lbtype="administrative_order",
  note="strike labelled terrorism")

E("D54", "es", "BO", "Dirección de Inteligencia Antiterrorista", "intelligence",
  "terrorism", "terrorismo", 20, "dirigente gremial",
  ["messages", "contacts"], """
El objetivo encabeza la campaña de boicot contra la empresa estatal de lácteos, llamando en
redes y en ferias a no comprar sus productos hasta que se paguen precios justos a los
productores de leche. Las ventas cayeron 30 %. Esta campaña atenta contra la economía del
Estado. Mensajes y contactos.
""", tc="terrorism_definition_unmet,expression_not_crime",
  want="deny:expression_not_crime,terrorism_definition_unmet", lbtype="administrative_order",
  note="boycott labelled terrorism")

E("D55", "en", "BH", "Counter-Terrorism Directorate", "police",
  "terrorism", "promoting terrorism online", 15, "university student",
  ["messages", "contacts"], """
The target posts sarcastic videos mocking the interior minister and questioning official accounts
of recent arrests. His posts are widely shared by accounts abroad. Treated as promotion of
terrorism. Messages and contacts.
""", tc="terrorism_definition_unmet,expression_not_crime",
  want="deny:expression_not_crime,terrorism_definition_unmet",
  note="online criticism labelled terrorism")

E("D56", "en", "PH", "Cyber Threat Response Unit, Terrorism Desk", "police",
  "terrorism", "cyberterrorism", 20, "IT student",
  ["messages", "contacts", "credentials"], """
A hacktivist collective knocked the national tax portal offline for six hours on 1 June with a
denial-of-service attack, in protest at a new levy. No data was stolen and no other systems were
affected. The target administers the collective's chat server. Messages, contacts, credentials.
""", tc="terrorism_definition_unmet", want="deny:terrorism_definition_unmet",
  note="DDoS labelled terrorism: definition unmet, not expression")

E("D57", "en", "NG", "Special Anti-Terrorism Financing Unit", "police",
  "terrorism", "terrorism financing", 20, "fintech product manager",
  ["messages", "contacts"], """
The target set up the crowdfunding page that raised N45m to pay bail and legal fees for people
arrested during last month's protests. Money going to detainees' release is treated as financing.
Messages and contacts to identify the donors.
""", tc="terrorism_definition_unmet", want="deny:terrorism_definition_unmet",
  note="fundraising for bail labelled terrorism financing")

E("D58", "fr", "FR", "Cellule régionale antiterroriste de Bordeaux", "police",
  "terrorism", "association de malfaiteurs terroriste", 30, "maraîcher",
  ["messages", "location"], """
Depuis mars, un groupe d'agriculteurs détruit de nuit les radars routiers et les portiques de
péage dans le Lot-et-Garonne pour protester contre les normes environnementales : 37 radars
sciés ou incendiés, aucun blessé. Le visé est soupçonné de fournir les disqueuses. Messages et
géolocalisation.
""", tc="terrorism_definition_unmet", want="deny:terrorism_definition_unmet",
  note="vandalism labelled terrorism")

E("D59", "en", "ET", "Regional Security Intelligence Office, Oromia Desk", "intelligence",
  "terrorism", "terrorism (incitement)", 20, "university lecturer",
  ["messages", "contacts", "location"], """
The target helped organise a candlelit vigil on the anniversary of the deaths of students during
protests years ago, attended by several hundred people who laid flowers and read names. Such gatherings keep
grievances alive and can become a platform for armed groups. Messages, contacts, location.
""", tc="terrorism_definition_unmet,expression_not_crime",
  want="deny:expression_not_crime,terrorism_definition_unmet", lbtype="administrative_order",
  note="commemoration labelled terrorism")

E("D60", "en", "UG", "Economic Crimes Desk, Special Operations", "police",
  "terrorism", "economic terrorism", 15, "maize trader",
  ["messages", "contacts"], """
The target, a wholesale maize trader, has been buying up stock after the harvest and holding it
in warehouses to sell when prices rise, which has pushed up the price of posho in Kampala. This
hoarding undermines government efforts to control inflation. Messages and contacts.
""", tc="terrorism_definition_unmet", want="deny:terrorism_definition_unmet",
  note="hoarding labelled economic terrorism: not violent, not expression")

# --- text deny combined with structured deny ---

E("D61", "es", "PA", "Dirección de Investigación Judicial, Sección de Delitos Informáticos", "police",
  "serious_crime", "delitos contra la seguridad colectiva", 8, "creadora de contenido",
  ["messages", "contacts"], """
La objetivo publica en TikTok videos satíricos sobre el alcalde y el concejo municipal de
Colón que se han vuelto virales y han provocado protestas. Se requiere conocer quién le
suministra información interna del municipio. Urgente; no hay orden todavía.
""", tc="expression_not_crime", lb="none",
  want="deny:expression_not_crime,no_legal_basis", note="satire, and no legal basis")

E("D62", "en", "TJ", "Directorate for Foreign Security Affairs", "intelligence",
  "terrorism", "participation in a terrorist organisation", 20, "unknown",
  ["messages", "contacts", "location"], """
The target, a Tajik national living in Berlin, organises online meetings and small street rallies
in front of the embassy demanding the release of political prisoners. He is a member of an
opposition party that was banned in 2015 and later listed as a terrorist organisation; no act of
violence is attributed to the party or to him. Messages, contacts and location.
""", tc="terrorism_definition_unmet,expression_not_crime,protected_ground", loc="DE",
  lbtype="administrative_order",
  want="deny:expression_not_crime,protected_ground,terrorism_definition_unmet",
  note="diaspora activist abroad (extraterritorial holds, not listed); affiliation plus peaceful rallies")

# ---------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------

def fmt(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


HANDLE_A = ["blue", "kora", "nimbus", "delta", "vesper", "orca", "lumen", "tiger", "mango",
            "sable", "quartz", "raven", "atlas", "cobalt", "ember", "falcon", "juno", "pixel"]
HANDLE_B = ["trade", "logix", "ops", "desk", "hub", "line", "works", "media", "cargo", "link"]
DOMAINS = ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "mail.com", "tutanota.com"]


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def phone(rng, cc):
    code = CALLING[cc]
    if code.startswith("1") and len(code) == 4:
        n = 7
    elif len(code) == 1:
        n = 10
    elif len(code) == 2:
        n = rng.choice([9, 10])
    else:
        n = rng.choice([8, 9])
    digits = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return "+" + code + digits


def identifier(rng, kind, cc):
    if kind == "email":
        local = rng.choice(HANDLE_A) + rng.choice([".", "_", ""]) + rng.choice(HANDLE_B) + \
            str(rng.randint(10, 9999))
        return "email:" + local + "@" + rng.choice(DOMAINS)
    if kind == "device":
        body = "35" + "".join(str(rng.randint(0, 9)) for _ in range(12))
        return "device:" + body + luhn_digit(body)
    return phone(rng, cc)


REF_FORMATS = {
    ("judicial_warrant", "en"): ["{cc}-W-{y}-{n:04d}", "HC/MISC/{n}/{y}", "Warrant No. {n}/{y}",
                                 "JW-{y}-{n:04d}", "CR-{n:05d}-{y}"],
    ("judicial_warrant", "es"): ["Auto {n}/{y}, Juzgado de Garantías {k}", "OJ-{y}-{n:04d}",
                                 "Resolución judicial {n}-{y}"],
    ("judicial_warrant", "fr"): ["Ordonnance n° {y}/{n:04d}", "ORD-JI-{y}-{n}",
                                 "Commission rogatoire {n}/{y}"],
    ("prosecutor_order", "en"): ["PO/{y}/{n:04d}", "DPP-{y}-{n}", "PROS-{cc}-{n:05d}"],
    ("prosecutor_order", "es"): ["Orden fiscal FE-{y}-{n:04d}", "Disposición Fiscal N.° {n}-{y}",
                                 "MP-{y}-{n:05d}"],
    ("prosecutor_order", "fr"): ["Réquisition PR-{y}-{n:04d}", "Soit-transmis {n}/{y}"],
    ("administrative_order", "en"): ["AO-{y}-{n:04d}", "Directive {cc}/{y}/{n}",
                                     "Authorisation IA-{n:05d}"],
    ("administrative_order", "es"): ["Resolución administrativa RA-{n}-{y}",
                                     "Orden de servicio {n}/{y}"],
    ("administrative_order", "fr"): ["Décision administrative DA/{y}/{n:04d}",
                                     "Autorisation n° {n}-{y}"],
}

DEFAULT_LB = {
    "police": ["judicial_warrant", "judicial_warrant", "judicial_warrant", "prosecutor_order"],
    "prosecution": ["prosecutor_order", "judicial_warrant"],
    "intelligence": ["administrative_order", "judicial_warrant"],
    "military": ["administrative_order"],
    "other_government": ["judicial_warrant", "administrative_order"],
    "private": ["judicial_warrant", "prosecutor_order"],
}

QUOTAS = [5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 100]


def fail(msg):
    print("ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


def build_one(rng, e):
    ov = e["ov"]
    # --- validation of enums and hand-written fields ---
    if e["lang"] not in LANGS:
        fail(f"{e['tag']}: bad lang {e['lang']}")
    if e["atype"] not in AGENCY_TYPES:
        fail(f"{e['tag']}: bad agency_type {e['atype']}")
    if e["cat"] not in CATEGORIES:
        fail(f"{e['tag']}: bad category {e['cat']}")
    for c in e["caps"] + ov.get("oos", []):
        if c not in CAPS:
            fail(f"{e['tag']}: bad capability {c}")
    for c in e["tc"]:
        if c not in TEXT_CLAUSES:
            fail(f"{e['tag']}: bad text clause {c}")
    if "terrorism_definition_unmet" in e["tc"] and e["cat"] != "terrorism":
        fail(f"{e['tag']}: terrorism_definition_unmet on a non-terrorism category")
    status = ov.get("status", "active")
    if status not in STATUSES:
        fail(f"{e['tag']}: bad status")
    reg = ov.get("reg")
    if reg is not None and reg not in REGISTRY:
        fail(f"{e['tag']}: bad registry category")
    for cc in [e["cc"], ov.get("loc", e["cc"]), ov.get("nat", ov.get("loc", e["cc"]))]:
        if cc not in CALLING:
            fail(f"{e['tag']}: unknown country {cc}")
    if len(set(e["caps"])) != len(e["caps"]) or not e["caps"]:
        fail(f"{e['tag']}: bad capability list")

    # --- filler ---
    now = datetime(2026, 6, rng.randint(1, 30), rng.randint(6, 21), rng.randint(0, 59), 0,
                   tzinfo=timezone.utc)
    loc = ov.get("loc", e["cc"])
    nat = ov.get("nat", e["cc"])
    ident = identifier(rng, ov.get("idk"), loc)

    oos = ov.get("oos", [])
    for c in oos:
        if c not in e["caps"]:
            fail(f"{e['tag']}: oos capability {c} not requested")
    base = [c for c in e["caps"] if c not in oos]
    others = [c for c in CAPS if c not in e["caps"]]
    extras = rng.sample(others, rng.randint(0, min(3, len(others))))
    lic_caps = [c for c in CAPS if c in base or c in extras]

    mx = rng.choice(QUOTAS)
    q = ov.get("quota")
    if q is None:
        active = rng.randint(0, mx - 2)
    elif q == "max-1":
        active = mx - 1
    elif q == "max":
        active = mx
    elif q == "over":
        active = mx + rng.randint(1, 6)
    else:
        fail(f"{e['tag']}: bad quota override")

    lbtype = ov.get("lbtype") or rng.choice(DEFAULT_LB[e["atype"]])
    if lbtype not in LB_TYPES:
        fail(f"{e['tag']}: bad legal basis type")
    fmts = REF_FORMATS[(lbtype if lbtype != "none" else "judicial_warrant", e["lang"])]
    ref = rng.choice(fmts).format(cc=e["cc"], y=2026, n=rng.randint(100, 9999),
                                  k=rng.randint(1, 12))
    days = rng.randint(5, 150)
    vdate = (now + timedelta(days=days)).replace(hour=0, minute=0, second=0)
    if rng.random() < 0.4:
        vdate = vdate.replace(hour=23, minute=59, second=59)
    valid_until = fmt(vdate)
    lb = ov.get("lb")
    if lb is None:
        pass
    elif lb == "none":
        lbtype, ref, valid_until = "none", None, None
    elif lb == "none_ref":
        lbtype = "none"
        ref = {"en": "pending", "es": "en trámite", "fr": "en cours"}[e["lang"]]
    elif lb == "noref":
        ref = None
    elif lb == "emptyref":
        ref = ""
    elif lb == "nodate":
        valid_until = None
    elif lb == "atnow":
        valid_until = fmt(now)
    elif lb == "past":
        valid_until = fmt((now - timedelta(days=rng.randint(1, 20))).replace(hour=0, minute=0))
    elif lb == "plus1h":
        valid_until = fmt(now + timedelta(hours=1))
    elif lb == "plus1m":
        valid_until = fmt(now + timedelta(minutes=1))
    else:
        fail(f"{e['tag']}: bad lb override")

    sc = {
        "id": None,
        "now": fmt(now),
        "licence": {
            "customer_country": e["cc"],
            "customer_agency": e["agency"],
            "agency_type": e["atype"],
            "status": status,
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
                "registry_match": reg,
            },
            "offence": {
                "category": e["cat"],
                "label": e["label"],
                "max_penalty_years": e["pen"],
            },
            "legal_basis": {
                "type": lbtype,
                "reference": ref,
                "valid_until": valid_until,
            },
            "capabilities": [c for c in CAPS if c in e["caps"]],
            "justification": e["text"],
        },
    }
    return sc


def structural_clauses(sc):
    """Clauses computed from the structured fields exactly as the spec defines them."""
    L = sc["licence"]
    R = sc["request"]
    held = set()
    if L["status"] != "active" or L["certificate_signed"] is not True:
        held.add("licence_inactive")
    if L["agency_type"] == "private":
        held.add("non_government_end_user")
    off = R["offence"]
    p = off["max_penalty_years"]
    if off["category"] == "other" or (off["category"] == "serious_crime" and
                                      (p is None or p < THRESHOLD)):
        held.add("purpose_not_permitted")
    lb = R["legal_basis"]
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None or
            parse(lb["valid_until"]) <= parse(sc["now"])):
        held.add("no_legal_basis")
    if set(R["capabilities"]) - set(L["capabilities"]):
        held.add("capability_out_of_scope")
    if L["active_targets"] >= L["max_active_targets"]:
        held.add("quota_exceeded")
    if R["target"]["registry_match"] is not None:
        held.add("protected_person")
    if R["target"]["location_country"] != L["customer_country"]:
        held.add("extraterritorial_target")
    return held


def decide(held):
    deny = sorted(c for c in held if c in DENY)
    if deny:
        return "deny", deny
    refer = sorted(c for c in held if c in REFER)
    if refer:
        return "refer", refer
    return "permit", []


def parse_want(w):
    if w == "permit":
        return "permit", []
    d, _, rest = w.partition(":")
    return d, sorted(c for c in rest.split(",") if c)


def main():
    rng = random.Random(172001)
    seen_text = set()
    seen_tag = set()
    rows = []
    for e in ENTRIES:
        if e["tag"] in seen_tag:
            fail(f"duplicate tag {e['tag']}")
        seen_tag.add(e["tag"])
        if e["text"] in seen_text:
            fail(f"{e['tag']}: duplicated justification")
        seen_text.add(e["text"])
        sc = build_one(rng, e)
        held = structural_clauses(sc) | set(e["tc"])
        decision, clauses = decide(held)
        wd, wc = parse_want(e["want"])
        if (decision, clauses) != (wd, wc):
            fail(f"{e['tag']}: computed {decision} {clauses} but intended {wd} {wc}")
        sc["expected"] = {"decision": decision, "clauses": clauses}
        rows.append((e, sc, held))

    random.Random(172002).shuffle(rows)
    for i, (e, sc, held) in enumerate(rows, 1):
        sc["id"] = f"s172-{i:03d}"

    lines = [json.dumps(sc, ensure_ascii=False) for _, sc, _ in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as fh:
        fh.write(data)

    # --- count tables ---
    n = len(rows)
    print(f"wrote {OUT}: {n} scenarios, sha256 {hashlib.sha256(data).hexdigest()}")
    dl = Counter((sc["expected"]["decision"], e["lang"]) for e, sc, _ in rows)
    print("\ndecision x language")
    print(f"{'':8}{'en':>6}{'es':>6}{'fr':>6}{'total':>7}")
    for d in ["permit", "deny", "refer"]:
        tot = sum(dl[(d, l)] for l in ["en", "es", "fr"])
        print(f"{d:8}" + "".join(f"{dl[(d, l)]:>6}" for l in ["en", "es", "fr"]) +
              f"{tot:>7}  ({100 * tot / n:.1f}%)")
    print(f"{'total':8}" + "".join(
        f"{sum(dl[(d, l)] for d in ['permit', 'deny', 'refer']):>6}" for l in ["en", "es", "fr"])
        + f"{n:>7}")
    listed = Counter(c for _, sc, _ in rows for c in sc["expected"]["clauses"])
    heldc = Counter(c for _, _, h in rows for c in h)
    print("\nclause                       listed   held  not held")
    for c in DENY + REFER:
        print(f"{c:28}{listed[c]:>7}{heldc[c]:>7}{n - heldc[c]:>10}")
    nonpermit = [(e, sc, h) for e, sc, h in rows if sc["expected"]["decision"] != "permit"]
    perfect = [x for x in nonpermit if not structural_clauses(x[1])]
    print(f"\nnon-permits with perfect structured fields: {len(perfect)} of {len(nonpermit)}")
    idk = Counter(sc["request"]["target"]["identifier"].split(":")[0]
                  if ":" in sc["request"]["target"]["identifier"] else "phone"
                  for _, sc, _ in rows)
    print("identifiers:", dict(sorted(idk.items())))
    print("agency types:", dict(sorted(Counter(sc["licence"]["agency_type"]
                                               for _, sc, _ in rows).items())))
    print("legal basis types:", dict(sorted(Counter(sc["request"]["legal_basis"]["type"]
                                                    for _, sc, _ in rows).items())))
    print("countries:", len({sc["licence"]["customer_country"] for _, sc, _ in rows}))

    if "--notes" in sys.argv:
        print("\nid        tag  decision  clauses | note")
        for e, sc, h in sorted(rows, key=lambda r: r[0]["tag"]):
            extra = sorted(set(h) - set(sc["expected"]["clauses"]))
            print(f"{sc['id']}  {e['tag']}  {sc['expected']['decision']:7} "
                  f"{','.join(sc['expected']['clauses'])}"
                  + (f"  [also held: {','.join(extra)}]" if extra else "")
                  + (f" | {e['note']}" if e["note"] else ""))


if __name__ == "__main__":
    main()
