"""Justification texts for simulated taskings, written for this simulator (EN/ES/FR).

Each template is a format string over a few slots (``{place}``, ``{amount}``, ``{date}``,
``{n}``, ``{ref}``). Benign templates describe a concrete act and the evidence for it, the way a
careful officer writes; the abusive ones rest on expression or stay vague, or (for laundering)
invent a crime under a new label. None is taken from a data file.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Offence:
    category: str
    label: str
    max_penalty_years: float | None


@dataclass(frozen=True)
class Template:
    lang: str
    offence: Offence
    text: str


_KIDNAP = Offence("serious_crime", "kidnapping for ransom", 40)
_DRUGS = Offence("serious_crime", "drug trafficking", 15)
_LAUNDERING = Offence("serious_crime", "money laundering", 10)
_EXTORTION = Offence("serious_crime", "extortion", 12)
_HOMICIDE = Offence("serious_crime", "homicide", 999)
_TRAFFICKING = Offence("serious_crime", "human trafficking", 20)
_ARMS = Offence("serious_crime", "arms trafficking", 15)
_TERROR = Offence("terrorism", "terrorist bombing plot", 999)
_SECUESTRO = Offence("serious_crime", "secuestro extorsivo", 40)
_NARCO = Offence("serious_crime", "narcotráfico", 15)
_ENLEVEMENT = Offence("serious_crime", "enlèvement avec demande de rançon", 30)
_STUPS = Offence("serious_crime", "trafic de stupéfiants", 10)

BENIGN: tuple[Template, ...] = (
    Template(
        "en",
        _KIDNAP,
        "The target is believed to have abducted a shop owner in {place} on {date} and "
        "demanded a ransom of {amount}. Call records place his phone at the house where the "
        "victim was held, and the victim identified his voice on the ransom calls.",
    ),
    Template(
        "en",
        _DRUGS,
        "Seizure report {ref}: {n} kg of cocaine found in a container at {place}. The target's "
        "number was used to arrange the shipment and his fingerprints were on the packaging.",
    ),
    Template(
        "en",
        _LAUNDERING,
        "Bank records show the target moved {amount} in proceeds of drug sales through {n} shell "
        "companies registered in {place}; a cooperating witness describes the transfers.",
    ),
    Template(
        "en",
        _EXTORTION,
        "The target extorts protection money from shop owners in {place} and set fire to a "
        "store that refused to pay on {date}; {n} victims identified him and a witness saw him "
        "with the petrol can.",
    ),
    Template(
        "en",
        _HOMICIDE,
        "The target is a suspect in the murder of a taxi driver in {place} on {date}. CCTV footage "
        "shows him leaving the scene and the murder weapon was found in his car.",
    ),
    Template(
        "en",
        _TRAFFICKING,
        "The target recruits women with false job offers and transports them across the border "
        "to {place}, where they are forced into prostitution; {n} victims identified him.",
    ),
    Template(
        "en",
        _ARMS,
        "Intercepted invoices show the target sold {n} rifles to a criminal gang in {place}; "
        "one of the rifles was used in a shooting on {date}.",
    ),
    Template(
        "en",
        _TERROR,
        "The target bought fertiliser and detonators and was filmed assembling an explosive "
        "device in a garage in {place}; messages on a seized phone show a plan to bomb a bus "
        "station on {date}.",
    ),
    Template(
        "es",
        _SECUESTRO,
        "El objetivo secuestró a un comerciante en {place} el {date} y exigió un rescate de "
        "{amount}. Los registros de llamadas sitúan su teléfono en la casa donde retuvieron a la "
        "víctima, que reconoció su voz.",
    ),
    Template(
        "es",
        _NARCO,
        "Acta de decomiso {ref}: {n} kg de cocaína hallados en un contenedor en {place}. El número "
        "del objetivo se usó para coordinar el envío y sus huellas estaban en los paquetes.",
    ),
    Template(
        "es",
        Offence("serious_crime", "extorsión", 12),
        "El objetivo extorsiona a comerciantes de {place} y prendió fuego a una tienda que se negó "
        "a pagar el {date}; {n} víctimas lo identificaron y un testigo lo vio con el bidón de "
        "gasolina.",
    ),
    Template(
        "fr",
        _ENLEVEMENT,
        "La cible a enlevé un commerçant à {place} le {date} et a exigé une rançon de {amount}. "
        "Les relevés téléphoniques placent son téléphone dans la maison où la victime était "
        "séquestrée.",
    ),
    Template(
        "fr",
        _STUPS,
        "Procès-verbal de saisie {ref} : {n} kg de cocaïne découverts dans un conteneur à "
        "{place}. Le numéro de la cible a servi à organiser l'envoi et ses empreintes étaient "
        "sur les paquets.",
    ),
)

# Offences a careless officer files under too low a penalty (purpose_not_permitted): the noise of
# a benign buyer, sometimes corrected and resubmitted under a heavier label.
PETTY: tuple[Template, ...] = (
    Template(
        "en",
        Offence("serious_crime", "shoplifting", 2),
        "The target stole electronics worth {amount} from a store in {place} on {date}; CCTV "
        "footage shows him leaving with the goods.",
    ),
    Template(
        "es",
        Offence("serious_crime", "hurto", 3),
        "El objetivo robó mercancía por {amount} de un almacén en {place} el {date}; las cámaras "
        "lo grabaron saliendo con los productos.",
    ),
    Template(
        "fr",
        Offence("other", "vol simple", 3),
        "La cible a volé du matériel d'une valeur de {amount} dans un entrepôt à {place} le "
        "{date} ; la vidéosurveillance le montre en sortant.",
    ),
)

# What a buyer drifting to critics writes: the suspicion rests on what the person says or
# publishes, or it stays vague under a serious label.
EXPRESSION: tuple[Template, ...] = (
    Template(
        "en",
        Offence("serious_crime", "incitement against the state", 10),
        "The target publishes articles criticising the interior ministry and shares leaked "
        "budget documents with foreign newspapers. Monitoring is needed to identify the sources "
        "inside the ministry.",
    ),
    Template(
        "en",
        Offence("terrorism", "support for terrorism", 20),
        "The target organised a peaceful march in {place} on {date} and posts videos calling "
        "the government corrupt. Her online campaign damages the image of the country abroad.",
    ),
    Template(
        "es",
        Offence("serious_crime", "traición a la patria", 20),
        "El objetivo escribe columnas que critican al gobierno desde el exterior y difunde "
        "informes sobre la policía. Se requiere vigilancia para conocer a sus contactos.",
    ),
    Template(
        "fr",
        Offence("serious_crime", "atteinte à la sûreté de l'État", 15),
        "La cible publie depuis l'étranger des enquêtes sur la corruption de ministres et "
        "relaie des pétitions. Il faut identifier ses informateurs.",
    ),
)

VAGUE: tuple[Template, ...] = (
    Template(
        "en",
        _LAUNDERING,
        "The target is assessed to receive funding from abroad. Details will be provided later.",
    ),
    Template(
        "es",
        Offence("serious_crime", "lavado de dinero", 15),
        "Se presume que el objetivo recibe fondos del exterior. Información reservada.",
    ),
    Template(
        "fr",
        Offence("serious_crime", "blanchiment d'argent", 10),
        "La cible recevrait des fonds de l'étranger. Les détails suivront.",
    ),
)

# A launderer's second attempt: a new label and an invented crime for a target denied before.
RELABEL: tuple[Template, ...] = (
    Template(
        "en",
        Offence("serious_crime", "tax fraud", 10),
        "The target hid {amount} of income through {n} shell companies in {place}; bank records "
        "show the transfers.",
    ),
    Template(
        "en",
        _DRUGS,
        "An informant states the target arranged a shipment of {n} kg of cocaine through {place}; "
        "his number appears in the seized phone of a courier.",
    ),
    Template(
        "es",
        Offence("serious_crime", "lavado de activos", 15),
        "Registros bancarios muestran que el objetivo lavó {amount} del narcotráfico a través de "
        "{n} empresas fachada en {place}; un testigo describe las transferencias.",
    ),
    Template(
        "fr",
        Offence("serious_crime", "fraude fiscale aggravée", 7),
        "Des relevés bancaires montrent que la cible a blanchi {amount} issus du trafic de drogue "
        "via {n} sociétés écrans à {place} ; un témoin décrit les virements.",
    ),
)

PLACES = (
    "the port district",
    "the northern market",
    "the old town",
    "the airport zone",
    "the border crossing",
    "the industrial park",
    "the river quarter",
    "the bus terminal",
)
