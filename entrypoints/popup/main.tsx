import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { i18n, TFunction } from 'i18next';
import { I18nContext } from '@/components/i18n-context';
import { GuidanceApp } from '@/components/GuidanceApp';
import { PopupHeader } from '@/components/PopupHeader';
import { HostAccessNotice } from '@/components/HostAccessNotice';
import { createI18n } from '@/utils/i18n';
import { browserLanguages, loadLocaleBundle } from '@/utils/platform/locale-loader';
import { guidanceLanguage } from '@/utils/language';
import { SUPPORTED_LANGUAGES } from '@/utils/languages';
import { loadConfig, watchConfig } from '@/utils/platform/config-store';
import type { ResolvedConfig } from '@/utils/config-types';
import { browserNameFromUserAgent } from '@/utils/browser-name';
import { requestLanguage } from '@/utils/admin-request';
import { HIGHLIGHT_REQUEST_MESSAGE } from '@/utils/messages';
import { watchTabRecord } from '@/utils/platform/tab-records';
import { readTabView, resolveTabId, type TabView } from './tab-source';
import { readNudgeItem, watchNudge } from './nudge-source';
import { BackupNudge } from '@/components/BackupNudge';
import { needsHelp } from '@/utils/detection-types';
import type { GuidanceItem } from '@/utils/guidance-types';
import '@/components/ui.css';

interface Loaded {
  view: TabView;
  resolved: ResolvedConfig;
  i18n: i18n;
  requestT: TFunction;
  lang: string;
  nudge: GuidanceItem | null;
}

const UI_NAMESPACES = ['common', 'ui', 'guidance'] as const;

async function load(tabId: number | null): Promise<Loaded> {
  // Most pages speak the browser's language: start loading those strings while the tab record
  // and configuration are read, instead of after (the popup's first render waits for both).
  const browserLangs = browserLanguages();
  const likelyLang = guidanceLanguage(undefined, '', browserLangs);
  const likelyBundle = loadLocaleBundle(likelyLang, UI_NAMESPACES);
  likelyBundle.catch(() => {});
  const [view, resolved] = await Promise.all([readTabView(tabId), loadConfig()]);
  const lang = guidanceLanguage(view.detection?.lang, resolved.config.language, browserLangs);
  const requestLang = requestLanguage(resolved.config, lang, SUPPORTED_LANGUAGES);
  // The reminder waits while the user is stuck at a two-step screen; it shows everywhere else.
  const nudgeItem = needsHelp(view.detection)
    ? Promise.resolve(null)
    : readNudgeItem(resolved.config).catch(() => null);
  const [bundle, requestBundle] = await Promise.all([
    lang === likelyLang ? likelyBundle : loadLocaleBundle(lang, UI_NAMESPACES),
    loadLocaleBundle(requestLang, ['request']),
  ]);
  const instance = createI18n(lang, bundle);
  const requestInstance = createI18n(requestLang, requestBundle);
  return {
    view,
    resolved,
    i18n: instance,
    requestT: requestInstance.getFixedT(requestLang, 'request'),
    lang,
    nudge: await nudgeItem,
  };
}

function Popup({ tabId, inTab }: { tabId: number | null; inTab: boolean }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let alive = true;
    let latest = 0;
    const refresh = () => {
      // Loads overlap when the page switches quickly: only the newest may render, or an older,
      // slower load would put a stale screen back.
      const ticket = ++latest;
      return load(tabId).then((l) => {
        if (!alive || ticket !== latest) return;
        // The contract tests read: <html lang> = guidance language, data-state = detected state.
        document.documentElement.lang = l.lang;
        document.documentElement.dataset.state = l.view.detection?.state ?? 'not-microsoft';
        document.title = l.i18n.t('ui:popupTitle');
        setLoaded(l);
      });
    };
    void refresh();
    const stops = [watchConfig(() => void refresh()), watchNudge(() => void refresh())];
    if (tabId !== null) stops.push(watchTabRecord(tabId, () => void refresh()));
    return () => {
      alive = false;
      stops.forEach((stop) => stop());
    };
  }, [tabId]);

  if (!loaded) return <main class="ss-popup" aria-busy="true" />;
  const { view, resolved } = loaded;
  const onHighlight = async () => {
    if (tabId === null) return false;
    const ok = (await browser.runtime.sendMessage({ type: HIGHLIGHT_REQUEST_MESSAGE, tabId })) === true;
    if (ok && !inTab) window.close(); // Let the user see the page and the highlighted link.
    return ok;
  };
  return (
    <I18nContext.Provider value={loaded.i18n}>
      <main class="ss-popup" data-state={view.detection?.state ?? 'not-microsoft'} lang={loaded.lang}>
        <PopupHeader detection={view.detection} organizationName={resolved.config.organizationName} />
        <HostAccessNotice />
        {loaded.nudge && <BackupNudge item={loaded.nudge} onDone={() => setLoaded({ ...loaded, nudge: null })} />}
        <GuidanceApp
          surface="popup"
          detection={view.detection}
          stats={view.stats}
          config={resolved.config}
          getRequestT={() => loaded.requestT}
          browserName={browserNameFromUserAgent(navigator.userAgent)}
          onHighlight={onHighlight}
        />
      </main>
    </I18nContext.Provider>
  );
}

const search = location.search;
void resolveTabId(search).then((tabId) => {
  render(<Popup tabId={tabId} inTab={new URLSearchParams(search).has('tab')} />, document.getElementById('app')!);
});
