import { browser } from 'wxt/browser';
import { runInTopFrame } from './top-frame-script';

const DISMISSED_KEY = 'panelDismissed';

/**
 * Loads the panel script into the tab's top frame, in the content scripts' isolated world.
 * The panel's own guard makes a second injection a no-op, so this is safe to repeat. The panel
 * decides itself (from the context the background gives it) whether to show its UI; it always
 * serves actions such as the popup's "show me the other way".
 */
export function ensurePanel(tabId: number): Promise<void> {
  return runInTopFrame(tabId, '/content-scripts/panel.js');
}

export async function panelDismissed(): Promise<boolean> {
  const all = await browser.storage.session.get(DISMISSED_KEY);
  return all[DISMISSED_KEY] === true;
}

export async function setPanelDismissed(): Promise<void> {
  await browser.storage.session.set({ [DISMISSED_KEY]: true });
}
