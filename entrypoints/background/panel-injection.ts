import { panelOpened } from '@/utils/platform/session-flags';
import { runInTopFrame } from './top-frame-script';

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
