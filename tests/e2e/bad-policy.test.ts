/**
 * Hostile or broken managed policy, as a REAL Chromium policy file (written by the harness into
 * /etc/chromium/policies/managed/ before launch and removed afterwards). Complements
 * managed-policy.test.ts (happy path and a few rejected values) with the abuse cases: header
 * injection, insecure and script URLs, a 100 KB message, markup in the organisation name, 1000
 * hidden topics, wrong types, unknown keys. The extension must keep working (popup guidance on a
 * push page), defaults must hold for everything rejected, and the options page must list what
 * Second Step itself rejected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { CHROMIUM_POLICY_DIR, launchChromium, simUrl, type ChromiumSession } from './harness';

const MARKUP_NAME = '<img src=x onerror="window.__pwned=1">Contoso';

const policy = {
  // Pass Chromium's schema, fail Second Step's validation:
  supportMessage: 'A'.repeat(100_000),
  // Fewer than 3 digits. (Note: '+1 555 0100 +2' is accepted today although the schema text says
  // '+' only first: utils/config.ts checks only the first '+'; reported, not tested here.)
  helpdeskPhone: '+1 (0)',
  hiddenTopics: Array.from({ length: 1000 }, (_, i) => `no-such-topic-${i}`),
  // Passes both: shown, but only ever as text.
  organizationName: MARKUP_NAME,
  // Fail the schema (pattern, enum or type): Chromium never hands them to the extension.
  helpdeskUrl: 'http://insecure.example',
  helpdeskEmail: 'a@b.c\r\nBcc: x@evil.example',
  securityInfoUrl: 'javascript:alert(document.domain)',
  language: 'xx',
  helpdeskLanguage: 42,
  showInPagePanel: 'no',
  unknownKey: { nested: ['x'] },
  __proto__x: 'x',
};

const ourPolicyFiles = () => {
  try {
    return readdirSync(CHROMIUM_POLICY_DIR)
      .filter((f) => f.startsWith(`second-step-e2e-${process.pid}-`))
      .map((f) => join(CHROMIUM_POLICY_DIR, f));
  } catch {
    return [];
  }
};

async function managedValues(session: ChromiumSession): Promise<Record<string, unknown>> {
  const worker = await session.worker();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const managed = (await worker.evaluate(() => chrome.storage.managed.get())) as Record<string, unknown>;
    if ('organizationName' in managed || Date.now() > deadline) return managed;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function openOptions(session: ChromiumSession): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`, { waitUntil: 'load' });
  await page.waitForSelector('#app[data-state="ready"] #opt-organizationName', { timeout: 10_000 });
  return page;
}

describe('bad managed policy in real Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ policy, helpOpened: true });
  });
  afterAll(async () => {
    try {
      await session?.close();
    } finally {
      for (const f of ourPolicyFiles()) rmSync(f, { force: true });
    }
  });

  it('Chromium hands over only the schema-valid values (the rest never reaches the extension)', async () => {
    const managed = await managedValues(session);
    expect(Object.keys(managed).sort()).toEqual([
      'helpdeskPhone',
      'hiddenTopics',
      'organizationName',
      'supportMessage',
    ]);
    expect((managed.supportMessage as string).length).toBe(100_000);
  });

  it('the popup still renders guidance on a push page, with the defaults for everything rejected', async () => {
    const signin = await session.open(simUrl('login.microsoftonline.com', { scenario: 'push' }));
    await session.waitForState(signin, 'approve-push');
    const popup = await session.popupFor(signin);
    await popup.waitForSelector('main.ss-popup[data-state="approve-push"] [data-item]', { timeout: 10_000 });
    const view = await popup.evaluate(() => ({
      items: document.querySelectorAll('[data-item]').length,
      imgs: [...document.querySelectorAll('img')].map((i) => i.getAttribute('src')),
      pwned: (window as any).__pwned ?? null,
      html: document.body.innerHTML,
      text: document.body.textContent ?? '',
    }));
    expect(view.items).toBeGreaterThan(0);
    // The markup in the organisation name is text, never an element; nothing ran.
    expect(view.imgs.every((src) => src !== 'x')).toBe(true);
    expect(view.pwned).toBeNull();
    expect(view.html).not.toContain('<img src="x"');
    // No 100 KB message anywhere, no insecure or script URL.
    expect(view.text).not.toContain('A'.repeat(600));
    expect(view.html).not.toMatch(/http:\/\/insecure|javascript:|evil\.example/);

    // The admin request: no mailto (the injected e-mail never arrived), no http:// portal.
    const button = await popup.waitForSelector('[data-action="admin-request"]', { timeout: 10_000 });
    await button!.click();
    await popup.waitForSelector('#ss-request-text', { timeout: 5_000 });
    const request = await popup.evaluate(() => ({
      channels: [...document.querySelectorAll('a[data-request-channel]')].map((a) => (a as HTMLAnchorElement).href),
      text: (document.querySelector('#ss-request-text') as HTMLTextAreaElement).value,
    }));
    expect(request.channels.filter((h) => /^(mailto:|http:|javascript:)/.test(h))).toEqual([]);
    expect(request.text).not.toMatch(/Bcc:|evil\.example|A{600}/);
    expect(request.text.length).toBeLessThan(5_000);
    await popup.close();
    await signin.close();
  });

  it('the panel still shows on the sign-in page (showInPagePanel "no" was dropped: default true)', async () => {
    const signin = await session.open(simUrl('login.microsoftonline.com', { scenario: 'sms' }));
    await session.waitForState(signin, 'enter-code-sms');
    await signin.waitForFunction(() => !!document.querySelector('second-step-panel')?.shadowRoot, { timeout: 10_000 });
    const panel = await signin.evaluate(() => {
      const root = document.querySelector('second-step-panel')!.shadowRoot!;
      return {
        imgs: [...root.querySelectorAll('img')].map((i) => i.getAttribute('src')),
        pwned: (window as any).__pwned ?? null,
      };
    });
    expect(panel.imgs.every((src) => src !== 'x')).toBe(true);
    expect(panel.pwned).toBeNull();
    await signin.close();
  });

  it('the options page lists what Second Step rejected; rejected fields keep their defaults and stay editable', async () => {
    const page = await openOptions(session);
    const items = await page.$$eval('.options-rejected li', (lis) => lis.map((li) => li.textContent ?? ''));
    console.log(`[bad-policy] rejected list: ${JSON.stringify(items)}`);
    expect(items.some((t) => t.startsWith('supportMessage'))).toBe(true);
    expect(items.some((t) => t.startsWith('helpdeskPhone'))).toBe(true);
    expect(items.some((t) => t.startsWith('hiddenTopics'))).toBe(true);
    // Bounded: 1000 bad topics are one entry (too many items), not a thousand.
    expect(items.length).toBeLessThanOrEqual(5);
    const fields = await page.evaluate(() =>
      Object.fromEntries(
        ['organizationName', 'supportMessage', 'helpdeskPhone', 'helpdeskUrl', 'helpdeskEmail', 'securityInfoUrl'].map(
          (k) => {
            const el = document.querySelector(`#opt-${k}`) as HTMLInputElement;
            return [k, { value: el.value, disabled: el.disabled }];
          },
        ),
      ),
    );
    expect(fields.organizationName).toEqual({ value: MARKUP_NAME, disabled: true }); // accepted, as text
    expect(fields.supportMessage).toEqual({ value: '', disabled: false });
    expect(fields.helpdeskPhone).toEqual({ value: '', disabled: false });
    expect(fields.helpdeskUrl).toEqual({ value: '', disabled: false });
    expect(fields.helpdeskEmail).toEqual({ value: '', disabled: false });
    expect(fields.securityInfoUrl).toEqual({ value: 'https://mysignins.microsoft.com/security-info', disabled: false });
    expect(await page.evaluate(() => (window as any).__pwned ?? null)).toBeNull();
    expect(await page.$$eval('img', (imgs) => imgs.filter((i) => i.getAttribute('src') === 'x').length)).toBe(0);
    await page.close();
  });
});
