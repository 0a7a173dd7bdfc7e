import { browser } from 'wxt/browser';
import { PANEL_DISMISSED_KEY as DISMISSED_KEY, PANEL_OPENED_KEY as OPENED_KEY } from '../storage';

// Two browser-session flags (storage.session, cleared when the browser closes), shared by every tab.

async function sessionFlag(key: string): Promise<boolean> {
  const all = await browser.storage.session.get(key);
  return all[key] === true;
}

/** The user closed the in-page help: later two-step screens in this browser session show none. */
export const panelDismissed = (): Promise<boolean> => sessionFlag(DISMISSED_KEY);
/** The user pressed "Show help" once: later two-step screens get the panel directly. */
export const panelOpened = (): Promise<boolean> => sessionFlag(OPENED_KEY);

export async function setPanelDismissed(): Promise<void> {
  await browser.storage.session.set({ [DISMISSED_KEY]: true });
}

/** The user pressed "Show help": later two-step screens in this browser session get the panel directly. */
export async function setPanelOpened(): Promise<void> {
  await browser.storage.session.set({ [OPENED_KEY]: true });
}
