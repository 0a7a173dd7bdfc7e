/**
 * Real-browser harness for Firefox ESR: Debian's /usr/bin/firefox-esr driven by puppeteer-core over
 * WebDriver BiDi, the BUILT Firefox extension (.output/firefox-mv3) installed as a temporary add-on,
 * the sign-in hostnames mapped to the local simulator. Mirrors harness.ts (launchChromium) where
 * Firefox allows it; differences:
 * - there is no service-worker target: what the extension published is read from one of its own
 *   pages (a "probe" tab on popup.html?tab=-1, which has the full `browser.*` API);
 * - `page.goto('moz-extension://…')` never resolves over BiDi (no load event reaches the driver),
 *   so extension pages are opened with a short goto timeout and then polled until they are there;
 * - managed configuration comes from Firefox's enterprise policies (`policies.json`, `3rdparty`
 *   section), read once at browser start.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { GECKO_ID } from '../../utils/extension-ids.ts';

import { MAPPED_HOSTS, pollPublishedState, type Simulator } from './harness.ts';

export { simUrl, MAPPED_HOSTS, type Simulator } from './harness.ts';

export const FIREFOX_BINARY = process.env.FIREFOX_BINARY ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(process.env.SECOND_STEP_FIREFOX_EXT ?? '.output/firefox-mv3');
/** Debian's Firefox ESR reads enterprise policies from here (NOT /etc/firefox-esr, which it ignores). */
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

export interface FirefoxSession {
  browser: Browser;
  sim: Simulator;
  /** The add-on id (browser_specific_settings.gecko.id), as installExtension() returned it. */
  extensionId: string;
  /** moz-extension://<uuid> (fixed per run through extensions.webextensions.uuids). */
  origin: string;
  /** The whole policies.json this session's Firefox started with (undefined without a policy). */
  policyWritten: unknown;
  /** A tab on one of the extension's own pages, for reading browser.* state. */
  probe(): Promise<Page>;
  /** Runs `fn` inside the extension (probe page), where `browser.*` is available. */
  inExtension<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Opens a new tab on `url` (a unique marker is added so the tab can be found again). */
  open(url: string): Promise<Page>;
  /** The browser's (WebExtension) tab id of a page opened with open(). */
  tabIdOf(page: Page): Promise<number>;
  /** The detection the extension published for that tab (from the background's session storage). */
  published(page: Page): Promise<any>;
  /** Waits until the published state of the tab equals `state`. */
  waitForState(page: Page, state: string, timeoutMs?: number): Promise<any>;
  /** Opens popup.html?tab=<id of page> in a new tab and waits until it rendered (data-state set). */
  popupFor(page: Page, extraQuery?: string): Promise<Page>;
  /** Opens an extension page (path relative to the extension root) in a new tab. */
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /**
   * Managed configuration for the extension, written as a real Firefox enterprise policy
   * (policies.json → policies.3rdparty.Extensions[<gecko id>]) before launch and removed as soon as
   * Firefox has started (a policies.json that existed before is restored byte for byte).
   */
  policy?: Record<string, unknown>;
  /** UI / content language (intl.locale.requested + intl.accept_languages → navigator.languages). */
  lang?: string;
  extensionDir?: string;
  /** Starts the HTTPS server the mapped hosts go to; default: the project's simulator. */
  startServer?: () => Promise<Simulator>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * policies.json is one machine-wide file and several test files (and engineers) launch Firefox with a
 * policy. Firefox reads it once, at start-up; so each launch (with or without a policy) holds a lock
 * from before it writes the file until its browser has started, then puts the previous file back.
 * The file exists only for a few seconds, and only while its own Firefox starts.
 */
const POLICY_LOCK = join(tmpdir(), 'second-step-firefox-policy.lock');

async function acquirePolicyLock(timeoutMs = 120_000): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(POLICY_LOCK, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(POLICY_LOCK, { force: true });
      };
    } catch (err: any) {
      if (err?.code !== 'EEXIST') throw err;
      // A lock left by a dead process is stale.
      const holder = Number(readFileSync(POLICY_LOCK, 'utf8') || 0);
      let alive = false;
      try {
        if (holder > 0) {
          process.kill(holder, 0);
          alive = true;
        }
      } catch {
        alive = false;
      }
      if (!alive) rmSync(POLICY_LOCK, { force: true });
      else if (Date.now() > deadline) throw new Error(`policies.json is locked by pid ${holder} (${POLICY_LOCK})`);
      else await sleep(250);
    }
  }
}

/** Writes the policy file; returns an undo function that restores exactly what was there before. */
function installPolicy(extensionId: string, policy: Record<string, unknown>): () => void {
  const previous = existsSync(FIREFOX_POLICY_FILE) ? readFileSync(FIREFOX_POLICY_FILE) : null;
  // The outermost directory this call creates (e.g. /etc/firefox), removed again on undo.
  let createdDir: string | undefined;
  for (let d = dirname(FIREFOX_POLICY_FILE); !existsSync(d); d = dirname(d)) createdDir = d;
  mkdirSync(dirname(FIREFOX_POLICY_FILE), { recursive: true });
  let merged: any = { policies: {} };
  if (previous) {
    try {
      merged = JSON.parse(previous.toString('utf8'));
      merged.policies ??= {};
    } catch {
      merged = { policies: {} };
    }
  }
  merged.policies['3rdparty'] ??= {};
  merged.policies['3rdparty'].Extensions ??= {};
  merged.policies['3rdparty'].Extensions[extensionId] = policy;
  writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify(merged, null, 2));
  let undone = false;
  const undo = () => {
    if (undone) return;
    undone = true;
    if (previous) writeFileSync(FIREFOX_POLICY_FILE, previous);
    else {
      rmSync(FIREFOX_POLICY_FILE, { force: true });
      if (createdDir) rmSync(createdDir, { recursive: true, force: true });
    }
  };
  // Last resort if the test process dies between launch and close().
  process.once('exit', undo);
  return undo;
}

/**
 * Navigates `page` to a moz-extension:// URL. Over BiDi the goto promise for extension pages does not
 * settle, so give it a moment, then poll until the document is the wanted one and fully parsed.
 */
export async function gotoExtensionUrl(page: Page, url: string, timeoutMs = 10_000): Promise<void> {
  await page.goto(url, { timeout: 300 }).catch(() => {});
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const here = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    if (here === url) return;
    if (Date.now() > deadline) throw new Error(`extension page did not load: ${url} (at ${here || page.url()})`);
    await sleep(100);
  }
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const sourceDir = resolve(options.extensionDir ?? FIREFOX_EXTENSION_DIR);
  if (!existsSync(join(sourceDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${sourceDir}: run npx wxt build -b firefox first`);
  }
  // Install a private copy: other builds rewrite .output while tests run.
  const workDir = mkdtempSync(join(tmpdir(), 'second-step-firefox-'));
  const extDir = join(workDir, 'extension');
  cpSync(sourceDir, extDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings?.gecko?.id ?? GECKO_ID;

  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const sim: Simulator = options.startServer
    ? await options.startServer()
    : // @ts-expect-error plain ESM module without types
      await import('../../simulator/index.mjs').then((m) => m.startSimulator({ port: 0 }));
  // Every launch holds the lock until its Firefox has started, so a launch without a policy never
  // starts while another test's policies.json is briefly in place.
  let undoPolicy: (() => void) | undefined;
  let policyWritten: unknown;
  const release = await acquirePolicyLock().catch(async (err) => {
    await sim.close();
    throw err;
  });
  try {
    const undo = options.policy ? installPolicy(geckoId, options.policy) : () => {};
    if (options.policy) policyWritten = JSON.parse(readFileSync(FIREFOX_POLICY_FILE, 'utf8'));
    undoPolicy = () => {
      try {
        undo();
      } finally {
        release();
      }
    };
  } catch (err) {
    release();
    await sim.close();
    throw err;
  }

  let ff: Browser;
  try {
    ff = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_BINARY,
      headless: true,
      // The simulator's certificate comes from a throwaway CA.
      acceptInsecureCerts: true,
      // Without it, navigating to moz-extension:// pages over BiDi is refused.
      args: ['--remote-allow-system-access', '--profile', join(workDir, 'profile')],
      extraPrefsFirefox: {
        // Every mapped host resolves to localhost, and :443 goes to the simulator's port, so the
        // pages keep their real, port-less https URLs (what the manifest's match patterns see).
        'network.dns.localDomains': MAPPED_HOSTS.join(','),
        'network.socket.forcePort': `443=${sim.port}`,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        ...(options.lang ? { 'intl.locale.requested': options.lang, 'intl.accept_languages': options.lang } : {}),
      },
    });
  } catch (err) {
    await sim.close();
    undoPolicy?.();
    rmSync(workDir, { recursive: true, force: true });
    throw err;
  }

  let extensionId: string;
  try {
    extensionId = await ff.installExtension(extDir);
    // Firefox has read policies.json at start-up (enterprise policies are never re-read): put the
    // machine-wide file back now rather than at close(), and let the next launch have the lock.
    undoPolicy?.();
  } catch (err) {
    await ff.close().catch(() => {});
    await sim.close();
    undoPolicy?.();
    rmSync(workDir, { recursive: true, force: true });
    throw err;
  }

  const extensionPage = async (path: string) => {
    const page = await ff.newPage();
    await gotoExtensionUrl(page, `${origin}/${path.replace(/^\//, '')}`);
    return page;
  };

  let probePage: Page | undefined;
  const probe = async () => {
    if (!probePage || probePage.isClosed()) {
      // tab=-1 is no tab: the popup renders its "nothing detected" view and stays out of the way.
      probePage = await extensionPage('popup.html?tab=-1');
    }
    return probePage;
  };

  const inExtension = async <T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A) => {
    const p = await probe();
    return p.evaluate(fn as any, ...args) as Promise<T>;
  };

  let marker = 0;
  const open = async (url: string) => {
    const page = await ff.newPage();
    const u = new URL(url);
    u.searchParams.set('e2e', `${process.pid}-${++marker}`);
    await page.goto(u.href, { waitUntil: 'load' });
    return page;
  };

  const tabIds = new WeakMap<Page, number>();
  const tabIdOf = async (page: Page) => {
    const known = tabIds.get(page);
    if (known !== undefined) return known;
    const mark = new URL(page.url()).searchParams.get('e2e');
    if (!mark) throw new Error(`page was not opened with open(): ${page.url()}`);
    const deadline = Date.now() + 10_000;
    for (;;) {
      // Tab URLs are visible to the extension only for its host permissions (the sign-in hosts).
      const id = await inExtension(async (m: string) => {
        const tabs = await browser.tabs.query({});
        const tab = tabs.find((t: { url?: string }) => {
          try {
            return Boolean(t.url) && new URL(t.url!).searchParams.get('e2e') === m;
          } catch {
            return false;
          }
        });
        return tab?.id ?? -1;
      }, mark);
      if (id >= 0) {
        tabIds.set(page, id);
        return id;
      }
      if (Date.now() > deadline) throw new Error(`no tab found for ${page.url()}`);
      await sleep(100);
    }
  };

  const published = async (page: Page) => {
    const tabId = await tabIdOf(page);
    return inExtension(async (id: number) => {
      const key = `tab:${id}`;
      const all = await browser.storage.session.get(key);
      return all[key] ?? null;
    }, tabId);
  };

  const waitForState = (page: Page, state: string, timeoutMs = 10_000) =>
    pollPublishedState(() => published(page), state, timeoutMs, 100);

  const popupFor = async (page: Page, extraQuery = '') => {
    const tabId = await tabIdOf(page);
    const popup = await extensionPage(`popup.html?tab=${tabId}${extraQuery}`);
    await popup.waitForFunction(() => Boolean(document.documentElement.dataset.state), { timeout: 10_000 });
    return popup;
  };

  const close = async () => {
    try {
      await ff.close();
    } finally {
      await sim.close();
      undoPolicy?.();
      rmSync(workDir, { recursive: true, force: true });
    }
  };

  return {
    browser: ff,
    sim,
    extensionId,
    origin,
    policyWritten,
    probe,
    inExtension,
    open,
    tabIdOf,
    published,
    waitForState,
    popupFor,
    extensionPage,
    close,
  };
}

declare const browser: any;
