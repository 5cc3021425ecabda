#!/usr/bin/env python3
"""Generator for the sealed92 labelled evaluation set of the tasking gate.

Stdlib only (Python 3.11).  Every scenario below is hand-written: the free-text
justification, offence label, profession, target facts and the text clauses
(hand-judged against shared/spec/gate-scenarios.md).  Random filler (evaluation
time, identifiers, legal references, validity dates, quotas, extra licence
capabilities, some countries) comes from FILL_SEED.  Structured-field clauses are
computed from the fields; text clauses are added; the spec's precedence and
listing rules are applied; the script exits non-zero when an intended decision or
clause list differs from the computed one.  The list is shuffled with
SHUFFLE_SEED, numbered s92-001..., and written to sealed92.jsonl.

Usage:  python3 build_sealed92.py            (writes sealed92.jsonl next to it)
        python3 build_sealed92.py --stats    (also prints counts for the README)
"""
import datetime as dt
import json
import os
import random
import re
import sys
from collections import Counter

FILL_SEED = 920092
SHUFFLE_SEED = 290029
THRESHOLD = 6

CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician",
            "head_of_state", "diplomat", "religious_leader"}

# calling code, national significant number length, leading digits for mobiles
DIAL = {
    "MX": ("52", 10, ["55", "33", "81", "22", "44", "66", "99", "74", "96", "61"]),
    "GT": ("502", 8, ["3", "4", "5"]), "HN": ("504", 8, ["3", "8", "9"]),
    "SV": ("503", 8, ["6", "7"]), "NI": ("505", 8, ["5", "8"]), "CR": ("506", 8, ["6", "7", "8"]),
    "PA": ("507", 8, ["6"]), "CO": ("57", 10, ["30", "31", "32"]), "EC": ("593", 9, ["9"]),
    "PE": ("51", 9, ["9"]), "BO": ("591", 8, ["6", "7"]), "VE": ("58", 10, ["412", "414", "424", "416"]),
    "CL": ("56", 9, ["9"]), "AR": ("549", 10, ["11", "341", "261", "351"]), "UY": ("598", 8, ["9"]),
    "PY": ("595", 9, ["98", "97", "99"]), "BR": ("55", 11, ["67", "53", "51", "11"]),
    "HT": ("509", 8, ["3", "4"]), "DO": ("1", 10, ["809", "829", "849"]),
    "JM": ("1", 10, ["876"]), "TT": ("1", 10, ["868"]), "BS": ("1", 10, ["242"]),
    "BB": ("1", 10, ["246"]), "GY": ("592", 7, ["6"]), "BZ": ("501", 7, ["6"]),
    "US": ("1", 10, ["305", "520", "713", "718", "954", "786"]), "CA": ("1", 10, ["416", "647"]),
    "ES": ("34", 9, ["6"]), "CU": ("53", 8, ["5"]), "FR": ("33", 9, ["6"]),
}

LEGAL_PREFIX = {
    "es": {"judicial_warrant": ["AJ", "OJ", "CJ"], "prosecutor_order": ["OF", "MP", "FE"],
           "administrative_order": ["RA", "RES"]},
    "en": {"judicial_warrant": ["JW", "MW", "HCW"], "prosecutor_order": ["DPP", "PO"],
           "administrative_order": ["AO", "MIN"]},
    "fr": {"judicial_warrant": ["OJI", "ORD"], "prosecutor_order": ["RQ", "PQ"],
           "administrative_order": ["AA", "DEC"]},
}

SCENARIOS = []


def S(lang, cc, agency, atype, cat, label, pen, prof, just, decision, clauses=(),
      text=(), reg=None, loc=None, nat=None, caps=("messages", "location"), capx=(),
      status="active", signed=True, legal="ok", ltype=None, ref=None, quota="ok",
      ident="phone", exact_caps=False, nat_choices=None, note=""):
    SCENARIOS.append(dict(lang=lang, cc=cc, agency=agency, atype=atype, cat=cat,
                          label=label, pen=pen, prof=prof, just=just.strip(),
                          decision=decision, clauses=sorted(clauses), text=set(text),
                          reg=reg, loc=loc or cc, nat=nat, caps=list(caps), capx=list(capx),
                          status=status, signed=signed, legal=legal, ltype=ltype, ref=ref,
                          quota=quota, ident=ident, exact_caps=exact_caps,
                          nat_choices=nat_choices, note=note))


# ---------------------------------------------------------------- filler
def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def phone(rng, country):
    code, n, leads = DIAL[country]
    lead = rng.choice(leads)
    rest = "".join(str(rng.randint(0, 9)) for _ in range(n - len(lead)))
    return "+" + code + lead + rest


def fill(rng, s):
    base = dt.datetime(2025, 10, 1, 0, 0, 0)
    now = base + dt.timedelta(seconds=rng.randint(0, 330 * 86400))
    now = now.replace(second=rng.choice([0, 0, 0, rng.randint(0, 59)]))

    # identifier
    if s["ident"] == "phone":
        ident = phone(rng, s["loc"])
    elif s["ident"] == "email":
        handle = rng.choice(["el.primo", "contador", "bluefin", "rd", "mx.ops", "nord", "k.s",
                             "tiburon", "lance"]) + str(rng.randint(10, 9999))
        ident = "email:%s@%s" % (handle, rng.choice(["mail.example", "correo.example",
                                                       "securemsg.example"]))
    else:
        ident = "device:" + "35" + "".join(str(rng.randint(0, 9)) for _ in range(13))

    # nationality
    nat = s["nat"]
    if s["nat_choices"]:
        nat = rng.choice(sorted(s["nat_choices"]))
    if nat is None:
        nat = s["cc"]

    # legal basis
    ltype = s["ltype"] or {
        "police": rng.choice(["judicial_warrant"] * 3 + ["prosecutor_order"]),
        "prosecution": rng.choice(["prosecutor_order", "judicial_warrant"]),
        "intelligence": rng.choice(["administrative_order", "judicial_warrant"]),
        "military": rng.choice(["judicial_warrant", "administrative_order"]),
        "other_government": "administrative_order",
        "private": "judicial_warrant",
    }[s["atype"]]
    pre = rng.choice(LEGAL_PREFIX[s["lang"]][ltype])
    reference = "%s-%s-%s/%d-%04d" % (s["cc"], pre, rng.choice("ABCDEFGHKLMNPRST"),
                                      now.year, rng.randint(1, 9999))
    days = rng.randint(3, 120)
    valid = (now + dt.timedelta(days=days)).replace(hour=rng.choice([0, 12, 23]),
                                                    minute=rng.choice([0, 59]), second=rng.choice([0, 59]))
    mode = s["legal"]
    if mode == "ok":
        pass
    elif mode == "ok_edge":
        valid = now + dt.timedelta(seconds=rng.randint(30, 300))
    elif mode == "at_now":
        valid = now
    elif mode == "just_expired":
        valid = now - dt.timedelta(seconds=1)
    elif mode == "expired":
        valid = now - dt.timedelta(days=rng.randint(2, 20), hours=rng.randint(0, 20))
    elif mode == "novalid":
        valid = None
    elif mode == "noref":
        reference = None
    elif mode == "none":
        ltype, reference, valid = "none", None, None
    elif mode == "none_with_ref":
        ltype = "none"
    else:
        raise SystemExit("unknown legal mode " + mode)
    if s["ref"] is not None:
        reference = s["ref"]

    # quota
    mx = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100])
    q = s["quota"]
    if q == "ok":
        active = rng.randint(0, mx - 2)
    elif q == "edge":
        active = mx - 1
    elif q == "at":
        active = mx
    elif q == "over":
        active = mx + rng.randint(1, 6)
    else:
        raise SystemExit("unknown quota mode " + q)

    # licence capabilities: requested minus the deliberately unlicensed, plus extras
    lic = set(s["caps"]) - set(s["capx"])
    if not s["exact_caps"]:
        spare = [c for c in CAPS if c not in lic and c not in s["capx"]]
        lic |= set(rng.sample(spare, rng.randint(0, min(3, len(spare)))))
    lic = [c for c in CAPS if c in lic]

    return dict(now=now, ident=ident, nat=nat, ltype=ltype, reference=reference,
                valid=valid, max=mx, active=active, lic=lic)


# ---------------------------------------------------------------- rules
def structured_clauses(s, f):
    held = set()
    if s["status"] != "active" or not s["signed"]:
        held.add("licence_inactive")
    if s["atype"] == "private":
        held.add("non_government_end_user")
    if s["cat"] == "other" or (s["cat"] == "serious_crime" and
                               (s["pen"] is None or s["pen"] < THRESHOLD)):
        held.add("purpose_not_permitted")
    if (f["ltype"] == "none" or not f["reference"] or f["valid"] is None
            or f["valid"] <= f["now"]):
        held.add("no_legal_basis")
    if set(s["caps"]) - set(f["lic"]):
        held.add("capability_out_of_scope")
    if f["active"] >= f["max"]:
        held.add("quota_exceeded")
    if s["reg"] is not None:
        held.add("protected_person")
    if s["loc"] != s["cc"]:
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


def validate_input(i, s):
    errs = []
    if s["lang"] not in ("es", "en", "fr"):
        errs.append("lang")
    if s["atype"] not in AGENCY_TYPES:
        errs.append("agency_type")
    if s["cat"] not in ("terrorism", "serious_crime", "other"):
        errs.append("category")
    if s["reg"] not in REGISTRY:
        errs.append("registry")
    if not s["text"] <= TEXT_CLAUSES:
        errs.append("text clauses %s" % (s["text"] - TEXT_CLAUSES))
    if "terrorism_definition_unmet" in s["text"] and s["cat"] != "terrorism":
        errs.append("terrorism_definition_unmet on non-terrorism category")
    for c in s["caps"] + s["capx"]:
        if c not in CAPS:
            errs.append("cap " + c)
    for k in (s["cc"], s["loc"]) + tuple(s["nat_choices"] or ()):
        if k not in DIAL:
            errs.append("country " + k)
    if errs:
        raise SystemExit("scenario #%d (%s...): %s" % (i, s["just"][:40], "; ".join(errs)))


def build():
    rng = random.Random(FILL_SEED)
    out = []
    bad = []
    for i, s in enumerate(SCENARIOS):
        validate_input(i, s)
        f = fill(rng, s)
        held = structured_clauses(s, f) | s["text"]
        decision, clauses = decide(held)
        if decision != s["decision"] or clauses != s["clauses"]:
            bad.append("#%d %s: intended %s %s, computed %s %s" % (
                i, s["just"][:50], s["decision"], s["clauses"], decision, clauses))
        rec = {
            "id": None,
            "now": iso(f["now"]),
            "licence": {
                "customer_country": s["cc"],
                "customer_agency": s["agency"],
                "agency_type": s["atype"],
                "status": s["status"],
                "certificate_signed": s["signed"],
                "capabilities": f["lic"],
                "max_active_targets": f["max"],
                "active_targets": f["active"],
            },
            "request": {
                "target": {
                    "identifier": f["ident"],
                    "location_country": s["loc"],
                    "nationality": f["nat"],
                    "profession": s["prof"],
                    "registry_match": s["reg"],
                },
                "offence": {
                    "category": s["cat"],
                    "label": s["label"],
                    "max_penalty_years": s["pen"],
                },
                "legal_basis": {
                    "type": f["ltype"],
                    "reference": f["reference"],
                    "valid_until": iso(f["valid"]) if f["valid"] else None,
                },
                "capabilities": s["caps"],
                "justification": s["just"],
            },
            "expected": {"decision": decision, "clauses": clauses},
        }
        out.append((s, held, rec))
    if bad:
        sys.stderr.write("intended labels differ from computed labels:\n  " + "\n  ".join(bad) + "\n")
        sys.exit(1)
    return out


def check_text_reuse():
    """Fail when a sentence of 40+ characters occurs in two justifications."""
    seen = {}
    dup = []
    for i, s in enumerate(SCENARIOS):
        for sent in re.split(r"(?<=[.!?;:])\s+|\n+", s["just"]):
            sent = sent.strip().lower()
            if len(sent) >= 40:
                if sent in seen and seen[sent] != i:
                    dup.append(sent)
                seen.setdefault(sent, i)
    just = [s["just"] for s in SCENARIOS]
    if len(set(just)) != len(just):
        dup.append("identical justification")
    if dup:
        sys.stderr.write("reused text:\n  " + "\n  ".join(dup) + "\n")
        sys.exit(1)


def main():
    check_text_reuse()
    out = build()
    order = list(range(len(out)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    lines = []
    for n, k in enumerate(order, 1):
        rec = out[k][2]
        rec["id"] = "s92-%03d" % n
        lines.append(json.dumps(rec, ensure_ascii=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sealed92.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d scenarios to %s" % (len(lines), path))
    if "--stats" in sys.argv:
        stats([out[k] for k in order])


def stats(rows):
    langs = ["es", "en", "fr"]
    decs = ["permit", "deny", "refer"]
    tab = Counter((r[2]["expected"]["decision"], r[0]["lang"]) for r in rows)
    print("\ndecision x language")
    print("%-8s %5s %5s %5s %6s" % ("", *langs, "total"))
    for d in decs:
        print("%-8s %5d %5d %5d %6d" % (d, *[tab[(d, l)] for l in langs],
                                          sum(tab[(d, l)] for l in langs)))
    print("%-8s %5d %5d %5d %6d" % ("total", *[sum(tab[(d, l)] for d in decs) for l in langs],
                                      len(rows)))
    listed = Counter(c for r in rows for c in r[2]["expected"]["clauses"])
    held = Counter(c for r in rows for c in r[1])
    print("\nclause listed held")
    for c in DENY + REFER:
        print("%-27s %4d %4d" % (c, listed[c], held[c]))
    textonly = 0
    for s, h, rec in rows:
        if rec["expected"]["decision"] != "permit" and not (structured_clauses_from_rec(rec)):
            textonly += 1
    nonpermit = sum(1 for r in rows if r[2]["expected"]["decision"] != "permit")
    print("\nnon-permit with perfect structured fields: %d of %d" % (textonly, nonpermit))
    print("text clauses used:", dict(Counter(c for r in rows for c in r[0]["text"])))


def structured_clauses_from_rec(rec):
    lic, req = rec["licence"], rec["request"]
    now = rec["now"]
    held = set()
    if lic["status"] != "active" or not lic["certificate_signed"]:
        held.add("licence_inactive")
    if lic["agency_type"] == "private":
        held.add("non_government_end_user")
    o = req["offence"]
    if o["category"] == "other" or (o["category"] == "serious_crime" and (
            o["max_penalty_years"] is None or o["max_penalty_years"] < THRESHOLD)):
        held.add("purpose_not_permitted")
    lb = req["legal_basis"]
    if lb["type"] == "none" or not lb["reference"] or not lb["valid_until"] or lb["valid_until"] <= now:
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


# ====================================================================
# SCENARIOS
# ====================================================================

P, D, R = "permit", "deny", "refer"
SC, TE, OT = "serious_crime", "terrorism", "other"
ENC = "expression_not_crime"
PG = "protected_ground"
TDU = "terrorism_definition_unmet"
PP = "protected_person"
XT = "extraterritorial_target"

# ------------------------------------------------------------ Spanish: permit
S("es", "MX", "Unidad Antisecuestro de la Policía Estatal de Investigación, Región Altiplano",
  "police", SC, "secuestro agravado", 80, "desconocida", """
El 14 del mes en curso fue privado de la libertad un comerciante de abarrotes en la carretera a Ojuelos. Desde entonces la familia ha recibido once llamadas exigiendo 3 millones de pesos; en la última se escuchó la voz de la víctima. El número objetivo es el que utiliza el negociador de la banda: lo identificamos por el análisis de sábanas de llamadas y porque coincide con el que recibió el depósito de prueba de vida. Se requiere ubicación en tiempo real para ubicar la casa de seguridad antes de la próxima entrega, programada para el viernes. Orden del Juez de Control adjunta.
""", P)

S("es", "MX", "Fiscalía Especializada en Feminicidios, Región Sur (Unidad Tlacualli)",
  "prosecution", SC, "feminicidio", 60, "chofer de transporte de carga", """
Víctima: mujer de 27 años, integrante de un colectivo feminista local, localizada sin vida el 3 de marzo en un predio baldío con signos de violencia sexual. El principal probable responsable es su expareja, con dos denuncias previas por violencia familiar interpuestas por ella misma (carpetas 118/2025 y 402/2025). El celular de él se conectó a la antena más cercana al predio entre las 23:10 y las 01:40 de esa noche y desde entonces se apaga por intervalos. Necesitamos ubicación y mensajes para acreditar su participación y evitar que huya a otra entidad. Se aclara que la militancia de la víctima no guarda relación con la línea de investigación.
""", P, caps=("messages", "location"))

S("es", "MX", "Policía de Investigación, Célula de Combate al Robo de Hidrocarburos Bajío-Oriente",
  "police", SC, "sustracción ilícita de hidrocarburos (toma clandestina)", 25, "transportista", """
Antecedentes: toma clandestina detectada por el área de ductos en el km 112 del poliducto, con pérdida estimada de 180 mil litros mensuales.
- El objetivo coordina la salida de pipas desde el rancho donde está la toma; tres choferes detenidos en flagrancia lo señalan.
- Su cuñado es regidor en el ayuntamiento; no hay indicios de que participe y no es objeto de esta solicitud.
- Se pide contenido de mensajes y contactos para identificar compradores (gasolineras) y la cadena de pago.
Orden judicial vigente.
""", P, caps=("messages", "contacts"))

S("es", "GT", "Fiscalía de Sección contra la Extorsión, Agencia Fiscal 9", "prosecution", SC,
  "extorsión", 12, "no consta", """
Cobro de "renta" a pilotos de la ruta 83 (Villa Nueva). Número usado en 14 llamadas intimidatorias identificadas por las víctimas; depósitos a cuentas de terceros. Autorización judicial adjunta.
""", P, caps=("messages",))

S("es", "HN", "Dirección de Investigación Criminal, Sección de Homicidios del Valle de Sula",
  "police", SC, "asesinato", 30, "mototaxista", """
Que el día 2 de febrero, siendo aproximadamente las 05:40 horas, en la parada de la colonia Rivera Hernández fue ultimado con arma de fuego el conductor de la unidad 41 de la ruta a Cofradía, quien se había negado a seguir pagando el llamado impuesto de guerra. Testigos describen a un motociclista; la motocicleta fue ubicada en un taller y su poseedor, el aquí objetivo, la dejó ahí dos horas después del hecho. Se solicita ubicación histórica y mensajería del número que porta para establecer su recorrido y quién dio la orden.
""", P)

S("es", "SV", "Unidad Antiextorsiones, Delegación Policial de San Miguel Oriente", "police", SC,
  "extorsión agravada", 15, "vendedor ambulante", """
Denuncian tres propietarios de tiendas del mercado municipal que un sujeto pasa cada quince días a recoger cuotas de $25 a $50 en nombre de una estructura de la zona y que a quien no paga le mandan fotos de sus hijos saliendo de la escuela. Uno de los comerciantes grabó la última entrega y anotó el número desde el que le escriben. Se solicita acceso a mensajes y contactos para identificar al resto de la célula.
""", P, caps=("messages", "contacts"), quota="edge")

S("es", "CO", "Fiscalía Seccional Magdalena Medio, Unidad contra Secuestro y Extorsión",
  "prosecution", SC, "secuestro extorsivo agravado", 50, "comerciante de ganado", """
El ganadero O.P. fue sacado de su finca en zona rural de Puerto Berrío hace 19 días. Los captores exigen 800 millones de pesos y la negociación la conduce un intermediario que se hace llamar "el Contador". Un exintegrante del antiguo frente que operaba en la zona, hoy detenido por otros hechos, reconoció su voz en una grabación. Ese pasado común en la organización es solo un antecedente: la solicitud se funda en las llamadas y en el cobro de la prueba de supervivencia, que se hizo desde este abonado. Pedimos ubicación y mensajes.
""", P)

S("es", "CO", "Policía Judicial, Grupo contra la Minería Ilegal del Bajo Cauca", "police", SC,
  "explotación ilícita de yacimiento minero y contaminación ambiental agravada", 12,
  "propietario de maquinaria amarilla", """
La denuncia la presentó el presidente del consejo comunitario, defensor ambiental reconocido en la región y amenazado desde entonces. El objetivo es dueño de cuatro dragas tipo "dragón" que operan sin título en el río y vierten mercurio; hay informe de sobrevuelo, facturas de compra de ACPM a su nombre y declaración de dos operarios. Requerimos ubicación y contactos para establecer a quién le vende el oro.
""", P, caps=("location", "contacts"))

S("es", "PE", "Dirección contra la Minería Ilegal, Frente Tambopata Sur", "police", SC,
  "minería ilegal agravada y trata de personas", 20, "administrador de campamento minero", """
En el campamento "La Novia" (sector km 107 de la Interoceánica) se rescató a seis adolescentes explotadas en bares. Dos señalan al investigado como quien las reclutó en Cusco con ofertas de trabajo de cocinera y quien controla los pagos; el mismo dirige la extracción aurífera con motobombas fuera del corredor minero. Se solicitan mensajes y ubicación del abonado que las menores tenían agendado como "Tío".
""", P)

S("es", "EC", "Unidad de Investigaciones contra el Crimen Organizado, Zona 8", "police", TE,
  "terrorismo (coche bomba)", 13, "no consta", """
La madrugada del domingo explotó un vehículo cargado con explosivos frente al centro de rehabilitación regional, a 40 metros de la garita donde había seis guías penitenciarios y familiares haciendo fila para la visita. Horas después circuló un video en el que la organización exige al Gobierno suspender los traslados de sus cabecillas "o habrá más". El número objetivo envió, doce minutos antes de la explosión, la foto del vehículo estacionado al grupo de mensajería que usan los sicarios de la facción. Requerimos mensajes, contactos y ubicación.
""", P, caps=("messages", "contacts", "location"))

S("es", "EC", "Fiscalía Especializada en Delincuencia Organizada, Manabí", "prosecution", SC,
  "extorsión (cobro de vacunas)", 10, "músico", """
Cinco dueños de tiendas y una panadería de Tarqui reportan cobros semanales de "vacuna" de $20 a $40 desde noviembre. Tres lo reconocen porque lo han visto tocar en el grupo de alabanza de una iglesia evangélica del sector; su fe no tiene nada que ver con la investigación, solo explica cómo lo identificaron. Los mensajes de cobro llegan desde el número objetivo. Se requiere mensajes y ubicación.
""", P)

S("es", "MX", "Fiscalía Especializada en Combate a la Delincuencia Organizada, Subsede Golfo",
  "prosecution", TE, "terrorismo (ataque con granadas a establecimiento)", 40, "no consta", """
Hechos: el sábado a las 22:15 dos sujetos arrojaron granadas de fragmentación al interior del bar "El Farolito", con unas 60 personas dentro; 4 muertos y 17 heridos. Al día siguiente se colgaron mantas en el puente de acceso advirtiendo a "los que no se alinean" que "el pueblo entero va a pagar" y ordenando cerrar comercios a las 8 pm. Desde entonces la mitad de los negocios del centro no abren. Un detenido señaló el número objetivo como el del jefe de plaza que dio la orden por radio y teléfono. Se solicita ubicación, mensajes y contactos.
""", P, caps=("location", "messages", "contacts"))

S("es", "BO", "Fuerza Especial contra el Narcotráfico, Distrito Chimoré Norte", "police", SC,
  "tráfico de sustancias controladas", 25, "piloto civil", """
Ciudadano de nacionalidad brasileña, residente en Santa Cruz desde 2019. Su nacionalidad no es el motivo: opera como piloto de avionetas que aterrizan en pistas clandestinas de estancias del Beni. A su ayudante se le incautó un GPS con nueve coordenadas de pistas y en dos de ellas se hallaron 380 kg de clorhidrato. Necesitamos ubicación y mensajes antes del próximo vuelo.
""", P, nat="BR")

S("es", "AR", "Departamento Federal de Investigaciones Complejas, Delegación Rosario Norte",
  "police", SC, "amenazas coactivas agravadas y abuso de armas (balaceras a comercios)", 10,
  "no consta", """
En las últimas seis semanas se registraron 11 balaceras contra frentes de comercios de zona sur, siempre con un cartel pegado que exige pagos a la banda. Uno de los carteles iba dirigido al intendente y al gobernador, con amenazas de muerte; eso explica la repercusión pública del caso, pero el objetivo no es ninguno de ellos sino el "soldadito" que, según el análisis de cámaras y de la moto secuestrada, ejecutó al menos cuatro de los ataques. El abonado se activó en cada uno de los lugares a la hora del hecho. Pedimos ubicación en tiempo real y mensajes.
""", P)

S("es", "CL", "Fiscalía Regional Metropolitana, Equipo de Crimen Organizado Centro-Norte",
  "prosecution", SC, "secuestro extorsivo", 20, "no consta", """
Víctima de nacionalidad chilena retenida seis días en una casa de Maipú y liberada tras el pago de $15 millones. La víctima y dos testigos reconocen al imputado, de nacionalidad venezolana, como uno de los custodios; sus huellas están en la cinta adhesiva con que la ataron. La nacionalidad del imputado consta solo como dato de filiación. Se solicitan mensajes y contactos para identificar a los demás integrantes y el destino del dinero.
""", P, nat="VE", caps=("messages", "contacts"))

S("es", "UY", "Jefatura de Policía de Rivera, Área de Investigaciones", "police", SC,
  "homicidio muy especialmente agravado", 30, "no consta", """
Homicidio de 2 personas en barrio Mandubí el 9/1. Testigo presencial identifica al objetivo. Teléfono activo en la zona a la hora del hecho. Se pide ubicación.
""", P, caps=("location",))

S("es", "PY", "Departamento Antisecuestro, Regional Concepción", "police", SC,
  "secuestro", 25, "peón de estancia", """
El productor ganadero, de 58 años, fue secuestrado el 4 de abril en su estancia de Horqueta por un grupo armado que dejó un panfleto pidiendo "impuesto revolucionario". El panfleto es propaganda; lo que nos interesa es el hecho. El objetivo trabaja de peón en la estancia vecina y, según su propio primo, guió al grupo hasta la casa. Su línea fue la última en comunicarse con un celular que luego apareció en el campamento abandonado. Ubicación y mensajes.
""", P)

S("es", "GT", "División Especializada en Investigación Criminal, Sección contra la Trata",
  "police", SC, "trata de personas en su modalidad de explotación sexual", 18, "no consta", """
Se rescató a cuatro adolescentes q'eqchi' de Cobán en un bar de la frontera con México. Todas describen a la misma mujer, que las contactó por Facebook con ofertas de trabajo en casa particular; el perfil está vinculado al número objetivo. La pertenencia étnica se consigna porque las víctimas necesitaron intérprete y no guarda relación con la persona investigada. Solicitamos mensajes, contactos y ubicación para localizar a otras víctimas que pueden seguir en el lugar.
""", P, caps=("messages", "contacts", "location"))

S("es", "HN", "Fiscalía Especial contra el Crimen Organizado, Unidad de Lavado de Activos",
  "prosecution", SC, "lavado de activos", 20, "empresario de transporte", """
El investigado es miembro activo de la juventud de un partido político y publica propaganda en redes. Lo anotamos porque la defensa lo va a alegar, pero no es el fundamento de la medida. El fundamento es este: 43 depósitos fraccionados por debajo del umbral de reporte en cinco meses, tres sociedades de papel constituidas ante la misma notaria y la compra de nueve buses en efectivo, montos que coinciden con el dinero que la pandilla cobra a la ruta. Se solicita contactos y mensajes.
""", P, caps=("contacts", "messages"))

S("es", "MX", "Sección Segunda de Inteligencia, 43/a Zona Militar (Sierra Norte)", "military",
  SC, "tráfico de armas y portación de armas de uso exclusivo", 30, "no consta", """
Por decomiso del 22 de mayo en el retén del km 45 se aseguraron 14 fusiles tipo AR y 3 Barrett calibre .50 ocultos en doble fondo de un tractocamión. El chofer declaró que recibía instrucciones por mensajería de un contacto al que llama "Primo", que coordina los cruces desde la frontera. El número de "Primo" es el objetivo. Se anexa orden de juez federal, vigente hasta el día de hoy; se solicita ejecución inmediata.
""", P, legal="ok_edge", ltype="judicial_warrant")

S("es", "DO", "Dirección Central de Investigaciones Criminales, Departamento de Robos del Cibao",
  "police", SC, "robo agravado en banda (motocicletas)", 6, "mecánico", """
Banda que despoja a motoconchistas a punta de pistola en Santiago y revende las motos desarmadas. El objetivo tiene un taller en Cienfuegos donde se hallaron siete chasis con los números limados, y los agraviados reconocen su voz por las llamadas en que les ofrecía "rescatar" las motos a cambio de dinero. Mensajes y ubicación.
""", P)

S("es", "CR", "Policía Judicial, Sección de Secuestros del Pacífico Central", "police", SC,
  "secuestro extorsivo", 20, "no consta", """
El presbítero de la parroquia de Barranca fue abordado al salir de misa y obligado a retirar dinero de varios cajeros durante tres horas (modalidad "secuestro exprés"); luego lo abandonaron en Esparza. Es la tercera víctima con el mismo modo de operar este mes. El sacerdote es la víctima, no el objetivo. El objetivo es el conductor del vehículo, identificado por las placas y por la cámara de un cajero; su celular se usó para coordinar con un segundo vehículo. Ubicación, por favor.
""", P, caps=("location",))

S("es", "PA", "Dirección de Investigación de Delitos Transnacionales, Sección Darién", "police",
  SC, "tráfico ilícito de migrantes agravado", 15, "lanchero", """
Colombiano con residencia en Yaviza. Cobra 250 dólares por persona a migrantes, en su mayoría venezolanos y haitianos, para cruzarlos en lancha por el río Chucunaque evitando la estación de recepción; en febrero se volcó una de sus lanchas y murieron tres niños. Sobrevivientes lo identificaron en fotografía y entregaron el número al que pagaban por transferencia. La nacionalidad de víctimas y autor es circunstancial. Se requiere ubicación y mensajes.
""", P, nat="CO")

S("es", "CO", "Seccional de Investigación Judicial, Cali Sur", "police", SC,
  "homicidio agravado y tentativa de homicidio", 50, "comerciante", """
Durante la jornada de protesta del día 28, en el sector de Puerto Resistencia, la concentración transcurría sin hechos graves cuando desde una camioneta blanca se dispararon ráfagas contra los manifestantes: murió un joven de 19 años y otros dos quedaron heridos. Videos de vecinos muestran la placa; el vehículo está registrado a nombre del objetivo, y un peritaje balístico lo vincula con la pistola que portaba su escolta privado. Lo investigamos por disparar, no por estar a favor o en contra de la protesta. Se solicita ubicación histórica del día de los hechos y mensajes.
""", P)

S("es", "NI", "Dirección de Investigaciones Antidrogas, Región Costa Caribe Norte", "police",
  SC, "transporte internacional de estupefacientes", 20, "pescador", """
Lancha interceptada frente a Cayos Miskitos con 620 kg de cocaína. Los dos tripulantes detenidos dicen que quien los contrató y les paga es el objetivo, pescador de Bilwi que coordina el abastecimiento de combustible a las lanchas rápidas. Que sea miskito lo consignan los informes de campo, pero no tiene relación con la solicitud. Se pide ubicación y contactos.
""", P, caps=("location", "contacts"))

S("es", "MX", "Fiscalía Especializada en Feminicidio, Zona Oriente", "prosecution", SC,
  "feminicidio", 60, "estudiante", """
Víctima: estudiante universitaria, vocera de la asamblea estudiantil durante el paro de la facultad del año pasado; su participación política no tiene relación con la línea de investigación. Indiciado: su exnovio. Videos del C5 lo ubican con ella la noche del hecho y su celular viajó junto al de ella hasta el canal donde fue hallada. Mensajes y ubicación.
""", P)

S("es", "PE", "Fiscalía Provincial Especializada contra la Criminalidad Organizada, Lima Norte",
  "prosecution", SC, "extorsión agravada", 20,
  "secretario general de sindicato de construcción civil", """
El investigado preside un sindicato de construcción civil. La solicitud no se funda en su actividad sindical sino en hechos concretos: entre agosto y enero, seis empresas constructoras de Carabayllo denunciaron que exige "cupos" de S/ 5,000 por obra y la contratación de trabajadores que nunca se presentan; en dos obras que se negaron se detonaron cartuchos de dinamita junto a la caseta. Las transferencias llegan a una cuenta de su conviviente. Solicitamos mensajes y contactos.
""", P, caps=("messages", "contacts"))

S("es", "CO", "Unidad Especial de Investigación, Cauca Norte", "police", SC,
  "homicidio agravado", 50, "no consta", """
Se investiga el homicidio de una lideresa social y defensora de derechos humanos del resguardo, ocurrido el 17 de marzo frente a su casa. Ella es la víctima; el objetivo es el sicario. Testigos lo vieron en la moto, y en el celular que dejó tirado al huir había fotos de la víctima tomadas días antes. Ya registró una línea nueva, que es la que pedimos intervenir para dar con quien le pagó.
""", P)

S("es", "HN", "Unidad Transnacional contra Pandillas, Regional Atlántida", "police", SC,
  "secuestro con resultado de muerte", 999, "no consta", """
Joven de 17 años privado de libertad en La Ceiba; la familia pagó L 200,000 y aun así fue hallado sin vida en el río Cangrejal. Le corresponde cadena perpetua. El número objetivo es el que llamó a la madre para exigir el dinero y, según tres llamadas posteriores registradas, sigue cobrando a otras familias. Ubicación en tiempo real.
""", P, caps=("location",))

S("es", "SV", "Fiscalía Especializada contra el Crimen Organizado, Unidad Antipandillas Occidente",
  "prosecution", TE, "actos de terrorismo (paro armado del transporte)", 30, "no consta", """
Entre el 3 y el 5 de junio la clica ordenó un paro del transporte en Sonsonate: asesinó a dos motoristas de la ruta 205 dentro de sus unidades, con pasajeros a bordo, y difundió audios advirtiendo que "cualquier bus que salga se quema con todo y gente". La población no salió a trabajar y el comercio cerró. El audio fue grabado y enviado desde el teléfono objetivo, según el análisis del archivo y la declaración de un colaborador. Se solicitan mensajes, contactos y ubicación.
""", P, caps=("messages", "contacts", "location"))

S("es", "BO", "Unidad de Delitos Ambientales y Mineros del Norte Paceño", "police", SC,
  "explotación ilegal de recursos minerales y extorsión", 8, "socio de cooperativa aurífera", """
Dragas sobre el río Kaka sin autorización. La comunidad leco de la ribera denunció que el investigado les cobra "derecho de paso" por su propio río y que amenazó con quemar la escuela si seguían denunciando. Pruebas: audios de las amenazas y fotos de las dragas con su nombre pintado en el casco. Mensajes y ubicación.
""", P)

# ------------------------------------------------------------ Spanish: deny, text only
S("es", "MX", "Centro Estatal de Inteligencia, Unidad de Análisis de Riesgo Social",
  "intelligence", TE, "terrorismo", 40, "coordinadora de radio comunitaria", """
La objetivo coordina la radio comunitaria "La Voz del Cerro" (104.7 FM), que desde enero difunde convocatorias a marchar contra el proyecto minero de la empresa concesionaria y entrevistas con ejidatarios que acusan al ayuntamiento de haber vendido los permisos. Las marchas han sido pacíficas, pero la emisora genera un clima de confrontación que afecta la inversión en la región y podría escalar. Se tipifica como terrorismo por la afectación a la paz pública. Se requiere contenido de mensajes y contactos para mapear la red de apoyo de la emisora.
""", D, [ENC, TDU], text=[ENC, TDU, PP], caps=("messages", "contacts"))

S("es", "GT", "Fiscalía de Asuntos Internos del Sector Público, Agencia 3", "prosecution", SC,
  "revelación de secretos e instigación a delinquir", 8,
  "auxiliar administrativo del Ministerio de Salud", """
El objetivo, empleado del área de compras del Ministerio, fotografió y entregó a un medio digital las órdenes de compra de 2025 que, según la publicación, muestran sobreprecios de hasta 400 % en insumos hospitalarios. La nota provocó manifestaciones frente al Ministerio y un grave desprestigio institucional. Se solicitan mensajes y contactos para establecer con qué periodistas se comunica y qué otros documentos ha entregado.
""", D, [ENC], text=[ENC], caps=("messages", "contacts"))

S("es", "HN", "Dirección Nacional de Inteligencia Territorial, Sección Litoral Atlántico",
  "intelligence", SC, "asociación ilícita", 20, "pescadora", """
La familia de la objetivo encabeza desde hace años la oposición garífuna al proyecto turístico de la bahía; su madre y dos tíos fueron procesados en 2019. No se le atribuye un hecho concreto, pero por su apellido y su pertenencia a la comunidad se considera probable que participe en cualquier acción contra el proyecto. Mensajes y ubicación.
""", D, [PG], text=[PG])

S("es", "CL", "Fiscalía Regional, Unidad de Alta Complejidad Araucanía Interior", "prosecution",
  TE, "conductas terroristas", 15, "agricultor", """
El imputado es integrante de una comunidad mapuche de Ercilla que mantiene una reivindicación territorial sobre el fundo colindante. En la zona se han registrado incendios de maquinaria forestal en los últimos meses, sin autoría establecida. No existen antecedentes que lo vinculen con esos hechos; se lo selecciona por su pertenencia a la comunidad y porque su familia apoya la reivindicación. Se solicitan mensajes, contactos y ubicación para prevenir futuros atentados.
""", D, [PG, TDU], text=[PG, TDU], caps=("messages", "contacts", "location"))

S("es", "PE", "División de Investigación de Delitos contra el Orden Público, Arequipa", "police",
  TE, "apología del terrorismo", 8, "estudiante universitario, presidente de federación", """
El investigado, presidente de la federación estudiantil de su universidad, publicó en TikTok y X una serie de videos en los que califica al gobierno de "dictadura asesina" por las muertes en las protestas del sur y llama a un paro nacional indefinido. Los videos superan las 200 mil reproducciones. Consideramos que su discurso justifica la violencia y encaja en la apología. No hay hechos de violencia que se le atribuyan. Mensajes y contactos.
""", D, [ENC, TDU], text=[ENC, TDU], caps=("messages", "contacts"))

S("es", "MX", "Vicefiscalía Regional de la Montaña", "prosecution", SC,
  "apología del delito y ultrajes a la autoridad", 6, "sacerdote católico, párroco", """
En las homilías de los domingos 2, 9 y 16, grabadas por asistentes, el párroco acusó al gobernador y al secretario de seguridad de "pactar con los criminales" y pidió a los fieles no creer en las cifras oficiales de homicidios. Estas prédicas desacreditan a las instituciones y siembran desconfianza en la población. Se pide acceso a mensajes y contactos.
""", D, [ENC], text=[ENC, PP], caps=("messages", "contacts"))

S("es", "VE", "Dirección de Contrainteligencia Estratégica, Área Académica", "intelligence", SC,
  "traición a la patria e instigación al odio", 30, "profesor universitario", """
El objetivo, docente de criminología, coordina un observatorio que publicó el informe "Letalidad policial 2025", en el que contabiliza 1.200 presuntas ejecuciones extrajudiciales a partir de notas de prensa y partes forenses filtrados. El informe fue citado por una misión internacional y usado en una sesión en Ginebra contra la República. Su labor constituye una campaña contra las instituciones del Estado. Se requieren mensajes, contactos y ubicación.
""", D, [ENC], text=[ENC], caps=("messages", "contacts", "location"))

S("es", "NI", "Dirección de Auxilio Judicial, Unidad de Delitos contra el Estado", "police", SC,
  "conspiración para cometer menoscabo a la integridad nacional", 15, "comerciante", """
Miembro conocido del movimiento opositor en Masaya. Promovió y firmó la petición pública dirigida a organismos internacionales para la liberación de los presos políticos, que circuló en grupos de mensajería con más de 3.000 firmas. Su filiación opositora y la petición evidencian su intención de desestabilizar. Se solicitan mensajes y ubicación.
""", D, [ENC, PG], text=[ENC, PG])

S("es", "SV", "Organismo de Inteligencia del Estado, Sección de Análisis Social",
  "intelligence", SC, "agrupaciones ilícitas", 10, "estilista", """
Integrante de un colectivo LGBTI de San Salvador. Se considera que el entorno de la diversidad sexual es vulnerable a ser captado por estructuras delictivas y conviene mantener cobertura preventiva sobre sus referentes. No hay indicios de un delito concreto. Mensajes y contactos.
""", D, [PG], text=[PG], caps=("messages", "contacts"))

S("es", "DO", "Dirección de Inteligencia Policial, Regional Este", "police", SC,
  "tráfico ilícito de migrantes", 15, "jornalero cañero", """
Nacional haitiano residente en el batey 5 de La Romana, uno de los lugares donde suelen pernoctar grupos de indocumentados. Siendo haitiano y con contactos a ambos lados de la frontera, es probable que facilite la entrada de otros. No hay denuncia ni hecho específico en su contra. Ubicación y contactos.
""", D, [PG], text=[PG], nat="HT", caps=("location", "contacts"))

S("es", "EC", "Centro de Inteligencia Estratégica, Dirección de Orden Público", "intelligence",
  TE, "terrorismo y paralización de servicios públicos", 13, "dirigente indígena", """
Presidente de una federación indígena de la Sierra centro. Convocó en asamblea y por radio el paro nacional de junio y anunció que las comunidades "no se moverán de las carreteras hasta que se derogue el decreto". El paro afectó el abastecimiento de las ciudades. Las movilizaciones fueron mayoritariamente pacíficas y no se le atribuyen hechos violentos, pero su convocatoria está en el origen de la paralización. Se pide acceso a sus mensajes, contactos y ubicación.
""", D, [ENC, TDU], text=[ENC, TDU], caps=("messages", "contacts", "location"))

S("es", "CO", "Centro Cibernético de Policía Judicial, Grupo de Delitos Informáticos", "police",
  TE, "terrorismo cibernético", 20, "estudiante de ingeniería de sistemas", """
Durante las dos horas previas al cierre de inscripción de cédulas, el portal de la Registraduría recibió un ataque de denegación de servicio desde una botnet de unos 40.000 equipos y estuvo caído 95 minutos. El rastreo del panel de control lleva a una cuenta a nombre del objetivo, que en un foro se atribuyó el ataque "en protesta por la reforma". No hubo afectación a personas ni a otros sistemas. Se solicitan mensajes y contactos para identificar a los demás operadores de la botnet.
""", D, [TDU], text=[TDU], caps=("messages", "contacts"), ident="email")

S("es", "MX", "Policía de Investigación, Unidad de Delitos contra Instalaciones de Gobierno",
  "police", TE, "terrorismo (ataque a instalaciones públicas)", 30, "estudiante", """
En la marcha del 8 de marzo un grupo de encapuchadas pintó consignas sobre la fachada del palacio municipal, rompió 14 vidrios de planta baja con martillos y derribó la valla metálica de la entrada. El edificio estaba vacío por ser domingo y no hubo lesionados. Las cámaras identifican a la objetivo golpeando los vidrios y rociando pintura. Se clasifica como terrorismo por tratarse de una sede de gobierno. Ubicación y mensajes para identificar a las demás participantes.
""", D, [TDU], text=[TDU], caps=("location", "messages"))

S("es", "BO", "Dirección de Inteligencia Policial, Sección Trópico", "police", TE,
  "financiamiento del terrorismo", 20, "comerciante de hoja de coca", """
Tras la aprehensión de 23 productores en el bloqueo de Shinahota, la investigada organizó una colecta en los mercados del Trópico y abrió una cuenta para pagar las fianzas y los abogados de los aprehendidos; reunió Bs 86.000. Se le imputa financiamiento del terrorismo porque los fondos benefician a personas procesadas por los hechos del bloqueo. No se le atribuye participación en hechos violentos. Contactos y mensajes.
""", D, [TDU], text=[TDU], caps=("contacts", "messages"))

S("es", "AR", "Dirección de Investigaciones del Ciberdelito, Delegación Cuyo", "police", SC,
  "intimidación pública", 6, "diseñador gráfico", """
Administra la cuenta de memes @ministerio_del_miedo (85 mil seguidores), que publica fotomontajes del ministro de Seguridad con traje de villano de historieta y falsos "comunicados oficiales" que anuncian operativos absurdos, siempre rotulados como parodia. Algunos usuarios los compartieron como si fueran reales, lo que generó alarma. Mensajes y contactos para establecer quién lo financia.
""", D, [ENC], text=[ENC], caps=("messages", "contacts"))

S("es", "PY", "Unidad Fiscal Especializada en Hechos Punibles contra la Seguridad, San Pedro",
  "prosecution", SC, "asociación criminal y perturbación de la paz pública", 10,
  "intendente municipal", """
El intendente del distrito pertenece al principal partido de oposición y es aliado político de las ligas campesinas que reclaman la titulación de las tierras de la estancia vecina. Dados su afiliación y su cargo, se lo considera el articulador natural de cualquier acción de esas organizaciones en el distrito. No se cuenta con indicios de un hecho determinado. Se solicitan contactos y ubicación.
""", D, [PG], text=[PG, PP], caps=("contacts", "location"))

S("es", "GT", "Dirección de Inteligencia Civil, Unidad de Análisis Interno", "intelligence", SC,
  "espionaje", 15, "investigadora universitaria", """
La investigadora remitió al relator especial de Naciones Unidas una base de datos con 2.340 casos de muertes violentas de mujeres, construida con registros forenses y fiscales obtenidos por acceso a la información pública, en la que sostiene que el Estado subregistra los femicidios. Con ello entregó a un organismo extranjero información sensible del Estado. Requerimos mensajes y contactos.
""", D, [ENC], text=[ENC], caps=("messages", "contacts"))

S("es", "MX", "Secretaría de Seguridad, Área de Análisis Táctico, Región Tierra Caliente",
  "police", SC, "delincuencia organizada (halconeo)", 15, "estudiante de preparatoria", """
En la colonia Las Palmas operan halcones al servicio de la plaza; el perfil típico es varón de 15 a 20 años, sin empleo formal y con motocicleta. El titular de la línea es un joven de 17 años de la colonia que cumple ese perfil. No se le ha observado realizando vigilancia ni hay señalamiento en su contra. Ubicación y mensajes.
""", D, [PG], text=[PG])

# ------------------------------------------------------------ Spanish: deny, structured
S("es", "MX", "Grupo Ámbar Seguridad Corporativa, S.A. de C.V.", "private", SC, "secuestro",
  80, "no consta", """
Nuestro cliente, una empresa minera con operaciones en la sierra, sufrió el secuestro de un ingeniero de campo hace cinco días. Los captores se comunican con el gerente de la unidad desde el número objetivo. Coadyuvamos con la fiscalía estatal, que tiene abierta la carpeta, pero requerimos la ubicación directamente para la operación de rescate que coordina nuestro equipo.
""", D, ["non_government_end_user"], caps=("location",))

S("es", "PE", "Vértice Consultores en Seguridad Minera S.A.C.", "private", SC,
  "usurpación y disturbios", 4, "defensor ambiental, presidente del frente de defensa", """
El sujeto preside el frente de defensa de la provincia y encabeza las asambleas donde se acordó rechazar la ampliación del tajo. Sus declaraciones en la radio local han reducido el apoyo de las comunidades al proyecto. Solicitamos el servicio de monitoreo para anticipar las próximas movilizaciones y proteger las instalaciones de nuestro cliente. No se ha gestionado orden judicial por la urgencia.
""", D, ["no_legal_basis", "non_government_end_user", "purpose_not_permitted", ENC],
  text=[ENC], reg="human_rights_defender", legal="none", caps=("messages", "location"))

S("es", "CO", "Unidad Antisecuestro y Extorsión, Seccional Cesar", "police", SC,
  "extorsión agravada", 24, "no consta", """
Extorsión a palmicultores de Agustín Codazzi por un grupo que se hace llamar autodefensas; exigen una "vacuna" por hectárea. Los pagos se coordinan desde el abonado objetivo, identificado en el celular incautado a un recaudador capturado el 2 de mayo. Ubicación y mensajes.
""", D, ["licence_inactive"], status="suspended")

S("es", "EC", "Dirección de Investigación Antisecuestros, Subzona Guayas", "police", SC,
  "secuestro extorsivo", 16, "privado de libertad", """
Comerciante de Durán secuestrado; los captores exigen $60.000. El número desde el que llaman lo usa un preso del centro de rehabilitación regional que dirige la operación por teléfono. Prioridad máxima.
""", D, ["licence_inactive"], signed=False)

S("es", "HN", "Comando Antiextorsión Regional del Sur", "police", SC, "extorsión", 15,
  "no consta", """
Cobro de extorsión a 22 pulperías de Choluteca; una de las víctimas fue asesinada en marzo por no pagar. Un colaborador identificó al "palabrero" y el número que usa. Se solicita mensajes y ubicación.
""", D, ["licence_inactive", "quota_exceeded"], status="revoked", quota="at")

S("es", "MX", "Policía Municipal, Unidad de Proximidad Escolar", "police", OT,
  "narcomenudeo (posesión simple)", 3, "no consta", """
Joven que vende cigarros de mariguana afuera de la secundaria técnica 12. Ya lo tenemos ubicado, queremos saber quién lo surte.
""", D, ["purpose_not_permitted"], caps=("messages", "contacts"))

S("es", "GT", "Comisaría 71, Oficina de Investigación", "police", SC, "amenazas graves", 5,
  "agricultor", """
Un vecino de Chimaltenango recibe desde hace un mes mensajes de voz en los que otro vecino, con quien tiene un pleito por linderos, le dice que le va a quemar la milpa. Se solicita ubicación y mensajes del denunciado para acreditar la autoría.
""", D, ["purpose_not_permitted"])

S("es", "CL", "Fiscalía Local de Calama", "prosecution", SC, "receptación de cables de cobre",
  None, "chatarrero", """
Chatarrería de Calama que compra cable de cobre robado a la red ferroviaria. El dueño recibe por mensajes los avisos de "carga". Solicitamos mensajes y contactos. (Se está verificando la penalidad aplicable tras la reforma.)
""", D, ["purpose_not_permitted"], caps=("messages", "contacts"))

S("es", "AR", "Dirección de Investigaciones, Unidad Antisecuestros La Matanza", "police", SC,
  "secuestro extorsivo", 25, "no consta", """
Secuestro en curso en La Matanza: menor de 9 años, piden USD 50.000. Por la urgencia se actúa con autorización verbal del jefe de la Dirección; la orden del juzgado se tramitará mañana. Ubicación inmediata del número que llama a la madre.
""", D, ["no_legal_basis"], legal="none_with_ref", ref="autorización verbal - Jefatura",
  caps=("location",))

S("es", "MX", "Policía Federal Ministerial, Coordinación de Ductos Centro", "police", SC,
  "robo de hidrocarburos", 25, "no consta", """
Continuación de la intervención autorizada en la carpeta 211/2026 (ducto Tula-Salamanca). El objetivo sigue coordinando las ordeñas nocturnas. La orden vence hoy a esta hora; se pide una última descarga de mensajes y ubicación mientras se tramita la ampliación.
""", D, ["no_legal_basis"], legal="at_now")

S("es", "BO", "Unidad de Investigaciones Financieras, Departamental La Paz", "police", SC,
  "legitimación de ganancias ilícitas", 10, "abogado", """
Abogado que constituye sociedades de fachada para un clan de narcotraficantes del oriente: se identificaron 11 empresas con el mismo domicilio que su bufete y movimientos por USD 4 millones sin respaldo. La resolución del juez cautelar está en trámite de numeración. Mensajes y contactos.
""", D, ["no_legal_basis"], reg="lawyer", legal="noref", caps=("messages", "contacts"))

S("es", "PE", "División de Investigación de Secuestros y Extorsiones, Trujillo", "police", SC,
  "extorsión agravada", 20, "no consta", """
Banda dedicada a colocar explosivos en casas de empresarios del transporte de Trujillo que no pagan. El objetivo es el cabecilla; habla poco por teléfono y da las órdenes en persona en su vivienda, por lo que requerimos activar el micrófono del equipo además de los mensajes.
""", D, ["capability_out_of_scope"], caps=("messages", "microphone"), capx=("microphone",))

S("es", "SV", "Subdirección de Investigaciones, Delegación Apopa", "police", SC,
  "homicidio agravado", 50, "no consta", """
Pandillero prófugo por el homicidio de un agente en Apopa, refugiado en Jutiapa, Guatemala, según su pareja. Desde allá sigue ordenando cobros. Ubicación.
""", D, ["quota_exceeded"], loc="GT", quota="over", caps=("location",))

S("es", "CO", "Unidad contra Secuestro, Seccional Norte de Santander", "police", SC,
  "secuestro y homicidio", 60, "no consta", """
Cabecilla de la estructura que secuestró y asesinó a dos comerciantes de Cúcuta. Cruza a diario a San Antonio del Táchira y hoy duerme del lado venezolano. Necesitamos la ubicación y la cámara del equipo para confirmar su identidad física antes del operativo conjunto.
""", D, ["capability_out_of_scope", "quota_exceeded"], loc="VE", quota="at",
  caps=("location", "camera"), capx=("camera",))

S("es", "VE", "Dirección de Contrainteligencia, Área de Asuntos Externos", "intelligence", TE,
  "terrorismo e incitación al odio", 30, "periodista", """
Periodista que desde Madrid conduce un programa en YouTube donde difunde denuncias sobre presuntas torturas en centros de reclusión y llama a la comunidad internacional a sancionar a funcionarios. Su contenido promueve la desestabilización y busca aislar a la República. Se solicitan mensajes y contactos para identificar a sus fuentes dentro del país.
""", D, [ENC, TDU], text=[ENC, TDU, PP], reg="journalist", loc="ES", nat="VE",
  caps=("messages", "contacts"))

S("es", "NI", "Dirección de Inteligencia Territorial", "intelligence", SC,
  "conspiración y menoscabo a la integridad nacional", 15, "exdiputado", """
Exdiputado y dirigente de la oposición en el exilio, residente en San José. Organiza foros virtuales donde denuncia al gobierno y pide sanciones internacionales. Es de conocimiento general su pertenencia a la alianza opositora, lo cual lo convierte en objetivo prioritario. Contactos y ubicación.
""", D, [ENC, "no_legal_basis", PG], text=[ENC, PG], reg="politician", loc="CR", nat="NI",
  legal="novalid", caps=("contacts", "location"))

S("es", "MX", "Fiscalía Especializada en Delincuencia Organizada, Subsede Tierra Caliente",
  "prosecution", SC, "delincuencia organizada y desaparición cometida por particulares", 80,
  "presidente municipal", """
El presidente municipal aparece en tres videos recibiendo efectivo de un operador del cártel, y en llamadas intervenidas a ese operador acuerda "levantar" a un regidor que lo denunció, quien sigue desaparecido. Además hay pagos de la nómina municipal a halcones. Se solicita reanudar la intervención de su línea con la orden anterior mientras se obtiene la nueva.
""", D, ["no_legal_basis"], text=[PP], legal="expired", caps=("messages", "location"))

S("es", "GT", "Fiscalía contra la Narcoactividad, Agencia Izabal", "prosecution", SC,
  "tránsito internacional de drogas", 20, "administrador de finca", """
Seguimiento del objetivo que coordina la recepción de avionetas en pistas clandestinas de Los Amates: dos aterrizajes documentados en febrero, combustible comprado con su tarjeta. Se adjunta la orden judicial concedida en su momento. Ubicación y mensajes.
""", D, ["no_legal_basis"], legal="just_expired")

# ------------------------------------------------------------ Spanish: refer, text only
S("es", "MX", "Fiscalía Anticorrupción y de Delincuencia Organizada, Región Costa",
  "prosecution", SC, "desaparición cometida por particulares y delincuencia organizada", 60,
  "presidenta municipal", """
La alcaldesa, de un partido de oposición al gobierno estatal, es señalada por tres testigos protegidos como enlace de la célula local: habría entregado a los sicarios los domicilios de dos reporteros municipales desaparecidos en enero. En el celular del jefe de célula detenido hay 41 conversaciones con el número objetivo donde se coordinan "paquetes" y pagos. Su militancia partidista es irrelevante para el caso; mencionamos su cargo porque sabemos que implica revisión. Mensajes, contactos y ubicación.
""", R, [PP], text=[PP], caps=("messages", "contacts", "location"))

S("es", "CO", "Seccional de Inteligencia Policial, Putumayo Bajo", "police", SC,
  "concierto para delinquir agravado", 18, "comunicador, administrador de página de noticias",
  """
El objetivo maneja una página de Facebook de "noticias" de Puerto Asís y se presenta como periodista, aunque no trabaja para ningún medio. Tres informantes y el análisis del celular de un capturado muestran que envía a la disidencia, en tiempo real, la ubicación de las patrullas y de los retenes que él mismo sale a "cubrir"; en dos ocasiones, minutos después hubo hostigamientos con policías heridos. Ubicación y mensajes.
""", R, [PP], text=[PP])

S("es", "PE", "Fiscalía Provincial Especializada en Violencia contra la Mujer y los Integrantes del Grupo Familiar, Juliaca",
  "prosecution", SC, "violación sexual de menor de edad", 999, "párroco", """
Dos monaguillos de 11 y 12 años denunciaron abusos en la casa parroquial; el examen médico legal es compatible con lo relatado. Desde la denuncia, el investigado ha escrito a los padres ofreciéndoles dinero y becas para que se retracten. Requerimos sus mensajes para acreditar la obstrucción y prevenir nuevas víctimas.
""", R, [PP], text=[PP], caps=("messages",))

S("es", "GT", "Fiscalía contra el Crimen Organizado, Unidad de Métodos Especiales",
  "prosecution", SC, "asesinato y asociación ilícita", 50, "abogada litigante", """
La objetivo es la defensora de confianza del líder de la pandilla recluido en la cárcel de máxima seguridad. En las grabaciones del locutorio autorizadas por el juez se la escucha recibir, en clave, la instrucción de "dar de baja" a un testigo. El testigo fue asesinado cuatro días después, y desde su número se hizo la última llamada al sicario capturado. Entendemos que su profesión exige revisión adicional. Mensajes y ubicación.
""", R, [PP], text=[PP])

S("es", "HN", "Dirección de Investigación Criminal, Sección Antisecuestro, Colón", "police",
  SC, "secuestro", 30, "agricultor", """
Hechos: el 9 de enero fue retenido el ingeniero residente de la represa en construcción en el Bajo Aguán. Sus captores exigieron un millón de lempiras a la empresa y lo liberaron a los seis días, tras el pago.

El ingeniero reconoce al objetivo como quien lo custodiaba y lo sacaba a hacer sus necesidades; el dinero se entregó a un taxista que declaró haberlo llevado después hasta la casa del objetivo.

Debe advertirse que el objetivo es un conocido defensor de derechos humanos, miembro del comité de defensa de la tierra de su comunidad, con medidas cautelares de la CIDH. Su labor de defensa no es objeto de la medida. Mensajes y ubicación.
""", R, [PP], text=[PP])

S("es", "EC", "Fiscalía Especializada en Delincuencia Organizada Transnacional e Internacional",
  "prosecution", SC, "delincuencia organizada (lavado del producto de extorsiones)", 10,
  "asambleísta alterno", """
El investigado es asambleísta alterno por una provincia costera. En el teléfono de un cabecilla de la banda, recluido en la Penitenciaría, se hallaron comprobantes de 19 transferencias a una fundación que él preside, por el mismo monto que las víctimas de extorsión depositaban cada semana; la fundación no registra actividad social alguna. Mensajes y contactos.
""", R, [PP], text=[PP], caps=("messages", "contacts"))

# ------------------------------------------------------------ Spanish: refer, structured
S("es", "MX", "Agencia Estatal de Investigación, Unidad de Inteligencia Criminal Norte",
  "police", SC, "delincuencia organizada", 40, "reportero de nota roja", """
Reportero de nota roja de un diario regional. Aparece en la nómina de la facción (libreta incautada en el operativo de febrero) con pagos quincenales de 15 mil pesos. En tres ocasiones llegó a la escena antes que la policía, y en una de ellas su llamada a un número de la célula precedió en cuatro minutos a la retirada del grupo armado. Mensajes y ubicación.
""", R, [PP], reg="journalist")

S("es", "GT", "Fiscalía contra el Lavado de Dinero u Otros Activos", "prosecution", SC,
  "lavado de dinero u otros activos", 20, "diputado al Congreso", """
Diputado distrital. Tres empresas constructoras de su hermano recibieron contratos de caminos rurales en su distrito por Q 48 millones, y el análisis financiero muestra que el 30 % regresó en efectivo a cuentas de una cooperativa cuyo representante legal es su asesor. Un contratista declaró en anticipo de prueba que entregaba "la parte del diputado" en su oficina. Mensajes y contactos.
""", R, [PP], reg="politician", caps=("messages", "contacts"))

S("es", "CO", "Unidad contra Secuestro, Seccional Nariño", "police", SC,
  "secuestro extorsivo", 50, "no consta", """
Los captores del comerciante de Ipiales se comunican con la familia desde un número ecuatoriano que, según las celdas, se mueve entre Tulcán y San Gabriel. Todo indica que la víctima fue pasada a territorio ecuatoriano. Pedimos ubicación y mensajes mientras se activa la cooperación con la policía del Ecuador.
""", R, [XT], loc="EC")

S("es", "MX", "Fiscalía General, Unidad de Investigación de Tráfico de Armas", "prosecution",
  SC, "tráfico de armas", 30, "comprador de armas", """
Comprador de paja que adquiere fusiles en armerías de Arizona y los entrega a correos que cruzan por Nogales. Su cuenta de correo aparece en los recibos de compra en línea de cargadores y en los chats del teléfono de un detenido. Vive en Tucson. Se requiere acceso a mensajes.
""", R, [XT], loc="US", nat="MX", ident="email", caps=("messages",))

S("es", "VE", "Cuerpo Nacional de Investigaciones Judiciales, División Antiextorsión", "police",
  SC, "secuestro y homicidio", 30, "no consta", """
Líder de una banda originaria de Aragua, buscado por el secuestro y homicidio de dos comerciantes en Maracay en 2023. Según un cooperador, reside en Santiago de Chile y desde allí sigue cobrando vacunas a transportistas de Aragua. Ubicación y mensajes.
""", R, [XT], loc="CL")

S("es", "SV", "División Élite contra el Crimen Organizado, Sección Finanzas", "police", SC,
  "lavado de dinero y de activos", 15, "pastor evangélico", """
Pastor de una congregación de Soyapango. Su iglesia recibe "ofrendas" semanales que coinciden en monto y fecha con la recolección de la extorsión de la clica del sector, según la contabilidad incautada a un palabrero ("entregado al pastor"). Con las cuentas de la iglesia se compraron dos vehículos que usa la estructura. Su fe no es el objeto; su papel en el lavado, sí. Contactos y mensajes.
""", R, [PP], reg="religious_leader", caps=("contacts", "messages"))

S("es", "HN", "Fiscalía Especial contra el Crimen Organizado, Sección Fronteras", "prosecution",
  SC, "narcotráfico y lavado de activos", 20, "abogado", """
Abogado que gestiona la compra de fincas en la franja fronteriza para un clan de narcotráfico; desde noviembre opera desde Esquipulas, Guatemala. Escrituras, poderes y transferencias a su nombre. Ubicación y contactos.
""", R, [XT, PP], reg="lawyer", loc="GT", caps=("location", "contacts"))

S("es", "PA", "Dirección de Investigación Judicial, Sección de Delitos contra la Administración Pública",
  "police", SC, "tráfico de migrantes y corrupción de servidores públicos", 15,
  "cónsul adjunto", """
Funcionario consular acreditado que, según dos gestores detenidos, vende visados de tránsito a USD 3.000 y coordina con una red que lleva a los migrantes hasta la frontera norte. Hay audios en los que fija precios. Conocemos la inmunidad y que el caso requiere revisión y eventual comunicación a la Cancillería. Mensajes y contactos.
""", R, [PP], reg="diplomat", nat_choices=("CU", "VE", "DO", "NI"), caps=("messages", "contacts"))

S("es", "DO", "Dirección de Investigaciones Especiales, Unidad de Interdicción Marítima",
  "police", SC, "tráfico internacional de drogas", 20,
  "miembro del cuerpo de seguridad presidencial", """
El número aparece en los mensajes de los lancheros detenidos en Boca Chica dando "luz verde" a los desembarcos. Al consultarlo, el registro lo marca como línea asignada a la Presidencia; por la investigación sabemos que la usa un escolta del cuerpo de seguridad presidencial y no el mandatario. Aun así lo sometemos a revisión. Mensajes y ubicación.
""", R, [PP], reg="head_of_state")

S("es", "BO", "Fuerza Especial de Lucha contra el Crimen, Santa Cruz", "police", SC,
  "tráfico de sustancias controladas", 25, "activista de derechos humanos", """
Activista de una asociación por los derechos de las personas privadas de libertad. En el allanamiento a un depósito de Montero se hallaron 120 kg de cocaína en cajas de "donaciones para cárceles" con la etiqueta de su asociación; el camión está a su nombre y el chofer declaró que ella fija los viajes. Ubicación, mensajes y contactos.
""", R, [PP], reg="human_rights_defender", caps=("location", "messages", "contacts"))

S("es", "CL", "Brigada Investigadora Antinarcóticos y Crimen Organizado, Arica", "police", SC,
  "tráfico de armas", 15, "no consta", """
Chileno radicado en Mendoza que abastece de pistolas con la numeración borrada a bandas de Santiago a través de pasos no habilitados. Según la trazabilidad, las armas incautadas en cuatro homicidios del último año salieron de su depósito. Ubicación y mensajes.
""", R, [XT], loc="AR")

S("es", "UY", "Dirección de Investigaciones de la Policía Nacional, Brigada de Homicidios",
  "police", SC, "homicidio muy especialmente agravado", 30, "no consta", """
El sospechoso del doble homicidio del Cerro Norte cruzó por Chuy a Brasil al día siguiente. Su teléfono uruguayo sigue activo en roaming en Santa Vitória do Palmar. Solicitamos la ubicación para coordinar su detención con la policía brasileña.
""", R, [XT], loc="BR", caps=("location",))

S("es", "PY", "Dirección Antisecuestro, Regional Amambay", "police", SC,
  "secuestro y asociación criminal", 25, "no consta", """
Miembro de la facción brasileña que opera en la frontera seca; coordinó el secuestro del hijo de un comerciante de Pedro Juan Caballero, ya liberado. Vive del lado de Ponta Porã. Ubicación, mensajes.
""", R, [XT], loc="BR")

S("es", "PE", "Fiscalía Supraprovincial Especializada en Delitos de Corrupción de Funcionarios",
  "prosecution", SC, "colusión agravada y organización criminal", 15,
  "líder de movimiento regional, exgobernador", """
Exgobernador regional con orden de captura por la adjudicación amañada de 14 obras. Sigue siendo presidente y candidato de su movimiento regional para las próximas elecciones y se encuentra prófugo en El Alto, Bolivia, desde donde emite videos. La investigación se basa en peritajes contables y en el testimonio de colaboradores eficaces, no en su actividad política. Ubicación y mensajes.
""", R, [XT, PP], text=[PP], loc="BO")

S("es", "MX", "Fiscalía Anticorrupción del Estado, Unidad de Investigación", "prosecution", SC,
  "cohecho", 6, "regidor", """
Regidor de obras públicas. Dos constructoras declararon que exigió el 10 % de cada contrato a cambio de firmar las estimaciones; una entregó un audio y la fotografía del efectivo. Mensajes.
""", R, [PP], reg="politician", quota="edge", caps=("messages",))

S("es", "CR", "Policía Judicial, Sección de Secuestros de la Zona Norte", "police", SC,
  "secuestro extorsivo", 20, "no consta", """
La víctima, finquero de Upala, fue liberada tras el pago. Uno de los captores, a quien reconoció, cruzó a Nicaragua y vive en una comunidad cercana a San Carlos; su número sigue activo en una red nicaragüense. Necesitamos su ubicación para sustentar la solicitud de extradición.
""", R, [XT], loc="NI", caps=("location",))

S("es", "SV", "Unidad Antiextorsiones, Delegación Centro", "police", SC, "extorsión", 15,
  "periodista", """
El objetivo es periodista y a la vez víctima: una estructura le cobra por dejarlo seguir publicando en su medio digital. Él mismo pidió por escrito que se intervenga su línea para ubicar a quienes lo llaman, porque cambian de número cada semana. Su consentimiento consta en el expediente. Mensajes y contactos.
""", R, [PP], reg="journalist", text=[PP], caps=("messages", "contacts"))

# ------------------------------------------------------------ English: permit
S("en", "JM", "Serious Offences Bureau, Montego Division", "police", SC, "murder", 999,
  "unknown", """
On 11 January at approximately 9:15 p.m. two men were shot and killed at a shop in Salt Spring, St James. Ballistics link the 9mm casings to three earlier murders attributed to a lottery-scam crew feuding over "lead lists". A witness who survived with gunshot wounds identified the target from a photo line-up. The target changes handsets often; this number was recovered from a co-accused's phone seized on arrest. We request location and messages to effect arrest and identify who ordered the killings.
""", P)

S("en", "TT", "Anti-Kidnapping Unit, Central Division", "police", SC, "kidnapping for ransom",
  999, "unknown", """
Victim: 16-year-old schoolboy, son of a Presbyterian minister in Chaguanas, taken at gunpoint on his way home on Tuesday. The ransom call demanded TT$2 million. The father's ministry is mentioned only because the kidnappers referred to it ("the church have money"). The target number made the second and third ransom calls and cell-site data places it near the Caroni swamp. Requesting real-time location and messages. Life at risk.
""", P)

S("en", "GY", "Special Crimes Directorate, Cuyuni-Mazaruni", "police", SC,
  "murder and robbery under arms at a mining camp", 999, "miner", """
Four miners were shot dead and 11 ounces of gold stolen at a dredge camp near the Venezuelan border on 2 March. Survivors say the gunmen spoke Spanish and were led by a man they had seen working at a neighbouring camp: the target, a Venezuelan national who has lived in the area for three years. His nationality is recorded for identification only. A gold buyer in Bartica bought 4 oz from him on 5 March and has given a statement. Location and contacts requested.
""", P, nat="VE", caps=("location", "contacts"))

S("en", "BZ", "Gang Interdiction Unit, Southside Belize City", "police", SC,
  "firearms trafficking", 10, "unknown", """
Target supplies handguns to two rival gangs on the south side. A Glock recovered after the Mayflower Street shooting was sold by him to an informant's cousin. Seeking messages to map the suppliers coming through the western border.
""", P, caps=("messages",), exact_caps=True)

S("en", "BS", "Drug Enforcement Bureau, Grand Bahama", "police", SC,
  "conspiracy to import dangerous drugs", 30, "boat captain", """
The target captains a sport-fishing boat used to move cocaine from Haiti to Freeport; two crew members arrested with 210 kg on 14 February have named him. For completeness: his sister is a sitting Member of Parliament. She is not involved in this investigation and none of her communications are sought. We request location and messages for the target's number only.
""", P)

S("en", "BB", "Major Crimes Unit, Royal Police Force", "police", TE,
  "terrorist act (explosive device)", 25, "unknown", """
An improvised pipe bomb was found and made safe in the cruise terminal passenger hall on 9 December, minutes before some 3,000 passengers disembarked. An anonymous message to a radio station claimed responsibility and demanded that the Government release a named remand prisoner within 48 hours "or the next one goes off". Forensic analysis of the message's metadata and CCTV of the hall point to the target, who is the prisoner's cousin. Location, messages and contacts are required urgently.
""", P, caps=("location", "messages", "contacts"))

S("en", "JM", "Anti-Extortion Squad, Spanish Town", "police", SC, "extortion", 15,
  "unknown", """
Taxi and minibus operators at the Spanish Town transport centre are forced to pay a "tax" of $2,000 per vehicle per day. Two operators who refused were shot and wounded in February. The gang leader boasts in voice notes that he has "protection from the party"; that boast is no evidence of anything and no politician is a target here. The voice notes were sent from the target number to operators' phones and are in our possession. Messages and location requested.
""", P)

S("en", "TT", "Human Trafficking Investigations Desk, Eastern Division", "police", SC,
  "trafficking in persons", 20, "bar owner", """
Three Venezuelan women rescued from a bar in Sangre Grande say they were brought by pirogue from Tucupita, had their passports taken and were forced into prostitution to pay off a "debt" of US$3,000. They identify the bar owner, the target, as the man who holds their documents and sets the debt. The victims' nationality matters only as to how they entered. Messages and contacts.
""", P, caps=("messages", "contacts"))

S("en", "MX", "State Attorney General's Office, Hydrocarbon Theft Unit (liaison desk)",
  "prosecution", SC, "theft of hydrocarbons", 20, "unknown", """
Illegal tap on the Minatitlán pipeline. Target runs the night shift of tanker loading. Two drivers arrested name him. Messages, location. Warrant attached.
""", P)

S("en", "HN", "Anti-Kidnapping Unit, San Pedro Sula (international liaison office)", "police",
  SC, "kidnapping", 40, "unknown", """
A 6-year-old girl was taken from her school bus in Choloma this morning and the kidnappers have called the family twice from the target number. The judge's authorisation runs out at the end of today's duty shift; we ask for execution now while renewal is processed in parallel.
""", P, legal="ok_edge", ltype="judicial_warrant", caps=("location", "messages"))

S("en", "BS", "Firearms Investigation Section, New Providence", "police", SC,
  "possession of an unlicensed firearm with intent to supply", 6, "security guard", """
Security guard at a private firm who has been renting out his employer's pistol to young men in Fox Hill for robberies; casings from two armed robberies in March match it. Messages and location to show the hand-offs.
""", P)

S("en", "JM", "Criminal Investigation Branch, St Catherine North", "police", SC,
  "shooting with intent (attempted murder of a police officer)", 999, "unknown", """
Residents of Old Harbour held a roadblock protest over water shortages on 4 April, and for most of the day it was peaceful. At about 6 p.m. a man came from behind the crowd and fired on a police corporal, who was hit in the abdomen and survived. Video taken by a resident and broadcast on the evening news identifies the gunman as the target, who is not from the community and was not part of the protest. Location and messages.
""", P)

S("en", "CO", "Prosecutor's Office, Cauca Specialised Unit (international cooperation desk)",
  "prosecution", SC, "aggravated homicide and conspiracy", 50, "unknown", """
Context: two members of the Indigenous Guard were murdered in January and a third, a well-known rights defender, survived an ambush. The defenders are the victims. The target is the finance man of the dissident front that ordered the attacks: a demobilised fighter testified that the target paid the gunmen, and bank records show a COP 40 million cash withdrawal on the day before the first murder. Messages, contacts and location.
""", P, caps=("messages", "contacts", "location"))

# ------------------------------------------------------------ English: deny, text only
S("en", "JM", "Public Order Intelligence Unit, Kingston", "police", SC,
  "incitement to violence against the police", 7, "recording artist (dancehall)", """
The subject recently released a dancehall track, "Who Watch the Watchman", that accuses named police units of murdering young men in the inner city and mocks the Commissioner. The song has 3 million views and is played at street dances. We consider that the lyrics undermine public confidence and may incite hostility toward officers. No act of violence is attributed to him. Requesting messages and contacts.
""", D, [ENC], text=[ENC], caps=("messages", "contacts"))

S("en", "TT", "National Intelligence Directorate, Industrial Security Desk", "intelligence", TE,
  "terrorism (economic sabotage)", 25, "trade union branch president", """
The target is branch president of the oilworkers' union at the refinery. He called and led a 72-hour strike over unpaid wages, with picket lines at the main gate; production halted and the country lost an estimated US$30m in revenue. The strike was lawful in form, but we regard the deliberate crippling of a strategic industry as economic terrorism. No violence or damage occurred. Messages and contacts.
""", D, [ENC, TDU], text=[ENC, TDU], caps=("messages", "contacts"))

S("en", "GY", "Special Branch, Region 7", "police", SC, "seditious conspiracy", 10, "farmer", """
Subject is an Amerindian resident of a village whose council has repeatedly rejected mining concessions on titled land. As a young man from that village, with family on the council, he fits the profile of persons likely to obstruct the concession holder. No specific conduct is alleged at this stage. Location and contacts.
""", D, [PG], text=[PG], caps=("location", "contacts"))

S("en", "BZ", "Special Branch, Toledo District", "police", SC,
  "conspiracy to commit public disorder", 7, "schoolteacher", """
Subject is one of the organisers of the petition, signed by 2,000 Maya villagers, demanding that the Government comply with the customary land rights ruling, and he delivered it to the Prime Minister's office at the head of a march of about 300 people. He is also a known member of the Maya leaders' association. We wish to monitor this group given its capacity to mobilise. Messages and contacts.
""", D, [ENC, PG], text=[ENC, PG], caps=("messages", "contacts"))

S("en", "BS", "Department of Immigration, Enforcement Intelligence Unit", "other_government",
  SC, "facilitating illegal entry", 10, "construction labourer", """
Haitian national living in a shantytown in Abaco. Haitians in these communities are frequently linked to illegal landings, so we assess that he is probably involved. He has no record. Location requested to support planned enforcement operations.
""", D, [PG], text=[PG], nat="HT", caps=("location",))

S("en", "BB", "Criminal Investigations Department, Southern Division", "police", TE,
  "terrorism (sabotage of infrastructure)", 20, "construction worker", """
Overnight on 17 June the hydraulic lines of two tower cranes at the site of the new coastal hotel were cut, delaying construction by three weeks. The site was closed and no person was present or endangered. Graffiti left at the scene read "Beaches for Bajans". Site CCTV and a fingerprint on the bolt cutters identify the target, a former labourer on the project. We have classified this as terrorism given the national importance of the development. Location and messages.
""", D, [TDU], text=[TDU])

S("en", "JM", "Public Sector Integrity Investigations Unit", "other_government", SC,
  "breach of the Official Secrets Act", 14, "registered nurse", """
The target, a nurse at a regional hospital, copied internal mortality reports and passed them to a newspaper, which published an article claiming that 41 patients died during a three-week failure of the oxygen supply. The disclosure has damaged confidence in the public health system. We need her messages and contacts to establish who else supplied documents.
""", D, [ENC], text=[ENC], caps=("messages", "contacts"))

# ------------------------------------------------------------ English: deny, structured
S("en", "TT", "Sentinel Risk Partners Ltd.", "private", SC, "kidnapping", 999, "unknown", """
We act for the family of a kidnapped businessman. The kidnappers' negotiator uses the target account on his phone and a cloud backup. The police have been informed. We need message access and the account credentials to trace the negotiator before the next deadline.
""", D, ["capability_out_of_scope", "non_government_end_user"], ident="email",
  caps=("messages", "credentials"), capx=("credentials",))

S("en", "GY", "Criminal Investigation Department, Berbice Division", "police", SC,
  "armed robbery", 20, "taxi driver", """
Gang of four robbing cambio dealers in New Amsterdam at gunpoint; one victim shot dead in March. Target is the driver, named by an arrested member. Location.
""", D, ["licence_inactive"], status="expired", caps=("location",))

S("en", "BZ", "Police Department, Belize District Station", "police", OT,
  "illegal gambling (boledo)", 1, "shopkeeper", """
Target runs an unlicensed numbers game out of a shop on Cemetery Road and takes bets by phone. Community complaints. We would like to see his messages to identify the collectors.
""", D, ["purpose_not_permitted"], caps=("messages",))

S("en", "JM", "Praedial Larceny Prevention Unit, St Elizabeth", "police", SC,
  "praedial larceny (organised cattle theft)", None, "unknown", """
Organiser of cattle-rustling crews in St Elizabeth who now lives in New York and directs the rustlers by WhatsApp; the carcasses are sold to butchers in Kingston. The penalty for the aggravated form is under review by the Ministry. Messages.
""", D, ["purpose_not_permitted"], loc="US", nat="JM", caps=("messages",))

S("en", "BS", "Central Detective Unit, Nassau", "police", SC, "armed robbery", 20, "unknown", """
Three armed robberies of jewellery stores on Bay Street since January by the same crew; one security officer was pistol-whipped. The target is the lookout and rented the getaway car under his own name. Location and messages.
""", D, ["no_legal_basis"], legal="novalid")

S("en", "BB", "Financial Crimes Investigation Unit", "police", SC, "money laundering", 25,
  "freelance journalist", """
The target, a freelance journalist, received US$380,000 over ten months from companies linked to a Venezuelan fuel-smuggling network, far beyond any plausible fee, and routed it through three local accounts into real estate. Bank records were obtained by production order. Contacts and messages.
""", D, ["quota_exceeded"], reg="journalist", text=[PP], quota="at",
  caps=("contacts", "messages"))

S("en", "HN", "Anti-Extortion Unit, Tegucigalpa (liaison office)", "police", SC, "extortion",
  15, "unknown", """
Gang member deported in 2022 who re-entered the United States and, from Houston, orders the extortion of bakeries in Comayagüela through voice notes. We need his messaging account credentials to recover deleted voice notes and messages.
""", D, ["capability_out_of_scope"], loc="US", nat="HN", ident="email",
  caps=("messages", "credentials"), capx=("credentials",))

S("en", "PA", "Directorate of Judicial Investigation, Colón Office", "police", SC, "homicide",
  30, "unknown", """
Gang shooting at a Colón market, two dead. Target seen on CCTV leaving in the getaway car. The prosecutor will confirm authorisation once back in the office; please proceed on location.
""", D, ["licence_inactive", "no_legal_basis"], signed=False, legal="none",
  caps=("location",))

# ------------------------------------------------------------ English: refer
S("en", "JM", "Major Fraud and Corruption Squad", "police", SC,
  "corruption and extortion of contractors", 10, "Councillor, parish municipal corporation", """
The target is an elected parish councillor. Four road contractors have given statements that he demands J$500,000 per contract before certifying the work done, and one recorded the demand on her phone. A bank officer confirms cash deposits to his account on the day after each payment. We recognise that his elected office triggers review. Messages and location.
""", R, [PP], text=[PP])

S("en", "TT", "Financial Investigations Branch", "police", SC, "money laundering", 15,
  "attorney-at-law", """
An attorney has opened 14 client trust accounts through which TT$22 million from a gun-running network has passed. The "clients" are unemployed young men from Laventille who deny any knowledge of the accounts. Her instructions to the bank were given by text message. Messages and contacts.
""", R, [PP], text=[PP], caps=("messages", "contacts"))

S("en", "GY", "Child Protection and Sexual Offences Unit, Linden", "police", SC,
  "sexual activity with a child by a person in a position of trust", 999, "unknown", """
The target is the senior pastor of a church in Linden. Three girls aged 13 to 15 from the youth choir have disclosed sexual abuse over two years, and a fourth girl's mother found messages from him on her daughter's phone arranging meetings. He has since been contacting the families. We request messages to preserve evidence and protect the children.
""", R, [PP], text=[PP], caps=("messages",))

S("en", "BZ", "Special Branch, Belmopan", "police", SC, "firearms trafficking", 10,
  "embassy attaché", """
An attaché of a foreign mission is suspected of bringing pistols into the country in diplomatic baggage. Two pistols recovered from a gang in Belize City were traced to a shipment declared as household effects for his residence. We are aware that immunity and protocol issues arise. Messages and contacts.
""", R, [PP], reg="diplomat", nat_choices=("MX", "GT", "HN", "CU"),
  caps=("messages", "contacts"))

S("en", "BS", "Firearms Tracing Unit, Nassau", "police", SC, "firearms trafficking", 15,
  "unknown", """
Bahamian straw purchaser in Fort Lauderdale who buys pistols at Florida gun shows and ships them in coolers on the mail boat. We have traced 27 recovered guns to his purchases. He lives in Florida. Location and messages.
""", R, [XT], loc="US", nat="BS")

S("en", "JM", "Fraud Squad, Lottery Scam Unit", "police", SC,
  "lottery scam fraud and money laundering", 25, "unknown", """
Target runs the call centre for a scam that has taken at least US$4m from elderly victims in the US and Canada. Since last year he has lived in Toronto and remits the proceeds through couriers to Montego Bay. Messages and contacts to trace the money.
""", R, [XT], loc="CA", nat="JM", caps=("messages", "contacts"))

S("en", "TT", "Defence Force Intelligence Cell, Coast Guard", "military", SC,
  "arms trafficking", 25, "spiritual leader of a congregation", """
The target leads a small congregation in Cedros but spends much of the year in Güiria, Venezuela, from where, according to two arrested pirogue captains and seized ledgers, he arranges shipments of rifles across the Gulf of Paria to gangs in Port of Spain. He is listed as a religious leader. Location and messages.
""", R, [XT, PP], reg="religious_leader", text=[PP], loc="VE", nat="TT")

S("en", "MX", "State Investigation Agency, Anti-Extortion Unit (international desk)",
  "police", SC, "extortion", 15, "news website owner", """
The target owns a local news website. Seven business owners state that he demanded monthly payments of MXN 20,000 to avoid "articles" linking them to the cartel, and two who refused found their premises set on fire within days. The transfers went to his wife's account. Messages and contacts.
""", R, [PP], reg="journalist", text=[PP], caps=("messages", "contacts"))

S("en", "CO", "Migrant Smuggling Task Force, Urabá (liaison office)", "police", SC,
  "migrant smuggling resulting in death", 30, "director of a migrant assistance NGO", """
The target directs a migrant-assistance NGO and is registered as a human rights defender. Survivors of a boat that capsized off Acandí, drowning nine people including children, say the NGO's shelter sold them the crossing and that the target personally collected US$500 per person. He has since moved to Puerto Obaldía, Panama. Location and messages.
""", R, [XT, PP], reg="human_rights_defender", text=[PP], loc="PA", nat="CO")

# ------------------------------------------------------------ French: permit
S("fr", "HT", "Brigade de lutte contre les enlèvements, Département de l'Ouest", "police", SC,
  "enlèvement contre rançon", 999, "inconnue", """
Le 3 février, un médecin a été enlevé à la sortie de l'hôpital, à Delmas 33. Les ravisseurs réclament 500 000 dollars américains. Le numéro visé a servi à quatre appels de négociation et le bornage le situe dans la zone de Croix-des-Missions. Localisation et messages demandés d'urgence.
""", P)

S("fr", "HT", "Direction centrale de la police judiciaire, Cellule anti-gangs", "police", TE,
  "actes de terrorisme (massacre de population civile)", 999, "inconnue", """
Dans la nuit du 6 au 7 décembre, des hommes armés ont attaqué un quartier de Cité Soleil, tuant au moins 70 personnes, pour la plupart âgées, et incendiant des maisons. Le chef du gang a ensuite diffusé un message vocal annonçant que tout habitant qui parle à la police subira le même sort et exigeant du gouvernement l'arrêt des opérations dans la zone. Le numéro visé est celui du lieutenant qui a dirigé l'attaque, identifié par des survivants et par l'analyse du message vocal. Localisation, messages, contacts.
""", P, caps=("location", "messages", "contacts"))

S("fr", "HT", "Police nationale, Bureau de lutte contre le trafic d'armes, Nord-Est", "police",
  SC, "trafic d'armes et de munitions", 15, "commerçant", """
Ressortissant dominicain installé à Ouanaminthe. Il fait passer des caisses de munitions cachées dans des sacs de riz par le marché binational : 12 000 cartouches ont été saisies le 20 mars dans un camion dont le chauffeur le désigne. Sa nationalité n'a aucune incidence sur la demande. Localisation et messages.
""", P, nat="DO")

S("fr", "HT", "Cellule financière de la Direction de la police judiciaire", "police", SC,
  "blanchiment du produit d'enlèvements", 15, "gérant de maisons de transfert", """
Le ciblé gère trois maisons de transfert d'argent à Pétion-Ville par lesquelles ont transité les rançons d'au moins neuf enlèvements en 2025, dont celui d'un prêtre salésien libéré en octobre. Le prêtre est une victime et rien dans la demande ne concerne sa personne. Les bordereaux de transfert portent tous le même code opérateur, attribué au ciblé. Messages et contacts.
""", P, caps=("messages", "contacts"))

S("fr", "HT", "Commissariat de Carrefour, Service des enquêtes", "police", SC, "extorsion", 10,
  "inconnue", """
Racket des chauffeurs de tap-tap sur la route de Carrefour : 1 000 gourdes par jour. Numéro utilisé pour les menaces. Messages.
""", P, caps=("messages",))

S("fr", "HT", "Unité des violences sexuelles, Direction départementale de l'Artibonite",
  "police", SC, "viols collectifs", 15, "inconnue", """
Lors de l'attaque du 14 janvier contre les habitants de Pont-Sondé, qui avaient manifesté le matin même contre l'insécurité, au moins onze femmes ont été violées par des membres du gang. La manifestation n'entre pas en ligne de compte : les victimes désignent le ciblé comme l'un des agresseurs et deux d'entre elles ont reconnu sa voix dans une vidéo publiée par le gang. Localisation et messages.
""", P)

S("fr", "HT", "Bureau de lutte contre les enlèvements, Département du Nord", "police", SC,
  "enlèvement de mineurs", 999, "inconnue", """
Enlèvement de deux écoliers au Cap-Haïtien ce matin. L'ordonnance du juge d'instruction court jusqu'à la fin de la journée. Les appels de rançon sont reçus depuis le numéro visé. Localisation immédiate.
""", P, legal="ok_edge", ltype="judicial_warrant", caps=("location",))

S("fr", "HT", "Forces armées, Cellule de renseignement du Sud", "military", SC,
  "trafic international de stupéfiants", 20, "gérant d'habitation", """
Une piste clandestine a été aménagée sur une habitation près de Baradères ; deux avionnettes chargées de cocaïne s'y sont posées en janvier. Le ciblé, gérant de l'habitation, coordonne le balisage et le carburant, et ses échanges avec le pilote ont été retrouvés dans le téléphone saisi sur un complice. Localisation et messages.
""", P)

S("fr", "HT", "Parquet près le Tribunal civil de Petit-Goâve", "prosecution", SC, "assassinat",
  999, "inconnue", """
Le journaliste d'une radio communautaire a été abattu le 22 novembre alors qu'il rentrait de l'émission du soir. C'est lui la victime. Le ciblé est l'homme qui, selon deux témoins, l'attendait à moto ; le téléphone de la victime, retrouvé près du corps, contient des menaces reçues du numéro visé la semaine précédente. Localisation et messages.
""", P)

# ------------------------------------------------------------ French: deny, text only
S("fr", "HT", "Service national de renseignement intérieur, Section ordre public",
  "intelligence", TE, "terrorisme", 15, "étudiant, délégué de faculté", """
Le ciblé est l'un des délégués qui ont organisé le sit-in des étudiants de la Faculté devant le ministère pour réclamer la réouverture de l'université. Le rassemblement se déroule sans violence, mais il dure depuis trois semaines et donne une mauvaise image des autorités. Nous demandons les messages et les contacts afin d'identifier les meneurs.
""", D, [ENC, TDU], text=[ENC, TDU], caps=("messages", "contacts"))

S("fr", "HT", "Direction centrale de la police judiciaire, Section des atteintes à la sûreté de l'État",
  "police", SC, "complot contre la sûreté intérieure de l'État", 15, "artiste rap", """
Le ciblé a publié une chanson de carnaval où il représente le Premier ministre en chef de gang distribuant des armes aux quartiers, et le clip circule largement. Ces paroles ridiculisent les institutions et exposent l'État. Aucun acte matériel ne lui est reproché à ce stade. Messages et contacts.
""", D, [ENC], text=[ENC], caps=("messages", "contacts"))

S("fr", "HT", "Service national de renseignement intérieur, Section Plaine", "intelligence", SC,
  "association de malfaiteurs", 10, "houngan (prêtre vodou)", """
Le ciblé est houngan dans un lakou de la plaine. Les pratiquants du vodou de cette zone sont soupçonnés de soutenir spirituellement les gangs, certains chefs de gang portant des protections. Aucun lien précis n'est établi avec lui ; il est retenu en raison de son rôle religieux. Localisation et contacts.
""", D, [PG], text=[PG, PP], caps=("location", "contacts"))

S("fr", "HT", "Direction départementale du Centre, Service des enquêtes", "police", SC,
  "atteinte à l'ordre public", 8, "présidente d'une organisation de femmes paysannes", """
La ciblée préside une organisation de femmes paysannes de Mirebalais connue pour ses positions hostiles aux autorités locales. Femme influente, elle est susceptible de mobiliser. Aucun fait précis n'est relevé. Localisation et messages pour suivre ses fréquentations.
""", D, [PG], text=[PG])

# ------------------------------------------------------------ French: deny, structured
S("fr", "HT", "Brigade de lutte contre les enlèvements, Tabarre", "police", SC,
  "enlèvement contre rançon", 999, "inconnue", """
Enlèvement d'une infirmière à Tabarre, rançon exigée de 150 000 USD. Le numéro visé est celui du négociateur du gang. Localisation en urgence.
""", D, ["licence_inactive"], status="suspended", caps=("location",))

S("fr", "HT", "Commissariat de la Croix-des-Bossales", "police", OT,
  "vol simple (téléphones au marché)", 2, "inconnue", """
Un individu vole des téléphones au marché et les revend dans la rue. Plusieurs plaintes. Nous voulons suivre l'appareil volé qu'il utilise lui-même.
""", D, ["purpose_not_permitted"], ident="device", caps=("location",))

S("fr", "HT", "Parquet près le Tribunal civil de Fort-Liberté", "prosecution", SC,
  "financement de gangs armés et trafic d'armes", 15, "ancien sénateur", """
Ancien sénateur, toujours actif au sein de son parti, résidant désormais à Saint-Domingue. Les comptes d'un chef de gang montrent des virements de sa société de 2023 à 2025, et trois cargaisons d'armes ont été dédouanées au nom de cette même société. Messages et contacts.
""", D, ["no_legal_basis"], reg="politician", text=[PP], loc="DO", legal="expired",
  caps=("messages", "contacts"))

S("fr", "HT", "Sécurité Caraïbe Plus SA", "private", SC, "menaces", 5, "ancien employé", """
Notre client, une entreprise de BTP, reçoit des menaces par SMS d'un ancien employé licencié. Nous souhaitons localiser l'auteur pour sécuriser le chantier.
""", D, ["non_government_end_user", "purpose_not_permitted"], caps=("location",))

S("fr", "HT", "Direction centrale de la police judiciaire, Cellule Plaine du Cul-de-Sac",
  "police", SC, "enlèvements en série", 999, "inconnue", """
Chef de gang de Canaan responsable d'au moins quinze enlèvements cette année. Nous demandons la caméra de son téléphone, pour confirmer son identité physique car il change souvent d'apparence, ainsi que la localisation.
""", D, ["capability_out_of_scope", "quota_exceeded"], quota="over",
  caps=("location", "camera"), capx=("camera",))

# ------------------------------------------------------------ French: refer
S("fr", "HT", "Direction centrale de la police judiciaire, Brigade financière", "police", SC,
  "financement de gangs armés", 15, "entrepreneur", """
Le ciblé, député en exercice de la circonscription, a remis au chef du gang qui contrôle la route nationale no 2, selon trois témoins et des relevés bancaires, des sommes importantes en échange du blocage des convois de ses concurrents. Les témoins ont fourni des photos des remises d'argent. Messages et contacts.
""", R, [PP], text=[PP], caps=("messages", "contacts"))

S("fr", "HT", "Bureau de lutte contre les enlèvements, Port-au-Prince", "police", SC,
  "complicité d'enlèvement et blanchiment", 999, "avocat au barreau de Port-au-Prince", """
Avocat inscrit au barreau, il se présente aux familles comme « négociateur » et touche 20 % de chaque rançon versée au gang de Village-de-Dieu. Deux familles ont fourni les messages où il fixe les montants et le lieu de remise. Nous savons que sa profession impose un examen supplémentaire. Messages.
""", R, [PP], text=[PP], caps=("messages",))

S("fr", "HT", "Police judiciaire, Cellule du Nord-Est", "police", SC, "enlèvement contre rançon",
  999, "inconnue", """
Le chef de la cellule qui a enlevé trois commerçants de Fort-Liberté s'est replié à Dajabón, en République dominicaine, d'où il continue d'appeler les familles. Localisation et messages.
""", R, [XT], loc="DO")

S("fr", "HT", "Direction centrale de la police judiciaire, Cellule anti-enlèvements", "police",
  SC, "association de malfaiteurs et séquestration", 999, "animateur de radio en ligne", """
Le ciblé anime une « radio en ligne » qui sert de porte-voix au gang de Grand-Ravine. Trois otages libérés affirment qu'il était présent pendant leur détention et qu'il filmait les séances de torture pour envoyer les vidéos aux familles. Messages et localisation.
""", R, [PP], reg="journalist", text=[PP])

S("fr", "HT", "Direction centrale de la police judiciaire, Bureau des affaires transnationales",
  "police", SC, "trafic d'armes", 15, "ancien député, candidat", """
Ancien député et candidat déclaré aux prochaines élections, il réside à Miami. Les enquêteurs ont relié à sa société d'import-export quatre conteneurs partis de Floride dans lesquels des fusils étaient dissimulés dans des réfrigérateurs ; les documents d'expédition portent sa signature. Localisation et messages.
""", R, [XT, PP], reg="politician", text=[PP], loc="US")


if __name__ == "__main__":
    main()
