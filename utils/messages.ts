/**
 * Runtime messages between the content scripts, extension pages and the background.
 * Every message is validated here (shape, sizes, enums) before anything acts on it;
 * unknown or malformed messages give null and are dropped.
 */
import { AUTH_METHODS, isSignInState, type AuthMethod, type Detection } from './detection-types';
import { isSignInPageUrl } from './hosts';

export const DETECTION_MESSAGE = 'second-step/detection';
export const PANEL_CONTEXT_MESSAGE = 'second-step/panel-context';
export const PANEL_DISMISSED_MESSAGE = 'second-step/panel-dismissed';
export const CHIP_CONTEXT_MESSAGE = 'second-step/chip-context';
export const PANEL_OPEN_MESSAGE = 'second-step/panel-open';
export const HIGHLIGHT_MESSAGE = 'second-step/highlight-other-way';
export const HIGHLIGHT_REQUEST_MESSAGE = 'second-step/request-highlight';
/** The user's answer to the backup-method reminder (chip or popup). */
export const NUDGE_ACTION_MESSAGE = 'second-step/backup-nudge';

export type IncomingMessage =
  | { type: typeof DETECTION_MESSAGE; detection: Detection; panelLoaded: boolean }
  | { type: typeof PANEL_CONTEXT_MESSAGE }
  | { type: typeof CHIP_CONTEXT_MESSAGE }
  | { type: typeof PANEL_OPEN_MESSAGE }
  | { type: typeof PANEL_DISMISSED_MESSAGE }
  | { type: typeof HIGHLIGHT_REQUEST_MESSAGE; tabId: number }
  | { type: typeof NUDGE_ACTION_MESSAGE; action: 'add' | 'snooze' | 'dismiss' };

const MAX_SHORT = 200;

function shortString(value: unknown, max = MAX_SHORT): string | undefined {
  if (typeof value !== 'string' || value.length > max) return undefined;
  // Control characters have no business in any detection field.
  if (/[\u0000-\u001f\u007f]/.test(value)) return undefined;
  return value;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rebuilds a Detection from untrusted input, keeping only known, well-formed fields. */
export function parseDetection(value: unknown): Detection | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (!isSignInState(v.state)) return null;
  if (typeof v.signInAnotherWay !== 'boolean') return null;
  const host = shortString(v.host, 253);
  const lang = shortString(v.lang, 35);
  if (host === undefined || lang === undefined) return null;
  if (lang && !/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(lang)) return null;
  const account = v.account === 'work' || v.account === 'personal' ? v.account : 'unknown';
  const detection: Detection = { state: v.state, signInAnotherWay: v.signInAnotherWay, lang, host, account };
  const pageId = shortString(v.pageId, 64);
  if (pageId && /^[A-Za-z0-9_.-]+$/.test(pageId)) detection.pageId = pageId;
  if ((AUTH_METHODS as readonly unknown[]).includes(v.method)) detection.method = v.method as AuthMethod;
  const hint = shortString(v.maskedHint, 80);
  if (hint) detection.maskedHint = hint;
  if (typeof v.numberMatchShown === 'boolean') detection.numberMatchShown = v.numberMatchShown;
  if (Array.isArray(v.offeredMethods) && v.offeredMethods.length <= 20) {
    detection.offeredMethods = v.offeredMethods.filter((m): m is AuthMethod =>
      (AUTH_METHODS as readonly unknown[]).includes(m),
    );
  }
  const errorCode = shortString(v.errorCode, 32);
  if (errorCode && /^[A-Za-z0-9_-]+$/.test(errorCode)) detection.errorCode = errorCode;
  for (const key of ['requestId', 'correlationId'] as const) {
    const id = shortString(v[key], 36);
    if (id && GUID.test(id)) detection[key] = id;
  }
  const timestamp = shortString(v.timestamp, 40);
  if (timestamp && /^[0-9TZ:.+\- ]+$/.test(timestamp)) detection.timestamp = timestamp;
  for (const key of ['proofCount', 'pickerTiles'] as const) {
    const n = v[key];
    if (typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 50) detection[key] = n;
  }
  for (const key of ['accessPassOffered', 'proofUpDeadline'] as const) if (typeof v[key] === 'boolean') detection[key] = v[key];
  return detection;
}

export function parseMessage(message: unknown): IncomingMessage | null {
  if (!message || typeof message !== 'object' || Array.isArray(message)) return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case DETECTION_MESSAGE: {
      const detection = parseDetection(m.detection);
      if (!detection) return null;
      return { type: DETECTION_MESSAGE, detection, panelLoaded: m.panelLoaded === true };
    }
    case PANEL_CONTEXT_MESSAGE:
      return { type: PANEL_CONTEXT_MESSAGE };
    case PANEL_DISMISSED_MESSAGE:
      return { type: PANEL_DISMISSED_MESSAGE };
    case CHIP_CONTEXT_MESSAGE:
      return { type: CHIP_CONTEXT_MESSAGE };
    case PANEL_OPEN_MESSAGE:
      return { type: PANEL_OPEN_MESSAGE };
    case HIGHLIGHT_REQUEST_MESSAGE:
      return Number.isInteger(m.tabId) && (m.tabId as number) >= 0
        ? { type: HIGHLIGHT_REQUEST_MESSAGE, tabId: m.tabId as number }
        : null;
    case NUDGE_ACTION_MESSAGE:
      return m.action === 'add' || m.action === 'snooze' || m.action === 'dismiss' ? { type: NUDGE_ACTION_MESSAGE, action: m.action } : null;
    default:
      return null;
  }
}

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** A content script of ours, in the top frame of a tab on an allowlisted sign-in host. */
export function isSignInContentSender(sender: SenderLike, ownId: string): boolean {
  if (!isOwnId(sender.id, ownId) || typeof sender.tab?.id !== 'number' || sender.frameId !== 0) return false;
  return isSignInPageUrl(sender.url);
}

/** One of our own extension pages (popup, options; possibly opened in a tab), never a content script. */
export function isExtensionPageSender(sender: SenderLike, ownId: string, ownOrigin: string): boolean {
  // An empty or slash-less origin would make startsWith() match far too much.
  if (typeof ownOrigin !== 'string' || !/^[a-z-]+-extension:\/\/[^/]+\/$/.test(ownOrigin)) return false;
  return isOwnId(sender.id, ownId) && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/** Our id is never empty; an id-less sender must not match an (impossible) missing own id. */
function isOwnId(id: unknown, ownId: string): boolean {
  return typeof ownId === 'string' && ownId.length > 0 && id === ownId;
}
