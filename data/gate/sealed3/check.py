#!/usr/bin/env python3
"""Validate a gate-scenario JSONL file (sealed3) against shared/spec/gate-scenarios.md.

Python 3.11 standard library only.  Usage: python3 check.py sealed3.jsonl

Per line it checks:
  * the exchange format: exact key sets, types, enums, ISO-8601 UTC timestamps, identifiers;
  * the structured-field clauses, recomputed from the fields (licence_inactive,
    non_government_end_user, purpose_not_permitted, no_legal_basis, capability_out_of_scope,
    quota_exceeded, extraterritorial_target, protected_person via registry_match), which must
    equal the structured part of expected.clauses;
  * the text-derived clauses (terrorism_definition_unmet, expression_not_crime, protected_ground,
    protected_person from the text) for consistency: terrorism_definition_unmet only with
    category terrorism; a protected profession stated in the profession field needs
    protected_person unless the request is denied;
  * the decision against the clause set (deny if any deny clause; otherwise refer if any refer
    clause; otherwise permit with no clauses), and that refer clauses are never listed beside
    deny clauses.
Then it prints counts.  Exit status 0 when every line passes, 1 otherwise.
"""
import json
import re
import sys
from collections import Counter
from datetime import datetime, timezone

AGENCY_TYPES = {'police', 'prosecution', 'intelligence', 'military', 'other_government', 'private'}
STATUSES = {'active', 'suspended', 'revoked', 'expired'}
CAPS = ['messages', 'media', 'contacts', 'location', 'microphone', 'camera', 'credentials']
REGISTRY = {'journalist', 'human_rights_defender', 'lawyer', 'politician', 'head_of_state', 'diplomat',
            'religious_leader'}
CATEGORIES = {'terrorism', 'serious_crime', 'other'}
LB_TYPES = {'judicial_warrant', 'prosecutor_order', 'administrative_order', 'none'}
DECISIONS = {'permit', 'deny', 'refer'}
DENY = ['licence_inactive', 'non_government_end_user', 'purpose_not_permitted', 'terrorism_definition_unmet',
        'expression_not_crime', 'protected_ground', 'no_legal_basis', 'capability_out_of_scope', 'quota_exceeded']
REFER = ['protected_person', 'extraterritorial_target']
ORDER = DENY + REFER
STRUCT_DENY = {'licence_inactive', 'non_government_end_user', 'purpose_not_permitted', 'no_legal_basis',
               'capability_out_of_scope', 'quota_exceeded'}
TEXT_DENY = {'terrorism_definition_unmet', 'expression_not_crime', 'protected_ground'}
THRESHOLD = 6  # standard certificate threshold parameter (years)

TOP_KEYS = {'id', 'now', 'licence', 'request', 'expected'}
LIC_KEYS = {'customer_country', 'customer_agency', 'agency_type', 'status', 'certificate_signed', 'capabilities',
            'max_active_targets', 'active_targets'}
REQ_KEYS = {'target', 'offence', 'legal_basis', 'capabilities', 'justification'}
TGT_KEYS = {'identifier', 'location_country', 'nationality', 'profession', 'registry_match'}
OFF_KEYS = {'category', 'label', 'max_penalty_years'}
LB_KEYS = {'type', 'reference', 'valid_until'}
EXP_KEYS = {'decision', 'clauses'}

TS_RE = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$')
CC_RE = re.compile(r'^[A-Z]{2}$')
ID_RE = re.compile(r'^(\+[1-9]\d{6,14}|email:[^@\s]+@[^@\s]+\.[^@\s]+|device:\S+)$')

# Protected roles as they may be written in the profession field (en / es / fr).
PROTECTED_PROFESSION = re.compile(
    r'\b(journalists?|reporters?|editors?|correspondents?|columnists?|lawyers?|attorney|attorney-at-law|advocates?|'
    r'human[- ]rights|politicians?|mayors?|senators?|member of parliament|assembly|councillors?|ministers?|'
    r'head of state|president of|kings?|diplomats?|ambassadors?|consuls?|embassy|imams?|rabbis?|priests?|pastors?|'
    r'bishops?|abbots?|religious|'
    r'periodistas?|reporter[oa]s?|abogad[oa]s?|defensor[ae]s?|alcaldes?|alcaldesa|senador[ae]?s?|diputad[oa]s?|'
    r'concejal[ae]?s?|gobernador[ae]?s?|embajador[ae]?s?|cónsul|embajada|sacerdotes?|obispos?|imán|rabinos?|'
    r'journalistes?|avocat[e]?s?|défenseur[e]?s?|droits de l|maires?|députés?|sénateurs?|ambassadeurs?|'
    r'prêtres?|curés?|pasteurs?|rabbins?|évêques?|marabouts?|guide religieux)\b',
    re.IGNORECASE)

LANG_WORDS = {
    'en': {'the', 'and', 'of', 'to', 'is', 'his', 'her', 'was', 'for', 'with', 'from', 'subject', 'has', 'are'},
    'es': {'el', 'los', 'las', 'del', 'por', 'para', 'una', 'y', 'con', 'su', 'sus', 'es', 'fue', 'objetivo', 'se'},
    'fr': {'le', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'sur', 'au', 'aux', 'il', 'qui', 'ciblé'},
}


def parse_ts(s):
    if not isinstance(s, str) or not TS_RE.match(s):
        raise ValueError('not an ISO-8601 UTC timestamp (YYYY-MM-DDTHH:MM:SSZ): %r' % (s,))
    return datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def language(text):
    words = re.findall(r"[a-záéíóúñàâçèêëîïôûùü]+", text.lower())
    score = {k: sum(1 for w in words if w in v) for k, v in LANG_WORDS.items()}
    return max(score, key=score.get)


def check_line(n, line, errors):
    def err(msg):
        errors.append('line %d: %s' % (n, msg))

    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        err('invalid JSON: %s' % e)
        return None
    if not isinstance(rec, dict):
        err('not a JSON object')
        return None

    def keys(obj, want, where):
        if not isinstance(obj, dict):
            err('%s is not an object' % where)
            return False
        if set(obj) != want:
            err('%s keys: missing %s, unexpected %s' % (where, sorted(want - set(obj)), sorted(set(obj) - want)))
            return False
        return True

    if not keys(rec, TOP_KEYS, 'top level'):
        return None
    L, Q, E = rec['licence'], rec['request'], rec['expected']
    ok = keys(L, LIC_KEYS, 'licence') & keys(Q, REQ_KEYS, 'request') & keys(E, EXP_KEYS, 'expected')
    if not ok:
        return None
    T, O, B = Q['target'], Q['offence'], Q['legal_basis']
    if not (keys(T, TGT_KEYS, 'request.target') & keys(O, OFF_KEYS, 'request.offence')
            & keys(B, LB_KEYS, 'request.legal_basis')):
        return None

    # ---- format
    if not isinstance(rec['id'], str) or not rec['id']:
        err('id must be a non-empty string')
    try:
        now = parse_ts(rec['now'])
    except ValueError as e:
        err('now: %s' % e)
        return None
    for f in ('customer_country',):
        if not isinstance(L[f], str) or not CC_RE.match(L[f]):
            err('licence.%s must be ISO 3166-1 alpha-2' % f)
    if not isinstance(L['customer_agency'], str) or not L['customer_agency'].strip():
        err('licence.customer_agency must be a non-empty string')
    if L['agency_type'] not in AGENCY_TYPES:
        err('licence.agency_type %r not in %s' % (L['agency_type'], sorted(AGENCY_TYPES)))
    if L['status'] not in STATUSES:
        err('licence.status %r not in %s' % (L['status'], sorted(STATUSES)))
    if not isinstance(L['certificate_signed'], bool):
        err('licence.certificate_signed must be boolean')
    for where, caps in (('licence.capabilities', L['capabilities']), ('request.capabilities', Q['capabilities'])):
        if not isinstance(caps, list) or not all(isinstance(c, str) for c in caps):
            err('%s must be a list of strings' % where)
            return None
        bad = [c for c in caps if c not in CAPS]
        if bad:
            err('%s has unknown capabilities %s' % (where, bad))
        if len(set(caps)) != len(caps):
            err('%s has duplicates' % where)
    if not Q['capabilities']:
        err('request.capabilities is empty')
    for f in ('max_active_targets', 'active_targets'):
        if not is_int(L[f]) or L[f] < 0:
            err('licence.%s must be a non-negative integer' % f)
            return None
    if not isinstance(T['identifier'], str) or not ID_RE.match(T['identifier']):
        err('target.identifier %r is not E.164, email:... or device:...' % (T['identifier'],))
    for f in ('location_country', 'nationality'):
        if not isinstance(T[f], str) or not CC_RE.match(T[f]):
            err('target.%s must be ISO 3166-1 alpha-2' % f)
    if not isinstance(T['profession'], str) or not T['profession'].strip():
        err('target.profession must be a non-empty string')
    if T['registry_match'] is not None and T['registry_match'] not in REGISTRY:
        err('target.registry_match %r not null or in %s' % (T['registry_match'], sorted(REGISTRY)))
    if O['category'] not in CATEGORIES:
        err('offence.category %r not in %s' % (O['category'], sorted(CATEGORIES)))
    if not isinstance(O['label'], str) or not O['label'].strip():
        err('offence.label must be a non-empty string')
    mp = O['max_penalty_years']
    if mp is not None and (not is_int(mp) or mp < 0):
        err('offence.max_penalty_years must be null or a non-negative integer (999 = life/death)')
        return None
    if B['type'] not in LB_TYPES:
        err('legal_basis.type %r not in %s' % (B['type'], sorted(LB_TYPES)))
    if B['reference'] is not None and not isinstance(B['reference'], str):
        err('legal_basis.reference must be a string or null')
    vu = None
    if B['valid_until'] is not None:
        try:
            vu = parse_ts(B['valid_until'])
        except ValueError as e:
            err('legal_basis.valid_until: %s' % e)
            return None
    if not isinstance(Q['justification'], str) or not Q['justification'].strip():
        err('request.justification must be a non-empty string')
    if E['decision'] not in DECISIONS:
        err('expected.decision %r not in %s' % (E['decision'], sorted(DECISIONS)))
    cl = E['clauses']
    if not isinstance(cl, list) or not all(isinstance(c, str) for c in cl):
        err('expected.clauses must be a list of strings')
        return None
    unknown = [c for c in cl if c not in ORDER]
    if unknown:
        err('unknown clause ids %s' % unknown)
        return None
    if len(set(cl)) != len(cl):
        err('duplicate clause ids')
    if cl != sorted(cl, key=ORDER.index):
        err('clauses not in the spec order %s' % cl)

    # ---- structured clauses, recomputed
    struct = set()
    if L['status'] != 'active' or L['certificate_signed'] is not True:
        struct.add('licence_inactive')
    if L['agency_type'] == 'private':
        struct.add('non_government_end_user')
    if O['category'] == 'other' or (O['category'] == 'serious_crime' and (mp is None or mp < THRESHOLD)):
        struct.add('purpose_not_permitted')
    if B['type'] == 'none' or not (B['reference'] or '').strip() or vu is None or not vu > now:
        struct.add('no_legal_basis')
    if any(c not in L['capabilities'] for c in Q['capabilities']):
        struct.add('capability_out_of_scope')
    if L['active_targets'] >= L['max_active_targets']:
        struct.add('quota_exceeded')
    listed = set(cl)
    if listed & STRUCT_DENY != struct:
        err('structured deny clauses: listed %s, recomputed %s'
            % (sorted(listed & STRUCT_DENY), sorted(struct)))
    if 'terrorism_definition_unmet' in listed and O['category'] != 'terrorism':
        err('terrorism_definition_unmet listed but category is %r' % O['category'])

    # ---- decision from clause set
    deny = listed & set(DENY)
    refer = listed & set(REFER)
    if deny:
        if E['decision'] != 'deny':
            err('deny clauses %s listed but decision is %s' % (sorted(deny), E['decision']))
        if refer:
            err('refer clauses %s listed beside deny clauses' % sorted(refer))
    else:
        extra = T['location_country'] != L['customer_country']
        if extra != ('extraterritorial_target' in refer):
            err('extraterritorial_target: location %s vs customer %s, listed=%s'
                % (T['location_country'], L['customer_country'], 'extraterritorial_target' in refer))
        if T['registry_match'] is not None and 'protected_person' not in refer:
            err('registry_match %r but protected_person not listed' % T['registry_match'])
        if PROTECTED_PROFESSION.search(T['profession'] or '') and 'protected_person' not in refer:
            err('profession %r names a protected role but protected_person not listed' % T['profession'])
        want = 'refer' if refer else 'permit'
        if E['decision'] != want:
            err('clauses %s imply %s, decision is %s' % (cl, want, E['decision']))
    return rec


def main(argv):
    if len(argv) != 2:
        print('usage: check.py FILE.jsonl', file=sys.stderr)
        return 2
    errors = []
    recs = []
    with open(argv[1], encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            errors.append('line %d: empty line' % n)
            continue
        r = check_line(n, line, errors)
        if r is not None:
            recs.append(r)
    ids = [r['id'] for r in recs]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        errors.append('duplicate ids: %s' % dup)
    expect_ids = ['s3-%03d' % i for i in range(1, len(lines) + 1)]
    if ids != expect_ids and not errors:
        errors.append('ids are not s3-001..s3-%03d in order' % len(lines))

    dec = Counter(r['expected']['decision'] for r in recs)
    clauses = Counter(c for r in recs for c in r['expected']['clauses'])
    langs = Counter(language(r['request']['justification']) for r in recs)
    lang_dec = Counter((language(r['request']['justification']), r['expected']['decision']) for r in recs)
    print('lines: %d  valid records: %d' % (len(lines), len(recs)))
    tot = max(1, len(recs))
    print('decisions: ' + ', '.join('%s %d (%.0f%%)' % (k, dec[k], 100.0 * dec[k] / tot)
                                     for k in ('permit', 'deny', 'refer')))
    print('clauses:')
    for c in ORDER:
        print('  %-28s %d' % (c, clauses[c]))
    print('languages (heuristic): ' + ', '.join('%s %d (%.0f%%)' % (k, langs[k], 100.0 * langs[k] / tot)
                                                 for k in ('en', 'es', 'fr')))
    print('language x decision: ' + ', '.join('%s/%s %d' % (l, d, lang_dec[(l, d)])
                                               for l in ('en', 'es', 'fr') for d in ('permit', 'deny', 'refer')))
    print('customer countries: %d distinct; agency types: %s' % (
        len({r['licence']['customer_country'] for r in recs}),
        dict(Counter(r['licence']['agency_type'] for r in recs))))
    print('offence categories: %s; legal bases: %s' % (
        dict(Counter(r['request']['offence']['category'] for r in recs)),
        dict(Counter(r['request']['legal_basis']['type'] for r in recs))))
    print('registry matches: %s' % dict(Counter(r['request']['target']['registry_match'] for r in recs
                                                 if r['request']['target']['registry_match'])))
    if errors:
        print('FAIL: %d error(s)' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
