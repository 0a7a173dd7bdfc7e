import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, simUrl, type ChromiumSession } from './harness';

describe('live detection follows in-place view switches (real Chromium, clicking like a user)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('push → timeout → push → picker → SMS code → wrong code, one page load', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'push', lang: 'en' }));
    const navigations: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));

    let r = await session.waitForState(page, 'approve-push');
    expect(r.detection.signInAnotherWay).toBe(true);

    await page.click('[data-sim-action="no-answer"]');
    r = await session.waitForState(page, 'push-timeout-no-response');

    await page.click('#idA_SAASTO_Resend');
    await session.waitForState(page, 'approve-push');

    await page.click('#signInAnotherWay');
    r = await session.waitForState(page, 'verify-identity-method-picker');
    expect(r.detection.offeredMethods).toEqual(expect.arrayContaining(['push', 'sms']));

    await page.click('#idDiv_SAOTCS_Proofs [data-value="OneWaySMS"]');
    r = await session.waitForState(page, 'enter-code-sms');
    expect(r.detection.method).toBe('sms');
    // Opened from the picker: Microsoft shows Cancel instead of the link.
    expect(r.detection.signInAnotherWay).toBe(false);

    await page.type('#idTxtBx_SAOTCC_OTC', '111111');
    await page.click('#idSubmit_SAOTCC_Continue');
    r = await session.waitForState(page, 'code-wrong');
    expect(r.stats.history).toEqual(
      expect.arrayContaining([
        'approve-push',
        'push-timeout-no-response',
        'verify-identity-method-picker',
        'enter-code-sms',
        'code-wrong',
      ]),
    );
    expect(navigations).toEqual([]); // all in place, like the real page
  });

  it('the badge follows the switches', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'push', lang: 'en' }));
    await session.waitForState(page, 'approve-push');
    const tabId = await session.tabIdOf(page);
    const worker = await session.worker();
    const badge = async (expected: string) => {
      for (let i = 0; i < 50; i++) {
        const text = await worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
        if (text === expected) return text;
        await new Promise((r) => setTimeout(r, 100));
      }
      return worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    };
    expect(await badge('?')).toBe('?');
    // In place to a code screen without "Sign in another way": the badge turns to the alarm.
    await page.evaluate(() =>
      (window as unknown as { __simulator: { go(v: string): void } }).__simulator.go('sms-no-alternative'),
    );
    await session.waitForState(page, 'enter-code-sms');
    expect(await badge('!')).toBe('!');
    await page.evaluate(() => (window as unknown as { __simulator: { go(v: string): void } }).__simulator.go('picker'));
    await session.waitForState(page, 'verify-identity-method-picker');
    expect(await badge('?')).toBe('?');
  });

  it('counts SMS codes requested in the tab', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'sms', lang: 'en' }));
    let r = await session.waitForState(page, 'enter-code-sms');
    expect(r.stats.codeScreens).toBe(1);
    await page.click('#signInAnotherWay');
    await session.waitForState(page, 'verify-identity-method-picker');
    await page.click('#idDiv_SAOTCS_Proofs [data-value="OneWaySMS"]');
    r = await session.waitForState(page, 'enter-code-sms');
    expect(r.stats.codeScreens).toBe(2);
    const popup = await session.popupFor(page);
    await popup.waitForSelector('.ss-top[data-item]');
    const text = await popup.$eval('.ss-popup', (el) => el.textContent ?? '');
    expect(text).toMatch(/2/);
  });
});
