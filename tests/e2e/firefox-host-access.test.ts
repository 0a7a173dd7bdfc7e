import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, simUrl, type FirefoxSession } from './firefox-harness';

declare const browser: any;

describe('Firefox ESR: site access withdrawn by the user', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the popup says access is off and offers to allow it again', async () => {
    const page = await s.open(simUrl('login.microsoftonline.com', { scenario: 'push', lang: 'en' }));
    await s.waitForState(page, 'approve-push');
    const popup = await s.popupFor(page);
    await popup.waitForSelector('.ss-top[data-item]');
    expect(await popup.$('[data-host-access="missing"]')).toBeNull();
    await popup.close();

    // Firefox lets the user (and the extension) withdraw MV3 host access at run time.
    const removed = await s.inExtension(() =>
      browser.permissions.remove({ origins: ['https://login.microsoftonline.com/*'] }),
    );
    expect(removed).toBe(true);
    const again = await s.popupFor(page);
    await again.waitForSelector('[data-host-access="missing"] button', { timeout: 10_000 });
  });
});
