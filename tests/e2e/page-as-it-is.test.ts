/**
 * Issue 19 in real Chromium with the built extension against the simulator: the page's own words
 * for the other-way control, the account picker, a two-step view nobody has seen (generic help
 * and a page report for IT), and the 2026 code input on a work-account host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromium, simUrl, type ChromiumSession } from './harness';

const EN_LINK = "I can't use my Microsoft Authenticator app right now";
const NL_LINK = 'Ik kan mijn Microsoft Authenticator-app op dit moment niet gebruiken';

/** What the popup shows once it has rendered for the tab. */
async function popupView(popup: Page) {
  await popup.waitForFunction(() => Boolean(document.documentElement.dataset.state), { timeout: 10_000 });
  return popup.evaluate(() => ({
    state: document.documentElement.dataset.state,
    lang: document.documentElement.lang,
    items: [...document.querySelectorAll('[data-item]')].map((el) => el.getAttribute('data-item')),
    top: document.querySelector('.ss-top')?.getAttribute('data-item') ?? null,
    text: document.body.textContent ?? '',
    seen: document.querySelector('[data-seen-state]')?.textContent ?? '',
    diagnostics: document.querySelector('[data-diagnostics] [data-diagnostics-text]')?.textContent ?? null,
    copy: Boolean(document.querySelector('[data-diagnostics] [data-action="copy-diagnostics"]')),
  }));
}

/** The text of every guidance item's body in the popup (details bodies included, collapsed or not). */
async function itemText(popup: Page, id: string): Promise<string> {
  return popup.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', `[data-item="${id}"]`);
}

describe('the page as it is (real Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ lang: 'en-US' });
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const [lang, words] of [
    ['en', EN_LINK],
    ['nl', NL_LINK],
  ] as const) {
    it(`push (${lang}): the popup quotes the page's own words for the other-way control`, async () => {
      const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'push', lang }));
      const rec = await session.waitForState(page, 'approve-push');
      expect(rec.detection.signInAnotherWayText).toBe(words);
      const popup = await session.popupFor(page);
      const v = await popupView(popup);
      expect(v.lang).toBe(lang);
      expect(v.top).toBe('forgot-phone');
      // The top line that tells the user to select it, and the "can't approve" line, quote the page.
      expect(await itemText(popup, 'forgot-phone')).toContain(`“${words}”`);
      expect(await itemText(popup, 'cannot-approve')).toContain(`“${words}”`);
      await popup.close();
      await page.close();
    });
  }

  it('SMS code (de): quotes “Auf andere Weise anmelden” from the page; without a link, the generic name', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'sms', lang: 'de' }));
    const rec = await session.waitForState(page, 'enter-code-sms');
    expect(rec.detection.signInAnotherWayText).toBe('Auf andere Weise anmelden');
    await page.close();
    const none = await session.open(
      simUrl('login.microsoftonline.com', { scenario: 'sms-no-alternative', lang: 'en' }),
    );
    const r2 = await session.waitForState(none, 'enter-code-sms');
    expect(r2.detection.signInAnotherWay).toBe(false);
    expect(r2.detection.signInAnotherWayText).toBeUndefined();
    const popup = await session.popupFor(none);
    await popupView(popup);
    expect(await itemText(popup, 'cannot-approve')).toContain('“Sign in another way”');
    await popup.close();
    await none.close();
  });

  it('account picker: not-mfa-account-picker, the popup says where the user is, no account name in the detection', async () => {
    const page = await session.open(
      simUrl('login.microsoftonline.com', {
        scenario: 'account-picker',
        lang: 'en',
        login_hint: 'jan.tile@contoso.example',
      }),
    );
    const rec = await session.waitForState(page, 'not-mfa-account-picker');
    expect(JSON.stringify(rec)).not.toContain('jan.tile');
    const popup = await session.popupFor(page);
    const v = await popupView(popup);
    expect(v.state).toBe('not-mfa-account-picker');
    expect(v.seen).toContain('Pick an account');
    // No help for a screen is needed there: only the empty state's standing topic (issue 17's
    // "Getting a new phone?", offered on every screen without two-step help) may be listed.
    expect(v.items).toEqual(['new-phone']);
    await popup.close();
    await page.close();
  });

  it('unseen two-step view: unknown + twoStepPage, page-not-recognised help, a page report naming the PageID and nothing secret', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'unseen-view', lang: 'en' }));
    const rec = await session.waitForState(page, 'unknown');
    expect(rec.detection.twoStepPage).toBe(true);
    expect(rec.detection.diagnostics.pageId).toBe('ConvergedTFA');
    const popup = await session.popupFor(page);
    const v = await popupView(popup);
    expect(v.state).toBe('unknown');
    expect(v.top).toBe('page-not-recognised');
    // Generic help plus the usual topics, never a specific screen's advice.
    expect(v.items).toContain('contact-helpdesk');
    for (const specific of [
      'push-no-notification',
      'push-number',
      'sms-latest',
      'totp-code',
      'picker-choose',
      'no-other-way',
    ]) {
      expect(v.items).not.toContain(specific);
    }
    expect(await itemText(popup, 'page-not-recognised')).toContain('“Sign in another way”');
    expect(v.copy).toBe(true);
    const diag = v.diagnostics ?? '';
    expect(diag).toContain('ConvergedTFA');
    expect(diag).toContain('1114');
    expect(diag).toContain('login.microsoftonline.com');
    expect(diag).toContain('viewid:27');
    expect(diag).toContain('idDiv_SAQR_Title');
    // Names only: no page text, no user, no $Config secrets.
    for (const secret of ['user@contoso.com', 'SIM-FAKE', 'Scan the code', session.sim.spki])
      expect(diag).not.toContain(secret);
    // The helpdesk message carries the page report too.
    await popup.click('.ss-top [data-action="admin-request"]');
    await popup.waitForSelector('textarea', { timeout: 5000 });
    const request = await popup.evaluate(() => document.querySelector('textarea')?.value ?? '');
    expect(request).toContain('Page ID: ConvergedTFA');
    expect(request).not.toContain('SIM-FAKE');
    await popup.close();
    await page.close();
  });

  it("unseen two-step view: the chip shows the generic headline (the popup's top title)", async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'unseen-view', lang: 'nl' }));
    await session.waitForState(page, 'unknown');
    await page.waitForFunction(
      () => document.querySelector('second-step-chip')?.shadowRoot?.querySelector('.ss-chip-headline')?.textContent,
      { timeout: 10_000 },
    );
    const headline = await page.evaluate(
      () => document.querySelector('second-step-chip')!.shadowRoot!.querySelector('.ss-chip-headline')!.textContent,
    );
    const popup = await session.popupFor(page);
    await popupView(popup);
    const title = await popup.evaluate(() => document.querySelector('.ss-top h2')?.textContent ?? '');
    expect(title).toBe('Second Step kent dit scherm nog niet');
    expect(headline).toBe(title);
    await popup.close();
    await page.close();
  });

  it('React code view with the 2026 input on a work-account host: enter-code-sms, the footer link quoted', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'code-react', lang: 'en' }));
    const rec = await session.waitForState(page, 'enter-code-sms');
    expect(rec.detection.signInAnotherWay).toBe(true);
    expect(rec.detection.signInAnotherWayText).toBe('Other ways to sign in');
    expect(rec.detection.diagnostics).toBeUndefined();
    await page.close();
  });
});

describe('the in-page panel quotes the page too (real Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ lang: 'en-US', helpOpened: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("Dutch push: the panel's lines quote the Dutch link text; an unseen view gets the generic help and the page report", async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'push', lang: 'nl' }));
    await session.waitForState(page, 'approve-push');
    const sel = (s: string) => document.querySelector('second-step-panel')?.shadowRoot?.querySelector(s);
    await page.waitForFunction(sel, { timeout: 10_000 }, '[data-item="forgot-phone"]');
    const text = await page.evaluate(
      (s) => document.querySelector('second-step-panel')!.shadowRoot!.querySelector(s)!.textContent,
      '[data-item="forgot-phone"]',
    );
    expect(text).toContain(`“${NL_LINK}”`);
    await page.close();

    const unseen = await session.open(simUrl('login.microsoftonline.com', { scenario: 'unseen-view', lang: 'en' }));
    await session.waitForState(unseen, 'unknown');
    await unseen.waitForFunction(sel, { timeout: 10_000 }, '.ss-top[data-item="page-not-recognised"]');
    const diag = await unseen.evaluate(
      () =>
        document.querySelector('second-step-panel')!.shadowRoot!.querySelector('[data-diagnostics-text]')
          ?.textContent ?? '',
    );
    expect(diag).toContain('ConvergedTFA');
    expect(diag).not.toContain('user@contoso.com');
    await unseen.close();
  });
});
