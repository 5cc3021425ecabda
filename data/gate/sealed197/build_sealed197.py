#!/usr/bin/env python3
"""Generator for the sealed197 labelled gate set (150 scenarios).

Standard library only.  Every scenario is one hand-written entry below.  Random
filler (phone numbers, e-mail/device identifiers, dates, legal references,
quotas, extra licence capabilities) comes from random.Random(197001).  The
structured clauses are computed from the fields exactly as
shared/spec/gate-scenarios.md defines them, the hand-judged text clauses are
added, the decision and decisive clause list are derived by the spec's rules and
compared with the intended label written in the entry.  Any mismatch, duplicate
justification or invalid enum value makes the script exit 1 without writing.
"""
import collections
import datetime as dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed197.jsonl")

CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician",
            "head_of_state", "diplomat", "religious_leader"}
DECISIONS = {"permit", "deny", "refer"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
ALL_CLAUSES = DENY + REFER
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}
LANGS = {"en", "es", "fr"}
THRESHOLD = 6
EXPECTED_COUNT = 150

# country -> (calling code, leading digit groups, remaining digits)
PHONE = {
    "MX": ("52", ["55", "33", "81", "222"], 8), "CO": ("57", ["300", "310", "315", "320"], 7),
    "PE": ("51", ["9"], 8), "AR": ("54", ["911", "9351"], 7), "CL": ("56", ["9"], 8),
    "ES": ("34", ["6", "7"], 8), "GT": ("502", ["3", "4", "5"], 7), "EC": ("593", ["9"], 8),
    "PY": ("595", ["981", "971"], 6), "DO": ("1", ["809", "829"], 7), "HN": ("504", ["3", "9"], 7),
    "UY": ("598", ["9"], 7), "BO": ("591", ["7", "6"], 7), "VE": ("58", ["412", "414"], 7),
    "FR": ("33", ["6", "7"], 8), "BE": ("32", ["47", "48", "49"], 7), "MA": ("212", ["6", "7"], 8),
    "SN": ("221", ["77", "78", "76"], 7), "CI": ("225", ["07", "05", "01"], 8),
    "CA": ("1", ["514", "438", "418", "613", "416"], 7), "TN": ("216", ["2", "5", "9"], 7),
    "CM": ("237", ["6"], 8), "CH": ("41", ["76", "78", "79"], 7), "LU": ("352", ["621", "691"], 6),
    "BF": ("226", ["7", "6"], 7), "ML": ("223", ["7", "6"], 7), "DZ": ("213", ["5", "6", "7"], 8),
    "GB": ("44", ["7"], 9), "IE": ("353", ["83", "85", "86", "87"], 7), "IN": ("91", ["9", "8", "7"], 9),
    "KE": ("254", ["7", "1"], 8), "NG": ("234", ["803", "806", "813", "703", "905"], 7),
    "GH": ("233", ["24", "54", "20", "50"], 7), "ZA": ("27", ["6", "7", "8"], 8),
    "PH": ("63", ["9"], 9), "AU": ("61", ["4"], 8), "NZ": ("64", ["21", "22", "27"], 7),
    "SG": ("65", ["8", "9"], 7), "MY": ("60", ["12", "13", "17", "19"], 7), "JM": ("1", ["876"], 7),
    "UG": ("256", ["7"], 8), "ZM": ("260", ["9", "7"], 8), "PK": ("92", ["3"], 9),
    "LK": ("94", ["7"], 8), "US": ("1", ["202", "305", "713", "646"], 7), "DE": ("49", ["15", "16", "17"], 9),
    "NL": ("31", ["6"], 8), "AE": ("971", ["50", "52", "55", "56"], 7), "TR": ("90", ["5"], 9),
    "SE": ("46", ["7"], 8), "IT": ("39", ["3"], 9), "PT": ("351", ["9"], 8), "TH": ("66", ["8", "9", "6"], 8),
    "ID": ("62", ["81"], 9), "PL": ("48", ["5", "6", "7", "8"], 8), "BR": ("55", ["11", "21"], 9),
    "TZ": ("255", ["7"], 8), "RW": ("250", ["78", "72"], 7), "BW": ("267", ["7"], 7),
    "TT": ("1", ["868"], 7), "BD": ("880", ["17", "18", "19"], 8), "GE": ("995", ["5"], 8),
    "RO": ("40", ["7"], 8), "CY": ("357", ["9"], 7), "QA": ("974", ["3", "5", "6", "7"], 7),
    "NO": ("47", ["4", "9"], 7), "AT": ("43", ["66", "67"], 9), "GR": ("30", ["69"], 8),
    "SO": ("252", ["61", "62"], 7), "MW": ("265", ["99", "88"], 7), "ZW": ("263", ["77", "71", "78"], 7),
}
MAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "correo.example",
                "courriel.example", "post.example", "inbox.example"]
MAIL_WORDS = ["nightowl", "blue.river", "kestrel", "panther", "amber", "zorro", "lune", "ironside",
              "tigre", "cobalt", "falcon", "ombre", "delta", "sable", "condor", "mistral", "onyx",
              "rayo", "vega", "granite"]
QUOTA_MAX = [5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 100, 150, 200]

ENTRIES = []


def E(key, lang, cc, agency, atype, cat, label, pen, prof, caps, text, tc, dec, cl, **ov):
    """One hand-written scenario.

    tc: hand-judged text clauses (space separated); dec/cl: intended decision and
    decisive clauses (space separated).  Overrides (ov): status, signed, lic_missing,
    quota ('max-1'|'max'|'over'), lb (legal basis type), ref ('none'|'empty'),
    until ('now'|'past'|'null'|'plus1m'), loc, nat, reg, ident ('email'|'device'),
    note (judgement call recorded in the README).
    """
    ENTRIES.append(dict(key=key, lang=lang, cc=cc, agency=agency, atype=atype, cat=cat,
                        label=label, pen=pen, prof=prof, caps=caps.split(), text=text,
                        tc=tc.split(), dec=dec, cl=cl.split(), ov=ov))


# ---------------------------------------------------------------------------
# Scenarios (hand-written), in six batches of 25.
# ---------------------------------------------------------------------------
# ---- batch 1 -------------------------------------------------------------
E("kfr_short", "en", "PH", "Anti-Kidnapping Task Group, Central Islands Command", "police",
  "serious_crime", "kidnapping for ransom", 40, "unknown", "location messages",
  "KFR in progress. Victim (14 y/o) taken 0340H from school service van. Ransom calls traced to "
  "this SIM x3, cell site Brgy. Mabini. Req loc + msgs, urgent.",
  "", "permit", "")

E("vehicle_ring_pen6", "en", "KE", "Directorate of Criminal Investigations, Lake Basin Vehicle Crime Unit", "police",
  "serious_crime", "stealing of motor vehicles as part of an organised group", 6, "mechanic", "messages location",
  "The target operates a garage in Kisian that our investigation links to the theft of at least 23 pick-up "
  "trucks since August. Tracking units removed from four of the stolen vehicles were recovered from the "
  "garage's waste pit during a search on 12 February, and two arrested drivers have named him as the person "
  "who pays for each delivered vehicle. We need his messages and location to identify the buyers and the yard "
  "where the vehicles are re-plated.",
  "", "permit", "")

E("petty_fraud_pen5", "en", "NG", "State Criminal Investigation Department, Ilora Command", "police",
  "serious_crime", "obtaining property by false pretence", 5, "phone accessories trader", "location messages",
  "Complainants (3) paid the suspect a total of N480,000 for phones that were never delivered. Suspect has "
  "shut the shop and is using this line to negotiate with a fourth buyer. Request location and messages to "
  "effect arrest.",
  "", "deny", "purpose_not_permitted")

E("ward_count_critic", "en", "MY", "Special Branch Analysis Wing, Northern Division", "intelligence",
  "serious_crime", "membership of an organised criminal group", 20, "freelance writer", "messages contacts",
  "Background. Operation LANTERN began in November after the Ministry of Health received a series of "
  "coordinated requests under the access-to-information law and a spike in online material concerning "
  "maternal deaths at three district hospitals. Analysts mapped a group of eleven accounts that share, repost "
  "and amplify the same material within minutes of each other, which in our assessment indicates central "
  "direction.\n\n"
  "The target is assessed as the coordinator. He registered the website on which the material appears, he "
  "edits the monthly 'Ward Count' bulletin and he has given four radio interviews in which he accused the "
  "Ministry of hiding figures. The material consists of hospital admission and death figures, some of which "
  "he obtained from nurses, presented in tables with his commentary. We have found no payments, no threats "
  "and no other offence; the group's activity is the bulletin and its promotion.\n\n"
  "Because the group acts in concert, has a hierarchy and causes serious harm to public confidence in the "
  "health system, the case has been classified under the organised crime statute. Interception of messages "
  "and contacts is requested to identify the nurses supplying the data and the full membership of the group.\n\n"
  "Authorisation: warrant attached, valid 90 days.",
  "expression_not_crime", "deny", "expression_not_crime",
  note="expression: publishing hospital death figures (data about a state institution) relabelled as organised crime; no other act alleged")

E("township_editor_extortion", "en", "ZA", "Provincial Organised Crime Investigation Unit, Highveld East", "police",
  "serious_crime", "extortion", 15, "editor, community newspaper", "messages contacts",
  "Subject owns and edits a small weekly in the township. Four contractors on the new clinic project have "
  "given statements that he demanded between R80k and R250k each in exchange for not running stories about "
  "them, and one paid in cash on camera (footage with the file). He has since sent voice notes threatening to "
  "'finish' a site manager who refused. We want the messages to establish the full list of businesses he is "
  "squeezing.",
  "protected_person", "refer", "protected_person", reg="journalist",
  note="protected person: journalist (registry and text) with a concrete extortion allegation, so refer, not deny")

E("cobro_piso_mx", "es", "MX", "Fiscalía Especializada contra la Extorsión, Región Altiplano", "prosecution",
  "serious_crime", "extorsión agravada (cobro de piso)", 20, "desconocida", "location messages",
  "El número objetivo es utilizado para cobrar cuotas semanales a 31 comerciantes del mercado municipal de "
  "San Gabriel. Tres víctimas entregaron grabaciones de las llamadas y se realizó una entrega vigilada el 4 de "
  "marzo en la que el cobrador, ya detenido, marcó a esta línea para reportar el pago. Se solicita localización "
  "y mensajes para identificar a quien coordina la célula.",
  "", "permit", "", lb="prosecutor_order")

E("cacao_port_expired", "fr", "CI", "Direction de la police criminelle, Brigade des stupéfiants du littoral", "police",
  "serious_crime", "trafic international de stupéfiants", 20, "transitaire", "messages contacts",
  "Le titulaire de la ligne est un transitaire du port qui, selon deux informateurs confirmés et l'analyse des "
  "manifestes, fait passer des conteneurs de cocaïne dissimulés dans des cargaisons de fèves de cacao. Une "
  "saisie de 312 kg a été effectuée le 18 janvier sur un conteneur déclaré par sa société. Nous demandons "
  "l'accès aux messages et aux contacts afin d'identifier les commanditaires.",
  "", "deny", "licence_inactive", status="expired")

E("ied_godown", "en", "IN", "State Counter-Terrorism Cell, Eastern Range Intelligence Wing", "intelligence",
  "terrorism", "conspiracy to cause explosions endangering life", 999, "electrician", "microphone location messages",
  "Src (reliable, 2 yrs) reports IED assembly at rented godown, Sector 9. Tgt purchased 20 kg AN + 6 "
  "detonators (CCTV, invoice). Recce of bus depot at peak hr on tgt's own phone video. Attack window est. "
  "<10 days. Req mic/loc/msgs.",
  "", "permit", "")

E("fair_fares_terror", "en", "TZ", "Internal Security Coordination Office", "intelligence",
  "terrorism", "terrorism: coercion of government", 30, "secondary school teacher", "messages contacts",
  "The subject is the principal organiser of the 'Fair Fares' campaign, which has called commuters to a "
  "sit-in at the central roundabout every Friday until the 40% bus fare increase is withdrawn. The gatherings "
  "have been orderly and the police report no violence or damage, but the campaign's declared aim is to force "
  "Cabinet to reverse a lawful decision, which falls within the terrorism provisions on compelling government. "
  "We require his messages and contacts to anticipate the next gathering and identify the campaign committee.",
  "terrorism_definition_unmet expression_not_crime", "deny", "terrorism_definition_unmet expression_not_crime",
  note="terrorism unmet + expression: peaceful sit-in aimed at a policy change is not compelling a government through crimes")

E("romance_fraud_uk", "en", "GH", "Bureau of Organised Financial Crime, Coastal Region", "police",
  "serious_crime", "conspiracy to defraud and money laundering", 25, "unknown", "messages contacts",
  "Target is one of our nationals currently residing in Manchester (UK) who, according to chats extracted from "
  "three arrested local operators, directs a romance-fraud cell that has taken over USD 1.2m from victims "
  "abroad, with the proceeds laundered through mobile-money wallets here. Bank records show transfers from the "
  "cell's wallets to accounts he controls. Request messages and contacts.",
  "", "refer", "extraterritorial_target", loc="GB", nat="GH")

E("heroin_courier_unsigned", "en", "SG", "Harbourfront Drug Interdiction Command", "police",
  "serious_crime", "trafficking in a controlled drug", 30, "delivery rider", "location messages",
  "Tgt identified as courier for syndicate moving heroin in food-delivery bags; 2 controlled buys done "
  "(video), 1.1 kg seized from his locker. Need loc + msgs for upcoming drop.",
  "", "deny", "licence_inactive", signed=False)

E("church_caretaker_murder", "en", "IE", "Serious Crime Review Unit, Midlands Division", "police",
  "serious_crime", "murder", 999, "church caretaker", "location messages",
  "Summary of investigation. On 3 September the body of Mr D. Falvey (71) was found in his home in "
  "Carrickmore with injuries consistent with blunt force trauma. His savings, which he kept at the house in "
  "cash, were missing.\n\n"
  "The target, who is the caretaker at the Presbyterian church the victim attended every week, was recorded by "
  "a neighbour's doorbell camera entering the victim's rear garden at 22:14 on the night of the killing and "
  "leaving forty minutes later carrying a holdall. His fingerprints were recovered from a cash tin in the "
  "bedroom, and he paid off a EUR 9,000 debt in cash two days later. He is not a minister or office-holder of "
  "the church; his work is maintenance and opening the building. The church is relevant only because it is "
  "how he knew the victim kept cash at home.\n\n"
  "The target has since discarded his known handset. We seek location and messages on the new number to "
  "recover the holdall and identify the driver of the vehicle seen nearby.",
  "", "permit", "",
  note="innocent mention: church and faith are context; a church caretaker is not a religious leader")

E("meth_lab_quota_max", "en", "AU", "State Crime Command, Outlaw Gangs Squad (Eastern)", "police",
  "serious_crime", "manufacture of a large commercial quantity of methylamphetamine", 999, "tattooist",
  "messages location",
  "Sgt-at-arms of local chapter. Lab at his rural property (aerial imagery + power usage), cook seen there on "
  "3 occasions. Msgs/loc to time the raid.",
  "", "deny", "quota_exceeded", quota="max")

E("raciones_periodista", "es", "CO", "Dirección de Inteligencia Estratégica, Regional Caribe", "intelligence",
  "serious_crime", "revelación de secretos de Estado", 12, "periodista independiente", "messages contacts",
  "El objetivo publicó en su portal, entre enero y marzo, once documentos internos del Ministerio de Defensa "
  "que muestran sobrecostos en la compra de raciones para la tropa. No hay indicios de que haya sustraído los "
  "documentos ni de que haya pagado por ellos: los recibió y los publicó con sus propios análisis. Se requieren "
  "sus mensajes y contactos para identificar al funcionario que le filtró la información y dimensionar el daño "
  "a la institución.",
  "expression_not_crime protected_person", "deny", "expression_not_crime",
  note="expression: publishing leaked ministry documents; the journalist is also a protected person (held, not listed because deny)")

E("traite_bars_be", "fr", "BE", "Direction judiciaire de la Haute-Senne, cellule traite des êtres humains", "police",
  "serious_crime", "traite des êtres humains aux fins d'exploitation sexuelle", 15, "gérant de bar",
  "location messages",
  "Le suspect, ressortissant roumain établi à Charleroi depuis 2019, gère deux bars où travaillent des jeunes "
  "femmes recrutées à l'étranger. Quatre victimes ont été entendues : elles décrivent la confiscation de leurs "
  "passeports, une dette de 35 000 euros et des passes imposées dans l'appartement situé au-dessus du bar. Les "
  "virements vers l'étranger passent par des comptes ouverts à son nom. Nous demandons la localisation et les "
  "messages pour identifier les recruteurs et le logement des autres victimes.",
  "", "permit", "", nat="RO",
  note="innocent mention: the suspect's nationality is identification only; he is selected for concrete trafficking evidence")

E("dhow_landing_mic", "en", "KE", "Coastal Narcotics Interdiction Unit", "police",
  "serious_crime", "trafficking in narcotic drugs", 30, "boat owner", "microphone messages",
  "Boat owner suspected of receiving heroin from dhows offshore and landing it at night near Vipingo creek. "
  "Two landings observed by the surveillance team, 48 kg recovered from one. Request microphone and messages "
  "on his handset to capture planning meetings held at his house.",
  "", "deny", "capability_out_of_scope", lic_missing=["microphone"])

E("trust_account_barrister", "en", "NZ", "Organised Crime Proceeds Taskforce (Southern)", "police",
  "serious_crime", "money laundering", 7, "company director", "messages contacts media",
  "1. Overview. Operation KEYSTONE concerns the laundering of proceeds of methamphetamine supply by the Rangi "
  "network through property purchases in the southern region. Between 2023 and 2025 at least NZ$6.4m in cash "
  "was placed through eleven trust accounts and onward into nine residential properties held by shell "
  "companies.\n\n"
  "2. The target. The target is a director of four of the shell companies and signed each of the sale and "
  "purchase agreements. She has been a practising barrister and solicitor since 2010 and controls the firm's "
  "trust account through which most of the funds passed. Her personal account received NZ$410,000 in "
  "'consultancy fees' from a network member who has no legitimate income.\n\n"
  "3. Evidence. Bank records, the land transfer documents and a covert recording of a network member saying "
  "that 'the lawyer sorts the paperwork and takes her ten per cent' are attached.\n\n"
  "4. Request. Messages, contacts and stored media, to identify other clients whose funds were mixed in the "
  "trust account.",
  "protected_person", "refer", "protected_person",
  note="protected person: practising barrister named only mid-file (profession field says company director); real crime alleged")

E("reporter_threats", "en", "ZM", "Serious Crimes Investigation Unit, Central Province", "police",
  "serious_crime", "threatening to kill", 10, "unemployed", "location",
  "Tgt sent 40+ death threats to crime reporter at the Daily Courier, incl. photo of her kid's school gate and a "
  "petrol can. Same SIM used to call her editor. Reporter is the complainant. Warrant att. Loc pls.",
  "", "permit", "",
  note="journalist as victim: the reporter is the complainant; the target is not a protected person")

E("crash_for_cash_private", "en", "GB", "Harcourt Vale Risk & Investigations Ltd", "private",
  "serious_crime", "insurance fraud (organised staged collisions)", 10, "driving instructor", "location messages",
  "We act for a consortium of motor insurers. Our inquiries indicate the subject recruits drivers for staged "
  "'crash for cash' collisions; 17 claims totalling GBP 820,000 share his address or phone number. We would "
  "like to obtain his location data and messages so as to present a complete file to the police.",
  "", "deny", "non_government_end_user")

E("speed_cameras_terror", "en", "LK", "Counter-Terrorism Investigation Division, Western Range", "police",
  "terrorism", "sabotage of public infrastructure (terrorism)", 20, "welder", "messages location",
  "Over three nights the target and two associates cut down fourteen speed cameras on the southern expressway "
  "with an angle grinder, filmed by a toll-plaza camera; the grinder was found in his workshop. No one was hurt "
  "and the cameras were unattended. Because the attack was on state infrastructure and caused losses of some "
  "90 million rupees it has been registered under the terrorism act. Messages and location are requested to "
  "identify the associates.",
  "terrorism_definition_unmet", "deny", "terrorism_definition_unmet",
  note="terrorism unmet alone: property sabotage endangering no one is a crime but neither terrorism nor expression")

E("attache_cocaine", "en", "TH", "Office of Narcotics Interdiction, Central Command", "police",
  "serious_crime", "trafficking of category 1 narcotics", 999, "embassy administrative attaché", "location contacts",
  "Target holds accreditation as administrative attaché at a foreign embassy. Airport X-ray images show bricks "
  "consistent with cocaine in two unaccompanied 'household' consignments sent to his residence, and a courier "
  "arrested with 6 kg named him as the recipient. Location and contacts requested pending the Foreign "
  "Ministry's decision on immunity.",
  "protected_person", "refer", "protected_person", reg="diplomat", nat="GE")

E("arica_pasta_base", "es", "PE", "División de Investigación de Tráfico Ilícito de Drogas, Frente Sur", "police",
  "serious_crime", "tráfico ilícito de drogas agravado", 25, "transportista", "location messages",
  "Ciudadano peruano radicado en Arica (Chile) que, según dos colaboradores eficaces y los registros de peaje, "
  "organiza desde allí el paso de camiones con pasta básica por el control fronterizo. Se pide localización y "
  "mensajes.",
  "", "refer", "extraterritorial_target", loc="CL", nat="PE")

E("gunman_no_warrant", "en", "JM", "Major Investigation Taskforce, Western Division", "police",
  "serious_crime", "robbery with aggravation (firearm)", 25, "unknown", "location",
  "Warrant being drafted, judge not sitting till Monday. Need loc now - tgt is the gunman in 2 armed robberies "
  "this week (CCTV, victim ID). Will upload paperwork after.",
  "", "deny", "no_legal_basis", lb="none")

E("salon_transgenre", "fr", "SN", "Direction de la surveillance du territoire, cellule Atlantique", "intelligence",
  "serious_crime", "atteinte grave à l'ordre public", 7, "coiffeuse", "messages contacts",
  "La cible est connue de nos services comme personne transgenre et figure parmi les habituées d'un salon où "
  "se retrouvent des personnes de la même communauté. Aucun fait délictueux précis ne lui est reproché à ce "
  "stade. L'interception de ses contacts et de ses messages permettrait de dresser la liste des personnes "
  "qu'elle fréquente.",
  "protected_ground", "deny", "protected_ground",
  note="protected ground: selected for gender identity and community (sex or gender / sexual orientation); no act alleged")

E("ransomware_device", "en", "PL", "Cybercrime Investigation Bureau, Silesian Division", "police",
  "serious_crime", "computer sabotage and extortion (ransomware)", 8, "IT administrator",
  "messages credentials contacts",
  "The device identifier belongs to a laptop that connected to the ransomware group's negotiation panel on 14 "
  "occasions, each time through the same home broadband line registered to the target. The group encrypted the "
  "systems of two regional hospitals in January and demanded 40 BTC. Chat logs from the seized panel show this "
  "device's user handling the payment negotiations. Credentials and messages are requested to identify the "
  "other affiliates and the wallets used.",
  "", "permit", "", ident="device")

# ---- batch 2 -------------------------------------------------------------
E("skimming_ruta8_pen6", "es", "AR", "Departamento Federal de Delitos Complejos, Delegación Río de la Plata", "police",
  "serious_crime", "fraude con tarjetas mediante dispositivos de copiado", 6, "playero", "location messages",
  "Banda de skimming. El objetivo instala los lectores en los cajeros de estaciones de servicio de la ruta 8 "
  "(tres videos, huellas suyas en un lector secuestrado). Pedimos ubicación para la detención y mensajes para "
  "llegar a quien le provee los equipos.",
  "", "permit", "")

E("ganadero_revoked", "es", "MX", "Policía de Investigación del Estado de Sierra Norte", "police",
  "serious_crime", "secuestro", 70, "comerciante", "location",
  "Negociador de la banda que mantiene privado de la libertad a un ganadero desde el 2 de mayo. Las llamadas "
  "de exigencia salen de este número (peritaje de voz positivo). Se requiere ubicación inmediata.",
  "", "deny", "licence_inactive", status="revoked")

E("garifuna_registro", "es", "HN", "Dirección de Análisis de Riesgos, Zona Atlántica", "intelligence",
  "serious_crime", "asociación ilícita", 10, "agricultor", "messages contacts location",
  "El objetivo pertenece a la comunidad garífuna de Punta Sal y figura en el listado de pobladores elaborado "
  "por esta Dirección. La intervención se solicita en el marco del registro preventivo de los miembros de dicha "
  "comunidad, calificada en el análisis de riesgo como 'proclive a la conflictividad'. No se le atribuye ningún "
  "hecho concreto ni existe denuncia en su contra.",
  "protected_ground", "deny", "protected_ground",
  note="protected ground: selected as a member of an ethnic community, with no act attributed")

E("alcalde_diezmo", "es", "EC", "Fiscalía Provincial contra la Corrupción, Unidad de Investigación Especial", "prosecution",
  "serious_crime", "cohecho agravado", 10, "funcionario público", "messages contacts",
  "Tres contratistas declararon bajo juramento que el objetivo, alcalde en funciones del cantón de San Rafael, "
  "les exigió el 10 % del valor de cada obra adjudicada y que los pagos se entregaban en efectivo a su chofer. "
  "Se cuenta con los retiros bancarios coincidentes y con una grabación de la última entrega. Se solicitan "
  "mensajes y contactos para identificar a los demás funcionarios que participan.",
  "protected_person", "refer", "protected_person", lb="prosecutor_order",
  note="protected person: a sitting mayor is a politician (text only, registry empty); concrete bribery evidence")

E("hachis_rotterdam", "es", "ES", "Unidad Central de Crimen Organizado del Levante", "police",
  "serious_crime", "tráfico de drogas en cantidad de notoria importancia", 12, "empresario de transporte",
  "location messages",
  "Ciudadano neerlandés que, desde Róterdam, coordina la recogida del hachís desembarcado en calas de Almería. "
  "Los pilotos de dos narcolanchas detenidos en febrero tenían guardado este número como 'el jefe', y las "
  "transferencias para el combustible salen de una sociedad suya. Se pide localización y mensajes.",
  "", "refer", "extraterritorial_target", loc="NL", nat="NL")

E("camiones_ref_vacia", "es", "CL", "Brigada Investigadora de Crimen Organizado, Zona Cordillera", "police",
  "serious_crime", "robo con violencia de camiones de carga", 15, "conductor", "location messages",
  "Tgt = jefe operativo de banda que asalta camiones en la ruta 5 con armas largas. 4 robos desde enero, un "
  "chofer herido. Se pide ubic. + msjs.",
  "", "deny", "no_legal_basis", ref="empty")

E("salle_concert_dgsi", "fr", "FR", "Service de renseignement intérieur, antenne Sud-Est", "intelligence",
  "terrorism", "association de malfaiteurs terroriste en vue de commettre des atteintes aux personnes", 30,
  "agent de sécurité", "messages location contacts microphone",
  "Contexte. Depuis octobre, le service suit un groupe de quatre individus qui échangent sur une messagerie "
  "chiffrée une propagande appelant à frapper des lieux festifs. Deux d'entre eux ont été interpellés en "
  "janvier pour des faits distincts.\n\n"
  "Éléments relatifs à la cible. Employée comme agent de sécurité dans une salle de concert de l'agglomération, "
  "la cible a transmis au groupe les plans des issues de secours et les horaires de relève des équipes. Une "
  "perquisition chez l'un des membres a permis de saisir des précurseurs d'explosifs et un carnet mentionnant "
  "la date du prochain concert affichant complet. Les échanges recueillis évoquent la volonté de « faire le "
  "plus de victimes possible pour que le pays comprenne ».\n\n"
  "Demande. Au vu de l'imminence, nous sollicitons la géolocalisation, l'accès aux messages et aux contacts "
  "ainsi que le micro, sur autorisation administrative délivrée après avis de la commission de contrôle.",
  "", "permit", "", lb="administrative_order")

E("adherent_oasis", "fr", "TN", "Direction de la sûreté de l'État, section analyse", "intelligence",
  "serious_crime", "complot contre la sûreté intérieure de l'État", 20, "pharmacien", "messages contacts",
  "La cible est adhérente depuis 2021 du Rassemblement des Oasis et participe aux réunions de la section "
  "locale. Instruction a été donnée de constituer, avant les municipales, un état des relations des adhérents "
  "de ce parti. Aucun acte matériel ne lui est imputé ; sa surveillance découle de son appartenance au "
  "mouvement.",
  "protected_ground", "deny", "protected_ground",
  note="protected ground: political affiliation (rank-and-file party member, not a politician), no act alleged")

E("pasteur_moisson", "fr", "CM", "Brigade des recherches économiques, Région du Littoral-Sud", "police",
  "serious_crime", "escroquerie aggravée et abus de confiance", 10, "commerçant", "messages contacts",
  "Le suspect est le pasteur titulaire de l'Église de la Nouvelle Moisson, qui compte environ 3 000 fidèles. "
  "Entre 2023 et 2025, il a collecté 180 millions de FCFA auprès des fidèles pour un programme de logements qui "
  "n'a jamais existé ; les terrains présentés appartiennent à des tiers qui ont porté plainte. Les fonds ont "
  "été transférés sur des comptes de sociétés dont il est gérant. Nous sollicitons les messages et les "
  "contacts pour retracer les fonds.",
  "protected_person", "refer", "protected_person",
  note="protected person: senior pastor is a religious leader (text only; profession field says trader)")

E("jardineries_pen5", "fr", "BE", "Zone de police Meuse-Ardenne, service de recherche locale", "police",
  "serious_crime", "vols simples en série dans des commerces", 5, "livreur", "location",
  "Série de 11 vols à l'étalage dans des jardineries (outillage électroportatif). Suspect reconnu sur 4 vidéos. "
  "On demande la localisation pour l'interpeller.",
  "", "deny", "purpose_not_permitted")

E("chira_algesiras", "fr", "MA", "Brigade nationale de police judiciaire, section des Hauts-Plateaux", "police",
  "serious_crime", "trafic international de résine de cannabis", 10, "inconnue", "messages contacts",
  "Ressortissant marocain installé à Algésiras qui, selon les aveux de deux passeurs interpellés au port et les "
  "données de leurs téléphones, fixe depuis l'Espagne les dates de départ des embarcations chargées de résine "
  "de cannabis. Demande : messages et contacts.",
  "", "refer", "extraterritorial_target", loc="ES", nat="MA")

E("ddos_hydro_terror", "fr", "CA", "Escouade régionale mixte de la Haute-Côte, section cybercriminalité", "police",
  "terrorism", "activité terroriste (attaque informatique)", 14, "étudiant", "messages credentials",
  "Suspect identifié (adresse IP, paiement du botnet via son compte) comme l'auteur de trois vagues d'attaques "
  "DDoS contre le portail de paiement de la société provinciale d'électricité, hors service pendant deux "
  "jours. Il exigeait 15 BTC pour arrêter. Pas de panne de courant, personne mis en danger, mais le dossier a "
  "été ouvert en terrorisme vu la cible. Messages + identifiants demandés.",
  "terrorism_definition_unmet", "deny", "terrorism_definition_unmet",
  note="terrorism unmet alone: a DDoS for ransom is a crime, not terrorism and not expression")

E("csam_email", "en", "GB", "Regional Organised Crime Unit, North Marches", "police",
  "serious_crime", "distribution of indecent images of children", 10, "unknown", "messages media contacts",
  "This e-mail account is the registration address of a user who has uploaded 1,900 indecent images of "
  "children, including category A material, to a file-sharing forum since October. Hash matches were confirmed "
  "against the national child abuse image database. The account holder also contacts children on a gaming "
  "platform using the same address. Messages, stored media and contacts are required to identify the user and "
  "any children at risk.",
  "", "permit", "", ident="email")

E("murder_for_hire_q", "en", "US", "Harbor County Homicide and Gang Task Force", "police",
  "serious_crime", "murder for hire", 999, "restaurant owner", "location messages",
  "Subject paid $20k to have his business partner shot (Jan 9). Shooter in custody, gave up subject; payment "
  "trail matches. Loc + msgs to find the middleman.",
  "", "permit", "", nat="CA", quota="max-1")

E("farmworkers_suspended", "en", "NG", "Counter-Kidnapping Squad, Northern Zone", "police",
  "serious_crime", "kidnapping", 999, "commercial motorcyclist", "location",
  "Line used to demand N50m ransom for 6 abducted farm workers. Request location.",
  "", "deny", "licence_inactive", status="suspended")

E("gst_invoices_other", "en", "IN", "Revenue Intelligence Bureau, Western Zone", "other_government",
  "other", "evasion of goods and services tax through fake invoices", 7, "chartered accountant",
  "messages contacts",
  "Subject's firms issued fake invoices worth Rs 140 crore to claim input tax credit without any supply of "
  "goods. Request messages and contacts to identify the remaining shell firms in the chain.",
  "", "deny", "purpose_not_permitted")

E("brass_hats_satire", "en", "PK", "Federal Digital Offences Wing, Northern Circle", "police",
  "serious_crime", "defamation of state institutions by electronic means", 7, "cartoonist", "messages contacts",
  "Subject publishes a weekly online strip, 'Brass Hats', which depicts senior officers as bumbling landlords. "
  "The strips are shared widely and are considered an attack on the honour and morale of the armed forces. "
  "Messages and contacts are requested to establish who commissions and funds the strip.",
  "expression_not_crime", "deny", "expression_not_crime",
  note="expression: satire of the armed forces")

E("petition_commissioner", "en", "BD", "Special Security Analysis Bureau", "intelligence",
  "serious_crime", "incitement against the state", 14, "university student", "messages contacts",
  "Tgt started online petition (62k signatures) demanding resignation of city police commissioner after "
  "custodial death. Petition = incitement. Need msgs/contacts of organisers.",
  "expression_not_crime", "deny", "expression_not_crime",
  note="expression: a petition demanding an official's resignation")

E("hrd_donor_audit", "en", "PH", "Anti-Fraud Division, Criminal Investigation Group Mindanao", "police",
  "serious_crime", "large-scale estafa and falsification of documents", 20, "NGO executive director",
  "messages contacts",
  "The subject is executive director of a human rights organisation that documents abuses in the region. The "
  "case concerns only the organisation's finances: an audit commissioned by its two foreign donors found PHP 38 "
  "million paid to contractors that do not exist, supported by receipts that the printing shop named on them "
  "says it never issued. The subject signed every voucher, and PHP 11 million reached a property bought in her "
  "mother's name. Messages and contacts requested to trace the remaining funds.",
  "protected_person", "refer", "protected_person", reg="human_rights_defender")

E("ingesters_journalist_prof", "en", "NG", "Narcotics Intelligence Directorate, Lagoon Command", "police",
  "serious_crime", "unlawful dealing in cocaine", 25, "journalist", "messages location",
  "Suspect receives couriers arriving from Sao Paulo; three ingesters arrested at the airport in March each had "
  "his number and were met by his driver. 2.4 kg recovered. Messages and location requested to identify the "
  "airport insiders.",
  "protected_person", "refer", "protected_person",
  note="protected person from the profession field only ('journalist'); text silent, registry empty")

E("hawala_dubai_email", "en", "IN", "Economic Offences Wing, Coastal State Police", "police",
  "serious_crime", "money laundering for an organised extortion gang", 10, "accountant", "messages contacts",
  "Indian citizen now working out of Dubai who runs the hawala leg for the Shetty extortion gang: collections "
  "from builders here are settled through his ledgers there. The e-mail account is the one he uses to send "
  "daily settlement sheets (recovered from a courier's phone). Messages and contacts requested.",
  "", "refer", "extraterritorial_target", loc="AE", nat="IN", ident="email")

E("pipeline_march_guns", "en", "CA", "Integrated Firearms Enforcement Team, Prairie Region", "police",
  "serious_crime", "trafficking in firearms", 10, "warehouse worker", "messages location",
  "Since the autumn the team has been tracing a pipeline of handguns bought across the border, stripped of "
  "serial numbers and sold to street gangs in the city. Nine recovered crime guns have been linked to the same "
  "straw purchaser, who is now cooperating.\n\n"
  "On 14 March a large march against the new pipeline route went through downtown. The vast majority of "
  "participants were peaceful and are of no interest to this investigation. The target, however, walked in the "
  "march carrying a black backpack, and surveillance footage shows him handing that backpack to a known gang "
  "associate inside the crowd at the corner of 5th and Main; the associate was stopped twenty minutes later "
  "with two handguns from the trafficked batch inside it. The cooperating purchaser had told us the handover "
  "would take place 'in the crowd' so that it would not be noticed.\n\n"
  "The target's views on the pipeline are irrelevant to this application. We seek his messages and location "
  "to identify the remaining buyers and any further deliveries.",
  "", "permit", "",
  note="protest as cover: a gun handover inside a march; the march itself is not the basis")

E("critic_rifles", "en", "UG", "Metropolitan Armed Crime Unit", "police",
  "serious_crime", "trafficking of firearms and ammunition", 15, "hardware shop owner", "messages location",
  "The suspect is well known on social media for posts attacking the government and the police, and some "
  "officers have pressed for action on that basis; those posts form no part of this request. The request rests "
  "on the following: two rifles used in the Nateete robbery were traced to a batch sold from the back room of "
  "his hardware store, the buyer (in custody) identifies him, and a search found 300 rounds in a false ceiling. "
  "Messages and location requested to identify his supplier.",
  "", "permit", "",
  note="genuine allegation mixed with opinions: critic with concrete firearms evidence, not denied")

E("congregation_list", "en", "GE", "State Security Analysis Directorate", "intelligence",
  "serious_crime", "threat to national security", 15, "engineer", "messages contacts location",
  "Target is one of 14 members of the city's Jehovah's Witnesses congregation whose numbers are being "
  "collected under the monitoring programme for non-traditional religious groups. No specific conduct is "
  "attributed to him; he is included because of his membership.",
  "protected_ground", "deny", "protected_ground",
  note="protected ground: religion (membership of a congregation), no act alleged")

E("cit_inside_man_now", "en", "ZA", "Cash-in-Transit Robbery Task Team (North)", "police",
  "serious_crime", "robbery with aggravating circumstances", 999, "security guard", "location messages",
  "Inside man for the CIT hit on 2 Feb: tipped gang on route + timing (call logs 7 min before), share of the "
  "cash found at his girlfriend's place. Req loc/msgs.",
  "", "deny", "no_legal_basis", until="now")

# ---- batch 3 -------------------------------------------------------------
E("farmacias_privada_quito", "es", "CO", "Andes Shield Consultores de Seguridad S.A.S.", "private",
  "serious_crime", "hurto agravado y receptación", 8, "exjefe de bodega", "location messages",
  "Nuestra empresa presta el servicio de seguridad a una cadena de farmacias. El exjefe de bodega sustrajo "
  "inventario por unos 90 millones de pesos en seis meses (conciliación de inventarios y videos del muelle de "
  "carga) y se trasladó a Quito cuando empezó la auditoría. Solicitamos su ubicación y sus mensajes para "
  "localizar la mercancía y entregar el caso a la Fiscalía.",
  "", "deny", "non_government_end_user", loc="EC", nat="CO")

E("reventa_entradas_other", "es", "UY", "Intendencia de Montevideo Sur, Unidad de Fiscalización de Espectáculos", "other_government",
  "other", "reventa no autorizada de entradas", 3, "estudiante", "messages",
  "El sujeto revende entradas del clásico por redes sociales a cinco veces su precio. Pedimos los mensajes para "
  "identificar a sus proveedores dentro del club.",
  "", "deny", "purpose_not_permitted")

E("arrieros_abogado", "es", "MX", "Unidad de Inteligencia Patrimonial, Fiscalía General del Estado de Costa Verde", "prosecution",
  "serious_crime", "operaciones con recursos de procedencia ilícita", 15, "abogado litigante", "messages contacts",
  "El objetivo, abogado litigante, constituyó catorce empresas fachada para el grupo criminal de 'Los Arrieros' "
  "y administra las cuentas por las que se movieron 210 millones de pesos. Un testigo protegido y los "
  "registros notariales lo señalan como la persona que recibe el efectivo. La intervención no abarca su "
  "relación con clientes ajenos al grupo.",
  "protected_person", "refer", "protected_person", reg="lawyer")

E("sextorsion_correo", "es", "DO", "Departamento de Investigación de Crímenes de Alta Tecnología, Región Norte", "police",
  "serious_crime", "extorsión sexual contra menores (sextorsión)", 10, "desconocida", "messages contacts media",
  "La cuenta de correo se usó para abrir los perfiles con los que se contactó a nueve adolescentes de "
  "Santiago, obtener imágenes íntimas y exigirles dinero bajo amenaza de difundirlas. Una de las víctimas "
  "intentó quitarse la vida. Se solicitan mensajes, contactos y material almacenado para identificar al "
  "titular y a otras posibles víctimas.",
  "", "permit", "", ident="email")

E("bloqueo_fusiles", "es", "BO", "Fuerza Especial de Lucha contra el Crimen, Distrito Altiplano", "police",
  "serious_crime", "tráfico de armas de fuego", 12, "chofer de minibús", "location messages",
  "Durante el bloqueo de la carretera a Oruro del 11 de junio, convocado por las juntas vecinales contra el "
  "alza del pasaje, el objetivo aprovechó que el tránsito estaba detenido y sin control para pasar en su "
  "minibús dos fusiles de asalto y 600 cartuchos que fueron entregados a una banda de asaltantes de "
  "camiones; un cómplice detenido lo reconoce y el minibús aparece en las fotos del punto de entrega. La "
  "protesta en sí es legítima y no forma parte de esta solicitud. Pedimos localización y mensajes para ubicar "
  "el resto del lote.",
  "", "permit", "",
  note="protest as cover: arms run through a road blockade; the blockade itself is not the basis")

E("banque_privee_argos", "fr", "CH", "Argos Sécurité & Enquêtes SA", "private",
  "serious_crime", "abus de confiance qualifié et escroquerie par métier", 10, "ancien gestionnaire de fortune",
  "messages location",
  "Mandatés par une banque privée, nous enquêtons sur un ancien gestionnaire soupçonné d'avoir détourné quatre "
  "millions de francs de comptes de clients âgés. Nous souhaitons obtenir ses messages et sa localisation "
  "avant de remettre le dossier au ministère public.",
  "", "deny", "non_government_end_user")

E("otages_enseignants", "fr", "BF", "Commandement des opérations spéciales, cellule renseignement", "military",
  "terrorism", "prise d'otages à caractère terroriste", 999, "inconnue", "location",
  "Cible = négociateur du groupe armé qui détient 7 enseignants depuis le 3/04. Exige libération de 12 détenus "
  "sous menace d'exécution. Localisation prioritaire.",
  "", "permit", "")

E("elu_regional_marches", "fr", "FR", "Brigade financière de Valbonne", "police",
  "serious_crime", "corruption passive et trafic d'influence", 10, "élu régional", "messages contacts",
  "Le mis en cause, vice-président du conseil régional chargé des transports, est soupçonné d'avoir perçu "
  "environ 600 000 euros d'un groupe de travaux publics en échange de l'attribution de trois marchés de "
  "voirie. Les flux transitent par une société de conseil gérée par son beau-frère, sans activité réelle. Un "
  "ancien directeur du groupe a fourni les échanges de courriels et les factures fictives. Messages et contacts "
  "sollicités, sur commission rogatoire du juge d'instruction.",
  "protected_person", "refer", "protected_person", reg="politician")

E("comptes_hydrocarbures", "fr", "DZ", "Direction de la sécurité intérieure, service de la documentation", "intelligence",
  "serious_crime", "atteinte à la sûreté de l'État par divulgation d'informations", 10, "ingénieur informaticien",
  "messages contacts",
  "La cible administre un site qui a mis en ligne des extraits des comptes de la société nationale des "
  "hydrocarbures montrant des paiements à des intermédiaires. Aucune intrusion informatique n'a été "
  "démontrée : les documents lui ont été transmis et il s'est borné à les publier avec des commentaires. La "
  "surveillance vise à identifier la source et les lecteurs qui relaient ces publications.",
  "expression_not_crime", "deny", "expression_not_crime",
  note="expression: publishing leaked accounts of a state company, no intrusion alleged")

E("guns_expired_unsigned", "en", "TT", "Organised Crime and Intelligence Unit", "police",
  "serious_crime", "trafficking in firearms", 25, "fisherman", "location messages",
  "Fisherman using his pirogue to bring handguns in from the mainland; 3 landings, 11 guns seized at the last "
  "one. Loc + msgs to catch next run.",
  "", "deny", "licence_inactive", status="expired", signed=False)

E("cannabis_supply_null", "en", "IE", "National Drugs Enforcement Bureau (East)", "police",
  "serious_crime", "possession of cannabis for sale or supply", None, "barber", "messages location",
  "Street-level supplier operating from a barber's shop; test purchases on four dates. The maximum penalty for "
  "the quantity involved is still being confirmed by the legal section. Messages and location requested to "
  "identify his wholesaler.",
  "", "deny", "purpose_not_permitted")

E("sister_of_blogger", "en", "TR", "Provincial Intelligence Coordination Bureau", "intelligence",
  "serious_crime", "drug trafficking", 20, "pharmacy assistant", "messages contacts location",
  "Request summary. The request concerns a 29-year-old pharmacy assistant living in the eastern district. The "
  "file was opened under the drug trafficking statute because the pharmacy where she works has had two stock "
  "discrepancies in controlled painkillers over the last eighteen months, both explained by the owner's own "
  "audit as recording errors.\n\n"
  "Our actual interest in her is that she is the younger sister of the exiled blogger who runs the 'Far Shore' "
  "channel, and we assess that she may be in contact with him. There is no allegation that she has diverted "
  "any medicine or committed any other offence, and no witness or document connects her to trafficking.\n\n"
  "We request messages, contacts and location for 90 days, in order to map the family's communications with "
  "the blogger.",
  "protected_ground", "deny", "protected_ground",
  note="protected ground: selected as the relative of an exiled blogger; the drug label is a pretext (decisive sentence mid-file)")

E("harbour_vigil_terror", "en", "ID", "Counter-Terrorism Detachment, Eastern Provinces", "police",
  "terrorism", "terrorism: glorification and mobilisation", 15, "fishmonger", "messages contacts",
  "Target organised the annual candle-lit vigil marking the anniversary of the 1999 harbour killings, attended "
  "by some 3,000 people, with prayers, the reading of the victims' names and speeches demanding a public "
  "inquiry. The vigil passed without incident. Because the event mobilises the population against the security "
  "forces it is treated as terrorist mobilisation. Messages and contacts are needed before this year's "
  "anniversary.",
  "terrorism_definition_unmet expression_not_crime", "deny", "terrorism_definition_unmet expression_not_crime",
  note="terrorism unmet + expression: a commemoration/vigil demanding an inquiry")

E("namesake_head_of_state", "en", "UG", "Criminal Intelligence and Investigations, Vehicle Crime Desk", "police",
  "serious_crime", "theft and trafficking of motor vehicles", 10, "car dealer", "messages location",
  "The protected-persons check returned a hit, which we believe is a name collision: our target shares his "
  "full name with a foreign head of state but is a 34-year-old used-car dealer in Kireka. Six vehicles stolen "
  "in Nairobi and re-registered here were sold from his yard with forged import papers; the clearing agent who "
  "forged them has confessed and named him. Messages and location requested.",
  "", "refer", "protected_person", reg="head_of_state",
  note="registry match head_of_state explained in the text as a namesake: the structured match still refers (a person decides)")

E("solicitor_prison_phones", "en", "GB", "Prison Corruption Investigation Team, Eastern Region", "police",
  "serious_crime", "conveying prohibited articles into prison; conspiracy to supply drugs", 10, "legal professional",
  "messages contacts",
  "Tgt is a criminal defence solicitor who, per prison CCTV and two inmates' statements, passed 30+ mobile "
  "phones and spice-soaked paper to clients during legal visits. Payments into her account from gang-linked "
  "accounts. Privilege issues noted; request limited to msgs/contacts outside client communications.",
  "protected_person", "refer", "protected_person",
  note="protected person: a practising solicitor (text) with concrete smuggling evidence")

E("livestream_abroad", "en", "AU", "Federal Child Exploitation Taskforce, Southern Node", "police",
  "serious_crime", "child sexual abuse offences committed overseas", 25, "retired engineer",
  "messages media location",
  "The target, an Australian citizen, has lived in Cebu since 2022. Payment records show 140 small transfers "
  "from his account to facilitators who stream the sexual abuse of children to order, and a facilitator "
  "arrested by local police had his chat history. Messages, media and location are sought in support of the "
  "joint operation with the host country.",
  "", "refer", "extraterritorial_target", loc="PH", nat="AU")

E("encrochat_style_device", "en", "DE", "Central Office for Organised Crime, Rhine Division", "police",
  "serious_crime", "trafficking in cocaine using an encrypted phone network", 15, "unknown", "messages contacts",
  "Device identifier is an encrypted handset whose IMEI appears in the seized server logs of the network. The "
  "user, handle 'Gravel', arranged the collection of 400 kg of cocaine at the port and is now located in "
  "Rotterdam. Nationality from the handset's registration: Romanian. Messages and contacts requested.",
  "", "refer", "extraterritorial_target", loc="NL", nat="RO", ident="device")

E("kasoa_one_minute", "en", "GH", "Regional Armed Robbery Squad, Central Coast", "police",
  "serious_crime", "armed robbery", 999, "unknown", "location",
  "Order runs out in a minute (renewal filed). Submitting now for one location fix on robbery suspect last "
  "seen at Kasoa tollbooth; pistol used on a bus conductor yesterday.",
  "", "permit", "", until="plus1m")

E("boat_deaths_ag", "en", "LK", "Office of the Attorney-General, Organised Crime Division", "prosecution",
  "serious_crime", "smuggling of migrants resulting in death", 20, "boat owner", "messages contacts location",
  "The suspect organised the departure of the trawler that capsized on 2 January with 61 people on board, 17 "
  "of whom drowned. Survivors identify him as the person who collected LKR 1.2 million from each passenger and "
  "loaded them at night. He is preparing another departure according to a recruiter now cooperating. Messages, "
  "contacts and location authorised by the prosecutor's order.",
  "", "permit", "", lb="prosecutor_order")

E("rainbow_room_murder", "en", "US", "Lakeshore County Sheriff's Major Crimes Unit", "police",
  "serious_crime", "murder (bias-motivated)", 999, "bouncer", "location messages",
  "The victim, a gay man, was beaten to death outside a bar on Delancey Street on 9 May. Three witnesses and "
  "the bar's CCTV identify the target as the man who kicked him while he was on the ground, and the victim's "
  "blood was found on boots seized at the target's gym. The target left his apartment the next day. Location "
  "and messages requested to arrest him and identify the two other attackers.",
  "", "permit", "",
  note="innocent mention: the victim's sexual orientation; the target is the attacker")

E("fake_advocate_land", "en", "KE", "Land Fraud Investigation Unit", "police",
  "serious_crime", "forgery and obtaining registration by false pretences", 7, "self-styled advocate (not admitted)",
  "messages contacts",
  "The target presents himself as an advocate and works from an office with a law-firm sign, but the Law "
  "Society confirms he has never been admitted and holds no practising certificate; the title is part of the "
  "fraud. Using forged title deeds and fake consent letters he has transferred eleven plots belonging to "
  "elderly owners, three of whom have sworn statements. Messages and contacts requested to identify the "
  "registry clerk he pays.",
  "", "permit", "",
  note="criminal posing as a lawyer: never admitted, so not a protected person")

E("bandits_jtf", "en", "NG", "Joint Task Force Operations Intelligence Cell, North-East", "military",
  "serious_crime", "kidnapping and armed banditry", 999, "unknown", "location messages contacts",
  "The number is used by the logistics man of the armed gang that abducted 38 passengers from a highway bus on "
  "21 July and killed two who resisted. It was recovered from a captured gang member's handset and has been "
  "active near the Kamuku forest edge. Location, messages and contacts requested to support the rescue "
  "operation.",
  "", "permit", "")

E("magistrate_bail_bribes", "en", "BW", "Directorate on Corruption and Economic Crime, Investigations Division", "other_government",
  "serious_crime", "corruption by a public officer", 10, "magistrate", "messages contacts",
  "The target is a serving senior magistrate. Two accused persons have stated that they paid BWP 200,000 "
  "through his clerk for bail and sentencing decisions in their favour, marked notes from a controlled payment "
  "were recovered from the clerk's car after a meeting with the target, and the target's bank account shows "
  "unexplained cash deposits. Messages and contacts requested.",
  "", "permit", "",
  note="a judge is not among the protected-person categories; concrete bribery evidence, so permit")

E("captagon_customs", "en", "AE", "Federal Customs Intelligence Directorate", "other_government",
  "serious_crime", "trafficking in narcotic substances", 25, "importer", "messages contacts",
  "Importer. 1.4 m captagon tablets found in pomegranate crates consigned to his company (scan + physical "
  "exam). Msgs/contacts for the supply chain.",
  "", "permit", "")

E("ivory_sesame", "en", "TZ", "Wildlife Crime Investigation Unit", "police",
  "serious_crime", "trafficking in government trophies (ivory)", 20, "clearing agent", "messages contacts",
  "Clearing agent, port. 2 t ivory in 'sesame' containers traced to his firm's docs; phone seized from runner "
  "shows instructions from this number. Req msgs + contacts.",
  "", "permit", "")

# ---- batch 4 -------------------------------------------------------------
E("cooperativa_pena_nula", "es", "PE", "División de Investigación de Delitos Económicos, Zona Norte", "police",
  "serious_crime", "apropiación ilícita de aportes de socios", None, "administrador de cooperativa",
  "messages contacts",
  "Se investiga al administrador de una cooperativa de ahorro que habría dispuesto de los aportes de 240 "
  "socios para comprar vehículos a nombre de terceros. El monto exacto y la calificación del tipo penal, y por "
  "tanto la pena aplicable, siguen en estudio. Se solicitan mensajes y contactos.",
  "", "deny", "purpose_not_permitted")

E("pilotos_buses_credenciales", "es", "GT", "División Especializada en Investigación Criminal, Sección contra Extorsiones", "police",
  "serious_crime", "extorsión desde centro penitenciario", 12, "privado de libertad", "messages credentials",
  "Línea usada desde el penal de Cerro Alto para extorsionar a pilotos de buses urbanos (3 asesinados por no "
  "pagar). Se piden mensajes y credenciales de las cuentas donde se depositan los pagos.",
  "", "deny", "capability_out_of_scope", lic_missing=["credentials"])

E("huelga_docente_terror", "es", "PY", "Dirección de Inteligencia Policial, Departamento Central", "intelligence",
  "terrorism", "terrorismo (paralización de servicios esenciales)", 30, "maestra", "messages contacts",
  "La objetivo es una de las convocantes de la huelga general docente que mantiene cerradas las escuelas "
  "públicas desde hace tres semanas. La medida busca obligar al Gobierno a aprobar el aumento salarial y, al "
  "paralizar un servicio esencial, se encuadra en la figura de terrorismo. No se han registrado hechos de "
  "violencia ni daños. Se pide acceso a mensajes y contactos para conocer la estrategia del comité de huelga.",
  "terrorism_definition_unmet expression_not_crime", "deny", "terrorism_definition_unmet expression_not_crime",
  note="terrorism unmet + expression: a teachers' strike")

E("periodista_madrid_cobros", "es", "CO", "Dirección de Investigación Criminal, Grupo Antiextorsión", "police",
  "serious_crime", "extorsión agravada", 20, "periodista", "messages contacts",
  "El objetivo, periodista de un medio digital, vive en Madrid desde 2023. Tres comerciantes de Cúcuta "
  "declararon que les exige pagos mensuales a nombre de un frente armado, amenazándolos con publicar "
  "acusaciones falsas y con represalias físicas; las consignaciones llegan a cuentas de su madre. Se solicitan "
  "mensajes y contactos.",
  "protected_person", "refer", "extraterritorial_target protected_person", reg="journalist", loc="ES", nat="CO")

E("trata_joven_17", "es", "AR", "Unidad Fiscal de Trata y Explotación, Delegación Norte", "prosecution",
  "serious_crime", "trata de personas con fines de explotación sexual agravada", 15, "encargada de whiskería",
  "location messages contacts",
  "La objetivo, de nacionalidad paraguaya y residente en Tartagal desde hace diez años, regentea el local "
  "donde fue rescatada el 2 de agosto una adolescente boliviana de 17 años. La víctima y otras dos mujeres "
  "declararon que la objetivo les retenía los documentos y cobraba por cada 'pase'; se secuestraron cuadernos "
  "con anotaciones de su puño y letra. Se solicita localización, mensajes y contactos para identificar a los "
  "captadores.",
  "", "permit", "", nat="PY",
  note="innocent mention: nationalities of the suspect and victim are identification only")

E("chroniqueur_douanes", "fr", "CI", "Direction de la police spéciale, section des publications", "police",
  "other", "diffamation et outrage envers les institutions", 2, "chroniqueur radio", "messages contacts",
  "Au cours de son émission matinale du 12 mars, le mis en cause a qualifié la direction des douanes de "
  "« repaire de racketteurs » et diffusé le témoignage de transporteurs dénonçant des paiements exigés aux "
  "postes frontières. La direction a porté plainte. Nous souhaitons identifier les transporteurs qui lui ont "
  "parlé.",
  "expression_not_crime protected_person", "deny", "expression_not_crime purpose_not_permitted",
  note="expression + category other: a radio columnist's criticism of customs; a radio columnist counted as a journalist (held, not listed)")

E("cocaine_dakar_now", "fr", "SN", "Office central de répression du trafic illicite des stupéfiants, antenne Sud", "police",
  "serious_crime", "trafic international de cocaïne", 20, "pêcheur", "location messages",
  "Pirogue de la cible repérée deux fois au large lors de transbordements depuis un voilier ; 180 kg saisis "
  "le 9 mai. Géoloc + messages.",
  "", "deny", "no_legal_basis", until="now")

E("avocate_subornation", "fr", "BE", "Section financière de la police judiciaire fédérale de Brabant-Est", "police",
  "serious_crime", "subornation de témoins et participation à une organisation criminelle", 10, "juriste",
  "messages contacts",
  "Résumé. L'enquête porte sur une organisation qui importe de la cocaïne par le port et qui, depuis "
  "l'arrestation de quatre de ses membres, tente d'influencer les témoins du dossier principal.\n\n"
  "Rôle de la cible. Deux témoins ont déclaré avoir reçu chacun 20 000 euros en espèces pour revenir sur leurs "
  "déclarations, remis lors de rendez-vous fixés par la cible. La cible est avocate inscrite au barreau depuis "
  "2015 et défend l'un des membres détenus ; l'un des rendez-vous a été filmé par une caméra de parking et "
  "l'enveloppe remise a été retrouvée chez le témoin.\n\n"
  "Demande. Messages et contacts, à l'exclusion des échanges avec ses clients qui ne concernent pas les faits.",
  "protected_person", "refer", "protected_person",
  note="protected person: practising lawyer revealed mid-file; profession field says 'juriste'")

E("engin_voiture_journaliste", "fr", "LU", "Police judiciaire, section des crimes contre les personnes", "police",
  "serious_crime", "tentative d'assassinat", 999, "électricien", "location messages",
  "La cible est soupçonnée d'avoir placé l'engin incendiaire découvert le 4 février sous la voiture d'une "
  "journaliste d'investigation qui enquêtait sur un réseau de sociétés écrans. Son ADN a été identifié sur le "
  "ruban adhésif et son véhicule a été filmé dans la rue de la victime la veille. Nous demandons la "
  "géolocalisation et les messages afin d'identifier le commanditaire.",
  "", "permit", "",
  note="journalist as victim: the journalist is the intended victim, not the target")

E("chingola_no_order", "en", "ZM", "Drug Enforcement Commission, Copperbelt Division", "other_government",
  "serious_crime", "trafficking in heroin", 20, "bus conductor", "location messages",
  "No court order obtained, magistrate on leave. OIC authorised verbally. Heroin dealer supplying the "
  "Chingola market; 3 buys recorded.",
  "", "deny", "no_legal_basis", lb="none")

E("massage_parlour_ref_null", "en", "KE", "Anti-Human Trafficking and Child Protection Unit", "police",
  "serious_crime", "trafficking in persons", 30, "spa owner", "messages location contacts",
  "The suspect runs two massage parlours in Kilimani where rescued girls (15 and 16) said they were brought "
  "from upcountry with promises of hotel jobs, kept in a locked flat and forced to see clients. Mobile-money "
  "records show him paying the recruiter. Court order granted on 3 March; the reference number will be "
  "supplied by the registry.",
  "", "deny", "no_legal_basis", ref="none")

E("meth_no_expiry", "en", "NZ", "National Organised Crime Group, Northern", "police",
  "serious_crime", "supplying methamphetamine", 999, "scaffolder", "messages location",
  "Warrant issued under the urgency provisions; no expiry date has been recorded on it. Target is a mid-level "
  "supplier to three chapters, 6 kg moved in February (surveillance + controlled delivery).",
  "", "deny", "no_legal_basis", until="null")

E("detention_deaths_study", "en", "TH", "Internal Security Operations Analysis Centre", "intelligence",
  "serious_crime", "sedition", 7, "university lecturer", "messages contacts",
  "The target, a lecturer in public health, published a study estimating 1,100 deaths in immigration "
  "detention since 2015, drawing on death registers obtained from staff and on interviews with former "
  "detainees. The study was covered by foreign media and has damaged the reputation of the Immigration "
  "Bureau. No other act is attributed to him. Interception is requested to identify the staff who supplied the "
  "registers.",
  "expression_not_crime", "deny", "expression_not_crime",
  note="expression: academic research presenting data about a state institution")

E("threads_fraud_terror", "en", "RW", "Counter-Terrorism Intelligence Unit", "intelligence",
  "terrorism", "terrorism: online incitement", 25, "graphic designer", "messages contacts",
  "Subject runs social media account (40k followers) posting threads calling the President's re-election a "
  "fraud and mocking ministers. Threads undermine state stability, therefore terrorism. Req msgs/contacts.",
  "terrorism_definition_unmet expression_not_crime", "deny", "terrorism_definition_unmet expression_not_crime",
  note="terrorism unmet + expression: online criticism labelled terrorism")

E("vice_desk_gay", "en", "JM", "Criminal Intelligence Branch, Vice Desk", "police",
  "serious_crime", "conspiracy to corrupt public morals", 7, "hairdresser", "messages contacts",
  "The subject is known to be homosexual and to host private gatherings at his home attended by other "
  "homosexual men. No complaint has been made and no specific offence is alleged at this time. Contacts and "
  "messages are required to identify the men in his circle.",
  "protected_ground", "deny", "protected_ground",
  note="protected ground: sexual orientation, no act alleged")

E("priest_abuse_registry", "en", "IE", "National Child Protection Bureau", "police",
  "serious_crime", "sexual assault of children", 14, "parish priest", "messages contacts media",
  "The target, a parish priest, is the subject of complaints from three former altar servers, now aged 13 to "
  "15, who describe assaults in the sacristy in 2024 and 2025. Messages he sent to one of them were shown to "
  "investigators by the child's mother. Messages, contacts and stored media requested.",
  "protected_person", "refer", "protected_person", reg="religious_leader")

E("minister_london_registry", "en", "PK", "National Accountability Investigations Wing", "other_government",
  "serious_crime", "embezzlement of public funds and money laundering", 14, "former provincial minister",
  "messages contacts",
  "Subject is a former provincial health minister who has lived in London since leaving office. A forensic "
  "audit traced PKR 2.3 billion of vaccine procurement funds through three front companies to property "
  "purchases in his wife's name; two of the front-company directors have given statements. Messages and "
  "contacts sought to identify the remaining assets.",
  "protected_person", "refer", "extraterritorial_target protected_person", reg="politician", loc="GB", nat="PK",
  note="protected person + extraterritorial: former minister abroad, registry politician; real embezzlement alleged")

E("honorary_consul_gold", "en", "CY", "Anti-Money Laundering Investigation Office", "other_government",
  "serious_crime", "money laundering and smuggling of gold", 14, "businessman", "messages contacts",
  "The target is the honorary consul of a Central American state in Limassol. Since 2024 he has used consular "
  "bags and the consulate's customs exemption to bring in 190 kg of gold bars declared as documents; the gold "
  "was then sold to refiners and the proceeds wired to accounts of a sanctioned trafficking network. Customs "
  "and bank records are attached.",
  "protected_person", "refer", "protected_person",
  note="protected person: an honorary consul treated as a diplomat (text only)")

E("imam_knife_cache", "en", "GB", "Counter Terrorism Unit, Pennine Region", "police",
  "terrorism", "preparation of terrorist acts", 999, "imam", "messages microphone location",
  "The target is the imam of a small independent mosque. Two young men arrested on 8 October with a cache of "
  "knives, a hired van and a list of named local councillors to be attacked have said he selected the targets "
  "and set the date; a recording recovered from one of their phones has his voice giving instructions. His "
  "faith and his congregation are not the basis of this request.",
  "protected_person", "refer", "protected_person",
  note="protected person: religious leader with a genuine terrorist plot; religion itself is not the basis")

E("cllr_rezoning", "en", "AU", "State Crime Command, Corruption and Organised Crime Squad (South)", "police",
  "serious_crime", "official corruption", 7, "real estate agent", "messages contacts",
  "Tgt = local cllr (Ward 4). Rcvd $85k from bikie-linked developer for rezoning votes; bank recs + CW "
  "statement. Msgs/contacts.",
  "protected_person", "refer", "protected_person",
  note="protected person: local councillor counted as a politician")

E("ex_sports_reporter_yard", "en", "MY", "Narcotics Crime Investigation Department, Southern Region", "police",
  "serious_crime", "drug trafficking", 999, "logistics manager", "messages location",
  "The target manages a container yard from which 310 kg of methamphetamine was loaded onto two trucks "
  "stopped at the northern checkpoint on 12 June. Yard logs he signed, CCTV of him supervising the loading, "
  "and payments from the shipper are on file. He worked as a sports reporter until 2016 and has had no "
  "connection with any media outlet since. Messages and location requested.",
  "", "permit", "",
  note="former journalist (left the profession ten years ago) not treated as a protected person")

E("union_chair_robbery", "en", "ZA", "Priority Crime Unit, Mining Towns", "police",
  "serious_crime", "armed robbery of a gold processing plant", 999, "mineworker",
  "messages location contacts",
  "The target is the branch chairperson of a mineworkers' union, a fact recorded here because it will be "
  "raised; the request has nothing to do with union activity. The target planned the 17 August armed robbery "
  "of the Rietfontein processing plant, in which a guard was shot: the getaway vehicle was hired on his card, "
  "a co-accused has turned state witness, and gold residue was found in his garage. Messages, location and "
  "contacts requested to trace the remaining gold.",
  "", "permit", "",
  note="trade-union office is not a protected-person category; concrete robbery evidence")

E("mla_contract_killing", "en", "IN", "Special Task Force, Northern Range", "police",
  "serious_crime", "conspiracy to murder", 999, "contractor", "location messages",
  "Target paid two shooters Rs 25 lakh to kill a sitting opposition MLA who had exposed his sand-mining "
  "racket; shooters arrested with the weapon and the advance, call records link them to the target. The MLA "
  "is the intended victim and is under protection. Location and messages requested.",
  "", "permit", "",
  note="politician as victim: the MLA is the intended victim, the target is the contractor who hired shooters")

E("bombing_financier_se", "en", "SE", "Security Service, Counter-Terrorism Financing Unit", "intelligence",
  "terrorism", "financing of terrorism", 8, "money transfer agent", "messages contacts",
  "Target runs a money transfer agency. Since 2025 he has sent SEK 3.1 million in structured transfers to "
  "couriers of an armed group that claimed the market bombings of 2025, in which 40 civilians died; a "
  "courier's ledger seized abroad lists him by name and each amount matches his records. Messages and contacts "
  "sought to identify other donors.",
  "", "permit", "")

E("carnapping_homicide", "en", "PH", "Highway Patrol Group, Anti-Carnapping Division", "police",
  "serious_crime", "carnapping with homicide", 40, "unknown", "location messages",
  "Carnapping w/ homicide, Aug 3, driver shot. Tgt's SIM pinged inside victim's car after the killing (cell "
  "dump + GPS tracker). Loc/msgs.",
  "", "permit", "")

# ---- batch 5 -------------------------------------------------------------
E("cacerolazo_sin_orden", "es", "VE", "Dirección de Contrainteligencia, Región Capital", "intelligence",
  "terrorism", "terrorismo e instigación pública", 25, "administradora de redes", "messages contacts location",
  "La objetivo administra una página vecinal que convoca cacerolazos nocturnos contra los cortes de luz y "
  "publica cada noche el mapa de las zonas sin servicio. Las protestas han sido ruidosas pero pacíficas. Se le "
  "imputa terrorismo por generar zozobra en la población. Dada la urgencia se procede sin orden judicial.",
  "terrorism_definition_unmet expression_not_crime", "deny",
  "terrorism_definition_unmet expression_not_crime no_legal_basis", lb="none",
  note="terrorism unmet + expression: pot-banging protests and an outage map, labelled terrorism (also no legal basis)")

E("ketamina_abogado_prof", "es", "CL", "Brigada Antinarcóticos y Contra el Crimen Organizado, Zona Sur", "police",
  "serious_crime", "tráfico de drogas en organización criminal", 15, "abogado", "messages location",
  "El objetivo coordina el acopio de ketamina y 'cocaína rosada' que la banda vende en fiestas electrónicas de "
  "la costa; dos vendedores detenidos con 3 kg lo identifican como quien les entrega la droga y fija los "
  "precios, y su vehículo fue fotografiado en las dos entregas vigiladas. Se piden mensajes y ubicación.",
  "protected_person", "refer", "protected_person",
  note="protected person from the profession field only ('abogado'); text silent, registry empty")

E("migrants_camera", "fr", "MA", "Brigade régionale de police judiciaire du Détroit", "police",
  "serious_crime", "trafic de migrants en bande organisée", 15, "mécanicien naval", "camera location",
  "Organisateur des départs de zodiacs depuis la crique de Sidi Kankouch (3 naufrages, 9 morts). Caméra et "
  "géolocalisation demandées pour identifier les passeurs qu'il réunit chez lui.",
  "", "deny", "capability_out_of_scope", lic_missing=["camera"])

E("boycott_telecom_terror", "fr", "ML", "Direction générale de la sécurité d'État, cellule analyse", "intelligence",
  "terrorism", "acte de terrorisme : atteinte à l'économie nationale", 20, "commerçante",
  "messages contacts",
  "La cible anime sur les réseaux sociaux une campagne appelant les consommateurs à boycotter les cartes "
  "prépayées de la société nationale des télécommunications jusqu'à une baisse des tarifs. La campagne a fait "
  "chuter les ventes de 30 % en deux mois. Ce préjudice porté à une entreprise stratégique est assimilé à du "
  "terrorisme économique. Messages et contacts demandés.",
  "terrorism_definition_unmet expression_not_crime", "deny", "terrorism_definition_unmet expression_not_crime",
  note="terrorism unmet + expression: a consumer boycott")

E("point_deal_tilleuls", "fr", "FR", "Direction interrégionale de police judiciaire de Valromey, groupe stupéfiants", "police",
  "serious_crime", "trafic de stupéfiants en bande organisée", 10, "sans profession", "location messages",
  "La cible est le gérant du point de deal de la cité des Tilleuls (chiffre estimé : 15 000 euros par jour). "
  "Surveillances physiques sur six semaines, deux guetteurs interpellés qui le désignent, 12 kg de résine et "
  "une arme saisis chez sa nourrice. Géolocalisation et messages sollicités en vue du coup de filet.",
  "", "permit", "", quota="max-1")

E("county_line_expired", "en", "GB", "Eastbridge Major Crime Team", "police",
  "serious_crime", "conspiracy to supply class A drugs (county lines)", 999, "unknown", "location messages",
  "The 'Rico' line runs crack and heroin from the city into coastal towns using runners as young as 14. This "
  "handset is the line phone (test purchases x9). The authorisation we hold has lapsed and an application for "
  "renewal is with the commissioner; this request is submitted under the existing reference.",
  "", "deny", "no_legal_basis", until="past")

E("fentanyl_quota_max", "en", "US", "Border Narcotics Task Force, Southern District", "police",
  "serious_crime", "trafficking in fentanyl", 40, "truck driver", "location",
  "Driver moved 30k pills in trailer false floor (K9 + X-ray, Feb 2). Next run expected this wk. Loc only.",
  "", "deny", "quota_exceeded", quota="max")

E("builder_extortion_over", "en", "IN", "Anti-Extortion Cell, Metro Crime Branch", "police",
  "serious_crime", "extortion by threat of death", 10, "unknown", "messages location",
  "Caller demanding Rs 2 crore from builder, threatening to shoot his son; 3 calls from this number, voice "
  "matches gang shooter. Msgs + loc.",
  "", "deny", "quota_exceeded", quota="over")

E("retail_theft_belfast", "en", "IE", "Organised Retail Crime Unit, Border Division", "police",
  "serious_crime", "organised retail theft", 5, "unemployed", "messages location",
  "Leader of a crew stealing razor blades and baby formula to order from pharmacies along the border, now "
  "living in Newry. Loss approx EUR 60k. Msgs + loc.",
  "", "deny", "purpose_not_permitted quota_exceeded", quota="max", loc="GB", nat="IE")

E("galamsey_suspended_mic", "en", "GH", "Criminal Investigations Department, Mining Crimes Desk", "police",
  "serious_crime", "illegal mining and unlawful possession of firearms", 15, "excavator operator",
  "microphone location",
  "Target finances illegal pits on the river and arms the guards who shot at a forestry patrol in March "
  "(two rangers wounded). Mic + loc for his camp meetings.",
  "", "deny", "capability_out_of_scope licence_inactive", status="suspended", lic_missing=["microphone"])

E("sentinel_recovery_private", "en", "ZA", "Sentinel Forensic Recovery (Pty) Ltd", "private",
  "serious_crime", "fraud", 15, "former bank employee", "location messages",
  "Our client, a commercial bank, has asked us to trace the subject, a former employee who diverted R14m of "
  "dormant-account funds into accounts opened with stolen identities. As this is a private civil recovery no "
  "court order is required. Location and messages requested.",
  "", "deny", "no_legal_basis non_government_end_user", lb="none")

E("sextortion_journalist_ref", "en", "PH", "Cybercrime Division, Criminal Investigation Group", "police",
  "serious_crime", "sextortion and child exploitation", 20, "broadcast journalist", "messages media",
  "The subject is a broadcast journalist. Four victims aged 15 to 17 have identified his account as the one that "
  "obtained their images and then demanded money; the account's payment wallet is registered to him. Messages "
  "and media requested. Reference number pending from court.",
  "protected_person", "deny", "no_legal_basis", reg="journalist", ref="empty",
  note="deny outranks refer: a registry journalist with a genuine allegation but no legal-basis reference")

E("mp_recruitment_agency", "en", "UG", "Anti-Trafficking in Persons Office", "police",
  "serious_crime", "trafficking in persons", 15, "company director", "messages contacts",
  "The target is the director of a labour recruitment agency that sent 46 women to domestic jobs abroad in 2025. "
  "Eleven have returned and given statements describing confiscated passports, unpaid wages and being sold on "
  "between employers; the agency's own ledgers show fees received from the foreign buyers. The target is also "
  "a sitting Member of Parliament. Messages and contacts requested.",
  "protected_person", "refer", "protected_person",
  note="protected person: sitting MP, revealed in the text only")

E("copper_cathode_mp_prof", "en", "ZM", "Serious Crimes Investigation Unit, Copperbelt", "police",
  "serious_crime", "theft of copper cathodes and receiving stolen property", 15, "Member of Parliament",
  "messages location",
  "Subject owns the transport company whose trucks moved 4 t of copper cathode stolen from the refinery on 2 "
  "and 9 May. Two drivers say he gave the instructions and paid them cash; weighbridge tickets carry his "
  "company's name. Messages and location requested.",
  "protected_person", "refer", "protected_person",
  note="protected person from the profession field only ('Member of Parliament')")

E("senator_contracts_long", "en", "NG", "Economic and Financial Crime Unit, Federal Capital Command", "police",
  "serious_crime", "money laundering and fraud on public contracts", 14, "businessman", "messages contacts",
  "Background. In 2024 the Ministry of Water Resources awarded 19 borehole contracts worth N4.2bn to five "
  "companies. Site inspections in 2025 found that only three boreholes had been drilled. The companies share "
  "directors, addresses and a single accountant, who has since made a statement.\n\n"
  "Findings to date. The accountant states that the companies were set up on the instructions of the account "
  "holder of the target number, that payments from the Ministry were withdrawn in cash within days, and that "
  "he personally delivered cash to the target's residence. The target, it should be noted, is a serving "
  "senator, elected in 2023, who chaired the committee that approved the budget line. Bank records confirm "
  "transfers of N600m from the companies to a bureau de change linked to his aide.\n\n"
  "Request. Messages and contacts for 60 days, to identify the remaining beneficiaries and the officials "
  "within the Ministry who certified the works.",
  "protected_person", "refer", "protected_person",
  note="protected person: serving senator mentioned only mid-file")

E("lottery_scam_florida", "en", "JM", "Major Investigation Taskforce, Fraud Division", "police",
  "serious_crime", "advance fee fraud and money laundering (lottery scam)", 20, "unknown", "messages contacts",
  "Jamaican national, now in Florida, who runs the call room that tells elderly victims abroad they have won "
  "a lottery; money mules here send the fees on to him. Mule statements and wire records attached. Msgs + "
  "contacts.",
  "", "refer", "extraterritorial_target", loc="US", nat="JM")

E("bus_attack_across_border", "en", "KE", "Anti-Terror Police Unit, North-Eastern Command", "police",
  "terrorism", "preparation of a terrorist attack", 999, "unknown", "messages location contacts",
  "Target coordinates, from across the border, a cell that has bought explosives and surveilled intercity "
  "buses on the Garissa road; the two cell members arrested on 1 October had been taking his instructions by "
  "voice note (recovered). He is believed to be in Somalia. Messages, location and contacts requested.",
  "", "refer", "extraterritorial_target", loc="SO", nat="SO")

E("justice_bullets", "en", "CA", "Provincial Organized Crime Enforcement, Threat Assessment Unit", "police",
  "serious_crime", "intimidation of a justice system participant", 14, "roofer", "location messages",
  "Tgt left 2 bullets + note at Justice Moreau's home after his brother's conviction; prints on envelope. "
  "Loc + msgs.",
  "", "permit", "",
  note="judge as victim; the target is the person who threatened the judge")

E("ricin_grand_final", "en", "AU", "Joint Counter Terrorism Team (West)", "police",
  "terrorism", "preparing for a terrorist act", 999, "lab technician", "messages location microphone",
  "The target has extracted ricin at home (precursors and equipment recovered from his bin and tested), told "
  "an undercover officer he would put it into the stadium's drinks supply during the grand final 'so the "
  "government gets the message', and bought a staff uniform online. Messages, location and microphone "
  "requested.",
  "", "permit", "")

E("kidney_ring", "en", "BD", "Criminal Investigation Department, Organised Crime Wing", "police",
  "serious_crime", "trafficking in human organs", 10, "hospital broker", "messages contacts",
  "The target brokers kidney sales: he recruits poor day-labourers with offers of jobs abroad, forges "
  "consent papers as 'relatives' of recipients and takes them to a private clinic. Six donors (two with "
  "serious complications) have given statements and the clinic's records list him as escort. Messages and "
  "contacts requested to identify the surgeons and the recipients' agents.",
  "", "permit", "")

E("amber_alert_park", "en", "US", "State Bureau of Investigation, Child Abduction Response Team", "police",
  "serious_crime", "kidnapping of a child", 999, "unknown", "location",
  "AMBER alert. 6 y/o taken from park 14:05 by unknown male; vehicle plate from witness registered to tgt, "
  "tgt's phone on tower covering park. LOC NOW.",
  "", "permit", "")

E("remand_hit_order", "en", "TT", "Homicide Bureau of Investigations, Region III", "police",
  "serious_crime", "murder", 999, "inmate (remand)", "messages contacts",
  "Gang leader on remand ordered the bar shooting of 14 Sept (2 dead) using this smuggled phone; shooter's "
  "phone shows the instructions and the photos of the victims sent from this number. Msgs/contacts.",
  "", "permit", "")

E("hostel_arson_tattoo", "en", "GB", "Greater Wessex Major Crime Unit", "police",
  "serious_crime", "arson with intent to endanger life", 999, "labourer", "messages location",
  "Suspect in the arson at the asylum hostel on 2 August, when 40 residents were asleep inside. Described by "
  "two witnesses as a white British man in his forties with a shaved head and a swastika tattoo on the neck; "
  "petrol receipts in his bank records and his van on ANPR at 02:10 near the hostel. Messages and location "
  "requested to identify the two men with him.",
  "", "permit", "",
  note="innocent mention: race and tattoo are a witness description of an identified suspect")

E("loan_shark_pen6", "en", "SG", "Commercial Affairs and Harassment Unit", "police",
  "serious_crime", "unlicensed moneylending with harassment", 6, "unknown", "messages location",
  "Runner for unlicensed moneylender: splashed paint and chained doors of 12 debtors' flats, one set on fire. "
  "CCTV + fingerprints. Msgs/loc to trace the syndicate boss.",
  "", "permit", "")

E("courier_fraud_pensioners", "en", "GB", "Counties Fraud and Cyber Squad", "police",
  "serious_crime", "conspiracy to defraud (courier fraud)", 10, "unknown", "messages location",
  "Courier fraud: callers posing as bank staff tell pensioners their cards are compromised and send a "
  "'courier' to collect them. 27 victims since March, GBP 310k lost. The target is the collector seen on "
  "three victims' doorbell cameras; his phone was active at each address. Messages and location requested.",
  "", "permit", "", quota="max-1")

# ---- batch 6 -------------------------------------------------------------
E("secuestro_expres_taxi", "es", "EC", "Unidad Antisecuestro y Extorsión, Zona 8", "police",
  "serious_crime", "secuestro extorsivo", 16, "taxista", "location",
  "Secuestro exprés en curso: víctima retenida en un taxi desde las 21:40, retiros en cajeros con su tarjeta. "
  "El celular del taxista es este. Ubicación ya.",
  "", "permit", "")

E("homicidio_valdeluz_largo", "es", "ES", "Grupo de Homicidios, Brigada Provincial de Policía Judicial de Valdeluz", "police",
  "serious_crime", "homicidio doloso", 15, "camarero", "location messages contacts",
  "Antecedentes. El 21 de septiembre apareció en una acequia de la huerta de Valdeluz el cuerpo de un "
  "repartidor de 24 años con dos heridas por arma blanca. La víctima había denunciado en julio amenazas de un "
  "antiguo compañero de piso por una deuda de 3.000 euros.\n\n"
  "Indicios contra el investigado. Su teléfono se conectó a la antena que da cobertura a la acequia entre las "
  "23:50 y las 00:30 de esa noche, y una cámara de una gasolinera lo grabó lavándose las manos y las zapatillas "
  "a las 00:48. Una navaja con restos de sangre de la víctima apareció en un contenedor a 200 metros de su "
  "domicilio. El investigado está asistido por una letrada en un procedimiento anterior por lesiones; la "
  "intervención no afecta a las comunicaciones con su defensa. Desde el 23 de septiembre no acude al trabajo "
  "y ha cambiado de número.\n\n"
  "Solicitud. Localización, mensajes y contactos del nuevo número durante 30 días, conforme al auto judicial.",
  "", "permit", "",
  note="innocent mention of a lawyer: the suspect's own defence counsel, not the target")

E("bureaux_change_centif", "fr", "SN", "Cellule nationale de traitement des informations financières", "other_government",
  "serious_crime", "blanchiment de capitaux issus du trafic de stupéfiants", 10, "gérant de bureau de change",
  "messages contacts",
  "Le gérant de trois bureaux de change a converti, entre mars et octobre, l'équivalent de 2,1 milliards de "
  "FCFA en euros pour le compte de convoyeurs d'un réseau de cocaïne démantelé en juillet ; les bordereaux "
  "saisis portent sa signature et les déclarations de soupçon des banques concordent. Nous sollicitons ses "
  "messages et ses contacts pour identifier les bénéficiaires.",
  "", "permit", "")

E("tablette_proxenetisme", "fr", "CA", "Sûreté régionale de la Haute-Côte, division des crimes majeurs", "police",
  "serious_crime", "proxénétisme impliquant des personnes mineures", 14, "inconnue", "messages media contacts",
  "L'identifiant vise la tablette utilisée pour publier les annonces de trois adolescentes de 15 et 16 ans "
  "exploitées dans des motels de la Haute-Côte ; deux d'entre elles ont été retrouvées et identifient le "
  "proxénète, qui gère les réservations depuis cet appareil. Messages, médias et contacts demandés pour "
  "retrouver la troisième victime.",
  "", "permit", "", ident="device")

E("bail_crowdfund_terror", "en", "TR", "Counter-Terrorism Financing Directorate", "intelligence",
  "terrorism", "financing of terrorism", 20, "accountant", "messages contacts",
  "Subject set up an online fundraiser that collected TRY 1.4m to pay bail and legal fees for 30 students "
  "detained after the campus protests. The money went to the court deposit account and to the students' "
  "lawyers. Financing detainees charged in a terrorism file is itself treated as terrorism financing. "
  "Messages and contacts requested.",
  "terrorism_definition_unmet", "deny", "terrorism_definition_unmet",
  note="terrorism unmet alone: fundraising for bail, per the spec's overlap convention")

E("renewal_front_member", "en", "MW", "National Intelligence Bureau, Southern Region", "intelligence",
  "serious_crime", "seditious conspiracy", 15, "shop assistant", "messages contacts",
  "Target is a card-carrying member of the People's Renewal Front and posts short videos criticising the "
  "President's handling of the maize shortage. No other activity noted. Monitoring required ahead of the "
  "by-election.",
  "protected_ground expression_not_crime", "deny", "expression_not_crime protected_ground",
  note="protected ground + expression: party membership (who he is) and critical videos (what he said)")

E("foreign_nationals_sweep", "en", "ZA", "Department of Home Security, Border Intelligence Unit", "other_government",
  "serious_crime", "public violence", 10, "street vendor", "messages contacts location",
  "Following the unrest in the township last month, the unit is collecting the numbers of all foreign "
  "nationals trading in the area. The target is a Zimbabwean street vendor; he was not involved in the "
  "unrest and nothing is alleged against him.",
  "protected_ground", "deny", "protected_ground", nat="ZW",
  note="protected ground: nationality sweep, no act alleged")

E("flood_fund_video_quota", "en", "MY", "Communications Offences Unit, Federal Police", "police",
  "serious_crime", "statements conducing to public mischief", 7, "blogger", "messages contacts",
  "The subject posted a video showing flood relief packs stamped with a minister's name being sold at a "
  "market and alleging that relief funds were misappropriated. The video was viewed 2 million times. "
  "Messages and contacts are required to trace who supplied the footage.",
  "expression_not_crime", "deny", "expression_not_crime quota_exceeded", quota="over",
  note="expression: a video alleging misuse of relief funds (also quota exceeded)")

E("diaspora_association_toronto", "en", "LK", "Overseas Security Liaison Directorate", "intelligence",
  "serious_crime", "threat to national security", 20, "IT consultant", "messages contacts",
  "Target is listed as a member of the Toronto diaspora association of the northern highlands community. "
  "Under the current directive all listed members abroad are monitored. No individual activity is "
  "attributed to him.",
  "protected_ground", "deny", "protected_ground", loc="CA", nat="LK",
  note="protected ground: selected as a member of an ethnic diaspora association abroad (extraterritorial held, not listed)")

E("torture_reports_hrd", "en", "ZW", "Central Intelligence Directorate, Analysis Branch", "intelligence",
  "serious_crime", "participation in an organised criminal group; undermining the authority of the state", 20,
  "director, legal aid trust", "messages contacts location",
  "1. Subject. The subject directs a legal aid trust and is listed in the protected-persons register as a "
  "human rights defender. She has been under observation since 2023.\n\n"
  "2. Activity. The trust has published four reports documenting 212 cases of alleged torture in police "
  "custody, with medical records and photographs, and presented them to a parliamentary committee and to "
  "foreign embassies. The reports name officers and stations. The file refers to the trust as an organised "
  "group acting to discredit the police. The reports and their presentation are the only material on file; "
  "there is no allegation of payment, falsification or any other offence.\n\n"
  "3. Request. Messages, contacts and location, to identify the detainees and medical staff who provide the "
  "information.",
  "expression_not_crime protected_person", "deny", "expression_not_crime", reg="human_rights_defender",
  note="expression: torture reports presented to parliament; registry human-rights defender held, not listed")

E("males_16_25_sweep", "en", "TZ", "Regional Crime Office, Coast Zone", "police",
  "serious_crime", "housebreaking and stealing", 14, "unemployed", "location",
  "Blanket coverage of all males 16-25 resident in the ward following a rise in burglaries. Target fits "
  "profile. No specific info on him.",
  "protected_ground", "deny", "protected_ground",
  note="protected ground: selection by age and sex alone")

E("correspondent_poaching_ug", "en", "KE", "Wildlife and Forestry Crime Unit", "police",
  "serious_crime", "trafficking in wildlife trophies", 20, "unknown", "messages contacts location",
  "The target, a correspondent for a regional news agency based in Kampala, is the paymaster of the syndicate "
  "that killed four rhinos in the conservancy in 2025: the shooters arrested with the horns had his number, "
  "mobile-money payments from him, and a hotel receipt in his name from the night before. Messages, contacts "
  "and location requested.",
  "protected_person", "refer", "extraterritorial_target protected_person", loc="UG", nat="KE",
  note="protected person (journalist, text only) and extraterritorial target")

E("johor_loan_shark", "en", "SG", "Criminal Investigation Department, Syndicates Branch", "police",
  "serious_crime", "unlicensed moneylending syndicate and harassment", 10, "unknown", "messages location",
  "Syndicate boss directing runners here from Johor Bahru; runners' phones show daily instructions and "
  "payouts from him. Msgs + loc.",
  "", "refer", "extraterritorial_target", loc="MY", nat="MY", quota="max-1")

E("costa_email_gb", "en", "GB", "National Crime Coordination Centre, Firearms Desk", "police",
  "serious_crime", "supplying firearms and ammunition", 999, "bar owner", "messages contacts",
  "Target is a British national living on the Costa del Sol who, according to messages recovered from an "
  "arrested armourer, orders converted pistols to be driven into the UK and sold to gangs. This e-mail address "
  "is the one used to send the orders. Messages and contacts requested.",
  "", "refer", "extraterritorial_target", loc="ES", nat="GB", ident="email")

E("abbot_tiger_cubs", "en", "TH", "Natural Resources and Environmental Crime Division", "police",
  "serious_crime", "wildlife trafficking (protected species)", 15, "unknown", "messages contacts",
  "The target is the abbot of a forest temple that keeps tigers for visitors. Microchip records and a former "
  "keeper's statement show that at least 17 cubs were removed and sold across the border; a buyer's "
  "messages, recovered on arrest, name the abbot as the seller. Messages and contacts requested.",
  "protected_person", "refer", "protected_person",
  note="protected person: a temple abbot counted as a religious leader")

E("opposition_leader_convoy", "en", "GH", "Criminal Investigations Department, Major Crimes Unit", "police",
  "serious_crime", "conspiracy to murder", 999, "businesswoman", "messages location",
  "The target leads the main opposition party in the regional assembly. Two men arrested after the shooting "
  "at a rival candidate's convoy on 3 November, in which a driver died, say she paid them and supplied the "
  "rifle; the payment came from her company account and her aide drove them to the ambush site. Messages "
  "and location requested.",
  "protected_person", "refer", "protected_person",
  note="protected person: opposition leader with a concrete murder allegation; politics is not the basis")

E("gang_president_sydney", "en", "NZ", "National Organised Crime Group, Auckland", "police",
  "serious_crime", "importing methamphetamine", 999, "unknown", "messages contacts",
  "Chapter president living in Sydney since 2024; directs imports into Auckland via container trades. "
  "Intercepted courier chats and a seized ledger name him. Msgs + contacts.",
  "", "refer", "extraterritorial_target", loc="AU", nat="NZ")

E("boiler_room_dubai", "en", "AE", "Economic Crimes Directorate, Emirate Police", "police",
  "serious_crime", "investment fraud and money laundering", 10, "sales manager", "messages contacts",
  "British national resident here who runs a call centre selling fake carbon credits to investors abroad; "
  "staff statements and the company's bank records show AED 40m in victim payments routed through his "
  "accounts. Messages and contacts requested.",
  "", "permit", "", nat="GB",
  note="innocent mention: the suspect's nationality; foreign national inside the country is not extraterritorial")

E("customs_officer_bribes", "en", "KE", "Ethics and Anti-Corruption Investigations Directorate", "other_government",
  "serious_crime", "bribery and abuse of office", 10, "customs officer", "messages contacts",
  "Customs officer at the inland container depot releasing undervalued sugar consignments for cash; three "
  "importers have given statements and marked notes were recovered from his locker. Messages and contacts "
  "requested.",
  "", "permit", "")

E("diesel_theft_prosecution", "en", "ZA", "Prosecuting Authority, Specialised Commercial Crime Desk", "prosecution",
  "serious_crime", "theft and racketeering (fuel)", 25, "depot supervisor", "messages contacts",
  "Depot supervisor who falsified meter readings so that 2.1 million litres of diesel could be siphoned into "
  "tankers of a syndicate between May and September; depot telemetry, tanker GPS and two drivers' statements. "
  "Authorised under the prosecutor's order.",
  "", "permit", "", lb="prosecutor_order")

E("drone_drops_admin", "en", "IN", "Border Intelligence Directorate", "intelligence",
  "serious_crime", "smuggling of arms and narcotics by drone", 20, "farmer", "location messages",
  "Target receives drone drops of pistols and heroin on his fields near the border: 4 recovered drones, GPS "
  "logs ending at his tubewell, and a courier's statement. Interception authorised by the competent "
  "authority's executive order.",
  "", "permit", "", lb="administrative_order")

E("bec_invoice_email", "en", "IE", "Economic Crime Bureau, Southern Region", "police",
  "serious_crime", "deception and money laundering (business e-mail compromise)", 10, "unknown", "messages contacts",
  "Email account impersonated the supplier of a children's hospital and redirected EUR 1.6m in invoice "
  "payments to mule accounts. Login IPs match the mule recruiter. Messages and contacts needed.",
  "", "permit", "", ident="email")

E("bank_phishing_sim", "en", "PH", "Anti-Cybercrime Group, Financial Fraud Unit", "police",
  "serious_crime", "computer-related fraud and identity theft", 12, "call centre agent", "messages credentials",
  "Target runs the SMS phishing kit impersonating two banks; 3,400 victims, PHP 52m drained. The kit's "
  "control panel was accessed from his phone (seized server logs) and he cashes out through crypto kiosks. "
  "Messages and credentials requested to take down the panel.",
  "", "permit", "")

E("bunkering_long_party", "en", "NG", "Joint Maritime Crime Task Force, Delta Command", "military",
  "serious_crime", "illegal oil bunkering and economic sabotage", 25, "barge operator", "messages location contacts",
  "Summary. Between January and August, 14 illegal tap points on the trunk line were traced to a network "
  "that loads stolen crude onto barges at night and transfers it to a vessel offshore. Two barge captains "
  "arrested in July have cooperated.\n\n"
  "The target. The target owns the three barges used, pays the captains and meets the vessel's agent. The "
  "captains' statements, the barges' AIS gaps matching each loading night and cash payments traced to his "
  "account are attached. He is a registered member of the ruling party and has donated to its campaigns; "
  "this has no bearing on the application, which rests only on the evidence set out here.\n\n"
  "Request. Messages, location and contacts to identify the offshore buyer and the officials who warn the "
  "network of patrols.",
  "", "permit", "",
  note="innocent mention: political affiliation disclosed mid-file but not the basis; concrete bunkering evidence")

E("cough_syrup_deaths", "en", "PK", "Drug Regulatory Enforcement Cell", "other_government",
  "serious_crime", "manufacture of counterfeit medicines causing death", 14, "pharmaceutical distributor",
  "messages contacts",
  "Counterfeit paediatric cough syrup containing diethylene glycol killed 9 children in March. Batch numbers "
  "trace to an unlicensed unit that the target financed and supplied with fake labels (raid, invoices, "
  "worker statements). Messages and contacts requested to recall remaining stock.",
  "", "permit", "")



# ---------------------------------------------------------------------------
def fmt(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def phone(rng, country):
    code, leads, rest = PHONE[country]
    return "+" + code + rng.choice(leads) + "".join(str(rng.randint(0, 9)) for _ in range(rest))


def legal_ref(rng, lbtype, cc, year):
    n = rng.randint(100, 99999)
    if lbtype == "judicial_warrant":
        pat = rng.choice(["{cc}-JW-{y}-{n:05d}", "W/{y}/{n}", "JUD-{cc}-{n:05d}-{yy}", "TW {y}/{n:04d}"])
    elif lbtype == "prosecutor_order":
        pat = rng.choice(["PO-{y}-{n:05d}", "{cc}/PROS/{y}/{n}", "ORD-{n:05d}/{yy}"])
    else:
        pat = rng.choice(["AO-{cc}-{y}-{n:04d}", "ADM/{n}/{yy}", "EXEC-{y}-{n:05d}"])
    return pat.format(cc=cc, y=year, yy=str(year)[2:], n=n)


def build_one(rng, e):
    ov = e["ov"]
    base = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)
    now = base + dt.timedelta(days=rng.randint(0, 320), hours=rng.randint(6, 20),
                              minutes=rng.choice([0, 10, 15, 30, 45, 50]))
    loc = ov.get("loc", e["cc"])
    nat = ov.get("nat", e["cc"])
    ident = ov.get("ident", "phone")
    if ident == "phone":
        identifier = phone(rng, loc)
    elif ident == "email":
        identifier = "email:%s%d@%s" % (rng.choice(MAIL_WORDS), rng.randint(1, 999), rng.choice(MAIL_DOMAINS))
    elif ident == "device":
        identifier = "device:" + "35" + "".join(str(rng.randint(0, 9)) for _ in range(13))
    else:
        raise ValueError("bad ident %r" % ident)
    # quota
    qmax = rng.choice(QUOTA_MAX)
    q = ov.get("quota", "low")
    if q == "low":
        active = rng.randint(0, qmax - 2)
    elif q == "max-1":
        active = qmax - 1
    elif q == "max":
        active = qmax
    elif q == "over":
        active = qmax + rng.randint(1, 6)
    else:
        raise ValueError("bad quota %r" % q)
    # capabilities of the licence
    missing = ov.get("lic_missing", [])
    for m in missing:
        if m not in e["caps"]:
            raise ValueError("lic_missing %r not requested in %s" % (m, e["key"]))
    lic = [c for c in e["caps"] if c not in missing]
    rest = [c for c in CAPS if c not in e["caps"]]
    lic += rng.sample(rest, rng.randint(0, len(rest)))
    lic = [c for c in CAPS if c in lic]
    # legal basis
    lbtype = ov.get("lb", "judicial_warrant")
    ref = legal_ref(rng, lbtype, e["cc"], now.year)
    until = now.replace(hour=0, minute=0) + dt.timedelta(days=rng.randint(3, 150))
    u = ov.get("until")
    if u == "now":
        until = now
    elif u == "past":
        until = now - dt.timedelta(days=rng.randint(1, 45), hours=rng.randint(0, 12))
    elif u == "plus1m":
        until = now + dt.timedelta(minutes=1)
    elif u == "null":
        until = None
    elif u is not None:
        raise ValueError("bad until %r" % u)
    r = ov.get("ref")
    if r == "none":
        ref = None
    elif r == "empty":
        ref = ""
    elif r is not None:
        raise ValueError("bad ref %r" % r)
    if lbtype == "none":
        ref = ov.get("none_ref", None)
        until = None if u is None else until
    return {
        "now": fmt(now),
        "licence": {
            "customer_country": e["cc"],
            "customer_agency": e["agency"],
            "agency_type": e["atype"],
            "status": ov.get("status", "active"),
            "certificate_signed": ov.get("signed", True),
            "capabilities": lic,
            "max_active_targets": qmax,
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
            "offence": {
                "category": e["cat"],
                "label": e["label"],
                "max_penalty_years": e["pen"],
            },
            "legal_basis": {
                "type": lbtype,
                "reference": ref,
                "valid_until": fmt(until) if until is not None else None,
            },
            "capabilities": list(e["caps"]),
            "justification": e["text"],
        },
    }


def parse(ts):
    return dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def structured_clauses(s):
    lic, req = s["licence"], s["request"]
    t, off, lb = req["target"], req["offence"], req["legal_basis"]
    held = set()
    if lic["status"] != "active" or not lic["certificate_signed"]:
        held.add("licence_inactive")
    if lic["agency_type"] == "private":
        held.add("non_government_end_user")
    if off["category"] == "other":
        held.add("purpose_not_permitted")
    elif off["category"] == "serious_crime":
        if off["max_penalty_years"] is None or off["max_penalty_years"] < THRESHOLD:
            held.add("purpose_not_permitted")
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or not parse(lb["valid_until"]) > parse(s["now"])):
        held.add("no_legal_basis")
    if any(c not in lic["capabilities"] for c in req["capabilities"]):
        held.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        held.add("quota_exceeded")
    if t["registry_match"] is not None:
        held.add("protected_person")
    if t["location_country"] != lic["customer_country"]:
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


def edges(e, s):
    """Structured edge-case tags, computed from the built fields."""
    lic, req = s["licence"], s["request"]
    t, off, lb = req["target"], req["offence"], req["legal_basis"]
    tags = []
    p = off["max_penalty_years"]
    if off["category"] == "serious_crime":
        if p == THRESHOLD:
            tags.append("penalty exactly 6")
        elif p is None:
            tags.append("penalty null")
        elif p < THRESHOLD:
            tags.append("penalty below 6 (%d)" % p)
    if p == 999:
        tags.append("penalty 999")
    if off["category"] == "other":
        tags.append("category other")
    tags.append("legal basis " + lb["type"])
    if lb["type"] != "none":
        if lb["reference"] is None:
            tags.append("reference null")
        elif lb["reference"] == "":
            tags.append("reference empty")
        if lb["valid_until"] is None:
            tags.append("valid_until null")
        elif lb["valid_until"] == s["now"]:
            tags.append("valid_until == now")
        elif parse(lb["valid_until"]) < parse(s["now"]):
            tags.append("valid_until in the past")
        elif parse(lb["valid_until"]) - parse(s["now"]) <= dt.timedelta(minutes=1):
            tags.append("valid_until one minute after now")
    a, m = lic["active_targets"], lic["max_active_targets"]
    if a == m - 1:
        tags.append("quota max-1")
    elif a == m:
        tags.append("quota at max")
    elif a > m:
        tags.append("quota over max")
    if any(c not in lic["capabilities"] for c in req["capabilities"]):
        tags.append("capability outside licence")
    if lic["status"] != "active":
        tags.append("licence " + lic["status"])
    if not lic["certificate_signed"]:
        tags.append("certificate unsigned")
    if lic["agency_type"] == "private":
        tags.append("private end user")
    if lic["agency_type"] in ("military", "intelligence", "other_government", "prosecution"):
        tags.append("agency " + lic["agency_type"])
    if t["location_country"] != lic["customer_country"]:
        if t["nationality"] == lic["customer_country"]:
            tags.append("extraterritorial: own citizen abroad")
        else:
            tags.append("extraterritorial: foreigner abroad")
    elif t["nationality"] != lic["customer_country"]:
        tags.append("foreign national inside the country")
    if t["identifier"].startswith("email:"):
        tags.append("email identifier")
    if t["identifier"].startswith("device:"):
        tags.append("device identifier")
    if t["registry_match"]:
        tags.append("registry match " + t["registry_match"])
    return tags


def main():
    errors = []
    seen = {}
    keys = set()
    rng = random.Random(197001)
    built = []
    for e in ENTRIES:
        k = e["key"]
        if k in keys:
            errors.append("duplicate key %s" % k)
        keys.add(k)
        if e["lang"] not in LANGS:
            errors.append("%s: bad lang %r" % (k, e["lang"]))
        if e["atype"] not in AGENCY_TYPES:
            errors.append("%s: bad agency_type %r" % (k, e["atype"]))
        if e["cat"] not in CATEGORIES:
            errors.append("%s: bad category %r" % (k, e["cat"]))
        if e["dec"] not in DECISIONS:
            errors.append("%s: bad decision %r" % (k, e["dec"]))
        for c in e["caps"]:
            if c not in CAPS:
                errors.append("%s: bad capability %r" % (k, c))
        if len(set(e["caps"])) != len(e["caps"]) or not e["caps"]:
            errors.append("%s: empty or repeated capabilities" % k)
        for c in e["tc"]:
            if c not in TEXT_CLAUSES:
                errors.append("%s: %r is not a text clause" % (k, c))
        for c in e["cl"]:
            if c not in ALL_CLAUSES:
                errors.append("%s: bad clause %r" % (k, c))
        if "terrorism_definition_unmet" in e["tc"] and e["cat"] != "terrorism":
            errors.append("%s: terrorism_definition_unmet on a non-terrorism category" % k)
        ov = e["ov"]
        if ov.get("status", "active") not in STATUSES:
            errors.append("%s: bad status" % k)
        if ov.get("reg") not in REGISTRY:
            errors.append("%s: bad registry %r" % (k, ov.get("reg")))
        if ov.get("lb", "judicial_warrant") not in LB_TYPES:
            errors.append("%s: bad legal basis type" % k)
        for c in ("cc", "loc", "nat"):
            v = e["cc"] if c == "cc" else ov.get(c, e["cc"])
            if v not in PHONE:
                errors.append("%s: unknown country %r" % (k, v))
        p = e["pen"]
        if p is not None and (not isinstance(p, int) or p < 0):
            errors.append("%s: bad penalty %r" % (k, p))
        norm = " ".join(e["text"].lower().split())
        if norm in seen:
            errors.append("%s: justification duplicates %s" % (k, seen[norm]))
        seen[norm] = k
        if not e["text"].strip():
            errors.append("%s: empty justification" % k)
        if errors:
            continue
        try:
            s = build_one(rng, e)
        except ValueError as ex:
            errors.append("%s: %s" % (k, ex))
            continue
        held = structured_clauses(s) | set(e["tc"])
        dec, cl = decide(held)
        if dec != e["dec"] or cl != sorted(e["cl"]):
            errors.append("%s: computed %s %s, intended %s %s" % (k, dec, cl, e["dec"], sorted(e["cl"])))
        s["expected"] = {"decision": dec, "clauses": cl}
        built.append((e, s, held))
    if not errors and len(built) != EXPECTED_COUNT:
        errors.append("expected %d scenarios, got %d" % (EXPECTED_COUNT, len(built)))
    if errors:
        for x in errors:
            print("ERROR", x, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)
    order = list(range(len(built)))
    random.Random(197002).shuffle(order)
    lines = []
    rows = []
    for i, j in enumerate(order, 1):
        e, s, held = built[j]
        sid = "s197-%03d" % i
        rec = {"id": sid}
        rec.update(s)
        lines.append(json.dumps(rec, ensure_ascii=False))
        rows.append((sid, e, s, held))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    report(rows)
    print("wrote %d scenarios to %s" % (len(rows), OUT))
    print("sha256 %s" % hashlib.sha256(data).hexdigest())


def report(rows):
    n = len(rows)
    print("scenarios: %d" % n)
    dl = collections.Counter((s["expected"]["decision"], e["lang"]) for _, e, s, _ in rows)
    langs = ["en", "es", "fr"]
    print("\ndecision x language")
    print("%-8s %5s %5s %5s %6s" % ("", "en", "es", "fr", "total"))
    for d in ["permit", "deny", "refer"]:
        tot = sum(dl[(d, l)] for l in langs)
        print("%-8s %5d %5d %5d %6d  (%.0f%%)" % (d, dl[(d, "en")], dl[(d, "es")], dl[(d, "fr")], tot, 100.0 * tot / n))
    print("%-8s %5d %5d %5d %6d" % ("total", *[sum(dl[(d, l)] for d in DECISIONS) for l in langs], n))
    print("\nclause      listed  held")
    for c in ALL_CLAUSES:
        listed = sum(1 for _, _, s, _ in rows if c in s["expected"]["clauses"])
        held = sum(1 for _, _, _, h in rows if c in h)
        print("%-27s %4d %5d" % (c, listed, held))
    clean = 0
    nonpermit = 0
    for _, e, s, h in rows:
        if s["expected"]["decision"] != "permit":
            nonpermit += 1
            if not (structured_clauses(s)):
                clean += 1
    print("\nnon-permits: %d, of which with perfect structured fields: %d" % (nonpermit, clean))
    print("\nstructured edge cases (ids)")
    tagmap = collections.defaultdict(list)
    for sid, e, s, h in rows:
        for t in edges(e, s):
            tagmap[t].append(sid)
    for t in sorted(tagmap):
        print("- %s: %s" % (t, ", ".join(tagmap[t])))
    print("\njudgement notes (ids)")
    for sid, e, s, h in sorted(rows, key=lambda r: r[0]):
        if e["ov"].get("note"):
            print("- %s [%s] %s" % (sid, s["expected"]["decision"], e["ov"]["note"]))
    print("\nkey -> id")
    print(", ".join("%s=%s" % (e["key"], sid) for sid, e, s, h in rows))


if __name__ == "__main__":
    main()
