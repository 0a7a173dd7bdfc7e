import { browser } from 'wxt/browser';

const DISMISSED_KEY = 'panelDismissed';

/**
 * Loads the panel script into the tab's top frame, in the content scripts' isolated world.
 * The panel's own guard makes a second injection a no-op, so this is safe to repeat. The panel
 * decides itself (from the context the background gives it) whether to show its UI; it always
 * serves actions such as the popup's "show me the other way".
 */
export async function ensurePanel(tabId: number): Promise<void> {
  // The page has loaded (the detector runs after load): no need to wait for Chromium's idle
  // point, which in a tab that is not producing frames can be held back indefinitely.
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    files: ['/content-scripts/panel.js'],
    injectImmediately: true,
  });
}

export async function panelDismissed(): Promise<boolean> {
  const all = await browser.storage.session.get(DISMISSED_KEY);
  return all[DISMISSED_KEY] === true;
}

export async function setPanelDismissed(): Promise<void> {
  await browser.storage.session.set({ [DISMISSED_KEY]: true });
}
