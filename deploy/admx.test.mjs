// ADMX/ADML templates: generated (a drift fails deploy.test.mjs's "committed files equal a fresh generation"),
// read with a real XML parser (Python's xml.etree via deploy/check_admx.py, and xmllint when installed) the way
// the Group Policy editor resolves them, and checked policy by policy against the .reg files.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, generate, loadInputs, parseArgs } from './generate.mjs';
import { admx, withEveryKey } from './admx.mjs';

const inputs = loadInputs();
const { schema, example } = inputs;
const CHECKER = join(ROOT, 'deploy/check_admx.py');

/** Writes `files` ({'deploy/…': Buffer}) under a fresh temp dir and runs the checker on them. */
function check(files, { partial = false, admxFile = 'deploy/windows/second-step.admx', regs = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'second-step-admx-'));
  try {
    for (const [rel, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), content);
    }
    const w = (rel) => join(dir, rel);
    const args = [
      CHECKER,
      '--admx',
      w(admxFile),
      '--adml',
      w('deploy/windows/en-US/second-step.adml'),
      '--adml',
      w('deploy/windows/nl-NL/second-step.adml'),
    ];
    if (regs) {
      args.push('--reg', `SecondStep_Chrome=${w('deploy/windows/chrome-policy.reg')}`);
      if (admxFile.endsWith('second-step.admx'))
        args.push('--reg', `SecondStep_Edge=${w('deploy/windows/edge-policy.reg')}`);
    }
    if (partial) args.push('--partial');
    const r = spawnSync('python3', args, { encoding: 'utf8' });
    if (r.error) throw r.error;
    return JSON.parse(r.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const committed = () => {
  const rels = [
    'deploy/windows/second-step.admx',
    'deploy/windows/intune/second-step-chrome.admx',
    'deploy/windows/en-US/second-step.adml',
    'deploy/windows/nl-NL/second-step.adml',
    'deploy/windows/chrome-policy.reg',
    'deploy/windows/edge-policy.reg',
  ];
  return Object.fromEntries(rels.map((rel) => [rel, readFileSync(join(ROOT, rel))]));
};

/** The example with EVERY schema key set, so every policy has a .reg counterpart to compare with. */
const fullExample = () => ({ ...example, policy: withEveryKey(schema, example.policy) });

describe('ADMX/ADML as Windows reads them', () => {
  it('the committed pair is well-formed, every id resolves, and every policy writes what the .reg files write', () => {
    const r = check(committed(), { partial: true });
    expect(r.errors).toEqual([]);
    const keys = Object.keys(schema.properties);
    expect(r.policies.map((p) => p.name).sort()).toEqual(
      [...keys.map((k) => `Chrome_${k}`), ...keys.map((k) => `Edge_${k}`)].sort(),
    );
    expect(new Set(r.policies.map((p) => p.class))).toEqual(new Set(['Machine']));
  });

  it('with every schema key set, each policy has exactly the .reg value: same key, value name and type', () => {
    const files = generate({ ...inputs, example: fullExample() });
    const r = check(files);
    expect(r.errors).toEqual([]);
    const chrome = r.policies.find((p) => p.name === 'Chrome_hiddenTopics').writes[0];
    expect(chrome).toMatchObject({
      kind: 'list',
      key: `Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${example.extensionIds.chrome}\\policy\\hiddenTopics`,
    });
    const edge = r.policies.find((p) => p.name === 'Edge_showInPagePanel').writes[0];
    expect(edge).toMatchObject({
      kind: 'boolean',
      type: 'REG_DWORD',
      values: [1, 0],
      key: `Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${example.extensionIds.edge}\\policy`,
    });
  });

  it('the Intune file is Chrome only (ingestion refuses Software\\Policies\\Microsoft) and resolves against the same ADML', () => {
    const r = check(committed(), { partial: true, admxFile: 'deploy/windows/intune/second-step-chrome.admx' });
    expect(r.errors).toEqual([]);
    expect(r.policies.every((p) => p.name.startsWith('Chrome_'))).toBe(true);
    expect(r.policies).toHaveLength(Object.keys(schema.properties).length);
    expect(readFileSync(join(ROOT, 'deploy/windows/intune/second-step-chrome.admx'), 'utf8')).not.toMatch(
      /Policies\\Microsoft/i,
    );
  });

  it('xmllint (libxml2, installed by scripts/setup.sh) parses them too', () => {
    const files = [
      'deploy/windows/second-step.admx',
      'deploy/windows/intune/second-step-chrome.admx',
      'deploy/windows/en-US/second-step.adml',
      'deploy/windows/nl-NL/second-step.adml',
    ];
    execFileSync('xmllint', ['--noout', ...files.map((f) => join(ROOT, f))], { stdio: 'pipe' });
  });

  it('a new schema key becomes a policy in both categories with no other change', () => {
    const s2 = structuredClone(schema);
    s2.properties.snoozeMinutes = {
      type: 'integer',
      title: 'Snooze',
      description: 'Minutes.',
      minimum: 1,
      maximum: 120,
    };
    const files = generate({
      ...inputs,
      schema: s2,
      example: { ...example, policy: { ...example.policy, snoozeMinutes: 30 } },
    });
    const r = check(files, { partial: true });
    expect(r.errors).toEqual([]);
    const w = r.policies.find((p) => p.name === 'Edge_snoozeMinutes').writes[0];
    expect(w).toMatchObject({ kind: 'decimal', valueName: 'snoozeMinutes', type: 'REG_DWORD' });
  });

  it('the extension id is a parameter: store ids go into every key', () => {
    const ids = { chrome: 'a'.repeat(32), edge: 'b'.repeat(32) };
    const text = admx(schema, ids);
    expect(text).toContain(`Google\\Chrome\\3rdparty\\extensions\\${ids.chrome}\\policy`);
    expect(text).toContain(`Microsoft\\Edge\\3rdparty\\extensions\\${ids.edge}\\policy`);
    expect(text).not.toContain(example.extensionIds.chrome);
    expect(parseArgs(['--chrome-id=' + ids.chrome, '--out=/tmp/x']).ids).toEqual({ chrome: ids.chrome });
    expect(() => parseArgs(['--chrome-id=' + ids.chrome])).toThrow(/--out/);
    expect(() => parseArgs(['--edge-id=not-an-id', '--out=/tmp/x'])).toThrow(/not a valid/);
  });
});

describe('the checker catches what Windows would trip over', () => {
  const base = committed();
  const edit = (rel, fn) => ({ ...base, [rel]: Buffer.from(fn(base[rel].toString('utf8')), 'utf8') });
  const errorsOf = (files) => check(files, { partial: true }).errors.join('\n');

  it('broken XML', () => {
    expect(errorsOf(edit('deploy/windows/second-step.admx', (t) => t.replace('</policies>', '')))).toMatch(
      /not well-formed/,
    );
  });
  it('a string or presentation id missing from one ADML', () => {
    const noString = edit('deploy/windows/nl-NL/second-step.adml', (t) =>
      t.replace(/<string id="helpdeskUrl">[^<]*<\/string>/, ''),
    );
    expect(errorsOf(noString)).toMatch(/nl-NL.*string id helpdeskUrl .*missing/);
    const noPres = edit('deploy/windows/en-US/second-step.adml', (t) =>
      t.replace(/<presentation id="hiddenTopics">.*?<\/presentation>/, ''),
    );
    expect(errorsOf(noPres)).toMatch(/en-US.*presentation id hiddenTopics missing/);
  });
  it('a control pointing at no element', () => {
    const bad = edit('deploy/windows/en-US/second-step.adml', (t) =>
      t.replace('<textBox refId="helpdeskPhone">', '<textBox refId="helpdeskFax">'),
    );
    expect(errorsOf(bad)).toMatch(/refId helpdeskFax is no element/);
  });
  it('a policy writing another value name, type or key than the .reg', () => {
    const name = edit('deploy/windows/second-step.admx', (t) =>
      t.replace('valueName="organizationName"', 'valueName="organisationName"'),
    );
    expect(errorsOf(name)).toMatch(/value organizationname under .* has no ADMX policy/);
    const type = edit('deploy/windows/second-step.admx', (t) =>
      t.replace(
        '<text id="helpdeskEmail" valueName="helpdeskEmail"',
        '<text id="helpdeskEmail" expandable="true" valueName="helpdeskEmail"',
      ),
    );
    expect(errorsOf(type)).toMatch(/helpdeskEmail is REG_SZ .* the ADMX writes REG_EXPAND_SZ/);
    const list = edit('deploy/windows/second-step.admx', (t) => t.replace('valuePrefix=""', 'valuePrefix="topic"'));
    expect(errorsOf(list)).toMatch(/needs valuePrefix=""/);
    const key = edit('deploy/windows/second-step.admx', (t) =>
      t.replace('Google\\Chrome\\3rdparty\\extensions', 'Google\\Chrome\\3rdparty\\extension'),
    );
    expect(errorsOf(key)).toMatch(/has no ADMX policy/);
  });
});
