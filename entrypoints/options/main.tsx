import { render } from 'preact';
import type { i18n } from 'i18next';
import { I18nContext } from '@/components/i18n-context';
import { createI18n, type LocaleBundle } from '@/utils/i18n';
import { guidanceLanguage } from '@/utils/language';
import { browserLanguages, loadLocaleBundle } from '@/utils/platform/locale-loader';
import { loadConfig, saveUserOptions, watchConfig } from '@/utils/platform/config-store';
import type { ResolvedConfig } from '@/utils/config-types';
import { OptionsPage } from './OptionsPage';
import './options.css';

const root = document.getElementById('app')!;
let current: { lang: string; instance: i18n } | null = null;

async function show(resolved: ResolvedConfig) {
  const lang = guidanceLanguage(undefined, resolved.config.language, browserLanguages());
  if (current?.lang !== lang) {
    let bundle: LocaleBundle;
    try {
      bundle = await loadLocaleBundle(lang, ['options']);
    } catch {
      bundle = await loadLocaleBundle('en', ['options']);
    }
    current = { lang, instance: createI18n(lang, bundle) };
    document.documentElement.lang = lang;
    document.title = current.instance.t('options:title');
  }
  render(
    <I18nContext.Provider value={current.instance}>
      <OptionsPage resolved={resolved} onSave={saveUserOptions} />
    </I18nContext.Provider>,
    root,
  );
  root.dataset.state = 'ready';
}

// Render at once (defaults if policy is not there yet), then follow policy and option changes live.
void loadConfig().then(show);
watchConfig((resolved) => void show(resolved));
