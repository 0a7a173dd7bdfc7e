// macOS profiles and JSON policy files read by parsers that are not ours: Python's plistlib (the plist reader
// of the standard library) and Python's json. Every value must round-trip, typed, to deploy/example-config.json,
// under the preference domains Chrome and Edge read (com.google.Chrome.extensions.<id>,
// com.microsoft.Edge.extensions.<id>) and Firefox's (org.mozilla.firefox → 3rdparty → Extensions → <gecko id>).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, generate, loadInputs } from './generate.mjs';

const inputs = loadInputs();
const { example } = inputs;
const ids = example.extensionIds;

function parse(paths) {
  const r = spawnSync('python3', [join(ROOT, 'deploy/check_plist.py'), ...paths], { encoding: 'utf8', cwd: ROOT });
  if (r.error) throw r.error;
  const out = JSON.parse(r.stdout);
  if (r.status !== 0) throw new Error(out.error ?? r.stderr);
  return out;
}
const withoutPayloadKeys = (p) => Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('Payload')));

const TRICKY = {
  ...example.policy,
  organizationName: 'Zürich <IT> & “Ærø” 東京',
  supportMessage: 'Line one\nLine two ]]> \\ end',
};

describe('macOS .mobileconfig read by plistlib', () => {
  for (const [name, domain] of [
    ['chrome', 'com.google.Chrome'],
    ['edge', 'com.microsoft.Edge'],
  ]) {
    it(`${name}: one ${domain}.extensions.<id> payload whose keys are exactly the example policy, typed`, () => {
      const rel = `deploy/macos/${name}-policy.mobileconfig`;
      const profile = parse([rel])[rel];
      expect(profile.PayloadType).toBe('Configuration');
      expect(profile.PayloadScope).toBe('System');
      expect(profile.PayloadContent).toHaveLength(1);
      const [payload] = profile.PayloadContent;
      expect(payload.PayloadType).toBe(`${domain}.extensions.${ids[name]}`);
      expect(withoutPayloadKeys(payload)).toStrictEqual(example.policy); // true is true, not 1 or "true"
    });

    it(`${name}: force-install payload for ${domain} with ExtensionSettings`, () => {
      const rel = `deploy/macos/${name}-force-install.mobileconfig`;
      const [payload] = parse([rel])[rel].PayloadContent;
      expect(payload.PayloadType).toBe(domain);
      expect(payload.ExtensionSettings[ids[name]]).toMatchObject({
        installation_mode: 'force_installed',
        update_url: example.install[`${name}UpdateUrl`],
      });
    });
  }

  it('firefox: org.mozilla.firefox with EnterprisePoliciesEnabled, 3rdparty.Extensions.<gecko id> = the example', () => {
    const rel = 'deploy/macos/firefox.mobileconfig';
    const [payload] = parse([rel])[rel].PayloadContent;
    expect(payload.PayloadType).toBe('org.mozilla.firefox');
    expect(payload.EnterprisePoliciesEnabled).toBe(true);
    expect(payload['3rdparty'].Extensions[ids.firefox]).toStrictEqual(example.policy);
    expect(payload.ExtensionSettings[ids.firefox].installation_mode).toBe('force_installed');
  });

  it('markup characters, non-ASCII and line breaks survive plistlib', () => {
    const files = generate({ ...inputs, example: { ...example, policy: TRICKY } });
    const dir = mkdtempSync(join(tmpdir(), 'second-step-plist-'));
    try {
      const paths = ['chrome', 'edge'].map((n) => {
        const p = join(dir, `${n}.mobileconfig`);
        writeFileSync(p, files[`deploy/macos/${n}-policy.mobileconfig`]);
        return p;
      });
      const out = parse(paths);
      for (const p of paths) expect(withoutPayloadKeys(out[p].PayloadContent[0])).toStrictEqual(TRICKY);
      writeFileSync(paths[0], files['deploy/macos/chrome-policy.mobileconfig'].toString('utf8').replace('</dict>', ''));
      expect(() => parse([paths[0]])).toThrow(/ExpatError|InvalidFileException/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('JSON policy files read by Python json', () => {
  it('Firefox policies.json (Linux /etc/firefox/policies, all platforms): 3rdparty.Extensions.<gecko id> = the example', () => {
    const rel = 'deploy/firefox/policies.json';
    const p = parse([rel])[rel].policies;
    expect(p['3rdparty'].Extensions[ids.firefox]).toStrictEqual(example.policy);
    expect(p.ExtensionSettings[ids.firefox]).toStrictEqual({
      installation_mode: 'force_installed',
      install_url: example.install.firefoxInstallUrl,
      default_area: 'navbar',
    });
  });

  it('Linux Chrome, Chromium and Edge policy files: 3rdparty.extensions.<id> = the example', () => {
    for (const [dir, id] of [
      ['chrome', ids.chrome],
      ['chromium', ids.chrome],
      ['edge', ids.edge],
    ]) {
      const rel = `deploy/linux/${dir}/second-step-policy.json`;
      expect(parse([rel])[rel]).toStrictEqual({ '3rdparty': { extensions: { [id]: example.policy } } });
    }
  });
});
