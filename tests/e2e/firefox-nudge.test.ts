/**
 * The backup-method reminder in real Firefox ESR (temporary install of the built MV3 add-on, the
 * sign-in hosts mapped to the simulator): a one-method sign-in ends on "Stay signed in?" with the
 * reminder in the page and in the popup, and the popup keeps it on a page that is not ours; a
 * several-method sign-in never shows it and clears it. Only a flag and dates are stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, simUrl, type FirefoxSession } from './firefox-harness';

declare const browser: any;

const MS = 'login.microsoftonline.com';
const NUDGE = '[data-item="backup-method-nudge"]';

describe('Firefox ESR: backup-method reminder', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  const stored = () => s.inExtension(async () => (await browser.storage.local.get('backupNudge')).backupNudge ?? null);
  const stateOf = (tabId: number) =>
    s.inExtension(
      async (id: number) => (await browser.storage.session.get(`tab:${id}`))[`tab:${id}`]?.detection?.state ?? null,
      tabId,
    );
  async function waitTabState(tabId: number, state: string) {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const now = await stateOf(tabId);
      if (now === state) return;
      if (Date.now() > deadline) throw new Error(`tab ${tabId}: ${now}, expected ${state}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async function codeThenKmsi(scenario: string): Promise<{ page: Page; tabId: number }> {
    const page = await s.open(simUrl(MS, { scenario, lang: 'en' }));
    const tabId = await s.tabIdOf(page); // before the navigation drops the tab's test marker
    await s.waitForState(page, 'enter-code-sms');
    await page.type('#idTxtBx_SAOTCC_OTC', '123456');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#idSubmit_SAOTCC_Continue')]);
    await waitTabState(tabId, 'not-mfa-kmsi');
    return { page, tabId };
  }
  async function popupOf(tabId: number): Promise<Page> {
    const popup = await s.extensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('main.ss-popup[data-state]', { timeout: 10_000 });
    return popup;
  }

  it('one-method sign-in: the reminder on KMSI (page and popup), then in the popup on another page', async () => {
    await s.inExtension(() => browser.storage.local.remove('backupNudge'));
    const { page, tabId } = await codeThenKmsi('sms-no-alternative');
    await page.waitForFunction(
      (sel: string) => document.querySelector('second-step-chip')?.shadowRoot?.querySelector(sel) != null,
      { timeout: 10_000 },
      NUDGE,
    );
    const rec = await stored();
    expect(Object.keys(rec).sort()).toEqual(['due', 'personal', 'quietUntil', 'since', 'snoozedUntil']);
    expect(rec.due).toBe(true);
    const popup = await popupOf(tabId);
    await popup.waitForSelector(NUDGE, { timeout: 5_000 });
    await popup.close();

    // Afterwards, on a page that is not ours (its URL is hidden from the add-on, like any site):
    // the popup for a tab without a record still reminds; the page itself gets nothing.
    const other = await s.open(simUrl('other.example.org'));
    expect(await other.$('second-step-chip')).toBeNull();
    const bare = await s.extensionPage('popup.html?tab=999999');
    await bare.waitForSelector(NUDGE, { timeout: 10_000 });
    await bare.click(`${NUDGE} button[data-action="nudge-dismiss"]`);
    await bare.waitForFunction((sel: string) => !document.querySelector(sel), { timeout: 5_000 }, NUDGE);
    const after = await stored();
    expect(after.due).toBe(false);
    expect(after.quietUntil).toBeGreaterThan(Date.now());
    await bare.close();
    await other.close();
    await page.close();
  });

  it('several-method sign-in: no reminder, and an earlier one is cleared', async () => {
    await s.inExtension(() =>
      browser.storage.local.set({
        backupNudge: { due: true, personal: false, since: 1, snoozedUntil: 0, quietUntil: 0 },
      }),
    );
    const { page, tabId } = await codeThenKmsi('sms');
    expect(await stored()).toBeNull();
    const popup = await popupOf(tabId);
    await new Promise((r) => setTimeout(r, 800));
    expect(await popup.$(NUDGE)).toBeNull();
    expect(
      await page.evaluate(
        (sel: string) => document.querySelector('second-step-chip')?.shadowRoot?.querySelector(sel) != null,
        NUDGE,
      ),
    ).toBe(false);
    await popup.close();
    await page.close();
  });
});
