import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromium, simUrl, type ChromiumSession } from './harness';

/** Extension isolated worlds created in a page, seen through CDP while it loads `url`. */
async function extensionWorldsDuringLoad(
  session: ChromiumSession,
  url: string,
): Promise<{ page: Page; worlds: string[] }> {
  const page = await session.browser.newPage();
  const cdp = await page.createCDPSession();
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith(`chrome-extension://${session.extensionId}`)) worlds.push(context.name);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  // document_idle runs after load; give it time to appear.
  await new Promise((r) => setTimeout(r, 700));
  return { page, worlds };
}

describe('content script injection (real Chromium, built extension)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("runs on the simulator's login.microsoftonline.com and publishes a detection for the tab", async () => {
    const { worlds } = await extensionWorldsDuringLoad(
      session,
      simUrl('login.microsoftonline.com', { scenario: 'push' }),
    );
    expect(worlds.length).toBeGreaterThan(0);
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'push' }));
    const record = await session.waitForState(page, 'approve-push');
    expect(record.detection.host).toBe('login.microsoftonline.com');
  });

  it('does not run on another host, nor on a lookalike serving a copy of the page', async () => {
    for (const host of ['other.example.org', 'login.microsoftonline.com.evil.example']) {
      const { page, worlds } = await extensionWorldsDuringLoad(session, simUrl(host, { scenario: 'push' }));
      expect(worlds, host).toEqual([]);
      await page.close();
    }
  });

  it("injected after load: the page's load event is its own; a page whose load is held back is detected anyway", async () => {
    // A normal page: the detector's isolated world appears only after the load event.
    const page = await session.browser.newPage();
    const cdp = await page.createCDPSession();
    const worldAt: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin.startsWith(`chrome-extension://${session.extensionId}`)) worldAt.push(Date.now());
    });
    await cdp.send('Runtime.enable');
    await page.goto(simUrl('login.microsoftonline.com', { scenario: 'push', e2e: `load-${Date.now()}` }), {
      waitUntil: 'load',
    });
    const loadedAt = Date.now();
    await session.waitForState(page, 'approve-push');
    expect(worldAt.length).toBe(1);
    expect(worldAt[0]).toBeGreaterThanOrEqual(loadedAt - 5); // puppeteer hears of load a little late

    // An image that takes 9 s holds the load event back: the guidance must not wait for it.
    const slow = await session.browser.newPage();
    const started = Date.now();
    await slow.goto(
      simUrl('login.microsoftonline.com', { scenario: 'sms', slowload: '9000', e2e: `slow-${started}` }),
      {
        waitUntil: 'domcontentloaded',
      },
    );
    await session.waitForState(slow, 'enter-code-sms');
    expect(Date.now() - started).toBeLessThan(7000);
    expect(await slow.evaluate(() => document.readyState)).not.toBe('complete');
    await page.close();
    await slow.close();
  });

  it('sets a badge on a two-step screen and none elsewhere', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'sms-no-alternative' }));
    await session.waitForState(page, 'enter-code-sms');
    const tabId = await session.tabIdOf(page);
    const worker = await session.worker();
    const badgeOf = (id: number) => worker.evaluate((tab: number) => chrome.action.getBadgeText({ tabId: tab }), id);
    // The badge follows the stored detection by a few milliseconds.
    let badge = '';
    for (let i = 0; i < 50 && badge === ''; i++) {
      badge = await badgeOf(tabId);
      if (badge === '') await new Promise((r) => setTimeout(r, 100));
    }
    expect(badge).toBe('!'); // no other way set up: the alarming badge
    const usernamePage = await session.open(simUrl('login.microsoftonline.com', { scenario: 'username' }));
    await session.waitForState(usernamePage, 'not-mfa-username');
    await new Promise((r) => setTimeout(r, 300));
    expect(await badgeOf(await session.tabIdOf(usernamePage))).toBe('');
  });

  it("leaving the sign-in pages clears the tab's record and badge", async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'sms-no-alternative' }));
    await session.waitForState(page, 'enter-code-sms');
    const tabId = await session.tabIdOf(page);
    const worker = await session.worker();
    const state = () =>
      worker.evaluate(async (id: number) => {
        const key = `tab:${id}`;
        return {
          record: Boolean((await chrome.storage.session.get(key))[key]),
          badge: await chrome.action.getBadgeText({ tabId: id }),
        };
      }, tabId);
    for (let i = 0; i < 50 && (await state()).badge !== '!'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await state()).toEqual({ record: true, badge: '!' });
    await page.goto(simUrl('other.example.org'), { waitUntil: 'load' });
    let now = await state();
    for (let i = 0; i < 50 && (now.record || now.badge); i++) {
      await new Promise((r) => setTimeout(r, 100));
      now = await state();
    }
    expect(now).toEqual({ record: false, badge: '' });
  });
});
