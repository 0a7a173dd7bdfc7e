/**
 * Real-browser harness: Debian's Chromium (and, in firefox-harness.ts, Firefox ESR) with the
 * BUILT extension, the sign-in hostnames mapped to the local simulator.
 */
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error plain ESM module without types
import { startSimulator } from '../../simulator/index.mjs';
import { SIGN_IN_HOSTS } from '../../utils/hosts.ts';
import { CHROMIUM_EXTENSION_ID } from '../../utils/extension-ids.ts';

export const CHROMIUM_BINARY = process.env.CHROMIUM_BINARY ?? '/usr/lib/chromium/chromium';
export const CHROME_EXTENSION_DIR = resolve(process.env.SECOND_STEP_EXT ?? '.output/chrome-mv3');
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/** Headless, as root, and silent: no sandbox (root), no first-run UI, no calls home. */
export const CHROMIUM_QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Hosts the simulator answers for: every sign-in host, a CIAM tenant, and two that are not Microsoft. */
export const MAPPED_HOSTS = [
  ...SIGN_IN_HOSTS,
  'contoso.ciamlogin.com',
  'other.example.org',
  'login.microsoftonline.com.evil.example',
];

export interface Simulator {
  port: number;
  spki: string;
  close(): Promise<void>;
}

export interface ChromiumSession {
  browser: Browser;
  sim: Simulator;
  extensionId: string;
  /** The extension's service worker, for reading what it published. */
  worker(): Promise<WebWorker>;
  /** Opens a new tab on `url` (a unique marker is added so the tab can be found again). */
  open(url: string): Promise<Page>;
  /** The browser's tab id of a page opened with open(). */
  tabIdOf(page: Page): Promise<number>;
  /** The detection the extension published for that tab (from the background's session storage). */
  published(page: Page): Promise<any>;
  /** Waits until the published state of the tab equals `state`. */
  waitForState(page: Page, state: string, timeoutMs?: number): Promise<any>;
  /** Opens popup.html?tab=<id of page> in a new tab. */
  popupFor(page: Page, extraQuery?: string): Promise<Page>;
  close(): Promise<void>;
}

let policyCounter = 0;

export interface LaunchOptions {
  /** Managed policy for the extension, written as a real Chromium policy file before launch. */
  policy?: Record<string, unknown>;
  /** Browser UI language (--lang). */
  lang?: string;
  extensionDir?: string;
  /** false opens a visible window (the demo); tests always run headless. */
  headless?: boolean;
  /** Fixed simulator port (the demo); tests use a free port. */
  port?: number;
  /**
   * The user already pressed "Show help" on the chip earlier in this browser session (the
   * background's own session flag, set the same way): two-step screens get the full panel at
   * once. For the tests of the panel itself; tests/e2e/chip.test.ts covers the chip and the click.
   */
  helpOpened?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const sim: Simulator = await startSimulator({ port: options.port ?? 0 });
  const userDataDir = mkdtempSync(join(tmpdir(), 'second-step-chromium-'));
  const extDir = resolve(options.extensionDir ?? CHROME_EXTENSION_DIR);
  if (!existsSync(join(extDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extDir}: run npm run build first`);
  }
  let policyFile: string | undefined;
  if (options.policy) {
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    policyFile = join(CHROMIUM_POLICY_DIR, `second-step-e2e-${process.pid}-${++policyCounter}.json`);
    writeFileSync(
      policyFile,
      JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: options.policy } } }),
    );
  }
  const rules = MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${sim.port}`).join(', ');
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_BINARY,
      headless: options.headless ?? true,
      defaultViewport: options.headless === false ? null : { width: 1280, height: 800 },
      userDataDir,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        ...CHROMIUM_QUIET_ARGS,
        `--host-resolver-rules=${rules}, EXCLUDE localhost`,
        `--ignore-certificate-errors-spki-list=${sim.spki}`,
        `--disable-extensions-except=${extDir}`,
        `--load-extension=${extDir}`,
        ...(options.lang ? [`--lang=${options.lang}`] : []),
      ],
      env: { ...process.env, ...(options.lang ? { LANGUAGE: options.lang } : {}) },
    });
  } catch (err) {
    await sim.close();
    if (policyFile) rmSync(policyFile, { force: true });
    throw err;
  }

  const extensionId = CHROMIUM_EXTENSION_ID;
  const worker = async () => {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
      { timeout: 15_000 },
    );
    const w = await target.worker();
    if (!w) throw new Error('extension service worker not available');
    return w;
  };

  let marker = 0;
  const open = async (url: string) => {
    const page = await browser.newPage();
    const u = new URL(url);
    u.searchParams.set('e2e', `${process.pid}-${++marker}`);
    await page.goto(u.href, { waitUntil: 'load' });
    return page;
  };

  const tabIdOf = async (page: Page) => {
    const url = page.url();
    const w = await worker();
    const deadline = Date.now() + 10_000;
    for (;;) {
      // Tab URLs of the sign-in hosts are visible to the extension (its host permissions);
      // match on the unique e2e marker, which survives in-place view switches.
      const marker = new URL(url).searchParams.get('e2e');
      const id = await w.evaluate(async (m: string | null) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => t.url && m && new URL(t.url).searchParams.get('e2e') === m);
        return tab?.id ?? -1;
      }, marker);
      if (id >= 0) return id;
      if (Date.now() > deadline) throw new Error(`no tab found for ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const published = async (page: Page) => {
    const tabId = await tabIdOf(page);
    const w = await worker();
    return w.evaluate(async (id: number) => {
      const key = `tab:${id}`;
      const all = await chrome.storage.session.get(key);
      return all[key] ?? null;
    }, tabId);
  };

  const waitForState = (page: Page, state: string, timeoutMs = 10_000) =>
    pollPublishedState(() => published(page), state, timeoutMs);

  const popupFor = async (page: Page, extraQuery = '') => {
    const tabId = await tabIdOf(page);
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}${extraQuery}`, {
      waitUntil: 'load',
    });
    return popup;
  };

  const close = async () => {
    try {
      await browser.close();
    } finally {
      await sim.close();
      if (policyFile) rmSync(policyFile, { force: true });
      rmSync(userDataDir, { recursive: true, force: true });
    }
  };

  if (options.helpOpened) {
    try {
      await (await worker()).evaluate(() => chrome.storage.session.set({ panelOpened: true }));
    } catch (err) {
      await close();
      throw err;
    }
  }

  return { browser, sim, extensionId, worker, open, tabIdOf, published, waitForState, popupFor, close };
}

/** Polls what the extension published for a tab until its state is `state` (any browser). */
export async function pollPublishedState(read: () => Promise<any>, state: string, timeoutMs = 10_000, everyMs = 50) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await read();
    if (last?.detection?.state === state) return last;
    if (Date.now() > deadline) {
      throw new Error(`published state is ${last?.detection?.state ?? 'nothing'}, expected ${state}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** https URL on a mapped host; the simulator answers for every host in MAPPED_HOSTS. */
export function simUrl(host: string, query: Record<string, string> = {}, path = '/'): string {
  const u = new URL(`https://${host}${path}`);
  for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
  return u.href;
}
