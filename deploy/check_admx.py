#!/usr/bin/env python3
"""Reads an ADMX/ADML pair the way the Group Policy editor does and checks it against .reg files.

  python3 deploy/check_admx.py --admx F.admx --adml en-US.adml [--adml nl-NL.adml]
                               [--reg SecondStep_Chrome=chrome-policy.reg ...]

Python standard library only (xml.etree is a real, non-validating XML parser). Prints JSON
{"errors": [...], "policies": [...]} and exits 1 when there are errors. Checks:
- every file is well-formed XML with the PolicyDefinitions namespace and the right root element;
- every $(string.X) / $(presentation.X) used in the ADMX exists in EVERY ADML; ids are unique;
- every presentation control's refId names an element of each policy that uses it, and every element
  has a control (else the editor cannot set it); category and supportedOn references resolve;
- per policy, the registry writes when Enabled (key, value name, type) are derived as Windows does;
  with --reg CATEGORY=FILE, each policy in that category must write exactly a value the .reg writes
  (same key, same value name, same type; lists as a subkey of numbered REG_SZ values), and every value
  the .reg writes under those keys must be written by some policy.
"""
import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET

NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions'
Q = lambda tag: f'{{{NS}}}{tag}'
REF = re.compile(r'^\$\((string|presentation)\.([^)]+)\)$')
CONTROL_TAGS = {'textBox': {'text'}, 'decimalTextBox': {'decimal'}, 'dropdownList': {'enum'}, 'listBox': {'list'},
                'checkBox': {'boolean'}, 'comboBox': {'text'}, 'multiTextBox': {'multiText'}, 'longDecimalTextBox': {'longDecimal'}}

errors = []


def err(msg):
    errors.append(msg)


def load(path, root_tag):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        err(f'{path}: not well-formed XML: {e}')
        return None
    if root.tag != Q(root_tag):
        err(f'{path}: root element {root.tag}, expected {{{NS}}}{root_tag}')
        return None
    return root


def parse_reg(path):
    """regedit 5.00 files (UTF-16LE with BOM, or UTF-8): {key_lower: {name_lower: (type, data)}}, deleted keys."""
    raw = open(path, 'rb').read()
    text = raw.decode('utf-16') if raw[:2] == b'\xff\xfe' else raw.decode('utf-8-sig')
    text = re.sub(r'\\\r?\n\s*', '', text)
    keys, deleted, current = {}, set(), None
    for line in text.splitlines()[1:]:
        if not line or line.startswith(';'):
            continue
        m = re.match(r'^\[(-?)(.+)\]$', line)
        if m:
            path_l = m.group(2).lower()
            if m.group(1):
                deleted.add(path_l)
                current = None
            else:
                current = keys.setdefault(path_l, {})
            continue
        m = re.match(r'^"((?:[^"\\]|\\.)*)"=(.*)$', line)
        if not m or current is None:
            err(f'{path}: unreadable line {line[:60]!r}')
            continue
        name, raw_v = re.sub(r'\\(.)', r'\1', m.group(1)), m.group(2)
        if raw_v.startswith('"'):
            current[name.lower()] = ('REG_SZ', re.sub(r'\\(.)', r'\1', raw_v[1:-1]))
        elif raw_v.startswith('dword:'):
            current[name.lower()] = ('REG_DWORD', int(raw_v[6:], 16))
        else:
            h = re.match(r'^hex\((\w+)\):(.*)$', raw_v)
            kind = {'1': 'REG_SZ', '2': 'REG_EXPAND_SZ', '7': 'REG_MULTI_SZ', 'b': 'REG_QWORD'}.get(h.group(1) if h else '', None)
            if not kind:
                err(f'{path}: unsupported value type {raw_v[:20]!r}')
                continue
            data = bytes(int(b, 16) for b in h.group(2).split(',') if b).decode('utf-16-le') if kind != 'REG_QWORD' else None
            current[name.lower()] = (kind, data.split('\0')[0] if kind in ('REG_SZ', 'REG_EXPAND_SZ') else data)
    return keys, deleted


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--admx', required=True)
    ap.add_argument('--adml', action='append', default=[])
    ap.add_argument('--reg', action='append', default=[])
    ap.add_argument('--partial', action='store_true', help='the .reg files may leave policies out')
    a = ap.parse_args()

    admx = load(a.admx, 'policyDefinitions')
    admls = [(p, load(p, 'policyDefinitionResources')) for p in a.adml]
    if admx is None or any(r is None for _, r in admls):
        return finish([])

    tables = []
    for path, root in admls:
        strings, pres = {}, {}
        for s in root.iter(Q('string')):
            sid = s.get('id')
            if sid in strings:
                err(f'{path}: duplicate string id {sid}')
            strings[sid] = s.text or ''
        for p in root.iter(Q('presentation')):
            pid = p.get('id')
            if pid in pres:
                err(f'{path}: duplicate presentation id {pid}')
            pres[pid] = p
        tables.append((path, strings, pres))

    # Every $(string.X) / $(presentation.X) anywhere in the ADMX resolves in every ADML.
    for el in admx.iter():
        for attr, value in el.attrib.items():
            m = REF.match(value)
            if not m:
                continue
            for path, strings, pres in tables:
                if m.group(1) == 'string' and m.group(2) not in strings:
                    err(f'{path}: string id {m.group(2)} (used by {el.tag.split("}")[1]} {attr}) missing')
                if m.group(1) == 'presentation' and m.group(2) not in pres:
                    err(f'{path}: presentation id {m.group(2)} missing')

    categories = {c.get('name') for c in admx.iter(Q('category'))}
    supported = {d.get('name') for d in admx.iter(Q('definition'))}
    for c in admx.iter(Q('category')):
        for pc in c.findall(Q('parentCategory')):
            if pc.get('ref') not in categories:
                err(f'category {c.get("name")}: parent {pc.get("ref")} unknown')

    policies, names = [], set()
    for pol in admx.iter(Q('policy')):
        name = pol.get('name')
        if name in names:
            err(f'duplicate policy name {name}')
        names.add(name)
        cat = pol.find(Q('parentCategory'))
        cat = cat.get('ref') if cat is not None else None
        if cat not in categories:
            err(f'{name}: category {cat} unknown')
        sup = pol.find(Q('supportedOn'))
        if sup is None or sup.get('ref') not in supported:
            err(f'{name}: supportedOn missing or unknown')
        if pol.get('class') not in ('Machine', 'User', 'Both'):
            err(f'{name}: class {pol.get("class")}')
        key = pol.get('key')
        writes, element_ids = [], {}
        if pol.get('valueName'):
            ev = pol.find(Q('enabledValue'))
            dv = pol.find(Q('disabledValue'))
            etype = 'REG_DWORD' if ev is not None and ev.find(Q('decimal')) is not None else 'REG_SZ'
            values = [int(x.find(Q('decimal')).get('value')) for x in (ev, dv) if x is not None and x.find(Q('decimal')) is not None]
            writes.append({'kind': 'boolean', 'key': key, 'valueName': pol.get('valueName'), 'type': etype, 'values': values})
        elements = pol.find(Q('elements'))
        for el in list(elements) if elements is not None else []:
            tag = el.tag.split('}')[1]
            element_ids[el.get('id')] = tag
            ekey = el.get('key') or key
            if tag == 'text':
                writes.append({'kind': 'text', 'key': ekey, 'valueName': el.get('valueName'),
                               'type': 'REG_EXPAND_SZ' if el.get('expandable') == 'true' else 'REG_SZ'})
            elif tag == 'decimal':
                writes.append({'kind': 'decimal', 'key': ekey, 'valueName': el.get('valueName'),
                               'type': 'REG_SZ' if el.get('storeAsText') == 'true' else 'REG_DWORD'})
            elif tag == 'enum':
                items = [i.find(Q('value'))[0] for i in el.findall(Q('item'))]
                types = {'REG_SZ' if i.tag == Q('string') else 'REG_DWORD' for i in items}
                if len(types) != 1:
                    err(f'{name}: enum {el.get("id")} mixes value types')
                writes.append({'kind': 'enum', 'key': ekey, 'valueName': el.get('valueName'), 'type': types.pop() if types else None,
                               'values': [i.text or '' if i.tag == Q('string') else int(i.get('value')) for i in items]})
                for i in el.findall(Q('item')):
                    m = REF.match(i.get('displayName') or '')
                    if not m:
                        err(f'{name}: enum item without a $(string.…) display name')
            elif tag == 'list':
                if el.get('valuePrefix') != '' or el.get('explicitValue') == 'true':
                    err(f'{name}: list {el.get("id")} does not write values named 1, 2, … (needs valuePrefix="")')
                writes.append({'kind': 'list', 'key': ekey, 'valueName': None, 'type': 'REG_SZ', 'additive': el.get('additive') == 'true'})
            else:
                err(f'{name}: element {tag} not expected here')
        # Presentation: every control refers to an element, every element has a control.
        pm = REF.match(pol.get('presentation') or '')
        if element_ids and not pm:
            err(f'{name}: has elements but no presentation')
        if pm:
            for path, _, pres in tables:
                p = pres.get(pm.group(2))
                if p is None:
                    continue
                refs = set()
                for ctl in p:
                    tag = ctl.tag.split('}')[1]
                    ref = ctl.get('refId')
                    if tag == 'text':
                        continue
                    refs.add(ref)
                    if ref not in element_ids:
                        err(f'{path}: presentation {pm.group(2)} control {tag} refId {ref} is no element of {name}')
                    elif element_ids[ref] not in CONTROL_TAGS.get(tag, set()):
                        err(f'{path}: presentation {pm.group(2)}: {tag} cannot edit a {element_ids[ref]} element')
                for eid in element_ids:
                    if eid not in refs:
                        err(f'{path}: {name}: element {eid} has no control in presentation {pm.group(2)}')
        if not writes:
            err(f'{name}: writes nothing')
        policies.append({'name': name, 'category': cat, 'class': pol.get('class'), 'writes': writes})

    # Against the .reg files, category by category.
    for spec in a.reg:
        cat, path = spec.split('=', 1)
        keys, _deleted = parse_reg(path)
        in_cat = [p for p in policies if p['category'] == cat]
        if not in_cat:
            err(f'{path}: no policy in category {cat}')
        covered = set()
        for p in in_cat:
            for w in p['writes']:
                full = f'hkey_local_machine\\{w["key"].lower()}'
                if w['kind'] == 'list':
                    vals = keys.get(full)
                    if vals is None:
                        continue  # list not set in this .reg (an empty list writes no subkey)
                    for n, (t, _) in vals.items():
                        covered.add((full, n))
                        if not n.isdigit() or t != 'REG_SZ':
                            err(f'{p["name"]}: .reg list value {n} is {t}, expected numbered REG_SZ')
                    if sorted(int(n) for n in vals) != list(range(1, len(vals) + 1)):
                        err(f'{p["name"]}: .reg list values are not 1..n')
                    continue
                got = keys.get(full, {}).get(w['valueName'].lower())
                if got is None:
                    if a.partial:
                        continue
                    err(f'{p["name"]}: {w["key"]}\\{w["valueName"]} is not in {path}')
                    continue
                covered.add((full, w['valueName'].lower()))
                if got[0] != w['type']:
                    err(f'{p["name"]}: {w["valueName"]} is {got[0]} in {path}, the ADMX writes {w["type"]}')
                if 'values' in w and got[1] not in w['values']:
                    err(f'{p["name"]}: {path} writes {got[1]!r}, not one of the ADMX values {w["values"]}')
        policy_keys = {f'hkey_local_machine\\{w["key"].lower()}' for p in in_cat for w in p['writes']}
        bases = {f'hkey_local_machine\\{w["key"].lower()}' for p in in_cat for w in p['writes'] if w['kind'] != 'list'}
        for k in keys:
            if k not in policy_keys and any(k.startswith(f'{b}\\') for b in bases):
                err(f'{path}: subkey {k} has no ADMX policy')
        for k, vals in keys.items():
            if k in policy_keys:
                for n in vals:
                    if (k, n) not in covered:
                        err(f'{path}: value {n} under {k} has no ADMX policy')
    finish(policies)


def finish(policies):
    print(json.dumps({'errors': errors, 'policies': policies}, indent=1))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
