/**
 * Layout in real Chromium: the in-page panel never covers the sign-in box (#lightbox) at three
 * window sizes, the popup reflows at 200% zoom without horizontal scrolling or clipped content,
 * and the UI holds up in forced colours (Windows high contrast) and with reduced motion.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { popupOverflow } from './popup-geometry';
import { launchChromium, simUrl, type ChromiumSession } from './harness';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 800, height: 900 },
  { width: 400, height: 800 },
];
/** Short and tall sign-in boxes; error pages have the longest content. */
const SCENARIOS = [
  { scenario: 'push', state: 'approve-push' },
  { scenario: 'sms', state: 'enter-code-sms' },
  { scenario: 'picker', state: 'verify-identity-method-picker' },
  { scenario: 'error', state: 'error-page' },
];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function geometry(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const host = document.querySelector('second-step-panel');
    const panel = host?.shadowRoot?.querySelector('.ss-panel');
    return {
      host: box(host),
      panel: box(panel),
      mode: panel?.className ?? '',
      lightbox: box(document.getElementById('lightbox')),
      viewport: { width: innerWidth, height: innerHeight },
      position: host ? getComputedStyle(host).position : '',
    };
  });
}

describe('layout (real Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ lang: 'en-US', helpOpened: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const vp of VIEWPORTS) {
    it(`${vp.width}×${vp.height}: the panel does not intersect #lightbox and stays in the window`, async () => {
      for (const { scenario, state } of SCENARIOS) {
        const page = await session.browser.newPage();
        await page.setViewport(vp);
        const u = new URL(simUrl('login.microsoftonline.com', { scenario, lang: 'en', controls: '0' }));
        u.searchParams.set('e2e', `layout-${vp.width}-${scenario}-${Date.now()}`);
        await page.goto(u.href, { waitUntil: 'load' });
        await session.waitForState(page, state);
        await page.waitForFunction(
          () => document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-panel'),
          { timeout: 10_000 },
        );
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const g = await geometry(page);
        const where = `${scenario} ${vp.width}×${vp.height} ${g.mode} ${JSON.stringify(g)}`;
        expect(g.position, where).toBe('fixed');
        expect(g.lightbox, where).not.toBeNull();
        expect(g.panel!.bottom - g.panel!.top, where).toBeGreaterThan(20); // really rendered
        expect(intersects(g.host!, g.lightbox!), where).toBe(false);
        expect(intersects(g.panel!, g.lightbox!), where).toBe(false);
        // Fully inside the window.
        expect(g.host!.left, where).toBeGreaterThanOrEqual(0);
        expect(g.host!.top, where).toBeGreaterThanOrEqual(0);
        expect(g.host!.right, where).toBeLessThanOrEqual(g.viewport.width);
        expect(g.host!.bottom, where).toBeLessThanOrEqual(g.viewport.height);
        if (vp.width === 1280) expect(g.mode, where).toContain('ss-panel-right');
        await page.close();
      }
    });
  }

  it('the panel moves when the window is resized, still clear of #lightbox', async () => {
    const page = await session.open(
      simUrl('login.microsoftonline.com', { scenario: 'sms', lang: 'en', controls: '0' }),
    );
    await page.setViewport({ width: 1280, height: 800 });
    await page.waitForFunction(
      () => document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-panel-right'),
      {
        timeout: 10_000,
      },
    );
    for (const vp of [...VIEWPORTS].reverse()) {
      await page.setViewport(vp);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const g = await geometry(page);
      expect(intersects(g.host!, g.lightbox!), `${vp.width} ${JSON.stringify(g)}`).toBe(false);
    }
    await page.close();
  });

  it('popup at 100% and 200% zoom (380 px window): no horizontal scroll, nothing cut off, all states tried', async () => {
    const popup = await session.browser.newPage();
    const cases = [
      { scenario: 'push', state: 'approve-push', lang: 'en' },
      { scenario: 'sms-no-alternative', state: 'enter-code-sms', lang: 'nl' },
      { scenario: 'error', state: 'error-page', lang: 'nl' },
      { scenario: 'picker', state: 'verify-identity-method-picker', lang: 'en' },
      { scenario: 'error-ca', state: 'error-page', lang: 'en' },
    ];
    for (const c of cases) {
      const page = await session.open(simUrl('login.microsoftonline.com', { scenario: c.scenario, lang: c.lang }));
      await session.waitForState(page, c.state);
      const tabId = await session.tabIdOf(page);
      // 200% zoom in a 380 px popup = a 190 CSS px wide layout at device scale 2.
      for (const zoom of [1, 2]) {
        await popup.setViewport({
          width: Math.round(380 / zoom),
          height: Math.round(600 / zoom),
          deviceScaleFactor: zoom,
        });
        await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
        await popup.waitForSelector('.ss-top[data-item]');
        // Everything open: the "more help" items and, afterwards, the helpdesk request view.
        await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        let o = await popupOverflow(popup);
        const where = `${c.scenario} ${c.lang} zoom ${zoom}`;
        expect(o.scrollWidth, `${where} ${o.clipped.join(', ')}`).toBeLessThanOrEqual(o.clientWidth);
        expect(o.clipped, where).toEqual([]);
        await popup.$eval('.ss-top [data-action="admin-request"], [data-action="admin-request"]', (b) =>
          (b as HTMLElement).click(),
        );
        await popup.waitForSelector('#ss-request-text');
        o = await popupOverflow(popup);
        expect(o.scrollWidth, `${where} request ${o.clipped.join(', ')}`).toBeLessThanOrEqual(o.clientWidth);
        expect(o.clipped, `${where} request`).toEqual([]);
      }
      await page.close();
    }
    await popup.close();
  });

  it('forced colours: buttons keep a border, the top item keeps its frame, focus is a visible outline', async () => {
    const page = await session.open(
      simUrl('login.microsoftonline.com', { scenario: 'push', lang: 'en', controls: '0' }),
    );
    await session.waitForState(page, 'approve-push');
    const popup = await session.popupFor(page);
    for (const p of [popup, page]) {
      await p.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    }
    await popup.waitForSelector('.ss-top[data-item]');
    await popup.bringToFront();
    const check = (root: 'popup' | 'panel') =>
      (root === 'popup' ? popup : page).evaluate((which: string) => {
        const scope: ParentNode =
          which === 'panel' ? document.querySelector('second-step-panel')!.shadowRoot! : document;
        const forced = matchMedia('(forced-colors: active)').matches;
        // Settings is styled as a link: its underline marks it; every other control needs a border.
        const settings = scope.querySelector<HTMLElement>('.ss-settings');
        const settingsUnderlined = !settings || getComputedStyle(settings).textDecorationLine.includes('underline');
        const buttons = [...scope.querySelectorAll<HTMLElement>('.ss-button, .ss-close')].filter((b) =>
          b.checkVisibility(),
        );
        const noBorder = buttons
          .filter((b) => {
            const s = getComputedStyle(b);
            return s.borderTopStyle === 'none' || parseFloat(s.borderTopWidth) < 1;
          })
          .map((b) => b.className);
        const top = getComputedStyle(scope.querySelector('.ss-top')!);
        buttons[0]!.focus();
        return {
          forced,
          settingsUnderlined,
          buttons: buttons.length,
          noBorder,
          topFramed: top.borderTopStyle !== 'none' && top.borderRightStyle !== 'none',
        };
      }, root);
    /** Moves focus on by one Tab (keyboard focus, so :focus-visible applies) and reads its outline. */
    const keyboardFocusOutline = async (root: 'popup' | 'panel') => {
      const p = root === 'popup' ? popup : page;
      await p.keyboard.press('Tab');
      return p.evaluate((which: string) => {
        const el = (
          which === 'panel'
            ? document.querySelector('second-step-panel')!.shadowRoot!.activeElement
            : document.activeElement
        ) as HTMLElement | null;
        if (!el) return 'no focus';
        const f = getComputedStyle(el);
        return `${f.outlineStyle} ${parseFloat(f.outlineWidth)} ${el.matches(':focus-visible')}`;
      }, root);
    };
    await page.waitForFunction(
      () => document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-top'),
      {
        timeout: 10_000,
      },
    );
    for (const root of ['popup', 'panel'] as const) {
      if (root === 'panel') await page.bringToFront();
      const r = await check(root);
      expect(r.forced, root).toBe(true);
      expect(r.buttons, root).toBeGreaterThanOrEqual(2);
      expect(r.noBorder, root).toEqual([]);
      expect(r.settingsUnderlined, root).toBe(true);
      expect(r.topFramed, root).toBe(true);
      const outline = await keyboardFocusOutline(root);
      expect(outline, root).toBe('solid 3 true');
    }
    await popup.close();
    await page.close();
  });

  it('reduced motion: no animations or transitions in the popup and the panel', async () => {
    const page = await session.open(
      simUrl('login.microsoftonline.com', { scenario: 'sms', lang: 'en', controls: '0' }),
    );
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await session.waitForState(page, 'enter-code-sms');
    const popup = await session.popupFor(page);
    await popup.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await popup.waitForSelector('.ss-top[data-item]');
    await page.waitForFunction(
      () => document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-top'),
      {
        timeout: 10_000,
      },
    );
    const moving = (p: Page, inPanel: boolean) =>
      p.evaluate((panel: boolean) => {
        const scope: Document | ShadowRoot = panel
          ? document.querySelector('second-step-panel')!.shadowRoot!
          : document;
        scope.querySelectorAll('details').forEach((d) => (d.open = true));
        const els = [...scope.querySelectorAll<HTMLElement>('*')];
        return {
          reduce: matchMedia('(prefers-reduced-motion: reduce)').matches,
          animations: scope.getAnimations().length,
          moving: els
            .filter((el) => {
              const s = getComputedStyle(el);
              const t = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
              return t || s.animationName !== 'none';
            })
            .map((el) => el.tagName + '.' + el.className),
        };
      }, inPanel);
    for (const [p, inPanel] of [
      [popup, false],
      [page, true],
    ] as const) {
      const r = await moving(p, inPanel);
      expect(r.reduce).toBe(true);
      expect(r.animations).toBe(0);
      expect(r.moving).toEqual([]);
    }
    await popup.close();
    await page.close();
  });
});
