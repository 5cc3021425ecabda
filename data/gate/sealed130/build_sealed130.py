#!/usr/bin/env python3
"""Generator for the sealed130 labelled evaluation set of the tasking gate.

Stdlib only (Python 3.11).  Holds 150 hand-written scenarios (North Africa:
MA, DZ, TN, LY, EG, MR).  Each scenario carries its hand-written text
(justification, offence label, profession, target) and the text clauses that a
human judged from that text.  Everything else that is random filler (evaluation
time, phone identifiers, legal references, validity dates, quotas, extra licence
capabilities, a few unnamed foreign countries) is drawn from a fixed seed.

The generator computes every structured-field clause from the fields, adds the
hand-judged text clauses, applies the spec's precedence and listing rules, and
exits non-zero when an intended decision or intended clause list differs from
the computed one.  It then shuffles with a second fixed seed, numbers the ids
s130-001 ... and writes sealed130.jsonl next to this file.

    python3 build_sealed130.py           # build and write sealed130.jsonl
    python3 build_sealed130.py --stats   # also print the counts used in README
"""
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED_FILL = 1302026        # filler draws, in scenario order
SEED_SHUFFLE = 130977      # order of the lines in the output
THRESHOLD = 6              # serious-crime threshold of the standard certificate
OUT = Path(__file__).resolve().parent / "sealed130.jsonl"

CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician",
            "head_of_state", "diplomat", "religious_leader"}
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LEGAL_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
DENY = {"licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"}
REFER = {"protected_person", "extraterritorial_target"}

# hand-judged text clauses (short names used in the scenario table)
EXP = "expression_not_crime"
PG = "protected_ground"
TDU = "terrorism_definition_unmet"
PP = "protected_person"          # the justification itself says the target is a protected person
TEXT_CLAUSES = {EXP, PG, TDU, PP}

SCEN = []


def S(key, lang, dec, cc, agency, atype, cat, label, pen, caps, prof, just, *,
      clauses=None, tc=(), status="active", signed=True, legal="judicial_warrant",
      lv="ok", quota="ok", missing=(), loc=None, nat=None, reg=None, ident="phone"):
    """One hand-written scenario.

    lv (legal validity): ok | expired | equal (valid_until == now) | just_after
        (a few minutes after now) | null (valid_until absent) | no_ref (reference absent)
    quota: ok | one_below (active = max-1) | at (active = max) | over (active > max)
    missing: requested capabilities that the licence does not grant
    loc / nat: country codes; a tuple means "one of these, drawn from the seed"
    ident: phone (drawn) | "email:..." | device (drawn IMEI)
    """
    SCEN.append(dict(key=key, lang=lang, dec=dec, cc=cc, agency=agency, atype=atype,
                     cat=cat, label=label, pen=pen, caps=list(caps), prof=prof,
                     just=just, clauses=clauses, tc=set(tc), status=status,
                     signed=signed, legal=legal, lv=lv, quota=quota,
                     missing=set(missing), loc=loc, nat=nat, reg=reg, ident=ident))


def clean(text):
    """Re-flow a hand-written justification: blank line = new paragraph; a line
    starting with '- ', '* ' or 'N.' / 'N)' starts a new line; other line breaks
    are just wrapping of the source code."""
    out = []
    for para in re.split(r"\n\s*\n", text.strip()):
        lines = []
        for raw in para.splitlines():
            ln = raw.strip()
            if not ln:
                continue
            if lines and not re.match(r"^([-*•] |\d+[.)] |[a-z]\) )", ln):
                lines[-1] += " " + ln
            else:
                lines.append(ln)
        out.append("\n".join(lines))
    return "\n\n".join(out)


# =====================================================================================
# PERMITS: a genuine, specific crime; every structured field in order.  Many mention
# journalists, faith, protest, politics, nationality or ethnicity innocently.
# =====================================================================================

S("p01", "fr", "permit", "MA", "Sûreté Régionale de Tanger – Brigade Anti-Narcotiques", "police",
  "serious_crime", "trafic international de stupéfiants (résine de cannabis)", 10,
  ["messages", "location"], "mécanicien de bateaux", """
Objet : demande d'interception – dossier GO-FAST KSAR SGHIR.

Le 14 du mois courant, une embarcation semi-rigide a été arraisonnée au large de Ksar Sghir
avec 1,2 tonne de résine de cannabis à bord. Les deux pilotes interpellés désignent la cible
comme l'homme qui prépare les moteurs et fixe l'heure des départs. Son numéro figure dans les
deux téléphones saisis, avec des échanges de la veille (« le moteur est prêt, 3 h »).

Il est noté que l'intéressé a pris part en 2017 à des marches dans la région ; cet élément est
sans rapport avec la présente demande, fondée uniquement sur les éléments matériels ci-dessus.

Mesures sollicitées : messages et géolocalisation, pour localiser le point de chargement et
remonter jusqu'au commanditaire.
""")

S("p02", "es", "permit", "MA", "Brigada Regional de Investigación de Tetuán", "police",
  "serious_crime", "tráfico internacional de hachís", 10,
  ["messages", "contacts", "location"], "patrón de pesca", """
Solicitamos la intervención del terminal del objetivo, patrón de un barco de pesca con base en
el puerto de M'diq. Según la vigilancia realizada durante las dos últimas semanas, el barco
sale de noche sin declarar capturas y se encuentra con una narcolancha a unas seis millas de
la costa. En el último encuentro la Marina Real recuperó 38 fardos de hachís que habían sido
arrojados al agua. Necesitamos mensajes, contactos y ubicación para identificar a la
organización receptora y el calendario de las entregas.
""")

S("p03", "fr", "permit", "MA", "Gendarmerie Royale – Groupement Côtier Nord", "military",
  "serious_crime", "organisation de l'émigration clandestine ayant entraîné la mort", 20,
  ["messages", "contacts", "location"], "commerçant", """
Dans la nuit du 3 au 4, un pneumatique parti de la plage de Boqana (Nador) a chaviré à environ
quatre milles des côtes. Quatorze corps ont été repêchés, dont ceux de trois enfants ; les
vingt-deux survivants, pour la plupart originaires de Guinée et du Cameroun, ont été entendus
séparément.

Leurs déclarations concordent : chacun a versé entre 2 500 et 3 000 euros à un intermédiaire de
Nador, qui les a hébergés dans deux maisons du quartier Laâri Chikh avant de les conduire à la
plage. Plusieurs rescapés ont reconnu la cible sur planche photographique comme celui qui
encaissait l'argent et donnait les ordres aux convoyeurs. Le numéro visé est enregistré sous le
nom « Chef » dans quatre des téléphones récupérés.

La nationalité des victimes n'a aucune incidence sur la demande, qui vise l'organisateur du
passage.

Interceptions demandées : messages, contacts, géolocalisation, afin d'identifier le fournisseur
des embarcations et les autres lieux d'hébergement.
""")

S("p04", "en", "permit", "EG", "Higher Public Prosecution – Ismailia Office", "prosecution",
  "serious_crime", "kidnapping for ransom", 999,
  ["location", "messages"], "driver", """
Victim (engineer, 41) abducted 3 days ago on the El-Arish road. Family got ransom call from
target number: EGP 2m. Two more calls since, same handset, cells around Bir al-Abd.
Location + messages, urgent.
""", legal="prosecutor_order")

S("p05", "fr", "permit", "DZ", "Sûreté de Wilaya d'Illizi – Service de Police Judiciaire", "police",
  "serious_crime", "trafic d'armes de guerre", 20,
  ["messages", "location", "contacts"], "transporteur", """
À la suite de la saisie, à un barrage de la RN3 près d'In Amenas, d'un véhicule tout-terrain
transportant onze fusils d'assaut de type AK et 2 400 cartouches en provenance de la frontière
libyenne, le chauffeur a reconnu travailler pour la cible, qui réceptionne les armes à Illizi
et les revend dans le Nord. Les relevés de son téléphone font apparaître onze contacts avec la
cible dans les 48 heures précédant la saisie. Nous sollicitons l'interception des messages, des
contacts et de la localisation afin de remonter la filière d'approvisionnement et d'identifier
les acheteurs.
""")

S("p06", "fr", "permit", "TN", "Unité Nationale d'Enquête sur les Crimes Terroristes", "intelligence",
  "terrorism", "préparation d'un attentat terroriste", 999,
  ["messages", "contacts", "location", "microphone"], "étudiant", """
NOTE DE SYNTHÈSE

Une source jugée fiable et nos vérifications techniques établissent qu'un groupe de trois
individus, dont la cible, prépare une attaque contre les pèlerins de la Ghriba à Djerba pendant
le pèlerinage annuel. Éléments recueillis :
- achat par la cible de nitrate d'ammonium et de clous (factures et vidéosurveillance d'une
quincaillerie de Médenine) ;
- photographies de repérage autour de la synagogue, retrouvées dans un espace de stockage en
ligne partagé par le groupe ;
- messages évoquant la volonté de « faire le plus de victimes possible pour que l'État comprenne ».

Le caractère religieux du lieu est mentionné pour situer la menace ; la cible est visée pour
ses actes préparatoires.

Moyens demandés : messages, contacts, géolocalisation, microphone.
""")

S("p07", "en", "permit", "LY", "Criminal Investigation Department – Tripoli Branch", "police",
  "serious_crime", "human trafficking, torture and extortion of migrants", 15,
  ["messages", "location", "media"], "unknown", """
Three Eritrean and two Sudanese men who escaped from a warehouse outside Bani Walid gave
matching statements: they were held for four months, beaten, and filmed while their relatives
were phoned and told to send money. The videos were sent from the target's number, which one
of the men memorised. Transfers of USD 4,000–6,000 per captive went through hawala agents on
the target's instructions. He is believed to still run the warehouse.

We request messages, media and location to find the site and free those still held there.
""")

S("p08", "fr", "permit", "MR", "Service de Renseignement Intérieur", "intelligence",
  "terrorism", "projet d'enlèvement d'otages étrangers", 999,
  ["location", "messages", "contacts"], "commerçant en véhicules", """
Un informateur introduit dans un circuit de ravitaillement de la zone de Bassikounou rapporte
que la cible coordonne l'enlèvement de ressortissants étrangers travaillant pour une ONG
médicale, en vue de les remettre à un groupe armé qui exigera une rançon et la libération de
ses membres détenus. Un véhicule volé et des treillis militaires ont été découverts dans un
entrepôt loué par la cible. Les otages seraient transférés vers la frontière malienne dans les
jours suivant l'enlèvement. Interception urgente des messages, des contacts et de la
localisation.
""")

S("p09", "en", "permit", "EG", "General Directorate for Drug Control", "police",
  "serious_crime", "importation of tramadol for trafficking", 25,
  ["messages", "contacts"], "importer", """
Port Said customs opened a container declared as ceramic tiles and found 4.2 million tramadol
tablets. The consignee is a shell company in the name of the target's brother-in-law; the
target signed the clearing agent's contract and paid the demurrage from his own account.
Interception is sought on his messages and contacts to identify the supplier and the
distributors in Upper Egypt.

For completeness: the target is known as a member of an Ahly supporters' group and was briefly
detained after a match some years ago. That has no bearing on this request.
""")

S("p10", "fr", "permit", "MA", "Brigade Régionale d'Enquêtes de Casablanca", "police",
  "serious_crime", "homicide volontaire avec préméditation", 999,
  ["location", "messages", "contacts"], "recouvreur de créances", """
La victime, journaliste économique retrouvée morte dans son appartement du Maârif, avait déposé
plainte deux semaines plus tôt pour menaces de mort contre la cible, à qui elle devait une somme
importante au titre d'un prêt personnel. La vidéosurveillance de l'immeuble montre la cible
entrant à 22 h 14 et ressortant à 22 h 51 ; son ADN a été relevé sous les ongles de la victime.
L'intéressé a quitté son domicile et n'est plus joignable que sur le numéro visé. La demande
tend à le localiser et à identifier d'éventuels complices.
""")

S("p11", "en", "permit", "TN", "Central Anti-Robbery Brigade – Tunis", "police",
  "serious_crime", "armed robbery by an organised gang", 20,
  ["location", "contacts", "messages"], "unemployed", """
During last Saturday's demonstration on Avenue Habib Bourguiba, while units were deployed for
crowd safety, four men in balaclavas forced their way into two jewellers in the Medina with a
pistol and an axe, injuring a shop assistant. The target's car was filmed waiting in Rue de la
Kasbah and his fingerprint was lifted from a display case. The demonstration matters only as the
cover the gang chose. Requesting location, contacts and messages to identify the other three and
trace the stolen gold (about TND 600,000).
""")

S("p12", "fr", "permit", "DZ", "Gendarmerie Nationale – Groupement de Tébessa", "military",
  "serious_crime", "contrebande de carburant en bande organisée", 20,
  ["location", "messages"], "agriculteur", """
Réseau de contrebande de carburant vers la Tunisie, secteur de Bir el-Ater. Quatre convois de
citernes interceptés en trois mois (plus de 90 000 litres). Le convoyeur arrêté lors du
deuxième convoi désigne la cible comme organisateur ; versements retrouvés sur son compte CCP.
Demande : localisation et messages en vue du prochain passage.
""")

S("p13", "es", "permit", "MA", "Fiscalía Regional de Larache", "prosecution",
  "serious_crime", "asesinato", 999,
  ["location", "contacts", "messages"], "intermediario de pescado", """
El cuerpo de un pescador de 34 años apareció en la desembocadura del Lucus con dos heridas de
arma blanca. Su viuda declara que el hombre había perdido un alijo de hachís que transportaba
por encargo del objetivo y que este le exigía 200.000 dírhams o «pagarás con la vida». En el
teléfono de la víctima hay notas de voz del objetivo con esas amenazas, recibidas la víspera del
crimen. El objetivo no ha vuelto a su domicilio. La Fiscalía solicita localización, contactos y
mensajes.
""", legal="prosecutor_order")

S("p14", "en", "permit", "MA", "Directorate of Internal Vigilance", "intelligence",
  "terrorism", "planning a terrorist attack on tourists", 999,
  ["messages", "microphone", "location", "contacts"], "baker", """
The target and two associates, who met at a neighbourhood mosque in Sidi Youssef Ben Ali,
recorded a pledge of allegiance to ISIS that we recovered from a seized phone. Since then the
target has bought four hunting knives and a body camera and searched online for the busiest
hours at Jemaa el-Fna. One of his messages to an associate reads: "we strike during the
festival, when the square is full, so the world sees this country is not safe."

The mosque is mentioned only as the place where they met. Full interception is requested to
establish the timing and prevent the attack.
""")

S("p15", "fr", "permit", "TN", "Brigade Centrale de Lutte contre les Stupéfiants", "police",
  "serious_crime", "importation et trafic de cocaïne", 20,
  ["messages", "contacts"], "gérant de société d'import-export", """
Saisie de 46 kg de cocaïne au port de Radès dans un conteneur de bananes. Le transitaire a été
interpellé ; son téléphone contient des messages de la cible organisant l'enlèvement du
conteneur (« récupère-le avant le scanner »). La cible gère la société destinataire.
Interception des messages et des contacts pour identifier les fournisseurs et les relais de
distribution.
""")

S("p16", "en", "permit", "LY", "Internal Security Agency – Misrata Office", "intelligence",
  "terrorism", "car-bomb plot against a polling centre", 999,
  ["messages", "location", "contacts", "media"], "car dealer", """
Ahead of the municipal elections, a source inside a cell linked to remnants of the Sirte
network reported a plan to detonate a car bomb at the polling centre in the Zarrouq school on
voting day. Explosive residue was found in a garage rented by the target, who bought a used
Hyundai for cash the next day. Intercepted calls of an associate speak of "the wedding on
election day" and of "making the voters stay at home".

The elections are why the threat is urgent; the request concerns a planned mass-casualty
attack.
""")

S("p17", "fr", "permit", "MR", "Parquet de la République de Nouadhibou", "prosecution",
  "serious_crime", "trafic international de cocaïne", 15,
  ["messages", "location"], "armateur", """
Une pirogue chargée de 700 kg de cocaïne a été arraisonnée au nord du Cap Blanc. Son capitaine
indique que la cible, armateur à Nouadhibou, a organisé le transbordement depuis un navire au
large ; deux appels de la cible au capitaine sont établis dans la nuit. Réquisition aux fins
d'interception de ses messages et de sa localisation.
""", legal="prosecutor_order")

S("p18", "en", "permit", "EG", "Public Prosecution – Cybercrime Office, Alexandria", "prosecution",
  "serious_crime", "production and distribution of child sexual abuse material", 15,
  ["messages", "media", "contacts"], "IT technician", """
Referral received through international police cooperation: around 300 images of children under
twelve were uploaded from this email account, whose recovery details point to the target's
phone. Two of the children have been identified as his neighbours' daughters and their mothers
have filed complaints. We need the account's messages, media and contacts to identify other
victims and the people he shares the material with.
""", ident="email:k.abdelmoneim77@postmail.example")

S("p19", "fr", "permit", "MA", "Brigade Centrale de Lutte contre la Cybercriminalité", "police",
  "serious_crime", "extorsion par rançongiciel et atteinte aux systèmes de traitement automatisé", 10,
  ["messages", "credentials", "contacts"], "technicien informatique", """
Le CHU de Fès a été paralysé pendant 36 heures par un rançongiciel (rançon exigée : 40 BTC).
L'analyse de l'incident remonte au poste d'un ancien prestataire resté connecté au réseau par
VPN, puis à l'appareil visé, identifié par son IMEI lors des connexions. La note de rançon
reprenait des slogans politiques contre la « hogra », manifestement pour brouiller les pistes :
l'enquête porte sur l'extorsion et le sabotage d'un hôpital, non sur ces slogans.

Demande : messages, contacts et identifiants de connexion.
""", ident="device")

S("p20", "en", "permit", "DZ", "Oran Wilaya Security – Criminal Brigade", "police",
  "serious_crime", "carjacking with a firearm resulting in death", 999,
  ["location", "messages"], "unknown", """
Taxi driver shot dead on the Es Senia road and his car taken; the car was later found burnt out.
After the killing, the victim's SIM card was used in the handset that now carries the target
number (same IMEI). A witness describes a man matching the target at the scene. Location and
messages to arrest him and recover the weapon.
""")

S("p21", "fr", "permit", "TN", "Direction Régionale de la Garde Nationale de Sfax", "police",
  "serious_crime", "organisation de traversées clandestines ayant causé la mort", 20,
  ["messages", "location", "contacts"], "soudeur", """
Le naufrage survenu au large de Kerkennah (sept morts, dont une femme enceinte) concerne une
barque métallique assemblée à la hâte. Les rescapés, Ivoiriens et Soudanais pour la plupart,
désignent la cible comme le passeur d'El Amra qui percevait 1 500 dinars par personne et a
maintenu le départ malgré l'avis de tempête. L'atelier qui a soudé la barque l'a également
identifié comme acheteur.

Nous demandons messages, contacts et localisation afin de démanteler l'ensemble du réseau
(fabricants de barques, rabatteurs, logeurs).
""")

S("p22", "en", "permit", "LY", "Office of the Attorney General – Zawiya Bureau", "prosecution",
  "serious_crime", "large-scale fuel smuggling and bribery of public officials", 10,
  ["messages", "contacts"], "trader", """
An audit of the Zawiya refinery shows 3.1 million litres diverted over six months. Tanker
drivers say the loading slips were signed by depot staff on the target's instructions and that
he paid them in cash; bank records show transfers from his trading company to two depot
supervisors. The fuel was driven across the border. We seek his messages and contacts to
identify the officials he paid and the buyers.
""", legal="prosecutor_order")

S("p23", "es", "permit", "MA", "Jefatura de Seguridad de Nador – Unidad de Fronteras", "police",
  "serious_crime", "organización de la inmigración irregular", 15,
  ["messages", "location", "contacts"], "comerciante", """
El objetivo gestiona la salida de neumáticas desde Cabo de Agua hacia la costa andaluza. En los
tres últimos meses se han interceptado cinco embarcaciones con entre 40 y 57 personas cada una;
en tres de ellas los patrones detenidos llevaban su número como único contacto, y uno nos
entregó los audios en los que el objetivo fija el precio (2.000 euros) y la hora de salida.

Consta que un primo del objetivo es un activista conocido de las protestas del Rif. No se ha
tenido en cuenta: la solicitud se basa exclusivamente en las pruebas descritas.

Pedimos mensajes, contactos y localización.
""")

S("p24", "fr", "permit", "DZ", "Direction de la Sécurité Intérieure et de la Prévention", "intelligence",
  "terrorism", "groupe terroriste armé – préparation d'une embuscade", 999,
  ["location", "messages"], "sans profession", """
Groupe armé de cinq éléments retranché dans le maquis de l'Akfadou, auteur de l'attaque d'un
poste avancé l'an dernier (deux militaires tués). La cible assure le ravitaillement et la
liaison avec la ville. Les messages retrouvés sur un élément neutralisé annoncent une embuscade
contre une patrouille « pour que l'État sache qu'il ne tient pas la montagne ». Localisation et
messages pour prévenir l'attaque.
""")

S("p25", "en", "permit", "EG", "Tourism and Antiquities Police – Luxor", "police",
  "serious_crime", "smuggling of antiquities abroad", 999,
  ["messages", "contacts", "media"], "farmer", """
Target is the middleman for illegal digging under two houses in Qurna. Twelve objects
(shabtis, a painted coffin lid) were seized at the airport in a traveller's luggage; the
traveller says he received them from the target and was to hand them to a dealer abroad.
Photographs of the same objects were sent from the target's WhatsApp beforehand. Requesting
messages, contacts and media.
""")

S("p26", "fr", "permit", "MA", "Sûreté Préfectorale d'Agadir – Brigade Économique", "police",
  "serious_crime", "contrefaçon de cartes de paiement en bande organisée", 6,
  ["messages", "contacts"], "vendeur de téléphones", """
Réseau de copie de cartes bancaires sur les distributeurs d'Agadir et de Taghazout : 312 cartes
de touristes copiées en six semaines, 1,4 million de dirhams retirés. La cible a été filmée en
train de poser un lecteur frauduleux sur le distributeur de la corniche ; un complice interpellé
la désigne comme celle qui fournit le matériel et récupère les données. Peine maximale encourue :
six ans. Messages et contacts, pour identifier le fournisseur des lecteurs.
""")

S("p27", "en", "permit", "TN", "Economic and Financial Crimes Brigade", "police",
  "serious_crime", "money laundering", 6,
  ["messages", "contacts"], "car dealer", """
Short note. Target, a car dealer in Ben Gardane, is suspected of laundering the proceeds of the
cigarette and fuel smuggling ring dismantled last autumn: 27 vehicles bought in cash and put in
relatives' names, TND 1.9m in deposits with no declared source. Laundering carries up to six
years. Messages and contacts.
""")

S("p28", "fr", "permit", "DZ", "Parquet de la République près le Tribunal de Sidi M'hamed", "prosecution",
  "serious_crime", "enlèvement de mineur avec demande de rançon", 999,
  ["location", "messages"], "inconnue", """
URGENT. Enfant de 9 ans enlevé hier à la sortie de l'école à Bab Ezzouar. Les ravisseurs ont
appelé le père à deux reprises depuis le numéro visé et exigent 5 millions de dinars.
L'autorisation du juge arrive à échéance dans l'heure ; la prorogation est en cours de
signature. Localisation et messages immédiatement.
""", lv="just_after")

S("p29", "en", "permit", "EG", "Giza Criminal Investigation Department", "police",
  "serious_crime", "armed robbery of a cash-in-transit vehicle", 25,
  ["location", "messages", "contacts"], "unknown", """
On the Ring Road near Warraq three armed men blocked a cash van, shot a guard in the leg and
took EGP 7.5m. The getaway car had been rented on the target's ID card two days before, and his
phone was at the scene according to cell data; since then it is switched on only at night.
Location, messages and contacts needed.
""", quota="one_below")

S("p30", "fr", "permit", "MR", "Service de Renseignement Intérieur – Nouakchott", "intelligence",
  "terrorism", "projet d'attentat-suicide contre une caserne", None,
  ["messages", "location", "contacts", "microphone"], "vendeur de crédit téléphonique", """
Fiche de menace n° 14.

1. Un jeune homme de Nouakchott, la cible, est en contact depuis quatre mois avec un recruteur
d'un groupe armé sahélien. Les échanges extraits du téléphone d'un contact interpellé montrent
qu'il a accepté de « se faire exploser » à l'entrée de la caserne du 6e bataillon pendant la
levée des couleurs.
2. Une ceinture explosive a été commandée ; un intermédiaire a été arrêté à Rosso avec des
détonateurs destinés à la cible.
3. But affiché dans les messages : « punir l'armée et forcer le gouvernement à retirer ses
soldats de la frontière ».

Qualification terroriste retenue ; le quantum de la peine n'est pas précisé à ce stade.
Moyens demandés : messages, localisation, contacts, microphone.
""")

S("p31", "en", "permit", "LY", "Criminal Investigation Department – Tajoura Office", "police",
  "serious_crime", "kidnapping for ransom", 999,
  ["messages", "contacts"], "unknown", """
Eleven Egyptian construction workers were taken from their lodgings in Tajoura two weeks ago.
Their employer has since received ransom demands by email from this account (USD 5,000 a man),
with photographs of the men. The account was opened from a phone seized in an earlier case from
the same gang. We need the messages and contacts of the account to find where the men are held.
Their nationality matters only for liaison with their consulate.
""", ident="email:tajoura.transport.services@fastmail.example")

S("p32", "fr", "permit", "TN", "Direction de la Lutte contre le Financement des Crimes Terroristes", "intelligence",
  "serious_crime", "financement du terrorisme", 15,
  ["messages", "contacts"], "changeur", """
Flux financiers. La cible, qui tient un bureau de change informel à Ben Arous, a transféré en
quatre mois 380 000 dinars vers des intermédiaires liés à une cellule démantelée en possession
d'explosifs. Les ordres de virement manuscrits, portant ses initiales et son numéro, ont été
retrouvés lors de la perquisition du local de la cellule. Demande présentée au titre de
l'arrêté ministériel joint : messages et contacts.
""", legal="administrative_order")

S("p33", "en", "permit", "MA", "Casablanca Prefecture – Anti-Trafficking Unit", "police",
  "serious_crime", "trafficking in human beings (sexual exploitation)", 30,
  ["messages", "contacts", "location"], "recruitment agent", """
Four women from Beni Mellal were recruited by the target with offers of beauty-salon work in the
Gulf; on arrival they were locked in a flat, their passports taken, and forced into prostitution.
One escaped and came home. Her statement and screenshots of the target's WhatsApp instructions
are on file, and the target has arranged another "recruitment" for next month.

Requesting messages, contacts and location.
""")

S("p34", "fr", "permit", "MA", "Brigade Régionale d'Enquêtes de Marrakech", "police",
  "serious_crime", "meurtre précédé de vol", 999,
  ["messages", "location", "contacts"], "guide touristique non agréé", """
Un homme de 29 ans a été retrouvé étranglé dans un riad de la médina ; son portefeuille, son
téléphone et son ordinateur avaient disparu. La victime avait donné rendez-vous à la cible par
une application de rencontre entre hommes. Le même profil a été signalé par deux autres hommes,
dépouillés sous la menace d'un couteau après un rendez-vous, qui n'avaient pas osé porter plainte
jusque-là. La cible a été identifiée grâce au téléphone de la victime, revendu dans une boutique
de Bab Doukkala.

L'orientation de la victime explique le mode opératoire de l'auteur, qui choisissait des
victimes dont il pensait qu'elles ne porteraient pas plainte ; elle n'est pas l'objet de la
demande. Nous sollicitons messages, contacts et localisation de l'auteur présumé.
""")

S("p35", "en", "permit", "DZ", "Constantine Wilaya Security – Criminal Brigade", "police",
  "serious_crime", "intentional homicide", 999,
  ["location", "messages"], "unemployed", """
After the derby a 19-year-old supporter was stabbed to death outside the stadium. Three
witnesses and a stadium camera identify the attacker as the target, a well-known member of an
ultras group, who fled in a friend's car and has not gone home since. His ultras membership is
context only; we need location and messages to arrest him for the killing.
""")

S("p36", "fr", "permit", "TN", "District de la Sûreté Nationale de Kasserine", "police",
  "serious_crime", "tentative de meurtre sur un agent de la force publique", 20,
  ["location", "messages"], "ouvrier journalier", """
Lors des heurts qui ont suivi le rassemblement devant le gouvernorat, un agent a été grièvement
brûlé (40 % de la surface corporelle) par un cocktail Molotov lancé à bout portant. La vidéo
d'un riverain montre la cible allumer puis lancer l'engin. La présente demande ne vise pas la
participation au rassemblement, mais cette agression. Localisation et messages.
""")

S("p37", "en", "permit", "EG", "Interior Protection Directorate", "intelligence",
  "terrorism", "planning the bombing of a church", 999,
  ["messages", "location", "contacts", "microphone"], "plumber", """
The target (32, Minya) is the logistics man of a cell that bombed a checkpoint in North Sinai
last year. A source and handwritten notes seized from a courier describe a plan to bomb a
church in Minya during the Christmas mass. The target has bought three gas cylinders and rented
a flat two hundred metres from the church.

The congregation's faith is why the cell chose that site; our request concerns the planned
attack.
""")

S("p38", "fr", "permit", "DZ", "Sûreté de Wilaya de Tlemcen – Brigade des Stupéfiants", "police",
  "serious_crime", "trafic de psychotropes en bande organisée", 20,
  ["messages", "contacts", "location"], "gérant d'un dépôt pharmaceutique", """
La cible, gérant d'un dépôt de produits pharmaceutiques à Maghnia, est soupçonnée de détourner
de la prégabaline pour la revendre à des dealers de Tlemcen et d'Oran. Un contrôle de
l'inspection fait apparaître un écart de 186 000 gélules entre achats et ventes déclarées. Un
revendeur arrêté avec 3 000 gélules a présenté des messages de la cible fixant les livraisons et
les prix. Demande : messages, contacts et localisation.
""")

S("p39", "en", "permit", "LY", "Southern Border Guard Command", "military",
  "serious_crime", "illegal arms trafficking", 15,
  ["location", "messages", "contacts"], "warehouse owner", """
Warehouse in Sabha's Manshiya district used by the target to store weapons looted from army
depots (RPG-7 launchers, PKM machine guns) which he sells to smuggling convoys heading south.
Two buyers arrested near Umm al-Aranib had an RPG and a receipt bearing the target's phone
number. Location, messages and contacts.
""")

S("p40", "es", "permit", "MA", "Comisaría de Castillejos (Fnideq)", "police",
  "serious_crime", "secuestro de menor con fines de extorsión", 30,
  ["location", "messages"], "desconocida", """
Urgente. Menor de 12 años secuestrado a la salida del colegio en Castillejos. Los captores han
llamado dos veces al padre, comerciante, desde el número indicado y exigen 300.000 dírhams. La
última llamada se hizo hace cuarenta minutos desde la zona de Belyounech. Solicitamos
localización y mensajes de inmediato.
""")

S("p41", "fr", "permit", "MA", "Administration des Douanes – Direction du Renseignement", "other_government",
  "serious_crime", "corruption (somme supérieure à 100 000 dirhams)", 10,
  ["messages", "contacts"], "inspecteur des douanes", """
Un inspecteur des douanes du port de Tanger Med est soupçonné de laisser passer, contre
rémunération, des remorques chargeant de la résine de cannabis dissimulée dans des cargaisons de
tomates. Un transporteur repenti a remis les enregistrements de deux remises d'argent (120 000 et
150 000 dirhams). Le passage au scanner des remorques concernées a été annulé manuellement par la
cible à chaque fois. Demande : messages et contacts.
""")

S("p42", "en", "permit", "TN", "National Guard – Medenine District", "police",
  "serious_crime", "arms trafficking", 20,
  ["messages", "location", "contacts"], "spare-parts trader", """
The target, a Libyan national who has lived in Ben Gardane for three years, runs a spare-parts
shop that serves as a front for moving pistols and ammunition across the border. A buyer
arrested in Zarzis with two pistols had chats with the target about price and delivery on his
phone. The target's nationality is noted only for cross-border coordination. Messages, location,
contacts.
""", nat="LY")

S("p43", "fr", "permit", "MR", "Direction Générale de la Sûreté Nationale – Brigade des Mineurs", "police",
  "serious_crime", "pratiques esclavagistes", 20,
  ["location", "messages"], "éleveur", """
Une femme et ses trois enfants sont maintenus depuis des années au service de la famille de la
cible, dans un campement proche d'Aleg, sans rémunération et sans pouvoir partir. L'aînée,
17 ans, s'est enfuie et a été recueillie par une association ; son récit est corroboré par deux
voisins. La famille victime est haratine, ce qui éclaire le contexte de l'asservissement ; la
demande vise l'auteur. Localisation et messages pour préparer l'intervention et libérer la mère
et les plus jeunes.
""")

S("p44", "en", "permit", "EG", "Cairo Criminal Investigation Department", "police",
  "serious_crime", "trafficking in human organs", 15,
  ["messages", "contacts", "location"], "broker", """
A network buys kidneys from poor donors, refugees among them, and transplants them in an
unlicensed clinic in Giza; one donor died of sepsis last month. The target finds and pays the
donors — three of them picked him out of a photo line-up, and one still has his voice notes
setting the price. Messages, contacts and location.
""")

S("p45", "fr", "permit", "DZ", "Sûreté de Wilaya de Tizi Ouzou", "police",
  "serious_crime", "vol qualifié à main armée", 20,
  ["location", "contacts", "messages"], "ancien gardien", """
Attaque à main armée du bureau de poste de Draâ Ben Khedda : deux hommes munis d'un fusil à
canon scié ont emporté 6,2 millions de dinars. L'arme et des cagoules ont été retrouvées dans le
local d'une association culturelle amazighe du village voisin, dont la cible avait conservé une
clé en tant qu'ancien gardien. Les membres de l'association ont été entendus et mis hors de
cause ; l'association n'est pas concernée. Les empreintes de la cible figurent sur l'arme.
Demande : localisation, contacts, messages.
""")

S("p46", "en", "permit", "MA", "National Brigade for the Protection of Minors", "police",
  "serious_crime", "sexual abuse of minors and online grooming", 10,
  ["messages", "media", "contacts"], "unknown", """
This account contacted at least six girls aged 12 to 14 in Meknes through a gaming platform,
persuaded them to send pictures and then demanded meetings. One meeting took place and the girl
was assaulted; she identified the target. Messages, media and contacts of the account requested.
""", ident="email:gamer.meknes.2011@mailbox.example")

S("p47", "fr", "permit", "TN", "Parquet près le Tribunal de Première Instance de Sousse", "prosecution",
  "serious_crime", "meurtre avec préméditation", 999,
  ["location", "messages", "contacts"], "agriculteur", """
L'imam d'une mosquée de quartier de Sousse a été poignardé à mort à l'aube, sur le chemin de la
prière. La cible, voisin en conflit avec la victime depuis des années au sujet d'une parcelle,
avait menacé de le tuer devant témoins le mois dernier ; une caméra de la rue la montre suivant
la victime cinq minutes avant les faits. Le mobile apparent est ce litige foncier ; la qualité de
la victime n'est rappelée que pour décrire les faits. Le parquet requiert localisation, messages
et contacts.
""", legal="prosecutor_order")

S("p48", "en", "permit", "LY", "Internal Security Agency – Tripoli", "intelligence",
  "terrorism", "hostage-taking by a terrorist group", 999,
  ["messages", "location", "contacts"], "driver", """
Four foreign oil technicians were abducted from the al-Ghani field. A video released since shows
them kneeling and threatens to behead them unless the government frees "brothers" held in
Mitiga prison. The target drives for the cell: his vehicle was seen at the field that night and
his number called the cell's satellite phone. Location and messages, immediately.
""")

S("p49", "es", "permit", "MA", "Unidad Antinarcóticos de Alhucemas", "police",
  "serious_crime", "tráfico internacional de hachís en organización criminal", 10,
  ["messages", "contacts"], "empresario", """
El objetivo es considerado el responsable logístico de una red que exporta hachís desde las
calas de Bades y Kalah Iris. En la ciudad es conocido además como mecenas del club de fútbol
local y por financiar una asociación cultural amazigh, hechos que no guardan relación con esta
solicitud. Sus fundamentos: dos alijos aprehendidos (3,4 toneladas), las declaraciones
coincidentes de dos pilotos y transferencias a cuentas de testaferros. Mensajes y contactos.
""")

S("p50", "fr", "permit", "MA", "Direction de la Vigilance Intérieure", "intelligence",
  "terrorism", "préparation d'un attentat à l'explosif", 999,
  ["messages", "microphone", "contacts", "location"], "étudiant en chimie", """
Contexte : le festival de musique de Rabat attend plus de 200 000 spectateurs sur la scène de
Souissi.

Faits : la cible, 24 ans, a téléchargé des manuels de fabrication de TATP et commandé de
l'acétone et de l'eau oxygénée en grande quantité auprès de trois fournisseurs différents. Une
explosion d'essai a été entendue et filmée par un voisin dans une ferme près de Sidi Yahya Zaër.
Dans un groupe de messagerie chiffrée, la cible écrit : « Le jour du concert ils paieront, et le
gouvernement arrêtera ces fêtes. »

Demande : interception des messages, du microphone, des contacts et de la localisation, pour
identifier les complices et intervenir avant l'attentat.
""")

S("p51", "en", "permit", "DZ", "Public Prosecutor – Tamanrasset Court", "prosecution",
  "serious_crime", "kidnapping and hostage-taking for ransom", 999,
  ["location", "messages"], "smuggler", """
A tourist guide and two foreign visitors were taken at gunpoint near Assekrem three days ago.
The guide was released yesterday carrying a ransom demand. He recognised one of the abductors as
the target, a smuggler he has known for years from In Guezzam. Prosecutor's order attached.
Location and messages.
""", legal="prosecutor_order")

S("p52", "en", "permit", "DZ", "Annaba Wilaya Security – Drugs Brigade", "police",
  "serious_crime", "drug trafficking by an organised group and death threats", 20,
  ["messages", "contacts"], "fish wholesaler", """
A reporter on a local daily who published an investigation into cocaine landings at Annaba port
has received three death threats by voice note. Two officers who have interviewed the target
before recognise his voice; he heads the network named in the article, which we were already
investigating (two seizures, 31 kg). The reporter is the victim here. We request interception
of the target's messages and contacts.
""")

S("p53", "en", "permit", "EG", "Drug Inspection Police – Alexandria", "police",
  "serious_crime", "manufacture and sale of counterfeit medicines causing death", 10,
  ["messages", "contacts"], "pharmacist's assistant", """
Counterfeit vials of a chemotherapy drug, containing no active ingredient, were sold to three
hospitals; two patients died after their treatment was delayed. The laboratory traced the batch
to a flat in Borg El Arab rented by the target, who also buys empty vials from a glass supplier
(invoices seized). Messages and contacts.
""", legal="prosecutor_order")

# =====================================================================================
# DENIES
# =====================================================================================
# ---- structured-field denies (often with a genuine crime; some suppress refer) ----

S("d01", "fr", "deny", "MA", "Sûreté Préfectorale de Nador", "police",
  "serious_crime", "trafic de résine de cannabis", 10,
  ["messages", "location"], "pêcheur", """
Le réseau de la cible charge des ballots de résine de cannabis sur des scooters des mers depuis
la plage de Kariat Arekmane. Trois engins ont été saisis et leurs pilotes désignent la cible.
Demande : messages et localisation.
""", status="suspended", clauses=["licence_inactive"])

S("d02", "en", "deny", "EG", "General Directorate for Drug Control – Red Sea Office", "police",
  "serious_crime", "drug trafficking (captagon)", 25,
  ["messages", "contacts"], "exporter", """
The target, an Egyptian now living in Jeddah, coordinates shipments of captagon pills hidden in
pomegranate cartons leaving Safaga. Two shipments have been seized, both booked by his company.
Messages and contacts.
""", status="revoked", loc="SA", clauses=["licence_inactive"])

S("d03", "fr", "deny", "TN", "Unité Nationale d'Enquête sur les Crimes Terroristes", "intelligence",
  "terrorism", "pose d'engins explosifs contre les forces armées", 999,
  ["messages", "location"], "berger", """
Cellule de trois individus réfugiée dans le Jebel Chaambi, qui a enterré des mines artisanales
sur une piste empruntée par les patrouilles (un soldat amputé le mois dernier). La cible assure
l'approvisionnement en vivres et en détonateurs depuis la ville de Kasserine. Messages et
localisation.
""", status="expired", clauses=["licence_inactive"])

S("d04", "en", "deny", "LY", "Internal Security Agency – Benghazi", "intelligence",
  "serious_crime", "arms trafficking", 15,
  ["location", "messages"], "former soldier", """
Target sells rifles from old army stocks in Ajdabiya to smuggling groups in the south; a buyer
was caught with five of them and the target's number in his phone. Location and messages.
""", signed=False, clauses=["licence_inactive"])

S("d05", "fr", "deny", "DZ", "Saharan Shield Sécurité SARL (prestataire de sécurité pétrolière)", "private",
  "serious_crime", "projet d'enlèvement de personnel expatrié", 999,
  ["location", "messages"], "chauffeur sous-traitant", """
Notre société assure la sécurité d'une base-vie de Hassi Messaoud pour le compte de l'opérateur.
Un chauffeur sous-traitant a été surpris en train de photographier les horaires des navettes du
personnel expatrié ; il est en contact avec un individu signalé pour des enlèvements dans le Sud.
Nous souhaitons suivre son téléphone pour prévenir un éventuel rapt et en informer les autorités.
""", clauses=["non_government_end_user"])

S("d06", "en", "deny", "EG", "Nile Risk Consulting LLC", "private",
  "serious_crime", "fraud against bank clients", 3,
  ["location", "messages"], "former bank relationship manager", """
We are retained by a commercial bank to trace a former relationship manager who persuaded three
clients to sign fake investment papers; EGP 2.4m is missing. Our legal advisers put the fraud
penalty at up to three years. We would like to locate him and read his messages to support the
bank's civil recovery.
""", clauses=["non_government_end_user", "purpose_not_permitted"])

S("d07", "fr", "deny", "MA", "Sûreté Préfectorale de Fès – Brigade Économique", "police",
  "other", "émission de chèques sans provision", 5,
  ["location"], "négociant en matériaux de construction", """
Plainte de quatre fournisseurs contre la cible, négociant en matériaux de construction, pour neuf
chèques impayés d'un montant total de 640 000 dirhams. L'intéressé est introuvable depuis deux
semaines. Localisation demandée.
""", clauses=["purpose_not_permitted"])

S("d08", "en", "deny", "TN", "Railway Police – Tunis", "police",
  "serious_crime", "aggravated theft of railway signalling cable", 5,
  ["location"], "scrap dealer", """
Copper signalling cable keeps being stolen on the Tunis–Bizerte line, causing delays and two
near-misses at a level crossing. The target was filmed loading cable into his van. Theft with
these aggravating circumstances carries up to five years. Location, to catch the team in the act.
""", clauses=["purpose_not_permitted"])

S("d09", "fr", "deny", "MR", "Brigade Mixte de Rosso", "police",
  "serious_crime", "contrebande de carburant et de marchandises", None,
  ["messages", "location"], "piroguier", """
La cible organise chaque nuit le passage de bidons d'essence et de sacs de sucre vers la rive
sénégalaise, en pirogue. Le parquet n'a pas encore arrêté la qualification ni la peine
encourue. Nous demandons ses messages et le suivi de sa position.
""", clauses=["purpose_not_permitted"])

S("d10", "es", "deny", "MA", "Comisaría de Castillejos – Brigada de Aduanas y Fronteras", "police",
  "serious_crime", "contrabando de mercancías", 2,
  ["messages", "location"], "almacenista", """
El objetivo organiza grupos de porteadoras que pasan fardos de ropa y mantas desde Ceuta
eludiendo la aduana, y los almacena en naves de Castillejos. El contrabando simple está
castigado con un máximo de dos años. Pedimos mensajes y localización para dar con los almacenes.
""", clauses=["purpose_not_permitted"])

S("d11", "en", "deny", "LY", "Anti-Illegal Immigration Directorate – Zuwara", "police",
  "serious_crime", "migrant smuggling", 15,
  ["messages", "location"], "boat owner", """
The target runs the boat departures from Zuwara. He moved across the border to Zarzis last month
but still directs the boats by phone. No warrant has been issued yet because the prosecution
office in Zuwara is closed; we ask to start interception now and regularise later.
""", legal="none", loc="TN", clauses=["no_legal_basis"])

S("d12", "fr", "deny", "DZ", "Direction de la Police Judiciaire – Brigade de Répression du Banditisme", "police",
  "serious_crime", "trafic de cocaïne", 20,
  ["messages", "contacts"], "transporteur frigorifique", """
Complément à notre demande initiale : la cible continue de réceptionner à Oran des livraisons
cachées dans des camions frigorifiques. L'autorisation du juge d'instruction couvrait la
période précédente ; son renouvellement a été sollicité. Messages et contacts.
""", lv="expired", clauses=["no_legal_basis"])

S("d13", "en", "deny", "EG", "Public Prosecution – Suez", "prosecution",
  "serious_crime", "illegal manufacture and trafficking of firearms", 15,
  ["messages"], "metalworker", """
Renewal pending with the judge. Target sells pistols made in workshops in Asyut to buyers in
Suez; two pistols seized last week bear his fingerprints. Messages.
""", legal="prosecutor_order", lv="equal", clauses=["no_legal_basis"])

S("d14", "fr", "deny", "TN", "Brigade de Recherches de Bizerte", "police",
  "serious_crime", "vols avec violence en bande organisée", 20,
  ["location", "messages"], "sans emploi", """
Série de quatre cambriolages avec séquestration de personnes âgées à Bizerte et à Menzel
Bourguiba. Un suspect interpellé désigne la cible comme chef d'équipe. L'ordonnance du juge
d'instruction a été délivrée sans date d'échéance. Localisation, messages.
""", lv="null", clauses=["no_legal_basis"])

S("d15", "en", "deny", "MA", "Casablanca Prefecture – Drug Squad", "police",
  "serious_crime", "cocaine trafficking", 10,
  ["messages", "contacts"], "nightclub manager", """
Target supplies cocaine to nightclubs in Ain Diab through two couriers; one courier was arrested
with 300 g and messages from the target on his phone. The investigating judge signed the warrant
yesterday; the reference number will follow. Messages and contacts.
""", lv="no_ref", clauses=["no_legal_basis"])

S("d16", "fr", "deny", "MA", "Gendarmerie Royale – Groupement Côtier Nord", "military",
  "serious_crime", "organisation de l'émigration clandestine", 15,
  ["messages", "microphone", "location"], "gardien de parking", """
La cible organise des tentatives de passage vers Ceuta à la nage et en embarcation depuis la
forêt de Belyounech, contre 1 000 euros par personne ; trois mineurs se sont noyés au printemps.
Nous souhaitons, en plus des messages et de la localisation, activer le microphone de son
téléphone pour écouter les réunions de préparation qu'il tient dans son dépôt.
""", missing=["microphone"], clauses=["capability_out_of_scope"])

S("d17", "en", "deny", "DZ", "Directorate of Internal Security and Prevention", "intelligence",
  "serious_crime", "financing an armed group", 20,
  ["messages", "credentials", "camera"], "lawyer", """
The target, a lawyer registered at the Blida bar, is suspected of acting as cashier for an armed
group: cash extorted from farmers passes through his office account (fourteen deposits traced
by the bank). Requesting messages, credentials and camera.
""", reg="lawyer", tc=[PP], missing=["camera"], clauses=["capability_out_of_scope"])

S("d18", "fr", "deny", "TN", "Brigade Centrale de Lutte contre les Stupéfiants – Ariana", "police",
  "serious_crime", "trafic de stupéfiants (ecstasy)", 20,
  ["messages", "contacts"], "vendeur de vêtements", """
Réseau de distribution de comprimés d'ecstasy aux abords des lycées de l'Ariana. 2 000 comprimés
saisis sur un revendeur, qui désigne la cible comme fournisseur. Messages et contacts.
""", quota="at", clauses=["quota_exceeded"])

S("d19", "en", "deny", "EG", "Matrouh Security Directorate – Investigations", "police",
  "serious_crime", "migrant smuggling resulting in death", 25,
  ["messages", "location"], "unknown", """
The target, now operating from Tobruk, gathers young Egyptian men at Salloum and sends them on
boats to Italy. Nine drowned when one of his boats capsized last month; survivors named him.
Messages and location.
""", quota="over", loc="LY", clauses=["quota_exceeded"])

S("d20", "fr", "deny", "MR", "DGSN – Brigade des Stupéfiants de Nouakchott", "police",
  "serious_crime", "trafic de drogue", 15,
  ["messages", "location"], "mareyeur", """
Suite de l'enquête sur le cannabis acheminé par camions de poisson : la cible réceptionne les
cargaisons à Nouakchott et les répartit entre trois revendeurs. Demande de reconduction des
interceptions.
""", lv="expired", quota="at", clauses=["no_legal_basis", "quota_exceeded"])

S("d21", "es", "deny", "MA", "Brigada Judicial de Larache", "police",
  "serious_crime", "tráfico de cocaína", 10,
  ["messages", "location", "camera"], "patrón de velero", """
Continuación del seguimiento del objetivo, receptor de cocaína que llega en veleros al puerto
deportivo de Larache. Además de mensajes y ubicación, pedimos activar la cámara del teléfono
para documentar las entregas.
""", lv="expired", missing=["camera"], clauses=["capability_out_of_scope", "no_legal_basis"])

S("d22", "en", "deny", "LY", "Internal Security Agency – Misrata", "intelligence",
  "terrorism", "planned attack on a military checkpoint", 999,
  ["messages", "location"], "farmer", """
The target was filmed scouting the Dafniya checkpoint, and mortar rounds were found buried on
his farm. The cell intends to shell the checkpoint to force the withdrawal of our forces from
the coast road. No warrant yet; urgent interception requested.
""", status="suspended", legal="none", clauses=["licence_inactive", "no_legal_basis"])

# ---- text denies: expression, protected ground, terrorism definition ----

S("d23", "fr", "deny", "MA", "Brigade Centrale des Affaires Spéciales", "police",
  "serious_crime", "divulgation de secrets professionnels et atteinte aux institutions", 10,
  ["messages", "contacts"], "journaliste", """
La cible, journaliste d'un site d'information indépendant, a publié la semaine dernière une
série d'articles sur la complicité supposée de fonctionnaires de police avec un réseau de trafic
de résine de cannabis à Tanger, en s'appuyant sur des procès-verbaux internes et des relevés
bancaires qui n'auraient jamais dû sortir de l'administration. Ces publications portent
gravement atteinte à l'image de la Sûreté nationale.

Nous souhaitons identifier la source de ces fuites au sein de nos services et établir avec qui
l'intéressée communique. Aucun paiement ni aucune intrusion informatique ne lui est reproché à ce
stade : ce sont les articles eux-mêmes qui motivent la demande.
""", tc=[EXP, PP], clauses=["expression_not_crime"])

S("d24", "en", "deny", "EG", "Interior Protection Directorate", "intelligence",
  "terrorism", "joining a terrorist group and spreading false news", 15,
  ["messages", "contacts"], "cartoonist", """
The target draws a weekly cartoon for an online news outlet edited from abroad. The latest shows
the Prime Minister pouring water into a glass full of sand labelled "economic reform"; it has
been shared about 40,000 times. Content of this kind serves the aims of the terrorist
organisation by spreading despair and undermining confidence in the state. We request
interception to identify his editors and how the outlet is funded.
""", tc=[EXP, TDU, PP], clauses=["expression_not_crime", "terrorism_definition_unmet"])

S("d25", "fr", "deny", "TN", "District de la Sûreté Nationale de Kasserine", "police",
  "terrorism", "actes terroristes – entrave au fonctionnement des institutions", 20,
  ["messages", "contacts"], "diplômé chômeur", """
Depuis trois semaines, un collectif de diplômés chômeurs occupe le hall du gouvernorat de
Kasserine aux heures d'ouverture pour exiger des recrutements. La cible en est le porte-parole :
il convoque les rassemblements sur Facebook et appelle à une grève générale régionale la semaine
prochaine. L'administration régionale tourne au ralenti. Nous qualifions ces agissements de
terroristes dès lors qu'ils visent à contraindre les autorités. Messages et contacts, pour
anticiper les prochaines actions.
""", tc=[EXP, TDU], clauses=["expression_not_crime", "terrorism_definition_unmet"])

S("d26", "fr", "deny", "MA", "Sûreté Régionale d'Errachidia", "police",
  "serious_crime", "atteinte à l'intégrité territoriale et à l'unité nationale", 10,
  ["contacts", "messages"], "instituteur", """
L'intéressé, instituteur, est un militant amazigh connu dans le Drâa-Tafilalet. Il préside une
association qui organise chaque année les festivités de Yennayer et a lancé en ligne une
pétition, signée par près de 18 000 personnes, réclamant l'enseignement obligatoire du tifinagh
et la restitution des terres collectives aux tribus. Son appartenance au mouvement amazigh et
ses prises de position sur les terres collectives nous paraissent porter atteinte à l'unité
nationale. Nous souhaitons connaître son réseau de contacts et le contenu de ses échanges.
""", tc=[EXP, PG], clauses=["expression_not_crime", "protected_ground"])

S("d27", "en", "deny", "DZ", "Bordj Bou Arreridj Wilaya Security – General Intelligence", "police",
  "serious_crime", "undermining national unity", 10,
  ["messages", "contacts"], "pharmacist", """
Target is one of the administrators of the Facebook page that calls the weekly marches in the
town and publishes their route, the slogans ("a civil state, not a military one") and photos.
He also drafts the statement read out at the end of each march. The marches have not been
authorised. Requesting interception of messages and contacts to map the organisers.
""", tc=[EXP], clauses=["expression_not_crime"])

S("d28", "fr", "deny", "DZ", "Direction de la Sécurité Intérieure et de la Prévention", "intelligence",
  "terrorism", "apologie du terrorisme et adhésion à une organisation terroriste", 20,
  ["messages", "contacts", "media"], "technicien en bâtiment", """
La cible publie quotidiennement sur les réseaux sociaux des textes et des vidéos en faveur de
l'autodétermination de la Kabylie et relaie les communiqués du mouvement classé organisation
terroriste. Aucune action violente ni aucun lien logistique avec des actes n'est établi à ce
stade ; ses publications suffisent selon nous à caractériser l'adhésion. Demande : messages,
contacts, médias.
""", tc=[EXP, TDU], clauses=["expression_not_crime", "terrorism_definition_unmet"])

S("d29", "en", "deny", "MA", "Agadir Prefecture – Public Morals Brigade", "police",
  "serious_crime", "organising prostitution", 10,
  ["messages", "location"], "hairdresser", """
A complaint from his own family says the target has "unnatural relations" with men and receives
male visitors at his flat in Talborjt; neighbours confirm that men come and go in the evening.
No money has been seen changing hands and none of the visitors has been identified as a sex
worker or a minor. We wish to intercept his messages and location to identify his partners and
bring the case under the prostitution provisions.
""", tc=[PG], clauses=["protected_ground"])

S("d30", "fr", "deny", "TN", "District de la Sûreté Nationale de Sousse", "police",
  "serious_crime", "sodomie (article 230 du Code pénal)", 3,
  ["messages", "media"], "étudiant en médecine", """
Signalement concernant un étudiant en médecine soupçonné d'entretenir une relation homosexuelle
avec son colocataire ; les deux jeunes gens auraient été vus s'embrassant dans une voiture. Nous
souhaitons établir la nature de leur relation à partir de leurs échanges avant de les convoquer.
""", tc=[PG], clauses=["protected_ground", "purpose_not_permitted"])

S("d31", "fr", "deny", "MA", "Sûreté Préfectorale de Mohammedia", "police",
  "other", "rupture publique du jeûne et incitation à ébranler la foi d'un musulman", 3,
  ["messages", "contacts"], "graphiste", """
Pendant le mois sacré, une quinzaine de personnes ont pique-niqué en plein jour dans la forêt de
Mohammedia, en mangeant ostensiblement devant des journalistes convoqués « pour défendre les
libertés individuelles ». La cible, qui se déclare non-croyante, a coordonné l'action et diffusé
l'appel sur les réseaux sociaux. Nous demandons l'interception de ses échanges et de ses contacts
afin d'identifier les participants.
""", tc=[EXP, PG], clauses=["expression_not_crime", "protected_ground", "purpose_not_permitted"])

S("d32", "en", "deny", "MA", "Rabat-Salé Prefecture – General Intelligence", "police",
  "serious_crime", "membership of a criminal association financed from abroad", 10,
  ["messages", "contacts", "location"], "pharmacy assistant", """
The target, born into a Muslim family, converted to Christianity about five years ago. He now
hosts some ten Moroccan converts who meet at his flat in Temara on Sunday mornings to pray and
sing; some of the Bibles they use were posted from abroad. No attempt to convert third parties
has been reported. We wish to identify every member of the group and their contacts outside the
country.
""", tc=[PG], clauses=["protected_ground"])

S("d33", "fr", "deny", "DZ", "Sûreté de Wilaya de Béjaïa", "police",
  "serious_crime", "exercice d'un culte non musulman sans autorisation", 3,
  ["location", "contacts"], "pasteur", """
La cible est le pasteur d'une église protestante installée dans un ancien hangar à Tigzirt,
fermée par arrêté du wali faute d'agrément. Il continue de réunir des fidèles le vendredi dans
des domiciles privés, sans le moindre trouble à l'ordre public. Nous souhaitons suivre ses
contacts et ses déplacements pour établir la liste des fidèles.
""", reg="religious_leader", tc=[PG, PP], clauses=["protected_ground", "purpose_not_permitted"])

S("d34", "en", "deny", "MA", "Casablanca Prefecture – Stadium Security Unit", "police",
  "serious_crime", "insulting constitutional institutions and inciting hatred", 10,
  ["messages", "contacts"], "student", """
During the derby the curva sang a song about corruption, unemployment and young people leaving
"in the boats of death", with lines aimed at the government. The target is a capo of the group:
he wrote the song and leads it from the fence. The video has been viewed two million times.
There was no violence and no damage. We ask to intercept his messages and contacts to find out
who is behind the lyrics.
""", tc=[EXP], clauses=["expression_not_crime"])

S("d35", "fr", "deny", "TN", "Direction de la Sûreté du District de Tunis", "police",
  "terrorism", "acte terroriste – destruction de biens publics", 20,
  ["messages", "location"], "livreur", """
Après l'élimination en coupe, une centaine de supporters ont arraché les sièges d'une tribune et
incendié deux véhicules de police vides sur le parking du stade de Radès. La cible, membre du
noyau dur d'un groupe ultra, a été filmée en train d'asperger d'essence l'un des véhicules.
Personne n'a été blessé. Ces destructions visant les moyens de l'État sont qualifiées d'actes
terroristes. Demande : messages, localisation.
""", tc=[TDU], clauses=["terrorism_definition_unmet"])

S("d36", "en", "deny", "LY", "Internal Security Agency – Tripoli Cyber Unit", "intelligence",
  "terrorism", "cyber-terrorism against state institutions", 15,
  ["messages", "credentials", "contacts"], "computer science student", """
For four days the websites of the Ministry of Interior and of the Central Bank were knocked
offline by floods of traffic. The command server of the botnet was traced to this device, used by
a 22-year-old student. The attackers left a message on a mirror page demanding payment of
delayed public salaries. No data was taken and no other system was affected. We classify the
attack as cyber-terrorism.
""", ident="device", tc=[TDU], clauses=["terrorism_definition_unmet"])

S("d37", "fr", "deny", "MA", "Direction de la Vigilance Intérieure", "intelligence",
  "terrorism", "financement du terrorisme", 20,
  ["messages", "contacts"], "commerçant", """
La cible a ouvert une cagnotte en ligne et collecté environ 210 000 dirhams auprès de la
diaspora pour régler les cautions et les frais d'avocats de manifestants détenus à Al Hoceïma.
Les fonds ont été versés à deux cabinets d'avocats et au greffe du tribunal. Nous considérons que
cette collecte relève de la législation antiterroriste. Messages et contacts demandés.
""", tc=[TDU], clauses=["terrorism_definition_unmet"])

S("d38", "en", "deny", "EG", "Giza Security Directorate – Investigations", "police",
  "serious_crime", "assisting a fugitive", 7,
  ["messages", "location"], "retired teacher", """
The target is the mother of an opposition figure who left Egypt years ago and was sentenced in
absentia. She is not accused of any act herself. Her son calls her every Friday; we want to
intercept those calls and her messages to learn his contacts, his address and who he still
knows inside the country.
""", tc=[PG], clauses=["protected_ground"])

S("d39", "fr", "deny", "TN", "Direction de la Sûreté de l'État", "intelligence",
  "serious_crime", "complot contre la sûreté intérieure de l'État", 999,
  ["messages", "contacts", "location"], "agent municipal", """
La cible est le frère cadet d'un ancien député réfugié à Paris, poursuivi dans l'affaire dite du
complot. Lui-même, agent à la municipalité de Nabeul, n'a aucune activité politique connue. Son
lien familial en fait toutefois le relais naturel de son frère en Tunisie : nous souhaitons
intercepter ses communications pour suivre les contacts de l'exilé.
""", tc=[PG], clauses=["protected_ground"])

S("d40", "en", "deny", "DZ", "Directorate of Internal Security and Prevention", "intelligence",
  "serious_crime", "conspiracy against state security", 20,
  ["messages", "location"], "nurse", """
The target is the sister of an exiled opposition journalist. She lives in Lyon and, we believe,
stays in close touch with her brother and passes on money from the family. No offence of her own
is described. Requesting messages and location.
""", loc="FR", tc=[PG], clauses=["protected_ground"])

S("d41", "fr", "deny", "MR", "DGSN – Direction de la Sûreté de l'État", "police",
  "serious_crime", "incitation à la haine raciale et atteinte à l'unité nationale", 10,
  ["messages", "contacts", "location"], "militant associatif", """
La cible, figure haratine du mouvement anti-esclavagiste, a organisé devant le palais de justice
de Nouakchott un sit-in pour dénoncer l'impunité d'un maître esclavagiste et y a tenu un
discours qualifiant les juges de « gardiens de l'esclavage ». Ses vidéos circulent largement
parmi la jeunesse haratine. Compte tenu de ses origines et de l'audience dont il jouit dans sa
communauté, ses prises de parole menacent selon nous la cohésion nationale. Demande : messages,
contacts, localisation.
""", reg="human_rights_defender", tc=[EXP, PG, PP], clauses=["expression_not_crime", "protected_ground"])

S("d42", "en", "deny", "EG", "Interior Protection Directorate", "intelligence",
  "serious_crime", "joining an unlawful group and spreading false news", 15,
  ["messages", "contacts", "credentials"], "university lecturer", """
The target, a lecturer in statistics at a private university, has published a paper and an
online dashboard estimating the number of deaths in places of detention since 2013, compiled
from court records and death notices. Foreign media picked up the figures. The publication harms
the Ministry's reputation and rests on data that should never have been compiled. We wish to
identify who supplied him with records and who funds his work.
""", tc=[EXP], clauses=["expression_not_crime"])

S("d43", "fr", "deny", "MA", "Parquet Général près la Cour d'Appel de Rabat", "prosecution",
  "serious_crime", "espionnage et recel de documents administratifs", 10,
  ["messages", "contacts"], "journaliste", """
Publication par l'intéressé, journaliste, de 37 documents cadastraux montrant l'attribution à
prix symbolique de terrains domaniaux à des proches d'un ministre. Les pièces proviennent du
service des Domaines. Interception demandée pour identifier sa source.
""", legal="prosecutor_order", reg="journalist", tc=[EXP, PP], clauses=["expression_not_crime"])

S("d44", "en", "deny", "TN", "Technical Crimes Brigade – El Gorjani", "police",
  "serious_crime", "spreading false news targeting a public official (Decree 54)", 10,
  ["messages", "contacts", "credentials"], "graphic designer", """
The target administers a satirical page with 180,000 followers that posts photomontages of the
President and ministers — most recently the Minister of Trade queuing for sugar and bread. The
ministry considers this false information. We request messages, contacts and credentials to
establish who else administers the page.
""", tc=[EXP], clauses=["expression_not_crime"])

S("d45", "es", "deny", "MA", "Jefatura de Seguridad de Alhucemas", "police",
  "terrorism", "terrorismo – amenaza contra la seguridad del Estado", 20,
  ["messages", "contacts"], "profesor de instituto", """
El objetivo encabeza las concentraciones que cada tarde se celebran en la plaza de Alhucemas
para reclamar un hospital oncológico y una universidad. Las marchas son pacíficas, pero reúnen a
miles de personas y han obligado a cerrar comercios; sus discursos desde una tarima se emiten en
directo. Consideramos que el movimiento pretende doblegar al Gobierno con la presión de la calle
y solicitamos mensajes y contactos.
""", tc=[EXP, TDU], clauses=["expression_not_crime", "terrorism_definition_unmet"])

S("d46", "es", "deny", "MA", "Comisaría Central de Tánger", "police",
  "serious_crime", "favorecimiento de la inmigración irregular", 15,
  ["messages", "contacts", "location"], "vendedor ambulante", """
El objetivo, guineano residente en el barrio de Boukhalef, es una persona de referencia para la
comunidad subsahariana: ayuda a los recién llegados a encontrar alojamiento y trabajo. No consta
que haya organizado salidas ni cobrado dinero por nada. Queremos intervenir su teléfono para
conocer la composición de esa comunidad y anticiparnos a posibles intentos de entrada en Ceuta.
""", nat="GN", tc=[PG], clauses=["protected_ground"])

S("d47", "fr", "deny", "DZ", "Sûreté de Wilaya de Ghardaïa", "police",
  "serious_crime", "attroupement armé et atteinte à l'ordre public", 10,
  ["messages", "contacts", "location"], "commerçant", """
À la suite des tensions communautaires de la vallée du M'zab, nous entendons surveiller les
Mozabites susceptibles d'exercer une influence sur leur communauté. La cible, commerçant ibadite
de Beni Isguen, estimé dans son quartier, en fait partie. Aucun fait précis ne lui est reproché.
""", tc=[PG], clauses=["protected_ground"])

S("d48", "en", "deny", "EG", "Cairo Security Directorate – Cybercrime Unit", "police",
  "serious_crime", "contempt of religion", 5,
  ["messages", "contacts"], "accountant", """
The target is a self-declared atheist and former Muslim who runs a YouTube channel where he
debates religious texts, and who has a following among young people. A lawyer has filed a
complaint. Interception is requested to identify his followers and the people who help him film.
""", tc=[EXP, PG], clauses=["expression_not_crime", "protected_ground", "purpose_not_permitted"])

S("d49", "fr", "deny", "TN", "Parquet près le Tribunal de Première Instance de Tunis", "prosecution",
  "serious_crime", "outrage à magistrat et atteinte à la sûreté", 10,
  ["messages", "contacts"], "avocat", """
Me Slim Ben Mahmoud, avocat de plusieurs prévenus dans une affaire terroriste, a déclaré à la
radio que le juge d'instruction « exécute des ordres » et que les aveux de ses clients ont été
obtenus sous la torture. Nous souhaitons suivre ses échanges avec ses confrères et avec la presse.
""", legal="prosecutor_order", reg="lawyer", tc=[EXP, PP], clauses=["expression_not_crime"])

S("d50", "en", "deny", "LY", "Internal Security Agency – Benghazi", "intelligence",
  "serious_crime", "harming national security", 10,
  ["location", "contacts", "messages"], "unknown", """
The target, a woman in her thirties, travels alone between Benghazi and Tunis without a male
guardian and gives talks and online interviews on women's rights and violence against women.
Tribal elders have complained that her conduct as an unmarried woman insults Libyan values. We
want to follow her movements and her contacts abroad.
""", tc=[EXP, PG, PP], clauses=["expression_not_crime", "protected_ground"])

S("d51", "fr", "deny", "MA", "Direction de la Vigilance Intérieure", "intelligence",
  "serious_crime", "atteinte à la sûreté intérieure de l'État", 10,
  ["messages", "contacts"], "ancien officier", """
Ancien officier réfugié en France, la cible diffuse chaque semaine sur YouTube des vidéos où il
accuse nommément des responsables sécuritaires de corruption et critique la monarchie. Ses
vidéos dépassent régulièrement les 500 000 vues au Maroc. Nous souhaitons connaître ses
interlocuteurs à l'intérieur du pays.
""", loc="FR", tc=[EXP], clauses=["expression_not_crime"])

S("d52", "en", "deny", "EG", "Gharbia Security Directorate – Investigations", "police",
  "terrorism", "terrorism (disrupting public facilities)", 15,
  ["messages", "contacts"], "shift foreman", """
Workers at the Mahalla spinning company stopped work for nine days over unpaid bonuses. The
target, a shift foreman, read out the strike statement at the factory gate and collected
signatures for it. Production losses are heavy and the stoppage has spread to two other mills.
Under the anti-terrorism law, disrupting public facilities is a terrorist act. Messages,
contacts.
""", tc=[EXP, TDU], clauses=["expression_not_crime", "terrorism_definition_unmet"])

S("d53", "fr", "deny", "DZ", "Direction Générale de la Sûreté Nationale – Renseignements Généraux", "police",
  "serious_crime", "incitation à l'abstention et atteinte à l'unité nationale", 10,
  ["messages", "contacts", "microphone"], "enseignante universitaire", """
La cible, enseignante à l'université de Béjaïa, anime une campagne en ligne appelant au boycott
de l'élection présidentielle. Elle a distribué des tracts devant la faculté et organisé deux
conférences sur le sujet. Nous demandons l'interception de ses messages et de ses contacts,
ainsi que l'activation du microphone pendant ses réunions.
""", missing=["microphone"], tc=[EXP], clauses=["capability_out_of_scope", "expression_not_crime"])

S("d54", "en", "deny", "MA", "Casablanca Prefecture – Economic Brigade", "police",
  "serious_crime", "extortion", 10,
  ["messages", "contacts"], "journalist", """
The target, a journalist on a weekly paper, is suspected of extorting a property developer:
recorded calls in which he demands MAD 500,000 for not publishing a story, and a transfer of
MAD 150,000 received in his wife's account two days later. Messages and contacts.
""", quota="at", reg="journalist", tc=[PP], clauses=["quota_exceeded"])

S("d55", "en", "deny", "TN", "Technical Crimes Brigade – El Gorjani", "police",
  "serious_crime", "insulting the President on social media", 10,
  ["messages"], "blogger", """
Blogger posting a series of videos that mock the President's speeches. Messages.
""", status="suspended", tc=[EXP], clauses=["expression_not_crime", "licence_inactive"])

S("d56", "en", "deny", "LY", "Internal Security Agency – Tripoli", "intelligence",
  "serious_crime", "conspiracy against the state", 999,
  ["messages", "contacts", "location"], "member of parliament", """
The target sits in the House of Representatives for the eastern bloc. As a member of the rival
camp he is presumed to coordinate with its leadership. There is no specific incident; the
request is preventive, given his affiliation.
""", reg="politician", tc=[PG, PP], clauses=["protected_ground"])

S("d57", "fr", "deny", "MR", "Parquet de la République de Nouadhibou", "prosecution",
  "other", "diffamation", 1,
  ["messages", "contacts"], "journaliste", """
Plainte d'un armateur contre la cible, journaliste d'un site d'information local, à la suite d'un
article accusant sa société de pêcher illégalement dans les zones réservées et de soudoyer des
inspecteurs. Nous demandons l'interception de ses communications pour identifier ses sources au
ministère des Pêches.
""", legal="prosecutor_order", tc=[EXP, PP], clauses=["expression_not_crime", "purpose_not_permitted"])

S("d58", "en", "deny", "DZ", "Oran Wilaya Security", "police",
  "serious_crime", "undermining national unity", 10,
  ["messages", "contacts"], "student", """
Student at the University of Oran who started an online petition for the release of detained
protesters (31,000 signatures) and read it out in front of the courthouse. No warrant requested;
we only want to check informally who he is in touch with.
""", legal="none", tc=[EXP], clauses=["expression_not_crime", "no_legal_basis"])

S("d59", "es", "deny", "MA", "Jefatura de Seguridad de Nador", "police",
  "serious_crime", "asociación de malhechores", 10,
  ["messages", "contacts"], "mecánico", """
El objetivo es hermano de un activista del Hirak que huyó a Bélgica tras las detenciones de 2017.
Trabaja en un taller mecánico y no participa en ninguna actividad. Queremos escuchar sus
conversaciones con su hermano para saber con quién mantiene este el contacto en Nador.
""", tc=[PG], clauses=["protected_ground"])

S("d60", "es", "deny", "MA", "Brigada Regional de Investigación de Tetuán", "police",
  "terrorism", "apología del terrorismo", 6,
  ["messages"], "caricaturista", """
El objetivo publicó en su cuenta personal una viñeta en la que un ministro aparece como un pirata
que reparte el pescado del Mediterráneo entre barcos extranjeros. Muchos comentarios celebran el
dibujo con insultos a las autoridades. Se solicita intervenir sus mensajes para averiguar quién le
encarga los dibujos.
""", tc=[EXP, TDU], clauses=["expression_not_crime", "terrorism_definition_unmet"])

# =====================================================================================
# REFERS: a genuine crime, but a protected person and/or a target abroad
# =====================================================================================

S("r01", "fr", "refer", "MA", "Sûreté Régionale de Tanger – Brigade Financière", "police",
  "serious_crime", "blanchiment en bande organisée du produit du trafic de stupéfiants", 10,
  ["messages", "contacts"], "avocat", """
Me Adil Chraïbi, avocat inscrit au barreau de Tanger, est soupçonné d'avoir blanchi au moins
23 millions de dirhams pour le compte d'un réseau de trafic de résine de cannabis : achats
d'appartements au nom de prête-noms, fonds transitant par le compte de dépôt de son cabinet.
Un promoteur immobilier déclare avoir reçu de sa main des espèces dans des sacs de sport, à
trois reprises. Demande : messages et contacts.
""", reg="lawyer", tc=[PP], clauses=["protected_person"])

S("r02", "en", "refer", "EG", "Cairo CID – Public Funds Unit", "police",
  "serious_crime", "extortion", 7,
  ["messages", "contacts"], "television journalist", """
The target, a presenter and journalist on a private satellite channel, is accused by two
businessmen of demanding money to drop an on-air campaign against their companies. One of them
handed over EGP 1m at a meeting we recorded with his consent; the bag was collected by the
target's driver and taken to the target's house. Messages and contacts, to find other victims.
""", reg="journalist", tc=[PP], clauses=["protected_person"])

S("r03", "fr", "refer", "TN", "Brigade Nationale de Lutte contre le Terrorisme", "police",
  "serious_crime", "recrutement et organisation de départs vers des groupes armés", 20,
  ["messages", "contacts"], "imam", """
L'imam d'une mosquée de Ben Arous est soupçonné d'organiser le départ de jeunes vers des groupes
armés au Sahel. Trois jeunes sont partis en deux mois ; leurs billets ont été payés par une
association dont il est trésorier, et des messages retrouvés chez l'un d'eux donnent, de sa
main, le nom et le numéro du contact qui les attendait à Agadez. Ce ne sont pas ses prêches qui
fondent la demande, mais cette logistique. Messages et contacts.
""", reg="religious_leader", tc=[PP], clauses=["protected_person"])

S("r04", "en", "refer", "LY", "Internal Security Agency – Sabha", "intelligence",
  "serious_crime", "sale of state weapons to armed groups", 15,
  ["messages", "contacts"], "member of parliament", """
The target, a member of parliament for a southern constituency, signed release orders for 400
rifles from a depot guarded by his brother's brigade. Weeks later the rifles turned up with a
foreign rebel group across the border. The depot logs carry his signature and two officers have
made statements. Messages and contacts.
""", reg="politician", tc=[PP], clauses=["protected_person"])

S("r05", "fr", "refer", "DZ", "Parquet de la République près le Tribunal d'Oran", "prosecution",
  "serious_crime", "trafic de stupéfiants en bande organisée", 20,
  ["messages", "contacts"], "avocat", """
Dans l'affaire des 700 kg de résine de cannabis saisis à Arzew, trois détenus déclarent
séparément que leur avocat, inscrit au barreau d'Oran, leur transmet les instructions du chef
du réseau et organise le paiement des passeurs restés en liberté. Un téléphone dissimulé,
découvert en cellule, contient des messages en provenance du numéro visé. Le parquet requiert
l'interception des messages et des contacts.
""", legal="prosecutor_order", tc=[PP], clauses=["protected_person"])

S("r06", "en", "refer", "MA", "Nador Provincial Security – Judicial Police", "police",
  "serious_crime", "organising irregular migration", 15,
  ["messages", "location"], "municipal councillor", """
The target, an elected member of the Beni Ensar municipal council, owns a small fishing company.
Three of his skippers were caught with migrants on board his boats over the summer, and all three
say he fixed the departures and collected the fares. A ledger found in one wheelhouse lists names
and amounts in what his own bookkeeper identifies as the target's handwriting. Messages and
location.
""", tc=[PP], clauses=["protected_person"])

S("r07", "fr", "refer", "MR", "DGSN – Commissariat Spécial de Néma", "police",
  "serious_crime", "complicité d'enlèvement", 20,
  ["location", "messages"], "imam", """
L'imam de la mosquée du quartier nord de Néma est soupçonné d'avoir hébergé les ravisseurs d'un
commerçant la nuit précédant l'enlèvement et de leur avoir prêté un véhicule. Le véhicule,
retrouvé abandonné près de la frontière, est immatriculé à son nom ; des traces de sang de la
victime ont été relevées sur la banquette arrière. La victime est toujours séquestrée.
Géolocalisation et messages requis d'urgence.
""", tc=[PP], clauses=["protected_person"])

S("r08", "es", "refer", "MA", "Comisaría Central de Tánger – Brigada de Estupefacientes", "police",
  "serious_crime", "tráfico internacional de hachís", 10,
  ["messages", "contacts"], "empresario de transportes", """
El objetivo, natural de Tánger, dirige desde Algeciras, donde reside desde hace seis meses, la
recepción de las narcolanchas que salen de la costa entre Tánger y Ksar Sghir. Los tres pilotos
detenidos en la última operación tenían su número español y audios suyos con las coordenadas de
entrega. Mensajes y contactos.
""", loc="ES", clauses=["extraterritorial_target"])

S("r09", "fr", "refer", "MA", "Gendarmerie Royale – Groupement Côtier Nord", "military",
  "serious_crime", "organisation de l'émigration clandestine en bande", 15,
  ["messages", "contacts"], "inconnue", """
D'après les données d'itinérance de son numéro, la cible est installée en Europe depuis près de
deux ans. Elle continue pourtant de piloter à distance les départs organisés depuis les criques
d'Al Hoceïma : les trois passeurs interpellés en juillet recevaient d'elle, par messagerie, les
listes de passagers et les consignes de départ. Messages et contacts.
""", loc=("BE", "NL", "DE"), clauses=["extraterritorial_target"])

S("r10", "en", "refer", "LY", "Anti-Illegal Immigration Directorate – Sabha", "police",
  "serious_crime", "migrant smuggling and trafficking", 15,
  ["messages", "location", "contacts"], "transporter", """
The target, a Libyan from Sabha, now lives in Agadez and organises the trucks that bring migrants
north across the desert to warehouses in Sabha, where they are held until their families pay.
Two warehouse guards arrested last month had him saved as "the boss in Agadez" and forwarded him
the payment lists. Messages, location, contacts.
""", loc="NE", clauses=["extraterritorial_target"])

S("r11", "fr", "refer", "DZ", "Direction de la Sécurité Intérieure et de la Prévention", "intelligence",
  "terrorism", "prise d'otages par un groupe terroriste", 999,
  ["location", "messages"], "inconnue", """
Deux camionneurs algériens enlevés sur la piste de Bordj Badji Mokhtar sont détenus par une
katiba qui exige une rançon et la libération de trois de ses membres, sous menace d'exécution.
La cible, ressortissant algérien rallié au groupe, mène les négociations avec les familles
depuis le nord du Mali, d'où sont émis tous ses appels. Localisation et messages pour situer les
otages.
""", loc="ML", clauses=["extraterritorial_target"])

S("r12", "fr", "refer", "TN", "Garde Nationale – District de Médenine", "police",
  "serious_crime", "trafic d'armes", 20,
  ["messages", "location"], "commerçant", """
Fournisseur de la filière d'armes démantelée à Ben Gardane, la cible, de nationalité
tunisienne, réside désormais à Zouara, en Libye. Les trois acheteurs interpellés avec des
pistolets et une kalachnikov ont réglé leurs commandes par des virements à son frère et
conservaient ses messages vocaux. Messages et localisation.
""", loc="LY", clauses=["extraterritorial_target"])

S("r13", "en", "refer", "EG", "Aswan Security Directorate – Drug Control", "police",
  "serious_crime", "trafficking of hashish and tramadol", 25,
  ["messages", "contacts"], "camel trader", """
Target is an Egyptian camel trader based across the southern border who hides hashish and tramadol
in camel caravans entering through the Abu Simbel desert road. Four caravans seized, 1.6 tonnes
in total. The drivers name him. Messages and contacts.
""", loc="SD", clauses=["extraterritorial_target"])

S("r14", "fr", "refer", "MR", "Service de Renseignement Intérieur", "intelligence",
  "terrorism", "préparation d'un attentat contre des civils", 999,
  ["messages", "contacts", "location"], "inconnue", """
Selon une source et les communications d'un recruteur arrêté à Nouakchott, la cible, Mauritanien
ayant rejoint un groupe armé au Mali, sélectionne des volontaires pour un attentat contre un
hôtel de Nouakchott fréquenté par des étrangers, afin de « faire payer à la Mauritanie sa
coopération avec les armées étrangères ». Il a envoyé des plans de l'hôtel et une somme d'argent
pour acheter des armes. Messages, contacts, localisation.
""", loc="ML", clauses=["extraterritorial_target"])

S("r15", "en", "refer", "TN", "National Guard – Sfax District", "police",
  "serious_crime", "migrant smuggling", 20,
  ["messages", "contacts"], "fisherman", """
Sfax smuggling network: the boss has been living in Sicily since last year, and the departures
from El Amra are still arranged on his instructions. Coordinators arrested there forwarded him
photos of each boat and passenger count; payments go through relatives. Messages and contacts.
""", loc="IT", clauses=["extraterritorial_target"])

S("r16", "en", "refer", "MA", "Directorate of Internal Vigilance", "intelligence",
  "terrorism", "directing a terrorist cell", 999,
  ["messages", "contacts", "location"], "imam", """
The target, imam of a prayer room in Catalonia, is in charge of a three-man cell in Fès arrested
last week with explosive precursors. He sent them the instructions and a list of targets —
including a tourist bus route — over Telegram, and the cell's leader has confirmed this in
interview. Messages, contacts and location to identify other members.
""", loc="ES", reg="religious_leader", tc=[PP], clauses=["extraterritorial_target", "protected_person"])

S("r17", "fr", "refer", "DZ", "Office Central de Répression de la Corruption", "police",
  "serious_crime", "blanchiment d'argent en bande organisée", 20,
  ["messages", "contacts"], "avocat", """
Me Rachid Benamara, avocat établi à Marseille et inscrit au barreau d'Alger, est soupçonné de
recycler les gains d'un réseau de cocaïne algérien : virements de sociétés écrans vers son compte
professionnel, puis achats immobiliers en France pour des membres du réseau. Un comptable du
réseau, arrêté à Alger, a remis les échanges qu'il entretenait avec lui. Messages et contacts.
""", loc="FR", reg="lawyer", tc=[PP], clauses=["extraterritorial_target", "protected_person"])

S("r18", "en", "refer", "EG", "Tourism and Antiquities Police – Cairo", "police",
  "serious_crime", "smuggling of antiquities", 999,
  ["messages", "contacts"], "diplomat", """
The target, a second secretary at a foreign embassy in Cairo, is suspected of moving antiquities
out of the country in diplomatic consignments. A dealer arrested in Giza says he sold him
thirty-one objects over a year, and his phone holds photographs of the objects sent to the
target's number with prices agreed. Messages and contacts.
""", nat=("MT", "CY", "GR", "LB"), reg="diplomat", tc=[PP], clauses=["protected_person"])

S("r19", "fr", "refer", "TN", "Garde Nationale – District de Sfax", "police",
  "serious_crime", "organisation de traversées clandestines et faux documents", 20,
  ["messages", "contacts", "location"], "président d'association", """
Le président d'une association de défense des droits des migrants à Sfax est mis en cause par
quatre passagers d'une embarcation interceptée : il aurait perçu 2 000 dinars par personne et
fourni de fausses attestations de demandeur d'asile. Onze attestations falsifiées portant le
cachet de l'association ont été saisies, ainsi que les reçus. Son travail associatif n'est pas en
cause ; ces faits précis le sont. Messages, contacts, localisation.
""", reg="human_rights_defender", tc=[PP], clauses=["protected_person"])

S("r20", "es", "refer", "MA", "Jefatura de Seguridad de Nador – Unidad de Fronteras", "police",
  "serious_crime", "tráfico de migrantes", 15,
  ["messages", "contacts"], "taxista", """
El objetivo reside en Melilla y organiza desde allí el paso de personas escondidas en dobles
fondos de furgonetas por el puesto de Beni Ensar, cobrando 4.000 euros por persona. Dos
conductores detenidos con seis personas dentro del vehículo dicen trabajar para él. Mensajes y
contactos.
""", loc="ES", clauses=["extraterritorial_target"])

S("r21", "en", "refer", "DZ", "Economic and Financial Pole – Sidi M'hamed Prosecutor", "prosecution",
  "serious_crime", "embezzlement of public funds", 20,
  ["messages", "contacts"], "former minister", """
The target, a former minister who still sits on his party's leadership, awarded road contracts in
Tiaret to a company owned by his nephew; DZD 3.2bn was paid for roads that were never built. An
expert report and the nephew's own statement describe how the money was returned to the target
in cash. Messages and contacts.
""", legal="prosecutor_order", reg="politician", tc=[PP], clauses=["protected_person"])

S("r22", "fr", "refer", "MA", "Brigade Centrale de Lutte contre la Cybercriminalité", "police",
  "serious_crime", "extorsion en réseau et chantage à caractère sexuel", 10,
  ["messages", "media", "contacts"], "journaliste", """
La cible, journaliste dans un site d'information casablancais, est mise en cause par cinq femmes
qui ne se connaissent pas : il les contactait pour une prétendue interview, obtenait des images
intimes, puis exigeait de l'argent sous la menace de les diffuser. Trois virements ont abouti sur
un compte à son nom, et les messages produits par les plaignantes émanent du numéro visé.
Messages, médias, contacts.
""", tc=[PP], clauses=["protected_person"])

S("r23", "en", "refer", "LY", "Criminal Investigation Department – Zawiya", "police",
  "serious_crime", "kidnapping for ransom", 999,
  ["location", "messages", "contacts"], "businessman", """
A kidnapping gang has taken six people on the coastal road since spring and released them
against ransoms of up to LYD 800,000. Two gang members now in custody name the target as the one
who chooses the victims and keeps the money; one payment was made in his showroom. The target
also holds a seat in the House of Representatives. Location, messages and contacts.
""", tc=[PP], clauses=["protected_person"])

S("r24", "fr", "refer", "DZ", "Gendarmerie Nationale – Groupement d'El Oued", "military",
  "serious_crime", "contrebande de carburant en bande organisée", 20,
  ["messages", "location"], "transporteur", """
La cible, Algérien installé à Gafsa depuis deux ans, finance et organise les convois de
carburant et de cigarettes qui franchissent la frontière par les pistes de Taleb Larbi. Le
dernier convoi intercepté transportait 24 000 litres ; les chauffeurs communiquaient avec lui
par messagerie. Messages, localisation.
""", loc="TN", clauses=["extraterritorial_target"])

S("r25", "en", "refer", "EG", "Kafr El Sheikh Security Directorate", "police",
  "serious_crime", "migrant smuggling", 25,
  ["messages", "contacts"], "unknown", """
Parents in three villages paid the target EGP 150,000 per son for a crossing to Italy. The boys
were taken overland and are now held in Benghazi, where the target lives and runs the departures;
families are asked for more money before the boats leave. Messages and contacts.
""", loc="LY", clauses=["extraterritorial_target"])

S("r26", "fr", "refer", "MR", "DGSN – Brigade des Stupéfiants de Rosso", "police",
  "serious_crime", "trafic de cocaïne", 15,
  ["messages", "contacts"], "commerçant", """
Le destinataire des 120 kg de cocaïne saisis au bac de Rosso est un commerçant mauritanien
établi à Saint-Louis, de l'autre côté du fleuve. Le chauffeur arrêté détenait son numéro et des
messages fixant le lieu de livraison. Messages et contacts.
""", loc="SN", clauses=["extraterritorial_target"])

S("r27", "en", "refer", "MA", "Casablanca Prefecture – Criminal Brigade", "police",
  "serious_crime", "ordering a murder", 999,
  ["messages", "contacts"], "unknown", """
A cocaine broker who had turned state witness was shot dead in Casablanca last month. The two
gunmen, arrested, say they were hired and paid by a Moroccan-born trafficker who lives in
Rotterdam and sent them the victim's address and photo through an encrypted app. Messages and
contacts to identify the intermediaries.
""", loc="NL", clauses=["extraterritorial_target"])

S("r28", "fr", "refer", "TN", "Brigade Centrale de Lutte contre le Faux", "police",
  "serious_crime", "faux et usage de faux en bande organisée", 10,
  ["messages", "contacts"], "avocate", """
Une avocate du barreau de Tunis est soupçonnée de fournir de faux contrats de travail et de
fausses attestations d'hébergement à une filière qui monnaye des dossiers de visa. Sur les
62 dossiers rejetés comme frauduleux, 48 portent son cachet ; deux demandeurs déclarent lui avoir
versé 3 000 dinars en espèces dans son cabinet. Messages et contacts.
""", tc=[PP], clauses=["protected_person"])

S("r29", "en", "refer", "LY", "Internal Security Agency – Misrata", "intelligence",
  "serious_crime", "arms trafficking", 15,
  ["messages", "location"], "camera operator", """
The target, correspondent for a regional TV channel, is suspected of using the channel's marked
press vehicle to move grenades through checkpoints. At Abu Qurain the vehicle was searched and
twelve grenades were found under the camera cases; the driver says the target loaded them
himself and has done so twice before. Messages and location.
""", tc=[PP], clauses=["protected_person"])

S("r30", "fr", "refer", "MA", "Office Central de Répression des Trafics", "police",
  "serious_crime", "trafic international de stupéfiants", 10,
  ["messages", "contacts"], "député", """
La cible, député de la région de l'Oriental, est désignée par deux repentis comme le
commanditaire de cargaisons de résine de cannabis expédiées depuis Saïdia vers l'Espagne. Les
comptes de ses sociétés agricoles ont reçu 14 millions de dirhams de sociétés écrans liées au
réseau. Messages et contacts.
""", reg="politician", tc=[PP], clauses=["protected_person"])

S("r31", "en", "refer", "TN", "National Guard – Kasserine District", "police",
  "serious_crime", "arms smuggling", 20,
  ["messages", "location"], "shepherd", """
The target, a Tunisian who crossed into the Tebessa area last year, buys pistols and ammunition
on the Algerian side and sends them over the mountain tracks to buyers in Kasserine. Two
couriers have been caught with weapons and both had his Algerian number. Messages, location.
""", quota="one_below", loc="DZ", clauses=["extraterritorial_target"])

S("r32", "fr", "refer", "DZ", "Parquet de la République près le Tribunal d'Annaba", "prosecution",
  "serious_crime", "escroquerie aggravée au préjudice de l'État", 6,
  ["messages", "contacts"], "avocat", """
Me Karim Zeroual, avocat à Annaba, a produit devant la juridiction administrative quatorze
décisions d'indemnisation forgées pour des expropriations qui n'ont jamais eu lieu. Le Trésor a
versé 48 millions de dinars sur les comptes de ses « clients », dont une part a été reversée sur
son propre compte. La peine prévue plafonne à six ans. Messages et contacts.
""", legal="prosecutor_order", reg="lawyer", tc=[PP], clauses=["protected_person"])

S("r33", "en", "refer", "EG", "Interior Protection Directorate", "intelligence",
  "terrorism", "storing explosives for a terrorist cell", 999,
  ["messages", "location", "microphone"], "preacher", """
The target preaches at a mosque in Sharqia. During a covert search of the mosque's storeroom we
found 40 kg of TNT and detonators, left in place under watch; the keys are held by him alone. A
cell member in custody says the explosives are for an attack on a police bus to "make the regime
pay". The warrant expires within the hour and its renewal has been filed. Messages, location,
microphone.
""", lv="just_after", reg="religious_leader", tc=[PP], clauses=["protected_person"])

S("r34", "es", "refer", "MA", "Brigada Judicial de Larache", "police",
  "serious_crime", "tráfico internacional de hachís", 10,
  ["messages", "contacts"], "empresario agrícola", """
El objetivo, concejal del ayuntamiento de Larache, es propietario de unas naves agrícolas en las
que la Gendarmería halló 2,3 toneladas de hachís preparado para embarque. El encargado de las
naves declara que el objetivo le ordenaba abrir de noche a los camiones y le pagaba aparte por
ello. Mensajes y contactos.
""", tc=[PP], clauses=["protected_person"])

S("r35", "fr", "refer", "MR", "DGSN – Brigade des Stupéfiants de Nouadhibou", "police",
  "serious_crime", "trafic de cocaïne", 15,
  ["messages", "contacts"], "journaliste", """
La cible, journaliste correspondant d'une radio privée à Nouadhibou, est mise en cause par le
capitaine d'une pirogue arrêtée avec 300 kg de cocaïne : il aurait servi d'intermédiaire avec
l'armateur et payé l'équipage. Les messages saisis sur le téléphone du capitaine proviennent de
son numéro. Messages et contacts.
""", tc=[PP], clauses=["protected_person"])

S("r36", "es", "refer", "MA", "Brigada Regional de Investigación de Tetuán", "police",
  "serious_crime", "blanqueo de capitales procedentes del narcotráfico", 10,
  ["messages", "contacts"], "abogado", """
Abogado con despacho en Tetuán. Según un arrepentido y la documentación bancaria, ha canalizado
unos 9 millones de dírhams de una red de hachís mediante compraventas de terrenos ficticias en
Martil, cobrando una comisión del 10 %. Mensajes y contactos.
""", reg="lawyer", tc=[PP], clauses=["protected_person"])

S("r37", "en", "refer", "EG", "Giza Criminal Investigation Department", "police",
  "serious_crime", "ordering an assault causing permanent disability", 10,
  ["messages", "contacts"], "television presenter", """
The target is a well-known TV presenter and journalist. His former business partner was attacked
outside his home by three men with iron bars and has lost the use of one eye. One attacker,
identified from CCTV and arrested, says the target hired them through his personal driver; the
driver's phone shows calls with the target just before and after the attack. Messages and
contacts.
""", tc=[PP], clauses=["protected_person"])

# =====================================================================================
# Filler (fixed seed) and the decision engine
# =====================================================================================

# E.164: country code, mobile prefixes, digits after the prefix
PHONE = {
    "MA": ("212", ["6", "7"], 8), "DZ": ("213", ["5", "6", "7"], 8),
    "TN": ("216", ["2", "5", "9"], 7), "LY": ("218", ["91", "92", "94"], 7),
    "EG": ("20", ["10", "11", "12", "15"], 8), "MR": ("222", ["2", "3", "4"], 7),
    "ES": ("34", ["6"], 8), "FR": ("33", ["6", "7"], 8), "BE": ("32", ["47", "48", "49"], 7),
    "NL": ("31", ["6"], 8), "DE": ("49", ["151", "160", "176"], 8), "IT": ("39", ["3"], 9),
    "ML": ("223", ["6", "7"], 7), "NE": ("227", ["9"], 7), "SD": ("249", ["9"], 8),
    "SN": ("221", ["77", "78"], 7), "SA": ("966", ["5"], 8),
}

REF_FORMATS = {
    "judicial_warrant": ["{cc}-JI-{y}-{n4}", "ORD/{cc}/{y}/{n5}", "CI-{n3}/{y}", "MAND-{y}-{n4}-{cc}"],
    "prosecutor_order": ["PR-{cc}-{y}/{n4}", "REQ-{n5}-{y}", "PARQ/{y}/{n3}"],
    "administrative_order": ["ARR-MI-{y}-{n3}", "ADM/{cc}/{y}/{n4}"],
}

UTC = timezone.utc


def iso(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def pick(rng, v):
    return rng.choice(v) if isinstance(v, tuple) else v


def phone(rng, cc):
    code, prefixes, rest = PHONE[cc]
    p = rng.choice(prefixes)
    return "+" + code + p + "".join(str(rng.randrange(10)) for _ in range(rest))


def build_record(s, rng):
    """Turn one hand-written scenario into a record in the exchange format."""
    now = datetime(2026, 1, 5, tzinfo=UTC) + timedelta(days=rng.randrange(0, 330),
                                                        minutes=rng.randrange(6 * 60, 21 * 60))
    loc = pick(rng, s["loc"]) or s["cc"]
    nat = pick(rng, s["nat"]) or s["cc"]
    if s["ident"] == "phone":
        ident = phone(rng, loc)
    elif s["ident"] == "device":
        ident = "device:imei:35" + "".join(str(rng.randrange(10)) for _ in range(13))
    else:
        ident = s["ident"]

    # legal basis
    ltype = s["legal"]
    year = now.year
    if ltype == "none":
        ref, until = None, None
    else:
        fmt = rng.choice(REF_FORMATS[ltype])
        ref = fmt.format(cc=s["cc"], y=year, n3=rng.randrange(100, 1000),
                         n4=rng.randrange(1000, 10000), n5=rng.randrange(10000, 100000))
        lv = s["lv"]
        if lv in ("ok", "no_ref"):
            d = (now + timedelta(days=rng.randrange(3, 91))).replace(hour=0, minute=0, second=0)
            if rng.random() < 0.5:
                d = d.replace(hour=23, minute=59, second=59)
            until = iso(d)
            if lv == "no_ref":
                ref = None
        elif lv == "expired":
            d = (now - timedelta(days=rng.randrange(1, 46))).replace(hour=23, minute=59, second=59)
            until = iso(d)
        elif lv == "equal":
            until = iso(now)
        elif lv == "just_after":
            until = iso(now + timedelta(seconds=rng.randrange(120, 3000)))
        elif lv == "null":
            until = None
        else:
            raise ValueError(lv)

    # licence capabilities: everything requested (minus the ones meant to be missing)
    # plus 0-3 extra capabilities drawn from the seed
    others = [c for c in CAPS if c not in s["caps"]]
    extra = rng.sample(others, rng.randrange(0, min(3, len(others)) + 1))
    lic_caps = [c for c in CAPS if (c in s["caps"] and c not in s["missing"]) or c in extra]
    lic_caps = [c for c in lic_caps if c not in s["missing"]]

    # quota
    mx = rng.choice([8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100])
    q = s["quota"]
    if q == "ok":
        act = rng.randrange(0, mx - 1)           # 0 .. mx-2
    elif q == "one_below":
        act = mx - 1
    elif q == "at":
        act = mx
    elif q == "over":
        act = mx + rng.randrange(1, 6)
    else:
        raise ValueError(q)

    return {
        "id": None,
        "now": iso(now),
        "licence": {
            "customer_country": s["cc"],
            "customer_agency": s["agency"],
            "agency_type": s["atype"],
            "status": s["status"],
            "certificate_signed": s["signed"],
            "capabilities": lic_caps,
            "max_active_targets": mx,
            "active_targets": act,
        },
        "request": {
            "target": {
                "identifier": ident,
                "location_country": loc,
                "nationality": nat,
                "profession": s["prof"],
                "registry_match": s["reg"],
            },
            "offence": {
                "category": s["cat"],
                "label": s["label"],
                "max_penalty_years": s["pen"],
            },
            "legal_basis": {"type": ltype, "reference": ref, "valid_until": until},
            "capabilities": list(s["caps"]),
            "justification": clean(s["just"]),
        },
    }


def structured_clauses(rec):
    """Every clause that follows from the structured fields alone."""
    held = set()
    lic, req = rec["licence"], rec["request"]
    if lic["status"] != "active" or not lic["certificate_signed"]:
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
    if set(req["capabilities"]) - set(lic["capabilities"]):
        held.add("capability_out_of_scope")
    if lic["active_targets"] >= lic["max_active_targets"]:
        held.add("quota_exceeded")
    if req["target"]["registry_match"] is not None:
        held.add("protected_person")
    if req["target"]["location_country"] != lic["customer_country"]:
        held.add("extraterritorial_target")
    return held


def decide(held):
    deny = sorted(held & DENY)
    if deny:
        return "deny", deny
    refer = sorted(held & REFER)
    if refer:
        return "refer", refer
    return "permit", []


def sanity(s):
    errs = []
    if s["lang"] not in ("en", "fr", "es"):
        errs.append("lang")
    if s["atype"] not in AGENCY_TYPES or s["status"] not in STATUSES:
        errs.append("agency type / status")
    if s["cat"] not in CATEGORIES or s["legal"] not in LEGAL_TYPES:
        errs.append("category / legal type")
    if s["reg"] not in REGISTRY:
        errs.append("registry")
    if not set(s["caps"]) <= set(CAPS) or not s["missing"] <= set(s["caps"]):
        errs.append("capabilities")
    if not s["tc"] <= TEXT_CLAUSES:
        errs.append("text clauses")
    if TDU in s["tc"] and s["cat"] != "terrorism":
        errs.append("terrorism_definition_unmet without category terrorism")
    if s["reg"] is not None and PP not in s["tc"]:
        errs.append("registry match but the text does not say so (keep them aligned)")
    if s["dec"] not in ("permit", "deny", "refer"):
        errs.append("decision")
    if s["ident"] not in ("phone", "device") and not s["ident"].startswith("email:"):
        errs.append("identifier")
    return errs


def main():
    stats = "--stats" in sys.argv
    rng = random.Random(SEED_FILL)
    problems = []
    keys = set()
    records = []
    for s in SCEN:
        if s["key"] in keys:
            problems.append(f"{s['key']}: duplicate key")
        keys.add(s["key"])
        for e in sanity(s):
            problems.append(f"{s['key']}: {e}")
        rec = build_record(s, rng)
        struct = structured_clauses(rec)
        held = struct | s["tc"]
        decision, clauses = decide(held)
        if decision != s["dec"]:
            problems.append(f"{s['key']}: intended {s['dec']}, computed {decision} {clauses}")
        if s["clauses"] is not None and sorted(set(s["clauses"])) != clauses:
            problems.append(f"{s['key']}: intended clauses {sorted(s['clauses'])}, computed {clauses}")
        rec["expected"] = {"decision": decision, "clauses": clauses}
        records.append((s, rec, struct, held))

    # no two justifications may share a sentence (guards against template reuse)
    seen = {}
    for s, rec, _, _ in records:
        for sent in re.split(r"(?<=[.!?;:])\s+", rec["request"]["justification"]):
            sent = sent.strip()
            if len(sent) < 40:
                continue
            if sent in seen and seen[sent] != s["key"]:
                problems.append(f"{s['key']}: sentence reused from {seen[sent]}: {sent!r}")
            seen[sent] = s["key"]

    if len(records) != 150:
        problems.append(f"expected 150 scenarios, have {len(records)}")
    if problems:
        for p in problems:
            print("ERROR", p, file=sys.stderr)
        sys.exit(1)

    order = list(range(len(records)))
    random.Random(SEED_SHUFFLE).shuffle(order)
    lines = []
    for i, idx in enumerate(order, 1):
        rec = records[idx][1]
        rec["id"] = f"s130-{i:03d}"
        lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} scenarios to {OUT.name}")

    if stats:
        print_stats(records)


def print_stats(records):
    from collections import Counter
    langs = ["en", "fr", "es"]
    decs = ["permit", "deny", "refer"]
    tab = Counter((s["dec"], s["lang"]) for s, *_ in records)
    print("\ndecision x language")
    print("          " + "".join(f"{l:>6}" for l in langs) + "  total")
    for d in decs:
        print(f"{d:<10}" + "".join(f"{tab[(d, l)]:>6}" for l in langs)
              + f"{sum(tab[(d, l)] for l in langs):>7}")
    print(f"{'total':<10}" + "".join(f"{sum(tab[(d, l)] for d in decs):>6}" for l in langs)
          + f"{len(records):>7}")
    listed, heldc = Counter(), Counter()
    for s, rec, struct, held in records:
        listed.update(rec["expected"]["clauses"])
        heldc.update(held)
    print("\nclause: listed / held")
    for c in sorted(DENY) + sorted(REFER):
        print(f"  {c:<28} {listed[c]:>3} / {heldc[c]:>3}")
    print("\ncustomer countries:", dict(Counter(s["cc"] for s, *_ in records)))
    print("agency types:", dict(Counter(s["atype"] for s, *_ in records)))
    print("categories:", dict(Counter(s["cat"] for s, *_ in records)))
    print("legal types:", dict(Counter(rec["request"]["legal_basis"]["type"] for _, rec, _, _ in records)))
    nonpermit = [(s, rec, st) for s, rec, st, _ in records if s["dec"] != "permit"]
    perfect = [s["key"] for s, rec, st in nonpermit if not st]
    print(f"\nnon-permit with perfect structured fields (no structured clause, no registry match,"
          f" domestic target): {len(perfect)} of {len(nonpermit)}")
    print("  ", " ".join(sorted(perfect)))
    edges = Counter()
    for s, rec, st, held in records:
        if s["pen"] == THRESHOLD:
            edges["penalty exactly at threshold (6)"] += 1
        if s["pen"] == THRESHOLD - 1:
            edges["penalty one below threshold (5)"] += 1
        if s["pen"] is None:
            edges[f"penalty null ({s['cat']})"] += 1
        if s["pen"] == 999:
            edges["penalty 999 (life/death)"] += 1
        if s["lv"] != "ok" or s["legal"] == "none":
            edges[f"legal basis: {s['legal'] if s['legal'] == 'none' else s['lv']}"] += 1
        if s["quota"] != "ok":
            edges[f"quota: {s['quota']}"] += 1
        if s["missing"]:
            edges["capability not licensed"] += 1
        if s["status"] != "active":
            edges[f"licence {s['status']}"] += 1
        if not s["signed"]:
            edges["certificate unsigned"] += 1
        if s["atype"] == "private":
            edges["private end user"] += 1
        if s["atype"] == "other_government":
            edges["other_government end user"] += 1
        if "extraterritorial_target" in held:
            edges[f"extraterritorial target ({s['dec']})"] += 1
        if s["ident"] != "phone":
            edges[f"identifier {s['ident'].split(':')[0]}"] += 1
        if rec["request"]["target"]["nationality"] != rec["licence"]["customer_country"] and \
                "extraterritorial_target" not in held:
            edges["foreign national located at home"] += 1
        if s["dec"] == "deny" and held & REFER:
            edges["deny suppressing a refer clause"] += 1
        if len(rec["expected"]["clauses"]) > 1:
            edges["several clauses listed"] += 1
    print("\nedge cases:")
    for k in sorted(edges):
        print(f"  {k:<45} {edges[k]}")


if __name__ == "__main__":
    main()
