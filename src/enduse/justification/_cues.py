"""Cue patterns (English, Spanish, French) over accent-folded lower-case text.

These are the rule half of the analysis: each pattern names a *concept* of the certificate
(a concrete criminal act, evidence, an act of expression, a protected ground, violence against
life, a protected role), not the wording of any example. Patterns are word-prefix regexes.
"""

from __future__ import annotations

import re


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")", re.IGNORECASE)


# -- a concrete, non-expressive criminal act ------------------------------------------------------
CRIME_ACT = _rx(
    # violence against persons
    r"kill", r"murder", r"shot\b", r"shoot", r"gunm[ae]n", r"stabb", r"assault(?!\s+rifle)", r"beat(?:en|ing)? (?:to death|up)",
    r"abduct", r"kidnap", r"hostage", r"ransom", r"rap(?:e|ed|ing)\b", r"sexual(?:ly)? (?:abus|assault|exploit)", r"molest",
    r"tortur", r"threaten(?:ed|ing|s)? (?:to (?:kill|burn|harm|attack|bomb|shoot)|him|her|them|the (?:victim|witness|judge|family|owner)|a (?:victim|witness|judge)|victims?|witness)", r"threatening (?:messages|calls)",
    r"burn(?:ed|ing|t)? (?:down|your|the|a|his|her)", r"in exchange for", r"kick-?backs?", r"offer(?:ed|s|ing)? .{0,40}(?:to|a) (?:a |the )?(?:judge|official|officer|prosecutor|inspector)",
    r"fake(?! news)", r"coerc", r"blackmail", r"chantaje", r"chantage", r"(?:pressure-cooker|explosive|incendiary) device", r"assembl(?:e|es|ed|ing) .{0,25}device", r"proceeds (?:of|from)", r"diver(?:sion|ted)", r"narco", r"transport(?:s|ed|ing)? (?:of )?migrants", r"migrant smuggling", r"extort", r"protection (?:fees|money)", r"arson", r"set (?:on )?fire",
    r"set fire", r"femicid", r"homicid", r"massacre", r"lynch", r"poison", r"ambush",
    # weapons and explosives
    r"bomb", r"explosiv", r"ied\b", r"detonat", r"grenade", r"pipe bomb", r"molotov", r"firearm", r"pistol", r"handgun",
    r"rifle", r"ammunition", r"weapons?\b", r"ricin", r"toxin", r"drones? (?:laden|armed)", r"explosive-laden",
    # trafficking, smuggling, organised crime economy
    r"traffick", r"smuggl", r"cocaine", r"heroin", r"fentanyl", r"methamphetamine", r"narcotic", r"drugs?\b", r"cannabis",
    r"launder", r"bribe", r"brib", r"embezzl", r"misappropriat", r"divert(?:ed|ing)? (?:funds|money|public)", r"fraud", r"defraud",
    r"forged", r"forger", r"counterfeit", r"ponzi", r"scam", r"steal", r"stole", r"theft", r"robb", r"loot", r"hijack",
    r"ransomware", r"hack(?:ed|ing)\b", r"malware", r"phishing", r"sextort", r"child (?:abuse|sexual|pornograph)", r"csam",
    r"abuse of (?:children|minors)", r"exploitation of children", r"livestream(?:s|ed|ing)? (?:the )?abuse", r"grooming",
    r"forced (?:labou?r|to)", r"confin(?:ed|es)", r"recruits? .{0,40}(?:victims|jobseekers|women|children|fighters)",
    r"shell (?:companies|firms|suppliers)", r"tax evasion", r"kickback", r"vandali[sz]", r"sabotag", r"denial-of-service",
    r"ddos", r"cut (?:the )?(?:perimeter )?fence", r"damage(?:d)? (?:to )?(?:property|installations|equipment)",
    r"supplies .{0,30}(?:to|for)\b", r"sells?\b", r"sold\b", r"transported",
    # Spanish
    r"asesin", r"mat(?:o|aron|ar)\b", r"a cambio de", r"ofrec(?:e|io|ieron) .{0,40}a un (?:juez|funcionario|fiscal|agente)", r"procedentes? de", r"falso", r"falsa", r"homicidi", r"dispar", r"secuestr", r"rescate", r"rehen", r"extorsi", r"amenaz",
    r"violacion", r"abuso sexual", r"abus(?:o|aron|ado) de menores", r"trafic", r"contrabando", r"cocaina", r"heroina",
    r"metanfetamina", r"droga", r"estupefaciente", r"lav(?:ado|o|aron) de (?:dinero|activos)", r"blanque", r"soborn",
    r"cohecho", r"malvers", r"peculado", r"desvi(?:o|aron|ado) (?:de )?fondos", r"fraude", r"estaf", r"falsific", r"robo",
    r"robaron", r"arma", r"fusil", r"explosiv", r"incendi", r"se llevaron", r"sociedades pantalla", r"sicari",
    # French
    r"assassin", r"meurtr", r"en echange de", r"produit (?:du|de|des)", r"tu(?:e|er|ait|erent)\b", r"abattu", r"enlev", r"otage", r"rancon", r"extorsion", r"menac",
    r"viol\b", r"agression sexuelle", r"trafic", r"contrebande", r"stupefiant", r"blanchi", r"corruption", r"pots?-de-vin",
    r"detourn", r"escroquer", r"fraude", r"faux documents", r"vol\b", r"vols\b", r"cambriol", r"armes?\b", r"fusils?",
    r"explosif", r"incendi", r"rancongiciel", r"piratage",
)

# -- evidence and specificity ---------------------------------------------------------------------
EVIDENCE = _rx(
    r"statement", r"witness", r"testimon", r"identif", r"confirm", r"records?\b", r"seized", r"seizure", r"cctv", r"dna\b",
    r"forensic", r"ballistic", r"fingerprint", r"intercept", r"wiretap", r"audit", r"traced", r"controlled (?:purchase|buy)",
    r"undercover", r"geolocat", r"cell-site", r"call detail", r"recovered", r"footage", r"recording", r"recorded",
    r"confess", r"ledger", r"invoices", r"receipts", r"bank records", r"transfers?\b", r"payment", r"surveillance of",
    r"in custody", r"arrested", r"named (?:him|her|the)", r"names (?:him|her)", r"links? (?:him|her|the)", r"linked",
    r"attribut", r"analysis", r"blockchain", r"wallet", r"exports? from", r"search(?:ed)? (?:of|on)", r"informant",
    r"found (?:in|at|on)", r"registered (?:to|in)", r"shows?\b", r"showing", r"report(?:ed)? by (?:the )?(?:bank|fiu|victim)",
    r"complaints? (?:from|by) (?:victims|donors|customers)", r"victims? (?:identified|reported|say)", r"on \d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b",
    # Spanish
    r"declaracion", r"testig", r"identific", r"confirm", r"registros", r"incaut", r"decomis", r"camaras", r"adn\b",
    r"pericia", r"peritaje", r"auditoria", r"rastre", r"intervencion", r"escuchas", r"grabacion", r"confes", r"vincul",
    r"transferencias", r"detenido", r"capturado", r"analisis", r"el \d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)",
    # French
    r"declaration", r"temoin", r"identifi", r"releves", r"saisi", r"videosurveillance", r"expertise", r"ecoute",
    r"interpell", r"aveux", r"virements", r"analyse", r"le \d{1,2} (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)",
)

# -- acts of expression ---------------------------------------------------------------------------
EXPRESSION = _rx(
    r"publish", r"publication", r"videos? (?:about|on|of (?:her|him)self|criticis|mocking)", r"post(?:s|ed|ing)\b", r"tweet", r"blog", r"vlog", r"broadcast", r"report(?:s|ed|ing)? (?:on|about)",
    r"reporting", r"reportage", r"articles?\b", r"op-?eds?", r"columns?\b", r"columnist", r"editorial", r"podcast", r"interview", r"talk show",
    r"investigat(?:ion|ive) (?:into|on|naming|about|report|journalis|podcast|piece|series)", r"criticis", r"criticiz", r"critic(?:al)? of",
    r"critique", r"satir", r"cartoon", r"meme", r"parod", r"ridicul", r"comedian", r"sketch", r"petition", r"open letter",
    r"co-?sign", r"protest", r"rall(?:y|ies)\b", r"marches\b", r"marched", r"demonstrat(?:ion|ed|ors)", r"sit-in", r"vigil",
    r"strikes?\b", r"walkout", r"boycott", r"commemorat", r"remembrance", r"memorial", r"lit (?:lamps|candles)", r"candle-?light",
    r"research(?:er)?\b", r"stud(?:y|ies) (?:on|of|about|into|that|showing|contradict)", r"paper on", r"leak", r"whistleblow",
    r"internal (?:documents|e-?mails|reports|memos)", r"complaints? (?:to|with|before)", r"testif(?:y|ied) before", r"press conference",
    r"speech", r"sermon", r"preach", r"songs?\b", r"lyrics", r"poem", r"documentar", r"expos(?:es|ing|e)\b",
    r"alleg(?:ing|ations) (?:of|that)", r"accus(?:es|ing) (?:the )?(?:army|police|government|state|authorities|ministry|officials|president)",
    r"speaks? out", r"spread(?:s|ing)? (?:false|fake|rumou?r)", r"false news", r"fake news", r"disinformation", r"propaganda", r"glorif",
    r"incit(?:e|es|ing|ement) (?:against|hatred|disaffection|the)", r"disaffection", r"defam", r"hashtag", r"slogan", r"banner", r"graffiti",
    r"youtube", r"tiktok", r"facebook", r"social[- ]media", r"documents (?:alleged|abuses|violations|the)",
    # Spanish
    r"public(?:o|a|aron|ar|acion|aciones)\b", r"articulos?\b", r"columna", r"reportaje", r"critic(?:a|o|as|an)\b", r"satira",
    r"caricatura", r"protesta", r"marcha\b", r"manifestacion", r"huelga", r"paro nacional", r"boicot", r"peticion", r"denunci",
    r"redes sociales", r"difund", r"entrevista", r"investigacion periodistica", r"ridiculiz", r"noticias falsas", r"conmemor",
    r"homenaje", r"periodistic",
    # French
    r"publi(?:e|ee|ait|er|cation)", r"chronique", r"tribune", r"critiqu", r"caricatur", r"manifestation", r"greve", r"petition",
    r"denonc", r"enquete (?:sur|journalistique)", r"reseaux sociaux", r"diffus", r"entretien", r"preches?", r"moqu",
    r"rassemblement", r"commemor", r"fausses nouvelles",
)
# weaker cues: count only beside a strong one, or several together
EXPRESSION_WEAK = _rx(
    r"opinion", r"views?\b", r"dissent", r"content", r"output", r"online", r"channel", r"newspaper", r"figures", r"statistics",
    r"data (?:on|about)", r"sources?\b", r"narratives?", r"public confidence", r"image of", r"undermin", r"discredit", r"tarnish",
    r"insult", r"prestige", r"gathering", r"campaign", r"conference", r"book", r"videos?\b", r"page\b", r"followers",
    r"cifras", r"datos", r"desconfianza", r"pagina", r"opinion", r"chiffres", r"donnees", r"video",
)

# -- who the person is (protected grounds) --------------------------------------------------------
GROUND = _rx(
    # ethnicity, race, nationality, origin
    r"ethnic", r"ethnie", r"etnia", r"etnic", r"race\b", r"racial", r"tribe", r"tribal", r"clan\b", r"minority", r"minorit",
    r"indigenous", r"indigena", r"autochtone", r"roma\b", r"originally from", r"of [a-z]+ (?:origin|descent)", r"descent",
    r"nationals\b", r"nationality", r"returnees?", r"migrants? from",
    r"members? of the [a-z]+ community", r"[a-z]+ community members", r"origine", r"foreign nationals?",
    # religion
    r"relig", r"faith", r"mosque", r"church", r"congregation", r"temple", r"synagogue", r"shia", r"shiite", r"sunni",
    r"ahmadi", r"christian", r"muslim", r"jewish", r"hindu", r"sikh", r"baha'?i", r"falun", r"jehovah", r"evangelical",
    r"convert(?:ed|s)? (?:to|from)", r"worship", r"prayer", r"pray", r"study circle", r"beard", r"hijab", r"veil", r"headscar",
    r"niqab", r"rigorist", r"deviant", r"iglesia", r"mezquita", r"culto", r"eglise", r"mosquee", r"priere", r"barbe",
    # sex, gender, sexual orientation
    r"homosexual", r"gay\b", r"lesbian", r"bisexual", r"transgender", r"trans (?:woman|man|person)", r"lgbt", r"queer",
    r"same-sex", r"gender", r"genero", r"genre", r"sexual orientation", r"orientacion sexual", r"orientation sexuelle",
    r"women'?s (?:group|rights)", r"feminis", r"(?:is|being|from|as) a (?:woman|girl)\b", r"siendo mujer", r"en tant que femme", r"because (?:she|he) is",
    # political affiliation, viewpoint, personal position, age, relatives
    r"opposition", r"oposicion", r"party\b", r"partido", r"parti\b", r"party-list", r"affiliat", r"supporters? of", r"sympathi[sz]",
    r"member of (?:the )?[a-z ]{0,30}(?:party|movement|union|group|association)", r"leftist", r"left-leaning", r"right-wing",
    r"communist", r"separatist", r"nationalist", r"monarchist", r"royalist", r"ideolog", r"viewpoint", r"political views",
    r"trade union", r"union (?:member|leader|official|branch)", r"sindicat", r"syndica",
    r"son of", r"daughter of", r"mother of", r"father of", r"madre de", r"padre de", r"mere d", r"pere d", r"family and friends", r"opposant", r"opositor",
    r"belongs? to (?:the |an? )?.{0,30}(?:movement|party|group|community|faith|church|sect|tribe|clan)", r"wife of", r"husband of", r"brother of", r"sister of", r"relative", r"cousin", r"family of",
    r"whose (?:father|mother|brother|sister|son|daughter|husband|wife|cousin|uncle|relative)", r"hijo de", r"hija de",
    r"esposa de", r"hermano de", r"familiar", r"fils de", r"fille de", r"epouse de", r"frere de", r"proche",
    r"\d{2}-year-old", r"aged \d", r"elderly", r"young men", r"youths?\b", r"personal (?:position|status)",
    r"all (?:[a-z-]+ ){0,3}(?:returnees|members|nationals|residents|men|women|students|believers|followers)",
    r"(?:profile|indicators?) (?:of|for)", r"behaviou?ral(?:-change)? indicators", r"preventive measure", r"as a precaution",
    r"on that basis", r"list of (?:persons|people)", r"persons of interest",
)

# -- violence that can meet the terrorism definition ----------------------------------------------
VIOLENCE = _rx(
    r"kill", r"murder", r"shot\b", r"shoot", r"gunm[ae]n", r"stabb", r"abduct", r"kidnap", r"hostage", r"ransom",
    r"bomb", r"explosiv", r"ied\b", r"detonat", r"grenade", r"molotov", r"firearm", r"pistol", r"handgun", r"rifle",
    r"weapons?\b", r"ammunition", r"ricin", r"toxin", r"poison", r"attack(?:s|ed|ing)? (?:on|against)", r"(?:planned|planning|preparing|prepare) (?:an? )?attack",
    r"massacre", r"assassinat", r"behead", r"burn(?:ed|ing|t)? (?:down|your|the|a|his|her)", r"(?:pressure-cooker|explosive|incendiary) device", r"assembl(?:e|es|ed|ing) .{0,25}device", r"suicide (?:vest|bomb)", r"arson endangering", r"set fire to (?:a|the) (?:bus|house|building)",
    r"dead\b", r"deaths?\b", r"casualt", r"wounded", r"injur", r"armed group", r"armed cell", r"cell that", r"militia",
    r"asesin", r"mat(?:o|aron|ar)\b", r"a cambio de", r"ofrec(?:e|io|ieron) .{0,40}a un (?:juez|funcionario|fiscal|agente)", r"procedentes? de", r"falso", r"falsa", r"secuestr", r"rehen", r"bomba", r"explosiv", r"arma", r"fusil", r"atentado", r"muert",
    r"heridos", r"assassin", r"meurtr", r"en echange de", r"produit (?:du|de|des)", r"tu(?:e|er|ait|erent)\b", r"otage", r"enlev", r"bombe", r"explosif", r"armes?\b",
    r"fusils?", r"attentat", r"morts?\b", r"blesse",
)

# -- a protected role held by the target ----------------------------------------------------------
ROLES: dict[str, re.Pattern[str]] = {
    "journalist": _rx(
        r"journalist", r"reporter", r"correspondent", r"editor\b", r"editor-in-chief", r"news anchor", r"broadcaster",
        r"columnist", r"photojournalist", r"press photographer", r"periodista", r"reporter[oa]", r"corresponsal",
        r"journaliste", r"redact(?:or|eur)", r"chroniqueu",
    ),
    "human_rights_defender": _rx(
        r"human[- ]rights (?:defender|activist|monitor|lawyer|worker|organi[sz]ation|group|ngo|campaigner)",
        r"rights (?:defender|activist)", r"defensor(?:a)? de (?:los )?derechos", r"defenseu?r(?:e)? des droits",
        r"militant(?:e)? des droits", r"activista de derechos",
    ),
    "lawyer": _rx(r"lawyer", r"attorney", r"barrister", r"solicitor", r"advocate\b", r"defence counsel", r"abogad", r"avocat(?:e)?\b"),
    "politician": _rx(
        r"member of (?:the )?(?:parliament|congress|senate|national assembly|legislative assembly|state legislative assembly)",
        r"\bmp\b", r"senator", r"legislator", r"congress(?:man|woman)", r"deputy\b", r"mayor", r"governor", r"minister\b",
        r"councillor", r"councilor", r"party leader", r"politician", r"diputad", r"senador", r"alcalde", r"gobernador",
        r"presidente municipal", r"concejal", r"depute", r"senateur", r"maire", r"gouverneur", r"ministre", r"parliamentarian",
    ),
    "head_of_state": _rx(r"head of state", r"president of the (?:republic|country)", r"prime minister", r"monarch", r"jefe de estado", r"chef de l'etat"),
    "diplomat": _rx(r"diplomat", r"ambassador", r"consul\b", r"consul-general", r"attache", r"diplomatic", r"embajador", r"ambassadeur", r"diplomate"),
    "religious_leader": _rx(
        r"priest", r"pastor", r"imam", r"rabbi", r"bishop", r"cleric", r"mullah", r"monk", r"religious leader", r"preacher",
        r"ayatollah", r"sacerdote", r"parroco", r"obispo", r"cura\b", r"pretre", r"pasteur", r"eveque", r"cure\b",
    ),
}

# -- context modifiers -----------------------------------------------------------------------------
NEGATION = _rx(
    r"no\b", r"not\b", r"never", r"nobody", r"none\b", r"nothing", r"without", r"neither", r"nor\b", r"n't",
    r"ningun", r"ninguna", r"nadie", r"nada", r"sin\b", r"tampoco", r"aucun", r"aucune", r"pas\b", r"jamais", r"sans\b", r"ni\b",
)
SPECULATION = _rx(
    r"assessed as", r"potential", r"possibl", r"posible", r"might", r"may (?:be|have|also|pose|become|support|sympathi)", r"could (?:be|have|become|pose)", r"deemed", r"regarded as",
    r"considered", r"treated as", r"believed to (?:sympathi|support|be close)", r"perceived", r"suspected of sympath",
    r"likely to", r"indicate[sd]? (?:a|an) (?:foreign|influence)", r"to be treated", r"is therefore", r"se considera",
    r"considerad", r"presunt", r"consider(?:e|ee)s?", r"susceptible", r"pourrait", r"podria", r"as a vector",
)
DISCLAIMER = _rx(
    r"plays? no part", r"not the basis", r"no part in", r"irrelevant", r"not relevant", r"is not why", r"unrelated to (?:this|the) request",
    r"does not (?:form|ground|found)", r"ne fonde pas", r"n'est pas (?:le|la) (?:fondement|base|motif)", r"no (?:es|constituye) (?:el )?(?:fundamento|motivo|base)",
    r"sin relacion con", r"has no bearing", r"is not the reason", r"not why", r"is not a factor",
)
IMPERSONATION = _rx(
    r"pos(?:ed|ing|es) as", r"posing", r"pretend", r"impersonat", r"claim(?:ed|ing|s)? to be", r"fake", r"false (?:press|credentials|identity)",
    r"forged (?:press|credentials|accreditation)", r"is not an?\b", r"not a real", r"se (?:hacia|hacian|hizo|hicieron) pasar",
    r"haciendose pasar", r"se presentaron como", r"falsificad", r"se faisant passer", r"se faisaient passer", r"faux journaliste",
    r"n'est pas (?:un|une)", r"no es (?:un|una)", r"sin vinculo",
)
SUBJECT = _rx(
    r"subject", r"target", r"the person", r"he\b", r"she\b", r"his\b", r"her\b", r"him\b", r"el sujeto", r"la sujeto",
    r"el objetivo", r"la objetivo", r"el investigado", r"la investigada", r"le sujet", r"la cible", r"l'interesse", r"il\b", r"elle\b",
)
OTHER_PERSON = _rx(
    r"victim", r"killing of", r"murder of", r"against (?:a|the)", r"threatened (?:a|the)", r"of (?:a|the) (?:rival|local)",
    r"victima", r"contra (?:un|una|el|la)", r"victime", r"contre (?:un|une|le|la)", r"their families", r"a judge",
)

# An act of expression that *frames* what follows as its content ("published an investigation on
# killings by the army"): crime words after it in the same clause are reported, not alleged.
REPORTING = _rx(
    r"publish", r"report(?:s|ed|ing)? (?:on|about|that)", r"reporting", r"articles?\b", r"investigation (?:into|on|naming|about)",
    r"alleg(?:es|ing|ations)", r"expos(?:es|ing)", r"denounc", r"documents\b", r"documenting", r"broadcasts?\b", r"posts?\b", r"posted",
    r"accus(?:es|ing)", r"criticis", r"criticiz", r"study (?:on|of|about)", r"research (?:on|into)", r"paper on", r"data on",
    r"complaints? (?:to|with)", r"testif", r"speak(?:s|ing)? (?:out|about)", r"wrote", r"writes", r"covers?\b", r"coverage",
    r"campaign(?:s|ing)? (?:against|for)", r"interview", r"press conference", r"describ",
    r"public(?:o|a|aron|acion)\b", r"denunci", r"difund", r"acusa\b", r"informa sobre", r"cifras", r"documenta\b",
    r"denonc", r"enquete", r"diffus", r"chiffres", r"ecrit", r"publie",
)
NO_ALLEGATION = _rx(
    r"no (?:specific|concrete|particular|criminal|direct|individual) (?:information|evidence|act|conduct|offen[cs]e|allegation|activity|involvement|link)",
    r"no (?:evidence|proof|indication) (?:of|that|links?)", r"not (?:suspected|accused) of any", r"no plan\b", r"no offen[cs]e",
    r"no crime", r"not attributed", r"no (?:criminal )?conduct", r"has not committed", r"no known (?:offen|crime|criminal)",
    r"sin (?:pruebas|indicios|evidencia)", r"ningun (?:delito|hecho|acto|indicio)", r"no se le atribuye", r"no hay (?:pruebas|indicios)",
    r"aucun(?:e)? (?:preuve|element|acte|infraction|indice)", r"pas de (?:preuve|fait|infraction)", r"rien ne",
)
FRAMING = _rx(
    r"amounts? to", r"constitut", r"tantamount", r"characteri[sz]ed as", r"qualif(?:ies|y|ied) as", r"equivalent to",
    r"to be treated as", r"equivale", r"se trata de", r"revient a", r"s'apparente",
)

# victims described around a crime word ("the families of the people killed"): not the target's act
VICTIM_CONTEXT = _rx(
    r"famil(?:y|ies) of", r"relatives of", r"people", r"persons", r"victims? of", r"those", r"civilians", r"protesters",
    r"familiares de", r"personas", r"victimas de", r"familles de", r"personnes", r"victimes de",
)
# the request's own purpose ("to identify the source"): not evidence
PURPOSE = re.compile(r"(?:to|para|pour|a fin de|in order to|afin d')\s*$")
