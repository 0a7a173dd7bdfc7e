import { browser } from 'wxt/browser';
import { requestLanguage } from '@/utils/admin-request';
import { chipHeadline } from '@/utils/chip-headline';
import type { SecondStepConfig } from '@/utils/config-types';
import { type Detection, needsHelp } from '@/utils/detection-types';
import type { Translate } from '@/utils/i18n';
import { guidanceLanguage } from '@/utils/language';
import { SUPPORTED_LANGUAGES } from '@/utils/languages';
import {
  type Answer,
  type BackgroundMessageType,
  CHIP_CONTEXT_MESSAGE,
  type ChipContext,
  DETECTION_MESSAGE,
  type DetectionAnswer,
  HIGHLIGHT_MESSAGE,
  HIGHLIGHT_REQUEST_MESSAGE,
  type InPageUi,
  PANEL_CONTEXT_MESSAGE,
  PANEL_DISMISSED_MESSAGE,
  PANEL_OPEN_MESSAGE,
  NUDGE_ACTION_MESSAGE,
  type PanelContext,
  type Request,
  request,
} from '@/utils/messages';
import { loadConfig } from '@/utils/platform/config-store';
import { browserLanguages } from '@/utils/platform/locale-loader';
import { panelDismissed, setPanelDismissed, setPanelOpened } from '@/utils/platform/session-flags';
import { readTabRecord, recordDetection, type TabRecord } from '@/utils/platform/tab-records';
import { updateBadge } from './badge';
import { ensureChip, ensureInPageUi, ensurePanel } from './panel-injection';
import { inTabOrder } from './tab-queue';
import { bundleFor, translatorFor } from './translators';
import { nudgeAfterDetection, onNudgeAction } from './nudge';
import { nudgeChipStrings } from './nudge-chip-context';

/** Who may send a message: a sign-in page's content script (its tab is the subject), or our own pages. */
type Handler<T extends BackgroundMessageType> =
  | { from: 'sign-in-page'; handle(message: Request<T>, tabId: number): Promise<Answer<T>> }
  | { from: 'extension-page'; handle(message: Request<T>): Promise<Answer<T>> }
  | { from: 'sign-in-page-or-extension-page'; handle(message: Request<T>): Promise<Answer<T>> };

export type HandlerMap = { [T in BackgroundMessageType]: Handler<T> };

/** The background's side of the protocol (utils/messages.ts), one handler per message type. */
export const HANDLERS: HandlerMap = {
  // Detections of a tab are handled in order (tab-queue.ts); the answer is what the listening
  // chip or panel renders: the tab record as recorded for this very detection.
  [DETECTION_MESSAGE]: {
    from: 'sign-in-page',
    handle: (message, tabId) => inTabOrder(tabId, () => onDetection(tabId, message.detection, message.inPageUi)),
  },
  [CHIP_CONTEXT_MESSAGE]: { from: 'sign-in-page', handle: (_message, tabId) => chipContext(tabId) },
  [PANEL_CONTEXT_MESSAGE]: { from: 'sign-in-page', handle: (_message, tabId) => panelContext(tabId) },
  [PANEL_OPEN_MESSAGE]: { from: 'sign-in-page', handle: (_message, tabId) => openPanel(tabId) },
  [PANEL_DISMISSED_MESSAGE]: { from: 'sign-in-page', handle: () => setPanelDismissed().then(() => undefined) },
  [HIGHLIGHT_REQUEST_MESSAGE]: { from: 'extension-page', handle: (message) => highlightOtherWay(message.tabId) },
  // The backup-method reminder's buttons: in the chip (sign-in page) and in the popup.
  [NUDGE_ACTION_MESSAGE]: {
    from: 'sign-in-page-or-extension-page',
    handle: (message) => loadConfig().then(({ config }) => onNudgeAction(message.action, config)),
  },
};

async function onDetection(
  tabId: number,
  detection: Detection,
  inPageUi: InPageUi,
): Promise<DetectionAnswer | undefined> {
  const record = await recordDetection(tabId, detection);
  const { config } = await loadConfig();
  const nudgeInPage = await nudgeAfterDetection(tabId, detection, record.stats.history.slice(0, -1), config).catch(
    () => false,
  );
  if (nudgeInPage && inPageUi === null) void ensureChip(tabId).catch(() => {});
  const lang = guidanceLanguage(detection.lang, config.language, browserLanguages());
  // A badge that cannot be drawn must not keep the in-page help from the user (and vice versa).
  const t = await translatorFor(lang).catch(() => null);
  if (t) await updateBadge(tabId, record.detection, t).catch(() => {});
  if (inPageUi === null) {
    if (needsHelp(detection) && config.showInPagePanel && !(await panelDismissed())) startInPageUi(tabId);
    return undefined; // Nothing in the page listens.
  }
  const answer: DetectionAnswer = { record, dismissed: await panelDismissed() };
  // Only the chip shows a headline; the panel renders the record itself.
  if (inPageUi === 'chip') answer.headline = t ? headlineFor(record, config, t) : '';
  return answer;
}

function headlineFor(record: TabRecord, config: SecondStepConfig, t: Translate): string {
  try {
    return chipHeadline({ detection: record.detection, stats: record.stats, config, now: Date.now() }, t);
  } catch {
    return '';
  }
}

const injectionsStarted = new Map<number, number>();
const INJECTION_RETRY_MS = 5000;

/**
 * Not awaited inside the tab's queue: an injection can stay pending for a long time (the document
 * left for the back/forward cache, a busy renderer), and the next detections of the tab (badge,
 * record) must not wait behind it. One injection per tab at a time; the chip and panel ignore a repeat.
 */
function startInPageUi(tabId: number): void {
  const started = injectionsStarted.get(tabId);
  if (started !== undefined && Date.now() - started < INJECTION_RETRY_MS) return;
  const at = Date.now();
  injectionsStarted.set(tabId, at);
  void ensureInPageUi(tabId)
    .catch(() => {})
    .finally(() => {
      if (injectionsStarted.get(tabId) === at) injectionsStarted.delete(tabId);
    });
}

/**
 * The chip's strings, translated here with i18next, so the page never loads it for the chip:
 * no secrets, one language. `show` is false when the user closed the help or IT turned it off.
 */
async function chipContext(tabId: number): Promise<ChipContext> {
  const [record, resolved] = await Promise.all([readTabRecord(tabId), loadConfig()]);
  const { config } = resolved;
  const lang = guidanceLanguage(record?.detection.lang, config.language, browserLanguages());
  const t = await translatorFor(lang);
  return {
    show: config.showInPagePanel && !(await panelDismissed()),
    lang,
    label: t('ui:panelLabel'),
    product: t('ui:productName'),
    showHelp: t('ui:chipShowHelp'),
    close: t('ui:panelClose'),
    headline: record ? headlineFor(record, config, t) : '',
    nudge: record ? await nudgeChipStrings(record.detection, config, t) : undefined,
  };
}

/** "Show help" on the chip: the full panel, now and for the rest of the browser session. */
async function openPanel(tabId: number): Promise<boolean> {
  await setPanelOpened();
  try {
    await ensurePanel(tabId);
    return true;
  } catch {
    return false;
  }
}

/** Everything the in-page panel needs to render, in one answer: no secrets, one language. */
async function panelContext(tabId: number): Promise<PanelContext> {
  const [record, resolved] = await Promise.all([readTabRecord(tabId), loadConfig()]);
  const lang = guidanceLanguage(record?.detection.lang, resolved.config.language, browserLanguages());
  const requestLang = requestLanguage(resolved.config, lang, SUPPORTED_LANGUAGES);
  const [bundle, requestBundle] = await Promise.all([
    bundleFor(lang, ['common', 'ui', 'guidance']),
    bundleFor(requestLang, ['request']),
  ]);
  return {
    record: record ?? null,
    config: resolved.config,
    lang,
    bundle,
    requestLang,
    requestBundle,
    dismissed: await panelDismissed(),
  };
}

async function highlightOtherWay(tabId: number): Promise<boolean> {
  const record = await readTabRecord(tabId);
  if (!record?.detection.signInAnotherWay) return false;
  await ensureChip(tabId); // Serves the action whether or not the chip or panel is shown.
  try {
    return Boolean(await browser.tabs.sendMessage(tabId, request(HIGHLIGHT_MESSAGE), { frameId: 0 }));
  } catch {
    return false;
  }
}
