/**
 * Keyboard and screen-reader use of the in-page panel and the popup, in real Chromium:
 * the panel never takes focus from the sign-in form, is reachable with Tab after it, shows a
 * visible focus ring on every control, closes with Escape only when focus is inside it (and
 * gives focus back to the page), names every control, and announces in-place guidance changes
 * through a live region.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromium, simUrl, type ChromiumSession } from './harness';

const CODE_INPUT = 'idTxtBx_SAOTCC_OTC';

const panelTopItem = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-top')?.getAttribute('data-item') ??
      null,
  );

async function waitPanel(page: Page) {
  await page.waitForFunction(
    () => document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-panel [data-item]'),
    { timeout: 10_000 },
  );
}

/** What has focus: inside the panel (shadow root) or in the page. */
function focusInfo(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('second-step-panel');
    const active = document.activeElement;
    const inner = host && active === host ? host.shadowRoot!.activeElement : null;
    const el = (inner ?? active) as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      inPanel: Boolean(inner),
      id: el?.id ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.getAttribute('aria-label') || el?.textContent || '').trim().slice(0, 60),
      focusVisible: el ? el.matches(':focus-visible') : false,
      outline: style ? `${style.outlineStyle} ${parseFloat(style.outlineWidth)}` : '',
      /** Index among the panel's focusable controls in DOM order (-1 outside). */
      index: inner
        ? [...host!.shadowRoot!.querySelectorAll('button, a[href], summary, textarea')]
            .filter((e) => (e as HTMLElement).tabIndex >= 0 && e.checkVisibility())
            .indexOf(inner)
        : -1,
    };
  });
}

describe('keyboard and screen reader (real Chromium)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ lang: 'en-US', helpOpened: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Opens an SMS code page whose code field has focus from the moment the page exists (like Microsoft's). */
  async function openWithFocusedCodeField(scenario = 'sms') {
    // The hook must be installed before navigation, so this tab is opened by hand (the e2e marker keeps it findable).
    const tab = await session.browser.newPage();
    await tab.evaluateOnNewDocument((id: string) => {
      document.addEventListener('DOMContentLoaded', () => {
        document.getElementById(id)?.focus();
        (window as any).__panelExistedAtFocus = document.querySelector('second-step-panel') !== null;
      });
    }, CODE_INPUT);
    const u = new URL(simUrl('login.microsoftonline.com', { scenario, lang: 'en', controls: '0' }));
    u.searchParams.set('e2e', `kbd-${scenario}-${Date.now()}`);
    await tab.goto(u.href, { waitUntil: 'load' });
    await tab.bringToFront();
    return tab;
  }

  it('the panel appears without taking focus from the code field, also after an in-place switch', async () => {
    const page = await openWithFocusedCodeField();
    await waitPanel(page);
    expect(await page.evaluate(() => (window as any).__panelExistedAtFocus)).toBe(false);
    await new Promise((r) => setTimeout(r, 300)); // any late focus() by the panel would have happened
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(CODE_INPUT);
    // Typing still goes into the code field.
    await page.keyboard.type('12');
    expect(await page.$eval(`#${CODE_INPUT}`, (el) => (el as HTMLInputElement).value)).toBe('12');

    // In-place switch to "wrong code": the page focuses its new field; the panel re-renders and leaves it.
    const before = await panelTopItem(page);
    await page.evaluate((id: string) => {
      (window as any).__simulator.go('wrong-code');
      document.getElementById(id)?.focus();
    }, CODE_INPUT);
    await page.waitForFunction(
      (b: string | null) =>
        document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-top')?.getAttribute('data-item') !==
        b,
      { timeout: 10_000 },
      before,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await panelTopItem(page)).toBe('code-wrong');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(CODE_INPUT);
    await page.close();
  });

  it('Tab reaches the panel after the sign-in form; DOM order; a visible focus ring on every control', async () => {
    const page = await openWithFocusedCodeField();
    await waitPanel(page);
    const steps = [];
    let entered = -1;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await focusInfo(page);
      steps.push(f);
      if (f.inPanel && entered < 0) entered = i;
      if (entered >= 0 && !f.inPanel) break; // left the panel again
    }
    expect(entered, JSON.stringify(steps)).toBeGreaterThan(0); // the page's own controls come first
    expect(steps[0]!.inPanel).toBe(false);
    const inPanel = steps.filter((s) => s.inPanel);
    expect(inPanel.length).toBeGreaterThanOrEqual(4); // close, actions, "more help" items
    // Focus order = DOM order of the panel's controls, nothing skipped.
    expect(inPanel.map((s) => s.index)).toEqual(inPanel.map((_, i) => i));
    for (const s of inPanel) {
      expect(s.focusVisible, s.text).toBe(true);
      const [style, width] = s.outline.split(' ');
      expect(style, s.text).not.toBe('none');
      expect(Number(width), s.text).toBeGreaterThanOrEqual(2);
    }
    // Shift+Tab goes back into the panel from what follows it.
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    if (!steps.at(-1)!.inPanel) expect((await focusInfo(page)).inPanel).toBe(true);
    await page.close();
  });

  it('Escape does nothing while focus is in the page; inside the panel it closes it and focus goes back to the page', async () => {
    const page = await openWithFocusedCodeField();
    try {
      await waitPanel(page);
      await page.keyboard.press('Escape');
      await new Promise((r) => setTimeout(r, 200));
      expect(await page.evaluate(() => document.querySelector('second-step-panel') !== null)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(CODE_INPUT);

      // Shift+Tab from the code field never enters the panel (it comes after the form); jump into
      // the panel from the code field's position by focusing its close button through Tab order.
      let lastInPage = CODE_INPUT;
      for (let i = 0; i < 40; i++) {
        const f = await focusInfo(page);
        if (f.inPanel) break;
        lastInPage = f.id || f.tag;
        await page.keyboard.press('Tab');
      }
      expect((await focusInfo(page)).inPanel).toBe(true);
      await page.keyboard.press('Tab'); // a control deeper inside the panel
      expect((await focusInfo(page)).inPanel).toBe(true);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.querySelector('second-step-panel') === null, { timeout: 5000 });
      // Focus is back on the page control the user tabbed in from (not lost on <body>).
      const after = await page.evaluate(
        () => document.activeElement?.id || document.activeElement?.tagName.toLowerCase(),
      );
      expect(after).toBe(lastInPage);
      expect(after).not.toBe('body');
      // Closed: an in-place switch does not bring it back.
      await page.evaluate(() => (window as any).__simulator.go('wrong-code'));
      await session.waitForState(page, 'code-wrong');
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.evaluate(() => document.querySelector('second-step-panel'))).toBeNull();
    } finally {
      // The dismissal lasts for the browser session: undo it for the next tests.
      await (await session.worker()).evaluate(() => chrome.storage.session.remove('panelDismissed'));
      await page.close();
    }
  });

  it('closing with the × button by keyboard gives focus back to the code field when the user came from there', async () => {
    const page = await openWithFocusedCodeField();
    try {
      await waitPanel(page);
      // Straight from the code field into the panel (as a screen-reader user jumping to the landmark would).
      await page.evaluate(() => {
        const close = document
          .querySelector('second-step-panel')!
          .shadowRoot!.querySelector('.ss-close') as HTMLElement;
        close.focus();
      });
      expect((await focusInfo(page)).inPanel).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('second-step-panel') === null, { timeout: 5000 });
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(CODE_INPUT);
    } finally {
      await (await session.worker()).evaluate(() => chrome.storage.session.remove('panelDismissed'));
      await page.close();
    }
  });

  it('screen-reader names: the panel is a named complementary landmark, every control has a name', async () => {
    const page = await session.open(
      simUrl('login.microsoftonline.com', { scenario: 'sms', lang: 'en', controls: '0' }),
    );
    await waitPanel(page);
    const host = await page.$('second-step-panel');
    const tree = await page.accessibility.snapshot({ root: host!, interestingOnly: true });
    const nodes: { role: string; name?: string }[] = [];
    const walk = (n: any) => {
      if (!n) return;
      nodes.push({ role: n.role, name: n.name });
      (n.children ?? []).forEach(walk);
    };
    walk(tree);
    expect(nodes).toContainEqual({ role: 'complementary', name: 'Second Step: help with this sign-in screen' });
    expect(nodes).toContainEqual({ role: 'button', name: 'Close help' });
    const controls = nodes.filter((n) => ['button', 'link', 'DisclosureTriangle'].includes(n.role));
    expect(controls.length).toBeGreaterThanOrEqual(4);
    for (const c of controls) expect(c.name?.trim(), JSON.stringify(c)).toBeTruthy();
    const headings = nodes.filter((n) => n.role === 'heading');
    expect(headings.length).toBeGreaterThanOrEqual(2);

    const popup = await session.popupFor(page);
    await popup.waitForSelector('.ss-top[data-item]');
    const ptree = await popup.accessibility.snapshot({ interestingOnly: true });
    const pnodes: { role: string; name?: string; level?: number }[] = [];
    const pwalk = (n: any) => {
      if (!n) return;
      pnodes.push({ role: n.role, name: n.name, level: n.level });
      (n.children ?? []).forEach(pwalk);
    };
    pwalk(ptree);
    expect(pnodes).toContainEqual({ role: 'heading', name: 'Second Step', level: 1 });
    expect(pnodes.some((n) => n.role === 'main')).toBe(true);
    expect(pnodes).toContainEqual(expect.objectContaining({ role: 'button', name: 'Settings' }));
    for (const c of pnodes.filter((n) => ['button', 'link', 'DisclosureTriangle'].includes(n.role))) {
      expect(c.name?.trim(), JSON.stringify(c)).toBeTruthy();
    }
    await popup.close();
    await page.close();
  });

  it('the live region announces the new guidance after an in-place switch, in the panel and the open popup', async () => {
    const page = await session.open(
      simUrl('login.microsoftonline.com', { scenario: 'sms', lang: 'en', controls: '0' }),
    );
    await session.waitForState(page, 'enter-code-sms');
    await waitPanel(page);
    const popup = await session.popupFor(page);
    await popup.waitForSelector('[data-state="enter-code-sms"] .ss-top[data-item]');

    const panelLive = () =>
      page.evaluate(() => {
        const root = document.querySelector('second-step-panel')!.shadowRoot!;
        const live = root.querySelector('.ss-guidance [aria-live="polite"]');
        return {
          live: live?.textContent ?? null,
          role: live?.getAttribute('role'),
          title: root.querySelector('.ss-top h2')?.textContent ?? '',
        };
      });
    const popupLive = () =>
      popup.evaluate(() => {
        const live = document.querySelector('.ss-guidance [aria-live="polite"]');
        return {
          live: live?.textContent ?? null,
          role: live?.getAttribute('role'),
          title: document.querySelector('.ss-top h2')?.textContent ?? '',
        };
      });

    // First render: the region exists (so later changes are announced) and is empty.
    expect(await panelLive()).toMatchObject({ live: '', role: 'status' });
    expect(await popupLive()).toMatchObject({ live: '', role: 'status' });

    const switchTo = async (view: string, state: string) => {
      const before = (await panelLive()).title;
      // The sign-in tab is the one the user looks at (the popup floats above it in real use);
      // a hidden tab gets no animation frames, and the detector runs once per frame.
      await page.bringToFront();
      await page.evaluate((v: string) => (window as any).__simulator.go(v), view);
      await session.waitForState(page, state);
      await page.waitForFunction(
        (b: string) =>
          document.querySelector('second-step-panel')!.shadowRoot!.querySelector('.ss-top h2')?.textContent !== b,
        { timeout: 10_000 },
        before,
      );
      await popup.waitForFunction(
        (b: string) => document.querySelector('.ss-top h2')?.textContent !== b,
        { timeout: 10_000 },
        before,
      );
    };

    // The region is filled in an effect after the render (up to ~100 ms later in a hidden tab).
    const settled = async (read: () => Promise<{ live: string | null; title: string }>) => {
      let r = await read();
      for (let i = 0; i < 20 && r.live !== r.title; i++) {
        await new Promise((res) => setTimeout(res, 100));
        r = await read();
      }
      return r;
    };

    await switchTo('wrong-code', 'code-wrong');
    let p = await settled(panelLive);
    expect(p.title.length).toBeGreaterThan(3);
    expect(p.live).toBe(p.title);
    let q = await settled(popupLive);
    expect(q.live).toBe(q.title);

    // And back: the announcement follows again (not only the first change).
    await switchTo('sms', 'enter-code-sms');
    p = await settled(panelLive);
    expect(p.live).toBe(p.title);
    q = await settled(popupLive);
    expect(q.live).toBe(q.title);
    await popup.close();
    await page.close();
  });

  it('popup: Tab order with visible focus; the helpdesk view takes focus and Back returns it', async () => {
    const page = await session.open(
      simUrl('login.microsoftonline.com', { scenario: 'error', lang: 'en', controls: '0' }),
    );
    await session.waitForState(page, 'error-page');
    const popup = await session.popupFor(page);
    await popup.bringToFront();
    await popup.waitForSelector('.ss-top [data-action="admin-request"]');
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await popup.keyboard.press('Tab');
      const f = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return {
          what: el.getAttribute('data-action') ?? el.className ?? el.tagName,
          visible: el.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
        };
      });
      expect(f.visible, f.what).toBe(true);
      seen.push(f.what);
    }
    // Header first (Settings), then the top item's actions, then the "more help" items.
    expect(seen[0]).toBe('ss-settings');
    expect(seen[1]).toBe('admin-request');
    // Enter on "Ask IT for a reset": the request view opens and its heading has focus.
    await popup.focus('.ss-top [data-action="admin-request"]');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('#ss-request-text');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('ss-request-title');
    // Tab to Back, Enter: focus returns to the button that opened the view.
    for (let i = 0; i < 6; i++) {
      await popup.keyboard.press('Tab');
      if (await popup.evaluate(() => document.activeElement?.textContent === 'Back')) break;
    }
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(
      () =>
        document.activeElement?.getAttribute('data-action') === 'admin-request' &&
        document.activeElement.closest('.ss-top'),
      { timeout: 5000 },
    );
    await popup.close();
    await page.close();
  });
});
