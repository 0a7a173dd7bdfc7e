/**
 * Helpers for the security e2e tests (no-network, no-secrets, hostile-page, bad-policy):
 * a Chromium launcher that can run with or without Second Step (baseline) and with extra
 * extensions, a "trap" that catches connections to any host the simulator does not serve,
 * a CDP network recorder over every target, tab-id based state readers (the simulator's own
 * navigations drop the harness's e2e marker), and the sign-in flow the tests drive.
 */
import puppeteer, { type Browser, type CDPSession, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM module without types
import { startSimulator } from '../../simulator/index.mjs';
import { CHROME_EXTENSION_DIR, CHROMIUM_BINARY, CHROMIUM_QUIET_ARGS, MAPPED_HOSTS, type Simulator } from './harness';
import { CHROMIUM_EXTENSION_ID } from '../../utils/extension-ids';

export const EXT_ID = CHROMIUM_EXTENSION_ID;
export const EXT_ORIGIN = `chrome-extension://${EXT_ID}/`;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------------------------------
// Trap: every hostname the simulator does not serve resolves to this TCP server, which records
// the TLS SNI (or HTTP Host) of each connection and closes it.

export interface Trap {
  port: number;
  hits: string[];
  close(): Promise<void>;
}

function sniOf(buf: Buffer): string | undefined {
  // TLS record: type 22 (handshake), ClientHello (1). Walk to the extensions and find type 0 (SNI).
  try {
    if (buf[0] !== 22 || buf[5] !== 1) return undefined;
    let p = 5 + 4 + 2 + 32; // record hdr, handshake hdr, version, random
    p += 1 + buf[p]!; // session id
    p += 2 + buf.readUInt16BE(p); // cipher suites
    p += 1 + buf[p]!; // compression
    const end = p + 2 + buf.readUInt16BE(p);
    p += 2;
    while (p + 4 <= end) {
      const type = buf.readUInt16BE(p);
      const len = buf.readUInt16BE(p + 2);
      if (type === 0) return buf.subarray(p + 9, p + 9 + buf.readUInt16BE(p + 7)).toString('latin1');
      p += 4 + len;
    }
  } catch {
    /* partial hello */
  }
  return undefined;
}

export async function startTrap(): Promise<Trap> {
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((s) => {
    sockets.add(s);
    s.once('data', (buf) => {
      const host =
        sniOf(buf) ?? /^Host:\s*(\S+)/im.exec(buf.toString('latin1'))?.[1] ?? `<unknown ${buf.length} bytes>`;
      hits.push(host);
      s.destroy();
    });
    s.on('error', () => {});
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    hits,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

// ------------------------------------------------------------------------------------------
// Launcher

export interface SecSession {
  browser: Browser;
  sim: Simulator;
  trap: Trap;
  withExtension: boolean;
  worker(): Promise<WebWorker>;
  close(): Promise<void>;
}

export interface SecLaunchOptions {
  /** Load Second Step (default true). false = the baseline browser for comparisons. */
  withExtension?: boolean;
  /** Further unpacked extensions to load (absolute paths). */
  extraExtensions?: string[];
}

export async function launchSecurityChromium(options: SecLaunchOptions = {}): Promise<SecSession> {
  const withExtension = options.withExtension ?? true;
  const extDirs = [...(withExtension ? [CHROME_EXTENSION_DIR] : []), ...(options.extraExtensions ?? [])];
  if (withExtension && !existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${CHROME_EXTENSION_DIR}: run npx wxt build first`);
  }
  const sim: Simulator = await startSimulator({ port: 0 });
  const trap = await startTrap();
  const userDataDir = mkdtempSync(join(tmpdir(), 'second-step-sec-'));
  const rules = [
    ...MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${sim.port}`),
    `MAP * 127.0.0.1:${trap.port}`,
    'EXCLUDE localhost',
  ].join(', ');
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_BINARY,
      headless: true,
      userDataDir,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        ...CHROMIUM_QUIET_ARGS,
        `--host-resolver-rules=${rules}`,
        `--ignore-certificate-errors-spki-list=${sim.spki}`,
        ...(extDirs.length
          ? [`--disable-extensions-except=${extDirs.join(',')}`, `--load-extension=${extDirs.join(',')}`]
          : ['--disable-extensions']),
      ],
    });
  } catch (err) {
    await sim.close();
    await trap.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  const worker = async () => {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(EXT_ORIGIN), {
      timeout: 15_000,
    });
    const w = await target.worker();
    if (!w) throw new Error('extension service worker not available');
    return w;
  };
  return {
    browser,
    sim,
    trap,
    withExtension,
    worker,
    close: async () => {
      try {
        await browser.close();
      } finally {
        await sim.close();
        await trap.close();
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

// ------------------------------------------------------------------------------------------
// Network recorder: a CDP session with Network.enable on every target (pages, the extension's
// service worker, extension pages), attached before a page navigates when the test creates it.

export interface RecordedRequest {
  targetType: string;
  targetUrl: string;
  url: string;
  method: string;
  resourceType?: string;
  /** Script URLs on the initiator stack (who asked for it). */
  initiatorUrls: string[];
  time: number;
}

export class NetworkRecorder {
  readonly requests: RecordedRequest[] = [];
  private attached = new WeakSet<Target>();
  private sessions: CDPSession[] = [];
  constructor(private browser: Browser) {}

  async start(): Promise<void> {
    this.browser.on('targetcreated', (t: Target) => void this.attach(t).catch(() => {}));
    this.browser.on('targetchanged', (t: Target) => void this.attach(t).catch(() => {}));
    for (const t of this.browser.targets()) await this.attach(t).catch(() => {});
  }

  async attach(target: Target): Promise<void> {
    if (this.attached.has(target)) return;
    const type = target.type();
    if (!['page', 'service_worker', 'background_page', 'other', 'shared_worker', 'worker'].includes(type)) return;
    if (type === 'other' && !target.url().startsWith('chrome-extension://')) return;
    this.attached.add(target);
    const session = await target.createCDPSession();
    this.sessions.push(session);
    session.on('Network.requestWillBeSent', (e: any) => {
      const urls: string[] = [];
      const walk = (st: any) => {
        for (; st; st = st.parent) for (const f of st.callFrames ?? []) if (f.url) urls.push(f.url);
      };
      if (e.initiator?.url) urls.push(e.initiator.url);
      walk(e.initiator?.stack);
      this.requests.push({
        targetType: type,
        targetUrl: target.url(),
        url: e.request.url,
        method: e.request.method,
        resourceType: e.type,
        initiatorUrls: urls,
        time: Date.now(),
      });
    });
    await session.send('Network.enable');
  }

  /** A new tab with the recorder attached BEFORE it loads anything. */
  async newPage(): Promise<Page> {
    const page = await this.browser.newPage();
    await this.attach(page.target());
    return page;
  }

  async detach(): Promise<void> {
    for (const s of this.sessions) await s.detach().catch(() => {});
  }
}

/** Normalises a page request for comparing runs: drops the volatile query parameters. */
export function requestKey(r: { method: string; url: string }): string {
  try {
    const u = new URL(r.url);
    for (const p of ['e2e', 'login_hint']) u.searchParams.delete(p);
    return `${r.method} ${u.href}`;
  } catch {
    return `${r.method} ${r.url}`;
  }
}

// ------------------------------------------------------------------------------------------
// Tab ids and the published state (read from the background's session storage)

/** Ids of all open tabs, as the extension sees them. */
export async function tabIds(session: SecSession): Promise<number[]> {
  const w = await session.worker();
  return w.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!).filter((id) => id >= 0));
}

/**
 * Opens `url` in a new tab (recorded when a recorder is given) and returns the page with its tab
 * id, found as the one new tab id (works for hosts the extension has no permission to see).
 */
export async function openTab(
  session: SecSession,
  url: string,
  recorder?: NetworkRecorder,
): Promise<{ page: Page; tabId: number }> {
  const { page, tabId } = await newTrackedPage(session, recorder);
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId };
}

/** A new, still blank tab and its id (the one tab id that was not there before). */
export async function newTrackedPage(
  session: SecSession,
  recorder?: NetworkRecorder,
): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(session));
  const page = recorder ? await recorder.newPage() : await session.browser.newPage();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const fresh = (await tabIds(session)).filter((id) => !before.has(id));
    if (fresh.length === 1) return { page, tabId: fresh[0]! };
    if (Date.now() > deadline) throw new Error(`could not identify the new tab (${fresh.length} new)`);
    await sleep(50);
  }
}

/** The toolbar badge of a tab once it is non-empty (or '' after the timeout). */
export async function waitForBadge(session: SecSession, tabId: number, timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await badgeOf(session, tabId);
    if (text || Date.now() > deadline) return text;
    await sleep(100);
  }
}

export async function publishedFor(session: SecSession, tabId: number): Promise<any> {
  const w = await session.worker();
  return w.evaluate(async (id: number) => {
    const key = `tab:${id}`;
    return (await chrome.storage.session.get(key))[key] ?? null;
  }, tabId);
}

export async function waitForTabState(
  session: SecSession,
  tabId: number,
  state: string,
  timeoutMs = 10_000,
): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  let last: any = null;
  for (;;) {
    last = await publishedFor(session, tabId);
    if (last?.detection?.state === state) return last;
    if (Date.now() > deadline)
      throw new Error(`tab ${tabId}: published ${last?.detection?.state ?? 'nothing'}, expected ${state}`);
    await sleep(50);
  }
}

export async function badgeOf(session: SecSession, tabId: number): Promise<string> {
  const w = await session.worker();
  return w.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function storageDump(session: SecSession): Promise<{ session: unknown; local: unknown }> {
  const w = await session.worker();
  return w.evaluate(async () => ({
    session: await chrome.storage.session.get(null),
    local: await chrome.storage.local.get(null),
  }));
}

// ------------------------------------------------------------------------------------------
// The sign-in flow: username → password → push → timeout → picker → SMS → wrong code → error page.

export const SECRETS = {
  username: 'alice.sec-e2e-user@contoso.example',
  password: 'Pa55-SECRET-word',
  code: '987654',
  simulatorFakes: [
    'SIM-FAKE-FLOW-TOKEN',
    'SIM-FAKE-CANARY',
    'SIM-FAKE-API-CANARY',
    'SIM-FAKE-CTX',
    'SIM-FAKE-PROOFUP-TOKEN',
    'SIM-FAKE-AUTH-STATE',
  ],
};

export const ALL_SECRET_STRINGS = [SECRETS.username, SECRETS.password, SECRETS.code, ...SECRETS.simulatorFakes];

/** Visible simulator view (main world). */
const simView = (page: Page) => page.evaluate(() => (window as any).__simulator?.view ?? null);

async function waitView(page: Page, view: string): Promise<void> {
  await page.waitForFunction((v: string) => (window as any).__simulator?.view === v, { timeout: 10_000 }, view);
}

export interface FlowStep {
  name: string;
  /** Detected state the extension must publish after this step. */
  state: string;
}

/**
 * Drives the flow in `page` (already on `https://login.microsoftonline.com/?scenario=flow`).
 * `afterStep` runs after each step (with the extension: wait for the published state).
 */
export async function driveFlow(page: Page, afterStep: (step: FlowStep) => Promise<void>): Promise<void> {
  await waitView(page, 'flow');
  await page.type('#i0116', SECRETS.username);
  await afterStep({ name: 'username', state: 'not-mfa-username' });
  await page.click('#idSIButton9');
  await waitView(page, 'password');
  await page.type('#i0118', SECRETS.password);
  await afterStep({ name: 'password', state: 'not-mfa-password' });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#idSIButton9')]);
  await waitView(page, 'push');
  await afterStep({ name: 'push', state: 'approve-push' });

  await page.evaluate(() => (window as any).__simulator.go('timeout'));
  await afterStep({ name: 'timeout', state: 'push-timeout-no-response' });

  await page.evaluate(() => (window as any).__simulator.go('picker'));
  await afterStep({ name: 'picker', state: 'verify-identity-method-picker' });

  await page.click('#idDiv_SAOTCS_Proofs [data-value="OneWaySMS"]');
  await page.waitForSelector('#idTxtBx_SAOTCC_OTC', { timeout: 10_000 });
  await afterStep({ name: 'sms', state: 'enter-code-sms' });

  await page.type('#idTxtBx_SAOTCC_OTC', SECRETS.code);
  await page.click('#idSubmit_SAOTCC_Continue');
  await page.waitForFunction(() => /wrong-code/.test((window as any).__simulator?.view ?? ''), { timeout: 10_000 });
  // Type the code again into the fresh (error) input: a value present while the detector runs.
  await page.type('#idTxtBx_SAOTCC_OTC', SECRETS.code);
  await afterStep({ name: 'wrong-code', state: 'code-wrong' });

  await page.goto('https://login.microsoftonline.com/common/login?scenario=error', { waitUntil: 'load' });
  await afterStep({ name: 'error', state: 'error-page' });
  void simView;
}

/** Opens the popup for a tab in a new (recorded) page and waits until it has rendered. */
export async function openPopup(session: SecSession, tabId: number, recorder?: NetworkRecorder): Promise<Page> {
  const popup = recorder ? await recorder.newPage() : await session.browser.newPage();
  await popup.goto(`${EXT_ORIGIN}popup.html?tab=${tabId}`, { waitUntil: 'load' });
  await popup.waitForSelector('main.ss-popup[data-state]', { timeout: 10_000 });
  return popup;
}

export async function openOptionsPage(session: SecSession, recorder?: NetworkRecorder): Promise<Page> {
  const page = recorder ? await recorder.newPage() : await session.browser.newPage();
  await page.goto(`${EXT_ORIGIN}options.html`, { waitUntil: 'load' });
  await page.waitForSelector('#app[data-state="ready"]', { timeout: 10_000 });
  return page;
}

/** Records every runtime message the background receives (installed via worker.evaluate). */
export async function hookBackgroundMessages(
  session: SecSession,
  { external = false } = {},
): Promise<() => Promise<{ message: unknown; sender: unknown }[]>> {
  const w = await session.worker();
  await w.evaluate((external: boolean) => {
    const g = globalThis as any;
    g.__secMessages = [];
    chrome.runtime.onMessage.addListener((message: unknown, sender: chrome.runtime.MessageSender) => {
      g.__secMessages.push({
        message: JSON.parse(JSON.stringify(message ?? null)),
        sender: {
          id: sender.id,
          url: sender.url,
          frameId: sender.frameId,
          tabId: sender.tab?.id,
          origin: sender.origin,
        },
      });
      return undefined;
    });
    // Only when asked: a listener here makes the extension reachable from others, which it is not.
    if (external) {
      chrome.runtime.onMessageExternal.addListener((message: unknown, sender: chrome.runtime.MessageSender) => {
        g.__secMessages.push({
          external: true,
          message: JSON.parse(JSON.stringify(message ?? null)),
          sender: { id: sender.id, url: sender.url },
        });
        return undefined;
      });
    }
  }, external);
  return async () => (await session.worker()).evaluate(() => (globalThis as any).__secMessages);
}

/** Lists which of `needles` occur in `haystack` (JSON-serialised). */
export function leaked(haystack: unknown, needles: readonly string[]): string[] {
  const text = typeof haystack === 'string' ? haystack : JSON.stringify(haystack);
  return needles.filter((n) => text.includes(n));
}
