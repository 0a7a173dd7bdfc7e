import { browser } from 'wxt/browser';
import { signInMatchPatterns } from '@/utils/hosts';
import { PANEL_CONTEXT_MESSAGE } from '@/utils/messages';
import { servePageActions } from '@/components/in-page/page-actions';
import { removeChip } from '@/components/in-page/chip-host';
import { mountPanel, type PanelContext } from './mount';

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
    if (globalThis.__secondStepPanel) return; // Already running in this document.
    globalThis.__secondStepPanel = true;
    servePageActions();

    const context = (await browser.runtime.sendMessage({ type: PANEL_CONTEXT_MESSAGE })) as PanelContext | undefined;
    if (!context || !context.config.showInPagePanel || context.dismissed) return; // Serves actions only.
    const openedByUser = globalThis.__secondStepChipOpened === true;
    await mountPanel(ctx, context, openedByUser);
    removeChip(); // The panel takes the chip's place; never both on screen.
  },
});
