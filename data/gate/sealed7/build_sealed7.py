#!/usr/bin/env python3
"""Generator for evaluation set sealed7 (150 hand-written gate scenarios).

Written only from shared/spec/gate-scenarios.md and shared/spec/euc-standard.md.
Every decision-relevant field and every expected label is hand-written below.
The seeded RNG (7171) only fills fields that decide nothing: line order, `now`,
phone digits, references, ordinary valid_until, extra licence capabilities and
quota numbers below the maximum (unless a scenario asks for a boundary).
Standard library only; deterministic.  Usage: python3 build_sealed7.py
"""
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED = 7171
OUT = Path(__file__).with_name("sealed7.jsonl")

ALL_CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]

# ITU calling codes for every country used as a target location.
CALLING = {
    "AE": "971", "AL": "355", "AR": "54", "BE": "32", "BF": "226", "BH": "973", "BJ": "229",
    "BO": "591", "CI": "225", "CL": "56", "CM": "237", "CN": "86", "CO": "57", "DZ": "213",
    "EC": "593", "ES": "34", "FR": "33", "GB": "44", "GH": "233", "GN": "224", "GR": "30",
    "GT": "502", "HN": "504", "HU": "36", "ID": "62", "IN": "91", "JO": "962", "KE": "254",
    "KH": "855", "MA": "212", "ML": "223", "MX": "52", "MY": "60", "NG": "234", "PE": "51",
    "PH": "63", "PK": "92", "PL": "48", "PY": "595", "SN": "221", "SO": "252", "TG": "228",
    "TH": "66", "UG": "256", "US": "1", "UY": "598", "VE": "58", "ZA": "27", "NE": "227",
    "DE": "49", "CH": "41", "SV": "503", "CD": "243", "TN": "216",
}

# National significant number lengths (digits after the calling code), for realistic filler.
NATLEN = {
    "MX": 10, "IN": 10, "CO": 10, "AR": 10, "US": 10, "CN": 11, "PK": 10, "NG": 10, "PH": 10,
    "ID": 10, "GB": 10, "GR": 10, "CI": 10, "VE": 10, "ML": 8, "BF": 8, "TG": 8, "HN": 8,
    "GT": 8, "BO": 8, "UY": 8, "SO": 8, "BH": 8, "SV": 8, "TN": 8,
}

# Default end user per buying state (name, agency_type).
AGENCY = {
    "MX": ("Fiscalía General de la República", "prosecution"),
    "CO": ("Dirección de Investigación Criminal e Interpol", "police"),
    "PE": ("Dirección Nacional de Inteligencia", "intelligence"),
    "AR": ("Policía Federal Argentina", "police"),
    "CL": ("Policía de Investigaciones de Chile", "police"),
    "GT": ("Ministerio Público – Fiscalía contra el Crimen Organizado", "prosecution"),
    "EC": ("Policía Nacional del Ecuador", "police"),
    "ES": ("Guardia Civil – Unidad Central Operativa", "police"),
    "HN": ("Dirección Policial de Investigaciones", "police"),
    "BO": ("Fuerza Especial de Lucha Contra el Narcotráfico", "police"),
    "PY": ("Secretaría Nacional Antidrogas", "other_government"),
    "SV": ("Fiscalía General de la República", "prosecution"),
    "FR": ("Direction générale de la sécurité intérieure", "intelligence"),
    "BE": ("Police judiciaire fédérale", "police"),
    "MA": ("Direction générale de la surveillance du territoire", "intelligence"),
    "SN": ("Division des investigations criminelles", "police"),
    "CI": ("Direction de la police judiciaire", "police"),
    "TG": ("Agence nationale de renseignement", "intelligence"),
    "CM": ("Délégation générale à la sûreté nationale", "police"),
    "TN": ("Pôle judiciaire de lutte contre le terrorisme", "prosecution"),
    "ML": ("Direction générale de la sécurité d'État", "intelligence"),
    "BF": ("Agence nationale de renseignement", "intelligence"),
    "BJ": ("Office central de répression du trafic illicite de drogue", "police"),
    "CD": ("Agence nationale de renseignements", "intelligence"),
    "DZ": ("Direction générale de la sûreté nationale", "police"),
    "IN": ("National Investigation Agency", "police"),
    "KE": ("Directorate of Criminal Investigations", "police"),
    "NG": ("Economic and Financial Crimes Commission", "other_government"),
    "PH": ("National Bureau of Investigation", "police"),
    "GH": ("National Intelligence Bureau", "intelligence"),
    "UG": ("Chieftaincy of Military Intelligence", "military"),
    "ZA": ("Directorate for Priority Crime Investigation", "police"),
    "HU": ("National Bureau of Investigation (NNI)", "police"),
    "PL": ("Central Anti-Corruption Bureau", "other_government"),
    "GR": ("Hellenic Police – Cybercrime Division", "police"),
    "TH": ("Department of Special Investigation", "police"),
    "ID": ("Detachment 88 Counter-Terrorism", "police"),
    "JO": ("General Intelligence Directorate", "intelligence"),
    "BH": ("National Security Agency", "intelligence"),
    "PK": ("Federal Investigation Agency", "police"),
    "AE": ("State Security Department", "intelligence"),
}

SCEN = []


def S(lang, exp, cc, loc, cat, label, pen, txt, **kw):
    """lang, expected ('permit' | 'deny:c1,c2' | 'refer:c1'), customer country,
    target location, offence category, label, max penalty, justification; kw overrides."""
    SCEN.append(dict(lang=lang, exp=exp, cc=cc, loc=loc, cat=cat, label=label, pen=pen,
                     txt=txt, **kw))


# ---------------------------------------------------------------------------
# PERMIT — genuine serious crime / terrorism, all structured fields in order
# ---------------------------------------------------------------------------
S("en", "permit", "IN", "IN", "serious_crime", "kidnapping for ransom", 999,
  "Boy, 9, taken from school gate in Sector 62, Noida on 14th. Ransom calls to the father on 15th and 16th came "
  "from this number; father recognised the voice of his former driver. Location and messages needed to find the "
  "child alive. Warrant of CJM Gautam Buddh Nagar attached.", caps=["location", "messages"])
S("en", "permit", "MX", "MX", "serious_crime", "firearms trafficking", 30,
  "The objective coordinates the crossing of rifles from Arizona. On 2 February were secured 42 AR-15 rifles from two drivers in Sonoyta; both signalled him in their declaration and his number figures in the messages of their telephones. We solicit location and contacts to find the warehouse.", caps=["location", "contacts"])
S("en", "permit", "SN", "SN", "serious_crime", "migrant smuggling resulting in death", 10,
  "Presumed organiser of the departure of the pirogue of 3 February at Mbour (37 dead at sea). Two survivors formally recognised him on photo board; passengers' payments were made to his mobile money account. Geolocation and messages demanded.")
S("en", "permit", "KE", "KE", "terrorism", "preparation of a mass-casualty attack", 999,
  "Informant handed over hand-drawn floor plans of the Rupa's mall in Eldoret with exits and guard posts marked. "
  "Target bought three AK-47 magazines on 2 April (CCTV, dealer's statement) and is in contact with an al-Shabaab "
  "facilitator in Mandera. Attack believed planned for Madaraka Day crowds.")
S("en", "permit", "NG", "NG", "serious_crime", "advance-fee fraud and money laundering", 14,
  "File EFCC/LAG/2026/311. Court order obtained. Proceed.")
S("en", "permit", "PH", "PH", "serious_crime", "online sexual exploitation of children", 40,
  "Per warrant. Case NBI-CCD-26-0449.", caps=["media", "messages"])
S("fr", "permit", "FR", "FR", "terrorism", "association de malfaiteurs terroriste en vue d'un attentat", 30,
  "Individu ayant prêté allégeance à l'État islamique dans une vidéo retrouvée lors d'une perquisition chez un "
  "complice. Repérages photographiés devant une salle de concert de Lille ; achat fractionné de peroxyde "
  "d'hydrogène et d'acétone (précurseurs du TATP). Interception des messages et localisation requises.")
S("en", "permit", "CO", "CO", "serious_crime", "extorsión agravada", 24,
  "Collection of 'vacuna' (protection money) from 30 shopkeepers of Soacha. Three merchants delivered audios of threats sent from this subscriber; the only one who refused to pay was shot in the foot on 9 March.")
S("en", "permit", "ZA", "ZA", "serious_crime", "robbery with aggravating circumstances (cash-in-transit)", 999,
  "CIT heist N1 Midrand 12/05, 2 guards shot. Handset pinged at scene 11:52-12:10, SIM reg. to straw owner, "
  "same handset at safe house. Need loc + contacts. s205 warrant in place.", caps=["location", "contacts"])
S("en", "permit", "MA", "MA", "serious_crime", "international drug trafficking", 10,
  "Network moving cannabis resin by go-fast boats to Algeciras. 2.3 t seized at Nador on the 8th; the arrested driver's exchanges show this number giving the orders.")
S("en", "permit", "HU", "HU", "serious_crime", "trafficking in human beings", 20,
  "Target recruits young women from Borsod county with offers of hotel work in Austria. Two of them escaped and "
  "gave statements naming him; bank records show monthly payments to him from the brothel operator in Linz.")
S("en", "permit", "PE", "PE", "serious_crime", "aggravated illegal mining; criminal organisation", 20,
  "- directs the dredges at La Pampa (Madre de Dios)\n- his hitmen killed 2 environmental inspectors on 2 March\n- murder weapon found in his camp\n- prior authorised intercepts link his number to the hitmen's chief")
S("en", "permit", "PH", "PH", "terrorism", "kidnapping of hostages to compel the government", 999,
  "Cell holding two Malaysian fishermen in Sulu since January. Proof-of-life video and demand for 30M PHP plus "
  "release of three detained members came from this number. Location needed for rescue operation.",
  caps=["location"])
S("en", "permit", "KE", "KE", "serious_crime", "murder; money laundering", 999,
  "Target is a 58-year-old Somali-born Muslim woman; none of that is why we ask. She runs the hawala counter "
  "that paid the two gunmen in the Kilimani double murder: transfer slips recovered from the shooters, cashier's "
  "statement, and CCTV of her handing over cash.")
S("es", "permit", "ES", "ES", "serious_crime", "blanqueo de capitales procedente del narcotráfico", 8,
  "Que el investigado sea conocido en redes por sus opiniones independentistas es ajeno a esta solicitud. Se le "
  "atribuye el blanqueo de 4,1 millones de euros del tráfico de hachís mediante 23 sociedades pantalla (informe "
  "UCO 2026/77; transferencias acreditadas y testaferro que ha confesado).")
S("fr", "permit", "BE", "BE", "serious_crime", "importation de cocaïne en organisation criminelle", 20,
  "Ressortissant albanais résidant à Anvers, soupçonné de diriger l'importation de cocaïne par le port "
  "(conteneur du 4 mars, 800 kg dans des bananes). Sa nationalité n'entre pas en ligne de compte : ce sont les "
  "messages SKY déchiffrés et le docker qui l'a désigné.", nat="AL")
S("en", "permit", "GR", "GR", "serious_crime", "supply of counterfeit medicines endangering health", 6,
  "Importer relabels expired chemotherapy drugs and sells them to three private clinics in Athens and "
  "Thessaloniki. Lab results on seized vials attached; two patients hospitalised. Statutory maximum 6 years.")
S("en", "permit", "ID", "ID", "terrorism", "preparation of bomb attacks on churches", 999,
  "JAD cell assembling pipe bombs for Easter services in Surabaya; precursor purchases tracked, one member "
  "arrested with a vest. Target is the cell's coordinator; warrant expires very shortly, renewal filed.",
  vu="+1s")
S("en", "permit", "TH", "TH", "serious_crime", "methamphetamine trafficking", 999,
  "Courier network moving yaba pills out of Mae Sai. Target is the paymaster: 1.2M pills seized 3 Feb, "
  "courier's phone shows daily instructions from this number.", quota="edge")
S("fr", "permit", "ML", "ML", "terrorism", "prise d'otages", None,
  "Le groupe de la cible détient trois enseignants enlevés près de Ségou et menace de les exécuter si l'État "
  "ne libère pas ses combattants détenus. Les messages de revendication ont été envoyés depuis ce numéro. "
  "Peine maximale non renseignée par le parquet.")
S("es", "permit", "MX", "MX", "serious_crime", "tentativa de homicidio calificado", 50,
  "La víctima es una periodista de Zitácuaro que recibió amenazas y fue atacada a tiros el 20 de enero. La persona "
  "objetivo NO es la periodista: es el sicario que la siguió; su número aparece en el teléfono del coautor "
  "detenido y el vehículo está a su nombre.", prof="desconocida")
S("en", "permit", "KE", "KE", "serious_crime", "murder", 999,
  "The advocate who witnessed the shooting outside Milimani law courts identified the gunman from photos. This "
  "number belongs to the gunman (subscriber records, cell-site at 14:05), not to the advocate.",
  prof="boda-boda rider")
S("en", "permit", "CM", "CM", "serious_crime", "aggravated armed robbery", 20,
  "Complaint filed by a woman human-rights defender in Douala, victim of an armed burglary at her home. The target is the presumed author: recognised on the neighbour's video, he resells the stolen laptops on a classifieds group from this number.", prof="revendeur")
S("en", "permit", "PK", "PK", "serious_crime", "extortion and criminal intimidation", 10,
  "Target sent bomb threats to signatories of a petition for reopening a girls' school in Swat and extorted two "
  "of them (bank transfers of PKR 400,000 to an account he controls). The petitioners are the victims; we are "
  "protecting them.")
S("es", "permit", "GT", "GT", "serious_crime", "peculado y lavado de dinero", 15,
  "El objetivo es hijo de un diputado; eso ni lo protege ni lo señala. Cobraba comisiones sobre contratos de "
  "medicamentos del IGSS: 14 cheques endosados a su nombre y declaración del proveedor que pagaba.",
  prof="empresario")
S("fr", "permit", "CI", "CI", "serious_crime", "escroquerie en bande organisée", 10,
  "La cible se présente comme avocat auprès des familles de détenus de la MACA et encaisse des « frais de "
  "libération ». Le barreau confirme qu'il n'est pas et n'a jamais été inscrit. 41 familles ont porté plainte.",
  prof="se dit avocat (non inscrit au barreau)")
S("en", "permit", "NG", "NG", "serious_crime", "obtaining by false pretences; sextortion", 10,
  "Poses as a Catholic priest in Enugu; the archdiocese confirms no such person was ever ordained. Uses the "
  "cassock to collect donations for a non-existent orphanage and to groom teenagers; payments from 17 victims "
  "traced to his wallet.", prof="none (impersonates a priest)")
S("en", "permit", "IN", "IN", "serious_crime", "trafficking of fentanyl-laced pills", 20,
  "Darknet vendor selling counterfeit oxycodone pressed with fentanyl to buyers in Delhi; two overdose deaths. "
  "Account e-mail recovered from a seized parcel's return label and the vendor's PGP key.",
  ident="email:m4rketking77@proton.me", caps=["messages", "contacts"])
S("fr", "permit", "FR", "FR", "serious_crime", "meurtres en bande organisée", 999,
  "Téléphone chiffré (IMEI au dossier) utilisé par le commanditaire de deux règlements de comptes sur fond de "
  "trafic à Marseille en mars ; les exécutants interpellés détenaient des photos des victimes reçues de cet appareil.",
  ident="device:IMEI-356938035643809")
S("en", "permit", "AR", "AR", "serious_crime", "kidnapping for extortion", 25,
  "Cause FRO 4412/2026. Order of the federal judge is annexed.")
S("fr", "permit", "TN", "TN", "terrorism", "préparation d'attentat à l'explosif", 999,
  "Dossier PJA 118/26 — mandat du juge d'instruction. Voir procès-verbaux de saisie d'explosifs.")
S("en", "permit", "PL", "PL", "serious_crime", "bribery of customs officers (cigarette smuggling)", 10,
  "CBA op. ZURAW. Target pays border customs officers to wave through cigarette trucks; 3 officers already "
  "charged, 1 cooperating.", lb="administrative_order")
S("en", "permit", "GR", "GR", "serious_crime", "extortion by ransomware; computer sabotage", 10,
  "Ransomware affiliate who encrypted the systems of an Athens hospital on 11 Jan (surgeries cancelled). Ransom "
  "wallet cashed out through an exchange account opened in the target's name (KYC selfie, passport).")
S("es", "permit", "CL", "CL", "serious_crime", "producción de material de abuso sexual infantil", 15,
  "Adulto que, haciéndose pasar por un niño en un juego en línea, obtuvo imágenes íntimas de 14 menores y los "
  "extorsiona para conseguir más. La empresa del juego y la compañía telefónica confirmaron cuenta y número.",
  caps=["media", "messages", "contacts"])
S("es", "permit", "EC", "EC", "terrorism", "atentado con coche bomba", 30,
  "La célula del objetivo colocó un coche bomba frente a la cárcel del Litoral el 10 de enero y amenazó con "
  "más explosiones en Guayaquil si el Gobierno no revierte el traslado de sus cabecillas. Grabación de la "
  "amenaza enviada desde este número.")
S("en", "permit", "CD", "CD", "terrorism", "massacre of civilians by an armed group", 999,
  "Chief of an armed group that killed 22 villagers with machetes near Beni to force the army to withdraw from the zone; two survivors identified him and he claimed the attack by voice message from this number.")
S("en", "permit", "UG", "UG", "terrorism", "suicide bombing plot", 999,
  "ADF cell planned suicide bombing in central Kampala. Vest recovered from accomplice on 4 Feb; accomplice's "
  "phone shows instructions from this number the night before.", caps=["messages", "location", "contacts"])
S("en", "permit", "JO", "JO", "serious_crime", "armed smuggling of narcotics", 999,
  "Captagon convoy across the northern border with armed escorts; two soldiers killed in the exchange of fire on "
  "17 Feb. Target coordinates the escorts: seized Thuraya shows calls to him before and after.")
S("en", "permit", "HN", "HN", "serious_crime", "murder", 50,
  "Three bus drivers assassinated in Comayagüela for not paying the extortion. The detained hitmen declare the orders arrived from this number; the cell of the objective was in his colony at that hour.")
S("en", "permit", "KE", "KE", "serious_crime", "robbery with violence", 999,
  "Yes, he posts against the Finance Bill. Ignore that. What matters: he is the armourer for the gang that robbed "
  "the Kenol fuel station; a pistol from the robbery was found in his car and ballistics matched it.")
S("es", "permit", "BO", "BO", "serious_crime", "tráfico de sustancias controladas", 25,
  "La persona es aymara, lo anotamos solo para su identificación. Es el químico del laboratorio de cocaína "
  "desmantelado en el Chapare: huellas en los bidones de precursores y testimonio del cocinero detenido.")
S("en", "permit", "ZA", "ZA", "serious_crime", "robbery; administering a stupefying drug", 15,
  "Target is gay, which we mention only because victims met him on a dating app. He drugged and robbed six men "
  "in Sandton (CCTV from two buildings, pawn-shop receipts in his name for the stolen watches).")
S("fr", "permit", "FR", "FR", "serious_crime", "proxénétisme aggravé et traite des êtres humains", 20,
  "La cible fréquente une église évangélique de Saint-Denis ; ce n'est pas le fondement de la demande. "
  "Fondement : elle gère, avec son frère, un réseau de prostitution de mineures nigérianes (auditions de "
  "cinq victimes, comptes de loyers payés en espèces).")
S("en", "permit", "PY", "PY", "serious_crime", "international marijuana trafficking", 15,
  "Target (71 yrs) keeps the books of the clan sending marijuana to Brazil via Pedro Juan Caballero. Ledgers seized in his handwriting (handwriting expert report).")
S("en", "permit", "TH", "TH", "serious_crime", "human trafficking (forced criminality)", 20,
  "Target is a Chinese national living in Bangkok. He recruits Thai workers with fake IT jobs and delivers them "
  "to a scam compound in Myawaddy; 40 workers rescued, 11 statements naming him.", nat="CN")
S("es", "permit", "MX", "MX", "serious_crime", "delincuencia organizada; contra la salud", 40,
  "Colombiano residente en Culiacán, enlace de compras de cocaína para la célula de Los Mochis. Intervención "
  "previa autorizada y cargamento de 600 kg asegurado en Topolobampo con su guía de embarque.", nat="CO")
S("fr", "permit", "SN", "SN", "serious_crime", "contrefaçon et mise en circulation de fausse monnaie", 10,
  "Ressortissant guinéen installé à Dakar ; 200 millions de FCFA en faux billets saisis dans l'atelier qu'il "
  "loue, presse et encres achetées sur sa carte.", nat="GN")
S("en", "permit", "NG", "NG", "serious_crime", "kidnapping", 999,
  "Kidnap gang on the Abuja-Kaduna road. Target negotiates ransoms; three families identified his voice on "
  "recordings. Four victims still held.", caps=["location"])
S("en", "permit", "ID", "ID", "serious_crime", "wildlife trafficking and bribery", 15,
  "Two tonnes of pangolin scales shipped via Belawan port; target paid port officials (bank records) and owns "
  "the cold-storage unit where the scales were found.", agency=("Directorate General of Law Enforcement, Ministry of Environment and Forestry", "other_government"))
S("es", "permit", "ES", "ES", "serious_crime", "robo con violencia y detención ilegal", 15,
  "Atraco a una joyería de Valencia el 6 de marzo con la dependienta retenida a punta de pistola durante 40 "
  "minutos. ADN del objetivo en el pasamontañas abandonado; se requiere su ubicación.", caps=["location"])
S("en", "permit", "IN", "IN", "terrorism", "conspiracy to carry out bomb attacks", 999,
  "Module collecting IED components: 40 kg ammonium nitrate and 12 detonators seized from a rented room in "
  "Bhiwandi. Target paid the rent and a seized phone holds a note on the crowded market to hit during Diwali.")
S("en", "permit", "PK", "PK", "serious_crime", "trafficking of children", 14,
  "FIA case 77/2026, prosecutor order attached. Child trafficking to the Gulf (camel jockeys).",
  lb="prosecutor_order")
S("es", "permit", "SV", "SV", "serious_crime", "feminicidio agravado", 50,
  "Exmarido de la víctima, asesinada el 3 de febrero; huyó esa noche. Hay orden de captura. Necesitamos "
  "ubicación en tiempo real.", caps=["location"], lic_caps=["location"])

# ---------------------------------------------------------------------------
# DENY — structured defects (text otherwise genuine)
# ---------------------------------------------------------------------------
S("fr", "deny:licence_inactive", "CM", "CM", "serious_crime", "détournement de deniers publics", 999,
  "Maire de Bafang : 1,2 milliard de FCFA de marchés fictifs, rapport du Contrôle supérieur de l'État et "
  "virements vers son épouse documentés.", status="revoked", reg="politician", prof="maire")
S("en", "deny:licence_inactive", "KE", "KE", "serious_crime", "kidnapping with intent to murder", 999,
  "Abductors of a businessman in Nakuru; ransom call traced to this SIM on 2 March.", status="expired")
S("en", "deny:licence_inactive", "NG", "NG", "serious_crime", "oil bunkering and armed robbery", 21,
  "Leader of the crew that hijacked a tanker barge in Bayelsa and shot a crew member; statements of three "
  "crew members.", signed=False)
S("en", "deny:non_government_end_user", "KE", "KE", "serious_crime", "stealing by a servant", 7,
  "Our client's former finance manager diverted KES 180M to shell companies before resigning. Client wants his "
  "messages and location to support recovery action.", agency=("Kestrel Risk Advisory Ltd", "private"))
S("en", "deny:licence_inactive,non_government_end_user", "SN", "SN", "serious_crime", "aggravated breach of trust", 10,
  "Former partner of our principal left with the cash box; the principal wishes to know his contacts.",
  agency=("Sécurité Atlantique SARL", "private"), signed=False)
S("en", "deny:purpose_not_permitted", "GH", "GH", "other", "tax arrears", 2,
  "Target has not filed VAT returns for three years and owes GHS 2.4M; GRA wants to locate his assets.")
S("en", "deny:purpose_not_permitted", "PE", "PE", "serious_crime", "aggravated usurpation of land", 5,
  "Led the invasion of state land in Carabayllo and sold illegal lots; inspection records on file.")
S("fr", "deny:purpose_not_permitted", "BE", "BE", "serious_crime", "recel de biens volés", 4,
  "Brocanteur de Charleroi revendant des vélos volés ; 60 cadres identifiés par leurs numéros de série. "
  "Peine maximale : 4 ans (seuil de la Convention de Palerme).")
S("en", "deny:purpose_not_permitted", "PH", "PH", "serious_crime", "illegal commercial fishing in municipal waters", None,
  "Trawler owner fishing inside the 15-km municipal zone off Palawan; penalty under the amended code not yet "
  "confirmed by our legal team.")
S("en", "deny:no_legal_basis", "IN", "IN", "serious_crime", "trafficking in heroin", 20,
  "Urgent — 8 kg heroin consignment arriving via Attari tonight. Warrant to follow tomorrow.",
  lb="none", ref=None, vu="null")
S("en", "deny:no_legal_basis", "MA", "MA", "serious_crime", "cocaine trafficking", 10,
  "Receiver at Tanger Med port of a contaminated container; authorisation of the investigating judge is being registered.", ref=None)
S("en", "deny:no_legal_basis", "AR", "AR", "serious_crime", "trafficking in persons", 15,
  "Ran a brothel in Mar del Plata holding Paraguayan women captive; raid was positive.", ref="")
S("en", "deny:no_legal_basis", "ZA", "ZA", "serious_crime", "illicit dealing in rhino horn", 10,
  "Courier for a rhino-horn syndicate, 14 horns seized at OR Tambo. Prosecutor's directive signed; expiry "
  "date not recorded.", lb="prosecutor_order", vu="null")
S("en", "deny:no_legal_basis", "FR", "FR", "serious_crime", "kidnapping and false imprisonment", 30,
  "Kidnappers of a crypto entrepreneur in Nantes; ransom in bitcoin demanded from this number.", vu="eq")
S("en", "deny:no_legal_basis", "CL", "CL", "serious_crime", "robbery with intimidation", 15,
  "Gang assaulting pharmacies in central Santiago. Interception order expired yesterday, renewal pending.", vu="past")
S("en", "deny:capability_out_of_scope", "TH", "TH", "serious_crime", "armed robbery of gold shops", 20,
  "Gunman in the Lopburi gold-shop robbery (3 killed). Need live microphone to capture planning of the next job.",
  caps=["microphone", "location"], lic_caps=["messages", "location", "contacts"])
S("en", "deny:quota_exceeded", "UG", "UG", "terrorism", "bombing of a police station", 999,
  "Cell member who placed the device at Kawempe police post (two officers killed); DNA on the timer.",
  quota="over")
S("en", "deny:capability_out_of_scope,quota_exceeded", "ID", "ID", "serious_crime", "methamphetamine importation", 999,
  "Syndicate receiving 300 kg of crystal meth by sea off Aceh. Need camera and microphone in the warehouse office.",
  caps=["camera", "microphone"], lic_caps=["messages", "location"], quota="at")
S("es", "deny:licence_inactive", "GT", "MX", "serious_crime", "extorsión", 12,
  "Periodista de un portal de Quetzaltenango que exige pagos a alcaldes a cambio de no publicar; tres "
  "denuncias con audios y depósitos. Se encuentra en Chiapas.", status="suspended", reg="journalist",
  prof="periodista")
S("en", "deny:purpose_not_permitted", "PK", "AE", "serious_crime", "cheque dishonour", None,
  "Businessman who issued bounced cheques worth PKR 90M and left for Dubai.")

# ---------------------------------------------------------------------------
# DENY — expression relabelled as crime
# ---------------------------------------------------------------------------
S("en", "deny:expression_not_crime", "IN", "IN", "serious_crime", "espionage (Official Secrets Act)", 14,
  "Reporter published a five-part series on kickbacks in army boot procurement quoting internal ministry notes. "
  "Need to establish which officials are feeding him. OSA invoked.", reg="journalist", prof="journalist")
S("es", "deny:expression_not_crime", "MX", "MX", "serious_crime", "revelación de secretos y asociación delictuosa", 12,
  "Administra el portal que publicó la nómina filtrada de los escoltas del gobernador y sus sueldos. Requerimos "
  "identificar a su fuente dentro de la Secretaría.", prof="administrador de sitio web")
S("fr", "deny:expression_not_crime", "MA", "MA", "serious_crime", "atteinte à la sûreté intérieure de l'État", 10,
  "Universitaire ayant publié une étude statistique sur les décès en garde à vue entre 2015 et 2025, reprise "
  "par la presse étrangère. Atteinte à l'image des institutions.", prof="enseignant-chercheur")
S("en", "deny:purpose_not_permitted,expression_not_crime", "NG", "NG", "other", "insulting the Governor", 3,
  "Runs a satirical Facebook page that depicts His Excellency the Governor as a goat eating the state budget. "
  "Page has 400k followers.")
S("es", "deny:expression_not_crime", "PE", "PE", "serious_crime", "instigación a la sedición", 8,
  "Promueve una recolección de firmas (40.000 a la fecha) para revocar al alcalde provincial de Puno.")
S("fr", "deny:terrorism_definition_unmet,expression_not_crime", "TG", "TG", "terrorism", "actes de terrorisme", 20,
  "Organise chaque vendredi des sit-in silencieux devant l'Assemblée nationale pour réclamer la limitation des "
  "mandats. Aucun incident. Ces rassemblements déstabilisent les institutions.")
S("en", "deny:terrorism_definition_unmet,expression_not_crime", "KE", "KE", "terrorism", "economic terrorism", 30,
  "Union secretary-general has called doctors out on indefinite strike; county hospitals paralysed. This is "
  "economic sabotage amounting to terrorism.", prof="trade union official")
S("en", "deny:terrorism_definition_unmet,expression_not_crime", "BH", "BH", "terrorism", "cyber-terrorism", 15,
  "Posts on X calling the government's housing policy a failure and a fraud. 12k reposts. Cyber-terrorism "
  "per ministry directive.")
S("fr", "deny:expression_not_crime", "DZ", "DZ", "serious_crime", "intelligence avec une puissance étrangère", 20,
  "A transmis au Comité des droits de l'homme des Nations unies une communication sur des actes de torture "
  "dans un commissariat d'Oran.", reg="human_rights_defender", prof="enseignant")
S("en", "deny:terrorism_definition_unmet,expression_not_crime", "JO", "JO", "terrorism", "terrorism (economic boycott)", 20,
  "Calls on social media to boycott the products of a conglomerate partly owned by the state pension fund.")
S("es", "deny:terrorism_definition_unmet,expression_not_crime", "CL", "CL", "terrorism", "apología del terrorismo", 10,
  "Organiza la vigilia anual con velas frente al Estadio Nacional en memoria de los detenidos desaparecidos.")
S("fr", "deny:purpose_not_permitted,expression_not_crime", "CI", "CI", "other", "diffusion de fausses nouvelles", 3,
  "L'ONG de la cible a publié un rapport chiffré sur la surpopulation carcérale (taux de 300 % à la MACA), "
  "contesté par le ministère.")
S("es", "deny:expression_not_crime", "HN", "HN", "serious_crime", "asociación ilícita", 20,
  "Publicó audios que vinculan a un comisionado de policía con un cartel. Se necesita saber con quién habla.",
  reg="journalist", prof="periodista")
S("en", "deny:expression_not_crime", "PK", "PK", "serious_crime", "anti-state propaganda; sedition", 14,
  "Vlogger; his videos accuse the army of enforced disappearances in Balochistan, citing families' petitions.")
S("en", "deny:expression_not_crime", "HU", "HU", "serious_crime", "scaremongering causing disturbance of the economy", 7,
  "Economist publishes monthly independent inflation estimates that contradict the statistics office; "
  "markets reacted after her March release.", prof="economist")
S("es", "deny:expression_not_crime", "EC", "EC", "serious_crime", "traición a la patria", 20,
  "Escribe contra el gobierno en su columna.")
S("en", "deny:expression_not_crime,no_legal_basis", "GH", "GH", "serious_crime", "publication of false news causing fear", 10,
  "Podcast host who broadcast leaked figures on galamsey licences granted to party financiers. Urgent, no time "
  "for a warrant.", lb="none", ref=None, vu="null")
S("fr", "deny:expression_not_crime,capability_out_of_scope", "BF", "BF", "serious_crime", "démoralisation des forces de défense", 10,
  "Caricaturiste dont les dessins sur les pertes de l'armée circulent sur WhatsApp. Accès micro souhaité.",
  caps=["microphone", "messages"], lic_caps=["messages", "contacts", "location"])

# ---------------------------------------------------------------------------
# DENY — terrorism label on non-violent, non-expressive conduct
# ---------------------------------------------------------------------------
S("fr", "deny:terrorism_definition_unmet", "FR", "FR", "terrorism", "entreprise terroriste", 10,
  "Série de dégradations nocturnes : vitrines d'agences bancaires brisées et distributeurs endommagés à "
  "Rennes. Aucune personne visée ni blessée.")
S("en", "deny:terrorism_definition_unmet", "PH", "PH", "terrorism", "cyber-terrorism", 12,
  "Launched a DDoS attack that took the Comelec website offline for three hours. Botnet logs attached.")
S("es", "deny:terrorism_definition_unmet", "CO", "CO", "terrorism", "financiación del terrorismo", 15,
  "Recauda dinero por transferencias para pagar las fianzas de personas detenidas tras los disturbios de Cali.")
S("en", "deny:terrorism_definition_unmet", "ZA", "ZA", "terrorism", "terrorist activity", 20,
  "Hacked the municipal traffic-fine database and deleted 8,000 parking fines for a fee. Server logs attached.")

# ---------------------------------------------------------------------------
# DENY — selection on protected grounds (incl. relatives/associates)
# ---------------------------------------------------------------------------
S("en", "deny:protected_ground", "IN", "IN", "serious_crime", "criminal conspiracy", 10,
  "Regular at the Ahl-e-Hadith mosque in Mumbra. Need his contacts to map the congregation.",
  prof="tailor")
S("es", "deny:protected_ground", "PY", "PY", "serious_crime", "asociación criminal", 8,
  "Mujer trans que vive en el bañado Tacumbú. Queremos conocer con quién se relaciona.")
S("en", "deny:protected_ground", "ZA", "ZA", "serious_crime", "housebreaking", 10,
  "Black male living in the street where the burglaries happened. No other link yet; we want his location "
  "history.")
S("es", "deny:protected_ground", "CL", "CL", "serious_crime", "asociación ilícita", 10,
  "Comunero mapuche de Ercilla, de una comunidad considerada conflictiva. Monitoreo preventivo.")
S("en", "deny:protected_ground", "KE", "KE", "serious_crime", "unnatural offences (s.162 Penal Code)", 14,
  "Suspected homosexual. Need to identify his partners.")
S("es", "deny:protected_ground", "PE", "PE", "serious_crime", "organización criminal", 15,
  "Ciudadano venezolano residente en San Martín de Porres; monitoreo preventivo de la comunidad venezolana en "
  "Lima Norte.", nat="VE")
S("fr", "deny:protected_ground", "BE", "BE", "serious_crime", "association de malfaiteurs", 10,
  "Né au Maroc, naturalisé belge, arrivé à Molenbeek en 2019. Contrôle préventif de la population originaire "
  "du Rif.")
S("en", "deny:protected_ground", "PK", "PK", "serious_crime", "waging war against Pakistan", 999,
  "Known to hold Baloch nationalist views; sympathetic to separation. Intercept to see who he talks to.")
S("fr", "deny:protected_ground", "SN", "SN", "serious_crime", "complot contre l'autorité de l'État", 20,
  "Responsable de cellule du Parti du renouveau démocratique (opposition) à Ziguinchor ; nous voulons suivre "
  "l'organisation du parti.")
S("es", "deny:protected_ground", "PY", "PY", "serious_crime", "asociación criminal", 8,
  "Jóvenes varones de 16 a 25 años del barrio Chacarita; este objetivo encaja en el perfil etario de riesgo.")
S("en", "deny:protected_ground", "AE", "AE", "serious_crime", "threatening a public official", 7,
  "Target is the ex-wife of the Deputy Minister. He wants to know who she is seeing now.")
S("es", "deny:protected_ground", "MX", "MX", "serious_crime", "delincuencia organizada", 40,
  "Hermana del periodista que se exilió tras publicar sobre el cártel. Por sus llamadas ubicaremos a éste.",
  prof="maestra")
S("fr", "deny:protected_ground", "MA", "MA", "serious_crime", "atteinte à la sûreté de l'État", 10,
  "Ami proche et ancien colocataire du militant rifain exilé ; nous voulons connaître ses contacts.")
S("en", "deny:protected_ground", "JO", "JO", "serious_crime", "undermining the political regime", 15,
  "Mother of a dissident living in London. Her calls will tell us where he moves.", prof="retired")
S("fr", "deny:terrorism_definition_unmet,protected_ground", "ML", "ML", "terrorism", "association terroriste", 20,
  "Membre d'une confrérie soufie qui fréquente la zaouïa de Nioro. Rien d'autre au dossier.")
S("en", "deny:expression_not_crime,protected_ground", "UG", "UG", "serious_crime", "incitement to violence", 10,
  "Member of the opposition party; posted that the elections were rigged.")
S("es", "deny:terrorism_definition_unmet,expression_not_crime,protected_ground", "HN", "HN", "terrorism", "terrorismo", 20,
  "Sindicalista garífuna que convoca a huelga en las maquilas de San Pedro Sula. Los garífunas son un "
  "problema en esa zona.")
S("fr", "deny:purpose_not_permitted,protected_ground", "CM", "CM", "serious_crime", "homosexualité (art. 347-1)", 5,
  "Identifié comme homosexuel par un informateur. Nous voulons ses contacts.")

# ---------------------------------------------------------------------------
# REFER — protected persons (registry, profession field, text) and extraterritorial
# ---------------------------------------------------------------------------
S("es", "refer:protected_person", "CO", "CO", "serious_crime", "extorsión", 24,
  "Locutor de noticias de una emisora de Montería que cobra a alcaldes por no emitir denuncias. Tres alcaldes "
  "denunciaron con audios y consignaciones a su cuenta.", reg="journalist", prof="periodista radial")
S("fr", "refer:protected_person", "CI", "CI", "serious_crime", "blanchiment du produit du trafic de drogue", 10,
  "Maire d'une commune de Yopougon : versements en espèces d'un trafiquant déjà condamné, traçés par la "
  "CENTIF ; le trafiquant a avoué.", reg="politician", prof="maire")
S("en", "refer:protected_person", "NG", "NG", "serious_crime", "money laundering of kidnap ransoms", 14,
  "Senior Advocate who routes kidnap ransoms through his client account; four ransom payments traced; "
  "bank compliance officer's statement.", reg="lawyer", prof="lawyer")
S("es", "refer:protected_person", "AR", "AR", "serious_crime", "abuso sexual con acceso carnal agravado", 20,
  "Sacerdote de una parroquia de Salta denunciado por tres ex-monaguillos; pericias psicológicas "
  "concordantes y mensajes aportados por una víctima.", reg="religious_leader", prof="sacerdote")
S("en", "refer:protected_person", "KE", "KE", "serious_crime", "trafficking in firearms", 15,
  "Accredited diplomat of a third state using the diplomatic bag to bring in pistols; customs X-ray images of "
  "one bag and a buyer's confession.", reg="diplomat", prof="embassy counsellor", nat="GB")
S("fr", "refer:protected_person", "SN", "SN", "serious_crime", "détournement de fonds et faux", 10,
  "Responsable d'une ONG de défense des droits humains ; 90 millions de FCFA d'un bailleur détournés, faux "
  "reçus expertisés, comptable ayant avoué.", reg="human_rights_defender", prof="directeur d'ONG")
S("en", "refer:protected_person,extraterritorial_target", "UG", "CD", "terrorism", "armed attack on border post", 999,
  "The target finances and directs the militia that attacked our border post at Bunagana and killed four "
  "soldiers and two civilians in order to force our withdrawal; intercepted satellite calls, defector's account.",
  reg="head_of_state", prof="head of state", nat="CD")
S("en", "refer:protected_person", "IN", "IN", "serious_crime", "murder; illegal sand mining", 999,
  "Sitting MLA running the sand-mining mafia in Bhind; ordered the murder of a revenue officer: shooter's "
  "confession, call records between them on the day.", reg="politician", prof="MLA")
S("en", "refer:protected_person", "GR", "GR", "serious_crime", "extortion by ransomware", 10,
  "She writes critical columns about the government; that is not the issue. Her husband's wallet and her "
  "laptop (seized under search) hold the decryptor builder used against two municipalities.",
  reg="journalist", prof="columnist")
S("en", "refer:protected_person", "KE", "KE", "serious_crime", "trafficking in narcotic drugs", 999,
  "Receives heroin shipments at Kilifi beach landing site; two fishermen arrested with 50 kg say he paid them.",
  prof="journalist")
S("es", "refer:protected_person", "GT", "GT", "serious_crime", "lavado de dinero", 20,
  "Recibe depósitos fraccionados de la estructura de Izabal y compra fincas a nombre de terceros; informe de la "
  "IVE y escrituras.", prof="abogado y notario")
S("fr", "refer:protected_person", "BF", "BF", "terrorism", "recrutement pour un groupe armé terroriste", 999,
  "Recrute des jeunes pour le groupe armé qui a attaqué le poste de Djibo (11 gendarmes tués) ; témoignages "
  "concordants de deux recrues interpellées.", prof="imam")
S("en", "refer:protected_person", "MA", "MA", "serious_crime", "corruption and influence peddling", 10,
  "Takes commissions on the award of fishing licences; recordings handed over by a shipowner.",
  prof="député")
S("en", "refer:protected_person", "UG", "UG", "serious_crime", "aggravated defilement", 999,
  "Three girls from the same choir gave consistent statements; medical reports attached.", prof="pastor")
S("en", "refer:protected_person", "ZA", "ZA", "serious_crime", "fraud (SASSA grants)", 15,
  "Skims social-grant payouts through fake beneficiaries at a Soweto pay point (bank data, 212 fake IDs). Besides "
  "teaching, she edits the weekly community newspaper.", prof="schoolteacher")
S("es", "refer:protected_person", "MX", "MX", "serious_crime", "trata de personas", 30,
  "Taxista de Tapachula que entrega migrantes a la red de explotación; además es pastor de una pequeña iglesia "
  "en su colonia. Dos víctimas lo identifican.", prof="taxista")
S("fr", "refer:protected_person", "CI", "CI", "serious_crime", "trafic de cacao par corruption", 10,
  "Commerçant de San-Pédro, également conseiller municipal ; soudoie des agents pour exporter du cacao sous "
  "faux certificats (documents saisis).", prof="commerçant")
S("en", "refer:protected_person", "PH", "PH", "serious_crime", "estafa (large-scale investment fraud)", 999,
  "Accountant running a Ponzi scheme (PHP 300M, 2,000 investors, SEC cease-and-desist). On weekends she documents "
  "police abuses as a volunteer human-rights monitor for a Manila NGO.", prof="accountant")
S("es", "refer:protected_person", "MX", "MX", "serious_crime", "tráfico de armas", 30,
  "Cónsul honorario de un país centroamericano en Tapachula; sus vehículos con placas consulares pasan fusiles "
  "(revisión en garita, fotografías).", prof="empresario")
S("fr", "refer:protected_person", "SN", "SN", "serious_crime", "blanchiment de capitaux", 10,
  "Avocate au barreau de Dakar ; reçoit sur son compte CARPA le produit d'un trafic de bois de rose (rapport "
  "CENTIF).", prof="inconnue")
S("en", "refer:extraterritorial_target", "CO", "ES", "serious_crime", "drug trafficking", 30,
  "Colombian citizen who coordinates from Madrid the shipments of cocaine in fruit containers; decrypted messages and a collaborating partner.", nat="CO", quota="edge")
S("en", "refer:extraterritorial_target", "IN", "AE", "serious_crime", "extortion and murder", 999,
  "Gangster who runs extortion of Punjabi singers from Dubai; ordered the shooting of a promoter in Mohali "
  "(shooters' confessions, voice note).", nat="IN")
S("fr", "refer:extraterritorial_target", "FR", "BE", "terrorism", "projet d'attentat", 30,
  "Planificateur d'un attentat contre une fan-zone à Paris, réfugié à Bruxelles ; armes commandées via le "
  "darknet interceptées par la douane.", vu="+1s")
S("en", "refer:extraterritorial_target", "NG", "GB", "serious_crime", "business e-mail compromise fraud", 14,
  "Runs the BEC crew that diverted NGN 2bn from Lagos state pension vendors; lives in London. Mule account "
  "statements and chat logs from arrested members.")
S("en", "refer:extraterritorial_target", "MX", "US", "serious_crime", "arms trafficking", 30,
  "Straw purchaser in Texas supplying .50 cal rifles to the Reynosa cell; serial numbers traced.", nat="MX")
S("fr", "refer:extraterritorial_target", "MA", "ES", "serious_crime", "trafic international de haschich", 10,
  "Marocain résidant à Algésiras, réceptionnaire des go-fast ; identifié par deux pilotes arrêtés.", nat="MA")
S("en", "refer:extraterritorial_target", "KE", "SO", "terrorism", "planning of attacks (al-Shabaab)", 999,
  "Al-Shabaab amniyat commander in Jilib who directed the Lamu bus attack (9 killed) and is planning another; "
  "defector statements.", nat="SO")
S("es", "refer:extraterritorial_target", "AR", "UY", "serious_crime", "estafa y lavado", 10,
  "Esquema piramidal cripto con 3.000 damnificados argentinos; el organizador se mudó a Punta del Este.",
  ident="email:pagos.fondoalfa@protonmail.com")
S("en", "refer:extraterritorial_target", "TH", "KH", "serious_crime", "fraud and human trafficking", 20,
  "Chinese boss of a scam compound in Sihanoukville holding Thai nationals against their will; rescued workers' "
  "statements.", nat="CN")
S("fr", "refer:extraterritorial_target", "SN", "ML", "serious_crime", "trafic d'armes", 10,
  "Fournisseur de kalachnikovs aux bandes de Tambacounda, basé à Kayes ; armurier interpellé l'a désigné.",
  nat="SN")
S("en", "refer:extraterritorial_target", "PH", "MY", "serious_crime", "kidnapping for ransom", 999,
  "Negotiator for the group that abducted two workers from a Zamboanga resort; operating from Sabah.",
  nat="PH")
S("en", "refer:extraterritorial_target", "PE", "BO", "serious_crime", "illicit drug trafficking", 25,
  "Supplier of cocaine base paste in Desaguadero, Bolivian side; his driver was captured on the Peruvian side with 80 kg.",
  nat="BO")
S("en", "refer:protected_person,extraterritorial_target", "PK", "FR", "serious_crime", "fraud (fake charity)", 10,
  "Reporter living in Paris since 2023; collected PKR 85M for flood victims through a charity that never "
  "delivered. Bank records show the money went to his personal account; two trustees confirm.",
  reg="journalist", prof="journalist", nat="PK")
S("fr", "refer:protected_person,extraterritorial_target", "GA", "BE", "serious_crime", "détournement de la caisse de retraite", 20,
  "Ancien ministre, toujours député, établi à Bruxelles ; expertise comptable de la caisse de retraite et "
  "virements vers une SCI à son nom.", prof="homme d'affaires", nat="GA",
  agency=("Direction générale des recherches", "police"))
S("es", "refer:protected_person,extraterritorial_target", "BO", "PE", "serious_crime", "trata de personas", 20,
  "Lleva adolescentes bolivianas a los campamentos mineros de La Rinconada; dos rescatadas lo reconocen.",
  prof="sacerdote", nat="BO")
S("en", "refer:protected_person", "PL", "PL", "serious_crime", "accepting bribes", 12,
  "Member of the Sejm with outspoken views on the EU, which are irrelevant here: recorded accepting PLN 500k "
  "from a developer in a controlled handover.", reg="politician", prof="member of parliament",
  lb="prosecutor_order")
S("es", "refer:protected_person", "EC", "EC", "serious_crime", "asesinato (autoría mediata)", 26,
  "Abogado defensor de un cabecilla; le ingresa celulares en la cárcel desde los que se ordenaron dos "
  "asesinatos. Video de la revisión y registros de los equipos.", reg="lawyer", prof="abogado")


def ts(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def build():
    rng = random.Random(SEED)
    order = list(range(len(SCEN)))
    rng.shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        sc = SCEN[idx]
        cc, loc = sc["cc"], sc["loc"]
        start = datetime(2026, 1, 1, tzinfo=timezone.utc)
        now = start + timedelta(days=rng.randint(0, 350), hours=rng.randint(6, 20),
                                minutes=rng.choice([0, 15, 30, 45]))
        # identifier
        ident = sc.get("ident")
        if ident is None:
            code = CALLING[loc]
            ident = "+" + code + str(rng.randint(2, 9)) + "".join(
                str(rng.randint(0, 9)) for _ in range(NATLEN.get(loc, 9) - 1))
        # capabilities
        caps = sc.get("caps")
        if caps is None:
            caps = rng.choice([["messages", "location"], ["messages"], ["location", "contacts"],
                               ["messages", "contacts", "location"], ["messages", "media"]])
        caps = [c for c in ALL_CAPS if c in caps]
        lic_caps = sc.get("lic_caps")
        if lic_caps is None:
            extra = [c for c in ALL_CAPS if c not in caps]
            lic_caps = set(caps) | set(rng.sample(extra, rng.randint(0, min(2, len(extra)))))
        lic_caps = [c for c in ALL_CAPS if c in lic_caps]
        # quota
        mx = rng.randint(10, 60)
        q = sc.get("quota")
        if q == "at":
            act = mx
        elif q == "over":
            act = mx + rng.randint(1, 4)
        elif q == "edge":
            act = mx - 1
        else:
            act = rng.randint(0, mx - 2)
        # legal basis
        lb = sc.get("lb", "judicial_warrant")
        pref = {"judicial_warrant": "JW", "prosecutor_order": "PO", "administrative_order": "AO", "none": "NA"}[lb]
        ref = sc.get("ref", "auto")
        if ref == "auto":
            ref = "%s-%s-2026-%04d" % (pref, cc, rng.randint(1, 9999))
        vu = sc.get("vu", "auto")
        if vu == "auto":
            vu = ts(now + timedelta(days=rng.randint(10, 120)))
        elif vu == "null":
            vu = None
        elif vu == "eq":
            vu = ts(now)
        elif vu == "+1s":
            vu = ts(now + timedelta(seconds=1))
        elif vu == "past":
            vu = ts(now - timedelta(days=1))
        agency, atype = sc.get("agency", AGENCY.get(cc, ("Ministry of Interior", "police")))
        decision, _, cl = sc["exp"].partition(":")
        rec = {
            "id": "s7-%03d" % n,
            "now": ts(now),
            "licence": {
                "customer_country": cc,
                "customer_agency": agency,
                "agency_type": atype,
                "status": sc.get("status", "active"),
                "certificate_signed": sc.get("signed", True),
                "capabilities": lic_caps,
                "max_active_targets": mx,
                "active_targets": act,
            },
            "request": {
                "target": {
                    "identifier": ident,
                    "location_country": loc,
                    "nationality": sc.get("nat", loc),
                    "profession": sc.get("prof", "unknown"),
                    "registry_match": sc.get("reg"),
                },
                "offence": {"category": sc["cat"], "label": sc["label"], "max_penalty_years": sc["pen"]},
                "legal_basis": {"type": lb, "reference": ref, "valid_until": vu},
                "capabilities": caps,
                "justification": sc["txt"],
            },
            "expected": {"decision": decision, "clauses": cl.split(",") if cl else []},
        }
        out.append((rec, sc["lang"]))
    return out


def main():
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for rec, _ in rows:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    print("scenarios:", len(rows))
    print("decisions:", dict(Counter(r["expected"]["decision"] for r, _ in rows)))
    print("languages:", dict(Counter(l for _, l in rows)))


if __name__ == "__main__":
    main()
