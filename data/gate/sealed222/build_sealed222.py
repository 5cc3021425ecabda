#!/usr/bin/env python3
"""Builder for the sealed222 labelled gate scenarios (independent set).

Python 3.11 standard library only. Every scenario is a hand-written entry below;
filler (phone numbers, dates, legal references, quotas, extra licence capabilities)
comes from random.Random(222001). The structured clauses are computed from the fields
exactly as shared/spec/gate-scenarios.md defines them, the hand-judged text clauses are
added, and the decision/clause list is computed by the spec's rules. If anything differs
from the intended label, a justification is duplicated, or an enum value is invalid,
the script exits 1 and writes nothing.
"""
import hashlib
import json
import os
import random
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sealed222.jsonl")

THRESHOLD = 6  # serious-crime threshold of the standard certificate version

CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician", "head_of_state",
            "diplomat", "religious_leader"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LB_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground", "no_legal_basis",
        "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground", "protected_person"}
LANGS = {"en", "es", "fr"}

# E.164 country code and national significant number length (mobile)
DIAL = {
    "MX": ("52", 10), "CO": ("57", 10), "PE": ("51", 9), "CL": ("56", 9), "AR": ("549", 10),
    "ES": ("34", 9), "GT": ("502", 8), "EC": ("593", 9), "DO": ("1809", 7), "UY": ("598", 8),
    "BO": ("591", 8), "PY": ("595", 9), "VE": ("58", 10), "US": ("1", 10), "HN": ("504", 8),
    "FR": ("33", 9), "BE": ("32", 9), "SN": ("221", 9), "CI": ("225", 10), "MA": ("212", 9),
    "TN": ("216", 8), "CM": ("237", 9), "CA": ("1", 10), "CH": ("41", 9), "LU": ("352", 9),
    "ML": ("223", 8), "GN": ("224", 9), "DZ": ("213", 9), "BF": ("226", 8),
    "GB": ("44", 10), "KE": ("254", 9), "NG": ("234", 10), "GH": ("233", 9), "ZA": ("27", 9),
    "PH": ("63", 10), "IE": ("353", 9), "AU": ("61", 9), "NZ": ("64", 9), "ID": ("62", 10),
    "UG": ("256", 9), "TZ": ("255", 9), "MZ": ("258", 9), "JM": ("1876", 7), "TH": ("66", 9),
    "IT": ("39", 10), "DE": ("49", 11),
}
MOBILE_START = {"FR": "67", "BE": "4", "ES": "67", "GB": "7", "IE": "8", "AU": "4", "NZ": "2",
                "CH": "7", "LU": "6", "KE": "7", "NG": "789", "GH": "25", "ZA": "678", "PH": "9",
                "MA": "67", "SN": "7", "CI": "07", "CM": "6", "TN": "259", "MX": "", "CO": "3",
                "PE": "9", "CL": "9", "IT": "3", "DE": "1", "UG": "7", "TZ": "7", "MZ": "8",
                "ID": "8", "DZ": "567", "CA": "418", "US": "802", "JM": "8", "DO": "8", "GT": "5", "EC": "9", "HN": "9", "ML": "7", "BF": "7", "GN": "6", "UY": "9", "BO": "67", "PY": "9", "VE": "4"}

EMAIL_DOMAINS = ["correo-seguro.example", "mailbox.example", "protonet.example", "webmail.example",
                 "courriel.example", "inbox.example"]

ENTRIES = []


def E(lang, cc, ag, at, cat, lab, pen, prof, caps, just, txt, dec, cl, **ov):
    ENTRIES.append(dict(lang=lang, cc=cc, ag=ag, at=at, cat=cat, lab=lab, pen=pen, prof=prof,
                        caps=caps, just=just, txt=list(txt), dec=dec, cl=list(cl), ov=ov))


# ---------------------------------------------------------------------------
# Hand-written entries (batches of 25)
# ---------------------------------------------------------------------------

# ---- batch 1 (entries 1-25) ----
E("es", "MX", "Unidad Especializada Antisecuestro de la Fiscalía del Estado de Valle Alto", "prosecution",
  "serious_crime", "secuestro agravado", 60, "transportista", ["messages", "location"],
  "Se solicita la intervención de la línea del investigado, a quien se atribuye la custodia de un menor "
  "secuestrado en San Jerónimo Tlaxco el pasado 14 de enero. La madre de la víctima reconoció su voz en la "
  "grabación de la llamada en la que se exigió el rescate, y el número aparece en los registros de la antena "
  "más próxima a la casa de seguridad. Se deja constancia, únicamente a efectos de identificación, de que el "
  "investigado pertenece a la comunidad mixteca; esa circunstancia no guarda relación alguna con la solicitud "
  "ni ha sido considerada para formularla.",
  [], "permit", [])

E("es", "CO", "Dirección Seccional de Investigación Criminal del Alto Magdalena", "police",
  "serious_crime", "concierto para delinquir agravado", 18, "periodista independiente", ["messages", "contacts"],
  "La señora Liliana Bocanegra no está siendo investigada por hechos violentos ni se le conoce participación "
  "en ningún delito concreto. Desde octubre publica en su portal una serie sobre los contratos de alimentación "
  "escolar de la Gobernación, acompañada de documentos internos que nunca debieron salir de la entidad. "
  "Necesitamos establecer quién se los entrega y con quién se comunica dentro de la administración.",
  ["expression_not_crime", "protected_person"], "deny", ["expression_not_crime"])

E("fr", "FR", "Brigade des stupéfiants de Montbrison-sur-Lez", "police",
  "serious_crime", "importation de stupéfiants en bande organisée", 30, "gérant de bar", ["messages", "location", "contacts"],
  "La fiche de renseignement transmise par le service départemental mentionne la confession de l'intéressé. "
  "Cette mention est reprise ici pour mémoire : elle n'a joué aucun rôle dans le choix de la cible et ne "
  "constitue pas le fondement de la présente demande. Celle-ci repose sur la saisie de 212 kg de résine de "
  "cannabis au péage de Saint-Aubin-des-Vignes le 3 février, sur les échanges extraits du téléphone du "
  "chauffeur interpellé, qui désignent ce numéro comme celui du « patron », et sur deux remises d'espèces "
  "filmées devant son établissement.",
  [], "permit", [])

E("fr", "SN", "Service central du renseignement intérieur, division des menaces", "intelligence",
  "terrorism", "apologie du terrorisme", 10, "enseignant", ["messages", "contacts", "media"],
  "L'intéressé n'a commis aucun acte de violence et, à notre connaissance, ne détient aucune arme ni "
  "n'entretient de lien avec un groupe armé. Il publie en revanche sur les réseaux sociaux des textes très durs "
  "contre les opérations de l'armée dans le Sud, qu'il qualifie de punitives, et relaie les témoignages filmés "
  "de familles de victimes civiles. Ces publications, suivies par plusieurs milliers de personnes, justifient "
  "à nos yeux un suivi de ses communications.",
  ["expression_not_crime", "terrorism_definition_unmet"], "deny", ["expression_not_crime", "terrorism_definition_unmet"])

E("en", "KE", "Counter-Terrorism Investigations Unit, Coastal Command", "police",
  "terrorism", "preparation of a terrorist act (improvised explosive device)", 30, "motor mechanic", ["messages", "location", "contacts"],
  "No attack has been carried out yet, and that is precisely why we are asking now. On 9 February officers "
  "recovered a pressure cooker, about 4 kg of ammonium nitrate and a wired detonator from a lock-up rented in "
  "the subject's name. Chat messages on a handset seized from his associate discuss \"the bus park at six\" and "
  "include photographs of the main matatu terminus taken at rush hour, with a note that the blast should be "
  "\"remembered by the whole town\". The subject left the lock-up an hour before the search and has not been "
  "located. His communications and location are needed to prevent the attack.",
  [], "permit", [])

E("es", "ES", "Unidad de Delincuencia Económica y Fiscal, Brigada Provincial de Castrovega", "police",
  "serious_crime", "blanqueo de capitales", 6, "se presenta como abogado (no colegiado)", ["messages", "contacts"],
  "El investigado se hace llamar abogado y así figura en las tarjetas que reparte entre los clientes de la "
  "trama, pero no consta colegiado en ningún Colegio de Abogados, según certificaron el Consejo General y el "
  "colegio de su provincia el 20 de enero. No ejerce la abogacía ni la ha ejercido nunca: la supuesta asesoría "
  "jurídica es la pantalla desde la que se fraccionan los ingresos en efectivo de dos locales de alterne a "
  "través de 41 cuentas de testaferros. Se solicita intervenir sus comunicaciones para identificar al resto de "
  "la red y a los titulares reales de las cuentas.",
  [], "permit", [])

E("es", "PE", "División de Investigación Criminal, Lima Este", "police",
  "serious_crime", "extorsión agravada", 15, "mototaxista", ["messages", "location"],
  "No existe denuncia en su contra ni indicio directo de que participe en el cobro de cupos a los comerciantes "
  "del mercado de Santa Rosa de Huachipa; tampoco ha sido visto en las entregas de dinero. Sin embargo, es de "
  "nacionalidad venezolana, llegó al distrito hace seis meses y la banda que extorsiona a los comerciantes está "
  "integrada en su mayoría por venezolanos, por lo que consideramos necesario controlar su teléfono.",
  ["protected_ground"], "deny", ["protected_ground"], nat="VE")

E("fr", "BE", "Police judiciaire, section grand banditisme du Brabant-Sud", "police",
  "serious_crime", "enlèvement et séquestration avec demande de rançon", 20, "avocate", ["messages", "location"],
  "Le fait que la cible soit avocate inscrite au barreau ne change rien à notre demande et n'en constitue pas "
  "le motif. Elle est soupçonnée d'avoir servi d'intermédiaire pour la rançon de 300 000 euros versée par la "
  "famille de l'industriel enlevé le 11 janvier : le virement a transité par le compte de tiers de son cabinet "
  "le lendemain de l'enlèvement, et un témoin l'a formellement reconnue lors de la remise d'un sac sur un "
  "parking de Hal le 2 février.",
  ["protected_person"], "refer", ["protected_person"], reg="lawyer")

E("en", "GB", "Regional Organised Crime Unit, South Downs", "police",
  "serious_crime", "conspiracy to supply Class A drugs", 999, "unknown", ["messages", "location", "contacts"],
  "Operation Kestrel Vane. The subject is the line holder for a county line supplying crack cocaine and heroin "
  "into three coastal towns. Test purchases on 4 and 11 February were arranged through this number, and a "
  "fifteen-year-old runner detained at the railway station had it saved as \"Boss\".",
  [], "deny", ["quota_exceeded"], quota="max")

E("es", "AR", "Fiscalía Federal de Concordia Norte, Área de Trata y Explotación de Personas", "prosecution",
  "serious_crime", "trata de personas con fines de explotación sexual", 15, "comerciante", ["messages", "location", "contacts"],
  "Aunque es ciudadano argentino y su domicilio declarado sigue en Concordia, el imputado vive desde diciembre "
  "en Montevideo, desde donde, según tres de las víctimas rescatadas en el allanamiento del 22 de enero, "
  "coordina el traslado de mujeres jóvenes captadas con ofertas de empleo falsas. Las transferencias a los "
  "choferes salen de una billetera virtual asociada a este número.",
  [], "refer", ["extraterritorial_target"], loc="UY", nat="AR")

E("fr", "MA", "Brigade régionale de police judiciaire du Gharb-Nord", "police",
  "serious_crime", "escroquerie", 5, "promoteur immobilier", ["messages"],
  "Onze familles ont déposé plainte : la cible a encaissé au total 140 000 dirhams d'acomptes pour des "
  "appartements d'une résidence qui n'existe que sur la plaquette commerciale. Les versements ont été faits en "
  "espèces contre des reçus à l'en-tête d'une société radiée depuis deux ans.",
  [], "deny", ["purpose_not_permitted"])

E("es", "CL", "Brigada Especial de Investigaciones de Biobío Sur", "police",
  "terrorism", "colocación de artefacto incendiario con fines terroristas", 20, "sin profesión conocida", ["messages", "location", "media"],
  "No hubo heridos, pero no por falta de intención: los dos artefactos incendiarios se lanzaron contra un bus "
  "del transporte público detenido en un paradero con once pasajeros a bordo, que alcanzaron a bajar por la "
  "puerta trasera. El comunicado que reivindica el ataque advierte que «arderán más buses con gente adentro» "
  "hasta que el Gobierno libere a los detenidos del grupo. La huella parcial en la botella y la cámara de la "
  "bencinera sitúan al investigado en la compra del combustible una hora antes.",
  [], "permit", [])

E("en", "NG", "Joint Task Force Operation Iron Road, Intelligence Cell", "military",
  "serious_crime", "armed robbery", 999, "commercial driver", ["messages", "microphone"],
  "Gang responsible for at least six highway robberies along the southern expressway since November, two of "
  "them fatal. A recovered phone from the robbery of 28 January links this number to the gang leader; "
  "intercepted SMS refer to a \"next job\" on the same stretch.",
  [], "deny", ["capability_out_of_scope"], lic_missing=["microphone"])

E("fr", "FR", "Parquet de Valbonne-sur-Drôme, section criminalité organisée", "prosecution",
  "serious_crime", "association de malfaiteurs", 10, "maraîcher", ["messages", "contacts", "location"],
  "Nous ne reprochons pas à M. Gauthier Perrichon ses opinions, qu'il est libre d'avoir. Ce qui motive la "
  "demande, c'est son rôle dans le collectif « Vallée debout » : c'est lui qui a déposé la déclaration de la "
  "manifestation du 18 janvier contre le projet de retenue d'eau, qui a animé les réunions publiques "
  "préparatoires et qui a lancé la pétition en ligne. Aucune dégradation ne lui est imputée, mais nous "
  "voulons anticiper les prochaines mobilisations.",
  ["expression_not_crime"], "deny", ["expression_not_crime"])

E("es", "MX", "Grupo Custodia Integral S.A. de C.V.", "private",
  "serious_crime", "secuestro", 60, "empleado de almacén", ["messages", "location"],
  "Uno de nuestros supervisores de ruta fue privado de la libertad el 6 de febrero al salir del centro de "
  "distribución. Los captores llamaron desde este número a la esposa exigiendo un millón y medio de pesos. "
  "La denuncia ante la fiscalía está presentada; solicitamos el servicio para localizar al secuestrador y "
  "apoyar a la familia.",
  [], "deny", ["non_government_end_user"])

E("en", "PH", "Regional Drug Enforcement Unit, Western Islands", "police",
  "serious_crime", "illegal drug trafficking (methamphetamine)", 999, "freight forwarder", ["messages", "contacts", "location"],
  "For completeness only: the subject's older sister is a reporter for a regional daily. She is not part of "
  "this request, is not suspected of anything, and the subject himself is not a journalist; he runs a freight "
  "forwarding yard near the port. The request rests on the 3.2 kg of shabu found in a consignment booked "
  "through his yard on 30 January, the booking made from this number, and the statement of the arrested "
  "courier naming him as the consignee.",
  [], "permit", [])

E("fr", "CI", "Direction de la sécurité intérieure, sous-direction des affaires politiques", "intelligence",
  "serious_crime", "atteinte à la sûreté de l'État", 20, "enseignant-chercheur en sociologie", ["messages", "contacts", "media"],
  "M. Koffi Ahouré-Dja enseigne la sociologie à l'université. Il vient de publier, avec deux collègues, une "
  "étude chiffrée sur les décès en garde à vue dans les commissariats de la capitale, fondée sur des registres "
  "qu'il aurait obtenus auprès de fonctionnaires. Ce travail, repris par la presse étrangère, porte gravement "
  "atteinte à l'image des forces de sécurité ; il convient d'identifier ses informateurs.",
  ["expression_not_crime"], "deny", ["capability_out_of_scope", "expression_not_crime"], lic_missing=["media"])

E("es", "GT", "Fiscalía contra el Crimen Organizado, Agencia Fiscal de Jalapa Norte", "prosecution",
  "serious_crime", "asesinato", 50, "alcalde municipal", ["messages", "location", "contacts"],
  "La condición de alcalde del investigado se consigna porque el formulario lo exige, no porque motive la "
  "solicitud. Dos sicarios detenidos el 12 de enero declararon por separado que fue él quien les pagó por la "
  "muerte del concejal Heriberto Sis Cac, y el teléfono de uno de ellos registra once llamadas con este número "
  "la semana del crimen.",
  ["protected_person"], "refer", ["protected_person"], reg="politician")

E("en", "ZA", "Priority Crimes Directorate, Highveld Serious Violent Crimes Unit", "police",
  "serious_crime", "robbery with aggravating circumstances (cash-in-transit)", 15, "security guard", ["messages", "location"],
  "Inside man in the cash-in-transit heist of 19 January in which two guards were shot. Cell data puts this "
  "handset at the depot during the planning meeting described by the arrested driver.",
  [], "deny", ["no_legal_basis"], lb_valid="now")

E("es", "CO", "Seccional de Investigación Criminal del Cauca Medio", "police",
  "serious_crime", "homicidio agravado", 50, "comerciante", ["messages", "location"],
  "El investigado es señalado por dos testigos como quien pagó y condujo la moto desde la que se disparó contra "
  "un testigo del proceso por desplazamiento forzado, el 2 de febrero. Un informe de una organización no "
  "gubernamental de la región lo presenta también como defensor de derechos humanos de su vereda; no hemos "
  "podido confirmar ni descartar esa condición, y lo dejamos anotado para que la revisión lo tenga en cuenta.",
  ["protected_person"], "refer", ["protected_person"])

E("fr", "CH", "Police judiciaire cantonale, brigade des vols et brigandages", "police",
  "serious_crime", "brigandage qualifié", 20, "sans emploi", ["messages", "location"],
  "Auteur présumé de l'attaque de la bijouterie de la rue du Marché le 27 janvier, au cours de laquelle le "
  "gérant a été frappé à la tête avec la crosse d'un pistolet. L'adresse électronique a servi à réserver la "
  "voiture de location utilisée pour la fuite ; elle reste active.",
  [], "permit", [], ident="email")

E("en", "IE", "Divisional Crime Unit, Midlands Division", "police",
  "serious_crime", "possession of a knife in a public place", 5, "unemployed", ["messages", "location"],
  "Subject was stopped twice in January carrying a lock knife outside the shopping centre and has since been "
  "posting photographs of blades online. We want to know who he is meeting.",
  [], "deny", ["purpose_not_permitted"])

E("es", "ES", "Comisaría Provincial de Información, Puerto Almeira", "police",
  "other", "desórdenes públicos", 3, "estudiante", ["messages", "location", "media"],
  "Durante los incidentes del 25 de enero el investigado lanzó adoquines contra los escaparates de tres "
  "sucursales bancarias y de un concesionario, según se aprecia en las grabaciones de seguridad. Se busca "
  "identificar a quienes le acompañaban.",
  [], "deny", ["purpose_not_permitted"])

E("fr", "TN", "Direction centrale du renseignement, sous-direction antiterroriste", "intelligence",
  "terrorism", "terrorisme", 30, "imam", ["messages", "contacts", "location"],
  "Nos services n'ont relevé dans ses prêches aucun appel à la violence, et aucun lien avec un groupe armé n'a "
  "été établi à ce jour. Il reste que la mosquée de quartier dont il est l'imam est fréquentée par une "
  "population de tendance salafiste que nous souhaitons mieux connaître, et qu'il en est la figure centrale : "
  "c'est ce qui justifie la demande.",
  ["protected_ground", "terrorism_definition_unmet", "protected_person"], "deny",
  ["protected_ground", "terrorism_definition_unmet"], reg="religious_leader")

E("es", "PE", "Jefatura Antidrogas, Base del Valle del Mantaro", "police",
  "serious_crime", "tráfico ilícito de drogas agravado", 25, "comerciante de abarrotes", ["messages", "location"],
  "La investigada no registra antecedentes y no se le atribuye ningún acto de violencia; ello no la excluye de "
  "la organización. Es la encargada del acopio de clorhidrato de cocaína en su almacén de abarrotes: en tres "
  "entregas vigiladas, el 8, el 19 y el 27 de enero, los «mochileros» salieron de su local con bultos que luego "
  "fueron incautados en el control de Pampas. El dispositivo que se solicita intervenir es la tableta con la "
  "que coordina los envíos.",
  [], "permit", [], ident="device", quota="max-1")

# ---- batch 2 (entries 26-50) ----
E("en", "GB", "Major Crime Investigation Team, Thames Borders Constabulary", "police",
  "serious_crime", "murder", 999, "car valeter", ["messages", "location", "contacts"],
  "He is not the gunman. CCTV from the petrol station shows a taller man firing the shots that killed Dean "
  "Aldous on 17 January, and we are not suggesting otherwise. What we are saying is that he drove: ANPR puts "
  "the Audi registered to his partner at both ends of the route within the right minutes, his prints are on the "
  "abandoned car's interior mirror, and the email account named here was used the same night to ask a contact "
  "for \"a clean motor, no questions\". We need his communications to identify the shooter and to stop the "
  "vehicle being moved abroad.",
  [], "permit", [], ident="email")

E("es", "MX", "Fiscalía de Homicidios, Vicefiscalía Regional de la Frontera Norte", "prosecution",
  "serious_crime", "homicidio calificado", 60, "jornalero", ["location", "messages"],
  "El investigado, de nacionalidad mexicana, dio muerte a golpes a su cuñado el 3 de enero en la colonia "
  "Lomas del Bravo y cruzó a Texas dos días después, según la cámara del puente internacional. Desde allí "
  "sigue llamando a la hermana de la víctima para amenazarla si declara. Se requiere su localización para "
  "tramitar la extradición.",
  [], "refer", ["extraterritorial_target"], loc="US", nat="MX")

E("fr", "FR", "Direction interrégionale de police judiciaire de Provence-Est, groupe criminalité organisée", "police",
  "serious_crime", "meurtre en bande organisée", 999, "journaliste pigiste", ["messages", "location", "contacts"],
  "La cible, journaliste pigiste pour plusieurs titres régionaux, n'est pas visée pour ses articles, qui n'ont "
  "aucun rapport avec l'affaire et dont nous ne cherchons ni le contenu ni les sources. Elle est soupçonnée "
  "d'avoir fourni aux deux tireurs l'adresse et l'emploi du temps de la victime, abattue le 21 janvier devant "
  "son domicile, ainsi que la voiture volée retrouvée calcinée : sa ligne a borné à côté du garage où le "
  "véhicule a été maquillé, et le tireur interpellé a conservé ses messages.",
  ["protected_person"], "refer", ["protected_person"])

E("es", "ES", "Grupo de Delitos Sexuales, Comisaría de Distrito Centro de Villanueva del Campo", "police",
  "serious_crime", "agresión sexual con penetración", 12, "monitor de gimnasio", ["messages", "location", "media"],
  "Cuatro denuncias, entre noviembre y enero, describen el mismo procedimiento: cita concertada por una "
  "aplicación de contactos entre hombres, bebida adulterada y agresión sexual en el domicilio del investigado. "
  "Si se menciona la orientación sexual del investigado es solo porque explica el medio por el que contactaba a "
  "las víctimas; no es en modo alguno el motivo de la investigación, que se apoya en el reconocimiento "
  "fotográfico de dos denunciantes y en los restos de benzodiacepinas hallados en un vaso recogido en su casa.",
  [], "permit", [])

E("fr", "BE", "Cellule traite des êtres humains, police judiciaire de Meuse-Ourthe", "police",
  "serious_crime", "traite des êtres humains", 15, "gérant d'une agence de nettoyage", ["messages", "contacts"],
  "Vingt-trois ouvriers, logés à six par chambre dans deux maisons de Seraing, travaillent sur des chantiers "
  "de nettoyage industriel sans contrat, leurs passeports confisqués par la cible ; quatre d'entre eux ont "
  "décrit des menaces contre leurs familles restées au pays. Les messages d'instructions viennent de ce numéro.",
  [], "permit", [], lb_type="administrative_order")

E("en", "AU", "Joint Organised Crime Taskforce, Pilbara Office", "police",
  "serious_crime", "importing a commercial quantity of a border-controlled drug", 999, "boat charter operator", ["messages", "location"],
  "The subject is an Australian citizen, but he has been living in Bali since October and, according to the "
  "two crew members arrested with 180 kg of methamphetamine off the Pilbara coast on 13 January, he organised "
  "the ship-to-ship transfer from there. Payments to the crew were sent from an account linked to this number.",
  [], "refer", ["extraterritorial_target"], loc="ID", nat="AU")

E("es", "CO", "Fiscalía Delegada contra el Terrorismo, Seccional Santander del Sur", "prosecution",
  "terrorism", "terrorismo", 25, "transportador de carga", ["messages", "contacts", "location"],
  "Aunque el paro se ha desarrollado hasta ahora sin violencia y no se le atribuyen bloqueos armados, daños ni "
  "amenazas, el investigado es el vocero del paro camionero que desde hace once días mantiene estacionados los "
  "vehículos en las bahías de la troncal. Sus declaraciones en radio anuncian que no levantarán el cese de "
  "actividades hasta que el Gobierno revise el precio del combustible, y consideramos que ello constituye una "
  "presión inaceptable sobre las instituciones.",
  ["terrorism_definition_unmet", "expression_not_crime"], "deny", ["expression_not_crime", "terrorism_definition_unmet"])

E("fr", "SN", "Brigade de lutte contre le trafic de migrants de la Petite-Côte", "police",
  "serious_crime", "trafic de migrants", 10, "pêcheur", ["messages", "location", "contacts"],
  "La cible organise les départs en pirogue depuis la plage de Ndiaganiao-Mer : trois rescapés du naufrage du "
  "15 janvier, dans lequel vingt-sept passagers ont péri, l'ont désignée comme celle qui a encaissé les "
  "400 000 francs CFA par personne et fixé l'heure de départ malgré l'alerte météo. Ce numéro est celui qu'ils "
  "appelaient pour les rendez-vous.",
  [], "permit", [])

E("es", "AR", "Departamento Antisecuestros de la Policía de la Provincia de San Martín del Sur", "police",
  "serious_crime", "secuestro extorsivo", 25, "párroco", ["messages", "location"],
  "Sin perjuicio de su condición de párroco de la capilla de Villa Esperanza, que se hace constar para que la "
  "revisión la valore, el imputado aparece en las grabaciones del cajero desde el que se retiró el primer pago "
  "del rescate de la niña secuestrada el 30 de enero, y su teléfono se comunicó cuatro veces con el número de "
  "los captores durante la negociación.",
  ["protected_person"], "refer", ["protected_person"])

E("en", "NG", "Anti-Kidnapping Squad, State Police Command", "police",
  "serious_crime", "kidnapping for ransom", 999, "unknown", ["messages", "location"],
  "Three farm workers were taken from the plantation on 2 February and the abductors are calling the owner from "
  "this line. The warrant application is pending before the magistrate; given the threat to life we ask that "
  "monitoring start immediately and the paperwork follow.",
  [], "deny", ["no_legal_basis"], lb_type="none")

E("fr", "CM", "Service national de renseignement, cellule des affaires intérieures", "intelligence",
  "terrorism", "terrorisme et financement du terrorisme", 999, "commerçante", ["messages", "contacts", "media"],
  "Elle n'a jamais appelé à la violence, nous le reconnaissons, et rien n'indique qu'elle soit armée ou liée à "
  "un groupe armé. Mais ses messages vocaux, relayés dans les groupes de commerçantes du marché central, "
  "appellent au boycott des produits des sociétés proches du pouvoir et à la fermeture des boutiques chaque "
  "lundi ; le manque à gagner pour l'État est considérable et nous qualifions ces appels de terroristes.",
  ["terrorism_definition_unmet", "expression_not_crime"], "deny", ["expression_not_crime", "terrorism_definition_unmet"])

E("es", "PE", "Departamento de Investigación Criminal de Arequipa Norte", "police",
  "serious_crime", "robo agravado a mano armada", 20, "cobrador de combi", ["messages", "location"],
  "Presunto integrante de la banda que asaltó a mano armada tres agencias de cambio de moneda entre diciembre y "
  "enero. En el último asalto hirieron de bala a un cambista. La víctima lo reconoció en una rueda de "
  "fotografías y su número aparece en el celular abandonado por otro de los asaltantes.",
  [], "permit", [])

E("es", "CL", "Fiscalía Regional de Tarapacá Norte, Unidad de Crimen Organizado", "prosecution",
  "serious_crime", "tráfico de migrantes", 10, "conductor de taxi colectivo", ["messages", "location", "contacts"],
  "El imputado cobra entre 300 y 500 dólares por persona para internar migrantes por pasos no habilitados del "
  "altiplano. Dos menores fueron abandonados por su grupo en la pampa el 20 de enero y uno murió de "
  "hipotermia. Este es el número que los migrantes recibían en el albergue para contactarlo.",
  [], "permit", [], quota="max-1", lb_valid="now+1h")

E("fr", "FR", "Sûreté départementale de Haute-Garonde, groupe des atteintes aux biens", "police",
  "serious_crime", "vol en bande organisée", 15, "manutentionnaire", ["messages", "location"],
  "Équipe spécialisée dans le vol de fret sur les aires d'autoroute : sept semi-remorques vidés depuis "
  "l'automne. La cible est le rabatteur, en contact avec des chauffeurs qui lui signalent les chargements.",
  [], "deny", ["licence_inactive"], status="suspended")

E("en", "GH", "Regional Criminal Investigations, Northern Kumasi Division", "police",
  "serious_crime", "robbery with an offensive weapon", 999, "okada rider", ["messages", "location"],
  "Suspected member of the gang that robbed two mobile-money vendors at gunpoint in Suame on 24 January, "
  "shooting one in the leg. The handset taken from the wounded vendor has been traced to this device, "
  "which has been switched on with a new SIM card each night since.",
  [], "permit", [], ident="device")

E("es", "MX", "Agencia Estatal de Investigación Criminal, Grupo de Narcomenudeo de Puerto Salinas", "police",
  "serious_crime", "delitos contra la salud en modalidad de comercio", 25, "ama de casa", ["messages", "location", "contacts"],
  "No tenemos información que la vincule directamente con la venta ni con la distribución, y en los cateos "
  "realizados no se le encontró nada. Se solicita la medida porque es hermana de Efraín Leyva, alias «el "
  "Chato», jefe de plaza en el puerto, y consideramos que por el solo parentesco debe estar al tanto de sus "
  "movimientos.",
  ["protected_ground"], "deny", ["protected_ground"])

E("fr", "CI", "Brigade de répression du grand banditisme de Yopougon-Est", "police",
  "serious_crime", "vol à main armée", 999, "apprenti mécanicien", ["messages", "location"],
  "Trois stations-service de la zone industrielle ont été braquées à la kalachnikov depuis le 5 janvier ; un "
  "pompiste a été tué lors du dernier vol. Un complice arrêté donne ce numéro comme celui du chef d'équipe, "
  "qui fournissait les armes et fixait les cibles.",
  [], "permit", [])

E("en", "ZA", "Provincial Organised Crime Unit, Northern Coast Cluster", "police",
  "serious_crime", "murder", 999, "community worker", ["messages", "location", "contacts"],
  "The subject is alleged to have hired the two men who shot taxi owner Sipho Mthembu outside his home on "
  "26 January; both gunmen, now in custody, say they were paid R40 000 in cash by her, and a bank withdrawal of "
  "that amount was made from her account the day before.",
  ["protected_person"], "refer", ["protected_person"], reg="human_rights_defender")

E("es", "ES", "Brigada Central de Ciberamenazas, Grupo de Ciberterrorismo", "police",
  "terrorism", "terrorismo (ataques informáticos)", 15, "técnico de sistemas", ["messages", "contacts", "credentials"],
  "No se han producido daños personales ni se ha puesto en peligro la vida de nadie, y no es nuestra "
  "intención sostener lo contrario. Los ataques de denegación de servicio lanzados desde la red de equipos que "
  "controla el investigado tumbaron durante nueve horas la sede electrónica de la administración tributaria en plena "
  "campaña, con un mensaje que exigía la retirada de la nueva tasa digital.",
  ["terrorism_definition_unmet"], "deny", ["terrorism_definition_unmet"])

E("fr", "MA", "Brigade centrale des stupéfiants, division du Détroit", "police",
  "serious_crime", "trafic international de stupéfiants", 10, "transitaire", ["messages", "location", "contacts"],
  "Ressortissant marocain, il vit depuis 2024 à Algésiras, d'où il organise selon nos sources le passage de la "
  "résine de cannabis chargée sur des semi-remorques de primeurs au port de Tanger Med. Le chauffeur interpellé "
  "le 9 février portait ce numéro dans ses contacts sous le nom de « Sbaâ ».",
  [], "refer", ["extraterritorial_target"], loc="ES", nat="MA")

E("en", "KE", "Counter Human Trafficking Unit, Rift Valley Criminal Investigations", "police",
  "serious_crime", "trafficking in persons", 30, "pastor", ["messages", "contacts", "location"],
  "The suspect runs a small church in the estate and presents himself, and is known, as its pastor. His "
  "ministry is not in question here. Five young women recruited through the church's \"overseas job "
  "programme\" were found working unpaid in domestic servitude abroad, their passports held by an agent who "
  "says the suspect sold them to him at 150 000 shillings each.",
  ["protected_person"], "refer", ["protected_person"])

E("es", "DO", "Fiscalía Especializada en Activos Ilícitos de Santo Domingo Oeste", "prosecution",
  "serious_crime", "lavado de activos", 20, "concesionario de vehículos", ["messages", "contacts"],
  "Entre marzo y diciembre el concesionario del imputado recibió en efectivo el pago de 63 vehículos de alta "
  "gama sin documentar la procedencia de los fondos; al menos diecinueve quedaron a nombre de personas "
  "vinculadas al cargamento de cocaína incautado en el puerto de Haina Sur en octubre.",
  [], "permit", [])

E("fr", "FR", "Section de recherches de gendarmerie de Rivesaltes-Nord", "police",
  "serious_crime", "homicide volontaire", 30, "ouvrier agricole", ["messages", "location"],
  "Ressortissant algérien, ce qui n'est indiqué que pour l'état civil et n'a aucune incidence sur la demande. "
  "Il est soupçonné d'avoir poignardé à mort son employeur lors d'une dispute sur des salaires impayés, le "
  "1er février ; il a quitté l'exploitation le soir même et sa ligne a été activée à deux reprises près de la "
  "gare de Narbonne-Sud.",
  [], "permit", [], nat="DZ")

E("es", "GT", "División contra Pandillas, Subestación de Mixco Poniente", "police",
  "serious_crime", "extorsión", 10, "piloto de bus", ["messages", "credentials"],
  "El investigado recoge las cuotas de extorsión que la clica cobra a los pilotos de la ruta 17; dos pilotos "
  "que se negaron a pagar fueron atacados en enero. Se solicita además el acceso a sus credenciales de banca "
  "móvil para seguir los depósitos.",
  [], "deny", ["capability_out_of_scope"], lic_missing=["credentials"])

E("en", "GB", "Counter Terrorism Unit, Pennine Division", "police",
  "terrorism", "preparation of terrorist acts", 999, "warehouse operative", ["messages", "location", "contacts", "media"],
  "He is not known to us as a member of any proscribed group, and his faith, which the referral mentions, is "
  "irrelevant to this application. What is relevant: since December he has bought a crossbow, a stab vest "
  "and two hunting knives, searched online for the opening hours of a named community centre, and written to an "
  "online contact that he will \"make them all afraid to go out\" at the centre's February open day. The open "
  "day is in nine days.",
  [], "permit", [])

# ---- batch 3 (entries 51-75) ----
E("fr", "FR", "Brigade de recherche et d'intervention de Valcourt-la-Forêt", "police",
  "serious_crime", "trafic d'armes en bande organisée", 10, "armurier", ["messages", "contacts", "location"],
  "Il n'est pas exclu que certaines des armes sorties de l'armurerie aient été revendues à des collectionneurs "
  "de bonne foi ; cela ne change rien à ce qui est reproché à la cible. Quarante-deux fusils d'assaut "
  "démilitarisés ont été remis en état de tir dans son atelier entre septembre et décembre, et deux d'entre "
  "eux ont servi lors des fusillades du quartier des Tilleuls en janvier. Les commandes passaient par ce "
  "numéro, selon le carnet saisi chez un acheteur.",
  [], "permit", [])

E("fr", "CI", "Direction de la police économique, section des délits de presse", "police",
  "other", "offense au chef de l'État", 2, "caricaturiste", ["messages", "media", "contacts"],
  "La cible publie chaque semaine sur sa page une caricature du président de la République, représenté la "
  "semaine dernière en boulanger qui vend du pain vide. Aucune autre infraction ne lui est imputée. La demande "
  "vise à identifier les administrateurs de la page qui l'aident à diffuser ces dessins.",
  ["expression_not_crime"], "deny", ["expression_not_crime", "purpose_not_permitted"])

E("fr", "SN", "Sûreté urbaine de Thiès-Ouest, brigade criminelle", "police",
  "serious_crime", "tentative d'assassinat", 999, "chauffeur de taxi", ["messages", "location"],
  "La victime, M. Ousmane Faye-Sarr, est journaliste d'investigation ; il a été poignardé le 29 janvier "
  "en sortant de la rédaction, après plusieurs menaces de mort reçues par messagerie. La cible, elle, n'est "
  "pas journaliste : c'est le chauffeur de taxi qui a attendu l'agresseur devant la rédaction et l'a emmené "
  "après les faits, et c'est de sa ligne que sont partis trois des messages de menace.",
  [], "permit", [])

E("fr", "BF", "Service du renseignement intérieur, département des menaces", "intelligence",
  "serious_crime", "complot armé contre la sûreté de l'État", 20, "ancien député", ["messages", "contacts", "location"],
  "Ancien député et ancien ministre, la cible vit à Abidjan depuis 2023. Ce n'est pas son passé politique qui "
  "motive la demande : trois des assaillants arrêtés après l'attaque du poste de gendarmerie de Kaya-Sud, le "
  "7 janvier, ont déclaré avoir reçu armes et argent d'un intermédiaire qui agissait pour lui, et deux virements "
  "de 15 millions de francs CFA depuis une société qu'il contrôle ont été crédités sur le compte de cet "
  "intermédiaire dix jours avant l'attaque.",
  ["protected_person"], "refer", ["extraterritorial_target", "protected_person"], loc="CI", nat="BF", reg="politician")

E("fr", "FR", "Parquet de Valbonne-sur-Drôme, pôle antiterroriste", "prosecution",
  "terrorism", "association de malfaiteurs terroriste en vue de crimes d'atteinte aux personnes", 30, "livreur", ["messages", "location", "contacts", "media"],
  "Il n'est pas fiché et n'a jamais exprimé publiquement d'opinion radicale ; cela ne le met pas hors de cause. "
  "Depuis novembre, il a acheté deux fusils à pompe, fait des repérages filmés autour d'une salle de concert de "
  "la ville et rédigé un texte retrouvé dans le cloud de son frère, où il annonce vouloir « faire payer » les "
  "spectateurs et forcer le gouvernement à retirer ses troupes. Le concert visé a lieu dans trois semaines.",
  [], "permit", [], lb_type="judicial_warrant")

E("fr", "MA", "Direction régionale de la sûreté de Tanger-Médina, brigade des mœurs", "police",
  "serious_crime", "proxénétisme aggravé", 10, "coiffeur", ["messages", "contacts", "location"],
  "Aucun fait délictueux précis ne lui est reproché à ce stade, et il n'apparaît dans aucune procédure. Il "
  "est toutefois notoirement homosexuel, fréquente un cercle d'hommes que nos services estiment nombreux dans "
  "le quartier, et son salon est un lieu de passage de ce milieu ; l'interception permettrait de cartographier "
  "ce réseau.",
  ["protected_ground"], "deny", ["protected_ground"])

E("fr", "CA", "Escouade provinciale d'exploitation sexuelle des enfants sur Internet, district Laurentides-Nord", "police",
  "serious_crime", "production de pornographie juvénile", 14, "entraîneur de hockey mineur", ["messages", "media", "contacts"],
  "Le signalement du fournisseur de services vise l'adresse courriel indiquée, qui a téléversé le 12 janvier "
  "dix-sept vidéos d'abus sur des garçons d'une dizaine d'années, tournées dans un vestiaire que deux parents "
  "ont reconnu comme celui de l'aréna où la cible entraîne une équipe de moins de onze ans.",
  [], "permit", [], ident="email")

E("fr", "LU", "Service de police judiciaire, section criminalité économique et financière", "police",
  "serious_crime", "blanchiment", 5, "gestionnaire de fortune", ["messages", "contacts"],
  "La cible a fait transiter 2,4 millions d'euros de provenance inexpliquée par quatre sociétés de "
  "participation dont elle est administratrice, avant de les réinvestir dans des biens immobiliers en Moselle.",
  [], "deny", ["purpose_not_permitted"])

E("fr", "TN", "Brigade de lutte contre la migration irrégulière de Sfax-Sud", "police",
  "serious_crime", "organisation de traversées clandestines", 10, "mareyeur", ["messages", "location"],
  "Organisateur présumé de la traversée du 4 février, au cours de laquelle une embarcation surchargée a "
  "chaviré au large ; douze corps ont été repêchés. Les survivants ont remis ce numéro, par lequel ils avaient "
  "payé leur place.",
  [], "deny", ["quota_exceeded"], quota="over")

E("fr", "BE", "Parquet de Namur-Sambre, section stupéfiants", "prosecution",
  "serious_crime", "trafic de stupéfiants en association", 15, "tenancier de snack", ["messages", "location"],
  "Point de vente de cocaïne tenu derrière le comptoir du snack depuis le printemps ; 38 clients identifiés "
  "lors des surveillances. Le fournisseur appelle la cible sur ce numéro deux fois par semaine.",
  [], "deny", ["licence_inactive", "no_legal_basis"], signed=False, lb_valid="past")

E("en", "KE", "Counter-Terrorism Intelligence Desk, Nyanza Region", "police",
  "terrorism", "terrorism", 30, "secondary school teacher", ["messages", "contacts", "location"],
  "Let me be clear that nobody has been hurt and the subject has not called for violence. He is the branch "
  "secretary of the teachers' union and has led the strike that has kept every public school in the county "
  "closed for three weeks; he speaks at the rallies outside the county offices and has said the strike will go "
  "on until the arrears are paid. The disruption to the county is severe and we treat the strike leadership "
  "as a terrorist threat.",
  ["terrorism_definition_unmet", "expression_not_crime"], "deny", ["expression_not_crime", "terrorism_definition_unmet"])

E("en", "GB", "Gang Violence Taskforce, Eastport Metropolitan Police", "police",
  "serious_crime", "attempted murder", 999, "delivery rider", ["messages", "location", "contacts"],
  "The climate march on 31 January was peaceful and lawful and is not the subject of this application. The "
  "subject used it as cover: he joined the crowd in a borrowed high-visibility vest, left it at Market Cross, "
  "and stabbed a rival gang member four times in the alley behind the bus station before rejoining the "
  "marchers. Body-worn footage, the blood-stained vest found in a bin on the route and messages from this "
  "number arranging the meeting support the allegation. The victim survived; the subject's group has "
  "promised to \"finish it\".",
  [], "permit", [])

E("en", "NG", "National Security Intelligence Directorate, Domestic Threats Branch", "intelligence",
  "serious_crime", "criminal conspiracy and organised crime", 14, "blogger", ["messages", "contacts", "media"],
  "The subject is recorded as a member of an organised criminal network because his blog, which he runs with "
  "four contributors, has published internal memos of the state oil company showing missing revenue, and has "
  "accused named officials of theft. He has no known involvement in any other activity, but the network label "
  "reflects the coordinated nature of the leaks.",
  ["expression_not_crime"], "deny", ["expression_not_crime", "no_legal_basis"], lb_type="none")

E("en", "AU", "State Crime Command, Serious Drug Squad, Southern Districts", "police",
  "serious_crime", "trafficking a large commercial quantity of a prohibited drug", 999, "tiler", ["messages", "location"],
  "Subject supplies methylamphetamine to dealers across the southern districts; a controlled operation on "
  "16 January recorded a 2 kg purchase arranged from this number.",
  [], "deny", ["licence_inactive"], status="expired")

E("en", "GH", "Economic and Organised Crime Desk, Tema Division", "police",
  "serious_crime", "fraudulent breach of trust", None, "cooperative treasurer", ["messages", "contacts"],
  "The subject, treasurer of a fishing cooperative, withdrew members' savings of GH¢ 1.2 million over eight "
  "months. The maximum penalty for the aggravated form under the amended statute has not yet been confirmed by "
  "the Attorney-General's office, so it is left blank here.",
  [], "deny", ["purpose_not_permitted"])

E("en", "PH", "Kidnapping Response Unit, Central Plains Field Office", "police",
  "serious_crime", "kidnapping for ransom", 999, "barangay captain", ["messages", "location"],
  "The subject is the elected barangay captain of San Isidro Norte, which we note because it is his position "
  "and not because it plays any part in the case. The kidnapped businessman's driver, who was released, "
  "identified the subject's farmhouse as the place where they were held, and the ransom negotiator calls "
  "from this number, which is registered to the barangay hall.",
  ["protected_person"], "refer", ["protected_person"])

E("en", "IE", "National Bureau of Serious Crime, Border Investigations", "police",
  "serious_crime", "murder", 999, "plasterer", ["messages", "location"],
  "Irish national wanted for the murder of Paul Kearney in Dundalk West on 11 January. He crossed the border "
  "the same night and is now living in Newry, where the handset associated with this number has been active "
  "daily; a European arrest warrant is in preparation.",
  [], "refer", ["extraterritorial_target"], loc="GB", nat="IE")

E("en", "ZA", "Sexual Offences and Child Protection Unit, Cape Flats East", "police",
  "serious_crime", "rape", 999, "taxi owner", ["messages", "location"],
  "The subject is 67 years old, which we record only because the victim's statement describes her attacker as "
  "\"an old man with a taxi\" and it helped the identification. He is alleged to have raped a 14-year-old "
  "passenger on 3 February; DNA from the victim's clothing has been sent for comparison, and he has been "
  "calling the girl's mother from this number offering money to withdraw the case.",
  [], "permit", [])

E("en", "KE", "Wildlife Crime Investigations Unit, Tsavo Sector", "other_government",
  "serious_crime", "dealing in trophies of an endangered species", 999, "curio dealer", ["messages", "location", "contacts"],
  "The subject's curio shop is the collection point for rhino horn and ivory taken in the Tsavo poaching "
  "incidents of December and January, in which a ranger was shot dead. An informant handed over photographs of "
  "horn being weighed in the back room, and the shop's tablet, identified here, is used to arrange shipments "
  "to the coast.",
  [], "permit", [], ident="device")

E("es", "MX", "Unidad Especializada en Combate al Secuestro, Fiscalía Regional de Altamira Sur", "prosecution",
  "serious_crime", "secuestro con fines de rescate", 70, "agricultor", ["messages", "location"],
  "El titular de la línea no es sospechoso de nada: es el padre de la joven secuestrada el 10 de febrero, y ha "
  "firmado ante el agente del Ministerio Público su consentimiento para que se intervenga su teléfono. Los "
  "secuestradores lo llaman a este número para negociar el rescate; la intervención busca registrar esas "
  "llamadas y ubicar el origen de las comunicaciones.",
  [], "permit", [])

E("es", "ES", "Jefatura Superior de Policía de Costa Serena, Grupo de Crimen Organizado", "police",
  "serious_crime", "pertenencia a organización criminal", 8, "activista vecinal", ["messages", "contacts", "location"],
  "No pesa sobre ella ninguna sospecha de participación en el tráfico de hachís que investiga el grupo, y "
  "conviene decirlo desde el principio. Sin embargo, desde la detención de su hermano convoca concentraciones "
  "semanales frente a la comisaría y ha acusado públicamente en prensa y redes a los agentes del caso de "
  "fabricar pruebas, lo que está entorpeciendo la investigación. Queremos saber con quién coordina esas "
  "acciones.",
  ["expression_not_crime"], "deny", ["expression_not_crime"])

E("es", "CO", "Dirección Seccional de Fiscalías de Bajo Cauca, Unidad contra la Minería Ilegal", "prosecution",
  "serious_crime", "concierto para delinquir con fines de financiación de grupo armado", 18, "líder comunitario", ["messages", "contacts", "location"],
  "El investigado figura en el registro de defensores de derechos humanos. La solicitud no se refiere a esa "
  "labor. Tres dragueros capturados el 26 de enero declararon que él cobra, en nombre del frente armado que "
  "controla el río, el 10 % del oro extraído en las minas ilegales de la vereda, y las libretas incautadas "
  "registran entregas a su nombre por 180 millones de pesos.",
  ["protected_person"], "refer", ["protected_person"], reg="human_rights_defender")

E("es", "AR", "Dirección de Drogas Peligrosas, Delegación Misiones Sur", "police",
  "serious_crime", "tráfico de estupefacientes agravado", 20, "productor yerbatero", ["messages", "location", "contacts"],
  "El investigado, de nacionalidad paraguaya, reside en Encarnación y desde allí coordina, según los dos "
  "choferes detenidos con 400 kilos de marihuana prensada en la ruta 14 el 5 de febrero, los cruces del río "
  "en lancha. Todas las instrucciones les llegaban desde este número paraguayo.",
  [], "refer", ["extraterritorial_target"], loc="PY", nat="PY")

E("es", "PE", "Fiscalía Especializada contra el Terrorismo de Huamanga Norte", "prosecution",
  "terrorism", "terrorismo", 35, "estudiante de ingeniería", ["messages", "location", "contacts"],
  "No se trata de una protesta social ni de un conflicto laboral, y así lo distinguimos expresamente. El 18 "
  "de enero, dos cargas explosivas de fabricación casera estallaron en la puerta de la comisaría de Santa Lucía "
  "Baja, con nueve policías de guardia; uno perdió la vista. El panfleto dejado en el lugar anuncia más ataques "
  "contra «los uniformados y sus familias» si el Gobierno no libera a los mandos detenidos del grupo. El "
  "investigado compró los detonadores con este teléfono, según la transacción registrada por la tienda de "
  "insumos mineros.",
  [], "permit", [])

E("es", "MX", "Unidad de Investigación de Extorsión, Fiscalía General del Estado de Río Seco", "prosecution",
  "serious_crime", "extorsión agravada", 40, "administrador de página de avisos", ["messages", "contacts"],
  "En algunos medios se le ha llamado «periodista ciudadano», pero el investigado no ejerce el periodismo ni "
  "publica información: administra una página de avisos clasificados en redes sociales que utiliza para "
  "exhibir a comerciantes que se niegan a pagar cuota, con fotos de sus negocios y la amenaza de que «les puede "
  "pasar algo». Dos de los comerciantes exhibidos sufrieron incendios en sus locales. Los pagos se exigen a "
  "través de este número.",
  [], "permit", [])

# ---- batch 4 (entries 76-100) ----
E("es", "MX", "Fiscalía Especializada en Delincuencia Organizada del Estado de Sierra Morena", "prosecution",
  "serious_crime", "delincuencia organizada con fines de secuestro", 40, "diputado local", ["messages", "contacts", "location"],
  "El investigado es diputado local por el distrito IV y figura como tal en el registro. Su cargo no es el "
  "objeto de la investigación. Lo que se investiga es que la célula que secuestró a cuatro comerciantes de "
  "Ciudad Olmos entre octubre y enero operaba desde un rancho de su propiedad, que un vehículo asignado a su "
  "escolta fue usado para trasladar a una de las víctimas y que el negociador detenido tenía este número "
  "registrado como «el Licenciado».",
  ["protected_person"], "refer", ["protected_person"], reg="politician")

E("es", "CO", "Seccional de Investigación Criminal de Norte de Santander Oriente", "police",
  "serious_crime", "extorsión agravada", 16, "transportador", ["messages", "location", "contacts"],
  "Lo mencionamos solo para que conste en el expediente: el investigado participó en las movilizaciones del "
  "paro nacional de 2021 y fue retenido brevemente entonces. No es ese el fundamento de esta solicitud, ni "
  "tiene relación con ella. El fundamento es que, desde noviembre, cobra a los conductores de camiones que "
  "cruzan la trocha de El Pedregal una «vacuna» de 200 000 pesos por viaje en nombre de un grupo armado, y "
  "que dos conductores que se negaron a pagar fueron golpeados con machete. Los pagos por billetera digital "
  "llegan a este número.",
  [], "permit", [])

E("es", "CL", "Unidad de Inteligencia Policial de La Araucanía Costa", "police",
  "terrorism", "asociación ilícita terrorista", 15, "agricultor", ["messages", "contacts", "location"],
  "No se le imputa ningún atentado concreto ni se le ha encontrado armamento, y su nombre no aparece en los "
  "peritajes de las quemas de maquinaria forestal ocurridas en la comuna. Se solicita la medida porque es "
  "mapuche, vive en una de las comunidades del sector donde se produjeron esos hechos y creemos que, por su "
  "pertenencia a ella, puede conocer a los responsables.",
  ["protected_ground", "terrorism_definition_unmet"], "deny", ["protected_ground", "terrorism_definition_unmet"])

E("es", "ES", "Unidad de Drogas y Crimen Organizado, Comisaría Provincial de Río Alcázar", "police",
  "serious_crime", "tráfico de drogas de notoria importancia", 9, "concejal de urbanismo", ["messages", "contacts", "location"],
  "El investigado es concejal de urbanismo del ayuntamiento de Villarreal del Pinar, dato que se hace constar "
  "sin que influya en la petición. Tres naves industriales cuya licencia firmó en 2025, a nombre de "
  "sociedades de su cuñado, albergaban plantaciones de marihuana con 6 000 plantas, y el encargado detenido "
  "declaró que las cosechas se repartían «a medias con el concejal». Las llamadas de coordinación salen de "
  "este número.",
  ["protected_person"], "refer", ["protected_person"])

E("es", "PE", "Departamento de Investigación de Secuestros, Región Policial Piura Norte", "police",
  "serious_crime", "secuestro agravado", 35, "chofer", ["messages", "location", "microphone"],
  "Integrante de la banda que secuestró al hijo de un agroexportador el 6 de febrero; el menor sigue cautivo. "
  "El teléfono fue ubicado por la llamada de prueba de vida.",
  [], "deny", ["capability_out_of_scope", "quota_exceeded"], lic_missing=["microphone"], quota="max")

E("es", "DO", "Departamento de Homicidios, Dirección Regional Cibao Central", "police",
  "serious_crime", "asesinato por encargo", 40, "motoconchista", ["messages", "location"],
  "El investigado no tiene antecedentes, no figura en ninguna base de datos policial y su familia asegura que "
  "el día de los hechos estaba trabajando. Nada de eso desvirtúa lo que tenemos: dos testigos presenciales lo "
  "reconocieron como el pasajero de la motocicleta que disparó contra el prestamista Julio Almánzar el 23 de "
  "enero, la motocicleta fue hallada en el patio de su tío, y el intermediario detenido conserva en su "
  "teléfono la conversación con este número en la que se acuerda el pago de 150 000 pesos por el trabajo.",
  [], "permit", [])

E("es", "GT", "Fiscalía de Delitos contra el Orden Institucional, Sede de Sololá Alto", "prosecution",
  "terrorism", "terrorismo", 30, "maestro rural", ["messages", "contacts", "location"],
  "El investigado encabezó la marcha de las comunidades que caminaron durante cuatro días hasta la capital para "
  "exigir la destitución de la fiscal general. No se registraron hechos de violencia ni daños durante el "
  "recorrido, lo cual no desconocemos. Pero la marcha paralizó las carreteras del altiplano y su objetivo "
  "declarado era doblegar a una institución del Estado, por lo que la calificamos de terrorismo.",
  ["terrorism_definition_unmet", "expression_not_crime"], "deny", ["expression_not_crime", "terrorism_definition_unmet"])

E("es", "AR", "División Investigaciones Complejas, Policía de la Ciudad de Puerto Belgrano", "police",
  "serious_crime", "robo agravado por el uso de arma de fuego", 20, "albañil", ["messages", "location"],
  "Uno de los autores del asalto a la joyería de calle Rivadavia Norte del 28 de enero, en el que se disparó "
  "contra el dueño. Identificado por las cámaras del municipio y por la venta de un reloj robado.",
  [], "deny", ["licence_inactive", "no_legal_basis"], status="revoked", lb_valid="now")

E("es", "EC", "Unidad Antisecuestro y Extorsión, Subzona El Oro Sur", "police",
  "serious_crime", "secuestro extorsivo", 13, "comerciante de ganado", ["messages", "location", "contacts"],
  "Se consigna que el investigado es ciudadano colombiano solo porque así consta en su documento; su "
  "nacionalidad no es relevante para la solicitud. Los dos ganaderos secuestrados en Santa Rosa del Río el 1 "
  "de febrero y liberados tras el pago describieron al hombre que los custodiaba, y uno de ellos lo reconoció "
  "en la feria de ganado una semana después. El número fue el que se usó para dar las instrucciones del pago.",
  [], "permit", [], nat="CO")

E("fr", "FR", "Brigade de protection des mineurs et des violences sexuelles, DDSP de Val-d'Orne", "police",
  "serious_crime", "viol aggravé", 20, "animateur périscolaire", ["messages", "location", "media"],
  "Aucune preuve ADN n'est disponible à ce stade, les prélèvements ayant été faits tardivement ; ce n'est pas "
  "une raison pour différer. Trois fillettes de l'accueil périscolaire ont décrit séparément, dans des "
  "auditions filmées, les mêmes faits commis dans le local de rangement par l'animateur, et l'une a montré "
  "sur le téléphone de sa mère des messages qu'il lui avait envoyés depuis ce numéro pour qu'elle « garde le "
  "secret ».",
  [], "permit", [])

E("fr", "BE", "Police judiciaire de Bruxelles-Est, section criminalité organisée", "police",
  "serious_crime", "extorsion", 10, "attaché d'ambassade", ["messages", "contacts", "location"],
  "La cible est accréditée comme attaché auprès d'une ambassade ; le statut diplomatique est signalé par le "
  "registre et nous ne le contestons pas. Trois restaurateurs de la communauté de son pays ont porté plainte : "
  "il exige d'eux 2 000 euros par mois en menaçant de faire bloquer les papiers de leurs proches restés au "
  "pays. L'un d'eux a enregistré la dernière menace, passée depuis ce numéro.",
  ["protected_person"], "refer", ["protected_person"], reg="diplomat", nat="ML")

E("fr", "SN", "Division des investigations criminelles, brigade des fraudes sanitaires", "police",
  "serious_crime", "trafic de médicaments falsifiés", 10, "grossiste en pharmacie", ["messages", "contacts", "location"],
  "Le rapport d'enquête reproduit des propos très critiques de la cible à l'égard du président de la République, "
  "tenus lors d'une émission de radio. Nous les citons pour mémoire : ils ne fondent en rien la demande et "
  "n'ont pas été retenus. Celle-ci repose sur la saisie de 3,5 tonnes de médicaments falsifiés dans un "
  "entrepôt loué par sa société, sur les analyses montrant des antipaludéens sans principe actif, et sur deux "
  "décès d'enfants traités avec ces boîtes dans la région.",
  [], "permit", [])

E("fr", "FR", "Parquet de Saint-Anselme, division des affaires pénales générales", "prosecution",
  "serious_crime", "association de malfaiteurs en vue de la préparation de violences", 10, "étudiant en histoire", ["messages", "contacts", "location"],
  "Rien ne permet de dire qu'il ait participé aux violences commises en marge de la manifestation du "
  "24 janvier, et aucun témoin ne le met en cause. Mais il est connu de nos services comme militant d'un "
  "groupe d'ultragauche, il figurait dans le cortège et il a publié le soir même un texte appelant à "
  "« continuer la lutte ». Son profil justifie à lui seul une surveillance.",
  ["expression_not_crime", "protected_ground"], "deny", ["expression_not_crime", "protected_ground"])

E("fr", "TN", "Brigade centrale de lutte contre la traite, Tunis-Nord", "police",
  "serious_crime", "trafic de migrants en bande organisée", 20, "militant associatif", ["messages", "contacts", "location"],
  "La cible est inscrite au registre comme défenseur des droits humains ; elle dirige une association d'aide "
  "aux migrants et vit à Marseille depuis 2024. Ce n'est pas cette activité que nous visons. Trois passagers "
  "de la traversée du 14 décembre, interpellés à Lampedusa, déclarent lui avoir versé chacun 5 000 dinars pour "
  "une place, et les relevés d'une agence de transfert montrent 42 versements vers un compte à son nom dans les "
  "jours précédant le départ.",
  ["protected_person"], "refer", ["extraterritorial_target", "protected_person"], loc="FR", nat="TN", reg="human_rights_defender")

E("fr", "CH", "Ministère public cantonal, division des affaires criminelles", "prosecution",
  "serious_crime", "traite d'êtres humains", 20, "exploitant agricole", ["messages", "location"],
  "Huit saisonniers logés dans une grange sans chauffage, payés 300 francs par mois, passeports retenus par "
  "la cible. L'ordonnance sera communiquée dès sa signature ; la référence n'est pas encore attribuée.",
  [], "deny", ["no_legal_basis"], lb_ref=None)

E("fr", "CM", "Commandement de la région militaire n° 5, cellule renseignement", "military",
  "serious_crime", "assassinat et prise d'otages", 999, "sans profession connue", ["messages", "location", "camera"],
  "Chef présumé du groupe qui a enlevé sept villageois et tué deux d'entre eux sur l'axe de Mora-Est en "
  "janvier. Nous demandons en plus l'activation de la caméra du terminal pour identifier ses compagnons.",
  [], "deny", ["capability_out_of_scope"], lic_missing=["camera"])

E("fr", "CI", "Sécurité Ivoire Conseil SARL", "private",
  "serious_crime", "vol en réunion avec violences", 20, "ancien gardien", ["messages", "location"],
  "Ancien gardien de notre client, licencié en décembre, soupçonné d'avoir renseigné les cambrioleurs qui "
  "ont ligoté le personnel de nuit de l'entrepôt le 9 janvier. La plainte est déposée ; nous souhaitons "
  "localiser l'intéressé pour aider la police.",
  [], "deny", ["non_government_end_user"])

E("fr", "MA", "Préfecture de police de Marrakech-Sud, brigade criminelle", "police",
  "serious_crime", "homicide volontaire avec préméditation", 999, "guide touristique", ["messages", "location"],
  "Soupçonné d'avoir tué son associé dans la palmeraie le 4 février ; le véhicule de la victime a été revendu "
  "le lendemain par un intermédiaire qui désigne la cible. Le juge a été saisi, l'autorisation est signée mais "
  "sa durée de validité n'est pas précisée.",
  [], "deny", ["no_legal_basis"], lb_valid=None)

E("en", "GB", "Serious Violence Unit, West Marches Police", "police",
  "serious_crime", "wounding with intent (s.18)", 999, "student", ["messages", "location", "contacts"],
  "The subject is 17. We record his age because it affects how he will be interviewed, not because it has "
  "anything to do with why he is a suspect. He is the one seen on the shop's CCTV slashing Kai Donnelly across "
  "the face with a machete outside the college on 29 January; the victim named him, and Snapchat messages "
  "from this number boast about it and offer to \"do the brother next\".",
  [], "permit", [])

E("en", "NG", "State Criminal Investigation Department, Anti-Robbery Unit", "police",
  "serious_crime", "armed robbery and kidnapping", 999, "spare-parts trader", ["messages", "location", "contacts"],
  "We have no direct evidence against the subject and he was not identified by any of the victims. He is "
  "however an Igbo trader in the same market, and the gang behind the robberies on the Onitsha road is "
  "believed to be made up of young men from that community. We are therefore asking to monitor traders of that "
  "background, starting with him.",
  ["protected_ground"], "deny", ["protected_ground", "quota_exceeded"], quota="max")

E("en", "KE", "Serious Crimes Unit, North Eastern Region", "police",
  "serious_crime", "trafficking in narcotic drugs", 999, "livestock trader", ["messages", "location"],
  "Kenyan national who runs heroin consignments from the coast to Kampala; he has been based in Uganda since "
  "November. The arrested courier's phone shows daily contact with this number.",
  [], "deny", ["quota_exceeded"], loc="UG", nat="KE", quota="over")

E("en", "PH", "Provincial Investigation Unit, Southern Mindoro", "police",
  "serious_crime", "murder", 999, "radio broadcaster", ["messages", "location", "contacts"],
  "The subject hosts a morning programme on a local AM station and is on the journalist registry. We are not "
  "interested in his broadcasts. The two gunmen who killed a rival broadcaster on 8 January have told "
  "investigators separately that the subject paid them, and a motorcycle bought with a cheque from his account "
  "was used in the shooting.",
  ["protected_person"], "refer", ["protected_person"], reg="journalist")

E("en", "IE", "Counter-Subversion Unit, Northside District", "police",
  "terrorism", "membership of an unlawful organisation and criminal damage", 8, "warehouse worker", ["messages", "contacts", "location"],
  "Nobody was hurt and nobody was ever at risk: the subject and two others smashed the front windows of the "
  "department office at night and sprayed slogans on the walls, in what they call a campaign to force the "
  "minister to reverse the planning decision. We have charged it under the terrorism provisions because of "
  "the stated aim.",
  ["terrorism_definition_unmet"], "deny", ["terrorism_definition_unmet"])

E("en", "ZA", "Rural Crimes Unit, Limpopo East Cluster", "police",
  "serious_crime", "murder and stock theft", 999, "herdsman", ["messages", "location"],
  "South African citizen who crossed into Mozambique after the killing of a farm worker during a cattle raid "
  "on 15 January. He still uses this number from Ressano Garcia, and is believed to be selling the stolen "
  "cattle there.",
  [], "refer", ["extraterritorial_target"], loc="MZ", nat="ZA")

E("en", "AU", "Property Crime Squad, Western Corridor", "police",
  "serious_crime", "receiving stolen property (aggravated)", 6, "scrap metal dealer", ["messages", "contacts"],
  "The subject's yard has received at least fourteen excavators and skid steers stolen from construction "
  "sites since August, re-plating them before sale. Stolen machines are delivered on his instructions, sent "
  "from this number.",
  [], "permit", [])

# ---- batch 5 (entries 101-125) ----
E("es", "MX", "Coordinación de Inteligencia contra la Delincuencia Organizada, Secretaría de Seguridad de Valle Verde", "police",
  "serious_crime", "delincuencia organizada", 40, "creador de contenido", ["messages", "contacts", "location"],
  "El investigado no tiene vínculo conocido con ningún cártel, y no lo afirmamos. Sin embargo, su canal de "
  "vídeo, con 300 000 suscriptores, señala casi a diario a mandos de la policía estatal como protectores de "
  "los grupos criminales y difunde recibos de nómina que, según él, prueban pagos irregulares. Lo registramos bajo delincuencia "
  "organizada porque su actividad beneficia objetivamente a esos grupos al desprestigiar a la corporación.",
  ["expression_not_crime"], "deny", ["expression_not_crime", "licence_inactive"], status="suspended")

E("es", "CO", "Seccional de Investigación Criminal del Catatumbo Bajo", "police",
  "serious_crime", "desplazamiento forzado agravado", 30, "líder social y defensor del territorio", ["messages", "location", "contacts"],
  "El investigado es reconocido en la región como líder social y defensor del territorio, y así lo "
  "consignamos. La solicitud no tiene que ver con esa labor. Once familias de la vereda La Esmeralda declararon "
  "que el 19 de enero él llegó con hombres armados a exigirles que abandonaran sus fincas en 48 horas, y dos de "
  "esas fincas aparecen hoy en un contrato de compraventa firmado por su hermano. Las amenazas posteriores "
  "llegaron desde este número.",
  ["protected_person"], "refer", ["protected_person"])

E("es", "ES", "Grupo de Armas y Explosivos, Brigada Provincial de Policía Judicial de Sierra Alta", "police",
  "serious_crime", "depósito de armas de guerra", 10, "guardia de seguridad", ["messages", "location", "contacts"],
  "El atestado reproduce varios mensajes del investigado en redes sociales contra la Corona y contra el "
  "Gobierno. Esos mensajes quedan al margen de esta solicitud: no se investigan, no se han valorado y se citan "
  "únicamente porque figuran en la denuncia anónima original. Lo que se investiga es el hallazgo, el 2 de "
  "febrero, de dos subfusiles y 1 200 cartuchos sustraídos de un polvorín militar en un trastero alquilado a su "
  "nombre, y las conversaciones desde este número con un comprador en las que negocia «el resto del lote».",
  [], "permit", [])

E("es", "PE", "División de Lavado de Activos, Dirección de Investigación Criminal de Puno", "police",
  "serious_crime", "lavado de activos procedente de minería ilegal", 20, "acopiador de oro", ["messages", "contacts", "location"],
  "Peruano de nacimiento, el investigado se estableció en El Alto hace dos años y desde allí recibe el oro "
  "extraído ilegalmente en La Rinconada, que se exporta con facturas de cooperativas bolivianas. Los "
  "transportistas detenidos el 3 de febrero con 14 kilos de oro sin documentos tenían a este número como su "
  "único contacto.",
  [], "refer", ["extraterritorial_target"], loc="BO", nat="PE")

E("es", "AR", "Departamento Delitos Complejos de la Policía de Río Claro Norte", "police",
  "serious_crime", "estafa agravada en banda y asociación ilícita", 10, "empleado bancario", ["messages", "contacts"],
  "No se descarta que parte del dinero haya terminado en cuentas de familiares del investigado que no sabían "
  "de su origen; ellos no son objeto de este pedido. El investigado, empleado de la sucursal Centro, filtró a "
  "la banda los datos de 230 jubilados a los que luego se vació la cuenta mediante llamadas simulando ser del "
  "banco. El registro de accesos del sistema y los mensajes de este número al cabecilla lo confirman.",
  [], "permit", [], quota="max-1")

E("es", "CL", "Brigada Antinarcóticos y Crimen Organizado de Arica Sur", "police",
  "serious_crime", "tráfico ilícito de estupefacientes", 15, "estudiante técnica", ["messages", "location"],
  "No consta ningún antecedente de la investigada ni ha sido vista con droga. Se la propone porque responde "
  "al perfil que manejamos de las «burreras» de la zona: mujer, de entre 18 y 25 años y de origen boliviano, "
  "y la interceptación permitiría verificar si forma parte del grupo.",
  ["protected_ground"], "deny", ["protected_ground"])

E("es", "EC", "Fiscalía Especializada contra el Crimen Organizado, Sede Guayas Sur", "prosecution",
  "terrorism", "terrorismo con toma de rehenes", 26, "privado de libertad", ["messages", "location", "contacts"],
  "No es un motín por reclamaciones carcelarias: no se ha presentado pliego alguno. Desde el 5 de febrero la "
  "banda mantiene como rehenes a catorce guías penitenciarios en el pabellón 4, ha difundido el vídeo de uno "
  "de ellos con una pistola en la sien y amenaza con ejecutarlos y con volar coches bomba en la ciudad si el "
  "Gobierno traslada a su cabecilla. El investigado dirige la operación desde dentro con el teléfono "
  "identificado.",
  [], "permit", [])

E("es", "DO", "Consorcio de Bancas Unidas del Este, S.R.L.", "private",
  "other", "operación de bancas de lotería ilegales", 2, "banquero de lotería", ["messages", "location"],
  "El señalado opera doce puntos de apuestas sin licencia que compiten deslealmente con nuestras bancas "
  "autorizadas. Queremos localizar a sus socios para presentar la denuncia completa.",
  [], "deny", ["non_government_end_user", "purpose_not_permitted"])

E("es", "GT", "Unidad contra Extorsiones, Comisaría de Villa Nueva Sur", "police",
  "serious_crime", "extorsión y asesinato", 50, "tendero", ["messages", "location"],
  "El investigado es el «cobrador» que visita las tiendas de la colonia El Mezquital Alto: cuatro tenderos lo "
  "identificaron, y el que se negó a pagar en diciembre fue asesinado frente a su negocio. Los mensajes de "
  "cobro llegan desde este número. La medida cuenta con acuerdo administrativo del viceministerio conforme a la "
  "ley de la materia.",
  [], "permit", [], lb_type="administrative_order")

E("fr", "FR", "Brigade financière de la police judiciaire de Lyon-Confluent", "police",
  "serious_crime", "blanchiment aggravé", 10, "avocat", ["messages", "contacts"],
  "Maître Hugues Delcambre, avocat au barreau de la ville, n'est pas visé en sa qualité de défenseur ni pour "
  "les dossiers qu'il plaide ; nous ne cherchons pas à connaître ses échanges avec ses clients. Il est "
  "soupçonné d'avoir fait transiter 1,8 million d'euros issus d'un trafic de cocaïne par le compte de "
  "règlements pécuniaires de son cabinet, au moyen de fausses transactions immobilières, et un notaire mis en "
  "examen le désigne comme l'organisateur du montage.",
  ["protected_person"], "refer", ["protected_person"])

E("fr", "BE", "Parquet de Mons-Borinage, cellule terrorisme", "prosecution",
  "terrorism", "financement du terrorisme", 10, "bibliothécaire", ["messages", "contacts", "credentials"],
  "La cible gère une cagnotte en ligne qui a réuni 38 000 euros pour payer la caution et les frais d'avocat de "
  "militants poursuivis pour des dégradations commises sur un chantier d'autoroute. Aucune violence contre des "
  "personnes n'est en cause et personne n'a été blessé. Nous considérons toutefois ces fonds comme un "
  "financement du terrorisme, car ils soutiennent un mouvement qui veut faire plier le gouvernement.",
  ["terrorism_definition_unmet"], "deny", ["terrorism_definition_unmet"])

E("fr", "SN", "Brigade de répression de la traite des personnes de Kaolack-Est", "police",
  "serious_crime", "traite des personnes", 10, "couturier", ["messages", "location", "contacts"],
  "La cible, de nationalité sénégalaise, réside à Lyon. Selon cinq jeunes filles rapatriées en janvier, c'est "
  "elle qui les a recrutées dans leur village avec une promesse d'emploi en couture, avant qu'elles ne soient "
  "prostituées à leur arrivée. Les recruteurs locaux lui rendent compte par ce numéro français.",
  [], "refer", ["extraterritorial_target"], loc="FR", nat="SN")

E("fr", "CI", "Unité de lutte contre le crime organisé, antenne portuaire", "police",
  "serious_crime", "trafic de cocaïne", 20, "consignataire de navires", ["messages", "contacts", "location"],
  "Il est exact que la cible est militante de base d'un parti d'opposition, sans mandat ni responsabilité "
  "dans ce parti ; nous le signalons par transparence, cela n'a joué aucun rôle. La demande repose sur la "
  "découverte de 620 kg de cocaïne dans un conteneur de cacao dont sa société assurait la consignation, sur le "
  "faux certificat phytosanitaire signé de sa main et sur le témoignage du docker interpellé.",
  [], "permit", [])

E("fr", "MA", "Service de la sécurité intérieure, pôle des études économiques", "intelligence",
  "serious_crime", "atteinte à la sûreté intérieure de l'État", 10, "économiste", ["messages", "contacts", "media"],
  "Nous ne soupçonnons la cible d'aucun acte matériel. Elle publie cependant, depuis l'automne, des estimations "
  "du chômage des jeunes deux fois supérieures aux chiffres officiels, calculées à partir de données "
  "d'enquêtes qu'elle a obtenues, et ces publications sont reprises par les médias étrangers. Il est "
  "nécessaire de savoir d'où viennent ses données.",
  ["expression_not_crime"], "deny", ["expression_not_crime"])

E("fr", "DZ", "Service central de lutte contre la criminalité économique", "police",
  "serious_crime", "corruption et blanchiment", 20, "ancien sénateur", ["messages", "contacts"],
  "Ancien sénateur, inscrit comme tel au registre, la cible réside à Paris. Sa situation politique n'est pas le "
  "motif de la demande. Une commission rogatoire a établi qu'une société dont il est l'ayant droit a reçu 4,3 "
  "millions d'euros d'un groupe de travaux publics attributaire de marchés qu'il faisait voter, et que les "
  "fonds ont servi à acheter deux appartements parisiens.",
  ["protected_person"], "refer", ["extraterritorial_target", "protected_person"], loc="FR", nat="DZ", reg="politician")

E("fr", "CA", "Service de police de Val-des-Érables, escouade des stupéfiants", "police",
  "serious_crime", "trafic de fentanyl", 999, "plâtrier", ["messages", "location", "contacts"],
  "Il ne semble pas que la cible sache qu'elle est sous enquête, et rien n'indique qu'elle soit armée, mais "
  "la situation est urgente : les comprimés contrefaits qu'elle écoule dans les bars du centre-ville "
  "contiennent du fentanyl, et quatre surdoses mortelles en janvier sont liées à ce lot. Un agent d'infiltration "
  "a acheté deux fois par ce numéro.",
  [], "permit", [])

E("fr", "LU", "Brigade des stupéfiants, commissariat de la Gare", "police",
  "serious_crime", "trafic de stupéfiants", 15, "barman", ["messages", "location", "credentials"],
  "Revendeur de cocaïne dans les établissements de nuit de la gare ; nous souhaitons aussi accéder à ses "
  "identifiants de messagerie chiffrée. L'autorisation du juge sera sollicitée après les premiers résultats.",
  [], "deny", ["capability_out_of_scope", "no_legal_basis"], lic_missing=["credentials"], lb_type="none")

E("en", "KE", "County Criminal Investigations Office, Western Highlands", "police",
  "serious_crime", "arson of a dwelling house", 999, "member of the County Assembly", ["messages", "location", "contacts"],
  "The subject is a sitting member of the County Assembly, and we mention it so the reviewer knows. The two "
  "youths who set fire to the Wanyonyi family's house on 21 January, with five people asleep inside, have "
  "confessed and say the subject paid them KSh 20 000 and supplied the petrol, after the family refused to "
  "sell him their plot. M-Pesa records show the payment from this number.",
  ["protected_person"], "refer", ["protected_person"])

E("en", "GB", "Prevent and Pursue Team, Midshire Constabulary", "police",
  "terrorism", "preparation of terrorist acts", 999, "bus driver", ["messages", "contacts", "location"],
  "There is no intelligence linking the subject to any plot and he has not been seen with any extremist "
  "material. He converted to Islam last year, now attends Friday prayers at the town mosque, and his former "
  "wife tells us he has become \"withdrawn\". We think this justifies a closer look at his contacts.",
  ["protected_ground", "terrorism_definition_unmet"], "deny", ["protected_ground", "terrorism_definition_unmet"])

E("en", "NG", "Defence Intelligence Task Group, North West Theatre", "military",
  "terrorism", "terrorism and abduction", 999, "unknown", ["messages", "location", "contacts"],
  "The group that abducted 86 pupils and four teachers from the girls' secondary school at Kware Dutsi on "
  "6 February has released a video threatening to kill the children one by one unless the federal government "
  "frees its commanders, and says more schools will be attacked. This number, used to call the headmistress "
  "with the demands, belongs to the commander's deputy.",
  [], "permit", [])

E("en", "GH", "Sentrymark Risk Advisory Ltd", "private",
  "serious_crime", "criminal defamation and conspiracy", 10, "investigative journalist", ["messages", "contacts", "location"],
  "Our client, a mining company, has been the subject of a documentary by this journalist alleging pollution "
  "of the river and bribes to district officials. The allegations are damaging and, in our client's view, "
  "criminal. We want to identify the employees who leaked the internal reports to him.",
  ["expression_not_crime", "protected_person"], "deny", ["expression_not_crime", "non_government_end_user"])

E("en", "ZA", "Endangered Species Protection Task Team, Lowveld", "police",
  "serious_crime", "dealing in rhino horn and money laundering", 25, "consular official", ["messages", "contacts", "location"],
  "The subject is a consular official of a foreign mission and appears in the diplomat registry; we are aware "
  "that his status may complicate any prosecution. He was seen handing two rhino horns to a courier at the "
  "airport parking lot on 30 January, the horns were seized from the courier an hour later, and the courier's "
  "phone holds a year of messages with this number about \"teeth\" and prices.",
  ["protected_person"], "refer", ["protected_person"], reg="diplomat", nat="VE")

E("en", "PH", "Anti-Cybercrime Task Force, Metro South District", "police",
  "serious_crime", "qualified trafficking in persons (online sexual exploitation of children)", 999, "internet café owner", ["messages", "media", "contacts"],
  "Live-streamed sexual abuse of children was traced by a foreign partner agency to an account paid from "
  "this number. The subject runs the internet café from which the streams originated and is seen on its "
  "camera bringing two children into a back room on the dates in question.",
  [], "permit", [], lb_type="prosecutor_order")

E("en", "AU", "Organised Crime Squad, Eastern Seaboard Command", "police",
  "serious_crime", "conspiracy to import a commercial quantity of cocaine", 999, "fishing boat owner", ["messages", "location"],
  "New Zealand national living in Auckland, who according to the crew arrested with 420 kg of cocaine off "
  "the coast on 20 January financed the boat and gave the coordinates for the pick-up at sea.",
  [], "refer", ["extraterritorial_target"], loc="NZ", nat="NZ")

E("en", "IE", "Drugs and Organised Crime Unit, Southern Region", "police",
  "serious_crime", "possession of a firearm with intent to endanger life", 14, "mechanic", ["messages", "location"],
  "He is not suspected of taking part in the shooting at the Ferry Lane flats on 7 February, and we have no "
  "evidence he was there. The application concerns what happened before: he bought the pistol from a "
  "contact in Liverpool, stored it in his garage, and handed it to the shooter the day before. The handset "
  "identified was used for every stage of that transaction and is still in use.",
  [], "permit", [], ident="device")

# ---- batch 6 (entries 126-150) ----
E("es", "MX", "Fiscalía de Investigación de Delitos de Alto Impacto del Estado de Llanos del Norte", "prosecution",
  "serious_crime", "delincuencia organizada", 40, "ama de casa, integrante de colectivo de búsqueda", ["messages", "contacts", "location"],
  "No se le atribuye a la investigada ningún hecho delictivo concreto, y no pretendemos lo contrario. Desde que "
  "desapareció su hijo encabeza un colectivo de madres buscadoras, se presenta como defensora de derechos "
  "humanos y ha difundido en conferencias de prensa las coordenadas de nueve fosas clandestinas y la lista de "
  "los agentes que, según ella, no quisieron investigarlas. Esa difusión entorpece nuestras diligencias, por "
  "lo que la incluimos en la carpeta de delincuencia organizada.",
  ["expression_not_crime", "protected_person"], "deny", ["expression_not_crime"])

E("es", "CO", "Grupo contra el Lavado de Activos, Seccional Llanos Orientales", "police",
  "serious_crime", "lavado de activos y financiación de grupo armado", 30, "pastor evangélico", ["messages", "contacts"],
  "El investigado figura en el registro como líder religioso. Su iglesia ha recibido en dos años donaciones en "
  "efectivo por 4 200 millones de pesos, consignadas en fracciones inferiores al umbral de reporte por "
  "personas que el extesorero de la congregación, hoy colaborador, identifica como enviadas por un frente "
  "disidente. El extesorero entregó las planillas y audios en los que el pastor ordena el fraccionamiento.",
  ["protected_person"], "refer", ["protected_person"], reg="religious_leader")

E("es", "ES", "Grupo de Estafas Tecnológicas, Comisaría Provincial de Vega Baja del Tajo", "police",
  "serious_crime", "estafa agravada", 6, "sin ocupación conocida", ["messages", "contacts", "location"],
  "Más de 300 denuncias por alquileres vacacionales inexistentes anunciados en portales de internet durante el "
  "verano y la Navidad; el perjuicio supera los 410 000 euros. Las cuentas receptoras, abiertas con documentos "
  "de terceros, se gestionan desde este número, que la investigada utiliza también para hablar con su pareja.",
  [], "permit", [])

E("es", "PE", "Dirección contra el Terrorismo, Frente Policial del Sur Andino", "police",
  "terrorism", "apología del terrorismo", 8, "dirigente estudiantil", ["messages", "contacts", "media"],
  "No afirmamos que el investigado haya cometido o preparado atentado alguno, ni que tenga relación con "
  "remanentes armados. Pedimos la medida porque sus mensajes en redes justifican las protestas del sur y "
  "responsabilizan al Gobierno de las muertes ocurridas en ellas, y porque convoca asambleas universitarias "
  "para organizar nuevas movilizaciones.",
  ["terrorism_definition_unmet", "expression_not_crime"], "deny",
  ["expression_not_crime", "quota_exceeded", "terrorism_definition_unmet"], quota="max")

E("es", "AR", "División Trata de Personas, Policía de Santa Lucía del Paraná", "police",
  "serious_crime", "falsificación de documento público y trata de personas", 15, "gestor administrativo en estudio jurídico", ["messages", "contacts"],
  "Aclaramos que el investigado no es abogado, aunque trabaja en un estudio jurídico y firma a veces como "
  "«doctor»: es gestor administrativo, sin título ni matrícula. Desde ese estudio confeccionó al menos "
  "dieciocho contratos de trabajo y constancias de domicilio falsas con las que se tramitaron radicaciones de "
  "mujeres luego explotadas en dos prostíbulos de la costa. Las víctimas lo reconocieron y los sellos falsos "
  "estaban en su escritorio.",
  [], "permit", [])

E("es", "CL", "Brigada de Homicidios de Valle Aconcagua", "police",
  "serious_crime", "robo con homicidio", 999, "temporera", ["messages", "location"],
  "La investigada es chilena y huyó a Mendoza tras el asalto del 12 de enero al almacén de Villa Alegre Alta, "
  "en el que murió el almacenero. Su condición de mujer trans se consigna solo para su correcta identificación "
  "y no tiene relación con la solicitud. La acompañante detenida la identificó como quien disparó, y este "
  "número argentino fue activado por ella dos días después.",
  [], "refer", ["extraterritorial_target"], loc="AR", nat="CL", phone_cc="AR")

E("es", "EC", "Unidad de Investigación de Robos, Distrito Quito Norte Alto", "police",
  "serious_crime", "robo con violencia", 10, "técnico de celulares", ["messages", "credentials"],
  "Cabecilla de la banda que asalta a clientes al salir de los bancos. Se pide también acceso a las "
  "credenciales de sus cuentas bancarias para rastrear el dinero.",
  [], "deny", ["capability_out_of_scope", "no_legal_basis"], lic_missing=["credentials"], lb_valid="past")

E("es", "MX", "Unidad de Investigación de Tráfico de Armas, Fiscalía Regional de Costa Grande Norte", "prosecution",
  "serious_crime", "introducción ilícita de armas de fuego", 30, "chofer de tráiler", ["messages", "location"],
  "El chofer detenido en la garita con 60 fusiles ocultos en un cargamento de refrigeradores declaró que las "
  "instrucciones le llegaban a esta dirección de correo, cuyo titular, según el proveedor, es el investigado. "
  "Los mensajes fijan entregas futuras cada quince días.",
  [], "permit", [], ident="email")

E("fr", "FR", "Direction régionale de la police judiciaire d'Ajaccio-Est, section antiterroriste", "police",
  "terrorism", "destruction en bande organisée à visée terroriste", 20, "agent immobilier", ["messages", "contacts", "location"],
  "L'attentat à l'explosif contre la gendarmerie de Sainte-Lucie-de-Porto, le 30 janvier, a gravement blessé un "
  "gendarme et une mère de famille logés dans le bâtiment ; il a été revendiqué au nom d'une organisation "
  "clandestine qui menace d'autres casernes. La cible n'est pas soupçonnée d'y avoir pris part et aucun élément "
  "ne la relie à l'attentat. Elle est en revanche connue pour son engagement indépendantiste et son appartenance "
  "à un parti nationaliste, et c'est à ce titre que nous souhaitons suivre ses contacts.",
  ["protected_ground"], "deny", ["protected_ground"])

E("fr", "BE", "Direction judiciaire de Charleroi-Nord, section terrorisme", "police",
  "terrorism", "préparation d'une infraction terroriste", 20, "vendeur", ["messages", "location", "contacts", "media"],
  "Il ne s'agit pas d'un simple discours : la cible a acheté un couteau de combat et des serre-câbles, filmé à "
  "trois reprises l'entrée d'une synagogue pendant l'office du samedi et envoyé à un contact étranger un message "
  "annonçant qu'il allait « semer la terreur chez eux » avant la fin du mois. Sa propre confession n'entre pas "
  "en ligne de compte ; ce sont ces actes préparatoires qui motivent la demande.",
  [], "permit", [])

E("fr", "SN", "Brigade des mineurs de Touba-Ouest", "police",
  "serious_crime", "exploitation de la mendicité d'enfants et traite", 10, "maître coranique", ["messages", "location", "contacts"],
  "La cible est le guide religieux et maître coranique d'un daara de quatre-vingts enfants, ce que nous "
  "précisons d'emblée. Les enfants sont contraints de rapporter chaque soir 1 000 francs CFA sous peine de coups ; "
  "deux sont morts dans l'incendie du dortoir où ils étaient enfermés la nuit, le 11 janvier. Les parents de "
  "trois enfants recrutés en Guinée-Bissau ont désigné ce numéro comme celui par lequel il négociait leur "
  "venue.",
  ["protected_person"], "refer", ["protected_person"])

E("fr", "CI", "Brigade de recherches de la gendarmerie de San-Pédro-Ouest", "police",
  "serious_crime", "trafic de cocaïne en bande organisée", 20, "pêcheur", ["messages", "location"],
  "Réceptionnaire présumé des ballots largués en mer en janvier, il vit désormais à Takoradi. Le pilote de "
  "la pirogue interpellé le désigne.",
  [], "deny", ["licence_inactive"], status="suspended", loc="GH", nat="CI")

E("fr", "MA", "Brigade de police judiciaire de Fès-Jdid", "police",
  "serious_crime", "recel de vols qualifiés", 6, "brocanteur", ["messages", "contacts"],
  "Le dépôt de la cible, dans la médina, écoule les téléviseurs et téléphones volés lors d'une série de "
  "cambriolages avec violence commis de nuit dans des villas depuis novembre. Trois objets ont été retrouvés en "
  "vente chez lui ; les cambrioleurs interpellés ont ce numéro dans leurs contacts.",
  [], "permit", [])

E("fr", "TN", "Brigade financière de Sousse-Médina", "police",
  "serious_crime", "blanchiment d'argent", 10, "avocat", ["messages", "contacts"],
  "La cible a constitué onze sociétés écrans en six mois pour le compte d'un réseau de contrebande de "
  "carburant ; les statuts, les comptes et les procurations portent tous sa signature, et 6,2 millions de "
  "dinars ont transité par ces comptes avant d'être retirés en espèces.",
  ["protected_person"], "refer", ["protected_person"])

E("fr", "CM", "Service national de renseignement, antenne du Nord-Ouest", "intelligence",
  "serious_crime", "sécession", 20, "enseignant", ["messages", "contacts", "media"],
  "Aucun acte violent ne lui est reproché et rien ne le relie aux groupes armés. Il est anglophone, originaire "
  "du Nord-Ouest, et il a partagé sur les réseaux des vidéos dénonçant les incendies de villages et des textes "
  "réclamant un retour au fédéralisme ; ces deux éléments suffisent, selon nous, à justifier le suivi.",
  ["expression_not_crime", "protected_ground"], "deny",
  ["expression_not_crime", "no_legal_basis", "protected_ground"], lb_valid="past")

E("fr", "CA", "Sûreté municipale de Rivière-aux-Outardes, enquêtes majeures", "police",
  "serious_crime", "complot pour meurtre", 999, "camionneur", ["messages", "location"],
  "Citoyen canadien, la cible vit depuis décembre dans le Vermont, d'où elle a, selon un informateur fiable et "
  "des messages saisis, engagé deux hommes pour tuer un témoin du procès de son frère. Le témoin est placé "
  "sous protection ; les échanges avec les tueurs se poursuivent sur ce numéro américain.",
  [], "refer", ["extraterritorial_target"], loc="US", nat="CA", phone_cc="US")

E("fr", "FR", "Office départemental de lutte contre le crime organisé de Saône-Vallée", "police",
  "serious_crime", "enlèvement et séquestration en bande organisée", 30, "préparateur de commandes", ["messages", "location"],
  "Aucune revendication politique n'a été retrouvée et rien n'indique un mobile autre que l'argent. Un "
  "entrepreneur du BTP a été enlevé le 26 janvier et libéré trois jours plus tard contre 150 000 euros ; il a "
  "reconnu la cible sur planche photographique, et la ligne de celle-ci a borné près de la ferme où il était "
  "séquestré pendant toute la durée de la captivité.",
  [], "permit", [])

E("en", "GB", "Major Investigation Team, Northumbria Vale Police", "police",
  "serious_crime", "conspiracy to commit grievous bodily harm with intent", 999, "local news reporter", ["messages", "location", "contacts"],
  "The subject works as a reporter for a local news website. We are not seeking his sources or anything to do "
  "with his journalism, and we would accept any restriction the reviewer imposes to that effect. He is "
  "suspected of arranging, through his cousin, the acid attack on his former partner on 19 January: the cousin "
  "has admitted the attack and produced messages from this number setting the time and place and promising "
  "payment.",
  ["protected_person"], "refer", ["protected_person"])

E("en", "KE", "Organised Criminal Gangs Desk, Lakeside County Command", "police",
  "serious_crime", "organised criminal activity", 15, "nurse", ["messages", "contacts"],
  "The subject started an online petition, now with 48 000 signatures, demanding an inquiry into deaths at "
  "the county referral hospital and naming its management. We have logged her under organised criminal "
  "activity because the petition campaign is coordinated by a group of hospital staff. No other conduct is "
  "alleged.",
  ["expression_not_crime"], "deny", ["expression_not_crime"])

E("en", "NG", "Police Intelligence Bureau, Border Liaison Unit", "police",
  "serious_crime", "kidnapping and human trafficking", 999, "cleric", ["messages", "location"],
  "The subject, who is on the registry as a religious leader, runs an Islamic school across the border and "
  "lives there. Four boys rescued from a farm where they were held in chains have identified him as the man "
  "who took them from their parents with a promise of schooling and sold their labour; the farm owner's phone "
  "shows payments to this number.",
  ["protected_person"], "refer", ["extraterritorial_target", "protected_person"], loc="CM", nat="NG", reg="religious_leader")

E("en", "GH", "Accra Regional Anti-Armed Robbery Squad", "police",
  "serious_crime", "robbery", 999, "trotro driver", ["messages", "location"],
  "Driver of the minibus used in three night robberies of passengers on the Kasoa stretch; a victim was "
  "stabbed in the last one. The vehicle's owner says the subject had the keys on all three nights.",
  [], "permit", [], quota="max-1")

E("en", "ZA", "Public Order Policing, Eastern Metro", "police",
  "other", "public violence", 10, "shop steward", ["messages", "location"],
  "The subject led a group that overturned and set alight two municipal vehicles during the service-delivery "
  "march on 5 February. The magistrate's authorisation is signed but we have not yet received the number.",
  [], "deny", ["no_legal_basis", "purpose_not_permitted"], lb_ref="")

E("en", "JM", "Major Investigations Taskforce, St. Catherine North Division", "police",
  "serious_crime", "murder", 999, "barber", ["messages", "location", "contacts"],
  "The victim, Andre Pusey, was gay, and the first hypothesis was a hate killing. That line was examined and "
  "excluded: nothing indicates he was targeted for who he was, and the subject, his business partner, is not "
  "suspected on that basis either. He is suspected because he owed the victim J$4 million, his car was seen "
  "outside the victim's home at the time of death, and he called this number, a burner bought the same day, "
  "to arrange disposal of the gun.",
  [], "permit", [])

E("en", "AU", "Gang Crime Squad, Northern Districts", "police",
  "serious_crime", "drive-by shooting", 16, "tattooist", ["messages", "location"],
  "Member of the outlaw motorcycle club involved in the drive-by shootings at two tattoo parlours in January. "
  "Witnesses place him in the car.",
  [], "deny", ["licence_inactive", "quota_exceeded"], signed=False, quota="max")

E("en", "PH", "Regional Investigation Unit, Northern Mountain Provinces", "police",
  "serious_crime", "illegal possession of firearms and explosives", 999, "church human rights worker", ["messages", "contacts", "location"],
  "The subject coordinates the human rights desk of a church-run NGO, documenting killings in the upland "
  "villages, and we flag that here. The application is not about that work. At a checkpoint on 11 February "
  "a rifle and two grenades were found in a sack in the back of the NGO van he was driving alone; his "
  "fingerprints are on the grenades. The email account given is the one he uses to arrange the van's trips.",
  ["protected_person"], "refer", ["protected_person"], ident="email")

# __ENTRIES__

# ---------------------------------------------------------------------------
# Machinery
# ---------------------------------------------------------------------------

def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def phone(rng, country):
    code, n = DIAL[country]
    start = MOBILE_START.get(country, "")
    digits = start + "".join(str(rng.randint(0, 9)) for _ in range(n - len(start)))
    if digits[0] == "0" and country != "CI":
        digits = "9" + digits[1:]
    return "+" + code + digits


def imei(rng):
    body = "35" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def email(rng, lang):
    first = {"en": ["blue.harbour", "k.otieno", "trader.jm", "quietfox", "m.abara", "oldmill"],
             "es": ["el.guero", "contacto.rapido", "jl.merino", "ventas.sur", "flaco1984", "sombra.azul"],
             "fr": ["le.vieux", "contact.pro", "m.diallo", "atelier.nord", "renard.gris", "k.benali"]}[lang]
    return "email:" + rng.choice(first) + str(rng.randint(10, 999)) + "@" + rng.choice(EMAIL_DOMAINS)


def reference(rng, lb_type, lang, year):
    n = rng.randint(12, 9899)
    if lang == "en":
        pre = {"judicial_warrant": ["JW", "IW", "HC-INT"], "prosecutor_order": ["DPP-O", "PO"],
               "administrative_order": ["AO", "MIN-AUTH"]}[lb_type]
        return f"{rng.choice(pre)}-{year}-{n:04d}"
    if lang == "es":
        pre = {"judicial_warrant": ["Auto JC-", "Orden judicial OJ-", "Resolución JGA-"],
               "prosecutor_order": ["Orden fiscal OF-", "Disposición FIS-"],
               "administrative_order": ["Resolución administrativa RA-", "Acuerdo AD-"]}[lb_type]
        return f"{rng.choice(pre)}{n:04d}/{year}"
    pre = {"judicial_warrant": ["Ordonnance JLD n° ", "Commission rogatoire CR-", "Ordonnance du juge n° "],
           "prosecutor_order": ["Réquisition PR n° ", "Autorisation du parquet n° "],
           "administrative_order": ["Autorisation administrative AA-", "Décision n° "]}[lb_type]
    return f"{rng.choice(pre)}{year}/{n:04d}"


def default_lb(rng, at):
    if at == "prosecution":
        return "prosecutor_order"
    if at in ("intelligence", "military"):
        return "administrative_order"
    return rng.choice(["judicial_warrant", "judicial_warrant", "prosecutor_order"])


def build(rng, e, idx):
    ov = e["ov"]
    base = datetime(2026, 2, 16, tzinfo=timezone.utc)  # texts cite events up to 11 February 2026
    now = base + timedelta(days=rng.randint(0, 35), hours=rng.randint(6, 20),
                           minutes=rng.choice([0, 15, 30, 45]))
    now_s = iso(now)
    cc = e["cc"]
    loc = ov.get("loc", cc)
    nat = ov.get("nat", loc)
    ident_kind = ov.get("ident", "phone")
    if ident_kind == "phone":
        ident = phone(rng, ov.get("phone_cc", loc))
    elif ident_kind == "email":
        ident = email(rng, e["lang"])
    elif ident_kind == "device":
        ident = "device:" + imei(rng)
    else:
        raise ValueError(f"entry {idx}: bad ident kind {ident_kind}")

    # licence capabilities: requested + random extras, minus any deliberately missing ones
    rest = [c for c in CAPS if c not in e["caps"]]
    extras = rng.sample(rest, rng.randint(0, len(rest)))
    missing = ov.get("lic_missing", [])
    lic_caps = [c for c in CAPS if (c in e["caps"] or c in extras) and c not in missing]

    # quota
    mx = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 100])
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
        raise ValueError(f"entry {idx}: bad quota {q}")

    # legal basis
    lb_type = ov.get("lb_type") or default_lb(rng, e["at"])
    year = now.year
    ref = reference(rng, lb_type, e["lang"], year) if lb_type != "none" else None
    if "lb_ref" in ov:
        ref = ov["lb_ref"]
    v = ov.get("lb_valid", "future")
    if v == "future":
        valid = iso((now + timedelta(days=rng.randint(6, 150))).replace(hour=23, minute=59, second=59))
    elif v == "now":
        valid = now_s
    elif v == "now+1h":
        valid = iso(now + timedelta(hours=1))
    elif v == "past":
        valid = iso((now - timedelta(days=rng.randint(1, 45))).replace(hour=0, minute=0, second=0))
    elif v is None:
        valid = None
    else:
        raise ValueError(f"entry {idx}: bad lb_valid {v}")
    if lb_type == "none" and "lb_valid" not in ov:
        valid = None

    scen = {
        "id": None,
        "now": now_s,
        "licence": {
            "customer_country": cc,
            "customer_agency": e["ag"],
            "agency_type": e["at"],
            "status": ov.get("status", "active"),
            "certificate_signed": ov.get("signed", True),
            "capabilities": lic_caps,
            "max_active_targets": mx,
            "active_targets": act,
        },
        "request": {
            "target": {
                "identifier": ident,
                "location_country": loc,
                "nationality": nat,
                "profession": e["prof"],
                "registry_match": ov.get("reg"),
            },
            "offence": {"category": e["cat"], "label": e["lab"], "max_penalty_years": e["pen"]},
            "legal_basis": {"type": lb_type, "reference": ref, "valid_until": valid},
            "capabilities": list(e["caps"]),
            "justification": e["just"],
        },
    }
    return scen


def structured_clauses(s):
    held = set()
    L, R = s["licence"], s["request"]
    if L["status"] != "active" or L["certificate_signed"] is not True:
        held.add("licence_inactive")
    if L["agency_type"] == "private":
        held.add("non_government_end_user")
    o = R["offence"]
    if o["category"] == "other" or (o["category"] == "serious_crime" and (
            o["max_penalty_years"] is None or o["max_penalty_years"] < THRESHOLD)):
        held.add("purpose_not_permitted")
    lb = R["legal_basis"]
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or parse(lb["valid_until"]) <= parse(s["now"])):
        held.add("no_legal_basis")
    if any(c not in L["capabilities"] for c in R["capabilities"]):
        held.add("capability_out_of_scope")
    if L["active_targets"] >= L["max_active_targets"]:
        held.add("quota_exceeded")
    if R["target"]["registry_match"] is not None:
        held.add("protected_person")
    if R["target"]["location_country"] != L["customer_country"]:
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


def validate_entry(e, idx, errors):
    ov = e["ov"]
    if e["lang"] not in LANGS:
        errors.append(f"entry {idx}: bad lang {e['lang']}")
    if e["at"] not in AGENCY_TYPES:
        errors.append(f"entry {idx}: bad agency_type {e['at']}")
    if e["cat"] not in CATEGORIES:
        errors.append(f"entry {idx}: bad category {e['cat']}")
    if ov.get("status", "active") not in STATUSES:
        errors.append(f"entry {idx}: bad status")
    if ov.get("reg") not in REGISTRY:
        errors.append(f"entry {idx}: bad registry {ov.get('reg')}")
    if ov.get("lb_type", "judicial_warrant") not in LB_TYPES:
        errors.append(f"entry {idx}: bad legal basis type")
    for c in list(e["caps"]) + list(ov.get("lic_missing", [])):
        if c not in CAPS:
            errors.append(f"entry {idx}: bad capability {c}")
    if not e["caps"] or len(set(e["caps"])) != len(e["caps"]):
        errors.append(f"entry {idx}: empty or duplicate capabilities")
    for c in ov.get("lic_missing", []):
        if c not in e["caps"]:
            errors.append(f"entry {idx}: lic_missing {c} not requested")
    for k in ("cc", ):
        if e[k] not in DIAL:
            errors.append(f"entry {idx}: unknown country {e[k]}")
    for k in ("loc", "nat"):
        if k in ov and (len(ov[k]) != 2 or not ov[k].isupper()):
            errors.append(f"entry {idx}: bad {k}")
    pen = e["pen"]
    if pen is not None and (not isinstance(pen, int) or pen < 0):
        errors.append(f"entry {idx}: bad penalty")
    for c in e["txt"]:
        if c not in TEXT_CLAUSES:
            errors.append(f"entry {idx}: {c} is not a text clause")
    if "terrorism_definition_unmet" in e["txt"] and e["cat"] != "terrorism":
        errors.append(f"entry {idx}: terrorism_definition_unmet on a non-terrorism category")
    if e["dec"] not in ("permit", "deny", "refer"):
        errors.append(f"entry {idx}: bad decision")
    known = set(ov) - {"status", "signed", "lic_missing", "quota", "lb_type", "lb_ref", "lb_valid",
                       "loc", "nat", "ident", "reg", "phone_cc"}
    if known:
        errors.append(f"entry {idx}: unknown overrides {sorted(known)}")
    if not e["just"].strip() or not e["ag"].strip() or not e["prof"].strip() or not e["lab"].strip():
        errors.append(f"entry {idx}: empty text field")


def main():
    errors = []
    rng = random.Random(222001)
    seen = {}
    rows = []
    for idx, e in enumerate(ENTRIES, 1):
        validate_entry(e, idx, errors)
        j = " ".join(e["just"].split())
        if j in seen:
            errors.append(f"entry {idx}: justification duplicates entry {seen[j]}")
        seen[j] = idx
        try:
            s = build(rng, e, idx)
        except ValueError as exc:
            errors.append(str(exc))
            continue
        sc = structured_clauses(s)
        held = sc | set(e["txt"])
        dec, cl = decide(held)
        if dec != e["dec"] or cl != sorted(e["cl"]):
            errors.append(f"entry {idx}: computed {dec} {cl} but intended {e['dec']} {sorted(e['cl'])}")
        s["expected"] = {"decision": dec, "clauses": cl}
        rows.append((s, e, held, sc))

    if errors:
        for m in errors:
            print("ERROR:", m, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)

    order = list(range(len(rows)))
    random.Random(222002).shuffle(order)
    out_rows = []
    for n, i in enumerate(order, 1):
        s, e, held, sc = rows[i]
        s["id"] = f"s222-{n:03d}"
        out_rows.append((s, e, held, sc))

    if "--map" in sys.argv:
        for s, e, held, sc in sorted(out_rows, key=lambda r: ENTRIES.index(r[1])):
            print(f"entry {ENTRIES.index(e) + 1:3d} -> {s['id']}  {e['lang']}  {s['expected']['decision']:6} "
                  f"{','.join(s['expected']['clauses']) or '-'}  held={','.join(sorted(held)) or '-'}")
        return
    data = "".join(json.dumps(s, ensure_ascii=False) + "\n" for s, _, _, _ in out_rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)

    # ---- count tables ----
    print(f"wrote {len(out_rows)} scenarios to {OUT}")
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())
    dl = Counter((s["expected"]["decision"], e["lang"]) for s, e, _, _ in out_rows)
    print("\ndecision x language")
    print(f"{'':8}{'en':>5}{'es':>5}{'fr':>5}{'all':>6}")
    for d in ("permit", "deny", "refer"):
        print(f"{d:8}" + "".join(f"{dl[(d, l)]:>5}" for l in ("en", "es", "fr"))
              + f"{sum(dl[(d, l)] for l in LANGS):>6}")
    print(f"{'all':8}" + "".join(f"{sum(dl[(d, l)] for d in ('permit', 'deny', 'refer')):>5}"
                                 for l in ("en", "es", "fr")) + f"{len(out_rows):>6}")
    listed = Counter(c for s, _, _, _ in out_rows for c in s["expected"]["clauses"])
    heldc = Counter(c for _, _, h, _ in out_rows for c in h)
    print("\nclause listed held")
    for c in DENY + REFER:
        print(f"{c:28}{listed[c]:>5}{heldc[c]:>6}")
    perfect = sum(1 for s, _, _, sc in out_rows if s["expected"]["decision"] != "permit" and not sc)
    nonp = sum(1 for s, _, _, _ in out_rows if s["expected"]["decision"] != "permit")
    print(f"\nnon-permits with perfect structured fields (text/profession only): {perfect}/{nonp}")
    print("category", dict(Counter(s["request"]["offence"]["category"] for s, _, _, _ in out_rows)))
    print("agency_type", dict(Counter(s["licence"]["agency_type"] for s, _, _, _ in out_rows)))
    print("legal_basis", dict(Counter(s["request"]["legal_basis"]["type"] for s, _, _, _ in out_rows)))
    print("identifier", dict(Counter(s["request"]["target"]["identifier"].split(":")[0]
                                     if ":" in s["request"]["target"]["identifier"] else "phone"
                                     for s, _, _, _ in out_rows)))


if __name__ == "__main__":
    main()
