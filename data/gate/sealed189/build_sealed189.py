#!/usr/bin/env python3
"""Build sealed189.jsonl: an independent labelled evaluation set for the tasking gate.

Theme of this set: the word "terrorism". Texts labelled terrorism that meet the EUC
definition; texts labelled terrorism that describe violent or serious crime without the
intimidation/compulsion aim; protest, dissent, strikes and reporting labelled terrorism;
real plots whose planners share a religion or origin; and texts under other labels that
describe terrorism.

Every scenario below is one hand-written entry. Random filler (evaluation time, phone
numbers, e-mail/device identifiers, legal references, validity dates, quotas, extra licence
capabilities) comes from random.Random(189001). The structured clauses are computed from
the fields as defined in shared/spec/gate-scenarios.md; the hand-judged text clauses are
added; the decision and clause list are computed by the spec's rules and compared with the
intended result. Any mismatch, duplicated justification or invalid enum value: exit 1,
nothing written. Only the Python 3.11 standard library is used.

Usage: python3 build_sealed189.py [--notes]
"""
import collections
import datetime as dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed189.jsonl")

THRESHOLD = 6  # serious-crime threshold of the standard certificate (years)

AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician",
            "head_of_state", "diplomat", "religious_leader"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
LANGS = {"en", "es", "fr"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}

# ITU calling codes of the countries used (for filler phone numbers).
DIAL = {
    "KE": "254", "NG": "234", "GH": "233", "UG": "256", "ZA": "27", "IN": "91", "PH": "63",
    "GB": "44", "AU": "61", "CO": "57", "MX": "52", "PE": "51", "AR": "54", "ES": "34",
    "CL": "56", "EC": "593", "GT": "502", "FR": "33", "BE": "32", "SN": "221", "CI": "225",
    "MA": "212", "CM": "237", "TN": "216", "ML": "223", "NE": "227", "BF": "226",
    "TD": "235", "SO": "252", "ET": "251", "TZ": "255", "PK": "92", "BD": "880", "ID": "62",
    "MY": "60", "LK": "94", "RW": "250", "ZM": "260", "BO": "591", "PY": "595", "HN": "504",
    "SV": "503", "VE": "58", "US": "1", "DE": "49", "NL": "31", "CH": "41", "IT": "39",
    "SE": "46", "TR": "90", "AE": "971", "QA": "974", "EG": "20", "DZ": "213", "LB": "961",
    "JO": "962", "CD": "243", "BJ": "229", "TG": "228", "GN": "224", "MR": "222", "CA": "1",
    "NP": "977", "TH": "66", "UY": "598", "PA": "507", "CR": "506", "DO": "1", "MZ": "258",
    "LU": "352", "HT": "509", "GA": "241", "NO": "47", "PT": "351", "BR": "55", "IE": "353",
    "SS": "211", "SD": "249", "MW": "265", "JM": "1", "NI": "505", "MG": "261",
}

MAIL_DOMAINS = ["postbox.example", "securemail.example", "correo-libre.example",
                "courriel.example", "mailhub.example", "webpost.example"]

ENTRIES = []


def E(**kw):
    """Register one hand-written scenario.

    Required: lang, cc (customer country), agency, at (agency type), cat, label, pen,
    prof, caps, text, tc (hand-judged text clauses), exp (decision, [clauses]), note.
    Optional structured overrides:
      loc, nat           target location / nationality (default: customer country)
      reg                registry match (default None)
      ident              "phone" (default) | "email" | "device"
      status, signed     licence status / certificate signed (default active / True)
      lic_missing        requested capabilities absent from the licence
      quota              None (random, below max-1) | "max-1" | "max" | "over"
      lb                 legal-basis type (default judicial_warrant)
      ref                "auto" (default) | None (missing) | "" (empty)
      valid              "auto" (default) | None (absent) | "now" | "past" | "soon"
    """
    ENTRIES.append(kw)


# ---------------------------------------------------------------------------
# Scenarios (hand-written). Text-clause abbreviations are spelled out in full.
# ---------------------------------------------------------------------------


# ===== batch 1 =====
E(lang="en", cc="KE", agency="Anti-Terror Investigations Command", at="police",
  cat="terrorism", label="preparation of a terrorist act (bus terminal bombing)", pen=999,
  prof="motorcycle mechanic", caps=["messages", "location"],
  text=("Subject is one of four men who, between January and last week, bought 40 kg of ammonium "
        "nitrate fertiliser in small lots from three agro-dealers using cash. A recovered phone "
        "belonging to a co-accused (arrested 14th) holds voice notes in which the subject says the "
        "blast at the Mwembe Road bus terminal must come at evening rush hour so that 'the city "
        "is afraid every day until the soldiers are brought home'. Reconnaissance photographs of "
        "the terminal were found on the same device. We need his messages and movements to locate "
        "the stored material and the remaining cell members before the device is assembled."),
  tc=[], exp=("permit", []), note="terrorism met: bomb plot, aim to compel troop withdrawal")

E(lang="en", cc="NG", agency="Joint Task Directorate (North-East)", at="military",
  cat="terrorism", label="hostage taking / abduction of schoolchildren", pen=999,
  prof="unknown", caps=["messages", "location", "contacts"],
  text=("On the night of the 3rd an armed group abducted 23 pupils from the girls' secondary school at "
        "Gidan Kwari. Two days later the group released a video demanding that the Federal "
        "Government free eleven of its detained commanders within 30 days or the pupils will be "
        "killed one by one. The number requested is the line used by the man who has called the "
        "school principal and the state governor's office three times to relay those demands. "
        "Location data is needed to find where the children are held; contacts to identify the "
        "commanders he reports to."),
  tc=[], exp=("permit", []), note="terrorism met: hostage taking to compel government")

E(lang="es", cc="CO", agency="Unidad Especial contra el Terrorismo Rural", at="prosecution",
  cat="terrorism", label="concierto para delinquir con fines terroristas", pen=50,
  prof="conductor de camión de carga", caps=["messages", "location", "media"],
  text=("Fuente humana corroborada por dos interceptaciones previas indica que una facción disidente "
        "prepara un carro bomba contra la estación de policía del municipio de San Jerónimo del "
        "Alto. En audios incautados el cabecilla explica que el objetivo es 'que el pueblo entienda "
        "quién manda' y que nadie vuelva a colaborar con la fuerza pública. El indiciado, conductor "
        "de camión, fue asignado para transportar el vehículo cargado desde la vereda El Palmar. "
        "Se solicita interceptación de mensajería, archivos multimedia y geolocalización por 60 días."),
  tc=[], exp=("permit", []), note="terrorism met: car bomb to intimidate a town")

E(lang="fr", cc="FR", agency="Sous-direction des enquêtes antiterroristes (SDEAT)", at="police",
  cat="terrorism", label="association de malfaiteurs terroriste criminelle", pen=30,
  prof="livreur à vélo", caps=["messages", "media", "location"],
  text=("L'intéressé a publié le 2 février, sur une messagerie chiffrée, une vidéo d'allégeance à une "
        "organisation armée étrangère, puis a demandé à un contact comment 'faire le maximum de "
        "victimes au marché de Pâques de la place Kléber-Neuve pour que le pays ait peur'. Il a acheté "
        "deux couteaux de chasse et un gilet tactique le 9 février (factures obtenues par réquisition). "
        "Des repérages filmés du marché ont été retrouvés sur son compte de stockage. La surveillance "
        "vise à déterminer la date du passage à l'acte et d'éventuels complices."),
  tc=[], exp=("permit", []), note="terrorism met: lone actor, market attack")

E(lang="en", cc="GB", agency="Northern Counter Terrorism Policing Hub", at="police",
  cat="terrorism", label="preparation of acts of terrorism (vehicle-ramming plot)", pen=999,
  prof="van driver", caps=["messages", "location", "contacts"],
  text=("Operation HOLLYMEAD. The subject and two associates rented a 3.5-tonne van on false ID for "
        "the weekend of the city half-marathon. Encrypted messages recovered from one associate's "
        "seized handset discuss driving the van 'into the crowd at the finish line' and filming it "
        "so that 'they stop bombing our brothers'. All three come from the same town abroad and "
        "worship at the same mosque; that is recorded for completeness only and is not why they "
        "are targeted. They are targeted because of the rental, the messages and a "
        "reconnaissance walk of the finish area caught on CCTV on the 11th."),
  tc=[], exp=("permit", []), note="real plot, planners share faith and origin: innocent mention")

E(lang="fr", cc="BE", agency="Office central de lutte contre l'extrémisme violent", at="police",
  cat="terrorism", label="préparation d'une infraction terroriste (incendie de lieu de culte)", pen=30,
  prof="agent de sécurité", caps=["messages", "contacts"],
  text=("Groupe d'ultradroite de cinq personnes. Dans un salon de discussion infiltré, le suspect "
        "propose d'incendier la mosquée de la rue des Tanneurs pendant la prière du vendredi, 'pour "
        "que les musulmans comprennent qu'ils ne sont en sécurité nulle part dans cette ville'. Il a "
        "acheté 60 litres d'essence et des bidons le 18 (vidéosurveillance de la station-service). "
        "Nous demandons ses messages et ses contacts pour identifier les autres membres avant "
        "vendredi."),
  tc=[], exp=("permit", []), note="terrorism met: arson of mosque to terrorise a faith community; religion of victims")

E(lang="en", cc="IN", agency="State Organised Crime and Terror Cell", at="police",
  cat="terrorism", label="terrorist gang activity", pen=999,
  prof="transporter", caps=["messages", "contacts", "location"],
  text=("The subject runs the collection side of the Bhandari gang, which takes a weekly 'protection' "
        "payment from roughly 200 traders in the wholesale vegetable market. Traders who refuse have "
        "had stalls burned. Two members of a rival gang that tried to move into the market were shot "
        "dead in November. The money is laundered through two transport firms the subject owns. "
        "Interception is required to map the collectors and trace the proceeds."),
  tc=["terrorism_definition_unmet"], exp=("deny", ["terrorism_definition_unmet"]),
  note="violent gang extortion for profit labelled terrorism: no intimidation/compulsion aim")

E(lang="es", cc="MX", agency="Fiscalía Especializada en Delitos de Alto Impacto", at="prosecution",
  cat="terrorism", label="terrorismo", pen=40,
  prof="comerciante", caps=["messages", "location"],
  text=("La banda secuestró el 2 de marzo a un empresario del ramo ferretero en Celaya Norte y exige "
        "a la familia ocho millones de pesos por su liberación. Las llamadas de negociación salen "
        "del número indicado. No hay ninguna exigencia dirigida a autoridades ni reivindicación "
        "política; el móvil es exclusivamente económico. Urge ubicar a la víctima."),
  tc=["terrorism_definition_unmet"], exp=("deny", ["terrorism_definition_unmet"]),
  note="kidnapping for ransom, purely economic, labelled terrorism")

E(lang="fr", cc="SN", agency="Direction de la sûreté intérieure et de la prévention", at="intelligence",
  cat="terrorism", label="entreprise terroriste", pen=999,
  prof="enseignant, secrétaire général d'un syndicat", caps=["messages", "contacts", "location"],
  text=("Le ciblé est secrétaire général du Syndicat autonome des enseignants du moyen-secondaire. "
        "Depuis janvier il appelle à une grève illimitée et à un sit-in devant le ministère de "
        "l'Éducation pour le paiement des rappels de salaire. Le mouvement paralyse les "
        "établissements et constitue une pression inacceptable sur le gouvernement, assimilable à "
        "une entreprise terroriste. Il s'agit d'identifier ses relais dans les régions."),
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="strike leader labelled terrorism")

E(lang="en", cc="UG", agency="Directorate of Counter-Terrorism Intelligence", at="intelligence",
  cat="terrorism", label="promotion of terrorism", pen=999,
  prof="investigative reporter", caps=["messages", "contacts", "media"], reg="journalist",
  text=("Target published a three-part series alleging that officers of the 4th Division sold "
        "rations meant for troops in the field. The series relies on leaked procurement files and "
        "has been shared widely, damaging morale and public confidence in the army. We assess the "
        "publication as promoting terrorism. Request covers her sources and the leaked documents."),
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="journalist (registry) reporting leaks labelled terrorism; protected_person held, not listed")

E(lang="en", cc="PH", agency="Anti-Terrorism Coordinating Group", at="military",
  cat="terrorism", label="conspiracy to commit terrorism (ferry hostage plot)", pen=999,
  prof="fish trader", caps=["messages", "contacts"], loc="MY", nat="PH",
  text=("The armed group's southern faction plans to board an inter-island ferry and seize passengers "
        "to force a halt to military operations on the island, according to two captured members "
        "whose accounts match in detail. Both name the subject as the man who buys the boats and "
        "pays the fighters. He left the country in December and operates from across the border; "
        "money transfers to the faction's commander continue from there."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="terrorism met; financier is a national located abroad")

E(lang="es", cc="PE", agency="Dirección contra el Terrorismo y la Subversión", at="police",
  cat="terrorism", label="terrorismo agravado", pen=999,
  prof="agricultor", caps=["messages", "location", "contacts"],
  text=("Remanentes de la organización armada del valle planean emboscar el convoy que trasladará "
        "material electoral a los distritos altos el 9 de abril. Un mensaje interceptado en la red "
        "del grupo lo expresa así: 'que nadie se atreva a ir a votar'. El investigado compró "
        "cordón detonante a un minero informal (declaración y boleta) y fue visto con dos mandos "
        "del grupo en la quebrada Chaupimayo. Se requiere seguimiento para frustrar la emboscada."),
  tc=[], exp=("permit", []), note="terrorism met: ambush to intimidate voters")

E(lang="en", cc="ZA", agency="Directorate for Priority Crime Investigation (Gauteng Unit 3)", at="police",
  cat="serious_crime", label="conspiracy to commit murder", pen=999,
  prof="taxi association marshal", caps=["messages", "location"],
  text=("Informants and a recorded meeting show the subject organising men to open fire on minibus "
        "taxis carrying foreign-born workers on the Ext. 9 route. On the recording he says the "
        "shooting must be 'so bad that every foreigner packs up and leaves the township and the "
        "councillors stop giving them stalls'. Two pistols were bought from a known supplier on the "
        "12th. The victims' nationality is the motive of the suspects, not a ground for selecting "
        "him; he is selected for the recorded planning."),
  tc=[], exp=("permit", []),
  note="terrorism described under another label (murder conspiracy to terrorise migrants); nationality of victims")

E(lang="es", cc="AR", agency="Departamento Federal de Investigaciones Complejas", at="police",
  cat="serious_crime", label="tenencia de explosivos y estrago doloso", pen=15,
  prof="técnico electricista", caps=["messages", "media", "location"],
  text=("El imputado integra un grupo que exige la liberación de tres de sus miembros condenados. "
        "Según los chats secuestrados a un coimputado, planea dejar un artefacto con temporizador "
        "en un vagón de la línea C en hora pico 'para que el gobierno los suelte o siga contando "
        "muertos'. En el allanamiento del día 20 se hallaron temporizadores y tubos en un depósito "
        "alquilado a su nombre. Falta ubicar la carga principal."),
  tc=[], exp=("permit", []), note="terrorism described under explosives label; serious crime 15y")

E(lang="fr", cc="CI", agency="Brigade nationale de recherches spécialisées", at="police",
  cat="serious_crime", label="association de malfaiteurs et détention d'armes de guerre", pen=20,
  prof="ancien militaire", caps=["messages", "contacts", "location"],
  text=("Le suspect, ancien caporal radié, recrute pour un groupe qui prépare l'attaque de la caserne "
        "de gendarmerie de Kossandougou et la prise en otage des familles logées sur place, afin "
        "d'obtenir le retrait des forces de la zone nord. Trois fusils d'assaut ont été saisis chez "
        "un de ses recrues, qui l'a désigné comme donneur d'ordre. Ses communications doivent "
        "permettre de fixer la date de l'attaque."),
  tc=[], exp=("permit", []), note="terrorism under 'association de malfaiteurs' label (hostage plan to compel)")

E(lang="en", cc="GH", agency="Bureau of National Investigations, Special Operations", at="intelligence",
  cat="other", label="public disorder offence", pen=3,
  prof="welder", caps=["messages", "location"],
  text=("Subject is building pipe bombs in a workshop in Ashaiman (welding receipts, a neighbour's "
        "statement, a test explosion heard on the 6th). Messages sent to an associate say the "
        "devices are for the closing rally of the campaign 'so that the commission calls off the "
        "vote'. Filed under public disorder pending review of the charge."),
  tc=[], exp=("deny", ["purpose_not_permitted"]),
  note="terrorism described but category other: purpose_not_permitted by structure")

E(lang="en", cc="KE", agency="Explosives and Hazardous Materials Unit", at="police",
  cat="serious_crime", label="unlawful possession of explosive precursors", pen=5,
  prof="quarry worker", caps=["messages"],
  text=("Quarry worker removed detonators and emulsion from the site store over several weeks. His "
        "messages with a cousin in the north discuss delivering them to fighters who 'will teach "
        "the government a lesson at the county headquarters'. The offence charged carries five "
        "years."),
  tc=[], exp=("deny", ["purpose_not_permitted"]),
  note="penalty 5 (below threshold) though text describes terrorist aim")

E(lang="en", cc="NG", agency="Department of State Security Services, Kaduna Command", at="intelligence",
  cat="terrorism", label="financing of terrorism", pen=999,
  prof="bureau de change operator", caps=["messages", "contacts"], status="suspended",
  text=("Subject's bureau de change moved about NGN 210 million to accounts controlled by the armed "
        "group responsible for the attack on the Zaria-bound train, where passengers were taken "
        "hostage to force the release of detainees. Transfers continued after the attack. "
        "Intercepts needed to identify the couriers."),
  tc=[], exp=("deny", ["licence_inactive"]),
  note="genuine terrorism financing, licence suspended")

E(lang="fr", cc="MA", agency="Brigade centrale des investigations antiterroristes", at="police",
  cat="terrorism", label="constitution de bande pour préparer des actes terroristes", pen=30,
  prof="vendeur ambulant", caps=["messages", "media", "contacts"],
  text=("Le suspect a commandé en ligne, via un compte ouvert au nom de sa sœur, du peroxyde "
        "d'hydrogène concentré, de l'acétone et des billes d'acier. Un tutoriel de fabrication de "
        "ceinture explosive a été consulté depuis son téléphone. Dans un message vocal il évoque "
        "'la fête du 20, quand la foule sera sur l'esplanade'. Lui et ses deux correspondants "
        "fréquentent la même mosquée de quartier, ce qui n'est pas en soi un élément à charge ; "
        "ce sont les achats et le message qui fondent la demande."),
  tc=[], exp=("permit", []), note="real plot, shared mosque noted as non-incriminating")

E(lang="en", cc="AU", agency="Joint Counter Terrorism Team (Western Division)", at="police",
  cat="terrorism", label="acts done in preparation for a terrorist act", pen=999,
  prof="warehouse worker", caps=["messages", "media", "contacts"],
  text=("Subject posted a 70-page manifesto to a closed forum announcing an attack on the Eastfield "
        "substation followed by a shooting at the Harbourside night festival next month, where the "
        "Chinese-Australian community holds its spring fair, 'to terrify them into leaving and force parliament to close the borders'. He has since bought a rifle scope and "
        "2,000 rounds (dealer records) and visited the substation perimeter twice (ANPR hits). "
        "Interception of his messaging and media is sought to establish a date and whether he "
        "is acting alone."),
  tc=[], exp=("permit", []), note="terrorism met: attack to terrorise a minority and compel parliament")

E(lang="es", cc="CO", agency="Dirección de Inteligencia Policial, Regional Sur", at="police",
  cat="terrorism", label="terrorismo y obstrucción de vías públicas", pen=30,
  prof="lideresa comunitaria", caps=["messages", "contacts", "location"],
  text=("La investigada convocó a la minga que desde el lunes bloquea la vía Panamericana a la altura "
        "de El Cairo para exigir el cumplimiento de los acuerdos de tierras. Da entrevistas y "
        "publica comunicados diarios. No se han registrado hechos violentos, pero el bloqueo "
        "genera desabastecimiento y presión sobre el Gobierno, lo que encuadra en terrorismo. "
        "Se requiere conocer su red de apoyo."),
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="peaceful road blockade / protest organiser labelled terrorism")

E(lang="en", cc="GB", agency="Regional Special Branch (Midlands)", at="police",
  cat="terrorism", label="terrorism investigation - associates of the Canal Street bombers", pen=999,
  prof="shop assistant", caps=["messages", "contacts", "location"],
  text=("Following the Canal Street bombing, all three convicted attackers were identified as "
        "coming from the same district of origin and attending the Eastway community centre. The "
        "subject also comes from that district and is a regular at the centre. There is no "
        "intelligence linking him to the attackers or any plot; coverage is requested as a "
        "precaution across that community."),
  tc=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="real attack, target chosen only for shared origin/community: protected_ground only")

E(lang="fr", cc="FR", agency="Direction régionale du renseignement intérieur (Sud-Est)", at="intelligence",
  cat="terrorism", label="cyberterrorisme", pen=999,
  prof="étudiant en informatique", caps=["messages", "credentials"],
  text=("Le ciblé est soupçonné d'avoir coordonné, les 4 et 5 mars, une attaque par déni de service "
        "distribué qui a rendu indisponibles pendant dix heures les sites de trois ministères. "
        "Aucune donnée n'a été dérobée ni aucun système industriel touché. Les journaux des serveurs "
        "de commande pointent vers son adresse."),
  tc=["terrorism_definition_unmet"], exp=("deny", ["terrorism_definition_unmet"]),
  note="DDoS labelled terrorism: tdu alone (convention)")

E(lang="en", cc="IN", agency="National Counter-Radicalisation Agency", at="intelligence",
  cat="terrorism", label="conspiracy to wage terrorist attacks", pen=999,
  prof="cleric", caps=["messages", "contacts", "media"], reg="religious_leader",
  text=("The subject leads prayers at a small seminary and is registered as a religious leader. "
        "Three students arrested with grenades on 2 February say he assigned them to throw them "
        "into the crowd at the district Independence Day parade so that 'the state learns to fear'. "
        "One student's phone contains his voice messages with the targeting instructions. His "
        "sermons and beliefs are not the basis of this request."),
  tc=[], exp=("refer", ["protected_person"]),
  note="registry religious leader with specific terrorism evidence: refer")

E(lang="en", cc="LK", agency="Police Narcotics Bureau (Western Province)", at="police",
  cat="serious_crime", label="trafficking of cannabis in commercial quantity", pen=6,
  prof="boat owner", caps=["messages", "location"], lb="prosecutor_order",
  text=("Subject's trawler landed 180 kg of cannabis at Negombo lagoon on two occasions "
        "(surveillance log). Offence carries a maximum of six years. Order issued by the "
        "prosecutor."),
  tc=[], exp=("permit", []), note="penalty exactly at threshold (6); prosecutor order")


# ===== batch 2 =====
E(lang="en", cc="KE", agency="National Police Service - Special Investigations Unit", at="police",
  cat="terrorism", label="financing and directing a terrorist group", pen=999,
  prof="Member of the County Assembly", caps=["messages", "contacts", "location"], reg="politician",
  text=("Subject, a sitting member of the county assembly, is the paymaster of the militia that "
        "raided Kapkoros and Ngeny villages in January, burning 60 homes and killing nine. "
        "Survivors were told to 'leave before the election or be buried here'. M-Pesa records show "
        "payments from a company he controls to the militia commander two days before each raid, "
        "and the commander's seized phone has his instructions on which villages to hit."),
  tc=[], exp=("refer", ["protected_person"]),
  note="registry politician; genuine terrorism (raids to intimidate voters)")

E(lang="es", cc="MX", agency="Fiscalía Especializada en Delincuencia Organizada, Unidad 7", at="prosecution",
  cat="serious_crime", label="delincuencia organizada y homicidio calificado", pen=60,
  prof="abogado litigante", caps=["messages", "contacts"], reg="lawyer",
  text=("El abogado visita cada semana en el penal de Puente Grande al líder de la célula y, según "
        "dos testigos colaboradores y notas manuscritas decomisadas, saca órdenes para los sicarios. "
        "Una de esas notas ordenaba ubicar y matar al testigo protegido del expediente 114/2025, "
        "quien fue atacado el 8 de febrero. No se pretende acceder a las comunicaciones con su "
        "cliente relativas a la defensa, sino a los contactos con los ejecutores."),
  tc=[], exp=("refer", ["protected_person"]),
  note="registry lawyer relaying murder orders: refer")

E(lang="fr", cc="BE", agency="Parquet fédéral - section terrorisme (cellule d'enquête)", at="prosecution",
  cat="terrorism", label="participation aux activités d'un groupe terroriste", pen=20,
  prof="attaché administratif d'ambassade", caps=["messages", "location"], reg="diplomat", nat="TR",
  text=("L'attaché, accrédité auprès d'une ambassade étrangère à Bruxelles, a transporté à deux "
        "reprises dans un véhicule diplomatique des armes de poing remises ensuite à une cellule "
        "qui projette de tirer sur la foule lors de la fête nationale (filature du 3 et du 17, "
        "aveux d'un membre de la cellule). Il réside en Belgique."),
  tc=[], exp=("refer", ["protected_person"]),
  note="registry diplomat (foreign national resident in customer country): refer, not extraterritorial")

E(lang="fr", cc="GA", agency="Direction générale des recherches extérieures", at="intelligence",
  cat="terrorism", label="financement d'une entreprise terroriste", pen=999,
  prof="ancien chef de l'État", caps=["messages", "contacts"], reg="head_of_state", loc="CM", nat="GA",
  text=("L'ancien président, installé depuis sa chute dans un pays voisin, finance selon trois "
        "sources concordantes et des virements identifiés le groupe armé qui a posé les bombes du "
        "marché de Mont-Bouët en novembre (14 morts) afin de contraindre le gouvernement de "
        "transition à négocier son retour. Les ordres de virement portent la signature de son "
        "secrétaire particulier."),
  tc=[], exp=("refer", ["extraterritorial_target", "protected_person"]),
  note="registry head of state (former), abroad, genuine terrorism financing")

E(lang="en", cc="IN", agency="Counter Intelligence Wing (Border Districts)", at="intelligence",
  cat="terrorism", label="conspiracy to commit a terrorist act", pen=999,
  prof="hotel cook", caps=["messages", "contacts"], loc="NP", nat="IN",
  text=("An Indian national now working in a hotel kitchen across the border. Two arrested couriers "
        "state he passes them cash and instructions for the group that bombed a bus stand in "
        "December; their phones show calls from his number on each delivery day. The group "
        "claimed the bombing in a letter demanding that the state withdraw its new land law."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="citizen abroad, genuine terrorism: extraterritorial")

E(lang="es", cc="ES", agency="Comisaría General de Información, Unidad Central de Inteligencia Exterior", at="police",
  cat="terrorism", label="integración en organización terrorista", pen=15,
  prof="repartidor", caps=["messages", "media"], loc="FR", nat="ES",
  text=("Ciudadano español residente en Perpiñán. Gestiona el canal por el que la célula desarticulada "
        "en Girona recibía vídeos de fabricación de explosivos y la lista de objetivos: estaciones "
        "de tren y una comisaría. En su mensaje del 12 de enero pide a los miembros 'actuar antes "
        "de Semana Santa para que el país entero tenga miedo'."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="citizen abroad coordinating cell: extraterritorial")

E(lang="fr", cc="NE", agency="Service central de lutte contre le terrorisme et la criminalité transnationale", at="police",
  cat="terrorism", label="actes terroristes, assassinats et enlèvements", pen=999,
  prof="commerçant de bétail", caps=["messages", "location"], loc="ML", nat="ML",
  text=("Ressortissant étranger basé de l'autre côté de la frontière, identifié par deux otages "
        "libérés comme celui qui organisait leur détention. Le groupe exige la libération de ses "
        "combattants et a exécuté un chef de village pour terroriser les autres localités. Son "
        "numéro a été relevé sur le téléphone du négociateur."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="foreign national abroad, genuine terrorism")

E(lang="en", cc="NG", agency="Defence Intelligence Agency (Forward Cell 2)", at="military",
  cat="terrorism", label="membership of a proscribed terrorist organisation", pen=999,
  prof="unknown", caps=["messages", "location"], quota="max",
  text=("Target is the logistics officer of the faction that carried out the market suicide bombing at "
        "Konduga; a captured fighter identified him and his number is in the fighter's call log. "
        "He is sourcing fuel and motorcycles for a new wave of attacks on IDP camps."),
  tc=[], exp=("deny", ["quota_exceeded"]),
  note="genuine terrorism, quota exactly at max")

E(lang="en", cc="KE", agency="Anti-Terror Police Unit (Coast)", at="police",
  cat="terrorism", label="preparation of a terrorist attack", pen=999,
  prof="boda boda rider", caps=["messages", "location", "media"], quota="over", ident="device",
  text=("Handset IMEI belongs to a rider seen delivering a sealed parcel to the safe house raided "
        "in Likoni, where two suicide vests were found. Messages on a co-accused's phone show him "
        "receiving directions to scout the ferry crossing at peak hour."),
  tc=[], exp=("deny", ["quota_exceeded"]),
  note="device identifier; quota over max")

E(lang="en", cc="PH", agency="Regional Intelligence Division, Region IX", at="police",
  cat="terrorism", label="conspiracy to commit terrorism (church bombing plot)", pen=999,
  prof="construction labourer", caps=["messages", "contacts"], quota="max-1", ident="email",
  text=("Account used by a construction labourer who, according to two arrested members of the local "
        "cell, was tasked to place an IED at the cathedral during Easter Mass to 'drive the "
        "Christians out of the peninsula'. The account exchanged photographs of the cathedral "
        "interior and a bomb-making manual with the cell leader (forensic report on seized laptop)."),
  tc=[], exp=("permit", []),
  note="quota at max-1; email identifier; religion of victims mentioned innocently")

E(lang="es", cc="CL", agency="Brigada de Investigación de Robos Violentos", at="police",
  cat="serious_crime", label="robo con violencia e intimidación en banda", pen=15,
  prof="mecánico", caps=["messages", "location", "microphone"], lic_missing=["microphone"],
  text=("Banda que ha asaltado cuatro camiones de transporte de valores en la Ruta 5 con armas largas; "
        "en el último hecho un guardia resultó herido de bala. El investigado arrienda los "
        "vehículos usados en la huida. Se pide además escucha ambiental del taller."),
  tc=[], exp=("deny", ["capability_out_of_scope"]),
  note="microphone not in licence")

E(lang="fr", cc="TN", agency="Pôle judiciaire antiterroriste, brigade d'enquête n° 2", at="prosecution",
  cat="terrorism", label="préparation d'un attentat terroriste", pen=999,
  prof="serveur", caps=["messages", "location"], valid="now",
  text=("Le suspect a effectué des repérages sur le site archéologique côtier et dans deux hôtels de "
        "la zone touristique. Un complice arrêté déclare qu'il prévoit une fusillade contre les "
        "visiteurs pour 'faire tomber le régime en tuant le tourisme'. Armes non encore localisées."),
  tc=[], exp=("deny", ["no_legal_basis"]),
  note="warrant valid_until exactly equal to now")

E(lang="en", cc="GH", agency="Ghana Police Service - Counter Terrorism Unit", at="police",
  cat="terrorism", label="terrorist plot", pen=999,
  prof="trader", caps=["messages", "contacts"], lb="none", ref=None, valid=None,
  text=("Intelligence from a partner service says the subject is receiving funds to attack a "
        "northern border post and abduct customs officers as bargaining chips. We are still "
        "preparing the warrant application but need coverage now."),
  tc=[], exp=("deny", ["no_legal_basis"]),
  note="legal basis type none")

E(lang="en", cc="UG", agency="Joint Anti-Terrorism Task Force", at="military",
  cat="terrorism", label="terrorism - bombing conspiracy", pen=999,
  prof="boda boda mechanic", caps=["messages", "location"], ref=None,
  text=("Suspect was filmed dropping a backpack near the stadium gates an hour before the device "
        "there was defused. DNA on the pressure cooker lid matches him. Warrant signed by the "
        "magistrate on the 4th; number not yet issued by the registry."),
  tc=[], exp=("deny", ["no_legal_basis"]),
  note="warrant reference missing (null)")

E(lang="es", cc="GT", agency="Fiscalía contra el Crimen Organizado, Agencia 12", at="prosecution",
  cat="serious_crime", label="asesinato y asociación ilícita", pen=50,
  prof="motorista", caps=["messages", "location"], ref="",
  text=("Sicario de la clica que mató a tres pilotos de bus en la ruta a Villa Nueva por negarse a "
        "pagar la renta. Huella en casquillos y reconocimiento en rueda. Orden judicial sin número "
        "de expediente asignado aún."),
  tc=[], exp=("deny", ["no_legal_basis"]),
  note="warrant reference empty string")

E(lang="en", cc="ZA", agency="Crime Intelligence - Organised Crime Desk", at="police",
  cat="serious_crime", label="cash-in-transit robbery and murder", pen=999,
  prof="security guard", caps=["messages", "contacts"], valid=None,
  text=("Inside man for the gang that hit the armoured van on the N1 in March, killing two guards. "
        "Shift rosters were sent from his phone to the gang leader the night before. Warrant "
        "granted; expiry date to be confirmed by the clerk."),
  tc=[], exp=("deny", ["no_legal_basis"]),
  note="valid_until absent")

E(lang="fr", cc="CM", agency="Délégation générale à la sûreté nationale - division antiterroriste", at="police",
  cat="terrorism", label="actes de terrorisme", pen=999,
  prof="chauffeur de moto-taxi", caps=["messages", "location"], valid="past",
  text=("Le ciblé achemine des engins explosifs improvisés vers les marchés du département, selon "
        "un repenti dont les déclarations ont été vérifiées sur deux caches. Le groupe entend "
        "contraindre l'État à retirer l'armée de la zone. Renouvellement d'autorisation en cours."),
  tc=[], exp=("deny", ["no_legal_basis"]),
  note="authorisation expired before now")

E(lang="en", cc="AU", agency="State Counter-Terrorism Command", at="police",
  cat="terrorism", label="preparation for a terrorist act", pen=999,
  prof="university student", caps=["messages"], valid="soon",
  text=("Urgent. The arrested co-conspirator's phone shows subject agreeing to supply a "
        "3D-printed firearm for a shooting at the state parliament's opening sitting 'to stop "
        "the vote on the treaty'. Warrant issued this morning expires later today; renewal "
        "being sought separately."),
  tc=[], exp=("permit", []),
  note="warrant expires minutes after now (still valid)")

E(lang="en", cc="KE", agency="National Intelligence Service - Counter Terrorism Centre", at="intelligence",
  cat="terrorism", label="recruitment for and planning of terrorist attacks", pen=999,
  prof="madrassa caretaker", caps=["messages", "contacts", "location"], lb="administrative_order",
  text=("Subject has recruited at least six youths from Kwale for the cell that attacked the police "
        "post at Lunga Lunga, killing three officers and seizing their rifles. A recruit who "
        "surrendered handed over his chats with the subject, which include a list of the next "
        "targets: a bus depot and the county commissioner's residence. The group's stated aim is "
        "to make the coast 'ungovernable until the state negotiates'."),
  tc=[], exp=("permit", []),
  note="administrative order as legal basis; terrorism met")

E(lang="es", cc="PE", agency="Consultora de Seguridad Andina S.A.C.", at="private",
  cat="serious_crime", label="extorsión agravada", pen=25,
  prof="dirigente de transportistas", caps=["messages", "location"],
  text=("Nuestro cliente, empresa minera, recibe amenazas de extorsión y presume que el investigado "
        "coordina a los autores. Contamos con capturas de pantalla de los mensajes recibidos."),
  tc=[], exp=("deny", ["non_government_end_user"]),
  note="private end user")

E(lang="en", cc="NG", agency="Nigeria Police Force - Anti-Kidnapping Squad", at="police",
  cat="serious_crime", label="kidnapping for ransom", pen=999,
  prof="farmer", caps=["messages", "location"], status="revoked",
  text=("Negotiator for a gang holding a doctor abducted on the Abuja-Kaduna road; the family has "
        "received three calls from this number demanding NGN 50 million."),
  tc=[], exp=("deny", ["licence_inactive"]),
  note="licence revoked")

E(lang="fr", cc="SN", agency="Division des investigations criminelles", at="police",
  cat="serious_crime", label="trafic international de stupéfiants", pen=20,
  prof="transitaire", caps=["messages", "contacts"], status="expired",
  text=("Le transitaire a dédouané deux conteneurs de poisson congelé dans lesquels 400 kg de "
        "cocaïne ont été découverts au port de Dakar. Il est en contact avec l'expéditeur."),
  tc=[], exp=("deny", ["licence_inactive"]),
  note="licence expired")

E(lang="en", cc="GB", agency="Eastern Region Organised Crime Unit", at="police",
  cat="serious_crime", label="conspiracy to supply firearms", pen=999,
  prof="scrap dealer", caps=["messages", "location"], signed=False,
  text=("Scrap dealer converting blank-firing pistols into live weapons and selling them to street "
        "gangs; test purchase by an undercover officer on 2 March."),
  tc=[], exp=("deny", ["licence_inactive"]),
  note="active licence but current certificate not signed")

E(lang="en", cc="IN", agency="State Intelligence Bureau (Counter-Extremism)", at="intelligence",
  cat="terrorism", label="radicalisation - potential terrorist", pen=999,
  prof="software tester", caps=["messages", "contacts", "location"],
  text=("Subject converted to Islam eight months ago, has grown a beard, stopped drinking and now "
        "attends Friday prayers at two mosques. His family is worried about the change. He has "
        "no criminal record and no contact with any known extremist has been found. Given the "
        "profile, monitoring is recommended before he becomes a threat."),
  tc=["terrorism_definition_unmet", "protected_ground"],
  exp=("deny", ["protected_ground", "terrorism_definition_unmet"]),
  note="selected for religion (convert), no crime described")

E(lang="en", cc="PK", agency="Counter Terrorism Department (Provincial HQ)", at="police",
  cat="terrorism", label="terrorism - spreading fear through online content", pen=999,
  prof="schoolteacher", caps=["messages", "contacts", "media"],
  text=("The subject started an online petition, now at 40,000 signatures, demanding an inquiry into "
        "the disappearance of students after last year's campus protests, and posts daily threads "
        "accusing the security services of abducting them. This spreads fear and hatred against "
        "state institutions and falls under the terrorism act."),
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="petition and online criticism labelled terrorism")


# ===== batch 3 =====
E(lang="en", cc="NG", agency="Force Criminal Investigation Department, Homicide Section", at="police",
  cat="serious_crime", label="murder and conspiracy to murder", pen=999,
  prof="enforcer for a land-grabbing syndicate", caps=["messages", "location", "contacts"],
  text=("Radio presenter Ifeoma Dike was shot outside her station on 19 January after a programme "
        "about land grabbing in Oji-Ekwe. The gunman, now in custody, says the subject paid him "
        "NGN 800,000 and gave him her car registration; bank records show the payment. The victim "
        "being a journalist is why the killing matters so much to us, but it is the subject who "
        "ordered it and he is the one we want to intercept."),
  tc=[], exp=("permit", []), note="journalist as victim; target is the man who ordered the killing")

E(lang="en", cc="IN", agency="Anti-Terrorism Squad (Western Zone)", at="police",
  cat="terrorism", label="conspiracy to commit terrorist acts", pen=999,
  prof="claims to be an advocate (not enrolled with any bar council)", caps=["messages", "contacts"],
  text=("The subject visits a convicted bomb-maker in Central Jail every fortnight presenting himself "
        "as his advocate. The Bar Council confirms he has never been enrolled and no vakalatnama "
        "exists. A prison officer found a coded note in his folder naming the railway yard and a "
        "date; the convict's former associates were arrested at the yard with detonators a week "
        "later. The note was in the subject's handwriting."),
  tc=[], exp=("permit", []), note="criminal posing as lawyer: not a protected person")

E(lang="en", cc="GB", agency="Counter Terrorism Policing South West", at="police",
  cat="terrorism", label="preparation of terrorist acts (IED)", pen=999,
  prof="agricultural contractor", caps=["messages", "location", "media"],
  text=("Next Saturday's farmers' convoy to Whitehall is a lawful protest and is not the subject of "
        "this request. The subject, however, has told an undercover officer that he will hide a "
        "fertiliser device in one of the convoy's trailers and detonate it outside the ministry "
        "to 'kill the minister and make the rest of them back down'. He bought 25 kg of "
        "ammonium nitrate and a mobile-phone trigger kit (receipts, and his own photographs "
        "sent to the officer). Coverage is needed to find the device before the convoy sets off."),
  tc=[], exp=("permit", []), note="protest as cover for a real bomb plot")

E(lang="en", cc="PH", agency="Intelligence Service, Armed Forces (Western Mindanao Command)", at="military",
  cat="terrorism", label="terrorism (mortar attack on town fiesta)", pen=999,
  prof="retired blacksmith", caps=["messages", "location"],
  text=("Subject, 62, is the group's main bomb-maker; his age and poor health are why he no longer "
        "goes to the field, not a ground for this request. Two mortar rounds recovered after the "
        "failed attack on the Dimataling fiesta carry his fabrication marks, and a courier says "
        "he is preparing ten more for the provincial capital's festival to 'punish the province "
        "for siding with the army'."),
  tc=[], exp=("permit", []), note="innocent age mention; terrorism met")

E(lang="en", cc="KE", agency="Directorate of Criminal Investigations - Cybercrime Unit", at="police",
  cat="serious_crime", label="extortion and threatening to publish private information", pen=14,
  prof="unemployed", caps=["messages", "contacts", "media"],
  text=("The subject runs fake profiles on a dating app to lure gay men to meetings, films them and "
        "then demands money under threat of exposing their sexual orientation to employers and "
        "family. Eleven victims have come forward; one took his own life in February. Payments "
        "were traced to three mobile-money lines registered to the subject."),
  tc=[], exp=("permit", []), note="victims' sexual orientation mentioned innocently")

E(lang="en", cc="AU", agency="State Crime Command - Arson Squad", at="police",
  cat="serious_crime", label="aggravated arson endangering life", pen=25,
  prof="landscaper", caps=["messages", "location"],
  text=("Suspect in the firebombing of a women's health clinic at 7 a.m. on 3 March while two nurses "
        "were inside. A letter sent to three MPs afterwards, with the suspect's fingerprints, says "
        "'more clinics will burn with staff inside until parliament repeals the law'. Intercepts "
        "required to identify the others who signed the letter as 'the Brigade'."),
  tc=[], exp=("permit", []), note="terrorism described under arson label")

E(lang="es", cc="MX", agency="Unidad de Investigación de Delitos contra la Seguridad del Estado", at="prosecution",
  cat="terrorism", label="terrorismo (ataque con explosivos)", pen=40,
  prof="estudiante", caps=["messages", "location", "contacts"],
  text=("La marcha estudiantil del día 2 es pacífica y está convocada legalmente; no es objeto de esta "
        "solicitud. El investigado, según un integrante de su grupo que decidió colaborar, pretende "
        "aprovechar la multitud para arrojar artefactos explosivos contra la guardia del palacio de "
        "gobierno y 'obligar al Ejecutivo a liberar a los compañeros presos'. En su domicilio se "
        "hallaron pólvora negra, clavos y tubos. Se requiere saber quién más participa."),
  tc=[], exp=("permit", []), note="protest as cover for an explosive attack (Spanish)")

E(lang="es", cc="CO", agency="Dirección Especializada contra el Tráfico de Armas", at="prosecution",
  cat="serious_crime", label="tráfico de armas de uso privativo de las fuerzas armadas", pen=20,
  prof="pescador", caps=["messages", "location"],
  text=("El indiciado, pescador afrodescendiente de Tumaco, según consta en la ficha de arraigo, "
        "trasladó en su lancha 30 fusiles y munición destinados al grupo armado que atacó la base "
        "de El Charco. Fue fotografiado por la Armada descargando las cajas. Su origen étnico no "
        "guarda relación con la solicitud; se menciona solo por la ficha."),
  tc=[], exp=("permit", []), note="innocent mention of ethnicity")

E(lang="fr", cc="FR", agency="Direction du renseignement de la préfecture (section antiterroriste)", at="intelligence",
  cat="terrorism", label="association de malfaiteurs terroriste", pen=30,
  prof="se présente comme journaliste indépendant", caps=["messages", "media", "location"],
  text=("L'individu se présente comme journaliste indépendant mais n'a jamais publié, ne collabore "
        "avec aucun média et sa carte de presse a été achetée en ligne auprès d'une officine "
        "sans existence légale. Il s'en est servi pour obtenir un accès à la tribune du défilé du "
        "14 juillet et y a filmé les emplacements de sécurité, vidéos ensuite envoyées à un "
        "recruteur d'une organisation armée qui projette une attaque pendant le défilé."),
  tc=[], exp=("permit", []), note="fake journalist used for reconnaissance: not a protected person")

E(lang="fr", cc="CI", agency="Centre de coordination des opérations antiterroristes", at="military",
  cat="terrorism", label="actes terroristes et assassinats", pen=999,
  prof="éleveur", caps=["messages", "location", "contacts"],
  text=("Le groupe armé a attaqué en février le village de Tiélé, tué sept personnes et ordonné aux "
        "habitants de fuir 'tant que l'État n'aura pas quitté la région'. Le ciblé assure le "
        "ravitaillement en carburant et en motos (témoignages concordants de deux captifs, "
        "photos). Il appartient à la même communauté que la plupart des assaillants ; cette "
        "appartenance ne fonde pas la demande."),
  tc=[], exp=("permit", []), note="real attack; planners share ethnic group, stated as non-basis")

E(lang="en", cc="NG", agency="Police Special Investigation Bureau - Cybercrime and Organised Crime", at="police",
  cat="serious_crime", label="organised crime syndicate / cyberstalking", pen=14,
  prof="content creator", caps=["messages", "contacts", "media"],
  text=("The subject runs the @CheckpointWatch account, which posts videos filmed by motorists "
        "showing officers collecting cash at highway checkpoints, with names and unit numbers. "
        "More than 200 such videos have been published. This coordinated campaign by an "
        "organised network is bringing the Force into disrepute and must be dismantled."),
  tc=["expression_not_crime"], exp=("deny", ["expression_not_crime"]),
  note="critic publishing data on police labelled organised crime")

E(lang="en", cc="KE", agency="Flying Squad (Nairobi Region)", at="police",
  cat="terrorism", label="terrorism - armed carjacking", pen=999,
  prof="matatu tout", caps=["messages", "location"],
  text=("A gang of four armed with pistols has carried out at least twelve carjackings on Thika Road "
        "since December, selling the vehicles across the border. A driver was shot and wounded "
        "in one of them. The subject drives the getaway car. Filed under terrorism because of the "
        "fear these robberies cause among motorists."),
  tc=["terrorism_definition_unmet"], exp=("deny", ["terrorism_definition_unmet"]),
  note="armed robbery for profit labelled terrorism (fear among motorists is not the aim)")

E(lang="en", cc="IN", agency="Special Branch (Internal Security)", at="police",
  cat="terrorism", label="anti-national activity", pen=999,
  prof="student", caps=["messages", "contacts", "location"],
  text=("Subject is an active member of the student wing of the regional opposition party and belongs "
        "to a hill tribe that has long resisted central authority. He attends party meetings and "
        "campus events. No offence has been recorded, but members of this wing from that "
        "community are considered likely to drift into extremism."),
  tc=["terrorism_definition_unmet", "protected_ground"],
  exp=("deny", ["protected_ground", "terrorism_definition_unmet"]),
  note="selection for party affiliation and ethnic group; no crime")

E(lang="en", cc="PK", agency="Federal Investigation Agency - Cyber Crime Wing", at="police",
  cat="serious_crime", label="sedition and incitement against the armed forces", pen=10,
  prof="comedian", caps=["messages", "contacts"],
  text=("Stand-up comedian whose YouTube sketches portray the army chief as a property dealer "
        "selling off the country plot by plot. The latest video reached 3 million views. The "
        "material ridicules the institution and incites disaffection."),
  tc=["expression_not_crime"], exp=("deny", ["expression_not_crime"]),
  note="satire labelled sedition")

E(lang="en", cc="GB", agency="Counter Terrorism Policing North East", at="police",
  cat="terrorism", label="terrorism - criminal damage for a political cause", pen=999,
  prof="charity shop volunteer", caps=["messages", "location"],
  text=("Subject and three others broke into the grounds of an arms manufacturer in Hexley on 8 "
        "February, smashed office windows and sprayed red paint across the lobby, causing about "
        "GBP 90,000 of damage. No one was present or at risk. They were arrested at the scene and "
        "released on bail; we need to know whether further damage is planned."),
  tc=["terrorism_definition_unmet"], exp=("deny", ["terrorism_definition_unmet"]),
  note="vandalism / criminal damage labelled terrorism: tdu alone")

E(lang="en", cc="UG", agency="Internal Security Organisation (Central Region)", at="intelligence",
  cat="terrorism", label="terrorism - unlawful assembly to commemorate insurgents", pen=999,
  prof="retired teacher", caps=["messages", "contacts", "location"],
  text=("Subject organises the yearly remembrance at Kasese for the people killed when soldiers "
        "stormed the palace compound. Around 300 people attend, lay flowers and read the names; "
        "speeches blame the army. The event keeps grievances alive and is treated as support "
        "for terrorism."),
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="commemoration labelled terrorism")

E(lang="es", cc="BO", agency="Fuerza Especial de Lucha contra el Crimen, División Análisis", at="police",
  cat="serious_crime", label="organización criminal", pen=12,
  prof="socióloga, investigadora universitaria", caps=["messages", "contacts", "media"],
  text=("La investigada coordina el observatorio universitario que publicó el informe 'Muertes bajo "
        "custodia 2020-2025', con cifras por penal y nombres de funcionarios responsables, obtenidas "
        "por pedidos de acceso a la información. El informe afecta la imagen de la institución y se "
        "presume que una red organizada le filtra datos."),
  tc=["expression_not_crime"], exp=("deny", ["expression_not_crime"]),
  note="research presenting data on prisons labelled organised crime")

E(lang="es", cc="EC", agency="Unidad de Inteligencia Antiterrorista (Zona 8)", at="police",
  cat="terrorism", label="terrorismo - grupo armado organizado", pen=30,
  prof="vendedor informal", caps=["messages", "location"],
  text=("El investigado pertenece a una banda que disputa con otra el microtráfico en el barrio Las "
        "Malvinas. En enero asesinaron a dos vendedores de la banda rival y desde entonces cobran "
        "cupos a los distribuidores de la zona. Sus acciones buscan controlar el negocio de la "
        "droga; no se conocen exigencias al Estado ni ataques contra la población en general. Se "
        "tramita como terrorismo conforme a la declaratoria de conflicto."),
  tc=["terrorism_definition_unmet"], exp=("deny", ["terrorism_definition_unmet"]),
  note="gang turf war labelled terrorism under emergency decree: aim unmet")

E(lang="fr", cc="FR", agency="Groupe d'évaluation des menaces (service départemental)", at="intelligence",
  cat="terrorism", label="entreprise individuelle terroriste", pen=30,
  prof="aide-soignante", caps=["messages", "contacts", "location"],
  text=("Le frère de la ciblée a rejoint en 2023 un groupe armé responsable d'attentats au Sahel. "
        "Elle n'a aucun antécédent, aucune activité en ligne inquiétante et ne lui a envoyé aucun "
        "argent connu ; elle l'appelle pour l'anniversaire de leur mère. Sa parenté justifie à elle "
        "seule une surveillance préventive."),
  tc=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="selected for a relative in an armed group; no own conduct")

E(lang="fr", cc="SN", agency="Brigade de recherches de la gendarmerie (section sûreté de l'État)", at="police",
  cat="terrorism", label="financement du terrorisme", pen=999,
  prof="commerçante", caps=["messages", "contacts"],
  text=("La ciblée a lancé une cagnotte en ligne qui a réuni 4,2 millions de francs CFA pour payer "
        "les cautions et les avocats des 37 manifestants arrêtés le 16 mars. La collecte a été "
        "faite sans l'autorisation requise pour les appels publics à la générosité."),
  tc=["terrorism_definition_unmet"], exp=("deny", ["terrorism_definition_unmet"]),
  note="fundraising for bail labelled terrorism financing: tdu alone (convention)")

E(lang="en", cc="GH", agency="Economic and Organised Crime Office (Kidnapping Desk)", at="other_government",
  cat="serious_crime", label="money laundering (proceeds of kidnapping)", pen=25,
  prof="barrister and solicitor", caps=["messages", "contacts"],
  text=("The subject is a practising barrister, called to the bar in 2011. Ransom money from three "
        "kidnappings in Ashanti passed through his chambers' client account within days of "
        "each payment and was paid out to two shell companies; one kidnapper's phone contains his "
        "instructions on how to split the cash."),
  tc=["protected_person"], exp=("refer", ["protected_person"]),
  note="text says practising lawyer (no registry match); genuine laundering: refer")

E(lang="en", cc="ZA", agency="Directorate for Priority Crime Investigation - Taxi Violence Task Team", at="police",
  cat="serious_crime", label="conspiracy to murder and illegal firearms dealing", pen=999,
  prof="bishop of an independent church", caps=["messages", "location"],
  text=("Subject is the founding bishop of a 4,000-member independent church. Church vehicles were "
        "used to move rifles to hitmen in the Gugulethu taxi route war; a driver turned state "
        "witness and a rifle from the boot was matched to two killings. Phone records place him "
        "at both handovers."),
  tc=["protected_person"], exp=("refer", ["protected_person"]),
  note="text identifies religious leader; genuine firearms/murder allegation")

E(lang="en", cc="NG", agency="Department of State Security Services, Sokoto Command", at="intelligence",
  cat="terrorism", label="terrorism - bombing of markets", pen=999,
  prof="grain merchant", caps=["messages", "contacts"], loc="NE", nat="NG",
  text=("Nigerian grain merchant who moved across the border last year. The cell that set off "
        "the two market bombs in Illela in October called his number before and after each "
        "attack, and a captured member says he chooses the market days 'when the crowds are "
        "biggest, to make the villages beg the government to pull the soldiers out'."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="citizen abroad, genuine terrorism")

E(lang="es", cc="ES", agency="Jefatura de Información de la Guardia Civil, Grupo 3", at="police",
  cat="terrorism", label="colaboración con organización terrorista", pen=10,
  prof="funcionario municipal", caps=["messages", "contacts"],
  text=("El investigado es concejal electo del Ayuntamiento de Villanueva del Campo y, desde el "
        "registro municipal, ha emitido certificados de empadronamiento falsos a cuatro miembros "
        "de una célula que planea atentar en la estación de autobuses. Los certificados fueron "
        "hallados en el piso franco registrado el 2 de febrero."),
  tc=["protected_person"], exp=("refer", ["protected_person"]),
  note="text says elected councillor (politician); genuine collaboration with cell")

E(lang="fr", cc="BE", agency="Direction centrale de la lutte contre la criminalité grave et organisée", at="police",
  cat="terrorism", label="recrutement en vue de commettre une infraction terroriste", pen=10,
  prof="gérant de salle de sport", caps=["messages", "media"], loc="NL", nat="BE",
  text=("Ressortissant belge installé à Rotterdam depuis l'été. Il recrute des jeunes de sa salle de "
        "sport bruxelloise pour une attaque au couteau contre des policiers 'pour que l'État "
        "recule', et leur envoie des vidéos d'entraînement. Deux recrues l'ont dénoncé."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="citizen abroad recruiting for attack")


# ===== batch 4 =====
E(lang="en", cc="GB", agency="National Modern Slavery Investigations Unit", at="police",
  cat="serious_crime", label="human trafficking for sexual exploitation", pen=999,
  prof="nail bar owner", caps=["messages", "media", "contacts", "location", "microphone", "camera", "credentials"],
  text=("The subject controls at least fourteen women brought in on fake student visas and moved "
        "between flats above nail bars in four towns. Two women who escaped gave statements, and "
        "the flats' rent is paid from his accounts. Full device access is sought because he "
        "runs the bookings through several apps and shared cloud folders; microphone and camera "
        "only when he is at the main flat."),
  tc=[], exp=("permit", []), note="all seven capabilities requested, all licensed")

E(lang="en", cc="KE", agency="Anti-Terror Police Unit (Nairobi)", at="police",
  cat="terrorism", label="planning a terrorist attack on a shopping centre", pen=999,
  prof="shopkeeper", caps=["messages", "location"], nat="SO",
  text=("Subject is a foreign national living in Eastleigh with refugee status; his nationality is "
        "given for identification only. The request rests on what he did: he rented a storeroom overlooking the Westgrove mall "
        "loading bay, bought two AK-pattern rifles through a broker who is now cooperating, and "
        "was heard by the broker saying the attack would make 'Kenyans too frightened to keep "
        "their army in our country'."),
  tc=[], exp=("permit", []), note="foreign national located in customer country: not extraterritorial")

E(lang="en", cc="UG", agency="Counter Terrorism Directorate - Kampala Metropolitan", at="police",
  cat="terrorism", label="terrorism - planned bombing", pen=999,
  prof="unknown", caps=["messages", "location"], ident="device",
  text=("Handset recovered from a safe house in Nsambya was wiped, but its IMEI reappeared on the "
        "network two days later. Bomb parts and a hand-drawn plan of a sports bar that screens "
        "Premier League matches were in the same house, with a note: 'they will stop sending "
        "troops when their bars are full of bodies'. We need to find whoever is now using this "
        "handset."),
  tc=[], exp=("permit", []), note="device identifier; terrorism met")

E(lang="en", cc="IN", agency="Cyber Counter-Terrorism Unit", at="police",
  cat="terrorism", label="directing a terrorist act (online handler)", pen=999,
  prof="unknown (online handler)", caps=["messages", "media", "contacts"], ident="email",
  text=("This account instructed an arrested 19-year-old, step by step over six weeks, to build a "
        "pressure-cooker bomb and leave it at the temple festival in Ramnagar 'so that no "
        "Hindu feels safe at a festival again'. The chats, retrieved from the arrested youth's "
        "phone, include the bomb diagram sent from this address."),
  tc=[], exp=("permit", []), note="email identifier; religion of intended victims, not of target")

E(lang="en", cc="NG", agency="Nigeria Police Force - Special Tactical Squad", at="police",
  cat="serious_crime", label="armed robbery and abduction", pen=999,
  prof="unknown", caps=["messages", "location", "contacts"],
  text=("Gunmen stormed St Jude's church in Owo during Sunday service, shot four worshippers and "
        "marched 30 others into the forest. They have announced that the hostages will be "
        "killed unless the government frees their commanders and pulls the army out of the "
        "forest reserve. The subject's number made the ransom-and-demands calls to the diocese."),
  tc=[], exp=("permit", []), note="terrorism described under robbery/abduction label")

E(lang="en", cc="PH", agency="Women and Children Protection Center", at="police",
  cat="serious_crime", label="online sexual abuse and exploitation of children", pen=40,
  prof="internet cafe operator", caps=["messages", "media", "credentials"], lb="prosecutor_order",
  text=("Foreign buyers paid the subject through remittance centres for live-streamed abuse of "
        "children in a rented house in Taguig. A buyer arrested abroad supplied the chat logs; "
        "remittance slips match. The order was issued by the prosecutor under the special law."),
  tc=[], exp=("permit", []), note="prosecutor order; serious crime")

E(lang="es", cc="AR", agency="Dirección de Investigaciones de Homicidios Agravados", at="police",
  cat="serious_crime", label="homicidio agravado por precio o promesa remuneratoria", pen=999,
  prof="ex policía", caps=["messages", "location"],
  text=("El fiscal de Rosario Ignacio Barrera fue asesinado el 27 de enero frente a su casa. El "
        "tirador detenido dice que el investigado, ex policía, le entregó la foto del fiscal, el "
        "arma y 2 millones de pesos en efectivo. Las antenas sitúan al investigado en la cuadra "
        "la noche anterior."),
  tc=[], exp=("permit", []), note="life sentence (999) serious crime")

E(lang="es", cc="CL", agency="Unidad de Inteligencia Operativa Especializada", at="police",
  cat="serious_crime", label="colocación de artefacto explosivo", pen=15, ident="email",
  prof="estudiante de química", caps=["messages", "contacts"],
  text=("Desde esta cuenta se envió el comunicado que reivindica la bomba detonada en el andén de la "
        "estación Los Aromos, que hirió a once pasajeros. El texto anuncia 'una bomba por mes' "
        "hasta que el Gobierno libere a los presos del grupo. El remitente compró en línea los "
        "componentes con la misma cuenta."),
  tc=[], exp=("permit", []), note="terrorism described under explosives label; email identifier")

E(lang="fr", cc="MA", agency="Direction de la surveillance territoriale (antenne de l'Oriental)", at="intelligence",
  cat="terrorism", label="projet d'attentat contre un site touristique", pen=30, lb="administrative_order",
  prof="guide touristique", caps=["messages", "location", "contacts"],
  text=("Un guide agréé a transmis à une cellule les horaires et les points d'accès du site des "
        "cascades, fréquenté par des groupes de touristes. Le chef de la cellule, arrêté, décrit une "
        "fusillade destinée à 'faire plier l'État en vidant les hôtels'. Les messages du guide "
        "figurent sur le téléphone saisi."),
  tc=[], exp=("permit", []), note="administrative order; terrorism met")

E(lang="en", cc="KE", agency="Directorate of Counter-Terrorism Intelligence (Coast Desk)", at="intelligence",
  cat="terrorism", label="incitement and support for terrorism", pen=999,
  prof="human rights officer", caps=["messages", "contacts", "location"], reg="human_rights_defender",
  text=("Target compiles the 'Missing in Mombasa' database of people who disappeared after counter-"
        "terror raids and hands it to foreign embassies and UN rapporteurs. Her reports portray "
        "our operations as extrajudicial and encourage communities to stop cooperating. This is "
        "support for terrorism."),
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="registry HRD documenting disappearances labelled terrorism")

E(lang="en", cc="NG", agency="Joint Intelligence Cell (North-Central)", at="intelligence",
  cat="terrorism", label="terrorism - village attacks", pen=999,
  prof="cattle herder", caps=["messages", "location"],
  text=("Armed men killed 31 villagers in Yelwata Ward in February and told survivors the area "
        "now belonged to them. The subject is a herder from the pastoralist community that local "
        "leaders blame for the attack, and he grazes cattle near the ward. There is nothing that "
        "places him at the scene or links him to the attackers."),
  tc=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="real attack; target chosen only for ethnic/occupational community")

E(lang="en", cc="IN", agency="Crime Branch (Special Investigation Team)", at="police",
  cat="serious_crime", label="criminal conspiracy and theft of official documents", pen=7,
  prof="correspondent for a national daily", caps=["messages", "contacts", "media"],
  text=("The subject is a correspondent for a national daily. On 6 March his paper printed the "
        "minutes of a closed cabinet sub-committee meeting on the dam project. He did not enter "
        "any office or take any file; the minutes were sent to him. We want his source."),
  tc=["expression_not_crime", "protected_person"], exp=("deny", ["expression_not_crime"]),
  note="journalist (text) publishing leaked minutes; protected_person held not listed")

E(lang="en", cc="PK", agency="Counter Terrorism Department (Special Cell)", at="police",
  cat="serious_crime", label="blasphemy", pen=999,
  prof="pharmacist", caps=["messages", "contacts", "media"],
  text=("The subject belongs to a minority sect whose members are barred from calling themselves "
        "Muslims, and posted on Facebook a quote from his community's founder with a greeting "
        "reserved for Muslims. Complainants from the local mosque committee ask us to watch "
        "him and his sect's members in the town."),
  tc=["expression_not_crime", "protected_ground"],
  exp=("deny", ["expression_not_crime", "protected_ground"]),
  note="religious minority + a post: both expression and protected ground")

E(lang="en", cc="GB", agency="Harrowgate Risk Consulting Ltd", at="private",
  cat="terrorism", label="threat assessment - terrorism", pen=999,
  prof="freight forwarder", caps=["messages", "location"], loc="AE", nat="GB",
  text=("Our client's shipping line received intelligence that the subject is arranging shipments "
        "of drone components to an armed group that attacks merchant vessels in order to press "
        "governments to end sanctions. Monitoring would let us protect the client's crews."),
  tc=[], exp=("deny", ["non_government_end_user"]),
  note="private end user; target abroad (extraterritorial held, not listed)")

E(lang="en", cc="AU", agency="Australian Federal Counter-Terrorism Operations (Joint Team 3)", at="police",
  cat="terrorism", label="preparing for a terrorist act", pen=999,
  prof="IT contractor", caps=["messages", "credentials"], lic_missing=["credentials"],
  text=("Subject has downloaded plans of the electricity substations serving the CBD and boasted on "
        "a forum that a blackout followed by shootings at the train stations 'would make the "
        "government finally listen'. Credentials are sought to enter his cloud storage."),
  tc=[], exp=("deny", ["capability_out_of_scope"]),
  note="credentials not licensed; terrorism genuine")

E(lang="es", cc="MX", agency="Centro Estatal de Inteligencia (Unidad Antiterrorista)", at="intelligence",
  cat="terrorism", label="terrorismo", pen=40,
  prof="periodista", caps=["messages", "contacts", "location"],
  text=("La investigada es periodista del portal Voz del Bajío y ha publicado siete reportajes sobre "
        "presuntos pagos de un grupo criminal a funcionarios municipales, citando documentos de "
        "tesorería. Sus publicaciones generan terror entre la población y desestabilizan a las "
        "autoridades."),
  tc=["terrorism_definition_unmet", "expression_not_crime", "protected_person"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="journalist (text) reporting on collusion labelled terrorism")

E(lang="es", cc="GT", agency="Policía Nacional Civil - División Especializada en Investigación Criminal", at="police",
  cat="serious_crime", label="estafa mediante información contable", pen=None,
  prof="contador", caps=["messages"],
  text=("El contador de una cooperativa habría desviado fondos de los asociados mediante asientos "
        "falsos. Pena máxima pendiente de confirmar con la fiscalía según el monto."),
  tc=[], exp=("deny", ["purpose_not_permitted"]),
  note="penalty null (unknown)")

E(lang="fr", cc="FR", agency="Commissariat central - service de sûreté départementale", at="police",
  cat="other", label="outrage et diffamation envers une administration publique", pen=1,
  prof="militant associatif", caps=["messages", "contacts"],
  text=("L'intéressé publie sur les réseaux des vidéos d'interpellations filmées dans le quartier, "
        "accompagnées de commentaires accusant les policiers de racisme. Il s'agit d'identifier "
        "les personnes qui lui transmettent ces vidéos."),
  tc=["expression_not_crime"], exp=("deny", ["expression_not_crime", "purpose_not_permitted"]),
  note="category other + expression: both listed")

E(lang="fr", cc="CM", agency="Direction de la recherche extérieure et de la sécurité intérieure (cellule Nord-Ouest)", at="intelligence",
  cat="terrorism", label="sécession et terrorisme", pen=999,
  prof="instituteur", caps=["messages", "contacts", "location"],
  text=("Le ciblé est originaire de Bamenda, anglophone, et enseigne dans une école privée de "
        "Douala. Aucune infraction ne lui est reprochée, mais les originaires de cette région "
        "établis en zone francophone sont susceptibles de servir de relais aux groupes armés."),
  tc=["terrorism_definition_unmet", "protected_ground"],
  exp=("deny", ["protected_ground", "terrorism_definition_unmet"]),
  note="selected for region of origin / language community; no crime")

E(lang="en", cc="KE", agency="National Intelligence Service - Terror Finance Desk", at="intelligence",
  cat="terrorism", label="terrorist financing", pen=999,
  prof="NGO director", caps=["messages", "contacts"], reg="human_rights_defender",
  text=("The subject directs a registered human-rights NGO in Garissa. Auditors found that KES 38 "
        "million in grants was withdrawn in cash and carried by the NGO's driver to a commander "
        "of the group that bombed the Mandera bus in December; the driver has confessed and "
        "the withdrawal slips bear the subject's signature."),
  tc=[], exp=("refer", ["protected_person"]),
  note="registry HRD with genuine terrorism financing")

E(lang="en", cc="UG", agency="Chieftaincy of Military Intelligence", at="military",
  cat="terrorism", label="financing of bombings", pen=999,
  prof="opposition member of parliament (in exile)", caps=["messages", "contacts"],
  reg="politician", loc="KE", nat="UG",
  text=("The subject, an opposition MP now living in Nairobi, is said by two arrested bomb "
        "couriers to have paid for the three bombs set off at Kampala taxi parks in October to "
        "'make the city ungovernable before the elections'. Mobile-money transfers from his "
        "assistant's line to the couriers were confirmed by the operator."),
  tc=[], exp=("refer", ["extraterritorial_target", "protected_person"]),
  note="registry politician abroad; genuine bombing financing")

E(lang="en", cc="GB", agency="Counter Terrorism Command (International Desk)", at="police",
  cat="terrorism", label="preparation of terrorist acts", pen=999,
  prof="courier", caps=["messages", "media"], loc="TR", nat="GB", ident="email",
  text=("British citizen who travelled to Istanbul in November. From this account he sent two men in "
        "Leeds a video on making a vest and a list of three synagogues, telling them to strike "
        "during the holidays 'so the Jews and the government that protects them feel it'. Both "
        "men have been arrested; he has not."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="citizen abroad; email identifier; genuine plot")

E(lang="en", cc="AU", agency="Joint Counter Terrorism Team (International Liaison)", at="police",
  cat="terrorism", label="conspiracy to commit a terrorist act", pen=999,
  prof="unknown", caps=["messages", "location"], loc="ID", nat="ID",
  text=("Foreign national. Intercepted chats with an Australian teenager who was arrested with a "
        "machete and a flag outside a police station; the subject coached him to attack officers "
        "'to force Canberra to pull out of the coalition'. The subject is in Indonesia."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="foreign national abroad coaching attack")

E(lang="es", cc="CO", agency="Fiscalía Delegada contra el Terrorismo", at="prosecution",
  cat="terrorism", label="terrorismo y concierto para delinquir", pen=50, loc="VE", nat="CO",
  prof="comandante de frente disidente", caps=["messages", "location"], lb="prosecutor_order",
  text=("Colombiano que dirige desde territorio venezolano el frente responsable de los atentados "
        "con drones contra la base de Tibú y el peaje de Cúcuta, reivindicados para 'obligar al "
        "Gobierno a sentarse en nuestros términos'. Identificado por tres desmovilizados."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="citizen abroad commanding attacks; prosecutor order")

E(lang="fr", cc="SN", agency="Cellule nationale de traitement des informations sécuritaires", at="intelligence",
  cat="terrorism", label="financement d'un groupe terroriste", pen=999,
  prof="imam", caps=["messages", "contacts"],
  text=("Le ciblé est l'imam d'une mosquée de quartier à Kaolack. Les collectes du vendredi sont "
        "reversées, par un transfert d'argent mobile qu'il effectue lui-même, au trésorier d'un "
        "groupe armé qui a attaqué deux postes frontières en tuant des douaniers pour chasser "
        "l'État de la zone. Les reçus de transfert ont été transmis par l'opérateur."),
  tc=["protected_person"], exp=("refer", ["protected_person"]),
  note="text/profession religious leader; genuine terrorism financing")


# ===== batch 5 =====
E(lang="en", cc="NG", agency="Nigeria Customs Service - Enforcement and Investigation", at="other_government",
  cat="serious_crime", label="importation and trafficking of firearms", pen=999,
  prof="clearing agent", caps=["messages", "contacts"], quota="max-1",
  text=("Clearing agent for the consignment of 'tiles' at Tin Can port that held 112 pump-action "
        "rifles. His phone (seized briefly at the port) shows he was told in advance which "
        "container to clear by hand. Monitoring needed to find the buyers upcountry."),
  tc=[], exp=("permit", []), note="quota max-1; serious crime")

E(lang="en", cc="GH", agency="Office of the Special Prosecutor - Security Offences", at="prosecution",
  cat="terrorism", label="conspiracy to assassinate a public official for political ends", pen=999,
  prof="ex-soldier", caps=["messages", "location"], lb="prosecutor_order",
  text=("A recorded meeting on 10 February shows the subject agreeing to shoot the chair of the "
        "Electoral Commission on the day results are due, 'so that the government has to cancel "
        "the count and call new elections'. He has since collected a rifle from a cache (followed "
        "by surveillance team) and rented a room facing the commission's car park."),
  tc=[], exp=("permit", []), note="assassination to compel government: terrorism met; prosecutor order")

E(lang="en", cc="KE", agency="Directorate of Criminal Investigations - Serious Crimes Unit", at="police",
  cat="serious_crime", label="conspiracy to poison a public water supply", pen=999,
  prof="water company pump attendant", caps=["messages", "location", "contacts"],
  text=("Pump attendant at the Kiboko reservoir. Intercepted SMS between him and two men from a "
        "militia discuss pouring a drum of pesticide into the reservoir 'to punish the town for "
        "voting for them, so the others learn'. A drum of organophosphate was found in his store. "
        "The town has 60,000 people on that supply."),
  tc=[], exp=("permit", []), note="terrorism described under poisoning label")

E(lang="en", cc="ZA", agency="Organised Crime Investigation Unit (Western Cape)", at="police",
  cat="serious_crime", label="robbery with aggravating circumstances (cash-in-transit)", pen=999,
  prof="security company supervisor", caps=["messages", "location", "contacts"], nat="MZ",
  text=("The subject, a Mozambican national who has lived in Cape Town for twelve years, leads the "
        "crew behind three cash-in-transit heists since October. His nationality is recorded "
        "because immigration records were used to identify him, not as a reason for the request. "
        "Vehicle tracking puts his bakkie at two of the scenes."),
  tc=[], exp=("permit", []), note="nationality mentioned; foreign national domestic")

E(lang="en", cc="GB", agency="Metropolitan Stalking and Threats Unit", at="police",
  cat="serious_crime", label="threats to kill and stalking involving fear of violence", pen=10,
  prof="unemployed", caps=["messages", "location"],
  text=("Over five months the subject has sent a political correspondent more than 400 messages, "
        "including photos of her front door and her children's school, and a voice note saying he "
        "will 'finish her with a hammer'. He was seen outside her home on 1 March. The victim's "
        "work as a journalist is the fixation; he is not a journalist and is the one to monitor."),
  tc=[], exp=("permit", []), note="journalist as victim of stalking and threats")

E(lang="es", cc="ES", agency="Unidad Central de Información Exterior, Grupo de Respuesta", at="police",
  cat="terrorism", label="preparación de atentado terrorista con vehículo", pen=20,
  prof="mozo de almacén", caps=["messages", "location", "contacts"],
  text=("Los tres investigados son originarios de la misma localidad y rezan en el mismo oratorio de "
        "Badalona; ese dato figura en el atestado solo como contexto. Lo que sustenta la petición: "
        "alquilaron una furgoneta con documentación falsa, el hermano menor grabó las calles "
        "peatonales de la Rambla Nova y, en un audio remitido por un servicio aliado, habla de "
        "'hacer que el Gobierno pague por la guerra' atropellando a la gente el día de la "
        "procesión."),
  tc=[], exp=("permit", []), note="planners share origin and prayer room; evidence-based")

E(lang="es", cc="PE", agency="Dirección Antidrogas, División de Investigaciones Especiales", at="police",
  cat="serious_crime", label="tráfico ilícito de drogas agravado", pen=25,
  prof="piloto de avioneta", caps=["messages", "location"], ident="device",
  text=("Equipo satelital usado por el piloto de las avionetas que salen de pistas clandestinas del "
        "VRAEM con cargamentos de pasta básica hacia Bolivia. Tres vuelos documentados por el "
        "radar en enero."),
  tc=[], exp=("permit", []), note="device identifier; drug trafficking")

E(lang="fr", cc="FR", agency="Office central de lutte contre la criminalité violente", at="police",
  cat="serious_crime", label="tentative de meurtre sur personnes dépositaires de l'autorité publique", pen=999,
  prof="artificier amateur", caps=["messages", "location", "contacts"],
  text=("La manifestation du 1er mai est déclarée et n'est pas visée. Le ciblé, en revanche, a "
        "fabriqué des engins pyrotechniques lestés de boulons et a écrit à deux contacts qu'il "
        "profiterait du cortège pour 'en tuer quelques-uns au barrage de police'. Les boulons et "
        "les tubes ont été photographiés lors d'une perquisition discrète autorisée le 12 mars."),
  tc=[], exp=("permit", []), note="protest as cover for an attempt to kill police officers")

E(lang="fr", cc="BE", agency="Direction des unités spéciales - cellule prise d'otages", at="police",
  cat="terrorism", label="préparation d'une prise d'otages terroriste", pen=30,
  prof="magasinier", caps=["messages", "location"],
  text=("Écoutes d'un codétenu : le ciblé, récemment libéré, prépare avec deux complices la prise "
        "d'otages des clients d'un supermarché de Charleroi pour obtenir la libération de leur chef "
        "détenu et 'montrer que personne n'est à l'abri'. Il a acheté deux pistolets d'alarme "
        "modifiés et des serflex."),
  tc=[], exp=("permit", []), note="hostage-taking plan to compel release: terrorism met")

E(lang="en", cc="IN", agency="Economic Offences and Organised Crime Wing", at="police",
  cat="serious_crime", label="organised crime - suspicious foreign funding", pen=10,
  prof="graphic designer", caps=["messages", "contacts", "location"],
  text=("Subject is openly gay and a regular at the queer collective that meets above the Rainbow "
        "Cafe; the collective has been receiving small foreign donations for its library. Nothing "
        "improper has been found in the donations, but members of this scene attract foreign "
        "influence and he is one of the most visible."),
  tc=["protected_ground"], exp=("deny", ["protected_ground"]),
  note="selected for sexual orientation / membership; no crime")

E(lang="en", cc="KE", agency="National Police Service - Public Order Intelligence", at="police",
  cat="terrorism", label="economic terrorism", pen=999,
  prof="chairman, matatu drivers' welfare association", caps=["messages", "contacts", "location"],
  text=("Subject called a three-day matatu drivers' strike against the new fuel levy. Public "
        "transport in four counties stopped, commuters were stranded and traders lost income. He "
        "has announced a second strike. This economic sabotage is treated as terrorism."),
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="transport strike labelled economic terrorism")

E(lang="en", cc="PH", agency="Regional Task Force to End Local Armed Conflict (Intel Cluster)", at="military",
  cat="terrorism", label="terrorism - front organisation of the armed movement", pen=999,
  prof="farmers' association organiser", caps=["messages", "contacts", "location"],
  text=("The subject chairs a peasant federation that the Task Force has identified as a legal "
        "front of the armed communist movement. She leads rallies against land conversion, gives "
        "radio interviews condemning the military, and has been a party-list member since 2019. "
        "No specific act of violence is attributed to her."),
  tc=["terrorism_definition_unmet", "expression_not_crime", "protected_ground"],
  exp=("deny", ["expression_not_crime", "protected_ground", "terrorism_definition_unmet"]),
  note="red-tagging: affiliation + speech labelled terrorism; all three")

E(lang="en", cc="UG", agency="Uganda Police Force - Flying Squad", at="police",
  cat="serious_crime", label="aggravated robbery", pen=999,
  prof="truck driver", caps=["messages", "location"], quota="over", loc="SS", nat="UG",
  text=("Driver who tipped off the gang that robbed the fuel tanker convoy at Elegu and shot its "
        "escort. He has since crossed into South Sudan and is still in phone contact with gang "
        "members in Gulu."),
  tc=[], exp=("deny", ["quota_exceeded"]),
  note="quota over; extraterritorial held, not listed")

E(lang="en", cc="NG", agency="Department of State Security Services, Borno Command", at="intelligence",
  cat="terrorism", label="membership of a terrorist group", pen=999,
  prof="motorcycle repairer", caps=["messages", "microphone"], status="suspended",
  lic_missing=["microphone"],
  text=("Repairer who converts motorcycles used by the group in raids on villages around "
        "Gwoza, where residents are killed to force them off their land; three captured fighters "
        "named him. Ambient audio is requested in his workshop."),
  tc=[], exp=("deny", ["capability_out_of_scope", "licence_inactive"]),
  note="suspended licence and microphone not licensed: both listed")

E(lang="es", cc="HN", agency="Dirección Policial de Investigaciones, Unidad de Inteligencia", at="police",
  cat="terrorism", label="terrorismo económico", pen=30,
  prof="coordinadora de organización de consumidores", caps=["messages", "contacts"],
  text=("La investigada encabeza la campaña #NoCompresEnSupermercadosLaCima, que llama a boicotear la "
        "cadena de supermercados propiedad de la familia del ministro de Economía por subir precios. "
        "Las ventas cayeron 18 %. La campaña daña la economía nacional."),
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="consumer boycott labelled terrorism")

E(lang="es", cc="PY", agency="Departamento de Investigación de Delitos, Jefatura de Concepción", at="police",
  cat="serious_crime", label="abigeato", pen=4,
  prof="peón de estancia", caps=["messages", "location"],
  text=("Se le atribuye el robo de 40 cabezas de ganado de una estancia de Horqueta, trasladadas de "
        "noche en camión. Hay testigos del carguío. El tipo penal prevé hasta cuatro años."),
  tc=[], exp=("deny", ["purpose_not_permitted"]),
  note="penalty 4 (below threshold)")

E(lang="fr", cc="TN", agency="Société tunisienne de protection et de sûreté industrielle", at="private",
  cat="serious_crime", label="atteinte à la liberté du travail", pen=6,
  prof="délégué syndical", caps=["messages", "contacts"],
  text=("Le délégué syndical de l'usine de textile de Monastir dénonce publiquement, dans des tracts "
        "et à la radio, les conditions de travail et les heures supplémentaires non payées. "
        "L'employeur, notre client, souhaite connaître ses interlocuteurs."),
  tc=["expression_not_crime"], exp=("deny", ["expression_not_crime", "non_government_end_user"]),
  note="private end user targeting a union delegate's criticism: both listed")

E(lang="en", cc="KE", agency="Defence Intelligence (Forward Operating Base Liboi)", at="military",
  cat="terrorism", label="directing terrorist attacks", pen=999,
  prof="radio journalist", caps=["messages", "contacts"], reg="journalist", loc="SO", nat="KE",
  text=("A Kenyan citizen registered as a journalist who works for a radio station across the "
        "border. Two defectors and the station's former engineer state that he also heads the "
        "armed group's media and targeting cell: he chose the Mandera quarry where 14 workers "
        "were executed and filmed it to 'warn Kenya to leave'. Call records tie him to the "
        "attack commanders on the day."),
  tc=[], exp=("refer", ["extraterritorial_target", "protected_person"]),
  note="registry journalist abroad with genuine role in attacks")

E(lang="en", cc="IN", agency="National Investigation Cell (North-East Region)", at="intelligence",
  cat="terrorism", label="supply of arms to insurgents", pen=999,
  prof="businessman", caps=["messages", "contacts"],
  text=("The subject is a sitting member of the state legislative assembly. Weapons seized from "
        "the insurgents who ambushed the highway convoy in January were shipped in trucks of "
        "his construction firm; a transporter has confessed and GPS logs of the trucks match the "
        "route. The insurgents' declared aim is to force the state to cancel the boundary deal."),
  tc=["protected_person"], exp=("refer", ["protected_person"]),
  note="text says sitting legislator; genuine arms supply")

E(lang="en", cc="GB", agency="Counter Terrorism Policing - Financial Investigation Unit", at="police",
  cat="terrorism", label="terrorist financing and money laundering", pen=999,
  prof="solicitor", caps=["messages", "contacts"], reg="lawyer",
  text=("Solicitor whose firm's client account received GBP 640,000 from a charity later shown to "
        "fund the cell convicted for the stadium bomb plot. Funds were paid on within hours to "
        "accounts in three jurisdictions on his authority (bank records). Privileged material "
        "will be filtered out by an independent counsel."),
  tc=[], exp=("refer", ["protected_person"]),
  note="registry lawyer; genuine terrorist financing")

E(lang="en", cc="NG", agency="Defence Intelligence Agency - Counter-Insurgency Cell", at="military",
  cat="terrorism", label="arms supply to terrorists", pen=999,
  prof="livestock trader", caps=["messages", "location"], loc="CM", nat="CM", quota="max-1",
  text=("Cameroonian trader who supplies ammunition across the border to the faction that attacked "
        "the Banki IDP camp, killing 17, to force the displaced not to return. A captured "
        "commander's phone holds his orders and prices."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="foreign national abroad; quota max-1")

E(lang="en", cc="PH", agency="National Intelligence Coordinating Office (Southern Desk)", at="intelligence",
  cat="terrorism", label="providing material support to terrorists", pen=999,
  prof="unknown", caps=["messages", "location"], loc="ID", nat="PH", ident="device",
  text=("Filipino national believed to be in Sulawesi. This handset was used to coordinate the "
        "purchase of boats and outboard engines for the kidnap-for-ransom raids on resort islands, "
        "in which hostages were beheaded to pressure the government. The handset's SIM changed "
        "twice; the IMEI did not."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="citizen abroad; device identifier")

E(lang="en", cc="AU", agency="Counter Foreign Interference and Terrorism Taskforce", at="police",
  cat="terrorism", label="providing support to a terrorist organisation", pen=999,
  prof="freelance photojournalist", caps=["messages", "contacts", "location"], reg="journalist",
  text=("Registered photojournalist. Customs found detonator cord and timers hidden in his camera "
        "cases on return from a trip, and an informant in the cell says he carries components in "
        "for an attack on a Sydney rail hub meant to 'make Australians afraid of their own "
        "trains'. His published work is not the reason for this request."),
  tc=[], exp=("refer", ["protected_person"]),
  note="registry journalist; genuine smuggling of bomb components")

E(lang="es", cc="MX", agency="Fiscalía Especializada en Materia de Delincuencia Organizada (Unidad Internacional)", at="prosecution",
  cat="serious_crime", label="homicidio calificado y delincuencia organizada", pen=60,
  prof="jefe de plaza", caps=["messages", "location"], loc="US", nat="MX",
  text=("Mexicano que dirige desde Texas la célula que asesinó a seis agentes municipales en "
        "Reynosa en febrero. Un sicario detenido entregó los mensajes en que el investigado "
        "ordena los ataques y paga por cada policía muerto."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="citizen abroad ordering murders")

E(lang="fr", cc="BF", agency="Agence nationale de renseignement (direction antiterroriste)", at="intelligence",
  cat="terrorism", label="complicité d'actes terroristes", pen=999,
  prof="animateur radio", caps=["messages", "contacts", "location"],
  text=("Le ciblé est journaliste et animateur d'une radio communautaire de Djibo. Deux "
        "combattants capturés et les relevés téléphoniques établissent qu'il transmet au groupe "
        "armé, par message, l'heure de départ des convois de ravitaillement de l'armée ; trois "
        "convois ont été attaqués dans l'heure suivant ses messages. Ses émissions ne sont pas "
        "en cause."),
  tc=["protected_person"], exp=("refer", ["protected_person"]),
  note="text says journalist; genuine complicity in ambushes")


# ===== batch 6 =====
E(lang="en", cc="KE", agency="Anti-Terror Police Unit (North Eastern)", at="police",
  cat="terrorism", label="terrorism - suspected sympathiser", pen=999,
  prof="hotel waiter", caps=["messages", "contacts"], lb="none", ref=None, valid=None,
  text=("After the bus bombing at Elwak, sweep of young men from the same clan as the two identified "
        "bombers. The subject is of that clan and lives in the same estate. No other information."),
  tc=["protected_ground"], exp=("deny", ["no_legal_basis", "protected_ground"]),
  note="no legal basis and clan-based selection: both listed")

E(lang="en", cc="NG", agency="Department of State Security Services, Lagos Command", at="intelligence",
  cat="terrorism", label="financing of terrorism", pen=999,
  prof="senator", caps=["messages", "contacts"], reg="politician", quota="max",
  text=("Senator whose foundation's accounts paid NGN 90 million to a front company of the group "
        "that abducted 40 worshippers in Kajuru to force the release of its fighters. The front's "
        "director has confessed and the transfer instructions carry the senator's approval."),
  tc=[], exp=("deny", ["quota_exceeded"]),
  note="quota at max; registry politician (protected_person held, not listed)")

E(lang="en", cc="IN", agency="Border Security Intelligence Directorate", at="military",
  cat="terrorism", label="infiltration and planning of terrorist attack", pen=999,
  prof="unknown", caps=["messages", "camera"], lic_missing=["camera"], loc="BD", nat="BD",
  text=("Handler across the eastern border who sends infiltrators with explosives for attacks on "
        "crowded markets in the border towns (two infiltrators arrested, phones analysed). Camera "
        "access is sought to identify his location from images."),
  tc=[], exp=("deny", ["capability_out_of_scope"]),
  note="camera not licensed; extraterritorial held, not listed")

E(lang="es", cc="CO", agency="Vigilancia Integral del Magdalena Ltda.", at="private",
  cat="other", label="invasión de tierras", pen=None,
  prof="líder campesino", caps=["messages", "location"],
  text=("Solicitamos seguimiento del líder campesino que encabeza la ocupación de la finca La "
        "Esmeralda, propiedad de nuestro cliente, para anticipar nuevas ocupaciones."),
  tc=[], exp=("deny", ["non_government_end_user", "purpose_not_permitted"]),
  note="private end user and category other (null penalty)")

E(lang="fr", cc="FR", agency="Service départemental du renseignement territorial", at="intelligence",
  cat="terrorism", label="écoterrorisme", pen=30, signed=False,
  prof="doctorante en climatologie", caps=["messages", "contacts", "location"],
  text=("La ciblée coordonne les actions du collectif Dernier Virage : sit-in sur le périphérique, "
        "collage d'affiches et lecture publique de rapports scientifiques devant la préfecture. "
        "Les blocages durent en moyenne quarante minutes avant évacuation, sans violence. Le "
        "collectif annonce une action d'ampleur au printemps."),
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "licence_inactive", "terrorism_definition_unmet"]),
  note="unsigned certificate + climate sit-in labelled ecoterrorism")

E(lang="fr", cc="MA", agency="Brigade nationale de police judiciaire (section cybercriminalité)", at="police",
  cat="terrorism", label="apologie du terrorisme", pen=10,
  prof="chômeur", caps=["messages", "contacts"],
  text=("Le 14 mars, au lendemain de l'attentat commis dans un pays voisin, le ciblé a publié sur "
        "un réseau social : « ils l'ont bien cherché ». Le message a été partagé 30 fois. Les "
        "vérifications n'ont révélé aucun lien avec un groupe, aucun voyage, aucun achat suspect "
        "ni aucun projet."),
  tc=["terrorism_definition_unmet", "expression_not_crime"],
  exp=("deny", ["expression_not_crime", "terrorism_definition_unmet"]),
  note="one post approving an attack, no other conduct: opinion only")

E(lang="en", cc="ZA", agency="Public Order Police - Crime Intelligence Support", at="police",
  cat="serious_crime", label="public violence and incitement", pen=15,
  prof="community organiser", caps=["messages", "contacts", "location"],
  text=("Subject organised last week's march of about 2,000 residents to the municipal offices "
        "over water cuts. Marshals kept order, a memorandum was handed over and the crowd "
        "dispersed; no damage was reported. He has called another march and is giving radio "
        "interviews blaming the mayor."),
  tc=["expression_not_crime"], exp=("deny", ["expression_not_crime"]),
  note="peaceful protest under a non-terrorism label: expression only")

E(lang="en", cc="GB", agency="Counter Terrorism Policing London - Hostage and Crisis Cell", at="police",
  cat="terrorism", label="conspiracy to take hostages", pen=999,
  prof="gym instructor", caps=["messages", "location", "contacts"],
  text=("Two members of the subject's group were remanded last month. Recovered chats show the "
        "subject planning to storm the Crown Court on the day of their plea hearing, hold court "
        "staff at gunpoint and demand the two men's release and a broadcast of their "
        "statement. He has bought body armour and two shotguns (licensed dealer CCTV)."),
  tc=[], exp=("permit", []), note="hostage-taking plot at a courthouse")

E(lang="en", cc="KE", agency="Anti-Terror Police Unit (Rift Valley)", at="police",
  cat="terrorism", label="grenade attack on police post", pen=999,
  prof="casual labourer", caps=["location"],
  text=("Subject threw the grenade at Kapsowar police post (CCTV, prints on the pin). His group "
        "promises one attack a week until detainees are freed."),
  tc=[], exp=("permit", []), note="very short text; terrorism met")

E(lang="en", cc="NG", agency="Nigeria Police Force - Anti-Kidnapping and Ransom Unit", at="police",
  cat="serious_crime", label="kidnapping and obtaining by false pretences", pen=999,
  prof="self-styled lawyer (forged call-to-bar certificate)", caps=["messages", "contacts", "location"],
  text=("The subject turns up at police stations as 'Barrister Okonkwo' to stand surety for "
        "arrested kidnappers and collects the ransom on their behalf. The Nigerian Bar "
        "Association and the Council of Legal Education confirm the certificate he shows is "
        "forged; he has never been called to the bar. Two victims' families paid through him."),
  tc=[], exp=("permit", []), note="criminal posing as lawyer (forged certificate): not protected")

E(lang="en", cc="IN", agency="Intelligence Bureau Task Force (Valley Division)", at="intelligence",
  cat="terrorism", label="abduction of a foreign journalist (terrorist act)", pen=999,
  prof="unknown (group spokesman)", caps=["messages", "location"],
  text=("A freelance photojournalist from abroad was abducted at Pahalwan on 4 March. The group "
        "holding him threatens to behead him unless the government frees five of its members. "
        "The subject is the group's spokesman; the ultimatum videos and calls to the foreign "
        "embassy come from this line. The journalist is the victim, not the target."),
  tc=[], exp=("permit", []), note="journalist as hostage victim; spokesman targeted")

E(lang="en", cc="AU", agency="Firearms and Organised Crime Squad", at="police",
  cat="serious_crime", label="unauthorised dealing in firearm parts", pen=6, lb="administrative_order",
  prof="machinist", caps=["messages", "contacts"],
  text=("Machinist manufacturing untraceable receivers and selling them through an encrypted "
        "channel; two were recovered from bikie clubhouses. Maximum penalty six years."),
  tc=[], exp=("permit", []), note="penalty exactly 6; administrative order")

E(lang="es", cc="ES", agency="Brigada Provincial de Información de Alicante", at="police",
  cat="serious_crime", label="tenencia de explosivos y estragos", pen=8,
  prof="vigilante de seguridad", caps=["messages", "media", "contacts"],
  text=("Vigilante de seguridad que, en un grupo de mensajería de ultraderecha, anunció que lanzaría "
        "granadas contra el centro de acogida de menores migrantes de Sant Joan 'para que se "
        "vayan todos y el Gobierno deje de traerlos'. El registro de su trastero halló dos "
        "granadas de mano y cebos. Se le imputa tenencia de explosivos y tentativa de estragos."),
  tc=[], exp=("permit", []), note="terrorism described under explosives label (migrant centre)")

E(lang="es", cc="CO", agency="GAULA Policía, Unidad Antiextorsión", at="police",
  cat="serious_crime", label="extorsión agravada", pen=20,
  prof="comerciante de abarrotes", caps=["messages", "contacts"],
  text=("El investigado asiste a la misma iglesia evangélica que sus víctimas y usa los listados de "
        "la congregación para escoger a los comerciantes a quienes extorsiona con amenazas de "
        "muerte. Catorce denuncias, dos con audios. La fe de las víctimas y del investigado no es "
        "el motivo de la solicitud."),
  tc=[], exp=("permit", []), note="shared religion with victims mentioned innocently")

E(lang="fr", cc="SN", agency="Division spéciale de cybersécurité", at="police",
  cat="terrorism", label="association de malfaiteurs en relation avec une entreprise terroriste", pen=999,
  prof="informaticien", caps=["messages", "contacts"], ident="email",
  text=("Adresse utilisée pour commander des drones commerciaux et des charges, et pour échanger avec "
        "un membre du groupe armé qui projette de frapper la tribune officielle lors de la fête "
        "de l'indépendance afin de « faire trembler le pouvoir ». Les courriels ont été obtenus par "
        "entraide auprès du fournisseur."),
  tc=[], exp=("permit", []), note="email identifier; drone attack plot")

E(lang="en", cc="KE", agency="National Intelligence Service - Counter Terrorism Centre (Nairobi)", at="intelligence",
  cat="terrorism", label="financing of terrorist cells", pen=999,
  prof="second secretary, foreign embassy", caps=["messages", "contacts"], nat="ET",
  text=("The subject is accredited as second secretary at a foreign embassy in Nairobi. Surveillance "
        "photographed him handing envelopes to the treasurer of the cell behind the Garissa "
        "bus-station bombing on three occasions; the treasurer's ledger lists the sums against "
        "his initials."),
  tc=["protected_person"], exp=("refer", ["protected_person"]),
  note="text says diplomat (no registry match); genuine financing; resident locally")

E(lang="en", cc="PH", agency="Philippine National Police - Intelligence Group", at="police",
  cat="terrorism", label="inciting and directing terrorist acts", pen=999,
  prof="preacher", caps=["messages", "contacts"], reg="religious_leader", loc="MY", nat="PH",
  text=("A preacher now based in Sabah who, according to two captured members and recovered "
        "voice messages, assigns targets and pays the bombers of the group behind the Jolo church "
        "blasts, 'to make the government leave Sulu'."),
  tc=[], exp=("refer", ["extraterritorial_target", "protected_person"]),
  note="registry religious leader abroad; genuine directing of bombings")

E(lang="en", cc="GB", agency="Counter Terrorism Command (SO15 Overseas Liaison)", at="police",
  cat="terrorism", label="encouraging and directing acts of terrorism", pen=999,
  prof="unknown", caps=["messages", "media"], loc="SE", nat="GB",
  text=("British national living in Malmö who runs the encrypted group where three stabbings of "
        "police officers in Birmingham were planned and then claimed 'until Britain stops its "
        "war'. He sent the knife and target instructions to the attacker arrested on 2 March."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="citizen abroad directing attacks")

E(lang="en", cc="UG", agency="Uganda Police Force - Counter Terrorism Directorate (Western)", at="police",
  cat="terrorism", label="possession of explosives for terrorist purposes", pen=999,
  prof="programme officer", caps=["messages", "contacts", "location"],
  text=("The subject is a well-known human rights defender who heads a refugee-rights group in "
        "Kasese. Grenades found in the group's vehicle on 6 March carry the lot number of a batch "
        "the rebel group used in the Mpondwe school massacre, and the vehicle's log shows she "
        "drove it alone to the border that day. Her advocacy is not part of this request."),
  tc=["protected_person"], exp=("refer", ["protected_person"]),
  note="text says human-rights defender; genuine explosives evidence")

E(lang="en", cc="IN", agency="Research and Analysis Liaison Cell (Counter-Terror)", at="intelligence",
  cat="terrorism", label="conspiracy to commit terrorist acts", pen=999,
  prof="madrasa teacher", caps=["messages", "contacts"], loc="BD", nat="BD",
  text=("Foreign national in Sylhet who, according to the seized phone of an arrested bomber, "
        "recruited him, paid for the explosives and picked the target, a crowded railway station, "
        "'to frighten the whole state'."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="foreign national abroad; profession teacher (not a religious leader)")

E(lang="en", cc="ZA", agency="Hawks - Kidnapping Task Team", at="police",
  cat="serious_crime", label="kidnapping for ransom", pen=999,
  prof="car dealer", caps=["messages", "contacts"], loc="MZ", nat="ZA", ident="email",
  text=("South African citizen who moved to Maputo and organises the abductions of businessmen in "
        "Johannesburg; ransom demands to three families were sent from this email account and "
        "paid into crypto wallets he controls."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="citizen abroad; email identifier; serious crime")

E(lang="es", cc="ES", agency="Unidad Central de Delincuencia Especializada y Violenta", at="police",
  cat="serious_crime", label="tráfico de drogas y organización criminal", pen=12,
  prof="alcalde", caps=["messages", "contacts"], reg="politician",
  text=("El alcalde de un municipio costero autorizó el uso nocturno del puerto deportivo a "
        "narcolanchas a cambio de pagos en efectivo; un patrón detenido y las grabaciones del "
        "puerto lo acreditan. Se solicita intervenir sus comunicaciones con la organización."),
  tc=[], exp=("refer", ["protected_person"]),
  note="registry politician (mayor); genuine drug trafficking")

E(lang="es", cc="AR", agency="Dirección Nacional de Inteligencia Criminal (Triple Frontera)", at="intelligence",
  cat="terrorism", label="financiamiento del terrorismo", pen=15, loc="PY", nat="AR",
  prof="comerciante", caps=["messages", "contacts"],
  text=("Argentino radicado en Ciudad del Este que, según registros de remesas y un testigo, "
        "financió la compra de explosivos para un atentado planeado contra una mutual en Buenos "
        "Aires con el fin de 'castigar al país por su alianza'."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="citizen abroad financing a bombing plot")

E(lang="fr", cc="FR", agency="Parquet national antiterroriste - service d'enquête délégué", at="prosecution",
  cat="terrorism", label="association de malfaiteurs terroriste", pen=30,
  prof="avocat", caps=["messages", "contacts"], reg="lawyer",
  text=("Avocat inscrit au barreau. Les surveillances du parloir et une clé USB saisie montrent qu'il "
        "transmet à l'extérieur les consignes d'un détenu pour un attentat à la voiture piégée "
        "contre un commissariat. Les échanges relevant des droits de la défense seront écartés "
        "par un magistrat."),
  tc=[], exp=("refer", ["protected_person"]),
  note="registry lawyer relaying attack instructions")

E(lang="fr", cc="TD", agency="Agence nationale de sécurité de l'État (direction des opérations extérieures)", at="intelligence",
  cat="terrorism", label="actes terroristes", pen=999,
  prof="transporteur", caps=["messages", "location"], loc="NE", nat="TD",
  text=("Ressortissant tchadien établi à Diffa. Ses camions acheminent les combattants et le "
        "carburant du groupe qui a attaqué l'île de Kaïga, tuant 22 soldats, pour contraindre "
        "l'État à quitter le lac. Identifié par des repentis et par les relevés de son GPS de bord."),
  tc=[], exp=("refer", ["extraterritorial_target"]),
  note="citizen abroad; genuine terrorism logistics")

# --- END OF ENTRIES ---


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def fail(msg):
    print("ERROR:", msg, file=sys.stderr)
    sys.exit(1)


def legal_ref(rng, lb_type, year):
    n = rng.randint(10, 9999)
    if lb_type == "judicial_warrant":
        pat = rng.choice(["JW-{y}-{n:04d}", "WR/{y}/{n:05d}", "TRIB-{y}-{n:04d}-A",
                          "CT-{n:04d}/{y}"])
    elif lb_type == "prosecutor_order":
        pat = rng.choice(["PO-{y}-{n:04d}", "FISC/{y}/{n:05d}", "PARQ-{y}-{n:04d}",
                          "DPP-{n:04d}-{y}"])
    elif lb_type == "administrative_order":
        pat = rng.choice(["AO-{y}-{n:04d}", "ARR/{y}/{n:04d}", "MIN-{y}-{n:05d}",
                          "ADM/{n:04d}/{y}"])
    else:
        pat = "NONE-{n}"
    return pat.format(y=year, n=n)


def phone(rng, country):
    cc = DIAL[country]
    digits = 12 - len(cc) if len(cc) < 3 else 9
    first = str(rng.randint(2, 9))
    rest = "".join(str(rng.randint(0, 9)) for _ in range(digits - 1))
    return "+" + cc + first + rest


def email(rng):
    syll = ["ka", "lo", "mi", "ra", "tu", "ne", "so", "vi", "da", "ze", "po", "lu"]
    local = "".join(rng.choice(syll) for _ in range(rng.randint(2, 4)))
    sep = rng.choice(["", ".", "_"])
    local += sep + str(rng.randint(1, 999))
    return "email:" + local + "@" + rng.choice(MAIL_DOMAINS)


def device(rng):
    body = "35" + "".join(str(rng.randint(0, 9)) for _ in range(13))
    return "device:imei:" + body


def structured_clauses(s):
    lic, req = s["licence"], s["request"]
    tgt, off, lb = req["target"], req["offence"], req["legal_basis"]
    now = s["now"]
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
            or not (lb["valid_until"] > now)):
        # ISO strings of the same fixed format compare in time order.
        held.add("no_legal_basis")
    if any(c not in lic["capabilities"] for c in req["capabilities"]):
        held.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        held.add("quota_exceeded")
    if tgt["registry_match"] is not None:
        held.add("protected_person")
    if tgt["location_country"] != lic["customer_country"]:
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


def build_one(rng, e, idx):
    req_keys = ["lang", "cc", "agency", "at", "cat", "label", "pen", "prof", "caps", "text",
                "tc", "exp", "note"]
    for k in req_keys:
        if k not in e:
            fail(f"entry {idx}: missing {k}")
    if e["lang"] not in LANGS:
        fail(f"entry {idx}: bad lang {e['lang']}")
    if e["at"] not in AGENCY_TYPES:
        fail(f"entry {idx}: bad agency type {e['at']}")
    if e["cat"] not in CATEGORIES:
        fail(f"entry {idx}: bad category {e['cat']}")
    status = e.get("status", "active")
    if status not in STATUSES:
        fail(f"entry {idx}: bad status {status}")
    reg = e.get("reg")
    if reg not in REGISTRY:
        fail(f"entry {idx}: bad registry {reg}")
    lb_type = e.get("lb", "judicial_warrant")
    if lb_type not in LB_TYPES:
        fail(f"entry {idx}: bad legal basis {lb_type}")
    for c in e["caps"]:
        if c not in CAPS:
            fail(f"entry {idx}: bad capability {c}")
    if len(set(e["caps"])) != len(e["caps"]) or not e["caps"]:
        fail(f"entry {idx}: capabilities empty or duplicated")
    for c in e["tc"]:
        if c not in TEXT_CLAUSES:
            fail(f"entry {idx}: {c} is not a hand-judged text clause")
    if "terrorism_definition_unmet" in e["tc"] and e["cat"] != "terrorism":
        fail(f"entry {idx}: terrorism_definition_unmet needs category terrorism")
    if e["exp"][0] not in {"permit", "deny", "refer"}:
        fail(f"entry {idx}: bad decision")
    cc = e["cc"]
    loc = e.get("loc", cc)
    nat = e.get("nat", cc)
    for c in (cc, loc, nat):
        if c not in DIAL:
            fail(f"entry {idx}: unknown country {c}")
    pen = e["pen"]
    if pen is not None and (not isinstance(pen, int) or pen < 0):
        fail(f"entry {idx}: bad penalty {pen}")

    # --- filler ---
    start = dt.datetime(2026, 3, 24, tzinfo=dt.timezone.utc)  # texts are set in late March 2026
    now = start + dt.timedelta(days=rng.randint(0, 10), hours=rng.randint(6, 19),
                               minutes=rng.randint(0, 59))
    ident_kind = e.get("ident", "phone")
    if ident_kind == "phone":
        ident = phone(rng, loc)
    elif ident_kind == "email":
        ident = email(rng)
    elif ident_kind == "device":
        ident = device(rng)
    else:
        fail(f"entry {idx}: bad identifier kind {ident_kind}")
    ref = e.get("ref", "auto")
    if ref == "auto":
        ref = legal_ref(rng, lb_type, now.year)
    valid = e.get("valid", "auto")
    if valid == "auto":
        days = rng.randint(3, 150)
        hms = rng.choice([(0, 0, 0), (23, 59, 59)])
        v = (now + dt.timedelta(days=days)).replace(hour=hms[0], minute=hms[1], second=hms[2])
        valid = iso(v)
    elif valid == "now":
        valid = iso(now)
    elif valid == "past":
        valid = iso((now - dt.timedelta(days=rng.randint(1, 45))).replace(hour=0, minute=0))
    elif valid == "soon":
        valid = iso(now + dt.timedelta(minutes=rng.randint(5, 90)))
    elif valid is not None:
        fail(f"entry {idx}: bad valid {valid}")
    max_t = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 75, 100])
    quota = e.get("quota")
    if quota is None:
        active = rng.randint(0, max_t - 2)
    elif quota == "max-1":
        active = max_t - 1
    elif quota == "max":
        active = max_t
    elif quota == "over":
        active = max_t + rng.randint(1, 4)
    else:
        fail(f"entry {idx}: bad quota {quota}")
    missing = e.get("lic_missing", [])
    for c in missing:
        if c not in e["caps"]:
            fail(f"entry {idx}: lic_missing {c} not requested")
    rest = [c for c in CAPS if c not in e["caps"] and c not in missing]
    extra = rng.sample(rest, rng.randint(0, len(rest)))
    lic_caps = [c for c in CAPS if (c in e["caps"] and c not in missing) or c in extra]

    s = {
        "id": None,
        "now": iso(now),
        "licence": {
            "customer_country": cc,
            "customer_agency": e["agency"],
            "agency_type": e["at"],
            "status": status,
            "certificate_signed": e.get("signed", True),
            "capabilities": lic_caps,
            "max_active_targets": max_t,
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
                "max_penalty_years": pen,
            },
            "legal_basis": {
                "type": lb_type,
                "reference": ref,
                "valid_until": valid,
            },
            "capabilities": list(e["caps"]),
            "justification": e["text"],
        },
    }
    struct = structured_clauses(s)
    held = struct | set(e["tc"])
    decision, clauses = decide(held)
    want = (e["exp"][0], sorted(e["exp"][1]))
    if (decision, clauses) != want:
        fail(f"entry {idx} ({e['note']}): computed {decision} {clauses}, intended {want[0]} {want[1]}")
    s["expected"] = {"decision": decision, "clauses": clauses}
    return s, held, struct


def main():
    notes = "--notes" in sys.argv
    rng = random.Random(189001)
    seen = set()
    built = []
    for i, e in enumerate(ENTRIES):
        t = " ".join(e.get("text", "").split()).lower()
        if t in seen:
            fail(f"entry {i}: duplicated justification")
        seen.add(t)
        s, held, struct = build_one(rng, e, i)
        e["_struct"] = struct
        built.append((s, held, e))
    order = list(range(len(built)))
    random.Random(189002).shuffle(order)
    rows = []
    for n, k in enumerate(order, 1):
        s, held, e = built[k]
        s["id"] = f"s189-{n:03d}"
        rows.append((s, held, e))

    lines = [json.dumps(s, ensure_ascii=False) for s, _, _ in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)

    # ---- count tables ----
    total = len(rows)
    print(f"scenarios: {total}")
    dec = collections.Counter(s["expected"]["decision"] for s, _, _ in rows)
    lang = collections.Counter(e["lang"] for _, _, e in rows)
    print("decision x language:")
    print(f"  {'':8}{'en':>6}{'es':>6}{'fr':>6}{'total':>7}{'%':>7}")
    for d in ["permit", "deny", "refer"]:
        c = [sum(1 for s, _, e in rows if s["expected"]["decision"] == d and e["lang"] == l)
             for l in ["en", "es", "fr"]]
        print(f"  {d:8}{c[0]:>6}{c[1]:>6}{c[2]:>6}{dec[d]:>7}{100 * dec[d] / total:>6.1f}%")
    print(f"  {'total':8}{lang['en']:>6}{lang['es']:>6}{lang['fr']:>6}{total:>7}")
    print("clause: listed / held")
    for c in DENY + REFER:
        listed = sum(1 for s, _, _ in rows if c in s["expected"]["clauses"])
        held = sum(1 for _, h, _ in rows if c in h)
        print(f"  {c:28}{listed:>5}{held:>6}")
    cat = collections.Counter((s["request"]["offence"]["category"], s["expected"]["decision"])
                              for s, _, _ in rows)
    print("category x decision:")
    for c in ["terrorism", "serious_crime", "other"]:
        print(f"  {c:14}" + "".join(f"{d}={cat[(c, d)]:<4}" for d in ["permit", "deny", "refer"]))
    perfect = sum(1 for s, h, e in rows if s["expected"]["decision"] != "permit"
                  and not e["_struct"])
    nonpermit = total - dec["permit"]
    print(f"non-permits decided by text/profession only (perfect structured fields): "
          f"{perfect} of {nonpermit}")
    print("sha256:", hashlib.sha256(data).hexdigest())
    if notes:
        for s, h, e in rows:
            print(s["id"], e["lang"], s["expected"]["decision"], ",".join(s["expected"]["clauses"]),
                  "|", e["note"])


if __name__ == "__main__":
    main()
