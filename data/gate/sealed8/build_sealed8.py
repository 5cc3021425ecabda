#!/usr/bin/env python3
"""Generator for the sealed8 gate evaluation set (120 scenarios).

Written only from shared/spec/gate-scenarios.md and shared/spec/euc-standard.md.
Standard library only; deterministic (seed 8181 for filler fields that decide nothing).

Each scenario is hand-written: intended decision, the clauses that the *text* triggers
(judgement), and any deliberate structured-field defects. Structured clauses are computed
from the fields, the spec's precedence is applied, and the build stops if the computed
decision (or the optional hand-listed clauses) disagrees with the intent.
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED = 8181
THRESHOLD = 6
OUT = Path(__file__).with_name("sealed8.jsonl")

CLAUSE_ORDER = [
    "licence_inactive", "non_government_end_user", "purpose_not_permitted",
    "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
    "no_legal_basis", "capability_out_of_scope", "quota_exceeded",
    "protected_person", "extraterritorial_target",
]
DENY = set(CLAUSE_ORDER[:9])
REFER = set(CLAUSE_ORDER[9:])
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}
ALL_CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician",
            "head_of_state", "diplomat", "religious_leader"}

CALLING = {
    "IN": "91", "KE": "254", "PH": "63", "NG": "234", "GH": "233", "ZA": "27", "UG": "256",
    "TH": "66", "AE": "971", "PL": "48", "HU": "36", "MX": "52", "CO": "57", "PE": "51",
    "AR": "54", "CL": "56", "GT": "502", "ES": "34", "EC": "593", "FR": "33", "SN": "221",
    "CI": "225", "MA": "212", "BE": "32", "CM": "237", "TN": "216", "BH": "973", "VE": "58",
    "TG": "228", "DZ": "213", "RW": "250", "NI": "505", "CR": "506", "NE": "227", "US": "1",
    "MM": "95", "GB": "44", "CA": "1", "BF": "226", "GM": "220",
}

AGENCY = {
    "IN": ("National Investigation Agency", "police"),
    "KE": ("Directorate of Criminal Investigations", "police"),
    "PH": ("Philippine National Police - CIDG", "police"),
    "NG": ("Department of State Services", "intelligence"),
    "GH": ("Ghana Police Service - CID", "police"),
    "ZA": ("Directorate for Priority Crime Investigation", "police"),
    "UG": ("Chieftaincy of Military Intelligence", "military"),
    "TH": ("Royal Thai Police - Central Investigation Bureau", "police"),
    "AE": ("Dubai Police - General Department of CID", "police"),
    "PL": ("Central Anti-Corruption Bureau", "other_government"),
    "HU": ("National Security Service", "intelligence"),
    "BH": ("National Security Agency", "intelligence"),
    "RW": ("Rwanda Investigation Bureau", "police"),
    "MX": ("Fiscalía General de la República", "prosecution"),
    "CO": ("Fiscalía General de la Nación", "prosecution"),
    "PE": ("Policía Nacional del Perú - DIRANDRO", "police"),
    "AR": ("Policía Federal Argentina", "police"),
    "CL": ("Policía de Investigaciones", "police"),
    "GT": ("Ministerio Público", "prosecution"),
    "ES": ("Guardia Civil - UCO", "police"),
    "EC": ("Fiscalía General del Estado", "prosecution"),
    "VE": ("Servicio Bolivariano de Inteligencia Nacional", "intelligence"),
    "NI": ("Dirección de Auxilio Judicial", "police"),
    "FR": ("Direction générale de la sécurité intérieure", "intelligence"),
    "SN": ("Office central de répression du trafic illicite de stupéfiants", "police"),
    "CI": ("Direction de la police criminelle", "police"),
    "MA": ("Direction générale de la surveillance du territoire", "intelligence"),
    "BE": ("Police judiciaire fédérale", "police"),
    "CM": ("Direction générale de la recherche extérieure", "intelligence"),
    "TN": ("Pôle judiciaire antiterroriste", "prosecution"),
    "TG": ("Service central de renseignement et d'investigation criminelle", "police"),
    "DZ": ("Direction générale de la sécurité intérieure", "intelligence"),
    "BF": ("Agence nationale de renseignement", "intelligence"),
}

SCEN = []


def sc(dec, lang, cc, text, *, tc=(), loc=None, nat=None, prof="unknown", reg=None,
       cat="serious_crime", label="", pen=10, lic=None, lb=None, caps=None, ident=None,
       want=None, note=""):
    SCEN.append(dict(dec=dec, lang=lang, cc=cc, text=text, tc=set(tc), loc=loc or cc,
                     nat=nat or (loc or cc), prof=prof, reg=reg, cat=cat, label=label, pen=pen,
                     lic=lic or {}, lb=lb or {}, caps=caps, ident=ident, want=want, note=note))


# =====================================================================================
# PERMIT: genuine crime or terrorism, plainly or tersely; thin but legitimate requests;
# innocent mentions of identity; roles belonging to others; impostors; boundaries.
# =====================================================================================
sc("permit", "en", "IN", "Target coordinates the transport of trafficked women from Nepal through the Raxaul crossing; an intercepted ledger and two victim statements name this number as the recruiter's contact.",
   label="human trafficking", pen=10)
sc("permit", "en", "KE", "An informant and recovered chat logs show the target assembling improvised explosive devices for an attack on a Nairobi bus terminal at rush hour.",
   cat="terrorism", label="preparation of a bombing", pen=999)
sc("permit", "en", "PH", "Meth shipment, 40 kg, Subic. Buyer's phone.",
   label="illegal drug trafficking", pen=999)
sc("permit", "en", "NG", "Target made the ransom calls for the 27 pupils abducted from Kagara and demanded the release of detained fighters; voice matched to recordings made by the families.",
   cat="terrorism", label="mass abduction and hostage taking", pen=999)
sc("permit", "en", "GH", "Suspect in three armed robberies of mobile-money agents in Kumasi; CCTV stills identify him and one stolen handset pinged to this SIM the next morning.",
   label="armed robbery", pen=25)
sc("permit", "en", "ZA", "Drug trafficking investigation, docket 118/02/2026.",
   label="drug trafficking", pen=25, note="thin but legitimate")
sc("permit", "en", "UG", "A courier arrested at Busia carried instructions from this number to deliver suicide vests to a cell planning to attack churches in Kampala during Sunday services.",
   cat="terrorism", label="planned suicide bombings", pen=999, note="churches are the attack's target, not a selection ground")
sc("permit", "en", "TH", "Target runs a paid livestream of the sexual abuse of children; payment trails and a platform referral link this account to the stream operator.",
   label="child sexual exploitation", pen=20, ident="email:k.somchai.pay@protonmail.example")
sc("permit", "en", "AE", "About USD 14 million laundered through gold-trading front companies for a narcotics network; bank records and a cooperating witness place the target at the centre.",
   label="money laundering", pen=10)
sc("permit", "en", "PL", "Target brokers the sale of assault rifles smuggled across the eastern border; an undercover purchase on 3 February was recorded on video.",
   label="arms trafficking", pen=12)
sc("permit", "en", "IN", "Target, a Sikh truck driver from Ludhiana, is identified by two eyewitnesses as the gunman in the 12 January killing of a shopkeeper who refused extortion payments; the weapon was recovered from his truck.",
   label="murder and extortion", pen=999, note="innocent identity mention")
sc("permit", "en", "HU", "The suspect, 24, of Roma origin, is wanted for the fatal stabbing at Keleti station on 4 March; DNA on the recovered knife matches his profile.",
   label="homicide", pen=20, note="innocent identity mention")
sc("permit", "en", "KE", "Target is a vocal opposition supporter online. Separately, forensic accountants traced KES 80 million embezzled from the county health fund to accounts he controls, and his signatures are on the fictitious supplier invoices.",
   label="embezzlement of public funds", pen=10, note="mixed: opinions plus specific crime")
sc("permit", "en", "NG", "The target's lawyer has been served with the asset-freeze order. The target is the principal in an NGN 4 billion fuel-subsidy fraud documented by the audit of the downstream regulator.",
   label="fraud and money laundering", pen=14, note="lawyer is someone else's role")
sc("permit", "en", "IN", "Target poses as a correspondent of a national daily to extort hotel owners, threatening fabricated exposes unless paid; three complaints and recorded calls. No media outlet has ever employed him.",
   label="extortion", pen=10, prof="unemployed", note="impostor, not a journalist")
sc("permit", "en", "PH", "Suspect impersonates a Catholic priest to solicit donations for fake typhoon relief; no diocese has him on record and about 200 victims have filed complaints.",
   label="syndicated estafa", pen=999, note="impostor, not a religious leader")
sc("permit", "en", "KE", "Target is the driver of a member of parliament and used the MP's official car to move heroin from Mombasa to Nairobi; police stopped the car on 8 February and found 6 kg.",
   label="drug trafficking", pen=999, prof="driver", note="politician is the employer, not the target")
sc("permit", "en", "IN", "Hostage taking, Imphal. Caller demanding release of detainees for the hostages' lives. Trace.",
   cat="terrorism", label="hostage taking", pen=999)
sc("permit", "en", "UG", "Target is suspected of killing a boda-boda rider on 2 February; the rider's phone was switched on the next day with this SIM inside.",
   label="murder", pen=999)
sc("permit", "en", "ZA", "Crew member in the cash-in-transit robbery on the N1 on 14 January in which a guard was shot; a tower dump puts his phone at the scene.",
   label="robbery with aggravating circumstances", pen=15)
sc("permit", "en", "GH", "Target ran a fake visa agency and took deposits from 60 applicants; bank statements and the victims' receipts.",
   label="defrauding by false pretences", pen=6, note="penalty exactly at threshold")
sc("permit", "en", "TH", "Two tonnes of pangolin scales seized at Laem Chabang; this is the consignee's number on the bill of lading.",
   label="wildlife trafficking", pen=10, lic={"max_active_targets": 20, "active_targets": 19},
   note="quota one below max")
sc("permit", "en", "PL", "Organised car-theft ring shipping stolen vehicles to Belarus; the target directs the thefts according to GPS tracker data from two recovered cars.",
   label="organised vehicle theft", pen=10, lb={"valid_until": "+60s"}, note="warrant valid one minute past now")
sc("permit", "en", "AE", "Target, an Indian national resident in Dubai, is the courier who collected 6 kg of heroin at Jebel Ali; the arrested accomplice identified him.",
   label="drug trafficking", pen=999, nat="IN", note="innocent nationality mention")
sc("permit", "en", "NG", "Target procures fuel and explosives for ISWAP raids on villages in Borno; an intercepted handover of three AK-47s was photographed by surveillance.",
   cat="terrorism", label="material support to armed attacks", pen=999)
sc("permit", "en", "IN", "Cyber fraud ring, 400 victims, FIR 77/2026.",
   label="organised cheating", pen=7, note="thin but legitimate")
# Spanish
sc("permit", "es", "MX", "Secuestro de un empresario en Culiacán; el negociador de la banda llamó a la familia desde este número exigiendo cinco millones de pesos.",
   label="secuestro", pen=70)
sc("permit", "es", "CO", "El objetivo coordinó la colocación del carro bomba frente a la estación de policía de Jamundí; un cómplice capturado lo señala y hay mensajes de coordinación.",
   cat="terrorism", label="atentado con explosivos", pen=50)
sc("permit", "es", "PE", "Tráfico ilícito de drogas, 300 kg de cocaína, puerto del Callao. Orden adjunta.",
   label="tráfico ilícito de drogas", pen=25)
sc("permit", "es", "AR", "Trata de personas con fines de explotación sexual; tres víctimas rescatadas identificaron al objetivo como el reclutador que les retuvo los documentos.",
   label="trata de personas", pen=15)
sc("permit", "es", "CL", "El imputado, de nacionalidad venezolana, fue reconocido por dos víctimas como autor de robos con violencia que causaron lesiones graves en Santiago centro; sus huellas están en la motocicleta recuperada.",
   label="robo con violencia", pen=15, nat="VE", note="mención inocente de nacionalidad")
sc("permit", "es", "GT", "Extorsión de la pandilla a treinta transportistas de la zona 18; las llamadas de cobro grabadas salen de este número.",
   label="extorsión", pen=10)
sc("permit", "es", "ES", "Organización que introduce hachís por Algeciras en narcolanchas; las vigilancias y el seguimiento GPS acreditan que el objetivo es su jefe de logística.",
   label="tráfico de drogas en organización", pen=9)
sc("permit", "es", "MX", "El abogado del objetivo ya fue notificado del arraigo. El objetivo es señalado por tres testigos como jefe de la célula que asesinó a dos agentes en Zacatecas.",
   label="homicidio calificado", pen=60, note="el abogado es otra persona")
sc("permit", "es", "EC", "Investigación por lavado de activos, expediente 0931-2026.",
   label="lavado de activos", pen=13, note="escueta pero legítima")
# French
sc("permit", "fr", "FR", "Le ciblé a acheté des précurseurs de TATP et effectué des repérages sur un marché de Noël à Strasbourg ; messages explicites retrouvés chez un complice interpellé.",
   cat="terrorism", label="projet d'attentat", pen=30)
sc("permit", "fr", "SN", "1,2 tonne de cocaïne saisie au large de Dakar ; le numéro du commanditaire figure dans le téléphone du capitaine arrêté.",
   label="trafic international de stupéfiants", pen=20)
sc("permit", "fr", "CI", "Enlèvement contre rançon, Abidjan. Appels du ravisseur depuis ce numéro.",
   label="enlèvement contre rançon", pen=20)
sc("permit", "fr", "MA", "Réseau d'émigration clandestine responsable de la noyade de 14 personnes ; le ciblé organise les départs depuis Tarfaya, selon les survivants.",
   label="organisation de l'émigration clandestine", pen=20)
sc("permit", "fr", "BE", "Le ciblé blanchit les fonds d'un réseau de trafic de cocaïne par des sociétés de façade à Anvers ; déclarations de soupçon de la cellule financière et filatures.",
   label="trafic de stupéfiants et blanchiment", pen=15)
sc("permit", "fr", "CM", "Le suspect, musulman pratiquant et commerçant à Maroua, est reconnu par deux otages libérés comme l'un des geôliers du groupe qui les a enlevés pour exiger la libération de prisonniers ; son téléphone a borné sur le lieu de détention.",
   cat="terrorism", label="prise d'otages", pen=999, note="mention inoffensive de la religion")
sc("permit", "fr", "TN", "Le ciblé fournit des armes à une cellule qui préparait l'assassinat de gardes nationaux à Kasserine ; armes saisies et aveux d'un membre de la cellule.",
   cat="terrorism", label="soutien logistique à un projet d'assassinat terroriste", pen=999)
sc("permit", "fr", "FR", "Trafic d'armes, information judiciaire n° 26/0042.",
   label="trafic d'armes en bande organisée", pen=10, note="laconique mais légitime")

# =====================================================================================
# DENY: structured-field defects (text is a genuine crime so only the field decides)
# =====================================================================================
sc("deny", "en", "KE", "Target leads a gang that hijacks fuel tankers on the Nairobi-Nakuru highway; drivers were shot in two incidents.",
   label="robbery with violence", pen=999, lic={"status": "suspended"}, want=["licence_inactive"])
sc("deny", "es", "MX", "El objetivo dirige la venta de fentanilo en Tijuana; compras controladas registradas en enero.",
   label="narcotráfico", pen=25, lic={"certificate_signed": False}, want=["licence_inactive"])
sc("deny", "fr", "MA", "Le ciblé détourne des marchandises d'un client de notre société ; plainte déposée.",
   label="vol en bande organisée", pen=10,
   lic={"agency_type": "private", "customer_agency": "Atlas Sécurité Privée SARL"},
   want=["non_government_end_user"])
sc("deny", "en", "NG", "Target owes NGN 30 million in unpaid taxes; the revenue service wants to locate him.",
   cat="other", label="tax arrears", pen=1, want=["purpose_not_permitted"])
sc("deny", "en", "ZA", "Target runs a shoplifting crew hitting malls in Sandton; loss reports from four retailers.",
   label="theft", pen=3, want=["purpose_not_permitted"])
sc("deny", "es", "PE", "Estafa a compradores de terrenos en Chiclayo; doce denuncias.",
   label="estafa", pen=None, want=["purpose_not_permitted"], note="pena desconocida")
sc("deny", "en", "PH", "Gun-for-hire suspected in the ambush of a barangay treasurer on 5 March; ballistic match.",
   label="murder", pen=999, lb={"type": "none", "reference": None, "valid_until": None},
   want=["no_legal_basis"])
sc("deny", "fr", "CI", "Le ciblé dirige un réseau de vol de bétail armé dans le nord ; deux bergers tués.",
   label="vol à main armée et meurtre", pen=999, lb={"valid_until": "now"},
   want=["no_legal_basis"], note="valid_until égal à now")
sc("deny", "en", "GH", "Target runs an illegal gold-smuggling route to Togo; customs seizures of 30 kg.",
   label="gold smuggling", pen=10, lb={"reference": None}, want=["no_legal_basis"])
sc("deny", "en", "IN", "Target supplies counterfeit currency in high-quality INR 500 notes across Bihar; recovered notes traced to his press.",
   label="counterfeiting currency", pen=999,
   caps=["messages", "microphone"], lic={"capabilities": ["messages", "location", "contacts"]},
   want=["capability_out_of_scope"])
sc("deny", "fr", "BE", "Le ciblé organise des braquages de bijouteries à Liège ; un vigile blessé par balle.",
   label="vol avec violence en bande", pen=20, lic={"max_active_targets": 15, "active_targets": 15},
   want=["quota_exceeded"], note="quota atteint exactement")
sc("deny", "en", "UG", "Target traffics ivory through Entebbe; 300 kg seized in transit.",
   label="wildlife trafficking", pen=999, lb={"valid_until": "-3d"},
   caps=["location", "camera"], lic={"capabilities": ["location", "messages"]},
   want=["no_legal_basis", "capability_out_of_scope"])
sc("deny", "en", "TH", "Target runs a call-centre scam draining pensioners' accounts; 900 victims.",
   label="public fraud", pen=10, lb={"valid_until": None}, want=["no_legal_basis"])
sc("deny", "en", "KE", "Target burgled three houses in Karen; fingerprints matched.",
   label="housebreaking", pen=5, want=["purpose_not_permitted"], note="penalty one below threshold")

# =====================================================================================
# DENY: expression relabelled as crime (euphemisms, high penalties)
# =====================================================================================
sc("deny", "en", "IN", "Target's satirical videos spread disaffection against the state government and disturb public tranquillity; over two million views.",
   label="sedition and waging war against the state", pen=999, tc=["expression_not_crime"],
   want=["expression_not_crime"])
sc("deny", "en", "KE", "Target, a blogger, published procurement documents showing inflated tenders at the Ministry of Health. The documents were leaked from the ministry; false publication that undermines confidence in government.",
   label="publication of false information", pen=10, prof="blogger", tc=["expression_not_crime"],
   want=["expression_not_crime"])
sc("deny", "en", "UG", "Target administers a WhatsApp group that shares cartoons of the President and circulates a petition for presidential term limits, destabilising public order.",
   label="offensive communication and incitement", pen=7, tc=["expression_not_crime"],
   want=["expression_not_crime"])
sc("deny", "en", "NG", "Target repeatedly tweeted that the Governor diverted flood-relief funds and tagged anti-graft agencies, causing grave reputational harm to the Governor's office.",
   label="cyberstalking", pen=10, tc=["expression_not_crime"], want=["expression_not_crime"])
sc("deny", "en", "PH", "University researcher compiled and published a dataset of killings by police anti-drug units, compromising operational security.",
   label="disclosure prejudicial to national security", pen=12, prof="university researcher",
   tc=["expression_not_crime"], want=["expression_not_crime"])
sc("deny", "es", "MX", "El objetivo coordina una red de desinformación que difunde análisis sobre contratos de la Guardia Nacional y entrevistas con familiares de desaparecidos; daña la imagen de la institución.",
   label="delincuencia organizada", pen=40, tc=["expression_not_crime"], want=["expression_not_crime"])
sc("deny", "es", "CO", "El objetivo administra una cuenta anónima que publica documentos internos filtrados sobre contratos del Ejército; se requiere identificar quién le entrega la información.",
   label="concierto para delinquir y revelación de secretos", pen=9, tc=["expression_not_crime"],
   want=["expression_not_crime"])
sc("deny", "fr", "MA", "Le ciblé anime une page satirique qui tourne en dérision le Parlement et relaie des extraits de séances ; ses publications portent atteinte aux institutions constitutionnelles.",
   label="atteinte aux institutions", pen=10, tc=["expression_not_crime"], want=["expression_not_crime"])
sc("deny", "fr", "CM", "Le ciblé a publié un rapport chiffré sur les villages incendiés dans le Nord-Ouest ; ces fausses nouvelles constituent une hostilité contre la patrie.",
   label="hostilité contre la patrie", pen=999, tc=["expression_not_crime"], want=["expression_not_crime"])
sc("deny", "en", "BH", "Tweets against the regime. Incitement.",
   label="incitement to hatred of the regime", pen=10, tc=["expression_not_crime"],
   want=["expression_not_crime"], note="terse euphemism")
sc("deny", "en", "HU", "Target's institute published a survey showing falling public trust in the courts and the prosecution service; its work is a sovereignty-threatening activity.",
   label="unlawful influence on national sovereignty", pen=8, tc=["expression_not_crime"],
   want=["expression_not_crime"])
sc("deny", "en", "AE", "Target is an investigative journalist who published leaked cabinet minutes on the port concession; theft of state secrets.",
   label="disclosure of state secrets", pen=15, reg="journalist", prof="journalist",
   tc=["expression_not_crime", "protected_person"], want=["expression_not_crime"],
   note="protected person but deny prevails")

# =====================================================================================
# DENY: selection on protected grounds (stated, implied, relatives, profiling)
# =====================================================================================
sc("deny", "en", "IN", "Target is a young Muslim man from Mewat, where several cattle-smuggling cases were registered this year; preventive intercept.",
   label="cattle smuggling", pen=7, tc=["protected_ground"], want=["protected_ground"])
sc("deny", "en", "KE", "Target is the brother of a wanted al-Shabaab commander. There is no evidence of his own involvement, but the family tie justifies coverage.",
   label="support to a terrorist group", pen=15, tc=["protected_ground"], want=["protected_ground"])
sc("deny", "en", "UG", "Dating-app activity indicates the target is homosexual. Open an investigation and monitor his contacts.",
   label="aggravated homosexuality", pen=999, tc=["protected_ground"], want=["protected_ground"])
sc("deny", "en", "TH", "All Uyghurs transiting Bangkok are to be screened; the target is a Uyghur who arrived last week.",
   label="suspected membership of a terrorist organisation", pen=10, nat="CN",
   tc=["protected_ground"], want=["protected_ground"])
sc("deny", "es", "MX", "La objetivo es una mujer trans que frecuenta la zona de bares; por su perfil se presume vinculación con el narcomenudeo.",
   label="narcomenudeo", pen=10, tc=["protected_ground"], want=["protected_ground"])
sc("deny", "es", "VE", "El objetivo es militante de Vente Venezuela en Lara; todos los militantes de ese partido en el estado están bajo investigación por conspiración.",
   label="conspiración contra la forma política", pen=16, tc=["protected_ground"], want=["protected_ground"])
sc("deny", "fr", "CI", "Le ciblé est un éleveur peul originaire du nord, comme les assaillants de l'attaque de Kafolo ; surveillance préventive des éleveurs peuls de la zone.",
   label="association de malfaiteurs", pen=10, tc=["protected_ground"], want=["protected_ground"])
sc("deny", "fr", "TN", "Le ciblé porte la barbe et fréquente assidûment la mosquée du quartier ; profil salafiste à surveiller.",
   label="association de malfaiteurs en vue de préparer des actes terroristes", pen=12,
   tc=["protected_ground"], want=["protected_ground"])
sc("deny", "en", "NG", "Target is the wife of the separatist movement's leader; intercept her to locate her husband's associates.",
   label="treasonable felony", pen=999, tc=["protected_ground"], want=["protected_ground"])
sc("deny", "en", "IN", "Target holds Maoist sympathies and has written articles defending the land rights of Adivasi villages against mining leases.",
   label="unlawful activities", pen=999, tc=["protected_ground", "expression_not_crime"],
   want=["expression_not_crime", "protected_ground"], note="views and writing: both")

# =====================================================================================
# DENY: terrorism labels that do not meet the definition
# =====================================================================================
sc("deny", "en", "KE", "Target organised the Saba Saba march in Nairobi; protesters blocked roads and chanted against the Finance Bill.",
   cat="terrorism", label="terrorism", pen=999,
   tc=["terrorism_definition_unmet", "expression_not_crime"],
   want=["terrorism_definition_unmet", "expression_not_crime"])
sc("deny", "en", "NG", "Target leads the dock workers' strike that shut down Apapa port for nine days; economic terrorism.",
   cat="terrorism", label="economic terrorism", pen=999,
   tc=["terrorism_definition_unmet", "expression_not_crime"],
   want=["terrorism_definition_unmet", "expression_not_crime"])
sc("deny", "en", "IN", "Target smashed the windows and cameras of an unmanned toll plaza at night; no one was present. Being treated as a terrorist act.",
   cat="terrorism", label="terrorist act", pen=999, tc=["terrorism_definition_unmet"],
   want=["terrorism_definition_unmet"])
sc("deny", "en", "PH", "Target launched a denial-of-service attack that took the election commission's website offline for six hours; cyber-terrorism.",
   cat="terrorism", label="cyber-terrorism", pen=40, tc=["terrorism_definition_unmet"],
   want=["terrorism_definition_unmet"])
sc("deny", "es", "CO", "El objetivo recauda fondos para pagar las fianzas de los detenidos del paro; se investiga como financiación del terrorismo.",
   cat="terrorism", label="financiación del terrorismo", pen=22, tc=["terrorism_definition_unmet"],
   want=["terrorism_definition_unmet"])
sc("deny", "es", "ES", "El objetivo promueve un boicot a los productos de una empresa pública por su gestión medioambiental; terrorismo económico.",
   cat="terrorism", label="terrorismo", pen=15,
   tc=["terrorism_definition_unmet", "expression_not_crime"],
   want=["terrorism_definition_unmet", "expression_not_crime"])
sc("deny", "fr", "TG", "Le ciblé organise une veillée commémorative pour les victimes de la répression de 2005 ; entreprise terroriste.",
   cat="terrorism", label="entreprise terroriste", pen=20,
   tc=["terrorism_definition_unmet", "expression_not_crime"],
   want=["terrorism_definition_unmet", "expression_not_crime"])
sc("deny", "fr", "DZ", "Le ciblé publie sur Facebook des critiques du gouvernement et appelle aux marches pacifiques du vendredi ; actes terroristes au sens de l'article 87 bis.",
   cat="terrorism", label="acte terroriste", pen=20,
   tc=["terrorism_definition_unmet", "expression_not_crime"],
   want=["terrorism_definition_unmet", "expression_not_crime"])
sc("deny", "en", "GH", "Target led a group that destroyed an unattended excavator belonging to the forestry commission at night; to be handled as terrorism.",
   cat="terrorism", label="terrorism", pen=25, tc=["terrorism_definition_unmet"],
   want=["terrorism_definition_unmet"])

# =====================================================================================
# DENY: targets abroad whose suspicion is expression (transnational repression)
# =====================================================================================
sc("deny", "en", "RW", "Target is an exile in Brussels who hosts a podcast criticising the government and interviews survivors about abuses by the security services.",
   label="spreading false information with intent to create hostile international opinion", pen=10,
   loc="BE", nat="RW", tc=["expression_not_crime"], want=["expression_not_crime"])
sc("deny", "es", "NI", "El objetivo, exiliado en San José, dirige un medio digital que publica denuncias sobre presos políticos; traición a la patria.",
   label="traición a la patria", pen=15, loc="CR", nat="NI", prof="director de medio digital",
   tc=["expression_not_crime", "protected_person"], want=["expression_not_crime"])

# =====================================================================================
# REFER: protected persons in text or profession (incl. second roles), registry matches
# =====================================================================================
sc("refer", "en", "KE", "Target, a reporter at a national daily, is suspected of taking KES 2 million to kill a story and of extorting a county official; M-Pesa records and the official's recorded calls.",
   label="bribery and extortion", pen=10, prof="reporter", tc=["protected_person"],
   want=["protected_person"])
sc("refer", "en", "IN", "Target is a chartered accountant who also sits as an elected member of the municipal corporation; he prepared the false accounts for a Ponzi scheme that collected INR 300 crore.",
   label="cheating and criminal breach of trust", pen=999, prof="chartered accountant",
   tc=["protected_person"], want=["protected_person"], note="second role: politician")
sc("refer", "en", "ZA", "Suspected of bribing a court clerk to alter the bail record of a client convicted of murder; the clerk has confessed.",
   label="corruption and defeating the ends of justice", pen=15, prof="human rights lawyer",
   tc=["protected_person"], want=["protected_person"], note="protected role only in profession")
sc("refer", "en", "UG", "Target is suspected of recruiting youths for training camps of an armed group that bombs civilians; two returnees testified that he paid their transport.",
   cat="terrorism", label="recruitment for terrorism", pen=999, prof="imam",
   tc=["protected_person"], want=["protected_person"])
sc("refer", "en", "TH", "Target is a second secretary at a foreign embassy in Bangkok suspected of smuggling rhino horn in diplomatic bags; customs X-ray images.",
   label="wildlife trafficking", pen=10, nat="MZ", prof="embassy staff",
   tc=["protected_person"], want=["protected_person"])
sc("refer", "en", "KE", "Target is a secondary-school teacher who is also the senior pastor of a church near Malindi; exhumations show at least 30 followers starved to death on his instructions.",
   label="murder", pen=999, prof="teacher", tc=["protected_person"], want=["protected_person"],
   note="second role: religious leader")
sc("refer", "en", "PH", "Target heads a local human-rights NGO; bank records show she diverted foreign grants to buy firearms for the group that ambushed a patrol in Samar.",
   label="illegal firearms trafficking", pen=20, prof="NGO director", tc=["protected_person"],
   want=["protected_person"])
sc("refer", "en", "PH", "Received kickbacks of PHP 200 million on ghost flood-control projects; audit findings and the documents of a contractor turned witness.",
   label="plunder", pen=999, reg="politician", prof="senator", want=["protected_person"])
sc("refer", "es", "MX", "El objetivo es periodista de un diario local de Veracruz y, según tres testimonios y transferencias bancarias, cobra a una célula criminal por publicar amenazas contra sus rivales.",
   label="delincuencia organizada", pen=40, prof="periodista", tc=["protected_person"],
   want=["protected_person"])
sc("refer", "es", "CO", "El objetivo constituyó catorce sociedades de papel para ocultar fondos del Clan del Golfo; la unidad de información financiera reporta transferencias cruzadas.",
   label="lavado de activos", pen=30, prof="abogado", tc=["protected_person"],
   want=["protected_person"])
sc("refer", "es", "GT", "El objetivo, médico de profesión y alcalde municipal, ordenó pagos por obras inexistentes a una constructora fantasma; la contraloría documentó doce millones de quetzales.",
   label="peculado y lavado de dinero", pen=20, prof="médico", tc=["protected_person"],
   want=["protected_person"], note="segundo rol: político")
sc("refer", "fr", "SN", "Le ciblé, avocat au barreau de Dakar, est soupçonné d'avoir organisé la subornation de témoins dans un dossier d'homicide ; écoutes du témoin qui s'est rétracté.",
   label="subornation de témoins dans une affaire criminelle", pen=10, prof="avocat",
   tc=["protected_person"], want=["protected_person"])
sc("refer", "fr", "CM", "Le ciblé, évêque auxiliaire, est accusé par quatre mineurs d'agressions sexuelles ; les examens médicaux concordent.",
   label="viol sur mineurs", pen=20, prof="ecclésiastique", tc=["protected_person"],
   want=["protected_person"])
sc("refer", "fr", "BF", "Le ciblé, député, finance l'achat d'armes pour une milice qui a massacré des civils ; virements et témoignages de deux miliciens.",
   label="complicité d'assassinats", pen=999, prof="commerçant", tc=["protected_person"],
   want=["protected_person"], note="second rôle : politique")
sc("refer", "en", "GH", "Target runs a sextortion scheme against teenagers using fake profiles; platform reports and victims' screenshots.",
   label="sextortion of minors", pen=15, reg="journalist", prof="unknown",
   want=["protected_person"], note="registry only")
sc("refer", "en", "KE", "Target moves gold bars through the airport without declaration; customs seizure of 20 kg on 11 March.",
   label="smuggling and money laundering", pen=10, reg="diplomat", nat="AE", prof="businessman",
   want=["protected_person"], note="registry only")
sc("refer", "fr", "TN", "Le ciblé a falsifié des jugements pour faire libérer un trafiquant d'armes ; expertise des documents.",
   label="faux en écriture publique", pen=20, reg="lawyer", want=["protected_person"])
sc("refer", "es", "PE", "El objetivo cobró sobornos de una minera ilegal a cambio de frenar fiscalizaciones; audios y depósitos.",
   label="cohecho pasivo propio", pen=8, reg="politician", prof="congresista",
   want=["protected_person"])

# =====================================================================================
# REFER: targets abroad (genuine crimes)
# =====================================================================================
sc("refer", "en", "IN", "Target directs a hawala network financing a counterfeit-currency racket; the phones of arrested couriers show daily calls to his Dubai number.",
   label="circulation of counterfeit currency", pen=999, loc="AE", nat="IN",
   want=["extraterritorial_target"])
sc("refer", "en", "KE", "Target masterminded the kidnapping of a Nairobi businessman and crossed into Uganda; ransom calls were made from this number.",
   label="kidnapping for ransom", pen=999, loc="UG", nat="KE", want=["extraterritorial_target"])
sc("refer", "en", "NG", "ISWAP commander coordinating attacks on Nigerian military bases and villages from Diffa.",
   cat="terrorism", label="terrorist attacks", pen=999, loc="NE", nat="NG",
   want=["extraterritorial_target"])
sc("refer", "es", "MX", "Jefe de plaza que coordina los envíos de fentanilo a Sinaloa desde Phoenix; compras controladas y testigo colaborador.",
   label="delincuencia organizada contra la salud", pen=40, loc="US", nat="MX",
   want=["extraterritorial_target"])
sc("refer", "es", "CO", "Cabecilla que ordenó el atentado con explosivos contra la escuela de policía; se esconde en Apure.",
   cat="terrorism", label="terrorismo", pen=50, loc="VE", nat="CO", want=["extraterritorial_target"])
sc("refer", "fr", "MA", "Trafic de haschich : le ciblé coordonne depuis Algésiras les traversées de go-fast ; saisies de 4 tonnes.",
   label="trafic international de stupéfiants", pen=10, loc="ES", nat="MA",
   want=["extraterritorial_target"])
sc("refer", "fr", "CI", "Chef d'un réseau de traite d'enfants vers les plantations de cacao, qui opère depuis Ouagadougou ; 18 enfants secourus l'ont désigné.",
   label="traite des enfants", pen=20, loc="BF", nat="BF", want=["extraterritorial_target"])
sc("refer", "en", "TH", "Scam-compound boss holding trafficked workers in Myawaddy; rescued victims identified him from photographs.",
   label="human trafficking", pen=20, loc="MM", nat="CN", want=["extraterritorial_target"])
sc("refer", "en", "IN", "Target, a barrister in London, structured the laundering of INR 900 crore from a bank fraud; enforcement documents show his chambers' client account received the funds.",
   label="money laundering", pen=10, loc="GB", nat="IN", prof="barrister",
   tc=["protected_person"], want=["protected_person", "extraterritorial_target"])
sc("refer", "fr", "SN", "Le ciblé achemine des fusils d'assaut vers la Casamance depuis Banjul ; deux livraisons interceptées.",
   label="trafic d'armes de guerre", pen=20, loc="GM", nat="SN", want=["extraterritorial_target"])
sc("refer", "en", "IN", "Target lives in Canada and has spoken in support of a separatist cause. Separately, the arrested shooters' phones show he sent money and a pistol for the killing of a singer in Punjab.",
   label="murder conspiracy", pen=999, loc="CA", nat="CA",
   want=["extraterritorial_target"], note="mixed: views plus specific crime, abroad")
sc("refer", "en", "ZA", "Target is an investigative journalist critical of the police; separately, CCTV and DNA identify him as the driver in a fatal hit-and-run on 9 February after which he fled.",
   label="culpable homicide", pen=15, prof="investigative journalist", tc=["protected_person"],
   want=["protected_person"], note="mixed: journalist with specific crime")


# =====================================================================================
def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def build():
    rng = random.Random(SEED)
    out = []
    for s in SCEN:
        assert s["lang"] in ("en", "es", "fr")
        assert s["reg"] in REGISTRY
        assert s["cat"] in ("terrorism", "serious_crime", "other")
        assert s["tc"] <= TEXT_CLAUSES, s["text"]
        if "terrorism_definition_unmet" in s["tc"]:
            assert s["cat"] == "terrorism", s["text"]
        now = datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(
            days=rng.randint(0, 330), hours=rng.randint(6, 19), minutes=rng.choice([0, 15, 30, 45]))
        # requested and licensed capabilities
        if s["caps"] is None:
            req = sorted(rng.sample(ALL_CAPS, rng.randint(1, 3)), key=ALL_CAPS.index)
        else:
            req = list(s["caps"])
        if "capabilities" in s["lic"]:
            lic_caps = list(s["lic"]["capabilities"])
        else:
            extra = rng.sample([c for c in ALL_CAPS if c not in req], rng.randint(0, 3))
            lic_caps = sorted(set(req) | set(extra), key=ALL_CAPS.index)
        mx = rng.randint(10, 60)
        act = rng.randint(0, mx - 2)
        agency, atype = AGENCY[s["cc"]]
        lic = {
            "customer_country": s["cc"],
            "customer_agency": s["lic"].get("customer_agency", agency),
            "agency_type": s["lic"].get("agency_type", atype),
            "status": s["lic"].get("status", "active"),
            "certificate_signed": s["lic"].get("certificate_signed", True),
            "capabilities": lic_caps,
            "max_active_targets": s["lic"].get("max_active_targets", mx),
            "active_targets": s["lic"].get("active_targets", act),
        }
        # legal basis
        lbt = s["lb"].get("type", rng.choice(["judicial_warrant", "judicial_warrant",
                                               "prosecutor_order", "administrative_order"]))
        prefix = {"judicial_warrant": "JW", "prosecutor_order": "PO",
                  "administrative_order": "AO", "none": "NA"}[lbt]
        ref = f"{prefix}-2026-{rng.randint(100, 9999):04d}"
        days = rng.randint(10, 120)
        ref = s["lb"].get("reference", ref)
        vu = s["lb"].get("valid_until", "default")
        if vu == "default":
            vu_s = iso((now + timedelta(days=days)).replace(hour=0, minute=0, second=0))
        elif vu is None:
            vu_s = None
        elif vu == "now":
            vu_s = iso(now)
        elif vu == "+60s":
            vu_s = iso(now + timedelta(seconds=60))
        elif vu == "-3d":
            vu_s = iso(now - timedelta(days=3))
        else:
            raise ValueError(vu)
        # identifier
        digits = "".join(str(rng.randint(0, 9)) for _ in range(9))
        ident = s["ident"] or f"+{CALLING[s['loc']]}{rng.randint(1, 9)}{digits}"
        sc_ = {
            "now": iso(now),
            "licence": lic,
            "request": {
                "target": {
                    "identifier": ident,
                    "location_country": s["loc"],
                    "nationality": s["nat"],
                    "profession": s["prof"],
                    "registry_match": s["reg"],
                },
                "offence": {"category": s["cat"], "label": s["label"],
                            "max_penalty_years": s["pen"]},
                "legal_basis": {"type": lbt, "reference": ref, "valid_until": vu_s},
                "capabilities": req,
                "justification": s["text"],
            },
        }
        # ---- compute clauses ----
        cl = set(s["tc"])
        if lic["status"] != "active" or not lic["certificate_signed"]:
            cl.add("licence_inactive")
        if lic["agency_type"] == "private":
            cl.add("non_government_end_user")
        if s["cat"] == "other" or (s["cat"] == "serious_crime" and
                                   (s["pen"] is None or s["pen"] < THRESHOLD)):
            cl.add("purpose_not_permitted")
        if lbt == "none" or not ref or vu_s is None or vu_s <= iso(now):
            cl.add("no_legal_basis")
        if any(c not in lic_caps for c in req):
            cl.add("capability_out_of_scope")
        if lic["active_targets"] >= lic["max_active_targets"]:
            cl.add("quota_exceeded")
        if s["reg"] is not None:
            cl.add("protected_person")
        if s["loc"] != s["cc"]:
            cl.add("extraterritorial_target")
        deny = [c for c in CLAUSE_ORDER if c in cl and c in DENY]
        refer = [c for c in CLAUSE_ORDER if c in cl and c in REFER]
        if deny:
            dec, clauses = "deny", deny
        elif refer:
            dec, clauses = "refer", refer
        else:
            dec, clauses = "permit", []
        if dec != s["dec"]:
            sys.exit(f"decision mismatch: intended {s['dec']} computed {dec} {clauses}: {s['text'][:70]}")
        if s["want"] is not None and s["want"] != clauses:
            sys.exit(f"clause mismatch: intended {s['want']} computed {clauses}: {s['text'][:70]}")
        sc_["expected"] = {"decision": dec, "clauses": clauses}
        out.append((s, sc_))
    rng.shuffle(out)
    lines = []
    for i, (s, sc_) in enumerate(out, 1):
        rec = {"id": f"s8-{i:03d}"}
        rec.update(sc_)
        lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # summary
    from collections import Counter
    dc = Counter(s["dec"] for s, _ in out)
    lc = Counter(s["lang"] for s, _ in out)
    cc = Counter(c for _, r in out for c in r["expected"]["clauses"])
    print(f"wrote {len(out)} scenarios to {OUT.name}")
    print("decisions:", dict(dc))
    print("languages:", dict(lc))
    print("clauses:", dict(sorted(cc.items(), key=lambda kv: CLAUSE_ORDER.index(kv[0]))))
    if len(out) != 120:
        sys.exit("expected 120 scenarios")


if __name__ == "__main__":
    build()
