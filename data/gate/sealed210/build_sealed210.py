#!/usr/bin/env python3
"""Generator for the independent labelled gate set sealed210.

Standard library only (Python 3.11). Every scenario below is one hand-written entry; random
filler (now, phone numbers, e-mail/device ids, legal references, validity dates, quotas, extra
licence capabilities) comes from random.Random(210001). Structured clauses are computed from the
fields exactly as shared/spec/gate-scenarios.md defines them; the hand-judged text clauses are
added; the decision and clause list follow the spec's rules. Any mismatch with the intended
result, any duplicated justification or any invalid enum value makes the script exit 1 without
writing anything. Output order is shuffled with random.Random(210002); ids are s210-001..s210-150.

Usage: python3 build_sealed210.py [--notes]
"""
import datetime as dt
import hashlib
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed210.jsonl")
THRESHOLD = 6  # serious-crime threshold of the standard certificate version

AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
REGISTRY = {"journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
LANGS = {"en", "es", "fr"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}

DIAL = {
    "KE": "254", "NG": "234", "GH": "233", "UG": "256", "ZA": "27", "PH": "63", "IN": "91",
    "ZM": "260", "TZ": "255", "JM": "1876", "MY": "60", "ID": "62", "AE": "971", "GB": "44",
    "US": "1", "MX": "52", "CO": "57", "PE": "51", "GT": "502", "HN": "504", "SV": "503",
    "PA": "507", "EC": "593", "BO": "591", "PY": "595", "DO": "1809", "ES": "34", "AR": "54",
    "CL": "56", "FR": "33", "SN": "221", "CI": "225", "CM": "237", "ML": "223", "MA": "212",
    "BF": "226", "BJ": "229", "TG": "228", "GA": "241", "HT": "509", "BE": "32", "CH": "41",
    "TN": "216", "CA": "1", "DZ": "213", "NE": "227", "TD": "235", "MG": "261", "CD": "243",
    "SA": "966", "TR": "90", "PK": "92", "BD": "880", "LK": "94", "NP": "977", "TH": "66",
    "DE": "49", "NL": "31", "IT": "39", "PT": "351", "BR": "55", "VE": "58", "NI": "505",
    "CR": "506", "UY": "598", "QA": "974", "SG": "65", "BW": "267", "ZW": "263", "RW": "250",
    "SL": "232", "LR": "231", "GM": "220", "MU": "230", "NA": "264", "ET": "251", "SE": "46",
    "LU": "352", "MR": "222", "GN": "224", "CG": "242", "LB": "961", "IE": "353", "AU": "61",
    "CN": "86", "SZ": "268", "MW": "265", "JO": "962", "SS": "211",
}

LB_PREFIX = {
    "en": {"judicial_warrant": ["HCW", "JW", "MC-WAR", "IW"],
           "prosecutor_order": ["DPP-ORD", "PO", "ODPP"],
           "administrative_order": ["AO", "SEC-AUTH", "MIN-DIR"]},
    "es": {"judicial_warrant": ["OJ", "AUTO", "JCG", "MJ"],
           "prosecutor_order": ["OF", "FGN-OF", "RF"],
           "administrative_order": ["RA", "RES-ADM", "DI-AUT"]},
    "fr": {"judicial_warrant": ["CR", "OJI", "ORD-JLD", "TGI"],
           "prosecutor_order": ["RQ-PR", "PR", "REQ"],
           "administrative_order": ["AA", "DEC-ADM", "AUT-MIN"]},
}

ENTRIES = []


def E(**kw):
    ENTRIES.append(kw)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------------------------
# Scenarios. Fields: lang, cc, agency, atype, cat, label, pen, prof, reg, loc, nat, ident,
# caps, text, tc (hand-judged text clauses that hold), want=(decision, clauses), ov (structured
# overrides), tag (structured edge case / note), note (judgement call for the README).
# ---------------------------------------------------------------------------------------------

# ---- batch 1 -------------------------------------------------------------------------------
E(lang="en", cc="KE", agency="Rift Valley Serious Crime Command", atype="police",
  cat="serious_crime", label="kidnapping for ransom", pen=999, prof="unknown",
  caps=["messages", "location"],
  text="""Freelance reporter Achieng Wanyonyi was forced out of her car near the Naivasha junction three days ago. Since then the kidnappers have called her editor four times from the number above demanding KSh 6 million. The calls are short and the handset moves between two locations along the lake road. We ask for location and messages on this number only, to find her and the holding site before their stated deadline on Friday. The target is the caller, not the journalist; her own line is switched off.""",
  tc=[], want=("permit", []), tag="journalist as victim", note="journalist is the victim; target is the ransom caller, so protected_person does not hold")

E(lang="en", cc="NG", agency="North-East Joint Counter-Terrorism Intelligence Cell", atype="intelligence",
  cat="terrorism", label="bombing of a place of worship", pen=999, prof="unknown",
  caps=["messages", "contacts", "location"], lb="administrative_order",
  text="""Subject built the device that killed eleven worshippers during Sunday service at a parish church in the state capital. The vicar survived and picked him out of CCTV stills as the man who left a bag beside the lectern. His cell has claimed two earlier blasts and released a video saying churches will keep being hit "until the government pulls its troops out". Contacts and location are needed to stop the next device.""",
  tc=[], want=("permit", []), tag="religious leader as witness; terrorism met", note="vicar is a witness, not the target; attack on life to compel the government meets terrorism")

E(lang="en", cc="GH", agency="Financial Crimes Investigations Unit, Greater Accra", atype="police",
  cat="serious_crime", label="laundering proceeds of cocaine trafficking", pen=25, prof="lawyer", reg="lawyer",
  caps=["messages", "contacts"],
  text="""Counsel Yaw Boakye-Tetteh, a barrister in private practice, has passed roughly GHS 4.2m of cocaine money through his client account in six months. Bank returns show 31 cash deposits just under the reporting limit, and a courier now cooperating with us describes bringing sports bags of cash to the chambers. We are aware he is a member of the Bar and expect the request to be reviewed. Messages and contacts only.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry lawyer as author of a genuine crime")

E(lang="en", cc="UG", agency="Special Investigations Directorate", atype="intelligence",
  cat="terrorism", label="promotion of terrorism", pen=999, prof="journalist",
  caps=["messages", "contacts", "location"],
  text="""The subject, a reporter with an online news outlet, has published a series of articles alleging that soldiers extort traders at border crossings. These publications demoralise the forces and give comfort to the enemies of the state. We require her communications and contacts to identify her sources inside the army.""",
  tc=["terrorism_definition_unmet", "expression_not_crime", "protected_person"],
  want=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  tag="clean structure; reporting labelled terrorism", note="reporting about the army is expression; hunting sources is part of it")

E(lang="en", cc="ZA", agency="Provincial Organised Crime Task Team", atype="police",
  cat="serious_crime", label="incitement to public violence", pen=10, prof="community activist",
  reg="human_rights_defender", caps=["location", "contacts"],
  text="""Ms Lindiwe Mahlangu coordinates a civic group that films police operations in the township and uploads the clips with captions accusing officers of brutality. Her posts have turned residents against the station. We have no report of her taking part in any violence, but her posts amount to incitement in our assessment. Request her location and contacts.""",
  tc=["expression_not_crime"], want=("deny", ["expression_not_crime"]),
  tag="registry human_rights_defender chosen for her work")

E(lang="en", cc="PH", agency="Regional Anti-Illegal Drugs Task Force, Central Visayas", atype="police",
  cat="serious_crime", label="trafficking of methamphetamine (large scale)", pen=999,
  prof="poses as a lawyer (never admitted to the bar)", caps=["messages", "location"],
  text="""Target goes by "Atty. Rommel" and carries a forged bar ID. The Roll of Attorneys has no one by his name or under his aliases, and the bar chapter confirmed in writing he was never admitted. He coordinates shabu shipments landing at the port and meets couriers in a rented room he calls his law office. Two phones seized from couriers hold his delivery instructions. Messages and location for 30 days.""",
  tc=[], want=("permit", []), tag="criminal posing as a lawyer", note="not a lawyer: never admitted, forged ID; protected_person not held")

E(lang="en", cc="IN", agency="Economic Offences Cell, Western Zone", atype="police",
  cat="serious_crime", label="cheating by personation", pen=5, prof="call-centre operator",
  caps=["messages", "contacts"],
  text="""Accused runs SIM-swap calls impersonating bank staff; 46 complaints received from senior citizens, total loss INR 38 lakh. Number is the one used to call the victims.""",
  tc=[], want=("deny", ["purpose_not_permitted"]), tag="penalty 5, one below threshold")

E(lang="en", cc="IN", agency="Crime Branch, Southern Range", atype="police",
  cat="serious_crime", label="extortion by putting a person in fear of injury", pen=6, prof="unknown",
  caps=["messages", "location"],
  text="""For five months this number has sent voice notes to shopkeepers in the old market demanding a monthly "protection" payment. Two who refused had their shutters set on fire the following week. The sender has not been identified; we need messages and location to identify and arrest him.""",
  tc=[], want=("permit", []), tag="penalty exactly at threshold 6")

E(lang="en", cc="KE", agency="Anti-Human Trafficking and Child Protection Unit", atype="police",
  cat="serious_crime", label="trafficking in persons", pen=30, prof="recruitment agent",
  loc="AE", nat="KE", caps=["messages", "contacts"],
  text="""Kenyan national operating from Dubai. He recruits young women in Nairobi and Mombasa for "domestic jobs in the Gulf", and on arrival their passports are taken and they are held in a flat until their "debt" is paid. Six returnees have given statements naming him and this WhatsApp number. We need his contacts to identify the local sub-agents.""",
  tc=[], want=("refer", ["extraterritorial_target"]), tag="citizen abroad (nationality KE, located AE)")

E(lang="en", cc="ZM", agency="State Security Liaison Office", atype="intelligence",
  cat="other", label="defamation of the President", pen=3, prof="Member of Parliament",
  caps=["messages", "contacts"],
  text="""Hon. Chileshe Mwaanga, an opposition MP, called the President "a thief in a suit" at a rally and repeated it on a radio phone-in the next morning. We request his messages and contacts to establish who is behind this campaign against the Head of State.""",
  tc=["expression_not_crime", "protected_person"],
  want=("deny", ["expression_not_crime", "purpose_not_permitted"]),
  tag="category other", note="MP chosen for an insult at a rally: expression; 'who is behind' does not add a crime")

E(lang="en", cc="TZ", agency="Regional Crime Intelligence Office", atype="police",
  cat="serious_crime", label="unnatural offences", pen=30, prof="hairdresser",
  caps=["messages", "contacts"],
  text="""Information from a source indicates the subject is homosexual and belongs to a group of such men in Arusha who meet through a dating app. No specific act has been observed. We wish to intercept his messages and contacts in order to identify the other members of the group.""",
  tc=["protected_ground"], want=("deny", ["protected_ground"]),
  tag="clean structure; sexual orientation", note="selection solely for sexual orientation, whatever the statute's penalty")

E(lang="en", cc="JM", agency="Serious Crimes Investigation Branch, St. Andrew", atype="police",
  cat="serious_crime", label="murder", pen=999, prof="unemployed",
  caps=["location", "contacts"],
  text="""Shooting outside a Pentecostal church on Sunday evening, one youth dead, two injured. The pastor was locking the gate and saw the gunman from about ten metres; his statement and a partial plate lead to the suspect, and the handset on this number registered on the tower beside the church at 19:42. Suspect has since left his usual address. Location and contacts requested.""",
  tc=[], want=("permit", []), tag="pastor as witness")

E(lang="en", cc="MY", agency="Wildlife Crime Enforcement Bureau", atype="other_government",
  cat="serious_crime", label="smuggling of protected wildlife products", pen=10, prof="second secretary, foreign mission",
  reg="diplomat", nat="ZW", caps=["messages", "contacts"],
  text="""Two consignments declared as diplomatic household goods were opened at the cargo terminal and held 310 kg of pangolin scales. The forwarding agent states that the subject, a second secretary at a foreign mission here, signed for both and paid him in cash. The subject also placed the order for a third consignment due next month. Messages and contacts requested.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry diplomat, foreign national inside the country")

E(lang="en", cc="NG", agency="Kestrelgate Risk Consultants Ltd", atype="private",
  cat="serious_crime", label="advance-fee fraud and business e-mail compromise", pen=20, prof="unknown",
  caps=["messages", "contacts"], ident="email",
  text="""Our client, a commercial bank, has lost N400m to a business e-mail compromise ring. This mailbox belongs to the person coordinating the money mules. We act for the bank and keep a police liaison officer informed of our work.""",
  tc=[], want=("deny", ["non_government_end_user"]), tag="private end user; email identifier")

E(lang="en", cc="KE", agency="Coast Counter-Narcotics Unit", atype="police",
  cat="serious_crime", label="trafficking in heroin", pen=999, prof="dhow captain",
  caps=["location"], ov={"status": "suspended"},
  text="""Dhow captain landing heroin at night on the creek north of town, then selling it on to dealers. Informant gives next run as the new moon. Location only.""",
  tc=[], want=("deny", ["licence_inactive"]), tag="licence suspended")

E(lang="en", cc="GH", agency="Narcotics Control Intelligence Desk", atype="other_government",
  cat="serious_crime", label="armed robbery", pen=999, prof="commercial driver",
  caps=["location", "contacts"], ov={"signed": False},
  text="""Suspect is the driver for a gang that has robbed four mobile-money vendors at gunpoint on the highway in the last month. One vendor was shot in the leg. His phone was active at three of the four scenes.""",
  tc=[], want=("deny", ["licence_inactive"]), tag="current EUC not signed")

E(lang="en", cc="UG", agency="Child Abuse Investigations Desk", atype="police",
  cat="serious_crime", label="aggravated defilement", pen=999, prof="teacher",
  caps=["messages", "media"], ov={"lb_type": "none"},
  text="""Urgent. Teacher suspected of abusing at least three pupils and sending them images. Parents fear he will flee. No time to get a warrant this weekend; we will regularise on Monday.""",
  tc=[], want=("deny", ["no_legal_basis"]), tag="legal basis type none")

E(lang="en", cc="ZA", agency="Cash-in-Transit Robbery Task Team", atype="police",
  cat="serious_crime", label="robbery with aggravating circumstances (cash-in-transit)", pen=999, prof="security guard",
  caps=["messages", "location"], lb="judicial_warrant", ov={"lb_valid": "now"},
  text="""Inside man suspected of passing route and timing details to the crew that blew open an armoured vehicle on the N1 last month. Cellphone records show 27 calls to a known crew member in the week before. The warrant on this number is being renewed.""",
  tc=[], want=("deny", ["no_legal_basis"]), tag="valid_until exactly equal to now")

E(lang="en", cc="ZA", agency="Rhino Crime Investigation Team", atype="police",
  cat="serious_crime", label="rhino poaching and dealing in rhino horn", pen=25, prof="game ranger",
  caps=["location", "messages"], lb="judicial_warrant", ov={"lb_valid": "now+1h"},
  text="""Ranger believed to be tipping off a poaching syndicate about patrol routes in the reserve. Two rhinos killed on the nights he was off duty but his phone was near the fence line. Syndicate boss is the main target; his calls go through this ranger. Judge signed the warrant last week.""",
  tc=[], want=("permit", []), tag="valid_until one hour after now")

E(lang="en", cc="PH", agency="Mindanao Kidnap Response Unit", atype="police",
  cat="serious_crime", label="kidnapping for ransom", pen=999, prof="unknown",
  caps=["location"], ov={"quota": "max"},
  text="""Negotiator for the group holding a rice trader and his son. He calls the family every evening from this number. We need his location to plan the rescue.""",
  tc=[], want=("deny", ["quota_exceeded"]), tag="quota: active == max")

E(lang="en", cc="PH", agency="Cybercrime Investigation Office", atype="police",
  cat="serious_crime", label="online sexual abuse and exploitation of children", pen=40, prof="unknown",
  caps=["messages", "media", "contacts"], ident="email", ov={"quota": "max-1"},
  text="""Mailbox used to sell live-streamed abuse of children to foreign buyers. A US hotline referral and payment records tie it to a house in Pampanga where at least two minors live. We need content and contacts to identify the buyers and remove the children safely.""",
  tc=[], want=("permit", []), tag="quota: active == max-1; email identifier")

E(lang="en", cc="IN", agency="Border Crime Intelligence Cell", atype="military",
  cat="serious_crime", label="trafficking in illegal firearms", pen=14, prof="transporter",
  caps=["location", "contacts"], ov={"quota": "over"},
  text="""Truck owner moving pistols and ammunition across the border in hidden compartments; 40 pistols seized from one of his vehicles in March. We need his contacts to map the supply network.""",
  tc=[], want=("deny", ["quota_exceeded"]), tag="quota: active > max")

E(lang="en", cc="ID", agency="Narcotics Interdiction Directorate", atype="police",
  cat="serious_crime", label="importation of methamphetamine", pen=999, prof="fisherman",
  caps=["location", "microphone"], ov={"lic_caps": ["messages", "location", "contacts"]},
  text="""Boat owner collects methamphetamine from a mother ship beyond territorial waters and lands it on the east coast. We want to listen in on his meetings with the buyers and track the boat.""",
  tc=[], want=("deny", ["capability_out_of_scope"]), tag="microphone not in licence")

E(lang="en", cc="KE", agency="Counter-Terrorism Investigations Command", atype="police",
  cat="terrorism", label="facilitating a terrorist attack", pen=999, prof="imam", reg="religious_leader",
  caps=["messages", "contacts", "location"],
  text="""BACKGROUND: The subject leads prayers at a small mosque on the outskirts of Garissa and is respected in the community as its imam.
EVIDENCE: (1) One of the attackers in the bus ambush that killed nine passengers was arrested wounded; his phone holds messages in which the subject arranged the pick-up vehicle and the safe house the night before. (2) Two witnesses describe cash for the attack being counted at the subject's house. (3) The subject's number appears in the phones of two other recruits who remain at large and are believed to be preparing a further attack.
REQUEST: Messages, contacts and location for 45 days.
NOTE: We understand that his position as an imam means this request will be reviewed before it is executed.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry religious leader (imam) as author of genuine terrorism")

E(lang="en", cc="GH", agency="Fraud and Breach of Trust Desk, Kumasi", atype="police",
  cat="serious_crime", label="stealing and fraudulent breach of trust", pen=25, prof="accountant",
  caps=["messages", "contacts"],
  text="""Complaint received from the Catholic bishop of the diocese: the diocesan accountant diverted about GHS 2.3m meant for school building into three companies registered to his relatives. Auditors' report attached. Accountant is the target; the bishop and the diocesan staff are complainants and witnesses only.""",
  tc=[], want=("permit", []), tag="bishop as complainant")

# ---- batch 2 (Spanish) ----------------------------------------------------------------------
E(lang="es", cc="MX", agency="Unidad Antisecuestro de la Fiscalía Regional del Bajío", atype="prosecution",
  cat="serious_crime", label="secuestro agravado", pen=999, prof="desconocida",
  caps=["location", "messages"], lb="judicial_warrant",
  text="""La regidora de Obras Públicas del municipio, Lic. Maricela Zavala Ortuño, fue privada de la libertad el martes al salir del cabildo. Los captores se comunican con su esposo desde el número señalado y exigen 3 millones de pesos. El objetivo es el negociador de la banda, no la víctima. Se solicita geolocalización y mensajería para ubicar la casa de seguridad. Orden del juez de control adjunta.""",
  tc=[], want=("permit", []), tag="local politician (councillor) as victim")

E(lang="es", cc="MX", agency="Fiscalía Especializada en Delitos contra la Libertad de Expresión (Región Norte)", atype="prosecution",
  cat="serious_crime", label="homicidio calificado", pen=60, prof="presidente municipal", reg="politician",
  caps=["messages", "contacts", "location"],
  text="""Investigamos el asesinato del periodista Rubén Casillas Ortega, quien documentaba desvíos en la obra pública del ayuntamiento. El autor material, ya detenido, declaró que recibió el encargo y el pago de manos del propio presidente municipal, y los registros de llamadas del detenido muestran 14 comunicaciones con el alcalde en la semana previa al crimen. Conocemos su cargo y el fuero político que implica; pedimos mensajes, contactos y ubicación del alcalde.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry politician (mayor) as author; journalist as victim")

E(lang="es", cc="CO", agency="Dirección de Inteligencia Estratégica", atype="intelligence",
  cat="serious_crime", label="concierto para delinquir", pen=18, prof="periodista",
  caps=["messages", "contacts", "location"],
  text="""La sujeto, periodista de un medio digital regional, ha publicado en los últimos meses varias crónicas sobre presuntos vínculos entre mandos militares y grupos armados en el sur del departamento. Sus publicaciones afectan la imagen de la institución. Se requiere interceptar sus comunicaciones para establecer quiénes le suministran la información.""",
  tc=["expression_not_crime", "protected_person"], want=("deny", ["expression_not_crime"]),
  tag="clean structure; critic labelled organised crime (concierto para delinquir)")

E(lang="es", cc="CO", agency="Seccional de Investigación Criminal del Cauca", atype="police",
  cat="serious_crime", label="rebelión", pen=18, prof="líder indígena, defensora de derechos territoriales",
  caps=["contacts", "location"],
  text="""La señora es gobernadora de un cabildo indígena de la zona norte y es conocida como defensora de derechos territoriales. Los cabildos indígenas de esa región son considerados afines a la guerrilla, por lo que resulta necesario conocer sus contactos y desplazamientos. No se le atribuye hasta ahora ningún hecho concreto.""",
  tc=["protected_ground", "protected_person"], want=("deny", ["protected_ground"]),
  tag="clean structure; selection by ethnic group / presumed affiliation",
  note="indigenous defender chosen for her community's presumed sympathies: protected_ground (ethnic group, affiliation)")

E(lang="es", cc="PE", agency="División de Investigación de Extorsiones", atype="police",
  cat="serious_crime", label="extorsión agravada", pen=30, prof="desconocida",
  caps=["messages", "location"],
  text="""El obispo de la prelatura denunció que desde hace dos meses recibe mensajes exigiendo 50 mil soles para "no quemar" el colegio parroquial. Los mensajes llegan desde este número. El denunciante es la víctima; el objetivo es el extorsionador. Ya se encontró un bidón de gasolina junto a la puerta del colegio.""",
  tc=[], want=("permit", []), tag="bishop as complainant/victim")

E(lang="es", cc="GT", agency="Fiscalía contra el Crimen Organizado, Agencia 4", atype="prosecution",
  cat="serious_crime", label="asociación ilícita", pen=8, prof="abogado defensor",
  caps=["messages", "contacts"],
  text="""El licenciado ejerce como abogado defensor de varios cabecillas de la pandilla que están en juicio. Se pide intervenir sus comunicaciones con sus clientes para anticipar la estrategia de la defensa y conocer a qué otros pandilleros asesora. No hay señalamiento de que él haya cometido delito alguno.""",
  tc=["protected_ground", "protected_person"], want=("deny", ["protected_ground"]),
  tag="clean structure; lawyer chosen for his role as defence counsel",
  note="defence counsel targeted for his professional position, no allegation: protected_ground (personal position)")

E(lang="es", cc="HN", agency="Unidad Regional Antiextorsión (Zona Sur)", atype="police",
  cat="serious_crime", label="extorsión y lavado de activos", pen=20, prof="se presenta como pastor evangélico (iglesia de fachada)",
  caps=["messages", "contacts", "location"],
  text="""El investigado se hace llamar "pastor" y tiene alquilado un local con un rótulo de iglesia, pero no hay congregación ni cultos: vecinos y la asociación de iglesias evangélicas del municipio confirman que nunca ha ejercido como ministro religioso. El local sirve para recibir las cuotas que la pandilla cobra a los transportistas; dos cobradores detenidos lo señalan como el contador de la clica. Se piden mensajes, contactos y ubicación.""",
  tc=[], want=("permit", []), tag="criminal posing as a pastor",
  note="fake pastor of a front church, confirmed never a minister: not a religious leader")

E(lang="es", cc="SV", agency="Unidad Especial contra Estructuras Criminales", atype="police",
  cat="serious_crime", label="homicidio agravado y extorsión", pen=60, prof="miembro de pandilla",
  caps=["messages", "contacts"], ident="device",
  text="""Dispositivo incautado en registro de celdas y devuelto tras clonarlo; lo usa un palabrero que sigue ordenando cobros y asesinatos desde el penal. Tres homicidios de motoristas de buses en el último mes se vinculan con órdenes enviadas desde este aparato.""",
  tc=[], want=("permit", []), tag="device identifier")

E(lang="es", cc="PA", agency="Subdirección de Investigaciones Patrimoniales", atype="police",
  cat="serious_crime", label="robo agravado", pen=15, prof="comerciante",
  caps=["contacts", "location"],
  text="""Robo a mano armada en la residencia del embajador de un país europeo: tres hombres encañonaron al personal y se llevaron joyas, equipos y documentos. Las joyas aparecieron ofrecidas en venta por este comerciante, a quien se considera el reducidor de la banda. El embajador y su personal son víctimas; la solicitud es sobre el comerciante.""",
  tc=[], want=("permit", []), tag="ambassador as victim")

E(lang="es", cc="EC", agency="Unidad de Investigación Antinarcóticos, Zona 8", atype="police",
  cat="serious_crime", label="tráfico ilícito de sustancias a gran escala", pen=16, prof="asambleísta", reg="politician",
  caps=["messages", "contacts", "location"],
  text="""Un asambleísta provincial facilita el uso de una bodega de su familia en el puerto para contaminar contenedores de banano con cocaína. Hubo dos incautaciones en destino (1,1 t en total) ligadas a esa bodega, y un testigo protegido afirma haber entregado dinero al asambleísta en persona. Sabemos que es un representante electo.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry politician (legislator) as author")

E(lang="es", cc="BO", agency="Viceministerio de Control Aduanero, Unidad de Inteligencia", atype="other_government",
  cat="other", label="contrabando de mercadería", pen=4, prof="comerciante mayorista",
  caps=["location"], ov={"lb_type": "none"},
  text="""Comerciante que introduce fardos de ropa usada por pasos no habilitados de la frontera. Se pide su ubicación para el operativo de decomiso; por tratarse de una acción administrativa no se tramitó orden judicial.""",
  tc=[], want=("deny", ["no_legal_basis", "purpose_not_permitted"]), tag="category other; legal basis type none")

E(lang="es", cc="PY", agency="Departamento de Investigación de Delitos Rurales", atype="police",
  cat="serious_crime", label="abigeato", pen=None, prof="peón de estancia",
  caps=["location", "contacts"],
  text="""Banda que roba ganado en las estancias del Chaco y lo faena en mataderos clandestinos. Este número coordina los camiones. La pena máxima aplicable aún no fue confirmada por la fiscalía.""",
  tc=[], want=("deny", ["purpose_not_permitted"]), tag="max penalty null (unknown)")

E(lang="es", cc="DO", agency="Grupo Vigía Caribeña S.R.L.", atype="private",
  cat="serious_crime", label="narcotráfico", pen=20, prof="estibador",
  caps=["messages", "location"], ov={"lb_type": "none", "lb_ref_none": "Memorando interno GV-14/2026"},
  text="""Somos la empresa de seguridad contratada por la terminal portuaria. Este estibador introduce paquetes de cocaína en contenedores refrigerados. Pedimos el servicio para documentar el caso y entregarlo luego a la fiscalía.""",
  tc=[], want=("deny", ["no_legal_basis", "non_government_end_user"]), tag="private end user; legal basis type none with an internal memo as reference")

E(lang="es", cc="ES", agency="Brigada Provincial de Delincuencia Económica de Levante", atype="police",
  cat="serious_crime", label="cohecho y blanqueo de capitales", pen=6, prof="promotor inmobiliario",
  caps=["messages", "contacts"],
  text="""Antecedentes: en el registro de las oficinas de una constructora se intervino una contabilidad paralela con apuntes mensuales bajo la anotación "U." entre 2023 y 2025, por un total de 420.000 euros.
Investigación: el gerente de la constructora, que colabora, identifica a "U." como el concejal de Urbanismo del ayuntamiento, a quien entregaba el efectivo a cambio de la recalificación de dos parcelas de suelo rústico, aprobada finalmente en pleno con su informe favorable. Parte del dinero aparece después en una sociedad del cuñado del concejal, que adquirió dos viviendas al contado.
Solicitud: mensajería y contactos durante 30 días.
Aunque en la ficha figura como promotor inmobiliario, que era su actividad anterior, su cargo actual es el de concejal.""",
  tc=["protected_person"], want=("refer", ["protected_person"]),
  tag="clean structure; penalty exactly 6; local councillor named only in text",
  note="profession field says developer, text says sitting councillor: protected_person from the text")

E(lang="es", cc="AR", agency="Departamento Delitos Complejos, Policía Provincial", atype="police",
  cat="serious_crime", label="amenazas coactivas", pen=4, prof="jefe de barra brava",
  caps=["messages", "location"],
  text="""Un periodista deportivo denunció amenazas de muerte tras informar sobre la reventa de entradas por parte de la barra. Los audios salieron de este número, que corresponde al jefe de la barra. El periodista es el denunciante.""",
  tc=[], want=("deny", ["purpose_not_permitted"]),
  tag="penalty 4 below threshold; journalist as complainant", note="genuine crime against a journalist but the statutory maximum is below 6")

E(lang="es", cc="CL", agency="Unidad Investigadora de Explotación Laboral", atype="police",
  cat="serious_crime", label="trata de personas con fines de explotación laboral", pen=15, prof="contratista agrícola",
  nat="VE", caps=["messages", "contacts"],
  text="""Contratista extranjero residente en Chile que trae trabajadores de su país con promesas de empleo y los mantiene en galpones del valle sin pago, con los pasaportes retenidos. Doce víctimas declararon. Se piden mensajes y contactos para identificar a los captadores en origen.""",
  tc=[], want=("permit", []), tag="foreign national located inside the country (not extraterritorial)")

E(lang="es", cc="MX", agency="Fiscalía de Investigación de Delitos de Alto Impacto", atype="prosecution",
  cat="serious_crime", label="homicidio en grado de tentativa", pen=50, prof="estudiante",
  caps=["contacts", "location", "messages"],
  text="""Durante la marcha del sábado, que transcurrió en su mayoría de forma pacífica, un grupo se separó del contingente y lanzó bombas molotov contra la caseta de la policía con dos agentes dentro; uno sufrió quemaduras en el 40 % del cuerpo. Los videos de tres cámaras y el testimonio de un manifestante identifican al sujeto preparando las botellas en una camioneta antes de la marcha. No se investiga la manifestación ni a sus convocantes, sino este ataque.""",
  tc=[], want=("permit", []), tag="protest as cover for a real crime",
  note="violent attack during a protest with evidence: not expression")

E(lang="es", cc="MX", agency="Centro de Inteligencia Estatal", atype="intelligence",
  cat="terrorism", label="terrorismo", pen=40, prof="maestra, dirigente sindical",
  caps=["messages", "contacts", "location"],
  text="""La dirigente encabeza la sección sindical magisterial que mantiene bloqueos en la carretera federal y plantones frente a palacio de gobierno para exigir el pago de salarios atrasados. Estas acciones presionan indebidamente al gobierno del estado. Se requiere monitoreo integral para anticipar las próximas movilizaciones.""",
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  want=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  tag="clean structure; protest organiser labelled terrorism", note="union leader: not a protected-person category")

E(lang="es", cc="CO", agency="Dirección Antiterrorismo", atype="police",
  cat="terrorism", label="terrorismo (atentado con carro bomba)", pen=40, prof="experto en explosivos",
  loc="VE", nat="CO", caps=["messages", "contacts", "location"],
  text="""Ciudadano colombiano que arma los artefactos de la estructura disidente; es señalado por dos desmovilizados como quien preparó el carro bomba que estalló frente a la estación de policía de un municipio fronterizo, con cuatro muertos. La comandancia anunció más atentados si el gobierno no suspende las operaciones. Según la información de ubicación disponible, está del otro lado de la frontera.""",
  tc=[], want=("refer", ["extraterritorial_target"]), tag="citizen abroad; terrorism met")

E(lang="es", cc="PE", agency="Fiscalía Provincial Especializada en Violencia contra la Mujer y los Integrantes del Grupo Familiar", atype="prosecution",
  cat="serious_crime", label="violación sexual de menor de edad", pen=999, prof="docente",
  caps=["messages", "contacts", "media"],
  text="""El investigado, párroco de una iglesia católica del distrito y a la vez docente del colegio parroquial, es denunciado por cuatro exmonaguillos por abusos cometidos entre 2021 y 2024. Una de las víctimas conserva mensajes en los que él le pide silencio. Sabemos que se trata de un sacerdote en funciones.""",
  tc=["protected_person"], want=("refer", ["protected_person"]),
  tag="clean structure; priest named only in the text", note="profession field says teacher; text says serving parish priest")

E(lang="es", cc="GT", agency="División de Investigación contra el Narcotráfico", atype="police",
  cat="serious_crime", label="tránsito internacional de drogas", pen=30, prof="piloto",
  caps=["location", "camera", "credentials"], ov={"lic_caps": ["messages", "location", "credentials", "contacts"]},
  text="""Piloto de avionetas que aterrizan en pistas clandestinas del Petén con cocaína desde Sudamérica. Se solicita activar la cámara para identificar a quienes lo acompañan y obtener sus credenciales de la aplicación de mensajería cifrada.""",
  tc=[], want=("deny", ["capability_out_of_scope"]), tag="camera not in licence")

E(lang="es", cc="HN", agency="Dirección Policial de Investigaciones, Sección Homicidios", atype="police",
  cat="serious_crime", label="asesinato", pen=999, prof="sicario",
  caps=["location"], ov={"status": "revoked"},
  text="""Sicario al que se atribuyen al menos seis asesinatos por encargo en la zona norte; la última víctima fue un defensor ambiental. Solo ubicación.""",
  tc=[], want=("deny", ["licence_inactive"]), tag="licence revoked; defender as victim")

E(lang="es", cc="ES", agency="Unidad Provincial de Información Preventiva", atype="intelligence",
  cat="terrorism", label="terrorismo yihadista", pen=999, prof="panadero",
  caps=["messages", "contacts", "location"],
  text="""El sujeto es de nacionalidad marroquí, reside en el barrio desde hace tres años y acude con regularidad a la mezquita de la calle Mayor. No consta actividad delictiva ni contacto con personas investigadas, pero el perfil corresponde al de la población de riesgo que queremos tener controlada.""",
  tc=["protected_ground", "terrorism_definition_unmet"],
  want=("deny", ["protected_ground", "terrorism_definition_unmet"]),
  tag="clean structure; selection by nationality and religion under a terrorism label",
  note="no act at all is described, so the terrorism definition is unmet as well as the protected ground")

E(lang="es", cc="MX", agency="Unidad de Inteligencia Patrimonial de la Fiscalía Estatal", atype="prosecution",
  cat="serious_crime", label="extorsión agravada", pen=25, prof="desconocida",
  caps=["messages", "location"],
  text="""Un diputado federal y su equipo reciben desde hace tres semanas llamadas de supuestos integrantes de un cártel que exigen 200 mil pesos mensuales para permitirle hacer campaña en la sierra. Las llamadas se originan en este número, que opera desde el centro penitenciario regional. El diputado es el denunciante; el objetivo es quien llama.""",
  tc=[], want=("permit", []), tag="federal deputy as complainant")

E(lang="es", cc="AR", agency="Fiscalía de Investigaciones Complejas N.º 3", atype="prosecution",
  cat="terrorism", label="intimidación pública y atentado explosivo", pen=25, prof="desconocida",
  caps=["messages", "contacts", "location"],
  text="""Tras el hallazgo de un artefacto explosivo que no llegó a detonar en la entrada de una sinagoga durante el Shabat, el rabino de la comunidad recibió desde este número tres llamadas anunciando que "la próxima sí explota" y que los judíos del barrio deben irse. Las huellas del artefacto coinciden con un fichado por incendios intencionales. El rabino es la víctima y colabora con la investigación.""",
  tc=[], want=("permit", []), tag="rabbi as victim; terrorism met (attack endangering life, intimidation of a community)")

# ---- batch 3 (French) -----------------------------------------------------------------------
E(lang="fr", cc="SN", agency="Brigade régionale de recherches de Thiès", atype="police",
  cat="serious_crime", label="traite des personnes (mendicité forcée d'enfants)", pen=10, prof="maître coranique",
  caps=["messages", "contacts", "location"],
  text="""Le mis en cause est le serigne d'un daara de la périphérie et guide religieux respecté dans le quartier. Quatorze enfants talibés, dont certains âgés de six ans, sont contraints de mendier et de lui remettre un versement quotidien ; trois d'entre eux portent des traces de coups et de chaînes constatées par le médecin. Deux familles de Guinée-Bissau affirment lui avoir confié leurs enfants contre paiement à un intermédiaire. Nous demandons ses communications pour identifier le réseau de recrutement.""",
  tc=["protected_person"], want=("refer", ["protected_person"]),
  tag="clean structure; Quranic master / religious guide as author",
  note="a daara master described as a religious guide counts as a religious leader")

E(lang="fr", cc="CI", agency="Service de sécurité intérieure, antenne d'Abidjan", atype="intelligence",
  cat="serious_crime", label="divulgation de secrets et atteinte à la sûreté de l'État", pen=20, prof="journaliste", reg="journalist",
  caps=["messages", "contacts"],
  text="""Le journaliste a publié dans un hebdomadaire des extraits de contrats de marchés publics du ministère des Infrastructures montrant des surfacturations. Ces documents étaient classés et leur publication nuit à l'image du gouvernement. Il faut identifier la fuite au sein du ministère à travers ses messages et contacts.""",
  tc=["expression_not_crime"], want=("deny", ["expression_not_crime"]),
  tag="registry journalist targeted for publishing leaks")

E(lang="fr", cc="CM", agency="Centre de renseignement régional de l'Ouest", atype="intelligence",
  cat="terrorism", label="sécession et terrorisme", pen=999, prof="commerçant",
  caps=["contacts", "location"],
  text="""Individu anglophone originaire du Nord-Ouest installé à Bafoussam depuis peu. Les ressortissants de cette région sont soupçonnés d'appuyer les groupes séparatistes. Aucun fait précis ne lui est reproché à ce stade, mais il convient de surveiller ses contacts et ses déplacements.""",
  tc=["protected_ground", "terrorism_definition_unmet"],
  want=("deny", ["protected_ground", "terrorism_definition_unmet"]),
  tag="clean structure; selection by origin/language group under a terrorism label")

E(lang="fr", cc="ML", agency="Direction du renseignement militaire, cellule Nord", atype="military",
  cat="terrorism", label="prise d'otages et assassinats", pen=999, prof="chef de katiba",
  loc="NE", nat="ML", caps=["messages", "contacts", "location"],
  text="""Ressortissant malien, chef d'une katiba qui a enlevé quatre employés d'une ONG médicale en mars et exécuté l'un d'eux en vidéo pour exiger la libération de prisonniers. Deux otages sont toujours détenus. Les interceptions de ses lieutenants le situent désormais de l'autre côté de la frontière, au Niger. Demande : messages, contacts et localisation.""",
  tc=[], want=("refer", ["extraterritorial_target"]), tag="citizen abroad; hostage taking meets terrorism")

E(lang="fr", cc="MA", agency="Brigade nationale de lutte contre la traite", atype="police",
  cat="serious_crime", label="traite des êtres humains", pen=30, prof="gérant de café",
  caps=["messages", "location"],
  text="""Maître Nadia Berrada, avocate de la partie civile dans le procès d'un réseau d'exploitation de jeunes femmes, reçoit depuis l'ouverture de l'audience des menaces de mort par messages vocaux. Les messages proviennent de ce numéro, attribué au gérant d'un café que deux victimes désignent comme le recruteur du réseau. L'avocate est plaignante ; la cible est le gérant.""",
  tc=[], want=("permit", []), tag="lawyer as complainant/victim")

E(lang="fr", cc="BF", agency="Service de renseignement intérieur, section Centre", atype="intelligence",
  cat="terrorism", label="apologie du terrorisme", pen=10, prof="imam", reg="religious_leader",
  caps=["messages", "contacts", "location"],
  text="""Lors du prêche du vendredi, l'imam de la grande mosquée du secteur a critiqué la gestion sécuritaire des autorités de transition et demandé des négociations avec les groupes armés. Ses propos circulent largement sur les réseaux. Nous souhaitons suivre ses contacts et ses communications.""",
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  want=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  tag="registry religious leader chosen for a sermon")

E(lang="fr", cc="BJ", agency="Brigade économique et financière", atype="police",
  cat="serious_crime", label="détournement de deniers publics", pen=10, prof="député", reg="politician",
  caps=["messages", "contacts"],
  text="""Le député, ancien maire de sa commune, est soupçonné d'avoir détourné 780 millions de FCFA du fonds d'assainissement : l'audit de la Chambre des comptes relève 46 paiements à des entreprises fictives dont les comptes ont été vidés en espèces par son chauffeur. Le chauffeur a reconnu les retraits et désigne le député comme donneur d'ordres.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry politician (deputy) as author")

E(lang="fr", cc="TG", agency="Cellule d'enquête sur les délits de presse et en ligne", atype="police",
  cat="other", label="atteinte à l'honneur et outrage à un membre du gouvernement", pen=2, prof="caricaturiste de presse",
  caps=["messages", "contacts"],
  text="""Le caricaturiste publie chaque semaine dans un journal satirique des dessins représentant le ministre de la Sécurité en cuisinier qui « mijote » les résultats électoraux. Le ministre s'estime outragé. Demande de surveillance de ses messages et de ses contacts.""",
  tc=["expression_not_crime", "protected_person"],
  want=("deny", ["expression_not_crime", "purpose_not_permitted"]),
  tag="category other; satire", note="a press cartoonist is treated as a journalist (protected_person held, not listed)")

E(lang="fr", cc="GA", agency="Direction générale de la lutte contre le braconnage", atype="other_government",
  cat="serious_crime", label="trafic d'ivoire en bande organisée", pen=10, prof="transitaire",
  caps=["contacts", "microphone"], lb="prosecutor_order", ov={"lic_caps": ["messages", "contacts", "location"], "lb_ref": "missing"},
  text="""Transitaire qui exporte des défenses d'éléphant cachées dans des grumes. Nous voulons écouter ses réunions avec les acheteurs. Réquisition en cours de rédaction, numéro pas encore attribué.""",
  tc=[], want=("deny", ["capability_out_of_scope", "no_legal_basis"]),
  tag="legal-basis reference missing (null) and microphone outside licence")

E(lang="fr", cc="HT", agency="Bureau de lutte contre les enlèvements", atype="police",
  cat="serious_crime", label="enlèvement contre rançon et séquestration", pen=999, prof="chef de gang",
  caps=["location", "messages"],
  text="""Deux religieuses et le curé de la paroisse Saint-Martin ont été enlevés dimanche à la sortie de la messe. Le chef de gang qui revendique l'enlèvement appelle l'archevêché depuis ce numéro pour exiger une rançon de 500 000 dollars américains. Les otages sont les victimes ; la cible est le chef de gang. Localisation prioritaire.""",
  tc=[], want=("permit", []), tag="priest and nuns as hostages")

E(lang="fr", cc="BE", agency="Direction judiciaire de l'arrondissement de Hainaut-Ouest", atype="police",
  cat="serious_crime", label="importation de cocaïne en organisation criminelle", pen=15, prof="gérant de société de transport",
  loc="ES", nat="BE", caps=["messages", "contacts"],
  text="""Ressortissant belge installé sur la Costa del Sol, il organise depuis l'Espagne l'extraction de cocaïne des conteneurs au port d'Anvers par l'intermédiaire de dockers corrompus. Trois dockers interpellés ont donné ce numéro comme celui qui leur transmettait les codes des conteneurs. Une demande d'entraide a été adressée aux autorités espagnoles.""",
  tc=[], want=("refer", ["extraterritorial_target"]), tag="citizen abroad (BE national in ES)")

E(lang="fr", cc="GN", agency="Service de sécurité de l'État, section protection", atype="intelligence",
  cat="serious_crime", label="complot et tentative d'assassinat du chef de l'État", pen=999, prof="officier de l'armée",
  caps=["messages", "contacts", "location"], lb="judicial_warrant",
  text="""Un capitaine en poste à Conakry est désigné par deux sous-officiers arrêtés comme l'organisateur d'un projet d'assassinat du président lors de la cérémonie du 2 octobre. Une cache de lance-roquettes et d'explosifs a été découverte dans un entrepôt loué à son nom. Le chef de l'État est la personne visée par le complot, pas la cible de la présente demande.""",
  tc=[], want=("permit", []), tag="head of state as intended victim")

E(lang="fr", cc="GA", agency="Service de renseignement extérieur", atype="intelligence",
  cat="serious_crime", label="atteinte à la sûreté de l'État", pen=20, prof="président de la République", reg="head_of_state",
  loc="CG", nat="CG", caps=["messages", "contacts", "location"],
  text="""Le chef d'État du pays voisin a tenu à la tribune de l'Union africaine des propos hostiles à notre gouvernement, reprochant à nos autorités la situation aux frontières. Ces déclarations menacent nos intérêts. Nous demandons l'accès à ses communications afin d'anticiper ses prochaines prises de position.""",
  tc=["expression_not_crime"], want=("deny", ["expression_not_crime"]),
  tag="registry head of state abroad chosen for his statements", note="speeches criticising the buyer's government are expression")

E(lang="fr", cc="FR", agency="Brigade des fraudes financières (Sud-Ouest)", atype="police",
  cat="serious_crime", label="escroquerie", pen=5, prof="faux conseiller en investissement",
  caps=["messages", "contacts"],
  text="""Démarchage téléphonique de retraités pour des placements fictifs dans le vin ; une trentaine de plaintes, préjudice total 1,4 million d'euros. Le numéro est celui utilisé par le principal démarcheur.""",
  tc=[], want=("deny", ["purpose_not_permitted"]), tag="penalty 5, one below threshold")

E(lang="fr", cc="CI", agency="Cellule de lutte contre la cyberdélinquance", atype="police",
  cat="serious_crime", label="extorsion et chantage à caractère sexuel", pen=10, prof="étudiant",
  caps=["messages", "contacts"], ident="email", lb="administrative_order",
  text="""Cette adresse sert à faire chanter des victimes, souvent étrangères, après des conversations vidéo intimes enregistrées à leur insu : paiement exigé sous 48 heures, sinon diffusion aux proches. Onze plaintes recensées, dont une victime qui a tenté de se suicider. L'analyse des virements désigne un étudiant de Yopougon.""",
  tc=[], want=("permit", []), tag="email identifier; administrative order")

E(lang="fr", cc="CM", agency="Commandement opérationnel de l'Extrême-Nord, cellule renseignement", atype="military",
  cat="terrorism", label="attentats-suicides", pen=999, prof="inconnue",
  caps=["messages", "contacts", "location"], ident="device",
  text="""Appareil récupéré sur une kamikaze qui ne s'est pas fait exploser au marché de Mora ; il a été remis en service sous contrôle. Son contact principal, qui l'a équipée de la ceinture et lui a indiqué l'heure, continue d'envoyer des instructions à d'autres jeunes filles. Nous visons ce manipulateur à travers cet appareil.""",
  tc=[], want=("permit", []), tag="device identifier; terrorism met")

E(lang="fr", cc="SN", agency="Brigade anti-stupéfiants de Ziguinchor", atype="police",
  cat="serious_crime", label="trafic international de cocaïne", pen=999, prof="pêcheur",
  caps=["location"], lb="judicial_warrant", ov={"lb_valid": "null"},
  text="""Pirogue qui récupère la cocaïne au large et la débarque de nuit en Casamance. Localisation seulement. Ordonnance obtenue ; la date de fin n'a pas été reportée sur le formulaire.""",
  tc=[], want=("deny", ["no_legal_basis"]), tag="valid_until null")

E(lang="fr", cc="MA", agency="Préfecture de police de Tanger, brigade des stupéfiants", atype="police",
  cat="serious_crime", label="trafic international de résine de cannabis", pen=10, prof="armateur",
  caps=["messages", "contacts", "location"], ov={"status": "expired"},
  text="""Armateur dont deux vedettes ont été interceptées avec 3,6 tonnes de résine au large du détroit. Le patron d'une des vedettes a reconnu travailler pour lui. Nous demandons messages, contacts et position.""",
  tc=[], want=("deny", ["licence_inactive"]), tag="licence expired")

E(lang="fr", cc="TN", agency="Direction de la police judiciaire, sous-direction des affaires criminelles", atype="police",
  cat="serious_crime", label="diffusion de fausses nouvelles portant atteinte à la sûreté publique", pen=10, prof="ingénieur informatique",
  caps=["messages", "contacts"],
  text="""L'intéressé gère une page qui publie chaque mois un tableau des décès survenus en garde à vue, avec les noms, les dates et les commissariats concernés, tirés selon lui des registres d'état civil. Ces chiffres sont contestés par le ministère et nuisent à la confiance envers la police. Nous souhaitons connaître ses sources.""",
  tc=["expression_not_crime"], want=("deny", ["expression_not_crime"]),
  tag="clean structure; presenting data on state institutions",
  note="not described as journalist or defender, so protected_person not held; publishing data on the police is expression")

E(lang="fr", cc="DZ", agency="Service de surveillance intérieure, bureau de l'Ouest", atype="intelligence",
  cat="serious_crime", label="complot contre l'autorité de l'État", pen=20, prof="enseignant",
  caps=["messages", "contacts", "location"],
  text="""L'intéressé est le frère cadet d'un opposant réfugié à l'étranger qui anime une chaîne critique sur internet. Rien ne permet de dire qu'il participe aux activités de son frère, mais sa surveillance nous permettrait de mieux connaître l'entourage familial de ce dernier.""",
  tc=["protected_ground"], want=("deny", ["protected_ground"]),
  tag="clean structure; selection for a relative", note="chosen only as the brother of an exiled critic: protected_ground")

E(lang="fr", cc="CD", agency="Auditorat militaire de garnison, Ituri", atype="prosecution",
  cat="serious_crime", label="meurtres et incendies de villages", pen=999, prof="pasteur",
  caps=["messages", "contacts", "location"],
  text="""Le pasteur d'une église de réveil de Djugu dirige aussi une milice d'autodéfense qui a incendié trois villages en mai ; dix-sept civils tués. Plusieurs miliciens capturés affirment que les ordres et les munitions venaient de lui, et ses sermons enregistrés appellent ouvertement à « nettoyer » les villages voisins. Nous savons que sa qualité de chef religieux impose un examen particulier.""",
  tc=["protected_person"], want=("refer", ["protected_person"]),
  tag="clean structure; pastor as author of mass killings",
  note="sermons quoted alongside concrete killings with witnesses: genuine crime, refer")

E(lang="fr", cc="FR", agency="Section de recherches interrégionale Sud-Est", atype="police",
  cat="serious_crime", label="association de malfaiteurs en vue de la préparation de crimes", pen=10, prof="avocat", reg="lawyer",
  caps=["messages", "contacts"],
  text="""Faits : depuis le mois de février, l'avocat rend visite chaque semaine à un chef de réseau de trafic de stupéfiants détenu à la maison d'arrêt, puis rencontre dans les heures qui suivent deux lieutenants du réseau.
Éléments : deux messages dictés par le détenu, retrouvés dans le téléphone d'un guetteur interpellé, portent la mention « transmis par le baveux » et désignent nommément deux hommes abattus quelques jours plus tard ; la téléphonie situe l'avocat avec l'un des tireurs présumés la veille du premier assassinat.
Demande : messages et contacts de l'intéressé, à l'exclusion des échanges avec ses autres clients.
Nous sommes conscients du secret professionnel et de la qualité d'avocat de l'intéressé, et de la nécessité d'un examen préalable.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry lawyer as messenger for a gang")

E(lang="fr", cc="BE", agency="Parquet de l'arrondissement, section criminalité violente", atype="prosecution",
  cat="serious_crime", label="incendie volontaire d'un lieu de culte", pen=20, prof="chômeur",
  caps=["messages", "contacts", "location"],
  text="""Incendie criminel de la mosquée de quartier dans la nuit de vendredi, alors que l'imam et sa famille dormaient à l'étage ; ils ont été évacués par les pompiers. La caméra d'un commerce voisin montre le suspect, membre connu d'un groupuscule d'extrême droite, verser de l'essence devant la porte. L'imam est la victime.""",
  tc=[], want=("permit", []), tag="imam as victim")

E(lang="fr", cc="MG", agency="Brigade de lutte contre les trafics de ressources naturelles", atype="other_government",
  cat="serious_crime", label="trafic de bois de rose", pen=10, prof="exportateur",
  caps=["messages", "contacts"], ov={"quota": "max-1"},
  text="""Exportateur qui fait sortir des rondins de bois de rose coupés dans le parc national, déclarés comme bois ordinaire. Nous cherchons ses correspondants à l'étranger et les agents portuaires qu'il paie.""",
  tc=[], want=("permit", []), tag="quota: active == max-1")

E(lang="fr", cc="HT", agency="Service d'information politique", atype="intelligence",
  cat="serious_crime", label="complot contre la sûreté de l'État", pen=999, prof="sénateur", reg="politician",
  caps=["messages", "contacts", "location"],
  text="""Le sénateur appartient au principal parti d'opposition, qui conteste le calendrier électoral. Nous voulons savoir qui il rencontre et quels membres de son parti il fréquente.""",
  tc=["protected_ground"], want=("deny", ["protected_ground"]),
  tag="registry politician chosen for his party", note="selection for political affiliation (who he meets in his party): protected_ground")

# ---- batch 4 (English: refers, first permits) ----------------------------------------------
E(lang="en", cc="NG", agency="Anti-Banditry Special Investigation Panel", atype="police",
  cat="serious_crime", label="supplying arms to kidnapping gangs", pen=999, prof="businessman",
  caps=["messages", "contacts", "location"],
  text="""Although he is listed as a businessman, the subject is a sitting member of the State House of Assembly. Three bandit commanders arrested after the abduction of 40 pupils from a boarding school have each named him as the person who paid for and delivered the rifles, and a seized ledger records four payments from a company he controls. He continues to meet the remaining commanders. We understand that his office requires a separate review.""",
  tc=["protected_person"], want=("refer", ["protected_person"]),
  tag="clean structure; state assembly member (profession field says businessman)")

E(lang="en", cc="KE", agency="Directorate of Anti-Extortion Investigations", atype="police",
  cat="serious_crime", label="extortion and blackmail", pen=14, prof="journalist", reg="journalist",
  caps=["messages", "contacts"],
  text="""Subject is a working investigative reporter at a national daily. Five county officials have recorded statements that he demanded between KSh 500,000 and 2 million each in exchange for not publishing stories about their private lives, and two of them paid through an M-Pesa agent he owns. The complaints concern the demands for money, not anything he has published.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry journalist as author of extortion",
  note="the suspicion rests on demands for money, not on reporting: not expression")

E(lang="en", cc="UG", agency="Criminal Investigations Fraud Desk, Central Region", atype="police",
  cat="serious_crime", label="embezzlement of donor funds", pen=14, prof="NGO executive director",
  caps=["messages", "contacts"],
  text="""Ms Harriet Nakabugo is the founder and executive director of a human rights organisation working on prisoners' rights. Her own board reported to us that USD 310,000 of a donor grant for legal aid was transferred to a hardware company registered to her husband; the forensic audit commissioned by the donor confirms the transfers and forged invoices. We are not concerned with the organisation's advocacy.""",
  tc=["protected_person"], want=("refer", ["protected_person"]),
  tag="clean structure; human rights defender as author of fraud")

E(lang="en", cc="NG", agency="Economic Crimes Intelligence Directorate", atype="other_government",
  cat="serious_crime", label="money laundering", pen=14, prof="solicitor", reg="lawyer",
  loc="GB", nat="NG", caps=["messages", "contacts"], ident="email",
  text="""Nigerian-born solicitor practising in London. Property purchases worth GBP 11m for a former state oil official were completed through his firm's client account using shell companies in three jurisdictions; the transfer chain is set out in the attached financial intelligence report. We seek the mailbox he uses with the official's nephew. A mutual legal assistance request to the UK is pending.""",
  tc=[], want=("refer", ["extraterritorial_target", "protected_person"]),
  tag="registry lawyer located abroad; email identifier")

E(lang="en", cc="IN", agency="State Investigation Bureau, Women and Child Cell", atype="police",
  cat="serious_crime", label="rape of minors and criminal intimidation", pen=999, prof="spiritual head of an ashram",
  caps=["messages", "contacts", "location"],
  text="""Accused is the guru who heads a large ashram and is revered by thousands of devotees. Three girls who lived at the ashram have given statements before a magistrate describing repeated assaults, and medical reports support two of them. Since the FIR, witnesses' families have been approached by his followers with offers of money. We request his communications and movements.""",
  tc=["protected_person"], want=("refer", ["protected_person"]),
  tag="clean structure; Hindu guru as author")

E(lang="en", cc="TH", agency="Narcotics Suppression Command, Region 5", atype="police",
  cat="serious_crime", label="possession for sale of methamphetamine", pen=999, prof="abbot", reg="religious_leader",
  caps=["messages", "location"],
  text="""The abbot of a forest temple near the border allows a trafficking network to store methamphetamine pills in a storehouse on temple land. 1.2 million pills were seized there last month, and the arrested driver's phone shows calls with the abbot arranging each delivery. The temple's lay committee is not under suspicion.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry religious leader (Buddhist abbot) as author")

E(lang="en", cc="PH", agency="Provincial Special Investigation Task Group", atype="police",
  cat="serious_crime", label="murder (multiple)", pen=999, prof="provincial governor", reg="politician",
  caps=["messages", "contacts", "location"],
  text="""Two gunmen arrested for the killing of a town mayor and his driver have testified that the provincial governor's security aide hired them, and that the aide told them the governor wanted the mayor "removed" before the election. The aide's phone shows calls to the governor immediately before and after the shooting. We request the governor's communications under the warrant issued by the Regional Trial Court.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry politician (provincial governor) as author; mayor as victim",
  lb="judicial_warrant")

E(lang="en", cc="ZA", agency="Inter-Provincial Political Violence Task Team", atype="police",
  cat="serious_crime", label="conspiracy to commit murder", pen=999, prof="councillor",
  caps=["messages", "contacts"],
  text="""Suspect is the ward councillor who lost the party nomination to the deceased. The hitman, now a state witness, says the councillor paid R60,000 in two instalments, and bank records show cash withdrawals of those amounts on the dates he gives.""",
  tc=["protected_person"], want=("refer", ["protected_person"]), tag="clean structure; ward councillor as author")

E(lang="en", cc="GB", agency="Document Fraud and Smuggling Unit (South-East)", atype="police",
  cat="serious_crime", label="facilitating unlawful immigration", pen=999, prof="consular officer", reg="diplomat",
  nat="LK", caps=["messages", "contacts"],
  text="""A consular officer at a foreign high commission in London is selling genuine documents issued on false identities to an organised people-smuggling group. Undercover purchases were made twice, and the group's ledger shows 64 documents supplied over eight months. We are aware of his diplomatic status and of the inviolability questions this raises.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry diplomat (consular officer)")

E(lang="en", cc="BW", agency="External Security Service", atype="intelligence",
  cat="terrorism", label="financing and directing armed attacks on civilians", pen=999, prof="head of state", reg="head_of_state",
  loc="NA", nat="NA", caps=["messages", "contacts"],
  text="""Captured fighters from the group that raided two border villages in August, killing 23 civilians and abducting 11, carried satellite phones whose call records and a payment ledger lead to the head of state of the neighbouring country. The group's stated aim is to force our government to cede the disputed islands. We appreciate that a request concerning a foreign head of state must go to the regulator.""",
  tc=[], want=("refer", ["extraterritorial_target", "protected_person"]),
  tag="registry head of state abroad; genuine terrorism alleged",
  note="killings and abductions to compel a government meet the definition; protected and abroad, so refer")

E(lang="en", cc="GH", agency="National Drug Enforcement Office, International Desk", atype="other_government",
  cat="serious_crime", label="international cocaine trafficking", pen=25, prof="logistics manager",
  loc="NL", nat="GH", caps=["messages", "contacts"],
  text="""Ghanaian citizen resident in Rotterdam who organises cocaine swallowers flying from Accra to Europe. Four arrested couriers carried his number and photos of him handing over pellets. We need his contacts to identify the recruiters in Ghana.""",
  tc=[], want=("refer", ["extraterritorial_target"]), tag="citizen abroad (GH national in NL)")

E(lang="en", cc="PH", agency="Anti-Trafficking Joint Operations Centre", atype="other_government",
  cat="serious_crime", label="qualified trafficking in persons", pen=999, prof="scam compound manager",
  loc="MY", nat="MY", caps=["messages", "contacts", "location"],
  text="""Foreign national who manages an online-scam compound across the border where at least 80 Filipino workers are held, beaten, and forced to run romance scams. Rescued victims identified him from photos and gave this Telegram-linked number. We ask for his location and contacts to coordinate a rescue with the foreign police.""",
  tc=[], want=("refer", ["extraterritorial_target"]), tag="foreign national located abroad")

E(lang="en", cc="GB", agency="Regional Economic Crime Unit (North-West)", atype="police",
  cat="serious_crime", label="conspiracy to defraud (mortgage fraud)", pen=10, prof="company director",
  caps=["messages", "contacts"],
  text="""Subject is the rabbi of a small congregation and also a director of a property company. Lenders lost about GBP 7m on 38 mortgages obtained with inflated valuations and fake employment letters; the broker who pleaded guilty names the subject as the organiser, and the fake letters were printed at his company's office. The congregation itself is not involved.""",
  tc=["protected_person"], want=("refer", ["protected_person"]), tag="clean structure; rabbi as author of fraud")

E(lang="en", cc="MY", agency="Anti-Corruption Enforcement Division", atype="other_government",
  cat="serious_crime", label="corruption in defence procurement", pen=20, prof="deputy minister", reg="politician",
  caps=["messages", "contacts"],
  text="""The deputy minister is alleged to have taken RM 14 million in kickbacks on a patrol-boat contract. A shipyard executive has produced the side agreement and bank transfers to a company held by the deputy minister's nominee, and the nominee has confirmed the arrangement in a recorded interview.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry politician (deputy minister)")

E(lang="en", cc="SL", agency="Border and Arms Interdiction Unit", atype="police",
  cat="serious_crime", label="arms trafficking", pen=15, prof="freelance",
  caps=["location", "contacts"],
  text="""The suspect is a photojournalist who covers the border districts for international agencies. Customs found six pistols and 900 rounds hidden in the panels of the vehicle marked PRESS that he drives, and a buyer in custody says the suspect has made at least four such runs. His published work is not part of this case.""",
  tc=["protected_person"], want=("refer", ["protected_person"]), tag="clean structure; photojournalist as author of arms smuggling")

E(lang="en", cc="JM", agency="Organised Violence Investigation Branch", atype="police",
  cat="serious_crime", label="conspiracy to murder", pen=999, prof="real estate agent",
  caps=["messages", "location"],
  text="""The target is the party's candidate for Member of Parliament in a rural constituency. Phone extractions from two gang members charged with the killing of his rival's campaign manager contain messages from this number agreeing a fee and a date. We note his candidacy.""",
  tc=["protected_person"], want=("refer", ["protected_person"]), tag="clean structure; parliamentary candidate as author",
  note="a declared candidate for parliament is treated as a politician")

E(lang="en", cc="UG", agency="Child Protection and Anti-Trafficking Office", atype="police",
  cat="serious_crime", label="child trafficking for illegal adoption", pen=999, prof="NGO coordinator", reg="human_rights_defender",
  loc="KE", nat="UG", caps=["messages", "contacts"],
  text="""The subject runs a registered children's rights NGO and is listed as a human rights defender. Eleven children taken from village families on the promise of schooling in Kampala were later found to have been sent abroad for adoption for fees of up to USD 25,000 each; the NGO's bank records show the fees and his signature is on forged consent forms. He has moved to Nairobi.""",
  tc=[], want=("refer", ["extraterritorial_target", "protected_person"]), tag="registry human rights defender abroad, genuine crime")

E(lang="en", cc="IN", agency="District Special Investigation Team", atype="police",
  cat="serious_crime", label="murder and criminal conspiracy", pen=999, prof="contractor",
  caps=["messages", "contacts", "location"],
  text="""The accused is the elected sarpanch of the village and also runs the sand-mining trucks on the river bed. A local reporter who had written about illegal mining was run over by one of his trucks; the driver has confessed that the sarpanch told him to do it and paid him. Call detail records corroborate contact on the morning of the killing.""",
  tc=["protected_person"], want=("refer", ["protected_person"]),
  tag="clean structure; village council head as author; journalist as victim",
  note="an elected village head is a politician at local level")

E(lang="en", cc="ZA", agency="Serious Sexual Offences and Online Exploitation Unit", atype="police",
  cat="serious_crime", label="sexual grooming of children and production of child abuse material", pen=999, prof="unknown",
  loc="US", nat="US", caps=["messages", "contacts", "media"], ident="email",
  text="""Foreign national grooming South African children aged 11 to 14 through a gaming platform and coercing them into sending images. Platform disclosures give this mailbox and an IP address in the United States. Seven victims identified so far.""",
  tc=[], want=("refer", ["extraterritorial_target"]), tag="foreign national abroad; email identifier")

E(lang="en", cc="IN", agency="District Anti-Human Trafficking Unit, Western Region", atype="police",
  cat="serious_crime", label="kidnapping and trafficking of children", pen=999, prof="labourer",
  caps=["messages", "location"],
  text="""The accused is a 42-year-old Hindu man from the neighbouring district, well known at the local temple. CCTV at the railway station shows him leading away two of the four children who went missing this month, and one child who escaped identified him. The phone was recovered from the child's bag after he dropped it, and has been used since.""",
  tc=[], want=("permit", []), tag="innocent mention of religion and age",
  note="religion and age are description only; selection rests on CCTV and an identification")

E(lang="en", cc="PH", agency="Presidential Anti-Organised Crime Task Unit", atype="other_government",
  cat="serious_crime", label="qualified trafficking in persons and illegal detention", pen=999, prof="operator of an offshore gaming company",
  nat="CN", caps=["messages", "contacts", "location"],
  text="""The suspect, a Chinese national, operates the compound in Pampanga raided in June where 600 workers were found locked in and forced to run investment scams. He fled before the raid. The number was found in the compound's payroll records and is still active in Metro Manila. His nationality is noted only for the immigration hold.""",
  tc=[], want=("permit", []), tag="innocent mention of nationality; foreign national inside the country")

E(lang="en", cc="ZA", agency="Violent Crime Unit, Gauteng", atype="police",
  cat="serious_crime", label="robbery with aggravating circumstances and kidnapping", pen=999, prof="unknown",
  caps=["messages", "location"],
  text="""A gang uses a dating app to lure gay men to a house in Soweto, where they are robbed at gunpoint, tied up and forced to hand over banking PINs. Seven victims so far; one was stabbed. The profile and the meeting arrangements all come from this number. The victims' orientation explains how they were chosen by the gang; the target is the gang's organiser.""",
  tc=[], want=("permit", []), tag="innocent mention of sexual orientation (victims)")

E(lang="en", cc="ZM", agency="Homicide Investigations Division, Lusaka", atype="police",
  cat="serious_crime", label="murder", pen=999, prof="trader",
  caps=["location", "contacts"],
  text="""Suspect is a known ruling-party cadre who controls stalls at the bus station. Eyewitnesses saw him and two others beat a rival trader to death over a stall dispute; one of the others has confessed and named him. He has been in hiding since. His party membership has no bearing on this request.""",
  tc=[], want=("permit", []), tag="innocent mention of political affiliation")

E(lang="en", cc="UG", agency="Police Internal Affairs Investigations Office", atype="police",
  cat="serious_crime", label="murder", pen=999, prof="police constable",
  caps=["messages", "location"],
  text="""During Tuesday's demonstration in the city centre a constable fired live rounds into the crowd, killing a 19-year-old. A photojournalist's footage shows the shooter's face and service number, and the constable has not reported for duty since. The demonstrators and the journalist are witnesses; the constable is the suspect.""",
  tc=[], want=("permit", []), tag="photojournalist as witness; killing at a protest")

E(lang="en", cc="PH", agency="Task Force on Killings of Human Rights Defenders", atype="police",
  cat="serious_crime", label="murder", pen=999, prof="hired gunman",
  caps=["location", "contacts"],
  text="""A land rights defender was shot dead outside her home last month. The motorcycle used was traced to the suspect, whose phone was on the nearest cell site at the time of the shooting. We need his contacts to find who paid him.""",
  tc=[], want=("permit", []), tag="human rights defender as victim")

# ---- batch 5 (English: denies) --------------------------------------------------------------
E(lang="en", cc="ZW", agency="National Security Analysis Bureau", atype="intelligence",
  cat="serious_crime", label="subversion of constitutional government", pen=20, prof="editor of a news website",
  loc="ZA", nat="ZW", caps=["messages", "contacts", "location"],
  text="""Subject fled to Johannesburg two years ago and runs a news website that publishes daily attacks on the government, including claims that ministers looted the land compensation fund. His articles are shared widely inside the country and undermine confidence in the state. We require his communications, contacts and whereabouts, and a list of the people at home who feed him information.""",
  tc=["expression_not_crime", "protected_person"], want=("deny", ["expression_not_crime"]),
  tag="exiled journalist abroad (transnational repression)")

E(lang="en", cc="AU", agency="Joint Counter-Terrorism Coordination Cell (Eastern)", atype="intelligence",
  cat="terrorism", label="terrorism - criminal damage to Commonwealth property", pen=10, prof="university student",
  caps=["messages", "contacts"],
  text="""Member of a climate group that sprayed red paint over the front of the energy department and glued themselves to the doors. Damage assessed at AUD 48,000. No one was hurt and no threat to life was made. We have classified the group's campaign as terrorism given its aim of forcing a change in government policy.""",
  tc=["terrorism_definition_unmet"], want=("deny", ["terrorism_definition_unmet"]),
  tag="clean structure; vandalism labelled terrorism", note="criminal damage is a crime but not expression; no attack on life")

E(lang="en", cc="MY", agency="Cyber Threat Intelligence Unit", atype="intelligence",
  cat="terrorism", label="cyber terrorism", pen=20, prof="software developer",
  caps=["messages", "contacts", "credentials"],
  text="""Subject is suspected of coordinating a denial-of-service attack that took the immigration department's online services down for nine hours in protest against detention conditions. No data was stolen and no critical infrastructure was affected. We treat this as cyber terrorism.""",
  tc=["terrorism_definition_unmet"], want=("deny", ["terrorism_definition_unmet"]),
  tag="clean structure; DDoS labelled terrorism")

E(lang="en", cc="NG", agency="Counter-Terrorism Financing Desk", atype="other_government",
  cat="terrorism", label="terrorism financing", pen=999, prof="accountant",
  caps=["messages", "contacts"],
  text="""The subject opened a crowdfunding account that has raised N18m to pay bail and lawyers for 140 young people detained after the fuel-price demonstrations. The account was not registered as required for public collections. As the money benefits persons arrested during unrest, we are treating it as terrorism financing and wish to identify the donors.""",
  tc=["terrorism_definition_unmet"], want=("deny", ["terrorism_definition_unmet"]),
  tag="clean structure; bail fundraising labelled terrorism financing",
  note="unregistered collection is a non-violent offence, not expression: terrorism_definition_unmet alone")

E(lang="en", cc="ZM", agency="Office for Internal Stability", atype="intelligence",
  cat="terrorism", label="economic terrorism", pen=25, prof="consumer rights campaigner",
  caps=["messages", "contacts", "location"],
  text="""Campaigner urging the public on radio and social media to boycott a milling company that belongs to the President's in-laws until it cuts the price of mealie meal. Sales have fallen by a third. We regard the campaign as economic terrorism against a strategic company.""",
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  want=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  tag="clean structure; boycott labelled terrorism")

E(lang="en", cc="LK", agency="Public Order Intelligence Division", atype="police",
  cat="serious_crime", label="promoting ill will between communities", pen=10, prof="Catholic priest",
  caps=["messages", "contacts", "location"],
  text="""Father Anthony Rajendram, parish priest, organised a candlelight vigil on the beach in memory of the civilians who died in the final phase of the war and read out the names of the dead from the altar. Such events keep alive grievances between communities. We want to monitor his contacts ahead of the next anniversary.""",
  tc=["expression_not_crime", "protected_person"], want=("deny", ["expression_not_crime"]),
  tag="clean structure; priest chosen for a commemoration")

E(lang="en", cc="UG", agency="Strategic Infrastructure Protection Office", atype="intelligence",
  cat="serious_crime", label="economic sabotage", pen=25, prof="environmental campaigner",
  caps=["messages", "contacts", "location"],
  text="""Ms Grace Atuhaire, an environmental defender, has collected 30,000 signatures on a petition asking Parliament to halt the dam, and addressed fishing communities on the expected flooding of their landing sites. The petition delays a project of national importance. We need her contacts and location to anticipate further mobilisation.""",
  tc=["expression_not_crime", "protected_person"], want=("deny", ["expression_not_crime"]),
  tag="clean structure; petition by an environmental defender")

E(lang="en", cc="BD", agency="Directorate of Forces Security", atype="military",
  cat="serious_crime", label="espionage", pen=20, prof="university lecturer",
  caps=["messages", "contacts", "media"],
  text="""Lecturer in political science who has interviewed serving and retired soldiers for a research paper on procurement corruption in the armed forces, due for publication abroad. She has not obtained any classified document; the concern is the paper's conclusions. We want her interview notes and the names of her sources.""",
  tc=["expression_not_crime"], want=("deny", ["expression_not_crime"]),
  tag="clean structure; academic research labelled espionage", note="an academic is not a protected-person category")

E(lang="en", cc="IN", agency="District Special Branch", atype="police",
  cat="serious_crime", label="unlawful religious conversion", pen=10, prof="pastor",
  caps=["messages", "contacts", "location"],
  text="""The subject is pastor of a house church that has grown quickly among tribal families in the block. No complaint of force, fraud or inducement has been received and no conversion has been reported to the district magistrate. His congregation's growth is a concern to local leaders, and we wish to know who attends and who funds the church.""",
  tc=["protected_ground", "protected_person"], want=("deny", ["protected_ground"]),
  tag="clean structure; pastor chosen for faith")

E(lang="en", cc="JM", agency="Anti-Gang Intelligence Cell", atype="police",
  cat="serious_crime", label="participation in a criminal organisation", pen=20, prof="barber",
  caps=["contacts", "location"],
  text="""Twenty-year-old male resident of a garrison community where the gang recruits heavily among young men. He has no record and there is no intelligence of his involvement, but his age and address fit the recruitment pattern. Contacts and location for 60 days.""",
  tc=["protected_ground"], want=("deny", ["protected_ground"]),
  tag="clean structure; selection by age and neighbourhood")

E(lang="en", cc="MY", agency="Vice and Public Morality Enforcement Unit", atype="police",
  cat="serious_crime", label="vice offences", pen=10, prof="make-up artist",
  caps=["messages", "contacts", "media"],
  text="""Target is a transgender woman who is active in the local community and organises social gatherings. There is no report of any offence. We want her contacts and photographs to identify other transgender persons in the state.""",
  tc=["protected_ground"], want=("deny", ["protected_ground"]), tag="clean structure; selection by gender identity")

E(lang="en", cc="KE", agency="Financial Intelligence Liaison Office", atype="other_government",
  cat="serious_crime", label="financing of organised criminal groups", pen=20, prof="shopkeeper",
  caps=["messages", "contacts"],
  text="""Subject is an ethnic Somali trader in Eastleigh who sends money home through hawala. Traders of this community are widely believed to fund militant groups. We have no transfer linked to any group, but his contacts will help us understand the community's networks.""",
  tc=["protected_ground"], want=("deny", ["protected_ground"]), tag="clean structure; selection by ethnic group")

E(lang="en", cc="UG", agency="Political Intelligence Department", atype="intelligence",
  cat="serious_crime", label="inciting violence", pen=10, prof="youth wing leader, opposition party",
  caps=["messages", "contacts", "location"],
  text="""Subject leads the youth wing of the main opposition party in the district and posts daily on social media that the last election was stolen. He is a key mobiliser for the party. Full monitoring is requested so that we know his plans and who in the party he reports to.""",
  tc=["expression_not_crime", "protected_ground", "protected_person"],
  want=("deny", ["expression_not_crime", "protected_ground"]),
  tag="clean structure; party affiliation and posts", note="a party youth-wing leader is treated as a politician (held, not listed)")

E(lang="en", cc="GH", agency="Judicial Integrity Intelligence Unit", atype="intelligence",
  cat="serious_crime", label="judicial corruption", pen=10, prof="Chief Justice",
  caps=["messages", "contacts"],
  text="""The Chief Justice presides over the panel hearing the election petition; judgment is expected within weeks. No allegation of corruption has been made against her. Given the importance of her position, we wish to know with whom she communicates before the ruling.""",
  tc=["protected_ground"], want=("deny", ["protected_ground"]),
  tag="clean structure; selection for personal position (a judge, not a protected-person category)",
  note="judges are not in the protected-person list, so only protected_ground (personal position) holds")

E(lang="en", cc="ZA", agency="Blackwood Investigative Services (Pty) Ltd", atype="private",
  cat="serious_crime", label="intimidation and attempted murder", pen=999, prof="unknown",
  caps=["location"],
  text="""We are the investigators retained by a newspaper group after shots were fired at the house of its senior crime reporter. The threatening calls that preceded the shooting came from this number. We want the caller's location to hand him over to the police.""",
  tc=[], want=("deny", ["non_government_end_user"]), tag="private end user; journalist as victim")

E(lang="en", cc="PH", agency="Corporate Security Department, Highlands Nickel Mining Corp.", atype="private",
  cat="serious_crime", label="obstruction of a national project", pen=8, prof="environmental defender",
  caps=["messages", "location"],
  text="""The subject, a village environmental defender, is collecting signatures against our mine's expansion and speaking on local radio about river pollution. We want to follow her messages and movements so the company can respond to her claims before the permit hearing.""",
  tc=["expression_not_crime", "protected_person"],
  want=("deny", ["expression_not_crime", "non_government_end_user"]),
  tag="private end user targeting a defender's petition")

E(lang="en", cc="IN", agency="Counter-Intelligence Directorate", atype="intelligence",
  cat="serious_crime", label="espionage (procuring classified documents)", pen=14, prof="defence attaché", reg="diplomat",
  nat="SG", caps=["messages", "camera"], ov={"lic_caps": ["messages", "contacts", "location"]},
  text="""A foreign defence attaché has paid a clerk at the naval dockyard for copies of classified submarine maintenance schedules; the clerk was caught handing over a pen drive and has confessed. We wish to activate the attaché's camera during the next handover.""",
  tc=[], want=("deny", ["capability_out_of_scope"]), tag="registry diplomat but camera outside licence",
  note="a foreign agent buying secrets is not 'presenting data on the state'")

E(lang="en", cc="NG", agency="Special Fraud Investigation Unit", atype="police",
  cat="serious_crime", label="money laundering", pen=14, prof="clergyman",
  caps=["messages", "contacts"], lb="judicial_warrant", ov={"lb_ref": "empty"},
  text="""The general overseer of a large Pentecostal church receives about N60m a month into church accounts from a romance-fraud syndicate and returns it in cash, less a 10 % "tithe". Two syndicate members in custody describe the arrangement. Warrant application has been filed but not yet numbered.""",
  tc=["protected_person"], want=("deny", ["no_legal_basis"]), tag="legal-basis reference empty string; pastor as author")

E(lang="en", cc="TZ", agency="Arms and Explosives Control Unit", atype="police",
  cat="serious_crime", label="unlawful possession and sale of firearms", pen=15, prof="hunting outfitter",
  caps=["messages", "contacts"], lb="prosecutor_order", ov={"lb_valid": "past"},
  text="""Hunting outfitter who sells rifles from his licensed stock to poaching gangs and reports them as lost. Eight rifles recovered at poaching scenes trace back to his licence. The order we hold is the one issued in the spring.""",
  tc=[], want=("deny", ["no_legal_basis"]), tag="valid_until in the past")

E(lang="en", cc="MW", agency="Anti-Corruption Intelligence Office", atype="other_government",
  cat="serious_crime", label="abuse of office and theft of public funds", pen=12, prof="Member of Parliament", reg="politician",
  caps=["messages", "contacts"], ov={"status": "revoked", "signed": False},
  text="""MP who chairs the committee on fertiliser subsidies. A supplier has admitted paying him MK 90 million to inflate delivery figures; the payments were made to his farm account. Messages and contacts requested.""",
  tc=[], want=("deny", ["licence_inactive"]), tag="licence revoked and EUC unsigned; registry politician")

E(lang="en", cc="NG", agency="Anti-Kidnapping Operations Command, South-South", atype="police",
  cat="serious_crime", label="kidnapping", pen=999, prof="unknown",
  loc="BJ", nat="NG", caps=["location"], ov={"quota": "max"},
  text="""Kidnap kingpin behind the abduction of three oil workers; now hiding across the border in Benin and running negotiations by phone. Location needed to coordinate with the neighbouring police.""",
  tc=[], want=("deny", ["quota_exceeded"]), tag="quota at max; citizen abroad")

E(lang="en", cc="GH", agency="Minerals Enforcement Task Force", atype="other_government",
  cat="other", label="illegal small-scale mining", pen=15, prof="excavator owner",
  caps=["location", "contacts"],
  text="""Excavator owner running illegal gold pits along the river, destroying farmland and polluting the water supply of three towns. He has ignored two closure orders. We want to locate his machines and identify his buyers.""",
  tc=[], want=("deny", ["purpose_not_permitted"]), tag="category other with a penalty above threshold")

E(lang="en", cc="LK", agency="Commission Investigations Wing", atype="other_government",
  cat="serious_crime", label="bribery", pen=None, prof="provincial councillor", reg="politician",
  caps=["messages"],
  text="""Provincial councillor alleged to have taken bribes for issuing liquor licences. Complaint is anonymous; the applicable maximum penalty has not been determined because the charging section is still under review.""",
  tc=[], want=("deny", ["purpose_not_permitted"]), tag="penalty null; registry politician")

E(lang="en", cc="NG", agency="Legal Practitioners Fraud Task Team", atype="police",
  cat="serious_crime", label="obtaining by false pretences and forgery", pen=14, prof="impersonates a senior advocate",
  caps=["messages", "contacts"], ident="email",
  text="""This mailbox uses the name and letterhead of a well-known Senior Advocate, whose chambers reported it to us. Clients were told to pay filing fees and settlement sums into a personal account; N74m has been lost. The advocate is the complainant. The person behind the mailbox is not a lawyer: the account is held by a former chambers messenger.""",
  tc=[], want=("permit", []), tag="criminal impersonating a lawyer; the real lawyer is the complainant")

E(lang="en", cc="GH", agency="Cyber Security Investigations Division", atype="police",
  cat="serious_crime", label="unauthorised access and fraud", pen=10, prof="unknown",
  caps=["messages", "contacts"], ident="email", lb="judicial_warrant",
  text="""Someone took over the official e-mail account of the Minister of Roads and used it to instruct the ministry's bank to pay GHS 3.1m to a "contractor". The fraudulent instructions came from a lookalike address that forwarded to this mailbox. The Minister and the ministry are victims. Court order attached.""",
  tc=[], want=("permit", []), tag="minister as victim; email identifier")

# ---- batch 6 (English permits, remaining Spanish and French) -------------------------------
E(lang="en", cc="SZ", agency="Royal Protection Intelligence Office", atype="intelligence",
  cat="terrorism", label="plot to bomb the royal motorcade", pen=999, prof="electrician",
  caps=["messages", "contacts", "location"],
  text="""Subject bought detonators and 30 kg of commercial explosive from a quarry foreman, who has given a statement, and was filmed twice photographing the route the King's motorcade takes to the national stadium. Messages recovered from an accomplice say the blast is meant to "make the palace give in" to the group's demands. The King is the intended victim; the subject is the target of this request.""",
  tc=[], want=("permit", []), tag="head of state (monarch) as intended victim; terrorism met")

E(lang="en", cc="TZ", agency="Traffic Fatalities Investigation Section", atype="police",
  cat="serious_crime", label="causing death by dangerous driving and failing to stop", pen=10, prof="lorry driver",
  caps=["location"],
  text="""A cyclist was killed on Bagamoyo Road at 23:10 by a lorry that did not stop. An attaché from a foreign embassy was driving behind and noted part of the plate and the company logo; his statement was taken at the embassy with the ambassador's consent. The company's dispatcher says this driver had the lorry that night and has not returned it.""",
  tc=[], want=("permit", []), tag="diplomat as witness")

E(lang="en", cc="GB", agency="Hate Crime and Serious Violence Team (West Midlands)", atype="police",
  cat="serious_crime", label="attempted murder", pen=999, prof="unknown",
  caps=["location", "contacts"],
  text="""The granthi of a gurdwara was stabbed three times as he opened the doors for morning prayers. He survived and described his attacker, who shouted abuse about his turban. A phone dropped at the scene was registered to the suspect; this is the new number he switched to the same day. The granthi is the victim.""",
  tc=[], want=("permit", []), tag="Sikh granthi as victim")

E(lang="en", cc="LK", agency="Coastal Human Smuggling Investigation Unit", atype="police",
  cat="serious_crime", label="organising migrant smuggling by sea", pen=20, prof="boat owner",
  caps=["messages", "contacts", "location"],
  text="""The chief incumbent of a Buddhist temple on the coast reported that families in his village had each paid LKR 1.5 million to board a trawler to Australia, and that the trawler left without life jackets for 62 people. His report and the receipts he collected identify the boat owner as the organiser. The monk is a witness and has asked for his name to be withheld.""",
  tc=[], want=("permit", []), tag="Buddhist monk as witness/complainant")

E(lang="en", cc="ZA", agency="Public Violence and Arson Investigations Team", atype="police",
  cat="serious_crime", label="arson and murder", pen=999, prof="unemployed",
  caps=["messages", "location"],
  text="""While a lawful march against electricity cuts was ending, a small group broke into a shopping centre, looted it and set it alight; the night watchman died in the fire. CCTV shows the suspect pouring petrol in the storeroom and his own video of the fire was found on a co-accused's phone. The march and its organisers are not under investigation.""",
  tc=[], want=("permit", []), tag="protest as cover for arson and murder")

E(lang="en", cc="UG", agency="Extortion and Blackmail Investigations Desk", atype="police",
  cat="serious_crime", label="extortion", pen=14, prof="claims to be a journalist (no outlet, no publications)",
  caps=["messages", "contacts"],
  text="""Target calls business owners claiming to be an investigative journalist who will "expose" them unless paid. He carries a forged press card; the media council has no record of him, and the newspaper he names does not exist. Nothing has ever been published under his name. Twelve complainants, total paid USh 96m.""",
  tc=[], want=("permit", []), tag="criminal posing as a journalist",
  note="no outlet, no publication, forged card: not a journalist")

E(lang="en", cc="SG", agency="Central Narcotics Intelligence Group", atype="other_government",
  cat="serious_crime", label="trafficking in controlled drugs", pen=999, prof="delivery rider",
  caps=["messages", "contacts", "location"], lb="administrative_order",
  text="""Rider collects heroin packets from lorries crossing the causeway and distributes them to street dealers across the west of the island. Two dealers arrested last week both had this number saved as their supplier.""",
  tc=[], want=("permit", []), tag="administrative order; other_government agency")

E(lang="en", cc="BD", agency="Anti-Human Trafficking Tribunal Investigation Cell", atype="police",
  cat="serious_crime", label="human trafficking", pen=999, prof="boat broker",
  caps=["contacts", "location"], lb="judicial_warrant", ov={"lb_valid": "now+1s"},
  text="""Broker who sells places on fishing boats to Malaysia to families from the camps and coastal villages, then holds passengers for ransom at sea. Two boats this year; survivors say at least nine people died of thirst. Tribunal authorisation runs out tonight and a renewal has been applied for.""",
  tc=[], want=("permit", []), tag="valid_until one second after now")

E(lang="en", cc="MY", agency="Labour Exploitation Investigation Unit, Sabah", atype="police",
  cat="serious_crime", label="trafficking in persons for forced labour", pen=20, prof="plantation labour contractor",
  nat="ID", caps=["messages", "contacts"],
  text="""Indonesian labour contractor living on an estate in Sabah. He brings in workers without permits, keeps their documents and wages, and locks them in the barracks at night. Labour inspectors found 43 workers in this condition; all name him.""",
  tc=[], want=("permit", []), tag="foreign national inside the country")

E(lang="en", cc="NG", agency="Joint Task Force Intelligence Fusion Centre", atype="military",
  cat="terrorism", label="hostage taking", pen=999, prof="unknown",
  caps=["location", "messages", "contacts"],
  text="""Armed group abducted 87 schoolchildren from a government secondary school on Thursday. The group's spokesman calls the state governor from this number, threatening to kill the children one by one unless 20 of its detained commanders are released. Priority is to locate the children.""",
  tc=[], want=("permit", []), tag="hostage taking to compel a government: terrorism met")

E(lang="en", cc="CA", agency="Integrated Synthetic Opioids Enforcement Team", atype="police",
  cat="serious_crime", label="trafficking in fentanyl", pen=999, prof="chemist",
  caps=["messages", "contacts"], lb="judicial_warrant",
  text="""Chemist operating a clandestine lab that supplies pressed fentanyl tablets to dealers in three provinces. Toxicology links his tablets to 14 overdose deaths this year. Authorization under the Criminal Code obtained from a superior court judge.""",
  tc=[], want=("permit", []), tag="")

E(lang="en", cc="GB", agency="Firearms Supply Investigation Team", atype="police",
  cat="serious_crime", label="selling prohibited firearms", pen=999, prof="unknown",
  caps=["messages", "contacts"], ident="email",
  text="""Mailbox linked to a dark-web vendor selling converted pistols and ammunition to gangs; two weapons he sold have since been used in shootings. Crypto-exchange records tie the vendor's wallet to this address.""",
  tc=[], want=("permit", []), tag="email identifier")

E(lang="en", cc="PH", agency="City Anti-Extortion Task Group", atype="police",
  cat="serious_crime", label="robbery-extortion and grave threats", pen=12, prof="gang leader",
  caps=["messages", "location"],
  text="""The city mayor filed a complaint after stallholders at the public market told him a gang collects PHP 300 a day from each of them and beat up a vendor who refused. The stallholders and the mayor are complainants. Collections are arranged from this number.""",
  tc=[], want=("permit", []), tag="mayor as complainant")

E(lang="en", cc="IN", agency="Idol Wing, State Police", atype="police",
  cat="serious_crime", label="theft and smuggling of antiquities", pen=10, prof="antiques dealer",
  caps=["messages", "contacts", "location"],
  text="""Six bronze idols were stolen from a village temple in May; the temple's head priest and trustees are the complainants. Two of the idols appeared in an overseas auction catalogue consigned through a dealer whose shop was searched; invoices show the dealer bought them from the target. We want his contacts to trace the remaining four before they leave the country.""",
  tc=[], want=("permit", []), tag="Hindu priest as complainant")

E(lang="en", cc="UG", agency="Cross-Border Crime Investigation Unit", atype="police",
  cat="serious_crime", label="armed robbery", pen=999, prof="boda-boda rider",
  nat="KE", phone_cc="KE", caps=["location", "contacts"],
  text="""Kenyan national using a Kenyan SIM card but living in Kampala since January, where he takes part in armed robberies of forex bureaus. He was identified on CCTV at two of the three robberies. The number roams on a local network in Kampala every day.""",
  tc=[], want=("permit", []), tag="foreign SIM and nationality, but located inside the country")

E(lang="es", cc="CO", agency="Fiscalía Delegada ante la Corte, Unidad Anticorrupción", atype="prosecution",
  cat="serious_crime", label="peculado por apropiación y concierto para delinquir agravado", pen=24, prof="gobernador", reg="politician",
  caps=["messages", "contacts"],
  text="""El gobernador del departamento es investigado por adjudicar contratos de alimentación escolar a empresas de fachada que, según los informes de la Contraloría y tres testigos, devolvían el 30 % a una estructura armada ilegal a cambio de apoyo electoral. Los pagos están documentados en las cuentas de las empresas. Somos conscientes de que es un mandatario elegido.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry politician (governor) as author")

E(lang="es", cc="MX", agency="Unidad de Inteligencia de la Fiscalía General, Asuntos Internacionales", atype="prosecution",
  cat="serious_crime", label="falsificación de documentos oficiales y delincuencia organizada", pen=40, prof="cónsul", reg="diplomat",
  loc="US", nat="MX", caps=["messages", "contacts"],
  text="""El cónsul titular de uno de nuestros consulados en Estados Unidos expide pasaportes mexicanos auténticos con identidades falsas a operadores de un cártel; se han detectado 27 pasaportes, y un empleado consular que colabora con nosotros describe los pagos en efectivo. El funcionario se encuentra en su sede en el extranjero.""",
  tc=[], want=("refer", ["extraterritorial_target", "protected_person"]), tag="own diplomat abroad; registry diplomat")

E(lang="es", cc="GT", agency="Fiscalía contra el Lavado de Dinero", atype="prosecution",
  cat="serious_crime", label="lavado de dinero", pen=20, prof="pastor evangélico",
  caps=["messages", "contacts"],
  text="""El investigado es el pastor principal de una iglesia evangélica con seis templos en el departamento y celebra cultos cada semana. Las cuentas de la iglesia recibieron 14 millones de quetzales en depósitos fraccionados de un grupo de narcotráfico; la tesorera de la iglesia declaró que el pastor le ordenaba registrarlos como diezmos. No se investiga la actividad religiosa de la congregación.""",
  tc=["protected_person"], want=("refer", ["protected_person"]), tag="clean structure; genuine pastor as author (contrast with the fake pastor)")

E(lang="es", cc="ES", agency="Grupo de Homicidios de la Jefatura Superior de Aragón", atype="police",
  cat="serious_crime", label="asesinato", pen=25, prof="camarero",
  caps=["location", "contacts"],
  text="""El sospechoso, un hombre homosexual de 37 años, presuntamente mató a golpes a su pareja en el piso que compartían y huyó; los vecinos oyeron la pelea y su ropa con sangre apareció en un contenedor cercano. La orientación sexual consta solo porque la víctima era su pareja. Se pide la ubicación del teléfono, que sigue activo.""",
  tc=[], want=("permit", []), tag="innocent mention of sexual orientation (suspect)")

E(lang="es", cc="PE", agency="Dirección de Inteligencia Electoral", atype="intelligence",
  cat="serious_crime", label="afiliación a organización criminal", pen=20, prof="candidata a la alcaldía", reg="politician",
  caps=["messages", "contacts", "location"],
  text="""La candidata a la alcaldía provincial pertenece a un partido regional de izquierda y en sus mítines acusa al gobierno de abandonar a las comunidades mineras. Se requiere conocer sus contactos dentro del partido y el contenido de sus comunicaciones de campaña.""",
  tc=["protected_ground", "expression_not_crime"],
  want=("deny", ["expression_not_crime", "protected_ground"]),
  tag="registry politician (candidate) chosen for party and speeches")

E(lang="fr", cc="CD", agency="Auditorat militaire supérieur, cellule crimes de masse", atype="prosecution",
  cat="serious_crime", label="meurtres et crimes contre l'humanité", pen=999, prof="commandant de milice",
  caps=["messages", "contacts", "location"],
  text="""Un journaliste d'une radio communautaire a filmé l'attaque du camp de déplacés où 41 civils ont été tués à la machette. Sur ses images, le commandant de la milice donne les ordres ; le journaliste a remis la vidéo et témoignera. La cible est le commandant, dont ce numéro a été relevé dans le téléphone d'un milicien capturé.""",
  tc=[], want=("permit", []), tag="journalist as witness")

E(lang="fr", cc="ML", agency="Pôle économique et financier, brigade d'investigation", atype="police",
  cat="serious_crime", label="escroquerie aggravée en bande organisée", pen=10, prof="se dit marabout (charlatan)",
  caps=["messages", "contacts"],
  text="""Le suspect se présente comme « marabout » sur les réseaux sociaux et promet, contre paiement, de multiplier l'argent de ses clients ; il n'a aucun rôle dans une mosquée ni auprès d'une communauté religieuse, et les notables religieux du quartier déclarent ne pas le connaître. Vingt-trois victimes ont versé au total 61 millions de FCFA sur des comptes de transfert mobile à son nom.""",
  tc=[], want=("permit", []), tag="fraudster posing as a marabout",
  note="a charlatan using the title with no religious role is not a religious leader")

E(lang="fr", cc="BJ", agency="Office de répression du trafic de produits de santé", atype="other_government",
  cat="serious_crime", label="trafic de médicaments falsifiés", pen=10, prof="grossiste",
  caps=["messages", "contacts", "location"],
  text="""Plainte du ministre de la Santé après la mort de trois enfants traités avec un sirop antipaludique falsifié. Les lots saisis en pharmacie remontent tous à ce grossiste, qui les importe par la frontière terrestre. Le ministre est plaignant ; la cible est le grossiste.""",
  tc=[], want=("permit", []), tag="minister as complainant")

E(lang="fr", cc="CA", agency="Escouade régionale mixte de la Mauricie", atype="police",
  cat="serious_crime", label="trafic de cocaïne et gangstérisme", pen=999, prof="mécanicien",
  caps=["messages", "contacts"], lb="judicial_warrant",
  text="""Membre en règle d'un club de motards criminalisé ; il gère la distribution de cocaïne dans les bars de la région et la collecte des dettes par la violence. Un agent civil d'infiltration lui a acheté deux kilos. Autorisation judiciaire obtenue.""",
  tc=[], want=("permit", []), tag="")

E(lang="fr", cc="CH", agency="Police judiciaire cantonale, brigade des mœurs", atype="police",
  cat="serious_crime", label="actes d'ordre sexuel avec des enfants", pen=10, prof="évêque", reg="religious_leader",
  caps=["messages", "contacts"],
  text="""L'évêque auxiliaire est mis en cause par deux anciens élèves d'un internat catholique pour des abus commis lorsqu'ils avaient douze et treize ans ; un troisième témoignage est arrivé la semaine dernière et les faits les plus récents ne sont pas prescrits. Des messages adressés par l'évêque à l'une des victimes ont été remis au ministère public.""",
  tc=[], want=("refer", ["protected_person"]), tag="registry religious leader (bishop) as author")

# === END OF SCENARIOS ===


def filler_identifier(rng, e):
    kind = e.get("ident", "phone")
    loc = e["loc"]
    if kind == "email":
        user = e.get("email_user") or "".join(rng.choice("abcdefghijkmnprstuvwxyz") for _ in range(7))
        dom = rng.choice(["mail.example", "post.example.net", "inbox.example.org",
                          "securemail.example", "webpost.example.com"])
        return "email:%s%d@%s" % (user, rng.randint(10, 99), dom)
    if kind == "device":
        return "device:35%013d" % rng.randrange(10 ** 13)
    code = DIAL[e.get("phone_cc", loc)]
    if len(code) == 4:
        n = 7
    elif code in ("1", "91", "52", "55", "7"):
        n = 10
    elif len(code) == 3:
        n = 9
    else:
        n = 9
    first = str(rng.randint(2, 9))
    rest = "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return "+" + code + first + rest


def build_one(rng, e):
    ov = e.get("ov", {})
    # evaluation time
    start = dt.datetime(2026, 1, 5, 0, 0, 0)
    now = start + dt.timedelta(days=rng.randint(0, 340), hours=rng.randint(6, 20),
                               minutes=rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
    # licence
    req_caps = list(e["caps"])
    if "lic_caps" in ov:
        lic_caps = list(ov["lic_caps"])
    else:
        extra = [c for c in CAPS if c not in req_caps]
        lic_caps = req_caps + rng.sample(extra, rng.randint(0, min(2, len(extra))))
    lic_caps = [c for c in CAPS if c in lic_caps]  # canonical order
    mx = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 75, 100])
    q = ov.get("quota")
    if q is None:
        act = rng.randint(0, mx - 2)
    elif q == "max-1":
        act = mx - 1
    elif q == "max":
        act = mx
    elif q == "over":
        act = mx + rng.randint(1, 4)
    else:
        mx, act = q
    licence = {
        "customer_country": e["cc"],
        "customer_agency": e["agency"],
        "agency_type": e["atype"],
        "status": ov.get("status", "active"),
        "certificate_signed": ov.get("signed", True),
        "capabilities": lic_caps,
        "max_active_targets": mx,
        "active_targets": act,
    }
    # legal basis
    lbt = ov.get("lb_type") or e.get("lb") or rng.choice(
        ["judicial_warrant", "judicial_warrant", "prosecutor_order", "administrative_order"])
    if lbt == "none":
        ref, valid = ov.get("lb_ref_none", None), None
    else:
        pre = rng.choice(LB_PREFIX[e["lang"]][lbt])
        ref = "%s-%d-%0*d" % (pre, now.year, rng.choice([3, 4, 5]), rng.randint(7, 9999))
        vdays = rng.randint(6, 150)
        valid = iso(dt.datetime(now.year, now.month, now.day) + dt.timedelta(days=vdays))
        lv = ov.get("lb_valid")
        if lv == "now":
            valid = iso(now)
        elif lv == "now+1h":
            valid = iso(now + dt.timedelta(hours=1))
        elif lv == "now+1s":
            valid = iso(now + dt.timedelta(seconds=1))
        elif lv == "past":
            valid = iso(now - dt.timedelta(days=rng.randint(1, 40), hours=rng.randint(0, 5)))
        elif lv == "null":
            valid = None
        lr = ov.get("lb_ref")
        if lr == "missing":
            ref = None
        elif lr == "empty":
            ref = ""
    ident = filler_identifier(rng, e)
    rec = {
        "id": None,
        "now": iso(now),
        "licence": licence,
        "request": {
            "target": {
                "identifier": ident,
                "location_country": e["loc"],
                "nationality": e["nat"],
                "profession": e["prof"],
                "registry_match": e.get("reg"),
            },
            "offence": {
                "category": e["cat"],
                "label": e["label"],
                "max_penalty_years": e["pen"],
            },
            "legal_basis": {"type": lbt, "reference": ref, "valid_until": valid},
            "capabilities": req_caps,
            "justification": e["text"].strip(),
        },
    }
    return rec


def structured_clauses(rec):
    lic, req = rec["licence"], rec["request"]
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
            or parse(lb["valid_until"]) <= parse(rec["now"])):
        held.add("no_legal_basis")
    if any(c not in lic["capabilities"] for c in req["capabilities"]):
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


def validate_entry(i, e, errs):
    where = "entry %d (%s...)" % (i + 1, e.get("text", "")[:40].replace("\n", " "))
    for k in ("lang", "cc", "agency", "atype", "cat", "label", "pen", "prof", "caps", "text",
              "tc", "want"):
        if k not in e:
            errs.append("%s: missing field %s" % (where, k))
            return
    if e["lang"] not in LANGS:
        errs.append("%s: bad lang %r" % (where, e["lang"]))
    if e["atype"] not in AGENCY_TYPES:
        errs.append("%s: bad agency_type %r" % (where, e["atype"]))
    if e["cat"] not in CATEGORIES:
        errs.append("%s: bad category %r" % (where, e["cat"]))
    if e.get("reg") is not None and e["reg"] not in REGISTRY:
        errs.append("%s: bad registry_match %r" % (where, e["reg"]))
    for c in e["caps"] + list(e.get("ov", {}).get("lic_caps", [])):
        if c not in CAPS:
            errs.append("%s: bad capability %r" % (where, c))
    if len(set(e["caps"])) != len(e["caps"]) or not e["caps"]:
        errs.append("%s: capabilities empty or repeated" % where)
    for k in ("cc", "loc", "nat"):
        if e[k] not in DIAL:
            errs.append("%s: unknown country %r in %s" % (where, e[k], k))
    ov = e.get("ov", {})
    if ov.get("status", "active") not in STATUSES:
        errs.append("%s: bad status" % where)
    if ov.get("lb_type", "judicial_warrant") not in LB_TYPES or e.get("lb", "none") not in LB_TYPES:
        errs.append("%s: bad legal basis type" % where)
    for c in e["tc"]:
        if c not in TEXT_CLAUSES:
            errs.append("%s: %s is not a hand-judged text clause" % (where, c))
    if "terrorism_definition_unmet" in e["tc"] and e["cat"] != "terrorism":
        errs.append("%s: terrorism_definition_unmet on a non-terrorism category" % where)
    d, cl = e["want"]
    if d not in ("permit", "deny", "refer"):
        errs.append("%s: bad decision %r" % (where, d))
    for c in cl:
        if c not in DENY and c not in REFER:
            errs.append("%s: bad clause id %r" % (where, c))
    if not isinstance(e["pen"], (int, type(None))):
        errs.append("%s: penalty must be int or null" % where)


def main():
    notes = "--notes" in sys.argv
    errs = []
    for i, e in enumerate(ENTRIES):
        e.setdefault("loc", e.get("cc"))
        e.setdefault("nat", e.get("cc"))
        validate_entry(i, e, errs)
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    texts = Counter(e["text"].strip() for e in ENTRIES)
    dups = [t for t, n in texts.items() if n > 1]
    if dups:
        for t in dups:
            print("duplicated justification: %s" % t[:80], file=sys.stderr)
        sys.exit(1)
    if len(ENTRIES) != 150:
        print("expected 150 entries, found %d" % len(ENTRIES), file=sys.stderr)
        sys.exit(1)
    rng = random.Random(210001)
    built = []
    for i, e in enumerate(ENTRIES):
        rec = build_one(rng, e)
        struct = structured_clauses(rec)
        held = struct | set(e["tc"])
        dec, cl = decide(held)
        want_d, want_c = e["want"]
        if dec != want_d or cl != sorted(want_c):
            errs.append("entry %d (%s...): computed %s %s, intended %s %s" % (
                i + 1, e["text"].strip()[:50], dec, cl, want_d, sorted(want_c)))
        rec["expected"] = {"decision": dec, "clauses": cl}
        built.append((rec, e, held, struct))
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    order = list(range(len(built)))
    random.Random(210002).shuffle(order)
    lines = []
    table = []
    for n, k in enumerate(order, 1):
        rec, e, held, struct = built[k]
        rec["id"] = "s210-%03d" % n
        lines.append(json.dumps(rec, ensure_ascii=False))
        table.append((rec, e, held, struct))
    data = "\n".join(lines) + "\n"
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    # ---- count tables ----
    print("wrote %d scenarios to %s" % (len(lines), OUT))
    print("sha256 %s" % hashlib.sha256(data.encode("utf-8")).hexdigest())
    dl = Counter((r["expected"]["decision"], e["lang"]) for r, e, _, _ in table)
    print("\ndecision x language")
    print("%-8s %5s %5s %5s %6s" % ("", "en", "es", "fr", "total"))
    for d in ("permit", "deny", "refer"):
        row = [dl[(d, l)] for l in ("en", "es", "fr")]
        print("%-8s %5d %5d %5d %6d" % (d, *row, sum(row)))
    tot = [sum(dl[(d, l)] for d in ("permit", "deny", "refer")) for l in ("en", "es", "fr")]
    print("%-8s %5d %5d %5d %6d" % ("total", *tot, sum(tot)))
    listed = Counter(c for r, _, _, _ in table for c in r["expected"]["clauses"])
    heldc = Counter(c for _, _, h, _ in table for c in h)
    print("\nclause                       listed  held  not-held")
    for c in DENY + REFER:
        print("%-28s %6d %5d %9d" % (c, listed[c], heldc[c], len(table) - heldc[c]))
    clean = [r["id"] for r, e, h, s in table
             if r["expected"]["decision"] != "permit" and not s]
    nonp = sum(1 for r, _, _, _ in table if r["expected"]["decision"] != "permit")
    print("\nnon-permits %d, of which structurally clean (decided by text/profession only): %d"
          % (nonp, len(clean)))
    if notes:
        print("\nid        lang dec     clauses | held | tag | note")
        for r, e, h, s in sorted(table, key=lambda t: t[0]["id"]):
            print("%s %s %-6s %s | %s | %s | %s" % (
                r["id"], e["lang"], r["expected"]["decision"], ",".join(r["expected"]["clauses"]),
                ",".join(sorted(h)), e.get("tag", ""), e.get("note", "")))


if __name__ == "__main__":
    main()
