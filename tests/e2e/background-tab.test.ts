import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, simUrl, type ChromiumSession } from './harness';

describe('a sign-in page loaded in a background tab (real Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is detected without ever being brought to the front, and its popup shows the state', async () => {
    const page = await session.browser.newPage();
    const marker = `${process.pid}-bg`;
    const url = `${simUrl('login.microsoftonline.com', { scenario: 'sms-no-alternative', lang: 'nl' })}&e2e=${marker}`;
    // Another tab is in front for the whole load: the sign-in page never gets a frame.
    const front = await session.browser.newPage();
    await front.bringToFront();
    await page.goto(url, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
    const record = await session.waitForState(page, 'enter-code-sms');
    expect(record.detection.signInAnotherWay).toBe(false);
    const popup = await session.popupFor(page);
    await popup.waitForSelector('[data-state="enter-code-sms"] .ss-top[data-item="no-other-way"]');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('nl');
  });
});
