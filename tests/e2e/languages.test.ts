import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, simUrl, type ChromiumSession } from './harness';
import { popupOverflow } from './popup-geometry';
import { SUPPORTED_LANGUAGES } from '../../utils/languages.ts';

/** Top guidance title and language of the popup for a tab. */
async function popupTop(session: ChromiumSession, tabId: number) {
  const popup = await session.browser.newPage();
  await popup.setViewport({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
  await popup.waitForSelector('.ss-top[data-item]');
  const top = await popup.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.querySelector('.ss-top h2')?.textContent ?? '',
  }));
  return { popup, ...top };
}

describe('languages in real Chromium (browser UI in English)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ lang: 'en-US', helpOpened: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a German sign-in page gets German guidance in the popup and the panel', async () => {
    const titles: Record<string, string> = {};
    for (const lang of ['en', 'de']) {
      const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'sms-no-alternative', lang }));
      const record = await session.waitForState(page, 'enter-code-sms');
      expect(record.detection.lang).toBe(lang);
      const top = await popupTop(session, await session.tabIdOf(page));
      expect(top.lang).toBe(lang);
      titles[lang] = top.title;
      await page.waitForFunction(
        (l: string) =>
          document.querySelector('second-step-panel')?.shadowRoot?.querySelector(`.ss-panel[lang="${l}"] .ss-top`),
        { timeout: 10_000 },
        lang,
      );
      await top.popup.close();
      await page.close();
    }
    expect(titles.de).not.toBe(titles.en);
  });

  it('every language, chosen in the options, renders in the popup without overflowing its 380 px width', async () => {
    const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'error', lang: 'en' }));
    await session.waitForState(page, 'error-page');
    const tabId = await session.tabIdOf(page);
    const worker = await session.worker();
    const seen = new Set<string>();
    try {
      for (const lang of SUPPORTED_LANGUAGES) {
        await worker.evaluate((l: string) => chrome.storage.local.set({ userOptions: { language: l } }), lang);
        const top = await popupTop(session, tabId);
        expect(top.lang).toBe(lang);
        seen.add(top.title);
        await top.popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const o = await popupOverflow(top.popup);
        expect(o.scrollWidth, `${lang}: ${o.clipped.join(', ')}`).toBeLessThanOrEqual(o.clientWidth);
        expect(o.clipped, lang).toEqual([]);
        await top.popup.close();
      }
    } finally {
      await worker.evaluate(() => chrome.storage.local.remove('userOptions'));
    }
    // Ten languages, ten different titles: nothing fell back to English unnoticed.
    expect(seen.size).toBe(SUPPORTED_LANGUAGES.length);
  });
});
