// The Windows .reg files, imported into a real Windows registry (Wine's, in a throwaway WINEPREFIX under /tmp)
// with Windows' own `reg import`, read back with `reg query`, and converted the way Chromium's registry loader
// converts them (schema-driven) or Firefox reads its JSON value: every value must equal deploy/example-config.json.
// Needs Debian's `wine` (scripts/setup.sh installs it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, generate, loadInputs } from './generate.mjs';
import { createWineRegistry, parseRegQuery, wineAvailable } from './wine-registry.mjs';
import { withEveryKey } from './admx.mjs';

const inputs = loadInputs();
const { schema, example } = inputs;
const props = schema.properties;
const ids = example.extensionIds;
const BASES = {
  chrome: 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome',
  edge: 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge',
};
const FIREFOX = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Mozilla\\Firefox';

// Tricky values no example has: non-ASCII, quotes, backslashes, a multi-line message, an empty string.
const TRICKY = {
  ...example.policy,
  organizationName: 'Zürich “IT” \\ Ærø 東京 – ok',
  supportMessage: 'Line one: "quoted"\nLine two \\ back',
  helpdeskPhone: '',
  hiddenTopics: ['sms-code', 'app-passwords', 'lost-phone'],
};

/** Chromium's schema-driven conversion of one extension's policy key (policy_loader_win / registry_dict). */
function chromiumPolicy(listing, keyPath) {
  const find = (path) => Object.entries(listing).find(([k]) => k.toLowerCase() === path.toLowerCase())?.[1];
  const own = find(keyPath);
  if (!own) return null;
  const out = {};
  for (const [name, { type, data }] of Object.entries(own)) {
    const prop = props[name];
    if (!prop) throw new Error(`${name}: not in the schema`);
    if (prop.type === 'boolean' && type === 'REG_DWORD') out[name] = data !== 0;
    else if (prop.type === 'integer' && type === 'REG_DWORD') out[name] = data;
    else if (prop.type === 'string' && type === 'REG_SZ') out[name] = data;
    else throw new Error(`${name}: registry type ${type} does not convert to schema type ${prop.type}`);
  }
  for (const [path, values] of Object.entries(listing)) {
    if (!path.toLowerCase().startsWith(`${keyPath.toLowerCase()}\\`)) continue;
    const name = path.slice(keyPath.length + 1);
    if (props[name]?.type !== 'array') throw new Error(`${name}: subkey for a non-list`);
    const entries = Object.entries(values).sort(([a], [b]) => Number(a) - Number(b));
    if (entries.some(([n, v], i) => n !== String(i + 1) || v.type !== 'REG_SZ'))
      throw new Error(`${name}: not "1".."n" REG_SZ`);
    out[name] = entries.map(([, v]) => v.data);
  }
  return out;
}

const version = wineAvailable();

describe('parseRegQuery (reg.exe listing format)', () => {
  it('reads keys, typed values, multi-line strings and empty values', () => {
    const text =
      'HKEY_LOCAL_MACHINE\\A\n    s    REG_SZ    one two\n    m    REG_SZ    l1\nl2\n    e    REG_SZ    \n    d    REG_DWORD    0x1f\n    z    REG_MULTI_SZ    a\\0b\n\nHKEY_LOCAL_MACHINE\\A\\L\n    1    REG_SZ    x\n';
    expect(parseRegQuery(text)).toEqual({
      'HKEY_LOCAL_MACHINE\\A': {
        s: { type: 'REG_SZ', data: 'one two' },
        m: { type: 'REG_SZ', data: 'l1\nl2' },
        e: { type: 'REG_SZ', data: '' },
        d: { type: 'REG_DWORD', data: 31 },
        z: { type: 'REG_MULTI_SZ', data: ['a', 'b'] },
      },
      'HKEY_LOCAL_MACHINE\\A\\L': { 1: { type: 'REG_SZ', data: 'x' } },
    });
  });
});

describe(`.reg files in a real Windows registry (reg.exe under ${version ?? 'Wine: NOT INSTALLED, run scripts/setup.sh'})`, {
  timeout: 60_000,
}, () => {
  let reg;
  let dir;
  const tricky = generate({ ...inputs, example: { ...example, policy: TRICKY } });
  beforeAll(() => {
    if (!version) throw new Error('wine is not installed: run scripts/setup.sh (Debian package "wine")');
    reg = createWineRegistry();
    dir = mkdtempSync(join(tmpdir(), 'second-step-reg-'));
    for (const [rel, content] of Object.entries(tricky)) {
      if (!rel.endsWith('.reg')) continue;
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), content);
    }
  }, 300_000);
  afterAll(() => {
    reg?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const importOk = (path) => {
    const r = reg.importFile(path);
    expect(r.status, `${path}: ${r.stderr}${r.stdout}`).toBe(0);
  };

  for (const name of ['chrome', 'edge']) {
    it(`${name}-policy.reg: reg import, then reg query and reg export, Chromium's conversion = the example policy`, () => {
      const keyPath = `${BASES[name]}\\3rdparty\\extensions\\${ids[name]}\\policy`;
      importOk(join(ROOT, `deploy/windows/${name}-policy.reg`));
      expect(chromiumPolicy(reg.query(keyPath), keyPath)).toEqual(example.policy);
      expect(chromiumPolicy(reg.exportKey(keyPath), keyPath)).toEqual(example.policy);
    });

    it(`${name}-policy.reg with non-ASCII, quotes, backslashes, line breaks: same values; re-import replaces, no leftovers`, () => {
      const keyPath = `${BASES[name]}\\3rdparty\\extensions\\${ids[name]}\\policy`;
      importOk(join(dir, `deploy/windows/${name}-policy.reg`));
      expect(chromiumPolicy(reg.exportKey(keyPath), keyPath)).toEqual(TRICKY);
      importOk(join(ROOT, `deploy/windows/${name}-policy.reg`)); // the [-…] block removes what the new file leaves out
      const after = chromiumPolicy(reg.query(keyPath), keyPath);
      expect(after).toEqual(example.policy);
    });

    it(`${name}-force-install.reg: ExtensionSettings\\<id> as Chromium reads it`, () => {
      importOk(join(ROOT, `deploy/windows/${name}-force-install.reg`));
      const key = `${BASES[name]}\\ExtensionSettings\\${ids[name]}`;
      const values = Object.values(reg.query(key))[0];
      expect(values.installation_mode).toEqual({ type: 'REG_SZ', data: 'force_installed' });
      expect(values.update_url).toEqual({ type: 'REG_SZ', data: example.install[`${name}UpdateUrl`] });
      expect(Object.keys(values)).toHaveLength(3);
    });
  }

  it('firefox-policy.reg: 3rdparty\\Extensions\\<gecko id> is REG_MULTI_SZ JSON = the example (also with tricky values)', () => {
    for (const [file, expected] of [
      [join(ROOT, 'deploy/windows/firefox-policy.reg'), example.policy],
      [join(dir, 'deploy/windows/firefox-policy.reg'), TRICKY],
    ]) {
      importOk(file);
      const listing = reg.exportKey(`${FIREFOX}\\3rdparty\\Extensions`);
      const value = Object.values(listing)[0][ids.firefox];
      expect(value.type).toBe('REG_MULTI_SZ');
      expect(JSON.parse(value.data.join('\n'))).toEqual(expected);
    }
  });

  it('firefox-force-install.reg: ExtensionSettings JSON (REG_MULTI_SZ) installs from AMO', () => {
    importOk(join(ROOT, 'deploy/windows/firefox-force-install.reg'));
    const value = Object.values(reg.query(FIREFOX))[0].ExtensionSettings;
    expect(value.type).toBe('REG_MULTI_SZ');
    expect(JSON.parse(value.data.filter(Boolean).join('\n'))[ids.firefox]).toEqual({
      installation_mode: 'force_installed',
      install_url: example.install.firefoxInstallUrl,
      default_area: 'navbar',
    });
  });

  it('the ADMX writes exactly what the registry holds after reg import (every schema key set): key, value name, type', () => {
    const full = generate({ ...inputs, example: { ...example, policy: withEveryKey(schema, example.policy) } });
    const regs = [];
    for (const name of ['chrome', 'edge']) {
      const file = join(dir, `full-${name}-policy.reg`);
      writeFileSync(file, full[`deploy/windows/${name}-policy.reg`]);
      importOk(file);
      const dumped = reg.exportFile(`${BASES[name]}\\3rdparty\\extensions\\${ids[name]}\\policy`);
      regs.push('--reg', `SecondStep_${name === 'chrome' ? 'Chrome' : 'Edge'}=${dumped}`);
    }
    const w = (rel, content) => {
      const p = join(dir, rel.replace(/\//g, '_'));
      writeFileSync(p, content);
      return p;
    };
    const args = [
      '--admx',
      w('admx', full['deploy/windows/second-step.admx']),
      '--adml',
      w('en', full['deploy/windows/en-US/second-step.adml']),
      ...regs,
    ];
    const r = spawnSync('python3', [join(ROOT, 'deploy/check_admx.py'), ...args], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout).errors).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('reg.exe really checks: a file without the regedit header is refused', () => {
    const bad = join(dir, 'bad.reg');
    writeFileSync(
      bad,
      Buffer.from('\ufeff[HKEY_LOCAL_MACHINE\\Software\\Policies\\SecondStepBad]\r\n"a"="b"\r\n', 'utf16le'),
    );
    expect(reg.importFile(bad).status).not.toBe(0);
    expect(reg.query('HKEY_LOCAL_MACHINE\\Software\\Policies\\SecondStepBad')).toBeNull();
  });
});
