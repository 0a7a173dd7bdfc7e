/**
 * FORCE-INSTALL by managed policy in real Chromium (issue 5), no --load-extension anywhere.
 *
 * At test time: a throwaway RSA key (openssl), a copy of the built .output/chrome-mv3 whose manifest `key`
 * is that key, a CRX3 packed by Chromium itself (--pack-extension), and a plain-HTTP update server on
 * 127.0.0.1 answering the gupdate XML and the CRX. A policy file
 * /etc/chromium/policies/managed/second-step-forceinstall-<pid>.json force-installs that id from that
 * update URL; Chromium is launched with NO extension flags and must fetch, verify and install it itself.
 *
 * Isolation: the machine's policy directory is shared with everyone's browsers. When this process may
 * create a private mount namespace (root + unshare), Chromium is started inside one in which a temp dir is
 * bind-mounted on /etc/chromium/policies/managed: Chromium reads the file at that exact path, no other
 * process sees it, and nothing can be left behind in /etc. Otherwise the file is written to the real
 * directory and removed in finally/afterAll.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
// @ts-expect-error plain ESM module without types
import { startSimulator } from '../../simulator/index.mjs';
import {
  CHROME_EXTENSION_DIR,
  CHROMIUM_BINARY,
  CHROMIUM_POLICY_DIR,
  MAPPED_HOSTS,
  simUrl,
  type Simulator,
} from './harness';
import {
  makeKeyedBuild,
  packWithChromium,
  startUpdateServer,
  type KeyedBuild,
  type UpdateServer,
} from './force-install-helpers';
import { CHROMIUM_EXTENSION_ID } from '../../utils/extension-ids';

const POLICY_NAME = `second-step-forceinstall-${process.pid}.json`;
const KIT_INSTALL = JSON.parse(readFileSync(resolve('deploy/linux/chromium/second-step-install.json'), 'utf8'));
const KIT_POLICY = JSON.parse(readFileSync(resolve('deploy/linux/chromium/second-step-policy.json'), 'utf8'));
const ORG = 'Fabrikam Force-Install Test';

/** Can we give Chromium its own mount namespace (so the policy file is private to it)? */
function canIsolate(): boolean {
  if (process.env.SECOND_STEP_SHARED_POLICY_DIR === '1') return false;
  try {
    execFileSync('unshare', ['--mount', 'sh', '-c', `mount --bind /tmp ${CHROMIUM_POLICY_DIR}`], {
      stdio: 'ignore',
      timeout: 5000,
    });
    return true;
  } catch {
    return false;
  }
}

let work = '';
let build: KeyedBuild;
let crxSize = 0;
let server: UpdateServer;
let sim: Simulator;
let isolated = false;
let privatePolicyDir = '';
const policyPaths = new Set<string>(); // every policy file this run wrote (real or private dir)

const removePolicies = () => {
  for (const p of policyPaths) rmSync(p, { force: true });
  policyPaths.clear();
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'second-step-forceinstall-'));
  build = makeKeyedBuild(CHROME_EXTENSION_DIR, work);
  crxSize = packWithChromium(CHROMIUM_BINARY, build.dir, build.keyPem, join(work, 'pack-profile')).length;
  server = await startUpdateServer(build.id, build.version, readFileSync(`${build.dir}.crx`));
  sim = await startSimulator({ port: 0 });
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  isolated = canIsolate();
  privatePolicyDir = join(work, 'policies-managed');
  mkdirSync(privatePolicyDir);
});

afterAll(async () => {
  try {
    removePolicies();
    await server?.close();
    await sim?.close();
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
});

interface ForcedSession {
  browser: Browser;
  policyFile: string;
  close(): Promise<void>;
}

/** Writes the policy file, then starts Chromium with no extension flags at all. */
async function launchWithPolicy(
  policy: Record<string, unknown>,
  opts: { keepBackgroundNetworkingOff?: boolean } = {},
): Promise<ForcedSession> {
  const policyFile = join(isolated ? privatePolicyDir : CHROMIUM_POLICY_DIR, POLICY_NAME);
  policyPaths.add(policyFile);
  writeFileSync(policyFile, JSON.stringify(policy, null, 2));
  const userDataDir = mkdtempSync(join(work, 'profile-'));
  let executablePath = CHROMIUM_BINARY;
  if (isolated) {
    // unshare (no --fork) and sh both exec: the pid puppeteer holds ends up being Chromium's.
    executablePath = join(work, 'chromium-private-policy.sh');
    writeFileSync(
      executablePath,
      '#!/bin/sh\nexec unshare --mount --propagation private sh -c ' +
        `'mount --bind "$SS_POLICY_DIR" ${CHROMIUM_POLICY_DIR} && exec "$SS_CHROMIUM" "$@"' sh "$@"\n`,
    );
    chmodSync(executablePath, 0o755);
  }
  const rules = [
    ...MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${sim.port}`),
    // Background networking is on (the updater needs it): every other name fails fast instead, so the
    // browser's own background traffic (Google update/time/accounts servers) goes nowhere.
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      defaultViewport: { width: 1280, height: 800 },
      userDataDir,
      // Puppeteer adds --disable-extensions and --disable-background-networking by default. The first
      // disables extensions; the second turns off Chromium's extension updater, so a policy install
      // never asks its update URL (measured, see the last describe). Drop both; add NO --load-extension.
      // Note: puppeteer filters ignoreDefaultArgs out of `args` too, so these cannot be re-added there.
      ignoreDefaultArgs: [
        '--disable-extensions',
        ...(opts.keepBackgroundNetworkingOff ? [] : ['--disable-background-networking']),
      ],
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-dev-shm-usage',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        `--host-resolver-rules=${rules}`,
        `--ignore-certificate-errors-spki-list=${sim.spki}`,
      ],
      env: { ...process.env, SS_POLICY_DIR: privatePolicyDir, SS_CHROMIUM: CHROMIUM_BINARY },
    });
  } catch (err) {
    rmSync(policyFile, { force: true });
    throw err;
  }
  return {
    browser,
    policyFile,
    close: async () => {
      try {
        await browser.close();
      } finally {
        rmSync(policyFile, { force: true });
        policyPaths.delete(policyFile);
      }
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function extensionWorker(browser: Browser, id: string, timeout = 20_000): Promise<WebWorker> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`),
    { timeout },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('service worker target without a worker');
  return worker;
}

async function tabIdFor(worker: WebWorker, marker: string): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const id = await worker.evaluate(async (m: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url && new URL(t.url).searchParams.get('e2e') === m)?.id ?? -1;
    }, marker);
    if (id >= 0) return id;
    if (Date.now() > deadline) throw new Error(`no tab with marker ${marker}`);
    await sleep(100);
  }
}

async function openSignIn(browser: Browser, scenario: string, marker: string): Promise<Page> {
  const page = await browser.newPage();
  const url = new URL(simUrl('login.microsoftonline.com', { scenario, lang: 'en' }));
  url.searchParams.set('e2e', marker);
  await page.goto(url.href, { waitUntil: 'load' });
  return page;
}

/** The in-page chip's headline (the chip is injected only after a two-step screen was detected). */
async function waitForChip(page: Page): Promise<string> {
  await page.waitForFunction(
    () => document.querySelector('second-step-chip')?.shadowRoot?.querySelector('.ss-chip-headline')?.textContent,
    { timeout: 15_000 },
  );
  return page.evaluate(
    () => document.querySelector('second-step-chip')!.shadowRoot!.querySelector('.ss-chip-headline')!.textContent ?? '',
  );
}

describe("force-install via ExtensionSettings (the kit's Linux install file, re-pointed to a local update URL)", () => {
  let session: ForcedSession;
  let launchedAt = 0;
  let worker: WebWorker;
  let installMs = 0;

  beforeAll(async () => {
    // The generated kit file, with the throwaway id and our update URL in place of the store's.
    const kitEntry = KIT_INSTALL.ExtensionSettings[CHROMIUM_EXTENSION_ID];
    const kitConfig = KIT_POLICY['3rdparty'].extensions[CHROMIUM_EXTENSION_ID];
    launchedAt = Date.now();
    session = await launchWithPolicy({
      ExtensionSettings: { [build.id]: { ...kitEntry, update_url: server.updateUrl } },
      '3rdparty': { extensions: { [build.id]: { ...kitConfig, organizationName: ORG } } },
      // Default (0) hides force-installed extensions from DevTools/CDP; the test needs to look inside.
      DeveloperToolsAvailability: 1,
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("setup: a fresh id (not the dev build's) and a real CRX3 from Chromium's packer", () => {
    expect(build.id).toMatch(/^[a-p]{32}$/);
    expect(build.id).not.toBe(CHROMIUM_EXTENSION_ID);
    expect(crxSize).toBeGreaterThan(10_000);
    expect(KIT_INSTALL.ExtensionSettings[CHROMIUM_EXTENSION_ID].installation_mode).toBe('force_installed');
  });

  it('Chromium asks the policy update URL for our id, downloads the CRX, and installs it (service worker runs)', async () => {
    try {
      worker = await extensionWorker(session.browser, build.id);
    } catch (err) {
      throw new Error(`not installed; update server saw: ${JSON.stringify(server.requests)}; ${err}`);
    }
    installMs = Date.now() - launchedAt;
    console.info(`[force-install] service worker up ${installMs} ms after launch (isolated policy dir: ${isolated})`);
    const check = server.requests.find((r) => r.url.startsWith('/updates.xml'));
    expect(check, 'update check').toBeDefined();
    const q = new URL(check!.url, 'http://x').searchParams;
    const x = new URLSearchParams(q.get('x') ?? '');
    expect(x.get('id')).toBe(build.id);
    expect(x.get('installedby')).toBe('policy');
    expect(x.get('installsource')).toBe('notfromwebstore');
    expect(q.get('acceptformat')).toContain('crx3');
    expect(server.requests.some((r) => r.url === '/second-step.crx')).toBe(true);
    expect(worker.url()).toBe(`chrome-extension://${build.id}/background.js`);
  });

  it('it is an admin (policy) install of our build: manifest.json loads, installType "admin", managed config arrives', async () => {
    const page = await session.browser.newPage();
    const res = await page.goto(`chrome-extension://${build.id}/manifest.json`, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text of the JSON view, as a user sees it
    const manifest = JSON.parse(await page.evaluate(() => document.body.innerText));
    expect(manifest.key).toBe(build.publicKeyB64);
    expect(manifest.version).toBe(build.version);
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
    await page.close();

    const self = await worker.evaluate(() => chrome.management.getSelf());
    expect(self).toMatchObject({ id: build.id, installType: 'admin', enabled: true, mayDisable: false });
    // Config via the 3rdparty policy may land a moment after install.
    const deadline = Date.now() + 15_000;
    let managed: Record<string, unknown> = {};
    while (Date.now() < deadline) {
      managed = (await worker.evaluate(() => chrome.storage.managed.get())) as Record<string, unknown>;
      if (managed.organizationName) break;
      await sleep(200);
    }
    expect(managed.organizationName).toBe(ORG);
    expect(managed.helpdeskEmail).toBe(KIT_POLICY['3rdparty'].extensions[CHROMIUM_EXTENSION_ID].helpdeskEmail);
  });

  it('the force-installed content script detects the push screen on the simulated sign-in page, and the popup shows the organization', async () => {
    const marker = `${process.pid}-fi-1`;
    const page = await openSignIn(session.browser, 'push', marker);
    expect(await page.evaluate(() => location.host)).toBe('login.microsoftonline.com');
    const tabId = await tabIdFor(worker, marker);
    const deadline = Date.now() + 10_000;
    let record: any = null;
    while (Date.now() < deadline) {
      record = await worker.evaluate(
        async (id: number) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null,
        tabId,
      );
      if (record?.detection?.state === 'approve-push') break;
      await sleep(100);
    }
    expect(record?.detection?.state).toBe('approve-push');
    expect(await waitForChip(page)).not.toBe('');

    const popup = await session.browser.newPage();
    await popup.goto(`chrome-extension://${build.id}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
    await popup.waitForSelector('main.ss-popup[data-state="approve-push"] .ss-org', { timeout: 10_000 });
    const org = await popup.$eval('.ss-org', (el) => el.textContent ?? '');
    expect(org).toContain(ORG);
    await popup.close();
    await page.close();
  });
});

describe('force-install via ExtensionInstallForcelist, DevTools policy left at its default', () => {
  let session: ForcedSession;
  beforeAll(async () => {
    server.requests.length = 0;
    session = await launchWithPolicy({ ExtensionInstallForcelist: [`${build.id};${server.updateUrl}`] });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('installs from "<id>;<update url>"; the extension runs but is hidden from DevTools (DeveloperToolsAvailability 0)', async () => {
    const cdp = await session.browser.target().createCDPSession();
    const swUrl = `chrome-extension://${build.id}/background.js`;
    const deadline = Date.now() + 20_000;
    let sw: { targetId: string; type: string; url: string; attached: boolean } | undefined;
    while (!sw && Date.now() < deadline) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      sw = targetInfos.find((t) => t.type === 'service_worker' && t.url === swUrl);
      if (!sw) await sleep(200);
    }
    expect(sw, 'service worker listed by Target.getTargets').toBeDefined();
    expect(server.requests.some((r) => r.url.startsWith('/updates.xml') && r.url.includes(build.id))).toBe(true);
    expect(server.requests.some((r) => r.url === '/second-step.crx')).toBe(true);
    // Puppeteer could not attach: no service_worker target surfaces.
    expect(session.browser.targets().some((t) => t.url() === swUrl)).toBe(false);
    await cdp.detach();
  });

  it('the content script still runs: the in-page chip appears on the simulated SMS screen', async () => {
    const page = await openSignIn(session.browser, 'sms', `${process.pid}-fi-2`);
    expect(await waitForChip(page)).not.toBe('');
    await page.close();
  });
});

describe("with --disable-background-networking (puppeteer's default) the policy install never starts", () => {
  let session: ForcedSession;
  beforeAll(async () => {
    server.requests.length = 0;
    session = await launchWithPolicy(
      { ExtensionInstallForcelist: [`${build.id};${server.updateUrl}`] },
      { keepBackgroundNetworkingOff: true },
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it('no update check reaches the update URL and the extension is not there (waits 4 s; installs above take < 1 s)', async () => {
    expect(session.browser.process()?.spawnargs).toContain('--disable-background-networking');
    await sleep(4000);
    expect(server.requests).toEqual([]);
    const cdp = await session.browser.target().createCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    expect(targetInfos.some((t) => t.url.startsWith(`chrome-extension://${build.id}/`))).toBe(false);
    await cdp.detach();
  });
});
