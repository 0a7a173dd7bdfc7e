import { browser } from 'wxt/browser';
import { runInTopFrame } from './top-frame-script';

const DISMISSED_KEY = 'panelDismissed';
const OPENED_KEY = 'panelOpened';

/**
 * Loads the full panel script into the tab's top frame, in the content scripts' isolated world.
 * The panel's own guard makes a second injection a no-op, so this is safe to repeat. The panel
 * decides itself (from the context the background gives it) whether to show its UI.
 */
export function ensurePanel(tabId: number): Promise<void> {
  return runInTopFrame(tabId, '/content-scripts/panel.js');
}

/**
 * Loads the chip (framework-free, entrypoints/chip) the same way. It also serves the popup's
 * in-page actions, so a highlight request loads this one, never the whole panel.
 */
export function ensureChip(tabId: number): Promise<void> {
  return runInTopFrame(tabId, '/chip.js');
}

/** What a newly detected two-step screen gets: the chip, or the panel once the user asked for help. */
export async function ensureInPageUi(tabId: number): Promise<void> {
  return (await panelOpened()) ? ensurePanel(tabId) : ensureChip(tabId);
}

async function sessionFlag(key: string): Promise<boolean> {
  const all = await browser.storage.session.get(key);
  return all[key] === true;
}

export const panelDismissed = (): Promise<boolean> => sessionFlag(DISMISSED_KEY);
export const panelOpened = (): Promise<boolean> => sessionFlag(OPENED_KEY);

export async function setPanelDismissed(): Promise<void> {
  await browser.storage.session.set({ [DISMISSED_KEY]: true });
}

/** The user pressed "Show help": later two-step screens in this browser session get the panel directly. */
export async function setPanelOpened(): Promise<void> {
  await browser.storage.session.set({ [OPENED_KEY]: true });
}
