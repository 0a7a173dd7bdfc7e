/**
 * Managed policy in real Chromium: a REAL policy file in /etc/chromium/policies/managed/ (written by the
 * harness before launch, removed on close), the built extension, the options page and the popup.
 * Proves: the schema loads and passes the deploy kit's values, the values arrive locked, Chromium drops
 * schema-invalid values itself, our validation rejects the rest visibly, and a policy change applies
 * without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { CHROMIUM_POLICY_DIR, launchChromium, simUrl, type ChromiumSession } from './harness';
import { CHROMIUM_EXTENSION_ID } from '../../utils/extension-ids';

const GENERATED_LINUX_FILE = resolve('deploy/linux/chromium/second-step-policy.json');
const generated = JSON.parse(readFileSync(GENERATED_LINUX_FILE, 'utf8'));
const examplePolicy = generated['3rdparty'].extensions[CHROMIUM_EXTENSION_ID] as Record<string, unknown>;

const ourPolicyFiles = () => {
  try {
    return readdirSync(CHROMIUM_POLICY_DIR)
      .filter((f) => f.startsWith(`second-step-e2e-${process.pid}-`))
      .map((f) => join(CHROMIUM_POLICY_DIR, f));
  } catch {
    return [];
  }
};
/** Belt and braces: never leave one of this run's policy files in /etc, whatever failed. */
const removeOurPolicyFiles = () => ourPolicyFiles().forEach((f) => rmSync(f, { force: true }));

async function openOptions(session: ChromiumSession): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`, { waitUntil: 'load' });
  await page.waitForSelector('#app[data-state="ready"] #opt-organizationName', { timeout: 10_000 });
  return page;
}

async function waitForManaged(session: ChromiumSession, key: string): Promise<Record<string, unknown>> {
  const worker = await session.worker();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const managed = (await worker.evaluate(() => (globalThis as any).chrome.storage.managed.get())) as Record<
      string,
      unknown
    >;
    if (key in managed || Date.now() > deadline) return managed;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const field = (page: Page, id: string) =>
  page.$eval(`#opt-${id}`, (el) => ({
    value: (el as HTMLInputElement).value,
    disabled: (el as HTMLInputElement).disabled,
    describedBy: el.getAttribute('aria-describedby') ?? '',
  }));

describe('managed policy from the generated Linux policy file (real Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ policy: examplePolicy });
  });
  afterAll(async () => {
    try {
      await session?.close();
    } finally {
      removeOurPolicyFiles();
    }
  });

  it('the policy file the browser reads is byte-for-byte the JSON of deploy/linux/chromium/second-step-policy.json', () => {
    const files = ourPolicyFiles();
    expect(files).toHaveLength(1);
    expect(JSON.parse(readFileSync(files[0]!, 'utf8'))).toEqual(generated);
  });

  it('Chromium accepts the schema and publishes every example value unchanged', async () => {
    const managed = await waitForManaged(session, 'organizationName');
    expect(managed).toEqual(examplePolicy);
  });

  it('the options page shows the policy values locked, with the note', async () => {
    const page = await openOptions(session);
    expect(await page.$eval('.options-managed', (el) => el.textContent)).toMatch(/organization manages/);
    for (const key of [
      'organizationName',
      'helpdeskEmail',
      'helpdeskUrl',
      'helpdeskPhone',
      'securityInfoUrl',
      'supportMessage',
      'helpdeskLanguage',
    ]) {
      const f = await field(page, key);
      expect(f.value, key).toBe(examplePolicy[key]);
      expect(f.disabled, key).toBe(true);
      expect(f.describedBy, key).toContain(`opt-${key}-locked`);
    }
    expect((await field(page, 'language')).disabled).toBe(false); // not in the example policy: the user chooses
    expect(await page.$eval('#opt-topic-app-passwords', (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await page.$eval('fieldset.options-topics', (el) => (el as HTMLFieldSetElement).disabled)).toBe(true);
    expect(await page.$('.options-rejected')).toBeNull();
    await page.close();
  });

  it("the popup's admin request goes to the configured helpdesk", async () => {
    const signin = await session.open(simUrl('login.microsoftonline.com', { scenario: 'sms-no-alternative' }));
    await session.waitForState(signin, 'enter-code-sms');
    const popup = await session.popupFor(signin);
    const button = await popup.waitForSelector('[data-action="admin-request"]', { timeout: 10_000 });
    await button!.click();
    const mailto = await popup.waitForSelector('a[data-request-channel="mailto"]', { timeout: 5_000 });
    const href = await mailto!.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href.startsWith(`mailto:${examplePolicy.helpdeskEmail}?`)).toBe(true);
    const portal = await popup.$eval('a[data-request-channel="url"]', (a) => (a as HTMLAnchorElement).href);
    expect(portal).toBe(examplePolicy.helpdeskUrl);
    await popup.close();
    await signin.close();
  });
});

describe('bad policy values (real Chromium)', () => {
  const policy = {
    organizationName: 'Contoso IT',
    // Pass the schema, fail Second Step's validation → listed as rejected on the options page:
    helpdeskUrl: 'https://user:secret@help.contoso.example/',
    helpdeskPhone: '12',
    hiddenTopics: ['app-passwords', 'no-such-topic'],
    // Fail the schema → Chromium drops them silently (they never reach the extension):
    helpdeskEmail: 'it@contoso.example\r\nBcc: everyone@contoso.example',
    securityInfoUrl: 'javascript:alert(1)',
    showInPagePanel: 'no',
    notInSchema: 'x',
  };
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ policy });
  });
  afterAll(async () => {
    try {
      await session?.close();
    } finally {
      removeOurPolicyFiles();
    }
  });

  it('Chromium passes only schema-valid values', async () => {
    const managed = await waitForManaged(session, 'organizationName');
    expect(Object.keys(managed).sort()).toEqual(['helpdeskPhone', 'helpdeskUrl', 'hiddenTopics', 'organizationName']);
  });

  it('the options page lists what Second Step rejected, and leaves those fields to the user', async () => {
    const page = await openOptions(session);
    const items = await page.$$eval('.options-rejected li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^helpdeskUrl .*user name or password/),
        expect.stringMatching(/^helpdeskPhone /),
        expect.stringMatching(/^hiddenTopics\[1\] Unknown topic/),
      ]),
    );
    expect(items).toHaveLength(3);
    expect((await field(page, 'organizationName')).disabled).toBe(true);
    expect((await field(page, 'helpdeskUrl')).disabled).toBe(false);
    expect((await field(page, 'helpdeskPhone')).disabled).toBe(false);
    // Schema-invalid values never arrived: the defaults stand, nothing locked.
    expect(await field(page, 'securityInfoUrl')).toMatchObject({
      value: 'https://mysignins.microsoft.com/security-info',
      disabled: false,
    });
    expect((await field(page, 'helpdeskEmail')).disabled).toBe(false);
    await page.close();
  });

  it('a policy change applies to the open options page without a restart', async () => {
    const page = await openOptions(session);
    const [file] = ourPolicyFiles();
    const changed = { ...policy, organizationName: 'Contoso Group', helpdeskPhone: '+1 555 0100' };
    writeFileSync(file!, JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: changed } } }));
    // Chromium watches the policy directory and reloads after the file settles (a few seconds).
    await page.waitForFunction(
      () => (document.querySelector('#opt-organizationName') as HTMLInputElement | null)?.value === 'Contoso Group',
      { timeout: 45_000, polling: 250 },
    );
    expect(await field(page, 'helpdeskPhone')).toMatchObject({ value: '+1 555 0100', disabled: true });
    const items = await page.$$eval('.options-rejected li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toHaveLength(2);
    await page.close();
  }, 60_000);
});

describe('Firefox ESR: the generated policies.json 3rdparty block, and a value no schema stops', () => {
  let session: import('./firefox-harness').FirefoxSession;
  const ff = JSON.parse(readFileSync(resolve('deploy/firefox/policies.json'), 'utf8'));
  const geckoPolicy = Object.values(ff.policies['3rdparty'].Extensions)[0] as Record<string, unknown>;
  beforeAll(async () => {
    const { launchFirefox } = await import('./firefox-harness');
    // Firefox checks no schema: a wrong type arrives at the extension and must be rejected by Second Step.
    session = await launchFirefox({ policy: { ...geckoPolicy, showInPagePanel: 'no' } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the options page shows the policy values locked and lists the wrong-typed value', async () => {
    const page = await session.extensionPage('options.html');
    await page.waitForSelector('#app[data-state="ready"] #opt-organizationName', { timeout: 15_000 });
    for (const key of ['organizationName', 'helpdeskEmail', 'helpdeskUrl', 'helpdeskPhone', 'supportMessage']) {
      const f = await field(page, key);
      expect(f.value, key).toBe(geckoPolicy[key]);
      expect(f.disabled, key).toBe(true);
    }
    const items = await page.$$eval('.options-rejected li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toEqual([expect.stringMatching(/^showInPagePanel Wrong type/)]);
    expect(await page.$eval('#opt-showInPagePanel', (el) => (el as HTMLInputElement).disabled)).toBe(false);
    await page.close();
  });
});
