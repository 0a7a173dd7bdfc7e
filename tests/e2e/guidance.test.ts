import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromium, simUrl, type ChromiumSession } from './harness';

/** The popup's top guidance item and language, once it has rendered for the tab. */
async function popupTop(popup: Page) {
  await popup.waitForSelector('[data-state] .ss-top[data-item]', { timeout: 10_000 });
  return popup.evaluate(() => ({
    state: document.documentElement.dataset.state,
    lang: document.documentElement.lang,
    top: document.querySelector('.ss-top')?.getAttribute('data-item'),
    title: document.querySelector('.ss-top h2')?.textContent ?? '',
    more: document.querySelectorAll('.ss-more li').length,
  }));
}

/** The in-page panel's top item (open shadow root of <second-step-panel>). */
async function panelTop(page: Page) {
  await page.waitForFunction(
    () => document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-top[data-item]'),
    { timeout: 10_000 },
  );
  return page.evaluate(() => {
    const root = document.querySelector('second-step-panel')!.shadowRoot!;
    return {
      top: root.querySelector('.ss-top')?.getAttribute('data-item'),
      lang: root.querySelector('.ss-panel')?.getAttribute('lang'),
      title: root.querySelector('.ss-top h2')?.textContent ?? '',
    };
  });
}

const CASES = [
  { scenario: 'push', state: 'approve-push', top: 'forgot-phone' },
  { scenario: 'sms', state: 'enter-code-sms', top: 'sms-latest' },
  { scenario: 'sms-no-alternative', state: 'enter-code-sms', top: 'no-other-way' },
  { scenario: 'picker', state: 'verify-identity-method-picker' },
  { scenario: 'wrong-code', state: 'code-wrong', top: 'code-wrong' },
  { scenario: 'error', state: 'error-page', top: 'error-page' },
] as const;

describe('guidance in the popup and the in-page panel (real Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ lang: 'en-US', helpOpened: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const lang of ['en', 'nl'] as const) {
    for (const c of CASES) {
      it(`${c.scenario} (${lang}): popup and panel show the expected top item in ${lang}`, async () => {
        const page = await session.open(simUrl('login.microsoftonline.com', { scenario: c.scenario, lang }));
        await session.waitForState(page, c.state);
        const popup = await session.popupFor(page);
        const p = await popupTop(popup);
        expect(p.state).toBe(c.state);
        expect(p.lang).toBe(lang);
        if ('top' in c) expect(p.top).toBe(c.top);
        expect(p.title.length).toBeGreaterThan(3);
        expect(p.more).toBeGreaterThan(2); // the rest one click away
        const panel = await panelTop(page);
        expect(panel.top).toBe(p.top);
        expect(panel.lang).toBe(lang);
        expect(panel.title).toBe(p.title);
        await popup.close();
        await page.close();
      });
    }
  }

  it('the page language wins: a Dutch page gives Dutch guidance in an English browser, titles differ by language', async () => {
    const titles: Record<string, string> = {};
    for (const lang of ['en', 'nl']) {
      const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'push', lang }));
      await session.waitForState(page, 'approve-push');
      const popup = await session.popupFor(page);
      titles[lang] = (await popupTop(popup)).title;
      await popup.close();
      await page.close();
    }
    expect(titles.nl).not.toBe(titles.en);
  });

  it('"Show me the other way" from the popup scrolls to and focuses the real link, without clicking it', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'push', lang: 'en' }));
    await session.waitForState(page, 'approve-push');
    const popup = await session.popupFor(page);
    await popup.waitForSelector('button[data-action="highlight-other-way"]');
    await popup.click('button[data-action="highlight-other-way"]');
    await page.waitForFunction(() => document.activeElement?.id === 'signInAnotherWay', { timeout: 5000 });
    const outline = await page.evaluate(() => (document.activeElement as HTMLElement).style.outlineStyle);
    expect(outline).toBe('solid');
    // Still on the push screen: nothing was clicked for the user.
    expect((await session.published(page)).detection.state).toBe('approve-push');
  });

  it('"Show me the other way" from the panel focuses the link too', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'sms', lang: 'en' }));
    await session.waitForState(page, 'enter-code-sms');
    await panelTop(page);
    await page.evaluate(() => {
      const root = document.querySelector('second-step-panel')!.shadowRoot!;
      (root.querySelector('button[data-action="highlight-other-way"]') as HTMLButtonElement).click();
    });
    await page.waitForFunction(() => document.activeElement?.id === 'signInAnotherWay', { timeout: 5000 });
  });

  it('in-place switches: the panel follows the tab record (codes requested) exactly as the popup shows it', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'push', lang: 'en' }));
    await session.waitForState(page, 'approve-push');
    await panelTop(page);
    const topText = (p: Page, inShadow: boolean) =>
      p.evaluate((shadow) => {
        const root = shadow ? document.querySelector('second-step-panel')!.shadowRoot! : document;
        return root.querySelector('.ss-top')?.textContent ?? '';
      }, inShadow);
    // Two code screens in this tab, the second after a detour through the picker.
    for (const [view, state] of [
      ['sms', 'enter-code-sms'],
      ['picker', 'verify-identity-method-picker'],
      ['sms', 'enter-code-sms'],
    ] as const) {
      await page.evaluate((v) => (window as any).__simulator.go(v), view);
      await session.waitForState(page, state);
    }
    expect((await session.published(page)).stats.codeScreens).toBe(2);
    await page.waitForFunction(
      () => document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-top[data-item="sms-latest"]'),
      { timeout: 5000 },
    );
    const popup = await session.popupFor(page);
    await popupTop(popup);
    const fromPopup = await topText(popup, false);
    expect(fromPopup).toContain('2');
    await page.waitForFunction(
      (want) => document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-top')?.textContent === want,
      { timeout: 5000 },
      fromPopup,
    );
    expect(await topText(page, true)).toBe(fromPopup);
    await popup.close();
    await page.close();
  });

  it('no panel on a screen that is not a two-step screen', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'password', lang: 'en' }));
    await session.waitForState(page, 'not-mfa-password');
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => document.querySelector('second-step-panel'))).toBeNull();
    const popup = await session.popupFor(page);
    await popup.waitForSelector('[data-state="not-mfa-password"] .ss-empty');
  });

  it('the admin request on an error page carries the error details shown on the page, and nothing secret', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'error', lang: 'en' }));
    const record = await session.waitForState(page, 'error-page');
    const d = record.detection;
    expect(d.errorCode).toMatch(/^\d{5,6}$|^AADSTS\d+$/);
    const pageText = await page.evaluate(() => document.body.textContent ?? '');
    for (const value of [d.correlationId, d.requestId, d.timestamp].filter(Boolean)) {
      expect(pageText).toContain(value);
    }
    const popup = await session.popupFor(page);
    await popup.waitForSelector('.ss-top button[data-action="admin-request"]');
    await popup.click('.ss-top button[data-action="admin-request"]');
    await popup.waitForSelector('#ss-request-text');
    const text = await popup.$eval('#ss-request-text', (el) => (el as HTMLTextAreaElement).value);
    expect(text).toContain(d.errorCode.replace(/^AADSTS/, ''));
    if (d.correlationId) expect(text).toContain(d.correlationId);
    if (d.requestId) expect(text).toContain(d.requestId);
    for (const secret of ['SIM-FAKE-FLOW-TOKEN', 'SIM-FAKE-CANARY', 'SIM-FAKE-CTX']) expect(text).not.toContain(secret);
  });
});
