/**
 * The in-page chip in real Chromium with the built extension: what a two-step screen gets first
 * (framework-free, strings translated by the background). It shows the top help's title beside
 * the sign-in box and follows in-place switches; "Show help" (a real mouse click) brings the full
 * panel, expanded and focused, in its place; closing it (×, Escape) dismisses the help for the
 * session; it never covers the sign-in box; screens that are not two-step get none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromium, simUrl, type ChromiumSession } from './harness';

const MS = 'login.microsoftonline.com';

async function chip(page: Page) {
  await page.waitForFunction(
    () => document.querySelector('second-step-chip')?.shadowRoot?.querySelector('.ss-chip-headline')?.textContent,
    { timeout: 10_000 },
  );
  return page.evaluate(() => {
    const host = document.querySelector('second-step-chip')!;
    const root = host.shadowRoot!;
    const r = root.querySelector('.ss-chip')!.getBoundingClientRect();
    const lb = document.getElementById('lightbox')?.getBoundingClientRect();
    return {
      hosts: document.querySelectorAll('second-step-chip').length,
      hidden: (host as HTMLElement).hidden,
      state: root.querySelector('.ss-chip')?.getAttribute('data-state') ?? null,
      lang: root.querySelector('.ss-chip')?.getAttribute('lang') ?? null,
      label: root.querySelector('.ss-chip')?.getAttribute('aria-label') ?? '',
      headline: root.querySelector('.ss-chip-headline')?.textContent ?? '',
      help: root.querySelector('.ss-chip-help')?.textContent ?? '',
      closeLabel: root.querySelector('.ss-chip-close')?.getAttribute('aria-label') ?? '',
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
      covers: lb ? r.left < lb.right && lb.left < r.right && r.top < lb.bottom && lb.top < r.bottom : null,
      panel: document.querySelector('second-step-panel') !== null,
    };
  });
}

/** The popup's top guidance title for the tab: the chip must show the same. */
async function popupTitle(session: ChromiumSession, page: Page): Promise<string> {
  const popup = await session.popupFor(page);
  await popup.waitForSelector('[data-state] .ss-top[data-item] h2', { timeout: 10_000 });
  const title = await popup.$eval('.ss-top h2', (el) => el.textContent ?? '');
  await popup.close();
  return title;
}

async function clickInChip(page: Page, selector: string) {
  const handle = await page.waitForFunction(
    (sel: string) => document.querySelector('second-step-chip')?.shadowRoot?.querySelector(sel),
    { timeout: 10_000 },
    selector,
  );
  await (handle.asElement() as any).click(); // a real mouse click at the element's centre
}

describe('in-page chip (real Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ lang: 'en-US' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('push screen: the chip shows the top help beside the sign-in box, without loading the panel', async () => {
    const page = await session.open(simUrl(MS, { scenario: 'push', lang: 'en' }));
    await session.waitForState(page, 'approve-push');
    const c = await chip(page);
    expect(c.hosts).toBe(1);
    expect(c.hidden).toBe(false);
    expect(c.state).toBe('approve-push');
    expect(c.lang).toBe('en');
    expect(c.help).toBe('Show help');
    expect(c.closeLabel).toBe('Close help');
    expect(c.label).toContain('Second Step');
    expect(c.headline).toBe(await popupTitle(session, page));
    expect(c.covers).toBe(false);
    expect(c.box.height).toBeLessThan(120);
    expect(c.panel).toBe(false);
    await page.close();
  });

  it('follows in-place switches: SMS, then a non-two-step view hides it', async () => {
    const page = await session.open(simUrl(MS, { scenario: 'push', lang: 'en' }));
    await session.waitForState(page, 'approve-push');
    const first = await chip(page);
    await page.evaluate(() => (window as any).__simulator.go('sms'));
    await session.waitForState(page, 'enter-code-sms');
    const want = await popupTitle(session, page);
    await page.waitForFunction(
      (w: string) =>
        document.querySelector('second-step-chip')?.shadowRoot?.querySelector('.ss-chip-headline')?.textContent === w,
      { timeout: 5000 },
      want,
    );
    const sms = await chip(page);
    expect(sms.state).toBe('enter-code-sms');
    expect(sms.headline).not.toBe(first.headline);
    expect(sms.hosts).toBe(1);
    await page.close();
  });

  it('a German page gets a German chip', async () => {
    const page = await session.open(simUrl(MS, { scenario: 'sms', lang: 'de' }));
    await session.waitForState(page, 'enter-code-sms');
    const c = await chip(page);
    expect(c.lang).toBe('de');
    expect(c.help).toBe('Hilfe anzeigen');
    expect(c.headline).toBe(await popupTitle(session, page));
    await page.close();
  });

  it('the username screen gets no chip and no panel', async () => {
    const page = await session.open(simUrl(MS, { scenario: 'username', lang: 'en' }));
    await session.waitForState(page, 'not-mfa-username');
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.evaluate(() => document.querySelector('second-step-chip, second-step-panel'))).toBeNull();
    await page.close();
  });

  it('a narrow window: the chip stays inside the window and still covers nothing', async () => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 400, height: 800 });
    await page.goto(simUrl(MS, { scenario: 'sms', lang: 'en', e2e: 'narrow' }), { waitUntil: 'load' });
    const c = await chip(page);
    expect(c.covers).toBe(false);
    expect(c.box.left).toBeGreaterThanOrEqual(0);
    expect(c.box.right).toBeLessThanOrEqual(400);
    expect(c.box.width).toBeGreaterThan(100);
    await page.close();
  });

  it('"Show help" (mouse click) replaces the chip with the full panel, open and focused; later screens get the panel', async () => {
    const page = await session.open(simUrl(MS, { scenario: 'sms', lang: 'en' }));
    await session.waitForState(page, 'enter-code-sms');
    await chip(page);
    await clickInChip(page, '.ss-chip-help');
    await page.waitForFunction(
      () =>
        document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-top[data-item]') &&
        document.querySelector('second-step-chip') === null,
      { timeout: 10_000 },
    );
    const focus = await page.evaluate(() => {
      const host = document.querySelector('second-step-panel')!;
      return { onHost: document.activeElement === host, inside: host.shadowRoot!.activeElement?.className ?? '' };
    });
    expect(focus.onHost).toBe(true);
    expect(focus.inside).toContain('ss-panel');
    // Still on the SMS screen: nothing was clicked or typed in the page.
    expect((await session.published(page)).detection.state).toBe('enter-code-sms');

    const next = await session.open(simUrl(MS, { scenario: 'push', lang: 'en' }));
    await session.waitForState(next, 'approve-push');
    await next.waitForFunction(
      () => document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-top[data-item]'),
      {
        timeout: 10_000,
      },
    );
    expect(await next.evaluate(() => document.querySelector('second-step-chip'))).toBeNull();
    await page.close();
    await next.close();
  });
});

describe('closing the chip (real Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ lang: 'en-US' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('Escape inside the chip closes it and gives focus back to the page; a new screen gets none', async () => {
    const page = await session.open(simUrl(MS, { scenario: 'sms', lang: 'en' }));
    await session.waitForState(page, 'enter-code-sms');
    await chip(page);
    await page.focus('#idTxtBx_SAOTCC_OTC');
    const fieldId = await page.evaluate(() => document.activeElement?.id ?? '');
    // Into the chip from the keyboard, as a user would: focus its "Show help" button, then Escape.
    await page.evaluate(() =>
      (document.querySelector('second-step-chip')!.shadowRoot!.querySelector('.ss-chip-help') as HTMLElement).focus(),
    );
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('second-step-chip') === null, { timeout: 5000 });
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toBe(fieldId);
    expect(await page.evaluate(() => document.querySelector('second-step-panel'))).toBeNull();

    const next = await session.open(simUrl(MS, { scenario: 'push', lang: 'en' }));
    await session.waitForState(next, 'approve-push');
    await new Promise((r) => setTimeout(r, 800));
    expect(await next.evaluate(() => document.querySelector('second-step-chip, second-step-panel'))).toBeNull();
    await page.close();
    await next.close();
  });
});

describe("the chip's × (real Chromium)", () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ lang: 'en-US' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('× (mouse click) removes it for the session; the popup still works', async () => {
    const page = await session.open(simUrl(MS, { scenario: 'push', lang: 'en' }));
    await session.waitForState(page, 'approve-push');
    await chip(page);
    await clickInChip(page, '.ss-chip-close');
    await page.waitForFunction(() => document.querySelector('second-step-chip') === null, { timeout: 5000 });
    await page.reload({ waitUntil: 'load' });
    await session.waitForState(page, 'approve-push');
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.evaluate(() => document.querySelector('second-step-chip, second-step-panel'))).toBeNull();
    expect(await popupTitle(session, page)).not.toBe('');
    await page.close();
  });
});
