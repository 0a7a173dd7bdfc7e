/**
 * Prefilled helpdesk tickets in real Chromium, configured by a REAL policy file (written by the harness into
 * /etc/chromium/policies/managed/ before launch, removed on close): on the simulator's error page the helpdesk
 * request offers `a[data-request-channel="ticket"]`, whose URL keeps the template's host, path and fixed
 * parameters and carries the error code and correlation id the page shows. A `javascript:` template (dropped
 * by Chromium's schema check) and a template Second Step rejects give no link; the other channels stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { CHROMIUM_POLICY_DIR, launchChromium, simUrl, type ChromiumSession } from './harness';

// A Zendesk Help Center form with two custom fields (tf_<field id>) for the error code and correlation id.
const TEMPLATE =
  'https://contoso.zendesk.com/hc/en-us/requests/new?ticket_form_id=360001234567&tf_subject={subject}' +
  '&tf_description={body}&tf_360011112222={errorCode}&tf_360033334444={correlationId}';
const BASE = { organizationName: 'Contoso IT', helpdeskEmail: 'it-support@contoso.example' };

const removeOurPolicyFiles = () => {
  try {
    for (const f of readdirSync(CHROMIUM_POLICY_DIR)) {
      if (f.startsWith(`second-step-e2e-${process.pid}-`)) rmSync(join(CHROMIUM_POLICY_DIR, f), { force: true });
    }
  } catch {}
};

/** Opens the error page, then the popup's helpdesk request; returns the detection and the request view. */
async function openRequestOnErrorPage(session: ChromiumSession) {
  const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'error', lang: 'en' }));
  const record = await session.waitForState(page, 'error-page');
  // biome-ignore lint/performance/useDomNodeTextContent: the page's rendered text, as the user sees it
  const pageText = await page.evaluate(() => document.body.innerText);
  const popup = await session.popupFor(page);
  const button = await popup.waitForSelector('.ss-top button[data-action="admin-request"]', { timeout: 10_000 });
  await button!.click();
  await popup.waitForSelector('a[data-request-channel="mailto"]', { timeout: 5_000 });
  return { page, popup, detection: record.detection, pageText };
}

const channels = (popup: Page) =>
  popup.$$eval('[data-request-channel]', (els) => els.map((e) => e.getAttribute('data-request-channel')));

describe('prefilled ticket link from a real policy file (real Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ policy: { ...BASE, helpdeskTicketUrl: TEMPLATE } });
  });
  afterAll(async () => {
    try {
      await session?.close();
    } finally {
      removeOurPolicyFiles();
    }
  });

  it('on an error page: same host, path and fixed parameters; the fields hold the error code and correlation id shown', async () => {
    const { page, popup, detection, pageText } = await openRequestOnErrorPage(session);
    const link = await popup.$eval('a[data-request-channel="ticket"]', (a) => ({
      href: (a as HTMLAnchorElement).href,
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
      text: a.textContent,
    }));
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    expect(link.text).toBe('Open a prefilled ticket');
    expect(link.href.length).toBeLessThanOrEqual(2000);
    const url = new URL(link.href);
    const template = new URL(TEMPLATE.replace(/\{\w+\}/g, 'x'));
    expect(url.origin + url.pathname).toBe(template.origin + template.pathname);
    expect([...url.searchParams.keys()]).toEqual([...template.searchParams.keys()]);
    expect(url.searchParams.get('ticket_form_id')).toBe('360001234567');

    // The ids the page shows (the simulator prints them in its troubleshooting details).
    const code = url.searchParams.get('tf_360011112222')!;
    const correlation = url.searchParams.get('tf_360033334444')!;
    expect(code).toMatch(/^\d{5,7}$/);
    expect(detection.errorCode).toContain(code);
    expect(pageText).toContain(code);
    expect(correlation).toMatch(/^[0-9a-f-]{36}$/i);
    expect(correlation).toBe(detection.correlationId);
    expect(pageText).toContain(correlation);

    // Subject and body are the prepared request's, the body as shown in the copy box.
    const text = await popup.$eval('#ss-request-text', (el) => (el as HTMLTextAreaElement).value);
    expect(url.searchParams.get('tf_subject')).toBe('Help needed: stuck at two-step verification (Contoso IT)');
    const body = url.searchParams.get('tf_description')!;
    expect(text).toContain(body);
    expect(body).toContain(correlation);
    for (const secret of ['SIM-FAKE-FLOW-TOKEN', 'SIM-FAKE-CANARY', 'SIM-FAKE-CTX'])
      expect(link.href).not.toContain(secret);

    // The other channels stay: a portal behind Microsoft sign-in may not open for someone stuck at MFA.
    expect(await channels(popup)).toEqual(['mailto', 'ticket']);
    expect(await popup.$('[data-action="copy-request"]')).not.toBeNull();
    await popup.close();
    await page.close();
  });

  it('the options page shows the template, locked', async () => {
    const page = await session.browser.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`, { waitUntil: 'load' });
    const field = await page.waitForSelector('#app[data-state="ready"] #opt-helpdeskTicketUrl', { timeout: 10_000 });
    expect(await field!.evaluate((el) => [(el as HTMLInputElement).value, (el as HTMLInputElement).disabled])).toEqual([
      TEMPLATE,
      true,
    ]);
    expect(await page.$('.options-rejected')).toBeNull();
    await page.close();
  });
});

for (const [what, template, listed] of [
  ["a javascript: template (Chromium's schema drops it)", 'javascript:alert(document.domain)//{body}', null],
  [
    'a template with an unknown placeholder (Second Step rejects it, with the reason)',
    'https://help.contoso.example/new?user={username}&s={subject}',
    /^helpdeskTicketUrl .*not known/,
  ],
] as const) {
  describe(`no ticket link for ${what} (real Chromium)`, () => {
    let session: ChromiumSession;
    beforeAll(async () => {
      session = await launchChromium({ policy: { ...BASE, helpdeskTicketUrl: template } });
    });
    afterAll(async () => {
      try {
        await session?.close();
      } finally {
        removeOurPolicyFiles();
      }
    });

    it('the request offers mail and copy, no ticket link; the options page says why', async () => {
      const { page, popup } = await openRequestOnErrorPage(session);
      expect(await channels(popup)).toEqual(['mailto']);
      expect(await popup.$('a[href^="javascript:"]')).toBeNull();
      await popup.close();
      await page.close();
      const options = await session.browser.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`, { waitUntil: 'load' });
      const field = await options.waitForSelector('#app[data-state="ready"] #opt-helpdeskTicketUrl', {
        timeout: 10_000,
      });
      // Not applied, so not locked: the field keeps the default (empty) for the user.
      expect(
        await field!.evaluate((el) => [(el as HTMLInputElement).value, (el as HTMLInputElement).disabled]),
      ).toEqual(['', false]);
      const rejected = await options.$$eval('.options-rejected li', (lis) => lis.map((li) => li.textContent ?? ''));
      if (listed) expect(rejected).toEqual([expect.stringMatching(listed)]);
      else expect(rejected).toEqual([]);
      await options.close();
    });
  });
}

describe('Firefox ESR (no schema check): a javascript: template reaches Second Step, which rejects it', () => {
  let session: import('./firefox-harness').FirefoxSession;
  beforeAll(async () => {
    const { launchFirefox } = await import('./firefox-harness');
    session = await launchFirefox({
      policy: { ...BASE, helpdeskTicketUrl: 'javascript:alert(document.domain)//{body}' },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("the options page lists it as not https, and the field stays the user's (empty, unlocked)", async () => {
    const page = await session.extensionPage('options.html');
    await page.waitForSelector('#app[data-state="ready"] #opt-helpdeskTicketUrl', { timeout: 15_000 });
    const rejected = await page.$$eval('.options-rejected li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(rejected).toEqual([expect.stringMatching(/^helpdeskTicketUrl Must be a secure address/)]);
    expect(
      await page.$eval('#opt-helpdeskTicketUrl', (el) => [
        (el as HTMLInputElement).value,
        (el as HTMLInputElement).disabled,
      ]),
    ).toEqual(['', false]);
    expect(await page.$eval('#opt-organizationName', (el) => (el as HTMLInputElement).disabled)).toBe(true);
  });
});
