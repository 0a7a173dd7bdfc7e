/**
 * "Second Step makes no network requests": real Chromium, the built extension, the full simulated
 * flow (username → password → push → timeout → picker → SMS → wrong code → error page with the
 * admin request opened in the popup → options page).
 *
 * Every target is recorded through CDP (Network.enable on the extension's service worker, on each
 * page BEFORE it loads, on the popup and options pages). Three independent nets:
 *  1. extension targets (service worker, popup, options): every request is a chrome-extension://
 *     URL of our own id;
 *  2. sign-in tabs: the same flow runs in a browser WITHOUT the extension (baseline); any request
 *     the extension run makes that the baseline does not is ours. Requests whose initiator stack
 *     names a chrome-extension:// script are ours too, and must be none apart from our files;
 *  3. a trap: every hostname the simulator does not serve resolves to a local TCP server that logs
 *     the TLS SNI; the extension run must add no connection the baseline does not make.
 * Canary tests at the end prove each net catches a request made from the service worker and
 * from the content script's isolated world.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  EXT_ORIGIN,
  NetworkRecorder,
  driveFlow,
  launchSecurityChromium,
  openOptionsPage,
  openPopup,
  openTab,
  requestKey,
  sleep,
  waitForTabState,
  type RecordedRequest,
  type SecSession,
} from './security-helpers';

const FLOW_URL = 'https://login.microsoftonline.com/?scenario=flow&method=push';
const SETTLE_MS = 400;

const isOurs = (url: string) => url.startsWith(EXT_ORIGIN);
const initiatedByExtension = (r: RecordedRequest) => r.initiatorUrls.some((u) => u.startsWith('chrome-extension://'));

describe('no network requests by the extension (real Chromium, full flow)', () => {
  let ext: SecSession;
  let recorder: NetworkRecorder;
  let baselinePageRequests: RecordedRequest[] = [];
  let baselineTrap: string[] = [];
  let tabId = -1;
  let signin: Page;
  const visited: string[] = [];

  beforeAll(async () => {
    // Baseline: the same flow, same simulator build, no extension.
    const base = await launchSecurityChromium({ withExtension: false });
    try {
      const baseRec = new NetworkRecorder(base.browser);
      await baseRec.start();
      const page = await baseRec.newPage();
      await page.goto(FLOW_URL, { waitUntil: 'load' });
      await driveFlow(page, async () => {
        await sleep(SETTLE_MS);
      });
      await sleep(SETTLE_MS);
      baselinePageRequests = baseRec.requests.filter((r) => r.targetType === 'page');
      baselineTrap = [...base.trap.hits];
    } finally {
      await base.close();
    }

    ext = await launchSecurityChromium();
    recorder = new NetworkRecorder(ext.browser);
    await ext.worker();
    await recorder.start();
  }, 120_000);

  afterAll(async () => {
    await ext?.close();
  });

  it('drives the whole flow with the extension publishing every state', async () => {
    ({ page: signin, tabId } = await openTab(ext, FLOW_URL, recorder));
    await waitForTabState(ext, tabId, 'not-mfa-username');
    await driveFlow(signin, async (step) => {
      await waitForTabState(ext, tabId, step.state);
      visited.push(step.state);
      await sleep(SETTLE_MS);
    });
    expect(visited).toEqual([
      'not-mfa-username',
      'not-mfa-password',
      'approve-push',
      'push-timeout-no-response',
      'verify-identity-method-picker',
      'enter-code-sms',
      'code-wrong',
      'error-page',
    ]);

    // The popup with the admin request view open, then the options page.
    const popup = await openPopup(ext, tabId, recorder);
    expect(await popup.$eval('main.ss-popup', (el) => el.getAttribute('data-state'))).toBe('error-page');
    const button = await popup.waitForSelector('[data-action="admin-request"]', { timeout: 10_000 });
    await button!.click();
    await popup.waitForSelector('#ss-request-text', { timeout: 5_000 });
    const options = await openOptionsPage(ext, recorder);
    await sleep(1_000);
    await popup.close();
    await options.close();
  }, 90_000);

  it('the recorder saw the traffic it should (positive controls)', () => {
    const types = new Set(recorder.requests.map((r) => r.targetType));
    expect(types).toContain('service_worker');
    expect(types).toContain('page');
    // The service worker loads its packaged locale files on the first detection…
    expect(
      recorder.requests.some((r) => r.targetType === 'service_worker' && /\/locales\/\w+\/ui\.json$/.test(r.url)),
    ).toBe(true);
    // …the popup its own script chunks, the sign-in tab the simulator's pages.
    expect(recorder.requests.some((r) => r.targetUrl.startsWith(`${EXT_ORIGIN}popup.html`) && isOurs(r.url))).toBe(
      true,
    );
    expect(recorder.requests.some((r) => r.targetUrl.startsWith(`${EXT_ORIGIN}options.html`) && isOurs(r.url))).toBe(
      true,
    );
    expect(
      recorder.requests.some((r) => r.url.startsWith('https://login.microsoftonline.com/common/login?scenario=error')),
    ).toBe(true);
    expect(baselinePageRequests.length).toBeGreaterThan(3);
  });

  it('extension targets (service worker, popup, options) request nothing but our own packaged files', () => {
    const fromExtension = recorder.requests.filter(
      (r) => r.targetType === 'service_worker' || r.targetUrl.startsWith('chrome-extension://'),
    );
    expect(fromExtension.length).toBeGreaterThan(5);
    const foreign = fromExtension.filter((r) => !isOurs(r.url)).map((r) => `${r.targetType} ${r.targetUrl} → ${r.url}`);
    expect(foreign).toEqual([]);
    console.log(`[no-network] extension targets: ${fromExtension.length} requests, all ${EXT_ORIGIN}*`);
  });

  it('the sign-in tab makes no request the same flow without the extension does not make', () => {
    const baseline = new Set(baselinePageRequests.map(requestKey));
    const pageRequests = recorder.requests.filter(
      (r) => r.targetType === 'page' && !r.targetUrl.startsWith('chrome-extension://'),
    );
    const extra = pageRequests.filter((r) => !isOurs(r.url) && !baseline.has(requestKey(r))).map(requestKey);
    expect(extra).toEqual([]);
    const byExtensionScripts = pageRequests
      .filter((r) => initiatedByExtension(r) && !isOurs(r.url))
      .map((r) => `${r.url} ← ${r.initiatorUrls.join(' ')}`);
    expect(byExtensionScripts).toEqual([]);
    console.log(
      `[no-network] sign-in tab: ${pageRequests.length} requests, baseline ${baselinePageRequests.length}; extra: 0`,
    );
  });

  it('no connection to any host outside the simulator that the baseline browser does not make', () => {
    const extra = ext.trap.hits.filter((h) => !baselineTrap.includes(h));
    expect(extra).toEqual([]);
    console.log(
      `[no-network] trap: extension run ${ext.trap.hits.length} connections, baseline ${baselineTrap.length}; hosts: ${[...new Set(ext.trap.hits)].join(', ')}`,
    );
  });

  describe('canaries: the nets do catch a request by the extension', () => {
    it('a fetch from the service worker', async () => {
      const before = ext.trap.hits.length;
      const w = await ext.worker();
      await w.evaluate(() => fetch('https://sw-canary.example/collect').catch(() => null));
      await sleep(500);
      expect(
        recorder.requests.some(
          (r) => r.targetType === 'service_worker' && r.url === 'https://sw-canary.example/collect',
        ),
      ).toBe(true);
      expect(ext.trap.hits.slice(before)).toContain('sw-canary.example');
    });

    it("a fetch from the content script's isolated world on the sign-in page", async () => {
      const page = signin;
      const cdp = await page.createCDPSession();
      const contexts: { id: number; origin: string; name: string }[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context }: any) => contexts.push(context));
      await cdp.send('Runtime.enable');
      await sleep(200);
      const ours = contexts.find((c) => c.origin.startsWith(EXT_ORIGIN.slice(0, -1)));
      expect(ours, 'content script isolated world').toBeTruthy();
      const before = recorder.requests.length;
      await cdp.send('Runtime.evaluate', {
        contextId: ours!.id,
        expression: "fetch('https://login.microsoftonline.com/cs-canary?x=1').catch(() => null)",
        awaitPromise: true,
      });
      await sleep(500);
      const baseline = new Set(baselinePageRequests.map(requestKey));
      const fresh = recorder.requests.slice(before).filter((r) => r.targetType === 'page');
      expect(fresh.some((r) => r.url.includes('/cs-canary') && !baseline.has(requestKey(r)))).toBe(true);
      await cdp.detach();
    });
  });
});
