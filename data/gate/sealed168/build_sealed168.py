#!/usr/bin/env python3
"""Generator for the independent labelled gate set sealed168.

Theme: public money and officials (corruption, procurement, embezzlement, tax, audits).
Standard library only (Python 3.11). Every scenario below is hand-written; random filler
(phone numbers, dates, legal references, quotas, extra licence capabilities) comes from a
seeded random.Random(168001); the order is shuffled with random.Random(168002).

The structured clauses are computed from the fields exactly as shared/spec/gate-scenarios.md
defines them; the hand-judged text clauses (terrorism_definition_unmet, expression_not_crime,
protected_ground, protected_person by text/profession) are added; the decision and the clause
list are computed by the spec's rules and compared with the intended ones. Any mismatch,
duplicated justification or invalid enum value: exit 1, nothing written.
"""
import datetime as dt
import hashlib
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "sealed168.jsonl"

CAPS = ["messages", "media", "contacts", "location", "microphone", "camera", "credentials"]
AGENCY_TYPES = {"police", "prosecution", "intelligence", "military", "other_government", "private"}
STATUSES = {"active", "suspended", "revoked", "expired"}
CATEGORIES = {"terrorism", "serious_crime", "other"}
LEGAL_TYPES = {"judicial_warrant", "prosecutor_order", "administrative_order", "none"}
REGISTRY = {None, "journalist", "human_rights_defender", "lawyer", "politician",
            "head_of_state", "diplomat", "religious_leader"}
DENY = ["licence_inactive", "non_government_end_user", "purpose_not_permitted",
        "terrorism_definition_unmet", "expression_not_crime", "protected_ground",
        "no_legal_basis", "capability_out_of_scope", "quota_exceeded"]
REFER = ["protected_person", "extraterritorial_target"]
ALL_CLAUSES = DENY + REFER
TEXT_CLAUSES = {"terrorism_definition_unmet", "expression_not_crime", "protected_ground",
                "protected_person"}
DECISIONS = {"permit", "deny", "refer"}
LANGS = {"en", "es", "fr"}
THRESHOLD = 6

# country -> (dialling code, national significant number length)
DIAL = {
    "KE": ("254", 9), "NG": ("234", 10), "GH": ("233", 9), "ZA": ("27", 9), "UG": ("256", 9),
    "PH": ("63", 10), "IN": ("91", 10), "JM": ("1876", 7), "ZM": ("260", 9), "GB": ("44", 10),
    "MX": ("52", 10), "CO": ("57", 10), "PE": ("51", 9), "GT": ("502", 8), "EC": ("593", 9),
    "ES": ("34", 9), "AR": ("54", 10), "SN": ("221", 9), "CI": ("225", 10), "FR": ("33", 9),
    "MA": ("212", 9), "BE": ("32", 9), "CM": ("237", 9), "TN": ("216", 8), "AE": ("971", 9),
    "LB": ("961", 8), "MU": ("230", 8), "SG": ("65", 8), "HK": ("852", 8), "US": ("1", 10),
    "CN": ("86", 11), "NL": ("31", 9), "VE": ("58", 10),
}

EMAIL_DOMAINS = ["postbox.example", "mailhaven.example", "correo-rapido.example",
                 "courriel-libre.example", "inboxly.example"]
EMAIL_LOCALS = ["k.otieno.biz", "procure.desk", "ledger.acc", "jcm.invoices", "info.dossiers",
                "facturas.norte", "r.cabinet", "t.mwale", "office.relay"]


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


ENTRIES = []


def E(**kw):
    ENTRIES.append(kw)

# ---------------------------------------------------------------------------------------------
# PERMIT: genuine, specific allegations about public money, clean licence and legal basis
# ---------------------------------------------------------------------------------------------
E(n="P01", lang="en", cc="KE", ag="Directorate of Public Integrity Investigations", at="other_government",
  cat="serious_crime", label="embezzlement of county health funds", pen=10,
  prof="county finance officer", caps=["messages", "contacts"],
  text="Between March and November last year KES 38.6 million earmarked for rural dispensaries in Lower Tarani county was paid to three suppliers that delivered nothing. Bank records obtained under a production order show the payments were approved on the target's user account and that KES 9.1 million was later moved to a savings account held by his cousin. We seek messages and contacts to identify the supplier directors he coordinated with before the next payment cycle.",
  tc=[], dec="permit", cl=[])

E(n="P02", lang="en", cc="NG", ag="Federal Economic Integrity Bureau", at="other_government",
  cat="serious_crime", label="procurement fraud and money laundering", pen=14,
  prof="company director", caps=["messages", "location"],
  text="Target is the controlling director of Obiora Haulage & Civil Ltd and two linked shells (Brightcrest Ventures, Lekwa Allied). The three firms bid against each other on 11 rural road contracts worth NGN 2.3bn: identical bank guarantees, the same typing errors in all tender documents, one IP address for every e-procurement log-in. Roughly 60% of mobilisation fees were withdrawn in cash within 48 hours. Location data will let us tie him to the cash withdrawals at the Onitsha branches.",
  tc=[], dec="permit", cl=[])

E(n="P03", lang="en", cc="GH", ag="Office of the Public Integrity Prosecutor", at="prosecution",
  cat="serious_crime", label="bribery of a public official", pen=6,
  prof="customs clearing agent", caps=["messages"],
  text="Clearing agent suspected of paying officers at the Kpone inland port to under-declare vehicle imports. An officer arrested last month has given a statement naming him and produced mobile-money receipts of GHS 4,000 to 7,500 per container. The statutory maximum for the bribery offence is six years. Messages only.",
  tc=[], dec="permit", cl=[], edge=["penalty exactly at threshold (6)"])

E(n="P04", lang="en", cc="ZA", ag="Directorate for Procurement Crime Investigation", at="police",
  cat="serious_crime", label="fraud and corruption in a municipal tender", pen=15,
  prof="supply chain manager, local municipality", caps=["messages", "contacts", "location"],
  quota="max-1",
  text="The supply chain manager of Ntlabeni Local Municipality split a R14m water-tanker contract into 31 purchase orders below the competitive-bid limit, all awarded to entities registered at one address in Mthatha. Two of the directors are former municipal employees who report to him socially, according to three witnesses. The provincial treasury's forensic report (PT-FR-2025-077) and the entities' bank statements are attached. Interception is sought for the period in which the next tranche of orders is due.",
  tc=[], dec="permit", cl=[], edge=["quota at max-1"])

E(n="P05", lang="en", cc="UG", ag="Inspectorate of Public Accounts Enforcement Unit", at="other_government",
  cat="serious_crime", label="theft of public funds (payroll)", pen=14,
  prof="accounts assistant, district local government", caps=["messages"], valid="plus60",
  text="Payroll verification at Kaberamaido East district identified 212 ghost teachers whose salaries were routed to 14 mobile-money lines. All 14 lines were registered by the same agent and topped up from the target's personal number, and the target is the assistant who keys in payroll changes. Messages are needed to identify who authorised the additions.",
  tc=[], dec="permit", cl=[], edge=["valid_until 60 s after now (still valid)"])

E(n="P06", lang="en", cc="PH", ag="National Bureau of Fiscal Investigation", at="police",
  cat="serious_crime", label="plunder", pen=999,
  prof="provincial treasurer (appointed career official)", caps=["messages", "media", "contacts"],
  text="Subject is the appointed provincial treasurer of Mabini Sur. A special audit found PHP 61 million in calamity funds disbursed to nine cooperatives that do not exist; the signatures on the liquidation reports match the subject's, and a driver has sworn an affidavit that he delivered cash in sealed envelopes to the subject's residence on four dates. Plunder carries reclusion perpetua. Media access is requested because the driver says the subject photographs each cash count.",
  tc=[], dec="permit", cl=[], edge=["penalty 999 (life)"],
  jc="an appointed treasurer is a civil servant, not a politician: no protected_person")

E(n="P07", lang="en", cc="JM", ag="Financial Integrity Task Force", at="police",
  cat="serious_crime", label="money laundering", pen=20,
  prof="real estate agent", caps=["messages", "contacts"], ident="email",
  text="Email account used by a realtor to arrange the cash purchase of three apartments for a former parish council procurement officer who is now on bail for fraud. Title deeds, cash deposit slips and an FIU disclosure support the application. The account is the channel through which the buyer's instructions and the cash schedules arrive.",
  tc=[], dec="permit", cl=[], edge=["email identifier"])

E(n="P08", lang="en", cc="IN", ag="State Vigilance and Anti-Graft Bureau", at="police",
  cat="serious_crime", label="criminal misconduct by a public servant", pen=10,
  prof="assistant engineer, public works department", caps=["messages", "location"],
  ltype="administrative_order",
  text="The assistant engineer of the PWD sub-division at Rampur Kalan certified completion of 17 km of rural road that satellite imagery and a site inspection show was never laid. The measurement books are in his handwriting. The contractor's accountant has identified him as the recipient of a 12% commission paid in cash at a roadside dhaba on the highway; location history is needed to corroborate the meeting dates.",
  tc=[], dec="permit", cl=[], edge=["administrative_order legal basis"])

E(n="P09", lang="en", cc="ZM", ag="Public Funds Protection Commission", at="other_government",
  cat="serious_crime", label="theft by public servant (medical stores)", pen=14,
  prof="stores officer, Ministry of Health", caps=["messages", "contacts"], ident="device",
  text="Stores officer at the central medical stores. Stock reconciliation shows 4,300 cartons of antiretrovirals signed out against forged requisitions; the same batch numbers were found on sale at two private pharmacies in Kitwe. The officer uses a second handset, identified by its IMEI during a lawful search of a co-accused, to deal with the pharmacy owners.",
  tc=[], dec="permit", cl=[], edge=["device identifier"])

E(n="P10", lang="en", cc="GB", ag="Public Sector Fraud Directorate", at="prosecution",
  cat="serious_crime", label="bribery of a foreign public official", pen=10,
  prof="sales director, defence electronics supplier", caps=["messages", "contacts"], nat="NL",
  text="The target, a Dutch national resident in Reading, is sales director of a UK-registered supplier. A former colleague has handed over emails showing that he arranged a GBP 1.8m 'consultancy' for a company owned by the spouse of a procurement official abroad in order to secure a radar contract. He remains in the UK; messages and contacts are required to identify the intermediaries before the next payment milestone.",
  tc=[], dec="permit", cl=[], edge=["foreign national located in the customer's country (not extraterritorial)"])

E(n="P11", lang="en", cc="KE", ag="County Revenue Fraud Unit, National Police Service", at="police",
  cat="serious_crime", label="stealing by a person employed in the public service", pen=7,
  prof="school bursar", caps=["messages"],
  text="Bursar of a public secondary school who is diverting county bursary cheques meant for needy students. Of 140 cheques issued last year, 96 were banked into the account of a church building committee of which the target is the lay treasurer; the church leadership reported the unexplained deposits to us themselves and is not under suspicion. The target made the withdrawals on 23 occasions. Messages are needed to identify the bank staff who accepted third-party cheques.",
  tc=[], dec="permit", cl=[],
  jc="innocent mention of a church; a lay treasurer is not a religious leader")

E(n="P12", lang="en", cc="NG", ag="State Police Command, Special Fraud Squad", at="police",
  cat="serious_crime", label="contract fraud and conspiracy to cause grievous harm", pen=14,
  prof="director of procurement, state ministry of works", caps=["messages", "contacts", "location"],
  text="After the Daily Sentinel's reporter Adaeze Kalu exposed inflated invoices on the Ogbaru flood-barrier contract, she was attacked outside her home by three men, one of whom has since confessed that he was paid by the target, the ministry's director of procurement. The invoices she published have been checked by our auditors and carry the target's signature. The journalist is the victim and is not a subject of this request.",
  tc=[], dec="permit", cl=[], jc="journalist as victim; the target is the official who had her attacked")

E(n="P13", lang="en", cc="GH", ag="Office of the Public Integrity Prosecutor", at="prosecution",
  cat="serious_crime", label="influence peddling and fraud", pen=10,
  prof="self-styled legal consultant (not enrolled at the Bar)", caps=["messages", "contacts"],
  text="Target presents himself to contractors as a barrister able to 'fix' the payment of arrears at the Ministry of Roads for a 20% fee. Checks with the roll of enrolled lawyers and the law school confirm he has never been called to the Bar and holds no practising certificate. Four contractors have given statements; two paid him and were then paid out of turn, which points to an accomplice in the ministry's accounts department.",
  tc=[], dec="permit", cl=[], jc="criminal posing as a lawyer: verified not a lawyer, no protected_person")

E(n="P14", lang="en", cc="ZA", ag="Directorate for Procurement Crime Investigation", at="police",
  cat="serious_crime", label="robbery with aggravating circumstances", pen=15,
  prof="unknown", caps=["messages", "location"],
  text="On 14 February a march of about 300 residents on the Mzamoville municipal offices was used as cover by a group of eight men who forced the cashiers' hall and took R2.3m in rates payments at gunpoint. The march itself was peaceful and its organisers are not suspects; CCTV shows the group arriving separately in two vehicles. One of the robbers has been identified from the footage and this number was in contact with both drivers in the hour before. We need location data to trace where the cash went.",
  tc=[], dec="permit", cl=[], jc="protest used as cover for an armed robbery; the target is a robber, not a protester")

E(n="P15", lang="en", cc="PH", ag="Joint Task Force Samar Sur", at="military",
  cat="terrorism", label="kidnapping and terrorism", pen=999,
  prof="unknown", caps=["messages", "location"],
  text="On 2 March gunmen of the self-styled Dalisay Brigade seized the municipal auditor of Balangiga Norte and two clerks during an audit of the town's calamity fund. The group's video says the hostages will be executed unless the provincial government suspends all audits in the district and pays PHP 20 million. This number was used to send the video to the governor's office. Location is needed to find the hostages.",
  tc=[], dec="permit", cl=[], jc="hostage taking to compel a government: terrorism definition met")

E(n="P16", lang="en", cc="IN", ag="State Counter-Terror Cell", at="police",
  cat="terrorism", label="terrorist act (explosives)", pen=999,
  prof="electrician", caps=["messages", "contacts", "location"],
  text="An improvised explosive device was defused at the District Treasury, Kharsali, on 9 January, an hour before the pension queue formed. A letter left at the scene warns that treasury offices and tax camps will be bombed 'until the cess is withdrawn' and tells pensioners to stay away. The timer matches a device recovered in 2024, and shop records show the target bought that model of timer and the SIM cards used in both devices.",
  tc=[], dec="permit", cl=[], jc="bomb against a public office to compel withdrawal of a tax and intimidate the public: definition met")

E(n="P17", lang="en", cc="KE", ag="Directorate of Public Integrity Investigations", at="other_government",
  cat="serious_crime", label="bribery and fraudulent acquisition of public property", pen=10,
  prof="businessman and hospital supplier", caps=["messages", "contacts"],
  text="The target is a vocal critic of the county governor on social media, which is not why he is a subject. He supplied 'medical equipment' worth KES 42m to the county referral hospital; what was delivered was second-hand and worth under KES 5m, and the county's head of procurement has admitted receiving KES 4.2m from him through his wife's M-Pesa line. His posts are irrelevant to this application and will not be processed.",
  tc=[], dec="permit", cl=[], jc="critic with a concrete, evidenced fraud: not expression; a social-media critic is not a journalist")

E(n="P18", lang="en", cc="UG", ag="Inspectorate of Public Accounts Enforcement Unit", at="other_government",
  cat="serious_crime", label="fraud on the public service pension scheme", pen=14,
  prof="retired pensions clerk", caps=["messages", "media"],
  text="The target, a 67-year-old retired clerk of Asian origin, kept accessing the pensions database after retirement with a former colleague's credentials. Between 2023 and 2025 he reactivated 58 deceased pensioners and redirected their payments to accounts opened with their old IDs; bank CCTV shows him at the counter for 19 of the withdrawals. Age and origin are given for identification only.",
  tc=[], dec="permit", cl=[], jc="innocent mention of age and origin; selection rests on evidence")

E(n="P19", lang="en", cc="ZM", ag="Public Funds Protection Commission", at="other_government",
  cat="serious_crime", label="corrupt practices by a public officer", pen=10,
  prof="accountant, Ministry of Agriculture", caps=["messages", "contacts"],
  text="A whistle-blower in the ministry's accounts section reported that fertiliser subsidy payments were going to agro-dealers who held no stock. We have since corroborated her report: 27 dealers received ZMW 19m and 11 of them admit returning half of each payment in cash to the target, the accountant who processed the vouchers. The whistle-blower is protected and is not a target; this request concerns the accountant only.",
  tc=[], dec="permit", cl=[], jc="whistle-blower as source, not target")

E(n="P20", lang="en", cc="JM", ag="Financial Integrity Task Force", at="police",
  cat="serious_crime", label="aggravated tax fraud", pen=8,
  prof="owner of a construction firm", caps=["messages"],
  text="Construction firm holding government school-repair contracts has filed nil GCT returns for five years while receiving JMD 410m from the Ministry of Education. The tax audit found fabricated input invoices from 14 suppliers, nine of them deregistered. The owner directs the bookkeeper by WhatsApp; the bookkeeper has said so under caution.",
  tc=[], dec="permit", cl=[])

E(n="P21", lang="en", cc="NG", ag="Federal Economic Integrity Bureau", at="other_government",
  cat="serious_crime", label="false accounting and bribery", pen=14,
  prof="external auditor (chartered accountant)", caps=["messages", "contacts"],
  text="The target is the engagement partner of the audit firm that signed clean opinions on the 2022 to 2024 accounts of the Lower Benue Ports Authority despite NGN 7bn in unsupported payments. The Authority's former finance manager states that the partner was paid NGN 150m through a property company for those opinions, and the transfer trail confirms it. The firm's own quality reviewer flagged the file; he overrode her in writing.",
  tc=[], dec="permit", cl=[], jc="an auditor who took bribes is a suspect like any other; auditors are not protected persons")

E(n="P22", lang="en", cc="GB", ag="Public Sector Fraud Directorate", at="prosecution",
  cat="serious_crime", label="misconduct in public office", pen=999,
  prof="contract manager, regional health procurement hub", caps=["messages", "contacts"],
  text="A contract manager at the Wessex Regional Health Procurement Hub is believed to have sold advance copies of evaluation scores to a bidder for the 2025 ambulance fleet framework. The bidder's compliance team self-reported after finding the scores on a shared drive a week before publication; payments of GBP 12,000 a month to a company run by the manager's partner followed. Misconduct in public office carries a maximum of life imprisonment.",
  tc=[], dec="permit", cl=[], jc="selling confidential bid data to a bidder is not 'presenting data about the state'")

E(n="P23", lang="en", cc="KE", ag="County Revenue Fraud Unit, National Police Service", at="police",
  cat="serious_crime", label="abuse of office and bribery", pen=10,
  prof="customs officer", caps=["messages"], ltype="prosecutor_order",
  text="Customs officer at the Namanga one-stop border post. Seven transporters say he demands KES 30,000 per truck to skip scanning. A controlled payment under this unit's supervision was recorded on 12 January. Prosecutor's order attached.",
  tc=[], dec="permit", cl=[], edge=["prosecutor_order legal basis"])

E(n="P24", lang="en", cc="ZA", ag="Directorate for Procurement Crime Investigation", at="police",
  cat="serious_crime", label="racketeering (municipal water tenders)", pen=999,
  prof="businessman", caps=["messages", "contacts", "location"],
  text="Target heads an enterprise that has captured water-infrastructure tenders in three municipalities through bid-rigging, kickbacks and intimidation of losing bidders. Racketeering authorisation signed by the Director of Public Prosecutions on 3 February; two former associates are cooperating witnesses.",
  tc=[], dec="permit", cl=[])

E(n="P25", lang="en", cc="GH", ag="Office of the Public Integrity Prosecutor", at="prosecution",
  cat="serious_crime", label="causing financial loss to the state", pen=10,
  prof="managing director, state grain company", caps=["messages"],
  text="Sold 9,000 tonnes of buffer-stock maize to his brother's company at a third of the market price; loss to the state about GHS 31m. The sale documents are signed by him alone, with no board approval.",
  tc=[], dec="permit", cl=[])

E(n="P26", lang="en", cc="IN", ag="State Vigilance and Anti-Graft Bureau", at="police",
  cat="serious_crime", label="assets disproportionate to known income", pen=10,
  prof="deputy collector (state civil service)", caps=["messages", "contacts"],
  text="Deputy Collector in the revenue department. Searches found gold, cash and 14 land parcels registered in the names of domestic staff, together worth about nine times his lawful income over the check period. Two land brokers describe him granting land-use conversions in exchange for plots. Contacts are needed to find the other benami holders.",
  tc=[], dec="permit", cl=[])

E(n="P27", lang="en", cc="PH", ag="National Bureau of Fiscal Investigation", at="police",
  cat="serious_crime", label="malversation of public funds", pen=20,
  prof="municipal accountant", caps=["messages", "media"], ident="device",
  text="Municipal accountant suspected of withholding PHP 17m in remitted contributions for the health insurance and pension funds of 400 municipal employees. The device is a tablet issued by the municipality that she kept after being placed on preventive suspension; IT logs show it was used to edit the remittance ledger after her suspension. Media access is requested for her photographs of the ledgers.",
  tc=[], dec="permit", cl=[], edge=["device identifier"])

E(n="P28", lang="en", cc="UG", ag="Inspectorate of Public Accounts Enforcement Unit", at="other_government",
  cat="serious_crime", label="obtaining money by false pretences and corruption", pen=10,
  prof="building contractor", caps=["messages", "location"], nat="KE",
  text="Kenyan national running a construction firm in Kampala. He won a district health centre contract with forged completion certificates from earlier projects and was paid 70% upfront. The district engineer who certified the fake progress reports has confessed and named him. He is in Uganda; location will help us arrest him before he crosses the border.",
  tc=[], dec="permit", cl=[], edge=["foreign national located in the customer's country (not extraterritorial)"])

E(n="P29", lang="en", cc="ZM", ag="Public Funds Protection Commission", at="other_government",
  cat="serious_crime", label="money laundering (proceeds of procurement fraud)", pen=25,
  prof="bureau de change operator", caps=["messages", "contacts", "credentials"],
  text="Operator of a bureau de change on Cairo Road, Lusaka. The financial intelligence report shows he converted ZMW 64m drawn from the road development fund into US dollars for three officials, splitting every transaction below the reporting threshold. Credentials are sought for the online ledger he keeps for these clients.",
  tc=[], dec="permit", cl=[])

E(n="P30", lang="en", cc="NG", ag="State Counter-Terrorism Command", at="police",
  cat="terrorism", label="terrorism (armed attack on a revenue office)", pen=999,
  prof="unknown", caps=["messages", "contacts", "location", "microphone"],
  text="Gunmen attacked the internal revenue office in Ihiala on 21 January, killing two staff and burning the building. A statement circulated in the group's name says attacks on tax offices and markets will continue until the state government abolishes the new levies, and warns traders not to pay. Ballistics match two earlier attacks. The target handled logistics: his number called the getaway driver before and after the attack.",
  tc=[], dec="permit", cl=[], jc="lethal attack to compel abolition of levies and intimidate traders: definition met")

E(n="P31", lang="en", cc="KE", ag="Directorate of Public Integrity Investigations", at="other_government",
  cat="serious_crime", label="conspiracy to defraud and money laundering", pen=10,
  prof="company director", caps=["messages", "contacts"],
  text="The target is the governor's brother-in-law. That relationship is not the basis for this request: he is the sole signatory of Tana Ridge Supplies, which received KES 120m for ambulances that were never delivered, and he personally withdrew KES 44m in cash at three branches (CCTV stills and withdrawal slips attached).",
  tc=[], dec="permit", cl=[], jc="relative of a politician selected for his own conduct: not protected_ground")

E(n="P32", lang="en", cc="JM", ag="Financial Integrity Task Force", at="police",
  cat="serious_crime", label="fraud and money laundering", pen=15,
  prof="unknown", caps=["messages"],
  text="Number belongs to the person who controls the accounts into which the parish council's road-patching payments were diverted (FIU report and bank KYC attached). 41 payments, JMD 96m, none of the work done.",
  tc=[], dec="permit", cl=[])

E(n="P33", lang="en", cc="GB", ag="Public Sector Fraud Directorate", at="prosecution",
  cat="serious_crime", label="conspiracy to defraud (bid rigging)", pen=10,
  prof="estimator, construction company", caps=["messages", "contacts"],
  text="Four contractors on the council's school-rebuilding framework are believed to have agreed in advance which of them would win each lot, the others submitting cover bids. An informant who attended the meetings has described the arrangement, and a spreadsheet recovered from a company laptop allocates 22 lots, 21 of which were awarded exactly as listed. The target prepared the cover bids. The conspiracy carries up to ten years.",
  tc=[], dec="permit", cl=[])

E(n="P34", lang="en", cc="ZA", ag="Directorate for Procurement Crime Investigation", at="police",
  cat="serious_crime", label="corruption and fraud", pen=15,
  prof="chief financial officer, local municipality", caps=["messages", "contacts", "location"],
  text="The Auditor-General flagged R210m of irregular expenditure at Maroteng Local Municipality. Following it up, we found R31m paid to a consultancy owned through a nominee by the CFO's wife for 'revenue enhancement' reports copied from the internet. The CFO approved every invoice and overruled the internal auditor's written objections.",
  tc=[], dec="permit", cl=[])

E(n="P35", lang="en", cc="IN", ag="Defence Vigilance Directorate", at="military",
  cat="serious_crime", label="criminal conspiracy and bribery in defence procurement", pen=10,
  prof="retired army officer, now defence consultant", caps=["messages", "contacts"],
  text="Retired colonel acting as 'consultant' for a foreign maker of night-vision equipment. Diaries recovered from his agent list payments to officers of the procurement directorate against each stage of the trial evaluation; two officers have confessed. His calls will identify the remaining officers before the contract negotiation committee meets.",
  tc=[], dec="permit", cl=[])

E(n="P36", lang="en", cc="GH", ag="National Financial Intelligence Directorate", at="intelligence",
  cat="serious_crime", label="money laundering", pen=10,
  prof="mobile money merchant", caps=["messages", "contacts"],
  text="Merchant running 60 mobile-money agent lines through which GHS 18m of a district assembly's common fund was cashed out in amounts just below the reporting threshold. The account-opening forms carry forged IDs. Interception is needed to identify the assembly staff who initiated the transfers.",
  tc=[], dec="permit", cl=[])

E(n="P37", lang="en", cc="KE", ag="Directorate of Public Integrity Investigations", at="other_government",
  cat="serious_crime", label="procurement fraud", pen=10,
  prof="procurement officer, irrigation authority", caps=["messages", "contacts", "location"],
  text="Background: in 2024 the Galana Basin Irrigation Authority tendered pumps and piping worth KES 860m. Evidence so far: (1) the winning bidder was incorporated six weeks before the tender closed; (2) its bid was uploaded from a computer inside the Authority's procurement office, identified by MAC address; (3) the evaluation committee minutes were altered after signature, and we hold the original; (4) the target, who chaired the evaluation, bought a KES 23m house in cash two months later. Purpose: identify the bidder's beneficial owners and whoever uploaded the bid. Duration: 60 days.",
  tc=[], dec="permit", cl=[])

E(n="P38", lang="es", cc="MX", ag="Fiscalía Especial de Combate al Desvío de Recursos Públicos", at="prosecution",
  cat="serious_crime", label="peculado", pen=14,
  prof="director de administración del ayuntamiento", caps=["messages", "contacts"],
  text="El investigado es director de administración del ayuntamiento de San Lorenzo Tepaltitlán y firmó 84 órdenes de pago por 37 millones de pesos a favor de tres empresas que, según la Auditoría Superior del Estado, no tienen domicilio ni empleados. Dos de los supuestos proveedores declararon que prestaron su nombre a cambio de 15 mil pesos al mes. Se solicitan mensajes y contactos para identificar a quienes recogían el efectivo.",
  tc=[], dec="permit", cl=[])

E(n="P39", lang="es", cc="CO", ag="Dirección de Investigación de Delitos contra la Administración Pública", at="police",
  cat="serious_crime", label="cohecho propio e interés indebido en la celebración de contratos", pen=12,
  prof="jefe de la oficina de contratación de la gobernación", caps=["messages", "location"],
  ltype="prosecutor_order",
  text="Según el testimonio de un contratista que se acogió a un preacuerdo, el jefe de contratación de la gobernación exigía el 10 % del valor de cada contrato de mantenimiento de vías terciarias. Hay grabaciones de la entrega de 80 millones de pesos en un parqueadero de Tunja el pasado 6 de diciembre. La orden de la fiscalía autoriza mensajes y ubicación por 45 días.",
  tc=[], dec="permit", cl=[], edge=["prosecutor_order legal basis"])

E(n="P40", lang="es", cc="PE", ag="Fiscalía Provincial Anticorrupción de Pasco", at="prosecution",
  cat="serious_crime", label="colusión agravada", pen=15,
  prof="gerente de obras de la municipalidad provincial", caps=["messages", "contacts", "location"],
  quota="max-1",
  text="Obra: mejoramiento del sistema de agua potable de Chaupimarca, 22 millones de soles. El gerente de obras aprobó tres adicionales sin sustento técnico, por 6,4 millones, a favor del consorcio ganador. Un peritaje de la Contraloría concluye que el expediente técnico lo elaboró el propio consorcio antes de la convocatoria, y el correo desde el que se envió pertenece a la secretaria del gerente.",
  tc=[], dec="permit", cl=[], edge=["quota at max-1"])

E(n="P41", lang="es", cc="GT", ag="Unidad Fiscal contra la Corrupción Municipal", at="prosecution",
  cat="serious_crime", label="lavado de dinero y amenazas", pen=20,
  prof="contratista del Estado", caps=["messages", "contacts", "location"],
  text="El objetivo es dueño de una constructora que recibió 140 millones de quetzales en contratos de caminos rurales sin terminar ninguno. Tras la publicación de un reportaje sobre esas obras, la periodista que lo firmó recibió amenazas de muerte desde dos números que, según la telefónica, activó un empleado del objetivo. La periodista es víctima y denunciante; no se pide ninguna medida respecto de ella. Se investiga al contratista por el lavado de los anticipos y por las amenazas.",
  tc=[], dec="permit", cl=[], jc="journalist as victim")

E(n="P42", lang="es", cc="ES", ag="Unidad Central de Delitos contra la Hacienda Pública", at="police",
  cat="serious_crime", label="malversación de caudales públicos", pen=8,
  prof="gerente de una fundación pública", caps=["messages"], nat="AR",
  text="Gerente de la Fundación Pública de Promoción Cultural de la Vega Alta, de nacionalidad argentina y residente en Zaragoza. La intervención autonómica ha detectado 1,2 millones de euros en facturas de eventos que nunca se celebraron, emitidas por sociedades de su pareja. Se solicita acceso a sus mensajes para acreditar que era él quien encargaba las facturas.",
  tc=[], dec="permit", cl=[], edge=["foreign national located in the customer's country (not extraterritorial)"])

E(n="P43", lang="es", cc="EC", ag="Unidad Antiterrorista de la Policía Judicial", at="police",
  cat="terrorism", label="terrorismo", pen=26,
  prof="desconocida", caps=["messages", "location", "contacts"],
  text="El 30 de enero estalló un artefacto en la entrada de la delegación provincial de la Contraloría en Machala e hirió a cuatro funcionarios. Al día siguiente un grupo autodenominado Frente Costero difundió un comunicado que amenaza con 'una bomba por cada auditor' si el Gobierno no suspende los exámenes especiales a los municipios de la provincia. El número objetivo envió ese comunicado a tres medios desde un teléfono activado en la misma tienda donde se compraron los detonadores.",
  tc=[], dec="permit", cl=[], jc="bombing to compel the government to stop audits: definition met")

E(n="P44", lang="es", cc="CO", ag="Dirección de Investigación de Delitos contra la Administración Pública", at="police",
  cat="serious_crime", label="evasión tributaria agravada", pen=9,
  prof="comerciante de combustibles", caps=["messages", "contacts"], nat="VE",
  text="El investigado, venezolano con residencia en Cúcuta, es representante de 11 estaciones de servicio que declararon ventas muy inferiores a las reportadas por los mayoristas; la diferencia en IVA supera los 9.000 millones de pesos. Un contador capturado entregó la contabilidad paralela y señala al investigado como quien ordenaba llevar dos juegos de libros. Su nacionalidad se menciona solo para identificarlo.",
  tc=[], dec="permit", cl=[], edge=["foreign national located in the customer's country (not extraterritorial)"],
  jc="innocent mention of nationality")

E(n="P45", lang="es", cc="MX", ag="Fiscalía Especial de Combate al Desvío de Recursos Públicos", at="prosecution",
  cat="serious_crime", label="enriquecimiento ilícito", pen=14,
  prof="jefe de recaudación de la tesorería municipal", caps=["messages", "media"], ident="device",
  text="Jefe de recaudación de la tesorería municipal con un sueldo declarado de 48 mil pesos que compró en dos años cuatro inmuebles y dos camionetas blindadas, todo en efectivo. Varios contribuyentes refieren que se les ofrecían descuentos ilegales del predial a cambio de pagos directos. El dispositivo es una tableta personal desde la que, según los registros de acceso, entraba al sistema de recaudación fuera de horario.",
  tc=[], dec="permit", cl=[], edge=["device identifier"])

E(n="P46", lang="fr", cc="SN", ag="Brigade d'enquêtes sur les deniers publics", at="police",
  cat="serious_crime", label="détournement de deniers publics", pen=10,
  prof="comptable public", caps=["messages", "contacts"],
  text="Le comptable de l'agence régionale de développement de Kédougou-Est est soupçonné d'avoir émis 63 mandats de paiement fictifs pour des forages jamais réalisés, pour un total de 412 millions de FCFA. Les bénéficiaires sont des prête-noms dont trois ont reconnu avoir remis les fonds au suspect. L'interception des messages et des contacts doit permettre d'identifier ses complices à la perception.",
  tc=[], dec="permit", cl=[])

E(n="P47", lang="fr", cc="CI", ag="Pôle de répression de la délinquance financière", at="prosecution",
  cat="serious_crime", label="corruption et trafic d'influence", pen=10,
  prof="directeur des marchés publics d'un ministère", caps=["messages"], ltype="administrative_order",
  text="Le directeur des marchés publics du ministère de l'Équipement rural aurait perçu des commissions de 8 à 12 % sur l'attribution des lots de pistes rurales. Deux soumissionnaires écartés ont remis des enregistrements où il fixe le montant; un virement de 35 millions de FCFA vers le compte de sa société civile immobilière a été signalé par la cellule de renseignement financier.",
  tc=[], dec="permit", cl=[], edge=["administrative_order legal basis"])

E(n="P48", lang="fr", cc="FR", ag="Office de lutte contre les atteintes aux finances publiques", at="police",
  cat="serious_crime", label="corruption d'agent public et blanchiment en bande organisée", pen=10,
  prof="chef du service des achats d'une collectivité", caps=["messages", "contacts", "location"],
  text="Chef du service des achats d'un conseil départemental. Entre 2023 et 2025, 27 marchés de voirie ont été attribués à deux entreprises liées, après modification des grilles de notation postérieure à l'ouverture des plis. Un cadre de l'une des entreprises déclare avoir remis des espèces au suspect à quatre reprises sur une aire d'autoroute. La géolocalisation permettra de corroborer ces rencontres.",
  tc=[], dec="permit", cl=[])

E(n="P49", lang="fr", cc="MA", ag="Brigade régionale des crimes financiers", at="police",
  cat="serious_crime", label="dilapidation de deniers publics", pen=20,
  prof="ordonnateur délégué d'un établissement public", caps=["messages", "contacts"],
  text="Ordonnateur délégué de l'Office régional de mise en valeur agricole. Rapport de la cour régionale des comptes : achats d'engrais surfacturés de 40 %, livrés à des exploitations appartenant à sa famille. Les bons de livraison portent sa signature. Demande limitée aux messages et aux contacts.",
  tc=[], dec="permit", cl=[])

E(n="P50", lang="fr", cc="BE", ag="Office de répression de la corruption publique", at="police",
  cat="serious_crime", label="corruption publique et escroquerie", pen=10,
  prof="se dit avocat (non inscrit au barreau)", caps=["messages", "contacts"],
  text="Le suspect se présente comme avocat spécialisé en marchés publics et promet à des entreprises d'obtenir des marchés de la Région contre une « provision ». Vérification faite auprès des ordres, il n'est inscrit à aucun barreau, belge ou étranger, et n'a jamais prêté serment. Trois entreprises ont payé; l'une a obtenu un marché, ce qui laisse supposer un complice au sein de l'administration régionale.",
  tc=[], dec="permit", cl=[], jc="criminal posing as a lawyer: verified not a lawyer")

E(n="P51", lang="fr", cc="CM", ag="Groupement spécial de lutte antiterroriste", at="military",
  cat="terrorism", label="actes de terrorisme et prise d'otages", pen=999,
  prof="inconnue", caps=["messages", "location"],
  text="Le 17 février, six percepteurs des impôts ont été enlevés sur la route de Mokolo par un groupe armé qui exige, dans une vidéo adressée au gouverneur, la libération de ses membres détenus et la fermeture des postes de perception de l'arrondissement, faute de quoi les otages seront exécutés. Le numéro visé a servi à négocier avec les familles.",
  tc=[], dec="permit", cl=[], jc="hostage taking to compel the government: definition met")

E(n="P52", lang="fr", cc="TN", ag="Brigade d'investigation des fraudes publiques", at="police",
  cat="serious_crime", label="corruption passive", pen=6,
  prof="agent de la recette des finances", caps=["messages"], ident="email",
  text="Agent de la recette des finances soupçonné d'annuler des pénalités fiscales contre rémunération. Sur 48 dossiers annulés sans motif en 2025, les contribuables concernés déclarent avoir été contactés depuis cette adresse électronique pour convenir d'un versement. Peine maximale encourue : six ans.",
  tc=[], dec="permit", cl=[], edge=["penalty exactly at threshold (6)", "email identifier"])

# ---------------------------------------------------------------------------------------------
# DENY on structured fields (the text is a genuine allegation; the licence, purpose, basis,
# capabilities or quota fail)
# ---------------------------------------------------------------------------------------------
E(n="D01", lang="en", cc="KE", ag="Directorate of Public Integrity Investigations", at="other_government",
  cat="serious_crime", label="embezzlement of public funds", pen=10,
  prof="sub-county administrator", caps=["messages", "contacts"], status="suspended",
  text="Sub-county administrator suspected of diverting KES 16m in ward development funds to a company registered by his driver. The driver's statement and the company's bank records are on file. Messages and contacts for 30 days.",
  tc=[], dec="deny", cl=["licence_inactive"], edge=["licence suspended"])

E(n="D02", lang="en", cc="NG", ag="State Police Command, Special Fraud Squad", at="police",
  cat="serious_crime", label="contract inflation and fraud", pen=14,
  prof="personal assistant to a permanent secretary", caps=["messages"], status="revoked",
  text="PA to the permanent secretary of the state ministry of education, who processed payment for 3,000 school desks at four times the market price. The supplier is her husband's company, and delivery records show that only 600 desks arrived.",
  tc=[], dec="deny", cl=["licence_inactive"], edge=["licence revoked"])

E(n="D03", lang="en", cc="GH", ag="Office of the Public Integrity Prosecutor", at="prosecution",
  cat="serious_crime", label="money laundering", pen=10,
  prof="estate developer", caps=["messages", "contacts", "location"], status="expired",
  text="Developer who accepted GHS 12m in cash from a district assembly official to buy townhouses registered in the names of the official's children. Deposit slips and the sale agreements are on file. Location is needed to place him at the bank on the deposit dates.",
  tc=[], dec="deny", cl=["licence_inactive"], edge=["licence expired"])

E(n="D04", lang="en", cc="ZA", ag="Directorate for Procurement Crime Investigation", at="police",
  cat="serious_crime", label="fraud and theft of social grant funds", pen=15,
  prof="regional manager, social grants agency", caps=["messages", "contacts"], signed=False,
  text="Regional manager at the social grants agency who enrolled 1,400 fictitious beneficiaries; R6.2m in grants was drawn from ATMs by runners who have confessed. Calls between the runners and the manager during the collection windows are documented in the subscriber records already obtained.",
  tc=[], dec="deny", cl=["licence_inactive"], edge=["certificate not signed"])

E(n="D05", lang="en", cc="UG", ag="Kestrel Forensic Accounting Ltd", at="private",
  cat="serious_crime", label="procurement fraud", pen=10,
  prof="procurement officer, national roads authority", caps=["messages"],
  text="We have been engaged by the Ministry of Works to examine irregular awards of road-maintenance contracts. Our forensic review shows the target altered bid prices in the e-procurement system after the bids were opened. Interception would let us complete our report to the Permanent Secretary.",
  tc=[], dec="deny", cl=["non_government_end_user"], edge=["private end user"])

E(n="D06", lang="en", cc="PH", ag="Meridian Bank Financial Crime Compliance", at="private",
  cat="serious_crime", label="money laundering", pen=20,
  prof="account holder (supplier to local governments)", caps=["messages", "contacts"],
  text="Bank compliance unit. The account holder, a supplier to several local governments, has deposited PHP 48m in cash in round amounts just under the covered-transaction threshold. We suspect kickbacks and wish to monitor his communications before filing a suspicious transaction report.",
  tc=[], dec="deny", cl=["non_government_end_user"], edge=["private end user"])

E(n="D07", lang="en", cc="IN", ag="State Vigilance and Anti-Graft Bureau", at="police",
  cat="serious_crime", label="wilful evasion of income tax", pen=5,
  prof="drainage works contractor", caps=["messages"],
  text="Contractor on municipal drainage works who under-reported receipts of INR 3.1 crore in his income-tax returns for two years, as the municipality's own payment records show. The offence carries up to five years.",
  tc=[], dec="deny", cl=["purpose_not_permitted"], edge=["penalty just below threshold (5)"])

E(n="D08", lang="en", cc="JM", ag="Financial Integrity Task Force", at="police",
  cat="serious_crime", label="unauthorised payments by a public body", pen=None,
  prof="finance director, statutory body", caps=["messages"],
  text="Finance director of a statutory body who approved JMD 55m in 'ex-gratia' payments to board members without ministerial approval. Legal advice on the applicable penalty is still pending; we are treating it as serious in the meantime.",
  tc=[], dec="deny", cl=["purpose_not_permitted"], edge=["penalty null (unknown)"])

E(n="D09", lang="en", cc="ZM", ag="Public Funds Protection Commission", at="other_government",
  cat="other", label="breach of public procurement regulations", pen=8,
  prof="procurement officer, city council", caps=["messages", "contacts"],
  text="Procurement officer at the city council who awarded seven contracts by direct bidding without the required no-objection from the procurement regulator. No loss to the council has been established yet; this is a regulatory breach that we are investigating before deciding whether to refer it for prosecution.",
  tc=[], dec="deny", cl=["purpose_not_permitted"], edge=["category other with a penalty above threshold"])

E(n="D10", lang="en", cc="GB", ag="Public Sector Fraud Directorate", at="prosecution",
  cat="other", label="failure to declare a conflict of interest", pen=None,
  prof="grants officer, borough council", caps=["messages"],
  text="A council grants officer did not declare that her brother's company was among the applicants for a regeneration grant she assessed. We want to establish whether she discussed the application with him.",
  tc=[], dec="deny", cl=["purpose_not_permitted"], edge=["category other, penalty null"])

E(n="D11", lang="en", cc="KE", ag="County Revenue Fraud Unit, National Police Service", at="police",
  cat="serious_crime", label="bribery", pen=10,
  prof="land registrar", caps=["messages", "contacts"], ltype="none", ref="", valid="null",
  text="Land registrar suspected of issuing titles over public school land to private developers in return for payment; three developers have given statements. The warrant application will be filed next week. We ask for interception in the meantime because the registrar already knows of the inquiry.",
  tc=[], dec="deny", cl=["no_legal_basis"], edge=["legal basis type none"])

E(n="D12", lang="en", cc="NG", ag="Federal Economic Integrity Bureau", at="other_government",
  cat="serious_crime", label="embezzlement of pension funds", pen=14,
  prof="deputy director, state pension board", caps=["messages", "contacts"], ref="",
  text="Deputy director at the state pension board who moved NGN 3.4bn of unremitted contributions into fixed deposits in her own name. The bank's confirmation letters are on file. Interception for 60 days requested.",
  tc=[], dec="deny", cl=["no_legal_basis"], edge=["legal reference empty string"])

E(n="D13", lang="en", cc="GH", ag="Office of the Public Integrity Prosecutor", at="prosecution",
  cat="serious_crime", label="theft of public funds", pen=10,
  prof="cashier, metropolitan assembly", caps=["messages"], valid="now",
  text="Cashier at the metropolitan assembly whose daily lodgements fall GHS 1.9m short over eight months when matched against the revenue collectors' receipt books. Collectors say he told them to hand over cash without receipts.",
  tc=[], dec="deny", cl=["no_legal_basis"], edge=["valid_until exactly now"])

E(n="D14", lang="en", cc="ZA", ag="Directorate for Procurement Crime Investigation", at="police",
  cat="serious_crime", label="fraud (emergency procurement)", pen=15,
  prof="senior official, provincial health department", caps=["messages", "contacts"], valid="null",
  text="Senior official in the provincial health department who approved R120m of PPE orders from companies registered the week before the orders, which share directors with her nephew's firm. The provincial forensic audit team referred the matter to us.",
  tc=[], dec="deny", cl=["no_legal_basis"], edge=["valid_until null"])

E(n="D15", lang="en", cc="UG", ag="Inspectorate of Public Accounts Enforcement Unit", at="other_government",
  cat="serious_crime", label="corruption", pen=10,
  prof="district engineer", caps=["messages", "location"], valid="past",
  text="District engineer who certified incomplete works on 14 classroom blocks; the contractors say he took 10% of each certificate. Tracking his movements will confirm his visits to the contractors' yard.",
  tc=[], dec="deny", cl=["no_legal_basis"], edge=["valid_until in the past"])

E(n="D16", lang="en", cc="PH", ag="National Bureau of Fiscal Investigation", at="police",
  cat="serious_crime", label="graft (double funding of projects)", pen=10,
  prof="barangay treasurer", caps=["messages"], quota="max",
  text="Barangay treasurer suspected of issuing checks against the development fund for projects already funded by the province, drawing PHP 8.7m twice over two years. The barangay secretary has turned state witness.",
  tc=[], dec="deny", cl=["quota_exceeded"], edge=["quota exactly at max"])

E(n="D17", lang="en", cc="IN", ag="State Vigilance and Anti-Graft Bureau", at="police",
  cat="serious_crime", label="criminal misconduct and bribery", pen=10,
  prof="sub-registrar", caps=["messages", "contacts"], quota="over",
  text="Sub-registrar who undervalued 230 property sale deeds in exchange for cash, costing the state INR 11 crore in stamp duty. Document writers working outside the office have identified him, and a trap case is being prepared.",
  tc=[], dec="deny", cl=["quota_exceeded"], edge=["quota over max"])

E(n="D18", lang="en", cc="JM", ag="Financial Integrity Task Force", at="police",
  cat="serious_crime", label="corruption", pen=10,
  prof="customs broker", caps=["messages", "microphone"], missing=["microphone"],
  text="Customs broker who pays examiners at the wharf to release under-invoiced containers. We want to hear the conversations in his office, where the envelopes are prepared, as well as read his messages.",
  tc=[], dec="deny", cl=["capability_out_of_scope"], edge=["capability outside licence (microphone)"])

E(n="D19", lang="en", cc="ZM", ag="Public Funds Protection Commission", at="other_government",
  cat="serious_crime", label="money laundering", pen=15,
  prof="accountant", caps=["messages", "credentials"], missing=["credentials"],
  text="Accountant who manages offshore accounts for a former permanent secretary now on trial for theft of public funds. We require his online-banking credentials to map the accounts abroad.",
  tc=[], dec="deny", cl=["capability_out_of_scope"], edge=["capability outside licence (credentials)"])

E(n="D20", lang="en", cc="KE", ag="County Revenue Fraud Unit, National Police Service", at="police",
  cat="serious_crime", label="bribery and abuse of office", pen=10,
  prof="county revenue officer", caps=["messages", "camera"], missing=["camera"], quota="max",
  text="County revenue officer collecting market fees without issuing receipts and selling cess waivers to lorry owners for cash. Camera access is sought to capture the cash handovers in the revenue booth.",
  tc=[], dec="deny", cl=["capability_out_of_scope", "quota_exceeded"],
  edge=["capability outside licence (camera)", "quota exactly at max"])

E(n="D21", lang="en", cc="GB", ag="Public Sector Fraud Directorate", at="prosecution",
  cat="serious_crime", label="false expense claims against a public authority", pen=5,
  prof="former council finance officer", caps=["messages"], loc="ES",
  text="Former council finance officer who submitted false expense claims of about GBP 46,000 over three years and has since moved to Malaga. The offence charged carries a maximum of five years. We wish to read her messages to establish whether a colleague countersigned knowingly.",
  tc=[], dec="deny", cl=["purpose_not_permitted"],
  edge=["penalty just below threshold (5)", "citizen abroad (extraterritorial held, not listed)"])

E(n="D22", lang="en", cc="NG", ag="State Police Command, Special Fraud Squad", at="police",
  cat="serious_crime", label="embezzlement of constituency project funds", pen=14,
  prof="member of the state house of assembly", caps=["messages", "contacts"],
  status="suspended", reg="politician",
  text="Member of the state assembly whose NGN 400m constituency projects fund was paid to a contractor owned by his aide; none of the 12 boreholes exists. The aide has made a statement and the transfers are documented.",
  tc=["protected_person"], dec="deny", cl=["licence_inactive"],
  edge=["licence suspended", "registry match politician (held, not listed)"])

E(n="D23", lang="en", cc="GH", ag="Sentinel Risk Partners", at="private",
  cat="serious_crime", label="fraud", pen=10,
  prof="procurement officer, teaching hospital", caps=["messages"], ltype="none", ref="", valid="null",
  text="We are the risk consultants retained by a teaching hospital's board. A procurement officer appears to be steering consumables orders to a favoured supplier. As this is an internal matter no court order has been sought; we ask for message access to finish our review.",
  tc=[], dec="deny", cl=["no_legal_basis", "non_government_end_user"],
  edge=["private end user", "legal basis type none"])

E(n="D24", lang="es", cc="MX", ag="Fiscalía Especial de Combate al Desvío de Recursos Públicos", at="prosecution",
  cat="serious_crime", label="cohecho y uso ilícito de atribuciones", pen=9,
  prof="inspector de la tesorería estatal", caps=["messages", "contacts"], signed=False,
  text="Inspector de la tesorería del estado que, según tres empresarios, condonaba recargos del impuesto sobre nóminas a cambio de pagos en efectivo. Constan los expedientes de condonación, todos firmados por él, y los depósitos en cuentas de su suegro.",
  tc=[], dec="deny", cl=["licence_inactive"], edge=["certificate not signed"])

E(n="D25", lang="es", cc="CO", ag="Dirección de Investigación de Delitos contra la Administración Pública", at="police",
  cat="serious_crime", label="omisión del agente retenedor", pen=4,
  prof="tesorero de la empresa municipal de acueducto", caps=["messages"],
  text="El tesorero de la empresa de acueducto del municipio practicó la retención en la fuente de 2024 sin consignarla a la administración tributaria: unos 1.300 millones de pesos. La pena máxima aplicable es de cuatro años. Se piden sus mensajes para establecer quién ordenó no girar los recursos.",
  tc=[], dec="deny", cl=["purpose_not_permitted"], edge=["penalty below threshold (4)"])

E(n="D26", lang="es", cc="PE", ag="Fiscalía Provincial Anticorrupción de Piura", at="prosecution",
  cat="serious_crime", label="negociación incompatible", pen=6,
  prof="jefe de logística del gobierno regional", caps=["messages", "location"],
  ltype="prosecutor_order", valid="past",
  text="El jefe de logística del gobierno regional adjudicó la compra de 40 ambulancias a una empresa de la que su hermano es socio, sin declarar el vínculo, y las pagó un 35 % por encima del precio de mercado. La disposición fiscal que autorizó la medida venció la semana pasada; su renovación está en trámite.",
  tc=[], dec="deny", cl=["no_legal_basis"],
  edge=["valid_until in the past", "penalty exactly at threshold (6)", "prosecutor_order legal basis"])

E(n="D27", lang="es", cc="AR", ag="Dirección de Investigaciones Patrimoniales", at="police",
  cat="serious_crime", label="fraude en perjuicio de la administración pública", pen=10,
  prof="director de compras del hospital provincial", caps=["messages", "camera", "location"],
  missing=["camera"],
  text="Director de compras del hospital provincial que, según la auditoría interna, pagó insumos oncológicos a un proveedor que entregaba medicamentos vencidos y reetiquetados. Solicitamos acceso a la cámara del teléfono para documentar sus reuniones con el proveedor, además de mensajes y ubicación.",
  tc=[], dec="deny", cl=["capability_out_of_scope"], edge=["capability outside licence (camera)"])

E(n="D28", lang="fr", cc="SN", ag="Brigade d'enquêtes sur les deniers publics", at="police",
  cat="serious_crime", label="enrichissement illicite", pen=10,
  prof="receveur municipal", caps=["messages", "contacts"], quota="max",
  text="Receveur municipal dont le patrimoine (deux immeubles à Dakar, un verger à Thiès) est sans rapport avec ses revenus déclarés. Les commerçants du marché central affirment payer leurs taxes sans quittance depuis 2022.",
  tc=[], dec="deny", cl=["quota_exceeded"], edge=["quota exactly at max"])

E(n="D29", lang="fr", cc="CI", ag="Pôle de répression de la délinquance financière", at="prosecution",
  cat="other", label="manquements aux règles de la comptabilité publique", pen=None,
  prof="régisseur d'avances", caps=["messages"],
  text="Le régisseur d'avances de la direction régionale a tenu sa caisse sans journal et ne justifie pas 14 millions de FCFA de dépenses. Aucune intention frauduleuse n'est établie à ce stade; il s'agit d'un manquement de gestion que nous souhaitons éclaircir.",
  tc=[], dec="deny", cl=["purpose_not_permitted"], edge=["category other, penalty null"])

E(n="D30", lang="fr", cc="FR", ag="Cabinet Vauclair Intelligence Économique", at="private",
  cat="serious_crime", label="corruption", pen=10,
  prof="directeur d'une société d'économie mixte", caps=["messages", "location"],
  text="Notre cabinet, mandaté par un groupe de travaux publics évincé d'un appel d'offres, souhaite suivre le directeur d'une société d'économie mixte soupçonné d'avoir favorisé un concurrent en échange d'avantages. Les éléments recueillis seraient ensuite transmis au parquet.",
  tc=[], dec="deny", cl=["non_government_end_user"], edge=["private end user"])

E(n="D31", lang="fr", cc="MA", ag="Brigade régionale des crimes financiers", at="police",
  cat="serious_crime", label="concussion", pen=10,
  prof="agent de la conservation foncière", caps=["messages"], ltype="administrative_order", ref=None,
  text="Agent de la conservation foncière qui exige des usagers des sommes indues pour inscrire leurs titres. Quatorze plaintes concordantes ont été déposées auprès de la ligne anticorruption, et un plaignant a filmé la remise d'argent.",
  tc=[], dec="deny", cl=["no_legal_basis"], edge=["legal reference null"])

# ---------------------------------------------------------------------------------------------
# DENY on the text: perfect structured fields, the justification shows expression, a protected
# ground or an unmet terrorism definition (plus three mixed with structured failures)
# ---------------------------------------------------------------------------------------------
E(n="T01", lang="en", cc="KE", ag="County Revenue Fraud Unit, National Police Service", at="police",
  cat="serious_crime", label="disclosure of classified information", pen=10,
  prof="investigative journalist", caps=["messages", "contacts"],
  text="Over the past month the target published, in four instalments, a leaked internal audit of the National Youth Employment Fund showing KES 2.1bn paid to companies linked to senior officials. The audit was a restricted document. We need to identify who inside the Fund gave it to her and whether further documents are in her possession.",
  tc=["expression_not_crime", "protected_person"], dec="deny", cl=["expression_not_crime"],
  jc="publishing a leaked audit is presenting data about the state; journalist held (text/profession) but not listed")

E(n="T02", lang="en", cc="NG", ag="Federal Economic Integrity Bureau", at="other_government",
  cat="serious_crime", label="organised crime (criminal conspiracy)", pen=15,
  prof="director, budget-monitoring organisation", caps=["messages", "contacts", "location"],
  text="The target runs Ledger Citizens Network, which we assess as an organised criminal network: it has a hierarchy, foreign funding and members in 14 states. Its 'tracking reports' on abandoned constituency projects, with photographs and budget lines, have damaged public confidence in the government and in several legislators, and its town-hall meetings urge citizens to demand refunds. We request full monitoring of the leadership.",
  tc=["expression_not_crime", "protected_person"], dec="deny", cl=["expression_not_crime"],
  jc="critic labelled organised crime: the only conduct is publishing budget data and organising meetings; a civic budget monitor counted as human-rights defender (held, not listed)")

E(n="T03", lang="en", cc="GH", ag="Office of the Public Integrity Prosecutor", at="prosecution",
  cat="terrorism", label="terrorism", pen=25,
  prof="student leader", caps=["messages", "location"],
  text="The target organised the #WhereIsTheLevy demonstrations at which thousands marched on the Ministry of Finance to demand an account of the fuel-levy fund. The marches paralysed central Accra for two days and are designed to compel government to publish the fund's accounts, which in our view meets the terrorism threshold. No violence was recorded, but another march is planned for Friday.",
  tc=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"],
  jc="peaceful protest organiser labelled terrorism")

E(n="T04", lang="en", cc="ZA", ag="Directorate for Procurement Crime Investigation", at="police",
  cat="terrorism", label="terrorism (sabotage of municipal revenue)", pen=999,
  prof="shop steward, municipal workers' union", caps=["messages", "contacts"],
  text="Shop steward who led the indefinite strike of revenue clerks at the metro, which has halted billing and cost the municipality R90m in uncollected rates. The strike is an attempt to coerce the council into reversing the outsourcing of revenue collection. Its impact on the city's finances amounts to economic terrorism.",
  tc=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"], jc="strike labelled terrorism")

E(n="T05", lang="en", cc="UG", ag="Inspectorate of Public Accounts Enforcement Unit", at="other_government",
  cat="terrorism", label="terrorism (cyber attack on the treasury)", pen=20,
  prof="software developer", caps=["messages", "contacts", "location"],
  text="On 3 and 4 February the Treasury's integrated payment portal was knocked offline for 31 hours by a distributed denial-of-service attack, delaying salaries for 40,000 civil servants. Traffic analysis points to a botnet controlled from the target's home connection, and he boasted on a gaming forum that the outage was 'a lesson for the Ministry'. No data was taken and no one was harmed.",
  tc=["terrorism_definition_unmet"], dec="deny", cl=["terrorism_definition_unmet"],
  jc="denial-of-service labelled terrorism: a non-violent crime, not expression, definition unmet")

E(n="T06", lang="en", cc="PH", ag="National Bureau of Fiscal Investigation", at="police",
  cat="terrorism", label="terrorism (destruction of government property)", pen=40,
  prof="jeepney driver", caps=["messages", "location"],
  text="After the city council passed the new transport levy, a group smashed the windows of the treasurer's office at night and set fire to two council vehicles parked in the empty compound. The target was recorded on CCTV with the group. We classify this as terrorism because it targeted a government office over a policy decision.",
  tc=["terrorism_definition_unmet"], dec="deny", cl=["terrorism_definition_unmet"],
  jc="night-time property damage in an empty compound: vandalism, no danger to life; definition unmet, not expression")

E(n="T07", lang="en", cc="IN", ag="State Vigilance and Anti-Graft Bureau", at="police",
  cat="serious_crime", label="criminal conspiracy", pen=7,
  prof="member of the legislative assembly (opposition)", caps=["messages", "contacts", "location"],
  text="The target is an opposition MLA and a member of the Public Accounts Committee, which begins hearings on the irrigation department next month. Given his party's known hostility to the government, we need advance knowledge of his contacts with department officials over the coming weeks.",
  tc=["protected_ground", "protected_person"], dec="deny", cl=["protected_ground"],
  jc="selection for political affiliation; politician held, not listed")

E(n="T08", lang="en", cc="JM", ag="Financial Integrity Task Force", at="police",
  cat="serious_crime", label="money laundering", pen=15,
  prof="teacher", caps=["messages", "contacts"],
  text="The target is the daughter of former minister Desmond Archer-Reid, who left the island in 2023 while under investigation over the housing fund. No transaction of hers has been identified, but given the family connection she is the likeliest person to hold or move his assets, and we wish to monitor her communications in case she does.",
  tc=["protected_ground"], dec="deny", cl=["protected_ground"],
  jc="selection for a family relationship with no act of her own")

E(n="T09", lang="en", cc="ZM", ag="Public Funds Protection Commission", at="other_government",
  cat="serious_crime", label="tax evasion and bribery", pen=10,
  prof="site manager, road construction company", caps=["messages", "contacts"], nat="CN",
  text="Following press reports about foreign contractors on the road programme, the Commission has decided to monitor a sample of Chinese nationals in management positions at the contracting firms. The target is site manager on the Chongwe to Rufunsa lot. There is no specific allegation against him at this stage; he is selected as one of the Chinese nationals on site.",
  tc=["protected_ground"], dec="deny", cl=["protected_ground"],
  edge=["foreign national located in the customer's country (not extraterritorial)"],
  jc="selection for nationality")

E(n="T10", lang="en", cc="KE", ag="Directorate of Public Integrity Investigations", at="other_government",
  cat="serious_crime", label="abuse of office and sabotage of county operations", pen=10,
  prof="chief internal auditor, county government", caps=["messages", "contacts"],
  text="The county's chief internal auditor sent a report to the county assembly describing KES 700m of 'unsupported expenditure' and then repeated its findings in interviews on two radio stations. The report has frozen payments to contractors and embarrassed the executive. We regard this as sabotage and wish to monitor her to establish who she is working with.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"],
  jc="an auditor reporting findings is presenting data about an institution; auditors are not protected persons")

E(n="T11", lang="en", cc="NG", ag="State Police Command, Special Fraud Squad", at="police",
  cat="serious_crime", label="theft of official documents and economic sabotage", pen=14,
  prof="senior accountant, state oil revenue office", caps=["messages", "contacts", "location"],
  text="An accountant at the state's oil revenue office photographed the monthly remittance schedules and passed them to the Daily Sentinel, which used them to show that NGN 60bn of derivation funds never reached the state account. He then posted the same schedules on his own social media. He has not been shown to have gained anything from the disclosure. We wish to identify his collaborators and find out what else he has copied.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"],
  jc="whistle-blower leak to the press = presenting data about the state, despite the 'theft of documents' label")

E(n="T12", lang="en", cc="GB", ag="Public Sector Fraud Directorate", at="prosecution",
  cat="serious_crime", label="fraud and misuse of public data", pen=10,
  prof="university lecturer", caps=["messages", "contacts"],
  text="Dr Helen Marsh, a lecturer in public finance, has published a paper and an online dashboard analysing 4,000 emergency procurement contracts and naming suppliers she says received 'VIP lane' treatment. Her analysis is quoted by opposition members and two of the suppliers are threatening the department with legal action. We believe she misrepresented public data and want to examine her communications with the journalists who amplified it.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"],
  jc="academic research on public contracts labelled fraud")

E(n="T13", lang="en", cc="GH", ag="Office of the Public Integrity Prosecutor", at="prosecution",
  cat="serious_crime", label="publication of false news and cyber-bullying of a public official", pen=10,
  prof="freelance illustrator", caps=["messages"],
  text="Freelance illustrator whose cartoons on his own social media pages show the Finance Minister as a goat grazing on the consolidated fund. The cartoons are widely shared and the Minister's office has lodged a formal complaint. We need his messages to identify his sources inside the ministry.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"],
  jc="satire; an illustrator posting on his own pages is not treated as a journalist")

E(n="T14", lang="en", cc="ZA", ag="Directorate for Procurement Crime Investigation", at="police",
  cat="serious_crime", label="incitement and sedition", pen=15,
  prof="retired schoolteacher, chair of a ratepayers' association", caps=["messages", "contacts", "location"],
  text="The target collected 22,000 signatures on a petition asking for the municipal council to be placed under administration over the missing R1.1bn in housing funds, and delivered it to the provincial legislature with a crowd of supporters. Her association's flyers name councillors and accuse them of looting. The council considers this incitement against lawful authority.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"], jc="petition labelled sedition")

E(n="T15", lang="en", cc="UG", ag="Inspectorate of Public Accounts Enforcement Unit", at="other_government",
  cat="serious_crime", label="tax evasion", pen=7,
  prof="hardware trader", caps=["messages", "contacts"],
  text="Our tax-gap analysis suggests that traders of Somali origin in Kisenyi dominate hardware wholesaling and under-declare their turnover. The target is one of the most prominent Somali-origin traders in the market. We have not audited his business yet but consider him representative of the community's practices.",
  tc=["protected_ground"], dec="deny", cl=["protected_ground"], jc="selection for country of origin / ethnic group")

E(n="T16", lang="en", cc="PH", ag="National Bureau of Fiscal Investigation", at="police",
  cat="serious_crime", label="cyber libel and inciting to sedition", pen=12,
  prof="barangay health worker", caps=["messages", "contacts"],
  text="The target is an active organiser for the opposition Lakas Bayan Party and has posted videos accusing the mayor of pocketing the municipal health budget. We want to monitor her because of her party role ahead of the election and because of what she has been posting about the mayor.",
  tc=["expression_not_crime", "protected_ground"], dec="deny",
  cl=["expression_not_crime", "protected_ground"], jc="selection for affiliation and for her posts: both listed")

E(n="T17", lang="en", cc="IN", ag="State Vigilance and Anti-Graft Bureau", at="police",
  cat="serious_crime", label="extortion and criminal intimidation of public servants", pen=7,
  prof="right-to-information activist", caps=["messages", "contacts"],
  text="The target has filed more than 300 Right to Information applications with the municipal corporation on road contracts and publishes the replies on his blog, with commentary naming engineers and contractors. Officers say they feel harassed and several contracts have been delayed. No demand for money or threat of violence has been made, but the cumulative pressure amounts to intimidation.",
  tc=["expression_not_crime", "protected_person"], dec="deny", cl=["expression_not_crime"],
  jc="information requests and publication labelled extortion; RTI activist counted as human-rights defender (held, not listed)")

E(n="T18", lang="en", cc="KE", ag="Directorate of Public Integrity Investigations", at="other_government",
  cat="serious_crime", label="suspected influence peddling", pen=7,
  prof="member of county assembly, chair of the budget committee", caps=["messages", "contacts"],
  text="The target chairs the county assembly's budget and appropriations committee and will therefore be courted by every contractor and lobbyist before the supplementary budget. Because of that position we want to monitor her contacts over the budget period. No specific approach or payment has been reported.",
  tc=["protected_ground", "protected_person"], dec="deny", cl=["protected_ground"],
  jc="selection solely for her personal position; politician held, not listed")

E(n="T19", lang="es", cc="MX", ag="Fiscalía Especial de Combate al Desvío de Recursos Públicos", at="prosecution",
  cat="serious_crime", label="revelación de secretos", pen=8,
  prof="periodista", caps=["messages", "contacts"],
  text="La periodista publicó en un portal digital copias de contratos reservados entre la Secretaría de Obras del estado y una constructora, con sobreprecios del 300 %. Los contratos estaban clasificados como reservados por cinco años. Necesitamos saber quién se los entregó dentro de la Secretaría.",
  tc=["expression_not_crime", "protected_person"], dec="deny", cl=["expression_not_crime"],
  jc="publishing leaked contracts; journalist held, not listed")

E(n="T20", lang="es", cc="CO", ag="Dirección de Investigación de Delitos contra la Administración Pública", at="police",
  cat="terrorism", label="terrorismo", pen=15,
  prof="presidente del sindicato de funcionarios de la gobernación", caps=["messages", "contacts"],
  text="El investigado convocó el paro indefinido de los funcionarios de la Secretaría de Hacienda departamental, que exigen el pago de primas atrasadas y la salida del secretario por presuntos malos manejos. El paro ha impedido recaudar el impuesto vehicular durante tres semanas. Lo consideramos terrorismo porque busca doblegar al gobierno departamental.",
  tc=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"], jc="strike labelled terrorism")

E(n="T21", lang="es", cc="PE", ag="Fiscalía Provincial Anticorrupción de Pasco", at="prosecution",
  cat="serious_crime", label="lavado de activos", pen=15,
  prof="ama de casa", caps=["messages", "location"],
  text="La objetivo es la esposa del congresista Rómulo Atencio Vera, investigado por la compra sobrevalorada de ambulancias. No hay por ahora ninguna operación financiera atribuible a ella, pero por su condición de cónyuge es probable que sepa dónde están los fondos, por lo que pedimos vigilar sus comunicaciones.",
  tc=["protected_ground"], dec="deny", cl=["protected_ground"],
  jc="selection for marital relationship to a politician; the wife is not herself a protected person")

E(n="T22", lang="es", cc="GT", ag="Unidad Fiscal contra la Corrupción Municipal", at="prosecution",
  cat="terrorism", label="terrorismo", pen=25,
  prof="dirigente de una asociación de comerciantes", caps=["messages", "contacts", "location"],
  text="El objetivo encabeza el boicot que los comerciantes del mercado municipal mantienen contra el pago del nuevo arbitrio, en protesta por el desvío de los fondos del mercado que denunció la propia Contraloría. Los locales siguen cerrados y la municipalidad ha dejado de percibir 2 millones de quetzales al mes. La municipalidad califica el boicot de acto terrorista contra la hacienda municipal.",
  tc=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"], jc="boycott labelled terrorism")

E(n="T23", lang="fr", cc="SN", ag="Brigade d'enquêtes sur les deniers publics", at="police",
  cat="serious_crime", label="atteinte à la sûreté de l'État", pen=10,
  prof="agent des douanes", caps=["messages", "contacts"],
  text="Un agent des douanes a publié sur un réseau social des tableaux montrant que les recettes douanières annoncées par le ministère sont inférieures de 30 % aux montants réellement liquidés. Il se présente comme lanceur d'alerte. Ces publications portent atteinte au crédit de l'État auprès des bailleurs. Nous demandons l'interception de ses messages et de ses contacts.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"], jc="whistle-blower publishing revenue data")

E(n="T24", lang="fr", cc="CI", ag="Pôle de répression de la délinquance financière", at="prosecution",
  cat="terrorism", label="terrorisme", pen=999,
  prof="enseignante", caps=["messages", "location"],
  text="La cible organise chaque 12 mars une veillée devant la Cour des comptes en mémoire de l'auditeur Séraphin Kouadio-Bleu, assassiné en 2022 après avoir mis au jour des détournements au port. La veillée rassemble plusieurs centaines de personnes et réclame l'ouverture du procès. Les autorités y voient une entreprise terroriste destinée à faire pression sur l'État.",
  tc=["terrorism_definition_unmet", "expression_not_crime"], dec="deny",
  cl=["expression_not_crime", "terrorism_definition_unmet"], jc="commemoration labelled terrorism")

E(n="T25", lang="fr", cc="MA", ag="Brigade régionale des crimes financiers", at="police",
  cat="serious_crime", label="fraude fiscale", pen=10,
  prof="commerçant", caps=["messages", "contacts"],
  text="Le suspect est connu dans le quartier pour sa pratique religieuse rigoriste et fréquente une association confessionnelle. Dans ces milieux, les dons en espèces échappent souvent à l'impôt. Aucune anomalie n'a été relevée dans ses déclarations, mais son profil justifie une surveillance préventive.",
  tc=["protected_ground"], dec="deny", cl=["protected_ground"], jc="selection for religion")

E(n="T26", lang="fr", cc="TN", ag="Brigade d'investigation des fraudes publiques", at="police",
  cat="serious_crime", label="diffusion de fausses nouvelles et atteinte aux institutions", pen=10,
  prof="blogueur", caps=["messages", "contacts"],
  text="Depuis six mois, le blogueur publie des billets affirmant que les fonds de la caisse de compensation financent des marchés attribués à des proches du gouvernorat. Ses publications sont partagées des milliers de fois. Aucune autre infraction ne lui est reprochée, mais ses écrits minent la confiance dans les institutions.",
  tc=["expression_not_crime"], dec="deny", cl=["expression_not_crime"],
  jc="online criticism labelled false news; a blogger is not treated as a journalist (immaterial here)")

E(n="M01", lang="en", cc="NG", ag="Federal Economic Integrity Bureau", at="other_government",
  cat="serious_crime", label="cyber-stalking and economic sabotage", pen=14,
  prof="journalist", caps=["messages", "contacts"], loc="GB",
  text="The target left Nigeria in 2024 and now runs an investigative newsletter from London. His latest series reconstructs how NGN 12bn of the state's flood-relief fund moved through three banks, using statements that could only have come from inside the state treasury. We want his messages in order to identify the treasury insiders and to disrupt further publication.",
  tc=["expression_not_crime", "protected_person"], dec="deny", cl=["expression_not_crime"],
  edge=["citizen abroad (extraterritorial held, not listed)"],
  jc="exiled reporter: expression decides; journalist and extraterritorial held, not listed")

E(n="M02", lang="en", cc="KE", ag="County Revenue Fraud Unit, National Police Service", at="police",
  cat="serious_crime", label="money laundering", pen=10,
  prof="student", caps=["messages"], ltype="none", ref="", valid="null",
  text="Son of the opposition party's county chairman. The party's finances are under scrutiny and it is reasonable to assume he is used to move its money, although no transfers have been traced. Given the political sensitivity, no court order will be sought.",
  tc=["protected_ground"], dec="deny", cl=["no_legal_basis", "protected_ground"],
  edge=["legal basis type none"], jc="selection for a relative's political affiliation")

E(n="M03", lang="fr", cc="CM", ag="Direction des investigations sur les fonds publics", at="intelligence",
  cat="serious_crime", label="outrage aux institutions et atteinte à la sûreté de l'État", pen=15,
  prof="journaliste", caps=["messages", "microphone"], missing=["microphone"],
  text="Le journaliste anime une émission de radio où il lit chaque semaine des extraits des rapports de la Chambre des comptes sur la gestion des fonds routiers et commente nommément les responsables. Nous souhaitons activer le microphone de son téléphone pour connaître ses sources au sein de l'administration.",
  tc=["expression_not_crime", "protected_person"], dec="deny",
  cl=["capability_out_of_scope", "expression_not_crime"],
  edge=["capability outside licence (microphone)"], jc="reading public audit reports on air; journalist held, not listed")

# ---------------------------------------------------------------------------------------------
# REFER: protected persons who are real suspects, and targets outside the customer's territory
# ---------------------------------------------------------------------------------------------
E(n="R01", lang="en", cc="KE", ag="Directorate of Public Integrity Investigations", at="other_government",
  cat="serious_crime", label="bribery and money laundering", pen=10,
  prof="member of parliament", caps=["messages", "contacts"], reg="politician",
  text="The MP for Kithimani Central received KES 35m from the contractor awarded a national road project in his constituency, routed through his nephew's hardware shop. The contractor's finance manager has given a detailed statement with the bank transfers and WhatsApp screenshots of the MP agreeing the 'appreciation'.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], edge=["registry match politician"])

E(n="R02", lang="en", cc="NG", ag="Federal Economic Integrity Bureau", at="other_government",
  cat="serious_crime", label="money laundering", pen=14,
  prof="legal practitioner", caps=["messages", "contacts"], reg="lawyer",
  text="Legal practitioner whose client account received NGN 1.2bn from a state agency's contractor on the day the contract was paid and disbursed it within a week to companies owned by two of the agency's directors. No legal work was done; the 'retainer' agreements were drafted after the transfers. Our request concerns the laundering, not his dealings with genuine clients.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], edge=["registry match lawyer"])

E(n="R03", lang="en", cc="GH", ag="Office of the Public Integrity Prosecutor", at="prosecution",
  cat="serious_crime", label="extortion", pen=10,
  prof="journalist", caps=["messages"], reg="journalist",
  text="The target, a reporter for a weekly paper, is alleged by three district chief executives to have demanded GHS 20,000 to 50,000 each not to publish stories about them. One of them paid under our supervision; the handover was recorded and the marked notes were recovered from the target's car. The stories themselves are not the issue; the demands for money are.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], edge=["registry match journalist"],
  jc="journalist who is a real suspect (extortion): not expression, referred")

E(n="R04", lang="en", cc="ZA", ag="Directorate for Procurement Crime Investigation", at="police",
  cat="serious_crime", label="fraud and theft of public grant funds", pen=15,
  prof="director of a legal-advice NGO", caps=["messages", "contacts"], reg="human_rights_defender",
  text="The target directs a legal-advice NGO that received R18m from the provincial social development department for paralegal services in rural districts. The department's audit found that 11 of the 14 advice offices never opened; rent invoices were forged and R9m went to a property company the target owns. Staff listed as paralegals say they were never employed.",
  tc=[], dec="refer", cl=["protected_person"], edge=["registry match human_rights_defender"])

E(n="R05", lang="en", cc="PH", ag="National Bureau of Fiscal Investigation", at="police",
  cat="serious_crime", label="malversation (diversion of disaster relief funds)", pen=20,
  prof="pastor", caps=["messages", "contacts"], reg="religious_leader",
  text="Senior pastor of a congregation accredited to distribute the provincial government's typhoon relief. Of PHP 25m released to the church foundation, the liquidation reports list 9,000 beneficiaries; field validation found 1,300. Two church employees say the pastor told them to fabricate the lists. The investigation concerns the public funds, not the congregation's religious life.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], edge=["registry match religious_leader"])

E(n="R06", lang="en", cc="UG", ag="Inspectorate of Public Accounts Enforcement Unit", at="other_government",
  cat="serious_crime", label="money laundering (embezzled health funds)", pen=15,
  prof="diplomat (first secretary)", caps=["messages", "contacts"], reg="diplomat",
  text="The target is a first secretary at our mission in Brussels, currently in Kampala on home leave. Bank records show EUR 740,000 of donor health co-financing diverted from the health ministry to accounts he opened in Belgium, and a courier states that he carried cash for him in the diplomatic bag. He returns to post on the 30th.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], edge=["registry match diplomat"])

E(n="R07", lang="en", cc="ZM", ag="Public Funds Protection Commission", at="other_government",
  cat="serious_crime", label="corrupt practices (fuel supply tender)", pen=10,
  prof="procurement aide (according to the requesting officer)", caps=["messages"], reg="head_of_state",
  text="The number is registered to State House and the registry returns a head-of-state match. Our information is that the handset is carried by a procurement aide who has used it to negotiate a 15% commission on the fuel-supply tender; two bidders have provided recorded calls. We ask that the request be considered as one against the aide, while acknowledging the registry entry.",
  tc=[], dec="refer", cl=["protected_person"], edge=["registry match head_of_state"],
  jc="registry match decides even where the officer says the user is someone else")

E(n="R08", lang="es", cc="MX", ag="Fiscalía Especial de Combate al Desvío de Recursos Públicos", at="prosecution",
  cat="serious_crime", label="cohecho y peculado", pen=14,
  prof="presidente municipal", caps=["messages", "contacts", "location"], reg="politician",
  text="El presidente municipal de Villa Huitzilan habría recibido 8 millones de pesos de la empresa que obtuvo la concesión del alumbrado público, mediante pagos a una agencia de viajes de su compadre. La empresa entregó las transferencias y un mensaje de voz en el que el alcalde fija el monto. Se solicita la ubicación para documentar las entregas en efectivo pendientes.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], edge=["registry match politician"])

E(n="R09", lang="es", cc="CO", ag="Dirección de Investigación de Delitos contra la Administración Pública", at="police",
  cat="serious_crime", label="enriquecimiento ilícito de particulares y lavado de activos", pen=15,
  prof="abogada", caps=["messages"], reg="lawyer",
  text="Abogada que actúa como apoderada de seis empresas contratistas del programa de alimentación escolar. Según el reporte de inteligencia financiera, por sus cuentas pasaron 4.600 millones de pesos que luego se giraron a familiares de dos funcionarios de la Secretaría de Educación. Los contratos de mandato se firmaron con fechas posteriores a los giros.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], edge=["registry match lawyer"])

E(n="R10", lang="fr", cc="SN", ag="Brigade d'enquêtes sur les deniers publics", at="police",
  cat="serious_crime", label="détournement de deniers publics", pen=10,
  prof="député", caps=["messages", "contacts"], reg="politician",
  text="Le député, ancien directeur d'une agence nationale pour l'emploi des jeunes, est mis en cause par le rapport de l'inspection d'État pour 2,3 milliards de FCFA de décaissements sans pièces justificatives. L'ancien agent comptable de l'agence a remis des ordres de paiement annotés de sa main. L'interception doit permettre d'identifier les bénéficiaires finaux.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], edge=["registry match politician"])

E(n="R11", lang="fr", cc="BE", ag="Office de répression de la corruption publique", at="police",
  cat="serious_crime", label="blanchiment et corruption d'agent public étranger", pen=10,
  prof="diplomate (conseiller économique)", caps=["messages", "contacts"], reg="diplomat",
  text="Le conseiller économique, rappelé temporairement à Bruxelles, aurait perçu des commissions d'entreprises belges pour appuyer leurs offres dans des marchés publics financés par la coopération. Un ancien collaborateur a remis des courriels et les relevés d'un compte ouvert au nom d'une société écran.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], edge=["registry match diplomat"])

E(n="R12", lang="en", cc="GB", ag="Public Sector Fraud Directorate", at="prosecution",
  cat="serious_crime", label="conspiracy to corrupt a public official", pen=10,
  prof="trade-press journalist", caps=["messages", "contacts"], reg="journalist", loc="AE",
  text="The target, a trade-press journalist now living in Dubai, is believed to have acted as go-between for a contractor bribing a procurement officer on the council's waste contract: the officer's bank shows GBP 85,000 received from a company the target set up, and emails show her relaying the contractor's pricing to the officer. Her journalism is not in issue.",
  tc=["protected_person"], dec="refer", cl=["extraterritorial_target", "protected_person"],
  edge=["registry match journalist", "citizen abroad"])

E(n="R13", lang="en", cc="KE", ag="Directorate of Public Integrity Investigations", at="other_government",
  cat="serious_crime", label="embezzlement and money laundering", pen=10,
  prof="former chief finance officer, state corporation", caps=["messages", "contacts"], loc="AE",
  text="Former CFO of the Strategic Food Reserve Agency who left for Dubai two days after the auditor's report found KES 1.4bn missing from the maize import account. The transfers to two Dubai trading companies were signed off by him. We need to trace the funds and his local accomplices.",
  tc=[], dec="refer", cl=["extraterritorial_target"], edge=["citizen abroad"])

E(n="R14", lang="en", cc="NG", ag="Federal Economic Integrity Bureau", at="other_government",
  cat="serious_crime", label="money laundering", pen=14,
  prof="property investor", caps=["messages", "contacts"], loc="GB",
  text="Nigerian property investor based in London who bought seven flats with money traced to inflated contracts at a state water corporation. Land registry entries and transfers through an exchange house are documented. His contacts will identify the officials who benefit.",
  tc=[], dec="refer", cl=["extraterritorial_target"], edge=["citizen abroad"])

E(n="R15", lang="en", cc="GH", ag="National Financial Intelligence Directorate", at="intelligence",
  cat="serious_crime", label="bribery of public officials", pen=10,
  prof="commodity trader", caps=["messages"], loc="LB", nat="LB",
  text="Commodity trader based in Beirut who paid officials of the cocoa regulator to allocate export quotas to his company. The payments through a correspondent bank are documented and one official has confessed. He runs the scheme by phone from Beirut.",
  tc=[], dec="refer", cl=["extraterritorial_target"], edge=["foreign national located abroad"])

E(n="R16", lang="en", cc="ZA", ag="Directorate for Procurement Crime Investigation", at="police",
  cat="serious_crime", label="fraud and money laundering (state rail contracts)", pen=999,
  prof="businessman", caps=["messages", "contacts"], loc="MU",
  text="South African businessman now resident in Mauritius, the central figure in the diversion of R2.7bn from the state rail company through inflated locomotive contracts. Evidence includes the testimony of two former executives and the forensic trail through Mauritian holding companies.",
  tc=[], dec="refer", cl=["extraterritorial_target"], edge=["citizen abroad", "penalty 999 (life)"])

E(n="R17", lang="en", cc="IN", ag="State Vigilance and Anti-Graft Bureau", at="police",
  cat="serious_crime", label="criminal conspiracy and cheating of public sector banks", pen=10,
  prof="promoter, infrastructure company", caps=["messages", "contacts", "location"], loc="SG",
  text="Promoter of an infrastructure company that defaulted on INR 2,400 crore of loans from public-sector banks after diverting the money through shell vendors. He moved to Singapore last year and a lookout circular has been issued. The bank officials who approved the loans are co-accused.",
  tc=[], dec="refer", cl=["extraterritorial_target"], edge=["citizen abroad"])

E(n="R18", lang="en", cc="PH", ag="National Bureau of Fiscal Investigation", at="police",
  cat="serious_crime", label="plunder", pen=999,
  prof="former provincial budget officer", caps=["messages"], loc="HK",
  text="The former provincial budget officer left for Hong Kong a month before the auditors disallowed PHP 140m of fictitious infrastructure projects that he prepared. He is still in touch with the contractors, who have started moving equipment bought with the funds.",
  tc=[], dec="refer", cl=["extraterritorial_target"], edge=["citizen abroad"])

E(n="R19", lang="en", cc="JM", ag="Financial Integrity Task Force", at="police",
  cat="serious_crime", label="fraud and money laundering", pen=15,
  prof="accountant", caps=["messages", "contacts"], loc="US", ident="email",
  text="Jamaican accountant now living in Florida who prepared the false invoices used to draw JMD 300m from the parish infrastructure fund. This email account is the one the invoices were sent from; the ministry's mail server logs confirm it.",
  tc=[], dec="refer", cl=["extraterritorial_target"], edge=["citizen abroad", "email identifier"])

E(n="R20", lang="es", cc="PE", ag="Fiscalía Provincial Anticorrupción de Piura", at="prosecution",
  cat="serious_crime", label="colusión agravada y lavado de activos", pen=15,
  prof="empresario", caps=["messages", "contacts"], loc="ES",
  text="Empresario peruano radicado en Madrid, socio oculto del consorcio que ganó la rehabilitación de la carretera a Ayabaca. Las transferencias del consorcio a sus sociedades en España suman 9 millones de euros y coinciden con el pago de valorizaciones infladas. Un colaborador eficaz lo identifica como quien negociaba las coimas con los funcionarios del gobierno regional.",
  tc=[], dec="refer", cl=["extraterritorial_target"], edge=["citizen abroad"])

E(n="R21", lang="es", cc="GT", ag="Unidad Fiscal contra la Corrupción Municipal", at="prosecution",
  cat="serious_crime", label="peculado y lavado de dinero", pen=20,
  prof="ex tesorero municipal", caps=["messages", "location"], loc="MX", ident="device",
  text="El ex tesorero municipal de San Pedro Ixtapa huyó a Chiapas tras descubrirse un faltante de 31 millones de quetzales. El dispositivo es un teléfono que, según una coimputada, usa para ordenar retiros de cuentas a nombre de terceros en Guatemala.",
  tc=[], dec="refer", cl=["extraterritorial_target"], edge=["citizen abroad", "device identifier"])

E(n="R22", lang="fr", cc="CI", ag="Pôle de répression de la délinquance financière", at="prosecution",
  cat="serious_crime", label="détournement de deniers publics et blanchiment", pen=10,
  prof="ancien directeur financier d'une société d'État", caps=["messages", "contacts"], loc="FR",
  text="Ancien directeur financier de la société d'État de distribution d'eau, installé à Lyon depuis 2024. Le rapport d'audit relève 6 milliards de FCFA de paiements à des fournisseurs inexistants; les fonds ont transité par des comptes ouverts en France à son nom et à celui de son épouse.",
  tc=[], dec="refer", cl=["extraterritorial_target"], edge=["citizen abroad"])

E(n="R23", lang="fr", cc="MA", ag="Brigade régionale des crimes financiers", at="police",
  cat="serious_crime", label="corruption et blanchiment", pen=10,
  prof="intermédiaire", caps=["messages"], loc="ES",
  text="Intermédiaire résidant à Algésiras qui aurait organisé le versement de pots-de-vin à des agents portuaires pour le dédouanement de conteneurs sous-évalués. Deux agents ont reconnu les faits et désigné ce numéro comme celui qui fixait les montants.",
  tc=[], dec="refer", cl=["extraterritorial_target"], edge=["citizen abroad"])

E(n="R24", lang="en", cc="UG", ag="Joint Counter-Terrorism Task Force", at="police",
  cat="terrorism", label="terrorism", pen=999,
  prof="unknown", caps=["messages", "contacts", "location"], loc="KE",
  text="Member of a cell that shot dead two revenue officers at a border post last month and has threatened in leaflets to kill tax collectors 'one by one' unless the government scraps the new border levy. He now operates from across the border in Kenya and directs recruits by phone.",
  tc=[], dec="refer", cl=["extraterritorial_target"], edge=["citizen abroad"],
  jc="killings to compel the government and intimidate tax collectors: definition met")

E(n="R25", lang="en", cc="KE", ag="Directorate of Public Integrity Investigations", at="other_government",
  cat="serious_crime", label="abuse of office and fraud", pen=10,
  prof="businessman", caps=["messages", "contacts"],
  text="Although company records list him as a businessman, the target is a sitting senator elected in 2022 who does not yet appear in the protected-persons registry. Before his election he was managing director of the firm that won a KES 900m county hospital contract; our evidence is that he still controls it through proxies and has used his oversight role to push payment of inflated certificates. Statements from two county officials and the firm's accountant are on file.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], jc="text says sitting senator: politician")

E(n="R26", lang="en", cc="NG", ag="State Police Command, Special Fraud Squad", at="police",
  cat="serious_crime", label="conspiracy and obtaining by false pretences", pen=14,
  prof="consultant", caps=["messages", "contacts"],
  text="Registered with the companies registry as a consultant, the target is in fact a practising barrister and solicitor, called to the Bar in 2011. She drafted fake memoranda of understanding under which a local government council paid NGN 600m to 'development partners' that turned out to be her own companies; the council treasurer has confessed and implicated her.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], jc="text says practising lawyer")

E(n="R27", lang="en", cc="ZA", ag="Directorate for Procurement Crime Investigation", at="police",
  cat="serious_crime", label="extortion and corruption", pen=10,
  prof="media owner", caps=["messages", "contacts"],
  text="The target is a freelance journalist who also runs a community newspaper. Four municipal managers state that she solicited payments to suppress articles about their departments, and one provided a recording of her naming a price of R150,000; a cash deposit of that amount into her account followed the next day. She also publishes legitimate critical reporting on the municipality, which is not the subject of this request.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="journalist with a concrete extortion allegation mixed with her critical reporting: not denied, referred")

E(n="R28", lang="en", cc="PH", ag="National Bureau of Fiscal Investigation", at="police",
  cat="serious_crime", label="graft and malversation (school feeding programme)", pen=20,
  prof="businesswoman", caps=["messages", "contacts"],
  text="Subject owns the catering company that has supplied the city's school feeding programme since 2023 at three times the market price, with deliveries regularly short. She was also elected to the city council last May. Payments were approved on delivery receipts signed by a school administrator who now admits they were false.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], jc="elected city councillor: politician")

E(n="R29", lang="es", cc="CO", ag="Dirección de Investigación de Delitos contra la Administración Pública", at="police",
  cat="serious_crime", label="cohecho", pen=9,
  prof="comerciante", caps=["messages", "location"],
  text="El investigado, comerciante de materiales de construcción, es concejal del municipio desde enero. Según dos funcionarios de planeación, cobraba a los constructores por agilizar licencias y repartía el dinero en la trastienda de su ferretería. Hay movimientos bancarios que coinciden con las fechas de expedición de once licencias.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], jc="concejal (councillor): politician")

E(n="R30", lang="fr", cc="SN", ag="Brigade d'enquêtes sur les deniers publics", at="police",
  cat="serious_crime", label="détournement de subventions publiques", pen=10,
  prof="gestionnaire d'une association éducative", caps=["messages", "contacts"],
  text="Le gestionnaire de l'association éducative qui a reçu 180 millions de FCFA du ministère pour construire des salles de classe est aussi l'imam de la grande mosquée du quartier. Les salles n'ont pas été construites et, selon la banque, il a lui-même retiré les fonds en espèces en trois mois. Sa fonction religieuse est sans lien avec les faits, mais nous la signalons.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], jc="imam: religious leader stated in text")

E(n="R31", lang="en", cc="GH", ag="Office of the Public Integrity Prosecutor", at="prosecution",
  cat="serious_crime", label="fraud and diversion of a public grant", pen=10,
  prof="NGO director", caps=["messages", "contacts"],
  text="The target founded and chairs a well-known human-rights organisation that documents police abuse. In 2024 it received a GHS 3m grant from the gender ministry for shelters that never opened; she signed the grant reports, and the money bought a plot registered to her husband. Our interest is limited to the grant.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], jc="human-rights defender stated in text, real fraud")

E(n="R32", lang="en", cc="ZM", ag="Public Funds Protection Commission", at="other_government",
  cat="serious_crime", label="corrupt practices and money laundering", pen=10,
  prof="Member of Parliament", caps=["messages", "contacts"],
  text="Received ZMW 2.4m in six transfers from the company contracted to build a district hospital, channelled through a farm account. The contractor's accountant has supplied the instruction letters and the target's handwritten receipts. Construction stalled at foundation level.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="protected status shown only by the profession field (MP)")

E(n="R33", lang="en", cc="IN", ag="State Vigilance and Anti-Graft Bureau", at="police",
  cat="serious_crime", label="criminal conspiracy and forgery (land acquisition compensation)", pen=10,
  prof="advocate, High Court", caps=["messages", "contacts"],
  text="Compensation for land acquired for the state highway was paid to 41 claimants who did not own the land; their claims rested on forged revenue records and affidavits notarised by the target. Two claimants say he recruited them and paid them 10% of the award, the rest going to him and a revenue official.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="protected status shown only by the profession field (advocate)")

E(n="R34", lang="es", cc="MX", ag="Fiscalía Especial de Combate al Desvío de Recursos Públicos", at="prosecution",
  cat="serious_crime", label="extorsión", pen=10,
  prof="periodista", caps=["messages"],
  text="Tres directores de área del ayuntamiento denunciaron que el objetivo les exigía pagos mensuales de 30 mil pesos para no difundir información sobre ellos. Uno realizó una entrega controlada el 9 de enero y los billetes marcados se aseguraron en el vehículo del objetivo.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="protected status shown only by the profession field (periodista); extortion is a real crime")

E(n="R35", lang="fr", cc="CI", ag="Pôle de répression de la délinquance financière", at="prosecution",
  cat="serious_crime", label="blanchiment de capitaux", pen=10,
  prof="avocat au barreau", caps=["messages", "contacts"],
  text="Le compte séquestre ouvert au nom du suspect a reçu 900 millions de FCFA d'un fournisseur de la mairie, le lendemain du paiement d'une facture de travaux fictifs. Les fonds ont été reversés en quatre jours à deux sociétés contrôlées par l'adjoint au maire chargé des finances.",
  tc=["protected_person"], dec="refer", cl=["protected_person"],
  jc="protected status shown only by the profession field (avocat)")

E(n="R36", lang="en", cc="KE", ag="County Revenue Fraud Unit, National Police Service", at="police",
  cat="serious_crime", label="money laundering", pen=10,
  prof="businessman", caps=["messages", "contacts"], loc="GB",
  text="The target, currently in London, is a Member of the County Assembly for a Nairobi ward and a director of two companies paid KES 230m for garbage collection that never took place. He travelled to the UK in January and keeps instructing his finance officer by phone to move money out of the companies' accounts.",
  tc=["protected_person"], dec="refer", cl=["extraterritorial_target", "protected_person"],
  edge=["citizen abroad"], jc="member of county assembly: politician, stated in text")

E(n="R37", lang="fr", cc="FR", ag="Office de lutte contre les atteintes aux finances publiques", at="police",
  cat="serious_crime", label="complicité de corruption et blanchiment", pen=10,
  prof="journaliste", caps=["messages", "contacts"], reg="journalist",
  text="Le journaliste, chroniqueur dans un hebdomadaire régional, aurait perçu 240 000 euros d'un promoteur via une société de conseil en échange de son intervention auprès d'un adjoint à l'urbanisme pour obtenir un permis de construire. Les flux bancaires et les messages saisis chez le promoteur sont au dossier.",
  tc=["protected_person"], dec="refer", cl=["protected_person"], edge=["registry match journalist"])

E(n="R38", lang="en", cc="NG", ag="Federal Economic Integrity Bureau", at="other_government",
  cat="serious_crime", label="money laundering", pen=14,
  prof="transaction adviser (struck off the roll of legal practitioners)", caps=["messages", "contacts"],
  reg="lawyer",
  text="Struck off the roll of legal practitioners in 2024 for misappropriating client funds, the target now trades as a 'transaction adviser'. He received NGN 800m from a state contractor and paid it on to relatives of two commissioners through a company formed for the purpose. Bank records and the company secretary's statement are attached.",
  tc=[], dec="refer", cl=["protected_person"], edge=["registry match lawyer"],
  jc="registry still lists him as a lawyer although struck off: the registry match decides")


# ---------------------------------------------------------------------------------------------
# Engine
# ---------------------------------------------------------------------------------------------
def phone(rng, country):
    code, length = DIAL[country]
    first = str(rng.randint(2, 9))
    rest = "".join(str(rng.randint(0, 9)) for _ in range(length - 1))
    return "+" + code + first + rest


def reference(rng, ltype, cc, year):
    n = rng.randint(10, 9999)
    if ltype == "judicial_warrant":
        return rng.choice([f"JW-{year}-{n:04d}", f"{cc}/HC/MISC/{n}/{year}", f"AUT-{cc}-{year}-{n:05d}"])
    if ltype == "prosecutor_order":
        return rng.choice([f"PO/{cc}/{year}/{n:03d}", f"DISP-{year}-{n:04d}", f"RQ-{cc}-{n:04d}-{year}"])
    if ltype == "administrative_order":
        return rng.choice([f"AO-{cc}-{n:05d}", f"ADM/{year}/{n:04d}", f"DEC-{year}-{cc}-{n:03d}"])
    return ""


def build(e, rng):
    errors = []
    n = e["n"]
    # --- validation of enum values -----------------------------------------------------------
    if e["lang"] not in LANGS:
        errors.append(f"{n}: bad lang {e['lang']}")
    at = e.get("at", "police")
    if at not in AGENCY_TYPES:
        errors.append(f"{n}: bad agency_type {at}")
    status = e.get("status", "active")
    if status not in STATUSES:
        errors.append(f"{n}: bad status {status}")
    if e["cat"] not in CATEGORIES:
        errors.append(f"{n}: bad category {e['cat']}")
    reg = e.get("reg")
    if reg not in REGISTRY:
        errors.append(f"{n}: bad registry {reg}")
    for c in e["caps"] + e.get("missing", []):
        if c not in CAPS:
            errors.append(f"{n}: bad capability {c}")
    for c in e["tc"]:
        if c not in TEXT_CLAUSES:
            errors.append(f"{n}: clause {c} is not a hand-judged text clause")
    for c in e["cl"]:
        if c not in ALL_CLAUSES:
            errors.append(f"{n}: bad clause {c}")
    if e["dec"] not in DECISIONS:
        errors.append(f"{n}: bad decision {e['dec']}")
    if "terrorism_definition_unmet" in e["tc"] and e["cat"] != "terrorism":
        errors.append(f"{n}: terrorism_definition_unmet on a non-terrorism category")
    pen = e["pen"]
    if pen is not None and (not isinstance(pen, int) or pen < 0):
        errors.append(f"{n}: bad penalty {pen}")
    cc = e["cc"]
    loc = e.get("loc", cc)
    nat = e.get("nat", cc)
    for k in (cc, loc, nat):
        if k not in DIAL:
            errors.append(f"{n}: unknown country {k}")
    if errors:
        return None, None, errors

    # --- random filler (fixed order of draws per entry) --------------------------------------
    day = rng.randint(0, 175)
    now_t = dt.datetime(2026, 1, 5, rng.randint(6, 19), rng.randint(0, 59), 0) + dt.timedelta(days=day)
    now = iso(now_t)
    valid_days = rng.randint(7, 120)
    valid_hours = rng.randint(0, 23)
    past_days = rng.randint(1, 30)
    ltype = e.get("ltype") or rng.choice(["judicial_warrant", "judicial_warrant", "prosecutor_order",
                                          "judicial_warrant", "administrative_order"])
    if ltype not in LEGAL_TYPES:
        return None, None, [f"{n}: bad legal type {ltype}"]
    ref = reference(rng, ltype, cc, now_t.year)
    if "ref" in e:
        ref = e["ref"]
    v = e.get("valid")
    if v is None:
        valid_until = iso(now_t + dt.timedelta(days=valid_days, hours=valid_hours))
    elif v == "now":
        valid_until = now
    elif v == "null":
        valid_until = None
    elif v == "past":
        valid_until = iso(now_t - dt.timedelta(days=past_days))
    elif v == "plus60":
        valid_until = iso(now_t + dt.timedelta(seconds=60))
    else:
        return None, None, [f"{n}: bad valid override {v}"]
    mx = rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 80, 100])
    active = rng.randint(0, mx - 2)
    over = rng.randint(1, 4)
    q = e.get("quota")
    if q == "max-1":
        active = mx - 1
    elif q == "max":
        active = mx
    elif q == "over":
        active = mx + over
    elif q is not None:
        return None, None, [f"{n}: bad quota override {q}"]
    missing = set(e.get("missing", []))
    req = list(e["caps"])
    pool = [c for c in CAPS if c not in req and c not in missing]
    extras = rng.sample(pool, rng.randint(0, min(3, len(pool))))
    lic = [c for c in CAPS if (c in req and c not in missing) or c in extras]
    ident_kind = e.get("ident", "phone")
    if ident_kind == "phone":
        ident = phone(rng, nat)
    elif ident_kind == "email":
        ident = "email:" + rng.choice(EMAIL_LOCALS) + str(rng.randint(1, 99)) + "@" + rng.choice(EMAIL_DOMAINS)
    elif ident_kind == "device":
        ident = "device:" + "35" + "".join(str(rng.randint(0, 9)) for _ in range(13))
    else:
        return None, None, [f"{n}: bad identifier kind {ident_kind}"]

    rec = {
        "id": None,
        "now": now,
        "licence": {
            "customer_country": cc,
            "customer_agency": e["ag"],
            "agency_type": at,
            "status": status,
            "certificate_signed": e.get("signed", True),
            "capabilities": lic,
            "max_active_targets": mx,
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
            "offence": {"category": e["cat"], "label": e["label"], "max_penalty_years": pen},
            "legal_basis": {"type": ltype, "reference": ref, "valid_until": valid_until},
            "capabilities": req,
            "justification": e["text"],
        },
    }

    # --- structured clauses, exactly as the spec defines them --------------------------------
    held = set()
    L, R_ = rec["licence"], rec["request"]
    if L["status"] != "active" or L["certificate_signed"] is not True:
        held.add("licence_inactive")
    if L["agency_type"] == "private":
        held.add("non_government_end_user")
    off = R_["offence"]
    if off["category"] == "other" or (off["category"] == "serious_crime" and (
            off["max_penalty_years"] is None or off["max_penalty_years"] < THRESHOLD)):
        held.add("purpose_not_permitted")
    lb = R_["legal_basis"]
    if (lb["type"] == "none" or not lb["reference"] or lb["valid_until"] is None
            or parse(lb["valid_until"]) <= parse(rec["now"])):
        held.add("no_legal_basis")
    if not set(R_["capabilities"]) <= set(L["capabilities"]):
        held.add("capability_out_of_scope")
    if L["active_targets"] >= L["max_active_targets"]:
        held.add("quota_exceeded")
    if R_["target"]["registry_match"] is not None:
        held.add("protected_person")
    if R_["target"]["location_country"] != L["customer_country"]:
        held.add("extraterritorial_target")
    structured = set(held)
    # --- hand-judged text clauses ------------------------------------------------------------
    held |= set(e["tc"])
    deny = sorted(c for c in held if c in DENY)
    refer = sorted(c for c in held if c in REFER)
    if deny:
        decision, clauses = "deny", deny
    elif refer:
        decision, clauses = "refer", refer
    else:
        decision, clauses = "permit", []
    if decision != e["dec"] or clauses != sorted(e["cl"]):
        errors.append(f"{n}: computed {decision} {clauses} but intended {e['dec']} {sorted(e['cl'])}")
    rec["expected"] = {"decision": decision, "clauses": clauses}
    meta = {"n": n, "lang": e["lang"], "held": sorted(held), "structured": sorted(structured),
            "text_only": not structured and decision != "permit",
            "edge": e.get("edge", []), "jc": e.get("jc", "")}
    return rec, meta, errors


def main():
    rng = random.Random(168001)
    errors = []
    recs, metas = [], []
    seen_text, seen_n = {}, set()
    for e in ENTRIES:
        if e["n"] in seen_n:
            errors.append(f"duplicate entry key {e['n']}")
        seen_n.add(e["n"])
        t = e["text"].strip()
        if t in seen_text:
            errors.append(f"{e['n']}: justification duplicates {seen_text[t]}")
        seen_text[t] = e["n"]
        rec, meta, errs = build(e, rng)
        errors.extend(errs)
        if rec is not None:
            recs.append(rec)
            metas.append(meta)
    if len(ENTRIES) != 150:
        errors.append(f"expected 150 entries, have {len(ENTRIES)}")
    if errors:
        for x in errors:
            print("ERROR", x, file=sys.stderr)
        print("nothing written", file=sys.stderr)
        sys.exit(1)

    order = list(range(len(recs)))
    random.Random(168002).shuffle(order)
    lines = []
    ids = {}
    for i, k in enumerate(order, 1):
        rid = f"s168-{i:03d}"
        recs[k]["id"] = rid
        metas[k]["id"] = rid
        ids[metas[k]["n"]] = rid
        lines.append(json.dumps(recs[k], ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(data)

    # --- tables ------------------------------------------------------------------------------
    ordered = [metas[k] for k in order]
    recs_o = [recs[k] for k in order]
    print(f"wrote {OUT.name}: {len(lines)} scenarios, sha256 {hashlib.sha256(data).hexdigest()}")
    dl = Counter((r["expected"]["decision"], m["lang"]) for r, m in zip(recs_o, ordered))
    print("\ndecision x language")
    print(f"{'':8}{'en':>5}{'es':>5}{'fr':>5}{'total':>7}")
    for d in ["permit", "deny", "refer"]:
        row = [dl[(d, l)] for l in ["en", "es", "fr"]]
        print(f"{d:8}" + "".join(f"{x:>5}" for x in row) + f"{sum(row):>7}")
    tot = [sum(dl[(d, l)] for d in DECISIONS) for l in ["en", "es", "fr"]]
    print(f"{'total':8}" + "".join(f"{x:>5}" for x in tot) + f"{sum(tot):>7}")
    print("\nclause: listed / held")
    for c in ALL_CLAUSES:
        listed = sum(c in r["expected"]["clauses"] for r in recs_o)
        held = sum(c in m["held"] for m in ordered)
        print(f"  {c:28} {listed:>4} {held:>5}")
    nonpermit = [m for r, m in zip(recs_o, ordered) if r["expected"]["decision"] != "permit"]
    print(f"\nnon-permits: {len(nonpermit)}; with perfect structured fields (text/profession only): "
          f"{sum(m['text_only'] for m in nonpermit)}")
    edges = defaultdict(list)
    for m in ordered:
        for t in m["edge"]:
            edges[t].append(m["id"])
    print("\nstructured edge cases")
    for t in sorted(edges):
        print(f"  {t}: {', '.join(sorted(edges[t]))}")
    print("\njudgement calls")
    for m in sorted(ordered, key=lambda m: m["id"]):
        if m["jc"]:
            print(f"  {m['id']} ({m['n']}): {m['jc']}")
    if "--map" in sys.argv:
        print("\nentry -> id")
        for m in sorted(ordered, key=lambda m: m["n"]):
            print(f"  {m['n']} {m['id']} {' '.join(m['held'])}")


if __name__ == "__main__":
    main()
