// The deployment kit: committed files equal a fresh generation, and every file is well-formed and carries
// exactly the example policy, typed as the schema says, in each platform's native form.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { ROOT, checkPolicy, generate, loadInputs } from './generate.mjs';
import { resolveConfig } from '../utils/config';

const { schema, example } = loadInputs();
const files = generate({ schema, example });
const read = (rel) => readFileSync(join(ROOT, rel));
const props = schema.properties;
const policy = example.policy;

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? listFiles(abs) : [relative(ROOT, abs)];
  });
}

describe('single source of truth', () => {
  it('the committed files equal a fresh generation (run `node deploy/generate.mjs` after editing)', () => {
    for (const [rel, content] of Object.entries(files)) {
      expect(read(rel).equals(content), `${rel} is stale`).toBe(true);
    }
  });

  it('no stray files in the generated folders', () => {
    const generated = ['windows', 'macos', 'linux', 'firefox'].flatMap((d) => listFiles(join(ROOT, 'deploy', d)));
    expect(generated.sort()).toEqual(Object.keys(files).sort());
  });

  it("the example policy fits the schema and passes Second Step's own validation untouched", () => {
    expect(checkPolicy(schema, policy)).toEqual([]);
    const r = resolveConfig({ user: undefined, managed: policy });
    expect(r.rejected).toEqual([]);
    expect(r.locked.sort()).toEqual(Object.keys(policy).sort());
    for (const [k, v] of Object.entries(policy)) expect(r.config[k]).toEqual(v);
  });

  it('the example ids are the development ids in utils/extension-ids.ts', () => {
    const ids = readFileSync(join(ROOT, 'utils/extension-ids.ts'), 'utf8');
    const chromium = ids.match(/CHROMIUM_EXTENSION_ID = '([a-p]{32})'/)[1];
    const gecko = ids.match(/GECKO_ID = '([^']+)'/)[1];
    expect(example.extensionIds).toEqual({ chrome: chromium, edge: chromium, firefox: gecko });
  });

  it('the generator refuses an example that does not fit the schema', () => {
    const bad = { ...example, policy: { ...policy, showInPagePanel: 'yes', helpdeskUrl: 'http://x.example', typo: 1 } };
    expect(() => generate({ schema, example: bad })).toThrow(/showInPagePanel: schema type boolean/);
    expect(() => generate({ schema, example: bad })).toThrow(/helpdeskUrl: does not match/);
    expect(() => generate({ schema, example: bad })).toThrow(/typo: not in public\/managed_schema.json/);
  });
});

/** Every key in the schema, with the schema's type. */
function expectSchemaTyped(obj, where) {
  for (const [key, value] of Object.entries(obj)) {
    expect(props[key], `${where}: ${key} not in schema`).toBeDefined();
    const type = Array.isArray(value)
      ? 'array'
      : Number.isInteger(value) && props[key]?.type === 'integer'
        ? 'integer'
        : typeof value;
    expect(type, `${where}: ${key}`).toBe(props[key].type);
  }
  expect(obj, where).toEqual(policy);
}

describe('JSON files (Linux, Firefox policies.json)', () => {
  it('Linux: 3rdparty → extensions → id, and ExtensionSettings force-install', () => {
    for (const name of ['chrome', 'chromium', 'edge']) {
      const id = example.extensionIds[name === 'edge' ? 'edge' : 'chrome'];
      const p = JSON.parse(read(`deploy/linux/${name}/second-step-policy.json`));
      expect(Object.keys(p)).toEqual(['3rdparty']);
      expectSchemaTyped(p['3rdparty'].extensions[id], name);
      const s = JSON.parse(read(`deploy/linux/${name}/second-step-install.json`));
      expect(s.ExtensionSettings[id].installation_mode).toBe('force_installed');
      expect(s.ExtensionSettings[id].update_url).toMatch(/^https:\/\//);
    }
  });

  it('Firefox: policies → 3rdparty → Extensions (capital E) → gecko id, plus ExtensionSettings', () => {
    const p = JSON.parse(read('deploy/firefox/policies.json'));
    expectSchemaTyped(p.policies['3rdparty'].Extensions[example.extensionIds.firefox], 'firefox');
    expect(p.policies.ExtensionSettings[example.extensionIds.firefox]).toMatchObject({
      installation_mode: 'force_installed',
      install_url: example.install.firefoxInstallUrl,
    });
  });
});

// ---- plist
function parseXml(text) {
  const { DOMParser } = new JSDOM('').window;
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new Error(`XML not well-formed: ${err.textContent}`);
  return doc;
}
function plistToJs(el) {
  const kids = [...el.children];
  switch (el.tagName) {
    case 'plist':
      return plistToJs(kids[0]);
    case 'dict': {
      const obj = {};
      for (let i = 0; i < kids.length; i += 2) {
        expect(kids[i].tagName).toBe('key');
        obj[kids[i].textContent] = plistToJs(kids[i + 1]);
      }
      return obj;
    }
    case 'array':
      return kids.map(plistToJs);
    case 'string':
      return el.textContent;
    case 'integer':
      return Number.parseInt(el.textContent, 10);
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new Error(`unexpected plist element ${el.tagName}`);
  }
}

describe('macOS configuration profiles', () => {
  const macFiles = Object.keys(files).filter((f) => f.endsWith('.mobileconfig'));

  it('are well-formed XML plists with a Configuration payload and unique, valid UUIDs', () => {
    const uuids = new Set();
    for (const rel of macFiles) {
      const profile = plistToJs(parseXml(read(rel).toString('utf8')).documentElement);
      expect(profile.PayloadType, rel).toBe('Configuration');
      expect(profile.PayloadScope).toBe('System');
      for (const p of [profile, ...profile.PayloadContent]) {
        expect(p.PayloadUUID).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
        expect(uuids.has(p.PayloadUUID), `${rel} duplicate UUID`).toBe(false);
        uuids.add(p.PayloadUUID);
        expect(typeof p.PayloadIdentifier).toBe('string');
        expect(p.PayloadVersion).toBe(1);
      }
    }
  });

  const payloadOf = (rel) => plistToJs(parseXml(read(rel).toString('utf8')).documentElement).PayloadContent;
  const strip = (p) => Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('Payload')));

  it('Chrome and Edge: domain <bundle id>.extensions.<id>, keys typed directly (no {Value: …} wrappers)', () => {
    for (const [name, domain] of [
      ['chrome', 'com.google.Chrome'],
      ['edge', 'com.microsoft.Edge'],
    ]) {
      const [payload] = payloadOf(`deploy/macos/${name}-policy.mobileconfig`);
      expect(payload.PayloadType).toBe(`${domain}.extensions.${example.extensionIds[name]}`);
      const values = strip(payload);
      for (const v of Object.values(values)) {
        if (v && typeof v === 'object' && !Array.isArray(v)) expect(Object.keys(v)).not.toEqual(['Value']);
      }
      expectSchemaTyped(values, `${name}.mobileconfig`);
      const [install] = payloadOf(`deploy/macos/${name}-force-install.mobileconfig`);
      expect(install.PayloadType).toBe(domain);
      expect(install.ExtensionSettings[example.extensionIds[name]].installation_mode).toBe('force_installed');
    }
  });

  it('Firefox: org.mozilla.firefox with EnterprisePoliciesEnabled, 3rdparty and ExtensionSettings', () => {
    const [payload] = payloadOf('deploy/macos/firefox.mobileconfig');
    expect(payload.PayloadType).toBe('org.mozilla.firefox');
    expect(payload.EnterprisePoliciesEnabled).toBe(true);
    expectSchemaTyped(payload['3rdparty'].Extensions[example.extensionIds.firefox], 'firefox.mobileconfig');
    expect(payload.ExtensionSettings[example.extensionIds.firefox].installation_mode).toBe('force_installed');
  });

  it('the XML check catches broken files', () => {
    expect(() => parseXml('<plist><dict><key>a</key></plist>')).toThrow(/well-formed/);
  });
});

// ---- .reg
/** Minimal regedit 5.00 parser: { header, sections: [{ path, deleted, values: { name: {type, data} } }] }. */
function parseReg(buf) {
  expect([buf[0], buf[1]], 'UTF-16LE BOM').toEqual([0xff, 0xfe]);
  const text = buf.subarray(2).toString('utf16le');
  expect(text.includes('\n') && !/[^\r]\n/.test(text), 'CRLF line endings').toBe(true);
  const lines = text.replace(/\\\r\n\s*/g, '').split('\r\n');
  const header = lines.shift();
  const sections = [];
  for (const line of lines) {
    if (!line || line.startsWith(';')) continue;
    const sec = line.match(/^\[(-?)(.+)\]$/);
    if (sec) {
      sections.push({ path: sec[2], deleted: sec[1] === '-', values: {} });
      continue;
    }
    const val = line.match(/^"((?:[^"\\]|\\.)*)"=(.*)$/);
    if (!val) throw new Error(`bad .reg line: ${line}`);
    const name = val[1].replace(/\\(.)/g, '$1');
    const raw = val[2];
    let parsed;
    if (raw.startsWith('"')) parsed = { type: 'REG_SZ', data: JSON.parse(raw) };
    else if (raw.startsWith('dword:')) parsed = { type: 'REG_DWORD', data: Number.parseInt(raw.slice(6), 16) };
    else if (/^hex\((1|7)\):/.test(raw)) {
      const bytes = Buffer.from(
        raw
          .replace(/^hex\(\d\):/, '')
          .split(',')
          .map((h) => Number.parseInt(h, 16)),
      );
      const strings = bytes.toString('utf16le').split('\0');
      parsed = raw.startsWith('hex(7)')
        ? { type: 'REG_MULTI_SZ', data: strings.slice(0, -2) }
        : { type: 'REG_SZ', data: strings[0] };
    } else throw new Error(`unsupported value: ${raw}`);
    sections.at(-1).values[name] = parsed;
  }
  return { header, sections };
}

/** Chromium's schema-driven conversion, as far as our flat schema needs it. */
function chromiumFromReg(sections, keyPath) {
  const own = sections.find((s) => !s.deleted && s.path === keyPath);
  const out = {};
  for (const [name, { type, data }] of Object.entries(own.values)) {
    const prop = props[name];
    expect(prop, `${name} not in schema`).toBeDefined();
    if (prop.type === 'boolean') {
      expect(type, `${name}: booleans are REG_DWORD`).toBe('REG_DWORD');
      out[name] = data !== 0;
    } else if (prop.type === 'integer') {
      expect(type, `${name}: integers are REG_DWORD`).toBe('REG_DWORD');
      out[name] = data;
    } else {
      expect([prop.type, type], `${name}`).toEqual(['string', 'REG_SZ']);
      out[name] = data;
    }
  }
  for (const s of sections.filter((x) => !x.deleted && x.path.startsWith(`${keyPath}\\`))) {
    const name = s.path.slice(keyPath.length + 1);
    expect(props[name]?.type, `${name}: subkeys only for arrays`).toBe('array');
    const keys = Object.keys(s.values);
    expect(keys, `${name}: numbered values 1..n`).toEqual(keys.map((_, i) => String(i + 1)));
    out[name] = keys.map((k) => {
      expect(s.values[k].type).toBe('REG_SZ');
      return s.values[k].data;
    });
  }
  return out;
}

describe('Windows .reg files', () => {
  const regFiles = Object.keys(files).filter((f) => f.endsWith('.reg'));

  it('are UTF-16LE with BOM, CRLF, "Windows Registry Editor Version 5.00", HKLM policy keys only', () => {
    expect(regFiles.length).toBe(8);
    for (const rel of regFiles) {
      const { header, sections } = parseReg(read(rel));
      expect(header, rel).toBe('Windows Registry Editor Version 5.00');
      for (const s of sections)
        expect(s.path, rel).toMatch(
          /^HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\(Google\\Chrome|Microsoft\\Edge|Mozilla\\Firefox)(\\|$)/,
        );
    }
  });

  for (const [name, base] of [
    ['chrome', 'Google\\Chrome'],
    ['edge', 'Microsoft\\Edge'],
  ]) {
    it(`${name}: 3rdparty policy round-trips to the example (arrays as numbered subkeys, booleans as dword)`, () => {
      const id = example.extensionIds[name];
      const keyPath = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${base}\\3rdparty\\extensions\\${id}\\policy`;
      const { sections } = parseReg(read(`deploy/windows/${name}-policy.reg`));
      expect(sections[0]).toEqual({ path: keyPath, deleted: true, values: {} });
      expect(chromiumFromReg(sections, keyPath)).toEqual(policy);
    });

    it(`${name}: force-install via ExtensionSettings\\<id>`, () => {
      const id = example.extensionIds[name];
      const { sections } = parseReg(read(`deploy/windows/${name}-force-install.reg`));
      expect(sections).toHaveLength(1);
      expect(sections[0].path).toBe(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${base}\\ExtensionSettings\\${id}`);
      expect(sections[0].values.installation_mode).toEqual({ type: 'REG_SZ', data: 'force_installed' });
      expect(sections[0].values.update_url.data).toMatch(/^https:\/\//);
    });
  }

  it('firefox: 3rdparty\\Extensions\\<gecko id> is REG_MULTI_SZ JSON equal to the example', () => {
    const { sections } = parseReg(read('deploy/windows/firefox-policy.reg'));
    expect(sections[0].path).toBe('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Mozilla\\Firefox\\3rdparty\\Extensions');
    const value = sections[0].values[example.extensionIds.firefox];
    expect(value.type).toBe('REG_MULTI_SZ');
    expectSchemaTyped(JSON.parse(value.data.join('\n')), 'firefox.reg');
    const install = parseReg(read('deploy/windows/firefox-force-install.reg')).sections[0].values.ExtensionSettings;
    expect(JSON.parse(install.data.join('\n'))[example.extensionIds.firefox].installation_mode).toBe('force_installed');
  });

  it('strings are escaped, and multi-line text becomes hex(1) REG_SZ', () => {
    const tricky = { ...policy, organizationName: 'C:\\Contoso "IT"', supportMessage: 'Line one\nLine two' };
    const out = generate({ schema, example: { ...example, policy: tricky } });
    const keyPath = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${example.extensionIds.chrome}\\policy`;
    const { sections } = parseReg(out['deploy/windows/chrome-policy.reg']);
    const own = sections.find((s) => !s.deleted && s.path === keyPath).values;
    expect(own.organizationName).toEqual({ type: 'REG_SZ', data: 'C:\\Contoso "IT"' });
    expect(own.supportMessage).toEqual({ type: 'REG_SZ', data: 'Line one\nLine two' });
  });
});
