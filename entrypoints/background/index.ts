import { browser } from 'wxt/browser';
import { isTwoStepState } from '@/utils/detection-types';
import { isSignInPageUrl } from '@/utils/hosts';
import {
  CHIP_CONTEXT_MESSAGE,
  DETECTION_MESSAGE,
  HIGHLIGHT_MESSAGE,
  HIGHLIGHT_REQUEST_MESSAGE,
  PANEL_CONTEXT_MESSAGE,
  PANEL_DISMISSED_MESSAGE,
  PANEL_OPEN_MESSAGE,
  NUDGE_ACTION_MESSAGE,
  isExtensionPageSender,
  isSignInContentSender,
  parseMessage,
} from '@/utils/messages';
import { loadConfig } from '@/utils/config-store';
import { requestLanguage } from '@/utils/admin-request';
import { SUPPORTED_LANGUAGES } from '@/utils/languages';
import { forgetTab, readTabRecord, recordDetection, type TabRecord } from './tab-records';
import { clearBadge, updateBadge } from './badge';
import { chipHeadline } from '@/utils/chip-headline';
import type { Detection } from '@/utils/detection-types';
import { bundleFor, guidanceLanguage, translatorFor } from './translators';
import { ensureChip, ensureInPageUi, ensurePanel, panelDismissed, setPanelDismissed, setPanelOpened } from './panel-injection';
import { injectWhereMissing, onTabUpdate } from './detector-injection';
import { forgetNudgeEvidence, nudgeAfterDetection, onNudgeAction } from './nudge';
import { nudgeChipStrings } from './nudge-chip-context';

export default defineBackground(() => {
  const ownId = browser.runtime.id;
  const ownOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined; // Unknown or malformed: dropped.

    if (
      message.type === DETECTION_MESSAGE ||
      message.type === PANEL_CONTEXT_MESSAGE ||
      message.type === CHIP_CONTEXT_MESSAGE ||
      message.type === PANEL_OPEN_MESSAGE ||
      message.type === PANEL_DISMISSED_MESSAGE
    ) {
      if (!isSignInContentSender(sender, ownId)) return undefined;
      const tabId = sender.tab!.id!;
      if (message.type === DETECTION_MESSAGE) {
        // With the panel running in the page, the answer is what it renders: the tab record
        // (code counts, history) as recorded for this very detection.
        return inTabOrder(tabId, () => onDetection(tabId, message.detection, message.panelLoaded));
      }
      if (message.type === PANEL_DISMISSED_MESSAGE) return setPanelDismissed().then(() => undefined);
      if (message.type === PANEL_OPEN_MESSAGE) return openPanel(tabId);
      if (message.type === CHIP_CONTEXT_MESSAGE) return chipContext(tabId);
      return panelContext(tabId);
    }

    if (message.type === NUDGE_ACTION_MESSAGE) {
      if (!isSignInContentSender(sender, ownId) && !isExtensionPageSender(sender, ownId, ownOrigin)) return undefined;
      return loadConfig().then(({ config }) => onNudgeAction(message.action, config));
    }

    if (message.type === HIGHLIGHT_REQUEST_MESSAGE) {
      if (!isExtensionPageSender(sender, ownId, ownOrigin)) return undefined;
      return highlightOtherWay(message.tabId);
    }
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetNudgeEvidence(tabId);
  });

  // A tab that leaves the sign-in hosts (signed in, or went elsewhere) must not keep the last
  // screen's record or badge. Its new URL is visible to us only on our own hosts, so a missing
  // URL means "elsewhere". Navigations between sign-in pages keep the record (codes count on).
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    onTabUpdate(tabId, changeInfo.status, tab.url);
    if (changeInfo.status !== 'loading' && changeInfo.url === undefined) return;
    if (isSignInPageUrl(tab.url)) return;
    void inTabOrder(tabId, async () => {
      if (!(await readTabRecord(tabId))) return;
      await forgetTab(tabId);
      await clearBadge(tabId).catch(() => {});
    });
  });

  // After the listeners above exist, so a page that completes meanwhile is heard either way.
  injectWhereMissing(async (tabId) => (await readTabRecord(tabId)) !== undefined);
});

const tabQueues = new Map<number, Promise<void>>();

/**
 * Detections of one tab are handled one after the other: the tab record is read-modify-write
 * (code counts, history) and the badge must end on the latest state, not the slowest.
 */
function inTabOrder<T>(tabId: number, task: () => Promise<T>): Promise<T | undefined> {
  const result = (tabQueues.get(tabId) ?? Promise.resolve()).then(task).catch(() => undefined);
  const next = result.then(() => undefined);
  tabQueues.set(tabId, next);
  void next.then(() => {
    if (tabQueues.get(tabId) === next) tabQueues.delete(tabId);
  });
  return result;
}

async function onDetection(
  tabId: number,
  detection: Detection,
  panelLoaded: boolean,
): Promise<{ record: TabRecord; dismissed: boolean; headline: string } | undefined> {
  const record = await recordDetection(tabId, detection);
  const { config } = await loadConfig();
  const nudgeInPage = await nudgeAfterDetection(tabId, detection, record.stats.history.slice(0, -1), config).catch(() => false);
  if (nudgeInPage && !panelLoaded) void ensureChip(tabId).catch(() => {});
  const lang = guidanceLanguage(detection.lang, config.language);
  // A badge that cannot be drawn must not keep the panel from the user (and vice versa).
  const t = await translatorFor(lang).catch(() => null);
  if (t) await updateBadge(tabId, record.detection, t).catch(() => {});
  if (
    !panelLoaded &&
    isTwoStepState(detection.state) &&
    config.showInPagePanel &&
    !(await panelDismissed())
  ) {
    startPanelInjection(tabId);
  }
  if (!panelLoaded) return undefined;
  // The chip shows the headline; the panel renders the record (and ignores the headline).
  const headline = t ? headlineFor(record, config, t) : '';
  return { record, dismissed: await panelDismissed(), headline };
}

function headlineFor(record: TabRecord, config: Parameters<typeof chipHeadline>[0]['config'], t: Parameters<typeof chipHeadline>[1]): string {
  try {
    return chipHeadline({ detection: record.detection, stats: record.stats, config, now: Date.now() }, t);
  } catch {
    return '';
  }
}

const panelInjectionsStarted = new Map<number, number>();
const PANEL_INJECTION_RETRY_MS = 5000;

/**
 * Not awaited inside the tab's queue: an injection can stay pending for a long time (the document
 * left for the back/forward cache, a busy renderer), and the next detections of the tab (badge,
 * record) must not wait behind it. One injection per tab at a time; the panel ignores a repeat.
 */
function startPanelInjection(tabId: number): void {
  const started = panelInjectionsStarted.get(tabId);
  if (started !== undefined && Date.now() - started < PANEL_INJECTION_RETRY_MS) return;
  const at = Date.now();
  panelInjectionsStarted.set(tabId, at);
  void ensureInPageUi(tabId)
    .catch(() => {})
    .finally(() => {
      if (panelInjectionsStarted.get(tabId) === at) panelInjectionsStarted.delete(tabId);
    });
}

/**
 * The chip's strings, translated here with i18next, so the page never loads it for the chip:
 * no secrets, one language. `show` is false when the user closed the help or IT turned it off.
 */
async function chipContext(tabId: number) {
  const [record, resolved] = await Promise.all([readTabRecord(tabId), loadConfig()]);
  const { config } = resolved;
  const lang = guidanceLanguage(record?.detection.lang ?? '', config.language);
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
async function panelContext(tabId: number) {
  const [record, resolved] = await Promise.all([readTabRecord(tabId), loadConfig()]);
  const lang = guidanceLanguage(record?.detection.lang ?? '', resolved.config.language);
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
    return Boolean(await browser.tabs.sendMessage(tabId, { type: HIGHLIGHT_MESSAGE }, { frameId: 0 }));
  } catch {
    return false;
  }
}
