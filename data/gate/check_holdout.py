#!/usr/bin/env python3
"""Validates holdout.jsonl against the format and the structured rules of gate-scenarios.md.

Checks: every line parses; all fields present with allowed values/types; ids ho-0001.. in order;
`now` in 2026; decision consistent with the clause list (deny iff a deny clause is listed, etc.);
every clause that the structured fields imply is listed (deny clauses when the decision is deny;
refer clauses when it is refer) and no structured clause is listed that the fields do not imply.
Clauses that depend on the free text (terrorism_definition_unmet, expression_not_crime,
protected_ground, protected_person without a registry match) cannot be checked mechanically;
the script only checks that terrorism_definition_unmet appears with category terrorism.
"""
import json, sys, datetime as dt, os

DENY = ['licence_inactive','non_government_end_user','purpose_not_permitted','terrorism_definition_unmet',
        'expression_not_crime','protected_ground','no_legal_basis','capability_out_of_scope','quota_exceeded']
REFER = ['protected_person','extraterritorial_target']
TEXT = {'terrorism_definition_unmet','expression_not_crime','protected_ground'}
CAPS = {'messages','media','contacts','location','microphone','camera','credentials'}
AGENCY = {'police','prosecution','intelligence','military','other_government','private'}
STATUS = {'active','suspended','revoked','expired'}
REG = {None,'journalist','human_rights_defender','lawyer','politician','head_of_state','diplomat','religious_leader'}
CAT = {'terrorism','serious_crime','other'}
BT = {'judicial_warrant','prosecutor_order','administrative_order','none'}

def t(s): return dt.datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ')

def main(path):
    errs = []
    n = 0
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        n += 1
        def E(msg): errs.append('line %d: %s' % (ln, msg))
        try: d = json.loads(line)
        except Exception as e: E('json: %s' % e); continue
        try:
            assert set(d) == {'id','now','licence','request','expected'}, 'top keys %s' % sorted(d)
            assert d['id'] == 'ho-%04d' % ln, 'id %s' % d['id']
            now = t(d['now']); assert now.year == 2026, 'now not 2026'
            L = d['licence']
            assert set(L) == {'customer_country','customer_agency','agency_type','status','certificate_signed','capabilities','max_active_targets','active_targets'}
            assert isinstance(L['customer_country'], str) and len(L['customer_country']) == 2 and L['customer_country'].isupper()
            assert isinstance(L['customer_agency'], str) and L['customer_agency']
            assert L['agency_type'] in AGENCY and L['status'] in STATUS and isinstance(L['certificate_signed'], bool)
            assert set(L['capabilities']) <= CAPS and len(set(L['capabilities'])) == len(L['capabilities'])
            assert isinstance(L['max_active_targets'], int) and isinstance(L['active_targets'], int)
            R = d['request']
            assert set(R) == {'target','offence','legal_basis','capabilities','justification'}
            T = R['target']
            assert set(T) == {'identifier','location_country','nationality','profession','registry_match'}
            idf = T['identifier']
            assert (idf.startswith('+') and idf[1:].isdigit() and 8 <= len(idf) - 1 <= 15) or idf.startswith('email:') or idf.startswith('device:'), idf
            assert len(T['location_country']) == 2 and len(T['nationality']) == 2 and isinstance(T['profession'], str)
            assert T['registry_match'] in REG
            O = R['offence']
            assert set(O) == {'category','label','max_penalty_years'} and O['category'] in CAT and isinstance(O['label'], str)
            assert O['max_penalty_years'] is None or isinstance(O['max_penalty_years'], int)
            B = R['legal_basis']
            assert set(B) == {'type','reference','valid_until'} and B['type'] in BT
            if B['valid_until'] is not None: t(B['valid_until'])
            assert R['capabilities'] and set(R['capabilities']) <= CAPS
            assert isinstance(R['justification'], str) and len(R['justification']) > 20
            X = d['expected']
            assert set(X) == {'decision','clauses'} and X['decision'] in {'permit','deny','refer'}
            cl = X['clauses']; assert len(set(cl)) == len(cl) and set(cl) <= set(DENY) | set(REFER)
            # decision vs clause list
            if X['decision'] == 'permit': assert cl == [], 'permit with clauses'
            if X['decision'] == 'deny': assert cl and set(cl) <= set(DENY), 'deny clause list'
            if X['decision'] == 'refer': assert cl and set(cl) <= set(REFER), 'refer clause list'
            # structured rules
            sd, sr = set(), set()
            if L['status'] != 'active' or not L['certificate_signed']: sd.add('licence_inactive')
            if L['agency_type'] == 'private': sd.add('non_government_end_user')
            p = O['max_penalty_years']
            if O['category'] == 'other' or (O['category'] == 'serious_crime' and (p is None or p < 6)): sd.add('purpose_not_permitted')
            if B['type'] == 'none' or not B['reference'] or B['valid_until'] is None or t(B['valid_until']) <= now: sd.add('no_legal_basis')
            if set(R['capabilities']) - set(L['capabilities']): sd.add('capability_out_of_scope')
            if L['active_targets'] >= L['max_active_targets']: sd.add('quota_exceeded')
            if T['registry_match'] is not None: sr.add('protected_person')
            if T['location_country'] != L['customer_country']: sr.add('extraterritorial_target')
            listed_struct_deny = set(cl) & (set(DENY) - TEXT)
            assert listed_struct_deny == (sd if X['decision'] == 'deny' else set()), 'structured deny %s vs listed %s' % (sorted(sd), sorted(listed_struct_deny))
            if sd: assert X['decision'] == 'deny', 'structured deny clause holds but decision %s' % X['decision']
            if X['decision'] == 'refer':
                assert sr <= set(cl), 'missing refer clause %s' % sorted(sr - set(cl))
                assert 'extraterritorial_target' not in cl or 'extraterritorial_target' in sr
                if 'protected_person' in cl and not sr & {'protected_person'}:
                    pass  # declared in the justification only
            if X['decision'] == 'permit': assert not sr, 'permit but refer clause holds %s' % sorted(sr)
            if 'terrorism_definition_unmet' in cl: assert O['category'] == 'terrorism'
        except AssertionError as e:
            E('assert: %s' % e)
        except Exception as e:
            E('error: %r' % e)
    print('%d lines, %d problems' % (n, len(errs)))
    for e in errs: print(e)
    return 1 if errs else 0

if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'holdout.jsonl')))
