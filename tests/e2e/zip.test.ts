/**
 * Store packages, as `npm run zip` makes them (`wxt zip && wxt zip -b firefox`): the real command, in this
 * checkout, with the project's own wxt.config.ts. Store builds go to .output/store/ (build folders and zips),
 * so the dev build in .output/chrome-mv3 that tests and people load unpacked keeps its `key` and fixed id.
 *
 * - Dev build: byte-for-byte the same after `npm run zip`, with the `key` that gives the fixed id.
 * - Chrome/Edge zip and Firefox zip: the manifests the stores get (no `key`: stores assign their own id).
 * - Sources zip (AMO): the build inputs are there; nothing git-ignored (build output, node_modules,
 *   certificates, private keys, screenshots, results) is; and the sources rebuild to the exact
 *   Firefox package (the reviewer's `npm ci && npx wxt zip -b firefox`, with node_modules linked
 *   instead of installed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { CHROMIUM_EXTENSION_ID, EXTENSION_PUBLIC_KEY, GECKO_ID } from '../../utils/extension-ids.ts';
import { isSignInHost } from '../../utils/hosts.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DEV_BUILD = join(ROOT, '.output', 'chrome-mv3');
const STORE_DIR = join(ROOT, '.output', 'store');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

// ---- a minimal zip reader (central directory + stored/deflated entries), enough for our own zips ----

function readZip(file: string): Map<string, Buffer> {
  const buf = readFileSync(file);
  // End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file}: not a zip (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${n}`);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`${file}: bad local header for ${name}`);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataStart, dataStart + compressedSize);
    if (name.endsWith('/')) continue; // directory entry
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw);
    else throw new Error(`${file}: ${name} uses compression method ${method}`);
    if (data.length !== size) throw new Error(`${file}: ${name} is ${data.length} bytes, header says ${size}`);
    entries.set(name, data);
  }
  return entries;
}

function filesUnder(base: string, dir = base): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(base, p));
    else out.push(relative(base, p).split('\\').join('/'));
  }
  return out.sort();
}

/**
 * The environment of a person running `npm run zip`: without what vitest adds. vitest sets
 * NODE_ENV=test, and a Vite build under NODE_ENV other than production keeps Preact's dev JSX
 * transform, which writes absolute source paths into the bundle.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: '1' };
  for (const k of Object.keys(env)) if (k === 'NODE_ENV' || k === 'TEST' || k.startsWith('VITEST')) delete env[k];
  return env;
}

function run(cmd: string, args: string[], cwd: string) {
  const res = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 120_000, env: cleanEnv() });
  if (res.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${res.status}:\n${res.stdout}\n${res.stderr}`);
  }
  return res.stdout;
}

const manifestOf = (zip: Map<string, Buffer>) => JSON.parse(zip.get('manifest.json')!.toString('utf8'));

/** A host each manifest match pattern reaches, e.g. `https://*.ciamlogin.com/*` → `tenant.ciamlogin.com`. */
function hostsOfPatterns(patterns: string[]): string[] {
  return patterns.map((p) => {
    const host = /^https:\/\/([^/]+)\/\*$/.exec(p)?.[1];
    // Anything but `https://<host>/*` comes back as a non-host, which isSignInHost() rejects.
    return host ? host.replace(/^\*\./, 'tenant.') : `not an https host pattern: ${p}`;
  });
}

describe('store packages (npm run zip)', () => {
  let work: string;
  let outDir: string;
  let chrome: Map<string, Buffer>;
  let firefox: Map<string, Buffer>;
  let sources: Map<string, Buffer>;
  let sourcesZip: string;

  let devBefore: Map<string, string>;
  let devAfter: Map<string, string>;
  const hashes = (dir: string) =>
    new Map(
      filesUnder(dir).map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
    );

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'second-step-zip-'));
    outDir = STORE_DIR;
    // The dev build someone loaded unpacked (built first when this checkout has none yet).
    if (!existsSync(join(DEV_BUILD, 'manifest.json'))) run('npx', ['wxt', 'build'], ROOT);
    devBefore = hashes(DEV_BUILD);
    rmSync(STORE_DIR, { recursive: true, force: true });
    run('npm', ['run', 'zip'], ROOT);
    devAfter = hashes(DEV_BUILD);
    const name = `${pkg.name}-${pkg.version}`;
    const zips = readdirSync(outDir)
      .filter((f) => f.endsWith('.zip'))
      .sort();
    expect(zips).toEqual([`${name}-chrome.zip`, `${name}-firefox.zip`, `${name}-sources.zip`]);
    chrome = readZip(join(outDir, `${name}-chrome.zip`));
    firefox = readZip(join(outDir, `${name}-firefox.zip`));
    sourcesZip = join(outDir, `${name}-sources.zip`);
    sources = readZip(sourcesZip);
  }, 240_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('`npm run zip` leaves the dev build alone: same files, same bytes, its `key` (fixed id) kept', () => {
    expect(devAfter).toEqual(devBefore);
    const m = JSON.parse(readFileSync(join(DEV_BUILD, 'manifest.json'), 'utf8'));
    expect(m.key).toBe(EXTENSION_PUBLIC_KEY);
    // Chromium's id is the SHA-256 of the public key (DER), first 32 hex digits mapped 0-f → a-p.
    const id = [...createHash('sha256').update(Buffer.from(m.key, 'base64')).digest('hex').slice(0, 32)]
      .map((c) => String.fromCharCode(97 + Number.parseInt(c, 16)))
      .join('');
    expect(id).toBe(CHROMIUM_EXTENSION_ID);
    // The store build is next to it, key-less, in its own folder.
    expect(JSON.parse(readFileSync(join(STORE_DIR, 'chrome-mv3', 'manifest.json'), 'utf8')).key).toBeUndefined();
  });

  it('Chrome/Edge zip: MV3 service worker, managed schema, only the sign-in hosts, and no `key`', () => {
    const m = manifestOf(chrome);
    expect(m.manifest_version).toBe(3);
    expect(m.version).toBe(pkg.version);
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.has('background.js')).toBe(true);
    expect(m.storage?.managed_schema).toBe('managed_schema.json');
    expect(() => JSON.parse(chrome.get('managed_schema.json')!.toString('utf8'))).not.toThrow();
    expect([...m.permissions].sort()).toEqual(['scripting', 'storage']);
    const hosts = [
      ...hostsOfPatterns(m.host_permissions),
      ...(m.content_scripts ?? []).flatMap((c: any) => hostsOfPatterns(c.matches)),
    ];
    expect(hosts.filter((h) => !isSignInHost(h))).toEqual([]);
    expect(m.browser_specific_settings).toBeUndefined();
    // The Chrome Web Store refuses a manifest with `key` ("key field is not allowed in manifest"), and a
    // store-published item gets the store's id anyway: `key` is for unpacked/dev builds only.
    expect(m.key, 'store zip must not carry the development `key`').toBeUndefined();
    // Every file the manifest names is in the zip.
    const named = [
      m.background.service_worker,
      m.action.default_popup,
      m.options_ui?.page ?? m.options_page,
      ...Object.values(m.icons),
      ...(m.content_scripts ?? []).flatMap((c: any) => [...(c.js ?? []), ...(c.css ?? [])]),
    ].filter(Boolean) as string[];
    expect(named.filter((f) => !chrome.has(f))).toEqual([]);
    expect(chrome.has('content-scripts/panel.js')).toBe(true);
    expect(chrome.has('_locales/en/messages.json') && chrome.has('_locales/nl/messages.json')).toBe(true);
  });

  it('name and description fit every store in every locale (Edge name ≤ 45, AMO 50, Chrome 75; description ≤ 132)', () => {
    const locales = [...chrome.keys()].filter((f) => /^_locales\/[^/]+\/messages\.json$/.test(f));
    expect(locales.length).toBeGreaterThanOrEqual(2);
    const tooLong: string[] = [];
    for (const f of locales) {
      const messages = JSON.parse(chrome.get(f)!.toString('utf8'));
      const name: string = messages.extName?.message ?? '';
      const description: string = messages.extDescription?.message ?? '';
      if (!name || [...name].length > 45) tooLong.push(`${f}: name (${[...name].length})`);
      if (!description || [...description].length > 132) tooLong.push(`${f}: description (${[...description].length})`);
    }
    expect(tooLong).toEqual([]);
    expect(manifestOf(chrome).name).toBe('__MSG_extName__');
    expect(manifestOf(chrome).description).toBe('__MSG_extDescription__');
  });

  it('Firefox zip: MV3 event page, gecko id, no data collection, no `key`', () => {
    const m = manifestOf(firefox);
    expect(m.manifest_version).toBe(3);
    expect(m.version).toBe(pkg.version);
    expect(m.background).toEqual({ scripts: ['background.js'] });
    const gecko = m.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    expect(Number.parseFloat(gecko?.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.key).toBeUndefined();
    expect([...m.permissions].sort()).toEqual(['scripting', 'storage']);
    const hosts = [
      ...hostsOfPatterns(m.host_permissions),
      ...(m.content_scripts ?? []).flatMap((c: any) => hostsOfPatterns(c.matches)),
    ];
    expect(hosts.filter((h) => !isSignInHost(h))).toEqual([]);
    // Same packaged surfaces as the Chromium build.
    const surfaces = (z: Map<string, Buffer>) =>
      [...z.keys()]
        .filter((f) => /^(content-scripts\/|popup\.html$|options\.html$|locales\/|_locales\/)/.test(f))
        .sort();
    expect(surfaces(firefox)).toEqual(surfaces(chrome));
  });

  it("no shipped file names the build machine's paths", () => {
    const leaks = (z: Map<string, Buffer>) => [...z].filter(([, data]) => data.includes(ROOT)).map(([name]) => name);
    expect(leaks(chrome)).toEqual([]);
    expect(leaks(firefox)).toEqual([]);
  });

  it('sources zip: the build inputs, and nothing git-ignored (no output, node_modules, keys, certs, screenshots)', () => {
    const names = [...sources.keys()];
    for (const required of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'utils/extension-ids.ts',
      'utils/hosts.ts',
      'public/managed_schema.json',
      'public/_locales/en/messages.json',
    ]) {
      expect(names, required).toContain(required);
    }
    for (const dir of ['entrypoints/', 'components/', 'utils/', 'locales/']) {
      expect(
        names.some((n) => n.startsWith(dir)),
        dir,
      ).toBe(true);
    }
    const forbidden = names.filter(
      (n) =>
        /(^|\/)(node_modules|\.output|\.wxt|\.git|screenshots-out|coverage)\//.test(n) ||
        /(^|\/)\.results\//.test(n) ||
        /\.(pem|key|crx|xpi|zip|p12|pfx|log)$/i.test(n) ||
        n.startsWith('tmp/'),
    );
    expect(forbidden).toEqual([]);
    // .gitignore is the project's list of what is not source: nothing it ignores may ship.
    const res = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], {
      cwd: ROOT,
      input: names.join('\n'),
      encoding: 'utf8',
    });
    expect(res.status === 0 || res.status === 1, `git check-ignore failed: ${res.stderr}`).toBe(true);
    expect(res.stdout.split('\n').filter(Boolean)).toEqual([]);
  });

  it('sources zip rebuilds to exactly the Firefox package (AMO reviewer build)', () => {
    const src = join(work, 'src');
    mkdirSync(src);
    for (const [name, data] of sources) {
      const p = join(src, name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, data);
    }
    // Stand-in for `npm ci`: the same locked packages, linked.
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
    run('npx', ['wxt', 'build', '-b', 'firefox'], src);
    const rebuilt = join(src, '.output', 'firefox-mv3');
    const files = filesUnder(rebuilt);
    expect(files).toEqual([...firefox.keys()].sort());
    const differing = files.filter((f) => !readFileSync(join(rebuilt, f)).equals(firefox.get(f)!));
    expect(differing).toEqual([]);
  }, 120_000);
});
