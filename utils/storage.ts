/**
 * What the extension keeps in browser storage, and under which keys: declared once here, read and
 * written only through utils/platform/ (config-store, tab-records, session-flags).
 *
 * storage.local   USER_OPTIONS_KEY     the user's own options (utils/platform/config-store.ts)
 *                 MANAGED_CACHE_KEY    the managed policy seen last time, for a slow storage.managed
 * storage.session tabRecordKey(id)     each tab's latest detection and its counts (TabRecord)
 *                 PANEL_DISMISSED_KEY  the user closed the in-page help (this browser session)
 *                 PANEL_OPENED_KEY     the user pressed "Show help" (this browser session)
 *                 nudgeEvidenceKey(id) one-method evidence of the tab's sign-in: counts and booleans
 * storage.local   BACKUP_NUDGE_KEY     the backup-method reminder: a flag and dates (utils/platform/nudge-store.ts)
 */
import type { Detection } from './detection-types';
import type { TabStats } from './guidance-types';

export const USER_OPTIONS_KEY = 'userOptions';
export const MANAGED_CACHE_KEY = 'managedPolicySeen';
export const PANEL_DISMISSED_KEY = 'panelDismissed';
export const PANEL_OPENED_KEY = 'panelOpened';

export const tabRecordKey = (tabId: number): string => `tab:${tabId}`;
export const BACKUP_NUDGE_KEY = 'backupNudge';
export const nudgeEvidenceKey = (tabId: number): string => `nudgeEvidence:${tabId}`;

/** What the background keeps per tab in session storage (cleared when the browser closes). */
export interface TabRecord {
  detection: Detection;
  stats: TabStats;
  updatedAt: number;
}
