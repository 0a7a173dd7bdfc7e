import { browser } from 'wxt/browser';
import { signInMatchPatterns } from '@/utils/hosts';
import { PANEL_CONTEXT_MESSAGE, parsePanelContext, request } from '@/utils/messages';
import { servePageActions } from '@/components/in-page/page-actions';
import { chipOpened, markPanelRuns, panelRuns, removeChip } from '@/components/in-page/world';
import { mountPanel } from './mount';

/**
 * The full in-page panel (Preact + i18next). Not in the manifest: a two-step screen first gets
 * the framework-free chip (entrypoints/chip); the background injects this script when the user
 * asks for help there ("Show help"), and from then on directly, for the rest of the session.
 */
export default defineContentScript({
  matches: signInMatchPatterns(),
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (panelRuns()) return; // Already running in this document.
    markPanelRuns();
    servePageActions();

    const context = parsePanelContext(await browser.runtime.sendMessage(request(PANEL_CONTEXT_MESSAGE)));
    if (!context?.config.showInPagePanel || context.dismissed) return; // Serves actions only.
    await mountPanel(ctx, context, chipOpened());
    removeChip(); // The panel takes the chip's place; never both on screen.
  },
});
