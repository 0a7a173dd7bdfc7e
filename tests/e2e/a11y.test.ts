/**
 * axe-core (WCAG 2.0/2.1/2.2 A + AA rules) in real Chromium on every surface Second Step shows:
 * the popup and the in-page panel (open shadow root of <second-step-panel>) for every two-step
 * screen the simulator offers, the popup's empty states, the helpdesk request view and the options
 * page; in English and Dutch, each in light and dark colour schemes.
 * One browser; the popup and options pages are reused, one sign-in tab per scenario and language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchChromium, simUrl, type ChromiumSession } from './harness';

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

/** Every two-step screen of the simulator: scenario, host (+ path), the state the detector publishes. */
const TWO_STEP_SCENARIOS: { scenario: string; at: string; state: string }[] = [
  { scenario: 'push', at: 'login.microsoftonline.com', state: 'approve-push' },
  { scenario: 'push-number', at: 'login.microsoftonline.com', state: 'approve-push-number-match' },
  { scenario: 'sms', at: 'login.microsoftonline.com', state: 'enter-code-sms' },
  { scenario: 'sms-no-alternative', at: 'login.microsoftonline.com', state: 'enter-code-sms' },
  { scenario: 'totp', at: 'login.microsoftonline.com', state: 'enter-code-totp' },
  { scenario: 'email', at: 'login.microsoftonline.com', state: 'enter-code-email' },
  { scenario: 'call', at: 'login.microsoftonline.com', state: 'phone-call' },
  { scenario: 'picker', at: 'login.microsoftonline.com', state: 'verify-identity-method-picker' },
  { scenario: 'code-from-picker', at: 'login.microsoftonline.com', state: 'enter-code-sms' },
  { scenario: 'timeout', at: 'login.microsoftonline.com', state: 'push-timeout-no-response' },
  { scenario: 'denied', at: 'login.microsoftonline.com', state: 'push-denied' },
  { scenario: 'wrong-code', at: 'login.microsoftonline.com', state: 'code-wrong' },
  { scenario: 'proof-up', at: 'login.microsoftonline.com', state: 'proof-up-required' },
  { scenario: 'error', at: 'login.microsoftonline.com', state: 'error-page' },
  { scenario: 'error-ca', at: 'login.microsoftonline.com', state: 'error-page' },
  { scenario: 'passwordless', at: 'login.microsoftonline.com', state: 'passwordless-push' },
  { scenario: 'fido', at: 'login.microsoftonline.com/common/fido/get', state: 'fido-passkey' },
  { scenario: 'msa-code', at: 'login.live.com', state: 'enter-code-totp' },
  { scenario: 'msa-push', at: 'login.live.com', state: 'approve-push-number-match' },
  { scenario: 'msa-picker', at: 'login.live.com', state: 'verify-identity-method-picker' },
  { scenario: 'ciam-email', at: 'contoso.ciamlogin.com', state: 'enter-code-email' },
  // A view no rule knows: generic help and the page report for IT ([data-diagnostics]).
  { scenario: 'unseen-view', at: 'login.microsoftonline.com', state: 'unknown' },
  { scenario: 'code-react', at: 'login.microsoftonline.com', state: 'enter-code-sms' },
  { scenario: 'access-pass', at: 'login.microsoftonline.com', state: 'enter-temporary-access-pass' },
  { scenario: 'error-device', at: 'login.microsoftonline.com', state: 'error-page' },
];

function urlFor(at: string, query: Record<string, string>) {
  const [host, ...path] = at.split('/');
  return simUrl(host!, query, `/${path.join('/')}`);
}

interface Finding {
  rule: string;
  impact: string | null;
  nodes: string[];
}

/**
 * Runs axe in `page`. With `within`, only that element and its (open) shadow tree are checked.
 * Returns the violations and how many nodes passed, so a run that checked nothing is noticed.
 */
async function axe(page: Page, within?: string): Promise<{ violations: Finding[]; checkedNodes: number }> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (selector: string | null, tags: string[]) => {
      const axe = (globalThis as any).axe;
      const result = await axe.run(selector ? { include: [[selector]] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'passes'],
      });
      return {
        violations: result.violations.map((v: any) => ({
          rule: v.id,
          impact: v.impact,
          nodes: v.nodes.map(
            (n: any) => `${JSON.stringify(n.target)} ${String(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
          ),
        })),
        checkedNodes: result.passes.reduce((sum: number, p: any) => sum + p.nodes.length, 0),
      };
    },
    within ?? null,
    WCAG_TAGS,
  );
}

/** axe in light and in dark colour scheme; findings keyed "<label> <scheme>". */
async function axeBothSchemes(page: Page, label: string, within?: string) {
  const out: Record<string, Finding[]> = {};
  // Open every "More help" item so its text and actions are checked too (axe skips hidden content).
  await page.evaluate(() => {
    const roots: ParentNode[] = [document];
    const panel = document.querySelector('second-step-panel')?.shadowRoot;
    if (panel) roots.push(panel);
    for (const root of roots) root.querySelectorAll('details').forEach((d) => (d.open = true));
  });
  for (const scheme of SCHEMES) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const matches = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    if (matches !== (scheme === 'dark')) throw new Error(`colour scheme emulation failed for ${label}`);
    const { violations, checkedNodes } = await axe(page, within);
    if (checkedNodes < 10) throw new Error(`axe checked only ${checkedNodes} nodes for ${label}`);
    if (violations.length) out[`${label} ${scheme}`] = violations;
  }
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  return out;
}

const PANEL_READY = () =>
  document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-panel [data-item]') != null;

describe('axe-core: no WCAG 2.0/2.1/2.2 A or AA violations (real Chromium, en + nl, light + dark)', () => {
  let session: ChromiumSession;
  let popup: Page;
  const report: string[] = [];

  const gotoPopup = async (query: string, ready: string) => {
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?${query}`, { waitUntil: 'load' });
    await popup.waitForSelector(ready, { timeout: 10_000 });
  };
  const check = (findings: Record<string, Finding[]>) => {
    for (const [where, list] of Object.entries(findings)) {
      for (const f of list) report.push(`${where}: ${f.rule} (${f.impact})\n    ${f.nodes.join('\n    ')}`);
    }
    expect(Object.keys(findings), report.join('\n')).toEqual([]);
  };

  beforeAll(async () => {
    session = await launchChromium({ lang: 'en-US', helpOpened: true });
    popup = await session.browser.newPage();
    await popup.setViewport({ width: 380, height: 600 });
  });
  afterAll(async () => {
    if (report.length) console.log(report.join('\n'));
    await session?.close();
  });

  it('axe really checks inside the panel shadow root and in dark mode: planted faults are reported', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'push', lang: 'en' }));
    await page.waitForFunction(PANEL_READY, { timeout: 10_000 });
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.className = 'axe-canary';
      document.querySelector('second-step-panel')!.shadowRoot!.querySelector('.ss-panel')!.append(b);
    });
    const { violations } = await axe(page, 'second-step-panel');
    expect(violations.map((v) => v.rule)).toContain('button-name');
    // Contrast is checked in the emulated dark scheme: grey on dark grey only there is caught.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '@media (prefers-color-scheme: dark) { .ss-top-title { color: #444 !important; } }';
      document.querySelector('second-step-panel')!.shadowRoot!.append(style);
      document.querySelector('second-step-panel')!.shadowRoot!.querySelector('.axe-canary')!.remove();
    });
    const light = await axe(page, 'second-step-panel');
    expect(light.violations).toEqual([]);
    const dark = await axeBothSchemes(page, 'canary', 'second-step-panel');
    expect(Object.keys(dark)).toEqual(['canary dark']);
    expect(dark['canary dark']!.map((v) => v.rule)).toEqual(['color-contrast']);
    await page.close();
  });

  for (const lang of ['en', 'nl'] as const) {
    it(`${lang}: every two-step screen, panel and popup`, async () => {
      const findings: Record<string, Finding[]> = {};
      for (const { scenario, at, state } of TWO_STEP_SCENARIOS) {
        const page = await session.open(urlFor(at, { scenario, lang }));
        try {
          await session.waitForState(page, state);
          await page.waitForFunction(PANEL_READY, { timeout: 10_000 });
          expect(
            await page.evaluate(() =>
              document.querySelector('second-step-panel')!.shadowRoot!.querySelector('.ss-panel')!.getAttribute('lang'),
            ),
          ).toBe(lang);
          Object.assign(findings, await axeBothSchemes(page, `${lang} panel ${scenario}`, 'second-step-panel'));
          await gotoPopup(`tab=${await session.tabIdOf(page)}`, `[data-state="${state}"] .ss-top[data-item]`);
          expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
          Object.assign(findings, await axeBothSchemes(popup, `${lang} popup ${scenario}`));
        } finally {
          await page.close();
        }
      }
      check(findings);
    });

    it(`${lang}: the helpdesk request view in popup and panel, the collapsed panel closed and opened`, async () => {
      const findings: Record<string, Finding[]> = {};
      const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'error', lang }));
      await session.waitForState(page, 'error-page');
      await page.waitForFunction(PANEL_READY, { timeout: 10_000 });
      await page.evaluate(() =>
        (
          document
            .querySelector('second-step-panel')!
            .shadowRoot!.querySelector('.ss-top [data-action="admin-request"]') as HTMLElement
        ).click(),
      );
      await page.waitForFunction(() =>
        document.querySelector('second-step-panel')!.shadowRoot!.querySelector('#ss-request-text'),
      );
      Object.assign(findings, await axeBothSchemes(page, `${lang} panel request`, 'second-step-panel'));
      await gotoPopup(`tab=${await session.tabIdOf(page)}`, '.ss-top [data-action="admin-request"]');
      await popup.$eval('.ss-top [data-action="admin-request"]', (b) => (b as HTMLElement).click());
      await popup.waitForSelector('#ss-request-text');
      Object.assign(findings, await axeBothSchemes(popup, `${lang} popup request`));
      // A narrow window: the panel is a small button in the corner until opened.
      await page.setViewport({ width: 400, height: 500 });
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(
        () => document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-panel-collapsed'),
        { timeout: 10_000 },
      );
      Object.assign(findings, await axeBothSchemes(page, `${lang} panel collapsed`, 'second-step-panel'));
      await page.evaluate(() =>
        (
          document
            .querySelector('second-step-panel')!
            .shadowRoot!.querySelector('.ss-panel-head [aria-expanded]') as HTMLElement
        ).click(),
      );
      await page.waitForFunction(PANEL_READY, { timeout: 10_000 });
      Object.assign(findings, await axeBothSchemes(page, `${lang} panel collapsed, opened`, 'second-step-panel'));
      await page.close();
      check(findings);
    });
  }

  it('empty states of the popup: a sign-in screen without two-step (en, nl), a tab with nothing detected', async () => {
    const findings: Record<string, Finding[]> = {};
    for (const lang of ['en', 'nl']) {
      const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'password', lang }));
      await session.waitForState(page, 'not-mfa-password');
      await gotoPopup(`tab=${await session.tabIdOf(page)}`, '[data-state="not-mfa-password"] .ss-empty');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      Object.assign(findings, await axeBothSchemes(popup, `${lang} popup empty sign-in`));
      await page.close();
    }
    await gotoPopup('tab=999999', '.ss-empty[data-empty="elsewhere"]');
    Object.assign(findings, await axeBothSchemes(popup, 'popup empty no record'));
    check(findings);
  });

  it('backup-method reminder: in the popup (with "Getting a new phone?") and on "Stay signed in?" in the page (en, nl)', async () => {
    const findings: Record<string, Finding[]> = {};
    const w = await session.worker();
    for (const lang of ['en', 'nl']) {
      await w.evaluate(() =>
        chrome.storage.local.set({
          backupNudge: { due: true, personal: false, since: 1, snoozedUntil: 0, quietUntil: 0 },
        }),
      );
      const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'kmsi', lang }));
      await session.waitForState(page, 'not-mfa-kmsi');
      await page.waitForFunction(
        () =>
          document.querySelector('second-step-chip')?.shadowRoot?.querySelector('[data-item="backup-method-nudge"]') !=
          null,
        { timeout: 10_000 },
      );
      Object.assign(findings, await axeBothSchemes(page, `${lang} page reminder`, 'second-step-chip'));
      await gotoPopup(`tab=${await session.tabIdOf(page)}`, '[data-item="backup-method-nudge"]');
      expect(await popup.$('[data-item="new-phone"]')).not.toBeNull();
      Object.assign(findings, await axeBothSchemes(popup, `${lang} popup reminder`));
      await page.close();
    }
    await w.evaluate(() => chrome.storage.local.remove('backupNudge'));
    check(findings);
  });

  it('options page in en and nl, clean and with validation errors shown', async () => {
    const findings: Record<string, Finding[]> = {};
    const options = await session.browser.newPage();
    const url = `chrome-extension://${session.extensionId}/options.html`;
    try {
      for (const lang of ['en', 'nl']) {
        // The options page follows the configured language; set it the way a user would store it.
        const w = await session.worker();
        await w.evaluate(async (l: string) => {
          await chrome.storage.local.set({ userOptions: { language: l === 'en' ? '' : l } });
        }, lang);
        await options.goto(url, { waitUntil: 'load' });
        await options.waitForSelector('#app[data-state="ready"] form');
        expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang);
        Object.assign(findings, await axeBothSchemes(options, `${lang} options`));
        await options.bringToFront();
        await options.type('#opt-helpdeskEmail', 'not an address');
        await options.click('button[type="submit"]');
        await options.waitForSelector('#opt-helpdeskEmail[aria-invalid="true"]');
        Object.assign(findings, await axeBothSchemes(options, `${lang} options with an error`));
      }
    } finally {
      await (await session.worker()).evaluate(() => chrome.storage.local.remove('userOptions'));
      await options.close();
    }
    check(findings);
  });
});
