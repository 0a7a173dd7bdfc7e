/**
 * Real Firefox ESR with the built MV3 extension (temporary install over WebDriver BiDi), the sign-in
 * hosts mapped to the local simulator. Proves the MV3-for-Firefox choice: content script matches and
 * host permissions granted, storage.session, scripting.executeScript of the runtime-injected panel,
 * storage.managed from Firefox's enterprise policies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { GECKO_ID } from '../../utils/extension-ids';
import { FIREFOX_POLICY_FILE, launchFirefox, simUrl, type FirefoxSession } from './firefox-harness';

declare const browser: any;

const MS = 'login.microsoftonline.com';

/** Reads the popup's contract attributes and its top guidance item. */
async function popupView(popup: Page) {
  return popup.evaluate(() => {
    const main = document.querySelector('main.ss-popup') as HTMLElement | null;
    return {
      rootState: document.documentElement.dataset.state ?? null,
      mainState: main?.dataset.state ?? null,
      htmlLang: document.documentElement.lang,
      topItem: document.querySelector('.ss-top')?.getAttribute('data-item') ?? null,
      topTitle: document.querySelector('.ss-top .ss-top-title')?.textContent?.trim() ?? '',
    };
  });
}

describe('Firefox ESR: detection, popup, MV3 APIs', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('installs as MV3 with every sign-in host permission granted (temporary install)', async () => {
    const info = await s.inExtension(async () => ({
      manifestVersion: browser.runtime.getManifest().manifest_version,
      hostPermissions: browser.runtime.getManifest().host_permissions,
      granted: await browser.permissions.getAll(),
    }));
    expect(s.extensionId).toBe(GECKO_ID);
    expect(await s.inExtension(() => browser.runtime.id)).toBe(GECKO_ID);
    expect(info.manifestVersion).toBe(3);
    expect(info.hostPermissions.length).toBeGreaterThan(0);
    // Firefox MV3 treats host_permissions as optional-at-runtime; they must actually be granted.
    expect([...info.granted.origins].sort()).toEqual([...info.hostPermissions].sort());
    expect(info.granted.permissions).toEqual(expect.arrayContaining(['storage', 'scripting']));
  });

  it('detects the push screen and publishes it in storage.session', async () => {
    const page = await s.open(simUrl(MS, { scenario: 'push', lang: 'en' }));
    const record = await s.waitForState(page, 'approve-push');
    expect(record.detection.host).toBe(MS);
    expect(record.detection.lang).toBe('en');
    expect(typeof record.updatedAt).toBe('number');
  });

  it('detects the SMS code screen with "Sign in another way"', async () => {
    const page = await s.open(simUrl(MS, { scenario: 'sms', lang: 'en' }));
    const record = await s.waitForState(page, 'enter-code-sms');
    expect(record.detection.signInAnotherWay).toBe(true);
  });

  it('detects the SMS code screen without another way', async () => {
    const page = await s.open(simUrl(MS, { scenario: 'sms-no-alternative', lang: 'en' }));
    const record = await s.waitForState(page, 'enter-code-sms');
    expect(record.detection.signInAnotherWay).toBe(false);
  });

  it('detects the method picker', async () => {
    const page = await s.open(simUrl(MS, { scenario: 'picker', lang: 'en' }));
    await s.waitForState(page, 'verify-identity-method-picker');
  });

  it('injects the chip with scripting.executeScript on a two-step screen, and the panel on "Show help"', async () => {
    const page = await s.open(simUrl(MS, { scenario: 'sms', lang: 'en' }));
    await s.waitForState(page, 'enter-code-sms');
    // Neither script is in the manifest: only the background's executeScript can put them there.
    await page.waitForFunction(
      () =>
        document
          .querySelector('second-step-chip[data-second-step="chip"]')
          ?.shadowRoot?.querySelector('.ss-chip-help') != null,
      { timeout: 10_000 },
    );
    expect(await page.evaluate(() => document.querySelector('[data-second-step="panel"]'))).toBeNull();
    await page.evaluate(() =>
      (document.querySelector('second-step-chip')!.shadowRoot!.querySelector('.ss-chip-help') as HTMLElement).click(),
    );
    await page.waitForFunction(
      () =>
        document.querySelector('[data-second-step="panel"]') !== null &&
        document.querySelector('second-step-chip') === null,
      { timeout: 10_000 },
    );
    const manifestScripts = await s.inExtension(() =>
      (browser.runtime.getManifest().content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []),
    );
    expect(manifestScripts.some((f: string) => f.includes('panel') || f.includes('chip'))).toBe(false);
  });

  it("popup.html?tab=<id> shows the tab's state, its language and a top guidance item", async () => {
    const page = await s.open(simUrl(MS, { scenario: 'push', lang: 'en' }));
    await s.waitForState(page, 'approve-push');
    const popup = await s.popupFor(page);
    const view = await popupView(popup);
    expect(view.rootState).toBe('approve-push');
    expect(view.mainState).toBe('approve-push');
    expect(view.htmlLang).toBe('en');
    expect(view.topItem).toBeTruthy();
    expect(view.topTitle.length).toBeGreaterThan(0);
    expect(view.topTitle).not.toMatch(/^[\w-]+[:.][\w.-]+$/); // a text, not an untranslated key
    await popup.close();
  });

  it('popup follows the page language (nl picker)', async () => {
    const page = await s.open(simUrl(MS, { scenario: 'picker', lang: 'nl' }));
    const record = await s.waitForState(page, 'verify-identity-method-picker');
    expect(record.detection.lang).toMatch(/^nl/);
    const popup = await s.popupFor(page);
    const view = await popupView(popup);
    expect(view.rootState).toBe('verify-identity-method-picker');
    expect(view.htmlLang).toBe('nl');
    expect(view.topTitle.length).toBeGreaterThan(0);
    await popup.close();
  });

  it("the content script does not run on other.example.org (same page, positive control on Microsoft's host)", async () => {
    // runtime.sendMessage from a content script reaches every extension page, so a listener in the
    // probe page sees each detection message before the background's sender check could drop it.
    const probe = await s.probe();
    await probe.evaluate(() => {
      (globalThis as any).__seen = [];
      browser.runtime.onMessage.addListener((msg: any, sender: any) => {
        (globalThis as any).__seen.push({ type: msg?.type, url: sender.url ?? '', tab: sender.tab?.id ?? null });
      });
    });
    const other = await s.open(simUrl('other.example.org', { scenario: 'push', lang: 'en' }));
    const control = await s.open(simUrl(MS, { scenario: 'push', lang: 'en' }));
    await s.waitForState(control, 'approve-push');
    await new Promise((r) => setTimeout(r, 1000)); // the other page's load (when the detector would be injected) has long passed
    const seen: Array<{ url: string }> = await probe.evaluate(() => (globalThis as any).__seen);
    expect(seen.some((m) => new URL(m.url).hostname === MS)).toBe(true);
    expect(seen.filter((m) => m.url && new URL(m.url).hostname !== MS)).toEqual([]);
    // Nor does anything of the extension appear in that page.
    expect(await other.evaluate(() => document.querySelector('[data-second-step]') !== null)).toBe(false);
  });

  it('without a policy, storage.managed rejects (Firefox: "not managed")', async () => {
    const result = await s.inExtension(async () => {
      try {
        return { ok: true, value: await browser.storage.managed.get() };
      } catch (e) {
        return { ok: false, error: String((e as Error)?.message ?? e) };
      }
    });
    expect(result.ok).toBe(false);
  });
});

describe('Firefox ESR: managed configuration from /etc/firefox/policies/policies.json (3rdparty)', () => {
  const policy = { helpdeskEmail: 'it@contoso.example', organizationName: 'Contoso' };
  let before: Buffer | null;
  let s: FirefoxSession | undefined;
  beforeAll(async () => {
    before = existsSync(FIREFOX_POLICY_FILE) ? readFileSync(FIREFOX_POLICY_FILE) : null;
    s = await launchFirefox({ policy });
  });
  afterAll(async () => {
    await s?.close();
    // The machine-wide policy file is gone again (or restored byte for byte).
    if (before) expect(readFileSync(FIREFOX_POLICY_FILE).equals(before)).toBe(true);
    else expect(existsSync(FIREFOX_POLICY_FILE)).toBe(false);
  });

  it('Firefox started with the policy for our gecko id, and the machine-wide file is already restored', () => {
    const written = s!.policyWritten as any;
    expect(written.policies['3rdparty'].Extensions[s!.extensionId]).toEqual(policy);
    if (before) expect(readFileSync(FIREFOX_POLICY_FILE).equals(before)).toBe(true);
    else expect(existsSync(FIREFOX_POLICY_FILE)).toBe(false);
  });

  it('storage.managed returns the policy', async () => {
    const managed = await s!.inExtension(() => browser.storage.managed.get());
    expect(managed).toEqual(policy);
  });

  it('options page shows the helpdesk address locked by policy', async () => {
    const options = await s!.extensionPage('options.html');
    await options.waitForFunction(() => document.querySelector('#opt-helpdeskEmail') !== null, { timeout: 10_000 });
    const field = await options.evaluate(() => {
      const input = document.querySelector('#opt-helpdeskEmail') as HTMLInputElement;
      return {
        value: input.value,
        disabled: input.disabled,
        lockedNote: document.querySelector('#opt-helpdeskEmail-locked') !== null,
      };
    });
    expect(field).toEqual({ value: 'it@contoso.example', disabled: true, lockedNote: true });
    await options.close();
  });

  it('popup prepares the helpdesk e-mail to the managed address and names the organisation', async () => {
    const page = await s!.open(simUrl(MS, { scenario: 'sms-no-alternative', lang: 'en' }));
    await s!.waitForState(page, 'enter-code-sms');
    const popup = await s!.popupFor(page);
    const org = await popup.evaluate(() => document.querySelector('.ss-header .ss-org')?.textContent ?? '');
    expect(org).toContain('Contoso');
    // Open the prepared helpdesk request (our own popup's button; nothing on the sign-in page is touched).
    await popup.waitForFunction(() => document.querySelector('button[data-action="admin-request"]') !== null, {
      timeout: 10_000,
    });
    await popup.evaluate(() =>
      (document.querySelector('button[data-action="admin-request"]') as HTMLButtonElement).click(),
    );
    await popup.waitForFunction(() => document.querySelector('a[data-request-channel="mailto"]') !== null, {
      timeout: 10_000,
    });
    const mailto = await popup.evaluate(
      () => (document.querySelector('a[data-request-channel="mailto"]') as HTMLAnchorElement).href,
    );
    expect(mailto.startsWith('mailto:it@contoso.example?')).toBe(true);
    expect(decodeURIComponent(mailto)).toContain('Contoso');
    await popup.close();
  });
});
