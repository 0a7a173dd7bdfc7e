/**
 * The message protocol between the content scripts, extension pages and the background, in one
 * place: each message's type string, its request, its answer, and the parser that checks it.
 * Every message is validated (shape, sizes, enums) before anything acts on it, and every answer
 * before a page script renders it; unknown or malformed input gives null and is dropped.
 *
 *   from                  type                 request            answer
 *   detector (signin.js)  DETECTION_MESSAGE    detection, inPageUi DetectionAnswer (chip or panel listening), else none
 *   chip                  CHIP_CONTEXT_MESSAGE —                  ChipContext
 *   chip                  PANEL_OPEN_MESSAGE   —                  true once the panel is injected
 *   chip, panel           PANEL_DISMISSED_MESSAGE —               none
 *   panel                 PANEL_CONTEXT_MESSAGE —                 PanelContext
 *   popup                 HIGHLIGHT_REQUEST_MESSAGE tabId         true if the page highlighted the link
 *   background → page     HIGHLIGHT_MESSAGE    —                  true if highlighted
 */
import type { SecondStepConfig } from './config-types';
import { AUTH_METHODS, isSignInState, type AuthMethod, type Detection, type PageDiagnostics } from './detection-types';
import type { TabStats } from './guidance-types';
import { isSignInPageUrl } from './hosts';
import type { LocaleBundle } from './i18n';
import type { TabRecord } from './storage';
import { CONTROL_CHARACTERS } from './validators';

export const DETECTION_MESSAGE = 'second-step/detection';
export const PANEL_CONTEXT_MESSAGE = 'second-step/panel-context';
export const PANEL_DISMISSED_MESSAGE = 'second-step/panel-dismissed';
export const CHIP_CONTEXT_MESSAGE = 'second-step/chip-context';
export const PANEL_OPEN_MESSAGE = 'second-step/panel-open';
export const HIGHLIGHT_MESSAGE = 'second-step/highlight-other-way';
export const HIGHLIGHT_REQUEST_MESSAGE = 'second-step/request-highlight';
/** The user's answer to the backup-method reminder (chip or popup). */
export const NUDGE_ACTION_MESSAGE = 'second-step/backup-nudge';

/** Which in-page UI listens to the answers to detections in the sending document. */
export type InPageUi = 'chip' | 'panel' | null;

/** The background's answer to a detection while a chip or panel listens. */
export interface DetectionAnswer {
  record: TabRecord;
  dismissed: boolean;
  /** The chip's one line (the top help's title, translated); only when the chip listens. */
  headline?: string;
}

/** The background's answer to CHIP_CONTEXT_MESSAGE: strings already translated, one language. */
export interface ChipContext {
  show: boolean;
  lang: string;
  label: string;
  product: string;
  showHelp: string;
  close: string;
  headline: string;
  /** The backup-method reminder, on "Stay signed in?" when it is due (entrypoints/chip/nudge-chip.ts parses it). */
  nudge?: { title: string; body: string; add: string; later: string; dismiss: string; url: string };
}

/** The background's answer to PANEL_CONTEXT_MESSAGE: everything the panel renders, one language. */
export interface PanelContext {
  record: { detection: Detection; stats: TabStats } | null;
  config: SecondStepConfig;
  lang: string;
  bundle: LocaleBundle;
  requestLang: string;
  requestBundle: LocaleBundle;
  dismissed: boolean;
}

/** Each message type: what is sent, and what comes back (undefined: no answer). */
export interface Protocol {
  [DETECTION_MESSAGE]: { request: { detection: Detection; inPageUi: InPageUi }; answer: DetectionAnswer | undefined };
  [CHIP_CONTEXT_MESSAGE]: { request: object; answer: ChipContext };
  [PANEL_CONTEXT_MESSAGE]: { request: object; answer: PanelContext };
  [PANEL_OPEN_MESSAGE]: { request: object; answer: boolean };
  [PANEL_DISMISSED_MESSAGE]: { request: object; answer: undefined };
  [HIGHLIGHT_REQUEST_MESSAGE]: { request: { tabId: number }; answer: boolean };
  [HIGHLIGHT_MESSAGE]: { request: object; answer: boolean };
  [NUDGE_ACTION_MESSAGE]: { request: { action: 'add' | 'snooze' | 'dismiss' }; answer: boolean };
}

export type MessageType = keyof Protocol;
export type Request<T extends MessageType> = { type: T } & Protocol[T]['request'];
export type Answer<T extends MessageType> = Protocol[T]['answer'];

/** The messages the background accepts (HIGHLIGHT_MESSAGE goes the other way). */
export type BackgroundMessageType = Exclude<MessageType, typeof HIGHLIGHT_MESSAGE>;
export type IncomingMessage = { [T in BackgroundMessageType]: Request<T> }[BackgroundMessageType];

/** A request in its exact shape, checked by the compiler against the protocol. */
export function request<T extends MessageType>(
  type: T,
  ...fields: object extends Protocol[T]['request'] ? [] : [Protocol[T]['request']]
): Request<T> {
  return { ...(fields[0] ?? {}), type } as Request<T>;
}

const MAX_SHORT = 200;

function shortString(value: unknown, max = MAX_SHORT): string | undefined {
  if (typeof value !== 'string' || value.length > max) return undefined;
  // Control characters have no business in any detection field.
  if (CONTROL_CHARACTERS.test(value)) return undefined;
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
  // Page UI text of the other-way control: only with the control, trimmed, no C1/format characters.
  const text = shortString(v.signInAnotherWayText, 80);
  if (
    text &&
    detection.signInAnotherWay &&
    text.trim() === text &&
    !/[\u0080-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/.test(text)
  ) {
    detection.signInAnotherWayText = text;
  }
  if (v.twoStepPage === true) detection.twoStepPage = true;
  const diagnostics = detection.state === 'unknown' ? parseDiagnostics(v.diagnostics) : null;
  if (diagnostics) detection.diagnostics = diagnostics;
  for (const key of ['proofCount', 'pickerTiles'] as const) {
    const n = v[key];
    if (typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 50) detection[key] = n;
  }
  for (const key of ['accessPassOffered', 'proofUpDeadline'] as const)
    if (typeof v[key] === 'boolean') detection[key] = v[key];
  return detection;
}

const NAME = /^[A-Za-z0-9_.:-]{1,64}$/;

/** Names only: at most 40 of each list, each a short identifier (never text, values or secrets). */
function parseDiagnostics(value: unknown): PageDiagnostics | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const names = (list: unknown) =>
    Array.isArray(list) && list.length <= 40
      ? list.filter((n): n is string => typeof n === 'string' && NAME.test(n))
      : null;
  const anchors = names(v.anchors);
  const visible = names(v.visible);
  if (!anchors || !visible) return null;
  const out: PageDiagnostics = { anchors, visible };
  if (typeof v.pageId === 'string' && NAME.test(v.pageId)) out.pageId = v.pageId;
  if (Number.isInteger(v.hpgid) && (v.hpgid as number) > 0 && (v.hpgid as number) < 1e9) out.hpgid = v.hpgid as number;
  return out;
}

export function parseMessage(message: unknown): IncomingMessage | null {
  if (!message || typeof message !== 'object' || Array.isArray(message)) return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case DETECTION_MESSAGE: {
      const detection = parseDetection(m.detection);
      if (!detection) return null;
      const inPageUi = m.inPageUi === 'chip' || m.inPageUi === 'panel' ? m.inPageUi : null;
      return { type: DETECTION_MESSAGE, detection, inPageUi };
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
      return m.action === 'add' || m.action === 'snooze' || m.action === 'dismiss'
        ? { type: NUDGE_ACTION_MESSAGE, action: m.action }
        : null;
    default:
      return null;
  }
}

// ---- Answers: checked by the page script that receives them (a malformed one shows nothing).

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_TEXT = 300;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;

function isRecordLike(v: unknown): v is { detection: Detection; stats: TabStats } {
  return isObject(v) && isObject(v.detection) && isObject(v.stats);
}

/** The answer to a detection. The chip reads its headline, the panel its record. */
export function parseDetectionAnswer(value: unknown): DetectionAnswer | null {
  if (!isObject(value) || !isRecordLike(value.record)) return null;
  const answer: DetectionAnswer = { record: value.record as TabRecord, dismissed: value.dismissed === true };
  if (isText(value.headline)) answer.headline = value.headline;
  return answer;
}

const CHIP_STRING_FIELDS = ['lang', 'label', 'product', 'showHelp', 'close', 'headline'] as const;

/** Never trusted blindly: a malformed answer means no chip (the page is not touched). */
export function parseChipContext(value: unknown): ChipContext | null {
  if (!isObject(value) || typeof value.show !== 'boolean') return null;
  for (const key of CHIP_STRING_FIELDS) if (!isText(value[key])) return null;
  return value as unknown as ChipContext;
}

/** Never trusted blindly: a malformed answer means no panel (the page is not touched). */
export function parsePanelContext(value: unknown): PanelContext | null {
  if (!isObject(value)) return null;
  const { record, config, lang, bundle, requestLang, requestBundle, dismissed } = value;
  if (record !== null && !isRecordLike(record)) return null;
  if (!isObject(config) || typeof config.showInPagePanel !== 'boolean') return null;
  if (typeof lang !== 'string' || typeof requestLang !== 'string') return null;
  if (!isObject(bundle) || !isObject(requestBundle) || typeof dismissed !== 'boolean') return null;
  return value as unknown as PanelContext;
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
