import { browser } from 'wxt/browser';
import { signInMatchPatterns } from '@/utils/hosts';
import { HIGHLIGHT_MESSAGE, PANEL_CONTEXT_MESSAGE } from '@/utils/messages';
import { highlightOtherWay } from './highlight';
import { mountPanel, type PanelContext } from './mount';

/**
 * The in-page panel. Not in the manifest: the background injects it into the tab only after
 * the detector has seen a two-step screen, so sign-in pages without one never load Preact,
 * i18next or any stylesheet.
 */
export default defineContentScript({
  matches: signInMatchPatterns(),
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (globalThis.__secondStepPanel) return; // Already running in this document.
    globalThis.__secondStepPanel = true;

    // Answered synchronously with sendResponse: the native API (no polyfill in the page) does
    // not take a returned promise as the answer in every supported browser version.
    browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (answer: boolean) => void) => {
      if ((message as { type?: unknown } | null)?.type === HIGHLIGHT_MESSAGE) sendResponse(highlightOtherWay(document));
      return undefined;
    });

    const context = (await browser.runtime.sendMessage({ type: PANEL_CONTEXT_MESSAGE })) as PanelContext | undefined;
    if (!context || !context.config.showInPagePanel || context.dismissed) return; // Serves actions only.
    await mountPanel(ctx, context);
  },
});
